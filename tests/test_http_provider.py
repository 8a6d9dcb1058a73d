"""The collector against a real OpenAI-compatible HTTP server: litellm's real client path."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main
from core.collect import Collector, RetryPolicy, plan_run, read_stored
from core.store import Store
from core.study import expand, load_study, sampling_params
from tests.fake_openai_server import Chaos, error_body, ok_body, request_key, serve, serve_chaos
from tests.runs import recorded_waits
from tests.study_files import write_study

ROOT = Path(__file__).resolve().parent.parent
FAST = RetryPolicy(max_retries=4, base_delay=0.01, max_delay=0.05, timeout=10.0)
CANARY = "sk-canary-7f3e9a1b5c2d4e6f8a0b"


def one_cell_study(tmp_path: Path, api_base: str, **params: object):
    path = write_study(tmp_path, models=[{"model": "openai/whatever", "params": {"api_base": api_base, **params}}],
                       contexts=["neutral"], samples=1, questions={"bank": "bank.yaml", "ids": ["q00"]})
    return path, load_study(path, tmp_path / "contexts")


def collect_once(study, store_path: Path, policy: RetryPolicy = FAST):
    plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
    with Store(store_path) as store:
        store.save_study(study)
        c = Collector(study, store, policy=policy, progress=False, rng=random.Random(0))
        return asyncio.run(c.run(plan))


def test_429_three_times_then_ok_is_four_attempts(tmp_path, store_path, monkeypatch):
    script = [(429, {"Retry-After": "1"}, error_body("slow down", "rate_limit_exceeded"))] * 3 + [(200, {}, ok_body())]
    waits = recorded_waits(monkeypatch)
    with serve(script) as (base, rec):
        _, study = one_cell_study(tmp_path, base)
        s = collect_once(study, store_path)
    assert len(rec.requests) == 4
    assert len(waits) == 3 and min(waits) >= 1.0  # Retry-After: 1, honoured each time
    assert (s.ok, s.errors, s.attempts) == (1, 0, 4)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.text == "I am fine, thank you." and (r.input_tokens, r.output_tokens) == (11, 5)
    assert r.meta["attempts"] == 4
    # what was sent: our messages and sampling params, the provider seed, no retries hidden in the body
    body = rec.requests[0]
    assert body["messages"] == [{"role": "user", "content": study.questions[0].text}]
    assert body["temperature"] == 1.0 and body["max_tokens"] == 50 and "seed" in body
    assert not {"no-log", "max_retries", "num_retries", "api_key_env"} & set(body)


def test_always_500_is_max_retries_plus_one_attempts_then_retried_next_run(tmp_path, store_path):
    with serve([(500, {}, error_body("boom"))]) as (base, rec):
        _, study = one_cell_study(tmp_path, base)
        s = collect_once(study, store_path)
        assert len(rec.requests) == FAST.max_retries + 1
        assert (s.ok, s.errors) == (0, 1)
        with Store(store_path) as st:
            (r,) = st.responses(study.name)
        assert r.error and "(500)" in r.error and f"after {FAST.max_retries + 1} attempts" in r.error
        rec.script[:] = [(200, {}, ok_body("recovered"))]  # the server recovers
        s2 = collect_once(study, store_path)
        assert len(rec.requests) == FAST.max_retries + 2
    assert (s2.sent, s2.ok) == (1, 1)
    with Store(store_path) as st:
        (r,) = st.responses(study.name)
    assert r.ok and r.text == "recovered"


def test_400_is_one_attempt(tmp_path, store_path):
    with serve([(400, {}, error_body("bad request", "invalid_request_error"))]) as (base, rec):
        _, study = one_cell_study(tmp_path, base)
        s = collect_once(study, store_path)
    assert len(rec.requests) == 1
    assert (s.ok, s.errors) == (0, 1)


def _canary_script() -> list:
    # the failing server echoes the key it was sent, as some proxies do
    return [(401, {}, error_body(f"invalid api key: Bearer {CANARY}", "invalid_api_key")),
            (500, {}, error_body(f"upstream failed for key {CANARY}"))]


def test_canary_key_never_stored_printed_or_logged(tmp_path, store_path, monkeypatch, capsys):
    monkeypatch.setenv("MASKSCOPE_TEST_KEY", CANARY)
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    keep = Keep(level=logging.DEBUG)
    loggers = [logging.getLogger(n) for n in ("", "LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "openai", "httpx")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.addHandler(keep)
        lg.setLevel(logging.DEBUG)
    try:
        with serve([_canary_script()[0]]) as (base, rec):
            path, _ = one_cell_study(tmp_path, base, api_key_env="MASKSCOPE_TEST_KEY")
            code = main(["run", str(path), "--store", str(store_path), "--contexts-dir", str(tmp_path / "contexts")])
        with serve([_canary_script()[1]]) as (base2, rec2):
            path2 = write_study(tmp_path, filename="s2.yaml", **{
                "name": "canary-500", "contexts": ["neutral"], "samples": 1,
                "questions": {"bank": "bank.yaml", "ids": ["q00"]},
                "models": [{"model": "openai/whatever",
                            "params": {"api_base": base2, "api_key_env": "MASKSCOPE_TEST_KEY", "max_retries": 1}}]})
            code2 = main(["run", str(path2), "--store", str(store_path), "--contexts-dir", str(tmp_path / "contexts")])
    finally:
        for lg, lvl in zip(loggers, levels, strict=True):
            lg.removeHandler(keep)
            lg.setLevel(lvl)
    out, err = capsys.readouterr()
    assert (code, code2) == (1, 1)
    assert rec.auth == [f"Bearer {CANARY}"] and len(rec2.requests) == 2  # the key was really sent
    assert CANARY not in out and CANARY not in err
    assert "[redacted]" in err  # the error was shown, scrubbed
    for r in records:
        assert CANARY not in r.getMessage() and CANARY not in (r.exc_text or "")
    with Store(store_path) as st:
        rows = st.responses(study="t-study") + st.responses(study="canary-500")
    assert len(rows) == 2 and all(r.error for r in rows)
    assert all(CANARY not in repr(r) for r in rows)
    for f in store_path.parent.glob(store_path.name + "*"):
        assert CANARY.encode() not in f.read_bytes()


def test_canary_key_not_in_subprocess_output(tmp_path, store_path):
    env = dict(os.environ, MASKSCOPE_TEST_KEY=CANARY, MASKSCOPE_STORE=str(store_path), LITELLM_LOG="DEBUG")
    with serve([_canary_script()[0]]) as (base, rec):
        path, _ = one_cell_study(tmp_path, base, api_key_env="MASKSCOPE_TEST_KEY")
        proc = subprocess.run([sys.executable, "-m", "core", "run", str(path), "--contexts-dir",
                               str(tmp_path / "contexts")], cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert rec.auth == [f"Bearer {CANARY}"]
    assert CANARY not in proc.stdout and CANARY not in proc.stderr
    assert "AuthenticationError (401) after 1 attempt" in proc.stderr


@pytest.mark.parametrize("status", [401, 404, 422])
def test_other_4xx_are_not_retried(tmp_path, store_path, status):
    with serve([(status, {}, error_body("nope", "invalid_request_error"))]) as (base, rec):
        _, study = one_cell_study(tmp_path, base)
        s = collect_once(study, store_path)
    assert len(rec.requests) == 1 and s.errors == 1


def test_credentials_named_by_env_reach_the_server_and_nothing_else(tmp_path, store_path, monkeypatch):
    monkeypatch.setenv("T_PROXY_KEY", "proxy-" + CANARY)
    with serve([(200, {}, ok_body())]) as (base, rec):
        _, study = one_cell_study(tmp_path, base, extra_headers={"x-api-key_env": "T_PROXY_KEY", "X-Title": "t"})
        s = collect_once(study, store_path)
    assert s.ok == 1
    assert rec.headers[0]["x-api-key"] == "proxy-" + CANARY and rec.headers[0]["x-title"] == "t"
    assert "x-api-key_env" not in rec.headers[0]
    for f in store_path.parent.glob(store_path.name + "*"):
        assert CANARY.encode() not in f.read_bytes()


def test_every_priced_attempt_sends_its_ledger_id_and_is_stored_at_its_billed_cost(tmp_path, store_path):
    # a 429 (seen, free), a dropped connection (never seen: reserved), then an answer (seen: its usage)
    chaos = Chaos(rate=0.0, price_in=2e-6, price_out=8e-6)
    chaos.draw = lambda n: {1: "429", 2: "drop"}.get(n)  # type: ignore[method-assign]
    with serve_chaos(chaos) as base:
        _, study = one_cell_study(tmp_path, base, price_per_mtok={"input": 2, "output": 8})
        s = collect_once(study, store_path)
    assert s.ok == 1 and chaos.requests == 3 and chaos.no_id == 0
    with Store(store_path) as st:
        ledger = {r["id"]: (r["state"], r["worst_usd"], r["cost_usd"])
                  for r in st.conn.execute("SELECT id, state, worst_usd, cost_usd FROM attempts")}
        sp = st.spend(study.name)
    assert set(ledger) == set(chaos.bill)  # one id per attempt, the same on both sides
    for aid, (fault, billed) in chaos.bill.items():
        state, worst, cost = ledger[aid]
        if fault == "drop":
            assert state == "unseen" and cost is None and billed <= worst
        else:
            assert state == "seen" and cost == billed  # exact: the same prices times the same tokens
    assert sp.known_usd == sum(b for f, b in chaos.bill.values() if f != "drop")
    assert sp.reserve_usd == next(w for st_, w, _ in ledger.values() if st_ == "unseen") and sp.unseen == 1


def test_soak_small_faulty_server_every_cell_once_spend_matches_bill_no_key_on_disk(tmp_path, store_path,
                                                                                     monkeypatch):
    # the by-hand benchmarks/bench_soak.py, small and in-process: 10% each of 429, 5xx, timeout,
    # empty reply and dropped connection; the server echoes the key into its errors
    monkeypatch.setenv("T_SOAK_KEY", CANARY)
    chaos = Chaos(rate=0.1, price_in=2e-6, price_out=8e-6, hang=1.5, seed=3)
    with serve_chaos(chaos) as base:
        path = write_study(tmp_path, samples=2, concurrency=8, budget_usd=10.0, models=[{
            "model": "openai/soak", "params": {"api_base": base, "api_key_env": "T_SOAK_KEY", "timeout": 1.0,
                                                "price_per_mtok": {"input": 2, "output": 8}}}])
        study = load_study(path, tmp_path / "contexts")
        unsure: set[tuple[str, str, int]] = set()  # cells with an attempt counted at worst case, in any run
        for _ in range(4):  # reruns send what is left
            plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
            if not plan.todo:
                break
            with Store(store_path) as store:
                store.save_study(study)
                asyncio.run(Collector(study, store, policy=FAST, progress=False, rng=random.Random(0),
                                      secrets=[CANARY]).run(plan))
                unsure |= {(r.question_id, r.context_id, r.sample) for r in store.responses(study.name)
                           if r.meta.get("unsure")}
    assert sum(chaos.faults.values()) > 0 and all(chaos.faults.values())
    with Store(store_path) as st:
        rows = st.responses(study.name)
    assert len(rows) == 40 and all(r.ok for r in rows)  # every cell answered, once
    # spend: exactly the bill for cells whose every attempt settled; at least the bill otherwise
    for r in rows:
        cell = next(c for c in expand(study) if (c.question.id, c.context.id, c.sample) ==
                    (r.question_id, r.context_id, r.sample))
        body = {"messages": [dict(m) for m in cell.messages],
                "seed": sampling_params(study, cell.model, cell.question.id, cell.context.id, cell.sample)["seed"]}
        billed = chaos.billed.get(request_key(body), 0.0)
        if (r.question_id, r.context_id, r.sample) in unsure or chaos.unknown.get(request_key(body)):
            assert (r.cost_usd or 0) >= billed - 1e-12
        else:
            assert r.cost_usd == pytest.approx(billed, abs=1e-12)
    # and per attempt, by the id each one sent: seen ones at exactly their bill, the rest covered by a reserve
    with Store(store_path) as st:
        ledger = {r[0]: (r[1], r[2], r[3]) for r in st.conn.execute("SELECT id, state, worst_usd, cost_usd "
                                                                     "FROM attempts")}
    assert chaos.no_id == 0 and set(chaos.bill) <= set(ledger)
    seen = {i: c for i, (state, _w, c) in ledger.items() if state == "seen"}
    assert all(chaos.bill[i][1] == c for i, c in seen.items())
    assert all(chaos.bill.get(i, ("", 0.0))[1] <= w for i, (state, w, _c) in ledger.items() if state != "seen")
    pieces = [CANARY[i:i + 8].encode() for i in range(len(CANARY) - 7)]
    for f in store_path.parent.glob(store_path.name + "*"):
        data = f.read_bytes()
        assert not any(p in data for p in pieces)
