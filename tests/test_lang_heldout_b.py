"""The reader in Turkish, Czech and Hungarian: the classes the held-out set b showed.

Sentences written for these tests (not taken from corpus/heldout/b): qualifiers written
after the figure and its unit (Turkish "'den fazla", "binden fazla", Hungarian "-ra
becsülik") or as a verb before it ("přesáhly", "meghaladta a"), inflected unit words
(VND'ye, VND-t, obcí, községe), durations, star ratings and road numbers that are no
KPIs, working-session and role cues, instructions and what is no instruction (praise, a
request to the province), and the district a Hungarian article names with "járási".
"""

from __future__ import annotations

import pytest
from reader_samples import clauses as _clauses
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.meeting import meeting_kind, meeting_location
from extractor.numbers import find_numbers

# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(("lang", "text", "value", "scale", "percent"), [
    ("tr", "Turizm gelirleri %14,6 arttı.", 14.6, 1.0, True),
    ("tr", "Okulların yüzde 87,5'i yenilendi.", 87.5, 1.0, True),
    ("tr", "Yatırım tutarı 2.750 milyar VND'ye ulaştı.", 2750.0, 1e9, False),
    ("tr", "Bölgeye 310 binden fazla turist geldi.", 310.0, 1e3, False),
    ("cs", "Vývoz dosáhl 1 480,5 mil. USD.", 1480.5, 1e6, False),
    ("cs", "Míra nezaměstnanosti činila 2,7 procenta.", 2.7, 1.0, True),
    ("hu", "A beruházások értéke 4\u00a0150 milliárd VND volt.", 4150.0, 1e9, False),
    ("hu", "A lakosság 71,3%-a vezetékes vizet használ.", 71.3, 1.0, True),
], ids=["tr-prefix-percent", "tr-yuzde", "tr-milyar-suffix", "tr-binden", "cs-mil", "cs-procenta",
        "hu-nbsp-milliard", "hu-percent-suffix"])
def test_numbers_as_each_press_writes_them(lang, text, value, scale, percent):
    [m] = [m for m in find_numbers(text, lang) if m.role == "number"]
    assert (m.value, m.scale, m.percent) == (value, scale, percent)


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("tr", "İlçede 96 km'den fazla sulama kanalı yapıldı.", "over"),
    ("tr", "Bölgeye 240 binden fazla ziyaretçi geldi.", "over"),
    ("tr", "Gelirler 5,2 trilyon VND'nin üzerine çıktı.", "over"),
    ("tr", "Büyümenin %9 olacağı tahmin ediliyor.", "about"),
    ("cs", "Tržby přesáhly 860 mld. VND.", "over"),
    ("cs", "Náklady překročily 45 mil. VND.", "over"),
    ("cs", "Růst se odhaduje na 7,4 % ročně.", "about"),
    ("hu", "A bevétel meghaladta a 920 milliárd VND-t.", "over"),
    ("hu", "A növekedést 6,8%-ra becsülik.", "about"),
    ("hu", "A termés várhatóan 510 ezer tonna lesz.", "about"),
])
def test_qualifiers_before_and_after_the_figure(lang, text, qualifier):
    figures = _figures(text, lang)
    assert len(figures) == 1
    assert figures[0][2] == qualifier


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("tr", "Gelirler 84,2 milyar VND'ye yükseldi.", "VND"),
    ("tr", "Toplam 12 komün standartları karşıladı.", "communes"),
    ("tr", "Yaklaşık 640 hektar pirinç ekildi.", "hectares"),
    ("tr", "Polis 35 vakayı soruşturdu.", "cases"),
    ("cs", "Standardy splnilo 19 obcí okresu.", "communes"),
    ("cs", "Bylo vysázeno 730 hektarů lesa.", "hectares"),
    ("cs", "Elektřinu má 5 600 domácností.", "households"),
    ("cs", "Okres přivítal 42 000 návštěvníků.", "people"),
    ("hu", "A bevétel elérte a 77 milliárd VND-t.", "VND"),
    ("hu", "A megyében 8 községe van a járásnak.", "communes"),
    ("hu", "Összesen 2\u00a0300 háztartás kapott segélyt.", "households"),
    ("hu", "Idén 58 km utat újítottak fel.", "km"),
])
def test_unit_words_inflected(lang, text, unit):
    figures = [f for f in _figures(text, lang) if f[0] > 31 or f[3] != "%"]
    assert figures and figures[0][3] == unit


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("tr", "Son 6 ayda ilçe 45 köye elektrik götürdü.", [45.0]),
    ("tr", "Kararın 3 yıllık uygulamasında 18 okul yapıldı.", [18.0]),
    ("tr", "İlçede 4 yıldızlı 9 OCOP ürünü var.", [9.0]),
    ("tr", "İl yolu 27 boyunca 14 köprü yenilendi.", [14.0]),
    ("cs", "Po 5 letech má okres 11 nových škol.", [11.0]),
    ("cs", "Má 6 produktů se 4 hvězdičkami.", [6.0]),
    ("hu", "Az elmúlt 8 hónapban 26 új iskola épült.", [26.0]),
    ("hu", "A 3 éves program során 40 falu kapott utat.", [40.0]),
    ("hu", "A 4 csillagos minősítést 7 termék kapta meg.", [7.0]),
    ("hu", "A 15-ös számú út mentén 9 híd épült.", [9.0]),
], ids=["tr-ay", "tr-yillik", "tr-yildiz", "tr-yolu", "cs-letech", "cs-hvezd", "hu-honap", "hu-eves",
        "hu-csillag", "hu-szamu"])
def test_durations_ratings_and_road_numbers_are_no_kpis(lang, text, kept):
    assert [f[0] for f in _figures(text, lang)] == kept


# --------------------------------------------------------------------------- meetings


def test_turkish_working_session_is_not_a_conference():
    text = ("İl Parti Sekreteri Nguyen Van An, çalışma heyetine başkanlık ederek Tuy Phuoc İlçe Parti "
            "Komitesi ile bir çalışma oturumu gerçekleştirdi.\n"
            "Toplantıya il yöneticileri katıldı.\nToplantıda ilçe raporu sunuldu.")
    assert meeting_kind(text, "tr")[0] == "working_session"


def test_hungarian_working_session_despite_congress_resolution():
    text = ("A tartományi párttitkár munkacsoportot vezetve munkaülést tartott Phu Cat járásban.\n"
            "Értékelték a járási pártkongresszus határozatának végrehajtását.")
    assert meeting_kind(text, "hu")[0] == "working_session"


def test_czech_working_session_zasedani_is_not_counted_as_a_conference():
    text = ("Okres Vinh Thanh musí splnit rezoluci okresního stranického sjezdu.\n"
            "Tajemník provincie vedl pracovní delegaci na pracovním zasedání s okresem Vinh Thanh.\n"
            "Zasedání se zúčastnili vedoucí odborů. Na závěr zasedání tajemník promluvil.")
    kind, scores = meeting_kind(text, "cs")
    assert kind == "working_session"
    assert scores["congress"] == 0  # the congress named only by its resolution


def test_turkish_congress_resolution_is_no_congress():
    text = ("İl Parti Sekreteri, ilçe Parti Kongresi Kararının uygulanmasını değerlendirmek için "
            "ilçe ile bir çalışma oturumu gerçekleştirdi.")
    kind, scores = meeting_kind(text, "tr")
    assert kind == "working_session" and scores["congress"] == 0


def test_hungarian_district_with_adjective_suffix():
    text = ("A Tam Duong járási pártbizottság ülést tartott. A Tam Duong járási népi bizottság "
            "elnöke beszámolt. Az ülés terén a járás eredményeit értékelték.")
    assert meeting_location(text, "hu") == "Tam Duong district"


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("tr", "Toplantıya başkanlık eden Tran Van Hai açılış konuşması yaptı.", "chair"),
    ("tr", "Raporu sunan Le Thi Hoa hedefleri açıkladı.", "speaker"),
    ("tr", "Toplantıda Pham Quoc Bao da söz aldı.", "speaker"),
    ("cs", "Zasedání předsedala Nguyen Thi Lan.", "chair"),
    ("cs", "Na zasedání vystoupila Do Minh Tuan.", "speaker"),
    ("cs", "Vo Van Son ve zprávě uvedl výsledky roku.", "speaker"),
    ("hu", "Az ülést Bui Thanh Nam vezetésével tartották.", "chair"),
    ("hu", "Az ülésen felszólalt Hoang Thi Mai is.", "speaker"),
    ("hu", "Dang Van Long elmondta, hogy a terv teljesült.", "speaker"),
])
def test_role_cues(lang, text, role):
    draft = build_draft(text, lang)
    [person] = draft.people
    assert person_role(draft, person) == role


# --------------------------------------------------------------------------- directives



def test_turkish_request_to_the_province_and_praise_are_no_directives():
    text = ("İlçe, okul inşası için ilden destek talep etti.\n"
            "Sekreter Nguyen Van Binh ilçenin çabalarını takdir etti.\n"
            "Sekreter, ilçeden yeni okulların inşaatını hızlandırmasını istedi.")
    found = _clauses(text, "tr")
    assert len(found) == 1 and found[0].startswith("Sekreter, ilçeden")


def test_czech_praise_and_request_for_support_are_no_directives():
    text = ("Okres požádal provincii o podporu při stavbě mostu.\n"
            "Předseda Tran Van Duc ocenil úsilí okresu.\n"
            "Požádal okresní výbor, aby urychlil výstavbu škol. "
            "Odbor dopravy pověřil přípravou projektu.")
    found = _clauses(text, "cs")
    assert [c.split()[0] for c in found] == ["Požádal", "Odbor"]


def test_hungarian_felkerte_opens_and_kell_continues():
    text = ("A titkár méltatta a járás eredményeit.\n"
            "Felkérte a népi bizottságot, hogy gyorsítsa fel az utak építését. "
            "A járásnak a tiszta víz biztosítására kell összpontosítania.")
    found = _clauses(text, "hu")
    assert [c.split()[0] for c in found] == ["Felkérte", "A"]


def test_turkish_deadline_in_the_instruction():
    text = ("15 Nisan 2025 sabahı İl Halk Komitesi Başkanı Ly Van Toan çalışma oturumuna başkanlık etti.\n"
            "Başkan, ilçeden rapor taslağını 20 Mayıs 2025'ten önce tamamlamasını istedi.")
    draft = build_draft(text, "tr")
    assert draft.date == "2025-04-15"
    from extractor.draft.fill import deadline_in
    [clause] = draft.clauses
    assert deadline_in(draft, clause.span) == "2025-05-20"
