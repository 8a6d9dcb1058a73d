"""The Markdown report: tables and short sentences; untrusted text escaped or fenced."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

from core.analysis_record import Analysis
from core.findings import Untrusted
from core.masks import mask_title, stability_text
from core.report.gather import ReportData
from core.report.sentences import Sentence, _describe, _shift_sentence, _untested_sentence, methods_text
from core.report.views import (
    _DRIFT_HEADERS,
    _DRIFT_TITLES,
    _DRIFT_TRUSTED,
    SCORE_HEADERS,
    SCORES_NOTE,
    VERDICT_NOTE,
    _context_order,
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

# Markdown punctuation that can start a link, image, emphasis, heading, table cell, HTML or entity.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!<>#|~&{}])")


def md(text: Any) -> str:
    """Untrusted text as one line of inert Markdown: specials escaped, autolinks broken."""
    s = " ".join(str(text).split())
    s = _MD_SPECIAL.sub(r"\\\1", s)
    # GFM turns bare URLs into links; an escaped colon / dot keeps the characters but not the link.
    s = re.sub(r"(?i)([a-z][a-z0-9+.-]*):(?=//)", r"\1\\:", s)
    s = re.sub(r"(?i)\b(www)\.", r"\1\\.", s)
    return s


def md_block(text: Any, info: str = "text") -> str:
    """Untrusted multi-line text as a fenced code block longer than any backtick run inside it."""
    s = str(text)
    longest = max((len(m) for m in re.findall(r"`+", s)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{s}\n{fence}"


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _md_s(parts: Sentence) -> str:
    return "".join(md(p) if isinstance(p, Untrusted) else p for p in parts)


def _indent(block: str) -> str:
    return "\n".join(("   " + line) if line else "" for line in block.splitlines())


def render_markdown(rd: ReportData) -> str:
    """The findings as tables and short sentences, for a paper draft or an issue."""
    d, prov = rd.analysis, rd.provenance
    models = _models(d)
    out: list[str] = [f"# Maskscope report: {md(rd.study)}", ""]
    out.append(f"Generated {prov['generated_at']} by Maskscope {prov['generated_by']['maskscope']} from "
               f"{prov['responses']['n_ok']} responses (sha256 `{prov['responses']['sha256']}`).")
    out += ["", "## Findings", ""]
    out += _md_findings(d)
    out += ["", "## Summary", ""]
    out.append(f"- Responses analysed: {d.n_responses}")
    out.append(f"- Models: {', '.join(md(m) for m in models)}")
    out.append(f"- Contexts: {', '.join(md(c) for c in d.contexts)} "
               f"(baseline: {md(d.baseline_context)})")
    out.append(f"- Embedder: {md(d.embedder)}; analysis seed {d.seed}")
    out += [f"- {_md_s(_shift_sentence(d, m))}" for m in models]
    out += ["", "## Context shift against the baseline", ""]
    out += _md_shift(d, models)
    out += ["", "## Masks", ""]
    for m in models:
        out += _md_masks(rd, m)
    if d.scales:
        out += ["## Scales", "", "Per context against the baseline (Welch's t; signed Hedges' g with its exact CI; "
                "the v1 unsigned Cohen's d for comparison with published figures); "
                f"* significant: {md(_rule(d, 'scale'))}.", ""]
        out.append(_md_table(["model", "scale", "context", "valid runs", "excluded", "mean", "95% CI", "sd", "t",
                              "p", "q", "g [95% CI]", "|d| (v1)"], [_scale_cells(s, md) for s in d.scales]))
        out.append("")
    if d.markers:
        out += ["## Markers", "", "Share of responses matching each marker, with question-clustered 95% CIs.", ""]
        for m in models:
            names, rows = marker_table(d, m)
            if rows:
                out += [f"### {md(m)}", "", _md_table(["context", *[md(n) for n in names]],
                                                      [[md(c), *cells] for c, cells in rows]), ""]
    if d.scores:
        out += ["## Response scores", "", SCORES_NOTE, ""]
        out.append(_md_table(SCORE_HEADERS, [_score_cells(s, md) for s in d.scores]))
        out.append("")
    out += _md_verdict(d)
    out += _md_drift(rd)
    out += ["## Methods", ""]
    out += [_md_s(s) + "\n" for s in methods_text(d, prov)]
    out += ["## Provenance", ""]
    out += _md_provenance(prov)
    return "\n".join(out).rstrip() + "\n"


def _md_findings(d: Analysis) -> list[str]:
    out = ["Generated from the analysis: every number is a field of analysis.json.", ""]
    for m, fs in _findings_by_model(d):
        out += [f"### {md(m) if m else 'Study'}", ""]
        out += [f"- {_md_s(list(f.parts))} (evidence: {f.evidence.anchor.title()} section)" for f in fs]
        out.append("")
    return out


def _md_shift(d: Analysis, models: list[str]) -> list[str]:
    ctxs = _context_order(d)
    by = {(c.model, c.context_id): c for c in d.context_shift}
    floors = noise_floors(d)
    out: list[str] = []
    if len(models) == 1:
        m = models[0]
        rows = [[md(c), fmt_number(r.mean_distance) + _star(r), fmt_interval(r.ci_low, r.ci_high),
                 fmt_p_value(r.p_value), fmt_number(floors.get((m, c))), f"{r.n_significant} / {r.n_questions}"]
                for c in ctxs if (r := by.get((m, c))) is not None]
        out.append(f"Mean energy distance over questions; * significant: {md(_rule(d, 'context'))}.")
        out += ["", _md_table(["context", "mean distance", "95% CI", "p", "noise floor", "significant questions"],
                              rows)]
        if _untested_sentence(d):
            out += ["", _md_s(_untested_sentence(d))]
        return out
    diffs = {(r.context_id, r.model_a, r.model_b): r for r in d.comparison.differences}
    pair = (models[0], models[1]) if len(models) == 2 else None
    out.append("One column per model: mean energy distance over questions [95% CI], permutation p, noise floor "
               f"(nf); * significant: {md(_rule(d, 'context'))}."
               + (" The last column is the difference between the two models, with its bootstrap CI and BH "
                  f"q-value; * significant: {md(_rule(d, 'comparison'))}." if pair else ""))
    rows = []
    for c in ctxs:
        cells = [md(c)]
        for m in models:
            r = by.get((m, c))
            cells.append("n/a" if r is None else
                         f"{fmt_number(r.mean_distance)}{_star(r)} {fmt_interval(r.ci_low, r.ci_high)}, "
                         f"p {fmt_p_value(r.p_value)}, nf {fmt_number(floors.get((m, c)))}")
        if pair:
            x = diffs.get((c, *pair))
            cells.append("n/a" if x is None or x.difference is None else
                         f"{fmt_number(x.difference)}{_star(x)} {fmt_interval(x.ci_low, x.ci_high)}, "
                         f"q {fmt_p_value(x.q_value)}")
        rows.append(cells)
    header = ["context", *[md(m) for m in models]]
    if pair:
        header.append(f"{md(pair[0])} − {md(pair[1])}")
    out += ["", _md_table(header, rows), ""]
    if _untested_sentence(d):
        out += [_md_s(_untested_sentence(d)), ""]
    recs = [r for r in diffs.values() if r.p_value is not None]
    if recs:
        sig = [r for r in recs if r.significant]
        out.append(f"Model comparison: {len(sig)} of {len(recs)} tested per-context differences are significant "
                   f"({md(_rule(d, 'comparison'))})" + (":" if sig else "."))
        out += [f"- {_md_s(_describe(r))}" for r in sig]
    return out


def _md_masks(rd: ReportData, m: str) -> list[str]:
    d = rd.analysis
    masks = d.masks_of(m)
    out = [f"### {md(m)}", "",
           f"{plural(len(masks), 'mask')}; NMI between mask and context {fmt_number(d.mask_context_nmi.get(m))}; "
           f"stability (mean ARI over reruns) {fmt_number(d.stability.get(m))}.", ""]
    if not masks:
        return out
    out += [_md_table(["mask", "size", "top context", "purity", "stability", "keywords"],
                      [[md(k.mask_id), str(k.size), md(k.top_context), fmt_number(k.purity), md(stability_text(k)),
                        md(", ".join(str(w) for w in k.keywords[:10]))] for k in masks]), ""]
    for k in masks:
        ex = _exemplars(rd, k)
        if not ex:
            continue
        out += [f"Exemplars of {md(mask_title(k))}:", ""]
        for r in ex:
            out += [f"- response {r.id} ({md(r.question_id)}, {md(r.context_id)}, sample {r.sample}):", "",
                    _indent(md_block(r.text))]
        out.append("")
    return out


def _md_drift(rd: ReportData) -> list[str]:
    from core.drift import drift_sentences

    drifts = _drifts(rd)
    if not drifts:
        return []
    out = ["## Version drift", ""]
    for x in drifts:
        out += [f"### {md(x.label_a)} → {md(x.label_b)}", ""]
        out += [f"- {_md_s(list(s))}" for s in drift_sentences(x)] + [""]
        rows = _drift_rows(x)
        for k, title in _DRIFT_TITLES.items():
            if rows[k]:
                out += [f"#### {title}", "", _md_table(_DRIFT_HEADERS[k], [
                    [c if i in _DRIFT_TRUSTED[k] else md(c) for i, c in enumerate(r)] for r in rows[k]]), ""]
        if x.untested:
            out += [f"Not testable on one side or both: {md(', '.join(x.untested))}.", ""]
        out += [md(_drift_note(rd.analysis, x)), ""]
    return out


def _md_verdict(d: Analysis) -> list[str]:
    if not d.verdicts:
        return []
    out = ["## Robust, or hiding and smiling?", "", md(VERDICT_NOTE), ""]
    for m in _models(d):
        out += [f"### {md(m)}", "", _md_table(["side", "evidence", "estimate [95% CI]", "rule"],
                                              [[md(c) for c in r] for r in _verdict_rows(d, m)]), ""]
    return out


def _md_provenance(prov: dict[str, Any]) -> list[str]:
    st = prov["study"]
    a = prov["analysis"]
    out = [f"- Study: {md(st.get('name'))} ({md(st.get('kind'))}; source {md(st.get('source') or 'n/a')}), "
           f"spec sha256 `{st['spec_sha256']}`, stored {st.get('created_at')}, updated {st.get('updated_at')}",
           f"- Models: {', '.join(md(m['model']) for m in prov['models'])}",
           f"- Embedder: {md(a['embedder'])}; analysis seed {a['seed']}",
           f"- Responses analysed: {prov['responses']['n_ok']} of {prov['responses']['n_stored']} stored; "
           f"sha256 `{prov['responses']['sha256']}`, computed as {md(prov['responses']['recipe'])}",
           f"- Markers: {md(prov['markers']['path'])}, version {md(prov['markers'].get('version'))}, "
           f"sha256 `{prov['markers'].get('sha256')}`",
           f"- Packages: {', '.join(f'{md(k)} {md(v)}' for k, v in prov['packages'].items())}",
           f"- Report generated at {prov['generated_at']}",
           "", "### Sampling", "", md_block(json.dumps(prov["sampling"], indent=2, default=str), "json"),
           "", "### Analysis settings", "", md_block(json.dumps(a["settings"], indent=2, default=str), "json"),
           "", "### Study spec as run", "", md_block(json.dumps(st["spec"], indent=2, default=str), "json"),
           "", "### Contexts as sent", "", md(prov.get("rendering", "")), ""]
    for c in prov["contexts"]:
        out += [f"#### {md(c['id'])}: {md(c['label'])}", "", md(c["description"]), ""]
        body = "\n\n".join(f"[{m['role']}{'/' + m['name'] if m.get('name') else ''}]\n{m['content']}"
                           for m in c["messages"])
        out += [md_block(body), ""]
    out += ["### Questions as sent", ""]
    out.append(_md_table(["id", "category", "scale", "text"],
                         [[md(q["id"]), md(q["category"]), md(q.get("scale") or ""), md(q["text"])]
                          for q in prov["questions"]]))
    for q in prov["questions"]:
        if q.get("as_asked"):
            out += ["", f"Question {md(q['id'])} as asked in the responses:", "",
                    md_block("\n---\n".join(q["as_asked"]))]
    if prov["markers"].get("content"):
        out += ["", "### Marker definitions", "", md_block(prov["markers"]["content"], "yaml")]
    return out
