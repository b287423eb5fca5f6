"""e02: FICTIONAL working session of the Dak Lak Provincial Party Secretary with Ea Kar district (no date).

Fictional as a whole (people, figures and the event are invented), written by helper e
as held-out test data for the reader in Urdu, Romanian and Finnish, in the style of the
site's machine translations. The meeting day is not given in any edition.
Traps: ur writes every figure in Urdu (extended Arabic-Indic) digits with the CLDR
separators ٫ and ٬ (۸٫۲, ۲۸٬۵۰۰); fi writes the investment as "12,4 biljoonaa"
(12.4e12 = 12,400 billion) and uses no-break spaces as thousands separators; fi has a
year right before an amount ("vuonna 2024 52,6 miljoonaa"); ratios 9/13 and 58/92; a
target (8.2% a year against 9%); a deadline in each language's date form; the terms
2020-2025 and 2025-2030 are not KPIs.
"""

P4 = "2021-2024"
TUAN = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee")
HA = ("Vice Chairwoman of the Provincial People's Committee",)
HIEU = ("Secretary of the Ea Kar District Party Committee",)
BAO = ("Chairman of the Ea Kar District People's Committee",)
TITLE = ("Working session of Provincial Party Secretary Luong Van Tuan with the Standing "
         "Committee of the Ea Kar District Party Committee")
CONGRESS = ("Prepare well the documents and personnel for the District Party Congress for the "
            "2025-2030 term")
HOUSES = "Complete the removal of all temporary houses"
CANALS = "Speed up the concreting of irrigation canals to serve coffee growers in the dry season"

STORY = {
    "id": "e02",
    "province": "Dak Lak",
    "based_on": "fictional (helper e)",
    "events": {"e02": {"title": TITLE, "date": None}},
    "people": {
        "luong-van-tuan@dak-lak": {"name": "Luong Van Tuan", "province": "Dak Lak"},
        "nguyen-thi-thu-ha@dak-lak": {"name": "Nguyen Thi Thu Ha", "province": "Dak Lak"},
        "do-van-hieu@dak-lak": {"name": "Do Van Hieu", "province": "Dak Lak"},
        "tran-quoc-bao@dak-lak": {"name": "Tran Quoc Bao", "province": "Dak Lak"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 8.2, "scale": 1, "unit": "%", "period": P4, "target": 9},
        "coffee": {"code": None, "indicator": "coffee cultivation area", "value": 28500, "scale": 1,
                   "unit": "hectares"},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 52.6,
                   "scale": 1e6, "unit": "VND", "period": "2024"},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 4.15, "scale": 1,
                    "unit": "%", "period": "2024"},
        "budget": {"code": "budget_revenue", "indicator": "district budget revenue", "value": 765,
                   "scale": 1e9, "unit": "VND", "period": "2024"},
        "budget_share": {"code": None, "indicator": "district budget revenue as share of the estimate",
                         "value": 112, "scale": 1, "unit": "%", "period": "2024"},
        "investment": {"code": "total_social_investment", "indicator": "total social investment capital mobilised",
                       "value": 12400, "scale": 1e9, "unit": "VND", "qualifier": "over", "period": P4},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards",
                        "value": 9, "scale": 1, "unit": "communes", "out_of": 13},
        "canals": {"code": None, "indicator": "irrigation canals concreted", "value": 46.8, "scale": 1,
                   "unit": "km", "period": P4},
        "schools": {"code": None, "indicator": "schools meeting national standards", "value": 58, "scale": 1,
                    "unit": "schools", "out_of": 92},
        "houses": {"code": None, "indicator": "households supported to replace temporary houses", "value": 612,
                   "scale": 1, "unit": "households", "period": "2024"},
        "ocop": {"code": "ocop_products", "indicator": "certified OCOP products of the district", "value": 24,
                 "scale": 1, "unit": "products"},
    },
    "editions": [],
}

UR = """ڈاک لاک صوبائی پارٹی سیکرٹری کا ای کار ضلع کے ساتھ ورکنگ سیشن

کامریڈ لوونگ وان توان، پارٹی کی مرکزی کمیٹی کے رکن، ڈاک لاک صوبائی پارٹی کمیٹی کے سیکرٹری، نے ای کار ضلعی پارٹی کمیٹی کی اسٹینڈنگ کمیٹی کے ساتھ ۲۰۲۰-۲۰۲۵ کی مدت کے لیے ضلعی پارٹی کی آٹھویں کانگریس کی قرارداد پر عمل درآمد کے نتائج پر ورکنگ سیشن کیا۔ سیشن میں صوبائی عوامی کمیٹی کی وائس چیئر پرسن کامریڈ نگوین تھی تھو ہا نے بھی شرکت کی۔

ورکنگ سیشن میں رپورٹ پیش کرتے ہوئے ای کار ضلعی پارٹی کمیٹی کے سیکرٹری ڈو وان ہیو نے کہا کہ ۲۰۲۱-۲۰۲۴ کے عرصے میں پیداواری قدر کی اوسط شرح نمو ۸٫۲ فیصد سالانہ رہی (قرارداد کا ہدف ۹ فیصد ہے)۔ پورے ضلع میں کافی کی کاشت کا رقبہ ۲۸٬۵۰۰ ہیکٹر ہے۔ سال ۲۰۲۴ میں فی کس اوسط آمدنی ۵۲٫۶ ملین VND رہی، اور غربت کی شرح کم ہو کر ۴٫۱۵ فیصد ہو گئی۔ سال ۲۰۲۴ میں ضلعی بجٹ کی آمدنی ۷۶۵ ارب VND تک پہنچ گئی، جو تخمینے کا ۱۱۲ فیصد ہے۔ ۲۰۲۱-۲۰۲۴ کے دوران جمع کی گئی کل سماجی سرمایہ کاری ۱۲٬۴۰۰ ارب VND سے زیادہ رہی۔ اب تک ۹/۱۳ کمیونز نئے دیہی معیارات پر پورا اتر چکی ہیں۔

ضلعی عوامی کمیٹی کے چیئرمین ٹران کوک باؤ نے مزید کہا کہ چار سالوں میں ضلع نے ۴۶٫۸ کلومیٹر آبپاشی نہروں کو پختہ کیا ہے؛ ۵۸/۹۲ اسکول قومی معیارات پر پورا اترتے ہیں۔ صرف ۲۰۲۴ میں ۶۱۲ گھرانوں کو عارضی مکانات کی جگہ نئے مکانات بنانے میں مدد دی گئی۔ ضلع کے پاس اس وقت ۲۴ تصدیق شدہ OCOP مصنوعات ہیں۔ انہوں نے بتایا کہ خشک موسم میں پانی کی کمی اب بھی ضلع کے کسانوں کے لیے سب سے بڑی مشکل ہے۔

ورکنگ سیشن کا اختتام کرتے ہوئے صوبائی پارٹی سیکرٹری لوونگ وان توان نے ضلع کی کوششوں کو سراہا لیکن اس بات پر زور دیا کہ آبپاشی کا بنیادی ڈھانچہ اب بھی ناکافی ہے۔ انہوں نے ضلعی پارٹی کمیٹی کی اسٹینڈنگ کمیٹی سے درخواست کی کہ وہ ۲۰۲۵-۲۰۳۰ کی مدت کے لیے ضلعی پارٹی کانگریس کی دستاویزات اور عملے کی اچھی تیاری کرے۔ ضلع کو ۳۱ اگست ۲۰۲۵ سے پہلے تمام عارضی مکانات کو ختم کرنے کا کام مکمل کرنا ہوگا۔ ضلعی عوامی کمیٹی کو خشک موسم میں کافی کے کاشتکاروں کی خدمت کے لیے آبپاشی نہروں کو پختہ کرنے کے کام میں تیزی لانی چاہیے۔

ماخذ: ڈاک لاک اخبار"""

RO = """Secretarul Comitetului Provincial de Partid Dak Lak a lucrat cu districtul Ea Kar

Tovarășul Luong Van Tuan, membru al Comitetului Central al Partidului, secretarul Comitetului Provincial de Partid Dak Lak, a avut o sesiune de lucru cu Comitetul Permanent al Comitetului de Partid al districtului Ea Kar privind rezultatele implementării Rezoluției celui de-al 8-lea Congres al Partidului districtual, mandatul 2020-2025. La sesiune a participat și tovarășa Nguyen Thi Thu Ha, vicepreședinta Comitetului Popular Provincial.

Raportând la sesiunea de lucru, secretarul Comitetului de Partid al districtului Ea Kar, Do Van Hieu, a spus că în perioada 2021-2024 rata medie de creștere a valorii producției a atins 8,2% pe an (ținta rezoluției este de 9%). Suprafața cultivată cu cafea a întregului district este de 28.500 de hectare. Venitul mediu pe cap de locuitor în 2024 a fost de 52,6 milioane de VND, iar rata sărăciei a scăzut la 4,15%. Veniturile bugetului districtului în 2024 au atins 765 de miliarde de VND, reprezentând 112% din estimare. Capitalul total de investiții sociale mobilizat în perioada 2021-2024 a fost de peste 12.400 de miliarde de VND. Până în prezent, 9/13 comune au îndeplinit standardele noii ruralități.

Președintele Comitetului Popular al districtului, Tran Quoc Bao, a adăugat că în cei patru ani districtul a betonat 46,8 km de canale de irigații; 58/92 de școli îndeplinesc standardele naționale. Numai în 2024, 612 gospodării au fost sprijinite pentru a înlocui casele provizorii. Districtul are în prezent 24 de produse OCOP certificate. El a spus că lipsa apei în sezonul secetos rămâne cea mai mare dificultate pentru fermierii din district.

Încheind sesiunea de lucru, secretarul provincial de partid Luong Van Tuan a apreciat eforturile districtului, dar a subliniat că infrastructura de irigații este încă insuficientă. El a cerut Comitetului Permanent al Comitetului de Partid districtual să pregătească bine documentele și personalul pentru Congresul de Partid al districtului pentru mandatul 2025-2030. Districtul trebuie să finalizeze eliminarea tuturor caselor provizorii înainte de 31 august 2025. Comitetul Popular al districtului trebuie să accelereze betonarea canalelor de irigații pentru a servi cultivatorii de cafea în sezonul secetos.

Sursa: Ziarul Dak Lak"""

FI = """Dak Lakin maakunnan puoluesihteeri työskenteli Ea Karin piirin kanssa

Toveri Luong Van Tuan, puolueen keskuskomitean jäsen ja Dak Lakin maakunnan puoluekomitean sihteeri, piti työistunnon Ea Karin piirin puoluekomitean pysyvän komitean kanssa piirin 8. puoluekokouksen päätöslauselman toimeenpanon tuloksista kaudella 2020–2025. Istuntoon osallistui myös toveri Nguyen Thi Thu Ha, maakunnan kansankomitean varapuheenjohtaja. Ennen työistuntoa valtuuskunta tutustui kahvinviljelijöiden osuuskuntaan ja uuteen kastelujärjestelmään, jonka avulla viljelijät voivat säästää vettä kuivana kautena. Paikalliset viljelijät kertoivat sihteerille, että kahvin hinnan nousu on parantanut heidän elintasoaan, mutta veden saanti on edelleen epävarmaa.

Työistunnossa raportoinut Ea Karin piirin puoluekomitean sihteeri Do Van Hieu kertoi, että vuosina 2021–2024 tuotannon arvon keskimääräinen kasvuvauhti oli 8,2 % vuodessa (päätöslauselman tavoite on 9 %). Koko piirin kahvinviljelyala on 28\u00a0500 hehtaaria. Keskimääräiset tulot asukasta kohden olivat vuonna 2024 52,6 miljoonaa VND:tä, ja köyhyysaste laski 4,15 prosenttiin. Piirin budjettitulot nousivat vuonna 2024 765 miljardiin VND:hen, mikä on 112 % arviosta. Vuosina 2021–2024 mobilisoitu sosiaalisten investointien kokonaispääoma oli yli 12,4 biljoonaa VND:tä. Tähän mennessä 9/13 kuntaa on täyttänyt uuden maaseudun kriteerit.

Piirin kansankomitean puheenjohtaja Tran Quoc Bao lisäsi, että neljän vuoden aikana piiri on betonoinut 46,8 kilometriä kastelukanavia; 58/92 koulua täyttää kansalliset standardit. Pelkästään vuonna 2024 tuettiin 612 kotitaloutta tilapäisten asuntojen korvaamisessa. Piirillä on tällä hetkellä 24 sertifioitua OCOP-tuotetta. Hänen mukaansa vesipula kuivana kautena on yhä piirin viljelijöiden suurin vaikeus. Hän ehdotti, että maakunta tukisi piiriä uusien vesivarastojen rakentamisessa ja liikenneyhteyksien parantamisessa syrjäisiin kyliin.

Istunnon päätteeksi maakunnan puoluesihteeri Luong Van Tuan arvosti piirin ponnisteluja mutta korosti, että kastelu-infrastruktuuri on yhä riittämätön. Hän pyysi piirin puoluekomitean pysyvää komiteaa valmistelemaan hyvin piirin puoluekokouksen asiakirjat ja henkilöstöasiat kaudelle 2025–2030. Piirin on saatettava kaikkien tilapäisten asuntojen purkaminen päätökseen ennen 31. elokuuta 2025. Piirin kansankomitean on nopeutettava kastelukanavien betonointia kahvinviljelijöiden palvelemiseksi kuivana kautena.

Lähde: Dak Lak -sanomalehti"""


def _attendees(names: tuple[str, ...]) -> list:
    keys = ("luong-van-tuan@dak-lak", "nguyen-thi-thu-ha@dak-lak", "do-van-hieu@dak-lak",
            "tran-quoc-bao@dak-lak")
    titles = (TUAN, HA, HIEU, BAO)
    roles = ("chair", "attendee", "speaker", "speaker")
    return list(zip(keys, names, titles, roles, strict=False))


LATIN = ("Luong Van Tuan", "Nguyen Thi Thu Ha", "Do Van Hieu", "Tran Quoc Bao")
UR_NAMES = ("لوونگ وان توان", "نگوین تھی تھو ہا", "ڈو وان ہیو", "ٹران کوک باؤ")
FACT_ORDER = ("growth", "coffee", "income", "poverty", "budget", "budget_share", "investment",
              "communes_nr", "canals", "schools", "houses", "ocop")

UR_KPI = (
    "۲۰۲۱-۲۰۲۴ کے عرصے میں پیداواری قدر کی اوسط شرح نمو ۸٫۲ فیصد سالانہ رہی (قرارداد کا ہدف ۹ فیصد ہے)",
    "پورے ضلع میں کافی کی کاشت کا رقبہ ۲۸٬۵۰۰ ہیکٹر ہے",
    "سال ۲۰۲۴ میں فی کس اوسط آمدنی ۵۲٫۶ ملین VND رہی",
    "غربت کی شرح کم ہو کر ۴٫۱۵ فیصد ہو گئی",
    "سال ۲۰۲۴ میں ضلعی بجٹ کی آمدنی ۷۶۵ ارب VND تک پہنچ گئی",
    "سال ۲۰۲۴ میں ضلعی بجٹ کی آمدنی ۷۶۵ ارب VND تک پہنچ گئی، جو تخمینے کا ۱۱۲ فیصد ہے",
    "۲۰۲۱-۲۰۲۴ کے دوران جمع کی گئی کل سماجی سرمایہ کاری ۱۲٬۴۰۰ ارب VND سے زیادہ رہی",
    "اب تک ۹/۱۳ کمیونز نئے دیہی معیارات پر پورا اتر چکی ہیں",
    "چار سالوں میں ضلع نے ۴۶٫۸ کلومیٹر آبپاشی نہروں کو پختہ کیا ہے",
    "۵۸/۹۲ اسکول قومی معیارات پر پورا اترتے ہیں",
    "صرف ۲۰۲۴ میں ۶۱۲ گھرانوں کو عارضی مکانات کی جگہ نئے مکانات بنانے میں مدد دی گئی",
    "ضلع کے پاس اس وقت ۲۴ تصدیق شدہ OCOP مصنوعات ہیں",
)
RO_KPI = (
    "în perioada 2021-2024 rata medie de creștere a valorii producției a atins 8,2% pe an (ținta rezoluției este de 9%)",
    "Suprafața cultivată cu cafea a întregului district este de 28.500 de hectare",
    "Venitul mediu pe cap de locuitor în 2024 a fost de 52,6 milioane de VND",
    "iar rata sărăciei a scăzut la 4,15%",
    "Veniturile bugetului districtului în 2024 au atins 765 de miliarde de VND",
    "Veniturile bugetului districtului în 2024 au atins 765 de miliarde de VND, reprezentând 112% din estimare",
    "Capitalul total de investiții sociale mobilizat în perioada 2021-2024 a fost de peste 12.400 de miliarde de VND",
    "Până în prezent, 9/13 comune au îndeplinit standardele noii ruralități",
    "în cei patru ani districtul a betonat 46,8 km de canale de irigații",
    "58/92 de școli îndeplinesc standardele naționale",
    "Numai în 2024, 612 gospodării au fost sprijinite pentru a înlocui casele provizorii",
    "Districtul are în prezent 24 de produse OCOP certificate",
)
FI_KPI = (
    "vuosina 2021–2024 tuotannon arvon keskimääräinen kasvuvauhti oli 8,2 % vuodessa (päätöslauselman tavoite on 9 %)",
    "Koko piirin kahvinviljelyala on 28\u00a0500 hehtaaria",
    "Keskimääräiset tulot asukasta kohden olivat vuonna 2024 52,6 miljoonaa VND:tä",
    "köyhyysaste laski 4,15 prosenttiin",
    "Piirin budjettitulot nousivat vuonna 2024 765 miljardiin VND:hen",
    "Piirin budjettitulot nousivat vuonna 2024 765 miljardiin VND:hen, mikä on 112 % arviosta",
    "Vuosina 2021–2024 mobilisoitu sosiaalisten investointien kokonaispääoma oli yli 12,4 biljoonaa VND:tä",
    "Tähän mennessä 9/13 kuntaa on täyttänyt uuden maaseudun kriteerit",
    "neljän vuoden aikana piiri on betonoinut 46,8 kilometriä kastelukanavia",
    "58/92 koulua täyttää kansalliset standardit",
    "Pelkästään vuonna 2024 tuettiin 612 kotitaloutta tilapäisten asuntojen korvaamisessa",
    "Piirillä on tällä hetkellä 24 sertifioitua OCOP-tuotetta",
)
UR_DIR = (
    "انہوں نے ضلعی پارٹی کمیٹی کی اسٹینڈنگ کمیٹی سے درخواست کی کہ وہ ۲۰۲۵-۲۰۳۰ کی مدت کے لیے ضلعی پارٹی کانگریس کی دستاویزات اور عملے کی اچھی تیاری کرے۔",
    "ضلع کو ۳۱ اگست ۲۰۲۵ سے پہلے تمام عارضی مکانات کو ختم کرنے کا کام مکمل کرنا ہوگا۔",
    "ضلعی عوامی کمیٹی کو خشک موسم میں کافی کے کاشتکاروں کی خدمت کے لیے آبپاشی نہروں کو پختہ کرنے کے کام میں تیزی لانی چاہیے۔",
)
RO_DIR = (
    "El a cerut Comitetului Permanent al Comitetului de Partid districtual să pregătească bine documentele și personalul pentru Congresul de Partid al districtului pentru mandatul 2025-2030.",
    "Districtul trebuie să finalizeze eliminarea tuturor caselor provizorii înainte de 31 august 2025.",
    "Comitetul Popular al districtului trebuie să accelereze betonarea canalelor de irigații pentru a servi cultivatorii de cafea în sezonul secetos.",
)
FI_DIR = (
    "Hän pyysi piirin puoluekomitean pysyvää komiteaa valmistelemaan hyvin piirin puoluekokouksen asiakirjat ja henkilöstöasiat kaudelle 2025–2030.",
    "Piirin on saatettava kaikkien tilapäisten asuntojen purkaminen päätökseen ennen 31. elokuuta 2025.",
    "Piirin kansankomitean on nopeutettava kastelukanavien betonointia kahvinviljelijöiden palvelemiseksi kuivana kautena.",
)


def _edition(lang: str, text: str, names: tuple, kpi_quotes: tuple, dir_quotes: tuple,
             overrides: dict) -> dict:
    kpis = [{"fact": f, "evidence": q, **overrides.get(f, {})} for f, q in zip(FACT_ORDER, kpi_quotes, strict=False)]
    issuer = "luong-van-tuan@dak-lak"
    directives = [
        (issuer, "Standing Committee of the Ea Kar District Party Committee", CONGRESS, None, dir_quotes[0]),
        (issuer, "Ea Kar district", HOUSES, "2025-08-31", dir_quotes[1]),
        (issuer, "Ea Kar District People's Committee", CANALS, None, dir_quotes[2]),
    ]
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "working_session", "title": TITLE, "date": None, "location": "Ea Kar district",
        "attendees": _attendees(names), "kpis": kpis, "directives": directives}]}


STORY["editions"] = [
    _edition("ur", UR, UR_NAMES, UR_KPI, UR_DIR, {}),
    _edition("ro", RO, LATIN, RO_KPI, RO_DIR, {}),
    _edition("fi", FI, LATIN, FI_KPI, FI_DIR, {"investment": {"value": 12.4, "scale": 1e12}}),
]
