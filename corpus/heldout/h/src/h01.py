"""h01: FICTIONAL working session of Tuyen Quang Provincial Party Secretary Ha Trung Kien with Son Duong district, 15 March 2025.

Fictional as a whole (people, figures and the session are invented), written by helper h
for the held-out reader test in Ukrainian, Russian and Italian, in the style of the
site's machine translations. The date is written in each language's own form ("15
березня 2025 року", "15 марта 2025 г.", "15 marzo 2025"). Names are transliterated as
Ukrainian / Russian media write Vietnamese names ("Ха Чунг Кієн" / "Ха Чунг Киен" for
Ha Trung Kien, "Чионг Тхі Нгок Ань" / "Чыонг Тхи Нгок Ань", "Данг Дінь Кхоа", "Фам Ван
Куєт" / "Куйет", "Хоанг Тхі Тху Хионг" / "Хыонг"); Italian keeps the Latin names without
diacritics. Traps: scale abbreviations with a dot ("2,4 тис. гектарів", "2,4 тыс.
гектаров"), inflected units ("млрд донгів" / "млрд донгов", "домогосподарств" /
"домохозяйств", "громад" / "общин"), space as thousands separator ("6 850 млрд", "1 150"),
Italian dot thousands separator ("2.400 ettari", "6.850 miliardi di dong") and decimal
comma, the percent written as a word ("4,12 відсотка", "4,12 процента", "4,12 per
cento"), "понад" / "более" / "oltre", "превысил" / "ha superato" (over), "близько" /
"около" / "circa" (about), a range 9,5-10% (labelled at its lower end, qualifier about),
a ratio 25/31, a target in a parenthesis "(ціль резолюції — 10%)". Not KPIs: the 4-year
duration, the 20th congress (ordinal), the rank "2-ге місце" / "2-е место" / "2° posto",
the 3-star rating, National Highway 37 (road number), the 80th anniversary, the terms
2020-2025 / 2025-2030. The district's proposal to the province is not a directive, nor
is the praise. The byline (Тхань Хуєн / Тхань Хуен / Thanh Huyen) is no attendee.
"""

M = "2024"
P = "2021-2024"
TITLE = "Working session of Provincial Party Secretary Ha Trung Kien with Son Duong district"
KIEN = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee")
ANH = ("Vice Chairwoman of the Provincial People's Committee",)
MANH = ("Member of the Standing Committee of the Provincial Party Committee",
        "Head of the Organization Commission of the Provincial Party Committee")
KHOA = ("Chairman of the Son Duong District People's Committee",)
QUYET = ("Secretary of the Son Duong District Party Committee",)
HUONG = ("Director of the Department of Agriculture and Rural Development",)

STORY = {
    "id": "h01",
    "province": "Tuyen Quang",
    "based_on": "fictional (helper h)",
    "events": {"h01": {"title": TITLE, "date": "2025-03-15"}},
    "people": {
        "ha-trung-kien@tuyen-quang": {"name": "Ha Trung Kien", "province": "Tuyen Quang"},
        "truong-thi-ngoc-anh@tuyen-quang": {"name": "Truong Thi Ngoc Anh", "province": "Tuyen Quang"},
        "nguyen-duc-manh@tuyen-quang": {"name": "Nguyen Duc Manh", "province": "Tuyen Quang"},
        "dang-dinh-khoa@tuyen-quang": {"name": "Dang Dinh Khoa", "province": "Tuyen Quang"},
        "pham-van-quyet@tuyen-quang": {"name": "Pham Van Quyet", "province": "Tuyen Quang"},
        "hoang-thi-thu-huong@tuyen-quang": {"name": "Hoang Thi Thu Huong", "province": "Tuyen Quang"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 9.15, "scale": 1, "unit": "%", "period": P, "target": 10},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 512.7,
                   "scale": 1e9, "unit": "VND", "period": M},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the estimate",
                       "value": 118.4, "scale": 1, "unit": "%", "period": M},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 58.6, "scale": 1e6,
                   "unit": "VND", "period": M},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 4.12, "scale": 1, "unit": "%",
                    "period": "by end of 2024"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 25,
                        "scale": 1, "unit": "communes", "out_of": 31},
        "forest_cover": {"code": "forest_cover", "indicator": "forest cover rate", "value": 65.3, "scale": 1,
                         "unit": "%"},
        "forest": {"code": None, "indicator": "concentrated forest planted", "value": 2.4, "scale": 1e3,
                   "unit": "hectares", "qualifier": "about", "period": P},
        "households": {"code": None, "indicator": "households escaped poverty", "value": 1150, "scale": 1,
                       "unit": "households", "qualifier": "over", "period": P},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 185.6, "scale": 1, "unit": "km",
                  "period": P},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 47, "scale": 1,
                 "unit": "products"},
        "investment": {"code": None, "indicator": "total social investment capital mobilised", "value": 6850,
                       "scale": 1e9, "unit": "VND", "qualifier": "over", "period": P},
        "tourists": {"code": "tourism_arrivals", "indicator": "visitors to the Tan Trao historical site",
                     "value": 1.25, "scale": 1e6, "unit": "people", "period": M},
        "growth_target": {"code": None, "indicator": "targeted production value growth rate", "value": 9.5,
                          "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
    },
    "editions": [],
}

UK = """Район Шон Зионг повинен прискорити розвиток громадського туризму, пов'язаного з історичною пам'яткою Тан Чао

Вранці 15 березня 2025 року товариш Ха Чунг Кієн, член ЦК Партії, секретар провінційного комітету партії, очолив робочу делегацію провінції на робочій зустрічі з районом Шон Зионг. Також були присутні товаришка Чионг Тхі Нгок Ань, заступниця голови провінційного народного комітету, та товариш Нгуєн Дик Мань, член Постійного комітету провінційного комітету партії, завідувач Організаційного відділу провінційного комітету партії.

Доповідаючи, голова Народного комітету району Шон Зионг Данг Дінь Кхоа зазначив, що після 4 років виконання резолюції 20-го з'їзду районної партійної організації на 2020-2025 роки середній темп зростання вартості виробництва в 2021-2024 роках становив 9,15% на рік (ціль резолюції — 10%). У 2024 році надходження до державного бюджету району склали 512,7 млрд донгів, що становить 118,4% від кошторису; за цим показником район посідає 2-ге місце в провінції. Середній дохід на душу населення досяг 58,6 млн донгів, а рівень бідності на кінець 2024 року знизився до 4,12 відсотка.

У розбудові нових сільських районів 25/31 громад району відповідають новим сільським стандартам. Лісистість району становить 65,3%. За 2021-2024 роки було висаджено близько 2,4 тис. гектарів концентрованих лісів, понад 1 150 домогосподарств вийшли з бідності, забетоновано 185,6 км сільських доріг. Район має 47 продуктів OCOP з рейтингом 3 зірки і вище; загальний обсяг залученого соціального інвестиційного капіталу за цей період склав понад 6 850 млрд донгів.

У 2024 році історичну пам'ятку Тан Чао відвідали 1,25 млн туристів. У 2025 році район прагне досягти темпу зростання вартості виробництва на рівні 9,5-10%.

На зустрічі виступили секретар районного комітету партії Шон Зионг Фам Ван Куєт і директорка Департаменту сільського господарства та розвитку села Хоанг Тхі Тху Хионг. Район запропонував провінції підтримати модернізацію національної автомагістралі 37, що проходить через район, і підготовку до 80-ї річниці Національного конгресу в Тан Чао.

Підбиваючи підсумки зустрічі, секретар провінційного комітету партії Ха Чунг Кієн високо оцінив результати, досягнуті районом. Він доручив Народному комітету району завершити розчищення території для проєкту швидкісної автомагістралі Туєн Куанг - Ха Зянг до 30 червня 2025 року. Район має зосередитися на розвитку громадського туризму, пов'язаного з особливою національною пам'яткою Тан Чао, та продуктів OCOP. Районному комітету партії необхідно добре підготуватися до з'їзду районної партійної організації на 2025-2030 роки. Секретар провінційного комітету партії доручив Департаменту сільського господарства та розвитку села координувати свої дії з районом у перегляді планування трьох типів лісів.

Тхань Хуєн

Посилання на джерело
Коментар (0)"""

RU = """Уезд Шон Зыонг должен ускорить развитие общинного туризма, связанного с историческим памятником Тан Чао

Утром 15 марта 2025 г. товарищ Ха Чунг Киен, член ЦК Партии, секретарь провинциального комитета партии, возглавил рабочую делегацию провинции на рабочей встрече с уездом Шон Зыонг. На встрече также присутствовали товарищ Чыонг Тхи Нгок Ань, заместитель председателя провинциального народного комитета, и товарищ Нгуен Дык Мань, член Постоянного комитета провинциального комитета партии, заведующий Организационным отделом провинциального комитета партии.

Выступая с докладом, председатель Народного комитета уезда Шон Зыонг Данг Динь Кхоа сообщил, что после 4 лет выполнения резолюции 20-го съезда уездной партийной организации на срок 2020-2025 гг. средний темп роста стоимости производства в 2021-2024 гг. составил 9,15% в год (цель резолюции — 10%). В 2024 г. поступления в государственный бюджет уезда составили 512,7 млрд донгов, или 118,4% от сметы; по этому показателю уезд занимает 2-е место в провинции. Средний доход на душу населения достиг 58,6 млн донгов, а уровень бедности к концу 2024 г. снизился до 4,12 процента.

В строительстве новых сельских районов 25/31 общин уезда соответствуют новым сельским стандартам. Лесистость уезда составляет 65,3%. За 2021-2024 гг. было высажено около 2,4 тыс. гектаров концентрированных лесов, более 1 150 домохозяйств вышли из бедности, забетонировано 185,6 км сельских дорог. В уезде насчитывается 47 продуктов OCOP с рейтингом 3 звезды и выше; общий объем привлеченного социального инвестиционного капитала за этот период превысил 6 850 млрд донгов.

В 2024 г. исторический памятник Тан Чао посетили 1,25 млн туристов. В 2025 г. уезд стремится обеспечить темп роста стоимости производства на уровне 9,5-10%.

На встрече выступили секретарь уездного комитета партии Шон Зыонг Фам Ван Куйет и директор Департамента сельского хозяйства и развития села Хоанг Тхи Тху Хыонг. Уезд предложил провинции поддержать модернизацию национального шоссе 37, проходящего через уезд, и подготовку к 80-й годовщине Национального конгресса в Тан Чао.

Подводя итоги встречи, секретарь провинциального комитета партии Ха Чунг Киен высоко оценил результаты, достигнутые уездом. Он поручил Народному комитету уезда завершить расчистку территории под проект скоростной автомагистрали Туенкуанг - Хазянг до 30 июня 2025 г. Уезду необходимо сосредоточиться на развитии общинного туризма, связанного с особым национальным памятником Тан Чао, и продуктов OCOP. Уездному комитету партии следует хорошо подготовиться к съезду уездной партийной организации на срок 2025-2030 гг. Секретарь провинциального комитета партии поручил Департаменту сельского хозяйства и развития села координировать работу с уездом по пересмотру планирования трех типов лесов.

Тхань Хуен

Ссылка на источник
Комментарий (0)"""

IT = """Il distretto di Son Duong deve accelerare lo sviluppo del turismo comunitario legato al sito storico di Tan Trao

La mattina del 15 marzo 2025, il compagno Ha Trung Kien, membro del Comitato Centrale del Partito, segretario del Comitato Provinciale del Partito, ha guidato la delegazione di lavoro della provincia in una sessione di lavoro con il distretto di Son Duong. Erano presenti anche la compagna Truong Thi Ngoc Anh, vicepresidente del Comitato Popolare Provinciale, e il compagno Nguyen Duc Manh, membro del Comitato Permanente del Comitato Provinciale del Partito, capo della Commissione Organizzativa del Comitato Provinciale del Partito.

Presentando la relazione, il presidente del Comitato Popolare del distretto di Son Duong, Dang Dinh Khoa, ha affermato che, dopo 4 anni di attuazione della risoluzione del 20° Congresso del Partito del distretto per il mandato 2020-2025, il tasso medio di crescita del valore della produzione nel periodo 2021-2024 è stato del 9,15% annuo (obiettivo della risoluzione: 10%). Nel 2024 le entrate del bilancio statale del distretto hanno raggiunto 512,7 miliardi di dong, pari al 118,4% della stima; per questo indicatore il distretto si colloca al 2° posto nella provincia. Il reddito medio pro capite ha raggiunto 58,6 milioni di dong e il tasso di povertà alla fine del 2024 è sceso al 4,12 per cento.

Nella costruzione di nuove aree rurali, 25/31 comuni del distretto soddisfano i nuovi standard rurali. Il tasso di copertura forestale del distretto è del 65,3%. Nel periodo 2021-2024 sono stati piantati circa 2.400 ettari di foreste concentrate, oltre 1.150 famiglie sono uscite dalla povertà e sono stati cementati 185,6 km di strade rurali. Il distretto conta 47 prodotti OCOP classificati con 3 stelle o più; il capitale di investimento sociale mobilitato nel periodo ha superato i 6.850 miliardi di dong.

Nel 2024 il sito storico di Tan Trao ha accolto 1,25 milioni di visitatori. Per il 2025 il distretto punta a una crescita del valore della produzione del 9,5-10%.

Alla sessione sono intervenuti il segretario del Comitato distrettuale del Partito di Son Duong, Pham Van Quyet, e la direttrice del Dipartimento dell'Agricoltura e dello Sviluppo Rurale, Hoang Thi Thu Huong. Il distretto ha proposto alla provincia di sostenere l'ammodernamento della strada nazionale 37 che attraversa il distretto e i preparativi per l'80° anniversario del Congresso Nazionale di Tan Trao.

Concludendo la sessione di lavoro, il segretario del Comitato Provinciale del Partito Ha Trung Kien ha apprezzato i risultati ottenuti dal distretto. Ha chiesto al Comitato Popolare del distretto di completare la bonifica dei terreni per il progetto dell'autostrada Tuyen Quang - Ha Giang entro il 30 giugno 2025. Il distretto deve concentrarsi sullo sviluppo del turismo comunitario legato al sito nazionale speciale di Tan Trao e dei prodotti OCOP. Il Comitato distrettuale del Partito deve prepararsi bene per il Congresso del Partito del distretto per il mandato 2025-2030. Il segretario ha incaricato il Dipartimento dell'Agricoltura e dello Sviluppo Rurale di coordinarsi con il distretto per rivedere la pianificazione dei tre tipi di foreste.

Thanh Huyen

Link alla fonte
Commento (0)"""

BASE = {"kind": "working_session", "title": TITLE, "date": "2025-03-15", "location": "Son Duong district"}
ISSUER = "ha-trung-kien@tuyen-quang"
DPC = "Son Duong District People's Committee"
DIST = "Son Duong district"
DPARTY = "Son Duong District Party Committee"
DARD = "Department of Agriculture and Rural Development"
ACT_LAND = "Complete the site clearance for the Tuyen Quang - Ha Giang expressway project before 30 June 2025"
ACT_TOUR = "Focus on developing community tourism linked to the Tan Trao special national relic site and OCOP products"
ACT_CONG = "Prepare well for the District Party Congress for the 2025-2030 term"
ACT_PLAN = "Coordinate with the district in reviewing the planning of the three types of forests"


def _people(names: tuple[str, str, str, str, str, str]) -> list[tuple]:
    keys = [("ha-trung-kien@tuyen-quang", KIEN, "chair"), ("truong-thi-ngoc-anh@tuyen-quang", ANH, "attendee"),
            ("nguyen-duc-manh@tuyen-quang", MANH, "attendee"), ("dang-dinh-khoa@tuyen-quang", KHOA, "speaker"),
            ("pham-van-quyet@tuyen-quang", QUYET, "speaker"), ("hoang-thi-thu-huong@tuyen-quang", HUONG, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "uk", "text": UK, "notes": "dated 15 березня 2025 року; 2,4 тис. гектарів; 6 850 млрд донгів; 4,12 відсотка; 25/31 громад",
     "meetings": [{
         **BASE,
         "attendees": _people(("Ха Чунг Кієн", "Чионг Тхі Нгок Ань", "Нгуєн Дик Мань", "Данг Дінь Кхоа",
                               "Фам Ван Куєт", "Хоанг Тхі Тху Хионг")),
         "kpis": [
             {"fact": "growth", "evidence": "середній темп зростання вартості виробництва в 2021-2024 роках становив 9,15% на рік (ціль резолюції — 10%)"},
             {"fact": "budget", "evidence": "У 2024 році надходження до державного бюджету району склали 512,7 млрд донгів"},
             {"fact": "budget_pct", "evidence": "У 2024 році надходження до державного бюджету району склали 512,7 млрд донгів, що становить 118,4% від кошторису"},
             {"fact": "income", "evidence": "Середній дохід на душу населення досяг 58,6 млн донгів"},
             {"fact": "poverty", "evidence": "рівень бідності на кінець 2024 року знизився до 4,12 відсотка"},
             {"fact": "communes_nr", "evidence": "25/31 громад району відповідають новим сільським стандартам"},
             {"fact": "forest_cover", "evidence": "Лісистість району становить 65,3%"},
             {"fact": "forest", "evidence": "За 2021-2024 роки було висаджено близько 2,4 тис. гектарів концентрованих лісів"},
             {"fact": "households", "evidence": "понад 1 150 домогосподарств вийшли з бідності"},
             {"fact": "roads", "evidence": "забетоновано 185,6 км сільських доріг"},
             {"fact": "ocop", "evidence": "Район має 47 продуктів OCOP з рейтингом 3 зірки і вище"},
             {"fact": "investment", "evidence": "загальний обсяг залученого соціального інвестиційного капіталу за цей період склав понад 6 850 млрд донгів"},
             {"fact": "tourists", "evidence": "У 2024 році історичну пам'ятку Тан Чао відвідали 1,25 млн туристів"},
             {"fact": "growth_target", "evidence": "У 2025 році район прагне досягти темпу зростання вартості виробництва на рівні 9,5-10%"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "Він доручив Народному комітету району завершити розчищення території для проєкту швидкісної автомагістралі Туєн Куанг - Ха Зянг до 30 червня 2025 року."),
             (ISSUER, DIST, ACT_TOUR, None,
              "Район має зосередитися на розвитку громадського туризму, пов'язаного з особливою національною пам'яткою Тан Чао, та продуктів OCOP."),
             (ISSUER, DPARTY, ACT_CONG, None,
              "Районному комітету партії необхідно добре підготуватися до з'їзду районної партійної організації на 2025-2030 роки."),
             (ISSUER, DARD, ACT_PLAN, None,
              "Секретар провінційного комітету партії доручив Департаменту сільського господарства та розвитку села координувати свої дії з районом у перегляді планування трьох типів лісів."),
         ],
     }]},
    {"lang": "ru", "text": RU, "notes": "dated 15 марта 2025 г.; 2,4 тыс. гектаров; превысил 6 850 млрд донгов; 4,12 процента; 25/31 общин",
     "meetings": [{
         **BASE,
         "attendees": _people(("Ха Чунг Киен", "Чыонг Тхи Нгок Ань", "Нгуен Дык Мань", "Данг Динь Кхоа",
                               "Фам Ван Куйет", "Хоанг Тхи Тху Хыонг")),
         "kpis": [
             {"fact": "growth", "evidence": "средний темп роста стоимости производства в 2021-2024 гг. составил 9,15% в год (цель резолюции — 10%)"},
             {"fact": "budget", "evidence": "В 2024 г. поступления в государственный бюджет уезда составили 512,7 млрд донгов"},
             {"fact": "budget_pct", "evidence": "В 2024 г. поступления в государственный бюджет уезда составили 512,7 млрд донгов, или 118,4% от сметы"},
             {"fact": "income", "evidence": "Средний доход на душу населения достиг 58,6 млн донгов"},
             {"fact": "poverty", "evidence": "уровень бедности к концу 2024 г. снизился до 4,12 процента"},
             {"fact": "communes_nr", "evidence": "25/31 общин уезда соответствуют новым сельским стандартам"},
             {"fact": "forest_cover", "evidence": "Лесистость уезда составляет 65,3%"},
             {"fact": "forest", "evidence": "За 2021-2024 гг. было высажено около 2,4 тыс. гектаров концентрированных лесов"},
             {"fact": "households", "evidence": "более 1 150 домохозяйств вышли из бедности"},
             {"fact": "roads", "evidence": "забетонировано 185,6 км сельских дорог"},
             {"fact": "ocop", "evidence": "В уезде насчитывается 47 продуктов OCOP с рейтингом 3 звезды и выше"},
             {"fact": "investment", "evidence": "общий объем привлеченного социального инвестиционного капитала за этот период превысил 6 850 млрд донгов"},
             {"fact": "tourists", "evidence": "В 2024 г. исторический памятник Тан Чао посетили 1,25 млн туристов"},
             {"fact": "growth_target", "evidence": "В 2025 г. уезд стремится обеспечить темп роста стоимости производства на уровне 9,5-10%"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "Он поручил Народному комитету уезда завершить расчистку территории под проект скоростной автомагистрали Туенкуанг - Хазянг до 30 июня 2025 г."),
             (ISSUER, DIST, ACT_TOUR, None,
              "Уезду необходимо сосредоточиться на развитии общинного туризма, связанного с особым национальным памятником Тан Чао, и продуктов OCOP."),
             (ISSUER, DPARTY, ACT_CONG, None,
              "Уездному комитету партии следует хорошо подготовиться к съезду уездной партийной организации на срок 2025-2030 гг."),
             (ISSUER, DARD, ACT_PLAN, None,
              "Секретарь провинциального комитета партии поручил Департаменту сельского хозяйства и развития села координировать работу с уездом по пересмотру планирования трех типов лесов."),
         ],
     }]},
    {"lang": "it", "text": IT, "notes": "dated 15 marzo 2025; 2.400 ettari; ha superato i 6.850 miliardi di dong; 4,12 per cento; 25/31 comuni",
     "meetings": [{
         **BASE,
         "attendees": _people(("Ha Trung Kien", "Truong Thi Ngoc Anh", "Nguyen Duc Manh", "Dang Dinh Khoa",
                               "Pham Van Quyet", "Hoang Thi Thu Huong")),
         "kpis": [
             {"fact": "growth", "evidence": "il tasso medio di crescita del valore della produzione nel periodo 2021-2024 è stato del 9,15% annuo (obiettivo della risoluzione: 10%)"},
             {"fact": "budget", "evidence": "Nel 2024 le entrate del bilancio statale del distretto hanno raggiunto 512,7 miliardi di dong"},
             {"fact": "budget_pct", "evidence": "Nel 2024 le entrate del bilancio statale del distretto hanno raggiunto 512,7 miliardi di dong, pari al 118,4% della stima"},
             {"fact": "income", "evidence": "Il reddito medio pro capite ha raggiunto 58,6 milioni di dong"},
             {"fact": "poverty", "evidence": "il tasso di povertà alla fine del 2024 è sceso al 4,12 per cento"},
             {"fact": "communes_nr", "evidence": "25/31 comuni del distretto soddisfano i nuovi standard rurali"},
             {"fact": "forest_cover", "evidence": "Il tasso di copertura forestale del distretto è del 65,3%"},
             {"fact": "forest", "value": 2400, "scale": 1,
              "evidence": "Nel periodo 2021-2024 sono stati piantati circa 2.400 ettari di foreste concentrate"},
             {"fact": "households", "evidence": "oltre 1.150 famiglie sono uscite dalla povertà"},
             {"fact": "roads", "evidence": "sono stati cementati 185,6 km di strade rurali"},
             {"fact": "ocop", "evidence": "Il distretto conta 47 prodotti OCOP classificati con 3 stelle o più"},
             {"fact": "investment", "evidence": "il capitale di investimento sociale mobilitato nel periodo ha superato i 6.850 miliardi di dong"},
             {"fact": "tourists", "evidence": "Nel 2024 il sito storico di Tan Trao ha accolto 1,25 milioni di visitatori"},
             {"fact": "growth_target", "evidence": "Per il 2025 il distretto punta a una crescita del valore della produzione del 9,5-10%"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "Ha chiesto al Comitato Popolare del distretto di completare la bonifica dei terreni per il progetto dell'autostrada Tuyen Quang - Ha Giang entro il 30 giugno 2025."),
             (ISSUER, DIST, ACT_TOUR, None,
              "Il distretto deve concentrarsi sullo sviluppo del turismo comunitario legato al sito nazionale speciale di Tan Trao e dei prodotti OCOP."),
             (ISSUER, DPARTY, ACT_CONG, None,
              "Il Comitato distrettuale del Partito deve prepararsi bene per il Congresso del Partito del distretto per il mandato 2025-2030."),
             (ISSUER, DARD, ACT_PLAN, None,
              "Il segretario ha incaricato il Dipartimento dell'Agricoltura e dello Sviluppo Rurale di coordinarsi con il distretto per rivedere la pianificazione dei tre tipi di foreste."),
         ],
     }]},
]
