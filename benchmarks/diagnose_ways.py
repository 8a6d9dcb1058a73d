"""Why two registers of one context stayed one mask: which of the two-ways rules refused them (by hand).

    .venv/bin/python benchmarks/diagnose_ways.py [--set blind23] [--styles two-in-one composite]
                                                 [--sizes 300 1000 3000 10000 20000] [--seeds 2]
                                                 [--out runs/diagnose_ways.json]

Reruns bench_masks' runs (static reader, no reruns) and, for every run that misses a planted register,
lists each set `core.mask_contrast.exclusive_ways` tried whose two sides passed the exclusion test on the
test half (answers hold both at most WAYS_OVERLAP of what independent sides give, Poisson at ALPHA) but
which was not split, with the sides' origin: "atoms" (the eigenvector: such a set failed the go-together
guard, neither side's atoms nor both sides' counts added going together, what a register said one line at a
time looks like) or "words" (`_word_sides`: the words did not part as the sides do, `_words_part`). A miss
with no such set had sides chosen across the two registers, or no set to split. A diagnostic of the method
as it is: it wraps `_ways_hold` to read its inputs and changes nothing it returns.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np
from scipy.stats import poisson

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
sys.path.insert(0, str(ROOT))

import bench_masks  # noqa: E402

import core.mask_contrast as mc  # noqa: E402
from benchmarks._common import machine, write_result  # noqa: E402


def _exclusion(A: Any, side: np.ndarray, strata: np.ndarray, overlap: float, level: float) -> dict[str, Any]:
    """The exclusion half of `_ways_hold`, recomputed: answers holding both sides against independence."""
    s = np.unique(strata, return_inverse=True)[1]
    h1 = np.asarray(A[:, np.flatnonzero(side)].sum(axis=1)).ravel() > 0
    h2 = np.asarray(A[:, np.flatnonzero(~side)].sum(axis=1)).ravel() > 0
    n = np.maximum(np.bincount(s), 1)
    both = int((h1 & h2).sum())
    expect = float((np.bincount(s, h1) * np.bincount(s, h2) / n).sum())
    ok = expect > 0 and both <= overlap * expect and poisson.cdf(both, expect) <= level
    return {"atoms": [int(side.sum()), int((~side).sum())], "answers": [int(h1.sum()), int(h2.sum())],
            "both": both, "expect": round(expect, 1), "exclusion": bool(ok)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=sorted(bench_masks.SETS), default="blind23")
    ap.add_argument("--styles", nargs="+", default=["two-in-one", "composite"])
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000, 3000, 10000, 20000])
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT.parent / "runs" / "diagnose_ways.json")
    args = ap.parse_args()
    make = bench_masks.SETS[args.set][0]
    from core.embed_static import StaticEmbedder

    static = StaticEmbedder().encode
    tried: list[dict[str, Any]] = []
    real = mc._ways_hold

    def traced(A: Any, side: np.ndarray, strata: np.ndarray, overlap: float, level: float, H: Any = None,
               lone: Any = None) -> bool:
        split = real(A, side, strata, overlap, level, H, lone)
        tried.append({**_exclusion(A, side, strata, overlap, level), "sides_by": "atoms" if H is None else "words",
                      "split": split})
        return split

    mc._ways_hold = traced  # read only: the wrapped rule's answer is returned unchanged
    rows = []
    for style in args.styles:
        for size in args.sizes:
            for seed in range(args.seeds):
                tried.clear()
                row = bench_masks.run_one(style, size, seed, lambda n, t: (static, "static"), 0, make)
                if not row["missed"]:
                    continue
                refused = [t for t in tried if t["exclusion"] and not t["split"]]
                rows.append({"style": style, "size": row["size"], "seed": seed, "missed": row["missed"],
                             "miss_kinds": row["miss_kinds"], "exclusion_held_split_refused": refused})
                print(rows[-1], flush=True)
    held = sum(bool(r["exclusion_held_split_refused"]) for r in rows)
    print(f"{len(rows)} runs miss a register; in {held} some set's two sides excluded each other and the "
          f"split was refused")
    write_result(args.out, {"set": args.set, "machine": machine(), "rows": rows, "n_missed_runs": len(rows),
                            "n_split_refused": held})


if __name__ == "__main__":
    main()
