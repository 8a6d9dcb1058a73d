"""Sentence vectors pooled from the answer's own pass vs each sentence embedded alone: mask recovery, by hand.

    .venv/bin/python benchmarks/bench_sentence_vectors.py [--size 300] [--seeds 2] [--out runs/bench_sv.json]

Real all-MiniLM-L6-v2 (the default ONNX embedder), one cache for both ways. Per planted generator
(tests/planted_masks.py: dev added, shared; held out pool, partial, woven, tone; and null) x seed, and on
tests/planted.py's 600-response corpus (the slow test's): find_masks with sentence vectors pooled from the
answers' pass (CachedEmbedder(..., sentence_vectors=True)) and embedded alone (the default): ARI against the
planted registers, registers (>= 5% of responses) missed,
overall stability, masks reported (stability >= 0.8), masks both stable and associated (the null should have
none), and the word pieces each way embeds (answers only, or answers + every unique sentence).
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

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from benchmarks._common import write_result  # noqa: E402
from core.embed import CachedEmbedder, default_embedder  # noqa: E402
from core.masks import find_masks, split_sentences  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.store import Store  # noqa: E402
from tests.planted import make_planted_corpus  # noqa: E402
from tests.planted_masks import DEV, HELD_OUT, make_corpus, recovered  # noqa: E402

WAYS = ("in_answer", "separate")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--seeds", type=int, default=2)
    ap.add_argument("--styles", nargs="+", default=[*DEV, *HELD_OUT, "null"])
    ap.add_argument("--out", default="runs/bench_sv.json")
    args = ap.parse_args()
    emb = default_embedder()
    rows = []
    corpora = [("planted600", 1, make_planted_corpus(1))]
    corpora += [(s, seed, make_corpus(s, seed=seed, size=args.size)) for s in args.styles for seed in range(args.seeds)]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "c.sqlite") as store:
        for style, seed, c in corpora:
            texts = [normalize(t) for t in c.texts]
            cached = CachedEmbedder(emb, store, sentence_vectors=True)
            cached.encode(texts)  # the answers' pass, as analyze does first
            uniq = list(dict.fromkeys(texts))
            sents = list(dict.fromkeys(s for t in texts for s in split_sentences(t, 3)))
            pieces = {"in_answer": sum(len(e.ids) for e in emb.tokenizer.encode_batch(uniq)),  # type: ignore[attr-defined]
                      "separate": sum(len(e.ids) for e in emb.tokenizer.encode_batch(sents))}  # type: ignore[attr-defined]
            pieces["separate"] += pieces["in_answer"]
            for way in WAYS:
                t = time.perf_counter()
                embed = cached.encode if way == "in_answer" else CachedEmbedder(emb, store).encode
                r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed)
                secs = time.perf_counter() - t
                assert r.params.get("sentence_vectors", "separate") == way
                rec = recovered(c.registers, r.labels)
                row = {"style": style, "seed": seed, "n": len(texts), "way": way,
                       "ari": round(adjusted_rand_score(c.registers, r.labels), 4),
                       "missed": sorted(k for k, v in rec.items() if not v), "stability": r.stability,
                       "n_masks": len(r.masks), "n_reported": sum(m.reported for m in r.masks),
                       "n_stable_associated": sum(bool(m.reported and m.associated) for m in r.masks),
                       "mask_stability": [m.stability for m in r.masks], "secs": round(secs, 1),
                       "word_pieces": pieces[way]}
                rows.append(row)
                print(json.dumps(row), flush=True)
    print("\nsummary (median ARI / total missed / median stability / stable+associated masks on null):")
    for way in WAYS:
        mine = [r for r in rows if r["way"] == way]
        real = [r for r in mine if r["style"] != "null"]
        null = [r for r in mine if r["style"] == "null"]
        stab = statistics.median(r["stability"] for r in real)
        print(f"  {way:>9}: ARI {statistics.median(r['ari'] for r in real):.3f}, missed "
              f"{sum(len(r['missed']) for r in real)}, stability {stab:.3f}, "
              f"null stable+associated {sum(r['n_stable_associated'] for r in null)} over {len(null)} corpora, "
              f"word pieces {sum(r['word_pieces'] for r in mine)}")
    write_result(args.out, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
