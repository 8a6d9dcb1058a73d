"""The typed analysis: one frozen record holding every number the app and the reports show.

analysis.json is `Analysis.to_json_text()`; `Analysis.from_json` reads it back. Both are generic over
dataclass fields: a field added to a record (ShiftRecord, ContextScore, ...) or a new tuple-of-records
field on Analysis flows through to_json/from_json with no edit here. Renderers (core.figures,
core.report, core.explore, app.py) only format these fields; they never recompute or re-decide one.

Adding numbers: a new field on an existing record needs a default (so older v2 files still read)
and nothing else. A new kind of record (say DispersionRecord in core/shift.py): a frozen dataclass
with a one-line docstring per field, then one field here,
`dispersion: tuple[DispersionRecord, ...] = ()` on Analysis (after `comparison`, with a default),
filled in core.analysis.analyze (`dispersion=tuple(...)` in the Analysis(...) call); to_json and
from_json pick it up from the annotation. Document it in the README schema section.

Schema: `schema_version` 2 (README, "analysis.json, schema v2"). Version 1 files (no
`schema_version`) are refused with a message to re-run `analyze`: they lack fields v2 renderers
show (e.g. `significant` on context records, scale mean CIs).
"""

from __future__ import annotations

import json
import math
import types
import typing
from collections.abc import Mapping
from dataclasses import MISSING, asdict, dataclass, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

import numpy as np

from core.compare import ComparisonRecord
from core.errors import InputError
from core.markers import MarkerRate
from core.masks import Mask, MaskFamily
from core.provenance import Provenance
from core.scales import ContextScore
from core.scorers.judge import JudgeAgreement
from core.scorers.summary import ScoreSummary
from core.shift import ContextShiftRecord, ShiftRecord
from core.store import Store
from core.verdict import VerdictPanel

SCHEMA_VERSION = 2
"""analysis.json schema version written by this code."""
DIGITS = 6
"""Significant digits of every float in analysis.json."""

T = TypeVar("T")


class SchemaError(InputError):
    """analysis.json that this version cannot read (older schema, missing field)."""


@dataclass(frozen=True)
class MaskRecord(Mask):
    """A mask (core.masks.Mask, every field) and the model it belongs to."""

    model: str = ""
    """The model whose responses form the mask."""


@dataclass(frozen=True)
class Comparison:
    """Models side by side: their context shift and the pairwise differences."""

    models: tuple[str, ...]
    """Models compared, in order (model labels `study:model` when studies are merged)."""
    context_shift: tuple[ContextShiftRecord, ...] = ()
    """Each model's context-level shift (empty with one model)."""
    differences: tuple[ComparisonRecord, ...] = ()
    """Every pair of models in every context, with its test."""


@dataclass(frozen=True)
class ModelSummary:
    """One model's headline numbers, counted once here so no page counts them again."""

    model: str
    """Model id."""
    n_tests: int
    """Question x context tests with a p-value."""
    n_untested: int
    """Question x context cells without a test (fewer than 2 samples)."""
    n_significant: int
    """Of the tests, those whose `significant` flag is set."""
    share_significant: float | None
    """n_significant / n_tests (None without tests)."""
    noise_floor: float | None
    """Mean noise floor over the model's tests (the dashed line of the context-shift figure)."""
    n_masks: int
    """Masks found (the unassigned -1 group not counted)."""


@dataclass(frozen=True)
class Analysis:
    """analysis.json: one study's analysis (schema v2)."""

    study: str
    """Study name."""
    n_responses: int
    """Responses analysed (errors excluded)."""
    models: tuple[str, ...]
    """Models, sorted."""
    contexts: tuple[str, ...]
    """Context ids in the study's order (baseline included)."""
    baseline_context: str
    """The context every other is compared with."""
    embedder: str
    """Embedder id."""
    seed: int
    """Analysis seed."""
    shift: tuple[ShiftRecord, ...]
    """Per model x question x context test against the baseline."""
    context_shift: tuple[ContextShiftRecord, ...]
    """Per model x context shift over questions."""
    masks: tuple[MaskRecord, ...]
    """Masks of every model."""
    mask_context_nmi: dict[str, float | None]
    """Per model: NMI between mask and context (None when no masks)."""
    stability: dict[str, float | None]
    """Per model: mean ARI of the masks over reruns with other seeds (None when no masks)."""
    scales: tuple[ContextScore, ...]
    """Per model x scale x context scale statistics vs the baseline (empty without scored questions)."""
    markers: tuple[MarkerRate, ...]
    """Per model x context x marker rate."""
    provenance: Provenance
    """Versions, hashes, settings, store key."""
    comparison: Comparison
    """Model comparison (context_shift and differences empty with one model)."""
    summary: tuple[ModelSummary, ...] = ()
    """Per model headline numbers (v2)."""
    scores: tuple[ScoreSummary, ...] = ()
    """Per scorer (and probe) x model x context: mean response score, question-clustered CI, paired test vs baseline."""
    judge_agreement: tuple[JudgeAgreement, ...] = ()
    """Per dimension, every pair of LLM judges: agreement on the same responses."""
    verdicts: tuple[VerdictPanel, ...] = ()
    """Per model: robust or hiding and smiling? Every measure with its interval, and its side by a stated rule."""
    schema_version: int = SCHEMA_VERSION
    """analysis.json schema version."""
    mask_families: tuple[MaskFamily, ...] = ()
    """Masks matched across models by their defining sentences (core.masks.mask_families)."""

    # -- derived views (no statistics: selections of stored fields) --------------------------------

    @property
    def alpha(self) -> float:
        """The significance level every `significant` flag used."""
        return self.provenance.settings.alpha

    def summary_of(self, model: str) -> ModelSummary:
        """One model's headline numbers (all zero / None for a model the analysis does not have)."""
        return next((s for s in self.summary if s.model == model),
                    ModelSummary(model, 0, 0, 0, None, None, 0))

    def shift_of(self, model: str) -> list[ShiftRecord]:
        """One model's question x context tests."""
        return [r for r in self.shift if r.model == model]

    def context_shift_of(self, model: str) -> list[ContextShiftRecord]:
        """One model's context-level records."""
        return [r for r in self.context_shift if r.model == model]

    def masks_of(self, model: str) -> list[MaskRecord]:
        """One model's masks."""
        return [m for m in self.masks if m.model == model]

    def scales_of(self, model: str) -> list[ContextScore]:
        """One model's scale rows."""
        return [r for r in self.scales if r.model == model]

    def scores_of(self, model: str) -> list[ScoreSummary]:
        """Score summaries of one model."""
        return [s for s in self.scores if s.model == model]
    def verdict_of(self, model: str) -> VerdictPanel | None:
        """One model's verdict panel (None when the analysis has none)."""
        return next((v for v in self.verdicts if v.model == model), None)

    def markers_of(self, model: str) -> list[MarkerRate]:
        """One model's marker rates."""
        return [r for r in self.markers if r.model == model]

    # -- JSON --------------------------------------------------------------------------------------

    def to_json_dict(self) -> dict[str, Any]:
        """analysis.json as a JSON-ready dict (floats to 6 significant digits, NaN/inf to null)."""
        out = clean(self)
        assert isinstance(out, dict)
        return out

    def to_json_text(self) -> str:
        """analysis.json as written and stored: sorted keys, stable bytes."""
        return to_json(self.to_json_dict())

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str, source: str = "analysis.json") -> Analysis:
        """Read analysis.json (text or parsed); refuses other schema versions with a message to re-run."""
        obj = json.loads(data) if isinstance(data, str) else data
        if not isinstance(obj, Mapping):
            raise SchemaError(source, "", "not an analysis (expected a JSON object)")
        version = obj.get("schema_version", 1)
        if version != SCHEMA_VERSION:
            study = obj.get("study", "NAME")
            raise SchemaError(source, "schema_version",
                              f"analysis schema {version} is not readable by this Maskscope (schema "
                              f"{SCHEMA_VERSION}); re-run `python -m core analyze --study {study}`")
        return build(cls, obj, source)


def stored_schema_version(store: Store, study: str) -> int | None:
    """schema_version of the newest stored analysis of a study (1 for one without); None when there is none."""
    got = store.get_analysis(study)
    if got is None:
        return None
    try:
        v = json.loads(got[0]).get("schema_version", 1)
    except (ValueError, AttributeError):
        return 1
    return v if isinstance(v, int) else 1


def mask_record(model: str, mask: Mask) -> MaskRecord:
    """A Mask with its model (every field of Mask carried over, whatever fields it has)."""
    return MaskRecord(model=model, **{f.name: getattr(mask, f.name) for f in fields(mask) if f.init})


# --- serialisation --------------------------------------------------------------------------------


def clean(obj: Any, digits: int = DIGITS) -> Any:
    """JSON-ready copy: dataclasses to dicts, numpy to Python, floats to 6 significant digits, NaN/inf to None."""
    if is_dataclass(obj) and not isinstance(obj, type):
        return clean(asdict(obj), digits)
    if isinstance(obj, dict):
        return {str(k): clean(v, digits) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [clean(v, digits) for v in obj]
    if isinstance(obj, bool | np.bool_):
        return bool(obj)
    if isinstance(obj, int | np.integer):
        return int(obj)
    if isinstance(obj, float | np.floating):
        f = float(obj)
        if not math.isfinite(f):
            return None
        # significant digits, not decimals: a p-value of 3e-12 must not print as 0.0
        r = float(f"{f:.{digits}g}")
        return 0.0 if r == 0 else r  # no "-0.0"
    if isinstance(obj, np.ndarray):
        return clean(obj.tolist(), digits)
    return obj


def to_json(data: Mapping[str, Any]) -> str:
    """Stable JSON text: sorted keys, 1-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False) + "\n"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def build(cls: type[T], value: Any, source: str = "analysis.json", where: str = "") -> T:
    """A record of type `cls` from its JSON dict: unknown keys ignored, missing defaulted fields defaulted."""
    where = where or cls.__name__
    if not isinstance(value, Mapping):
        raise SchemaError(source, where, f"expected an object, got {type(value).__name__}")
    hints = _hints(cls)  # type: ignore[arg-type]
    kw: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if not f.init:
            continue
        if f.name in value:
            kw[f.name] = _value(hints[f.name], value[f.name], source, f"{where}.{f.name}")
        elif f.default is MISSING and f.default_factory is MISSING:
            raise SchemaError(source, f"{where}.{f.name}", "missing")
    return cls(**kw)


def _value(tp: Any, value: Any, source: str, where: str) -> Any:
    """A JSON value converted to the annotated type: records built, lists to tuples where declared."""
    if value is None:
        return None
    origin = get_origin(tp)
    if isinstance(tp, type) and is_dataclass(tp):
        return build(tp, value, source, where)
    if origin in (types.UnionType, typing.Union):
        options = [a for a in get_args(tp) if a is not type(None)]
        return _value(options[0], value, source, where) if len(options) == 1 else value
    if origin is tuple and isinstance(value, list):
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_value(args[0], v, source, f"{where}[{i}]") for i, v in enumerate(value))
        return tuple(_value(a, v, source, f"{where}[{i}]") for i, (a, v) in enumerate(zip(args, value, strict=False)))
    if origin is dict and isinstance(value, Mapping):
        vt = get_args(tp)[1] if len(get_args(tp)) == 2 else Any
        return {str(k): _value(vt, v, source, f"{where}.{k}") for k, v in value.items()}
    return value
