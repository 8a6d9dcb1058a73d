"""The SQLite store: migrations, WAL, studies, responses, embeddings, analyses."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from study_files import write_study

from core.records import Response
from core.store import MIGRATIONS, Store
from core.study import load_study


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
        assert st.cell_states(study.name) == {("fake/echo", "q00", "neutral", 0): ("h", False)}
        st.put_response(resp(study.name, text="fine", cost_usd=0.5, meta={"attempts": 1}))
        st.put_response(resp(study.name, q="q01", text="", error="x"))
        rows = st.responses(study.name)
        assert st.count(study.name) == 2
        assert [r.question_id for r in rows] == ["q00", "q01"]
        assert rows[0].ok and rows[0].text == "fine" and rows[0].meta == {"attempts": 1}
        assert [r.question_id for r in st.responses(study.name, ok_only=True)] == ["q00"]
        (summary,) = st.studies()
    assert (summary["n_responses"], summary["n_errors"], summary["cost_usd"]) == (2, 1, 0.5)


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
        assert st.get_analysis("s", "nope") is None
