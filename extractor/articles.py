"""Read article files into text: decoding, HTML reduction, language detection.

Every failure is an ``ArticleError`` with a message meant for a person; the pipeline
records it per article and carries on with the others.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from extractor.languages import nfc, normalise_code
from extractor.paths import expand_paths

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")


class ArticleError(Exception):
    """An article that cannot be turned into text (empty, binary, undecodable)."""


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str
    language: str
    sha256: str  # of the raw bytes, so a re-encoded file counts as changed
    encoding: str
    source_format: str  # "text" | "html"


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand files and directories (recursively) into article files."""
    return expand_paths(paths, lambda f: f.suffix.lower() in ARTICLE_SUFFIXES, recursive=True)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 first; legacy code pages via charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ArticleError("could not detect the text encoding (binary or corrupted file)")
    try:
        return data.decode(best.encoding), best.encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise ArticleError(f"could not decode as {best.encoding}: {exc}") from exc


_BLOCK_BREAKS = re.compile(r"\n\s*\n\s*")


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block element per paragraph."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for node in tree.css("script, style, noscript, template, svg, head"):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    for node in root.css("p, div, br, li, h1, h2, h3, h4, h5, h6, tr, section, article"):
        node.insert_after("\n\n")
    text = root.text(separator="", strip=False)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in text.splitlines()]
    return _BLOCK_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:500].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text (py3langid, a maintained langid.py fork)."""
    import py3langid

    # The language of a news article is settled by its first paragraphs: every 500- and
    # 1,000-character window of the corpus articles gets their full-text language.
    # py3langid walks the sample byte by byte in Python (~0.4 ms per 1,000 characters).
    sample = text[:1_000]
    if not sample.strip():
        return "und"
    with _LANGID_LOCK:
        # py3langid loads its model lazily into a global without a lock: 32 threads
        # reading their first article at once would each load it (~0.5 s of CPU apiece).
        _load_language_model()
        code, _score = py3langid.classify(sample)
    # Languages py3langid may confuse among close relatives are still returned as it
    # says; only its codes are mapped onto the ones the language data use.
    return normalise_code(code) or code


_LANGID_LOCK = threading.Lock()


def _load_language_model() -> None:
    """py3langid's model, from the uncompressed copy in the cache folder (see _compat);
    nothing to do once it is loaded."""
    from extractor._compat import load_language_model
    from extractor.cache import cache_home

    load_language_model(cache_home())


def preload_language_model() -> None:
    """Load py3langid's model in a background thread.

    Started before the slower imports of a run, so that the first articles do not all
    wait for the model. Idempotent: the model is loaded once per process.
    """
    global _preloading
    with _PRELOAD_LOCK:
        if _preloading:
            return
        _preloading = True

    def load() -> None:
        detect_language("warm up")

    threading.Thread(target=load, name="langid-preload", daemon=True).start()


_PRELOAD_LOCK = threading.Lock()
_preloading = False


def read_article(path: str | Path, *, article_id: str | None = None) -> Article:
    p = Path(path)
    data = p.read_bytes()
    if not data.strip():
        raise ArticleError("empty file" if not data else "empty file (whitespace only)")
    text, encoding = decode_bytes(data)
    fmt = "text"
    if p.suffix.lower() in _HTML_SUFFIXES or looks_like_html(text):
        text, fmt = html_to_text(text), "html"
    # NFC once, here: every span, quote and word list is then in one normal form
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise ArticleError("no text (empty or whitespace-only after decoding)")
    sample = text[:10_000]
    # Fast path in C for ordinary text; the per-character count only for suspicious text.
    if not "".join(sample.split()).isprintable() and \
            sum(ch.isprintable() or ch.isspace() for ch in sample) < 0.9 * len(sample):
        raise ArticleError("mostly non-printable characters: binary data, not an article")
    return Article(
        id=article_id or p.stem,
        path=str(p.resolve()),  # absolute: validate/diff find it from any directory
        text=text,
        language=detect_language(text),
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        source_format=fmt,
    )
