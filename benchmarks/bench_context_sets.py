"""What the context sets of three cost: the masks stage with singles and pairs against with threes too (by hand).

    .venv/bin/python benchmarks/bench_context_sets.py [--size 20000] [--contexts 8] [--seeds 3]

Blind set 14's corpora (seen; 3-10 contexts) of about --size answers, keeping the seeds whose corpus has at least
--contexts contexts (sets of three are candidates from 6 contexts on: core.mask_contrast.MAX_SET). Each corpus
is masked twice in this process, MaskParams(max_set=2) then max_set=3, no reruns; prints the seconds of each,
their ratio and both ARIs against the planted registers. With n contexts there are n + C(n, 2) sets before and
C(n, 3) more after: 36 -> 92 at 8 contexts, 55 -> 175 at 10.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from core.embed_static import StaticEmbedder  # noqa: E402
from core.masks import MaskParams, find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from tests import planted_blind14  # noqa: E402
from tests.planted import PLAIN  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=20000)
    ap.add_argument("--contexts", type=int, default=8)
    ap.add_argument("--seeds", type=int, default=3, help="corpora to time")
    args = ap.parse_args()
    embed = StaticEmbedder().encode
    done, seed = 0, 0
    print("| corpus | answers | contexts | pairs (s) | threes (s) | ratio | ARI pairs | ARI threes |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    ratios = []
    while done < args.seeds and seed < 200:
        style = planted_blind14.STYLES[seed % len(planted_blind14.STYLES)]
        c = planted_blind14.make_corpus(style, seed=seed, size=args.size)
        seed += 1
        if len(c.contexts) < args.contexts:
            continue
        texts = [normalize(t) for t in c.texts]
        planted = set(c.planted.values()) | {x for x in c.registers if x.startswith("habit:")}
        truth = [x if x in planted else PLAIN for x in c.registers]
        out = []
        for max_set in (2, 3):
            t = time.perf_counter()
            r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed,
                           n_reruns=0, sentence_embed=embed, params=MaskParams(max_set=max_set))
            out.append((time.perf_counter() - t, adjusted_rand_score(truth, r.labels)))
        ratios.append(out[1][0] / out[0][0])
        print(f"| {style} seed {seed - 1} | {c.n} | {len(c.contexts)} | {out[0][0]:.1f} | {out[1][0]:.1f} | "
              f"{ratios[-1]:.2f} | {out[0][1]:.3f} | {out[1][1]:.3f} |", flush=True)
        done += 1
    if ratios:
        print(f"median time ratio threes / pairs: {sorted(ratios)[len(ratios) // 2]:.2f}")


if __name__ == "__main__":
    main()
