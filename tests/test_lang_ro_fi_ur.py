"""The reader in Romanian, Finnish and Urdu: the classes the held-out set e showed.

Sentences written for these tests (not taken from corpus/heldout/e): unit words in their
inflections (Finnish partitive, illative and adessive after a figure: hehtaaria,
kotitaloutta, tuotteeseen; Romanian plural and definite forms after "de": comune,
gospodăriile, dongi; Urdu مکانات, حادثات), Finnish scale words in every case
(miljardiin, miljoonalla), qualifiers ("exceeded": a depășit, ylitti), percentage points,
figures that are no KPIs (Romanian ordinals 5-a / al 12-lea, durations in months, a rank
"locul 7 din 63"; Finnish "among 63 provinces", years, roads), kind and role cues
(coprezidat, puheenjohtajina, johti puhetta, ورکنگ سیشن کیا), names in a Finnish case
(Chinhin) and Urdu syllables (ون = Vinh, ہوا = Hoa after the family name), and what is
no instruction (praise, a district's proposal to the province). The xfail tests are
misses only code can fix.
"""

from __future__ import annotations

import pytest
from reader_samples import clauses as _clauses
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import deadline_in, person_role
from extractor.draft.meeting import meeting_kind
from extractor.draft.segments import sentences
from extractor.numbers import find_numbers

# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("ro", "Recolta de cafea a atins 41.000 de tone.", "tonnes"),
    ("ro", "Programul a sprijinit 780 de gospodării sărace din zona de munte.", "households"),
    ("ro", "Au fost mutate 215 familii din zonele cu risc de alunecări de teren.", "households"),
    ("ro", "Până acum, 27/31 de comune au îndeplinit criteriile.", "communes"),
    ("ro", "Orașul a primit 2,3 milioane de turiști în acest an.", "people"),
    ("ro", "Au fost admiși 640 de noi membri de partid.", "people"),
    ("ro", "În district funcționează 48 de școli.", "schools"),
    ("ro", "Poliția a anchetat 97 de cazuri de contrabandă.", "cases"),
    ("ro", "Exporturile au totalizat 86 de milioane de dolari.", "USD"),
    ("fi", "Metsää istutettiin 1 340 hehtaaria.", "hectares"),
    ("fi", "Ohjelma tuki 780 köyhää kotitaloutta vuoristossa.", "households"),
    ("fi", "Julkiset investoinnit nousivat 3 600 miljardiin dongiin.", "VND"),
    ("fi", "Tähän mennessä 27/31 kuntaa on täyttänyt kriteerit.", "communes"),
    ("fi", "Kaupunki otti vastaan 2,3 miljoonaa matkailijaa.", "people"),
    ("fi", "Puolueeseen hyväksyttiin 640 uutta jäsentä.", "people"),
    ("fi", "Piirissä toimii 48 koulua.", "schools"),
    ("fi", "OCOP-tuotteiden määrä nousi 96 tuotteeseen.", "products"),
    ("fi", "Poliisi tutki 97 rikostapausta.", "cases"),
    ("fi", "Digitoitiin 5 200 asiakirjaa.", "records"),
    ("ur", "غریب خاندانوں کے لیے 380 مکانات تعمیر کیے گئے۔", "houses"),
    ("ur", "صوبے میں 57 ٹریفک حادثات ریکارڈ کیے گئے۔", "cases"),
    ("ur", "ضلع نے 860 نوجوانوں کو ملازمت دی۔", "people"),
    ("ur", "شہر میں 11 وارڈز ہیں۔", "wards"),
    ("ur", "شہر نے 92 ہزار سے زائد غیر ملکی سیاحوں کا خیرمقدم کیا۔", "people"),
], ids=["ro-tone", "ro-gospodarii", "ro-familii", "ro-comune", "ro-turisti",
        "ro-membri", "ro-scoli", "ro-cazuri", "ro-dolari", "fi-hehtaaria", "fi-kotitaloutta",
        "fi-miljardiin-dongiin", "fi-kuntaa", "fi-matkailijaa", "fi-jasenta", "fi-koulua",
        "fi-tuotteeseen", "fi-rikostapausta", "fi-asiakirjaa", "ur-makanat", "ur-hadsat",
        "ur-naujawanon", "ur-wards", "ur-ghair-mulki-sayyahon"])
def test_unit_words(lang, text, unit):
    figures = [f for f in _figures(text, lang) if f[3] != "%"]
    assert figures and figures[-1][3] == unit


@pytest.mark.parametrize(("text", "value", "scale"), [
    ("Tulot nousivat 412 miljardiin VND:hen.", 412.0, 1e9),
    ("Vienti kasvoi 36 miljoonalla dollarilla.", 36.0, 1e6),
    ("Kävijämäärä nousi 85 tuhanteen.", 85.0, 1e3),
    ("Hankkeeseen käytetään 3,5 miljardista dongista lähes puolet.", 3.5, 1e9),
], ids=["miljardiin", "miljoonalla", "tuhanteen", "miljardista"])
def test_finnish_scale_words_in_every_case(text, value, scale):
    [m] = [m for m in find_numbers(text, "fi") if m.role == "number"]
    assert (m.value, m.scale) == (value, scale)


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("ro", "Veniturile din turism au depășit 940 de miliarde de VND.", "over"),
    ("ro", "Exporturile au depăşit 120 de milioane de dolari.", "over"),
    ("ro", "Au fost plantați cca. 60 de hectare de ceai.", "about"),
    ("ro", "Rata sărăciei este de maximum 3%.", "under"),
    ("fi", "Matkailutulot ylittivät 940 miljardia VND:tä.", "over"),
    ("fi", "Kunnissa on vähintään 12 koulua.", "over"),
    ("fi", "Köyhyysaste on enintään 3 %.", "under"),
    ("ur", "کم و بیش 60 ہیکٹر پر چائے لگائی گئی۔", "about"),
    ("ur", "1,500 ہیکٹر سے بھی زیادہ رقبے پر کاشت ہوئی۔", "over"),
], ids=["ro-au-depasit", "ro-cedilla", "ro-cca", "ro-maximum", "fi-ylittivat", "fi-vahintaan",
        "fi-enintaan", "ur-kam-o-besh", "ur-se-bhi-zyada"])
def test_qualifiers(lang, text, qualifier):
    [figure] = _figures(text, lang)
    assert figure[2] == qualifier


@pytest.mark.parametrize(("lang", "text"), [
    ("ro", "Rata șomajului a scăzut cu 1,4 puncte procentuale."),
    ("ro", "Acoperirea cu asigurări de sănătate a ajuns la 93,1 la suta."),
    ("fi", "Työttömyysaste laski 1,4 prosenttiyksikköä."),
    ("ur", "شرح نمو 6.8 فی صد رہی۔"),
], ids=["ro-puncte-procentuale", "ro-la-suta", "fi-prosenttiyksikkoa", "ur-fi-sad"])
def test_percent_words(lang, text):
    [figure] = _figures(text, lang)
    assert figure[3] == "%"


# --------------------------------------------------------------------------- no KPIs


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("ro", "Consiliul Popular a ținut a 5-a sesiune și a aprobat 34 de proiecte.", [34.0]),
    ("ro", "Rezoluția celui de-al 12-lea Congres a fost pusă în aplicare în 41 de comune.", [41.0]),
    ("ro", "În primele 9 luni au fost create 5.200 de locuri de muncă.", [5200.0]),
    ("ro", "Provincia ocupă locul 7 din 63 de provincii, cu 18 proiecte noi.", [18.0]),
    ("ro", "Drumul național 3 a fost modernizat pe 27 km.", [27.0]),
    ("ro", "Orașul are 6 produse OCOP de 5 stele.", [6.0]),
    ("fi", "Maakunta sijoittui 7. sijalle 63 maakunnan joukossa ja aloitti 18 hanketta.", [18.0]),
    ("fi", "Hanke kesti 4 vuotta, ja siihen osallistui 230 kotitaloutta.", [230.0]),
    ("fi", "Valtatie 3 kunnostettiin 27 kilometrin matkalta.", [27.0]),
    ("fi", "Kaupungissa on 6 viiden tähden OCOP-tuotetta ja 4 tähden hotelli.", [6.0]),
    ("ur", "قرارداد کے آرٹیکل 4 کے تحت 75 گھرانوں کو زمین دی گئی۔", [75.0]),
], ids=["ro-5-a", "ro-al-12-lea", "ro-luni", "ro-locul-din", "ro-drumul-national", "ro-stele",
        "fi-joukossa", "fi-vuotta", "fi-valtatie", "fi-tahden", "ur-article"])
def test_ordinals_durations_ranks_roads_are_no_kpis(lang, text, kept):
    assert [f[0] for f in _figures(text, lang)] == kept


# --------------------------------------------------------------------------- meetings and roles


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("fi", "Kansankomitean puheenjohtaja piti työistunnon kaupungin kanssa. Istunnon aikana "
           "kaupunki esitteli tuloksiaan. Työistunnossa päätettiin uusista hankkeista.", "working_session"),
    ("ro", "Președintele a condus sesiunea de lucru cu orașul. Ședința a analizat rezultatele. "
           "La sesiunea de lucru au participat liderii departamentelor.", "working_session"),
    ("fi", "Piirin puoluekokouksen päätöslauselman toteutusta arvioitiin kokouksessa. Kokouksessa "
           "keskusteltiin myös sadosta.", "conference"),
], ids=["fi-tyoistunnon", "ro-sesiunea-de-lucru", "fi-congress-of-a-resolution"])
def test_meeting_kinds(lang, text, kind):
    assert meeting_kind(text, lang)[0] == kind


@pytest.mark.parametrize(("lang", "text", "roles"), [
    ("ro", "Tovarășii Hoang Van Nam și Le Thi Hoa au coprezidat ședința.", ["chair", "chair"]),
    ("ro", "Tovarășul Vo Van Thuong a avut o sesiune de lucru cu conducerea orașului.", ["chair"]),
    ("ro", "Directorul Departamentului de Construcții, Dang Quoc Khanh, a declarat că lucrările avansează.",
     ["speaker"]),
    ("ro", "Șefa Comisiei de Inspecție, Ha Thi Nga, a informat despre rezultatele controalelor.",
     ["speaker"]),
    ("fi", "Kokouksen puheenjohtajina toimivat toverit Hoang Van Nam ja Le Thi Hoa.", ["chair", "chair"]),
    ("fi", "Toveri Vo Van Thuong piti työistunnon kaupungin johdon kanssa.", ["chair"]),
    ("fi", "Rakennusosaston johtaja Dang Quoc Khanh totesi, että työt etenevät.", ["speaker"]),
    ("fi", "Tarkastustoimikunnan päällikkö Ha Thi Nga kertoi tarkastusten tuloksista.", ["speaker"]),
    ("ur", "صوبائی پارٹی سیکرٹری ڈانگ کوک کھانہ نے شہر کی قیادت کے ساتھ ورکنگ سیشن کیا۔", ["chair"]),
    ("ur", "محکمہ تعمیرات کے ڈائریکٹر ڈانگ کوک کھانہ نے کام کی پیش رفت سے آگاہ کیا۔", ["speaker"]),
], ids=["ro-coprezidat", "ro-sesiune-de-lucru", "ro-a-declarat", "ro-a-informat",
        "fi-puheenjohtajina", "fi-piti-tyoistunnon", "fi-totesi", "fi-kertoi", "ur-working-session",
        "ur-agah-kiya"])
def test_role_cues(lang, text, roles):
    draft = build_draft(text, lang)
    assert [person_role(draft, p) for p in draft.people] == roles


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("fi", "Pham Minh Chinhin johtama valtuuskunta vieraili piirissä.", "Pham Minh Chinh"),
    ("fi", "Palkinto ojennettiin toveri Hoang Van Namille.", "Hoang Van Nam"),
    ("ur", "کانفرنس میں کامریڈ ڈو کوانگ ون نے شرکت کی۔", "Do Quang Vinh"),
    ("ur", "اجلاس میں کامریڈ نگوین تھی ہوا نے شرکت کی۔", "Nguyen Thi Hoa"),
    ("ur", "اجلاس میں کامریڈ ٹروونگ وان ٹرنگ نے شرکت کی۔", "Truong Van Trung"),
], ids=["fi-genitive-in", "fi-allative-ille", "ur-vinh", "ur-hoa", "ur-trung"])
def test_names(lang, text, name):
    assert [p.name for p in build_draft(text, lang).people] == [name]


@pytest.mark.parametrize(("lang", "text"), [
    ("ro", "Venitul mediu a fost de 61 mil. VND. Provincia a atras 14 proiecte noi."),
    ("fi", "Uusia hankkeita on mm. Ea Karin piirissä. Maakuntaan tuli 14 uutta hanketta."),
], ids=["ro-mil", "fi-mm"])
def test_abbreviation_ends_no_sentence_where_a_capital_follows(lang, text):
    # the word after the abbreviation starts with a capital: its sentence goes on
    assert len(sentences(text)) == 2


# --------------------------------------------------------------------------- directives


@pytest.mark.parametrize(("lang", "text", "opening"), [
    ("ro", "Districtul a propus ca provincia să sprijine construirea unui pod nou.\n"
           "Secretarul Tran Van Hai a apreciat eforturile districtului.\n"
           "El a cerut districtului să accelereze construirea școlilor în satele de munte.", "El a cerut"),
    ("fi", "Piiri ehdotti, että maakunta tukisi uuden sillan rakentamista.\n"
           "Sihteeri Tran Van Hai arvosti piirin ponnisteluja.\n"
           "Hän kehotti piiriä nopeuttamaan koulujen rakentamista vuoristokylissä.", "Hän kehotti"),
    ("ur", "ضلع نے صوبے سے نئے پل کی تعمیر کے لیے تعاون کی درخواست کی۔\n"
           "سیکرٹری ٹران وان ہائی نے ضلع کی کوششوں کو سراہا۔\n"
           "انہوں نے ضلع کو ہدایت کی کہ پہاڑی دیہات میں اسکولوں کی تعمیر تیز کی جائے۔", "انہوں نے"),
], ids=["ro", "fi", "ur"])
def test_proposal_to_the_province_and_praise_are_no_directives(lang, text, opening):
    found = _clauses(text, lang)
    assert len(found) == 1 and found[0].startswith(opening)


def test_finnish_necessive_continues_the_directions():
    # a paragraph of results between: the necessive 'on saatettava' ("must complete") opens no
    # clause of its own, it continues the directions
    text = ("Lopuksi sihteeri Tran Van Hai pyysi piiriä nopeuttamaan koulujen rakentamista vuoristokylissä.\n"
            "Riisisato kasvoi 4,2 % ja kahvin vienti 6,1 %. Maatalouden tuotantoarvo nousi 3,8 %.\n"
            "Kaikkien kuntien on saatettava kiinteistörekisterit ajan tasalle ennen 15. joulukuuta 2025. "
            "Työ on tärkeä koko maakunnalle.")
    draft = build_draft(text, "fi")
    [clause] = [c for c in draft.clauses if text[c.span[0]:c.span[1]].startswith("Kaikkien")]
    assert deadline_in(draft, clause.span) == "2025-12-15"


# --------------------------------------------------------------------------- needs code


def test_urdu_full_stop_ends_a_sentence():
    text = "سال کا منصوبہ 1,800 ارکان کا ہے۔ اب تک 2.4 ملین سے زائد فائلوں کو ڈیجیٹل بنایا گیا ہے۔"
    figures = build_draft(text, "ur").figures
    assert len(sentences(text)) == 2 and [f.target_of for f in figures] == [None, None]


@pytest.mark.parametrize(("lang", "text"), [
    ("ro", "Provincia estimează o creștere a producției industriale de 9-10%."),
    ("fi", "Maakunta arvioi teollisuustuotannon kasvavan 9–10 %."),
    ("ur", "صوبہ صنعتی پیداوار میں 9-10 فیصد اضافے کی توقع رکھتا ہے۔"),
], ids=["ro", "fi", "ur"])
def test_estimated_range_is_about(lang, text):
    [figure] = _figures(text, lang)
    assert figure[2] == "about"


@pytest.mark.xfail(strict=True, reason="needs code: 'N:stä M' (Finnish elative) and 'N میں سے M' (Urdu) "
                   "write M of N; the number reader only knows the ratio 'M/N'")
@pytest.mark.parametrize(("lang", "text"), [
    ("fi", "Piirin 19 kunnasta 15 on täyttänyt kriteerit."),
    ("ur", "ضلع کی 19 میں سے 15 کمیونز نے معیارات حاصل کیے۔"),
], ids=["fi", "ur"])
def test_m_of_n_in_words_is_a_ratio(lang, text):
    [figure] = build_draft(text, lang).figures
    assert (figure.value, figure.out_of) == (15.0, 19.0)


@pytest.mark.xfail(strict=True, reason="needs code: a Finnish compound that ends in a unit word "
                   "(liikenne|rikos|tapausta) is no unit: extractor/draft/figures.py compares whole words")
def test_finnish_compound_unit():
    assert _figures("Poliisi selvitti 86 liikennerikostapausta.", "fi")[0][3] == "cases"


@pytest.mark.xfail(strict=True, reason="needs code: a Finnish date with the month first in the genitive "
                   "('marraskuun 15. päivään mennessä') is not read (extractor/numbers/dates.py)")
def test_finnish_genitive_month_deadline():
    text = "Hän pyysi piiriä saattamaan työt päätökseen marraskuun 15. päivään mennessä."
    draft = build_draft(text, "fi")
    [clause] = draft.clauses
    assert (deadline_in(draft, clause.span) or "").endswith("-11-15")


@pytest.mark.xfail(strict=True, reason="needs code: coverage looks 24 characters after a figure, so an Urdu "
                   "rank 'میں 12ویں نمبر' three words on is not seen and the group size stays a KPI")
def test_urdu_rank_after_a_long_group():
    assert _figures("صوبہ 63 صوبوں اور شہروں میں 12ویں نمبر پر ہے۔", "ur") == []
