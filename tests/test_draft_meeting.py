"""The reader's meeting line: a congress named in 'the Resolution of the Congress' is
not a congress reported, and a place name is read on the side its language writes it."""

from __future__ import annotations

import pytest

from extractor.draft.meeting import meeting_kind, meeting_location


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The Provincial Party Secretary had a working session with Muong Lat district on "
           "carrying out the Resolution of the 19th District Party Congress. He asked the "
           "district to finish the Resolution of the Congress targets by 2025."),
    ("pl", "Sekretarz prowincji odbył sesję roboczą z dystryktem Muong Lat w sprawie realizacji "
           "uchwały Zjazdu Partii Dystryktu. Zwrócił się o realizację rezolucji Kongresu."),
    ("ru", "Секретарь провинциального комитета партии провёл рабочую встречу с районом Мыонглат "
           "по выполнению резолюции съезда партии района."),
    ("vi", "Bí thư Tỉnh ủy đã có buổi làm việc với huyện Mường Lát về việc thực hiện Nghị quyết "
           "Đại hội Đảng bộ huyện lần thứ XIX."),
    ("nl", "De provinciale partijsecretaris hield een werksessie met het district Muong Lat over "
           "de uitvoering van de Resolutie van het 19e Partijcongres van het district."),
    ("el", "Ο Γραμματέας της Επαρχιακής Επιτροπής είχε συνεδρία εργασίας με την περιφέρεια "
           "Muong Lat για την εφαρμογή του Ψηφίσματος του 19ου Συνεδρίου του Κόμματος."),
    ("ur", "صوبائی پارٹی سیکرٹری نے موونگ لات ضلع کے ساتھ ورکنگ سیشن کیا اور ضلعی پارٹی "
           "کانگریس کی قرارداد پر عمل درآمد کا جائزہ لیا۔"),
])
def test_a_congress_named_by_its_resolution_is_not_the_meeting(language, text):
    kind, scores = meeting_kind(text, language)
    assert kind == "working_session", scores


def test_a_congress_reported_is_still_a_congress():
    text = ("The 21st Lai Chau Provincial Party Congress opened this morning. The congress "
            "was attended by 320 delegates. The congress elected the new Executive Committee "
            "and adopted its Resolution.")
    assert meeting_kind(text, "en")[0] == "congress"


@pytest.mark.parametrize(("language", "text", "place"), [
    ("id", "Komite Partai Distrik Tam Duong mengadakan rapat. Kasus narkoba di distrik-distrik "
           "perbatasan turun; narkoba di distrik-distrik pesisir juga.", "Tam Duong district"),
    ("pt", "O Comité do Partido do distrito de Tam Duong reuniu-se. Muitas escolas novas "
           "distrito de fora; outras escolas novas distrito de cima.", "Tam Duong district"),
])
def test_place_name_read_after_the_district_word(language, text, place):
    assert meeting_location(text, language) == place
