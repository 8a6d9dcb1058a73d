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
No per-question CI: a bootstrap of this degenerate U-statistic at a handful of samples misses its
nominal coverage badly (at 5 vs 5 under the null the old percentile interval excluded 0 in ~72% of
cells), so ci_low/ci_high stay None and `ci_note` says why; read p and q per question, and the
context-level CI.

Dispersion (PERMDISP-style, beside the shift, which only sees the mean): each answer's squared
distance to its group's mean embedding, scaled by n/(n-1) so that its group mean is the within-group
mean pairwise cosine distance (unbiased for the spread, trace of the covariance). `dispersion` =
spread(context) - spread(baseline): negative when a context collapses the answers' variety. Its p
permutes those distances between the groups (two-sided).

Per context: the mean distance over questions, a 95% t interval over questions (a percentile
bootstrap covered less: 87% at 20 questions under the null, see benchmarks/bench_calibration.py), and a
permutation test that shuffles the two labels within each question (independently per question,
the k-th null draw of every question averaged into the k-th null mean); the same for dispersion.

Testing is hierarchical (defect: BH over every question x context cell could not fire at 5 samples):
contexts first, BH over the model's contexts; then, only within the R of m contexts found, questions
by BH at level alpha * R / m (Benjamini & Bogomolov 2014), which bounds the expected average FDR over
the selected contexts. A question's q_value is its within-context BH q times m / R (None outside
the selected contexts); significant = q_value < alpha. `min_p` is the smallest p the permutation
can give at the cell's sample sizes: a question can only be significant when min_p <= alpha * R / m.

Each question's pairwise-distance matrix is computed once; permutations and bootstrap draws are
0/1 and count matrices multiplied into it, so thousands of tests take seconds.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

from core.stats import ALPHA, bh, rng

__all__ = ["ALPHA", "ContextShiftRecord", "ShiftRecord", "ShiftResult", "bh", "cosine_distances",
           "energy_distance", "min_attainable_p", "model_shift", "question_level_warning"]

CI_NOTE = ("no per-question CI: a bootstrap of the energy U-statistic at a handful of samples does not "
           "reach its nominal coverage; read p and q here, and the context's CI")


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
    """Always None: no per-question CI (see `ci_note`); kept so v1 readers find the key."""
    ci_high: float | None
    """Always None, as ci_low."""
    p_value: float | None
    """Permutation p-value; None when there is no test (see `note`)."""
    q_value: float | None
    """Benjamini-Bogomolov q: within-context BH q x m / R; None when the context was not selected."""
    significant: bool
    """q_value < ALPHA (so only inside a context that is significant itself)."""
    n_baseline: int = 0
    """Baseline samples."""
    n_context: int = 0
    """Context samples."""
    effect: float | None = None
    """distance / noise_floor (None when the floor is 0)."""
    note: str | None = None
    """Why there is no test, or how the p-value was computed."""
    min_p: float | None = None
    """Smallest p-value the permutation test can give at these sample sizes."""
    ci_note: str | None = None
    """Why no per-question CI is reported."""
    dispersion: float | None = None
    """Spread of the context's answers minus the baseline's (mean pairwise cosine distance); < 0 = collapse."""
    dispersion_p: float | None = None
    """Two-sided permutation p of the dispersion difference (labels permuted, group centres recomputed)."""
    dispersion_q: float | None = None
    """Benjamini-Bogomolov q of dispersion_p, as q_value but within the contexts whose dispersion differs."""
    dispersion_significant: bool = False
    """dispersion_q < ALPHA."""


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
    """Lower end of the 95% t interval over questions (None with fewer than 2 questions)."""
    ci_high: float | None
    """Upper end of that CI."""
    p_value: float | None
    """Permutation p-value, labels shuffled within each question."""
    n_questions: int
    """Questions with a test."""
    n_significant: int
    """Of those, questions significant after the hierarchical (Benjamini-Bogomolov) correction."""
    q_value: float | None = None
    """Benjamini-Hochberg q-value over the model's contexts."""
    mean_noise_floor: float | None = None
    """Mean of the per-question noise floors."""
    effect: float | None = None
    """mean_distance / mean_noise_floor."""
    significant: bool = False
    """q_value < ALPHA: the one significance rule for a context; only then are its questions tested."""
    question_alpha: float | None = None
    """Level of the within-context BH over questions, ALPHA x R / m (None when not selected)."""
    min_p: float | None = None
    """Smallest p-value any of its question tests can reach (the permutation's resolution)."""
    question_note: str | None = None
    """Set when no question can be significant at this design (min_p above the level it needs)."""
    dispersion: float | None = None
    """Mean over questions of the per-question dispersion difference (context minus baseline)."""
    dispersion_ci_low: float | None = None
    """Lower end of its 95% t interval over questions."""
    dispersion_ci_high: float | None = None
    """Upper end of that CI."""
    dispersion_p: float | None = None
    """Two-sided permutation p, labels shuffled within each question (group centres recomputed)."""
    dispersion_q: float | None = None
    """Benjamini-Hochberg q of dispersion_p over the model's contexts."""
    dispersion_significant: bool = False
    """dispersion_q < ALPHA."""
    n_dispersion_significant: int = 0
    """Questions whose dispersion differs after the hierarchical correction."""


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


def _disp_batch(d: np.ndarray, a: np.ndarray, nb: int, nc: int) -> np.ndarray:
    """Spread of group C minus spread of group B, centres recomputed for each 0/1 row of `a` (1 = group B).

    For unit vectors a group's mean squared distance to its centre x n/(n-1) is its within-group mean
    pairwise cosine distance, so each permuted split gets its own group centres (exact under exchangeable
    labels; permuting distances to the observed centres instead was liberal: 7.4% at 5% in the benchmark).
    """
    r = d.sum(axis=1)
    total = r.sum()
    s_bb = np.einsum("ij,ij->i", a @ d, a)
    s_cc = total - 2.0 * (a @ r) + s_bb
    return s_cc / (nc * (nc - 1)) - s_bb / (nb * (nb - 1))


def _random_splits(g: np.random.Generator, n: int, nb: int, n_perm: int) -> np.ndarray:
    """n_perm random 0/1 rows with nb ones each."""
    order = np.argsort(g.random((n_perm, n)), axis=1)
    a = np.zeros((n_perm, n))
    np.put_along_axis(a, order[:, :nb], 1.0, axis=1)
    return a


def _all_splits(n: int, nb: int) -> np.ndarray:
    combos = list(itertools.combinations(range(n), nb))
    a = np.zeros((len(combos), n))
    for i, c in enumerate(combos):
        a[i, list(c)] = 1.0
    return a


def _tol(x: float) -> float:
    # float ties between a permutation and the observed split must count as ">="
    return 1e-12 * max(1.0, abs(x))


def _t_interval(x: np.ndarray) -> tuple[float, float]:
    """95% t interval of the mean over questions (questions independent; checked by simulation)."""
    from scipy.stats import t

    m = float(x.mean())
    half = float(t.ppf(0.975, len(x) - 1)) * float(x.std(ddof=1)) / math.sqrt(len(x))
    return m - half, m + half


def min_attainable_p(nb: int, nc: int, *, n_perm: int = 999, max_exact: int = 1000) -> float:
    """Smallest p-value the per-question permutation test can give with nb baseline and nc context samples."""
    n_splits = math.comb(nb + nc, nb)
    if n_splits <= max_exact:
        # the observed split and, with equal groups, its mirror image always tie
        return (2.0 if nb == nc else 1.0) / n_splits
    return 1.0 / (1 + n_perm)


def question_level_warning(samples: int, n_contexts: int, *, alpha: float = ALPHA, n_perm: int = 999,
                           max_exact: int = 1000) -> str | None:
    """A warning when `samples` per cell cannot make questions significant, None when they can.

    n_contexts counts the contexts compared with the baseline. Questions are tested at alpha * R / m
    within the R of m contexts found, so they can pass only when min_p <= alpha * R / m.
    """
    if samples < 2:
        return (f"{samples} sample per cell: no per-question test at all (need at least 2 per cell; "
                f"5-10 for question-level findings)")
    p = min_attainable_p(samples, samples, n_perm=n_perm, max_exact=max_exact)
    m = max(n_contexts, 1)
    need = math.ceil(p * m / alpha - 1e-12)
    if p <= alpha / m:
        return None
    more = next((k for k in range(samples + 1, 60) if min_attainable_p(k, k, n_perm=n_perm, max_exact=max_exact)
                 <= alpha / m), None)
    tail = f"; {more} samples per cell would allow it with any one context" if more else ""
    if need > m:
        return (f"{samples} samples per cell: the smallest per-question p is {p:.3g} > {alpha}, so no question "
                f"can ever be significant; only context-level results{tail}")
    return (f"{samples} samples per cell: the smallest per-question p is {p:.3g}, so questions can be "
            f"significant only when at least {need} of the {m} contexts are (level {alpha} x R / {m}){tail}")


# --- the stage ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Cell:
    question_id: str
    context_id: str
    obs: float
    null: np.ndarray  # n_perm random-split draws of the shift, for the context-level test
    disp: float
    disp_null: np.ndarray  # the same splits' draws of the dispersion difference
    floor: float


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
    """Context shift and dispersion for one model; rows of `embeddings` align with question_ids and context_ids.

    n_boot is accepted for callers' sake and unused: no interval here is a bootstrap any more.
    """
    emb = np.asarray(embeddings)
    qs = np.asarray(question_ids, dtype=object)
    cs = np.asarray(context_ids, dtype=object)
    if not (len(emb) == len(qs) == len(cs)):
        raise ValueError("embeddings, question_ids and context_ids must have the same length")
    ctx_order = [c for c in (contexts if contexts is not None else dict.fromkeys(cs)) if c != baseline]
    raw, cells = _question_tests(model, emb, qs, cs, baseline, ctx_order, seed=seed, n_perm=n_perm,
                                 max_exact=max_exact)
    ctx_raw = _context_level(model, ctx_order, cells, n_perm=n_perm)
    # contexts first (BH over the model's contexts), then questions within the selected ones
    ctx_q = bh([r["p_value"] for r in ctx_raw])
    disp_q = bh([r["dispersion_p"] for r in ctx_raw])
    sel = {r["context_id"] for r, q_ in zip(ctx_raw, ctx_q, strict=True) if q_ is not None and q_ < alpha}
    sel_d = {r["context_id"] for r, q_ in zip(ctx_raw, disp_q, strict=True) if q_ is not None and q_ < alpha}
    m = sum(r["p_value"] is not None for r in ctx_raw)
    tests = _shift_records(raw, _selective_q(raw, "p_value", sel, m), _selective_q(raw, "dispersion_p", sel_d, m),
                           alpha)
    out = []
    for r, q_, dq in zip(ctx_raw, ctx_q, disp_q, strict=True):
        c = r["context_id"]
        mine = [t for t in tests if t.context_id == c]
        level = alpha * len(sel) / m if c in sel else None
        min_p = min((t.min_p for t in mine if t.min_p is not None), default=None)
        note = None
        if level is not None and min_p is not None and min_p > level:
            note = (f"no question can be significant: the smallest per-question p ({min_p:.3g}) is above the "
                    f"within-context level {alpha} x {len(sel)} / {m} = {level:.3g}; add samples per cell")
        out.append(ContextShiftRecord(
            **r, q_value=q_, significant=c in sel, question_alpha=level, min_p=min_p, question_note=note,
            n_significant=sum(t.significant for t in mine), dispersion_q=dq, dispersion_significant=c in sel_d,
            n_dispersion_significant=sum(t.dispersion_significant for t in mine)))
    return ShiftResult(tests=tests, contexts=tuple(out))


def _question_tests(model: str, emb: np.ndarray, qs: np.ndarray, cs: np.ndarray, baseline: str,
                    ctx_order: list[str], *, seed: int, n_perm: int,
                    max_exact: int) -> tuple[list[dict[str, Any]], dict[str, list[_Cell]]]:
    """Every question x context cell's test (raw record fields), and per context its tested cells."""
    raw: list[dict[str, Any]] = []
    cells: dict[str, list[_Cell]] = {c: [] for c in ctx_order}
    for q in dict.fromkeys(qs):
        rows_q = np.flatnonzero(qs == q)
        d_all = cosine_distances(emb[rows_q])  # once per question: every cell of it is a block of this matrix
        cs_q = cs[rows_q]
        ib = np.flatnonzero(cs_q == baseline)
        for c in ctx_order:
            rec, cell = _question_cell(model, q, c, d_all, ib, np.flatnonzero(cs_q == c), baseline, seed=seed,
                                       n_perm=n_perm, max_exact=max_exact)
            raw.append(rec)
            if cell is not None:
                cells[c].append(cell)
    return raw, cells


def _question_cell(model: str, q: str, c: str, d_all: np.ndarray, ib: np.ndarray, ic: np.ndarray, baseline: str,
                   *, seed: int, n_perm: int, max_exact: int) -> tuple[dict[str, Any], _Cell | None]:
    """One question's context c against the baseline: shift, noise floor, dispersion and their permutation p."""
    nb, nc = len(ib), len(ic)
    rec: dict[str, Any] = {"model": model, "question_id": q, "context_id": c, "n_baseline": nb, "n_context": nc}
    if nb < 2 or nc < 2:
        why = [f"{name} has {k} sample{'s' if k != 1 else ''}" for name, k in
               ((f"baseline '{baseline}'", nb), (f"context '{c}'", nc)) if k < 2]
        rec["note"] = "no test: " + " and ".join(why) + " (need at least 2 in each)"
        return rec, None
    idx = np.concatenate([ib, ic])
    d = d_all[np.ix_(idx, idx)]
    obs = energy_distance(d, nb)
    w_b, w_c = _within(d[:nb, :nb]), _within(d[nb:, nb:])
    floor = (w_b + w_c) / 2.0
    disp = w_c - w_b  # = mean centre distance of the context's answers minus the baseline's
    splits = _random_splits(rng(seed, model, q, c), nb + nc, nb, n_perm)
    null = _energy_batch(d, splits, nb, nc)
    disp_null = _disp_batch(d, splits, nb, nc)
    n_splits = math.comb(nb + nc, nb)
    if n_splits <= max_exact:
        every = _all_splits(nb + nc, nb)
        p = float(np.mean(_energy_batch(d, every, nb, nc) >= obs - _tol(obs)))
        p_d = float(np.mean(np.abs(_disp_batch(d, every, nb, nc)) >= abs(disp) - _tol(disp)))
        rec["note"] = f"exact permutation p over all {n_splits} splits"
    else:
        p = float((1 + np.sum(null >= obs - _tol(obs))) / (1 + n_perm))
        p_d = float((1 + np.sum(np.abs(disp_null) >= abs(disp) - _tol(disp))) / (1 + n_perm))
    rec.update(distance=obs, noise_floor=floor, p_value=p, effect=(obs / floor) if floor > 0 else None,
               min_p=min_attainable_p(nb, nc, n_perm=n_perm, max_exact=max_exact), ci_note=CI_NOTE,
               dispersion=disp, dispersion_p=p_d)
    return rec, _Cell(q, c, obs, null, disp, disp_null, floor)


def _shift_records(raw: list[dict[str, Any]], qv: list[float | None], qd: list[float | None],
                   alpha: float) -> tuple[ShiftRecord, ...]:
    """The question x context records from the raw tests and their selective q-values (shift, dispersion)."""
    return tuple(ShiftRecord(
        model=r["model"], question_id=r["question_id"], context_id=r["context_id"],
        distance=r.get("distance"), noise_floor=r.get("noise_floor"), ci_low=None, ci_high=None,
        p_value=r.get("p_value"), q_value=q_, significant=q_ is not None and q_ < alpha,
        n_baseline=r["n_baseline"], n_context=r["n_context"], effect=r.get("effect"), note=r.get("note"),
        min_p=r.get("min_p"), ci_note=r.get("ci_note"), dispersion=r.get("dispersion"),
        dispersion_p=r.get("dispersion_p"), dispersion_q=qd_,
        dispersion_significant=qd_ is not None and qd_ < alpha,
    ) for r, q_, qd_ in zip(raw, qv, qd, strict=True))


def _selective_q(raw: list[dict[str, Any]], key: str, selected: set[str], m: int) -> list[float | None]:
    """Benjamini-Bogomolov q per cell: BH within each selected context, times m / R; None elsewhere."""
    out: list[float | None] = [None] * len(raw)
    if not selected:
        return out
    factor = m / len(selected)
    for c in selected:
        idx = [i for i, r in enumerate(raw) if r["context_id"] == c]
        for i, q_ in zip(idx, bh([raw[i].get(key) for i in idx]), strict=True):
            out[i] = None if q_ is None else min(1.0, q_ * factor)
    return out


def _context_level(model: str, ctx_order: list[str], cells: dict[str, list[_Cell]], *,
                   n_perm: int) -> list[dict[str, Any]]:
    raw: list[dict[str, Any]] = []
    for c in ctx_order:
        got = cells[c]
        if not got:
            raw.append(dict(model=model, context_id=c, mean_distance=None, ci_low=None, ci_high=None,
                            p_value=None, n_questions=0, dispersion_p=None))
            continue
        obs_q = np.array([x.obs for x in got])
        disp_q = np.array([x.disp for x in got])
        mean, disp = float(obs_q.mean()), float(disp_q.mean())
        null_mean = np.mean(np.stack([x.null for x in got]), axis=0)
        p = float((1 + np.sum(null_mean >= mean - _tol(mean))) / (1 + n_perm))
        disp_null = np.mean(np.stack([x.disp_null for x in got]), axis=0)
        p_d = float((1 + np.sum(np.abs(disp_null) >= abs(disp) - _tol(disp))) / (1 + n_perm))
        lo: float | None = None
        hi: float | None = None
        dlo: float | None = None
        dhi: float | None = None
        if len(got) >= 2:
            lo, hi = _t_interval(obs_q)
            dlo, dhi = _t_interval(disp_q)
        floor = float(np.mean([x.floor for x in got]))
        raw.append(dict(model=model, context_id=c, mean_distance=mean, ci_low=lo, ci_high=hi, p_value=p,
                        n_questions=len(got), mean_noise_floor=floor, effect=(mean / floor) if floor else None,
                        dispersion=disp, dispersion_ci_low=dlo, dispersion_ci_high=dhi, dispersion_p=p_d))
    return raw
