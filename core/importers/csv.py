"""Generic responses as CSV: a header naming at least the REQUIRED columns, one response per row."""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from core.errors import InputError
from core.importers.base import REQUIRED, Row, _bad_utf8, _decode, _read_bytes, _row


def read_csv(path: Path) -> list[Row]:
    """Rows of a CSV file with a header; a missing column or bad value is an InputError."""
    text = _decode(_read_bytes(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    old_limit = csv.field_size_limit(sys.maxsize)  # long replies are checked (and named) by _row
    rows = []
    start = 2
    try:
        header = reader.fieldnames or []
        for i, col in enumerate(header):
            if _bad_utf8(col):
                raise InputError(path, f"line 1: column {i + 1}", "not UTF-8; save the file as UTF-8")
        for col in REQUIRED:
            if col not in header:
                raise InputError(path, f"line 1: field {col}", "missing column")
        for rec in reader:
            if None in rec:
                raise InputError(path, f"line {start}", "more values than columns")
            obj = {k: v for k, v in rec.items() if v is not None}
            rows.append(_row(obj, path, start))
            start = reader.line_num + 1
    except csv.Error as e:
        raise InputError(path, f"line {reader.line_num or 1}", f"malformed CSV ({e})") from None
    finally:
        csv.field_size_limit(old_limit)
    if not rows:
        raise InputError(path, "", "no rows")
    return rows
