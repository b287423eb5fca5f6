"""The reader in Dutch, Swedish and Greek: the classes the held-out set c showed.

Sentences written for these tests (not taken from corpus/heldout/c): scale-word
abbreviations (sv "mdr", "milj.", el "εκατ."), unit words, durations, ranks and star
ratings that are no KPIs, the Greek genitive day ("της 3ης Μαρτίου") that is no KPI,
Greek family names and their spelling in Latin letters, Central Highlands (Ede) names
that start with "Y", chair and speaker cues, and a Swedish district written
"distriktet X".
"""

from __future__ import annotations

import pytest
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.people import romanize


@pytest.mark.parametrize(("lang", "text", "value", "scale"), [
    ("sv", "Exporten uppgick till 3,4 mdr USD under året.", 3.4, 1e9),
    ("sv", "Kommunen investerade 740 milj. VND i skolor.", 740.0, 1e6),
    ("sv", "Turismen omsatte 12,5 mn USD förra året.", 12.5, 1e6),
    ("sv", "Projektet kostar 2,1 md VND enligt planen.", 2.1, 1e9),
    ("el", "Ο προϋπολογισμός του έργου είναι 85,2 εκατ. VND.", 85.2, 1e6),
    ("el", "Οι εξαγωγές έφτασαν τα 4,6 δισ. USD.", 4.6, 1e9),
    ("el", "Το ΑΕΠ της επαρχίας ανήλθε σε 1,3 τρισ. VND.", 1.3, 1e12),
    ("nl", "De uitvoer bedroeg 2,7 mld. USD in het eerste halfjaar.", 2.7, 1e9),
], ids=["sv-mdr", "sv-milj", "sv-mn", "sv-md", "el-ekat", "el-dis", "el-tris", "nl-mld"])
def test_scale_words_and_abbreviations(lang, text, value, scale):
    assert [(v, s) for v, s, _q, _u in _figures(text, lang)] == [(value, scale)]


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("el", "Κατασκευάστηκαν τουλάχιστον 20 σχολεία στην περιοχή.", "over"),
    ("el", "Επισκευάστηκαν το πολύ 3 γέφυρες φέτος.", "under"),
    ("el", "Ανακαινίστηκαν κατά προσέγγιση 400 σπίτια.", "about"),
    ("sv", "Närmare 300 hushåll fick rent vatten.", "about"),
    ("sv", "Knappt 40 byar saknar fortfarande väg.", "about"),
    ("nl", "Naar schatting 300 huishoudens kregen schoon water.", "about"),
    ("nl", "Nagenoeg 40 dorpen hebben nu een verharde weg.", "about"),
])
def test_qualifier_words_before_the_figure(lang, text, qualifier):
    figures = _figures(text, lang)
    assert len(figures) == 1
    assert figures[0][2] == qualifier


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("nl", "Het district ontving 64.000 toeristen uit het buitenland.", "people"),
    ("nl", "De politie onderzocht 57 gevallen van smokkel.", "cases"),
    ("nl", "Er is 43 km dijk versterkt.", "km"),
    ("nl", "Ruim 2.300 huishoudens kregen hulp na de overstroming.", "households"),
    ("nl", "Het district plantte 950 hectare nieuw bos aan.", "hectares"),
    ("nl", "In totaal 18 dorpen kregen internet.", "villages"),
    ("sv", "Distriktet tog emot 52 000 turister i fjol.", "people"),
    ("sv", "Polisen utredde 76 fall av smuggling.", "cases"),
    ("sv", "Över 1 400 hushåll fick elektricitet.", "households"),
    ("sv", "Provinsen har 64 OCOP-produkter.", "products"),
    ("sv", "Nästan 830 hektar ris skördades.", "hectares"),
    ("el", "Η αστυνομία εξέτασε 96 υποθέσεις λαθρεμπορίου.", "cases"),
    ("el", "Η επαρχία υποδέχθηκε 310.000 τουρίστες.", "people"),
    ("el", "Κατασκευάστηκαν 27 χλμ. αρδευτικών καναλιών.", "km"),
    ("el", "Περίπου 5.400 νοικοκυριά έλαβαν βοήθεια.", "households"),
    ("el", "Φυτεύτηκαν 640 εκτάρια δάσους.", "hectares"),
    ("el", "Στην επαρχία λειτουργούν 38 χωριά με ίντερνετ.", "villages"),
])
def test_unit_words(lang, text, unit):
    figures = _figures(text, lang)
    assert len(figures) == 1
    assert figures[0][3] == unit


@pytest.mark.parametrize(("lang", "text", "value"), [
    # durations ("the first 6 months", "3 years") are no KPIs
    ("nl", "In de eerste 6 maanden groeide de industrie met 8,4%.", 8.4),
    ("nl", "Na 3 jaar werd de weg van 12 km geopend.", 12.0),
    ("sv", "Under de första 6 månaderna växte industrin med 8,4 %.", 8.4),
    ("el", "Τους πρώτους 6 μήνες η βιομηχανία αυξήθηκε κατά 8,4%.", 8.4),
    ("el", "Μετά από 3 χρόνια κατασκευάστηκαν 12 χλμ. δρόμων.", 12.0),
    # ranks among a group of provinces are no KPIs
    ("nl", "De provincie hoort tot de 5 snelst groeiende provincies, met een groei van 9,1%.", 9.1),
    ("nl", "Het is een van de 62 armste districten; het armoedecijfer is 21,3%.", 21.3),
    ("sv", "Provinsen är bland landets 5 snabbast växande, med en tillväxt på 9,1 %.", 9.1),
    ("el", "Η επαρχία είναι μεταξύ των 5 ταχύτερα αναπτυσσόμενων, με ανάπτυξη 9,1%.", 9.1),
    # the stars of a rating are no KPI; the products are
    ("nl", "Er zijn 11 producten met 3 sterren erkend.", 11.0),
    ("sv", "Totalt 11 produkter fick 3 stjärnor.", 11.0),
    ("el", "Αναγνωρίστηκαν 11 προϊόντα 3 αστέρων.", 11.0),
    # ordinals written with digits are no KPIs
    ("nl", "Op het 6e congres werd een groei van 7,2% gemeld.", 7.2),
    ("el", "Στο 6ο Συνέδριο αναφέρθηκε ανάπτυξη 7,2%.", 7.2),
    # the Greek genitive day of a date is no KPI
    ("el", "Το απόγευμα της 3ης Μαρτίου 2024 εγκαινιάστηκαν 14 σχολεία.", 14.0),
])
def test_figures_that_are_no_kpis(lang, text, value):
    assert [v for v, _s, _q, _u in _figures(text, lang)] == [value]


@pytest.mark.parametrize(("written", "name"), [
    ("Μπούι Τι Λαν", "Bui Thi Lan"),
    ("Τρινχ Βαν Ντουκ", "Trinh Van Duc"),
    ("Λιου Κουάνγκ Χιεν", "Luu Quang Hien"),
    ("Νγκουγιέν Μινχ Τουάν", "Nguyen Minh Tuan"),
    ("Ντάο Νγκοκ Χα", "Dao Ngoc Ha"),
    ("Γι Τσαν Νιε", "Y Tsan Nie"),
])
def test_greek_names_in_latin_letters(written, name):
    assert romanize(written, "el") == name


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("el", "Στη σύσκεψη μίλησε ο σύντροφος Μπούι Τι Λαν, Διευθυντής του Τμήματος Υγείας.",
     "Μπούι Τι Λαν"),
    ("el", "Παρών ήταν επίσης ο σύντροφος Λιου Κουάνγκ Χιεν, Αντιπρόεδρος της Επαρχίας.",
     "Λιου Κουάνγκ Χιεν"),
    ("el", "Η έκθεση παρουσιάστηκε από την κυρία Ντάο Νγκοκ Χα.", "Ντάο Νγκοκ Χα"),
    ("nl", "Aanwezig was ook kameraad Y Thanh Nie, hoofd van de commissie.", "Y Thanh Nie"),
    ("sv", "Närvarande var även kamrat Y Dhin Rmah, vice ordförande för provinsen.",
     "Y Dhin Rmah"),
])
def test_names_found(lang, text, written):
    people = build_draft(text, lang).people
    assert [p.name_in_text for p in people] == [written]


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("nl", "Kameraad Le Van Tam, voorzitter van het Volkscomité, zat de conferentie voor.", "chair"),
    ("nl", "Kameraad Le Van Tam heeft een werksessie gehouden met het district Hai Ha.", "chair"),
    ("nl", "De directeur van de politie, Le Van Tam, meldde dat de criminaliteit daalde.", "speaker"),
    ("sv", "Kamrat Le Van Tam höll ett arbetsmöte med distriktet Hai Ha.", "chair"),
    ("sv", "Närvarande var även Le Van Tam, ordförande för provinsens folkkommitté.", "attendee"),
    ("sv", "Chefen för polisen, Le Van Tam, rapporterade att brottsligheten minskade.", "speaker"),
    ("el", "Ο σύντροφος Λε Βαν Ταμ είχε συνεδρία εργασίας με την περιφέρεια Χάι Χα.", "chair"),
    ("el", "Ο Διευθυντής της Αστυνομίας, Λε Βαν Ταμ, ανέφερε ότι η εγκληματικότητα μειώθηκε.",
     "speaker"),
])
def test_chair_and_speaker_cues(lang, text, role):
    draft = build_draft(text, lang)
    assert len(draft.people) == 1
    assert person_role(draft, draft.people[0]) == role


def test_swedish_district_with_the_definite_article():
    text = ("Provinsens sekreterare arbetade med distriktet Mo Duc. Distriktet Mo Duc har "
            "28 000 hushåll och distriktets folkkommitté rapporterade om resultaten.")
    assert build_draft(text, "sv").location == "Mo Duc district"


def test_greek_deadline_with_a_genitive_month():
    text = ("Ο Γραμματέας Λε Βαν Ταμ ζήτησε από την περιφέρεια να ολοκληρώσει "
            "το έργο έως τις 20 Νοεμβρίου 2026.")
    draft = build_draft(text, "el")
    assert [draft.text[c.span[0]:c.span[1]].startswith("Ο Γραμματέας") for c in draft.clauses] == [True]
    assert [d.iso() for d in draft.dates] == ["2026-11-20"]


def test_dutch_word_ending_in_rd_before_a_figure():
    """English 'rd' before a figure is an ordinal mark only as a whole word."""
    assert [v for v, _s, _q, _u in _figures("Er werd 43 km dijk versterkt.", "nl")] == [43.0]
