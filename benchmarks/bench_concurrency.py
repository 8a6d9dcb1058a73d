"""Collector throughput: 640 cells against fake/ with 200 ms latency at concurrency 32.

Ideal: 640 / 32 x 0.2 s = 4 s. Goal: elapsed <= 1.2 x ideal. Run:

    .venv/bin/python benchmarks/bench_concurrency.py [--cells 640] [--concurrency 32] [--latency 0.2]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

from core.collect import Collector, Plan, Summary  # noqa: E402
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

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        store.save_study(study)
        first, elapsed, cpu, summary = asyncio.run(go(store))
        stored = store.count(study.name)
    ctl = fake.CONTROL
    ideal = len(cells) / args.concurrency * args.latency
    print(f"cells={len(cells)} concurrency={args.concurrency} latency={args.latency:.3f}s "
          f"ok={summary.ok} errors={summary.errors} stored={stored} max_in_flight={ctl.max_in_flight}")
    print(f"first call (litellm warm-up, excluded): {first:.2f} s")
    print(f"elapsed {elapsed:.2f} s, ideal {ideal:.2f} s, ratio {elapsed / ideal:.3f} (goal <= 1.2)")
    print(f"overhead per cell beyond the ideal: {(elapsed - ideal) / len(cells) * 1000:.2f} ms; "
          f"CPU per cell {cpu / len(cells) * 1000:.2f} ms (x{len(cells)} = {cpu:.2f} s of one core)")
    print(f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    return 0 if summary.ok == len(cells) else 1


if __name__ == "__main__":
    raise SystemExit(main())
