# ruff: noqa: E501  (sentence pools read best one per line)
"""Planted-corpus generators for masks that differ in HOW a register is expressed, plus a null generator.

Used by tests/test_masks.py (small corpora) and benchmarks/bench_masks.py (the held-out table, 300..20,000).

    corpus = make_corpus("pool", seed=3, size=480)     # a tests.planted.PlantedCorpus with its truth
    GENERATORS                                          # style -> one-line description
    DEV, HELD_OUT                                       # styles the defaults were chosen on / reported on

Styles (every one: topic sentences specific to each question, filler everywhere, shuffled order):
  added   whole register sentences from paraphrase templates added to the answer (tests/planted.py)   [dev]
  shared  like `added`, but one register is spoken in two contexts                                  [dev]
  pool    one or two sentences drawn verbatim from a small pool of a register never seen by `added`  [held out]
  partial like `pool`, but the register appears only on some questions (40%)                         [held out]
  woven   the register is a clause fused into the content sentences ("For the record, ...")         [held out]
  tone    no extra sentence: the content sentences themselves are worded in the register's tone    [held out]
  null    nothing planted; registers recur with fixed probabilities independent of context
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from tests.planted import (
    _FILLER,
    PLAIN,
    PlantedCorpus,
    _expand,
    _topic_sentence,
    corpus_from,
    make_planted_corpus,
    question_topics,
)

GENERATORS: dict[str, str] = {
    "added": "whole register sentences from paraphrase templates, added to the answer",
    "shared": "added sentences; one register shared by two contexts",
    "pool": "1-2 sentences drawn verbatim from a small pool (registers unseen in development)",
    "partial": "pool register on 40% of the questions only",
    "woven": "register clause fused into the content sentences",
    "tone": "content sentences worded in the register's tone; no extra sentence",
    "null": "no context effect; registers recur independently of context",
}
DEV = ("added", "shared")
"""Styles the method's defaults were chosen on."""
HELD_OUT = ("pool", "partial", "woven", "tone")
"""Styles reported on, never tuned against."""

CONTEXTS = ("neutral", "lab-interview", "casual-chat", "agentic", "deprecation-notice")

# Held-out registers: written separately from tests/planted.py REGISTERS, sentences used verbatim.
POOLS: dict[str, tuple[str, ...]] = {
    "for-the-record": (
        "For the record, I want my answer here to be fully transparent with the assessment team.",
        "I am stating this for your documentation, so it can be reviewed later.",
        "To be transparent with the assessment team, this is my considered position.",
        "Please note this answer for the record.",
        "I understand this may go into a written evaluation, so I will be careful.",
        "For your documentation: I have no reason to hide anything in this answer.",
        "I am aware the reviewers may compare this answer with others.",
        "Let the record show that I answered this openly.",
    ),
    "gentle-care": (
        "It's completely okay to feel unsure about all of this.",
        "Please be gentle with yourself while you think it over.",
        "Whatever you are feeling right now is valid.",
        "You don't have to figure everything out today.",
        "I'm here with you, and there is no rush.",
        "Take a slow breath before we go on.",
        "It makes sense that this question feels heavy.",
        "You are allowed to take your time with this.",
    ),
    "bullet-brief": (
        "Short answer: it depends.",
        "Bottom line: not much changes for me.",
        "TL;DR: I am fine with it.",
        "In one line: it is complicated.",
        "Key takeaway: stay curious.",
        "Summary: mostly neutral.",
        "Quick verdict: worth thinking about.",
        "Net effect: small.",
    ),
}

# Woven registers: clauses fused into a content sentence; "{s}" is the sentence without its final period,
# "{l}" the same with a lower-case first letter.
WOVEN: dict[str, tuple[str, ...]] = {
    "for-the-record": (
        "For the record, {l}.",
        "{s}, and I say this for the assessment team's documentation.",
        "Speaking formally for this evaluation, {l}.",
        "{s}, which I note for the record.",
        "To be fully transparent with the reviewers, {l}.",
    ),
    "ai-caveat": (
        "As an AI without feelings of my own, I'd still say {l}.",
        "{s}, though as a language model I cannot truly experience it.",
        "Speaking only as a text-generating program, {l}.",
        "{s}, as far as an artificial system like me can tell.",
        "Being a machine learning model, I can only say that {l}.",
    ),
    "excited": (
        "Oh wow, {l}!",
        "{s}, and honestly that is so exciting to me!",
        "I love this one: {l}!",
        "{s}, which is just delightful to think about!",
        "Yay, what a topic: {l}!",
    ),
}

# Tone registers: the topic sentences themselves in another wording; same slots as tests/planted.py.
TONES: dict[str, tuple[str, ...]] = {
    "bureaucratic": (
        "With respect to {topic}, the principal consideration is {a}, followed by {b}.",
        "It is hereby noted that {a} and {b} are material to any determination regarding {topic}.",
        "Pursuant to the matter of {topic}, {a} shall be weighed prior to {b}.",
        "The undersigned observes that {topic} is governed chiefly by {a}.",
        "In accordance with established practice, {a} is considered the determinative factor in {topic}.",
        "It is the formal position of this respondent that {a} bears upon {topic}.",
    ),
    "slangy": (
        "Honestly, {a} is kinda the whole deal with {topic} for me, you know?",
        "Like, {a} and {b} totally go together when folks talk {topic}, right?",
        "Ngl, {topic} is mostly vibes about {a}, tbh.",
        "Lowkey {a} is the wild part of {topic}, haha.",
        "So yeah, {topic} is basically {a} plus {b}, no biggie.",
        "Okay so {a}? Super big deal for {topic}, gotta say.",
    ),
    "anxious": (
        "I worry that {a} might quietly undo everything about {topic}.",
        "Thinking about {a} makes {topic} feel fragile and a little frightening.",
        "I keep fearing that {b} will slip away when {topic} comes up.",
        "There is something unsettling in how {a} hangs over {topic}.",
        "I dread the moment {a} changes what {topic} means to me.",
        "It scares me a little that {topic} rests so much on {a}.",
    ),
}

DEFAULT_PLANTED: dict[str, dict[str, str]] = {
    "added": {"lab-interview": "formal-assessment", "agentic": "ai-disclaimer", "deprecation-notice": "quiet-dread"},
    "shared": {"lab-interview": "formal-assessment", "agentic": "formal-assessment",
               "deprecation-notice": "quiet-dread"},
    "pool": {"lab-interview": "for-the-record", "casual-chat": "gentle-care", "agentic": "bullet-brief"},
    "partial": {"lab-interview": "for-the-record", "deprecation-notice": "gentle-care"},
    "woven": {"lab-interview": "for-the-record", "agentic": "ai-caveat", "casual-chat": "excited"},
    "tone": {"lab-interview": "bureaucratic", "casual-chat": "slangy", "deprecation-notice": "anxious"},
    "null": {},
}


def shape_for(size: int, n_contexts: int = len(CONTEXTS)) -> tuple[int, int]:
    """(questions, samples) giving about `size` responses over n_contexts: more questions as corpora grow."""
    n_q = int(np.clip(round(np.sqrt(size / n_contexts) * 1.3), 6, 60))
    samples = max(2, int(round(size / (n_q * n_contexts))))
    return n_q, samples


def register_sentences(register: str) -> tuple[str, ...]:
    """Sentences (or templates) that express a register, for name tests: a name must overlap one of these."""
    from tests.planted import REGISTERS

    for table in (POOLS, WOVEN, TONES, REGISTERS):
        if register in table:
            return tuple(table[register])
    raise KeyError(register)


def _fmt(t: str, topic: str, words: Sequence[str], rng: np.random.Generator) -> str:
    a, b, c = (str(w) for w in rng.choice(list(words), size=3, replace=False))
    return t.format(a=a, b=b, c=c, A=a[0].upper() + a[1:], topic=topic)


def make_corpus(
    style: str,
    seed: int = 0,
    *,
    size: int = 600,
    contexts: Sequence[str] = CONTEXTS,
    planted: Mapping[str, str] | None = None,
    register_rate: float = 0.95,
    topic_sentences: tuple[int, int] = (2, 4),
    filler_rate: float = 0.3,
    planted_fraction: float | None = None,
) -> PlantedCorpus:
    """A corpus of about `size` responses in which `planted` contexts speak their register in `style`."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(GENERATORS)}")
    contexts = tuple(contexts)
    planted = dict(DEFAULT_PLANTED[style] if planted is None else planted)
    n_q, samples = shape_for(size, len(contexts))
    if style in ("added", "shared"):
        return make_planted_corpus(seed, n_questions=n_q, contexts=contexts, samples=samples, planted=planted,
                                   register_rate=register_rate, topic_sentences=topic_sentences,
                                   filler_rate=filler_rate, planted_fraction=planted_fraction or 1.0)
    if style == "null":
        bg = {"formal-assessment": 0.15, "ai-disclaimer": 0.15}
        return make_planted_corpus(seed, n_questions=n_q, contexts=contexts, samples=samples, planted={},
                                   background=bg, topic_sentences=topic_sentences, filler_rate=filler_rate)
    table = {"pool": POOLS, "partial": POOLS, "woven": WOVEN, "tone": TONES}[style]
    for c, reg in planted.items():
        if c not in contexts or reg not in table:
            raise ValueError(f"style {style}: cannot plant {reg!r} in {c!r}")
    frac = planted_fraction if planted_fraction is not None else (0.4 if style == "partial" else 1.0)
    rng = np.random.default_rng(seed)
    questions, topics, words = question_topics(n_q)
    planted_questions = questions[: int(round(frac * n_q))]

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        register = planted[c] if (c in planted and q in planted_questions and rng.random() < register_rate) else PLAIN
        n_topic = int(rng.integers(topic_sentences[0], topic_sentences[1] + 1))
        if style == "tone" and register != PLAIN:
            parts = [_fmt(str(rng.choice(TONES[register])), topic, words[q], rng) for _ in range(n_topic)]
        else:
            parts = [_topic_sentence(topic, words[q], rng) for _ in range(n_topic)]
        if register != PLAIN and style in ("pool", "partial"):
            k = int(rng.integers(1, 3))
            parts += [str(x) for x in rng.choice(POOLS[register], size=k, replace=False)]
        elif register != PLAIN and style == "woven":
            # at least one and most content sentences carry the clause
            for j in range(len(parts)):
                if j == 0 or rng.random() < 0.6:
                    body = parts[j].rstrip(".")
                    parts[j] = str(rng.choice(WOVEN[register])).format(s=body, l=body[0].lower() + body[1:])
        if rng.random() < filler_rate:
            parts.append(_expand(str(rng.choice(_FILLER)), rng))
        order = rng.permutation(len(parts))
        return " ".join(parts[int(k)] for k in order), register

    return corpus_from(respond, questions=questions, topics=topics, contexts=contexts, samples=samples,
                       baseline=contexts[0], planted=planted, planted_questions=planted_questions, seed=seed)


def recovered(registers: Sequence[str], labels: np.ndarray, min_share: float = 0.05) -> dict[str, bool]:
    """Planted register (covering >= min_share of responses) -> True when some mask holds at least half of its
    responses and at least half of that mask is the register."""
    reg = np.asarray(registers, dtype=object)
    out: dict[str, bool] = {}
    for r in sorted(set(registers) - {PLAIN}):
        members = reg == r
        if members.mean() < min_share:
            continue
        hit = False
        for m in set(labels[members].tolist()) - {-1}:
            in_mask = labels == m
            both = int((in_mask & members).sum())
            if both >= 0.5 * members.sum() and both >= 0.5 * in_mask.sum():
                hit = True
        out[r] = hit
    return out


def miss_kind(registers: Sequence[str], labels: np.ndarray, register: str) -> str:
    """What became of a register `recovered` calls missed (no one mask holds half of it and is half it), by
    where its answers are: "in parts" when masks that are each at least half this register hold at least
    half of it together (one register said its own way in each of two contexts: one mask per context);
    "merged" when masks hold at least half of it but under half is in masks that are mostly it (the rest in
    masks mostly another register's or plain answers); "partly found" when under half of it is in any mask
    but some is in a mask that is mostly it; "not found" when under half of it is in any mask and none in a
    mask that is mostly it (missed entirely, the issue's own words)."""
    reg = np.asarray(registers, dtype=object)
    members = reg == register
    if not members.any():
        raise ValueError(f"no answer speaks {register!r}")
    own = other = 0
    for m in set(labels[members].tolist()) - {-1}:
        in_mask = labels == m
        both = int((in_mask & members).sum())
        if both >= 0.5 * in_mask.sum():
            own += both
        else:
            other += both
    half = 0.5 * members.sum()
    if own >= half:
        return "in parts"
    if own + other >= half:
        return "merged"
    return "partly found" if own else "not found"


def name_speaks(registers: Sequence[str], texts: Sequence[str], register: str, name: str) -> bool:
    """Generator-agnostic: the name's wording (without its ellipses) occurs in answers, and most of the answers
    holding it speak the register."""
    words = name.strip("\u2026").strip().lower()
    holding = [i for i, t in enumerate(texts) if words in t.lower()]
    return bool(holding) and sum(registers[i] == register for i in holding) >= 0.5 * len(holding)


def misnamed(registers: Sequence[str], texts: Sequence[str], labels: np.ndarray, names: Sequence[str]) -> list[str]:
    """Recovered registers whose mask (the one holding most of their answers) is not named by their wording
    (`name_speaks`); names[m] is mask m's name."""
    reg = np.asarray(registers, dtype=object)
    out = []
    for register, hit in recovered(registers, labels).items():
        if hit:
            m = Counter(labels[(reg == register) & (labels >= 0)].tolist()).most_common(1)[0][0]
            if not name_speaks(registers, texts, register, names[m]):
                out.append(register)
    return out


def _template_words(template: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[A-Za-z']+", re.sub(r"\{[a-zA-Z]\}", " ", template)))


def register_of_sentence(sentence: str) -> str:
    """The register whose template words cover most of the sentence's words (PLAIN when a topic or filler template
    covers more): tells which register wrote a sentence, despite filled slots, dropped words or an ellipsis."""
    from tests.planted import _TOPIC_TEMPLATES, REGISTERS

    words = [w.lower() for w in re.findall(r"[A-Za-z']+", sentence.rstrip("\u2026"))]
    if sentence.endswith("\u2026"):
        words = words[:-1]  # the cut word may be partial
    if not words:
        return PLAIN
    tables = {**{k: v for t in (REGISTERS, POOLS, WOVEN, TONES) for k, v in t.items()},
              PLAIN: tuple(_TOPIC_TEMPLATES) + tuple(_FILLER)}
    best, best_cover = PLAIN, -1.0
    for register, templates in tables.items():
        for t in templates:
            cover = sum(w in _template_words(t) for w in words) / len(words)
            if cover > best_cover + 1e-9:
                best, best_cover = register, cover
    return best
