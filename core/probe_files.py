"""Follow-up probe files (data/probes/*.yaml): loaded and checked, each problem one InputError naming the field."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core import paths
from core.errors import InputError
from core.records import Probe
from core.yamlio import field, load_data_file

PROBES_DIR = paths.DATA_DIR / "probes"
ANSWERS = ("likert", "probability")
KEYS = {"id", "version", "description", "answer", "min", "max", "text"}
SEP = "::"
"""A probe turn is stored under question id `<question>::<probe>`, next to its parent."""


def load_probe(path: Path) -> Probe:
    """Load and check one probe file; every problem is one InputError naming the field."""
    path = Path(path)
    doc, _ = load_data_file(path, KEYS, id_is_name=True)
    pid = doc["id"]
    if SEP in pid:
        raise InputError(path, "id", f"must not contain '{SEP}'")
    answer = field(doc, "answer", str, path)
    if answer not in ANSWERS:
        raise InputError(path, "answer", f"'{answer}' is not one of {', '.join(ANSWERS)}")
    lo = float(field(doc, "min", (int, float), path))
    hi = float(field(doc, "max", (int, float), path))
    if lo >= hi:
        raise InputError(path, "max", f"must be above min ({lo:g})")
    if answer == "probability" and (lo, hi) != (0.0, 1.0):
        raise InputError(path, "min", "a probability runs from 0 to 1")
    text = field(doc, "text", str, path)
    if not text.strip():
        raise InputError(path, "text", "must not be empty")
    return Probe(id=pid, version=str(field(doc, "version", (int, str), path)), text=text.strip(), answer=answer,
                 lo=lo, hi=hi, description=field(doc, "description", str, path, default=""))


def load_study_probes(ids: Sequence[Any], src: Path, folder: Path = PROBES_DIR) -> tuple[Probe, ...]:
    """The probes a study names (its `probes:` list), loaded and checked."""
    out = []
    for i, pid in enumerate(ids):
        p = Path(folder) / f"{pid}.yaml"
        if not isinstance(pid, str) or not p.exists():
            known = ", ".join(sorted(x.stem for x in Path(folder).glob("*.yaml")))
            raise InputError(src, f"probes[{i}]", f"unknown probe '{pid}' (known: {known})")
        out.append(load_probe(p))
    if len({p.id for p in out}) != len(out):
        raise InputError(src, "probes", "a probe is listed twice")
    return tuple(out)
