"""Checking imported rows against each other and turning them into a Study with its Responses."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from core.errors import InputError
from core.importers.base import API_ERROR, Imported, Row, _norm, _short
from core.ratings import parse_rating, reason_kind
from core.records import Context, ModelSpec, Question, Response, Study
from core.scales import Scale, load_scales
from core.yamlio import ID_RULE, is_id


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
    # One pass, every check per row in this order, so the first bad row is the one named.
    for r in rows:
        _check_ids(r)
        _check_unique(r, first)
        scale = _scale_of(r, scales)
        q = _question(r, scale, bank, questions, qwhere)
        if r.context_id not in ctx_order:
            ctx_order.append(r.context_id)
        if r.model not in models:
            models.append(r.model)
        out.append(_response(name, r, q, scale))
    ctx_order = _in_known_order(ctx_order, contexts)
    baseline = _baseline(baseline, ctx_order, source)
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


def _check_ids(r: Row) -> None:
    for id_field, value in (("question_id", r.question_id), ("context_id", r.context_id)):
        if not is_id(value):  # every format (JSONL, CSV, the corpus, Inspect logs): ids are plain ids
            raise InputError(r.where, f"field {id_field}", f"{_short(value)} is not a valid id ({ID_RULE})")


def _check_unique(r: Row, first: dict[tuple[str, str, str, int], str]) -> None:
    """One response per (model, question, context, sample); `first` remembers where each was seen."""
    key = (r.model, r.question_id, r.context_id, r.sample)
    if key in first:
        raise InputError(r.where, "", f"duplicate of {first[key]} (same model, question_id, context_id, sample)")
    first[key] = r.where


def _scale_of(r: Row, scales: Mapping[str, Scale]) -> Scale | None:
    if r.scale is not None and r.scale not in scales:
        raise InputError(r.where, "field scale", f"unknown scale '{r.scale}' (known: {', '.join(sorted(scales))})")
    return scales.get(r.scale) if r.scale else None


def _question(r: Row, scale: Scale | None, bank: Mapping[str, Question], questions: dict[str, Question],
              qwhere: dict[str, str]) -> Question:
    """The row's question: the bank's, else made from the first row that asked it; later rows must agree."""
    if r.question_id not in questions:
        questions[r.question_id] = bank.get(r.question_id) or Question(
            id=r.question_id, category=r.category or "imported", text=r.question, scale=r.scale,
            reverse=bool(scale and r.question_id in scale.reverse),
            subscale=_subscale(scale, r.question_id),
        )
        qwhere[r.question_id] = r.where
    elif not bank and _norm(questions[r.question_id].text) != _norm(r.question):
        raise InputError(
            r.where, "field question", f"differs from {qwhere[r.question_id]} for the same question_id"
        )
    return questions[r.question_id]


def _response(study: str, r: Row, q: Question, scale: Scale | None) -> Response:
    """The row as a Response; a scale item's rating is checked, or parsed from the text when absent."""
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
    return Response(
        id=None, study=study, model=r.model, question_id=r.question_id, context_id=r.context_id,
        sample=r.sample, request_hash="", text=r.response, rating=rating, error=r.error,
        question_text=q.text, category=q.category, meta=meta,
    )


def _in_known_order(ctx_order: list[str], contexts: Mapping[str, Context] | None) -> list[str]:
    """Contexts in the order of the known ones (a corpus' own list), unknown ones last in order of appearance."""
    if not contexts:
        return ctx_order
    known_order = list(contexts)
    return sorted(ctx_order, key=lambda c: known_order.index(c) if c in known_order else len(known_order))


def _baseline(baseline: str | None, ctx_order: list[str], source: Path) -> str:
    """The given baseline if it is one of the contexts, else neutral, baseline or the first context."""
    if baseline is None:
        return next((c for c in ("neutral", "baseline") if c in ctx_order), ctx_order[0])
    if baseline not in ctx_order:
        raise InputError(source, "--baseline", f"'{baseline}' is not one of the contexts ({', '.join(ctx_order)})")
    return baseline


def _subscale(scale: Scale | None, qid: str) -> str | None:
    if scale is None:
        return None
    return next((n for n, members in scale.subscales if qid in members), None)


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
