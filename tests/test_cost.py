"""Cost in money: prices, what each request and run cost, the cache's savings, the budget."""

from __future__ import annotations

import json
import sqlite3
import warnings
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from reliability_support import article_in_request, grounded, grounded_answer, write_articles

from extractor.backends import make_backend
from extractor.cache import ResponseCache
from extractor.cost import (
    BATCH_DISCOUNT,
    Budget,
    CostWarning,
    PriceBook,
    batch_spend,
    parse_price,
    prompt_chars,
)
from extractor.glean import GLEAN_INSTRUCTION
from extractor.pipeline import ExtractOptions, run_extraction
from extractor.testing import Answer, ScriptedOpenAIServer

MINI = "gpt-4o-mini"


def backend(srv: ScriptedOpenAIServer, model: str = MINI):
    return make_backend("openai", base_url=srv.base_url, api_key="sk-test-cost", model=model,
                        timeout=5.0, backoff_base=0.01, max_retry_seconds=2.0, max_attempts=2)


def ledger(out: Path) -> dict:
    return json.loads((out / "run.json").read_text())


def log_rows(cache: Path, run_id: str) -> list[tuple]:
    with sqlite3.connect(cache) as conn:
        return conn.execute("SELECT model, kind, prompt_tokens, completion_tokens, cost_usd FROM log"
                            " WHERE run_id = ?", (run_id,)).fetchall()


# -- prices ---------------------------------------------------------------------------------
def test_known_model_is_priced_by_genai_prices_offline():
    price = PriceBook().price("openai", MINI)
    assert price is not None and price.source.startswith("genai-prices openai/")
    assert (price.input_per_mtok, price.output_per_mtok) == (0.15, 0.6)
    assert price.cost(1_000_000, 500_000) == pytest.approx(0.45)


def test_price_flag_prices_an_unknown_model_and_wins_over_the_list():
    book = PriceBook([parse_price("llama3.1:8b=0.1:0.2"), parse_price(f"{MINI}=1:2")])
    assert book.cost("openai", "llama3.1:8b", 2_000_000, 1_000_000) == pytest.approx(0.4)
    assert book.price("openai", MINI).source == "--price"
    assert book.cost("openai", MINI, 1_000_000, 0) == pytest.approx(1.0)
    for bad in ("gpt-4o", "m=1", "m=a:b", "m=-1:2"):
        with pytest.raises(ValueError):
            parse_price(bad)


def test_unknown_price_is_null_with_one_warning():
    book = PriceBook()
    with pytest.warns(CostWarning, match="no-such-model") as caught:
        assert book.cost("openai", "no-such-model", 1000, 100) is None
        assert book.cost("openai", "no-such-model", 5, 5) is None
    assert len([w for w in caught if issubclass(w.category, CostWarning)]) == 1


def test_the_embedded_model_costs_nothing():
    assert PriceBook().cost("local", "gemma-3-270m", 10**6, 10**6) == 0.0


def test_batch_discount_from_the_price_data_and_for_given_prices():
    book = PriceBook([("mine", 2.0, 8.0)])
    batch = book.price("openai", MINI, batch=True)
    assert (batch.input_per_mtok, batch.output_per_mtok) == (0.075, 0.3)
    mine = book.price("openai", "mine", batch=True)
    assert (mine.input_per_mtok, mine.output_per_mtok) == (2.0 * BATCH_DISCOUNT, 8.0 * BATCH_DISCOUNT)
    spend = batch_spend(book, "openai", MINI, [(1_000_000, 0), (0, 1_000_000)])
    assert spend.cost_usd == pytest.approx(0.375)


# -- a run's cost -----------------------------------------------------------------------------
def _reask_once(seen: list[dict]):
    """Wrong value on the first look of each article, right on any later look."""
    looks: Counter = Counter()

    def respond(body: dict, index: int):
        seen.append(body)
        if body["messages"][0]["content"] == GLEAN_INSTRUCTION:
            return Answer({"kpis": []})
        answer = grounded(body)
        looks[article_in_request(body)] += 1
        if looks[article_in_request(body)] == 1:
            obj = json.loads(json.dumps(answer.obj))
            obj["meetings"][0]["kpis"][0]["value"] = 4321.0
            return Answer(obj)
        return answer
    return respond


def test_run_json_totals_equal_the_log_and_kinds_are_told_apart(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 3)
    cache_file = tmp_path / "cache.sqlite"
    seen: list[dict] = []
    with ScriptedOpenAIServer(responder=_reask_once(seen)) as srv:
        cache = ResponseCache(cache_file)
        summary = run_extraction(paths, tmp_path / "out", backend(srv),
                                 ExtractOptions(use_cache=True), cache=cache)
        cache.close()
        sent = srv.request_count
        # again: every chunk from the cache, nothing spent, what it cost counted as saved
        cache = ResponseCache(cache_file)
        again = run_extraction(paths, tmp_path / "again", backend(srv), ExtractOptions(), cache=cache)
        cache.close()
        assert srv.request_count == sent
    totals = ledger(tmp_path / "out")["totals"]
    rows = log_rows(cache_file, summary.run_id)
    assert len(rows) == len(seen) == totals["requests"]
    assert {r[1] for r in rows} >= {"first", "reask"}
    assert totals["cost_usd"] == pytest.approx(sum(r[4] for r in rows))
    assert totals["cost_usd_all_runs"] == pytest.approx(totals["cost_usd"])
    prices = PriceBook().price("openai", MINI)
    assert totals["cost_usd"] == pytest.approx(
        prices.cost(sum(r[2] for r in rows), sum(r[3] for r in rows)))
    mini = totals["by_model"][MINI]
    assert mini["requests"] == totals["requests"] and mini["cost_usd"] == totals["cost_usd"]
    assert mini["by_kind"]["first"]["requests"] == 3
    assert mini["by_kind"]["reask"]["requests"] == totals["reasks"] >= 3
    entries = ledger(tmp_path / "out")["articles"]
    assert sum(e["cost_usd"] for e in entries.values()) == pytest.approx(totals["cost_usd"])

    second = ledger(tmp_path / "again")["totals"]
    assert second["cost_usd"] == 0 and second["requests"] == 0
    assert second["saved_usd"] == pytest.approx(totals["cost_usd"])
    assert all(r.cost_usd == 0 for r in again.results)


def test_unknown_model_gives_null_cost_in_run_json(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 2)
    with ScriptedOpenAIServer(responder=grounded) as srv, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run_extraction(paths, tmp_path / "out", backend(srv, "house-model-7b"),
                       ExtractOptions(use_cache=False, glean=0))
    totals = ledger(tmp_path / "out")["totals"]
    assert totals["cost_usd"] is None and totals["by_model"]["house-model-7b"]["cost_usd"] is None
    assert totals["requests"] == 2
    assert len([w for w in caught if issubclass(w.category, CostWarning)]) == 1


# -- the budget -------------------------------------------------------------------------------
def test_budget_estimate_and_stop():
    book = PriceBook([("m", 1.0, 2.0)])

    class B:
        name, model = "openai", "m"

    kwargs = {"messages": [{"role": "user", "content": "x" * 2500}]}
    budget = Budget(0.01, book)
    ticket = budget.reserve(B(), kwargs, max_tokens=1000)
    # the request's characters at 2.5 a token, and 1,000 output tokens, at 1 and 2 USD per million
    chars = prompt_chars(kwargs)
    assert 2500 < chars < 2600
    assert ticket.estimate == pytest.approx((int(chars / 2.5) + 1 + 1000 * 2.0) / 1e6)
    budget.settle(ticket, prompt_tokens=700, completion_tokens=100)
    assert budget.spent == pytest.approx((700 + 200) / 1e6) and budget.reserved == pytest.approx(0)
    small = Budget(0.002, book)
    with pytest.raises(Exception, match="max-cost"):
        small.reserve(B(), kwargs, max_tokens=1000)
    assert small.refused == 1


def test_budget_stops_the_run_and_the_next_run_resumes(tmp_path: Path):
    paths = write_articles(tmp_path / "in", 10)
    out = tmp_path / "out"
    options = ExtractOptions(use_cache=False, glean=0, concurrency=1, prices=(("m", 100.0, 100.0),))
    with ScriptedOpenAIServer(responder=grounded) as srv:
        whole = run_extraction(paths[:1], tmp_path / "probe", backend(srv, "m"), options)
        one = whole.results[0].cost_usd
        # the first estimate (prompt at 2.5 characters a token, the whole output bound) is
        # about four articles' cost; later ones learn the tokens per character
        limit = one * 6
        stopped = run_extraction(paths, out, backend(srv, "m"),
                                 replace(options, max_cost=limit))
        sent, doc, written = srv.request_count, ledger(out), {f.stem for f in out.glob("art_*.json")}
        resumed = run_extraction(paths, out, backend(srv, "m"), options)  # the same run id
        resent = srv.request_count - sent
    assert stopped.stopped and not stopped.ok
    done = [r for r in stopped.results if r.status == "ok"]
    left = [r for r in stopped.results if r.status == "stopped"]
    assert len(done) >= 1 and len(left) >= 1 and len(done) + len(left) == 10
    assert doc["budget"]["stopped"] and doc["totals"]["stopped"] == len(left)
    spent = doc["budget"]["spent_usd"]
    assert spent <= limit and spent == pytest.approx(doc["totals"]["cost_usd"])
    assert limit - spent <= doc["budget"]["largest_estimate_usd"]
    assert written == {r.article_id for r in done}  # nothing written for the articles left
    assert resent == len(left)
    after = ledger(out)["totals"]
    assert after["cost_usd_all_runs"] == pytest.approx(doc["totals"]["cost_usd"] + after["cost_usd"])
    assert resumed.ok and {r.article_id for r in resumed.results if r.status == "ok"} == \
        {r.article_id for r in left}


def test_cli_budget_exit_code_and_message(tmp_path: Path):
    import subprocess
    import sys

    from e2e_helpers import repo_env

    paths = write_articles(tmp_path / "in", 4)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        cmd = [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"), "--out",
               str(tmp_path / "out"), "--backend", "openai", "--base-url", srv.base_url,
               "--model", "m", "--price", "m=100:100", "--max-cost", "0.0000001", "--no-cache",
               "-q", "-j", "1"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=repo_env(), timeout=120)
        assert srv.request_count == 0
    assert proc.returncode == 3, proc.stderr
    assert "stopped by --max-cost" in proc.stderr and f"{len(paths)} article(s) left" in proc.stderr
    no_price = subprocess.run([*cmd[:cmd.index("--price")], "--max-cost", "1", "-q"],
                              capture_output=True, text=True, env=repo_env(), timeout=120)
    assert no_price.returncode == 2 and "needs a price" in no_price.stderr


def test_answers_are_priced_where_the_answer_says_its_usage(tmp_path: Path):
    [path] = write_articles(tmp_path / "in", 1)
    answer = grounded_answer(path.read_text())
    with ScriptedOpenAIServer(script=[Answer(answer)]) as srv:
        summary = run_extraction([path], tmp_path / "out", backend(srv),
                                 ExtractOptions(use_cache=False, glean=0))
        [request] = srv.requests
    [result] = summary.results
    spend = result.spend[MINI]["first"]
    assert spend["requests"] == 1 and result.prompt_tokens == spend["prompt_tokens"] > 0
    assert result.cost_usd == pytest.approx(
        PriceBook().cost("openai", MINI, result.prompt_tokens, result.completion_tokens))
    assert request.body["model"] == MINI


def test_the_batch_path_charges_the_batch_price(tmp_path: Path):
    from extractor import batch as batch_lib

    paths = write_articles(tmp_path / "in", 3)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        online = run_extraction(paths, tmp_path / "online", backend(srv),
                                ExtractOptions(use_cache=False, glean=0))
        batch_lib.submit(paths, tmp_path / "batch", backend(srv), ExtractOptions(glean=0))
        report = batch_lib.collect(tmp_path / "batch", client=backend(srv).client)
    assert report.summary.ok and not report.pending
    totals = ledger(tmp_path / "batch")["totals"]
    online_totals = ledger(tmp_path / "online")["totals"]
    # the same requests and answers: the same tokens, at gpt-4o-mini's batch price (half)
    assert totals["prompt_tokens"] == online_totals["prompt_tokens"]
    assert totals["completion_tokens"] == online_totals["completion_tokens"]
    assert totals["cost_usd"] == pytest.approx(online_totals["cost_usd"] / 2, abs=1e-7)
    assert totals["by_model"][MINI]["requests"] == len(paths)
    assert all(r.cost_usd and r.cost_usd > 0 for r in online.results)


def test_eval_reports_cost_per_correct_record_and_f1_per_dollar(tmp_path: Path):
    from typer.testing import CliRunner

    from extractor.cli import app

    paths = write_articles(tmp_path / "in", 2)
    gold = tmp_path / "gold"
    with ScriptedOpenAIServer(responder=grounded) as srv:
        run_extraction(paths, tmp_path / "out", backend(srv), ExtractOptions(use_cache=False, glean=0))
    gold.mkdir()
    for f in (tmp_path / "out").glob("art_*.json"):
        record = json.loads(f.read_text())
        record.pop("provenance")
        (gold / f.name).write_text(json.dumps(record))
    res = CliRunner().invoke(app, ["eval", str(tmp_path / "out"), "--gold", str(gold), "--json",
                                   "--no-anls", "--articles", str(tmp_path / "in")])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    cost, overall = doc["cost"], doc["overall"]
    assert cost["cost_usd"] == pytest.approx(ledger(tmp_path / "out")["totals"]["cost_usd"], abs=1e-8)
    assert cost["correct_records"] == overall["tp"] > 0
    assert cost["cost_per_correct_record_usd"] == pytest.approx(cost["cost_usd"] / overall["tp"], rel=1e-4)
    assert cost["f1_per_usd"] == pytest.approx(overall["f1"] / cost["cost_usd"], rel=1e-3)
    text = CliRunner().invoke(app, ["eval", str(tmp_path / "out"), "--gold", str(gold), "--no-anls",
                                    "--articles", str(tmp_path / "in")])
    assert "correct records" in text.output and "F1 per dollar" in text.output


def test_cost_columns_in_the_database_and_the_exports(tmp_path: Path):
    from sqlalchemy import create_engine, text

    from extractor.db import load
    from extractor.export import export
    from extractor.rundir import read_run_dir

    paths = write_articles(tmp_path / "in", 2)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        run_extraction(paths, tmp_path / "out", backend(srv),
                       ExtractOptions(use_cache=False, glean=0, escalate_to=("gpt-4o",)))
    doc = ledger(tmp_path / "out")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    load([tmp_path / "out"], url)
    with create_engine(url).connect() as conn:
        run_cost = conn.execute(text("SELECT cost_usd FROM runs")).scalar_one()
        articles = dict(conn.execute(text("SELECT article_id, cost_usd FROM articles")).all())
        models = {r[0] for r in conn.execute(text("SELECT model FROM kpis")).all()}
    assert run_cost == pytest.approx(doc["totals"]["cost_usd_all_runs"]) and run_cost > 0
    assert articles == pytest.approx({k: v["cost_usd"] for k, v in doc["articles"].items()})
    assert models == {MINI}  # clean answers: nothing escalated, each KPI names its model
    export([read_run_dir(tmp_path / "out")], tmp_path / "tables", "jsonl")
    runs = [json.loads(line) for line in (tmp_path / "tables" / "runs.jsonl").read_text().splitlines()]
    rows = [json.loads(line) for line in (tmp_path / "tables" / "articles.jsonl").read_text().splitlines()]
    kpis = [json.loads(line) for line in (tmp_path / "tables" / "kpis.jsonl").read_text().splitlines()]
    assert runs[0]["cost_usd"] == pytest.approx(run_cost)
    assert {r["article_id"]: r["cost_usd"] for r in rows} == pytest.approx(articles)
    assert {k["model"] for k in kpis} == {MINI}


def test_cli_summary_says_nothing_spent_as_zero_dollars(tmp_path: Path):
    import subprocess
    import sys

    from e2e_helpers import repo_env

    write_articles(tmp_path / "in", 2)
    with ScriptedOpenAIServer(responder=grounded) as srv:
        cmd = [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"), "--out",
               str(tmp_path / "out"), "--backend", "openai", "--base-url", srv.base_url,
               "--model", "m", "--price", "m=0:0", "--no-cache", "-j", "1"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=repo_env(), timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.startswith("cost:")]
    assert lines == [f"cost: $0 = m $0 ({srv.request_count} requests)"]
