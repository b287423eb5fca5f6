"""Names as the reader writes them: Vietnamese names transcribed into Cyrillic
(the Russian and Ukrainian systems: Ку- is Qu-, К before a back vowel is C, -уен is
-uyen, Ш is S) come back as Vietnamese spells them; and 'An' and 'Anh' stay two people,
while a case ending still joins a name's forms.

Names and sentences written for these tests.
"""

from __future__ import annotations

import pytest

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
