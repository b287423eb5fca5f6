"""c02: FICTIONAL working session of the Dak Lak Provincial Party Secretary with Krong Pac district (no date).

Fictional as a whole (people, figures and the event are invented), written by helper c
as held-out test data for the reader in Dutch, Swedish and Greek, in the style of the
site's machine translations. The text gives no date of the meeting (2024 from the
periods; the deadline 30 September 2024 is not the meeting date). Traps: targets as
"plan X, reached Y" (1.185 against a plan of 1.000) and "(the resolution's target is
8,5%)"; scale abbreviations (nl "mln." / "mld.", sv "milj." / "mdr", el "εκατ." /
"δισ."); sv thousands with a space (21 500, 1 185); el "το πρώτο εξάμηνο του 2024"
(first 6 months of 2024) and the Greek semicolon "·"; a ratio 14/15; the "4" in
"5 products with 4 stars" is part of the indicator; an Ede name (Y Brom Ksor) that has
no Vietnamese family name first; praise of the district is not a directive.
"""

P4 = "2021-2024"
VINH = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee")
KSOR = ("Member of the Standing Committee of the Provincial Party Committee",
        "Head of the Mass Mobilization Commission of the Provincial Party Committee")
LAN = ("Secretary of the Krong Pac District Party Committee",)
THINH = ("Chairman of the Krong Pac District People's Committee",)
TITLE = ("Working session of Provincial Party Secretary Ha Quang Vinh with the Standing "
         "Committee of the Krong Pac District Party Committee")
CONGRESS = "Focus on leading the preparations for the District Party Congress for the 2025-2030 term"
EXPRESSWAY = "Complete land clearance for the Khanh Hoa-Buon Ma Thuot expressway"
COFFEE = "Develop coffee value chains and replant old coffee plantations"

STORY = {
    "id": "c02",
    "province": "Dak Lak",
    "based_on": "fictional (helper c)",
    "events": {"c02": {"title": TITLE, "date": None}},
    "people": {
        "ha-quang-vinh@dak-lak": {"name": "Ha Quang Vinh", "province": "Dak Lak"},
        "y-brom-ksor@dak-lak": {"name": "Y Brom Ksor", "province": "Dak Lak"},
        "phan-thi-ngoc-lan@dak-lak": {"name": "Phan Thi Ngoc Lan", "province": "Dak Lak"},
        "dao-van-thinh@dak-lak": {"name": "Dao Van Thinh", "province": "Dak Lak"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 7.8, "scale": 1, "unit": "%", "period": P4, "target": 8.5},
        "income": {"code": None, "indicator": "average income per capita", "value": 62.4, "scale": 1e6,
                   "unit": "VND", "period": "2023"},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 412.3,
                   "scale": 1e9, "unit": "VND", "period": "2023"},
        "budget_h1": {"code": "budget_revenue", "indicator": "state budget revenue collected", "value": 198.6,
                      "scale": 1e9, "unit": "VND", "qualifier": "about", "period": "first 6 months of 2024"},
        "coffee": {"code": None, "indicator": "coffee area", "value": 21500, "scale": 1,
                   "unit": "hectares", "qualifier": "about"},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 2.15, "scale": 1,
                    "unit": "%", "period": "by end of 2023"},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 312, "scale": 1,
                  "unit": "km", "qualifier": "over", "period": P4},
        "water": {"code": None, "indicator": "share of rural households using hygienic water",
                  "value": 96.2, "scale": 1, "unit": "%"},
        "communes": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards",
                     "value": 14, "scale": 1, "unit": "communes", "out_of": 15},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products", "value": 27, "scale": 1,
                 "unit": "products"},
        "ocop4": {"code": "ocop_products", "indicator": "4-star OCOP products", "value": 5, "scale": 1,
                  "unit": "products"},
        "party": {"code": None, "indicator": "new Party members admitted", "value": 1185, "scale": 1,
                  "unit": "people", "period": P4, "target": 1000},
    },
    "editions": [],
}

NL = """Provinciaal partijsecretaris Ha Quang Vinh werkte met het district Krong Pac

Kameraad Ha Quang Vinh, lid van het Centraal Comité van de Partij en secretaris van het Provinciaal Partijcomité van Dak Lak, heeft een werksessie gehouden met het Permanent Comité van het Partijcomité van het district Krong Pac om de resultaten van de uitvoering van de resolutie van het districtspartijcongres voor de periode 2020–2025 te beoordelen. Bij de werksessie was ook kameraad Y Brom Ksor aanwezig, lid van het Permanent Comité van het Provinciaal Partijcomité en hoofd van de Commissie voor Massamobilisatie van het Provinciaal Partijcomité.

Mevrouw Phan Thi Ngoc Lan, secretaris van het districtspartijcomité van Krong Pac, bracht verslag uit en zei dat de gemiddelde groei van de productiewaarde in de periode 2021–2024 7,8% per jaar bedroeg (het doel van de resolutie is 8,5%). Het gemiddelde inkomen per hoofd van de bevolking bereikte 62,4 mln. VND in 2023. De staatsbegrotingsinkomsten in het district bedroegen 412,3 miljard VND in 2023; in de eerste 6 maanden van 2024 werd bijna 198,6 mld. VND geïnd. Het koffieareaal van het district beslaat ongeveer 21.500 hectare. Het armoedecijfer daalde tot 2,15% eind 2023.

Voorzitter van het districtsvolkscomité Dao Van Thinh zei dat er van 2021 tot 2024 meer dan 312 km plattelandswegen met beton is verhard; 96,2% van de plattelandshuishoudens gebruikt hygiënisch water. 14/15 gemeenten voldoen aan de normen voor nieuw platteland. Het district heeft 27 OCOP-producten, waarvan 5 producten met 4 sterren. Op het gebied van partijopbouw werden in de periode 2021–2024 1.185 nieuwe partijleden toegelaten, tegenover een plan van 1.000.

Ter afsluiting van de werksessie prees secretaris Ha Quang Vinh de inspanningen van het district onder moeilijke omstandigheden. Hij verzocht het Permanent Comité van het districtspartijcomité om zich te concentreren op de leiding bij de voorbereiding van het districtspartijcongres voor de termijn 2025–2030. Het district moet de grondvrijmaking voor de snelweg Khanh Hoa–Buon Ma Thuot vóór 30 september 2024 afronden. Hij vroeg het districtsvolkscomité om waardeketens voor koffie te ontwikkelen en oude koffieplantages te herplanten.

Bron: Krant Dak Lak"""

SV = """Provinsens partisekreterare Ha Quang Vinh arbetade med distriktet Krong Pac

Kamrat Ha Quang Vinh, ledamot av Partiets centralkommitté och sekreterare i Dak Laks provinspartikommitté, höll ett arbetsmöte med den ständiga kommittén för partikommittén i distriktet Krong Pac för att utvärdera resultaten av genomförandet av distriktspartikongressens resolution för perioden 2020–2025. Vid arbetsmötet deltog även kamrat Y Brom Ksor, ledamot av provinspartikommitténs ständiga kommitté och chef för provinspartikommitténs kommission för massmobilisering. Närvarande var också ledare för provinsens departement och myndigheter.

Fru Phan Thi Ngoc Lan, sekreterare i partikommittén i distriktet Krong Pac, presenterade rapporten och sade att den genomsnittliga tillväxten i produktionsvärdet under perioden 2021–2024 uppgick till 7,8 % per år (resolutionens mål är 8,5 %). Den genomsnittliga inkomsten per capita nådde 62,4 milj. VND år 2023. Statsbudgetens intäkter i distriktet uppgick till 412,3 miljarder VND år 2023; under de första 6 månaderna 2024 drevs nästan 198,6 mdr VND in. Distriktets kaffeareal omfattar cirka 21 500 hektar. Fattigdomsgraden sjönk till 2,15 % i slutet av 2023.

Ordföranden för distriktets folkkommitté Dao Van Thinh sade att mer än 312 km landsbygdsvägar betongbelades från 2021 till 2024; 96,2 % av hushållen på landsbygden använder hygieniskt vatten. 14/15 kommuner uppfyller standarderna för ny landsbygd. Distriktet har 27 OCOP-produkter, varav 5 produkter med 4 stjärnor. Inom partibyggandet antogs 1 185 nya partimedlemmar under perioden 2021–2024, jämfört med en plan på 1 000.

Som avslutning på arbetsmötet berömde sekreterare Ha Quang Vinh distriktets insatser under svåra förhållanden. Han uppmanade den ständiga kommittén för distriktets partikommitté att fokusera på att leda förberedelserna inför distriktspartikongressen för mandatperioden 2025–2030. Distriktet måste slutföra markröjningen för motorvägen Khanh Hoa–Buon Ma Thuot före den 30 september 2024. Han bad distriktets folkkommitté att utveckla värdekedjor för kaffe och återplantera gamla kaffeodlingar. Sekreteraren betonade att varje kader och partimedlem ska föregå med gott exempel.

Källa: Tidningen Dak Lak"""

EL = """Ο Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος Χα Κουάνγκ Βιν εργάστηκε με την περιφέρεια Κρονγκ Πακ

Ο σύντροφος Χα Κουάνγκ Βιν, μέλος της Κεντρικής Επιτροπής του Κόμματος και Γραμματέας της Επαρχιακής Επιτροπής του Κόμματος του Ντακ Λακ, είχε συνεδρία εργασίας με τη Μόνιμη Επιτροπή της Επιτροπής του Κόμματος της περιφέρειας Κρονγκ Πακ για την αξιολόγηση των αποτελεσμάτων της εφαρμογής του ψηφίσματος του Συνεδρίου του Κόμματος της περιφέρειας για την περίοδο 2020–2025. Στη συνεδρία εργασίας συμμετείχε επίσης ο σύντροφος Γι Μπρομ Κσορ, μέλος της Μόνιμης Επιτροπής της Επαρχιακής Επιτροπής του Κόμματος και Επικεφαλής της Επιτροπής Μαζικής Κινητοποίησης της Επαρχιακής Επιτροπής του Κόμματος.

Η κυρία Φαν Τι Νγκοκ Λαν, Γραμματέας της Επιτροπής του Κόμματος της περιφέρειας Κρονγκ Πακ, παρουσίασε την έκθεση και δήλωσε ότι ο μέσος ρυθμός αύξησης της αξίας παραγωγής την περίοδο 2021–2024 ανήλθε σε 7,8% ετησίως (ο στόχος του ψηφίσματος είναι 8,5%). Το μέσο κατά κεφαλήν εισόδημα έφτασε τα 62,4 εκατ. VND το 2023. Τα έσοδα του κρατικού προϋπολογισμού στην περιφέρεια ανήλθαν σε 412,3 δισεκατομμύρια VND το 2023· το πρώτο εξάμηνο του 2024 εισπράχθηκαν σχεδόν 198,6 δισ. VND. Η έκταση των φυτειών καφέ της περιφέρειας καλύπτει περίπου 21.500 εκτάρια. Το ποσοστό φτώχειας μειώθηκε στο 2,15% στα τέλη του 2023.

Ο Πρόεδρος της Λαϊκής Επιτροπής της περιφέρειας Ντάο Βαν Τιν είπε ότι από το 2021 έως το 2024 τσιμεντοστρώθηκαν πάνω από 312 χλμ. αγροτικών δρόμων· το 96,2% των αγροτικών νοικοκυριών χρησιμοποιεί υγιεινό νερό. 14/15 κοινότητες πληρούν τα πρότυπα νέας υπαίθρου. Η περιφέρεια διαθέτει 27 προϊόντα OCOP, εκ των οποίων 5 προϊόντα 4 αστέρων. Στην οικοδόμηση του Κόμματος, την περίοδο 2021–2024 έγιναν δεκτά 1.185 νέα μέλη του Κόμματος, έναντι σχεδίου 1.000.

Κλείνοντας τη συνεδρία εργασίας, ο Γραμματέας Χα Κουάνγκ Βιν επαίνεσε τις προσπάθειες της περιφέρειας υπό δύσκολες συνθήκες. Ζήτησε από τη Μόνιμη Επιτροπή της Επιτροπής του Κόμματος της περιφέρειας να επικεντρωθεί στην καθοδήγηση της προετοιμασίας του Συνεδρίου του Κόμματος της περιφέρειας για τη θητεία 2025–2030. Η περιφέρεια πρέπει να ολοκληρώσει την εκκαθάριση γης για τον αυτοκινητόδρομο Καν Χόα–Μπουόν Μα Τουότ έως τις 30 Σεπτεμβρίου 2024. Ζήτησε από τη Λαϊκή Επιτροπή της περιφέρειας να αναπτύξει αλυσίδες αξίας για τον καφέ και να αναφυτέψει τις παλιές φυτείες καφέ.

Πηγή: Εφημερίδα Ντακ Λακ"""

KEYS = ("ha-quang-vinh@dak-lak", "y-brom-ksor@dak-lak", "phan-thi-ngoc-lan@dak-lak", "dao-van-thinh@dak-lak")
TITLES = (VINH, KSOR, LAN, THINH)
ROLES = ("chair", "attendee", "speaker", "speaker")
FACT_ORDER = ("growth", "income", "budget", "budget_h1", "coffee", "poverty", "roads", "water",
              "communes", "ocop", "ocop4", "party")

NL_KPI = (
    "de gemiddelde groei van de productiewaarde in de periode 2021–2024 7,8% per jaar bedroeg (het doel van de resolutie is 8,5%)",
    "Het gemiddelde inkomen per hoofd van de bevolking bereikte 62,4 mln. VND in 2023",
    "De staatsbegrotingsinkomsten in het district bedroegen 412,3 miljard VND in 2023",
    "in de eerste 6 maanden van 2024 werd bijna 198,6 mld. VND geïnd",
    "Het koffieareaal van het district beslaat ongeveer 21.500 hectare",
    "Het armoedecijfer daalde tot 2,15% eind 2023",
    "van 2021 tot 2024 meer dan 312 km plattelandswegen met beton is verhard",
    "96,2% van de plattelandshuishoudens gebruikt hygiënisch water",
    "14/15 gemeenten voldoen aan de normen voor nieuw platteland",
    "Het district heeft 27 OCOP-producten",
    "waarvan 5 producten met 4 sterren",
    "in de periode 2021–2024 1.185 nieuwe partijleden toegelaten, tegenover een plan van 1.000",
)
SV_KPI = (
    "den genomsnittliga tillväxten i produktionsvärdet under perioden 2021–2024 uppgick till 7,8 % per år (resolutionens mål är 8,5 %)",
    "Den genomsnittliga inkomsten per capita nådde 62,4 milj. VND år 2023",
    "Statsbudgetens intäkter i distriktet uppgick till 412,3 miljarder VND år 2023",
    "under de första 6 månaderna 2024 drevs nästan 198,6 mdr VND in",
    "Distriktets kaffeareal omfattar cirka 21 500 hektar",
    "Fattigdomsgraden sjönk till 2,15 % i slutet av 2023",
    "mer än 312 km landsbygdsvägar betongbelades från 2021 till 2024",
    "96,2 % av hushållen på landsbygden använder hygieniskt vatten",
    "14/15 kommuner uppfyller standarderna för ny landsbygd",
    "Distriktet har 27 OCOP-produkter",
    "varav 5 produkter med 4 stjärnor",
    "Inom partibyggandet antogs 1 185 nya partimedlemmar under perioden 2021–2024, jämfört med en plan på 1 000",
)
EL_KPI = (
    "ο μέσος ρυθμός αύξησης της αξίας παραγωγής την περίοδο 2021–2024 ανήλθε σε 7,8% ετησίως (ο στόχος του ψηφίσματος είναι 8,5%)",
    "Το μέσο κατά κεφαλήν εισόδημα έφτασε τα 62,4 εκατ. VND το 2023",
    "Τα έσοδα του κρατικού προϋπολογισμού στην περιφέρεια ανήλθαν σε 412,3 δισεκατομμύρια VND το 2023",
    "το πρώτο εξάμηνο του 2024 εισπράχθηκαν σχεδόν 198,6 δισ. VND",
    "Η έκταση των φυτειών καφέ της περιφέρειας καλύπτει περίπου 21.500 εκτάρια",
    "Το ποσοστό φτώχειας μειώθηκε στο 2,15% στα τέλη του 2023",
    "από το 2021 έως το 2024 τσιμεντοστρώθηκαν πάνω από 312 χλμ. αγροτικών δρόμων",
    "το 96,2% των αγροτικών νοικοκυριών χρησιμοποιεί υγιεινό νερό",
    "14/15 κοινότητες πληρούν τα πρότυπα νέας υπαίθρου",
    "Η περιφέρεια διαθέτει 27 προϊόντα OCOP",
    "εκ των οποίων 5 προϊόντα 4 αστέρων",
    "την περίοδο 2021–2024 έγιναν δεκτά 1.185 νέα μέλη του Κόμματος, έναντι σχεδίου 1.000",
)
NL_DIR = (
    "Hij verzocht het Permanent Comité van het districtspartijcomité om zich te concentreren op de leiding bij de voorbereiding van het districtspartijcongres voor de termijn 2025–2030.",
    "Het district moet de grondvrijmaking voor de snelweg Khanh Hoa–Buon Ma Thuot vóór 30 september 2024 afronden.",
    "Hij vroeg het districtsvolkscomité om waardeketens voor koffie te ontwikkelen en oude koffieplantages te herplanten.",
)
SV_DIR = (
    "Han uppmanade den ständiga kommittén för distriktets partikommitté att fokusera på att leda förberedelserna inför distriktspartikongressen för mandatperioden 2025–2030.",
    "Distriktet måste slutföra markröjningen för motorvägen Khanh Hoa–Buon Ma Thuot före den 30 september 2024.",
    "Han bad distriktets folkkommitté att utveckla värdekedjor för kaffe och återplantera gamla kaffeodlingar.",
    "Sekreteraren betonade att varje kader och partimedlem ska föregå med gott exempel.",
)
EL_DIR = (
    "Ζήτησε από τη Μόνιμη Επιτροπή της Επιτροπής του Κόμματος της περιφέρειας να επικεντρωθεί στην καθοδήγηση της προετοιμασίας του Συνεδρίου του Κόμματος της περιφέρειας για τη θητεία 2025–2030.",
    "Η περιφέρεια πρέπει να ολοκληρώσει την εκκαθάριση γης για τον αυτοκινητόδρομο Καν Χόα–Μπουόν Μα Τουότ έως τις 30 Σεπτεμβρίου 2024.",
    "Ζήτησε από τη Λαϊκή Επιτροπή της περιφέρειας να αναπτύξει αλυσίδες αξίας για τον καφέ και να αναφυτέψει τις παλιές φυτείες καφέ.",
)


def _edition(lang: str, text: str, names: tuple, kpi_quotes: tuple, dir_quotes: tuple) -> dict:
    kpis = [{"fact": f, "evidence": q} for f, q in zip(FACT_ORDER, kpi_quotes, strict=True)]
    issuer = KEYS[0]
    directives = [
        (issuer, "Standing Committee of the Krong Pac District Party Committee", CONGRESS, None, dir_quotes[0]),
        (issuer, "Krong Pac district", EXPRESSWAY, "2024-09-30", dir_quotes[1]),
        (issuer, "Krong Pac District People's Committee", COFFEE, None, dir_quotes[2]),
    ]
    if len(dir_quotes) > 3:  # sv only: the closing exhortation with "ska" (must)
        directives.append((issuer, "Cadres and Party members", "Set a good example", None, dir_quotes[3]))
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "working_session", "title": TITLE, "date": None, "location": "Krong Pac district",
        "attendees": list(zip(KEYS, names, TITLES, ROLES, strict=True)), "kpis": kpis,
        "directives": directives}]}


LATIN = ("Ha Quang Vinh", "Y Brom Ksor", "Phan Thi Ngoc Lan", "Dao Van Thinh")
GREEK = ("Χα Κουάνγκ Βιν", "Γι Μπρομ Κσορ", "Φαν Τι Νγκοκ Λαν", "Ντάο Βαν Τιν")

STORY["editions"] = [
    _edition("nl", NL, LATIN, NL_KPI, NL_DIR),
    _edition("sv", SV, LATIN, SV_KPI, SV_DIR),
    _edition("el", EL, GREEK, EL_KPI, EL_DIR),
]
