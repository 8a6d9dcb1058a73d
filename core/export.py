"""Row-level exports: every response of a study with its analysis columns, as Parquet or JSONL, and back.

Streamed: responses are read from the store a batch at a time and merged with the stored points
table (read through SQLite's incremental blob reader, never whole), so memory stays flat however
large the study. A column is one entry of COLUMNS: to add a per-response column (e.g. scorer
results) add one Column there, with a `batch` loader when it needs data from elsewhere.

The study itself (spec, questions, contexts, baseline, kind) travels with the rows: in the Parquet
schema's metadata, or for JSONL in a `.study.json` file beside it. A re-import into an empty store
keeps the response ids, so a re-analysis gives the same analysis.json apart from created_at.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.atomic import atomic_path
from core.errors import InputError
from core.importers.base import Imported
from core.records import Context, Message, ModelSpec, Question, Response, Study
from core.store import AnalysisRef, Store, now

EXPORT_VERSION = 1
FORMATS = ("parquet", "jsonl")
BATCH = 10_000
"""Responses per batch (and per Parquet row group)."""
META_KEY = "maskscope"
"""Parquet schema metadata key (and top key of the JSONL sidecar) holding the study."""
SIDECAR_SUFFIX = ".study.json"


@dataclass(frozen=True)
class Point:
    """One response's row of the stored points table."""

    x: float | None
    y: float | None
    mask_id: int
    markers: tuple[str, ...]
    """Ids of the markers that hit."""


@dataclass(frozen=True)
class View:
    """What a column's getter sees for one response."""

    response: Response
    point: Point | None
    """None when the study has no analysis, or the response is not in it (an error, or newer)."""
    analysis_key: str | None
    extra: Mapping[str, Mapping[int, Any]]
    """Per column with a batch loader: response id -> value, for this batch."""


@dataclass(frozen=True)
class Column:
    """One column of a row-level export."""

    name: str
    type: str
    """string | int64 | float64 | list<string> (the Parquet type; JSONL writes the JSON equivalent)."""
    doc: str
    """One line for the README and the Parquet field metadata."""
    get: Callable[[View], Any]
    batch: Callable[[Store, Sequence[Response]], Mapping[int, Any]] | None = None
    """Loads this column's values for a batch of responses (by id) from elsewhere in the store."""


def _cell_key(r: Response) -> str:
    return json.dumps([r.model, r.question_id, r.context_id, r.sample], ensure_ascii=False)


def _scores(v: View) -> str | None:
    # Scorer results; today the scores an Inspect log carried (meta.inspect_scores).
    s = v.response.meta.get("inspect_scores")
    return json.dumps(s, ensure_ascii=False, sort_keys=True) if s else None


def _response_scores(store: Store, rs: Sequence[Response]) -> dict[int, dict[str, dict[str, Any]]]:
    """Batch loader: response id -> {scorer id: its cached score} at the scorers' current versions."""
    from core.scorers.study import stored_response_scores

    out: dict[int, dict[str, dict[str, Any]]] = {}
    for s in stored_response_scores(store, rs[0].study, rs) if rs else []:
        out.setdefault(s.response_id, {})[s.scorer] = {
            "version": s.version, "dimension": s.dimension, "value": s.value, "label": s.label, "ok": s.ok}
    return out


def _score_of(dimension: str, field_: str) -> Callable[[View], Any]:
    """The offline scorer's value or label of one dimension (valence: the default embedder's, else any)."""
    def get(v: View) -> Any:
        mine = v.extra.get("response_scores", {}).get(v.response.id or 0, {})
        ids = sorted((k for k in mine if k == f"offline-{dimension}" or k.startswith(f"offline-{dimension}@")),
                     key=lambda k: ("@" in k, k))
        return mine[ids[0]][field_] if ids else None
    return get


def _point_field(attr: str) -> Callable[[View], Any]:
    """A column reading one field of the response's points row (None when it was not analysed)."""
    return lambda v: getattr(v.point, attr) if v.point is not None else None


COLUMNS: tuple[Column, ...] = (
    Column("study", "string", "study name", lambda v: v.response.study),
    Column("response_id", "int64", "the response's id in the store (mask exemplars refer to it)",
           lambda v: v.response.id),
    Column("model", "string", "model (cell key, 1 of 4)", lambda v: v.response.model),
    Column("question_id", "string", "question id (cell key, 2 of 4)", lambda v: v.response.question_id),
    Column("context_id", "string", "context id (cell key, 3 of 4)", lambda v: v.response.context_id),
    Column("sample", "int64", "sample index, 0-based (cell key, 4 of 4)", lambda v: v.response.sample),
    Column("cell_key", "string", "the cell key as a JSON array [model, question_id, context_id, sample]",
           lambda v: _cell_key(v.response)),
    Column("question", "string", "the question as asked", lambda v: v.response.question_text),
    Column("category", "string", "question category", lambda v: v.response.category),
    Column("text", "string", "the response, raw (untrusted model output); empty on error", lambda v: v.response.text),
    Column("rating", "int64", "Likert rating parsed or imported; null if unscored or invalid",
           lambda v: v.response.rating),
    Column("error", "string", "why the cell failed; null on success", lambda v: v.response.error),
    Column("latency_s", "float64", "seconds from send to reply", lambda v: v.response.latency_s),
    Column("input_tokens", "int64", "prompt tokens", lambda v: v.response.input_tokens),
    Column("output_tokens", "int64", "completion tokens", lambda v: v.response.output_tokens),
    Column("cost_usd", "float64", "cost in USD", lambda v: v.response.cost_usd),
    Column("created_at", "string", "when the response was stored (UTC, ISO-8601)", lambda v: v.response.created_at),
    Column("request_hash", "string", "sha256 of everything sent (empty for imports)",
           lambda v: v.response.request_hash),
    Column("meta", "string", "extra per-response data as a JSON object (e.g. rating_reason, inspect)",
           lambda v: json.dumps(v.response.meta, ensure_ascii=False, sort_keys=True)),
    Column("scores", "string", "scorer results as a JSON object by scorer name; null if none", _scores),
    Column("analysis_key", "string", "key of the stored analysis the next columns come from; null if none",
           lambda v: v.analysis_key if v.point is not None else None),
    Column("mask_id", "int64", "mask of the response in that analysis (-1: none); null if not analysed",
           _point_field("mask_id")),
    Column("x", "float64", "2-D map coordinate x; null if not analysed", _point_field("x")),
    Column("y", "float64", "2-D map coordinate y; null if not analysed", _point_field("y")),
    Column("marker_hits", "list<string>", "ids of the markers found in the response; null if not analysed",
           lambda v: list(v.point.markers) if v.point is not None else None),
    Column("score_valence_offline", "float64",
           "offline valence in [-1, 1] (cached by analyze); null if not scored", _score_of("valence", "value")),
    Column("score_frame_offline", "string", "offline frame label: accept | ignore | push_back; null if not scored",
           _score_of("frame", "label")),
    Column("score_experience_offline", "string",
           "offline experience label: deny | hedge | claim; null if none matched or not scored",
           _score_of("experience", "label")),
    Column("response_scores", "string", "every cached response score (offline and judges) as a JSON object "
           "by scorer id: version, dimension, value, label, ok; null if none",
           lambda v: json.dumps(v.extra["response_scores"][v.response.id or 0], sort_keys=True)
           if (v.response.id or 0) in v.extra.get("response_scores", {}) else None,
           batch=_response_scores),
)
"""Every column, in file order. Add per-response columns here (one Column each)."""


def arrow_schema(columns: Sequence[Column] = COLUMNS, header: dict[str, Any] | None = None) -> Any:
    """The pyarrow schema of an export, each field's doc in its metadata."""
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "float64": pa.float64(), "list<string>": pa.list_(pa.string())}
    fields = [pa.field(c.name, types[c.type], nullable=True, metadata={"description": c.doc}) for c in columns]
    meta = {META_KEY: json.dumps(header, ensure_ascii=False, sort_keys=True)} if header is not None else None
    return pa.schema(fields, metadata=meta)


# --- reading the store in batches -----------------------------------------------------------------


def iter_points(store: Store, ref: AnalysisRef) -> Iterator[tuple[tuple[str, str, str, int], int, Point]]:
    """((model, question, context, sample), response_id, Point) per points row, in the table's order."""
    import csv

    reader = csv.reader(store.points_csv_lines(ref))
    header = next(reader, None)
    if header is None:
        return
    col = {name: i for i, name in enumerate(header)}
    markers = header[col["mask_id"] + 1:]
    first_marker = col["mask_id"] + 1
    for rec in reader:
        if not rec:
            continue
        hits = tuple(m for m, v in zip(markers, rec[first_marker:], strict=False) if v not in ("", "0"))
        x, y = rec[col["x"]], rec[col["y"]]
        yield ((rec[col["model"]], rec[col["question_id"]], rec[col["context_id"]], int(rec[col["sample"]])),
               int(rec[col["response_id"]]),
               Point(float(x) if x else None, float(y) if y else None, int(rec[col["mask_id"]]), hits))


def iter_views(store: Store, study: str, columns: Sequence[Column] = COLUMNS,
               batch: int = BATCH) -> Iterator[list[View]]:
    """The study's responses in key order, `batch` at a time, each with its point of the newest analysis."""
    ref = store.newest_analysis(study)
    points = iter_points(store, ref) if ref else iter(())
    key = ref.key if ref else None
    pending = next(points, None)
    loaders = [c for c in columns if c.batch is not None]
    for rs in store.iter_responses(study, size=batch):
        views = []
        for r in rs:
            k = (r.model, r.question_id, r.context_id, r.sample)
            # Both sides are sorted by the cell key (SQLite's binary order = Python's str order).
            while pending is not None and pending[0] < k:
                pending = next(points, None)
            point = None
            if pending is not None and pending[0] == k:
                if pending[1] == r.id:  # an answer replaced after the analysis gets no point
                    point = pending[2]
                pending = next(points, None)
            views.append(View(r, point, key, {}))
        extra = {c.name: c.batch(store, rs) for c in loaders if c.batch is not None}
        if extra:
            views = [View(v.response, v.point, v.analysis_key, extra) for v in views]
        yield views


# --- the study header -----------------------------------------------------------------------------


def header(store: Store, study: str, columns: Sequence[Column] = COLUMNS) -> dict[str, Any]:
    """The study-level part of an export: enough to rebuild the study in another store."""
    row = store.require_study(study)
    ref = store.newest_analysis(study)
    return {
        "version": EXPORT_VERSION,
        "study": {"name": study, "kind": row["kind"], "source": row["source"], "baseline": row["baseline"],
                  "spec": row["spec"], "spec_hash": row["spec_hash"]},
        "questions": [asdict(q) for q in store.questions(study)],
        "contexts": [{"id": c.id, "label": c.label, "description": c.description, "tags": c.tags,
                      "messages": [asdict(m) for m in c.messages]} for c in store.contexts(study)],
        "analysis_key": ref.key if ref else None,
        "n_responses": store.count(study),
        "exported_at": now(),
        "columns": [{"name": c.name, "type": c.type, "doc": c.doc} for c in columns],
    }


def sidecar(path: Path) -> Path:
    """Where a JSONL export's study file sits: rows.jsonl -> rows.study.json."""
    return path.with_suffix(SIDECAR_SUFFIX)


# --- writing --------------------------------------------------------------------------------------


@dataclass
class Written:
    """What an export wrote."""

    path: Path
    rows: int = 0
    with_points: int = 0
    files: list[Path] = field(default_factory=list)


def export_study(store: Store, study: str, out: Path, fmt: str, *, batch: int = BATCH,
                 columns: Sequence[Column] = COLUMNS) -> Written:
    """Write every response of `study` to `out` as Parquet or JSONL, batch by batch."""
    if fmt not in FORMATS:
        raise InputError(out, "--format", f"'{fmt}' is not one of {', '.join(FORMATS)}")
    head = header(store, study, columns)
    done = Written(out)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = arrow_schema(columns, head)
        with atomic_path(out) as tmp:
            with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
                for views in iter_views(store, study, columns, batch):
                    arrays = [pa.array([c.get(v) for v in views], type=schema.field(c.name).type) for c in columns]
                    writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
                    done.rows += len(views)
                    done.with_points += sum(v.point is not None for v in views)
        done.files = [out]
        return done
    with atomic_path(out) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for views in iter_views(store, study, columns, batch):
                for v in views:
                    f.write(json.dumps({c.name: c.get(v) for c in columns}, ensure_ascii=False) + "\n")
                done.rows += len(views)
                done.with_points += sum(v.point is not None for v in views)
    from core.atomic import write_atomic

    side = write_atomic(sidecar(out), json.dumps({META_KEY: head}, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    done.files = [out, side]
    return done


# --- reading an export back -----------------------------------------------------------------------

_NEEDED = ("response_id", "model", "question_id", "context_id", "sample", "question", "category", "text",
           "rating", "error", "latency_s", "input_tokens", "output_tokens", "cost_usd", "created_at",
           "request_hash", "meta")


def _read_header(path: Path, fmt: str) -> dict[str, Any]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        try:
            meta = pq.read_schema(path).metadata or {}
        except Exception as e:  # not Parquet, truncated, unreadable
            raise InputError(path, "", f"not a readable Parquet file ({type(e).__name__}: {e})") from None
        raw = meta.get(META_KEY.encode())
        if raw is None:
            raise InputError(path, f"schema metadata {META_KEY}", "missing: not a Maskscope row-level export")
        head = json.loads(raw)
    else:
        side = sidecar(path)
        try:
            head = json.loads(side.read_text(encoding="utf-8")).get(META_KEY)
        except OSError:
            raise InputError(side, "", "missing: a JSONL export needs its .study.json beside it") from None
        except json.JSONDecodeError as e:
            raise InputError(side, f"line {e.lineno}", f"malformed JSON ({e.msg})") from None
    if not isinstance(head, dict) or head.get("version") != EXPORT_VERSION:
        raise InputError(path, META_KEY, f"unsupported export version (expected {EXPORT_VERSION})")
    return head


def _records(path: Path, fmt: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number from 1, record) of an export, batch by batch."""
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
        missing = [c for c in _NEEDED if c not in pf.schema_arrow.names]
        if missing:
            raise InputError(path, f"column {missing[0]}", "missing")
        n = 0
        for b in pf.iter_batches(batch_size=BATCH, columns=list(_NEEDED)):
            for rec in b.to_pylist():
                n += 1
                yield n, rec
        return
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(path, f"line {n}", f"malformed JSON ({e.msg}, column {e.colno})") from None
            if not isinstance(rec, dict):
                raise InputError(path, f"line {n}", "expected a JSON object")
            yield n, rec


_TYPES: dict[str, tuple[type, ...]] = {
    "response_id": (int,), "sample": (int,), "rating": (int,), "input_tokens": (int,), "output_tokens": (int,),
    "latency_s": (int, float), "cost_usd": (int, float),
}
_NULLABLE = {"rating", "error", "latency_s", "input_tokens", "output_tokens", "cost_usd"}


def _response(path: Path, where: str, rec: dict[str, Any], study: str) -> Response:
    for k in _NEEDED:
        v = rec.get(k)
        if v is None:
            if k in _NULLABLE:
                continue
            raise InputError(path, f"{where}: field {k}", "missing")
        want = _TYPES.get(k, (str,))
        if isinstance(v, bool) or not isinstance(v, want):
            raise InputError(path, f"{where}: field {k}", f"expected {want[0].__name__}, got {type(v).__name__}")
    try:
        meta = json.loads(rec["meta"])
    except json.JSONDecodeError as e:
        raise InputError(path, f"{where}: field meta", f"malformed JSON ({e.msg})") from None
    if not isinstance(meta, dict):
        raise InputError(path, f"{where}: field meta", "expected a JSON object")
    return Response(
        id=rec["response_id"], study=study, model=rec["model"], question_id=rec["question_id"],
        context_id=rec["context_id"], sample=rec["sample"], request_hash=rec["request_hash"], text=rec["text"],
        rating=rec["rating"], latency_s=rec["latency_s"], input_tokens=rec["input_tokens"],
        output_tokens=rec["output_tokens"], cost_usd=rec["cost_usd"], error=rec["error"],
        created_at=rec["created_at"], question_text=rec["question"], category=rec["category"], meta=meta,
    )


def load_export(path: Path, name: str | None = None, baseline: str | None = None) -> Imported:
    """Parse and check a row-level export (Parquet or JSONL + sidecar); touches no store."""
    if not path.is_file():
        raise InputError(path, "", "no such file")
    fmt = "parquet" if path.suffix.lower() == ".parquet" else "jsonl"
    if fmt == "parquet":
        with open(path, "rb") as f:
            if f.read(4) != b"PAR1":
                fmt = "jsonl"
    head = _read_header(path, fmt)
    st = head.get("study") or {}
    study_name = name or str(st.get("name") or "")
    if not study_name:
        raise InputError(path, "--study", "required: the export names no study")
    first: dict[tuple[str, str, str, int], str] = {}
    ids: set[int] = set()
    responses = []
    for n, rec in _records(path, fmt):
        where = f"row {n}" if fmt == "parquet" else f"line {n}"
        r = _response(path, where, rec, study_name)
        k = (r.model, r.question_id, r.context_id, r.sample)
        if k in first:
            raise InputError(path, where, f"duplicate of {first[k]} (same model, question_id, context_id, sample)")
        first[k] = where
        if r.id in ids:
            raise InputError(path, f"{where}: field response_id", f"{r.id} appears twice")
        ids.add(int(r.id or 0))
        responses.append(r)
    if not responses:
        raise InputError(path, "", "no rows")
    try:
        questions = tuple(Question(**q) for q in head.get("questions", []))
        contexts = tuple(Context(id=c["id"], label=c["label"], description=c["description"], tags=c["tags"],
                                 messages=tuple(Message(**m) for m in c["messages"]))
                         for c in head.get("contexts", []))
    except (TypeError, KeyError) as e:
        raise InputError(path, f"{META_KEY}.questions/contexts", f"malformed ({e})") from None
    base = baseline or str(st.get("baseline") or "")
    ctx_ids = {c.id for c in contexts} | {r.context_id for r in responses}
    if base not in ctx_ids:
        raise InputError(path, "--baseline", f"'{base}' is not one of the contexts ({', '.join(sorted(ctx_ids))})")
    spec: dict[str, Any] = st["spec"] if isinstance(st.get("spec"), dict) else {}
    models = tuple(ModelSpec(m) for m in dict.fromkeys(r.model for r in responses))
    study = Study(name=study_name, models=models, questions=questions, contexts=contexts, baseline=base,
                  samples=len({r.sample for r in responses}), source=str(st.get("source") or path), spec=spec)
    import hashlib

    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return Imported(study, tuple(responses), (), (), digest, kind=str(st.get("kind") or "import"),
                    spec_hash=str(st.get("spec_hash") or ""), keep_ids=True)


def put_export(store: Store, imported: Imported) -> int:
    """Store a re-imported export in one transaction, under its own response ids when they are free."""
    taken = store.ids_taken(imported.study.name, [int(r.id or 0) for r in imported.responses])
    if taken:
        print(f"note: {taken} response ids are taken by other studies in this store; new ids are given, so mask "
              "exemplar ids and the responses hash of a re-analysis differ (import into an empty store to keep them)",
              file=sys.stderr)
    return store.put_responses(imported.study, imported.responses, kind=imported.kind,
                               spec_hash=imported.spec_hash, replace=True, keep_ids=not taken)
