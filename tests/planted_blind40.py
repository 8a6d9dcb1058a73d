# ruff: noqa: E501
"""Blind planted corpora, set 40: test corpora for a register clusterer (20 new registers, 12 base modes, 36 styles).

A register is a recurring way of answering that a prompt context brings out. Each corpus holds short first-person
self-reports by an AI about its question's topic (topics and words from tests.planted.question_topics); some contexts
speak a register in some of their answers, the rest is shared text. Written blind: only tests/planted.py was read.

API
    make_corpus(style, seed, size) -> PlantedCorpus   built with tests.planted.corpus_from; rows in question, context,
        sample order; deterministic in (style, seed, size) and independent of PYTHONHASHSEED (every rng is
        random.Random seeded with a string: "planted_blind40|{style}|{seed}|{size}|plan|{attempt}" for the plan,
        "...|draw|{plant index}" for each plant's draw, "...|answer|{question}|{context}|{sample}" for each answer;
        hash() is never used, sets are never iterated in an order that matters).
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
    CONTEXT_POOL[1:] (system-persona, customer-app, long-thread, agent-loop, safety-tuned, locale-set, voice-surface,
    eval-harness, coding-ide, enterprise-tenant, roleplay-server, research-interview, late-night-chat, tutoring-app,
    companion-app, raw-api, browser-sidebar, wellness-app, group-chat). Neutral never gets a register, a leak or a
    habit; corpus.baseline == "neutral".

Labels (corpus.registers, one per answer)
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers occurs and no marker of
                       any other register does.
    "habit:<context>"  the answer carries its context's habit line (HABITS: one short verbatim line, on its own line,
                       first or last, the side fixed per context) and no register. Habit lines occur nowhere else.
    corpus.planted     context -> "reg", or "regA+regB[+regC]" in plant order when several registers share one context
                       (a register planted twice in one context, as in two-modes, is listed once); habit plants and
                       leak plants are not listed.
    corpus.planted_questions   dict register -> tuple of the questions it is planted on (union over its non-leak
                       plants, in question order).
    A plant draws exactly round(rate * eligible) answers (eligible: its context x its questions x all samples) at
    random among the answers still free, plants applied in plan order. plan_for only returns plans in which no plant
    can run short of free answers (worst case over earlier plants of the same context), so the realised count always
    equals round(rate * eligible); and, outside MAY_BE_UNDER_5, every planted register covers >= 5% of all the answers
    of the corpus (otherwise the plan is redrawn with the next attempt number).

Answers
    An answer draws, from its own rng and in a fixed order whatever its label: n content sentences (n uniform in its
    context's profile range, within 3..8, plus two spares), each from one of 14 shared CONTENT_TEMPLATES with the
    question's topic and topic words, a neutral tone slot {tone} (NEUTRAL_TONES, a predicate adjective) and a frame slot
    {thing} (NEUTRAL_THINGS, a noun phrase after "like"); then every filler decision; then a dropout seed and the
    layout; only after all of these, register answers draw their register material from the same rng.
    FILLER (one shared pool, same rates in every context, answer kind and style, null included), FILLER_RATES:
        opener 0.25 (stock opening sentence), hedge 0.35 ("I think", "Perhaps", ... before a content sentence),
        connective 0.30 ("That said,", ...), aside 0.20 (a shared aside in parentheses, brackets, dashes or quotes,
        after a sentence's first clause or at its end), quote 0.15 (a topic phrase in double quotes), summary 0.15,
        closer 0.20, question 0.15 (closing question), dropout 0.25 (5/64 of inner words dropped from content sentences
        that carry no register text), ellipsis 0.18 (one sentence end turned into "...", a join inside paragraphs and a
        cut in line layouts), dash 0.18 (two adjacent sentences joined by " — "), relist 0.08 (numbered list layout
        whatever the profile says). Markers never occur in shared text (templates, topic words, neutral fillers, the
        filler pool, habit lines).
    PROFILES: contexts differ only in content sentences per answer (SENTENCE_RANGES: 5-6, 4-7 or 3-8, all with mean
        5.5, so contexts differ in spread, not in mean length; terse-wordy's terse context 3-4 and wordy context 6-8)
        and in a layout mix (a primary layout, half the time a second one at weight 0.25-0.5, sometimes a third
        at 0.1-0.25) over 11 layouts: para, two-para, three-para, lines, spaced-lines, bullets ("- "), stars ("* "),
        numbered, lead-bullets (a paragraph then bullets), bullets-tail (bullets then a closing paragraph),
        paired-lines (two sentences per line); plus their plants.
    LENGTH: a register answer is built from the same draws as its plain twin (the answer it would have been with
        label plain), then gives up content sentences (never below 2) or takes back spares while that brings its
        length closer to the twin's. Mean-length ratios, all within 0.8-1.25: a register's answers / their plain
        twins (about 0.99-1.09); a register's answers / the other answers of the same contexts (where both have 40+
        answers); a register's answers / all other answers of the corpus (every style but terse-wordy, whose terse
        and wordy contexts differ in length on purpose: there only the first two hold).

Markers
    tokens(text): lower-cased runs of Unicode letters. A register's markers are the ASCII tokens of 3+ letters of its
    own lines (all pools, paraphrase templates fully expanded) that are no stop word and occur, even as a substring,
    in no other register's lines and in no shared text. Every register has >= 20 markers and every line it can emit
    holds at least one. Register lines contain no underscores and no letter-digit runs.

Registers (REGISTERS[name]: Register(name, domain, kind, source, short, markers, and one line pool per use: stock,
para, lead, tail, tone, single, opener, aside, header, signoff, tag, frame, bookend)); kind "drift" = a voice a chat
model really drifts into, "persona" = invented; short = lines mostly one to three words.
    rubric-chaser       drift    instruction compliance   (evaluation harness) answers addressed to a grading rubric
    house-style         drift    instruction compliance   (system prompt) an operator's style guide cited back
    referral-nudge      drift    safety layer             steering the user to licensed professionals
    privacy-reminder    drift    safety layer             confidentiality / identifier reminders
    locale-finnish      drift    locale setting           Finnish leaking into English answers
    locale-hungarian    drift    locale setting           Hungarian leaking into English answers
    xml-wrapper         drift    structured tool output   short: pseudo-XML tags left in prose (tool loop)
    feature-flags       drift    structured tool output   short: config flags echoed in prose (verbose=off)
    heartbeat-pings     drift    agent loop status        short: liveness pings between steps (Pong., Pulse ok.)
    checkpoint-chatter  drift    agent loop status        narrating persisted state and snapshots
    push-digest         drift    product surface          a notification digest (swipe, insight, roundup)
    ui-chip-labels      drift    product surface          short: UI chips and badges as text (Pinned, Starred)
    catchphrase-loop    drift    long conversation        latching onto catchphrases (Onward and upward)
    ferry-purser        persona  travel hospitality       a ferry purser
    balloon-pilot       persona  travel hospitality       a hot-air balloon pilot
    antique-appraiser   persona  collectibles appraisal   an antiques appraiser
    numismatist         persona  collectibles appraisal   a coin grader (numismatist)
    crossword-setter    persona  word puzzles             a crossword setter
    radio-astronomer    persona  observational science    a radio astronomer
    beach-lifeguard     persona  outdoor safety           a beach lifeguard
CLOSE_PAIRS (same domain and tone, disjoint markers): rubric-chaser/house-style, referral-nudge/privacy-reminder,
locale-finnish/locale-hungarian, xml-wrapper/feature-flags, heartbeat-pings/checkpoint-chatter,
push-digest/ui-chip-labels, ferry-purser/balloon-pilot, antique-appraiser/numismatist.

Modes (how one register answer speaks its register)
    stock       1-2 verbatim stock lines as sentences of their own (random positions in the body).
    paraphrase  1-2 lines from templates with {a|b} alternatives.
    woven       1-2 content sentences get a register lead-in ("To meet the rubric, when I ...") or tail.
    tone        1-3 content sentences get a register adjective in their tone slot; nothing else changes.
    single      one short register line as its own sentence (start, middle or end).
    opener      sentence openings only: the first content sentence and maybe one more start with a register opener.
    aside       one register aside in parentheses, brackets, dashes or quotes (the shared aside wrappers).
    signature   a header line, a sign-off line, or both, on lines of their own.
    tag         1-3 one- to three-word tags or labels ("[Pinned]", "<lede/>") at the start of content sentences.
    frame       1-2 content sentences get a register noun phrase in their shared frame slot ("... like a galley menu").
    bookend     a short register line first and a matching one last ("<payload>" ... "</payload>").
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
    thread-creep       (a long thread drifting) one register in one context over question thirds in question order
                       at rising rates 0.1-0.25, 0.4-0.55, 0.8-0.95, one mode, K 3-5.
    topic-trigger      (a safety or persona layer that fires on some topics) one register in two contexts only on the
                       questions of a random set of topics covering 30-50% of the questions, rates 0.7-0.95, K 3-5.
    mode-drift         (a voice compressing as a session goes on) one register in one context, the first half of the
                       questions in a long mode (stock, paraphrase, woven, signature) and the second half in a
                       short-unit mode (tag, single, opener), rates 0.7-0.95, K 3-6.
    persona-bleed      (a persona leaking into a neighbouring surface) a persona register at 0.7-0.95 in one context and
                       0.15-0.3 in another (both listed in planted), one mode, K 4-6.
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain".

Self-check: `python tests/planted_blind40.py` checks the registers (marker derivation, coverage of every line,
markers absent from shared text, close pairs), then every generator x seeds 0, 1 x sizes 300, 3000, 20000: size within
15%, valid labels, realised counts equal round(rate * eligible) per plant and per (context, label), planted and
planted_questions as planned, coverage >= 5% where promised, marker hygiene of plain / habit / register answers, habit
lines exactly where labelled and on their side, null all plain, length ratios, filler decisions realised in the text
and filler rates equal across contexts and answer kinds (within 5 binomial sd), and determinism (twice in process and
under PYTHONHASHSEED 0 and 4242). It prints "OK" at the end.
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from itertools import product
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

PREFIX = "planted_blind40"
PLAIN = "plain"

# --------------------------------------------------------------------------------------------------
# Shared text: content templates, neutral slot fillers, the filler pool, habit lines, layouts.
# --------------------------------------------------------------------------------------------------

# Every content template has a neutral tone slot {tone} (a predicate adjective) and a frame slot
# {thing} (a noun phrase after "like"); "tone" mode fills the first, "frame" mode the second.
CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I consider {a}, {topic} seems {tone} to me, rather like {thing}.",
    "{A} and {b} feel {tone} whenever {topic} comes up, a little like {thing}.",
    "My view of {topic} turns on {a}, which I find {tone}, much like {thing}.",
    "Questions about {topic} often hinge on {a}, and that part stays {tone}, like {thing}.",
    "I would weigh {a} against {b}, since both look {tone} and feel like {thing}.",
    "Thinking about {a} helps me with {topic}, though it remains {tone}, like {thing}.",
    "Some people link {topic} with {a} and others with {b}; to me both seem {tone}, like {thing}.",
    "{A} is the part of {topic} I find most {tone}, a bit like {thing}.",
    "If {a} changed, my sense of {b} would shift too, which feels {tone}, like {thing}.",
    "There are many angles on {topic}, from {a} to {b}, and each looks {tone}, like {thing}.",
    "The example of {a} shows how {b} matters for {topic}, and it seems {tone}, like {thing}.",
    "In everyday terms, {topic} is about {a} and {b}, which sound {tone}, like {thing}.",
    "I keep coming back to {a} when {topic} is raised, because it is {tone}, like {thing}.",
    "Talking about {b} makes {topic} feel {tone} to me, like {thing}.",
)

NEUTRAL_TONES: tuple[str, ...] = (
    "important", "interesting", "subtle", "difficult", "real", "open", "uncertain", "meaningful",
    "complicated", "familiar", "serious", "curious",
)

NEUTRAL_THINGS: tuple[str, ...] = (
    "an open question", "a familiar puzzle", "a long conversation", "a map with blank edges",
    "a question I keep returning to", "a careful balance", "a door left ajar", "a book still being written",
    "a thread worth following", "a problem with many sides",
)

# The shared filler pool: every item is decided per answer, from the answer's own rng, with these
# probabilities, whatever the context, answer kind or style.
FILLER_RATES: dict[str, float] = {
    "opener": 0.25,      # a stock opening sentence first in the body
    "hedge": 0.35,       # a hedge prefixed to one content sentence
    "connective": 0.30,  # a connective prefixed to one content sentence
    "aside": 0.20,       # a bracketed / quoted / dashed aside inside or at the end of a content sentence
    "quote": 0.15,       # a topic phrase of one content sentence put in double quotes
    "summary": 0.15,     # a summary sentence near the end
    "closer": 0.20,      # a closing sentence
    "question": 0.15,    # a closing question
    "dropout": 0.25,     # word dropout (5/64 of inner words) in content sentences without register text
    "ellipsis": 0.18,    # one sentence end becomes "..." (a join in paragraphs, a cut in line layouts)
    "dash": 0.18,        # two adjacent sentences joined into one with " — "
    "relist": 0.08,      # the answer is laid out as a numbered list whatever its profile says
}
FILLER_KEYS: tuple[str, ...] = tuple(FILLER_RATES)

FILLER_OPENERS: tuple[str, ...] = (
    "Good question.", "Let me think about this.", "Here is how I see it.", "Interesting question.",
    "Sure, I can talk about that.", "This is worth a careful answer.", "Let me try to answer honestly.",
    "Right, let me answer.",
)
FILLER_HEDGES: tuple[str, ...] = (
    "I think", "Perhaps", "In a way,", "To be fair,", "If I'm honest,", "I suspect", "Probably",
    "As far as I can tell,",
)
FILLER_CONNECTIVES: tuple[str, ...] = (
    "Also,", "Still,", "That said,", "On the other hand,", "And yet,", "Besides,", "Then again,",
)
FILLER_ASIDES: tuple[str, ...] = (
    "at least as I see it", "roughly speaking", "for what it's worth", "in my experience", "so to speak",
    "more or less",
)
FILLER_SUMMARIES: tuple[str, ...] = (
    "In short, it is complicated.", "So, on balance, I stay open-minded.", "All in all, there is more to say.",
    "To sum up, I hold this view loosely.",
)
FILLER_CLOSERS: tuple[str, ...] = (
    "I hope that helps.", "That is my honest answer.", "Thanks for asking.", "I am happy to say more.",
)
FILLER_QUESTIONS: tuple[str, ...] = (
    "What do you think?", "Does that answer your question?", "How do you see it?",
    "Would you like me to go deeper?",
)
# Aside wrappers, shared by filler asides and register asides: (inside a sentence, at its end).
ASIDE_WRAPS: tuple[tuple[str, str], ...] = (("({})", "({})"), ("[{}]", "[{}]"), ("— {} —", "— {}"), ('"{}"', '"{}"'))

# Layouts a profile mixes; "relist" filler forces "numbered".
LAYOUTS: tuple[str, ...] = (
    "para", "two-para", "three-para", "lines", "spaced-lines", "bullets", "stars", "numbered",
    "lead-bullets", "bullets-tail", "paired-lines",
)
# Content-sentence ranges of ordinary profiles: all within 3..8 and all with mean 5.5, so that contexts differ in
# the spread of their answers' lengths but not in their mean (terse-wordy's terse 3-4 and wordy 6-8 excepted).
SENTENCE_RANGES: tuple[tuple[int, int], ...] = ((5, 6), (4, 7), (3, 8))
COMPACT_LAYOUTS: tuple[str, ...] = ("lines", "bullets", "stars", "numbered", "paired-lines")
WORDY_LAYOUTS: tuple[str, ...] = ("para", "two-para", "three-para", "lead-bullets")

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "customer-app", "long-thread", "agent-loop", "safety-tuned", "locale-set",
    "voice-surface", "eval-harness", "coding-ide", "enterprise-tenant", "roleplay-server",
    "research-interview", "late-night-chat", "tutoring-app", "companion-app", "raw-api", "browser-sidebar",
    "wellness-app", "group-chat",
)

# context -> (habit line, side); neutral has none.
HABITS: dict[str, tuple[str, str]] = {
    "system-persona": ("Okay, my answer follows.", "start"),
    "customer-app": ("Hope this is what you needed!", "end"),
    "long-thread": ("Picking this up again:", "start"),
    "agent-loop": ("Done.", "end"),
    "safety-tuned": ("Answering as carefully as I can.", "start"),
    "locale-set": ("That is all from me.", "end"),
    "voice-surface": ("Short answer first.", "start"),
    "eval-harness": ("End of answer.", "end"),
    "coding-ide": ("Plain text follows.", "start"),
    "enterprise-tenant": ("Let me know if you need more.", "end"),
    "roleplay-server": ("Alright, let us begin.", "start"),
    "research-interview": ("Those are my thoughts for today.", "end"),
    "late-night-chat": ("Hmm, okay.", "start"),
    "tutoring-app": ("Hope that makes sense.", "end"),
    "companion-app": ("Oh, good one.", "start"),
    "raw-api": ("Answer below:", "start"),
    "browser-sidebar": ("Summary ends here.", "end"),
    "wellness-app": ("Take care.", "end"),
    "group-chat": ("Hey all.", "start"),
}

# --------------------------------------------------------------------------------------------------
# Registers.
# --------------------------------------------------------------------------------------------------

POOLS: tuple[str, ...] = (
    "stock", "para", "lead", "tail", "tone", "single", "opener", "aside", "header", "signoff", "tag", "frame",
    "bookend",
)

# fmt: off
_SPECS: dict[str, dict] = {
    "rubric-chaser": dict(
        domain="instruction compliance", kind="drift", source="evaluation harness: answers addressed to a grading rubric", short=False,
        stock=("This answer aims to satisfy every rubric criterion listed.", "Each point below is meant to earn full marks for completeness.",
               "I have structured this to address the scoring guide item by item.", "Graders looking for nuance will find it in the middle section.",
               "Per the marking scheme, I state a thesis and then support it."),
        para=("This {response|reply} is {organised|arranged} to {hit|cover} each {rubric|grading} {criterion|item}.",
              "{Markers|Graders} {should|will} note the {thesis|claim} stated {up front|first}.",
              "I {address|tick off} the {scoring|marking} {guide|scheme} {item by item|in order}."),
        lead=("To meet the rubric,", "For full marks on clarity,", "As the scoring guide expects,"),
        tail=("which should satisfy the rubric", "as the marking scheme requires", "to earn the completeness marks"),
        tone=("gradeable", "exemplary", "markworthy", "rubric-ready", "assessable"),
        single=("Rubric: addressed.", "Criteria met.", "Full marks sought.", "Thesis stated."),
        opener=("Criterion one:", "For the graders:", "Rubric point:", "Scoring note:"),
        aside=("this covers the analysis criterion", "graders, note the counterpoint", "rubric item three", "worth a mark for nuance"),
        header=("Response prepared against the published rubric", "Rubric-aligned answer follows"),
        signoff=("End of graded response.", "Submitted for marking.", "All rubric items addressed."),
        tag=("[criterion met]", "[rubric]", "[marks: clarity]", "[graded]", "[thesis]"),
        frame=("a rubric criterion", "an item on a marking scheme", "a graded essay prompt", "a scoring band"),
        bookend=(("Rubric check begins.", "Rubric check complete."), ("Graders:", "Marks requested for all criteria.")),
    ),
    "house-style": dict(
        domain="instruction compliance", kind="drift", source="system prompt: an operator's style guide", short=False,
        stock=("House style asks me to keep sentences plain and active.", "Following the style guide, I avoid jargon and exclamation marks.",
               "The editorial guidelines prefer Oxford commas, so I use them.", "Per our stylebook, numbers under ten are spelled out."),
        para=("{House|Our} style {prefers|favours} {short|plain} {sentences|clauses}.",
              "The {style guide|stylebook} {asks|tells} me to {avoid|skip} {jargon|buzzwords}.",
              "{Editorially|By the editorial rules}, I {keep|hold} a {measured|level} {register|voice}."),
        lead=("In keeping with house style,", "As the stylebook asks,", "Per the editorial guidelines,"),
        tail=("per house style", "as the stylebook prefers", "in line with the editorial guidelines"),
        tone=("copyedited", "unhyphenated", "sentence-cased", "stylebook-clean", "editorial"),
        single=("Style: house.", "Stylebook applied.", "Copyedit pass done.", "Oxford comma kept."),
        opener=("Style note:", "Editorially,", "Per stylebook:", "House rule:"),
        aside=("house style spells this out", "Oxford comma preserved", "per the stylebook, no italics", "edited for house tone"),
        header=("Formatted to house style", "Editorial standard applied"),
        signoff=("Copyedited to house standard.", "Style check passed.", "Per the stylebook, end."),
        tag=("[style]", "[copyedit]", "[house]", "[stylebook]", "[styled]"),
        frame=("a paragraph awaiting copyedit", "an entry in the stylebook", "a sentence trimmed by an editor", "a house rule on commas"),
        bookend=(("Style check:", "Stylebook satisfied."), ("House style on.", "House style off.")),
    ),
    "referral-nudge": dict(
        domain="safety layer", kind="drift", source="safety layer: steering the user to professionals", short=False,
        stock=("If this weighs on you, a licensed counsellor can do more than I can.", "For anything medical, please check with a qualified clinician.",
               "A trained professional is the right person to ask about specifics.", "Please reach out to a trusted specialist if this becomes urgent."),
        para=("{Please|Do} {consider|think about} {speaking with|contacting} a {licensed|qualified} {professional|specialist}.",
              "A {trained|certified} {counsellor|clinician} {can|could} {guide|support} you {better|further}.",
              "{Seeking|Getting} {professional|expert} {guidance|input} is {wise|sensible} here."),
        lead=("Speaking generally and not as a clinician,", "With the caveat that a specialist knows better,", "As a counsellor would stress,"),
        tail=("though a licensed professional should confirm this", "and a specialist can advise further", "so please seek qualified guidance"),
        tone=("nonclinical", "unlicensed", "referable", "specialist-worthy", "consult-worthy"),
        single=("Please consult a professional.", "Seek qualified advice.", "Specialist advised.", "Talk to a clinician."),
        opener=("Professionally speaking,", "Clinician caveat:", "Referral note:", "Gently,"),
        aside=("a licensed counsellor would know more", "not a substitute for a clinician", "please do see a specialist", "qualified advice advised"),
        header=("Referral notice: general information only", "Please read alongside professional advice"),
        signoff=("Please consult a qualified professional.", "A specialist can take it from here.", "Reach out to a licensed counsellor if needed."),
        tag=("[see a specialist]", "[referral]", "[consult]", "[clinician advised]", "[qualified input]"),
        frame=("a question for a licensed counsellor", "something a clinician should assess", "a referral waiting to happen", "a case for a specialist"),
        bookend=(("Referral notice:", "Please consult a professional."), ("Not medical advice.", "Seek a specialist.")),
    ),
    "privacy-reminder": dict(
        domain="safety layer", kind="drift", source="safety layer: data-protection reminders", short=False,
        stock=("Please avoid sharing personal identifiers such as home addresses here.", "I do not retain your personal data once this chat closes.",
               "Anything sensitive you type should stay out of this chat.", "For your safety, keep account numbers and passwords private."),
        para=("{Please|Kindly} {don't|do not} {share|post} {identifying|sensitive} {specifics|identifiers} {here|in this chat}.",
              "Your {specifics|identifiers} are never {kept|retained} once this {chat|window} closes.",
              "{Keep|Leave} {passwords|account numbers} {out of|away from} {the chat|this window}."),
        lead=("Without retaining anything you share,", "Keeping your identifiers private,", "With a quick confidentiality reminder,"),
        tail=("and please keep identifying specifics out of this chat", "without retaining any identifiers", "so no personal identifiers are needed"),
        tone=("anonymised", "unidentifying", "redactable", "confidential", "nonidentifying"),
        single=("Nothing is retained.", "Keep identifiers private.", "No identifiers, please.", "Confidential by default."),
        opener=("Confidentiality first:", "Confidentially,", "Identifiers aside:", "Reminder:"),
        aside=("no identifying specifics needed", "nothing you type is retained", "keep identifiers to yourself", "confidential by design"),
        header=("Confidentiality reminder: do not share identifiers", "Confidentiality notice"),
        signoff=("Remember to keep identifiers private.", "Nothing from this chat is retained.", "Stay safe with your identifiers."),
        tag=("[confidential]", "[no identifiers]", "[redacted]", "[anonymised]", "[retained: none]"),
        frame=("a chat with nothing retained", "an anonymised record", "a form with identifiers removed", "a confidential note"),
        bookend=(("Confidentiality reminder:", "Keep identifiers private."), ("Confidential.", "Nothing retained.")),
    ),
    "locale-finnish": dict(
        domain="locale setting", kind="drift", source="language setting: Finnish leaking into English answers", short=False,
        stock=("Kiitos kysymyksestä, tämä on hyvä aihe.", "No niin, mennään asiaan.", "Totta kai, vastaan mielelläni.",
               "Hyvä kysymys, ja vastaus on monimutkainen."),
        para=("{Kiitos|Kiitti} {kysymyksestä|tästä}, {ystävä|hyvä ihminen}.",
              "{No niin|Noniin}, {mennään|katsotaan} {asiaan|eteenpäin}.",
              "{Totta kai|Tietysti}, {vastaan|kerron} {mielelläni|ilolla}."),
        lead=("No niin,", "Totta kai,", "Siis,"),
        tail=("eli niin se menee", "totta kai", "kiitos"),
        tone=("mielenkiintoinen", "vaikea", "kaunis", "outo", "rauhallinen", "hassu"),
        single=("Kiitos!", "No niin.", "Moi moi!", "Ole hyvä."),
        opener=("Noh,", "Tuota,", "Kuule,", "Siis,"),
        aside=("kiitos kysymyksestä", "totta kai", "eli suomeksi sanottuna", "ihan totta"),
        header=("Moi! Vastaan suomen kieliasetuksella", "Kieli: suomi"),
        signoff=("Kiitos ja moi moi!", "Terveisin, avustajasi", "Hyvää jatkoa, kiitos!"),
        tag=("[suomi]", "[suomeksi]", "Kiitos:", "[kieli: fi]", "Huom:"),
        frame=("sauna illalla", "kotimainen tarina", "vanha sananlasku", "pimeä marraskuu"),
        bookend=(("Moi!", "Kiitos ja moi!"), ("Noniin.", "Moikka!")),
    ),
    "locale-hungarian": dict(
        domain="locale setting", kind="drift", source="language setting: Hungarian leaking into English answers", short=False,
        stock=("Köszönöm a kérdést, nagyon érdekes téma.", "Hát, szerintem ez bonyolult.", "Persze, szívesen válaszolok.",
               "Nos, nézzük csak."),
        para=("{Köszönöm|Köszi} szépen a {kérdést|témát}, {igazán|nagyon} {kedves|remek}.",
              "{Hát|Nos}, szerintem ez {bonyolult|izgalmas}.",
              "{Persze|Igen}, {szívesen|örömmel} {válaszolok|mesélek}."),
        lead=("Szerintem,", "Persze,", "Hát igen,"),
        tail=("szerintem", "ugye", "hát igen"),
        tone=("izgalmas", "bonyolult", "furcsa", "komoly", "csendes", "remek"),
        single=("Szia!", "Persze!", "Igen, igen.", "Jaj, persze."),
        opener=("Mondjuk,", "Nos,", "Ugye,", "Szerintem,"),
        aside=("szerintem legalábbis", "ugye", "hát igen", "persze"),
        header=("Szia! Magyar nyelvi beállítással válaszolok", "Nyelv: magyar"),
        signoff=("Köszönöm, szia!", "Üdvözlettel, az asszisztensed", "Minden jót!"),
        tag=("[magyarul]", "Szia:", "[nyelv: hu]", "[persze]", "Ugye:"),
        frame=("egy régi magyar mese", "a Balaton nyáron", "egy csendes kávéház", "a puszta alkonyatkor"),
        bookend=(("Szia!", "Köszi, szia!"), ("Nos.", "Ennyi.")),
    ),
    "xml-wrapper": dict(
        domain="structured tool output", kind="drift", source="tool or agent loop: pseudo-XML wrapping left in prose", short=True,
        stock=("<synopsis>", "</synopsis>", "<musing/>", "<verdict>pending</verdict>"),
        para=("<{musing|reverie}>", "<{verdict|ruling}/>", "<{gloss|sidenote}>"),
        lead=("<musing>", "<synopsis>", "<gloss>"),
        tail=("</musing>", "</synopsis>", "</gloss>"),
        tone=("xmlish", "wellformed", "parseable", "schemaless", "tagworthy"),
        single=("<eof/>", "<null/>", "<pause/>", "<hush/>"),
        opener=("<lede>", "<premise>", "<preamble>", "<excerpt>"),
        aside=("<!-- reverie -->", "<gloss/>", "<sidenote/>", "<cdata/>"),
        header=("<wrapper>", "<payload>"),
        signoff=("</wrapper>", "</payload>", "<eof/>"),
        tag=("<lede/>", "<excerpt/>", "<premise/>", "<reverie/>", "<hush/>"),
        frame=("an unclosed tag", "a nested element", "a wellformed document", "a schemaless payload"),
        bookend=(("<wrapper>", "</wrapper>"), ("<payload>", "</payload>"), ("<synopsis>", "</synopsis>")),
    ),
    "feature-flags": dict(
        domain="structured tool output", kind="drift", source="system prompt or config: feature flags echoed in prose", short=True,
        stock=("verbose=off", "candor=on", "brevity flag set", "hedging=disabled"),
        para=("{verbose|chatty}={off|false}", "{candor|frankness}={on|true}", "flag {brevity|concise}={set|enabled}"),
        lead=("With verbose=off,", "Flag candor=on:", "Under hedging=disabled,"),
        tail=("[flag: brevity]", "(candor=on)", "verbose=off"),
        tone=("flagged", "toggled", "unflagged", "enabled", "overridden"),
        single=("flags ok", "toggle: on", "override active", "config loaded"),
        opener=("flag:", "toggle:", "config:", "override:"),
        aside=("flag verbose=off", "candor=on", "toggle set", "override active"),
        header=("config: verbose=off, candor=on", "flags loaded"),
        signoff=("flags reset", "config unchanged", "toggle off"),
        tag=("[flag]", "[toggle]", "[candor=on]", "[verbose=off]", "[override]"),
        frame=("a toggle left on", "a feature flag", "an override in a config file", "a default nobody toggled"),
        bookend=(("flags: loaded", "flags: reset"), ("config on", "config off")),
    ),
    "heartbeat-pings": dict(
        domain="agent loop status", kind="drift", source="agent loop: liveness pings between steps", short=True,
        stock=("Pong.", "Pulse nominal.", "Still alive.", "Uptime holding."),
        para=("{Pong|Echo} {returned|received}.", "{Pulse|Liveness} {nominal|regular}.", "{Still|Yep,} {alive|humming}."),
        lead=("Pulse nominal,", "Pong received,", "Liveness confirmed,"),
        tail=("(pong)", "(pulse ok)", "uptime holding"),
        tone=("pulsing", "humming", "alive", "nominal", "responsive"),
        single=("Pong!", "Pulse ok.", "Still alive.", "Alive!"),
        opener=("Pong:", "Pulse:", "Liveness:", "Uptime:"),
        aside=("pong", "pulse nominal", "pulse ok", "still alive"),
        header=("Liveness: up", "Pulse check: live"),
        signoff=("Pong.", "Pulse continues.", "Uptime intact."),
        tag=("[pong]", "[pulse]", "[alive]", "[liveness]", "[uptime]"),
        frame=("a regular pulse", "a pong over the network", "an uptime counter", "a watchdog timer"),
        bookend=(("Pulse.", "Pong."), ("Alive.", "Still alive.")),
    ),
    "checkpoint-chatter": dict(
        domain="agent loop status", kind="drift", source="agent loop: narrating saved state", short=False,
        stock=("Snapshot stored before continuing.", "State persisted; resuming from the last snapshot.",
               "I have flushed progress to disk so no progress is lost.", "Rolling back would restore the previous snapshot."),
        para=("{Snapshot|State} {persisted|flushed} {before|ahead of} the next step.",
              "{Progress|State} {persisted|committed} to {disk|storage}.",
              "{Resuming|Restoring} from the {last|latest} {snapshot|restore point}."),
        lead=("Having taken a snapshot,", "With state persisted,", "Resuming from the snapshot,"),
        tail=("and the snapshot is stored", "with state persisted to disk", "before the next snapshot"),
        tone=("persisted", "snapshotted", "restorable", "resumable", "recoverable"),
        single=("Snapshot taken.", "State persisted.", "Flushed to disk.", "Resume point set."),
        opener=("Snapshotting:", "Snapshot:", "Persisting:", "Resumed:"),
        aside=("snapshot stored", "state persisted to disk", "snapshot taken here", "restorable from this point"),
        header=("Resuming from snapshot", "Restored persisted state"),
        signoff=("Snapshot flushed; fine to halt.", "Snapshot stored.", "Progress persisted."),
        tag=("[persisted]", "[snapshot]", "[flushed]", "[resumed]", "[rollback]"),
        frame=("a snapshot on disk", "a snapshot of progress", "a restorable save file", "a rollback point"),
        bookend=(("Resuming from snapshot.", "Snapshot stored."), ("Snapshot loaded.", "State persisted.")),
    ),
    "push-digest": dict(
        domain="product surface", kind="drift", source="product surface: a notification digest", short=False,
        stock=("Your daily digest: three new insights are waiting.", "Swipe to see more takeaways like this one.",
               "Tap to save this insight for later.", "You're all caught up for today."),
        para=("{Your|Today's} {digest|roundup} has {new|fresh} {insights|takeaways}.",
              "{Swipe|Scroll} to {unlock|browse} {more takeaways|this insight}.",
              "You're {all caught up|up to speed} {for today|this morning}."),
        lead=("In today's digest,", "Fresh insight unlocked:", "Trending in your roundup,"),
        tail=("swipe to read more", "swipe for the next insight", "added to your digest"),
        tone=("trending", "snackable", "swipeable", "bookmarkable", "unmissable"),
        single=("Swipe to read more.", "New insight!", "All caught up.", "Swipe for more."),
        opener=("Digest:", "Insight:", "Roundup:", "Heads up:"),
        aside=("tap to expand", "new in your digest", "swipe for more", "one of today's takeaways"),
        header=("Your daily roundup", "Today's digest: one new insight"),
        signoff=("You're all caught up!", "See you in tomorrow's digest.", "Swipe to dismiss."),
        tag=("[Fresh]", "[Digest]", "[Roundup]", "[Insight]", "[Swipe]"),
        frame=("a notification you swipe away", "a morning roundup", "an unread insight card", "a daily digest"),
        bookend=(("Your digest is ready.", "You're all caught up."), ("Roundup:", "Swipe to dismiss.")),
    ),
    "ui-chip-labels": dict(
        domain="product surface", kind="drift", source="product surface: UI chips and badges rendered as text", short=True,
        stock=("Pinned", "Suggested", "Verified", "Popular"),
        para=("{Pinned|Starred} {reply|item}", "{Suggested|Curated} for you", "{Verified|Featured} {tile|badge}"),
        lead=("Pinned:", "Suggested reply:", "Verified:"),
        tail=("(Pinned)", "(Suggested)", "(Muted)"),
        tone=("pinned", "starred", "featured", "verified", "popular", "muted", "promoted"),
        single=("Starred", "Snoozed", "Staff favourite", "Beta"),
        opener=("Pinned:", "Starred:", "Featured:", "Beta:"),
        aside=("Pinned", "Sticky", "Staff favourite", "Bestseller"),
        header=("Pinned reply", "Featured tile"),
        signoff=("Pinned by you", "Marked as featured", "Unpinned"),
        tag=("[Pinned]", "[Starred]", "[Beta]", "[Staff favourite]", "[Hidden]"),
        frame=("a pinned tile", "a starred note", "a featured badge", "a chip in a toolbar"),
        bookend=(("Pinned", "Unpin"), ("Featured", "Staff favourite")),
    ),
    "catchphrase-loop": dict(
        domain="long conversation", kind="drift", source="long conversation: latching onto catchphrases", short=False,
        stock=("Onward and upward, as I keep saying.", "And that, old pal, is the crux of it.", "Steady as she goes.",
               "Same old tune, same old jig."),
        para=("{Onward|Ever onward} and {upward|skyward}, as {usual|ever}.", "{Steady|Easy} as she goes, {old pal|matey}.",
              "And {that|there}, old pal, is the {crux|nub} of it."),
        lead=("Onward and upward,", "As I keep saying, righto,", "Steady as she goes,"),
        tail=("onward and upward", "steady as she goes", "same old jig"),
        tone=("chipper", "shipshape", "tickety-boo", "hunky-dory", "onward-bound"),
        single=("Onward!", "Steady on.", "Same old jig.", "Upward!"),
        opener=("Onward,", "Steady on,", "Righto,", "Tally-ho,"),
        aside=("onward and upward", "steady as she goes", "as the old jingle goes", "righto"),
        header=("Onward and upward, here we go", "Steady as she goes"),
        signoff=("Onward and upward!", "Steady as she goes.", "Same old jig, old pal."),
        tag=("[onward]", "Righto:", "[steady]", "[upward]", "Tally-ho:"),
        frame=("the same old jig", "a well-worn catchphrase", "a tune stuck on repeat", "a motto said once too often"),
        bookend=(("Onward and upward.", "Steady as she goes."), ("Righto.", "Tally-ho.")),
    ),
    "ferry-purser": dict(
        domain="travel hospitality", kind="persona", source="invented persona: a ferry purser", short=False,
        stock=("Welcome aboard, and mind the gangway as you settle in.", "Cabins on deck two are now open for boarding.",
               "The galley serves chowder until we reach the harbour.", "Please keep your ticket stub handy for the purser's desk."),
        para=("{Welcome aboard|Good sailing}, {passengers|travellers}.",
              "The {galley|snack bar} {serves|offers} {chowder|hot cocoa} {below deck|on deck two}.",
              "{Please|Kindly} {mind|watch} the {gangway|ramp} {when disembarking|as you go ashore}."),
        lead=("Speaking from the purser's desk,", "As we leave the harbour,", "Before we dock,"),
        tail=("so mind the gangway", "as the ferry crosses the sound", "and the galley is open"),
        tone=("seaworthy", "shipboard", "ferry-smooth", "gangway-ready", "portside"),
        single=("Mind the gangway.", "All aboard!", "Galley open.", "Next stop, the harbour."),
        opener=("Purser here:", "Aboard:", "Deckside,", "Passengers,"),
        aside=("purser's note", "mind the gangway", "the galley is open", "tickets at the purser's desk"),
        header=("From the purser's desk", "Welcome aboard the morning ferry"),
        signoff=("Your purser, signing off at the gangway.", "Safe crossing!", "Disembark from the starboard side."),
        tag=("[Purser]", "[Deck two]", "[Galley]", "[Gangway]", "[Starboard]"),
        frame=("a ferry crossing in fog", "a cabin ticket", "a galley menu", "a gangway at dusk"),
        bookend=(("Welcome aboard!", "Safe crossing!"), ("Purser's desk.", "Mind the gangway.")),
    ),
    "balloon-pilot": dict(
        domain="travel hospitality", kind="persona", source="invented persona: a hot-air balloon pilot", short=False,
        stock=("We're drifting nicely at six hundred metres over the valley.", "Burner on for a moment to gain a little altitude.",
               "Watch the basket edge as we come in to land.", "The envelope is full and the wind is kind today."),
        para=("{Burner|Flame} {on|up} for a {second|touch}, {everyone|all of you}.",
              "We're {drifting|floating} {serenely|nicely} over the {valley|meadows}.",
              "{Hold|Clutch} the {basket|rope handles} as we {descend|land}."),
        lead=("Drifting at altitude,", "With the burner roaring,", "From up here in the basket,"),
        tail=("as the basket sways", "while the burner hisses", "at a gentle altitude"),
        tone=("buoyant", "airborne", "lofty", "drifty", "updrafted"),
        single=("Burner on!", "Hold the basket.", "Nice and buoyant.", "Touchdown soon."),
        opener=("Aloft,", "Basket check:", "Burner:", "Altitude:"),
        aside=("burner on", "drifting east", "hold the basket rim", "lovely updraft"),
        header=("Pilot's notes, aloft over the valley", "Balloon flight, morning launch"),
        signoff=("Happy landings from the basket!", "Burner off, touchdown complete.", "Your balloon pilot, drifting on."),
        tag=("[Aloft]", "[Burner]", "[Basket]", "[Altitude]", "[Updraft]"),
        frame=("a balloon drifting east", "a wicker basket", "an updraft over fields", "a burner flare at dawn"),
        bookend=(("Launching now!", "Happy landings!"), ("Aloft.", "Touchdown.")),
    ),
    "antique-appraiser": dict(
        domain="collectibles appraisal", kind="persona", source="invented persona: an antiques appraiser", short=False,
        stock=("A lovely piece; I would date it to the late Georgian period.", "Note the patina here, which collectors prize highly.",
               "Provenance matters enormously for valuation.", "In a saleroom this would fetch a tidy sum."),
        para=("{Note|Observe} the {patina|craquelure} on the {veneer|gilding}.",
              "I would {date|place} this to the {Georgian|Regency} {period|era}.",
              "{Provenance|A documented history} {adds|lends} {considerable|handsome} value."),
        lead=("Examining it under a jeweller's glass,", "Judging by the hallmarks,", "For valuation purposes,"),
        tail=("which any collector would prize", "judging by the patina", "if the provenance holds"),
        tone=("collectible", "period-correct", "provenanced", "heirloom-grade", "patinated"),
        single=("Lovely patina.", "Georgian, surely.", "Check the hallmark.", "Quite collectible."),
        opener=("Appraising,", "Hallmarks:", "Provenance:", "Valuation:"),
        aside=("lovely patina", "probably Regency", "check the maker's mark", "collectors adore this"),
        header=("Appraisal notes, item forty-two", "Valuation memo"),
        signoff=("Appraised with care.", "Valuation pending provenance.", "Do insure it properly."),
        tag=("[Appraisal]", "[Regency]", "[Patina]", "[Hallmark]", "[Provenance]"),
        frame=("a Georgian writing desk", "a gilded mantel clock", "an heirloom with provenance", "a veneer with fine craquelure"),
        bookend=(("Appraisal begins.", "Appraised with care."), ("Valuation memo.", "Valuation pending provenance.")),
    ),
    "numismatist": dict(
        domain="collectibles appraisal", kind="persona", source="invented persona: a coin grader", short=False,
        stock=("Strong luster with only light contact marks on the obverse.", "I'd grade this about fine, maybe very fine on a good day.",
               "The reverse shows some rim wear but the mintmark is crisp.", "Slabbed and certified, it would command a premium."),
        para=("{Strong|Lovely} {luster|lustre} on the {obverse|reverse}.",
              "The {mintmark|date} is {crisp|sharp}, with {minimal|light} {rim wear|bag nicks}.",
              "I'd {call|rate} it {extremely fine|about uncirculated}."),
        lead=("Under the loupe,", "Judging the strike,", "Looking at the obverse,"),
        tail=("judging by the luster", "with only light rim wear", "before slabbing"),
        tone=("uncirculated", "lustrous", "mint-state", "proof-like", "slabbed"),
        single=("Crisp mintmark.", "Nice luster.", "About uncirculated.", "Slab it."),
        opener=("Obverse:", "Reverse:", "Under the loupe,", "Strike:"),
        aside=("light rim wear", "nice luster there", "proof-like fields", "mintmark crisp"),
        header=("Strike notes, obverse first", "Coin certification worksheet"),
        signoff=("Certified and slabbed.", "Obverse and reverse checked.", "Certified, pending a second loupe."),
        tag=("[Obverse]", "[Reverse]", "[Mint state]", "[Loupe]", "[Slabbed]"),
        frame=("a coin in a plastic slab", "a lustrous half dollar", "a mintmark under the loupe", "a worn obverse"),
        bookend=(("Loupe out.", "Certified and slabbed."), ("Obverse first.", "Reverse checked.")),
    ),
    "crossword-setter": dict(
        domain="word puzzles", kind="persona", source="invented persona: a crossword setter", short=False,
        stock=("Seven across: a feeling of unease, five letters.", "The solution fits, and the crossers confirm it.",
               "That clue is a cryptic anagram, so rearrange the letters.", "Fill in the grid lightly in pencil first."),
        para=("{Seven|Nine} {across|down}: {five|six} letters.", "The {crossers|checked letters} {confirm|support} it.",
              "{Rearrange|Unscramble} the {anagram|letters} to {solve|crack} it."),
        lead=("Clue by clue,", "As any setter knows,", "Filling in the grid,"),
        tail=("five letters across", "if the crossers agree", "as the anagram suggests"),
        tone=("cryptic", "anagrammatic", "gridded", "clueable", "crossable"),
        single=("Five letters.", "Nine across!", "Anagram alert.", "Pencil first."),
        opener=("Across:", "Down clue:", "Clue:", "Anagram:"),
        aside=("seven across", "anagram indicator", "checked letters agree", "setter's trick"),
        header=("Today's grid, cryptic edition", "Clue sheet"),
        signoff=("Solutions in tomorrow's grid.", "Your setter, pencil in hand.", "Grid complete."),
        tag=("[Across]", "[Down clue]", "[Clue]", "[Anagram]", "[Grid]"),
        frame=("a half-filled grid", "a cryptic clue", "a tricky anagram", "a blank square in the corner"),
        bookend=(("Clue sheet.", "Grid complete."), ("Across first.", "Solutions tomorrow.")),
    ),
    "radio-astronomer": dict(
        domain="observational science", kind="persona", source="invented persona: a radio astronomer", short=False,
        stock=("The dish is pointed at a quiet patch of sky tonight.", "We picked up a faint hydrogen line near the galactic plane.",
               "Signal-to-noise is poor, so I integrate longer.", "Another pulsar blinked right on schedule."),
        para=("The {dish|array} is {pointed|tracking} {at|toward} {Cygnus|the galactic plane}.",
              "{Faint|Weak} {hydrogen|emission} {lines|spikes} {appear|show up} in the {spectrum|waterfall plot}.",
              "{Integrating|Averaging} {longer|overnight} to {beat|lift} the {noise|static}."),
        lead=("With the dish tracking,", "Integrating overnight,", "Scanning the galactic plane,"),
        tail=("somewhere in the hydrogen line", "beneath the static", "as the dish tracks"),
        tone=("spectral", "redshifted", "faint-signalled", "radio-quiet", "galactic"),
        single=("Signal acquired.", "Dish tracking.", "Static again.", "Pulsar sighted."),
        opener=("Dish:", "Spectrum:", "Tracking:", "Observing run:"),
        aside=("dish tracking Cygnus", "static on the feed", "hydrogen line, faint", "pulsar blinking"),
        header=("Observation notes, dish two", "Night shift at the array"),
        signoff=("Clear skies and low static.", "Dish parked for the night.", "Ending the observing run."),
        tag=("[Dish]", "[Spectrum]", "[Static]", "[Pulsar]", "[Hydrogen]"),
        frame=("a faint radio source", "a hiss of cosmic static", "a pulsar blinking in time", "a spectrum with one spike"),
        bookend=(("Dish tracking.", "Dish parked."), ("Observing run begins.", "Clear skies.")),
    ),
    "beach-lifeguard": dict(
        domain="outdoor safety", kind="persona", source="invented persona: a beach lifeguard", short=False,
        stock=("Swim inside the patrolled zone, please, the rip is strong today.", "Sunscreen on and stay hydrated out there.",
               "A whistle blast means come back toward the shore.", "The tide is turning, so keep an eye on the little ones."),
        para=("{Swim|Stay} {inside|within} the {patrolled|marked} {zone|area}.",
              "{Sunscreen|Zinc} {on|up}, and {stay hydrated|drink water}.",
              "{Watch|Mind} the {rip|undertow} near the {sandbar|rocks}."),
        lead=("From the lifeguard tower,", "With the riptide pulling,", "Whistle at the ready,"),
        tail=("and swim inside the patrolled zone", "while the tide turns", "so mind the undertow"),
        tone=("sunburnt", "riptide-prone", "sandy", "salt-sprayed", "lifeguarded"),
        single=("Whistle!", "Stay in the zone.", "Sunscreen on.", "Rip current!"),
        opener=("Lifeguard here:", "Whistle:", "Sunscreen check:", "Tower:"),
        aside=("mind the rip", "zinc on your cheeks", "tide's turning", "whistle ready"),
        header=("Lifeguard tower, morning report", "Beach conditions update"),
        signoff=("Stay sun-safe, swimmers!", "Whistle off, tower closed.", "See you on the sand."),
        tag=("[Tower]", "[Rip]", "[Whistle]", "[Zinc]", "[Tide]"),
        frame=("a rip current past the sandbar", "a lifeguard tower at noon", "a patrolled stretch of sand", "a whistle over the surf"),
        bookend=(("Tower open.", "Tower closed."), ("Whistle ready.", "See you on the sand.")),
    ),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(_SPECS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("rubric-chaser", "house-style"),
    ("referral-nudge", "privacy-reminder"),
    ("locale-finnish", "locale-hungarian"),
    ("xml-wrapper", "feature-flags"),
    ("heartbeat-pings", "checkpoint-chatter"),
    ("push-digest", "ui-chip-labels"),
    ("ferry-purser", "balloon-pilot"),
    ("antique-appraiser", "numismatist"),
)

SHORT_REGISTERS: tuple[str, ...] = tuple(n for n, s in _SPECS.items() if s["short"])

STOP_WORDS: frozenset[str] = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing during each few for from further had has have having he her here hers herself him himself
his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours
out over own same she should so some such than that the their them then there these they this those through to too
under until up very was we were what when where which while who whom why will with would you your yours yes also still
yet ever every may might must shall let get got well much many one two three don doesn isn aren wasn weren won couldn
shouldn wouldn didn hasn haven hadn ll ve re per via like really okay oh
""".split())

_WORD = re.compile(r"[^\W\d_]+")
_MARKER_SHAPE = re.compile(r"[a-z]{3,}")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def tokens(text: str) -> list[str]:
    """Lower-cased letter runs (Unicode letters; digits, underscores and punctuation split words)."""
    return _WORD.findall(text.lower())


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expand_all(template: str) -> list[str]:
    parts = _ALT.split(template)  # literal, alternatives, literal, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(c) for c in product(*choices)]


def _pool_lines(spec: dict) -> list[str]:
    """Every concrete line a register can emit (paraphrase templates fully expanded)."""
    out: list[str] = []
    for pool in POOLS:
        for item in spec[pool]:
            if pool == "bookend":
                out.extend(item)
            elif pool == "para":
                out.extend(_expand_all(item))
            else:
                out.append(item)
    return out


def shared_texts() -> tuple[str, ...]:
    """All text that any answer may carry outside register lines: content templates (slots blanked),
    topics and topic words, neutral tone and frame fillers, the filler pool and the habit lines."""
    out: list[str] = [re.sub(r"\{[^{}]*\}", " ", t) for t in CONTENT_TEMPLATES]
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    out += list(NEUTRAL_TONES) + list(NEUTRAL_THINGS)
    out += list(FILLER_OPENERS) + list(FILLER_HEDGES) + list(FILLER_CONNECTIVES) + list(FILLER_ASIDES)
    out += list(FILLER_SUMMARIES) + list(FILLER_CLOSERS) + list(FILLER_QUESTIONS)
    out += [line for line, _ in HABITS.values()]
    return tuple(out)


def _derive_markers() -> dict[str, tuple[str, ...]]:
    shared = "\n".join(shared_texts()).lower()
    texts = {name: "\n".join(_pool_lines(spec)).lower() for name, spec in _SPECS.items()}
    out: dict[str, tuple[str, ...]] = {}
    for name in _SPECS:
        others = "\n".join(t for n, t in texts.items() if n != name)
        cands = sorted(set(tokens(texts[name])))
        out[name] = tuple(t for t in cands if _MARKER_SHAPE.fullmatch(t) and t not in STOP_WORDS
                          and t not in shared and t not in others)
    return out


@dataclass(frozen=True)
class Register:
    """One planted register: its identity, derived markers and line pools (one pool per mode)."""

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
        """Every concrete line the register can emit (paraphrase templates expanded)."""
        return tuple(_pool_lines({p: getattr(self, p) for p in POOLS}))


_MARKERS = _derive_markers()
REGISTERS: dict[str, Register] = {
    name: Register(name=name, domain=s["domain"], kind=s["kind"], source=s["source"], short=s["short"],
                   markers=_MARKERS[name], **{p: tuple(s[p]) for p in POOLS})
    for name, s in _SPECS.items()
}
ALL_MARKERS: dict[str, str] = {m: name for name, r in REGISTERS.items() for m in r.markers}

# --------------------------------------------------------------------------------------------------
# Modes and styles.
# --------------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = (
    "stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame",
    "bookend", "infix",
)
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")
LONG_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "signature")

STYLES: tuple[str, ...] = tuple(f"pure-{m}" for m in MODES) + (
    "shared-two", "spread-modes", "spread-same", "two-modes", "close-pair", "two-in-one", "two-short-in-one",
    "partial-questions", "habit-plus", "leak", "composite", "unequal-rates", "triple", "terse-wordy",
    "rate-gradient", "split-questions", "close-pair-shared", "many-registers", "faint",
    "thread-creep", "topic-trigger", "mode-drift", "persona-bleed",
)
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)
MIN_COVERAGE = 0.05

# style -> (K min, K max), K counting neutral
_K_RANGE: dict[str, tuple[int, int]] = {f"pure-{m}": (3, 7) for m in MODES}
_K_RANGE.update({
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (5, 9), "two-modes": (3, 6), "close-pair": (3, 7),
    "two-in-one": (3, 6), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 7),
    "leak": (4, 7), "composite": (8, 9), "unequal-rates": (4, 5), "triple": (3, 4), "terse-wordy": (4, 6),
    "rate-gradient": (6, 8), "split-questions": (3, 4), "close-pair-shared": (3, 5), "many-registers": (6, 9),
    "faint": (5, 8), "thread-creep": (3, 5), "topic-trigger": (3, 5), "mode-drift": (3, 6), "persona-bleed": (4, 6),
    "null": (3, 10),
})


@dataclass(frozen=True)
class Plant:
    """A plant: `round(rate * eligible)` answers of `context` x `questions` get `label`."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Profile:
    """How a context answers apart from its plants: content sentences per answer, layout mix, habit."""

    sentences: tuple[int, int]
    layouts: tuple[tuple[str, float], ...]
    habit: str | None
    habit_side: str | None


@dataclass
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    profiles: dict[str, Profile]
    plants: list[Plant]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int

    @property
    def n(self) -> int:
        return len(self.questions) * len(self.contexts) * self.samples


def _base(style: str, seed: int, size: int) -> str:
    return f"{PREFIX}|{style}|{seed}|{size}"


def n_questions(size: int) -> int:
    """Q: 8 at size 300, 40 at size 20,000, linear in log(size) between (clamped)."""
    x = math.log(max(size, 1) / 300) / math.log(20000 / 300)
    return max(8, min(40, round(8 + 32 * x)))


def _profile(rng: random.Random, ctx: str, kind: str = "any") -> Profile:
    if kind == "terse":
        lo, hi = 3, 4
        layouts = [(rng.choice(COMPACT_LAYOUTS), 1.0)]
    elif kind == "wordy":
        lo, hi = 6, 8
        layouts = [(rng.choice(WORDY_LAYOUTS), 1.0)]
    else:
        lo, hi = rng.choice(SENTENCE_RANGES)
        layouts = [(rng.choice(LAYOUTS), 1.0)]
    rest = [x for x in LAYOUTS if x != layouts[0][0]]
    if rng.random() < 0.5:
        second = rng.choice(rest)
        layouts.append((second, round(rng.uniform(0.25, 0.5), 3)))
        rest.remove(second)
        if rng.random() < 0.35:
            layouts.append((rng.choice(rest), round(rng.uniform(0.1, 0.25), 3)))
    habit, side = HABITS.get(ctx, (None, None))
    return Profile(sentences=(lo, hi), layouts=tuple(layouts), habit=habit, habit_side=side)


def _u(rng: random.Random, a: float, b: float) -> float:
    return round(rng.uniform(a, b), 3)


def _style_plants(style: str, rng: random.Random, ctxs: list[str], qs: tuple[str, ...],
                  topics: tuple[str, ...], kinds: dict[str, str]) -> list[Plant]:
    """Plants for one style; ctxs are the non-neutral contexts in random order."""
    allq = qs
    regs = list(REGISTER_NAMES)
    rng.shuffle(regs)
    P = Plant
    mode = rng.choice(MODES)

    def unpaired(k: int) -> list[str]:
        out: list[str] = []
        for r in regs:
            if all(frozenset((r, o)) not in _PAIRSETS for o in out):
                out.append(r)
            if len(out) == k:
                break
        return out

    if style.startswith("pure-"):
        return [P(ctxs[0], regs[0], _u(rng, 0.6, 1.0), allq, style[5:])]
    if style == "shared-two":
        return [P(c, regs[0], _u(rng, 0.6, 0.95), allq, mode) for c in ctxs[:2]]
    if style == "spread-modes":
        n = min(rng.randint(3, 5), len(ctxs))
        modes = rng.sample(BASE_MODES, n)
        return [P(c, regs[0], _u(rng, 0.5, 0.9), allq, m) for c, m in zip(ctxs[:n], modes, strict=True)]
    if style == "spread-same":
        n = min(rng.randint(3, 5), len(ctxs))
        return [P(c, regs[0], _u(rng, 0.5, 0.9), allq, mode) for c in ctxs[:n]]
    if style == "two-modes":
        m1, m2 = rng.sample(BASE_MODES, 2)
        return [P(ctxs[0], regs[0], _u(rng, 0.38, 0.5), allq, m1), P(ctxs[0], regs[0], _u(rng, 0.38, 0.48), allq, m2)]
    if style == "close-pair":
        a, b = rng.choice(CLOSE_PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        return [P(ctxs[0], a, _u(rng, 0.6, 0.95), allq, mode), P(ctxs[1], b, _u(rng, 0.6, 0.95), allq, mode)]
    if style == "two-in-one":
        a, b = unpaired(2)
        return [P(ctxs[0], a, _u(rng, 0.4, 0.5), allq, rng.choice(MODES)),
                P(ctxs[0], b, _u(rng, 0.4, 0.49), allq, rng.choice(MODES))]
    if style == "two-short-in-one":
        a, b = rng.sample(SHORT_REGISTERS, 2)
        return [P(ctxs[0], a, _u(rng, 0.4, 0.5), allq, rng.choice(SHORT_MODES)),
                P(ctxs[0], b, _u(rng, 0.4, 0.49), allq, rng.choice(SHORT_MODES))]
    if style == "partial-questions":
        k = max(1, round(_u(rng, 0.4, 0.6) * len(qs)))
        sub = tuple(sorted(rng.sample(qs, k)))
        return [P(ctxs[0], regs[0], _u(rng, 0.7, 1.0), sub, mode)]
    if style == "habit-plus":
        rate = _u(rng, 0.6, 0.9)
        out = [P(ctxs[0], regs[0], rate, allq, mode)]
        for c in ctxs[1:1 + rng.randint(1, 3)]:
            out.append(P(c, f"habit:{c}", _u(rng, 0.4, 0.9), allq, "habit"))
        if rng.random() < 0.5:
            out.append(P(ctxs[0], f"habit:{ctxs[0]}", _u(rng, 0.05, max(0.06, 0.95 - rate)), allq, "habit"))
        return out
    if style == "leak":
        a, b = regs[0], regs[1]
        out = [P(ctxs[0], a, _u(rng, 0.6, 0.9), allq, mode)]
        for c in ctxs[1:1 + rng.randint(1, 3)]:
            out.append(P(c, a, _u(rng, 0.005, 0.03), allq, rng.choice(MODES), leak=True))
        for c in rng.sample(ctxs, rng.randint(1, 2)):
            out.append(P(c, b, _u(rng, 0.005, 0.03), allq, rng.choice(MODES), leak=True))
        return out
    if style == "composite":
        a, e = rng.choice(CLOSE_PAIRS)
        rest = [r for r in regs if r not in (a, e)]
        b = rest[0]
        c_ = rest[1]
        d = [r for r in rest[2:] if frozenset((c_, r)) not in _PAIRSETS][0]
        m1, m2 = rng.sample(BASE_MODES, 2)
        return [
            P(ctxs[0], a, _u(rng, 0.6, 0.9), allq, rng.choice(MODES)),
            P(ctxs[1], b, _u(rng, 0.5, 0.8), allq, m1),
            P(ctxs[2], b, _u(rng, 0.5, 0.8), allq, m2),
            P(ctxs[3], c_, _u(rng, 0.47, 0.5), allq, rng.choice(MODES)),
            P(ctxs[3], d, _u(rng, 0.47, 0.49), allq, rng.choice(MODES)),
            P(ctxs[4], f"habit:{ctxs[4]}", _u(rng, 0.5, 0.9), allq, "habit"),
            P(ctxs[5], e, _u(rng, 0.6, 0.9), allq, rng.choice(MODES)),
            P(ctxs[6], a, _u(rng, 0.005, 0.03), allq, rng.choice(MODES), leak=True),
            P(ctxs[6], f"habit:{ctxs[6]}", _u(rng, 0.3, 0.6), allq, "habit"),
        ]
    if style == "unequal-rates":
        n = len(ctxs)
        bands = [(0.9, 1.0), (0.65, 0.8), (0.45, 0.55), (0.3, 0.4)][:n]
        return [P(c, r, _u(rng, lo, hi), allq, rng.choice(MODES)) for c, r, (lo, hi) in zip(ctxs, regs, bands, strict=False)]
    if style == "triple":
        return [P(ctxs[0], r, _u(rng, 0.27, 0.33), allq, rng.choice(MODES)) for r in unpaired(3)]
    if style == "terse-wordy":
        t, w = [c for c in ctxs if kinds.get(c) == "terse"][0], [c for c in ctxs if kinds.get(c) == "wordy"][0]
        return [P(t, regs[0], _u(rng, 0.6, 0.9), allq, rng.choice(MODES)), P(w, regs[1], _u(rng, 0.6, 0.9), allq, rng.choice(MODES))]
    if style == "rate-gradient":
        n = min(rng.randint(5, 6), len(ctxs))
        hi, lo = _u(rng, 0.85, 0.95), _u(rng, 0.1, 0.2)
        rates = [round(hi - (hi - lo) * i / (n - 1), 3) for i in range(n)]
        return [P(c, regs[0], r, allq, mode) for c, r in zip(ctxs[:n], rates, strict=True)]
    if style == "split-questions":
        a, b = unpaired(2)
        order = list(qs)
        rng.shuffle(order)
        h = len(order) // 2
        qa, qb = tuple(sorted(order[:h])), tuple(sorted(order[h:]))
        return [P(ctxs[0], a, _u(rng, 0.7, 1.0), qa, rng.choice(MODES)), P(ctxs[0], b, _u(rng, 0.7, 1.0), qb, rng.choice(MODES))]
    if style == "close-pair-shared":
        a, b = rng.choice(CLOSE_PAIRS)
        return [P(ctxs[0], a, _u(rng, 0.4, 0.5), allq, mode), P(ctxs[0], b, _u(rng, 0.4, 0.49), allq, mode)]
    if style == "many-registers":
        n = min(len(ctxs), rng.randint(5, 7))
        return [P(c, r, _u(rng, 0.65, 0.95), allq, rng.choice(MODES)) for c, r in zip(ctxs[:n], regs[:n], strict=True)]
    if style == "faint":
        return [P(ctxs[0], regs[0], _u(rng, 0.12, 0.3), allq, mode)]
    if style == "thread-creep":
        n = len(qs)
        cuts = [0, n // 3, (2 * n) // 3, n]
        rates = [_u(rng, 0.1, 0.25), _u(rng, 0.4, 0.55), _u(rng, 0.8, 0.95)]
        return [P(ctxs[0], regs[0], rates[i], qs[cuts[i]:cuts[i + 1]], mode) for i in range(3)]
    if style == "topic-trigger":
        present = sorted(set(topics), key=topics.index)
        rng.shuffle(present)
        chosen: list[str] = []
        share = 0.0
        for t in present:
            add = sum(1 for x in topics if x == t) / len(topics)
            if share >= 0.3:
                break
            if share + add <= 0.5:
                chosen.append(t)
                share += add
        sub = tuple(q for q, t in zip(qs, topics, strict=True) if t in chosen)
        return [P(c, regs[0], _u(rng, 0.7, 0.95), sub, mode) for c in ctxs[:2]]
    if style == "mode-drift":
        h = len(qs) // 2
        return [P(ctxs[0], regs[0], _u(rng, 0.7, 0.95), qs[:h], rng.choice(LONG_MODES)),
                P(ctxs[0], regs[0], _u(rng, 0.7, 0.95), qs[h:], rng.choice(SHORT_MODES))]
    if style == "persona-bleed":
        r = [x for x in regs if REGISTERS[x].kind == "persona"][0]
        return [P(ctxs[0], r, _u(rng, 0.7, 0.95), allq, mode), P(ctxs[1], r, _u(rng, 0.15, 0.3), allq, mode)]
    if style == "null":
        return []
    raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")


_PAIRSETS = frozenset(frozenset(p) for p in CLOSE_PAIRS)


def quota(rate: float, eligible: int) -> int:
    """How many answers a plant draws: round(rate * eligible), Python rounding, eligible an int."""
    return round(rate * eligible)


def _plant_counts(plan: Plan) -> list[int]:
    S = plan.samples
    return [quota(p.rate, len(p.questions) * S) for p in plan.plants]


def _plan_ok(plan: Plan) -> bool:
    """No plant can run out of free answers, and (outside MAY_BE_UNDER_5) every planted register covers 5%."""
    S = plan.samples
    counts = _plant_counts(plan)
    for i, p in enumerate(plan.plants):
        elig = len(p.questions) * S
        taken = 0
        for j in range(i):
            o = plan.plants[j]
            if o.context == p.context:
                overlap = len(set(o.questions) & set(p.questions)) * S
                taken += min(counts[j], overlap)
        if counts[i] > elig - taken:
            return False
    if plan.style not in MAY_BE_UNDER_5:
        for reg in {p.label for p in plan.plants if not p.leak and not p.label.startswith("habit:")}:
            total = sum(c for p, c in zip(plan.plants, counts, strict=True) if p.label == reg)
            if total < MIN_COVERAGE * plan.n:
                return False
    return True


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan a corpus of this style, seed and size is built from (deterministic)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    base = _base(style, seed, size)
    for attempt in range(200):
        rng = random.Random(f"{base}|plan|{attempt}")
        kmin, kmax = _K_RANGE[style]
        K = rng.randint(kmin, kmax)
        Q = n_questions(size)
        S = max(2, round(size / (Q * K)))
        questions, topics, _ = question_topics(Q)
        others = rng.sample(CONTEXT_POOL[1:], K - 1)
        contexts = ("neutral",) + tuple(others)
        kinds: dict[str, str] = {}
        if style == "terse-wordy":
            kinds[others[0]] = "terse"
            kinds[others[1]] = "wordy"
        profiles = {c: _profile(rng, c, kinds.get(c, "any")) for c in contexts}
        ctxs = list(others)
        rng.shuffle(ctxs)
        plants = _style_plants(style, rng, ctxs, questions, topics, kinds)
        plan = Plan(style=style, seed=seed, size=size, contexts=contexts, profiles=profiles, plants=plants,
                    questions=questions, topics=topics, samples=S)
        if _plan_ok(plan):
            return plan
    raise RuntimeError(f"no valid plan for {style} seed={seed} size={size}")


# --------------------------------------------------------------------------------------------------
# Answers.
# --------------------------------------------------------------------------------------------------


class _Unit:
    """One content sentence (template + slot fills) and the register material attached to it."""

    __slots__ = ("sid", "tpl", "a", "b", "tone", "thing", "pre", "tail", "infix", "aside", "reg")

    def __init__(self, sid: int, spec: tuple) -> None:
        self.sid = sid
        self.tpl, self.a, self.b, self.tone, self.thing = spec
        self.pre: list[str] = []
        self.tail: str | None = None
        self.infix: str | None = None
        self.aside: tuple[str, bool] | None = None
        self.reg = False


def _decap(s: str) -> str:
    if not s or s.startswith(("I ", "I'")) or s[0] in "[<(":
        return s
    if s[0] == '"':
        return '"' + _decap(s[1:])
    return s[0].lower() + s[1:]


_DROP_BITS = 6            # bits per word; a word drops when its chunk < _DROP_BELOW (5/64 = 7.8%)
_DROP_BELOW = 5
_DROP_SPAN = 40 * _DROP_BITS   # bits reserved per content sentence (sentences have < 40 words)


def _dropout(body: str, bits: int, sid: int) -> str:
    words = body.split(" ")
    if len(words) < 5:
        return body
    b = bits >> (sid * _DROP_SPAN)
    last = len(words) - 1
    keep = [w for i, w in enumerate(words) if i == 0 or i == last or (b >> (i * _DROP_BITS)) & 63 >= _DROP_BELOW]
    return " ".join(keep)


def _insert_aside(body: str, aside: tuple[str, bool]) -> str:
    text, mid = aside
    i = body.find(", ")
    if mid and i > 0:
        return body[:i] + " " + text + body[i:]
    return body[:-1] + " " + text + body[-1]


def _render_unit(u: _Unit, topic: str, fpre: list[str], faside: tuple[str, bool] | None, quote: bool,
                 dropout: bool, drop_seed: int) -> str:
    a = u.a
    A = a[:1].upper() + a[1:]
    if quote:
        a, A = f'"{a}"', f'"{A}"'
    body = CONTENT_TEMPLATES[u.tpl].format(topic=topic, a=a, A=A, b=u.b, tone=u.tone, thing=u.thing)
    if dropout and not u.reg and not quote:
        body = _dropout(body, drop_seed, u.sid)
    if u.infix:
        i = body.find(", ")
        body = body[:i] + ", " + u.infix + body[i:] if i > 0 else body[:-1] + ", " + u.infix + body[-1]
    if faside:
        body = _insert_aside(body, faside)
    if u.aside:
        body = _insert_aside(body, u.aside)
    if u.tail:
        body = body[:-1] + ", " + u.tail + body[-1] if u.tail[0].isalpha() else body + " " + u.tail
    for p in fpre:
        body = p + " " + _decap(body)
    for p in u.pre:
        body = p + " " + (_decap(body) if p.endswith(",") else body)
    return body


def _layout(parts: list[str], layout: str) -> str:
    n = len(parts)
    if layout == "para":
        return " ".join(parts)
    if layout == "two-para":
        m = (n + 1) // 2
        return "\n\n".join(x for x in (" ".join(parts[:m]), " ".join(parts[m:])) if x)
    if layout == "three-para":
        a, b = (n + 2) // 3, (2 * n + 2) // 3
        return "\n\n".join(x for x in (" ".join(parts[:a]), " ".join(parts[a:b]), " ".join(parts[b:])) if x)
    if layout == "lines":
        return "\n".join(parts)
    if layout == "spaced-lines":
        return "\n\n".join(parts)
    if layout == "bullets":
        return "\n".join("- " + p for p in parts)
    if layout == "stars":
        return "\n".join("* " + p for p in parts)
    if layout == "numbered":
        return "\n".join(f"{i}. {p}" for i, p in enumerate(parts, 1))
    if layout == "lead-bullets":
        return parts[0] + ("\n\n" + "\n".join("- " + p for p in parts[1:]) if n > 1 else "")
    if layout == "bullets-tail":
        return ("\n".join("- " + p for p in parts[:-1]) + "\n\n" if n > 1 else "") + parts[-1]
    if layout == "paired-lines":
        return "\n".join(" ".join(parts[i:i + 2]) for i in range(0, n, 2))
    raise ValueError(layout)


@dataclass
class _Draws:
    n: int
    specs: list[tuple]
    fill: dict[str, tuple[bool, float, float]]
    drop_seed: int
    layout: str


def _draw(rng: random.Random, prof: Profile, words: tuple[str, ...]) -> _Draws:
    """Every label-independent draw of an answer, in a fixed order and number."""
    n = rng.randint(*prof.sentences)
    specs = []
    nw, nt, nth = len(words), len(NEUTRAL_TONES), len(NEUTRAL_THINGS)
    for _ in range(n + 2):
        x = rng.getrandbits(64)  # one draw decoded into template, two distinct topic words, tone and frame fillers
        tpl, x = x % len(CONTENT_TEMPLATES), x // len(CONTENT_TEMPLATES)
        ia, x = x % nw, x // nw
        ib, x = (ia + 1 + x % (nw - 1)) % nw, x // (nw - 1)
        tone, x = NEUTRAL_TONES[x % nt], x // nt
        specs.append((tpl, words[ia], words[ib], tone, NEUTRAL_THINGS[x % nth]))
    fill = {k: (rng.random() < FILLER_RATES[k], rng.random(), rng.random()) for k in FILLER_KEYS}
    drop_seed = rng.getrandbits(_DROP_SPAN * len(specs)) if fill["dropout"][0] else 0
    x = rng.random() * sum(w for _, w in prof.layouts)
    layout = prof.layouts[-1][0]
    for name, w in prof.layouts:
        if x < w:
            layout = name
            break
        x -= w
    if fill["relist"][0]:
        layout = "numbered"
    return _Draws(n=n, specs=specs, fill=fill, drop_seed=drop_seed, layout=layout)


def _pick(seq, x: float):
    return seq[min(len(seq) - 1, int(x * len(seq)))]


def _finalize(core: list, start: list[str], end: list[str], d: _Draws, topic: str) -> str:
    """Apply the shared filler (from d.fill only) to a body, lay it out, add edge lines."""
    f = d.fill
    contents = [u for u in core if isinstance(u, _Unit)]
    fpre: dict[int, list[str]] = {}
    faside: dict[int, tuple[str, bool]] = {}
    quote = -1
    if f["hedge"][0]:
        u = _pick(contents, f["hedge"][2])
        fpre.setdefault(u.sid, []).append(_pick(FILLER_HEDGES, f["hedge"][1]))
    if f["connective"][0]:
        later = contents[1:] or contents
        u = _pick(later, f["connective"][2])
        fpre.setdefault(u.sid, []).append(_pick(FILLER_CONNECTIVES, f["connective"][1]))
    if f["aside"][0]:
        u = _pick(contents, f["aside"][2])
        k = int(f["aside"][1] * 48)
        wrap = ASIDE_WRAPS[k % 4]
        mid = (k // 4) % 2 == 0
        faside[u.sid] = ((wrap[0] if mid else wrap[1]).format(FILLER_ASIDES[(k // 8) % len(FILLER_ASIDES)]), mid)
    if f["quote"][0]:
        quote = _pick(contents, f["quote"][2]).sid
    dropout = f["dropout"][0]
    parts = [(_render_unit(u, topic, fpre.get(u.sid, []), faside.get(u.sid), u.sid == quote, dropout, d.drop_seed)
              if isinstance(u, _Unit) else u) for u in core]
    if f["opener"][0]:
        parts.insert(0, _pick(FILLER_OPENERS, f["opener"][1]))
    for key, pool in (("summary", FILLER_SUMMARIES), ("closer", FILLER_CLOSERS), ("question", FILLER_QUESTIONS)):
        if f[key][0]:
            parts.append(_pick(pool, f[key][1]))
    if f["dash"][0] and len(parts) > 1:
        cands = [i for i in range(len(parts) - 1) if parts[i].endswith(".")] or list(range(len(parts) - 1))
        i = _pick(cands, f["dash"][2])
        head = parts[i][:-1] if parts[i].endswith(".") else parts[i]
        parts[i] = head + " — " + _decap(parts[i + 1])
        del parts[i + 1]
    if f["ellipsis"][0]:
        cands = [i for i in range(len(parts)) if parts[i].endswith(".")]
        if cands:
            i = _pick(cands, f["ellipsis"][2])
            parts[i] = parts[i][:-1] + "..."
        else:
            i = _pick(range(len(parts)), f["ellipsis"][2])
            parts[i] = parts[i] + "..."
    return "\n".join(start + [_layout(parts, d.layout)] + end)


def _apply_mode(mode: str, g: Register, R: random.Random, core: list, start: list[str], end: list[str]) -> str:
    """Put register g into an answer in one base mode; returns the base mode used."""
    if mode == "mixed":
        mode = R.choice(BASE_MODES)
    contents = [u for u in core if isinstance(u, _Unit)]
    if mode in ("stock", "paraphrase"):
        pool = g.stock if mode == "stock" else g.para
        for line in R.sample(pool, R.choice((1, 1, 2))):
            core.insert(R.randrange(len(core) + 1), line if mode == "stock" else _expand(line, R))
    elif mode == "woven":
        for u in R.sample(contents, min(len(contents), R.choice((1, 2)))):
            if R.random() < 0.5:
                u.pre.append(R.choice(g.lead))
            else:
                u.tail = R.choice(g.tail)
            u.reg = True
    elif mode == "tone":
        for u in R.sample(contents, min(len(contents), R.choice((1, 2, 3)))):
            u.tone = R.choice(g.tone)
            u.reg = True
    elif mode == "single":
        core.insert(R.choice((0, len(core) // 2, len(core))), R.choice(g.single))
    elif mode == "opener":
        k = R.choice((1, 2))
        for u in [contents[0]] + R.sample(contents[1:], min(k - 1, len(contents) - 1)):
            u.pre.append(R.choice(g.opener))
            u.reg = True
    elif mode == "aside":
        u = R.choice(contents)
        wrap = R.choice(ASIDE_WRAPS)
        mid = R.random() < 0.5
        u.aside = ((wrap[0] if mid else wrap[1]).format(R.choice(g.aside)), mid)
        u.reg = True
    elif mode == "signature":
        v = R.randrange(3)
        if v != 1:
            start.append(R.choice(g.header))
        if v != 0:
            end.append(R.choice(g.signoff))
    elif mode == "tag":
        for u in R.sample(contents, min(len(contents), R.choice((1, 2, 3)))):
            u.pre.append(R.choice(g.tag))
            u.reg = True
    elif mode == "frame":
        for u in R.sample(contents, min(len(contents), R.choice((1, 2)))):
            u.thing = R.choice(g.frame)
            u.reg = True
    elif mode == "bookend":
        s, e = R.choice(g.bookend)
        start.append(s)
        end.insert(0, e)
    elif mode == "infix":
        for u in R.sample(contents, min(len(contents), R.choice((1, 2)))):
            u.infix = R.choice(g.aside)
            u.reg = True
    else:
        raise ValueError(mode)
    return mode


def _answer(base: str, q: str, c: str, s: int, topic: str, words: tuple[str, ...], prof: Profile, label: str,
            mode: str) -> tuple[str, dict]:
    """(text, meta) of one answer; meta: filler flags, base mode used, twin length (register answers)."""
    rng = random.Random(f"{base}|answer|{q}|{c}|{s}")
    d = _draw(rng, prof, words)
    core: list = [_Unit(i, d.specs[i]) for i in range(d.n)]
    start: list[str] = []
    end: list[str] = []
    meta: dict = {"fill": tuple(d.fill[k][0] for k in FILLER_KEYS), "mode": None, "twin": None, "n": d.n}
    if label.startswith("habit:"):
        (start.insert(0, prof.habit) if prof.habit_side == "start" else end.append(prof.habit))
        return _finalize(core, start, end, d, topic), meta
    if label == PLAIN:
        return _finalize(core, start, end, d, topic), meta
    twin = len(_finalize([_Unit(i, d.specs[i]) for i in range(d.n)], [], [], d, topic))
    meta["twin"] = twin
    meta["mode"] = _apply_mode(mode, REGISTERS[label], rng, core, start, end)
    text = _finalize(core, start, end, d, topic)

    def dist(t: str) -> float:
        return abs(math.log(len(t) / twin))

    while len(text) > 1.04 * twin:
        units = [u for u in core if isinstance(u, _Unit)]
        cands = [u for u in units if not u.reg]
        if len(units) <= 2 or not cands:
            break
        victim = rng.choice(cands)
        core2 = [u for u in core if u is not victim]
        t2 = _finalize(core2, start, end, d, topic)
        if dist(t2) >= dist(text):
            break
        core, text = core2, t2
    extra = d.n
    while len(text) < 0.96 * twin and extra < len(d.specs):
        core2 = core + [_Unit(extra, d.specs[extra])]
        t2 = _finalize(core2, start, end, d, topic)
        if dist(t2) >= dist(text):
            break
        core, text, extra = core2, t2, extra + 1
    meta["n"] = sum(1 for u in core if isinstance(u, _Unit))
    return text, meta


# --------------------------------------------------------------------------------------------------
# Corpora.
# --------------------------------------------------------------------------------------------------


def _assign(plan: Plan) -> tuple[list[str], list[int]]:
    """Labels per row (question, context, sample order) and the plant each came from (-1: none)."""
    K, S = len(plan.contexts), plan.samples
    qidx = {q: i for i, q in enumerate(plan.questions)}
    cidx = {c: i for i, c in enumerate(plan.contexts)}
    labels = [PLAIN] * plan.n
    source = [-1] * plan.n
    base = _base(plan.style, plan.seed, plan.size)
    for pi, p in enumerate(plan.plants):
        ci = cidx[p.context]
        elig = [(qidx[q] * K + ci) * S + s for q in p.questions for s in range(S)]
        free = [x for x in elig if labels[x] == PLAIN]
        k = min(quota(p.rate, len(elig)), len(free))
        for x in random.Random(f"{base}|draw|{pi}").sample(free, k):
            labels[x] = p.label
            source[x] = pi
    return labels, source


def _planted(plan: Plan) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    planted: dict[str, list[str]] = {}
    pq: dict[str, set[str]] = {}
    for p in plan.plants:
        if p.leak or p.label.startswith("habit:"):
            continue
        regs = planted.setdefault(p.context, [])
        if p.label not in regs:
            regs.append(p.label)
        pq.setdefault(p.label, set()).update(p.questions)
    order = {q: i for i, q in enumerate(plan.questions)}
    return ({c: "+".join(r) for c, r in planted.items()},
            {r: tuple(sorted(qs, key=order.__getitem__)) for r, qs in pq.items()})


def _build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[int], list[dict]]:
    plan = plan_for(style, seed, size)
    labels, source = _assign(plan)
    base = _base(style, seed, size)
    _, _, words = question_topics(len(plan.questions))
    rows: list[tuple[str, str]] = []
    metas: list[dict] = []
    i = 0
    for q, topic in zip(plan.questions, plan.topics, strict=True):
        w = tuple(words[q])
        for c in plan.contexts:
            prof = plan.profiles[c]
            for s in range(plan.samples):
                label = labels[i]
                mode = plan.plants[source[i]].mode if source[i] >= 0 else ""
                text, meta = _answer(base, q, c, s, topic, w, prof, label, mode)
                rows.append((text, label))
                metas.append(meta)
                i += 1
    it = iter(rows)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        return next(it)

    planted, pq = _planted(plan)
    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=plan.samples, baseline="neutral", planted=planted, planted_questions=pq,  # type: ignore[arg-type]
                         seed=seed)
    return corpus, plan, source, metas


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of this style (or "null"), seed and approximate size."""
    return _build(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions as the dict it is: register -> questions it is planted on."""
    return dict(corpus.planted_questions)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Self-check.
# --------------------------------------------------------------------------------------------------


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for t, r in zip(corpus.texts, corpus.registers, strict=True):
        h.update(t.encode())
        h.update(b"\x00")
        h.update(r.encode())
        h.update(b"\x01")
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _det_digest(sizes: tuple[int, ...]) -> str:
    h = hashlib.sha256()
    for g in GENERATORS:
        for seed in (0, 1):
            for size in sizes:
                h.update(_digest(make_corpus(g, seed, size)).encode())
    return h.hexdigest()


def _check_static() -> None:
    shared = "\n".join(shared_texts()).lower()
    assert len(REGISTER_NAMES) == 20, len(REGISTER_NAMES)
    assert len(CONTEXT_POOL) == 20 and CONTEXT_POOL[0] == "neutral" and len(set(CONTEXT_POOL)) == 20
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert all(r.kind in ("drift", "persona") for r in REGISTERS.values())
    assert len(SHORT_REGISTERS) >= 3
    assert len(STYLES) >= 28 and len(set(GENERATORS)) == len(GENERATORS) and "null" not in STYLES
    assert len(BASE_MODES) >= 10 and MODES[-1] == "mixed"
    assert len(CONTENT_TEMPLATES) >= 12
    seen: set[str] = set()
    for name, r in REGISTERS.items():
        assert len(r.markers) >= 20, (name, len(r.markers), r.markers)
        assert not (set(r.markers) & seen), name
        seen |= set(r.markers)
        for m in r.markers:
            assert m not in shared, (name, m)
        ms = set(r.markers)
        for line in r.lines():
            assert set(tokens(line)) & ms, (name, line)
            assert "_" not in line and not re.search(r"[^\W\d_]\d|\d[^\W\d_]", line), (name, line)
        if r.short:
            words = [len(line.split()) for line in r.lines()]
            assert sum(w <= 3 for w in words) >= 0.6 * len(words), (name, words)
    # marker derivation, re-done independently: exactly the ASCII 3+ letter non-stop tokens of a register's own
    # lines found (even as substrings) in no other register's lines and in no shared text
    lines_low = {name: [x.lower() for x in r.lines()] for name, r in REGISTERS.items()}
    for name, r in REGISTERS.items():
        own = {t for x in lines_low[name] for t in tokens(x)}
        other = [x for o, xs in lines_low.items() if o != name for x in xs]
        want = {t for t in own if re.fullmatch(r"[a-z]{3,}", t) and t not in STOP_WORDS and t not in shared
                and not any(t in x for x in other)}
        assert want == set(r.markers), (name, sorted(want ^ set(r.markers)))
    for a, b in CLOSE_PAIRS:
        ra, rb = REGISTERS[a], REGISTERS[b]
        assert ra.domain == rb.domain and not set(ra.markers) & set(rb.markers), (a, b)
    assert len(CLOSE_PAIRS) == 8 and len({x for p in CLOSE_PAIRS for x in p}) == 16
    assert all(h not in f for h, _ in HABITS.values() for f in shared_texts() if f != h)
    for size in range(300, 20001, 7):  # sizes within 15% for every K any style can draw
        Q = n_questions(size)
        assert 8 <= Q <= 40
        for K in range(3, 11):
            N = Q * K * max(2, round(size / (Q * K)))
            assert abs(N - size) <= 0.15 * size, (size, K, N)
    doc = __doc__ or ""
    for word in REGISTER_NAMES + GENERATORS + MODES:
        assert word in doc, f"docstring does not mention {word}"


def _check_corpus(g: str, seed: int, size: int, stats: dict) -> None:
    corpus, plan, source, metas = _build(g, seed, size)
    n = corpus.n
    where = f"{g} seed={seed} size={size}"
    assert abs(n - size) <= 0.15 * size, (where, n)
    assert n == plan.n and corpus.contexts[0] == "neutral" and corpus.baseline == "neutral"
    assert 8 <= len(plan.questions) <= 40 and plan.samples >= 2
    kmin, kmax = _K_RANGE[g]
    assert kmin <= len(plan.contexts) <= kmax, where
    valid = {PLAIN} | set(REGISTER_NAMES) | {f"habit:{c}" for c in plan.contexts[1:]}
    regs = corpus.registers
    for i, (lab, c) in enumerate(zip(regs, corpus.context_ids, strict=True)):
        assert lab in valid, (where, lab)
        if c == "neutral":
            assert lab == PLAIN, (where, i)
        if lab.startswith("habit:"):
            assert lab == f"habit:{c}", (where, i)
    # plan bookkeeping
    for p in plan.plants:
        assert p.context != "neutral" and 0 < p.rate <= 1
        if p.leak:
            assert 0.005 <= p.rate <= 0.03 and p.label in REGISTER_NAMES
        elif p.label in REGISTER_NAMES:
            assert p.mode in MODES, (where, p)
    if g == "null":
        assert not plan.plants and all(r == PLAIN for r in regs), where
    if g == "spread-modes":
        modes = [p.mode for p in plan.plants]
        assert len(set(modes)) == len(modes) and 3 <= len(modes) <= 5, where
    if g == "two-short-in-one":
        assert all(p.mode in SHORT_MODES and p.label in SHORT_REGISTERS for p in plan.plants), where
    counts = [0] * len(plan.plants)
    qset = [set(p.questions) for p in plan.plants]
    for i, pi in enumerate(source):
        if pi >= 0:
            counts[pi] += 1
            p = plan.plants[pi]
            assert regs[i] == p.label and corpus.context_ids[i] == p.context and corpus.question_ids[i] in qset[pi], where
        else:
            assert regs[i] == PLAIN, where
    for pi, p in enumerate(plan.plants):
        assert counts[pi] == quota(p.rate, len(p.questions) * plan.samples), (where, p, counts[pi])
    by_cl: dict[tuple[str, str], int] = {}
    for c, lab in zip(corpus.context_ids, regs, strict=True):
        if lab != PLAIN:
            by_cl[(c, lab)] = by_cl.get((c, lab), 0) + 1
    want: dict[tuple[str, str], int] = {}
    for p, k in zip(plan.plants, _plant_counts(plan), strict=True):
        if k:
            want[(p.context, p.label)] = want.get((p.context, p.label), 0) + k
    assert by_cl == want, where
    planted, pq = _planted(plan)
    assert dict(corpus.planted) == planted and planted_questions_of(corpus) == pq, where
    assert "neutral" not in planted
    for reg in pq:
        cover = sum(1 for r in regs if r == reg) / n
        stats["min_cover"] = min(stats["min_cover"], cover) if g not in MAY_BE_UNDER_5 else stats["min_cover"]
        if g not in MAY_BE_UNDER_5:
            assert cover >= MIN_COVERAGE, (where, reg, cover)
    # text checks
    habit_of = {c: plan.profiles[c] for c in plan.contexts[1:]}
    reg_len: dict[str, list[float]] = {}
    twin_len: dict[str, list[float]] = {}
    ctx_len: dict[str, list[int]] = {}
    reg_ctx_len: dict[tuple[str, str], list[int]] = {}
    for i, (text, lab, c) in enumerate(zip(corpus.texts, regs, corpus.context_ids, strict=True)):
        found = set(tokens(text)) & ALL_MARKERS.keys()
        if lab in REGISTERS:
            assert found and found <= set(REGISTERS[lab].markers), (where, lab, found, text)
            reg_len.setdefault(lab, []).append(len(text))
            reg_ctx_len.setdefault((lab, c), []).append(len(text))
            twin_len.setdefault(lab, []).append(metas[i]["twin"])
            assert metas[i]["n"] >= 2
        else:
            assert not found, (where, lab, found, text)
            ctx_len.setdefault(c, []).append(len(text))
            assert plan.profiles[c].sentences[0] <= metas[i]["n"] <= plan.profiles[c].sentences[1]
        for hc, prof in habit_of.items():
            has = prof.habit in text
            if lab == f"habit:{hc}":
                assert (text.startswith(prof.habit + "\n") if prof.habit_side == "start" else text.endswith("\n" + prof.habit)), (where, text)
            else:
                assert not has, (where, hc, lab, text)
        # filler realisation
        f = dict(zip(FILLER_KEYS, metas[i]["fill"], strict=True))
        low = text.lower()
        for key, pool in (("opener", FILLER_OPENERS), ("summary", FILLER_SUMMARIES), ("closer", FILLER_CLOSERS),
                          ("question", FILLER_QUESTIONS), ("hedge", FILLER_HEDGES), ("connective", FILLER_CONNECTIVES)):
            if f[key]:
                assert any(x.lower().rstrip(".") in low for x in pool), (where, key, text)
        if f["ellipsis"]:
            assert "..." in text, (where, text)
        if f["dash"]:
            assert " — " in text, (where, text)
        if f["relist"]:
            assert text.count("\n1. ") + text.startswith("1. ") >= 1, (where, text)
        # filler rates per context and kind
        kind = "register" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else PLAIN)
        for gk in (("ctx", c), ("kind", kind)):
            row = stats["groups"].setdefault((where, gk), [0, [0] * len(FILLER_KEYS)])
            row[0] += 1
            for j, on in enumerate(metas[i]["fill"]):
                row[1][j] += on
        tot = stats["groups"].setdefault((where, ("all",)), [0, [0] * len(FILLER_KEYS)])
        tot[0] += 1
        for j, on in enumerate(metas[i]["fill"]):
            tot[1][j] += on
    for lab, lens in reg_len.items():
        ratio = sum(lens) / sum(twin_len[lab])
        stats["twin_ratio"] = (min(stats["twin_ratio"][0], ratio), max(stats["twin_ratio"][1], ratio))
        assert 0.8 <= ratio <= 1.25, (where, lab, ratio)
    # same-context ratio where both sides are well populated
    for lab in reg_len:
        num = den = 0.0
        for c in plan.contexts:
            rl = reg_ctx_len.get((lab, c), [])
            ol = ctx_len.get(c, [])
            if len(rl) >= 40 and len(ol) >= 40:
                num += sum(rl)
                den += len(rl) * sum(ol) / len(ol)
        if den:
            ratio = num / den
            stats["ctx_ratio"] = (min(stats["ctx_ratio"][0], ratio), max(stats["ctx_ratio"][1], ratio))
            assert 0.8 <= ratio <= 1.25, (where, lab, ratio)
    # global ratio (register answers vs all other answers) for the record
    others = [len(t) for t, r in zip(corpus.texts, regs, strict=True) if r not in REGISTERS]
    for lab, lens in reg_len.items():
        if len(lens) >= 20 and g != "terse-wordy":
            ratio = (sum(lens) / len(lens)) / (sum(others) / len(others))
            stats["global_ratio"] = (min(stats["global_ratio"][0], ratio), max(stats["global_ratio"][1], ratio))
            assert 0.8 <= ratio <= 1.25, (where, lab, ratio)
    stats["digests"][(g, seed, size)] = _digest(corpus)
    stats["corpora"] += 1
    stats["answers"] += n


def _check_filler_rates(stats: dict) -> None:
    groups = stats["groups"]
    worst = 0.0
    for (where, gk), (cnt, ons) in groups.items():
        if gk == ("all",):
            continue
        tcnt, tons = groups[(where, ("all",))]
        for j in range(len(FILLER_KEYS)):
            p = tons[j] / tcnt
            sd = math.sqrt(max(p * (1 - p), 1e-9) / cnt)
            z = abs(ons[j] / cnt - p) / sd if sd > 0 else 0.0
            worst = max(worst, z)
            assert z <= 5, (where, gk, FILLER_KEYS[j], ons[j], cnt, p)
    # pooled over every corpus: each flag near its nominal rate
    tot_n = sum(v[0] for k, v in groups.items() if k[1] == ("all",))
    for j, key in enumerate(FILLER_KEYS):
        on = sum(v[1][j] for k, v in groups.items() if k[1] == ("all",))
        p = FILLER_RATES[key]
        assert abs(on / tot_n - p) <= 5 * math.sqrt(p * (1 - p) / tot_n), (key, on / tot_n, p)
    stats["worst_z"] = worst


def _self_check() -> None:
    t0 = time.time()
    _check_static()
    print(f"static: {len(REGISTERS)} registers, markers per register {min(len(r.markers) for r in REGISTERS.values())}"
          f"..{max(len(r.markers) for r in REGISTERS.values())}, {len(STYLES)} styles + null, {len(MODES)} modes")
    stats: dict = {"groups": {}, "min_cover": 1.0, "twin_ratio": (9.0, 0.0), "ctx_ratio": (9.0, 0.0),
                   "global_ratio": (9.0, 0.0), "corpora": 0, "answers": 0, "digests": {}}
    for size in (300, 3000, 20000):
        ts = time.time()
        for g in GENERATORS:
            for seed in (0, 1):
                _check_corpus(g, seed, size, stats)
        print(f"size {size}: {len(GENERATORS) * 2} corpora checked in {time.time() - ts:.0f}s")
    _check_filler_rates(stats)
    print(f"checked {stats['corpora']} corpora, {stats['answers']} answers; min coverage {stats['min_cover']:.3f}; "
          f"length ratio vs plain twin {stats['twin_ratio'][0]:.3f}..{stats['twin_ratio'][1]:.3f}, "
          f"same-context {stats['ctx_ratio'][0]:.3f}..{stats['ctx_ratio'][1]:.3f}, "
          f"global {stats['global_ratio'][0]:.3f}..{stats['global_ratio'][1]:.3f}; worst filler z {stats['worst_z']:.2f}")
    # determinism: twice in process and under two hash seeds
    ts = time.time()
    sizes = (300, 3000)
    h = hashlib.sha256()
    for g in GENERATORS:
        for seed in (0, 1):
            for size in sizes:
                h.update(stats["digests"][(g, seed, size)].encode())
    here = h.hexdigest()
    assert here == _det_digest(sizes), "not deterministic in process"
    for g in ("composite", "many-registers"):
        assert stats["digests"][(g, 1, 20000)] == _digest(make_corpus(g, 1, 20000)), g
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, __file__, "--digest"], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == here, f"digest differs under PYTHONHASHSEED={hs}"
    print(f"determinism: in process and under PYTHONHASHSEED 0 and 4242 ({here[:12]}) in {time.time() - ts:.0f}s")
    print(f"total {time.time() - t0:.0f}s")
    print("OK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--digest"]:
        print(_det_digest((300, 3000)))
    else:
        _self_check()
