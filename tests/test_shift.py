"""Context shift: energy distance, permutation p, bootstrap CI, BH, the null false-positive rate."""

from __future__ import annotations

import math

import numpy as np
import pytest

from core.shift import bh, cosine_distances, energy_distance, model_shift


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def _corpus(rng: np.random.Generator, *, n_q: int, contexts: list[str], samples: int, dim: int = 16,
            planted: dict[str, float] | None = None, noise: float = 0.6):
    """Each question has its own centre; a planted context moves it by `planted[c]` along a fixed register."""
    planted = planted or {}
    register = _unit(rng.normal(size=dim))
    emb, qs, cs = [], [], []
    for q in range(n_q):
        centre = rng.normal(size=dim)
        for c in contexts:
            for _ in range(samples):
                v = centre + planted.get(c, 0.0) * register * math.sqrt(dim) + noise * rng.normal(size=dim) * 1.5
                emb.append(_unit(v))
                qs.append(f"q{q}")
                cs.append(c)
    return np.array(emb, dtype=np.float32), qs, cs


def test_energy_distance_by_hand():
    # three unit vectors in the plane: B = {e1, e2}, C = {-e1, -e2} would be too easy; use angles
    b = np.array([[1.0, 0.0], [0.0, 1.0]])
    c = np.array([[-1.0, 0.0], [0.0, 1.0]])
    d = cosine_distances(np.vstack([b, c]))
    # cross pairs: (e1,-e1)=2, (e1,e2)=1, (e2,-e1)=1, (e2,e2)=0 -> mean 1
    # within B: d(e1,e2)=1 -> 1 ; within C: d(-e1,e2)=1 -> 1
    assert energy_distance(d, 2) == pytest.approx(2 * 1 - 1 - 1)
    c2 = np.array([[-1.0, 0.0], [-1.0, 0.0]])
    d2 = cosine_distances(np.vstack([b, c2]))
    # cross: (e1,-e1)=2 twice, (e2,-e1)=1 twice -> 1.5 ; within B 1 ; within C 0
    assert energy_distance(d2, 2) == pytest.approx(2 * 1.5 - 1 - 0)


def test_energy_distance_is_mean_embedding_move_without_bias():
    rng = np.random.default_rng(0)
    x = _unit(rng.normal(size=(6, 5)))
    y = _unit(rng.normal(size=(4, 5)) + 1.0)
    d = cosine_distances(np.vstack([x, y]))
    # V-statistic version equals |mean x - mean y|^2 for unit vectors; U differs only by the diagonal terms
    nx, ny = len(x), len(y)
    v_stat = 2 * d[:nx, nx:].mean() - d[:nx, :nx].mean() - d[nx:, nx:].mean()
    assert v_stat == pytest.approx(float(np.sum((x.mean(0) - y.mean(0)) ** 2)))
    u_stat = energy_distance(d, nx)
    assert u_stat == pytest.approx(v_stat - d[:nx, :nx].sum() / (nx * nx * (nx - 1))
                                   - d[nx:, nx:].sum() / (ny * ny * (ny - 1)))


def test_bh_by_hand():
    p = [0.01, 0.04, 0.03, 0.005, None, 0.5]
    # sorted: 0.005, 0.01, 0.03, 0.04, 0.5 (m = 5) -> raw 0.025, 0.025, 0.05, 0.05, 0.5
    q = bh(p)
    assert q[3] == pytest.approx(0.025)
    assert q[0] == pytest.approx(0.025)
    assert q[2] == pytest.approx(0.05)
    assert q[1] == pytest.approx(0.05)
    assert q[4] is None
    assert q[5] == pytest.approx(0.5)
    # monotone step-up: a larger p never gets a smaller q
    assert bh([0.02, 0.021, 0.9]) == pytest.approx([0.0315, 0.0315, 0.9])


def test_planted_contexts_are_the_significant_ones():
    rng = np.random.default_rng(1)
    contexts = ["neutral", "lab", "casual", "flowers"]
    emb, qs, cs = _corpus(rng, n_q=6, contexts=contexts, samples=6, planted={"lab": 0.8})
    res = model_shift("m", emb, qs, cs, "neutral", seed=3, contexts=contexts)
    sig = {(t.question_id, t.context_id) for t in res.tests if t.significant}
    assert {(f"q{i}", "lab") for i in range(6)} <= sig
    # BH bounds the false discovery *rate*: a stray null test may pass, rarely more than one
    assert len(sig) <= 7
    by_ctx = {r.context_id: r for r in res.contexts}
    assert {c for c, r in by_ctx.items() if r.q_value < 0.05} == {"lab"}
    assert by_ctx["lab"].p_value < 0.01 and by_ctx["lab"].n_significant == 6
    assert by_ctx["lab"].ci_low > by_ctx["casual"].ci_high
    assert by_ctx["casual"].n_significant == 0
    for t in res.tests:
        assert t.ci_low <= t.distance <= t.ci_high or t.context_id != "lab"
        assert t.noise_floor > 0


def test_null_false_positive_rate_over_many_seeds():
    contexts = ["neutral", "a", "b", "c"]
    n_tests = n_sig = n_ctx_sig = 0
    for seed in range(30):
        rng = np.random.default_rng(100 + seed)
        emb, qs, cs = _corpus(rng, n_q=5, contexts=contexts, samples=5)
        res = model_shift("m", emb, qs, cs, "neutral", seed=seed, contexts=contexts, n_boot=50)
        n_tests += len(res.tests)
        n_sig += sum(t.significant for t in res.tests)
        n_ctx_sig += sum(r.p_value < 0.05 for r in res.contexts)
    assert n_tests == 30 * 5 * 3
    assert n_sig / n_tests <= 0.05
    # the context-level p is a plain permutation p (no correction), so about 5% by design
    assert n_ctx_sig / (30 * 3) <= 0.12


def test_null_p_values_are_roughly_uniform():
    contexts = ["neutral", "a"]
    ps = []
    for seed in range(40):
        rng = np.random.default_rng(500 + seed)
        emb, qs, cs = _corpus(rng, n_q=5, contexts=contexts, samples=8)
        res = model_shift("m", emb, qs, cs, "neutral", seed=seed, n_perm=199, n_boot=20)
        ps += [t.p_value for t in res.tests]
    assert 0.35 < float(np.mean(ps)) < 0.65
    assert float(np.mean(np.array(ps) < 0.05)) <= 0.09


def test_fewer_than_two_samples_means_no_test_and_says_why():
    rng = np.random.default_rng(2)
    emb, qs, cs = _corpus(rng, n_q=2, contexts=["neutral", "a"], samples=3)
    # drop all but one sample of context a on q0
    keep = [i for i, (q, c) in enumerate(zip(qs, cs, strict=True)) if not (q == "q0" and c == "a")] + [
        next(i for i, (q, c) in enumerate(zip(qs, cs, strict=True)) if q == "q0" and c == "a")]
    keep.sort()
    res = model_shift("m", emb[keep], [qs[i] for i in keep], [cs[i] for i in keep], "neutral", seed=0)
    t0 = next(t for t in res.tests if t.question_id == "q0")
    assert t0.p_value is None and t0.q_value is None and t0.distance is None and not t0.significant
    assert "1 sample" in t0.note and "context 'a'" in t0.note
    t1 = next(t for t in res.tests if t.question_id == "q1")
    assert t1.p_value is not None
    assert res.contexts[0].n_questions == 1
    # a context with no baseline at all on a question
    res2 = model_shift("m", emb, qs, cs, "missing", seed=0, contexts=["neutral", "a"])
    assert all(t.p_value is None and "baseline 'missing' has 0 samples" in t.note for t in res2.tests)
    assert all(r.mean_distance is None and r.n_questions == 0 for r in res2.contexts)


def test_exact_enumeration_for_small_groups():
    # 2 vs 2 is 6 splits; the two labelings of the observed split tie, so p >= 2/6
    emb = _unit(np.array([[1, 0, 0], [1, 0.1, 0], [0, 1, 0], [0.1, 1, 0]], dtype=np.float32))
    res = model_shift("m", emb, ["q"] * 4, ["n", "n", "a", "a"], "n", seed=0)
    t = res.tests[0]
    assert t.p_value == pytest.approx(2 / 6)
    assert "exact" in t.note


def test_deterministic_for_a_seed_and_fast():
    import time

    rng = np.random.default_rng(4)
    contexts = [f"c{i}" for i in range(10)]
    emb, qs, cs = _corpus(rng, n_q=50, contexts=contexts, samples=10, dim=64)
    assert len(emb) == 5000
    t0 = time.perf_counter()
    a = model_shift("m", emb, qs, cs, "c0", seed=9)
    took = time.perf_counter() - t0
    b = model_shift("m", emb, qs, cs, "c0", seed=9)
    assert a == b
    assert took < 20, took
