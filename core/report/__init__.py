"""Reports that travel: one study's analysis as standalone HTML, Markdown or JSON, with provenance.

`load_report(store, study)` gathers everything (the stored analysis, computing it when missing,
the response texts of the exemplars, and the provenance); `render_html`, `render_markdown` and
`render_json` turn that into text; `write_report` writes it atomically.

JSON layout: {"report": "maskscope", "report_version", "generated_at", "study", "analysis",
"provenance"}; `json.loads(text)["analysis"]` is analysis.json exactly as stored.

Every string that came from a model, a corpus or a user file is escaped for the format it lands in:
html.escape (quote=True) in HTML, including figure text (plotly renders some HTML in labels);
backslash escapes in Markdown, and fenced code blocks for response texts.

One module per concern: `gather` (store -> ReportData, provenance), `views` (numbers and rows both
formats show), `sentences` (generated sentences, methods), `markdown`, `html`, `jsondoc`, and `write`
(format choice, atomic write). This module only re-exports their public names.
"""

from __future__ import annotations

from core.provenance import PACKAGES, package_versions, responses_sha256
from core.report.gather import (
    EXCERPT_CHARS,
    EXEMPLARS_SHOWN,
    MARKERS_FILE,
    ReportData,
    _scrub,
    load_report,
    markers_provenance,
    provenance,
)
from core.report.html import CSP, _html_verdict, esc, figure_html, label_text, render_html, safe_figure_dict
from core.report.jsondoc import REPORT_VERSION, render_json
from core.report.markdown import _md_verdict, md, md_block, render_markdown
from core.report.sentences import Sentence, methods_text
from core.report.views import SCORE_HEADERS, SCORES_NOTE, VERDICT_NOTE, fmt_number, marker_table, noise_floors, untested
from core.report.write import FORMATS, RENDERERS, render, write_report

# Underscored names are here for tests that check one piece of a renderer.
__all__ = [
    "CSP", "EXCERPT_CHARS", "EXEMPLARS_SHOWN", "FORMATS", "MARKERS_FILE", "PACKAGES", "RENDERERS", "REPORT_VERSION",
    "SCORES_NOTE", "SCORE_HEADERS", "VERDICT_NOTE", "ReportData", "Sentence", "_html_verdict", "_md_verdict",
    "_scrub", "esc", "fmt_number", "figure_html", "label_text", "load_report", "markers_provenance", "marker_table",
    "md", "md_block", "methods_text", "noise_floors", "package_versions", "provenance", "render", "render_html",
    "render_json", "render_markdown", "responses_sha256", "safe_figure_dict", "untested", "write_report",
]
