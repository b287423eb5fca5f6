"""The reader in Portuguese, Indonesian and Malay: the classes the held-out set a showed.

Sentences written for these tests (not taken from corpus/heldout/a): scale words and
abbreviations, qualifiers, unit words, durations and ranks that are no KPIs, a
Portuguese date with "de", roles, instruction cues and the district a meeting is in.
"""

from __future__ import annotations

import pytest
from reader_samples import figures as _figures

from extractor.draft import build_draft
from extractor.draft.fill import person_role


@pytest.mark.parametrize(("lang", "text", "value", "scale"), [
    ("pt", "O investimento social chegou a 4.870 mil milhões de VND.", 4870.0, 1e9),
    ("pt", "A dívida pública atingiu 2,6 biliões de VND.", 2.6, 1e12),
    ("id", "Bantuan sosial mencapai Rp 750 jt per keluarga.", 750.0, 1e6),
    ("id", "Sebanyak 35 rb pelajar menerima beasiswa.", 35.0, 1e3),
    ("ms", "Pelaburan asing berjumlah RM4.6 bil. pada tahun lalu.", 4.6, 1e9),
], ids=["pt-mil-milhoes", "pt-bilioes", "id-jt", "id-rb", "ms-bil"])
def test_scale_words_and_abbreviations(lang, text, value, scale):
    assert [(v, s) for v, s, _q, _u in _figures(text, lang)] == [(value, scale)]


@pytest.mark.parametrize(("lang", "text", "qualifier"), [
    ("ms", "Daerah itu menanam lebih 640 hektar kopi.", "over"),
    ("ms", "Kadar pengangguran lebih kurang 3 peratus.", "about"),
    ("ms", "Kadar keciciran sekolah di bawah 2 peratus.", "under"),
    ("ms", "Tidak kurang daripada 75 kampung mendapat bekalan elektrik.", "over"),
    ("id", "Tidak kurang dari 210 koperasi telah dibentuk.", "over"),
    ("id", "Angka pengangguran di bawah 4 persen.", "under"),
    ("id", "Luas sawah kurang lebih 960 hektare.", "about"),
    ("pt", "A produção de arroz foi superior a 81 mil toneladas.", "over"),
    ("pt", "A taxa de abandono escolar ficou inferior a 1,5%.", "under"),
    ("pt", "O turismo gerou em torno de 640 milhões de VND.", "about"),
])
def test_qualifier_words_before_the_figure(lang, text, qualifier):
    figures = _figures(text, lang)
    assert len(figures) == 1
    assert figures[0][2] == qualifier


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("pt", "O distrito conta com 27 comunas e vilas.", "communes"),
    ("pt", "Foram plantados 480 hectares de floresta.", "hectares"),
    ("pt", "A polícia investigou 214 casos de contrabando.", "cases"),
    ("id", "Sebanyak 95 desa telah memiliki jaringan internet.", "villages"),
    ("id", "Kabupaten ini menerima 48.000 wisatawan asing.", "people"),
    ("id", "Pemerintah memperbaiki 31 km jalan desa.", "km"),
    ("ms", "Seramai 2,430 isi rumah menerima bantuan banjir.", "households"),
    ("ms", "Polis merekodkan 57 kes kecurian motosikal.", "cases"),
    ("ms", "Wilayah itu mempunyai 88 produk OCOP.", "products"),
])
def test_unit_words_become_english_units(lang, text, unit):
    assert [u for _v, _s, _q, u in _figures(text, lang)] == [unit]


@pytest.mark.parametrize(("lang", "text", "kept"), [
    ("pt", "Durante 3 anos e 6 meses, o rendimento cresceu 7,2% ao ano.", [7.2]),
    ("id", "Selama 5 tahun dan 8 bulan terakhir, ekspor tumbuh 11,4% per tahun.", [11.4]),
    ("ms", "Dalam tempoh 2 tahun, hasil pertanian meningkat 6.3% setahun.", [6.3]),
    ("pt", "A cidade ficou em 2.º lugar entre as 14 localidades, com 312 empresas novas.", [312.0]),
    ("id", "Kota itu menempati peringkat ke-3 di antara 27 kabupaten dengan 540 UMKM baru.", [540.0]),
    ("ms", "Daerah itu berada di tempat ke-4 antara 11 daerah dengan 96 syarikat baharu.", [96.0]),
], ids=["pt-duration", "id-duration", "ms-duration", "pt-rank", "id-rank", "ms-rank"])
def test_durations_and_ranks_are_no_kpis(lang, text, kept):
    assert [v for v, _s, _q, _u in _figures(text, lang)] == kept


def test_a_portuguese_day_with_de_before_the_month_is_a_date_not_a_figure():
    draft = build_draft("No dia 9 de março de 2025, a comissão aprovou 18 projetos.", "pt")
    assert draft.date == "2025-03-09"
    assert [f.value for f in draft.figures] == [18.0]
    assert draft.figures[0].unit_word == "projects"


def _roles(text: str, lang: str) -> dict[str, str]:
    draft = build_draft(text, lang)
    return {p.name: person_role(draft, p) for p in draft.people}


def test_roles_from_portuguese_cues():
    text = ("Os camaradas Le Thanh Binh e Vo Thi Mai co-presidiram a reunião. "
            "Apresentando o relatório, o camarada Ho Van Toan disse que o distrito cresceu.")
    assert _roles(text, "pt") == {"Le Thanh Binh": "chair", "Vo Thi Mai": "chair",
                                  "Ho Van Toan": "speaker"}


def test_the_leader_who_visited_and_worked_with_the_locality_chairs():
    assert _roles("O camarada Dang Quoc Khanh visitou e trabalhou com o distrito de Muong Te.",
                  "pt") == {"Dang Quoc Khanh": "chair"}
    assert _roles("Kamerad Dang Quoc Khanh mengunjungi dan bekerja dengan Distrik Muong Te.",
                  "id") == {"Dang Quoc Khanh": "chair"}
    assert _roles("Komrad Dang Quoc Khanh melawat dan bekerja dengan Daerah Muong Te.",
                  "ms") == {"Dang Quoc Khanh": "chair"}


def test_speakers_from_indonesian_and_malay_cues():
    assert _roles("Kamerad Bui Van Hai memuji semangat para petani.", "id") == {
        "Bui Van Hai": "speaker"}
    assert _roles("Pengarah Jabatan Kewangan Bui Van Hai membentangkan laporan.", "ms") == {
        "Bui Van Hai": "speaker"}


@pytest.mark.parametrize(("lang", "text", "clauses"), [
    ("pt", "O camarada orientou as comunas a reforçar a vigilância. "
           "Ele elogiou o esforço dos agricultores.", 1),
    ("id", "Ia meminta dinas untuk mempercepat perizinan. Ia memuji kerja keras warga.", 1),
    ("ms", "Beliau meminta jabatan mempercepat kelulusan. Beliau memuji kerja keras penduduk.", 1),
])
def test_orders_are_clauses_and_praise_is_not(lang, text, clauses):
    draft = build_draft(text, lang)
    assert len(draft.clauses) == clauses
    first = text[draft.clauses[0].span[0]:draft.clauses[0].span[1]]
    assert "elogiou" not in first and "memuji" not in first


def test_a_portuguese_district_named_after_de():
    draft = build_draft("O Secretário visitou o distrito de Tuan Giao. O distrito de Tuan Giao "
                        "tem 19 comunas.", "pt")
    assert draft.location == "Tuan Giao district"


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("pt", "O Vice-Presidente teve uma reunião de trabalho com a cidade de Dien Bien Phu. "
           "Na reunião, a cidade apresentou as suas propostas.", "working_session"),
    ("pt", "O Comité Popular Provincial realizou a reunião mensal de junho. Na reunião, "
           "os departamentos relataram.", "conference"),
    ("id", "Wakil Gubernur memimpin rapat kerja dengan Kota Dien Bien Phu. Dalam rapat itu, "
           "kota menyampaikan usulan.", "working_session"),
    ("id", "Komite Rakyat Provinsi menggelar rapat rutin bulan Juni. Dalam rapat itu, "
           "dinas-dinas melaporkan.", "conference"),
    ("ms", "Timbalan Pengerusi mengadakan mesyuarat kerja dengan Bandar Dien Bien Phu. Dalam "
           "mesyuarat itu, bandar mengemukakan cadangan.", "working_session"),
    ("ms", "Jawatankuasa Rakyat Wilayah mengadakan mesyuarat bulanan Jun. Dalam mesyuarat itu, "
           "jabatan-jabatan melaporkan.", "conference"),
], ids=["pt-work", "pt-conf", "id-work", "id-conf", "ms-work", "ms-conf"])
def test_a_bare_meeting_word_does_not_outvote_the_working_session(lang, text, kind):
    assert build_draft(text, lang).kind == kind
