"""Choosing a format and writing the report atomically."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from core.atomic import write_atomic
from core.errors import InputError
from core.report.gather import ReportData
from core.report.html import render_html
from core.report.jsondoc import render_json
from core.report.markdown import render_markdown

FORMATS = ("html", "md", "json")
RENDERERS: dict[str, Callable[[ReportData], str]] = {
    "html": render_html, "md": render_markdown, "json": render_json,
}


def render(fmt: str, rd: ReportData) -> str:
    """Render in one of FORMATS."""
    if fmt not in RENDERERS:
        raise InputError(fmt, "--format", f"unknown format (choose from {', '.join(FORMATS)})")
    return RENDERERS[fmt](rd)


def write_report(fmt: str, out_path: str | Path, rd: ReportData) -> Path:
    """Render and write atomically: the old file or the complete new one, never half."""
    return write_atomic(out_path, render(fmt, rd))
