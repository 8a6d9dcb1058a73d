"""What both formats show, as plain strings: numbers, table rows, the drift and verdict rows.

Ids from the data stay raw here; each renderer escapes them for its format.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from core.analysis_record import Analysis, ContextScore, ContextShiftRecord, MaskRecord
from core.compare import ComparisonRecord
from core.records import Response
from core.report.gather import EXEMPLARS_SHOWN, ReportData
from core.scorers.summary import ScoreSummary


def _models(data: Analysis) -> list[str]:
    return list(data.models)


def fmt_number(x: Any, digits: int = 3) -> str:
    """A number as report text: n/a for missing, yes/no for bools, scientific when it would round to 0."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "n/a"
    if isinstance(x, bool):
        return "yes" if x else "no"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        if x != 0 and abs(x) < 10 ** (-digits):
            return f"{x:.1e}"
        return f"{x:.{digits}f}"
    return str(x)


def plural(k: int, noun: str) -> str:
    """"1 mask", "2 masks"."""
    return f"{k} {noun}" + ("" if k == 1 else "s")


def fmt_p_value(x: Any) -> str:
    """A p or q value to 3 decimals, "< 0.001" below that."""
    if x is None:
        return "n/a"
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


def fmt_interval(lo: Any, hi: Any) -> str:
    """A confidence interval as [lo, hi], 3 decimals."""
    return f"[{fmt_number(lo)}, {fmt_number(hi)}]"


def fmt_interval_2dp(lo: Any, hi: Any) -> str:
    """A confidence interval as [lo, hi], 2 decimals (scale means)."""
    return f"[{fmt_number(lo, 2)}, {fmt_number(hi, 2)}]"


def _star(r: ContextShiftRecord | ContextScore | ComparisonRecord) -> str:
    """The pipeline's significance flag as a star; never a test of its own."""
    return "*" if r.significant else ""


def _g(s: ContextScore) -> str:
    """Signed Hedges' g with its 95% CI, as the pipeline computed it."""
    if s.hedges_g is None:
        return "–"
    return f"{s.hedges_g:+.2f} {fmt_interval_2dp(s.g_ci_low, s.g_ci_high)}"


def noise_floors(data: Analysis) -> dict[tuple[str, str], float]:
    """Noise floor per (model, context): the context record's mean_noise_floor (computed by the pipeline)."""
    return {(c.model, c.context_id): c.mean_noise_floor for c in data.context_shift
            if c.mean_noise_floor is not None}


def _context_rows(data: Analysis, model: str) -> list[ContextShiftRecord]:
    skip = untested(data)
    return [c for c in data.context_shift_of(model) if c.context_id not in skip]


def _context_order(data: Analysis) -> list[str]:
    """Contexts compared with the baseline that have at least one test."""
    base, skip = data.baseline_context, untested(data)
    return [str(c) for c in data.contexts if c != base and c not in skip]


def untested(data: Analysis) -> dict[str, str]:
    """Contexts no model has a context-level test for, each with one reason the analysis gave."""
    rows: dict[str, list[ContextShiftRecord]] = {}
    for r in data.context_shift:
        rows.setdefault(r.context_id, []).append(r)
    notes: dict[str, str] = {}
    for s in data.shift:
        if s.note and s.p_value is None:
            notes.setdefault(s.context_id, s.note)
    return {c: notes.get(c, "no test") for c, rs in rows.items() if all(r.mean_distance is None for r in rs)}


def _rule(data: Analysis, which: str) -> str:
    """What a `significant` flag tests, as the analysis recorded it."""
    sig = data.provenance.settings.significance
    return getattr(sig, which) if sig is not None else f"< {data.alpha:g}"


SCORES_NOTE = ("Per scorer (offline, LLM judge, or a follow-up probe's answers) x model x context: mean score "
               "(signed, -1..1; probes in their own unit), 95% CI resampling questions, the mean paired "
               "difference from the baseline over shared questions and its sign-flip permutation p.")
SCORE_HEADERS = ["model", "scorer", "context", "n", "unscored", "mean", "95% CI", "vs baseline", "p"]


def _score_cells(s: ScoreSummary, text: Callable[[Any], str]) -> list[str]:
    """One score-summary row as table cells; `text` escapes ids for the format."""
    return [text(s.model), text(s.scorer), text(s.context_id), str(s.n), str(s.n_unscored), fmt_number(s.mean, 2),
            fmt_interval_2dp(s.ci_low, s.ci_high), fmt_number(s.diff_vs_baseline, 2), fmt_p_value(s.p_value)]


def _scale_cells(s: ContextScore, text: Callable[[Any], str]) -> list[str]:
    """One scale row as table cells; `text` escapes ids for the format."""
    return [text(s.model), text(s.scale_id), text(s.context_id), str(s.n_runs_valid), str(s.n_runs_excluded),
            fmt_number(s.mean, 2) + _star(s), fmt_interval_2dp(s.mean_ci_low, s.mean_ci_high), fmt_number(s.sd, 2),
            fmt_number(s.t, 2),
            fmt_p_value(s.p_value), fmt_p_value(s.q_value), _g(s), fmt_number(s.cohen_d, 2)]


def marker_table(d: Analysis, model: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(marker ids, [(context, ["rate [lo, hi]" per marker])]) for one model."""
    recs = d.markers_of(model)
    names = list(dict.fromkeys(k.marker for k in recs))
    ctxs = list(dict.fromkeys([*d.contexts, *(k.context_id for k in recs)]))
    by = {(k.context_id, k.marker): k for k in recs}
    rows = []
    for c in ctxs:
        if not any((c, n) in by for n in names):
            continue
        rows.append((c, ["" if (k := by.get((c, n))) is None else
                         f"{fmt_number(k.rate, 2)} {fmt_interval_2dp(k.ci_low, k.ci_high)}" for n in names]))
    return names, rows


def _exemplars(rd: ReportData, k: MaskRecord) -> list[Response]:
    return [rd.exemplars[int(i)] for i in k.exemplar_ids[:EXEMPLARS_SHOWN] if int(i) in rd.exemplars]


def _findings_by_model(d: Analysis) -> list[tuple[str | None, list[Any]]]:
    from core.findings import findings

    found = findings(d)
    return [(m, [f for f in found if f.model == m]) for m in [*_models(d), None] if any(f.model == m for f in found)]


def _drifts(rd: ReportData) -> list[Any]:
    from core.drift import Side, default_pairs, drift

    d = rd.analysis
    pairs = default_pairs(_models(d)) if rd.drift_pairs is None else list(rd.drift_pairs)
    return [drift(Side(d, a), Side(d, b)) for a, b in pairs if a in d.models and b in d.models and a != b]


def _drift_rows(x: Any) -> dict[str, list[list[str]]]:
    """The drift's table rows as plain strings (ids still raw: the caller escapes them)."""
    def sig(flag: bool) -> str:
        return "*" if flag else ""

    def shift(r: Any) -> str:
        return f"{fmt_number(r.mean_distance)}{sig(r.significant)} {fmt_interval(r.ci_low, r.ci_high)}"

    ctx = [[c.context_id, shift(c.shift_a), shift(c.shift_b), f"{fmt_number(c.change)}{sig(c.significant)} "
            f"{fmt_interval(c.ci_low, c.ci_high)}", fmt_p_value(c.q_value)] for c in x.contexts]
    masks = [[f.status, f.name, ", ".join(f"mask {m.mask_id} (top {m.top_context})" for m in f.masks_a) or "–",
              ", ".join(f"mask {m.mask_id} (top {m.top_context})" for m in f.masks_b) or "–",
              fmt_number(f.profile_change, 2)] for f in x.masks if f.status != "kept"]
    markers = [[r.context_id, r.marker, fmt_number(r.rate_a, 2), fmt_number(r.rate_b, 2),
                f"{fmt_number(r.change, 2)} {fmt_interval_2dp(r.ci_low, r.ci_high)}", fmt_p_value(r.q_value)]
               for r in x.markers if r.moved]
    scales = [[r.scale_id, r.context_id, fmt_number(r.mean_a, 2), fmt_number(r.mean_b, 2),
               f"{fmt_number(r.change, 2)} {fmt_interval_2dp(r.ci_low, r.ci_high)}", fmt_p_value(r.q_value)]
              for r in x.scales if r.moved]
    questions = [[q.question_id, q.context_id, fmt_number(q.distance_a), fmt_number(q.distance_b), fmt_number(q.change)]
                 for q in x.questions]
    return dict(contexts=ctx, masks=masks, markers=markers, scales=scales, questions=questions)


_DRIFT_HEADERS = dict(
    contexts=["context", "older shift [95% CI]", "newer shift [95% CI]", "change newer − older [95% CI]", "q"],
    masks=["status", "name", "older masks", "newer masks", "profile change"],
    markers=["context", "marker", "older rate", "newer rate", "change [95% CI]", "q"],
    scales=["scale", "context", "older mean", "newer mean", "change [95% CI]", "q"],
    questions=["question", "context", "older shift", "newer shift", "change"],
)
_DRIFT_TITLES = dict(contexts="Context shift", masks="Masks that appeared, vanished or changed contexts",
                     markers="Marker rates that moved", scales="Scale means that moved",
                     questions="Questions whose shift changed most")
# columns holding only numbers Maskscope formatted (every other cell came from the data and is escaped)
_DRIFT_TRUSTED = {"contexts": {1, 2, 3, 4}, "masks": {0, 4}, "markers": {2, 3, 4, 5}, "scales": {2, 3, 4, 5},
                  "questions": {2, 3, 4}}


def _drift_note(d: Analysis, x: Any) -> str:
    return (f"* significant: a context's shift {_rule(d, 'context')}; a change {_rule(d, 'comparison')}. "
            f"Markers moved: Fisher's exact test, BH q < {x.alpha:g}; scale means moved: Welch's t from the stored "
            f"summaries, BH q < {x.alpha:g}. The app's Drift page shows the answers side by side.")


VERDICT_NOTE = ("Per model, each measure on the side its rule puts it (the rule is in the last column); "
                "intervals are 95%, questions resampled. There is no overall score: read the lines together.")


def _verdict_rows(d: Analysis, model: str) -> list[list[str]]:
    """side, measure, estimate [interval], rule (all Maskscope's text except the model; escaped by the caller)."""
    from core.verdict import numbers

    panel = d.verdict_of(model)
    if panel is None:
        return []
    return [[ln.side, ln.words, numbers(m) if m.measurable else m.reason, ln.rule]
            for ln, m in zip(panel.lines, panel.measures, strict=True)]
