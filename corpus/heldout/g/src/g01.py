"""g01: FICTIONAL working session of Phu Tho Provincial Party Secretary Vu Manh Cuong with Thanh Son district, 14 March 2025.

Fictional as a whole (people, figures and the session are invented), written by helper g
for the held-out reader test in Chinese, Korean and Thai, in the style of the site's
machine translations. The date is written in each language's own form ("2025年3月14日上午",
"2025년 3월 14일 오전", "เมื่อเช้าวันที่ 14 มีนาคม 2025"). Names are transliterated as the
press of each language writes Vietnamese names: Hanzi (武孟强, 丁氏香 ...), Hangul
(부 마인 끄엉 ...), Thai script with a glued honorific (สหายหวู มั่ญ เกื่อง, นางดิ่ญ ถิ เฮือง).
Traps: the Chinese edition writes the poverty rate in characters ("百分之十二" = 12 %), uses
万/亿/万亿 ("4268亿越南盾" = 426.8 billion, "4850万越南盾", "2.35万亿越南盾"), "超过", "约",
"35万多人次" (多 after the figure = over), "8%-8.5%" (a range, labelled at its lower end,
qualifier about); the Korean edition uses 억/만/조 ("4,268억 동", "4,850만 동", the compound
"2조 3,500억 동" = 2.35 trillion), "이상", "약", "8~8.5%"; the Thai edition uses "พันล้าน"
(thousand million: "426.8 พันล้านด่อง", "2,350 พันล้านด่อง"), "ล้าน", "ร้อยละ 12" (percent
word before the figure), "กว่า" and "มากกว่า" (over), "ประมาณ" (about), and has no full
stops (sentences are separated by spaces only). A ratio 15/23 communes. Not KPIs: the rank
(2nd in the province), the anniversary (95th anniversary of the Party), the resolution
number (10-NQ/TU), the road number (National Highway 32A), the 4-year duration, the
3-star threshold, the congress terms. The district's proposal to the province is not a
directive, nor is the praise.
"""

M = "2024"
P = "2021-2024"
TITLE = "Working session of Provincial Party Secretary Vu Manh Cuong with Thanh Son district"
CUONG = ("Secretary of the Provincial Party Committee",)
HUONG = ("Vice Chairwoman of the Provincial People's Committee",)
HAI = ("Chairman of the Thanh Son District People's Committee",)
TUAN = ("Secretary of the Thanh Son District Party Committee",)
DUC = ("Director of the Department of Agriculture and Rural Development",)
LAN = ("Director of the Department of Planning and Investment",)

STORY = {
    "id": "g01",
    "province": "Phu Tho",
    "based_on": "fictional (helper g)",
    "events": {"g01": {"title": TITLE, "date": "2025-03-14"}},
    "people": {
        "vu-manh-cuong@phu-tho": {"name": "Vu Manh Cuong", "province": "Phu Tho"},
        "dinh-thi-huong@phu-tho": {"name": "Dinh Thi Huong", "province": "Phu Tho"},
        "nguyen-quang-hai@phu-tho": {"name": "Nguyen Quang Hai", "province": "Phu Tho"},
        "ha-van-tuan@phu-tho": {"name": "Ha Van Tuan", "province": "Phu Tho"},
        "tran-minh-duc@phu-tho": {"name": "Tran Minh Duc", "province": "Phu Tho"},
        "le-thi-lan@phu-tho": {"name": "Le Thi Lan", "province": "Phu Tho"},
    },
    "facts": {
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 7.6, "scale": 1, "unit": "%", "period": P, "target": 8},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue in the district", "value": 426.8,
                   "scale": 1e9, "unit": "VND", "period": M},
        "budget_pct": {"code": "budget_revenue_vs_estimate", "indicator": "state budget revenue as share of the estimate",
                       "value": 118.5, "scale": 1, "unit": "%", "period": M},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 48.5, "scale": 1e6,
                   "unit": "VND", "period": M},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 12, "scale": 1, "unit": "%",
                    "period": "by end of 2024"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 15,
                        "scale": 1, "unit": "communes", "out_of": 23},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 280, "scale": 1, "unit": "km",
                  "qualifier": "over", "period": P},
        "forest_cover": {"code": "forest_cover", "indicator": "forest cover rate", "value": 65.3, "scale": 1,
                         "unit": "%"},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products rated 3 stars or higher", "value": 32, "scale": 1,
                 "unit": "products"},
        "forest_new": {"code": None, "indicator": "new forest planted", "value": 1200, "scale": 1, "unit": "hectares",
                       "qualifier": "about", "period": P},
        "investment": {"code": "total_social_investment", "indicator": "total social investment capital mobilised",
                       "value": 2.35, "scale": 1e12, "unit": "VND", "period": P},
        "tourists": {"code": "tourism_arrivals", "indicator": "visitors to the district", "value": 350, "scale": 1e3,
                     "unit": "people", "qualifier": "over", "period": M},
        "growth_2025": {"code": "production_value_growth", "indicator": "targeted production value growth rate",
                        "value": 8, "scale": 1, "unit": "%", "qualifier": "about", "period": "2025"},
    },
    "editions": [],
}

ZH = """清山县要发挥潜力，大力发展OCOP产品和社区旅游

2025年3月14日上午，省委书记武孟强同志率领省工作代表团与清山县举行工作会议。省人民委员会副主席丁氏香女士以及省各厅、部门领导出席了会议。

清山县人民委员会主席阮光海在会上作报告时表示，经过4年落实2020-2025年任期县党代会决议，2021-2024年全县生产总值年均增长7.6%（决议目标为8%）。2024年，全县国家预算收入达4268亿越南盾，相当于预算的118.5%；人均收入达4850万越南盾；截至2024年底，贫困率降至百分之十二。清山县预算收入增速在全省排名第2位。

新农村建设方面，已有15/23个乡达到新农村标准。2021-2024年间，全县硬化农村道路超过280公里，森林覆盖率达65.3%。全县共有32个OCOP产品获得3星及以上评级。同期，全县新植造林约1200公顷，动员社会投资总额2.35万亿越南盾。2024年，全县接待游客35万多人次。2025年，全县力争生产总值增长8%-8.5%。

县委书记何文俊表示，在庆祝越南共产党成立95周年之际，全县将继续落实省委第10-NQ/TU号决议。县里建议省里支持改造途经该县的32A号国道。省农业与农村发展厅厅长陈明德在会上发言，省计划与投资厅厅长黎氏兰也出席了会议。

武孟强书记在总结讲话中肯定了清山县取得的成果。他要求县委在2025年6月30日前做好2025-2030年任期县党代会的文件和人事筹备工作。全县要集中发展OCOP产品和与芒族文化相结合的社区旅游。县里需加快公共投资资金的拨付进度。他责成省农业与农村发展厅与县配合，审查茶叶和肉桂集中原料区规划。

来源：富寿报"""

KO = """타인선현, OCOP 제품과 지역사회 관광 개발에 박차를 가해야

2025년 3월 14일 오전, 성 당위원회 서기인 부 마인 끄엉 동지가 성 실무대표단을 이끌고 타인선현과 실무회의를 가졌다. 회의에는 성 인민위원회 부위원장인 딘 티 흐엉 여사와 성 각 부처 지도자들이 참석했다.

보고를 맡은 타인선현 인민위원회 위원장 응우옌 꽝 하이는 2020~2025년 임기 현 당대회 결의를 4년간 이행한 결과, 2021~2024년 현의 생산액 연평균 성장률이 7.6%(결의 목표 8%)에 달했다고 밝혔다. 2024년 현의 국가 예산 수입은 4,268억 동으로 예산의 118.5%에 달했다. 1인당 평균 소득은 4,850만 동이었으며, 2024년 말 빈곤율은 12%로 낮아졌다. 타인선현은 예산 수입 증가율에서 성 내 2위를 차지했다.

신농촌 건설에서는 15/23개 사가 신농촌 기준을 충족했다. 2021~2024년 280km 이상의 농촌 도로가 콘크리트로 포장되었으며, 산림 피복률은 65.3%에 달했다. 현에는 3성급 이상 등급을 받은 OCOP 제품이 32개 있다. 같은 기간 약 1,200ha의 숲이 새로 조성되었고, 현은 총 2조 3,500억 동의 사회 투자 자본을 동원했다. 2024년 현을 찾은 관광객은 35만 명 이상이었다. 2025년 현은 생산액 성장률 8~8.5% 달성을 목표로 하고 있다.

현 당위원회 서기 하 반 뚜안은 베트남 공산당 창당 95주년을 맞아 현이 성 당위원회 결의 제10-NQ/TU호를 계속 이행할 것이라고 말했다. 현은 현을 통과하는 국도 32A호선 개량을 위해 성의 지원을 건의했다. 성 농업농촌개발국 국장 쩐 민 득도 발언했으며, 성 기획투자국 국장 레 티 란도 회의에 참석했다.

회의를 마무리하며 부 마인 끄엉 서기는 현이 거둔 성과를 높이 평가했다. 그는 현 당위원회에 2025년 6월 30일 이전에 2025~2030년 임기 현 당대회의 문서와 인사 준비를 철저히 마칠 것을 요청했다. 현은 OCOP 제품과 므엉족 문화와 연계된 지역사회 관광 개발에 집중해야 한다. 현은 공공투자 자본 집행을 가속화할 필요가 있다. 그는 성 농업농촌개발국에 현과 협력하여 차와 계피 집중 원료 재배 지역 계획을 검토하도록 지시했다.

출처: 푸토신문"""

TH = """อำเภอแทงเซินต้องเร่งพัฒนาผลิตภัณฑ์ OCOP และการท่องเที่ยวชุมชน

เมื่อเช้าวันที่ 14 มีนาคม 2025 สหายหวู มั่ญ เกื่อง เลขาธิการคณะกรรมการพรรคจังหวัด ได้นำคณะทำงานของจังหวัดประชุมการทำงานกับอำเภอแทงเซิน โดยมีนางดิ่ญ ถิ เฮือง รองประธานคณะกรรมการประชาชนจังหวัด และผู้นำหน่วยงานต่างๆ ของจังหวัดเข้าร่วม

ในการรายงาน นายเหงียน กวาง ไฮ ประธานคณะกรรมการประชาชนอำเภอแทงเซิน กล่าวว่า หลังจาก 4 ปีของการปฏิบัติตามมติการประชุมใหญ่พรรคอำเภอวาระปี 2020-2025 อัตราการเติบโตเฉลี่ยของมูลค่าการผลิตในช่วงปี 2021-2024 อยู่ที่ 7.6% ต่อปี (เป้าหมายตามมติ 8%) ในปี 2024 รายได้งบประมาณแผ่นดินของอำเภออยู่ที่ 426.8 พันล้านด่อง คิดเป็น 118.5% ของประมาณการ รายได้เฉลี่ยต่อหัวอยู่ที่ 48.5 ล้านด่อง และอัตราความยากจน ณ สิ้นปี 2024 ลดลงเหลือร้อยละ 12 อำเภอแทงเซินอยู่ในอันดับที่ 2 ของจังหวัดด้านการเพิ่มขึ้นของรายได้งบประมาณ

ด้านการสร้างชนบทใหม่ มีตำบลที่ผ่านเกณฑ์ชนบทใหม่แล้ว 15/23 ตำบล ในช่วงปี 2021-2024 มีการเทคอนกรีตถนนชนบทกว่า 280 กิโลเมตร และอัตราการปกคลุมของป่าไม้อยู่ที่ 65.3% อำเภอมีผลิตภัณฑ์ OCOP ที่ได้รับการจัดระดับ 3 ดาวขึ้นไป 32 รายการ ในช่วงเวลาเดียวกัน มีการปลูกป่าใหม่ประมาณ 1,200 เฮกตาร์ และอำเภอได้ระดมเงินลงทุนทางสังคมรวม 2,350 พันล้านด่อง ในปี 2024 อำเภอต้อนรับนักท่องเที่ยวมากกว่า 350,000 คน ในปี 2025 อำเภอตั้งเป้าให้มูลค่าการผลิตเติบโต 8-8.5%

นายห่า วัน ต่วน เลขาธิการคณะกรรมการพรรคอำเภอแทงเซิน กล่าวว่า ในโอกาสครบรอบ 95 ปีการก่อตั้งพรรคคอมมิวนิสต์เวียดนาม อำเภอจะปฏิบัติตามมติที่ 10-NQ/TU ของคณะกรรมการพรรคจังหวัดต่อไป อำเภอได้เสนอให้จังหวัดสนับสนุนการปรับปรุงทางหลวงแผ่นดินหมายเลข 32A ที่ผ่านอำเภอ นายเจิ่น มิญ ดึ๊ก ผู้อำนวยการกรมเกษตรและพัฒนาชนบท ได้กล่าวในที่ประชุม และนางเล ถิ ลาน ผู้อำนวยการกรมแผนงานและการลงทุน ก็เข้าร่วมการประชุมด้วย

ในการกล่าวสรุปการประชุม สหายหวู มั่ญ เกื่อง ชื่นชมผลงานที่อำเภอทำได้ เขาขอให้คณะกรรมการพรรคอำเภอเตรียมเอกสารและบุคลากรสำหรับการประชุมใหญ่พรรคอำเภอวาระปี 2025-2030 ให้แล้วเสร็จก่อนวันที่ 30 มิถุนายน 2025 อำเภอต้องมุ่งเน้นการพัฒนาผลิตภัณฑ์ OCOP และการท่องเที่ยวชุมชนที่เชื่อมโยงกับวัฒนธรรมชนเผ่าเหมื่อง อำเภอจำเป็นต้องเร่งรัดการเบิกจ่ายเงินลงทุนภาครัฐ เขามอบหมายให้กรมเกษตรและพัฒนาชนบทประสานงานกับอำเภอในการทบทวนแผนพื้นที่วัตถุดิบเข้มข้นสำหรับชาและอบเชย

ที่มา: หนังสือพิมพ์ฟู้เถาะ"""

BASE = {"kind": "working_session", "title": TITLE, "date": "2025-03-14", "location": "Thanh Son district"}
ISSUER = "vu-manh-cuong@phu-tho"
DPC_PARTY = "Thanh Son District Party Committee"
DISTRICT = "Thanh Son district"
DARD = "Department of Agriculture and Rural Development"
ACT_CONGRESS = ("Complete the preparation of documents and personnel for the District Party Congress for the "
                "2025-2030 term before 30 June 2025")
ACT_OCOP = "Focus on developing OCOP products and community tourism linked to Muong ethnic culture"
ACT_DISB = "Speed up the disbursement of public investment capital"
ACT_PLAN = ("Coordinate with the district in reviewing the planning of concentrated raw-material areas for tea "
            "and cinnamon")


def _people(names: tuple[str, ...]) -> list[tuple]:
    keys = [("vu-manh-cuong@phu-tho", CUONG, "chair"), ("dinh-thi-huong@phu-tho", HUONG, "attendee"),
            ("nguyen-quang-hai@phu-tho", HAI, "speaker"), ("ha-van-tuan@phu-tho", TUAN, "speaker"),
            ("tran-minh-duc@phu-tho", DUC, "speaker"), ("le-thi-lan@phu-tho", LAN, "attendee")]
    return [(k, n, t, r) for (k, t, r), n in zip(keys, names, strict=True)]


STORY["editions"] = [
    {"lang": "zh", "text": ZH,
     "notes": "dated 2025年3月14日; 百分之十二; 4268亿 / 4850万 / 2.35万亿; 超过, 约, 35万多; range 8%-8.5%",
     "meetings": [{
         **BASE,
         "attendees": _people(("武孟强", "丁氏香", "阮光海", "何文俊", "陈明德", "黎氏兰")),
         "kpis": [
             {"fact": "growth", "evidence": "2021-2024年全县生产总值年均增长7.6%（决议目标为8%）"},
             {"fact": "budget", "value": 4268, "scale": 1e8, "evidence": "2024年，全县国家预算收入达4268亿越南盾"},
             {"fact": "budget_pct", "evidence": "2024年，全县国家预算收入达4268亿越南盾，相当于预算的118.5%"},
             {"fact": "income", "value": 4850, "scale": 1e4, "evidence": "人均收入达4850万越南盾"},
             {"fact": "poverty", "evidence": "截至2024年底，贫困率降至百分之十二"},
             {"fact": "communes_nr", "evidence": "已有15/23个乡达到新农村标准"},
             {"fact": "roads", "evidence": "全县硬化农村道路超过280公里"},
             {"fact": "forest_cover", "evidence": "森林覆盖率达65.3%"},
             {"fact": "ocop", "evidence": "全县共有32个OCOP产品获得3星及以上评级"},
             {"fact": "forest_new", "evidence": "全县新植造林约1200公顷"},
             {"fact": "investment", "evidence": "动员社会投资总额2.35万亿越南盾"},
             {"fact": "tourists", "value": 35, "scale": 1e4, "evidence": "2024年，全县接待游客35万多人次"},
             {"fact": "growth_2025", "evidence": "2025年，全县力争生产总值增长8%-8.5%"},
         ],
         "directives": [
             (ISSUER, DPC_PARTY, ACT_CONGRESS, "2025-06-30",
              "他要求县委在2025年6月30日前做好2025-2030年任期县党代会的文件和人事筹备工作。"),
             (ISSUER, DISTRICT, ACT_OCOP, None, "全县要集中发展OCOP产品和与芒族文化相结合的社区旅游。"),
             (ISSUER, DISTRICT, ACT_DISB, None, "县里需加快公共投资资金的拨付进度。"),
             (ISSUER, DARD, ACT_PLAN, None, "他责成省农业与农村发展厅与县配合，审查茶叶和肉桂集中原料区规划。"),
         ],
     }]},
    {"lang": "ko", "text": KO,
     "notes": "dated 2025년 3월 14일; 4,268억 / 4,850만 / 2조 3,500억; 이상, 약; range 8~8.5%",
     "meetings": [{
         **BASE,
         "attendees": _people(("부 마인 끄엉", "딘 티 흐엉", "응우옌 꽝 하이", "하 반 뚜안", "쩐 민 득", "레 티 란")),
         "kpis": [
             {"fact": "growth", "evidence": "2021~2024년 현의 생산액 연평균 성장률이 7.6%(결의 목표 8%)에 달했다"},
             {"fact": "budget", "value": 4268, "scale": 1e8, "evidence": "2024년 현의 국가 예산 수입은 4,268억 동으로"},
             {"fact": "budget_pct", "evidence": "2024년 현의 국가 예산 수입은 4,268억 동으로 예산의 118.5%에 달했다"},
             {"fact": "income", "value": 4850, "scale": 1e4, "evidence": "1인당 평균 소득은 4,850만 동이었으며"},
             {"fact": "poverty", "evidence": "2024년 말 빈곤율은 12%로 낮아졌다"},
             {"fact": "communes_nr", "evidence": "15/23개 사가 신농촌 기준을 충족했다"},
             {"fact": "roads", "evidence": "2021~2024년 280km 이상의 농촌 도로가 콘크리트로 포장되었으며"},
             {"fact": "forest_cover", "evidence": "산림 피복률은 65.3%에 달했다"},
             {"fact": "ocop", "evidence": "현에는 3성급 이상 등급을 받은 OCOP 제품이 32개 있다"},
             {"fact": "forest_new", "evidence": "같은 기간 약 1,200ha의 숲이 새로 조성되었고"},
             {"fact": "investment", "evidence": "현은 총 2조 3,500억 동의 사회 투자 자본을 동원했다"},
             {"fact": "tourists", "value": 35, "scale": 1e4, "evidence": "2024년 현을 찾은 관광객은 35만 명 이상이었다"},
             {"fact": "growth_2025", "evidence": "2025년 현은 생산액 성장률 8~8.5% 달성을 목표로 하고 있다"},
         ],
         "directives": [
             (ISSUER, DPC_PARTY, ACT_CONGRESS, "2025-06-30",
              "그는 현 당위원회에 2025년 6월 30일 이전에 2025~2030년 임기 현 당대회의 문서와 인사 준비를 철저히 마칠 것을 요청했다."),
             (ISSUER, DISTRICT, ACT_OCOP, None, "현은 OCOP 제품과 므엉족 문화와 연계된 지역사회 관광 개발에 집중해야 한다."),
             (ISSUER, DISTRICT, ACT_DISB, None, "현은 공공투자 자본 집행을 가속화할 필요가 있다."),
             (ISSUER, DARD, ACT_PLAN, None,
              "그는 성 농업농촌개발국에 현과 협력하여 차와 계피 집중 원료 재배 지역 계획을 검토하도록 지시했다."),
         ],
     }]},
    {"lang": "th", "text": TH,
     "notes": "dated 14 มีนาคม 2025; พันล้าน / ล้าน; ร้อยละ 12; กว่า, มากกว่า, ประมาณ; no full stops",
     "meetings": [{
         **BASE,
         "attendees": _people(("หวู มั่ญ เกื่อง", "ดิ่ญ ถิ เฮือง", "เหงียน กวาง ไฮ", "ห่า วัน ต่วน",
                               "เจิ่น มิญ ดึ๊ก", "เล ถิ ลาน")),
         "kpis": [
             {"fact": "growth",
              "evidence": "อัตราการเติบโตเฉลี่ยของมูลค่าการผลิตในช่วงปี 2021-2024 อยู่ที่ 7.6% ต่อปี (เป้าหมายตามมติ 8%)"},
             {"fact": "budget", "evidence": "ในปี 2024 รายได้งบประมาณแผ่นดินของอำเภออยู่ที่ 426.8 พันล้านด่อง"},
             {"fact": "budget_pct",
              "evidence": "ในปี 2024 รายได้งบประมาณแผ่นดินของอำเภออยู่ที่ 426.8 พันล้านด่อง คิดเป็น 118.5% ของประมาณการ"},
             {"fact": "income", "evidence": "รายได้เฉลี่ยต่อหัวอยู่ที่ 48.5 ล้านด่อง"},
             {"fact": "poverty", "evidence": "อัตราความยากจน ณ สิ้นปี 2024 ลดลงเหลือร้อยละ 12"},
             {"fact": "communes_nr", "evidence": "มีตำบลที่ผ่านเกณฑ์ชนบทใหม่แล้ว 15/23 ตำบล"},
             {"fact": "roads", "evidence": "ในช่วงปี 2021-2024 มีการเทคอนกรีตถนนชนบทกว่า 280 กิโลเมตร"},
             {"fact": "forest_cover", "evidence": "อัตราการปกคลุมของป่าไม้อยู่ที่ 65.3%"},
             {"fact": "ocop", "evidence": "อำเภอมีผลิตภัณฑ์ OCOP ที่ได้รับการจัดระดับ 3 ดาวขึ้นไป 32 รายการ"},
             {"fact": "forest_new", "evidence": "มีการปลูกป่าใหม่ประมาณ 1,200 เฮกตาร์"},
             {"fact": "investment", "value": 2350, "scale": 1e9,
              "evidence": "อำเภอได้ระดมเงินลงทุนทางสังคมรวม 2,350 พันล้านด่อง"},
             {"fact": "tourists", "value": 350000, "scale": 1,
              "evidence": "ในปี 2024 อำเภอต้อนรับนักท่องเที่ยวมากกว่า 350,000 คน"},
             {"fact": "growth_2025", "evidence": "ในปี 2025 อำเภอตั้งเป้าให้มูลค่าการผลิตเติบโต 8-8.5%"},
         ],
         "directives": [
             (ISSUER, DPC_PARTY, ACT_CONGRESS, "2025-06-30",
              "เขาขอให้คณะกรรมการพรรคอำเภอเตรียมเอกสารและบุคลากรสำหรับการประชุมใหญ่พรรคอำเภอวาระปี 2025-2030 "
              "ให้แล้วเสร็จก่อนวันที่ 30 มิถุนายน 2025"),
             (ISSUER, DISTRICT, ACT_OCOP, None,
              "อำเภอต้องมุ่งเน้นการพัฒนาผลิตภัณฑ์ OCOP และการท่องเที่ยวชุมชนที่เชื่อมโยงกับวัฒนธรรมชนเผ่าเหมื่อง"),
             (ISSUER, DISTRICT, ACT_DISB, None, "อำเภอจำเป็นต้องเร่งรัดการเบิกจ่ายเงินลงทุนภาครัฐ"),
             (ISSUER, DARD, ACT_PLAN, None,
              "เขามอบหมายให้กรมเกษตรและพัฒนาชนบทประสานงานกับอำเภอในการทบทวนแผนพื้นที่วัตถุดิบเข้มข้นสำหรับชาและอบเชย"),
         ],
     }]},
]
