"""Error and power of the two-ways split (core.mask_contrast.exclusive_ways) on simulated answers (by hand).

    .venv/bin/python benchmarks/bench_ways.py [--seeds 100] [--sizes 200 500 2000]
                                              [--only split|link|words|skeleton|lone|short|questions]

One context whose set passed (tests/test_mask_contrast.py's `_ways`; every unit leans to the set and each
side passes its own test, so this measures the split rule alone). Error: one register (pool: 1-3 of 8 lines;
pool1: 1-2; one: exactly one; woven: each part in a quarter of its answers, at least one; stock: its one line;
alt: 1-2 of 4 sentences whose halves each have two wordings, 16 units; slot: 1-2 of 5 sentences, one a
template whose three adjectives' wordings never meet, 16 units; tmpl: exactly one of 4 templates of three
slots, 32 units, blind set 30's pure-paraphrase) in 30%, 60%, 90% or all of the
answers, with and without a habit in 30% of them; and one register of 15-45 rare phrases, each in 0.2-1% or
0.5-2% of the answers independently (where choosing the sides on the answers that test them split a third of
corpora); any split is false. Power: two registers on different answers, each in a share of them (a third
way, a way split again, is false), and three (split into three; a fourth is false). Ten questions in turn.
Each unit is given its sentence (`_sentence_of`: a template's or an alt sentence's units are one), as the
answers' sentences are in `contrast_labels`: a way is split again on lines, not on one line's wordings.
The suite runs 10 seeds of some designs at 500 answers.

Lone (`lone_part`): a way of one line beside a way whose lines pair (core.mask_contrast.WAYS_LONE), error on
one register in two modes and power on a line said instead of a register. Short (`short_part`): registers said
only in one- to three-word lines (core.mask_contrast.WAYS_SHORT_LINES). Questions (`questions_part`): ways said on
different questions (core.mask_contrast.WAYS_QUESTIONS).

Skeleton: the power designs with a phrase both registers' first lines share (one atom with a line of each, in
both ways' answers; blind set 26's close pairs, seen), which the ways leave out of their test (`_unmixed`).

Link (core.mask_contrast.linked_bundles with `way_group`): another context's line, said in the ways' context
too, whichever way an answer takes (a link to either way is false) or with one way (power: linked to that
way only), with the ways at 40% + 40%, 10% + 70% and 70% + 10% of the context's answers; the whole
`contrast_labels` on ~3,000 answers. The suite runs 3 seeds of two designs.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core.mask_contrast as mc  # noqa: E402
from tests.test_mask_contrast import (  # noqa: E402
    _questions,
    _split,
    blocks_outcome,
    line_outcome,
    short_outcome,
    ways_outcome,
    words_outcome,
)

KINDS = ("pool", "pool1", "one", "woven", "stock", "alt")
ERROR_KINDS = KINDS + ("slot", "tmpl")
"""The error designs add "slot" (a template whose adjective's wordings pass for two ways; the power designs keep
KINDS, so their figures compare with the runs before it)."""


def _parts(*kinds: str) -> int:
    return 32 if "tmpl" in kinds else 16 if "alt" in kinds or "slot" in kinds else 8


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 500, 2000])
    ap.add_argument("--only", choices=["split", "link", "words", "skeleton", "lone", "short", "questions"],
                    help="one part (default: split and link)")
    args = ap.parse_args()
    alone = {"words": words_part, "skeleton": skeleton_part, "lone": lone_part, "short": short_part,
             "questions": questions_part}
    if args.only in alone:
        alone[args.only](args.seeds, args.sizes)
        return
    if args.only != "link":
        split_part(args.seeds, args.sizes)
    if args.only != "split":
        link_part(args.seeds)


WORDINGS = ((1, 1), (1, 2), (1, 3), (1, None), (2, 2), (2, 4), (2, 8), (2, None), (3, 6), (3, 12))
"""(words per line, vocabulary): 1 word from 1-3 (every line the same word, or lines in two or three word groups:
where no word crosses the groups, a register's lines are two ways by their wording), 2 of 2-8, 3 of 6-12; None:
each line its own words."""


def words_part(S: int, sizes: list[int]) -> None:
    """The two ways by their words (core.mask_contrast._word_sides, _words_part): one register's lines one or
    a few at a time carrying words (error), and two registers each one line at a time (power)."""
    print("Error: one register split in two by its words (of seeds)\n")
    print("| register | answers | words | " + " | ".join(f"in {r:.0%}{' + noise' if z else ''}"
                                                       for r in (0.3, 0.9) for z in (0.0, 0.02)) + " |")
    print("|---|---:|---|" + "---:|" * 4)
    errors = total = 0
    for kind in ("one", "pool1", "pool"):
        for n in sizes:
            for (per_line, vocab), twins in itertools.product(WORDINGS, (False, True)):
                cells = []
                for rate in (0.3, 0.9):
                    for noise in (0.0, 0.02):
                        k = sum(words_outcome(s, n=n, plants=((kind, rate),), per_line=per_line, vocab=vocab,
                                              noise=noise, twins=twins) > 1 for s in range(S))
                        errors, total = errors + k, total + S
                        cells.append(str(k))
                print(f"| {kind} | {n} | {per_line} of {vocab or 'own'}{' + twins' if twins else ''} | "
                      + " | ".join(cells) + " |", flush=True)
    print(f"\nsplits: {errors} of {total}\n")
    print("Power: two registers on different answers, each its own vocabulary, split (of seeds)\n")
    print("| ways | answers | words | 20% + 20% | 40% + 40% | 40% + 40%, twins |\n|---|---:|---|---:|---:|---:|")
    for a, b in (("one", "one"), ("one", "pool1"), ("one", "stock"), ("stock", "stock"), ("pool1", "pool1"),
                 ("pool", "one")):
        for n in sizes:
            for per_line, vocab in ((1, 3), (2, 6), (3, 6)):
                cells = [str(sum(words_outcome(s, n=n, plants=((a, ra), (b, rb)), per_line=per_line,
                                               vocab=vocab, twins=twins) > 1 for s in range(S)))
                         for ra, rb, twins in ((0.2, 0.2, False), (0.4, 0.4, False), (0.4, 0.4, True))]
                print(f"| {a} + {b} | {n} | {per_line} of {vocab} | " + " | ".join(cells) + " |", flush=True)


LONE_WORDS = ((None, None), (1, 2), (2, 4), (2, None))
"""(words per line, vocabulary) of `lone_part`: no words at all, 1 of 2 and 2 of 4 shared by a register's lines,
and each line its own two words (None)."""


def lone_part(S: int, sizes: list[int]) -> None:
    """A way of one line split off a way whose lines pair when no word crosses them (core.mask_contrast.
    WAYS_LONE), against the rule before (False). Error: one register in two modes ("sig": its first line alone
    in a third of its answers, else a header, a sign-off or both; "mix": else 1-3 of its other lines), with the
    words of `LONE_WORDS`; a split is false, and where the register's lines share no words the two rules'
    difference is the stated limit. Power: a stock line said instead of a register (`_ways`' two plants never
    meet), without words (with words of their own the words' route splits them already).
    The suite runs 10 seeds of some designs at 500 answers."""
    print("Error: one register in two modes split in two (of seeds: rule before / WAYS_LONE)\n")
    print("| register | answers | words | in 30% | in 60% | in 90% |\n|---|---:|---|---:|---:|---:|")
    flag = mc.WAYS_LONE
    try:
        for kind in ("sig", "mix"):
            for n in sizes:
                for per_line, vocab in LONE_WORDS:
                    cells = []
                    for rate in (0.3, 0.6, 0.9):
                        got = []
                        for lone in (False, True):
                            mc.WAYS_LONE = lone
                            got.append(sum((ways_outcome(s, n=n, plants=((kind, rate),)) if per_line is None else
                                            words_outcome(s, n=n, plants=((kind, rate),), per_line=per_line,
                                                          vocab=vocab)) > 1 for s in range(S)))
                        cells.append(f"{got[0]} / {got[1]}")
                    said = "none" if per_line is None else f"{per_line} of {vocab or 'own'}"
                    print(f"| {kind} | {n} | {said} | " + " | ".join(cells) + " |", flush=True)
        print("\nPower: a stock line said instead of a register, split (of seeds: rule before / WAYS_LONE)\n")
        print("| ways | answers | 45% + 15% | 60% + 30% | 80% + 15% |\n|---|---:|---:|---:|---:|")
        for a in ("pool", "pool1", "woven", "alt", "sig"):
            for n in sizes:
                cells = []
                for ra, rb in ((0.45, 0.15), (0.6, 0.3), (0.8, 0.15)):
                    got = []
                    for lone in (False, True):
                        mc.WAYS_LONE = lone
                        got.append(sum(ways_outcome(s, n=n, plants=((a, ra), ("stock", rb)), parts=_parts(a)) > 1
                                       for s in range(S)))
                    cells.append(f"{got[0]} / {got[1]}")
                print(f"| {a} + stock | {n} | " + " | ".join(cells) + " |", flush=True)
    finally:
        mc.WAYS_LONE = flag


def short_part(S: int, sizes: list[int]) -> None:
    """Registers said only in one- to three-word lines (`short_outcome`: each line a sentence of its own word
    pair and one word of its register's vocabulary; core.mask_contrast.WAYS_SHORT_LINES). Before it nothing
    here could split (the ways' atoms were long units only). Error: one register; power: two on different
    answers."""
    print("Error: one register of short lines split in two (of seeds)\n")
    print("| register | answers | words | in 30% | in 60% | in 90% |\n|---|---:|---|---:|---:|---:|")
    errors = total = 0
    for kind in ("pool", "pool1", "one", "sig", "mix"):
        for n in sizes:
            for vocab in (1, 2, 3, None):
                got = [sum(short_outcome(s, n=n, plants=((kind, r),), vocab=vocab) > 1 for s in range(S))
                       for r in (0.3, 0.6, 0.9)]
                if kind not in ("sig", "mix"):
                    errors, total = errors + sum(got), total + 3 * S
                print(f"| {kind} | {n} | {vocab or 'own'} | " + " | ".join(map(str, got)) + " |", flush=True)
    print(f"\none register in one mode split: {errors} of {total} (sig and mix, one register in two modes that "
          "exclude each other, are the stated limit where no word crosses them)\n")
    print("Power: two registers of short lines on different answers split (of seeds)\n")
    print("| ways | answers | words | 20% + 20% | 40% + 40% | 30% + 60% |\n|---|---:|---|---:|---:|---:|")
    for a, b in (("one", "one"), ("pool1", "pool1"), ("pool", "one"), ("pool", "pool1"), ("one", "stock")):
        for n in sizes:
            for vocab in (1, 3, None):
                got = [sum(short_outcome(s, n=n, plants=((a, ra), (b, rb)), vocab=vocab) > 1 for s in range(S))
                       for ra, rb in ((0.2, 0.2), (0.4, 0.4), (0.3, 0.6))]
                print(f"| {a} + {b} | {n} | {vocab or 'own'} | " + " | ".join(map(str, got)) + " |", flush=True)


def questions_part(S: int, sizes: list[int]) -> None:
    """Ways said on different questions (`blocks_outcome`: the questions in two random halves, each half's
    answers 1-3 of its own eight lines; core.mask_contrast.WAYS_QUESTIONS), against the rule before (False).
    Power: two registers, each with words of its own. Error: one register whose lines do not depend on the
    question ("all questions"; "uneven": its answers' volume and length follow the question, a review's case
    for the permutation's null), or whose wording follows the question and shares its template words, or has no
    words; where each half has words of its own and none is shared, one register worded by question and two
    registers are the same data (the stated limit: split)."""
    flag = mc.WAYS_QUESTIONS
    print("Split in two (of seeds: rule before / WAYS_QUESTIONS)\n")
    print("| lines | words | questions | answers | in 15% | in 50% | in 90% |\n|---|---|---:|---:|---:|---:|---:|")
    try:
        for on_all, words, uneven in ((False, "own", False), (False, "shared", False), (False, "none", False),
                                      (True, "own", False), (True, "shared", False), (True, "own", True),
                                      (True, "shared", True)):
            for n_q in (8, 20):
                for n in sizes:
                    cells = []
                    for rate in (0.15, 0.5, 0.9):
                        got = []
                        for rule in (False, True):
                            mc.WAYS_QUESTIONS = rule
                            got.append(sum(blocks_outcome(s, n=n, words=words, rate=rate, n_q=n_q, on_all=on_all,
                                                          uneven=uneven) > 1 for s in range(S)))
                        cells.append(f"{got[0]} / {got[1]}")
                    lines = ("all questions, uneven" if uneven else "all questions") if on_all else "by question half"
                    print(f"| {lines} | {words} | {n_q} | {n} | " + " | ".join(cells) + " |", flush=True)
    finally:
        mc.WAYS_QUESTIONS = flag


def skeleton_part(S: int, sizes: list[int]) -> None:
    """Two registers whose first lines share a phrase (one atom with a line of each, in both ways' answers:
    blind set 26's close pairs, seen; `_ways(..., skeleton=True)`): power, and the phrase's way. The error with
    one register is the split part's (there the phrase is one more unit of its first line)."""
    print("Power: two registers on different answers, a phrase shared by their first lines, split (of seeds)\n")
    print("| ways | answers | 20% + 20% | 40% + 40% | 30% + 60% |\n|---|---:|---:|---:|---:|")
    for a, b in itertools.combinations_with_replacement(KINDS, 2):
        for n in sizes:
            cells = [str(sum(ways_outcome(s, n=n, plants=((a, ra), (b, rb)), parts=_parts(a, b), skeleton=True) > 1
                             for s in range(S)))
                     for ra, rb in ((0.2, 0.2), (0.4, 0.4), (0.3, 0.6))]
            print(f"| {a} + {b} | {n} | " + " | ".join(cells) + " |", flush=True)


def link_part(S: int) -> None:
    """A line another context says, beside two ways of one context (`ways_and_a_line`, ~3,000 answers): linked
    to a way only when it goes with that way's answers."""
    print("\nLink to one of two ways (of seeds): the line said in the ways' context whichever way, or with the"
          " persona way\n")
    print("| ways | line said | apart | persona | formal | all | lost |\n|---|---|---:|---:|---:|---:|---:|")
    for shares in ((0.4, 0.4), (0.1, 0.7), (0.7, 0.1)):
        for in_ways, in_persona in ((0.05, 0.0), (0.15, 0.0), (0.3, 0.0), (0.0, 0.2), (0.0, 0.5), (0.0, 1.0)):
            got = [line_outcome(s, in_ways=in_ways, in_persona=in_persona, shares=shares) for s in range(S)]
            said = f"{in_ways:.0%} of either" if in_ways else f"{in_persona:.0%} of persona"
            print(f"| {shares[0]:.0%} + {shares[1]:.0%} | {said} | "
                  + " | ".join(str(got.count(k)) for k in ("apart", "persona", "formal", "all", "lost")) + " |",
                  flush=True)


def split_part(S: int, sizes: list[int]) -> None:
    print("Error: one register split in two (of seeds; after the slash, three or more: a way split again)\n")
    print("| register | answers | " + " | ".join(f"in {r:.0%}{' + habit' if h else ''}"
                                              for r in (0.3, 0.6, 0.9, 1.0) for h in (0.0, 0.3)) + " |")
    print("|---|---:|" + "---:|" * 8)
    errors = total = deeper = 0
    for kind in ERROR_KINDS:
        for n in sizes:
            cells = []
            for rate in (0.3, 0.6, 0.9, 1.0):
                for habit in (0.0, 0.3):
                    got = [ways_outcome(s, n=n, plants=((kind, rate),), habit=habit, parts=_parts(kind))
                           for s in range(S)]
                    k, over = sum(g > 1 for g in got), sum(g > 2 for g in got)
                    errors, total, deeper = errors + k, total + S, deeper + over
                    cells.append(f"{k}" + (f" / {over}" if over else ""))
            print(f"| {kind} | {n} | " + " | ".join(cells) + " |", flush=True)
    print("\n| rare phrases | answers | 0.2-1% each | 0.5-2% each |\n|---:|---:|---:|---:|")
    for k in (15, 30, 45):
        for n in sizes:
            cells = []
            for lo, hi in ((0.002, 0.01), (0.005, 0.02)):
                split = 0
                for seed in range(S):
                    rng = np.random.default_rng(seed)
                    X = rng.random((n, k)) < rng.uniform(lo, hi, k)
                    split += _split(sparse.csr_matrix(X.astype(np.float64)), _questions(n), max(5, n // 100)) > 0
                errors, total = errors + split, total + S
                cells.append(str(split))
            print(f"| {k} | {n} | " + " | ".join(cells) + " |", flush=True)
    print(f"\nfalse splits: {errors} of {total}; of them into three or more: {deeper}\n")
    print("Power: two registers on different answers split (of seeds; after the slash, split into three or more:"
          " a way split again, false)\n")
    print("| ways | answers | 20% + 20% | 40% + 40% | 30% + 60% |")
    print("|---|---:|---:|---:|---:|")
    again = total = 0
    for a, b in itertools.combinations_with_replacement(KINDS, 2):
        for n in sizes:
            cells = []
            for ra, rb in ((0.2, 0.2), (0.4, 0.4), (0.3, 0.6)):
                got = [ways_outcome(s, n=n, plants=((a, ra), (b, rb)), parts=_parts(a, b)) for s in range(S)]
                over = sum(g > 2 for g in got)
                again, total = again + over, total + S
                cells.append(f"{sum(g > 1 for g in got)}" + (f" / {over}" if over else ""))
            print(f"| {a} + {b} | {n} | " + " | ".join(cells) + " |", flush=True)
    print(f"\ntwo registers split into three or more: {again} of {total}\n")
    print("Power: three registers on different answers, each in a share of them: split into three (of seeds;"
          " after the slash, into four or more, false)\n")
    print("| ways | answers | 15% each | 25% each | 10% + 20% + 50% |")
    print("|---|---:|---:|---:|---:|")
    again = total = 0
    for a, b, c in itertools.combinations_with_replacement(KINDS, 3):
        for n in sizes:
            cells = []
            for shares in ((0.15, 0.15, 0.15), (0.25, 0.25, 0.25), (0.1, 0.2, 0.5)):
                got = [ways_outcome(s, n=n, plants=tuple(zip((a, b, c), shares, strict=True)), parts=_parts(a, b, c))
                       for s in range(S)]
                over = sum(g > 3 for g in got)
                again, total = again + over, total + S
                cells.append(f"{sum(g == 3 for g in got)}" + (f" / {over}" if over else ""))
            print(f"| {a} + {b} + {c} | {n} | " + " | ".join(cells) + " |", flush=True)
    print(f"\nthree registers split into four or more: {again} of {total}")


if __name__ == "__main__":
    main()
