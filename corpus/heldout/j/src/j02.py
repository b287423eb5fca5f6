"""j02: FICTIONAL 18th conference of the Thai Binh Provincial Party Executive Committee reviewing 2024, 12 December 2024.

Fictional as a whole (people, figures and the conference are invented), written by helper
j for the held-out reader test in Danish, Bulgarian and Slovak, in the style of the site's
machine translations. The Danish and Bulgarian editions date the conference ("Den 12.
december 2024", "На 12 декември 2024 г."); the Slovak edition writes "Dňa 12. decembra"
without the year (the year 2024 follows from the reviewed year; 2025 is named for targets
and deadlines). Traps: Danish "9.850 mia. VND", "2,15 mia. USD", "over 850 mio. USD",
"knap 35.000 arbejdere", "under 2 %"; Bulgarian "9850 млрд. донга", "2,15 млрд. щатски
долара", "над 850 млн. щатски долара", "близо 35 хил. работници" (35 x 1e3), "под 2%", the
abbreviation БРВП for GRDP, the ordinal "18-а"; Slovak "9 850 mld. VND", "takmer 35 tis.
pracovníkov", "pod 2 %", the abbreviation HRDP, the chair's name inflected at its first
mention ("pod vedením súdruha Do Quang Tuana"), the deadline "do 31. januára 2025". A ratio
22/24 targets, a range target "10-10,5 %" for 2025 (lower end, qualifier about). Not
KPIs: the ordinal conference number, the rank (second highest in the country), the 95th
anniversary of the Party, Resolution 18-NQ/TW, the 2025-2030 term. The finance
department's proposal to the central government is not a directive, nor is the praise.
"""

Y = "2024"
TITLE = ("18th conference of the Thai Binh Provincial Party Executive Committee reviewing the "
         "implementation of tasks in 2024")
TUAN = ("Secretary of the Provincial Party Committee",)
CHAU = ("Standing Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Council")
HA = ("Vice Chairwoman of the Provincial People's Committee",)
DUONG = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
CUONG = ("Director of the Department of Finance",)
QUYET = ("Head of the Organization Commission of the Provincial Party Committee",)

STORY = {
    "id": "j02",
    "province": "Thai Binh",
    "based_on": "fictional (helper j)",
    "events": {"j02": {"title": TITLE, "date": "2024-12-12"}},
    "people": {
        "do-quang-tuan@thai-binh": {"name": "Do Quang Tuan", "province": "Thai Binh"},
        "hoang-minh-chau@thai-binh": {"name": "Hoang Minh Chau", "province": "Thai Binh"},
        "lai-thi-thu-ha@thai-binh": {"name": "Lai Thi Thu Ha", "province": "Thai Binh"},
        "nguyen-khac-duong@thai-binh": {"name": "Nguyen Khac Duong", "province": "Thai Binh"},
        "vu-manh-cuong@thai-binh": {"name": "Vu Manh Cuong", "province": "Thai Binh"},
        "trinh-van-quyet@thai-binh": {"name": "Trinh Van Quyet", "province": "Thai Binh"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 9.52, "scale": 1, "unit": "%",
                 "period": Y},
        "grdp_pc": {"code": "grdp_per_capita", "indicator": "GRDP per capita", "value": 85.3, "scale": 1e6,
                    "unit": "VND", "period": Y},
        "budget": {"code": "budget_revenue", "indicator": "total state budget revenue in the province", "value": 9850,
                   "scale": 1e9, "unit": "VND", "period": Y},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "budget revenue as share of the estimate",
                       "value": 112.4, "scale": 1, "unit": "%", "period": Y},
        "exports": {"code": "export_turnover", "indicator": "export turnover", "value": 2.15, "scale": 1e9,
                    "unit": "USD", "period": Y},
        "fdi": {"code": "fdi_attracted", "indicator": "foreign direct investment attracted", "value": 850,
                "scale": 1e6, "unit": "USD", "qualifier": "over", "period": Y},
        "targets": {"code": "targets_achieved", "indicator": "main targets achieved or exceeded", "value": 22,
                    "scale": 1, "unit": "targets", "out_of": 24, "period": Y},
        "nr_advanced": {"code": None, "indicator": "additional communes meeting advanced new rural standards",
                        "value": 68, "scale": 1, "unit": "communes", "period": Y},
        "jobs": {"code": None, "indicator": "workers provided with jobs", "value": 35, "scale": 1e3,
                 "unit": "people", "qualifier": "about", "period": Y},
        "unemployment": {"code": None, "indicator": "urban unemployment rate", "value": 2, "scale": 1, "unit": "%",
                         "qualifier": "under", "period": Y},
        "trained": {"code": None, "indicator": "share of trained workers", "value": 72.5, "scale": 1, "unit": "%",
                    "period": Y},
        "insurance": {"code": None, "indicator": "health insurance coverage", "value": 93.8, "scale": 1, "unit": "%",
                      "period": Y},
        "target_2025": {"code": "grdp_growth", "indicator": "target GRDP growth", "value": 10, "scale": 1, "unit": "%",
                        "qualifier": "about", "period": "2025"},
    },
    "editions": [],
}

DA = """Thai Binhs provinspartikomité evaluerer gennemførelsen af opgaverne i 2024

Den 12. december 2024 afholdt Thai Binhs Provinsielle Partiforretningsudvalg sin 18. konference for at evaluere gennemførelsen af de politiske opgaver i 2024 og fastlægge opgaverne for 2025. Kammerat Do Quang Tuan, sekretær for Provinsens Partikomité, ledede konferencen. Til stede var kammerat Hoang Minh Chau, stående vicesekretær for Provinsens Partikomité og formand for Provinsens Folkeråd, og fru Lai Thi Thu Ha, næstformand for Provinsens Folkekomité.

Ved præsentationen af rapporten sagde kammerat Nguyen Khac Duong, vicesekretær for Provinsens Partikomité og formand for Provinsens Folkekomité, at provinsens bruttonationalprodukt (GRDP) i 2024 voksede med 9,52 %, det næsthøjeste i landet. GRDP pr. indbygger nåede 85,3 mio. VND. De samlede budgetindtægter i provinsen var 9.850 mia. VND, svarende til 112,4 % af estimatet. Eksportomsætningen nåede 2,15 mia. USD, og provinsen tiltrak over 850 mio. USD i udenlandske direkte investeringer. 22/24 hovedmål blev nået eller overskredet.

Yderligere 68 kommuner opfyldte standarderne for avanceret nyt landdistrikt. Der blev skabt job til knap 35.000 arbejdere, og arbejdsløsheden i byerne lå under 2 %. Andelen af uddannet arbejdskraft nåede 72,5 %, og dækningen af sygesikring var 93,8 %. For 2025 sigter provinsen mod en GRDP-vækst på 10-10,5 %. Provinsen forbereder samtidig fejringen af 95-året for grundlæggelsen af Vietnams Kommunistiske Parti.

På konferencen talte kammerat Vu Manh Cuong, direktør for Finansdepartementet, og kammerat Trinh Van Quyet, leder af Provinsens Partikomités Organisationskommission. Finansdepartementet foreslog, at centralregeringen overvejer at tildele yderligere kapital til Thai Binh økonomiske zone.

Som afslutning på konferencen anerkendte kammerat Do Quang Tuan de opnåede resultater. Han anmodede Provinsens Folkekomité om at færdiggøre udbetalingen af alle offentlige investeringsmidler inden den 31. januar 2025. Partikomitéerne på alle niveauer skal organisere partikongresserne på græsrodsniveau for perioden 2025-2030 godt. Finansdepartementet skal koordinere med de øvrige departementer om at gennemgå strømliningen af apparatet i henhold til Resolution 18-NQ/TW. Sektorer og lokaliteter skal sikre sikkerhed og orden under månenytåret 2025.

Kilde: Thai Binh Avis"""

BG = """Провинциалният партиен комитет на Тхай Бин обсъди изпълнението на задачите през 2024 г.

На 12 декември 2024 г. Изпълнителният комитет на Провинциалния партиен комитет на Тхай Бин проведе своята 18-а конференция, за да оцени изпълнението на политическите задачи през 2024 г. и да набележи задачите за 2025 г. Конференцията бе председателствана от другаря До Куанг Туан, секретар на Провинциалния партиен комитет. Присъстваха другарят Хоанг Мин Тяу, постоянен заместник-секретар на Провинциалния партиен комитет и председател на Провинциалния народен съвет, и г-жа Лай Тхи Тху Ха, заместник-председател на Провинциалния народен комитет.

Представяйки доклада, другарят Нгуен Кхак Зуонг, заместник-секретар на Провинциалния партиен комитет и председател на Провинциалния народен комитет, заяви, че през 2024 г. брутният регионален вътрешен продукт (БРВП) на провинцията е нараснал с 9,52%, вторият най-висок ръст в страната. БРВП на глава от населението е достигнал 85,3 млн. донга. Общите бюджетни приходи в провинцията са 9850 млрд. донга, което се равнява на 112,4% от прогнозата. Износът е достигнал 2,15 млрд. щатски долара, а провинцията е привлякла над 850 млн. щатски долара преки чуждестранни инвестиции. 22/24 основни цели са изпълнени или преизпълнени.

Още 68 общини са изпълнили критериите за усъвършенствано ново селско стопанство. Осигурена е работа за близо 35 хил. работници, а безработицата в градските райони е под 2%. Делът на обучената работна сила е достигнал 72,5%, а обхватът на здравното осигуряване е 93,8%. За 2025 г. провинцията си поставя за цел ръст на БРВП от 10–10,5%. Провинцията подготвя и честването на 95-ата годишнина от основаването на Комунистическата партия на Виетнам.

На конференцията се изказаха другарят Ву Ман Куонг, директор на Департамента по финансите, и другарят Чин Ван Куйет, ръководител на Организационния отдел на Провинциалния партиен комитет. Департаментът по финансите предложи централното правителство да обмисли отпускането на допълнителен капитал за икономическата зона Тхай Бин.

В заключение другарят До Куанг Туан оцени високо постигнатите резултати. Той поиска Провинциалният народен комитет да завърши усвояването на всички публични инвестиционни средства преди 31 януари 2025 г. Партийните комитети на всички нива трябва да организират добре партийните конгреси на първично ниво за мандата 2025–2030 г. Департаментът по финансите трябва да координира с другите департаменти прегледа на оптимизирането на апарата съгласно Резолюция 18-NQ/TW. Секторите и населените места трябва да осигурят сигурността и реда по време на Лунната нова година 2025 г.

Източник: вестник „Тхай Бин“"""

SK = """Provinčný stranícky výbor Thai Binh zhodnotil plnenie úloh v roku 2024

Dňa 12. decembra usporiadal Výkonný výbor Provinčného straníckeho výboru Thai Binh svoju 18. konferenciu s cieľom zhodnotiť plnenie politických úloh v roku 2024 a stanoviť úlohy na rok 2025. Konferencia sa konala pod vedením súdruha Do Quang Tuana, tajomníka Provinčného straníckeho výboru. Na konferencii sa zúčastnili súdruh Hoang Minh Chau, stály zástupca tajomníka Provinčného straníckeho výboru a predseda Provinčnej ľudovej rady, a pani Lai Thi Thu Ha, podpredsedníčka Provinčného ľudového výboru.

Pri predstavovaní správy súdruh Nguyen Khac Duong, zástupca tajomníka Provinčného straníckeho výboru a predseda Provinčného ľudového výboru, uviedol, že hrubý regionálny domáci produkt (HRDP) provincie v roku 2024 vzrástol o 9,52 %, čo je druhý najvyšší rast v krajine. HRDP na obyvateľa dosiahol 85,3 mil. VND. Celkové rozpočtové príjmy provincie predstavovali 9 850 mld. VND, čo zodpovedá 112,4 % odhadu. Vývoz dosiahol 2,15 mld. USD a provincia prilákala viac ako 850 mil. USD priamych zahraničných investícií. Splnených alebo prekročených bolo 22/24 hlavných cieľov.

Ďalších 68 obcí splnilo kritériá pokročilého nového vidieka. Prácu získalo takmer 35 tis. pracovníkov a miera nezamestnanosti v mestách bola pod 2 %. Podiel vyškolenej pracovnej sily dosiahol 72,5 % a pokrytie zdravotným poistením 93,8 %. Na rok 2025 si provincia stanovila cieľ rastu HRDP na úrovni 10 – 10,5 %. Provincia zároveň pripravuje oslavy 95. výročia založenia Komunistickej strany Vietnamu.

Na konferencii vystúpili súdruh Vu Manh Cuong, riaditeľ Odboru financií, a súdruh Trinh Van Quyet, vedúci Organizačnej komisie Provinčného straníckeho výboru. Odbor financií navrhol, aby ústredná vláda zvážila pridelenie dodatočného kapitálu pre ekonomickú zónu Thai Binh.

Na záver konferencie súdruh Do Quang Tuan ocenil dosiahnuté výsledky. Požiadal Provinčný ľudový výbor, aby do 31. januára 2025 dokončil čerpanie všetkých verejných investičných prostriedkov. Stranícke výbory na všetkých úrovniach musia dobre zorganizovať stranícke zjazdy na základnej úrovni na obdobie 2025 – 2030. Odbor financií musí koordinovať s ostatnými odbormi revíziu zefektívnenia aparátu podľa uznesenia č. 18-NQ/TW. Sektory a obce musia zaistiť bezpečnosť a poriadok počas lunárneho Nového roka 2025.

Zdroj: noviny Thai Binh"""

BASE = {"kind": "conference", "title": TITLE, "date": "2024-12-12", "location": "Thai Binh province"}
ISSUER = "do-quang-tuan@thai-binh"
PPC = "Provincial People's Committee"
PARTY = "Party committees at all levels"
DOF = "Department of Finance"
SECT = "sectors and localities"
ACT_DISB = "Complete the disbursement of all public investment capital before 31 January 2025"
ACT_CONG = "Organize well the grassroots Party congresses for the 2025-2030 term"
ACT_APP = "Coordinate with the other departments in reviewing the streamlining of the apparatus under Resolution 18-NQ/TW"
ACT_TET = "Ensure security and order during the 2025 Lunar New Year"


def _people(names: tuple[str, str, str, str, str, str]) -> list[tuple]:
    keys = [("do-quang-tuan@thai-binh", TUAN, "chair"), ("hoang-minh-chau@thai-binh", CHAU, "attendee"),
            ("lai-thi-thu-ha@thai-binh", HA, "attendee"), ("nguyen-khac-duong@thai-binh", DUONG, "speaker"),
            ("vu-manh-cuong@thai-binh", CUONG, "speaker"), ("trinh-van-quyet@thai-binh", QUYET, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "da", "text": DA, "notes": "dated Den 12. december 2024; 9.850 mia. VND; knap 35.000; under 2 %; range 10-10,5 %",
     "meetings": [{
        **BASE,
        "attendees": _people(("Do Quang Tuan", "Hoang Minh Chau", "Lai Thi Thu Ha", "Nguyen Khac Duong",
                              "Vu Manh Cuong", "Trinh Van Quyet")),
        "kpis": [
            {"fact": "grdp", "evidence": "provinsens bruttonationalprodukt (GRDP) i 2024 voksede med 9,52 %"},
            {"fact": "grdp_pc", "evidence": "GRDP pr. indbygger nåede 85,3 mio. VND"},
            {"fact": "budget", "evidence": "De samlede budgetindtægter i provinsen var 9.850 mia. VND"},
            {"fact": "budget_pct", "evidence": "De samlede budgetindtægter i provinsen var 9.850 mia. VND, svarende til 112,4 % af estimatet"},
            {"fact": "exports", "evidence": "Eksportomsætningen nåede 2,15 mia. USD"},
            {"fact": "fdi", "evidence": "provinsen tiltrak over 850 mio. USD i udenlandske direkte investeringer"},
            {"fact": "targets", "evidence": "22/24 hovedmål blev nået eller overskredet"},
            {"fact": "nr_advanced", "evidence": "Yderligere 68 kommuner opfyldte standarderne for avanceret nyt landdistrikt"},
            {"fact": "jobs", "value": 35000, "scale": 1, "evidence": "Der blev skabt job til knap 35.000 arbejdere"},
            {"fact": "unemployment", "evidence": "arbejdsløsheden i byerne lå under 2 %"},
            {"fact": "trained", "evidence": "Andelen af uddannet arbejdskraft nåede 72,5 %"},
            {"fact": "insurance", "evidence": "dækningen af sygesikring var 93,8 %"},
            {"fact": "target_2025", "evidence": "For 2025 sigter provinsen mod en GRDP-vækst på 10-10,5 %"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2025-01-31",
             "Han anmodede Provinsens Folkekomité om at færdiggøre udbetalingen af alle offentlige investeringsmidler inden den 31. januar 2025."),
            (ISSUER, PARTY, ACT_CONG, None,
             "Partikomitéerne på alle niveauer skal organisere partikongresserne på græsrodsniveau for perioden 2025-2030 godt."),
            (ISSUER, DOF, ACT_APP, None,
             "Finansdepartementet skal koordinere med de øvrige departementer om at gennemgå strømliningen af apparatet i henhold til Resolution 18-NQ/TW."),
            (ISSUER, SECT, ACT_TET, None,
             "Sektorer og lokaliteter skal sikre sikkerhed og orden under månenytåret 2025."),
        ],
    }]},
    {"lang": "bg", "text": BG, "notes": "dated 12 декември 2024 г.; 9850 млрд. донга; близо 35 хил.; под 2%; БРВП; range 10–10,5%",
     "meetings": [{
        **BASE,
        "attendees": _people(("До Куанг Туан", "Хоанг Мин Тяу", "Лай Тхи Тху Ха", "Нгуен Кхак Зуонг",
                              "Ву Ман Куонг", "Чин Ван Куйет")),
        "kpis": [
            {"fact": "grdp", "evidence": "брутният регионален вътрешен продукт (БРВП) на провинцията е нараснал с 9,52%"},
            {"fact": "grdp_pc", "evidence": "БРВП на глава от населението е достигнал 85,3 млн. донга"},
            {"fact": "budget", "evidence": "Общите бюджетни приходи в провинцията са 9850 млрд. донга"},
            {"fact": "budget_pct", "evidence": "Общите бюджетни приходи в провинцията са 9850 млрд. донга, което се равнява на 112,4% от прогнозата"},
            {"fact": "exports", "evidence": "Износът е достигнал 2,15 млрд. щатски долара"},
            {"fact": "fdi", "evidence": "а провинцията е привлякла над 850 млн. щатски долара преки чуждестранни инвестиции"},
            {"fact": "targets", "evidence": "22/24 основни цели са изпълнени или преизпълнени"},
            {"fact": "nr_advanced", "evidence": "Още 68 общини са изпълнили критериите за усъвършенствано ново селско стопанство"},
            {"fact": "jobs", "evidence": "Осигурена е работа за близо 35 хил. работници"},
            {"fact": "unemployment", "evidence": "а безработицата в градските райони е под 2%"},
            {"fact": "trained", "evidence": "Делът на обучената работна сила е достигнал 72,5%"},
            {"fact": "insurance", "evidence": "а обхватът на здравното осигуряване е 93,8%"},
            {"fact": "target_2025", "evidence": "За 2025 г. провинцията си поставя за цел ръст на БРВП от 10–10,5%"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2025-01-31",
             "Той поиска Провинциалният народен комитет да завърши усвояването на всички публични инвестиционни средства преди 31 януари 2025 г."),
            (ISSUER, PARTY, ACT_CONG, None,
             "Партийните комитети на всички нива трябва да организират добре партийните конгреси на първично ниво за мандата 2025–2030 г."),
            (ISSUER, DOF, ACT_APP, None,
             "Департаментът по финансите трябва да координира с другите департаменти прегледа на оптимизирането на апарата съгласно Резолюция 18-NQ/TW."),
            (ISSUER, SECT, ACT_TET, None,
             "Секторите и населените места трябва да осигурят сигурността и реда по време на Лунната нова година 2025 г."),
        ],
    }]},
    {"lang": "sk", "text": SK, "notes": "dated Dňa 12. decembra (no year); 9 850 mld. VND; takmer 35 tis.; pod 2 %; HRDP; Tuana; range 10 – 10,5 %",
     "meetings": [{
        **BASE,
        "attendees": _people(("Do Quang Tuana", "Hoang Minh Chau", "Lai Thi Thu Ha", "Nguyen Khac Duong",
                              "Vu Manh Cuong", "Trinh Van Quyet")),
        "kpis": [
            {"fact": "grdp", "evidence": "hrubý regionálny domáci produkt (HRDP) provincie v roku 2024 vzrástol o 9,52 %"},
            {"fact": "grdp_pc", "evidence": "HRDP na obyvateľa dosiahol 85,3 mil. VND"},
            {"fact": "budget", "evidence": "Celkové rozpočtové príjmy provincie predstavovali 9 850 mld. VND"},
            {"fact": "budget_pct", "evidence": "Celkové rozpočtové príjmy provincie predstavovali 9 850 mld. VND, čo zodpovedá 112,4 % odhadu"},
            {"fact": "exports", "evidence": "Vývoz dosiahol 2,15 mld. USD"},
            {"fact": "fdi", "evidence": "provincia prilákala viac ako 850 mil. USD priamych zahraničných investícií"},
            {"fact": "targets", "evidence": "Splnených alebo prekročených bolo 22/24 hlavných cieľov"},
            {"fact": "nr_advanced", "evidence": "Ďalších 68 obcí splnilo kritériá pokročilého nového vidieka"},
            {"fact": "jobs", "evidence": "Prácu získalo takmer 35 tis. pracovníkov"},
            {"fact": "unemployment", "evidence": "miera nezamestnanosti v mestách bola pod 2 %"},
            {"fact": "trained", "evidence": "Podiel vyškolenej pracovnej sily dosiahol 72,5 %"},
            {"fact": "insurance", "evidence": "pokrytie zdravotným poistením 93,8 %"},
            {"fact": "target_2025", "evidence": "Na rok 2025 si provincia stanovila cieľ rastu HRDP na úrovni 10 – 10,5 %"},
        ],
        "directives": [
            (ISSUER, PPC, ACT_DISB, "2025-01-31",
             "Požiadal Provinčný ľudový výbor, aby do 31. januára 2025 dokončil čerpanie všetkých verejných investičných prostriedkov."),
            (ISSUER, PARTY, ACT_CONG, None,
             "Stranícke výbory na všetkých úrovniach musia dobre zorganizovať stranícke zjazdy na základnej úrovni na obdobie 2025 – 2030."),
            (ISSUER, DOF, ACT_APP, None,
             "Odbor financií musí koordinovať s ostatnými odbormi revíziu zefektívnenia aparátu podľa uznesenia č. 18-NQ/TW."),
            (ISSUER, SECT, ACT_TET, None,
             "Sektory a obce musia zaistiť bezpečnosť a poriadok počas lunárneho Nového roka 2025."),
        ],
    }]},
]
