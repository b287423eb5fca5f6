"""s06: FICTIONAL. Bac Giang conference reviewing the new rural development programme in 2023.

Written by G2 as a whole (event, people, figures and date are invented) to hold the
person-linking traps the real stories lack:
- homonym: Nguyen Van Thi of Bac Giang (Director of the Department of Agriculture) is not
  Nguyen Van Thi of Thanh Hoa (s01, Standing Vice Chairman of the People's Committee);
- name prefix: Nguyen Van Tuan (Bac Giang) is not Nguyen Van Tu (Thanh Hoa, s01);
  Nguyen Van An and Nguyen Van Anh attend the same meeting and are two people.
uk writes 16/182 for 160/182 (a dropped digit); th has no date and no Nguyen Van Anh.
"""

TITLE = "Conference of the Bac Giang Provincial People's Committee reviewing the new rural development programme in 2023"
TUAN = ("Vice Chairman of the Provincial People's Committee", "Head of the Provincial Steering Committee for New Rural Development")
THI = ("Director of the Department of Agriculture and Rural Development",)
AN = ("Chairman of the Luc Ngan District People's Committee",)
ANH = ("Chief of the Provincial New Rural Development Coordination Office",)

STORY = {
    "id": "s06",
    "province": "Bac Giang",
    "based_on": None,
    "events": {"s06": {"title": TITLE, "date": "2024-01-10"}},
    "people": {
        "nguyen-van-tuan@bac-giang": {"name": "Nguyen Van Tuan", "province": "Bac Giang"},
        "nguyen-van-thi@bac-giang": {"name": "Nguyen Van Thi", "province": "Bac Giang"},
        "nguyen-van-an@bac-giang": {"name": "Nguyen Van An", "province": "Bac Giang"},
        "nguyen-van-anh@bac-giang": {"name": "Nguyen Van Anh", "province": "Bac Giang"},
    },
    "facts": {
        "nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards", "value": 160, "scale": 1,
               "unit": "communes", "out_of": 182, "period": "by end of 2023"},
        "nr_adv": {"code": "new_rural_communes_advanced", "indicator": "communes meeting advanced new rural standards", "value": 45, "scale": 1,
                   "unit": "communes", "period": "by end of 2023"},
        "nr_model": {"code": "new_rural_communes_model", "indicator": "communes meeting model new rural standards", "value": 10, "scale": 1,
                     "unit": "communes", "period": "by end of 2023"},
        "ocop": {"code": "ocop_products", "indicator": "OCOP products certified", "value": 320, "scale": 1, "unit": "products"},
        "income": {"code": "income_per_capita", "indicator": "average rural income per capita", "value": 58.5, "scale": 1e6, "unit": "VND",
                   "period": "2023"},
    },
    "hard_negatives": [
        {"kind": "homonym", "events": ["s01", "s06"],
         "persons": ["nguyen-van-thi@thanh-hoa", "nguyen-van-thi@bac-giang"],
         "note": "Two people named Nguyen Van Thi in different provinces with different titles."},
        {"kind": "name_prefix", "events": ["s01", "s06"],
         "persons": ["nguyen-van-tu@thanh-hoa", "nguyen-van-tuan@bac-giang"],
         "note": "Nguyen Van Tu vs Nguyen Van Tuan: one name is a prefix of the other."},
        {"kind": "name_prefix", "events": ["s06"],
         "persons": ["nguyen-van-an@bac-giang", "nguyen-van-anh@bac-giang"],
         "note": "Nguyen Van An and Nguyen Van Anh at the same meeting, same province."},
    ],
    "editions": [],
}

EN = """On January 10, the Bac Giang Provincial People's Committee held a conference to review the implementation of the National Target Programme on new rural development in 2023. Comrade Nguyen Van Tuan, Vice Chairman of the Provincial People's Committee, Head of the Provincial Steering Committee for New Rural Development, chaired the conference.

Director of the Department of Agriculture and Rural Development Nguyen Van Thi reported that by the end of 2023 the province had 160/182 communes meeting new rural standards, 45 communes meeting advanced new rural standards and 10 communes meeting model new rural standards. The province has 320 OCOP products certified. The average income per capita in rural areas in 2023 reached 58.5 million VND.

Chairman of the Luc Ngan District People's Committee Nguyen Van An shared the district's experience in building model new rural communes. Mr. Nguyen Van Anh, Chief of the Provincial New Rural Development Coordination Office, also attended.

Concluding the conference, Vice Chairman Nguyen Van Tuan requested districts to focus on improving the quality of the criteria in communes that have already met the standards.

Source link
Comment (0)"""

IT = """Il 10 gennaio, il Comitato Popolare Provinciale di Bac Giang ha tenuto una conferenza per esaminare l'attuazione del Programma nazionale per lo sviluppo delle nuove aree rurali nel 2023. Il compagno Nguyen Van Tuan, vicepresidente del Comitato Popolare Provinciale, capo del Comitato direttivo provinciale per lo sviluppo delle nuove aree rurali, ha presieduto la conferenza.

Il direttore del Dipartimento dell'Agricoltura e dello Sviluppo Rurale, Nguyen Van Thi, ha riferito che entro la fine del 2023 la provincia contava 160/182 comuni conformi ai nuovi standard rurali e 45 comuni conformi ai nuovi standard rurali avanzati. Il reddito medio pro capite nelle aree rurali nel 2023 ha raggiunto 58,5 milioni di VND.

Il presidente del Comitato Popolare del distretto di Luc Ngan, Nguyen Van An, e il capo dell'Ufficio provinciale di coordinamento per le nuove aree rurali, Nguyen Van Anh, sono intervenuti alla conferenza.

Concludendo la conferenza, il vicepresidente Nguyen Van Tuan ha chiesto ai distretti di concentrarsi sul miglioramento della qualità dei criteri nei comuni che hanno già raggiunto gli standard.

Link alla fonte
Commento (0)"""

UK = """10 січня Народний комітет провінції Бакзянг провів конференцію з підбиття підсумків виконання Національної цільової програми розбудови нових сільських районів у 2023 році. Конференцію очолив товариш Нгуєн Ван Туан, заступник голови провінційного народного комітету, голова провінційного керівного комітету з розбудови нових сільських районів.

Директор Департаменту сільського господарства та розвитку села Нгуєн Ван Тхі повідомив, що до кінця 2023 року 16/182 громад провінції відповідали новим сільським стандартам, 10 громад — зразковим новим сільським стандартам. У провінції сертифіковано 320 продуктів OCOP.

Голова Народного комітету району Лукнган Нгуєн Ван Ан поділився досвідом району. Також був присутній Нгуєн Ван Ань, керівник провінційного координаційного офісу з розбудови нових сільських районів.

Посилання на джерело
Коментар (0)"""

TH = """คณะกรรมการประชาชนจังหวัดบั๊กซางจัดการประชุมเพื่อทบทวนการดำเนินโครงการเป้าหมายแห่งชาติว่าด้วยการพัฒนาชนบทใหม่ในปี 2566 โดยมีสหายเหงียน วัน ตวน รองประธานคณะกรรมการประชาชนจังหวัด หัวหน้าคณะกรรมการอำนวยการพัฒนาชนบทใหม่ของจังหวัด เป็นประธานการประชุม

ผู้อำนวยการกรมเกษตรและพัฒนาชนบท เหงียน วัน ถิ รายงานว่า ภายในสิ้นปี 2566 จังหวัดมีตำบลที่ผ่านเกณฑ์ชนบทใหม่ 160/182 ตำบล และมีผลิตภัณฑ์ OCOP ที่ได้รับการรับรอง 320 รายการ รายได้เฉลี่ยต่อหัวในพื้นที่ชนบทในปี 2566 อยู่ที่ 58.5 ล้านดอง

ประธานคณะกรรมการประชาชนอำเภอหลุกหงาน เหงียน วัน อาน ได้แบ่งปันประสบการณ์ของอำเภอ

ในการสรุปการประชุม รองประธานเหงียน วัน ตวน ได้ขอให้อำเภอต่างๆ มุ่งเน้นการปรับปรุงคุณภาพของเกณฑ์ในตำบลที่ผ่านมาตรฐานแล้ว

ลิงก์ต้นฉบับ
ความคิดเห็น (0)"""

ACT = "Focus on improving the quality of the criteria in communes that have already met the new rural standards"
BASE = {"kind": "conference", "title": TITLE, "location": "Bac Giang province"}


def people(tuan, thi, an, anh):
    rows = (("nguyen-van-tuan@bac-giang", tuan, TUAN, "chair"),
            ("nguyen-van-thi@bac-giang", thi, THI, "speaker"),
            ("nguyen-van-an@bac-giang", an, AN, "speaker"),
            ("nguyen-van-anh@bac-giang", anh[0] if anh else None, ANH, anh[1] if anh else None))
    return [r for r in rows if r[1]]


STORY["editions"] = [
    {"lang": "en", "text": EN, "meetings": [{**BASE, "date": "2024-01-10",
        "attendees": people("Nguyen Van Tuan", "Nguyen Van Thi", "Nguyen Van An", ("Nguyen Van Anh", "attendee")),
        "kpis": [
            {"fact": "nr", "evidence": "by the end of 2023 the province had 160/182 communes meeting new rural standards"},
            {"fact": "nr_adv", "evidence": "45 communes meeting advanced new rural standards"},
            {"fact": "nr_model", "evidence": "10 communes meeting model new rural standards"},
            {"fact": "ocop", "evidence": "The province has 320 OCOP products certified"},
            {"fact": "income", "evidence": "The average income per capita in rural areas in 2023 reached 58.5 million VND"},
        ], "directives": [
            ("nguyen-van-tuan@bac-giang", "Districts", ACT, None,
             "Concluding the conference, Vice Chairman Nguyen Van Tuan requested districts to focus on improving the quality of the criteria in communes that have already met the standards."),
        ]}]},
    {"lang": "it", "text": IT, "meetings": [{**BASE, "date": "2024-01-10",
        "attendees": people("Nguyen Van Tuan", "Nguyen Van Thi", "Nguyen Van An", ("Nguyen Van Anh", "speaker")),
        "kpis": [
            {"fact": "nr", "evidence": "entro la fine del 2023 la provincia contava 160/182 comuni conformi ai nuovi standard rurali"},
            {"fact": "nr_adv", "evidence": "45 comuni conformi ai nuovi standard rurali avanzati"},
            {"fact": "income", "evidence": "Il reddito medio pro capite nelle aree rurali nel 2023 ha raggiunto 58,5 milioni di VND"},
        ], "directives": [
            ("nguyen-van-tuan@bac-giang", "Districts", ACT, None,
             "Concludendo la conferenza, il vicepresidente Nguyen Van Tuan ha chiesto ai distretti di concentrarsi sul miglioramento della qualità dei criteri nei comuni che hanno già raggiunto gli standard."),
        ]}]},
    {"lang": "uk", "text": UK, "notes": "16/182 for 160/182", "meetings": [{**BASE, "date": "2024-01-10",
        "attendees": people("Нгуєн Ван Туан", "Нгуєн Ван Тхі", "Нгуєн Ван Ан", ("Нгуєн Ван Ань", "attendee")),
        "kpis": [
            {"fact": "nr", "value": 16, "note": "uk drops a digit: 16/182 for 160/182",
             "evidence": "до кінця 2023 року 16/182 громад провінції відповідали новим сільським стандартам"},
            {"fact": "nr_model", "evidence": "10 громад — зразковим новим сільським стандартам"},
            {"fact": "ocop", "evidence": "У провінції сертифіковано 320 продуктів OCOP"},
        ], "directives": []}]},
    {"lang": "th", "text": TH, "notes": "no date; Buddhist-era year 2566 = 2023; no Nguyen Van Anh",
     "meetings": [{**BASE, "date": None,
        "attendees": people("เหงียน วัน ตวน", "เหงียน วัน ถิ", "เหงียน วัน อาน", None),
        "kpis": [
            {"fact": "nr", "evidence": "ภายในสิ้นปี 2566 จังหวัดมีตำบลที่ผ่านเกณฑ์ชนบทใหม่ 160/182 ตำบล"},
            {"fact": "ocop", "evidence": "มีผลิตภัณฑ์ OCOP ที่ได้รับการรับรอง 320 รายการ"},
            {"fact": "income", "evidence": "รายได้เฉลี่ยต่อหัวในพื้นที่ชนบทในปี 2566 อยู่ที่ 58.5 ล้านดอง"},
        ], "directives": [
            ("nguyen-van-tuan@bac-giang", "Districts", ACT, None,
             "ได้ขอให้อำเภอต่างๆ มุ่งเน้นการปรับปรุงคุณภาพของเกณฑ์ในตำบลที่ผ่านมาตรฐานแล้ว"),
        ]}]},
]
