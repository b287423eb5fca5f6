"""c01: FICTIONAL Quang Ninh Provincial People's Committee meeting, 9-month review, 6 October 2025.

Fictional as a whole (people, figures and the event are invented), written by helper c
as held-out test data for the reader in Dutch, Swedish and Greek, in the style of the
site's machine translations. Dated in the text in each language's own date form (el:
"Το πρωί της 6ης Οκτωβρίου 2025", genitive ordinal). Traps: sv writes thousands with a
space (38 650); percent as a word (nl/sv "procent", el "τοις εκατό"); scale
abbreviations (nl "mld.", sv "mdr", el "δισ.", "εκατ."); qualifiers ruim / drygt /
bijna / nästan / σχεδόν / πάνω από; a range 11–12% (labelled at its lower end,
qualifier about); a ratio 47/92; Greek names in Greek script and the Greek semicolon
"·"; "among the 10 provinces with the highest growth" is a rank, not a KPI.
"""

M9 = "first 9 months of 2025"
KHANG = ("Deputy Secretary of the Provincial Party Committee",
         "Chairman of the Provincial People's Committee")
HANG = ("Standing Vice Chairwoman of the Provincial People's Committee",)
LOC = ("Director of the Department of Finance",)
HIEN = ("Director of the Provincial Police",)
DUC = ("Director of the Department of Agriculture and Environment",)
TITLE = ("Quang Ninh Provincial People's Committee regular meeting reviewing socio-economic "
         "results of the first 9 months of 2025")
BUDGET = "Propose solutions to collect the remaining budget revenue"
DRUGS = "Keep stepping up the fight against drug crime in the border areas of Mong Cai and Hai Ha"
FIRES = "Strengthen forest fire prevention in the dry season"

STORY = {
    "id": "c01",
    "province": "Quang Ninh",
    "based_on": "fictional (helper c)",
    "events": {"c01": {"title": TITLE, "date": "2025-10-06"}},
    "people": {
        "bui-van-khang@quang-ninh": {"name": "Bui Van Khang", "province": "Quang Ninh"},
        "trinh-thi-thu-hang@quang-ninh": {"name": "Trinh Thi Thu Hang", "province": "Quang Ninh"},
        "ta-quang-loc@quang-ninh": {"name": "Ta Quang Loc", "province": "Quang Ninh"},
        "luu-van-hien@quang-ninh": {"name": "Luu Van Hien", "province": "Quang Ninh"},
        "hoang-minh-duc@quang-ninh": {"name": "Hoang Minh Duc", "province": "Quang Ninh"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 10.2,
                 "scale": 1, "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 38650,
                   "scale": 1e9, "unit": "VND", "qualifier": "over", "period": M9},
        "budget_share": {"code": None, "indicator": "state budget revenue as share of the annual estimate",
                         "value": 72.4, "scale": 1, "unit": "%", "period": M9},
        "tourists": {"code": None, "indicator": "tourist arrivals", "value": 17.8, "scale": 1e6,
                     "unit": "people", "qualifier": "about", "period": M9},
        "fdi": {"code": None, "indicator": "foreign direct investment attracted", "value": 1.25,
                "scale": 1e9, "unit": "USD", "period": M9},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 186.5, "scale": 1,
                  "unit": "km", "period": M9},
        "records": {"code": None, "indicator": "land registry records digitised", "value": 2.4,
                    "scale": 1e6, "unit": "records", "qualifier": "over"},
        "communes": {"code": None, "indicator": "communes meeting advanced new rural standards",
                     "value": 47, "scale": 1, "unit": "communes", "out_of": 92},
        "water": {"code": None, "indicator": "share of rural households using clean water",
                  "value": 98.6, "scale": 1, "unit": "%"},
        "drugs": {"code": None, "indicator": "drug cases detected", "value": 412, "scale": 1,
                  "unit": "cases", "period": M9},
        "suspects": {"code": None, "indicator": "drug suspects arrested", "value": 685, "scale": 1,
                     "unit": "people", "period": M9},
        "fires": {"code": None, "indicator": "forest fires", "value": 3, "scale": 1,
                  "unit": "cases", "period": M9},
        "grdp_2025": {"code": "grdp_growth", "indicator": "expected GRDP growth rate for the whole year",
                      "value": 11, "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
    },
    "editions": [],
}

NL = """Op de ochtend van 6 oktober 2025 hield het Volkscomité van de provincie Quang Ninh zijn reguliere vergadering van september om de sociaaleconomische resultaten van de eerste 9 maanden te beoordelen en de taken voor het laatste kwartaal van 2025 vast te stellen.

Kameraad Bui Van Khang, adjunct-secretaris van het Provinciaal Partijcomité en voorzitter van het Provinciaal Volkscomité, zat de vergadering voor. Aanwezig waren ook kameraad Trinh Thi Thu Hang, permanent vicevoorzitter van het Provinciaal Volkscomité, en leiders van afdelingen, sectoren en lokaliteiten van de provincie.

Bij de presentatie van het rapport zei de directeur van het Departement Financiën, Ta Quang Loc, dat het bruto regionaal binnenlands product (BRBP) in de eerste 9 maanden met 10,2% is gegroeid, waarmee Quang Ninh tot de 10 provincies met de hoogste groei van het land behoort. De inkomsten van de staatsbegroting bereikten ruim 38.650 miljard VND, wat overeenkomt met 72,4 procent van de jaarlijkse raming. De provincie verwelkomde bijna 17,8 miljoen bezoekers. De aangetrokken directe buitenlandse investeringen (DBI) bedroegen 1,25 mld. USD. In dezelfde periode werd 186,5 km plattelandswegen met beton verhard. Tot nu toe zijn meer dan 2,4 miljoen landregisterdossiers gedigitaliseerd. 47/92 gemeenten voldoen aan de geavanceerde normen voor nieuw platteland; 98,6% van de plattelandshuishoudens gebruikt schoon water.

De directeur van de Provinciale Politie, Luu Van Hien, meldde dat de politie in de eerste 9 maanden 412 drugszaken heeft opgespoord en 685 verdachten heeft aangehouden. De directeur van het Departement Landbouw en Milieu, Hoang Minh Duc, zei dat zich in de eerste 9 maanden slechts 3 bosbranden hebben voorgedaan, dankzij de inzet van de strijdkrachten en de lokale bevolking.

Voor het hele jaar 2025 verwacht de provincie een BRBP-groei van 11–12%. De afgevaardigden wezen ook op moeilijkheden bij de uitbetaling van publieke investeringen en bij de grondvrijmaking voor belangrijke projecten.

Tot slot van de vergadering verzocht voorzitter Bui Van Khang het Departement Financiën om vóór 15 december 2025 oplossingen voor te stellen om de resterende begrotingsinkomsten te innen. De Provinciale Politie moet de bestrijding van drugscriminaliteit in de grensgebieden Mong Cai en Hai Ha blijven opvoeren. Hij vroeg het Departement Landbouw en Milieu om de preventie van bosbranden in het droge seizoen te versterken.

Bron: Krant Quang Ninh"""

SV = """På förmiddagen den 6 oktober 2025 höll Folkkommittén i provinsen Quang Ninh sitt ordinarie septembermöte för att utvärdera de socioekonomiska resultaten under årets första 9 månader och fastställa uppgifterna för det sista kvartalet 2025.

Kamrat Bui Van Khang, biträdande sekreterare i Provinspartikommittén och ordförande för Provinsfolkkommittén, ledde mötet. Närvarande var även kamrat Trinh Thi Thu Hang, ständig vice ordförande för Provinsfolkkommittén, samt ledare för avdelningar, sektorer och orter i provinsen.

I sin rapport sade chefen för Finansdepartementet, Ta Quang Loc, att bruttoregionprodukten (BRP) under de första 9 månaderna ökade med 10,2 procent, vilket placerar Quang Ninh bland landets 10 provinser med högst tillväxt. Statsbudgetens intäkter nådde över 38 650 miljarder VND, motsvarande 72,4 % av den årliga prognosen. Provinsen tog emot nästan 17,8 miljoner besökare. De utländska direktinvesteringarna (FDI) som attraherades uppgick till 1,25 mdr USD. Under samma period betongbelades 186,5 km landsbygdsvägar. Hittills har drygt 2,4 miljoner fastighetsregisterhandlingar digitaliserats. 47/92 kommuner uppfyller de avancerade standarderna för ny landsbygd; 98,6 % av hushållen på landsbygden använder rent vatten.

Chefen för Provinspolisen, Luu Van Hien, rapporterade att polisen under de första 9 månaderna upptäckte 412 narkotikafall och grep 685 misstänkta. Chefen för Departementet för jordbruk och miljö, Hoang Minh Duc, sade att endast 3 skogsbränder inträffade under perioden, tack vare insatser från de väpnade styrkorna och lokalbefolkningen.

För helåret 2025 räknar provinsen med en BRP-tillväxt på 11–12 %. Delegaterna pekade också på svårigheter med utbetalningen av offentliga investeringar och med markröjningen för viktiga projekt. Mötet diskuterade också lösningar för att påskynda den digitala omvandlingen, förbättra investeringsklimatet och förbereda turistsäsongen vid årsskiftet.

Avslutningsvis begärde ordförande Bui Van Khang att Finansdepartementet före den 15 december 2025 ska föreslå lösningar för att driva in de återstående budgetintäkterna. Provinspolisen måste fortsätta att intensifiera kampen mot narkotikabrottslighet i gränsområdena Mong Cai och Hai Ha. Han bad Departementet för jordbruk och miljö att stärka förebyggandet av skogsbränder under torrperioden.

Källa: Tidningen Quang Ninh"""

EL = """Το πρωί της 6ης Οκτωβρίου 2025, η Λαϊκή Επιτροπή της επαρχίας Κουάνγκ Νιν πραγματοποίησε την τακτική συνεδρίαση του Σεπτεμβρίου για την αξιολόγηση των κοινωνικοοικονομικών αποτελεσμάτων των πρώτων 9 μηνών και τον καθορισμό των καθηκόντων για το τελευταίο τρίμηνο του 2025.

Ο σύντροφος Μπούι Βαν Χανγκ, Αναπληρωτής Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος και Πρόεδρος της Επαρχιακής Λαϊκής Επιτροπής, προήδρευσε της συνεδρίασης. Παρόντες ήταν επίσης η σύντροφος Τρινχ Τι Του Χανγκ, Μόνιμη Αντιπρόεδρος της Επαρχιακής Λαϊκής Επιτροπής, καθώς και επικεφαλής τμημάτων, κλάδων και περιοχών της επαρχίας.

Παρουσιάζοντας την έκθεση, ο Διευθυντής του Τμήματος Οικονομικών, Τα Κουάνγκ Λοκ, δήλωσε ότι το ακαθάριστο περιφερειακό εγχώριο προϊόν (ΑΠΕΠ) στους πρώτους 9 μήνες αυξήθηκε κατά 10,2%, κατατάσσοντας την Κουάνγκ Νιν μεταξύ των 10 επαρχιών με την υψηλότερη ανάπτυξη στη χώρα. Τα έσοδα του κρατικού προϋπολογισμού ανήλθαν σε πάνω από 38.650 δισ. VND, που αντιστοιχεί στο 72,4 τοις εκατό της ετήσιας εκτίμησης. Η επαρχία υποδέχθηκε σχεδόν 17,8 εκατομμύρια επισκέπτες. Οι άμεσες ξένες επενδύσεις (ΑΞΕ) που προσελκύστηκαν ανήλθαν σε 1,25 δισεκατομμύρια USD. Την ίδια περίοδο τσιμεντοστρώθηκαν 186,5 χλμ. αγροτικών δρόμων. Μέχρι σήμερα, περισσότερα από 2,4 εκατ. αρχεία κτηματολογίου έχουν ψηφιοποιηθεί. 47/92 κοινότητες πληρούν τα προηγμένα πρότυπα νέας υπαίθρου· το 98,6% των αγροτικών νοικοκυριών χρησιμοποιεί καθαρό νερό.

Ο Διευθυντής της Επαρχιακής Αστυνομίας, Λιου Βαν Χιεν, ανέφερε ότι στους πρώτους 9 μήνες η αστυνομία εντόπισε 412 υποθέσεις ναρκωτικών και συνέλαβε 685 υπόπτους. Ο Διευθυντής του Τμήματος Γεωργίας και Περιβάλλοντος, Χοάνγκ Μινχ Ντουκ, είπε ότι σημειώθηκαν μόνο 3 δασικές πυρκαγιές κατά την περίοδο αυτή, χάρη στη συμμετοχή των ενόπλων δυνάμεων και του τοπικού πληθυσμού.

Για ολόκληρο το 2025, η επαρχία αναμένει αύξηση του ΑΠΕΠ κατά 11–12%. Οι σύνεδροι επεσήμαναν επίσης δυσκολίες στην εκταμίευση των δημόσιων επενδύσεων και στην απελευθέρωση γης για βασικά έργα.

Κλείνοντας τη συνεδρίαση, ο Πρόεδρος Μπούι Βαν Χανγκ ζήτησε από το Τμήμα Οικονομικών να προτείνει έως τις 15 Δεκεμβρίου 2025 λύσεις για την είσπραξη των υπόλοιπων εσόδων του προϋπολογισμού. Η Επαρχιακή Αστυνομία πρέπει να συνεχίσει να εντείνει την καταπολέμηση της εγκληματικότητας που σχετίζεται με τα ναρκωτικά στις παραμεθόριες περιοχές Μονγκ Κάι και Χάι Χα. Ζήτησε από το Τμήμα Γεωργίας και Περιβάλλοντος να ενισχύσει την πρόληψη των δασικών πυρκαγιών κατά την ξηρή περίοδο.

Πηγή: Εφημερίδα Κουάνγκ Νιν"""

KEYS = ("bui-van-khang@quang-ninh", "trinh-thi-thu-hang@quang-ninh", "ta-quang-loc@quang-ninh",
        "luu-van-hien@quang-ninh", "hoang-minh-duc@quang-ninh")
TITLES = (KHANG, HANG, LOC, HIEN, DUC)
ROLES = ("chair", "attendee", "speaker", "speaker", "speaker")
FACT_ORDER = ("grdp", "budget", "budget_share", "tourists", "fdi", "roads", "records", "communes",
              "water", "drugs", "suspects", "fires", "grdp_2025")

NL_KPI = (
    "het bruto regionaal binnenlands product (BRBP) in de eerste 9 maanden met 10,2% is gegroeid",
    "De inkomsten van de staatsbegroting bereikten ruim 38.650 miljard VND",
    "De inkomsten van de staatsbegroting bereikten ruim 38.650 miljard VND, wat overeenkomt met 72,4 procent van de jaarlijkse raming",
    "De provincie verwelkomde bijna 17,8 miljoen bezoekers",
    "De aangetrokken directe buitenlandse investeringen (DBI) bedroegen 1,25 mld. USD",
    "In dezelfde periode werd 186,5 km plattelandswegen met beton verhard",
    "Tot nu toe zijn meer dan 2,4 miljoen landregisterdossiers gedigitaliseerd",
    "47/92 gemeenten voldoen aan de geavanceerde normen voor nieuw platteland",
    "98,6% van de plattelandshuishoudens gebruikt schoon water",
    "de politie in de eerste 9 maanden 412 drugszaken heeft opgespoord",
    "685 verdachten heeft aangehouden",
    "in de eerste 9 maanden slechts 3 bosbranden hebben voorgedaan",
    "Voor het hele jaar 2025 verwacht de provincie een BRBP-groei van 11–12%",
)
SV_KPI = (
    "bruttoregionprodukten (BRP) under de första 9 månaderna ökade med 10,2 procent",
    "Statsbudgetens intäkter nådde över 38 650 miljarder VND",
    "Statsbudgetens intäkter nådde över 38 650 miljarder VND, motsvarande 72,4 % av den årliga prognosen",
    "Provinsen tog emot nästan 17,8 miljoner besökare",
    "De utländska direktinvesteringarna (FDI) som attraherades uppgick till 1,25 mdr USD",
    "Under samma period betongbelades 186,5 km landsbygdsvägar",
    "Hittills har drygt 2,4 miljoner fastighetsregisterhandlingar digitaliserats",
    "47/92 kommuner uppfyller de avancerade standarderna för ny landsbygd",
    "98,6 % av hushållen på landsbygden använder rent vatten",
    "polisen under de första 9 månaderna upptäckte 412 narkotikafall",
    "grep 685 misstänkta",
    "endast 3 skogsbränder inträffade under perioden",
    "För helåret 2025 räknar provinsen med en BRP-tillväxt på 11–12 %",
)
EL_KPI = (
    "το ακαθάριστο περιφερειακό εγχώριο προϊόν (ΑΠΕΠ) στους πρώτους 9 μήνες αυξήθηκε κατά 10,2%",
    "Τα έσοδα του κρατικού προϋπολογισμού ανήλθαν σε πάνω από 38.650 δισ. VND",
    "Τα έσοδα του κρατικού προϋπολογισμού ανήλθαν σε πάνω από 38.650 δισ. VND, που αντιστοιχεί στο 72,4 τοις εκατό της ετήσιας εκτίμησης",
    "Η επαρχία υποδέχθηκε σχεδόν 17,8 εκατομμύρια επισκέπτες",
    "Οι άμεσες ξένες επενδύσεις (ΑΞΕ) που προσελκύστηκαν ανήλθαν σε 1,25 δισεκατομμύρια USD",
    "Την ίδια περίοδο τσιμεντοστρώθηκαν 186,5 χλμ. αγροτικών δρόμων",
    "Μέχρι σήμερα, περισσότερα από 2,4 εκατ. αρχεία κτηματολογίου έχουν ψηφιοποιηθεί",
    "47/92 κοινότητες πληρούν τα προηγμένα πρότυπα νέας υπαίθρου",
    "το 98,6% των αγροτικών νοικοκυριών χρησιμοποιεί καθαρό νερό",
    "στους πρώτους 9 μήνες η αστυνομία εντόπισε 412 υποθέσεις ναρκωτικών",
    "συνέλαβε 685 υπόπτους",
    "σημειώθηκαν μόνο 3 δασικές πυρκαγιές κατά την περίοδο αυτή",
    "Για ολόκληρο το 2025, η επαρχία αναμένει αύξηση του ΑΠΕΠ κατά 11–12%",
)
NL_DIR = (
    "Tot slot van de vergadering verzocht voorzitter Bui Van Khang het Departement Financiën om vóór 15 december 2025 oplossingen voor te stellen om de resterende begrotingsinkomsten te innen.",
    "De Provinciale Politie moet de bestrijding van drugscriminaliteit in de grensgebieden Mong Cai en Hai Ha blijven opvoeren.",
    "Hij vroeg het Departement Landbouw en Milieu om de preventie van bosbranden in het droge seizoen te versterken.",
)
SV_DIR = (
    "Avslutningsvis begärde ordförande Bui Van Khang att Finansdepartementet före den 15 december 2025 ska föreslå lösningar för att driva in de återstående budgetintäkterna.",
    "Provinspolisen måste fortsätta att intensifiera kampen mot narkotikabrottslighet i gränsområdena Mong Cai och Hai Ha.",
    "Han bad Departementet för jordbruk och miljö att stärka förebyggandet av skogsbränder under torrperioden.",
)
EL_DIR = (
    "Κλείνοντας τη συνεδρίαση, ο Πρόεδρος Μπούι Βαν Χανγκ ζήτησε από το Τμήμα Οικονομικών να προτείνει έως τις 15 Δεκεμβρίου 2025 λύσεις για την είσπραξη των υπόλοιπων εσόδων του προϋπολογισμού.",
    "Η Επαρχιακή Αστυνομία πρέπει να συνεχίσει να εντείνει την καταπολέμηση της εγκληματικότητας που σχετίζεται με τα ναρκωτικά στις παραμεθόριες περιοχές Μονγκ Κάι και Χάι Χα.",
    "Ζήτησε από το Τμήμα Γεωργίας και Περιβάλλοντος να ενισχύσει την πρόληψη των δασικών πυρκαγιών κατά την ξηρή περίοδο.",
)


def _edition(lang: str, text: str, names: tuple, kpi_quotes: tuple, dir_quotes: tuple) -> dict:
    kpis = [{"fact": f, "evidence": q} for f, q in zip(FACT_ORDER, kpi_quotes, strict=True)]
    issuer = KEYS[0]
    directives = [
        (issuer, "Department of Finance", BUDGET, "2025-12-15", dir_quotes[0]),
        (issuer, "Provincial Police", DRUGS, None, dir_quotes[1]),
        (issuer, "Department of Agriculture and Environment", FIRES, None, dir_quotes[2]),
    ]
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "conference", "title": TITLE, "date": "2025-10-06", "location": "Quang Ninh province",
        "attendees": list(zip(KEYS, names, TITLES, ROLES, strict=True)), "kpis": kpis,
        "directives": directives}]}


LATIN = ("Bui Van Khang", "Trinh Thi Thu Hang", "Ta Quang Loc", "Luu Van Hien", "Hoang Minh Duc")
GREEK = ("Μπούι Βαν Χανγκ", "Τρινχ Τι Του Χανγκ", "Τα Κουάνγκ Λοκ", "Λιου Βαν Χιεν", "Χοάνγκ Μινχ Ντουκ")

STORY["editions"] = [
    _edition("nl", NL, LATIN, NL_KPI, NL_DIR),
    _edition("sv", SV, LATIN, SV_KPI, SV_DIR),
    _edition("el", EL, GREEK, EL_KPI, EL_DIR),
]
