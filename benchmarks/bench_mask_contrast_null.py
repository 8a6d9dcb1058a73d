"""Calibration of the masks' context test (core/mask_contrast.py: two max-T, Bonferroni) under its null (by hand).

    .venv/bin/python benchmarks/bench_mask_contrast_null.py [--corpora 500] [--n-perm 199] [--partial-only]
                                                            [--design TEXT]

Answers x units from tests/test_mask_contrast.py's simulators: each question has its own unit rates, cells have
unequal sizes, units are independent of context given the question; the third design adds phrases that one
prompt's samples share (cell effects), which an answer-level shuffle mistook for context effects. Prints, per
design, in how many corpora some context set passed at level 0.05 and at 0.01 (a valid test: at most 5% and 1%,
up to simulation noise). The test suite runs smaller versions (200, 100 and 40 corpora at 99 shuffles).

The first three have 6 contexts (41 sets with the threes, core.mask_contrast.MAX_SET), the next two 7 (98 with
the threes and fours) and 10 (637 with the threes, fours and fives).
The last designs are partial nulls for the step-down. The first: a real register in context 0 made of 60
phrases each said on 2 questions (which, single-step, inflates the null of every other set), prompt quirks
elsewhere; it counts the corpora where some set other than the register's passed, with the step-down and
with the single step (the suite runs 60 corpora at 99 shuffles). The others: a register shared by three, four
or five of 10 contexts; they count the corpora where a set not inside those contexts passed. Last, three
contexts of which one answers tersely (tests/test_mask_contrast.py `_terse_context`: content phrases scale with
length, filler does not), alone (a null: some set passed) and with a register replacing content in 85% of its
answers (another set than the register's passed), at 600, 2,000 and 20,000 answers (a tenth of the corpora).
Before the net check (core.mask_contrast.OUTSIDE_BOUND) the other two passed in 20 of 20 at 2,000.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from core.mask_contrast import contrast  # noqa: E402
from tests.test_mask_contrast import (  # noqa: E402
    _answers,
    _cell_quirks,
    _terse_context,
    _with_register_of_many_phrases,
)

DESIGNS = {
    "10 questions, 3-8 answers per cell, 40 units": ({}, 10),
    "30 questions, 1 answer per cell, 20 units": ({"n_q": 30, "per_cell": (1, 1), "k": 20}, 30),
    "40 questions, 8 answers per cell, 30 prompt quirks (phrases of 2-3 random cells)": ({"quirks": 30}, 40),
    "7 contexts (98 sets with the threes and fours), 10 questions, 3-8 answers per cell, 40 units": ({"n_c": 7}, 10),
    "10 contexts (637 sets with the threes, fours and fives), 10 questions, 3-8 answers per cell, 40 units": (
        {"n_c": 10}, 10),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=int, default=500)
    ap.add_argument("--n-perm", type=int, default=199)
    ap.add_argument("--partial-only", action="store_true", help="only the step-down's partial nulls")
    ap.add_argument("--design", default="", help="only the designs whose name holds this text (e.g. 'contexts')")
    args = ap.parse_args()
    for name, (kw, n_q) in DESIGNS.items():
        if args.partial_only:
            break
        if args.design not in name:
            continue
        at05 = at01 = 0
        for seed in range(args.corpora):
            if "quirks" in kw:
                R, q, c = _cell_quirks(5000 + seed, **kw)  # type: ignore[arg-type]
            else:
                R, q, c, _ = _answers(5000 + seed, **kw)  # type: ignore[arg-type]
            con = contrast(R, q, n_q, c, int(kw.get("n_c", 6)), seed, alpha=0.05, n_perm=args.n_perm)
            at05 += bool(con.passed.any())
            at01 += bool((con.passed & (con.p <= 0.01)).any())
        print(f"{name}: some set passed in {at05}/{args.corpora} at 0.05, {at01}/{args.corpora} at 0.01", flush=True)
    for step_down in (True, False) if args.design in "partial null step-down" else ():
        hits = {0.05: 0, 0.01: 0}
        for seed in range(args.corpora):
            R, q, c = _cell_quirks(5000 + seed, n_q=12)
            R = _with_register_of_many_phrases(R, q, c, 5000 + seed, n_q=12, phrases=60)
            for alpha in hits:
                con = contrast(R, q, 12, c, 6, seed, alpha=alpha, n_perm=args.n_perm, step_down=step_down)
                hits[alpha] += bool(np.delete(con.passed, con.sets.index((0,))).any())
        print(f"partial null, register of 60 two-question phrases in context 0, 12 questions, prompt quirks, "
              f"{'step-down' if step_down else 'single step'}: another set passed in {hits[0.05]}/{args.corpora} "
              f"at 0.05, {hits[0.01]}/{args.corpora} at 0.01", flush=True)
    for shared in ((0, 1, 2), (0, 1, 2, 3), (0, 1, 2, 3, 4)):
        label = f"partial null, register shared by {('three', 'four', 'five')[len(shared) - 3]} of 10 contexts"
        hits = {0.05: 0, 0.01: 0}
        for seed in range(args.corpora if args.design in label else 0):
            R, q, c, _ = _answers(5000 + seed, n_c=10, planted={shared: 0.9})
            for alpha in hits:
                con = contrast(R, q, 10, c, 10, seed, alpha=alpha, n_perm=args.n_perm)
                # sets inside the shared ones hold its register (a phrase some of them say more): not false
                other = [i for i, s_ in enumerate(con.sets) if not set(s_) <= set(shared)]
                hits[alpha] += bool(con.passed[other].any())
        if args.design in label:
            print(f"{label} (contexts {shared[0]}-{shared[-1]}), step-down: a set not inside them passed in "
                  f"{hits[0.05]}/{args.corpora} at 0.05, {hits[0.01]}/{args.corpora} at 0.01", flush=True)

    terse_designs = (("a terse context (3 contexts, one says content at 0.4 of the others' rate), no register", 0.0),
                     ("a terse context whose register replaces content in 85% of its answers", 0.85))
    for label, share in terse_designs:
        for n in (600, 2000, 20000) if args.design in label else ():
            hits = {0.05: 0, 0.01: 0}
            found = 0
            for seed in range(args.corpora if n < 20000 else max(args.corpora // 10, 1)):
                R, q, c = _terse_context(5000 + seed, n=n, share=share)
                for alpha in hits:
                    con = contrast(R, q, 20, c, 3, seed, alpha=alpha, n_perm=args.n_perm)
                    hits[alpha] += bool(np.delete(con.passed, con.sets.index((2,))).any() if share
                                        else con.passed.any())
                    found += bool(share and alpha == 0.01 and con.passed[con.sets.index((2,))])
            runs = args.corpora if n < 20000 else max(args.corpora // 10, 1)
            print(f"{label}, {n} answers: {'another ' if share else 'some '}set passed in {hits[0.05]}/{runs} at "
                  f"0.05, {hits[0.01]}/{runs} at 0.01" + (f"; the register passed in {found}/{runs}" if share else ""),
                  flush=True)


if __name__ == "__main__":
    main()
