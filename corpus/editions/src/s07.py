"""s07: 20th Congress of the Cao Bang Provincial Party Organisation, term 2025-2030 (15-17 Sept 2025).

Facts from https://vnexpress.net/ong-quan-minh-cuong-tai-dac-cu-bi-thu-tinh-uy-cao-bang-4940345.html
(350 delegates, nearly 64,000 Party members, a 53-member Executive Committee, a
15-member Standing Committee, Quan Minh Cuong re-elected Secretary, Vu Hong Quang Standing
Deputy Secretary, Le Hai Hoa and Be Thanh Tinh Deputy Secretaries) and Minister Luong Tam
Quang's attendance from https://vietnam.vnanet.vn/french/tin-van/ouverture-du-20e-congres-provincial-du-parti-de-cao-bang-mandat-2025-2030-409163.html
(which gives other figures: 399 delegates, 62,935 members; not used). Texts written by G2.
Hard negative for s02: the same body and the same four leaders one month earlier; the
titles differ (here Vu Hong Quang is the Standing Deputy Secretary). vi has diacritics;
ru gives no date.
"""

TITLE = "20th Congress of the Cao Bang Provincial Party Organisation, term 2025-2030"
CUONG = ("Secretary of the Provincial Party Committee",)
QUANG = ("Standing Deputy Secretary of the Provincial Party Committee",)
HOA = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Committee")
TINH = ("Deputy Secretary of the Provincial Party Committee", "Chairman of the Provincial People's Council")
LTQ = ("Member of the Politburo", "Minister of Public Security")

STORY = {
    "id": "s07",
    "province": "Cao Bang",
    "based_on": "https://vnexpress.net/ong-quan-minh-cuong-tai-dac-cu-bi-thu-tinh-uy-cao-bang-4940345.html",
    "events": {"s07": {"title": TITLE, "date": "2025-09-17"}},
    "people": {
        "quan-minh-cuong@cao-bang": {"name": "Quan Minh Cuong", "province": "Cao Bang"},
        "vu-hong-quang@cao-bang": {"name": "Vu Hong Quang", "province": "Cao Bang"},
        "le-hai-hoa@cao-bang": {"name": "Le Hai Hoa", "province": "Cao Bang"},
        "be-thanh-tinh@cao-bang": {"name": "Be Thanh Tinh", "province": "Cao Bang"},
        "luong-tam-quang@central": {"name": "Luong Tam Quang", "province": None},
    },
    "facts": {
        "delegates": {"code": "other", "indicator": "congress delegates", "value": 350, "scale": 1, "unit": "people"},
        "members": {"code": "other", "indicator": "Party members of the provincial Party organisation", "value": 64000, "scale": 1,
                    "unit": "people", "qualifier": "about"},
        "exec": {"code": "other", "indicator": "members of the Provincial Party Executive Committee elected", "value": 53,
                 "scale": 1, "unit": "people"},
        "standing": {"code": "other", "indicator": "members of the Provincial Party Standing Committee elected", "value": 15,
                     "scale": 1, "unit": "people"},
    },
    "hard_negatives": [
        {"kind": "same_body_other_date", "events": ["s02", "s07"],
         "persons": ["quan-minh-cuong@cao-bang", "vu-hong-quang@cao-bang", "le-hai-hoa@cao-bang",
                     "be-thanh-tinh@cao-bang"],
         "note": "Cao Bang Provincial Party Committee: the congress of 15-17 September 2025 (s07) and the "
                 "9-month review conference of October 2025 (s02, no date in any edition); same four leaders."},
    ],
    "editions": [],
}

VI = """Ngày 17/9, Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025-2030, bế mạc sau ba ngày làm việc với sự tham dự của 350 đại biểu, đại diện cho gần 64.000 đảng viên toàn Đảng bộ.

Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 53 đồng chí. Tại phiên họp thứ nhất, Ban Chấp hành bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí. Đồng chí Quản Minh Cường tái đắc cử Bí thư Tỉnh ủy; đồng chí Vũ Hồng Quang được bầu làm Phó Bí thư Thường trực Tỉnh ủy; đồng chí Lê Hải Hòa, Chủ tịch UBND tỉnh, và đồng chí Bế Thanh Tịnh, Chủ tịch HĐND tỉnh, giữ chức Phó Bí thư Tỉnh ủy.

Phát biểu nhận nhiệm vụ, Bí thư Tỉnh ủy Quản Minh Cường cam kết đổi mới tư duy và phương thức lãnh đạo, xây dựng Đảng bộ trong sạch, vững mạnh.

Nguồn: VnExpress"""

EN = """On September 17, the 20th Congress of the Cao Bang Provincial Party Organisation, term 2025-2030, closed after three days, attended by 350 delegates representing nearly 64,000 Party members.

General Luong Tam Quang, Member of the Politburo, Minister of Public Security, attended and delivered a speech directing the congress.

The congress elected the new Provincial Party Executive Committee of 53 members, which at its first session elected a 15-member Standing Committee. Comrade Quan Minh Cuong was re-elected Secretary of the Provincial Party Committee; Vu Hong Quang was elected Standing Deputy Secretary; Le Hai Hoa, Chairman of the Provincial People's Committee, and Be Thanh Tinh, Chairman of the Provincial People's Council, are Deputy Secretaries.

Accepting the task, Provincial Party Secretary Quan Minh Cuong pledged to renew leadership thinking and methods and to build a clean and strong Party organisation.

Source link
Comment (0)"""

RU = """Завершился XX съезд партийной организации провинции Каобанг на срок 2025-2030 годов, в котором приняли участие 350 делегатов, представляющих почти 64 000 членов партии.

Съезд избрал новый Исполнительный комитет провинциальной партийной организации в составе 53 человек. Товарищ Куан Минь Кыонг переизбран секретарём провинциального комитета партии; товарищ Ву Хонг Куанг избран постоянным заместителем секретаря.

Выступая, секретарь провинциального комитета партии Куан Минь Кыонг пообещал обновить мышление и методы руководства.

Ссылка на источник
Комментарий (0)"""

BASE = {"kind": "congress", "title": TITLE, "location": "Cao Bang province", "directives": []}

STORY["editions"] = [
    {"lang": "vi", "text": VI, "meetings": [{**BASE, "date": "2025-09-17", "attendees": [
        ("quan-minh-cuong@cao-bang", "Quản Minh Cường", CUONG, "speaker"),
        ("vu-hong-quang@cao-bang", "Vũ Hồng Quang", QUANG, "attendee"),
        ("le-hai-hoa@cao-bang", "Lê Hải Hòa", HOA, "attendee"),
        ("be-thanh-tinh@cao-bang", "Bế Thanh Tịnh", TINH, "attendee"),
    ], "kpis": [
        {"fact": "delegates", "evidence": "với sự tham dự của 350 đại biểu"},
        {"fact": "members", "evidence": "đại diện cho gần 64.000 đảng viên toàn Đảng bộ"},
        {"fact": "exec", "evidence": "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa mới gồm 53 đồng chí"},
        {"fact": "standing", "evidence": "Ban Chấp hành bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí"},
    ]}]},
    {"lang": "en", "text": EN, "meetings": [{**BASE, "date": "2025-09-17", "attendees": [
        ("luong-tam-quang@central", "Luong Tam Quang", LTQ, "speaker"),
        ("quan-minh-cuong@cao-bang", "Quan Minh Cuong", CUONG, "speaker"),
        ("vu-hong-quang@cao-bang", "Vu Hong Quang", QUANG, "attendee"),
        ("le-hai-hoa@cao-bang", "Le Hai Hoa", HOA, "attendee"),
        ("be-thanh-tinh@cao-bang", "Be Thanh Tinh", TINH, "attendee"),
    ], "kpis": [
        {"fact": "delegates", "evidence": "attended by 350 delegates"},
        {"fact": "members", "evidence": "representing nearly 64,000 Party members"},
        {"fact": "exec", "evidence": "The congress elected the new Provincial Party Executive Committee of 53 members"},
        {"fact": "standing", "evidence": "elected a 15-member Standing Committee"},
    ]}]},
    {"lang": "ru", "text": RU, "notes": "no date", "meetings": [{**BASE, "date": None, "attendees": [
        ("quan-minh-cuong@cao-bang", "Куан Минь Кыонг", CUONG, "speaker"),
        ("vu-hong-quang@cao-bang", "Ву Хонг Куанг", QUANG, "attendee"),
    ], "kpis": [
        {"fact": "delegates", "evidence": "в котором приняли участие 350 делегатов"},
        {"fact": "members", "evidence": "представляющих почти 64 000 членов партии"},
        {"fact": "exec", "evidence": "Съезд избрал новый Исполнительный комитет провинциальной партийной организации в составе 53 человек"},
    ]}]},
]
