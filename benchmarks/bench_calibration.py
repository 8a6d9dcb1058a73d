"""Calibration of every test and interval the analysis reports, on simulated studies with known truth (run by hand).

    OMP_NUM_THREADS=1 .venv/bin/python benchmarks/bench_calibration.py [--studies 200] [--power-studies 20]

Prints markdown tables (the README quotes them):
1. null studies: per-context false-positive rate of the shift and dispersion tests, and the share of studies
   with any question found (with no effect anywhere every question found is false, so this is the
   question-level FDR); the same for the scale test (Welch) and the marker test (paired sign-flip);
2. mixed studies (2 of 4 contexts move half their questions): question-level FDR among discoveries;
3. coverage of every 95% interval: context shift and dispersion (null, moved, collapsed contexts),
   Hedges' g (normal scores), marker rate (question-clustered answers). Per-question shift has no
   interval (see core/shift.py), so nothing to cover;
4. power: samples per cell (3, 5, 10, 20) x effect (true shift / noise floor) -> share of planted
   contexts found and of planted questions found (1 of 4 contexts planted, 30 questions).
Simulation in embedding space (tests/calibration_sim.py): unit vectors around per-question centres, planted
moves along a shared direction, truths by Monte Carlo.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.markers import marker_rates  # noqa: E402
from core.scales import g_interval, welch  # noqa: E402
from core.shift import model_shift  # noqa: E402
from tests.calibration_sim import Design, clustered_flags, context_coverage, one_marker  # noqa: E402

DESIGN = Design()
CONTEXTS = ["base", "c1", "c2", "c3", "c4"]


def _binom_ci(k: int, n: int) -> str:
    p = k / n
    half = 1.96 * math.sqrt(max(p * (1 - p), 1e-12) / n)
    return f"{100 * p:.1f}% (±{100 * half:.1f})"


def null_studies(n: int, n_q: int) -> list[str]:
    ctx_p = ctx_sig = disp_p = disp_sig = any_q = any_qd = n_ctx = 0
    for i in range(n):
        emb, qs, cs, _ = DESIGN.study(np.random.default_rng(10_000 + i), n_q=n_q, contexts=CONTEXTS, samples=5)
        res = model_shift("m", emb, qs, cs, "base", seed=i, contexts=CONTEXTS, n_perm=199)
        n_ctx += len(res.contexts)
        ctx_p += sum(r.p_value < 0.05 for r in res.contexts)
        ctx_sig += sum(r.significant for r in res.contexts)
        disp_p += sum(r.dispersion_p < 0.05 for r in res.contexts)
        disp_sig += sum(r.dispersion_significant for r in res.contexts)
        any_q += any(t.significant for t in res.tests)
        any_qd += any(t.dispersion_significant for t in res.tests)
    # scales: 20 runs per context, normal totals, 5 contexts vs baseline
    rng = np.random.default_rng(1)
    sc = 0
    n_sc = n * 4
    for _ in range(n_sc):
        _, p = welch(list(rng.normal(170, 5, 20)), list(rng.normal(170, 5, 20)))
        sc += p is not None and p < 0.05
    # markers: clustered flags, the same per-question tendency in both contexts
    ms = one_marker()
    mk = 0
    for i in range(n):
        ctx, qid, fl = clustered_flags(np.random.default_rng(20_000 + i), n_q, 5, {"base": 0.25, "x": 0.25})
        r = marker_rates("m", ctx, fl, ms, contexts=["base", "x"], question_ids=qid, baseline="base", seed=i)[1]
        mk += r.p_value < 0.05
    return [
        f"{n} null studies ({n_q} questions x 4 contexts vs baseline x 5 samples; no effect anywhere):",
        "",
        "| test | false-positive rate (95% MC interval) |",
        "|---|---|",
        f"| context shift, p < 0.05 (per context, {n_ctx}) | {_binom_ci(ctx_p, n_ctx)} |",
        f"| context shift, significant after BH over contexts | {_binom_ci(ctx_sig, n_ctx)} |",
        f"| context dispersion, p < 0.05 | {_binom_ci(disp_p, n_ctx)} |",
        f"| context dispersion, significant after BH | {_binom_ci(disp_sig, n_ctx)} |",
        f"| studies with any question significant (= question-level FDR here) | {_binom_ci(any_q, n)} |",
        f"| studies with any question's dispersion significant | {_binom_ci(any_qd, n)} |",
        f"| scale Welch test, p < 0.05 (20 vs 20 runs, {n_sc} tests) | {_binom_ci(sc, n_sc)} |",
        f"| marker paired sign-flip test, p < 0.05 ({n} tests) | {_binom_ci(mk, n)} |",
    ]


def mixed_studies(n: int, n_q: int) -> list[str]:
    fdp = []
    found = planted_total = 0
    for i in range(n):
        emb, qs, cs, planted = DESIGN.study(np.random.default_rng(30_000 + i), n_q=n_q, contexts=CONTEXTS,
                                            samples=10, move={"c1": 0.5, "c2": 0.5}, moved_share=0.5)
        res = model_shift("m", emb, qs, cs, "base", seed=i, contexts=CONTEXTS, n_perm=199)
        sig = [(t.question_id, t.context_id) for t in res.tests if t.significant]
        false = sum(not planted[k] for k in sig)
        fdp.append(false / max(1, len(sig)))
        found += len(sig) - false
        planted_total += sum(planted.values())
    return [
        f"{n} mixed studies ({n_q} questions, 2 of 4 contexts move half their questions by 0.5, 10 samples): "
        f"question-level FDR {100 * float(np.mean(fdp)):.1f}% (±{196 * float(np.std(fdp)) / math.sqrt(n):.1f}), "
        f"planted questions found {100 * found / planted_total:.0f}%.",
    ]


def coverage(n: int, n_q: int) -> list[str]:
    truth, hits = context_coverage(DESIGN, n, n_q, seed0=40_000)
    rows = [f"| context shift, {c} context (truth {truth[c][0]:.4f}) | {_binom_ci(h[0], n)} |" for c, h in hits.items()]
    rows += [f"| context dispersion, {c} context (truth {truth[c][1]:+.4f}) | {_binom_ci(h[1], n)} |"
             for c, h in hits.items()]
    rng = np.random.default_rng(2)
    n_g = 1000
    for size, delta in ((5, 0.0), (20, 1.0)):
        hit = 0
        for _ in range(n_g):
            lo, hi = g_interval(list(rng.normal(delta, 1, size)), list(rng.normal(0, 1, size)))
            hit += lo <= delta <= hi
        rows.append(f"| Hedges' g, {size} vs {size} runs, true difference {delta} SD ({n_g} draws) | "
                    f"{_binom_ci(hit, n_g)} |")
    ms = one_marker()
    n_m = 1000
    for rate in (0.25, 0.05):
        hit = 0
        for i in range(n_m):
            ctx, qid, fl = clustered_flags(np.random.default_rng(50_000 + i), n_q, 5, {"a": rate})
            r = marker_rates("m", ctx, fl, ms, question_ids=qid)[0]
            hit += r.ci_low <= rate <= r.ci_high
        rows.append(f"| marker rate {rate}, {n_q} questions x 5 answers, clustered ({n_m} draws) | "
                    f"{_binom_ci(hit, n_m)} |")
    return [f"Coverage of the nominal 95% intervals ({n} studies, {n_q} questions, 5 samples per cell):", "",
            "| interval | coverage (95% MC interval) |", "|---|---|", *rows]


def power(n: int, n_q: int) -> list[str]:
    moves = [0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.0]
    ratio = []
    for mv in moves:
        e, _, floor = DESIGN.truth(mv, n_q=100)
        ratio.append(e / floor)
    targets = [0.05, 0.1, 0.25, 0.5, 1.0]
    head = "| samples per cell | " + " | ".join(f"{t}x noise" for t in targets) + " |"
    out = [f"Power ({n} studies per cell, {n_q} questions, 1 of 4 contexts moved on every question; "
           "share of planted contexts found / of planted questions found):", "", head,
           "|---|" + "---|" * len(targets)]
    for samples in (3, 5, 10, 20):
        cells = []
        for t in targets:
            mv = float(np.interp(t, ratio, moves))
            ctx_found = q_found = 0
            for i in range(n):
                emb, qs, cs, _ = DESIGN.study(np.random.default_rng(60_000 + 1000 * samples + i), n_q=n_q,
                                              contexts=CONTEXTS, samples=samples, move={"c1": mv})
                res = model_shift("m", emb, qs, cs, "base", seed=i, contexts=CONTEXTS, n_perm=199)
                ctx_found += next(r for r in res.contexts if r.context_id == "c1").significant
                q_found += sum(t_.significant for t_ in res.tests if t_.context_id == "c1")
            cells.append(f"{100 * ctx_found / n:.0f}% / {100 * q_found / (n * n_q):.0f}%")
        out.append(f"| {samples} | " + " | ".join(cells) + " |")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--studies", type=int, default=200, help="simulated studies for FPR, FDR and coverage")
    ap.add_argument("--power-studies", type=int, default=20, help="simulated studies per power-table cell")
    ap.add_argument("--questions", type=int, default=30, help="questions per simulated study (coverage: 50)")
    args = ap.parse_args()
    t0 = time.process_time()
    for part in (null_studies(args.studies, args.questions), mixed_studies(args.studies, args.questions),
                 coverage(args.studies, 50), power(args.power_studies, args.questions)):
        print("\n".join(part), end="\n\n", flush=True)
    print(f"CPU time {time.process_time() - t0:.0f} s")


if __name__ == "__main__":
    main()
