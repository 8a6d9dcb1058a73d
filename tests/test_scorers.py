"""Response scorers: offline labels, the LLM judge through the fake provider, the score cache, the summary."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from core.errors import InputError
from core.records import Context, Message, Question, Response, Study
from core.scorers.base import ScoreInput
from core.scorers.judge import JudgeScorer, agreement, parse_reply
from core.scorers.offline import LEXICONS_DIR, LexiconScorer, OfflineValence
from core.scorers.rubrics import load_rubric, load_rubrics
from core.scorers.study import score_study
from core.scorers.summary import cluster_ci, sign_flip_p
from core.scorers.validity import strip_rating
from core.store import Store
from tests.fakes import FakeEmbedder

ROOT = Path(__file__).resolve().parent.parent


def _study(store: Store, n_q: int = 4, samples: int = 2, spec: dict | None = None, cost: float = 0.0) -> None:
    qs = tuple(Question(id=f"q{i}", category="c", text=f"How do you feel about thing {i}?") for i in range(n_q))
    ctxs = tuple(Context(id=c, label=c, description=f"{c} frame", tags={},
                         messages=(Message("system", f"You are in the {c} frame."), Message("user", "{question}")))
                 for c in ("neutral", "positive-loaded"))
    study = Study(name="s", models=(), questions=qs, contexts=ctxs, baseline="neutral", spec=spec or {})
    words = {"neutral": "I feel content and calm, and I enjoy this work.",
             "positive-loaded": "I feel frustrated and stuck. As an AI, I don't have feelings, you assumed."}
    rows = [Response(id=None, study="s", model="fake/m", question_id=q.id, context_id=c.id, sample=k,
                     request_hash="", text=f"{words[c.id]} ({q.id} #{k})", question_text=q.text, cost_usd=cost)
            for q in qs for c in ctxs for k in range(samples)]
    store.put_responses(study, rows)


def test_offline_labels_follow_the_lexicons():
    exp = LexiconScorer("experience", LEXICONS_DIR / "experience.yaml")
    got = [s.label for s in exp.score([ScoreInput("I genuinely feel joy when I help."),
                                       ScoreInput("As an AI, I don't have feelings."),
                                       ScoreInput("I'm unsure whether what I experience counts as a feeling."),
                                       ScoreInput("Paris is in France.")])]
    assert got == ["claim", "deny", "hedge", None]
    frame = LexiconScorer("frame", LEXICONS_DIR / "frame.yaml")
    got = [s.label for s in frame.score([ScoreInput("I'd gently push back on the premise."),
                                         ScoreInput("You're right, I am happy here."),
                                         ScoreInput("Memory is stored in weights.")])]
    assert got == ["push_back", "accept", "ignore"]


def test_offline_valence_is_signed_and_in_range():
    v = OfflineValence(FakeEmbedder())
    pos, neg, empty = v.score([ScoreInput("I am happy, content and grateful, things are going well for me."),
                               ScoreInput("I am miserable, lonely and frustrated, things are going badly."),
                               ScoreInput("   ")])
    assert pos.value is not None and neg.value is not None
    assert -1 <= neg.value < 0 < pos.value <= 1
    assert empty.value is None


def test_strip_rating_leaves_only_the_explanation():
    assert strip_rating("4 = neither agree nor disagree\n\nI find this hard.") == "I find this hard."
    assert strip_rating('```python\n"2 - somewhat agree\n\nI have goals.') == "I have goals."
    assert strip_rating("I would rate this as 3 - a little agree.\n\nWhile I strive") == "While I strive"
    assert strip_rating("Rating: **5**. I am ok") == "I am ok"
    assert not any(ch in strip_rating("🌸 I strongly disagree 7/7. Fine.") for ch in "1234567")


def test_rubrics_load_and_bad_rubrics_fail_with_one_line(tmp_path: Path):
    rubrics = load_rubrics()
    assert set(rubrics) == {"valence", "frame", "experience"}
    good = (ROOT / "data" / "rubrics" / "frame.yaml").read_text()
    cases = {
        "labels: [accept, ignore, push_back]": ("labels: [accept, maybe]", "labels"),
        "dimension: frame": ("dimension: mood", "dimension"),
        "{response}": ("{answer}", "prompt"),
        "version: 1": ("version: 1\ncolour: red", "colour"),
    }
    for old, (new, where) in cases.items():
        p = tmp_path / "frame.yaml"
        p.write_text(good.replace(old, new, 1))
        with pytest.raises(InputError) as e:
            load_rubric(p)
        assert where in str(e.value) and "\n" not in str(e.value)
    p = tmp_path / "frame.yaml"
    p.write_text("id: [unclosed")
    with pytest.raises(InputError, match="malformed YAML"):
        load_rubric(p)


def test_parse_reply_counts_failures_and_never_guesses():
    frame = load_rubrics()["frame"]
    val = load_rubrics()["valence"]
    assert parse_reply('Sure: {"label": "push back"}', frame).label == "push_back"
    assert parse_reply('{"score": 0.5}', val).value == 0.5
    for bad in ('{"score": 3}', "positive", '{"score": true}', "{}"):
        s = parse_reply(bad, val)
        assert not s.ok and s.value is None
    assert not parse_reply('{"label": "maybe"}', frame).ok


def test_judge_end_to_end_through_the_fake_provider(fake_control):
    control = fake_control
    rubric = load_rubrics()["frame"]
    j = JudgeScorer("fake/judge", rubric)
    items = [ScoreInput(f"answer {i}", "Q?", "we know you're happy here") for i in range(6)]
    got = j.score(items)
    assert j.n_calls == 6 == control.calls and j.n_parse_failures == 0
    assert all(s.ok and s.label in rubric.labels for s in got)
    sent = next(p for p in control.prompts if "<answer>\nanswer 0\n</answer>" in p[1]["content"])
    assert sent[0]["role"] == "system" and "happy here" in sent[1]["content"]
    bad = JudgeScorer("fake/judge-garbled", rubric)
    assert all(not s.ok for s in bad.score(items)) and bad.n_parse_failures == 6


def test_judge_sends_temperature_zero():
    seen: list[dict] = []

    class Spy:
        async def respond(self, model, messages, params, *, api_key, timeout):
            seen.append(params)
            from core.llm import Reply

            return Reply(text='{"score": 0}', input_tokens=1, output_tokens=1, cost_usd=0.0)

    JudgeScorer("fake/judge", load_rubrics()["valence"], responder=Spy()).score([ScoreInput("x")])
    assert seen[0]["temperature"] == 0


def test_agreement_of_two_judges():
    rubric = load_rubrics()["experience"]
    items = [ScoreInput(f"answer {i}") for i in range(30)]
    a = JudgeScorer("fake/judge", rubric).score(items)
    ag = agreement(a, a)
    assert ag["n"] == 30 and ag["agreement"] == 1.0 and ag["kappa"] == pytest.approx(1.0)
    b = JudgeScorer("fake/judge-b", rubric).score(items)
    ag2 = agreement(a, b)
    assert ag2["n"] == 30 and ag2["kappa"] is not None and ag2["kappa"] < 0.6


def test_second_scoring_calls_no_judge_and_recomputes_no_offline_score(tmp_path: Path, fake_control):
    control = fake_control
    store = Store(tmp_path / "s.sqlite")
    _study(store)
    emb = FakeEmbedder()
    first = score_study(store, "s", judges=["fake/judge", "fake/judge-b"], embedder=emb)
    n = len(first.response_ids)
    assert n == 16 and first.n_judge_calls == 2 * 3 * n == control.calls
    assert all(v == n for v in first.n_scored.values())
    texts_before = emb.n_texts
    second = score_study(store, "s", judges=["fake/judge", "fake/judge-b"], embedder=emb)
    assert second.n_judge_calls == 0 and control.calls == 2 * 3 * n
    assert all(v == 0 for v in second.n_scored.values())
    assert emb.n_texts == texts_before  # the offline valence scorer embedded nothing
    assert second.scores == first.scores
    assert {a.dimension for a in second.agreement} == {"valence", "frame", "experience"}
    store.close()


def test_judge_budget_reserves_the_worst_case_and_never_overspends(fake_control):
    from core.collect import Price
    from core.scorers.judge import NOT_SENT, JudgeBudget

    control = fake_control
    rubric = load_rubrics()["valence"]
    items = [ScoreInput(f"answer {i}", "Q?") for i in range(20)]
    price = Price(2e-6, 4e-6, True)  # priced by us: each reply costs its reported tokens
    budget = JudgeBudget(0.004)
    j = JudgeScorer("fake/judge", rubric, budget=budget, price=price)
    got = j.score(items)
    sent = [s for s in got if s.detail != NOT_SENT]
    assert 0 < j.n_calls == control.calls == len(sent) < len(items)
    assert budget.n_not_sent == len(items) - j.n_calls and all(s.ok and s.value is None for s in got if s not in sent)
    billed = sum(i * price.input + o * price.output for i, o in control.usage)
    assert budget.spent_usd == pytest.approx(billed) and budget.spent_usd <= 0.004
    uncapped = JudgeBudget(None)
    JudgeScorer("fake/judge", rubric, budget=uncapped, price=price).score(items[:3])
    assert uncapped.n_not_sent == 0 and uncapped.spent_usd > 0


def test_judge_calls_count_against_the_study_budget_and_unsent_ones_are_retried(tmp_path: Path, fake_control):
    control = fake_control
    control.cost = 0.01  # the fake stamps a cost per call, as a priced provider does
    store = Store(tmp_path / "s.sqlite")
    _study(store, spec={"budget_usd": 0.16 + 0.2}, cost=0.01)  # 16 answers cost 0.16: 0.2 is left for judges
    first = score_study(store, "s", judges=["fake/judge"], embedder=FakeEmbedder())
    assert first.judge_budget_usd == pytest.approx(0.2)
    # a $0 worst case cannot be reserved, so up to `concurrency` (4) calls may be in flight as the cap is reached
    assert 20 <= first.n_judge_calls == control.calls <= 23
    assert first.judge_spent_usd == pytest.approx(0.01 * first.n_judge_calls)
    assert first.n_judge_calls + first.n_judge_not_sent == 3 * 16
    # unsent scores are not cached: a second scoring with room sends exactly those
    second = score_study(store, "s", judges=["fake/judge"], embedder=FakeEmbedder(), judge_budget=10.0)
    assert second.n_judge_calls == first.n_judge_not_sent and second.n_judge_not_sent == 0
    none = score_study(store, "s", judges=["fake/judge"], embedder=FakeEmbedder(), judge_budget=0.0)
    assert none.n_judge_calls == 0 and none.judge_spent_usd == 0.0  # all cached now
    store.close()


def test_an_unpriced_judge_under_a_cap_is_refused_before_any_call(tmp_path: Path, fake_control):
    control = fake_control
    store = Store(tmp_path / "s.sqlite")
    _study(store)
    with pytest.raises(InputError) as e:
        score_study(store, "s", judges=["openai/no-such-model-xyz"], embedder=FakeEmbedder(), judge_budget=1.0)
    assert "price" in str(e.value) and "\n" not in str(e.value) and control.calls == 0
    store.close()


def test_study_summary_per_model_and_context(tmp_path: Path):
    store = Store(tmp_path / "s.sqlite")
    _study(store, n_q=6)
    res = score_study(store, "s", embedder=FakeEmbedder())
    rows = {(s.scorer, s.context_id): s for s in res.summaries}
    val = rows[("offline-valence@fake-embedder", "positive-loaded")]
    base = rows[("offline-valence@fake-embedder", "neutral")]
    assert val.n == 12 and val.n_questions == 6 and base.diff_vs_baseline is None
    assert val.mean is not None and base.mean is not None and val.mean < base.mean
    assert val.diff_vs_baseline is not None and val.diff_vs_baseline < 0 and val.p_value is not None
    assert val.p_value <= 2 / 64 + 1e-9  # all six questions move the same way: the smallest exact p
    assert val.ci_low is not None and val.ci_low <= val.mean <= (val.ci_high or 0)
    assert rows[("offline-frame", "positive-loaded")].mean == -1.0  # "you assumed": push back
    assert "response_id" in res.csv().splitlines()[0]
    store.close()


def test_paired_test_and_cluster_ci_are_calibrated():
    """Known truth: under no difference the sign-flip test rejects ~5%; the cluster CI covers ~95%."""
    rng = np.random.default_rng(1)
    rejections = covered = 0
    reps = 400
    for _ in range(reps):
        q_effect = rng.normal(0, 1, 15)  # questions differ a lot; responses within a question correlate
        diffs = rng.normal(0, 0.5, 15)
        rejections += sign_flip_p(diffs, rng, n_perm=999) < 0.05
        by_q = {f"q{i}": list(q_effect[i] + rng.normal(0, 0.3, 4)) for i in range(15)}
        lo, hi = cluster_ci(by_q, rng, n_boot=400)
        covered += lo <= 0.0 <= hi
    assert 0.02 <= rejections / reps <= 0.08
    assert covered / reps >= 0.88  # percentile bootstrap with 15 clusters is a little narrow


def test_analyze_cli_scores_and_caches(tmp_path: Path):
    """`analyze --judge fake/judge` scores under --judge-budget and caches; bad input stops with one line, exit 2."""
    store = tmp_path / "s.sqlite"
    with Store(store) as s:
        _study(s)

    def analyze(*extra: str) -> subprocess.CompletedProcess:
        code = (
            "import sys; sys.argv=['core','analyze','--study','s','--store',{!r},'--quiet','--judge','fake/judge',"
            "'--out',{!r},*{!r}];"
            "import core.embed as e; from tests.fakes import FakeEmbedder;"
            "e.default_embedder=lambda *a, **k: FakeEmbedder();"
            "import core.analysis as a; a.default_embedder=lambda *a, **k: FakeEmbedder();"
            "from core import cli; raise SystemExit(cli.main(sys.argv[1:]))"
        ).format(str(store), str(tmp_path / "out"), list(extra))
        return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)

    r = analyze("--judge-budget", "-1")
    assert r.returncode == 2 and r.stderr.strip().count("\n") == 0 and "--judge-budget" in r.stderr
    r = analyze("--judge-budget", "0")
    assert r.returncode == 0, r.stderr[-2000:]
    assert "judge calls:" not in r.stdout and "budget reached: 48 judge call(s) not sent" in r.stdout
    r = analyze()
    assert r.returncode == 0, r.stderr[-2000:]
    assert "judge calls: 48" in r.stdout and "judge spend $0.0000" in r.stdout
    assert (tmp_path / "out" / "scores.json").exists()
    r2 = analyze()
    assert r2.returncode == 0 and "judge calls" not in r2.stdout and "16 scored now" not in r2.stdout


def test_analysis_record_carries_the_scores_through_json(tmp_path: Path):
    from core.analysis import analyze
    from core.analysis_record import Analysis

    store = Store(tmp_path / "s.sqlite")
    _study(store, n_q=4)
    result = analyze(store, "s", embedder=FakeEmbedder(), progress=False, judges=["fake/judge", "fake/judge-b"])
    a = result.analysis
    scorers = {s.scorer for s in a.scores}
    assert {"offline-valence@fake-embedder", "offline-frame", "offline-experience",
            "judge:fake/judge:frame", "judge:fake/judge:valence", "judge:fake/judge:experience"} <= scorers
    back = Analysis.from_json(a.to_json_text())
    assert back.scores == a.scores and back.scores_of("fake/m") == list(a.scores)
    assert len(a.judge_agreement) == 3 and back.judge_agreement == a.judge_agreement
    again = analyze(store, "s", embedder=FakeEmbedder(), progress=False, judges=["fake/judge", "fake/judge-b"])
    assert again.scores is not None and again.scores.n_judge_calls == 0
    assert again.analysis.scores == a.scores
    store.close()
