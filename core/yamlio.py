"""YAML loading and field checks that name the file and field on failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from core.errors import InputError


def load_yaml(path: Path) -> Any:
    """Parse a YAML file; malformed YAML becomes one InputError line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(path, "", f"cannot read file ({e.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(e, "problem", None) or "malformed YAML"
        raise InputError(path, where, f"malformed YAML: {problem}") from None


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
