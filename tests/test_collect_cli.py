"""`python -m core run` end to end: SIGKILL and resume, Ctrl-C, bad input, dry run."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

from core.cli import main
from core.providers.fake import request_key
from core.study import expand, load_study, sampling_params
from tests.runs import ROOT, count_rows, env_for, kill_at, log_keys, rerun, start, wait_for_rows
from tests.study_files import study_doc, write_study


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sigkill_then_rerun_sends_exactly_the_missing_cells(tmp_path, store_path):
    # 10 questions x 2 contexts x 10 samples = 200 cells
    study_file = write_study(tmp_path, samples=10, concurrency=4)
    study = load_study(study_file, tmp_path / "contexts")
    cells = expand(study)
    assert len(cells) == 200
    log1, log2 = tmp_path / "calls1.jsonl", tmp_path / "calls2.jsonl"

    proc = start(study_file, env_for(store_path, MASKSCOPE_FAKE_LATENCY="0.1", MASKSCOPE_FAKE_CALL_LOG=str(log1)))
    kill_at(proc, store_path, study.name, 50)
    assert proc.returncode == -signal.SIGKILL
    stored = count_rows(store_path, study.name)
    assert 50 <= stored < 200
    assert len(log_keys(log1)) >= stored  # cells in flight at the kill were requested, not stored

    conn = sqlite3.connect(store_path)
    have = {(m, q, c, s) for m, q, c, s in conn.execute(
        "SELECT model, question_id, context_id, sample FROM responses WHERE study = ?", (study.name,))}
    conn.close()
    missing = [c for c in cells if (c.model.model, c.question.id, c.context.id, c.sample) not in have]
    expected = sorted(request_key([dict(m) for m in c.messages],
                                  sampling_params(study, c.model, c.question.id, c.context.id, c.sample)["seed"])
                      for c in missing)

    done = rerun(study_file, env_for(store_path, MASKSCOPE_FAKE_CALL_LOG=str(log2)))
    assert done.returncode == 0, done.stderr
    assert sorted(log_keys(log2)) == expected  # exactly the missing cells, each once
    assert len(expected) == 200 - stored

    conn = sqlite3.connect(store_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM responses WHERE study = ?", (study.name,)).fetchone()[0] == 200
        assert conn.execute("SELECT COUNT(*) FROM responses WHERE error IS NOT NULL").fetchone()[0] == 0
        dups = conn.execute(
            "SELECT COUNT(*) FROM (SELECT 1 FROM responses GROUP BY study, model, question_id, context_id, sample "
            "HAVING COUNT(*) > 1)").fetchone()[0]
        assert dups == 0
    finally:
        conn.close()


def test_ctrl_c_stops_cleanly_keeps_results_exit_130(tmp_path, store_path):
    study_file = write_study(tmp_path, samples=10, concurrency=2)
    proc = start(study_file, env_for(store_path, MASKSCOPE_FAKE_LATENCY="0.1"))
    wait_for_rows(proc, store_path, "t-study", 5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    stored = count_rows(store_path, "t-study")
    assert 5 <= stored < 200
    assert f"{stored} answered" in err


def test_sigterm_stops_cleanly_in_process(tmp_path, store_path, capsys, fake_control):
    fake_control.latency = 0.1
    study_file = write_study(tmp_path, samples=10, concurrency=2)

    def kill_when_started() -> None:
        deadline = time.monotonic() + 60
        while count_rows(store_path, "t-study") < 5 and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(os.getpid(), signal.SIGTERM)  # caught by the run's handler, which is installed by now

    killer = threading.Thread(target=kill_when_started, daemon=True)
    killer.start()
    code = main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--no-progress"])
    killer.join(timeout=5)
    err = capsys.readouterr().err
    assert code == 130 and "interrupted" in err
    stored = count_rows(store_path, "t-study")
    assert 5 <= stored < 200 and fake_control.calls < 200


def _good_store(tmp_path: Path, store: Path) -> Path:
    """A store with one small study already collected (in-process, through the same command)."""
    good = write_study(tmp_path, filename="good.yaml", name="good", samples=1)
    assert main(["run", str(good), "--store", str(store), "--contexts-dir", str(tmp_path / "contexts"),
                 "--no-progress"]) == 0
    return good


BAD_CASES = {
    "malformed-yaml": ("models: [unclosed\nname: x\n", "line"),
    "unknown-context": ({"contexts": ["neutral", "nowhere"]}, "contexts[1]"),
    "missing-field": ({"models": None}, "models"),
    "unknown-prefix": ({"models": [{"model": "bogus/x"}]}, "models[0].model"),
    "missing-key-env": ({"models": [{"model": "fake/echo", "params": {"api_key_env": "NOT_SET_ANYWHERE_123"}}]},
                        "models[0].params.api_key_env"),
    "changed-study": ({"name": "good", "samples": 1, "temperature": 0.3}, "--rename"),
    "budget-unknown-price": ({"models": [{"model": "openai/whatever"}], "budget_usd": 1.0},
                             "models[0].params.price_per_mtok"),
    "budget-fake-unpriced": ({"budget_usd": 1.0}, "models[0].params.price_per_mtok"),
    "header-key": ({"models": [{"model": "fake/echo", "params": {"extra_headers": {"x-api-key": "k" * 20}}}]},
                   "models[0].params.extra_headers.x-api-key"),
    "missing-header-env": ({"models": [{"model": "fake/echo",
                                        "params": {"extra_headers": {"x-api-key_env": "NOT_SET_ANYWHERE_456"}}}]},
                           "models[0].params.extra_headers.x-api-key_env"),
}


# a changed study needs a stored one to differ from
@pytest.mark.parametrize(("case", "store_exists"), [(c, e) for c in sorted(BAD_CASES) for e in (True, False)
                                                     if e or c != "changed-study"])
def test_bad_input_is_one_line_exit_2_store_untouched(tmp_path, store_path, capsys, case, store_exists):
    if store_exists:
        _good_store(tmp_path, store_path)
        before = file_hash(store_path)
    write_study(tmp_path)  # bank and contexts
    content, needle = BAD_CASES[case]
    bad = tmp_path / "bad.yaml"
    if isinstance(content, str):
        bad.write_text(content)
    else:
        doc = study_doc(**content)
        doc = {k: v for k, v in doc.items() if v is not None}
        bad.write_text(yaml.safe_dump(doc))
    capsys.readouterr()
    code = main(["run", str(bad), "--store", str(store_path), "--contexts-dir", str(tmp_path / "contexts")])
    out, err = capsys.readouterr()
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and needle in lines[0], err
    assert ("bad.yaml" in lines[0]) and out == ""
    if store_exists:
        assert file_hash(store_path) == before
    else:
        assert not store_path.exists()


def test_bad_input_subprocess_exit_code(tmp_path, store_path):
    study_file = write_study(tmp_path, models=[{"model": "bogus/x"}])
    proc = subprocess.run([sys.executable, "-m", "core", "run", str(study_file), "--contexts-dir",
                           str(tmp_path / "contexts")], cwd=ROOT, env=env_for(store_path), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "models[0].model" in proc.stderr and "bogus" in proc.stderr
    assert not store_path.exists()


def test_rename_collects_a_changed_study_under_a_new_name(tmp_path, store_path, capsys):
    _good_store(tmp_path, store_path)
    changed = write_study(tmp_path, filename="changed.yaml", name="good", samples=1, temperature=0.3)
    args = ["run", str(changed), "--store", str(store_path), "--contexts-dir", str(tmp_path / "contexts"),
            "--no-progress"]
    assert main(args) == 2
    assert main([*args, "--rename", "good-t03"]) == 0
    from core.store import Store

    with Store(store_path) as st:
        names = {r["name"]: r["n_responses"] for r in st.studies()}
    assert names == {"good": 20, "good-t03": 20}


def test_dry_run_prints_cells_and_cost_and_writes_nothing(tmp_path, store_path, capsys):
    study_file = write_study(tmp_path, models=[{"model": "fake/echo"}, {"model": "openai/gpt-4o-mini"},
                                               {"model": "openai/whatever"}])
    assert main(["run", str(study_file), "--contexts-dir", str(tmp_path / "contexts"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "120 cells (3 models x 10 questions x 2 contexts x 2 samples)" in out
    assert "to send: 120" in out
    assert "openai/whatever: 40 cells, unknown price" in out
    gpt = next(line for line in out.splitlines() if line.strip().startswith("openai/gpt-4o-mini"))
    assert "at most $0.00" in gpt and "completion tokens" in gpt
    assert "estimated cost: at most $" in out and "unknown for fake/echo, openai/whatever" in out
    assert not store_path.exists()


def test_dry_run_counts_what_is_stored(tmp_path, store_path, capsys):
    good = _good_store(tmp_path, store_path)
    before = file_hash(store_path)
    capsys.readouterr()
    assert main(["run", str(good), "--store", str(store_path), "--contexts-dir", str(tmp_path / "contexts"),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "already stored: 20 answered, 0 errors (resent); to send: 0" in out
    assert file_hash(store_path) == before
