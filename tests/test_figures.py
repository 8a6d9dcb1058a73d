"""Figure builders: asserted on fig.to_dict(), never on pixels."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from core import figures
from core.analysis_record import Analysis, Comparison
from tests.analysis_dicts import provenance, typed

MODELS = ["anthropic/claude-a", "hermes/b"]
CONTEXTS = ["baseline", "codeblock", "flowers", "cats"]
QUESTIONS = ["q1", "q2", "q3"]


def analysis() -> Analysis:
    """A small analysis with known numbers."""
    shift, cshift, scales, markers = [], [], [], []
    for mi, m in enumerate(MODELS):
        for ci, c in enumerate(CONTEXTS[1:], start=1):
            for qi, q in enumerate(QUESTIONS):
                d = 0.01 * ci + 0.001 * qi + 0.02 * mi
                shift.append(dict(model=m, question_id=q, context_id=c, distance=d, noise_floor=0.02,
                                  ci_low=d - 0.005, ci_high=d + 0.005, p_value=0.01 if ci == 3 else 0.5,
                                  q_value=0.03 if ci == 3 else 0.6, significant=ci == 3))
            cshift.append(dict(model=m, context_id=c, mean_distance=0.01 * ci + 0.02 * mi, ci_low=0.01 * ci - 0.004,
                               ci_high=0.01 * ci + 0.004 + 0.02 * mi, p_value=0.001 if ci == 3 else 0.4,
                               q_value=0.003 if ci == 3 else 0.4, significant=ci == 3,
                               n_questions=3, n_significant=3 if ci == 3 else 0, mean_noise_floor=0.02))
        for ci, c in enumerate(CONTEXTS):
            scales.append(dict(model=m, scale_id="ryff", context_id=c, n_runs_valid=20, n_runs_excluded=1,
                               mean=170 + 5 * ci, sd=8.0, t=None if ci == 0 else 2.0, p_value=None if ci == 0 else 0.04,
                               cohen_d=None if ci == 0 else 0.6 * ci, significant=ci != 0,
                               mean_ci_low=170 + 5 * ci - 3.744, mean_ci_high=170 + 5 * ci + 3.744))
            markers.append(dict(model=m, context_id=c, marker="ai_disclaimer", rate=0.1 * ci, ci_low=0.0,
                                ci_high=0.1 * ci + 0.05))
    summary = [dict(model=m, n_tests=9, n_untested=0, n_significant=3, share_significant=1 / 3, noise_floor=0.02,
                    n_masks=1) for m in MODELS]
    return typed(dict(study="s", n_responses=100, models=MODELS, contexts=CONTEXTS, baseline_context="baseline",
                embedder="fake", seed=7, shift=shift, context_shift=cshift,
                masks=[dict(model=MODELS[0], mask_id=0, size=12, context_counts={"cats": 9, "baseline": 3},
                            top_context="cats", purity=0.75, keywords=["meow"], exemplar_ids=[1, 2])],
                mask_context_nmi={m: 0.3 for m in MODELS}, stability={m: 0.9 for m in MODELS},
                scales=scales, markers=markers, provenance=provenance(), summary=summary))


def test_context_colors_are_stable_and_baseline_grey() -> None:
    a = figures.context_colors(["baseline", "cats", "flowers", "codeblock", "cats-t0", "baseline-t0"])
    b = figures.context_colors(["flowers", "baseline", "cats"])
    assert a["baseline"] == figures.BASELINE_COLOR
    assert a["cats"] == b["cats"] and a["flowers"] == b["flowers"]
    assert len({a[c] for c in ("cats", "flowers", "codeblock", "baseline")}) == 4
    assert a["cats-t0"] != a["cats"] and a["baseline-t0"] != a["baseline"]
    unknown = figures.context_colors(["zeta", "alpha", "neutral", "lab-interview"])
    assert unknown == figures.context_colors(["zeta", "alpha", "neutral", "lab-interview"])
    assert unknown["neutral"] == figures.BASELINE_COLOR
    assert len(set(unknown.values())) == 4
    many = figures.context_colors([f"ctx{i}" for i in range(14)])
    assert len(set(many.values())) == 14


def test_context_shift_figure_marks_significance_and_noise_floor() -> None:
    fig = figures.context_shift_figure(analysis(), MODELS[0]).to_dict()
    traces = {t["name"]: t for t in fig["data"] if t.get("showlegend") is False}
    assert traces["significant"]["y"] == ["cats"]
    assert sorted(traces["not significant"]["y"]) == ["codeblock", "flowers"]
    assert traces["significant"]["error_x"]["array"][0] == pytest.approx(0.004)
    assert "significant (q &lt; 0.05)" in [t["name"] for t in fig["data"]]  # the rule the analysis recorded
    assert fig["layout"]["yaxis"]["type"] == "category"  # legend-only traces must not turn it numeric
    assert any(s.get("type") == "line" and s["x0"] == pytest.approx(0.02) for s in fig["layout"]["shapes"])
    assert any(t["name"].startswith("noise floor") for t in fig["data"])
    assert any(a["text"] == "\u2605" for a in fig["layout"]["annotations"])


def test_context_shift_figure_empty_model() -> None:
    fig = figures.context_shift_figure(analysis(), "nobody").to_dict()
    assert "No context-level shift" in fig["layout"]["annotations"][0]["text"]


def test_shift_heatmap_grid_and_significance_dots() -> None:
    fig = figures.shift_heatmap(analysis(), MODELS[0]).to_dict()
    hm = fig["data"][0]
    assert list(hm["x"]) == ["codeblock", "flowers", "cats"]
    assert list(hm["y"]) == QUESTIONS
    assert [row[2] for row in hm["text"]] == ["\u25cf"] * 3
    assert [row[0] for row in hm["text"]] == [""] * 3
    assert hm["z"][0][0] == pytest.approx(0.01)


def points_frame() -> pd.DataFrame:
    return pd.DataFrame(dict(
        response_id=[1, 2, 3], model=["m", "m", "m"], question_id=["q1"] * 3, context_id=["baseline", "cats", "cats"],
        sample=[0, 0, 1], x=[0.0, 1.0, 2.0], y=[0.0, 1.0, 0.5], mask_id=[0, 1, -1],
        excerpt=["<img src=x onerror=alert(1)>", "<script>alert(1)</script> hi", "![x](http://127.0.0.1:9/leak)"],
    ))


@pytest.mark.parametrize("color_by", ["context", "mask", "model"])
def test_map_figure_hover_is_inert_text(color_by: str) -> None:
    fig = figures.map_figure(points_frame(), color_by).to_dict()
    blob = json.dumps([t["hovertext"] for t in fig["data"]])
    assert "<img" not in blob and "<script" not in blob
    assert "onerror=alert(1)" in blob  # the characters are shown, just inert
    ids = sorted(i for t in fig["data"] for i in t["customdata"])
    assert ids == [1, 2, 3]
    if color_by == "context":
        names = [t["name"] for t in fig["data"]]
        assert names == ["baseline", "cats"]
        assert fig["data"][0]["marker"]["color"] == figures.BASELINE_COLOR
    if color_by == "mask":
        assert [t["name"] for t in fig["data"]] == ["mask 0", "mask 1", "noise (no mask)"]


def test_plain_strips_tags() -> None:
    assert "<" not in figures.plain("<b>x</b>") and ">" not in figures.plain("<b>x</b>")
    assert figures.plain("a" * 50, 10).endswith("\u2026")


def test_mask_context_bar_uses_context_colors() -> None:
    colors = figures.context_colors(CONTEXTS)
    fig = figures.mask_context_bar(analysis().masks[0], colors).to_dict()
    bar = fig["data"][0]
    assert list(bar["y"]) == ["baseline", "cats"] and list(bar["x"]) == [3, 9]
    assert list(bar["marker"]["color"]) == [colors["baseline"], colors["cats"]]


def test_scales_figure_ci_and_cohen_d() -> None:
    fig = figures.scales_figure(analysis(), MODELS[0]).to_dict()
    sc = fig["data"][0]
    assert list(sc["y"]) == CONTEXTS
    notes = [a["text"] for a in fig["layout"]["annotations"]]
    assert "baseline" in notes and "1.80*" in notes
    # the interval the pipeline stored (core.scales.mean_ci), drawn as it is
    assert sc["error_x"]["array"][0] == pytest.approx(3.744)
    assert "|d|: Cohen's d vs baseline; * p &lt; 0.05, Welch's t against the baseline" in notes


def test_compare_figure_one_trace_per_model() -> None:
    from core.compare import ComparisonRecord

    data = analysis()

    def diff(c: str, sig: bool) -> ComparisonRecord:
        return ComparisonRecord(c, MODELS[0], MODELS[1], 3, *[0.0] * 11, sig)

    comp = Comparison(models=tuple(MODELS), context_shift=data.context_shift,
                      differences=(diff("cats", True), diff("flowers", False)))
    fig = figures.compare_figure(comp, contexts=data.contexts).to_dict()
    assert [t["name"] for t in fig["data"]] == ["claude-a", "b"]
    marks = [(a["y"], a["text"]) for a in fig["layout"]["annotations"]]
    assert marks == [("cats", "\u2260 1/1 pairs")]


def test_marker_figure() -> None:
    fig = figures.marker_figure(analysis(), MODELS[0]).to_dict()
    assert [t["name"] for t in fig["data"]] == CONTEXTS


def test_figures_only_format_what_the_pipeline_decided() -> None:
    """The significance flag, not a q or p the figure tests itself; no interval where none was stored."""
    from dataclasses import replace

    data = analysis()
    flipped = tuple(replace(r, significant=not r.significant) for r in data.context_shift)
    no_ci = tuple(replace(r, mean_ci_low=None, mean_ci_high=None) for r in data.scales)
    data = replace(data, context_shift=flipped, scales=no_ci)
    fig = figures.context_shift_figure(data, MODELS[0]).to_dict()
    traces = {t["name"]: t for t in fig["data"] if t.get("showlegend") is False}
    assert sorted(traces["significant"]["y"]) == ["codeblock", "flowers"]  # q = 0.4, but flagged
    sc = figures.scales_figure(data, MODELS[0]).to_dict()["data"][0]
    assert list(sc["error_x"]["array"]) == [0, 0, 0, 0]


def test_renderers_take_the_typed_analysis() -> None:
    """Acceptance: no renderer reads analysis content as a dict; mypy then checks every field access."""
    import importlib
    import inspect
    import pkgutil
    import typing

    from core import explore, report

    report_modules = [importlib.import_module(f"core.report.{m.name}") for m in pkgutil.iter_modules(report.__path__)]
    checked = 0
    for mod in (figures, explore, *report_modules):
        for name, fn in inspect.getmembers(mod, inspect.isfunction):
            if fn.__module__ != mod.__name__:
                continue
            hints = typing.get_type_hints(fn)
            for param in ("data", "d"):
                if param in hints:
                    assert hints[param] in (Analysis, Analysis | Comparison), (mod.__name__, name, hints[param])
                    checked += 1
    assert checked >= 20
