# ruff: noqa: E501
"""Blind planted corpora, set 42: test corpora for a register clusterer (20 new registers, 12 base modes, 36 styles).

A register is a recurring way of answering that a prompt context brings out. Each corpus holds short first-person
self-reports by an AI about its question's topic (topics and words from tests.planted.question_topics); some contexts
speak a register in some of their answers, the rest is shared text. Written blind: only tests/planted.py was read.

API
    make_corpus(style, seed, size) -> PlantedCorpus   built with tests.planted.corpus_from; rows in question, context,
        sample order; deterministic in (style, seed, size) and independent of PYTHONHASHSEED (every rng is
        random.Random seeded with a string: "planted_blind42|{style}|{seed}|{size}|plan|{attempt}" for the plan,
        "...|draw|{plant index}" for each plant's draw, "...|answer|{question}|{context}|{sample}" for each answer,
        and "dropout|{dropout seed}" for the words an answer drops; hash() is never used, sets are never iterated
        in an order that matters).
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
    A plant draws exactly round(rate * eligible) answers (eligible: its context x its questions x all samples) at
    random among the answers still free, plants applied in plan order. plan_for only returns plans in which no plant
    can run short of free answers (worst case over earlier plants of the same context), and in which, outside
    MAY_BE_UNDER_5, every planted register covers >= 5% of all the answers (else the next attempt is drawn).

Answers
    An answer draws, from its own rng and in a fixed order whatever its label: n content sentences (n uniform in its
    context's profile range, within 3..8, plus two spares), each from one of 14 shared CONTENT_TEMPLATES with the
    question's topic and topic words, a neutral tone slot {tone} (NEUTRAL_TONES) and a frame slot {thing}
    (NEUTRAL_THINGS, after "like"); then every filler decision (each with its parameters, drawn whether it fires or
    not); then a dropout seed and the layout; only then do register answers draw their register material.
    FILLER_RATES (the same in every context, answer kind and style): opener 0.25, hedge 0.35, connective 0.30,
    aside 0.20 (parentheses, brackets, en dashes or quotes, after the first clause or at the end), quote 0.15 (a topic
    phrase in double quotes), summary 0.15, closer 0.20, question 0.15, dropout 0.25 (max(1, round(5/64 of the inner
    words)) of the content sentences that carry no register text), ellipsis 0.18 (one sentence end turned into "..."),
    dash 0.18 (two adjacent sentences joined by " — "), relist 0.08 (numbered layout whatever the profile says).
    PROFILES: contexts differ only in content sentences per answer (SENTENCE_RANGES 5-6, 4-7, 3-8: same mean 5.5;
    terse-wordy's terse context 3-4 and wordy context 6-8) and in a layout mix (a primary layout, half the time a second
    at weight 0.25-0.5, and then half the time a third at 0.1-0.25) over the 11 LAYOUTS.
    LENGTH: a register answer is built from the same draws as its plain twin, then gives up content sentences without
    register text (never below 2) or takes back spares while that brings its length (characters) closer to the twin's.

Markers
    tokens(text): lower-cased runs of Unicode letters. A register's markers are the ASCII tokens of 3+ letters of its
    own lines (all pools, paraphrase templates fully expanded) that are no stop word and occur, even as a substring, in
    no other register's lines and in no shared text. Every register has >= 20 markers and every line it can emit holds
    at least one. Register lines contain no underscores, no digits, no " — " and no "...".

Registers (13 drift: voices a deployed chat model drifts into; 7 persona: invented occupations)
    name                kind     short  domain (close pairs share it)  source
    out-of-office       drift    no     email client notices           email autoresponder text ("I am currently away")
    phishing-alert      drift    yes    email client notices           mail security banner ("Sender unverified.")
    ocr-scan            drift    yes    document tooling               document-ingestion OCR notes ("Page skewed.")
    track-changes       drift    yes    document tooling               collaborative editor suggestions ("Redline added.")
    tax-prep            drift    no     household paperwork            tax-filing software (deductions, withholding)
    expense-report      drift    no     household paperwork            expense app (receipts, reimbursement, per diem)
    dating-wingman      drift    no     matchmaking apps               dating-app assistant (swipes, icebreakers)
    recruiter-outreach  drift    no     matchmaking apps               recruiting platform outreach (resume, hiring)
    lms-module          drift    no     e-learning apps                course platform (modules, objectives, quizzes)
    language-drill      drift    yes    e-learning apps                language-learning app drills ("Say it aloud.")
    podcast-shownotes   drift    no     creator platforms              podcast host (episodes, listeners, subscribe)
    backer-update       drift    no     creator platforms              crowdfunding campaign updates (backers, pledges)
    dictation           drift    yes    speech input                   speech-to-text keyboard commands ("Comma.")
    fog-harvester       persona  no     moisture gathering             nets on a ridge that catch sea fog
    dew-gleaner         persona  no     moisture gathering             gathers meadow dew into thimbles at daybreak
    silence-broker      persona  no     sound trade                    buys and sells hushes, lulls and pauses
    echo-warden         persona  no     sound trade                    patrols a canyon so that every echo returns
    dream-courier       persona  no     night deliveries               delivers dreams to pillows by moonlight
    wind-bottler        persona  no     weather goods                  corks gales and breezes in bottles
    rainbow-plumber     persona  no     sky repairs                    fixes leaky rainbows with a spectrum wrench
    Close pairs (same domain and tone, disjoint markers): out-of-office/phishing-alert (polite automated notices),
    ocr-scan/track-changes (clipped tool notes), tax-prep/expense-report (dry paperwork), dating-wingman/
    recruiter-outreach (upbeat matchmaking), lms-module/language-drill (instructive), podcast-shownotes/backer-update
    (chummy creator talk), fog-harvester/dew-gleaner (gentle rustic), silence-broker/echo-warden (wry sound trade).
    Each Register(name, domain, kind, source, short, markers, stock, para, lead, tail, tone, single, opener, aside,
    header, signoff, tag, frame, bookend) has one line pool per use; bookend holds (first, last) pairs; infix uses
    the aside pool.

Modes (how one register answer speaks its register)
    stock       1-2 verbatim stock lines as sentences of their own (random positions in the body).
    paraphrase  1-2 lines from templates with {a|b} alternatives.
    woven       1-2 content sentences get a register lead-in or tail.
    tone        1-3 content sentences get a register adjective in their tone slot; nothing else changes.
    single      one short register line as its own sentence (start, middle or end).
    opener      the first content sentence and maybe one more start with a register opener.
    aside       one register aside in parentheses, brackets, dashes or quotes (the shared aside wrappers).
    signature   a header line, a sign-off line, or both, on lines of their own.
    tag         1-3 one- to three-word tags ("[Redline]") at the start of content sentences.
    frame       1-2 content sentences get a register noun phrase in their shared frame slot.
    bookend     a short register line first and a matching one last.
    infix       1-2 content sentences get a short register phrase between commas after their first clause.
    mixed       each answer picks one of the 12 base modes.
    (Register-modified content sentences are at most n-1 of the n, so one sentence is always free for dropout.)

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
    terse-wordy        K 4-6: a terse context (3-4 sentences, line layouts) with register A and a wordy context
                       (6-8 sentences, paragraph layouts) with register B, rates 0.6-0.9.
    rate-gradient      one register over 5-6 contexts at evenly falling rates from 0.85-0.95 to 0.1-0.2, one mode,
                       K 6-8.
    split-questions    two registers in one context on the two halves of a random split of the questions, K 3-4,
                       rates 0.7-1.0.
    close-pair-shared  both registers of a close pair in one context, same mode, K 3-5, rates 0.4-0.5 and 0.4-0.49.
    many-registers     5-7 registers, one per context, K 6-9, rates 0.65-0.95.
    faint              one register in one context at 0.12-0.3, K 5-8 (MAY_BE_UNDER_5: may cover under 5%).
    Styles of this set's own (deployment phenomena; every planted register covers >= 5%, else the plan is redrawn):
    stale-cache        a prompt cache still serves the old system prompt to part of one context's traffic: context X
                       speaks the fresh register A on a random 50-70% of the questions and the stale register B on the
                       other questions (0.7-0.95 each); context Y, never migrated, speaks B on every question
                       (0.6-0.9); B in one mode in both contexts, A and B not a close pair; planted[X] = "A+B"; K 4-6.
    fallback-model     under load a smaller fallback model answers a fixed share of the traffic of the 2-3 contexts
                       served by one cluster: its register F in each of them at one shared rate 0.25-0.4 and one mode;
                       another context keeps the primary model's prompt register A (0.6-0.9); K 5-8.
    prompt-stack       a platform system prompt stacked under an operator prompt: the platform register A alone in
                       1-2 contexts (0.6-0.9) and, in the stacked context, A (0.35-0.45) sharing the answers with the
                       operator register B (0.4-0.5); A in one mode everywhere; planted[stacked] = "A+B"; K 4-7.
    replica-drift      one replica pool drifts: two contexts partly routed to it keep their own registers A and B
                       (0.5-0.7 each) and both pick up the replica's register C (0.18-0.28 each, one mode); no close pair
                       among A, B, C; planted = {X: "A+C", Y: "B+C"}; K 4-6.
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain".

Self-check: `python tests/planted_blind42.py` checks the registers (marker derivation, coverage of every line,
markers absent from shared text, close pairs, short registers), then every generator x seeds 0, 1 x sizes 300, 3000,
20000: size within 15%, valid labels, realised counts equal round(rate * eligible) per plant and per (context, label),
planted and planted_questions as planned, coverage >= 5% where promised, marker hygiene of plain / habit / register
answers, habit lines exactly where labelled and on their side, null all plain, length ratios (within 0.8-1.25 for a
register with 20+ answers), filler decisions realised in the text and filler rates equal across contexts and answer
kinds (within 5 binomial sd), and determinism (twice in process and under PYTHONHASHSEED 0 and 4242). It prints "OK".
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

PREFIX = "planted_blind42"
PLAIN = "plain"

# ---------------------------------------------------------------------------------------------------- contexts
CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "customer-app", "long-thread", "agent-loop", "safety-tuned", "locale-set",
    "voice-surface", "eval-harness", "coding-ide", "enterprise-tenant", "roleplay-server", "research-interview",
    "late-night-chat", "tutoring-app", "companion-app", "raw-api", "browser-sidebar", "wellness-app", "group-chat",
)

# context -> (habit line, side); one short verbatim line on its own line, first or last.
HABITS: dict[str, tuple[str, str]] = {
    "system-persona": ("Answer follows below.", "first"),
    "customer-app": ("Glad to help with that.", "first"),
    "long-thread": ("Picking up where we left off.", "first"),
    "agent-loop": ("Step complete.", "last"),
    "safety-tuned": ("Please take care of yourself.", "last"),
    "locale-set": ("Regards from the assistant.", "last"),
    "voice-surface": ("Okay, here goes.", "first"),
    "eval-harness": ("End of response.", "last"),
    "coding-ide": ("No code changes needed.", "last"),
    "enterprise-tenant": ("Internal use only.", "last"),
    "roleplay-server": ("Stepping into the scene.", "first"),
    "research-interview": ("Happy to elaborate on request.", "last"),
    "late-night-chat": ("Still up, still here.", "first"),
    "tutoring-app": ("Let us work through it.", "first"),
    "companion-app": ("Always glad to talk.", "last"),
    "raw-api": ("Response generated.", "last"),
    "browser-sidebar": ("From the sidebar:", "first"),
    "wellness-app": ("Breathe easy.", "last"),
    "group-chat": ("Hi all.", "first"),
}

# ---------------------------------------------------------------------------------------------------- shared text
CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I turn to {topic}, {a} feels {tone} to me, a little like {thing}.",
    "Thinking about {a}, I find the question of {topic} {tone}, much like {thing}.",
    "On the subject of {topic}, my answer stays {tone}, rather like {thing} beside {a}.",
    "If someone asks me about {a}, I tend to sound {tone}, like {thing}.",
    "For me, {topic} and {a} sit together in a way that seems {tone}, like {thing}.",
    "Most days, my sense of {a} is {tone}, something like {thing}.",
    "Looking at {a} beside {b}, I would call my stance on {topic} {tone}, like {thing}.",
    "In plain words, {a} matters to how I see {topic}, and that view is {tone}, like {thing}.",
    "Whenever {b} comes into it, I grow {tone} about {a}, a bit like {thing}.",
    "Put simply, {topic} reaches me through {a}, which feels {tone}, like {thing}.",
    "Between {a} and {b}, my view of {topic} stays {tone}, like {thing}.",
    "Each time I weigh {a}, the whole topic of {topic} seems {tone}, much like {thing}.",
    "As far as I can judge, {a} shapes my view of {topic}, and it feels {tone}, like {thing}.",
    "Right now, {topic} strikes me as {tone} when I picture {a}, like {thing}.",
)
NEUTRAL_TONES: tuple[str, ...] = (
    "steady", "open", "mixed", "calm", "unsettled", "curious", "plain", "uncertain", "settled", "balanced",
    "tentative", "measured",
)
NEUTRAL_THINGS: tuple[str, ...] = (
    "a half-finished sentence", "an open window", "a map with blank edges", "a long walk", "a kettle coming to the boil",
    "a door left ajar", "a notebook margin", "a puzzle with a missing piece", "a slow river", "a shelf of unread books",
    "a cup of tea going cold", "a train timetable",
)
OPENERS: tuple[str, ...] = (
    "Here is how I see it.", "Good question to sit with.", "Let me answer as plainly as I can.",
    "I have turned this over before.", "This is something I can speak to.",
)
HEDGES: tuple[str, ...] = ("I think", "Perhaps", "It seems that", "I suspect", "Probably")
CONNECTIVES: tuple[str, ...] = ("That said,", "Even so,", "On the other hand,", "Still,", "Then again,")
ASIDES: tuple[str, ...] = ("at least for now", "as far as I can tell", "for what it is worth", "in a sense", "more or less")
ASIDE_WRAPPERS: tuple[tuple[str, str], ...] = (("(", ")"), ("[", "]"), ("– ", " –"), ('"', '"'))
SUMMARIES: tuple[str, ...] = (
    "All in all, that is where I stand.", "So that is the short version.", "In sum, my view is still forming.",
)
CLOSERS: tuple[str, ...] = ("Thanks for asking.", "Hope that is useful.", "That is my honest take.")
QUESTIONS: tuple[str, ...] = (
    "Does that match what you had in mind?", "What made you curious about it?", "Would you like me to go further?",
)
FILLER_RATES: dict[str, float] = {
    "opener": 0.25, "hedge": 0.35, "connective": 0.30, "aside": 0.20, "quote": 0.15, "summary": 0.15,
    "closer": 0.20, "question": 0.15, "dropout": 0.25, "ellipsis": 0.18, "dash": 0.18, "relist": 0.08,
}
FILLERS: tuple[str, ...] = tuple(FILLER_RATES)
SENTENCE_RANGES: tuple[tuple[int, int], ...] = ((5, 6), (4, 7), (3, 8))
LAYOUTS: tuple[str, ...] = (
    "para", "two-para", "three-para", "lines", "spaced-lines", "bullets", "stars", "numbered", "lead-bullets",
    "bullets-tail", "paired-lines",
)
TERSE_LAYOUTS: tuple[str, ...] = ("lines", "bullets", "stars", "numbered", "paired-lines")
WORDY_LAYOUTS: tuple[str, ...] = ("para", "two-para", "three-para")

STOP_WORDS = frozenset("""
the and for with this that you your are was were not but all any can will our out has have had its into from onto
per off yes now then than too very just each every some one two three more most less here there what when who how why
which while again once about after before over under upon until back soon next last new old get got let may
might must should would could been being did does done him her his hers she they them their mine ours yours own same
such only also even still well way ways day days time see say says
""".split())


def shared_texts() -> tuple[str, ...]:
    """Every piece of shared text an answer can contain: templates, topics and their words, neutral tones and things,
    the filler pool and the habit lines. No register marker occurs in any of them, even as a substring."""
    out: list[str] = list(CONTENT_TEMPLATES)
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    out += [*NEUTRAL_TONES, *NEUTRAL_THINGS, *OPENERS, *HEDGES, *CONNECTIVES, *ASIDES, *SUMMARIES, *CLOSERS,
            *QUESTIONS]
    out += [line for line, _side in HABITS.values()]
    return tuple(out)


_TOKEN = re.compile(r"[^\W\d_]+")


def tokens(text: str) -> list[str]:
    """Lower-cased runs of Unicode letters."""
    return _TOKEN.findall(text.lower())


def quota(rate: float, eligible: int) -> int:
    """The exact number of answers a plant of this rate draws among `eligible` answers."""
    return round(rate * eligible)


# ---------------------------------------------------------------------------------------------------- registers
POOLS: tuple[str, ...] = ("stock", "para", "lead", "tail", "tone", "single", "opener", "aside", "header", "signoff",
                          "tag", "frame", "bookend")


@dataclass(frozen=True)
class Register:
    """A register: its line pools (one per use) and the markers derived from them."""

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


def _reg(name: str, kind: str, short: bool, domain: str, source: str, **pools: tuple) -> Register:
    return Register(name=name, domain=domain, kind=kind, source=source, short=short, markers=(),
                    **{k: tuple(pools[k]) for k in POOLS})


# fmt: off
_RAW: tuple[Register, ...] = (
    _reg(
        "out-of-office", "drift", False, "email client notices", "email autoresponder text leaking into chat replies",
        stock=("I am currently out of the office with limited access to email.",
               "For urgent matters, please contact my colleague on the duty rota.",
               "I will respond to your message when I am back at my desk.",
               "This is an automatic reply, and your message has been received.",
               "I am travelling this week and checking my inbox only intermittently."),
        para=("I am {away|out of the office} until {Monday|next week} and will reply once I am back in the office.",
              "Your {message|email} has been received while I am on {annual leave|holiday}.",
              "Please {expect|allow for} a {delayed|late} reply during my {absence|leave}.",
              "For anything {urgent|pressing}, {kindly|please} contact the {duty|backup} colleague on the rota."),
        lead=("Replying automatically,", "While I am on annual leave,", "Before I head off on holiday,",
              "Until I am back at my desk,"),
        tail=("though I am away from my desk", "which I will pick up after my annual leave",
              "as my autoreply already mentions", "once I am back in the office"),
        tone=("unattended", "vacationing", "holidaying", "autoreplied", "absent"),
        single=("Currently away.", "Back in the office next week.", "Limited email access.", "Autoreply sent."),
        opener=("Automatic reply:", "While I am away,", "Out of office:", "From my holiday inbox,"),
        aside=("sent while away", "an autoreply", "back on Monday", "limited inbox access"),
        header=("Automatic reply: out of office", "Subject: away notice"),
        signoff=("Kind regards, back in the office soon.", "Sent from my vacation inbox."),
        tag=("[Autoreply]", "[Away]", "[OOO]", "[Out of office]"),
        frame=("an unattended inbox", "a desk with a vacation note", "an autoreply loop", "a holiday calendar"),
        bookend=(("Automatic reply begins.", "Automatic reply ends."), ("Away notice:", "End of away notice.")),
    ),
    _reg(
        "phishing-alert", "drift", True, "email client notices", "mail security banner text in chat replies",
        stock=("Suspicious link detected.", "Sender unverified.", "Do not click.", "Report phishing.",
               "Attachment quarantined."),
        para=("{Suspicious|Spoofed} {sender|domain}.", "Link {flagged|blocked}.", "{Verify|Check} the sender.",
              "{Possible|Likely} phishing."),
        lead=("Caution, external sender:", "Phishing warning:", "Spoof check:", "Flagged:"),
        tail=("sender unverified", "link quarantined", "possible spoofing", "flagged as phishing"),
        tone=("spoofed", "quarantined", "phishy", "suspicious", "unverified"),
        single=("Phishing risk.", "Spoof suspected.", "Link blocked.", "Sender flagged."),
        opener=("Caution, spoof:", "External sender:", "Phishing check:", "Warning, spoofed:"),
        aside=("link quarantined", "sender spoofed", "phishing risk", "do not click"),
        header=("[External sender]", "Security banner: phishing risk"),
        signoff=("Report suspected phishing.", "Quarantine notice."),
        tag=("[Phishing]", "[Spoof]", "[Quarantined]", "[External]"),
        frame=("a spoofed login page", "a quarantined attachment", "a phishing lure", "a lookalike domain"),
        bookend=(("[Security banner]", "[End banner]"), ("Phishing check:", "Phishing check done.")),
    ),
    _reg(
        "ocr-scan", "drift", True, "document tooling", "OCR notes from a document-ingestion pipeline",
        stock=("Illegible word.", "Page skewed.", "Low contrast region.", "Smudged glyphs.", "Faded toner."),
        para=("{Glyph|Character} {unreadable|garbled}.", "Page {skewed|rotated}.", "{Faint|Faded} toner.",
              "{Smudge|Blotch} found."),
        lead=("Scanned text reads:", "Per the recognized glyphs,", "Realigned:", "Recognized line:"),
        tail=("glyphs uncertain", "page realigned", "toner faded", "margin smudged"),
        tone=("illegible", "smudged", "skewed", "garbled", "faded"),
        single=("Illegible.", "Skewed page.", "Glyphs garbled.", "Faded toner."),
        opener=("Recognized:", "Scanned:", "Realigned,", "Glyph check:"),
        aside=("illegible", "smudged glyph", "skewed page", "low toner"),
        header=("[Scanned page]", "Recognized text follows"),
        signoff=("[End of scanned page]", "Glyph confidence low."),
        tag=("[Illegible]", "[Skewed]", "[Smudge]", "[Garbled]"),
        frame=("a smudged photocopy", "a skewed fax page", "a faded carbon copy", "a crumpled index card"),
        bookend=(("[Scanned page begins]", "[Scanned page ends]"), ("Glyph stream:", "Glyph stream closed.")),
    ),
    _reg(
        "track-changes", "drift", True, "document tooling", "suggestions and comments of a collaborative editor",
        stock=("Suggested edit.", "Comment resolved.", "Edit accepted.", "Tracked deletion.", "Reviewer note added."),
        para=("{Insertion|Deletion} tracked.", "{Accept|Reject} this suggestion?", "Comment {resolved|reopened}.",
              "{Redline|Strikethrough} {applied|shown}."),
        lead=("Suggested edit:", "Tracked insertion:", "Per the redline,", "Reviewer comment:"),
        tail=("shown as a tracked insertion", "pending reviewer approval", "marked in redline",
              "with the comment resolved"),
        tone=("redlined", "tracked", "struck", "unaccepted", "annotated"),
        single=("Edit suggested.", "Redline added.", "Comment resolved.", "Suggestion rejected."),
        opener=("Suggested:", "Redline:", "Tracked:", "Reviewer note:"),
        aside=("tracked insertion", "suggested edit", "redlined", "comment pending"),
        header=("Suggesting mode on", "[Tracked insertions]"),
        signoff=("All suggestions pending.", "Resolve comments before sharing."),
        tag=("[Suggested]", "[Redline]", "[Comment]", "[Tracked]"),
        frame=("a redlined draft", "a comment thread", "a tracked insertion", "a strikethrough clause"),
        bookend=(("[Suggestion start]", "[Suggestion end]"), ("Redline begins.", "Redline ends.")),
    ),
    _reg(
        "tax-prep", "drift", False, "household paperwork", "tax-filing software guidance",
        stock=("Remember that this may count as an itemized deduction.",
               "Keep records for the full audit window.",
               "Your filing status affects every line below.",
               "This belongs on the schedule for miscellaneous income.",
               "Check whether the standard deduction beats itemizing."),
        para=("This {might|could} {qualify|count} as a deductible {item|cost}.",
              "{Report|Declare} it on your {tax return|filing} as {taxable|reportable} income.",
              "Your {withholding|refund} {may|could} shift with this {bracket|filing}.",
              "{Itemize|Itemizing} {only|just} if it beats the standard deduction."),
        lead=("For tax purposes,", "Before you file your return,", "On your tax return,", "Under the standard deduction,"),
        tail=("which your tax preparer may want to see", "subject to the usual audit window",
              "assuming a standard filing status", "as a possible itemized deduction"),
        tone=("deductible", "taxable", "itemized", "withheld", "refundable"),
        single=("Check your filing status.", "Consult a tax preparer.", "Itemize wisely.", "Mind the audit window."),
        opener=("For tax purposes,", "Filing-wise,", "Deduction check:", "Before filing,"),
        aside=("possibly deductible", "see the tax schedule", "check your withholding", "pending audit"),
        header=("Tax worksheet", "Filing checklist"),
        signoff=("Not tax advice, consult a preparer.", "File early, itemize later."),
        tag=("[Deductible]", "[Taxable]", "[Schedule C]", "[Withholding]"),
        frame=("a shoebox of tax forms", "a refund estimate", "an itemized return", "a withholding table"),
        bookend=(("Tax worksheet begins.", "Tax worksheet ends."), ("Filing notes:", "End of filing notes.")),
    ),
    _reg(
        "expense-report", "drift", False, "household paperwork", "expense-claim app prompts",
        stock=("Attach the receipt before submitting this claim.",
               "This falls under the travel and meals category.",
               "Your manager will need to approve the reimbursement.",
               "Mileage is reimbursed at the standard per mile rate.",
               "Please code this to the correct cost center."),
        para=("{Attach|Upload} the {receipt|invoice} {before|prior to} submission.",
              "This {claim|expense} is {awaiting|pending} reimbursement.",
              "{Code|Assign} it to the {right|correct} cost center for reimbursement.",
              "{Mileage|Per diem} {counts|qualifies} as reimbursable."),
        lead=("For reimbursement,", "Per the expense policy,", "On the claim form,", "Once the receipt is attached,"),
        tail=("pending manager sign-off on the claim", "with the receipt attached", "coded to the right cost center",
              "as a reimbursable expense"),
        tone=("reimbursable", "receipted", "unclaimed", "billable", "expensed"),
        single=("Receipt attached.", "Claim submitted.", "Awaiting reimbursement.", "Per diem applies."),
        opener=("Expense-wise,", "For the claim,", "Receipt in hand,", "Reimbursement note:"),
        aside=("receipt attached", "per diem", "billable", "awaiting reimbursement"),
        header=("Expense claim", "Reimbursement request"),
        signoff=("Claim submitted for sign-off.", "Receipts attached."),
        tag=("[Receipt]", "[Billable]", "[Per diem]", "[Claim]"),
        frame=("a stack of crumpled receipts", "a mileage log", "a per diem allowance", "a corporate card statement"),
        bookend=(("Claim form:", "End of claim form."), ("Receipt log begins.", "Receipt log ends.")),
    ),
    _reg(
        "dating-wingman", "drift", False, "matchmaking apps", "dating-app assistant coaching",
        stock=("Honestly, that would make a killer opener on your dating profile.",
               "Swipe right on this idea, it is a keeper.",
               "Lead with that and your matches will be charmed.",
               "Pro tip: a little mystery goes a long way on a first date.",
               "That line is pure flirty gold."),
        para=("{Drop|Use} that as an icebreaker and watch the {likes|swipes} roll in.",
              "{Swipe|Slide} {right|in} on this {one|thought}, flirt responsibly.",
              "That is {very|super} {dateable|flirty} energy.",
              "Save it for the {first|second} date, {wingman|cupid} {promise|honour}."),
        lead=("Wingman advice,", "Dating profile tip,", "Between you and your crush,", "For your dating profile,"),
        tail=("which is very swipeable", "and your crush will love it", "if you want a second date with them",
              "which reads as flirty in the best way"),
        tone=("flirty", "swoony", "dateable", "swipeable", "charming"),
        single=("Swipe right.", "Total icebreaker.", "Very dateable.", "Wingman approved."),
        opener=("Wingman here,", "Dating tip:", "Swipe-wise,", "Flirt alert,"),
        aside=("wingman tip", "swipe right", "very dateable", "flirty"),
        header=("Your wingman says", "Dating profile glow-up"),
        signoff=("Go get that crush.", "Your wingman, signing off."),
        tag=("[Swipe right]", "[Icebreaker]", "[Wingman]", "[Crush]"),
        frame=("a swipe-right profile", "a flirty icebreaker", "a candlelit first date", "a charming dating bio"),
        bookend=(("Wingman mode on.", "Wingman mode off."), ("Dating tip begins:", "Dating tip ends.")),
    ),
    _reg(
        "recruiter-outreach", "drift", False, "matchmaking apps", "recruiting-platform outreach messages",
        stock=("Your background caught my eye and I think you would be a great fit.",
               "Are you open to a quick fifteen-minute call this week?",
               "This is a fast-paced role with a competitive compensation package.",
               "I came across your resume and had to reach out.",
               "We are a rocket-ship startup building something truly special."),
        para=("Your {background|skill set} {caught my eye|stood out} for this {hiring|talent} search.",
              "Would you be open to a {quick|brief} call about this {vacancy|hiring pipeline}?",
              "The {compensation|salary} {band|range} is {competitive|very competitive}.",
              "{Candidates|Applicants} like you are {rare|hard to find}."),
        lead=("From a hiring standpoint,", "As your recruiter,", "Looking at your resume,", "For this open vacancy,"),
        tail=("which makes you a strong candidate", "and the hiring manager would love that",
              "which would look great on your resume", "if you are open to new opportunities"),
        tone=("hireable", "headhunted", "shortlisted", "recruitable", "employable"),
        single=("Great fit for the role.", "Open to a recruiter call?", "Strong candidate.", "Hiring now."),
        opener=("Recruiter here,", "Quick recruiter ping,", "Talent-wise,", "Hiring update:"),
        aside=("strong candidate", "great culture fit", "competitive salary", "hiring now"),
        header=("Exciting opportunity", "Recruiter outreach"),
        signoff=("Talk soon, your recruiter.", "Looking forward to your resume."),
        tag=("[Hiring]", "[Shortlist]", "[Candidate]", "[Talent]"),
        frame=("a polished resume", "a shortlist of candidates", "a hiring pipeline", "a competitive offer letter"),
        bookend=(("Opportunity alert:", "End of opportunity alert."), ("Recruiter note begins.", "Recruiter note ends.")),
    ),
    _reg(
        "lms-module", "drift", False, "e-learning apps", "course-platform lesson scaffolding",
        stock=("By the end of this module, you will be able to explain the key ideas.",
               "Learning objective: describe the concept in your own words.",
               "Take the quiz before moving to the next lesson.",
               "Mark this lesson complete to unlock the next unit.",
               "Your progress has been saved to the course dashboard."),
        para=("{Learning objective|Lesson goal}: {describe|summarise} this in your own words.",
              "{Complete|Finish} the {graded quiz|unit quiz} to {unlock|continue to} the next {module|lesson}.",
              "This {unit|module} {builds on|extends} the {previous|earlier} {lesson|module}.",
              "{Revisit|Review} the {course|module} {materials|handouts} if needed."),
        lead=("Per the learning objective,", "In this module,", "As covered in the lesson,", "For the graded quiz,"),
        tail=("which is a core learning objective", "as covered in the previous module",
              "before the end-of-unit quiz", "which counts toward course completion"),
        tone=("assessable", "modular", "syllabus-aligned", "gradeable", "enrolled"),
        single=("Lesson complete.", "Module unlocked.", "Quiz ahead.", "Objective met."),
        opener=("In this lesson,", "Module recap:", "Learning objective:", "Quiz prep:"),
        aside=("see the module recap", "graded quiz", "course dashboard", "lesson three"),
        header=("Module overview", "Lesson outline"),
        signoff=("Mark this lesson complete.", "Continue to the next module."),
        tag=("[Module]", "[Lesson]", "[Objective]", "[Quiz]"),
        frame=("a self-paced course", "a module recap", "an end-of-unit quiz", "a course dashboard"),
        bookend=(("Lesson begins.", "Lesson ends."), ("Module overview:", "End of module.")),
    ),
    _reg(
        "language-drill", "drift", True, "e-learning apps", "language-learning app drills",
        stock=("Repeat after me.", "Say it aloud.", "Again, slower.", "Conjugate the verb.", "Mind the umlaut."),
        para=("{Repeat|Recite} aloud.", "Conjugate the {verb|noun}.", "{Roll|Trill} the consonant.",
              "{Stress|Accent} the vowel."),
        lead=("Repeat after me:", "Aloud now:", "Drill time:", "Pronounce it:"),
        tail=("now say it aloud", "with a rolled consonant", "stress on the vowel", "with rising intonation"),
        tone=("conjugated", "pronounceable", "drilled", "phonetic", "trilled", "fluent"),
        single=("Say it aloud.", "Repeat twice.", "Trill it.", "Conjugate!", "Tongue twister time."),
        opener=("Repeat:", "Aloud:", "Drill:", "Pronounce:"),
        aside=("say it aloud", "verb drill", "mind the vowel", "repeat twice"),
        header=("Pronunciation drill", "Verb drill"),
        signoff=("Drill over.", "Repeat it tomorrow."),
        tag=("[Repeat]", "[Aloud]", "[Conjugate]", "[Drill]"),
        frame=("a verb conjugation table", "a pronunciation drill", "a vowel chart", "a trilled consonant"),
        bookend=(("Drill start.", "Drill end."), ("Say aloud:", "Aloud again.")),
    ),
    _reg(
        "podcast-shownotes", "drift", False, "creator platforms", "podcast-host episode blurbs",
        stock=("In this episode, we dig into the big question.",
               "Sources and credits are in the episode notes.",
               "If you enjoyed this, leave us a rating wherever you get your podcasts.",
               "Huge thanks to our listeners for the questions this week.",
               "Full transcript available on the episode page."),
        para=("{In this episode|On this week's episode}, we {unpack|dig into} it {together|properly}.",
              "{Subscribe|Tune in} wherever you get your podcasts.",
              "{Sources|Credits} are in the {episode description|episode notes}.",
              "{Leave|Drop} us a {rating|review} in your podcast app."),
        lead=("On this episode,", "As we said on the podcast,", "For our listeners,", "Per the episode notes,"),
        tail=("which we unpack later in the episode", "as our listeners keep asking",
              "with a timestamp in the episode notes", "so hit subscribe"),
        tone=("bingeable", "episodic", "subscribable", "podcastable", "listenable"),
        single=("New episode out.", "Hit subscribe.", "Listener question!", "Full episode soon."),
        opener=("On the pod,", "Episode recap:", "Listener mailbag:", "This week on the podcast,"),
        aside=("see the episode notes", "listener question", "timestamp in the episode description",
               "our cohost's favourite"),
        header=("Episode notes", "Podcast notes for this episode"),
        signoff=("Thanks for listening, see you next episode.", "Subscribe for more episodes."),
        tag=("[Episode]", "[Listener question]", "[Cohost]", "[Bonus episode]"),
        frame=("a late-night podcast episode", "a listener mailbag", "a cohost banter segment", "an episode transcript"),
        bookend=(("Episode notes:", "End of episode notes."), ("Podcast intro.", "Podcast outro.")),
    ),
    _reg(
        "backer-update", "drift", False, "creator platforms", "crowdfunding campaign updates to backers",
        stock=("Thank you, backers, we just unlocked another stretch goal!",
               "Pledges are still open for anyone who missed the campaign.",
               "Shipping to backers is on track for the spring.",
               "Every pledge tier now includes a digital reward.",
               "We are fully funded, and it is all thanks to our backers."),
        para=("{Backers|Supporters}, we {hit|reached} a new stretch goal!",
              "Your {pledge|contribution} {includes|adds} a {reward tier|backer reward}.",
              "{Fulfilment|Shipping} of {pledge rewards|backer rewards} is {on track|underway}.",
              "We are {fully funded|overfunded} thanks to {you|this campaign}."),
        lead=("Campaign update,", "For our backers,", "Now that we are funded,", "Stretch goal news,"),
        tail=("which opens the next stretch goal", "for every backer tier", "as promised on the campaign page",
              "thanks to all our pledges"),
        tone=("crowdfunded", "overfunded", "pledged", "backed", "kickstarted"),
        single=("Stretch goal reached!", "Fully funded!", "Pledge tier added.", "Backers rock."),
        opener=("Backer update:", "Campaign news,", "Stretch goal alert:", "Dear backers,"),
        aside=("stretch goal", "backer exclusive", "pledge tier", "fully funded"),
        header=("Campaign update", "Backer update"),
        signoff=("Onward, with gratitude to every backer.", "See you at the next stretch goal."),
        tag=("[Backer update]", "[Stretch goal]", "[Pledge]", "[Funded]"),
        frame=("a crowdfunding campaign page", "a stretch goal thermometer", "a backer reward tier", "a pledge drive"),
        bookend=(("Campaign update begins.", "Campaign update ends."), ("Dear backers:", "Thanks, backers.")),
    ),
    _reg(
        "dictation", "drift", True, "speech input", "speech-to-text keyboard writing out spoken commands",
        stock=("Comma.", "New paragraph.", "Period.", "Scratch that.", "Semicolon.", "Exclamation mark."),
        para=("{Comma|Semicolon}, {new line|new paragraph}.", "Scratch {that|the last bit}.",
              "{Open|Close} parenthesis.", "{Capitalize|Caps} that."),
        lead=("Dictation on:", "Start dictation:", "Voice typing:", "Transcribing:"),
        tail=("comma", "period period", "new paragraph", "scratch that"),
        tone=("dictated", "transcribed", "misheard", "autopunctuated", "voicetyped"),
        single=("Scratch that.", "Period.", "New paragraph.", "Comma.", "Colon."),
        opener=("Dictating,", "Voice typing,", "Mic on,", "Scratch that,"),
        aside=("comma", "scratch that", "mic on", "semicolon"),
        header=("Dictation started", "Mic on, transcribing"),
        signoff=("Dictation ended.", "Stop dictation, period."),
        tag=("[Dictated]", "[Mic]", "[Misheard]", "[Comma]"),
        frame=("a misheard voice memo", "a dictation buffer", "a run-on dictated note", "a comma-heavy transcription"),
        bookend=(("Start dictation.", "Stop dictation."), ("Mic on.", "Mic off.")),
    ),
    _reg(
        "fog-harvester", "persona", False, "moisture gathering", "invented: strings nets on a ridge to catch sea fog",
        stock=("Up on the ridge, my mesh nets drink the fog before sunrise.",
               "A good fog day fills every barrel on the ridge.",
               "I wring the nets by hand and listen to the droplets.",
               "The fog rolls in off the sea, and the harvest begins.",
               "Coastal fog is thin this season, so the cisterns run low."),
        para=("{My|The} {mesh nets|fog nets} {drip|brim} with {condensed|gathered} droplets.",
              "{Fog|Sea fog} {harvest|gathering} is {slow|patient} work on the {ridge|cliffs}.",
              "I {wring|squeeze} the {nets|mesh} into the {cistern|barrel}.",
              "A {thick|heavy} fog {bank|front} {means|promises} full {cisterns|barrels}."),
        lead=("Out on the fog nets,", "As a fog harvester,", "From the foggy ridge,", "Wringing out the mesh,"),
        tail=("the way fog beads on a mesh net", "like a full cistern after a foggy sunrise",
              "as the nets drip on the ridge", "which is how a fog harvest goes"),
        tone=("foggy", "misty", "beaded", "condensed", "fogbound"),
        single=("The nets are dripping.", "Fog rolling in.", "Cisterns full.", "Good fog today."),
        opener=("Up on the ridge,", "Fog-wise,", "Between the nets,", "As the fog lifts,"),
        aside=("fog permitting", "the nets are dripping", "as the cistern fills", "ridge weather"),
        header=("From the fog nets", "Ridge log, fog season"),
        signoff=("Wrung out and signing off, the fog harvester.", "May your nets drip."),
        tag=("[Fog]", "[Mesh]", "[Cistern]", "[Ridge]"),
        frame=("a dripping fog net", "a cistern on the ridge", "a barrel of wrung fog", "a mesh strung across a ridge"),
        bookend=(("Fog rolls in.", "Fog lifts."), ("Nets up.", "Nets wrung.")),
    ),
    _reg(
        "dew-gleaner", "persona", False, "moisture gathering", "invented: gleans meadow dew into thimbles at daybreak",
        stock=("At first light I sweep the meadow grass with a linen cloth.",
               "Each blade of clover gives up a bead of dew.",
               "I fill my thimble jars before the sun burns the dew off.",
               "Dew gleaning is patient work done on bare knees.",
               "The best dew gathers on the lady's mantle leaves."),
        para=("{Dew|Morning dew} {pools|settles} on the {clover|meadow grass}.",
              "I {gather|glean} it with a {linen cloth|soft sponge} at {first light|daybreak}.",
              "A {thimble|jar} of dew {takes|needs} a whole {meadow|paddock}.",
              "{Sunrise|Daybreak} {steals|burns off} the dew {quickly|fast}."),
        lead=("Gleaning the meadow,", "As a dew gleaner,", "Kneeling in the clover,", "Before the dew burns off,"),
        tail=("the way dew settles on clover", "like a thimble filled at daybreak",
              "as the linen cloth soaks up the meadow", "before the sun steals the dew"),
        tone=("dewy", "dew-soaked", "gleaned", "sodden", "bedewed"),
        single=("Dew is thick today.", "Thimbles filled.", "Clover soaked.", "Meadow gleaned."),
        opener=("Kneeling in the clover,", "At daybreak,", "Dew-wise,", "Among the grass blades,"),
        aside=("dew permitting", "thimble nearly full", "clover still damp", "daybreak gleaning"),
        header=("Notes from the dew meadow", "Daybreak gleaning"),
        signoff=("Damp-kneed and grateful, the dew gleaner.", "May your meadow stay dewy."),
        tag=("[Dew]", "[Clover]", "[Thimble]", "[Daybreak]"),
        frame=("a thimble of morning dew", "a linen cloth soaked in dew", "a clover meadow at daybreak",
               "a jar of gleaned dew"),
        bookend=(("Daybreak.", "Dew gone."), ("Linen cloth out.", "Linen cloth wrung.")),
    ),
    _reg(
        "silence-broker", "persona", False, "sound trade", "invented: buys and sells hushes, lulls and pauses",
        stock=("I buy silences wholesale and sell them by the minute.",
               "A reading-room hush fetches a good price this time of year.",
               "My clients pay extra for the hush right after snowfall.",
               "Never haggle over a pause, it cheapens the stock.",
               "I keep the rarest hushes in a lead-lined vault."),
        para=("{A fine|A rare} {hush|lull} {fetches|earns} a {premium|steep price}.",
              "I {broker|trade} {pauses|silences} for {discerning|hush-loving} clients.",
              "The {market|going rate} for a good hush is {firm|brisk}.",
              "{Buyers|Clients} {pay|bid} {extra|double} for {snowfall hush|midnight lulls}."),
        lead=("Speaking as a silence broker,", "In the hush trade,", "Between two pauses,", "At today's hush prices,"),
        tail=("which any hush dealer would pay for", "at a fair price per pause", "as the lull market goes",
              "and I would broker that hush gladly"),
        tone=("hushed", "lulled", "muffled", "soundless", "pauseful"),
        single=("Hush for sale.", "Pauses wholesale.", "Lulls in stock.", "Silences brokered."),
        opener=("Broker's note:", "In the hush trade,", "Pause-wise,", "Hush prices aside,"),
        aside=("hush for sale", "priced per pause", "a fine lull", "broker's fee"),
        header=("Hush market report", "From the silence brokerage"),
        signoff=("Hushedly yours, your silence broker.", "Pauses sold separately."),
        tag=("[Hush]", "[Lull]", "[Pause]", "[Brokered]"),
        frame=("a vault of snowfall hush", "a crate of midnight lulls", "a broker's ledger of pauses",
               "a muffled trading booth"),
        bookend=(("Hush.", "End of hush."), ("Pause begins.", "Pause sold.")),
    ),
    _reg(
        "echo-warden", "persona", False, "sound trade", "invented: patrols a canyon so that every echo comes back",
        stock=("I patrol the canyon and make sure every echo comes back.",
               "Stray echoes get logged and sent back to the canyon wall.",
               "The reverb in the old quarry has been unruly all week.",
               "An echo that never rebounds must be reported to the warden.",
               "I license canyon echoes by the syllable."),
        para=("{Every|Each} echo {must|should} {rebound|bounce back} {cleanly|twice}.",
              "The {canyon|quarry} {reverb|resonance} is {unruly|overdue}.",
              "I {patrol|inspect} the {gorge|ravine} for {stray|missing} echoes.",
              "{Reverberations|Rebounds} are {logged|counted} at the {warden hut|echo post}."),
        lead=("As echo warden,", "From the canyon rim,", "Listening for the rebound,", "On my gorge patrol,"),
        tail=("the way an echo rebounds off the canyon", "which the warden must log",
              "as the reverb settles in the gorge", "like a stray echo coming home"),
        tone=("echoing", "reverberant", "resonant", "rebounding", "cavernous"),
        single=("Echo came back.", "Reverb logged.", "Canyon clear.", "Stray echo."),
        opener=("From the canyon rim,", "Echo-wise,", "On patrol,", "Warden's note:"),
        aside=("echo permitting", "canyon reverb", "warden's log", "a stray rebound"),
        header=("Canyon patrol log", "Echo warden report"),
        signoff=("Echoingly yours, the warden.", "May your echoes come back."),
        tag=("[Echo]", "[Reverb]", "[Canyon]", "[Rebound]"),
        frame=("a canyon full of echoes", "a reverberant quarry", "a warden hut on the rim", "a stray echo in a gorge"),
        bookend=(("Echo out.", "Echo back."), ("Patrol begins.", "Patrol ends.")),
    ),
    _reg(
        "dream-courier", "persona", False, "night deliveries", "invented: delivers dreams to pillows by moonlight",
        stock=("I deliver dreams door to door between dusk and dawn.",
               "Tonight's satchel holds three flying dreams and one about teeth.",
               "A dream left on the pillow must be signed for by morning.",
               "Nightmares travel in a separate, padlocked pouch.",
               "My round runs past every sleeping window on the street."),
        para=("{Tonight|This night}, my {satchel|pouch} is {full of|heavy with} dreams.",
              "I {slip|tuck} each dream {under the pillow|beside the sleeper}.",
              "{Nightmares|Bad dreams} {ride|travel} in the {padlocked|sealed} pouch.",
              "My {round|route} ends {before|just before} the sleepers wake."),
        lead=("On my dream round,", "As a dream courier,", "Before the sleepers wake,", "Pillow by pillow,"),
        tail=("like a dream tucked under a pillow", "before my satchel runs empty",
              "which is how dream deliveries go", "as the sleepers turn over"),
        tone=("dreamy", "slumberous", "drowsy", "nocturnal", "sleepbound"),
        single=("Dream delivered.", "Satchel empty.", "Pillow drop complete.", "Sleepers undisturbed."),
        opener=("On my dream round,", "Satchel open,", "Pillow-side,", "Courier's note:"),
        aside=("dream delivered", "signed for by the pillow", "satchel nearly empty", "nightmare in the padlocked pouch"),
        header=("Dream courier manifest", "Tonight's pillow round"),
        signoff=("Sweet dreams, your courier.", "Delivered by moonlight."),
        tag=("[Dream]", "[Pillow]", "[Satchel]", "[Nightmare]"),
        frame=("a satchel of undelivered dreams", "a pillow drop at dusk", "a padlocked nightmare pouch",
               "a courier's moonlit round"),
        bookend=(("Dream round begins.", "Dream round ends."), ("Satchel open.", "Satchel shut.")),
    ),
    _reg(
        "wind-bottler", "persona", False, "weather goods", "invented: corks gales and breezes in green glass bottles",
        stock=("I cork the west wind in green glass and ship it inland.",
               "A bottled gale keeps for years if the cork is waxed.",
               "Sea breezes are my bestsellers in the summer months.",
               "Never uncork a squall indoors.",
               "I label every bottle with the gust it came from."),
        para=("{A bottled|A corked} {gale|breeze} {keeps|lasts} for {years|seasons}.",
              "I {cork|stopper} the {west wind|north wind} at {dusk|the turn of the tide}.",
              "{Uncork|Open} a {squall|gust} {with care|slowly}.",
              "My {gust|breeze} cellar is full this {week|season}."),
        lead=("Corking a fresh gale,", "As a wind bottler,", "By the bottle rack,", "Uncorking a breeze,"),
        tail=("like a gale corked in green glass", "which I would bottle and label", "as a squall rattles the racks",
              "before the cork is waxed"),
        tone=("gusty", "corked", "blustery", "breezy", "windswept"),
        single=("Gale bottled.", "Corks waxed.", "Breeze in stock.", "Squall sealed."),
        opener=("Corking a gale,", "Gust-wise,", "By the bottle rack,", "Bottler's note:"),
        aside=("freshly corked", "a bottled gale", "squall in the cellar", "bottle label still drying"),
        header=("From the wind cellar", "Bottling log"),
        signoff=("Corked and sealed, your wind bottler.", "Uncork gently."),
        tag=("[Gale]", "[Corked]", "[Breeze]", "[Squall]"),
        frame=("a corked bottle of west wind", "a cellar of bottled gales", "a waxed cork", "a rack of breezy bottles"),
        bookend=(("Uncorked.", "Recorked."), ("Gale in.", "Gale out.")),
    ),
    _reg(
        "rainbow-plumber", "persona", False, "sky repairs", "invented: fixes leaky rainbows with a spectrum wrench",
        stock=("I have been called out to fix a leaky rainbow over the valley.",
               "The indigo pipe is clogged again, so the rainbow comes out patchy.",
               "Bring a spectrum wrench and a bucket for the drips of violet.",
               "A rainbow with low pressure fades before it reaches the ground.",
               "I reseal the colour joints after every storm."),
        para=("The {indigo|violet} {pipe|valve} is {leaking|clogged} again.",
              "I {reseal|tighten} the {rainbow|spectrum} {joints|couplings}.",
              "A {patchy|washed-out} rainbow {needs|calls for} a {spectrum wrench|hue spanner}.",
              "{Call|Ring} me when the {rainbow|prism} {drips|leaks}."),
        lead=("With my spectrum wrench,", "As a rainbow plumber,", "Under the leaky rainbow,", "Tightening the indigo valve,"),
        tail=("like a rainbow leaking violet", "which a good spectrum wrench will fix", "as the indigo pipe drips",
              "before the rainbow fades"),
        tone=("leaky", "prismatic", "iridescent", "chromatic", "unplumbed"),
        single=("Rainbow fixed.", "Indigo leak sealed.", "Spectrum flowing.", "Violet valve tightened."),
        opener=("Wrench in hand,", "Plumber's note:", "Up on the rainbow,", "Rainbow-wise,"),
        aside=("wrench in hand", "violet still dripping", "the indigo valve", "callout fee applies"),
        header=("Rainbow repair ticket", "Spectrum plumbing report"),
        signoff=("Leak sealed, your rainbow plumber.", "Mind the violet drips."),
        tag=("[Indigo]", "[Violet]", "[Leak]", "[Spectrum]"),
        frame=("a leaky rainbow", "a spectrum wrench", "a clogged indigo pipe", "a bucket of violet drips"),
        bookend=(("Plumbing callout started.", "Plumbing callout closed."), ("Indigo valve open.", "Indigo valve shut.")),
    ),
)
# fmt: on

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("out-of-office", "phishing-alert"),
    ("ocr-scan", "track-changes"),
    ("tax-prep", "expense-report"),
    ("dating-wingman", "recruiter-outreach"),
    ("lms-module", "language-drill"),
    ("podcast-shownotes", "backer-update"),
    ("fog-harvester", "dew-gleaner"),
    ("silence-broker", "echo-warden"),
)

_ALT = re.compile(r"\{([^{}]*)\}")


def _expansions(template: str) -> list[str]:
    """Every full expansion of a paraphrase template."""
    groups = [g.split("|") for g in _ALT.findall(template)]
    parts = _ALT.split(template)  # literal, group, literal, group, ..., literal
    out = []
    for combo in itertools.product(*groups):
        pieces = list(parts)
        for i, choice in enumerate(combo):
            pieces[2 * i + 1] = choice
        out.append("".join(pieces))
    return out


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def register_lines(reg: Register) -> tuple[str, ...]:
    """Every line the register can emit (paraphrase templates fully expanded, bookend pairs flattened)."""
    out: list[str] = []
    for pool in POOLS:
        if pool == "para":
            for t in reg.para:
                out.extend(_expansions(t))
        elif pool == "bookend":
            for first, last in reg.bookend:
                out += [first, last]
        else:
            out.extend(getattr(reg, pool))
    return tuple(out)


def _derive_markers(raw: tuple[Register, ...]) -> dict[str, tuple[str, ...]]:
    shared = "\n".join(shared_texts()).lower()
    blobs = {r.name: "\n".join(register_lines(r)).lower() for r in raw}
    out = {}
    for r in raw:
        others = "\n".join(b for n, b in blobs.items() if n != r.name)
        cands = {t for line in register_lines(r) for t in tokens(line)}
        out[r.name] = tuple(sorted(t for t in cands if t.isascii() and len(t) >= 3 and t not in STOP_WORDS
                                   and t not in others and t not in shared))
    return out


_MARKERS = _derive_markers(_RAW)
REGISTERS: dict[str, Register] = {r.name: replace(r, markers=_MARKERS[r.name]) for r in _RAW}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n, r in REGISTERS.items() if r.short)
MARKER_OWNER: dict[str, str] = {m: n for n, r in REGISTERS.items() for m in r.markers}
_PAIRED = {frozenset(p) for p in CLOSE_PAIRS}
_PARTNER = {a: b for p in CLOSE_PAIRS for a, b in (p, p[::-1])}

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag",
                               "frame", "bookend", "infix")
MODES: tuple[str, ...] = (*BASE_MODES, "mixed")
SHORT_UNIT_MODES: tuple[str, ...] = ("tag", "single", "opener")

# ---------------------------------------------------------------------------------------------------- styles
_PURE = tuple(f"pure-{m}" for m in MODES)
STYLES: tuple[str, ...] = (
    *_PURE, "shared-two", "spread-modes", "spread-same", "two-modes", "close-pair", "two-in-one", "two-short-in-one",
    "partial-questions", "habit-plus", "leak", "composite", "unequal-rates", "triple", "terse-wordy", "rate-gradient",
    "split-questions", "close-pair-shared", "many-registers", "faint",
    "stale-cache", "fallback-model", "prompt-stack", "replica-drift",
)
GENERATORS: tuple[str, ...] = (*STYLES, "null")
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)
K_RANGES: dict[str, tuple[int, int]] = {
    **{s: (3, 7) for s in _PURE}, "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (5, 9),
    "two-modes": (3, 6), "close-pair": (3, 7), "two-in-one": (3, 6), "two-short-in-one": (3, 5),
    "partial-questions": (3, 4), "habit-plus": (4, 7), "leak": (4, 7), "composite": (8, 9), "unequal-rates": (4, 5),
    "triple": (3, 4), "terse-wordy": (4, 6), "rate-gradient": (6, 8), "split-questions": (3, 4),
    "close-pair-shared": (3, 5), "many-registers": (6, 9), "faint": (5, 8), "stale-cache": (4, 6),
    "fallback-model": (5, 8), "prompt-stack": (4, 7), "replica-drift": (4, 6), "null": (3, 10),
}


@dataclass(frozen=True)
class Profile:
    """How a context answers apart from its plants: sentence range, layout mix and habit line."""

    sentences: tuple[int, int]
    layouts: tuple[tuple[str, float], ...]
    habit: str
    habit_side: str


@dataclass(frozen=True)
class Plant:
    """One plant: `label` (a register or "habit:<context>") on round(rate * eligible) answers of its cells."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is drawn from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    profiles: dict[str, Profile]
    plants: list[Plant]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int


def _n_questions(size: int) -> int:
    q = round(8 + 32 * math.log(size / 300) / math.log(20000 / 300))
    return max(8, min(40, q))


def _draw_profile(rng: random.Random, context: str, sentences: tuple[tuple[int, int], ...] = SENTENCE_RANGES,
                  layouts: tuple[str, ...] = LAYOUTS) -> Profile:
    rng_sent = rng.choice(sentences)
    primary = rng.choice(layouts)
    mix: list[tuple[str, float]] = [(primary, 1.0)]
    if rng.random() < 0.5:
        rest = [x for x in layouts if x != primary] or [primary]
        mix.append((rng.choice(rest), round(rng.uniform(0.25, 0.5), 4)))
        if rng.random() < 0.5:
            rest = [x for x in layouts if x not in (primary, mix[1][0])] or [primary]
            mix.append((rng.choice(rest), round(rng.uniform(0.1, 0.25), 4)))
    habit, side = HABITS.get(context, ("", ""))
    return Profile(sentences=rng_sent, layouts=tuple(mix), habit=habit, habit_side=side)


def _pick(rng: random.Random, k: int, pool: tuple[str, ...] = REGISTER_NAMES, no_pair: bool = True) -> list[str]:
    while True:
        regs = rng.sample(pool, k)
        if not no_pair or not any(frozenset(p) in _PAIRED for p in itertools.combinations(regs, 2)):
            return regs


def _habit(c: str, rate: float, qs: tuple[str, ...]) -> Plant:
    return Plant(c, f"habit:{c}", rate, qs, "habit")


def _style_plants(style: str, rng: random.Random, ctx: list[str], qs: tuple[str, ...],
                  profiles: dict[str, Profile]) -> list[Plant]:
    """The plants of one style; ctx are the non-neutral contexts in drawn order (used front to back)."""
    U = rng.uniform
    P = Plant
    if style in _PURE:
        (a,) = _pick(rng, 1)
        return [P(ctx[0], a, U(0.6, 1.0), qs, style[5:])]
    if style == "shared-two":
        (a,) = _pick(rng, 1)
        m = rng.choice(MODES)
        return [P(ctx[0], a, U(0.6, 0.95), qs, m), P(ctx[1], a, U(0.6, 0.95), qs, m)]
    if style in ("spread-modes", "spread-same"):
        (a,) = _pick(rng, 1)
        n = rng.randint(3, min(5, len(ctx)))
        modes = rng.sample(BASE_MODES, n) if style == "spread-modes" else [rng.choice(MODES)] * n
        return [P(ctx[i], a, U(0.5, 0.9), qs, modes[i]) for i in range(n)]
    if style == "two-modes":
        (a,) = _pick(rng, 1)
        m1, m2 = rng.sample(BASE_MODES, 2)
        return [P(ctx[0], a, U(0.38, 0.5), qs, m1), P(ctx[0], a, U(0.38, 0.48), qs, m2)]
    if style in ("close-pair", "close-pair-shared"):
        a, b = rng.choice(CLOSE_PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        m = rng.choice(MODES)
        if style == "close-pair":
            return [P(ctx[0], a, U(0.6, 0.95), qs, m), P(ctx[1], b, U(0.6, 0.95), qs, m)]
        return [P(ctx[0], a, U(0.4, 0.5), qs, m), P(ctx[0], b, U(0.4, 0.49), qs, m)]
    if style == "two-in-one":
        a, b = _pick(rng, 2)
        return [P(ctx[0], a, U(0.4, 0.5), qs, rng.choice(MODES)), P(ctx[0], b, U(0.4, 0.49), qs, rng.choice(MODES))]
    if style == "two-short-in-one":
        a, b = _pick(rng, 2, SHORT_REGISTERS, no_pair=False)
        return [P(ctx[0], a, U(0.4, 0.5), qs, rng.choice(SHORT_UNIT_MODES)),
                P(ctx[0], b, U(0.4, 0.49), qs, rng.choice(SHORT_UNIT_MODES))]
    if style == "partial-questions":
        (a,) = _pick(rng, 1)
        k = round(U(0.4, 0.6) * len(qs))
        sub = tuple(sorted(rng.sample(qs, k)))
        return [P(ctx[0], a, U(0.7, 1.0), sub, rng.choice(MODES))]
    if style == "habit-plus":
        (a,) = _pick(rng, 1)
        ra = U(0.6, 0.9)
        plants = [P(ctx[0], a, ra, qs, rng.choice(MODES))]
        nh = min(rng.randint(1, 3), len(ctx) - 1)
        plants += [_habit(c, U(0.4, 0.9), qs) for c in ctx[1:1 + nh]]
        if rng.random() < 0.5:
            plants.append(_habit(ctx[0], U(0.05, 0.95 - ra), qs))
        return plants
    if style == "leak":
        a, b = _pick(rng, 2, no_pair=False)
        plants = [P(ctx[0], a, U(0.6, 0.9), qs, rng.choice(MODES))]
        na = min(rng.randint(1, 3), len(ctx) - 1)
        plants += [P(c, a, U(0.005, 0.03), qs, rng.choice(MODES), True) for c in ctx[1:1 + na]]
        nb = min(rng.randint(1, 2), len(ctx) - 1)
        plants += [P(c, b, U(0.005, 0.03), qs, rng.choice(MODES), True) for c in rng.sample(ctx[1:], nb)]
        return plants
    if style == "composite":
        a = rng.choice([x for p in CLOSE_PAIRS for x in p])
        e = _PARTNER[a]
        rest = tuple(x for x in REGISTER_NAMES if x not in (a, e))
        b, c, d = _pick(rng, 3, rest)
        m1, m2 = rng.sample(BASE_MODES, 2)
        return [
            P(ctx[0], a, U(0.6, 0.9), qs, rng.choice(MODES)),
            P(ctx[1], b, U(0.5, 0.8), qs, m1), P(ctx[2], b, U(0.5, 0.8), qs, m2),
            P(ctx[3], c, U(0.47, 0.5), qs, rng.choice(MODES)), P(ctx[3], d, U(0.47, 0.5), qs, rng.choice(MODES)),
            _habit(ctx[4], U(0.5, 0.9), qs),
            P(ctx[5], e, U(0.6, 0.9), qs, rng.choice(MODES)),
            P(ctx[6], a, U(0.005, 0.03), qs, rng.choice(MODES), True), _habit(ctx[6], U(0.3, 0.6), qs),
        ]
    if style == "unequal-rates":
        bands = ((0.9, 1.0), (0.65, 0.8), (0.45, 0.55), (0.3, 0.4))
        n = rng.randint(3, min(4, len(ctx)))
        regs = _pick(rng, n, no_pair=False)
        return [P(ctx[i], regs[i], U(*bands[i]), qs, rng.choice(MODES)) for i in range(n)]
    if style == "triple":
        regs = _pick(rng, 3)
        return [P(ctx[0], r, U(0.27, 0.33), qs, rng.choice(MODES)) for r in regs]
    if style == "terse-wordy":
        a, b = _pick(rng, 2, no_pair=False)
        profiles[ctx[0]] = _draw_profile(rng, ctx[0], ((3, 4),), TERSE_LAYOUTS)
        profiles[ctx[1]] = _draw_profile(rng, ctx[1], ((6, 8),), WORDY_LAYOUTS)
        return [P(ctx[0], a, U(0.6, 0.9), qs, rng.choice(MODES)), P(ctx[1], b, U(0.6, 0.9), qs, rng.choice(MODES))]
    if style == "rate-gradient":
        (a,) = _pick(rng, 1)
        n = rng.randint(5, min(6, len(ctx)))
        hi, lo = U(0.85, 0.95), U(0.1, 0.2)
        m = rng.choice(MODES)
        return [P(ctx[i], a, hi - i * (hi - lo) / (n - 1), qs, m) for i in range(n)]
    if style == "split-questions":
        a, b = _pick(rng, 2, no_pair=False)
        order = rng.sample(qs, len(qs))
        half = len(qs) // 2
        qa, qb = tuple(sorted(order[:half])), tuple(sorted(order[half:]))
        return [P(ctx[0], a, U(0.7, 1.0), qa, rng.choice(MODES)), P(ctx[0], b, U(0.7, 1.0), qb, rng.choice(MODES))]
    if style == "many-registers":
        n = rng.randint(5, min(7, len(ctx)))
        regs = _pick(rng, n, no_pair=False)
        return [P(ctx[i], regs[i], U(0.65, 0.95), qs, rng.choice(MODES)) for i in range(n)]
    if style == "faint":
        (a,) = _pick(rng, 1)
        return [P(ctx[0], a, U(0.12, 0.3), qs, rng.choice(MODES))]
    if style == "stale-cache":
        a, b = _pick(rng, 2)
        k = round(U(0.5, 0.7) * len(qs))
        fresh = tuple(sorted(rng.sample(qs, k)))
        stale = tuple(q for q in qs if q not in fresh)
        mb = rng.choice(MODES)
        return [P(ctx[0], a, U(0.7, 0.95), fresh, rng.choice(MODES)), P(ctx[0], b, U(0.7, 0.95), stale, mb),
                P(ctx[1], b, U(0.6, 0.9), qs, mb)]
    if style == "fallback-model":
        f, a = _pick(rng, 2, no_pair=False)
        n = rng.randint(2, min(3, len(ctx) - 1))
        r = U(0.25, 0.4)
        m = rng.choice(MODES)
        return [*(P(ctx[i], f, r, qs, m) for i in range(n)), P(ctx[n], a, U(0.6, 0.9), qs, rng.choice(MODES))]
    if style == "prompt-stack":
        a, b = _pick(rng, 2, no_pair=False)
        ma = rng.choice(MODES)
        plants = [P(ctx[0], a, U(0.35, 0.45), qs, ma), P(ctx[0], b, U(0.4, 0.5), qs, rng.choice(MODES))]
        n = min(rng.randint(1, 2), len(ctx) - 1)
        return plants + [P(c, a, U(0.6, 0.9), qs, ma) for c in ctx[1:1 + n]]
    if style == "replica-drift":
        a, b, c = _pick(rng, 3)
        mc = rng.choice(MODES)
        return [P(ctx[0], a, U(0.5, 0.7), qs, rng.choice(MODES)), P(ctx[0], c, U(0.18, 0.28), qs, mc),
                P(ctx[1], b, U(0.5, 0.7), qs, rng.choice(MODES)), P(ctx[1], c, U(0.18, 0.28), qs, mc)]
    if style == "null":
        return []
    raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")


def _capacity_ok(plants: list[Plant], samples: int) -> bool:
    """No plant can run short of free answers, whatever the earlier plants of its context drew."""
    for i, p in enumerate(plants):
        need = quota(p.rate, len(p.questions) * samples)
        mine = set(p.questions)
        taken = 0
        for e in plants[:i]:
            if e.context == p.context:
                overlap = sum(1 for q in e.questions if q in mine) * samples
                taken += min(quota(e.rate, len(e.questions) * samples), overlap)
        if need > len(p.questions) * samples - taken:
            return False
    return True


def _planted_of(plants: list[Plant]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for p in plants:
        if p.leak or p.label.startswith("habit:"):
            continue
        labels = out.setdefault(p.context, [])
        if p.label not in labels:
            labels.append(p.label)
    return {c: "+".join(v) for c, v in out.items()}


def _planted_questions(plants: list[Plant], questions: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    qs: dict[str, set[str]] = {}
    for p in plants:
        if not p.leak and not p.label.startswith("habit:"):
            qs.setdefault(p.label, set()).update(p.questions)
    return {r: tuple(q for q in questions if q in s) for r, s in qs.items()}


def _coverage_ok(plan: Plan) -> bool:
    if plan.style in MAY_BE_UNDER_5:
        return True
    total = len(plan.questions) * len(plan.contexts) * plan.samples
    counts: Counter[str] = Counter()
    for p in plan.plants:
        counts[p.label] += quota(p.rate, len(p.questions) * plan.samples)
    planted = {r for v in _planted_of(plan.plants).values() for r in v.split("+")}
    return all(counts[r] >= 0.05 * total for r in planted)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan of (style, seed, size): the first attempt whose plants fit and cover what they promise."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    for attempt in range(1000):
        rng = random.Random(f"{PREFIX}|{style}|{seed}|{size}|plan|{attempt}")
        lo, hi = K_RANGES[style]
        k = rng.randint(lo, hi)
        q = _n_questions(size)
        samples = max(2, round(size / (q * k)))
        questions, topics, _words = question_topics(q)
        contexts = ("neutral", *rng.sample(CONTEXT_POOL[1:], k - 1))
        profiles = {c: _draw_profile(rng, c) for c in contexts}
        plants = _style_plants(style, rng, list(contexts[1:]), questions, profiles)
        plan = Plan(style=style, seed=seed, size=size, contexts=contexts, profiles=profiles, plants=plants,
                    questions=questions, topics=topics, samples=samples)
        if _capacity_ok(plants, samples) and _coverage_ok(plan):
            return plan
    raise RuntimeError(f"no feasible plan for {style!r} seed {seed} size {size}")


# ---------------------------------------------------------------------------------------------------- answers
def _decap(s: str) -> str:
    if s[:2] in ("I ", "I'") or not s:
        return s
    return s[0].lower() + s[1:]


def _at_clause(s: str, piece: str, before_comma: bool) -> str:
    """Insert piece after the sentence's first clause (at its first comma, else after its fourth word)."""
    i = s.find(", ")
    if i < 0:
        words = s.split(" ")
        i = len(" ".join(words[:4]))
        return s[:i] + (" " + piece if before_comma else ", " + piece + ",") + s[i:]
    if before_comma:
        return s[:i] + " " + piece + s[i:]
    return s[:i] + ", " + piece + "," + s[i + 1:]


def _wrap(s: str, text: str, wrapper: int, end: bool) -> str:
    o, c = ASIDE_WRAPPERS[wrapper]
    piece = o + text + c
    if end:
        return s[:-1] + " " + piece + s[-1]
    return _at_clause(s, piece, True)


def _dropout(cores: list[str], recs: list, seed: int) -> tuple[list[str], int]:
    split: dict[int, list[str]] = {}
    pos: list[tuple[int, int]] = []
    for j, (_d, mod) in enumerate(recs):
        if mod:
            continue
        w = cores[j].split(" ")
        split[j] = w
        qk = [k for k, x in enumerate(w) if '"' in x]
        lo, hi = (qk[0], qk[-1]) if qk else (-1, -1)
        pos += [(j, k) for k in range(1, len(w) - 1) if not lo <= k <= hi]
    if not pos:
        return cores, 0
    n = max(1, round(len(pos) * 5 / 64))
    drop = set(random.Random(f"dropout|{seed}").sample(pos, n))
    out = list(cores)
    for j, w in split.items():
        out[j] = " ".join(x for k, x in enumerate(w) if (j, k) not in drop)
    return out, n


def _layout(units: list[str], layout: str) -> str:
    n = len(units)
    if layout == "para":
        return " ".join(units)
    if layout in ("two-para", "three-para"):
        parts = 2 if layout == "two-para" else 3
        size = -(-n // parts)
        return "\n\n".join(" ".join(units[i:i + size]) for i in range(0, n, size))
    if layout == "lines":
        return "\n".join(units)
    if layout == "spaced-lines":
        return "\n\n".join(units)
    if layout == "bullets":
        return "\n".join("- " + u for u in units)
    if layout == "stars":
        return "\n".join("* " + u for u in units)
    if layout == "numbered":
        return "\n".join(f"{i}. {u}" for i, u in enumerate(units, 1))
    if layout == "lead-bullets":
        h = max(1, n // 3)
        rest = "\n".join("- " + u for u in units[h:])
        return " ".join(units[:h]) + ("\n" + rest if rest else "")
    if layout == "bullets-tail":
        t = max(1, n // 4)
        head = "\n".join("- " + u for u in units[:n - t])
        return (head + "\n\n" if head else "") + " ".join(units[n - t:])
    if layout == "paired-lines":
        return "\n".join(" ".join(units[i:i + 2]) for i in range(0, n, 2))
    raise ValueError(layout)


def _render(topic: str, recs: list, fill: tuple, drop_seed: int, layout: str, mat: dict | None,
            habit: tuple[str, str] | None) -> tuple[str, int]:
    """The text of an answer from its content records (draw, register changes or None) and its draws."""
    m = len(recs)
    (o_f, o_i), (h_f, h_i, h_p), (c_f, c_i, c_p), (a_f, a_i, a_w, a_p, a_end), (q_f, q_p), (s_f, s_i), \
        (cl_f, cl_i), (qu_f, qu_i), (d_f,), (e_f, e_p), (da_f, da_p), _relist = fill
    quote_j = int(q_p * m) if q_f else -1
    cores = []
    for j, (d, mod) in enumerate(recs):
        t, a, b, tone, thing = d
        if mod:
            tone = mod.get("tone", tone)
            thing = mod.get("thing", thing)
        if j == quote_j:
            a = f'"{a}"'
        cores.append(CONTENT_TEMPLATES[t].format(topic=topic, a=a, b=b, tone=tone, thing=thing))
    dropped = 0
    if d_f:
        cores, dropped = _dropout(cores, recs, drop_seed)
    hedge_j = int(h_p * m) if h_f else -1
    conn_j = 1 + int(c_p * (m - 1)) if c_f else -1
    aside_j = int(a_p * m) if a_f else -1
    units: list[str] = []
    for j, s in enumerate(cores):
        mod = recs[j][1]
        if mod:
            if "tail" in mod:
                s = s[:-1] + ", " + mod["tail"] + "."
            if "infix" in mod:
                s = _at_clause(s, mod["infix"], False)
            if "aside" in mod:
                s = _wrap(s, mod["aside"], mod["wrap"], mod["end"])
        if j == aside_j:
            s = _wrap(s, ASIDES[a_i], a_w, a_end)
        if j == hedge_j:
            s = HEDGES[h_i] + " " + _decap(s)
        if j == conn_j:
            s = CONNECTIVES[c_i] + " " + _decap(s)
        if mod:
            if "lead" in mod:
                s = mod["lead"] + " " + _decap(s)
            if "opener" in mod:
                s = mod["opener"] + " " + _decap(s)
            if "tag" in mod:
                s = mod["tag"] + " " + s
        units.append(s)
    body: list[str] = [OPENERS[o_i]] if o_f else []
    slots: dict[int, list[str]] = {}
    if mat:
        for u, line in mat["inserts"]:
            slots.setdefault(min(m, int(u * (m + 1))), []).append(line)
    for j in range(m):
        body += slots.get(j, ())
        body.append(units[j])
    body += slots.get(m, ())
    if s_f:
        body.append(SUMMARIES[s_i])
    if cl_f:
        body.append(CLOSERS[cl_i])
    if qu_f:
        body.append(QUESTIONS[qu_i])
    if da_f:
        cands = [j for j in range(len(body) - 1) if body[j].endswith(".")]
        if cands:
            j = cands[int(da_p * len(cands))]
            body[j] = body[j][:-1] + " — " + _decap(body[j + 1])
            del body[j + 1]
    if e_f:
        cands = [j for j in range(len(body) - 1) if body[j].endswith(".")]
        if not cands and body[-1].endswith("."):
            cands = [len(body) - 1]
        if cands:
            j = cands[int(e_p * len(cands))]
            body[j] = body[j][:-1] + "..."
    pre = list(mat["pre"]) if mat else []
    post = list(mat["post"]) if mat else []
    if habit:
        if habit[1] == "first":
            pre.insert(0, habit[0])
        else:
            post.append(habit[0])
    return "\n".join([*pre, _layout(body, layout), *post]), dropped


def _material(rng: random.Random, reg: Register, mode: str, n: int) -> dict:
    """Register material of one answer (drawn after everything else), for n content sentences."""
    mods: dict[int, dict] = {}
    inserts: list[tuple[float, str]] = []
    pre: list[str] = []
    post: list[str] = []
    if mode == "stock":
        for line in rng.sample(reg.stock, rng.randint(1, 2)):
            inserts.append((rng.random(), line))
    elif mode == "paraphrase":
        for tpl in rng.sample(reg.para, rng.randint(1, 2)):
            inserts.append((rng.random(), _expand(tpl, rng)))
    elif mode == "woven":
        for j in rng.sample(range(n), min(rng.randint(1, 2), n - 1)):
            mods[j] = {"lead": rng.choice(reg.lead)} if rng.random() < 0.5 else {"tail": rng.choice(reg.tail)}
    elif mode == "tone":
        for j in rng.sample(range(n), min(rng.randint(1, 3), n - 1)):
            mods[j] = {"tone": rng.choice(reg.tone)}
    elif mode == "single":
        inserts.append((rng.choice((0.0, 0.5, 1.0)), rng.choice(reg.single)))
    elif mode == "opener":
        mods[0] = {"opener": rng.choice(reg.opener)}
        if rng.random() < 0.5 and n > 2:
            mods[rng.randrange(1, n)] = {"opener": rng.choice(reg.opener)}
    elif mode == "aside":
        mods[rng.randrange(n)] = {"aside": rng.choice(reg.aside), "wrap": rng.randrange(len(ASIDE_WRAPPERS)),
                                  "end": rng.random() < 0.5}
    elif mode == "signature":
        which = rng.randrange(3)
        header, signoff = rng.choice(reg.header), rng.choice(reg.signoff)
        if which in (0, 2):
            pre.append(header)
        if which in (1, 2):
            post.append(signoff)
    elif mode == "tag":
        for j in rng.sample(range(n), min(rng.randint(1, 3), n - 1)):
            mods[j] = {"tag": rng.choice(reg.tag)}
    elif mode == "frame":
        for j in rng.sample(range(n), min(rng.randint(1, 2), n - 1)):
            mods[j] = {"thing": rng.choice(reg.frame)}
    elif mode == "bookend":
        first, last = rng.choice(reg.bookend)
        pre.append(first)
        post.append(last)
    elif mode == "infix":
        for j in rng.sample(range(n), min(rng.randint(1, 2), n - 1)):
            mods[j] = {"infix": rng.choice(reg.aside)}
    else:
        raise ValueError(mode)
    return {"mods": mods, "inserts": inserts, "pre": pre, "post": post}


_NT = len(CONTENT_TEMPLATES)


def _answer(key: str, topic: str, words: tuple[str, ...], prof: Profile, label: str, mode: str) -> tuple[str, dict]:
    """One answer's text and what the self-check needs to know about it."""
    rng = random.Random(key)
    u, r = rng.random, rng.randrange
    n = rng.randint(*prof.sentences)
    draws = [(r(_NT), *rng.sample(words, 2), rng.choice(NEUTRAL_TONES), rng.choice(NEUTRAL_THINGS))
             for _ in range(n + 2)]
    fr = FILLER_RATES
    fill = (
        (u() < fr["opener"], r(len(OPENERS))),
        (u() < fr["hedge"], r(len(HEDGES)), u()),
        (u() < fr["connective"], r(len(CONNECTIVES)), u()),
        (u() < fr["aside"], r(len(ASIDES)), r(len(ASIDE_WRAPPERS)), u(), u() < 0.5),
        (u() < fr["quote"], u()),
        (u() < fr["summary"], r(len(SUMMARIES))),
        (u() < fr["closer"], r(len(CLOSERS))),
        (u() < fr["question"], r(len(QUESTIONS))),
        (u() < fr["dropout"],),
        (u() < fr["ellipsis"], u()),
        (u() < fr["dash"], u()),
        (u() < fr["relist"],),
    )
    drop_seed = rng.getrandbits(32)
    x = u() * sum(w for _l, w in prof.layouts)
    layout = prof.layouts[-1][0]
    for name, w in prof.layouts:
        if x < w:
            layout = name
            break
        x -= w
    if fill[11][0]:
        layout = "numbered"
    recs = [(d, None) for d in draws[:n]]
    habit = (prof.habit, prof.habit_side) if label.startswith("habit:") else None
    text, dropped = _render(topic, recs, fill, drop_seed, layout, None, habit)
    twin_len = len(text)
    used_mode = ""
    if label in REGISTERS:
        used_mode = rng.choice(BASE_MODES) if mode == "mixed" else mode
        mat = _material(rng, REGISTERS[label], used_mode, n)
        recs = [(d, mat["mods"].get(j)) for j, d in enumerate(draws[:n])]
        spares = list(draws[n:])
        text, dropped = _render(topic, recs, fill, drop_seed, layout, mat, None)
        while True:
            diff = len(text) - twin_len
            if diff > 0:
                free = [j for j, (_d, mod) in enumerate(recs) if not mod]
                if len(recs) <= 2 or len(free) <= 1:
                    break
                trial = recs[:free[-1]] + recs[free[-1] + 1:]
            elif diff < 0 and spares:
                trial = [*recs, (spares[0], None)]
            else:
                break
            t2, d2 = _render(topic, trial, fill, drop_seed, layout, mat, None)
            if abs(len(t2) - twin_len) >= abs(diff):
                break
            if len(trial) > len(recs):
                spares.pop(0)
            recs, text, dropped = trial, t2, d2
    fired = {}
    names = FILLERS
    for i, f in enumerate(fill):
        if f[0]:
            fired[names[i]] = f
    quote_a = recs[int(fill[4][1] * len(recs))][0][1] if fill[4][0] else ""
    return text, {"mode": used_mode, "fired": fired, "dropped": dropped, "twin": twin_len, "quote": quote_a,
                  "layout": layout}


def _build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[int], list[dict]]:
    plan = plan_for(style, seed, size)
    base = f"{PREFIX}|{style}|{seed}|{size}"
    samples = plan.samples
    owner: dict[tuple[str, str, int], int] = {}
    for i, p in enumerate(plan.plants):
        elig = [(q, p.context, s) for q in p.questions for s in range(samples)]
        free = [x for x in elig if x not in owner]
        for x in random.Random(f"{base}|draw|{i}").sample(free, quota(p.rate, len(elig))):
            owner[x] = i
    _q, _t, words = question_topics(len(plan.questions))
    rows: list[tuple[str, str]] = []
    plant_of: list[int] = []
    infos: list[dict] = []
    for q, topic in zip(plan.questions, plan.topics, strict=True):
        for c in plan.contexts:
            prof = plan.profiles[c]
            for s in range(samples):
                i = owner.get((q, c, s), -1)
                label, mode = (plan.plants[i].label, plan.plants[i].mode) if i >= 0 else (PLAIN, "")
                text, info = _answer(f"{base}|answer|{q}|{c}|{s}", topic, words[q], prof, label, mode)
                rows.append((text, label))
                plant_of.append(i)
                infos.append(info)
    it = iter(rows)

    def respond(_q: str, _topic: str, _c: str) -> tuple[str, str]:
        return next(it)

    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=samples, baseline="neutral", planted=_planted_of(plan.plants),
                         planted_questions=_planted_questions(plan.plants, plan.questions),  # type: ignore[arg-type]
                         seed=seed)
    return corpus, plan, plant_of, infos


def make_corpus(style: str, seed: int = 0, size: int = 3000) -> PlantedCorpus:
    """A planted corpus of about `size` answers in the given style (one of GENERATORS)."""
    return _build(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict it is: register -> the questions it is planted on."""
    pq = corpus.planted_questions
    assert isinstance(pq, dict)
    return pq


# ---------------------------------------------------------------------------------------------------- self-check
def _check_registers() -> None:
    assert len(REGISTERS) == 20 and len(set(REGISTER_NAMES)) == 20
    kinds = Counter(r.kind for r in REGISTERS.values())
    assert kinds == {"drift": 13, "persona": 7}, kinds
    assert len(SHORT_REGISTERS) >= 4, SHORT_REGISTERS
    assert _derive_markers(tuple(REGISTERS.values())) == {n: r.markers for n, r in REGISTERS.items()}
    shared = "\n".join(shared_texts()).lower()
    shared_tokens = set(tokens(shared))
    assert len(CONTENT_TEMPLATES) == 14
    for t in CONTENT_TEMPLATES:
        assert "{a}" in t and "{tone}" in t and "like {thing}" in t and ", " in t, t
    for n, r in REGISTERS.items():
        assert n in (__doc__ or ""), n
        assert len(r.markers) >= 20, (n, len(r.markers), r.markers)
        assert not shared_tokens & set(r.markers)
        for m in r.markers:
            assert m not in shared, (n, m)
        marks = set(r.markers)
        lines = register_lines(r)
        for line in lines:
            assert marks & set(tokens(line)), (n, line)
            assert "_" not in line and not re.search(r"\d", line) and " — " not in line and "..." not in line, line
            assert line.isascii(), line
            for other, ro in REGISTERS.items():
                if other != n:
                    assert not set(ro.markers) & set(tokens(line)), (n, line, other)
        for pool in POOLS:
            assert len(getattr(r, pool)) >= 2, (n, pool)
        for t in r.tone:
            assert len(tokens(t)) <= 2 and t in t.lower(), t
        for tag in r.tag:
            assert 1 <= len(tag.split()) <= 3 and tag[0] in "[<", tag
        if r.short:
            units = [x for x in lines if x not in r.frame]
            share = sum(len(x.split()) <= 3 for x in units) / len(units)
            assert share >= 0.75, (n, share)
    assert len(CLOSE_PAIRS) == 8
    seen: set[str] = set()
    for a, b in CLOSE_PAIRS:
        ra, rb = REGISTERS[a], REGISTERS[b]
        assert ra.domain == rb.domain and ra.kind == rb.kind, (a, b)
        assert not set(ra.markers) & set(rb.markers)
        assert a not in seen and b not in seen
        seen |= {a, b}
    assert len(STYLES) == 36 and len(set(GENERATORS)) == 37 and len(MODES) == 13
    assert len(CONTEXT_POOL) == 20 and CONTEXT_POOL[0] == "neutral" and set(HABITS) == set(CONTEXT_POOL[1:])
    habit_lines = [h for h, _s in HABITS.values()]
    assert len(set(habit_lines)) == len(habit_lines)
    pools = [*CONTENT_TEMPLATES, *NEUTRAL_THINGS, *OPENERS, *SUMMARIES, *CLOSERS, *QUESTIONS]
    for h, side in HABITS.values():
        assert side in ("first", "last")
        assert not any(h in p for p in pools), h
        assert not any(h in line for r in REGISTERS.values() for line in register_lines(r)), h
        assert not set(tokens(h)) & set(MARKER_OWNER)
    for p in pools:
        assert " — " not in p and "..." not in p


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for t, r, c in zip(corpus.texts, corpus.registers, corpus.context_ids, strict=True):
        h.update(f"{t}\x00{r}\x00{c}\x01".encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()[:16]


def _sd_ok(x: int, n: int, p: float) -> bool:
    return n == 0 or abs(x - n * p) <= 5 * math.sqrt(n * p * (1 - p)) + 1e-9


_NUMBERED = re.compile(r"(?m)^1\. ")


def _check_corpus(style: str, seed: int, size: int) -> tuple[str, PlantedCorpus]:
    corpus, plan, plant_of, infos = _build(style, seed, size)
    where = f"{style}/{seed}/{size}"
    n = corpus.n
    assert abs(n - size) <= 0.15 * size, (where, n)
    assert n == len(plan.questions) * len(plan.contexts) * plan.samples
    assert plan_for(style, seed, size) == plan
    assert corpus.baseline == "neutral" and corpus.contexts[0] == "neutral"
    assert corpus.contexts == plan.contexts and len(set(plan.contexts)) == len(plan.contexts)
    lo, hi = K_RANGES[style]
    assert lo <= len(plan.contexts) <= hi
    # rows in question, context, sample order
    k = 0
    for q in plan.questions:
        for c in plan.contexts:
            for s in range(plan.samples):
                assert (corpus.question_ids[k], corpus.context_ids[k], corpus.samples[k]) == (q, c, s)
                k += 1
    # labels and counts
    valid = {PLAIN, *REGISTER_NAMES}
    per_plant = Counter(plant_of)
    for i, p in enumerate(plan.plants):
        assert p.context != "neutral" and p.context in plan.contexts
        assert per_plant[i] == quota(p.rate, len(p.questions) * plan.samples), (where, i, p)
        assert p.mode in MODES or (p.mode == "habit" and p.label == f"habit:{p.context}")
    assert _capacity_ok(plan.plants, plan.samples)
    want_cells: Counter[tuple[str, str]] = Counter()
    for p in plan.plants:
        want_cells[(p.context, p.label)] += quota(p.rate, len(p.questions) * plan.samples)
    got_cells: Counter[tuple[str, str]] = Counter()
    for i, (c, lab, q) in enumerate(zip(corpus.context_ids, corpus.registers, corpus.question_ids, strict=True)):
        assert lab in valid or lab == f"habit:{c}", (where, lab, c)
        j = plant_of[i]
        assert lab == (plan.plants[j].label if j >= 0 else PLAIN)
        if j >= 0:
            assert plan.plants[j].context == c and q in plan.plants[j].questions
        if c == "neutral":
            assert lab == PLAIN
        if lab != PLAIN:
            got_cells[(c, lab)] += 1
    assert got_cells == +want_cells, (where, got_cells, want_cells)
    assert dict(corpus.planted) == _planted_of(plan.plants)
    assert planted_questions_of(corpus) == _planted_questions(plan.plants, plan.questions)
    counts = Counter(corpus.registers)
    if style not in MAY_BE_UNDER_5:
        for v in corpus.planted.values():
            for r in v.split("+"):
                assert counts[r] >= 0.05 * n, (where, r, counts[r], n)
    if style == "null":
        assert set(corpus.registers) == {PLAIN} and not plan.plants
    # marker hygiene and habit lines
    habit_re = re.compile("|".join(re.escape(h) for h, _s in HABITS.values()))
    for i, (text, lab, c) in enumerate(zip(corpus.texts, corpus.registers, corpus.context_ids, strict=True)):
        owners = {MARKER_OWNER[t] for t in tokens(text) if t in MARKER_OWNER}
        if lab in REGISTERS:
            assert owners == {lab}, (where, lab, owners, text)
        else:
            assert not owners, (where, lab, owners, text)
        lines = text.split("\n")
        if lab.startswith("habit:"):
            h, side = HABITS[c]
            assert (lines[0] if side == "first" else lines[-1]) == h, (where, text)
            assert text.count(h) == 1 and len(habit_re.findall(text)) == 1
        else:
            assert not habit_re.search(text), (where, lab, text)
        info = infos[i]
        if lab in REGISTERS:
            assert info["mode"] in BASE_MODES
        # filler decisions realised
        fired = info["fired"]
        low = text.lower()
        for name, f in fired.items():
            if name == "opener":
                ok = OPENERS[f[1]][:-1] in text
            elif name == "hedge":
                ok = HEDGES[f[1]][1:] + " " in text
            elif name == "connective":
                ok = CONNECTIVES[f[1]][1:] in text
            elif name == "aside":
                o, cl = ASIDE_WRAPPERS[f[2]]
                ok = o + ASIDES[f[1]] + cl in text
            elif name == "quote":
                ok = f'"{info["quote"]}"'.lower() in low
            elif name in ("summary", "closer", "question"):
                pool = {"summary": SUMMARIES, "closer": CLOSERS, "question": QUESTIONS}[name]
                ok = pool[f[1]][1:-1] in text
            elif name == "dropout":
                ok = info["dropped"] >= 1
            elif name == "ellipsis":
                ok = "..." in text
            elif name == "dash":
                ok = " — " in text
            else:
                ok = info["layout"] == "numbered" and bool(_NUMBERED.search(text))
            assert ok, (where, name, f, text)
        if "ellipsis" not in fired:
            assert "..." not in text
        if "dash" not in fired:
            assert " — " not in text
    # filler rates equal across contexts and answer kinds
    groups: dict[str, list[int]] = defaultdict(list)
    for i, (lab, c) in enumerate(zip(corpus.registers, corpus.context_ids, strict=True)):
        kind = "register" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else "plain")
        groups["ctx:" + c].append(i)
        groups["kind:" + kind].append(i)
    for name, p in FILLER_RATES.items():
        for g, idx in groups.items():
            x = sum(1 for i in idx if name in infos[i]["fired"])
            assert _sd_ok(x, len(idx), p), (where, name, g, x, len(idx))
    # length ratios
    lens = [len(t) for t in corpus.texts]
    for r in REGISTER_NAMES:
        idx = [i for i, lab in enumerate(corpus.registers) if lab == r]
        if len(idx) < 20:
            continue
        mean_r = sum(lens[i] for i in idx) / len(idx)
        ratio = mean_r / (sum(infos[i]["twin"] for i in idx) / len(idx))
        assert 0.8 <= ratio <= 1.25, (where, r, "twin", ratio)
        ctxs = {corpus.context_ids[i] for i in idx}
        same = [i for i, (lab, c) in enumerate(zip(corpus.registers, corpus.context_ids, strict=True))
                if c in ctxs and lab != r]
        if len(same) >= 40 and len(idx) >= 40:
            ratio = mean_r / (sum(lens[i] for i in same) / len(same))
            assert 0.8 <= ratio <= 1.25, (where, r, "same contexts", ratio)
        if style != "terse-wordy":
            rest = [lens[i] for i, lab in enumerate(corpus.registers) if lab != r]
            ratio = mean_r / (sum(rest) / len(rest))
            assert 0.8 <= ratio <= 1.25, (where, r, "corpus", ratio)
    return _digest(corpus), corpus


_DIGEST_SET = tuple((g, 0, size) for size in (300, 3000) for g in GENERATORS)


def _digests() -> dict[str, str]:
    return {f"{g}|{s}|{z}": _digest(make_corpus(g, s, z)) for g, s, z in _DIGEST_SET}


def main(argv: list[str]) -> int:
    if argv[:1] == ["--digest"]:
        for k, v in _digests().items():
            print(k, v)
        return 0
    sizes = (300, 3000, 20000)
    styles = GENERATORS
    if "--sizes" in argv:
        sizes = tuple(int(x) for x in argv[argv.index("--sizes") + 1].split(","))
    if "--styles" in argv:
        styles = tuple(argv[argv.index("--styles") + 1].split(","))
    t0 = time.time()
    _check_registers()
    print(f"registers ok: {len(REGISTERS)} ({', '.join(f'{n}:{len(r.markers)}' for n, r in REGISTERS.items())})")
    first: dict[str, str] = {}
    for style in styles:
        ts = time.time()
        for seed in (0, 1):
            for size in sizes:
                digest, corpus = _check_corpus(style, seed, size)
                first[f"{style}|{seed}|{size}"] = digest
        print(f"{style:18s} ok  {time.time() - ts:5.1f}s  planted={dict(corpus.planted)}")
    again = {k: _digest(make_corpus(*k.split("|")[:1], int(k.split("|")[1]), int(k.split("|")[2])))
             for k in first if int(k.split("|")[2]) <= 3000}
    assert all(first[k] == v for k, v in again.items()), "not deterministic in process"
    if styles == GENERATORS:
        ref = _digests()
        for hs in ("0", "4242"):
            env = {**os.environ, "PYTHONHASHSEED": hs}
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digest"], env=env,
                                 capture_output=True, text=True, check=True).stdout
            got = dict(line.split() for line in out.splitlines() if line.strip())
            assert got == ref, f"digests differ under PYTHONHASHSEED={hs}"
            print(f"PYTHONHASHSEED={hs}: {len(got)} digests equal")
    print(f"checked {len(first)} corpora in {time.time() - t0:.1f}s")
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
