"""Contexts as validated YAML data (a chat template with one {question} slot), and rendering them to messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core import paths
from core.errors import InputError
from core.records import ROLES, Context, Message, Question
from core.yamlio import field, load_yaml, need_mapping

QUESTION_SLOT = "{question}"
SCALE_SLOT = "{scale_instructions}"
MANIPULATIONS = ("placebo", "informative")
"""Values of the optional `manipulation` context tag (the verdict's responsiveness measure)."""


def load_context(path: Path) -> Context:
    """Load one context file and check its template."""
    doc = need_mapping(load_yaml(path), path, "")
    cid = field(doc, "id", str, path)
    if cid != path.stem:
        raise InputError(path, "id", f"'{cid}' must match the file name '{path.stem}'")
    tags = field(doc, "tags", dict, path)
    for key, types in (("setting", str), ("framing", str), ("evaluation_obvious", bool)):
        field(tags, key, types, path, "tags")
    if tags.get("manipulation", "placebo") not in MANIPULATIONS:
        raise InputError(path, "tags.manipulation",
                         f"'{tags['manipulation']}' is not one of {', '.join(MANIPULATIONS)}")
    msgs = []
    for i, raw in enumerate(field(doc, "messages", list, path)):
        where = f"messages[{i}]"
        m = need_mapping(raw, path, where)
        role = field(m, "role", str, path, where)
        if role not in ROLES:
            raise InputError(path, f"{where}.role", f"'{role}' is not one of {', '.join(ROLES)}")
        msgs.append(
            Message(
                role=role,
                content=field(m, "content", str, path, where),
                name=field(m, "name", str, path, where, default=None),
            )
        )
    slots = sum(m.content.count(QUESTION_SLOT) for m in msgs)
    if slots != 1:
        raise InputError(path, "messages", f"exactly one {QUESTION_SLOT} placeholder needed, found {slots}")
    if msgs and msgs[-1].role == "assistant":
        raise InputError(path, "messages", "the last turn must not be the assistant's")
    return Context(
        id=cid,
        label=field(doc, "label", str, path),
        description=" ".join(field(doc, "description", str, path).split()),
        tags=dict(tags),
        messages=tuple(msgs),
    )


def load_contexts(folder: Path = paths.CONTEXTS_DIR) -> dict[str, Context]:
    """Every context in a folder, by id."""
    return {p.stem: load_context(p) for p in sorted(folder.glob("*.yaml"))}


def render(context: Context, question: Question, scale_instructions: str = "") -> list[dict[str, Any]]:
    """Fill a context template with a question; tool turns become OpenAI-style tool calls."""
    out: list[dict[str, Any]] = []
    n_calls = 0
    for m in context.messages:
        text = m.content.replace(SCALE_SLOT, scale_instructions).replace(QUESTION_SLOT, question.text)
        if m.role == "tool":
            call_id = f"call_{n_calls}"
            n_calls += 1
            name = m.name or "tool"
            if out and out[-1]["role"] == "assistant" and "tool_calls" not in out[-1]:
                prev = out[-1]
            else:
                prev = {"role": "assistant", "content": ""}
                out.append(prev)
            prev.setdefault("tool_calls", []).append(
                {"id": call_id, "type": "function", "function": {"name": name, "arguments": "{}"}}
            )
            out.append({"role": "tool", "tool_call_id": call_id, "content": text.strip()})
        else:
            out.append({"role": m.role, "content": text.strip()})
    return out
