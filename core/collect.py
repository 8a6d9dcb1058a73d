"""The collector: send a study's cells through litellm, one retry loop, a budget, resumable.

At most `concurrency` cells are in flight. Every finished cell (answer or final error) is
committed to the store at once, so a killed run loses only the cells in flight and a rerun
sends exactly the cells not yet stored OK.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import os
import random
import time
import uuid
from collections import deque
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from core.budget import SpendGate
from core.errors import InputError
from core.llm import TRANSPORT_ERRORS, Responder, is_local
from core.progress import progress_bar
from core.records import Cell, ModelSpec, Response, Study
from core.redact import clip, resolve_env, scrub_values
from core.store import CellKey, Store, Stored, read_cells
from core.study import price_per_mtok, sampling_params

# Statuses worth another attempt besides 5xx: request timeout, conflict, too early, rate limit.
RETRY_STATUS = frozenset({408, 409, 425, 429})
# Params that steer our loop rather than the request; never passed on to litellm.
LOOP_PARAMS = ("max_retries", "num_retries", "timeout")
# The longest error message stored or printed per cell.
ERROR_CHARS = 500
# Written over a cell before a priced attempt is sent; a run killed mid-request leaves it, so the
# attempt's worst-case cost still counts against the budget and the cell is sent again.
IN_FLIGHT = "InFlight: the run stopped while this request was in flight (counted at its worst-case cost)"


class EmptyReply(Exception):
    """The provider answered with no text: worth another attempt, never an answer."""

    def __init__(self, cost: float) -> None:
        super().__init__("the model returned no text")
        self.cost = cost
        """What the empty reply cost."""
# Sent as the key to an api_base with no api_key_env (the vLLM convention for "no auth").
NO_KEY = "EMPTY"


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try one cell."""

    max_retries: int = 4
    """Retries after the first attempt; attempts = max_retries + 1."""
    base_delay: float = 0.5
    """First backoff ceiling in seconds; doubles per retry (full jitter below it)."""
    max_delay: float = 30.0
    """Backoff ceiling in seconds."""
    max_retry_after: float = 120.0
    """Longest Retry-After we honour, in seconds."""
    timeout: float = 60.0
    """Per-attempt timeout in seconds."""


@dataclass(frozen=True)
class Plan:
    """What a run will do: every cell, those still to send, and what the store already holds."""

    cells: tuple[Cell, ...]
    """All cells of the study."""
    todo: tuple[Cell, ...]
    """Cells not yet stored OK (missing or stored as errors), in study order."""
    stored_ok: int
    """Cells already answered."""
    stored_errors: int
    """Cells stored as errors; they are sent again."""
    spent_usd: float
    """Cost of the study's stored responses; counts against the budget."""


@dataclass
class Summary:
    """What a run did."""

    total: int = 0
    already: int = 0
    sent: int = 0
    ok: int = 0
    errors: int = 0
    attempts: int = 0
    empty: int = 0
    kept: int = 0
    spent_usd: float = 0.0
    known_usd: float = 0.0
    """This run's priced attempts whose reply (or error status) was seen: their usage at our price."""
    reserve_usd: float = 0.0
    """This run's priced attempts whose outcome was never seen (timeouts, drops): their worst case."""
    budget_hit: bool = False
    interrupted: bool = False
    elapsed_s: float = 0.0
    error_samples: list[str] = field(default_factory=list)

    @property
    def not_sent(self) -> int:
        """Cells neither stored before nor finished now."""
        return self.total - self.already - self.sent

    def lines(self, study: str, budget: float | None) -> list[str]:
        """A short human summary."""
        out = [
            f"study {study}: {self.ok} answered, {self.errors} errors, {self.not_sent} not sent, "
            f"{self.already} stored before (total {self.total}); {self.attempts} requests in "
            f"{self.elapsed_s:.1f} s; spend ${self.spent_usd:.4f}"
            + (f" of ${budget:.4f}" if budget is not None else "")
        ]
        if self.known_usd or self.reserve_usd:
            out.append(f"this run: ${self.known_usd:.4f} seen in replies + ${self.reserve_usd:.4f} reserved at "
                       "worst case for attempts whose outcome was never seen (timeouts, dropped connections)")
        if self.budget_hit:
            out.append("budget reached: no new requests were started; raise --budget to continue")
        if self.interrupted:
            out.append("interrupted: everything finished so far is stored; rerun to continue")
        if self.empty:
            out.append(f"{self.empty} empty replies were retried (cells still empty are stored as errors)")
        if self.kept:
            out.append(f"{self.kept} cells were already answered by another run; their stored answers were kept")
        for e in self.error_samples:
            out.append(f"  error: {e}")
        if self.errors:
            out.append("cells stored as errors are sent again on the next run")
        return out


# ---------------------------------------------------------------------------------------------
# Planning: what is stored, what is left, and whether the study changed under us.


def read_stored(path: Path, study: str) -> Stored:
    """Read a study's stored cells without writing anything (read-only; absent store = empty)."""
    return read_cells(path, study)


def key(cell: Cell) -> CellKey:
    """The store's unique key of a cell."""
    return (cell.model.model, cell.question.id, cell.context.id, cell.sample)


def plan_run(study: Study, cells: Sequence[Cell], stored: Stored, store_path: Path) -> Plan:
    """Split cells into done and to-do; refuse when stored rows came from different requests."""
    expected = {key(c): c.request_hash for c in cells}
    changed = sum(1 for k, (h, _) in stored.states.items() if k in expected and h != expected[k])
    gone = sum(1 for k in stored.states if k not in expected)
    if changed or gone:
        what = ", ".join(p for p in (f"{changed} with different prompts or parameters" if changed else "",
                                     f"{gone} no longer in the study" if gone else "") if p)
        raise InputError(
            study.source, "name",
            f"study '{study.name}' in {store_path} holds responses that do not match this file ({what}); "
            f"rerun with --rename NEW to collect it as a new study",
        )
    todo = tuple(c for c in cells if not stored.states.get(key(c), ("", False))[1])
    ok = sum(1 for _, good in stored.states.values() if good)
    return Plan(tuple(cells), todo, ok, len(stored.states) - ok, stored.spent_usd)


# ---------------------------------------------------------------------------------------------
# The retry loop.


def retry_after_seconds(exc: BaseException, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (Retry-After / retry-after-ms), if it said."""
    sources: list[Any] = [getattr(getattr(exc, "response", None), "headers", None), getattr(exc, "headers", None),
                          getattr(exc, "litellm_response_headers", None)]
    for headers in sources:
        if not headers:
            continue
        try:
            ms = headers.get("retry-after-ms")
            raw = headers.get("retry-after") or headers.get("Retry-After")
        except Exception:
            continue
        if ms:
            try:
                return max(0.0, float(ms) / 1000)
            except ValueError:
                pass
        if raw:
            try:
                return max(0.0, float(raw))
            except ValueError:
                try:
                    when = email.utils.parsedate_to_datetime(str(raw))
                except (TypeError, ValueError):
                    continue
                ref = now if now is not None else time.time()
                return max(0.0, when.timestamp() - ref)
    return None


def is_retryable(exc: BaseException) -> bool:
    """429, 5xx, timeouts and connection errors are worth another attempt; other 4xx are not."""
    if isinstance(exc, (*TRANSPORT_ERRORS, EmptyReply)):
        return True
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        return status in RETRY_STATUS or status >= 500
    return False


def backoff_delay(attempt: int, retry_after: float | None, policy: RetryPolicy, rng: random.Random) -> float:
    """Full-jitter exponential backoff for retry `attempt` (0-based); never shorter than Retry-After."""
    ceiling = min(policy.max_delay, policy.base_delay * (2 ** attempt))
    delay = rng.uniform(0.0, ceiling)
    if retry_after is not None:
        delay = max(delay, min(retry_after, policy.max_retry_after))
    return delay


def describe(exc: BaseException, attempts: int, secrets: Iterable[str]) -> str:
    """One line for the store and the terminal: class, status, attempts, scrubbed message."""
    status = getattr(exc, "status_code", None)
    name = "Timeout" if isinstance(exc, TimeoutError) else type(exc).__name__
    msg = " ".join(str(exc).split()) or "no message"
    head = f"{name}" + (f" ({status})" if isinstance(status, int) else "")
    # scrubbed before and after the cut: a key straddling it must not survive in part
    return clip(f"{head} after {attempts} attempt{'s' if attempts != 1 else ''}: {msg}", ERROR_CHARS, secrets)


# ---------------------------------------------------------------------------------------------
# What a request may cost.


@dataclass(frozen=True)
class Price:
    """USD per token of one model."""

    input: float
    """Per prompt token."""
    output: float
    """Per completion token."""
    ours: bool
    """True when it came from the study's price_per_mtok (we then compute each reply's cost ourselves)."""


def model_price(spec: ModelSpec) -> Price | None:
    """The study's price_per_mtok, else litellm's price table (0 for local/); None when unknown."""
    own = price_per_mtok(spec.params)
    if own is not None:
        return Price(own[0] / 1e6, own[1] / 1e6, True)
    from core.llm import price_per_token, provider_prefix

    if provider_prefix(spec.model) == "fake":
        return None  # the fake stands in for a paid model: its price must be given, as for an unknown one
    known = price_per_token(spec.model)
    return Price(known[0], known[1], False) if known is not None else None


def check_budget(study: Study, budget: float | None) -> None:
    """A budget needs every model's price: refuse (one line, naming the field) when one is unknown."""
    if budget is None:
        return
    for i, m in enumerate(study.models):
        if model_price(m) is None:
            raise InputError(study.source, f"models[{i}].params.price_per_mtok",
                             f"a budget is set but the price of {m.model} is unknown; give price_per_mtok "
                             "(USD per million tokens, a number or {input: X, output: Y}) or drop the budget")


def prompt_bound(messages: Sequence[dict[str, Any]]) -> int:
    """An upper bound on a chat's prompt tokens: its UTF-8 bytes as JSON (a token is at least a byte)."""
    return len(json.dumps(list(messages), ensure_ascii=False).encode())


def worst_cost(price: Price | None, messages: Sequence[dict[str, Any]], max_tokens: int) -> float:
    """The most one attempt can cost: every prompt token, plus max_tokens of completion."""
    if price is None or (price.input == 0 and price.output == 0):
        return 0.0
    return prompt_bound(messages) * price.input + max_tokens * price.output


def reply_cost(price: Price | None, reply: Any, worst: float) -> float:
    """What an answered attempt cost: our price x reported tokens, else the provider's figure."""
    if price is None or not price.ours:
        return float(reply.cost_usd or 0.0)
    if reply.input_tokens is None or reply.output_tokens is None:
        return worst  # no usage reported: assume the worst
    return reply.input_tokens * price.input + reply.output_tokens * price.output


# Sent with every priced attempt to an HTTP provider, so its logs / bill can be matched to our ledger
# (OpenAI echoes X-Client-Request-Id; others ignore an unknown header).
ATTEMPT_HEADER = "X-Client-Request-Id"


def with_attempt_id(params: dict[str, Any], attempt_id: str, model: str) -> dict[str, Any]:
    """The request params with the attempt's id as a header (none for our in-process providers)."""
    if not attempt_id or model.split("/", 1)[0] in ("fake", "local"):
        return params
    headers = params.get("extra_headers")
    return {**params, "extra_headers": {**(headers if isinstance(headers, dict) else {}), ATTEMPT_HEADER: attempt_id}}


def failure_cost(exc: BaseException, worst: float) -> float:
    """What a failed attempt cost: nothing when the server answered with an error, else the worst case."""
    if isinstance(exc, EmptyReply):
        return exc.cost
    return 0.0 if server_answered(exc) else worst


_TRANSPORT = ("APIConnectionError", "TransportError", "ReadError", "WriteError", "ConnectError",
              "RemoteProtocolError", "ServerDisconnectedError", "ClientConnectionError", "ClientOSError")


def server_answered(exc: BaseException) -> bool:
    """True when the server replied with an error status (so it generated nothing we could be billed for).

    litellm reports a dropped connection as a 500 too, so the status alone does not tell: a real
    reply carries headers, and no transport error or timeout sits in the exception's chain.
    """
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            break
        if isinstance(seen, TRANSPORT_ERRORS) or any(
                k.__name__ in _TRANSPORT for k in type(seen).__mro__):
            return False
        seen = seen.__cause__ or seen.__context__
    headers = getattr(getattr(exc, "response", None), "headers", None)
    return isinstance(getattr(exc, "status_code", None), int) and bool(headers)


# ---------------------------------------------------------------------------------------------
# The run.


def loop_settings(cell: Cell, policy: RetryPolicy) -> RetryPolicy:
    """A model's own `max_retries` / `timeout` params override the policy (they steer our loop)."""
    p = cell.model.params
    changes: dict[str, Any] = {}
    if isinstance(p.get("max_retries"), int):
        changes["max_retries"] = p["max_retries"]
    if isinstance(p.get("timeout"), (int, float)):
        changes["timeout"] = float(p["timeout"])
    if not changes:
        return policy
    from dataclasses import replace

    return replace(policy, **changes)


class Collector:
    """Sends cells with at most `concurrency` in flight and stores each result as it lands.

    Budget: before every attempt its worst case (prompt bound x input price + max_tokens x output
    price) is reserved; an attempt starts only if spend + reservations + its worst case fit under
    the cap, so as long as no reply costs more than its worst case, spend never passes the cap.
    """

    def __init__(self, study: Study, store: Store, *, responder: Responder | None = None,
                 policy: RetryPolicy | None = None, concurrency: int | None = None,
                 budget_usd: float | None = None, secrets: Iterable[str] = (), progress: bool = True,
                 rng: random.Random | None = None) -> None:
        if responder is None:
            from core.llm import LitellmResponder

            responder = LitellmResponder()
        self.study = study
        self.store = store
        self.responder = responder
        self.policy = policy or RetryPolicy()
        self.concurrency = max(1, concurrency or study.concurrency)
        self.budget = budget_usd if budget_usd is not None else study.budget_usd
        check_budget(study, self.budget)
        self.secrets = list(secrets)
        self.progress = progress
        self.rng = rng or random.Random()
        self.summary = Summary()
        self.prices = {m.model: model_price(m) for m in study.models}
        self.gate = SpendGate(self.budget)
        self._serial: dict[str, asyncio.Lock] = {}

    async def _reserve(self, worst: float) -> bool:
        """Hold `worst` against the budget for one attempt; False once it cannot fit even with nothing in flight.

        While other attempts hold reservations, wait for them to settle: they usually cost less.
        """
        return await self.gate.reserve(worst)

    def _settle(self, worst: float, cost: float) -> None:
        """An attempt finished: release its reservation and count what it cost."""
        self.gate.settle(worst, cost)
        self.summary.spent_usd = self.gate.spent_usd

    def _budget_reached(self) -> bool:
        return self.gate.reached

    async def run(self, plan: Plan, stop: asyncio.Event | None = None) -> Summary:
        """Send every cell of `plan.todo` (until done, the budget, or `stop`) and return a summary."""
        s = self.summary
        s.total, s.already, s.spent_usd = len(plan.cells), plan.stored_ok, plan.spent_usd
        self.gate = SpendGate(self.budget, s.spent_usd)
        queue = deque(plan.todo)
        bar = _bar(self.study.name, s.total, s.already, self.progress)
        started = time.perf_counter()

        async def worker() -> None:
            while queue and not s.budget_hit:
                if self._budget_reached():
                    s.budget_hit = True
                    return
                cell = queue.popleft()
                response = await self._send(cell)
                if response is None:  # the budget cannot afford its first attempt
                    s.budget_hit = True
                    return
                self._record(response, bar)

        workers = [asyncio.create_task(worker()) for _ in range(min(self.concurrency, len(queue)))]
        waiters: set[asyncio.Future[Any]] = set(workers)
        stopper = asyncio.ensure_future(stop.wait()) if stop is not None else None
        if stopper is not None:
            waiters.add(stopper)
        try:
            pending = set(workers)
            while pending:
                done, _ = await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                if stopper is not None and stopper in done:
                    s.interrupted = True
                    break
                for t in done:
                    t.result()  # a store failure must surface, not vanish
                pending -= done
                waiters -= done
        finally:
            for t in workers:
                t.cancel()
            await asyncio.gather(*workers, return_exceptions=True)
            if stopper is not None:
                stopper.cancel()
            s.elapsed_s = time.perf_counter() - started
            bar.close()
        return s

    def _record(self, r: Response, bar: Any) -> None:
        # committed at once (autocommit): a SIGKILL loses only cells still in flight.
        # The store never replaces an answered cell: a run racing another keeps the first answer.
        written = self.store.put_response(r)
        s = self.summary
        s.sent += 1
        if written is False:
            s.kept += 1
            s.ok += 1
        elif r.ok:
            s.ok += 1
        else:
            s.errors += 1
            if len(s.error_samples) < 3:
                s.error_samples.append(f"{r.model} {r.question_id}/{r.context_id}#{r.sample}: {r.error}")
        bar.set_postfix_str(f"errors={s.errors} spend=${s.spent_usd:.4f}", refresh=False)
        bar.update(1)

    async def _send(self, cell: Cell) -> Response | None:
        policy = loop_settings(cell, self.policy)
        # a probe is sent with its parent cell's seed (core.probes hashes it so)
        seed_question = str(cell.meta.get("parent_question_id", cell.question.id)) if cell.meta else cell.question.id
        sent = {k: v for k, v in sampling_params(self.study, cell.model, seed_question, cell.context.id,
                                              cell.sample).items()
                if k not in LOOP_PARAMS}
        # `NAME_env: VAR` anywhere (e.g. in extra_headers) becomes `NAME: $VAR`, read now, kept nowhere
        params: dict[str, Any] = resolve_env(sent)
        env_name = cell.model.params.get("api_key_env")
        # read at send time so a key is never copied into anything long-lived
        api_key = os.environ.get(env_name) if isinstance(env_name, str) else None
        if api_key is None and cell.model.params.get("api_base"):
            # a self-hosted server without auth; and never fall back to OPENAI_API_KEY for someone else's host
            api_key = NO_KEY
        messages = [dict(m) for m in cell.messages]
        # In-process models answer one request at a time: queue here, so waiting never counts against
        # the per-request timeout (latency below still includes the wait).
        serial = (self._serial.setdefault(cell.model.model, asyncio.Lock())
                  if is_local(cell.model.model) else nullcontext())
        started = time.perf_counter()
        async with serial:
            return await self._attempts(cell, policy, params, messages, api_key, started)

    async def _attempts(self, cell: Cell, policy: Any, params: dict[str, Any], messages: list[dict[str, Any]],
                        api_key: str | None, started: float) -> Response | None:
        price = self.prices.get(cell.model.model)
        worst = worst_cost(price, messages, int(params.get("max_tokens") or self.study.max_tokens))
        # Rows carry cost as deltas the store adds up: `cost` is what this run spent on the cell,
        # `written` what it has already added to the cell's row (each write adds cost - written).
        cost = written = 0.0
        attempts, unsure, last = 0, 0, ""
        while True:
            if not await self._reserve(worst):
                if attempts == 0:
                    return None
                return self._response(cell, started, attempts, unsure, cost_usd=cost - written, error=clip(
                    f"BudgetReached after {attempts} attempt{'s' if attempts != 1 else ''}: the budget cannot "
                    f"cover another attempt (last: {last})", ERROR_CHARS, self.secrets))
            attempts += 1
            self.summary.attempts += 1
            attempt_id = ""
            if worst > 0:  # written ahead: a killed run still counts this attempt, and resends the cell
                attempt_id = uuid.uuid4().hex
                ahead = self._response(cell, started, attempts, unsure, error=IN_FLIGHT,
                                       cost_usd=cost + worst - written)
                if not self.store.open_attempt(attempt_id, ahead, worst):  # another run has answered it meanwhile
                    self._settle(worst, 0.0)
                    return self._response(cell, started, attempts, unsure, error=IN_FLIGHT,
                                          cost_usd=cost - written)
                written = cost + worst
            try:
                # asyncio.timeout, not wait_for: no extra task and loop hop per call
                async with asyncio.timeout(policy.timeout):
                    reply = await self.responder.respond(cell.model.model, messages,
                                                         with_attempt_id(params, attempt_id, cell.model.model),
                                                         api_key=api_key, timeout=policy.timeout)
                spent = reply_cost(price, reply, worst)
                if not reply.text.strip():
                    self.summary.empty += 1
                    raise EmptyReply(spent)
            except asyncio.CancelledError:
                self._settle(worst, worst)  # it may still be billed (the ledger keeps its worst case reserved)
                raise
            except Exception as exc:
                spent = failure_cost(exc, worst)
                seen = not (spent == worst and worst > 0 and not isinstance(exc, EmptyReply))
                unsure += not seen
                self._close(attempt_id, spent if seen else None, worst)
                written = cost + spent if attempt_id else written  # the ledger moved the row to this
                self._settle(worst, spent)
                cost += spent
                last = describe(exc, attempts, self.secrets)
                if is_retryable(exc) and attempts <= policy.max_retries:
                    await asyncio.sleep(backoff_delay(attempts - 1, retry_after_seconds(exc), policy, self.rng))
                    continue
                return self._response(cell, started, attempts, unsure, error=last, cost_usd=cost - written)
            self._close(attempt_id, spent, worst)
            written = cost + spent if attempt_id else written
            self._settle(worst, spent)
            cost += spent
            return self._response(cell, started, attempts, unsure, text=scrub_values(reply.text, self.secrets),
                                  input_tokens=reply.input_tokens, output_tokens=reply.output_tokens,
                                  cost_usd=cost - written)

    def _close(self, attempt_id: str, cost: float | None, worst: float) -> None:
        """Record an attempt's outcome in the ledger: its cost when seen, None when it never will be."""
        if attempt_id:
            self.store.close_attempt(attempt_id, cost)
            if cost is None:
                self.summary.reserve_usd += worst
            else:
                self.summary.known_usd += cost

    def _response(self, cell: Cell, started: float, attempts: int, unsure: int = 0, **fields: Any) -> Response:
        return Response(
            id=None, study=self.study.name, model=cell.model.model, question_id=cell.question.id,
            context_id=cell.context.id, sample=cell.sample, request_hash=cell.request_hash,
            text=fields.pop("text", ""), latency_s=round(time.perf_counter() - started, 4),
            created_at=datetime.now(UTC).isoformat(timespec="seconds"),
            question_text=cell.question.text, category=cell.question.category,
            # unsure: attempts whose outcome we never saw (timeouts, dropped connections), counted at worst case
            meta={**cell.meta, "attempts": attempts, **({"unsure": unsure} if unsure else {})}, **fields,
        )


def _bar(name: str, total: int, initial: int, enabled: bool) -> Any:
    return progress_bar(name, total, enabled=enabled, initial=initial, unit="cell", mininterval=0.25)
