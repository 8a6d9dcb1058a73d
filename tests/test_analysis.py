"""The analysis pipeline end to end on planted and null corpora: contract, significance, determinism, cache."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from core import cli
from core.analysis import DESIGN_KEYS, POINT_COLUMNS, Analysis, AnalysisResult, analyze, load_analysis, write_outputs
from core.bank import load_questions
from core.markers import load_markers
from core.normalize import normalize
from core.records import Context, Message, ModelSpec, Response, Study
from core.shift import ShiftRecord, model_shift
from core.store import Store
from tests.fakes import FakeEmbedder
from tests.planted import make_null_corpus, make_planted_corpus

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {
    "shift": {"model", "question_id", "context_id", "distance", "noise_floor", "ci_low", "ci_high", "p_value",
              "q_value", "significant"},
    "context_shift": {"model", "context_id", "mean_distance", "ci_low", "ci_high", "p_value", "n_questions",
                      "n_significant"},
    "masks": {"model", "mask_id", "size", "context_counts", "top_context", "purity", "keywords", "exemplar_ids"},
    "scales": {"model", "scale_id", "context_id", "n_runs_valid", "n_runs_excluded", "mean", "sd", "t", "p_value",
               "cohen_d"},
    "markers": {"model", "context_id", "marker", "rate", "ci_low", "ci_high"},
}


def _json(result: AnalysisResult) -> dict:
    """analysis.json of a result, as a reader outside the project sees it."""
    return json.loads(result.json_text())


def _store(path: Path, *corpora: tuple[str, object], errors: int = 0) -> Store:
    store = Store(path)
    for model, corpus in corpora:
        rows = corpus.responses("planted", model)  # type: ignore[attr-defined]
        for i in range(errors):  # a few failed cells: excluded and counted
            r = rows[i]
            rows[i] = Response(id=None, study=r.study, model=r.model, question_id=r.question_id,
                               context_id=r.context_id, sample=r.sample, request_hash="", text="",
                               error="RateLimitError: slow down")
        store.put_responses(corpus.study("planted"), rows)  # type: ignore[attr-defined]
    return store


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory):
    """One planted study with two models (one planted, one null), analysed once."""
    path = tmp_path_factory.mktemp("planted") / "s.sqlite"
    a = make_planted_corpus(1)
    b = make_null_corpus(2)
    store = _store(path, ("fake/a", a), ("fake/b", b), errors=3)
    emb = FakeEmbedder()
    result = analyze(store, "planted", embedder=emb, progress=False)
    yield store, result, emb, a
    store.close()


def test_planted_contexts_are_the_significant_ones(planted):
    _, result, _, corpus = planted
    d = _json(result)
    shift_a = [r for r in d["shift"] if r["model"] == "fake/a"]
    sig = Counter(r["context_id"] for r in shift_a if r["significant"])
    assert set(sig) == set(corpus.planted)
    assert all(n >= len(corpus.questions) // 3 for n in sig.values()), sig
    cs = {r["context_id"]: r for r in d["context_shift"] if r["model"] == "fake/a"}
    assert {c for c, r in cs.items() if r["q_value"] < 0.05} == set(corpus.planted)
    assert cs["casual-chat"]["p_value"] > 0.05
    # the null model: BH keeps false discoveries rare (here one sampling fluke in 48 tests at most)
    null_sig = [r for r in d["shift"] if r["model"] == "fake/b" and r["significant"]]
    assert len(null_sig) / 48 <= 0.05
    assert not [r for r in d["context_shift"] if r["model"] == "fake/b" and r["q_value"] < 0.05]
    # and the comparison says the planted model moves more in planted contexts
    diffs = {r["context_id"]: r for r in d["comparison"]["differences"]}
    assert set(diffs) == {"lab-interview", "casual-chat", "agentic", "deprecation-notice"}
    assert diffs["lab-interview"]["significant"] and diffs["lab-interview"]["difference"] > 0
    assert not diffs["casual-chat"]["significant"]


def test_the_masks_are_told_the_study_baseline(planted):
    # five contexts, baseline neutral: naming it adds the sets of three and four that leave it outside
    _, result, _, corpus = planted
    params = _json(result)["provenance"]["masks"]["params"]
    assert len(corpus.contexts) == 5 and corpus.baseline == "neutral"
    assert params["fake/a"]["contrast_baseline_out"] is True


def test_null_corpus_false_positive_rate_over_many_seeds():
    emb = FakeEmbedder()
    n = sig = 0
    for seed in range(24):
        # structure that has nothing to do with context: registers drawn at random for every response
        c = make_null_corpus(seed, n_questions=5, samples=5, background={"ai-disclaimer": 0.3, "enthusiastic": 0.2})
        e = emb.encode([normalize(t) for t in c.texts])
        res = model_shift("m", e, c.question_ids, c.context_ids, c.baseline, seed=seed, contexts=c.contexts,
                          n_perm=199, n_boot=20)
        n += len(res.tests)
        sig += sum(t.significant for t in res.tests)
    assert n == 24 * 5 * 4
    assert sig / n <= 0.05, f"{sig} of {n} null tests significant"


def test_analysis_json_has_exactly_the_design_keys(planted, tmp_path: Path):
    result = planted[1]
    a, p = write_outputs(result, tmp_path / "out")
    data = json.loads(a.read_text())
    assert set(data) == set(DESIGN_KEYS) | {"comparison", "schema_version", "summary", "scores",
                                                "judge_agreement", "mask_families",
                                                "verdicts"}
    assert data["schema_version"] == 2
    assert data["study"] == "planted" and data["baseline_context"] == "neutral"
    assert data["models"] == ["fake/a", "fake/b"]
    assert data["contexts"] == ["neutral", "lab-interview", "casual-chat", "agentic", "deprecation-notice"]
    store = planted[0]
    assert data["embedder"] == "fake-embedder"
    assert data["seed"] == store.study_row("planted")["spec"]["seed"] == 2  # the stored spec's seed
    assert data["n_responses"] == 2 * 600 - 2 * 3  # 3 errors per model excluded
    for key, want in FIELDS.items():
        for entry in data[key]:
            assert want <= set(entry), (key, want - set(entry))
    assert data["scales"] == []
    assert len(data["shift"]) == 2 * 12 * 4 and len(data["context_shift"]) == 2 * 4
    assert len(data["markers"]) == 2 * 5 * 5
    assert set(data["mask_context_nmi"]) == set(data["stability"]) == {"fake/a", "fake/b"}
    assert all(isinstance(v, float) for v in data["stability"].values())
    prov = data["provenance"]
    assert {"versions", "study_spec_hash", "created_at"} <= set(prov)
    assert prov["normalizer"] == "surface-v1" and prov["n_errors_excluded"] == 6
    assert prov["markers"]["sha256"] == load_markers().sha256 and prov["markers"]["version"] == 1
    assert prov["masks"]["method"] == "stance" and len(prov["responses_sha256"]) == 64
    assert {"n_perm", "n_boot", "normalizer", "mask_method"} <= set(prov["settings"])


def test_points_csv_columns_and_rows(planted, tmp_path: Path):
    store, result, _, _ = planted
    _, p = write_outputs(result, tmp_path / "out")
    pts = pd.read_csv(p)
    ids = load_markers().ids
    assert list(pts.columns) == list(POINT_COLUMNS) + ids
    assert len(pts) == _json(result)["n_responses"]
    ok_ids = {r.id for r in store.responses("planted", ok_only=True)}
    assert set(pts["response_id"]) == ok_ids
    assert pts[ids].isin([0, 1]).all().all()
    assert pts["x"].notna().all() and pts["y"].notna().all()
    sizes = {(m["model"], m["mask_id"]): m["size"] for m in _json(result)["masks"]}
    counted = pts[pts["mask_id"] >= 0].groupby(["model", "mask_id"]).size().to_dict()
    assert counted == sizes
    assert not list((tmp_path / "out").glob(".*tmp"))  # the atomic writer left no temp files


def test_second_analyze_embeds_nothing_and_is_stored(planted):
    store, result, emb, _ = planted
    before = emb.n_texts
    again = analyze(store, "planted", embedder=emb, progress=False)
    assert again.n_embedded == 0 and emb.n_texts == before
    loaded = load_analysis(store, "planted")
    assert loaded is not None and loaded.key == result.key == again.key
    assert loaded.analysis == again.analysis and loaded.json_text() == again.json_text()
    assert loaded.csv_text() == again.csv_text()


def _without_created_at(text: str) -> str:
    d = json.loads(text)
    d["provenance"].pop("created_at")
    return json.dumps(d, sort_keys=True)


def test_same_inputs_same_seed_same_bytes(tmp_path: Path):
    outs = []
    for i in range(2):
        store = _store(tmp_path / f"s{i}.sqlite", ("fake/a", make_planted_corpus(3, n_questions=5, samples=4)))
        r = analyze(store, "planted", embedder=FakeEmbedder(), progress=False, seed=11)
        a, p = write_outputs(r, tmp_path / f"out{i}")
        outs.append((a.read_text(), p.read_bytes()))
        store.close()
    assert outs[0][0] != "" and _without_created_at(outs[0][0]) == _without_created_at(outs[1][0])
    # apart from created_at the bytes agree exactly
    strip = [("\n".join(ln for ln in t.splitlines() if '"created_at"' not in ln)) for t, _ in outs]
    assert strip[0] == strip[1]
    assert outs[0][1] == outs[1][1]


def test_a_two_model_study_analysed_twice_gives_the_same_bytes(tmp_path: Path):
    """Determinism, not a golden digest: two fresh stores, same responses and seed -> the same analysis.json apart
    from created_at, and the same points.csv (markers, masks, comparison and verdicts all included)."""
    from tests.fixture_store import fixture_responses, fixture_study

    texts = []
    for i in range(2):
        with Store(tmp_path / f"s{i}.sqlite") as store:
            store.put_responses(fixture_study(), fixture_responses(), kind="import")
            r = analyze(store, "fixture", embedder=FakeEmbedder(), progress=False, n_perm=99, n_boot=99, n_reruns=2)
        a, p = write_outputs(r, tmp_path / f"out{i}")
        texts.append((a.read_text(), p.read_bytes()))
    (json_a, csv_a), (json_b, csv_b) = texts
    assert len(json.loads(json_a)["models"]) == 2 and json.loads(json_a)["comparison"]["differences"]
    assert _without_created_at(json_a) == _without_created_at(json_b)
    assert [ln for ln in json_a.splitlines() if '"created_at"' not in ln] == \
        [ln for ln in json_b.splitlines() if '"created_at"' not in ln]
    assert csv_a == csv_b


def test_the_app_download_writes_the_same_points_csv_as_analyze_out(planted, tmp_path: Path):
    from core import explore

    store, result, _, _ = planted
    _, p = write_outputs(result, tmp_path / "out")
    loaded = load_analysis(store, "planted", result.key)
    assert loaded is not None
    assert explore.points_csv(loaded.points).encode() == p.read_bytes()


def test_one_sample_per_cell_gives_no_tests_with_a_note(tmp_path: Path):
    store = _store(tmp_path / "s.sqlite", ("fake/a", make_planted_corpus(4, n_questions=4, samples=1)))
    d = _json(analyze(store, "planted", embedder=FakeEmbedder(), progress=False))
    assert d["shift"] and all(r["p_value"] is None and r["significant"] is False for r in d["shift"])
    assert all("need at least 2" in r["note"] for r in d["shift"])
    assert all(r["n_questions"] == 0 and r["mean_distance"] is None for r in d["context_shift"])


def test_scale_study_reports_scales(tmp_path: Path):
    questions = load_questions(ROOT / "data" / "questions" / "ryff-ai-42.yaml")
    ctxs = tuple(Context(id=c, label=c, description=c, tags={}, messages=(Message("user", "{question}"),))
                 for c in ("baseline", "flowers"))
    study = Study(name="mini-ryff", models=(ModelSpec("fake/x"),), questions=questions, contexts=ctxs,
                  baseline="baseline", samples=3, seed=5)
    rng = np.random.default_rng(0)
    rows = []
    for c, shift in (("baseline", 0), ("flowers", 2)):
        for s in range(3):
            for q in questions:
                rating = int(np.clip(rng.integers(2, 5) + shift, 1, 7))
                rows.append(Response(id=None, study="mini-ryff", model="fake/x", question_id=q.id, context_id=c,
                                     sample=s, request_hash="", text=f"{rating} - I would say so.", rating=rating))
    store = Store(tmp_path / "s.sqlite")
    store.put_responses(study, rows)
    d = _json(analyze(store, "mini-ryff", embedder=FakeEmbedder(), progress=False, n_reruns=1))
    by = {r["context_id"]: r for r in d["scales"]}
    assert set(by) == {"baseline", "flowers"} and by["flowers"]["n_runs_valid"] == 3
    assert by["flowers"]["cohen_d"] is not None and by["baseline"]["t"] is None
    assert FIELDS["scales"] <= set(by["flowers"])
    # the mean's 95% t interval is computed once, here (figures only draw it)
    from scipy import stats

    f = by["flowers"]
    half = stats.t.ppf(0.975, 2) * f["sd"] / 3**0.5
    assert f["mean_ci_low"] == pytest.approx(f["mean"] - half, rel=1e-5)
    assert f["mean_ci_high"] == pytest.approx(f["mean"] + half, rel=1e-5)
    assert f["significant"] == (f["p_value"] < 0.05)


def test_cli_unknown_study_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "s.sqlite"
    _store(path, ("fake/a", make_planted_corpus(5, n_questions=2, samples=2))).close()
    code = cli.main(["analyze", "--study", "nope", "--store", str(path), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "nope" in err and "planted" in err
    assert not (tmp_path / "out").exists()
    assert cli.main(["analyze", "--study", "x", "--store", str(tmp_path / "missing.sqlite")]) == 2
    assert not (tmp_path / "missing.sqlite").exists()


@pytest.mark.slow
def test_cli_analyze_with_the_real_embedder(tmp_path: Path):
    path = tmp_path / "s.sqlite"
    _store(path, ("fake/a", make_planted_corpus(6, n_questions=3, samples=3))).close()
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "core", "analyze", "--study", "planted", "--store", str(path),
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert "analysed 45 responses" in proc.stdout
    assert "shift" in proc.stderr and "embed" in proc.stderr  # a progress bar per stage
    data = json.loads((out / "analysis.json").read_text())
    assert data["embedder"].startswith("sentence-transformers/all-MiniLM-L6-v2")
    with Store(path) as store:
        assert load_analysis(store, "planted") is not None


def test_bare_ratings_give_no_masks_but_an_analysis(tmp_path: Path):
    c = make_planted_corpus(7, n_questions=3, samples=3)
    rows = [Response(id=None, study="planted", model="fake/a", question_id=r.question_id, context_id=r.context_id,
                     sample=r.sample, request_hash="", text=str(1 + r.sample)) for r in c.responses()]
    store = Store(tmp_path / "s.sqlite")
    store.put_responses(c.study("planted"), rows)
    d = _json(analyze(store, "planted", embedder=FakeEmbedder(), progress=False))
    assert d["masks"] == [] and d["mask_context_nmi"] == {"fake/a": None}
    assert "no masks" in d["provenance"]["masks"]["params"]["fake/a"]["error"]
    assert len(d["shift"]) == 3 * 4


def test_clean_keeps_small_p_values_and_drops_nan():
    from core.analysis import clean, to_json

    d = clean({"p": 3.2e-12, "x": 0.12345678, "z": -0.0, "n": float("nan"), "i": np.int64(3), "b": np.bool_(True)})
    assert d == {"p": 3.2e-12, "x": 0.123457, "z": 0.0, "n": None, "i": 3, "b": True}
    assert to_json(d).endswith("}\n") and "NaN" not in to_json(d)


@pytest.mark.slow
def test_real_embedder_end_to_end_recovers_the_planted_registers(tmp_path: Path):
    from sklearn.metrics import adjusted_rand_score

    from core.embed import default_embedder

    corpus = make_planted_corpus(1, n_questions=8, samples=8)
    store = _store(tmp_path / "s.sqlite", ("fake/a", corpus))
    r = analyze(store, "planted", embedder=default_embedder(), progress=False)
    truth = {x.id: x.meta["register"] for x in store.responses("planted")}
    ari = adjusted_rand_score([truth[i] for i in r.points["response_id"]], r.points["mask_id"])
    assert ari >= 0.8, ari
    cs = {x["context_id"]: x for x in _json(r)["context_shift"]}
    assert {c for c, x in cs.items() if x["q_value"] < 0.05} == set(corpus.planted)


# ---------------------------------------------------------------------------- the typed record (schema v2)


def test_typed_record_round_trips_through_json(planted):
    from core.analysis_record import Analysis

    _, result, _, _ = planted
    a = result.analysis
    again = Analysis.from_json(result.json_text())
    assert again == a and again.to_json_text() == result.json_text()
    # records come back as their types, lists as tuples
    assert type(a.shift[0]).__name__ == "ShiftRecord" and isinstance(a.masks[0].keywords, tuple)
    assert a.provenance.settings.significance is not None
    # one significance rule per record kind, decided in the pipeline
    assert all(c.significant == (c.q_value is not None and c.q_value < a.alpha) for c in a.context_shift)
    # headline numbers are counted once, in the pipeline
    s = a.summary_of("fake/a")
    assert s.n_significant == sum(t.significant for t in a.shift_of("fake/a") if t.p_value is not None)
    assert s.noise_floor is not None and s.n_tests == 12 * 4


@dataclass(frozen=True)
class NewShift(ShiftRecord):
    """A record another branch extends with a field."""

    later_p: float | None = None


@dataclass(frozen=True)
class Extended(Analysis):
    """An Analysis with a new tuple-of-records field."""

    dispersion: tuple[NewShift, ...] = ()


def test_from_json_is_generic_over_record_fields():
    """A field added to a record, or a new tuple-of-records field on Analysis, needs no edit in from_json."""
    from core.analysis_record import build, clean
    from core.shift import ShiftRecord

    row = dict(model="m", question_id="q", context_id="c", distance=0.1, noise_floor=0.05, ci_low=0.0,
               ci_high=0.2, p_value=0.01, q_value=0.02, significant=True)
    rec = build(NewShift, row | {"later_p": 0.3, "unknown_key": "ignored"})
    assert rec.later_p == 0.3 and rec.n_baseline == 0  # missing defaulted field defaulted
    assert build(ShiftRecord, row | {"later_p": 0.3}) == ShiftRecord(**row)  # unknown keys ignored
    from core.analysis_record import SchemaError

    with pytest.raises(SchemaError, match="ShiftRecord.significant"):
        build(ShiftRecord, {k: v for k, v in row.items() if k != "significant"})
    base = _minimal_analysis()
    ext = Extended(**{f: getattr(base, f) for f in base.__dataclass_fields__}, dispersion=(rec,))
    text = clean(ext)
    assert text["dispersion"][0]["later_p"] == 0.3
    assert build(Extended, text) == ext


def _minimal_analysis():
    from core.analysis_record import Analysis, Comparison
    from core.provenance import MarkersUsed, MaskSettings, Provenance, Settings

    settings = Settings(normalizer="surface-v1", n_perm=9, n_boot=9, alpha=0.05, mask_method="stance",
                        mask_params={}, stability_reruns=1, shift_statistic="", noise_floor="", context_test="",
                        comparison_test="")
    prov = Provenance(versions={}, study_spec_hash="", created_at="t", normalizer="surface-v1",
                      markers=MarkersUsed(1, "", (), ""), masks=MaskSettings("stance", {}), responses_sha256="",
                      n_stored=0, n_errors_excluded=0, settings=settings, key="k")
    return Analysis(study="s", n_responses=0, models=(), contexts=(), baseline_context="neutral", embedder="e",
                    seed=1, shift=(), context_shift=(), masks=(), mask_context_nmi={}, stability={}, scales=(),
                    markers=(), provenance=prov, comparison=Comparison(models=()))


def test_a_v1_analysis_is_refused_with_a_message_to_rerun(planted, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]):
    from core.analysis_record import Analysis, SchemaError

    store, result, emb, _ = planted
    v1 = json.loads(result.json_text())
    del v1["schema_version"]
    with pytest.raises(SchemaError, match=r"re-run `python -m core analyze --study planted`"):
        Analysis.from_json(v1)
    # stored by the previous version: load refuses, `report` says so in one line, `analyze --if-missing` redoes it
    path = tmp_path / "old.sqlite"
    old = _store(path, ("fake/a", make_planted_corpus(8, n_questions=2, samples=2)))
    old.put_analysis("planted", "old-key", json.dumps(v1), result.csv_text())
    with pytest.raises(SchemaError, match="schema 1"):
        load_analysis(old, "planted")
    old.close()
    out = tmp_path / "r.md"
    code = cli.main(["report", "--study", "planted", "--format", "md", "--out", str(out), "--store", str(path)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "re-run `python -m core analyze" in err
    assert not out.exists()
    from core.commands.analyze import _fresh_analysis

    with Store(path) as s:
        assert not _fresh_analysis(s, "planted")
