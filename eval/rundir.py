"""Read a RUN_DIR (or a gold directory) and find each article's text.

A RUN_DIR is any directory of ``<article_id>.json`` files in the record contract:
a run's output, or another annotator's labels. ``run.json`` holds run metadata and
is skipped; any other file that is not a valid ``ArticleExtraction`` is reported,
not fatal, so one broken file does not hide the scores of the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from extractor.articles import ARTICLE_SUFFIXES, ArticleError, read_article
from extractor.schemas import ArticleExtraction

RUN_METADATA_FILE = "run.json"


@dataclass
class RunSet:
    path: Path
    articles: dict[str, ArticleExtraction] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # file name -> why it was skipped


def load_run(path: str | Path) -> RunSet:
    """Every article file of a directory, keyed by ``article_id``."""
    root = Path(path)
    if not root.is_dir():
        raise NotADirectoryError(f"not a directory: {root}")
    run = RunSet(root)
    for file in sorted(root.glob("*.json")):
        if file.name == RUN_METADATA_FILE:
            continue
        try:
            extraction = ArticleExtraction.model_validate_json(file.read_bytes())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(map(str, first["loc"])) or "file"
            run.errors[file.name] = (
                f"not an ArticleExtraction ({exc.error_count()} errors); {where}: {first['msg']}"
            )
            continue
        except OSError as exc:
            run.errors[file.name] = f"unreadable: {exc}"
            continue
        if extraction.article_id in run.articles:
            run.errors[file.name] = f"duplicate article_id {extraction.article_id!r}"
            continue
        run.articles[extraction.article_id] = extraction
    return run


class ArticleTexts:
    """Article text by id, for grounding quotes and highlighting them.

    Looks at ``provenance.article_path`` first (as written, then relative to the run
    directory), then ``articles_dir/<id>.<suffix>``. Texts are read with
    ``extractor.articles.read_article`` so offsets match those of the pipeline.
    """

    def __init__(self, articles_dir: str | Path | None = None) -> None:
        self.articles_dir = Path(articles_dir) if articles_dir else None
        self._cache: dict[Path, str | None] = {}

    def _read(self, path: Path) -> str | None:
        key = path.resolve()
        if key not in self._cache:
            try:
                self._cache[key] = read_article(path).text
            except (OSError, ArticleError):
                self._cache[key] = None
        return self._cache[key]

    def candidates(
        self, article_id: str, sources: list[tuple[ArticleExtraction | None, Path | None]]
    ) -> list[Path]:
        paths: list[Path] = []
        for extraction, run_dir in sources:
            prov = extraction.provenance if extraction is not None else None
            if prov is not None and prov.article_path:
                p = Path(prov.article_path)
                paths.append(p)
                if not p.is_absolute() and run_dir is not None:
                    paths.append(run_dir / p)
        if self.articles_dir is not None:
            paths.extend(self.articles_dir / f"{article_id}{suffix}" for suffix in ARTICLE_SUFFIXES)
        return paths

    def get(
        self,
        article_id: str,
        sources: list[tuple[ArticleExtraction | None, Path | None]] | None = None,
    ) -> str | None:
        for path in self.candidates(article_id, sources or []):
            if path.is_file():
                text = self._read(path)
                if text is not None:
                    return text
        return None
