"""Per-mask stability: its interval, and the rule's calibration on reruns with known truth (tests/stability_sim.py;
benchmarks/bench_stability.py runs it at full size and on the bundled corpus's own reruns)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from core.analysis import N_RERUNS
from core.masks import STABILITY_MIN, Mask, stability_interval, stability_text
from tests.stability_sim import simulate, spread, stop_when_settled, two_valued

REPS = 2000


def test_interval_is_a_student_t_interval_over_the_reruns_clipped_to_0_1() -> None:
    runs = np.array([[0.6, 0.65, 0.7], [1.0, 1.0, 1.0], [0.95, 1.0, 1.0]])
    mean, low, high = stability_interval(runs, 0.95)
    half = stats.t.ppf(0.975, 2) * 0.05 / math.sqrt(3)
    assert mean == pytest.approx([0.65, 1.0, 0.98333333])
    assert low[0] == pytest.approx(0.65 - half) and high[0] == pytest.approx(0.65 + half)
    assert low[1] == high[1] == 1.0  # every rerun held: no spread seen (see the two-valued family below)
    assert high[2] == 1.0 and low[2] < mean[2]  # clipped
    one = stability_interval(runs[:, :1])
    assert one[0] == pytest.approx([0.6, 1.0, 0.95]) and np.isnan(one[1]).all() and np.isnan(one[2]).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.floats(0, 1), min_size=4, max_size=4), min_size=1, max_size=5),
       st.floats(0.5, 0.99))
def test_interval_holds_the_mean_and_stays_in_0_1(rows: list[list[float]], level: float) -> None:
    mean, low, high = stability_interval(np.array(rows), level)
    assert (0 <= low).all() and (low <= mean + 1e-12).all() and (mean <= high + 1e-12).all() and (high <= 1).all()


@pytest.mark.parametrize("theta", [0.6, 0.7, 0.9, 0.95])
def test_the_rule_with_the_shipped_reruns_is_right_away_from_the_threshold(theta: float) -> None:
    out = simulate(spread(theta), N_RERUNS, REPS, seed=int(theta * 100))
    assert out.wrong <= 0.02, out


@pytest.mark.parametrize("theta", [0.7, 0.85, 0.95])
def test_the_interval_covers_the_true_stability_about_as_stated(theta: float) -> None:
    out = simulate(spread(theta), N_RERUNS, REPS, seed=1 + int(theta * 100))
    assert 0.92 <= out.coverage <= 0.98, out


def test_ten_reruns_decide_what_three_left_to_chance() -> None:
    # what the bundled corpus showed: a big mask near the rule, and a mask that falls apart in one rerun in twenty
    for family in (spread(0.85), two_valued(0.95, 0.3)):
        three = simulate(family, 3, REPS, seed=3)
        ten = simulate(family, N_RERUNS, REPS, seed=3)
        assert ten.wrong <= 0.03 and three.wrong >= 0.06 and ten.wrong < three.wrong / 2, (three, ten)


def test_stopping_once_settled_would_show_masks_that_fall_apart_more_often() -> None:
    # why the reruns are a fixed count: three reruns that all held look settled, and the mask is shown
    family = two_valued(2 / 3, 0.25)  # stability 0.75: an unstable cluster
    assert family.theta < STABILITY_MIN
    fixed = simulate(family, N_RERUNS, REPS, seed=4)
    early = simulate(family, N_RERUNS, REPS, seed=4, rule=stop_when_settled(3), label="3 or more")
    assert early.shown > fixed.shown + 0.05, (fixed, early)


def test_a_two_valued_mask_that_always_held_gets_a_zero_width_interval_it_does_not_deserve() -> None:
    # the interval's known weak spot, stated in the README: no rerun fell apart, so no spread was seen
    out = simulate(two_valued(0.9, 0.3), N_RERUNS, REPS, seed=5)
    assert out.coverage < 0.8 and out.wrong <= 0.1, out


def test_stability_text_states_the_interval_and_the_reruns() -> None:
    m = Mask(mask_id=0, size=10, context_counts={"a": 10}, top_context="a", purity=1.0, keywords=(),
             exemplar_ids=(), stability=0.8234, stability_low=0.7911, stability_high=0.8557, stability_reruns=10)
    assert stability_text(m) == "0.82 [0.79, 0.86], 10 reruns"
    assert stability_text({"stability": 0.9, "stability_reruns": 1}) == "0.90, 1 rerun"
    assert stability_text({"stability": None}) == "not measured"


def test_an_analysis_gives_each_mask_its_interval_and_the_report_states_the_rule(tmp_path: Path) -> None:
    from core.analysis import analyze
    from core.report import methods_text
    from core.report.gather import ReportData
    from core.report.markdown import _md_masks
    from tests.fakes import FakeEmbedder
    from tests.planted import make_planted_corpus
    from tests.test_analysis import _store

    store = _store(tmp_path / "s.sqlite", ("fake/a", make_planted_corpus(3, n_questions=8, samples=6)))
    a = analyze(store, "planted", embedder=FakeEmbedder(), progress=False, save=False, score=False,
                n_perm=99, n_boot=99).analysis
    masks = [m for m in a.masks if m.mask_id >= 0]
    assert masks
    for m in masks:
        assert m.stability_reruns == N_RERUNS and m.stability is not None
        assert m.stability_low is not None and m.stability_high is not None
        assert m.stability_low <= m.stability <= m.stability_high
        assert m.reported == (m.stability >= STABILITY_MIN)
    text = " ".join("".join(str(p) for p in sentence) for sentence in methods_text(a, {"markers": {}}))
    assert "95% t interval over the reruns" in text and "unstable cluster" in text
    table = "\n".join(_md_masks(ReportData(study="planted", analysis=a, provenance={}), "fake/a"))
    assert "| mask | size | top context | purity | stability | keywords |" in table
    assert f"{stability_text(masks[0])} |" in table.replace("\\", "")


def test_a_mask_finding_quotes_the_masks_own_stability_not_the_models() -> None:
    from core.findings import mask_findings
    from tests.analysis_dicts import mask_dict, provenance, typed

    base = {"study": "s", "n_responses": 40, "models": ["m"], "contexts": ["cats", "base"], "baseline_context": "base",
            "embedder": "fake", "seed": 7, "shift": [], "context_shift": [], "scales": [], "markers": [],
            "mask_context_nmi": {"m": 0.3}, "stability": {"m": 0.61}, "provenance": provenance()}
    own = mask_dict("m", 0, ["meow"], {"cats": 30, "base": 2}, name="Meow.", stability=0.8234,
                    stability_low=0.7911, stability_high=0.8557, stability_reruns=10)
    text = "".join(str(p) for f in mask_findings(typed(base | {"masks": [own]}), "m") for p in f.parts)
    assert "its own stability 0.82 [0.79, 0.86], 10 reruns" in text and "0.61" not in text
    old = mask_dict("m", 0, ["meow"], {"cats": 30, "base": 2}, name="Meow.")  # a record from before
    text = "".join(str(p) for f in mask_findings(typed(base | {"masks": [old]}), "m") for p in f.parts)
    assert "mask stability 0.61" in text
