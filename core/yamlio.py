"""YAML loading and field checks that name the file and field on failure."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from core.errors import InputError

ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
"""The one rule for question, context and scale ids (banks, context files and imports alike)."""
ID_RULE = "lowercase letters, digits, . _ - (starting with a letter or digit)"
SQLITE_INT = (-(2**63), 2**63 - 1)
"""The range SQLite stores as INTEGER; anything outside is refused at input, not at insert."""


def is_id(value: str) -> bool:
    """Whether `value` is a valid id (see ID)."""
    return ID.match(value) is not None


def decode_utf8(data: bytes, path: object) -> str:
    """UTF-8 text (a BOM dropped); bytes that are not UTF-8 become one InputError naming line and column."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        col = e.start - (data.rfind(b"\n", 0, e.start) + 1) + 1
        raise InputError(path, f"line {line}", f"not UTF-8 (byte 0x{data[e.start]:02x} at column {col}); "
                         "save the file as UTF-8") from None


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; malformed YAML becomes one InputError line."""
    return _parse(_read(path), path)


def load_data_file(
    path: Path, keys: Collection[str] | None = None, *, id_is_name: bool = False,
) -> tuple[dict[str, Any], bytes]:
    """A data file whose top level is a mapping, and its bytes (for its sha256).

    With `keys`, a field outside them is an InputError; with `id_is_name`, so is an `id` other than the
    file name (the id is how studies refer to the file).
    """
    raw = _read(path)
    doc = need_mapping(_parse(raw, path), path, "")
    if keys is not None:
        unknown = sorted(set(doc) - set(keys))
        if unknown:
            raise InputError(path, unknown[0], f"unknown field (allowed: {', '.join(sorted(keys))})")
    if id_is_name:
        fid = field(doc, "id", str, path)
        if fid != path.stem:
            raise InputError(path, "id", f"'{fid}' must match the file name '{path.stem}'")
    return doc, raw


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(path, "", f"cannot read file ({e.strerror})") from None


def _parse(data: bytes, path: Path) -> Any:
    text = decode_utf8(data, path)
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "malformed YAML"
        raise InputError(path, where, f"malformed YAML: {problem}") from None
    except RecursionError:
        raise InputError(path, "", "malformed YAML: nested too deeply") from None
    _check_ints(doc, path, "")
    return doc


def _check_ints(value: Any, path: Path, where: str) -> None:
    """An integer SQLite cannot hold is refused here, naming its field, instead of failing at insert."""
    stack = [(value, where)]
    seen: set[int] = set()  # YAML aliases share (and may nest) containers: visit each once
    while stack:
        v, at = stack.pop()
        if isinstance(v, bool):
            continue
        if isinstance(v, int) and not SQLITE_INT[0] <= v <= SQLITE_INT[1]:
            raise InputError(path, at or "top level", "number too large (at most 19 digits)")
        if isinstance(v, dict | list):
            if id(v) in seen:
                continue
            seen.add(id(v))
        if isinstance(v, dict):
            stack.extend((x, f"{at}.{k}" if at else str(k)) for k, x in v.items())
        elif isinstance(v, list):
            stack.extend((x, f"{at}[{i}]") for i, x in enumerate(v))


def need_mapping(value: Any, src: Path, where: str) -> dict[str, Any]:
    """Require a mapping at `where`."""
    if not isinstance(value, dict):
        raise InputError(src, where or "top level", "expected a mapping")
    return value


def field(
    d: dict[str, Any],
    key: str,
    types: type | tuple[type, ...],
    src: Path,
    where: str = "",
    *,
    default: Any = ...,
) -> Any:
    """Fetch `d[key]` checking its type; a missing required field is an InputError."""
    name = f"{where}.{key}" if where else key
    if key not in d or d[key] is None:
        if default is ...:
            raise InputError(src, name, "missing required field")
        return default
    value = d[key]
    # bool is an int subclass; don't let `true` pass as a number
    if isinstance(value, bool) and bool not in (types if isinstance(types, tuple) else (types,)):
        raise InputError(src, name, f"expected {_tname(types)}, got a boolean")
    if not isinstance(value, types):
        raise InputError(src, name, f"expected {_tname(types)}, got {type(value).__name__}")
    return value


def _tname(types: type | tuple[type, ...]) -> str:
    ts = types if isinstance(types, tuple) else (types,)
    names = {"str": "text", "int": "a whole number", "float": "a number", "list": "a list",
             "dict": "a mapping", "bool": "true or false"}
    return " or ".join(names.get(t.__name__, t.__name__) for t in ts)
