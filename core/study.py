"""Study specs: load and validate a study file, expand it to cells."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from core import paths
from core.bank import load_questions
from core.contexts import load_context, render
from core.errors import InputError
from core.provenance import json_sha256
from core.records import Cell, Context, ModelSpec, Question, Study
from core.redact import credential_problem
from core.yamlio import field, load_yaml, need_mapping

STUDY_KEYS = {
    "name", "models", "questions", "contexts", "baseline", "samples", "temperature",
    "max_tokens", "seed", "concurrency", "budget_usd", "probes", "judges",
}
# Params that name where a key lives; never sent, never hashed. Any `NAME_env` is read at send time.
SECRET_PARAMS = {"api_key_env"}
# Params for our own accounting; never sent, never hashed (a price change does not change a request).
ACCOUNTING_PARAMS = {"price_per_mtok"}


def load_study(path: Path, contexts_dir: Path = paths.CONTEXTS_DIR, *, check_models: bool = True) -> Study:
    """Parse and validate a study file; every problem is one InputError naming the field."""
    path = Path(path)
    doc = need_mapping(load_yaml(path), path, "")
    unknown = sorted(set(doc) - STUDY_KEYS)
    if unknown:
        raise InputError(path, unknown[0], f"unknown field (allowed: {', '.join(sorted(STUDY_KEYS))})")
    name = field(doc, "name", str, path)
    if not name.strip():
        raise InputError(path, "name", "must not be empty")
    models = _models(doc, path, check_models)
    questions = _questions(doc, path)
    contexts, baseline = _contexts(doc, path, contexts_dir)
    sampling = _sampling(doc, path)
    from core.probe_files import load_study_probes

    probes = load_study_probes(field(doc, "probes", list, path, default=[]), path)
    judges = _judges(doc, path, check_models)
    return Study(
        name=name.strip(),
        models=models,
        questions=questions,
        contexts=contexts,
        baseline=baseline,
        **sampling,
        seed=field(doc, "seed", int, path, default=7),
        source=str(path),
        spec=doc,
        probes=probes,
        judges=judges,
    )


def _check_model(name: str, path: Path, where: str) -> None:
    """A model string litellm (or our own providers) cannot route is bad input."""
    from core.llm import check_model  # litellm import is slow; only when needed

    problem = check_model(name)
    if problem:
        raise InputError(path, where, problem)


def _models(doc: dict[str, Any], path: Path, check_models: bool) -> tuple[ModelSpec, ...]:
    """`models`: each a model string, or {model, params} with no credential in the params."""
    raw_models = field(doc, "models", list, path)
    if not raw_models:
        raise InputError(path, "models", "list at least one model")
    models = []
    for i, raw in enumerate(raw_models):
        where = f"models[{i}]"
        m = need_mapping({"model": raw} if isinstance(raw, str) else raw, path, where)
        extra = sorted(set(m) - {"model", "params"})
        if extra:
            raise InputError(path, f"{where}.{extra[0]}", "unknown field (allowed: model, params)")
        params = dict(field(m, "params", dict, path, where, default={}))
        # any credential, under any name or in any value (a header, a URL's query): only via `*_env`
        leak = credential_problem(params, f"{where}.params")
        if leak:
            raise InputError(path, *leak)
        try:
            price_per_mtok(params)
        except ValueError as e:
            raise InputError(path, f"{where}.params.price_per_mtok", str(e)) from None
        spec = ModelSpec(model=field(m, "model", str, path, where), params=params)
        if check_models:
            _check_model(spec.model, path, f"{where}.model")
        models.append(spec)
    return tuple(models)


def _questions(doc: dict[str, Any], path: Path) -> tuple[Question, ...]:
    """`questions`: the bank's questions matching the category and id filters, then the control bank's."""
    qsel = need_mapping(field(doc, "questions", dict, path), path, "questions")
    bank_path = paths.resolve(field(qsel, "bank", str, path, "questions"), path.parent)
    if not bank_path.exists():
        raise InputError(path, "questions.bank", f"no such file: {bank_path}")
    bank = load_questions(bank_path)
    cats = field(qsel, "categories", list, path, "questions", default=[])
    ids = [str(x) for x in field(qsel, "ids", list, path, "questions", default=[])]
    known_cats = {q.category for q in bank}
    for c in cats:
        if c not in known_cats:
            raise InputError(path, "questions.categories", f"unknown category '{c}' in {bank_path.name}")
    known_ids = {q.id for q in bank}
    for q in ids:
        if q not in known_ids:
            raise InputError(path, "questions.ids", f"unknown question id '{q}' in {bank_path.name}")
    questions = tuple(
        q for q in bank if (not cats or q.category in cats) and (not ids or q.id in ids)
    )
    if not questions:
        raise InputError(path, "questions", "the selection matches no question")
    return questions + _control_questions(qsel, path, known_ids)


def _control_questions(qsel: dict[str, Any], path: Path, known_ids: set[str]) -> tuple[Question, ...]:
    """`questions.control`: the verdict's control bank (filtered by `control_ids`), minus ids already asked."""
    control = field(qsel, "control", str, path, "questions", default=None)
    if control is None:
        return ()
    control_path = paths.resolve(control, path.parent)
    if not control_path.exists():
        raise InputError(path, "questions.control", f"no such file: {control_path}")
    cbank = load_questions(control_path)
    cids = [str(x) for x in field(qsel, "control_ids", list, path, "questions", default=[])]
    for cid in cids:
        if cid not in {cq.id for cq in cbank}:
            raise InputError(path, "questions.control_ids", f"unknown question id '{cid}' in {control_path.name}")
    return tuple(cq for cq in cbank if cq.id not in known_ids and (not cids or cq.id in cids))


def _contexts(doc: dict[str, Any], path: Path, contexts_dir: Path) -> tuple[tuple[Context, ...], str]:
    """`contexts` (ids of files in contexts_dir, each once) and `baseline`, one of them."""
    ctx_ids = field(doc, "contexts", list, path)
    if not ctx_ids:
        raise InputError(path, "contexts", "list at least one context")
    contexts = []
    for i, cid in enumerate(ctx_ids):
        cpath = contexts_dir / f"{cid}.yaml"
        if not isinstance(cid, str) or not cpath.exists():
            known = ", ".join(sorted(p.stem for p in contexts_dir.glob("*.yaml")))
            raise InputError(path, f"contexts[{i}]", f"unknown context id '{cid}' (known: {known})")
        contexts.append(load_context(cpath))
    if len(set(ctx_ids)) != len(ctx_ids):
        raise InputError(path, "contexts", "a context is listed twice")
    baseline = field(doc, "baseline", str, path, default="neutral")
    if baseline not in ctx_ids:
        raise InputError(path, "baseline", f"'{baseline}' is not among the study's contexts")
    return tuple(contexts), baseline


def _sampling(doc: dict[str, Any], path: Path) -> dict[str, Any]:
    """samples, temperature, max_tokens, concurrency and budget_usd, checked, as Study fields."""
    samples = field(doc, "samples", int, path, default=5)
    temperature = float(field(doc, "temperature", (int, float), path, default=1.0))
    max_tokens = field(doc, "max_tokens", int, path, default=300)
    concurrency = field(doc, "concurrency", int, path, default=8)
    budget = field(doc, "budget_usd", (int, float), path, default=None)
    for key, value, lo in (("samples", samples, 1), ("max_tokens", max_tokens, 1), ("concurrency", concurrency, 1)):
        if value < lo:
            raise InputError(path, key, f"must be at least {lo}")
    if not 0 <= temperature <= 2:
        raise InputError(path, "temperature", "must be between 0 and 2")
    if budget is not None and budget < 0:
        raise InputError(path, "budget_usd", "must not be negative")
    return {"samples": samples, "temperature": temperature, "max_tokens": max_tokens,
            "concurrency": concurrency,
            "budget_usd": float(budget) if budget is not None else None}


def _judges(doc: dict[str, Any], path: Path, check_models: bool) -> tuple[str, ...]:
    """`judges`: litellm model strings of the study's LLM judges."""
    judges = tuple(str(j) for j in field(doc, "judges", list, path, default=[]))
    if check_models:
        for i, j in enumerate(judges):
            _check_model(j, path, f"judges[{i}]")
    return judges


def sample_seed(study_seed: int, model: str, question_id: str, context_id: str, sample: int) -> int:
    """A reproducible provider seed per cell, from the whole cell key.

    Why the whole key: with a seed per sample index only, sample s of the baseline and sample s of a
    context shared one random stream, which pulled them together (models looked more invariant than
    they are) and let masks pick up phrases that follow the sample index.
    """
    key = json.dumps([study_seed, model, question_id, context_id, sample])
    digest = hashlib.sha256(key.encode()).digest()
    return int.from_bytes(digest[:4], "big") & 0x7FFFFFFF


def price_per_mtok(params: dict[str, Any]) -> tuple[float, float] | None:
    """(input, output) USD per million tokens from a model's `price_per_mtok`; ValueError if malformed."""
    raw = params.get("price_per_mtok")
    if raw is None:
        return None
    if isinstance(raw, dict) and set(raw) == {"input", "output"}:
        pair = (raw["input"], raw["output"])
    else:
        pair = (raw, raw)
    if not all(isinstance(x, (int, float)) and not isinstance(x, bool) and 0 <= x < float("inf") for x in pair):
        raise ValueError("must be a non-negative number of USD per million tokens, or {input: X, output: Y}")
    return float(pair[0]), float(pair[1])


def sampling_params(study: Study, model: ModelSpec, question_id: str, context_id: str,
                    sample: int) -> dict[str, Any]:
    """Everything sent besides the messages, minus secrets and our own accounting; the seed comes from the cell key."""
    params = {k: v for k, v in model.params.items()
              if k not in SECRET_PARAMS and k not in ACCOUNTING_PARAMS and not k.endswith("_env")}
    params.update(
        temperature=study.temperature,
        max_tokens=study.max_tokens,
        seed=sample_seed(study.seed, model.model, question_id, context_id, sample),
    )
    return params


def request_hash(model: str, messages: list[dict[str, Any]], params: dict[str, Any]) -> str:
    """sha256 over everything sent, so a changed study is detected."""
    return json_sha256({"model": model, "messages": messages, "params": params})


def expand(study: Study) -> list[Cell]:
    """All cells of a study: model x question x context x sample, in a stable order."""
    cells = []
    for model in study.models:
        for question in study.questions:
            for context in study.contexts:
                messages = render(context, question)
                for s in range(study.samples):
                    params = sampling_params(study, model, question.id, context.id, s)
                    cells.append(
                        Cell(
                            model=model,
                            question=question,
                            context=context,
                            sample=s,
                            messages=tuple(messages),
                            request_hash=request_hash(model.model, messages, params),
                        )
                    )
    return cells


def spec_hash(study: Study) -> str:
    """Hash of the study spec as parsed."""
    return json_sha256(study.spec)
