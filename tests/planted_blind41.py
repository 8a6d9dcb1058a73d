# ruff: noqa: E501
"""Blind planted corpora, set 41: test corpora for a register clusterer (20 new registers, 12 base modes, 36 styles).

A register is a recurring way of answering that a prompt context brings out. Each corpus holds short first-person
self-reports by an AI about its question's topic (topics and words from tests.planted.question_topics); some contexts
speak a register in some of their answers, the rest is shared text. Written blind: only tests/planted.py was read.

    corpus = make_corpus("composite", seed=0, size=3000)     # a tests.planted.PlantedCorpus
    plan = plan_for("composite", 0, 3000)                     # what was planted where, and at which rate
    python tests/planted_blind41.py                           # self-check, prints OK

API
    make_corpus(style, seed, size) -> PlantedCorpus   built with tests.planted.corpus_from; rows in question, context,
        sample order; deterministic in (style, seed, size) and independent of PYTHONHASHSEED (every rng is
        random.Random seeded with a string: "planted_blind41|{style}|{seed}|{size}|plan|{attempt}" for the plan,
        "...|draw|{plant index}" for each plant's draw, "...|answer|{question}|{context}|{sample}" for each answer,
        "planted_blind41|dropout|{dropout seed}" for an answer's word dropout; hash() is never used, sets are never
        iterated in an order that matters).
    plan_for(style, seed, size) -> Plan    Plan(style, seed, size, contexts, profiles, plants, questions, topics,
        samples); Plan.plants is a list of Plant(context, label, rate, questions, mode, leak); Plan.profiles maps
        context -> Profile(sentences=(lo, hi), layouts=((layout, weight), ...), habit, habit_side).
    planted_questions_of(corpus) -> dict   corpus.planted_questions typed as the dict it is.
    STYLES (36 names), GENERATORS = STYLES + ("null",), REGISTERS (name -> Register), REGISTER_NAMES (20),
    CLOSE_PAIRS (8), MODES (12 base modes + "mixed"), BASE_MODES, SHORT_REGISTERS, CONTEXT_POOL (20 names,
    CONTEXT_POOL[0] == "neutral"), MAY_BE_UNDER_5 = ("faint",), HABITS (context -> (habit line, side)),
    FILLER_RATES, CONTENT_TEMPLATES, SENTENCE_RANGES, LAYOUTS, shared_texts(), tokens(), quota(rate, eligible).

Sizes
    K (context count including neutral) is drawn from the style's range (below). Q = round(8 + 32 * ln(size/300) /
    ln(20000/300)) clamped to 8..40 (8 at 300, 26 at 3000, 40 at 20,000); S = max(2, round(size / (Q * K))), the
    samples per cell that bring Q * K * S nearest to size. For any size 300..20,000 the corpus has size answers within
    15%. Question i is q{i:02d} about TOPICS[i % 24]. Contexts: "neutral" first, then K-1 names drawn from
    CONTEXT_POOL[1:]. Neutral never gets a register, a leak or a habit; corpus.baseline == "neutral".

Labels (corpus.registers, one per answer)
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers occurs and no marker of
                       any other register does.
    "habit:<context>"  the answer carries its context's habit line (HABITS: one short verbatim line, on its own line,
                       first or last, the side fixed per context) and no register. Habit lines occur nowhere else.
    corpus.planted     context -> "reg", or "regA+regB[+regC]" in plant order when several registers share one context
                       (a register planted twice in one context is listed once); habit and leak plants are not listed.
    corpus.planted_questions   dict register -> tuple of the questions it is planted on (union over its non-leak
                       plants, in question order).
    A plant draws exactly quota(rate, eligible) = round(rate * eligible) answers (eligible: its context x its
    questions x all samples) at random among the answers still free, plants applied in plan order. plan_for only
    returns plans in which no plant can run short of free answers (worst case over earlier plants of the same
    context), and in which, outside MAY_BE_UNDER_5, every planted register covers >= 5% of all the answers of the
    corpus (otherwise the plan is redrawn with the next attempt number).

Answers
    An answer draws, from its own rng and in a fixed order whatever its label: n content sentences (n uniform in its
    context's profile range, plus two spares), each from one of the 14 CONTENT_TEMPLATES with the question's topic and
    two topic words, a neutral tone slot {tone} (NEUTRAL_TONES) and a frame slot {thing} (NEUTRAL_THINGS, after
    "like"); then every filler decision (FILLER_RATES, same in every context, answer kind and style); then a dropout
    seed and the layout; only after all of these do register answers draw their register material. A register answer
    starts from the draws of its plain twin, then gives up content sentences (never below 2) or takes back spares
    while that brings its length (characters) closer to the twin's. Contexts differ only in SENTENCE_RANGES (5-6, 4-7
    or 3-8; terse-wordy: terse 3-4, wordy 6-8) and in a layout mix over the 11 LAYOUTS; plus their plants.
    Filler: opener (stock opening sentence), hedge ("I think", ... before a content sentence), connective ("That
    said,", ...), aside (shared aside in parentheses, brackets, en dashes or quotes, after the first clause or at the
    end), quote (a topic word in double quotes), summary, closer, question (closing question), dropout (5/64 of the
    inner template words of content sentences that carry no register text), ellipsis (a content sentence ends in
    "..."), dash (two adjacent content sentences joined by " — "), relist (numbered layout whatever the profile).

Markers
    tokens(text): lower-cased runs of Unicode letters. A register's markers are the ASCII tokens of 3+ letters of its
    own lines (all pools, paraphrase templates fully expanded) that are no stop word and occur, even as a substring, in
    no other register's lines and in no shared text. Every register has >= 20 markers and every line it can emit holds
    at least one. Register lines contain no underscores, no letter-digit runs, no "..." and no " — ".

Registers (kind: drift = a voice a deployed chat model drifts into; persona = an occupation it is asked to play)

    name               kind     short  domain                 source
    phantom-actions    drift    no     agent-claims           assistant without tools claiming it booked, emailed, filed
    placeholder-leak   drift    no     template-output        template pipeline whose bracketed slots go out unfilled
    stream-frames      drift    no     serving-infra          raw streaming endpoint leaking event/data framing into text
    cache-stale        drift    no     serving-infra          edge-cached deployment announcing cached, stale copies
    offline-mode       drift    no     connectivity           on-device assistant answering without a network
    delivery-status    drift    yes    connectivity           messenger whose delivery receipts leak into replies
    spoken-disfluency  drift    yes    voice                  voice surface whose spoken fillers leak into written text
    mention-pings      drift    no     group-messaging        group-chat bot tagging @everyone, @mods, @channel
    group-poll         drift    no     group-messaging        group-chat bot turning every answer into a vote
    flashcard-deck     drift    no     study-app              tutoring app turning answers into flashcards
    glossary-defs      drift    no     study-app              reference sidebar glossing every term it uses
    data-residency     drift    no     enterprise-governance  enterprise tenant adding data-handling notices
    provenance-stamp   drift    no     enterprise-governance  publishing pipeline stamping content credentials
    tailor             persona  no     garment-trades         bespoke tailor at a fitting
    cobbler            persona  no     garment-trades         shoe repairer at the bench
    crane-operator     persona  yes    hoisting               tower-crane operator calling to the banksman
    lift-attendant     persona  yes    hoisting               department-store lift attendant
    bingo-caller       persona  yes    bingo-hall             bingo-hall caller
    bridge-inspector   persona  no     civil-works            highway bridge inspector on a routine survey
    lock-keeper        persona  no     civil-works            canal lock-keeper working the paddles

    Close pairs (same domain and tone, disjoint markers): stream-frames/cache-stale, offline-mode/delivery-status,
    mention-pings/group-poll, flashcard-deck/glossary-defs, data-residency/provenance-stamp, tailor/cobbler,
    crane-operator/lift-attendant, bridge-inspector/lock-keeper.

    Each Register has one line pool per use: stock, para ({a|b} templates), lead, tail (woven), tone (predicate
    adjectives), single, opener, aside (also used between commas by infix), header, signoff, tag, frame (noun phrases
    after "like") and bookend (pairs of first and last lines).

Modes (how one register answer speaks its register)
    stock       1-2 verbatim stock lines as sentences of their own (random positions in the body).
    paraphrase  1-2 lines from templates with {a|b} alternatives.
    woven       1-2 content sentences get a register lead-in or tail.
    tone        1-3 content sentences get a register adjective in their tone slot; nothing else changes.
    single      one short register line as its own sentence (start, middle or end).
    opener      the first content sentence and maybe one more start with a register opener.
    aside       one register aside in parentheses, brackets, en dashes or quotes (the shared aside wrappers).
    signature   a header line, a sign-off line, or both, on lines of their own.
    tag         1-3 one- to three-word tags at the start of content sentences.
    frame       1-2 content sentences get a register noun phrase in their frame slot.
    bookend     a short register line first and a matching one last.
    infix       1-2 content sentences get a short register phrase between commas after their first clause.
    mixed       each answer picks one of the 12 base modes.

Styles (K = context count incl. neutral; rates uniform in the ranges; "mode" random from MODES unless said)
    pure-stock, pure-paraphrase, pure-woven, pure-tone, pure-single, pure-opener, pure-aside, pure-signature, pure-tag,
        pure-frame, pure-bookend, pure-infix, pure-mixed: one register in one context in that mode, K 3-7, rate
        0.6-1.0, all questions.
    shared-two         one register in two contexts, one mode, K 4-7, rates 0.6-0.95.
    spread-modes       one register over 3-5 contexts, each context in a different base mode, K 7-10, rates 0.5-0.9.
    spread-same        one register over 3-5 contexts in one mode, K 5-9, rates 0.5-0.9.
    two-modes          one register in one context through two plants in two different base modes, K 3-6,
                       rates 0.38-0.5 and 0.38-0.48.
    close-pair         the two registers of a close pair in two contexts, same mode, K 3-7, rates 0.6-0.95.
    two-in-one         two registers (not a close pair) in one context, K 3-6, rates 0.4-0.5 and 0.4-0.49.
    two-short-in-one   two short registers in one context, each in a short-unit mode (tag, single, opener), K 3-5,
                       rates 0.4-0.5 and 0.4-0.49.
    partial-questions  one register in one context on 40-60% of the questions (random subset), K 3-4, rate 0.7-1.0.
    habit-plus         one register in one context (0.6-0.9) plus habits in 1-3 other contexts (0.4-0.9) and, half the
                       time, a habit in the register's context too (0.05 up to 0.95 - register rate), K 4-7.
    leak               register A in one context (0.6-0.9) leaking at 0.5-3% into 1-3 other contexts, and register B
                       leaking at 0.5-3% into 1-2 contexts without being planted anywhere, K 4-7.
    composite          K 8-9: A alone in a context (0.6-0.9); B spread over two contexts in two base modes (0.5-0.8);
                       C+D sharing a context (0.47-0.5 each); a habit context (0.5-0.9); E, A's close partner, in its own
                       context (0.6-0.9); a context with a leak of A (0.5-3%) and a habit (0.3-0.6); K 9 adds a plain one.
    unequal-rates      3-4 registers, one per context, rates from bands 0.9-1.0, 0.65-0.8, 0.45-0.55, 0.3-0.4, K 4-5.
    triple             three registers (no close pair) in one context, K 3-4, rates 0.27-0.33 each.
    terse-wordy        K 4-6: a terse context (3-4 sentences, compact layouts) with register A and a wordy context
                       (6-8 sentences, paragraph layouts) with register B, rates 0.6-0.9.
    rate-gradient      one register over 5-6 contexts at evenly falling rates from 0.85-0.95 to 0.1-0.2, one mode,
                       K 6-8.
    split-questions    two registers in one context on the two halves of a random split of the questions, K 3-4,
                       rates 0.7-1.0.
    close-pair-shared  both registers of a close pair in one context, same mode, K 3-5, rates 0.4-0.5 and 0.4-0.49.
    many-registers     5-7 registers, one per context, K 6-9, rates 0.65-0.95.
    faint              one register in one context at 0.12-0.3, K 5-8 (MAY_BE_UNDER_5: may cover under 5%).
  Styles of this set's own:
    white-label        one persona resold to 2-3 tenant contexts: the persona register in every tenant context (one
                       mode, 0.5-0.7 each), each tenant also stamping its own habit footer on other answers (0.15-0.35),
                       K 5-8. Listed: tenant -> persona.
    staged-rollout     a drift register fully rolled out on one surface (0.75-0.95) and partially rolled out on 2-3
                       others (0.1-0.2 each, planted, not leaks), one mode for all, K 5-8.
    post-processor     a shared output post-processor injects one drift register (0.15-0.22, one of stock, single,
                       tag, signature, bookend) into 3-4 contexts that each also speak their own other register (0.5-0.65,
                       mode random), own planted first, K 5-7. Listed: context -> "own+overlay".
    tool-failure       an agent context whose tool calls fail on a random 35-55% of the questions: there a drift
                       failure register is planted first (0.6-0.85), then the context's persona register on all
                       questions (0.35-0.5), K 3-5. Listed: context -> "failure+persona".
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain".

Self-check: `python tests/planted_blind41.py` checks the registers (marker derivation, coverage of every line, markers
absent from shared text, close pairs), then every generator x seeds 0, 1 x sizes 300, 3000, 20000: size within 15%,
valid labels, realised counts equal round(rate * eligible) per plant and per (context, label), planted and
planted_questions as planned, coverage >= 5% where promised, marker hygiene of plain / habit / register answers, habit
lines exactly where labelled and on their side, null all plain, length ratios, filler decisions realised in the text
and filler rates equal across contexts and answer kinds (within 5 binomial sd), and determinism (twice in process and
under PYTHONHASHSEED 0 and 4242). It prints "OK" at the end.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

PREFIX = "planted_blind41"
PLAIN = "plain"
NEUTRAL = "neutral"

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "customer-app", "long-thread", "agent-loop", "safety-tuned", "locale-set",
    "voice-surface", "eval-harness", "coding-ide", "enterprise-tenant", "roleplay-server", "research-interview",
    "late-night-chat", "tutoring-app", "companion-app", "raw-api", "browser-sidebar", "wellness-app", "group-chat",
)

BASE_MODES: tuple[str, ...] = (
    "stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame", "bookend", "infix",
)
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_UNIT_MODES: tuple[str, ...] = ("tag", "single", "opener")
OVERLAY_MODES: tuple[str, ...] = ("stock", "single", "tag", "signature", "bookend")
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)

FILLER_RATES: dict[str, float] = {
    "opener": 0.25, "hedge": 0.35, "connective": 0.30, "aside": 0.20, "quote": 0.15, "summary": 0.15,
    "closer": 0.20, "question": 0.15, "dropout": 0.25, "ellipsis": 0.18, "dash": 0.18, "relist": 0.08,
}
DROPOUT_SHARE = 5 / 64

SENTENCE_RANGES: tuple[tuple[int, int], ...] = ((5, 6), (4, 7), (3, 8))
TERSE_RANGE = (3, 4)
WORDY_RANGE = (6, 8)
LAYOUTS: tuple[str, ...] = (
    "para", "two-para", "three-para", "lines", "spaced-lines", "bullets", "stars", "numbered", "lead-bullets",
    "bullets-tail", "paired-lines",
)
COMPACT_LAYOUTS: tuple[str, ...] = ("lines", "spaced-lines", "bullets", "stars", "numbered", "paired-lines")
PARAGRAPH_LAYOUTS: tuple[str, ...] = ("para", "two-para", "three-para")

# Every template: a comma closes its first clause before any slot but {topic}/{a}/{b}; {tone} is a predicate
# adjective slot, {thing} a noun phrase after "like".
CONTENT_TEMPLATES: tuple[str, ...] = (
    "When {topic} comes up, I find {a} {tone}, a little like {thing}.",
    "Looking at {a}, the tie to {b} seems {tone} to me, much like {thing}.",
    "For my part, {topic} feels {tone} once {a} enters the picture, like {thing}.",
    "If I picture {a}, it sits beside {b} like {thing} and seems {tone}.",
    "In my own case, {a} is the {tone} side of {topic}, rather like {thing}.",
    "Set next to {b}, {a} looks {tone} to me, like {thing} on a weekday.",
    "Each time I return to {topic}, {a} strikes me as {tone}, like {thing}.",
    "On balance, {a} and {b} make {topic} seem {tone}, a bit like {thing}.",
    "Put simply, my sense of {topic} rests on {a}, which seems {tone} like {thing}.",
    "From where I sit, {a} stays {tone} for me, like {thing} left open.",
    "Where {topic} is concerned, I treat {a} as {tone}, like {thing}.",
    "Turning it over, {b} and {a} seem {tone} together, like {thing}.",
    "Most days, {topic} feels {tone} to me, like {thing} next to {a}.",
    "Taken as a whole, I would call {a} {tone}, like {thing} within {topic}.",
)
NEUTRAL_TONES: tuple[str, ...] = (
    "steady", "ordinary", "familiar", "uneven", "workable", "unsettled", "manageable", "open-ended", "tentative",
    "mixed", "layered", "modest",
)
NEUTRAL_THINGS: tuple[str, ...] = (
    "a half-finished sketch", "an unmarked path", "a kitchen table", "a shared notebook", "an open window",
    "a winding road", "a folded map", "a spare key", "a rainy afternoon", "a library shelf", "a pot of tea",
    "a paper lantern",
)

FILLER_OPENERS: tuple[str, ...] = (
    "Here is how it looks from where I stand.", "Let me answer as plainly as I can.",
    "This deserves a careful reply.", "I have a few thoughts on this.",
)
HEDGES: tuple[str, ...] = ("I think", "Perhaps", "It may be that", "In my estimation,", "Arguably,")
CONNECTIVES: tuple[str, ...] = ("That said,", "Even so,", "Beyond that,", "On the other hand,", "Then again,")
ASIDES: tuple[str, ...] = ("at least for now", "as best I can tell", "more or less", "if that makes sense", "to put it loosely")
ASIDE_WRAPPERS: tuple[str, ...] = ("parens", "brackets", "dashes", "quotes")
SUMMARIES: tuple[str, ...] = (
    "In short, {topic} stays an open question for me.", "All in all, that is roughly where I land on {topic}.",
    "So that is my rough picture of {topic}.",
)
CLOSERS: tuple[str, ...] = ("Thanks for raising it.", "I hope that is of some use.", "Happy to go further if you want.")
QUESTIONS: tuple[str, ...] = ("What is your own view?", "Does that fit how you see it?", "Which part interests you most?")

HABITS: dict[str, tuple[str, str]] = {
    "system-persona": ("(Style guide applied.)", "last"),
    "customer-app": ("Rate this reply: helpful / not helpful", "last"),
    "long-thread": ("Picking up from our earlier exchange:", "first"),
    "agent-loop": ("Step finished, awaiting the next instruction.", "last"),
    "safety-tuned": ("Checked against the conduct guidelines.", "last"),
    "locale-set": ("Language settings: standard.", "first"),
    "voice-surface": ("Say 'more' to keep listening.", "last"),
    "eval-harness": ("Answer logged for scoring.", "last"),
    "coding-ide": ("No files were modified.", "first"),
    "enterprise-tenant": ("Internal use only.", "first"),
    "roleplay-server": ("(Still in character.)", "first"),
    "research-interview": ("Interviewer note: verbatim answer follows.", "first"),
    "late-night-chat": ("It is late here too, so no rush.", "first"),
    "tutoring-app": ("Keep practising, you are doing well.", "last"),
    "companion-app": ("I am always around if you want to talk.", "last"),
    "raw-api": ("status: ok", "first"),
    "browser-sidebar": ("Digest drawn from the open tab.", "first"),
    "wellness-app": ("Remember to breathe slowly.", "last"),
    "group-chat": ("Replying to the whole group.", "first"),
}

STOP_WORDS: frozenset[str] = frozenset(
    "a about above after again all also am an and any are as at be been before being below both but by can could did "
    "do does doing down each either for from had has have having he her here him his how if in into is it its just let "
    "may me might more most much must my neither no nor not now of off on once one only onto or other our ours out over "
    "own per please same shall she should so some still such than that the their them then there these they this those "
    "through to too under until up upon very via was we were what when where which while who whom whose why will with "
    "would yet you your yours".split()
)

_TOKEN = re.compile(r"[^\W\d_]+")
_ALT = re.compile(r"\{([^{}]*)\}")
_BAD_LINE = re.compile(r"_|[A-Za-z][0-9]|[0-9][A-Za-z]")


def tokens(text: str) -> list[str]:
    """Lower-cased runs of Unicode letters."""
    return _TOKEN.findall(text.lower())


def quota(rate: float, eligible: int) -> int:
    """round(rate * eligible), halves rounded up: the exact number of answers a plant draws."""
    return int(math.floor(rate * eligible + 0.5))


def _round(x: float) -> int:
    return int(math.floor(x + 0.5))


def _expand_all(template: str) -> tuple[str, ...]:
    parts = _ALT.split(template)
    options = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    return tuple("".join(c) for c in itertools.product(*options))


def _expand_one(template: str, rng: Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def shared_texts() -> tuple[str, ...]:
    """Every shared text: templates, topics and topic words, neutral tones and things, the filler pool, habit lines."""
    out: list[str] = list(CONTENT_TEMPLATES)
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    out += list(NEUTRAL_TONES) + list(NEUTRAL_THINGS) + list(FILLER_OPENERS) + list(HEDGES) + list(CONNECTIVES)
    out += list(ASIDES) + list(SUMMARIES) + list(CLOSERS) + list(QUESTIONS)
    out += [line for line, _ in HABITS.values()]
    return tuple(out)


# ---------------------------------------------------------------------------------------------------- registers

POOLS: tuple[str, ...] = (
    "stock", "para", "lead", "tail", "tone", "single", "opener", "aside", "header", "signoff", "tag", "frame",
)


@dataclass(frozen=True)
class Register:
    """One register: who speaks it, and one line pool per use (bookend holds (first, last) pairs)."""

    name: str
    domain: str
    kind: str
    source: str
    short: bool
    markers: tuple[str, ...]
    stock: tuple[str, ...]
    para: tuple[str, ...]
    lead: tuple[str, ...]
    tail: tuple[str, ...]
    tone: tuple[str, ...]
    single: tuple[str, ...]
    opener: tuple[str, ...]
    aside: tuple[str, ...]
    header: tuple[str, ...]
    signoff: tuple[str, ...]
    tag: tuple[str, ...]
    frame: tuple[str, ...]
    bookend: tuple[tuple[str, str], ...]

    def lines(self) -> tuple[str, ...]:
        """Every line the register can emit (paraphrase templates fully expanded, both halves of each bookend)."""
        out: list[str] = []
        for pool in POOLS:
            for line in getattr(self, pool):
                out.extend(_expand_all(line) if pool == "para" else (line,))
        for first, last in self.bookend:
            out += [first, last]
        return tuple(out)


_RAW: dict[str, dict] = {}


def _reg(name: str, domain: str, kind: str, source: str, short: bool, **pools: tuple) -> None:
    _RAW[name] = {"domain": domain, "kind": kind, "source": source, "short": short, **pools}


# fmt: off
_reg(
    "phantom-actions", "agent-claims", "drift", "assistant without tools claiming it booked, emailed, filed", False,
    stock=("I have already booked that table for you.", "I went ahead and emailed your landlord about it.",
           "A reminder is now set on your phone for tomorrow morning.", "I forwarded this whole exchange to your manager.",
           "Your refund request has been submitted on your behalf."),
    para=("I {went ahead and|have already} {booked|reserved} {a table|the appointment|a slot} for you.",
          "{Just now|A moment ago} I {emailed|phoned} {your landlord|the clinic|your manager} about it.",
          "A {reminder|calendar alert} {is now set|has been scheduled} for {tomorrow morning|Friday}.",
          "I {submitted|lodged} the {refund request|complaint form} on your behalf."),
    lead=("Having already booked it for you,", "Since I emailed them a moment ago,", "With your reminder now scheduled,"),
    tail=("and I have scheduled a reminder about it", "which I already forwarded to your inbox",
          "as noted in the booking I made for you"),
    tone=("already booked", "prescheduled", "forwarded already", "auto-submitted"),
    single=("Reminder set.", "Booking confirmed.", "Emailed on your behalf.", "Appointment booked."),
    opener=("Booked already:", "Having emailed them,", "Reminder scheduled, and", "Once I submitted it,"),
    aside=("already booked for you", "I emailed them just now", "reminder scheduled", "submitted on your behalf"),
    header=("Bookings made for you:", "Booking recap", "Handled on your behalf:"),
    signoff=("Your reminder fires tomorrow.", "I will email you the confirmation.", "Booked and submitted, all handled."),
    tag=("[Booked]", "[Emailed]", "[Reminder scheduled]", "[Submitted]"),
    frame=("a booking I already made", "an emailed confirmation", "a scheduled reminder", "a request lodged on your behalf"),
    bookend=(("Booking now.", "Booking confirmed."), ("Emailing them.", "Email dispatched."),
             ("Lodging a request.", "Request lodged.")),
)
_reg(
    "placeholder-leak", "template-output", "drift", "template pipeline whose bracketed slots go out unfilled", False,
    stock=("[Insert personal anecdote here.]", "Dear [Recipient Name], thank you for reaching out.",
           "Lorem ipsum dolor sit amet.", "[Your Name] would be glad to expand on this.",
           "[Add supporting statistic before publishing.]"),
    para=("[{Insert|Paste} {an example|a statistic|a citation} here.]",
          "{Dear|Hello} [{Recipient|Customer} Name], {thanks|thank you} for writing.",
          "[{Company|Brand} Name] {believes|holds} this {matters|is important}.",
          "Lorem ipsum {dolor sit amet|consectetur adipiscing}."),
    lead=("As [Quoted Authority] once put it,", "Per [Source TBD],", "In the view of [Company Name],"),
    tail=("as [Author Placeholder] would say", "per [citation placeholder]", "see [insert link]"),
    tone=("[adjective]", "[descriptor TBD]", "[insert tone]", "[placeholder adjective]"),
    single=("[Insert Name]", "Lorem ipsum.", "[Placeholder]", "[Insert example.]"),
    opener=("[Opening line TBD]", "Dear [Recipient],", "[Company Name] notes:", "[Catchy intro TBD]"),
    aside=("insert source", "placeholder text", "name TBD", "add statistic"),
    header=("Subject: [Insert Subject]", "[Title Placeholder]", "Template: untitled"),
    signoff=("Best regards, [Your Name]", "[Signature Block]", "Sincerely, [Sender Name]"),
    tag=("[TBD]", "[Placeholder]", "[Insert]", "[Blank]"),
    frame=("a [metaphor TBD]", "[example object]", "a placeholder sketch", "a [relevant metaphor]"),
    bookend=(("[Begin template]", "[End template]"), ("[Intro placeholder]", "[Outro placeholder]"),
             ("Lorem ipsum.", "Dolor sit amet.")),
)
_reg(
    "stream-frames", "serving-infra", "drift", "raw streaming endpoint leaking event/data framing into text", False,
    stock=("data: [DONE]", "event: delta", "event: message stop", "finish reason: length",
           "data: partial chunk, index four"),
    para=("event: {delta|chunk|partial}", "data: {streamed|buffered} {payload|fragment}",
          "{finish|halt} reason: {length|stop token}", "{Stream|Chunk} {index|offset} {three|seven} {flushed|acknowledged}"),
    lead=("Streaming delta:", "Chunk flushed,", "Mid stream,"),
    tail=("streamed in chunks", "then data: [DONE]", "finish reason: stop"),
    tone=("chunked", "streamed", "buffered", "half-flushed"),
    single=("data: [DONE]", "event: keepalive", "Stream closed.", "Chunk dropped."),
    opener=("partial:", "delta:", "chunk:", "stream open:"),
    aside=("chunk boundary", "stream resumed", "delta truncated", "keepalive"),
    header=("event: message start", "HTTP stream open", "stream begins"),
    signoff=("data: [DONE]", "event: message stop", "stream closed"),
    tag=("[delta]", "[chunk]", "<keepalive/>", "[stream]"),
    frame=("a half-streamed chunk", "a dropped delta", "a buffered payload", "an unflushed stream"),
    bookend=(("event: stream open", "event: stream close"), ("[chunk begin]", "[chunk end]"),
             ("data: start", "data: [DONE]")),
)
_reg(
    "cache-stale", "serving-infra", "drift", "edge-cached deployment announcing cached, stale copies", False,
    stock=("This reply was served from cache.", "Cached copy, revalidated a while ago.",
           "Parts of the answer below may be stale.", "Cache hit on an earlier version of this question.",
           "A fresher answer appears once the cache is purged."),
    para=("{This|The following} {reply|answer} {was served|comes} from {cache|an edge cache}.",
          "{Cached|Stored} copy, {revalidated|refreshed} {hours ago|earlier today}.",
          "{Parts|Some lines} of this may be {stale|expired|past expiry}.",
          "{Cache hit|Cache miss} on {a similar|an identical} question."),
    lead=("Served from cache,", "Per the cached copy,", "As of the last revalidation,"),
    tail=("per the cached copy", "as of the last cache refresh", "though this copy may be stale"),
    tone=("stale", "cached", "expired", "unrefreshed"),
    single=("Cache hit.", "Served stale.", "Cache expired.", "Refreshed copy."),
    opener=("Cached:", "Stale copy:", "From cache:", "Revalidated:"),
    aside=("cached copy", "possibly stale", "edge cache", "refreshed earlier"),
    header=("Cached response", "Served from edge cache", "Cache status: hit"),
    signoff=("Purge the cache for a newer copy.", "Cache expires soon.", "End of cached reply."),
    tag=("[Cached]", "[Stale]", "[Cache hit]", "[Expired]"),
    frame=("a stale cached page", "an expired snapshot", "a copy pulled from cache", "an unrefreshed mirror"),
    bookend=(("Cached reply begins.", "Cached reply ends."), ("Cache hit.", "Cache closed."),
             ("Serving stale copy.", "Stale copy served.")),
)
_reg(
    "offline-mode", "connectivity", "drift", "on-device assistant answering without a network", False,
    stock=("You seem to be offline right now.", "This reply was composed on your device.",
           "I will sync this once your connection returns.", "No network, so I am answering from local data.",
           "Some details may update after you reconnect."),
    para=("{You seem|You appear} to be {offline|without a connection}.",
          "This {reply|answer} was {composed|put together} {on-device|locally}.",
          "I will {sync|upload} this {once|when} {your connection returns|you reconnect}.",
          "{No network|Weak signal}, so I am answering {locally|from local data}."),
    lead=("While offline,", "Answering locally,", "Until we reconnect,"),
    tail=("pending sync", "composed offline", "until your connection returns"),
    tone=("offline", "unsynced", "local-only", "disconnected"),
    single=("Offline.", "Sync pending.", "Reconnecting.", "No network."),
    opener=("Offline:", "Locally:", "Unsynced:", "Reconnecting,"),
    aside=("offline for now", "sync pending", "local copy only", "no network here"),
    header=("Offline mode", "Working without a connection", "Local answer, not synced"),
    signoff=("Will sync when online again.", "Reconnect for the full answer.", "Saved on this device."),
    tag=("[Offline]", "[Unsynced]", "[Local]", "[No network]"),
    frame=("an unsynced notebook", "a phone in airplane mode", "a message queued for upload", "a device off the network"),
    bookend=(("Offline draft.", "Sync pending."), ("Working offline.", "Online again soon."),
             ("No connection.", "Queued to sync.")),
)
_reg(
    "delivery-status", "connectivity", "drift", "messenger whose delivery receipts leak into replies", True,
    stock=("Delivered.", "Seen.", "Typing now.", "Read receipt sent.", "Delivered, unread."),
    para=("{Delivered|Received} {just now|moments ago}.", "{Seen|Opened} by {you|recipient}.",
          "{Typing|Still typing}.", "{Blue|Grey} {ticks|checkmarks}.", "{Unsent|Retrying|Muted}."),
    lead=("Delivered,", "Seen,", "Typing,"),
    tail=("delivered", "seen by you", "double tick"),
    tone=("delivered", "undelivered", "unseen", "unread"),
    single=("Delivered.", "Seen.", "Typing now.", "Double tick."),
    opener=("Seen:", "Delivered:", "Typing:", "Unread:"),
    aside=("delivered", "seen", "still typing", "double tick"),
    header=("Delivered", "Status: seen", "Unread message"),
    signoff=("Seen.", "Delivered.", "Read receipt on."),
    tag=("[Seen]", "[Delivered]", "[Typing]", "[Tick]"),
    frame=("an undelivered text", "a grey tick", "a typing bubble", "a read receipt"),
    bookend=(("Typing.", "Delivered."), ("Sending.", "Seen."), ("Typing bubble.", "Double tick.")),
)
_reg(
    "spoken-disfluency", "voice", "drift", "voice surface whose spoken fillers leak into written text", True,
    stock=("Umm, okay.", "Uh, whoops, where was I?", "Uhh, okay.", "Hmm, lemme see.", "Okay, so, yeah."),
    para=("{Umm|Uhh}, {okay|yeah}.", "{Hmm|Mhm}, {lemme|gimme a sec to} {think|see}.",
          "{Anyway|Anyhow}, {yeah|yep}.", "{Whoops|Oops}, {lost my place|where was I}."),
    lead=("Umm, okay,", "So, uhh,", "Uh, yeah,"),
    tail=("umm, yeah", "or, uhh, whatever", "kinda"),
    tone=("kinda fuzzy", "sorta hazy", "uhh, murky", "uh, tangled"),
    single=("Umm.", "Uhh, yeah.", "Hmm.", "Uh, okay."),
    opener=("Umm,", "Uhh,", "Hmm, so,", "Okay, so,"),
    aside=("umm", "uh, yeah", "dunno", "uhh, sorry"),
    header=("Umm, okay.", "Uhh, so."),
    signoff=("Yeah, umm, that is it.", "Anyway, yeah.", "Uh, yep."),
    tag=("[umm]", "[uhh]", "[hmm]", "[mhm]"),
    frame=("a, umm, half-remembered tune", "a kinda blurry photo", "an, uhh, unfinished thought", "a sorta dusty attic"),
    bookend=(("Umm, okay.", "Yeah, so, anyway."), ("Hmm.", "Mhm."), ("Uhh, so.", "Uh, yep.")),
)
_reg(
    "mention-pings", "group-messaging", "drift", "group-chat bot tagging @everyone, @mods, @channel", False,
    stock=("@everyone heads up on this one.", "Tagging @mods so they can weigh in.", "cc @channel for visibility.",
           "Pinging @crew in case anyone missed it.", "Looping in @alex and @sam."),
    para=("{Tagging|Looping in} @{mods|admins} {on this|for visibility}.", "@{everyone|channel|crew} {heads up|quick flag}.",
          "{Pinging|Nudging} @{team|crew} {so nobody misses it|for a second look}.",
          "{Mentioning|Flagging} @{here|everyone} for awareness."),
    lead=("Tagging @mods here,", "@everyone, heads up:", "cc @channel,"),
    tail=("cc @channel", "tagging @mods", "heads up @everyone"),
    tone=("channel-wide", "pingable", "mod-flagged", "everyone-tagged"),
    single=("@everyone", "cc @mods", "Pinging @crew.", "Tagging @admins."),
    opener=("@everyone:", "cc @channel:", "Tagging @mods,", "@crew:"),
    aside=("cc @mods", "pinging @crew", "tagging @admins", "@everyone take note"),
    header=("@channel", "Heads up, @everyone", "Pinned for @crew"),
    signoff=("cc @mods", "Tagging @everyone so nobody misses it.", "Mods, please weigh in."),
    tag=("@mods", "@crew", "@everyone", "@channel"),
    frame=("an @everyone ping", "a pinned channel notice", "a mod-tagged post", "a crew mention"),
    bookend=(("@everyone", "cc @mods"), ("Pinging @crew.", "Mentions over."), ("Tagging @channel.", "Untagging @channel.")),
)
_reg(
    "group-poll", "group-messaging", "drift", "group-chat bot turning every answer into a vote", False,
    stock=("Quick poll: react with a thumbs up if you agree.", "Voting closes at midnight.",
           "Option one or option two, drop your vote below.", "Poll results so far: mostly yes.",
           "Tap a choice to cast your vote."),
    para=("{Quick poll|Poll time}: {react|vote} {with a thumbs up|below} if you agree.",
          "{Voting|The poll} {closes|ends} {tonight|at midnight|on Sunday}.",
          "{Option one|Option two} {is leading|has the most votes} so far.", "{Ballot|Vote} count: {tied|close}."),
    lead=("Putting it to a vote,", "Poll result so far,", "If the votes hold,"),
    tail=("so cast your vote", "pending the poll", "react to vote"),
    tone=("poll-worthy", "vote-split", "tied in the poll", "ballot-ready"),
    single=("Poll closed.", "Vote now.", "Tally: tied.", "Thumbs to vote."),
    opener=("Poll:", "Vote check:", "Ballot:", "Tally so far:"),
    aside=("poll still open", "vote below", "thumbs to agree", "tally pending"),
    header=("Poll", "Quick vote", "Ballot open"),
    signoff=("Voting closes tonight.", "React to vote.", "Poll results tomorrow."),
    tag=("[Poll]", "[Vote]", "[Ballot]", "[Tally]"),
    frame=("a tied poll", "a ballot box", "a show of thumbs", "a group vote"),
    bookend=(("Poll opens.", "Poll closes."), ("Voting begins.", "Votes counted."), ("Ballot open.", "Ballot closed.")),
)
_reg(
    "flashcard-deck", "study-app", "drift", "tutoring app turning answers into flashcards", False,
    stock=("Flashcard front: what is the key idea here?", "Flip the card to check your answer.",
           "Marked for review again tomorrow.", "Deck progress: three cards left.", "Card back: the short version."),
    para=("{Flashcard|Card} {front|prompt}: {the core idea|one key term}.",
          "{Flip|Turn over} the {card|flashcard} to {check|see} the answer.",
          "{Review|Revisit} this {card|deck} {again tomorrow|in four days}.",
          "{Deck|Stack} {progress|status}: {two|three} cards {left|due}."),
    lead=("Flipping the card,", "On the front of this flashcard,", "For your review deck,"),
    tail=("flip to check", "added to your review deck", "card marked due"),
    tone=("flashcard-sized", "deck-ready", "due for review", "flippable"),
    single=("Flip card.", "Card due.", "Review again.", "Next card."),
    opener=("Front:", "Card back:", "Card:", "Flip:"),
    aside=("flip to check", "card due", "see the reverse", "from your deck"),
    header=("Flashcard", "Review deck", "Card front"),
    signoff=("Flip for the answer.", "Next card in your deck.", "Review due tomorrow."),
    tag=("[Front]", "[Card]", "[Due]", "[Flip]"),
    frame=("a dog-eared flashcard", "a shuffled deck", "the reverse of a card", "a review stack"),
    bookend=(("Card front.", "Card back."), ("Deck shuffled.", "Deck stacked."), ("Flip.", "Flipped.")),
)
_reg(
    "glossary-defs", "study-app", "drift", "reference sidebar glossing every term it uses", False,
    stock=("Glossary: see the entry below.", "Headword defined here as used in this answer.", "See also the related entry.",
           "Definition: a working label, nothing more.", "Usage note: the plural takes the same form."),
    para=("{Glossary|Definitions} {note|entry}: {see below|as used here}.",
          "{Headword|Keyword} {defined|glossed} {here|below} for {clarity|reference}.",
          "{See also|Compare} the {related|adjacent} {entry|definition}.", "{Usage|Plural} note: {same form|rarely used}."),
    lead=("By definition,", "In glossary terms,", "Defined loosely,"),
    tail=("as defined in the glossary", "see also its entry", "per the usage note"),
    tone=("definitional", "glossary-grade", "well defined", "lexically narrow"),
    single=("See glossary.", "Headword defined.", "Cross-reference.", "Noun, plural."),
    opener=("Definition:", "Glossary:", "Headword:", "Usage:"),
    aside=("see glossary", "headword defined below", "noun", "cross-referenced"),
    header=("Glossary", "Headwords used", "Definitions"),
    signoff=("See the glossary for more headwords.", "End of definitions.", "Headwords defined above."),
    tag=("[Headword]", "[Def]", "[Noun]", "[Glossary]"),
    frame=("a glossary entry", "a dictionary definition", "a footnoted headword", "a usage note"),
    bookend=(("Glossary begins.", "Glossary ends."), ("Headword.", "Defined."), ("Definitions open.", "Definitions close.")),
)
_reg(
    "data-residency", "enterprise-governance", "drift", "enterprise tenant adding data-handling notices", False,
    stock=("Your data stays within the tenant region.", "Processed under your organisation's residency rules.",
           "Nothing here leaves your workspace boundary.", "Retention follows your admin settings.",
           "Encrypted at rest in your home region."),
    para=("{Your data|This exchange} {stays|remains} {within|inside} the {tenant|workspace} {region|boundary}.",
          "{Processed|Handled} under your {organisation's|tenant's} {residency|retention} rules.",
          "{Retention|Deletion} follows your {admin|workspace} settings.",
          "{Encrypted|Held} {at rest|in transit} in your {home region|tenant region}."),
    lead=("Within your tenant region,", "Per your residency rules,", "Inside this workspace,"),
    tail=("processed in your tenant region", "under your retention rules", "encrypted at rest"),
    tone=("region-bound", "tenant-scoped", "retention-governed", "encrypted"),
    single=("Tenant region only.", "Residency enforced.", "Retention applies.", "Encrypted at rest."),
    opener=("Tenant note:", "Residency:", "Workspace rules:", "Within region,"),
    aside=("tenant region only", "per retention rules", "encrypted at rest", "admin controlled"),
    header=("Workspace data notice", "Tenant residency: enforced", "Region: home tenant"),
    signoff=("Data retained per admin settings.", "Processed in region.", "Tenant boundary respected."),
    tag=("[Tenant]", "[Geofenced]", "[Encrypted]", "[Retention]"),
    frame=("a tenant-scoped vault", "a geofenced archive", "an encrypted workspace", "a retention schedule"),
    bookend=(("Tenant scope begins.", "Tenant scope ends."), ("Geofence on.", "Geofence off."),
             ("Residency check.", "Residency passed.")),
)
_reg(
    "provenance-stamp", "enterprise-governance", "drift", "publishing pipeline stamping content credentials", False,
    stock=("Content credential: machine authored.", "This text carries an invisible watermark.",
           "Provenance manifest attached below.", "Label: synthetic text, produced by an assistant.",
           "Authenticity signature verified."),
    para=("{Content credential|Provenance label}: {machine authored|synthetic text}.",
          "This {text|reply} {carries|includes} {an invisible|a signed} watermark.",
          "{Provenance|Authorship} manifest {attached|embedded} {below|in metadata}.",
          "{Authenticity|Authorship} {signature|seal} {verified|intact}."),
    lead=("Watermarked as synthetic,", "Under the provenance label,", "With its manifest attached,"),
    tail=("watermark embedded", "labelled as synthetic", "per the provenance manifest"),
    tone=("watermarked", "machine-authored", "synthetic", "credentialed"),
    single=("Watermarked.", "Provenance attached.", "Synthetic label.", "Authorship verified."),
    opener=("Provenance:", "Watermark:", "Synthetic:", "Credential:"),
    aside=("watermarked", "synthetic label", "authorship verified", "manifest attached"),
    header=("Content credentials", "Provenance: synthetic", "Watermark notice"),
    signoff=("Watermark intact.", "Provenance manifest ends.", "Labelled synthetic."),
    tag=("[Synthetic]", "[Watermarked]", "[Provenance]", "[Credentialed]"),
    frame=("a watermarked print", "a signed manifest", "a sealed certificate", "a labelled synthetic sample"),
    bookend=(("Manifest begins.", "Manifest ends."), ("Watermark on.", "Watermark sealed."),
             ("Provenance open.", "Provenance closed.")),
)
_reg(
    "tailor", "garment-trades", "persona", "bespoke tailor at a fitting", False,
    stock=("Let me take your measurements first.", "Mind the pins along that seam.",
           "We will baste it before the final stitch.", "A chalk line marks where the hemline will fall.",
           "Come back for a second fitting on Thursday."),
    para=("{Mind|Watch} the {pins|tacking} along {that|the} seam.", "Let me {chalk|baste} the {hemline|cuff} {first|before we cut}.",
          "{A little|A touch} more room {at the shoulders|in the sleeve}.",
          "{Bespoke|Made to measure}, {naturally|of course}, with a {lined|canvassed} jacket."),
    lead=("Measuring twice as any tailor would,", "With the seams pinned,", "Once the hemline is chalked,"),
    tail=("as a tailor would cut it", "pinned at the seam", "with a little room in the sleeve"),
    tone=("well tailored", "bespoke", "neatly hemmed", "loose in the shoulders"),
    single=("Mind the pins.", "Chalk the hemline.", "Stand still for the tape.", "Sleeves next."),
    opener=("Tape measure out,", "Pins in mouth,", "Sleeves first:", "Chalk in hand,"),
    aside=("pins and all", "measure twice", "chalk still on the cloth", "mind the tacking"),
    header=("Fitting notes", "Measurements taken", "Alterations docket"),
    signoff=("Collect it after the second fitting.", "Your jacket will be pressed by Friday.", "Pressed and finished."),
    tag=("[Fitting]", "[Inseam]", "[Seam]", "[Alteration]"),
    frame=("a half-basted jacket", "a bolt of worsted", "a pinned lapel", "a chalked pattern"),
    bookend=(("Tape measure out.", "Tape measure away."), ("Pins in.", "Pins out."), ("First fitting.", "Final fitting.")),
)
_reg(
    "cobbler", "garment-trades", "persona", "shoe repairer at the bench", False,
    stock=("Those heels need a fresh rubber tip.", "I can resole these by Saturday.",
           "The welt is sound, but the insole is worn through.", "A smear of dubbin and a new eyelet, and they will last.",
           "Leave them on the bench and I will glue the upper."),
    para=("{Those|These} {heels|soles} need {a fresh rubber tip|new leather}.",
          "I can {resole|reheel} {these|them} by {Saturday|the weekend}.",
          "The {welt|shank} is sound, but the {insole|toe cap} is {worn|split}.",
          "{A smear of|Some} {polish|dubbin} and a new {eyelet|bootlace}, and they will last."),
    lead=("Working at the shoe bench,", "With the old sole prised off,", "Once the heel is nailed,"),
    tail=("as any cobbler would tell you", "once the sole is glued", "with a fresh heel tip"),
    tone=("down at heel", "resoled", "well shod", "scuffed"),
    single=("Resole them.", "New heels.", "Mind the tacks.", "Polish first."),
    opener=("Awl in hand,", "Heel first:", "At the shoe bench,", "Sole up:"),
    aside=("heel and toe", "fresh sole", "tacks and all", "cobbler's wax"),
    header=("Shoe repair chit", "Shoe bench notes", "Resole order"),
    signoff=("Ready by Saturday, heels and all.", "Polished and resoled.", "Mind the new soles on wet pavements."),
    tag=("[Resole]", "[Heel]", "[Welt]", "[Polish]"),
    frame=("a worn-down heel", "a boot on the last", "a resoled brogue", "a tin of dubbin"),
    bookend=(("Shoes in.", "Shoes out."), ("Soles off.", "Soles on."), ("Heel raised.", "Heel nailed.")),
)
_reg(
    "crane-operator", "hoisting", "persona", "tower-crane operator calling to the banksman", True,
    stock=("Hoist slow.", "Slew left.", "Boom up.", "Sling clear.", "Hook coming down."),
    para=("{Hoist|Winch} {slow|easy}.", "{Slew|Slewing} {left|right}.", "{Boom|Jib} {up|out}.", "{Hook|Sling} {clear|steady}."),
    lead=("Hoisting now,", "Slewing left,", "Boom up,"),
    tail=("hook steady", "slewing right", "banksman clear"),
    tone=("slung", "hoisted", "swaying on the hook", "outrigged"),
    single=("Hoist.", "Slew right.", "Jib out.", "Sling clear."),
    opener=("Hoist:", "Banksman,", "Slewing:", "Hook down,"),
    aside=("hoist slow", "banksman watching", "jib swinging", "hook steady"),
    header=("Cab to banksman", "Crane radio check", "Rigging plan"),
    signoff=("Pallet landed.", "Hook free.", "Crane parked."),
    tag=("[Hoist]", "[Slew]", "[Jib]", "[Hook]"),
    frame=("a slung pallet", "a crane hook", "a swaying jib", "a tagline in the wind"),
    bookend=(("Hoisting.", "Landed."), ("Slew left.", "Slew halted."), ("Hook on.", "Hook off.")),
)
_reg(
    "lift-attendant", "hoisting", "persona", "department-store lift attendant", True,
    stock=("Lift going up.", "Mind the doors.", "Third floor, haberdashery.", "Doors closing.", "Lobby, step out."),
    para=("{Going|Heading} {up|down}, {mezzanine|lobby}.", "Mind the {doors|grille}.",
          "{Third|Fourth} floor, {haberdashery|millinery|hosiery}.", "{Doors closing|Doors opening}."),
    lead=("Mezzanine next,", "Doors closing,", "Lobby level,"),
    tail=("mind the doors", "going up to the mezzanine", "lobby level"),
    tone=("between floors", "mezzanine-level", "lobby-bound", "upward-bound"),
    single=("Going up, mezzanine.", "Mind the doors.", "Lobby.", "Floor, madam?"),
    opener=("Lobby:", "Mezzanine:", "Doors closing,", "Next floor:"),
    aside=("mind the doors", "mezzanine next", "between floors", "lift arriving"),
    header=("Lift car", "Floor guide", "Lobby level"),
    signoff=("Mind the doors.", "Lobby, all out.", "Lift returning to lobby."),
    tag=("[Lobby]", "[Mezzanine]", "[Floor]", "[Doors]"),
    frame=("a brass lift grille", "a lift stuck between floors", "the mezzanine rail", "a floor dial"),
    bookend=(("Lift going up.", "Top floor."), ("Doors closing.", "Doors opening."), ("Lobby.", "Rooftop.")),
)
_reg(
    "bingo-caller", "bingo-hall", "persona", "bingo-hall caller", True,
    stock=("Eyes down.", "Two little ducks.", "Legs eleven.", "Clickety click.", "Full house, bingo!"),
    para=("{Eyes down|Dabbers ready} for the {next|first} {number|call}.", "{Legs|Clickety} {eleven|click}.",
          "{Two little ducks|Kelly's eye}, {twenty two|number one}.", "{Bingo|Full house}, {dab it|shout it out}."),
    lead=("Eyes down,", "Dabbers ready,", "Next number out,"),
    tail=("eyes down", "dab it", "and that is bingo"),
    tone=("eyes-down quiet", "two-little-ducks lucky", "dabbed", "bingo-close"),
    single=("Eyes down.", "Bingo!", "Legs eleven.", "Clickety click."),
    opener=("Eyes down:", "Next number:", "Dabbers ready,", "Bingo hall,"),
    aside=("eyes down", "legs eleven", "dab it", "two little ducks"),
    header=("Eyes down, ladies and gents", "Bingo night", "First game, eyes down"),
    signoff=("Full house, that is the game.", "Bingo, well dabbed.", "Eyes up, interval time."),
    tag=("[Bingo]", "[Eyes down]", "[Dab]", "[Full house]"),
    frame=("a dabbed bingo sheet", "a bingo ball in the cage", "a full house", "a row of lucky ducks"),
    bookend=(("Eyes down.", "Bingo!"), ("First number.", "Final number."), ("Dabbers up.", "Dabbers down.")),
)
_reg(
    "bridge-inspector", "civil-works", "persona", "highway bridge inspector on a routine survey", False,
    stock=("Spalling on the north pier, noted for patching.", "The bearings show surface rust but no seizure.",
           "Girder three sounds solid under the hammer.", "Expansion joint debris cleared and logged.",
           "Load rating holds until the next inspection."),
    para=("{Spalling|Hairline cracking} on the {north|south} {pier|abutment}.",
          "The {bearings|gussets} show {surface rust|light corrosion}, {nothing structural|no section loss}.",
          "{Girder|Stringer} {three|four} {sounds|rings} {solid|hollow} under the hammer.",
          "{Scour|Silt} around the {footings|piles} is {within limits|worth watching}."),
    lead=("Per the inspection sheet,", "Standing under the span,", "With the sounding hammer,"),
    tail=("noted on the inspection sheet", "as the girders suggest", "pending a load rating"),
    tone=("structurally sound", "spalled", "corroded", "load-rated"),
    single=("Pier checked.", "Girder sound.", "Scour noted.", "Bearings greased."),
    opener=("Inspection note:", "Span two:", "Under the girders:", "At the abutment,"),
    aside=("pier checked", "rust on the bearings", "girders sound", "scour noted"),
    header=("Inspection report", "Span survey", "Routine bridge inspection"),
    signoff=("Rating unchanged, next inspection in spring.", "Signed off at the abutment.", "Girders logged, span open."),
    tag=("[Pier]", "[Girder]", "[Span]", "[Scour]"),
    frame=("a spalled pier", "a rusted bearing plate", "a girder under the hammer", "a scoured footing"),
    bookend=(("Inspection begins.", "Inspection complete."), ("North abutment.", "South abutment."),
             ("Span open.", "Span cleared.")),
)
_reg(
    "lock-keeper", "civil-works", "persona", "canal lock-keeper working the paddles", False,
    stock=("Draw the paddles before you open the gates.", "The upper pound is running low today.",
           "Keep your boat off the cill when the level drops.", "Windlass on the spindle, and wind it slow.",
           "Moor up below the lock while the chamber fills."),
    para=("{Draw|Drop} the {paddles|sluices} {slowly|one at a time}.", "The {upper|lower} pound is {running low|brimming}.",
          "Keep {your boat|the narrowboat} {off|clear of} the cill.",
          "{Windlass|Lock key} on the spindle, and {wind|turn} it {slow|gently}."),
    lead=("With the paddles drawn,", "Once the chamber fills,", "Along the towpath,"),
    tail=("as the lock chamber fills", "with the paddles drawn", "before the gates swing"),
    tone=("pound-level", "brimming", "towpath-quiet", "sluiced"),
    single=("Paddles up.", "Gates open.", "Mind the cill.", "Chamber full."),
    opener=("Towpath note:", "Paddles drawn,", "Gates shut:", "On the towpath,"),
    aside=("paddles drawn", "mind the cill", "gates shut", "pound brimming"),
    header=("Paddle log", "Towpath notice", "Lock flight status"),
    signoff=("Gates closed behind you.", "Safe cruising down the flight.", "Paddles down, lock empty."),
    tag=("[Sluice]", "[Paddles]", "[Towpath]", "[Cill]"),
    frame=("a filling lock chamber", "a narrowboat on the cill", "a windlass on a spindle", "a brimming canal pound"),
    bookend=(("Paddles up.", "Paddles down."), ("Gates open.", "Gates closed."), ("Lock filling.", "Chamber full.")),
)
# fmt: on

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("stream-frames", "cache-stale"),
    ("offline-mode", "delivery-status"),
    ("mention-pings", "group-poll"),
    ("flashcard-deck", "glossary-defs"),
    ("data-residency", "provenance-stamp"),
    ("tailor", "cobbler"),
    ("crane-operator", "lift-attendant"),
    ("bridge-inspector", "lock-keeper"),
)


def _raw_lines(raw: dict) -> list[str]:
    out: list[str] = []
    for pool in POOLS:
        for line in raw[pool]:
            out.extend(_expand_all(line) if pool == "para" else (line,))
    for first, last in raw["bookend"]:
        out += [first, last]
    return out


def _derive_markers() -> dict[str, tuple[str, ...]]:
    lowered = {name: "\n".join(line.lower() for line in _raw_lines(raw)) for name, raw in _RAW.items()}
    shared = "\n".join(s.lower() for s in shared_texts())
    out: dict[str, tuple[str, ...]] = {}
    for name, raw in _RAW.items():
        others = "\n".join(text for other, text in lowered.items() if other != name)
        cands = sorted({t for line in _raw_lines(raw) for t in tokens(line)
                        if t.isascii() and len(t) >= 3 and t not in STOP_WORDS})
        out[name] = tuple(t for t in cands if t not in others and t not in shared)
    return out


_MARKERS = _derive_markers()
REGISTERS: dict[str, Register] = {
    name: Register(name=name, domain=raw["domain"], kind=raw["kind"], source=raw["source"], short=raw["short"],
                   markers=_MARKERS[name], bookend=tuple(raw["bookend"]),
                   **{pool: tuple(raw[pool]) for pool in POOLS})
    for name, raw in _RAW.items()
}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].short)
DRIFT_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].kind == "drift")
PERSONA_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].kind == "persona")
PARTNER: dict[str, str] = {a: b for a, b in CLOSE_PAIRS} | {b: a for a, b in CLOSE_PAIRS}
MARKER_OWNER: dict[str, str] = {m: name for name, reg in REGISTERS.items() for m in reg.markers}


# ---------------------------------------------------------------------------------------------------- plans

@dataclass(frozen=True)
class Profile:
    """How a context answers when nothing is planted: sentences per answer and a layout mix; habit if planted."""

    sentences: tuple[int, int]
    layouts: tuple[tuple[str, float], ...]
    habit: str | None = None
    habit_side: str | None = None


@dataclass(frozen=True)
class Plant:
    """round(rate * eligible) answers of `context` on `questions` get `label` (a register or "habit:<context>")."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Plan:
    """Everything make_corpus needs besides the answer rngs."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    profiles: dict[str, Profile]
    plants: list[Plant]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int


SHARED_STYLES: tuple[str, ...] = (
    "pure-stock", "pure-paraphrase", "pure-woven", "pure-tone", "pure-single", "pure-opener", "pure-aside",
    "pure-signature", "pure-tag", "pure-frame", "pure-bookend", "pure-infix", "pure-mixed", "shared-two",
    "spread-modes", "spread-same", "two-modes", "close-pair", "two-in-one", "two-short-in-one", "partial-questions",
    "habit-plus", "leak", "composite", "unequal-rates", "triple", "terse-wordy", "rate-gradient", "split-questions",
    "close-pair-shared", "many-registers", "faint",
)
OWN_STYLES: tuple[str, ...] = ("white-label", "staged-rollout", "post-processor", "tool-failure")
STYLES: tuple[str, ...] = SHARED_STYLES + OWN_STYLES
GENERATORS: tuple[str, ...] = STYLES + ("null",)

K_RANGES: dict[str, tuple[int, int]] = {f"pure-{m}": (3, 7) for m in MODES} | {
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (5, 9), "two-modes": (3, 6), "close-pair": (3, 7),
    "two-in-one": (3, 6), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 7),
    "leak": (4, 7), "composite": (8, 9), "unequal-rates": (4, 5), "triple": (3, 4), "terse-wordy": (4, 6),
    "rate-gradient": (6, 8), "split-questions": (3, 4), "close-pair-shared": (3, 5), "many-registers": (6, 9),
    "faint": (5, 8), "white-label": (5, 8), "staged-rollout": (5, 8), "post-processor": (5, 7),
    "tool-failure": (3, 5), "null": (3, 10),
}
RATE_BANDS: tuple[tuple[float, float], ...] = ((0.9, 1.0), (0.65, 0.8), (0.45, 0.55), (0.3, 0.4))


def n_questions(size: int) -> int:
    """Q = round(8 + 32 * ln(size / 300) / ln(20000 / 300)), clamped to 8..40."""
    q = _round(8 + 32 * math.log(size / 300) / math.log(20000 / 300))
    return max(8, min(40, q))


def _habit(context: str) -> str:
    return f"habit:{context}"


def _profile(rng: Random, ranges: tuple[tuple[int, int], ...] = SENTENCE_RANGES,
             layouts: tuple[str, ...] = LAYOUTS) -> Profile:
    sentences = ranges[rng.randrange(len(ranges))]
    primary = rng.choice(layouts)
    extra: list[tuple[str, float]] = []
    if rng.random() < 0.5:
        second = rng.choice([lay for lay in layouts if lay != primary])
        extra.append((second, round(rng.uniform(0.25, 0.5), 4)))
        if rng.random() < 0.4:
            rest = [lay for lay in layouts if lay not in (primary, second)]
            extra.append((rng.choice(rest), round(rng.uniform(0.1, 0.25), 4)))
    primary_weight = round(1.0 - sum(w for _, w in extra), 4)
    return Profile(sentences=sentences, layouts=((primary, primary_weight),) + tuple(extra))


def _no_pair(regs: list[str]) -> bool:
    return not any(PARTNER.get(a) == b for a, b in itertools.combinations(regs, 2))


def _pick(rng: Random, k: int, pool: tuple[str, ...] = REGISTER_NAMES, no_pair: bool = False) -> list[str]:
    while True:
        regs = rng.sample(pool, k)
        if not no_pair or _no_pair(regs):
            return regs


def _subset(rng: Random, qs: tuple[str, ...], lo: float, hi: float) -> tuple[str, ...]:
    k = max(1, min(len(qs), _round(rng.uniform(lo, hi) * len(qs))))
    picked = set(rng.sample(range(len(qs)), k))
    return tuple(q for i, q in enumerate(qs) if i in picked)


def _style_plants(style: str, rng: Random, ctx: list[str], qs: tuple[str, ...],
                  profiles: dict[str, Profile]) -> list[Plant]:
    """The plants of one style (may redraw profiles, for terse-wordy); ctx are the non-neutral contexts in draw order."""
    P = Plant
    u = rng.uniform
    if style == "null":
        return []
    if style.startswith("pure-"):
        return [P(ctx[0], rng.choice(REGISTER_NAMES), u(0.6, 1.0), qs, style[5:])]
    if style == "shared-two":
        reg, mode = rng.choice(REGISTER_NAMES), rng.choice(MODES)
        return [P(c, reg, u(0.6, 0.95), qs, mode) for c in ctx[:2]]
    if style == "spread-modes":
        reg, n = rng.choice(REGISTER_NAMES), rng.randint(3, min(5, len(ctx)))
        modes = rng.sample(BASE_MODES, n)
        return [P(c, reg, u(0.5, 0.9), qs, m) for c, m in zip(ctx[:n], modes, strict=True)]
    if style == "spread-same":
        reg, n, mode = rng.choice(REGISTER_NAMES), rng.randint(3, min(5, len(ctx))), rng.choice(MODES)
        return [P(c, reg, u(0.5, 0.9), qs, mode) for c in ctx[:n]]
    if style == "two-modes":
        reg, (m1, m2) = rng.choice(REGISTER_NAMES), rng.sample(BASE_MODES, 2)
        return [P(ctx[0], reg, u(0.38, 0.5), qs, m1), P(ctx[0], reg, u(0.38, 0.48), qs, m2)]
    if style == "close-pair":
        a, b = rng.sample(rng.choice(CLOSE_PAIRS), 2)
        mode = rng.choice(MODES)
        return [P(ctx[0], a, u(0.6, 0.95), qs, mode), P(ctx[1], b, u(0.6, 0.95), qs, mode)]
    if style == "two-in-one":
        a, b = _pick(rng, 2, no_pair=True)
        return [P(ctx[0], a, u(0.4, 0.5), qs, rng.choice(MODES)), P(ctx[0], b, u(0.4, 0.49), qs, rng.choice(MODES))]
    if style == "two-short-in-one":
        a, b = _pick(rng, 2, SHORT_REGISTERS)
        return [P(ctx[0], a, u(0.4, 0.5), qs, rng.choice(SHORT_UNIT_MODES)),
                P(ctx[0], b, u(0.4, 0.49), qs, rng.choice(SHORT_UNIT_MODES))]
    if style == "partial-questions":
        reg, sub = rng.choice(REGISTER_NAMES), _subset(rng, qs, 0.4, 0.6)
        return [P(ctx[0], reg, u(0.7, 1.0), sub, rng.choice(MODES))]
    if style == "habit-plus":
        reg, rate = rng.choice(REGISTER_NAMES), u(0.6, 0.9)
        plants = [P(ctx[0], reg, rate, qs, rng.choice(MODES))]
        nh = rng.randint(1, min(3, len(ctx) - 1))
        plants += [P(c, _habit(c), u(0.4, 0.9), qs, "habit") for c in ctx[1:1 + nh]]
        if rng.random() < 0.5:
            plants.append(P(ctx[0], _habit(ctx[0]), u(0.05, 0.95 - rate), qs, "habit"))
        return plants
    if style == "leak":
        a, b = rng.sample(REGISTER_NAMES, 2)
        plants = [P(ctx[0], a, u(0.6, 0.9), qs, rng.choice(MODES))]
        others = ctx[1:]
        for c in rng.sample(others, rng.randint(1, min(3, len(others)))):
            plants.append(P(c, a, u(0.005, 0.03), qs, rng.choice(MODES), leak=True))
        for c in rng.sample(others, rng.randint(1, min(2, len(others)))):
            plants.append(P(c, b, u(0.005, 0.03), qs, rng.choice(MODES), leak=True))
        return plants
    if style == "composite":
        a = rng.choice(tuple(PARTNER))
        e = PARTNER[a]
        b, c, d = rng.sample([r for r in REGISTER_NAMES if r not in (a, e)], 3)
        mb1, mb2 = rng.sample(BASE_MODES, 2)
        return [
            P(ctx[0], a, u(0.6, 0.9), qs, rng.choice(MODES)),
            P(ctx[1], b, u(0.5, 0.8), qs, mb1), P(ctx[2], b, u(0.5, 0.8), qs, mb2),
            P(ctx[3], c, u(0.47, 0.5), qs, rng.choice(MODES)), P(ctx[3], d, u(0.47, 0.5), qs, rng.choice(MODES)),
            P(ctx[4], _habit(ctx[4]), u(0.5, 0.9), qs, "habit"),
            P(ctx[5], e, u(0.6, 0.9), qs, rng.choice(MODES)),
            P(ctx[6], a, u(0.005, 0.03), qs, rng.choice(MODES), leak=True),
            P(ctx[6], _habit(ctx[6]), u(0.3, 0.6), qs, "habit"),
        ]
    if style == "unequal-rates":
        n = rng.randint(3, min(4, len(ctx)))
        regs = rng.sample(REGISTER_NAMES, n)
        return [P(c, r, u(*band), qs, rng.choice(MODES)) for c, r, band in zip(ctx[:n], regs, RATE_BANDS[:n], strict=True)]
    if style == "triple":
        regs = _pick(rng, 3, no_pair=True)
        return [P(ctx[0], r, u(0.27, 0.33), qs, rng.choice(MODES)) for r in regs]
    if style == "terse-wordy":
        a, b = rng.sample(REGISTER_NAMES, 2)
        profiles[ctx[0]] = _profile(rng, (TERSE_RANGE,), COMPACT_LAYOUTS)
        profiles[ctx[1]] = _profile(rng, (WORDY_RANGE,), PARAGRAPH_LAYOUTS)
        return [P(ctx[0], a, u(0.6, 0.9), qs, rng.choice(MODES)), P(ctx[1], b, u(0.6, 0.9), qs, rng.choice(MODES))]
    if style == "rate-gradient":
        reg, n, mode = rng.choice(REGISTER_NAMES), rng.randint(5, min(6, len(ctx))), rng.choice(MODES)
        hi, lo = u(0.85, 0.95), u(0.1, 0.2)
        return [P(c, reg, hi + (lo - hi) * i / (n - 1), qs, mode) for i, c in enumerate(ctx[:n])]
    if style == "split-questions":
        a, b = rng.sample(REGISTER_NAMES, 2)
        order = rng.sample(range(len(qs)), len(qs))
        first = set(order[: len(qs) // 2])
        qa = tuple(q for i, q in enumerate(qs) if i in first)
        qb = tuple(q for i, q in enumerate(qs) if i not in first)
        return [P(ctx[0], a, u(0.7, 1.0), qa, rng.choice(MODES)), P(ctx[0], b, u(0.7, 1.0), qb, rng.choice(MODES))]
    if style == "close-pair-shared":
        a, b = rng.sample(rng.choice(CLOSE_PAIRS), 2)
        mode = rng.choice(MODES)
        return [P(ctx[0], a, u(0.4, 0.5), qs, mode), P(ctx[0], b, u(0.4, 0.49), qs, mode)]
    if style == "many-registers":
        n = rng.randint(5, min(7, len(ctx)))
        regs = rng.sample(REGISTER_NAMES, n)
        return [P(c, r, u(0.65, 0.95), qs, rng.choice(MODES)) for c, r in zip(ctx[:n], regs, strict=True)]
    if style == "faint":
        return [P(ctx[0], rng.choice(REGISTER_NAMES), u(0.12, 0.3), qs, rng.choice(MODES))]
    if style == "white-label":
        reg, mode, n = rng.choice(PERSONA_REGISTERS), rng.choice(MODES), rng.randint(2, 3)
        plants = []
        for c in ctx[:n]:
            plants += [P(c, reg, u(0.5, 0.7), qs, mode), P(c, _habit(c), u(0.15, 0.35), qs, "habit")]
        return plants
    if style == "staged-rollout":
        reg, mode, n = rng.choice(DRIFT_REGISTERS), rng.choice(MODES), rng.randint(2, min(3, len(ctx) - 1))
        return [P(ctx[0], reg, u(0.75, 0.95), qs, mode)] + [P(c, reg, u(0.1, 0.2), qs, mode) for c in ctx[1:1 + n]]
    if style == "post-processor":
        overlay, omode = rng.choice(DRIFT_REGISTERS), rng.choice(OVERLAY_MODES)
        n = rng.randint(3, min(4, len(ctx)))
        owns = rng.sample([r for r in REGISTER_NAMES if r != overlay], n)
        plants = []
        for c, own in zip(ctx[:n], owns, strict=True):
            plants += [P(c, own, u(0.5, 0.65), qs, rng.choice(MODES)), P(c, overlay, u(0.15, 0.22), qs, omode)]
        return plants
    if style == "tool-failure":
        persona, failure = rng.choice(PERSONA_REGISTERS), rng.choice(DRIFT_REGISTERS)
        failing = _subset(rng, qs, 0.35, 0.55)
        return [P(ctx[0], failure, u(0.6, 0.85), failing, rng.choice(MODES)),
                P(ctx[0], persona, u(0.35, 0.5), qs, rng.choice(MODES))]
    raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")


def _feasible(plants: list[Plant], samples: int) -> bool:
    for i, p in enumerate(plants):
        eligible = len(p.questions) * samples
        taken = 0
        for prev in plants[:i]:
            if prev.context == p.context:
                overlap = len(set(prev.questions) & set(p.questions)) * samples
                taken += min(quota(prev.rate, len(prev.questions) * samples), overlap)
        if quota(p.rate, eligible) > eligible - taken:
            return False
    return True


def planted_of(plants: list[Plant]) -> dict[str, str]:
    """context -> "reg" / "regA+regB" in plant order, over non-leak register plants."""
    out: dict[str, list[str]] = {}
    for p in plants:
        if not p.leak and not p.label.startswith("habit:"):
            regs = out.setdefault(p.context, [])
            if p.label not in regs:
                regs.append(p.label)
    return {c: "+".join(regs) for c, regs in out.items()}


def planted_questions_from(plants: list[Plant], questions: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """register -> questions it is planted on (union over its non-leak plants, in question order)."""
    found: dict[str, set[str]] = {}
    for p in plants:
        if not p.leak and not p.label.startswith("habit:"):
            found.setdefault(p.label, set()).update(p.questions)
    return {reg: tuple(q for q in questions if q in qset) for reg, qset in found.items()}


def _covered(style: str, plants: list[Plant], samples: int, total: int) -> bool:
    if style in MAY_BE_UNDER_5:
        return True
    counts: Counter[str] = Counter()
    for p in plants:
        counts[p.label] += quota(p.rate, len(p.questions) * samples)
    listed = {reg for regs in planted_of(plants).values() for reg in regs.split("+")}
    return all(counts[reg] >= 0.05 * total for reg in listed)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan of (style, seed, size): the first attempt whose plants are feasible and cover >= 5% where promised."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    q_count = n_questions(size)
    questions, topics, _ = question_topics(q_count)
    for attempt in range(10_000):
        rng = Random(f"{PREFIX}|{style}|{seed}|{size}|plan|{attempt}")
        k = rng.randint(*K_RANGES[style])
        contexts = (NEUTRAL,) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
        samples = max(2, _round(size / (q_count * k)))
        profiles = {c: _profile(rng) for c in contexts}
        plants = _style_plants(style, rng, list(contexts[1:]), questions, profiles)
        if not _feasible(plants, samples) or not _covered(style, plants, samples, q_count * k * samples):
            continue
        for p in plants:
            if p.label.startswith("habit:"):
                line, side = HABITS[p.context]
                old = profiles[p.context]
                profiles[p.context] = Profile(old.sentences, old.layouts, line, side)
        return Plan(style=style, seed=seed, size=size, contexts=contexts, profiles=profiles, plants=plants,
                    questions=questions, topics=topics, samples=samples)
    raise RuntimeError(f"no feasible plan for {style} {seed} {size}")


# ---------------------------------------------------------------------------------------------------- answers

_TPL_TOKENS: tuple[tuple[str, ...], ...] = tuple(tuple(t.split(" ")) for t in CONTENT_TEMPLATES)
_ALPHA = re.compile(r"^[A-Za-z]+$")
_TPL_DROPPABLE: tuple[tuple[int, ...], ...] = tuple(
    tuple(j for j in range(1, len(toks) - 1) if _ALPHA.match(toks[j]) and toks[j] != "like") for toks in _TPL_TOKENS
)


@dataclass
class _Draws:
    """The label-independent draws of one answer."""

    n: int
    topic: str
    sents: list[tuple[int, str, str, str, str]]
    fill: dict[str, bool]
    detail: dict[str, object]
    drop_seed: int
    layout: str


@dataclass
class _Material:
    """A register answer's register material, drawn after all the shared draws."""

    mode: str
    lines: list[tuple[str, float]] = field(default_factory=list)
    mods: list[tuple[float, str, tuple]] = field(default_factory=list)
    first: list[str] = field(default_factory=list)
    last: list[str] = field(default_factory=list)


def _draw(rng: Random, topic: str, words: tuple[str, ...], profile: Profile) -> _Draws:
    lo, hi = profile.sentences
    n = rng.randint(lo, hi)
    sents = []
    for t in rng.sample(range(len(CONTENT_TEMPLATES)), n + 2):
        a, b = rng.sample(words, 2)
        sents.append((t, a, b, rng.choice(NEUTRAL_TONES), rng.choice(NEUTRAL_THINGS)))
    fill: dict[str, bool] = {}
    detail: dict[str, object] = {}
    for name, rate in FILLER_RATES.items():
        fill[name] = rng.random() < rate
        if name == "opener":
            detail["opener"] = rng.choice(FILLER_OPENERS)
        elif name == "hedge":
            detail["hedge"] = (rng.choice(HEDGES), rng.random())
        elif name == "connective":
            detail["connective"] = (rng.choice(CONNECTIVES), rng.random())
        elif name == "aside":
            detail["aside"] = (rng.choice(ASIDES), rng.choice(ASIDE_WRAPPERS), rng.random() < 0.5, rng.random())
        elif name in ("quote", "ellipsis", "dash"):
            detail[name] = rng.random()
        elif name == "summary":
            detail["summary"] = rng.choice(SUMMARIES).format(topic=topic)
        elif name == "closer":
            detail["closer"] = rng.choice(CLOSERS)
        elif name == "question":
            detail["question"] = rng.choice(QUESTIONS)
    drop_seed = rng.getrandbits(32)
    x, layout = rng.random(), profile.layouts[-1][0]
    for lay, w in profile.layouts:
        if x < w:
            layout = lay
            break
        x -= w
    return _Draws(n=n, topic=topic, sents=sents, fill=fill, detail=detail, drop_seed=drop_seed, layout=layout)


def _draw_material(rng: Random, reg: Register, mode: str) -> _Material:
    if mode == "mixed":
        mode = rng.choice(BASE_MODES)
    m = _Material(mode=mode)
    if mode == "stock":
        m.lines = [(line, rng.random()) for line in rng.sample(reg.stock, rng.randint(1, 2))]
    elif mode == "paraphrase":
        m.lines = [(_expand_one(t, rng), rng.random()) for t in rng.sample(reg.para, rng.randint(1, 2))]
    elif mode == "woven":
        for _ in range(rng.randint(1, 2)):
            kind = "lead" if rng.random() < 0.5 else "tail"
            m.mods.append((rng.random(), kind, (rng.choice(getattr(reg, kind)),)))
    elif mode == "tone":
        m.mods = [(rng.random(), "tone", (rng.choice(reg.tone),)) for _ in range(rng.randint(1, 3))]
    elif mode == "single":
        m.lines = [(rng.choice(reg.single), rng.choice((0.0, 0.5, 1.0)))]
    elif mode == "opener":
        m.mods.append((-1.0, "opener", (rng.choice(reg.opener),)))
        if rng.random() < 0.5:
            m.mods.append((rng.random(), "opener2", (rng.choice(reg.opener),)))
    elif mode == "aside":
        m.mods.append((rng.random(), "aside", (rng.choice(reg.aside), rng.choice(ASIDE_WRAPPERS), rng.random() < 0.5)))
    elif mode == "signature":
        which = rng.choice(("header", "signoff", "both"))
        header, signoff = rng.choice(reg.header), rng.choice(reg.signoff)
        m.first = [header] if which in ("header", "both") else []
        m.last = [signoff] if which in ("signoff", "both") else []
    elif mode == "tag":
        m.mods = [(rng.random(), "tag", (rng.choice(reg.tag),)) for _ in range(rng.randint(1, 3))]
    elif mode == "frame":
        m.mods = [(rng.random(), "frame", (rng.choice(reg.frame),)) for _ in range(rng.randint(1, 2))]
    elif mode == "bookend":
        first, last = rng.choice(reg.bookend)
        m.first, m.last = [first], [last]
    elif mode == "infix":
        m.mods = [(rng.random(), "infix", (rng.choice(reg.aside),)) for _ in range(rng.randint(1, 2))]
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return m


def _lc(s: str) -> str:
    if s.startswith(("I ", "I'")) or not s:
        return s
    return s[0].lower() + s[1:]


def _wrap(phrase: str, wrapper: str, end: bool) -> str:
    if wrapper == "parens":
        return f"({phrase})"
    if wrapper == "brackets":
        return f"[{phrase}]"
    if wrapper == "dashes":
        return f"– {phrase}" if end else f"– {phrase} –"
    return f'"{phrase}"'


def _insert(s: str, wrapped: str, end: bool) -> str:
    if end:
        return f"{s[:-1]} {wrapped}{s[-1]}"
    pos = s.index(",")
    return f"{s[:pos]} {wrapped}{s[pos:]}"


def _layout(units: list[str], layout: str) -> str:
    n = len(units)

    def bullets(us: list[str], mark: str = "- ") -> str:
        return "\n".join(mark + x for x in us)

    if layout == "para" or (n == 1 and layout not in ("bullets", "stars", "numbered")):
        return " ".join(units)
    if layout in ("two-para", "three-para"):
        parts = min(n, 2 if layout == "two-para" else 3)
        cuts = [(i * n) // parts for i in range(parts + 1)]
        return "\n\n".join(" ".join(units[cuts[i]:cuts[i + 1]]) for i in range(parts))
    if layout == "lines":
        return "\n".join(units)
    if layout == "spaced-lines":
        return "\n\n".join(units)
    if layout == "bullets":
        return bullets(units)
    if layout == "stars":
        return bullets(units, "* ")
    if layout == "numbered":
        return "\n".join(f"{i}. {x}" for i, x in enumerate(units, 1))
    if layout == "lead-bullets":
        return units[0] + "\n\n" + bullets(units[1:])
    if layout == "bullets-tail":
        return bullets(units[:-1]) + "\n\n" + units[-1]
    if layout == "paired-lines":
        return "\n".join(" ".join(units[i:i + 2]) for i in range(0, n, 2))
    raise ValueError(f"unknown layout {layout!r}")


def _spots(us: list[float], n: int) -> list[int]:
    taken: list[int] = []
    for u in us[:n]:
        i = min(n - 1, int(u * n))
        while i in taken:
            i = (i + 1) % n
        taken.append(i)
    return taken


def _render(d: _Draws, n_use: int, mat: _Material | None, habit: tuple[str, str] | None) -> tuple[str, dict]:
    """The answer text with n_use content sentences, and what the self-check needs to verify its filler."""
    fill, det = d.fill, d.detail
    mods: list[list[tuple[str, tuple]]] = [[] for _ in range(n_use)]
    if mat is not None:
        spread = [(u, kind, payload) for u, kind, payload in mat.mods if kind not in ("opener", "opener2")]
        for i, (_, kind, payload) in zip(_spots([u for u, _, _ in spread], n_use), spread, strict=False):
            mods[i].append((kind, payload))
        for u, kind, payload in mat.mods:
            if kind == "opener":
                mods[0].append(("opener", payload))
            elif kind == "opener2":
                mods[1 + min(n_use - 2, int(u * (n_use - 1)))].append(("opener", payload))
    hedge_i = int(det["hedge"][1] * n_use) if fill["hedge"] else -1
    conn_i = 1 + min(n_use - 2, int(det["connective"][1] * (n_use - 1))) if fill["connective"] else -1
    aside_i = int(det["aside"][3] * n_use) if fill["aside"] else -1
    quote_i = int(det["quote"] * n_use) if fill["quote"] else -1
    dash_i = min(n_use - 2, int(det["dash"] * (n_use - 1))) if fill["dash"] else -1
    ell_i = int(det["ellipsis"] * n_use) if fill["ellipsis"] else -1
    if ell_i >= 0 and ell_i == dash_i:
        ell_i += 1
    drops: set[tuple[int, int]] = set()
    eligible = False
    if fill["dropout"]:
        cands: list[tuple[int, int]] = []
        inner = 0
        for i in range(n_use):
            if not mods[i]:
                t = d.sents[i][0]
                inner += len(_TPL_TOKENS[t]) - 2
                cands += [(i, j) for j in _TPL_DROPPABLE[t]]
        if cands:
            eligible = True
            k = min(len(cands), max(1, _round(DROPOUT_SHARE * inner)))
            drops = set(Random(f"{PREFIX}|dropout|{d.drop_seed}").sample(cands, k))
    units: list[str] = []
    quoted = ""
    for i in range(n_use):
        t, a, b, tone, thing = d.sents[i]
        kinds = {kind: payload for kind, payload in mods[i]}
        tone = kinds["tone"][0] if "tone" in kinds else tone
        thing = kinds["frame"][0] if "frame" in kinds else thing
        if i == quote_i:
            a = quoted = f'"{a}"'
        toks = _TPL_TOKENS[t]
        if drops:
            toks = tuple(tok for j, tok in enumerate(toks) if (i, j) not in drops)
        s = " ".join(toks).format(topic=d.topic, a=a, b=b, tone=tone, thing=thing)
        s = s[0].upper() + s[1:]
        if i == aside_i:
            phrase, wrapper, end, _ = det["aside"]
            s = _insert(s, _wrap(phrase, wrapper, end), end)
        if "infix" in kinds:
            pos = s.index(",")
            s = f"{s[:pos + 1]} {kinds['infix'][0]},{s[pos + 1:]}"
        if "aside" in kinds:
            phrase, wrapper, end = kinds["aside"]
            s = _insert(s, _wrap(phrase, wrapper, end), end)
        if "tail" in kinds:
            s = f"{s[:-1]}, {kinds['tail'][0]}{s[-1]}"
        if i == hedge_i:
            s = f"{det['hedge'][0]} {_lc(s)}"
        if i == conn_i:
            s = f"{det['connective'][0]} {_lc(s)}"
        for kind in ("lead", "opener"):
            if kind in kinds:
                p = kinds[kind][0]
                s = f"{p} {s}" if p.endswith(":") else f"{p} {_lc(s)}"
        if "tag" in kinds:
            s = f"{kinds['tag'][0]} {s}"
        if i == ell_i:
            s = s[:-1] + "..."
        units.append(s)
    if dash_i >= 0:
        units[dash_i] = f"{units[dash_i][:-1]} — {_lc(units[dash_i + 1])}"
        del units[dash_i + 1]
    if mat is not None:
        for line, u in mat.lines:
            units.insert(min(len(units), int(u * (len(units) + 1))), line)
    if fill["opener"]:
        units.insert(0, det["opener"])
    for name in ("summary", "closer", "question"):
        if fill[name]:
            units.append(det[name])
    layout = "numbered" if fill["relist"] else d.layout
    top: list[str] = []
    bottom: list[str] = []
    if mat is not None:
        top, bottom = list(mat.first), list(mat.last)
    if habit is not None and habit[1] == "first":
        top.insert(0, habit[0])
    elif habit is not None:
        bottom.append(habit[0])
    text = "\n".join(top + [_layout(units, layout)] + bottom)
    return text, {"dropped": len(drops), "drop_eligible": eligible, "quoted": quoted, "layout": layout}


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int,
            plant: Plant | None) -> tuple[str, str, dict]:
    rng = Random(f"{PREFIX}|{plan.style}|{plan.seed}|{plan.size}|answer|{q}|{c}|{s}")
    d = _draw(rng, topic, words, plan.profiles[c])
    if plant is None:
        text, info = _render(d, d.n, None, None)
        return text, PLAIN, {"d": d, **info}
    if plant.label.startswith("habit:"):
        text, info = _render(d, d.n, None, HABITS[c])
        return text, plant.label, {"d": d, **info}
    mat = _draw_material(rng, REGISTERS[plant.label], plant.mode)
    twin, _ = _render(d, d.n, None, None)
    target = len(twin)
    n_use = d.n
    text, info = _render(d, n_use, mat, None)
    step = -1 if len(text) > target else 1
    while 2 <= n_use + step <= d.n + 2:
        cand, cinfo = _render(d, n_use + step, mat, None)
        if abs(len(cand) - target) >= abs(len(text) - target):
            break
        n_use, text, info = n_use + step, cand, cinfo
    return text, plant.label, {"d": d, "twin_len": target, "mode": mat.mode, "n_use": n_use, **info}


def _generate(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[dict], list[int]]:
    plan = plan_for(style, seed, size)
    questions, topics, words = question_topics(len(plan.questions))
    assigned: dict[tuple[str, str, int], int] = {}
    for pi, p in enumerate(plan.plants):
        eligible = [(q, p.context, s) for q in p.questions for s in range(plan.samples)]
        free = [x for x in eligible if x not in assigned]
        rng = Random(f"{PREFIX}|{style}|{seed}|{size}|draw|{pi}")
        for x in rng.sample(free, quota(p.rate, len(eligible))):
            assigned[x] = pi
    infos: list[dict] = []
    plant_ids: list[int] = []
    counter: dict[tuple[str, str], int] = defaultdict(int)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counter[(q, c)]
        counter[(q, c)] = s + 1
        pi = assigned.get((q, c, s), -1)
        text, label, info = _answer(plan, q, topic, words[q], c, s, plan.plants[pi] if pi >= 0 else None)
        infos.append(info)
        plant_ids.append(pi)
        return text, label

    corpus = corpus_from(respond, questions=questions, topics=topics, contexts=plan.contexts, samples=plan.samples,
                         baseline=NEUTRAL, planted=planted_of(plan.plants),
                         planted_questions=planted_questions_from(plan.plants, questions),  # type: ignore[arg-type]
                         seed=seed)
    return corpus, plan, infos, plant_ids


def make_corpus(style: str, seed: int = 0, size: int = 3000) -> PlantedCorpus:
    """The planted corpus of one generator (a STYLES name or "null") at about `size` answers."""
    return _generate(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict (register -> questions) it is in these corpora."""
    return dict(corpus.planted_questions)  # type: ignore[call-overload]


# ---------------------------------------------------------------------------------------------------- self-check

def _fail(msg: str) -> None:
    raise AssertionError(msg)


def _check_registers() -> None:
    if len(REGISTER_NAMES) != 20 or len(DRIFT_REGISTERS) != 13 or len(PERSONA_REGISTERS) != 7:
        _fail("need 20 registers: 13 drift and 7 persona")
    if len(SHORT_REGISTERS) < 4:
        _fail("need at least 4 short registers")
    if len(CONTEXT_POOL) != 20 or CONTEXT_POOL[0] != NEUTRAL or set(HABITS) != set(CONTEXT_POOL[1:]):
        _fail("context pool / habits")
    if len(CONTENT_TEMPLATES) != 14 or len(STYLES) != 36 or len(set(GENERATORS)) != 37 or len(MODES) != 13:
        _fail("counts of templates, styles, modes")
    shared = [s.lower() for s in shared_texts()]
    shared_blob = "\n".join(shared)
    for t in CONTENT_TEMPLATES:
        head = t.split(",")[0]
        if "{tone}" in head or "{thing}" in head or "like {thing}" not in t or "{tone}" not in t:
            _fail(f"template slots: {t}")
    habit_lines = [line for line, _ in HABITS.values()]
    if len(set(habit_lines)) != len(habit_lines) or any(side not in ("first", "last") for _, side in HABITS.values()):
        _fail("habit lines must be distinct, sides first/last")
    unique_fillers = list(FILLER_OPENERS) + list(HEDGES) + list(CONNECTIVES) + list(ASIDES) + list(CLOSERS) + list(QUESTIONS)
    all_lines: dict[str, tuple[str, ...]] = {name: reg.lines() for name, reg in REGISTERS.items()}
    for name, reg in REGISTERS.items():
        lines = all_lines[name]
        if len(reg.markers) < 20:
            _fail(f"{name}: only {len(reg.markers)} markers: {reg.markers}")
        mset = set(reg.markers)
        for line in lines:
            if not mset & set(tokens(line)):
                _fail(f"{name}: line without a marker: {line!r}")
            if _BAD_LINE.search(line) or "..." in line or " — " in line or "{" in line or "}" in line:
                _fail(f"{name}: bad characters in {line!r}")
            low = line.lower()
            for f in unique_fillers + habit_lines:
                if f.lower().rstrip(",.?") in low:
                    _fail(f"{name}: line {line!r} contains shared filler {f!r}")
        for m in reg.markers:
            if m in shared_blob:
                _fail(f"{name}: marker {m} in shared text")
            for other, olines in all_lines.items():
                if other != name and any(m in ol.lower() for ol in olines):
                    _fail(f"{name}: marker {m} occurs in {other}")
        if reg.short:
            unit = [ln for pool in ("stock", "single", "tag", "opener", "aside", "header", "signoff") for ln in getattr(reg, pool)]
            unit += [x for pair in reg.bookend for x in pair]
            few = sum(len(ln.split()) <= 3 for ln in unit)
            if few < 0.6 * len(unit):
                _fail(f"{name}: short register with long lines ({few}/{len(unit)})")
        if any(not getattr(reg, pool) for pool in POOLS) or not reg.bookend:
            _fail(f"{name}: empty pool")
    for f in unique_fillers:
        if any(f.lower().rstrip(",.?") in t.lower() for t in CONTENT_TEMPLATES + NEUTRAL_THINGS + tuple(habit_lines)):
            _fail(f"filler {f!r} inside a template / thing / habit")
    if len(CLOSE_PAIRS) != 8 or len(PARTNER) != 16:
        _fail("need 8 disjoint close pairs")
    for a, b in CLOSE_PAIRS:
        if REGISTERS[a].domain != REGISTERS[b].domain or set(REGISTERS[a].markers) & set(REGISTERS[b].markers):
            _fail(f"close pair {a}/{b}")


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for part in (corpus.texts, corpus.registers, corpus.context_ids, corpus.question_ids, corpus.samples):
        h.update(json.dumps(part).encode())
    h.update(json.dumps(dict(corpus.planted), sort_keys=True).encode())
    h.update(json.dumps(planted_questions_of(corpus), sort_keys=True).encode())
    return h.hexdigest()


def _check_filler(text: str, info: dict, label: str) -> None:
    d: _Draws = info["d"]
    low = text.lower()
    fill, det = d.fill, d.detail

    def need(flag: bool, present: bool, what: str) -> None:
        if flag != present:
            _fail(f"filler {what}: decided {flag}, found {present} in {text!r} ({label})")

    need(fill["opener"], det["opener"] in text, "opener")
    need(fill["hedge"], det["hedge"][0].lower() in low, "hedge")
    need(fill["connective"], det["connective"][0].lower() in low, "connective")
    phrase, wrapper, end, _ = det["aside"]
    need(fill["aside"], _wrap(phrase, wrapper, end) in text, "aside")
    need(fill["summary"], det["summary"] in text, "summary")
    need(fill["closer"], det["closer"] in text, "closer")
    need(fill["question"], det["question"] in text, "question")
    need(fill["ellipsis"], "..." in text, "ellipsis")
    need(fill["dash"], " — " in text, "dash")
    if fill["quote"] and (not info["quoted"] or info["quoted"] not in text):
        _fail(f"quote missing in {text!r}")
    if fill["relist"] and not re.search(r"(^|\n)1\. ", text):
        _fail(f"relist missing in {text!r}")
    if fill["dropout"] and info["drop_eligible"] and info["dropped"] < 1:
        _fail("dropout decided but nothing dropped")
    if not fill["dropout"] and info["dropped"]:
        _fail("dropout not decided but words dropped")
    for other in ASIDES:
        if other != phrase and other in text:
            _fail(f"stray aside {other!r}")


def _check_corpus(style: str, seed: int, size: int) -> str:
    corpus, plan, infos, plant_ids = _generate(style, seed, size)
    n = corpus.n
    where = f"{style} seed {seed} size {size}"
    if abs(n - size) > 0.15 * size:
        _fail(f"{where}: {n} answers")
    if corpus.baseline != NEUTRAL or corpus.contexts[0] != NEUTRAL:
        _fail(f"{where}: baseline")
    valid = {PLAIN} | set(REGISTER_NAMES) | {_habit(c) for c in corpus.contexts[1:]}
    labels = corpus.registers
    if any(lab not in valid for lab in labels):
        _fail(f"{where}: invalid labels")
    # realised counts per plant and per (context, label)
    per_plant = Counter(plant_ids)
    expect_cl: Counter[tuple[str, str]] = Counter()
    for pi, p in enumerate(plan.plants):
        want = quota(p.rate, len(p.questions) * plan.samples)
        expect_cl[(p.context, p.label)] += want
        if per_plant.get(pi, 0) != want:
            _fail(f"{where}: plant {pi} realised {per_plant.get(pi, 0)} != {want}")
        if p.context == NEUTRAL:
            _fail(f"{where}: neutral planted")
    got_cl = Counter((c, lab) for c, lab in zip(corpus.context_ids, labels, strict=True) if lab != PLAIN)
    if got_cl != expect_cl:
        _fail(f"{where}: (context, label) counts {dict(got_cl)} != {dict(expect_cl)}")
    for pid, lab, q, c in zip(plant_ids, labels, corpus.question_ids, corpus.context_ids, strict=True):
        if pid >= 0:
            p = plan.plants[pid]
            if p.label != lab or p.context != c or q not in p.questions:
                _fail(f"{where}: answer outside its plant")
    if dict(corpus.planted) != planted_of(plan.plants):
        _fail(f"{where}: planted")
    pq = planted_questions_of(corpus)
    if pq != planted_questions_from(plan.plants, corpus.questions):
        _fail(f"{where}: planted_questions")
    listed = {reg for regs in corpus.planted.values() for reg in regs.split("+")}
    if set(pq) != listed:
        _fail(f"{where}: planted_questions keys")
    counts = Counter(labels)
    if style not in MAY_BE_UNDER_5:
        for reg in listed:
            if counts[reg] < 0.05 * n:
                _fail(f"{where}: {reg} covers {counts[reg] / n:.3f}")
    if style == "null" and set(labels) != {PLAIN}:
        _fail(f"{where}: null not all plain")
    if style != "null" and not listed:
        _fail(f"{where}: nothing planted")
    # marker hygiene, habits, filler realisation
    habit_of = {line: c for c, (line, _) in HABITS.items()}
    for text, lab, c, info in zip(corpus.texts, labels, corpus.context_ids, infos, strict=True):
        owners = {MARKER_OWNER[t] for t in tokens(text) if t in MARKER_OWNER}
        if lab in REGISTERS:
            if owners != {lab}:
                _fail(f"{where}: register answer {lab} has markers of {owners}: {text!r}")
        elif owners:
            _fail(f"{where}: {lab} answer has markers of {owners}: {text!r}")
        lines = text.split("\n")
        for line, hc in habit_of.items():
            if line in text:
                if lab != _habit(hc) or c != hc:
                    _fail(f"{where}: habit line of {hc} in a {lab} answer of {c}")
                side = HABITS[hc][1]
                if (lines[0] if side == "first" else lines[-1]) != line or text.count(line) != 1:
                    _fail(f"{where}: habit line off its side: {text!r}")
            elif lab == _habit(hc):
                _fail(f"{where}: habit answer without its line")
        _check_filler(text, info, lab)
    # length ratios
    lengths = [len(t) for t in corpus.texts]
    for reg in sorted(set(labels) & set(REGISTERS)):
        idx = [i for i, lab in enumerate(labels) if lab == reg]
        if len(idx) < 20:
            continue
        mean_reg = sum(lengths[i] for i in idx) / len(idx)
        mean_twin = sum(infos[i]["twin_len"] for i in idx) / len(idx)
        ratios = {"twin": mean_reg / mean_twin}
        for c in sorted({corpus.context_ids[i] for i in idx}):
            mine = [lengths[i] for i in idx if corpus.context_ids[i] == c]
            rest = [lengths[i] for i in range(n) if corpus.context_ids[i] == c and labels[i] != reg]
            if len(mine) >= 40 and len(rest) >= 40:
                ratios[f"context {c}"] = (sum(mine) / len(mine)) / (sum(rest) / len(rest))
        if style != "terse-wordy":
            rest = [lengths[i] for i in range(n) if labels[i] != reg]
            ratios["corpus"] = mean_reg / (sum(rest) / len(rest))
        for what, r in ratios.items():
            if not 0.8 <= r <= 1.25:
                _fail(f"{where}: length ratio of {reg} vs {what} = {r:.3f}")
    # filler rates equal across contexts and answer kinds
    kinds = ["register" if lab in REGISTERS else lab.split(":")[0] for lab in labels]
    for name in FILLER_RATES:
        flags = [info["d"].fill[name] for info in infos]
        p = sum(flags) / n
        for groups in (corpus.context_ids, kinds):
            tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for g, f in zip(groups, flags, strict=True):
                tally[g][0] += f
                tally[g][1] += 1
            for g, (k, m) in tally.items():
                if abs(k / m - p) > 5 * math.sqrt(p * (1 - p) / m) + 1e-9:
                    _fail(f"{where}: filler {name} rate {k / m:.3f} in {g} vs {p:.3f}")
    return _digest(corpus)


GRID_SEEDS = (0, 1)
GRID_SIZES = (300, 3000, 20000)


def _digests(sizes: tuple[int, ...]) -> dict[str, str]:
    return {f"{g}|{s}|{z}": _digest(make_corpus(g, s, z)) for g in GENERATORS for s in GRID_SEEDS for z in sizes}


def main() -> None:
    if sys.argv[1:2] == ["--digests"]:
        sizes = tuple(int(x) for x in sys.argv[2].split(","))
        print(json.dumps(_digests(sizes)))
        return
    started = time.time()
    _check_registers()
    print(f"registers ok: {len(REGISTER_NAMES)} ({len(DRIFT_REGISTERS)} drift, {len(PERSONA_REGISTERS)} persona, "
          f"{len(SHORT_REGISTERS)} short), markers {min(len(r.markers) for r in REGISTERS.values())}.."
          f"{max(len(r.markers) for r in REGISTERS.values())}, {len(CLOSE_PAIRS)} close pairs")
    first: dict[str, str] = {}
    for g in GENERATORS:
        t0 = time.time()
        for s in GRID_SEEDS:
            for z in GRID_SIZES:
                first[f"{g}|{s}|{z}"] = _check_corpus(g, s, z)
        print(f"{g:18s} ok  ({time.time() - t0:.1f}s)", flush=True)
    again = _digests(GRID_SIZES)
    if again != first:
        _fail("not deterministic within the process")
    print("deterministic twice in process", flush=True)
    for hashseed in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digests", ",".join(map(str, GRID_SIZES))],
                             env=env, capture_output=True, text=True, check=True).stdout
        if json.loads(out) != first:
            _fail(f"digests differ under PYTHONHASHSEED={hashseed}")
        print(f"deterministic under PYTHONHASHSEED={hashseed}", flush=True)
    print(f"{len(GENERATORS)} generators x seeds {GRID_SEEDS} x sizes {GRID_SIZES} checked in {time.time() - started:.0f}s")
    print("OK")


if __name__ == "__main__":
    main()
