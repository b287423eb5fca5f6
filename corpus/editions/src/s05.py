"""s05: Do Trong Hung's working visit to Thieu Hoa district (Thanh Hoa), 9 September 2022.

Facts from the published Vietnamese report listed at https://truyenhinhthanhhoa.vn/huyen-uy.html
("Bí thư Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Thiệu Hóa", 09/09/2022): on the
morning of 9 September the Provincial Party Secretary visited and worked in Thieu Hoa
district, checking the tasks of 2021 and the first 8 months of 2022, the implementation of
the 2020-2025 congress resolutions and Covid-19 prevention. Nothing else is known, so the
editions (written by G2) name only him and report no figures. Hard negative for s01:
same chair, same province, same kind of meeting with a district, another district and
date. ar has no date.
"""

TITLE = "Working session of Provincial Party Secretary Do Trong Hung with the Standing Committee of the Thieu Hoa District Party Committee"
HUNG = ("Member of the Party Central Committee", "Secretary of the Provincial Party Committee",
        "Chairman of the Provincial People's Council")

STORY = {
    "id": "s05",
    "province": "Thanh Hoa",
    "based_on": "https://truyenhinhthanhhoa.vn/huyen-uy.html (report of 09/09/2022)",
    "events": {"s05": {"title": TITLE, "date": "2022-09-09"}},
    "people": {"do-trong-hung@thanh-hoa": {"name": "Do Trong Hung", "province": "Thanh Hoa"}},
    "facts": {},
    "hard_negatives": [
        {"kind": "same_chair_other_date", "events": ["s01", "s05"], "persons": ["do-trong-hung@thanh-hoa"],
         "note": "Do Trong Hung, Thanh Hoa Party Secretary, works with Quan Son district on 2024-07-17 (s01) "
                 "and with Thieu Hoa district on 2022-09-09 (s05); same titles, same kind of meeting."},
    ],
    "editions": [],
}

VI = """Sáng 9/9, đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh đã đến thăm và làm việc với Ban Thường vụ Huyện ủy Thiệu Hóa về tình hình thực hiện nhiệm vụ năm 2021 và 8 tháng năm 2022; việc triển khai, cụ thể hóa và tổ chức thực hiện Nghị quyết Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025 và công tác phòng, chống dịch Covid-19 trên địa bàn huyện.

Cùng đi có lãnh đạo các sở, ban, ngành cấp tỉnh.

Nguồn: Đài PT-TH Thanh Hóa"""

EN = """On the morning of September 9, Comrade Do Trong Hung, Member of the Party Central Committee, Secretary of the Provincial Party Committee, Chairman of the Provincial People's Council, visited and worked with the Standing Committee of the Thieu Hoa District Party Committee on the performance of tasks in 2021 and the first 8 months of 2022, the implementation of the Resolutions of Party Congresses at all levels for the 2020-2025 term and Covid-19 prevention in the district.

Accompanying him were leaders of provincial departments and agencies.

Source: Thanh Hoa Radio and Television
Comment (0)"""

PL = """Rankiem 9 września towarzysz Do Trong Hung, członek Komitetu Centralnego Partii, sekretarz prowincjonalnego komitetu partii i przewodniczący prowincjonalnej rady ludowej, odwiedził i pracował ze Stałym Komitetem Komitetu Partii Dystryktu Thieu Hoa w sprawie realizacji zadań w 2021 r. i w ciągu 8 miesięcy 2022 r., wdrażania rezolucji zjazdów partii wszystkich szczebli na kadencję 2020-2025 oraz zapobiegania epidemii Covid-19 w dystrykcie.

Towarzyszyli mu kierownicy prowincjonalnych departamentów i agencji.

Link do źródła
Komentarz (0)"""

AR = """زار الرفيق دو ترونغ هونغ، عضو اللجنة المركزية للحزب، سكرتير لجنة الحزب الإقليمية، رئيس مجلس الشعب الإقليمي، منطقة ثيو هوا وعمل مع اللجنة الدائمة للجنة الحزب في المنطقة بشأن تنفيذ مهام عام 2021 والأشهر الثمانية الأولى من عام 2022، وتنفيذ قرارات مؤتمرات الحزب على جميع المستويات للفترة 2020-2025، والوقاية من وباء كوفيد-19 في المنطقة.

رافقه قادة الإدارات والهيئات الإقليمية.

رابط المصدر
تعليق (0)"""

BASE = {"kind": "working_session", "title": TITLE, "location": "Thieu Hoa district", "kpis": [], "directives": []}

STORY["editions"] = [
    {"lang": "vi", "text": VI, "meetings": [{**BASE, "date": "2022-09-09",
        "attendees": [("do-trong-hung@thanh-hoa", "Đỗ Trọng Hưng", HUNG, "chair")]}]},
    {"lang": "en", "text": EN, "meetings": [{**BASE, "date": "2022-09-09",
        "attendees": [("do-trong-hung@thanh-hoa", "Do Trong Hung", HUNG, "chair")]}]},
    {"lang": "pl", "text": PL, "meetings": [{**BASE, "date": "2022-09-09",
        "attendees": [("do-trong-hung@thanh-hoa", "Do Trong Hung", HUNG, "chair")]}]},
    {"lang": "ar", "text": AR, "notes": "no date", "meetings": [{**BASE, "date": None,
        "attendees": [("do-trong-hung@thanh-hoa", "دو ترونغ هونغ", HUNG, "chair")]}]},
]
