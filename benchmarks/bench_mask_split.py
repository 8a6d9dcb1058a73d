"""Power and error of the masks' habit split (core.mask_contrast.split_independent) on simulated answers (by hand).

    .venv/bin/python benchmarks/bench_mask_split.py [--seeds 100] [--sizes 200 500 2000]

One context whose set passed: a register in a share of its answers (pool: 1-3 sentences drawn from 8; pool1: 1-2;
woven: each of 8 parts in a quarter of its answers independently, at least one), and a habit in 30% of all its
answers, independently (tests/test_mask_contrast.py's simulator). Prints, per design, in how many seeds the
habit became a mask of its own (power) and the register was split (error), with the habit and without it.
The suite runs smaller versions (40 and 30 seeds at 500 answers).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_mask_contrast import split_outcome  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 500, 2000])
    args = ap.parse_args()
    print("| register | answers | in answers | habit split off | register split (habit) | register split (none) |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in ("pool", "pool1", "woven"):
        for n in args.sizes:
            for rate in (0.3, 0.6, 0.9, 1.0):
                with_habit = [split_outcome(s, n=n, rate=rate, kind=kind, habit=0.3) for s in range(args.seeds)]
                alone = [split_outcome(s, n=n, rate=rate, kind=kind, habit=0.0) for s in range(args.seeds)]
                found = sum(h for _, h in with_habit)
                broken, broken_alone = sum(not w for w, _ in with_habit), sum(not w for w, _ in alone)
                print(f"| {kind} | {n} | {rate:.0%} | {found}/{args.seeds} | {broken}/{args.seeds} "
                      f"| {broken_alone}/{args.seeds} |")


if __name__ == "__main__":
    main()
