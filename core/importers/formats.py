"""The import formats by name, and the entry points that pick a reader for one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.errors import InputError
from core.importers.base import Imported, _read_bytes
from core.importers.build import build
from core.importers.csv import read_csv
from core.importers.jsonl import read_jsonl
from core.importers.ryff import corpus_hash, load_ryff
from core.scales import load_scales

FORMATS = ("jsonl", "csv", "ryff-perturbations", "inspect", "export")


def load_import(path: Path, name: str | None, fmt: str, baseline: str | None = None,
                mapping: Path | None = None) -> Imported:
    """Parse and check everything; touches no store. Inspect logs and exports may name their study."""
    if fmt not in FORMATS:
        raise InputError(path, "--format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    if fmt == "inspect":
        from core.inspect_io import load_inspect

        return load_inspect(path, name, baseline, mapping)
    if fmt == "export":
        from core.export import load_export

        return load_export(path, name, baseline)
    if not name:
        raise InputError(path, "--study", f"required for --format {fmt}")
    scales = load_scales()
    if fmt == "ryff-perturbations":
        return load_ryff(path, name, baseline, scales)
    rows = read_jsonl(path) if fmt == "jsonl" else read_csv(path)
    digest = hashlib.sha256(_read_bytes(path)).hexdigest()
    return build(name, rows, source=path, fmt=fmt, baseline=baseline, scales=scales, source_hash=digest)


def source_hash(path: Path, fmt: str) -> str:
    """sha256 of the input as load_import records it (cheap: no parsing)."""
    if fmt == "inspect":
        from core.inspect_io import source_hash as inspect_hash

        return inspect_hash(path)
    if fmt != "ryff-perturbations":
        return hashlib.sha256(_read_bytes(path)).hexdigest()
    return corpus_hash(path)
