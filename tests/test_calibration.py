"""Calibration on simulated studies with known truth (small, CI-sized; benchmarks/bench_calibration.py is the long one).

Bounds are binomial: each asserted count sits more than 3 SD from its expected value, and seeds are fixed.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.scales import g_interval, hedges_g
from core.shift import model_shift
from tests.calibration_sim import Design, context_coverage

DESIGN = Design()


def test_null_studies_control_context_and_question_false_positives():
    contexts = ["base", "a", "b", "c"]
    n_ctx = ctx_p = ctx_sig = studies_with_q = 0
    for i in range(40):
        emb, qs, cs, _ = DESIGN.study(np.random.default_rng(7000 + i), n_q=10, contexts=contexts, samples=5)
        res = model_shift("m", emb, qs, cs, "base", seed=i, contexts=contexts, n_perm=199)
        n_ctx += len(res.contexts)
        ctx_p += sum(r.p_value < 0.05 for r in res.contexts)
        ctx_sig += sum(r.significant for r in res.contexts)
        studies_with_q += any(t.significant for t in res.tests)
    assert n_ctx == 120
    assert ctx_p <= 14  # expected 6 at 5%; sd 2.4
    assert ctx_sig <= 10
    assert studies_with_q <= 5  # with no effect anywhere, any question found is a false discovery


def test_context_intervals_cover_the_truth():
    _, hits = context_coverage(DESIGN, 60, n_q=30, seed0=8000, truth_n_q=100)
    for c, (h_shift, h_disp) in hits.items():
        # 60 draws at 95%: expected 57, sd 1.7
        assert h_shift >= 51 and h_disp >= 51, (c, h_shift, h_disp)


def test_planted_context_and_its_collapse_are_found():
    contexts = ["base", "a", "moved", "collapsed"]
    emb, qs, cs, _ = DESIGN.study(np.random.default_rng(11), n_q=20, contexts=contexts, samples=10,
                                  move={"moved": 0.5}, spread={"collapsed": 0.5})
    res = model_shift("m", emb, qs, cs, "base", seed=1, contexts=contexts)
    by = {r.context_id: r for r in res.contexts}
    assert by["moved"].significant and not by["a"].significant
    assert by["collapsed"].dispersion_significant and by["collapsed"].dispersion < 0
    assert not by["a"].dispersion_significant
    assert by["moved"].n_significant >= 10


@pytest.mark.parametrize(("n", "delta"), [(5, 0.0), (10, 0.8), (20, -1.5)])
def test_hedges_g_interval_covers_the_true_standardised_difference(n, delta):
    rng = np.random.default_rng(int(100 * n + 10 * delta + 50))
    hit = 0
    sims = 300
    g_sum = 0.0
    for _ in range(sims):
        a = list(rng.normal(delta, 1.0, size=n))
        b = list(rng.normal(0.0, 1.0, size=n))
        lo, hi = g_interval(a, b)
        hit += lo <= delta <= hi
        g_sum += hedges_g(a, b)
    # 300 draws at 95%: expected 285, sd 3.8
    assert hit >= 273, hit
    # g is (nearly) unbiased; the mean of 300 draws is within ~4 SE of delta
    assert abs(g_sum / sims - delta) < 4 * math.sqrt(2 / n + delta**2 / (4 * n)) / math.sqrt(sims) + 0.02
