"""One error style for every command: `error: <message>` on one line, exit code 2 for
usage errors, 1 for failures, no traceback unless `--debug`; and `--help` that reads
well in an 80-column terminal."""

from __future__ import annotations

import subprocess
import typing
from pathlib import Path

import pytest
from e2e_helpers import EXTRACTOR, repo_env
from typer.main import get_command
from typer.testing import CliRunner

from extractor.backends import BackendError, make_backend
from extractor.backends.options import BACKENDS, MODES, OPTIONS, backend_options
from extractor.cli import app
from extractor.cli.options import BackendName, ModeName


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("An article about a meeting.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    return {"in": tmp_path / "in", "empty": tmp_path / "empty", "file": tmp_path / "a-file",
            "out": tmp_path / "out"}


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*EXTRACTOR, *map(str, args)], capture_output=True, text=True,
                          env=repo_env(COLUMNS="200"), timeout=120)


def one_error_line(done: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


def test_bogus_mode_is_a_usage_error(folders):
    done = cli("extract", folders["in"], "--out", folders["out"], "--mode", "bogus")
    assert done.returncode == 2
    line = one_error_line(done)
    assert "--mode" in line and "bogus" in line and "json_schema" in line
    assert not folders["out"].exists()  # nothing was started


def test_out_that_is_a_file_is_a_usage_error(folders):
    done = cli("extract", folders["in"], "--out", folders["file"])
    assert done.returncode == 2
    assert "--out" in one_error_line(done) and "is a file" in done.stderr
    under = cli("extract", folders["in"], "--out", folders["file"] / "sub")
    assert under.returncode == 2
    assert "--out" in one_error_line(under) and "cannot create" in under.stderr


def test_a_folder_without_articles_is_a_usage_error(folders):
    done = cli("extract", folders["empty"], "--out", folders["out"])
    assert done.returncode == 2
    assert "no article files" in one_error_line(done) and str(folders["empty"]) in done.stderr
    assert not folders["out"].exists()


def test_missing_path_and_missing_out(folders):
    missing = cli("extract", folders["in"] / "nope.txt", "--out", folders["out"])
    assert missing.returncode == 2 and "no such file" in one_error_line(missing)
    no_out = cli("extract", folders["in"])
    assert no_out.returncode == 2 and "--out" in one_error_line(no_out)


@pytest.mark.parametrize(("args", "expected"), [
    (("--backend", "bogus"), "'bogus' is not one of"),
    (("--model", "gpt-x"), "--model cannot be used with --backend local"),
    (("--backend", "openai", "--threads", "2"), "--threads cannot be used with --backend openai"),
    (("--backend", "openai", "--base-url", "http://127.0.0.1:9/v1", "--timeout", "-1"),
     "--timeout of backend openai: Input should be greater than 0"),
    (("-j", "0"), "0 is less than 1"),
])
def test_backend_flags_are_checked(folders, args, expected):
    done = cli("extract", folders["in"], "--out", folders["out"], *args)
    assert done.returncode == 2
    assert expected in one_error_line(done)


def test_no_api_key_is_a_usage_error(folders):
    done = cli("extract", folders["in"], "--out", folders["out"], "--backend", "openai")
    assert done.returncode == 2 and "OPENAI_API_KEY" in one_error_line(done)


def test_other_commands_use_the_same_style(folders):
    validate = cli("validate", folders["empty"] / "nope")
    assert validate.returncode == 2 and "no such file" in one_error_line(validate)
    batch = cli("batch", "submit", folders["empty"], "--out", folders["out"], "--no-upload")
    assert batch.returncode == 2 and "no article files" in one_error_line(batch)
    unknown = cli("nosuch")
    assert unknown.returncode == 2 and "No such command" in one_error_line(unknown)


def test_unexpected_errors_have_no_traceback_unless_debug(folders, monkeypatch):
    import extractor.cli.inputs

    def boom(paths):
        raise RuntimeError("boom")

    monkeypatch.setattr(extractor.cli.inputs, "find_articles", boom)
    args = ["extract", str(folders["in"]), "--out", str(folders["out"])]
    quiet = CliRunner().invoke(app, args)
    assert quiet.exit_code == 1
    assert quiet.stderr.strip() == ("error: RuntimeError: boom (run with --debug for the "
                                    "traceback)")
    loud = CliRunner().invoke(app, ["--debug", *args])
    assert loud.exit_code == 1 and isinstance(loud.exception, RuntimeError)
    monkeypatch.setenv("EXTRACTOR_DEBUG", "1")
    assert isinstance(CliRunner().invoke(app, args).exception, RuntimeError)


# -- backend options ---------------------------------------------------------------------

def test_cli_choices_mirror_the_backend_options():
    from extractor.pipeline import ExtractOptions

    assert tuple(b.value for b in BackendName) == BACKENDS
    assert tuple(m.value for m in ModeName) == MODES
    overlap = get_command(app).commands["extract"].params
    [param] = [p for p in overlap if p.name == "chunk_overlap"]
    assert f"Default: {ExtractOptions().chunk_overlap}." in param.help


def _constructor_keywords(cls: type) -> set[str]:
    import inspect

    names: set[str] = set()
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is None or klass is object:
            continue
        names |= {p.name for p in inspect.signature(init).parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name != "self"}
    return names


def test_options_models_name_the_constructor_keywords():
    from extractor.backends.local import LocalBackend
    from extractor.backends.openai_backend import OpenAIBackend

    for name, cls in (("local", LocalBackend), ("openai", OpenAIBackend)):
        assert set(OPTIONS[name].model_fields) == _constructor_keywords(cls), name


def test_unknown_options_are_an_error_not_dropped():
    with pytest.raises(BackendError, match="takes no option 'n_ctx'"):
        make_backend("openai", base_url="http://127.0.0.1:9/v1", n_ctx=4096)
    with pytest.raises(BackendError, match="takes no option 'mode'"):
        backend_options("local", {"mode": "json"})
    with pytest.raises(BackendError, match="option 'mode' of backend openai"):
        backend_options("openai", {"mode": "bogus"})
    with pytest.raises(BackendError, match="unknown backend 'nope'"):
        backend_options("nope")
    # None means "not given": the constructor's default stays
    options = backend_options("openai", {"n_ctx": None, "timeout": None, "mode": "json"})
    assert options.kwargs() == {"mode": "json"}
    assert "sk-" not in repr(backend_options("openai", {"api_key": "sk-secret"}))


# -- help at 80 columns --------------------------------------------------------------------

def _commands(group: typing.Any, path: str = "extractor") -> typing.Iterator[tuple[str, typing.Any]]:
    for name, command in sorted(getattr(group, "commands", {}).items()):
        yield f"{path} {name}", command
        yield from _commands(command, f"{path} {name}")


def test_help_paragraphs_are_not_broken_inside_sentences():
    """Typer keeps a docstring's line breaks: a paragraph must be one line, or the text
    is broken twice (at the source's break and at the terminal's width)."""
    broken = []
    for path, command in _commands(get_command(app)):
        for paragraph in (command.help or "").split("\n\n"):
            if "\n" in paragraph.strip() and not paragraph.startswith("\b"):
                broken.append(f"{path}: {paragraph.strip()[:60]}...")
    assert broken == []


@pytest.mark.parametrize("command", ["extract", "batch submit", "validate", "load"])
def test_help_fits_80_columns_with_room_for_the_option_help(command):
    done = subprocess.run([*EXTRACTOR, *command.split(), "--help"], capture_output=True,
                          text=True, env=repo_env(COLUMNS="80", NO_COLOR="1"), timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # continuation lines of option help: the help column starts by column 46 (30+ wide)
    indents = [len(line) - len(line[1:].lstrip(" ")) for line in lines
               if line.startswith("│" + " " * 10) and line.strip("│ ")]
    assert indents and max(indents) <= 46, max(indents)
