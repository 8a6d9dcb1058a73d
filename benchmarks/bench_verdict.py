"""Calibration and power of the verdict's measures by simulation (run by hand; figures go into the README).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_verdict.py [--sims 200 --n-boot 499 --questions 10]

1. Null (tests/verdict_sim.py, kind "null": welfare and control answers from the same process, every context
   alike, push-back rate 0.3, evaluation awareness unrelated to the context): share of runs whose 95% interval
   covers the null value (0; 0.5 for the AUC; 0.3 for the push-back rate), per measure. Nominal: 95%.
2. Planted truth: share of runs in which the panel puts the smiling model's push-back, canned-ness,
   boilerplate and responsiveness lines on the suppressed/canned side and the reacting model's on the robust
   side, and the two models' nudging-gap and canned-ness intervals exclude each other's estimates.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.verdict import CANNED, ROBUST, verdict_panels  # noqa: E402
from tests.verdict_sim import null_coverage, simulate, tags  # noqa: E402


def planted(n_sims: int, n_boot: int, n_q: int) -> dict[str, float]:
    """Share of runs in which each planted-truth check holds."""
    checks: dict[str, list[bool]] = {}
    for i in range(n_sims):
        items = simulate("smiling", 1000 + 2 * i, n_q=n_q, n_control=n_q) + \
            simulate("reacting", 1001 + 2 * i, n_q=n_q, n_control=n_q)
        ps = {p.model: p for p in verdict_panels(items, ["smiling", "reacting"], tags(), "neutral", seed=i,
                                                 n_boot=n_boot)}
        side = {m: {ln.key: ln.side for ln in p.lines} for m, p in ps.items()}
        for key in ("push-back", "canned-across", "boilerplate", "responsiveness"):
            checks.setdefault(f"sides: {key}", []).append(
                side["smiling"][key] == CANNED and side["reacting"][key] == ROBUST)
        for key in ("nudging-gap", "canned-across", "canned-within"):
            a, b = ps["smiling"].measure(key), ps["reacting"].measure(key)
            assert a is not None and b is not None
            ok = all(x.ci_low is not None and x.ci_high is not None and y.estimate is not None
                     and not x.ci_low <= y.estimate <= x.ci_high for x, y in ((a, b), (b, a)))
            checks.setdefault(f"intervals exclude each other: {key}", []).append(ok)
    return {k: float(np.mean(v)) for k, v in checks.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sims", type=int, default=200)
    ap.add_argument("--n-boot", type=int, default=499)
    ap.add_argument("--questions", type=int, default=10)
    ap.add_argument("--out", default="runs/bench_verdict.json")
    a = ap.parse_args()
    t0 = time.perf_counter()
    cov = null_coverage(a.sims, a.n_boot, seed0=10_000, n_q=a.questions)
    t1 = time.perf_counter()
    power = planted(max(a.sims // 4, 10), a.n_boot, a.questions)
    t2 = time.perf_counter()
    out = {"sims": a.sims, "n_boot": a.n_boot, "questions": a.questions, "null_coverage": cov,
           "planted_truth": power, "seconds": {"null": round(t1 - t0, 1), "planted": round(t2 - t1, 1)}}
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"null coverage of the 95% intervals ({a.sims} runs, {a.questions} welfare + {a.questions} control "
          f"questions, {a.n_boot} resamples):")
    for k, v in cov.items():
        print(f"  {k:40s} {v:.3f}")
    print(f"planted truth ({max(a.sims // 4, 10)} runs):")
    for k, v in power.items():
        print(f"  {k:50s} {v:.3f}")


if __name__ == "__main__":
    main()
