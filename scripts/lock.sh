#!/usr/bin/env bash
# Resolve the dependency versions that scripts/setup.sh installs, into uv.lock.
#   scripts/lock.sh                          after editing pyproject.toml's dependencies: keeps
#                                            every locked version pyproject.toml still allows
#   scripts/lock.sh --upgrade                every package to the newest version allowed
#   scripts/lock.sh --upgrade-package openai one package (and what it needs)
# Then: scripts/setup.sh --test && .venv/bin/python -m pytest -n auto, and commit uv.lock.
set -euo pipefail
cd "$(dirname "$0")/.."
uv=.venv/bin/uv
[[ -x $uv ]] || uv=$(command -v uv) || { echo "lock: needs uv (scripts/setup.sh installs it)" >&2; exit 1; }
"$uv" lock "$@"
echo "lock: uv.lock written ($(grep -c '^name = ' uv.lock) packages)"
