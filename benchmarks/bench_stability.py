"""Per-mask stability: is its rule calibrated, and how many reruns does it need? (run by hand)

    .venv/bin/python benchmarks/bench_stability.py [--reps 4000] [--pool 20] [--no-corpus]
                                                   [--store runs/maskscope.sqlite] [--out runs/bench_stability.json]

1. Known truth: rerun Jaccard indices drawn from the two families of tests/stability_sim.py (spread: a Beta
   around the stability; two-valued: a mask that holds whole or falls apart) on a grid of true stabilities. For
   3, 5 and 10 fixed reruns (core.analysis.N_RERUNS is 10) and for stopping once the interval leaves 0.8 (3 to 10,
   not shipped): how often the mask is shown (mean >= 0.8), how often wrongly, and how often the 95% t interval
   covers the true stability.
2. The bundled corpus's own reruns: per model, the main run with the analysis seed and --pool reruns; per mask the
   mean and sd of its Jaccard indices, then, with the pool's mean taken as the truth, how often 3 and 10 reruns
   drawn from the pool (with replacement, one draw for all masks of a model) show each mask near the rule.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

import numpy as np  # noqa: E402

from core.masks import STABILITY_MIN, stability_interval  # noqa: E402
from tests.stability_sim import simulate, spread, stop_when_settled, two_valued  # noqa: E402

FAMILIES = ([spread(t) for t in (0.6, 0.7, 0.75, 0.78, 0.82, 0.85, 0.9, 0.95)]
            + [spread(t, 10) for t in (0.6, 0.9)]
            + [two_valued(p, 0.3) for p in (0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95)])


def known_truth(reps: int, seed: int) -> list[dict[str, object]]:
    rows = []
    print(f"\n1. Known truth ({reps:,} draws per cell): shown / wrong / interval coverage")
    print(f"{'family':32s} {'true':>5s} | " + " | ".join(f"{c:^20s}" for c in ("3", "5", "10", "stop 3-10")))
    for i, fam in enumerate(FAMILIES):
        outs = [simulate(fam, n, reps, seed + i) for n in (3, 5, 10)]
        outs.append(simulate(fam, 10, reps, seed + i, rule=stop_when_settled(3), label="stop 3-10"))
        rows += [asdict(o) for o in outs]
        print(f"{fam.name:32s} {fam.theta:5.3f} | "
              + " | ".join(f"{o.shown:4.2f} {o.wrong:4.2f} {o.coverage:4.2f} {o.mean_reruns:4.1f}" for o in outs))
    return rows


def corpus_pools(store_path: str, pool: int) -> dict[str, dict[str, object]]:
    """Per model of the bundled corpus: mask sizes and a (masks x pool) array of rerun Jaccard indices."""
    from threadpoolctl import threadpool_limits

    from core import masks as M
    from core.analysis import _analysis_seed, _load_responses
    from core.embed import CachedEmbedder, default_embedder
    from core.normalize import normalize
    from core.store import Store

    store = Store(store_path)
    study = "ryff-perturbations"
    seed = _analysis_seed(store.require_study(study).get("spec") or {}, None)
    data = _load_responses(store, study, None)
    norm = [normalize(r.text) for r in data.ok]
    cached = CachedEmbedder(default_embedder(), store)
    out: dict[str, dict[str, object]] = {}
    for model in data.models:
        rows = data.rows_of(model)
        q, n_q = M._codes(data.column("question_id", rows))
        c, n_c = M._codes(data.column("context_id", rows))
        runner = M._Runner.embedded("stance", [norm[i] for i in rows], cached.encode, q, n_q, M.MaskParams(),
                                    None, None, None, c, n_c, M.N_PERM)
        t0 = time.time()
        with threadpool_limits(limits=1):
            labels = M._relabel(runner.run(seed).labels)
            runs = M.mask_stability_runs(labels, M._stability_reruns(runner, seed, pool))
        sizes = np.bincount(labels[labels >= 0]).tolist() if (labels >= 0).any() else []
        out[model] = {"n": len(rows), "seed": seed, "sizes": sizes, "runs": runs.round(6).tolist(),
                      "seconds": round(time.time() - t0, 1)}
        print(f"   {model}: {len(rows):,} answers, {len(sizes)} masks, 1 run + {pool} reruns in "
              f"{time.time() - t0:.0f}s", flush=True)
    return out


def resample_rule(runs: np.ndarray, n: int, reps: int, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Per mask: share of `reps` draws of n reruns from the pool that show it, and whose interval covers the
    pool's mean."""
    truth = runs.mean(axis=1)
    shown = np.zeros(len(runs))
    covered = np.zeros(len(runs))
    for _ in range(reps):
        cols = rng.integers(0, runs.shape[1], n)
        mean, low, high = stability_interval(runs[:, cols])
        shown += mean >= STABILITY_MIN
        covered += (low <= truth) & (truth <= high)
    return shown / reps, covered / reps


def corpus_part(pools: dict[str, dict[str, object]], reps: int, seed: int) -> list[dict[str, object]]:
    rng = np.random.default_rng(seed)
    rows = []
    print(f"\n2. Bundled corpus, masks with pool mean 0.6-0.95 (all masks: in --out): P(shown) with 3 / 10 reruns "
          f"drawn from the pool ({reps:,} draws)")
    for model, p in pools.items():
        runs = np.asarray(p["runs"], dtype=float)
        if not runs.size:
            continue
        shown3, cov3 = resample_rule(runs, 3, reps, rng)
        shown10, cov10 = resample_rule(runs, 10, reps, rng)
        for m, row in enumerate(runs):
            rec = {"model": model, "mask": m, "size": p["sizes"][m], "pool_mean": float(row.mean()),
                   "pool_sd": float(row.std(ddof=1)), "shown3": float(shown3[m]), "shown10": float(shown10[m]),
                   "coverage3": float(cov3[m]), "coverage10": float(cov10[m])}
            rows.append(rec)
            if 0.6 <= row.mean() <= 0.95:
                print(f"   {model[:26]:26s} mask {m:2d} ({rec['size']:5,}): mean {row.mean():.3f} "
                      f"sd {rec['pool_sd']:.3f} | shown {shown3[m]:.2f} / {shown10[m]:.2f} "
                      f"| coverage {cov3[m]:.2f} / {cov10[m]:.2f}")
    wrong3 = np.mean([(r["pool_mean"] >= STABILITY_MIN) != (r["shown3"] >= 0.5) for r in rows]) if rows else 0
    print(f"   all {len(rows)} masks: mean coverage {np.mean([r['coverage3'] for r in rows]):.2f} (3) / "
          f"{np.mean([r['coverage10'] for r in rows]):.2f} (10); masks more often on the wrong side than the right "
          f"with 3 reruns: {wrong3:.2%}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=4000)
    ap.add_argument("--pool", type=int, default=20, help="reruns per model of the bundled corpus (the truth)")
    ap.add_argument("--no-corpus", action="store_true", help="known truth only (seconds, not minutes)")
    ap.add_argument("--pools", help="reuse the pools of an earlier --out instead of rerunning")
    ap.add_argument("--store", default="runs/maskscope.sqlite")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="runs/bench_stability.json")
    args = ap.parse_args()
    result: dict[str, object] = {"known_truth": known_truth(args.reps, args.seed),
                                 "families": [{"name": f.name, "theta": f.theta} for f in FAMILIES]}
    if not args.no_corpus:
        print(f"\n   the bundled corpus's reruns ({args.store}):", flush=True)
        pools = json.loads(Path(args.pools).read_text())["pools"] if args.pools else corpus_pools(args.store, args.pool)
        result["pools"] = pools
        result["corpus"] = corpus_part(pools, args.reps, args.seed)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=1))
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
