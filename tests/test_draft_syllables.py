"""Vietnamese names read back from Arabic, Hebrew, Devanagari and Thai transcriptions,
which keep the consonants and merge the vowels: each romanized syllable becomes the
common name syllable that sounds alike and is spelt closest (helped by how common it is).

Names written for these tests.
"""

from __future__ import annotations

import pytest

from extractor.draft.people import romanize
from extractor.draft.syllables import lossy_script, skeleton, snap


@pytest.mark.parametrize(("lang", "written", "name"), [
    ("ar", "تران كوك كونغ", "Tran Quoc Cuong"),
    ("ar", "هوانج آنه توان", "Hoang Anh Tuan"),
    ("ar", "ماي شوان ليم", "Mai Xuan Liem"),
    ("ar", "نغوين فان ثانغ", "Nguyen Van Thang"),
    ("ar", "فام ثي ثانه ثوي", "Pham Thi Thanh Thuy"),
    ("he", "נגוין ואן טאם", "Nguyen Van Tam"),
    ("th", "เหงียน วัน อาน", "Nguyen Van An"),
])
def test_names_from_scripts_that_merge_vowels(lang, written, name):
    assert romanize(written, lang) == name


def test_skeletons_keep_consonant_and_vowel_classes():
    assert skeleton("quoc") == skeleton("cuc") == "K.U.K"
    assert skeleton("hoang") == skeleton("huanj") == "H.UA.N"
    assert skeleton("thanh") != skeleton("tam")
    assert skeleton("xyz1") is None


def test_a_syllable_nothing_sounds_like_stays():
    assert snap("zzap") == "zzap"


def test_latin_and_cyrillic_names_are_not_snapped():
    assert not lossy_script("Nguyen Van An")
    assert not lossy_script("Нгуен Ван Ан")
    assert lossy_script("نغوين")
    assert romanize("Tran Cuc Cung", "en") == "Tran Cuc Cung"


@pytest.mark.parametrize(("written", "name"), [
    ("فان دينه خيم", "Phan Dinh Khiem"),  # خ is kh: the spelled onset counts
    ("نغوين فان ليتش", "Nguyen Van Lich"),  # تش is ch
])
def test_arabic_onsets_are_kept(written, name):
    assert romanize(written, "ar") == name


@pytest.mark.parametrize(("written", "lang", "name"), [
    ("ลู", "th", "Luu"),  # ู is a vowel that Unicode counts as a combining mark
    ("ຫງວຽນ ທິ ທູ", "lo", "Nguyen Thi Thu"),
])
def test_vowel_signs_below_the_letter_are_kept(written, lang, name):
    assert romanize(written, lang) == name
