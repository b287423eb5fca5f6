"""Hand-kept word lists for what CLDR (and so babel) does not carry.

CLDR gives number symbols and compact-number scale words (``mln``, ``млрд``, ``万``;
see :mod:`extractor.numbers.locale_data`). It has no lexicon of approximate-quantity
words ("ponad", "понад", "أكثر من"), no spelled-out percent words (after the number,
or before it: Turkish "yüzde 6,5"), and misses some
common variants of scale words (Vietnamese ``tỉ``, Arabic plural ``مليارات``, Indian
English ``lakh``/``crore``). Those live here, keyed by ISO 639-1 code; every entry is
lower-case and matched case-insensitively.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- qualifiers
# Words written *before* the number. Order inside a list does not matter: the matcher
# tries the longest phrase first.
QUALIFIERS_BEFORE: dict[str, dict[str, tuple[str, ...]]] = {
    "over": {
        "en": ("over", "more than", "above", "in excess of", "upwards of", "exceeding",
               "at least", "no less than", "not less than", "no fewer than", "not fewer than",
               "a minimum of", "minimum of"),
        "pl": ("ponad", "przeszło", "powyżej", "więcej niż", "nie mniej niż", "co najmniej",
               "przynajmniej", "minimum"),
        "uk": ("понад", "більше ніж", "більш ніж", "більше за", "більше", "не менше",
               "не менш ніж", "не менше ніж", "щонайменше", "як мінімум", "мінімум"),
        "ru": ("более", "свыше", "больше", "больше чем", "более чем", "не менее", "не меньше",
               "как минимум", "минимум", "не менее чем"),
        "ar": ("أكثر من", "ما يزيد عن", "ما يزيد على", "أزيد من", "ما يربو على", "فوق",
               "لا يقل عن", "لا تقل عن", "على الأقل"),
        "no": ("over", "mer enn", "drøyt", "i overkant av", "minst", "ikke mindre enn"),
        "da": ("over", "mere end", "godt", "mindst", "ikke mindre end"),
        "sv": ("över", "drygt", "mer än", "fler än", "minst", "inte mindre än"),
        "vi": ("hơn", "trên", "vượt", "không dưới", "không ít hơn", "tối thiểu", "ít nhất",
               "tối thiểu là"),
        "de": ("über", "mehr als", "gut", "nicht weniger als", "mindestens", "wenigstens"),
        "nl": ("meer dan", "ruim", "boven", "over", "minstens", "ten minste", "niet minder dan"),
        "fr": ("plus de", "au-delà de", "au moins", "pas moins de", "au minimum"),
        "es": ("más de", "por encima de", "no menos de", "al menos", "como mínimo", "por lo menos"),
        "pt": ("mais de", "acima de", "pelo menos", "no mínimo", "não menos de"),
        "it": ("oltre", "più di", "almeno", "non meno di"),
        "cs": ("přes", "více než", "víc než", "nejméně", "alespoň", "minimálně"),
        "ro": ("peste", "mai mult de", "mai mult decât", "cel puțin", "nu mai puțin de"),
        "he": ("יותר מ", "יותר מ-", "מעל", "לפחות"),
        "th": ("มากกว่า", "กว่า", "อย่างน้อย"),
        "zh": ("超过", "逾", "多于", "不少于", "不低于", "至少"),
        "ja": ("超", "少なくとも"),
        "ko": ("초과", "최소", "적어도"),
        "id": ("lebih dari", "setidaknya", "paling sedikit", "minimal"),
        "fa": ("بیش از", "بیشتر از", "حداقل"),
        "sw": ("zaidi ya",),
        "tr": ("en az",),
        "fi": ("yli", "runsaat", "yli puolet"),
        "el": ("πάνω από", "περισσότερο από", "περισσότερα από", "περισσότερους από",
               "περισσότερες από", "άνω των", "άνω του"),
        "hu": ("több mint", "több, mint", "valamivel több mint"),
        "ms": ("lebih daripada", "melebihi", "lebih dari"),
    },
    "under": {
        "en": ("less than", "under", "below", "fewer than", "just under", "at most",
               "no more than", "not more than", "up to", "a maximum of", "maximum of",
               "not exceeding", "no higher than"),
        "pl": ("mniej niż", "poniżej", "niespełna", "mniej aniżeli", "nie więcej niż",
               "co najwyżej", "maksymalnie"),
        "uk": ("менше ніж", "менш ніж", "менше за", "менше", "нижче", "не більше", "не більш ніж",
               "не більше ніж", "щонайбільше", "максимум"),
        "ru": ("менее", "меньше", "меньше чем", "менее чем", "ниже", "не более", "не больше",
               "максимум", "не более чем"),
        "ar": ("أقل من", "دون", "لا يزيد عن", "لا يزيد على", "لا تزيد عن", "على الأكثر"),
        "no": ("under", "mindre enn", "færre enn", "høyst", "ikke mer enn", "opptil", "maks"),
        "da": ("under", "mindre end", "højst", "ikke mere end", "op til"),
        "sv": ("under", "mindre än", "färre än", "högst", "inte mer än", "upp till"),
        "vi": ("dưới", "chưa đến", "chưa tới", "không quá", "tối đa", "không vượt quá"),
        "de": ("unter", "weniger als", "nicht mehr als", "höchstens", "maximal", "bis zu"),
        "nl": ("minder dan", "onder", "hoogstens", "maximaal", "niet meer dan"),
        "fr": ("moins de", "pas plus de", "au plus", "au maximum", "jusqu'à"),
        "es": ("menos de", "no más de", "como máximo", "hasta"),
        "pt": ("menos de", "no máximo", "não mais de", "até"),
        "it": ("meno di", "al massimo", "non più di", "fino a"),
        "cs": ("méně než", "pod", "nejvýše", "maximálně", "ne více než"),
        "ro": ("sub", "mai puțin de", "cel mult", "nu mai mult de", "până la"),
        "he": ("פחות מ", "פחות מ-", "לכל היותר"),
        "th": ("น้อยกว่า", "ไม่ถึง", "ไม่เกิน"),
        "zh": ("不到", "不足", "少于", "不超过", "不高于", "最多", "至多"),
        "ja": ("未満", "最大", "多くとも"),
        "ko": ("미만", "최대"),
        "id": ("kurang dari", "paling banyak", "maksimal"),
        "fa": ("کمتر از", "حداکثر"),
        "sw": ("chini ya", "pungufu ya"),
        "fi": ("alle", "vajaat"),
        "el": ("λιγότερο από", "λιγότερα από", "κάτω από", "κάτω των"),
        "hu": ("kevesebb mint", "kevesebb, mint", "alig"),
        "ms": ("kurang daripada", "kurang dari"),
    },
    "about": {
        "en": ("about", "around", "approximately", "nearly", "almost", "roughly",
               "some", "an estimated", "estimated at", "close to", "approx."),
        "pl": ("około", "ok.", "prawie", "blisko", "niemal", "niemalże", "szacunkowo",
               "mniej więcej"),
        "uk": ("близько", "майже", "приблизно", "орієнтовно", "біля"),
        "ru": ("около", "почти", "примерно", "приблизительно", "порядка"),
        "ar": ("حوالي", "حوالى", "نحو", "قرابة", "ما يقرب من", "ما يقارب", "تقريبا", "تقريبًا"),
        "no": ("omtrent", "cirka", "ca.", "nesten", "rundt", "om lag", "anslagsvis"),
        "da": ("omkring", "cirka", "ca.", "næsten"),
        "sv": ("cirka", "ungefär", "nästan", "omkring", "ca", "ca."),
        "vi": ("khoảng", "gần", "ước", "ước tính", "xấp xỉ", "chừng"),
        "de": ("etwa", "rund", "ungefähr", "fast", "knapp", "ca.", "circa", "annähernd"),
        "nl": ("ongeveer", "bijna", "circa", "ca.", "zo'n", "rond"),
        "fr": ("environ", "près de", "presque", "quelque", "quelques", "autour de"),
        "es": ("cerca de", "casi", "alrededor de", "aproximadamente", "unos", "unas"),
        "pt": ("cerca de", "quase", "aproximadamente", "perto de"),
        "it": ("circa", "quasi", "intorno a"),
        "cs": ("asi", "přibližně", "téměř", "zhruba", "skoro", "cca"),
        "ro": ("aproximativ", "aproape", "circa", "în jur de"),
        "he": ("כ-", "כ", "כמעט", "בערך", "קרוב ל"),
        "hi": ("लगभग", "करीब", "क़रीब", "तकरीबन"),
        "ur": ("تقریباً", "تقریبا", "لگ بھگ", "قریب"),
        "th": ("ประมาณ", "เกือบ", "ราว"),
        "zh": ("约", "大约", "近", "将近", "接近", "約"),
        "ja": ("約", "およそ", "ほぼ"),
        "ko": ("약", "거의"),
        "id": ("sekitar", "hampir"),
        "fa": ("حدود", "حدودا", "حدوداً", "تقریبا", "تقریباً", "نزدیک به"),
        "sw": ("takriban", "karibu", "kiasi cha", "kama"),
        "tr": ("yaklaşık", "yaklaşık olarak", "tahminen", "neredeyse", "ortalama"),
        "fi": ("noin", "lähes", "arviolta", "melkein", "likimain"),
        "el": ("περίπου", "σχεδόν", "γύρω στα", "γύρω στους", "γύρω στις", "κοντά στα"),
        "hu": ("mintegy", "körülbelül", "közel", "csaknem", "nagyjából", "kb.", "hozzávetőleg"),
        "ms": ("kira-kira", "hampir", "sekitar", "lebih kurang", "anggaran"),
        "bn": ("প্রায়", "আনুমানিক"),
    },
}

# Words written *after* the number (South and East Asian post-positions).
QUALIFIERS_AFTER: dict[str, dict[str, tuple[str, ...]]] = {
    "over": {
        "hi": ("से अधिक", "से ज़्यादा", "से ज्यादा", "से भी अधिक"),
        "ur": ("سے زائد", "سے زیادہ"),
        "zh": ("以上", "多"),
        "ja": ("以上", "超", "余り"),
        "ko": ("이상", "여", "넘게"),
        "th": ("กว่า",),
        # Turkish case endings follow the digits after an apostrophe ("5'ten fazla").
        "tr": tuple(f"{q}{e} fazla" for q in "'’" for e in ("ten", "den", "dan", "tan"))
        + tuple(f"{q}{v}n üzerinde" for q in ("", "'", "’") for v in "iıuü"),
        "bn": ("এর বেশি", "এরও বেশি", "-এর বেশি", "-এরও বেশি"),
    },
    "under": {
        "hi": ("से कम",),
        "ur": ("سے کم",),
        "zh": ("以下", "以内"),
        "ja": ("未満", "以下"),
        "ko": ("미만", "이하"),
        "tr": tuple(f"{q}{e} az" for q in "'’" for e in ("ten", "den", "dan", "tan")),
        "bn": ("এর কম", "-এর কম"),
    },
    "about": {
        "zh": ("左右", "上下"),
        "tr": ("civarında", "dolayında"),
        "ja": ("程度", "前後", "近く"),
        "ko": ("정도", "가량", "안팎"),
    },
}

# Comparison symbols that act as qualifiers wherever they stand before a number.
QUALIFIER_SYMBOLS: dict[str, str] = {
    ">": "over", "≥": "over", "⩾": "over", "<": "under", "≤": "under", "⩽": "under",
    "~": "about", "≈": "about", "∼": "about", "±": "about",
}

# --------------------------------------------------------------------------- percent words
# Spelled-out "percent" after a number. CLDR only has the sign. Inflected forms are
# listed whole: a word only matches up to a word boundary ("százalék" in "százalékkal"
# does not).
PERCENT_WORDS: dict[str, tuple[str, ...]] = {
    # not "pc": "PC" also abbreviates People's Committee in these articles
    "en": ("percent", "per cent", "pct", "p.c."),
    "pl": ("procent", "procenta", "procentów", "proc."),
    "uk": ("відсотків", "відсотка", "відсотки", "відсоток", "процентів", "процента", "відс.",
           "проц."),
    "ru": ("процентов", "процента", "процент", "проц."),
    "be": ("працэнтаў", "працэнта", "працэнт", "адсоткаў", "адсотка"),
    "bg": ("процента", "процент"),
    "sr": ("посто", "процената", "одсто", "posto", "procenata", "odsto"),
    "hr": ("posto", "postotaka", "postotak", "postotka"),
    "bs": ("posto", "procenata", "procenta"),
    "sl": ("odstotka", "odstotkov", "odstotek", "odstotke", "odstotki"),
    "sk": ("percent", "percenta", "percentá", "percento", "perc."),
    "ar": ("في المائة", "في المئة", "بالمائة", "بالمئة"),
    "no": ("prosent", "pst.", "pst"),
    "da": ("procent", "pct.", "pct"),
    "sv": ("procent", "proc."),
    "is": ("prósent", "prósentum", "prósenta"),
    "fi": ("prosenttia", "prosentin", "prosentilla", "prosenttiin", "prosentti"),
    "et": ("protsenti", "protsendi", "protsent"),
    "lv": ("procenti", "procentiem", "procentu", "procents"),
    "lt": ("procentų", "procento", "procentais", "procentus", "procentai"),
    "hu": ("százalék", "százalékkal", "százalékos", "százalékra", "százalékot", "százaléka",
           "százalékban", "százalékát", "százalékpont"),
    "el": ("τοις εκατό", "τοις εκατόν", "τοις %"),
    "vi": ("phần trăm",),
    "de": ("prozent", "v. h.", "v.h.", "vh"),
    "nl": ("procent", "pct.", "pct"),
    "fr": ("pour cent", "pourcent", "p. cent"),
    "es": ("por ciento",),
    "ca": ("per cent", "per cent."),
    "pt": ("por cento",),
    "it": ("per cento",),
    "cs": ("procent", "procenta", "procento", "proc."),
    "ro": ("la sută", "procente"),
    "he": ("אחוז", "אחוזים"),
    "hi": ("प्रतिशत", "फ़ीसदी", "फीसदी"),
    "mr": ("टक्के", "टक्का"),
    "ne": ("प्रतिशत",),
    "bn": ("শতাংশ", "শতাংশের", "শতাংশে"),
    "pa": ("ਪ੍ਰਤੀਸ਼ਤ", "ਫੀਸਦੀ"),
    "gu": ("ટકા",),
    "ta": ("சதவீதம்", "சதவீத", "சதவிகிதம்"),
    "te": ("శాతం",),
    "kn": ("ಶೇಕಡಾ", "ಪ್ರತಿಶತ"),
    "ml": ("ശതമാനം",),
    "ur": ("فیصد",),
    "fa": ("درصد",),
    "th": ("เปอร์เซ็นต์",),
    "lo": ("ເປີເຊັນ", "ສ່ວນຮ້ອຍ"),
    "km": ("ភាគរយ",),
    "my": ("ရာခိုင်နှုန်း",),
    "id": ("persen",),
    "ms": ("peratus",),
    "fil": ("porsiyento", "porsyento", "bahagdan"),
    "tl": ("porsiyento", "porsyento", "bahagdan"),
    "ja": ("パーセント",),
    "ko": ("퍼센트",),
    "mn": ("хувь", "хувиар", "хувийн", "хувьд"),
    "kk": ("пайыз", "пайызға", "пайызды"),
    "uz": ("foiz", "foizga", "foizni"),
    "az": ("faiz",),
    "ka": ("პროცენტი", "პროცენტით", "პროცენტს"),
    "hy": ("տոկոս", "տոկոսով", "տոկոսը"),
    "am": ("በመቶ",),
}

# Spelled-out "percent" *before* the number: Turkish "yüzde 6,5", Swahili "asilimia 6.5",
# Chinese "百分之6.5", Sinhala "සියයට 6.5".
PERCENT_WORDS_BEFORE: dict[str, tuple[str, ...]] = {
    "tr": ("yüzde",),
    "sw": ("asilimia",),
    "zh": ("百分之",),
    "si": ("සියයට",),
}

PERCENT_SIGNS = "%٪％﹪"

# --------------------------------------------------------------------------- ranges in words
# "between 6 and 7 percent", "từ 6 đến 7%", "от 6 до 7%": the sign or scale word written
# once, after the second figure, covers the first. A "to" word joins two figures by
# itself; an "and" word only after an opening word before the first figure.
RANGE_TO: dict[str, tuple[str, ...]] = {
    "en": ("to",), "vi": ("đến", "tới"), "pl": ("do",), "ru": ("до",), "uk": ("до",),
    "de": ("bis",), "fr": ("à",), "es": ("a",), "pt": ("a",), "it": ("a",), "nl": ("tot",),
    "no": ("til",), "da": ("til",), "sv": ("till",), "cs": ("do", "až"), "ro": ("la",),
    "ar": ("إلى", "الى"), "id": ("hingga", "sampai"), "ms": ("hingga", "sehingga"),
    "th": ("ถึง",), "hi": ("से",), "el": ("έως", "ως"),
}
RANGE_AND: dict[str, tuple[str, ...]] = {
    "en": ("and",), "pl": ("a",), "ru": ("и",), "uk": ("і", "та"), "de": ("und",),
    "fr": ("et",), "es": ("y",), "pt": ("e",), "it": ("e",), "nl": ("en",), "no": ("og",),
    "da": ("og",), "sv": ("och",), "cs": ("a",), "ro": ("și", "şi"), "ar": ("و",),
    "id": ("dan",), "ms": ("dan",), "el": ("και",),
}
RANGE_OPEN: dict[str, tuple[str, ...]] = {
    "en": ("between", "from"), "vi": ("từ",), "pl": ("od", "między", "pomiędzy"),
    "ru": ("от", "между"), "uk": ("від", "між"), "de": ("zwischen", "von"),
    "fr": ("entre", "de"), "es": ("entre", "de"), "pt": ("entre", "de"), "it": ("tra", "fra", "da"),
    "nl": ("tussen", "van"), "no": ("mellom", "fra"), "da": ("mellem", "fra"),
    "sv": ("mellan", "från"), "cs": ("mezi", "od"), "ro": ("între", "de la"),
    "ar": ("بين", "من"), "id": ("antara", "dari"), "ms": ("antara", "dari"),
    "el": ("μεταξύ", "από"),
}

# --------------------------------------------------------------------------- scale words
# Variants CLDR lacks, as (word, multiplier). CLDR's own words are read from babel.
SCALE_SUPPLEMENT: dict[str, tuple[tuple[str, float], ...]] = {
    "vi": (("tỉ", 1e9), ("nghìn tỉ", 1e12), ("ngàn tỷ", 1e12), ("ngàn tỉ", 1e12),
           ("ngàn", 1e3), ("trăm triệu", 1e8)),
    "ar": (("مليارات", 1e9), ("مليارا", 1e9), ("مليارًا", 1e9), ("مليونا", 1e6),
           ("مليونًا", 1e6), ("الف", 1e3), ("بليون", 1e9)),
    "en": (("bn", 1e9), ("mn", 1e6), ("mln", 1e6), ("bln", 1e9), ("tn", 1e12), ("trn", 1e12),
           ("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7), ("crores", 1e7), ("lakh crore", 1e12)),
    "zh": (("千", 1e3), ("万", 1e4), ("萬", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7),
           ("亿", 1e8), ("億", 1e8), ("十亿", 1e9), ("百亿", 1e10), ("千亿", 1e11),
           ("万亿", 1e12), ("萬億", 1e12), ("兆", 1e12)),
    "ja": (("千", 1e3), ("万", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("億", 1e8),
           ("十億", 1e9), ("百億", 1e10), ("千億", 1e11), ("兆", 1e12)),
    "ko": (("천", 1e3), ("만", 1e4), ("십만", 1e5), ("백만", 1e6), ("천만", 1e7), ("억", 1e8),
           ("십억", 1e9), ("백억", 1e10), ("천억", 1e11), ("조", 1e12)),
    # Indian numbering: lakh 1e5, crore 1e7, arab 1e9; "लाख करोड़" (a lakh crore) 1e12.
    # करोड़ is written with a precomposed ड़ (U+095C) or with ड + nukta (U+093C).
    "hi": (("\u0915\u0930\u094b\u0921", 1e7), ("\u0915\u0930\u094b\u095c", 1e7),
           ("\u0915\u0930\u094b\u0921\u093c", 1e7), ("\u0932\u093e\u0916", 1e5),
           ("\u0939\u091c\u093e\u0930", 1e3), ("\u0939\u095b\u093e\u0930", 1e3),
           ("\u0939\u091c\u093c\u093e\u0930", 1e3), ("\u0905\u0930\u092c", 1e9),
           ("\u0932\u093e\u0916 \u0915\u0930\u094b\u0921", 1e12),
           ("\u0932\u093e\u0916 \u0915\u0930\u094b\u095c", 1e12),
           ("\u0932\u093e\u0916 \u0915\u0930\u094b\u0921\u093c", 1e12),
           ("मिलियन", 1e6), ("बिलियन", 1e9)),
    "ur": (("ملین", 1e6), ("بلین", 1e9), ("ہزار", 1e3), ("لاکھ", 1e5), ("کروڑ", 1e7),
           ("ارب", 1e9), ("کھرب", 1e11)),
    "fa": (("هزار", 1e3), ("میلیون", 1e6), ("میلیارد", 1e9), ("هزار میلیارد", 1e12),
           ("بیلیون", 1e9), ("تریلیون", 1e12)),
}

# Latin-script abbreviations this short are matched only glued to the digits ("5M"),
# never after a space, so that "56 K..." or a stray initial is not read as a scale.
SHORT_ABBREVIATION_MAX = 1
