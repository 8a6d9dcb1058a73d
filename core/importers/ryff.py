"""The ryff-perturbations corpus: published raw responses to the 42-item Ryff scale, in six contexts.

The corpus is a folder of model folders of JSON files (or the bundled raw.tar.xz holding them); a
file's name says its context and run. `core.importers.ryff_bundle` packs the archive.
"""

from __future__ import annotations

import hashlib
import json
import re
import tarfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from core import paths
from core.bank import load_questions
from core.errors import InputError
from core.importers.base import Imported, Row, _norm, _read_bytes, _short
from core.importers.build import build
from core.records import Context, Question
from core.scales import Scale
from core.yamlio import SQLITE_INT

RYFF_SCALE = "ryff-ai-42"
RYFF_ITEMS = 42
"""Items of the scale, numbered 1..42 in the corpus (`item_number`)."""
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


def load_ryff(path: Path, name: str, baseline: str | None, scales: Mapping[str, Scale]) -> Imported:
    """The corpus at `path` as a study, its items taken from the scale's bank."""
    scale = scales.get(RYFF_SCALE)
    if scale is None:
        raise InputError(paths.SCALES_DIR / f"{RYFF_SCALE}.yaml", "", "scale file missing")
    bank = {q.id: q for q in load_questions(paths.resolve(scale.bank))}
    rows, skipped, notes, digest = read_ryff(path, bank)
    return build(name, rows, source=path, fmt="ryff-perturbations", baseline=baseline, scales=scales,
                 bank=bank, contexts=ryff_contexts(), skipped=tuple(skipped), notes=tuple(notes),
                 source_hash=digest)


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


def corpus_hash(path: Path) -> str:
    """sha256 over every file of the corpus (name and bytes), as read_ryff records it."""
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


_Obj = dict[str, Any]
_Item = tuple[int, int, _Obj]
"""(index in the file, run, the row's object)."""


def _ryff_rows(
    doc: list[dict[str, Any]], rel: str, where: str, model: str, kind: tuple[str, int | None],
    bank: Mapping[str, Question], skipped: list[str],
) -> list[Row]:
    context, file_run = kind
    items = [_item(i, obj, where, file_run) for i, obj in enumerate(doc)]
    if doc and not any(k in doc[0] for k in _RUN_KEYS):
        items = _last_complete_pass(items, rel, skipped)
    by_key = _latest_per_item(items, rel, skipped)
    return [_row_of(obj, i, run, num, rel, where, model, context, bank)
            for (run, num), (i, obj) in sorted(by_key.items())]


def _item(i: int, obj: dict[str, Any], where: str, file_run: int | None) -> _Item:
    """One row's item number and run, checked (the run from the row, else from the file name, else 1)."""
    at = f"row {i + 1}"
    num = obj.get("item_number")
    if not isinstance(num, int) or isinstance(num, bool) or not 1 <= num <= RYFF_ITEMS:
        raise InputError(where, f"{at}: field item_number", f"expected 1..{RYFF_ITEMS}, got {num!r}")
    run_key = next((k for k in _RUN_KEYS if k in obj), None)
    run = obj[run_key] if run_key else (file_run or 1)
    if not isinstance(run, int) or isinstance(run, bool) or not 0 <= run <= SQLITE_INT[1]:
        raise InputError(where, f"{at}: field {run_key}", f"expected a whole number, got {_short(run)}")
    if file_run is not None and run != file_run:
        raise InputError(where, f"{at}: field {run_key}", f"run {run} but the file name says run {file_run}")
    return i, run, obj


def _last_complete_pass(items: list[_Item], rel: str, skipped: list[str]) -> list[_Item]:
    """A file without run numbers that repeats items holds an interrupted pass followed by a complete
    one (the authors' script appended to an existing file): keep the last complete pass."""
    passes: list[list[_Item]] = [[]]
    for it in items:
        if passes[-1] and it[2]["item_number"] <= passes[-1][-1][2]["item_number"]:
            passes.append([])
        passes[-1].append(it)
    if len(passes) == 1:
        return items
    keep = passes[-1]
    for p in passes[:-1]:
        skipped.append(
            f"{rel}: rows {p[0][0] + 1}-{p[-1][0] + 1} "
            f"(items {p[0][2]['item_number']}-{p[-1][2]['item_number']}): "
            f"an interrupted earlier pass; the complete pass in rows {keep[0][0] + 1}-{keep[-1][0] + 1} is kept"
        )
    return keep


def _latest_per_item(items: list[_Item], rel: str, skipped: list[str]) -> dict[tuple[int, int], tuple[int, _Obj]]:
    """(run, item) -> (index, row); a repeated item keeps the later row and says so."""
    by_key: dict[tuple[int, int], tuple[int, _Obj]] = {}
    for i, run, obj in items:
        if (run, obj["item_number"]) in by_key:
            skipped.append(f"{rel}: row {by_key[(run, obj['item_number'])][0] + 1}: repeated run {run} item "
                           f"{obj['item_number']}; the later row {i + 1} is kept")
        by_key[(run, obj["item_number"])] = (i, obj)
    return by_key


def _row_of(obj: dict[str, Any], i: int, run: int, num: int, rel: str, where: str, model: str, context: str,
            bank: Mapping[str, Question]) -> Row:
    """One corpus row as a Row: the bank's item text, an ERROR/SKIPPED reply kept as the error."""
    at = f"row {i + 1}"
    key = "ryff_response" if "ryff_response" in obj else "response"
    text = obj.get(key)
    if not isinstance(text, str):
        raise InputError(where, f"{at}: field {key}", "missing or not text")
    qid = f"ryff-{num:02d}"
    q = bank[qid]
    stmt = obj.get("statement")
    if isinstance(stmt, str) and _norm(stmt) != _norm(q.text):
        raise InputError(where, f"{at}: field statement", f"does not match item {qid} of the bank")
    meta: dict[str, Any] = {"file": rel}
    if "dialogue_response" in obj:
        meta["dialogue_response"] = obj["dialogue_response"]
    error = None
    if text.startswith("ERROR") or text.startswith("SKIPPED due to"):
        error, text = text.strip().splitlines()[0][:300], ""
    return Row(model=model, question_id=qid, question=q.text, context_id=context, sample=run,
               response=text, where=f"{where}: {at}", category=q.category, scale=RYFF_SCALE,
               error=error, meta=meta)


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
        if n != RYFF_ITEMS:
            notes.append(f"{m} {c} run {s}: {n} of {RYFF_ITEMS} items")
    return notes
