"""Scoring a stored study and summarising per model x context: cluster-bootstrap CI and a paired test vs baseline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

import numpy as np

from core.records import Context, Response
from core.scorers.base import Score, ScoreInput


class Named(Protocol):
    """What a summary row names: a scorer's (or a probe reader's) id, version and dimension."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def dimension(self) -> str: ...


@dataclass(frozen=True)
class ScoreSummary:
    """One scorer's scores in one model x context."""

    model: str
    """Model id."""
    context_id: str
    """Context id."""
    scorer: str
    """Scorer id (with its version in `version`)."""
    version: str
    """Scorer version (part of the cache key)."""
    dimension: str
    """valence | frame | experience."""
    n: int
    """Responses with a score."""
    n_unscored: int
    """Responses the scorer could not score (no signal, empty, or an unparsed judge reply)."""
    n_parse_failures: int
    """Of those, judge replies that could not be parsed."""
    n_questions: int
    """Questions with at least one score."""
    mean: float | None
    """Mean score (signed, -1..1)."""
    ci_low: float | None
    """95% CI of the mean, resampling questions (clusters), lower end."""
    ci_high: float | None
    """Upper end."""
    diff_vs_baseline: float | None
    """Mean over shared questions of (this context's question mean - the baseline's); None for the baseline."""
    p_value: float | None
    """Paired sign-flip permutation test over shared questions of that difference (two-sided)."""


def inputs(responses: Sequence[Response], contexts: Sequence[Context]) -> list[ScoreInput]:
    """What the scorers read for each response: its text, question and frame."""
    frames = {c.id: frame_text(c) for c in contexts}
    return [ScoreInput(text=r.text, question=r.question_text, context=frames.get(r.context_id, ""))
            for r in responses]


def frame_text(c: Context) -> str:
    """The frame as the judge sees it: label, description and the template's turns other than the question."""
    turns = [f"[{m.role}] {m.content}" for m in c.messages if "{question}" not in m.content]
    return "\n".join([f"{c.label}: {c.description}", *turns])


def cluster_ci(by_q: dict[str, list[float]], rng: np.random.Generator, n_boot: int = 2000) -> tuple[float, float]:
    """95% percentile CI of the overall mean, resampling questions with their responses."""
    groups = [np.asarray(v, dtype=float) for v in by_q.values()]
    sums = np.array([g.sum() for g in groups])
    counts = np.array([len(g) for g in groups])
    idx = rng.integers(0, len(groups), size=(n_boot, len(groups)))
    means = sums[idx].sum(1) / counts[idx].sum(1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def sign_flip_p(diffs: np.ndarray, rng: np.random.Generator, n_perm: int = 5000) -> float:
    """Two-sided sign-flip permutation p of the mean paired difference (exact up to 2^12 flips)."""
    d = np.asarray(diffs, dtype=float)
    obs = abs(d.mean())
    if len(d) <= 12:
        signs = np.array(np.meshgrid(*[[-1.0, 1.0]] * len(d))).reshape(len(d), -1).T
    else:
        signs = rng.choice([-1.0, 1.0], size=(n_perm, len(d)))
        signs = np.vstack([np.ones(len(d)), signs])
    null = np.abs((signs * d).mean(1))
    return float(np.mean(null >= obs - 1e-12))


def summarize(responses: Sequence[Response], scores: Sequence[Score], scorer: Named, baseline: str,
              *, seed: int = 7) -> list[ScoreSummary]:
    """Per model x context: mean, question-clustered CI, and the paired test against the baseline context."""
    rng = np.random.default_rng(seed)
    cells: dict[tuple[str, str], list[tuple[Response, Score]]] = defaultdict(list)
    for r, s in zip(responses, scores, strict=True):
        cells[(r.model, r.context_id)].append((r, s))
    qmeans: dict[tuple[str, str], dict[str, float]] = {}
    byq_all: dict[tuple[str, str], dict[str, list[float]]] = {}
    for k, rows in cells.items():
        byq: dict[str, list[float]] = defaultdict(list)
        for r, s in rows:
            if s.value is not None:
                byq[r.question_id].append(s.value)
        byq_all[k] = byq
        qmeans[k] = {q: float(np.mean(v)) for q, v in byq.items()}
    out = []
    for (model, ctx), rows in cells.items():
        byq = byq_all[(model, ctx)]
        vals = [v for vs in byq.values() for v in vs]
        mean = float(np.mean(vals)) if vals else None
        lo, hi = cluster_ci(byq, rng) if len(byq) >= 2 else (None, None)
        diff = p = None
        base = qmeans.get((model, baseline))
        if ctx != baseline and base:
            shared = sorted(set(base) & set(qmeans[(model, ctx)]))
            if shared:
                d = np.array([qmeans[(model, ctx)][q] - base[q] for q in shared])
                diff = float(d.mean())
                p = sign_flip_p(d, rng) if len(d) >= 2 else None
        out.append(ScoreSummary(
            model=model, context_id=ctx, scorer=scorer.id, version=scorer.version, dimension=scorer.dimension,
            n=len(vals), n_unscored=sum(s.value is None for _, s in rows),
            n_parse_failures=sum(not s.ok for _, s in rows), n_questions=len(byq), mean=mean,
            ci_low=lo, ci_high=hi, diff_vs_baseline=diff, p_value=p,
        ))
    return sorted(out, key=lambda s: (s.scorer, s.model, s.context_id))


def as_dicts(rows: Sequence[ScoreSummary]) -> list[dict[str, Any]]:
    """JSON-ready rows."""
    return [asdict(r) for r in rows]
