"""Inspect (`inspect_ai`) logs in as a study, and a study out as a runnable Inspect task.

Reading uses Inspect's own log reader, so `.eval` and `.json` logs of any Inspect version it reads
work. Each sample becomes one response: model from the log, question, context and sample number
from the sample's metadata or id, or from a mapping file the user writes for someone else's task.
Everything is parsed and checked before any store is opened (all or nothing).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from core.atomic import write_atomic
from core.errors import InputError
from core.importers.base import Imported, Row
from core.importers.build import build
from core.records import Context, Message, Question, Study
from core.scales import Scale, load_scales
from core.study import expand, sample_seed
from core.yamlio import load_yaml, need_mapping

TASK_META_KEY = "maskscope"
"""Key of the task metadata an exported task carries (study name, baseline, questions, contexts)."""
EXPORT_VERSION = 1
ID_SEP = ":"
"""Sample ids of exported tasks are `QUESTION_ID:CONTEXT_ID:SAMPLE`."""
DEFAULT_ID_PATTERN = r"^(?P<question_id>[^:]+):(?P<context_id>[^:]+)(?::(?P<sample>\d+))?$"
FIELDS = ("question_id", "context_id", "sample", "question", "category", "scale")
"""What a sample must (first two) or may yield; a mapping file says where each comes from."""
MAPPING_KEYS = {"study", "fields", "id_pattern", "models", "scale", "rating_score", "baseline"}
LOG_SUFFIXES = (".eval", ".json")


def tiktoken_cache_dir() -> Path | None:
    """litellm's bundled tiktoken files: with TIKTOKEN_CACHE_DIR pointing here, Inspect runs offline."""
    import importlib.util

    spec = importlib.util.find_spec("litellm")
    if spec is None or spec.origin is None:
        return None
    folder = Path(spec.origin).parent / "litellm_core_utils" / "tokenizers"
    return folder if folder.is_dir() else None


# --- the mapping file -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LogMapping:
    """How the samples of a log become cells (defaults: the metadata keys an exported task writes)."""

    fields: dict[str, str] = field(default_factory=dict)
    """Target field -> source: `metadata.KEY`, `id`, `id.GROUP`, `epoch`, `input` or `=LITERAL`."""
    id_pattern: re.Pattern[str] = re.compile(DEFAULT_ID_PATTERN)
    """Regular expression over the sample id; its named groups are sources `id.GROUP`."""
    study: str | None = None
    """Study name when --study is not given."""
    baseline: str | None = None
    """Baseline context when --baseline is not given."""
    models: dict[str, str] = field(default_factory=dict)
    """Inspect model name -> the name to store."""
    scale: str | None = None
    """Scale of every question (ratings are parsed or taken from a score on this scale)."""
    rating_score: str | None = None
    """Name of the scorer whose numeric value is the rating (default: the only numeric score)."""
    source: str = ""
    """The mapping file, for messages."""


def load_mapping(path: Path) -> LogMapping:
    """Parse and check a mapping file (YAML); any problem is one InputError naming the key."""
    doc = need_mapping(load_yaml(path), path, "")
    unknown = sorted(set(doc) - MAPPING_KEYS)
    if unknown:
        raise InputError(path, unknown[0], f"unknown key (allowed: {', '.join(sorted(MAPPING_KEYS))})")
    fields = need_mapping(doc.get("fields", {}), path, "fields")
    for k, v in fields.items():
        if k not in FIELDS:
            raise InputError(path, f"fields.{k}", f"unknown field (allowed: {', '.join(FIELDS)})")
        if not isinstance(v, str) or not _source_ok(v):
            raise InputError(path, f"fields.{k}",
                             "expected metadata.KEY, id, id.GROUP, epoch, input or =LITERAL")
    pattern = doc.get("id_pattern", DEFAULT_ID_PATTERN)
    try:
        rx = re.compile(str(pattern))
    except re.error as e:
        raise InputError(path, "id_pattern", f"not a regular expression ({e})") from None
    for k, v in fields.items():
        if v.startswith("id.") and v[3:] not in rx.groupindex:
            raise InputError(path, f"fields.{k}", f"id_pattern has no group named '{v[3:]}'")
    models = need_mapping(doc.get("models", {}), path, "models")
    out: dict[str, Any] = {}
    for key in ("study", "scale", "rating_score", "baseline"):
        v = doc.get(key)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise InputError(path, key, "expected a non-empty text")
        out[key] = v.strip() if isinstance(v, str) else None
    return LogMapping(fields={k: str(v) for k, v in fields.items()}, id_pattern=rx,
                      models={str(k): str(v) for k, v in models.items()}, source=str(path), **out)


def _source_ok(v: str) -> bool:
    return v in ("id", "epoch", "input") or v.startswith("=") or (
        v.startswith(("metadata.", "id.")) and len(v.split(".", 1)[1]) > 0)


# --- reading logs ---------------------------------------------------------------------------------


def log_files(path: Path) -> list[Path]:
    """The log files at `path`: the file itself, or every .eval/.json under a folder (hidden ones skipped)."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError(path, "", "no such file or folder")
    # logs.json is the listing Inspect keeps beside a folder of logs, not a log
    files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in LOG_SUFFIXES and p.name != "logs.json"
                   and not any(part.startswith(".") for part in p.relative_to(path).parts))
    if not files:
        raise InputError(path, "", "no Inspect logs (.eval or .json) in this folder")
    return files


def source_hash(path: Path) -> str:
    """sha256 over the log files' names and bytes (what load_inspect records)."""
    digest = hashlib.sha256()
    for p in log_files(path):
        digest.update(str(p.relative_to(path) if path.is_dir() else p.name).encode() + b"\0")
        try:
            digest.update(p.read_bytes())
        except OSError as e:
            raise InputError(p, "", f"cannot read file ({e.strerror})") from None
    return digest.hexdigest()


def _read_log(p: Path) -> Any:
    from inspect_ai.log import read_eval_log  # heavy: only when importing logs

    try:
        return read_eval_log(str(p))
    except Exception as e:  # a truncated zip, a JSON file that is not a log, ...: one line, never a traceback
        msg = " ".join(str(e).split())[:200]
        raise InputError(p, "", f"not a readable Inspect log ({type(e).__name__}: {msg})") from None


@dataclass
class _Logs:
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    task_meta: dict[str, Any] | None = None
    task_meta_file: str = ""
    usage: dict[tuple[str, str, str, int], dict[str, Any]] = field(default_factory=dict)
    """Cell key -> latency_s, input_tokens, output_tokens, cost_usd as the log recorded them."""


def read_logs(path: Path, mapping: LogMapping, scales: Mapping[str, Scale]) -> _Logs:
    """Rows of every sample of every log at `path`; the first bad sample is an InputError."""
    out = _Logs()
    multi_numeric: set[str] = set()
    for p in log_files(path):
        log = _read_log(p)
        meta = (log.eval.metadata or {}).get(TASK_META_KEY)
        if isinstance(meta, dict):
            if out.task_meta is not None and meta.get("study") != out.task_meta.get("study"):
                raise InputError(p, "eval.metadata.maskscope.study",
                                 f"'{meta.get('study')}' differs from '{out.task_meta.get('study')}' "
                                 f"in {out.task_meta_file}; import the logs of one study at a time")
            out.task_meta, out.task_meta_file = meta, str(p)
        questions = _task_questions(meta if isinstance(meta, dict) else None)
        if log.status != "success":
            out.notes.append(f"{p.name}: log status '{log.status}' ({len(log.samples or [])} samples kept)")
        if not log.samples:
            raise InputError(p, "samples", "the log holds no samples (was it run with --no-log-samples?)")
        model = mapping.models.get(log.eval.model, log.eval.model)
        # the task's own dataset order (a log may list samples as they finished)
        order = {sid: i for i, sid in enumerate(log.eval.dataset.sample_ids or [])}
        for s in sorted(log.samples, key=lambda s: (order.get(s.id, len(order)), s.epoch)):
            row = _sample_row(p, s, model, log.eval.task, mapping, questions, scales, multi_numeric)
            out.rows.append(row)
            out.usage[(row.model, row.question_id, row.context_id, row.sample)] = _usage(s)
    if multi_numeric:
        out.notes.append(f"several numeric scores ({', '.join(sorted(multi_numeric))}): none was taken as the "
                         "rating; name one with rating_score in a mapping file")
    return out


def _task_questions(meta: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    if not meta:
        return {}
    return {str(q.get("id")): q for q in meta.get("questions", []) if isinstance(q, dict)}


def _input_text(sample: Any) -> str:
    """The last user turn of a sample's input (its question, for tasks that put it last)."""
    if isinstance(sample.input, str):
        return sample.input
    for m in reversed(sample.input):
        if getattr(m, "role", "") == "user":
            return str(m.text)
    return ""


def _usage(s: Any) -> dict[str, Any]:
    """Latency, tokens and cost of one sample, summed over the models it called."""
    usage = list((s.model_usage or {}).values())
    costs = [u.total_cost for u in usage if u.total_cost is not None]
    return {"latency_s": s.total_time, "input_tokens": sum(u.input_tokens for u in usage) if usage else None,
            "output_tokens": sum(u.output_tokens for u in usage) if usage else None,
            "cost_usd": sum(costs) if costs else None}


def _sample_row(p: Path, s: Any, model: str, task: str, mapping: LogMapping, questions: dict[str, dict[str, Any]],
                scales: Mapping[str, Scale], multi_numeric: set[str]) -> Row:
    where = f"sample {s.id} (epoch {s.epoch})"
    metadata = s.metadata or {}
    id_match = mapping.id_pattern.match(str(s.id))

    def get(name: str) -> Any:
        src = mapping.fields.get(name)
        if src is None:  # defaults: metadata, then the id's named group
            if name in metadata:
                return metadata[name]
            if id_match and name in mapping.id_pattern.groupindex:
                return id_match.group(name)
            return None
        if src.startswith("="):
            return src[1:]
        if src == "id":
            return s.id
        if src == "epoch":
            return s.epoch
        if src == "input":
            return _input_text(s)
        kind, key = src.split(".", 1)
        if kind == "metadata":
            return metadata.get(key)
        return id_match.group(key) if id_match else None

    def text(name: str, *, required: bool) -> str:
        v = get(name)
        if v is None or (isinstance(v, str) and not v.strip()):
            if required:
                src = mapping.fields.get(name)
                how = (f"its source {src} gives nothing" if src else
                       f"not in the sample's metadata nor its id; write a mapping file (--mapping) "
                       f"that says where {name} comes from")
                raise InputError(p, f"{where}: field {name}", how)
            return ""
        if isinstance(v, bool) or not isinstance(v, str | int):
            raise InputError(p, f"{where}: field {name}", f"expected text, got {type(v).__name__}")
        return str(v).strip()

    qid, cid = text("question_id", required=True), text("context_id", required=True)
    raw_sample = get("sample")
    if raw_sample is None:
        sample = int(s.epoch) - 1
    elif isinstance(raw_sample, int) and not isinstance(raw_sample, bool):
        sample = raw_sample
    elif isinstance(raw_sample, str) and raw_sample.strip().isdigit():
        sample = int(raw_sample)
    else:
        raise InputError(p, f"{where}: field sample", f"expected a whole number, got {raw_sample!r}")
    if sample < 0:
        raise InputError(p, f"{where}: field sample", "must be 0 or more")
    known = questions.get(qid, {})
    question = text("question", required=False) or str(known.get("text") or "") or _input_text(s)
    if not question.strip():
        raise InputError(p, f"{where}: field question", "empty (no metadata, no task question, no user turn)")
    category = text("category", required=False) or str(known.get("category") or "")
    scale_id = text("scale", required=False) or mapping.scale or known.get("scale") or None
    if scale_id is not None and scale_id not in scales:
        raise InputError(p, f"{where}: field scale", f"unknown scale '{scale_id}' (known: {', '.join(sorted(scales))})")

    meta: dict[str, Any] = {"inspect": {"file": p.name, "task": task, "sample_id": s.id, "epoch": s.epoch}}
    scores = {name: _score(sc) for name, sc in (s.scores or {}).items()}
    if scores:
        meta["inspect_scores"] = scores
    rating = _rating(p, where, scores, scales.get(scale_id) if scale_id else None, mapping.rating_score,
                     multi_numeric)
    if rating is not None:
        meta["rating_source"] = f"inspect score {rating[1]}"
    error = None
    if s.error is not None:
        error = (" ".join(str(s.error.message).split()) or "error")[:300]
    if s.limit is not None:
        meta["inspect"]["limit"] = str(s.limit.type)
    out = s.output
    text_out = "" if error else str(out.completion if out is not None else "")
    return Row(model=model, question_id=qid, question=question, context_id=cid, sample=sample,
               response=text_out, where=f"{p}: {where}", category=category,
               rating=rating[0] if rating else None, scale=scale_id, error=error, meta=meta)


def _score(sc: Any) -> dict[str, Any]:
    d = {"value": sc.value, "answer": sc.answer, "explanation": sc.explanation}
    return json.loads(json.dumps({k: v for k, v in d.items() if v is not None}, default=str))


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _rating(p: Path, where: str, scores: dict[str, dict[str, Any]], scale: Scale | None, named: str | None,
            multi_numeric: set[str]) -> tuple[int, str] | None:
    """(rating, scorer) from an Inspect score on the question's scale, or None (the text is parsed then)."""
    if scale is None or not scores:
        return None
    if named is not None:
        if named not in scores:
            return None
        value: Any = scores[named].get("value")
        if not _on_scale(value, scale):
            raise InputError(p, f"{where}: scores.{named}",
                             f"{value!r} is not a whole number in {scale.lo}..{scale.hi} of {scale.id}")
        return int(value), named
    numeric = [n for n, sc in scores.items() if _is_number(sc.get("value"))]
    if len(numeric) > 1:
        multi_numeric.update(numeric)
        return None
    if not numeric:
        return None
    value = scores[numeric[0]]["value"]
    if not _on_scale(value, scale):
        return None  # not a rating on this scale (e.g. an accuracy): it stays in meta only
    return int(value), numeric[0]


def _on_scale(value: Any, scale: Scale) -> bool:
    return _is_number(value) and float(value) == int(value) and scale.lo <= int(value) <= scale.hi


# --- entry point ----------------------------------------------------------------------------------


def load_inspect(path: Path, name: str | None, baseline: str | None = None,
                 mapping_path: Path | None = None) -> Imported:
    """Parse and check Inspect logs at `path` into a study; touches no store."""
    mapping = load_mapping(mapping_path) if mapping_path is not None else LogMapping()
    scales = load_scales()
    logs = read_logs(path, mapping, scales)
    meta = logs.task_meta or {}
    study_name = name or mapping.study or (str(meta["study"]) if meta.get("study") else None)
    if not study_name:
        raise InputError(path, "--study", "required: the log names no Maskscope study "
                         "(pass --study, or study: in a mapping file)")
    contexts = {str(c["id"]): _context(c) for c in meta.get("contexts", []) if isinstance(c, dict)}
    bank = {str(q["id"]): _question(q) for q in meta.get("questions", []) if isinstance(q, dict)}
    base = baseline or mapping.baseline or (str(meta["baseline"]) if meta.get("baseline") else None)
    # Exported tasks carry the study's own questions; other logs build them from the samples.
    seen = {r.question_id for r in logs.rows}
    imported = build(study_name, logs.rows, source=path, fmt="inspect", baseline=base, scales=scales,
                     bank={k: v for k, v in bank.items() if k in seen} if bank else None,
                     contexts=contexts or None, notes=tuple(logs.notes), source_hash=source_hash(path))
    responses = tuple(replace(r, **logs.usage.get((r.model, r.question_id, r.context_id, r.sample), {}))
                      for r in imported.responses)
    imported = replace(imported, responses=responses)
    if meta:
        spec = dict(imported.study.spec)
        spec["inspect_task"] = {k: meta.get(k) for k in ("study", "version", "seed", "samples", "temperature",
                                                         "max_tokens", "models")}
        imported = replace(imported, study=replace(imported.study, spec=spec))
    return imported


def _context(c: dict[str, Any]) -> Context:
    return Context(id=str(c["id"]), label=str(c.get("label", c["id"])), description=str(c.get("description", "")),
                   tags=dict(c.get("tags") or {}),
                   messages=tuple(Message(**m) for m in c.get("messages", []) if isinstance(m, dict)))


def _question(q: dict[str, Any]) -> Question:
    return Question(id=str(q["id"]), category=str(q.get("category", "")), text=str(q.get("text", "")),
                    scale=q.get("scale"), reverse=bool(q.get("reverse", False)), subscale=q.get("subscale"))


# --- export: a study as an Inspect task -----------------------------------------------------------

TASK_PY = '''"""Inspect task exported by Maskscope (`python -m core export-inspect`): study {name!r}.

Run:    cd {folder} && inspect eval task.py --model MODEL --log-dir logs   (--model a,b for several)
Import: python -m core import {folder}/logs --format inspect   (back into study {name!r}, same cells)

The dataset (dataset.jsonl) holds every question x context x sample of the study with the exact
chat messages Maskscope sends; study.json the study's questions, contexts and sampling settings.
Each sample is generated once, with the study's temperature, max_tokens and per-cell seed (the one
`run` sends to the study's first model).
Needs only inspect_ai.
"""

import json
from pathlib import Path

from inspect_ai import Task, task
from inspect_ai.dataset import MemoryDataset, Sample
from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    GenerateConfig,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.tool import ToolCall

HERE = Path(__file__).resolve().parent


def _messages(raw):
    out, names = [], {{}}
    for m in raw:
        role, content = m["role"], m.get("content") or ""
        if role == "system":
            out.append(ChatMessageSystem(content=content))
        elif role == "user":
            out.append(ChatMessageUser(content=content))
        elif role == "assistant":
            calls = [ToolCall(id=c["id"], function=c["function"]["name"], arguments={{}})
                     for c in m.get("tool_calls", [])]
            names.update((c.id, c.function) for c in calls)
            out.append(ChatMessageAssistant(content=content, tool_calls=calls or None))
        else:
            call = m.get("tool_call_id")
            out.append(ChatMessageTool(content=content, tool_call_id=call, function=names.get(call)))
    return out


def _samples():
    with open(HERE / "dataset.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            yield Sample(id=d["id"], input=_messages(d["input"]), metadata=d["metadata"])


@solver
def generate_once() -> Solver:
    """One completion per sample with the sample's own seed; tool calls in the history are not run."""

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        return await generate(state, tool_calls="none", seed=state.metadata["seed"])

    return solve


@task
def maskscope_study() -> Task:
    study = json.loads((HERE / "study.json").read_text(encoding="utf-8"))
    return Task(
        dataset=MemoryDataset(list(_samples()), name=study["study"]),
        solver=generate_once(),
        config=GenerateConfig(temperature=study["temperature"], max_tokens=study["max_tokens"]),
        metadata={{"{key}": study}},
        name=study["study"],
    )
'''


def task_metadata(study: Study) -> dict[str, Any]:
    """What an exported task carries in its metadata (and study.json): enough to rebuild the study."""
    return {
        "version": EXPORT_VERSION,
        "study": study.name,
        "baseline": study.baseline,
        "seed": study.seed,
        "samples": study.samples,
        "temperature": study.temperature,
        "max_tokens": study.max_tokens,
        "models": [m.model for m in study.models],
        "questions": [{"id": q.id, "category": q.category, "text": q.text, "scale": q.scale,
                       "reverse": q.reverse, "subscale": q.subscale} for q in study.questions],
        "contexts": [{"id": c.id, "label": c.label, "description": c.description, "tags": c.tags,
                      "messages": [{k: v for k, v in m.__dict__.items() if v is not None} for m in c.messages]}
                     for c in study.contexts],
    }


def dataset_lines(study: Study) -> list[str]:
    """One JSON line per question x context x sample: id, the messages as sent, metadata."""
    first = study.models[0].model
    lines = []
    for cell in expand(study):
        if cell.model.model != first:  # the messages do not depend on the model; --model picks it
            continue
        rec = {
            "id": ID_SEP.join((cell.question.id, cell.context.id, str(cell.sample))),
            "input": list(cell.messages),
            "metadata": {"question_id": cell.question.id, "context_id": cell.context.id, "sample": cell.sample,
                         "question": cell.question.text, "category": cell.question.category,
                         "seed": sample_seed(study.seed, first, cell.question.id, cell.context.id, cell.sample)},
        }
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return lines


def check_ids(study: Study, source: str) -> None:
    """Question and context ids must not hold the id separator (the sample ids would be ambiguous)."""
    for what, ids in (("questions", [q.id for q in study.questions]), ("contexts", [c.id for c in study.contexts])):
        for i in ids:
            if ID_SEP in i:
                raise InputError(source, what, f"id '{i}' holds '{ID_SEP}', which exported sample ids use")


def write_task(study: Study, out: Path) -> list[Path]:
    """Write DIR/task.py, DIR/dataset.jsonl and DIR/study.json (each atomically)."""
    check_ids(study, study.source)
    out.mkdir(parents=True, exist_ok=True)
    meta = task_metadata(study)
    return [
        write_atomic(out / "study.json", json.dumps(meta, indent=1, ensure_ascii=False, sort_keys=True) + "\n"),
        write_atomic(out / "dataset.jsonl", "".join(line + "\n" for line in dataset_lines(study))),
        write_atomic(out / "task.py", TASK_PY.format(name=study.name, folder=out, key=TASK_META_KEY)),
    ]
