"""Error and power of the linked masks (core.mask_contrast.linked_bundles) on simulated answers (by hand).

    .venv/bin/python benchmarks/bench_link.py [--seeds 100] [--questions 8 12 20 30]

Seven contexts; context 1 says 1-2 of its six stock units in 80% of its answers, context 4 1-2 of its own six,
and beside them, with probability `cross`, one of context 1's (one register, two ways: tests/test_mask_contrast.py's
`_two_ways`, 6 answers per cell, 199 permutations). Per design, in how many corpora a link was made:
cross 0 is two contexts' own lines (any link is false), cross 0 with leak 5% is context 1's lines said in 5% of
every other context's answers (any link is false), cross > 0 is power. It also counts the corpora where both
contexts' sets passed, since only passed masks are linked, and where the lines went to the pair instead
(`twin_parts`), which the link does not join. The suite runs 3 seeds of three designs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.mask_contrast import contrast_labels  # noqa: E402
from tests.test_mask_contrast import _two_ways  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--questions", type=int, nargs="+", default=[8, 12, 20, 30])
    args = ap.parse_args()
    print("| questions | cross | leak | both passed | linked | lines to the pair |")
    print("|---:|---:|---:|---:|---:|---:|")
    for n_q in args.questions:
        for cross, leak in ((0.0, 0.0), (0.0, 0.05), (0.1, 0.0), (0.3, 0.0), (0.5, 0.0)):
            passed = linked = pair = 0
            for seed in range(args.seeds):
                R, q, c, _ = _two_ways(seed, cross=cross, leak=leak, n_q=n_q)
                _, con, info = contrast_labels(R, q, n_q, c, 7, seed, min_size=5, n_perm=199)
                ok = {s for s, p in zip(con.sets, con.passed, strict=True) if p}
                passed += {(1,), (4,)} <= ok
                linked += info.get("n_linked", 0) > 0
                pair += (1, 4) in ok
            print(f"| {n_q} | {cross:.0%} | {leak:.0%} | {passed}/{args.seeds} | {linked}/{args.seeds} "
                  f"| {pair}/{args.seeds} |", flush=True)


if __name__ == "__main__":
    main()
