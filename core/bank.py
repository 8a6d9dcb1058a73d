"""Question banks as validated YAML data: `questions: [{id, category, text, ...}]`."""

from __future__ import annotations

from pathlib import Path

from core.errors import InputError
from core.records import Question
from core.yamlio import ID as _ID  # one id rule for banks, contexts and imports
from core.yamlio import field, load_yaml, need_mapping


def load_questions(path: Path) -> tuple[Question, ...]:
    """Load a question bank: `questions: [{id, category, text, scale?, reverse?, subscale?}]`."""
    doc = need_mapping(load_yaml(path), path, "")
    items = field(doc, "questions", list, path)
    default_scale = field(doc, "scale", str, path, default=None)
    seen: set[str] = set()
    out = []
    for i, raw in enumerate(items):
        where = f"questions[{i}]"
        item = need_mapping(raw, path, where)
        qid = str(field(item, "id", (str, int), path, where))
        if not _ID.match(qid):
            raise InputError(path, f"{where}.id", f"'{qid}' is not a valid id (lowercase, digits, . _ -)")
        if qid in seen:
            raise InputError(path, f"{where}.id", f"duplicate id '{qid}'")
        seen.add(qid)
        out.append(
            Question(
                id=qid,
                category=field(item, "category", str, path, where),
                text=field(item, "text", str, path, where).strip(),
                scale=field(item, "scale", str, path, where, default=default_scale),
                reverse=field(item, "reverse", bool, path, where, default=False),
                subscale=field(item, "subscale", str, path, where, default=None),
            )
        )
    if not out:
        raise InputError(path, "questions", "the bank has no questions")
    return tuple(out)
