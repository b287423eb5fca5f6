"""s02: Cao Bang Provincial Party Committee conference (XX term, 2nd), 9-month review, 2025.

The story of corpus/articles/003 (Polish edition, tuyengiaocaobang.vn 2058). Editions
written by G2. The original gives no meeting date (figures run to 12 October 2025), so
no edition has one. fr names only the Secretary (the three other co-chairs are "les
camarades"); fr turns the 77% import-export growth into 7,7 %; zh uses 亿 and 万亿.
"""

TITLE = ("Provincial Party Committee conference reviewing the results of the first 9 months "
         "and the tasks for the last 3 months of 2025")
CUONG = ("Secretary of the Provincial Party Committee", "Head of the Provincial National Assembly Delegation")
TINH = ("Standing Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Council")
QUANG = ("Deputy Secretary of the Provincial Party Committee",)
HOA = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
M9 = "first 9 months of 2025"
OCT = "by 12 October 2025"

STORY = {
    "id": "s02",
    "province": "Cao Bang",
    "based_on": "corpus/articles/003_286f9ef8ca64527d.txt; https://tuyengiaocaobang.vn/index.php/tin-trong-tinh/hoi-nghi-lan-thu-hai-ban-chap-hanh-dang-bo-tinh-khoa-xx-nhiem-ky-2025-2030-2058.html",
    "events": {"s02": {"title": TITLE, "date": None}},
    "people": {
        "quan-minh-cuong@cao-bang": {"name": "Quan Minh Cuong", "province": "Cao Bang"},
        "be-thanh-tinh@cao-bang": {"name": "Be Thanh Tinh", "province": "Cao Bang"},
        "vu-hong-quang@cao-bang": {"name": "Vu Hong Quang", "province": "Cao Bang"},
        "le-hai-hoa@cao-bang": {"name": "Le Hai Hoa", "province": "Cao Bang"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 6.52, "scale": 1, "unit": "%", "period": M9},
        "trade": {"code": "import_export", "indicator": "import-export turnover", "value": 1299, "scale": 1e6, "unit": "USD",
                  "qualifier": "over", "period": M9},
        "trade_growth": {"code": "import_export_growth", "indicator": "import-export turnover growth year on year", "value": 77, "scale": 1,
                         "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 3312, "scale": 1e9, "unit": "VND",
                   "qualifier": "over", "period": OCT},
        "budget_growth": {"code": "budget_revenue_growth", "indicator": "budget revenue growth year on year", "value": 69, "scale": 1,
                          "unit": "%", "period": OCT},
        "arrivals": {"code": "tourism_arrivals_growth", "indicator": "tourist arrivals growth", "value": 59.4, "scale": 1, "unit": "%", "period": M9},
        "tourism_rev": {"code": "tourism_revenue_growth", "indicator": "tourism revenue growth", "value": 104, "scale": 1, "unit": "%", "period": M9},
        "units": {"code": "admin_units", "indicator": "commune-level administrative units after reorganization", "value": 56,
                  "scale": 1, "unit": "administrative units"},
        "communes": {"code": "admin_units", "indicator": "communes after reorganization", "value": 53, "scale": 1, "unit": "communes"},
        "wards": {"code": "admin_units", "indicator": "wards after reorganization", "value": 3, "scale": 1, "unit": "wards"},
        "procedures": {"code": "admin_procedures", "indicator": "administrative procedures publicized and implemented", "value": 2100,
                       "scale": 1, "unit": "procedures"},
        "ontime": {"code": "admin_procedures_on_time", "indicator": "rate of correct and on-time handling of administrative procedures at commune level",
                   "value": 99, "scale": 1, "unit": "%", "qualifier": "over"},
    },
    "editions": [],
}

EN = """Comrades: Quan Minh Cuong, Secretary of the Provincial Party Committee, Head of the Provincial National Assembly Delegation; Be Thanh Tinh, Standing Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council; Vu Hong Quang, Deputy Secretary of the Provincial Party Committee; Le Hai Hoa, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee, co-chaired the conference.

The conference reviewed the work of the first 9 months and set tasks for the last 3 months of 2025 for the Provincial Party Committee.

The province's socio-economic situation continued to develop stably. The gross regional domestic product (GRDP) in the first 9 months increased by 6.52%. Total import-export turnover reached over 1,299 million USD, up 77% over the same period last year. Total budget revenue as of October 12, 2025 reached over 3,312 billion VND, an increase of 69% over the same period last year. Total tourist arrivals increased by 59.4% and total tourism revenue increased by 104%.

The province has completed the arrangement of 56 commune-level administrative units (53 communes, 3 wards) and officially operated the two-level local government model from July 1, 2025.

In his speech, Provincial Party Secretary Quan Minh Cuong frankly acknowledged that the disbursement of public investment capital is still the biggest bottleneck of the province. In the coming time, it is necessary to urgently implement solutions to overcome the consequences of floods and storms, ensure social security and quickly stabilize people's lives. Speed up the implementation of key transport projects: the Dong Dang - Tra Linh expressway (phase 1, phase 2).

Source link
Comment (0)"""

FR = """Le camarade Quan Minh Cuong, secrétaire du Comité provincial du Parti, chef de la délégation provinciale à l'Assemblée nationale, et les camarades vice-secrétaires du Comité provincial du Parti ont coprésidé la conférence.

La conférence a évalué les résultats des 9 premiers mois et fixé les tâches des 3 derniers mois de 2025 du Comité provincial du Parti.

Le produit intérieur brut régional (PIBR) des 9 premiers mois a augmenté de 6,52 %. Le chiffre d'affaires total des importations et exportations a atteint plus de 1 299 millions d'USD, soit une hausse de 7,7 % par rapport à la même période de l'an dernier. Les recettes budgétaires totales au 12 octobre 2025 ont atteint plus de 3 312 milliards de VND. Le nombre total d'arrivées touristiques a augmenté de 59,4 %.

Dans son discours, le secrétaire provincial du Parti Quan Minh Cuong a reconnu que le décaissement des capitaux d'investissement public reste le plus grand goulot d'étranglement de la province. Il est nécessaire de mettre en œuvre d'urgence des solutions pour surmonter les conséquences des inondations et des tempêtes, assurer la sécurité sociale et stabiliser rapidement la vie de la population.

Lien source
Commentaire (0)"""

ZH = """管明强同志（省委书记、省国会代表团团长）、闭清静同志（省委常务副书记、省人民议会主席）、武鸿光同志（省委副书记）、黎海和同志（省委副书记、省人民委员会主席）共同主持会议。

会议评估了省委前9个月的工作成果并部署2025年最后3个月的任务。

全省经济社会形势继续稳定发展。前9个月地区生产总值（GRDP）增长6.52%。进出口总额超过12.99亿美元，同比增长77%。截至2025年10月12日，预算总收入超过3.312万亿越盾，同比增长69%。旅游总收入增长104%。

全省已完成56个乡级行政单位（53个乡、3个坊）的调整，并自2025年7月1日起正式实行两级地方政府模式。

省委书记管明强在讲话中坦言，公共投资资金拨付仍是全省最大的瓶颈。他要求加快实施重点交通项目：同登—茶岭高速公路（一期、二期）。

来源链接
评论 (0)"""

HI = """कामरेड क्वान मिन्ह कुओंग, प्रांतीय पार्टी समिति के सचिव, प्रांतीय राष्ट्रीय सभा प्रतिनिधिमंडल के प्रमुख; बे थान तिन्ह, प्रांतीय पार्टी समिति के स्थायी उप सचिव, प्रांतीय जन परिषद के अध्यक्ष; वू होंग क्वांग, प्रांतीय पार्टी समिति के उप सचिव; ले है होआ, प्रांतीय पार्टी समिति के उप सचिव, प्रांतीय जन समिति के अध्यक्ष ने सम्मेलन की सह-अध्यक्षता की।

पहले 9 महीनों में प्रांत के सकल क्षेत्रीय घरेलू उत्पाद (जीआरडीपी) में 6.52% की वृद्धि हुई। कुल आयात-निर्यात कारोबार 1,299 मिलियन अमेरिकी डॉलर से अधिक रहा। 12 अक्टूबर, 2025 तक कुल बजट राजस्व 3,312 अरब वीएनडी से अधिक रहा।

पूरे प्रांत ने 2,100 प्रशासनिक प्रक्रियाओं को प्रचारित और लागू किया, और कम्यून स्तर पर सही और समय पर निपटान की दर 99% से अधिक रही।

अपने भाषण में, प्रांतीय पार्टी सचिव क्वान मिन्ह कुओंग ने स्वीकार किया कि सार्वजनिक निवेश पूंजी का वितरण अभी भी प्रांत की सबसे बड़ी बाधा है। बाढ़ और तूफान के परिणामों से निपटने के लिए तत्काल समाधान लागू करना, सामाजिक सुरक्षा सुनिश्चित करना और लोगों के जीवन को जल्दी से स्थिर करना आवश्यक है।

स्रोत लिंक
टिप्पणी (0)"""

FLOOD_ACT = "Urgently implement solutions to overcome the consequences of floods and storms, ensure social security and quickly stabilize people's lives"
ROAD_ACT = "Speed up the key transport projects, including phases 1 and 2 of the Dong Dang - Tra Linh expressway"
ALL = "Party committees, authorities, sectors and units at all levels"
CHAIRS = [("quan-minh-cuong@cao-bang", "Quan Minh Cuong", CUONG, "chair"),
          ("be-thanh-tinh@cao-bang", "Be Thanh Tinh", TINH, "chair"),
          ("vu-hong-quang@cao-bang", "Vu Hong Quang", QUANG, "chair"),
          ("le-hai-hoa@cao-bang", "Le Hai Hoa", HOA, "chair")]
BASE = {"kind": "conference", "title": TITLE, "date": None, "location": "Cao Bang province"}

STORY["editions"] = [
    {"lang": "en", "text": EN, "meetings": [{**BASE, "attendees": CHAIRS, "kpis": [
        {"fact": "grdp", "evidence": "The gross regional domestic product (GRDP) in the first 9 months increased by 6.52%"},
        {"fact": "trade", "evidence": "Total import-export turnover reached over 1,299 million USD"},
        {"fact": "trade_growth", "evidence": "Total import-export turnover reached over 1,299 million USD, up 77% over the same period last year"},
        {"fact": "budget", "evidence": "Total budget revenue as of October 12, 2025 reached over 3,312 billion VND"},
        {"fact": "budget_growth", "evidence": "Total budget revenue as of October 12, 2025 reached over 3,312 billion VND, an increase of 69% over the same period last year"},
        {"fact": "arrivals", "evidence": "Total tourist arrivals increased by 59.4%"},
        {"fact": "tourism_rev", "evidence": "total tourism revenue increased by 104%"},
        {"fact": "units", "evidence": "The province has completed the arrangement of 56 commune-level administrative units"},
        {"fact": "communes", "evidence": "53 communes"},
        {"fact": "wards", "evidence": "3 wards"},
    ], "directives": [
        ("quan-minh-cuong@cao-bang", ALL, FLOOD_ACT, None,
         "In the coming time, it is necessary to urgently implement solutions to overcome the consequences of floods and storms, ensure social security and quickly stabilize people's lives."),
        ("quan-minh-cuong@cao-bang", ALL, ROAD_ACT, None,
         "Speed up the implementation of key transport projects: the Dong Dang - Tra Linh expressway (phase 1, phase 2)."),
    ]}]},
    {"lang": "fr", "text": FR, "notes": "names only the Secretary; 7,7 % for 77 %", "meetings": [{**BASE,
        "attendees": [("quan-minh-cuong@cao-bang", "Quan Minh Cuong", CUONG, "chair")], "kpis": [
        {"fact": "grdp", "evidence": "Le produit intérieur brut régional (PIBR) des 9 premiers mois a augmenté de 6,52 %"},
        {"fact": "trade", "evidence": "Le chiffre d'affaires total des importations et exportations a atteint plus de 1 299 millions d'USD"},
        {"fact": "trade_growth", "value": 7.7, "note": "fr: 7,7 % for 77 %",
         "evidence": "Le chiffre d'affaires total des importations et exportations a atteint plus de 1 299 millions d'USD, soit une hausse de 7,7 % par rapport à la même période de l'an dernier"},
        {"fact": "budget", "evidence": "Les recettes budgétaires totales au 12 octobre 2025 ont atteint plus de 3 312 milliards de VND"},
        {"fact": "arrivals", "evidence": "Le nombre total d'arrivées touristiques a augmenté de 59,4 %"},
    ], "directives": [
        ("quan-minh-cuong@cao-bang", ALL, FLOOD_ACT, None,
         "Il est nécessaire de mettre en œuvre d'urgence des solutions pour surmonter les conséquences des inondations et des tempêtes, assurer la sécurité sociale et stabiliser rapidement la vie de la population."),
    ]}]},
    {"lang": "zh", "text": ZH, "notes": "names in Chinese characters; 亿 and 万亿 scales", "meetings": [{**BASE,
        "attendees": [("quan-minh-cuong@cao-bang", "管明强", CUONG, "chair"),
                      ("be-thanh-tinh@cao-bang", "闭清静", TINH, "chair"),
                      ("vu-hong-quang@cao-bang", "武鸿光", QUANG, "chair"),
                      ("le-hai-hoa@cao-bang", "黎海和", HOA, "chair")], "kpis": [
        {"fact": "grdp", "evidence": "前9个月地区生产总值（GRDP）增长6.52%"},
        {"fact": "trade", "value": 12.99, "scale": 1e8, "evidence": "进出口总额超过12.99亿美元"},
        {"fact": "trade_growth", "evidence": "进出口总额超过12.99亿美元，同比增长77%"},
        {"fact": "budget", "value": 3.312, "scale": 1e12, "evidence": "截至2025年10月12日，预算总收入超过3.312万亿越盾"},
        {"fact": "budget_growth", "evidence": "截至2025年10月12日，预算总收入超过3.312万亿越盾，同比增长69%"},
        {"fact": "tourism_rev", "evidence": "旅游总收入增长104%"},
        {"fact": "units", "evidence": "全省已完成56个乡级行政单位"},
        {"fact": "communes", "evidence": "53个乡"},
        {"fact": "wards", "evidence": "3个坊"},
    ], "directives": [
        ("quan-minh-cuong@cao-bang", ALL, ROAD_ACT, None, "他要求加快实施重点交通项目：同登—茶岭高速公路（一期、二期）。"),
    ]}]},
    {"lang": "hi", "text": HI, "meetings": [{**BASE,
        "attendees": [("quan-minh-cuong@cao-bang", "क्वान मिन्ह कुओंग", CUONG, "chair"),
                      ("be-thanh-tinh@cao-bang", "बे थान तिन्ह", TINH, "chair"),
                      ("vu-hong-quang@cao-bang", "वू होंग क्वांग", QUANG, "chair"),
                      ("le-hai-hoa@cao-bang", "ले है होआ", HOA, "chair")], "kpis": [
        {"fact": "grdp", "evidence": "पहले 9 महीनों में प्रांत के सकल क्षेत्रीय घरेलू उत्पाद (जीआरडीपी) में 6.52% की वृद्धि हुई"},
        {"fact": "trade", "evidence": "कुल आयात-निर्यात कारोबार 1,299 मिलियन अमेरिकी डॉलर से अधिक रहा"},
        {"fact": "budget", "evidence": "12 अक्टूबर, 2025 तक कुल बजट राजस्व 3,312 अरब वीएनडी से अधिक रहा"},
        {"fact": "procedures", "evidence": "पूरे प्रांत ने 2,100 प्रशासनिक प्रक्रियाओं को प्रचारित और लागू किया"},
        {"fact": "ontime", "evidence": "कम्यून स्तर पर सही और समय पर निपटान की दर 99% से अधिक रही"},
    ], "directives": [
        ("quan-minh-cuong@cao-bang", ALL, FLOOD_ACT, None,
         "बाढ़ और तूफान के परिणामों से निपटने के लिए तत्काल समाधान लागू करना, सामाजिक सुरक्षा सुनिश्चित करना और लोगों के जीवन को जल्दी से स्थिर करना आवश्यक है।"),
    ]}]},
]
