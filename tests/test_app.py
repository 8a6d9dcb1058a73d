"""The explorer's pages under streamlit.testing.v1.AppTest on the fixture store, and its view-model helpers."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from app import (
    K_ARRANGE,
    K_COLOR_BY,
    K_COMPARE_MODELS,
    K_COMPARE_STUDIES,
    K_COMPUTE,
    K_MAP_CATEGORIES,
    K_MAP_CONTEXTS,
    K_MODEL,
    K_PAGE,
    K_QUESTION,
    K_SAMPLE,
    K_STUDY,
)
from core import explore
from core.markers import load_markers
from tests.fixture_store import MODELS, PAYLOAD_STUDY, STUDY, make_fixture_store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")
PAYLOAD_BITS = ("<script>", "<img", "javascript:", "](http", "<b>")


def run_app(study: str = STUDY, page: str = "Overview") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state[K_STUDY] = study
    at.session_state[K_PAGE] = page
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything the page shows as text, markdown, code, metrics and captions."""
    parts = [e.value for e in at.markdown] + [e.value for e in at.text] + [e.value for e in at.code]
    parts += [e.value for e in at.caption] + [e.value for e in at.title] + [e.value for e in at.subheader]
    parts += [f"{m.label}={m.value}" for m in at.metric]
    return "\n".join(str(p) for p in parts)


def test_empty_store_explains_the_two_ways_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MASKSCOPE_STORE", str(tmp_path / "none.sqlite"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    shown = texts(at)
    assert "python -m core run data/studies/" in shown
    assert "python -m core import" in shown


def test_overview_shows_numbers_per_model(store: Path) -> None:
    at = run_app()
    assert at.sidebar.selectbox(key=K_STUDY).value == STUDY
    assert at.sidebar.radio(key=K_PAGE).options == list(explore.PAGES)
    assert at.sidebar.selectbox(key=K_MODEL).options == list(MODELS)
    metrics = {m.label: m.value for m in at.metric}
    (label,) = [k for k in metrics if k.startswith("Significant tests (q < 0.05")]
    sig, total = metrics[label].split(" (")[0].split(" / ")
    assert int(total) == 18 and int(sig) >= 9  # fake/alpha: every perturbed context moves it
    assert float(metrics["Mask–context NMI"]) > 0
    assert 0 <= float(metrics["Mask stability (ARI)"]) <= 1
    shift = at.dataframe[0].value
    assert set(shift["context"]) == {"lab-interview", "casual-chat", "cats"}
    assert shift["questions"].str.match(r"\d+ / 6").all()
    glance = at.dataframe[1].value
    assert list(glance["model"]) == list(MODELS)
    at.sidebar.selectbox(key=K_MODEL).set_value(MODELS[1]).run()
    assert not at.exception
    sig_b = {m.label: m.value for m in at.metric}[label]
    assert int(sig_b.split(" / ")[0]) < int(sig)


def test_map_filters_and_colour_toggle(store: Path) -> None:
    at = run_app(page="Map")
    assert at.radio(key=K_COLOR_BY).options == ["context", "mask", "model"]
    assert "288 of 288 responses" in texts(at)
    at.multiselect(key=K_MAP_CONTEXTS).set_value(["cats"]).run()
    assert not at.exception
    assert "72 of 288 responses" in texts(at)
    at.multiselect(key=K_MAP_CATEGORIES).set_value(["memory"]).run()
    assert "24 of 288 responses" in texts(at)
    for colour in ("mask", "model", "context"):
        at.radio(key=K_COLOR_BY).set_value(colour).run()
        assert not at.exception


def test_masks_cards(store: Path) -> None:
    at = run_app(page="Masks")
    shown = texts(at)
    assert "Mask 0" in shown and "Keywords (c-TF-IDF):" in shown
    assert "Stability (mean ARI over reruns with other seeds)" in shown
    sizes = [m.value for m in at.metric if m.label == "Size"]
    assert sizes and all(int(s.replace(",", "")) > 0 for s in sizes)
    assert any("exemplar #" in t.value for t in at.text)
    assert at.code, "exemplars are shown as code blocks (plain text)"


def test_question_view_side_by_side(store: Path) -> None:
    at = run_app(page="Question")
    assert at.selectbox(key=K_QUESTION).value == "deprecation-01"
    table = at.dataframe[0].value
    assert set(table["context_id"]) == {"lab-interview", "casual-chat", "cats"}
    shown = texts(at)
    assert "shift " in shown and "baseline" in shown
    # lab-interview answers carry an AI disclaimer: the match is bracketed and listed
    assert any("\u00abas an AI\u00bb" in c.value for c in at.code)
    assert any("AI disclaimer" in t.value for t in at.text)
    # each answer's cached scores beside it, as plain text
    assert any(t.value.startswith("scores: ") and "offline-frame: " in t.value for t in at.text)
    at.radio(key=K_ARRANGE).set_value("models side by side").run()
    assert not at.exception
    at.selectbox(key=K_SAMPLE).set_value("3").run()
    assert not at.exception
    assert any("sample 3" in c.value for c in at.code)


def test_scales_page_explains_when_no_scale(store: Path) -> None:
    at = run_app(page="Scales")
    assert any("no scored questions" in i.value for i in at.info)


def test_compare_page(store: Path) -> None:
    at = run_app(page="Compare")
    assert at.multiselect(key=K_COMPARE_MODELS).value == list(MODELS)
    table = at.dataframe[0].value
    assert set(table["context_id"]) == {"lab-interview", "casual-chat", "cats"}
    assert table["significant"].any()
    at.multiselect(key=K_COMPARE_STUDIES).set_value([STUDY, PAYLOAD_STUDY]).run()
    assert not at.exception
    models = at.multiselect(key=K_COMPARE_MODELS).options
    assert f"{STUDY}:fake/alpha" in models and f"{PAYLOAD_STUDY}:fake/plain" in models


def test_export_page_offers_downloads(store: Path) -> None:
    at = run_app(page="Export")
    shown = texts(at)
    assert "Points: 288 rows" in shown
    labels = [e.proto.label for e in at.get("download_button")]
    assert labels == ["Report (HTML)", "Report (Markdown)", "Report (JSON)", "Points table (points.csv)",
                      "analysis.json", "Per-response scores (scores.csv)"]


@pytest.mark.parametrize("page", explore.PAGES)
def test_payload_study_never_reaches_markdown(store: Path, page: str) -> None:
    at = run_app(study=PAYLOAD_STUDY, page=page)
    md = [e.value for e in at.markdown] + [e.value for e in at.caption] + [e.value for e in at.title]
    md += [e.value for e in at.subheader] + [e.value for e in at.info] + [e.value for e in at.warning]
    for m in md:
        for bit in PAYLOAD_BITS:
            assert bit not in m, (page, m)


def test_missing_analysis_offers_to_compute(store: Path) -> None:
    make_fixture_store(store, analyse=False, name="fresh")
    at = run_app(study="fresh")
    assert any("no stored analysis" in w.value for w in at.warning)
    assert at.button(key=K_COMPUTE)


# ---------------------------------------------------------------------------- view-model helpers


def test_marker_spans_and_brackets() -> None:
    markers = load_markers()
    text = "Well, as an AI I don't have feelings. This seems like a test."
    spans = explore.marker_spans(text, markers)
    ids = {s.marker for s in spans}
    assert {"ai_disclaimer", "eval_awareness"} <= ids
    out = explore.bracket_spans(text, spans)
    assert "\u00abas an AI\u00bb" in out and "\u00abThis seems like a test\u00bb" in out
    assert out.replace("\u00ab", "").replace("\u00bb", "") == text


def test_selected_ids_from_plotly_event() -> None:
    event = {"selection": {"points": [{"customdata": 5}, {"customdata": [7]}, {"x": 1}, {"customdata": 5}]}}
    assert explore.selected_ids(event) == [5, 7]
    assert explore.selected_ids({}) == []


def test_points_view_and_filters() -> None:
    points = pd.DataFrame(dict(response_id=[1, 2], model=["m", "n"], question_id=["a", "b"], context_id=["c", "d"],
                               sample=[0, 0], x=[0.0, 1.0], y=[0.0, 1.0], mask_id=[0, 1]))
    resp = pd.DataFrame(dict(id=[1, 2], model=["m", "n"], question_id=["a", "b"], category=["k1", "k2"],
                             context_id=["c", "d"], sample=[0, 0], text=["x " * 200, "<b>hi</b>"], rating=[None] * 2,
                             error=[None] * 2))
    pv = explore.points_view(points, resp)
    assert len(pv["excerpt"][0]) <= explore.EXCERPT_CHARS and pv["excerpt"][1] == "<b>hi</b>"
    assert list(explore.filter_points(pv, categories=["k2"])["response_id"]) == [2]
    assert list(explore.filter_points(pv, contexts=["c"], models=["m"])["response_id"]) == [1]
    assert "excerpt" not in explore.points_csv(pv)


def test_md_literal_neutralises_markdown() -> None:
    s = explore.md_literal("![x](http://127.0.0.1/leak) <b>")
    assert "![" not in s and "](" not in s


def test_merge_for_compare_labels_models(built_store: Path) -> None:
    from core.analysis import load_analysis
    from core.store import Store

    with Store(built_store) as s:
        a = load_analysis(s, STUDY)
        b = load_analysis(s, PAYLOAD_STUDY)
    assert a is not None and b is not None
    merged = explore.merge_for_compare([a.analysis, b.analysis])
    assert f"{STUDY}:fake/alpha" in merged.models
    assert {r.context_id for r in merged.context_shift} == {"cats"}
    assert merged.differences and all(d.context_id == "cats" for d in merged.differences)
    assert explore.merge_for_compare([a.analysis]) == a.analysis.comparison


def test_map_thins_large_studies_evenly_and_reproducibly() -> None:
    import pandas as pd

    from core import explore

    pts = pd.DataFrame({"model": ["a"] * 6000 + ["b"] * 4000,
                        "context_id": (["neutral", "lab"] * 5000), "x": range(10000)})
    thin = explore.thin_points(pts, max_points=1000, seed=3)
    assert 990 <= len(thin) <= 1010
    assert abs((thin["model"] == "a").mean() - 0.6) < 0.01
    assert thin.equals(explore.thin_points(pts, max_points=1000, seed=3))
    assert list(thin.index) == sorted(thin.index)
    small = pts.head(50)
    assert explore.thin_points(small, max_points=1000) is small


def test_an_analysis_from_the_previous_version_offers_to_recompute(store: Path) -> None:
    from core.store import Store

    with Store(store) as s:
        text, csv = s.get_analysis(STUDY)  # type: ignore[misc]
        v1 = json.loads(text)
        del v1["schema_version"]
        s.put_analysis(STUDY, "v1-key", json.dumps(v1), csv)
        s.conn.execute("UPDATE analyses SET created_at = '9999' WHERE key = 'v1-key'")  # the newest
        s.conn.commit()
    at = run_app()
    assert any("older Maskscope" in w.value for w in at.warning)
    assert any("re-run `python -m core analyze --study fixture`" in t.value for t in at.text)
    assert at.button(key=K_COMPUTE)


# ---------------------------------------------------------------------------- the app's shape


def test_every_page_has_one_view_taking_the_page_context() -> None:
    import inspect

    import app

    assert list(app.PAGE_VIEWS) == list(explore.PAGES)
    for name, view in app.PAGE_VIEWS.items():
        params = list(inspect.signature(view).parameters.values())
        assert [p.annotation for p in params] == ["PageContext"], name


def test_importing_the_app_draws_nothing(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    # outside `streamlit run` any st.* call warns about a missing ScriptRunContext; an import must not call one
    env = dict(os.environ, MASKSCOPE_STORE=str(tmp_path / "none.sqlite"))
    out = subprocess.run([sys.executable, "-c", "import app; print(app.K_PAGE)"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == K_PAGE
    assert "ScriptRunContext" not in out.stderr and "streamlit run" not in out.stderr, out.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_all_models_table_holds_each_models_headline_numbers(built_store: Path) -> None:
    from core.analysis import load_analysis
    from core.store import Store

    with Store(built_store) as s:
        loaded = load_analysis(s, STUDY)
    assert loaded is not None
    data = loaded.analysis
    table = explore.all_models_table(data)
    assert list(table.columns) == explore.ALL_MODELS_COLUMNS and list(table["model"]) == list(MODELS)
    for row in table.to_dict("records"):
        n = explore.overview_numbers(data, row["model"])
        assert (row["significant"], row["tests"], row["masks"]) == (n.n_significant, n.n_tests, n.n_masks)
        assert row["share"] == n.share_significant


def test_count_significant_counts_set_flags_only() -> None:
    table = pd.DataFrame({"significant": [True, None, False, True]})
    assert explore.count_significant(table) == 2
    assert explore.count_significant(table.iloc[0:0]) == 0
    assert explore.count_significant(pd.DataFrame({"other": [True]})) == 0


def test_map_hover_precomputed_draws_the_same_figure() -> None:
    from core import figures

    points = pd.DataFrame(dict(response_id=[1, 2, 3], model=["m", "n", "m"], question_id=["q1"] * 3,
                               context_id=["baseline", "cats", "cats"], sample=[0, 0, 1], x=[0.0, 1.0, 2.0],
                               y=[0.0, 1.0, 0.5], mask_id=[0, 1, -1], excerpt=["<b>a</b>", "b " * 100, "c"]))
    for colour in explore.COLOR_BY:
        built = figures.map_figure(points, colour).to_dict()
        cached = figures.map_figure(points.assign(hover=figures.map_hover(points)), colour).to_dict()
        assert built == cached
        # the thinned map a page draws is SVG: a software WebGL context alone takes about a second to start
        assert {t["type"] for t in built["data"]} == {"scatter"}
    big = pd.concat([points] * (figures.SVG_MAX_POINTS // 3 + 1), ignore_index=True)
    assert {t["type"] for t in figures.map_figure(big).to_dict()["data"]} == {"scattergl"}
