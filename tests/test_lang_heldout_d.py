"""The reader in Hebrew, Persian and Bengali: the classes the held-out set d showed.

Sentences written for these tests (not taken from corpus/heldout/d): scale words the
data lacked (Bengali বিলিয়ন/মিলিয়ন), qualifiers glued to Hebrew prefix letters (ליותר מ-,
למעלה מ-) and Bengali qualifiers after the amount (ছাড়িয়েছে, হেক্টরের বেশি), unit words in
each script (דונג, ק"מ, دانگ, نفر, ডং, কিলোমিটার, the classifier টি before the unit),
durations, star ratings, road numbers, group placings and Hebrew dates with a glued ב
that are no KPIs, meeting-kind and role cues, Vietnamese names in each script, what is no
instruction (a proposal, a request to the province).
"""

from __future__ import annotations

import pytest
from reader_samples import clauses as _clauses
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.meeting import meeting_kind
from extractor.numbers import find_numbers

# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize(("lang", "text", "value", "scale"), [
    ("bn", "প্রদেশ ২.৫ বিলিয়ন মার্কিন ডলার বিনিয়োগ আকর্ষণ করেছে।", 2.5, 1e9),
    ("bn", "মাথাপিছু আয় ৭১.৩ মিলিয়ন ডং হয়েছে।", 71.3, 1e6),
    ("bn", "মোট বিনিয়োগ ১.২ ট্রিলিয়ন ডং।", 1.2, 1e12),
], ids=["bn-billion", "bn-million", "bn-trillion"])
def test_bengali_scale_words(lang, text, value, scale):
    [m] = [m for m in find_numbers(text, lang) if m.role == "number"]
    assert (m.value, m.scale) == (value, scale)


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("he", "ההכנסות עלו על 920 מיליארד דונג.", "over"),
    ("he", "הפרובינציה משכה למעלה מ-640 מיליון דולר.", "over"),
    ("he", "הצמיחה מוערכת ב-7.1%.", "about"),
    ("fa", "صادرات افزون بر ۸۳۰ میلیون دلار بود.", "over"),
    ("fa", "رشد قریب به ۶٫۴ درصد برآورد شد.", "about"),
    ("bn", "রাজস্ব ৬৮ মিলিয়ন ডং ছাড়িয়েছে।", "over"),
    ("bn", "১৫০ হেক্টরের বেশি বন রোপণ করা হয়েছে।", "over"),
    ("bn", "অন্তত ৪০০ জন প্রশিক্ষণ পেয়েছেন।", "over"),
], ids=["he-alu-al", "he-lemala", "he-muarechet", "fa-afzun", "fa-qarib-be", "bn-chariyeche",
        "bn-hectorer-beshi", "bn-antata"])
def test_qualifiers(lang, text, qualifier):
    figures = _figures(text, lang)
    assert len(figures) == 1
    assert figures[0][2] == qualifier


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("he", "ההשקעה הגיעה ל-5.2 מיליון דולר.", "USD"),
    ("he", "בשנה נסללו 88 ק\"מ כבישים.", "km"),
    ("he", "נשתלו 730 הקטרים של יער.", "hectares"),
    ("he", "המשטרה חשפה 27 תיקי הברחה.", "cases"),
    ("he", "השנה התקבלו 410 חברי מפלגה חדשים.", "people"),
    ("fa", "درآمد به ۳٬۴۰۰ میلیارد دانگ رسید.", "VND"),
    ("fa", "تعداد ۲٬۳۵۰ گردشگر وارد شدند.", "people"),
    ("fa", "حدود ۹۰۰ خانوار آب سالم دارند.", "households"),
    ("fa", "۱۴ بخش استانداردها را کسب کردند.", "communes"),
    ("bn", "৪২টি কমিউন মানদণ্ড অর্জন করেছে।", "communes"),
    ("bn", "প্রায় ৩০০টি পরিবার বিশুদ্ধ পানি পেয়েছে।", "households"),
    ("bn", "১২৬ কিলোমিটার সড়ক কংক্রিট হয়েছে।", "km"),
    ("bn", "৬১টি মামলার তদন্ত হয়েছে।", "cases"),
], ids=["he-dollar", "he-km", "he-hectare", "he-tik", "he-members", "fa-dang", "fa-tourist",
        "fa-household", "fa-bakhsh", "bn-ti-commune", "bn-ti-family", "bn-km", "bn-mamlar"])
def test_unit_words(lang, text, unit):
    figures = _figures(text, lang)
    assert figures and figures[0][3] == unit


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("he", "ב-6 החודשים האחרונים נבנו 45 בתי ספר.", [45.0]),
    ("he", "לאחר 3 שנות יישום נבנו 18 גשרים.", [18.0]),
    ("he", "למחוז 9 מוצרים בדירוג 4 כוכבים.", [9.0]),
    ("he", "לאורך כביש 32 שופצו 14 גשרים.", [14.0]),
    ("he", "המחוז הוא אחד מ-6 המחוזות הקשים; נבנו בו 21 גני ילדים.", [21.0]),
    ("he", "ב-3 בנובמבר 2024 נפתחו 12 מרפאות.", [12.0]),
    ("fa", "در ۸ ماه گذشته ۳۶ مدرسه ساخته شد.", [36.0]),
    ("fa", "شهرستان ۱۱ محصول با رتبه ۴ ستاره دارد.", [11.0]),
    ("fa", "در امتداد بزرگراه ملی ۷۰ تعداد ۱۲ پل ساخته شد.", [12.0]),
    ("bn", "গত ৭ মাসে ৩৩টি বিদ্যালয় নির্মিত হয়েছে।", [33.0]),
    ("bn", "জেলায় ৪ তারকা মানের ১০টি পণ্য রয়েছে।", [10.0]),
    ("bn", "জাতীয় মহাসড়ক ৪ বরাবর ১৯টি সেতু নির্মিত হয়েছে।", [19.0]),
    ("bn", "জেলাটি প্রদেশের ৫টি পাহাড়ি জেলার একটি।", []),
], ids=["he-months", "he-years", "he-stars", "he-road", "he-one-of", "he-date-b", "fa-months", "fa-stars",
        "fa-highway", "bn-months", "bn-stars", "bn-highway", "bn-one-of"])
def test_figures_that_are_no_kpis(lang, text, kept):
    assert [f[0] for f in _figures(text, lang)] == kept


def test_persian_thousand_and_billion_compound():
    figures = _figures("کل سرمایه جذب‌شده به ۶ هزار و ۳۰۰ میلیارد دانگ رسید.", "fa")
    assert [(f[0] * f[1]) for f in figures] == [6.3e12]


def test_bengali_over_after_a_long_unit_word():
    figures = _figures("২৫০ কিলোমিটারের বেশি সড়ক কংক্রিট করা হয়েছে।", "bn")
    assert figures[0][2] == "over"


# --------------------------------------------------------------------------- meetings


@pytest.mark.parametrize(("lang", "text"), [
    ("he", "ועד המפלגה הפרובינציאלי של ין באי קיים ועידה לסיכום המחצית הראשונה של השנה.\n"
           "בוועידה השתתפו ראשי המחלקות."),
    ("bn", "ইয়েন বাই প্রাদেশিক পার্টি কমিটি বছরের প্রথমার্ধের ফলাফল পর্যালোচনায় একটি সম্মেলন আয়োজন করে।\n"
           "সম্মেলনে বিভাগীয় প্রধানরা উপস্থিত ছিলেন।"),
], ids=["he-veida", "bn-sammelan"])
def test_conference_is_no_congress(lang, text):
    assert meeting_kind(text, lang)[0] == "conference"


@pytest.mark.parametrize(("lang", "text"), [
    ("he", "המזכיר עמד בראש משלחת העבודה בישיבת עבודה עם מחוז מו קאנג צ'אי.\n"
           "בישיבה השתתפו גם ראשי המחלקות. בסיום הישיבה נאם המזכיר."),
    ("fa", "دبیر استان ریاست هیئت کاری را در جلسه کاری با شهرستان مو کانگ چای بر عهده داشت.\n"
           "در این جلسه روسای ادارات حضور داشتند. در پایان جلسه دبیر سخنرانی کرد."),
    ("bn", "সম্পাদক কার্যনির্বাহী প্রতিনিধিদলের নেতৃত্ব দিয়ে মু কাং চাই জেলার সাথে কাজ করেন।\n"
           "কার্য অধিবেশনে বিভাগীয় প্রধানরা উপস্থিত ছিলেন। বৈঠকে জেলার প্রতিবেদন উপস্থাপিত হয়।\n"
           "সভা শেষে সম্পাদক বক্তব্য রাখেন।"),
], ids=["he", "fa", "bn"])
def test_working_session_is_not_a_conference(lang, text):
    assert meeting_kind(text, lang)[0] == "working_session"


@pytest.mark.parametrize(("lang", "text", "name", "role"), [
    ("he", "הישיבה נוהלה בראשות נגוין ואן טואן, מזכיר ועד המפלגה.", "Nguyen Van Tuan", "chair"),
    ("he", "מנהל המחלקה הואנג מין דוק הציג את הדו\"ח.", "Hoang Minh Duc", "speaker"),
    ("fa", "آقای تران کوک توان گزارش وضعیت اقتصادی را ارائه کرد.", "Tran Quoc Tuan", "speaker"),
    ("fa", "خانم فام تی لان به ریاست جلسه انتخاب شد.", "Pham Thi Lan", "chair"),
    ("bn", "জেলা সম্পাদক বুই ভান হাই প্রতিবেদন উপস্থাপন করে জানান যে লক্ষ্য পূরণ হয়েছে।", "Bui Van Hai", "speaker"),
    ("bn", "বৈঠকে ফাম থি লান-ও উপস্থিত ছিলেন।", "Pham Thi Lan", "attendee"),
], ids=["he-chair", "he-speaker", "fa-speaker", "fa-chair", "bn-speaker", "bn-o-suffix"])
def test_names_in_each_script_and_roles(lang, text, name, role):
    draft = build_draft(text, lang)
    [person] = draft.people
    assert person.name == name
    assert person_role(draft, person) == role


@pytest.mark.parametrize(("lang", "text"), [
    ("he", "העיר הא לונג ממשיכה לפתח את התיירות, והמחוז בנה 3 נמלים."),
    ("fa", "شهر ها لونگ همچنان مقصد اصلی گردشگران است."),
    ("bn", "হা লং-এ একটি নতুন বন্দর নির্মিত হচ্ছে।"),
], ids=["he-ha-long", "fa-ha-long", "bn-ha-long"])
def test_place_names_and_abbreviations_are_no_people(lang, text):
    assert build_draft(text, lang).people == []


def test_four_syllable_name_in_persian():
    [person] = build_draft("خانم نگوین تی تو ها گزارش را ارائه کرد.", "fa").people
    assert person.name == "Nguyen Thi Thu Ha"


# --------------------------------------------------------------------------- directives



@pytest.mark.parametrize(("lang", "text", "first_words"), [
    ("he", "המחוז ביקש מהפרובינציה תמיכה בבניית גשר.\n"
           "הוועד העממי הציע לממשלה להשקיע בנמל.\n"
           "היו\"ר ביקש מהמחלקות להאיץ את בניית בתי הספר.", ["היו\"ר"]),
    ("fa", "شهرستان از استان خواست از ساخت پل حمایت کند.\n"
           "کمیته مردمی پیشنهاد کرد که دولت در بندر سرمایه‌گذاری کند.\n"
           "رئیس از ادارات خواست ساخت مدارس را تسریع کنند.", ["رئیس"]),
    ("bn", "জেলাটি সেতু নির্মাণে প্রদেশের সহায়তা চেয়েছে।\n"
           "গণ কমিটির চেয়ারম্যান বন্দরে বিনিয়োগের জন্য সরকারের কাছে প্রস্তাব করেন।\n"
           "চেয়ারম্যান বিভাগগুলিকে বিদ্যালয় নির্মাণ ত্বরান্বিত করার নির্দেশ দেন।", ["চেয়ারম্যান"]),
], ids=["he", "fa", "bn"])
def test_requests_to_higher_levels_and_proposals_are_no_directives(lang, text, first_words):
    assert [c.split()[0] for c in _clauses(text, lang)] == first_words


@pytest.mark.parametrize(("lang", "text", "count"), [
    ("he", "הוא ביקש מהוועד להשלים את התוכנית עד סוף השנה.\n"
           "המזכירה הנחתה את מחלקת הבריאות לבדוק את המרפאות.", 2),
    ("fa", "او از کمیته خواست برنامه را تا پایان سال تکمیل کند.\n"
           "دبیر اداره بهداشت را مأمور کرد تا درمانگاه‌ها را بررسی کند.", 2),
    ("bn", "তিনি কমিটিকে বছরের শেষে পরিকল্পনা সম্পন্ন করতে অনুরোধ করেন।\n"
           "সম্পাদক স্বাস্থ্য বিভাগকে ক্লিনিকগুলি পরিদর্শনের দায়িত্ব দেন।", 2),
], ids=["he", "fa", "bn"])
def test_assignment_verbs_open_directives(lang, text, count):
    assert len(_clauses(text, lang)) == count
