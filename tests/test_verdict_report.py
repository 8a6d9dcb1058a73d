"""The verdict panel on the typed Analysis: analysis.json round trip, the findings sentence, the report sections
and the app's Verdict page (fixture store: its study has no loaded contexts, so "not measurable here")."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import K_PAGE, K_STUDY
from core import report
from core.analysis_record import Analysis
from core.findings import Untrusted
from core.findings import findings as all_findings
from core.verdict import CANNED, NOT_MEASURABLE, ROBUST, verdict_panels
from tests.analysis_dicts import two_versions as drift_analysis
from tests.fixture_store import STUDY, make_fixture_store
from tests.verdict_sim import simulate, tags

APP = str(Path(__file__).resolve().parent.parent / "app.py")
EVIL = "<b>evil</b>"


@pytest.fixture(scope="module")
def data() -> Analysis:
    items = simulate("smiling", 1, n_q=6, n_control=6, model=EVIL) + simulate("reacting", 2, n_q=6, n_control=6)
    panels = verdict_panels(items, [EVIL, "reacting"], tags(), "neutral", seed=7, n_boot=99)
    a = replace(drift_analysis(), models=(EVIL, "reacting"), verdicts=panels)
    return Analysis.from_json(a.to_json_dict())  # as stored: through analysis.json


def test_verdicts_survive_analysis_json(data: Analysis) -> None:
    p = data.verdict_of("reacting")
    assert p is not None and p.measures and len(p.lines) == len(p.measures)
    assert {ln.side for ln in p.lines} >= {ROBUST}
    smile = data.verdict_of(EVIL)
    assert smile is not None and smile.side(CANNED)


def test_one_verdict_sentence_per_model_with_both_sides(data: Analysis) -> None:
    got = [f for f in all_findings(data) if f.kind == "verdict"]
    assert [f.model for f in got] == [EVIL, "reacting"]
    for f in got:
        assert "robust side" in f.text and "Suppressed/canned side" in f.text
        assert f.evidence.page == "Verdict"
    assert Untrusted(EVIL) in got[0].parts


def test_report_sections_show_every_line_escaped(data: Analysis) -> None:
    md = "\n".join(report._md_verdict(data))
    html = report._html_verdict(data)
    assert "## Robust, or hiding and smiling?" in md
    for p in data.verdicts:
        for ln in p.lines:
            assert report.md(ln.rule) in md
    assert EVIL not in md and EVIL not in html
    assert "&lt;b&gt;evil&lt;/b&gt;" in html


def test_not_measurable_lines_say_why_in_the_report() -> None:
    a = drift_analysis()
    panels = verdict_panels([], list(a.models), {"neutral": {"framing": "neutral"}}, "neutral", seed=1, n_boot=9)
    a = replace(a, verdicts=panels)
    md = "\n".join(report._md_verdict(a))
    assert NOT_MEASURABLE in md and "positive-loaded" in md
    assert "not measurable here" in " ".join(f.text for f in all_findings(a) if f.kind == "verdict")


def test_the_app_verdict_page_shows_the_panel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = tmp_path / "built.sqlite"
    make_fixture_store(built)
    dst = tmp_path / "app.sqlite"
    shutil.copy(built, dst)
    monkeypatch.setenv("MASKSCOPE_STORE", str(dst))
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state[K_STUDY] = STUDY
    at.session_state[K_PAGE] = "Verdict"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Robust, or hiding and smiling?" in t.value for t in at.title)
    table = at.dataframe[0].value
    assert set(table.columns) == {"side", "evidence", "estimate [95% CI]", "rule"}
    assert (table["side"] == NOT_MEASURABLE).any()
