"""The collector in-process, through litellm and the fake/ provider."""

from __future__ import annotations

import asyncio
import random
from dataclasses import replace
from pathlib import Path

import httpx
import litellm
import pytest

from core import collect
from core.collect import Collector, RetryPolicy, Stored, backoff_delay, is_retryable, plan_run, read_stored
from core.errors import InputError
from core.providers import fake
from core.store import Store
from core.study import expand, load_study
from tests.runs import recorded_waits
from tests.study_files import write_study

FAST = RetryPolicy(max_retries=4, base_delay=0.01, max_delay=0.05, timeout=30.0)  # generous: a loaded machine


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


def test_collects_every_cell_once_and_resume_sends_nothing(tmp_path, store_path, fake_control):
    study = load(tmp_path)
    s = run(study, store_path)
    assert (s.ok, s.errors, s.total, fake_control.calls) == (40, 0, 40, 40)
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
    assert (s2.already, s2.sent, fake_control.calls) == (40, 0, 40)


def test_concurrency_is_never_exceeded_and_is_used(tmp_path, store_path, fake_control):
    fake_control.latency = 0.02
    study = load(tmp_path, concurrency=5)
    run(study, store_path)
    assert fake_control.max_in_flight == 5
    fake.reset(latency=0.02)
    run(replace(study, name="other"), store_path, concurrency=3)
    assert fake.CONTROL.max_in_flight == 3


def test_429_retried_until_success_honouring_retry_after(tmp_path, store_path, fake_control, monkeypatch):
    fake_control.plan = {"1": "429", "2": "429", "3": "429"}
    fake_control.retry_after = 0.2
    waits = recorded_waits(monkeypatch)
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert len(waits) == 3 and min(waits) >= 0.2  # each wait at least the Retry-After the 429 carried
    assert (fake_control.calls, s.attempts, s.ok, s.errors) == (4, 4, 1, 0)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok and r.meta["attempts"] == 4


@pytest.mark.parametrize("kind", ["500", "timeout", "connection", "429"])
def test_retryable_failures_stop_after_max_retries_and_are_retried_next_run(tmp_path, store_path, fake_control, kind):
    fake_control.plan = {"*": kind}
    fake_control.retry_after = 0.01
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert fake_control.calls == FAST.max_retries + 1
    assert (s.ok, s.errors) == (0, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert not r.ok and r.text == "" and f"after {FAST.max_retries + 1} attempts" in (r.error or "")
    fake_control.plan = {}
    s2 = run(study, store_path)
    assert (s2.sent, s2.ok, fake_control.calls) == (1, 1, FAST.max_retries + 2)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok


def test_400_is_not_retried(tmp_path, store_path, fake_control):
    fake_control.plan = {"*": "400"}
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert (fake_control.calls, s.errors) == (1, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert (r.error or "").startswith("BadRequestError (400) after 1 attempt:")


def test_slow_provider_times_out_per_attempt(tmp_path, store_path, fake_control):
    fake_control.latency = 1.0
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    # latency 1 s against a 0.1 s timeout: only the per-attempt timeout makes both attempts fail
    s = run(study, store_path, policy=RetryPolicy(max_retries=1, base_delay=0.01, timeout=0.1))
    assert (fake_control.calls, s.errors) == (2, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert (r.error or "").startswith("Timeout after 2 attempts")


PRICED = [{"model": "fake/echo", "params": {"price_per_mtok": 1000.0}}]  # $0.001 per token


def bill(fake_control: fake.FakeControl, per_token: float = 1e-3) -> float:
    """What the fake's answers cost at the study's price (what a provider would charge)."""
    return sum((p + c) * per_token for p, c in fake_control.usage)


def test_budget_never_passes_the_cap_with_concurrent_requests(tmp_path, store_path, fake_control):
    fake_control.latency = 0.01
    study = load(tmp_path, models=PRICED, concurrency=8, budget_usd=1.0)  # 40 cells would cost ~1.4
    worst = max(collect.worst_cost(collect.model_price(study.models[0]), [dict(m) for m in c.messages],
                                   study.max_tokens) for c in expand(study))
    s = run(study, store_path)
    assert s.budget_hit and 0 < s.ok < 40
    # reservations: every attempt's worst case was held before it was sent, so even with 8 in flight
    # neither our count nor the provider's bill passes the cap (the issue allows the in-flight worst case)
    assert s.spent_usd <= 1.0 + 1e-9 and bill(fake_control) <= 1.0 + 1e-9
    assert s.spent_usd == pytest.approx(bill(fake_control))  # every call answered: our count is the bill
    assert 1.0 - s.spent_usd < worst  # and it stopped only when the next worst case would not fit
    with Store(store_path) as st:
        assert st.count(study.name) == fake_control.calls == s.ok
        assert sum(r.cost_usd or 0 for r in st.responses(study.name)) == pytest.approx(s.spent_usd)
    # the stored spend counts against the cap on the next run
    s2 = run(study, store_path)
    assert s2.sent == 0 and fake_control.calls == s.ok
    # a higher cap continues where it stopped
    s3 = run(study, store_path, budget_usd=10.0)
    assert s3.ok + s.ok == 40 and not s3.budget_hit


def test_budget_is_projected_from_max_tokens_before_the_first_request(tmp_path, store_path, fake_control):
    study = load(tmp_path, models=PRICED, budget_usd=0.04)  # one request could cost 50 tokens x $0.001 + prompt
    s = run(study, store_path)
    assert s.budget_hit and fake_control.calls == 0 and s.sent == 0 and s.spent_usd == 0


def test_failed_attempts_count_against_the_budget(tmp_path, store_path, fake_control):
    fake_control.plan = {"*": "timeout"}
    study = load(tmp_path, models=PRICED, contexts=["neutral"], samples=1,
                 questions={"bank": "bank.yaml", "ids": ["q00"]}, budget_usd=100.0)
    messages = [dict(m) for m in expand(study)[0].messages]
    worst = collect.worst_cost(collect.model_price(study.models[0]), messages, study.max_tokens)
    s = run(study, store_path)
    # a timed-out request may have been generated and billed: each one counts at its worst case
    assert fake_control.calls == 5 and s.errors == 1 and s.spent_usd == pytest.approx(5 * worst)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.cost_usd == pytest.approx(5 * worst)
    # the next run carries that cost into the cell's row, and adds the answer's
    fake_control.plan = {}
    s2 = run(study, store_path)
    assert s2.ok == 1 and s2.spent_usd == pytest.approx(5 * worst + bill(fake_control))
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok and r.cost_usd == pytest.approx(5 * worst + bill(fake_control))
    # a server's error status generated nothing: it costs nothing
    fake.reset(plan={"*": "500"})
    s3 = run(replace(study, name="other"), store_path)
    assert s3.errors == 1 and s3.spent_usd == 0


def test_spend_is_split_into_what_replies_showed_and_a_reserve_for_unseen_attempts(tmp_path, store_path, fake_control):
    # one cell: a timeout (never seen: its worst case is reserved), a 500 (seen: costs nothing), an empty
    # reply (seen: its usage), then an answer (seen: its usage)
    fake_control.plan = {"1": "timeout", "2": "500", "3": "empty"}
    study = load(tmp_path, models=PRICED, contexts=["neutral"], samples=1,
                 questions={"bank": "bank.yaml", "ids": ["q00"]}, budget_usd=100.0)
    worst = collect.worst_cost(collect.model_price(study.models[0]), [dict(m) for m in expand(study)[0].messages],
                               study.max_tokens)
    s = run(study, store_path)
    assert (s.ok, fake_control.calls, len(fake_control.usage)) == (1, 4, 2)
    assert s.known_usd == pytest.approx(bill(fake_control), abs=1e-15) and s.reserve_usd == worst
    assert any("seen in replies" in line and "reserved" in line for line in s.lines(study.name, 100.0))
    with Store(store_path) as st:
        sp = st.spend(study.name)
        (r,) = st.responses(study.name)
        ledger = st.conn.execute("SELECT state, worst_usd, cost_usd FROM attempts ORDER BY rowid").fetchall()
    assert sp.known_usd == pytest.approx(bill(fake_control), abs=1e-12) and sp.reserve_usd == worst and sp.unseen == 1
    assert [tuple(x)[:2] for x in ledger] == [("unseen", worst), ("seen", worst), ("seen", worst), ("seen", worst)]
    priced = [(p + c) * 1e-3 for p, c in fake_control.usage]  # the empty reply's, then the answer's
    assert ledger[0][2] is None and ledger[1][2] == 0.0
    assert [ledger[2][2], ledger[3][2]] == pytest.approx(priced, abs=1e-15)
    # the budget still counts the reserve: the row costs known + reserve, and the next run starts from it
    assert r.cost_usd == pytest.approx(sp.known_usd + sp.reserve_usd, abs=1e-12)
    assert read_stored(store_path, study.name).spent_usd == pytest.approx(bill(fake_control) + worst, abs=1e-12)


def test_run_prints_known_spend_and_reserve(tmp_path, store_path, fake_control, capsys):
    from core.cli import main

    fake_control.plan = {"1": "timeout"}
    path = write_study(tmp_path, models=PRICED, contexts=["neutral"], samples=1,
                       questions={"bank": "bank.yaml", "ids": ["q00"]})
    assert main(["run", str(path), "--contexts-dir", str(tmp_path / "contexts"), "--store", str(store_path),
                 "--no-progress"]) == 0
    err = capsys.readouterr().err
    with Store(store_path) as st:
        sp = st.spend("t-study")
    assert sp.unseen == 1 and sp.known_usd > 0
    assert f"${sp.known_usd:.4f} known from replies + ${sp.reserve_usd:.4f} reserved for 1 attempt(s)" in err


def test_budget_with_an_unknown_price_is_refused(tmp_path, store_path, fake_control):
    study = load(tmp_path, models=[{"model": "fake/echo"}, {"model": "openai/whatever"}], budget_usd=1.0)
    with Store(store_path) as st, pytest.raises(InputError) as e:
        Collector(study, st, progress=False)
    assert e.value.where == "models[0].params.price_per_mtok" and "price_per_mtok" in e.value.message
    unbudgeted = replace(study, budget_usd=None)
    with Store(store_path) as st:
        Collector(unbudgeted, st, progress=False)  # no budget: nothing to enforce
    priced = load(tmp_path, models=[{"model": "fake/echo", "params": {"price_per_mtok": {"input": 1, "output": 2}}},
                                    {"model": "openai/gpt-4o-mini"}], budget_usd=1.0)
    with Store(store_path) as st:
        Collector(priced, st, progress=False)  # our price, and litellm's table


def test_a_run_killed_mid_request_still_counts_the_request(tmp_path, store_path, fake_control):
    fake_control.latency = 5.0
    study = load(tmp_path, models=PRICED, concurrency=3, budget_usd=100.0)
    first3 = sum(collect.worst_cost(collect.model_price(study.models[0]), [dict(m) for m in c.messages],
                                    study.max_tokens) for c in expand(study)[:3])

    async def go() -> collect.Summary:
        stop = asyncio.Event()

        async def stop_when_all_in_flight() -> None:
            while fake_control.in_flight < 3:
                await asyncio.sleep(0.01)
            stop.set()

        stopper = asyncio.create_task(stop_when_all_in_flight())
        plan = plan_run(study, expand(study), Stored({}, 0.0), store_path)
        with Store(store_path) as store:
            store.save_study(study)
            summary = await Collector(study, store, policy=FAST, progress=False).run(plan, stop)
        await stopper
        return summary

    s = asyncio.run(go())
    assert s.interrupted and fake_control.calls == 3
    # written before sending: what a SIGKILL leaves is exactly this
    with Store(store_path) as st:
        rows = st.responses(study.name)
    assert len(rows) == 3 and all(r.error == collect.IN_FLIGHT for r in rows)
    assert sum(r.cost_usd or 0 for r in rows) == pytest.approx(first3)
    with Store(store_path) as st:  # never seen to finish: all of it is reserve, none is known
        assert st.spend(study.name) == (0.0, pytest.approx(first3), 3)
    stored = read_stored(store_path, study.name)
    assert stored.spent_usd == pytest.approx(first3)
    plan = plan_run(study, expand(study), stored, store_path)
    assert len(plan.todo) == 40 and plan.stored_errors == 3  # in-flight cells are sent again


def test_an_answered_cell_is_never_replaced(tmp_path, store_path, fake_control):
    study = load(tmp_path)
    run(study, store_path)
    with Store(store_path) as st:
        before = {(r.question_id, r.context_id, r.sample): r.text for r in st.responses(study.name)}
    # a second run that planned from an old snapshot (as a concurrent run does) and got only errors
    fake.reset(plan={"*": "400"})
    plan = plan_run(study, expand(study), Stored({}, 0.0), store_path)
    with Store(store_path) as store:
        c = Collector(study, store, policy=FAST, progress=False)
        s = asyncio.run(c.run(plan))
    with Store(store_path) as st:
        rows = st.responses(study.name)
    assert len(rows) == 40 and all(r.ok for r in rows)
    assert {(r.question_id, r.context_id, r.sample): r.text for r in rows} == before
    assert s.kept == 40 and s.errors == 0


def test_empty_replies_are_retried_and_never_stored_as_answers(tmp_path, store_path, fake_control):
    fake_control.plan = {"1": "empty", "2": "empty"}
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    s = run(study, store_path)
    assert (fake_control.calls, s.ok, s.empty) == (3, 1, 2)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok and r.text.strip() and r.meta["attempts"] == 3
    # a model that only ever answers with nothing: an error, sent again next run, never analysed
    fake.reset(plan={"*": "empty"})
    s2 = run(replace(study, name="mute"), store_path)
    assert s2.errors == 1 and s2.ok == 0
    with Store(store_path) as st:
        (r,) = st.responses("mute")
    assert not r.ok and (r.error or "").startswith("EmptyReply after 5 attempts")
    assert not replace(r, error=None, text=" \n").ok  # an empty text is no answer, error or not


def test_an_empty_answer_stored_by_an_older_run_is_sent_again(tmp_path, store_path, fake_control):
    study = load(tmp_path, contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00", "q01"]})
    run(study, store_path)
    with Store(store_path) as st:
        st.conn.execute("UPDATE responses SET text = '  ' WHERE question_id = 'q00'")
    plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
    assert [c.question.id for c in plan.todo] == ["q00"]
    s = run(study, store_path)
    assert s.sent == 1 and s.ok == 1
    with Store(store_path) as st:
        assert all(r.ok for r in st.responses(study.name))


def test_changed_study_is_refused_and_rename_starts_a_new_one(tmp_path, store_path, fake_control):
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


def test_stop_event_cancels_in_flight_and_keeps_what_finished(tmp_path, store_path, fake_control):
    fake_control.latency = 0.05
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


def test_api_key_read_from_named_env_var_at_send_time(tmp_path, store_path, fake_control, monkeypatch):
    monkeypatch.setenv("T_FAKE_KEY", "sk-test-0123456789")
    study = load(tmp_path, models=[{"model": "fake/echo", "params": {"api_key_env": "T_FAKE_KEY"}}],
                 contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    run(study, store_path)
    assert fake_control.api_keys == ["sk-test-0123456789"]


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


KEY = "sk-live-7Qz3XwVb9Lm2Np4Rt6Yu8Io0PaSdFgHj"


def pieces(secret: str, n: int = 8) -> list[str]:
    return [secret[i:i + n] for i in range(len(secret) - n + 1)]


@pytest.mark.parametrize("pad", range(440, 505, 3))
def test_a_key_straddling_the_error_cut_leaves_no_piece(pad):
    exc = litellm.BadRequestError("x" * pad + KEY + " and more", model="m", llm_provider="openai")
    line = collect.describe(exc, 1, [KEY])
    assert len(line) <= collect.ERROR_CHARS
    assert not any(p in line for p in pieces(KEY)), line[-80:]


def test_key_shaped_strings_are_masked_even_when_not_held():
    other = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
    exc = litellm.BadRequestError(f"bad key {other}; retry https://h/v1?api_key=zzzzzzzzzz9 "
                                  "via https://bob:hunter2hunter2@proxy/", model="m", llm_provider="openai")
    line = collect.describe(exc, 1, [])
    assert other[:12] not in line and "zzzzzzzzzz9" not in line and "hunter2" not in line
    assert "[redacted]" in line


def test_key_fragments_never_reach_the_store_or_stderr(tmp_path, store_path, fake_control, monkeypatch, capsys):
    monkeypatch.setenv("T_FAKE_KEY", KEY)
    for pad in (430, 460, 470, 480):
        fake.reset(plan={"*": "400"}, echo="y" * pad + KEY)
        study = load(tmp_path, name=f"leak-{pad}", contexts=["neutral"], samples=1,
                     models=[{"model": "fake/echo", "params": {"api_key_env": "T_FAKE_KEY"}}],
                     questions={"bank": "bank.yaml", "ids": ["q00"]})
        s = run(study, store_path, secrets=[KEY])
        assert s.errors == 1
        for line in s.lines(study.name, None):
            assert not any(p in line for p in pieces(KEY))
    with Store(store_path) as st:
        rows = [r for name in ("leak-430", "leak-460", "leak-470", "leak-480") for r in st.responses(name)]
    assert len(rows) == 4 and all(r.error for r in rows)
    for r in rows:
        assert not any(p in (r.error or "") for p in pieces(KEY)), r.error
    for f in store_path.parent.glob(store_path.name + "*"):
        data = f.read_bytes()
        assert not any(p.encode() in data for p in pieces(KEY))


def test_guarded_streams_logs_and_tracebacks_mask_key_pieces(monkeypatch, capfd):
    import logging
    import sys

    from core import llm

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr("threading.excepthook", __import__("threading").excepthook)
    llm.guard_logs([KEY])
    print(f"cut: {KEY[:20]}", file=sys.stderr)
    print(f"tail: {KEY[-12:]} other: sk-ant-api03-abcdefghijklmnopqrstuvwxyz", file=sys.stdout)
    out, err = capfd.readouterr()
    assert KEY[:10] not in err and KEY[-10:] not in out and "abcdefghijklmnop" not in out
    record = logging.getLogger("t").makeRecord("t", logging.ERROR, "f", 1, "key %s", (KEY[5:30],), None)
    assert KEY[5:15] not in record.getMessage()
    try:
        raise RuntimeError(f"boom {KEY[3:]}")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    _, err = capfd.readouterr()
    assert "boom" in err and KEY[3:13] not in err


def test_two_racing_runs_keep_every_answer_and_every_cost(tmp_path, store_path, fake_control):
    fake_control.latency = 0.01
    fake_control.plan = {str(n): "empty" for n in range(1, 200, 7)}  # some billed attempts fail, so rows get replaced
    study = load(tmp_path, models=PRICED, concurrency=4, budget_usd=100.0)

    async def race() -> list[collect.Summary]:
        plan = plan_run(study, expand(study), Stored({}, 0.0), store_path)  # both plan from the same snapshot
        with Store(store_path) as one, Store(store_path) as two:
            one.save_study(study)
            runs = [Collector(study, st, policy=FAST, progress=False, rng=random.Random(i)).run(plan)
                    for i, st in enumerate((one, two))]
            return list(await asyncio.gather(*runs))

    summaries = asyncio.run(race())
    with Store(store_path) as st:
        rows = st.responses(study.name)
    assert len(rows) == 40 and all(r.ok for r in rows)
    assert sum(s.kept for s in summaries) > 0  # they did race
    # both runs paid for some cells; the store counts every payment, the provider's bill exactly
    assert sum(r.cost_usd or 0 for r in rows) == pytest.approx(bill(fake_control))
    assert read_stored(store_path, study.name).spent_usd == pytest.approx(bill(fake_control))
