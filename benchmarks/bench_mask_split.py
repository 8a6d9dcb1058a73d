"""Power and error of the masks' habit split (core.mask_contrast.split_independent) on simulated answers (by hand).

    .venv/bin/python benchmarks/bench_mask_split.py [--seeds 100] [--sizes 200 500 2000]

One context whose set passed: a register in a share of its answers (pool: 1-3 sentences drawn from 8; pool1: 1-2;
woven: each of 8 parts in a quarter of its answers independently, at least one), and a habit in 30% of all its
answers, independently (tests/test_mask_contrast.py's simulator). Prints, per design, in how many seeds the
habit became a mask of its own (power) and the register was split (error), with the habit and without it.
The suite runs smaller versions (40 and 30 seeds at 500 answers).

Then the whole test (contrast_labels, 99 permutations) on --riders corpora of 12 questions x 6 contexts x 40
answers with a register in context 0 and a prompt quirk in two of its cells, without a habit (any split is
false: the quirk must fail its own max-T test) and with one (power); the suite runs 4.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.mask_contrast import contrast_labels  # noqa: E402
from tests.test_mask_contrast import _register_habit_quirk, split_outcome  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 500, 2000])
    ap.add_argument("--riders", type=int, default=200)
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
    split = {0.0: 0, 0.3: 0}
    for seed in range(args.riders):
        for habit in split:
            R, q, c, _, _ = _register_habit_quirk(seed, habit=habit)
            split[habit] += contrast_labels(R, q, 12, c, 6, seed, min_size=5, n_perm=99)[2]["n_split"] > 0
    print(f"beside a register and a prompt quirk: a split in {split[0.0]}/{args.riders} corpora without a habit "
          f"(false), {split[0.3]}/{args.riders} with one (power)")


if __name__ == "__main__":
    main()
