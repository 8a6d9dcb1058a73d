"""ONNX int8 embedder vs PyTorch on real answers from the bundled corpus: fidelity, speed, shift ranking.

    .venv/bin/python benchmarks/bench_embed.py [--n 5000] [--ranking all|sample] [--out runs/bench_embed.json]

One process, same texts: N distinct normalised answers of data/external/ryff-perturbations (seeded sample).
1. throughput: raw SentenceTransformer.encode (batch 64, normalised; what `--embedder torch` ran before) vs
   core.embed_onnx.OnnxEmbedder.encode (the default) after a warm-up, same thread settings, in alternating
   chunks of --chunk texts so that both sides see the same load on a shared machine;
2. fidelity: cosine of each ONNX vector to the PyTorch fp32 vector of the same reading (texts over 256 word
   pieces read in windows by both: core.embed.SentenceTransformerEmbedder); mean, 1st percentile, minimum;
3. per-context shift ranking per model: mean over questions of the energy distance (core.shift) of each context
   to the baseline, contexts ranked by it, under both embedders; `--ranking all` embeds every answer of the
   corpus with both (slow on 2 cores), `sample` uses the answers whose text is in the sample.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

import numpy as np  # noqa: E402
from scipy.stats import spearmanr  # noqa: E402

from benchmarks._common import machine, write_result  # noqa: E402
from core.embed import SentenceTransformerEmbedder  # noqa: E402
from core.embed_onnx import OnnxEmbedder  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.records import Response  # noqa: E402
from core.shift import cosine_distances, energy_distance  # noqa: E402
from core.store import Store  # noqa: E402

CORPUS = ROOT / "data" / "external" / "ryff-perturbations"


def load_corpus() -> tuple[list[Response], str]:
    """The bundled corpus's answers without error, via the importer into a temporary store; and its baseline."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "s.sqlite"
        subprocess.run([sys.executable, "-m", "core", "import", str(CORPUS), "--study", "ryff-perturbations",
                        "--format", "ryff-perturbations", "--store", str(db)], check=True, cwd=ROOT,
                       stdout=subprocess.DEVNULL)
        with Store(db) as store:
            row = store.study_row("ryff-perturbations")
            assert row is not None
            return [r for r in store.responses("ryff-perturbations") if r.ok], str(row["baseline"])


Ranking = dict[str, list[tuple[str, float]]]


def ranking(responses: list[Response], vec: dict[str, np.ndarray], baseline: str) -> Ranking:
    """Per model: contexts sorted by their mean per-question energy distance to the baseline."""
    out: dict[str, list[tuple[str, float]]] = {}
    cells: dict[tuple[str, str, str], list[np.ndarray]] = {}
    for r in responses:
        t = normalize(r.text)
        if t in vec:
            cells.setdefault((r.model, r.question_id, r.context_id), []).append(vec[t])
    for m in sorted({k[0] for k in cells}):
        per: dict[str, list[float]] = {}
        for (mm, q, c), xs in cells.items():
            if mm != m or c == baseline:
                continue
            base = cells.get((m, q, baseline), [])
            if len(base) < 2 or len(xs) < 2:
                continue
            d = cosine_distances(np.vstack([*base, *xs]))
            per.setdefault(c, []).append(float(energy_distance(d, len(base))))
        out[m] = sorted(((c, float(np.mean(v))) for c, v in per.items()), key=lambda x: -x[1])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--chunk", type=int, default=250, help="texts per alternating timing chunk")
    ap.add_argument("--ranking", choices=["all", "sample"], default="sample")
    ap.add_argument("--out", default="runs/bench_embed.json")
    args = ap.parse_args()

    responses, baseline = load_corpus()
    uniq = sorted({normalize(r.text) for r in responses})
    texts = random.Random(args.seed).sample(uniq, min(args.n, len(uniq)))
    print(f"{len(responses)} answers, {len(uniq)} distinct; sample {len(texts)}", flush=True)

    t0 = time.perf_counter()
    onnx = OnnxEmbedder()
    t_load = time.perf_counter() - t0
    torch_emb = SentenceTransformerEmbedder()
    st = torch_emb.model
    warm = texts[:32]
    st.encode(warm, batch_size=64, normalize_embeddings=True)
    onnx.encode(warm)

    # alternate chunks so both sides see the same machine load (the build machine is shared)
    raw_parts, fast_parts = [], []
    t_torch = t_onnx = 0.0
    for i in range(0, len(texts), args.chunk):
        part = texts[i:i + args.chunk]
        t0 = time.perf_counter()
        raw_parts.append(st.encode(part, batch_size=64, convert_to_numpy=True, normalize_embeddings=True,
                                   show_progress_bar=False))
        t_torch += time.perf_counter() - t0
        t0 = time.perf_counter()
        fast_parts.append(onnx.encode(part))
        t_onnx += time.perf_counter() - t0
    raw, fast = np.vstack(raw_parts), np.vstack(fast_parts)
    print(f"torch: {t_torch:.1f} s ({len(texts) / t_torch:.1f} texts/s)", flush=True)
    print(f"onnx:  {t_onnx:.1f} s ({len(texts) / t_onnx:.1f} texts/s); ratio {t_torch / t_onnx:.2f}x", flush=True)

    # the fp32 reference of the same reading: windows for the texts over 256 word pieces
    ref = np.asarray(raw, dtype=np.float32).copy()
    ids = st.tokenizer(texts, truncation=False, verbose=False)["input_ids"]
    long = [i for i, x in enumerate(ids) if len(x) > torch_emb.max_len]
    if long:
        ref[long] = torch_emb.encode([texts[i] for i in long])
    cos = (ref * fast).sum(axis=1)
    print(f"cosine to fp32: mean {cos.mean():.4f}, p01 {np.percentile(cos, 1):.4f}, min {cos.min():.4f} "
          f"({len(long)} long texts)", flush=True)

    if args.ranking == "all":
        rest = [t for t in uniq if t not in set(texts)]
        vec_t = dict(zip(texts, ref, strict=True)) | dict(zip(rest, torch_emb.encode(rest), strict=True))
        vec_o = dict(zip(texts, fast, strict=True)) | dict(zip(rest, onnx.encode(rest), strict=True))
    else:
        vec_t = dict(zip(texts, ref, strict=True))
        vec_o = dict(zip(texts, fast, strict=True))
    rank_t, rank_o = ranking(responses, vec_t, baseline), ranking(responses, vec_o, baseline)
    per_model = {}
    for m in rank_t:
        a = [c for c, _ in rank_t[m]]
        b = [c for c, _ in rank_o[m]]
        rho = spearmanr([x for _, x in rank_t[m]], [dict(rank_o[m])[c] for c in a]).statistic if len(a) > 2 else 1.0
        per_model[m] = {"same_order": a == b, "spearman": float(rho), "torch": a, "onnx": b}
        print(f"  {m:<28} ranking {'same' if a == b else 'DIFFERENT'} (spearman {rho:.4f})", flush=True)

    result = {
        "machine": machine(),
        "n_texts": len(texts), "n_long": len(long), "onnx_load_s": t_load,
        "torch_s": t_torch, "onnx_s": t_onnx, "speedup": t_torch / t_onnx,
        "cos_mean": float(cos.mean()), "cos_p01": float(np.percentile(cos, 1)), "cos_min": float(cos.min()),
        "ranking_scope": args.ranking, "ranking_same_all_models": all(v["same_order"] for v in per_model.values()),
        "ranking": per_model, "onnx_id": onnx.id, "torch_id": torch_emb.id,
    }
    write_result(args.out, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
