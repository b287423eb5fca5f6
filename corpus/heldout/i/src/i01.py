"""i01: FICTIONAL working session of Nghe An Provincial Party Secretary Tran Van Phuc with Ky Son district, 14 March 2025.

Fictional as a whole (people, figures and the session are invented), written by helper i
for the held-out reader test in Lao, Khmer and Spanish, in the style of the site's machine
translations. The date is written in each language's own form ("ວັນທີ 14 ມີນາ 2025",
"ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥", "El 14 de marzo de 2025"). Traps: the Lao edition keeps the
Vietnamese separators (decimal comma, dot grouping: "156,8 ຕື້ດົ່ງ", "1.250 ເຮັກຕາ"),
writes the percent once as the word "ສ່ວນຮ້ອຍ", puts "ຫຼາຍກວ່າ" / "ປະມານ" before the
figure, counts with classifiers after it ("18 ຜະລິດຕະພັນ", "2.460 ຄົວເຮືອນ") and has no
spaces between words; the Khmer edition is written in Khmer digits with the same
Vietnamese separators ("១៥៦,៨ ពាន់លានដុង", "១.២៥០ ហិកតា": CLDR's Khmer decimal sign is
the dot, so "១.២៥០" must still read 1250), ends sentences with "។", has "ជាង" / "ប្រមាណ"
before the figure and the billion as "ពាន់លាន" (thousand million); the Spanish edition
(Spain) has "mil millones de dongs", "1.250 hectáreas", "más de", "alrededor de", and the
range as "entre el 4 y el 5%". The range 4-5% is labelled at its lower end, qualifier
about. Not KPIs: the 95th anniversary of the Party, Resolution 39-NQ/TW, National
Highway 7 (also inside a KPI and a directive sentence), the rank "3 of 11 mountain
districts", the 3-star rating. The district's proposal to the province is not a
directive, nor is the praise.
"""

Y = "2024"
P = "2021-2024"
TITLE = "Working session of Provincial Party Secretary Tran Van Phuc with Ky Son district"
PHUC = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee")
TRANG = ("Vice Chairwoman of the Provincial People's Committee",)
MINH = ("Director of the Department of Planning and Investment",)
SON = ("Chairman of the Ky Son District People's Committee",)
BINH = ("Secretary of the Ky Son District Party Committee",)
LAN = ("Director of the Department of Agriculture and Rural Development",)

STORY = {
    "id": "i01",
    "province": "Nghe An",
    "based_on": "fictional (helper i)",
    "events": {"i01": {"title": TITLE, "date": "2025-03-14"}},
    "people": {
        "tran-van-phuc@nghe-an": {"name": "Tran Van Phuc", "province": "Nghe An"},
        "hoang-thi-thu-trang@nghe-an": {"name": "Hoang Thi Thu Trang", "province": "Nghe An"},
        "phan-duc-minh@nghe-an": {"name": "Phan Duc Minh", "province": "Nghe An"},
        "vi-van-son@nghe-an": {"name": "Vi Van Son", "province": "Nghe An"},
        "lo-thanh-binh@nghe-an": {"name": "Lo Thanh Binh", "province": "Nghe An"},
        "nguyen-thi-lan@nghe-an": {"name": "Nguyen Thi Lan", "province": "Nghe An"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "production value growth rate", "value": 7.6,
                   "scale": 1, "unit": "%", "period": Y, "target": 8},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 156.8,
                   "scale": 1e9, "unit": "VND", "period": Y},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the estimate",
                       "value": 118.5, "scale": 1, "unit": "%", "period": Y},
        "income": {"code": "income_per_capita", "indicator": "average income per capita per year", "value": 32.5,
                   "scale": 1e6, "unit": "VND", "period": Y},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 28.4, "scale": 1, "unit": "%",
                    "period": "by end of 2024"},
        "poverty_down": {"code": None, "indicator": "average annual decrease of the poverty rate", "value": 4,
                         "scale": 1, "unit": "%", "qualifier": "about", "period": P},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 6,
                        "scale": 1, "unit": "communes", "out_of": 20},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 120, "scale": 1, "unit": "km",
                  "qualifier": "over", "period": Y},
        "forest": {"code": None, "indicator": "new forest planted", "value": 1250, "scale": 1, "unit": "hectares",
                   "qualifier": "about", "period": Y},
        "housing": {"code": None, "indicator": "poor households given housing support", "value": 2460, "scale": 1,
                    "unit": "households", "period": Y},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 18, "scale": 1,
                 "unit": "products"},
        "trade": {"code": "import_export_turnover", "indicator": "import-export turnover through the Nam Can border gate",
                  "value": 65.4, "scale": 1e6, "unit": "USD", "period": Y},
    },
    "editions": [],
}

LO = """ເມືອງກີເຊີນ ຕ້ອງນຳໃຊ້ທ່າແຮງຂອງດ່ານສາກົນນ້ຳກັນ ເພື່ອພັດທະນາເສດຖະກິດ-ສັງຄົມ

ໃນວັນທີ 14 ມີນາ 2025, ສະຫາຍ ເຈີ່ນ ວັນ ຟຸກ ກຳມະການສູນກາງພັກ, ເລຂາຄະນະພັກແຂວງເງ້ອານ ໄດ້ເປັນປະທານກອງປະຊຸມເຮັດວຽກກັບເມືອງກີເຊີນ. ເຂົ້າຮ່ວມກອງປະຊຸມມີ ສະຫາຍນາງ ຮວ່າງ ທິ ທູ ຈາງ ຮອງປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ ແລະ ສະຫາຍ ຟານ ດຶກ ມິງ ຫົວໜ້າພະແນກແຜນການ ແລະ ການລົງທຶນ. ກອງປະຊຸມດັ່ງກ່າວຈັດຂຶ້ນເນື່ອງໃນໂອກາດສະເຫຼີມສະຫຼອງວັນສ້າງຕັ້ງພັກກອມມູນິດຫວຽດນາມ ຄົບຮອບ 95 ປີ.

ລາຍງານຕໍ່ກອງປະຊຸມ, ທ່ານ ວີ ວັນ ເຊີນ ປະທານຄະນະກຳມະການປະຊາຊົນເມືອງກີເຊີນ ໃຫ້ຮູ້ວ່າ: ໃນການຈັດຕັ້ງປະຕິບັດມະຕິເລກທີ 39-NQ/TW ຂອງກົມການເມືອງ, ໃນປີ 2024 ມູນຄ່າການຜະລິດຂອງເມືອງເພີ່ມຂຶ້ນ 7,6% (ຄາດໝາຍຂອງມະຕິແມ່ນ 8%). ລາຍຮັບງົບປະມານແຫ່ງລັດໃນເຂດເມືອງບັນລຸ 156,8 ຕື້ດົ່ງ, ເທົ່າກັບ 118,5% ຂອງແຜນຄາດຄະເນ, ຢູ່ອັນດັບທີ 3 ໃນຈຳນວນ 11 ເມືອງເຂດພູດອຍຂອງແຂວງ. ລາຍຮັບສະເລ່ຍຕໍ່ຫົວຄົນບັນລຸ 32,5 ລ້ານດົ່ງ/ຄົນ/ປີ. ອັດຕາຄົວເຮືອນທຸກຍາກຫຼຸດລົງເຫຼືອ 28,4 ສ່ວນຮ້ອຍ ໃນທ້າຍປີ 2024; ໃນໄລຍະ 2021-2024 ອັດຕາຄວາມທຸກຍາກຫຼຸດລົງສະເລ່ຍ 4-5% ຕໍ່ປີ.

ໃນການສ້າງຊົນນະບົດໃໝ່, ມີ 6/20 ຕາແສງ ບັນລຸມາດຕະຖານຊົນນະບົດໃໝ່. ໃນປີ 2024, ໄດ້ເທຄອນກຣີດທາງຊົນນະບົດ ຫຼາຍກວ່າ 120 ກິໂລແມັດ ແລະ ປູກປ່າໃໝ່ໄດ້ປະມານ 1.250 ເຮັກຕາ. ໄດ້ສະໜັບສະໜູນທີ່ຢູ່ອາໄສໃຫ້ 2.460 ຄົວເຮືອນທຸກຍາກ. ທົ່ວເມືອງມີຜະລິດຕະພັນ OCOP 18 ຜະລິດຕະພັນ ທີ່ໄດ້ຮັບການຈັດລະດັບ 3 ດາວຂຶ້ນໄປ.

ມູນຄ່າການນຳເຂົ້າ-ສົ່ງອອກຜ່ານດ່ານສາກົນນ້ຳກັນ ເທິງທາງຫຼວງແຫ່ງຊາດເລກທີ 7 ໃນປີ 2024 ບັນລຸ 65,4 ລ້ານໂດລາສະຫະລັດ.

ຢູ່ກອງປະຊຸມ, ສະຫາຍ ໂລ ແທັງ ບິ່ງ ເລຂາຄະນະພັກເມືອງກີເຊີນ ແລະ ສະຫາຍນາງ ຫງວຽນ ທິ ລານ ຫົວໜ້າພະແນກກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ ໄດ້ປະກອບຄຳເຫັນກ່ຽວກັບຄວາມຫຍຸ້ງຍາກ; ເມືອງໄດ້ສະເໜີໃຫ້ແຂວງສະໜັບສະໜູນທຶນ ເພື່ອຍົກຍ້າຍຄົວເຮືອນທີ່ຢູ່ໃນເຂດສ່ຽງດິນເຈື່ອນ.

ກ່າວສະຫຼຸບກອງປະຊຸມ, ສະຫາຍເລຂາຄະນະພັກແຂວງ ເຈີ່ນ ວັນ ຟຸກ ໄດ້ຍ້ອງຍໍຄວາມພະຍາຍາມຂອງເມືອງ. ສະຫາຍໄດ້ສະເໜີໃຫ້ຄະນະກຳມະການປະຊາຊົນເມືອງ ສຳເລັດການເກັບກູ້ພື້ນທີ່ສຳລັບໂຄງການຂະຫຍາຍທາງຫຼວງແຫ່ງຊາດເລກທີ 7 ກ່ອນວັນທີ 30 ມິຖຸນາ 2025. ເມືອງຕ້ອງສຸມໃສ່ພັດທະນາຜະລິດຕະພັນ OCOP ແລະ ການທ່ອງທ່ຽວຊຸມຊົນ ທີ່ຕິດພັນກັບວັດທະນະທຳຂອງບັນດາເຜົ່າ. ສະຫາຍໄດ້ມອບໝາຍໃຫ້ພະແນກກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ ປະສານສົມທົບກັບເມືອງ ສ້າງແຜນການຫຼຸດຜ່ອນຄວາມທຸກຍາກແບບຍືນຍົງ. ບັນດາຕາແສງຊາຍແດນຕ້ອງເພີ່ມທະວີການຮັກສາຄວາມສະຫງົບຕາມຊາຍແດນ ແລະ ການຕ້ານຢາເສບຕິດ. ພ້ອມນັ້ນ, ສະຫາຍຍັງໄດ້ຮຽກຮ້ອງໃຫ້ພະແນກແຜນການ ແລະ ການລົງທຶນ ທົບທວນ ແລະ ສະເໜີທຶນລົງທຶນໃຫ້ເຂດເສດຖະກິດດ່ານຊາຍແດນນ້ຳກັນ.

ແຫຼ່ງຂ່າວ: ໜັງສືພິມເງ້ອານ"""

KM = """ស្រុកគីសើនត្រូវទាញយកសក្តានុពលនៃច្រកព្រំដែនអន្តរជាតិណាមកាន ដើម្បីអភិវឌ្ឍសេដ្ឋកិច្ចសង្គម

នៅថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥ សមមិត្ត ត្រឹន វ៉ាន់ ហ្វ៊ុក សមាជិកគណៈកម្មាធិការមជ្ឈិមបក្ស លេខាគណៈកម្មាធិការបក្សខេត្តង៉េអាន បានធ្វើជាអធិបតីកិច្ចប្រជុំការងារជាមួយស្រុកគីសើន។ ចូលរួមក្នុងកិច្ចប្រជុំមាន សមមិត្តស្រី ហ័ង ធី ធូ ត្រាង អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត និងសមមិត្ត ផាន ឌឹក មិញ ប្រធានមន្ទីរផែនការ និងវិនិយោគ។ កិច្ចប្រជុំនេះធ្វើឡើងក្នុងឱកាសអបអរសាទរខួបលើកទី៩៥ នៃការបង្កើតបក្សកុម្មុយនិស្តវៀតណាម។

ក្នុងរបាយការណ៍ លោក វី វ៉ាន់ សើន ប្រធានគណៈកម្មាធិការប្រជាជនស្រុកគីសើន បានឱ្យដឹងថា ក្នុងការអនុវត្តសេចក្តីសម្រេចលេខ ៣៩-NQ/TW របស់ការិយាល័យនយោបាយ នៅឆ្នាំ២០២៤ តម្លៃផលិតកម្មរបស់ស្រុកបានកើនឡើង ៧,៦% (គោលដៅនៃសេចក្តីសម្រេចគឺ ៨%)។ ចំណូលថវិកាជាតិក្នុងស្រុកសម្រេចបាន ១៥៦,៨ ពាន់លានដុង ស្មើនឹង ១១៨,៥% នៃផែនការប៉ាន់ស្មាន ជាប់ចំណាត់ថ្នាក់លេខ ៣ ក្នុងចំណោម ១១ ស្រុកភ្នំរបស់ខេត្ត។ ចំណូលជាមធ្យមសម្រាប់មនុស្សម្នាក់សម្រេចបាន ៣២,៥ លានដុង ក្នុងមួយឆ្នាំ។ អត្រាគ្រួសារក្រីក្រធ្លាក់ចុះមកត្រឹម ២៨,៤ ភាគរយ នៅចុងឆ្នាំ២០២៤ ហើយក្នុងដំណាក់កាល ២០២១-២០២៤ អត្រាភាពក្រីក្របានថយចុះជាមធ្យម ៤-៥% ក្នុងមួយឆ្នាំ។

ក្នុងការកសាងជនបទថ្មី មាន ៦/២០ ឃុំ បានបំពេញលក្ខណៈវិនិច្ឆ័យជនបទថ្មី។ នៅឆ្នាំ២០២៤ ផ្លូវជនបទជាង ១២០ គីឡូម៉ែត្រ ត្រូវបានចាក់បេតុង ហើយព្រៃឈើថ្មីប្រមាណ ១.២៥០ ហិកតា ត្រូវបានដាំ។ គ្រួសារក្រីក្រចំនួន ២.៤៦០ គ្រួសារ ទទួលបានការឧបត្ថម្ភលំនៅដ្ឋាន។ ស្រុកមានផលិតផល OCOP ចំនួន ១៨ ផលិតផល ដែលទទួលបានចំណាត់ថ្នាក់ពី ៣ ផ្កាយឡើងទៅ។

ទំហំពាណិជ្ជកម្មនាំចេញ-នាំចូលតាមច្រកព្រំដែនអន្តរជាតិណាមកាន លើផ្លូវជាតិលេខ ៧ នៅឆ្នាំ២០២៤ សម្រេចបាន ៦៥,៤ លានដុល្លារអាមេរិក។

នៅក្នុងកិច្ចប្រជុំ សមមិត្ត ឡូ ថាញ់ ប៊ិញ លេខាគណៈកម្មាធិការបក្សស្រុកគីសើន និងលោកស្រី ង្វៀន ធី ឡាន ប្រធានមន្ទីរកសិកម្ម និងអភិវឌ្ឍន៍ជនបទ បានលើកឡើងពីការលំបាកនានា ហើយស្រុកបានស្នើឱ្យខេត្តគាំទ្រថវិកា ដើម្បីផ្លាស់ប្តូរទីលំនៅគ្រួសារដែលរស់នៅក្នុងតំបន់ប្រឈមនឹងការបាក់ដី។

ក្នុងការថ្លែងសន្និដ្ឋាន លេខាគណៈកម្មាធិការបក្សខេត្ត ត្រឹន វ៉ាន់ ហ្វ៊ុក បានកោតសរសើរចំពោះការខិតខំប្រឹងប្រែងរបស់ស្រុក។ សមមិត្តបានស្នើឱ្យគណៈកម្មាធិការប្រជាជនស្រុក បញ្ចប់ការបោសសម្អាតទីតាំងសម្រាប់គម្រោងពង្រីកផ្លូវជាតិលេខ ៧ មុនថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២៥។ ស្រុកត្រូវផ្តោតលើការអភិវឌ្ឍផលិតផល OCOP និងទេសចរណ៍សហគមន៍ ដែលភ្ជាប់នឹងវប្បធម៌ជនជាតិ។ សមមិត្តបានប្រគល់ភារកិច្ចឱ្យមន្ទីរកសិកម្ម និងអភិវឌ្ឍន៍ជនបទ សហការជាមួយស្រុក រៀបចំផែនការកាត់បន្ថយភាពក្រីក្រប្រកបដោយចីរភាព។ ឃុំព្រំដែនទាំងអស់ត្រូវពង្រឹងសន្តិសុខព្រំដែន និងការប្រយុទ្ធប្រឆាំងនឹងគ្រឿងញៀន។ ទន្ទឹមនឹងនេះ សមមិត្តក៏បានស្នើឱ្យមន្ទីរផែនការ និងវិនិយោគ ពិនិត្យ និងស្នើដើមទុនវិនិយោគសម្រាប់តំបន់សេដ្ឋកិច្ចច្រកព្រំដែនណាមកាន។

ប្រភព៖ កាសែតង៉េអាន"""

ES = """Ky Son debe aprovechar el potencial del paso fronterizo de Nam Can para el desarrollo socioeconómico

El 14 de marzo de 2025, el camarada Tran Van Phuc, miembro del Comité Central del Partido y secretario del Comité Provincial del Partido de Nghe An, presidió una sesión de trabajo con el distrito de Ky Son. Asistieron a la sesión la camarada Hoang Thi Thu Trang, vicepresidenta del Comité Popular Provincial, y el camarada Phan Duc Minh, director del Departamento de Planificación e Inversión. La sesión se celebró en el marco de la conmemoración del 95.º aniversario de la fundación del Partido Comunista de Vietnam.

Al presentar el informe, el presidente del Comité Popular del distrito de Ky Son, Vi Van Son, afirmó que, en la aplicación de la Resolución n.º 39-NQ/TW del Politburó, en 2024 el valor de la producción del distrito creció un 7,6% (la meta de la resolución era del 8%). Los ingresos del presupuesto estatal en el distrito alcanzaron los 156,8 mil millones de dongs, lo que equivale al 118,5% de la estimación, y el distrito ocupó el puesto 3 entre los 11 distritos montañosos de la provincia. La renta media per cápita fue de 32,5 millones de dongs por persona al año. La tasa de hogares pobres bajó hasta el 28,4% a finales de 2024; en el período 2021-2024, la tasa de pobreza se redujo una media de entre el 4 y el 5% al año.

En la construcción de nuevas zonas rurales, 6/20 comunas cumplen los criterios de nueva ruralidad. En 2024 se hormigonaron más de 120 km de carreteras rurales y se plantaron alrededor de 1.250 hectáreas de bosque nuevo. Se apoyó la vivienda de 2.460 hogares pobres. El distrito cuenta con 18 productos OCOP con una calificación de 3 estrellas o más.

El volumen de importación y exportación a través del paso fronterizo internacional de Nam Can, en la carretera nacional 7, alcanzó los 65,4 millones de dólares estadounidenses en 2024.

En la sesión, el secretario del Comité del Partido del distrito de Ky Son, Lo Thanh Binh, y la directora del Departamento de Agricultura y Desarrollo Rural, Nguyen Thi Lan, intervinieron sobre las dificultades; el distrito propuso que la provincia apoye con fondos el reasentamiento de los hogares que viven en zonas con riesgo de deslizamientos de tierra.

Al concluir la sesión de trabajo, el secretario del Comité Provincial del Partido, Tran Van Phuc, elogió los esfuerzos del distrito. Pidió al Comité Popular del distrito que complete la liberación del terreno para el proyecto de ampliación de la carretera nacional 7 antes del 30 de junio de 2025. El distrito debe centrarse en desarrollar los productos OCOP y el turismo comunitario vinculado a la cultura de las etnias. El camarada encargó al Departamento de Agricultura y Desarrollo Rural coordinar con el distrito la elaboración de un plan de reducción sostenible de la pobreza. Las comunas fronterizas deben reforzar la seguridad de la frontera y la lucha contra el narcotráfico. Asimismo, solicitó al Departamento de Planificación e Inversión revisar y proponer capital de inversión para la zona económica del paso fronterizo de Nam Can.

Fuente: Periódico Nghe An"""

BASE = {"kind": "working_session", "title": TITLE, "date": "2025-03-14", "location": "Ky Son district"}
ISSUER = "tran-van-phuc@nghe-an"
DPC = "Ky Son District People's Committee"
DISTRICT = "Ky Son district"
DARD = "Department of Agriculture and Rural Development"
BORDER = "border communes"
DPI = "Department of Planning and Investment"
ACT_LAND = "Complete the site clearance for the National Highway 7 expansion project before 30 June 2025"
ACT_OCOP = "Focus on developing OCOP products and community tourism linked to the culture of the ethnic groups"
ACT_POOR = "Coordinate with the district in drawing up a plan for sustainable poverty reduction"
ACT_BORDER = "Strengthen border security and the fight against drugs"
ACT_CAP = "Review and propose investment capital for the Nam Can border gate economic zone"


def _people(names: tuple[str, ...]) -> list[tuple]:
    keys = [("tran-van-phuc@nghe-an", PHUC, "chair"), ("hoang-thi-thu-trang@nghe-an", TRANG, "attendee"),
            ("phan-duc-minh@nghe-an", MINH, "attendee"), ("vi-van-son@nghe-an", SON, "speaker"),
            ("lo-thanh-binh@nghe-an", BINH, "speaker"), ("nguyen-thi-lan@nghe-an", LAN, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "lo", "text": LO,
     "notes": "dated ວັນທີ 14 ມີນາ 2025; Vietnamese separators 156,8 / 1.250; ສ່ວນຮ້ອຍ; ຫຼາຍກວ່າ, ປະມານ; range 4-5%",
     "meetings": [{
         **BASE,
         "attendees": _people(("ເຈີ່ນ ວັນ ຟຸກ", "ຮວ່າງ ທິ ທູ ຈາງ", "ຟານ ດຶກ ມິງ", "ວີ ວັນ ເຊີນ", "ໂລ ແທັງ ບິ່ງ",
                               "ຫງວຽນ ທິ ລານ")),
         "kpis": [
             {"fact": "growth", "evidence": "ໃນປີ 2024 ມູນຄ່າການຜະລິດຂອງເມືອງເພີ່ມຂຶ້ນ 7,6% (ຄາດໝາຍຂອງມະຕິແມ່ນ 8%)"},
             {"fact": "budget", "evidence": "ລາຍຮັບງົບປະມານແຫ່ງລັດໃນເຂດເມືອງບັນລຸ 156,8 ຕື້ດົ່ງ"},
             {"fact": "budget_pct", "evidence": "ລາຍຮັບງົບປະມານແຫ່ງລັດໃນເຂດເມືອງບັນລຸ 156,8 ຕື້ດົ່ງ, ເທົ່າກັບ 118,5% ຂອງແຜນຄາດຄະເນ"},
             {"fact": "income", "evidence": "ລາຍຮັບສະເລ່ຍຕໍ່ຫົວຄົນບັນລຸ 32,5 ລ້ານດົ່ງ/ຄົນ/ປີ"},
             {"fact": "poverty", "evidence": "ອັດຕາຄົວເຮືອນທຸກຍາກຫຼຸດລົງເຫຼືອ 28,4 ສ່ວນຮ້ອຍ ໃນທ້າຍປີ 2024"},
             {"fact": "poverty_down", "evidence": "ໃນໄລຍະ 2021-2024 ອັດຕາຄວາມທຸກຍາກຫຼຸດລົງສະເລ່ຍ 4-5% ຕໍ່ປີ"},
             {"fact": "communes_nr", "evidence": "ມີ 6/20 ຕາແສງ ບັນລຸມາດຕະຖານຊົນນະບົດໃໝ່"},
             {"fact": "roads", "evidence": "ໄດ້ເທຄອນກຣີດທາງຊົນນະບົດ ຫຼາຍກວ່າ 120 ກິໂລແມັດ"},
             {"fact": "forest", "evidence": "ປູກປ່າໃໝ່ໄດ້ປະມານ 1.250 ເຮັກຕາ"},
             {"fact": "housing", "evidence": "ໄດ້ສະໜັບສະໜູນທີ່ຢູ່ອາໄສໃຫ້ 2.460 ຄົວເຮືອນທຸກຍາກ"},
             {"fact": "ocop", "evidence": "ທົ່ວເມືອງມີຜະລິດຕະພັນ OCOP 18 ຜະລິດຕະພັນ ທີ່ໄດ້ຮັບການຈັດລະດັບ 3 ດາວຂຶ້ນໄປ"},
             {"fact": "trade", "evidence": "ມູນຄ່າການນຳເຂົ້າ-ສົ່ງອອກຜ່ານດ່ານສາກົນນ້ຳກັນ ເທິງທາງຫຼວງແຫ່ງຊາດເລກທີ 7 ໃນປີ 2024 ບັນລຸ 65,4 ລ້ານໂດລາສະຫະລັດ"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "ສະຫາຍໄດ້ສະເໜີໃຫ້ຄະນະກຳມະການປະຊາຊົນເມືອງ ສຳເລັດການເກັບກູ້ພື້ນທີ່ສຳລັບໂຄງການຂະຫຍາຍທາງຫຼວງແຫ່ງຊາດເລກທີ 7 ກ່ອນວັນທີ 30 ມິຖຸນາ 2025."),
             (ISSUER, DISTRICT, ACT_OCOP, None,
              "ເມືອງຕ້ອງສຸມໃສ່ພັດທະນາຜະລິດຕະພັນ OCOP ແລະ ການທ່ອງທ່ຽວຊຸມຊົນ ທີ່ຕິດພັນກັບວັດທະນະທຳຂອງບັນດາເຜົ່າ."),
             (ISSUER, DARD, ACT_POOR, None,
              "ສະຫາຍໄດ້ມອບໝາຍໃຫ້ພະແນກກະສິກຳ ແລະ ພັດທະນາຊົນນະບົດ ປະສານສົມທົບກັບເມືອງ ສ້າງແຜນການຫຼຸດຜ່ອນຄວາມທຸກຍາກແບບຍືນຍົງ."),
             (ISSUER, BORDER, ACT_BORDER, None,
              "ບັນດາຕາແສງຊາຍແດນຕ້ອງເພີ່ມທະວີການຮັກສາຄວາມສະຫງົບຕາມຊາຍແດນ ແລະ ການຕ້ານຢາເສບຕິດ."),
             (ISSUER, DPI, ACT_CAP, None,
              "ພ້ອມນັ້ນ, ສະຫາຍຍັງໄດ້ຮຽກຮ້ອງໃຫ້ພະແນກແຜນການ ແລະ ການລົງທຶນ ທົບທວນ ແລະ ສະເໜີທຶນລົງທຶນໃຫ້ເຂດເສດຖະກິດດ່ານຊາຍແດນນ້ຳກັນ."),
         ],
     }]},
    {"lang": "km", "text": KM,
     "notes": "dated ថ្ងៃទី១៤ ខែមីនា ឆ្នាំ២០២៥; Khmer digits, Vietnamese separators ១៥៦,៨ / ១.២៥០; ពាន់លាន; ភាគរយ; ជាង, ប្រមាណ; ។",
     "meetings": [{
         **BASE,
         "attendees": _people(("ត្រឹន វ៉ាន់ ហ្វ៊ុក", "ហ័ង ធី ធូ ត្រាង", "ផាន ឌឹក មិញ", "វី វ៉ាន់ សើន", "ឡូ ថាញ់ ប៊ិញ",
                               "ង្វៀន ធី ឡាន")),
         "kpis": [
             {"fact": "growth", "evidence": "នៅឆ្នាំ២០២៤ តម្លៃផលិតកម្មរបស់ស្រុកបានកើនឡើង ៧,៦% (គោលដៅនៃសេចក្តីសម្រេចគឺ ៨%)"},
             {"fact": "budget", "evidence": "ចំណូលថវិកាជាតិក្នុងស្រុកសម្រេចបាន ១៥៦,៨ ពាន់លានដុង"},
             {"fact": "budget_pct", "evidence": "ចំណូលថវិកាជាតិក្នុងស្រុកសម្រេចបាន ១៥៦,៨ ពាន់លានដុង ស្មើនឹង ១១៨,៥% នៃផែនការប៉ាន់ស្មាន"},
             {"fact": "income", "evidence": "ចំណូលជាមធ្យមសម្រាប់មនុស្សម្នាក់សម្រេចបាន ៣២,៥ លានដុង ក្នុងមួយឆ្នាំ"},
             {"fact": "poverty", "evidence": "អត្រាគ្រួសារក្រីក្រធ្លាក់ចុះមកត្រឹម ២៨,៤ ភាគរយ នៅចុងឆ្នាំ២០២៤"},
             {"fact": "poverty_down", "evidence": "ក្នុងដំណាក់កាល ២០២១-២០២៤ អត្រាភាពក្រីក្របានថយចុះជាមធ្យម ៤-៥% ក្នុងមួយឆ្នាំ"},
             {"fact": "communes_nr", "evidence": "មាន ៦/២០ ឃុំ បានបំពេញលក្ខណៈវិនិច្ឆ័យជនបទថ្មី"},
             {"fact": "roads", "evidence": "ផ្លូវជនបទជាង ១២០ គីឡូម៉ែត្រ ត្រូវបានចាក់បេតុង"},
             {"fact": "forest", "evidence": "ព្រៃឈើថ្មីប្រមាណ ១.២៥០ ហិកតា ត្រូវបានដាំ"},
             {"fact": "housing", "evidence": "គ្រួសារក្រីក្រចំនួន ២.៤៦០ គ្រួសារ ទទួលបានការឧបត្ថម្ភលំនៅដ្ឋាន"},
             {"fact": "ocop", "evidence": "ស្រុកមានផលិតផល OCOP ចំនួន ១៨ ផលិតផល ដែលទទួលបានចំណាត់ថ្នាក់ពី ៣ ផ្កាយឡើងទៅ"},
             {"fact": "trade", "evidence": "ទំហំពាណិជ្ជកម្មនាំចេញ-នាំចូលតាមច្រកព្រំដែនអន្តរជាតិណាមកាន លើផ្លូវជាតិលេខ ៧ នៅឆ្នាំ២០២៤ សម្រេចបាន ៦៥,៤ លានដុល្លារអាមេរិក"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "សមមិត្តបានស្នើឱ្យគណៈកម្មាធិការប្រជាជនស្រុក បញ្ចប់ការបោសសម្អាតទីតាំងសម្រាប់គម្រោងពង្រីកផ្លូវជាតិលេខ ៧ មុនថ្ងៃទី៣០ ខែមិថុនា ឆ្នាំ២០២៥។"),
             (ISSUER, DISTRICT, ACT_OCOP, None,
              "ស្រុកត្រូវផ្តោតលើការអភិវឌ្ឍផលិតផល OCOP និងទេសចរណ៍សហគមន៍ ដែលភ្ជាប់នឹងវប្បធម៌ជនជាតិ។"),
             (ISSUER, DARD, ACT_POOR, None,
              "សមមិត្តបានប្រគល់ភារកិច្ចឱ្យមន្ទីរកសិកម្ម និងអភិវឌ្ឍន៍ជនបទ សហការជាមួយស្រុក រៀបចំផែនការកាត់បន្ថយភាពក្រីក្រប្រកបដោយចីរភាព។"),
             (ISSUER, BORDER, ACT_BORDER, None,
              "ឃុំព្រំដែនទាំងអស់ត្រូវពង្រឹងសន្តិសុខព្រំដែន និងការប្រយុទ្ធប្រឆាំងនឹងគ្រឿងញៀន។"),
             (ISSUER, DPI, ACT_CAP, None,
              "ទន្ទឹមនឹងនេះ សមមិត្តក៏បានស្នើឱ្យមន្ទីរផែនការ និងវិនិយោគ ពិនិត្យ និងស្នើដើមទុនវិនិយោគសម្រាប់តំបន់សេដ្ឋកិច្ចច្រកព្រំដែនណាមកាន។"),
         ],
     }]},
    {"lang": "es", "text": ES,
     "notes": "dated El 14 de marzo de 2025; Spain: 156,8 mil millones de dongs, 1.250 hectáreas; más de, alrededor de; entre el 4 y el 5%",
     "meetings": [{
         **BASE,
         "attendees": _people(("Tran Van Phuc", "Hoang Thi Thu Trang", "Phan Duc Minh", "Vi Van Son", "Lo Thanh Binh",
                               "Nguyen Thi Lan")),
         "kpis": [
             {"fact": "growth", "evidence": "en 2024 el valor de la producción del distrito creció un 7,6% (la meta de la resolución era del 8%)"},
             {"fact": "budget", "evidence": "Los ingresos del presupuesto estatal en el distrito alcanzaron los 156,8 mil millones de dongs"},
             {"fact": "budget_pct", "evidence": "Los ingresos del presupuesto estatal en el distrito alcanzaron los 156,8 mil millones de dongs, lo que equivale al 118,5% de la estimación"},
             {"fact": "income", "evidence": "La renta media per cápita fue de 32,5 millones de dongs por persona al año"},
             {"fact": "poverty", "evidence": "La tasa de hogares pobres bajó hasta el 28,4% a finales de 2024"},
             {"fact": "poverty_down", "evidence": "la tasa de pobreza se redujo una media de entre el 4 y el 5% al año"},
             {"fact": "communes_nr", "evidence": "6/20 comunas cumplen los criterios de nueva ruralidad"},
             {"fact": "roads", "evidence": "En 2024 se hormigonaron más de 120 km de carreteras rurales"},
             {"fact": "forest", "evidence": "se plantaron alrededor de 1.250 hectáreas de bosque nuevo"},
             {"fact": "housing", "evidence": "Se apoyó la vivienda de 2.460 hogares pobres"},
             {"fact": "ocop", "evidence": "El distrito cuenta con 18 productos OCOP con una calificación de 3 estrellas o más"},
             {"fact": "trade", "evidence": "El volumen de importación y exportación a través del paso fronterizo internacional de Nam Can, en la carretera nacional 7, alcanzó los 65,4 millones de dólares estadounidenses en 2024"},
         ],
         "directives": [
             (ISSUER, DPC, ACT_LAND, "2025-06-30",
              "Pidió al Comité Popular del distrito que complete la liberación del terreno para el proyecto de ampliación de la carretera nacional 7 antes del 30 de junio de 2025."),
             (ISSUER, DISTRICT, ACT_OCOP, None,
              "El distrito debe centrarse en desarrollar los productos OCOP y el turismo comunitario vinculado a la cultura de las etnias."),
             (ISSUER, DARD, ACT_POOR, None,
              "El camarada encargó al Departamento de Agricultura y Desarrollo Rural coordinar con el distrito la elaboración de un plan de reducción sostenible de la pobreza."),
             (ISSUER, BORDER, ACT_BORDER, None,
              "Las comunas fronterizas deben reforzar la seguridad de la frontera y la lucha contra el narcotráfico."),
             (ISSUER, DPI, ACT_CAP, None,
              "Asimismo, solicitó al Departamento de Planificación e Inversión revisar y proponer capital de inversión para la zona económica del paso fronterizo de Nam Can."),
         ],
     }]},
]
