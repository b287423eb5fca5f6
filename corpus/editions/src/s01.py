"""s01: Do Trong Hung's working session in Quan Son district (Thanh Hoa), 17 July 2024.

The story of corpus/articles/000 (Polish edition, baothanhhoa.vn 219730). All four
editions here are written by G2 as shortened translations of that story in the style of
the site's machine translations. ja has no date; ru names only the three chairs;
de mistranslates the poverty rate (3,02 % for 30.02 %); ja renders 1,861 billion VND as
1,861億 (186.1 billion) — the usual 億 slip.
"""

THI_TITLES = ("Member of the Standing Committee of the Provincial Party Committee",
              "Standing Vice Chairman of the Provincial People's Committee")
HUNG_TITLES = ("Member of the Party Central Committee",
               "Secretary of the Provincial Party Committee",
               "Chairman of the Provincial People's Council")
HANH = ("Secretary of the Quan Son District Party Committee",)
HONG = ("Director of the Department of Culture, Sports and Tourism",)
TU = ("Director of the Department of Finance",)
TITLE = "Working session of Provincial Party Secretary Do Trong Hung with key officials of Quan Son district"

STORY = {
    "id": "s01",
    "province": "Thanh Hoa",
    "based_on": "corpus/articles/000_84a0ffaa082859e8.txt; https://baothanhhoa.vn/quan-son-can-khai-thac-toi-da-loi-the-so-sanh-co-hoi-noi-troi-tiem-nang-khac-biet-de-phat-trien-kinh-te-xa-hoi-nhanh-va-ben-vung-219730.htm",
    "events": {"s01": {"title": TITLE, "date": "2024-07-17"}},
    "people": {
        "do-trong-hung@thanh-hoa": {"name": "Do Trong Hung", "province": "Thanh Hoa"},
        "nguyen-van-thi@thanh-hoa": {"name": "Nguyen Van Thi", "province": "Thanh Hoa"},
        "luong-thi-hanh@thanh-hoa": {"name": "Luong Thi Hanh", "province": "Thanh Hoa"},
        "pham-nguyen-hong@thanh-hoa": {"name": "Pham Nguyen Hong", "province": "Thanh Hoa"},
        "nguyen-van-tu@thanh-hoa": {"name": "Nguyen Van Tu", "province": "Thanh Hoa"},
    },
    "facts": {
        "targets_met": {"code": "targets_met", "indicator": "District Party Congress resolution targets achieved and exceeded so far",
                        "value": 9, "scale": 1, "unit": "targets"},
        "targets_2025": {"code": "targets_met", "indicator": "District Party Congress resolution targets expected to be achieved and exceeded",
                         "value": 23, "scale": 1, "unit": "targets", "qualifier": "about",
                         "period": "by end of 2025"},
        "targets_hard": {"code": "targets_unmet", "indicator": "District Party Congress resolution targets expected to be difficult to achieve",
                         "value": 4, "scale": 1, "unit": "targets", "qualifier": "about",
                         "period": "by end of 2025"},
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate", "value": 4.55, "scale": 1,
                   "unit": "%", "period": "2021-2023", "target": 12.5},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 2, "scale": 1,
                        "unit": "communes"},
        "villages_nr": {"code": "new_rural_villages", "indicator": "villages meeting new rural standards", "value": 57, "scale": 1,
                        "unit": "villages"},
        "villages_model": {"code": "new_rural_villages_model", "indicator": "villages meeting model new rural standards", "value": 9,
                           "scale": 1, "unit": "villages"},
        "ocop": {"code": "ocop_products", "indicator": "3-star OCOP products certified", "value": 9, "scale": 1,
                 "unit": "products"},
        "investment": {"code": "total_social_investment", "indicator": "total social investment capital mobilised", "value": 1861,
                       "scale": 1e9, "unit": "VND", "period": "by 2023"},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 30.02, "scale": 1, "unit": "%"},
    },
    "editions": [],
}

EN = """On the morning of July 17, Comrade Do Trong Hung, Member of the Party Central Committee, Secretary of the Provincial Party Committee and Chairman of the Provincial People's Council, visited and worked with Quan Son district to review the results after four years of implementing the Resolution of the 6th District Party Congress, term 2020-2025.

Before the working session, on the occasion of the 77th anniversary of War Invalids and Martyrs Day (July 27, 1947 - July 27, 2024), Provincial Party Secretary Do Trong Hung led the delegation to lay flowers and offer incense at the Quan Son District Monument to Heroes and Martyrs.

The working session was co-chaired by Provincial Party Secretary Do Trong Hung, Comrade Nguyen Van Thi, Member of the Standing Committee of the Provincial Party Committee, Standing Vice Chairman of the Provincial People's Committee, and Ms. Luong Thi Hanh, Secretary of the Quan Son District Party Committee.

Reporting at the meeting, Secretary of the District Party Committee Luong Thi Hanh said that so far 9 targets of the Congress Resolution have been achieved and exceeded; by the end of 2025 it is expected that 23 targets will be achieved and exceeded and 4 targets will be difficult to achieve. The average growth rate of production value from 2021 to the end of 2023 reached 4.55% (the Resolution's target is 12.5%). The whole district has 2 communes and 57 villages meeting new rural standards, including 9 villages meeting model new rural standards; 9 OCOP products have been certified 3 stars. Total social investment capital mobilized by 2023 reached 1,861 billion VND.

Director of the Department of Culture, Sports and Tourism Pham Nguyen Hong and Director of the Department of Finance Nguyen Van Tu spoke at the working session.

Concluding the session, Provincial Party Secretary Do Trong Hung pointed out that the poverty rate, although reduced, remains high at 30.02%, the second highest in the province. He requested the Standing Committee of the District Party Committee to urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress. The district must continue to consider forestry economic development a key economic sector.

Source: Thanh Hoa Newspaper
Comment (0)"""

DE = """Am Morgen des 17. Juli besuchte Genosse Do Trong Hung, Mitglied des Zentralkomitees der Partei, Sekretär des Provinzparteikomitees und Vorsitzender des Provinzvolksrats, den Bezirk Quan Son und arbeitete dort, um die Ergebnisse nach vier Jahren der Umsetzung der Resolution des 6. Bezirksparteitags, Amtszeit 2020–2025, zu überprüfen.

Die Arbeitssitzung wurde gemeinsam geleitet von Provinzparteisekretär Do Trong Hung, Genosse Nguyen Van Thi, Mitglied des Ständigen Ausschusses des Provinzparteikomitees und ständiger stellvertretender Vorsitzender des Volkskomitees der Provinz, sowie Frau Luong Thi Hanh, Sekretärin des Parteikomitees des Bezirks Quan Son.

Laut dem Bericht lag die durchschnittliche Wachstumsrate des Produktionswerts von 2021 bis Ende 2023 bei 4,55 % (das in der Resolution festgelegte Ziel betrug 12,5 %). Im gesamten Bezirk erfüllen 2 Gemeinden und 57 Dörfer die Standards für den neuen ländlichen Raum (NTM). Das bis 2023 mobilisierte gesamte soziale Investitionskapital erreichte 1.861 Mrd. VND.

Der Direktor des Ministeriums für Kultur, Sport und Tourismus, Pham Nguyen Hong, und der Direktor des Finanzministeriums, Nguyen Van Tu, hielten Reden auf der Sitzung.

Zum Abschluss der Sitzung wies Provinzparteisekretär Do Trong Hung darauf hin, dass die Armutsquote zwar gesenkt wurde, aber mit 3,02 % immer noch hoch ist und die zweithöchste in der Provinz darstellt. Er forderte den Ständigen Ausschuss des Bezirksparteikomitees auf, dringend eine umfassende Überprüfung der wichtigsten Ziele und Aufgaben der Resolution des 6. Bezirksparteitags durchzuführen.

Quelle: Zeitung Thanh Hoa
Kommentar (0)"""

RU = """Утром 17 июля товарищ До Чонг Хынг, член ЦК Партии, секретарь провинциального комитета партии, председатель провинциального народного совета, посетил уезд Куан Шон и провел там рабочую встречу по итогам четырех лет выполнения резолюции 6-го съезда уездной партийной организации на срок 2020-2025 годов.

Рабочую встречу совместно провели секретарь провинциального комитета партии До Чонг Хынг, постоянный заместитель председателя провинциального народного комитета Нгуен Ван Тхи и секретарь уездного комитета партии Куан Шон Лыонг Тхи Хань.

По данным доклада, на сегодняшний день выполнены и перевыполнены 9 целевых показателей резолюции съезда. Средний темп роста стоимости продукции с 2021 года до конца 2023 года составил 4,55% (при целевом показателе резолюции 12,5%). Общий объем мобилизованного социального инвестиционного капитала к 2023 году достиг 1861 млрд донгов.

Завершая встречу, секретарь провинциального комитета партии отметил, что уровень бедности, хотя и снизился, остается высоким (30,02%, второй по величине в провинции). Он поручил Постоянному комитету уездного комитета партии срочно провести всесторонний обзор основных целей и задач резолюции 6-го съезда уездной партийной организации.

Ссылка на источник
Комментарий (0)"""

JA = """党中央委員、省党委員会書記、省人民評議会議長のドー・チョン・フン同志は、クアンソン郡を訪問して作業を行い、2020～2025年任期の第6回郡党大会決議の4年間の実施結果を検討した。

作業会議は、ドー・チョン・フン省党委員会書記、省党委員会常務委員で省人民委員会常任副委員長のグエン・バン・ティ同志、クアンソン郡党委員会書記のルオン・ティ・ハイン女史が共同で議長を務めた。

報告によると、2021年から2023年末までの生産額の平均成長率は4.55％（決議の目標は12.5％）に達した。郡全体で2つのコミューンと57の村が新農村基準を満たしている。2023年までに動員された社会投資資本の総額は1,861億ドンに達した。

文化スポーツ観光局のファム・グエン・ホン局長は会議で発言した。

会議を締めくくり、ドー・チョン・フン書記は、貧困率は減少したものの依然として30.02％と高く、省内で2番目に高いと指摘した。同氏は郡党委員会常務委員会に対し、第6回郡党大会決議の主要な目標と任務を早急に包括的に見直すよう要請した。

出典: タインホア新聞
コメント (0)"""

STORY["editions"] = [
    {"lang": "en", "text": EN, "meetings": [{
        "kind": "working_session", "title": TITLE, "date": "2024-07-17", "location": "Quan Son district",
        "attendees": [
            ("do-trong-hung@thanh-hoa", "Do Trong Hung", HUNG_TITLES, "chair"),
            ("nguyen-van-thi@thanh-hoa", "Nguyen Van Thi", THI_TITLES, "chair"),
            ("luong-thi-hanh@thanh-hoa", "Luong Thi Hanh", HANH, "chair"),
            ("pham-nguyen-hong@thanh-hoa", "Pham Nguyen Hong", HONG, "speaker"),
            ("nguyen-van-tu@thanh-hoa", "Nguyen Van Tu", TU, "speaker"),
        ],
        "kpis": [
            {"fact": "targets_met", "evidence": "so far 9 targets of the Congress Resolution have been achieved and exceeded"},
            {"fact": "targets_2025", "evidence": "by the end of 2025 it is expected that 23 targets will be achieved and exceeded"},
            {"fact": "targets_hard", "evidence": "4 targets will be difficult to achieve"},
            {"fact": "growth", "evidence": "The average growth rate of production value from 2021 to the end of 2023 reached 4.55% (the Resolution's target is 12.5%)"},
            {"fact": "communes_nr", "evidence": "The whole district has 2 communes and 57 villages meeting new rural standards"},
            {"fact": "villages_nr", "evidence": "57 villages meeting new rural standards"},
            {"fact": "villages_model", "evidence": "including 9 villages meeting model new rural standards"},
            {"fact": "ocop", "evidence": "9 OCOP products have been certified 3 stars"},
            {"fact": "investment", "evidence": "Total social investment capital mobilized by 2023 reached 1,861 billion VND"},
            {"fact": "poverty", "evidence": "the poverty rate, although reduced, remains high at 30.02%"},
        ],
        "directives": [
            ("do-trong-hung@thanh-hoa", "Standing Committee of the Quan Son District Party Committee",
             "Urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress", None,
             "He requested the Standing Committee of the District Party Committee to urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress."),
            ("do-trong-hung@thanh-hoa", "Quan Son district", "Continue to consider forestry economic development a key economic sector", None,
             "The district must continue to consider forestry economic development a key economic sector."),
        ],
    }]},
    {"lang": "de", "text": DE, "meetings": [{
        "kind": "working_session", "title": TITLE, "date": "2024-07-17", "location": "Quan Son district",
        "attendees": [
            ("do-trong-hung@thanh-hoa", "Do Trong Hung", HUNG_TITLES, "chair"),
            ("nguyen-van-thi@thanh-hoa", "Nguyen Van Thi", THI_TITLES, "chair"),
            ("luong-thi-hanh@thanh-hoa", "Luong Thi Hanh", HANH, "chair"),
            ("pham-nguyen-hong@thanh-hoa", "Pham Nguyen Hong", HONG, "speaker"),
            ("nguyen-van-tu@thanh-hoa", "Nguyen Van Tu", TU, "speaker"),
        ],
        "kpis": [
            {"fact": "growth", "evidence": "lag die durchschnittliche Wachstumsrate des Produktionswerts von 2021 bis Ende 2023 bei 4,55 % (das in der Resolution festgelegte Ziel betrug 12,5 %)"},
            {"fact": "communes_nr", "evidence": "Im gesamten Bezirk erfüllen 2 Gemeinden und 57 Dörfer die Standards für den neuen ländlichen Raum (NTM)"},
            {"fact": "villages_nr", "evidence": "57 Dörfer die Standards für den neuen ländlichen Raum (NTM)"},
            {"fact": "investment", "evidence": "Das bis 2023 mobilisierte gesamte soziale Investitionskapital erreichte 1.861 Mrd. VND"},
            {"fact": "poverty", "value": 3.02, "evidence": "dass die Armutsquote zwar gesenkt wurde, aber mit 3,02 % immer noch hoch ist",
             "note": "de drops a digit: 3,02 % for 30.02 %"},
        ],
        "directives": [
            ("do-trong-hung@thanh-hoa", "Standing Committee of the Quan Son District Party Committee",
             "Urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress", None,
             "Er forderte den Ständigen Ausschuss des Bezirksparteikomitees auf, dringend eine umfassende Überprüfung der wichtigsten Ziele und Aufgaben der Resolution des 6. Bezirksparteitags durchzuführen."),
        ],
    }]},
    {"lang": "ru", "text": RU, "notes": "names only the three chairs", "meetings": [{
        "kind": "working_session", "title": TITLE, "date": "2024-07-17", "location": "Quan Son district",
        "attendees": [
            ("do-trong-hung@thanh-hoa", "До Чонг Хынг", HUNG_TITLES, "chair"),
            ("nguyen-van-thi@thanh-hoa", "Нгуен Ван Тхи", ("Standing Vice Chairman of the Provincial People's Committee",), "chair"),
            ("luong-thi-hanh@thanh-hoa", "Лыонг Тхи Хань", HANH, "chair"),
        ],
        "kpis": [
            {"fact": "targets_met", "evidence": "на сегодняшний день выполнены и перевыполнены 9 целевых показателей резолюции съезда"},
            {"fact": "growth", "evidence": "Средний темп роста стоимости продукции с 2021 года до конца 2023 года составил 4,55% (при целевом показателе резолюции 12,5%)"},
            {"fact": "investment", "evidence": "Общий объем мобилизованного социального инвестиционного капитала к 2023 году достиг 1861 млрд донгов"},
            {"fact": "poverty", "evidence": "уровень бедности, хотя и снизился, остается высоким (30,02%"},
        ],
        "directives": [
            ("do-trong-hung@thanh-hoa", "Standing Committee of the Quan Son District Party Committee",
             "Urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress", None,
             "Он поручил Постоянному комитету уездного комитета партии срочно провести всесторонний обзор основных целей и задач резолюции 6-го съезда уездной партийной организации."),
        ],
    }]},
    {"lang": "ja", "text": JA, "notes": "no date; 1,861億 for 1,861 billion", "meetings": [{
        "kind": "working_session", "title": TITLE, "date": None, "location": "Quan Son district",
        "attendees": [
            ("do-trong-hung@thanh-hoa", "ドー・チョン・フン", HUNG_TITLES, "chair"),
            ("nguyen-van-thi@thanh-hoa", "グエン・バン・ティ", THI_TITLES, "chair"),
            ("luong-thi-hanh@thanh-hoa", "ルオン・ティ・ハイン", HANH, "chair"),
            ("pham-nguyen-hong@thanh-hoa", "ファム・グエン・ホン", HONG, "speaker"),
        ],
        "kpis": [
            {"fact": "growth", "evidence": "2021年から2023年末までの生産額の平均成長率は4.55％（決議の目標は12.5％）に達した"},
            {"fact": "communes_nr", "evidence": "郡全体で2つのコミューンと57の村が新農村基準を満たしている"},
            {"fact": "villages_nr", "evidence": "57の村が新農村基準を満たしている"},
            {"fact": "investment", "value": 1861, "scale": 1e8, "evidence": "2023年までに動員された社会投資資本の総額は1,861億ドンに達した",
             "note": "ja writes 1,861億 (1.861e11) for 1,861 billion (1.861e12)"},
            {"fact": "poverty", "evidence": "貧困率は減少したものの依然として30.02％と高く"},
        ],
        "directives": [
            ("do-trong-hung@thanh-hoa", "Standing Committee of the Quan Son District Party Committee",
             "Urgently conduct a comprehensive review of the main targets and tasks of the Resolution of the 6th District Party Congress", None,
             "同氏は郡党委員会常務委員会に対し、第6回郡党大会決議の主要な目標と任務を早急に包括的に見直すよう要請した。"),
        ],
    }]},
]
