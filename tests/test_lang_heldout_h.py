"""The reader in Ukrainian, Russian and Italian: the classes the held-out set h showed.

Sentences written for these tests (not taken from corpus/heldout/h): figures that are no
KPIs (ordinal ranks "3-тє місце" / "5-е место" / "1° posto", roads "траси 6" / "шоссе 12" /
"strada statale 12", programme numbers "Програми 135", group sizes "серед 63 провінцій",
plan structure "2 національних цільових програм", Italian durations and star ratings),
qualifiers a translator writes as a verb or with an article ("превысил", "перевищили",
"ha superato i", "oltre il", "circa il"), the working-session cue in the locative case
("на робочій зустрічі") beside a congress resolution, the Italian district named after
"di", Cyrillic spellings of Vietnamese syllables (Бієн, В'єт, Куєт, Суан, Вьет, Тьен,
Куйет) and an instrumental case ("Хунгом"), role cues (plural "виступили", "представленному",
"relazione presentata dal"), and a district's proposal to the province that is no
instruction. The xfail tests are misses only code can fix.
"""

from __future__ import annotations

import pytest
from reader_samples import clauses as _clauses
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.meeting import meeting_kind, meeting_location
from extractor.draft.people import romanize

# --------------------------------------------------------------------------- no KPIs


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("uk", "За обсягом експорту місто посідає 3-тє місце в регіоні, експорт склав 410 млн доларів.", [410.0]),
    ("uk", "Місто посідає 7-ме місце серед 63 провінцій і міст, створено 820 робочих місць.", [820.0]),
    ("uk", "Уздовж траси 6 побудовано 14 нових мостів.", [14.0]),
    ("uk", "Ремонт національної автомагістралі 12 охопив 38 км дороги.", [38.0]),
    ("uk", "У рамках Програми 135 збудовано 26 шкіл.", [26.0]),
    ("uk", "Для 2 національних цільових програм виділено 640 млрд донгів.", [640.0]),
    ("ru", "По темпам роста провинция занимает 5-е место в регионе, рост составил 8,1%.", [8.1]),
    ("ru", "Город находится среди 63 провинций и городов страны, где построено 17 школ.", [17.0]),
    ("ru", "Вдоль шоссе 12 проложено 45 км новых дорог.", [45.0]),
    ("ru", "В рамках Программы 135 построено 31 школа.", [31.0]),
    ("ru", "На 2 национальных целевых программы выделено 720 млрд донгов.", [720.0]),
    ("it", "Per le esportazioni la città si colloca al 1° posto nella regione con 380 milioni di USD.", [380.0]),
    ("it", "Dopo 5 anni di attuazione la provincia conta 54 comuni conformi.", [54.0]),
    ("it", "Nei primi 6 mesi sono state costruite 96 case.", [96.0]),
    ("it", "La città ha 12 hotel a 4 stelle.", [12.0]),
    ("it", "Lungo la strada statale 12 sono stati costruiti 9 ponti.", [9.0]),
    ("it", "Nell'ambito del Programma 135 sono state costruite 40 scuole.", [40.0]),
    ("it", "La provincia si colloca al 9° posto tra 63 province e 40 comuni hanno ricevuto fondi.", [40.0]),
    ("it", "Il 15° Congresso del Partito ha approvato 27 obiettivi.", [27.0]),
], ids=["uk-rank-te", "uk-sered", "uk-trasy", "uk-avtomagistral", "uk-programa", "uk-ntp",
        "ru-rank-e", "ru-sredi", "ru-shosse", "ru-programma", "ru-ntp", "it-posto", "it-anni",
        "it-mesi", "it-stelle", "it-statale", "it-programma", "it-posto-tra", "it-congresso"])
def test_ranks_roads_programmes_durations_are_no_kpis(lang, text, kept):
    assert [f[0] for f in _figures(text, lang)] == kept


# --------------------------------------------------------------------------- qualifiers


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("ru", "Объем экспорта превысил 2 300 млн долларов.", "over"),
    ("ru", "Посевные площади превышают 900 гектаров.", "over"),
    ("uk", "Площі посівів перевищили 1 200 гектарів.", "over"),
    ("it", "Il fatturato delle esportazioni ha superato i 900 milioni di USD.", "over"),
    ("it", "Il tasso di copertura sanitaria ha raggiunto oltre il 95%.", "over"),
    ("it", "Il tasso di disoccupazione è sceso a meno del 3%.", "under"),
    ("it", "Il tasso di urbanizzazione è pari a circa il 40%.", "about"),
    ("it", "Le famiglie che usano acqua pulita sono quasi il 90%.", "about"),
], ids=["ru-prevysil", "ru-prevyshayut", "uk-perevyshchyly", "it-ha-superato-i", "it-oltre-il",
        "it-meno-del", "it-circa-il", "it-quasi-il"])
def test_qualifiers(lang, text, qualifier):
    [figure] = _figures(text, lang)
    assert figure[2] == qualifier


# --------------------------------------------------------------------------- meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Вранці секретар провінційного комітету партії був на робочій зустрічі з районом Куан Шон.\n"
           "Після 3 років виконання резолюції 6-го з'їзду районної партійної організації район досяг "
           "багатьох результатів.\nРайону слід підготуватися до з'їзду районної партійної організації."),
    ("ru", "Утром секретарь провинциального комитета партии был на рабочей встрече с уездом Куан Шон.\n"
           "После 3 лет выполнения резолюции 6-го съезда уездной партийной организации уезд достиг "
           "многих результатов.\nУезду следует подготовиться к съезду уездной партийной организации."),
], ids=["uk", "ru"])
def test_working_session_beside_a_congress_resolution(lang, text):
    assert meeting_kind(text, lang)[0] == "working_session"


def test_italian_district_named_after_di():
    text = ("Il segretario del Comitato Provinciale del Partito ha tenuto una sessione di lavoro con il "
            "distretto di Quan Son. Il presidente del Comitato Popolare del distretto di Quan Son ha "
            "presentato la relazione.")
    assert meeting_location(text, "it") == "Quan Son district"


# --------------------------------------------------------------------------- names and roles


@pytest.mark.parametrize(("lang", "written", "name"), [
    ("uk", "Ле Тхі Бієн", "Le Thi Bien"),
    ("uk", "Во В'єт Тхань", "Vo Viet Thanh"),
    ("uk", "Нгуєн Ван Куєт", "Nguyen Van Quyet"),
    ("uk", "Чан Суан Ханг", "Tran Xuan Hang"),
    ("ru", "Ле Вьет Тьен", "Le Viet Tien"),
    ("ru", "Нгуен Ван Куйет", "Nguyen Van Quyet"),
    ("ru", "Чан Суан Ханг", "Tran Xuan Hang"),
    ("ru", "Нгуен Ван Хунгом", "Nguyen Van Hung"),
], ids=["uk-bien", "uk-viet", "uk-quyet", "uk-xuan", "ru-viet-tien", "ru-quyet", "ru-xuan",
        "ru-instrumental"])
def test_cyrillic_name_syllables(lang, written, name):
    assert romanize(written, lang) == name


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("uk", "На засіданні виступили директор Департаменту фінансів Нгуєн Ван Бінь та інші.", "speaker"),
    ("ru", "Согласно докладу, представленному директором Департамента финансов Нгуен Ван Бинь, доходы выросли.",
     "speaker"),
    ("it", "Secondo la relazione presentata dal direttore del Dipartimento delle Finanze Nguyen Van Binh, "
           "le entrate sono cresciute.", "speaker"),
    ("it", "Il segretario Nguyen Van Binh ha guidato la delegazione della provincia.", "chair"),
], ids=["uk-vystupyly", "ru-predstavlennomu", "it-relazione-presentata", "it-ha-guidato"])
def test_role_cues(lang, text, role):
    draft = build_draft(text, lang)
    [person] = draft.people
    assert person_role(draft, person) == role


# --------------------------------------------------------------------------- directives


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("uk", "Район запропонував провінції виділити кошти на ремонт мосту.\n"
           "Голова Нгуєн Ван Бінь високо оцінив зусилля району.\n"
           "Він доручив районному народному комітету прискорити будівництво шкіл.", "Він доручив"),
    ("ru", "Коммуна предложила провинции выделить средства на ремонт моста.\n"
           "Председатель Нгуен Ван Бинь высоко оценил усилия коммуны.\n"
           "Он поручил народному комитету коммуны ускорить строительство школ.", "Он поручил"),
    ("it", "Il distretto ha proposto alla provincia di finanziare la riparazione del ponte.\n"
           "Il presidente Nguyen Van Binh ha apprezzato gli sforzi del distretto.\n"
           "Ha chiesto al Comitato Popolare del distretto di accelerare la costruzione delle scuole.", "Ha chiesto"),
], ids=["uk", "ru", "it"])
def test_proposal_to_the_province_is_no_directive(lang, text, start):
    found = _clauses(text, lang)
    assert len(found) == 1 and found[0].startswith(start)


def test_praise_and_request_in_one_sentence_stays_a_directive():
    text = ("Секретарь Нгуен Ван Бинь высоко оценил усилия жителей и призвал их и дальше развивать "
            "общинный туризм.")
    assert len(_clauses(text, "ru")) == 1


# --------------------------------------------------------------------------- needs code


def test_place_before_a_name_is_not_part_of_it():
    draft = build_draft("Голова Народного комітету району Шон Зионг Данг Ван Тхань доповів про результати.", "uk")
    assert [p.name for p in draft.people] == ["Dang Van Thanh"]


def test_range_is_about():
    [figure] = _figures("Місто прагне досягти зростання на рівні 7,5-8%.", "uk")
    assert (figure[0], figure[2]) == (7.5, "about")


@pytest.mark.xfail(strict=True, reason="needs code: a forecast word away from the figure ('за прогнозами, "
                   "знизиться до 6,85%', 'scenderà al') is no qualifier; extractor/numbers/parse.py reads only "
                   "the words right before it")
def test_forecast_is_about():
    [figure] = _figures("Рівень бідності, за прогнозами, знизиться до 5,4%.", "uk")
    assert figure[2] == "about"


@pytest.mark.xfail(strict=True, reason="needs code: extractor/draft/meeting.py meeting_location picks a district "
                   "named once as a speaker's office over the province of a provincial conference")
def test_provincial_conference_with_a_district_speaker():
    text = ("Il Comitato Popolare della provincia di Thanh Hoa ha tenuto una conferenza. "
            "Il presidente del Comitato Popolare del distretto di Quan Son ha condiviso la sua esperienza.")
    assert meeting_location(text, "it") == "Thanh Hoa province"


@pytest.mark.xfail(strict=True, reason="needs code: a Russian genitive name ('Хунга') is kept as written; a "
                   "romanize rule cannot drop '-а' since 'Нга' is itself a name syllable (extractor/draft/people.py)")
def test_russian_genitive_name():
    draft = build_draft("Доклад товарища Нгуен Ван Хунга был одобрен участниками конференции.", "ru")
    assert [p.name for p in draft.people] == ["Nguyen Van Hung"]
