"""What a run costs in money: prices, the spend of each request, a budget.

* **Prices.** :class:`PriceBook` gives a model's price in USD per million input and
  output tokens: the user's ``--price MODEL=IN:OUT`` first, then ``genai-prices``
  (maintained list prices with provider and date, shipped with the package and read
  offline: its updater is never started), and 0 for the embedded model. A model with
  no price costs ``None`` -- never a silent 0 -- and is warned about once.
* **Spend.** Every request a run makes is priced where it is logged, by its model and
  its kind (:data:`KINDS`); :class:`Spend` adds them up per article, and
  :func:`cost_totals` per run (``run.json``'s ``totals.cost_usd`` and ``by_model``).
  A cached answer costs 0, and what it cost when it was made is counted as saved.
* **Budget.** :class:`Budget` (``--max-cost``) is consulted by the backend before each
  request: the cost so far, plus what requests in flight may still cost, plus this
  request's prompt tokens and its output bound (``max_tokens``) at the model's price,
  must stay within the limit; otherwise :class:`BudgetExhausted` is raised and the
  request is not sent. The article it belongs to is left for the next run.

This module imports nothing heavy: ``genai_prices`` is imported on the first lookup.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from extractor.backends.base import REQUEST_BUDGET, BackendError

#: request kinds: an article chunk's first request, a re-ask after errors, a follow-up
#: for uncovered figures, and the first request to a model escalated to
KINDS = ("first", "reask", "followup", "escalation")
#: backends that run on this machine: their requests cost nothing
LOCAL_BACKENDS = frozenset({"local"})
#: OpenAI's Batch API charges half the online price; used when the price data has no
#: batch price of its own for the model (and for ``--price`` prices)
BATCH_DISCOUNT = 0.5
#: prompt characters per token assumed before a model's first answer says otherwise
#: (low: Cyrillic and Arabic text spend more tokens per character than Latin)
CHARS_PER_TOKEN = 2.5
#: a model's tokens per character, learned from its answers, times this: a request of
#: another shape (a re-ask's long messages beside a fixed tool schema) reads denser
LEARNED_MARGIN = 1.25
MILLION = 1_000_000


class CostWarning(UserWarning):
    """A model has no known price: its cost is recorded as null."""


class CostError(ValueError):
    """A budget that cannot be kept: a model it may call has no price."""


class BudgetExhausted(BackendError):
    """A request was not sent: its estimated cost would pass ``--max-cost``."""


@dataclass(frozen=True)
class Price:
    """USD per million input and output tokens, and where the figures come from."""

    input_per_mtok: float
    output_per_mtok: float
    source: str

    def cost(self, prompt_tokens: int, completion_tokens: int) -> float:
        return (prompt_tokens * self.input_per_mtok + completion_tokens * self.output_per_mtok) / MILLION


def parse_price(text: str) -> tuple[str, float, float]:
    """``"MODEL=IN:OUT"`` (USD per million tokens) -> (model, in, out).

    The last ``=`` ends the model name, which may hold ``:`` (``llama3.1:8b``).
    """
    model, eq, figures = text.rpartition("=")
    low, colon, high = figures.partition(":")
    try:
        if not (model and eq and colon):
            raise ValueError
        prices = float(low), float(high)
    except ValueError:
        raise ValueError(f"expected MODEL=IN:OUT (USD per million tokens), got {text!r}") from None
    if min(prices) < 0:
        raise ValueError(f"a price cannot be negative: {text!r}")
    return model, *prices


def _genai_price(model: str, batch: bool) -> Price | None:
    """The list price of ``model`` from genai-prices' bundled data, or None."""
    try:
        from genai_prices import Usage, calc_price
    except ImportError:  # not installed (it needs Python 3.11+)
        return None
    usage = Usage(input_tokens=MILLION, output_tokens=MILLION)
    try:
        found = calc_price(usage, model)
    except LookupError:
        return None
    source = f"genai-prices {found.provider.id}/{found.model.id}"
    if not batch:
        return Price(float(found.input_price), float(found.output_price), source)
    variants = found.model.price_variants or ()
    if any(v.when.get("processing") == "batch" for v in variants):
        priced = calc_price(usage, model, provider_id=found.provider.id,
                            price_context={"processing": "batch"})
        return Price(float(priced.input_price), float(priced.output_price), f"{source} (batch)")
    return _discounted(Price(float(found.input_price), float(found.output_price), source))


def _discounted(price: Price) -> Price:
    return Price(price.input_per_mtok * BATCH_DISCOUNT, price.output_per_mtok * BATCH_DISCOUNT,
                 f"{price.source} x {BATCH_DISCOUNT} (batch)")


class PriceBook:
    """Model prices for one run: ``--price`` first, then genai-prices; thread-safe.

    A model with no price is warned about once (:class:`CostWarning`) and costs None.
    """

    def __init__(self, overrides: Iterable[tuple[str, float, float]] = ()):
        """``overrides``: (model, USD per million input tokens, per million output tokens)."""
        self.overrides = {str(m): (float(i), float(o)) for m, i, o in overrides}
        self._found: dict[tuple[str, str, bool], Price | None] = {}
        self._lock = threading.Lock()

    def price(self, backend: str, model: str, *, batch: bool = False) -> Price | None:
        key = (backend, model, batch)
        with self._lock:
            if key in self._found:
                return self._found[key]
        found = self._lookup(backend, model, batch)
        with self._lock:
            first = key not in self._found
            self._found[key] = found
        if found is None and first:
            warnings.warn(f"no price for model {model!r}: its cost is recorded as null; give one "
                          f"with --price '{model}=IN:OUT' (USD per million tokens)",
                          CostWarning, stacklevel=2)
        return found

    def _lookup(self, backend: str, model: str, batch: bool) -> Price | None:
        if backend in LOCAL_BACKENDS:
            return Price(0.0, 0.0, "local model")
        if model in self.overrides:
            price = Price(*self.overrides[model], "--price")
            return _discounted(price) if batch else price
        return _genai_price(model, batch)

    def cost(self, backend: str, model: str, prompt_tokens: int, completion_tokens: int, *,
             batch: bool = False) -> float | None:
        price = self.price(backend, model, batch=batch)
        return None if price is None else price.cost(prompt_tokens, completion_tokens)


# -- what was spent ----------------------------------------------------------------------
def _plus(a: float | None, b: float | None) -> float | None:
    """Sums of money where an unknown part makes the sum unknown."""
    return None if a is None or b is None else a + b


@dataclass
class Spend:
    """Requests, tokens and money by model and kind (one article, or a run)."""

    # model -> kind -> {"requests", "prompt_tokens", "completion_tokens", "cost_usd"}
    by_model: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    def add(self, model: str, kind: str, prompt_tokens: int, completion_tokens: int,
            cost_usd: float | None, requests: int = 1) -> None:
        row = self.by_model.setdefault(model, {}).setdefault(
            kind, {"requests": 0, "prompt_tokens": 0, "completion_tokens": 0, "cost_usd": 0.0})
        row["requests"] += requests
        row["prompt_tokens"] += prompt_tokens
        row["completion_tokens"] += completion_tokens
        row["cost_usd"] = _plus(row["cost_usd"], cost_usd)

    def merge(self, other: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> None:
        for model, kinds in other.items():
            for kind, row in kinds.items():
                self.add(model, kind, row.get("prompt_tokens", 0), row.get("completion_tokens", 0),
                         row.get("cost_usd"), row.get("requests", 0))

    @property
    def cost_usd(self) -> float | None:
        total: float | None = 0.0
        for kinds in self.by_model.values():
            for row in kinds.values():
                total = _plus(total, row["cost_usd"])
        return None if total is None else round(total, 8)

    def summary(self) -> dict[str, Any]:
        """``by_model`` (requests, tokens, cost and kinds per model) and ``by_kind``."""
        models: dict[str, Any] = {}
        kinds: dict[str, dict[str, Any]] = {}
        for model, rows in self.by_model.items():
            one = Spend({model: rows})
            models[model] = {
                "requests": sum(r["requests"] for r in rows.values()),
                "prompt_tokens": sum(r["prompt_tokens"] for r in rows.values()),
                "completion_tokens": sum(r["completion_tokens"] for r in rows.values()),
                "cost_usd": one.cost_usd,
                "by_kind": {k: {**r, "cost_usd": _round(r["cost_usd"])} for k, r in rows.items()},
            }
            for kind, row in rows.items():
                slot = kinds.setdefault(kind, {"requests": 0, "cost_usd": 0.0})
                slot["requests"] += row["requests"]
                slot["cost_usd"] = _plus(slot["cost_usd"], row["cost_usd"])
        return {"by_model": models,
                "by_kind": {k: {**v, "cost_usd": _round(v["cost_usd"])} for k, v in kinds.items()}}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 8)


def exchange_kind(base: str, reask: int) -> str:
    """The kind of one request of a structured call: its first one is ``base``."""
    return "reask" if reask and base in ("first", "escalation") else base


def price_exchanges(exchanges: Iterable[Any], prices: PriceBook, backend: str, model: str,
                    kind: str) -> None:
    """Give each request of one call its model, kind and cost (for the log and the totals)."""
    for ex in exchanges:
        if ex.kind is not None:
            continue  # already priced (a call is logged once, but may be passed on twice)
        ex.model = model
        ex.kind = exchange_kind(kind, ex.reask)
        ex.cost_usd = (0.0 if ex.error and not (ex.prompt_tokens or ex.completion_tokens)
                       else prices.cost(backend, model, ex.prompt_tokens, ex.completion_tokens))


def spend_of(exchanges: Iterable[Any]) -> Spend:
    """What priced requests (:func:`price_exchanges`) add up to; failed ones count 0 requests."""
    spend = Spend()
    for ex in exchanges:
        if ex.kind is None:
            continue
        spend.add(ex.model, ex.kind, ex.prompt_tokens, ex.completion_tokens, ex.cost_usd,
                  requests=0 if ex.error else 1)
    return spend


def batch_spend(prices: PriceBook, backend: str, model: str,
                usages: Iterable[tuple[int, int]]) -> Spend:
    """What answered Batch API requests cost: each at the model's batch price."""
    spend = Spend()
    for prompt_tokens, completion_tokens in usages:
        spend.add(model, "first", prompt_tokens, completion_tokens,
                  prices.cost(backend, model, prompt_tokens, completion_tokens, batch=True))
    return spend


def charge(result: Any, spend: Spend, saved_usd: float | None = 0.0) -> None:
    """Record an article's spend on its ``ArticleResult`` (``run.json``'s entry)."""
    result.spend = spend.by_model
    result.cost_usd = spend.cost_usd
    result.saved_usd = _round(saved_usd)


def cost_totals(results: Iterable[Any], previous: Mapping[str, Any] | None = None,
                run_id: str | None = None) -> dict[str, Any]:
    """``run.json`` totals for this run's results: cost, saved, by model and by kind.

    ``cost_usd_all_runs`` adds what earlier runs of the same run id into this folder
    spent (from the previous ledger): the sum of the log's rows of that run id.
    """
    spend = Spend()
    saved: float | None = 0.0
    for r in results:
        spend.merge(getattr(r, "spend", None) or {})
        saved = _plus(saved, getattr(r, "saved_usd", 0.0))
    before: float | None = 0.0
    if previous and previous.get("run_id") == run_id:
        before = (previous.get("totals") or {}).get("cost_usd_all_runs", 0.0)
    return {"cost_usd": spend.cost_usd, "saved_usd": _round(saved),
            "cost_usd_all_runs": _round(_plus(before, spend.cost_usd)), **spend.summary()}


def eval_cost(ledger: Mapping[str, Any], correct: int, f1: float | None) -> dict[str, Any] | None:
    """``extractor eval``'s cost figures: what the scored records cost (the articles'
    ``cost_usd`` in run.json), per correct record, and F1 per dollar. None without a ledger."""
    articles = (ledger or {}).get("articles") or {}
    if not articles:
        return None
    cost: float | None = 0.0
    for entry in articles.values():
        if entry.get("status") == "ok":
            cost = _plus(cost, entry.get("cost_usd", 0.0))
    per_record = cost / correct if cost is not None and correct else None
    per_usd = f1 / cost if cost and f1 is not None else None
    return {"cost_usd": _round(cost), "correct_records": correct,
            "cost_per_correct_record_usd": _round(per_record),
            "f1_per_usd": None if per_usd is None else round(per_usd, 4)}


# -- the budget --------------------------------------------------------------------------
@dataclass
class Ticket:
    """A request admitted by the budget: what it was estimated to cost at most."""

    backend: str
    model: str
    estimate: float
    chars: int


class Budget:
    """``--max-cost``: no request starts whose estimated cost would pass ``limit``.

    ``spent`` is what answered requests cost; ``reserved`` what requests in flight
    were estimated to cost at most (their prompt and their output bound). A request
    that fits only once those have ended waits for them; one that cannot fit is
    refused, and its article is left for the next run, while smaller requests (a
    cheap model's first look at another article) may still fit.
    """

    def __init__(self, limit: float, prices: PriceBook):
        self.limit = float(limit)
        self.prices = prices
        self.spent = 0.0
        self.reserved = 0.0
        self.refused = 0
        self.largest_estimate = 0.0
        self.largest_cost = 0.0
        self._tokens_per_char: dict[str, float] = {}
        self._changed = threading.Condition()

    def report(self) -> dict[str, Any]:
        """``run.json``'s ``budget``: the limit, what was spent, whether it stopped the run."""
        return {"max_cost_usd": self.limit, "spent_usd": round(self.spent, 8),
                "stopped": self.refused > 0, "refused_requests": self.refused,
                "largest_estimate_usd": round(self.largest_estimate, 8),
                "largest_request_usd": round(self.largest_cost, 8)}

    def _estimate(self, price: Price, model: str, chars: int, max_tokens: int) -> float:
        learned = self._tokens_per_char.get(model)
        ratio = 1 / CHARS_PER_TOKEN if learned is None else learned * LEARNED_MARGIN
        return price.cost(int(chars * ratio) + 1, max_tokens)

    def _admit(self, price: Price, model: str, chars: int, max_tokens: int) -> float | None:
        """The estimate when the request fits now; None when it must wait for requests in
        flight; raises BudgetExhausted when it cannot fit even after they end."""
        estimate = self._estimate(price, model, chars, max_tokens)
        if self.spent + self.reserved + estimate <= self.limit:
            self.reserved += estimate
            self.largest_estimate = max(self.largest_estimate, estimate)
            return estimate
        if self.reserved > 0 and self.spent + estimate <= self.limit:
            return None  # it may fit once the requests in flight have cost what they cost
        self.refused += 1
        raise BudgetExhausted(
            f"--max-cost {self.limit:g} USD reached: spent {self.spent:.6f}, next request "
            f"estimated at {estimate:.6f}")

    def _price(self, backend: Any) -> Price:
        price = self.prices.price(backend.name, backend.model)
        if price is None:
            raise BudgetExhausted(f"--max-cost: no price for model {backend.model!r} (give --price)")
        return price

    def reserve(self, backend: Any, kwargs: Mapping[str, Any], max_tokens: int) -> Ticket:
        """Admit one request of ``backend`` (its body ``kwargs``) or raise BudgetExhausted;
        waits while it fits only once requests in flight have ended (a worker thread)."""
        price, chars = self._price(backend), prompt_chars(kwargs)
        with self._changed:
            while (estimate := self._admit(price, backend.model, chars, max_tokens)) is None:
                self._changed.wait(0.05)
        return Ticket(backend.name, backend.model, estimate, chars)

    async def areserve(self, backend: Any, kwargs: Mapping[str, Any], max_tokens: int) -> Ticket:
        """:meth:`reserve` for the event loop: the wait does not block the loop."""
        import asyncio

        price, chars = self._price(backend), prompt_chars(kwargs)
        while True:
            with self._changed:
                estimate = self._admit(price, backend.model, chars, max_tokens)
            if estimate is not None:
                return Ticket(backend.name, backend.model, estimate, chars)
            await asyncio.sleep(0.01)

    def settle_answer(self, ticket: Ticket | None, completion: Any) -> None:
        """The request of ``ticket`` ended with ``completion`` (None: no answer, no cost)."""
        usage = getattr(completion, "usage", None)
        self.settle(ticket, getattr(usage, "prompt_tokens", 0) or 0,
                    getattr(usage, "completion_tokens", 0) or 0)

    def settle(self, ticket: Ticket | None, prompt_tokens: int = 0, completion_tokens: int = 0) -> None:
        """The request of ``ticket`` ended: its actual cost replaces the reservation."""
        if ticket is None:
            return
        cost = self.prices.cost(ticket.backend, ticket.model, prompt_tokens, completion_tokens) or 0.0
        with self._changed:
            self._changed.notify_all()
            self.reserved -= ticket.estimate
            self.spent += cost
            self.largest_cost = max(self.largest_cost, cost)
            if prompt_tokens and ticket.chars:
                seen = prompt_tokens / ticket.chars
                self._tokens_per_char[ticket.model] = max(seen, self._tokens_per_char.get(ticket.model, 0.0))


def prompt_chars(kwargs: Mapping[str, Any]) -> int:
    """Characters of what a request sends the model: messages, tools, response format."""
    parts = [kwargs.get(k) for k in ("messages", "tools", "response_format")]
    return len(json.dumps([p for p in parts if p], ensure_ascii=False, default=str))


def budget_for(limit: float | None, prices: PriceBook, backends: Iterable[Any]) -> Budget | None:
    """The run's ``--max-cost`` budget (None without one); each model it may call needs a
    price, or the budget could not be kept (:class:`CostError`)."""
    if limit is None:
        return None
    for b in backends:
        if prices.price(b.name, b.model) is None:
            raise CostError(f"--max-cost needs a price for model {b.model!r}: give --price")
    return Budget(limit, prices)


#: The running pipeline's budget (None: no ``--max-cost``); the backends read it.
BUDGET = REQUEST_BUDGET
