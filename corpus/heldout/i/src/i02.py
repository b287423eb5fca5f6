"""i02: FICTIONAL regular September meeting of the Tay Ninh Provincial People's Committee, review of the first 9 months of 2024, 3 October 2024.

Fictional as a whole (people, figures and the meeting are invented), written by helper i
for the held-out reader test in Lao, Khmer and Spanish, in the style of the site's machine
translations. The Lao edition is dated in Lao digits ("ວັນທີ ໓ ຕຸລາ ໒໐໒໔"), the Khmer one
in Arabic digits ("ថ្ងៃទី 3 ខែតុលា ឆ្នាំ 2024"); the Spanish edition gives only "el 3 de
octubre" (the year, 2024, follows from the period it reviews). Traps: the Lao edition
is written in Lao digits (໐-໙) with the Vietnamese separators ("໙.໘໕໐ ຕື້ດົ່ງ",
"໗,໓໕%", "໕໘.໒໐໐ ເຮັກຕາ"), the tourists as "ລ້ານເທື່ອຄົນ" (million person-visits),
"ຕ່ຳກວ່າ" (under), the range "໗,໕-໘%"; the Khmer edition in Arabic digits with English
separators (CLDR's: "9,850 ពាន់លានដុង", "7.35%", "58,200 ហិកតា"), "ប៊ីលាន" (billion),
the unit before the figure ("សហគ្រាសថ្មីចំនួន 780"), "ច្រើនជាង", "តិចជាង", "ប្រមាណ",
the range "ចន្លោះពី 7.5 ដល់ 8%"; the Spanish edition in Latin American (Mexican)
separators, decimal point and thousands comma ("7.35%", "9,850 mil millones de dongs",
"58,200 hectáreas"), "por debajo del", "más de", "alrededor de", the range "de 7.5 a 8%",
and the names with Vietnamese diacritics ("Dương Văn Thắng"). The range is labelled at
its lower end, qualifier about; "20/23 metas" is expected (about). Not KPIs: the rank
"2 of 6 provinces and cities of the Southeast", National Highway 22B, Resolution
15/2024/NQ-HĐND, the 80th anniversary of the Vietnam People's Army (inside a directive).
The finance department's proposal to the committee is not a directive, nor is the praise.
"""

M9 = "first 9 months of 2024"
TITLE = ("Regular September meeting of the Tay Ninh Provincial People's Committee reviewing the "
         "socio-economic situation of the first 9 months of 2024")
THANG = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
PHUONG = ("Standing Vice Chairwoman of the Provincial People's Committee",)
TRONG = ("Director of the Department of Planning and Investment",)
QUANG = ("Vice Chairman of the Provincial People's Committee",)
HIEU = ("Director of the Department of Finance",)
ANH = ("Director of the Department of Culture, Sports and Tourism",)

STORY = {
    "id": "i02",
    "province": "Tay Ninh",
    "based_on": "fictional (helper i)",
    "events": {"i02": {"title": TITLE, "date": "2024-10-03"}},
    "people": {
        "duong-van-thang@tay-ninh": {"name": "Duong Van Thang", "province": "Tay Ninh"},
        "tran-thi-kim-phuong@tay-ninh": {"name": "Tran Thi Kim Phuong", "province": "Tay Ninh"},
        "vo-duc-trong@tay-ninh": {"name": "Vo Duc Trong", "province": "Tay Ninh"},
        "huynh-van-quang@tay-ninh": {"name": "Huynh Van Quang", "province": "Tay Ninh"},
        "le-minh-hieu@tay-ninh": {"name": "Le Minh Hieu", "province": "Tay Ninh"},
        "pham-thi-ngoc-anh@tay-ninh": {"name": "Pham Thi Ngoc Anh", "province": "Tay Ninh"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate year on year", "value": 7.35, "scale": 1,
                 "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 9850, "scale": 1e9,
                   "unit": "VND", "period": M9},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the annual estimate",
                       "value": 74.6, "scale": 1, "unit": "%", "period": M9},
        "exports": {"code": "export_turnover", "indicator": "export turnover", "value": 4.25, "scale": 1e9,
                    "unit": "USD", "period": M9},
        "fdi_projects": {"code": None, "indicator": "foreign direct investment projects attracted", "value": 12,
                         "scale": 1, "unit": "projects", "period": M9},
        "fdi_capital": {"code": None, "indicator": "registered capital of the foreign direct investment projects",
                        "value": 520, "scale": 1e6, "unit": "USD", "qualifier": "over", "period": M9},
        "tourists": {"code": "tourism_arrivals", "indicator": "visitors to Ba Den mountain", "value": 4.1, "scale": 1e6,
                     "unit": "people", "qualifier": "about", "period": M9},
        "cassava": {"code": None, "indicator": "cassava area", "value": 58200, "scale": 1, "unit": "hectares",
                    "period": M9},
        "disbursement": {"code": "public_investment_disbursement",
                         "indicator": "public investment capital disbursed as share of plan", "value": 61.2, "scale": 1,
                         "unit": "%", "period": "by 30 September 2024"},
        "enterprises": {"code": None, "indicator": "new enterprises established", "value": 780, "scale": 1,
                        "unit": "enterprises", "period": M9},
        "poverty": {"code": "poverty_rate", "indicator": "poor household rate", "value": 0.5, "scale": 1, "unit": "%",
                    "qualifier": "under"},
        "targets": {"code": None, "indicator": "main targets of the year expected to be met", "value": 20, "scale": 1,
                    "unit": "targets", "qualifier": "about", "out_of": 23, "period": "2024"},
        "grdp_year": {"code": "grdp_growth", "indicator": "estimated GRDP growth for the whole year", "value": 7.5,
                      "scale": 1, "unit": "%", "qualifier": "about", "period": "2024"},
    },
    "editions": [],
}

LO = """ແຂວງເຕີຍນິງ ເລັ່ງລັດການເບີກຈ່າຍທຶນລົງທຶນຂອງລັດ ໃນໄລຍະທ້າຍປີ ໒໐໒໔

ໃນຕອນເຊົ້າວັນທີ ໓ ຕຸລາ ໒໐໒໔, ຄະນະກຳມະການປະຊາຊົນແຂວງເຕີຍນິງ ໄດ້ຈັດກອງປະຊຸມປົກກະຕິປະຈຳເດືອນກັນຍາ ເພື່ອຕີລາຄາສະພາບເສດຖະກິດ-ສັງຄົມ ໙ ເດືອນຕົ້ນປີ ໒໐໒໔ ແລະ ວາງໜ້າທີ່ສຳລັບໄຕມາດສຸດທ້າຍ. ກອງປະຊຸມເປັນປະທານໂດຍ ສະຫາຍ ເຢືອງ ວັນ ທັ່ງ ຮອງເລຂາຄະນະພັກແຂວງ, ປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ. ເຂົ້າຮ່ວມມີ ສະຫາຍນາງ ເຈີ່ນ ທິ ກິມ ເຟືອງ ຮອງປະທານປະຈຳການຄະນະກຳມະການປະຊາຊົນແຂວງ.

ລາຍງານຕໍ່ກອງປະຊຸມ, ທ່ານ ຫວໍ ດຶກ ຈ້ອງ ຫົວໜ້າພະແນກແຜນການ ແລະ ການລົງທຶນ ໃຫ້ຮູ້ວ່າ ຜະລິດຕະພັນລວມພາຍໃນແຂວງ (GRDP) ເພີ່ມຂຶ້ນ ໗,໓໕% ເມື່ອທຽບໃສ່ໄລຍະດຽວກັນຂອງປີຜ່ານມາ, ຢູ່ອັນດັບທີ ໒ ໃນຈຳນວນ ໖ ແຂວງ ແລະ ນະຄອນຂອງພາກຕາເວັນອອກສ່ຽງໃຕ້. ລາຍຮັບງົບປະມານແຫ່ງລັດບັນລຸ ໙.໘໕໐ ຕື້ດົ່ງ, ເທົ່າກັບ ໗໔,໖% ຂອງແຜນການປີ. ມູນຄ່າການສົ່ງອອກບັນລຸ ໔,໒໕ ຕື້ໂດລາສະຫະລັດ. ແຂວງໄດ້ດຶງດູດ ໑໒ ໂຄງການລົງທຶນໂດຍກົງຈາກຕ່າງປະເທດ ດ້ວຍທຶນຈົດທະບຽນຫຼາຍກວ່າ ໕໒໐ ລ້ານໂດລາສະຫະລັດ. ພູບ່າແດນໄດ້ຕ້ອນຮັບນັກທ່ອງທ່ຽວປະມານ ໔,໑ ລ້ານເທື່ອຄົນ.

ເນື້ອທີ່ປູກມັນຕົ້ນບັນລຸ ໕໘.໒໐໐ ເຮັກຕາ. ມາຮອດວັນທີ ໓໐ ກັນຍາ ໒໐໒໔, ການເບີກຈ່າຍທຶນລົງທຶນຂອງລັດບັນລຸ ໖໑,໒% ຂອງແຜນການ. ມີວິສາຫະກິດສ້າງຕັ້ງໃໝ່ ໗໘໐ ວິສາຫະກິດ, ອັດຕາຄົວເຮືອນທຸກຍາກຢູ່ໃນລະດັບຕ່ຳກວ່າ ໐,໕%. ຄາດວ່າແຂວງຈະບັນລຸ ໒໐/໒໓ ຄາດໝາຍຫຼັກຂອງປີ, ແລະ ການເຕີບໂຕ GRDP ຂອງທັງປີ ໒໐໒໔ ຄາດວ່າຈະຢູ່ທີ່ ໗,໕-໘%.

ເຖິງຢ່າງໃດກໍ່ຕາມ, ການຂະຫຍາຍທາງຫຼວງແຫ່ງຊາດເລກທີ ໒໒B ແລະ ບາງໂຄງການຫຼັກຍັງຊັກຊ້າ.

ຢູ່ກອງປະຊຸມ, ສະຫາຍ ຮວິ່ງ ວັນ ກວາງ ຮອງປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ ແລະ ສະຫາຍ ເລ ມິງ ຮຽວ ຫົວໜ້າພະແນກການເງິນ ໄດ້ປະກອບຄຳເຫັນ; ພະແນກການເງິນໄດ້ສະເໜີຕໍ່ຄະນະກຳມະການປະຊາຊົນແຂວງ ປັບແຜນຄາດຄະເນລາຍຮັບ ຕາມມະຕິເລກທີ ໑໕/໒໐໒໔/NQ-HĐND. ເຂົ້າຮ່ວມກອງປະຊຸມຍັງມີ ສະຫາຍນາງ ຟ້າມ ທິ ງອກ ແອັງ ຫົວໜ້າພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ.

ກ່າວສະຫຼຸບກອງປະຊຸມ, ປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ ເຢືອງ ວັນ ທັ່ງ ໄດ້ຕີລາຄາສູງຕໍ່ຜົນງານທີ່ບັນລຸໄດ້. ທ່ານໄດ້ຮຽກຮ້ອງໃຫ້ບັນດາພະແນກການ, ຂະແໜງການ ແລະ ທ້ອງຖິ່ນ ເລັ່ງລັດການເບີກຈ່າຍທຶນລົງທຶນຂອງລັດ ແລະ ໃຫ້ສຳເລັດກ່ອນວັນທີ ໓໑ ມັງກອນ ໒໐໒໕. ພະແນກການເງິນຕ້ອງທົບທວນ ແລະ ຄຸ້ມຄອງແຫຼ່ງລາຍຮັບງົບປະມານຢ່າງເຂັ້ມງວດ. ທ່ານໄດ້ມອບໝາຍໃຫ້ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ ກະກຽມກິດຈະກຳສະເຫຼີມສະຫຼອງວັນສ້າງຕັ້ງກອງທັບປະຊາຊົນຫວຽດນາມ ຄົບຮອບ ໘໐ ປີ ໃຫ້ດີ. ຄະນະກຳມະການປະຊາຊົນບັນດາເມືອງ ແລະ ນະຄອນ ຕ້ອງສຸມໃສ່ການເກັບກູ້ພື້ນທີ່ສຳລັບທາງດ່ວນນະຄອນໂຮ່ຈິມິນ-ມົກບ່າຍ. ນອກຈາກນັ້ນ, ທ່ານຍັງໄດ້ສະເໜີໃຫ້ພະແນກແຜນການ ແລະ ການລົງທຶນ ແກ້ໄຂອຸປະສັກໃຫ້ແກ່ບັນດາໂຄງການລົງທຶນໃນເຂດອຸດສາຫະກຳ.

ແຫຼ່ງຂ່າວ: ໜັງສືພິມເຕີຍນິງ"""

KM = """ខេត្តតៃនិញ ពន្លឿនការផ្តល់ទុនវិនិយោគសាធារណៈ នៅចុងឆ្នាំ 2024

នាព្រឹកថ្ងៃទី 3 ខែតុលា ឆ្នាំ 2024 គណៈកម្មាធិការប្រជាជនខេត្តតៃនិញ បានរៀបចំកិច្ចប្រជុំប្រចាំខែកញ្ញា ដើម្បីវាយតម្លៃស្ថានភាពសេដ្ឋកិច្ចសង្គមក្នុងរយៈពេល 9 ខែដើមឆ្នាំ 2024 និងកំណត់ភារកិច្ចសម្រាប់ត្រីមាសចុងក្រោយ។ កិច្ចប្រជុំស្ថិតក្រោមអធិបតីភាពរបស់ លោក យឿង វ៉ាន់ ថាង អនុលេខាគណៈកម្មាធិការបក្សខេត្ត ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត។ ចូលរួមក្នុងកិច្ចប្រជុំក៏មាន លោកស្រី ត្រឹន ធី គីម ភឿង អនុប្រធានអចិន្ត្រៃយ៍គណៈកម្មាធិការប្រជាជនខេត្ត។

ក្នុងរបាយការណ៍ លោក វ៉ោ ឌឹក ត្រុង ប្រធានមន្ទីរផែនការ និងវិនិយោគ បានឱ្យដឹងថា ផលិតផលក្នុងស្រុកសរុបរបស់ខេត្ត (GRDP) បានកើនឡើង 7.35% បើធៀបនឹងរយៈពេលដូចគ្នាកាលពីឆ្នាំមុន ដោយជាប់ចំណាត់ថ្នាក់លេខ 2 ក្នុងចំណោម 6 ខេត្ត និងក្រុងនៃតំបន់ភាគអាគ្នេយ៍។ ចំណូលថវិកាជាតិសម្រេចបាន 9,850 ពាន់លានដុង ស្មើនឹង 74.6% នៃការប៉ាន់ស្មានប្រចាំឆ្នាំ។ ទំហំនាំចេញសម្រេចបាន 4.25 ប៊ីលានដុល្លារអាមេរិក។ ខេត្តបានទាក់ទាញគម្រោងវិនិយោគផ្ទាល់ពីបរទេសចំនួន 12 គម្រោង ដែលមានដើមទុនចុះបញ្ជីច្រើនជាង 520 លានដុល្លារអាមេរិក។ ភ្នំបាដែនបានទទួលភ្ញៀវទេសចរប្រមាណ 4.1 លាននាក់។

ផ្ទៃដីដាំដំឡូងមីសម្រេចបាន 58,200 ហិកតា។ គិតត្រឹមថ្ងៃទី 30 ខែកញ្ញា ឆ្នាំ 2024 ការផ្តល់ទុនវិនិយោគសាធារណៈសម្រេចបាន 61.2% នៃផែនការ។ សហគ្រាសថ្មីចំនួន 780 ត្រូវបានបង្កើតឡើង ហើយអត្រាគ្រួសារក្រីក្រនៅតិចជាង 0.5%។ ខេត្តរំពឹងថានឹងសម្រេចបាន 20/23 គោលដៅចម្បងប្រចាំឆ្នាំ ហើយកំណើន GRDP សម្រាប់ឆ្នាំ 2024 ទាំងមូលត្រូវបានប៉ាន់ស្មានថានឹងស្ថិតនៅចន្លោះពី 7.5 ដល់ 8%។

ទោះជាយ៉ាងណាក៏ដោយ ការពង្រីកផ្លូវជាតិលេខ 22B និងគម្រោងសំខាន់ៗមួយចំនួន នៅតែយឺតយ៉ាវ។

នៅក្នុងកិច្ចប្រជុំ លោក ហ៊ុយញ វ៉ាន់ ក្វាង អនុប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត និងលោក លេ មិញ ហៀវ ប្រធានមន្ទីរហិរញ្ញវត្ថុ បានផ្តល់យោបល់ ហើយមន្ទីរហិរញ្ញវត្ថុបានស្នើទៅគណៈកម្មាធិការប្រជាជនខេត្ត ឱ្យកែសម្រួលការប៉ាន់ស្មានចំណូល ស្របតាមសេចក្តីសម្រេចលេខ 15/2024/NQ-HĐND។ ចូលរួមក្នុងកិច្ចប្រជុំក៏មានលោកស្រី ផាម ធី ង៉ុក អាញ់ ប្រធានមន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍។

ក្នុងការថ្លែងសន្និដ្ឋាន ប្រធានគណៈកម្មាធិការប្រជាជនខេត្ត យឿង វ៉ាន់ ថាង បានវាយតម្លៃខ្ពស់ចំពោះលទ្ធផលដែលសម្រេចបាន។ លោកបានស្នើឱ្យមន្ទីរ ស្ថាប័ន និងមូលដ្ឋាននានា ពន្លឿនការផ្តល់ទុនវិនិយោគសាធារណៈ និងបញ្ចប់មុនថ្ងៃទី 31 ខែមករា ឆ្នាំ 2025។ មន្ទីរហិរញ្ញវត្ថុត្រូវពិនិត្យ និងគ្រប់គ្រងប្រភពចំណូលថវិកាឱ្យបានតឹងរ៉ឹង។ លោកបានប្រគល់ភារកិច្ចឱ្យមន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ រៀបចំសកម្មភាពអបអរសាទរខួបលើកទី 80 នៃការបង្កើតកងទ័ពប្រជាជនវៀតណាមឱ្យបានល្អ។ គណៈកម្មាធិការប្រជាជនស្រុក និងក្រុងនានា ត្រូវផ្តោតលើការបោសសម្អាតទីតាំងសម្រាប់ផ្លូវល្បឿនលឿនទីក្រុងហូជីមិញ-ម៉ុកបៃ។ លើសពីនេះ លោកក៏បានស្នើឱ្យមន្ទីរផែនការ និងវិនិយោគ ដោះស្រាយឧបសគ្គសម្រាប់គម្រោងវិនិយោគនានានៅក្នុងតំបន់ឧស្សាហកម្ម។

ប្រភព៖ កាសែតតៃនិញ"""

ES = """Tay Ninh busca acelerar el desembolso de la inversión pública en los últimos meses de 2024

En la mañana del 3 de octubre, el Comité Popular de la provincia de Tay Ninh celebró su reunión ordinaria de septiembre para evaluar la situación socioeconómica de los primeros 9 meses de 2024 y definir las tareas del último trimestre. Presidió la reunión el camarada Dương Văn Thắng, subsecretario del Comité Provincial del Partido y presidente del Comité Popular Provincial. Asistió también la camarada Trần Thị Kim Phượng, vicepresidenta permanente del Comité Popular Provincial.

Al presentar el informe, el director del Departamento de Planificación e Inversión, Võ Đức Trọng, señaló que el producto interno bruto regional (GRDP) de la provincia creció un 7.35% en comparación con el mismo período del año anterior, con lo que ocupa el puesto 2 entre las 6 provincias y ciudades de la región Sudeste. Los ingresos del presupuesto estatal alcanzaron 9,850 mil millones de dongs, equivalentes al 74.6% de la estimación anual. Las exportaciones sumaron 4.25 mil millones de dólares. La provincia atrajo 12 proyectos de inversión extranjera directa con un capital registrado de más de 520 millones de dólares. La montaña Ba Den recibió alrededor de 4.1 millones de visitantes.

La superficie sembrada de yuca llegó a 58,200 hectáreas. Al 30 de septiembre de 2024, el desembolso del capital de inversión pública alcanzó el 61.2% del plan. Se crearon 780 nuevas empresas, y la tasa de hogares pobres se mantuvo por debajo del 0.5%. Se prevé que la provincia cumpla 20/23 metas principales del año, y que el crecimiento del GRDP de todo 2024 sea de 7.5 a 8%.

Sin embargo, la ampliación de la carretera nacional 22B y algunos proyectos clave siguen avanzando con lentitud.

En la reunión intervinieron el vicepresidente del Comité Popular Provincial, Huỳnh Văn Quang, y el director del Departamento de Finanzas, Lê Minh Hiếu; el Departamento de Finanzas propuso al Comité Popular Provincial ajustar la estimación de ingresos conforme a la Resolución n.º 15/2024/NQ-HĐND. También asistió la directora del Departamento de Cultura, Deportes y Turismo, Phạm Thị Ngọc Anh.

Al concluir la reunión, el presidente del Comité Popular Provincial, Dương Văn Thắng, valoró en alto grado los resultados alcanzados. Solicitó a los departamentos, sectores y localidades acelerar el desembolso del capital de inversión pública y completarlo antes del 31 de enero de 2025. El Departamento de Finanzas debe revisar y gestionar estrictamente las fuentes de ingresos presupuestarios. Encargó al Departamento de Cultura, Deportes y Turismo preparar bien las actividades de celebración del 80.º aniversario de la fundación del Ejército Popular de Vietnam. Los comités populares de los distritos y ciudades deben concentrarse en la liberación de terrenos para la autopista Ciudad Ho Chi Minh-Moc Bai. Además, pidió al Departamento de Planificación e Inversión eliminar los obstáculos de los proyectos de inversión en los parques industriales.

Fuente: Periódico Tay Ninh"""

BASE = {"kind": "conference", "title": TITLE, "date": "2024-10-03", "location": "Tay Ninh province"}
ISSUER = "duong-van-thang@tay-ninh"
DEPTS = "departments, sectors and localities"
DOF = "Department of Finance"
DOCST = "Department of Culture, Sports and Tourism"
DPCS = "district and city People's Committees"
DPI = "Department of Planning and Investment"
ACT_DISB = "Speed up the disbursement of public investment capital and complete it before 31 January 2025"
ACT_REV = "Review and strictly manage the sources of budget revenue"
ACT_ARMY = "Prepare well the activities celebrating the 80th anniversary of the founding of the Vietnam People's Army"
ACT_SITE = "Concentrate on the site clearance for the Ho Chi Minh City-Moc Bai expressway"
ACT_IND = "Remove the obstacles of the investment projects in the industrial parks"


def _people(names: tuple[str, ...]) -> list[tuple]:
    keys = [("duong-van-thang@tay-ninh", THANG, "chair"), ("tran-thi-kim-phuong@tay-ninh", PHUONG, "attendee"),
            ("vo-duc-trong@tay-ninh", TRONG, "speaker"), ("huynh-van-quang@tay-ninh", QUANG, "speaker"),
            ("le-minh-hieu@tay-ninh", HIEU, "speaker"), ("pham-thi-ngoc-anh@tay-ninh", ANH, "attendee")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "lo", "text": LO,
     "notes": "dated ວັນທີ ໓ ຕຸລາ ໒໐໒໔; Lao digits, Vietnamese separators ໙.໘໕໐ / ໗,໓໕%; ລ້ານເທື່ອຄົນ; ຕ່ຳກວ່າ; range ໗,໕-໘%",
     "meetings": [{
         **BASE,
         "attendees": _people(("ເຢືອງ ວັນ ທັ່ງ", "ເຈີ່ນ ທິ ກິມ ເຟືອງ", "ຫວໍ ດຶກ ຈ້ອງ", "ຮວິ່ງ ວັນ ກວາງ", "ເລ ມິງ ຮຽວ",
                               "ຟ້າມ ທິ ງອກ ແອັງ")),
         "kpis": [
             {"fact": "grdp", "evidence": "ຜະລິດຕະພັນລວມພາຍໃນແຂວງ (GRDP) ເພີ່ມຂຶ້ນ ໗,໓໕% ເມື່ອທຽບໃສ່ໄລຍະດຽວກັນຂອງປີຜ່ານມາ"},
             {"fact": "budget", "evidence": "ລາຍຮັບງົບປະມານແຫ່ງລັດບັນລຸ ໙.໘໕໐ ຕື້ດົ່ງ"},
             {"fact": "budget_pct", "evidence": "ລາຍຮັບງົບປະມານແຫ່ງລັດບັນລຸ ໙.໘໕໐ ຕື້ດົ່ງ, ເທົ່າກັບ ໗໔,໖% ຂອງແຜນການປີ"},
             {"fact": "exports", "evidence": "ມູນຄ່າການສົ່ງອອກບັນລຸ ໔,໒໕ ຕື້ໂດລາສະຫະລັດ"},
             {"fact": "fdi_projects", "evidence": "ແຂວງໄດ້ດຶງດູດ ໑໒ ໂຄງການລົງທຶນໂດຍກົງຈາກຕ່າງປະເທດ"},
             {"fact": "fdi_capital", "evidence": "ແຂວງໄດ້ດຶງດູດ ໑໒ ໂຄງການລົງທຶນໂດຍກົງຈາກຕ່າງປະເທດ ດ້ວຍທຶນຈົດທະບຽນຫຼາຍກວ່າ ໕໒໐ ລ້ານໂດລາສະຫະລັດ"},
             {"fact": "tourists", "evidence": "ພູບ່າແດນໄດ້ຕ້ອນຮັບນັກທ່ອງທ່ຽວປະມານ ໔,໑ ລ້ານເທື່ອຄົນ"},
             {"fact": "cassava", "evidence": "ເນື້ອທີ່ປູກມັນຕົ້ນບັນລຸ ໕໘.໒໐໐ ເຮັກຕາ"},
             {"fact": "disbursement", "evidence": "ມາຮອດວັນທີ ໓໐ ກັນຍາ ໒໐໒໔, ການເບີກຈ່າຍທຶນລົງທຶນຂອງລັດບັນລຸ ໖໑,໒% ຂອງແຜນການ"},
             {"fact": "enterprises", "evidence": "ມີວິສາຫະກິດສ້າງຕັ້ງໃໝ່ ໗໘໐ ວິສາຫະກິດ"},
             {"fact": "poverty", "evidence": "ອັດຕາຄົວເຮືອນທຸກຍາກຢູ່ໃນລະດັບຕ່ຳກວ່າ ໐,໕%"},
             {"fact": "targets", "evidence": "ຄາດວ່າແຂວງຈະບັນລຸ ໒໐/໒໓ ຄາດໝາຍຫຼັກຂອງປີ"},
             {"fact": "grdp_year", "evidence": "ການເຕີບໂຕ GRDP ຂອງທັງປີ ໒໐໒໔ ຄາດວ່າຈະຢູ່ທີ່ ໗,໕-໘%"},
         ],
         "directives": [
             (ISSUER, DEPTS, ACT_DISB, "2025-01-31",
              "ທ່ານໄດ້ຮຽກຮ້ອງໃຫ້ບັນດາພະແນກການ, ຂະແໜງການ ແລະ ທ້ອງຖິ່ນ ເລັ່ງລັດການເບີກຈ່າຍທຶນລົງທຶນຂອງລັດ ແລະ ໃຫ້ສຳເລັດກ່ອນວັນທີ ໓໑ ມັງກອນ ໒໐໒໕."),
             (ISSUER, DOF, ACT_REV, None,
              "ພະແນກການເງິນຕ້ອງທົບທວນ ແລະ ຄຸ້ມຄອງແຫຼ່ງລາຍຮັບງົບປະມານຢ່າງເຂັ້ມງວດ."),
             (ISSUER, DOCST, ACT_ARMY, None,
              "ທ່ານໄດ້ມອບໝາຍໃຫ້ພະແນກວັດທະນະທຳ, ກິລາ ແລະ ທ່ອງທ່ຽວ ກະກຽມກິດຈະກຳສະເຫຼີມສະຫຼອງວັນສ້າງຕັ້ງກອງທັບປະຊາຊົນຫວຽດນາມ ຄົບຮອບ ໘໐ ປີ ໃຫ້ດີ."),
             (ISSUER, DPCS, ACT_SITE, None,
              "ຄະນະກຳມະການປະຊາຊົນບັນດາເມືອງ ແລະ ນະຄອນ ຕ້ອງສຸມໃສ່ການເກັບກູ້ພື້ນທີ່ສຳລັບທາງດ່ວນນະຄອນໂຮ່ຈິມິນ-ມົກບ່າຍ."),
             (ISSUER, DPI, ACT_IND, None,
              "ນອກຈາກນັ້ນ, ທ່ານຍັງໄດ້ສະເໜີໃຫ້ພະແນກແຜນການ ແລະ ການລົງທຶນ ແກ້ໄຂອຸປະສັກໃຫ້ແກ່ບັນດາໂຄງການລົງທຶນໃນເຂດອຸດສາຫະກຳ."),
         ],
     }]},
    {"lang": "km", "text": KM,
     "notes": "dated ថ្ងៃទី 3 ខែតុលា ឆ្នាំ 2024; English separators 9,850 / 7.35% / 58,200; ប៊ីលាន; unit before figure; ចន្លោះពី 7.5 ដល់ 8%",
     "meetings": [{
         **BASE,
         "attendees": _people(("យឿង វ៉ាន់ ថាង", "ត្រឹន ធី គីម ភឿង", "វ៉ោ ឌឹក ត្រុង", "ហ៊ុយញ វ៉ាន់ ក្វាង", "លេ មិញ ហៀវ",
                               "ផាម ធី ង៉ុក អាញ់")),
         "kpis": [
             {"fact": "grdp", "evidence": "ផលិតផលក្នុងស្រុកសរុបរបស់ខេត្ត (GRDP) បានកើនឡើង 7.35% បើធៀបនឹងរយៈពេលដូចគ្នាកាលពីឆ្នាំមុន"},
             {"fact": "budget", "evidence": "ចំណូលថវិកាជាតិសម្រេចបាន 9,850 ពាន់លានដុង"},
             {"fact": "budget_pct", "evidence": "ចំណូលថវិកាជាតិសម្រេចបាន 9,850 ពាន់លានដុង ស្មើនឹង 74.6% នៃការប៉ាន់ស្មានប្រចាំឆ្នាំ"},
             {"fact": "exports", "evidence": "ទំហំនាំចេញសម្រេចបាន 4.25 ប៊ីលានដុល្លារអាមេរិក"},
             {"fact": "fdi_projects", "evidence": "ខេត្តបានទាក់ទាញគម្រោងវិនិយោគផ្ទាល់ពីបរទេសចំនួន 12 គម្រោង"},
             {"fact": "fdi_capital", "evidence": "ខេត្តបានទាក់ទាញគម្រោងវិនិយោគផ្ទាល់ពីបរទេសចំនួន 12 គម្រោង ដែលមានដើមទុនចុះបញ្ជីច្រើនជាង 520 លានដុល្លារអាមេរិក"},
             {"fact": "tourists", "evidence": "ភ្នំបាដែនបានទទួលភ្ញៀវទេសចរប្រមាណ 4.1 លាននាក់"},
             {"fact": "cassava", "evidence": "ផ្ទៃដីដាំដំឡូងមីសម្រេចបាន 58,200 ហិកតា"},
             {"fact": "disbursement", "evidence": "គិតត្រឹមថ្ងៃទី 30 ខែកញ្ញា ឆ្នាំ 2024 ការផ្តល់ទុនវិនិយោគសាធារណៈសម្រេចបាន 61.2% នៃផែនការ"},
             {"fact": "enterprises", "evidence": "សហគ្រាសថ្មីចំនួន 780 ត្រូវបានបង្កើតឡើង"},
             {"fact": "poverty", "evidence": "អត្រាគ្រួសារក្រីក្រនៅតិចជាង 0.5%"},
             {"fact": "targets", "evidence": "ខេត្តរំពឹងថានឹងសម្រេចបាន 20/23 គោលដៅចម្បងប្រចាំឆ្នាំ"},
             {"fact": "grdp_year", "evidence": "កំណើន GRDP សម្រាប់ឆ្នាំ 2024 ទាំងមូលត្រូវបានប៉ាន់ស្មានថានឹងស្ថិតនៅចន្លោះពី 7.5 ដល់ 8%"},
         ],
         "directives": [
             (ISSUER, DEPTS, ACT_DISB, "2025-01-31",
              "លោកបានស្នើឱ្យមន្ទីរ ស្ថាប័ន និងមូលដ្ឋាននានា ពន្លឿនការផ្តល់ទុនវិនិយោគសាធារណៈ និងបញ្ចប់មុនថ្ងៃទី 31 ខែមករា ឆ្នាំ 2025។"),
             (ISSUER, DOF, ACT_REV, None,
              "មន្ទីរហិរញ្ញវត្ថុត្រូវពិនិត្យ និងគ្រប់គ្រងប្រភពចំណូលថវិកាឱ្យបានតឹងរ៉ឹង។"),
             (ISSUER, DOCST, ACT_ARMY, None,
              "លោកបានប្រគល់ភារកិច្ចឱ្យមន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍ រៀបចំសកម្មភាពអបអរសាទរខួបលើកទី 80 នៃការបង្កើតកងទ័ពប្រជាជនវៀតណាមឱ្យបានល្អ។"),
             (ISSUER, DPCS, ACT_SITE, None,
              "គណៈកម្មាធិការប្រជាជនស្រុក និងក្រុងនានា ត្រូវផ្តោតលើការបោសសម្អាតទីតាំងសម្រាប់ផ្លូវល្បឿនលឿនទីក្រុងហូជីមិញ-ម៉ុកបៃ។"),
             (ISSUER, DPI, ACT_IND, None,
              "លើសពីនេះ លោកក៏បានស្នើឱ្យមន្ទីរផែនការ និងវិនិយោគ ដោះស្រាយឧបសគ្គសម្រាប់គម្រោងវិនិយោគនានានៅក្នុងតំបន់ឧស្សាហកម្ម។"),
         ],
     }]},
    {"lang": "es", "text": ES,
     "notes": "dated el 3 de octubre (no year); Mexican separators 7.35% / 9,850 mil millones / 58,200 hectáreas; por debajo del; de 7.5 a 8%; names with diacritics",
     "meetings": [{
         **BASE,
         "attendees": _people(("Dương Văn Thắng", "Trần Thị Kim Phượng", "Võ Đức Trọng", "Huỳnh Văn Quang", "Lê Minh Hiếu",
                               "Phạm Thị Ngọc Anh")),
         "kpis": [
             {"fact": "grdp", "evidence": "el producto interno bruto regional (GRDP) de la provincia creció un 7.35% en comparación con el mismo período del año anterior"},
             {"fact": "budget", "evidence": "Los ingresos del presupuesto estatal alcanzaron 9,850 mil millones de dongs"},
             {"fact": "budget_pct", "evidence": "Los ingresos del presupuesto estatal alcanzaron 9,850 mil millones de dongs, equivalentes al 74.6% de la estimación anual"},
             {"fact": "exports", "evidence": "Las exportaciones sumaron 4.25 mil millones de dólares"},
             {"fact": "fdi_projects", "evidence": "La provincia atrajo 12 proyectos de inversión extranjera directa"},
             {"fact": "fdi_capital", "evidence": "La provincia atrajo 12 proyectos de inversión extranjera directa con un capital registrado de más de 520 millones de dólares"},
             {"fact": "tourists", "evidence": "La montaña Ba Den recibió alrededor de 4.1 millones de visitantes"},
             {"fact": "cassava", "evidence": "La superficie sembrada de yuca llegó a 58,200 hectáreas"},
             {"fact": "disbursement", "evidence": "Al 30 de septiembre de 2024, el desembolso del capital de inversión pública alcanzó el 61.2% del plan"},
             {"fact": "enterprises", "evidence": "Se crearon 780 nuevas empresas"},
             {"fact": "poverty", "evidence": "la tasa de hogares pobres se mantuvo por debajo del 0.5%"},
             {"fact": "targets", "evidence": "Se prevé que la provincia cumpla 20/23 metas principales del año"},
             {"fact": "grdp_year", "evidence": "que el crecimiento del GRDP de todo 2024 sea de 7.5 a 8%"},
         ],
         "directives": [
             (ISSUER, DEPTS, ACT_DISB, "2025-01-31",
              "Solicitó a los departamentos, sectores y localidades acelerar el desembolso del capital de inversión pública y completarlo antes del 31 de enero de 2025."),
             (ISSUER, DOF, ACT_REV, None,
              "El Departamento de Finanzas debe revisar y gestionar estrictamente las fuentes de ingresos presupuestarios."),
             (ISSUER, DOCST, ACT_ARMY, None,
              "Encargó al Departamento de Cultura, Deportes y Turismo preparar bien las actividades de celebración del 80.º aniversario de la fundación del Ejército Popular de Vietnam."),
             (ISSUER, DPCS, ACT_SITE, None,
              "Los comités populares de los distritos y ciudades deben concentrarse en la liberación de terrenos para la autopista Ciudad Ho Chi Minh-Moc Bai."),
             (ISSUER, DPI, ACT_IND, None,
              "Además, pidió al Departamento de Planificación e Inversión eliminar los obstáculos de los proyectos de inversión en los parques industriales."),
         ],
     }]},
]
