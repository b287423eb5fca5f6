"""`extractor --help` stays fast: no heavy library is imported before a command runs.

The time itself is printed by ``bench/startup.py`` (timing asserts are flaky on a
shared machine); what is asserted here is the cause of slowness, the imports.
"""

from __future__ import annotations

import json
import subprocess
import sys

from e2e_helpers import repo_env

# Each of these costs tens to hundreds of milliseconds to import.
HEAVY = ("llama_cpp", "openai", "instructor", "sqlalchemy", "alembic", "scipy", "pyarrow",
         "babel", "rapidfuzz", "numpy", "pandas", "ray", "langextract", "psycopg")

PROBE = """
import json, sys
sys.argv = ["extractor", "--help"]
from extractor.cli import main
try:
    main()
except SystemExit as exc:
    code = exc.code
print("\\n" + json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_help_imports_no_heavy_library():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=repo_env(), timeout=60)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] in (0, None)
    assert "batch" in done.stdout and "extract" in done.stdout  # the help was printed
    loaded = {m.split(".")[0] for m in report["modules"]}
    assert sorted(loaded & set(HEAVY)) == []


def test_every_subcommand_help_imports_no_heavy_library():
    for command in ("extract", "validate", "eval", "diff", "load", "export", "batch"):
        probe = PROBE.replace('"--help"]', f'"{command}", "--help"]')
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env=repo_env(), timeout=60)
        report = json.loads(done.stdout.strip().splitlines()[-1])
        loaded = {m.split(".")[0] for m in report["modules"]}
        assert sorted(loaded & set(HEAVY)) == [], command


def test_the_warm_up_pauses_the_garbage_collector_and_leaves_it_as_it_found_it():
    import gc

    from extractor.backends.base import Backend
    from extractor.pipeline import warm_up

    seen: list[bool] = []

    class Recording(Backend):
        name, model = "recording", "stub"

        def open_client(self) -> None:
            seen.append(gc.isenabled())

        def rehearse(self, *args, **kwargs):
            seen.append(gc.isenabled())

    was = gc.isenabled()
    try:
        gc.enable()
        warm_up(Recording())
        assert gc.isenabled()
        gc.disable()
        warm_up(Recording())
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert seen == [False, False, False, False]  # off while it worked, both times
