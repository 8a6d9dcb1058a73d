"""Masks' sentence reader: static word-piece vectors distilled from MiniLM vs MiniLM run on each sentence, by hand.

    .venv/bin/python benchmarks/bench_static_sentences.py [--sizes 300 1000] [--seeds 2] [--out runs/bench_static.json]

Per planted generator (tests/planted_masks.py: dev added, shared; held out pool, partial, woven, tone; and null) x
size x seed, and on tests/planted.py's 600-response corpus: find_masks with the sentences read by
core.embed_static (the default) and by the bundled ONNX MiniLM on each unique sentence (`--mask-sentences
embedder`). Per run: ARI against the planted registers, registers (>= 5% of responses) missed, overall stability,
masks reported (stability >= 0.8), masks both stable and associated (the null should have none), and the seconds
spent reading sentences (the rest of find_masks is the same code either way).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports transformers

import numpy as np  # noqa: E402
from sklearn.metrics import adjusted_rand_score  # noqa: E402

from benchmarks._common import write_result  # noqa: E402
from core.embed import CachedEmbedder, default_embedder  # noqa: E402
from core.embed_static import StaticEmbedder  # noqa: E402
from core.masks import find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.store import Store  # noqa: E402
from tests.planted import make_planted_corpus  # noqa: E402
from tests.planted_masks import DEV, HELD_OUT, make_corpus, recovered  # noqa: E402

WAYS = ("static", "minilm")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--styles", nargs="+", default=[*DEV, *HELD_OUT, "null"])
    ap.add_argument("--ways", nargs="+", choices=WAYS, default=list(WAYS))
    ap.add_argument("--out", default="runs/bench_static.json")
    args = ap.parse_args()
    static = StaticEmbedder()
    rows = []
    corpora = [("planted600", 1, make_planted_corpus(1))]
    corpora += [(s, seed, make_corpus(s, seed=seed, size=n)) for s in args.styles for n in args.sizes
                for seed in range(args.seeds)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.sqlite") as store:
        minilm = CachedEmbedder(default_embedder(), store) if "minilm" in args.ways else None
        for style, seed, c in corpora:
            texts = [normalize(t) for t in c.texts]
            for way in args.ways:
                spent = [0.0]
                reader = static.encode if way == "static" else minilm.encode  # type: ignore[union-attr]

                def timed(batch: list[str], reader=reader, spent=spent) -> np.ndarray:  # type: ignore[no-untyped-def]
                    t0 = time.perf_counter()
                    out = reader(batch)
                    spent[0] += time.perf_counter() - t0
                    return out

                t = time.perf_counter()
                r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), timed, seed=seed,
                               sentence_embed=timed)
                rec = recovered(c.registers, r.labels)
                row = {"style": style, "seed": seed, "n": len(texts), "way": way,
                       "ari": round(adjusted_rand_score(c.registers, r.labels), 4),
                       "missed": sorted(k for k, v in rec.items() if not v), "stability": r.stability,
                       "n_masks": len(r.masks), "n_reported": sum(m.reported for m in r.masks),
                       "n_stable_associated": sum(bool(m.reported and m.associated) for m in r.masks),
                       "read_s": round(spent[0], 2), "secs": round(time.perf_counter() - t, 1)}
                rows.append(row)
                print(json.dumps(row), flush=True)
    print("\nmedian ARI (missed registers) per generator and size:")
    keys = sorted({(r["style"], r["n"]) for r in rows})
    for style, n in keys:
        cells = []
        for way in args.ways:
            mine = [r for r in rows if r["style"] == style and r["n"] == n and r["way"] == way]
            if mine:
                cells.append(f"{way} {statistics.median(r['ari'] for r in mine):.2f} "
                             f"({sum(len(r['missed']) for r in mine)} missed, "
                             f"{sum(r['n_stable_associated'] for r in mine)} stable+associated, "
                             f"read {sum(r['read_s'] for r in mine):.1f} s)")
        print(f"  {style:>10} {n:>6}: " + " | ".join(cells))
    write_result(args.out, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
