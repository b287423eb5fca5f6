"""b01: FICTIONAL working session of Dak Lak Provincial Party Secretary Hoang Van Thanh with Krong Bong district, 14 March 2025.

Fictional as a whole (people, figures and the session are invented), written by helper b
for the held-out reader test in Turkish, Czech and Hungarian, in the style of the site's
machine translations. The date is written in each language's own form ("14 Mart 2025",
"14. března 2025", "2025. március 14-én"). Traps: Turkish percent sign before the number
and apostrophe suffixes (%7,8'e, VND'ye, km'den fazla), Turkish "yüzde"; Czech "v roce 2024
312,5 mld." and "v roce 2024 186" (a year right before a figure, with space-grouped
thousands elsewhere: "1 250 hektarů"); Hungarian case suffixes on figures (14,32%-ra,
VND-t, 104,2%-a) and "mrd."; a road number (il yolu 12 / silnice č. 12 / 12-es számú út)
and the "3 stars" OCOP threshold are not KPIs; the district's request to the province is
not a directive.
"""

M = "2024"
TITLE = ("Working session of Provincial Party Secretary Hoang Van Thanh with the Standing "
         "Committee of the Krong Bong District Party Committee")
THANH = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee",
         "Head of the Provincial National Assembly Delegation")
LAN = ("Deputy Secretary of the Provincial Party Committee", "Chairwoman of the Provincial People's Committee")
VINH = ("Secretary of the Krong Bong District Party Committee",)
PHUC = ("Chairman of the Krong Bong District People's Committee",)
DUC = ("Director of the Department of Agriculture and Environment",)

STORY = {
    "id": "b01",
    "province": "Dak Lak",
    "based_on": "fictional (helper b)",
    "events": {"b01": {"title": TITLE, "date": "2025-03-14"}},
    "people": {
        "hoang-van-thanh@dak-lak": {"name": "Hoang Van Thanh", "province": "Dak Lak"},
        "tran-thi-mai-lan@dak-lak": {"name": "Tran Thi Mai Lan", "province": "Dak Lak"},
        "le-quang-vinh@dak-lak": {"name": "Le Quang Vinh", "province": "Dak Lak"},
        "nguyen-huu-phuc@dak-lak": {"name": "Nguyen Huu Phuc", "province": "Dak Lak"},
        "pham-minh-duc@dak-lak": {"name": "Pham Minh Duc", "province": "Dak Lak"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 7.8, "scale": 1, "unit": "%", "period": "2021-2024", "target": 8.5},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 312.5,
                   "scale": 1e9, "unit": "VND", "period": M},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the estimate",
                       "value": 104.2, "scale": 1, "unit": "%", "period": M},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 48.6, "scale": 1e6,
                   "unit": "VND", "period": M},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 14.32, "scale": 1, "unit": "%",
                    "period": "by end of 2024"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 6,
                        "scale": 1, "unit": "communes", "out_of": 13},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 215, "scale": 1, "unit": "km",
                  "qualifier": "over", "period": "2021-2024"},
        "water": {"code": None, "indicator": "share of rural households using hygienic water", "value": 92.4,
                  "scale": 1, "unit": "%"},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 17, "scale": 1,
                 "unit": "products"},
        "forest": {"code": None, "indicator": "new forest planted", "value": 1250, "scale": 1, "unit": "hectares",
                   "qualifier": "about", "period": "2021-2024"},
        "members": {"code": None, "indicator": "new Party members admitted", "value": 186, "scale": 1,
                    "unit": "people", "period": M},
        "drug_cases": {"code": None, "indicator": "drug cases detected", "value": 48, "scale": 1, "unit": "cases",
                       "period": M},
        "drug_suspects": {"code": None, "indicator": "drug suspects detained", "value": 73, "scale": 1,
                          "unit": "people", "period": M},
    },
    "editions": [],
}

TR = """Krong Bong ilçesi, ilçe Parti Kongresi Kararının uygulanmasını hızlandırmalı

14 Mart 2025 sabahı, Parti Merkez Komitesi Üyesi, İl Parti Komitesi Sekreteri ve İl Ulusal Meclis Heyeti Başkanı Yoldaş Hoang Van Thanh, İl Parti Komitesi Daimi Komitesi'nin çalışma heyetine başkanlık ederek Krong Bong İlçe Parti Komitesi Daimi Komitesi ile bir çalışma oturumu gerçekleştirdi. Toplantıya İl Parti Komitesi Sekreter Yardımcısı ve İl Halk Komitesi Başkanı Bayan Tran Thi Mai Lan da katıldı.

Çalışma oturumunda rapor sunan Krong Bong İlçe Parti Komitesi Sekreteri Le Quang Vinh, 2020-2025 dönemi ilçe Parti Kongresi Kararının 4 yıllık uygulamasının ardından, 2021-2024 döneminde üretim değerinin ortalama büyüme hızının yıllık %7,8'e ulaştığını (Kararın hedefi %8,5) söyledi. 2024 yılında ilçedeki devlet bütçesi gelirleri 312,5 milyar VND'ye ulaşarak tahminin %104,2'sine ulaştı. 2024 yılında kişi başına düşen ortalama gelir 48,6 milyon VND oldu. Yoksulluk oranı 2024 yılı sonunda %14,32'ye düştü.

Yeni kırsal alan inşası konusunda ilçedeki 6/13 komün yeni kırsal standartlarını karşıladı. 2021-2024 döneminde 215 km'den fazla kırsal yol betonla kaplandı; kırsal hanelerin yüzde 92,4'ü hijyenik su kullanıyor. İlçede 3 yıldız ve üzeri olarak sınıflandırılmış 17 OCOP ürünü bulunuyor. Aynı dönemde yaklaşık 1.250 hektar yeni orman dikildi.

Parti inşası çalışmalarında, İlçe Parti Komitesi 2024 yılında 186 yeni Parti üyesini kabul etti. İlçe polisi 2024 yılında 48 uyuşturucu vakasını tespit ederek 73 şüpheliyi gözaltına aldı. Ancak ilçe, ilin en zor durumdaki bölgelerinden biri olmaya devam ediyor; altyapı hâlâ yetersiz ve etnik azınlıkların yaşadığı köylerde yaşam koşulları zor.

Toplantıda İlçe Halk Komitesi Başkanı Nguyen Huu Phuc ve Tarım ve Çevre Müdürlüğü Müdürü Pham Minh Duc da söz aldı; ilçe, il yolu 12'nin yükseltilmesi için ilden destek talep etti.

Toplantıyı kapatan İl Parti Sekreteri Hoang Van Thanh, ilçenin son dönemde elde ettiği sonuçları takdir etti ve dayanışma ruhunu övdü. Yoldaş, İlçe Parti Komitesi Daimi Komitesi'nden 2025-2030 dönemi ilçe Parti Kongresi için hazırlıkları iyi yapmasını ve siyasi rapor taslağını 30 Nisan 2025'ten önce tamamlamasını istedi. İlçe, etnik azınlık köylerinde sürdürülebilir yoksulluğun azaltılmasına ve uyuşturucu suçlarıyla mücadeleye odaklanmalıdır. Sekreter, Tarım ve Çevre Müdürlüğünü OCOP ürünlerinin geliştirilmesi ve ormanların korunması konusunda ilçeyle koordinasyon sağlamakla görevlendirdi.

Kaynak: Dak Lak Gazetesi"""

CS = """Okres Krong Bong musí urychlit plnění rezoluce okresního stranického sjezdu

Ráno 14. března 2025 vedl soudruh Hoang Van Thanh, člen Ústředního výboru strany, tajemník provinčního stranického výboru a předseda delegace Národního shromáždění provincie, pracovní delegaci stálého výboru provinčního stranického výboru na pracovním zasedání se stálým výborem okresního stranického výboru Krong Bong. Zasedání se zúčastnila také soudružka Tran Thi Mai Lan, zástupkyně tajemníka provinčního stranického výboru a předsedkyně provinčního lidového výboru.

Tajemník okresního stranického výboru Krong Bong Le Quang Vinh ve své zprávě uvedl, že po 4 letech plnění rezoluce okresního stranického sjezdu na období 2020–2025 dosáhlo průměrné tempo růstu hodnoty výroby v letech 2021–2024 7,8 % ročně (cíl rezoluce je 8,5 %). Příjmy státního rozpočtu v okrese dosáhly v roce 2024 312,5 mld. VND, což představuje 104,2 % odhadu. Průměrný příjem na obyvatele v roce 2024 činil 48,6 milionu VND. Míra chudoby klesla na konci roku 2024 na 14,32 %.

V oblasti výstavby nového venkova splňuje standardy nového venkova 6/13 obcí. V letech 2021–2024 bylo vybetonováno více než 215 km venkovských silnic; 92,4 % venkovských domácností používá hygienicky nezávadnou vodu. Okres má 17 produktů OCOP hodnocených 3 a více hvězdičkami. Ve stejném období bylo nově vysázeno téměř 1 250 hektarů lesa.

V oblasti budování strany přijal okresní stranický výbor v roce 2024 186 nových členů strany. Okresní policie v roce 2024 odhalila 48 drogových případů a zadržela 73 podezřelých. Okres však stále patří k nejobtížnějším oblastem provincie, infrastruktura je nedostatečná a život ve vesnicích etnických menšin zůstává těžký.

Na zasedání vystoupili také předseda okresního lidového výboru Nguyen Huu Phuc a ředitel odboru zemědělství a životního prostředí Pham Minh Duc; okres požádal provincii o podporu při modernizaci provinční silnice č. 12.

Na závěr zasedání tajemník provinčního stranického výboru Hoang Van Thanh ocenil výsledky, kterých okres v poslední době dosáhl, a vyzdvihl ducha solidarity. Požádal stálý výbor okresního stranického výboru, aby se dobře připravil na okresní stranický sjezd na období 2025–2030 a dokončil návrh politické zprávy do 30. dubna 2025. Okres se musí zaměřit na udržitelné snižování chudoby a boj proti drogové trestné činnosti ve vesnicích etnických menšin. Odbor zemědělství a životního prostředí pověřil koordinací s okresem při rozvoji produktů OCOP a ochraně lesů.

Zdroj: noviny Dak Lak"""

HU = """Krong Bong járásnak fel kell gyorsítania a járási pártkongresszus határozatának végrehajtását

2025. március 14-én délelőtt Hoang Van Thanh elvtárs, a Párt Központi Bizottságának tagja, a tartományi pártbizottság titkára, a tartományi nemzetgyűlési küldöttség vezetője a tartományi pártbizottság állandó bizottságának munkacsoportját vezetve munkaülést tartott a Krong Bong járási pártbizottság állandó bizottságával. Az ülésen részt vett Tran Thi Mai Lan asszony, a tartományi pártbizottság titkárhelyettese, a tartományi népi bizottság elnöke is.

A munkaülésen beszámolót tartó Le Quang Vinh, a Krong Bong járási pártbizottság titkára elmondta, hogy a 2020–2025-ös ciklusra szóló járási pártkongresszusi határozat 4 éves végrehajtása után a termelési érték átlagos növekedési üteme a 2021–2024 közötti időszakban évi 7,8% volt (a határozat célja 8,5%). A járás állami költségvetési bevétele 2024-ben elérte a 312,5 mrd. VND-t, ami az előirányzat 104,2%-a. Az egy főre jutó átlagjövedelem 2024-ben 48,6 millió VND volt. A szegénységi ráta 2024 végére 14,32%-ra csökkent.

Az új vidék építése terén a járás 6/13 községe teljesítette az új vidéki kritériumokat. 2021–2024 között több mint 215 km vidéki utat betonoztak le; a vidéki háztartások 92,4%-a használ higiénikus vizet. A járásnak 17 darab, 3 vagy több csillagos minősítésű OCOP-terméke van. Ugyanebben az időszakban közel 1250 hektár új erdőt telepítettek.

A pártépítés terén a járási pártbizottság 2024-ben 186 új párttagot vett fel. A járási rendőrség 2024-ben 48 kábítószer-ügyet derített fel, és 73 gyanúsítottat vett őrizetbe. A járás ugyanakkor továbbra is a tartomány egyik legnehezebb helyzetű területe, az infrastruktúra hiányos, az etnikai kisebbségi falvakban nehezek az életkörülmények.

Az ülésen felszólalt Nguyen Huu Phuc, a járási népi bizottság elnöke és Pham Minh Duc, a Mezőgazdasági és Környezetvédelmi Főosztály igazgatója is; a járás a 12-es számú tartományi út korszerűsítéséhez kért támogatást a tartománytól.

Az ülés zárásaként Hoang Van Thanh tartományi párttitkár elismerését fejezte ki a járás elmúlt időszakban elért eredményeiért, és méltatta az összefogás szellemét. Felkérte a járási pártbizottság állandó bizottságát, hogy alaposan készüljön fel a 2025–2030-as ciklus járási pártkongresszusára, és 2025. április 30. előtt készítse el a politikai beszámoló tervezetét. A járásnak a fenntartható szegénységcsökkentésre és a kábítószer-bűnözés elleni küzdelemre kell összpontosítania az etnikai kisebbségi falvakban. A Mezőgazdasági és Környezetvédelmi Főosztályt megbízta, hogy működjön együtt a járással az OCOP-termékek fejlesztésében és az erdők védelmében.

Forrás: Dak Lak újság"""

PEOPLE = [
    ("hoang-van-thanh@dak-lak", "Hoang Van Thanh", THANH, "chair"),
    ("tran-thi-mai-lan@dak-lak", "Tran Thi Mai Lan", LAN, "attendee"),
    ("le-quang-vinh@dak-lak", "Le Quang Vinh", VINH, "speaker"),
    ("nguyen-huu-phuc@dak-lak", "Nguyen Huu Phuc", PHUC, "speaker"),
    ("pham-minh-duc@dak-lak", "Pham Minh Duc", DUC, "speaker"),
]
BASE = {"kind": "working_session", "title": TITLE, "date": "2025-03-14", "location": "Krong Bong district",
        "attendees": PEOPLE}
ISSUER = "hoang-van-thanh@dak-lak"
SC = "Standing Committee of the Krong Bong District Party Committee"
ACT_PREP = ("Prepare well for the District Party Congress for the 2025-2030 term and complete the draft "
            "political report before 30 April 2025")
ACT_POOR = "Focus on sustainable poverty reduction and the fight against drug crime in ethnic minority villages"
ACT_DARD = "Coordinate with the district in developing OCOP products and protecting forests"
DARD = "Department of Agriculture and Environment"

STORY["editions"] = [
    {"lang": "tr", "text": TR, "notes": "dated 14 Mart 2025; %7,8 prefix percent; yüzde 92,4", "meetings": [{**BASE,
        "kpis": [
            {"fact": "growth", "evidence": "2021-2024 döneminde üretim değerinin ortalama büyüme hızının yıllık %7,8'e ulaştığını (Kararın hedefi %8,5)"},
            {"fact": "budget", "evidence": "2024 yılında ilçedeki devlet bütçesi gelirleri 312,5 milyar VND'ye ulaşarak"},
            {"fact": "budget_pct", "evidence": "2024 yılında ilçedeki devlet bütçesi gelirleri 312,5 milyar VND'ye ulaşarak tahminin %104,2'sine ulaştı"},
            {"fact": "income", "evidence": "2024 yılında kişi başına düşen ortalama gelir 48,6 milyon VND oldu"},
            {"fact": "poverty", "evidence": "Yoksulluk oranı 2024 yılı sonunda %14,32'ye düştü"},
            {"fact": "communes_nr", "evidence": "ilçedeki 6/13 komün yeni kırsal standartlarını karşıladı"},
            {"fact": "roads", "evidence": "2021-2024 döneminde 215 km'den fazla kırsal yol betonla kaplandı"},
            {"fact": "water", "evidence": "kırsal hanelerin yüzde 92,4'ü hijyenik su kullanıyor"},
            {"fact": "ocop", "evidence": "İlçede 3 yıldız ve üzeri olarak sınıflandırılmış 17 OCOP ürünü bulunuyor"},
            {"fact": "forest", "evidence": "Aynı dönemde yaklaşık 1.250 hektar yeni orman dikildi"},
            {"fact": "members", "evidence": "İlçe Parti Komitesi 2024 yılında 186 yeni Parti üyesini kabul etti"},
            {"fact": "drug_cases", "evidence": "İlçe polisi 2024 yılında 48 uyuşturucu vakasını tespit ederek"},
            {"fact": "drug_suspects", "evidence": "73 şüpheliyi gözaltına aldı"},
        ],
        "directives": [
            (ISSUER, SC, ACT_PREP, "2025-04-30",
             "Yoldaş, İlçe Parti Komitesi Daimi Komitesi'nden 2025-2030 dönemi ilçe Parti Kongresi için hazırlıkları iyi yapmasını ve siyasi rapor taslağını 30 Nisan 2025'ten önce tamamlamasını istedi."),
            (ISSUER, "Krong Bong district", ACT_POOR, None,
             "İlçe, etnik azınlık köylerinde sürdürülebilir yoksulluğun azaltılmasına ve uyuşturucu suçlarıyla mücadeleye odaklanmalıdır."),
            (ISSUER, DARD, ACT_DARD, None,
             "Sekreter, Tarım ve Çevre Müdürlüğünü OCOP ürünlerinin geliştirilmesi ve ormanların korunması konusunda ilçeyle koordinasyon sağlamakla görevlendirdi."),
        ],
    }]},
    {"lang": "cs", "text": CS, "notes": "dated 14. března 2025; year right before a figure (v roce 2024 312,5 mld.)", "meetings": [{**BASE,
        "kpis": [
            {"fact": "growth", "evidence": "dosáhlo průměrné tempo růstu hodnoty výroby v letech 2021–2024 7,8 % ročně (cíl rezoluce je 8,5 %)"},
            {"fact": "budget", "evidence": "Příjmy státního rozpočtu v okrese dosáhly v roce 2024 312,5 mld. VND"},
            {"fact": "budget_pct", "evidence": "Příjmy státního rozpočtu v okrese dosáhly v roce 2024 312,5 mld. VND, což představuje 104,2 % odhadu"},
            {"fact": "income", "evidence": "Průměrný příjem na obyvatele v roce 2024 činil 48,6 milionu VND"},
            {"fact": "poverty", "evidence": "Míra chudoby klesla na konci roku 2024 na 14,32 %"},
            {"fact": "communes_nr", "evidence": "splňuje standardy nového venkova 6/13 obcí"},
            {"fact": "roads", "evidence": "V letech 2021–2024 bylo vybetonováno více než 215 km venkovských silnic"},
            {"fact": "water", "evidence": "92,4 % venkovských domácností používá hygienicky nezávadnou vodu"},
            {"fact": "ocop", "evidence": "Okres má 17 produktů OCOP hodnocených 3 a více hvězdičkami"},
            {"fact": "forest", "evidence": "Ve stejném období bylo nově vysázeno téměř 1 250 hektarů lesa"},
            {"fact": "members", "evidence": "V oblasti budování strany přijal okresní stranický výbor v roce 2024 186 nových členů strany"},
            {"fact": "drug_cases", "evidence": "Okresní policie v roce 2024 odhalila 48 drogových případů"},
            {"fact": "drug_suspects", "evidence": "zadržela 73 podezřelých"},
        ],
        "directives": [
            (ISSUER, SC, ACT_PREP, "2025-04-30",
             "Požádal stálý výbor okresního stranického výboru, aby se dobře připravil na okresní stranický sjezd na období 2025–2030 a dokončil návrh politické zprávy do 30. dubna 2025."),
            (ISSUER, "Krong Bong district", ACT_POOR, None,
             "Okres se musí zaměřit na udržitelné snižování chudoby a boj proti drogové trestné činnosti ve vesnicích etnických menšin."),
            (ISSUER, DARD, ACT_DARD, None,
             "Odbor zemědělství a životního prostředí pověřil koordinací s okresem při rozvoji produktů OCOP a ochraně lesů."),
        ],
    }]},
    {"lang": "hu", "text": HU, "notes": "dated 2025. március 14-én; case suffixes on figures; mrd.", "meetings": [{**BASE,
        "kpis": [
            {"fact": "growth", "evidence": "a termelési érték átlagos növekedési üteme a 2021–2024 közötti időszakban évi 7,8% volt (a határozat célja 8,5%)"},
            {"fact": "budget", "evidence": "A járás állami költségvetési bevétele 2024-ben elérte a 312,5 mrd. VND-t"},
            {"fact": "budget_pct", "evidence": "A járás állami költségvetési bevétele 2024-ben elérte a 312,5 mrd. VND-t, ami az előirányzat 104,2%-a"},
            {"fact": "income", "evidence": "Az egy főre jutó átlagjövedelem 2024-ben 48,6 millió VND volt"},
            {"fact": "poverty", "evidence": "A szegénységi ráta 2024 végére 14,32%-ra csökkent"},
            {"fact": "communes_nr", "evidence": "a járás 6/13 községe teljesítette az új vidéki kritériumokat"},
            {"fact": "roads", "evidence": "2021–2024 között több mint 215 km vidéki utat betonoztak le"},
            {"fact": "water", "evidence": "a vidéki háztartások 92,4%-a használ higiénikus vizet"},
            {"fact": "ocop", "evidence": "A járásnak 17 darab, 3 vagy több csillagos minősítésű OCOP-terméke van"},
            {"fact": "forest", "evidence": "Ugyanebben az időszakban közel 1250 hektár új erdőt telepítettek"},
            {"fact": "members", "evidence": "a járási pártbizottság 2024-ben 186 új párttagot vett fel"},
            {"fact": "drug_cases", "evidence": "A járási rendőrség 2024-ben 48 kábítószer-ügyet derített fel"},
            {"fact": "drug_suspects", "evidence": "73 gyanúsítottat vett őrizetbe"},
        ],
        "directives": [
            (ISSUER, SC, ACT_PREP, "2025-04-30",
             "Felkérte a járási pártbizottság állandó bizottságát, hogy alaposan készüljön fel a 2025–2030-as ciklus járási pártkongresszusára, és 2025. április 30. előtt készítse el a politikai beszámoló tervezetét."),
            (ISSUER, "Krong Bong district", ACT_POOR, None,
             "A járásnak a fenntartható szegénységcsökkentésre és a kábítószer-bűnözés elleni küzdelemre kell összpontosítania az etnikai kisebbségi falvakban."),
            (ISSUER, DARD, ACT_DARD, None,
             "A Mezőgazdasági és Környezetvédelmi Főosztályt megbízta, hogy működjön együtt a járással az OCOP-termékek fejlesztésében és az erdők védelmében."),
        ],
    }]},
]
