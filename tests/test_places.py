"""The gazetteer of provinces and districts, and the meeting's place read from any script.

Sentences written for these tests (not taken from the corpus or the held-out sets); each
spells a place the way a translator into that script would.
"""

from __future__ import annotations

import pytest

from extractor.draft.meeting import meeting_location
from extractor.linking.text import PROVINCES
from extractor.places import match, places, snap, sounds


def test_the_gazetteer_holds_every_province_and_their_districts():
    provinces = [p for p in places() if p.level == "province"]
    districts = [p for p in places() if p.level == "district"]
    assert [p.name for p in provinces] == list(PROVINCES)
    assert len(districts) > 690
    assert {d.province for d in districts} == set(PROVINCES)
    assert next(d for d in districts if d.name == "Quan Son").province == "Thanh Hoa"
    assert next(d for d in districts if d.name == "Bat Xat").province == "Lao Cai"


def test_sounds_keep_what_transcriptions_keep():
    assert sounds("Bát Xát") == sounds("Bat Sat") == "BAT SAT"
    assert sounds("Hương Sơn") == sounds("Hwngh Swn")


@pytest.mark.parametrize(("spelling", "level", "name"), [
    ("Kuan Shon", "district", "Quan Son"),  # Russian ear
    ("Bt St", "district", "Bat Xat"),  # Persian: no vowels written
    ("Hwngh Swn", "district", "Huong Son"),  # Arabic
    ("Qwwngh Nyn", "province", "Quang Ninh"),  # Hebrew
    ("Quangninh", "province", "Quang Ninh"),  # written as one word
    ("Kkaobang", "province", "Cao Bang"),  # Korean doubled consonant
    ("Krongk Pak", "district", "Krong Pac"),
])
def test_a_transcribed_place_snaps_to_its_name(spelling, level, name):
    assert snap(spelling, level).name == name


@pytest.mark.parametrize("spelling", ["Este De", "Van Het", "Vuoden Aikana", "Of Quan Son",
                                      "Cao Van", "Son"])
def test_words_that_are_no_place_do_not_snap(spelling):
    assert snap(spelling, "district") is None and snap(spelling, "province") is None


def test_a_province_known_lets_its_districts_match_more_loosely():
    # Finnish genitive 'Ea Karin': too far from any district of the country, close
    # enough among the districts of Dak Lak
    assert match("Ea Karin", "district") is None
    assert snap("Ea Karin", "district", "Dak Lak").name == "Ea Kar"


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("en", "The Standing Board of the Provincial Party Committee worked with Thieu Hoa "
           "district on Monday.", "Thieu Hoa district"),
    ("vi", "Ban Thường vụ Huyện ủy Bát Xát đã làm việc với đoàn công tác của tỉnh.",
     "Bat Xat district"),
    ("ru", "Делегация посетила район Донгчиеу провинции Куангнинь.", "Dong Trieu district"),
    ("ar", "عقدت اللجنة الشعبية لمقاطعة لانغ سون اجتماعا لمراجعة العمل.", "Lang Son province"),
    ("hi", "हुओंग सोन जिले में कार्य सत्र आयोजित किया गया।", "Huong Son district"),
    ("ja", "フオンソン県の人民委員会と作業会議を行った。", "Huong Son district"),
    ("fi", "Dak Lakin maakunnan johtajat vierailivat Ea Karin piirissä.", "Ea Kar district"),
    # a city named as its province: the province is meant
    ("en", "Lang Son city hosted the conference of Lang Son province.", "Lang Son province"),
])
def test_the_meeting_place_is_read_from_its_script(lang, text, place):
    assert meeting_location(text, lang) == place


def test_no_place_name_no_location():
    text = "The district's schools and the province's hospitals were praised."
    assert meeting_location(text, "en") is None


@pytest.mark.parametrize(("text", "place"), [
    ("高平省人民委员会召开会议。", "Cao Bang province"),  # 高平 reads 'Cao Binh' by syllable
    ("奠边省委书记主持会议。", "Dien Bien province"),
])
def test_a_language_may_name_places_its_own_way(text, place):
    assert meeting_location(text, "zh") == place


def test_japanese_names_of_provinces():
    # カオバン would read 'Cao Van' syllable by syllable (バ is ba or va)
    assert meeting_location("カオバン省人民委員会は会議を開いた。", "ja") == "Cao Bang province"


def test_a_province_named_anywhere_in_another_script():
    # no place word beside it: the name is read back where it stands
    assert meeting_location("Конференцията на Партиен комитет на Нин Бин се проведе.",
                            "bg") == "Ninh Binh province"


def test_korean_names_of_provinces():
    # 까오방 reads 'Cao Vang' syllable by syllable
    assert meeting_location("까오방성 인민위원회는 회의를 열었다.", "ko") == "Cao Bang province"
