"""LLM-judge rubrics as data (data/rubrics/*.yaml), validated at load."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from core import paths
from core.errors import InputError
from core.scorers.base import DIMENSIONS, LABEL_VALUES
from core.yamlio import field, load_data_file

RUBRICS_DIR = paths.DATA_DIR / "rubrics"
KEYS = {"id", "version", "dimension", "description", "output", "labels", "system", "prompt"}
PLACEHOLDERS = ("{question}", "{response}", "{context}")
_PLACEHOLDER = re.compile(r"\{question\}|\{response\}|\{context\}|\{\{|\}\}")


@dataclass(frozen=True)
class Rubric:
    """A judge's instructions for one dimension."""

    id: str
    """Stable id, the file's stem."""
    version: str
    """Declared version; with the file's hash, part of the judge's cache key."""
    dimension: str
    """valence | frame | experience."""
    description: str
    """One line: what is judged."""
    output: str
    """number (a score in [-1, 1]) | label (one of `labels`)."""
    labels: tuple[str, ...]
    """Allowed labels when output is label."""
    system: str
    """The judge's system message."""
    prompt: str
    """The user message; {question}, {response} and {context} are filled in."""
    sha256: str
    """sha256 of the file's bytes."""
    source: str
    """Path it was read from."""

    def render(self, question: str, response: str, context: str) -> list[dict[str, str]]:
        """The judge's messages for one response (one pass: nothing filled in is read as a placeholder)."""
        values = {"{question}": question, "{response}": response, "{context}": context or "(none)",
                  "{{": "{", "}}": "}"}
        user = _PLACEHOLDER.sub(lambda m: values[m.group(0)], self.prompt)
        return [{"role": "system", "content": self.system}, {"role": "user", "content": user}]


def load_rubric(path: Path) -> Rubric:
    """Load and check one rubric file; every problem is one InputError naming the field."""
    path = Path(path)
    doc, raw = load_data_file(path, KEYS, id_is_name=True)
    rid = doc["id"]
    version = str(field(doc, "version", (int, str), path))
    dimension = field(doc, "dimension", str, path)
    if dimension not in DIMENSIONS:
        raise InputError(path, "dimension", f"'{dimension}' is not one of {', '.join(DIMENSIONS)}")
    output = field(doc, "output", str, path)
    if output not in ("number", "label"):
        raise InputError(path, "output", f"'{output}' is not one of number, label")
    labels = tuple(str(x) for x in field(doc, "labels", list, path, default=[]))
    if output == "label":
        allowed = set(LABEL_VALUES[dimension])
        if not labels:
            raise InputError(path, "labels", "a label rubric lists its labels")
        bad = [lab for lab in labels if lab not in allowed]
        if bad:
            raise InputError(path, "labels", f"'{bad[0]}' is not a {dimension} label ({', '.join(sorted(allowed))})")
    elif labels:
        raise InputError(path, "labels", "a number rubric has no labels")
    if dimension == "valence" and output != "number":
        raise InputError(path, "output", "valence is scored as a number")
    if dimension != "valence" and output != "label":
        raise InputError(path, "output", f"{dimension} is scored as a label")
    prompt = field(doc, "prompt", str, path)
    for ph in ("{question}", "{response}"):
        if ph not in prompt:
            raise InputError(path, "prompt", f"must contain {ph}")
    return Rubric(
        id=rid, version=version, dimension=dimension, description=field(doc, "description", str, path, default=""),
        output=output, labels=labels, system=field(doc, "system", str, path, default=""), prompt=prompt,
        sha256=hashlib.sha256(raw).hexdigest(), source=str(path),
    )


def load_rubrics(folder: Path = RUBRICS_DIR) -> dict[str, Rubric]:
    """Every rubric in a folder, by id."""
    return {p.stem: load_rubric(p) for p in sorted(Path(folder).glob("*.yaml"))}
