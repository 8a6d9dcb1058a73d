"""Markers: versioned, transparent regular expressions (data/markers.yaml) counted per response."""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core import paths
from core.errors import InputError
from core.yamlio import field as yfield
from core.yamlio import load_yaml, need_mapping

MARKERS_FILE = paths.DATA_DIR / "markers.yaml"
FLAG_NAMES = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL}
Z95 = 1.959963984540054


@dataclass(frozen=True)
class Marker:
    """One marker: an id and the regexes any of which marks a response."""

    id: str
    """Stable id; also the points.csv column name."""
    label: str
    """Short human label."""
    description: str
    """What the marker means and what it leaves out."""
    patterns: tuple[str, ...]
    """Python regular expressions, searched anywhere in the text."""
    flags: tuple[str, ...] = ()
    """re flag names (IGNORECASE, MULTILINE, DOTALL)."""
    compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    """The patterns compiled with the flags."""

    def matches(self, text: str) -> bool:
        """True when any pattern occurs in `text`."""
        return any(p.search(text) for p in self.compiled)


@dataclass(frozen=True)
class MarkerSet:
    """A marker file as loaded: its version and hash go into provenance."""

    version: int | str
    """The file's declared version."""
    sha256: str
    """sha256 of the file's bytes."""
    source: str
    """Path it was read from."""
    markers: tuple[Marker, ...]
    """The markers in file order."""

    @property
    def ids(self) -> list[str]:
        """Marker ids in order."""
        return [m.id for m in self.markers]


@dataclass(frozen=True)
class MarkerRate:
    """How often a marker occurs in one model x context."""

    model: str
    """Model id."""
    context_id: str
    """Context id."""
    marker: str
    """Marker id."""
    rate: float | None
    """Share of responses carrying the marker (None with no responses)."""
    ci_low: float | None
    """Wilson 95% interval, lower end."""
    ci_high: float | None
    """Wilson 95% interval, upper end."""
    n: int = 0
    """Responses counted."""
    k: int = 0
    """Of those, responses carrying the marker."""


def load_markers(path: str | Path = MARKERS_FILE) -> MarkerSet:
    """Load and validate a marker file; a bad field is one InputError naming it."""
    src = Path(path)
    try:
        raw = src.read_bytes()
    except OSError as e:
        raise InputError(src, "", f"cannot read file ({e.strerror})") from None
    doc = need_mapping(load_yaml(src), src, "")
    version = yfield(doc, "version", (int, str), src)
    items = yfield(doc, "markers", list, src)
    markers: list[Marker] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"markers[{i}]"
        m = need_mapping(item, src, where)
        mid = yfield(m, "id", str, src, where)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", mid):
            raise InputError(src, f"{where}.id", f"'{mid}' must be lower_snake_case (it becomes a column name)")
        if mid in seen:
            raise InputError(src, f"{where}.id", f"duplicate marker id '{mid}'")
        seen.add(mid)
        flags = tuple(yfield(m, "flags", list, src, where, default=[]))
        bits = 0
        for f in flags:
            if f not in FLAG_NAMES:
                raise InputError(src, f"{where}.flags", f"unknown flag '{f}' (use {', '.join(FLAG_NAMES)})")
            bits |= FLAG_NAMES[f]
        patterns = yfield(m, "patterns", list, src, where)
        if not patterns:
            raise InputError(src, f"{where}.patterns", "needs at least one pattern")
        compiled = []
        for j, p in enumerate(patterns):
            if not isinstance(p, str):
                raise InputError(src, f"{where}.patterns[{j}]", "expected a string")
            try:
                compiled.append(re.compile(p, bits))
            except re.error as e:
                raise InputError(src, f"{where}.patterns[{j}]", f"bad regular expression: {e}") from None
        markers.append(Marker(
            id=mid, label=yfield(m, "label", str, src, where, default=mid),
            description=yfield(m, "description", str, src, where, default=""),
            patterns=tuple(patterns), flags=flags, compiled=tuple(compiled),
        ))
    return MarkerSet(version=version, sha256=hashlib.sha256(raw).hexdigest(), source=str(src),
                     markers=tuple(markers))


def flag(texts: Sequence[str], markers: MarkerSet) -> np.ndarray:
    """0/1 matrix (responses x markers): which markers each text carries."""
    out = np.zeros((len(texts), len(markers.markers)), dtype=np.uint8)
    for j, m in enumerate(markers.markers):
        out[:, j] = [m.matches(t) for t in texts]
    return out


def wilson(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def marker_rates(model: str, context_ids: Sequence[str], flags: np.ndarray, markers: MarkerSet,
                 contexts: Sequence[str] | None = None) -> list[MarkerRate]:
    """Per context x marker rate with a Wilson 95% CI, for one model's responses."""
    cs = np.asarray(context_ids, dtype=object)
    order = list(contexts) if contexts is not None else list(dict.fromkeys(cs))
    out = []
    for c in order:
        rows = flags[cs == c]
        n = len(rows)
        for j, m in enumerate(markers.markers):
            k = int(rows[:, j].sum()) if n else 0
            if n == 0:
                out.append(MarkerRate(model, c, m.id, None, None, None, 0, 0))
                continue
            lo, hi = wilson(k, n)
            out.append(MarkerRate(model, c, m.id, k / n, lo, hi, n, k))
    return out
