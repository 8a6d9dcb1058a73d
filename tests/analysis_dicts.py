"""Hand-built analysis.json dicts (schema v2) for renderer tests: known numbers, typed through from_json."""

from __future__ import annotations

from typing import Any

from core.analysis_record import Analysis, clean
from core.provenance import Significance

SIGNIFICANCE = Significance(
    question="q < 0.05, BH over the model's tests", context="q < 0.05, BH over the model's contexts",
    scale="p < 0.05, Welch's t against the baseline", comparison="q < 0.05, BH over model pairs × contexts")


def provenance(**settings: Any) -> dict[str, Any]:
    """A provenance block with every required field; `settings` override the defaults."""
    s = dict(normalizer="surface-v1", n_perm=999, n_boot=499, alpha=0.05, mask_method="stance", mask_params={},
             stability_reruns=3, shift_statistic="energy distance", noise_floor="within-context distance",
             context_test="labels shuffled within questions", comparison_test="sign-flip permutation",
             significance=SIGNIFICANCE.__dict__, scale_ci="t interval") | settings
    return dict(versions={}, study_spec_hash="", created_at="2025-01-01T00:00:00+00:00", normalizer="surface-v1",
                markers=dict(version=1, sha256="0" * 64, ids=["ai_disclaimer"], path="data/markers.yaml"),
                masks=dict(method="stance", params={}), responses_sha256="", n_stored=0, n_errors_excluded=0,
                settings=s, key="test-key")


def typed(d: dict[str, Any]) -> Analysis:
    """The dict as the typed record, as analysis.json would hold it (floats to 6 digits; schema_version and
    comparison filled in when missing)."""
    return Analysis.from_json(clean({"schema_version": 2, "comparison": {"models": d.get("models", [])}} | d))


# two_versions(): an older and a newer version of one model, four questions, five contexts
VERSION_MODELS = ["lab/old", "lab/new"]
VERSION_CONTEXTS = ["baseline", "codeblock", "flowers", "cats", "lonely"]
VERSION_QUESTIONS = ["q1", "q2", "q3", "q4"]


def mask_dict(model: str, mask_id: int, keywords: list[str], counts: dict[str, int], **kw: object) -> dict[str, object]:
    """One mask of a model, its purity and top context from `counts` (context -> responses)."""
    top = max(counts, key=lambda c: counts[c])
    return dict(model=model, mask_id=mask_id, size=sum(counts.values()), context_counts=counts, top_context=top,
                purity=counts[top] / sum(counts.values()), keywords=keywords, exemplar_ids=[], reported=True) | kw


def two_versions(study: str = "s") -> Analysis:
    """Two models; 'lonely' has one sample (no test); old has a 'meow purr' mask new lacks, and vice versa."""
    models, contexts, questions = VERSION_MODELS, VERSION_CONTEXTS, VERSION_QUESTIONS
    shift, cshift, scales, markers, diffs = [], [], [], [], []
    for mi, m in enumerate(models):
        for ci, c in enumerate(contexts[1:], start=1):
            for qi, q in enumerate(questions):
                d = None if c == "lonely" else 0.01 * ci + 0.002 * qi + 0.03 * mi * (c == "cats")
                shift.append(dict(model=m, question_id=q, context_id=c, distance=d, noise_floor=0.02,
                                  ci_low=None if d is None else d - 0.004, ci_high=None if d is None else d + 0.004,
                                  p_value=None if d is None else 0.01, q_value=None if d is None else 0.02,
                                  significant=d is not None, note="no test: context 'lonely' has 1 sample"
                                  if d is None else None))
            tested = c != "lonely"
            mean = 0.01 * ci + 0.003 + 0.03 * mi * (c == "cats") if tested else None
            cshift.append(dict(model=m, context_id=c, mean_distance=mean, ci_low=mean and mean - 0.002,
                               ci_high=mean and mean + 0.002, p_value=0.001 if tested else None,
                               q_value=0.002 if tested else None, significant=tested,
                               n_questions=4 if tested else 0, n_significant=4 if tested else 0,
                               mean_noise_floor=0.02 if tested else None, effect=mean and mean / 0.02))
        for c in contexts:
            scales.append(dict(model=m, scale_id="ryff", context_id=c, n_runs_valid=30, n_runs_excluded=0,
                               mean=170.0 + 20 * mi * (c == "cats"), sd=5.0, t=None, p_value=None, cohen_d=None))
            k = 25 if (mi == 1 and c == "codeblock") else 5
            markers.append(dict(model=m, context_id=c, marker="ai_disclaimer", rate=k / 50, ci_low=0.0, ci_high=1.0,
                                n=50, k=k))
    for c in contexts[1:4]:
        diff = -0.03 if c == "cats" else 0.0
        diffs.append(dict(context_id=c, model_a=models[0], model_b=models[1], n_questions=4, mean_a=0.0, ci_low_a=0.0,
                          ci_high_a=0.0, mean_b=0.0, ci_low_b=0.0, ci_high_b=0.0, difference=diff,
                          ci_low=diff - 0.01, ci_high=diff + 0.01, p_value=0.01 if diff else 0.9,
                          q_value=0.03 if diff else 0.9, significant=bool(diff)))
    masks = [
        mask_dict(models[0], 0, ["meow", "purr", "whiskers"], {"cats": 30, "baseline": 2}),
        mask_dict(models[0], 1, ["assessment", "language model"], {"codeblock": 10, "flowers": 10}),
        mask_dict(models[1], 0, ["assessment", "language model"], {"codeblock": 10, "flowers": 10}),
        mask_dict(models[1], 1, ["petals", "bloom", "garden"], {"flowers": 25, "baseline": 1}),
        mask_dict(models[1], -1, ["noise"], {"baseline": 3}),
    ]
    summary = [dict(model=m, n_tests=12, n_untested=4, n_significant=12, share_significant=1.0, noise_floor=0.02,
                    n_masks=2) for m in models]
    return typed(dict(study=study, n_responses=400, models=models, contexts=contexts, baseline_context="baseline",
                      embedder="fake", seed=7, shift=shift, context_shift=cshift, masks=masks,
                      mask_context_nmi={m: 0.4 for m in models}, stability={m: 0.8 for m in models},
                      scales=scales, markers=markers, provenance=provenance(), summary=summary,
                      comparison=dict(models=models, differences=diffs)))
