"""Row-level exports (Parquet, JSONL): columns, analysis columns, batching, and re-import to the same analysis."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from core.analysis import analyze, load_analysis
from core.cli import main
from core.export import COLUMNS, Column, export_study, iter_views, sidecar
from core.records import Response
from core.store import Store
from tests.fakes import FakeEmbedder
from tests.fixture_store import fixture_responses, fixture_study

ROOT = Path(__file__).resolve().parent.parent
STUDY = "exp"
SETTINGS = {"progress": False, "n_perm": 99, "n_boot": 99, "n_reruns": 2}


def _responses() -> list[Response]:
    """The fixture's planted texts with a few errors, ratings and meta, so every column has values."""
    out = []
    for i, r in enumerate(fixture_responses(STUDY)):
        if i % 37 == 5:
            r = replace(r, text="", error="RateLimitError (429) after 5 attempts: slow down")
        elif i % 11 == 0:
            r = replace(r, rating=1 + i % 7, meta={"rating_reason": "ok", "note": "naïve ✓"}, cost_usd=0.0001,
                        input_tokens=12)
        out.append(r)
    return out


def _analyse(store: Store, study: str = STUDY) -> None:
    analyze(store, study, embedder=FakeEmbedder(), **SETTINGS)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store whose study's ids do not start at 1 (another study came first), analysed."""
    path = tmp_path / "src.sqlite"
    with Store(path) as st:
        other = fixture_study("first")
        st.put_responses(other, fixture_responses("first")[:50], kind="import")
        st.put_responses(fixture_study(STUDY), _responses(), kind="import")
        _analyse(st)
    return path


def _without_created_at(text: str) -> dict[str, object]:
    d = json.loads(text)
    d["provenance"].pop("created_at")
    return d


def test_parquet_columns_types_and_analysis_columns(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.parquet"
    assert main(["export", "--study", STUDY, "--out", str(out), "--store", str(store)]) == 0
    schema = pq.read_schema(out)
    assert schema.names == [c.name for c in COLUMNS]
    assert all(schema.field(c.name).metadata[b"description"].decode() == c.doc for c in COLUMNS)
    df = pd.read_parquet(out)  # no schema guessing: the types come from the file
    assert len(df) == 288 and df["response_id"].is_unique
    assert str(df["sample"].dtype) == "int64" and str(df["x"].dtype) == "float64"
    hits = schema.field("marker_hits").type
    assert schema.field("rating").type == pa.int64() and pa.types.is_list(hits) and hits.value_type == pa.string()

    with Store(store) as st:
        analysis = load_analysis(st, STUDY)
        stored = {r.id: r for r in st.responses(STUDY)}
    assert analysis is not None
    pts = analysis.points.set_index("response_id")
    markers = [c for c in pts.columns if c not in ("model", "question_id", "context_id", "sample", "x", "y",
                                                    "mask_id")]
    errors = df[df["error"].notna()]
    assert len(errors) == 8 and errors["mask_id"].isna().all() and errors["marker_hits"].isna().all()
    assert errors["analysis_key"].isna().all()
    ok = df[df["error"].isna()]
    assert len(ok) == len(pts) == 280 and (ok["analysis_key"] == analysis.key).all()
    for _, row in ok.iterrows():
        p = pts.loc[row["response_id"]]
        assert row["mask_id"] == p["mask_id"]
        assert row["x"] == pytest.approx(p["x"], abs=1e-6) and row["y"] == pytest.approx(p["y"], abs=1e-6)
        assert sorted(row["marker_hits"]) == sorted(m for m in markers if p[m] == 1)
        r = stored[row["response_id"]]
        assert (row["model"], row["question_id"], row["context_id"], row["sample"], row["text"]) == (
            r.model, r.question_id, r.context_id, r.sample, r.text)
        assert json.loads(row["cell_key"]) == [r.model, r.question_id, r.context_id, r.sample]
        assert json.loads(row["meta"]) == r.meta
    assert any(len(h) for h in ok["marker_hits"])  # the planted disclaimers hit a marker


def test_jsonl_matches_parquet_and_carries_its_study_file(store: Path, tmp_path: Path) -> None:
    with Store(store) as st:
        export_study(st, STUDY, tmp_path / "rows.parquet", "parquet")
        export_study(st, STUDY, tmp_path / "rows.jsonl", "jsonl")
    pq_rows = pd.read_parquet(tmp_path / "rows.parquet").to_dict("records")
    lines = [json.loads(x) for x in (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [list(x) for x in lines] == [[c.name for c in COLUMNS]] * len(lines)
    assert len(lines) == len(pq_rows)
    for a, b in zip(lines, pq_rows, strict=True):
        for k, v in a.items():
            w = b[k]
            if isinstance(v, list):
                assert v == list(w)
            elif v is None:
                assert w is None or pd.isna(w)
            else:
                assert v == w
    head = json.loads(sidecar(tmp_path / "rows.jsonl").read_text())["maskscope"]
    assert head["study"]["name"] == STUDY and [c["name"] for c in head["columns"]] == [c.name for c in COLUMNS]


def test_batches_do_not_change_the_rows(store: Path) -> None:
    with Store(store) as st:
        whole = [v for b in iter_views(st, STUDY, batch=100_000) for v in b]
        small = [v for b in iter_views(st, STUDY, batch=7) for v in b]
    assert [(v.response.id, v.point) for v in whole] == [(v.response.id, v.point) for v in small]


def test_answer_changed_after_the_analysis_gets_no_analysis_columns(store: Path) -> None:
    with Store(store) as st:
        r = st.responses(STUDY, ok_only=True)[3]
        st.conn.execute("DELETE FROM responses WHERE id = ?", (r.id,))
        st.put_response(replace(r, id=None, text="a new answer"))  # a new row id, as a re-collected cell gets
        views = {v.response.question_id + v.response.context_id + str(v.response.sample) + v.response.model: v
                 for b in iter_views(st, STUDY) for v in b}
    v = views[r.question_id + r.context_id + str(r.sample) + r.model]
    assert v.response.text == "a new answer" and v.point is None
    assert sum(x.point is not None for x in views.values()) == 279


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_reimport_into_an_empty_store_reanalyses_to_the_same_json(store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"rows.{fmt}"
    with Store(store) as st:
        original = st.get_analysis(STUDY)
        row = st.study_row(STUDY)
        export_study(st, STUDY, out, fmt)
    assert original is not None and row is not None
    fresh = tmp_path / "fresh.sqlite"
    args = ["import", str(out), "--store", str(fresh)] + (["--format", "export"] if fmt == "jsonl" else [])
    assert main(args) == 0
    with Store(fresh) as st:
        again = st.study_row(STUDY)
        assert again is not None and (again["kind"], again["spec"], again["spec_hash"], again["baseline"]) == (
            row["kind"], row["spec"], row["spec_hash"], row["baseline"])
        reanalysed = analyze(st, STUDY, embedder=FakeEmbedder(), **SETTINGS)  # type: ignore[arg-type]
    assert _without_created_at(reanalysed.json_text()) == _without_created_at(original[0])
    assert reanalysed.csv_text() == original[1]


def test_extra_columns_are_one_entry_each(store: Path, tmp_path: Path) -> None:
    def load(st: Store, rs: object) -> dict[int, int]:
        return {int(r.id or 0): len(r.text) for r in rs}  # type: ignore[attr-defined]

    extra = Column("text_length", "int64", "characters of text", lambda v: v.extra["text_length"][v.response.id or 0],
                   batch=load)
    with Store(store) as st:
        export_study(st, STUDY, tmp_path / "x.parquet", "parquet", columns=(*COLUMNS, extra), batch=50)
    df = pd.read_parquet(tmp_path / "x.parquet")
    assert (df["text_length"] == df["text"].str.len()).all()


def test_bad_exports_fail_cleanly(store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fresh = tmp_path / "fresh.sqlite"
    with Store(fresh) as st:
        st.put_responses(fixture_study("kept"), fixture_responses("kept")[:5], kind="import")
    before = fresh.read_bytes()
    plain = tmp_path / "plain.parquet"
    pd.DataFrame({"a": [1]}).to_parquet(plain)
    with Store(store) as st:
        export_study(st, STUDY, tmp_path / "rows.jsonl", "jsonl")
    lines = (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    (tmp_path / "bad.jsonl").write_text("\n".join(lines[:3] + [lines[3].replace('"sample": ', '"sample": "x", "s": ')])
                                        + "\n")
    (tmp_path / "bad.study.json").write_text(sidecar(tmp_path / "rows.jsonl").read_text())
    (tmp_path / "alone.jsonl").write_text(lines[0] + "\n")
    half = tmp_path / "half.parquet"
    with Store(store) as st:
        export_study(st, STUDY, tmp_path / "whole.parquet", "parquet")
    half.write_bytes((tmp_path / "whole.parquet").read_bytes()[:3000])
    cases = [
        (["import", str(plain)], "schema metadata maskscope: missing"),
        (["import", str(tmp_path / "bad.jsonl"), "--format", "export"], "line 4: field sample: expected int"),
        (["import", str(tmp_path / "alone.jsonl"), "--format", "export"], "alone.study.json: missing"),
        (["import", str(half)], "not a readable Parquet file"),
        (["export", "--study", "nope", "--out", str(tmp_path / "n.parquet"), "--store", str(store)],
         "unknown study 'nope'"),
    ]
    for args, want in cases:
        code = main([*args, "--store", str(fresh)] if args[0] == "import" else args)
        err = capsys.readouterr().err.strip()
        assert code == 2 and err.count("\n") == 0 and want in err, (args, err)
    assert fresh.read_bytes() == before
    assert not (tmp_path / "n.parquet").exists()


def test_readme_documents_every_column() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Row-level exports", 1)[1].split("\n## ", 1)[0]
    for c in COLUMNS:
        assert f"| `{c.name}` |" in section, c.name


def test_rows_carry_each_answers_cached_scores(store: Path, tmp_path: Path) -> None:
    from core.scorers.base import Score
    from core.scorers.cache import put_scores
    from core.scorers.judge import judge_version
    from core.scorers.rubrics import load_rubrics
    from core.scorers.study import stored_response_scores
    from core.scorers.summary import inputs

    with Store(store) as st:
        ok = st.responses(STUDY, ok_only=True)
        shas = {r.id: i.sha256() for r, i in zip(ok, inputs(ok, st.contexts(STUDY)), strict=True)}
        first = shas[ok[0].id]
        # a judge's score at the rubric's current version is exported; a stale version of a scorer is not
        put_scores(st, "judge:fake/judge:valence", judge_version(load_rubrics()["valence"]), {first: Score(0.5)})
        put_scores(st, "offline-frame", "0-stale", {first: Score(1.0, "accept")})
        cached = {(s.response_id, s.scorer): s for s in stored_response_scores(st, STUDY)}
        export_study(st, STUDY, tmp_path / "rows.parquet", "parquet", batch=50)
    df = pd.read_parquet(tmp_path / "rows.parquet")
    good, bad = df[df["error"].isna()], df[df["error"].notna()]
    assert bad[["score_valence_offline", "score_frame_offline", "response_scores"]].isna().all().all()
    assert good["score_valence_offline"].between(-1, 1).all() and good["score_frame_offline"].notna().all()
    for _, row in good.iterrows():
        rid = int(row["response_id"])
        got = json.loads(row["response_scores"])
        assert row["score_valence_offline"] == pytest.approx(cached[(rid, "offline-valence@fake-embedder")].value)
        assert row["score_frame_offline"] == cached[(rid, "offline-frame")].label == got["offline-frame"]["label"]
        assert got["offline-frame"]["version"] != "0-stale" and got["offline-valence@fake-embedder"]["dimension"] == \
            "valence"
        assert ("judge:fake/judge:valence" in got) == (shas[rid] == first)  # keyed by what the scorer read
    assert json.loads(good.set_index("response_id").loc[ok[0].id, "response_scores"])[
        "judge:fake/judge:valence"] == {"version": judge_version(load_rubrics()["valence"]), "dimension": "valence",
                                        "value": 0.5, "label": None, "ok": True}
