"""Generic responses as JSONL: one JSON object per line with the REQUIRED fields."""

from __future__ import annotations

import json
from pathlib import Path

from core.errors import InputError
from core.importers.base import Row, _bad_utf8, _decode, _read_bytes, _row


def read_jsonl(path: Path) -> list[Row]:
    """Rows of a JSONL file; any bad line is an InputError naming the line and field."""
    data = _read_bytes(path)
    rows = []
    # only \n ends a record: str.splitlines() would also split at U+0085 or U+2028 inside a JSON string
    for n, line in enumerate(_decode(data).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            if _bad_utf8(line):
                raise InputError(path, f"line {n}", "not UTF-8 (outside any field); save the file as UTF-8") from None
            raise InputError(path, f"line {n}", f"malformed JSON ({e.msg}, column {e.colno})") from None
        except RecursionError:
            raise InputError(path, f"line {n}", "malformed JSON (nested too deeply)") from None
        if not isinstance(obj, dict):
            raise InputError(path, f"line {n}", "expected a JSON object")
        rows.append(_row(obj, path, n))
    if not rows:
        raise InputError(path, "", "no rows")
    return rows
