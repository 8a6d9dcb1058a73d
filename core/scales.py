"""Likert scales as data, and scoring them: per-run scores, per-context means, Welch's t and Cohen's d."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core import paths
from core.errors import InputError
from core.records import Response
from core.shift import ALPHA
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
    """|mean diff| / sqrt((sd_a^2 + sd_b^2) / 2); None if undefined."""
    mean_ci_low: float | None = None
    """95% t interval of the mean (mean - t_.975,n-1 * sd / sqrt(n)); None with fewer than 2 runs."""
    mean_ci_high: float | None = None
    """Upper end of that interval."""
    significant: bool = False
    """The one significance rule for a scale row (p_value < ALPHA); renderers read this, never p."""


@dataclass(frozen=True)
class SubscaleScore:
    """Per model x context x subscale mean of the valid runs' subscale sums."""

    model: str
    scale_id: str
    context_id: str
    subscale: str
    n_runs_valid: int
    mean: float | None
    sd: float | None


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
    if len(a) < 2 or len(b) < 2:
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


def summarize(runs: Iterable[RunScore], baseline: str, context_order: Iterable[str] = ()) -> list[ContextScore]:
    """Per model x context: n valid/excluded, mean, SD, and Welch t, p, Cohen's d vs `baseline`."""
    groups: dict[tuple[str, str, str], list[RunScore]] = defaultdict(list)
    for r in runs:
        groups[(r.model, r.scale_id, r.context_id)].append(r)
    order = {c: i for i, c in enumerate(context_order)}
    out = []
    for (model, sid, ctx) in sorted(groups, key=lambda k: (k[0], k[1], order.get(k[2], len(order)), k[2])):
        rs = groups[(model, sid, ctx)]
        totals = [float(r.total) for r in rs if r.total is not None]
        base = [float(r.total) for r in groups.get((model, sid, baseline), []) if r.total is not None]
        m, sd = mean_sd(totals)
        t = p = d = None
        if ctx != baseline:
            t, p = welch(totals, base)
            d = cohen_d(totals, base)
        lo, hi = mean_ci(totals)
        out.append(ContextScore(model, sid, ctx, len(totals), sum(r.excluded for r in rs), m, sd, t, p, d,
                                mean_ci_low=lo, mean_ci_high=hi, significant=p is not None and p < ALPHA))
    return out


def mean_ci(xs: list[float]) -> tuple[float | None, float | None]:
    """95% t interval of the mean; None with fewer than 2 values."""
    m, sd = mean_sd(xs)
    if m is None or sd is None:
        return None, None
    from scipy import stats  # heavy; only when an interval is needed

    half = float(stats.t.ppf(0.975, len(xs) - 1)) * sd / math.sqrt(len(xs))
    return m - half, m + half


def summarize_subscales(runs: Iterable[RunScore]) -> list[SubscaleScore]:
    """Per model x context x subscale mean and SD of the valid runs."""
    groups: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    for r in runs:
        for name, value in r.subscales:
            groups[(r.model, r.scale_id, r.context_id, name)].append(float(value))
    return [SubscaleScore(*k, len(v), *mean_sd(v)) for k, v in sorted(groups.items())]


def score_study(
    responses: list[Response], scales: Mapping[str, Scale], baseline: str, context_order: Iterable[str] = ()
) -> tuple[list[RunScore], list[ContextScore]]:
    """Run scores and context summaries for every scale the responses answer."""
    qids = {r.question_id for r in responses}
    runs: list[RunScore] = []
    for scale in scales.values():
        if qids & set(scale.items):
            runs.extend(score_runs(responses, scale))
    return runs, summarize(runs, baseline, list(context_order))


def as_dict(c: ContextScore) -> dict[str, Any]:
    """The analysis.json `scales[]` entry."""
    return {
        "model": c.model, "scale_id": c.scale_id, "context_id": c.context_id,
        "n_runs_valid": c.n_runs_valid, "n_runs_excluded": c.n_runs_excluded,
        "mean": c.mean, "sd": c.sd, "t": c.t, "p_value": c.p_value, "cohen_d": c.cohen_d,
    }
