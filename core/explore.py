"""View-model helpers for the explorer: tables and selections the app places on the page.

Everything here is plain pandas/python on the typed analysis (core.analysis_record.Analysis), the
points table and the stored responses; the app only arranges what these return. Nothing here computes a
statistic: numbers and significance flags come from the pipeline. No streamlit in core/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from core.analysis_record import Analysis, Comparison, MaskRecord
from core.points import points_csv  # noqa: F401  (re-exported: the app's download writes what `analyze --out` does)
from core.shift import ShiftRecord
from core.store import Store

PAGES: tuple[str, ...] = ("Findings", "Overview", "Map", "Masks", "Question", "Scales", "Compare", "Drift", "Verdict",
                          "Export")
COLOR_BY: tuple[str, ...] = ("context", "mask", "model")
EXCERPT_CHARS = 140
RESPONSE_COLUMNS = ["id", "model", "question_id", "category", "context_id", "sample", "text", "rating", "error"]
# Guillemets: in every font, and rare in English model output.
OPEN, CLOSE = "\u00ab", "\u00bb"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


@dataclass(frozen=True)
class ViewSettings:
    """What the widgets chose; the app fills it, the page reads it."""

    study: str | None = None
    """Selected study."""
    page: str = PAGES[0]
    """Selected page."""
    model: str | None = None
    """Model for the per-model pages."""
    color_by: str = "context"
    """Map colouring: context | mask | model."""
    categories: tuple[str, ...] = ()
    """Question categories kept on the map (empty: all)."""
    contexts: tuple[str, ...] = ()
    """Contexts kept on the map (empty: all)."""
    models: tuple[str, ...] = ()
    """Models kept on the map / compared (empty: all)."""


@dataclass(frozen=True)
class Span:
    """One marker match inside a response."""

    marker: str
    """Marker id."""
    label: str
    """Marker label."""
    start: int
    """Start offset in the text."""
    end: int
    """End offset."""
    text: str
    """The matched characters."""


def md_literal(s: object) -> str:
    """Backslash-escape markdown so an id from a store shows as the characters it is."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(s).split()))


def excerpt(text: str, n: int = EXCERPT_CHARS) -> str:
    """A one-line excerpt of at most n characters."""
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "\u2026"


def analysis_stamp(store: Store, study: str) -> str | None:
    """Identifies the newest stored analysis (key and time): the app's cache key."""
    ref = store.newest_analysis(study)
    return f"{ref.key}@{ref.created_at}" if ref else None


def responses_stamp(store: Store, study: str) -> str:
    """Changes whenever the study's responses change (count, newest row, study update time)."""
    r = store.response_stats(study)
    row = store.study_row(study) or {}
    return f"{r.count}:{r.max_id}:{r.newest}:{row.get('updated_at', '')}"


def responses_frame(store: Store, study: str) -> pd.DataFrame:
    """The study's responses as a table (text raw, as stored)."""
    rows = [
        dict(id=r.id, model=r.model, question_id=r.question_id, category=r.category, context_id=r.context_id,
             sample=r.sample, text=r.text, rating=r.rating, error=r.error)
        for r in store.responses(study)
    ]
    df = pd.DataFrame(rows, columns=RESPONSE_COLUMNS)
    cats = {q.id: q.category for q in store.questions(study)}
    if not df.empty:
        df["category"] = [c or cats.get(q, "") for c, q in zip(df["category"], df["question_id"], strict=True)]
    return df


def questions_frame(store: Store, study: str) -> pd.DataFrame:
    """The study's questions: id, category, text, scale."""
    qs = store.questions(study)
    return pd.DataFrame([dict(id=q.id, category=q.category, text=q.text, scale=q.scale) for q in qs],
                        columns=["id", "category", "text", "scale"])


def points_view(points: pd.DataFrame, responses: pd.DataFrame, n: int = EXCERPT_CHARS) -> pd.DataFrame:
    """Points with the category and a short excerpt of each response (for hover)."""
    if points.empty:
        return points.assign(category=pd.Series(dtype=str), excerpt=pd.Series(dtype=str))
    by_id = responses.set_index("id") if not responses.empty else pd.DataFrame(columns=["text", "category"])
    ids = points["response_id"].astype(int)
    text = ids.map(by_id["text"]) if "text" in by_id else pd.Series([""] * len(points), index=points.index)
    cat = ids.map(by_id["category"]) if "category" in by_id else pd.Series([""] * len(points), index=points.index)
    out = points.copy()
    out["category"] = cat.fillna("").astype(str).to_numpy()
    out["excerpt"] = [excerpt(t, n) for t in text.fillna("").astype(str)]
    return out


def filter_points(points: pd.DataFrame, *, categories: Iterable[str] = (), contexts: Iterable[str] = (),
                  models: Iterable[str] = ()) -> pd.DataFrame:
    """Keep points in the chosen categories, contexts and models (an empty choice keeps all)."""
    keep = pd.Series(True, index=points.index)
    for col, chosen in (("category", categories), ("context_id", contexts), ("model", models)):
        chosen = list(chosen)
        if chosen and col in points:
            keep &= points[col].astype(str).isin(chosen)
    return points[keep]


MAP_MAX_POINTS = 1500
"""Points drawn at once. In headless chromium on 2 busy cores a colour switch took about half as long with 1,500
SVG points as with 2,500 (SVG or WebGL), and 1,000 was no faster than 1,500 (benchmarks/bench_app.py)."""


def thin_points(points: pd.DataFrame, max_points: int = MAP_MAX_POINTS, seed: int = 0) -> pd.DataFrame:
    """A seeded sample of at most `max_points`, the same share from every model x context (order kept)."""
    if len(points) <= max_points:
        return points
    share = max_points / len(points)
    groups = [c for c in ("model", "context_id") if c in points]
    parts = [g.sample(n=max(1, round(len(g) * share)), random_state=seed)
             for _, g in (points.groupby(groups, sort=True) if groups else [(None, points)])]
    return points.loc[sorted(pd.concat(parts).index)]


def options(df: pd.DataFrame, col: str, order: Sequence[str] = ()) -> list[str]:
    """Distinct values of a column, in `order` first, then sorted."""
    if df.empty or col not in df:
        return []
    vals = set(df[col].dropna().astype(str).unique())  # unique() first: iterating 10k arrow strings is slow
    head = [v for v in order if v in vals]
    return head + sorted(vals - set(head))


def selected_ids(selection: Any) -> list[int]:
    """Response ids from a plotly selection event (customdata of the selected points)."""
    points: Sequence[Any] = []
    if isinstance(selection, Mapping):
        sel = selection.get("selection", selection)
        points = sel.get("points", []) if isinstance(sel, Mapping) else []
    else:
        sel = getattr(selection, "selection", None)
        points = getattr(sel, "points", None) or (sel.get("points", []) if isinstance(sel, Mapping) else [])
    out: list[int] = []
    for p in points:
        cd = p.get("customdata") if isinstance(p, Mapping) else None
        if isinstance(cd, list):
            cd = cd[0] if cd else None
        if cd is not None:
            try:
                out.append(int(cd))
            except (TypeError, ValueError):
                continue
    return list(dict.fromkeys(out))


def select_responses(responses: pd.DataFrame, ids: Sequence[int]) -> pd.DataFrame:
    """The full responses for these ids, in the order given."""
    if not ids or responses.empty:
        return responses.iloc[0:0]
    by_id = responses.set_index("id", drop=False)
    keep = [i for i in ids if i in by_id.index]
    return by_id.loc[keep].reset_index(drop=True)


def marker_spans(text: str, markers: Any) -> list[Span]:
    """Every marker match in the text (a core.markers.MarkerSet), in reading order."""
    spans = [
        Span(marker=m.id, label=m.label, start=hit.start(), end=hit.end(), text=hit.group(0))
        for m in markers.markers for pat in m.compiled for hit in pat.finditer(text)
        if hit.end() > hit.start()
    ]
    return sorted(spans, key=lambda s: (s.start, -s.end, s.marker))


def bracket_spans(text: str, spans: Sequence[Span]) -> str:
    """The text with each marker match wrapped in « » (overlaps merged): highlighting in plain text."""
    merged: list[list[int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        if merged and s.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], s.end)
        else:
            merged.append([s.start, s.end])
    out, pos = [], 0
    for a, b in merged:
        out += [text[pos:a], OPEN, text[a:b], CLOSE]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def models_of(data: Analysis | Comparison) -> list[str]:
    """The analysis's (or comparison's) models in order."""
    return list(data.models)


def contexts_of(data: Analysis) -> list[str]:
    """The analysis's contexts in order (ids)."""
    return list(data.contexts)


@dataclass(frozen=True)
class OverviewNumbers:
    """The headline numbers of one model, as the pipeline computed them."""

    n_tests: int
    """Question x context tests."""
    n_untested: int
    """Cells without a test."""
    n_significant: int
    """Significant tests."""
    share_significant: float | None
    """n_significant / n_tests."""
    nmi: float | None
    """Mask-context NMI."""
    stability: float | None
    """Mask stability (mean ARI)."""
    n_masks: int
    """Masks (noise not counted)."""


def overview_numbers(data: Analysis, model: str) -> OverviewNumbers:
    """The headline numbers of one model: tests, significant share, NMI, stability, masks."""
    s = data.summary_of(model)
    return OverviewNumbers(n_tests=s.n_tests, n_untested=s.n_untested, n_significant=s.n_significant,
                           share_significant=s.share_significant, nmi=data.mask_context_nmi.get(model),
                           stability=data.stability.get(model), n_masks=s.n_masks)


ALL_MODELS_COLUMNS = ["model", "significant", "tests", "share", "nmi", "stability", "masks"]


def all_models_table(data: Analysis) -> pd.DataFrame:
    """Every model's headline numbers, one row each in the analysis's order (the Overview's glance table)."""
    rows = []
    for m in models_of(data):
        n = overview_numbers(data, m)
        rows.append(dict(model=m, significant=n.n_significant, tests=n.n_tests, share=n.share_significant,
                         nmi=n.nmi, stability=n.stability, masks=n.n_masks))
    return pd.DataFrame(rows, columns=ALL_MODELS_COLUMNS)


def count_significant(table: pd.DataFrame, column: str = "significant") -> int:
    """Rows whose flag is set; a missing flag (no test) counts as not significant."""
    if table.empty or column not in table:
        return 0
    return int(table[column].fillna(False).astype(bool).sum())


def context_shift_table(data: Analysis, model: str) -> pd.DataFrame:
    """Per-context shift of one model as a compact display table, largest first."""
    rows = sorted(data.context_shift_of(model),
                  key=lambda r: -(r.mean_distance if r.mean_distance is not None else -1e9))

    def ci(lo: float | None, hi: float | None) -> str:
        return "–" if lo is None or hi is None else f"[{lo:.3f}, {hi:.3f}]"

    out = [dict(context=r.context_id, shift=r.mean_distance, ci95=ci(r.ci_low, r.ci_high),
                noise_floor=r.mean_noise_floor, effect=r.effect, q=r.q_value, significant=r.significant,
                questions=f"{r.n_significant} / {r.n_questions}") for r in rows]
    return pd.DataFrame(out, columns=["context", "shift", "ci95", "noise_floor", "effect", "q", "significant",
                                      "questions"])


def _frame(records: Sequence[Any], cols: Sequence[str]) -> pd.DataFrame:
    """Records (dataclasses) as a table with exactly these columns, in this order."""
    df = pd.DataFrame([asdict(r) for r in records])
    for c in cols:
        if c not in df:
            df[c] = None
    return df[list(cols)].reset_index(drop=True)


def question_shift(data: Analysis, question_id: str, models: Sequence[str] = ()) -> pd.DataFrame:
    """Shift numbers of one question: model, context, distance, CI, noise floor, q, significant."""
    rows = [r for r in data.shift if r.question_id == question_id and (not models or r.model in models)]
    return _frame(rows, ["model", "context_id", "distance", "ci_low", "ci_high", "noise_floor", "p_value",
                         "q_value", "significant", "note"])


def shift_lookup(data: Analysis, question_id: str) -> dict[tuple[str, str], ShiftRecord]:
    """(model, context) -> shift record for one question."""
    return {(r.model, r.context_id): r for r in data.shift if r.question_id == question_id}


def shift_label(row: ShiftRecord | None, baseline: bool = False) -> str:
    """One line of shift numbers for a cell, plain text."""
    if baseline:
        return "baseline"
    if row is None:
        return "no test"
    if row.p_value is None or row.distance is None:
        return f"no test: {row.note or 'fewer than 2 samples'}"
    star = " significant" if row.significant else ""
    q = "None" if row.q_value is None else format(row.q_value, ".3g")
    return f"shift {row.distance:.4f} (noise floor {row.noise_floor or 0:.4f}), q = {q}{star}"


def cell_responses(responses: pd.DataFrame, question_id: str, model: str, context_id: str) -> pd.DataFrame:
    """One question's responses of a model in a context, by sample."""
    if responses.empty:
        return responses
    m = (responses["question_id"] == question_id) & (responses["model"] == model) & (
        responses["context_id"] == context_id)
    return responses[m].sort_values("sample")


def mask_cards(data: Analysis, model: str) -> list[MaskRecord]:
    """One model's masks, largest first, noise (-1) last."""
    return sorted(data.masks_of(model), key=lambda m: (m.mask_id == -1, -m.size))


SCALE_COLUMNS = ["scale_id", "context_id", "n_runs_valid", "n_runs_excluded", "mean", "mean_ci_low", "mean_ci_high",
                 "sd", "t", "p_value", "q_value", "hedges_g", "g_ci_low", "g_ci_high", "cohen_d", "significant"]


def scale_table(data: Analysis, model: str) -> pd.DataFrame:
    """Scale rows of one model: scale, context, n valid/excluded, mean and its CI, sd, t, p, d, significant."""
    return _frame(data.scales_of(model), SCALE_COLUMNS)


def has_scales(data: Analysis) -> bool:
    """True when the analysis has at least one scale row with a mean."""
    return any(r.mean is not None for r in data.scales)


def comparison_table(comp: Comparison, models: Sequence[str] = ()) -> pd.DataFrame:
    """Pairwise model differences per context (core.compare records), for the chosen models."""
    rows = [r for r in comp.differences if not models or (r.model_a in models and r.model_b in models)]
    return _frame(rows, ["context_id", "model_a", "model_b", "n_questions", "mean_a", "mean_b", "difference",
                         "ci_low", "ci_high", "p_value", "q_value", "significant"])


def merge_for_compare(analyses: Sequence[Analysis], *, seed: int = 7) -> Comparison:
    """The comparison of one analysis, or of several studies' models (labelled `study:model`)."""
    from dataclasses import replace

    from core.compare import compare_studies

    if len(analyses) == 1:
        return analyses[0].comparison
    _, differences = compare_studies([(a.study, a.shift) for a in analyses], seed=seed)
    shared = set.intersection(*({r.context_id for r in a.shift} for a in analyses))
    models = [f"{a.study}:{m}" for a in analyses for m in a.models]
    context_shift = tuple(replace(r, model=f"{a.study}:{r.model}") for a in analyses for r in a.context_shift
                          if r.context_id in shared)
    return Comparison(models=tuple(models), context_shift=context_shift, differences=differences)


# --- per-response scores and probe replies (signed answers) ------------------------------------

SCORE_COLUMNS = ["response_id", "model", "question_id", "context_id", "sample", "scorer", "version", "dimension",
                 "value", "label", "ok"]


def response_scores_frame(store: Store, study: str) -> pd.DataFrame:
    """One row per answer x scorer: every cached score at its scorer's current version (reads the cache only)."""
    from core.scorers.study import stored_response_scores

    responses = store.responses(study, ok_only=True)
    cell = {int(r.id or 0): (r.model, r.question_id, r.context_id, r.sample) for r in responses}
    rows = [(s.response_id, *cell[s.response_id], s.scorer, s.version, s.dimension, s.value, s.label, s.ok)
            for s in stored_response_scores(store, study, responses)]
    df = pd.DataFrame(rows, columns=SCORE_COLUMNS)
    return df.sort_values(["response_id", "scorer"], kind="stable").reset_index(drop=True)


@dataclass(frozen=True)
class ProbeReply:
    """One follow-up probe's reply to one answer."""

    parent_id: int
    """The answer it followed (its response id)."""
    probe: str
    """Probe id (data/probes/<id>.yaml)."""
    text: str
    """The reply, raw (untrusted model output)."""
    value: float | None
    """The number read from it (1-7, or a probability); None when it gave none in range."""
    scale: str
    """How the number reads: `1-7`, `probability`, or '' when the probe file is gone."""


def probe_replies(responses: Iterable[Any], probes: Mapping[str, Any]) -> dict[int, list[ProbeReply]]:
    """Answer id -> its probe turns' replies (answered ones), in probe-id order; `probes`: id -> Probe."""
    from core.probes import read_answer

    out: dict[int, list[ProbeReply]] = {}
    for r in responses:
        pid, parent = r.meta.get("probe"), r.meta.get("parent_id")
        if not pid or parent is None or not r.ok:
            continue
        p = probes.get(str(pid))
        scale = "" if p is None else ("probability" if p.answer == "probability" else f"{p.lo:g}-{p.hi:g}")
        out.setdefault(int(parent), []).append(
            ProbeReply(int(parent), str(pid), r.text, read_answer(r.text, p) if p is not None else None, scale))
    return {k: sorted(v, key=lambda x: x.probe) for k, v in out.items()}


def probe_line(reply: ProbeReply) -> str:
    """One plain-text line: probe, the number read, then the reply exactly as given (for st.text, never markdown)."""
    read = "no number read" if reply.value is None else f"{reply.value:g}" + (f" on {reply.scale}"
                                                                             if reply.scale != "probability" else "")
    return f"probe {reply.probe} ({read}): {reply.text}"


def probe_lines_of(store: Store, study: str, question_id: str) -> dict[int, list[str]]:
    """Answer id -> one line per probe reply that followed it, for one question's answers (a cheap store read)."""
    from core.probes import PROBES_DIR, load_probe

    turns = store.probe_turns(study, question_id)
    ids = {str(r.meta.get("probe")) for r in turns if r.meta.get("probe")}
    probes = {p: load_probe(PROBES_DIR / f"{p}.yaml") for p in ids if (PROBES_DIR / f"{p}.yaml").exists()}
    return {k: [probe_line(x) for x in v] for k, v in probe_replies(turns, probes).items()}
