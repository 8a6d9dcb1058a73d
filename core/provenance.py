"""Provenance of an analysis: what was run, on what, with which settings and versions.

Its own module so that the pipeline (core.analysis) and the renderers (core.report) both import it
without importing each other. The records are part of analysis.json (schema v2, see the README).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from core.records import Response

PACKAGES = (
    "litellm", "sentence-transformers", "umap-learn", "hdbscan", "plotly", "streamlit",
    "numpy", "scipy", "scikit-learn", "torch", "pandas",
)
"""Packages whose versions the numbers depend on."""
RESPONSES_RECIPE = ("sha256 over one line per response without error, in (model, question_id, context_id, "
                    "sample) order: json.dumps([id, model, question_id, context_id, sample, text]) + '\\n'")


def json_sha256(obj: Any) -> str:
    """sha256 hex digest of obj as JSON with sorted keys (anything JSON cannot hold goes in as str())."""
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def responses_sha256(responses: Iterable[Response]) -> str:
    """A hash of the responses analysed; the recipe (RESPONSES_RECIPE) is stated in every report."""
    h = hashlib.sha256()
    rows = sorted(responses, key=lambda r: (r.model, r.question_id, r.context_id, r.sample))
    for r in rows:
        h.update((json.dumps([r.id, r.model, r.question_id, r.context_id, r.sample, r.text]) + "\n").encode())
    return h.hexdigest()


def package_versions() -> dict[str, str | None]:
    """Installed versions of the packages the numbers depend on (None: not installed)."""
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


@dataclass(frozen=True)
class Significance:
    """What each `significant` flag of the analysis tests, in words (captions print these)."""

    question: str
    """Rule behind ShiftRecord.significant (question x context tests)."""
    context: str
    """Rule behind ContextShiftRecord.significant."""
    scale: str
    """Rule behind ContextScore.significant."""
    comparison: str
    """Rule behind ComparisonRecord.significant."""


@dataclass(frozen=True)
class Settings:
    """The analysis settings; every one is part of the store key."""

    normalizer: str
    """Id of the surface normaliser applied before embedding (core.normalize.NORMALIZER_ID)."""
    n_perm: int
    """Permutations per test."""
    n_boot: int
    """Bootstrap resamples per interval."""
    alpha: float
    """Significance level of every test (core.shift.ALPHA)."""
    mask_method: str
    """Mask method: stance | residual."""
    mask_params: dict[str, dict[str, Any]]
    """Per model: the mask method's parameters as run (or `error` when no masks could be found)."""
    stability_reruns: int
    """Reruns with other seeds behind the mask stability."""
    shift_statistic: str
    """The shift statistic, in words."""
    noise_floor: str
    """How the noise floor is computed, in words."""
    context_test: str
    """The context-level test, in words."""
    comparison_test: str
    """The model comparison test, in words."""
    significance: Significance | None = None
    """What each `significant` flag tests (None in analyses that predate it)."""
    scale_ci: str = ""
    """How ContextScore.mean_ci_low/high are computed, in words."""


@dataclass(frozen=True)
class MarkersUsed:
    """The marker definitions an analysis used."""

    version: int | str
    """Version declared in the markers file."""
    sha256: str
    """sha256 of the markers file's content."""
    ids: tuple[str, ...]
    """Marker ids, in file order (the points.csv marker columns)."""
    path: str
    """Where the definitions came from (repo-relative for the bundled file)."""


@dataclass(frozen=True)
class MaskSettings:
    """The mask method and its parameters per model."""

    method: str
    """stance | residual."""
    params: dict[str, dict[str, Any]]
    """Per model: the parameters as run (or `error`)."""


@dataclass(frozen=True)
class EmbeddingUsed:
    """How the texts were embedded."""

    id: str
    """Embedder id (the cache key's): model, backend, reading of long texts."""
    engine: str
    """local | ray: where the embedding ran (same vectors either way)."""
    long_texts: str
    """How texts longer than the model's input were read, in words."""


@dataclass(frozen=True)
class Provenance:
    """analysis.json `provenance`: versions, hashes, settings and the store key."""

    versions: dict[str, str | int | None]
    """python, analysis (the pipeline version) and the PACKAGES' versions."""
    study_spec_hash: str
    """Hash of the study spec as stored."""
    created_at: str
    """UTC ISO-8601 time the analysis ran: the one field that differs between identical runs."""
    normalizer: str
    """Surface normaliser id."""
    markers: MarkersUsed
    """The marker definitions used."""
    masks: MaskSettings
    """Mask method and parameters."""
    responses_sha256: str
    """responses_sha256() of the analysed responses."""
    n_stored: int
    """Responses stored for the study, errors included."""
    n_errors_excluded: int
    """Responses with an error, left out of the analysis."""
    settings: Settings
    """The analysis settings."""
    key: str
    """Store key: sha256 over the settings and input hashes."""
    embedding: EmbeddingUsed | None = None
    """How the texts were embedded (None in analyses stored before it was recorded)."""
