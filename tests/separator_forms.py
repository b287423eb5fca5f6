"""Hand-written sentences with separators that CLDR does not list for the language but
machine translation writes, in many scripts; and neighbours that must stay apart.

Each form reads as ONE figure with the value given (see tests/number_forms.py for the
fields). Used by tests/test_separators.py.
"""

from __future__ import annotations

from number_forms import Form

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

SEPARATOR_FORMS: list[Form] = [
    # ---------------------------------------------------------------- Arabic script
    Form("ar", "بلغت إيرادات الميزانية 12،984 مليار دونج.", "12،984 مليار", 12984, 1e9),
    Form("ar", "ارتفع الناتج المحلي بنسبة 6،5% خلال العام.", "6،5%", 6.5, 1, True, unit="%"),
    Form("ar", "بلغ حجم الاستثمار 12٬984 مليار دونج.", "12٬984 مليار", 12984, 1e9),
    Form("ar", "بلغ معدل النمو 6٫5% هذا العام.", "6٫5%", 6.5, 1, True, unit="%"),
    Form("ar", "بلغ عدد السكان 1،250،000 نسمة.", "1،250،000", 1250000, 1, unit="people"),
    Form("ar", "بلغ حجم الاستثمار 27 ،415 مليار دونج.", "27 ،415 مليار", 27415, 1e9),
    Form("ar", "خرجت أكثر من 3،500 أسرة من الفقر.", "3،500", 3500, 1, qualifier="over",
         unit="households"),
    Form("ar", "بلغت الإيرادات ١٢،٩٨٤ مليار دونج.", "١٢،٩٨٤ مليار", 12984, 1e9),
    Form("fa", "درآمد استان ۱۲،۹۸۴ میلیارد تومان بود.", "۱۲،۹۸۴ میلیارد", 12984, 1e9, unit="IRT"),
    Form("fa", "نرخ رشد 6٫5 درصد بود.", "6٫5 درصد", 6.5, 1, True, unit="%"),
    Form("ur", "منصوبے پر 12،984 ملین روپے خرچ ہوئے۔", "12،984 ملین", 12984, 1e6, unit="PKR"),
    Form("ur", "تقریباً ۱۲،۳۴،۵۶۷ افراد کو فائدہ ہوا۔", "۱۲،۳۴،۵۶۷", 1234567, 1, qualifier="about",
         unit="people"),
    # ---------------------------------------------------------------- Latin
    Form("en", f"Budget revenue reached 12{NNBSP}984 billion dong.", f"12{NNBSP}984 billion", 12984, 1e9),
    Form("en", "Growth reached 3·5 per cent last year.", "3·5 per cent", 3.5, 1, True, unit="%"),
    Form("en", f"Exports rose to 1{THIN}299 million USD.", f"1{THIN}299 million", 1299, 1e6, unit="USD"),
    Form("de", "Die Einnahmen stiegen auf 1'250 Mio. Franken.", "1'250 Mio.", 1250, 1e6, unit="CHF"),
    Form("de", "Es wurden 12’984 Haushalte erreicht.", "12’984", 12984, 1, unit="households"),
    Form("de", "Der Umsatz betrug 12ʼ984 Franken.", "12ʼ984", 12984, 1, unit="CHF"),
    Form("fr", f"Les recettes atteignent 12{NNBSP}984 milliards de dongs.", f"12{NNBSP}984 milliards",
         12984, 1e9),
    Form("vi", f"Thu ngân sách đạt 12{NBSP}984 tỷ đồng.", f"12{NBSP}984 tỷ", 12984, 1e9),
    Form("pl", f"Dochody wyniosły ponad 12{THIN}984 mln zł.", f"12{THIN}984 mln", 12984, 1e6,
         qualifier="over", unit="PLN"),
    Form("es", f"Se atendieron 12{NBSP}984 hogares.", f"12{NBSP}984", 12984, 1, unit="households"),
    Form("it", "Ricavi per 1′250 milioni di euro.", "1′250 milioni", 1250, 1e6, unit="EUR"),
    # ---------------------------------------------------------------- Cyrillic
    Form("ru", f"Доходы бюджета составили 12{NNBSP}984 млрд рублей.", f"12{NNBSP}984 млрд", 12984, 1e9,
         unit="RUB"),
    Form("uk", f"Обсяг інвестицій сягнув 12{THIN}984 млн гривень.", f"12{THIN}984 млн", 12984, 1e6,
         unit="UAH"),
    # ---------------------------------------------------------------- Greek, Hebrew
    Form("el", f"Τα έσοδα έφτασαν τα 12{NBSP}984 ευρώ.", f"12{NBSP}984", 12984, 1, unit="EUR"),
    Form("he", f"ההכנסות הגיעו ל-12{NNBSP}984 שקלים.", f"12{NNBSP}984", 12984, 1, unit="ILS"),
    # ---------------------------------------------------------------- Indic scripts
    Form("hi", "जिले में १२,३४,५६७ लोगों को लाभ मिला।", "१२,३४,५६७", 1234567, 1, unit="people"),
    Form("mr", "एकूण १२,९८४ कुटुंबांना लाभ झाला.", "१२,९८४", 12984, 1, unit="households"),
    Form("ne", "कुल १२,३४,५६७ रुपैयाँ खर्च भयो।", "१२,३४,५६७", 1234567, 1, unit="NPR"),
    Form("bn", "মোট ১২,৩৪,৫৬৭ জন উপকৃত হয়েছেন।", "১২,৩৪,৫৬৭", 1234567, 1, unit="people"),
    Form("gu", "કુલ ૧૨,૩૪,૫૬૭ લોકોને લાભ મળ્યો.", "૧૨,૩૪,૫૬૭", 1234567, 1, unit="people"),
    Form("ta", "மொத்தம் 12,34,567 பேர் பயனடைந்தனர்.", "12,34,567", 1234567, 1, unit="people"),
    # ---------------------------------------------------------------- Southeast Asian scripts
    Form("th", "รายได้รวม ๑๒,๙๘๔ ล้านบาท", "๑๒,๙๘๔ ล้าน", 12984, 1e6, unit="THB"),
    Form("my", "စုစုပေါင်း ၁၂,၉၈၄ ဦး ရှိသည်။", "၁၂,၉၈၄", 12984, 1, unit="people"),
    Form("km", "ចំនួនសរុប ១២.៩៨៤ នាក់", "១២.៩៨៤", 12984, 1, unit="people"),
    # ---------------------------------------------------------------- CJK, Hangul
    Form("zh", "营业收入１２，９８４亿元。", "１２，９８４亿", 12984, 1e8, unit="CNY"),
    Form("ja", "売上高は12，984億円だった。", "12，984億", 12984, 1e8, unit="JPY"),
    Form("ko", f"참가자는 모두 12{NBSP}984명이었다.", f"12{NBSP}984", 12984, 1, unit="people"),
    # ---------------------------------------------------------------- Armenian, Georgian, Ethiopic
    Form("hy", f"Բյուջեն կազմել է 12{NBSP}984 դրամ։", f"12{NBSP}984", 12984, 1, unit="AMD"),
    Form("ka", f"ბიუჯეტი შეადგენს 12{NBSP}984 ლარს.", f"12{NBSP}984", 12984, 1, unit="GEL"),
    Form("am", "በጀቱ 12’984 ብር ደርሷል።", "12’984", 12984, 1, unit="ETB"),
    # ---------------------------------------------------------------- a decimal sign twice,
    # commas of two scripts, an informal decimal apostrophe
    Form("ar", "بلغ عدد السكان 1٫250٫000 نسمة.", "1٫250٫000", 1250000, 1, unit="people"),
    Form("ar", "بلغ عدد السكان ١٫٢٥٠٫٠٠٠ نسمة.", "١٫٢٥٠٫٠٠٠", 1250000, 1, unit="people"),
    Form("ar", "بلغ عدد السكان 1،250,000 نسمة.", "1،250,000", 1250000, 1, unit="people"),
    Form("ur", "کل 12,500،000 افراد مستفید ہوئے۔", "12,500،000", 12500000, 1, unit="people"),
    Form("ca", "El PIB va créixer un 3'5% l'any passat.", "3'5%", 3.5, 1, True, unit="%"),
    Form("ca", "La taxa d'atur va baixar al 12’75 %.", "12’75 %", 12.75, 1, True, unit="%"),
]

# Scale words and qualifiers a language writes that CLDR lacks or gets wrong: each is one
# figure with the value and scale given (crore is 10^7 in every Indian language).
WORD_FORMS: list[Form] = [
    Form("ta", "மாநில வருவாய் 1,250 கோடி ரூபாயை எட்டியது.", "1,250 கோடி", 1250, 1e7, unit="INR"),
    Form("ta", "5 லட்சம் பேர் பயனடைந்தனர்.", "5 லட்சம்", 5, 1e5, unit="people"),
    Form("te", "ఆదాయం 1,250 కోట్లు చేరింది.", "1,250 కోట్లు", 1250, 1e7, unit="INR"),
    Form("kn", "ಆದಾಯ 1,250 ಕೋಟಿ ರೂಪಾಯಿ.", "1,250 ಕೋಟಿ", 1250, 1e7, unit="INR"),
    Form("ml", "വരുമാനം 1,250 കോടി രൂപ.", "1,250 കോടി", 1250, 1e7, unit="INR"),
    Form("si", "ආදායම 1,250 කෝටි වේ.", "1,250 කෝටි", 1250, 1e7, unit="LKR"),
    Form("ne", "राजस्व १,२५० करोड रुपैयाँ पुग्यो।", "१,२५० करोड", 1250, 1e7, unit="NPR"),
    Form("gu", "આવક 1,250 કરોડ રૂપિયા થઈ.", "1,250 કરોડ", 1250, 1e7, unit="INR"),
    Form("or", "ରାଜସ୍ୱ 1,250 କୋଟି ଟଙ୍କା।", "1,250 କୋଟି", 1250, 1e7, unit="INR"),
    Form("ar", "ارتفعت الصادرات وأكثر من 5% من الأسر خرجت من الفقر.", "5%", 5, 1, True, "over",
         unit="%"),
    Form("he", "ויותר מ-5% מהמשפחות יצאו מעוני.", "5%", 5, 1, True, "over", unit="%"),
]

# (language, sentence, the figures it must read, in order): lists and dates stay apart.
APART: list[tuple[str | None, str, list[float]]] = [
    ("ar", "عُدّلت المواد 5، 6 و7 من القانون.", [5, 6, 7]),
    ("ar", "المواد 5،6 و7", [5, 6, 7]),
    ("ar", "بين 5، 6 و7 مليارات دونج", [5, 6, 7]),
    ("ar", "في عامي 2020،2021", [2020, 2021]),
    ("ar", "الفصلان 12،98 من الخطة", [12, 98]),
    ("fa", "بندهای ۵، ۶ و ۷", [5, 6, 7]),
    ("ur", "شقیں 5، 6 اور 7", [5, 6, 7]),
    ("zh", "共有100、200、300万人参加。", [100, 200, 300]),
    ("ja", "第1、2、3条を改正した。", [1, 2, 3]),
    ("ko", "3·1절 기념식이 열렸다.", [3, 1]),
    ("ja", "3・4月に開催された。", [3, 4]),  # the katakana middle dot joins items
    ("zh", "3·5亿", [3, 5]),
    (None, "items 3·5", [3, 5]),  # language unknown: no decimal point read into it
    ("de", "Er lief 5'30 Minuten.", [5, 30]),
    ("en", "Articles 12, 415 and 300 were amended.", [12, 415, 300]),
]
