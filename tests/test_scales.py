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
from core.scales import cohen_d, load_scale, load_scales, score_runs, summarize

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
