"""The SQLite store: studies, responses, embeddings, analyses. WAL, append-only migrations."""

from __future__ import annotations

import codecs
import functools
import json
import os
import socket
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from core.atomic import pid_alive
from core.errors import InputError, StoreBusy, StudyLocked
from core.records import Context, Message, Question, Response, Study

Migration = Callable[[sqlite3.Connection], None]


def m001_initial(c: sqlite3.Connection) -> None:
    """Studies, their questions and contexts, responses, the embedding cache, analyses."""
    c.execute("""
        CREATE TABLE studies (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL,              -- run | import
            source TEXT NOT NULL,
            spec_json TEXT NOT NULL,
            spec_hash TEXT NOT NULL,
            baseline TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    c.execute("""
        CREATE TABLE questions (
            study TEXT NOT NULL, id TEXT NOT NULL, category TEXT NOT NULL, text TEXT NOT NULL,
            scale TEXT, reverse INTEGER NOT NULL DEFAULT 0, subscale TEXT, position INTEGER NOT NULL,
            PRIMARY KEY (study, id)
        )""")
    c.execute("""
        CREATE TABLE contexts (
            study TEXT NOT NULL, id TEXT NOT NULL, label TEXT NOT NULL, description TEXT NOT NULL,
            tags_json TEXT NOT NULL, messages_json TEXT NOT NULL, position INTEGER NOT NULL,
            PRIMARY KEY (study, id)
        )""")
    c.execute("""
        CREATE TABLE responses (
            id INTEGER PRIMARY KEY,
            study TEXT NOT NULL, model TEXT NOT NULL, question_id TEXT NOT NULL,
            context_id TEXT NOT NULL, sample INTEGER NOT NULL,
            request_hash TEXT NOT NULL, text TEXT NOT NULL, rating INTEGER,
            latency_s REAL, input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL,
            error TEXT, created_at TEXT NOT NULL,
            question_text TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '',
            meta_json TEXT NOT NULL DEFAULT '{}',
            UNIQUE (study, model, question_id, context_id, sample)
        )""")
    c.execute("CREATE INDEX responses_study ON responses (study)")
    c.execute("""
        CREATE TABLE embeddings (
            embedder TEXT NOT NULL, text_sha256 TEXT NOT NULL, dim INTEGER NOT NULL, vector BLOB NOT NULL,
            PRIMARY KEY (embedder, text_sha256)
        )""")
    c.execute("""
        CREATE TABLE analyses (
            study TEXT NOT NULL, key TEXT NOT NULL, created_at TEXT NOT NULL,
            analysis_json TEXT NOT NULL, points_csv TEXT NOT NULL,
            PRIMARY KEY (study, key)
        )""")


def m002_scores(c: sqlite3.Connection) -> None:
    """Response scores, cached by scorer id + version + sha256 of what the scorer read (core/scorers/cache.py)."""
    c.execute("""
        CREATE TABLE scores (
            scorer TEXT NOT NULL, version TEXT NOT NULL, input_sha256 TEXT NOT NULL,
            value REAL, label TEXT, ok INTEGER NOT NULL, detail TEXT NOT NULL, created_at TEXT NOT NULL,
            PRIMARY KEY (scorer, version, input_sha256)
        )""")


def m003_study_locks(c: sqlite3.Connection) -> None:
    """One collecting run per study: the row names the process holding it (see Store.lock_study)."""
    c.execute("""
        CREATE TABLE study_locks (
            study TEXT PRIMARY KEY, pid INTEGER NOT NULL, host TEXT NOT NULL,
            started_at TEXT NOT NULL, heartbeat REAL NOT NULL
        )""")


def m004_attempts(c: sqlite3.Connection) -> None:
    """Every priced attempt, so spend splits into what replies showed and a worst-case reserve (Store.open_attempt).

    state: sent (no outcome yet; a killed run leaves it), seen (cost_usd is the reply's priced usage, 0 for an
    error status), unseen (timeout, dropped connection).
    """
    c.execute("""
        CREATE TABLE attempts (
            id TEXT PRIMARY KEY, study TEXT NOT NULL, model TEXT NOT NULL, question_id TEXT NOT NULL,
            context_id TEXT NOT NULL, sample INTEGER NOT NULL, worst_usd REAL NOT NULL, cost_usd REAL,
            state TEXT NOT NULL, created_at TEXT NOT NULL
        )""")
    c.execute("CREATE INDEX attempts_study ON attempts (study)")


# Append-only: never edit a shipped migration, add a new one. Migration N is MIGRATIONS[N - 1]; each runs
# statement by statement inside the opener's transaction (executescript would commit it half-way).
MIGRATIONS: tuple[Migration, ...] = (m001_initial, m002_scores, m003_study_locks, m004_attempts)


RESPONSE_COLS = (
    "study, model, question_id, context_id, sample, request_hash, text, rating, latency_s, "
    "input_tokens, output_tokens, cost_usd, error, created_at, question_text, category, meta_json"
)


BUSY_TIMEOUT_S = 30.0
"""How long a write waits for another process's write lock; MASKSCOPE_BUSY_TIMEOUT overrides (tests)."""
LOCK_STALE_S = 600.0
"""A study lock held from another host whose heartbeat is older than this is taken over."""
HEARTBEAT_EVERY_S = 60.0

# Every write of a response goes through this: an OK answer is never replaced, an error is (its retry).
_PUT_RESPONSE = (
    f"INSERT INTO responses ({RESPONSE_COLS}) VALUES ({','.join('?' * 17)}) "
    "ON CONFLICT (study, model, question_id, context_id, sample) DO UPDATE SET "
    + ", ".join(f"{c.strip()}=excluded.{c.strip()}" for c in RESPONSE_COLS.split(",")[5:])
    + " WHERE responses.error IS NOT NULL"
)
# A re-imported export's rows keep their ids (the study's rows were removed first, so nothing conflicts).
_PUT_RESPONSE_WITH_ID = f"INSERT INTO responses (id, {RESPONSE_COLS}) VALUES ({','.join('?' * 18)})"


def _busy_timeout() -> float:
    try:
        return max(0.0, float(os.environ.get("MASKSCOPE_BUSY_TIMEOUT", BUSY_TIMEOUT_S)))
    except ValueError:
        return BUSY_TIMEOUT_S


def _is_busy(e: sqlite3.OperationalError) -> bool:
    msg = str(e).lower()
    return "locked" in msg or "busy" in msg


def _guarded_write(method: Callable[[Store, Response], bool]) -> Callable[[Store, Response], bool]:
    """Around a response write: "database is locked" becomes StoreBusy, and the study lock's heartbeat is kept."""

    @functools.wraps(method)
    def wrapper(self: Store, r: Response) -> bool:
        with self._busy():
            written = method(self, r)
            self._heartbeat(r.study)
        return written

    return wrapper


def now() -> str:
    """UTC timestamp, ISO-8601, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


CellKey = tuple[str, str, str, int]
"""(model, question id, context id, sample): a response's cell, unique within a study."""


@dataclass(frozen=True)
class Stored:
    """What the store holds for one study's cells: enough to plan a run and resume it."""

    states: dict[CellKey, tuple[str, bool]]
    """Cell -> (request_hash of the stored row, whether it holds an answer: no error and some text)."""
    spent_usd: float
    """Sum of the stored rows' cost."""


@dataclass(frozen=True)
class AnalysisRef:
    """Names one stored analysis without reading it."""

    rowid: int
    """The analyses row (for reading points_csv incrementally)."""
    key: str
    """The settings key it is stored under."""
    created_at: str
    """UTC ISO-8601 timestamp of the store."""


@dataclass(frozen=True)
class ResponseStats:
    """A study's responses in three figures that change whenever a response is added or replaced."""

    count: int
    """Stored rows (probe turns and errors included)."""
    max_id: int
    """The highest response id (0 when there is none)."""
    newest: str
    """The newest row's created_at ('' when there is none)."""


@dataclass(frozen=True)
class CachedScore:
    """One cached score (the store's copy of core.scorers.base.Score, which the store does not import)."""

    value: float | None
    """Signed score, None when the scorer could not tell."""
    label: str | None
    """Category label, if the scorer gives one."""
    ok: bool
    """False when the scorer's reply could not be parsed."""
    detail: str
    """The scorer's short note."""


# An answer is a row with no error and some text (an empty text is no answer, whatever an older run stored
# with it); SQL's trim() set written out: space, tab, LF, CR.
_CELLS = (
    "SELECT model, question_id, context_id, sample, request_hash, "
    "error IS NULL AND trim(text, ' ' || char(9, 10, 13)) != '', cost_usd FROM responses WHERE study = ?"
)


def _cells(conn: sqlite3.Connection, study: str) -> Stored:
    rows = conn.execute(_CELLS, (study,)).fetchall()
    # plain tuples, not a record per cell: a million-cell study is planned several times per run
    states = {(r[0], r[1], r[2], int(r[3])): (str(r[4]), bool(r[5])) for r in rows}
    return Stored(states, float(sum(r[6] or 0.0 for r in rows)))


def read_cells(path: Path, study: str) -> Stored:
    """A study's stored cells, read without writing anything (no store, or an empty one: none).

    Read-only on purpose: a dry run must leave no file behind, and planning must not wait for a writer.
    """
    if not path.exists():
        return Stored({}, 0.0)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            return _cells(conn, study) if "responses" in tables else Stored({}, 0.0)
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        raise InputError(path, "", f"not a readable Maskscope store ({e})") from None


class Store:
    """A Maskscope store in one SQLite file."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise FileNotFoundError(f"no store at {self.path}")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.timeout = _busy_timeout()
        self.conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self._locks: dict[str, float] = {}  # studies this Store holds -> last heartbeat
        with self._busy():
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()

    def close(self) -> None:
        """Close the connection (releasing any study lock still held)."""
        for study in list(self._locks):
            self._unlock(study)
        self.conn.close()

    @contextmanager
    def _busy(self) -> Iterator[None]:
        """SQLite's "database is locked" after the busy timeout becomes one clear line."""
        try:
            yield
        except sqlite3.OperationalError as e:
            if not _is_busy(e):
                raise
            raise StoreBusy(
                self.path, "",
                f"another process kept the store locked for over {self.timeout:g} s (an import or analysis?); "
                "nothing was lost: run the command again when it is done",
            ) from None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: commit on success, roll back on any exception."""
        with self._busy():
            self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        with self._busy():
            self.conn.execute("COMMIT")

    def _migrate(self) -> None:
        if self._applied() == set(range(1, len(MIGRATIONS) + 1)):
            return  # the usual case: no write lock needed to open a store
        # Re-read what is applied inside the write lock: two processes creating one store at once
        # would otherwise both see it empty and both run the migrations.
        with self.transaction() as c:
            c.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            done = self._applied()
            for version, migration in enumerate(MIGRATIONS, start=1):
                if version in done:
                    continue
                migration(c)
                c.execute("INSERT INTO schema_migrations VALUES (?, ?)", (version, now()))

    def _applied(self) -> set[int]:
        if self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").fetchone() is None:
            return set()
        return {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}

    # one writer per study -------------------------------------------------------

    @contextmanager
    def lock_study(self, study: str) -> Iterator[None]:
        """Hold the study's run lock for the block; a second run gets StudyLocked naming the holder.

        A lock left by a killed process is taken over: on this host when its pid is gone, from another
        host when its heartbeat (refreshed by put_response) is older than LOCK_STALE_S.
        """
        me, host, t = os.getpid(), socket.gethostname(), time.time()
        with self.transaction() as c:
            row = c.execute("SELECT pid, host, started_at, heartbeat FROM study_locks WHERE study = ?",
                            (study,)).fetchone()
            if row is not None and _held(row["pid"], row["host"], row["heartbeat"], me, host, t):
                raise StudyLocked(
                    self.path, study,
                    f"another run is collecting this study (pid {row['pid']} on {row['host']} since "
                    f"{row['started_at']}); wait for it to finish or stop it, then run again to resume",
                )
            c.execute("INSERT OR REPLACE INTO study_locks VALUES (?, ?, ?, ?, ?)", (study, me, host, now(), t))
        self._locks[study] = t
        try:
            yield
        finally:
            self._unlock(study)

    def _unlock(self, study: str) -> None:
        self._locks.pop(study, None)
        try:
            self.conn.execute("DELETE FROM study_locks WHERE study = ? AND pid = ? AND host = ?",
                              (study, os.getpid(), socket.gethostname()))
        except sqlite3.Error:  # a lock left behind is taken over by the next run (pid gone)
            pass

    def _heartbeat(self, study: str) -> None:
        t = time.time()
        if study in self._locks and t - self._locks[study] >= HEARTBEAT_EVERY_S:
            self._locks[study] = t
            self.conn.execute("UPDATE study_locks SET heartbeat = ? WHERE study = ? AND pid = ?",
                              (t, study, os.getpid()))

    # studies -----------------------------------------------------------------

    def save_study(self, study: Study, *, kind: str = "run", spec_hash: str = "") -> None:
        """Insert or update a study with its questions and contexts."""
        ts = now()
        with self.transaction() as c:
            self._save_study(c, study, kind, spec_hash, ts)

    def _save_study(self, c: sqlite3.Connection, study: Study, kind: str, spec_hash: str, ts: str) -> None:
        c.execute(
            """INSERT INTO studies VALUES (?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(name) DO UPDATE SET kind=excluded.kind, source=excluded.source,
               spec_json=excluded.spec_json, spec_hash=excluded.spec_hash,
               baseline=excluded.baseline, updated_at=excluded.updated_at""",
            (study.name, kind, study.source, json.dumps(study.spec, sort_keys=True, default=str),
             spec_hash, study.baseline, ts, ts),
        )
        for pos, q in enumerate(study.questions):
            c.execute(
                "INSERT OR REPLACE INTO questions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (study.name, q.id, q.category, q.text, q.scale, int(q.reverse), q.subscale, pos),
            )
        for pos, ctx in enumerate(study.contexts):
            c.execute(
                "INSERT OR REPLACE INTO contexts VALUES (?, ?, ?, ?, ?, ?, ?)",
                (study.name, ctx.id, ctx.label, ctx.description, json.dumps(ctx.tags, sort_keys=True),
                 json.dumps([asdict(m) for m in ctx.messages]), pos),
            )

    def studies(self) -> list[dict[str, Any]]:
        """Every study with counts of responses, errors, models and contexts."""
        rows = self.conn.execute(
            """SELECT s.name, s.kind, s.source, s.baseline, s.created_at, s.updated_at,
                      COUNT(r.id) AS n_responses,
                      COALESCE(SUM(r.error IS NOT NULL), 0) AS n_errors,
                      COUNT(DISTINCT r.model) AS n_models,
                      COUNT(DISTINCT r.context_id) AS n_contexts,
                      COALESCE(SUM(r.cost_usd), 0) AS cost_usd
               FROM studies s LEFT JOIN responses r ON r.study = s.name
               GROUP BY s.name ORDER BY s.updated_at DESC, s.name"""
        ).fetchall()
        return [dict(r) for r in rows]

    def study_row(self, name: str) -> dict[str, Any] | None:
        """The studies row for `name`, with the spec parsed."""
        r = self.conn.execute("SELECT * FROM studies WHERE name = ?", (name,)).fetchone()
        if r is None:
            return None
        d = dict(r)
        d["spec"] = json.loads(d.pop("spec_json"))
        return d

    def require_study(self, name: str) -> dict[str, Any]:
        """study_row(name); an unknown name is bad input (InputError naming the studies the store holds)."""
        row = self.study_row(name)
        if row is None:
            known = ", ".join(s["name"] for s in self.studies()) or "none"
            raise InputError(self.path, "--study", f"unknown study '{name}' (known: {known})")
        return row

    def questions(self, study: str) -> list[Question]:
        """The study's questions in order."""
        rows = self.conn.execute(
            "SELECT * FROM questions WHERE study = ? ORDER BY position", (study,)
        ).fetchall()
        return [
            Question(id=r["id"], category=r["category"], text=r["text"], scale=r["scale"],
                     reverse=bool(r["reverse"]), subscale=r["subscale"])
            for r in rows
        ]

    def contexts(self, study: str) -> list[Context]:
        """The study's contexts in order."""
        rows = self.conn.execute(
            "SELECT * FROM contexts WHERE study = ? ORDER BY position", (study,)
        ).fetchall()
        return [
            Context(id=r["id"], label=r["label"], description=r["description"],
                    tags=json.loads(r["tags_json"]),
                    messages=tuple(Message(**m) for m in json.loads(r["messages_json"])))
            for r in rows
        ]

    # responses ---------------------------------------------------------------

    def cells(self, study: str) -> Stored:
        """Every stored cell of the study (probe turns included), with whether it holds an answer."""
        return _cells(self.conn, study)

    def response_stats(self, study: str) -> ResponseStats:
        """Count, highest id and newest timestamp of the study's responses (a cheap change stamp)."""
        r = self.conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(created_at), '') FROM responses WHERE study = ?",
            (study,),
        ).fetchone()
        return ResponseStats(int(r[0]), int(r[1]), str(r[2]))

    def ids_taken(self, study: str, ids: Sequence[int]) -> int:
        """How many of these response ids other studies already use."""
        taken = 0
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            taken += self.conn.execute(
                f"SELECT COUNT(*) FROM responses WHERE study != ? AND id IN ({','.join('?' * len(chunk))})",
                (study, *chunk),
            ).fetchone()[0]
        return int(taken)

    @_guarded_write
    def put_response(self, r: Response) -> bool:
        """Store one response for its cell; an error or empty row is replaced, an answer never is.

        `r.cost_usd` is added to what the cell's row already cost (a retry's cost adds to the
        failed attempts'; a racing run's cost is kept even when its answer is not). False when
        the cell already held an answer, which was kept.
        """
        replaceable = "(responses.error IS NOT NULL OR trim(responses.text, ' ' || char(9, 10, 13)) = '')"
        sets = [f"{c} = CASE WHEN {replaceable} THEN excluded.{c} ELSE responses.{c} END"
                for c in (c.strip() for c in RESPONSE_COLS.split(",")[5:]) if c != "cost_usd"]
        sets.append("cost_usd = COALESCE(responses.cost_usd, 0) + COALESCE(excluded.cost_usd, 0)")
        text, error = self.conn.execute(
            f"INSERT INTO responses ({RESPONSE_COLS}) VALUES ({','.join('?' * 17)}) "
            f"ON CONFLICT (study, model, question_id, context_id, sample) DO UPDATE SET {', '.join(sets)} "
            "RETURNING text, error",
            _row(r),
        ).fetchall()[0]  # fetched to the end: the statement must not stay open
        return (text, error) == (r.text, r.error)

    def put_responses(self, study: Study, responses: Iterable[Response], *, kind: str = "import",
                      spec_hash: str = "", replace: bool = False, keep_ids: bool = False) -> int:
        """Store a study and its responses in one transaction: all or nothing.

        replace=True (imports) first removes the study's questions, contexts, responses and analyses, so a
        re-import of a changed file leaves no row of the old one behind. Otherwise the rows are added to what
        is stored, and an OK answer is never overwritten. keep_ids=True stores each response under its own
        id (a re-imported export; the caller checks with `ids_taken` that they are free).
        """
        ts = now()
        n = 0

        def rows() -> Iterator[tuple[Any, ...]]:
            nonlocal n
            for r in responses:
                n += 1
                yield (r.id, *_row(r)) if keep_ids else _row(r)

        with self.transaction() as c:
            if replace:
                for table in ("responses", "questions", "contexts", "analyses", "attempts"):
                    c.execute(f"DELETE FROM {table} WHERE study = ?", (study.name,))
            self._save_study(c, study, kind, spec_hash, ts)
            c.executemany(_PUT_RESPONSE_WITH_ID if keep_ids else _PUT_RESPONSE, rows())
        return n

    def responses(self, study: str, *, ok_only: bool = False, probes: bool = False) -> list[Response]:
        """The study's responses in a stable order; follow-up probe turns (question id `q::probe`) only if asked."""
        sql = "SELECT * FROM responses WHERE study = ?"
        if not probes:
            sql += " AND instr(question_id, '::') = 0"
        if ok_only:
            sql += " AND error IS NULL"
        sql += " ORDER BY model, question_id, context_id, sample"
        return [_response(r) for r in self.conn.execute(sql, (study,))]

    def probe_turns(self, study: str, question_id: str) -> list[Response]:
        """The answered follow-up probe turns of one question (question id `question_id::probe`), cheap to read."""
        prefix = f"{question_id}::"
        rows = self.conn.execute(
            "SELECT * FROM responses WHERE study = ? AND error IS NULL AND substr(question_id, 1, ?) = ? "
            "ORDER BY model, question_id, context_id, sample", (study, len(prefix), prefix))
        return [_response(r) for r in rows]

    def iter_responses(self, study: str, *, size: int = 10_000) -> Iterator[list[Response]]:
        """The study's responses in the order of `responses()`, `size` at a time (bounded memory)."""
        cur = self.conn.execute(
            "SELECT * FROM responses WHERE study = ? ORDER BY model, question_id, context_id, sample", (study,)
        )
        while rows := cur.fetchmany(size):
            yield [_response(r) for r in rows]

    def count(self, study: str) -> int:
        """Number of stored rows for a study."""
        return int(self.conn.execute("SELECT COUNT(*) FROM responses WHERE study = ?", (study,)).fetchone()[0])

    # embeddings --------------------------------------------------------------

    def get_embeddings(self, embedder: str, shas: Iterable[str]) -> dict[str, np.ndarray]:
        """Cached vectors for these text hashes."""
        out: dict[str, np.ndarray] = {}
        keys = list(dict.fromkeys(shas))
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT text_sha256, vector FROM embeddings WHERE embedder = ? AND text_sha256 IN ({marks})",
                (embedder, *chunk),
            )
            for sha, blob in rows:
                out[sha] = np.frombuffer(blob, dtype=np.float32)
        return out

    def put_embeddings(self, embedder: str, vectors: dict[str, np.ndarray]) -> None:
        """Cache vectors by text hash."""
        with self.transaction() as c:
            c.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?, ?)",
                [(embedder, sha, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
                 for sha, v in vectors.items()],
            )

    # scores ------------------------------------------------------------------

    def get_scores(self, scorer: str, version: str, shas: Iterable[str]) -> dict[str, CachedScore]:
        """Cached scores of one scorer version for these input hashes."""
        out: dict[str, CachedScore] = {}
        keys = list(dict.fromkeys(shas))
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = self.conn.execute(
                f"SELECT input_sha256, value, label, ok, detail FROM scores WHERE scorer = ? AND version = ? "
                f"AND input_sha256 IN ({','.join('?' * len(chunk))})",
                (scorer, version, *chunk),
            )
            for sha, value, label, ok, detail in rows:
                out[sha] = CachedScore(value=value, label=label, ok=bool(ok), detail=detail)
        return out

    def score_versions(self) -> list[tuple[str, str]]:
        """Every (scorer id, version) the score cache holds."""
        return sorted((str(a), str(b)) for a, b in self.conn.execute("SELECT DISTINCT scorer, version FROM scores"))

    def put_scores(self, scorer: str, version: str, scores: dict[str, CachedScore]) -> None:
        """Cache scores by input hash."""
        ts = now()
        with self.transaction() as c:
            c.executemany(
                "INSERT OR REPLACE INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(scorer, version, sha, s.value, s.label, int(s.ok), s.detail, ts) for sha, s in scores.items()],
            )

    # analyses ----------------------------------------------------------------

    def put_analysis(self, study: str, key: str, analysis_json: str, points_csv: str) -> None:
        """Store an analysis result under a settings key."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)",
                      (study, key, now(), analysis_json, points_csv))

    def get_analysis(self, study: str, key: str | None = None) -> tuple[str, str] | None:
        """(analysis_json, points_csv) for a key, or the newest for the study."""
        if key is None:
            r = self.conn.execute(
                "SELECT analysis_json, points_csv FROM analyses WHERE study = ? "
                "ORDER BY created_at DESC, rowid DESC LIMIT 1",  # rowid: two analyses in one second
                (study,),
            ).fetchone()
        else:
            r = self.conn.execute(
                "SELECT analysis_json, points_csv FROM analyses WHERE study = ? AND key = ?", (study, key)
            ).fetchone()
        return (r[0], r[1]) if r else None

    def newest_analysis(self, study: str) -> AnalysisRef | None:
        """The study's newest stored analysis, named but not read (the one `get_analysis(study)` returns)."""
        r = self.conn.execute(
            "SELECT rowid, key, created_at FROM analyses WHERE study = ? "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (study,),
        ).fetchone()
        return AnalysisRef(int(r[0]), str(r[1]), str(r[2])) if r else None

    def points_csv_lines(self, ref: AnalysisRef, chunk: int = 1 << 20) -> Iterator[str]:
        """A stored analysis's points.csv line by line, read incrementally (never the whole text at once)."""
        decoder = codecs.getincrementaldecoder("utf-8")()
        rest = ""
        with self.conn.blobopen("analyses", "points_csv", ref.rowid, readonly=True) as blob:
            while True:
                data = blob.read(chunk)
                rest += decoder.decode(data, final=not data)
                *whole, rest = rest.split("\n")
                for line in whole:
                    yield line + "\n"
                if not data:
                    break
        if rest:
            yield rest

    # attempt ledger (migration 4) ---------------------------------------------

    def open_attempt(self, attempt_id: str, ahead: Response, worst_usd: float) -> bool:
        """Before a priced attempt is sent: the cell's row (`ahead`: an error row whose cost_usd, worst_usd,
        adds to the row's) and the attempt's ledger row, in one transaction, so a kill never leaves one
        without the other. False, and nothing written, when the cell already holds an answer."""
        try:
            with self.transaction() as c:
                if not self.put_response(ahead):
                    raise _Answered
                c.execute("INSERT INTO attempts VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'sent', ?)",
                          (attempt_id, *_cell(ahead), worst_usd, now()))
        except _Answered:
            return False
        return True

    def close_attempt(self, attempt_id: str, cost_usd: float | None) -> None:
        """An attempt's outcome: its priced usage when its reply (or error status) was seen, else None
        (its worst case stays reserved). A seen attempt moves the cell's row cost from worst case to cost."""
        with self.transaction() as c:
            row = c.execute("SELECT study, model, question_id, context_id, sample, worst_usd FROM attempts "
                            "WHERE id = ? AND state = 'sent'", (attempt_id,)).fetchone()
            if row is None:
                return
            if cost_usd is None:
                c.execute("UPDATE attempts SET state = 'unseen' WHERE id = ?", (attempt_id,))
                return
            c.execute("UPDATE attempts SET state = 'seen', cost_usd = ? WHERE id = ?", (cost_usd, attempt_id))
            c.execute("UPDATE responses SET cost_usd = COALESCE(cost_usd, 0) + ? WHERE study = ? AND model = ? "
                      "AND question_id = ? AND context_id = ? AND sample = ?",
                      (cost_usd - row["worst_usd"], *tuple(row)[:5]))

    def spend(self, study: str) -> Spend:
        """The study's spend, split: known (seen replies' usage) and reserve (worst case of the rest).

        The rows' cost is known + reserve; cost outside the ledger (stores from before migration 4,
        attempts without a worst case) counts as known.
        """
        known, reserve, unseen = self.conn.execute(
            "SELECT COALESCE(SUM(CASE WHEN state = 'seen' THEN cost_usd END), 0), "
            "COALESCE(SUM(CASE WHEN state != 'seen' THEN worst_usd END), 0), "
            "COALESCE(SUM(state != 'seen'), 0) FROM attempts WHERE study = ?", (study,)).fetchone()
        rows = float(self.conn.execute("SELECT COALESCE(SUM(cost_usd), 0) FROM responses WHERE study = ?",
                                       (study,)).fetchone()[0])
        rest = rows - known - reserve
        return Spend(float(known) + (rest if abs(rest) > 1e-9 else 0.0), float(reserve), int(unseen))


class _Answered(Exception):
    """open_attempt's rollback: the cell was answered meanwhile."""


def _cell(r: Response) -> tuple[str, str, str, str, int]:
    return (r.study, r.model, r.question_id, r.context_id, r.sample)


class Spend(NamedTuple):
    """A study's spend: what seen replies cost, and the worst case of attempts whose outcome is unknown."""

    known_usd: float
    """Sum of the priced usage of every reply (or error status) the client saw."""
    reserve_usd: float
    """Sum of the worst cases of attempts never seen to finish (timeouts, drops, a kill mid-request)."""
    unseen: int
    """How many attempts the reserve covers."""


def _held(pid: int, host: str, heartbeat: float, me: int, my_host: str, t: float) -> bool:
    """Whether a study_locks row still belongs to a live process."""
    if host != my_host:
        return t - heartbeat < LOCK_STALE_S
    if pid == me:
        return False  # our own (a lock left by an earlier Store of this process)
    return pid_alive(pid)


def _row(r: Response) -> tuple[Any, ...]:
    return (
        r.study, r.model, r.question_id, r.context_id, r.sample, r.request_hash, r.text, r.rating,
        r.latency_s, r.input_tokens, r.output_tokens, r.cost_usd, r.error, r.created_at or now(),
        r.question_text, r.category, json.dumps(r.meta, sort_keys=True),
    )


def _response(r: sqlite3.Row) -> Response:
    return Response(
        id=r["id"], study=r["study"], model=r["model"], question_id=r["question_id"],
        context_id=r["context_id"], sample=r["sample"], request_hash=r["request_hash"],
        text=r["text"], rating=r["rating"], latency_s=r["latency_s"], input_tokens=r["input_tokens"],
        output_tokens=r["output_tokens"], cost_usd=r["cost_usd"], error=r["error"],
        created_at=r["created_at"], question_text=r["question_text"], category=r["category"],
        meta=json.loads(r["meta_json"]),
    )
