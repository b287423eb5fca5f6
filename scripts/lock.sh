#!/usr/bin/env bash
# Resolve the dependency versions that set-up installs, into uv.lock and requirements.lock.
#   scripts/lock.sh                          after editing pyproject.toml's dependencies: keeps
#                                            every locked version pyproject.toml still allows
#   scripts/lock.sh --upgrade                every package to the newest version allowed
#   scripts/lock.sh --upgrade-package openai one package (and what it needs)
# Then: scripts/setup.sh --test && .venv/bin/python -m pytest -n auto, and commit both files.
# uv.lock is uv's universal lock; requirements.lock is the same versions as a constraints
# file, which scripts/setup.sh installs with (uv or pip).
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.venv/bin/uv
[[ -x $uv ]] || uv=$(command -v uv) || { echo "lock: needs uv (scripts/setup.sh installs it)" >&2; exit 1; }
"$uv" lock "$@"
"$uv" export --frozen --all-extras --no-emit-project --no-hashes --no-header \
  --output-file requirements.lock >/dev/null
echo "lock: uv.lock and requirements.lock written ($(grep -c '^[a-z]' requirements.lock) packages)"
