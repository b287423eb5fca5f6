"""f01: FICTIONAL working session of Ha Tinh Provincial People's Committee Chairman Phan Dinh Khiem with Huong Son district, 22 April 2025.

Fictional as a whole (people, figures and the session are invented), written by helper f
for the held-out reader test in Arabic, Hindi and Japanese, in the style of the site's
machine translations. The date is written in each language's own form ("٢٢ أبريل ٢٠٢٥",
"22 अप्रैल 2025", "2025年4月22日"). Traps: the Arabic edition is written in Arabic-Indic
digits with the Arabic decimal sign and thousands separator ("٦٨٥٫٤ مليار", "١٬٢٥٠
مليار", "١٬٨٥٠ هكتارًا"), "في المائة", "ألف" after the figure; the Hindi edition uses
lakh-crore ("1.25 लाख करोड़ डोंग" = 1 250 billion) and Indian grouping ("2,50,000 से
अधिक"), "प्रतिशत", "उससे अधिक" after a star rating; the Japanese edition uses kanji scales
("6,854億ドン", "5,230万ドン", "1兆2,500億ドン", "25万人超"), counters glued to figures
(145社, 24製品) and 社 = commune in "18/22の社". The durations (4 years), the star rating
(3 stars), the road number (National Highway 8) and the term years are not KPIs; the
district's proposal to the province is not a directive, nor is the praise.
"""

M = "2024"
P = "2021-2024"
TITLE = ("Working session of Provincial People's Committee Chairman Phan Dinh Khiem with "
         "Huong Son district")
KHIEM = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
NHUNG = ("Vice Chairwoman of the Provincial People's Committee",)
THINH = ("Chairman of the Huong Son District People's Committee",)
LICH = ("Secretary of the Huong Son District Party Committee",)
VU = ("Director of the Department of Construction",)

STORY = {
    "id": "f01",
    "province": "Ha Tinh",
    "based_on": "fictional (helper f)",
    "events": {"f01": {"title": TITLE, "date": "2025-04-22"}},
    "people": {
        "phan-dinh-khiem@ha-tinh": {"name": "Phan Dinh Khiem", "province": "Ha Tinh"},
        "tran-thi-hong-nhung@ha-tinh": {"name": "Tran Thi Hong Nhung", "province": "Ha Tinh"},
        "le-duc-thinh@ha-tinh": {"name": "Le Duc Thinh", "province": "Ha Tinh"},
        "nguyen-van-lich@ha-tinh": {"name": "Nguyen Van Lich", "province": "Ha Tinh"},
        "ho-quang-vu@ha-tinh": {"name": "Ho Quang Vu", "province": "Ha Tinh"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 8.2, "scale": 1, "unit": "%", "period": P, "target": 9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 685.4,
                   "scale": 1e9, "unit": "VND", "period": M},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the estimate",
                       "value": 112.6, "scale": 1, "unit": "%", "period": M},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 52.3, "scale": 1e6,
                   "unit": "VND", "period": M},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 3.85, "scale": 1, "unit": "%",
                    "period": "by end of 2024"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 18,
                        "scale": 1, "unit": "communes", "out_of": 22},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 320, "scale": 1, "unit": "km",
                  "qualifier": "over", "period": P},
        "water": {"code": None, "indicator": "share of households using clean water", "value": 96.7,
                  "scale": 1, "unit": "%"},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 24, "scale": 1,
                 "unit": "products"},
        "forest": {"code": None, "indicator": "new forest planted", "value": 1850, "scale": 1, "unit": "hectares",
                   "qualifier": "about", "period": P},
        "investment": {"code": None, "indicator": "total social investment capital mobilised", "value": 1250,
                       "scale": 1e9, "unit": "VND", "period": P},
        "enterprises": {"code": None, "indicator": "new enterprises established", "value": 145, "scale": 1,
                        "unit": "enterprises", "period": M},
        "tourists": {"code": "tourism_arrivals", "indicator": "visitors to the Son Kim hot spring tourist area",
                     "value": 250, "scale": 1e3, "unit": "people", "qualifier": "over", "period": M},
    },
    "editions": [],
}

AR = """يجب على منطقة هونغ سون تسريع تطوير السياحة البيئية ومنتجات OCOP

صباح يوم ٢٢ أبريل ٢٠٢٥، ترأس الرفيق فان دينه خيم، نائب سكرتير لجنة الحزب الإقليمية، رئيس اللجنة الشعبية الإقليمية، وفد عمل من اللجنة الشعبية الإقليمية في جلسة عمل مع منطقة هونغ سون. وحضر الجلسة الرفيقة تران ثي هونغ نهونغ، نائبة رئيس اللجنة الشعبية الإقليمية.

وفي التقرير الذي قدمه، قال رئيس اللجنة الشعبية لمنطقة هونغ سون لي دوك ثينه إنه بعد ٤ سنوات من تنفيذ قرار مؤتمر الحزب للمنطقة للفترة ٢٠٢٠-٢٠٢٥، بلغ متوسط معدل نمو قيمة الإنتاج في الفترة ٢٠٢١-٢٠٢٤ ما نسبته ٨٫٢٪ سنويًا (هدف القرار ٩٪). وفي عام ٢٠٢٤، بلغت إيرادات ميزانية الدولة في المنطقة ٦٨٥٫٤ مليار دونغ، أي ما يعادل ١١٢٫٦٪ من التقديرات. وبلغ متوسط دخل الفرد ٥٢٫٣ مليون دونغ، وانخفض معدل الفقر بحلول نهاية عام ٢٠٢٤ إلى ٣٫٨٥ في المائة.

وفي مجال بناء المناطق الريفية الجديدة، استوفت ١٨/٢٢ بلدية المعايير الريفية الجديدة. وخلال الفترة ٢٠٢١-٢٠٢٤، تمت خرسنة أكثر من ٣٢٠ كم من الطرق الريفية، وتستخدم ٩٦٫٧٪ من الأسر المياه النظيفة. ولدى المنطقة ٢٤ منتجًا من منتجات OCOP حاصلة على تصنيف ٣ نجوم فأكثر. وفي الفترة نفسها، تمت زراعة حوالي ١٬٨٥٠ هكتارًا من الغابات الجديدة، وحشدت المنطقة رأس مال استثماري اجتماعي بلغ إجماليه ١٬٢٥٠ مليار دونغ.

وفي عام ٢٠٢٤، تأسست ١٤٥ شركة جديدة في المنطقة، واستقبلت منطقة ينابيع سون كيم الساخنة السياحية أكثر من ٢٥٠ ألف زائر.

وفي الجلسة، تحدث سكرتير لجنة الحزب للمنطقة نغوين فان ليتش ومدير إدارة البناء هو كوانغ فو؛ واقترحت المنطقة أن تدعم المقاطعة تحديث الطريق الوطني ٨ المار عبر المنطقة.

وفي ختام جلسة العمل، أشاد رئيس اللجنة الشعبية الإقليمية فان دينه خيم بالنتائج التي حققتها المنطقة. وطلب الرفيق من اللجنة الشعبية للمنطقة استكمال تطهير الأراضي لمشروع الطريق السريع بين الشمال والجنوب قبل ٣٠ يونيو ٢٠٢٥. وينبغي على المنطقة التركيز على تطوير منتجات OCOP والسياحة البيئية المرتبطة بينابيع سون كيم الساخنة. وكلف رئيس اللجنة الشعبية الإقليمية إدارة البناء بالتنسيق مع المنطقة في إعداد تخطيط المنطقة الحضرية في بلدة تاي سون.

المصدر: صحيفة ها تينه"""

HI = """हुओंग सोन जिले को पर्यावरण पर्यटन और OCOP उत्पादों के विकास में तेज़ी लानी होगी

22 अप्रैल 2025 की सुबह, प्रांतीय पार्टी समिति के उप सचिव, प्रांतीय जन समिति के अध्यक्ष कॉमरेड फान दिन्ह खिएम ने प्रांतीय जन समिति के कार्य प्रतिनिधिमंडल का नेतृत्व करते हुए हुओंग सोन जिले के साथ एक कार्य सत्र की अध्यक्षता की। बैठक में प्रांतीय जन समिति की उपाध्यक्ष सुश्री त्रान थी होंग न्हुंग भी उपस्थित थीं।

रिपोर्ट प्रस्तुत करते हुए हुओंग सोन जिला जन समिति के अध्यक्ष ले डुक थिन्ह ने कहा कि 2020-2025 कार्यकाल के जिला पार्टी कांग्रेस के प्रस्ताव के 4 वर्षों के कार्यान्वयन के बाद, 2021-2024 की अवधि में उत्पादन मूल्य की औसत वृद्धि दर 8.2% प्रति वर्ष रही (प्रस्ताव का लक्ष्य 9%)। वर्ष 2024 में जिले का राज्य बजट राजस्व 685.4 अरब डोंग तक पहुँच गया, जो अनुमान का 112.6% है। प्रति व्यक्ति औसत आय 52.3 मिलियन डोंग रही, और 2024 के अंत तक गरीबी दर घटकर 3.85 प्रतिशत रह गई।

नए ग्रामीण क्षेत्र निर्माण में, 18/22 कम्यूनों ने नए ग्रामीण मानकों को पूरा किया है। 2021-2024 की अवधि में 320 किमी से अधिक ग्रामीण सड़कों को कंक्रीट किया गया; 96.7% परिवार स्वच्छ पानी का उपयोग करते हैं। जिले में 3 स्टार और उससे अधिक रेटिंग वाले 24 OCOP उत्पाद हैं। इसी अवधि में लगभग 1,850 हेक्टेयर नए वन लगाए गए और जिले ने कुल 1.25 लाख करोड़ डोंग की सामाजिक निवेश पूंजी जुटाई।

वर्ष 2024 में जिले में 145 नए उद्यम स्थापित हुए, और सोन किम गर्म पानी के झरने पर्यटन क्षेत्र ने 2,50,000 से अधिक पर्यटकों का स्वागत किया।

बैठक में हुओंग सोन जिला पार्टी समिति के सचिव न्गुयेन वान लिच और निर्माण विभाग के निदेशक हो क्वांग वू ने भी अपने विचार रखे; जिले ने जिले से होकर गुजरने वाले राष्ट्रीय राजमार्ग 8 के उन्नयन के लिए प्रांत से समर्थन का प्रस्ताव रखा।

कार्य सत्र का समापन करते हुए, प्रांतीय जन समिति के अध्यक्ष फान दिन्ह खिएम ने जिले द्वारा प्राप्त परिणामों की सराहना की। उन्होंने जिला जन समिति से 30 जून 2025 से पहले उत्तर-दक्षिण एक्सप्रेसवे परियोजना के लिए भूमि अधिग्रहण का काम पूरा करने का अनुरोध किया। जिले को सोन किम गर्म झरनों से जुड़े पर्यावरण पर्यटन और OCOP उत्पादों के विकास पर ध्यान केंद्रित करना चाहिए। प्रांतीय जन समिति के अध्यक्ष ने निर्माण विभाग को ताई सोन शहरी क्षेत्र की योजना बनाने में जिले के साथ समन्वय करने का कार्य सौंपा।

स्रोत: हा तिन्ह समाचार पत्र"""

JA = """フオンソン郡はエコツーリズムとOCOP製品の開発を加速する必要がある

2025年4月22日午前、省党委員会副書記、省人民委員会委員長のファン・ディン・キエム同志は、省人民委員会の作業団を率いてフオンソン郡と作業会議を行った。会議には省人民委員会副委員長のチャン・ティ・ホン・ニュン女史も出席した。

報告を行ったフオンソン郡人民委員会のレ・ドゥック・ティン委員長によると、2020～2025年任期の郡党大会決議の4年間の実施を経て、2021～2024年の生産額の平均成長率は年8.2％（決議の目標は9％）に達した。2024年の郡の国家予算収入は6,854億ドンで、見積もりの112.6％に達した。1人当たり平均所得は5,230万ドンとなり、2024年末の貧困率は3.85パーセントに低下した。

新農村建設では、18/22の社が新農村基準を達成した。2021～2024年に320km以上の農村道路がコンクリート舗装され、世帯の96.7％が清潔な水を使用している。郡には3つ星以上の評価を受けたOCOP製品が24製品ある。同期間に約1,850ヘクタールの新たな森林が植林され、郡は総額1兆2,500億ドンの社会投資資本を動員した。

2024年には郡内で145社の企業が新たに設立され、ソンキム温泉観光地には25万人超の観光客が訪れた。

会議では、フオンソン郡党委員会のグエン・バン・リック書記と建設局のホー・クアン・ブー局長も発言した。郡は、郡内を通る国道8号線の改修について省に支援を提案した。

作業会議を締めくくり、ファン・ディン・キエム省人民委員会委員長は、郡が達成した成果を高く評価した。同氏は郡人民委員会に対し、2025年6月30日までに南北高速道路プロジェクトの用地取得を完了するよう要請した。郡はソンキム温泉と結びついたエコツーリズムとOCOP製品の開発に注力する必要がある。省人民委員会委員長は建設局に対し、郡と連携してタイソン都市区の計画を策定するよう指示した。

出典: ハティン新聞"""

BASE = {"kind": "working_session", "title": TITLE, "date": "2025-04-22", "location": "Huong Son district"}
ISSUER = "phan-dinh-khiem@ha-tinh"
DPC = "Huong Son District People's Committee"
ACT_LAND = ("Complete the land clearance for the North-South expressway project before 30 June 2025")
ACT_ECO = "Focus on developing eco-tourism linked to the Son Kim hot springs and OCOP products"
ACT_PLAN = "Coordinate with the district in drawing up the planning of the Tay Son urban area"
DOC = "Department of Construction"


def _people(names: tuple[str, str, str, str, str]) -> list[tuple]:
    keys = [("phan-dinh-khiem@ha-tinh", KHIEM, "chair"), ("tran-thi-hong-nhung@ha-tinh", NHUNG, "attendee"),
            ("le-duc-thinh@ha-tinh", THINH, "speaker"), ("nguyen-van-lich@ha-tinh", LICH, "speaker"),
            ("ho-quang-vu@ha-tinh", VU, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "ar", "text": AR, "notes": "dated ٢٢ أبريل ٢٠٢٥; Arabic-Indic digits with ٫ and ٬; في المائة; ألف", "meetings": [{
        **BASE,
        "attendees": _people(("فان دينه خيم", "تران ثي هونغ نهونغ", "لي دوك ثينه", "نغوين فان ليتش", "هو كوانغ فو")),
        "kpis": [
            {"fact": "growth", "evidence": "بلغ متوسط معدل نمو قيمة الإنتاج في الفترة ٢٠٢١-٢٠٢٤ ما نسبته ٨٫٢٪ سنويًا (هدف القرار ٩٪)"},
            {"fact": "budget", "evidence": "بلغت إيرادات ميزانية الدولة في المنطقة ٦٨٥٫٤ مليار دونغ"},
            {"fact": "budget_pct", "evidence": "بلغت إيرادات ميزانية الدولة في المنطقة ٦٨٥٫٤ مليار دونغ، أي ما يعادل ١١٢٫٦٪ من التقديرات"},
            {"fact": "income", "evidence": "وبلغ متوسط دخل الفرد ٥٢٫٣ مليون دونغ"},
            {"fact": "poverty", "evidence": "وانخفض معدل الفقر بحلول نهاية عام ٢٠٢٤ إلى ٣٫٨٥ في المائة"},
            {"fact": "communes_nr", "evidence": "استوفت ١٨/٢٢ بلدية المعايير الريفية الجديدة"},
            {"fact": "roads", "evidence": "تمت خرسنة أكثر من ٣٢٠ كم من الطرق الريفية"},
            {"fact": "water", "evidence": "وتستخدم ٩٦٫٧٪ من الأسر المياه النظيفة"},
            {"fact": "ocop", "evidence": "ولدى المنطقة ٢٤ منتجًا من منتجات OCOP حاصلة على تصنيف ٣ نجوم فأكثر"},
            {"fact": "forest", "evidence": "تمت زراعة حوالي ١٬٨٥٠ هكتارًا من الغابات الجديدة"},
            {"fact": "investment", "evidence": "وحشدت المنطقة رأس مال استثماري اجتماعي بلغ إجماليه ١٬٢٥٠ مليار دونغ"},
            {"fact": "enterprises", "evidence": "تأسست ١٤٥ شركة جديدة في المنطقة"},
            {"fact": "tourists", "evidence": "واستقبلت منطقة ينابيع سون كيم الساخنة السياحية أكثر من ٢٥٠ ألف زائر"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2025-06-30",
             "وطلب الرفيق من اللجنة الشعبية للمنطقة استكمال تطهير الأراضي لمشروع الطريق السريع بين الشمال والجنوب قبل ٣٠ يونيو ٢٠٢٥."),
            (ISSUER, "Huong Son district", ACT_ECO, None,
             "وينبغي على المنطقة التركيز على تطوير منتجات OCOP والسياحة البيئية المرتبطة بينابيع سون كيم الساخنة."),
            (ISSUER, DOC, ACT_PLAN, None,
             "وكلف رئيس اللجنة الشعبية الإقليمية إدارة البناء بالتنسيق مع المنطقة في إعداد تخطيط المنطقة الحضرية في بلدة تاي سون."),
        ],
    }]},
    {"lang": "hi", "text": HI, "notes": "dated 22 अप्रैल 2025; 1.25 लाख करोड़; 2,50,000 से अधिक; प्रतिशत", "meetings": [{
        **BASE,
        "attendees": _people(("फान दिन्ह खिएम", "त्रान थी होंग न्हुंग", "ले डुक थिन्ह", "न्गुयेन वान लिच", "हो क्वांग वू")),
        "kpis": [
            {"fact": "growth", "evidence": "2021-2024 की अवधि में उत्पादन मूल्य की औसत वृद्धि दर 8.2% प्रति वर्ष रही (प्रस्ताव का लक्ष्य 9%)"},
            {"fact": "budget", "evidence": "वर्ष 2024 में जिले का राज्य बजट राजस्व 685.4 अरब डोंग तक पहुँच गया"},
            {"fact": "budget_pct", "evidence": "वर्ष 2024 में जिले का राज्य बजट राजस्व 685.4 अरब डोंग तक पहुँच गया, जो अनुमान का 112.6% है"},
            {"fact": "income", "evidence": "प्रति व्यक्ति औसत आय 52.3 मिलियन डोंग रही"},
            {"fact": "poverty", "evidence": "2024 के अंत तक गरीबी दर घटकर 3.85 प्रतिशत रह गई"},
            {"fact": "communes_nr", "evidence": "18/22 कम्यूनों ने नए ग्रामीण मानकों को पूरा किया है"},
            {"fact": "roads", "evidence": "2021-2024 की अवधि में 320 किमी से अधिक ग्रामीण सड़कों को कंक्रीट किया गया"},
            {"fact": "water", "evidence": "96.7% परिवार स्वच्छ पानी का उपयोग करते हैं"},
            {"fact": "ocop", "evidence": "जिले में 3 स्टार और उससे अधिक रेटिंग वाले 24 OCOP उत्पाद हैं"},
            {"fact": "forest", "evidence": "इसी अवधि में लगभग 1,850 हेक्टेयर नए वन लगाए गए"},
            {"fact": "investment", "value": 1.25, "scale": 1e12,
             "evidence": "जिले ने कुल 1.25 लाख करोड़ डोंग की सामाजिक निवेश पूंजी जुटाई"},
            {"fact": "enterprises", "evidence": "वर्ष 2024 में जिले में 145 नए उद्यम स्थापित हुए"},
            {"fact": "tourists", "value": 250000, "scale": 1,
             "evidence": "सोन किम गर्म पानी के झरने पर्यटन क्षेत्र ने 2,50,000 से अधिक पर्यटकों का स्वागत किया"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2025-06-30",
             "उन्होंने जिला जन समिति से 30 जून 2025 से पहले उत्तर-दक्षिण एक्सप्रेसवे परियोजना के लिए भूमि अधिग्रहण का काम पूरा करने का अनुरोध किया।"),
            (ISSUER, "Huong Son district", ACT_ECO, None,
             "जिले को सोन किम गर्म झरनों से जुड़े पर्यावरण पर्यटन और OCOP उत्पादों के विकास पर ध्यान केंद्रित करना चाहिए।"),
            (ISSUER, DOC, ACT_PLAN, None,
             "प्रांतीय जन समिति के अध्यक्ष ने निर्माण विभाग को ताई सोन शहरी क्षेत्र की योजना बनाने में जिले के साथ समन्वय करने का कार्य सौंपा।"),
        ],
    }]},
    {"lang": "ja", "text": JA, "notes": "dated 2025年4月22日; 6,854億 / 5,230万 / 1兆2,500億 / 25万人超; 145社; 18/22の社", "meetings": [{
        **BASE,
        "attendees": _people(("ファン・ディン・キエム", "チャン・ティ・ホン・ニュン", "レ・ドゥック・ティン",
                              "グエン・バン・リック", "ホー・クアン・ブー")),
        "kpis": [
            {"fact": "growth", "evidence": "2021～2024年の生産額の平均成長率は年8.2％（決議の目標は9％）に達した"},
            {"fact": "budget", "value": 6854, "scale": 1e8, "evidence": "2024年の郡の国家予算収入は6,854億ドンで"},
            {"fact": "budget_pct", "evidence": "2024年の郡の国家予算収入は6,854億ドンで、見積もりの112.6％に達した"},
            {"fact": "income", "value": 5230, "scale": 1e4, "evidence": "1人当たり平均所得は5,230万ドンとなり"},
            {"fact": "poverty", "evidence": "2024年末の貧困率は3.85パーセントに低下した"},
            {"fact": "communes_nr", "evidence": "18/22の社が新農村基準を達成した"},
            {"fact": "roads", "evidence": "2021～2024年に320km以上の農村道路がコンクリート舗装され"},
            {"fact": "water", "evidence": "世帯の96.7％が清潔な水を使用している"},
            {"fact": "ocop", "evidence": "郡には3つ星以上の評価を受けたOCOP製品が24製品ある"},
            {"fact": "forest", "evidence": "同期間に約1,850ヘクタールの新たな森林が植林され"},
            {"fact": "investment", "value": 1.25, "scale": 1e12, "evidence": "郡は総額1兆2,500億ドンの社会投資資本を動員した"},
            {"fact": "enterprises", "evidence": "2024年には郡内で145社の企業が新たに設立され"},
            {"fact": "tourists", "value": 25, "scale": 1e4, "evidence": "ソンキム温泉観光地には25万人超の観光客が訪れた"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2025-06-30",
             "同氏は郡人民委員会に対し、2025年6月30日までに南北高速道路プロジェクトの用地取得を完了するよう要請した。"),
            (ISSUER, "Huong Son district", ACT_ECO, None,
             "郡はソンキム温泉と結びついたエコツーリズムとOCOP製品の開発に注力する必要がある。"),
            (ISSUER, DOC, ACT_PLAN, None,
             "省人民委員会委員長は建設局に対し、郡と連携してタイソン都市区の計画を策定するよう指示した。"),
        ],
    }]},
]
