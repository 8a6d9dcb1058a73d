"""Version drift: what changed between two models (or one model in two studies) on the same questions and contexts.

`drift(older, newer)` takes two `Side`s (an analysis and one of its models) and returns a `Drift`:

- per context, each side's context shift as its analysis recorded it (mean, 95% CI, significant) and the
  change newer − older over the questions both have a test for, with its bootstrap CI and sign-flip test
  (core.compare: the stored comparison record when both sides are in one analysis, else compare_models
  run on the two models' stored per-question shifts);
- masks that appeared (only in newer), vanished (only in older), changed their context profile, or stayed:
  masks of the two sides are linked when their wording matches (mask_similarity >= MIN_SIMILARITY: the
  defining sentences or name, else the keywords), linked masks form families as in core.masks;
- marker rates that moved: Fisher's exact test on the stored counts (k of n) per context x marker,
  Benjamini-Hochberg over the rows, a Newcombe 95% CI of the difference from the stored Wilson intervals;
- scale means that moved: Welch's t from the stored mean, sd and runs per context, BH over the rows;
- the questions whose context shift changed most (largest |newer − older| per-question distance).

No streamlit here; the app and the reports place what this returns.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import pandas as pd
from scipy import stats

from core.analysis_record import Analysis, ContextShiftRecord, MaskRecord
from core.compare import ComparisonRecord, compare_models
from core.findings import mask_name
from core.markers import MarkerRate
from core.masks import linked_groups, mask_similarity
from core.shift import bh

MIN_SIMILARITY = 0.4
"""Masks of the two sides whose wording similarity reaches this are one family (core.masks' default)."""
PROFILE_CHANGE = 0.3
"""A kept mask "changed" its context profile when the total variation distance of its context shares reaches this
(or its top context differs)."""
TOP_QUESTIONS = 5
"""Questions listed as changed most."""


@dataclass(frozen=True)
class Side:
    """One side of a drift: an analysis and one of its models."""

    analysis: Analysis
    """The analysis holding the model."""
    model: str
    """The model."""

    def label(self, other: Side) -> str:
        """The model, prefixed `study:` when the two sides come from different studies."""
        return self.model if self.analysis.study == other.analysis.study else f"{self.analysis.study}:{self.model}"


@dataclass(frozen=True)
class ContextDrift:
    """One context: each side's shift against the baseline and the change newer − older."""

    context_id: str
    """Context compared with the baseline."""
    shift_a: ContextShiftRecord | None
    """The older side's context record, as its analysis stored it."""
    shift_b: ContextShiftRecord | None
    """The newer side's context record."""
    n_questions: int
    """Questions both sides have a test for."""
    change: float | None
    """Mean over those questions of distance_newer − distance_older."""
    ci_low: float | None
    """95% bootstrap CI of the change, lower end."""
    ci_high: float | None
    """Upper end."""
    p_value: float | None
    """Two-sided sign-flip permutation p of the change (core.compare)."""
    q_value: float | None
    """Benjamini-Hochberg q (over the comparison's pairs x contexts)."""
    significant: bool
    """The comparison record's significance flag."""


@dataclass(frozen=True)
class MaskDrift:
    """A family of masks across the two sides, and what happened to it."""

    status: str
    """appeared | vanished | changed | kept."""
    masks_a: tuple[MaskRecord, ...]
    """The older side's masks in the family."""
    masks_b: tuple[MaskRecord, ...]
    """The newer side's masks in the family."""
    similarity: float | None
    """Wording similarity of the two biggest members (None when one side has none)."""
    profile_change: float | None
    """Total variation distance between the context shares of the two biggest members."""

    @property
    def name(self) -> str:
        """The family's name: its biggest member's name."""
        biggest = max((*self.masks_a, *self.masks_b), key=lambda m: m.size)
        return mask_name(biggest)


@dataclass(frozen=True, kw_only=True)
class Moved:
    """A row's change newer − older, its 95% CI and test, BH over the rows of its table (markers or scales)."""

    change: float | None
    """Newer − older."""
    ci_low: float | None
    """95% CI of the change, lower end (markers: Newcombe; scales: Welch)."""
    ci_high: float | None
    """Upper end."""
    p_value: float | None
    """Two-sided p (markers: Fisher's exact on the stored counts; scales: Welch's t from the stored summaries)."""
    q_value: float | None
    """BH over the drift's rows of the same kind."""
    moved: bool
    """q_value < alpha."""


@dataclass(frozen=True)
class RateDrift(Moved):
    """One marker in one context: rate older vs newer (the change and its test: `Moved`)."""

    context_id: str
    """Context."""
    marker: str
    """Marker id."""
    rate_a: float | None
    """Older rate."""
    rate_b: float | None
    """Newer rate."""
    n_a: int
    """Older responses counted."""
    n_b: int
    """Newer responses counted."""


@dataclass(frozen=True)
class ScaleDrift(Moved):
    """One scale in one context: mean score older vs newer (the change and its test: `Moved`)."""

    scale_id: str
    """Scale."""
    context_id: str
    """Context."""
    mean_a: float | None
    """Older mean."""
    mean_b: float | None
    """Newer mean."""


@dataclass(frozen=True)
class QuestionDrift:
    """A question whose context shift changed most: the context where it changed most."""

    question_id: str
    """Question."""
    context_id: str
    """The context with the largest |change|."""
    distance_a: float
    """Older per-question shift in that context."""
    distance_b: float
    """Newer per-question shift."""
    change: float
    """distance_b − distance_a."""
    significant_a: bool
    """Older test's significance flag."""
    significant_b: bool
    """Newer test's significance flag."""


@dataclass(frozen=True)
class Drift:
    """Everything that changed from `label_a` (older) to `label_b` (newer)."""

    label_a: str
    """Older side (model, or study:model)."""
    label_b: str
    """Newer side."""
    baseline: str
    """The baseline context both are compared with."""
    contexts: tuple[ContextDrift, ...]
    """Per context with a test on both sides, in context order."""
    untested: tuple[str, ...]
    """Shared contexts without a test on one side or both (too few samples)."""
    masks: tuple[MaskDrift, ...]
    """Mask families: appeared, vanished, changed, then kept."""
    markers: tuple[RateDrift, ...]
    """Marker rows, moved first then by |change|."""
    scales: tuple[ScaleDrift, ...]
    """Scale rows, moved first then by |change|."""
    questions: tuple[QuestionDrift, ...]
    """The TOP_QUESTIONS questions whose shift changed most."""
    alpha: float
    """Significance level of the moved flags."""

    @property
    def appeared(self) -> list[MaskDrift]:
        """Families only the newer side has."""
        return [m for m in self.masks if m.status == "appeared"]

    @property
    def vanished(self) -> list[MaskDrift]:
        """Families only the older side has."""
        return [m for m in self.masks if m.status == "vanished"]


# ---------------------------------------------------------------------------- contexts


def _context_changes(a: Side, b: Side) -> dict[str, ComparisonRecord]:
    """Comparison records oriented newer − older (model_a = the newer side), keyed by context."""
    if a.analysis is b.analysis or a.analysis.study == b.analysis.study:
        out = {}
        for r in a.analysis.comparison.differences:
            if (r.model_a, r.model_b) == (a.model, b.model):
                out[r.context_id] = _flip(r)
            elif (r.model_a, r.model_b) == (b.model, a.model):
                out[r.context_id] = r
        if out:
            return out
    la, lb = a.label(b), b.label(a)
    tests = [replace(t, model=la) for t in a.analysis.shift_of(a.model)]
    tests += [replace(t, model=lb) for t in b.analysis.shift_of(b.model)]
    shared = [c for c in a.analysis.contexts if c in set(b.analysis.contexts)]
    s = a.analysis.provenance.settings
    recs = compare_models(tests, seed=a.analysis.seed, models=[lb, la], contexts=shared, n_perm=max(s.n_perm, 999),
                          n_boot=s.n_boot, alpha=a.analysis.alpha)
    return {r.context_id: r for r in recs}


def _flip(r: ComparisonRecord) -> ComparisonRecord:
    """The record as model_b − model_a."""
    def neg(x: float | None) -> float | None:
        return None if x is None else -x

    return replace(r, model_a=r.model_b, model_b=r.model_a, mean_a=r.mean_b, mean_b=r.mean_a,
                   ci_low_a=r.ci_low_b, ci_high_a=r.ci_high_b, ci_low_b=r.ci_low_a, ci_high_b=r.ci_high_a,
                   difference=neg(r.difference), ci_low=neg(r.ci_high), ci_high=neg(r.ci_low))


def context_drift(a: Side, b: Side) -> tuple[list[ContextDrift], list[str]]:
    """Per shared context: both sides' stored context records and the change newer − older."""
    ra = {r.context_id: r for r in a.analysis.context_shift_of(a.model)}
    rb = {r.context_id: r for r in b.analysis.context_shift_of(b.model)}
    changes = _context_changes(a, b)
    rows, untested = [], []
    for c in a.analysis.contexts:
        if c == a.analysis.baseline_context or c not in b.analysis.contexts:
            continue
        xa, xb = ra.get(c), rb.get(c)
        if xa is None or xb is None or xa.mean_distance is None or xb.mean_distance is None:
            untested.append(c)
            continue
        d = changes.get(c)
        # `d` is "model_a − model_b" with model_a the newer side (see _context_changes)
        rows.append(ContextDrift(
            context_id=c, shift_a=xa, shift_b=xb, n_questions=d.n_questions if d else 0,
            change=d.difference if d else None, ci_low=d.ci_low if d else None, ci_high=d.ci_high if d else None,
            p_value=d.p_value if d else None, q_value=d.q_value if d else None,
            significant=bool(d.significant) if d else False))
    return rows, untested


# ---------------------------------------------------------------------------- masks


def _shares(m: MaskRecord) -> dict[str, float]:
    total = sum(m.context_counts.values())
    return {c: k / total for c, k in m.context_counts.items()} if total else {}


def profile_change(a: MaskRecord, b: MaskRecord) -> float:
    """Total variation distance between two masks' context shares (0: same profile, 1: disjoint contexts)."""
    pa, pb = _shares(a), _shares(b)
    return 0.5 * sum(abs(pa.get(c, 0.0) - pb.get(c, 0.0)) for c in set(pa) | set(pb))


def mask_drift(a: Side, b: Side, min_similarity: float = MIN_SIMILARITY) -> list[MaskDrift]:
    """Families of the two sides' masks (linked by wording similarity): appeared, vanished, changed or kept."""
    def keep(m: MaskRecord) -> bool:
        return m.mask_id != -1 and getattr(m, "reported", True) is not False

    nodes = [(0, m) for m in a.analysis.masks_of(a.model) if keep(m)]
    nodes += [(1, m) for m in b.analysis.masks_of(b.model) if keep(m)]
    out = []
    for members in linked_groups([n[0] for n in nodes], [n[1] for n in nodes], min_similarity):
        ma = tuple(sorted((nodes[i][1] for i in members if nodes[i][0] == 0), key=lambda m: -m.size))
        mb = tuple(sorted((nodes[i][1] for i in members if nodes[i][0] == 1), key=lambda m: -m.size))
        if not ma:
            out.append(MaskDrift("appeared", ma, mb, None, None))
        elif not mb:
            out.append(MaskDrift("vanished", ma, mb, None, None))
        else:
            tv = profile_change(ma[0], mb[0])
            moved = tv >= PROFILE_CHANGE or ma[0].top_context != mb[0].top_context
            out.append(MaskDrift("changed" if moved else "kept", ma, mb, mask_similarity(ma[0], mb[0]), tv))
    order = {"appeared": 0, "vanished": 1, "changed": 2, "kept": 3}
    return sorted(out, key=lambda d: (order[d.status], -sum(m.size for m in (*d.masks_a, *d.masks_b))))


# ---------------------------------------------------------------------------- markers and scales


def newcombe(k1: int, n1: int, k2: int, n2: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Newcombe's hybrid score 95% CI of p2 − p1 (from the two Wilson intervals)."""
    def wilson(k: int, n: int) -> tuple[float, float, float]:
        p = k / n
        den = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / den
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
        return p, centre - half, centre + half

    p1, l1, u1 = wilson(k1, n1)
    p2, l2, u2 = wilson(k2, n2)
    d = p2 - p1
    return d - math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2), d + math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2)


_M = TypeVar("_M", bound=Moved)


def _bh_moved(ps: list[float | None], alpha: float) -> list[tuple[float | None, bool]]:
    """(BH q, q < alpha) of each row's p; a row without a test keeps q None and did not move."""
    return [(q, q is not None and q < alpha) for q in bh(ps)]


def _moved_first(rows: list[_M]) -> list[_M]:
    """Rows that moved first, then by |change|."""
    return sorted(rows, key=lambda r: (not r.moved, -abs(r.change or 0.0)))


def marker_drift(a: Side, b: Side, alpha: float) -> list[RateDrift]:
    """Per context x marker: rates older vs newer, Fisher's exact test, BH over the rows."""
    ra = {(r.context_id, r.marker): r for r in a.analysis.markers_of(a.model)}
    rb = {(r.context_id, r.marker): r for r in b.analysis.markers_of(b.model)}
    keys = [k for k in ra if k in rb]
    raw: list[tuple[tuple[str, str], MarkerRate, MarkerRate, float | None, float | None, float | None]] = []
    for k in keys:
        x, y = ra[k], rb[k]
        if not x.n or not y.n:
            raw.append((k, x, y, None, None, None))
            continue
        p = float(stats.fisher_exact([[x.k, x.n - x.k], [y.k, y.n - y.k]])[1])
        lo, hi = newcombe(x.k, x.n, y.k, y.n)
        raw.append((k, x, y, p, lo, hi))
    out = [RateDrift(context_id=k[0], marker=k[1], rate_a=x.rate, rate_b=y.rate, n_a=x.n, n_b=y.n,
                     change=(y.k / y.n - x.k / x.n) if x.n and y.n else None, ci_low=lo, ci_high=hi, p_value=p,
                     q_value=q, moved=moved)
           for (k, x, y, p, lo, hi), (q, moved) in zip(raw, _bh_moved([r[3] for r in raw], alpha), strict=True)]
    return _moved_first(out)


def scale_drift(a: Side, b: Side, alpha: float) -> list[ScaleDrift]:
    """Per scale x context: means older vs newer, Welch's t from the stored summaries, BH over the rows."""
    ra = {(r.scale_id, r.context_id): r for r in a.analysis.scales_of(a.model)}
    rb = {(r.scale_id, r.context_id): r for r in b.analysis.scales_of(b.model)}
    raw = []
    for k in (k for k in ra if k in rb):
        x, y = ra[k], rb[k]
        p = lo = hi = None
        if None not in (x.mean, y.mean, x.sd, y.sd) and x.n_runs_valid > 1 and y.n_runs_valid > 1:
            assert x.mean is not None and y.mean is not None and x.sd is not None and y.sd is not None
            va, vb = x.sd ** 2 / x.n_runs_valid, y.sd ** 2 / y.n_runs_valid
            if va + vb > 0:
                res = stats.ttest_ind_from_stats(y.mean, y.sd, y.n_runs_valid, x.mean, x.sd, x.n_runs_valid,
                                                 equal_var=False)
                p = float(res.pvalue)
                dof = (va + vb) ** 2 / (va ** 2 / (x.n_runs_valid - 1) + vb ** 2 / (y.n_runs_valid - 1))
                half = float(stats.t.ppf(0.975, dof)) * math.sqrt(va + vb)
                lo, hi = y.mean - x.mean - half, y.mean - x.mean + half
        raw.append((k, x, y, p, lo, hi))
    out = [ScaleDrift(scale_id=k[0], context_id=k[1], mean_a=x.mean, mean_b=y.mean,
                      change=(y.mean - x.mean) if x.mean is not None and y.mean is not None else None,
                      ci_low=lo, ci_high=hi, p_value=p, q_value=q, moved=moved)
           for (k, x, y, p, lo, hi), (q, moved) in zip(raw, _bh_moved([r[3] for r in raw], alpha), strict=True)]
    return _moved_first(out)


# ---------------------------------------------------------------------------- questions


def question_drift(a: Side, b: Side, top: int = TOP_QUESTIONS) -> list[QuestionDrift]:
    """The questions whose per-question shift changed most between the sides (largest |change| in any context)."""
    ta = {(t.question_id, t.context_id): t for t in a.analysis.shift_of(a.model) if t.distance is not None}
    best: dict[str, QuestionDrift] = {}
    for t in b.analysis.shift_of(b.model):
        x = ta.get((t.question_id, t.context_id))
        if x is None or t.distance is None or x.distance is None:
            continue
        q = QuestionDrift(t.question_id, t.context_id, x.distance, t.distance, t.distance - x.distance,
                          x.significant, t.significant)
        cur = best.get(t.question_id)
        if cur is None or abs(q.change) > abs(cur.change):
            best[t.question_id] = q
    return sorted(best.values(), key=lambda q: -abs(q.change))[:top]


# ---------------------------------------------------------------------------- all of it


def drift(older: Side, newer: Side) -> Drift:
    """What changed from `older` to `newer` (see the module docstring)."""
    alpha = older.analysis.alpha
    contexts, untested = context_drift(older, newer)
    return Drift(label_a=older.label(newer), label_b=newer.label(older), baseline=older.analysis.baseline_context,
                 contexts=tuple(contexts), untested=tuple(untested), masks=tuple(mask_drift(older, newer)),
                 markers=tuple(marker_drift(older, newer, alpha)), scales=tuple(scale_drift(older, newer, alpha)),
                 questions=tuple(question_drift(older, newer)), alpha=alpha)


def default_pairs(models: Sequence[str]) -> list[tuple[str, str]]:
    """Consecutive pairs of models in the given order: the version line a report shows drift for."""
    return list(zip(models, models[1:], strict=False))


def drift_sentences(d: Drift) -> list[tuple[str, ...]]:
    """The drift's headline as sentences (parts; Untrusted parts came from the data, see core.findings)."""
    from core.findings import Untrusted, ci, num, pval

    out: list[tuple[str, ...]] = []
    sig = [c for c in d.contexts if c.significant]
    if d.contexts:
        top = max(d.contexts, key=lambda c: abs(c.change or 0.0))
        out.append(("From ", Untrusted(d.label_a), " to ", Untrusted(d.label_b),
                    f": {len(sig)} of {len(d.contexts)} contexts change their shift significantly; the largest "
                    "change is in ", Untrusted(top.context_id),
                    f" ({num(top.change, 3)}, 95% CI {ci(top.ci_low, top.ci_high)}, q {pval(top.q_value)})."))
    for status, verb in (("appeared", "appeared"), ("vanished", "vanished"), ("changed", "changed its contexts")):
        fams = [m for m in d.masks if m.status == status]
        if fams:
            out.append((f"{len(fams)} mask famil{'y' if len(fams) == 1 else 'ies'} {verb}: ",
                        Untrusted("; ".join(f'"{m.name}"' for m in fams[:3])), "." if len(fams) <= 3 else ", …"))
    moved = [r for r in d.markers if r.moved]
    if d.markers:
        out.append((f"{len(moved)} of {len(d.markers)} marker rates moved (Fisher's exact, BH q < {d.alpha:g}).",))
    moved_s = [r for r in d.scales if r.moved]
    if d.scales:
        out.append((f"{len(moved_s)} of {len(d.scales)} scale means moved (Welch's t, BH q < {d.alpha:g}).",))
    return out


# ---------------------------------------------------------------------------- display tables (app)


def _ci_text(lo: float | None, hi: float | None, digits: int = 3) -> str:
    return "–" if lo is None or hi is None else f"[{lo:.{digits}f}, {hi:.{digits}f}]"


def context_table(d: Drift) -> pd.DataFrame:
    """Per context: older and newer shift with CI and significance, the change with CI, q and significance."""
    rows = []
    for c in d.contexts:
        a, b = c.shift_a, c.shift_b
        rows.append({
            "context": c.context_id,
            "older": a.mean_distance if a else None, "older 95% CI": _ci_text(a.ci_low, a.ci_high) if a else "–",
            "older sig.": bool(a.significant) if a else False,
            "newer": b.mean_distance if b else None, "newer 95% CI": _ci_text(b.ci_low, b.ci_high) if b else "–",
            "newer sig.": bool(b.significant) if b else False,
            "change": c.change, "change 95% CI": _ci_text(c.ci_low, c.ci_high), "q": c.q_value,
            "changed": c.significant, "questions": c.n_questions})
    return pd.DataFrame(rows, columns=["context", "older", "older 95% CI", "older sig.", "newer", "newer 95% CI",
                                       "newer sig.", "change", "change 95% CI", "q", "changed", "questions"])


def mask_table(d: Drift) -> pd.DataFrame:
    """Mask families: status, name, the masks on each side (id, size, top context) and the profile change."""
    def side(ms: Sequence[MaskRecord]) -> str:
        return "; ".join(f"mask {m.mask_id} ({m.size}, top {m.top_context} {m.purity:.0%})" for m in ms) or "–"

    return pd.DataFrame([{"status": f.status, "name": f.name, "older": side(f.masks_a), "newer": side(f.masks_b),
                          "profile change": f.profile_change} for f in d.masks],
                        columns=["status", "name", "older", "newer", "profile change"])


_MOVED_COLUMNS = ["change", "change 95% CI", "q", "moved"]


def _moved_cells(r: Moved) -> dict[str, object]:
    """The change, its CI, q and the moved flag: the last columns of the marker and scale tables."""
    return {"change": r.change, "change 95% CI": _ci_text(r.ci_low, r.ci_high, 2), "q": r.q_value, "moved": r.moved}


def marker_table(d: Drift) -> pd.DataFrame:
    """Marker rows: context, marker, both rates, the change with its Newcombe CI, q, moved."""
    return pd.DataFrame([{"context": r.context_id, "marker": r.marker, "older": r.rate_a, "newer": r.rate_b}
                         | _moved_cells(r) for r in d.markers],
                        columns=["context", "marker", "older", "newer", *_MOVED_COLUMNS])


def scale_table(d: Drift) -> pd.DataFrame:
    """Scale rows: scale, context, both means, the change with its Welch CI, q, moved."""
    return pd.DataFrame([{"scale": r.scale_id, "context": r.context_id, "older": r.mean_a, "newer": r.mean_b}
                         | _moved_cells(r) for r in d.scales],
                        columns=["scale", "context", "older", "newer", *_MOVED_COLUMNS])


def question_table(d: Drift) -> pd.DataFrame:
    """The questions whose shift changed most: the context, both per-question shifts and the change."""
    return pd.DataFrame([{"question": q.question_id, "context": q.context_id, "older": q.distance_a,
                          "newer": q.distance_b, "change": q.change, "older sig.": q.significant_a,
                          "newer sig.": q.significant_b} for q in d.questions],
                        columns=["question", "context", "older", "newer", "change", "older sig.", "newer sig."])
