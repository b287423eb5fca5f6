"""e01: FICTIONAL Ha Giang Provincial Party Committee conference, 6-month review, 10 July 2025.

Fictional as a whole (people, figures and the event are invented), written by helper e
as held-out test data for the reader in Urdu, Romanian and Finnish, in the style of the
site's machine translations. Dated in the text in each language's own date form.
Traps: ur writes the tourists as "16 لاکھ" (16 x 1e5) and uses postposed qualifiers
("... سے زائد"); ro writes one percent as "la sută" and uses "de" between number and
noun; fi writes the period in words ("kuuden ensimmäisen kuukauden") and uses space
thousands separators; a range 7-7,5% (labelled at its lower end, qualifier about); a
ratio 52/193; a target "plan 1,800, admitted 1,046"; "9th of 14 provinces" is a rank,
not a KPI.
"""

H6 = "first 6 months of 2025"
CUONG = ("Secretary of the Provincial Party Committee",)
SON = ("Standing Deputy Secretary of the Provincial Party Committee",)
LONG = ("Deputy Secretary of the Provincial Party Committee",
        "Chairman of the Provincial People's Committee")
KIEN = ("Director of the Department of Finance",)
MAI = ("Head of the Organization Commission of the Provincial Party Committee",)
TITLE = ("Ha Giang Provincial Party Committee conference reviewing the first 6 months "
         "and the tasks for the last 6 months of 2025")
DISBURSE = "Direct the departments to complete the disbursement of public investment capital"
ADMIT = "Improve the quality of admitting new Party members"
DRUGS = "Step up the fight against drug crime in the border districts"

STORY = {
    "id": "e01",
    "province": "Ha Giang",
    "based_on": "fictional (helper e)",
    "events": {"e01": {"title": TITLE, "date": "2025-07-10"}},
    "people": {
        "nguyen-manh-cuong@ha-giang": {"name": "Nguyen Manh Cuong", "province": "Ha Giang"},
        "thao-van-son@ha-giang": {"name": "Thao Van Son", "province": "Ha Giang"},
        "phan-huy-long@ha-giang": {"name": "Phan Huy Long", "province": "Ha Giang"},
        "vu-duc-kien@ha-giang": {"name": "Vu Duc Kien", "province": "Ha Giang"},
        "lo-thi-mai@ha-giang": {"name": "Lo Thi Mai", "province": "Ha Giang"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 6.45,
                 "scale": 1, "unit": "%", "period": H6},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 2150,
                   "scale": 1e9, "unit": "VND", "qualifier": "over", "period": H6},
        "budget_share": {"code": None, "indicator": "state budget revenue as share of the annual estimate",
                         "value": 58.3, "scale": 1, "unit": "%", "period": H6},
        "tourists": {"code": None, "indicator": "tourist arrivals", "value": 1.6, "scale": 1e6,
                     "unit": "people", "qualifier": "about", "period": H6},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 285.4, "scale": 1,
                  "unit": "km", "period": H6},
        "water": {"code": None, "indicator": "share of rural households using clean water",
                  "value": 92.7, "scale": 1, "unit": "%"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards",
                        "value": 52, "scale": 1, "unit": "communes", "out_of": 193},
        "ocop": {"code": "ocop_products", "indicator": "total OCOP products of the province",
                 "value": 215, "scale": 1, "unit": "products"},
        "grdp_2025": {"code": "grdp_growth", "indicator": "expected GRDP growth rate for the whole year",
                      "value": 7, "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
        "party": {"code": None, "indicator": "new Party members admitted", "value": 1046, "scale": 1,
                  "unit": "people", "period": H6, "target": 1800},
        "records": {"code": None, "indicator": "administrative records digitised", "value": 1.3,
                    "scale": 1e6, "unit": "records", "qualifier": "over"},
        "drugs": {"code": None, "indicator": "drug crime cases detected", "value": 312, "scale": 1,
                  "unit": "cases", "period": H6},
    },
    "editions": [],
}

UR = """10 جولائی 2025 کی صبح، ہا جیانگ صوبائی پارٹی کمیٹی کی ایگزیکٹو کمیٹی نے 2025 کے پہلے 6 مہینوں کے نتائج کا جائزہ لینے اور سال کے آخری 6 مہینوں کے کاموں کو طے کرنے کے لیے اپنی 28ویں کانفرنس منعقد کی۔

کامریڈ نگوین مانہ کوونگ، صوبائی پارٹی کمیٹی کے سیکرٹری؛ کامریڈ تھاؤ وان سون، صوبائی پارٹی کمیٹی کے مستقل ڈپٹی سیکرٹری؛ اور کامریڈ فان ہوئی لونگ، صوبائی پارٹی کمیٹی کے ڈپٹی سیکرٹری، صوبائی عوامی کمیٹی کے چیئرمین، نے مشترکہ طور پر کانفرنس کی صدارت کی۔ کانفرنس میں صوبے کے محکموں، شعبوں اور اضلاع کے رہنماؤں نے بھی شرکت کی۔ جمہوری ماحول میں مندوبین نے سماجی و اقتصادی صورتحال، دفاع و سلامتی اور پارٹی سازی کے کام سے متعلق رپورٹوں پر تفصیل سے تبادلہ خیال کیا۔

رپورٹ پیش کرتے ہوئے محکمہ خزانہ کے ڈائریکٹر وو ڈک کیئن نے کہا کہ 2025 کے پہلے 6 مہینوں میں صوبے کی مجموعی علاقائی گھریلو پیداوار (GRDP) میں 6.45 فیصد اضافہ ہوا، جو شمالی پہاڑی علاقے کے 14 صوبوں میں 9ویں نمبر پر ہے۔ ریاستی بجٹ کی آمدنی 2,150 ارب VND سے زائد رہی، جو سالانہ تخمینے کے 58.3 فیصد کے برابر ہے۔ صوبے نے تقریباً 16 لاکھ سیاحوں کا استقبال کیا۔ پورے صوبے میں 285.4 کلومیٹر دیہی سڑکوں کو کنکریٹ کیا گیا؛ 92.7% دیہی گھرانے صاف پانی استعمال کرتے ہیں۔ اب تک 52/193 کمیونز نئے دیہی معیارات پر پورا اترتی ہیں، اور صوبے کی OCOP مصنوعات کی کل تعداد 215 مصنوعات تک پہنچ گئی ہے۔ 2025 کے پورے سال کے لیے صوبہ GRDP میں 7-7.5 فیصد اضافے کی توقع رکھتا ہے۔

پارٹی سازی کے کام کے بارے میں، صوبائی پارٹی کمیٹی کے تنظیمی کمیشن کی سربراہ لو تھی مائی نے بتایا کہ سال کے پہلے 6 مہینوں میں 1,046 نئے پارٹی ارکان کو داخل کیا گیا، جبکہ سال کا منصوبہ 1,800 ارکان کا ہے۔ اب تک 1.3 ملین سے زائد انتظامی ریکارڈز کو ڈیجیٹل بنایا جا چکا ہے۔ اسی مدت میں پولیس فورسز نے منشیات سے متعلق 312 مقدمات کا پتہ لگایا۔

کانفرنس کا اختتام کرتے ہوئے صوبائی پارٹی سیکرٹری نگوین مانہ کوونگ نے صوبائی عوامی کمیٹی سے درخواست کی کہ وہ 30 ستمبر 2025 سے پہلے عوامی سرمایہ کاری کے فنڈز کی تقسیم مکمل کرنے کے لیے محکموں کی رہنمائی کرے۔ تمام سطحوں پر پارٹی کمیٹیوں کو نئے پارٹی ارکان کے داخلے کے معیار کو بہتر بنانا چاہیے۔ انہوں نے صوبائی پولیس سے کہا کہ سرحدی اضلاع میں منشیات کے جرائم کے خلاف جنگ کو تیز کرے۔

ماخذ: ہا جیانگ اخبار"""

RO = """În dimineața zilei de 10 iulie 2025, Comitetul Executiv al Comitetului Provincial de Partid Ha Giang a organizat cea de-a 28-a conferință pentru a evalua rezultatele primelor 6 luni și a stabili sarcinile pentru ultimele 6 luni ale anului 2025.

Tovarășii Nguyen Manh Cuong, secretarul Comitetului Provincial de Partid; Thao Van Son, secretar adjunct permanent al Comitetului Provincial de Partid; și Phan Huy Long, secretar adjunct al Comitetului Provincial de Partid, președintele Comitetului Popular Provincial, au co-prezidat conferința. Au participat, de asemenea, liderii departamentelor, sectoarelor și districtelor din provincie. Într-o atmosferă democratică, delegații au discutat în detaliu rapoartele privind situația socio-economică, apărarea și securitatea, precum și activitatea de construire a Partidului.

Prezentând raportul, directorul Departamentului de Finanțe, Vu Duc Kien, a declarat că produsul intern brut regional (GRDP) în primele 6 luni ale anului 2025 a crescut cu 6,45%, ocupând locul 9 din 14 provincii din regiunea muntoasă de nord. Veniturile bugetului de stat au depășit 2.150 de miliarde de VND, ceea ce reprezintă 58,3% din estimarea anuală. Provincia a primit aproape 1,6 milioane de turiști. Întreaga provincie a betonat 285,4 km de drumuri rurale; 92,7 la sută dintre gospodăriile rurale folosesc apă curată. Până în prezent, 52/193 de comune îndeplinesc standardele noii ruralități, iar numărul total de produse OCOP ale provinciei a ajuns la 215 produse. Pentru întregul an 2025, provincia estimează o creștere a GRDP de 7-7,5%.

În activitatea de construire a Partidului, șefa Comisiei de Organizare a Comitetului Provincial de Partid, Lo Thi Mai, a informat că în primele 6 luni au fost admiși 1.046 de noi membri de partid, față de planul de 1.800 de membri pentru acest an. Până acum, peste 1,3 milioane de dosare administrative au fost digitizate. În aceeași perioadă, forțele de poliție au descoperit 312 cazuri de infracțiuni legate de droguri.

În încheierea conferinței, secretarul provincial de partid Nguyen Manh Cuong a solicitat Comitetului Popular Provincial să îndrume departamentele să finalizeze debursarea capitalului de investiții publice înainte de 30 septembrie 2025. Comitetele de partid de la toate nivelurile trebuie să îmbunătățească calitatea admiterii de noi membri de partid. El a cerut Poliției Provinciale să intensifice lupta împotriva criminalității legate de droguri în districtele de frontieră.

Sursa: Ziarul Ha Giang"""

FI = """Ha Giangin maakunnan puoluekomitean toimeenpaneva komitea järjesti 10. heinäkuuta 2025 aamulla 28. konferenssinsa arvioidakseen vuoden 2025 kuuden ensimmäisen kuukauden tuloksia ja määrittääkseen tehtävät vuoden viimeiselle kuudelle kuukaudelle.

Konferenssin puheenjohtajina toimivat yhdessä toverit Nguyen Manh Cuong, maakunnan puoluekomitean sihteeri; Thao Van Son, maakunnan puoluekomitean pysyvä varasihteeri; sekä Phan Huy Long, maakunnan puoluekomitean varasihteeri ja maakunnan kansankomitean puheenjohtaja. Paikalla olivat myös maakunnan virastojen, toimialojen ja piirien johtajat. Konferenssin avauspuheessaan maakunnan puoluesihteeri korosti, että vuoden ensimmäisellä puoliskolla maakunta kohtasi monia vaikeuksia: pitkittyneet rankkasateet ja maanvyöryt vaurioittivat teitä ja viljelyksiä useissa vuoristokunnissa, ja raaka-aineiden hinnat nousivat. Siitä huolimatta koko poliittinen järjestelmä toimi yhtenäisesti, ja useimmat keskeiset tavoitteet saavutettiin suunnitelman mukaisesti. Demokraattisessa ilmapiirissä edustajat keskustelivat perusteellisesti sosioekonomista tilannetta, puolustusta ja turvallisuutta sekä puolueen rakentamistyötä koskevista raporteista.

Raportin esitellyt valtiovarainosaston johtaja Vu Duc Kien totesi, että maakunnan alueellinen bruttokansantuote (GRDP) kasvoi vuoden 2025 kuuden ensimmäisen kuukauden aikana 6,45 prosenttia, mikä on 9. sija pohjoisen vuoristoalueen 14 maakunnan joukossa. Valtion budjettitulot ylittivät 2 150 miljardia VND:tä, mikä vastaa 58,3 prosenttia vuosiarviosta. Maakunta otti vastaan lähes 1,6 miljoonaa matkailijaa. Koko maakunnassa betonoitiin 285,4 km maaseututeitä; 92,7 % maaseudun kotitalouksista käyttää puhdasta vettä. Tähän mennessä 52/193 kuntaa täyttää uuden maaseudun kriteerit, ja maakunnan OCOP-tuotteiden kokonaismäärä on noussut 215 tuotteeseen. Koko vuodelle 2025 maakunta arvioi GRDP:n kasvavan 7–7,5 %.

Puolueen rakentamistyöstä maakunnan puoluekomitean organisaatiotoimikunnan päällikkö Lo Thi Mai kertoi, että kuuden ensimmäisen kuukauden aikana puolueeseen otettiin 1 046 uutta jäsentä, kun vuoden suunnitelma on 1 800 jäsentä. Tähän mennessä yli 1,3 miljoonaa hallinnollista asiakirjaa on digitoitu. Samana aikana poliisi paljasti 312 huumausainerikostapausta. Hänen mukaansa puoluejärjestöjen uudelleenjärjestely ja hallinnollisten yksiköiden yhdistäminen etenivät aikataulussa, ja kansalaisten tyytyväisyys julkisiin palveluihin on parantunut selvästi.

Konferenssin päätteeksi maakunnan puoluesihteeri Nguyen Manh Cuong pyysi maakunnan kansankomiteaa ohjaamaan virastoja saattamaan julkisten investointivarojen maksatuksen päätökseen ennen 30. syyskuuta 2025. Puoluekomiteoiden kaikilla tasoilla on parannettava uusien puolueen jäsenten vastaanoton laatua. Hän pyysi maakunnan poliisia tehostamaan huumerikollisuuden torjuntaa raja-alueen piireissä.

Lähde: Ha Giang -sanomalehti"""


def _attendees(names: tuple[str, ...]) -> list:
    keys = ("nguyen-manh-cuong@ha-giang", "thao-van-son@ha-giang", "phan-huy-long@ha-giang",
            "vu-duc-kien@ha-giang", "lo-thi-mai@ha-giang")
    titles = (CUONG, SON, LONG, KIEN, MAI)
    roles = ("chair", "chair", "chair", "speaker", "speaker")
    return list(zip(keys, names, titles, roles, strict=False))


LATIN = ("Nguyen Manh Cuong", "Thao Van Son", "Phan Huy Long", "Vu Duc Kien", "Lo Thi Mai")
UR_NAMES = ("نگوین مانہ کوونگ", "تھاؤ وان سون", "فان ہوئی لونگ", "وو ڈک کیئن", "لو تھی مائی")
FACT_ORDER = ("grdp", "budget", "budget_share", "tourists", "roads", "water", "communes_nr", "ocop",
              "grdp_2025", "party", "records", "drugs")

UR_KPI = (
    "2025 کے پہلے 6 مہینوں میں صوبے کی مجموعی علاقائی گھریلو پیداوار (GRDP) میں 6.45 فیصد اضافہ ہوا",
    "ریاستی بجٹ کی آمدنی 2,150 ارب VND سے زائد رہی",
    "ریاستی بجٹ کی آمدنی 2,150 ارب VND سے زائد رہی، جو سالانہ تخمینے کے 58.3 فیصد کے برابر ہے",
    "صوبے نے تقریباً 16 لاکھ سیاحوں کا استقبال کیا",
    "پورے صوبے میں 285.4 کلومیٹر دیہی سڑکوں کو کنکریٹ کیا گیا",
    "92.7% دیہی گھرانے صاف پانی استعمال کرتے ہیں",
    "اب تک 52/193 کمیونز نئے دیہی معیارات پر پورا اترتی ہیں",
    "صوبے کی OCOP مصنوعات کی کل تعداد 215 مصنوعات تک پہنچ گئی ہے",
    "2025 کے پورے سال کے لیے صوبہ GRDP میں 7-7.5 فیصد اضافے کی توقع رکھتا ہے",
    "سال کے پہلے 6 مہینوں میں 1,046 نئے پارٹی ارکان کو داخل کیا گیا، جبکہ سال کا منصوبہ 1,800 ارکان کا ہے",
    "اب تک 1.3 ملین سے زائد انتظامی ریکارڈز کو ڈیجیٹل بنایا جا چکا ہے",
    "اسی مدت میں پولیس فورسز نے منشیات سے متعلق 312 مقدمات کا پتہ لگایا",
)
RO_KPI = (
    "produsul intern brut regional (GRDP) în primele 6 luni ale anului 2025 a crescut cu 6,45%",
    "Veniturile bugetului de stat au depășit 2.150 de miliarde de VND",
    "Veniturile bugetului de stat au depășit 2.150 de miliarde de VND, ceea ce reprezintă 58,3% din estimarea anuală",
    "Provincia a primit aproape 1,6 milioane de turiști",
    "Întreaga provincie a betonat 285,4 km de drumuri rurale",
    "92,7 la sută dintre gospodăriile rurale folosesc apă curată",
    "Până în prezent, 52/193 de comune îndeplinesc standardele noii ruralități",
    "numărul total de produse OCOP ale provinciei a ajuns la 215 produse",
    "Pentru întregul an 2025, provincia estimează o creștere a GRDP de 7-7,5%",
    "în primele 6 luni au fost admiși 1.046 de noi membri de partid, față de planul de 1.800 de membri pentru acest an",
    "Până acum, peste 1,3 milioane de dosare administrative au fost digitizate",
    "În aceeași perioadă, forțele de poliție au descoperit 312 cazuri de infracțiuni legate de droguri",
)
FI_KPI = (
    "maakunnan alueellinen bruttokansantuote (GRDP) kasvoi vuoden 2025 kuuden ensimmäisen kuukauden aikana 6,45 prosenttia",
    "Valtion budjettitulot ylittivät 2 150 miljardia VND:tä",
    "Valtion budjettitulot ylittivät 2 150 miljardia VND:tä, mikä vastaa 58,3 prosenttia vuosiarviosta",
    "Maakunta otti vastaan lähes 1,6 miljoonaa matkailijaa",
    "Koko maakunnassa betonoitiin 285,4 km maaseututeitä",
    "92,7 % maaseudun kotitalouksista käyttää puhdasta vettä",
    "Tähän mennessä 52/193 kuntaa täyttää uuden maaseudun kriteerit",
    "maakunnan OCOP-tuotteiden kokonaismäärä on noussut 215 tuotteeseen",
    "Koko vuodelle 2025 maakunta arvioi GRDP:n kasvavan 7–7,5 %",
    "kuuden ensimmäisen kuukauden aikana puolueeseen otettiin 1 046 uutta jäsentä, kun vuoden suunnitelma on 1 800 jäsentä",
    "Tähän mennessä yli 1,3 miljoonaa hallinnollista asiakirjaa on digitoitu",
    "Samana aikana poliisi paljasti 312 huumausainerikostapausta",
)
UR_DIR = (
    "کانفرنس کا اختتام کرتے ہوئے صوبائی پارٹی سیکرٹری نگوین مانہ کوونگ نے صوبائی عوامی کمیٹی سے درخواست کی کہ وہ 30 ستمبر 2025 سے پہلے عوامی سرمایہ کاری کے فنڈز کی تقسیم مکمل کرنے کے لیے محکموں کی رہنمائی کرے۔",
    "تمام سطحوں پر پارٹی کمیٹیوں کو نئے پارٹی ارکان کے داخلے کے معیار کو بہتر بنانا چاہیے۔",
    "انہوں نے صوبائی پولیس سے کہا کہ سرحدی اضلاع میں منشیات کے جرائم کے خلاف جنگ کو تیز کرے۔",
)
RO_DIR = (
    "În încheierea conferinței, secretarul provincial de partid Nguyen Manh Cuong a solicitat Comitetului Popular Provincial să îndrume departamentele să finalizeze debursarea capitalului de investiții publice înainte de 30 septembrie 2025.",
    "Comitetele de partid de la toate nivelurile trebuie să îmbunătățească calitatea admiterii de noi membri de partid.",
    "El a cerut Poliției Provinciale să intensifice lupta împotriva criminalității legate de droguri în districtele de frontieră.",
)
FI_DIR = (
    "Konferenssin päätteeksi maakunnan puoluesihteeri Nguyen Manh Cuong pyysi maakunnan kansankomiteaa ohjaamaan virastoja saattamaan julkisten investointivarojen maksatuksen päätökseen ennen 30. syyskuuta 2025.",
    "Puoluekomiteoiden kaikilla tasoilla on parannettava uusien puolueen jäsenten vastaanoton laatua.",
    "Hän pyysi maakunnan poliisia tehostamaan huumerikollisuuden torjuntaa raja-alueen piireissä.",
)


def _edition(lang: str, text: str, names: tuple, kpi_quotes: tuple, dir_quotes: tuple,
             overrides: dict) -> dict:
    kpis = [{"fact": f, "evidence": q, **overrides.get(f, {})} for f, q in zip(FACT_ORDER, kpi_quotes, strict=False)]
    issuer = "nguyen-manh-cuong@ha-giang"
    directives = [
        (issuer, "Provincial People's Committee", DISBURSE, "2025-09-30", dir_quotes[0]),
        (issuer, "Party committees at all levels", ADMIT, None, dir_quotes[1]),
        (issuer, "Provincial Police", DRUGS, None, dir_quotes[2]),
    ]
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "conference", "title": TITLE, "date": "2025-07-10", "location": "Ha Giang province",
        "attendees": _attendees(names), "kpis": kpis, "directives": directives}]}


STORY["editions"] = [
    _edition("ur", UR, UR_NAMES, UR_KPI, UR_DIR, {"tourists": {"value": 16, "scale": 1e5}}),
    _edition("ro", RO, LATIN, RO_KPI, RO_DIR, {}),
    _edition("fi", FI, LATIN, FI_KPI, FI_DIR, {}),
]
