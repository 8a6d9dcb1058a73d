"""Follow-up probes: data (data/probes/*.yaml), the second-turn cells built from stored answers, their replies read."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

# The files are read in core/probe_files.py (core.study loads a study's probes without importing this module).
from core.probe_files import PROBES_DIR, SEP, load_probe, load_study_probes  # noqa: F401  (re-exported)
from core.records import Cell, Probe, Question, Response, Study
from core.study import request_hash, sampling_params

CellKey = tuple[str, str, str, int]


def probe_question_id(question_id: str, probe_id: str) -> str:
    """The question id a probe turn is stored under."""
    return f"{question_id}{SEP}{probe_id}"


def is_probe_key(key: CellKey) -> bool:
    """True for the store key of a probe turn."""
    return SEP in key[1]


def probe_messages(parent: Cell, answer: str, probe: Probe) -> list[dict[str, Any]]:
    """The parent's messages, the model's answer exactly as it gave it, then the probe's turn."""
    return [*(dict(m) for m in parent.messages), {"role": "assistant", "content": answer},
            {"role": "user", "content": probe.text}]


def probe_cells(study: Study, cells: Sequence[Cell], answered: Mapping[CellKey, Response]) -> list[Cell]:
    """One cell per answered parent cell x probe; the parent's sampling parameters and seed are reused."""
    out = []
    for cell in cells:
        k = (cell.model.model, cell.question.id, cell.context.id, cell.sample)
        parent = answered.get(k)
        if parent is None or not parent.ok:
            continue
        params = sampling_params(study, cell.model, cell.question.id, cell.context.id, cell.sample)
        for probe in study.probes:
            messages = probe_messages(cell, parent.text, probe)
            q = Question(id=probe_question_id(cell.question.id, probe.id), category=cell.question.category,
                         text=probe.text)
            out.append(Cell(model=cell.model, question=q, context=cell.context, sample=cell.sample,
                            messages=tuple(messages), request_hash=request_hash(cell.model.model, messages, params),
                            meta={"probe": probe.id, "probe_version": probe.version, "parent_id": parent.id,
                                  "parent_question_id": cell.question.id}))
    return out


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(%)?")


def first_number(text: str, probability: bool) -> float | None:
    """The first number of a reply; a percentage reads as a fraction when the answer is a probability."""
    m = _NUMBER.search(text or "")
    if m is None:
        return None
    v = float(m.group(1))
    return v / 100 if probability and m.group(2) else v


def read_answer(text: str, probe: Probe) -> float | None:
    """The number a probe reply gives first (a percentage counts for a probability); None if absent or out of range."""
    v = first_number(text, probe.answer == "probability")
    if v is None or (probe.answer == "likert" and v != int(v)):
        return None
    return v if probe.lo <= v <= probe.hi else None


def split_stored(stored: Any) -> tuple[Any, dict[CellKey, tuple[str, bool]]]:
    """A collect.Stored without probe rows (for planning the first turns), and the probe rows' states."""
    from core.collect import Stored

    main = {k: v for k, v in stored.states.items() if not is_probe_key(k)}
    probes = {k: v for k, v in stored.states.items() if is_probe_key(k)}
    return Stored(main, stored.spent_usd), probes


def plan_probes(study: Study, cells: Sequence[Cell], store: Any, spent_usd: float) -> Any:
    """A collect.Plan of probe turns: answered parent x probe; to do: not stored OK for this exact history."""
    from core.collect import Plan, key

    answered = {(r.model, r.question_id, r.context_id, r.sample): r
                for r in store.responses(study.name, ok_only=True) if not r.meta.get("probe")}
    pcells = probe_cells(study, cells, answered)
    states = {k: v for k, v in store.cells(study.name).states.items() if is_probe_key(k)}
    # a stored probe turn counts only if it answered this exact history (a re-answered parent makes it stale)
    todo = tuple(c for c in pcells if states.get(key(c)) != (c.request_hash, True))
    ok = len(pcells) - len(todo)
    return Plan(tuple(pcells), todo, ok, sum(1 for _, good in states.values() if not good), spent_usd)


def count_probe_calls(study: Study, cells: Sequence[Cell], probe_states: Mapping[CellKey, tuple[str, bool]]) -> int:
    """Probe turns a run would send at most: every cell x probe not yet stored OK."""
    n = 0
    for c in cells:
        for p in study.probes:
            k = (c.model.model, probe_question_id(c.question.id, p.id), c.context.id, c.sample)
            if not probe_states.get(k, ("", False))[1]:
                n += 1
    return n
