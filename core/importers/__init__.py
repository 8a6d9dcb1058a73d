"""Read existing responses into a study: one module per format, all checked before the store is opened.

`base` (Row in, Imported out, the checks on one row), `jsonl` and `csv` (generic rows), `ryff`
(the ryff-perturbations corpus) with `ryff_bundle` (packs its archive), `build` (rows checked
against each other into a Study) and `formats` (FORMATS, `load_import`, `source_hash`). Inspect
logs and Maskscope exports are read by `core.inspect_io` and `core.export` into the same Imported.
Everything is parsed and checked before the store is opened, so a bad row leaves it untouched.
"""

from __future__ import annotations

from core.importers.base import API_ERROR, MAX_FIELD_CHARS, OPTIONAL, REQUIRED, Imported, Row
from core.importers.build import build, invalid_rates
from core.importers.csv import read_csv
from core.importers.formats import FORMATS, load_import, source_hash
from core.importers.jsonl import read_jsonl
from core.importers.ryff import (
    BUNDLE,
    RYFF_CONTEXTS,
    RYFF_ITEMS,
    RYFF_MODELS,
    RYFF_SCALE,
    classify,
    iter_corpus,
    read_ryff,
    ryff_contexts,
)

__all__ = [
    "API_ERROR", "BUNDLE", "FORMATS", "MAX_FIELD_CHARS", "OPTIONAL", "REQUIRED", "RYFF_CONTEXTS", "RYFF_ITEMS",
    "RYFF_MODELS", "RYFF_SCALE", "Imported", "Row", "build", "classify", "invalid_rates", "iter_corpus",
    "load_import", "read_csv", "read_jsonl", "read_ryff", "ryff_contexts", "source_hash",
]
