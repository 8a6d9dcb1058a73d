"""What every importer produces: checked rows (Row), a parsed import (Imported), and `build` from one to the other.

Shared by the formats in core/importers.py, core/inspect_io.py and core/export.py; it imports none of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.ratings import parse_rating
from core.records import Context, ModelSpec, Question, Response, Study
from core.scales import Scale, load_scales
from core.yamlio import ID_RULE, is_id

API_ERROR = "api error"


@dataclass(frozen=True)
class Row:
    """One response read from a file, checked."""

    model: str
    question_id: str
    question: str
    context_id: str
    sample: int
    response: str
    where: str
    """`file: line N` (or file and row) for messages."""
    category: str = ""
    rating: int | None = None
    scale: str | None = None
    error: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Imported:
    """A parsed import, ready to store."""

    study: Study
    responses: tuple[Response, ...]
    skipped: tuple[str, ...]
    """What was left out and why, one line each."""
    notes: tuple[str, ...]
    """Other facts worth printing (e.g. a context missing for a model)."""
    source_hash: str
    """sha256 over the input bytes, to skip re-imports of the same data."""
    kind: str = "import"
    """The study's kind in the store (a row-level export keeps its original kind)."""
    spec_hash: str = ""
    """The study's spec hash (kept by a re-imported export, so its analysis key is the same)."""
    keep_ids: bool = False
    """Store the responses under their own ids (a re-imported export, when the ids are free)."""


def build(
    name: str,
    rows: list[Row],
    *,
    source: Path,
    fmt: str,
    baseline: str | None = None,
    scales: Mapping[str, Scale] | None = None,
    bank: Mapping[str, Question] | None = None,
    contexts: Mapping[str, Context] | None = None,
    skipped: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
    source_hash: str = "",
) -> Imported:
    """Check rows against each other and turn them into a Study with its Responses."""
    scales = load_scales() if scales is None else scales
    bank = bank or {}
    first: dict[tuple[str, str, str, int], str] = {}
    questions: dict[str, Question] = {}
    qwhere: dict[str, str] = {}
    ctx_order: list[str] = []
    models: list[str] = []
    out = []
    for r in rows:
        for id_field, value in (("question_id", r.question_id), ("context_id", r.context_id)):
            if not is_id(value):  # every format (JSONL, CSV, the corpus, Inspect logs): ids are plain ids
                raise InputError(r.where, f"field {id_field}", f"{short_repr(value)} is not a valid id ({ID_RULE})")
        key = (r.model, r.question_id, r.context_id, r.sample)
        if key in first:
            raise InputError(r.where, "", f"duplicate of {first[key]} (same model, question_id, context_id, sample)")
        first[key] = r.where
        if r.scale is not None and r.scale not in scales:
            raise InputError(r.where, "field scale", f"unknown scale '{r.scale}' (known: {', '.join(sorted(scales))})")
        scale = scales.get(r.scale) if r.scale else None
        if r.question_id not in questions:
            questions[r.question_id] = bank.get(r.question_id) or Question(
                id=r.question_id, category=r.category or "imported", text=r.question, scale=r.scale,
                reverse=bool(scale and r.question_id in scale.reverse),
                subscale=_subscale(scale, r.question_id),
            )
            qwhere[r.question_id] = r.where
        elif not bank and plain_quotes(questions[r.question_id].text) != plain_quotes(r.question):
            raise InputError(
                r.where, "field question", f"differs from {qwhere[r.question_id]} for the same question_id"
            )
        if r.context_id not in ctx_order:
            ctx_order.append(r.context_id)
        if r.model not in models:
            models.append(r.model)
        rating, reason = r.rating, ""
        if scale is not None and rating is not None and not scale.lo <= rating <= scale.hi:
            raise InputError(r.where, "field rating", f"{rating} is outside {scale.lo}..{scale.hi} of {scale.id}")
        if rating is None and scale is not None and r.error is None:
            rating, reason = parse_rating(r.response, scale.lo, scale.hi, scale.anchor_map())
        elif r.error is not None:
            reason = API_ERROR
        meta = dict(r.meta)
        if reason:
            meta["rating_reason"] = reason
        q = questions[r.question_id]
        out.append(
            Response(
                id=None, study=name, model=r.model, question_id=r.question_id, context_id=r.context_id,
                sample=r.sample, request_hash="", text=r.response, rating=rating, error=r.error,
                question_text=q.text, category=q.category, meta=meta,
            )
        )
    if contexts:
        known_order = list(contexts)
        ctx_order.sort(key=lambda c: known_order.index(c) if c in known_order else len(known_order))
    if baseline is None:
        baseline = next((c for c in ("neutral", "baseline") if c in ctx_order), ctx_order[0])
    elif baseline not in ctx_order:
        raise InputError(source, "--baseline", f"'{baseline}' is not one of the contexts ({', '.join(ctx_order)})")
    ctxs = tuple(
        (contexts or {}).get(c)
        or Context(id=c, label=c, description="Imported context.", tags={"imported": True}, messages=())
        for c in ctx_order
    )
    study = Study(
        name=name, models=tuple(ModelSpec(m) for m in models), questions=tuple(questions.values()),
        contexts=ctxs, baseline=baseline, samples=len({r.sample for r in rows}), source=str(source),
        spec={"format": fmt, "source": str(source), "n_responses": len(out), "source_sha256": source_hash},
    )
    return Imported(study, tuple(out), skipped, notes, source_hash)


def short_repr(v: Any) -> str:
    """A value as an error message shows it: its repr, cut at 60 characters."""
    r = repr(v)
    return r if len(r) <= 60 else r[:57] + "..."


def _subscale(scale: Scale | None, qid: str) -> str | None:
    if scale is None:
        return None
    return next((n for n, members in scale.subscales if qid in members), None)


def plain_quotes(s: str) -> str:
    """Curly quotes made straight and runs of space made one, to compare statements as a reader would."""
    return " ".join(s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())
