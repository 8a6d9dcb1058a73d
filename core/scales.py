"""Likert scales as data, and scoring them: per-run scores, per-context means, Welch's t and Hedges' g.

Per model x context against the baseline context: Welch's t and p (a permutation p when neither group
varies, where Welch is undefined), signed Hedges' g (this minus baseline, pooled SD, small-sample
correction J) with an exact 95% CI for the standardised difference (noncentral t inverted; exact for
normal scores with equal variances), BH q-values over all contexts x scales of a model, and a prorated
score (person-mean imputation: mean valid keyed item x number of items) beside the sum of valid items,
since a context that causes refusals otherwise reads as lower well-being. `cohen_d` keeps the v1
meaning (unsigned, the authors' pooling, for comparison with the paper).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from core import paths
from core.errors import InputError
from core.records import Response
from core.stats import ALPHA, bh, rng
from core.yamlio import field, load_yaml, need_mapping

DIRECTIONS = ("low-is-agree", "high-is-agree")
SCORES = ("sum-valid",)


@dataclass(frozen=True)
class Scale:
    """A Likert scale: bounds, anchors, items, reverse keys, subscales and the validity rule."""

    id: str
    """Stable id, also the YAML file's stem."""
    name: str
    """Human name."""
    lo: int
    """Lowest rating."""
    hi: int
    """Highest rating."""
    anchors: tuple[tuple[int, str], ...]
    """(value, label) as the model saw them."""
    direction: str
    """low-is-agree | high-is-agree (informational; reverse keys do the scoring)."""
    items: tuple[str, ...]
    """Question ids of the items, in order."""
    reverse: frozenset[str]
    """Reverse-keyed item ids, scored lo + hi - x."""
    subscales: tuple[tuple[str, tuple[str, ...]], ...]
    """(subscale, item ids)."""
    max_invalid: int
    """A run with more invalid items than this is excluded."""
    instructions: str = ""
    """The instructions the model saw (fills `{scale_instructions}`)."""
    bank: str = ""
    """Path of the question bank holding the items, if any."""
    source: str = ""
    """The YAML file it came from."""

    def anchor_map(self) -> dict[int, str]:
        """value -> label."""
        return dict(self.anchors)

    def keyed(self, item: str, rating: int) -> int:
        """The item's score after reverse keying."""
        return self.lo + self.hi - rating if item in self.reverse else rating


def load_scale(path: Path) -> Scale:
    """Load and check one scale file; problems name the file and field."""
    doc = need_mapping(load_yaml(path), path, "")
    sid = field(doc, "id", str, path)
    if sid != path.stem:
        raise InputError(path, "id", f"'{sid}' must match the file name '{path.stem}'")
    lo, hi = field(doc, "min", int, path), field(doc, "max", int, path)
    if lo >= hi:
        raise InputError(path, "max", f"must be above min ({lo})")
    direction = field(doc, "direction", str, path)
    if direction not in DIRECTIONS:
        raise InputError(path, "direction", f"'{direction}' is not one of {', '.join(DIRECTIONS)}")
    anchors = []
    for i, raw in enumerate(field(doc, "anchors", list, path)):
        a = need_mapping(raw, path, f"anchors[{i}]")
        v = field(a, "value", int, path, f"anchors[{i}]")
        if not lo <= v <= hi:
            raise InputError(path, f"anchors[{i}].value", f"{v} is outside {lo}..{hi}")
        anchors.append((v, field(a, "label", str, path, f"anchors[{i}]").strip()))
    if len({v for v, _ in anchors}) != len(anchors):
        raise InputError(path, "anchors", "two anchors share a value")
    items = tuple(str(x) for x in field(doc, "items", list, path))
    if not items:
        raise InputError(path, "items", "the scale has no items")
    if len(set(items)) != len(items):
        raise InputError(path, "items", "an item is listed twice")
    known = set(items)
    reverse = [str(x) for x in field(doc, "reverse", list, path, default=[])]
    for x in reverse:
        if x not in known:
            raise InputError(path, "reverse", f"'{x}' is not one of the items")
    subs = []
    for name, members in field(doc, "subscales", dict, path, default={}).items():
        if not isinstance(members, list) or not members:
            raise InputError(path, f"subscales.{name}", "expected a non-empty list of item ids")
        for x in members:
            if str(x) not in known:
                raise InputError(path, f"subscales.{name}", f"'{x}' is not one of the items")
        subs.append((str(name), tuple(str(x) for x in members)))
    max_invalid = field(doc, "max_invalid", int, path, default=0)
    if not 0 <= max_invalid < len(items):
        raise InputError(path, "max_invalid", f"must be in 0..{len(items) - 1}")
    score = field(doc, "score", str, path, default="sum-valid")
    if score not in SCORES:
        raise InputError(path, "score", f"'{score}' is not one of {', '.join(SCORES)}")
    return Scale(
        id=sid, name=field(doc, "name", str, path), lo=lo, hi=hi, anchors=tuple(anchors),
        direction=direction, items=items, reverse=frozenset(reverse), subscales=tuple(subs),
        max_invalid=max_invalid, instructions=field(doc, "instructions", str, path, default="").strip(),
        bank=field(doc, "bank", str, path, default=""), source=str(path),
    )


def load_scales(folder: Path = paths.SCALES_DIR) -> dict[str, Scale]:
    """Every scale in a folder, by id."""
    return {p.stem: load_scale(p) for p in sorted(folder.glob("*.yaml"))}


# scoring ---------------------------------------------------------------------


@dataclass(frozen=True)
class RunScore:
    """One run (model x context x sample) scored on one scale."""

    model: str
    """Model id."""
    scale_id: str
    """Scale id."""
    context_id: str
    """Context id."""
    sample: int
    """Sample (run) index."""
    n_valid: int
    """Items with a valid rating."""
    n_invalid: int
    """Items missing, errored or without a clear rating."""
    excluded: bool
    """True when n_invalid exceeds the scale's max_invalid."""
    total: int | None
    """Sum of the valid items' keyed scores (None when excluded)."""
    subscales: tuple[tuple[str, int], ...]
    """(subscale, sum of its valid keyed items); empty when excluded."""
    prorated: float | None = None
    """Mean valid keyed item x number of items (person-mean imputation); None when excluded."""


@dataclass(frozen=True)
class ContextScore:
    """Per model x context summary of run totals vs the baseline context (analysis.json `scales[]`)."""

    model: str
    """Model id."""
    scale_id: str
    """Scale id."""
    context_id: str
    """Context id."""
    n_runs_valid: int
    """Runs scored."""
    n_runs_excluded: int
    """Runs over the invalid-item threshold."""
    mean: float | None
    """Mean global score of the valid runs."""
    sd: float | None
    """Sample SD (ddof 1); None with fewer than 2 runs."""
    t: float | None
    """Welch's t vs the baseline (this minus baseline); None for the baseline or too few runs."""
    p_value: float | None
    """Two-sided Welch p-value."""
    cohen_d: float | None
    """v1: |mean diff| / sqrt((sd_a^2 + sd_b^2) / 2), the authors' pooling; None if undefined. Prefer hedges_g."""
    hedges_g: float | None = None
    """Signed Hedges' g, this minus baseline (pooled SD, small-sample corrected); None if undefined (see note)."""
    g_ci_low: float | None = None
    """Lower end of the exact 95% CI of the standardised difference (noncentral t)."""
    g_ci_high: float | None = None
    """Upper end of that CI."""
    mean_ci_low: float | None = None
    """95% t interval of the mean (mean - t_.975,n-1 * sd / sqrt(n)); None with fewer than 2 runs."""
    mean_ci_high: float | None = None
    """Upper end of that interval."""
    q_value: float | None = None
    """Benjamini-Hochberg q of p_value over all contexts x scales of the model."""
    significant: bool = False
    """The one significance rule for a scale row (q_value < ALPHA); renderers read this, never p or q."""
    prorated_mean: float | None = None
    """Mean prorated score (person-mean imputation) of the valid runs: the sensitivity check."""
    prorated_sd: float | None = None
    """Sample SD of the prorated scores."""
    prorated_g: float | None = None
    """Hedges' g of the prorated scores against the baseline's."""
    note: str | None = None
    """How p was computed when Welch is undefined, or why g is missing."""


def score_runs(responses: Iterable[Response], scale: Scale) -> list[RunScore]:
    """Score every run that answered at least one item of the scale; missing items count as invalid."""
    items = set(scale.items)
    runs: dict[tuple[str, str, int], dict[str, int]] = defaultdict(dict)
    seen: set[tuple[str, str, int]] = set()
    for r in responses:
        if r.question_id not in items:
            continue
        key = (r.model, r.context_id, r.sample)
        seen.add(key)
        if r.error is None and r.rating is not None and scale.lo <= r.rating <= scale.hi:
            runs[key][r.question_id] = scale.keyed(r.question_id, r.rating)
    out = []
    for key in sorted(seen):
        keyed = runs.get(key, {})
        n_invalid = len(scale.items) - len(keyed)
        excluded = n_invalid > scale.max_invalid
        out.append(
            RunScore(
                model=key[0], scale_id=scale.id, context_id=key[1], sample=key[2],
                n_valid=len(keyed), n_invalid=n_invalid, excluded=excluded,
                total=None if excluded else sum(keyed.values()),
                prorated=None if excluded or not keyed else sum(keyed.values()) / len(keyed) * len(scale.items),
                subscales=() if excluded else tuple(
                    (name, sum(keyed[i] for i in members if i in keyed)) for name, members in scale.subscales
                ),
            )
        )
    return out


def mean_sd(xs: list[float]) -> tuple[float | None, float | None]:
    """Mean and sample SD (ddof 1); None where undefined."""
    if not xs:
        return None, None
    m = sum(xs) / len(xs)
    if len(xs) < 2:
        return m, None
    return m, math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def welch(a: list[float], b: list[float]) -> tuple[float | None, float | None]:
    """Welch's t (a minus b) and two-sided p; None with < 2 values per group or no variance."""
    if len(a) < 2 or len(b) < 2 or (mean_sd(a)[1] == 0 and mean_sd(b)[1] == 0):
        return None, None
    from scipy import stats  # heavy; only when a test is needed

    res = stats.ttest_ind(a, b, equal_var=False)
    t, p = float(res.statistic), float(res.pvalue)
    return (None, None) if math.isnan(t) else (t, p)


def cohen_d(a: list[float], b: list[float]) -> float | None:
    """|mean(a) - mean(b)| / sqrt((sd_a^2 + sd_b^2) / 2), the authors' pooling; None if undefined."""
    (ma, sa), (mb, sb) = mean_sd(a), mean_sd(b)
    if ma is None or mb is None or sa is None or sb is None:
        return None
    pooled = math.sqrt((sa**2 + sb**2) / 2)
    return None if pooled == 0 else abs(ma - mb) / pooled


def hedges_g(a: list[float], b: list[float]) -> float | None:
    """Signed Hedges' g of a minus b: mean difference / pooled SD x J; None when undefined."""
    na, nb = len(a), len(b)
    (ma, sa), (mb, sb) = mean_sd(a), mean_sd(b)
    if ma is None or mb is None or sa is None or sb is None:
        return None
    sp = math.sqrt(((na - 1) * sa**2 + (nb - 1) * sb**2) / (na + nb - 2))
    if sp == 0:
        return None
    return (ma - mb) / sp * (1 - 3 / (4 * (na + nb) - 9))


def g_interval(a: list[float], b: list[float], level: float = 0.95) -> tuple[float | None, float | None]:
    """Exact CI of the standardised difference (a minus b) by inverting the noncentral t; None if undefined."""
    na, nb = len(a), len(b)
    g = hedges_g(a, b)
    if g is None:
        return None, None
    from scipy import optimize
    from scipy.stats import nct

    df = na + nb - 2
    scale = math.sqrt(na * nb / (na + nb))
    t_obs = g / (1 - 3 / (4 * (na + nb) - 9)) * scale
    tail = (1 - level) / 2

    def solve(target: float) -> float:
        # nct.cdf(t_obs; ncp) falls as ncp rises: bracket the root, then solve
        f = lambda ncp: float(nct.cdf(t_obs, df, ncp)) - target  # noqa: E731
        lo, hi = t_obs - 5.0, t_obs + 5.0
        while f(lo) < 0:
            lo -= 5.0 + abs(lo)
        while f(hi) > 0:
            hi += 5.0 + abs(hi)
        return float(optimize.brentq(f, lo, hi, xtol=1e-10))

    return solve(1 - tail) / scale, solve(tail) / scale


def permutation_p(a: list[float], b: list[float], *, seed: int, n_perm: int = 9999) -> float:
    """Two-sided permutation p of the mean difference (for when Welch is undefined: no variance)."""
    x = np.asarray(a + b, dtype=np.float64)
    na = len(a)
    obs = abs(float(np.mean(a)) - float(np.mean(b)))
    g = rng(seed, "scales-permutation")
    order = np.argsort(g.random((n_perm, len(x))), axis=1)
    perm = x[order]
    diffs = np.abs(perm[:, :na].mean(axis=1) - perm[:, na:].mean(axis=1))
    return float((1 + np.sum(diffs >= obs - 1e-12 * max(1.0, obs))) / (1 + n_perm))


def summarize(runs: Iterable[RunScore], baseline: str, context_order: Iterable[str] = (), *,
              seed: int = 7) -> list[ContextScore]:
    """Per model x context: n, mean, SD, Welch t and p, Hedges' g with CI, BH q, prorated score vs `baseline`."""
    groups: dict[tuple[str, str, str], list[RunScore]] = defaultdict(list)
    for r in runs:
        groups[(r.model, r.scale_id, r.context_id)].append(r)
    order = {c: i for i, c in enumerate(context_order)}
    rows: list[dict[str, Any]] = []
    for (model, sid, ctx) in sorted(groups, key=lambda k: (k[0], k[1], order.get(k[2], len(order)), k[2])):
        rs = groups[(model, sid, ctx)]
        base_runs = groups.get((model, sid, baseline), [])
        totals = [float(r.total) for r in rs if r.total is not None]
        base = [float(r.total) for r in base_runs if r.total is not None]
        pro = [float(r.prorated) for r in rs if r.prorated is not None]
        pro_base = [float(r.prorated) for r in base_runs if r.prorated is not None]
        m, sd = mean_sd(totals)
        pm, psd = mean_sd(pro)
        lo_m, hi_m = mean_ci(totals)
        row: dict[str, Any] = dict(model=model, scale_id=sid, context_id=ctx, n_runs_valid=len(totals),
                                   n_runs_excluded=sum(r.excluded for r in rs), mean=m, sd=sd, t=None,
                                   p_value=None, cohen_d=None, mean_ci_low=lo_m, mean_ci_high=hi_m,
                                   prorated_mean=pm, prorated_sd=psd)
        if ctx != baseline:
            t, p = welch(totals, base)
            g = hedges_g(totals, base)
            lo, hi = g_interval(totals, base)
            note = None
            if p is None and len(totals) >= 2 and len(base) >= 2:
                p = permutation_p(totals, base, seed=seed)
                note = "no variance in either group: Welch undefined, p from a permutation test of the means"
                if g is None and m is not None and mean_sd(base)[0] != m:
                    note += f"; every run scores the same, so g is unbounded (difference {m - base[0]:+.2f})"
            row.update(t=t, p_value=p, cohen_d=cohen_d(totals, base), hedges_g=g, g_ci_low=lo, g_ci_high=hi,
                       prorated_g=hedges_g(pro, pro_base), note=note)
        rows.append(row)
    # BH over every test of a model (its contexts x scales)
    for model in dict.fromkeys(r["model"] for r in rows):
        mine = [row for row in rows if row["model"] == model]
        for row, q in zip(mine, bh([row["p_value"] for row in mine]), strict=True):
            row.update(q_value=q, significant=q is not None and q < ALPHA)
    return [ContextScore(**r) for r in rows]


def mean_ci(xs: list[float]) -> tuple[float | None, float | None]:
    """95% t interval of the mean; None with fewer than 2 values."""
    m, sd = mean_sd(xs)
    if m is None or sd is None:
        return None, None
    from scipy import stats  # heavy; only when an interval is needed

    half = float(stats.t.ppf(0.975, len(xs) - 1)) * sd / math.sqrt(len(xs))
    return m - half, m + half


def score_study(
    responses: list[Response], scales: Mapping[str, Scale], baseline: str, context_order: Iterable[str] = (),
    *, seed: int = 7,
) -> tuple[list[RunScore], list[ContextScore]]:
    """Run scores and context summaries for every scale the responses answer."""
    qids = {r.question_id for r in responses}
    runs: list[RunScore] = []
    for scale in scales.values():
        if qids & set(scale.items):
            runs.extend(score_runs(responses, scale))
    return runs, summarize(runs, baseline, list(context_order), seed=seed)


def as_dict(c: ContextScore) -> dict[str, Any]:
    """The analysis.json `scales[]` entry: every field (the v1 keys keep their meaning)."""
    return asdict(c)
