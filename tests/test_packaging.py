"""pyproject.toml lists every package, so that set-up builds quietly and ships every module."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_every_folder_with_python_modules_is_a_listed_package():
    setup = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(setup["packages"])
    found = set()
    for package, folder in setup["package-dir"].items():
        root = REPO / folder
        for module in root.rglob("*.py"):
            parts = module.parent.relative_to(root).parts
            if "__pycache__" in parts or any(p.startswith(".") for p in parts):
                continue
            found.add(".".join((package, *parts)))
    # setuptools warns ("Package would be ignored") about every folder of modules that is
    # not listed, and leaves it out of a wheel
    assert sorted(found - listed) == []
    assert sorted(listed - found) == []


def test_dependencies_that_extractor_patches_have_upper_bounds():
    deps = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    bounded = {d.split(">")[0].split("<")[0].split("[")[0] for d in deps if "<" in d}
    assert {"openai", "instructor", "typer"} <= bounded
