"""s08: Ninh Binh ceremony announcing the merger of Ha Nam, Nam Dinh and Ninh Binh provinces (2025).

Facts (who attended, with which titles) from the published Norwegian edition
https://www.vietnam.vn/no/ninh-binh-long-trong-to-chuc-le-cong-bo-nghi-quyet-quyet-dinh-cua-trung-uong-va-cua-tinh-ve-sap-nhap-don-vi-hanh-chinh
(excerpt; no date in it, so no edition gives one). Texts written by G2.
Hard POSITIVE: Do Trong Hung, Thanh Hoa Party Secretary in s01/s05, attends here as Deputy
Head of the Central Organization Commission: the same person in another province with
other titles. Le Minh Hung shares a given name with him and is someone else.
"""

TITLE = ("Ceremony announcing the resolutions and decisions of the Central Committee and the province "
         "on merging Ha Nam, Nam Dinh and Ninh Binh provinces")
LMH = ("Member of the Politburo", "Secretary of the Party Central Committee",
       "Head of the Central Organization Commission", "Head of the Central Working Delegation")
DTH = ("Member of the Party Central Committee", "Deputy Head of the Central Organization Commission")
HUAN = ("Member of the Party Central Committee", "Secretary of the Ninh Binh Provincial Party Committee")
HUY = ("Secretary of the Ha Nam Provincial Party Committee", "Chairman of the Ha Nam Provincial People's Committee")
TOAN = ("Secretary of the Nam Dinh Provincial Party Committee",)

STORY = {
    "id": "s08",
    "province": "Ninh Binh",
    "based_on": "https://www.vietnam.vn/no/ninh-binh-long-trong-to-chuc-le-cong-bo-nghi-quyet-quyet-dinh-cua-trung-uong-va-cua-tinh-ve-sap-nhap-don-vi-hanh-chinh",
    "events": {"s08": {"title": TITLE, "date": None}},
    "people": {
        "le-minh-hung@central": {"name": "Le Minh Hung", "province": None},
        "do-trong-hung@thanh-hoa": {"name": "Do Trong Hung", "province": "Thanh Hoa"},
        "doan-minh-huan@ninh-binh": {"name": "Doan Minh Huan", "province": "Ninh Binh"},
        "truong-quoc-huy@ha-nam": {"name": "Truong Quoc Huy", "province": "Ha Nam"},
        "dang-khanh-toan@nam-dinh": {"name": "Dang Khanh Toan", "province": "Nam Dinh"},
    },
    "facts": {},
    "hard_negatives": [
        {"kind": "same_person_moved", "events": ["s01", "s05", "s08"], "persons": ["do-trong-hung@thanh-hoa"],
         "note": "A hard positive: Do Trong Hung is Thanh Hoa Party Secretary in 2022 and 2024 (s05, s01) and "
                 "Deputy Head of the Central Organization Commission at the Ninh Binh ceremony in 2025 (s08)."},
        {"kind": "name_prefix", "events": ["s08"], "persons": ["le-minh-hung@central", "do-trong-hung@thanh-hoa"],
         "note": "Le Minh Hung and Do Trong Hung share the given name Hung at the same ceremony."},
    ],
    "editions": [],
}

NO = """Til stede ved kunngjøringsseremonien var kamerat Le Minh Hung, medlem av politbyrået, sekretær for partiets sentralkomité, leder for den sentrale organisasjonskomiteen, leder for den sentrale arbeidsdelegasjonen; og kamerat Do Trong Hung, medlem av partiets sentralkomité, nestleder for den sentrale organisasjonskomiteen.

Fra provinsene Ha Nam, Nam Dinh og Ninh Binh deltok kameratene Doan Minh Huan, medlem av partiets sentralkomité, sekretær for Ninh Binh provinsielle partikomité; Truong Quoc Huy, sekretær for den provinsielle partikomiteen, leder for den provinsielle folkekomiteen i Ha Nam; og Dang Khanh Toan, sekretær for Nam Dinh provinsielle partikomité.

Seremonien kunngjorde resolusjonene og beslutningene fra sentralkomiteen og provinsen om sammenslåingen av provinsene Ha Nam, Nam Dinh og Ninh Binh.

Kilde
Kommentar (0)"""

EN = """Attending the announcement ceremony were Comrade Le Minh Hung, Politburo member, Secretary of the Party Central Committee, Head of the Central Organization Commission, head of the Central Working Delegation, and Comrade Do Trong Hung, Member of the Party Central Committee, Deputy Head of the Central Organization Commission.

On the side of the three provinces were Doan Minh Huan, Member of the Party Central Committee, Secretary of the Ninh Binh Provincial Party Committee; Truong Quoc Huy, Secretary of the Provincial Party Committee, Chairman of the Ha Nam Provincial People's Committee; and Dang Khanh Toan, Secretary of the Nam Dinh Provincial Party Committee.

The ceremony announced the resolutions and decisions of the Central Committee and the province on merging the provinces of Ha Nam, Nam Dinh and Ninh Binh.

Source link
Comment (0)"""

ZH = """中共中央政治局委员、中央书记处书记、中央组织部部长、中央工作代表团团长黎明兴同志，中共中央委员、中央组织部副部长杜重兴同志出席公布仪式。

宁平省委书记段明训同志、河南省委书记兼省人民委员会主席张国辉同志出席仪式。

仪式宣布了中央和省关于合并河南、南定、宁平三省的决议和决定。

来源链接
评论 (0)"""

BASE = {"kind": "ceremony", "title": TITLE, "date": None, "location": "Ninh Binh province",
        "kpis": [], "directives": []}


def people(lmh, dth, huan, huy, toan):
    rows = (("le-minh-hung@central", lmh, LMH, "attendee"), ("do-trong-hung@thanh-hoa", dth, DTH, "attendee"),
            ("doan-minh-huan@ninh-binh", huan, HUAN, "attendee"), ("truong-quoc-huy@ha-nam", huy, HUY, "attendee"),
            ("dang-khanh-toan@nam-dinh", toan, TOAN, "attendee"))
    return [r for r in rows if r[1]]


STORY["editions"] = [
    {"lang": "no", "text": NO, "meetings": [{**BASE, "attendees": people(
        "Le Minh Hung", "Do Trong Hung", "Doan Minh Huan", "Truong Quoc Huy", "Dang Khanh Toan")}]},
    {"lang": "en", "text": EN, "meetings": [{**BASE, "attendees": people(
        "Le Minh Hung", "Do Trong Hung", "Doan Minh Huan", "Truong Quoc Huy", "Dang Khanh Toan")}]},
    {"lang": "zh", "text": ZH, "notes": "names in Chinese characters; Dang Khanh Toan not named",
     "meetings": [{**BASE, "attendees": people("黎明兴", "杜重兴", "段明训", "张国辉", None)}]},
]
