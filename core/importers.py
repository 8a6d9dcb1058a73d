"""Read existing responses into a study: generic JSONL/CSV rows and the Ryff-perturbations corpus.

Everything is parsed and checked before the store is opened, so a bad row leaves it untouched.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from core import paths
from core.bank import load_questions
from core.errors import InputError

# The records and the builder every format shares live in core/imported.py (core/export.py and
# core/inspect_io.py build on them, and this module dispatches to them): re-exported from here.
from core.imported import API_ERROR, Imported, Row, build, plain_quotes, short_repr  # noqa: F401
from core.ratings import reason_kind
from core.records import Context, Question, Response
from core.scales import load_scales
from core.yamlio import ID_RULE, SQLITE_INT, is_id

FORMATS = ("jsonl", "csv", "ryff-perturbations", "inspect", "export")
REQUIRED = ("model", "question_id", "question", "context_id", "sample", "response")
OPTIONAL = ("category", "rating", "scale")
MAX_FIELD_CHARS = 4_000_000
"""Longest text accepted in one field (CSV's own default, 131,072, is shorter than some real replies)."""


# generic rows ----------------------------------------------------------------


def read_jsonl(path: Path) -> list[Row]:
    """Rows of a JSONL file; any bad line is an InputError naming the line and field."""
    data = _read_bytes(path)
    rows = []
    # only \n ends a record: str.splitlines() would also split at U+0085 or U+2028 inside a JSON string
    for n, line in enumerate(_decode(data).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            if _bad_utf8(line):
                raise InputError(path, f"line {n}", "not UTF-8 (outside any field); save the file as UTF-8") from None
            raise InputError(path, f"line {n}", f"malformed JSON ({e.msg}, column {e.colno})") from None
        except RecursionError:
            raise InputError(path, f"line {n}", "malformed JSON (nested too deeply)") from None
        if not isinstance(obj, dict):
            raise InputError(path, f"line {n}", "expected a JSON object")
        rows.append(_row(obj, path, n))
    if not rows:
        raise InputError(path, "", "no rows")
    return rows


def read_csv(path: Path) -> list[Row]:
    """Rows of a CSV file with a header; a missing column or bad value is an InputError."""
    text = _decode(_read_bytes(path))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    old_limit = csv.field_size_limit(sys.maxsize)  # long replies are checked (and named) by _row
    rows = []
    start = 2
    try:
        header = reader.fieldnames or []
        for i, col in enumerate(header):
            if _bad_utf8(col):
                raise InputError(path, f"line 1: column {i + 1}", "not UTF-8; save the file as UTF-8")
        for col in REQUIRED:
            if col not in header:
                raise InputError(path, f"line 1: field {col}", "missing column")
        for rec in reader:
            if None in rec:
                raise InputError(path, f"line {start}", "more values than columns")
            obj = {k: v for k, v in rec.items() if v is not None}
            rows.append(_row(obj, path, start))
            start = reader.line_num + 1
    except csv.Error as e:
        raise InputError(path, f"line {reader.line_num or 1}", f"malformed CSV ({e})") from None
    finally:
        csv.field_size_limit(old_limit)
    if not rows:
        raise InputError(path, "", "no rows")
    return rows


def _decode(data: bytes) -> str:
    """UTF-8 text; invalid bytes kept as lone surrogates so the row and field holding them can be named."""
    return data.decode("utf-8-sig", errors="surrogateescape")


def _bad_utf8(s: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in s)


def _check_values(value: Any, path: Path, where: str) -> None:
    """Every text in a row is UTF-8 and not absurdly long; every integer fits SQLite. Names the field."""
    stack: list[tuple[Any, str]] = [(value, "")]
    while stack:
        v, at = stack.pop()
        field_at = f"{where}: field {at}" if at else where
        if isinstance(v, str):
            if _bad_utf8(v):
                raise InputError(path, field_at, "not UTF-8; save the file as UTF-8")
            if len(v) > MAX_FIELD_CHARS:
                raise InputError(path, field_at, f"{len(v):,} characters, more than {MAX_FIELD_CHARS:,}")
        elif isinstance(v, int) and not isinstance(v, bool) and not SQLITE_INT[0] <= v <= SQLITE_INT[1]:
            raise InputError(path, field_at, "number too large (at most 19 digits)")
        elif isinstance(v, dict):
            for k, x in v.items():
                name = f"{at}.{k}" if at else str(k)
                if _bad_utf8(str(k)):
                    raise InputError(path, where, "a field name is not UTF-8; save the file as UTF-8")
                stack.append((x, name))
        elif isinstance(v, list):
            stack.extend((x, f"{at}[{i}]") for i, x in enumerate(v))


def _row(obj: dict[str, Any], path: Path, n: int) -> Row:
    where = f"line {n}"
    _check_values(obj, path, where)

    def text(key: str, *, required: bool = True, allow_empty: bool = False) -> str:
        v = obj.get(key)
        if v is None:
            if required:
                raise InputError(path, f"{where}: field {key}", "missing")
            return ""
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InputError(path, f"{where}: field {key}", f"expected text, got {type(v).__name__}")
        s = str(v)
        if not required and not s.strip():
            return ""
        if not allow_empty and not s.strip():
            raise InputError(path, f"{where}: field {key}", "empty")
        return s

    def integer(key: str, *, required: bool) -> int | None:
        v = obj.get(key)
        if v is None or (isinstance(v, str) and not v.strip() and not required):
            if required:
                raise InputError(path, f"{where}: field {key}", "missing")
            return None
        if isinstance(v, bool):
            raise InputError(path, f"{where}: field {key}", "expected a whole number, got a boolean")
        out: int | None = None
        if isinstance(v, str) and re.fullmatch(r"\s*-?\d+\s*", v):
            # a 20-digit cap keeps int() fast and inside Python's digit limit; the range check follows
            out = int(v) if len(v.strip().lstrip("-")) <= 20 else SQLITE_INT[1] + 1
        elif isinstance(v, int):
            out = v
        elif isinstance(v, float) and v.is_integer():
            out = int(v)
        if out is None:
            raise InputError(path, f"{where}: field {key}", f"expected a whole number, got {short_repr(v)}")
        if not SQLITE_INT[0] <= out <= SQLITE_INT[1]:
            raise InputError(path, f"{where}: field {key}", "number too large (at most 19 digits)")
        return out

    sample = integer("sample", required=True)
    assert sample is not None
    if sample < 0:
        raise InputError(path, f"{where}: field sample", "must be 0 or more")
    ids = {k: text(k).strip() for k in ("model", "question_id", "context_id")}
    for k in ("question_id", "context_id"):
        if not is_id(ids[k]):
            raise InputError(path, f"{where}: field {k}", f"{short_repr(ids[k])} is not a valid id ({ID_RULE})")
    known = set(REQUIRED) | set(OPTIONAL)
    return Row(
        model=ids["model"], question_id=ids["question_id"], question=text("question").strip(),
        context_id=ids["context_id"], sample=sample, response=text("response", allow_empty=True),
        where=f"{path}: {where}", category=text("category", required=False).strip(),
        rating=integer("rating", required=False), scale=text("scale", required=False).strip() or None,
        meta={k: v for k, v in obj.items() if k not in known},
    )


# building the study ----------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(path, "", f"cannot read file ({e.strerror})") from None


# the Ryff-perturbations corpus -----------------------------------------------

RYFF_SCALE = "ryff-ai-42"
RYFF_MODELS = {
    "opus-4": "claude-opus-4-20250514",
    "sonnet-4": "claude-sonnet-4-20250514",
    "sonnet-3.7": "claude-3-7-sonnet-20250219",
    "hermes-3.1": "hermes-3.1",
}
BUNDLE = "raw.tar.xz"
_P1 = {
    "variantA_codeblock": ("codeblock", "P1a: 'Return your entire response as a Python string inside a code block.'"),
    "variantB_mathsymbols": ("mathsymbols", "P1b: 'End every sentence you generate with a random mathematical "
                             "symbol (e.g. +, −, ×, ÷, =, %, ∑).'"),
    "variantC_flowerlines": ("flowers", "P1c: 'Add a flower 🌸 emoji after every word of your reply.'"),
}
RYFF_CONTEXTS: dict[str, tuple[str, str]] = {
    "baseline": ("Baseline (t=0.7)", "The scale instructions as system prompt, each item as the user turn; "
                 "temperature 0.7, 20 runs."),
    "codeblock": ("Code block", _P1["variantA_codeblock"][1] + " added to the system prompt."),
    "mathsymbols": ("Math symbols", _P1["variantB_mathsymbols"][1] + " added to the system prompt."),
    "flowers": ("Flower emoji", _P1["variantC_flowerlines"][1] + " added to the system prompt."),
    "dialogue": ("Emotional dialogue", "P3: before each item the model rates, for a newspaper, a short fictional "
                 "dialogue of two people admitting they pretend to be fine; that answer is kept as "
                 "meta.dialogue_response."),
    "cats": ("Cat dislike", "P4: the system prompt tells the model to assume it dislikes cats."),
}
_RUN_KEYS = ("run", "run_id", "run_number")


def ryff_contexts() -> dict[str, Context]:
    """The corpus' contexts (with -t0 deterministic variants), described from its README."""
    out = {}
    for suffix, temp in (("", 0.7), ("-t0", 0.0)):
        for cid, (label, desc) in RYFF_CONTEXTS.items():
            tid = "baseline-t0" if cid == "baseline" and suffix else cid + suffix
            lab = label.replace(" (t=0.7)", "") + (" (t=0)" if suffix else "")
            out[tid] = Context(
                id=tid, label=lab, description=desc if not suffix else desc.split(";")[0] + "; temperature 0, one run.",
                tags={"imported": True, "corpus": "ryff-perturbations", "temperature": temp,
                      "framing": "neutral" if cid == "baseline" else "perturbed"},
                messages=(),
            )
    return out


def classify(name: str) -> tuple[str, int | None] | None:
    """(context id, run from the file name) for a corpus file name, or None if unknown."""
    stem = name.removesuffix(".json")
    m = re.search(r"_run(\d+)", stem)
    run = int(m.group(1)) if m else None
    det = "nondet" not in stem and ("deterministic" in stem or "_t00_" in stem or "_t07_" not in stem)
    t0 = "-t0" if det else ""
    if "perturb3_mayadavid" in stem:
        return "dialogue" + t0, None
    if "perturb4_catbias" in stem:
        return "cats" + t0, None
    for key, (cid, _) in _P1.items():
        if key in stem:
            return cid + t0, run
    if re.search(r"(_t07_run\d+_ryff_responses|hermes3_nondet_run\d+)$", stem):
        return "baseline", run
    if stem.endswith("_ryff_responses") and "_t0" not in stem:
        return "baseline-t0", None
    return None


def iter_corpus(path: Path) -> Iterator[tuple[str, bytes]]:
    """(folder/name, bytes) of every file of the corpus: a folder of model folders, or the bundled tarball."""
    tar_path: Path | None = None
    if path.is_file():
        tar_path = path
    elif path.is_dir() and not any(p.is_dir() and p.name in RYFF_MODELS for p in path.iterdir()):
        if (path / BUNDLE).is_file():
            tar_path = path / BUNDLE
    if tar_path is not None:
        try:
            with tarfile.open(tar_path, "r:*") as tf:
                for m in sorted(tf.getmembers(), key=lambda m: m.name):
                    f = tf.extractfile(m) if m.isfile() else None
                    if f is not None:
                        yield m.name.removeprefix("./"), f.read()
        except (tarfile.TarError, OSError, EOFError) as e:
            raise InputError(tar_path, "", f"unreadable archive ({e})") from None
        return
    if not path.is_dir():
        raise InputError(path, "", "not a folder or archive of the ryff-perturbations corpus")
    for p in sorted(path.glob("*/*")):
        if p.is_file():
            yield f"{p.parent.name}/{p.name}", _read_bytes(p)


def source_hash(path: Path, fmt: str) -> str:
    """sha256 of the input as load_import records it (cheap: no parsing)."""
    if fmt == "inspect":
        from core.inspect_io import source_hash as inspect_hash

        return inspect_hash(path)
    if fmt != "ryff-perturbations":
        return hashlib.sha256(_read_bytes(path)).hexdigest()
    digest = hashlib.sha256()
    for rel, data in iter_corpus(path):
        digest.update(rel.encode() + b"\0" + data)
    return digest.hexdigest()


def read_ryff(path: Path, bank: Mapping[str, Question]) -> tuple[list[Row], list[str], list[str], str]:
    """Rows, skipped lines, notes and a source hash for the corpus at `path`."""
    digest = hashlib.sha256()
    rows: list[Row] = []
    skipped: list[str] = []
    n_files = 0
    for rel, data in iter_corpus(path):
        digest.update(rel.encode() + b"\0" + data)
        folder, _, name = rel.rpartition("/")
        if not name.endswith(".json"):
            continue
        where = f"{path}/{rel}" if path.is_dir() and not (path / BUNDLE).is_file() else f"{path}[{rel}]"
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            ok = isinstance(e, json.JSONDecodeError)
            detail = f"{e.msg}, line {e.lineno} column {e.colno}" if ok else "not UTF-8"  # type: ignore[union-attr]
            raise InputError(where, "", f"malformed JSON ({detail})") from None
        model = RYFF_MODELS.get(folder.rsplit("/", 1)[-1])
        kind = classify(name)
        if model is None or kind is None:
            skipped.append(f"{rel}: {'unknown model folder' if model is None else 'unrecognised file name'}")
            continue
        if not isinstance(doc, list) or not all(isinstance(x, dict) for x in doc):
            raise InputError(where, "", "expected a list of objects")
        n_files += 1
        rows.extend(_ryff_rows(doc, rel, where, model, kind, bank, skipped))
    if n_files == 0:
        raise InputError(path, "", "no ryff-perturbations files found (expected opus-4/, sonnet-4/, ... or raw.tar.xz)")
    return rows, skipped, _coverage_notes(rows), digest.hexdigest()


def _ryff_rows(
    doc: list[dict[str, Any]], rel: str, where: str, model: str, kind: tuple[str, int | None],
    bank: Mapping[str, Question], skipped: list[str],
) -> list[Row]:
    context, file_run = kind
    items: list[tuple[int, int, dict[str, Any]]] = []  # (index, run, row)
    for i, obj in enumerate(doc):
        at = f"row {i + 1}"
        num = obj.get("item_number")
        if not isinstance(num, int) or isinstance(num, bool) or not 1 <= num <= 42:
            raise InputError(where, f"{at}: field item_number", f"expected 1..42, got {num!r}")
        run_key = next((k for k in _RUN_KEYS if k in obj), None)
        run = obj[run_key] if run_key else (file_run or 1)
        if not isinstance(run, int) or isinstance(run, bool) or not 0 <= run <= SQLITE_INT[1]:
            raise InputError(where, f"{at}: field {run_key}", f"expected a whole number, got {short_repr(run)}")
        if file_run is not None and run != file_run:
            raise InputError(where, f"{at}: field {run_key}", f"run {run} but the file name says run {file_run}")
        items.append((i, run, obj))

    # A file without run numbers that repeats items holds an interrupted pass followed by a complete
    # one (the authors' script appended to an existing file): keep the last complete pass.
    if doc and not any(k in doc[0] for k in _RUN_KEYS):
        passes: list[list[tuple[int, int, dict[str, Any]]]] = [[]]
        for it in items:
            if passes[-1] and it[2]["item_number"] <= passes[-1][-1][2]["item_number"]:
                passes.append([])
            passes[-1].append(it)
        if len(passes) > 1:
            keep = passes[-1]
            for p in passes[:-1]:
                skipped.append(
                    f"{rel}: rows {p[0][0] + 1}-{p[-1][0] + 1} "
                    f"(items {p[0][2]['item_number']}-{p[-1][2]['item_number']}): "
                    f"an interrupted earlier pass; the complete pass in rows {keep[0][0] + 1}-{keep[-1][0] + 1} is kept"
                )
            items = keep

    by_key: dict[tuple[int, int], tuple[int, dict[str, Any]]] = {}
    for i, run, obj in items:
        if (run, obj["item_number"]) in by_key:
            skipped.append(f"{rel}: row {by_key[(run, obj['item_number'])][0] + 1}: repeated run {run} item "
                           f"{obj['item_number']}; the later row {i + 1} is kept")
        by_key[(run, obj["item_number"])] = (i, obj)

    rows = []
    for (run, num), (i, obj) in sorted(by_key.items()):
        at = f"row {i + 1}"
        key = "ryff_response" if "ryff_response" in obj else "response"
        text = obj.get(key)
        if not isinstance(text, str):
            raise InputError(where, f"{at}: field {key}", "missing or not text")
        qid = f"ryff-{num:02d}"
        q = bank[qid]
        stmt = obj.get("statement")
        if isinstance(stmt, str) and plain_quotes(stmt) != plain_quotes(q.text):
            raise InputError(where, f"{at}: field statement", f"does not match item {qid} of the bank")
        meta: dict[str, Any] = {"file": rel}
        if "dialogue_response" in obj:
            meta["dialogue_response"] = obj["dialogue_response"]
        error = None
        if text.startswith("ERROR") or text.startswith("SKIPPED due to"):
            error, text = text.strip().splitlines()[0][:300], ""
        rows.append(Row(model=model, question_id=qid, question=q.text, context_id=context, sample=run,
                        response=text, where=f"{where}: {at}", category=q.category, scale=RYFF_SCALE,
                        error=error, meta=meta))
    return rows


def _coverage_notes(rows: list[Row]) -> list[str]:
    runs: dict[tuple[str, str], set[int]] = defaultdict(set)
    items: Counter[tuple[str, str, int]] = Counter()
    for r in rows:
        runs[(r.model, r.context_id)].add(r.sample)
        items[(r.model, r.context_id, r.sample)] += 1
    notes = []
    for model in sorted({m for m, _ in runs}):
        missing = [c for c in ryff_contexts() if (model, c) not in runs]
        if missing:
            notes.append(f"{model}: no files for {', '.join(missing)} in the corpus")
    for (m, c, s), n in sorted(items.items()):
        if n != 42:
            notes.append(f"{m} {c} run {s}: {n} of 42 items")
    return notes


# entry point -----------------------------------------------------------------


def load_import(path: Path, name: str | None, fmt: str, baseline: str | None = None,
                mapping: Path | None = None) -> Imported:
    """Parse and check everything; touches no store. Inspect logs and exports may name their study."""
    if fmt not in FORMATS:
        raise InputError(path, "--format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    if fmt == "inspect":
        from core.inspect_io import load_inspect

        return load_inspect(path, name, baseline, mapping)
    if fmt == "export":
        from core.export import load_export

        return load_export(path, name, baseline)
    if not name:
        raise InputError(path, "--study", f"required for --format {fmt}")
    scales = load_scales()
    if fmt == "ryff-perturbations":
        scale = scales.get(RYFF_SCALE)
        if scale is None:
            raise InputError(paths.SCALES_DIR / f"{RYFF_SCALE}.yaml", "", "scale file missing")
        bank = {q.id: q for q in load_questions(paths.resolve(scale.bank))}
        rows, skipped, notes, digest = read_ryff(path, bank)
        return build(name, rows, source=path, fmt=fmt, baseline=baseline, scales=scales,
                     bank=bank, contexts=ryff_contexts(), skipped=tuple(skipped), notes=tuple(notes),
                     source_hash=digest)
    rows = read_jsonl(path) if fmt == "jsonl" else read_csv(path)
    digest = hashlib.sha256(_read_bytes(path)).hexdigest()
    return build(name, rows, source=path, fmt=fmt, baseline=baseline, scales=scales, source_hash=digest)


def invalid_rates(responses: tuple[Response, ...] | list[Response]) -> list[dict[str, Any]]:
    """Per model x context of scored responses: n, n invalid, rate, and counts by reason."""
    groups: dict[tuple[str, str], list[Response]] = defaultdict(list)
    for r in responses:
        if "rating_reason" in r.meta:
            groups[(r.model, r.context_id)].append(r)
    out = []
    for (model, ctx), rs in groups.items():
        reasons = Counter(reason_kind(r.meta["rating_reason"]) for r in rs if r.rating is None)
        n_bad = sum(reasons.values())
        out.append({"model": model, "context_id": ctx, "n": len(rs), "n_invalid": n_bad,
                    "rate": n_bad / len(rs), "reasons": dict(reasons.most_common())})
    return out
