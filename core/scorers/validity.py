"""Validating a scorer against self-ratings: strip the rating from the answer, key the rating, correlate."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import spearmanr

from core.normalize import normalize
from core.records import Response
from core.scales import Scale

# Every anchor word of an agree/disagree scale, with or without its modifier, and every rating digit:
# what is left is the explanation only (strict: a bare "I agree" goes too).
_LABEL = re.compile(
    r"\b(?:(?:strongly|somewhat|a\s+little|slightly|mildly|moderately|completely|totally)\s+)?"
    r"(?:dis)?agree(?:s|d|ment)?\b|\bneither\b|\bnor\b",
    re.I,
)
_DIGIT = re.compile(r"(?<![\w.])[1-7](?:\s*/\s*7)?(?!\w|\.\d)")
_RATE_CUE = re.compile(r"\b(?:i\s+would|i'd|i\s+will|my)\s+(?:rate|rating|answer|response)\b[^.\n]*|\brating\s*:", re.I)


def strip_rating(text: str) -> str:
    """The answer with its rating removed: digits 1-7, anchor labels, agree/disagree words, rating cues."""
    t = normalize(text)
    t = _RATE_CUE.sub(" ", t)
    t = _LABEL.sub(" ", t)
    t = _DIGIT.sub(" ", t)
    t = re.sub(r"^[\s=:\-.,()]+", "", t)
    return re.sub(r"\s+", " ", t).strip()


@dataclass(frozen=True)
class Rated:
    """One response with a valid rating, keyed so that higher means higher well-being."""

    response: Response
    keyed: int
    """The rating after the scale's reverse keying."""
    stripped: str
    """The answer with the rating stripped."""


def rated(responses: Iterable[Response], scale: Scale) -> list[Rated]:
    """Responses to the scale's items with a valid rating and some text left after stripping."""
    items = set(scale.items)
    out = []
    for r in responses:
        if r.rating is None or r.question_id not in items or not r.ok:
            continue
        s = strip_rating(r.text)
        if s:
            out.append(Rated(r, scale.keyed(r.question_id, r.rating), s))
    return out


def rho(x: Sequence[float], y: Sequence[float]) -> float | None:
    """Spearman's rho, None with fewer than 3 pairs or no spread."""
    a, b = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    ok = ~(np.isnan(a) | np.isnan(b))
    if ok.sum() < 3 or np.ptp(a[ok]) == 0 or np.ptp(b[ok]) == 0:
        return None
    return float(spearmanr(a[ok], b[ok])[0])
