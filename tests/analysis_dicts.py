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
