"""a02: FICTIONAL working session of Lao Cai Provincial Party Secretary Vu Xuan Cuong with Bat Xat district.

Fictional as a whole (people, figures and the event are invented), written by helper a
as held-out test data for the reader in Portuguese, Indonesian and Malay, in the style of
the site's machine translations. No edition gives the meeting date. Traps: pt uses the
European "mil milhões" (1e9) and "250 mil" (thousand); id/ms write "250 ribu"; ms keeps
the Vietnamese diacritics in names (Vũ Xuân Cường) and English-style separators;
qualifiers "quase"/"hampir" (about), "menos de"/"kurang dari"/"kurang daripada" (under);
a ratio 18/22; the 22nd congress and the 2020-2025 term are not KPIs; the deadline
"before 30 June 2025" is a full date, "by the end of 2025" is not.
"""

CUONG = ("Secretary of the Provincial Party Committee",)
HUONG = ("Member of the Standing Committee of the Provincial Party Committee",
         "Head of the Propaganda Commission of the Provincial Party Committee")
SON = ("Chairman of the Bat Xat District People's Committee",)
PAO = ("Secretary of the Bat Xat District Party Committee",)
TITLE = ("Working session of Provincial Party Secretary Vu Xuan Cuong with the Standing "
         "Committee of the Bat Xat District Party Committee")
REVIEW = ("Review the targets not yet achieved and propose feasible solutions to complete "
          "them by the end of 2025")
TOURISM = "Develop tourism linked with preserving the cultural identity of the H'Mong"
HOUSES = "Complete the elimination of temporary and dilapidated houses"

STORY = {
    "id": "a02",
    "province": "Lao Cai",
    "based_on": "fictional (helper a)",
    "events": {"a02": {"title": TITLE, "date": None}},
    "people": {
        "vu-xuan-cuong@lao-cai": {"name": "Vu Xuan Cuong", "province": "Lao Cai"},
        "pham-thi-thanh-huong@lao-cai": {"name": "Pham Thi Thanh Huong", "province": "Lao Cai"},
        "nguyen-thanh-son@lao-cai": {"name": "Nguyen Thanh Son", "province": "Lao Cai"},
        "giang-seo-pao@lao-cai": {"name": "Giang Seo Pao", "province": "Lao Cai"},
    },
    "facts": {
        "targets": {"code": "targets_met", "indicator": "District Party Congress resolution targets achieved and exceeded",
                    "value": 18, "scale": 1, "unit": "targets", "out_of": 22},
        "growth": {"code": "production_value_growth", "indicator": "average production value growth rate per year",
                   "value": 9.6, "scale": 1, "unit": "%", "period": "2021-2024"},
        "budget": {"code": "budget_revenue", "indicator": "district budget revenue", "value": 312.5,
                   "scale": 1e9, "unit": "VND", "period": "2024"},
        "income": {"code": "income_per_capita", "indicator": "average income per capita", "value": 38,
                   "scale": 1e6, "unit": "VND", "qualifier": "about", "period": "2024"},
        "poverty": {"code": "poverty_rate", "indicator": "poverty rate", "value": 14.2, "scale": 1,
                    "unit": "%", "period": "2024"},
        "tea": {"code": None, "indicator": "tea growing area", "value": 1500, "scale": 1,
                "unit": "hectares", "qualifier": "over"},
        "tourists": {"code": None, "indicator": "tourist arrivals", "value": 250, "scale": 1e3,
                     "unit": "people", "qualifier": "over", "period": "2024"},
        "housing": {"code": None, "indicator": "poor households supported to build houses", "value": 1286,
                    "scale": 1, "unit": "households"},
        "malnutrition": {"code": None, "indicator": "child malnutrition rate", "value": 20, "scale": 1,
                         "unit": "%", "qualifier": "under"},
        "fires": {"code": None, "indicator": "forest fires", "value": 2, "scale": 1, "unit": "cases",
                  "period": "2024"},
        "fire_area": {"code": None, "indicator": "forest area damaged by fires", "value": 3.8, "scale": 1,
                      "unit": "hectares", "period": "2024"},
    },
    "editions": [],
}

PT = """O Secretário do Comité Provincial do Partido de Lao Cai, Vu Xuan Cuong, visitou e trabalhou com o Comité Permanente do Comité do Partido do distrito de Bat Xat sobre os resultados de 4 anos de implementação da Resolução do 22.º Congresso do Partido do distrito, mandato 2020-2025.

Antes da sessão de trabalho, o camarada Vu Xuan Cuong e a delegação inspecionaram o modelo de cultivo de chá na comuna de Y Ty.

Participaram na sessão de trabalho a camarada Pham Thi Thanh Huong, Membro do Comité Permanente do Comité Provincial do Partido, Chefe da Comissão de Propaganda do Comité Provincial do Partido, e o camarada Nguyen Thanh Son, Presidente do Comité Popular do distrito de Bat Xat.

Apresentando o relatório, o Secretário do Comité Distrital do Partido, Giang Seo Pao, disse que até ao momento 18/22 metas da Resolução foram alcançadas e ultrapassadas. A taxa média de crescimento do valor da produção no período 2021-2024 atingiu 9,6% ao ano. A receita orçamental do distrito em 2024 foi de 312,5 mil milhões de VND. O rendimento médio per capita em 2024 foi de quase 38 milhões de VND; a taxa de pobreza desceu para 14,2% no final de 2024. O distrito tem mais de 1.500 hectares de chá e recebeu em 2024 mais de 250 mil visitantes. Foram apoiados 1.286 agregados familiares pobres na construção de casas. A taxa de desnutrição infantil baixou para menos de 20%. Em 2024 registaram-se 2 incêndios florestais, que danificaram 3,8 ha de floresta.

Na sessão, a camarada Pham Thi Thanh Huong elogiou os esforços do distrito na preservação da cultura H'Mong.

Concluindo a sessão de trabalho, o Secretário Provincial do Partido Vu Xuan Cuong solicitou ao Comité Permanente do Comité Distrital do Partido que reveja as metas ainda não alcançadas e proponha soluções viáveis para as concluir até ao final de 2025. O distrito deve desenvolver o turismo associado à preservação da identidade cultural dos H'Mong. Ele pediu ainda ao distrito que conclua a eliminação das casas temporárias e degradadas antes de 30 de junho de 2025.

Fonte: Jornal Lao Cai"""

ID = """Sekretaris Komite Partai Provinsi Lao Cai, Vu Xuan Cuong, mengunjungi dan bekerja dengan Komite Tetap Komite Partai Distrik Bat Xat mengenai hasil 4 tahun pelaksanaan Resolusi Kongres Partai Distrik ke-22, masa jabatan 2020-2025.

Sebelum sesi kerja, Kamerad Vu Xuan Cuong dan rombongan meninjau model budidaya teh di komune Y Ty. Di sana, rombongan mendengarkan penjelasan tentang penerapan teknologi dalam budidaya teh organik serta keterkaitan produksi dengan koperasi setempat. Sesi kerja ini juga bertujuan menilai kesiapan distrik menjelang kongres Partai masa jabatan berikutnya.

Turut hadir dalam sesi kerja tersebut Kamerad Pham Thi Thanh Huong, Anggota Komite Tetap Komite Partai Provinsi, Kepala Komisi Propaganda Komite Partai Provinsi, dan Kamerad Nguyen Thanh Son, Ketua Komite Rakyat Distrik Bat Xat.

Menyampaikan laporan, Sekretaris Komite Partai Distrik Giang Seo Pao mengatakan bahwa hingga saat ini 18/22 target Resolusi telah tercapai dan terlampaui. Rata-rata laju pertumbuhan nilai produksi pada periode 2021-2024 mencapai 9,6% per tahun. Pendapatan anggaran distrik pada tahun 2024 sebesar 312,5 miliar VND. Pendapatan rata-rata per kapita pada tahun 2024 hampir 38 juta VND; angka kemiskinan turun menjadi 14,2% pada akhir tahun 2024. Distrik ini memiliki lebih dari 1.500 hektare kebun teh dan pada tahun 2024 menerima lebih dari 250 ribu wisatawan. Sebanyak 1.286 rumah tangga miskin dibantu membangun rumah. Angka gizi buruk pada anak turun menjadi kurang dari 20%. Pada tahun 2024 terjadi 2 kebakaran hutan yang merusak 3,8 ha hutan.

Dalam sesi tersebut, Kamerad Pham Thi Thanh Huong memuji upaya distrik dalam melestarikan budaya H'Mong.

Menutup sesi kerja, Sekretaris Partai Provinsi Vu Xuan Cuong meminta Komite Tetap Komite Partai Distrik untuk meninjau target-target yang belum tercapai dan mengusulkan solusi yang layak untuk menyelesaikannya pada akhir tahun 2025. Distrik harus mengembangkan pariwisata yang terkait dengan pelestarian identitas budaya H'Mong. Ia juga meminta distrik untuk menyelesaikan penghapusan rumah sementara dan rusak sebelum 30 Juni 2025.

Sumber: Surat Kabar Lao Cai"""

MS = """Setiausaha Jawatankuasa Parti Wilayah Lào Cai, Vũ Xuân Cường, telah melawat dan bekerja dengan Jawatankuasa Tetap Jawatankuasa Parti Daerah Bát Xát mengenai keputusan 4 tahun pelaksanaan Resolusi Kongres Parti Daerah ke-22, penggal 2020-2025.

Sebelum sesi kerja, Komrad Vũ Xuân Cường dan delegasi meninjau model penanaman teh di komun Y Tý. Di sana, delegasi mendengar penerangan tentang penggunaan teknologi dalam penanaman teh organik serta rantaian pengeluaran bersama koperasi tempatan. Sesi kerja ini juga bertujuan menilai kesediaan daerah menjelang kongres Parti bagi penggal seterusnya.

Turut hadir dalam sesi kerja itu Komrad Phạm Thị Thanh Hương, Ahli Jawatankuasa Tetap Jawatankuasa Parti Wilayah, Ketua Suruhanjaya Propaganda Jawatankuasa Parti Wilayah, dan Komrad Nguyễn Thanh Sơn, Pengerusi Jawatankuasa Rakyat Daerah Bát Xát.

Membentangkan laporan, Setiausaha Jawatankuasa Parti Daerah Giàng Seo Pao berkata setakat ini 18/22 sasaran Resolusi telah dicapai dan dilampaui. Purata kadar pertumbuhan nilai pengeluaran bagi tempoh 2021-2024 mencapai 9.6% setahun. Hasil belanjawan daerah pada tahun 2024 berjumlah 312.5 bilion VND. Pendapatan purata per kapita pada tahun 2024 hampir 38 juta VND; kadar kemiskinan menurun kepada 14.2% pada akhir tahun 2024. Daerah ini mempunyai lebih 1,500 hektar ladang teh dan pada tahun 2024 menerima lebih 250 ribu pelancong. Seramai 1,286 isi rumah miskin dibantu membina rumah. Kadar kekurangan zat makanan kanak-kanak menurun kepada kurang daripada 20%. Pada tahun 2024 berlaku 2 kebakaran hutan yang memusnahkan 3.8 ha hutan.

Dalam sesi itu, Komrad Phạm Thị Thanh Hương memuji usaha daerah dalam memelihara budaya H'Mong.

Menutup sesi kerja, Setiausaha Parti Wilayah Vũ Xuân Cường meminta Jawatankuasa Tetap Jawatankuasa Parti Daerah menyemak semula sasaran yang belum dicapai dan mencadangkan penyelesaian yang boleh dilaksanakan untuk menyiapkannya menjelang akhir tahun 2025. Daerah perlu membangunkan pelancongan yang dikaitkan dengan pemeliharaan identiti budaya H'Mong. Beliau juga meminta daerah menyiapkan penghapusan rumah sementara dan usang sebelum 30 Jun 2025.

Sumber: Akhbar Lào Cai"""

KEYS = ("vu-xuan-cuong@lao-cai", "pham-thi-thanh-huong@lao-cai", "nguyen-thanh-son@lao-cai",
        "giang-seo-pao@lao-cai")
TITLES = (CUONG, HUONG, SON, PAO)
ROLES = ("chair", "speaker", "attendee", "speaker")
FACT_ORDER = ("targets", "growth", "budget", "income", "poverty", "tea", "tourists", "housing",
              "malnutrition", "fires", "fire_area")

PT_KPI = (
    "até ao momento 18/22 metas da Resolução foram alcançadas e ultrapassadas",
    "A taxa média de crescimento do valor da produção no período 2021-2024 atingiu 9,6% ao ano",
    "A receita orçamental do distrito em 2024 foi de 312,5 mil milhões de VND",
    "O rendimento médio per capita em 2024 foi de quase 38 milhões de VND",
    "a taxa de pobreza desceu para 14,2% no final de 2024",
    "O distrito tem mais de 1.500 hectares de chá",
    "recebeu em 2024 mais de 250 mil visitantes",
    "Foram apoiados 1.286 agregados familiares pobres na construção de casas",
    "A taxa de desnutrição infantil baixou para menos de 20%",
    "Em 2024 registaram-se 2 incêndios florestais",
    "Em 2024 registaram-se 2 incêndios florestais, que danificaram 3,8 ha de floresta",
)
ID_KPI = (
    "hingga saat ini 18/22 target Resolusi telah tercapai dan terlampaui",
    "Rata-rata laju pertumbuhan nilai produksi pada periode 2021-2024 mencapai 9,6% per tahun",
    "Pendapatan anggaran distrik pada tahun 2024 sebesar 312,5 miliar VND",
    "Pendapatan rata-rata per kapita pada tahun 2024 hampir 38 juta VND",
    "angka kemiskinan turun menjadi 14,2% pada akhir tahun 2024",
    "Distrik ini memiliki lebih dari 1.500 hektare kebun teh",
    "pada tahun 2024 menerima lebih dari 250 ribu wisatawan",
    "Sebanyak 1.286 rumah tangga miskin dibantu membangun rumah",
    "Angka gizi buruk pada anak turun menjadi kurang dari 20%",
    "Pada tahun 2024 terjadi 2 kebakaran hutan",
    "Pada tahun 2024 terjadi 2 kebakaran hutan yang merusak 3,8 ha hutan",
)
MS_KPI = (
    "setakat ini 18/22 sasaran Resolusi telah dicapai dan dilampaui",
    "Purata kadar pertumbuhan nilai pengeluaran bagi tempoh 2021-2024 mencapai 9.6% setahun",
    "Hasil belanjawan daerah pada tahun 2024 berjumlah 312.5 bilion VND",
    "Pendapatan purata per kapita pada tahun 2024 hampir 38 juta VND",
    "kadar kemiskinan menurun kepada 14.2% pada akhir tahun 2024",
    "Daerah ini mempunyai lebih 1,500 hektar ladang teh",
    "pada tahun 2024 menerima lebih 250 ribu pelancong",
    "Seramai 1,286 isi rumah miskin dibantu membina rumah",
    "Kadar kekurangan zat makanan kanak-kanak menurun kepada kurang daripada 20%",
    "Pada tahun 2024 berlaku 2 kebakaran hutan",
    "Pada tahun 2024 berlaku 2 kebakaran hutan yang memusnahkan 3.8 ha hutan",
)
PT_DIR = (
    "Concluindo a sessão de trabalho, o Secretário Provincial do Partido Vu Xuan Cuong solicitou ao Comité Permanente do Comité Distrital do Partido que reveja as metas ainda não alcançadas e proponha soluções viáveis para as concluir até ao final de 2025.",
    "O distrito deve desenvolver o turismo associado à preservação da identidade cultural dos H'Mong.",
    "Ele pediu ainda ao distrito que conclua a eliminação das casas temporárias e degradadas antes de 30 de junho de 2025.",
)
ID_DIR = (
    "Menutup sesi kerja, Sekretaris Partai Provinsi Vu Xuan Cuong meminta Komite Tetap Komite Partai Distrik untuk meninjau target-target yang belum tercapai dan mengusulkan solusi yang layak untuk menyelesaikannya pada akhir tahun 2025.",
    "Distrik harus mengembangkan pariwisata yang terkait dengan pelestarian identitas budaya H'Mong.",
    "Ia juga meminta distrik untuk menyelesaikan penghapusan rumah sementara dan rusak sebelum 30 Juni 2025.",
)
MS_DIR = (
    "Menutup sesi kerja, Setiausaha Parti Wilayah Vũ Xuân Cường meminta Jawatankuasa Tetap Jawatankuasa Parti Daerah menyemak semula sasaran yang belum dicapai dan mencadangkan penyelesaian yang boleh dilaksanakan untuk menyiapkannya menjelang akhir tahun 2025.",
    "Daerah perlu membangunkan pelancongan yang dikaitkan dengan pemeliharaan identiti budaya H'Mong.",
    "Beliau juga meminta daerah menyiapkan penghapusan rumah sementara dan usang sebelum 30 Jun 2025.",
)


def _edition(lang: str, text: str, names: tuple, kpi_quotes: tuple, dir_quotes: tuple) -> dict:
    issuer = "vu-xuan-cuong@lao-cai"
    directives = [
        (issuer, "Standing Committee of the Bat Xat District Party Committee", REVIEW, None, dir_quotes[0]),
        (issuer, "Bat Xat district", TOURISM, None, dir_quotes[1]),
        (issuer, "Bat Xat district", HOUSES, "2025-06-30", dir_quotes[2]),
    ]
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "working_session", "title": TITLE, "date": None, "location": "Bat Xat district",
        "attendees": list(zip(KEYS, names, TITLES, ROLES, strict=False)),
        "kpis": [{"fact": f, "evidence": q} for f, q in zip(FACT_ORDER, kpi_quotes, strict=False)],
        "directives": directives}]}


LATIN = ("Vu Xuan Cuong", "Pham Thi Thanh Huong", "Nguyen Thanh Son", "Giang Seo Pao")
STORY["editions"] = [
    _edition("pt", PT, LATIN, PT_KPI, PT_DIR),
    _edition("id", ID, LATIN, ID_KPI, ID_DIR),
    _edition("ms", MS, ("Vũ Xuân Cường", "Phạm Thị Thanh Hương", "Nguyễn Thanh Sơn", "Giàng Seo Pao"),
             MS_KPI, MS_DIR),
]
