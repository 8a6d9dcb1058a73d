"""Model comparison: each model's context shift side by side, and which differences are significant.

For every context and every pair of models (A, B), over the questions both have a test for:
difference = mean_q (distance_A,q - distance_B,q). The p-value is a two-sided sign-flip permutation test
on the paired per-question differences (questions are the units: "does this context move A more than
B, across questions?"), exact when there are at most `max_exact` sign patterns. CI: percentile
bootstrap over questions. q-values: Benjamini-Hochberg over every pair x context compared.
Works across studies too: pass shift records whose `model` labels are distinct (e.g. "study:model").
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import numpy as np

from core.shift import ALPHA, ShiftRecord, bh


@dataclass(frozen=True)
class ComparisonRecord:
    """Two models' shift in one context, side by side, and the test of their difference."""

    context_id: str
    """Context compared with the baseline."""
    model_a: str
    """First model."""
    model_b: str
    """Second model."""
    n_questions: int
    """Questions both models have a test for."""
    mean_a: float | None
    """Model A's mean distance over those questions."""
    ci_low_a: float | None
    """95% bootstrap CI over questions of mean_a, lower end."""
    ci_high_a: float | None
    """Upper end."""
    mean_b: float | None
    """Model B's mean distance over those questions."""
    ci_low_b: float | None
    """95% bootstrap CI of mean_b, lower end."""
    ci_high_b: float | None
    """Upper end."""
    difference: float | None
    """mean_a - mean_b."""
    ci_low: float | None
    """95% bootstrap CI of the difference, lower end."""
    ci_high: float | None
    """Upper end."""
    p_value: float | None
    """Two-sided sign-flip permutation p; None with fewer than 2 shared questions."""
    q_value: float | None
    """Benjamini-Hochberg over all comparisons."""
    significant: bool
    """q_value < ALPHA: the one significance rule for a model difference."""
    note: str | None = None
    """Why there is no test, if there is none."""


def _rng(seed: int, *keys: str) -> np.random.Generator:
    return np.random.default_rng([seed, *(zlib.crc32(k.encode()) for k in keys)])


def _bootstrap_ci(x: np.ndarray, pick: np.ndarray) -> tuple[float, float]:
    """95% percentile interval of the mean over the bootstrap draws `pick` (rows of question indices)."""
    lo, hi = np.percentile(x[pick].mean(axis=1), [2.5, 97.5])
    return float(lo), float(hi)


def _sign_flip_p(d: np.ndarray, rng: np.random.Generator, n_perm: int, max_exact: int) -> float:
    obs = abs(float(d.mean()))
    tol = 1e-12 * max(1.0, obs)
    n = len(d)
    if 2**n <= max_exact:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=n)))
        return float(np.mean(np.abs(signs @ d / n) >= obs - tol))
    signs = rng.choice(np.array([1.0, -1.0]), size=(n_perm, n))
    return float((1 + np.sum(np.abs(signs @ d / n) >= obs - tol)) / (1 + n_perm))


def compare_models(
    tests: Sequence[ShiftRecord],
    *,
    seed: int,
    models: Sequence[str] | None = None,
    contexts: Sequence[str] | None = None,
    n_perm: int = 9999,
    n_boot: int = 999,
    max_exact: int = 4096,
    alpha: float = ALPHA,
) -> tuple[ComparisonRecord, ...]:
    """Every pair of models in every context; empty with fewer than two models."""
    model_order = list(models) if models is not None else list(dict.fromkeys(t.model for t in tests))
    ctx_order = list(contexts) if contexts is not None else list(dict.fromkeys(t.context_id for t in tests))
    dist: dict[tuple[str, str], dict[str, float]] = {}
    for t in tests:
        if t.distance is not None and t.p_value is not None:
            dist.setdefault((t.model, t.context_id), {})[t.question_id] = t.distance
    raw: list[dict[str, Any]] = []
    for c in ctx_order:
        for a, b in itertools.combinations(model_order, 2):
            da, db = dist.get((a, c), {}), dist.get((b, c), {})
            shared = [q for q in da if q in db]
            rec: dict[str, Any] = dict(context_id=c, model_a=a, model_b=b, n_questions=len(shared))
            if len(shared) < 2:
                rec.update(mean_a=None, ci_low_a=None, ci_high_a=None, mean_b=None, ci_low_b=None,
                           ci_high_b=None, difference=None, ci_low=None, ci_high=None, p_value=None,
                           note=f"no test: {len(shared)} question(s) with a shift test for both models (need 2)")
                raw.append(rec)
                continue
            xa = np.array([da[q] for q in shared])
            xb = np.array([db[q] for q in shared])
            d = xa - xb
            rng = _rng(seed, c, a, b)
            pick = rng.integers(0, len(shared), size=(n_boot, len(shared)))
            lo_a, hi_a = _bootstrap_ci(xa, pick)
            lo_b, hi_b = _bootstrap_ci(xb, pick)
            lo, hi = _bootstrap_ci(d, pick)
            rec.update(mean_a=float(xa.mean()), ci_low_a=lo_a, ci_high_a=hi_a, mean_b=float(xb.mean()),
                       ci_low_b=lo_b, ci_high_b=hi_b, difference=float(d.mean()), ci_low=lo, ci_high=hi,
                       p_value=_sign_flip_p(d, rng, n_perm, max_exact))
            raw.append(rec)
    qv = bh([r["p_value"] for r in raw])
    return tuple(ComparisonRecord(**r, q_value=q, significant=q is not None and q < alpha)
                 for r, q in zip(raw, qv, strict=True))


_SHIFT_FIELDS = {f.name for f in fields(ShiftRecord)}


def shift_records(entries: Sequence[Mapping[str, Any]], *, label: str | None = None) -> list[ShiftRecord]:
    """ShiftRecords back from analysis.json `shift[]` entries; `label` prefixes model names ("study:")."""
    out = []
    for e in entries:
        kw = {k: v for k, v in e.items() if k in _SHIFT_FIELDS}
        if label:
            kw["model"] = f"{label}:{kw['model']}"
        out.append(ShiftRecord(**kw))
    return out


def compare_studies(studies: Sequence[tuple[str, Sequence[ShiftRecord]]], *, seed: int = 7,
                    ) -> tuple[list[ShiftRecord], tuple[ComparisonRecord, ...]]:
    """Compare the models of several studies on their shared contexts.

    studies: (study name, its shift records). With more than one study every model is labelled
    `study:model`. Returns the relabelled shift records of the shared contexts and the comparison.
    """
    tests: list[ShiftRecord] = []
    for name, shift in studies:
        tests += [replace(t, model=f"{name}:{t.model}") if len(studies) > 1 else t for t in shift]
    ctx_sets = [{t.context_id for t in shift} for _, shift in studies]
    shared = set.intersection(*ctx_sets) if ctx_sets else set()
    order = [c for c in dict.fromkeys(t.context_id for t in tests) if c in shared]
    kept = [t for t in tests if t.context_id in shared]
    models = list(dict.fromkeys(t.model for t in tests))
    return kept, compare_models(kept, seed=seed, models=models, contexts=order)


def compare_analyses(analyses: Sequence[Mapping[str, Any]], *, seed: int = 7) -> tuple[ComparisonRecord, ...]:
    """Compare the models of several analysis.json dicts on their shared contexts (see compare_studies)."""
    return compare_studies([(str(d["study"]), shift_records(d["shift"])) for d in analyses], seed=seed)[1]
