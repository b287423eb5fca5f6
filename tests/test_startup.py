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
