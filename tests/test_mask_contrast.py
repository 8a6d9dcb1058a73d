"""Context-contrast grouping of the stance masks (core/mask_contrast.py): the max-T test's false-positive rate
on answers simulated under its null (units independent of context given the question, rates that differ by
question, unbalanced cells), its power, shared and partial registers, and plain answers left out."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from core.mask_contrast import (
    WAYS_OVERLAP,
    Contrast,
    _null_tops,
    _said_apart,
    context_sets,
    contrast,
    contrast_labels,
    exclusive_ways,
    split_independent,
    twin_parts,
    two_max_t,
)


def _matrix(rows: list[set[int]], width: int) -> sparse.csr_matrix:
    """Answers x units 0/1 from each answer's set of units."""
    ii = [i for i, r in enumerate(rows) for _ in r]
    jj = [u for r in rows for u in sorted(r)]
    return sparse.csr_matrix((np.ones(len(ii)), (ii, jj)), shape=(len(rows), width))


def _answers(seed: int, *, n_q: int = 10, n_c: int = 6, per_cell: tuple[int, int] = (3, 8), k: int = 40,
             planted: dict[tuple[int, ...], float] | None = None, on_questions: float = 1.0,
             wordy: dict[int, float] | None = None,
             ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """(answers x units 0/1, question, context, truth) where truth is the planted set's index (-1: plain).

    Null units: each question has its own rate per unit (topics), and cells have unequal sizes, so an
    unstratified test would see context effects where there are none. planted: context set -> share of its
    answers that also say 1-2 of 8 register units of their own (on the first `on_questions` share of questions).
    wordy: context -> factor on its null units' rates (a context that answers at length).
    """
    rng = np.random.default_rng(seed)
    planted = planted or {}
    rows, q, c, truth = [], [], [], []
    reg_units = {s: np.arange(k + 8 * j, k + 8 * (j + 1)) for j, s in enumerate(planted)}
    on = set(range(int(round(on_questions * n_q))))
    for qi in range(n_q):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(n_c):
            for _ in range(int(rng.integers(per_cell[0], per_cell[1] + 1))):
                f = (wordy or {}).get(ci, 1.0)
                row = set(np.flatnonzero(rng.random(k) < np.minimum(rates * f, 1.0)).tolist())
                t = -1
                for j, (s, share) in enumerate(planted.items()):
                    if ci in s and qi in on and rng.random() < share:
                        row |= set(rng.choice(reg_units[s], size=int(rng.integers(1, 3)), replace=False).tolist())
                        t = j
                rows.append(row)
                q.append(qi)
                c.append(ci)
                truth.append(t)
    width = k + 8 * len(planted)
    R = _matrix(rows, width)
    return R, np.array(q), np.array(c), np.array(truth)


def test_false_positive_rate_under_the_null_is_at_most_alpha() -> None:
    # 200 null corpora, alpha 0.05, 99 permutations: the max-T test is exact up to permutation noise
    hits = 0
    for seed in range(200):
        R, q, c, _ = _answers(seed)
        con = contrast(R, q, 10, c, 6, seed, alpha=0.05, n_perm=99)
        hits += bool(con.passed.any())
    assert hits / 200 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 200), hits


def test_false_positive_rate_with_sets_of_four_and_five_is_at_most_alpha() -> None:
    # 10 contexts: 637 candidate sets (threes, fours, fives), 100 null corpora, alpha 0.05, 99 permutations
    # (benchmarks/bench_mask_contrast_null.py runs 300 at 199: 3 and 1 false passes at 0.05 and 0.01)
    hits = 0
    for seed in range(100):
        R, q, c, _ = _answers(7000 + seed, n_c=10)
        con = contrast(R, q, 10, c, 10, seed, alpha=0.05, n_perm=99)
        assert max(len(s_) for s_ in con.sets) == 5
        hits += bool(con.passed.any())
    assert hits / 100 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 100), hits


def test_null_with_one_answer_per_cell_and_strong_topics_stays_calibrated() -> None:
    hits = 0
    for seed in range(100):
        R, q, c, _ = _answers(1000 + seed, n_q=30, per_cell=(1, 1), k=20)
        hits += bool(contrast(R, q, 30, c, 6, seed, alpha=0.05, n_perm=99).passed.any())
    assert hits / 100 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 100), hits


def _cell_quirks(seed: int, *, n_q: int = 40, n_c: int = 6, k: int = 40, quirks: int = 30,
                 per_cell: Callable[[int], int] = lambda ci: 8) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Null with prompt quirks: no context effect across questions, but `quirks` phrases each said in 80% of the
    answers of 2-3 random (question, context) cells and nowhere else, as repeated samples of one prompt share
    what that prompt happens to bring out. per_cell: answers in each cell of a context."""
    rng = np.random.default_rng(seed)
    cell_units: dict[tuple[int, int], list[int]] = {}
    for u in range(quirks):
        for _ in range(int(rng.integers(2, 4))):
            cell_units.setdefault((int(rng.integers(n_q)), int(rng.integers(n_c))), []).append(k + u)
    ii: list[int] = []
    jj: list[int] = []
    q: list[int] = []
    c: list[int] = []
    for qi in range(n_q):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(n_c):
            for _ in range(per_cell(ci)):
                u = np.flatnonzero(rng.random(k) < rates).tolist()
                u += [x for x in cell_units.get((qi, ci), []) if rng.random() < 0.8]
                ii += [len(q)] * len(u)
                jj += u
                q.append(qi)
                c.append(ci)
    R = sparse.csr_matrix((np.ones(len(ii)), (ii, jj)), shape=(len(q), k + quirks))
    return R, np.array(q), np.array(c)


def test_prompt_quirks_without_a_context_effect_stay_calibrated() -> None:
    # cells, not answers, are shuffled: a phrase one prompt's samples share is no evidence about its context
    hits = 0
    for seed in range(40):
        R, q, c = _cell_quirks(seed)
        hits += bool(contrast(R, q, 40, c, 6, seed, alpha=0.05, n_perm=99).passed.any())
    assert hits / 40 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 40), hits


def test_power_one_context_register_in_a_small_corpus() -> None:
    # ~330 answers, one context speaks its register in 90% of answers: found in every seed, and labels match
    found = 0
    for seed in range(10):
        R, q, c, truth = _answers(seed, planted={(2,): 0.9})
        labels, con, _ = contrast_labels(R, q, 10, c, 6, seed, min_size=5)
        found += bool(con.passed[2])
        inside = labels[truth == 0]
        assert (inside >= 0).mean() >= 0.8
    assert found == 10


def test_shared_register_is_one_mask_of_its_pair() -> None:
    R, q, c, truth = _answers(3, planted={(1, 4): 0.9})
    labels, con, _ = contrast_labels(R, q, 10, c, 6, 3, min_size=5)
    pair = con.sets.index((1, 4))
    assert con.passed[pair]
    assert (labels[truth == 0] == pair).mean() >= 0.8


def test_register_three_contexts_share_is_one_mask_of_their_three() -> None:
    # a register said in three of eight contexts: with sets of three it is their set's mask; with singles and
    # pairs only (the test before), no candidate holds it, and at most a fraction of it lands in some pair
    # (a phrase one of the three happens to say less leans to the other two and passes there: twin_parts
    # gives it back to the three, seeds 1-5 of this design)
    for seed in range(4):
        R, q, c, truth = _answers(seed, n_c=8, planted={(1, 4, 6): 0.9})
        labels, con, _ = contrast_labels(R, q, 10, c, 8, seed, min_size=5)
        three = con.sets.index((1, 4, 6))
        assert con.passed[three]
        assert (labels[truth == 0] == three).mean() >= 0.8
        assert set(np.unique(labels)) == {-1, three}
    assert (labels[truth < 0] >= 0).mean() <= 0.02
    before, con2, _ = contrast_labels(R, q, 10, c, 8, 4, min_size=5, max_set=2)
    assert max(len(s) for s in con2.sets) == 2
    mask = before[truth == 0]
    assert np.bincount(mask[mask >= 0], minlength=1).max(initial=0) < 0.8 * len(mask)


@pytest.mark.parametrize("shared", [(1, 4, 6, 9), (0, 2, 3, 5, 8)])
def test_register_four_or_five_contexts_share_is_one_mask_of_their_set(shared: tuple[int, ...]) -> None:
    # a register said in four (five) of ten contexts: with sets of four and five it is their set's mask, not
    # split among the smaller sets inside it
    for seed in range(3):
        R, q, c, truth = _answers(seed, n_c=10, planted={shared: 0.9})
        labels, con, _ = contrast_labels(R, q, 10, c, 10, seed, min_size=5)
        own = con.sets.index(shared)
        assert con.passed[own]
        assert (labels[truth == 0] == own).mean() >= 0.8
        assert set(np.unique(labels)) == {-1, own}
    assert (labels[truth < 0] >= 0).mean() <= 0.02


def test_sets_of_three_or_more_leave_three_contexts_outside() -> None:
    from core.mask_contrast import context_sets

    assert {len(s) for s in context_sets(5)} == {1, 2}
    assert {len(s) for s in context_sets(6)} == {1, 2, 3}
    assert {len(s) for s in context_sets(7)} == {1, 2, 3, 4}
    assert {len(s) for s in context_sets(8)} == {1, 2, 3, 4, 5}
    assert len(context_sets(10)) == 10 + 45 + 120 + 210 + 252
    assert len(context_sets(10, max_size=3)) == 175
    # and a register in more contexts than any candidate set has cannot be found: its bound says so
    from core.mask_contrast import cell_bound

    assert cell_bound(10, 6, 4) == 1.0 and cell_bound(10, 7, 4) < 1e-9 and cell_bound(10, 10, 6) == 1.0


def _habits_sharing_a_word(seed: int, habits: tuple[int, ...], n_c: int = 10, n_q: int = 10, per: int = 8,
                           k: int = 30, share: float = 0.4) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Each of `habits`' contexts has its own one-unit habit in `share` of its answers, every habit holding one
    word they all share (a review's construction)."""
    rng = np.random.default_rng(seed)
    rows, q, c = [], [], []
    shared = k + n_c
    for qi in range(n_q):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(n_c):
            for _ in range(per):
                row = set(np.flatnonzero(rng.random(k) < rates).tolist())
                if ci in habits and rng.random() < share:
                    row |= {k + ci, shared}
                rows.append(row)
                q.append(qi)
                c.append(ci)
    return _matrix(rows, shared + 1), np.array(q), np.array(c)


@pytest.mark.parametrize("habits", [(0, 1), (0, 1, 2, 3)])
def test_a_word_several_contexts_habits_share_does_not_merge_them(habits: tuple[int, ...]) -> None:
    # each context keeps its own habit's mask; the word they share leans to their set and passes, but it is part
    # of their lines (`nested`), not a mask of the set (before, with three to five contexts, one merged mask)
    R, q, c = _habits_sharing_a_word(0, habits)
    labels, con, _ = contrast_labels(R, q, 10, c, 10, 0, min_size=5, n_perm=199)
    masks = {con.sets[b] for b in np.unique(labels[labels >= 0])}
    assert masks == {(h,) for h in habits}


def test_three_contexts_that_answer_at_length_are_no_mask() -> None:
    # three of eight contexts say every phrase three times as often (long answers), nothing else differs: the
    # sets of three compare ratios net of each context's wordiness, so no set passes (without it, some set of
    # three passed in 4 of the first 6 seeds, with the separation of pairs)
    passed = 0
    for seed in range(20):
        R, q, c, _ = _answers(seed, n_c=8, n_q=12, per_cell=(6, 12), wordy={0: 3.0, 3: 3.0, 5: 3.0})
        con = contrast(R, q, 12, c, 8, seed, n_perm=199)
        passed += bool(con.passed.any())
    assert passed <= 1


def _terse_context(seed: int, *, n: int = 2000, n_q: int = 20, k: int = 120, k_f: int = 30, terse: float = 0.4,
                   share: float = 0.85, displace: float = 0.7) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """Three contexts. Content units (each question its own rates) scale with how much a context says; filler
    units have one rate everywhere (said once per answer, whatever its length). Context 2 answers tersely and,
    in `share` of its answers, says 1 of 4 register lines in place of content (its content rates x `displace`):
    every content phrase is then said two to four times less there, a third less net of its wordiness."""
    rng = np.random.default_rng(seed)
    per = n // (n_q * 3)
    filler = rng.uniform(0.05, 0.3, size=k_f)
    rows, q, c = [], [], []
    for qi in range(n_q):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(3):
            for _ in range(per):
                reg = ci == 2 and rng.random() < share
                r = np.minimum(rates * (terse if ci == 2 else 1.0) * (displace if reg else 1.0), 1.0)
                row = set(np.flatnonzero(rng.random(k) < r).tolist())
                row |= set((k + np.flatnonzero(rng.random(k_f) < filler)).tolist())
                if reg:
                    row.add(k + k_f + int(rng.integers(4)))
                rows.append(row)
                q.append(qi)
                c.append(ci)
    return _matrix(rows, k + k_f + 4), np.array(q), np.array(c)


def test_a_terse_context_whose_register_replaces_content_leaves_the_other_two_no_mask() -> None:
    # the other two say every content phrase 3-4 times as often: without the net check (ratios net of wordiness,
    # the outside at its upper bound) their pair passed in 20 of 20 corpora of 2,000 answers; the register
    # passes in every one (benchmarks/bench_mask_contrast_null.py runs more, and 600 and 20,000 answers)
    for seed in range(8):
        R, q, c = _terse_context(seed)
        con = contrast(R, q, 20, c, 3, seed, n_perm=199)
        assert [con.sets[i] for i in np.flatnonzero(con.passed)] == [(2,)], seed


def test_a_terse_context_alone_is_no_mask_of_the_other_two() -> None:
    passed = 0
    for seed in range(20):
        R, q, c = _terse_context(seed, n=600, share=0.0)
        passed += bool(contrast(R, q, 20, c, 3, seed, n_perm=199).passed.any())
    assert passed <= 1


def test_the_outside_upper_bound_is_the_poisson_one() -> None:
    from core.mask_contrast import upper_count

    # 95% one-sided: nothing seen -> -ln(0.05) = 3.00; and it grows with the count, above it
    assert upper_count(np.array([0.0]))[0] == pytest.approx(-np.log(0.05), rel=1e-9)
    up = upper_count(np.arange(50.0))
    assert np.all(np.diff(up) > 0) and np.all(up > np.arange(50.0))
    assert upper_count(np.array([10.0]))[0] == pytest.approx(17.0, abs=0.05)


def test_twin_parts_gives_a_set_that_lost_its_own_units_no_others() -> None:
    # passed {0}, {0, 1}, {0, 1, 2}, one unit each, the pair's and the single's both used by the larger sets'
    # other contexts: the pair's unit goes to the three, and the single's must not refill the emptied pair
    # (which would keep only the pair's p-value, earned by the unit that left; a review's construction)
    n_c = 6
    rates = np.array([[0.5, 0.3, 0, 0, 0, 0], [0.4, 0.4, 0.25, 0, 0, 0], [0.3, 0.3, 0.3, 0, 0, 0]]
                     + [[0.3] * 6] * 30)
    sets = context_sets(n_c)
    s0, p01, t012 = sets.index((0,)), sets.index((0, 1)), sets.index((0, 1, 2))
    unit_set = np.array([s0, p01, t012] + [-1] * 30)
    passed = np.isin(np.arange(len(sets)), [s0, p01, t012])
    con = Contrast(sets, unit_set, np.ones(len(sets)), np.where(passed, 0.005, 1.0), passed)
    for seed in range(3):
        rng = np.random.default_rng(seed)
        q, c = np.repeat(np.arange(10), 60), np.tile(np.repeat(np.arange(n_c), 10), 10)
        R = sparse.csr_matrix((rng.random((len(q), len(rates))) < rates[:, c].T).astype(float))
        final = np.where((out := twin_parts(R, q, 10, c, n_c, con, unit_set.copy())) >= 0, out, unit_set)[:3]
        assert final[1] == t012
        assert final[0] != p01


def test_sets_of_three_only_with_three_contexts_outside() -> None:
    # with fewer, three contexts share plain wording the others lack: not a candidate
    assert max(len(s) for s in context_sets(5)) == 2
    assert len(context_sets(6)) == 6 + 15 + 20
    assert len(context_sets(8, 2)) == 8 + 28


def test_register_on_some_questions_only_is_found() -> None:
    R, q, c, truth = _answers(5, n_q=20, planted={(3,): 0.9}, on_questions=0.3)
    labels, con, _ = contrast_labels(R, q, 20, c, 6, 5, min_size=5)
    assert con.passed[3]
    assert (labels[truth == 0] >= 0).mean() >= 0.8


def test_plain_answers_of_a_planted_context_stay_out() -> None:
    R, q, c, truth = _answers(7, per_cell=(8, 8), planted={(0,): 0.7})
    labels, _, _ = contrast_labels(R, q, 10, c, 6, 7, min_size=5)
    plain_in_context = (truth == -1) & (c == 0)
    assert (labels[plain_in_context] >= 0).mean() <= 0.1
    assert (labels[truth == -1] >= 0).mean() <= 0.02


def test_too_few_permutations_for_alpha_is_an_error() -> None:
    R, q, c, _ = _answers(0)
    with pytest.raises(ValueError, match="permutations"):
        contrast(R, q, 10, c, 6, 0, alpha=0.01, n_perm=49)


def test_same_seed_same_result_and_order_of_answers_does_not_matter() -> None:
    R, q, c, _ = _answers(11, planted={(2,): 0.8})
    a = contrast(R, q, 10, c, 6, 4)
    b = contrast(R, q, 10, c, 6, 4)
    assert np.array_equal(a.p, b.p) and np.array_equal(a.unit_set, b.unit_set)
    order = np.random.default_rng(0).permutation(len(q))
    d = contrast(R[order], q[order], 10, c[order], 6, 4)
    assert np.array_equal(a.unit_set, d.unit_set) and np.array_equal(a.stat, d.stat)
    assert np.array_equal(a.passed, d.passed)


@settings(max_examples=8, deadline=None, derandomize=True)
@given(n_c=st.integers(2, 7), n_q=st.integers(3, 12), lo=st.integers(1, 4), extra=st.integers(0, 4),
       share=st.floats(0.6, 1.0), seed=st.integers(0, 10_000))
def test_random_settings_find_a_strong_register_and_nothing_else(n_c: int, n_q: int, lo: int, extra: int,
                                                                 share: float, seed: int) -> None:
    R, q, c, truth = _answers(seed, n_q=n_q, n_c=n_c, per_cell=(lo, lo + extra), planted={(n_c - 1,): share})
    labels, con, _ = contrast_labels(R, q, n_q, c, n_c, seed, min_size=3)
    assert ((con.p > 0) & (con.p <= 1)).all()
    # whatever passed leans to the planted context: no set without it
    for j in np.flatnonzero(con.passed):
        assert n_c - 1 in con.sets[j]
    # plain answers outside the planted context are rarely labelled
    assert (labels[(truth == -1) & (c != n_c - 1)] >= 0).mean() <= 0.05


def test_cli_grouping_choices_and_default_are_the_core_ones() -> None:
    import argparse

    from core.commands import analyze as cmd
    from core.masks import GROUPINGS, MaskParams

    p = argparse.ArgumentParser()
    cmd.register(p.add_subparsers())
    action = next(a for a in p._subparsers._group_actions[0].choices["analyze"]._actions  # type: ignore[union-attr]
                  if a.dest == "mask_grouping")
    assert tuple(action.choices) == GROUPINGS[:2] and action.default == MaskParams().grouping == "context"


def test_unknown_grouping_is_refused_before_any_work() -> None:
    from core.analysis import _check_mask_options
    from core.masks import MaskParams, find_masks

    with pytest.raises(ValueError, match="grouping"):
        _check_mask_options("phrases", "louvain")
    with pytest.raises(ValueError, match="grouping"):  # kmeans clusters sentence vectors: phrases have none
        find_masks(["a b c."] * 4, ["q"] * 4, ["c"] * 4, [0, 1, 2, 3], lambda t: np.ones((len(t), 2), np.float32),
                   seed=0, params=MaskParams(grouping="kmeans"))


def test_masks_found_from_contexts_carry_the_max_t_p_value() -> None:
    from core.masks import find_masks
    from core.normalize import normalize
    from tests.fakes import FakeEmbedder
    from tests.planted_masks import make_corpus

    c = make_corpus("pool", seed=2, size=480)
    texts = [normalize(t) for t in c.texts]
    r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), FakeEmbedder().encode, seed=2,
                   n_reruns=2)
    assert r.masks and r.params["grouping"] == "context" and r.params["n_sets_passed"] >= len(r.masks)
    for m in r.masks:
        assert m.ami_p is not None and m.ami_p <= r.params["contrast_alpha"] and m.associated
    null = make_corpus("null", seed=3, size=480)
    r0 = find_masks([normalize(t) for t in null.texts], null.question_ids, null.context_ids,
                    list(null.response_ids), FakeEmbedder().encode, seed=3, n_reruns=0)
    assert not any(m.associated for m in r0.masks)


def test_leaning_against_each_units_top_contexts_equals_leaning_against_every_set() -> None:
    # _lean_top reads each unit against its m contexts of largest ratio only; same sets and deviances as the
    # argmax over every candidate set, with ties, contexts that never say a unit, per-unit gains, 1-12 contexts
    from core.mask_contrast import _Fixed, _lean_all, _lean_top, _set_matrix, context_sets

    rng = np.random.default_rng(1)
    for trial in range(300):
        n_c, k = int(rng.integers(1, 13)), int(rng.integers(1, 60))
        Ec = rng.exponential(size=(k, n_c)) * (rng.random((k, n_c)) < 0.8)
        obs_c = rng.poisson(Ec * rng.choice([1.0, 4.0, 20.0], size=(k, n_c))).astype(np.float64)
        obs_c[Ec == 0] = 0.0
        if trial % 3 == 0:
            Ec = np.round(Ec, 1)
            obs_c[Ec == 0] = 0.0
        sets = context_sets(n_c, int(rng.integers(2, 6)), int(rng.integers(n_c)) if trial % 4 == 1 else None)
        gain: float | np.ndarray = 0.5 if trial % 2 else rng.choice([0.5, 0.8], size=(k, 1))
        fx = _Fixed(RC=sparse.csr_matrix((k, 1)), n_c=n_c, sets=sets, Msets=_set_matrix(sets, n_c), Ec=Ec,
                    total=obs_c.sum(axis=1, keepdims=True) + rng.poisson(1.0, size=(k, 1)), min_gain=gain)
        for sep in (1.5, 2.0):
            a, b = _lean_top(fx, obs_c, 2.0, sep), _lean_all(fx, obs_c, 2.0, sep)
            assert np.array_equal(a[0], b[0]), (trial, sep)
            assert np.allclose(a[1], b[1])


def test_separation_shortcut_equals_the_definition() -> None:
    # separated() reads each row's five largest ratios instead of looping over sets; same answer, ties included,
    # sets of three and four on ratios net of each context's wordiness, listed pairs in any order
    from core.mask_contrast import THREE_SEPARATION, context_sets, separated

    rng = np.random.default_rng(0)
    for trial in range(200):
        n_c, k = int(rng.integers(1, 10)), int(rng.integers(1, 40))
        ratio = rng.exponential(size=(k, n_c)) * (rng.random((k, n_c)) < 0.6)
        wordy = rng.exponential(size=n_c) * (rng.random(n_c) < 0.8)
        if trial % 3 == 0:
            ratio, wordy = np.round(ratio, 1), np.round(wordy, 1)
        sets = context_sets(n_c)
        ref = np.ones((k, len(sets)), dtype=bool)
        for j, s in enumerate(sets):
            r = ratio / np.where(wordy > 0, wordy, 1.0) if len(s) >= 3 else ratio
            out = [c for c in range(n_c) if c not in s]
            if out:
                sep = 2.0 * (THREE_SEPARATION if len(s) >= 3 else 1.0)
                ref[:, j] = r[:, list(s)].min(axis=1) >= sep * r[:, out].max(axis=1)
        assert np.array_equal(separated(ratio, sets, 2.0, wordy=wordy), ref)
        ui, sj = np.nonzero(rng.random(ref.shape) < 0.3)
        order = rng.permutation(len(ui))
        ui, sj = ui[order], sj[order]
        assert np.array_equal(separated(ratio, sets, 2.0, (ui, sj), wordy), ref[ui, sj])


def test_a_gain_per_unit_equal_to_the_scalar_gives_the_same_contrast() -> None:
    R, q, c, _ = _answers(7, planted={(2,): 0.8})
    a = contrast(R, q, 10, c, 6, 7, n_perm=99, alpha=0.05)
    b = contrast(R, q, 10, c, 6, 7, n_perm=99, alpha=0.05, min_gain=np.full((R.shape[1], 1), 0.5))
    assert np.array_equal(a.unit_set, b.unit_set) and np.array_equal(a.p, b.p)


def test_a_stricter_gain_keeps_a_half_shared_unit_from_leaning() -> None:
    # a unit said in 60% of context 2's answers and 6% of every other context's: about two thirds of its answers
    # sit in context 2, enough for the trigrams' 0.5 floor (about 58% with 6 contexts), not for the short units'
    # 0.8 (about 83%)
    R, q, c, _ = _answers(8, n_q=40, planted={(2,): 0.9})
    rng = np.random.default_rng(8)
    extra = ((c == 2) & (rng.random(len(c)) < 0.6)) | ((c != 2) & (rng.random(len(c)) < 0.06))
    R = sparse.hstack([R, sparse.csr_matrix(extra.astype(float)[:, None])]).tocsr()
    u = R.shape[1] - 1
    share = extra[c == 2].sum() / extra.sum()
    assert 0.6 < share < 0.8, share
    lax = contrast(R, q, 40, c, 6, 8, n_perm=99, alpha=0.05)
    gain = np.full((R.shape[1], 1), 0.5)
    gain[u] = 0.8
    strict = contrast(R, q, 40, c, 6, 8, n_perm=99, alpha=0.05, min_gain=gain)
    assert lax.unit_set[u] >= 0 and strict.unit_set[u] == -1
    assert np.array_equal(lax.unit_set[:u], strict.unit_set[:u])


def _recovered_with(make: Any, style: str, seed: int, size: int, variants: dict[Any, Any]) -> dict[Any, bool]:
    """variant -> whether find_masks with MaskParams(**variants[variant]) recovers the corpus's planted register."""
    from core.masks import MaskParams, find_masks
    from core.normalize import normalize
    from tests.fakes import FakeEmbedder
    from tests.planted_masks import recovered

    corpus = make(style, seed=seed, size=size)
    texts = [normalize(t) for t in corpus.texts]
    register = next(iter(set(corpus.planted.values())))
    truth = [x if x == register else "plain" for x in corpus.registers]
    found = {}
    for name, kw in variants.items():
        r = find_masks(texts, corpus.question_ids, corpus.context_ids, list(corpus.response_ids),
                       FakeEmbedder().encode, seed=seed, n_reruns=0, params=MaskParams(**kw))
        found[name] = recovered(truth, r.labels)[register]
    return found


def test_short_units_find_a_register_of_one_and_two_word_asides() -> None:
    # planted_blind4 woven-clauses (seen): a terse register worked into content sentences as "Briefly,", "see
    # specs", "(per spec)" has no recurring trigram; trigrams alone missed it, the short units find it
    from core.masks import MaskParams
    from tests.planted_blind4 import make_corpus

    found = _recovered_with(make_corpus, "woven-clauses", 0, 1000,
                            {"short": {"short_gain": MaskParams().short_gain}, "trigrams": {"short_gain": None}})
    assert found == {"short": True, "trigrams": False}, found


def test_the_cell_bound_is_the_smallest_p_a_register_on_few_questions_gets() -> None:
    # a register said in every answer of one of 4 contexts (12 per cell), on 3 of 10 questions: however strong, the
    # cell-level null reproduces it with probability 4^-2, so p stays near 2/16 (two tests, Bonferroni); on
    # min_questions(4) = 5 questions the bound is 2/256, just below 0.01, and on 6 the same register passes
    # at 0.01 every time
    from core.mask_contrast import cell_bound, min_questions

    assert min_questions(4) == 5 and min_questions(6) == 4 and min_questions(2) == 9 and min_questions(12) == 4
    assert min_questions(2, n_tests=1) == 8 and min_questions(12, n_tests=1) == 3
    assert cell_bound(min_questions(6), 6) <= 0.01 < cell_bound(min_questions(6) - 1, 6)
    bound = cell_bound(3, 4)
    ps = []
    for seed in range(6):
        R, q, c, _ = _answers(seed, n_q=10, n_c=4, per_cell=(12, 12), planted={(3,): 1.0}, on_questions=0.3)
        ps.append(float(contrast(R, q, 10, c, 4, seed, n_perm=999).p[3]))
    sd = np.sqrt(bound * (1 - bound) / 999)
    assert min(ps) >= bound - 3 * sd, ps
    assert abs(np.mean(ps) - bound) <= 0.25 * bound, (np.mean(ps), bound)
    for seed in range(6):
        R, q, c, _ = _answers(seed, n_q=10, n_c=4, per_cell=(12, 12), planted={(3,): 1.0}, on_questions=0.6)
        assert contrast(R, q, 10, c, 4, seed, n_perm=999).passed[3], seed
    # a register shared by two contexts: a bound from below (C(4, 2)^-2 = 1/36), not a tight one
    bound = cell_bound(3, 4, 2)
    sd = np.sqrt(bound * (1 - bound) / 999)
    for seed in range(4):
        R, q, c, _ = _answers(seed, n_q=10, n_c=4, per_cell=(12, 12), planted={(1, 3): 1.0}, on_questions=0.3)
        con = contrast(R, q, 10, c, 4, seed, n_perm=999)
        assert con.p[con.sets.index((1, 3))] >= bound - 3 * sd


def test_short_units_read_sentences_too_short_for_trigrams() -> None:
    # planted_blind6 topic-gated (seen): a terse register speaks in sentences of two words ("Status: neutral.",
    # "Net: fine."), which the three-word floor of the trigrams dropped; the short units read them and find it
    from tests.planted_blind6 import make_corpus

    found = _recovered_with(make_corpus, "topic-gated", 1, 300,
                            {1: {"short_min_words": 1}, None: {"short_min_words": None}})
    assert found == {1: True, None: False}, found


def _with_register_of_many_phrases(R: sparse.csr_matrix, q: np.ndarray, c: np.ndarray, seed: int, *, n_q: int,
                                   phrases: int, habit: float = 0.0) -> sparse.csr_matrix:
    """R with a register in context 0 made of `phrases` phrases, each said on 2 random questions in 60% of that
    context's answers there (a register whose wording follows the topic), and with habit > 0 a habit of context
    1: one phrase in that share of its answers on every question."""
    rng = np.random.default_rng(10_000 + seed)
    extra = np.zeros((len(q), phrases + 1))
    for u in range(phrases):
        on = rng.choice(n_q, size=2, replace=False)
        extra[:, u] = (c == 0) & np.isin(q, on) & (rng.random(len(q)) < 0.6)
    extra[:, phrases] = (c == 1) & (rng.random(len(q)) < habit)
    return sparse.hstack([R, sparse.csr_matrix(extra)]).tocsr()


def test_two_max_t_is_calibrated_on_exchangeable_arrangements() -> None:
    # the observed arrangement is one of B + 1 exchangeable ones (sum and largest unit correlated, as a set's
    # are): Bonferroni over the two max-T p-values falls at or below alpha in at most alpha of the draws, and
    # in at least half of alpha (each test alone rejects in alpha)
    rng = np.random.default_rng(0)
    n, b, alpha = 4000, 199, 0.05
    hits = 0
    for _ in range(n):
        u = rng.gamma(2.0, 3.0, size=b + 1)
        t = u + rng.gamma(1.5, 4.0, size=b + 1)
        hits += two_max_t(t[:1], u[:1], t[1:], u[1:])[0] <= alpha
    rate, se = hits / n, (alpha * (1 - alpha) / n) ** 0.5
    assert alpha / 2 - 3 * se < rate <= alpha + 3 * se, rate


def _with_weak_register(R: sparse.csr_matrix, q: np.ndarray, c: np.ndarray, seed: int, *, n_q: int,
                        phrases: int, rate: float) -> sparse.csr_matrix:
    """R with a register of context 1: `phrases` phrases, each said on 2 random questions in `rate` of its answers."""
    rng = np.random.default_rng(30_000 + seed)
    extra = np.zeros((len(q), phrases))
    for u in range(phrases):
        on = rng.choice(n_q, size=2, replace=False)
        extra[:, u] = (c == 1) & np.isin(q, on) & (rng.random(len(q)) < rate)
    return sparse.hstack([R, sparse.csr_matrix(extra)]).tocsr()


def test_step_down_finds_a_weaker_register_once_a_large_one_leaves_the_null() -> None:
    # a review's case: a register of 240 phrases in context 0 sets the null of every set; a register of 10
    # phrases in context 1 is below every permutation's largest statistics of the first step, and passes once
    # context 0's units leave them. Ranked on the first step's scales (a version of the min-P) it got p = 1.
    for seed in range(3):
        R, q, c, _ = _answers(seed, n_q=12, per_cell=(8, 8), k=40)
        R = _with_register_of_many_phrases(R, q, c, seed, n_q=12, phrases=240)
        R = _with_weak_register(R, q, c, seed, n_q=12, phrases=10, rate=0.3)
        single = contrast(R, q, 12, c, 6, seed, step_down=False)
        con = contrast(R, q, 12, c, 6, seed)
        weak = con.sets.index((1,))
        assert not single.passed[weak] and con.passed[weak], (single.p[weak], con.p[weak])
        assert set(np.flatnonzero(con.passed)) == {con.sets.index((0,)), weak}


def test_the_largest_unit_finds_a_habit_beside_a_register_of_many_phrases() -> None:
    # the register's phrases thrown together into one context by a permutation set the null of the sum for
    # every set, and a context's habit (a quarter of its answers, every question) is lost by the sum alone
    # (p > 0.5); its one phrase is far beyond any permutation's largest unit, so the test of the largest unit
    # finds it in one step
    for seed in range(3):
        R, q, c, _ = _answers(seed, n_q=12, per_cell=(20, 20), k=20)
        R = _with_register_of_many_phrases(R, q, c, seed, n_q=12, phrases=120, habit=0.3)
        single = contrast(R, q, 12, c, 6, seed, step_down=False)
        stepped = contrast(R, q, 12, c, 6, seed)
        register, habit = single.sets.index((0,)), single.sets.index((1,))
        top_t, _ = _null_tops(single.null, np.ones(len(single.unit_set), dtype=bool), len(single.sets))
        assert (1 + (top_t >= single.stat[habit]).sum()) / (1 + len(top_t)) > 0.5
        assert single.passed[register] and stepped.passed[register]
        assert single.passed[habit] and stepped.passed[habit]
        assert stepped.passed.sum() == 2


def test_step_down_keeps_the_family_wise_rate_beside_a_real_register() -> None:
    # partial null: that register in context 0; elsewhere only topic rates and prompt quirks. No other set may
    # pass in more than alpha of the corpora (single step passes none here: the register inflates its null)
    hits = 0
    for seed in range(60):
        R, q, c = _cell_quirks(seed, n_q=12)
        R = _with_register_of_many_phrases(R, q, c, seed, n_q=12, phrases=60)
        con = contrast(R, q, 12, c, 6, seed, alpha=0.05, n_perm=99)
        register = con.sets.index((0,))
        assert con.passed[register]
        hits += bool(np.delete(con.passed, register).any())
    assert hits / 60 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 60), hits


def _with_habit(R: sparse.csr_matrix, q: np.ndarray, c: np.ndarray, seed: int, rate: float) -> sparse.csr_matrix:
    """R with a habit of context 1: one phrase in `rate` of its answers, on every question."""
    rng = np.random.default_rng(20_000 + seed)
    col = ((c == 1) & (rng.random(len(q)) < rate)).astype(float)
    return sparse.hstack([R, sparse.csr_matrix(col[:, None])]).tocsr()


def test_damped_cell_counts_find_a_sparse_habit_among_prompt_quirks() -> None:
    # prompt quirks (a phrase in 80% of the answers of 2-3 cells) reach large deviances counted per answer under
    # the cell shuffle; a habit said in 16% of one context's answers, one to three per cell, is lost among them.
    # Counting a cell's n answers as sqrt(n) (the default) shrinks the quirks, not the habit (measured: passes
    # in 2/8 and 8/8 seeds)
    found = {0.0: 0, 0.5: 0}
    for seed in range(8):
        R, q, c = _cell_quirks(seed, n_q=20)
        R = _with_habit(R, q, c, seed, 0.16)
        for d in found:
            found[d] += bool(contrast(R, q, 20, c, 6, seed, alpha=0.05, n_perm=99, cell_damping=d).passed[1])
    assert found[0.0] <= 3 and found[0.5] >= 7, found


def test_damping_keeps_which_units_lean_and_one_answer_per_cell_is_not_damped() -> None:
    R, q, c, _ = _answers(3, planted={(2,): 0.9})
    a = contrast(R, q, 10, c, 6, 3, cell_damping=0.0, n_perm=99, alpha=0.05)
    b = contrast(R, q, 10, c, 6, 3, cell_damping=0.5, n_perm=99, alpha=0.05)
    full = contrast(R, q, 10, c, 6, 3, cell_damping=1.0, n_perm=99, alpha=0.05)
    assert np.array_equal(a.unit_set, b.unit_set) and np.array_equal(a.unit_set, full.unit_set)
    assert a.passed[2] and b.passed[2] and full.passed[2]
    # with one answer per cell nothing is damped (30 questions: on 10 the register's phrases, 1-3 answers each,
    # lean nowhere, and only a chance phrase did before the net check)
    R1, q1, c1, _ = _answers(4, n_q=30, per_cell=(1, 1), planted={(2,): 0.9})
    x = contrast(R1, q1, 30, c1, 6, 4, cell_damping=0.0, n_perm=99, alpha=0.05)
    y = contrast(R1, q1, 30, c1, 6, 4, cell_damping=1.0, n_perm=99, alpha=0.05)
    assert x.stat.max() > 0 and np.allclose(x.stat, y.stat) and np.allclose(x.p, y.p)
    with pytest.raises(ValueError, match="cell_damping"):
        contrast(R1, q1, 30, c1, 6, 4, cell_damping=1.5, n_perm=99, alpha=0.05)


def test_larger_cells_in_one_context_do_not_make_it_pass_under_the_null() -> None:
    # a review's simulation: context 0's cells hold 16 answers, the others 4, nothing depends on context. An
    # expectation that gave every cell the same share made context 0's units lean by size (27 of 200 corpora
    # passed at 0.05, 24 of them sets with context 0); each cell now weighs n^(1 - d) wherever it is put
    hits = with_big = 0
    for seed in range(100):
        R, q, c = _cell_quirks(seed, n_q=20, per_cell=lambda ci: 16 if ci == 0 else 4)
        con = contrast(R, q, 20, c, 6, seed, alpha=0.05, n_perm=99)
        hits += bool(con.passed.any())
        with_big += any(0 in con.sets[j] for j in np.flatnonzero(con.passed))
    assert hits / 100 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 100), hits
    assert with_big <= 4, with_big


def _one_context(seed: int, *, n: int, rate: float, kind: str, habit: float, parts: int = 8,
                 ) -> tuple[sparse.csr_matrix, np.ndarray]:
    """(answers x units, context) of one context whose set passed: a register in `rate` of its answers over
    units 0..parts-1, and with habit > 0 a habit (unit `parts`) in that share of all its answers, independently.
    kind "pool": 1-3 register sentences drawn from `parts` (without replacement); "pool1": 1-2; "woven": each part
    in a quarter of the register's answers independently, at least one."""
    rng = np.random.default_rng(seed)
    X = np.zeros((n, parts + 1), dtype=bool)
    for i in np.flatnonzero(rng.random(n) < rate):
        if kind == "woven":
            row = rng.random(parts) < 0.25
            row[rng.integers(parts)] |= not row.any()
            X[i, :parts] = row
        else:
            X[i, rng.choice(parts, size=int(rng.integers(1, 4 if kind == "pool" else 3)), replace=False)] = True
    X[:, parts] = rng.random(n) < habit
    return sparse.csr_matrix(X.astype(np.float64)), np.zeros(n, dtype=np.int64)


def split_outcome(seed: int, *, n: int, rate: float, kind: str, habit: float) -> tuple[bool, bool]:
    """(the register's units left one bundle of their own, the habit split off into a bundle of its own), by the
    independence rule alone: every unit leans to the one passed set, and no permutation gives any set a T (so
    any atom passes its own test)."""
    R, ctx = _one_context(seed, n=n, rate=rate, kind=kind, habit=habit)
    k = R.shape[1]
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    con = Contrast(sets=((0,),), unit_set=np.zeros(k, dtype=np.int64), stat=np.array([float(k)]),
                   p=np.array([0.005]), passed=np.array([True]), dev=np.ones(k), null=(empty,) * 199)
    comp, parent, p = split_independent(R, ctx, con, 5)
    assert np.all(parent == 0) and np.all(p <= 0.01)  # a split-off atom's own p here: 2/200, two tests
    register = comp[:-1]
    whole = len(np.unique(register)) == 1
    return whole, bool(whole and comp[-1] != register[0])


def test_a_habit_beside_its_contexts_register_becomes_a_mask_of_its_own() -> None:
    # power: a habit in 30% of one context's answers, a register in 60% (measured with 100 seeds at 500 answers:
    # split off in 82 (pool) and 73 (woven), the register never split; benchmarks/bench_mask_split.py)
    for kind in ("pool", "woven"):
        out = [split_outcome(seed, n=500, rate=0.6, kind=kind, habit=0.3) for seed in range(40)]
        assert sum(h for _, h in out) >= 26, kind
        assert all(w for w, _ in out), kind


def test_a_registers_parts_stay_one_mask() -> None:
    # the error the split can make: a register's own atoms split off. With no habit, at most 1/100 seeds split
    # at the rates below (measured); with its parts independent and the register in 90% of the context's answers
    # they do look like a habit, and 31/100 split at 500 answers (measured; the README's known limits)
    for kind in ("pool", "pool1", "woven"):
        for rate in (0.3, 0.6, 1.0):
            split = sum(not split_outcome(seed, n=500, rate=rate, kind=kind, habit=0.0)[0] for seed in range(30))
            assert split <= 1, (kind, rate, split)
    assert sum(not split_outcome(seed, n=500, rate=0.9, kind="woven", habit=0.0)[0] for seed in range(40)) <= 14


def test_the_split_reads_only_passed_sets_and_none_keeps_one_mask_per_set() -> None:
    R, ctx = _one_context(1, n=500, rate=0.6, kind="pool", habit=0.3)
    k = R.shape[1]
    con = Contrast(sets=((0,),), unit_set=np.zeros(k, dtype=np.int64), stat=np.array([1.0]), p=np.array([0.5]),
                   passed=np.array([False]), dev=np.ones(k))
    comp, parent, _ = split_independent(R, ctx, con, 5)
    assert np.all(comp == -1) and list(parent) == [0]
    R, q, c, _ = _answers(5, planted={(2,): 0.9})
    whole, con, info = contrast_labels(R, q, 10, c, 6, 5, min_size=5, n_perm=199, split_alpha=None)
    assert con.passed.any() and "n_split" not in info and list(info["bundle_set"]) == list(range(len(con.sets)))


def _register_habit_quirk(seed: int, *, habit: float, habit_len: int = 1,
                          ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(R, q, c, habit answers, quirk answers): 12 questions x 6 contexts x 40 answers, topic units per question;
    context 0 has a register (1-3 of 8 units in 60% of its answers), a habit (`habit_len` units said together in
    that share of its answers, every question) and a prompt quirk (one unit in 80% of two of its cells only)."""
    rng = np.random.default_rng(seed)
    k, rows, q, c = 30, [], [], []
    hab = list(range(k + 8, k + 8 + habit_len))
    quirk = k + 8 + habit_len
    for qi in range(12):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(6):
            for _ in range(40):
                row = set(np.flatnonzero(rng.random(k) < rates).tolist())
                if ci == 0 and rng.random() < 0.6:
                    row |= set(rng.choice(np.arange(k, k + 8), size=int(rng.integers(1, 4)), replace=False).tolist())
                if ci == 0 and rng.random() < habit:
                    row |= set(hab)
                if ci == 0 and qi in (0, 1) and rng.random() < 0.8:
                    row.add(quirk)
                rows.append(row)
                q.append(qi)
                c.append(ci)
    R = _matrix(rows, quirk + 1)
    X = R.toarray() > 0
    return R, np.array(q), np.array(c), X[:, hab[0]], X[:, quirk]


def test_a_prompt_quirk_riding_on_a_register_is_not_split_off_and_a_habit_is() -> None:
    # a review's case: a phrase in 80% of two of the register context's cells is independent of the register
    # and often said alone, so it qualifies; on the register's p-value it became a mask (3 of 4 seeds). Its own
    # max-T test (the step-down's null with the rest of its set taken out) keeps it in; a habit passes its own
    split = 0
    for seed in range(4):
        for habit in (0.0, 0.3):
            R, q, c, has_habit, has_quirk = _register_habit_quirk(seed, habit=habit)
            labels, con, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5, n_perm=199)
            register = int(np.argmax(con.passed & np.array([s == (0,) for s in con.sets])))
            assert set(np.unique(labels[has_quirk]).tolist()) <= {register, -1}
            if habit:
                split += info["n_split"] == 1
                if info["n_split"]:
                    b = len(con.sets)
                    assert info["bundle_set"][b] == register and info["bundle_p"][b] <= 0.01
                    assert (labels[has_habit] == b).sum() >= 40
            else:
                assert info["n_split"] == 0
    assert split >= 3


def test_an_answer_saying_the_register_too_stays_in_its_mask_however_long_the_habit() -> None:
    # a review's case: answers join the bundle with most unit occurrences, so a habit of many trigrams took the
    # register's answers that also said it; they stay with the register (the habit's mask: said without it)
    R, q, c, has_habit, has_quirk = _register_habit_quirk(0, habit=0.3, habit_len=10)
    labels, con, info = contrast_labels(R, q, 12, c, 6, 0, min_size=5, n_perm=199)
    assert info["n_split"] == 1
    b = len(con.sets)
    register = info["bundle_set"][b]
    reg_units = np.asarray(R[:, 30:38].sum(axis=1)).ravel() > 0
    assert np.all(labels[has_habit & reg_units] == register)
    # said without the register (nor the quirk, which stays in the register's set): the habit's mask
    assert np.all(labels[has_habit & ~reg_units & ~has_quirk & (c == 0)] == b)


def test_wording_two_habits_share_is_not_a_mask_of_their_pair() -> None:
    # contexts 1 and 2 each have a habit (one line, 30% of their answers), and both lines hold one shared word
    # ("I'll"), a unit of its own that leans to the pair and passes by itself; it is part of the two lines, so
    # each habit is its own mask and the pair has none
    for seed in range(3):
        R, q, c, _ = _answers(seed, n_q=12, per_cell=(4, 6), k=20)
        rng = np.random.default_rng(20_000 + seed)
        habit = np.zeros((len(q), 3))
        for j, ctx in enumerate((1, 2)):
            habit[:, j] = (c == ctx) & (rng.random(len(q)) < 0.3)
        habit[:, 2] = habit[:, 0] + habit[:, 1]
        R = sparse.hstack([R, sparse.csr_matrix(habit)]).tocsr()
        labels, con, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5, n_perm=199)
        shared = R.shape[1] - 1
        assert con.passed[con.unit_set[shared]] and con.sets[con.unit_set[shared]] == (1, 2)
        assert info["n_nested_units"] == 1
        for j, ctx in enumerate((1, 2)):
            said = habit[:, j] > 0
            assert len(set(labels[said].tolist())) == 1 and labels[said][0] >= 0
            assert set(c[labels == labels[said][0]].tolist()) == {ctx}


def test_a_twin_registers_phrase_one_twin_says_more_stays_in_the_pairs_mask() -> None:
    # contexts 0 and 1 share a register; one of its phrases is said by context 0 4.5 times as often (a
    # phrase one twin happens to favour), so it leans to context 0 alone and passes there by itself; context 0
    # also has a habit, which context 1 never says. The phrase joins the pair's mask, the habit keeps its own
    for seed in range(3):
        R, q, c, truth = _answers(seed, n_q=12, per_cell=(6, 8), k=20, planted={(0, 1): 0.5})
        rng = np.random.default_rng(30_000 + seed)
        extra = np.zeros((len(q), 2))
        extra[:, 0] = (truth == 0) & (rng.random(len(q)) < np.where(c == 0, 0.9, 0.2))
        extra[:, 1] = (c == 0) & (rng.random(len(q)) < 0.3)
        R = sparse.hstack([R, sparse.csr_matrix(extra)]).tocsr()
        labels, con, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5, n_perm=199)
        favoured = R.shape[1] - 2
        assert con.sets[con.unit_set[favoured]] == (0,) and con.passed[con.unit_set[favoured]]
        assert info["n_twin_units"] >= 1
        register = labels[truth == 0]
        main = np.bincount(register[register >= 0]).argmax()
        assert (register == main).mean() > 0.9
        only_habit = labels[(extra[:, 1] > 0) & (truth != 0)]
        assert (only_habit >= 0).all() and not (only_habit == main).any()


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(19, 199), st.floats(0.0, 1.0))
def test_p_values_only_fall_as_units_leave_the_null(seed: int, b: int, shrink: float) -> None:
    # the step-down's monotonicity: units leaving the null lower the permutations' largest statistics, and
    # each max-T p, and so their Bonferroni, can then only fall
    rng = np.random.default_rng(seed)
    top_u = rng.gamma(2.0, 3.0, size=b)
    top_t = top_u + rng.gamma(1.5, 4.0, size=b)
    t, u = rng.gamma(3.0, 5.0, size=8), rng.gamma(2.0, 4.0, size=8)
    cut = rng.random(b) < shrink  # the permutations whose largest statistics came from the units taken out
    less_t, less_u = np.where(cut, top_t * rng.random(b), top_t), np.where(cut, top_u * rng.random(b), top_u)
    assert np.all(two_max_t(t, u, less_t, less_u) <= two_max_t(t, u, top_t, top_u) + 1e-12)
    assert np.all(two_max_t(t, u, less_t, less_u, False) <= two_max_t(t, u, top_t, top_u, False) + 1e-12)


def _twin_corpus(seed: int, wordy: float = 1.0) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """3 contexts x 10 questions x 10 answers; per unit its rate in contexts 0, 1 and 2; 30 plain units at 0.3
    everywhere (context 1's `wordy` times that)."""
    rates = np.array([[0.5, 0.15, 0.0],   # 0: a twin register's phrase context 0 favours
                      [0.5, 0.1, 0.1],    # 1: context 0's own habit, at chance elsewhere
                      [0.5, 0.15, 0.0],   # 2: like 0, but split off as a bundle of its own
                      [0.3, 0.3, 0.0]]    # 3: the pair's own register phrase
                     + [[0.3, min(1.0, 0.3 * wordy), 0.3]] * 30)
    rng = np.random.default_rng(seed)
    q, c = np.repeat(np.arange(10), 30), np.tile(np.repeat(np.arange(3), 10), 10)
    R = sparse.csr_matrix((rng.random((len(q), len(rates))) < rates[:, c].T).astype(float))
    return R, q, c


def test_twin_parts_moves_only_a_twins_phrase_and_only_to_a_pair_that_kept_units() -> None:
    sets = context_sets(3)
    single0, pair01 = sets.index((0,)), sets.index((0, 1))
    unit_set = np.array([single0, single0, single0, pair01] + [-1] * 30)
    passed = np.isin(np.arange(len(sets)), [single0, pair01])
    con = Contrast(sets, unit_set, np.ones(len(sets)), np.where(passed, 0.005, 1.0), passed)
    comp = unit_set.copy()
    comp[2] = len(sets)  # split off: its own bundle, which the twin rule leaves alone
    for seed in range(5):
        R, q, c = _twin_corpus(seed)
        out = twin_parts(R, q, 10, c, 3, con, comp)
        assert out.tolist() == [pair01] + [-1] * 33, (seed, out)
        # a context 1 that says everything three times as often is no evidence it shares context 0's habit
        R3, q3, c3 = _twin_corpus(seed, wordy=3.0)
        assert twin_parts(R3, q3, 10, c3, 3, con, comp)[1] == -1
        emptied = np.where(unit_set == pair01, -1, comp)  # the pair's units went to `nested`: nothing to join
        assert (twin_parts(R, q, 10, c, 3, con, emptied) == -1).all()


def _two_ways(seed: int, *, cross: float, leak: float = 0.0, n_q: int = 12, n_c: int = 7, per: int = 6,
              ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """(answers x units, question, context, truth): context 1 says 1-2 of its 6 stock units (units 40-45) in
    80% of its answers, context 4 says 1-2 of its own 6 (46-51) in 80%, and with probability `cross` one of
    context 1's beside them (truth 0 for both: one register, two ways). leak: every other context says one of
    context 1's units in that share of its answers (truth 0 too). Null units as in `_answers`."""
    rng = np.random.default_rng(seed)
    k = 40
    rows, q, c, truth = [], [], [], []
    for qi in range(n_q):
        rates = rng.beta(0.3, 3.0, size=k)
        for ci in range(n_c):
            for _ in range(per):
                row = set(np.flatnonzero(rng.random(k) < rates).tolist())
                t = -1
                if ci in (1, 4) and rng.random() < 0.8:
                    own = np.arange(40, 46) if ci == 1 else np.arange(46, 52)
                    row |= set(rng.choice(own, size=int(rng.integers(1, 3)), replace=False).tolist())
                    if ci == 4 and rng.random() < cross:
                        row.add(int(rng.integers(40, 46)))
                    t = 0
                elif ci not in (1, 4) and rng.random() < leak:
                    row.add(int(rng.integers(40, 46)))
                    t = 0
                rows.append(row)
                q.append(qi)
                c.append(ci)
                truth.append(t)
    R = _matrix(rows, 52)
    return R, np.array(q), np.array(c), np.array(truth)


def test_a_register_each_context_speaks_its_own_way_is_one_mask_when_one_also_says_the_others_lines() -> None:
    # context 4 paraphrases the pool context 1's stock lines come from, and says those lines now and then:
    # linked, one mask; without the link, one mask per context. (Said more often, the lines lean to the pair
    # (twin_parts), and the pair and context 4's own lines are linked only when said together more than apart:
    # seed 4 here, not linked, keeps three masks. With 12 questions each line is said on too few cells.)
    for seed in range(4):
        R, q, c, truth = _two_ways(seed, cross=0.3, n_q=20)
        labels, con, info = contrast_labels(R, q, 20, c, 7, seed, min_size=5)
        inside = labels[(truth == 0) & np.isin(c, (1, 4))]
        assert info["n_linked"] >= 1
        assert np.bincount(inside[inside >= 0]).max() >= 0.9 * len(inside)
        assert (labels[truth < 0] >= 0).mean() <= 0.02
        apart, _, _ = contrast_labels(R, q, 20, c, 7, seed, min_size=5, link=False)
        assert len(set(apart[truth == 0].tolist()) - {-1}) >= 2


@pytest.mark.parametrize(("cross", "leak"), [(0.0, 0.0), (0.0, 0.05)])
def test_two_contexts_own_lines_stay_two_masks_even_when_one_leaks_everywhere(cross: float, leak: float) -> None:
    # no context says the other's lines (two habits, two registers), or one's lines leak into every context
    # alike (the outside too): not one register, two masks
    for seed in range(3):
        R, q, c, truth = _two_ways(seed, cross=cross, leak=leak)
        labels, _, info = contrast_labels(R, q, 12, c, 7, seed, min_size=5)
        assert info["n_linked"] == 0
        assert len({int(np.bincount(labels[(c == ci) & (truth == 0)] + 1).argmax()) for ci in (1, 4)}) == 2


def _cell_answers(says: dict[int, list[int]], n_q: int = 6, n_c: int = 5,
                  ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """One answer per (question, context) cell; context c's answers say the units in says[c]."""
    q, c = np.repeat(np.arange(n_q), n_c), np.tile(np.arange(n_c), n_q)
    R = sparse.lil_matrix((n_q * n_c, 1 + max((u for us in says.values() for u in us), default=0)))
    for i in range(n_q * n_c):
        for u in says.get(int(c[i]), []):
            R[i, u] = 1
    return R.tocsr(), q, c


def test_linked_bundles_join_on_the_main_wording_said_only_inside() -> None:
    from core.mask_contrast import linked_bundles

    # bundle 0: units 0-2, context 0; bundle 1: unit 3, context 1; contexts 2-4 outside
    sets = [(0,), (1,)]
    units = np.array([0, 0, 0, 1])
    R, q, c = _cell_answers({0: [0, 1, 2], 1: [0, 1, 2, 3]})
    rep = linked_bundles(R, q, 6, c, 5, units, sets)
    assert rep[0] == rep[1]
    # context 1 says one of bundle 0's three units: a third of its times, not its main wording
    R, q, c = _cell_answers({0: [0, 1, 2], 1: [0, 3]})
    assert list(linked_bundles(R, q, 6, c, 5, units, sets)) == [0, 1]
    # the contexts outside say it as much: no link
    R, q, c = _cell_answers({0: [0, 1, 2], 1: [0, 1, 2, 3], 2: [0, 1, 2]})
    assert list(linked_bundles(R, q, 6, c, 5, units, sets)) == [0, 1]
    # nothing outside both sets: no link (nothing to compare with)
    R, q, c = _cell_answers({0: [0, 1, 2], 1: [0, 1, 2, 3]}, n_c=2)
    assert list(linked_bundles(R, q, 6, c, 2, units, sets)) == [0, 1]
    # unused units (-1) and bundles without units are left alone
    assert list(linked_bundles(R, q, 6, c, 2, np.array([-1, -1, -1, 1]), sets)) == [0, 1]


def test_link_joins_no_two_bundles_too_small_to_be_masks() -> None:
    # the two ways of one register, each under the least mask size: joined, they would make a mask of 191
    # answers that neither is (a review's construction); only masks on their own are linked
    R, q, c, _ = _two_ways(0, cross=0.3, n_q=20)
    for link in (False, True):
        labels, _, info = contrast_labels(R, q, 20, c, 7, 0, min_size=120, link=link)
        assert (labels < 0).all() and info.get("n_linked", 0) == 0


def _habit_and_said_register(seed: int, cross: float) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray,
                                                                np.ndarray]:
    """Context 0: a register (units 30-37) in 60% of its answers and a habit (unit 38) in 30%, independently;
    context 3: its own register (39-46) in 60%, of which context 0 also says a unit in `cross` of its answers.
    truth: 0 register, 1 habit alone, 3 context 3's register, -1 plain (a review's construction)."""
    rng = np.random.default_rng(seed)
    rows, q, c, truth = [], [], [], []
    for qi in range(12):
        rates = rng.beta(0.3, 3.0, size=30)
        for ci in range(6):
            for _ in range(40):
                row, t = set(np.flatnonzero(rng.random(30) < rates).tolist()), -1
                if ci == 0 and rng.random() < 0.6:
                    row |= set(rng.choice(np.arange(30, 38), size=int(rng.integers(1, 4)), replace=False).tolist())
                    t = 0
                if ci == 0 and rng.random() < 0.3:
                    row.add(38)
                    t = 1 if t < 0 else t
                if ci == 0 and rng.random() < cross:
                    row.add(int(rng.integers(39, 47)))
                if ci == 3 and rng.random() < 0.6:
                    row |= set(rng.choice(np.arange(39, 47), size=int(rng.integers(1, 4)), replace=False).tolist())
                    t = 3
                rows.append(row)
                q.append(qi)
                c.append(ci)
                truth.append(t)
    return _matrix(rows, 47), np.array(q), np.array(c), np.array(truth)


def test_a_habit_split_off_its_register_stays_its_own_mask_when_the_register_is_linked() -> None:
    # context 0 says context 3's register too, so the two registers link; the habit the split took off
    # context 0's set has the same set, and linking it as well put it back (a review's finding)
    for seed in range(3):
        R, q, c, truth = _habit_and_said_register(seed, cross=0.25)
        labels, _, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5)
        assert info["n_split"] >= 1 and info["n_linked"] >= 1
        habit = int(np.bincount(labels[truth == 1] + 1).argmax()) - 1
        register = int(np.bincount(labels[truth == 0] + 1).argmax()) - 1
        assert habit >= 0 and register >= 0 and habit != register
        assert int(np.bincount(labels[truth == 3] + 1).argmax()) - 1 == register


def test_two_ways_one_context_takes_on_different_answers_stay_two_masks() -> None:
    # context 1 either plays a persona (its own lines) or refuses (lines contexts 2 and 3 use too), never
    # both in one answer: the refusal's set holds the persona's, but excluding each other is no register
    # (the bundled Sonnet 3.7's refusals and cats persona, linked either way, made one 2,002-answer cluster)
    for seed in range(3):
        rng = np.random.default_rng(seed)
        R, q, c, _ = _answers(seed, n_q=12, n_c=7, k=40)
        R = sparse.lil_matrix(sparse.hstack([R, sparse.csr_matrix((R.shape[0], 12))]))
        truth = np.full(R.shape[0], -1)
        for i in range(R.shape[0]):
            u = rng.random()
            if c[i] == 1 and u < 0.5:
                R[i, int(rng.integers(40, 46))], truth[i] = 1, 0
            elif c[i] in (1, 2, 3) and u > 0.55:
                R[i, int(rng.integers(46, 52))], truth[i] = 1, 1
        labels, con, info = contrast_labels(R.tocsr(), q, 12, c, 7, seed, min_size=5)
        assert con.passed[con.sets.index((1,))] and con.passed[con.sets.index((1, 2, 3))]
        assert info["n_linked"] == 0
        persona, refusal = (int(np.bincount(labels[truth == t] + 1).argmax()) - 1 for t in (0, 1))
        assert persona >= 0 and refusal >= 0 and persona != refusal


def _ways(seed: int, *, n: int, plants: tuple[tuple[str, float], ...], habit: float = 0.0, parts: int = 8,
          skeleton: bool = False) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray]:
    """(answers x units, context, truth) of one context whose set passed: each (kind, share) of `plants` a
    register over its own `parts` units in that share of the answers, never two in one answer (truth: its
    index, -1 none), and with habit > 0 a habit (the last unit) in that share of all answers, independently.
    kind "pool": 1-3 of its sentences (without replacement); "pool1": 1-2; "one": exactly one; "stock": its
    one line; "woven": each part in a quarter of its answers independently, at least one; "alt": 1-2 of
    parts / 4 sentences, each two halves of two wordings each, drawn independently (four units, none holding
    another's answers); "slot": 1-2 of parts - 11 sentences, the first one template of three slots (two
    openers, three adjectives, two nouns; its units opener+adjective and adjective+noun, as trigrams span
    slots: the adjective's wordings never meet and each goes with its other trigrams), the rest one unit each
    (parts 16: the speed benchmark's enthusiastic register, seen); "tmpl": exactly one of parts / 8 templates
    of three slots of two wordings each (units opener+adjective and adjective+noun, four each), as a register
    of paraphrase templates said one per answer (blind set 30's pure-paraphrase, seen); "mix": one register in
    two modes, its first line alone in a third of its answers, else 1-3 of its other lines; "sig": likewise
    but else its second line, its third or both (a header, a sign-off or both). skeleton: one more
    unit (before the habit's) in every answer holding any plant's first unit: a phrase two registers' lines
    share ("the way a": blind set 26's close pairs, seen)."""
    rng = np.random.default_rng(seed)
    X = np.zeros((n, parts * len(plants) + 1), dtype=bool)
    truth = np.full(n, -1)
    edges = np.cumsum([share for _, share in plants])
    u = rng.random(n)
    for j, (kind, _) in enumerate(plants):
        lo = parts * j
        for i in np.flatnonzero((u < edges[j]) & (u >= (edges[j - 1] if j else 0.0))):
            truth[i] = j
            if kind == "woven":
                row = rng.random(parts) < 0.25
                row[rng.integers(parts)] |= not row.any()
                X[i, lo:lo + parts] = row
            elif kind == "stock":
                X[i, lo] = True
            elif kind in ("mix", "sig"):  # one register in two modes: its first line alone in a third
                if rng.random() < 1 / 3:
                    X[i, lo] = True
                elif kind == "mix":
                    X[i, lo + 1 + rng.choice(parts - 1, size=int(rng.integers(1, 4)), replace=False)] = True
                else:
                    X[i, lo + 1 + np.array([[0], [1], [0, 1]][int(rng.integers(3))])] = True
            elif kind == "tmpl":
                t, o, a, m = 8 * rng.integers(parts // 8), rng.integers(2), rng.integers(2), rng.integers(2)
                X[i, lo + t + 2 * a + o] = X[i, lo + t + 4 + 2 * a + m] = True
            elif kind == "alt":
                for t in rng.choice(parts // 4, size=int(rng.integers(1, 3)), replace=False):
                    X[i, lo + 4 * t + rng.integers(2)] = X[i, lo + 4 * t + 2 + rng.integers(2)] = True
            elif kind == "slot":
                for t in rng.choice(parts - 11, size=int(rng.integers(1, 3)), replace=False):
                    if t == 0:  # "{What a|Such a} {wonderful|fantastic|brilliant} {question|thing to ask}!"
                        o, a, m = rng.integers(2), rng.integers(3), rng.integers(2)
                        X[i, lo + 2 * a + o] = X[i, lo + 6 + 2 * a + m] = True
                    else:
                        X[i, lo + 11 + t] = True
            else:
                most = {"pool": 4, "pool1": 3, "one": 2}[kind]
                X[i, lo + rng.choice(parts, size=int(rng.integers(1, most)), replace=False)] = True
    X[:, -1] = rng.random(n) < habit
    if skeleton:
        X = np.hstack([X[:, :-1], X[:, 0:parts * len(plants):parts].any(axis=1, keepdims=True), X[:, -1:]])
    return sparse.csr_matrix(X.astype(np.float64)), np.zeros(n, dtype=np.int64), truth


def _sentence_of(plants: tuple[tuple[str, float], ...], parts: int, k: int) -> np.ndarray:
    """Sentence of each of `_ways`' k units within an answer: an "alt" sentence's four units, a "slot"
    template's twelve and a "tmpl" template's eight are one sentence; every other unit is its own (the
    skeleton's phrase is given a sentence of its own, a simplification: by answers it joins each first line
    anyway, and after the first split it is said with both ways)."""
    sent = np.arange(k)
    for j, (kind, _) in enumerate(plants):
        lo, u = parts * j, np.arange(parts)
        if kind == "alt":
            sent[lo:lo + parts] = lo + u // 4
        elif kind == "slot":
            sent[lo:lo + 12] = lo
        elif kind == "tmpl":
            sent[lo:lo + parts] = lo + u // 8
    return sent


def _sentences(R: sparse.csr_matrix, sent: np.ndarray) -> tuple[np.ndarray, sparse.csr_matrix]:
    """(answer, sentence x unit 0/1) per sentence said: `occurrences`' first and third parts for `_ways`."""
    held = R.tocoo()
    key = np.unique(held.row.astype(np.int64) * len(sent) + sent[held.col], return_inverse=True)[1]
    resp = np.zeros(int(key.max()) + 1 if len(key) else 0, dtype=np.int64)
    resp[key] = held.row
    U = sparse.csr_matrix((np.ones(len(key)), (key, held.col)), shape=(len(resp), R.shape[1]))
    return resp, U


def _questions(n: int, n_q: int = 10) -> np.ndarray:
    """Question of each of n answers: n_q questions in turn, so every (question, context) cell is alike."""
    return np.arange(n) % n_q


def ways_outcome(seed: int, *, n: int, plants: tuple[tuple[str, float], ...], habit: float = 0.0,
                 parts: int = 8, overlap: float = WAYS_OVERLAP, skeleton: bool = False,
                 unit_sentences: bool = False) -> int:
    """How many bundles `exclusive_ways` leaves the one passed set's register units in (the habit's and the
    skeleton's units not counted): 1 one mask, 2 split. Every unit leans to the set and no permutation gives any
    set a T, so each side passes its own test: the split rule alone. unit_sentences: each unit is said in a
    sentence of its own (an alt sentence's halves as two lines)."""
    R, ctx, _ = _ways(seed, n=n, plants=plants, habit=habit, parts=parts, skeleton=skeleton)
    k = R.shape[1]
    con = _passed_one_set(k)
    sent = np.arange(k) if unit_sentences else _sentence_of(plants, parts, k)
    comp, parent, _, is_way = exclusive_ways(R, _questions(n), ctx, con, np.zeros(k, dtype=np.int64), np.array([0]),
                                             np.array([0.005]), 5, overlap=overlap, sentences=_sentences(R, sent))
    assert is_way.sum() == len(parent) - 1
    lines = parts * len(plants)
    used = comp[:lines][np.asarray(R[:, :lines].sum(axis=0)).ravel() > 0]
    return len(np.unique(used[used >= 0]))  # -1: a line both ways say, no mask of its own



def words_outcome(seed: int, *, n: int, plants: tuple[tuple[str, float], ...], per_line: int, vocab: int | None,
                  noise: float = 0.0, parts: int = 8, twins: bool = False) -> int:
    """`ways_outcome` with words: each plant's lines carry `per_line` words (short units) of its own vocabulary
    of `vocab` words (None: each line its own words, none shared), drawn per seed; an answer holds a word when
    it holds a line carrying it, and each word also in `noise` of all answers independently. twins: each word
    has a second unit in the same answers (a word pair holding it, with its own noise), as the real units
    do. How many bundles the register lines end in (1 one mask, 2 split)."""
    R, ctx, _ = _ways(seed, n=n, plants=plants, parts=parts)
    rng = np.random.default_rng(10_000 + seed)
    lines = R[:, :-1].toarray() > 0
    width = parts * per_line if vocab is None else vocab
    carry = np.zeros((lines.shape[1], width * len(plants)), dtype=bool)  # line x word
    for j in range(len(plants)):
        for ell in range(parts):
            own = (np.arange(ell * per_line, (ell + 1) * per_line) if vocab is None
                   else rng.choice(vocab, size=min(per_line, vocab), replace=False))
            carry[j * parts + ell, j * width + own] = True
    W = (lines.astype(np.int64) @ carry.astype(np.int64) > 0) | (rng.random((n, carry.shape[1])) < noise)
    if twins:
        W = np.hstack([W, (lines.astype(np.int64) @ carry.astype(np.int64) > 0)
                       | (rng.random((n, carry.shape[1])) < noise)])
    X = sparse.hstack([R, sparse.csr_matrix(W.astype(np.float64))]).tocsr()
    k = X.shape[1]
    short = np.zeros(k, dtype=bool)
    short[R.shape[1]:] = True
    comp = exclusive_ways(X, _questions(n), ctx, _passed_one_set(k), np.zeros(k, dtype=np.int64), np.array([0]),
                          np.array([0.005]), 5, short=short)[0]
    used = comp[:R.shape[1] - 1][np.asarray(R[:, :-1].sum(axis=0)).ravel() > 0]
    return len(np.unique(used[used >= 0]))  # -1: a line both ways say, no mask of its own


def short_outcome(seed: int, *, n: int, plants: tuple[tuple[str, float], ...], vocab: int | None,
                  parts: int = 8) -> int:
    """`ways_outcome` for registers said only in one- to three-word lines ("Budget check."): every unit is a
    word or word pair (short), each line one sentence of its own pair and one word of its plant's `vocab`
    words (None: each line its own word, none shared), drawn per seed. How many bundles the lines end in."""
    R, ctx, _ = _ways(seed, n=n, plants=plants, parts=parts)
    rng = np.random.default_rng(20_000 + seed)
    lines = R[:, :-1].tocoo()
    n_lines = R.shape[1] - 1
    width = parts if vocab is None else vocab
    word = np.array([j * width + (ell if vocab is None else int(rng.integers(vocab)))
                     for j in range(len(plants)) for ell in range(parts)])
    k = n_lines + width * len(plants)
    resp = lines.row.astype(np.int64)
    sent = np.arange(len(resp))
    cols, ones = np.concatenate([lines.col, n_lines + word[lines.col]]), np.ones(2 * len(resp))
    U = sparse.csr_matrix((ones, (np.concatenate([sent, sent]), cols)), shape=(len(resp), k))
    X = sparse.csr_matrix((ones, (np.concatenate([resp, resp]), cols)), shape=(n, k))
    X.data[:] = 1.0
    comp = exclusive_ways(X, _questions(n), ctx, _passed_one_set(k), np.zeros(k, dtype=np.int64), np.array([0]),
                          np.array([0.005]), 5, short=np.ones(k, dtype=bool), sentences=(resp, U))[0]
    used = comp[:n_lines][np.asarray(R[:, :-1].sum(axis=0)).ravel() > 0]
    return len(np.unique(used[used >= 0]))


def blocks_outcome(seed: int, *, n: int, words: str, rate: float = 0.9, n_q: int = 10, on_all: bool = False,
                   parts: int = 8, uneven: bool = False) -> int:
    """Ways said on different questions (core.mask_contrast.WAYS_QUESTIONS): the questions (n_q in turn) fall
    into two random halves, and an answer to a question of block j holds, in `rate` of the answers, 1-3 of
    block j's `parts` lines (on_all: one register, every answer 1-3 of all 2 x parts lines, whatever its
    question; uneven: with on_all, block 1's answers hold 2-3 lines and block 0's one, in a quarter of `rate`:
    one register whose volume and length follow the question, which the permutation's null does not cover, a
    review's case). Each line carries two words (short units): words "own": two of its block's six; "shared": one
    of its block's six and one of three every line draws from (one register worded by question, its template
    words said in both blocks); "none": no words. How many bundles the lines end in (1 one mask, 2 split)."""
    rng = np.random.default_rng(30_000 + seed)
    q = _questions(n, n_q)
    block = np.zeros(n_q, dtype=np.int64)
    block[rng.permutation(n_q)[: n_q // 2]] = 1
    n_lines = 2 * parts
    L = np.zeros((n, n_lines), dtype=bool)
    said = rng.random(n) < np.where(uneven & (block[q] == 0), rate / 4, rate)
    for i in np.flatnonzero(said):
        pool = np.arange(n_lines) if on_all else block[q[i]] * parts + np.arange(parts)
        k = (2 + int(rng.integers(2)) if block[q[i]] else 1) if uneven else int(rng.integers(1, 4))
        L[i, rng.choice(pool, size=k, replace=False)] = True
    carry = np.zeros((n_lines, 15), dtype=bool)  # line x word: six per block, then three shared
    for ell in range(n_lines):
        own = 6 * (ell // parts) + rng.choice(6, size=2 if words == "own" else 1, replace=False)
        if words != "none":
            carry[ell, own] = True
        if words == "shared":
            carry[ell, 12 + rng.integers(3)] = True
    W = L.astype(np.int64) @ carry.astype(np.int64) > 0
    X = sparse.csr_matrix(np.hstack([L, W]).astype(np.float64))
    k = X.shape[1]
    short = np.zeros(k, dtype=bool)
    short[n_lines:] = True
    comp = exclusive_ways(X, q, np.zeros(n, dtype=np.int64), _passed_one_set(k), np.zeros(k, dtype=np.int64),
                          np.array([0]), np.array([0.005]), 5, short=short)[0]
    used = comp[:n_lines][L.any(axis=0)]
    return len(np.unique(used[used >= 0]))


def test_one_registers_lines_said_one_at_a_time_are_not_split_by_their_words() -> None:
    # one register's lines, one or 1-2 at a time, in 30% or 90% of the answers, carrying words its lines
    # share (all, some) or do not (each line its own): the words cross the eigenvector's cut, or link no two
    # lines of a side (benchmarks/bench_ways.py --only words runs 100 seeds of more designs)
    for kind in ("one", "pool1"):
        for rate in (0.3, 0.9):
            for per_line, vocab, twins in ((2, 2, False), (2, 6, False), (1, None, False), (3, None, False),
                                           (1, 2, True)):
                split = sum(words_outcome(seed, n=500, plants=((kind, rate),), per_line=per_line, vocab=vocab,
                                          twins=twins) > 1 for seed in range(10))
                assert split == 0, (kind, rate, per_line, vocab, twins, split)


def test_chance_links_between_lines_with_their_own_words_do_not_split_a_register() -> None:
    # each line its own words plus 2% noise at 2,000 answers: the first version of the rule split these seeds
    # (chance co-occurrences joined the lines into two groups); the test half now tests the links
    for seed in (29, 48, 74):
        assert words_outcome(seed, n=2000, plants=(("one", 0.3),), per_line=2, vocab=None, noise=0.02) == 1


def test_two_registers_said_one_line_at_a_time_are_two_masks_by_their_words() -> None:
    # two registers, each one line per answer (nothing goes together, so the counts alone keep them one mask:
    # blind set 23's two-in-one and composite, seen), split by their own vocabularies; without the words, none
    for a, b in (("one", "one"), ("one", "stock")):
        split = sum(words_outcome(seed, n=500, plants=((a, 0.4), (b, 0.4)), per_line=2, vocab=6) > 1
                    for seed in range(10))
        assert split >= 9, (a, b, split)
        assert sum(ways_outcome(seed, n=500, plants=((a, 0.4), (b, 0.4))) > 1 for seed in range(10)) == 0



def test_the_methods_say_the_ways_by_words_only_where_the_record_has_them() -> None:
    from core.report.sentences import _ways

    before, then = _ways({"contrast_ways": True}), _ways({"contrast_ways": True, "contrast_ways_words": True})
    now = _ways({"contrast_ways": True, "contrast_ways_words": True, "contrast_ways_words_test": True})
    assert "a passing mask is two" in before and "word pair" not in before
    assert then.startswith(before.split("; each way passes")[0]) and "90% or more) with one way" in then
    assert "linking two of one way's phrases" in then and "halved" not in then
    assert "halved when the words" in now and "one Poisson test" in now and "5 or more answers" in now
    pruned = _ways({"contrast_ways": True, "contrast_ways_words": True, "contrast_ways_words_test": True,
                    "contrast_ways_unmixed": True})
    assert "less the phrases said there with the other way" in pruned and "go to neither way" in pruned
    assert "pairs of phrases said in one answer are of one way" in pruned and "(binomial)" in pruned
    assert "less the phrases" not in now and "(binomial)" not in now and "Poisson tests at" in now
    apart = _ways({"contrast_ways": True, "contrast_ways_words": True, "contrast_ways_words_test": True,
                   "contrast_ways_unmixed": True, "contrast_ways_apart": True})
    assert apart.startswith(pruned.split("; each way passes")[0]) and "holding neither at least 50%" in apart
    assert "holding neither" not in pruned
    assert "single line" not in apart and "one- to three-word lines" not in apart
    both = _ways({"contrast_ways": True, "contrast_ways_lone": True, "contrast_ways_short_lines": True})
    assert "a way may be a single line" in both and "a register of one- to three-word lines" in both
    assert "different questions" not in both
    blocks = _ways({"contrast_ways": True, "contrast_ways_questions": True})
    assert "two groups said on different questions" in blocks and "permutations of the questions" in blocks
    assert "counted within each part" not in blocks
    parts = _ways({"contrast_ways": True, "contrast_ways_groups": True})
    assert "two parts said together at most 25%" in parts and "counted within each part" in parts


def test_the_methods_say_the_net_check_only_where_the_record_has_it() -> None:
    from core.report.sentences import _net

    assert _net({}) == "" and _net({"contrast_net_apart": False}) == ""
    now = _net({"contrast_net_apart": True})
    assert "every context of the set says it, net of each context's wordiness, at least 4 times" in now
    assert "at the 95% upper bound of their count" in now
    assert "at least 3 times" in _net({"contrast_net_apart": True, "min_separation": 1.5})


_ONE_WAY = ("pool", "pool1", "one", "woven", "stock", "alt")


def test_one_registers_lines_are_not_split_into_two_ways() -> None:
    # the error the ways split can make: one register's lines, said together, one at a time or woven, in a
    # third of the answers to all of them, with and without a habit beside it (0 of 1,800 designs x seeds
    # split at 30 seeds; benchmarks/bench_ways.py runs 100)
    for kind in _ONE_WAY:
        for rate in (0.3, 1.0):
            for habit in (0.0, 0.3):
                split = sum(ways_outcome(seed, n=500, plants=((kind, rate),), habit=habit) > 1 for seed in range(10))
                assert split == 0, (kind, rate, habit, split)


def test_two_ways_one_context_takes_on_different_answers_are_two_masks() -> None:
    # power at 500 answers, each in 20% of them (measured: 30 of 30 for every pair with a side said together)
    for a, b in (("pool", "pool1"), ("pool", "woven"), ("woven", "stock"), ("one", "pool1")):
        split = sum(ways_outcome(seed, n=500, plants=((a, 0.2), (b, 0.2))) > 1 for seed in range(10))
        assert split >= 9, (a, b, split)
    # no side said together: lines one at a time, or one line each, are one mask (a limit: they cannot be
    # told from one register's pool said one line at a time)
    for a, b in (("one", "one"), ("stock", "stock"), ("one", "stock")):
        assert sum(ways_outcome(seed, n=500, plants=((a, 0.2), (b, 0.2))) > 1 for seed in range(10)) == 0


def test_three_registers_of_one_context_are_three_masks_and_two_are_never_more() -> None:
    # blind set 29's triple (held out): a set split in two ways only once, and two of the three registers
    # shared a mask. Each way is now tried again by the same rule; two registers must stay two (a way split
    # again is false: 0 of 10 seeds per design here; benchmarks/bench_ways.py --only split counts it for all)
    for kinds in (("pool", "pool", "pool"), ("pool", "woven", "pool1"), ("one", "pool", "woven")):
        got = [ways_outcome(seed, n=500, plants=tuple((k, 0.25) for k in kinds)) for seed in range(10)]
        assert sum(g == 3 for g in got) >= 9 and max(got) == 3, (kinds, got)
    for a, b in (("pool", "pool1"), ("pool", "woven"), ("woven", "pool1")):
        assert max(ways_outcome(seed, n=500, plants=((a, 0.4), (b, 0.4))) for seed in range(10)) == 2, (a, b)


def test_a_register_of_templates_said_one_per_answer_is_not_split() -> None:
    # blind set 30's pure-paraphrase (seen): one register, each answer one of its templates, each template's
    # slots in two wordings. The templates exclude each other and a template's slots go together, so on
    # answer atoms a way split again into templates (five masks), and the first split cut it too (every seed
    # at these settings). A way's atoms are lines: the units said together mostly in one sentence are one atom
    for rate in (0.3, 0.9):
        assert max(ways_outcome(seed, n=2000, plants=(("tmpl", rate),), parts=32) for seed in range(5)) == 1


def test_units_said_in_one_sentence_are_one_atom() -> None:
    # "{Riffing|Jamming} on this, I see a {wacky|zany} angle {here|now}": opener+adjective and adjective+noun
    # trigrams, each in a quarter of the answers: by answers eight atoms; by sentences each adjective's
    # units join (two atoms, as the adjective's wordings never meet), so neither side of a split holds two
    from core.mask_contrast import _atoms

    R, _, _ = _ways(0, n=400, plants=(("tmpl", 1.0),), parts=8)
    R = R[:, :8]
    assert len(np.unique(_atoms(R.tocsc(), 0.8))) == 8
    U = _sentences(R.tocsr(), np.zeros(8, dtype=np.int64))[1]
    assert len(np.unique(_atoms(R.tocsc(), 0.8, U))) == 2
    # two units always said together are one atom by the answers' rule, whatever their sentences; two said
    # together in a few answers but never in one sentence are not joined by the sentences' rule; two said
    # together in 4 answers join when at least 2 of those sentences hold both, not when 1 does
    two = sparse.csr_matrix(np.tile([[1.0, 1.0]], (20, 1)))
    assert len(np.unique(_atoms(two.tocsc(), 0.8, _sentences(two, np.array([0, 1]))[1]))) == 1  # by answers
    apart = sparse.csr_matrix(np.vstack([np.tile([[1.0, 1.0]], (5, 1)), np.eye(2)[np.arange(30) % 2]]))
    assert len(np.unique(_atoms(apart.tocsc(), 0.8, _sentences(apart, np.array([0, 1]))[1]))) == 2
    B = sparse.csc_matrix(np.vstack([np.ones((4, 2)), np.eye(2)[np.arange(40) % 2]]))
    for in_one, joined in ((2, True), (1, False)):
        S = sparse.csr_matrix(np.vstack([np.ones((in_one, 2)), np.eye(2)[np.arange(88) % 2]]))
        assert (len(np.unique(_atoms(B, 0.8, S))) == 1) == joined


def test_a_word_both_sides_say_is_read_only_when_said_often_enough() -> None:
    # one register's modes share its words across the ways; two registers' words are each one side's own
    from core.mask_contrast import _words_cross

    h1 = np.arange(40) < 20
    h2 = ~h1
    own = sparse.csr_matrix(np.column_stack([h1, h2]).astype(np.float64))
    assert not _words_cross(own, h1, h2)
    shared = sparse.csr_matrix(np.column_stack([h1, h2, np.arange(40) % 4 == 0]).astype(np.float64))
    assert _words_cross(shared, h1, h2)
    rare = sparse.csr_matrix(np.column_stack([h1, np.isin(np.arange(40), [0, 25])]).astype(np.float64))
    assert not _words_cross(rare, h1, h2)  # said in 2 answers: under WAYS_WORDS_MIN, not read


def test_two_ways_sharing_a_phrase_are_two_masks_and_the_phrase_goes_to_neither() -> None:
    # blind set 26's close pairs in one context (seen): two registers' lines share a phrase ("the way a"), one
    # atom with a line of each, in both ways' answers. Left out of the test (on the half that chose the sides),
    # the ways exclude each other; the phrase goes to neither, each line to its way. Before: 0-4 of 10 split
    for a, b in (("pool1", "pool1"), ("woven", "pool1"), ("alt", "alt")):
        parts = 16 if a == "alt" else 8
        split = sum(ways_outcome(seed, n=500, plants=((a, 0.2), (b, 0.2)), parts=parts, skeleton=True) > 1
                    for seed in range(10))
        assert split >= 9, (a, b, split)
    n = 500
    R, ctx, _ = _ways(0, n=n, plants=(("pool1", 0.3), ("pool1", 0.3)), skeleton=True)
    k = R.shape[1]
    comp = exclusive_ways(R, _questions(n), ctx, _passed_one_set(k), np.zeros(k, dtype=np.int64), np.array([0]),
                          np.array([0.005]), 5)[0]
    assert comp[16] == -1
    assert len(set(comp[:8])) == len(set(comp[8:16])) == 1 and comp[0] != comp[8]


def test_one_wording_against_another_of_the_same_slot_is_not_two_ways() -> None:
    # two wordings of one sentence half never meet in one answer; with one atom on a side, pairs within vs
    # across read that as two ways (this seed split before a side needed two atoms said)
    for habit in (0.0, 0.3):
        assert ways_outcome(80, n=500, plants=(("alt", 0.9),), habit=habit, parts=16) == 1


def test_one_templates_slot_wordings_are_not_two_ways_when_its_other_lines_are_said_without_them() -> None:
    # the speed benchmark's enthusiastic register (seen): "{What a|Such a} {wonderful|fantastic|brilliant}
    # {question|thing to ask}!" beside four more lines. The adjective's wordings never meet and each goes
    # with its other trigrams; the other lines, said with both, were left out of the test, so the wordings
    # passed for two ways (20 of 20 seeds at 2,000 answers, 90%, split before `_said_apart`). The other lines
    # are said as often in the answers without the template as with it: one register
    for seed in range(3):
        for habit in (0.0, 0.3):
            assert ways_outcome(seed, n=2000, plants=(("slot", 0.9),), habit=habit, parts=16) == 1, (seed, habit)


def test_said_apart_reads_a_line_said_without_either_way_not_a_phrase_said_with_one() -> None:
    # units 0-1 one way, 2-3 the other, 4 neither; strata: one cell
    rng = np.random.default_rng(0)
    n = 400
    side = rng.integers(0, 3, n)  # 2: neither way
    X = np.zeros((n, 5), dtype=bool)
    X[:, 0] = X[:, 1] = side == 0
    X[:, 2] = X[:, 3] = side == 1
    way = np.array([1, 1, 0, 0, -1])
    strata = np.zeros(n, dtype=np.int64)
    X[:, 4] = side < 2  # said with either way only: a phrase their lines share
    assert not _said_apart(sparse.csc_matrix(X.astype(np.float64)), way, strata)
    X[:, 4] = rng.random(n) < 0.5  # said whichever, and as often without: a line of the register
    assert _said_apart(sparse.csc_matrix(X.astype(np.float64)), way, strata)


def test_rare_phrases_that_exclude_each_other_by_chance_are_not_two_ways_by_their_pairs() -> None:
    # 45 independent rare phrases in 500 answers (benchmarks/bench_ways.py): in these two seeds the sides
    # excluded each other by chance on the test half, so no pair was across and every pair within; the pairs
    # test split them until it asked for the exclusion at level^2 / 2
    for seed, (lo, hi) in ((34, (0.002, 0.01)), (37, (0.005, 0.02))):
        rng = np.random.default_rng(seed)
        X = rng.random((500, 45)) < rng.uniform(lo, hi, 45)
        assert _split(sparse.csr_matrix(X.astype(np.float64)), _questions(500), 5) == 0, seed


def test_two_ways_that_each_go_together_only_weakly_split_on_their_counts_added() -> None:
    # two ways of 1-2 lines each in 40% + 40% of 300 answers: on the test half, each side alone goes together
    # too weakly for its own test, both sides' counts added do not (one side at a time at level / 2 split 6
    # of these 10 seeds; blind set 20's split-context at 1,000 answers, seen, was one such)
    for seed in range(10):
        assert ways_outcome(seed, n=300, plants=(("pool1", 0.4), ("pool1", 0.4))) == 2, seed


def test_ways_needs_the_sides_to_exclude_each_other_not_only_to_meet_less() -> None:
    # one register in 90% of the answers, 1-2 sentences whose halves each have two wordings: its pool's two
    # halves meet less often than independent halves would (two lines at most), and each half's wordings go
    # together; but they meet far more than a quarter as often: one mask. Without the floor on the overlap, the
    # tests alone split it where each half is its own line (15 of 20 seeds at 2,000 answers; blind set 18's
    # paraphrase pools, seen); read as one line, a sentence's halves are one atom and nothing splits
    for seed in range(3):
        for own in (False, True):
            assert ways_outcome(seed, n=2000, plants=(("alt", 0.9),), parts=16, unit_sentences=own) == 1
        assert ways_outcome(seed, n=2000, plants=(("alt", 0.9),), parts=16, overlap=1.0, unit_sentences=True) >= 2
        assert ways_outcome(seed, n=2000, plants=(("alt", 0.9),), parts=16, overlap=1.0) == 1


def test_two_ways_in_one_context_are_two_masks_end_to_end() -> None:
    # context 2 takes a persona (1-3 of its 8 lines) on some answers and a formal register (its own 8) on
    # others, never both: two masks, each with its own p-value no smaller than the set's; ways=False: one
    for seed in range(3):
        rng = np.random.default_rng(seed)
        R, q, c, _ = _answers(seed, n_q=12, n_c=6, k=40, per_cell=(40, 45))
        extra = sparse.lil_matrix((R.shape[0], 16))
        truth = np.full(R.shape[0], -1)
        for i in np.flatnonzero(c == 2):
            u = rng.random()
            if u < 0.8:
                j = int(u >= 0.4)
                extra[i, 8 * j + rng.choice(8, size=int(rng.integers(1, 4)), replace=False)] = 1
                truth[i] = j
        R = sparse.hstack([R, extra.tocsr()]).tocsr()
        labels, con, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5)
        assert info["n_ways"] == 1
        a, b = (int(np.bincount(labels[truth == t] + 1).argmax()) - 1 for t in (0, 1))
        assert a >= 0 and b >= 0 and a != b
        assert min(np.mean(labels[truth == t] == m) for t, m in ((0, a), (1, b))) >= 0.9
        p = info["bundle_p"]
        assert p[a] >= con.p[con.sets.index((2,))] and p[b] >= con.p[con.sets.index((2,))]
        one, _, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5, ways=False)
        assert "n_ways" not in info and len(set(one[truth >= 0].tolist()) - {-1}) == 1


def test_ways_needs_each_side_to_pass_and_the_overlap_to_be_more_than_chance() -> None:
    R, ctx, _ = _ways(0, n=500, plants=(("pool", 0.2), ("pool1", 0.2)))
    k = R.shape[1]
    args = (R, _questions(500), ctx)
    # each side must pass the context test by itself: permutations whose largest unit reaches 5, and the
    # second way's units far below it
    null = tuple((np.array([0]), np.array([0]), np.array([5.0])) for _ in range(199))
    dev = np.where(np.arange(k) < 8, 10.0, 0.1)
    con = Contrast(sets=((0,),), unit_set=np.zeros(k, dtype=np.int64), stat=np.array([dev.sum()]),
                   p=np.array([0.005]), passed=np.array([True]), dev=dev, null=null)
    assert exclusive_ways(*args, con, np.zeros(k, dtype=np.int64), np.array([0]), np.array([0.005]), 5)[3].sum() == 0
    # sides of 1.5% of the answers each: never meeting is what chance gives too (0.1 answers expected)
    R, ctx, _ = _ways(0, n=500, plants=(("pool", 0.015), ("pool", 0.015)))
    con = _passed_one_set(k)
    assert exclusive_ways(R, _questions(500), ctx, con, np.zeros(k, dtype=np.int64), np.array([0]), np.array([0.005]),
                          5)[3].sum() == 0


def test_a_register_two_contexts_say_one_way_each_is_not_two_ways() -> None:
    # contexts 0 and 1 share a register, each in its own lines (1-3 of 8): its two halves never meet in one
    # answer, but only because each context says one of them; expectations within contexts see no exclusion
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    for seed in range(5):
        R0, _, _ = _ways(seed, n=400, plants=(("pool", 0.5), ("pool", 0.0)))
        R1, _, _ = _ways(seed + 100, n=400, plants=(("pool", 0.0), ("pool", 0.5)))
        R = sparse.vstack([R0, R1]).tocsr()
        ctx = np.repeat([0, 1], 400)
        k = R.shape[1]
        con = Contrast(sets=((0, 1),), unit_set=np.zeros(k, dtype=np.int64), stat=np.array([float(k)]),
                       p=np.array([0.005]), passed=np.array([True]), dev=np.ones(k), null=(empty,) * 199)
        comp = np.zeros(k, dtype=np.int64)
        assert exclusive_ways(R, _questions(800), ctx, con, comp, np.array([0]), np.array([0.005]), 5)[3].sum() == 0
        # the same answers in one context are two ways
        assert exclusive_ways(R, _questions(800), np.zeros(800, dtype=np.int64), con, comp, np.array([0]),
                              np.array([0.005]),
                              5)[3].sum() == 1


def _passed_one_set(k: int) -> Contrast:
    """A contrast whose one set (context 0) passed with every unit, and whose permutations reach nothing: the
    ways split's rules alone decide."""
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    return Contrast(sets=((0,),), unit_set=np.zeros(k, dtype=np.int64), stat=np.array([float(k)]),
                    p=np.array([0.005]), passed=np.array([True]), dev=np.ones(k), null=(empty,) * 199)


def _split(R: sparse.csr_matrix, q: np.ndarray, min_size: int) -> int:
    k = R.shape[1]
    return int(exclusive_ways(R, q, np.zeros(R.shape[0], dtype=np.int64), _passed_one_set(k),
                              np.zeros(k, dtype=np.int64), np.array([0]), np.array([0.005]), min_size)[3].sum())


def test_many_rare_independent_phrases_are_not_split_by_the_sides_chosen_on_them() -> None:
    # one register of 30 rare phrases (each in 0.2-1% of answers, independently): on the answers that chose
    # them, the eigenvector's sides meet far less than independent sides, and tested there they split 15-24
    # of 50 corpora (a review's simulation); the half that did not choose them sees no exclusion
    for seed in range(10):
        rng = np.random.default_rng(seed)
        X = rng.random((2000, 30)) < rng.uniform(0.002, 0.01, 30)
        assert _split(sparse.csr_matrix(X.astype(np.float64)), _questions(2000), 20) == 0, seed


def test_a_register_worded_by_question_is_not_two_ways() -> None:
    # questions 0-5 draw 1-3 of lines 0-7, questions 6-11 of lines 8-15: the two sets of lines never meet
    # in one answer, but only because each question says one of them (expectations within cells); with
    # every question in one cell, it splits (20 of 20, a review's simulation)
    for seed in range(5):
        rng = np.random.default_rng(seed)
        q = np.repeat(np.arange(12), 50)
        X = np.zeros((600, 16), dtype=bool)
        for i in np.flatnonzero(rng.random(600) < 0.7):
            X[i, (0 if q[i] < 6 else 8) + rng.choice(8, size=int(rng.integers(1, 4)), replace=False)] = True
        R = sparse.csr_matrix(X.astype(np.float64))
        assert _split(R, q, 6) == 0
        assert _split(R, q % 2, 6) == 1


def _two_ways_words_habit(seed: int, *, shared: float, habit: float) -> tuple[sparse.csr_matrix, np.ndarray,
                                                                             np.ndarray, np.ndarray, np.ndarray,
                                                                             np.ndarray]:
    """(R, q, c, truth, habit answers, short units): context 2 takes way 0 (1-3 of units 40-47) in 50% of its
    answers and way 1 (48-55) in 30%, never both; each way's answers say each of three short words (units
    61-63) with probability `shared`; a five-trigram habit (56-60) in `habit` of its answers, independently
    (a review's construction)."""
    rng = np.random.default_rng(seed)
    R, q, c, _ = _answers(seed, n_q=12, n_c=6, k=40, per_cell=(40, 50))
    extra = sparse.lil_matrix((R.shape[0], 24))
    truth, said = np.full(R.shape[0], -1), np.zeros(R.shape[0], dtype=bool)
    for i in np.flatnonzero(c == 2):
        u = rng.random()
        if u < 0.8:
            j = int(u >= 0.5)
            extra[i, 8 * j + rng.choice(8, size=int(rng.integers(1, 4)), replace=False)] = 1
            truth[i] = j
            for w in range(3):
                if rng.random() < shared:
                    extra[i, 21 + w] = 1
        if rng.random() < habit:
            extra[i, 16:21] = 1
            said[i] = True
    short = np.zeros(64, dtype=bool)
    short[61:] = True
    return sparse.hstack([R, extra.tocsr()]).tocsr(), q, c, truth, said, short


def test_two_ways_sharing_short_words_keep_their_answers() -> None:
    # three short words in 70% of both ways' answers: wholesale to one side, they outvoted the other way's
    # phrases and took most of its answers (26-32% left, a review's construction); they now leave the vote
    for seed in range(3):
        R, q, c, truth, _, short = _two_ways_words_habit(seed, shared=0.7, habit=0.0)
        labels, _, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5, short=short)
        assert info["n_ways"] == 1
        a, b = (int(np.bincount(labels[truth == t] + 1).argmax()) - 1 for t in (0, 1))
        assert a >= 0 and b >= 0 and a != b
        assert min(np.mean(labels[truth == t] == m) for t, m in ((0, a), (1, b))) >= 0.9


def test_an_answer_of_the_smaller_way_and_the_habit_stays_in_its_way() -> None:
    # the habit split off the set goes back to the set's mask when an answer also says the set's phrases;
    # after the ways split, to the way it holds (it went to the habit's mask, a review's construction)
    for seed in (1, 2):  # seed 0: neither split happens (the habit split needs its one independent atom)
        R, q, c, truth, said, _ = _two_ways_words_habit(seed, shared=0.0, habit=0.3)
        labels, _, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5)
        assert info["n_ways"] == 1 and info["n_split"] == 1
        for t in (0, 1):
            way = int(np.bincount(labels[(truth == t) & ~said] + 1).argmax()) - 1
            assert np.mean(labels[(truth == t) & said] == way) >= 0.9, (seed, t)


def test_the_smaller_of_two_ways_is_linked_like_the_larger() -> None:
    # context 1 takes a persona (units 40-47, 30% of its answers) or a formal register (48-55, 50%), never
    # both; context 4 speaks the persona its own way (56-61) and says one of context 1's persona lines beside
    # it in 20% of its answers: the persona split off context 1's set links to context 4's mask as the larger
    # way did (kept out of the link, the smaller way stayed apart: a review's construction)
    for seed in (1, 2, 3):
        rng = np.random.default_rng(seed)
        rows, q, c, truth = [], [], [], []
        for qi in range(20):
            rates = rng.beta(0.3, 3.0, size=40)
            for ci in range(7):
                for _ in range(24):
                    row, t, u = set(np.flatnonzero(rng.random(40) < rates).tolist()), -1, rng.random()
                    if ci == 1 and u < 0.8:
                        t = int(u >= 0.3)
                        row |= set((40 + 8 * t + rng.choice(8, size=int(rng.integers(1, 4)), replace=False)).tolist())
                    if ci == 4 and u < 0.8:
                        row |= set(rng.choice(np.arange(56, 62), size=int(rng.integers(1, 3)), replace=False).tolist())
                        t = 0
                        if rng.random() < 0.2:
                            row.add(int(rng.integers(40, 48)))
                    rows.append(row)
                    q.append(qi)
                    c.append(ci)
                    truth.append(t)
        c_, truth_ = np.array(c), np.array(truth)
        labels, _, info = contrast_labels(_matrix(rows, 62), np.array(q), 20, c_, 7, seed, min_size=5)
        assert info["n_ways"] == 1 and info["n_linked"] >= 1
        persona_1, persona_4, formal = (int(np.bincount(labels[m] + 1).argmax()) - 1 for m in (
            (truth_ == 0) & (c_ == 1), (truth_ == 0) & (c_ == 4), truth_ == 1))
        assert persona_1 == persona_4 != formal


def ways_and_a_line(seed: int, *, in_ways: float, in_persona: float, shares: tuple[float, float] = (0.4, 0.4),
                    ) -> tuple[sparse.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """Context 2 takes a persona (units 40-47) on `shares[0]` of its answers or a formal register (48-55) on
    `shares[1]`, never both; context 4 says line 56 in 60% of its answers. Context 2 says it in `in_ways` of
    its answers whichever way they take, and in `in_persona` of its persona answers. (R, q, ctx, truth: 0
    persona, 1 formal, 2 the line in context 4, -1 other). benchmarks/bench_ways.py runs more seeds."""
    rng = np.random.default_rng(seed)
    R, q, c, _ = _answers(seed, n_q=12, n_c=6, k=40, per_cell=(40, 45))
    extra = sparse.lil_matrix((R.shape[0], 17))
    truth = np.full(R.shape[0], -1)
    for i in range(R.shape[0]):
        u, rate = rng.random(), 0.6 if c[i] == 4 else in_ways if c[i] == 2 else 0.0
        if c[i] == 2 and u < sum(shares):
            truth[i] = int(u >= shares[0])
            extra[i, 8 * truth[i] + rng.choice(8, size=int(rng.integers(1, 4)), replace=False)] = 1
            rate += in_persona * (truth[i] == 0)
        if rng.random() < rate:
            extra[i, 16] = 1
            truth[i] = 2 if c[i] == 4 else truth[i]
    return sparse.hstack([R, extra.tocsr()]).tocsr(), q, c, truth


def line_outcome(seed: int, *, in_ways: float, in_persona: float, shares: tuple[float, float] = (0.4, 0.4)) -> str:
    """What `contrast_labels` makes of `ways_and_a_line`: "apart" (persona, formal and the line three masks),
    "persona" or "formal" (the line joined to that way only), "all" (one mask), "lost" (no split, or a part
    without a mask)."""
    R, q, c, truth = ways_and_a_line(seed, in_ways=in_ways, in_persona=in_persona, shares=shares)
    labels, _, info = contrast_labels(R, q, 12, c, 6, seed, min_size=5)
    persona, formal, line = (int(np.bincount(labels[truth == t] + 1).argmax()) - 1 for t in (0, 1, 2))
    if info.get("n_ways", 0) != 1 or min(persona, formal, line) < 0:
        return "lost"
    if len({persona, formal, line}) == 3:
        return "apart"
    return "all" if persona == formal else "persona" if persona == line else "formal"


def test_a_line_another_context_also_says_does_not_join_a_contexts_two_ways() -> None:
    # context 4's line is said in context 2 too, as often on either way's answers: by contexts alone it
    # links to both ways and joined them again (blind set 19's close_together, seen: a third context's
    # opener); it goes with neither, so the ways stay two masks and the line its own
    assert [line_outcome(s, in_ways=0.15, in_persona=0.0) for s in range(3)] == ["apart"] * 3


def test_a_line_one_of_two_ways_also_says_links_to_that_way_only() -> None:
    # context 2's persona answers say context 4's line too (half of them), its formal answers never: the
    # line goes with the persona way, so the two link and the formal way stays its own
    assert [line_outcome(s, in_ways=0.0, in_persona=0.5) for s in range(3)] == ["persona"] * 3


def test_no_link_joins_two_ways_of_one_set_through_a_third_bundle() -> None:
    from core.mask_contrast import linked_bundles

    # bundle 0 (units 0-2, context 0); bundles 1 (unit 3) and 2 (unit 4): context 1's two ways. Context 1's
    # first way says bundle 0's units (0 links to 1), context 0 says unit 4 (2 links to 0): 1 and 2 would be
    # joined through 0
    rows, q, c = [], [], []
    for qi in range(6):
        for ci in range(5):
            for j in range(4):
                rows.append({0: {0, 1, 2, 4}, 1: {0, 1, 2, 3} if j % 2 else {4}}.get(ci, set()))
                q.append(qi)
                c.append(ci)
    R, q_, c_ = _matrix(rows, 5), np.array(q), np.array(c)
    units, sets = np.array([0, 0, 0, 1, 2]), [(0,), (1,), (1,)]
    rep = linked_bundles(R, q_, 6, c_, 5, units, sets)
    assert rep[0] == rep[1] == rep[2]  # as two sets, by contexts alone: one
    rep = linked_bundles(R, q_, 6, c_, 5, units, sets, way_group=np.array([-1, 1, 1]))
    assert rep[1] != rep[2] and rep[0] == rep[1]


def test_a_line_said_instead_of_a_register_is_a_way_of_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # blind set 33's habit-plus (seen): a context's habit line, said only in its answers without the register,
    # excludes the register's lines, and those pair with each other; with one line on a side the pairs within
    # against across were not read, and the habit stayed in the register's mask. bench_ways.py --only lone
    import core.mask_contrast as mc

    plants = (("pool", 0.6), ("stock", 0.3))
    assert sum(ways_outcome(seed, n=500, plants=plants) == 2 for seed in range(10)) >= 9
    monkeypatch.setattr(mc, "WAYS_LONE", False)
    assert sum(ways_outcome(seed, n=500, plants=plants) == 2 for seed in range(10)) <= 1


def test_a_lone_line_sharing_the_registers_words_is_not_split_off() -> None:
    # one register in two modes (its first line alone, else a header, a sign-off or both) at 90%: its modes
    # exclude each other as a habit and its register do; the words its lines share keep it one mask, and where
    # each line has words of its own nothing tells it from two ways (the stated limit: it is split)
    plants = (("sig", 0.9),)
    assert max(words_outcome(seed, n=500, plants=plants, per_line=2, vocab=4) for seed in range(10)) == 1
    assert sum(words_outcome(seed, n=500, plants=plants, per_line=2, vocab=None) == 2 for seed in range(10)) >= 8


def test_registers_of_short_lines_split_and_one_such_register_does_not() -> None:
    # blind set 33's two-short-in-one and triple (seen): registers said only in one- to three-word lines have
    # no trigram, so the ways had no atom of theirs; a set's words said in lines of their own are atoms now.
    # One register, its lines 1-3 or one at a time, sharing words or not: never split; two, each 1-2 lines
    # of its own three words: split. bench_ways.py --only short
    for kind in ("pool", "one"):
        for vocab in (1, 3, None):
            assert max(short_outcome(seed, n=500, plants=((kind, 0.6),), vocab=vocab) for seed in range(4)) == 1
    plants = (("pool1", 0.4), ("pool1", 0.4))
    assert sum(short_outcome(seed, n=500, plants=plants, vocab=3) == 2 for seed in range(10)) >= 9


def test_two_registers_on_different_questions_split_and_one_worded_by_question_does_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # blind set 34's split-questions (seen): two registers of one context, each on its own half of the
    # questions, never meet in a (question, context) cell, so the tests within cells saw nothing and they
    # stayed one mask; tested on questions, with words of their own, they split. One register whose lines
    # do not depend on the question, or whose wording follows the question but shares its template words
    # or has no words, stays one. bench_ways.py --only questions
    import core.mask_contrast as mc

    assert sum(blocks_outcome(seed, n=500, words="own") == 2 for seed in range(10)) >= 9
    for words in ("shared", "none"):
        assert max(blocks_outcome(seed, n=500, words=words) for seed in range(10)) == 1, words
    assert max(blocks_outcome(seed, n=500, words="own", on_all=True) for seed in range(10)) == 1
    monkeypatch.setattr(mc, "WAYS_QUESTIONS", False)
    assert max(blocks_outcome(seed, n=500, words="own") for seed in range(10)) == 1


def test_a_word_said_inside_a_long_line_is_no_line_of_its_own() -> None:
    from core.mask_contrast import _short_lines

    # sentences x units: units 0-1 long, 2-4 short; unit 2 always beside a long unit, unit 3 alone, unit 4 in
    # one sentence of each kind (half apart: kept)
    U = sparse.csr_matrix(np.array([[1, 0, 1, 0, 0], [0, 1, 1, 0, 1], [0, 0, 0, 1, 0], [0, 0, 0, 1, 1]], dtype=float))
    resp = np.array([0, 0, 1, 2])
    got = _short_lines((resp, U), np.array([0, 1, 2]), np.array([0, 1]), np.array([2, 3, 4]))
    assert got.tolist() == [3, 4]
    # answers 0 and 1 only: unit 4 is said once, beside a long unit
    assert _short_lines((resp, U), np.array([0, 1]), np.array([0, 1]), np.array([2, 3, 4])).tolist() == [3]


def _side_of_two(seed: int, n: int, grouped: bool) -> bool:
    """`_ways_hold` on a stock line against two registers excluding each other (1-2 of 8 lines, and exactly one
    of 8), ten questions in turn, the sides' parts chosen on the even questions (`_side_groups`) when grouped."""
    import core.mask_contrast as mc

    R, _, _ = _ways(seed, n=n, plants=(("stock", 0.3), ("pool1", 0.3), ("one", 0.3)))
    A = R.tocsc()[:, [0] + list(range(8, 24))]
    side = np.r_[True, np.zeros(16, dtype=bool)]
    strata = _questions(n)
    half = strata % 2 == 0
    groups = mc._side_groups(A[np.flatnonzero(half)], side, strata[half], WAYS_OVERLAP) if grouped else None
    return mc._ways_hold(A[np.flatnonzero(~half)], side, strata[~half], WAYS_OVERLAP, 0.005, groups=groups)


def test_a_side_of_two_registers_counts_its_pairs_within_each() -> None:
    # blind set 35's triple (seen, 10,000 answers, seed 0): a line said instead of two other registers; the side
    # of those two goes together within each register, and over the whole side the pairs independence expects
    # across the two, never said, hid it (p 0.0018 against 0.0017)
    assert not any(_side_of_two(seed, 1000, grouped=False) for seed in range(2))
    assert all(_side_of_two(seed, 1000, grouped=True) for seed in range(2))


def test_generic_wording_of_a_passed_set_leaves_the_vote() -> None:
    """A unit the set's context says at 50% and the others at 1% votes; one they say at 20% (a frame's generic
    trigram, said more where answers run long) does not, and the rule reads the median outside context, so one
    other context sharing the register's phrase does not push it out."""
    from core.mask_contrast import specific

    rng = np.random.default_rng(0)
    n_c, per = 5, 400
    ctx = np.repeat(np.arange(n_c), per)
    own = np.where(ctx == 0, 0.5, 0.01)
    generic = np.where(ctx == 0, 0.5, 0.2)
    shared = np.where(ctx == 0, 0.5, np.where(ctx == 1, 0.5, 0.01))  # one outside context says it too
    R = sparse.csr_matrix((rng.random((len(ctx), 3)) < np.stack([own, generic, shared], axis=1)).astype(float))
    con = Contrast(sets=((0,),), unit_set=np.zeros(3, dtype=np.int64), stat=np.ones(1), p=np.array([0.005]),
                   passed=np.array([True]))
    use = np.ones(3, dtype=bool)
    assert specific(R, ctx, n_c, con, use).tolist() == [True, False, True]
    assert specific(R, ctx, n_c, con, np.array([True, False, False])).tolist() == [True, False, False]
    everywhere = Contrast(sets=((0, 1, 2, 3, 4),), unit_set=np.zeros(3, dtype=np.int64), stat=np.ones(1),
                          p=np.array([0.005]), passed=np.array([True]))
    assert specific(R, ctx, n_c, everywhere, use).all()  # no context outside: nothing to compare with


def test_the_methods_say_the_specific_rule_only_where_the_record_has_it() -> None:
    from core.report.sentences import _specific_words

    assert _specific_words({}) == "" and _specific_words({"contrast_specific": True}) == ""
    assert "median context outside it says in at most 10% of" in _specific_words({"contrast_specific": 0.1})


def test_sets_leaving_the_baseline_outside_are_candidates() -> None:
    # with a baseline named, a set of three or more that leaves it outside needs only one context outside;
    # sets that hold it keep MIN_OUTSIDE, and without a baseline nothing changes
    from core.mask_contrast import MIN_OUTSIDE, cell_bound

    assert context_sets(5, baseline=None) == context_sets(5)
    large = [s for s in context_sets(5, baseline=0) if len(s) > 2]
    assert large == [(1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4), (1, 2, 3, 4)]
    for n_c in range(3, 11):
        for s in context_sets(n_c, baseline=2):
            assert len(s) <= 2 or n_c - len(s) >= MIN_OUTSIDE or 2 not in s
        assert set(context_sets(n_c)) <= set(context_sets(n_c, baseline=2))
    assert cell_bound(10, 5, 4) == 1.0 and cell_bound(10, 5, 4, baseline_out=True) == pytest.approx(2 * 5.0 ** -9)
    assert cell_bound(10, 9, 6, baseline_out=True) == 1.0  # larger than MAX_SET: still none
    from core.report.sentences import _larger_sets

    assert "baseline" not in _larger_sets(5) and "with the baseline context among them" in _larger_sets(5, True)
    assert "baseline" in _larger_sets(3, True) and "baseline" not in _larger_sets(3)
    from core.mask_contrast import adds_sets

    assert adds_sets(5, 5, 0) and adds_sets(7, 5, 3) and not adds_sets(5, 5, None)
    assert not adds_sets(3, 5, 0) and not adds_sets(8, 5, 0) and not adds_sets(12, 5, 0)  # the bundled corpus: 12


def test_a_register_every_frame_but_the_baseline_brings_out_is_found() -> None:
    # five contexts, a register in 70% of the answers of all four but the baseline: no candidate set held it
    # before (blind set 39's all-but-neutral, seen); named, the baseline leaves one outside. A set of 4 of 5
    # contexts expects 80% of a unit's answers inside, so each unit's deviance is small: ~1,500 answers
    found = 0
    for seed in range(6):
        R, q, c, truth = _answers(500 + seed, n_c=5, n_q=20, per_cell=(12, 18), planted={(1, 2, 3, 4): 0.7})
        plain, _, _ = contrast_labels(R, q, 20, c, 5, seed, min_size=5, n_perm=199)
        assert (plain[truth == 0] >= 0).mean() < 0.5
        labels, con, _ = contrast_labels(R, q, 20, c, 5, seed, min_size=5, n_perm=199, baseline=0)
        own = con.sets.index((1, 2, 3, 4))
        found += bool(con.passed[own] and (labels[truth == 0] == own).mean() >= 0.8
                      and (labels[truth < 0] >= 0).mean() <= 0.05)
    assert found >= 5, found


def test_frames_that_answer_at_length_beside_a_terse_baseline_are_no_mask() -> None:
    # every frame but the baseline (or three of its four) says every phrase six times as often: the plain frame
    # is terse, nothing else differs. Net of wordiness no set that leaves the baseline out passes (a review: at
    # 3x the four-fold separation alone stops it; at 6x, without the wordiness, 10 of 20 passed)
    passed = 0
    for seed in range(20):
        wordy = {1: 6.0, 2: 6.0, 3: 6.0, 4: 6.0} if seed % 2 else {1: 6.0, 2: 6.0, 3: 6.0}
        R, q, c, _ = _answers(900 + seed, n_c=5, n_q=12, per_cell=(6, 12), wordy=wordy)
        passed += bool(contrast(R, q, 12, c, 5, seed, n_perm=199, baseline=0).passed.any())
    assert passed <= 1, passed


def test_false_positive_rate_with_the_baseline_named_is_at_most_alpha() -> None:
    # five contexts, baseline named: 20 candidate sets instead of 15; the max-T test over the fixed family stays
    # exact up to permutation noise (100 null corpora, alpha 0.05, 99 permutations)
    hits = 0
    for seed in range(100):
        R, q, c, _ = _answers(8000 + seed, n_c=5)
        con = contrast(R, q, 10, c, 5, seed, alpha=0.05, n_perm=99, baseline=0)
        assert len(con.sets) == 20
        hits += bool(con.passed.any())
    assert hits / 100 <= 0.05 + 2.5 * np.sqrt(0.05 * 0.95 / 100), hits
