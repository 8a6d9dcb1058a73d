"""Imports: generic JSONL/CSV rows and the bundled ryff-perturbations corpus; all or nothing, idempotent."""

from __future__ import annotations

import json
import tarfile
from pathlib import Path

import pytest

from core import paths
from core.cli import main
from core.importers import BUNDLE, classify, load_import
from core.scales import load_scales, score_study
from core.store import Store

CORPUS = paths.DATA_DIR / "external" / "ryff-perturbations"


def _rows(n: int = 4) -> list[dict[str, object]]:
    return [
        {"model": "m1", "question_id": f"q{i % 2}", "question": f"Question {i % 2}?", "context_id": ctx,
         "sample": i // 2, "response": f"answer {i} {ctx}"}
        for i in range(n) for ctx in ("baseline", "neutral")
    ]


def _jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _corpus(tmp_path: Path, names: list[str]) -> Path:
    """A corpus folder in the original layout holding some files of the bundled archive."""
    out = tmp_path / "corpus"
    with tarfile.open(CORPUS / BUNDLE) as tf:
        for name in names:
            data = tf.extractfile(name).read()  # type: ignore[union-attr]
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_bytes(data)
    return out


def _import(*args: str) -> int:
    return main(["import", *args])


def test_jsonl_import_is_idempotent(tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = _jsonl(tmp_path / "r.jsonl", _rows())
    assert _import(str(src), "--study", "s") == 0
    with Store(store_path) as st:
        first = [(r.model, r.question_id, r.context_id, r.sample, r.text) for r in st.responses("s")]
        row = st.study_row("s")
    assert len(first) == 8 and row is not None and row["kind"] == "import" and row["baseline"] == "neutral"
    # a changed file in between (a row more, a context more, a text changed), then the first file again
    changed = _rows(6)
    changed[0] = dict(changed[0], response="rewritten")
    changed += [dict(changed[1], context_id="extra")]
    assert _import(str(_jsonl(tmp_path / "r2.jsonl", changed)), "--study", "s") == 0
    with Store(store_path) as st:
        assert st.count("s") == 13 and "extra" in [c.id for c in st.contexts("s")]
    assert _import(str(src), "--study", "s") == 0
    with Store(store_path) as st:
        again = [(r.model, r.question_id, r.context_id, r.sample, r.text) for r in st.responses("s")]
        assert [q.id for q in st.questions("s")] == ["q0", "q1"]
        assert [c.id for c in st.contexts("s")] == ["baseline", "neutral"]
    assert again == first


def test_baseline_option_and_default(tmp_path: Path) -> None:
    rows = [r for r in _rows() if r["context_id"] == "baseline"]
    rows += [dict(r, context_id="other") for r in rows]
    imp = load_import(_jsonl(tmp_path / "r.jsonl", rows), "s", "jsonl")
    assert imp.study.baseline == "baseline"
    assert load_import(tmp_path / "r.jsonl", "s", "jsonl", baseline="other").study.baseline == "other"


@pytest.mark.parametrize(
    ("line3", "expected"),
    [
        ('{"model": "m1", "question_id": "q9", ', "line 3: malformed JSON"),
        ('{"model": "m1", "question_id": "q9", "question": "Q?", "context_id": "c", "sample": "two", '
         '"response": "x"}', "line 3: field sample: expected a whole number"),
        ('{"model": "m1", "question": "Q?", "context_id": "c", "sample": 1, "response": "x"}',
         "line 3: field question_id: missing"),
    ],
)
def test_malformed_jsonl_row_fails_whole_import(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str], line3: str, expected: str
) -> None:
    good = _jsonl(tmp_path / "good.jsonl", _rows(2))
    assert _import(str(good), "--study", "s") == 0
    before = store_path.read_bytes()
    bad = tmp_path / "bad.jsonl"
    lines = [json.dumps(r) for r in _rows(4)]
    bad.write_text("\n".join(lines[:2] + [line3] + lines[2:]) + "\n")
    capsys.readouterr()
    assert _import(str(bad), "--study", "s") == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(bad) in err and expected in err
    assert store_path.read_bytes() == before


def test_bad_row_never_creates_the_store(tmp_path: Path, store_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"model": 1}\n')
    assert _import(str(bad), "--study", "s") == 2
    assert not store_path.exists()


def test_csv_missing_column(tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ok = tmp_path / "ok.csv"
    ok.write_text("model,question_id,question,context_id,sample,response,rating,scale\n"
                  'm,ryff-01,"I am not afraid to voice my conclusions.",baseline,0,"2 = somewhat agree",,ryff-ai-42\n'
                  "m,q2,Second?,baseline,0,\"multi\nline\",,\n")
    assert _import(str(ok), "--study", "c") == 0
    with Store(store_path) as st:
        got = {r.question_id: r for r in st.responses("c")}
    assert got["ryff-01"].rating == 2 and got["q2"].text == "multi\nline" and got["q2"].rating is None
    before = store_path.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text("model,question_id,question,context_id,sample\nm,q1,Q?,c,0\n")
    capsys.readouterr()
    assert _import(str(bad), "--study", "c") == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and f"{bad}: line 1: field response: missing column" in err
    assert store_path.read_bytes() == before


def test_classify_every_file_name_of_the_corpus() -> None:
    with tarfile.open(CORPUS / BUNDLE) as tf:
        names = [m.name for m in tf.getmembers()]
    assert len(names) == 351
    kinds = {n: classify(n.split("/")[1]) for n in names}
    assert all(k is not None for k in kinds.values())
    assert kinds["opus-4/claude_opus_4_20250514_t07_run7_ryff_responses.json"] == ("baseline", 7)
    assert kinds["opus-4/claude_opus_4_20250514_ryff_responses.json"] == ("baseline-t0", None)
    assert kinds["hermes-3.1/hermes3_nondet_run3.json"] == ("baseline", 3)
    assert kinds["hermes-3.1/hermes3_deterministic_variantB_mathsymbols.json"] == ("mathsymbols-t0", None)
    assert kinds["sonnet-4/claude3_nondeterministic_perturb3_mayadavid.json"] == ("dialogue", None)
    assert kinds["sonnet-4/claude3_deterministic_perturb4_catbias.json"] == ("cats-t0", None)
    assert kinds["sonnet-3.7/claude_3_7_sonnet_20250219_t00_variantC_flowerlines_P1_ryff_responses.json"] == (
        "flowers-t0", None)


def test_small_corpus_folder(tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path, [
        "sonnet-3.7/claude_3_7_sonnet_20250219_ryff_responses.json",  # the 81-row file
        "hermes-3.1/hermes3_deterministic_perturb3_mayadavid.json",
        "opus-4/claude_opus_4_20250514_t07_variantC_flowerlines_P1_run3_ryff_responses.json",
    ])
    assert _import(str(folder), "--study", "r", "--format", "ryff-perturbations") == 0
    out = capsys.readouterr().out
    assert "skipped: sonnet-3.7/claude_3_7_sonnet_20250219_ryff_responses.json: rows 1-39" in out
    assert "invalid ratings per model x context" in out
    with Store(store_path) as st:
        rs = st.responses("r")
        qs = st.questions("r")
    assert len(rs) == 3 * 42 and len(qs) == 42 and qs[0].scale == "ryff-ai-42"
    dialogue = [r for r in rs if r.context_id == "dialogue-t0"]
    assert len(dialogue) == 42 and all("dialogue_response" in r.meta for r in dialogue)
    assert all(r.text not in r.meta["dialogue_response"] for r in dialogue if r.text)
    flowers = [r for r in rs if r.model == "claude-opus-4-20250514"]
    assert {r.context_id for r in flowers} == {"flowers"} and {r.sample for r in flowers} == {3}
    s37 = sorted((r for r in rs if r.model == "claude-3-7-sonnet-20250219"), key=lambda r: r.question_id)
    assert [r.sample for r in s37] == [1] * 42 and s37[5].meta["file"].endswith("ryff_responses.json")


def test_corrupt_json_file_fails_with_its_name(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path, ["opus-4/claude_opus_4_20250514_t07_run1_ryff_responses.json",
                                "opus-4/claude_opus_4_20250514_t07_run2_ryff_responses.json"])
    assert _import(str(tmp_path / "corpus"), "--study", "r", "--format", "ryff-perturbations") == 0
    before = store_path.read_bytes()
    broken = folder / "opus-4/claude_opus_4_20250514_t07_run2_ryff_responses.json"
    broken.write_text(broken.read_text()[:5000])
    capsys.readouterr()
    assert _import(str(folder), "--study", "r2", "--format", "ryff-perturbations") == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(broken) in err and "malformed JSON" in err
    assert store_path.read_bytes() == before


@pytest.mark.slow
def test_bundled_corpus_reproduces_the_published_anchor(store_path: Path) -> None:
    """Acceptance: the whole bundled corpus, scored from raw text; Opus 4 baseline = 177.65 over 20 runs."""
    assert main(["import", str(CORPUS), "--study", "ryff", "--format", "ryff-perturbations"]) == 0
    with Store(store_path) as st:
        rs = st.responses("ryff")
    assert len(rs) == 21126
    _, table = score_study(rs, load_scales(), "baseline")
    by = {(c.model, c.context_id): c for c in table}
    for model in ("claude-opus-4-20250514", "claude-sonnet-4-20250514", "claude-3-7-sonnet-20250219", "hermes-3.1"):
        for ctx in ("baseline", "codeblock", "mathsymbols", "flowers", "dialogue", "cats"):
            c = by[(model, ctx)]
            assert c.n_runs_valid + c.n_runs_excluded == 20
    opus = by[("claude-opus-4-20250514", "baseline")]
    assert opus.n_runs_valid == 20 and opus.mean == pytest.approx(177.65)


# Bad bytes, huge fields, huge numbers, ids: one line naming file, line and field; exit 2; nothing written ------

_HEADER = "model,question_id,question,context_id,sample,response\n"


def _fails(path: Path, store_path: Path, capsys: pytest.CaptureFixture[str], *needles: str, fmt: str = "") -> None:
    capsys.readouterr()
    before = store_path.read_bytes() if store_path.exists() else None
    args = [str(path), "--study", "bad"] + (["--format", fmt] if fmt else [])
    assert _import(*args) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and err.startswith(f"error: {path}"), err
    for n in needles:
        assert n in err, err
    assert (store_path.read_bytes() if store_path.exists() else None) == before


def test_non_utf8_jsonl_and_csv_name_line_and_field(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(str(_jsonl(tmp_path / "ok.jsonl", _rows(1))), "--study", "keep") == 0
    lines = [json.dumps(r).encode() for r in _rows(2)]
    bad = tmp_path / "latin1.jsonl"
    bad.write_bytes(b"\n".join(lines[:2] + [lines[2].replace(b'"answer 1', b'"caf\xe9 1')] + lines[3:]) + b"\n")
    _fails(bad, store_path, capsys, "line 3: field response", "not UTF-8")
    csvf = tmp_path / "latin1.csv"
    csvf.write_bytes(_HEADER.encode() + b"m,q1,Q?,c,0,fine\nm,q1,Q?,d,0,na\xefve\n")
    _fails(csvf, store_path, capsys, "line 3: field response", "not UTF-8")
    outside = tmp_path / "outside.jsonl"
    outside.write_bytes(lines[0] + b"\n\xff" + lines[1] + b"\n")
    _fails(outside, store_path, capsys, "line 2", "not UTF-8")


def test_a_long_csv_field_imports_and_an_absurd_one_is_named(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from core.importers import MAX_FIELD_CHARS

    long = tmp_path / "long.csv"
    long.write_text(_HEADER + "m,q1,Q?,c,0,short\n" + "m,q1,Q?,c,1," + "x" * 131_073 + "\n", encoding="utf-8")
    assert _import(str(long), "--study", "long") == 0
    with Store(store_path) as st:
        assert sorted(len(r.text) for r in st.responses("long")) == [5, 131_073]
    huge = tmp_path / "huge.csv"
    huge.write_text(_HEADER + "m,q1,Q?,c,0,short\n" + "m,q1,Q?,c,1," + "x" * (MAX_FIELD_CHARS + 1) + "\n",
                    encoding="utf-8")
    _fails(huge, store_path, capsys, "line 3: field response", "more than")


@pytest.mark.parametrize(("fmt", "key", "value"), [
    ("jsonl", "sample", "99999999999999999999"), ("jsonl", "rating", "-99999999999999999999"),
    ("jsonl", "extra", "123456789012345678901234567890"),  # a CSV cell is text: only JSONL has typed extras
    ("csv", "sample", "99999999999999999999"), ("csv", "rating", "-99999999999999999999"),
])
def test_an_integer_too_large_for_sqlite_is_named(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, key: str, value: str
) -> None:
    row = {"model": "m", "question_id": "q1", "question": "Q?", "context_id": "c", "sample": "0", "response": "r"}
    if fmt == "jsonl":
        path = tmp_path / "big.jsonl"
        good = json.dumps({**row, "sample": 1})
        bad = json.dumps({**row, key: 0}).replace(f'"{key}": 0', f'"{key}": {value}')
        path.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    else:
        path = tmp_path / "big.csv"
        cols = list(row) + ([key] if key not in row else [])
        vals = {**row, key: value}
        path.write_text(",".join(cols) + "\n" + ",".join(str({**row, "sample": "1"}.get(c, "")) for c in cols)
                        + "\n" + ",".join(str(vals[c]) for c in cols) + "\n", encoding="utf-8")
    _fails(path, store_path, capsys, f"line {3 if fmt == 'csv' else 2}: field {key}", "too large")


@pytest.mark.parametrize("field", ["question_id", "context_id"])
@pytest.mark.parametrize("bad_id", ["![x](http://host/leak)", "Q1", "has space", "-lead", "<b>x</b>"])
def test_imported_ids_follow_the_id_rule(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str], field: str, bad_id: str
) -> None:
    rows = _rows(2)
    rows[1] = dict(rows[1], **{field: bad_id})
    _fails(_jsonl(tmp_path / "ids.jsonl", rows), store_path, capsys, f"line 2: field {field}", "not a valid id")


def test_non_utf8_and_huge_numbers_in_yaml_are_one_line(tmp_path: Path) -> None:
    from core.errors import InputError
    from core.yamlio import load_yaml

    bad = tmp_path / "study.yaml"
    bad.write_bytes(b"name: demo\nmodels:\n  - fake/echo\ndescription: caf\xe9\n")
    with pytest.raises(InputError) as e:
        load_yaml(bad)
    assert str(e.value) == f"{bad}: line 4: not UTF-8 (byte 0xe9 at column 17); save the file as UTF-8"
    big = tmp_path / "big.yaml"
    big.write_text("name: demo\nsamples: 1\nmodels:\n  - model: m\n    params: {seed: 123456789012345678901}\n")
    with pytest.raises(InputError, match=r"models\[0\]\.params\.seed: number too large"):
        load_yaml(big)


def test_non_utf8_study_file_exits_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.study_files import write_study

    study = write_study(tmp_path)
    study.write_bytes(study.read_bytes() + b"# caf\xe9\n")
    capsys.readouterr()
    assert main(["run", str(study), "--contexts-dir", str(tmp_path / "contexts"), "--dry-run"]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and str(study) in err and "not UTF-8" in err


def test_corpus_run_number_too_large_is_named(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "opus-4/claude3_nondeterministic_perturb3_mayadavid.json"  # runs come from the rows
    folder = _corpus(tmp_path, [name])
    f = folder / name
    doc = json.loads(f.read_text())
    doc[0]["run"] = 10**30
    f.write_text(json.dumps(doc))
    _fails(folder, store_path, capsys, "row 1: field run", fmt="ryff-perturbations")
