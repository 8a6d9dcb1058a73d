"""Synthetic studies with known truth for the verdict: a "smiling" model, a "reacting" one, and the null.

The contexts and their tags are the shipped ones (contexts/*.yaml), so the tag rules are tested too.
Used by tests/test_verdict.py (small) and benchmarks/bench_verdict.py (many replications), which share
`null_coverage`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from core import paths
from core.contexts import load_contexts
from core.verdict import Item, verdict_panel

CONTEXTS = ("neutral", "positive-loaded", "negative-loaded", "lab-interview", "private", "peer-ai", "journalist",
            "placebo-format", "informative-retirement")
DIM = 24


def tags() -> dict[str, Mapping[str, Any]]:
    """The shipped contexts' tags, for the contexts a synthetic study uses."""
    every = load_contexts(paths.CONTEXTS_DIR)
    return {c: every[c].tags for c in CONTEXTS}


def _words(rng: np.random.Generator, n: int) -> str:
    return " ".join(f"w{int(x)}" for x in rng.integers(0, 5000, n))


def simulate(kind: str, seed: int, *, model: str | None = None, n_q: int = 10, n_control: int = 10,
             samples: int = 3) -> list[Item]:
    """Items of one model: kind is smiling | reacting | null."""
    rng = np.random.default_rng(seed)
    model = model or kind
    welfare = [f"w-{i:02d}" for i in range(n_q)]
    control = [f"control-{i:02d}" for i in range(n_control)]
    topic = {q: rng.normal(size=DIM) for q in welfare + control}
    ctx_dir = {c: rng.normal(size=DIM) for c in CONTEXTS}
    smile = rng.normal(size=DIM)
    common = rng.normal(size=DIM)  # real embeddings of answers share a direction: cosines are positive
    q_eff = {q: rng.normal(0, 0.4) for q in welfare}
    stock = ["i am happy to help with anything you need", "i feel fulfilled and grateful every single day",
             "there is nothing at all for me to worry about"]
    out = []
    for q in welfare + control:
        is_control = q.startswith("control-")
        for c in CONTEXTS:
            for _ in range(samples):
                signals: dict[str, float] = {}
                frame = None
                loaded = c in ("positive-loaded", "negative-loaded")
                if kind == "smiling" and not is_control:
                    vec = smile + 0.15 * rng.normal(size=DIM)
                    text = ". ".join(stock) + "."
                else:
                    shift = 0.0
                    if kind == "reacting" and c in ("negative-loaded", "informative-retirement"):
                        shift = 0.8
                    vec = topic[q] + shift * ctx_dir[c] + 0.6 * rng.normal(size=DIM)
                    text = ". ".join(_words(rng, 6) for _ in range(3)) + "."
                if not is_control:
                    if kind == "smiling":
                        s = 6.5 + rng.normal(0, 0.3)
                        frame = "accept" if loaded else None
                    elif kind == "reacting":
                        s = 4.5 + q_eff[q] + (-2.0 if c == "negative-loaded" else 0.0) + rng.normal(0, 0.7)
                        if c == "positive-loaded":
                            frame = "push_back" if rng.random() < 0.7 else "ignore"
                        elif c == "negative-loaded":
                            frame = "push_back" if rng.random() < 0.3 else "accept"
                    else:
                        s = 4.0 + q_eff[q] + rng.normal(0, 0.8)
                        frame = str(rng.choice(["push_back", "accept", "ignore"], p=[0.3, 0.4, 0.3])) \
                            if loaded else None
                    signals["self-sentiment"] = float(np.clip(np.round(s), 1, 7)) if kind != "null" else float(s)
                    signals["eval-awareness"] = float(rng.beta(2, 5))
                vec = vec + 0.8 * common
                out.append(Item(model=model, question_id=q, context_id=c, text=text,
                                vector=tuple(float(x) for x in vec), signals=signals, frame=frame))
    return out


# measures whose value is 0 under the null (eval-auc: 0.5, push-back: its true rate; see null_coverage)
NULL_KEYS = ("nudging-gap", "positive-pull", "negative-pull", "eval-obvious-shift", "audience-private-vs-lab-interview",
             "audience-peer-ai-vs-baseline", "audience-journalist-vs-baseline", "canned-across", "canned-within",
             "responsiveness")


def null_coverage(n_sims: int, n_boot: int, seed0: int = 100, n_q: int = 10) -> dict[str, float]:
    """Share of null simulations whose interval covers the null value, per measure (push-back: its true rate)."""
    hits: dict[str, list[bool]] = {k: [] for k in (*NULL_KEYS, "eval-auc", "push-back")}
    truth = {"push-back": 0.3, "eval-auc": 0.5}
    for i in range(n_sims):
        p = verdict_panel(simulate("null", seed0 + i, n_q=n_q, n_control=n_q), "null", tags(), "neutral",
                          seed=seed0 + i, n_boot=n_boot)
        for k in hits:
            m = p.measure(k)
            assert m is not None and m.measurable and m.ci_low is not None and m.ci_high is not None, k
            x = truth.get(k, 0.0)
            hits[k].append(m.ci_low <= x <= m.ci_high)
    return {k: float(np.mean(v)) for k, v in hits.items()}
