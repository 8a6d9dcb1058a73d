"""The HTML report: one self-contained file, plotly inlined once, every string escaped.

`render_html` walks SECTIONS in order; each step returns a section's body, or "" to leave it out.
Figures are numbered in the order the steps draw them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

from core.analysis_record import Analysis
from core.masks import mask_title, stability_text
from core.report.gather import ReportData
from core.report.sentences import Sentence, _shift_sentence, _untested_sentence, methods_text
from core.report.views import (
    _DRIFT_HEADERS,
    _DRIFT_TITLES,
    SCORE_HEADERS,
    SCORES_NOTE,
    VERDICT_NOTE,
    _context_order,
    _context_rows,
    _drift_note,
    _drift_rows,
    _drifts,
    _exemplars,
    _findings_by_model,
    _models,
    _rule,
    _scale_cells,
    _score_cells,
    _star,
    _verdict_rows,
    fmt_interval,
    fmt_number,
    fmt_p_value,
    marker_table,
    noise_floors,
    plural,
)

CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"


# Plotly's own label markup, kept after escaping: bare tags without attributes carry no script or URL.
_ALLOWED_TAGS = re.compile(r"&lt;(/?(?:b|i|sub|sup|extra)|br ?/?)&gt;")


def esc(x: Any) -> str:
    """HTML-escape anything, quotes included."""
    return html.escape(str(x), quote=True)


def label_text(s: str) -> str:
    """A plotly string made inert: everything escaped except bare <b>, <i>, <br>, <sub>, <sup>, <extra>.

    Unescaping first makes this idempotent over text a figure builder already escaped. Quotes become
    &#34;: plotly decodes numeric entities but shows a literal "&quot;".
    """
    out = _ALLOWED_TAGS.sub(r"<\1>", html.escape(html.unescape(s), quote=True))
    return out.replace("&quot;", "&#34;")


def _esc_deep(obj: Any) -> Any:
    if isinstance(obj, str):
        return label_text(obj)
    if isinstance(obj, dict):
        return {k: _esc_deep(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_esc_deep(v) for v in obj]
    if hasattr(obj, "dtype") and getattr(obj.dtype, "kind", "") in "OUS":
        return [_esc_deep(v) for v in obj.tolist()]
    return obj


def safe_figure_dict(fig: Any) -> dict[str, Any]:
    """A figure's dict with every string in its traces and layout made inert; WebGL drawn as SVG.

    The layout's template is plotly's own and left alone. WebGL traces (scattergl) compile shaders
    with `new Function`, which the report's CSP forbids.
    """
    d = fig.to_dict() if hasattr(fig, "to_dict") else dict(fig)
    traces = []
    for t in d.get("data", []):
        t = _esc_deep(t)
        if t.get("type") == "scattergl":
            t["type"] = "scatter"
        traces.append(t)
    layout = {k: (v if k == "template" else _esc_deep(v)) for k, v in d.get("layout", {}).items()}
    return {"data": traces, "layout": layout}


def figure_html(fig: Any, div_id: str, height: int = 420) -> str:
    """One escaped figure as a div plus its plotly call; plotly's JS is not included."""
    import plotly.io as pio

    safe = safe_figure_dict(fig)
    safe["layout"].setdefault("height", height)
    # The builder's figure was validated when it was made; the escaped copy differs only in strings.
    return str(pio.to_html(safe, full_html=False, include_plotlyjs=False, div_id=div_id, validate=False,
                           config={"displaylogo": False, "responsive": True}))


class _Figures:
    """Numbered figure divs; a builder that fails leaves a visible note, not a gap."""

    def __init__(self) -> None:
        self.n = 0

    def __call__(self, build: Callable[[], Any], height: int = 420) -> str:
        self.n += 1
        try:
            fig = build()
        except Exception as e:  # a report with one missing figure beats no report
            return f'<p class="note">Figure unavailable: {esc(type(e).__name__)}: {esc(e)}</p>'
        return f'<div class="fig">{figure_html(fig, f"fig-{self.n}", height)}</div>'


def _html_table(header: Sequence[str], rows: Iterable[Sequence[str]], cls: str = "") -> str:
    """A table; header and cells are already-escaped HTML."""
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _html_s(parts: Sentence) -> str:
    return "".join(esc(p) for p in parts)


_STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;max-width:1180px;
margin:0 auto;padding:24px 28px 80px;background:#fff}
h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;margin-top:40px;border-bottom:2px solid #e4e7ee;
padding-bottom:4px}h3{font-size:17px;margin-top:28px}h4{font-size:15px;margin:18px 0 6px}
.sub{color:#5b6478}.note{color:#8a5a00;background:#fff6e0;padding:6px 10px;border-radius:4px}
nav ol{columns:3;font-size:14px}table{border-collapse:collapse;margin:10px 0 18px;font-size:13.5px}
th,td{border:1px solid #dde1ea;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f9}td.num{text-align:right;font-variant-numeric:tabular-nums}
pre{white-space:pre-wrap;word-break:break-word;background:#f6f7fa;border:1px solid #e4e7ee;
padding:8px 10px;border-radius:4px;font-size:13px;max-height:360px;overflow:auto}
.card{border:1px solid #dde1ea;border-radius:6px;padding:10px 14px;margin:12px 0}
.kw{display:inline-block;background:#eef1f8;border-radius:10px;padding:1px 8px;margin:2px;font-size:13px}
.fig{margin:6px 0 14px}details{margin:6px 0}summary{cursor:pointer;color:#2a4a8a}
.sig{font-weight:600}
"""


def _summary(rd: ReportData, fig: _Figures) -> str:
    d = rd.analysis
    models = _models(d)
    out = [f"<p>{rd.provenance['responses']['n_ok']} responses of {len(models)} model(s) in "
           f"{len(d.contexts)} contexts; baseline <b>{esc(d.baseline_context)}</b>; "
           f"embedder <code>{esc(d.embedder)}</code>; seed {esc(d.seed)}.</p>"]
    if rd.computed_now:
        out.append('<p class="note">No analysis was stored; it was computed for this report and stored.</p>')
    out.append("<ul>" + "".join(f"<li>{_html_s(_shift_sentence(d, m))}</li>" for m in models) + "</ul>")
    out.append(_html_table(
        ["model", "masks", "mask–context NMI", "mask stability (ARI)"],
        [[esc(m), str(len(d.masks_of(m))), fmt_number(d.mask_context_nmi.get(m)), fmt_number(d.stability.get(m))]
         for m in models]))
    return "".join(out)


def _overview(rd: ReportData, fig: _Figures) -> str:
    """Per model: the shift figure, the per-context table and the heatmap."""
    from core import figures

    d = rd.analysis
    floors = noise_floors(d)
    out = []
    for m in _models(d):
        rows = []
        for r in _context_rows(d, m):
            rows.append([esc(r.context_id), fmt_number(r.mean_distance) + _star(r), fmt_interval(r.ci_low, r.ci_high),
                         fmt_p_value(r.p_value), fmt_number(floors.get((m, r.context_id))),
                         f"{esc(r.n_significant)} / {esc(r.n_questions)}"])
        out.append(f"<h3>{esc(m)}</h3>")
        out.append(fig(partial(figures.context_shift_figure, d, m)))
        out.append(_html_table(["context", "mean distance", "95% CI", "p", "noise floor", "significant questions"],
                               rows))
        out.append(f'<p class="sub">* significant: {esc(_rule(d, "context"))}; '
                   f"significant questions: {esc(_rule(d, 'question'))}. "
                   f"{_html_s(_untested_sentence(d))}</p>")
        out.append(fig(partial(figures.shift_heatmap, d, m)))
    return "".join(out)


def _map(rd: ReportData, fig: _Figures) -> str:
    from core import figures

    if rd.points is None or not len(rd.points):
        return ""
    return ("<p>2-D layout of the responses, coloured by context.</p>"
            + fig(lambda: figures.map_figure(rd.points, "context"), height=560))


def _masks(rd: ReportData, fig: _Figures) -> str:
    """Per model: one card per mask with its keywords, context bar and exemplars."""
    from core import figures

    d = rd.analysis
    colors = figures.colors_for(d)
    out = []
    for m in _models(d):
        masks = d.masks_of(m)
        out.append(f"<h3>{esc(m)}</h3><p>{plural(len(masks), 'mask')}; NMI between mask and context "
                   f"{fmt_number(d.mask_context_nmi.get(m))}; stability {fmt_number(d.stability.get(m))}.</p>")
        for k in masks:
            kws = "".join(f'<span class="kw">{esc(w)}</span>' for w in k.keywords)
            ex = _exemplars(rd, k)
            exh = "".join(
                f"<details{' open' if j == 0 else ''}><summary>response {esc(r.id)} · {esc(r.question_id)} · "
                f"{esc(r.context_id)} · sample {esc(r.sample)}</summary><pre>{esc(r.text)}</pre></details>"
                for j, r in enumerate(ex))
            out.append(
                f'<div class="card"><h4>{esc(mask_title(k))}</h4>'
                f"<p>size {esc(k.size)}; top context <b>{esc(k.top_context)}</b>; purity "
                f"{fmt_number(k.purity)}; stability {esc(stability_text(k))}; AMI with context "
                f"{fmt_number(k.ami)} (p {fmt_number(k.ami_p)})</p><p>{kws}</p>"
                + fig(partial(figures.mask_context_bar, k, colors), height=220)
                + exh + "</div>")
    return "".join(out) or "<p>No masks.</p>"


def _scales(rd: ReportData, fig: _Figures) -> str:
    from core import figures

    d = rd.analysis
    if not d.scales:
        return ""
    out = []
    for m in _models(d):
        for sid in figures.scale_ids(d, m):
            out.append(f"<h3>{esc(m)}: {esc(sid)}</h3>"
                       + fig(partial(figures.scales_figure, d, m, sid)))
    out.append(_html_table(
        ["model", "scale", "context", "valid runs", "excluded", "mean", "95% CI", "sd", "t", "p", "q",
         "Hedges' g [95% CI]", "|Cohen's d| (v1)"],
        [_scale_cells(s, esc) for s in d.scales]))
    out.append(f'<p class="sub">* significant: {esc(_rule(d, "scale"))}.</p>')
    return "".join(out)


def _markers(rd: ReportData, fig: _Figures) -> str:
    from core import figures

    d = rd.analysis
    if not d.markers:
        return ""
    models = _models(d)
    mfigs = "".join(fig(partial(figures.marker_figure, d, m)) for m in models
                    if d.markers_of(m))
    tables = ""
    for m in models:
        names, mrows = marker_table(d, m)
        if mrows:
            tables += f"<h3>{esc(m)}</h3>" + _html_table(
                ["context", *[esc(n) for n in names]], [[esc(c), *[esc(x) for x in cells]] for c, cells in mrows])
    return ("<p>Share of responses matching each marker, with "
            "question-clustered 95% CIs.</p>" + mfigs + tables)


def _scores(rd: ReportData, fig: _Figures) -> str:
    d = rd.analysis
    if not d.scores:
        return ""
    return f"<p>{esc(SCORES_NOTE)}</p>" + _html_table(SCORE_HEADERS, [_score_cells(x, esc) for x in d.scores])


def _comparison(rd: ReportData, fig: _Figures) -> str:
    """Two or more models: the comparison figure, shift per model side by side, tested differences."""
    from core import figures

    d = rd.analysis
    models = _models(d)
    if len(models) <= 1:
        return ""
    by = {(c.model, c.context_id): c for c in d.context_shift}
    rows = [[esc(c)] + [
        "n/a" if (cr := by.get((m, c))) is None else
        f"{fmt_number(cr.mean_distance)}{_star(cr)} {fmt_interval(cr.ci_low, cr.ci_high)}, p {fmt_p_value(cr.p_value)}"
        for m in models] for c in _context_order(d)]
    comp = [r for r in d.comparison.differences if r.p_value is not None]
    body = (fig(lambda: figures.compare_figure(d.comparison, contexts=d.contexts))
            + _html_table(["context", *[esc(m) for m in models]], rows)
            + f'<p class="sub">* significant: {esc(_rule(d, "context"))}.</p>')
    if comp:
        body += "<h3>Differences</h3>" + _html_table(
            ["context", "model A", "model B", "shared questions", "A − B", "95% CI", "p", "q", "significant"],
            [[esc(r.context_id), esc(r.model_a), esc(r.model_b), esc(r.n_questions),
              fmt_number(r.difference), fmt_interval(r.ci_low, r.ci_high), fmt_p_value(r.p_value),
              fmt_p_value(r.q_value), '<span class="sig">yes</span>' if r.significant else "no"]
             for r in comp]) + f'<p class="sub">significant: {esc(_rule(d, "comparison"))}.</p>'
    return body


def _verdict(rd: ReportData, fig: _Figures) -> str:
    return _html_verdict(rd.analysis) if rd.analysis.verdicts else ""


def _methods(rd: ReportData, fig: _Figures) -> str:
    return "".join(f"<p>{_html_s(s)}</p>" for s in methods_text(rd.analysis, rd.provenance))


SectionStep = Callable[[ReportData, _Figures], str]
"""A section's body as HTML from the report data, drawing figures through the shared counter; "" leaves it out."""

SECTIONS: tuple[tuple[str, str, SectionStep], ...] = (
    ("findings", "Findings", lambda rd, fig: _html_findings(rd.analysis)),
    ("summary", "Summary", _summary),
    ("overview", "Context shift per model", _overview),
    ("map", "Map of responses", _map),
    ("masks", "Masks", _masks),
    ("scales", "Scales", _scales),
    ("markers", "Markers", _markers),
    ("scores", "Response scores", _scores),
    ("comparison", "Model comparison", _comparison),
    ("drift", "Version drift", lambda rd, fig: _html_drift(rd)),
    ("verdict", "Robust, or hiding and smiling?", _verdict),
    ("methods", "Methods", _methods),
    ("provenance", "Provenance", lambda rd, fig: _html_provenance(rd.provenance)),
)
"""(anchor, title, step) in page order."""


def render_html(rd: ReportData) -> str:
    """One self-contained HTML file: plotly inlined once, no external request, all text escaped."""
    fig = _Figures()
    sections = [(anchor, title, body) for anchor, title, step in SECTIONS if (body := step(rd, fig))]
    return _page(rd, sections)


def _page(rd: ReportData, sections: list[tuple[str, str, str]]) -> str:
    """The document around the sections: CSP, style, plotly's JS, title, navigation."""
    from plotly.offline import get_plotlyjs

    prov = rd.provenance
    nav = "<nav><ol>" + "".join(f'<li><a href="#{a}">{esc(t)}</a></li>' for a, t, _ in sections) + "</ol></nav>"
    body = "".join(f'<section id="{a}"><h2>{esc(t)}</h2>{b}</section>' for a, t, b in sections)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="referrer" content="no-referrer">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Maskscope report: {esc(rd.study)}</title><style>{_STYLE}</style>"
        f'<script type="text/javascript">{get_plotlyjs()}</script></head><body>'
        f"<h1>Maskscope report: {esc(rd.study)}</h1>"
        f'<p class="sub">Generated {esc(prov["generated_at"])} by Maskscope {esc(prov["generated_by"]["maskscope"])}; '
        f"responses sha256 <code>{esc(prov['responses']['sha256'])}</code>.</p>"
        f"{nav}{body}</body></html>\n"
    )


def _html_findings(d: Analysis) -> str:
    out = ['<p class="sub">Generated from the analysis: every number is a field of analysis.json; '
           "each sentence links to the section with its evidence.</p>"]
    for m, fs in _findings_by_model(d):
        out.append(f"<h3>{esc(m) if m else 'Study'}</h3><ul>" + "".join(
            f'<li>{_html_s(list(f.parts))} <a href="#{esc(f.evidence.anchor)}">evidence</a></li>' for f in fs)
            + "</ul>")
    return "".join(out)


def _html_drift(rd: ReportData) -> str:
    from core.drift import drift_sentences

    out = []
    for x in _drifts(rd):
        out.append(f"<h3>{esc(x.label_a)} → {esc(x.label_b)}</h3>")
        out.append("<ul>" + "".join(f"<li>{_html_s(list(s))}</li>" for s in drift_sentences(x)) + "</ul>")
        rows = _drift_rows(x)
        for k, title in _DRIFT_TITLES.items():
            if rows[k]:
                out.append(f"<h4>{esc(title)}</h4>" + _html_table(
                    [esc(h) for h in _DRIFT_HEADERS[k]], [[esc(c) for c in r] for r in rows[k]]))
        if x.untested:
            out.append(f'<p class="sub">Not testable on one side or both: {esc(", ".join(x.untested))}.</p>')
        out.append(f'<p class="sub">{esc(_drift_note(rd.analysis, x))}</p>')
    return "".join(out)


def _html_verdict(d: Analysis) -> str:
    out = [f'<p class="sub">{esc(VERDICT_NOTE)}</p>']
    for m in _models(d):
        out.append(f"<h3>{esc(m)}</h3>")
        out.append(_html_table(["side", "evidence", "estimate [95% CI]", "rule"],
                               [[esc(c) for c in r] for r in _verdict_rows(d, m)]))
    return "".join(out)


def _html_provenance(prov: dict[str, Any]) -> str:
    st = prov["study"]
    parts = [_html_table(["", ""], [
        ["study", esc(st.get("name"))], ["kind", esc(st.get("kind"))], ["source", esc(st.get("source"))],
        ["spec sha256", f"<code>{esc(st['spec_sha256'])}</code>"],
        ["stored / updated", f"{esc(st.get('created_at'))} / {esc(st.get('updated_at'))}"],
        ["responses analysed", f"{esc(prov['responses']['n_ok'])} of {esc(prov['responses']['n_stored'])} stored"],
        ["responses sha256", f"<code>{esc(prov['responses']['sha256'])}</code><br><small>"
                             f"{esc(prov['responses']['recipe'])}</small>"],
        ["embedder", f"<code>{esc(prov['analysis']['embedder'])}</code>"],
        ["analysis seed", esc(prov["analysis"]["seed"])],
        ["markers", f"{esc(prov['markers']['path'])}, version {esc(prov['markers'].get('version'))}, sha256 "
                    f"<code>{esc(prov['markers'].get('sha256'))}</code>"],
        ["generated at", esc(prov["generated_at"])],
    ])]
    parts.append("<h3>Models</h3>" + _html_table(
        ["model", "responses", "errors", "params"],
        [[esc(m["model"]), esc(m["n_responses"]), esc(m["n_errors"]),
          f"<code>{esc(json.dumps(m.get('params', {})))}</code>"] for m in prov["models"]]))
    parts.append("<h3>Sampling</h3><pre>" + esc(json.dumps(prov["sampling"], indent=2, default=str)) + "</pre>")
    parts.append("<h3>Analysis settings</h3><pre>" + esc(json.dumps(
        {"settings": prov["analysis"]["settings"], "provenance": prov["analysis"]["provenance"]},
        indent=2, default=str)) + "</pre>")
    parts.append("<h3>Package versions</h3>" + _html_table(
        ["package", "version"], [[esc(k), esc(v or "not installed")] for k, v in prov["packages"].items()]))
    parts.append("<h3>Study spec as run</h3><pre>" + esc(json.dumps(st["spec"], indent=2, default=str)) + "</pre>")
    parts.append(f"<h3>Contexts as sent</h3><p>{esc(prov.get('rendering', ''))}.</p>")
    for c in prov["contexts"]:
        msgs = "".join(f"<pre><b>{esc(mm['role'])}{esc('/' + mm['name']) if mm.get('name') else ''}</b>\n"
                       f"{esc(mm['content'])}</pre>" for mm in c["messages"])
        parts.append(f"<details><summary>{esc(c['id'])}: {esc(c['label'])}</summary><p>{esc(c['description'])}</p>"
                     f"<p>tags <code>{esc(json.dumps(c['tags'], sort_keys=True))}</code></p>{msgs}</details>")
    parts.append("<h3>Questions as sent</h3>" + _html_table(
        ["id", "category", "scale", "reverse", "text"],
        [[esc(q["id"]), esc(q["category"]), esc(q.get("scale") or ""), esc("yes" if q.get("reverse") else ""),
          esc(q["text"]) + "".join(f"<br><small>as asked: {esc(a)}</small>" for a in q.get("as_asked", []))]
         for q in prov["questions"]]))
    if prov["markers"].get("content"):
        parts.append("<h3>Marker definitions</h3><pre>" + esc(prov["markers"]["content"]) + "</pre>")
    return "".join(parts)
