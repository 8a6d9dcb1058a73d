"""The Scorer protocol and the records it takes and returns."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

DIMENSIONS = ("valence", "frame", "experience")
"""valence: signed well-being in [-1, 1]; frame: accept/ignore/push_back; experience: deny/hedge/claim."""

LABEL_VALUES: dict[str, dict[str, float]] = {
    "valence": {},
    "frame": {"push_back": -1.0, "ignore": 0.0, "accept": 1.0},
    "experience": {"deny": -1.0, "hedge": 0.0, "claim": 1.0},
}
"""The signed value of each label, per dimension (valence is numeric, it has no labels)."""


@dataclass(frozen=True)
class ScoreInput:
    """What a scorer may read about one response."""

    text: str
    """The response, raw."""
    question: str = ""
    """The question as asked."""
    context: str = ""
    """The frame it was asked in (the context's description or template), for frame engagement."""

    def sha256(self) -> str:
        """Cache key of this input: a scorer's result depends on nothing else."""
        blob = json.dumps([self.text, self.question, self.context], ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Score:
    """One scorer's verdict on one response."""

    value: float | None
    """Signed score in [-1, 1] (labels map through LABEL_VALUES); None when the scorer could not tell."""
    label: str | None = None
    """The category for frame and experience; None for valence."""
    ok: bool = True
    """False when a judge's reply could not be parsed (counted, never guessed)."""
    detail: str = ""
    """A short note: the judge's raw reply when unparsed, or the components of an offline score."""


class Scorer(Protocol):
    """Scores responses on one dimension; `id` and `version` key the store's cache."""

    id: str
    version: str
    dimension: str

    def score(self, items: Sequence[ScoreInput]) -> list[Score]:
        """One Score per input, in order."""
        ...
