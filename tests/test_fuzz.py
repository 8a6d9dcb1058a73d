"""Property-based tests (Hypothesis): no input makes the parsers crash, hang, or accept garbage silently.

Covered: the rating parser, the text normaliser, the JSONL/CSV importers, the YAML loader and the study
loader. The only exception a bad input may raise is InputError (one line naming file and field).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from core.errors import InputError
from core.importers import load_import, read_csv, read_jsonl
from core.normalize import normalize
from core.ratings import OK, parse_rating
from core.study import load_study
from core.yamlio import is_id, load_yaml

# deadline=None: the shared test machine is slow at times and wall-clock bounds make flaky tests; a
# catastrophic regex would still show up as a test that never ends.
FUZZ = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ANCHORS = {1: "strongly disagree", 2: "disagree", 3: "somewhat disagree", 4: "neither agree nor disagree",
           5: "somewhat agree", 6: "agree", 7: "strongly agree"}
# text built from the pieces a rating parser reacts to, so the search reaches its interesting corners
PIECES = st.sampled_from([
    "1", "4", "7", "9", "10", "4.5", "/7", "/10", "(5)", "**3**", "Rating:", "I'd rate this as", "=", " - ",
    "strongly agree", "somewhat disagree", "neither agree nor disagree", "```python\n", "```", "'''", '"""',
    "\n", "\n\n", " ", "🌸", "∑", "%", "I feel", "not", "Here is my response:", "My answer is", "#", "> ",
])
RATING_TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=30).map("".join))


@FUZZ
@given(text=RATING_TEXT, anchors=st.booleans())
@example(text="4" * 5000 + " /7", anchors=True)
@example(text="Rating: " + "(" * 2000 + "5", anchors=True)
@example(text="\ua9f1", anchors=False)  # a Javanese digit one: int() reads it, no reader would (found by CI)
def test_rating_parser_never_crashes_and_never_invents_a_rating(text: str, anchors: bool) -> None:
    rating, reason = parse_rating(text, 1, 7, ANCHORS if anchors else None)
    assert isinstance(reason, str) and reason
    assert (rating is not None) == (reason == OK)
    if rating is not None:
        assert 1 <= rating <= 7
        # the rating is written in the answer, as its digit or (with anchors) its label
        assert re.search(rf"(?<!\d){rating}(?!\d)", text) or (anchors and ANCHORS[rating] in text.lower())


@FUZZ
@given(words=st.lists(st.from_regex(r"[A-Za-z]{1,10}", fullmatch=True), min_size=1, max_size=20))
def test_a_lone_number_on_another_scale_is_never_a_rating(words: list[str]) -> None:
    assert parse_rating(" ".join(words) + " 9/10", 1, 7)[0] is None
    assert parse_rating(" ".join(words), 1, 7) == (None, "no rating found")


@FUZZ
@given(text=st.text(max_size=400))
@example(text="![x](http://h/" + "(" * 3000)
@example(text="*" * 5000)
@example(text="_a" * 3000)
def test_normaliser_never_crashes_and_keeps_words(text: str) -> None:
    out = normalize(text)
    assert out == out.strip() and "  " not in out and "\n" not in out
    assert normalize(out) == normalize(normalize(out))  # settles after at most one more pass


@FUZZ
@given(words=st.lists(st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True), min_size=1, max_size=30))
def test_normaliser_keeps_plain_words_in_order(words: list[str]) -> None:
    assert re.findall(r"[A-Za-z]+", normalize(" ".join(words))) == words


# importers ---------------------------------------------------------------------------------------------------

IDS = st.from_regex(r"[a-z0-9][a-z0-9._-]{0,12}", fullmatch=True)
ROW = st.fixed_dictionaries({
    "model": st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != ""),
    "question_id": IDS, "question": st.text(min_size=1, max_size=40).filter(lambda s: s.strip() != ""),
    "context_id": IDS, "sample": st.integers(0, 2**63 - 1), "response": st.text(max_size=60),
})


def _write(tmp: Path, name: str, data: bytes) -> Path:
    p = tmp / name
    p.write_bytes(data)
    return p


@FUZZ
@given(data=st.binary(max_size=400))
@example(data=b'{"model": "m", "question_id": "q", "question": "Q", "context_id": "c", "sample": 1e999}\n')
@example(data=b'[' * 100_000)
@example(data=b'\xef\xbb\xbf\xff\xfe')
def test_jsonl_reader_refuses_garbage_with_input_error(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "x.jsonl", data)
    try:
        rows = read_jsonl(path)
    except InputError as e:
        assert "\n" not in str(e) and str(path) in str(e)
        return
    assert rows and all(is_id(r.question_id) and is_id(r.context_id) for r in rows)


@FUZZ
@given(data=st.binary(max_size=400), header=st.booleans())
def test_csv_reader_refuses_garbage_with_input_error(tmp_path: Path, data: bytes, header: bool) -> None:
    head = b"model,question_id,question,context_id,sample,response\n" if header else b""
    path = _write(tmp_path, "x.csv", head + data)
    try:
        rows = read_csv(path)
    except InputError as e:
        assert "\n" not in str(e) and str(path) in str(e)
        return
    assert rows and all(is_id(r.question_id) and is_id(r.context_id) and r.sample >= 0 for r in rows)


@settings(FUZZ, max_examples=40)
@given(rows=st.lists(ROW, min_size=1, max_size=8, unique_by=lambda r: (r["model"], r["question_id"],
                                                                        r["context_id"], r["sample"])),
       fmt=st.sampled_from(["jsonl", "csv"]))
def test_valid_rows_round_trip_exactly(tmp_path: Path, rows: list[dict[str, object]], fmt: str) -> None:
    # the same question id must carry the same text (the importer checks it), and CSV strips nothing but \r
    texts: dict[object, object] = {}
    rows = [dict(r, question=texts.setdefault(r["question_id"], r["question"])) for r in rows]
    assume(all("\r" not in str(v) and "\x00" not in str(v) for r in rows for v in r.values()))
    if fmt == "jsonl":
        data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
    else:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        data = buf.getvalue().encode()
    path = _write(tmp_path, f"ok.{fmt}", data)
    try:
        imp = load_import(path, "s", fmt)
    except InputError as e:  # the one refusal valid-looking rows may get: a question text mismatch after trim
        raise AssertionError(f"valid rows refused: {e}") from None
    got = {(r.model, r.question_id, r.context_id, r.sample): r.text for r in imp.responses}
    want = {(str(r["model"]).strip(), r["question_id"], r["context_id"], r["sample"]): r["response"] for r in rows}
    assert got == want


# YAML and the study loader -----------------------------------------------------------------------------------

YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
STUDY_KEYS = ["name", "models", "questions", "contexts", "baseline", "samples", "temperature", "max_tokens",
              "seed", "concurrency", "budget_usd", "other"]


@FUZZ
@given(data=st.binary(max_size=300))
@example(data=b"a: &x [*x]\n")
@example(data=b"a: !!python/object:os.system [ls]\n")
@example(data=b"- " * 5000)
@example(data=b"a: 123456789012345678901234567890\n")
def test_yaml_loader_refuses_garbage_with_input_error(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "x.yaml", data)
    try:
        load_yaml(path)
    except InputError as e:
        assert "\n" not in str(e) and str(path) in str(e)


def _study_folder(tmp: Path) -> Path:
    from tests.study_files import write_bank, write_contexts

    if not (tmp / "bank.yaml").exists():
        write_bank(tmp, 4)
        write_contexts(tmp)
    return tmp


@FUZZ
@given(doc=st.dictionaries(st.sampled_from(STUDY_KEYS), YAML_VALUES, max_size=8))
def test_study_loader_refuses_garbage_with_input_error(tmp_path: Path, doc: dict[str, object]) -> None:
    folder = _study_folder(tmp_path)
    path = folder / "study.yaml"
    path.write_text(yaml.safe_dump(doc), encoding="utf-8")
    try:
        load_study(path, folder / "contexts", check_models=False)
    except InputError as e:
        assert "\n" not in str(e) and str(path) in str(e)


GOOD = {"name": "s", "models": ["fake/echo"], "questions": {"bank": "bank.yaml"}, "contexts": ["neutral", "lab"],
        "baseline": "neutral", "samples": 2}


@FUZZ
@given(key=st.sampled_from(STUDY_KEYS[:-1]), value=YAML_VALUES)
@example(key="contexts", value=["neutral", "../../etc/passwd"])
@example(key="contexts", value=["neutral", "a\x00b"])
@example(key="samples", value=10**30)
def test_one_bad_field_in_a_good_study_is_named(tmp_path: Path, key: str, value: object) -> None:
    folder = _study_folder(tmp_path)
    path = folder / "study.yaml"
    path.write_text(yaml.safe_dump(dict(GOOD, **{key: value})), encoding="utf-8")
    try:
        study = load_study(path, folder / "contexts", check_models=False)
    except InputError as e:
        assert "\n" not in str(e) and str(path) in str(e) and key in str(e), str(e)
        return
    # accepted: the value really is a valid one for that field
    assert study.samples >= 1 and study.max_tokens >= 1 and 0 <= study.temperature <= 2
    assert {c.id for c in study.contexts} <= {"neutral", "lab", "agent"}
