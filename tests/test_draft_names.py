"""Names as the reader writes them: Vietnamese names transcribed into Cyrillic
(the Russian and Ukrainian systems: Ку- is Qu-, К before a back vowel is C, -уен is
-uyen, Ш is S) come back as Vietnamese spells them; and 'An' and 'Anh' stay two people,
while a case ending still joins a name's forms.

Names and sentences written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.draft import build_draft
from extractor.draft.people import draft_people, romanize


@pytest.mark.parametrize(("lang", "written", "name"), [
    ("ru", "Нгуен Ван Тхи", "Nguyen Van Thi"),
    ("ru", "Куан Минь Кыонг", "Quan Minh Cuong"),
    ("ru", "Чан Куок Кыонг", "Tran Quoc Cuong"),
    ("ru", "Ву Хонг Куанг", "Vu Hong Quang"),
    ("ru", "Чинь Туан Шинь", "Trinh Tuan Sinh"),
    ("ru", "Кхуат Зуй", "Khuat Duy"),
    ("uk", "Нгуєн Ван Ань", "Nguyen Van Anh"),
    ("uk", "Фам Нгок Куе", "Pham Ngoc Que"),
    ("bg", "Нгуен Тхи Кам", "Nguyen Thi Cam"),
])
def test_cyrillic_transcriptions_back_to_vietnamese(lang, written, name):
    assert romanize(written, lang) == name


def test_an_and_anh_are_two_people_and_a_case_ending_is_one():
    text = ("Голова Нгуєн Ван Ан виступив. Керівник Нгуєн Ван Ань також узяв участь. "
            "Делегати підтримали Нгуєн Ван Ана.")
    people = draft_people(text, "uk")
    assert [p.name for p in people] == ["Nguyen Van An", "Nguyen Van Anh"]
    assert len(people[0].mentions) == 2


@pytest.mark.parametrize(("lang", "text", "written"), [
    ("he", "השתתפה בישיבה הגברת נגוין תי תו הא, סגנית יושב הראש.", "נגוין תי תו הא"),
    ("bn", "সভায় উপস্থিত ছিলেন নগুয়েন থি থু হা, উপ-চেয়ারম্যান।", "নগুয়েন থি থু হা"),
    ("ko", "회의에서 응우옌 티 투 하 부위원장은 보고했다.", "응우옌 티 투 하"),
    ("fa", "خانم نگوین تی تو ها گزارش را ارائه کرد.", "نگوین تی تو ها"),
])
def test_a_four_syllable_name_after_thi_in_a_script_without_capitals(lang, text, written):
    assert [p.name_in_text for p in build_draft(text, lang).people] == [written]


@pytest.mark.parametrize(("lang", "text", "written"), [
    # the word after the third is a particle ('ने'), or the name has no Thi
    ("hi", "बैठक में फाम थी थू ने रिपोर्ट दी।", "फाम थी थू"),
    ("fa", "خانم فام تی لان از استان گزارش داد.", "فام تی لان"),
    ("he", "השתתף בישיבה מר נגוין ואן מין הא, יושב הראש.", "נגוין ואן מין"),
])
def test_three_syllables_stay_three(lang, text, written):
    assert [p.name_in_text for p in build_draft(text, lang).people] == [written]


def test_a_language_without_names_data_reads_names_as_its_script_does():
    from extractor.draft.people import names_language

    text = "Провинциялық партия комитетінің хатшысы Нгуен Ван Хунг ауданды аралады."
    assert names_language(text, "kk") == "ru"
    assert [p.name for p in build_draft(text, "kk").people] == ["Nguyen Van Hung"]
    assert names_language("Sekretär Nguyen Van Hung besuchte den Bezirk.", "de") == "de"
