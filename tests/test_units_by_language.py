"""The unit of a figure is named in English, whatever the language writes: the unit
words of the editions' languages (units.json), inflected as each language inflects
them after a numeral ('57 домохозяйств', '12 gmin', '9 Dörfer').

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.draft import build_draft


def _units(text: str, lang: str) -> list[str]:
    return [f.unit_word for f in build_draft(text, lang).figures]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("en", "The district welcomed 12,000 tourist arrivals this year.", "people"),
    ("en", "So far 14 OCOP products have been certified.", "products"),
    ("en", "The village now has 38 cultural households.", "households"),
    ("en", "The congress was attended by 320 delegates.", "people"),
    ("de", "Im Bezirk erfüllen 14 Gemeinden die neuen Standards.", "communes"),
    ("de", "Insgesamt 9 Dörfer wurden an das Stromnetz angeschlossen.", "villages"),
    ("de", "Es wurden 230 Haushalte unterstützt.", "households"),
    ("fr", "Le district compte 57 ménages pauvres.", "households"),
    ("fr", "Le chiffre d'affaires a atteint 12 millions d'USD.", "USD"),
    ("fr", "Au total, 18 hameaux ont été raccordés au réseau.", "villages"),
    ("es", "Se construyeron 42 viviendas para familias pobres.", "houses"),
    ("es", "El distrito recibió 15.000 turistas en el año.", "people"),
    ("it", "Sono stati certificati 21 prodotti OCOP.", "products"),
    ("it", "Entro il 2025, 30 comuni soddisferanno i criteri.", "communes"),
    ("ru", "В уезде 57 домохозяйств получили помощь.", "households"),
    ("ru", "Съезд избрал 53 членов исполнительного комитета.", "people"),
    ("ru", "Сертифицировано 14 продуктов OCOP.", "products"),
    ("uk", "До кінця року 16 громад відповідали стандартам.", "communes"),
    ("uk", "У районі перевиконано 4 цілі резолюції.", "targets"),
    ("pl", "Standardy spełniło 12 gmin i 40 wsi.", "communes"),
    ("pl", "Wsparcie otrzymało 85 gospodarstw domowych.", "households"),
    ("vi", "Toàn huyện có 57 hộ nghèo được hỗ trợ.", "households"),
    ("vi", "Đại hội có 350 đại biểu tham dự.", "people"),
    ("vi", "Đã có 9 sản phẩm OCOP đạt 3 sao.", "products"),
    ("no", "Totalt 56 kommuner har oppfylt standardene.", "communes"),
    ("no", "Distriktet tok imot 9 000 turister.", "people"),
    ("da", "I alt 24 husstande fik støtte.", "households"),
    ("da", "Provinsen har 15 landsbyer med nye standarder.", "villages"),
    ("sk", "Štandardy splnilo 19 obcí okresu.", "communes"),
    ("sk", "Podporu dostalo 230 domácností.", "households"),
    ("sk", "Okres privítal 42 000 turistov.", "people"),
    ("bg", "Общо 14 общини изпълниха критериите.", "communes"),
    ("bg", "Подкрепа получиха 230 домакинства.", "households"),
    ("sr", "Стандарде је испунило 12 општина.", "communes"),
    ("sr", "Pomoć je dobilo 85 domaćinstava.", "households"),
    ("pt", "Foram construídas 42 moradias para famílias pobres.", "houses"),
    ("nl", "De provincie heeft 56 bestuurlijke eenheden hervormd.", "administrative units"),
    ("cs", "Okres dokončil 12 úkolů rezoluce.", "tasks"),
])
def test_the_first_figure_unit_in_english(lang, text, unit):
    units = _units(text, lang)
    assert units and units[0] == unit, units
