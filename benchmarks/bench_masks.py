"""Masks on planted corpora the defaults were not chosen on: generator x size -> ARI, recovery, null rate (by hand).

    .venv/bin/python benchmarks/bench_masks.py [--sizes 300 1000 3000 10000 20000] [--seeds 3] [--null-seeds 20]
                                               [--reader auto] [--real-up-to 1000]
                                               [--store runs/bench_masks.sqlite] [--out runs/bench_masks.json]

Generators: tests/planted_masks.py (dev: added, shared; held out: pool, partial, woven, tone; null).
Sentence reader (--reader): `auto` (default, what analyze does: MiniLM on each sentence up to 5,000 unique
sentences, core/embed_static.py above; MiniLM cached in --store), `static` (every size), or `minilm`: the ONNX
all-MiniLM-L6-v2 on each sentence for sizes <= --real-up-to and the FakeEmbedder (bag of hashed words:
paraphrases close, see tests/fakes.py) above; each row says which (table: * fake, † MiniLM, else static).
Per cell: median ARI against the planted registers (PLAIN and -1 each one label), registers covering >= 5% of
responses that no mask recovered, and the time.
Null: share of seeds where some mask passes both rules (stability >= 0.8 and Holm-adjusted association p < 0.05).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from core.masks import find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from tests.fakes import FakeEmbedder  # noqa: E402
from tests.planted_masks import DEV, HELD_OUT, make_corpus, recovered  # noqa: E402


def run_one(style: str, size: int, seed: int, pick, n_reruns: int) -> dict:  # type: ignore[no-untyped-def]
    c = make_corpus(style, seed=seed, size=size)
    texts = [normalize(t) for t in c.texts]
    embed, name = pick(size, texts)
    t = time.perf_counter()
    r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed,
                   n_reruns=n_reruns, sentence_embed=embed)
    secs = time.perf_counter() - t
    rec = recovered(c.registers, r.labels)
    return {"style": style, "size": c.n, "seed": seed, "ari": adjusted_rand_score(c.registers, r.labels),
            "missed": sorted(k for k, v in rec.items() if not v), "n_masks": len(r.masks),
            "n_reported": sum(m.reported for m in r.masks),
            "passing": sum(m.reported and m.associated for m in r.masks), "seconds": secs, "embedder": name}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000, 3000, 10000, 20000])
    ap.add_argument("--styles", nargs="+", default=list(DEV + HELD_OUT))
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--null-seeds", type=int, default=20)
    ap.add_argument("--null-sizes", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--reader", choices=["auto", "static", "minilm"], default="auto", help="what reads the sentences")
    ap.add_argument("--real-up-to", type=int, default=1000, help="--reader minilm: largest size read by MiniLM")
    ap.add_argument("--n-reruns", type=int, default=5)
    ap.add_argument("--store", type=Path, default=ROOT / "runs" / "bench_masks.sqlite")
    ap.add_argument("--out", type=Path, default=ROOT / "runs" / "bench_masks.json")
    args = ap.parse_args()

    fake = FakeEmbedder().encode
    real = None
    if args.reader != "minilm":
        from core.embed_static import StaticEmbedder

        static = StaticEmbedder().encode
    if args.reader == "auto":
        args.real_up_to = max(args.sizes + args.null_sizes)
    if args.reader != "static" and args.real_up_to > 0:
        from core.embed import CachedEmbedder, default_embedder
        from core.store import Store

        args.store.parent.mkdir(parents=True, exist_ok=True)
        real = CachedEmbedder(default_embedder(), Store(args.store)).encode
    rows = []

    def embedder(size: int, texts: list[str]):  # type: ignore[no-untyped-def]
        if args.reader == "static":
            return static, "static"
        if args.reader == "auto":
            from core.embed import AUTO_EMBEDDER_MAX
            from core.masks import n_unique_sentences

            return (real, "MiniLM") if n_unique_sentences(texts) <= AUTO_EMBEDDER_MAX else (static, "static")
        return (real, "MiniLM") if real is not None and size <= args.real_up_to else (fake, "fake")

    for size in args.sizes:
        for style in args.styles:
            for seed in range(args.seeds):
                row = run_one(style, size, seed, embedder, args.n_reruns)
                rows.append(row)
                print(json.dumps(row), flush=True)
    for size in args.null_sizes:
        for seed in range(args.null_seeds):
            row = run_one("null", size, 100 + seed, embedder, args.n_reruns)
            rows.append(row)
            print(json.dumps(row), flush=True)

    print("\n| generator | role | " + " | ".join(str(s) for s in args.sizes) + " |")
    print("|---|---|" + "---|" * len(args.sizes))
    for style in args.styles:
        cells = []
        for size in args.sizes:
            rs = [r for r in rows if r["style"] == style and abs(r["size"] - size) <= 0.1 * size]
            if not rs:
                cells.append("")
                continue
            missed = sum(bool(r["missed"]) for r in rs)
            cells.append(f"{statistics.median(r['ari'] for r in rs):.2f}" + (f" ({missed} miss)" if missed else "")
                         + {"fake": "*", "MiniLM": "†"}.get(rs[0]["embedder"], ""))
        role = "dev" if style in DEV else "held out"
        print(f"| {style} | {role} | " + " | ".join(cells) + " |")
    for size in args.null_sizes:
        rs = [r for r in rows if r["style"] == "null" and abs(r["size"] - size) <= 0.1 * size]
        if rs:
            bad = sum(r["passing"] > 0 for r in rs)
            print(f"null, size {size} ({rs[0]['embedder']}): some mask passes both rules in {bad}/{len(rs)} seeds")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=1) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
