"""h02: FICTIONAL conference of the Nghe An Provincial Steering Committee for the National Target Programmes, 9-month review, 8 October 2025.

Fictional as a whole (people, figures and the conference are invented), written by helper
h for the held-out reader test in Ukrainian, Russian and Italian, in the style of the
site's machine translations. The date: "8 жовтня 2025 р." (abbreviated year word), the
Russian edition gives only "8 октября" (the year follows from "первые 9 месяцев 2025
года"), the Italian one "Nella mattinata dell'8 ottobre 2025" (elided article). Names:
"Дінь В'єт Кионг" / "Динь Вьет Кыонг" (Dinh Viet Cuong), "Фан Суан Вінь" / "Фан Суан
Винь", inflected in Russian as "Фан Суан Винем" in its first occurrence (name_in_text
keeps the instrumental), "Ві Ван Шон" / "Ви Ван Шон" (Vi Van Son), "Лионг Ван Тієн" /
"Лыонг Ван Тьен", "Ло Тхі Май". Traps: "5,2 тис. домогосподарств" / "5,2 тыс.
домохозяйств" vs Italian "circa 5.200 famiglie"; "понад 12 тис." / "более чем 12 тыс."
/ "oltre 12.000"; "1 245,6 млрд донгів" (space thousands separator and decimal comma),
"1.245,6 miliardi di VND"; a range 95-97% (labelled at its lower end, qualifier about);
a ratio 86/130 комун / коммун / comuni; a forecast "за прогнозами, знизиться до 6,85%"
(about). Not KPIs: "3 національних цільових програм" (the number of programmes, plan
structure), the rank "4-те місце серед 34 провінцій" (rank and group size), the road
"національної траси 7" / "шоссе № 7" / "strada nazionale 7", "Програми 1719" (programme
named after decision 1719), the 9-month duration, the year 2024 of the capital. The
commune's proposal to the province is not a directive, nor is the praise. The byline
(Ханг Нга / Hang Nga) is no attendee.
"""

M9 = "first 9 months of 2025"
TITLE = ("Conference of the Nghe An Provincial Steering Committee for the National Target Programmes "
         "reviewing the first 9 months of 2025")
CUONG = ("Member of the Standing Committee of the Provincial Party Committee",
         "Standing Vice Chairman of the Provincial People's Committee", "Head of the Steering Committee")
MAI = ("Head of the Mass Mobilization Commission of the Provincial Party Committee",)
VINH = ("Director of the Department of Agriculture and Environment",)
SON = ("Director of the Department of Ethnic Minorities and Religions",)
TIEN = ("Chairman of the Tuong Duong Commune People's Committee",)

STORY = {
    "id": "h02",
    "province": "Nghe An",
    "based_on": "fictional (helper h)",
    "events": {"h02": {"title": TITLE, "date": "2025-10-08"}},
    "people": {
        "dinh-viet-cuong@nghe-an": {"name": "Dinh Viet Cuong", "province": "Nghe An"},
        "lo-thi-mai@nghe-an": {"name": "Lo Thi Mai", "province": "Nghe An"},
        "phan-xuan-vinh@nghe-an": {"name": "Phan Xuan Vinh", "province": "Nghe An"},
        "vi-van-son@nghe-an": {"name": "Vi Van Son", "province": "Nghe An"},
        "luong-van-tien@nghe-an": {"name": "Luong Van Tien", "province": "Nghe An"},
    },
    "facts": {
        "capital": {"code": None, "indicator": "total capital of the national target programmes allocated to the province",
                    "value": 1824, "scale": 1e9, "unit": "VND", "period": "2025"},
        "disbursed": {"code": "public_investment_disbursement_amount",
                      "indicator": "capital of the national target programmes disbursed", "value": 1245.6,
                      "scale": 1e9, "unit": "VND", "period": M9},
        "disbursed_pct": {"code": "public_investment_disbursement",
                          "indicator": "capital of the national target programmes disbursed as share of plan",
                          "value": 68.3, "scale": 1, "unit": "%", "period": M9},
        "forecast": {"code": None, "indicator": "forecast disbursement as share of plan by the end of the year",
                     "value": 95, "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
        "escaped": {"code": None, "indicator": "households escaped poverty", "value": 5.2, "scale": 1e3,
                    "unit": "households", "qualifier": "about", "period": M9},
        "poverty": {"code": "multidimensional_poverty_rate", "indicator": "multidimensional poverty rate",
                    "value": 6.85, "scale": 1, "unit": "%", "qualifier": "about", "period": "by end of 2025"},
        "houses": {"code": None, "indicator": "houses built and repaired for poor households", "value": 2350,
                   "scale": 1, "unit": "houses", "period": M9},
        "workers": {"code": None, "indicator": "rural workers given vocational training", "value": 12, "scale": 1e3,
                    "unit": "people", "qualifier": "over", "period": M9},
        "ocop": {"code": "ocop_products", "indicator": "new OCOP products certified", "value": 56, "scale": 1,
                 "unit": "products", "period": M9},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 86,
                        "scale": 1, "unit": "communes", "out_of": 130},
        "water": {"code": None, "indicator": "share of rural population using clean water", "value": 91.5,
                  "scale": 1, "unit": "%"},
        "projects": {"code": None, "indicator": "infrastructure projects completed in mountainous communes under Programme 1719",
                     "value": 317, "scale": 1, "unit": "projects"},
    },
    "editions": [],
}

UK = """Нгеан: прискорити освоєння капіталу національних цільових програм в останні місяці року

8 жовтня 2025 р. Провінційний керівний комітет національних цільових програм провінції Нгеан провів конференцію з підбиття підсумків виконання програм за перші 9 місяців 2025 року. Конференцію очолив товариш Дінь В'єт Кионг, член Постійного комітету провінційного комітету партії, постійний заступник голови провінційного народного комітету, голова Керівного комітету. На конференції була присутня товаришка Ло Тхі Май, завідувачка Відділу масової мобілізації провінційного комітету партії.

Згідно з доповіддю, яку представив директор Департаменту сільського господарства та довкілля Фан Суан Вінь, загальний обсяг капіталу 3 національних цільових програм, виділеного провінції на 2025 рік, становить 1 824 млрд донгів. За 9 місяців освоєно 1 245,6 млрд донгів, що становить 68,3% плану; за темпами освоєння Нгеан посідає 4-те місце серед 34 провінцій і міст. До кінця року провінція прогнозує освоєння на рівні 95-97% плану.

За перші 9 місяців з бідності вийшли близько 5,2 тис. домогосподарств, а рівень багатовимірної бідності на кінець 2025 року, за прогнозами, знизиться до 6,85%. Провінція побудувала та відремонтувала 2 350 будинків для бідних домогосподарств, організувала професійне навчання для понад 12 тис. сільських працівників і сертифікувала 56 нових продуктів OCOP. На сьогодні 86/130 комун провінції відповідають новим сільським стандартам. Частка сільського населення, що користується чистою водою, становить 91,5%. У гірських комунах уздовж національної траси 7 завершено 317 інфраструктурних проєктів у рамках Програми 1719.

Директор Департаменту у справах етнічних меншин і релігій Ві Ван Шон та голова Народного комітету комуни Тионг Зионг Лионг Ван Тієн також виступили на конференції; комуна Тионг Зионг запропонувала провінції продовжити термін освоєння капіталу 2024 року.

Завершуючи конференцію, товариш Дінь В'єт Кионг високо оцінив зусилля департаментів і комун. Він доручив Департаменту фінансів до 15 листопада 2025 р. надати рекомендації щодо розподілу залишку капіталу між комунами. Комунам необхідно прискорити освоєння капіталу національних цільових програм. Департамент сільського господарства та довкілля має переглянути та усунути перешкоди у виконанні проєктів підтримки виробництва. Членам Керівного комітету слід посилити інспектування та нагляд, не допускаючи втрат і марнотратства. Голова Керівного комітету доручив Департаменту у справах етнічних меншин і релігій координувати дії з комунами щодо спрямування реалізації політики для етнічних меншин.

Ханг Нга

Посилання на джерело
Коментар (0)"""

RU = """Нгеан: ускорить освоение капитала национальных целевых программ в последние месяцы года

8 октября Провинциальный руководящий комитет по национальным целевым программам провинции Нгеан провел конференцию по подведению итогов реализации программ за первые 9 месяцев 2025 года. Конференцию возглавил товарищ Динь Вьет Кыонг, член Постоянного комитета провинциального комитета партии, постоянный заместитель председателя провинциального народного комитета, председатель Руководящего комитета. На конференции присутствовала товарищ Ло Тхи Май, заведующая Отделом массовой мобилизации провинциального комитета партии.

Согласно докладу, представленному директором Департамента сельского хозяйства и окружающей среды Фан Суан Винем, общий объем капитала 3 национальных целевых программ, выделенного провинции на 2025 год, составляет 1 824 млрд донгов. За 9 месяцев освоено 1 245,6 млрд донгов, или 68,3% от плана; по темпам освоения Нгеан занимает 4-е место среди 34 провинций и городов. До конца года провинция прогнозирует освоение на уровне 95-97% от плана.

За первые 9 месяцев из бедности вышли около 5,2 тыс. домохозяйств, а уровень многомерной бедности к концу 2025 года, по прогнозам, снизится до 6,85%. Провинция построила и отремонтировала 2 350 домов для бедных домохозяйств, организовала профессиональное обучение для более чем 12 тыс. сельских работников и сертифицировала 56 новых продуктов OCOP. На сегодняшний день 86/130 коммун провинции соответствуют новым сельским стандартам. Доля сельского населения, пользующегося чистой водой, составляет 91,5%. В горных коммунах вдоль национального шоссе № 7 завершено 317 инфраструктурных проектов в рамках Программы 1719.

Директор Департамента по делам этнических меньшинств и религий Ви Ван Шон и председатель Народного комитета коммуны Тыонг Зыонг Лыонг Ван Тьен также выступили на конференции; коммуна Тыонг Зыонг предложила провинции продлить срок освоения капитала 2024 года.

Завершая конференцию, товарищ Динь Вьет Кыонг высоко оценил усилия департаментов и коммун. Он поручил Департаменту финансов до 15 ноября 2025 года подготовить рекомендации по распределению остатка капитала между коммунами. Коммунам необходимо ускорить освоение капитала национальных целевых программ. Департаменту сельского хозяйства и окружающей среды следует пересмотреть и устранить препятствия в реализации проектов поддержки производства. Членам Руководящего комитета нужно усилить проверки и надзор, не допуская потерь и расточительства. Председатель Руководящего комитета поручил Департаменту по делам этнических меньшинств и религий координировать работу с коммунами по руководству реализацией политики в отношении этнических меньшинств.

Ханг Нга

Ссылка на источник
Комментарий (0)"""

IT = """Nghe An: accelerare l'erogazione dei capitali dei programmi nazionali mirati negli ultimi mesi dell'anno

Nella mattinata dell'8 ottobre 2025, il Comitato direttivo provinciale per i programmi nazionali mirati della provincia di Nghe An ha tenuto una conferenza per esaminare l'attuazione dei programmi nei primi 9 mesi del 2025. Il compagno Dinh Viet Cuong, membro del Comitato Permanente del Comitato Provinciale del Partito, vicepresidente permanente del Comitato Popolare Provinciale, capo del Comitato direttivo, ha presieduto la conferenza. Alla conferenza era presente la compagna Lo Thi Mai, capo della Commissione per la Mobilitazione di Massa del Comitato Provinciale del Partito.

Secondo la relazione presentata dal direttore del Dipartimento dell'Agricoltura e dell'Ambiente, Phan Xuan Vinh, il capitale totale dei 3 programmi nazionali mirati assegnato alla provincia per il 2025 ammonta a 1.824 miliardi di VND. Nei 9 mesi sono stati erogati 1.245,6 miliardi di VND, pari al 68,3% del piano; per ritmo di erogazione Nghe An si colloca al 4° posto tra 34 province e città. Entro la fine dell'anno la provincia prevede un'erogazione pari al 95-97% del piano.

Nei primi 9 mesi circa 5.200 famiglie sono uscite dalla povertà e, secondo le previsioni, il tasso di povertà multidimensionale scenderà al 6,85% entro la fine del 2025. La provincia ha costruito e riparato 2.350 case per le famiglie povere, ha organizzato la formazione professionale per oltre 12.000 lavoratori rurali e ha certificato 56 nuovi prodotti OCOP. Ad oggi 86/130 comuni della provincia soddisfano i nuovi standard rurali. La quota della popolazione rurale che utilizza acqua pulita è del 91,5%. Nei comuni montani lungo la strada nazionale 7 sono stati completati 317 progetti infrastrutturali nell'ambito del Programma 1719.

Sono intervenuti alla conferenza anche il direttore del Dipartimento delle Minoranze Etniche e delle Religioni, Vi Van Son, e il presidente del Comitato Popolare del comune di Tuong Duong, Luong Van Tien; il comune di Tuong Duong ha proposto alla provincia di prorogare il termine di erogazione dei capitali del 2024.

Concludendo la conferenza, il compagno Dinh Viet Cuong ha apprezzato gli sforzi dei dipartimenti e dei comuni. Ha incaricato il Dipartimento delle Finanze di presentare entro il 15 novembre 2025 proposte per la ripartizione del capitale residuo tra i comuni. I comuni devono accelerare l'erogazione dei capitali dei programmi nazionali mirati. Il Dipartimento dell'Agricoltura e dell'Ambiente deve rivedere e rimuovere gli ostacoli nell'attuazione dei progetti di sostegno alla produzione. I membri del Comitato direttivo devono rafforzare le ispezioni e la supervisione, evitando perdite e sprechi. Il capo del Comitato direttivo ha incaricato il Dipartimento delle Minoranze Etniche e delle Religioni di coordinarsi con i comuni per guidare l'attuazione delle politiche per le minoranze etniche.

Hang Nga

Link alla fonte
Commento (0)"""

BASE = {"kind": "conference", "title": TITLE, "date": "2025-10-08", "location": "Nghe An province"}
ISSUER = "dinh-viet-cuong@nghe-an"
DOF = "Department of Finance"
COMMUNES = "Communes"
DAE = "Department of Agriculture and Environment"
MEMBERS = "Members of the Steering Committee"
DEM = "Department of Ethnic Minorities and Religions"
ACT_ALLOC = "Advise on allocating the remaining capital among the communes before 15 November 2025"
ACT_SPEED = "Speed up the disbursement of the capital of the national target programmes"
ACT_OBST = "Review and remove the obstacles in implementing the production support projects"
ACT_INSP = "Strengthen inspection and supervision, preventing loss and waste"
ACT_POL = "Coordinate with the communes in guiding the implementation of the policies for ethnic minorities"


def _people(names: tuple[str, str, str, str, str]) -> list[tuple]:
    keys = [("dinh-viet-cuong@nghe-an", CUONG, "chair"), ("lo-thi-mai@nghe-an", MAI, "attendee"),
            ("phan-xuan-vinh@nghe-an", VINH, "speaker"), ("vi-van-son@nghe-an", SON, "speaker"),
            ("luong-van-tien@nghe-an", TIEN, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "uk", "text": UK, "notes": "dated 8 жовтня 2025 р.; 5,2 тис. домогосподарств; понад 12 тис.; 1 245,6 млрд донгів; 86/130 комун",
     "meetings": [{
         **BASE,
         "attendees": _people(("Дінь В'єт Кионг", "Ло Тхі Май", "Фан Суан Вінь", "Ві Ван Шон", "Лионг Ван Тієн")),
         "kpis": [
             {"fact": "capital", "evidence": "загальний обсяг капіталу 3 національних цільових програм, виділеного провінції на 2025 рік, становить 1 824 млрд донгів"},
             {"fact": "disbursed", "evidence": "За 9 місяців освоєно 1 245,6 млрд донгів"},
             {"fact": "disbursed_pct", "evidence": "За 9 місяців освоєно 1 245,6 млрд донгів, що становить 68,3% плану"},
             {"fact": "forecast", "evidence": "До кінця року провінція прогнозує освоєння на рівні 95-97% плану"},
             {"fact": "escaped", "evidence": "За перші 9 місяців з бідності вийшли близько 5,2 тис. домогосподарств"},
             {"fact": "poverty", "evidence": "а рівень багатовимірної бідності на кінець 2025 року, за прогнозами, знизиться до 6,85%"},
             {"fact": "houses", "evidence": "Провінція побудувала та відремонтувала 2 350 будинків для бідних домогосподарств"},
             {"fact": "workers", "evidence": "організувала професійне навчання для понад 12 тис. сільських працівників"},
             {"fact": "ocop", "evidence": "сертифікувала 56 нових продуктів OCOP"},
             {"fact": "communes_nr", "evidence": "На сьогодні 86/130 комун провінції відповідають новим сільським стандартам"},
             {"fact": "water", "evidence": "Частка сільського населення, що користується чистою водою, становить 91,5%"},
             {"fact": "projects", "evidence": "У гірських комунах уздовж національної траси 7 завершено 317 інфраструктурних проєктів у рамках Програми 1719"},
         ],
         "directives": [
             (ISSUER, DOF, ACT_ALLOC, "2025-11-15",
              "Він доручив Департаменту фінансів до 15 листопада 2025 р. надати рекомендації щодо розподілу залишку капіталу між комунами."),
             (ISSUER, COMMUNES, ACT_SPEED, None,
              "Комунам необхідно прискорити освоєння капіталу національних цільових програм."),
             (ISSUER, DAE, ACT_OBST, None,
              "Департамент сільського господарства та довкілля має переглянути та усунути перешкоди у виконанні проєктів підтримки виробництва."),
             (ISSUER, MEMBERS, ACT_INSP, None,
              "Членам Керівного комітету слід посилити інспектування та нагляд, не допускаючи втрат і марнотратства."),
             (ISSUER, DEM, ACT_POL, None,
              "Голова Керівного комітету доручив Департаменту у справах етнічних меншин і релігій координувати дії з комунами щодо спрямування реалізації політики для етнічних меншин."),
         ],
     }]},
    {"lang": "ru", "text": RU, "notes": "no year (8 октября; year from первые 9 месяцев 2025 года); Фан Суан Винем; около 5,2 тыс.; более чем 12 тыс.; шоссе № 7",
     "meetings": [{
         **BASE,
         "attendees": _people(("Динь Вьет Кыонг", "Ло Тхи Май", "Фан Суан Винем", "Ви Ван Шон", "Лыонг Ван Тьен")),
         "kpis": [
             {"fact": "capital", "evidence": "общий объем капитала 3 национальных целевых программ, выделенного провинции на 2025 год, составляет 1 824 млрд донгов"},
             {"fact": "disbursed", "evidence": "За 9 месяцев освоено 1 245,6 млрд донгов"},
             {"fact": "disbursed_pct", "evidence": "За 9 месяцев освоено 1 245,6 млрд донгов, или 68,3% от плана"},
             {"fact": "forecast", "evidence": "До конца года провинция прогнозирует освоение на уровне 95-97% от плана"},
             {"fact": "escaped", "evidence": "За первые 9 месяцев из бедности вышли около 5,2 тыс. домохозяйств"},
             {"fact": "poverty", "evidence": "а уровень многомерной бедности к концу 2025 года, по прогнозам, снизится до 6,85%"},
             {"fact": "houses", "evidence": "Провинция построила и отремонтировала 2 350 домов для бедных домохозяйств"},
             {"fact": "workers", "evidence": "организовала профессиональное обучение для более чем 12 тыс. сельских работников"},
             {"fact": "ocop", "evidence": "сертифицировала 56 новых продуктов OCOP"},
             {"fact": "communes_nr", "evidence": "На сегодняшний день 86/130 коммун провинции соответствуют новым сельским стандартам"},
             {"fact": "water", "evidence": "Доля сельского населения, пользующегося чистой водой, составляет 91,5%"},
             {"fact": "projects", "evidence": "В горных коммунах вдоль национального шоссе № 7 завершено 317 инфраструктурных проектов в рамках Программы 1719"},
         ],
         "directives": [
             (ISSUER, DOF, ACT_ALLOC, "2025-11-15",
              "Он поручил Департаменту финансов до 15 ноября 2025 года подготовить рекомендации по распределению остатка капитала между коммунами."),
             (ISSUER, COMMUNES, ACT_SPEED, None,
              "Коммунам необходимо ускорить освоение капитала национальных целевых программ."),
             (ISSUER, DAE, ACT_OBST, None,
              "Департаменту сельского хозяйства и окружающей среды следует пересмотреть и устранить препятствия в реализации проектов поддержки производства."),
             (ISSUER, MEMBERS, ACT_INSP, None,
              "Членам Руководящего комитета нужно усилить проверки и надзор, не допуская потерь и расточительства."),
             (ISSUER, DEM, ACT_POL, None,
              "Председатель Руководящего комитета поручил Департаменту по делам этнических меньшинств и религий координировать работу с коммунами по руководству реализацией политики в отношении этнических меньшинств."),
         ],
     }]},
    {"lang": "it", "text": IT, "notes": "dated dell'8 ottobre 2025; circa 5.200 famiglie; oltre 12.000; 1.245,6 miliardi di VND; 86/130 comuni",
     "meetings": [{
         **BASE,
         "attendees": _people(("Dinh Viet Cuong", "Lo Thi Mai", "Phan Xuan Vinh", "Vi Van Son", "Luong Van Tien")),
         "kpis": [
             {"fact": "capital", "evidence": "il capitale totale dei 3 programmi nazionali mirati assegnato alla provincia per il 2025 ammonta a 1.824 miliardi di VND"},
             {"fact": "disbursed", "evidence": "Nei 9 mesi sono stati erogati 1.245,6 miliardi di VND"},
             {"fact": "disbursed_pct", "evidence": "Nei 9 mesi sono stati erogati 1.245,6 miliardi di VND, pari al 68,3% del piano"},
             {"fact": "forecast", "evidence": "Entro la fine dell'anno la provincia prevede un'erogazione pari al 95-97% del piano"},
             {"fact": "escaped", "value": 5200, "scale": 1,
              "evidence": "Nei primi 9 mesi circa 5.200 famiglie sono uscite dalla povertà"},
             {"fact": "poverty", "evidence": "il tasso di povertà multidimensionale scenderà al 6,85% entro la fine del 2025"},
             {"fact": "houses", "evidence": "La provincia ha costruito e riparato 2.350 case per le famiglie povere"},
             {"fact": "workers", "value": 12000, "scale": 1,
              "evidence": "ha organizzato la formazione professionale per oltre 12.000 lavoratori rurali"},
             {"fact": "ocop", "evidence": "ha certificato 56 nuovi prodotti OCOP"},
             {"fact": "communes_nr", "evidence": "Ad oggi 86/130 comuni della provincia soddisfano i nuovi standard rurali"},
             {"fact": "water", "evidence": "La quota della popolazione rurale che utilizza acqua pulita è del 91,5%"},
             {"fact": "projects", "evidence": "Nei comuni montani lungo la strada nazionale 7 sono stati completati 317 progetti infrastrutturali nell'ambito del Programma 1719"},
         ],
         "directives": [
             (ISSUER, DOF, ACT_ALLOC, "2025-11-15",
              "Ha incaricato il Dipartimento delle Finanze di presentare entro il 15 novembre 2025 proposte per la ripartizione del capitale residuo tra i comuni."),
             (ISSUER, COMMUNES, ACT_SPEED, None,
              "I comuni devono accelerare l'erogazione dei capitali dei programmi nazionali mirati."),
             (ISSUER, DAE, ACT_OBST, None,
              "Il Dipartimento dell'Agricoltura e dell'Ambiente deve rivedere e rimuovere gli ostacoli nell'attuazione dei progetti di sostegno alla produzione."),
             (ISSUER, MEMBERS, ACT_INSP, None,
              "I membri del Comitato direttivo devono rafforzare le ispezioni e la supervisione, evitando perdite e sprechi."),
             (ISSUER, DEM, ACT_POL, None,
              "Il capo del Comitato direttivo ha incaricato il Dipartimento delle Minoranze Etniche e delle Religioni di coordinarsi con i comuni per guidare l'attuazione delle politiche per le minoranze etniche."),
         ],
     }]},
]
