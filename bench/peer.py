"""A peer side by side: this extractor and langextract against the same local server.

Both tools talk to one llama-cpp-python server (``python -m llama_cpp.server``, the
bundled Gemma 3 270M GGUF) through a small counting reverse proxy on loopback, one proxy
per tool, so requests and ``usage`` tokens are counted by the same code for both instead
of trusting each tool's own bookkeeping. The tools run one after the other (never at the
same time) so their wall times share nothing but the machine.

With a 270M base model the *content* of either tool's output means nothing; this script
compares cost (requests, prompt and completion tokens, seconds) and only counts what
each tool returned.

    .venv/bin/python bench/peer.py                  # all 5 corpus articles
    .venv/bin/python bench/peer.py --articles 2     # the 2 shortest (quicker)
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CORPUS, EXTRACTOR, machine, print_table, run_json  # noqa: E402

from extractor.rundir import RUN_FILE  # noqa: E402
from extractor.testing.llama_server import llama_server  # noqa: E402

MODEL_ALIAS = "gemma-3-270m"
# Our prompt names the article ("Article <id> (language ...)"): the proxy attributes each of
# our requests to its article from the body, since one CLI run handles all of them.
ARTICLE_IN_PROMPT = re.compile(r"Article (\S+) \(language")


# -- the llama-cpp-python server ---------------------------------------------------------
# -- the counting proxy --------------------------------------------------------------------
@dataclass
class Call:
    label: str
    status: int
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str | None
    seconds: float


class CountingProxy:
    """Forward every request to ``upstream``; record each chat completion and its usage.

    ``label`` names who the next requests belong to (set by the driver between
    articles); ``label_from_body`` overrides it per request when given.
    """

    def __init__(self, upstream: str, label_from_body: Any = None):
        self.upstream = upstream.removeprefix("http://")
        self.label = ""
        self.label_from_body = label_from_body
        self.calls: list[Call] = []
        self.errors: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                t0 = time.perf_counter()
                conn = http.client.HTTPConnection(proxy.upstream, timeout=1800)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body or None, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                if self.path.rstrip("/").endswith("/chat/completions"):
                    proxy.record(body, resp.status, data, time.perf_counter() - t0)
                self.send_response(resp.status)
                for k, v in resp.getheaders():
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _forward

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def record(self, body: bytes, status: int, data: bytes, seconds: float) -> None:
        label = self.label
        if self.label_from_body is not None:
            label = self.label_from_body(body) or label
        usage: dict[str, Any] = {}
        finish = None
        try:
            answer = json.loads(data)
            usage = answer.get("usage") or {}
            finish = (answer.get("choices") or [{}])[0].get("finish_reason")
        except (ValueError, AttributeError, IndexError):
            pass
        if status != 200:
            self.errors.append(f"{status}: {data[:300].decode(errors='replace')}")
        self.calls.append(Call(label, status, usage.get("prompt_tokens", 0),
                               usage.get("completion_tokens", 0), finish, seconds))

    def per_label(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = defaultdict(lambda: {"requests": 0, "prompt": 0, "completion": 0,
                                                               "cut_off": 0})
        for c in self.calls:
            row = out[c.label]
            row["requests"] += 1
            row["prompt"] += c.prompt_tokens
            row["completion"] += c.completion_tokens
            row["cut_off"] += c.finish_reason == "length"
        return out

    def __enter__(self) -> CountingProxy:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def our_article(body: bytes) -> str | None:
    try:
        messages = json.loads(body)["messages"]
    except (ValueError, KeyError):
        return None
    for m in reversed(messages):  # the few-shot example is an earlier "Article example" turn
        match = ARTICLE_IN_PROMPT.search(str(m.get("content") or ""))
        if match:
            return match.group(1)
    return None


# -- the two tools ------------------------------------------------------------------------
def run_ours(articles: list[Path], proxy: CountingProxy, args: argparse.Namespace, bounded: bool) -> dict[str, Any]:
    """One CLI process over all the articles, -j 1; per-article seconds from run.json."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "articles"
        src.mkdir()
        for a in articles:
            shutil.copyfile(a, src / a.name)
        out = Path(tmp) / "out"
        cmd = [EXTRACTOR, "extract", str(src), "--out", str(out), "--backend", "openai",
               "--base-url", f"{proxy.base}/v1", "--model", MODEL_ALIAS,
               "--bounded" if bounded else "--unbounded", "--no-cache", "-j", "1", "-q",
               "--chunk-chars", str(args.chunk_chars), "--max-tokens", str(args.max_tokens),
               "--max-tokens-cap", str(args.max_tokens), "--timeout", "1800"]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "OPENAI_API_KEY": "sk-local"})
        wall = time.perf_counter() - t0
        run = run_json(out) if (out / RUN_FILE).exists() else {}
    per = {}
    for art_id, entry in run.get("articles", {}).items():
        per[art_id] = {"seconds": entry.get("seconds", 0.0), "status": entry.get("status"),
                       "records": entry.get("records", 0), "error": entry.get("error")}
    return {"wall": wall, "exit": done.returncode, "stderr": done.stderr[-1500:], "articles": per,
            "own_totals": run.get("totals", {})}


PROMPT_DESCRIPTION = (
    "Extract from a news article (any language) about a meeting of a Vietnamese Party or "
    "People's Committee: the meeting (attributes kind, date, location), each attendee (attributes "
    "role, titles), each KPI, one per figure (attributes indicator, value, unit, period, out_of), and "
    "each directive, one per instruction (attributes issuer, addressee, action, deadline). Use exact "
    "text from the article for extraction_text; write attribute values in English."
)

EXAMPLE_TEXT = (
    "On 5 March, comrade Nguyen Van Thi, Secretary of the Provincial Party Committee, chaired a working "
    "session with Quan Son district. In 2023 the district's budget revenue reached 312 billion VND; 4/21 "
    "communes met the new rural standards. He asked the district to complete the site clearance for the "
    "Na Meo road before 30 June 2024."
)


def lx_examples() -> list[Any]:
    """prompts/example.json (our one few-shot example) in langextract's terms."""
    import langextract as lx

    E = lx.data.Extraction
    return [lx.data.ExampleData(text=EXAMPLE_TEXT, extractions=[
        E("meeting", "chaired a working session with Quan Son district",
          attributes={"kind": "working_session", "date": "2024-03-05", "location": "Quan Son district"}),
        E("attendee", "Nguyen Van Thi",
          attributes={"role": "chair", "titles": "Secretary of the Provincial Party Committee"}),
        E("kpi", "In 2023 the district's budget revenue reached 312 billion VND",
          attributes={"indicator": "budget revenue", "value": "312000000000", "unit": "VND", "period": "2023"}),
        E("kpi", "4/21 communes met the new rural standards",
          attributes={"indicator": "communes meeting new rural standards", "value": "4", "unit": "communes",
                      "out_of": "21"}),
        E("directive", "He asked the district to complete the site clearance for the Na Meo road before 30 June 2024.",
          attributes={"issuer": "Nguyen Van Thi", "addressee": "Quan Son district",
                      "action": "Complete the site clearance for the Na Meo road", "deadline": "2024-06-30"}),
    ])]


def run_langextract(articles: list[Path], proxy: CountingProxy, args: argparse.Namespace) -> dict[str, Any]:
    """lx.extract once per article, sequential (max_workers=1), timed around each call."""
    t0 = time.perf_counter()
    import langextract as lx

    # "gemma-3-270m" would route to langextract's Ollama provider by name, so the OpenAI
    # provider is named explicitly. llama-cpp-python's server only accepts response_format
    # types "text" and "json_object" (not OpenAI's "json_schema"), hence no schema
    # constraints: the provider then sends {"type": "json_object"}, which the server turns
    # into a generic JSON grammar, and raw (unfenced) JSON is expected back.
    config = lx.factory.ModelConfig(
        model_id=MODEL_ALIAS, provider="OpenAILanguageModel",
        provider_kwargs={"base_url": f"{proxy.base}/v1", "api_key": "sk-local", "temperature": 0.0,
                         "max_workers": 1, "max_output_tokens": args.max_tokens},
    )
    examples = lx_examples()
    setup = time.perf_counter() - t0
    per: dict[str, Any] = {}
    for path in articles:
        proxy.label = path.stem
        text = path.read_text(encoding="utf-8")
        t1 = time.perf_counter()
        try:
            doc = lx.extract(text, prompt_description=PROMPT_DESCRIPTION, examples=examples, config=config,
                             use_schema_constraints=args.lx_schema, fence_output=False,
                             max_char_buffer=args.chunk_chars, max_workers=1, batch_length=10,
                             extraction_passes=1, show_progress=False)
            found = doc.extractions or []
            per[path.stem] = {"seconds": time.perf_counter() - t1, "status": "ok", "records": len(found),
                              "classes": dict(sorted(_count(e.extraction_class for e in found).items()))}
        except Exception as exc:  # noqa: BLE001 - the failure is the finding
            per[path.stem] = {"seconds": time.perf_counter() - t1, "status": "failed", "records": 0,
                              "error": f"{type(exc).__name__}: {str(exc)[:400]}"}
    return {"setup": setup, "wall": sum(a["seconds"] for a in per.values()), "articles": per}


def _count(items: Any) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for i in items:
        out[i] += 1
    return out


# -- driver -------------------------------------------------------------------------------
def rows_for(tool: str, result: dict[str, Any], counts: dict[str, dict[str, int]], ids: list[str]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    tot = {"requests": 0, "prompt": 0, "completion": 0, "cut_off": 0, "records": 0}
    for art in ids:
        c = counts.get(art, {"requests": 0, "prompt": 0, "completion": 0, "cut_off": 0})
        a = result["articles"].get(art, {})
        rows.append([tool, art, c["requests"], c["prompt"], c["completion"], c["cut_off"],
                     round(a.get("seconds", 0.0), 1), a.get("status", "-"), a.get("records", 0)])
        for k in ("requests", "prompt", "completion", "cut_off"):
            tot[k] += c[k]
        tot["records"] += a.get("records", 0)
    rows.append([tool, "TOTAL", tot["requests"], tot["prompt"], tot["completion"], tot["cut_off"],
                 round(result["wall"], 1), "", tot["records"]])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=5, help="how many corpus articles, shortest first")
    parser.add_argument("--chunk-chars", type=int, default=6000,
                        help="our --chunk-chars and langextract's max_char_buffer")
    parser.add_argument("--max-tokens", type=int, default=2048, help="completion budget per request, both tools")
    parser.add_argument("--n-ctx", type=int, default=16384)
    parser.add_argument("--threads", type=int, default=2, help="llama.cpp threads of the server")
    parser.add_argument("--unbounded-too", action="store_true", help="also run ours without --bounded")
    parser.add_argument("--lx-schema", action="store_true",
                        help="let langextract send its json_schema response_format (the server rejects it)")
    parser.add_argument("--json", type=Path, help="write the raw results here")
    args = parser.parse_args()

    from extractor.backends.local import default_model_path

    articles = sorted((CORPUS / "articles").glob("*.txt"), key=lambda p: p.stat().st_size)[: args.articles]
    ids = [p.stem for p in articles]
    print(f"{machine()}; {time.strftime('%Y-%m-%d')}; {len(ids)} articles, "
          f"{sum(p.stat().st_size for p in articles)} bytes; chunk {args.chunk_chars} chars, "
          f"max_tokens {args.max_tokens}, server n_ctx {args.n_ctx}, {args.threads} threads")
    results: dict[str, Any] = {}
    rows: list[list[Any]] = []
    with llama_server(str(default_model_path()), n_ctx=args.n_ctx, threads=args.threads,
                      alias=MODEL_ALIAS, startup_timeout=180) as upstream_v1:
        upstream = upstream_v1.removesuffix("/v1")
        runs = [("ours (bounded)", True)] + ([("ours (unbounded)", False)] if args.unbounded_too else [])
        for name, bounded in runs:
            with CountingProxy(upstream, label_from_body=our_article) as proxy:
                res = run_ours(articles, proxy, args, bounded)
            results[name] = {**res, "proxy_errors": proxy.errors[:5], "counts": proxy.per_label()}
            rows += rows_for(name, res, proxy.per_label(), ids)
            print(f"{name}: exit {res['exit']}, {res['wall']:.1f} s, own totals {res['own_totals']}", flush=True)
        with CountingProxy(upstream) as proxy:
            res = run_langextract(articles, proxy, args)
        results["langextract"] = {**res, "proxy_errors": proxy.errors[:5], "counts": proxy.per_label()}
        rows += rows_for("langextract", res, proxy.per_label(), ids)
    os.environ.setdefault("COLUMNS", "150")  # rich's 80-column default for pipes squeezes the table
    print_table("Same server, same GGUF (Gemma 3 270M): cost per article",
                ["tool", "article", "requests", "prompt tok", "completion tok", "cut off", "seconds",
                 "status", "records"], rows)
    print(f"langextract import + setup: {results['langextract']['setup']:.1f} s (not in its TOTAL)")
    for name, res in results.items():
        for art, a in res["articles"].items():
            if a.get("error"):
                print(f"{name} {art}: {a['error']}")
            if a.get("classes"):
                print(f"{name} {art}: {a['classes']}")
        if res["proxy_errors"]:
            print(f"{name} non-200 answers: {res['proxy_errors']}")
    print("Quality is not compared: a 270M base model's extractions mean nothing; this is cost only.")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
