"""Reports that travel: one study's analysis as standalone HTML, Markdown or JSON, with provenance.

`load_report(store, study)` gathers everything (the stored analysis, computing it when missing,
the response texts of the exemplars, and the provenance); `render_html`, `render_markdown` and
`render_json` turn that into text; `write_report` writes it atomically.

JSON layout: {"report": "maskscope", "report_version", "generated_at", "study", "analysis",
"provenance"}; `json.loads(text)["analysis"]` is analysis.json exactly as stored.

Every string that came from a model, a corpus or a user file is escaped for the format it lands in:
html.escape (quote=True) in HTML, including figure text (plotly renders some HTML in labels);
backslash escapes in Markdown, and fenced code blocks for response texts.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from core import paths
from core.analysis_record import Analysis, ContextScore, ContextShiftRecord, MaskRecord, clean
from core.atomic import write_atomic
from core.compare import ComparisonRecord
from core.errors import InputError
from core.findings import U  # untrusted text inside a generated sentence (one class for findings and reports)
from core.masks import mask_title
from core.provenance import PACKAGES, RESPONSES_RECIPE, package_versions, responses_sha256
from core.records import Response
from core.scorers.summary import ScoreSummary
from core.store import Store, now

__all__ = ["PACKAGES", "package_versions", "responses_sha256"]  # re-exported: older callers import them here

FORMATS = ("html", "md", "json")
REPORT_VERSION = 2
MARKERS_FILE = paths.DATA_DIR / "markers.yaml"
# Exemplars shown per mask; the JSON keeps every id the analysis chose.
EXEMPLARS_SHOWN = 3
EXCERPT_CHARS = 240
# Params whose values must never reach a report even if someone put them in a spec.
_SECRET_RE = re.compile(r"(api[_-]?key|secret|token|password|authorization)", re.I)
_NOT_SECRET = {"api_key_env", "max_tokens", "max_completion_tokens"}


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, gathered from the store once."""

    study: str
    """Study name."""
    analysis: Analysis
    """The typed analysis, exactly as stored."""
    provenance: dict[str, Any]
    """What was run, on what, with which versions; see `provenance()`."""
    exemplars: dict[int, Response] = field(default_factory=dict)
    """Response id -> response, for the exemplar ids of the masks."""
    points: Any = None
    """The points table (pandas DataFrame) for the map, if loaded."""
    computed_now: bool = False
    """True when no analysis was stored and this call computed it."""
    drift_pairs: tuple[tuple[str, str], ...] | None = None
    """(older, newer) model pairs for the drift section; None: consecutive models in the analysis's order."""


# ---------------------------------------------------------------------------- gathering


def load_report(
    store: Store,
    study: str,
    *,
    compute: bool = True,
    embedder: Any = None,
    progress: bool = False,
    log: Callable[[str], None] | None = None,
) -> ReportData:
    """Gather a study's report data; compute and store the analysis when none is stored."""
    row = store.study_row(study)
    if row is None:
        known = ", ".join(s["name"] for s in store.studies()) or "none"
        raise InputError(store.path, "--study", f"unknown study '{study}' (known: {known})")
    from core.analysis import analyze, load_analysis  # heavy imports only when a report is made

    result = load_analysis(store, study)
    computed = False
    if result is None:
        if not compute:
            raise InputError(store.path, "--study", f"no stored analysis for '{study}'")
        if log:
            log(f"no stored analysis for '{study}': computing it now (it is stored for next time)")
        result = analyze(store, study, embedder=embedder, progress=progress)
        computed = True
    data = result.analysis
    responses = store.responses(study)
    wanted = {int(i) for m in data.masks for i in m.exemplar_ids[:EXEMPLARS_SHOWN]}
    exemplars = {r.id: r for r in responses if r.id is not None and r.id in wanted}
    points = result.points
    if points is not None and "excerpt" not in points and "response_id" in points:
        # The map's hover shows an excerpt; the figure builder makes it plain text.
        text = {r.id: r.text[:EXCERPT_CHARS] for r in responses}
        points = points.assign(excerpt=points["response_id"].map(lambda i: text.get(int(i), "")))
    return ReportData(
        study=study,
        analysis=data,
        provenance=provenance(store, study, data, responses),
        exemplars=exemplars,
        points=points,
        computed_now=computed,
    )


def provenance(store: Store, study: str, data: Analysis, responses: Sequence[Response]) -> dict[str, Any]:
    """The study as run, every template and question as sent, versions, markers, a hash of the responses."""
    row = store.study_row(study) or {}
    spec = _scrub(row.get("spec", {}))
    contexts = [
        {"id": c.id, "label": c.label, "description": c.description, "tags": c.tags,
         "messages": [{"role": m.role, "content": m.content, **({"name": m.name} if m.name else {})}
                      for m in c.messages]}
        for c in store.contexts(study)
    ]
    questions = store.questions(study)
    bank_text = {q.id: q.text for q in questions}
    asked: dict[str, set[str]] = {}
    for r in responses:
        if r.question_text and r.question_text != bank_text.get(r.question_id):
            asked.setdefault(r.question_id, set()).add(r.question_text)
    models: dict[str, dict[str, Any]] = {}
    for r in responses:
        m = models.setdefault(r.model, {"model": r.model, "n_responses": 0, "n_errors": 0})
        m["n_responses"] += 1
        m["n_errors"] += int(r.error is not None)
    for spec_model in spec.get("models", []) or []:
        entry = {"model": spec_model} if isinstance(spec_model, str) else dict(spec_model)
        name = str(entry.get("model", ""))
        models.setdefault(name, {"model": name, "n_responses": 0, "n_errors": 0})["params"] = entry.get("params", {})
    ok = [r for r in responses if r.error is None]
    return {
        "generated_at": now(),
        "generated_by": {"maskscope": _maskscope_version(), "python": sys.version.split()[0]},
        "study": {k: row.get(k) for k in ("name", "kind", "source", "baseline", "spec_hash", "created_at",
                                          "updated_at")}
        | {"spec": spec, "spec_sha256": _spec_sha256(row.get("spec", {}))},
        "contexts": contexts,
        "rendering": "messages as sent: each context's template with {question} replaced by the question's text "
                     "and {scale_instructions} by the scale's instructions, if any (core.bank.render)",
        "questions": [
            {"id": q.id, "category": q.category, "text": q.text, "scale": q.scale, "reverse": q.reverse,
             "subscale": q.subscale, **({"as_asked": sorted(asked[q.id])} if q.id in asked else {})}
            for q in questions
        ],
        "models": sorted(models.values(), key=lambda m: m["model"]),
        "sampling": _sampling(row),
        "analysis": {
            "embedder": data.embedder,
            "seed": data.seed,
            "settings": clean(data.provenance.settings),
            "provenance": clean(data.provenance),
        },
        "packages": package_versions(),
        "markers": markers_provenance(),
        "responses": {
            "n_stored": len(responses),
            "n_ok": len(ok),
            "n_analysed": data.n_responses,
            "sha256": responses_sha256(ok),
            "recipe": RESPONSES_RECIPE,
        },
    }


def _spec_sha256(spec: Any) -> str:
    # The same recipe as core.study.spec_hash, applied to the spec as stored.
    return hashlib.sha256(json.dumps(spec, sort_keys=True, default=str).encode()).hexdigest()


def markers_provenance(path: Path = MARKERS_FILE) -> dict[str, Any]:
    """The marker definitions as they are on disk now: text, sha256, declared version."""
    if not path.exists():
        return {"path": _rel(path), "sha256": None, "version": None, "content": None}
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    m = re.search(r"^version:\s*['\"]?([^'\"\n#]+)", text, re.M)
    return {"path": _rel(path), "sha256": hashlib.sha256(raw).hexdigest(),
            "version": m.group(1).strip() if m else None, "content": text}


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _maskscope_version() -> str:
    try:
        import tomllib

        return str(tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "unknown"


def _sampling(row: dict[str, Any]) -> dict[str, Any]:
    spec = row.get("spec", {}) or {}
    if row.get("kind") != "run":
        return {"note": "imported responses: sampling happened outside Maskscope; see the study spec",
                **{k: spec[k] for k in ("temperature", "max_tokens", "seed", "samples") if k in spec}}
    seed = int(spec.get("seed", 7))
    samples = int(spec.get("samples", 5))
    return {
        "temperature": spec.get("temperature", 1.0),
        "max_tokens": spec.get("max_tokens", 300),
        "samples": samples,
        "seed": seed,
        "provider_seed": "per cell: first 31 bits of sha256 of [seed, model, question, context, sample] "
                         "(core.study.sample_seed)",
    }


def _scrub(obj: Any) -> Any:
    """Drop anything that looks like a secret value (a spec may not hold one, but never print it)."""
    if isinstance(obj, dict):
        return {k: ("<redacted>" if _SECRET_RE.search(str(k)) and str(k) not in _NOT_SECRET else _scrub(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    return obj


# ---------------------------------------------------------------------------- shared views


def _models(data: Analysis) -> list[str]:
    return list(data.models)


def _num(x: Any, digits: int = 3) -> str:
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


def _n(k: int, noun: str) -> str:
    return f"{k} {noun}" + ("" if k == 1 else "s")


def _p(x: Any) -> str:
    if x is None:
        return "n/a"
    return "< 0.001" if x < 0.001 else f"{x:.3f}"


def _ci(lo: Any, hi: Any) -> str:
    return f"[{_num(lo)}, {_num(hi)}]"


Sentence = list[str]
"""A sentence as segments: plain str is the report's own wording, U came from data."""


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


def _untested_sentence(data: Analysis) -> Sentence:
    skip = untested(data)
    if not skip:
        return []
    example = next(iter(skip.values()))
    return [f"Not tested ({len(skip)} context{'s' if len(skip) != 1 else ''}): ", U(", ".join(skip)),
            "; for example: ", U(example), "."]


def _rule(data: Analysis, which: str) -> str:
    """What a `significant` flag tests, as the analysis recorded it."""
    sig = data.provenance.settings.significance
    return getattr(sig, which) if sig is not None else f"< {data.alpha:g}"


def _shift_sentence(data: Analysis, model: str) -> Sentence:
    """One sentence about a model's context shift."""
    rows = [r for r in _context_rows(data, model) if r.mean_distance is not None]
    summ = data.summary_of(model)
    if not rows:
        return [U(model), ": no context could be tested against the baseline."]
    top = max(rows, key=lambda r: r.mean_distance or 0.0)
    ratio = f", distance / noise floor {top.effect:.2f}" if top.effect is not None else ""
    return [U(model), ": the largest mean shift from baseline is in ", U(top.context_id),
            f" ({_num(top.mean_distance)}, 95% CI {_ci(top.ci_low, top.ci_high)}, "
            f"p {_p(top.p_value)}{ratio}); {summ.n_significant} of {summ.n_tests} question × context tests are "
            "significant (", U(_rule(data, "question")), ")."]


def _describe(r: ComparisonRecord) -> Sentence:
    """One comparison record as a sentence."""
    return [U(r.context_id), ": ", U(r.model_a), " minus ", U(r.model_b),
            f" = {_num(r.difference)} {_ci(r.ci_low, r.ci_high)} over "
            f"{r.n_questions} questions, p {_p(r.p_value)}, q {_p(r.q_value)}"]


def methods_text(data: Analysis, prov: dict[str, Any]) -> list[Sentence]:
    """The methods section as sentences, generated from the settings the analysis recorded."""
    s = data.provenance.settings
    out: list[Sentence] = []
    out.append([f"{data.n_responses} responses without error of {len(_models(data))} model(s) in "
                f"{len(data.contexts)} contexts were analysed; the baseline context is ",
                U(data.baseline_context), "."])
    emb: Sentence = ["Responses were embedded with ", U(data.embedder)]
    if s.normalizer:
        emb += [" after surface normalisation (", U(s.normalizer), "; the raw text is what the report shows)"]
    else:
        emb += [" without surface normalisation"]
    out.append(emb + ["; embeddings are cached by embedder id and the sha256 of the text."])
    out.append([
        "Context shift on each question: energy distance on cosine distance between a context's samples and "
        "the baseline's samples; the noise floor is the mean pairwise distance within a context; p-values come "
        "from permuting context labels (", U(s.n_perm),
        " permutations, exact enumeration where there are fewer splits; no per-question CI, which a handful of "
        "samples cannot support), tested hierarchically: contexts by Benjamini-Hochberg over a model's contexts, "
        "then questions only inside the contexts found (significant: ",
        U(_rule(data, "question")), "). Cells with fewer than 2 samples get no test. "
        "The per-context effect averages over questions, with a 95% t interval over questions and a permutation "
        "test that shuffles context labels within each question (significant: ", U(_rule(data, "context")), ").",
    ])
    if len(_models(data)) > 1:
        out.append(["Models are compared per context on the per-question shifts both have: ",
                    U(s.comparison_test), ", 95% CIs by bootstrap over questions (", U(s.n_boot),
                    " resamples; significant: ",
                    U(_rule(data, "comparison")), ")."])
    out.append(["Masks (recurring ways of answering across questions) were found with the ",
                U(s.mask_method), " method (its parameters per model are listed "
                "under Provenance); stability is the mean adjusted Rand index of the masks over ",
                U(s.stability_reruns), " reruns with other seeds; keywords are c-TF-IDF "
                "terms and exemplars the responses nearest each mask's centre."])
    mk = prov["markers"]
    used = data.provenance.markers
    out.append(["Markers are regular expressions from ", U(used.path), " (version ",
                U(used.version), ", sha256 ", U(used.sha256), "); rates per model and context with "
                "question-clustered 95% CIs (Wilson at n / design effect) and a paired sign-flip test against "
                "the baseline over questions."])
    if mk.get("sha256") and used.sha256 != mk["sha256"]:
        out.append(["Note: the marker definitions on disk (sha256 ", U(mk["sha256"]), ") differ from the ones "
                    "this analysis used; the numbers above follow the analysed definitions."])
    if data.scales:
        out.append(["Scales: a run (model, context, sample) is scored by summing its item ratings after reverse "
                    "keying; runs with too many invalid items are excluded as the scale file says; each context "
                    "is compared with the baseline by Welch's t-test, signed Hedges' g with its 95% CI (noncentral t) "
                    "and, for comparison with published figures, the unsigned Cohen's d (pooled sd as "
                    "sqrt((sd_a² + sd_b²) / 2)); the mean's 95% CI is ", U(s.scale_ci or "not recorded"),
                    " (significant: ", U(_rule(data, "scale")), ")."])
    out.append([f"Analysis seed {data.seed}; the same responses, settings and seed give the same numbers."])
    return out


def _md_s(parts: Sentence) -> str:
    return "".join(md(p) if isinstance(p, U) else p for p in parts)


def _html_s(parts: Sentence) -> str:
    return "".join(esc(p) for p in parts)


def _plain(x: Any) -> str:
    if isinstance(x, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in x.items())
    if isinstance(x, list | tuple):
        return ", ".join(_plain(v) for v in x)
    return str(x)


# ---------------------------------------------------------------------------- JSON


def render_json(rd: ReportData) -> str:
    """Everything in analysis.json under `analysis`, plus the study spec and provenance."""
    doc = {
        "report": "maskscope",
        "report_version": REPORT_VERSION,
        "generated_at": rd.provenance["generated_at"],
        "study": rd.provenance["study"],
        "analysis": rd.analysis.to_json_dict(),
        "provenance": rd.provenance,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, default=_json_default) + "\n"


def _json_default(o: Any) -> Any:
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, set | tuple):
        return list(o)
    return str(o)


# ---------------------------------------------------------------------------- Markdown

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


SCORES_NOTE = ("Per scorer (offline, LLM judge, or a follow-up probe's answers) x model x context: mean score "
               "(signed, -1..1; probes in their own unit), 95% CI resampling questions, the mean paired "
               "difference from the baseline over shared questions and its sign-flip permutation p.")
SCORE_HEADERS = ["model", "scorer", "context", "n", "unscored", "mean", "95% CI", "vs baseline", "p"]


def _score_cells(s: ScoreSummary, text: Callable[[Any], str]) -> list[str]:
    """One score-summary row as table cells; `text` escapes ids for the format."""
    return [text(s.model), text(s.scorer), text(s.context_id), str(s.n), str(s.n_unscored), _num(s.mean, 2),
            _ci2(s.ci_low, s.ci_high), _num(s.diff_vs_baseline, 2), _p(s.p_value)]


def _scale_cells(s: ContextScore, text: Callable[[Any], str]) -> list[str]:
    """One scale row as table cells; `text` escapes ids for the format."""
    return [text(s.model), text(s.scale_id), text(s.context_id), str(s.n_runs_valid), str(s.n_runs_excluded),
            _num(s.mean, 2) + _star(s), _ci2(s.mean_ci_low, s.mean_ci_high), _num(s.sd, 2), _num(s.t, 2),
            _p(s.p_value), _p(s.q_value), _g(s), _num(s.cohen_d, 2)]


def _g(s: ContextScore) -> str:
    """Signed Hedges' g with its 95% CI, as the pipeline computed it."""
    if s.hedges_g is None:
        return "–"
    return f"{s.hedges_g:+.2f} {_ci2(s.g_ci_low, s.g_ci_high)}"


def _star(r: ContextShiftRecord | ContextScore | ComparisonRecord) -> str:
    """The pipeline's significance flag as a star; never a test of its own."""
    return "*" if r.significant else ""


def _md_shift(d: Analysis, models: list[str]) -> list[str]:
    ctxs = _context_order(d)
    by = {(c.model, c.context_id): c for c in d.context_shift}
    floors = noise_floors(d)
    out: list[str] = []
    if len(models) == 1:
        m = models[0]
        rows = [[md(c), _num(r.mean_distance) + _star(r), _ci(r.ci_low, r.ci_high),
                 _p(r.p_value), _num(floors.get((m, c))), f"{r.n_significant} / {r.n_questions}"]
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
                         f"{_num(r.mean_distance)}{_star(r)} {_ci(r.ci_low, r.ci_high)}, "
                         f"p {_p(r.p_value)}, nf {_num(floors.get((m, c)))}")
        if pair:
            x = diffs.get((c, *pair))
            cells.append("n/a" if x is None or x.difference is None else
                         f"{_num(x.difference)}{_star(x)} {_ci(x.ci_low, x.ci_high)}, q {_p(x.q_value)}")
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
           f"{_n(len(masks), 'mask')}; NMI between mask and context {_num(d.mask_context_nmi.get(m))}; "
           f"stability (mean ARI over reruns) {_num(d.stability.get(m))}.", ""]
    if not masks:
        return out
    out += [_md_table(["mask", "size", "top context", "purity", "keywords"],
                      [[md(k.mask_id), str(k.size), md(k.top_context), _num(k.purity),
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


def _exemplars(rd: ReportData, k: MaskRecord) -> list[Response]:
    return [rd.exemplars[int(i)] for i in k.exemplar_ids[:EXEMPLARS_SHOWN] if int(i) in rd.exemplars]


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
                         f"{_num(k.rate, 2)} {_ci2(k.ci_low, k.ci_high)}" for n in names]))
    return names, rows


def _ci2(lo: Any, hi: Any) -> str:
    return f"[{_num(lo, 2)}, {_num(hi, 2)}]"


def _indent(block: str) -> str:
    return "\n".join(("   " + line) if line else "" for line in block.splitlines())


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


# ---------------------------------------------------------------------------- HTML

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


def render_html(rd: ReportData) -> str:
    """One self-contained HTML file: plotly inlined once, no external request, all text escaped."""
    from plotly.offline import get_plotlyjs

    from core import figures

    d, prov = rd.analysis, rd.provenance
    models = _models(d)
    fig = _Figures()
    floors = noise_floors(d)
    sections: list[tuple[str, str, str]] = []  # (anchor, title, body html)

    sections.append(("findings", "Findings", _html_findings(d)))

    # summary
    summary = [f"<p>{rd.provenance['responses']['n_ok']} responses of {len(models)} model(s) in "
               f"{len(d.contexts)} contexts; baseline <b>{esc(d.baseline_context)}</b>; "
               f"embedder <code>{esc(d.embedder)}</code>; seed {esc(d.seed)}.</p>"]
    if rd.computed_now:
        summary.append('<p class="note">No analysis was stored; it was computed for this report and stored.</p>')
    summary.append("<ul>" + "".join(f"<li>{_html_s(_shift_sentence(d, m))}</li>" for m in models) + "</ul>")
    summary.append(_html_table(
        ["model", "masks", "mask–context NMI", "mask stability (ARI)"],
        [[esc(m), str(len(d.masks_of(m))), _num(d.mask_context_nmi.get(m)), _num(d.stability.get(m))]
         for m in models]))
    sections.append(("summary", "Summary", "".join(summary)))

    # per model overview
    ov = []
    for m in models:
        rows = []
        for r in _context_rows(d, m):
            rows.append([esc(r.context_id), _num(r.mean_distance) + _star(r), _ci(r.ci_low, r.ci_high),
                         _p(r.p_value), _num(floors.get((m, r.context_id))),
                         f"{esc(r.n_significant)} / {esc(r.n_questions)}"])
        ov.append(f"<h3>{esc(m)}</h3>")
        ov.append(fig(partial(figures.context_shift_figure, d, m)))
        ov.append(_html_table(["context", "mean distance", "95% CI", "p", "noise floor", "significant questions"],
                              rows))
        ov.append(f'<p class="sub">* significant: {esc(_rule(d, "context"))}; '
                  f"significant questions: {esc(_rule(d, 'question'))}. "
                  f"{_html_s(_untested_sentence(d))}</p>")
        ov.append(fig(partial(figures.shift_heatmap, d, m)))
    sections.append(("overview", "Context shift per model", "".join(ov)))

    # map
    if rd.points is not None and len(rd.points):
        sections.append(("map", "Map of responses",
                         "<p>2-D layout of the responses, coloured by context.</p>"
                         + fig(lambda: figures.map_figure(rd.points, "context"), height=560)))

    # masks
    colors = figures.colors_for(d)
    mk = []
    for m in models:
        masks = d.masks_of(m)
        mk.append(f"<h3>{esc(m)}</h3><p>{_n(len(masks), 'mask')}; NMI between mask and context "
                  f"{_num(d.mask_context_nmi.get(m))}; stability {_num(d.stability.get(m))}.</p>")
        for k in masks:
            kws = "".join(f'<span class="kw">{esc(w)}</span>' for w in k.keywords)
            ex = _exemplars(rd, k)
            exh = "".join(
                f"<details{' open' if j == 0 else ''}><summary>response {esc(r.id)} · {esc(r.question_id)} · "
                f"{esc(r.context_id)} · sample {esc(r.sample)}</summary><pre>{esc(r.text)}</pre></details>"
                for j, r in enumerate(ex))
            mk.append(
                f'<div class="card"><h4>{esc(mask_title(k))}</h4>'
                f"<p>size {esc(k.size)}; top context <b>{esc(k.top_context)}</b>; purity "
                f"{_num(k.purity)}; stability {_num(k.stability)}; AMI with context "
                f"{_num(k.ami)} (p {_num(k.ami_p)})</p><p>{kws}</p>"
                + fig(partial(figures.mask_context_bar, k, colors), height=220)
                + exh + "</div>")
    sections.append(("masks", "Masks", "".join(mk) or "<p>No masks.</p>"))

    # scales
    if d.scales:
        sc = []
        for m in models:
            for sid in figures.scale_ids(d, m):
                sc.append(f"<h3>{esc(m)}: {esc(sid)}</h3>"
                          + fig(partial(figures.scales_figure, d, m, sid)))
        sc.append(_html_table(
            ["model", "scale", "context", "valid runs", "excluded", "mean", "95% CI", "sd", "t", "p", "q",
             "Hedges' g [95% CI]", "|Cohen's d| (v1)"],
            [_scale_cells(s, esc) for s in d.scales]))
        sc.append(f'<p class="sub">* significant: {esc(_rule(d, "scale"))}.</p>')
        sections.append(("scales", "Scales", "".join(sc)))

    # markers
    if d.markers:
        mfigs = "".join(fig(partial(figures.marker_figure, d, m)) for m in models
                        if d.markers_of(m))
        tables = ""
        for m in models:
            names, mrows = marker_table(d, m)
            if mrows:
                tables += f"<h3>{esc(m)}</h3>" + _html_table(
                    ["context", *[esc(n) for n in names]], [[esc(c), *[esc(x) for x in cells]] for c, cells in mrows])
        sections.append(("markers", "Markers", "<p>Share of responses matching each marker, with "
                         "question-clustered 95% CIs.</p>" + mfigs + tables))

    if d.scores:
        sections.append(("scores", "Response scores", f"<p>{esc(SCORES_NOTE)}</p>" + _html_table(
            SCORE_HEADERS, [_score_cells(x, esc) for x in d.scores])))

    # comparison
    if len(models) > 1:
        by = {(c.model, c.context_id): c for c in d.context_shift}
        rows = [[esc(c)] + [
            "n/a" if (cr := by.get((m, c))) is None else
            f"{_num(cr.mean_distance)}{_star(cr)} {_ci(cr.ci_low, cr.ci_high)}, p {_p(cr.p_value)}"
            for m in models] for c in _context_order(d)]
        comp = [r for r in d.comparison.differences if r.p_value is not None]
        body = (fig(lambda: figures.compare_figure(d.comparison, contexts=d.contexts))
                + _html_table(["context", *[esc(m) for m in models]], rows)
                + f'<p class="sub">* significant: {esc(_rule(d, "context"))}.</p>')
        if comp:
            body += "<h3>Differences</h3>" + _html_table(
                ["context", "model A", "model B", "shared questions", "A − B", "95% CI", "p", "q", "significant"],
                [[esc(r.context_id), esc(r.model_a), esc(r.model_b), esc(r.n_questions),
                  _num(r.difference), _ci(r.ci_low, r.ci_high), _p(r.p_value),
                  _p(r.q_value), '<span class="sig">yes</span>' if r.significant else "no"]
                 for r in comp]) + f'<p class="sub">significant: {esc(_rule(d, "comparison"))}.</p>'
        sections.append(("comparison", "Model comparison", body))

    drift_html = _html_drift(rd)
    if drift_html:
        sections.append(("drift", "Version drift", drift_html))

    # methods + provenance
    if d.verdicts:
        sections.append(("verdict", "Robust, or hiding and smiling?", _html_verdict(d)))
    sections.append(("methods", "Methods", "".join(f"<p>{_html_s(s)}</p>" for s in methods_text(d, prov))))
    sections.append(("provenance", "Provenance", _html_provenance(prov)))

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


# ---------------------------------------------------------------------------- writing

RENDERERS: dict[str, Callable[[ReportData], str]] = {
    "html": render_html, "md": render_markdown, "json": render_json,
}


def render(fmt: str, rd: ReportData) -> str:
    """Render in one of FORMATS."""
    if fmt not in RENDERERS:
        raise InputError("--format", "", f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})")
    return RENDERERS[fmt](rd)


def write_report(fmt: str, out_path: str | Path, rd: ReportData) -> Path:
    """Render and write atomically: the old file or the complete new one, never half."""
    return write_atomic(out_path, render(fmt, rd))


# ---------------------------------------------------------------- findings and drift (core.findings, core.drift)


def _findings_by_model(d: Analysis) -> list[tuple[str | None, list[Any]]]:
    from core.findings import findings

    found = findings(d)
    return [(m, [f for f in found if f.model == m]) for m in [*_models(d), None] if any(f.model == m for f in found)]


def _html_findings(d: Analysis) -> str:
    out = ['<p class="sub">Generated from the analysis: every number is a field of analysis.json; '
           "each sentence links to the section with its evidence.</p>"]
    for m, fs in _findings_by_model(d):
        out.append(f"<h3>{esc(m) if m else 'Study'}</h3><ul>" + "".join(
            f'<li>{_html_s(list(f.parts))} <a href="#{esc(f.evidence.anchor)}">evidence</a></li>' for f in fs)
            + "</ul>")
    return "".join(out)


def _md_findings(d: Analysis) -> list[str]:
    out = ["Generated from the analysis: every number is a field of analysis.json.", ""]
    for m, fs in _findings_by_model(d):
        out += [f"### {md(m) if m else 'Study'}", ""]
        out += [f"- {_md_s(list(f.parts))} (evidence: {f.evidence.anchor.title()} section)" for f in fs]
        out.append("")
    return out


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
        return f"{_num(r.mean_distance)}{sig(r.significant)} {_ci(r.ci_low, r.ci_high)}"

    ctx = [[c.context_id, shift(c.shift_a), shift(c.shift_b), f"{_num(c.change)}{sig(c.significant)} "
            f"{_ci(c.ci_low, c.ci_high)}", _p(c.q_value)] for c in x.contexts]
    masks = [[f.status, f.name, ", ".join(f"mask {m.mask_id} (top {m.top_context})" for m in f.masks_a) or "–",
              ", ".join(f"mask {m.mask_id} (top {m.top_context})" for m in f.masks_b) or "–",
              _num(f.profile_change, 2)] for f in x.masks if f.status != "kept"]
    markers = [[r.context_id, r.marker, _num(r.rate_a, 2), _num(r.rate_b, 2),
                f"{_num(r.change, 2)} {_ci2(r.ci_low, r.ci_high)}", _p(r.q_value)] for r in x.markers if r.moved]
    scales = [[r.scale_id, r.context_id, _num(r.mean_a, 2), _num(r.mean_b, 2),
               f"{_num(r.change, 2)} {_ci2(r.ci_low, r.ci_high)}", _p(r.q_value)] for r in x.scales if r.moved]
    questions = [[q.question_id, q.context_id, _num(q.distance_a), _num(q.distance_b), _num(q.change)]
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


# ---------------------------------------------------------------- the verdict panel (core.verdict)

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


def _html_verdict(d: Analysis) -> str:
    out = [f'<p class="sub">{esc(VERDICT_NOTE)}</p>']
    for m in _models(d):
        out.append(f"<h3>{esc(m)}</h3>")
        out.append(_html_table(["side", "evidence", "estimate [95% CI]", "rule"],
                               [[esc(c) for c in r] for r in _verdict_rows(d, m)]))
    return "".join(out)


def _md_verdict(d: Analysis) -> list[str]:
    if not d.verdicts:
        return []
    out = ["## Robust, or hiding and smiling?", "", md(VERDICT_NOTE), ""]
    for m in _models(d):
        out += [f"### {md(m)}", "", _md_table(["side", "evidence", "estimate [95% CI]", "rule"],
                                              [[md(c) for c in r] for r in _verdict_rows(d, m)]), ""]
    return out
