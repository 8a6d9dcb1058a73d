"""The collector in-process, through litellm and the fake/ provider."""

from __future__ import annotations

import asyncio
import os
import random
import time
from dataclasses import replace
from pathlib import Path

import httpx
import litellm
import pytest
from study_files import write_study

from core import collect
from core.collect import Collector, RetryPolicy, Stored, backoff_delay, is_retryable, plan_run, read_stored
from core.errors import InputError
from core.providers import fake
from core.store import Store
from core.study import expand, load_study

FAST = RetryPolicy(max_retries=4, base_delay=0.01, max_delay=0.05, timeout=5.0)


@pytest.fixture
def ctl(monkeypatch: pytest.MonkeyPatch) -> fake.FakeControl:
    """A fresh fake, unaffected by any MASKSCOPE_FAKE_* in the environment."""
    for k in list(os.environ):
        if k.startswith("MASKSCOPE_FAKE_"):
            monkeypatch.delenv(k)
    return fake.reset()


def load(tmp_path: Path, **overrides: object):
    path = write_study(tmp_path, **overrides)  # type: ignore[arg-type]
    return load_study(path, tmp_path / "contexts")


def run(study, store_path: Path, *, policy: RetryPolicy = FAST, stop: asyncio.Event | None = None,
        **kw: object) -> collect.Summary:
    plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
    with Store(store_path) as store:
        store.save_study(study)
        c = Collector(study, store, policy=policy, progress=False, rng=random.Random(0), **kw)  # type: ignore[arg-type]
        return asyncio.run(c.run(plan, stop))


def test_collects_every_cell_once_and_resume_sends_nothing(tmp_path, store_path, ctl):
    study = load(tmp_path)
    s = run(study, store_path)
    assert (s.ok, s.errors, s.total, ctl.calls) == (40, 0, 40, 40)
    with Store(store_path) as st:
        rows = st.responses(study.name)
    assert len(rows) == 40 and all(r.ok and r.text for r in rows)
    assert all(r.input_tokens and r.output_tokens and r.meta["attempts"] == 1 for r in rows)
    # text is deterministic and depends on the context and the sample's seed
    by = {(r.question_id, r.context_id, r.sample): r.text for r in rows}
    assert by[("q00", "neutral", 0)] != by[("q00", "lab", 0)]
    assert by[("q00", "neutral", 0)] != by[("q00", "neutral", 1)]
    assert "(framed)" in by[("q00", "lab", 0)] and "(bare)" in by[("q00", "neutral", 0)]

    s2 = run(study, store_path)
    assert (s2.already, s2.sent, ctl.calls) == (40, 0, 40)


def test_concurrency_is_never_exceeded_and_is_used(tmp_path, store_path, ctl):
    ctl.latency = 0.02
    study = load(tmp_path, concurrency=5)
    run(study, store_path)
    assert ctl.max_in_flight == 5
    fake.reset(latency=0.02)
    run(replace(study, name="other"), store_path, concurrency=3)
    assert fake.CONTROL.max_in_flight == 3


def test_429_retried_until_success_honouring_retry_after(tmp_path, store_path, ctl):
    ctl.plan = {"1": "429", "2": "429", "3": "429"}
    ctl.retry_after = 0.2
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    t0 = time.perf_counter()
    s = run(study, store_path)
    assert time.perf_counter() - t0 >= 0.6  # three waits of at least Retry-After
    assert (ctl.calls, s.attempts, s.ok, s.errors) == (4, 4, 1, 0)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok and r.meta["attempts"] == 4


@pytest.mark.parametrize("kind", ["500", "timeout", "connection", "429"])
def test_retryable_failures_stop_after_max_retries_and_are_retried_next_run(tmp_path, store_path, ctl, kind):
    ctl.plan = {"*": kind}
    ctl.retry_after = 0.01
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert ctl.calls == FAST.max_retries + 1
    assert (s.ok, s.errors) == (0, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert not r.ok and r.text == "" and f"after {FAST.max_retries + 1} attempts" in (r.error or "")
    ctl.plan = {}
    s2 = run(study, store_path)
    assert (s2.sent, s2.ok, ctl.calls) == (1, 1, FAST.max_retries + 2)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok


def test_400_is_not_retried(tmp_path, store_path, ctl):
    ctl.plan = {"*": "400"}
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert (ctl.calls, s.errors) == (1, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert (r.error or "").startswith("BadRequestError (400) after 1 attempt:")


def test_slow_provider_times_out_per_attempt(tmp_path, store_path, ctl):
    ctl.latency = 1.0
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    t0 = time.perf_counter()
    s = run(study, store_path, policy=RetryPolicy(max_retries=1, base_delay=0.01, timeout=0.1))
    assert time.perf_counter() - t0 < 0.8
    assert (ctl.calls, s.errors) == (2, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert (r.error or "").startswith("Timeout after 2 attempts")


def test_budget_stops_new_requests_overshoot_at_most_in_flight(tmp_path, store_path, ctl):
    ctl.cost, ctl.latency = 0.01, 0.01
    study = load(tmp_path, concurrency=4, budget_usd=0.1)  # 40 cells would cost 0.40
    s = run(study, store_path)
    assert s.budget_hit and s.not_sent > 0
    assert 0.1 - 1e-9 <= s.spent_usd <= 0.1 + 4 * 0.01 + 1e-9
    assert 10 <= ctl.calls <= 10 + 4
    with Store(store_path) as st:
        assert st.count(study.name) == ctl.calls
    # the stored spend counts against the cap on the next run: nothing more is sent
    s2 = run(study, store_path)
    assert s2.budget_hit and s2.sent == 0 and ctl.calls == s.sent
    # a higher cap continues where it stopped
    s3 = run(study, store_path, budget_usd=1.0)
    assert s3.ok + s.ok == 40 and not s3.budget_hit


def test_changed_study_is_refused_and_rename_starts_a_new_one(tmp_path, store_path, ctl):
    study = load(tmp_path)
    run(study, store_path)
    changed = load(tmp_path, temperature=0.5)
    with pytest.raises(InputError, match="--rename NEW"):
        plan_run(changed, expand(changed), read_stored(store_path, changed.name), store_path)
    fewer = load(tmp_path, samples=1)
    with pytest.raises(InputError, match="no longer in the study"):
        plan_run(fewer, expand(fewer), read_stored(store_path, fewer.name), store_path)
    renamed = replace(changed, name="t-study-t05")
    s = run(renamed, store_path)
    assert s.ok == 40


def test_stop_event_cancels_in_flight_and_keeps_what_finished(tmp_path, store_path, ctl):
    ctl.latency = 0.05
    study = load(tmp_path, concurrency=2)

    async def go() -> collect.Summary:
        stop = asyncio.Event()
        asyncio.get_running_loop().call_later(0.3, stop.set)
        plan = plan_run(study, expand(study), Stored({}, 0.0), store_path)
        with Store(store_path) as store:
            store.save_study(study)
            return await Collector(study, store, policy=FAST, progress=False).run(plan, stop)

    s = asyncio.run(go())
    assert s.interrupted and 0 < s.ok < 40
    with Store(store_path) as st:
        assert st.count(study.name) == s.ok
    s2 = run(study, store_path)
    assert s2.sent == 40 - s.ok and s2.ok == 40 - s.ok


def test_api_key_read_from_named_env_var_at_send_time(tmp_path, store_path, ctl, monkeypatch):
    monkeypatch.setenv("T_FAKE_KEY", "sk-test-0123456789")
    study = load(tmp_path, models=[{"model": "fake/echo", "params": {"api_key_env": "T_FAKE_KEY"}}],
                 contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    run(study, store_path)
    assert ctl.api_keys == ["sk-test-0123456789"]


def test_retry_after_parsing_and_backoff_bounds():
    def err(headers: dict[str, str]) -> litellm.RateLimitError:
        resp = httpx.Response(429, headers=headers, request=httpx.Request("POST", "http://x"))
        return litellm.RateLimitError("slow down", llm_provider="openai", model="m", response=resp)

    assert collect.retry_after_seconds(err({"retry-after": "2"})) == 2.0
    assert collect.retry_after_seconds(err({"retry-after-ms": "250"})) == 0.25
    assert collect.retry_after_seconds(err({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}), now=1445412480.0) == 10
    assert collect.retry_after_seconds(err({})) is None
    rng = random.Random(1)
    p = RetryPolicy(base_delay=1.0, max_delay=4.0, max_retry_after=3.0)
    for attempt in range(6):
        d = backoff_delay(attempt, None, p, rng)
        assert 0 <= d <= min(4.0, 2**attempt)
    assert backoff_delay(0, 2.5, p, rng) >= 2.5
    assert backoff_delay(0, 100.0, p, rng) <= 3.0
    assert is_retryable(err({})) and is_retryable(TimeoutError())
    bad = litellm.BadRequestError("no", model="m", llm_provider="openai")
    assert not is_retryable(bad) and not is_retryable(ValueError("x"))
