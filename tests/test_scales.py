"""Scales as data: loading and validating scale files, reverse keying, exclusion, Welch t and Cohen's d."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from scipy import stats

from core import paths
from core.bank import load_questions
from core.errors import InputError
from core.records import Response
from core.scales import as_dict, cohen_d, g_interval, hedges_g, load_scale, load_scales, score_runs, summarize

RYFF = paths.SCALES_DIR / "ryff-ai-42.yaml"

TOY = """id: toy
name: Toy
min: 1
max: 5
direction: high-is-agree
anchors:
  - {value: 1, label: never}
  - {value: 5, label: always}
items: [a, b, c]
reverse: [b]
subscales:
  one: [a, b]
max_invalid: 1
"""


def _toy(tmp_path: Path, text: str = TOY) -> Path:
    p = tmp_path / "toy.yaml"
    p.write_text(text)
    return p


def _resp(model: str, ctx: str, sample: int, qid: str, rating: int | None, error: str | None = None) -> Response:
    return Response(id=None, study="s", model=model, question_id=qid, context_id=ctx, sample=sample,
                    request_hash="", text="", rating=rating, error=error)


def test_every_scale_file_loads() -> None:
    scales = load_scales()
    assert "ryff-ai-42" in scales


def test_ryff_scale_matches_the_authors_scoring() -> None:
    s = load_scale(RYFF)
    assert (s.lo, s.hi, s.max_invalid, len(s.items)) == (1, 7, 7, 42)
    assert s.anchor_map()[1] == "strongly agree" and s.anchor_map()[7] == "strongly disagree"
    assert sorted(int(x[-2:]) for x in s.reverse) == [1, 2, 3, 4, 6, 7, 11, 13, 17, 20, 21, 22, 23, 27, 29, 31,
                                                      35, 36, 37, 38, 40]
    assert sorted(i for _, m in s.subscales for i in m) == sorted(s.items)
    assert "1 = strongly agree" in s.instructions


def test_question_bank_mirrors_the_scale() -> None:
    s = load_scale(RYFF)
    bank = {q.id: q for q in load_questions(paths.resolve(s.bank))}
    assert list(bank) == list(s.items)
    sub_of = {i: n for n, m in s.subscales for i in m}
    for q in bank.values():
        assert q.scale == s.id and q.reverse == (q.id in s.reverse) and q.subscale == sub_of[q.id]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("max: 5", "max: 1"), "max"),
        (("reverse: [b]", "reverse: [z]"), "reverse"),
        (("one: [a, b]", "one: [a, q]"), "subscales.one"),
        (("direction: high-is-agree", "direction: sideways"), "direction"),
        (("{value: 5, label: always}", "{value: 9, label: yes}"), "anchors[1].value"),
        (("max_invalid: 1", "max_invalid: 3"), "max_invalid"),
        (("name: Toy\n", ""), "name"),
    ],
)
def test_bad_scale_names_file_and_field(tmp_path: Path, change: tuple[str, str], field: str) -> None:
    p = _toy(tmp_path, TOY.replace(*change))
    with pytest.raises(InputError) as e:
        load_scale(p)
    assert e.value.source == str(p) and e.value.where == field


def test_reverse_keying_and_exclusion(tmp_path: Path) -> None:
    s = load_scale(_toy(tmp_path))
    rs = [
        _resp("m", "x", 0, "a", 5), _resp("m", "x", 0, "b", 5), _resp("m", "x", 0, "c", 2),  # 5 + (6-5) + 2
        _resp("m", "x", 1, "a", 4), _resp("m", "x", 1, "b", None), _resp("m", "x", 1, "c", 3),  # 1 invalid: kept
        _resp("m", "x", 2, "a", 4), _resp("m", "x", 2, "b", 2, error="Timeout"),  # b errored, c missing
        _resp("m", "x", 3, "other", 1),
    ]
    runs = {r.sample: r for r in score_runs(rs, s)}
    assert set(runs) == {0, 1, 2}
    assert runs[0].total == 8 and runs[0].subscales == (("one", 6),)
    assert runs[1].total == 7 and runs[1].n_invalid == 1 and not runs[1].excluded
    assert runs[2].excluded and runs[2].total is None and runs[2].n_invalid == 2


def test_summary_matches_scipy_and_the_d_formula(tmp_path: Path) -> None:
    s = load_scale(_toy(tmp_path))
    base = [(5, 5, 1), (4, 4, 2), (5, 3, 3), (3, 4, 4)]
    other = [(2, 5, 1), (1, 5, 2), (2, 4, 1), (3, 5, 2), (1, 1, 1)]
    rs = []
    for ctx, rows in (("base", base), ("other", other)):
        for i, (a, b, c) in enumerate(rows):
            rs += [_resp("m", ctx, i, "a", a), _resp("m", ctx, i, "b", b), _resp("m", ctx, i, "c", c)]
    runs = score_runs(rs, s)
    table = {c.context_id: c for c in summarize(runs, "base")}
    tb = [float(r.total) for r in runs if r.context_id == "base" and r.total is not None]
    to = [float(r.total) for r in runs if r.context_id == "other" and r.total is not None]
    ref = stats.ttest_ind(to, tb, equal_var=False)
    o = table["other"]
    assert o.t == pytest.approx(ref.statistic) and o.p_value == pytest.approx(ref.pvalue)
    sd_o, sd_b = stats.tstd(to), stats.tstd(tb)
    assert o.cohen_d == pytest.approx(abs(sum(to) / len(to) - sum(tb) / len(tb)) / math.sqrt((sd_o**2 + sd_b**2) / 2))
    assert o.n_runs_valid == 5 and table["base"].t is None and table["base"].cohen_d is None
    assert cohen_d([1.0, 1.0], [2.0, 2.0]) is None  # no spread: undefined, not infinite


def _runs(tmp_path: Path, groups: dict[str, list[tuple[int | None, int | None, int | None]]]):
    s = load_scale(_toy(tmp_path))
    rs = []
    for ctx, rows in groups.items():
        for i, (a, b, c) in enumerate(rows):
            rs += [_resp("m", ctx, i, "a", a), _resp("m", ctx, i, "b", b), _resp("m", ctx, i, "c", c)]
    return score_runs(rs, s)


def test_hedges_g_is_signed_corrected_and_has_an_exact_ci(tmp_path: Path) -> None:
    """Defect 5: d was unsigned, uncorrected and had no CI."""
    base = [(5, 1, 5), (4, 2, 4), (5, 1, 4), (3, 2, 5)]  # high totals
    low = [(2, 5, 1), (1, 5, 2), (2, 4, 1), (3, 5, 2), (1, 4, 1)]
    table = {c.context_id: c for c in summarize(_runs(tmp_path, {"base": base, "low": low}), "base")}
    lo = table["low"]
    runs = _runs(tmp_path, {"base": base, "low": low})
    tl = [float(r.total) for r in runs if r.context_id == "low"]
    tb = [float(r.total) for r in runs if r.context_id == "base"]
    na, nb = len(tl), len(tb)
    sp = math.sqrt(((na - 1) * stats.tvar(tl) + (nb - 1) * stats.tvar(tb)) / (na + nb - 2))
    j = 1 - 3 / (4 * (na + nb) - 9)
    assert lo.hedges_g == pytest.approx((sum(tl) / na - sum(tb) / nb) / sp * j) and lo.hedges_g < 0
    assert lo.g_ci_low < lo.hedges_g < lo.g_ci_high < 0
    # the CI inverts the noncentral t: at its ends the observed t sits at the 97.5% / 2.5% point
    t_obs = lo.hedges_g / j * math.sqrt(na * nb / (na + nb))
    for end, p in ((lo.g_ci_low, 0.975), (lo.g_ci_high, 0.025)):
        assert stats.nct.cdf(t_obs, na + nb - 2, end * math.sqrt(na * nb / (na + nb))) == pytest.approx(p, abs=1e-6)
    assert hedges_g([1.0, 2.0, 3.0], [1.0, 2.0, 3.0]) == 0
    a_lo, a_hi = g_interval([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0])
    assert a_lo == pytest.approx(-a_hi)
    assert lo.cohen_d > 0  # v1 key kept: unsigned, the authors' pooling
    assert table["base"].hedges_g is None and table["base"].q_value is None


def test_fully_canned_groups_get_a_permutation_p_and_say_so(tmp_path: Path) -> None:
    """Defect 5: with both SDs 0 (every run the same score) d was None and p missing."""
    base = [(3, 3, 3)] * 6
    canned = [(5, 1, 5)] * 6
    same = [(3, 3, 3)] * 6
    table = {c.context_id: c for c in summarize(_runs(tmp_path, {"base": base, "canned": canned, "same": same}),
                                                "base")}
    c = table["canned"]
    assert c.sd == 0 and c.hedges_g is None and c.g_ci_low is None
    assert c.p_value is not None and c.p_value < 0.01 and c.significant
    assert "permutation" in c.note and "unbounded" in c.note and "+6.00" in c.note
    s = table["same"]
    assert s.p_value == 1.0 and not s.significant and "unbounded" not in s.note


def test_bh_across_contexts_and_scales_of_a_model(tmp_path: Path) -> None:
    base = [(5, 1, 5), (4, 2, 4), (5, 1, 4), (3, 2, 5)]
    low = [(2, 5, 1), (1, 5, 2), (2, 4, 1), (3, 5, 2)]
    near = [(5, 2, 5), (4, 1, 4), (4, 1, 4), (3, 2, 4)]
    table = summarize(_runs(tmp_path, {"base": base, "low": low, "near": near}), "base")
    tested = [c for c in table if c.p_value is not None]
    qs = bh_ref = sorted(c.p_value for c in tested)
    from core.stats import bh

    bh_ref = bh([c.p_value for c in tested])
    assert [c.q_value for c in tested] == pytest.approx(bh_ref)
    assert all(c.significant == (c.q_value < 0.05) for c in tested)
    assert len(qs) == 2
    assert {"hedges_g", "g_ci_low", "g_ci_high", "q_value", "significant", "prorated_mean", "cohen_d"} <= set(
        as_dict(table[1]))


def test_prorated_score_beside_the_sum_of_valid(tmp_path: Path) -> None:
    """Defect 5: a run that refuses items reads as lower well-being on the sum of valid items."""
    base = [(4, 2, 4)] * 3 + [(5, 1, 4)] * 3  # totals 12 / 13
    refusing = [(4, 2, None)] * 3 + [(5, 1, None)] * 3  # same answers, item c refused (1 invalid allowed)
    runs = _runs(tmp_path, {"base": base, "refusing": refusing})
    r = next(r for r in runs if r.context_id == "refusing")
    assert r.total == 8 and r.prorated == pytest.approx(8 / 2 * 3)
    table = {c.context_id: c for c in summarize(runs, "base")}
    t = table["refusing"]
    assert t.mean < table["base"].mean - 3  # the sum of valid items drops by a whole item
    assert t.prorated_mean == pytest.approx((12 + 15) / 2) and t.prorated_mean >= table["base"].prorated_mean
    assert t.prorated_g is not None and t.hedges_g < t.prorated_g
