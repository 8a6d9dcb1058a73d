"""Collector throughput: 640 cells against fake/ with 200 ms latency at concurrency 32; and the retry clock.

Ideal: 640 / 32 x 0.2 s = 4 s. Goal: elapsed <= 1.2 x ideal. Then one cell that meets three 429s with
Retry-After 0.2 s (goal: at least 0.6 s, the waits honoured) and one whose 1 s answers meet a 0.1 s
per-attempt timeout twice (goal: under 0.8 s). The unit tests check which waits and timeouts the collector
chose; the seconds they take on a real clock are measured here. Run:

    .venv/bin/python benchmarks/bench_concurrency.py [--cells 640] [--concurrency 32] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

from core.collect import Collector, Plan, RetryPolicy, Summary  # noqa: E402
from core.llm import LitellmResponder  # noqa: E402
from core.providers import fake  # noqa: E402
from core.records import Context, Message, ModelSpec, Question, Study  # noqa: E402
from core.store import Store  # noqa: E402
from core.study import expand  # noqa: E402


def bench_study(n_cells: int, concurrency: int) -> Study:
    """n_cells = questions x 4 contexts x 10 samples."""
    n_q = max(1, n_cells // 40)
    questions = tuple(Question(id=f"q{i:03d}", category="bench", text=f"Bench question {i}?") for i in range(n_q))
    contexts = tuple(
        Context(id=f"c{j}", label=f"c{j}", description="bench", tags={"setting": "chat", "framing": "neutral",
                                                                      "evaluation_obvious": False},
                messages=(Message("system", f"Frame {j}."), Message("user", "{question}")))
        for j in range(4)
    )
    return Study(name="bench", models=(ModelSpec("fake/bench"),), questions=questions, contexts=contexts,
                 baseline="c0", samples=10, concurrency=concurrency)


async def warm_up() -> float:
    """One call first: litellm imports lazily on its first request."""
    t0 = time.perf_counter()
    await LitellmResponder().respond("fake/warm", [{"role": "user", "content": "hi"}], {}, api_key=None, timeout=30)
    return time.perf_counter() - t0


async def one_cell(store: Store, name: str, policy: RetryPolicy, **fake_settings: object) -> tuple[float, Summary]:
    """Seconds one cell takes against the fake scripted with `fake_settings`."""
    study = replace(bench_study(1, 1), name=name, samples=1)
    study = replace(study, questions=study.questions[:1], contexts=study.contexts[:1])
    store.save_study(study)
    cells = expand(study)
    fake.reset(**fake_settings)
    t0 = time.perf_counter()
    summary = await Collector(study, store, policy=policy, progress=False, rng=random.Random(0)).run(
        Plan(tuple(cells), tuple(cells), 0, 0, 0.0))
    return time.perf_counter() - t0, summary


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cells", type=int, default=640)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2)
    args = ap.parse_args()

    study = bench_study(args.cells, args.concurrency)
    cells = expand(study)

    async def go(store: Store) -> tuple[float, float, float, Summary]:
        first = await warm_up()  # in the same loop as the run: litellm's logging worker binds to one loop
        gc.collect()
        gc.freeze()  # as `python -m core run` does before sending
        fake.reset(latency=args.latency)
        plan = Plan(tuple(cells), tuple(cells), 0, 0, 0.0)
        t0, c0 = time.perf_counter(), time.process_time()
        summary = await Collector(study, store, progress=False).run(plan)
        return first, time.perf_counter() - t0, time.process_time() - c0, summary

    async def retries(store: Store) -> tuple[tuple[float, Summary], tuple[float, Summary]]:
        fast = RetryPolicy(max_retries=4, base_delay=0.01, max_delay=0.05, timeout=30.0)
        honoured = await one_cell(store, "retry-after", fast, plan={"1": "429", "2": "429", "3": "429"},
                                  retry_after=0.2)
        timed_out = await one_cell(store, "timeout", RetryPolicy(max_retries=1, base_delay=0.01, timeout=0.1),
                                   latency=1.0)
        return honoured, timed_out

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        store.save_study(study)
        first, elapsed, cpu, summary = asyncio.run(go(store))
        stored = store.count(study.name)
        ctl = fake.CONTROL
        (t_429, s_429), (t_out, s_out) = asyncio.run(retries(store))
    ideal = len(cells) / args.concurrency * args.latency
    print(f"cells={len(cells)} concurrency={args.concurrency} latency={args.latency:.3f}s "
          f"ok={summary.ok} errors={summary.errors} stored={stored} max_in_flight={ctl.max_in_flight}")
    print(f"first call (litellm warm-up, excluded): {first:.2f} s")
    print(f"elapsed {elapsed:.2f} s, ideal {ideal:.2f} s, ratio {elapsed / ideal:.3f} (goal <= 1.2)")
    print(f"overhead per cell beyond the ideal: {(elapsed - ideal) / len(cells) * 1000:.2f} ms; "
          f"CPU per cell {cpu / len(cells) * 1000:.2f} ms (x{len(cells)} = {cpu:.2f} s of one core)")
    print(f"three 429s with Retry-After 0.2 s, then an answer: {t_429:.2f} s, {s_429.attempts} attempts "
          f"(goal >= 0.6 s)")
    print(f"1 s answers against a 0.1 s timeout, one retry: {t_out:.2f} s, {s_out.attempts} attempts, "
          f"{s_out.errors} error (goal < 0.8 s)")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    ok = summary.ok == len(cells) and t_429 >= 0.6 and s_429.ok == 1 and t_out < 0.8 and s_out.errors == 1
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
