"""Generated sentences: a model's shift in one line, the methods section from the recorded settings.

A sentence is a list of segments: plain str is the report's own wording, U came from data; each
renderer escapes only the U segments.
"""

from __future__ import annotations

from typing import Any

from core.analysis_record import Analysis
from core.compare import ComparisonRecord
from core.findings import U  # untrusted text inside a generated sentence (one class for findings and reports)
from core.report.views import _ci, _context_rows, _models, _num, _p, _rule, untested

Sentence = list[str]
"""A sentence as segments: plain str is the report's own wording, U came from data."""


def _untested_sentence(data: Analysis) -> Sentence:
    skip = untested(data)
    if not skip:
        return []
    example = next(iter(skip.values()))
    return [f"Not tested ({len(skip)} context{'s' if len(skip) != 1 else ''}): ", U(", ".join(skip)),
            "; for example: ", U(example), "."]


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
