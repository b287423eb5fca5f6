"""f02: FICTIONAL 25th conference of the Lang Son Provincial Party Executive Committee, review of the first 6 months of 2025 (no date).

Fictional as a whole (people, figures and the conference are invented), written by helper
f for the held-out reader test in Arabic, Hindi and Japanese, in the style of the site's
machine translations. No edition gives the meeting day (figures run to 30 June 2025; the
deadlines are not the meeting date). Traps: the Arabic edition in Latin digits with the
Arabic comma as thousands separator ("3،850 مليار"), a decimal comma ("7,25%", "412,5
مليون"), U+066C in Latin digits ("1٬320"), "٪", "في المائة", "بالمائة", the dual
"مليوني" (2 million, written without a digit), "نحو", "أقل من"; the Hindi edition in
Devanagari digits (०-९) with crore and lakh ("४१.२५ करोड़ अमेरिकी डॉलर" = 412.5 million,
"२० लाख से अधिक"), "करीब", "से कम", the ordinal "२५वाँ"; the Japanese edition with
full-width digits ("７．２５％", "３兆８，５００億ドン", "２１０社"), "4億1,250万ドル",
counters (戸, 人, 件, カ所), "以上", "約", "未満". The ordinal conference number, the
6-month durations, the 5-star hotel and the 2025-2030 term are not KPIs; the finance
department's proposal to the central government is not a directive, nor is the praise.
"""

M6 = "first 6 months of 2025"
TITLE = ("25th conference of the Lang Son Provincial Party Executive Committee reviewing the "
         "socio-economic situation of the first 6 months of 2025")
NGHIEM = ("Secretary of the Provincial Party Committee",)
QUYNH = ("Standing Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Council")
HAU = ("Deputy Secretary of the Provincial Party Committee", "Chairwoman of the Provincial People's Committee")
TUAN = ("Director of the Department of Finance",)
THANH = ("Director of the Department of Industry and Trade",)

STORY = {
    "id": "f02",
    "province": "Lang Son",
    "based_on": "fictional (helper f)",
    "events": {"f02": {"title": TITLE, "date": None}},
    "people": {
        "hoang-van-nghiem@lang-son": {"name": "Hoang Van Nghiem", "province": "Lang Son"},
        "luong-trong-quynh@lang-son": {"name": "Luong Trong Quynh", "province": "Lang Son"},
        "doan-thi-hau@lang-son": {"name": "Doan Thi Hau", "province": "Lang Son"},
        "nong-van-tuan@lang-son": {"name": "Nong Van Tuan", "province": "Lang Son"},
        "chu-thi-thanh@lang-son": {"name": "Chu Thi Thanh", "province": "Lang Son"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate year on year", "value": 7.25, "scale": 1,
                 "unit": "%", "period": M6},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 3850, "scale": 1e9,
                   "unit": "VND", "period": M6},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the annual estimate",
                       "value": 61.4, "scale": 1, "unit": "%", "period": M6},
        "exports": {"code": "export_turnover", "indicator": "export turnover through the border gates", "value": 412.5,
                    "scale": 1e6, "unit": "USD", "period": M6},
        "tourists": {"code": "tourism_arrivals", "indicator": "tourist arrivals", "value": 2, "scale": 1e6,
                     "unit": "people", "qualifier": "over", "period": M6},
        "disbursement": {"code": "public_investment_disbursement", "indicator": "public investment capital disbursed as share of plan",
                         "value": 42.8, "scale": 1, "unit": "%", "period": "by 30 June 2025"},
        "enterprises": {"code": None, "indicator": "new enterprises established", "value": 210, "scale": 1,
                        "unit": "enterprises", "period": M6},
        "houses": {"code": None, "indicator": "houses built for poor households", "value": 1320, "scale": 1,
                   "unit": "houses", "period": M6},
        "jobs": {"code": None, "indicator": "workers provided with jobs", "value": 8600, "scale": 1, "unit": "people",
                 "qualifier": "about", "period": M6},
        "unemployment": {"code": None, "indicator": "urban unemployment rate", "value": 3, "scale": 1, "unit": "%",
                         "qualifier": "under"},
        "schools": {"code": None, "indicator": "additional schools meeting national standards", "value": 35,
                    "scale": 1, "unit": "schools", "period": M6},
        "accidents": {"code": None, "indicator": "traffic accidents", "value": 57, "scale": 1, "unit": "cases",
                      "period": M6},
        "accidents_down": {"code": None, "indicator": "decrease in traffic accidents year on year", "value": 12.3,
                           "scale": 1, "unit": "%", "period": M6},
    },
    "editions": [],
}

AR = """مؤتمر اللجنة التنفيذية لحزب مقاطعة لانغ سون لمراجعة الوضع الاجتماعي والاقتصادي في الأشهر الستة الأولى من عام 2025

عقدت اللجنة التنفيذية لحزب مقاطعة لانغ سون مؤتمرها الـ25 لمراجعة الوضع الاجتماعي والاقتصادي في الأشهر الستة الأولى من عام 2025 وتحديد المهام للأشهر الستة الأخيرة من العام. وترأس المؤتمر الرفيق هوانغ فان نغيم، سكرتير لجنة الحزب الإقليمية. وحضر المؤتمر الرفيق لوونغ ترونغ كوينه، نائب السكرتير الدائم للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي.

وفي التقرير الذي قدمته، قالت الرفيقة دوان ثي هاو، نائبة سكرتير لجنة الحزب الإقليمية، رئيسة اللجنة الشعبية الإقليمية، إن الناتج المحلي الإجمالي الإقليمي نما في الأشهر الستة الأولى بنسبة 7,25% مقارنة بالفترة نفسها من العام الماضي. وبلغت إيرادات ميزانية الدولة 3،850 مليار دونغ، أي 61,4 في المائة من التقديرات السنوية. وبلغ حجم الصادرات عبر المعابر الحدودية 412,5 مليون دولار أمريكي. واستقبلت المقاطعة أكثر من مليوني زائر.

وحتى 30 يونيو 2025، بلغت نسبة صرف رأس مال الاستثمار العام 42,8٪ من الخطة. وتأسست 210 شركات جديدة، وتم بناء 1٬320 منزلا للأسر الفقيرة، وتوفير فرص عمل لنحو 8600 عامل. وظل معدل البطالة في المناطق الحضرية أقل من 3%، واستوفت 35 مدرسة إضافية المعايير الوطنية.

ووقع في المقاطعة 57 حادث مرور، بانخفاض قدره 12,3 بالمائة على أساس سنوي. كما افتتح في مدينة لانغ سون فندق من فئة 5 نجوم. ومع ذلك، لا يزال تنفيذ بعض المشاريع الكبرى، مثل الطريق السريع هوو نغي - تشي لانغ، بطيئًا.

وفي المؤتمر، تحدث مدير إدارة المالية نونغ فان توان ومديرة إدارة الصناعة والتجارة تشو ثي ثانه؛ واقترحت إدارة المالية على الحكومة المركزية النظر في تخصيص رأس مال إضافي لمشاريع المناطق الحدودية.

وفي ختام المؤتمر، أشاد سكرتير لجنة الحزب الإقليمية هوانغ فان نغيم بالجهود التي بذلتها المقاطعة. وطلب من اللجنة الشعبية الإقليمية استكمال صرف كامل رأس مال الاستثمار العام قبل 31 يناير 2026. ويجب على لجان الحزب على جميع المستويات التركيز على التحضير الجيد لمؤتمرات الحزب على جميع المستويات للفترة 2025-2030. وكلف الرفيق إدارة الصناعة والتجارة بالتنسيق مع المعابر الحدودية لتسهيل أنشطة الاستيراد والتصدير.

المصدر: صحيفة لانغ سون"""

HI = """लांग सोन प्रांतीय पार्टी कार्यकारी समिति ने २०२५ के पहले ६ महीनों की सामाजिक-आर्थिक स्थिति की समीक्षा की

लांग सोन प्रांतीय पार्टी कार्यकारी समिति ने २०२५ के पहले ६ महीनों की सामाजिक-आर्थिक स्थिति की समीक्षा करने और वर्ष के अंतिम ६ महीनों के कार्यों को निर्धारित करने के लिए अपना २५वाँ सम्मेलन आयोजित किया। प्रांतीय पार्टी समिति के सचिव कॉमरेड होआंग वान न्घिएम ने सम्मेलन की अध्यक्षता की। सम्मेलन में प्रांतीय पार्टी समिति के स्थायी उप सचिव, प्रांतीय जन परिषद के अध्यक्ष लुओंग त्रोंग क्विन्ह भी उपस्थित थे।

रिपोर्ट प्रस्तुत करते हुए प्रांतीय पार्टी समिति की उप सचिव, प्रांतीय जन समिति की अध्यक्ष सुश्री दोआन थी हाउ ने कहा कि पहले ६ महीनों में प्रांत के सकल क्षेत्रीय घरेलू उत्पाद (जीआरडीपी) में पिछले वर्ष की इसी अवधि की तुलना में ७.२५% की वृद्धि हुई। राज्य बजट राजस्व ३,८५० अरब डोंग तक पहुँच गया, जो वार्षिक अनुमान का ६१.४ प्रतिशत है। सीमा द्वारों के माध्यम से निर्यात कारोबार ४१.२५ करोड़ अमेरिकी डॉलर रहा। प्रांत ने २० लाख से अधिक पर्यटकों का स्वागत किया।

३० जून २०२५ तक सार्वजनिक निवेश पूंजी का वितरण योजना के ४२.८% तक पहुँच गया। २१० नए उद्यम स्थापित हुए, गरीब परिवारों के लिए १,३२० मकान बनाए गए और करीब ८,६०० श्रमिकों को रोज़गार मिला। शहरी क्षेत्रों में बेरोज़गारी दर ३% से कम रही, और ३५ और स्कूलों ने राष्ट्रीय मानक हासिल किए।

प्रांत में ५७ यातायात दुर्घटनाएँ हुईं, जो पिछले वर्ष की तुलना में १२.३ प्रतिशत कम है। लांग सोन शहर में एक ५ सितारा होटल भी खोला गया। हालांकि, हुउ न्घी - ची लांग एक्सप्रेसवे जैसी कुछ बड़ी परियोजनाओं का कार्यान्वयन अभी भी धीमा है।

सम्मेलन में वित्त विभाग के निदेशक नोंग वान तुआन और उद्योग एवं व्यापार विभाग की निदेशक चू थी थान ने भी अपने विचार रखे; वित्त विभाग ने केंद्र सरकार से सीमावर्ती क्षेत्रों की परियोजनाओं के लिए अतिरिक्त पूंजी आवंटित करने का प्रस्ताव रखा।

सम्मेलन का समापन करते हुए, प्रांतीय पार्टी सचिव होआंग वान न्घिएम ने प्रांत के प्रयासों की सराहना की। उन्होंने प्रांतीय जन समिति से ३१ जनवरी २०२६ से पहले सार्वजनिक निवेश पूंजी का पूर्ण वितरण पूरा करने का अनुरोध किया। सभी स्तरों की पार्टी समितियों को २०२५-२०३० कार्यकाल के लिए सभी स्तरों के पार्टी अधिवेशनों की अच्छी तैयारी पर ध्यान केंद्रित करना चाहिए। सचिव ने उद्योग एवं व्यापार विभाग को आयात-निर्यात गतिविधियों को सुविधाजनक बनाने के लिए सीमा द्वारों के साथ समन्वय करने का कार्य सौंपा।

स्रोत: लांग सोन समाचार पत्र"""

JA = """ランソン省党執行委員会、2025年上半期の社会経済状況を検討

ランソン省党執行委員会は第25回会議を開催し、2025年上半期の社会経済状況を検討し、下半期6カ月の任務を定めた。会議は省党委員会書記のホアン・バン・ギエム同志が主宰した。会議には省党委員会常任副書記で省人民評議会議長のルオン・チョン・クイン同志も出席した。

報告を行った省党委員会副書記で省人民委員会委員長のドアン・ティ・ハウ女史によると、上半期の省の域内総生産（GRDP）は前年同期比７．２５％増加した。国家予算収入は３兆８，５００億ドンに達し、年間見積もりの61.4パーセントとなった。国境ゲートを通じた輸出額は4億1,250万ドルに達した。省は200万人以上の観光客を迎えた。

2025年6月30日時点で、公共投資資本の執行率は計画の42.8％に達した。新たに２１０社の企業が設立され、貧困世帯向けに1,320戸の住宅が建設され、約8,600人の労働者に雇用が提供された。都市部の失業率は3％未満にとどまり、さらに35カ所の学校が国家基準を達成した。

省内では交通事故が57件発生し、前年比12.3％減少した。ランソン市では5つ星ホテルも開業した。しかし、フーギー～チーラン高速道路などの一部の大規模プロジェクトの実施は依然として遅れている。

会議では、財政局のノン・バン・トゥアン局長と商工局のチュー・ティ・タイン局長も発言した。財政局は、国境地域のプロジェクトに追加資本を配分するよう中央政府に提案した。

会議を締めくくり、ホアン・バン・ギエム省党委員会書記は、省の努力を高く評価した。同氏は省人民委員会に対し、2026年1月31日までに公共投資資本の全額執行を完了するよう要請した。各級党委員会は、2025～2030年任期の各級党大会の準備に注力しなければならない。同書記は商工局に対し、国境ゲートと連携して輸出入活動を円滑化するよう指示した。

出典: ランソン新聞"""

BASE = {"kind": "conference", "title": TITLE, "date": None, "location": "Lang Son province"}
ISSUER = "hoang-van-nghiem@lang-son"
PPC = "Provincial People's Committee"
ACT_DISB = "Complete the disbursement of all public investment capital before 31 January 2026"
ACT_CONG = "Focus on preparing well for the Party congresses at all levels for the 2025-2030 term"
ACT_TRADE = "Coordinate with the border gates to facilitate import and export activities"
DOIT = "Department of Industry and Trade"
PARTY = "Party committees at all levels"


def _people(names: tuple[str, str, str, str, str]) -> list[tuple]:
    keys = [("hoang-van-nghiem@lang-son", NGHIEM, "chair"), ("luong-trong-quynh@lang-son", QUYNH, "attendee"),
            ("doan-thi-hau@lang-son", HAU, "speaker"), ("nong-van-tuan@lang-son", TUAN, "speaker"),
            ("chu-thi-thanh@lang-son", THANH, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "ar", "text": AR, "notes": "no date; 3،850 مليار; 7,25%; 1٬320; مليوني; بالمائة", "meetings": [{
        **BASE,
        "attendees": _people(("هوانغ فان نغيم", "لوونغ ترونغ كوينه", "دوان ثي هاو", "نونغ فان توان", "تشو ثي ثانه")),
        "kpis": [
            {"fact": "grdp", "evidence": "إن الناتج المحلي الإجمالي الإقليمي نما في الأشهر الستة الأولى بنسبة 7,25% مقارنة بالفترة نفسها من العام الماضي"},
            {"fact": "budget", "evidence": "وبلغت إيرادات ميزانية الدولة 3،850 مليار دونغ"},
            {"fact": "budget_pct", "evidence": "وبلغت إيرادات ميزانية الدولة 3،850 مليار دونغ، أي 61,4 في المائة من التقديرات السنوية"},
            {"fact": "exports", "evidence": "وبلغ حجم الصادرات عبر المعابر الحدودية 412,5 مليون دولار أمريكي"},
            {"fact": "tourists", "evidence": "واستقبلت المقاطعة أكثر من مليوني زائر"},
            {"fact": "disbursement", "evidence": "وحتى 30 يونيو 2025، بلغت نسبة صرف رأس مال الاستثمار العام 42,8٪ من الخطة"},
            {"fact": "enterprises", "evidence": "وتأسست 210 شركات جديدة"},
            {"fact": "houses", "evidence": "وتم بناء 1٬320 منزلا للأسر الفقيرة"},
            {"fact": "jobs", "evidence": "وتوفير فرص عمل لنحو 8600 عامل"},
            {"fact": "unemployment", "evidence": "وظل معدل البطالة في المناطق الحضرية أقل من 3%"},
            {"fact": "schools", "evidence": "واستوفت 35 مدرسة إضافية المعايير الوطنية"},
            {"fact": "accidents", "evidence": "ووقع في المقاطعة 57 حادث مرور"},
            {"fact": "accidents_down", "evidence": "ووقع في المقاطعة 57 حادث مرور، بانخفاض قدره 12,3 بالمائة على أساس سنوي"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2026-01-31",
             "وطلب من اللجنة الشعبية الإقليمية استكمال صرف كامل رأس مال الاستثمار العام قبل 31 يناير 2026."),
            (ISSUER, PARTY, ACT_CONG, None,
             "ويجب على لجان الحزب على جميع المستويات التركيز على التحضير الجيد لمؤتمرات الحزب على جميع المستويات للفترة 2025-2030."),
            (ISSUER, DOIT, ACT_TRADE, None,
             "وكلف الرفيق إدارة الصناعة والتجارة بالتنسيق مع المعابر الحدودية لتسهيل أنشطة الاستيراد والتصدير."),
        ],
    }]},
    {"lang": "hi", "text": HI, "notes": "no date; Devanagari digits; ४१.२५ करोड़; २० लाख से अधिक; २५वाँ", "meetings": [{
        **BASE,
        "attendees": _people(("होआंग वान न्घिएम", "लुओंग त्रोंग क्विन्ह", "दोआन थी हाउ", "नोंग वान तुआन", "चू थी थान")),
        "kpis": [
            {"fact": "grdp", "evidence": "पहले ६ महीनों में प्रांत के सकल क्षेत्रीय घरेलू उत्पाद (जीआरडीपी) में पिछले वर्ष की इसी अवधि की तुलना में ७.२५% की वृद्धि हुई"},
            {"fact": "budget", "evidence": "राज्य बजट राजस्व ३,८५० अरब डोंग तक पहुँच गया"},
            {"fact": "budget_pct", "evidence": "राज्य बजट राजस्व ३,८५० अरब डोंग तक पहुँच गया, जो वार्षिक अनुमान का ६१.४ प्रतिशत है"},
            {"fact": "exports", "value": 41.25, "scale": 1e7, "evidence": "सीमा द्वारों के माध्यम से निर्यात कारोबार ४१.२५ करोड़ अमेरिकी डॉलर रहा"},
            {"fact": "tourists", "value": 20, "scale": 1e5, "evidence": "प्रांत ने २० लाख से अधिक पर्यटकों का स्वागत किया"},
            {"fact": "disbursement", "evidence": "३० जून २०२५ तक सार्वजनिक निवेश पूंजी का वितरण योजना के ४२.८% तक पहुँच गया"},
            {"fact": "enterprises", "evidence": "२१० नए उद्यम स्थापित हुए"},
            {"fact": "houses", "evidence": "गरीब परिवारों के लिए १,३२० मकान बनाए गए"},
            {"fact": "jobs", "evidence": "करीब ८,६०० श्रमिकों को रोज़गार मिला"},
            {"fact": "unemployment", "evidence": "शहरी क्षेत्रों में बेरोज़गारी दर ३% से कम रही"},
            {"fact": "schools", "evidence": "३५ और स्कूलों ने राष्ट्रीय मानक हासिल किए"},
            {"fact": "accidents", "evidence": "प्रांत में ५७ यातायात दुर्घटनाएँ हुईं"},
            {"fact": "accidents_down", "evidence": "प्रांत में ५७ यातायात दुर्घटनाएँ हुईं, जो पिछले वर्ष की तुलना में १२.३ प्रतिशत कम है"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2026-01-31",
             "उन्होंने प्रांतीय जन समिति से ३१ जनवरी २०२६ से पहले सार्वजनिक निवेश पूंजी का पूर्ण वितरण पूरा करने का अनुरोध किया।"),
            (ISSUER, PARTY, ACT_CONG, None,
             "सभी स्तरों की पार्टी समितियों को २०२५-२०३० कार्यकाल के लिए सभी स्तरों के पार्टी अधिवेशनों की अच्छी तैयारी पर ध्यान केंद्रित करना चाहिए।"),
            (ISSUER, DOIT, ACT_TRADE, None,
             "सचिव ने उद्योग एवं व्यापार विभाग को आयात-निर्यात गतिविधियों को सुविधाजनक बनाने के लिए सीमा द्वारों के साथ समन्वय करने का कार्य सौंपा।"),
        ],
    }]},
    {"lang": "ja", "text": JA, "notes": "no date; full-width ７．２５％ / ３兆８，５００億 / ２１０社; 4億1,250万ドル; 200万人以上", "meetings": [{
        **BASE,
        "attendees": _people(("ホアン・バン・ギエム", "ルオン・チョン・クイン", "ドアン・ティ・ハウ",
                              "ノン・バン・トゥアン", "チュー・ティ・タイン")),
        "kpis": [
            {"fact": "grdp", "evidence": "上半期の省の域内総生産（GRDP）は前年同期比７．２５％増加した"},
            {"fact": "budget", "value": 3.85, "scale": 1e12, "evidence": "国家予算収入は３兆８，５００億ドンに達し"},
            {"fact": "budget_pct", "evidence": "国家予算収入は３兆８，５００億ドンに達し、年間見積もりの61.4パーセントとなった"},
            {"fact": "exports", "value": 41250, "scale": 1e4, "evidence": "国境ゲートを通じた輸出額は4億1,250万ドルに達した"},
            {"fact": "tourists", "value": 200, "scale": 1e4, "evidence": "省は200万人以上の観光客を迎えた"},
            {"fact": "disbursement", "evidence": "2025年6月30日時点で、公共投資資本の執行率は計画の42.8％に達した"},
            {"fact": "enterprises", "evidence": "新たに２１０社の企業が設立され"},
            {"fact": "houses", "evidence": "貧困世帯向けに1,320戸の住宅が建設され"},
            {"fact": "jobs", "evidence": "約8,600人の労働者に雇用が提供された"},
            {"fact": "unemployment", "evidence": "都市部の失業率は3％未満にとどまり"},
            {"fact": "schools", "evidence": "さらに35カ所の学校が国家基準を達成した"},
            {"fact": "accidents", "evidence": "省内では交通事故が57件発生し"},
            {"fact": "accidents_down", "evidence": "省内では交通事故が57件発生し、前年比12.3％減少した"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2026-01-31",
             "同氏は省人民委員会に対し、2026年1月31日までに公共投資資本の全額執行を完了するよう要請した。"),
            (ISSUER, PARTY, ACT_CONG, None,
             "各級党委員会は、2025～2030年任期の各級党大会の準備に注力しなければならない。"),
            (ISSUER, DOIT, ACT_TRADE, None,
             "同書記は商工局に対し、国境ゲートと連携して輸出入活動を円滑化するよう指示した。"),
        ],
    }]},
]
