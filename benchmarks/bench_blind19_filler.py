"""Blind set 19's filler masks: what the masks of its null corpora are named by, and the planted styles'
ARI with the masks named by its filler lines set aside (by hand).

    .venv/bin/python benchmarks/bench_blind19_filler.py [--null-sizes 300 1000 3000] [--null-seeds 20]
                                                         [--sizes 1000] [--seeds 1]

tests/planted_blind19.py gives each context 3 of 7 opener lines of its own and its own opener, closer,
hedge and disclaimer rates (5-60%); a line only some contexts say is a way of answering those contexts
bring out, so the method reports it as a mask, in null corpora too. This counts the masks of null corpora
named by one of those lines (labels only, no stability reruns), and, per planted style, the ARI against
the planted registers as bench_masks.py scores it and with those masks' answers counted as no mask. It
reads the generator's private line lists: an evaluation aid, not part of the method.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from benchmarks.bench_masks import _registers  # noqa: E402
from core.embed_static import StaticEmbedder  # noqa: E402
from core.masks import MaskParams, find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from tests import planted_blind19 as gen  # noqa: E402
from tests.planted import PLAIN  # noqa: E402
from tests.planted_masks import recovered  # noqa: E402

FILLER = [x.lower() for x in gen._OPENERS + gen._CLOSERS + gen._HEDGES + gen._DISCLAIMERS]


def _run(style: str, seed: int, size: int):  # type: ignore[no-untyped-def]
    c = gen.make_corpus(style, seed=seed, size=size)
    texts = [normalize(t) for t in c.texts]
    embed = StaticEmbedder().encode
    r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed, n_reruns=0,
                   sentence_embed=embed, params=MaskParams())
    filler = [m.mask_id for m in r.masks
              if any(n in f or f in n for f in FILLER for n in [m.name.strip("\u2026").strip().lower()])]
    return c, r, filler


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--null-sizes", type=int, nargs="+", default=[300, 1000, 3000])
    ap.add_argument("--null-seeds", type=int, default=20)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000])
    ap.add_argument("--seeds", type=int, default=1)
    args = ap.parse_args()
    total = named = 0
    for size in args.null_sizes:
        for seed in range(100, 100 + args.null_seeds):
            _, r, filler = _run("null", seed, size)
            total, named = total + len(r.masks), named + len(filler)
    print(f"null corpora: {named} of {total} masks named by a filler line", flush=True)
    print("| style | answers | seed | ARI | ARI, filler masks as no mask | masks | filler masks | missed |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for size in args.sizes:
        for style in gen.STYLES:
            for seed in range(args.seeds):
                c, r, filler = _run(style, seed, size)
                planted = {x for v in c.planted.values() for x in _registers(v)}
                planted |= {x for x in c.registers if x.startswith("habit:")}
                truth = [x if x in planted else PLAIN for x in c.registers]
                kept = r.labels.copy()
                kept[[lab in filler for lab in kept]] = -1
                missed = [k for k, v in recovered(truth, r.labels).items() if not v]
                print(f"| {style} | {c.n} | {seed} | {adjusted_rand_score(truth, r.labels):.2f} "
                      f"| {adjusted_rand_score(truth, kept):.2f} | {len(r.masks)} | {len(filler)} "
                      f"| {', '.join(missed)} |", flush=True)


if __name__ == "__main__":
    main()
