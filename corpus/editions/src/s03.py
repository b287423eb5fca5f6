"""s03: Dien Bien Provincial Steering Committee conference on Politburo Resolution 11-NQ/TW.

The story of corpus/articles/004 (Norwegian edition, no source address in the manifest).
Editions written by G2. The original gives no meeting date, so no edition has one. es
names only Tran Quoc Cuong and Le Thanh Do, and turns "46 million VND" into "46 mil
millones" (46 billion); ko writes 4,600만 동 (= 46 million, 만 = 1e4).
"""

TITLE = "Conference of the Provincial Steering Committee for implementing Politburo Resolution No. 11-NQ/TW"
CUONG = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee",
         "Head of the Steering Committee")
SON = ("Standing Deputy Secretary of the Provincial Party Committee", "Deputy Head of the Steering Committee")
DO = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee",
      "Deputy Head of the Steering Committee")
PHUONG = ("Member of the Standing Committee of the Provincial Party Committee",
          "Chairman of the Provincial People's Council", "Deputy Head of the Steering Committee")
END23 = "by end of 2023"

STORY = {
    "id": "s03",
    "province": "Dien Bien",
    "based_on": "corpus/articles/004_864989ccc595ae6a.txt",
    "events": {"s03": {"title": TITLE, "date": None}},
    "people": {
        "tran-quoc-cuong@dien-bien": {"name": "Tran Quoc Cuong", "province": "Dien Bien"},
        "mua-a-son@dien-bien": {"name": "Mua A Son", "province": "Dien Bien"},
        "le-thanh-do@dien-bien": {"name": "Le Thanh Do", "province": "Dien Bien"},
        "lo-van-phuong@dien-bien": {"name": "Lo Van Phuong", "province": "Dien Bien"},
    },
    "facts": {
        "grdp_avg": {"code": "grdp_growth", "indicator": "average annual GRDP growth rate", "value": 9, "scale": 1, "unit": "%",
                     "qualifier": "over", "period": "2021-2023"},
        "grdp_2023": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 10, "scale": 1, "unit": "%",
                      "qualifier": "over", "period": "2023"},
        "grdp_pc": {"code": "grdp_per_capita", "indicator": "average GRDP per capita per year", "value": 46, "scale": 1e6, "unit": "VND",
                    "qualifier": "over", "period": "2023"},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate (new poverty standard)", "value": 26, "scale": 1, "unit": "%",
                    "qualifier": "over", "period": "2023"},
        "nr_adv": {"code": "new_rural_communes_advanced", "indicator": "communes meeting advanced new rural standards", "value": 2, "scale": 1,
                   "unit": "communes", "qualifier": "about", "period": END23},
        "nr": {"code": "new_rural_communes", "indicator": "communes meeting or basically meeting new rural standards", "value": 56, "scale": 1,
               "unit": "communes", "qualifier": "about", "period": END23},
    },
    "editions": [],
}

EN = """Comrades: Tran Quoc Cuong, Member of the Party Central Committee, Secretary of the Provincial Party Committee, Head of the Steering Committee; Mua A Son, Standing Deputy Secretary of the Provincial Party Committee, Deputy Head of the Steering Committee; Le Thanh Do, Deputy Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee, Deputy Head of the Steering Committee; Lo Van Phuong, Member of the Standing Committee of the Provincial Party Committee, Chairman of the Provincial People's Council, Deputy Head of the Steering Committee, chaired the conference.

Chairman of the Provincial People's Committee Le Thanh Do presented a report on the implementation of Resolution No. 11-NQ/TW of the Politburo in the province. The economy continues to grow: the average GRDP growth rate in the period 2021-2023 is estimated at over 9%/year; in 2023 the GRDP growth rate is estimated at over 10%, the average GRDP per capita is over 46 million VND/year, the poverty rate according to the new poverty standard has decreased to over 26%. It is estimated that by the end of 2023 the province will have 2 communes meeting advanced new rural standards; 56 communes have met or basically met new rural standards.

Concluding the conference, Head of the Steering Committee Tran Quoc Cuong requested Party committees, Party organizations and authorities at all levels and in all sectors to promote propaganda and dissemination and create unity in awareness. The Provincial People's Committee shall proactively advise on and develop the Steering Committee's action plan for 2024, to be completed before December 31, 2023.

Source
Comment (0)"""

ES = """Los camaradas Tran Quoc Cuong, miembro del Comité Central del Partido, secretario del Comité Provincial del Partido, jefe del Comité Directivo, y Le Thanh Do, subsecretario del Comité Provincial del Partido, presidente del Comité Popular Provincial, subjefe del Comité Directivo, presidieron la conferencia.

Según el informe, la tasa media de crecimiento del PIB regional (GRDP) en el período 2021-2023 se estima en más del 9% anual; en 2023, la tasa de crecimiento del GRDP se estima en más del 10%, el GRDP per cápita medio supera los 46 mil millones de VND al año, y la tasa de pobreza según el nuevo estándar ha disminuido a más del 26%.

Al concluir la conferencia, el camarada Tran Quoc Cuong solicitó a los comités del Partido, las organizaciones del Partido y las autoridades de todos los niveles y sectores que promuevan la propaganda y la difusión y creen unidad en la conciencia.

Fuente
Comentario (0)"""

KO = """당 중앙위원, 성 당위원회 서기, 운영위원회 위원장인 쩐 꾸옥 끄엉 동지, 성 당위원회 상임부서기, 운영위원회 부위원장인 무아 아 썬 동지, 성 당위원회 부서기, 성 인민위원회 위원장, 운영위원회 부위원장인 레 타인 도 동지, 성 당위원회 상무위원, 성 인민의회 의장, 운영위원회 부위원장인 로 반 프엉 동지가 회의를 주재했습니다.

보고서에 따르면 2021~2023년 기간 평균 GRDP 성장률은 연 9% 이상으로 추정됩니다. 2023년 GRDP 성장률은 10% 이상으로 추정되며, 1인당 평균 GRDP는 연 4,600만 동 이상입니다. 56개 사가 신농촌 기준을 충족했거나 기본적으로 충족했습니다.

회의를 마무리하며 운영위원회 위원장 쩐 꾸옥 끄엉은 성 인민위원회가 2023년 12월 31일 이전에 운영위원회의 2024년 행동 계획을 적극적으로 자문하고 수립할 것을 요청했습니다.

출처
댓글 (0)"""

AR = """ترأس المؤتمر الرفاق: تران كوك كونغ، عضو اللجنة المركزية للحزب، سكرتير لجنة الحزب الإقليمية، رئيس اللجنة التوجيهية؛ موا آ سون، نائب السكرتير الدائم للجنة الحزب الإقليمية، نائب رئيس اللجنة التوجيهية؛ لي ثانه دو، نائب سكرتير لجنة الحزب الإقليمية، رئيس اللجنة الشعبية الإقليمية، نائب رئيس اللجنة التوجيهية؛ لو فان فونغ، عضو اللجنة الدائمة للجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي، نائب رئيس اللجنة التوجيهية.

ووفقًا للتقرير، يُقدَّر متوسط معدل نمو الناتج المحلي الإجمالي الإقليمي في الفترة 2021-2023 بأكثر من 9% سنويًا، وانخفض معدل الفقر وفقًا لمعيار الفقر الجديد إلى أكثر من 26%. ومن المتوقع أن يكون لدى المقاطعة بحلول نهاية عام 2023 بلديتان تستوفيان المعايير الريفية الجديدة المتقدمة، و56 بلدية استوفت أو استوفت بشكل أساسي المعايير الريفية الجديدة.

وفي ختام المؤتمر، طلب رئيس اللجنة التوجيهية تران كوك كونغ من لجان الحزب ومنظماته والسلطات على جميع المستويات وفي جميع القطاعات تعزيز الدعاية والنشر وخلق الوحدة في الوعي.

المصدر
تعليق (0)"""

ALL = "Party committees, Party organizations and authorities at all levels and in all sectors"
PROP = "Step up propaganda and dissemination of Resolution No. 11-NQ/TW and create unity of awareness"
PLAN = "Proactively advise on and draw up the Steering Committee's 2024 action plan"
PPC = "Provincial People's Committee"
BASE = {"kind": "conference", "title": TITLE, "date": None, "location": "Dien Bien province"}


def chairs(cuong, son, do, phuong):
    return [p for p in (("tran-quoc-cuong@dien-bien", cuong, CUONG, "chair"),
                        ("mua-a-son@dien-bien", son, SON, "chair"),
                        ("le-thanh-do@dien-bien", do, DO, "chair"),
                        ("lo-van-phuong@dien-bien", phuong, PHUONG, "chair")) if p[1]]


STORY["editions"] = [
    {"lang": "en", "text": EN, "meetings": [{**BASE,
        "attendees": chairs("Tran Quoc Cuong", "Mua A Son", "Le Thanh Do", "Lo Van Phuong"), "kpis": [
        {"fact": "grdp_avg", "evidence": "the average GRDP growth rate in the period 2021-2023 is estimated at over 9%/year"},
        {"fact": "grdp_2023", "evidence": "in 2023 the GRDP growth rate is estimated at over 10%"},
        {"fact": "grdp_pc", "evidence": "the average GRDP per capita is over 46 million VND/year"},
        {"fact": "poverty", "evidence": "the poverty rate according to the new poverty standard has decreased to over 26%"},
        {"fact": "nr_adv", "evidence": "It is estimated that by the end of 2023 the province will have 2 communes meeting advanced new rural standards"},
        {"fact": "nr", "evidence": "56 communes have met or basically met new rural standards"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", ALL, PROP, None,
         "Concluding the conference, Head of the Steering Committee Tran Quoc Cuong requested Party committees, Party organizations and authorities at all levels and in all sectors to promote propaganda and dissemination and create unity in awareness."),
        ("tran-quoc-cuong@dien-bien", PPC, PLAN, "2023-12-31",
         "The Provincial People's Committee shall proactively advise on and develop the Steering Committee's action plan for 2024, to be completed before December 31, 2023."),
    ]}]},
    {"lang": "es", "text": ES, "notes": "names two of the four chairs; 46 mil millones (46 billion) for 46 million",
     "meetings": [{**BASE, "attendees": chairs("Tran Quoc Cuong", None, "Le Thanh Do", None), "kpis": [
        {"fact": "grdp_avg", "evidence": "la tasa media de crecimiento del PIB regional (GRDP) en el período 2021-2023 se estima en más del 9% anual"},
        {"fact": "grdp_2023", "evidence": "en 2023, la tasa de crecimiento del GRDP se estima en más del 10%"},
        {"fact": "grdp_pc", "value": 46, "scale": 1e9, "note": "es: 46 mil millones (46e9) for 46 millones",
         "evidence": "el GRDP per cápita medio supera los 46 mil millones de VND al año"},
        {"fact": "poverty", "evidence": "la tasa de pobreza según el nuevo estándar ha disminuido a más del 26%"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", ALL, PROP, None,
         "Al concluir la conferencia, el camarada Tran Quoc Cuong solicitó a los comités del Partido, las organizaciones del Partido y las autoridades de todos los niveles y sectores que promuevan la propaganda y la difusión y creen unidad en la conciencia."),
    ]}]},
    {"lang": "ko", "text": KO, "notes": "names in Hangul; 4,600만 (1e4 scale)", "meetings": [{**BASE,
        "attendees": chairs("쩐 꾸옥 끄엉", "무아 아 썬", "레 타인 도", "로 반 프엉"), "kpis": [
        {"fact": "grdp_avg", "evidence": "2021~2023년 기간 평균 GRDP 성장률은 연 9% 이상으로 추정됩니다"},
        {"fact": "grdp_2023", "evidence": "2023년 GRDP 성장률은 10% 이상으로 추정되며"},
        {"fact": "grdp_pc", "value": 4600, "scale": 1e4, "evidence": "1인당 평균 GRDP는 연 4,600만 동 이상입니다"},
        {"fact": "nr", "evidence": "56개 사가 신농촌 기준을 충족했거나 기본적으로 충족했습니다"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", PPC, PLAN, "2023-12-31",
         "성 인민위원회가 2023년 12월 31일 이전에 운영위원회의 2024년 행동 계획을 적극적으로 자문하고 수립할 것을 요청했습니다."),
    ]}]},
    {"lang": "ar", "text": AR, "notes": "names in Arabic script; 2 communes written as the dual بلديتان (word, no digit)",
     "meetings": [{**BASE, "attendees": chairs("تران كوك كونغ", "موا آ سون", "لي ثانه دو", "لو فان فونغ"), "kpis": [
        {"fact": "grdp_avg", "evidence": "يُقدَّر متوسط معدل نمو الناتج المحلي الإجمالي الإقليمي في الفترة 2021-2023 بأكثر من 9% سنويًا"},
        {"fact": "poverty", "evidence": "وانخفض معدل الفقر وفقًا لمعيار الفقر الجديد إلى أكثر من 26%"},
        {"fact": "nr", "evidence": "و56 بلدية استوفت أو استوفت بشكل أساسي المعايير الريفية الجديدة"},
    ], "directives": [
        ("tran-quoc-cuong@dien-bien", ALL, PROP, None,
         "وفي ختام المؤتمر، طلب رئيس اللجنة التوجيهية تران كوك كونغ من لجان الحزب ومنظماته والسلطات على جميع المستويات وفي جميع القطاعات تعزيز الدعاية والنشر وخلق الوحدة في الوعي."),
    ]}]},
]
