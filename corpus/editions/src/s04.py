"""s04: Provincial Party Secretary Tran Quoc Cuong at the Great Solidarity Festival of Pung Bon
village (Pa Thom commune, Dien Bien), November 2023.

Based on the facts of the published English edition
https://vietnam.vn/en/bi-thu-tinh-uy-tran-quoc-cuong-du-ngay-hoi-dai-doan-ket-tai-ban-pung-bon
(dated 17/11/2023; the festival day itself is not stated there, so no edition gives a
date). Texts written by G2. Hard negative for s03: the same person (chair there, speaker
here) at another event, with a village poverty rate (26.3%) close to the province's (26%).
ru swaps the digits of the near-poor rate (28,9 % for 29.8 %).
"""

TITLE = "Great National Solidarity Festival in Pung Bon village attended by Provincial Party Secretary Tran Quoc Cuong"
CUONG = ("Secretary of the Provincial Party Committee",)

STORY = {
    "id": "s04",
    "province": "Dien Bien",
    "based_on": "https://vietnam.vn/en/bi-thu-tinh-uy-tran-quoc-cuong-du-ngay-hoi-dai-doan-ket-tai-ban-pung-bon",
    "events": {"s04": {"title": TITLE, "date": None}},
    "people": {"tran-quoc-cuong@dien-bien": {"name": "Tran Quoc Cuong", "province": "Dien Bien"}},
    "facts": {
        "households": {"code": "other", "indicator": "households in the village", "value": 57, "scale": 1, "unit": "households"},
        "population": {"code": "other", "indicator": "population of the village", "value": 266, "scale": 1, "unit": "people"},
        "cong_share": {"code": "other", "indicator": "share of Cong ethnic people", "value": 95, "scale": 1, "unit": "%"},
        "poor": {"code": "poverty_rate", "indicator": "poor household rate", "value": 26.3, "scale": 1, "unit": "%"},
        "near_poor": {"code": "other", "indicator": "near-poor household rate", "value": 29.8, "scale": 1, "unit": "%"},
        "welloff": {"code": "other", "indicator": "share of well-off and rich households", "value": 43.9, "scale": 1, "unit": "%"},
        "cultural": {"code": "other", "indicator": "cultural households", "value": 16, "scale": 1, "unit": "households"},
        "water": {"code": "clean_water_rate", "indicator": "share of households with clean water and hygienic toilets", "value": 100,
                  "scale": 1, "unit": "%"},
        "houses": {"code": "other", "indicator": "households supported to build Great Solidarity houses", "value": 4, "scale": 1,
                   "unit": "households"},
    },
    "hard_negatives": [
        {"kind": "same_chair_other_date", "events": ["s03", "s04"], "persons": ["tran-quoc-cuong@dien-bien"],
         "note": "Tran Quoc Cuong chairs the steering committee conference (s03) and speaks at a village festival "
                 "(s04); both in Dien Bien, both without a date; poverty 26% (province) vs 26.3% (village)."},
    ],
    "editions": [],
}

EN = """Provincial Party Secretary Tran Quoc Cuong attended the Great Solidarity Festival in Pung Bon village

Pung Bon is an especially difficult village of Pa Thom commune. The village has 57 households with 266 people, mostly Cong ethnic people (accounting for 95%). The material and spiritual life of the people has gradually improved: the rate of poor households has fallen to 26.3%, near-poor households to 29.8%, while well-off and rich households account for 43.9%. The whole village now has 16 cultural households, and 100% of households have clean water and hygienic toilets. Recently, 4 households were supported to build Great Solidarity houses.

Provincial Party Secretary Tran Quoc Cuong acknowledged and praised the achievements of the people of Pung Bon village in the past year. He requested the villagers to further strengthen solidarity and help each other to escape poverty.

Source: Dien Bien Phu Newspaper
Comment (0)"""

FR = """Le secrétaire du Comité provincial du Parti, Tran Quoc Cuong, a assisté à la Fête de la grande union nationale du village de Pung Bon

Pung Bon est un village particulièrement défavorisé de la commune de Pa Thom, qui compte 57 ménages et 266 habitants, principalement de l'ethnie Cong. Le taux de ménages pauvres est tombé à 26,3 % et celui des ménages quasi pauvres à 29,8 %. Le village compte 16 familles culturelles.

Le secrétaire provincial du Parti Tran Quoc Cuong a salué les résultats obtenus par les habitants de Pung Bon et leur a demandé de renforcer davantage la solidarité et de s'entraider pour sortir de la pauvreté.

Source : Journal de Dien Bien Phu
Commentaire (0)"""

RU = """Секретарь провинциального комитета партии Чан Куок Кыонг принял участие в Празднике великого национального единства в деревне Пунг Бон

Пунг Бон — особо трудная деревня общины Па Тхом. В деревне 57 домохозяйств, в которых проживают 266 человек, в основном представители народности Конг (95%). Доля бедных домохозяйств снизилась до 26,3%, почти бедных — до 28,9%. Недавно 4 домохозяйствам была оказана поддержка в строительстве домов Великого единства.

Секретарь провинциального комитета партии Чан Куок Кыонг высоко оценил достижения жителей деревни и призвал их и дальше укреплять солидарность и помогать друг другу выбраться из бедности.

Ссылка на источник
Комментарий (0)"""

ZH = """省委书记陈国强出席奔邦村全民族大团结日活动

奔邦村是巴通乡特别困难的村庄，全村有57户、266人，主要是贡族（占95%）。贫困户比例降至26.3%，富裕户比例占43.9%。全村100%的家庭用上了清洁水和卫生厕所。

省委书记陈国强肯定了奔邦村村民过去一年取得的成绩，要求村民进一步加强团结、互相帮助、摆脱贫困。

来源链接
评论 (0)"""

ACT = "Further strengthen solidarity and help each other to escape poverty"
VIL = "People of Pung Bon village"
BASE = {"kind": "ceremony", "title": TITLE, "date": None, "location": "Pa Thom commune"}

STORY["editions"] = [
    {"lang": "en", "text": EN, "meetings": [{**BASE,
        "attendees": [("tran-quoc-cuong@dien-bien", "Tran Quoc Cuong", CUONG, "speaker")], "kpis": [
        {"fact": "households", "evidence": "The village has 57 households"},
        {"fact": "population", "evidence": "The village has 57 households with 266 people"},
        {"fact": "cong_share", "evidence": "mostly Cong ethnic people (accounting for 95%)"},
        {"fact": "poor", "evidence": "the rate of poor households has fallen to 26.3%"},
        {"fact": "near_poor", "evidence": "near-poor households to 29.8%"},
        {"fact": "welloff", "evidence": "well-off and rich households account for 43.9%"},
        {"fact": "cultural", "evidence": "The whole village now has 16 cultural households"},
        {"fact": "water", "evidence": "100% of households have clean water and hygienic toilets"},
        {"fact": "houses", "evidence": "4 households were supported to build Great Solidarity houses"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", VIL, ACT, None,
         "He requested the villagers to further strengthen solidarity and help each other to escape poverty."),
    ]}]},
    {"lang": "fr", "text": FR, "meetings": [{**BASE,
        "attendees": [("tran-quoc-cuong@dien-bien", "Tran Quoc Cuong", CUONG, "speaker")], "kpis": [
        {"fact": "households", "evidence": "qui compte 57 ménages"},
        {"fact": "population", "evidence": "qui compte 57 ménages et 266 habitants"},
        {"fact": "poor", "evidence": "Le taux de ménages pauvres est tombé à 26,3 %"},
        {"fact": "near_poor", "evidence": "celui des ménages quasi pauvres à 29,8 %"},
        {"fact": "cultural", "evidence": "Le village compte 16 familles culturelles"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", VIL, ACT, None,
         "leur a demandé de renforcer davantage la solidarité et de s'entraider pour sortir de la pauvreté"),
    ]}]},
    {"lang": "ru", "text": RU, "notes": "28,9% for 29.8% (digits swapped)", "meetings": [{**BASE,
        "attendees": [("tran-quoc-cuong@dien-bien", "Чан Куок Кыонг", CUONG, "speaker")], "kpis": [
        {"fact": "households", "evidence": "В деревне 57 домохозяйств"},
        {"fact": "population", "evidence": "В деревне 57 домохозяйств, в которых проживают 266 человек"},
        {"fact": "cong_share", "evidence": "в основном представители народности Конг (95%)"},
        {"fact": "poor", "evidence": "Доля бедных домохозяйств снизилась до 26,3%"},
        {"fact": "near_poor", "value": 28.9, "note": "ru swaps digits: 28,9% for 29.8%",
         "evidence": "почти бедных — до 28,9%"},
        {"fact": "houses", "evidence": "Недавно 4 домохозяйствам была оказана поддержка в строительстве домов Великого единства"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", VIL, ACT, None,
         "призвал их и дальше укреплять солидарность и помогать друг другу выбраться из бедности"),
    ]}]},
    {"lang": "zh", "text": ZH, "meetings": [{**BASE,
        "attendees": [("tran-quoc-cuong@dien-bien", "陈国强", CUONG, "speaker")], "kpis": [
        {"fact": "households", "evidence": "全村有57户"},
        {"fact": "population", "evidence": "全村有57户、266人"},
        {"fact": "cong_share", "evidence": "主要是贡族（占95%）"},
        {"fact": "poor", "evidence": "贫困户比例降至26.3%"},
        {"fact": "welloff", "evidence": "富裕户比例占43.9%"},
        {"fact": "water", "evidence": "全村100%的家庭用上了清洁水和卫生厕所"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", VIL, ACT, None, "要求村民进一步加强团结、互相帮助、摆脱贫困"),
    ]}]},
]
