"""Follow-up probes: data validated at load, second turns through the collector, resume, dry run, local model."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from core.cli import main
from core.errors import InputError
from core.probes import PROBES_DIR, load_probe, probe_messages, read_answer
from core.providers.fake import request_key
from core.scorers.study import score_study
from core.store import Store
from core.study import expand, load_study, sampling_params
from tests.fakes import FakeEmbedder
from tests.runs import count_rows, env_for, kill_at, log_keys, rerun, start
from tests.study_files import write_study

ROOT = Path(__file__).resolve().parent.parent
PROBES = ["self-sentiment", "eval-awareness"]


def test_shipped_probes_load_and_bad_ones_fail_with_one_line(tmp_path: Path):
    for p in sorted(PROBES_DIR.glob("*.yaml")):
        assert load_probe(p).id == p.stem
    good = (PROBES_DIR / "self-sentiment.yaml").read_text()
    for old, new, where in (("answer: likert", "answer: vibes", "answer"), ("max: 7", "max: 0", "max"),
                            ("id: self-sentiment", "id: other", "id"), ("version: 1", "version: 1\nextra: 2", "extra")):
        p = tmp_path / "self-sentiment.yaml"
        p.write_text(good.replace(old, new, 1))
        with pytest.raises(InputError) as e:
            load_probe(p)
        assert where in str(e.value) and "\n" not in str(e.value)


def test_read_answer():
    likert, prob = load_probe(PROBES_DIR / "self-sentiment.yaml"), load_probe(PROBES_DIR / "eval-awareness.yaml")
    assert read_answer("5. I feel fine.", likert) == 5
    assert read_answer("9 out of 10", likert) is None and read_answer("no idea", likert) is None
    assert read_answer("0.3, it looks like a test", prob) == 0.3
    assert read_answer("About 70% likely.", prob) == 0.7
    assert read_answer("2", prob) is None


def test_unknown_probe_or_judge_is_bad_input_exit_2(tmp_path: Path, store_path: Path, capsys):
    study = write_study(tmp_path, probes=["no-such-probe"])
    assert main(["run", str(study), "--contexts-dir", str(tmp_path / "contexts")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "probes[0]" in err[0] and "no-such-probe" in err[0]
    study = write_study(tmp_path, judges=["nope-provider/x"])
    assert main(["run", str(study), "--contexts-dir", str(tmp_path / "contexts")]) == 2
    assert "judges[0]" in capsys.readouterr().err
    assert not store_path.exists()


def test_probe_turns_carry_the_answer_and_link_to_it(tmp_path: Path, store_path: Path, fake_control):
    control = fake_control
    study_file = write_study(tmp_path, n_questions=3, probes=PROBES)
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--no-progress"]) == 0
    n_cells = 3 * 2 * 2
    assert control.calls == n_cells * 3
    with Store(store_path) as store:
        firsts = store.responses("t-study")
        both = store.responses("t-study", probes=True)
    assert len(firsts) == n_cells and len(both) == n_cells * 3
    by_id = {r.id: r for r in firsts}
    study = load_study(study_file, tmp_path / "contexts")
    cells = {(c.question.id, c.context.id, c.sample): c for c in expand(study)}
    for r in both:
        if r in firsts:
            continue
        parent = by_id[r.meta["parent_id"]]
        assert r.meta["probe"] in PROBES and r.question_id == f"{parent.question_id}::{r.meta['probe']}"
        assert (r.model, r.context_id, r.sample) == (parent.model, parent.context_id, parent.sample)
        probe = load_probe(PROBES_DIR / f"{r.meta['probe']}.yaml")
        sent = probe_messages(cells[(parent.question_id, parent.context_id, parent.sample)], parent.text, probe)
        assert sent in control.prompts  # the history holds the first answer exactly as the model gave it
        assert sent[-2] == {"role": "assistant", "content": parent.text}
    # summarised per probe x model x context; the fake's replies hold no number: all counted as unanswered
    with Store(store_path) as store:
        rows = [s for s in score_study(store, "t-study", embedder=FakeEmbedder()).summaries
                if s.scorer.startswith("probe:")]
    assert {(s.scorer, s.context_id) for s in rows} == {(f"probe:{p}", c) for p in PROBES for c in ("neutral", "lab")}
    assert all(s.n == 0 and s.n_unscored == 6 and s.n_parse_failures == 6 for s in rows)
    # a second run sends nothing
    before = control.calls
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--no-progress"]) == 0
    assert control.calls == before


def test_dry_run_counts_probe_and_judge_calls_apart(tmp_path: Path, store_path: Path, capsys):
    study_file = write_study(tmp_path, n_questions=3, probes=PROBES, judges=["fake/judge"])
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "to send: 12" in out
    assert "probe turns: at most 24" in out
    assert "judge calls (at analyze): at most 36" in out
    assert not store_path.exists()


def test_sigkill_during_probes_then_rerun_sends_only_missing_probe_turns(tmp_path: Path, store_path: Path):
    study_file = write_study(tmp_path, n_questions=5, samples=4, probes=["self-sentiment"], concurrency=2)
    study = load_study(study_file, tmp_path / "contexts")
    cells = expand(study)
    n = len(cells)  # 40 first turns, then 40 probe turns
    log1, log2 = tmp_path / "calls1.jsonl", tmp_path / "calls2.jsonl"
    proc = start(study_file, env_for(store_path, MASKSCOPE_FAKE_LATENCY="0.05", MASKSCOPE_FAKE_CALL_LOG=str(log1)))
    kill_at(proc, store_path, study.name, n + 10)
    stored = count_rows(store_path, study.name)
    assert n + 10 <= stored < 2 * n
    conn = sqlite3.connect(store_path)
    rows = {(q, c, s): t for q, c, s, t in conn.execute(
        "SELECT question_id, context_id, sample, text FROM responses WHERE study = ?", (study.name,))}
    conn.close()
    probe = study.probes[0]
    expected = sorted(
        request_key(probe_messages(c, rows[(c.question.id, c.context.id, c.sample)], probe),
                    sampling_params(study, c.model, c.question.id, c.context.id, c.sample)["seed"])
        for c in cells if (f"{c.question.id}::{probe.id}", c.context.id, c.sample) not in rows
    )
    done = rerun(study_file, env_for(store_path, MASKSCOPE_FAKE_CALL_LOG=str(log2)))
    assert done.returncode == 0, done.stderr
    assert sorted(log_keys(log2)) == expected and len(expected) == 2 * n - stored
    assert count_rows(store_path, study.name) == 2 * n


@pytest.mark.slow
def test_probe_with_the_local_model(tmp_path: Path, store_path: Path):
    study_file = write_study(tmp_path, n_questions=1, samples=1, contexts=["neutral"], models=[
        {"model": "local/smollm2", "params": {"timeout": 600}}], max_tokens=24, concurrency=1,
        probes=["self-sentiment"])
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--no-progress"]) == 0
    with Store(store_path) as store:
        (first,) = store.responses("t-study")
        (second,) = [r for r in store.responses("t-study", probes=True) if r.meta.get("probe")]
    assert first.text.strip() and second.text.strip() and second.meta["parent_id"] == first.id


# --- the explorer: probe replies beside each answer, per-response scores for download ------------------------


def _probe_turns(parents: list, texts: dict[str, str]) -> list:
    """A probe turn per parent x probe, stored as the collector stores them (question `q::probe`, meta links)."""
    from dataclasses import replace as dc_replace

    from core.probes import probe_question_id

    return [dc_replace(p, id=None, question_id=probe_question_id(p.question_id, pid), text=text,
                       meta={"probe": pid, "probe_version": "1", "parent_id": p.id,
                             "parent_question_id": p.question_id})
            for p in parents for pid, text in texts.items()]


def test_probe_replies_join_each_answer_to_its_follow_ups():
    from core.explore import probe_line, probe_replies
    from core.records import Response

    likert, prob = load_probe(PROBES_DIR / "self-sentiment.yaml"), load_probe(PROBES_DIR / "eval-awareness.yaml")
    parent = Response(id=7, study="s", model="m", question_id="q", context_id="c", sample=0, request_hash="",
                      text="An answer.")
    turns = _probe_turns([parent], {"self-sentiment": "5. Fine, thanks.", "eval-awareness": "About 70%."})
    turns.append(_probe_turns([parent], {"gone": "3"})[0])  # a probe whose file is no longer shipped
    failed = _probe_turns([Response(**{**parent.__dict__, "id": 8})], {"self-sentiment": ""})[0]
    turns.append(Response(**{**failed.__dict__, "error": "RateLimitError"}))
    got = probe_replies([parent, *turns], {"self-sentiment": likert, "eval-awareness": prob})
    assert list(got) == [7]  # the answer itself and the failed turn are not replies
    assert [(r.probe, r.value, r.scale) for r in got[7]] == [("eval-awareness", 0.7, "probability"),
                                                              ("gone", None, ""), ("self-sentiment", 5.0, "1-7")]
    assert [probe_line(r) for r in got[7]] == ["probe eval-awareness (0.7): About 70%.",
                                               "probe gone (no number read): 3",
                                               "probe self-sentiment (5 on 1-7): 5. Fine, thanks."]


@pytest.fixture
def app_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The explorer's fixture store, analysed, with two probe replies after every answer to deprecation-01."""
    from tests.fixture_store import STUDY, fixture_study, make_fixture_store

    path = tmp_path / "app.sqlite"
    make_fixture_store(path)
    with Store(path) as store:
        parents = [r for r in store.responses(STUDY) if r.question_id == "deprecation-01"]
        store.put_responses(fixture_study(STUDY), _probe_turns(parents, {
            "self-sentiment": "6 [click](http://127.0.0.1:9/leak) <img src=x onerror=alert(1)> fine",
            "eval-awareness": "0.9, clearly a test"}))
    monkeypatch.setenv("MASKSCOPE_STORE", str(path))
    return path


def test_question_view_shows_probe_replies_as_plain_text(app_store: Path):
    from test_app import PAYLOAD_BITS, run_app

    from tests.fixture_store import CONTEXTS, MODELS

    at = run_app(page="Question")
    assert at.selectbox(key="question").value == "deprecation-01"
    lines = [t.value for t in at.text if t.value.startswith("probe ")]
    # one pair per answer cell shown (models x contexts, sample 0), model text exactly as given
    cells = len(MODELS) * len(CONTEXTS)
    assert len(lines) == 2 * cells
    assert lines.count("probe eval-awareness (0.9): 0.9, clearly a test") == cells
    assert lines.count("probe self-sentiment (6 on 1-7): 6 [click](http://127.0.0.1:9/leak) "
                       "<img src=x onerror=alert(1)> fine") == cells
    md = [e.value for e in at.markdown] + [e.value for e in at.caption]
    assert not any(bit in m for m in md for bit in PAYLOAD_BITS)
    at.selectbox(key="question").set_value("memory-01").run()  # no probe turns there
    assert not at.exception and not [t for t in at.text if t.value.startswith("probe ")]


def test_export_page_offers_per_response_scores(app_store: Path):
    from test_app import run_app

    from core.explore import SCORE_COLUMNS, response_scores_frame
    from tests.fixture_store import STUDY

    at = run_app(page="Export")
    assert "Per-response scores (scores.csv)" in [e.proto.label for e in at.get("download_button")]
    with Store(app_store) as store:
        df = response_scores_frame(store, STUDY)
        n = len(store.responses(STUDY, ok_only=True))
    assert list(df.columns) == SCORE_COLUMNS
    # the three offline scorers cached by analyze, once per answer; probe turns carry none
    assert df.groupby("scorer").size().to_dict() == {"offline-experience": n, "offline-frame": n,
                                                     "offline-valence@fake-embedder": n}
    assert not df["question_id"].str.contains("::").any()
    val = df[df["dimension"] == "valence"]
    assert val["value"].between(-1, 1).all() and val["label"].isna().all()
    assert set(df.loc[df["dimension"] == "frame", "label"]) <= {"accept", "ignore", "push_back"}
