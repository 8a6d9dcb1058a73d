"""Gathering a report's data from the store: the analysis, the exemplar texts and the provenance."""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core import paths
from core.analysis_record import Analysis, clean
from core.errors import InputError
from core.provenance import RESPONSES_RECIPE, json_sha256, package_versions, responses_sha256
from core.records import Response
from core.store import Store, now

MARKERS_FILE = paths.markers_path()
# Exemplars shown per mask; the JSON keeps every id the analysis chose.
EXEMPLARS_SHOWN = 3
EXCERPT_CHARS = 240
# Params whose values must never reach a report even if someone put them in a spec.
_SECRET_RE = re.compile(r"(api[_-]?key|secret|token|password|authorization)", re.I)
_NOT_SECRET = {"api_key_env", "max_tokens", "max_completion_tokens"}


@dataclass(frozen=True)
class ReportData:
    """Everything a report shows, gathered from the store once."""

    study: str
    """Study name."""
    analysis: Analysis
    """The typed analysis, exactly as stored."""
    provenance: dict[str, Any]
    """What was run, on what, with which versions; see `provenance()`."""
    exemplars: dict[int, Response] = field(default_factory=dict)
    """Response id -> response, for the exemplar ids of the masks."""
    points: Any = None
    """The points table (pandas DataFrame) for the map, if loaded."""
    computed_now: bool = False
    """True when no analysis was stored and this call computed it."""
    drift_pairs: tuple[tuple[str, str], ...] | None = None
    """(older, newer) model pairs for the drift section; None: consecutive models in the analysis's order."""


def load_report(
    store: Store,
    study: str,
    *,
    compute: bool = True,
    embedder: Any = None,
    progress: bool = False,
    log: Callable[[str], None] | None = None,
) -> ReportData:
    """Gather a study's report data; compute and store the analysis when none is stored."""
    store.require_study(study)
    from core.analysis import analyze, load_analysis  # heavy imports only when a report is made

    result = load_analysis(store, study)
    computed = False
    if result is None:
        if not compute:
            raise InputError(store.path, "--study", f"no stored analysis for '{study}'")
        if log:
            log(f"no stored analysis for '{study}': computing it now (it is stored for next time)")
        result = analyze(store, study, embedder=embedder, progress=progress)
        computed = True
    data = result.analysis
    responses = store.responses(study)
    wanted = {int(i) for m in data.masks for i in m.exemplar_ids[:EXEMPLARS_SHOWN]}
    exemplars = {r.id: r for r in responses if r.id is not None and r.id in wanted}
    points = result.points
    if points is not None and "excerpt" not in points and "response_id" in points:
        # The map's hover shows an excerpt; the figure builder makes it plain text.
        text = {r.id: r.text[:EXCERPT_CHARS] for r in responses}
        points = points.assign(excerpt=points["response_id"].map(lambda i: text.get(int(i), "")))
    return ReportData(
        study=study,
        analysis=data,
        provenance=provenance(store, study, data, responses),
        exemplars=exemplars,
        points=points,
        computed_now=computed,
    )


def provenance(store: Store, study: str, data: Analysis, responses: Sequence[Response]) -> dict[str, Any]:
    """The study as run, every template and question as sent, versions, markers, a hash of the responses."""
    row = store.study_row(study) or {}
    spec = _scrub(row.get("spec", {}))
    contexts = [
        {"id": c.id, "label": c.label, "description": c.description, "tags": c.tags,
         "messages": [{"role": m.role, "content": m.content, **({"name": m.name} if m.name else {})}
                      for m in c.messages]}
        for c in store.contexts(study)
    ]
    questions = store.questions(study)
    bank_text = {q.id: q.text for q in questions}
    asked: dict[str, set[str]] = {}
    for r in responses:
        if r.question_text and r.question_text != bank_text.get(r.question_id):
            asked.setdefault(r.question_id, set()).add(r.question_text)
    models: dict[str, dict[str, Any]] = {}
    for r in responses:
        m = models.setdefault(r.model, {"model": r.model, "n_responses": 0, "n_errors": 0})
        m["n_responses"] += 1
        m["n_errors"] += int(r.error is not None)
    for spec_model in spec.get("models", []) or []:
        entry = {"model": spec_model} if isinstance(spec_model, str) else dict(spec_model)
        name = str(entry.get("model", ""))
        models.setdefault(name, {"model": name, "n_responses": 0, "n_errors": 0})["params"] = entry.get("params", {})
    ok = [r for r in responses if r.error is None]
    return {
        "generated_at": now(),
        "generated_by": {"maskscope": _maskscope_version(), "python": sys.version.split()[0]},
        "study": {k: row.get(k) for k in ("name", "kind", "source", "baseline", "spec_hash", "created_at",
                                          "updated_at")}
        | {"spec": spec, "spec_sha256": json_sha256(row.get("spec", {}))},
        "contexts": contexts,
        "rendering": "messages as sent: each context's template with {question} replaced by the question's text "
                     "and {scale_instructions} by the scale's instructions, if any (core.contexts.render)",
        "questions": [
            {"id": q.id, "category": q.category, "text": q.text, "scale": q.scale, "reverse": q.reverse,
             "subscale": q.subscale, **({"as_asked": sorted(asked[q.id])} if q.id in asked else {})}
            for q in questions
        ],
        "models": sorted(models.values(), key=lambda m: m["model"]),
        "sampling": _sampling(row),
        "analysis": {
            "embedder": data.embedder,
            "seed": data.seed,
            "settings": clean(data.provenance.settings),
            "provenance": clean(data.provenance),
        },
        "packages": package_versions(),
        "markers": markers_provenance(),
        "responses": {
            "n_stored": len(responses),
            "n_ok": len(ok),
            "n_analysed": data.n_responses,
            "sha256": responses_sha256(ok),
            "recipe": RESPONSES_RECIPE,
        },
    }


def markers_provenance(path: Path = MARKERS_FILE) -> dict[str, Any]:
    """The marker definitions as they are on disk now: text, sha256, declared version."""
    if not path.exists():
        return {"path": _rel(path), "sha256": None, "version": None, "content": None}
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    m = re.search(r"^version:\s*['\"]?([^'\"\n#]+)", text, re.M)
    return {"path": _rel(path), "sha256": hashlib.sha256(raw).hexdigest(),
            "version": m.group(1).strip() if m else None, "content": text}


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(paths.ROOT))
    except ValueError:
        return str(path)


def _maskscope_version() -> str:
    try:
        import tomllib

        return str(tomllib.loads((paths.ROOT / "pyproject.toml").read_text())["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "unknown"


def _sampling(row: dict[str, Any]) -> dict[str, Any]:
    spec = row.get("spec", {}) or {}
    if row.get("kind") != "run":
        return {"note": "imported responses: sampling happened outside Maskscope; see the study spec",
                **{k: spec[k] for k in ("temperature", "max_tokens", "seed", "samples") if k in spec}}
    seed = int(spec.get("seed", 7))
    samples = int(spec.get("samples", 5))
    return {
        "temperature": spec.get("temperature", 1.0),
        "max_tokens": spec.get("max_tokens", 300),
        "samples": samples,
        "seed": seed,
        "provider_seed": "per cell: first 31 bits of sha256 of [seed, model, question, context, sample] "
                         "(core.study.sample_seed)",
    }


def _scrub(obj: Any) -> Any:
    """Drop anything that looks like a secret value (a spec may not hold one, but never print it)."""
    if isinstance(obj, dict):
        return {k: ("<redacted>" if _SECRET_RE.search(str(k)) and str(k) not in _NOT_SECRET else _scrub(v))
                for k, v in obj.items()}
    if isinstance(obj, list):
        return [_scrub(v) for v in obj]
    return obj
