"""The points table (one row per analysed response: map position, mask, markers) and its CSV text."""

from __future__ import annotations

import io

import pandas as pd

POINT_COLUMNS = ("response_id", "model", "question_id", "context_id", "sample", "x", "y", "mask_id")
"""points.csv columns before the one 0/1 column per marker."""
DECIMALS = 6
"""Decimals of the points.csv coordinates."""
VIEW_COLUMNS = ("excerpt", "category")
"""Columns the explorer adds to its view of the table; points.csv does not carry them."""


def points_csv(points: pd.DataFrame) -> str:
    """points.csv as DESIGN.md has it: floats to 6 decimals, \\n line ends, no view-only columns."""
    drop = [c for c in VIEW_COLUMNS if c in points]
    buf = io.StringIO()
    points.drop(columns=drop).to_csv(buf, index=False, float_format=f"%.{DECIMALS}f", lineterminator="\n")
    return buf.getvalue()
