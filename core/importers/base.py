"""What every importer shares: a checked Row in, the Imported study out, and the checks on one row's values."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.records import Response, Study
from core.yamlio import ID_RULE, SQLITE_INT, is_id

REQUIRED = ("model", "question_id", "question", "context_id", "sample", "response")
OPTIONAL = ("category", "rating", "scale")
API_ERROR = "api error"
MAX_FIELD_CHARS = 4_000_000
"""Longest text accepted in one field (CSV's own default, 131,072, is shorter than some real replies)."""


@dataclass(frozen=True)
class Row:
    """One response read from a file, checked."""

    model: str
    question_id: str
    question: str
    context_id: str
    sample: int
    response: str
    where: str
    """`file: line N` (or file and row) for messages."""
    category: str = ""
    rating: int | None = None
    scale: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Imported:
    """A parsed import, ready to store."""

    study: Study
    responses: tuple[Response, ...]
    skipped: tuple[str, ...]
    """What was left out and why, one line each."""
    notes: tuple[str, ...]
    """Other facts worth printing (e.g. a context missing for a model)."""
    source_hash: str
    """sha256 over the input bytes, to skip re-imports of the same data."""
    kind: str = "import"
    """The study's kind in the store (a row-level export keeps its original kind)."""
    spec_hash: str = ""
    """The study's spec hash (kept by a re-imported export, so its analysis key is the same)."""
    keep_ids: bool = False
    """Store the responses under their own ids (a re-imported export, when the ids are free)."""


def _row(obj: dict[str, Any], path: Path, n: int) -> Row:
    where = f"line {n}"
    _check_values(obj, path, where)

    def text(key: str, *, required: bool = True, allow_empty: bool = False) -> str:
        v = obj.get(key)
        if v is None:
            if required:
                raise InputError(path, f"{where}: field {key}", "missing")
            return ""
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InputError(path, f"{where}: field {key}", f"expected text, got {type(v).__name__}")
        s = str(v)
        if not required and not s.strip():
            return ""
        if not allow_empty and not s.strip():
            raise InputError(path, f"{where}: field {key}", "empty")
        return s

    def integer(key: str, *, required: bool) -> int | None:
        v = obj.get(key)
        if v is None or (isinstance(v, str) and not v.strip() and not required):
            if required:
                raise InputError(path, f"{where}: field {key}", "missing")
            return None
        if isinstance(v, bool):
            raise InputError(path, f"{where}: field {key}", "expected a whole number, got a boolean")
        out: int | None = None
        if isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
            # a 20-digit cap keeps int() fast and inside Python's digit limit; the range check follows
            out = int(v) if len(v.strip().lstrip("-")) <= 20 else SQLITE_INT[1] + 1
        elif isinstance(v, int):
            out = v
        elif isinstance(v, float) and v.is_integer():
            out = int(v)
        if out is None:
            raise InputError(path, f"{where}: field {key}", f"expected a whole number, got {_short(v)}")
        if not SQLITE_INT[0] <= out <= SQLITE_INT[1]:
            raise InputError(path, f"{where}: field {key}", "number too large (at most 19 digits)")
        return out

    sample = integer("sample", required=True)
    assert sample is not None
    if sample < 0:
        raise InputError(path, f"{where}: field sample", "must be 0 or more")
    ids = {k: text(k).strip() for k in ("model", "question_id", "context_id")}
    for k in ("question_id", "context_id"):
        if not is_id(ids[k]):
            raise InputError(path, f"{where}: field {k}", f"{_short(ids[k])} is not a valid id ({ID_RULE})")
    known = set(REQUIRED) | set(OPTIONAL)
    return Row(
        model=ids["model"], question_id=ids["question_id"], question=text("question").strip(),
        context_id=ids["context_id"], sample=sample, response=text("response", allow_empty=True),
        where=f"{path}: {where}", category=text("category", required=False).strip(),
        rating=integer("rating", required=False), scale=text("scale", required=False).strip() or None,
        meta={k: v for k, v in obj.items() if k not in known},
    )


def _check_values(value: Any, path: Path, where: str) -> None:
    """Every text in a row is UTF-8 and not absurdly long; every integer fits SQLite. Names the field."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        v, at = stack.pop()
        field_at = f"{where}: field {at}" if at else where
        if isinstance(v, str):
            if _bad_utf8(v):
                raise InputError(path, field_at, "not UTF-8; save the file as UTF-8")
            if len(v) > MAX_FIELD_CHARS:
                raise InputError(path, field_at, f"{len(v):,} characters, more than {MAX_FIELD_CHARS:,}")
        elif isinstance(v, int) and not isinstance(v, bool) and not SQLITE_INT[0] <= v <= SQLITE_INT[1]:
            raise InputError(path, field_at, "number too large (at most 19 digits)")
        elif isinstance(v, dict):
            for k, x in v.items():
                name = f"{at}.{k}" if at else str(k)
                if _bad_utf8(str(k)):
                    raise InputError(path, where, "a field name is not UTF-8; save the file as UTF-8")
                stack.append((x, name))
        elif isinstance(v, list):
            stack.extend((x, f"{at}[{i}]") for i, x in enumerate(v))


def _decode(data: bytes) -> str:
    """UTF-8 text; invalid bytes kept as lone surrogates so the row and field holding them can be named."""
    return data.decode("utf-8-sig", errors="surrogateescape")


def _bad_utf8(s: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in s)


def _short(v: Any) -> str:
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(path, "", f"cannot read file ({e.strerror})") from None
