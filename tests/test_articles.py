"""Reading articles: formats, encodings, language, clear errors."""

from __future__ import annotations

import json

import pytest

from extractor.articles import ArticleError, discover, read_article

EXPECTED_LANG = {a["id"]: a["language"] for a in json.loads(
    (__import__("pathlib").Path(__file__).parent.parent / "corpus" / "manifest.json").read_text())}


@pytest.mark.parametrize("article_id", sorted(EXPECTED_LANG))
def test_corpus_language_detection(corpus_dir, article_id):
    art = read_article(corpus_dir / "articles" / f"{article_id}.txt")
    assert art.id == article_id
    assert art.language == EXPECTED_LANG[article_id]
    assert art.encoding == "utf-8" and art.source_format == "text"
    assert len(art.sha256) == 64


def test_discover_expands_directories_and_filters_suffixes(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "b.md", "sub/c.html", "d.json", "e.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.txt", "b.md", "e.htm", "sub/c.html"]
    with pytest.raises(FileNotFoundError):
        discover([tmp_path / "missing"])


def test_html_is_reduced_to_text_without_scripts(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<h1>Hội nghị</h1><script>alert('x')</script>"
        "<p>Kamerater: Tran Quoc Cuong ledet konferansen.</p><p>Vekst over 9&nbsp;%/år.</p>"
        "</body></html>", encoding="utf-8")
    art = read_article(page)
    assert art.source_format == "html"
    assert "alert" not in art.text and "p{}" not in art.text
    assert "Kamerater: Tran Quoc Cuong ledet konferansen." in art.text
    assert "Vekst over 9\u00a0%/år." in art.text or "Vekst over 9 %/år." in art.text
    assert art.text.index("Hội nghị") < art.text.index("Kamerater")


@pytest.mark.parametrize(("encoding", "text"), [
    ("cp1251", "Провінційний секретар партії Ле Дик Тхо відвідав район. " * 5),
    ("cp1250", "Sekretarz prowincjonalnego komitetu partii odwiedził dystrykt Quan Son. " * 5),
    ("windows-1256", "قام الرفيق ترينه توان سينه بزيارة وعمل مع اللجنة الدائمة للجنة الحزب. " * 5),
])
def test_legacy_encodings_decode(tmp_path, encoding, text):
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    art = read_article(path)
    assert art.text == text
    assert art.encoding != "utf-8"


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"), (b"   \n\t  \n", "empty"), (b"\x00\x01\x02\x03binary\x00" * 50, "binary"),
])
def test_unreadable_files_raise_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article(path)
