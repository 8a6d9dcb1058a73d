"""Model comparison: a model moved by a context differs from one that is not; nulls stay quiet."""

from __future__ import annotations

import numpy as np
import pytest

from core.compare import compare_analyses, compare_models, shift_records
from core.shift import ShiftRecord, model_shift
from tests.shift_sim import shifted_embeddings

CONTEXTS = ["neutral", "lab", "casual"]


def _two_models(seed: int, lab_a: float, lab_b: float, n_q: int = 8):
    out = []
    for i, (m, lab) in enumerate((("A", lab_a), ("B", lab_b))):
        rng = np.random.default_rng(seed * 10 + i)
        emb, qs, cs = shifted_embeddings(rng, n_q=n_q, contexts=CONTEXTS, samples=5, planted={"lab": lab})
        out += model_shift(m, emb, qs, cs, "neutral", seed=seed, contexts=CONTEXTS, n_boot=100).tests
    return out


def test_planted_difference_is_significant_and_side_by_side():
    tests = _two_models(1, lab_a=0.8, lab_b=0.0)
    recs = compare_models(tests, seed=1)
    by = {r.context_id: r for r in recs}
    assert set(by) == {"lab", "casual"}
    lab = by["lab"]
    assert (lab.model_a, lab.model_b, lab.n_questions) == ("A", "B", 8)
    assert lab.significant and lab.difference > 0 and lab.ci_low > 0
    assert lab.ci_low_a <= lab.mean_a <= lab.ci_high_a and lab.mean_a > lab.ci_high_b
    assert not by["casual"].significant


def test_sign_flip_p_by_hand():
    # 3 questions, differences all +0.1: 8 sign patterns, only all-plus and all-minus reach |mean| 0.1
    tests = [ShiftRecord(m, f"q{i}", "c", d, 0.1, 0, 0, 0.5, 0.5, False)
             for i in range(3) for m, d in (("A", 0.3), ("B", 0.2))]
    (rec,) = compare_models(tests, seed=0)
    assert rec.difference == pytest.approx(0.1)
    assert rec.p_value == pytest.approx(2 / 8)


def test_null_comparisons_rarely_significant():
    n = sig = 0
    for seed in range(20):
        recs = compare_models(_two_models(200 + seed, 0.0, 0.0, n_q=6), seed=seed, n_perm=199, n_boot=50)
        n += len(recs)
        sig += sum(r.significant for r in recs)
    assert n == 40 and sig / n <= 0.05


def test_too_few_shared_questions_is_no_test():
    tests = [ShiftRecord("A", "q0", "c", 0.3, 0.1, 0, 0, 0.5, 0.5, False),
             ShiftRecord("B", "q0", "c", 0.2, 0.1, 0, 0, 0.5, 0.5, False)]
    (rec,) = compare_models(tests, seed=0)
    assert rec.p_value is None and not rec.significant and "1 question" in rec.note
    assert compare_models(tests[:1], seed=0) == ()


def test_across_studies_from_analysis_dicts():
    tests = _two_models(3, lab_a=0.8, lab_b=0.0)
    from dataclasses import asdict

    a = {"study": "s1", "shift": [asdict(t) | {"model": "m"} for t in tests if t.model == "A"]}
    b = {"study": "s2", "shift": [asdict(t) | {"model": "m"} for t in tests if t.model == "B"]}
    recs = compare_analyses([a, b], seed=3)
    lab = next(r for r in recs if r.context_id == "lab")
    assert (lab.model_a, lab.model_b) == ("s1:m", "s2:m") and lab.significant
    assert shift_records(a["shift"])[0].model == "m"
