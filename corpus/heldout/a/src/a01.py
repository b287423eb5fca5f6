"""a01: FICTIONAL Nghe An Provincial Party Committee conference, 9-month review, 14 October 2024.

Fictional as a whole (people, figures and the event are invented), written by helper a
as held-out test data for the reader in Portuguese, Indonesian and Malay, in the style of
the site's machine translations. Dated in the text in each language's own date form.
Traps: id writes the budget as 17,35 triliun (17.35e12 = 17,350 billion); ms uses
English-style separators (17,350 / 8.12); pt and ms write a percent as a word
("por cento", "peratus"); a range 7,5-8% (labelled at its lower end, qualifier about);
a ratio 362/411; a target "plan 3,000, admitted 2,145"; "5th of 6 provinces" is a rank,
not a KPI.
"""

M9 = "first 9 months of 2024"
MINH = ("Secretary of the Provincial Party Committee",)
LAN = ("Standing Deputy Secretary of the Provincial Party Committee",
       "Chairwoman of the Provincial People's Council")
DUNG = ("Deputy Secretary of the Provincial Party Committee",
        "Chairman of the Provincial People's Committee")
PHUOC = ("Director of the Department of Planning and Investment",)
HA = ("Head of the Organization Commission of the Provincial Party Committee",)
TITLE = ("Nghe An Provincial Party Committee conference reviewing the first 9 months "
         "and the tasks for the last 3 months of 2024")
HIGHWAY = ("Direct the departments to complete land clearance for the North-South "
           "expressway")
ADMIT = "Intensify the admission of new Party members to meet the 2024 plan"
DRUGS = "Step up the fight against drug crime in the border districts"

STORY = {
    "id": "a01",
    "province": "Nghe An",
    "based_on": "fictional (helper a)",
    "events": {"a01": {"title": TITLE, "date": "2024-10-14"}},
    "people": {
        "tran-van-minh@nghe-an": {"name": "Tran Van Minh", "province": "Nghe An"},
        "hoang-thi-lan@nghe-an": {"name": "Hoang Thi Lan", "province": "Nghe An"},
        "le-quang-dung@nghe-an": {"name": "Le Quang Dung", "province": "Nghe An"},
        "nguyen-huu-phuoc@nghe-an": {"name": "Nguyen Huu Phuoc", "province": "Nghe An"},
        "dinh-thi-thu-ha@nghe-an": {"name": "Dinh Thi Thu Ha", "province": "Nghe An"},
    },
    "facts": {
        "grdp": {"code": "grdp_growth", "indicator": "GRDP growth rate", "value": 8.12,
                 "scale": 1, "unit": "%", "period": M9},
        "budget": {"code": "budget_revenue", "indicator": "state budget revenue", "value": 17350,
                   "scale": 1e9, "unit": "VND", "qualifier": "over", "period": M9},
        "budget_share": {"code": None, "indicator": "state budget revenue as share of the annual estimate",
                         "value": 86.5, "scale": 1, "unit": "%", "period": M9},
        "export": {"code": "export_turnover", "indicator": "export turnover", "value": 2.3, "scale": 1e9,
                   "unit": "USD", "qualifier": "about", "period": M9},
        "roads": {"code": None, "indicator": "rural roads concreted", "value": 412.6, "scale": 1,
                  "unit": "km", "period": M9},
        "water": {"code": None, "indicator": "share of rural households using hygienic clean water",
                  "value": 93.4, "scale": 1, "unit": "%"},
        "ocop_new": {"code": "ocop_products", "indicator": "new OCOP products recognised", "value": 46,
                     "scale": 1, "unit": "products", "period": M9},
        "ocop_total": {"code": "ocop_products", "indicator": "total OCOP products of the province",
                       "value": 612, "scale": 1, "unit": "products"},
        "communes_nr": {"code": "new_rural_communes", "indicator": "communes meeting new rural standards",
                        "value": 362, "scale": 1, "unit": "communes", "out_of": 411},
        "grdp_2024": {"code": "grdp_growth", "indicator": "expected GRDP growth rate for the whole year",
                      "value": 7.5, "scale": 1, "unit": "%", "qualifier": "about", "period": "2024"},
        "party": {"code": None, "indicator": "new Party members admitted", "value": 2145, "scale": 1,
                  "unit": "people", "period": M9, "target": 3000},
        "records": {"code": None, "indicator": "administrative records digitised", "value": 1.2,
                    "scale": 1e6, "unit": "records", "qualifier": "over"},
        "drugs": {"code": None, "indicator": "drug crime cases detected", "value": 1136, "scale": 1,
                  "unit": "cases", "period": M9},
    },
    "editions": [],
}

PT = """Na manhã de 14 de outubro de 2024, o Comité Executivo do Partido da província de Nghe An realizou a sua 25.ª conferência para avaliar os resultados dos primeiros 9 meses e definir as tarefas para os últimos 3 meses de 2024.

Os camaradas Tran Van Minh, Secretário do Comité Provincial do Partido; Hoang Thi Lan, Vice-Secretária Permanente do Comité Provincial do Partido, Presidente do Conselho Popular Provincial; e Le Quang Dung, Vice-Secretário do Comité Provincial do Partido, Presidente do Comité Popular Provincial, co-presidiram a conferência. Participaram também os dirigentes dos departamentos, setores e distritos da província.

Apresentando o relatório, o Diretor do Departamento de Planeamento e Investimento, Nguyen Huu Phuoc, afirmou que o produto interno bruto regional (GRDP) nos primeiros 9 meses cresceu 8,12%, ocupando o 5.º lugar entre as 6 províncias da região Centro-Norte. A receita do orçamento do Estado atingiu mais de 17.350 bilhões de VND, o que corresponde a 86,5% da estimativa anual. O volume de exportações foi estimado em cerca de 2,3 bilhões de USD. Toda a província concretou 412,6 km de estradas rurais; 93,4 por cento dos agregados familiares rurais utilizam água limpa e higiénica. Foram reconhecidos 46 novos produtos OCOP, elevando o total da província para 612 produtos. Até agora, 362/411 comunas cumprem os critérios da nova ruralidade. Para todo o ano de 2024, a província prevê um crescimento do GRDP de 7,5-8%.

No trabalho de construção do Partido, a Chefe da Comissão de Organização do Comité Provincial do Partido, Dinh Thi Thu Ha, informou que nos primeiros 9 meses foram admitidos 2.145 novos membros do Partido, face ao plano de 3.000 membros para o ano. Até à data, mais de 1,2 milhão de registos administrativos foram digitalizados. No mesmo período, as forças policiais descobriram 1.136 casos de crimes relacionados com droga.

Concluindo a conferência, o Secretário Provincial do Partido Tran Van Minh solicitou ao Comité Popular Provincial que orientasse os departamentos para concluir a desocupação dos terrenos para a autoestrada Norte-Sul antes de 31 de dezembro de 2024. Os comités do Partido a todos os níveis devem intensificar a admissão de novos membros do Partido para cumprir o plano de 2024. Ele pediu à Polícia Provincial que reforce a luta contra o crime de droga nos distritos fronteiriços.

Fonte: Jornal Nghe An"""

ID = """Pada pagi hari tanggal 14 Oktober 2024, Komite Eksekutif Partai Provinsi Nghe An menggelar konferensi ke-25 untuk mengevaluasi hasil 9 bulan pertama dan menetapkan tugas untuk 3 bulan terakhir tahun 2024.

Kamerad Tran Van Minh, Sekretaris Komite Partai Provinsi; Hoang Thi Lan, Wakil Sekretaris Tetap Komite Partai Provinsi, Ketua Dewan Rakyat Provinsi; dan Le Quang Dung, Wakil Sekretaris Komite Partai Provinsi, Ketua Komite Rakyat Provinsi, memimpin bersama konferensi tersebut. Turut hadir para pimpinan dinas, sektor, dan distrik di provinsi. Dalam suasana demokratis, para delegasi membahas secara mendalam laporan tentang situasi sosial-ekonomi, pertahanan dan keamanan, serta pekerjaan pembangunan Partai dan sistem politik. Para delegasi menilai bahwa tugas-tugas pada bulan-bulan terakhir tahun ini sangat berat dan menuntut upaya tinggi dari seluruh sistem politik.

Menyampaikan laporan, Kepala Dinas Perencanaan dan Investasi Nguyen Huu Phuoc mengatakan bahwa produk domestik regional bruto (PDRB) dalam 9 bulan pertama tumbuh 8,12 persen, menempati peringkat ke-5 di antara 6 provinsi di kawasan Tengah Utara. Pendapatan anggaran negara mencapai lebih dari 17,35 triliun VND, setara dengan 86,5% dari perkiraan tahunan. Nilai ekspor diperkirakan sekitar 2,3 miliar USD. Seluruh provinsi telah mengecor beton 412,6 km jalan pedesaan; 93,4% rumah tangga pedesaan menggunakan air bersih yang higienis. Sebanyak 46 produk OCOP baru telah diakui, sehingga total produk OCOP provinsi menjadi 612 produk. Hingga saat ini, 362/411 komune telah memenuhi standar pedesaan baru. Untuk sepanjang tahun 2024, provinsi memperkirakan pertumbuhan PDRB sebesar 7,5-8%.

Dalam pembangunan Partai, Kepala Komisi Organisasi Komite Partai Provinsi Dinh Thi Thu Ha melaporkan bahwa dalam 9 bulan pertama telah diterima 2.145 anggota Partai baru, dibandingkan rencana 3.000 anggota untuk tahun ini. Hingga kini, lebih dari 1,2 juta dokumen administrasi telah didigitalkan. Pada periode yang sama, kepolisian mengungkap 1.136 kasus narkoba.

Menutup konferensi, Sekretaris Partai Provinsi Tran Van Minh meminta Komite Rakyat Provinsi untuk mengarahkan dinas-dinas menyelesaikan pembebasan lahan untuk jalan tol Utara-Selatan sebelum 31 Desember 2024. Komite Partai di semua tingkatan harus meningkatkan penerimaan anggota Partai baru agar memenuhi rencana tahun 2024. Ia meminta Kepolisian Provinsi untuk memperkuat pemberantasan kejahatan narkoba di distrik-distrik perbatasan.

Sumber: Surat Kabar Nghe An"""

MS = """Pada pagi 14 Oktober 2024, Jawatankuasa Eksekutif Parti Wilayah Nghe An mengadakan persidangan ke-25 bagi menilai keputusan 9 bulan pertama dan menetapkan tugas bagi 3 bulan terakhir tahun 2024.

Komrad Tran Van Minh, Setiausaha Jawatankuasa Parti Wilayah; Hoang Thi Lan, Timbalan Setiausaha Tetap Jawatankuasa Parti Wilayah, Pengerusi Majlis Rakyat Wilayah; dan Le Quang Dung, Timbalan Setiausaha Jawatankuasa Parti Wilayah, Pengerusi Jawatankuasa Rakyat Wilayah, mempengerusikan bersama persidangan itu. Turut hadir para pemimpin jabatan, sektor dan daerah di wilayah itu. Dalam suasana demokratik, para perwakilan membincangkan secara mendalam laporan mengenai situasi sosio-ekonomi, pertahanan dan keselamatan, serta kerja pembinaan Parti dan sistem politik. Para perwakilan menilai bahawa tugas-tugas pada bulan-bulan terakhir tahun ini amat berat dan menuntut usaha yang tinggi daripada seluruh sistem politik.

Membentangkan laporan, Pengarah Jabatan Perancangan dan Pelaburan Nguyen Huu Phuoc berkata keluaran dalam negeri kasar wilayah (GRDP) dalam 9 bulan pertama meningkat 8.12 peratus, menduduki tempat ke-5 antara 6 wilayah di rantau Tengah Utara. Hasil belanjawan negeri mencecah lebih 17,350 bilion VND, bersamaan 86.5% daripada anggaran tahunan. Nilai eksport dianggarkan kira-kira 2.3 bilion USD. Seluruh wilayah telah menurap konkrit 412.6 km jalan luar bandar; 93.4% isi rumah luar bandar menggunakan air bersih yang selamat. Sebanyak 46 produk OCOP baharu telah diiktiraf, menjadikan jumlah produk OCOP wilayah 612 produk. Setakat ini, 362/411 komun telah memenuhi piawaian luar bandar baharu. Bagi keseluruhan tahun 2024, wilayah menjangkakan pertumbuhan GRDP sebanyak 7.5-8%.

Dalam pembinaan Parti, Ketua Suruhanjaya Organisasi Jawatankuasa Parti Wilayah Dinh Thi Thu Ha melaporkan bahawa dalam 9 bulan pertama, 2,145 ahli Parti baharu telah diterima, berbanding rancangan 3,000 ahli bagi tahun ini. Setakat ini, lebih 1.2 juta rekod pentadbiran telah didigitalkan. Dalam tempoh yang sama, pihak polis membongkar 1,136 kes dadah.

Menutup persidangan, Setiausaha Parti Wilayah Tran Van Minh meminta Jawatankuasa Rakyat Wilayah mengarahkan jabatan-jabatan menyelesaikan pengambilan tanah bagi lebuh raya Utara-Selatan sebelum 31 Disember 2024. Jawatankuasa Parti di semua peringkat perlu meningkatkan kemasukan ahli Parti baharu bagi mencapai rancangan tahun 2024. Beliau meminta Polis Wilayah memperhebat usaha membanteras jenayah dadah di daerah-daerah sempadan.

Sumber: Akhbar Nghe An"""


def _attendees(names: tuple[str, ...]) -> list:
    keys = ("tran-van-minh@nghe-an", "hoang-thi-lan@nghe-an", "le-quang-dung@nghe-an",
            "nguyen-huu-phuoc@nghe-an", "dinh-thi-thu-ha@nghe-an")
    titles = (MINH, LAN, DUNG, PHUOC, HA)
    roles = ("chair", "chair", "chair", "speaker", "speaker")
    return list(zip(keys, names, titles, roles, strict=False))


NAMES = ("Tran Van Minh", "Hoang Thi Lan", "Le Quang Dung", "Nguyen Huu Phuoc", "Dinh Thi Thu Ha")
FACT_ORDER = ("grdp", "budget", "budget_share", "export", "roads", "water", "ocop_new", "ocop_total",
              "communes_nr", "grdp_2024", "party", "records", "drugs")

PT_KPI = (
    "o produto interno bruto regional (GRDP) nos primeiros 9 meses cresceu 8,12%",
    "A receita do orçamento do Estado atingiu mais de 17.350 bilhões de VND",
    "A receita do orçamento do Estado atingiu mais de 17.350 bilhões de VND, o que corresponde a 86,5% da estimativa anual",
    "O volume de exportações foi estimado em cerca de 2,3 bilhões de USD",
    "Toda a província concretou 412,6 km de estradas rurais",
    "93,4 por cento dos agregados familiares rurais utilizam água limpa e higiénica",
    "Foram reconhecidos 46 novos produtos OCOP",
    "Foram reconhecidos 46 novos produtos OCOP, elevando o total da província para 612 produtos",
    "Até agora, 362/411 comunas cumprem os critérios da nova ruralidade",
    "Para todo o ano de 2024, a província prevê um crescimento do GRDP de 7,5-8%",
    "nos primeiros 9 meses foram admitidos 2.145 novos membros do Partido, face ao plano de 3.000 membros para o ano",
    "Até à data, mais de 1,2 milhão de registos administrativos foram digitalizados",
    "No mesmo período, as forças policiais descobriram 1.136 casos de crimes relacionados com droga",
)
ID_KPI = (
    "produk domestik regional bruto (PDRB) dalam 9 bulan pertama tumbuh 8,12 persen",
    "Pendapatan anggaran negara mencapai lebih dari 17,35 triliun VND",
    "Pendapatan anggaran negara mencapai lebih dari 17,35 triliun VND, setara dengan 86,5% dari perkiraan tahunan",
    "Nilai ekspor diperkirakan sekitar 2,3 miliar USD",
    "Seluruh provinsi telah mengecor beton 412,6 km jalan pedesaan",
    "93,4% rumah tangga pedesaan menggunakan air bersih yang higienis",
    "Sebanyak 46 produk OCOP baru telah diakui",
    "Sebanyak 46 produk OCOP baru telah diakui, sehingga total produk OCOP provinsi menjadi 612 produk",
    "Hingga saat ini, 362/411 komune telah memenuhi standar pedesaan baru",
    "Untuk sepanjang tahun 2024, provinsi memperkirakan pertumbuhan PDRB sebesar 7,5-8%",
    "dalam 9 bulan pertama telah diterima 2.145 anggota Partai baru, dibandingkan rencana 3.000 anggota untuk tahun ini",
    "Hingga kini, lebih dari 1,2 juta dokumen administrasi telah didigitalkan",
    "Pada periode yang sama, kepolisian mengungkap 1.136 kasus narkoba",
)
MS_KPI = (
    "keluaran dalam negeri kasar wilayah (GRDP) dalam 9 bulan pertama meningkat 8.12 peratus",
    "Hasil belanjawan negeri mencecah lebih 17,350 bilion VND",
    "Hasil belanjawan negeri mencecah lebih 17,350 bilion VND, bersamaan 86.5% daripada anggaran tahunan",
    "Nilai eksport dianggarkan kira-kira 2.3 bilion USD",
    "Seluruh wilayah telah menurap konkrit 412.6 km jalan luar bandar",
    "93.4% isi rumah luar bandar menggunakan air bersih yang selamat",
    "Sebanyak 46 produk OCOP baharu telah diiktiraf",
    "Sebanyak 46 produk OCOP baharu telah diiktiraf, menjadikan jumlah produk OCOP wilayah 612 produk",
    "Setakat ini, 362/411 komun telah memenuhi piawaian luar bandar baharu",
    "Bagi keseluruhan tahun 2024, wilayah menjangkakan pertumbuhan GRDP sebanyak 7.5-8%",
    "dalam 9 bulan pertama, 2,145 ahli Parti baharu telah diterima, berbanding rancangan 3,000 ahli bagi tahun ini",
    "Setakat ini, lebih 1.2 juta rekod pentadbiran telah didigitalkan",
    "Dalam tempoh yang sama, pihak polis membongkar 1,136 kes dadah",
)
PT_DIR = (
    "Concluindo a conferência, o Secretário Provincial do Partido Tran Van Minh solicitou ao Comité Popular Provincial que orientasse os departamentos para concluir a desocupação dos terrenos para a autoestrada Norte-Sul antes de 31 de dezembro de 2024.",
    "Os comités do Partido a todos os níveis devem intensificar a admissão de novos membros do Partido para cumprir o plano de 2024.",
    "Ele pediu à Polícia Provincial que reforce a luta contra o crime de droga nos distritos fronteiriços.",
)
ID_DIR = (
    "Menutup konferensi, Sekretaris Partai Provinsi Tran Van Minh meminta Komite Rakyat Provinsi untuk mengarahkan dinas-dinas menyelesaikan pembebasan lahan untuk jalan tol Utara-Selatan sebelum 31 Desember 2024.",
    "Komite Partai di semua tingkatan harus meningkatkan penerimaan anggota Partai baru agar memenuhi rencana tahun 2024.",
    "Ia meminta Kepolisian Provinsi untuk memperkuat pemberantasan kejahatan narkoba di distrik-distrik perbatasan.",
)
MS_DIR = (
    "Menutup persidangan, Setiausaha Parti Wilayah Tran Van Minh meminta Jawatankuasa Rakyat Wilayah mengarahkan jabatan-jabatan menyelesaikan pengambilan tanah bagi lebuh raya Utara-Selatan sebelum 31 Disember 2024.",
    "Jawatankuasa Parti di semua peringkat perlu meningkatkan kemasukan ahli Parti baharu bagi mencapai rancangan tahun 2024.",
    "Beliau meminta Polis Wilayah memperhebat usaha membanteras jenayah dadah di daerah-daerah sempadan.",
)


def _edition(lang: str, text: str, kpi_quotes: tuple, dir_quotes: tuple, overrides: dict) -> dict:
    kpis = [{"fact": f, "evidence": q, **overrides.get(f, {})} for f, q in zip(FACT_ORDER, kpi_quotes, strict=False)]
    issuer = "tran-van-minh@nghe-an"
    directives = [
        (issuer, "Provincial People's Committee", HIGHWAY, "2024-12-31", dir_quotes[0]),
        (issuer, "Party committees at all levels", ADMIT, None, dir_quotes[1]),
        (issuer, "Provincial Police", DRUGS, None, dir_quotes[2]),
    ]
    return {"lang": lang, "text": text, "meetings": [{
        "kind": "conference", "title": TITLE, "date": "2024-10-14", "location": "Nghe An province",
        "attendees": _attendees(NAMES), "kpis": kpis, "directives": directives}]}


STORY["editions"] = [
    _edition("pt", PT, PT_KPI, PT_DIR, {}),
    _edition("id", ID, ID_KPI, ID_DIR, {"budget": {"value": 17.35, "scale": 1e12}}),
    _edition("ms", MS, MS_KPI, MS_DIR, {}),
]
