"""The reader's draft in many scripts: figures, dates and the people an article names.

Sentences written for these tests (not taken from the corpus), one per script: a
Vietnamese official's name as that script writes it, a date and a reported figure.
"""

from __future__ import annotations

import pytest

from extractor.draft import build_draft
from extractor.numbers.dates import find_dates

CASES = [
    # (language, text, name as written, name in Latin, (month, day), figure value)
    ("pl", "W dniu 3 marca towarzysz Pham Van Long, sekretarz komitetu, przewodniczył "
     "konferencji. Dochody budżetu wyniosły 1250 mld VND.", "Pham Van Long", "Pham Van Long",
     (3, 3), 1250.0),
    ("vi", "Ngày 12/5, đồng chí Nguyễn Thị Hoa, Bí thư Tỉnh ủy, chủ trì hội nghị. "
     "Tăng trưởng GRDP đạt 7,5%.", "Nguyễn Thị Hoa", "Nguyen Thi Hoa", (5, 12), 7.5),
    ("ru", "14 июня товарищ Чан Ван Шон, секретарь провинциального комитета, провёл "
     "конференцию. Рост ВРП составил 8,2%.", "Чан Ван Шон", None, (6, 14), 8.2),
    ("uk", "20 вересня товариш Ле Ван Тхань очолив засідання. Охоплено 45 комун.",
     "Ле Ван Тхань", "Le Van Thanh", (9, 20), 45.0),
    ("ar", "في 9 أكتوبر، ترأس الرفيق تران فان لام المؤتمر. وبلغ معدل النمو 6,8%.",
     "تران فان لام", "Tran Van Lam", (10, 9), 6.8),
    ("hi", "11 नवंबर को कामरेड न्गुयेन वान मिन्ह ने सम्मेलन की अध्यक्षता की। विकास दर 9,1% रही।",
     "न्गुयेन वान मिन्ह", None, (11, 11), 9.1),
    ("th", "เมื่อวันที่ 5 มกราคม สหายเหงียน วัน ตวน เป็นประธานการประชุม อัตราการเติบโตอยู่ที่ 6.5%",
     "เหงียน วัน ตวน", "Nguyen Van Tuan", (1, 5), 6.5),
    ("ko", "2월 8일 쩐 반 민 동지가 회의를 주재했다. 성장률은 7.2%였다.", "쩐 반 민", None,
     (2, 8), 7.2),
    ("ja", "4月2日、グエン・バン・ティ同志が会議を主宰した。成長率は5.4％だった。",
     "グエン・バン・ティ", "Nguyen Van Thi", (4, 2), 5.4),
    ("zh", "7月15日，省委书记阮文明主持会议。地区生产总值增长8.5%。", "阮文明", None, (7, 15), 8.5),
    ("el", "Στις 3 Μαΐου ο σύντροφος Τραν Βαν Λαμ προήδρευσε της σύσκεψης. Η ανάπτυξη ήταν 6,1%.",
     "Τραν Βαν Λαμ", None, (5, 3), 6.1),
    ("he", "ב-6 במרץ החבר טראן ואן לאם עמד בראש הכנס. הצמיחה הגיעה ל-7.3%.", "טראן ואן לאם",
     None, (3, 6), 7.3),
]


@pytest.mark.parametrize(("lang", "text", "written", "latin", "day", "value"), CASES,
                         ids=[c[0] for c in CASES])
def test_the_draft_finds_the_person_the_date_and_the_figure(lang, text, written, latin, day, value):
    draft = build_draft(text, lang)
    assert [p.name_in_text for p in draft.people] == [written]
    person = draft.people[0]
    assert text[person.mentions[0][0]:person.mentions[0][1]] == written
    if latin is not None:
        assert person.name == latin
    assert person.name.isascii() and person.name
    assert (find_dates(text, lang)[0].month, find_dates(text, lang)[0].day) == day
    assert value in [f.value for f in draft.figures]


def test_a_place_in_front_of_a_name_is_not_part_of_it():
    draft = build_draft("Delegacja z Thanh Hoa Le Van Minh odwiedziła dystrykt.", "pl")
    assert [p.name for p in draft.people] == ["Le Van Minh"]


def test_mentions_of_one_person_inflected_are_one_person():
    text = ("Towarzysz Do Van Chien przewodniczył. Przemówienie Do Van Chiena zamknęło "
            "spotkanie, a Nguyen Thi Lan przedstawiła raport.")
    draft = build_draft(text, "pl")
    assert [(p.name, len(p.mentions)) for p in draft.people] == [("Do Van Chien", 2),
                                                                 ("Nguyen Thi Lan", 1)]


def test_a_target_figure_is_the_planned_value_of_the_figure_before_it():
    draft = build_draft("Growth reached 4.5% (the target was 12%). Revenue was 300 billion VND.", "en")
    by_value = {f.value: f for f in draft.figures}
    assert by_value[12.0].target_of == by_value[4.5].id
    assert by_value[300.0].target_of is None and by_value[300.0].unit_word == "VND"


def test_the_directions_are_the_clauses_after_a_verb_of_asking():
    text = ("The district reported results. Revenue rose.\n"
            "Concluding, Secretary Tran Van Lam requested the district to review the plan for "
            "the coming year; speed up the building of rural roads in every commune.\n"
            "Continue to mobilise resources for the new rural programme in the district and to "
            "train the commune officials who carry it out.\n"
            "Delegates at the meeting.")
    draft = build_draft(text, "en")
    clauses = [text[c.span[0]:c.span[1]] for c in draft.clauses]
    assert len(clauses) == 3
    assert clauses[1] == "speed up the building of rural roads in every commune"
    assert "Delegates" not in " ".join(clauses)  # a caption


def test_the_meeting_date_takes_its_year_from_a_date_of_the_same_month():
    text = "On 17 July the secretary visited the district. The anniversary (27 July 2024) was marked."
    assert build_draft(text, "en").date == "2024-07-17"


def test_month_names_with_a_precomposed_letter_are_read_as_written():
    # casefold() would spell "ΐ" in three code points; the NFC text has one
    assert [(d.month, d.day) for d in find_dates("Στις 3 Μαΐου 2024 και 7 ΜΑΐΟΥ", "el")] == [(5, 3), (5, 7)]


@pytest.mark.parametrize(("text", "lang"), [
    ("काम ३१ जनवरी २०२६ तक पूरा होना है।", "hi"),  # a month ending in a vowel sign
    ("কাজ ৩১ জানুয়ারি ২০২৬ এর মধ্যে শেষ করতে হবে।", "bn"),
    ("งานต้องเสร็จภายใน 31 มกราคม 2026", "th"),
])
def test_a_day_before_a_month_that_ends_in_a_vowel_sign(text, lang):
    [date] = find_dates(text, lang)
    assert (date.year, date.month, date.day) == (2026, 1, 31)


def test_an_undated_meeting_takes_the_year_under_review_not_the_deadline():
    from extractor.draft.dates import meeting_date

    text = ("On 8 October the committee reviewed the first nine months of 2025. In 2025 "
            "revenue grew 8%. It asked districts to finish the roads by 2026.")
    assert meeting_date(text, find_dates(text, "en")) == "2025-10-08"


@pytest.mark.parametrize("text", ["เมื่อวันที่ ๘ ตุลาคม พ.ศ. ๒๕๖๘ คณะกรรมการประชุม",
                                  "เมื่อวันที่ 8 ตุลาคม 2568 คณะกรรมการประชุม"])
def test_a_buddhist_era_year_is_the_gregorian_one(text):
    [date] = find_dates(text, "th")
    assert (date.year, date.month, date.day) == (2025, 10, 8)
