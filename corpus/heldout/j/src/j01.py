"""j01: FICTIONAL working session of Quang Ngai Provincial Party Secretary Dang Van Minh with Son Tinh district, 8 November 2024.

Fictional as a whole (people, figures and the session are invented), written by helper j
for the held-out reader test in Danish, Bulgarian and Slovak, in the style of the site's
machine translations. The date is written in each language's own form ("den 8. november
2024", "8 ноември 2024 г.", "8. novembra 2024"). Traps: Danish separators "12.450,5 mia.
VND", "1.285 mia.", "62,5 mio.", "320.000 turister", "ca. 1.250 hektar", "Mere end";
Bulgarian "12 450,5 млрд. донга", "62,5 млн. донга", "над 320 хил. туристи" (320 x 1e3),
"около 1250 хектара", names in Cyrillic ("Данг Ван Мин", "Хюин Дък Тхан"); Slovak
"12 450,5 mld. VND", "62,5 mil. VND", "viac ako 320 tis. turistov", "približne 1 250
hektárov", deadline "pred 31. decembrom 2024" (instrumental case). A range "3,5-4 %"
(labelled at its lower end, qualifier about), a ratio 14/16 communes. Not KPIs: the
4-year duration, Resolution No. 03-NQ/TU, the star rating (3 stars), the rank (no. 3 of 13
districts), national road 24, the 2025-2030 term. The district's proposal to the
province is not a directive, nor is the praise.
"""

M10 = "first 10 months of 2024"
TITLE = ("Working session of Provincial Party Secretary Dang Van Minh with Son Tinh district")
MINH = ("Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Council")
HIEN = ("Standing Vice Chairman of the Provincial People's Committee",)
LAN = ("Director of the Department of Planning and Investment",)
TRANG = ("Chairwoman of the Son Tinh District People's Committee",)
KHANH = ("Secretary of the Son Tinh District Party Committee",)
THANH = ("Director of the Department of Agriculture and Rural Development",)

STORY = {
    "id": "j01",
    "province": "Quang Ngai",
    "based_on": "fictional (helper j)",
    "events": {"j01": {"title": TITLE, "date": "2024-11-08"}},
    "people": {
        "dang-van-minh@quang-ngai": {"name": "Dang Van Minh", "province": "Quang Ngai"},
        "tran-phuoc-hien@quang-ngai": {"name": "Tran Phuoc Hien", "province": "Quang Ngai"},
        "nguyen-thi-lan@quang-ngai": {"name": "Nguyen Thi Lan", "province": "Quang Ngai"},
        "vo-thi-thu-trang@quang-ngai": {"name": "Vo Thi Thu Trang", "province": "Quang Ngai"},
        "pham-ngoc-khanh@quang-ngai": {"name": "Pham Ngoc Khanh", "province": "Quang Ngai"},
        "huynh-duc-thanh@quang-ngai": {"name": "Huynh Duc Thanh", "province": "Quang Ngai"},
    },
    "facts": {
        "production": {"code": "production_value", "indicator": "total production value of the district",
                       "value": 12450.5, "scale": 1e9, "unit": "VND", "period": M10},
        "growth": {"code": "production_value_growth", "indicator": "production value growth year on year",
                   "value": 8.6, "scale": 1, "unit": "%", "period": M10},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 1285,
                   "scale": 1e9, "unit": "VND", "period": M10},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "budget revenue as share of the estimate",
                       "value": 108.4, "scale": 1, "unit": "%", "period": M10},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 62.5,
                   "scale": 1e6, "unit": "VND", "period": M10},
        "agri": {"code": None, "indicator": "agricultural sector growth", "value": 3.5, "scale": 1, "unit": "%",
                 "qualifier": "about", "period": M10},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards",
                        "value": 14, "scale": 1, "unit": "communes", "out_of": 16},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 2.15, "scale": 1, "unit": "%"},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 95, "scale": 1, "unit": "km",
                  "qualifier": "over"},
        "forest": {"code": None, "indicator": "new forest planted", "value": 1250, "scale": 1, "unit": "hectares",
                   "qualifier": "about"},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 32,
                 "scale": 1, "unit": "products"},
        "enterprises": {"code": None, "indicator": "new enterprises established", "value": 126, "scale": 1,
                        "unit": "enterprises", "period": M10},
        "tourists": {"code": "tourism_arrivals", "indicator": "tourist arrivals in the district", "value": 320,
                     "scale": 1e3, "unit": "people", "qualifier": "over", "period": M10},
        "disbursement": {"code": "public_investment_disbursement",
                         "indicator": "public investment capital disbursed as share of plan", "value": 78.6,
                         "scale": 1, "unit": "%", "period": M10},
    },
    "editions": [],
}

DA = """Son Tinh-distriktet skal fremskynde udviklingen af OCOP-produkter og økoturisme

Om morgenen den 8. november 2024 ledede kammerat Dang Van Minh, sekretær for Provinsens Partikomité og formand for Provinsens Folkeråd, en arbejdsdelegation fra provinsen ved et arbejdsmøde med Son Tinh-distriktet. Til stede var også kammerat Tran Phuoc Hien, stående næstformand for Provinsens Folkekomité, og fru Nguyen Thi Lan, direktør for Departementet for Planlægning og Investering.

I sin rapport sagde fru Vo Thi Thu Trang, formand for Son Tinh-distriktets Folkekomité, at distriktets samlede produktionsværdi i de første 10 måneder af 2024 nåede 12.450,5 mia. VND, en stigning på 8,6 % i forhold til samme periode sidste år. Distriktets budgetindtægter nåede 1.285 mia. VND, svarende til 108,4 % af estimatet. Gennemsnitsindkomsten pr. indbygger var 62,5 mio. VND. Landbrugssektoren voksede med 3,5-4 %.

Efter 4 års gennemførelse af Resolution nr. 03-NQ/TU fra Provinsens Partikomité har 14/16 kommuner i distriktet opfyldt standarderne for nyt landdistrikt. Fattigdomsraten faldt til 2,15 %. Mere end 95 km landeveje er blevet betonstøbt, og der er plantet ca. 1.250 hektar ny skov. Distriktet har 32 OCOP-produkter med 3 stjerner eller derover. Siden årets begyndelse er der etableret 126 nye virksomheder, og distriktet har modtaget over 320.000 turister. Udbetalingen af offentlige investeringsmidler nåede 78,6 % af planen. I 2023 rangerede distriktet som nr. 3 ud af 13 distrikter og byer i provinsen i indekset for administrativ reform.

På mødet talte kammerat Pham Ngoc Khanh, sekretær for Son Tinh-distriktets Partikomité, og kammerat Huynh Duc Thanh, direktør for Departementet for Landbrug og Landdistriktsudvikling. Distriktet foreslog, at provinsen støtter midler til opgradering af nationalvej 24, der går gennem distriktet.

Som afslutning på arbejdsmødet roste kammerat Dang Van Minh de resultater, som distriktet har opnået. Han anmodede distriktets Folkekomité om at færdiggøre rydningen af arealer til kystvejsprojektet Dung Quat-Sa Huynh inden den 31. december 2024. Distriktet skal fokusere på at udvikle OCOP-produkter knyttet til økoturisme. Han pålagde Departementet for Landbrug og Landdistriktsudvikling at koordinere med distriktet om at gennemgå planlægningen af vandingsanlæg. Distriktets Partikomité skal forberede distriktets partikongres for perioden 2025-2030 godt.

Kilde: Quang Ngai Avis"""

BG = """Окръг Сон Тин трябва да ускори развитието на продуктите OCOP и екотуризма

Сутринта на 8 ноември 2024 г. другарят Данг Ван Мин, секретар на Провинциалния партиен комитет и председател на Провинциалния народен съвет, ръководи работна делегация на провинцията на работна среща с окръг Сон Тин. На срещата присъстваха и другарят Чан Фуок Хиен, постоянен заместник-председател на Провинциалния народен комитет, и г-жа Нгуен Тхи Лан, директор на Департамента по планиране и инвестиции.

В доклада си г-жа Во Тхи Тху Чанг, председател на Народния комитет на окръг Сон Тин, заяви, че през първите 10 месеца на 2024 г. общата стойност на производството в окръга е достигнала 12 450,5 млрд. донга, което е ръст от 8,6% спрямо същия период на миналата година. Бюджетните приходи на окръга достигнаха 1285 млрд. донга, което се равнява на 108,4% от прогнозата. Средният доход на човек от населението е 62,5 млн. донга. Селскостопанският сектор нарасна с 3,5–4%.

След 4 години изпълнение на Резолюция № 03-NQ/TU на Провинциалния партиен комитет 14/16 общини в окръга са изпълнили критериите за ново селско стопанство. Делът на бедността е спаднал до 2,15%. Бетонирани са над 95 км селски пътища, а са засадени около 1250 хектара нови гори. Окръгът има 32 продукта OCOP с 3 или повече звезди. От началото на годината са създадени 126 нови предприятия, а окръгът е посрещнал над 320 хил. туристи. Усвояването на публичните инвестиции е достигнало 78,6% от плана. През 2023 г. окръгът е заел 3-то място от 13 окръга и града в провинцията по индекса на административната реформа.

На срещата изказвания направиха другарят Фам Нгок Хан, секретар на Партийния комитет на окръг Сон Тин, и другарят Хюин Дък Тхан, директор на Департамента по земеделие и развитие на селските райони. Окръгът предложи провинцията да подкрепи със средства модернизирането на национален път № 24, минаващ през окръга.

В заключение на работната среща другарят Данг Ван Мин високо оцени постигнатите от окръга резултати. Той поиска Народният комитет на окръга да завърши освобождаването на терените за проекта за крайбрежния път Зунг Куат – Са Хюин преди 31 декември 2024 г. Окръгът трябва да се съсредоточи върху развитието на продукти OCOP, свързани с екотуризма. Той възложи на Департамента по земеделие и развитие на селските райони да координира с окръга прегледа на планирането на напоителните съоръжения. Партийният комитет на окръга трябва да подготви добре окръжната партийна конференция за мандата 2025–2030 г.

Източник: вестник „Куанг Нгай“"""

SK = """Okres Son Tinh musí urýchliť rozvoj produktov OCOP a ekoturizmu

Ráno 8. novembra 2024 súdruh Dang Van Minh, tajomník Provinčného straníckeho výboru a predseda Provinčnej ľudovej rady, viedol pracovnú delegáciu provincie na pracovnom stretnutí s okresom Son Tinh. Na stretnutí sa zúčastnili aj súdruh Tran Phuoc Hien, stály podpredseda Provinčného ľudového výboru, a pani Nguyen Thi Lan, riaditeľka Odboru plánovania a investícií.

Vo svojej správe pani Vo Thi Thu Trang, predsedníčka Ľudového výboru okresu Son Tinh, uviedla, že celková hodnota výroby okresu za prvých 10 mesiacov roku 2024 dosiahla 12 450,5 mld. VND, čo je nárast o 8,6 % v porovnaní s rovnakým obdobím minulého roka. Rozpočtové príjmy okresu dosiahli 1 285 mld. VND, čo zodpovedá 108,4 % odhadu. Priemerný príjem na obyvateľa bol 62,5 mil. VND. Poľnohospodársky sektor vzrástol o 3,5 – 4 %.

Po 4 rokoch plnenia uznesenia č. 03-NQ/TU Provinčného straníckeho výboru splnilo 14/16 obcí v okrese kritériá nového vidieka. Miera chudoby klesla na 2,15 %. Vybetónovaných bolo viac ako 95 km vidieckych ciest a vysadilo sa približne 1 250 hektárov nových lesov. Okres má 32 produktov OCOP s hodnotením 3 hviezdičky a viac. Od začiatku roka vzniklo 126 nových podnikov a okres privítal viac ako 320 tis. turistov. Čerpanie verejných investícií dosiahlo 78,6 % plánu. V roku 2023 sa okres umiestnil na 3. mieste spomedzi 13 okresov a miest provincie v indexe administratívnej reformy.

Na stretnutí vystúpili súdruh Pham Ngoc Khanh, tajomník Okresného straníckeho výboru Son Tinh, a súdruh Huynh Duc Thanh, riaditeľ Odboru poľnohospodárstva a rozvoja vidieka. Okres navrhol, aby provincia podporila financovanie modernizácie štátnej cesty č. 24, ktorá prechádza okresom.

Na záver pracovného stretnutia súdruh Dang Van Minh ocenil výsledky, ktoré okres dosiahol. Požiadal Ľudový výbor okresu, aby dokončil uvoľnenie pozemkov pre projekt pobrežnej cesty Dung Quat – Sa Huynh pred 31. decembrom 2024. Okres sa musí zamerať na rozvoj produktov OCOP spojených s ekoturizmom. Poveril Odbor poľnohospodárstva a rozvoja vidieka, aby s okresom koordinoval revíziu plánovania zavlažovacích zariadení. Okresný stranícky výbor musí dobre pripraviť okresnú stranícku konferenciu na obdobie 2025 – 2030.

Zdroj: noviny Quang Ngai"""

BASE = {"kind": "working_session", "title": TITLE, "date": "2024-11-08", "location": "Son Tinh district"}
ISSUER = "dang-van-minh@quang-ngai"
DPC = "Son Tinh District People's Committee"
DPARTY = "Son Tinh District Party Committee"
DARD = "Department of Agriculture and Rural Development"
ACT_LAND = "Complete the land clearance for the Dung Quat-Sa Huynh coastal road project before 31 December 2024"
ACT_OCOP = "Focus on developing OCOP products linked to eco-tourism"
ACT_IRR = "Coordinate with the district in reviewing the planning of irrigation works"
ACT_CONG = "Prepare well for the district Party congress for the 2025-2030 term"


def _people(names: tuple[str, str, str, str, str, str]) -> list[tuple]:
    keys = [("dang-van-minh@quang-ngai", MINH, "chair"), ("tran-phuoc-hien@quang-ngai", HIEN, "attendee"),
            ("nguyen-thi-lan@quang-ngai", LAN, "attendee"), ("vo-thi-thu-trang@quang-ngai", TRANG, "speaker"),
            ("pham-ngoc-khanh@quang-ngai", KHANH, "speaker"), ("huynh-duc-thanh@quang-ngai", THANH, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "da", "text": DA, "notes": "dated den 8. november 2024; 12.450,5 mia. VND; 320.000; ca. 1.250 hektar; range 3,5-4 %",
     "meetings": [{
        **BASE,
        "attendees": _people(("Dang Van Minh", "Tran Phuoc Hien", "Nguyen Thi Lan", "Vo Thi Thu Trang",
                              "Pham Ngoc Khanh", "Huynh Duc Thanh")),
        "kpis": [
            {"fact": "production", "evidence": "distriktets samlede produktionsværdi i de første 10 måneder af 2024 nåede 12.450,5 mia. VND"},
            {"fact": "growth", "evidence": "distriktets samlede produktionsværdi i de første 10 måneder af 2024 nåede 12.450,5 mia. VND, en stigning på 8,6 % i forhold til samme periode sidste år"},
            {"fact": "budget", "evidence": "Distriktets budgetindtægter nåede 1.285 mia. VND"},
            {"fact": "budget_pct", "evidence": "Distriktets budgetindtægter nåede 1.285 mia. VND, svarende til 108,4 % af estimatet"},
            {"fact": "income", "evidence": "Gennemsnitsindkomsten pr. indbygger var 62,5 mio. VND"},
            {"fact": "agri", "evidence": "Landbrugssektoren voksede med 3,5-4 %"},
            {"fact": "communes_nr", "evidence": "har 14/16 kommuner i distriktet opfyldt standarderne for nyt landdistrikt"},
            {"fact": "poverty", "evidence": "Fattigdomsraten faldt til 2,15 %"},
            {"fact": "roads", "evidence": "Mere end 95 km landeveje er blevet betonstøbt"},
            {"fact": "forest", "evidence": "der er plantet ca. 1.250 hektar ny skov"},
            {"fact": "ocop", "evidence": "Distriktet har 32 OCOP-produkter med 3 stjerner eller derover"},
            {"fact": "enterprises", "evidence": "Siden årets begyndelse er der etableret 126 nye virksomheder"},
            {"fact": "tourists", "value": 320000, "scale": 1, "evidence": "distriktet har modtaget over 320.000 turister"},
            {"fact": "disbursement", "evidence": "Udbetalingen af offentlige investeringsmidler nåede 78,6 % af planen"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2024-12-31",
             "Han anmodede distriktets Folkekomité om at færdiggøre rydningen af arealer til kystvejsprojektet Dung Quat-Sa Huynh inden den 31. december 2024."),
            (ISSUER, "Son Tinh district", ACT_OCOP, None,
             "Distriktet skal fokusere på at udvikle OCOP-produkter knyttet til økoturisme."),
            (ISSUER, DARD, ACT_IRR, None,
             "Han pålagde Departementet for Landbrug og Landdistriktsudvikling at koordinere med distriktet om at gennemgå planlægningen af vandingsanlæg."),
            (ISSUER, DPARTY, ACT_CONG, None,
             "Distriktets Partikomité skal forberede distriktets partikongres for perioden 2025-2030 godt."),
        ],
    }]},
    {"lang": "bg", "text": BG, "notes": "dated 8 ноември 2024 г.; 12 450,5 млрд. донга; над 320 хил. туристи; около 1250 хектара; range 3,5–4%",
     "meetings": [{
        **BASE,
        "attendees": _people(("Данг Ван Мин", "Чан Фуок Хиен", "Нгуен Тхи Лан", "Во Тхи Тху Чанг",
                              "Фам Нгок Хан", "Хюин Дък Тхан")),
        "kpis": [
            {"fact": "production", "evidence": "общата стойност на производството в окръга е достигнала 12 450,5 млрд. донга"},
            {"fact": "growth", "evidence": "общата стойност на производството в окръга е достигнала 12 450,5 млрд. донга, което е ръст от 8,6% спрямо същия период на миналата година"},
            {"fact": "budget", "evidence": "Бюджетните приходи на окръга достигнаха 1285 млрд. донга"},
            {"fact": "budget_pct", "evidence": "Бюджетните приходи на окръга достигнаха 1285 млрд. донга, което се равнява на 108,4% от прогнозата"},
            {"fact": "income", "evidence": "Средният доход на човек от населението е 62,5 млн. донга"},
            {"fact": "agri", "evidence": "Селскостопанският сектор нарасна с 3,5–4%"},
            {"fact": "communes_nr", "evidence": "14/16 общини в окръга са изпълнили критериите за ново селско стопанство"},
            {"fact": "poverty", "evidence": "Делът на бедността е спаднал до 2,15%"},
            {"fact": "roads", "evidence": "Бетонирани са над 95 км селски пътища"},
            {"fact": "forest", "evidence": "а са засадени около 1250 хектара нови гори"},
            {"fact": "ocop", "evidence": "Окръгът има 32 продукта OCOP с 3 или повече звезди"},
            {"fact": "enterprises", "evidence": "От началото на годината са създадени 126 нови предприятия"},
            {"fact": "tourists", "evidence": "а окръгът е посрещнал над 320 хил. туристи"},
            {"fact": "disbursement", "evidence": "Усвояването на публичните инвестиции е достигнало 78,6% от плана"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2024-12-31",
             "Той поиска Народният комитет на окръга да завърши освобождаването на терените за проекта за крайбрежния път Зунг Куат – Са Хюин преди 31 декември 2024 г."),
            (ISSUER, "Son Tinh district", ACT_OCOP, None,
             "Окръгът трябва да се съсредоточи върху развитието на продукти OCOP, свързани с екотуризма."),
            (ISSUER, DARD, ACT_IRR, None,
             "Той възложи на Департамента по земеделие и развитие на селските райони да координира с окръга прегледа на планирането на напоителните съоръжения."),
            (ISSUER, DPARTY, ACT_CONG, None,
             "Партийният комитет на окръга трябва да подготви добре окръжната партийна конференция за мандата 2025–2030 г."),
        ],
    }]},
    {"lang": "sk", "text": SK, "notes": "dated 8. novembra 2024; 12 450,5 mld. VND; viac ako 320 tis.; pred 31. decembrom 2024; range 3,5 – 4 %",
     "meetings": [{
        **BASE,
        "attendees": _people(("Dang Van Minh", "Tran Phuoc Hien", "Nguyen Thi Lan", "Vo Thi Thu Trang",
                              "Pham Ngoc Khanh", "Huynh Duc Thanh")),
        "kpis": [
            {"fact": "production", "evidence": "celková hodnota výroby okresu za prvých 10 mesiacov roku 2024 dosiahla 12 450,5 mld. VND"},
            {"fact": "growth", "evidence": "celková hodnota výroby okresu za prvých 10 mesiacov roku 2024 dosiahla 12 450,5 mld. VND, čo je nárast o 8,6 % v porovnaní s rovnakým obdobím minulého roka"},
            {"fact": "budget", "evidence": "Rozpočtové príjmy okresu dosiahli 1 285 mld. VND"},
            {"fact": "budget_pct", "evidence": "Rozpočtové príjmy okresu dosiahli 1 285 mld. VND, čo zodpovedá 108,4 % odhadu"},
            {"fact": "income", "evidence": "Priemerný príjem na obyvateľa bol 62,5 mil. VND"},
            {"fact": "agri", "evidence": "Poľnohospodársky sektor vzrástol o 3,5 – 4 %"},
            {"fact": "communes_nr", "evidence": "splnilo 14/16 obcí v okrese kritériá nového vidieka"},
            {"fact": "poverty", "evidence": "Miera chudoby klesla na 2,15 %"},
            {"fact": "roads", "evidence": "Vybetónovaných bolo viac ako 95 km vidieckych ciest"},
            {"fact": "forest", "evidence": "vysadilo sa približne 1 250 hektárov nových lesov"},
            {"fact": "ocop", "evidence": "Okres má 32 produktov OCOP s hodnotením 3 hviezdičky a viac"},
            {"fact": "enterprises", "evidence": "Od začiatku roka vzniklo 126 nových podnikov"},
            {"fact": "tourists", "evidence": "okres privítal viac ako 320 tis. turistov"},
            {"fact": "disbursement", "evidence": "Čerpanie verejných investícií dosiahlo 78,6 % plánu"},
        ],
        "directives": [
            (ISSUER, DPC, ACT_LAND, "2024-12-31",
             "Požiadal Ľudový výbor okresu, aby dokončil uvoľnenie pozemkov pre projekt pobrežnej cesty Dung Quat – Sa Huynh pred 31. decembrom 2024."),
            (ISSUER, "Son Tinh district", ACT_OCOP, None,
             "Okres sa musí zamerať na rozvoj produktov OCOP spojených s ekoturizmom."),
            (ISSUER, DARD, ACT_IRR, None,
             "Poveril Odbor poľnohospodárstva a rozvoja vidieka, aby s okresom koordinoval revíziu plánovania zavlažovacích zariadení."),
            (ISSUER, DPARTY, ACT_CONG, None,
             "Okresný stranícky výbor musí dobre pripraviť okresnú stranícku konferenciu na obdobie 2025 – 2030."),
        ],
    }]},
]
