"""Hand-written sentences, per language, with the number forms that broke the validators.

Each form: (language, sentence, figure as written, value, scale, percent, qualifier).
``value`` x ``scale`` is the amount; ``value``/``scale`` follow the labelling
convention of corpus/ANNOTATION.md (a compound amount in its largest unit). Used by
tests/test_number_forms.py and by ``bench/mutations.py --forms`` (zero false errors).
"""

from __future__ import annotations

from typing import NamedTuple


class Form(NamedTuple):
    language: str
    sentence: str
    figure: str  # the figure as written (its span must contain this)
    value: float
    scale: float
    percent: bool = False
    qualifier: str | None = None
    unit: str = "VND"


NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"

FORMS: list[Form] = [
    # ---------------------------------------------------------------- Japanese
    Form("ja", "今年度の県の予算は5兆3,100億円に達した。", "5兆3,100億", 5.31, 1e12, unit="JPY"),
    Form("ja", "観光客は7万2千人を超えた。", "7万2千", 7.2, 1e4, qualifier="over", unit="people"),
    Form("ja", "申請件数は1万2000件だった。", "1万2000", 1.2, 1e4, unit="applications"),
    Form("ja", "成長率は３．５％だった。", "３．５", 3.5, 1, True, unit="%"),
    Form("ja", "売上高は１２，５００億円となった。", "１２，５００", 12500, 1e8, unit="JPY"),
    Form("ja", "事業費は約2億4,500万円である。", "2億4,500万", 2.45, 1e8, qualifier="about", unit="JPY"),
    # ---------------------------------------------------------------- Chinese
    Form("zh", "全市地区生产总值达3亿5千万元。", "3亿5千万", 3.5, 1e8, unit="CNY"),
    Form("zh", "固定资产投资完成1.2万亿元，同比增长6.5%。", "1.2万亿", 1.2, 1e12, unit="CNY"),
    Form("zh", "固定资产投资完成1.2万亿元，同比增长6.5%。", "6.5%", 6.5, 1, True, unit="%"),
    Form("zh", "全年新增就业2万3千人。", "2万3千", 2.3, 1e4, unit="people"),
    Form("zh", "全县共有1万2000户脱贫。", "1万2000", 1.2, 1e4, unit="households"),
    Form("zh", "营业收入12,345万元。", "12,345万", 12345, 1e4, unit="CNY"),
    Form("zh", "财政收入5亿3千万元以上。", "5亿3千万", 5.3, 1e8, qualifier="over", unit="CNY"),
    # figures in Chinese numerals
    Form("zh", "全县共有三千五百户脱贫。", "三千五百", 3500, 1, unit="households"),
    Form("zh", "全年完成投资一百二十亿元。", "一百二十亿", 120, 1e8, unit="CNY"),
    Form("zh", "地区生产总值增长百分之六点五。", "六点五", 6.5, 1, True, unit="%"),
    Form("zh", "新增就业一万二千人。", "一万二千", 1.2, 1e4, unit="people"),
    # ---------------------------------------------------------------- Korean
    Form("ko", "올해 예산은 2억 4,500만 원이다.", "2억 4,500만", 2.45, 1e8, unit="KRW"),
    Form("ko", "방문객은 7만 2천 명을 넘었다.", "7만 2천", 7.2, 1e4, unit="people"),
    Form("ko", "총 사업비는 1조 2,000억 원이다.", "1조 2,000억", 1.2, 1e12, unit="KRW"),
    Form("ko", "참가자는 1만 2000명이었다.", "1만 2000", 1.2, 1e4, unit="people"),
    Form("ko", "고용률은 약 65.3%였다.", "65.3%", 65.3, 1, True, "about", unit="%"),
    # ---------------------------------------------------------------- Hindi
    Form("hi", "जिले का बजट 2 करोड़ 50 लाख रुपये है।", "2 करोड़ 50 लाख", 2.5, 1e7, unit="INR"),
    # the same with a precomposed \u095c (ड़) instead of ड + nukta
    Form("hi", "जिले का बजट 2 \u0915\u0930\u094b\u095c 50 लाख रुपये है।", "2 \u0915\u0930\u094b\u095c 50 लाख", 2.5,
         1e7, unit="INR"),
    Form("hi", "कुल 1,25,000 परिवारों को लाभ मिला।", "1,25,000", 125000, 1, unit="households"),
    Form("hi", "राजस्व 1.5 लाख करोड़ रुपये रहा।", "1.5 लाख करोड़", 1.5, 1e12, unit="INR"),
    Form("hi", "योजना में २५ प्रतिशत की वृद्धि हुई।", "२५ प्रतिशत", 25, 1, True, unit="%"),
    Form("hi", "लगभग ३ करोड़ ४० लाख रुपये खर्च हुए।", "३ करोड़ ४० लाख", 3.4, 1e7, qualifier="about",
         unit="INR"),
    # ---------------------------------------------------------------- Urdu
    Form("ur", "منصوبے پر 2 کروڑ 50 لاکھ روپے خرچ ہوئے۔", "2 کروڑ 50 لاکھ", 2.5, 1e7, unit="PKR"),
    Form("ur", "تقریباً 1,25,000 خاندانوں کو فائدہ ہوا۔", "1,25,000", 125000, 1, qualifier="about",
         unit="households"),
    Form("ur", "شرح خواندگی ۶۲ فیصد ہے۔", "۶۲ فیصد", 62, 1, True, unit="%"),
    # ---------------------------------------------------------------- Arabic
    Form("ar", "بلغت إيرادات الميزانية 27, 415 مليار دونج.", "27, 415 مليار", 27415, 1e9),
    Form("ar", "بلغ حجم الاستثمار 27 ,415 مليار دونج.", "27 ,415 مليار", 27415, 1e9),
    Form("ar", "بلغت الإيرادات ١٤٬٩٦٣ مليار دونج في عام ٢٠٢٣.", "١٤٬٩٦٣ مليار", 14963, 1e9),
    Form("ar", "بلغ معدل النمو ٦٫٥٢٪ هذا العام.", "٦٫٥٢٪", 6.52, 1, True, unit="%"),
    Form("ar", "بلغت قيمة المشروع 5 مليارات و300 مليون دونج.", "5 مليارات و300 مليون", 5.3, 1e9),
    Form("ar", "أكثر من 1,299 مليون دولار من الصادرات.", "1,299 مليون", 1299, 1e6,
         qualifier="over", unit="USD"),
    # ---------------------------------------------------------------- Persian
    Form("fa", "درآمد استان ۱۴٬۹۶۳ میلیارد تومان بود.", "۱۴٬۹۶۳ میلیارد", 14963, 1e9, unit="IRT"),
    Form("fa", "نرخ رشد ۶٫۵ درصد بود.", "۶٫۵ درصد", 6.5, 1, True, unit="%"),
    Form("fa", "بیش از ۲۷, ۴۱۵ میلیارد ریال سرمایه جذب شد.", "۲۷, ۴۱۵ میلیارد", 27415, 1e9,
         qualifier="over", unit="IRR"),
    Form("fa", "درآمد استان به ۶ هزار و ۳۰۰ میلیارد ریال رسید.", "۶ هزار و ۳۰۰ میلیارد",
         6300, 1e9, unit="IRR"),
    # ---------------------------------------------------------------- Bengali
    Form("bn", "প্রদেশে ২৫০ কিলোমিটারের বেশি রাস্তা নির্মিত হয়েছে।", "২৫০", 250, 1,
         qualifier="over", unit="km"),
    # ---------------------------------------------------------------- Ukrainian / Russian
    Form("uk", f"Доходи бюджету склали 3{NBSP}312 млрд донгів.", "3\u00a0312 млрд", 3312, 1e9),
    Form("uk", f"Доходи бюджету склали 3{THIN}312 млрд донгів.", "3\u2009312 млрд", 3312, 1e9),
    Form("uk", "Обсяг інвестицій сягнув 27 ,415 млрд донгів.", "27 ,415 млрд", 27415, 1e9),
    Form("ru", f"Экспорт составил более 1{NNBSP}299 млн долларов.", "1\u202f299 млн", 1299, 1e6,
         qualifier="over", unit="USD"),
    Form("ru", "Рост составил 6,52% за девять месяцев.", "6,52%", 6.52, 1, True, unit="%"),
    # ---------------------------------------------------------------- Polish / Czech
    Form("pl", "Dochody wyniosły ponad 3 312 mld VND.", "3 312 mld", 3312, 1e9, qualifier="over"),
    Form("pl", f"Obroty wyniosły 1{NNBSP}299 mln USD.", "1\u202f299 mln", 1299, 1e6, unit="USD"),
    Form("cs", "Příjmy dosáhly 3 312 mld. Kč.", "3 312 mld.", 3312, 1e9, unit="CZK"),
    Form("cs", "Obec má přes 1,2 mil. obyvatel.", "1,2 mil.", 1.2, 1e6, qualifier="over",
         unit="people"),
    Form("cs", "Nezaměstnanost klesla na 3,5 %.", "3,5 %", 3.5, 1, True, unit="%"),
    # ---------------------------------------------------------------- German / French / Spanish
    Form("de", "Der Umsatz lag bei 1.234,5 Mio. Euro.", "1.234,5 Mio.", 1234.5, 1e6, unit="EUR"),
    Form("de", "Die Investitionen betrugen 27 ,415 Mrd. Euro.", "27 ,415 Mrd.", 27415, 1e9,
         unit="EUR"),
    Form("fr", f"Les recettes ont atteint 27{NNBSP}415 milliards de dongs.", "27\u202f415 milliards",
         27415, 1e9),
    Form("fr", "La croissance a atteint 6,52 % sur neuf mois.", "6,52 %", 6.52, 1, True, unit="%"),
    Form("es", "Las exportaciones sumaron 27.415 millones de euros.", "27.415 millones", 27415, 1e6,
         unit="EUR"),
    Form("es", "La inversión llegó a 27, 415 millones de euros.", "27, 415 millones", 27415, 1e6,
         unit="EUR"),
    # ---------------------------------------------------------------- Vietnamese / Thai / English
    Form("vi", "Tổng thu ngân sách đạt 3.312 tỷ đồng.", "3.312 tỷ", 3312, 1e9),
    Form("vi", "Huyện đã huy động 5 tỷ 300 triệu đồng.", "5 tỷ 300 triệu", 5.3, 1e9),
    # N thousand M billion: read in the unit named last (4,250 billion)
    Form("vi", "Vốn đầu tư toàn xã hội đạt 4 nghìn 250 tỷ đồng.", "4 nghìn 250 tỷ", 4250, 1e9),
    Form("vi", "Có 1.200 hộ trở lên được hỗ trợ.", "1.200", 1200, 1, qualifier="over",
         unit="households"),
    Form("vi", "Tốc độ tăng trưởng đạt 6,52%.", "6,52%", 6.52, 1, True, unit="%"),
    Form("th", "งบประมาณรวม ๑,๒๕๐ ล้านบาท", "๑,๒๕๐ ล้าน", 1250, 1e6, unit="THB"),
    Form("th", "ลงทุนมากกว่า 27, 415 ล้านบาท", "27, 415 ล้าน", 27415, 1e6, qualifier="over",
         unit="THB"),
    Form("en", "Revenue reached 27 ,415 billion dong.", "27 ,415 billion", 27415, 1e9),
    Form("en", "Tax receipts were Rs 1.5 lakh crore this year.", "1.5 lakh crore", 1.5, 1e12,
         unit="INR"),
    Form("en", "The scheme reached 1,25,000 households.", "1,25,000", 125000, 1, unit="households"),
    Form("en", f"Exports rose to 1{NBSP}299 million dollars.", "1\u00a0299 million", 1299, 1e6,
         unit="USD"),
    # ---------------------------------------------------------------- more scripts and languages
    Form("id", "Investasi sebesar 27, 415 miliar rupiah.", "27, 415 miliar", 27415, 1e9, unit="IDR"),
    Form("id", "Pendapatan mencapai Rp 1,5 triliun pada 2023.", "1,5 triliun", 1.5, 1e12, unit="IDR"),
    Form("tr", "Büyüme %6,52 oldu.", "6,52", 6.52, 1, True, unit="%"),
    Form("tr", "Gelir 1,5 milyar liraya ulaştı.", "1,5 milyar", 1.5, 1e9, unit="TRY"),
    Form("th", "มูลค่า 1.5 หมื่นล้านบาท", "1.5 หมื่นล้าน", 1.5, 1e10, unit="THB"),
    Form("he", "ההכנסות הגיעו ל-1.5 מיליארד ש\"ח", "1.5 מיליארד", 1.5, 1e9, unit="ILS"),
    Form("el", "Τα έσοδα ανήλθαν σε 1,5 δισ. ευρώ", "1,5 δισ.", 1.5, 1e9, unit="EUR"),
    Form("pt", "A receita foi de R$ 1,5 bilhão.", "1,5 bilhão", 1.5, 1e9, unit="BRL"),
    Form("it", "Ricavi per 1,5 miliardi di euro.", "1,5 miliardi", 1.5, 1e9, unit="EUR"),
    Form("nl", "De omzet bedroeg 1,5 miljard euro.", "1,5 miljard", 1.5, 1e9, unit="EUR"),
    Form("sv", "Intäkterna var 1,5 miljarder kronor.", "1,5 miljarder", 1.5, 1e9, unit="SEK"),
    Form("ro", "Veniturile au fost de 1,5 miliarde lei.", "1,5 miliarde", 1.5, 1e9, unit="RON"),
    Form("bn", "মোট ২,৫০,০০০ টাকা ব্যয় হয়েছে।", "২,৫০,০০০", 250000, 1, unit="BDT"),
    Form("vi", "Tổng vốn đạt 1 nghìn tỷ 200 tỷ đồng.", "1 nghìn tỷ 200 tỷ", 1.2, 1e12),
    Form("ko", "매출은 3조 5천억 원이다.", "3조 5천억", 3.5, 1e12, unit="KRW"),
    Form("zh", "共计３万５千人参加。", "３万５千", 3.5, 1e4, unit="people"),
    # ---------------------------------------------------------------- percent written as a word
    # before the number (Turkish, Swahili, Chinese, Sinhala)
    Form("tr", "Bölgenin ekonomisi geçen yıl yüzde 6,5 büyüdü.", "6,5", 6.5, 1, True, unit="%"),
    Form("tr", "Yatırımlar yüzde 12'den fazla arttı.", "12", 12, 1, True, "over", unit="%"),
    Form("tr", "Proje için yaklaşık 3,5 milyar dong ayrıldı.", "3,5 milyar", 3.5, 1e9, qualifier="about"),
    Form("tr", "Toplantıya 1.200'den fazla kişi katıldı.", "1.200", 1200, 1, qualifier="over", unit="people"),
    Form("sw", "Uchumi wa mkoa ulikua kwa asilimia 6.5 mwaka jana.", "6.5", 6.5, 1, True, unit="%"),
    Form("sw", "Mapato yaliongezeka kwa zaidi ya asilimia 10.", "10", 10, 1, True, "over", unit="%"),
    # English press abbreviations of billion and trillion
    Form("en", "Total investment reached VND1.2tn last year.", "1.2tn", 1.2, 1e12),
    Form("en", "The project costs VND 3.5 bln.", "3.5 bln", 3.5, 1e9),
    # ranges in words: the sign or scale word written once, after the second figure
    Form("en", "Growth is expected to be between 6 and 7 percent next year.", "6", 6, 1, True, unit="%"),
    Form("en", "The fund will lend from 2 to 3 million dong per household.", "2", 2, 1e6),
    Form("vi", "Tăng trưởng dự kiến đạt từ 6 đến 7% trong năm tới.", "6", 6, 1, True, unit="%"),
    Form("ru", "Рост составит от 6 до 7% в следующем году.", "6", 6, 1, True, unit="%"),
    Form("pl", "Wzrost wyniesie od 6 do 7 proc. w przyszłym roku.", "6", 6, 1, True, unit="%"),
    Form("de", "Das Wachstum soll zwischen 6 und 7 Prozent liegen.", "6", 6, 1, True, unit="%"),
    Form("fr", "La croissance devrait se situer entre 6 et 7 % l'an prochain.", "6", 6, 1, True, unit="%"),
    Form("es", "El crecimiento será de entre 6 y 7 por ciento.", "6", 6, 1, True, unit="%"),
    Form("ar", "من المتوقع أن يتراوح النمو بين 6 و 7 في المائة.", "6", 6, 1, True, unit="%"),
    Form("hi", "विकास दर 6 से 7 प्रतिशत रहने की उम्मीद है।", "6", 6, 1, True, unit="%"),
    # and the scale word before the digits, as CLDR writes it for Swahili and Hausa
    Form("sw", "Mkoa ulitenga shilingi bilioni 1.2 kwa barabara.", "1.2", 1.2, 1e9, unit="TZS"),
    Form("sw", "Zaidi ya watu elfu 25 walipata huduma.", "25", 25, 1e3, unit="people"),
    Form("ha", "Jihar ta kashe Naira biliyan 3.5 a kan hanyoyi.", "3.5", 3.5, 1e9, unit="NGN"),
    Form("zh", "全省地区生产总值同比增长百分之6.5。", "6.5", 6.5, 1, True, unit="%"),
    Form("si", "ආර්ථිකය සියයට 6.5 කින් වර්ධනය විය.", "6.5", 6.5, 1, True, unit="%"),
    # after the number, glued in Japanese and Korean
    Form("ja", "成長率は6.5パーセントだった。", "6.5パーセント", 6.5, 1, True, unit="%"),
    Form("ko", "성장률은 6.5퍼센트를 기록했다.", "6.5퍼센트", 6.5, 1, True, unit="%"),
    Form("fi", "Maakunnan talous kasvoi noin 6,5 prosenttia.", "6,5 prosenttia", 6.5, 1, True, "about",
         unit="%"),
    Form("el", "Η οικονομία της επαρχίας αυξήθηκε κατά 6,5 τοις εκατό.", "6,5 τοις εκατό", 6.5, 1, True,
         unit="%"),
    Form("el", "Πάνω από 1.200 άτομα συμμετείχαν στη διάσκεψη.", "1.200", 1200, 1, qualifier="over",
         unit="people"),
    Form("hu", "A tartomány gazdasága mintegy 6,5 százalékkal nőtt.", "6,5 százalékkal", 6.5, 1, True,
         "about", unit="%"),
    Form("hu", "Több mint 1200 fő vett részt.", "1200", 1200, 1, qualifier="over", unit="people"),
    Form("ms", "Ekonomi wilayah berkembang sebanyak 6.5 peratus.", "6.5 peratus", 6.5, 1, True, unit="%"),
    Form("bn", "প্রদেশের অর্থনীতি প্রায় ৬.৫ শতাংশ বৃদ্ধি পেয়েছে।", "৬.৫ শতাংশ", 6.5, 1, True, "about",
         unit="%"),
    Form("bn", "১০০-এর বেশি গ্রামে বিদ্যুৎ পৌঁছেছে।", "১০০", 100, 1, qualifier="over", unit="villages"),
    Form("tl", "Lumago ang ekonomiya ng lalawigan ng 6.5 porsiyento.", "6.5 porsiyento", 6.5, 1, True,
         unit="%"),
    Form("ta", "மாகாணத்தின் பொருளாதாரம் 6.5 சதவீதம் வளர்ந்தது.", "6.5 சதவீதம்", 6.5, 1, True, unit="%"),
    Form("my", "ပြည်နယ်စီးပွားရေး ၆.၅ ရာခိုင်နှုန်း တိုးတက်ခဲ့သည်။", "၆.၅ ရာခိုင်နှုန်း", 6.5, 1, True, unit="%"),
    Form("km", "សេដ្ឋកិច្ចខេត្តបានកើនឡើង ៦.៥ ភាគរយ។", "៦.៥ ភាគរយ", 6.5, 1, True, unit="%"),
    Form("lo", "ເສດຖະກິດແຂວງເຕີບໂຕ ໖.໕ ເປີເຊັນ.", "໖.໕ ເປີເຊັນ", 6.5, 1, True, unit="%"),
    Form("sk", "Hospodárstvo provincie vzrástlo o 6,5 percenta.", "6,5 percenta", 6.5, 1, True, unit="%"),
    Form("sl", "Gospodarstvo pokrajine je zraslo za 6,5 odstotka.", "6,5 odstotka", 6.5, 1, True, unit="%"),
    Form("hr", "Gospodarstvo pokrajine poraslo je 6,5 posto.", "6,5 posto", 6.5, 1, True, unit="%"),
    Form("bg", "Икономиката на провинцията нарасна с 6,5 процента.", "6,5 процента", 6.5, 1, True, unit="%"),
    Form("lt", "Provincijos ekonomika išaugo 6,5 procento.", "6,5 procento", 6.5, 1, True, unit="%"),
    Form("mn", "Мужийн эдийн засаг 6.5 хувиар өслөө.", "6.5 хувиар", 6.5, 1, True, unit="%"),
    Form("ka", "პროვინციის ეკონომიკა 6.5 პროცენტით გაიზარდა.", "6.5 პროცენტით", 6.5, 1, True, unit="%"),
    Form("hy", "Նահանգի տնտեսությունն աճել է 6.5 տոկոսով։", "6.5 տոկոսով", 6.5, 1, True, unit="%"),
    Form("am", "የክፍለ ሀገሩ ኢኮኖሚ በ6.5 በመቶ አድጓል።", "6.5 በመቶ", 6.5, 1, True, unit="%"),
]


def gold_pairs():
    """(record, article text) for every gold file: corpus/gold and corpus/editions/gold."""
    from pathlib import Path

    from extractor.articles import read_article
    from extractor.schemas import ArticleExtraction

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    out = []
    for folder in (corpus, corpus / "editions"):
        for path in sorted((folder / "gold").glob("*.json")):
            record = ArticleExtraction.model_validate_json(path.read_bytes())
            for suffix in (".txt", ".md", ".html"):
                article = folder / "articles" / f"{record.article_id}{suffix}"
                if article.is_file():
                    out.append((record, read_article(article).text))
                    break
    return out
