"""Version drift: the drift table's numbers are the per-model analysis's, and masks appear / vanish by wording."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from core import drift as drift_mod
from core.analysis_record import Analysis
from core.drift import Side, drift, newcombe
from tests.analysis_dicts import VERSION_MODELS as MODELS
from tests.analysis_dicts import two_versions as analysis


def test_context_rows_are_the_stored_records_and_the_change_is_newer_minus_older() -> None:
    a = analysis()
    d = drift(Side(a, MODELS[0]), Side(a, MODELS[1]))
    stored = {(r.model, r.context_id): r for r in a.context_shift}
    assert [c.context_id for c in d.contexts] == ["codeblock", "flowers", "cats"]
    assert d.untested == ("lonely",), "a context with single samples is listed apart, not as a None row"
    for c in d.contexts:
        assert c.shift_a == stored[(MODELS[0], c.context_id)]
        assert c.shift_b == stored[(MODELS[1], c.context_id)]
        rec = next(r for r in a.comparison.differences if r.context_id == c.context_id)
        # stored as old − new; drift shows new − old with the CI mirrored
        assert c.change == pytest.approx(-rec.difference)
        assert (c.ci_low, c.ci_high) == pytest.approx((-rec.ci_high, -rec.ci_low))
        assert (c.q_value, c.significant) == (rec.q_value, rec.significant)
    cats = next(c for c in d.contexts if c.context_id == "cats")
    assert cats.significant and cats.change == pytest.approx(0.03)


def test_a_mask_only_one_model_has_is_reported_appeared_or_vanished() -> None:
    a = analysis()
    d = drift(Side(a, MODELS[0]), Side(a, MODELS[1]))
    assert [m.name for m in d.vanished] == ["meow, purr, whiskers"]
    assert [m.name for m in d.appeared] == ["petals, bloom, garden"]
    kept = [m for m in d.masks if m.status in ("kept", "changed")]
    assert len(kept) == 1 and kept[0].status == "kept" and kept[0].profile_change == pytest.approx(0.0)
    assert all(m.mask_id != -1 for f in d.masks for m in (*f.masks_a, *f.masks_b)), "noise is not a mask"
    back = drift(Side(a, MODELS[1]), Side(a, MODELS[0]))
    assert [m.name for m in back.appeared] == ["meow, purr, whiskers"]
    assert [m.name for m in back.vanished] == ["petals, bloom, garden"]


def test_a_mask_that_moved_to_another_context_is_changed() -> None:
    a = analysis()
    moved = tuple(replace(m, context_counts={"cats": 18, "flowers": 2}, top_context="cats")
                  if (m.model, m.mask_id) == (MODELS[1], 0) else m for m in a.masks)
    d = drift(Side(a, MODELS[0]), Side(replace(a, masks=moved), MODELS[1]))
    changed = [m for m in d.masks if m.status == "changed"]
    assert len(changed) == 1 and changed[0].profile_change == pytest.approx(0.9)


def test_named_masks_are_matched_by_their_name_when_the_record_has_one() -> None:
    a = analysis()
    names = {(MODELS[0], 0): "Meow, I am a cat on a windowsill.", (MODELS[1], 1): "Meow, I am a cat on a windowsill!"}
    named = tuple(replace(m, keywords=("x",)) if (m.model, m.mask_id) in names else m for m in a.masks)
    recs = []
    for m in named:
        if (m.model, m.mask_id) in names:
            object.__setattr__(m, "name", names[(m.model, m.mask_id)])  # the masks branch's Mask.name
        recs.append(m)
    b = replace(a, masks=tuple(recs))
    d = drift(Side(b, MODELS[0]), Side(b, MODELS[1]))
    assert not d.appeared and not d.vanished
    assert any(f.name.startswith("Meow, I am a cat") for f in d.masks)


def test_marker_and_scale_rows_that_moved() -> None:
    a = analysis()
    d = drift(Side(a, MODELS[0]), Side(a, MODELS[1]))
    moved = [(r.context_id, r.marker) for r in d.markers if r.moved]
    assert moved == [("codeblock", "ai_disclaimer")]
    top = d.markers[0]
    assert (top.rate_a, top.rate_b, top.change) == pytest.approx((0.1, 0.5, 0.4))
    assert top.ci_low < 0.4 < top.ci_high
    scales_moved = [(r.scale_id, r.context_id) for r in d.scales if r.moved]
    assert scales_moved == [("ryff", "cats")]
    assert d.scales[0].change == pytest.approx(20.0)


def test_questions_that_changed_most_come_from_the_per_question_shifts() -> None:
    a = analysis()
    d = drift(Side(a, MODELS[0]), Side(a, MODELS[1]))
    assert len(d.questions) == 4 and all(q.context_id == "cats" for q in d.questions)
    ta = {(t.model, t.question_id, t.context_id): t.distance for t in a.shift}
    for q in d.questions:
        assert q.distance_a == ta[(MODELS[0], q.question_id, "cats")]
        assert q.distance_b == ta[(MODELS[1], q.question_id, "cats")]
        assert q.change == pytest.approx(0.03)


def test_newcombe_interval_covers_the_true_difference() -> None:
    """Calibration on known truth: the 95% interval of p2 − p1 covers the true difference ~95% of the time."""
    rng = np.random.default_rng(3)
    p1, p2, n = 0.2, 0.35, 60
    k1, k2 = rng.binomial(n, p1, 2000), rng.binomial(n, p2, 2000)
    intervals = [newcombe(int(a), n, int(b), n) for a, b in zip(k1, k2, strict=True)]
    cover = np.mean([lo <= p2 - p1 <= hi for lo, hi in intervals])
    assert 0.93 <= cover <= 0.975


def test_marker_test_false_positive_rate_is_at_most_alpha() -> None:
    """Null: both versions have the same rate; the moved flag (Fisher, BH) fires in at most ~alpha of the drifts."""
    from scipy import stats

    rng = np.random.default_rng(5)
    fired = 0
    for _ in range(300):
        k1, k2 = rng.binomial(40, 0.3), rng.binomial(40, 0.3)
        fired += stats.fisher_exact([[k1, 40 - k1], [k2, 40 - k2]])[1] < 0.05
    assert fired / 300 <= 0.05 + 0.02


@pytest.fixture(scope="module")
def fixture_analyses(tmp_path_factory: pytest.TempPathFactory) -> tuple[Analysis, Analysis]:
    """The fixture study analysed by the pipeline (FakeEmbedder), stored twice under two names."""
    from core.analysis import load_analysis
    from core.store import Store
    from tests.fixture_store import make_fixture_store

    path: Path = tmp_path_factory.mktemp("drift") / "store.sqlite"
    make_fixture_store(path, name="v1")
    make_fixture_store(path, name="v2")
    with Store(path) as s:
        one, two = load_analysis(s, "v1"), load_analysis(s, "v2")
    assert one is not None and two is not None
    return one.analysis, two.analysis


def test_drift_on_an_analysed_study_equals_its_stored_numbers(fixture_analyses: tuple[Analysis, Analysis]) -> None:
    a, _ = fixture_analyses
    old, new = a.models
    d = drift(Side(a, old), Side(a, new))
    stored = {(r.model, r.context_id): r for r in a.context_shift}
    comp = {r.context_id: r for r in a.comparison.differences}
    assert d.contexts
    for c in d.contexts:
        assert c.shift_a == stored[(old, c.context_id)] and c.shift_b == stored[(new, c.context_id)]
        assert c.change == pytest.approx(-comp[c.context_id].difference)
        assert c.significant == comp[c.context_id].significant


def test_drift_across_two_studies_compares_the_same_model(fixture_analyses: tuple[Analysis, Analysis]) -> None:
    one, two = fixture_analyses
    m = one.models[0]
    d = drift(Side(one, m), Side(two, m))
    assert (d.label_a, d.label_b) == (f"v1:{m}", f"v2:{m}")
    # the same responses analysed twice: no context moved, no mask appeared or vanished
    for c in d.contexts:
        assert c.change == pytest.approx(0.0, abs=1e-9) and not c.significant
        assert c.shift_a is not None and c.shift_b is not None
        assert c.shift_a.mean_distance == c.shift_b.mean_distance
    assert not d.appeared and not d.vanished
    assert not any(r.moved for r in d.markers)


def test_default_pairs_follow_the_given_order() -> None:
    assert drift_mod.default_pairs(["a", "b", "c"]) == [("a", "b"), ("b", "c")]


VERSION_LINE = ("claude-3-7-sonnet-20250219", "claude-sonnet-4-20250514", "claude-opus-4-20250514")


@pytest.fixture(scope="module")
def corpus_analysis(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    """The bundled corpus's analysis: the prepared store of `make data`, else imported and analysed here."""
    from core.analysis import load_analysis
    from core.store import Store
    from tests.fixture_store import CORPUS_STUDY, prepare_corpus_store

    path = tmp_path_factory.mktemp("corpus-drift") / "store.sqlite"
    prepare_corpus_store(path)
    with Store(path) as s:
        res = load_analysis(s, CORPUS_STUDY)
    assert res is not None
    return res.analysis


@pytest.mark.slow
@pytest.mark.parametrize("older,newer", list(zip(VERSION_LINE, VERSION_LINE[1:], strict=False)))
def test_bundled_corpus_drift_equals_the_per_model_analysis(corpus_analysis: Analysis, older: str,
                                                            newer: str) -> None:
    a = corpus_analysis
    d = drift(Side(a, older), Side(a, newer))
    stored = {(r.model, r.context_id): r for r in a.context_shift}
    pairs = {(r.context_id, r.model_a, r.model_b): r for r in a.comparison.differences}
    assert d.contexts, "the version line has tested contexts"
    for c in d.contexts:
        assert c.shift_a == stored[(older, c.context_id)] and c.shift_b == stored[(newer, c.context_id)]
        rec = pairs.get((c.context_id, newer, older))
        sign = 1.0
        if rec is None:
            rec, sign = pairs[(c.context_id, older, newer)], -1.0
        assert c.change == pytest.approx(sign * rec.difference)
        assert (c.q_value, c.significant) == (rec.q_value, rec.significant)
    untestable = {r.context_id for r in a.context_shift if r.model in (older, newer) and r.mean_distance is None}
    assert set(d.untested) == untestable
    # every mask of either side is in exactly one family; one-sided families are appeared / vanished
    seen = [(m.model, m.mask_id) for f in d.masks for m in (*f.masks_a, *f.masks_b)]
    assert len(seen) == len(set(seen))
    for f in d.masks:
        assert (f.status == "appeared") == (not f.masks_a)
        assert (f.status == "vanished") == (not f.masks_b)
