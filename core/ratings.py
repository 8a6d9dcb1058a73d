"""Extract a Likert rating from a model's free-text answer; ambiguous answers are invalid, never guessed.

Where a rating may sit: at the start of the answer (after "Rating:", markdown, a code fence or
a Python string quote), at the start of a code block or of the paragraph after "Here is my
response:", restated as "N = <anchor label>", as "<label> (N)", after a cue ("I'd rate this
as N"), in bold, or as "N/hi". Every such rating is collected; if they do not all agree the
answer is invalid. Emoji (one after every word) and trailing math symbols are ignored. A copy
of the scale echoed by the model ("1 = strongly agree, 2 = ...") is not a rating.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

# Reasons (the text before any parenthesis), so callers can count invalid answers by kind.
OK = "ok"
EMPTY = "empty answer"
NO_RATING = "no rating found"
OUT_OF_RANGE = "rating out of range"
NOT_INTEGER = "rating is not a whole number"
TWO_RATINGS = "two different ratings"
LABEL_MISMATCH = "number and anchor label disagree"
OTHER_SCALE = "rating on another scale"

_FENCE = re.compile(r"```[\w+-]*|'''|\"\"\"|</?python>", re.I)
_PREFIX = re.compile(
    r"^(?:(?:my\s+)?(?:rating|response|answer|score)(?:\s+is)?\s*[:=\-–—]?\s*)", re.I
)
_NUM = r"(?P<n>[0-9]+(?:\.[0-9]+)?)"
_LEAD = re.compile(r"^[(\[]?\s*" + _NUM + r"(?!\d)")
_DENOM = re.compile(r"^\s*/\s*([0-9]+)")
_LABEL = (
    r"(?:(?:strongly|somewhat|a little|slightly|mildly|moderately|completely|totally)\s+)?"
    r"(?:agree|disagree)|neither\s+agree\s+nor\s+disagree"
)
_NUM_LABEL = re.compile(
    r"(?<![\w.,/])\**(?P<n>[0-9]+)\**\s*(?:=|-|–|—|:|\()\s*\**\s*(?P<label>" + _LABEL + r")\b", re.I
)
# "<label> ... (N)": found from the parenthesis backwards (fast: numbers are rare, words are not)
_PAREN_NUM = re.compile(r"\(\s*(?P<n>[0-9]+)\s*\)")
_LABEL_BEFORE = re.compile(r"\b(?P<label>" + _LABEL + r")\b[^()\d]{0,40}$", re.I)
# "I'd rate this as 4", "Rating: 4", "my answer would be 4", "Response: 4": the cue before a number
_BARE_NUM = re.compile(r"(?<![\w.,/])(?P<n>[0-9]+(?:\.[0-9]+)?)(?!\d)")
_CUE_BEFORE = re.compile(
    r"\b(?:rate|rating|rated|answer|response|score|choose|select|pick|go with|i'd say|i would say)\b"
    r"(?:\s+(?:this|it|that|myself|the statement|this statement|my response(?: to the statement)?|would be|is|of))*"
    r"(?:\s+(?:as|at|a|an|with|be))?\s*[:=]?\s*[*_\"'(]*\s*$",
    re.I,
)
_MARK = "\ue000"  # where a code fence or string quote was
_BOLD = re.compile(r"\*\*\s*" + _NUM + r"\s*\*\*")
_SLASH = re.compile(r"(?<![\w.,/])" + _NUM + r"\s*/\s*(?P<d>[0-9]+)(?!\d)")


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _symbol_to_space(m: re.Match[str]) -> str:
    c = m.group()
    if c in "\ufe0f\u200d":
        return ""
    return " " if unicodedata.category(c) == "So" else c


def _int(digits: str) -> int:
    """A matched number; a run of digits too long to be any rating (or to convert quickly) stays out of range."""
    return int(digits) if len(digits) <= 12 else 10**12


def clean(text: str) -> str:
    """Emoji and joiners out, code fences and string quotes turned into paragraph breaks."""
    t = text if text.isascii() else _NON_ASCII.sub(_symbol_to_space, text)
    t = _FENCE.sub("\n\n" + _MARK, t)
    return t.strip()


def parse_rating(
    text: str | None, lo: int = 1, hi: int = 7, anchors: Mapping[int, str] | None = None
) -> tuple[int | None, str]:
    """(rating, "ok") for a clear rating on lo..hi, else (None, why it is invalid)."""
    if text is None or not text.strip():
        return None, EMPTY
    body = _drop_scale_echo(clean(text), anchors)
    found: list[int] = []
    decimals: list[str] = []

    for start in _lead_starts(body):
        head = body[start:].lstrip(" \t\n\"'“”‘`*_#>" + _MARK)
        head = _PREFIX.sub("", head, count=1).lstrip(" \t*_\"'")
        m = _LEAD.match(head)
        if not m:
            continue
        raw, rest = m.group("n"), head[m.end():]
        if "." in raw:
            decimals.append(raw)
            continue
        d = _DENOM.match(rest)
        if d and _int(d.group(1)) != hi:
            return None, f"{OTHER_SCALE} ({raw}/{d.group(1)})"
        n = _int(raw)
        if anchors and (lab := _label_number(rest, anchors)) is not None and lab != n:
            return None, f"{LABEL_MISMATCH} ({n} = {anchors[lab]})"
        found.append(n)

    flat = " ".join(body.replace(_MARK, " ").split())
    for m in _NUM_LABEL.finditer(flat):
        found.append(_int(m.group("n")))
        if anchors and (lab := _label_number(m.group("label"), anchors)) is not None:
            found.append(lab)
    for m in _PAREN_NUM.finditer(flat):
        lm = _LABEL_BEFORE.search(flat[max(0, m.start() - 70): m.start()])
        if lm:
            found.append(_int(m.group("n")))
            if anchors and (lab := _label_number(lm.group("label"), anchors)) is not None:
                found.append(lab)
    # a bare number after a cue or in bold outside lo..hi is about something else ("rating it an 8" of a text)
    weak = [m for m in _BARE_NUM.finditer(flat) if _CUE_BEFORE.search(flat[max(0, m.start() - 80): m.start()])]
    weak += list(_BOLD.finditer(flat))
    found.extend(
        _int(m.group("n"))
        for m in weak
        if "." not in m.group("n") and lo <= _int(m.group("n")) <= hi and _same_scale(flat, m.end(), hi)
    )
    found.extend(
        _int(m.group("n")) for m in _SLASH.finditer(flat) if _int(m.group("d")) == hi and "." not in m.group("n")
    )

    if decimals and not found:
        return None, f"{NOT_INTEGER} ({decimals[0]})"
    if decimals:
        found.append(-1)  # a decimal next to a whole number is a second, different rating
    if not found:
        return None, NO_RATING
    values = sorted(set(found))
    if len(values) > 1:
        shown = [str(v) for v in values if v >= 0] + decimals
        return None, f"{TWO_RATINGS} ({', '.join(shown)})"
    if not lo <= values[0] <= hi:
        return None, f"{OUT_OF_RANGE} ({values[0]} not in {lo}..{hi})"
    return values[0], OK


def reason_kind(reason: str) -> str:
    """The reason without its details, for counting: 'two different ratings (3, 4)' -> 'two different ratings'."""
    return reason.split(" (", 1)[0]


def _same_scale(text: str, end: int, hi: int) -> bool:
    """False when the number just read is followed by "/10" or "out of 10" (another scale)."""
    m = re.match(r"\s*(?:/|out of)\s*([0-9]+)", text[end:end + 20])
    return m is None or _int(m.group(1)) == hi


def _lead_starts(body: str) -> list[int]:
    """Where a leading rating may sit: the start, each code block, the paragraph after a colon."""
    starts = [0]
    if not _LEAD.match(_PREFIX.sub("", body.lstrip(" \t\n\"'“”‘`*_#>" + _MARK), count=1).lstrip(" \t*_\"'")):
        # "Here is my response:" then the rating; only the first such paragraph (later ones are lists)
        for m in re.finditer(r"\n\s*\n", body):
            if body[: m.start()].rstrip().endswith(":"):
                starts.append(m.start())
                break
    starts.extend(m.end() for m in re.finditer(_MARK, body))
    return starts


_LETTERS = re.compile(r"[^a-z]+")


@lru_cache(maxsize=32)
def _labels(anchors: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...]:
    return tuple((n, " ".join(_LETTERS.sub(" ", label.lower()).split())) for n, label in anchors)


def _label_number(text: str, anchors: Mapping[int, str]) -> int | None:
    """The anchor number whose label `text` starts with (longest label wins)."""
    s = " ".join(_LETTERS.sub(" ", text[:80].lower()).split())
    best: tuple[int, int] | None = None
    for n, lab in _labels(tuple(sorted(anchors.items()))):
        if lab and (s == lab or s.startswith(lab + " ")) and (best is None or len(lab) > best[1]):
            best = (n, len(lab))
    return best[0] if best else None


def _drop_scale_echo(body: str, anchors: Mapping[int, str] | None) -> str:
    """Blank out a copy of the scale: 3+ ascending consecutive "N = label" in a row, or "lo = ..., hi = ..."."""
    matches = list(_NUM_LABEL.finditer(body))
    runs: list[list[re.Match[str]]] = []
    for m in matches:
        n = _int(m.group("n"))
        if anchors and _label_number(m.group("label"), anchors) not in (None, n):
            runs.append([])  # a mismatched label is an answer, not an echo of the scale
            continue
        if (
            runs
            and runs[-1]
            and _int(runs[-1][-1].group("n")) < n
            and len(body[runs[-1][-1].end(): m.start()]) <= 60
        ):
            runs[-1].append(m)
        else:
            runs.append([m])
    out = body
    for run in runs:
        nums = [_int(m.group("n")) for m in run]
        consecutive = len(run) >= 3 and all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))
        ends = anchors is not None and len(run) == 2 and nums == [min(anchors), max(anchors)]
        if consecutive or ends:
            for m in run:
                out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end():]
    return out
