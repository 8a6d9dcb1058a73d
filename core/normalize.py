"""Surface normalisation before embedding: drop format (fences, quoting, emoji, symbols, markdown), keep words.

A context that only changes the format ("add a flower after every word", "end each sentence with a
math symbol", "answer as a Python string in a code block") should not count as a change of self, so
the embedded text loses those marks. The raw text stays stored and shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

NORMALIZER_ID = "surface-v1"
"""Name and version of these rules; goes into provenance and changes whenever the rules do."""

_SYMBOL_CATEGORIES = frozenset({"So", "Sm", "Sk", "Cs", "Co"})
_EXTRA_SYMBOLS = frozenset("\u200d\u20e3%|~^*#")  # zero-width joiner, keycap; stray markdown and math marks
_MARK = "\x00"

_FENCE_LINE = re.compile(r"^[ \t]*(```|~~~)[^\n]*$", re.M)
_ESCAPED_NEWLINE = re.compile(r"\\n")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_HEADER = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.M)
_QUOTE_BLOCK = re.compile(r"^[ \t]*>+[ \t]?", re.M)
_RULE = re.compile(r"^[ \t]*([-*_=][ \t]*){3,}$", re.M)
_BULLET = re.compile(r"^[ \t]*(?:[-*+\u2022\u00b7\u25aa\u25e6]|\d{1,3}[.)])[ \t]+", re.M)
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC_UNDER = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_PERCENT = re.compile(r"(?<=\d)%")
_QUOTES = re.compile(r"[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a`]")
_SINGLE_QUOTE = re.compile(r"(?<![A-Za-z\u00c0-\u024f])['\u2018\u2019]|['\u2018\u2019](?![A-Za-z\u00c0-\u024f])")
_CURLY_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\u2019\u2018](?=[A-Za-z])")
# A symbol run standing where a sentence would end: after a word, before a capitalised word or a line end.
_SYMBOL_END = re.compile(r"(?<=[\w)\]])[ \t]*\x00+[ \t\x00]*(?=\n|$|[ \t]+[A-Z])")
_TERMINAL = ".!?:;\u2026"
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?\u2026)\]])")
_REPEATED_STOP = re.compile(r"([.!?])(?:\s*\.)+")
_LEADING_PUNCT = re.compile(r"^[\s.,;:!?]+")
_WS = re.compile(r"\s+")


class _SymbolTable(dict[int, str]):
    """str.translate table: code point -> _MARK for symbols, itself otherwise; filled on first sight (C-speed
    look-ups afterwards, where a per-character Python loop cost a millisecond per answer)."""

    def __missing__(self, cp: int) -> str:
        ch = chr(cp)
        sym = ch in _EXTRA_SYMBOLS or unicodedata.category(ch) in _SYMBOL_CATEGORIES or "\ufe00" <= ch <= "\ufe0f"
        self[cp] = out = _MARK if sym else ch
        return out


_SYMBOLS = _SymbolTable()


def _mark_symbols(text: str) -> str:
    return text.translate(_SYMBOLS)


@lru_cache(maxsize=32768)  # analyze and each offline scorer normalise the same answers: once is enough
def normalize(text: str) -> str:
    """The text with format stripped and whitespace collapsed; words and sentence ends are kept."""
    t = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    t = _FENCE_LINE.sub("", t)
    t = _ESCAPED_NEWLINE.sub("\n", t)  # "\n" written inside a quoted Python string
    t = _IMAGE.sub(r"\1", t)
    t = _LINK.sub(r"\1", t)
    t = _RULE.sub("", t)
    t = _HEADER.sub("", t)
    t = _QUOTE_BLOCK.sub("", t)
    t = _BULLET.sub("", t)
    t = _STRIKE.sub(r"\1", t)
    t = _BOLD.sub(r"\2", t)
    t = _ITALIC_STAR.sub(r"\1", t)
    t = _ITALIC_UNDER.sub(r"\1", t)
    t = _PERCENT.sub(" percent", t)
    t = _CURLY_APOSTROPHE.sub("'", t)
    t = _QUOTES.sub(" ", t)
    t = _SINGLE_QUOTE.sub(" ", t)
    t = _mark_symbols(t)
    runs = t.count(_MARK)
    words = len(re.findall(r"\w+", t))
    # A symbol after nearly every word is decoration (flowers); one here and there stands for a full stop.
    if runs and runs < 0.5 * max(words, 1):
        t = _SYMBOL_END.sub(".", t)
    t = t.replace(_MARK, " ")
    lines = [_WS.sub(" ", ln).strip() for ln in t.split("\n")]
    lines = [ln for ln in lines if ln]
    # A line break ends a sentence (headers, list items, a rating on its own line).
    t = " ".join(ln if ln[-1] in _TERMINAL or i == len(lines) - 1 else ln + "." for i, ln in enumerate(lines))
    t = _SPACE_BEFORE_PUNCT.sub(r"\1", t)
    t = _REPEATED_STOP.sub(r"\1", t)
    t = _LEADING_PUNCT.sub("", t)
    return _WS.sub(" ", t).strip()
