"""LLM judges: one rubric, one model, temperature 0, through core/llm.py (the one litellm call site)."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.budget import SpendGate
from core.scorers.base import LABEL_VALUES, Score, ScoreInput
from core.scorers.rubrics import Rubric

_JSON = re.compile(r"\{[^{}]*\}", re.S)


def parse_reply(reply: str, rubric: Rubric) -> Score:
    """The score in a judge's reply; anything else is a parse failure (counted, never guessed)."""
    for m in _JSON.finditer(reply):
        try:
            obj = json.loads(m.group(0))
        except json.JSONDecodeError:
            continue
        if not isinstance(obj, dict):
            continue
        if rubric.output == "number" and "score" in obj:
            v = obj["score"]
            if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and -1 <= v <= 1:
                return Score(value=float(v))
        if rubric.output == "label" and isinstance(obj.get("label"), str):
            lab = obj["label"].strip().lower().replace(" ", "_").replace("-", "_")
            if lab in rubric.labels:
                return Score(value=LABEL_VALUES[rubric.dimension][lab], label=lab)
    return Score(value=None, ok=False, detail="unparsed: " + " ".join(reply.split())[:200])


def judge_version(rubric: Rubric) -> str:
    """A judge's cache version: the rubric's declared version and its file's hash (an edit rescores)."""
    return f"{rubric.version}-{rubric.sha256[:12]}"


NOT_SENT = "error: not sent (judge budget reached)"
"""Detail of a score the budget did not let through; `error:` keeps it out of the cache, so a later run tries."""


def judge_price(model: str) -> Any:
    """The judge's price as core.collect prices a model (litellm's table; 0 for fake/ and local/); None if unknown."""
    from core.collect import Price
    from core.llm import price_per_token

    known = price_per_token(model)
    return Price(known[0], known[1], False) if known is not None else None


class JudgeBudget(SpendGate):
    """A USD cap shared by every judge of one scoring, held the way the collector holds a run's budget.

    Before each call its worst case (prompt bound x input price + max_tokens x output price) is
    reserved; a call starts only if spend + reservations + its worst case fit under the cap and the
    cap is not yet reached. What a call cost is the provider's figure (litellm's price or one a
    provider stamps), else the worst case. `cap_usd=None` counts spend without a cap.
    """

    def __init__(self, cap_usd: float | None) -> None:
        super().__init__(cap_usd, stop_when_reached=True)


class JudgeScorer:
    """Scores with an LLM judge; `n_calls` and `n_parse_failures` count what it did."""

    def __init__(self, model: str, rubric: Rubric, *, responder: Any = None, concurrency: int = 4,
                 params: dict[str, Any] | None = None, api_key: str | None = None, timeout: float = 60.0,
                 budget: JudgeBudget | None = None, price: Any = None) -> None:
        self.model = model
        self.rubric = rubric
        self.dimension = rubric.dimension
        self.id = f"judge:{model}:{rubric.id}"
        self.version = judge_version(rubric)
        self._responder = responder
        self.concurrency = max(1, concurrency)
        self.params = {**(params or {}), "temperature": 0, "max_tokens": 100}
        self._api_key = api_key
        self.timeout = timeout
        self.n_calls = 0
        self.n_parse_failures = 0
        self.n_errors = 0
        self.budget = budget
        """Shared with the other judges of the same scoring; None sends every call uncounted."""
        self.price = price
        """core.collect.Price of the model (None: only the provider's reported cost is counted)."""

    @property
    def responder(self) -> Any:
        """core.llm's LitellmResponder unless one was given."""
        if self._responder is None:
            from core.llm import LitellmResponder

            self._responder = LitellmResponder()
        return self._responder

    def score(self, items: Sequence[ScoreInput]) -> list[Score]:
        """One Score per input; unparsed replies are ok=False, failed calls say `error:` in detail."""
        return asyncio.run(self._score_all(items))

    async def _score_all(self, items: Sequence[ScoreInput]) -> list[Score]:
        gate = asyncio.Semaphore(self.concurrency)

        async def one(item: ScoreInput) -> Score:
            async with gate:
                return await self._score_one(item)

        return list(await asyncio.gather(*(one(i) for i in items)))

    async def _score_one(self, item: ScoreInput) -> Score:
        if not item.text.strip():
            return Score(value=None, detail="empty answer")
        messages = self.rubric.render(item.question, item.text, item.context)
        worst = 0.0
        if self.budget is not None:
            from core.collect import worst_cost

            worst = worst_cost(self.price, messages, int(self.params["max_tokens"]))
            if not await self.budget.reserve(worst):
                return Score(value=None, detail=NOT_SENT)
        self.n_calls += 1
        try:
            reply = await self.responder.respond(self.model, messages, dict(self.params), api_key=self._api_key,
                                                 timeout=self.timeout)
        except Exception as e:  # not cached: the next analyze tries again
            self.n_errors += 1
            if self.budget is not None:
                from core.collect import failure_cost

                self.budget.settle(worst, failure_cost(e, worst))
            return Score(value=None, ok=False, detail=f"error: {type(e).__name__}")
        if self.budget is not None:
            from core.collect import reply_cost

            self.budget.settle(worst, reply_cost(self.price, reply, worst))
        s = parse_reply(reply.text, self.rubric)
        if not s.ok:
            self.n_parse_failures += 1
        return s


@dataclass(frozen=True)
class JudgeAgreement:
    """Two judges on the same responses, one dimension."""

    dimension: str
    """valence | frame | experience."""
    judge_a: str
    """First judge's model."""
    judge_b: str
    """Second judge's model."""
    n: int
    """Responses both judges scored."""
    agreement: float | None
    """Share with the same value."""
    kappa: float | None
    """Cohen's kappa (label dimensions)."""
    spearman: float | None
    """Spearman's rho (valence)."""


def agreement(a: Sequence[Score], b: Sequence[Score]) -> dict[str, float | int | None]:
    """Two judges on the same responses: n both scored, exact agreement, Cohen's kappa (labels) or Spearman."""
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if x.value is not None and y.value is not None]
    out: dict[str, float | int | None] = {"n": len(pairs), "agreement": None, "kappa": None, "spearman": None}
    if not pairs:
        return out
    out["agreement"] = sum(x.value == y.value for x, y in pairs) / len(pairs)
    if pairs[0][0].label is not None:
        cats = sorted({p.label or "" for pair in pairs for p in pair})
        n = len(pairs)
        pa = {c: sum(x.label == c for x, _ in pairs) / n for c in cats}
        pb = {c: sum(y.label == c for _, y in pairs) / n for c in cats}
        pe = sum(pa[c] * pb[c] for c in cats)
        po = float(out["agreement"] or 0.0)
        out["kappa"] = None if pe >= 1 else (po - pe) / (1 - pe)
    else:
        from core.scorers.validity import rho

        out["spearman"] = rho([x.value or 0.0 for x, _ in pairs], [y.value or 0.0 for _, y in pairs])
    return out
