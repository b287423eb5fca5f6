"""g02: FICTIONAL 13th conference of the Tuyen Quang Provincial Party Executive Committee, review of the first 9 months of 2025, 8 October 2025.

Fictional as a whole (people, figures and the conference are invented), written by helper
g for the held-out reader test in Chinese, Korean and Thai, in the style of the site's
machine translations. The Chinese edition dates the meeting "10月8日上午" without a year
(the year comes from the reviewed period, 2025); the Korean edition "2025년 10월 8일
오전"; the Thai edition writes the date in Thai digits with a Buddhist-era year
("๘ ตุลาคม พ.ศ. ๒๕๖๘" = 2025-10-08) and every year as BE (2568 = 2025, 2569 = 2026,
so the deadline "31 มกราคม 2569" = 2026-01-31). Three co-chairs. Traps: the Chinese
edition writes the ordinal in characters (第十三次, no KPI), the forest area in characters
("三千五百公顷" = 3500 ha), the compound "1万9680亿越盾" (= 1.968 trillion), "2.854亿美元",
"近210万人次" (近 = about), "2.5%以下" (under), "8.5%-9%" (a range, lower end, about);
the Korean edition "1조 9,680억 동", "2억 8,540만 달러" (compound, = 285.4 million),
"약 210만 명", "2.5% 미만", "8.5~9%"; the Thai edition Thai digits in some figures
("๑๒.๔%", "๓,๕๐๐ เฮกตาร์"), "1.968 ล้านล้านดอง" (million million), "ร้อยละ 61.5", "เกือบ"
(nearly = about), "ต่ำกว่า" (under). A ratio 18/22 targets. Not KPIs: the conference
number (13th), the rank (5th of 14 northern mountainous provinces), the storm number
(storm No. 10), the "last 3 months" and "9 months" durations, the two-level government
model. The Department of Finance's proposal to the central government is not a
directive, nor is the praise.
"""

M9 = "first 9 months of 2025"
TITLE = ("13th conference of the Tuyen Quang Provincial Party Executive Committee reviewing the first "
         "9 months of 2025")
KHANH = ("Secretary of the Provincial Party Committee",)
MAI = ("Standing Deputy Secretary of the Provincial Party Committee", "Chairwoman of the Provincial People's Council")
THANH = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
BINH = ("Member of the Standing Committee of the Provincial Party Committee",
        "Head of the Organisation Commission of the Provincial Party Committee")
LONG = ("Director of the Department of Finance",)
HOA = ("Director of the Department of Agriculture and Environment",)

STORY = {
    "id": "g02",
    "province": "Tuyen Quang",
    "based_on": "fictional (helper g)",
    "events": {"g02": {"title": TITLE, "date": "2025-10-08"}},
    "people": {
        "hoang-quoc-khanh@tuyen-quang": {"name": "Hoang Quoc Khanh", "province": "Tuyen Quang"},
        "nong-thi-mai@tuyen-quang": {"name": "Nong Thi Mai", "province": "Tuyen Quang"},
        "do-van-thanh@tuyen-quang": {"name": "Do Van Thanh", "province": "Tuyen Quang"},
        "trieu-van-binh@tuyen-quang": {"name": "Trieu Van Binh", "province": "Tuyen Quang"},
        "pham-duc-long@tuyen-quang": {"name": "Pham Duc Long", "province": "Tuyen Quang"},
        "ly-thi-hoa@tuyen-quang": {"name": "Ly Thi Hoa", "province": "Tuyen Quang"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate year on year", "value": 8.12, "scale": 1,
                 "unit": "%", "period": M9},
        "industry": {"code": None, "indicator": "industrial production value growth", "value": 12.4, "scale": 1,
                     "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 1.968, "scale": 1e12,
                   "unit": "VND", "period": M9},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the annual estimate",
                       "value": 78.6, "scale": 1, "unit": "%", "period": M9},
        "exports": {"code": "export_turnover", "indicator": "export turnover", "value": 285.4, "scale": 1e6,
                    "unit": "USD", "period": M9},
        "tourists": {"code": "tourism_arrivals", "indicator": "tourist arrivals", "value": 2.1, "scale": 1e6,
                     "unit": "people", "qualifier": "about", "period": M9},
        "disbursement": {"code": "public_investment_disbursement",
                         "indicator": "public investment capital disbursed as share of plan",
                         "value": 61.5, "scale": 1, "unit": "%", "period": "by 30 September 2025"},
        "forest": {"code": None, "indicator": "new concentrated forest planted", "value": 3500, "scale": 1,
                   "unit": "hectares", "period": M9},
        "enterprises": {"code": None, "indicator": "new enterprises established", "value": 186, "scale": 1,
                        "unit": "enterprises", "period": M9},
        "unemployment": {"code": None, "indicator": "urban unemployment rate", "value": 2.5, "scale": 1, "unit": "%",
                         "qualifier": "under"},
        "targets": {"code": "targets_met", "indicator": "main targets expected to be met or exceeded", "value": 18,
                    "scale": 1, "unit": "targets", "out_of": 22, "period": "2025"},
        "grdp_2025": {"code": "grdp_growth", "indicator": "targeted GRDP growth rate for the whole year",
                      "value": 8.5, "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
    },
    "editions": [],
}

ZH = """宣光省委召开第十三次会议 评估2025年前9个月经济社会形势

10月8日上午，宣光省委执行委员会召开第十三次会议，评估2025年前9个月的领导工作和经济社会形势，部署最后3个月的任务。省委书记黄国庆同志、省委常务副书记、省人民议会主席农氏梅同志和省委副书记、省人民委员会主席杜文成同志共同主持会议。省委常委、省委组织部部长赵文平同志出席会议。

省财政厅厅长范德龙在会上作报告时说，2025年前9个月，全省地区生产总值（GRDP）同比增长8.12%，在北部山区14个省中排名第5位。工业生产值增长12.4%。国家预算收入达1万9680亿越盾，完成年度预算的78.6%。出口总额达2.854亿美元。全省接待游客近210万人次。

截至2025年9月30日，公共投资资金拨付率达计划的61.5%。前9个月，全省新植集中造林三千五百公顷，新成立企业186家。城镇失业率控制在2.5%以下。预计有18/22项主要指标完成或超额完成。全省力争2025年全年GRDP增长8.5%-9%。

省农业与环境厅厅长李氏花在会上报告了第10号台风（博罗依）造成的损失情况。省财政厅建议中央政府考虑为边境地区项目追加拨付资金。

黄国庆书记在总结讲话中肯定了全省取得的成果。他要求各级党委和政府集中领导、指导，全面完成2025年各项目标任务。省人民委员会要指导加快公共投资资金拨付，在2026年1月31日前完成2025年资金计划的拨付工作。省农业与环境厅要抓紧克服第10号台风造成的后果，尽快稳定人民生活。他责成省财政厅主持并配合各部门编制2026年经济社会发展计划。各乡、坊要确保两级地方政府模式顺畅运行。

来源：宣光报"""

KO = """뚜옌꽝성 당위원회, 제13차 회의 열고 2025년 9개월 사회경제 상황 점검

2025년 10월 8일 오전, 뚜옌꽝성 당집행위원회는 제13차 회의를 열고 2025년 9개월간의 지도 업무와 사회경제 상황을 평가하고 남은 3개월의 과제를 논의했습니다. 성 당위원회 서기 호앙 꾸옥 카인 동지, 성 당위원회 상임부서기 겸 성 인민의회 의장 농 티 마이 동지, 성 당위원회 부서기 겸 성 인민위원회 위원장 도 반 타인 동지가 회의를 공동 주재했습니다. 성 당위원회 상무위원 겸 조직위원장 찌에우 반 빈 동지도 회의에 참석했습니다.

보고서를 발표한 성 재정국 국장 팜 득 롱에 따르면, 2025년 9개월간 성의 GRDP는 전년 동기 대비 8.12% 성장해 북부 산악지역 14개 성 중 5위를 기록했습니다. 산업생산액은 12.4% 증가했습니다. 국가 예산 수입은 1조 9,680억 동으로 연간 예산의 78.6%를 달성했습니다. 수출액은 2억 8,540만 달러에 달했습니다. 성을 찾은 관광객은 약 210만 명이었습니다.

2025년 9월 30일 기준 공공투자 자본 집행률은 계획의 61.5%에 달했습니다. 9개월간 성은 3,500ha의 집중 조림지를 새로 조성했고, 186개 기업이 새로 설립되었습니다. 도시 실업률은 2.5% 미만으로 유지되었습니다. 주요 지표 18/22개가 달성 또는 초과 달성될 것으로 예상됩니다. 성은 2025년 연간 GRDP 성장률 8.5~9%를 목표로 하고 있습니다.

성 농업환경국 국장 리 티 호아는 제10호 태풍(부알로이)으로 인한 피해 상황을 보고했습니다. 성 재정국은 중앙정부에 국경 지역 사업을 위한 추가 자본 배정을 건의했습니다.

회의를 마무리하며 호앙 꾸옥 카인 서기는 성이 거둔 성과를 높이 평가했습니다. 그는 각급 당위원회와 정부가 2025년 목표와 과제를 완수하도록 지도와 지휘에 집중할 것을 요청했습니다. 성 인민위원회는 공공투자 자본 집행 가속화를 지도하여 2026년 1월 31일 이전에 2025년 자본 계획 집행을 완료해야 합니다. 성 농업환경국은 제10호 태풍의 피해를 시급히 복구하고 주민 생활을 조속히 안정시켜야 합니다. 그는 성 재정국에 각 부서와 협력하여 2026년 사회경제 발전 계획을 수립하도록 지시했습니다. 각 사와 방은 2단계 지방정부 모델이 원활히 운영되도록 보장해야 합니다.

출처: 뚜옌꽝신문"""

TH = """คณะกรรมการพรรคจังหวัดเตวียนกวางจัดการประชุมครั้งที่ 13 ประเมินสถานการณ์เศรษฐกิจและสังคม 9 เดือนแรกของปี 2568

เมื่อเช้าวันที่ ๘ ตุลาคม พ.ศ. ๒๕๖๘ คณะกรรมการบริหารพรรคจังหวัดเตวียนกวางได้จัดการประชุมครั้งที่ 13 เพื่อประเมินงานการนำและสถานการณ์เศรษฐกิจและสังคมในช่วง 9 เดือนแรกของปี 2568 และกำหนดภารกิจสำหรับ 3 เดือนสุดท้ายของปี สหายหว่าง ก๊วก คั้ญ เลขาธิการคณะกรรมการพรรคจังหวัด สหายหนง ถิ ไม รองเลขาธิการประจำคณะกรรมการพรรคจังหวัด ประธานสภาประชาชนจังหวัด และสหายโด๋ วัน แถ่ง รองเลขาธิการคณะกรรมการพรรคจังหวัด ประธานคณะกรรมการประชาชนจังหวัด ร่วมเป็นประธานการประชุม สหายเจี่ยว วัน บิ่ญ กรรมการประจำคณะกรรมการพรรคจังหวัด หัวหน้าคณะกรรมการจัดตั้งพรรคจังหวัด เข้าร่วมการประชุมด้วย

นายฝ่าม ดึ๊ก ลอง ผู้อำนวยการกรมการคลังจังหวัด รายงานว่า ในช่วง 9 เดือนแรกของปี 2568 GRDP ของจังหวัดเติบโต 8.12% เมื่อเทียบกับช่วงเดียวกันของปีที่แล้ว อยู่ในอันดับที่ 5 จาก 14 จังหวัดในเขตภูเขาภาคเหนือ มูลค่าการผลิตภาคอุตสาหกรรมเพิ่มขึ้น ๑๒.๔% รายได้งบประมาณแผ่นดินอยู่ที่ 1.968 ล้านล้านดอง คิดเป็น 78.6% ของประมาณการทั้งปี มูลค่าการส่งออกอยู่ที่ 285.4 ล้านดอลลาร์สหรัฐ จังหวัดต้อนรับนักท่องเที่ยวเกือบ 2.1 ล้านคน

ณ วันที่ 30 กันยายน 2568 อัตราการเบิกจ่ายเงินลงทุนภาครัฐอยู่ที่ร้อยละ 61.5 ของแผน ในช่วงเก้าเดือน จังหวัดปลูกป่าเข้มข้นใหม่ ๓,๕๐๐ เฮกตาร์ และมีวิสาหกิจจัดตั้งใหม่ 186 แห่ง อัตราการว่างงานในเขตเมืองอยู่ต่ำกว่า 2.5% คาดว่าตัวชี้วัดหลัก 18/22 ตัวจะบรรลุหรือเกินเป้าหมาย จังหวัดตั้งเป้าให้ GRDP ทั้งปี 2568 เติบโต 8.5-9%

นางลี ถิ ฮหวา ผู้อำนวยการกรมเกษตรและสิ่งแวดล้อม รายงานความเสียหายจากพายุลูกที่ 10 (บัวลอย) กรมการคลังได้เสนอให้รัฐบาลกลางพิจารณาจัดสรรเงินทุนเพิ่มเติมสำหรับโครงการในพื้นที่ชายแดน

ในการกล่าวสรุปการประชุม สหายหว่าง ก๊วก คั้ญ ชื่นชมผลงานที่จังหวัดทำได้ เขาขอให้คณะกรรมการพรรคและหน่วยงานปกครองทุกระดับมุ่งเน้นการนำและกำกับให้บรรลุเป้าหมายและภารกิจของปี 2568 คณะกรรมการประชาชนจังหวัดต้องกำกับการเร่งรัดการเบิกจ่ายเงินลงทุนภาครัฐ และดำเนินการเบิกจ่ายตามแผนเงินทุนปี 2568 ให้แล้วเสร็จก่อนวันที่ 31 มกราคม 2569 กรมเกษตรและสิ่งแวดล้อมต้องเร่งแก้ไขผลกระทบจากพายุลูกที่ 10 และฟื้นฟูชีวิตความเป็นอยู่ของประชาชนโดยเร็ว เขามอบหมายให้กรมการคลังเป็นเจ้าภาพและประสานงานกับหน่วยงานต่างๆ ในการจัดทำแผนพัฒนาเศรษฐกิจและสังคมปี 2569 ตำบลและแขวงต่างๆ ต้องรับประกันว่าแบบจำลองการปกครองท้องถิ่นสองระดับดำเนินไปอย่างราบรื่น

ที่มา: หนังสือพิมพ์เตวียนกวาง"""

BASE = {"kind": "conference", "title": TITLE, "date": "2025-10-08", "location": "Tuyen Quang province"}
ISSUER = "hoang-quoc-khanh@tuyen-quang"
ALL = "Party committees and authorities at all levels"
PPC = "Provincial People's Committee"
DAE = "Department of Agriculture and Environment"
DOF = "Department of Finance"
COMMUNES = "Communes and wards"
ACT_LEAD = "Focus on leading and directing the fulfilment of all targets and tasks for 2025"
ACT_DISB = ("Direct the acceleration of public investment disbursement and complete the disbursement of the "
            "2025 capital plan before 31 January 2026")
ACT_STORM = "Urgently overcome the consequences of storm No. 10 and quickly stabilise people's lives"
ACT_PLAN = "Preside over and coordinate with the sectors in drawing up the 2026 socio-economic development plan"
ACT_GOV = "Ensure the smooth operation of the two-level local government model"


def _people(names: tuple[str, ...]) -> list[tuple]:
    keys = [("hoang-quoc-khanh@tuyen-quang", KHANH, "chair"), ("nong-thi-mai@tuyen-quang", MAI, "chair"),
            ("do-van-thanh@tuyen-quang", THANH, "chair"), ("trieu-van-binh@tuyen-quang", BINH, "attendee"),
            ("pham-duc-long@tuyen-quang", LONG, "speaker"), ("ly-thi-hoa@tuyen-quang", HOA, "speaker")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "zh", "text": ZH,
     "notes": "dated 10月8日 without year; 第十三次; 三千五百公顷; 1万9680亿 / 2.854亿 / 210万; 近, 以下; range 8.5%-9%",
     "meetings": [{
         **BASE,
         "attendees": _people(("黄国庆", "农氏梅", "杜文成", "赵文平", "范德龙", "李氏花")),
         "kpis": [
             {"fact": "grdp", "evidence": "2025年前9个月，全省地区生产总值（GRDP）同比增长8.12%"},
             {"fact": "industry", "evidence": "工业生产值增长12.4%"},
             {"fact": "budget", "evidence": "国家预算收入达1万9680亿越盾"},
             {"fact": "budget_pct", "evidence": "国家预算收入达1万9680亿越盾，完成年度预算的78.6%"},
             {"fact": "exports", "value": 2.854, "scale": 1e8, "evidence": "出口总额达2.854亿美元"},
             {"fact": "tourists", "value": 210, "scale": 1e4, "evidence": "全省接待游客近210万人次"},
             {"fact": "disbursement", "evidence": "截至2025年9月30日，公共投资资金拨付率达计划的61.5%"},
             {"fact": "forest", "evidence": "全省新植集中造林三千五百公顷"},
             {"fact": "enterprises", "evidence": "新成立企业186家"},
             {"fact": "unemployment", "evidence": "城镇失业率控制在2.5%以下"},
             {"fact": "targets", "evidence": "预计有18/22项主要指标完成或超额完成"},
             {"fact": "grdp_2025", "evidence": "全省力争2025年全年GRDP增长8.5%-9%"},
         ],
         "directives": [
             (ISSUER, ALL, ACT_LEAD, None, "他要求各级党委和政府集中领导、指导，全面完成2025年各项目标任务。"),
             (ISSUER, PPC, ACT_DISB, "2026-01-31",
              "省人民委员会要指导加快公共投资资金拨付，在2026年1月31日前完成2025年资金计划的拨付工作。"),
             (ISSUER, DAE, ACT_STORM, None, "省农业与环境厅要抓紧克服第10号台风造成的后果，尽快稳定人民生活。"),
             (ISSUER, DOF, ACT_PLAN, None, "他责成省财政厅主持并配合各部门编制2026年经济社会发展计划。"),
             (ISSUER, COMMUNES, ACT_GOV, None, "各乡、坊要确保两级地方政府模式顺畅运行。"),
         ],
     }]},
    {"lang": "ko", "text": KO,
     "notes": "dated 2025년 10월 8일; 1조 9,680억 / 2억 8,540만 달러 / 210만; 약, 미만; range 8.5~9%",
     "meetings": [{
         **BASE,
         "attendees": _people(("호앙 꾸옥 카인", "농 티 마이", "도 반 타인", "찌에우 반 빈", "팜 득 롱", "리 티 호아")),
         "kpis": [
             {"fact": "grdp", "evidence": "2025년 9개월간 성의 GRDP는 전년 동기 대비 8.12% 성장해"},
             {"fact": "industry", "evidence": "산업생산액은 12.4% 증가했습니다"},
             {"fact": "budget", "evidence": "국가 예산 수입은 1조 9,680억 동으로"},
             {"fact": "budget_pct", "evidence": "국가 예산 수입은 1조 9,680억 동으로 연간 예산의 78.6%를 달성했습니다"},
             {"fact": "exports", "value": 2.854, "scale": 1e8, "evidence": "수출액은 2억 8,540만 달러에 달했습니다"},
             {"fact": "tourists", "value": 210, "scale": 1e4, "evidence": "성을 찾은 관광객은 약 210만 명이었습니다"},
             {"fact": "disbursement", "evidence": "2025년 9월 30일 기준 공공투자 자본 집행률은 계획의 61.5%에 달했습니다"},
             {"fact": "forest", "evidence": "9개월간 성은 3,500ha의 집중 조림지를 새로 조성했고"},
             {"fact": "enterprises", "evidence": "186개 기업이 새로 설립되었습니다"},
             {"fact": "unemployment", "evidence": "도시 실업률은 2.5% 미만으로 유지되었습니다"},
             {"fact": "targets", "evidence": "주요 지표 18/22개가 달성 또는 초과 달성될 것으로 예상됩니다"},
             {"fact": "grdp_2025", "evidence": "성은 2025년 연간 GRDP 성장률 8.5~9%를 목표로 하고 있습니다"},
         ],
         "directives": [
             (ISSUER, ALL, ACT_LEAD, None,
              "그는 각급 당위원회와 정부가 2025년 목표와 과제를 완수하도록 지도와 지휘에 집중할 것을 요청했습니다."),
             (ISSUER, PPC, ACT_DISB, "2026-01-31",
              "성 인민위원회는 공공투자 자본 집행 가속화를 지도하여 2026년 1월 31일 이전에 2025년 자본 계획 집행을 완료해야 합니다."),
             (ISSUER, DAE, ACT_STORM, None, "성 농업환경국은 제10호 태풍의 피해를 시급히 복구하고 주민 생활을 조속히 안정시켜야 합니다."),
             (ISSUER, DOF, ACT_PLAN, None, "그는 성 재정국에 각 부서와 협력하여 2026년 사회경제 발전 계획을 수립하도록 지시했습니다."),
             (ISSUER, COMMUNES, ACT_GOV, None, "각 사와 방은 2단계 지방정부 모델이 원활히 운영되도록 보장해야 합니다."),
         ],
     }]},
    {"lang": "th", "text": TH,
     "notes": "dated ๘ ตุลาคม พ.ศ. ๒๕๖๘ (Thai digits, BE); years 2568/2569; ๑๒.๔% and ๓,๕๐๐; ล้านล้าน; ร้อยละ; เกือบ, ต่ำกว่า",
     "meetings": [{
         **BASE,
         "attendees": _people(("หว่าง ก๊วก คั้ญ", "หนง ถิ ไม", "โด๋ วัน แถ่ง", "เจี่ยว วัน บิ่ญ", "ฝ่าม ดึ๊ก ลอง",
                               "ลี ถิ ฮหวา")),
         "kpis": [
             {"fact": "grdp", "evidence": "ในช่วง 9 เดือนแรกของปี 2568 GRDP ของจังหวัดเติบโต 8.12%"},
             {"fact": "industry", "evidence": "มูลค่าการผลิตภาคอุตสาหกรรมเพิ่มขึ้น ๑๒.๔%"},
             {"fact": "budget", "evidence": "รายได้งบประมาณแผ่นดินอยู่ที่ 1.968 ล้านล้านดอง"},
             {"fact": "budget_pct", "evidence": "รายได้งบประมาณแผ่นดินอยู่ที่ 1.968 ล้านล้านดอง คิดเป็น 78.6% ของประมาณการทั้งปี"},
             {"fact": "exports", "evidence": "มูลค่าการส่งออกอยู่ที่ 285.4 ล้านดอลลาร์สหรัฐ"},
             {"fact": "tourists", "evidence": "จังหวัดต้อนรับนักท่องเที่ยวเกือบ 2.1 ล้านคน"},
             {"fact": "disbursement", "evidence": "อัตราการเบิกจ่ายเงินลงทุนภาครัฐอยู่ที่ร้อยละ 61.5 ของแผน"},
             {"fact": "forest", "evidence": "จังหวัดปลูกป่าเข้มข้นใหม่ ๓,๕๐๐ เฮกตาร์"},
             {"fact": "enterprises", "evidence": "มีวิสาหกิจจัดตั้งใหม่ 186 แห่ง"},
             {"fact": "unemployment", "evidence": "อัตราการว่างงานในเขตเมืองอยู่ต่ำกว่า 2.5%"},
             {"fact": "targets", "evidence": "คาดว่าตัวชี้วัดหลัก 18/22 ตัวจะบรรลุหรือเกินเป้าหมาย"},
             {"fact": "grdp_2025", "evidence": "จังหวัดตั้งเป้าให้ GRDP ทั้งปี 2568 เติบโต 8.5-9%"},
         ],
         "directives": [
             (ISSUER, ALL, ACT_LEAD, None,
              "เขาขอให้คณะกรรมการพรรคและหน่วยงานปกครองทุกระดับมุ่งเน้นการนำและกำกับให้บรรลุเป้าหมายและภารกิจของปี 2568"),
             (ISSUER, PPC, ACT_DISB, "2026-01-31",
              "คณะกรรมการประชาชนจังหวัดต้องกำกับการเร่งรัดการเบิกจ่ายเงินลงทุนภาครัฐ "
              "และดำเนินการเบิกจ่ายตามแผนเงินทุนปี 2568 ให้แล้วเสร็จก่อนวันที่ 31 มกราคม 2569"),
             (ISSUER, DAE, ACT_STORM, None,
              "กรมเกษตรและสิ่งแวดล้อมต้องเร่งแก้ไขผลกระทบจากพายุลูกที่ 10 และฟื้นฟูชีวิตความเป็นอยู่ของประชาชนโดยเร็ว"),
             (ISSUER, DOF, ACT_PLAN, None,
              "เขามอบหมายให้กรมการคลังเป็นเจ้าภาพและประสานงานกับหน่วยงานต่างๆ ในการจัดทำแผนพัฒนาเศรษฐกิจและสังคมปี 2569"),
             (ISSUER, COMMUNES, ACT_GOV, None,
              "ตำบลและแขวงต่างๆ ต้องรับประกันว่าแบบจำลองการปกครองท้องถิ่นสองระดับดำเนินไปอย่างราบรื่น"),
         ],
     }]},
]
