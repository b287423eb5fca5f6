"""The reader in Lao, Khmer and Spanish: the classes the held-out set i showed.

Sentences written for these tests (not taken from corpus/heldout/i): Vietnamese names in
Lao and Khmer script read back to their syllables (Lao tone marks and Khmer register signs
written or left out), unit words and classifiers (ຕາແສງ, ເຮັກຕາ, ເທື່ອຄົນ, ឃុំ, ហិកតា),
qualifiers (ຫຼາຍກວ່າ, ຕ່ຳກວ່າ, ជាង, por debajo del), scale words CLDR lacks (ໝື່ນ,
ពាន់លាន, ម៉ឺន), ranges with an article ("entre el 6 y el 6,5%") or in Khmer words, figures
that are no KPIs (dates "5 de mayo", ranks, anniversaries, roads, star ratings, durations),
target cues, Spanish meeting and role cues ("sesión de trabajo" is no conference, "distrito
de X"), and what is no instruction (praise, a district's proposal to the province).
Titles beside a name (Spanish; Lao and Khmer entries marked '~' to match inside a run).
The xfail tests are misses only code can fix: Lao and Khmer cue words inside a run of
letters, Khmer scale words and qualifiers glued to the word beside them, Khmer dates and
units written before the figure, Mexican separators, a road number with a letter read as
a scale word, 'plan' inside 'plantaron', the meeting year, titles before a comma.
"""

from __future__ import annotations

import pytest
from reader_samples import clauses as _clauses
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role
from extractor.draft.meeting import meeting_kind, meeting_location
from extractor.numbers import find_numbers

# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(("lang", "text", "names"), [
    ("lo", "ທ່ານ ດັ້ງ ກວກ ຄັງ ເລຂາຄະນະພັກແຂວງ ໄດ້ກ່າວຕໍ່ກອງປະຊຸມ.", ["Dang Quoc Khanh"]),
    ("lo", "ເຂົ້າຮ່ວມມີ ສະຫາຍນາງ ຫງວຽນ ທິ ທູ ຮ່າ ແລະ ສະຫາຍ ໂງ ດຶກ ເຕີນ.", ["Nguyen Thi Thu Ha", "Ngo Duc Tan"]),
    ("lo", "ສະຫາຍ ຈິ່ງ ວັນ ລອງ ແລະ ສະຫາຍ ເລືອງ ມິງ ຈິ້ງ ໄດ້ລາຍງານ.", ["Trinh Van Long", "Luong Minh Chinh"]),
    ("km", "លោក ដាំង ក្វុក ខាញ់ លេខាគណៈកម្មាធិការបក្សខេត្ត បានថ្លែង។", ["Dang Quoc Khanh"]),
    ("km", "ចូលរួមមាន លោកស្រី ង្វៀន ធី ធូ ហា និងលោក ង៉ោ ឌឹក តឹន ប្រធានមន្ទីរ។", ["Nguyen Thi Thu Ha", "Ngo Duc Tan"]),
    # the register signs ៉ ៊ ់ written or left out: one spelling
    ("km", "លោក បុយ វាន ថាញ ប្រធានមន្ទីរហិរញ្ញវត្ថុ បានចូលរួម។", ["Bui Van Thanh"]),
    ("km", "លោក ប៊ុយ វ៉ាន់ ថាញ់ ប្រធានមន្ទីរហិរញ្ញវត្ថុ បានចូលរួម។", ["Bui Van Thanh"]),
], ids=["lo-dang-quoc-khanh", "lo-four-syllables", "lo-tone-tells-trinh-chinh", "km-dang-quoc-khanh",
        "km-four-syllables", "km-without-signs", "km-with-signs"])
def test_names_read_from_the_script(lang, text, names):
    assert [p.name for p in build_draft(text, lang).people] == names


# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("lo", "ປະຈຸບັນມີ 15/19 ຕາແສງ ບັນລຸມາດຕະຖານ.", "communes"),
    ("lo", "ປີນີ້ໄດ້ປູກປ່າ 840 ເຮັກຕາ.", "hectares"),
    ("lo", "ແຂວງໄດ້ຕ້ອນຮັບ 2,3 ລ້ານເທື່ອຄົນ.", "people"),
    ("lo", "ມີ 65 ວິສາຫະກິດ ສ້າງຕັ້ງໃໝ່.", "enterprises"),
    ("lo", "ມູນຄ່າສົ່ງອອກບັນລຸ 310 ລ້ານໂດລາສະຫະລັດ.", "USD"),
    ("lo", "ໄດ້ສ້ອມແປງ 1.120 ຄົວເຮືອນທຸກຍາກ.", "households"),
    ("km", "មាន ១៥/១៩ ឃុំ បានបំពេញលក្ខណៈវិនិច្ឆ័យ", "communes"),
    ("km", "ខេត្តបានដាំព្រៃឈើ ៨៤០ ហិកតា បន្ថែមទៀត", "hectares"),
    ("km", "មាន ៦៥ សហគ្រាស ថ្មី", "enterprises"),
    ("km", "ផ្លូវថ្មីប្រវែង ១២០ គីឡូម៉ែត្រ ត្រូវបានសាងសង់", "km"),
], ids=["lo-tasaeng", "lo-hectare", "lo-person-visits", "lo-enterprises", "lo-dollars", "lo-households",
        "km-khum", "km-hectare", "km-enterprises", "km-kilometre"])
def test_unit_words(lang, text, unit):
    figures = [f for f in _figures(text, lang) if f[3] != "%"]
    assert figures and figures[-1][3] == unit


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("lo", "ໄດ້ສ້າງເຮືອນໃຫ້ ຫຼາຍກວ່າ 300 ຄົວເຮືອນ.", "over"),
    ("lo", "ອັດຕາຄົວເຮືອນທຸກຍາກຍັງ ຕ່ຳກວ່າ 3%.", "under"),
    ("lo", "ປູກເຂົ້າໄດ້ ປະມານ 500 ເຮັກຕາ.", "about"),
    ("lo", "ມີນັກທ່ອງທ່ຽວ ເກືອບ 40 ພັນຄົນ.", "about"),
    ("km", "ខេត្តមាន ជាង ៣០០ គ្រួសារ ទទួលបានផ្ទះ", "over"),
    ("km", "អត្រាភាពក្រីក្រនៅ តិចជាង ២%", "under"),
    ("km", "ផ្ទៃដី ប្រមាណ ៥០០ ហិកតា", "about"),
    ("es", "La tasa de pobreza se mantuvo por debajo del 2%.", "under"),
    ("es", "Las ventas crecieron más del 60% este año.", "over"),
    ("es", "El distrito sembró alrededor del 30% de la superficie.", "about"),
])
def test_qualifiers(lang, text, qualifier):
    [figure] = _figures(text, lang)
    assert figure[2] == qualifier


@pytest.mark.parametrize(("lang", "text", "value", "scale"), [
    ("lo", "ມີຜູ້ເຂົ້າຮ່ວມ 12 ໝື່ນຄົນ.", 12.0, 1e4),
    ("lo", "ມູນຄ່າລວມບັນລຸ 1,2 ພັນຕື້ດົ່ງ.", 1.2, 1e12),
    ("km", "ចំណូលសម្រេចបាន ៤,៥ ពាន់លាន ដុង", 4.5, 1e9),
    ("km", "ភ្ញៀវទេសចរ ១២ ម៉ឺន នាក់", 12.0, 1e4),
    ("km", "ផលិតកម្មសរុប ៣ សែន តោន", 3.0, 1e5),
])
def test_scale_words(lang, text, value, scale):
    [m] = [m for m in find_numbers(text, lang) if m.role == "number"]
    assert (m.value, m.scale) == (value, scale)


@pytest.mark.parametrize(("lang", "text", "bounds"), [
    ("es", "Se prevé un crecimiento de entre el 6 y el 6,5% este año.", (6.0, 6.5)),
    ("es", "La meta de crecimiento es del 7 al 7,5%.", (7.0, 7.5)),
    ("lo", "ຄາດວ່າການເຕີບໂຕຈະຢູ່ທີ່ 6 ຫາ 7%.", (6.0, 7.0)),
    ("km", "កំណើនត្រូវបានប៉ាន់ស្មាន ចន្លោះពី 6 ដល់ 7%", (6.0, 7.0)),
])
def test_worded_ranges(lang, text, bounds):
    [start] = [m for m in find_numbers(text, lang) if m.role == "range_start"]
    assert start.range == bounds and start.percent


# --------------------------------------------------------------------------- no KPIs


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("es", "El 5 de mayo de 2025 el distrito recibió 340 visitantes.", [340.0]),
    ("es", "El distrito ocupó el puesto 4 entre los 12 distritos y creó 85 empresas.", [85.0]),
    ("es", "A lo largo de la carretera nacional 45 se construyeron 18 puentes.", [18.0]),
    ("es", "La ciudad tiene 9 hoteles de 4 estrellas.", [9.0]),
    ("lo", "ແຂວງໄດ້ສະເຫຼີມສະຫຼອງຄົບຮອບ 70 ປີ ແລະ ສ້າງ 25 ໂຮງຮຽນ.", [25.0]),
    ("lo", "ເມືອງຢູ່ອັນດັບທີ 2 ໃນຈຳນວນ 18 ເມືອງ ແລະ ມີ 40 ວິສາຫະກິດ.", [40.0]),
    ("lo", "ຕາມທາງຫຼວງແຫ່ງຊາດເລກທີ 13 ໄດ້ສ້າງຂົວ 6 ແຫ່ງ.", [6.0]),
    ("lo", "ມີ 12 ຜະລິດຕະພັນ ທີ່ໄດ້ 4 ດາວ.", [12.0]),
    ("lo", "ຫຼັງຈາກ 3 ປີ ຂອງການຈັດຕັ້ງປະຕິບັດ, ມີ 30 ບ້ານ ບັນລຸມາດຕະຖານ.", [30.0]),
    ("lo", "ກອງປະຊຸມຄັ້ງທີ ໑໘ ໄດ້ຮັບຮອງ ໕ ໂຄງການ.", [5.0]),
    ("km", "ខេត្តបានប្រារព្ធខួបលើកទី៧០ និងសាងសង់សាលារៀន ២៥ ខ្នង", [25.0]),
    ("km", "ស្រុកជាប់ចំណាត់ថ្នាក់លេខ ២ ក្នុងចំណោម ១៨ ស្រុក និងមាន ៤០ សហគ្រាស", [40.0]),
    ("km", "តាមបណ្តោយផ្លូវជាតិលេខ ១៣ មានស្ពាន ៦ ថ្មី", [6.0]),
    ("km", "ខេត្តមានផលិតផល ១២ ដែលទទួលបាន ៤ ផ្កាយ", [12.0]),
    ("km", "នាថ្ងៃទី២០ ខេត្តបានទទួលភ្ញៀវ ៣៥០ នាក់", [350.0]),
], ids=["es-day-de-month", "es-rank", "es-road", "es-stars", "lo-anniversary", "lo-rank", "lo-road",
        "lo-stars", "lo-duration", "lo-ordinal-lao-digits", "km-anniversary", "km-rank", "km-road",
        "km-stars", "km-day"])
def test_dates_ranks_roads_are_no_kpis(lang, text, kept):
    assert [f[0] for f in _figures(text, lang)] == kept


@pytest.mark.parametrize(("lang", "text"), [
    ("lo", "ມູນຄ່າການຜະລິດເພີ່ມຂຶ້ນ 6,8% (ຄາດໝາຍ 7%)."),
    ("km", "តម្លៃផលិតកម្មកើនឡើង ៦,៨% (គោលដៅ ៧%)"),
])
def test_target_cues(lang, text):
    [growth, target] = build_draft(text, lang).figures
    assert (growth.value, target.value, target.target_of) == (6.8, 7.0, growth.id)


# --------------------------------------------------------------------------- meetings and roles


def test_spanish_working_session_is_not_a_conference():
    text = ("El secretario del Comité Provincial del Partido presidió una sesión de trabajo con el "
            "distrito de Thuong Xuan.\nAsistieron a la sesión los líderes de los departamentos.\n"
            "En la sesión, el distrito informó sobre los resultados.\n"
            "Al concluir la sesión de trabajo, el secretario elogió al distrito.")
    assert meeting_kind(text, "es")[0] == "working_session"


def test_spanish_district_de_name_is_the_location():
    text = "El presidente trabajó con el distrito de Thuong Xuan, provincia de Thanh Hoa."
    assert meeting_location(text, "es") == "Thuong Xuan district"


@pytest.mark.parametrize(("lang", "text", "role"), [
    ("es", "El camarada Le Van Hai encabezó la delegación de trabajo del Comité Provincial.", "chair"),
    ("es", "El director del Departamento de Finanzas, Tran Quoc Viet, expuso las dificultades.", "speaker"),
    ("lo", "ສະຫາຍ ເລ ວັນ ຮາຍ ເລຂາຄະນະພັກແຂວງ ໄດ້ເປັນປະທານກອງປະຊຸມ.", "chair"),
    ("lo", "ສະຫາຍ ຫງວຽນ ວັນ ບິ່ງ ຫົວໜ້າພະແນກການເງິນ ໄດ້ປະກອບຄຳເຫັນ.", "speaker"),
])
def test_role_cues(lang, text, role):
    draft = build_draft(text, lang)
    [person] = draft.people
    assert person_role(draft, person) == role


# --------------------------------------------------------------------------- directives


def test_spanish_proposal_to_the_province_and_praise_are_no_directives():
    text = ("El distrito propuso a la provincia apoyar la construcción de un puente nuevo.\n"
            "El presidente Nguyen Van Binh elogió los esfuerzos del distrito.\n"
            "Pidió al distrito acelerar la construcción de las escuelas en las aldeas de montaña.")
    found = _clauses(text, "es")
    assert len(found) == 1 and found[0].startswith("Pidió")


# --------------------------------------------------------------------------- needs code


@pytest.mark.parametrize(("lang", "text"), [
    ("lo", "ສະຫາຍໄດ້ເປັນປະທານກອງປະຊຸມເຮັດວຽກກັບເມືອງຊຽງຂວາງ.\nກອງປະຊຸມໄດ້ຕີລາຄາຜົນງານ."),
    ("km", "លោកបានចូលរួមក្នុងកិច្ចប្រជុំការងារជាមួយស្រុកថាចថាញ់។\nស្រុកបានរាយការណ៍លទ្ធផល។"),
], ids=["lo", "km"])
def test_working_session_cue_inside_a_run(lang, text):
    assert meeting_kind(text, lang)[0] == "working_session"


def test_lao_asking_verb_glued_to_the_subject():
    text = "ທ່ານໄດ້ສະເໜີໃຫ້ເມືອງເລັ່ງລັດການກໍ່ສ້າງໂຮງຮຽນໃນເຂດພູດອຍໃຫ້ສຳເລັດ."
    assert len(_clauses(text, "lo")) == 1


def test_khmer_scale_word_glued_to_the_currency():
    [m] = [m for m in find_numbers("ចំណូលសម្រេចបាន ៤៥,២ លានដុង", "km") if m.role == "number"]
    assert (m.value, m.scale) == (45.2, 1e6)


def test_khmer_qualifier_glued_to_the_word_before():
    [figure] = _figures("ផ្លូវជាង ១២០ គីឡូម៉ែត្រ ត្រូវបានចាក់បេតុង", "km")
    assert figure[2] == "over"


def test_khmer_asking_verb_opens_the_directions():
    text = "លោកបានស្នើឱ្យស្រុកពន្លឿនការសាងសង់សាលារៀន។ ស្រុកត្រូវផ្តោតលើការអភិវឌ្ឍទេសចរណ៍សហគមន៍។"
    assert len(_clauses(text, "km")) == 2


@pytest.mark.xfail(strict=True, reason="needs code: extractor/numbers/dates.py _named_day reads no Khmer date "
                                       "(ខែ before the month name, ឆ្នាំ before the year)")
def test_khmer_meeting_date():
    draft = build_draft("នៅថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៤ លោកបានធ្វើការជាមួយស្រុក។", "km")
    assert draft.date == "2024-11-20"


@pytest.mark.xfail(strict=True, reason="needs code: extractor/draft/figures.py reads the unit after the figure "
                                       "only; Khmer writes it before (សហគ្រាសថ្មីចំនួន 95)")
def test_khmer_unit_before_the_figure():
    figures = _figures("សហគ្រាសថ្មីចំនួន 95 ត្រូវបានបង្កើតឡើង", "km")
    assert figures[-1][3] == "enterprises"


def test_mexican_separators():
    text = "El PIB creció un 7.35% y los ingresos alcanzaron 9,850 mil millones de dongs."
    values = [(m.value, m.scale) for m in find_numbers(text, "es") if m.role == "number"]
    assert (9850.0, 1e9) in values


@pytest.mark.xfail(strict=True, reason="needs code: extractor/validators/coverage.py returns for a scaled figure "
                                       "before place_before is read: 'carretera nacional 22B' is 22 billion")
def test_spanish_road_with_a_letter_is_no_amount():
    assert _figures("Se amplió la carretera nacional 14B y se construyeron 6 puentes.", "es") == \
        [(6.0, 1.0, None, "puentes")]


def test_spanish_plantaron_is_no_target():
    draft = build_draft("Se construyeron 40 km de carreteras y se plantaron 900 hectáreas de bosque.", "es")
    assert [f.target_of for f in draft.figures] == [None, None]


@pytest.mark.xfail(strict=True, reason="needs code: extractor/draft/dates.py meeting_date takes the latest year the "
                                       "text names (a deadline), not the period it reviews")
def test_spanish_meeting_year_from_the_reviewed_period():
    text = ("En la mañana del 3 de octubre, el Comité Popular Provincial evaluó los primeros 9 meses de 2024.\n"
            "Pidió completar el desembolso antes del 31 de enero de 2025.")
    assert build_draft(text, "es").date == "2024-10-03"


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(("lang", "text", "titles"), [
    ("es", "Presidió la reunión el camarada Le Van Hai, subsecretario del Comité Provincial del Partido y "
           "presidente del Comité Popular Provincial.",
     ["Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee"]),
    ("es", "Asistió la camarada Tran Thi Mai, vicepresidenta permanente del Comité Popular Provincial.",
     ["Standing Vice Chairwoman of the Provincial People's Committee"]),
    ("lo", "ສະຫາຍ ເລ ວັນ ຮາຍ ຮອງເລຂາຄະນະພັກແຂວງ, ປະທານຄະນະກຳມະການປະຊາຊົນແຂວງ ໄດ້ກ່າວ.",
     ["Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee"]),
    ("lo", "ສະຫາຍ ຫງວຽນ ວັນ ບິ່ງ ຫົວໜ້າພະແນກການເງິນ ໄດ້ລາຍງານ.", ["Director of the Department of Finance"]),
    ("km", "លោក លេ វ៉ាន់ ហៃ អនុលេខាគណៈកម្មាធិការបក្សខេត្ត បានថ្លែង។",
     ["Deputy Secretary of the Provincial Party Committee"]),
    ("km", "លោក ង្វៀន វ៉ាន់ ប៊ិញ ប្រធានមន្ទីរហិរញ្ញវត្ថុ បានរាយការណ៍។", ["Director of the Department of Finance"]),
], ids=["es-two-titles", "es-standing-vice", "lo-two-titles", "lo-department", "km-deputy", "km-department"])
def test_titles_beside_the_name(lang, text, titles):
    [person] = build_draft(text, lang).people
    assert person.titles == titles


def test_spanish_title_before_the_name_with_a_comma():
    text = "El director del Departamento de Finanzas, Le Minh Hieu, presentó el informe."
    [person] = build_draft(text, "es").people
    assert person.titles == ["Director of the Department of Finance"]


def test_khmer_member_of_the_central_committee():
    text = "លោក ត្រឹន វ៉ាន់ ហ្វ៊ុក សមាជិកគណៈកម្មាធិការមជ្ឈិមបក្ស លេខាគណៈកម្មាធិការបក្សខេត្ត បានថ្លែង។"
    [person] = build_draft(text, "km").people
    assert person.titles[0] == "Member of the Party Central Committee"
