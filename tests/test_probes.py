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
