"""Findings: sentences generated from the typed analysis, their numbers equal to its fields; the app's Findings and
Drift pages on the fixture store."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from app import K_DRIFT_MODEL_A, K_DRIFT_MODEL_B, K_MODEL, K_PAGE, K_STUDY
from core import explore, findings
from core.findings import Untrusted
from core.findings import findings as all_findings
from tests.analysis_dicts import two_versions as drift_analysis
from tests.fixture_store import MODELS, PAYLOAD_STUDY, STUDY

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")


def test_one_strongest_sentence_per_model_with_the_stored_numbers() -> None:
    a = drift_analysis()
    got = all_findings(a)
    for m in a.models:
        strongest = [f for f in got if f.model == m and f.kind == "strongest"]
        assert len(strongest) == 1
        top = max((r for r in a.context_shift_of(m) if r.mean_distance is not None), key=lambda r: r.mean_distance)
        text = strongest[0].text
        assert f"answers move most in {top.context_id}" in text
        assert f"mean shift {top.mean_distance:.3f}" in text
        assert f"95% CI [{top.ci_low:.3f}, {top.ci_high:.3f}]" in text
        assert f"{top.effect:.2f} × the noise floor" in text
        assert strongest[0].evidence.page == "Overview" and strongest[0].evidence.model == m
        assert strongest[0].evidence.page in explore.PAGES


def test_ids_from_the_data_are_marked_untrusted() -> None:
    a = drift_analysis()
    a = replace(a, models=("<b>evil</b>",), context_shift=tuple(replace(r, model="<b>evil</b>") for r in
                                                               a.context_shift_of(a.models[0])))
    f = all_findings(a)[0]
    assert Untrusted("<b>evil</b>") in f.parts
    assert all(isinstance(p, Untrusted) for p in f.parts if "<b>" in p)


def test_untestable_contexts_are_one_study_sentence_not_rows() -> None:
    got = all_findings(drift_analysis())
    study = [f for f in got if f.model is None]
    assert len(study) == 1 and study[0].kind == "untested" and "lonely" in study[0].text
    assert not any("lonely" in f.text for f in got if f.model is not None)


def test_mask_and_scale_sentences() -> None:
    a = drift_analysis()
    got = all_findings(a)
    masks = [f for f in got if f.kind == "masks" and f.model == a.models[0]]
    assert masks and 'Mask 0 ("meow, purr, whiskers") is tied to cats: 94% of its 32 responses' in masks[0].text
    assert masks[0].evidence.page == "Masks"


def test_a_new_kind_of_sentence_is_one_function_appended(monkeypatch: pytest.MonkeyPatch) -> None:
    def verdict(data: object, model: str) -> list[findings.Finding]:
        return [findings.Finding("verdict", model, (Untrusted(model), ": robust."),
                                 findings.Evidence("Overview", model))]

    monkeypatch.setattr(findings, "PER_MODEL", [*findings.PER_MODEL, verdict])
    got = all_findings(drift_analysis())
    assert [f.text for f in got if f.kind == "verdict"] == [f"{m}: robust." for m in drift_analysis().models]


def test_mask_name_reads_the_name_field_when_there_is_one() -> None:
    m = drift_analysis().masks[0]
    assert findings.mask_name(m) == "meow, purr, whiskers"
    object.__setattr__(m, "name", "Meow, I am a cat.")
    assert findings.mask_name(m) == "Meow, I am a cat."


# ---------------------------------------------------------------------------- the app


def run_app(study: str = STUDY, page: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state[K_STUDY] = study
    if page:
        at.session_state[K_PAGE] = page
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_the_app_opens_on_findings_and_a_button_opens_the_evidence(store: Path) -> None:
    at = run_app()
    assert at.sidebar.radio(key=K_PAGE).value == "Findings"
    shown = "\n".join(e.value for e in at.markdown)
    for m in MODELS:
        assert explore.md_literal(f"{m}: answers move most in") in shown
    buttons = [b for b in at.button if b.key and b.key.startswith(f"evidence_{MODELS[1]}_")]
    assert buttons
    buttons[0].click().run()
    assert not at.exception
    assert at.sidebar.radio(key=K_PAGE).value == "Overview"
    assert at.sidebar.selectbox(key=K_MODEL).value == MODELS[1]


def test_payload_findings_never_reach_markdown_unescaped(store: Path) -> None:
    at = run_app(PAYLOAD_STUDY)
    for e in at.markdown:
        assert "<b>" not in e.value.replace("\\<b\\>", "")


def test_drift_page_shows_the_stored_numbers(store: Path) -> None:
    at = run_app(page="Drift")
    assert at.selectbox(key=K_DRIFT_MODEL_A).value == MODELS[0]
    assert at.selectbox(key=K_DRIFT_MODEL_B).value == MODELS[1]
    table = at.dataframe[0].value
    assert set(table["context"]) == {"lab-interview", "casual-chat", "cats"}
    assert at.code, "answers are shown side by side as plain text"
    at.selectbox(key=K_DRIFT_MODEL_B).set_value(MODELS[0]).run()
    assert not at.exception


# ---------------------------------------------------------------------------- the reports


def test_reports_open_with_findings_and_carry_a_drift_section(built_store: Path) -> None:
    from core import report
    from core.store import Store

    with Store(built_store) as s:
        rd = report.load_report(s, STUDY, compute=False)
    md = report.render_markdown(rd)
    sections = [line for line in md.splitlines() if line.startswith("## ")]
    assert sections[0] == "## Findings" and "## Version drift" in sections
    assert f"### {report.md(MODELS[0])} → {report.md(MODELS[1])}" in md
    assert "#### Context shift" in md
    html = report.render_html(rd)
    assert html.index('<section id="findings">') < html.index('<section id="summary">')
    assert '<section id="drift">' in html and 'href="#overview">evidence</a>' in html
    # the drift table holds the stored context shift of both models
    for r in rd.analysis.context_shift:
        assert f"{report.fmt_number(r.mean_distance)}{'*' if r.significant else ''} " in md


def test_report_drift_pairs_flag(built_store: Path, tmp_path: Path) -> None:
    from core.cli import main

    out = tmp_path / "r.md"
    assert main(["report", "--study", STUDY, "--format", "md", "--out", str(out), "--store", str(built_store),
                 "--drift", f"{MODELS[1]},{MODELS[0]}"]) == 0
    assert f"### {MODELS[1]} → {MODELS[0]}" in out.read_text()
    assert main(["report", "--study", STUDY, "--format", "md", "--out", str(out), "--store", str(built_store),
                 "--drift", "fake/alpha,nobody"]) == 2


def test_payload_report_findings_and_drift_stay_text(built_store: Path) -> None:
    from core import report
    from core.store import Store

    with Store(built_store) as s:
        rd = report.load_report(s, PAYLOAD_STUDY, compute=False)
    html = report.render_html(rd)
    findings_html = html[html.index('<section id="findings">'):html.index('<section id="summary">')]
    assert "<b>evil</b>" not in findings_html and "&lt;b&gt;evil&lt;/b&gt;" in findings_html
    drift_html = html[html.index('<section id="drift">'):]
    assert "<b>evil</b>" not in drift_html
    md = report.render_markdown(rd)
    ours = md[md.index("## Findings"):md.index("## Summary")] + md[md.index("## Version drift"):md.index("## Methods")]
    assert "<b>evil</b>" not in ours and "\\<b\\>evil\\</b\\>" in ours


def test_every_models_shift_in_one_figure_without_untestable_contexts() -> None:
    from core import figures

    a = drift_analysis()
    fig = figures.models_shift_figure(a).to_dict()
    traces = [t for t in fig["data"] if t.get("x")]
    assert [t["name"] for t in traces] == ["old", "new"]
    for t, m in zip(traces, a.models, strict=True):
        stored = {r.context_id: r.mean_distance for r in a.context_shift_of(m) if r.mean_distance is not None}
        assert dict(zip(t["y"], t["x"], strict=True)) == pytest.approx(stored)
        assert "lonely" not in t["y"], "a context without a test is listed apart, not drawn at 0"


def test_overview_lists_untestable_contexts_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A context with one sample per question gets no test: the Overview names it once, the table has no None row."""
    from core.store import Store
    from tests.fixture_store import CONTEXTS, _analyze, _contexts, fixture_responses, fixture_study

    study = replace(fixture_study("lonely-study"), contexts=_contexts((*CONTEXTS, "lonely")))
    rows = fixture_responses("lonely-study")
    rows += [replace(r, context_id="lonely", text=r.text + " alone") for r in rows
             if r.context_id == "cats" and r.sample == 0]
    path = tmp_path / "lonely.sqlite"
    with Store(path) as s:
        s.put_responses(study, rows, kind="import")
        _analyze(s, "lonely-study")
    monkeypatch.setenv("MASKSCOPE_STORE", str(path))
    at = run_app("lonely-study", "Overview")
    captions = "\n".join(c.value for c in at.caption)
    assert "Not testable" in captions and "lonely (every model)" in captions
    assert "lonely" not in set(at.dataframe[0].value["context"])
    at = run_app("lonely-study", "Findings")
    assert any("Not testable" in m.value and "lonely" in m.value for m in at.markdown)


def test_a_mask_whose_association_test_failed_is_not_called_tied() -> None:
    a = drift_analysis()
    m = a.masks[0]
    object.__setattr__(m, "associated", False)  # the masks branch's Mask.associated
    got = [f.text for f in all_findings(a) if f.kind == "masks" and f.model == a.models[0]]
    assert not any("meow" in t for t in got)
