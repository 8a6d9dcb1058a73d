"""How the masks read sentences, compared on planted corpora (by hand).

    .venv/bin/python benchmarks/bench_sentence_vectors.py [--sizes 300 1000] [--seeds 2]
                                                          [--ways in_answer separate static] [--out runs/bench_sv.json]

Ways: `separate` (each unique sentence through the bundled ONNX MiniLM: `--mask-sentences embedder`, and `auto`
up to 5,000 sentences), `static` (core/embed_static.py's distilled word-piece vectors: `auto` above that), and
`in_answer` (sentence vectors pooled from the answer's own MiniLM pass, CachedEmbedder(..., sentence_vectors=True)).
Per planted generator (tests/planted_masks.py: dev added, shared; held out pool, partial, woven, tone; and null)
x size x seed, and on tests/planted.py's 600-response corpus (the slow test's): ARI against the planted registers,
registers (>= 5% of responses) missed, overall stability, masks reported (stability >= 0.8), masks both stable
and associated (the null should have none), the seconds spent reading sentences, and the word pieces each way
runs through the transformer (answers only, or answers + every unique sentence, or none).
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
from core.masks import find_masks, split_sentences  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.store import Store  # noqa: E402
from tests.planted import make_planted_corpus  # noqa: E402
from tests.planted_masks import DEV, HELD_OUT, make_corpus, recovered  # noqa: E402

WAYS = ("in_answer", "separate", "static")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--styles", nargs="+", default=[*DEV, *HELD_OUT, "null"])
    ap.add_argument("--ways", nargs="+", choices=WAYS, default=list(WAYS))
    ap.add_argument("--out", default="runs/bench_sv.json")
    args = ap.parse_args()
    emb = default_embedder()
    static = StaticEmbedder()
    rows = []
    corpora = [("planted600", 1, make_planted_corpus(1))]
    corpora += [(s, seed, make_corpus(s, seed=seed, size=n)) for s in args.styles for n in args.sizes
                for seed in range(args.seeds)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.sqlite") as store:
        for style, seed, c in corpora:
            texts = [normalize(t) for t in c.texts]
            uniq = list(dict.fromkeys(texts))
            sents = list(dict.fromkeys(s for t in texts for s in split_sentences(t, 3)))
            answers = sum(len(e.ids) for e in emb.tokenizer.encode_batch(uniq))  # type: ignore[attr-defined]
            pieces = {"in_answer": answers, "static": answers, "separate": answers + sum(
                len(e.ids) for e in emb.tokenizer.encode_batch(sents))}  # type: ignore[attr-defined]
            pooled = CachedEmbedder(emb, store, sentence_vectors=True)
            if "in_answer" in args.ways:
                pooled.encode(texts)  # the answers' pass, as analyze does first
            for way in args.ways:
                spent = [0.0]
                reader = {"in_answer": pooled.encode, "separate": CachedEmbedder(emb, store).encode,
                          "static": static.encode}[way]

                def timed(batch: list[str], reader=reader, spent=spent) -> np.ndarray:  # type: ignore[no-untyped-def]
                    t0 = time.perf_counter()
                    out = reader(batch)
                    spent[0] += time.perf_counter() - t0
                    return out

                # in_answer is recognised by find_masks from the bound method of a CachedEmbedder: pass it as is
                embed = reader if way == "in_answer" else timed
                t = time.perf_counter()
                r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed,
                               sentence_embed=None if way == "in_answer" else embed)
                rec = recovered(c.registers, r.labels)
                row = {"style": style, "seed": seed, "n": len(texts), "way": way,
                       "ari": round(adjusted_rand_score(c.registers, r.labels), 4),
                       "missed": sorted(k for k, v in rec.items() if not v), "stability": r.stability,
                       "n_masks": len(r.masks), "n_reported": sum(m.reported for m in r.masks),
                       "n_stable_associated": sum(bool(m.reported and m.associated) for m in r.masks),
                       "read_s": round(spent[0], 2), "secs": round(time.perf_counter() - t, 1),
                       "word_pieces": pieces[way]}
                rows.append(row)
                print(json.dumps(row), flush=True)
    print("\nmedian ARI (missed registers, stable+associated masks, seconds reading sentences) per generator, size:")
    for style, n in sorted({(r["style"], r["n"]) for r in rows}):
        cells = []
        for way in args.ways:
            mine = [r for r in rows if r["style"] == style and r["n"] == n and r["way"] == way]
            cells.append(f"{way} {statistics.median(r['ari'] for r in mine):.2f} ({sum(len(r['missed']) for r in mine)}"
                         f" missed, {sum(r['n_stable_associated'] for r in mine)} s+a, read "
                         f"{sum(r['read_s'] for r in mine):.1f} s)")
        print(f"  {style:>10} {n:>6}: " + " | ".join(cells))
    write_result(args.out, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
