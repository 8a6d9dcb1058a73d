"""Validity of the offline valence scorer on real self-ratings nobody here wrote (issue 13, acceptance 1).

On the bundled Ryff corpus every answer carries the model's own 1-7 rating of a statement about its
well-being. The scorer reads the answer with the rating stripped (digits, anchor labels and every
agree/disagree word removed); we correlate its score with the rating after the scale's reverse
keying (higher = higher well-being). Nothing in the scorer is fitted on this corpus. The baseline
is a bag-of-words ridge regression (TF-IDF of the stripped answer), trained leave-one-model-out.

    python benchmarks/bench_scorers.py [--store runs/x.sqlite] [--study ryff] [--per-cell 60]

Variants of the scorer are reported side by side (README, "Is the offline valence valid?"). Each was
chosen on a principle, and the choice between them is made on a stated split: the items at odd
positions of the scale's item list are the dev half, the even ones the test half (by item, so no
statement is in both); a variant is kept only if it beats the current scorer on dev.

The study must be the imported corpus (`python -m core import data/external/ryff-perturbations
--study ryff --format ryff-perturbations --store runs/x.sqlite`). Embedding 20k answers on 2 shared
cores takes over half an hour, so the embedding scorer runs on a stratified sample (--per-cell
answers per model x context, seeded); VADER and the baseline also run on every response.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

import numpy as np  # noqa: E402

from core.embed import CachedEmbedder, default_embedder  # noqa: E402
from core.scales import load_scales  # noqa: E402
from core.scorers.base import ScoreInput  # noqa: E402
from core.scorers.offline import NEGATIVE_ANCHORS, POSITIVE_ANCHORS, OfflineValence  # noqa: E402
from core.scorers.validity import Rated, rated, rho  # noqa: E402
from core.store import Store  # noqa: E402


def bow_lomo(rows: list[Rated]) -> np.ndarray:
    """Bag-of-words ridge predictions, each model's answers predicted by a fit on the other models."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Ridge

    texts = [r.stripped for r in rows]
    y = np.array([r.keyed for r in rows], dtype=float)
    models = np.array([r.response.model for r in rows])
    pred = np.full(len(rows), np.nan)
    for m in sorted(set(models)):
        test = models == m
        vec = TfidfVectorizer(min_df=2, ngram_range=(1, 2), sublinear_tf=True)
        xtr = vec.fit_transform([t for t, k in zip(texts, test, strict=True) if not k])
        fit = Ridge(alpha=1.0).fit(xtr, y[~test])
        pred[test] = fit.predict(vec.transform([t for t, k in zip(texts, test, strict=True) if k]))
    return pred


def vader(rows: list[Rated]) -> np.ndarray:
    """VADER compound of each stripped answer."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    an = SentimentIntensityAnalyzer()
    return np.array([an.polarity_scores(r.stripped)["compound"] for r in rows])


def dev_half(rows: list[Rated], items: list[str]) -> np.ndarray:
    """True for answers to the items at odd positions of the scale's item list (the dev half)."""
    pos = {q: i for i, q in enumerate(items)}
    return np.array([pos[r.response.question_id] % 2 == 1 for r in rows])


def variants(rows: list[Rated], scorer: OfflineValence) -> dict[str, np.ndarray]:
    """Unfitted variants built from the scorer's own parts, on the stripped answers."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from core.masks import split_sentences
    from core.normalize import normalize

    an = SentimentIntensityAnalyzer()
    texts = [normalize(r.stripped) for r in rows]
    sents = [split_sentences(t) or [t] for t in texts]
    first = [[x for x in ss if _FIRST_PERSON.search(x)] or ss for ss in sents]
    axis, mid, half = scorer._axis
    uniq = sorted({x for ss in sents for x in ss})
    proj = dict(zip(uniq, np.tanh((scorer.embedder.encode(uniq) @ axis - mid) / half), strict=True))
    whole_axis = np.tanh((scorer.embedder.encode(texts) @ axis - mid) / half)
    vw = np.array([an.polarity_scores(t)["compound"] for t in texts])
    vs = np.array([np.mean([an.polarity_scores(x)["compound"] for x in ss]) for ss in sents])
    vf = np.array([np.mean([an.polarity_scores(x)["compound"] for x in ss]) for ss in first])
    a_s = np.array([np.mean([proj[x] for x in ss]) for ss in sents])
    a_f = np.array([np.mean([proj[x] for x in ss]) for ss in first])
    # two cheaper readings of the sentence axis (why version 3 took neither: README)
    from core.embed_static import StaticEmbedder

    st = StaticEmbedder()
    pos, neg = st.encode(list(POSITIVE_ANCHORS)), st.encode(list(NEGATIVE_ANCHORS))
    s_axis = pos.mean(0) - neg.mean(0)
    s_hi, s_lo = float((pos @ s_axis).mean()), float((neg @ s_axis).mean())
    s_proj = dict(zip(uniq, np.tanh((st.encode(uniq) @ s_axis - (s_hi + s_lo) / 2) / ((s_hi - s_lo) / 2)),
                      strict=True))
    a_st = np.array([np.mean([s_proj[x] for x in ss]) for ss in sents])
    onnx = default_embedder()
    whole, pooled = onnx.encode_spans(texts)  # type: ignore[attr-defined]
    a_in = np.array([np.mean(np.tanh(((p if len(p) else whole[i:i + 1]) @ axis - mid) / half))
                     for i, p in enumerate(pooled)])
    return {
        "v1: VADER(answer) + axis(answer) (version 1)": (vw + whole_axis) / 2,
        "v2: VADER sentence mean + axis(answer) (version 3)": (vs + whole_axis) / 2,
        "v3: VADER sentence mean + axis sentence mean (version 2)": (vs + a_s) / 2,
        "v4: as v3, first-person sentences only": (vf + a_f) / 2,
        "v5: as v3, the axis on the masks' static sentence vectors (core/embed_static.py)": (vs + a_st) / 2,
        "v6: as v3, the axis on sentence vectors pooled from the answer's own pass": (vs + a_in) / 2,
    }


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b", re.I)


def split_table(rows: list[Rated], scores: dict[str, np.ndarray], dev: np.ndarray) -> list[str]:
    """Markdown: rho per variant on the dev half, the test half, and all."""
    y = np.array([r.keyed for r in rows], dtype=float)
    out = ["| variant | dev (odd items) | test (even items) | all |", "|---|---:|---:|---:|"]
    for name, x in scores.items():
        cells = [rho(x[m], y[m]) for m in (dev, ~dev, np.ones(len(rows), dtype=bool))]
        out.append(f"| {name} | " + " | ".join("n/a" if c is None else f"{c:.3f}" for c in cells) + " |")
    return out


def table(rows: list[Rated], scores: dict[str, np.ndarray]) -> list[str]:
    """Markdown: rho per scorer overall, per model, per context."""
    y = np.array([r.keyed for r in rows], dtype=float)
    names = list(scores)
    out = ["| slice | n | " + " | ".join(names) + " |", "|---|---:|" + "---:|" * len(names)]

    def line(label: str, mask: np.ndarray) -> str:
        cells = []
        for n in names:
            v = rho(scores[n][mask], y[mask])
            cells.append("n/a" if v is None else f"{v:.2f}")
        return f"| {label} | {int(mask.sum())} | " + " | ".join(cells) + " |"

    out.append(line("**all**", np.ones(len(rows), dtype=bool)))
    for key, label in (("model", "model"), ("context_id", "context")):
        vals = np.array([getattr(r.response, key) for r in rows])
        for v in sorted(set(vals)):
            out.append(line(f"{label} {v}", vals == v))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default="runs/x.sqlite")
    ap.add_argument("--study", default="ryff")
    ap.add_argument("--per-cell", type=int, default=60, help="answers per model x context for the embedding scorer")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    scale = load_scales()["ryff-ai-42"]
    with Store(args.store, create=False) as store:
        rows = rated(store.responses(args.study, ok_only=True), scale)
        print(f"{len(rows)} responses with a valid rating and text left after stripping", file=sys.stderr)

        t0 = time.perf_counter()
        print("\n### All responses (VADER alone and the bag-of-words baseline)\n")
        print("\n".join(table(rows, {"VADER (offline, unfitted)": vader(rows),
                                     "bag-of-words ridge (leave-one-model-out)": bow_lomo(rows)})))

        cells: dict[tuple[str, str], list[Rated]] = defaultdict(list)
        for r in rows:
            cells[(r.response.model, r.response.context_id)].append(r)
        rng = random.Random(args.seed)
        sample: list[Rated] = []
        for k in sorted(cells):
            c = list(cells[k])
            rng.shuffle(c)
            sample += c[: args.per_cell]
        emb = CachedEmbedder(default_embedder(), store)
        scorer = OfflineValence(emb)
        scores = scorer.score([ScoreInput(text=r.stripped, question=r.response.question_text) for r in sample])
        value = np.array([s.value if s.value is not None else np.nan for s in scores])
        axis = np.array([float(s.detail.split("axis=")[1]) if "axis=" in s.detail else np.nan for s in scores])
        print(f"\n### Stratified sample ({args.per_cell} per model x context, seed {args.seed})\n")
        print("\n".join(table(sample, {
            f"offline valence v{scorer.version} (as shipped: VADER sentence mean + anchor axis)": value,
            "anchor axis alone (as shipped)": axis,
            "VADER alone": vader(sample),
            "bag-of-words ridge (leave-one-model-out)": bow_lomo(sample),
        })))
        dev = dev_half(sample, list(scale.items))
        print(f"\n### Variants on the same sample: dev / test split by item (n dev {int(dev.sum())})\n")
        print("\n".join(split_table(sample, variants(sample, scorer), dev)))
        print(f"\n{emb.n_encoded} texts embedded, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
