"""What larger context sets cost: the masks stage with sets of up to --before contexts against --after (by hand).

    .venv/bin/python benchmarks/bench_context_sets.py [--size 20000] [--contexts 8] [--seeds 3] [--before 2]
                                                      [--after 4]

Blind set 14's corpora (seen; 3-10 contexts) of about --size answers, keeping the seeds whose corpus has at least
--contexts contexts (sets of three are candidates from 6 contexts on, of four from 7: core.mask_contrast.MAX_SET,
MIN_OUTSIDE). Each corpus is masked twice in this process, MaskParams(max_set=--before) then --after, no
reruns; prints the seconds of each, their ratio and both ARIs against the planted registers. With n contexts
there are n + C(n, 2) singles and pairs, C(n, 3) threes and C(n, 4) fours: 36, 92, 162 sets at 8 contexts
(up to 2, 3, 4), 55, 175, 385 at 10.
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
    ap.add_argument("--before", type=int, default=2, help="MaskParams.max_set of the baseline")
    ap.add_argument("--after", type=int, default=4, help="MaskParams.max_set measured against it")
    args = ap.parse_args()
    embed = StaticEmbedder().encode
    done, seed = 0, 0
    b, a = args.before, args.after
    print(f"| corpus | answers | contexts | up to {b} (s) | up to {a} (s) | ratio | ARI up to {b} | ARI up to {a} |")
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
        for max_set in (b, a):
            t = time.perf_counter()
            r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed,
                           n_reruns=0, sentence_embed=embed, params=MaskParams(max_set=max_set))
            out.append((time.perf_counter() - t, adjusted_rand_score(truth, r.labels)))
        ratios.append(out[1][0] / out[0][0])
        print(f"| {style} seed {seed - 1} | {c.n} | {len(c.contexts)} | {out[0][0]:.1f} | {out[1][0]:.1f} | "
              f"{ratios[-1]:.2f} | {out[0][1]:.3f} | {out[1][1]:.3f} |", flush=True)
        done += 1
    if ratios:
        print(f"median time ratio up to {a} / up to {b}: {sorted(ratios)[len(ratios) // 2]:.2f}")


if __name__ == "__main__":
    main()
