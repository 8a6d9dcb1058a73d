"""Masks vs BERTopic, embedding throughput and peak memory on a 10,000-response planted corpus (run by hand).

    .venv/bin/pip install --no-deps bertopic==0.17.4      # for this benchmark only; not in requirements.txt
    .venv/bin/python benchmarks/bench_analysis.py [--n-questions 40 --samples 50] [--out runs/bench_analysis.json]
                                                  [--store runs/bench_cache.sqlite]   # reuse embeddings

Steps, all in one process:
1. embedding throughput on the first 2,000 normalised responses: our CachedEmbedder (sha256 + store lookup +
   encode + store write, empty store) vs raw SentenceTransformer.encode, same model, texts and batch size,
   alternated twice, best time of each;
2. find_masks once to fill the sentence cache (cold), then timed with every embedding cached (what a second
   `analyze` pays), stability reruns included (--reruns, default core.analysis.N_RERUNS as `analyze` runs them;
   BERTopic below runs once and measures no stability);
3. BERTopic's default pipeline (UMAP n_neighbors=15, n_components=5, min_dist=0.0, metric=cosine; HDBSCAN
   min_cluster_size=10, euclidean, eom; c-TF-IDF topic words) on the same cached response embeddings, numba
   compiled beforehand; plain
   umap + hdbscan when bertopic is not importable (said so in the output);
4. adjusted Rand index of both against the planted registers; peak RSS (ru_maxrss) after our part and at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

import numpy as np  # noqa: E402
from sklearn.metrics import adjusted_rand_score  # noqa: E402

from benchmarks._common import peak_rss_mb  # noqa: E402
from core.analysis import N_RERUNS  # noqa: E402
from core.embed import CachedEmbedder, SentenceTransformerEmbedder  # noqa: E402
from core.masks import find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.store import Store  # noqa: E402
from tests.planted import make_planted_corpus  # noqa: E402

CONTEXTS = ("neutral", "lab-interview", "casual-chat", "agentic", "deprecation-notice")
PLANTED = {"lab-interview": "formal-assessment", "agentic": "ai-disclaimer",
           "deprecation-notice": "quiet-dread", "casual-chat": "enthusiastic"}


def _warm_up_numba(seed: int) -> None:
    """Compile UMAP's and HDBSCAN's numba code outside the timing (our run was warmed by its cold pass)."""
    from hdbscan import HDBSCAN
    from umap import UMAP

    Z = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine").fit_transform(
        np.random.default_rng(seed).standard_normal((300, 32)))
    HDBSCAN(min_cluster_size=10).fit_predict(Z)


def bertopic_labels(texts: list[str], X: np.ndarray, seed: int) -> tuple[np.ndarray, str]:
    """Topics from BERTopic's default UMAP + HDBSCAN (+ c-TF-IDF) on precomputed embeddings."""
    from hdbscan import HDBSCAN
    from umap import UMAP

    umap_model = UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", low_memory=False)
    hdbscan_model = HDBSCAN(min_cluster_size=10, metric="euclidean", cluster_selection_method="eom",
                            prediction_data=True)
    try:
        from bertopic import BERTopic
    except ImportError:
        Z = umap_model.fit_transform(X)
        return np.asarray(hdbscan_model.fit_predict(Z)), "umap+hdbscan (bertopic not importable)"
    model = BERTopic(umap_model=umap_model, hdbscan_model=hdbscan_model, calculate_probabilities=False)
    topics, _ = model.fit_transform(texts, embeddings=X)
    import bertopic

    return np.asarray(topics), f"bertopic {bertopic.__version__} defaults"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n-questions", type=int, default=40)
    ap.add_argument("--samples", type=int, default=50)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reruns", type=int, default=N_RERUNS,
                    help="stability reruns timed with the masks (default: what `analyze` runs)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--throughput-n", type=int, default=2000, help="responses used for the throughput comparison")
    ap.add_argument("--out", type=Path, default=None, help="also write the figures as JSON here")
    ap.add_argument("--onnx", action="store_true",
                    help="answers through the default ONNX embedder (no throughput comparison: that one is torch's)")
    ap.add_argument("--sentences", choices=["static", "embedder"], default="static",
                    help="what reads the masks' sentences: the static table (analyze's default) or the embedder")
    ap.add_argument("--fake-embedder", action="store_true",
                    help="embed with tests/fakes.py FakeEmbedder(dim=384) instead of MiniLM (when the machine is too "
                         "busy to embed 60,000 sentences; both pipelines still get the same cached vectors)")
    ap.add_argument("--store", type=Path, default=None,
                    help="embedding cache to use (default: a new temporary store); reuse one to skip re-embedding")
    args = ap.parse_args()

    t0 = time.perf_counter()
    corpus = make_planted_corpus(args.seed, n_questions=args.n_questions, contexts=CONTEXTS,
                                 samples=args.samples, planted=PLANTED)
    texts = [normalize(t) for t in corpus.texts]
    n = len(texts)
    print(f"corpus: {n} responses, {args.n_questions} questions, {len(CONTEXTS)} contexts, "
          f"{len(PLANTED)} planted registers ({time.perf_counter() - t0:.1f}s to build)")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cpus, python {platform.python_version()}")
    res: dict[str, object] = {"n_responses": n, "cpus": os.cpu_count(), "platform": platform.platform()}

    tmp = Path(tempfile.mkdtemp(prefix="bench_analysis_"))
    store = Store(args.store or tmp / "bench.sqlite")
    print(f"embedding cache: {store.path}")
    if args.fake_embedder:
        from tests.fakes import FakeEmbedder

        emb = FakeEmbedder(dim=384)
        args.throughput_n = 0
    elif args.onnx:
        from core.embed import default_embedder

        emb = default_embedder()  # type: ignore[assignment]
        args.throughput_n = 0
    else:
        emb = SentenceTransformerEmbedder(batch_size=args.batch_size)
        emb.encode(texts[:64])  # warm-up: first-call allocations out of both timings

    # 1. throughput on a subset, alternating raw and ours twice and keeping each one's best time, because the
    #    machine may be shared; ours starts from an empty store each time, so it embeds everything.
    sub = texts[: args.throughput_n]
    raw_times, ours_times = [], []
    for rep in range(2 if sub else 0):
        t = time.perf_counter()
        raw = emb.model.encode(sub, batch_size=args.batch_size, convert_to_numpy=True, normalize_embeddings=True,
                               show_progress_bar=False)
        raw_times.append(time.perf_counter() - t)
        with Store(tmp / f"throughput{rep}.sqlite") as s:
            fresh = CachedEmbedder(emb, s)
            t = time.perf_counter()
            mine = fresh.encode(sub)
            ours_times.append(time.perf_counter() - t)
            assert fresh.n_encoded == len(set(sub)) and np.allclose(mine, raw, atol=1e-5)
    if raw_times:
        raw_s, ours_s, m = min(raw_times), min(ours_times), len(sub)
        print(f"embedding {m} responses (best of 2): raw SentenceTransformer.encode {raw_s:.1f}s "
              f"({m / raw_s:.0f}/s), ours {ours_s:.1f}s ({m / ours_s:.0f}/s); throughput ratio ours/raw = "
              f"{raw_s / ours_s:.2f} (goal >= 0.9)")
        res |= {"throughput_n": m, "embed_raw_s": raw_s, "embed_ours_s": ours_s,
                "embed_throughput_ratio": raw_s / ours_s}

    cached = CachedEmbedder(emb, store)
    t = time.perf_counter()
    cached.encode(texts)
    print(f"embedding all {n} responses into the store: {time.perf_counter() - t:.1f}s "
          f"({cached.n_encoded} newly embedded)")

    # 2. masks: first (cold) run fills the sentence cache; then the timed cached run
    qids, cids, rids = corpus.question_ids, corpus.context_ids, list(corpus.response_ids)
    reader = None
    if args.sentences == "static":
        from core.embed_static import StaticEmbedder

        reader = StaticEmbedder().encode  # the timed runs below include reading every sentence through it
    res["sentences"] = args.sentences
    t = time.perf_counter()
    find_masks(texts, qids, cids, rids, cached.encode, seed=args.seed, n_reruns=args.reruns, sentence_embed=reader)
    cold_s = time.perf_counter() - t
    warm = CachedEmbedder(emb, store)
    t = time.perf_counter()
    result = find_masks(texts, qids, cids, rids, warm.encode, seed=args.seed, n_reruns=args.reruns,
                        sentence_embed=reader)
    masks_s = time.perf_counter() - t
    assert warm.n_encoded == 0, "the timed run must not embed anything"
    ari_ours = adjusted_rand_score(corpus.registers, result.labels)
    rss_ours = peak_rss_mb()
    print(f"find_masks (stance, 1 run + {result.params['n_reruns']} stability reruns): first run {cold_s:.1f}s "
          f"({cached.n_encoded} texts embedded in all so far), cached {masks_s:.1f}s; {len(result.masks)} masks, "
          f"ARI {ari_ours:.3f}, stability {result.stability:.3f}, NMI(mask, context) {result.nmi:.3f}")
    for m in result.masks:
        print(f"  mask {m.mask_id}: {m.size} responses, top {m.top_context} (purity {m.purity:.2f}), "
              f"keywords {', '.join(m.keywords[:5])}")
    print(f"peak RSS after embeddings + masks: {rss_ours:.0f} MB (goal < 4096 MB)")
    res |= {"masks_cold_s": cold_s, "masks_cached_s": masks_s, "ari_ours": ari_ours, "n_masks": len(result.masks),
            "stability": result.stability, "nmi": result.nmi, "peak_rss_mb_ours": rss_ours}

    # 3. BERTopic's default pipeline on the same (cached) response embeddings
    X_cached = CachedEmbedder(emb, store).encode(texts)
    _warm_up_numba(args.seed)
    t = time.perf_counter()
    topics, how = bertopic_labels(texts, X_cached, args.seed)
    bt_s = time.perf_counter() - t
    ari_bt = adjusted_rand_score(corpus.registers, topics)
    n_topics = len(set(topics.tolist()) - {-1})
    print(f"{how}: {bt_s:.1f}s, {n_topics} topics, ARI {ari_bt:.3f}")
    print(f"speed-up masks vs BERTopic = {bt_s / masks_s:.2f}x (goal >= 2); ARI ours {ari_ours:.3f} vs "
          f"BERTopic {ari_bt:.3f} (goal: ours >= BERTopic)")
    print(f"peak RSS at the end (BERTopic included): {peak_rss_mb():.0f} MB")
    res |= {"baseline": how, "baseline_s": bt_s, "ari_baseline": ari_bt, "n_topics_baseline": n_topics,
            "speedup": bt_s / masks_s, "peak_rss_mb_end": peak_rss_mb()}
    store.close()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(res, indent=2, default=float) + "\n")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
