"""The JSON report: analysis.json exactly as stored, under `analysis`, with the spec and provenance."""

from __future__ import annotations

import json
from typing import Any

from core.report.gather import ReportData

REPORT_VERSION = 2


def render_json(rd: ReportData) -> str:
    """Everything in analysis.json under `analysis`, plus the study spec and provenance."""
    doc = {
        "report": "maskscope",
        "report_version": REPORT_VERSION,
        "generated_at": rd.provenance["generated_at"],
        "study": rd.provenance["study"],
        "analysis": rd.analysis.to_json_dict(),
        "provenance": rd.provenance,
    }
    return json.dumps(doc, indent=2, ensure_ascii=False, default=_json_default) + "\n"


def _json_default(o: Any) -> Any:
    if hasattr(o, "item"):
        return o.item()
    if isinstance(o, set | tuple):
        return list(o)
    return str(o)
