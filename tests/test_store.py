"""The SQLite store: migrations, WAL, studies, responses, embeddings, analyses."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from core.errors import InputError, StoreBusy, StudyLocked
from core.records import Response
from core.store import MIGRATIONS, AnalysisRef, CachedScore, Store, Stored, read_cells
from core.study import load_study
from tests.study_files import write_study

ROOT = Path(__file__).resolve().parent.parent


def resp(study: str, q: str = "q00", c: str = "neutral", s: int = 0, **kw: object) -> Response:
    fields: dict[str, object] = dict(id=None, study=study, model="fake/echo", question_id=q, context_id=c, sample=s,
                                     request_hash="h", text="an answer")
    fields.update(kw)
    return Response(**fields)  # type: ignore[arg-type]


@pytest.fixture
def study(tmp_path):
    return load_study(write_study(tmp_path), tmp_path / "contexts")


def test_fresh_store_is_wal_and_fully_migrated_and_reopens(store_path):
    with Store(store_path) as st:
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        versions = [r[0] for r in st.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))
    with Store(store_path) as st:  # reopening applies nothing twice
        assert st.conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


@pytest.mark.parametrize("level", range(1, len(MIGRATIONS)))
def test_a_store_left_at_any_migration_level_opens_migrated_with_its_rows(tmp_path, level):
    path = tmp_path / f"at-{level}.sqlite"
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for version, migration in enumerate(MIGRATIONS[:level], start=1):
        migration(old)
        old.execute("INSERT INTO schema_migrations VALUES (?, '2025-01-01T00:00:00+00:00')", (version,))
    old.execute("INSERT INTO responses (study, model, question_id, context_id, sample, request_hash, text, "
                "created_at) VALUES ('s', 'm', 'q', 'c', 0, 'h', 'kept', '2025-01-01T00:00:00+00:00')")
    old.close()
    with Store(path) as st:
        versions = [r[0] for r in st.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert [r.text for r in st.responses("s")] == ["kept"]
        st.put_scores("sc", "1", {"a" * 64: CachedScore(0.5, None, True, "")})  # a later table is there
        with st.lock_study("s"):
            pass
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_migrations_are_named_in_order():
    assert [m.__name__[:4] for m in MIGRATIONS] == [f"m{v:03d}" for v in range(1, len(MIGRATIONS) + 1)]


def test_no_store_is_created_when_create_is_false(store_path):
    with pytest.raises(FileNotFoundError):
        Store(store_path, create=False)
    assert not store_path.exists()


def test_study_questions_and_contexts_round_trip(store_path, study):
    with Store(store_path) as st:
        st.save_study(study, spec_hash="abc")
        st.save_study(study, spec_hash="abc")  # idempotent
        assert [q.id for q in st.questions(study.name)] == [q.id for q in study.questions]
        ctxs = st.contexts(study.name)
        assert ctxs == list(study.contexts)
        row = st.study_row(study.name)
    assert row is not None and row["spec"]["name"] == study.name and row["baseline"] == "neutral"


def test_one_row_per_cell_and_an_error_is_replaced_by_its_retry(store_path, study):
    with Store(store_path) as st:
        st.save_study(study)
        st.put_response(resp(study.name, text="", error="InternalServerError (500) after 5 attempts: boom"))
        assert st.cells(study.name) == Stored({("fake/echo", "q00", "neutral", 0): ("h", False)}, 0.0)
        st.put_response(resp(study.name, text="fine", cost_usd=0.5, meta={"attempts": 1}))
        st.put_response(resp(study.name, q="q01", text="", error="x"))
        rows = st.responses(study.name)
        assert st.count(study.name) == 2
        assert [r.question_id for r in rows] == ["q00", "q01"]
        assert rows[0].ok and rows[0].text == "fine" and rows[0].meta == {"attempts": 1}
        assert [r.question_id for r in st.responses(study.name, ok_only=True)] == ["q00"]
        (summary,) = st.studies()
    assert (summary["n_responses"], summary["n_errors"], summary["cost_usd"]) == (2, 1, 0.5)


def test_cells_read_read_only_count_an_empty_answer_as_none(store_path, study):
    assert read_cells(store_path, study.name) == Stored({}, 0.0) and not store_path.exists()  # a dry run writes nothing
    with Store(store_path) as st:
        st.put_response(resp(study.name, text="fine", cost_usd=0.25))
        st.put_response(resp(study.name, q="q01", text=" \n"))  # an older run's empty "answer"
        st.put_response(resp(study.name, q="q02", text="", error="x", cost_usd=0.5))
        assert st.cells(study.name) == read_cells(store_path, study.name)
    stored = read_cells(store_path, study.name)
    assert sorted((k[1], ok) for k, (_, ok) in stored.states.items()) == [("q00", True), ("q01", False), ("q02", False)]
    assert stored.spent_usd == 0.75
    bad = store_path.with_name("bad.sqlite")
    bad.write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable Maskscope store"):
        read_cells(bad, study.name)


def test_scores_cached_by_scorer_version_and_input_hash(store_path):
    with Store(store_path) as st:
        st.put_scores("valence", "2", {"a" * 64: CachedScore(-0.5, None, True, "x"),
                                       "b" * 64: CachedScore(None, "other", False, "unparsed")})
        assert st.get_scores("valence", "2", ["a" * 64, "b" * 64, "c" * 64]) == {
            "a" * 64: CachedScore(-0.5, None, True, "x"), "b" * 64: CachedScore(None, "other", False, "unparsed")}
        assert st.get_scores("valence", "3", ["a" * 64]) == {}


def test_response_stats_and_ids_taken(store_path, study):
    with Store(store_path) as st:
        assert st.response_stats(study.name).count == 0 and st.response_stats(study.name).newest == ""
        st.put_response(resp(study.name, created_at="2025-01-02T00:00:00+00:00"))
        st.put_response(resp(study.name, q="q01", created_at="2025-01-01T00:00:00+00:00"))
        stats = st.response_stats(study.name)
        assert (stats.count, stats.newest) == (2, "2025-01-02T00:00:00+00:00") and stats.max_id >= 2
        ids = [r.id for r in st.responses(study.name)]
        assert st.ids_taken(study.name, ids) == 0 and st.ids_taken("other", [*ids, 10_000]) == 2


def test_put_responses_is_all_or_nothing(store_path, study):
    def rows():
        yield resp(study.name, q="q00")
        yield resp(study.name, q="q01")
        raise ValueError("corpus row 3 is unreadable")

    with Store(store_path) as st:
        with pytest.raises(ValueError):
            st.put_responses(study, rows())
        assert st.count(study.name) == 0 and st.studies() == []
        assert st.put_responses(study, [resp(study.name, q="q00"), resp(study.name, q="q01")]) == 2
        assert st.studies()[0]["kind"] == "import"


def test_unique_cell_is_enforced_by_the_schema(store_path, study):
    with Store(store_path) as st:
        st.put_response(resp(study.name))
        with pytest.raises(sqlite3.IntegrityError):
            st.conn.execute(
                "INSERT INTO responses (study, model, question_id, context_id, sample, request_hash, text, "
                "created_at) VALUES (?, 'fake/echo', 'q00', 'neutral', 0, 'h', 't', 'now')", (study.name,))


def test_embeddings_cached_by_embedder_and_text_hash(store_path):
    v = {"a" * 64: np.arange(4, dtype=np.float32), "b" * 64: np.ones(4, dtype=np.float32)}
    with Store(store_path) as st:
        st.put_embeddings("emb-1", v)
        got = st.get_embeddings("emb-1", ["a" * 64, "b" * 64, "c" * 64])
        assert set(got) == {"a" * 64, "b" * 64}
        np.testing.assert_array_equal(got["a" * 64], v["a" * 64])
        assert st.get_embeddings("emb-2", ["a" * 64]) == {}


def test_analysis_by_key_and_newest(store_path):
    with Store(store_path) as st:
        st.put_analysis("s", "k1", '{"a": 1}', "x\n")
        assert st.get_analysis("s", "k1") == ('{"a": 1}', "x\n")
        assert st.get_analysis("s") == ('{"a": 1}', "x\n")
        # a second and third analysis within the same second (created_at has second resolution)
        st.put_analysis("s", "k2", '{"a": 2}', "y\n")
        assert st.get_analysis("s") == ('{"a": 2}', "y\n")
        st.put_analysis("s", "k0", '{"a": 0}', "z\n")
        assert st.get_analysis("s") == ('{"a": 0}', "z\n")
        st.put_analysis("s", "k1", '{"a": 3}', "w\n")  # recomputed: newest again
        assert st.get_analysis("s") == ('{"a": 3}', "w\n")
        assert st.get_analysis("s", "k2") == ('{"a": 2}', "y\n")
        assert st.get_analysis("s", "nope") is None
        assert st.get_analysis("other") is None
        ref = st.newest_analysis("s")  # the same one get_analysis picks, ties broken by insertion
        assert isinstance(ref, AnalysisRef) and ref.key == "k1" and st.newest_analysis("other") is None
        assert list(st.points_csv_lines(ref)) == ["w\n"]


# Nothing lost: an OK answer is never replaced, one run per study, store races -----------------------------


def test_an_ok_answer_is_never_replaced(store_path, study):
    with Store(store_path) as st:
        st.save_study(study)
        assert st.put_response(resp(study.name, text="paid answer", rating=4, cost_usd=0.25))
        # a second run's late error, and a second run's other answer, for the same cell
        assert not st.put_response(resp(study.name, text="", error="RateLimitError (429) after 5 attempts"))
        assert not st.put_response(resp(study.name, text="another answer", cost_usd=0.25))
        (row,) = st.responses(study.name)
        assert (row.text, row.rating, row.error) == ("paid answer", 4, None)
        assert row.cost_usd == 0.5  # the racing run's payment is counted, its answer is not kept
        # an import replaces the whole study: that is not a run overwriting an answer
        assert st.put_responses(study, [resp(study.name, text="imported")], replace=True) == 1
        assert [r.text for r in st.responses(study.name)] == ["imported"]


def _python(code: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _cli(*args: str, store: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("MASKSCOPE_FAKE_")}
    full.update(MASKSCOPE_STORE=str(store), **env)
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, env=full, capture_output=True,
                          text=True, timeout=600)


def _run_study(study_file: Path, store: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return _cli("run", str(study_file), "--contexts-dir", str(study_file.parent / "contexts"), "--no-progress",
                store=store, **env)


def _one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    for n in needles:
        assert n in lines[0], lines[0]


def test_a_second_run_of_a_study_is_refused_while_the_first_collects(tmp_path, store_path):
    study_file = write_study(tmp_path)
    holder = _python(
        "import sys\nfrom core.store import Store\n"
        f"s = Store({str(store_path)!r})\nlock = s.lock_study('t-study')\nlock.__enter__()\n"
        "print('held', flush=True)\nsys.stdin.read()\n"
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        second = _run_study(study_file, store_path)
        _one_line_error(second, "t-study", "another run is collecting this study", f"pid {holder.pid}")
        assert _rows(store_path) == 0  # nothing sent, nothing written
    finally:
        holder.send_signal(signal.SIGKILL)  # a killed run leaves its lock row behind
        holder.wait()
    resumed = _run_study(study_file, store_path)  # ... which the next run takes over: its pid is gone
    assert resumed.returncode == 0, resumed.stderr
    assert _rows(store_path) == 40
    with Store(store_path) as st:  # released at the end of the run
        assert st.conn.execute("SELECT COUNT(*) FROM study_locks").fetchone()[0] == 0


def test_a_lock_is_per_study_and_released(store_path):
    with Store(store_path) as a, Store(store_path) as b:
        with a.lock_study("one"), b.lock_study("two"):
            with pytest.raises(StudyLocked, match="another run"):
                # a third Store in a child process would be refused the same way; here pid is ours, so fake one
                a.conn.execute("UPDATE study_locks SET pid = 1 WHERE study = 'two'")
                with a.lock_study("two"):
                    pass
            a.conn.execute(f"UPDATE study_locks SET pid = {os.getpid()} WHERE study = 'two'")
        with a.lock_study("two"):
            pass


def _rows(store: Path) -> int:
    if not store.exists():
        return 0
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'responses'").fetchone() is None:
            return 0
        return int(conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0])
    finally:
        conn.close()


def test_two_processes_creating_a_new_store_at_once_migrate_it_once(tmp_path):
    path = tmp_path / "new.sqlite"
    # Hold the write lock on a store whose migration table exists but is empty: both openers read "nothing
    # applied", then queue for the lock; on release each applies whatever is still missing.
    gate = sqlite3.connect(path, isolation_level=None)
    gate.execute("PRAGMA journal_mode=WAL")
    gate.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    gate.execute("BEGIN IMMEDIATE")
    code = (
        "import sys, time\nfrom core.store import Store\nprint('ready', flush=True)\n"
        f"Store({str(path)!r}).close()\nprint('opened', flush=True)\n"
    )
    procs = [_python(code) for _ in range(2)]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        time.sleep(1.0)  # let both reach the lock (without this wait the test may pass on the old code too)
    finally:
        gate.execute("COMMIT")
        gate.close()
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0 and "opened" in out, err
    with Store(path) as st:
        versions = [r[0] for r in st.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == list(range(1, len(MIGRATIONS) + 1))


def test_reimporting_a_changed_file_leaves_no_stale_rows(tmp_path, store_path):
    def write(rows: list[tuple[str, str, int]]) -> Path:
        path = tmp_path / "answers.jsonl"
        path.write_text("".join(
            json.dumps({"model": "m", "question_id": q, "question": f"Question {q}?", "context_id": c,
                        "sample": s, "response": f"{q}/{c}/{s}"}) + "\n" for q, c, s in rows), encoding="utf-8")
        return path

    first = write([("q1", "neutral", 0), ("q1", "lab", 0), ("q2", "neutral", 0), ("q2", "lab", 0)])
    assert _cli("import", str(first), "--study", "imp", store=store_path).returncode == 0
    with Store(store_path) as st:
        st.put_analysis("imp", "old-key", "{}", "")
    second = write([("q1", "neutral", 0), ("q3", "neutral", 1)])  # lab and q2 gone, q3 new
    done = _cli("import", str(second), "--study", "imp", store=store_path)
    assert done.returncode == 0, done.stderr
    with Store(store_path) as st:
        assert [(r.question_id, r.context_id, r.sample) for r in st.responses("imp")] == [
            ("q1", "neutral", 0), ("q3", "neutral", 1)]
        assert [q.id for q in st.questions("imp")] == ["q1", "q3"]
        assert [c.id for c in st.contexts("imp")] == ["neutral"]
        assert st.get_analysis("imp") is None  # an analysis of the old rows would describe data that is gone


def test_database_locked_after_the_busy_timeout_is_one_line_not_a_traceback(tmp_path, store_path):
    study_file = write_study(tmp_path)
    Store(store_path).close()
    holder = _python(
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(store_path)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\nprint('held', flush=True)\nsys.stdin.read()\n"
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        proc = _run_study(study_file, store_path, MASKSCOPE_BUSY_TIMEOUT="0.5")
        _one_line_error(proc, str(store_path), "locked", "run the command again")
        imp = tmp_path / "a.jsonl"
        imp.write_text(json.dumps({"model": "m", "question_id": "q", "question": "Q?", "context_id": "c",
                                   "sample": 0, "response": "r"}) + "\n", encoding="utf-8")
        _one_line_error(_cli("import", str(imp), "--study", "imp", store=store_path, MASKSCOPE_BUSY_TIMEOUT="0.5"),
                        "locked")
    finally:
        holder.communicate("")
    assert _rows(store_path) == 0


def test_a_write_that_stays_locked_raises_store_busy(store_path, study, monkeypatch):
    monkeypatch.setenv("MASKSCOPE_BUSY_TIMEOUT", "0.1")
    with Store(store_path) as st:
        st.save_study(study)
        other = sqlite3.connect(store_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreBusy, match="locked for over 0.1 s"):
                st.put_response(resp(study.name))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert st.put_response(resp(study.name))
