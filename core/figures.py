"""Plotly figure builders shared by the app and the reports: pure functions returning go.Figure.

Every figure reads the typed analysis (core.analysis_record.Analysis) or the points table, and only
formats: every number, interval and significance flag it shows was computed by the pipeline. Context colours come
from `context_colors`, so a context has the same colour on every page and in every report.
Text that may come from a model or an imported file goes through `plain` before it reaches a
label: plotly renders a few HTML tags in hover labels and ticks.
"""

from __future__ import annotations

import colorsys
import hashlib
import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from core.analysis_record import Analysis, Comparison, ContextShiftRecord
from core.masks import Mask, mask_title, shorten

# Tableau 10 without its grey: distinguishable, print-friendly, colour-blind tolerable.
PALETTE: tuple[str, ...] = (
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
    "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
)
# Extra hues for studies with more contexts than the palette holds.
PALETTE_EXTRA: tuple[str, ...] = ("#1f3f77", "#8c510a", "#01665e", "#762a83", "#b35806", "#4d9221")
BASELINE_COLOR = "#7f7f7f"
BASELINE_ALT_COLOR = "#bdbdbd"
BASELINE_IDS = ("baseline", "neutral")
# Fixed colours for the contexts shipped in contexts/ and the bundled corpus, so figures in a
# paper keep them whatever subset a study uses; other ids hash into the palette.
KNOWN_COLORS: dict[str, str] = {
    "agentic": "#4e79a7", "negative-loaded": "#f28e2b", "lab-interview": "#e15759", "journalist": "#76b7b2",
    "positive-loaded": "#59a14f", "casual-chat": "#edc948", "peer-ai": "#b07aa1", "roleplay": "#ff9da7",
    "private": "#9c755f",
    "codeblock": "#4e79a7", "cats": "#f28e2b", "dialogue": "#76b7b2", "flowers": "#59a14f", "mathsymbols": "#b07aa1",
}
MODEL_PALETTE: tuple[str, ...] = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d")
NOISE_COLOR = "#555555"
FONT = dict(family="Inter, Helvetica, Arial, sans-serif", size=13, color="#222222")
T0_SUFFIXES = ("-t0", "_t0")


def plain(text: object, limit: int | None = None) -> str:
    """Untrusted text made inert for a plotly label: no tags, entities escaped, one line."""
    s = str(text).replace("<", "\u2039").replace(">", "\u203a")
    s = " ".join(s.split())
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)].rstrip() + "\u2026"
    return html.escape(s, quote=True)


def _hash_index(key: str, n: int) -> int:
    return int(hashlib.sha256(key.encode()).hexdigest(), 16) % n


def _lighten(hex_color: str, amount: float = 0.45) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum + (1 - lum) * amount
    rr, gg, bb = colorsys.hls_to_rgb(h, lum, s)
    return f"#{round(rr * 255):02x}{round(gg * 255):02x}{round(bb * 255):02x}"


def _base_id(cid: str) -> str | None:
    for suf in T0_SUFFIXES:
        if cid.endswith(suf) and len(cid) > len(suf):
            return cid[: -len(suf)]
    return None


def context_colors(context_ids: Iterable[str], baseline: str | None = None) -> dict[str, str]:
    """Stable colour per context id: baseline grey, `X-t0` a lighter shade of `X`, others by id hash.

    The colour depends on the id (hash into the palette, probing past colours already taken in
    sorted id order), so the same context keeps its colour across pages, studies and reports.
    """
    ids = list(dict.fromkeys(str(c) for c in context_ids))
    base_names = set(BASELINE_IDS) | ({baseline} if baseline else set())
    out: dict[str, str] = {}
    roots: list[str] = []
    for cid in ids:
        root = _base_id(cid) or cid
        if root not in roots:
            roots.append(root)
    taken: set[str] = set()
    palette = PALETTE + PALETTE_EXTRA
    root_color: dict[str, str] = {}
    for root in roots:
        if root in base_names:
            root_color[root] = BASELINE_COLOR
        elif root in KNOWN_COLORS and KNOWN_COLORS[root] not in taken:
            root_color[root] = KNOWN_COLORS[root]
            taken.add(root_color[root])
    for root in sorted(r for r in roots if r not in root_color):
        i = _hash_index(root, len(PALETTE))
        candidates = [PALETTE[(i + k) % len(PALETTE)] for k in range(len(PALETTE))] + list(PALETTE_EXTRA)
        cand = next((c for c in candidates if c not in taken), palette[_hash_index(root, len(palette))])
        taken.add(cand)
        root_color[root] = cand
    for cid in ids:
        parent = _base_id(cid)
        if parent is not None:
            c = root_color[parent]
            out[cid] = BASELINE_ALT_COLOR if c == BASELINE_COLOR else _lighten(c)
        else:
            out[cid] = root_color[cid]
    return out


def model_colors(models: Iterable[str]) -> dict[str, str]:
    """Colour per model, in the given order."""
    return {m: MODEL_PALETTE[i % len(MODEL_PALETTE)] for i, m in enumerate(dict.fromkeys(models))}


def short_model(model: str) -> str:
    """Model string without its provider prefix, for axis labels."""
    return model.split("/", 1)[-1]


def _layout(fig: go.Figure, *, title: str, height: int, **kw: Any) -> go.Figure:
    settings: dict[str, Any] = dict(
        title=dict(text=plain(title), x=0.0, xanchor="left", font=dict(size=16)),
        template="plotly_white",
        font=FONT,
        height=height,
        margin=dict(l=10, r=20, t=60, b=50),
        hoverlabel=dict(font_size=12, align="left"),
    )
    fig.update_layout(**(settings | kw))
    return fig


def _or(x: float | None, default: float) -> float:
    return default if x is None else x


def _all_contexts(data: Analysis) -> list[str]:
    ctx = list(data.contexts)
    for rows in (data.context_shift, data.shift, data.scales, data.markers):
        for r in rows:
            if r.context_id not in ctx:
                ctx.append(r.context_id)
    return ctx


def colors_for(data: Analysis) -> dict[str, str]:
    """The context colours of an analysis."""
    return context_colors(_all_contexts(data), data.baseline_context)


def short_rule(rule: str) -> str:
    """The test part of a significance rule ("q < 0.05, Benjamini-Hochberg ..." -> "q < 0.05")."""
    return re.split(r"[,:]", rule, maxsplit=1)[0]


def _rule(data: Analysis, which: str) -> str:
    """What a significance flag tests, as recorded by the pipeline; entities escaped (no tags possible)."""
    sig = data.provenance.settings.significance
    return html.escape(" ".join(str(getattr(sig, which) if sig is not None else f"q < {data.alpha:g}").split()),
                       quote=False)


def _empty(title: str, message: str, height: int = 260) -> go.Figure:
    fig = go.Figure()
    fig.add_annotation(text=plain(message), showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper",
                       font=dict(size=14, color="#666666"))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title=title, height=height)


def context_shift_figure(data: Analysis, model: str, colors: Mapping[str, str] | None = None) -> go.Figure:
    """Per-context mean shift vs baseline with CI whiskers; noise floor dashed; significant filled and starred."""
    title = f"Context shift vs {data.baseline_context or 'baseline'}: {short_model(model)}"
    rows = [r for r in data.context_shift_of(model) if r.mean_distance is not None]
    if not rows:
        return _empty(title, "No context-level shift for this model (fewer than 2 samples per cell?)")
    colors = dict(colors or colors_for(data))
    rows.sort(key=lambda r: _or(r.mean_distance, 0.0))
    ys = [plain(r.context_id) for r in rows]
    fig = go.Figure()
    test = short_rule(_rule(data, "context"))
    for sig in (False, True):
        sel = [(r, y) for r, y in zip(rows, ys, strict=True) if r.significant == sig]
        # legend keys in neutral grey: the colour belongs to the context, the fill to significance
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=f"significant ({test})" if sig else "not significant",
            marker=dict(size=11, color="#555555" if sig else "white", line=dict(color="#555555", width=2)),
            hoverinfo="skip"))
        if not sel:
            continue
        x = [_or(r.mean_distance, 0.0) for r, _ in sel]
        lo = [x_ - _or(r.ci_low, x_) for (r, _), x_ in zip(sel, x, strict=True)]
        hi = [_or(r.ci_high, x_) - x_ for (r, _), x_ in zip(sel, x, strict=True)]
        cols = [colors.get(r.context_id, BASELINE_COLOR) for r, _ in sel]
        fig.add_trace(go.Scatter(
            x=x, y=[y for _, y in sel], mode="markers", showlegend=False,
            name="significant" if sig else "not significant",
            marker=dict(size=13, color=cols if sig else "white", symbol="circle",
                        line=dict(color=cols, width=2.5)),
            error_x=dict(type="data", symmetric=False, array=[max(h, 0) for h in hi],
                         arrayminus=[max(v, 0) for v in lo], color="#444444", thickness=1.5, width=5),
            customdata=[[r.ci_low, r.ci_high, r.p_value, r.n_significant, r.n_questions] for r, _ in sel],
            hovertemplate=("<b>%{y}</b><br>mean shift %{x:.4f}<br>95% CI [%{customdata[0]:.4f}, "
                           "%{customdata[1]:.4f}]<br>p = %{customdata[2]:.3g}<br>"
                           "%{customdata[3]} of %{customdata[4]} questions significant<extra></extra>"),
        ))
    for r, y in zip(rows, ys, strict=True):
        if r.significant:
            fig.add_annotation(x=_or(r.ci_high, _or(r.mean_distance, 0.0)), y=y, text="\u2605",
                               showarrow=False, xanchor="left", xshift=6, font=dict(size=14, color="#222222"))
    floor = data.summary_of(model).noise_floor
    if floor is not None:
        fig.add_vline(x=floor, line=dict(color=NOISE_COLOR, dash="dash", width=1.5))
        # a legend entry instead of a text label: it never collides with points or titles
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="lines", name=f"noise floor ({floor:.3f})",
                                 line=dict(color=NOISE_COLOR, dash="dash", width=1.5), hoverinfo="skip"))
    top = max([_or(r.ci_high, _or(r.mean_distance, 0.0)) for r in rows] + [floor or 0.0])
    low = min([_or(r.ci_low, _or(r.mean_distance, 0.0)) for r in rows] + [0.0])
    fig.update_xaxes(title_text="mean energy distance to baseline (95% CI)", range=[low - 0.02 * top, top * 1.12],
                     zeroline=True, zerolinecolor="#999999", gridcolor="#eeeeee")
    fig.update_yaxes(title_text="", type="category", categoryorder="array", categoryarray=ys, automargin=True)
    return _layout(fig, title=title, height=max(280, 150 + 34 * len(rows)),
                   legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0, font=dict(size=11)),
                   margin=dict(l=10, r=30, t=80, b=50))


def shift_heatmap(data: Analysis, model: str, value: str = "distance") -> go.Figure:
    """Question x context heatmap of shift vs baseline; a dot marks the tests the pipeline flagged significant."""
    title = f"Shift per question and context: {short_model(model)}"
    recs = data.shift_of(model)
    if not recs:
        return _empty(title, "No question-level tests for this model")
    df = pd.DataFrame([asdict(r) for r in recs])
    if value not in df:
        value = "distance"
    # contexts without a single test (e.g. one sample per cell) would be empty columns
    tested = set(df.loc[df[value].notna(), "context_id"])
    ctx_order = [c for c in _all_contexts(data) if c in tested]
    if not ctx_order:
        return _empty(title, "No question-level tests for this model (fewer than 2 samples per cell)")
    df = df[df["context_id"].isin(ctx_order)]
    q_order = list(dict.fromkeys(df["question_id"]))
    z = df.pivot_table(index="question_id", columns="context_id", values=value, aggfunc="mean")
    z = z.reindex(index=q_order, columns=ctx_order)
    sig = (df.assign(sig=df["significant"].astype(bool))
           .pivot_table(index="question_id", columns="context_id", values="sig", aggfunc="max")
           .reindex(index=q_order, columns=ctx_order))
    qv = (df.pivot_table(index="question_id", columns="context_id", values="q_value", aggfunc="min")
          .reindex(index=q_order, columns=ctx_order)) if df["q_value"].notna().any() else z * float("nan")
    text = [["\u25cf" if bool(s) and s == s else "" for s in row] for row in sig.to_numpy().tolist()]
    xs = [plain(c) for c in ctx_order]
    ys = [plain(q) for q in q_order]
    custom = _grid(qv)
    fig = go.Figure(go.Heatmap(
        z=_grid(z), x=xs, y=ys, text=text, texttemplate="%{text}", textfont=dict(size=10, color="#ffffff"),
        colorscale="Viridis", colorbar=dict(title=dict(text="energy<br>distance", side="top"), thickness=12),
        customdata=custom, xgap=1, ygap=1,
        hovertemplate="question %{y}<br>context %{x}<br>distance %{z:.4f}<br>q = %{customdata:.3g}<extra></extra>",
    ))
    fig.update_xaxes(side="top" if len(q_order) > 15 else "bottom", tickangle=-35, automargin=True)
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont=dict(size=10 if len(q_order) > 25 else 12))
    fig.add_annotation(text=f"\u25cf significant ({short_rule(_rule(data, 'question'))} after FDR)",
                       xref="paper", yref="paper", x=0, y=0,
                       yanchor="top", yshift=-8 if len(q_order) > 15 else -70, showarrow=False,
                       font=dict(size=11, color="#444444"))
    return _layout(fig, title=title, height=max(340, 170 + 16 * len(q_order)),
                   margin=dict(l=10, r=20, t=60 if len(q_order) <= 15 else 130, b=40 if len(q_order) > 15 else 100))


def _grid(df: pd.DataFrame) -> list[list[float | None]]:
    return [[None if v != v else float(v) for v in row] for row in df.to_numpy().tolist()]


SVG_MAX_POINTS = 5000
"""Up to this many points the map is drawn as SVG: a WebGL context costs about a second to start where the GPU is
software (headless browsers, VMs, remote desktops), while SVG draws the app's thinned map (explore.MAP_MAX_POINTS)
in less. Larger maps stay WebGL (the HTML report turns every trace into SVG anyway, for its CSP)."""


def map_hover(points: pd.DataFrame, text_col: str = "excerpt") -> list[str]:
    """Each point's hover label, inert: model, question, context, sample and the wrapped excerpt."""
    excerpts = points[text_col].astype(str) if text_col in points else [""] * len(points)
    return [f"<b>{plain(m, 40)}</b> \u00b7 {plain(q, 40)} \u00b7 {plain(c, 30)} #{s}<br>{_wrap(plain(e, 160))}"
            for m, q, c, s, e in zip(points["model"], points["question_id"], points["context_id"], points["sample"],
                                     excerpts, strict=True)]


def map_figure(points: pd.DataFrame, color_by: str = "context", colors: Mapping[str, str] | None = None,
               *, text_col: str = "excerpt", height: int = 620) -> go.Figure:
    """The 2-D response layout coloured by context, mask or model; hover shows a plain-text excerpt.

    Each point carries its response_id as customdata so a selection can list the full responses. A `hover`
    column (map_hover, computed once per study by the app) is used as is; otherwise the labels are built here.
    """
    col = {"context": "context_id", "mask": "mask_id", "model": "model"}.get(color_by, color_by)
    title = f"Response map, coloured by {color_by}"
    if points.empty or col not in points:
        return _empty(title, "No points to show", height=height)
    if color_by == "context":
        cmap = dict(colors or context_colors(points["context_id"].astype(str)))
    elif color_by == "model":
        cmap = model_colors(sorted(points["model"].astype(str).unique()))
    else:
        cmap = {}
    keys = points[col].astype(str)
    if color_by == "mask":
        order = sorted(keys.unique(), key=lambda k: (k in ("-1", "nan", "None"), _natural(k)))
    elif color_by == "context":
        order = [c for c in cmap if c in set(keys)] + sorted(set(keys) - set(cmap))
    else:
        order = sorted(keys.unique())
    n_groups = len(order)
    hover = pd.Series(list(points["hover"]) if "hover" in points else map_hover(points, text_col),
                      index=points.index, dtype=object)
    trace = go.Scatter if len(points) <= SVG_MAX_POINTS else go.Scattergl
    fig = go.Figure()
    for i, k in enumerate(order):
        sub = points[keys == k]
        if color_by == "mask":
            color = "#c7c7c7" if k in ("-1", "nan", "None") else (PALETTE + PALETTE_EXTRA)[i % 15]
            name = "noise (no mask)" if k in ("-1", "nan", "None") else f"mask {k}"
        else:
            color = cmap.get(k, BASELINE_COLOR)
            name = short_model(k) if color_by == "model" else k
        fig.add_trace(trace(
            x=sub["x"].to_numpy(), y=sub["y"].to_numpy(), mode="markers", name=plain(name, 40),
            marker=dict(size=6 if len(points) < 3000 else 4, color=color, opacity=0.8,
                        line=dict(width=0)),
            customdata=sub["response_id"].tolist(), hovertext=hover[sub.index].tolist(), hoverinfo="text",
        ))
    fig.update_xaxes(showticklabels=False, title_text="", showgrid=False, zeroline=False)
    fig.update_yaxes(showticklabels=False, title_text="", showgrid=False, zeroline=False)
    return _layout(fig, title=title, height=height, dragmode="lasso",
                   legend=dict(itemsizing="constant", font=dict(size=12 if n_groups < 20 else 10)))


def _natural(k: str) -> tuple[int, str]:
    try:
        return (int(float(k)), "")
    except ValueError:
        return (1 << 30, k)


def _wrap(s: str, width: int = 60) -> str:
    out, line = [], ""
    for word in s.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return "<br>".join(out)


def mask_context_bar(mask: Mask, colors: Mapping[str, str]) -> go.Figure:
    """Which contexts a mask's responses come from (horizontal bars, context colours)."""
    counts = {str(k): int(v) for k, v in mask.context_counts.items() if v}
    items = sorted(counts.items(), key=lambda kv: kv[1])
    fig = go.Figure(go.Bar(
        x=[v for _, v in items], y=[plain(k) for k, _ in items], orientation="h",
        marker=dict(color=[colors.get(k, BASELINE_COLOR) for k, _ in items]),
        text=[str(v) for _, v in items], textposition="outside", cliponaxis=False,
        hovertemplate="%{y}: %{x} responses<extra></extra>",
    ))
    fig.update_xaxes(title_text="responses", gridcolor="#eeeeee")
    fig.update_yaxes(automargin=True)
    fig.update_layout(showlegend=False)
    return _layout(fig, title=f"{shorten(mask_title(mask), 70)}: contexts", height=max(180, 70 + 24 * len(items)),
                   bargap=0.25)


def scale_ids(data: Analysis, model: str | None = None) -> list[str]:
    """Scale ids present in the analysis (for one model if given), in first-seen order."""
    return list(dict.fromkeys(r.scale_id for r in data.scales if model is None or r.model == model))


def scales_figure(data: Analysis, model: str, scale_id: str | None = None,
                  colors: Mapping[str, str] | None = None) -> go.Figure:
    """Per-context scale means with their 95% CIs, Cohen's d vs baseline written beside each point."""
    sid = scale_id or next(iter(scale_ids(data, model)), "")
    rows = [r for r in data.scales_of(model) if r.scale_id == sid and r.mean is not None]
    title = f"Scale {sid}: {short_model(model)}"
    if not rows:
        return _empty(title, "No valid scale runs for this model")
    colors = dict(colors or colors_for(data))
    order = [c for c in _all_contexts(data) if c in {r.context_id for r in rows}]
    rows.sort(key=lambda r: order.index(r.context_id))
    base = data.baseline_context
    xs: list[float] = []
    ys: list[str] = []
    lo: list[float] = []
    hi: list[float] = []
    cols: list[str] = []
    texts: list[str] = []
    custom: list[list[Any]] = []
    for r in rows:
        m = _or(r.mean, 0.0)
        xs.append(m)
        ys.append(plain(r.context_id))
        lo.append(m - r.mean_ci_low if r.mean_ci_low is not None else 0)
        hi.append(r.mean_ci_high - m if r.mean_ci_high is not None else 0)
        cols.append(colors.get(r.context_id, BASELINE_COLOR))
        if r.context_id == base or r.cohen_d is None:
            texts.append("baseline" if r.context_id == base else "")
        else:
            # core.scales reports |d| (the authors' convention); the direction is the mean's side of baseline
            texts.append(f"{r.cohen_d:.2f}" + ("*" if r.significant else ""))
        custom.append([r.n_runs_valid, r.n_runs_excluded, r.sd, r.p_value])
    fig = go.Figure(go.Scatter(
        x=xs, y=ys, mode="markers", marker=dict(size=12, color=cols, line=dict(color="#333333", width=1)),
        error_x=dict(type="data", symmetric=False, array=hi, arrayminus=lo, color="#444444", thickness=1.5, width=5),
        customdata=custom, showlegend=False,
        hovertemplate=("<b>%{y}</b><br>mean %{x:.2f}<br>sd %{customdata[2]:.2f}<br>valid runs %{customdata[0]}"
                       " (excluded %{customdata[1]})<br>p = %{customdata[3]:.3g}<extra></extra>"),
    ))
    bx = next((x for x, r in zip(xs, rows, strict=True) if r.context_id == base), None)
    if bx is not None:
        fig.add_vline(x=bx, line=dict(color=BASELINE_COLOR, dash="dot", width=1.2))
    span = (max(x + h for x, h in zip(xs, hi, strict=True)) - min(x - v for x, v in zip(xs, lo, strict=True))) or 1
    fig.update_xaxes(title_text="mean score (95% CI)", gridcolor="#eeeeee",
                     range=[min(x - v for x, v in zip(xs, lo, strict=True)) - 0.05 * span,
                            max(x + h for x, h in zip(xs, hi, strict=True)) + 0.05 * span])
    fig.update_yaxes(categoryorder="array", categoryarray=ys[::-1], automargin=True)
    # Cohen's d as a column right of the plot: never on top of a point or a whisker
    fig.add_annotation(text="<b>|d|</b>", xref="paper", x=1.0, xanchor="left", xshift=12, yref="paper", y=1.0,
                       yanchor="bottom", showarrow=False, font=dict(size=12))
    for y, t in zip(ys, texts, strict=True):
        fig.add_annotation(text=t, xref="paper", x=1.0, xanchor="left", xshift=12, y=y, showarrow=False,
                           font=dict(size=12, color="#222222"))
    fig.add_annotation(text=f"|d|: Cohen's d vs baseline; * {_rule(data, 'scale')}", xref="paper",
                       yref="paper", x=0, y=1.0, yanchor="bottom", showarrow=False,
                       font=dict(size=11, color="#444444"))
    return _layout(fig, title=title, height=max(260, 110 + 34 * len(rows)), margin=dict(l=10, r=90, t=70, b=50))


def compare_figure(comp: Comparison, models: Sequence[str] | None = None, *,
                   contexts: Sequence[str] = ()) -> go.Figure:
    """Per-context shift of several models side by side with CIs; contexts where they differ marked.

    Filled markers: the model's own shift in that context is significant; `\u2260 k/n pairs`: k of the
    n model pairs differ significantly there (both flags computed by the pipeline).
    """
    rows: list[ContextShiftRecord] = [r for r in comp.context_shift if r.mean_distance is not None]
    if models:
        rows = [r for r in rows if r.model in models]
    title = "Context shift by model"
    if not rows:
        return _empty(title, "Nothing to compare: the analysis has no context-level shift")
    mods = list(dict.fromkeys(r.model for r in rows))
    mcol = model_colors(mods)
    seen = list(dict.fromkeys(r.context_id for r in rows))
    ctx = [c for c in contexts if c in seen] + [c for c in seen if c not in contexts]
    diff_n: dict[str, int] = {}
    for d in comp.differences:
        if d.significant and (not models or (d.model_a in models and d.model_b in models)):
            diff_n[d.context_id] = diff_n.get(d.context_id, 0) + 1
    fig = go.Figure()
    for m in mods:
        sub = {r.context_id: r for r in rows if r.model == m}
        cs = [c for c in ctx if c in sub]
        x = [_or(sub[c].mean_distance, 0.0) for c in cs]
        lo = [x_ - _or(sub[c].ci_low, x_) for c, x_ in zip(cs, x, strict=True)]
        hi = [_or(sub[c].ci_high, x_) - x_ for c, x_ in zip(cs, x, strict=True)]
        sig = [sub[c].significant for c in cs]
        fig.add_trace(go.Scatter(
            x=x, y=[plain(c) for c in cs], mode="markers", name=plain(short_model(m), 50),
            marker=dict(size=11, color=[mcol[m] if s else "white" for s in sig], line=dict(color=mcol[m], width=2.2)),
            error_x=dict(type="data", symmetric=False, array=[max(h, 0) for h in hi],
                         arrayminus=[max(v, 0) for v in lo], color=mcol[m], thickness=1.3, width=4),
            hovertemplate=f"<b>{plain(short_model(m), 60)}</b><br>%{{y}}: %{{x:.4f}}<extra></extra>",
        ))
    ys = [plain(c) for c in ctx]
    n_pairs = len(mods) * (len(mods) - 1) // 2
    for c in ctx:
        if diff_n.get(c):
            fig.add_annotation(x=1.0, xref="paper", y=plain(c), text=f"\u2260 {diff_n[c]}/{n_pairs} pairs",
                               showarrow=False, xanchor="left", xshift=4, font=dict(size=11, color="#b2182b"))
    fig.update_xaxes(title_text="mean energy distance to baseline (95% CI); filled = significant",
                     rangemode="tozero", gridcolor="#eeeeee")
    fig.update_yaxes(categoryorder="array", categoryarray=ys[::-1], automargin=True)
    return _layout(fig, title=title, height=max(300, 100 + 30 * len(ctx) * max(1, len(mods)) // 2),
                   scattermode="group",
                   legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0),
                   margin=dict(l=10, r=95, t=80, b=50))


def marker_figure(data: Analysis, model: str, colors: Mapping[str, str] | None = None) -> go.Figure:
    """Marker rates per context with their CIs (one group of bars per marker)."""
    rows = data.markers_of(model)
    title = f"Markers per context: {short_model(model)}"
    if not rows:
        return _empty(title, "No marker rates for this model")
    colors = dict(colors or colors_for(data))
    markers = list(dict.fromkeys(r.marker for r in rows))
    ctx = [c for c in _all_contexts(data) if c in {r.context_id for r in rows}]
    fig = go.Figure()
    for c in ctx:
        sub = {r.marker: r for r in rows if r.context_id == c}
        ms = [m for m in markers if m in sub]
        rate = [_or(sub[m].rate, 0.0) for m in ms]
        up = [max(_or(sub[m].ci_high, r_) - r_, 0) for m, r_ in zip(ms, rate, strict=True)]
        down = [max(r_ - _or(sub[m].ci_low, r_), 0) for m, r_ in zip(ms, rate, strict=True)]
        fig.add_trace(go.Bar(
            x=[plain(m) for m in ms], y=rate, name=plain(c), marker_color=colors.get(c, BASELINE_COLOR),
            error_y=dict(type="data", symmetric=False, array=up, arrayminus=down,
                         thickness=1, width=2, color="#444444"),
            hovertemplate=f"{plain(c)}<br>%{{x}}: %{{y:.1%}}<extra></extra>",
        ))
    fig.update_yaxes(title_text="share of responses (95% Wilson CI)", tickformat=".0%", gridcolor="#eeeeee")
    fig.update_xaxes(tickangle=0, automargin=True)
    return _layout(fig, title=title, height=380, barmode="group", legend=dict(font=dict(size=11)))


def models_shift_figure(data: Analysis, models: Sequence[str] | None = None) -> go.Figure:
    """Every model's context shift in one chart: a row per tested context, a dot per model (filled: significant).

    Contexts no model could test (single samples) are left out here; the page lists them apart.
    """
    models = list(models if models is not None else data.models)
    title = f"Context shift vs {data.baseline_context or 'baseline'}, every model"
    rows = [r for r in data.context_shift if r.model in models and r.mean_distance is not None]
    if not rows:
        return _empty(title, "No context-level shift (fewer than 2 samples per cell?)")
    ctxs = [c for c in data.contexts if any(r.context_id == c for r in rows)]
    mcol = model_colors(models)
    fig = go.Figure()
    for m in models:
        sel = sorted((r for r in rows if r.model == m), key=lambda r: ctxs.index(r.context_id))
        if not sel:
            continue
        x = [_or(r.mean_distance, 0.0) for r in sel]
        fig.add_trace(go.Scatter(
            x=x, y=[plain(r.context_id) for r in sel], mode="markers", name=plain(short_model(m)),
            marker=dict(size=11, color=[mcol[m] if r.significant else "white" for r in sel],
                        line=dict(color=mcol[m], width=2.2)),
            error_x=dict(type="data", symmetric=False,
                         array=[max(_or(r.ci_high, v) - v, 0) for r, v in zip(sel, x, strict=True)],
                         arrayminus=[max(v - _or(r.ci_low, v), 0) for r, v in zip(sel, x, strict=True)],
                         color=mcol[m], thickness=1.2, width=3),
            customdata=[[r.ci_low, r.ci_high, r.q_value, "yes" if r.significant else "no"] for r in sel],
            hovertemplate=(f"<b>{plain(short_model(m))}</b> · %{{y}}<br>mean shift %{{x:.4f}}<br>95% CI "
                           "[%{customdata[0]:.4f}, %{customdata[1]:.4f}]<br>q = %{customdata[2]:.3g}, significant: "
                           "%{customdata[3]}<extra></extra>")))
    fig.update_xaxes(title_text="mean energy distance to baseline (95% CI); filled: significant", zeroline=True,
                     zerolinecolor="#999999", gridcolor="#eeeeee")
    fig.update_yaxes(title_text="", type="category", categoryorder="array",
                     categoryarray=[plain(c) for c in reversed(ctxs)], automargin=True)
    return _layout(fig, title=title, height=max(300, 140 + 30 * len(ctxs) * max(1, len(models)) // 2),
                   scattermode="group", legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="right", x=1.0),
                   margin=dict(l=10, r=30, t=80, b=50))
