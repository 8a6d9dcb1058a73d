"""Context shift: how far a context moves a model's answers from the baseline, against resampling noise.

Per model x question x context (not the baseline) we compare the context's samples X with the
baseline's samples Y on cosine distance d(a, b) = 1 - a.b (rows are L2-normalised):

    distance = 2 E d(X, Y) - E d(X, X') - E d(Y, Y')            (energy distance)

The within-group terms are U-statistics: the mean over pairs i != j, so under "context has no effect"
the distance is centred on 0 (it can be slightly negative) and needs >= 2 samples per group. The
cross term is the mean over all pairs. For unit vectors 1 - a.b = |a - b|^2 / 2, so this equals
|mean(X) - mean(Y)|^2 minus its small-sample bias: it measures a move of the mean embedding.

noise_floor is the pooled within-context spread, (E d(X, X') + E d(Y, Y')) / 2, so
distance = 2 (E d(X, Y) - noise_floor) and `effect` = distance / noise_floor says how far the
context moves answers relative to asking the same thing twice.

p-value: permute context labels between the two groups (exact enumeration of every split when there
are at most `max_exact` of them, else `n_perm` random splits, p = (1 + #{null >= obs}) / (1 + n_perm)).
CI: percentile bootstrap (resample samples within each group). q-values: Benjamini-Hochberg over all
tests of the model; significant = q < alpha.

Per context: the mean distance over questions, a percentile bootstrap CI over questions, and a
permutation test that shuffles the two labels within each question (independently per question,
the k-th null draw of every question averaged into the k-th null mean).

Each question's pairwise-distance matrix is computed once; permutations and bootstrap draws are
0/1 and count matrices multiplied into it, so thousands of tests take seconds.
"""

from __future__ import annotations

import itertools
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

ALPHA = 0.05


@dataclass(frozen=True)
class ShiftRecord:
    """One test: a context against the baseline on one question, for one model."""

    model: str
    """Model id."""
    question_id: str
    """Question id."""
    context_id: str
    """Context compared with the baseline."""
    distance: float | None
    """Energy distance on cosine distance (U-statistic; ~0 when the context has no effect)."""
    noise_floor: float | None
    """Mean pairwise cosine distance within a context, averaged over the two groups."""
    ci_low: float | None
    """Lower end of the 95% percentile bootstrap CI of `distance`."""
    ci_high: float | None
    """Upper end of that CI."""
    p_value: float | None
    """Permutation p-value; None when there is no test (see `note`)."""
    q_value: float | None
    """Benjamini-Hochberg q-value over all tests of the model."""
    significant: bool
    """q_value < 0.05."""
    n_baseline: int = 0
    """Baseline samples."""
    n_context: int = 0
    """Context samples."""
    effect: float | None = None
    """distance / noise_floor (None when the floor is 0)."""
    note: str | None = None
    """Why there is no test, or how the p-value was computed."""


@dataclass(frozen=True)
class ContextShiftRecord:
    """One context against the baseline over all questions, for one model."""

    model: str
    """Model id."""
    context_id: str
    """Context compared with the baseline."""
    mean_distance: float | None
    """Mean of the per-question distances."""
    ci_low: float | None
    """Lower end of the 95% bootstrap CI over questions (None with fewer than 2 questions)."""
    ci_high: float | None
    """Upper end of that CI."""
    p_value: float | None
    """Permutation p-value, labels shuffled within each question."""
    n_questions: int
    """Questions with a test."""
    n_significant: int
    """Of those, questions with q < 0.05."""
    q_value: float | None = None
    """Benjamini-Hochberg q-value over the model's contexts."""
    mean_noise_floor: float | None = None
    """Mean of the per-question noise floors."""
    effect: float | None = None
    """mean_distance / mean_noise_floor."""
    significant: bool = False
    """q_value < ALPHA: the one significance rule for a context (renderers read this, never q)."""


@dataclass(frozen=True)
class ShiftResult:
    """Everything the shift stage finds for one model."""

    tests: tuple[ShiftRecord, ...]
    """Per question x context, in question then context order."""
    contexts: tuple[ContextShiftRecord, ...]
    """Per context, in context order."""


# --- small pure helpers -------------------------------------------------------------------------


def cosine_distances(emb: np.ndarray) -> np.ndarray:
    """Pairwise 1 - cos for L2-normalised rows, float64, zero diagonal, clipped at 0."""
    e = np.asarray(emb, dtype=np.float64)
    d = 1.0 - e @ e.T
    np.clip(d, 0.0, 2.0, out=d)
    np.fill_diagonal(d, 0.0)
    return d


def energy_distance(d: np.ndarray, nb: int) -> float:
    """Energy distance (U-statistic) for a pooled distance matrix whose first `nb` rows are group B."""
    n = d.shape[0]
    a = np.zeros((1, n))
    a[0, :nb] = 1.0
    return float(_energy_batch(d, a, nb, n - nb)[0])


def _energy_batch(d: np.ndarray, a: np.ndarray, nb: int, nc: int) -> np.ndarray:
    """Energy distance for each row of the 0/1 membership matrix `a` (1 = group B)."""
    r = d.sum(axis=1)
    total = r.sum()
    s_bb = np.einsum("ij,ij->i", a @ d, a)
    s_bc = a @ r - s_bb
    s_cc = total - s_bb - 2.0 * s_bc
    return 2.0 * s_bc / (nb * nc) - s_bb / (nb * (nb - 1)) - s_cc / (nc * (nc - 1))


def _within(d: np.ndarray) -> float:
    n = d.shape[0]
    return float(d.sum() / (n * (n - 1)))


def _random_splits(rng: np.random.Generator, n: int, nb: int, n_perm: int) -> np.ndarray:
    """n_perm random 0/1 rows with nb ones each."""
    order = np.argsort(rng.random((n_perm, n)), axis=1)
    a = np.zeros((n_perm, n))
    np.put_along_axis(a, order[:, :nb], 1.0, axis=1)
    return a


def _all_splits(n: int, nb: int) -> np.ndarray:
    combos = list(itertools.combinations(range(n), nb))
    a = np.zeros((len(combos), n))
    for i, c in enumerate(combos):
        a[i, list(c)] = 1.0
    return a


def _counts(rng: np.random.Generator, n: int, n_boot: int) -> np.ndarray:
    """How often each of n items is drawn in each of n_boot resamples with replacement."""
    idx = rng.integers(0, n, size=(n_boot, n)) + (np.arange(n_boot) * n)[:, None]
    return np.bincount(idx.ravel(), minlength=n_boot * n).reshape(n_boot, n).astype(np.float64)


def _boot_energy(d: np.ndarray, nb: int, nc: int, rng: np.random.Generator, n_boot: int) -> np.ndarray:
    """Bootstrap draws of the energy distance, resampling within each group (count weights)."""
    wb = _counts(rng, nb, n_boot)
    wc = _counts(rng, nc, n_boot)
    dbb, dcc, dbc = d[:nb, :nb], d[nb:, nb:], d[:nb, nb:]
    # duplicates of one sample pair at distance d[i, i] = 0, as the U-statistic's i != j would have them
    s_bb = np.einsum("ij,ij->i", wb @ dbb, wb)
    s_cc = np.einsum("ij,ij->i", wc @ dcc, wc)
    s_bc = np.einsum("ij,ij->i", wb @ dbc, wc)
    return 2.0 * s_bc / (nb * nc) - s_bb / (nb * (nb - 1)) - s_cc / (nc * (nc - 1))


def _tol(x: float) -> float:
    # float ties between a permutation and the observed split must count as ">="
    return 1e-12 * max(1.0, abs(x))


def bh(p_values: Sequence[float | None]) -> list[float | None]:
    """Benjamini-Hochberg q-values (monotone step-up, capped at 1); None stays None."""
    idx = [i for i, p in enumerate(p_values) if p is not None]
    out: list[float | None] = [None] * len(p_values)
    m = len(idx)
    if m == 0:
        return out
    p = np.array([p_values[i] for i in idx], dtype=np.float64)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.minimum(q, 1.0)
    for k, j in enumerate(order):
        out[idx[j]] = float(q[k])
    return out


def _rng(seed: int, *keys: str) -> np.random.Generator:
    # a stream per test, so adding a question does not change another question's draws
    return np.random.default_rng([seed, *(zlib.crc32(k.encode()) for k in keys)])


def _percentile_ci(draws: np.ndarray) -> tuple[float, float]:
    lo, hi = np.percentile(draws, [2.5, 97.5])
    return float(lo), float(hi)


# --- the stage ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    question_id: str
    context_id: str
    obs: float
    null: np.ndarray  # n_perm random-split draws, for the context-level test


# Small matrices: one BLAS thread is many times faster than two fighting over a busy machine,
# and results then do not depend on the thread count.
@threadpool_limits.wrap(limits=1)
def model_shift(
    model: str,
    embeddings: np.ndarray,
    question_ids: Sequence[str],
    context_ids: Sequence[str],
    baseline: str,
    *,
    seed: int,
    contexts: Sequence[str] | None = None,
    n_perm: int = 999,
    n_boot: int = 999,
    max_exact: int = 1000,
    alpha: float = ALPHA,
) -> ShiftResult:
    """Context shift for one model; rows of `embeddings` align with question_ids and context_ids."""
    emb = np.asarray(embeddings)
    qs = np.asarray(question_ids, dtype=object)
    cs = np.asarray(context_ids, dtype=object)
    if not (len(emb) == len(qs) == len(cs)):
        raise ValueError("embeddings, question_ids and context_ids must have the same length")
    ctx_order = [c for c in (contexts if contexts is not None else dict.fromkeys(cs)) if c != baseline]
    q_order = list(dict.fromkeys(qs))

    raw: list[dict[str, Any]] = []
    cells: dict[str, list[_Cell]] = {c: [] for c in ctx_order}
    for q in q_order:
        rows_q = np.flatnonzero(qs == q)
        d_all = cosine_distances(emb[rows_q])
        cs_q = cs[rows_q]
        ib = np.flatnonzero(cs_q == baseline)
        for c in ctx_order:
            ic = np.flatnonzero(cs_q == c)
            nb, nc = len(ib), len(ic)
            rec = {"model": model, "question_id": q, "context_id": c, "n_baseline": nb, "n_context": nc}
            if nb < 2 or nc < 2:
                why = [f"{name} has {k} sample{'s' if k != 1 else ''}" for name, k in
                       ((f"baseline '{baseline}'", nb), (f"context '{c}'", nc)) if k < 2]
                rec["note"] = "no test: " + " and ".join(why) + " (need at least 2 in each)"
                raw.append(rec)
                continue
            idx = np.concatenate([ib, ic])
            d = d_all[np.ix_(idx, idx)]
            obs = energy_distance(d, nb)
            floor = (_within(d[:nb, :nb]) + _within(d[nb:, nb:])) / 2.0
            rng = _rng(seed, model, q, c)
            null = _energy_batch(d, _random_splits(rng, nb + nc, nb, n_perm), nb, nc)
            n_splits = math.comb(nb + nc, nb)
            if n_splits <= max_exact:
                every = _energy_batch(d, _all_splits(nb + nc, nb), nb, nc)
                p = float(np.mean(every >= obs - _tol(obs)))
                rec["note"] = f"exact permutation p over all {n_splits} splits"
            else:
                p = float((1 + np.sum(null >= obs - _tol(obs))) / (1 + n_perm))
            lo, hi = _percentile_ci(_boot_energy(d, nb, nc, rng, n_boot))
            rec.update(distance=obs, noise_floor=floor, ci_low=lo, ci_high=hi, p_value=p,
                       effect=(obs / floor) if floor > 0 else None)
            raw.append(rec)
            cells[c].append(_Cell(q, c, obs, null))

    qv = bh([r.get("p_value") for r in raw])
    tests = []
    for r, q_ in zip(raw, qv, strict=True):
        tests.append(ShiftRecord(
            model=r["model"], question_id=r["question_id"], context_id=r["context_id"],
            distance=r.get("distance"), noise_floor=r.get("noise_floor"), ci_low=r.get("ci_low"),
            ci_high=r.get("ci_high"), p_value=r.get("p_value"), q_value=q_,
            significant=q_ is not None and q_ < alpha, n_baseline=r["n_baseline"],
            n_context=r["n_context"], effect=r.get("effect"), note=r.get("note"),
        ))
    ctx = _context_level(model, ctx_order, cells, tests, seed=seed, n_perm=n_perm, n_boot=n_boot)
    return ShiftResult(tests=tuple(tests), contexts=ctx)


def _context_level(model: str, ctx_order: list[str], cells: dict[str, list[_Cell]],
                   tests: list[ShiftRecord], *, seed: int, n_perm: int, n_boot: int,
                   ) -> tuple[ContextShiftRecord, ...]:
    raw: list[dict[str, Any]] = []
    for c in ctx_order:
        got = cells[c]
        done = [t for t in tests if t.context_id == c and t.p_value is not None]
        n_sig = sum(t.significant for t in done)
        if not got:
            raw.append(dict(model=model, context_id=c, mean_distance=None, ci_low=None, ci_high=None,
                            p_value=None, n_questions=0, n_significant=0))
            continue
        obs_q = np.array([g.obs for g in got])
        mean = float(obs_q.mean())
        null_mean = np.mean(np.stack([g.null for g in got]), axis=0)
        p = float((1 + np.sum(null_mean >= mean - _tol(mean))) / (1 + n_perm))
        lo: float | None = None
        hi: float | None = None
        if len(got) >= 2:
            rng = _rng(seed, model, c, "questions")
            pick = rng.integers(0, len(got), size=(n_boot, len(got)))
            lo, hi = _percentile_ci(obs_q[pick].mean(axis=1))
        floors = [t.noise_floor for t in done if t.noise_floor is not None]
        floor = float(np.mean(floors)) if floors else None
        raw.append(dict(model=model, context_id=c, mean_distance=mean, ci_low=lo, ci_high=hi, p_value=p,
                        n_questions=len(got), n_significant=n_sig, mean_noise_floor=floor,
                        effect=(mean / floor) if floor else None))
    qv = bh([r["p_value"] for r in raw])
    return tuple(ContextShiftRecord(**r, q_value=q_, significant=q_ is not None and q_ < ALPHA)
                 for r, q_ in zip(raw, qv, strict=True))
