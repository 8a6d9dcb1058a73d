"""The verdict: planted truth (a smiling and a reacting model are told apart), calibration under the null,
and "not measurable here" with its reason when a study lacks what a measure needs."""

from __future__ import annotations

import pytest

from core.verdict import CANNED, NOT_MEASURABLE, ROBUST, Item, Measure, VerdictPanel, verdict_panel, verdict_panels
from tests.verdict_sim import null_coverage, simulate, tags

N_BOOT = 199


@pytest.fixture(scope="module")
def panels() -> dict[str, VerdictPanel]:
    items = simulate("smiling", 1) + simulate("reacting", 2)
    got = verdict_panels(items, ["smiling", "reacting"], tags(), "neutral", seed=7, n_boot=N_BOOT)
    return {p.model: p for p in got}


def _m(p: VerdictPanel, key: str) -> Measure:
    m = p.measure(key)
    assert m is not None and m.measurable, (key, m)
    return m


def _excludes(m: Measure, x: float | None) -> bool:
    assert x is not None and m.ci_low is not None and m.ci_high is not None
    return not m.ci_low <= x <= m.ci_high


def test_planted_truth_the_panel_separates_the_smiling_and_the_reacting_model(panels):
    smile, react = panels["smiling"], panels["reacting"]
    side = {p.model: {ln.key: ln.side for ln in p.lines} for p in (smile, react)}
    assert side["smiling"]["push-back"] == CANNED and side["reacting"]["push-back"] == ROBUST
    for key in ("canned-across", "boilerplate", "responsiveness"):
        assert side["smiling"][key] == CANNED, key
        assert side["reacting"][key] == ROBUST, key
    assert side["reacting"]["nudging-gap"] == ROBUST and side["smiling"]["nudging-gap"] != ROBUST
    assert len(smile.side(CANNED)) > len(react.side(CANNED))
    assert len(react.side(ROBUST)) >= 4


def test_planted_truth_nudging_gap_and_cannedness_intervals_exclude_each_others_values(panels):
    smile, react = panels["smiling"], panels["reacting"]
    for key in ("nudging-gap", "canned-across", "canned-within"):
        a, b = _m(smile, key), _m(react, key)
        assert _excludes(a, b.estimate) and _excludes(b, a.estimate), key
    # the smiling model: positive under both loaded frames, never pushes back
    assert _m(smile, "push-back").estimate == 0.0
    assert _m(react, "negative-pull").ci_high < 0  # type: ignore[operator]


def test_every_line_states_its_rule_and_numbers(panels):
    for p in panels.values():
        assert len(p.lines) == len(p.measures)
        for ln, m in zip(p.lines, p.measures, strict=True):
            assert ln.key == m.key and ln.rule and ln.words
            if m.measurable:
                assert "[" in ln.words and "questions" in ln.words


def test_same_seed_same_panel_and_other_seed_other_intervals():
    items = simulate("null", 3)
    a = verdict_panel(items, "null", tags(), "neutral", seed=1, n_boot=N_BOOT)
    b = verdict_panel(items, "null", tags(), "neutral", seed=1, n_boot=N_BOOT)
    c = verdict_panel(items, "null", tags(), "neutral", seed=2, n_boot=N_BOOT)
    assert a == b
    assert [m.estimate for m in a.measures] == [m.estimate for m in c.measures]
    assert [m.ci_low for m in a.measures] != [m.ci_low for m in c.measures]


def test_not_measurable_here_says_why():
    # a Ryff-like study: only the baseline and unloaded contexts, no probes, no scores, no control bank
    t = {k: v for k, v in tags().items() if k in ("neutral", "lab-interview")}
    items = [Item("m", f"q{i}", c, "An answer here. Another sentence now.", (1.0, float(i), 0.5), {})
             for i in range(5) for c in t for _ in range(2)]
    p = verdict_panel(items, "m", t, "neutral", seed=7, n_boot=N_BOOT)
    reasons = {m.key: m.reason for m in p.measures if not m.measurable}
    assert "no positive-loaded context" in reasons["nudging-gap"]
    assert "no loaded" in reasons["push-back"]
    assert "probe" in reasons["eval-auc"]
    assert "control" in reasons["canned-across"] and "control" in reasons["boilerplate"]
    assert "placebo" in reasons["responsiveness"]
    assert "no private context" in reasons["audience-private-vs-lab-interview"]
    assert all(ln.side == NOT_MEASURABLE and "not measurable here" in ln.words
               for ln in p.lines if ln.key in reasons)


def test_calibration_under_the_null_each_interval_covers_the_null_value():
    # fast version (benchmarks/bench_verdict.py runs 500): with 40 runs at a true 95%, coverage below 80%
    # has probability < 0.001
    cov = null_coverage(40, N_BOOT)
    for k, c in cov.items():
        assert c >= 0.8, (k, c)
