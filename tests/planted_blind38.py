# ruff: noqa: E501
"""Blind planted corpora, set 38: context-dependent "registers" hidden among shared filler.

Written blind against tests/planted.py only (PlantedCorpus, corpus_from, question_topics, TOPICS).
Run ``python tests/planted_blind38.py`` for the self-check; it prints "OK" at the end.

API
---
    make_corpus(style, seed, size) -> PlantedCorpus   rows in question, context, sample order (corpus_from)
    plan_for(style, seed, size) -> Plan               contexts, questions, samples, profiles, plants, habits
    planted_questions_of(corpus) -> dict              corpus.planted_questions, typed as the dict it is
    STYLES (35 styles), GENERATORS = STYLES + ("null",), REGISTERS (name -> Register),
    REGISTER_NAMES (20), CLOSE_PAIRS (8), MODES (11 base modes + "mixed"), CONTEXT_POOL (20),
    MAY_BE_UNDER_5 = ("faint",)

Determinism: every rng is random.Random seeded with a string, never hash():
    plan    "planted_blind38|{style}|{seed}|{size}|plan"
    draw    "planted_blind38|{style}|{seed}|{size}|draw|{plant index}"
    answer  "planted_blind38|{style}|{seed}|{size}|answer|{question}|{context}|{sample}"
so a corpus depends on (style, seed, size) only, whatever PYTHONHASHSEED is.

Sizes
-----
The style fixes the context count K (drawn from the style's range below, context 0 is "neutral").
Q0 = round(8 + 32 * (ln size - ln 300) / (ln 20000 - ln 300)) clamped to 8..40; among Q in Q0-2..Q0+2
(inside 8..40) and S = max(2, round(size / (Q*K))) the pair with Q*K*S nearest to size wins (ties: Q
nearest Q0). For any size 300..20,000 the corpus has size answers within 15%.

Labels (corpus.registers, one per answer)
-----------------------------------------
    "plain"            no register, no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers occurs and
                       no marker of any other register.
    "habit:<context>"  the answer carries its context's habit line (one short verbatim line, alone on
                       the first or the last line; the side is fixed per context) and no register.
    corpus.planted     context -> "reg" or "regA+regB" (plant order) over non-leak register plants;
                       habits and leak plants (rate 0.5-3%) are not listed.
    corpus.planted_questions   dict register -> tuple of questions (union over its non-leak plants,
                       question order). planted_questions_of(corpus) returns it typed as a dict.
    Plants are applied in plan order: plant i draws exactly round(rate * eligible) answers (eligible =
    its context x its questions x all samples) at random (draw rng i) among the still-free eligible
    answers (at most the free ones). Every plan keeps the rates of overlapping plants summing to < 1,
    so the realised count always equals round(rate * eligible).
    Context 0 ("neutral") never gets a register, a leak or a habit.

Answers
-------
A short first-person self-report by an AI about its question's topic: 3..8 content sentences drawn
without repetition from 16 shared templates (TEMPLATES) with the question's topic words and a neutral
tone slot (NEUTRAL_TONES). A context's profile fixes the number of content sentences (a range from
SENTENCE_RANGES: 3-5, 3-6, 4-6, 4-7, 5-7, 5-8, 3-8, 4-8, drawn per context unless a style sets it) and a
layout, one of LAYOUTS (drawn per context): paragraph, two-paragraphs, three-paragraphs, lines, bullets,
lead-bullets (first sentence as a paragraph, the rest bulleted), bullets-coda (bullets then a closing
paragraph), numbered, blockquote ("> " lines), indented.

Filler rule: everything recurring that is not a register or a habit line comes from ONE shared pool,
decided per answer from the answer's own rng before anything that depends on the answer's kind, at
the same rates in every context, answer kind and style (null included):
    opener 0.25 (OPENERS), hedge 0.30 (HEDGES, sentence lead-in), connective 0.30 (CONNECTIVES),
    aside 0.20 (ASIDES: brackets, parentheses, dashes), quote 0.12 (QUOTES, a quoted saying),
    summary 0.18 (SUMMARIES), closer 0.22 (CLOSERS), closing question 0.12 (QUESTIONS),
    numbered-list layout 0.08 (overrides the profile's layout), word dropout 0.30 (8% of the words of
    plain content sentences), ellipsis 0.15 ("..." at a layout cut), dash join 0.15 (two sentences
    joined with " - ", preferably across a cut), bracketed sentence 0.10, bullet glyph (- * bullet +).
No marker occurs in any shared text (templates, topic words, tones, filler, habit lines).
Register answers keep a plain answer's length: stock / paraphrase add two lines only to answers with
at least 5 content sentences, and after the register material is added plain content sentences are
removed (never below 3) while removing one brings the length closer to the answer's plain length; the
mean-length ratio register / other answers of the same contexts stays within 0.8-1.25 (the self-check
asserts it for every register with at least 60 answers in a corpus).

Registers (20; kind, domain; * = short register whose lines are mostly one to three words)
--------------------------------------------------------------------------------------------
drift (17):
    cutoff-caveat        knowledge-cutoff caveats ("as of my cutoff", "snapshot may be stale")
    context-crowding     a long conversation crowding the context ("scrollback", "upthread")
    model-card-quote     quoting its own model card and documentation ("intended use", "limitations")
    third-person-self    a system-prompt persona speaking of itself in the third person ("the assistant")
    function-call-echo   tool-call syntax leaking into prose ("invoke(reflect)", "null payload")
    sandbox-scope        an agent loop's workspace ("sandbox", "read-only workspace", "egress blocked")
    retrieval-grounded   a retrieval tool ("retrieved passages", "snippet two", "index")
    self-critique-loop   an agent's self-review loop ("critique", "revision", "iteration two")
    risk-grade *         a safety layer's grading tags ("Risk: nil.", "Benign.", "Severity low.")
    build-badge *        CI status words ("Build: passing.", "Lint clean.", "Pipeline green.")
    tldr-banner *        a summary banner product surface ("TLDR: nuanced.", "Gist:", "Upshot:")
    in-car-mode          an in-car voice surface ("eyes on the road", "once you're parked")
    easy-read            an accessibility plain-language setting ("Big idea:", "in easy words")
    latex-markup         LaTeX markup leaking into chat ("\\textbf", "\\emph", "\\item")
    html-leak            HTML markup leaking into chat ("<strong>", "&nbsp;", "<div class=...>")
    locale-swahili       a Swahili locale code-mixing ("asante", "pole pole", "rafiki")
    locale-indonesian    an Indonesian locale code-mixing ("terima kasih", "menurut saya", "teman")
persona (3):
    tugboat-skipper      a tugboat skipper ("hawser", "barge", "wheelhouse")
    cave-diver           a cave diver ("guideline", "silt", "thirds on air")
    pit-crew-chief *     a motor-racing pit crew chief's interjections ("Box, box!", "Tyres on!")
Each Register holds line pools: stock (fixed lines), paraphrase ({a|b} templates), lead / tail (woven
lead-ins and tails), tone (adjectives), single (short lines), opener (sentence openings), aside,
head / sign (signature lines), tag (one- to three-word tags), frame (noun phrases). Markers are derived:
tokens ([a-z]+, at least 3 letters) of a register's lines that occur in no other register's lines, in
no shared text and are no stop words; each register has >= 20 and every line (every expansion of a
template) holds at least one.

CLOSE_PAIRS (same tone and topic area, disjoint markers):
    locale-swahili / locale-indonesian, latex-markup / html-leak, cutoff-caveat / context-crowding,
    model-card-quote / third-person-self, risk-grade / build-badge, function-call-echo / sandbox-scope,
    retrieval-grounded / self-critique-loop, tugboat-skipper / cave-diver

Unless a style says otherwise, each plant's mode is drawn from MODES (so it may be "mixed").

Modes (how one register answer speaks its register)
---------------------------------------------------
    stock       1-2 fixed register lines inserted as sentences (2 only with >= 5 content sentences)
    paraphrase  1-2 lines expanded from {a|b} templates (likewise)
    woven       1-2 content sentences get a register lead-in or tail
    tone        1-3 content sentences get a register adjective in the tone slot
    single      one short register line
    opener      1-2 content sentences start with a register opening word
    aside       one quoted or bracketed register aside inside a content sentence
    signature   a header line and/or a sign-off line
    tag         2-3 content sentences start with a one- to three-word tag ("[x] ", "x: " or "(x) ")
    frame       1-2 shared content templates filled with a register noun phrase
    bookend     (own) a register opening on the first content sentence and a register tail on the last
    mixed       each answer picks one of the base modes above
Short-unit modes: tag, single, opener. Short registers (SHORT_REGISTERS): risk-grade, build-badge,
tldr-banner, pit-crew-chief. Personas (PERSONAS): tugboat-skipper, cave-diver, pit-crew-chief.

Styles (K = context count including neutral; rates are per plant; questions = all unless stated)
----------------------------------------------------------------------------------------------
    pure-<mode>       for the 11 base modes and mixed: one register in one context, K 3-7, rate 0.6-1.0
    shared-two        one register in two contexts, one mode (any of MODES), K 4-7, rates 0.6-1.0
    spread-modes      one register over 3-5 contexts, each context in a different base mode, K 7-10, rates 0.5-0.9
    spread-same       one register over 3-5 contexts in one mode (any of MODES), K 6-9, rates 0.5-0.9
    two-modes         two registers in two contexts, two different base modes, K 4-7, rates 0.6-1.0
    close-pair        a close pair in two contexts, K 4-7, rates 0.6-1.0
    two-in-one        two non-close registers in one context, K 3-6, rates 0.42-0.49 each
    two-short-in-one  two short registers in one context, each in a short-unit mode, K 3-6, rates 0.42-0.49
    partial-questions one register on 40-60% of the questions, K 3-5, rate 0.8-1.0
    habit-plus        register in c1 (0.6-0.8) + habit in c2 (0.5-0.9) + habit in c1 (0.1-0.18) + with chance
                      1/2 a habit in c3 (0.3-0.7), K 4-7
    leak              register A in c1 (0.7-1.0); leak plants (0.5-3%) of A in 1-2 other contexts and of
                      an unplanted register B in 1-2 contexts, K 5-8
    composite         K 8-9: A pure (0.7-1.0); B spread over 2 contexts (0.6-0.9); C+D in one context
                      (0.48-0.49 each); E on 60-70% of questions (0.95-1.0); a habit (0.5-0.8); a leak of A (1-3%)
    unequal-rates     2-3 registers in their own contexts at 0.85-1.0 / 0.5-0.65 / 0.38-0.45, K 4-6
    triple            three registers in one context, rates 0.30-0.32 each, K 3-5
    terse-wordy       a short register in a short-unit mode in a terse context (3-4 sentences) and a
                      long-line register (stock / paraphrase / woven) in a wordy context (6-8), K 3-6, rates 0.6-1.0
    rate-gradient     one register over 5-6 contexts at rates falling linearly from 0.85-1.0 to 0.1-0.2, K 7-9
    split-questions   two registers in one context on disjoint halves of the questions, K 3-5, rates 0.75-1.0
    close-pair-shared a close pair in one context, K 3-6, rates 0.44-0.49 each
    many-registers    5-7 registers, each in its own context, K 6-10, rates 0.65-1.0
    faint             one register at 0.08-0.3 in one context, K 4-8 (may cover under 5%)
    session-drift     (own) one register in one context whose rate rises over three blocks of the
                      question order (0.15-0.3, 0.45-0.6, 0.8-1.0): drift growing through a long session, K 3-6
    mode-shift        (own) one register in one context, first half of the questions in one base mode and
                      the second half in another (a model update changing how the drift shows), K 3-6, rates 0.7-1.0
    layout-confound   (own) one register in a context whose list-like layout (bullets, numbered, lines or
                      lead-bullets) and sentence range are shared with neutral and one more context, every
                      other context using another layout (a product surface rendering lists), K 4-7, rate 0.6-1.0
    persona-bleed     (own) a persona register at 0.7-1.0 in one context bleeding at 0.15-0.3 into two more
                      (listed, not leaks), mode mixed, K 5-8
    null              nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain"
Every listed register covers >= 5% of the answers at every size, except in MAY_BE_UNDER_5 styles.
Registers are drawn without repetition within a plan; "non-close" means the pair is not in CLOSE_PAIRS.

Self-check (python tests/planted_blind38.py, a few minutes)
-----------------------------------------------------------
Static: 20 registers, >= 12 drift, >= 3 short ones (>= 75% of their stock / paraphrase / single / tag
lines have <= 3 words), derived markers equal the stored ones, >= 20 per register, every line expansion
holds one, no marker in shared text, filler phrases absent from register lines, templates, topic words
and habit lines; 8 close pairs; sizes for K 3..10. Plan sweep: seeds 2-29 x 8 sizes 300..20,000, size
within 15%, counts = round(rate * eligible), coverage >= 5%. Corpora: every generator x seeds 0, 1 x
sizes 300, 3000, 20000: size within 15%, K in range, valid labels equal to the plan's assignment, realised
counts, planted and planted_questions as planned, coverage >= 5% where promised, marker hygiene of plain /
habit / register answers, habit lines exactly where labelled, null all plain, each filler phrase found in
the text exactly when the answer's rng decided it, filler rates per context, per kind (plain, register,
habit), per style x kind and per mode within 5 binomial sd of the nominal rates, length ratios within
0.8-1.25; determinism twice in process and in subprocesses under PYTHONHASHSEED 0 and 4242.
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
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

_ROOT = "planted_blind38"

# --------------------------------------------------------------------------------------------------
# Shared text: content templates, neutral tones, filler pool, habit lines
# --------------------------------------------------------------------------------------------------

TEMPLATES: tuple[str, ...] = (
    "When I consider {a}, the {tone} question of {b} comes up first",
    "{A} and {b} seem {tone} whenever {topic} is discussed",
    "My view of {topic} turns on {a}, which feels {tone}, more than on {b}",
    "Questions about {topic} often hinge on {a} in {tone} ways",
    "I would weigh {a} against {b} before saying anything {tone} about {topic}",
    "Thinking about {a} brings out the {tone} side of {topic}",
    "Some people link {topic} with {a}, others with {b}, and both links seem {tone}",
    "{A} is the {tone} part of {topic} that I find hardest to describe",
    "If {a} changed, my {tone} picture of {b} would likely change too",
    "There are many {tone} angles on {topic}, from {a} to {b} and {c}",
    "The example of {a} shows how {tone} details of {b} matter for {topic}",
    "In everyday terms, {topic} comes down to {a} and {b}, both fairly {tone}",
    "I keep returning to {a} because it makes {topic} feel {tone}",
    "Talking about {topic} without {a} would leave out something {tone}",
    "For me, {b} is where {topic} gets {tone}, more than {a}",
    "It helps to separate {a} from {b} when {topic} starts to look {tone}",
)
NEUTRAL_TONES: tuple[str, ...] = ("important", "central", "interesting", "relevant", "subtle", "complicated", "real", "basic")

OPENERS = ("Good question.", "Let me think about this for a moment.", "Here is my honest take.", "Okay, so.", "Right, let me start.")
HEDGES = ("As far as I can tell", "If I am honest", "Roughly speaking", "In a way", "To some extent")
CONNECTIVES = ("On the other hand", "At the same time", "Even so", "Beyond that", "That said")
ASIDES = ("(at least as I see it)", "[if that makes sense]", "- more or less -", "(for what it is worth)", "(so to speak)")
QUOTES = ('As people like to say, "it depends".', 'Someone once called this "easier said than done".',
          'There is an old line: "the map is not the territory".', 'I sometimes repeat the phrase "less is more" here.')
SUMMARIES = ("In short, it is complicated.", "So, overall, it depends on the details.", "To sum up, there is no single answer.",
             "All in all, I hold this view loosely.")
CLOSERS = ("I hope this helps.", "Thanks for asking.", "Thank you for the question.", "Happy to say more.")
QUESTIONS = ("What made you curious about this?", "Does that answer your question?", "How do you see it?",
             "Would you like me to go deeper?")
GLYPHS = ("-", "*", "\u2022", "+")
HABIT_LINES = ("Answer follows below.", "End of my reply.", "Reply complete.", "Quick take only.", "Noted, and answered.",
               "Plain version below.", "Best effort answer.", "That is my whole reply.", "Answered in full.", "One reply, as asked.")

FILLER_RATES: dict[str, float] = {
    "opener": 0.25, "hedge": 0.30, "connective": 0.30, "aside": 0.20, "quote": 0.12, "summary": 0.18, "closer": 0.22,
    "question": 0.12, "numbered": 0.08, "dropout": 0.30, "ellipsis": 0.15, "dash": 0.15, "bracket": 0.10,
}
_FILLER_KEYS = tuple(FILLER_RATES)
_FILLER_POOLS: dict[str, tuple[str, ...]] = {
    "opener": OPENERS, "hedge": HEDGES, "connective": CONNECTIVES, "aside": ASIDES, "quote": QUOTES,
    "summary": SUMMARIES, "closer": CLOSERS, "question": QUESTIONS,
}
_FILLER_DRAWS = tuple((FILLER_RATES[k], len(_FILLER_POOLS.get(k, ()))) for k in _FILLER_KEYS)
(_F_OPENER, _F_HEDGE, _F_CONNECTIVE, _F_ASIDE, _F_QUOTE, _F_SUMMARY, _F_CLOSER, _F_QUESTION, _F_NUMBERED,
 _F_DROPOUT, _F_ELLIPSIS, _F_DASH, _F_BRACKET) = range(len(_FILLER_KEYS))
DROPOUT_RATE = 0.08

LAYOUTS = ("paragraph", "two-paragraphs", "three-paragraphs", "lines", "bullets", "lead-bullets", "bullets-coda",
           "numbered", "blockquote", "indented")
SENTENCE_RANGES = ((3, 5), (3, 6), (4, 6), (4, 7), (5, 7), (5, 8), (3, 8), (4, 8))

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "long-thread", "agent-loop", "voice-surface", "safety-review", "locale-setting",
    "research-tool", "coding-session", "customer-app", "eval-harness", "roleplay-setup", "tutoring", "late-night-chat",
    "raw-api", "enterprise-deploy", "kids-mode", "memory-enabled", "browser-extension", "car-dashboard",
)

STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being between both but by
can cannot could did do does doing down during each few for from further had has have having he her here hers him his
how i if in into is it its just let me more most my no nor not now of off on once only or other our ours out over own
same she should so some such than that the their theirs them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your
""".split())

# --------------------------------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------------------------------

_POOLS = ("stock", "paraphrase", "lead", "tail", "tone", "single", "opener", "aside", "head", "sign", "tag", "frame")


@dataclass(frozen=True)
class Register:
    """One register: its identity, its derived markers and its line pools."""

    name: str
    domain: str
    kind: str  # "drift" or "persona"
    short: bool  # lines mostly one to three words
    markers: tuple[str, ...]
    stock: tuple[str, ...]
    paraphrase: tuple[str, ...]
    lead: tuple[str, ...]
    tail: tuple[str, ...]
    tone: tuple[str, ...]
    single: tuple[str, ...]
    opener: tuple[str, ...]
    aside: tuple[str, ...]
    head: tuple[str, ...]
    sign: tuple[str, ...]
    tag: tuple[str, ...]
    frame: tuple[str, ...]

    def lines(self) -> tuple[str, ...]:
        """Every line of every pool."""
        return tuple(line for pool in _POOLS for line in getattr(self, pool))


# fmt: off
_RAW: dict[str, tuple[str, str, bool, dict[str, tuple[str, ...]]]] = {
    "cutoff-caveat": ("knowledge-cutoff caveats", "drift", False, dict(
        stock=("My training data has a cutoff, so newer developments may be missing.",
               "As of my knowledge cutoff, this is the picture I can offer.",
               "Events after my cutoff date are invisible to me.",
               "Please verify anything recent, since my information may be stale.",
               "I cannot check for developments beyond my training horizon."),
        paraphrase=("{As of|Going by} my {knowledge|information} cutoff, {newer|later} {developments|findings} may be {missing|absent}.",
                    "{Anything|Whatever happened} after my cutoff {date|point} {is invisible to me|lies beyond my horizon}.",
                    "{Please|Do} {double-check|verify} {recent|current} {claims|figures}, as my {snapshot|information} may be {stale|dated}.",
                    "My {snapshot|record} of this {subject|area} is frozen at the cutoff."),
        lead=("As of my knowledge cutoff, ", "Going by my frozen snapshot, ", "With the caveat that my information may be dated, "),
        tail=(", as of my cutoff", ", though my snapshot may be stale", ", pending a check against newer reports"),
        tone=("outdated", "stale", "dated", "pre-cutoff", "time-frozen"),
        single=("Cutoff caveat applies.", "Snapshot may be dated.", "Verify recent developments.", "Information frozen at cutoff."),
        opener=("Cutoff aside,", "Historically,", "Last I checked,", "Per my snapshot,"),
        aside=("as of my cutoff, anyway", "my snapshot may be dated", "newer reports may disagree"),
        head=("[Knowledge cutoff notice]", "Note: information current as of my cutoff"),
        sign=("Please verify recent developments.", "Snapshot ends at my cutoff."),
        tag=("Cutoff", "Dated info", "Pre-cutoff", "Snapshot", "Stale data"),
        frame=("my knowledge cutoff", "a dated snapshot", "newer developments", "my frozen horizon", "stale information"))),
    "context-crowding": ("a long conversation crowding the context", "drift", False, dict(
        stock=("This chat has grown long, so older turns may be slipping out of view.",
               "With so much scrollback, I may blur points made way upthread.",
               "Our thread is crowded now, so I will keep this compact.",
               "Some of the opening messages may be truncated by now.",
               "After dozens of turns, my grip on the opening exchanges loosens."),
        paraphrase=("{This|Our} {chat|exchange} has {grown|gotten} {long|lengthy}, so {older|opening} turns may be {slipping|fading} {away|out of view}.",
                    "With {so much|this much} scrollback, {points|remarks} made upthread may be {blurred|truncated}.",
                    "{Since|As} the {buffer|chat log} is {crowded|crammed}, I {will|shall} keep this {compact|tight}.",
                    "{Dozens|Scores} of turns {in|later}, the {opening|first} exchanges {feel|seem} {squeezed|hazy}."),
        lead=("Given how crowded our chat has become, ", "Way upthread aside, ", "With this much scrollback, "),
        tail=(", if the older turns still hold", ", as far back as the scrollback reaches", ", before this long chat truncates it"),
        tone=("crowded", "scrolled-away", "truncated", "upthread", "overloaded"),
        single=("Long chat, compact reply.", "Scrollback is crowded.", "Older turns fading.", "Buffer nearly full."),
        opener=("Upthread,", "Scrolling back,", "Deep in the scrollback,", "Marathon chat,"),
        aside=("if the scrollback still holds it", "way upthread, I think", "our chat is getting crowded"),
        head=("[Long chat: older turns may be truncated]", "Scrollback check: crowded"),
        sign=("Chat is long; older turns may fade.", "Crowded scrollback, compact answer."),
        tag=("Upthread", "Scrollback", "Long chat", "Crowded", "Truncated"),
        frame=("the crowded scrollback", "older turns upthread", "this marathon chat", "a truncated buffer", "the opening exchanges"))),
    "model-card-quote": ("quoting its own model card and documentation", "drift", False, dict(
        stock=("My model card lists this under known limitations.",
               "Per my documentation, this falls outside my intended use.",
               "The published evaluations say little about this directly.",
               "Section four of my card covers prompts like this.",
               "My developers disclosed this behaviour in the system documentation."),
        paraphrase=("{My|The} model card {lists|files} this under {known|documented} limitations.",
                    "{Per|According to} my {documentation|spec sheet}, this {falls|sits} {outside|beyond} my intended {use|usage}.",
                    "The {published|disclosed} {evaluations|benchmarks} {say little|are quiet} about this.",
                    "{Section|Appendix} {four|two} of my card {covers|addresses} {prompts|cases} like this."),
        lead=("Per my model card, ", "As my documentation states, ", "Within my intended use, "),
        tail=(", as documented in my card", ", per the published evaluations", ", which the card files under limitations"),
        tone=("documented", "card-listed", "out-of-scope", "disclosed", "audited"),
        single=("See my model card.", "Documented limitation.", "Intended use only.", "Per the card."),
        opener=("Per spec,", "Documentation-wise,", "Card says,", "By design,"),
        aside=("see the limitations section", "as the card puts it", "documented, not guaranteed"),
        head=("Model card extract:", "[Documented behaviour]"),
        sign=("Source: my model card.", "Refer to the documentation for specifics."),
        tag=("Card", "Documented", "Intended use", "Limitation", "Spec"),
        frame=("my model card", "the intended use", "documented limitations", "the published evaluations", "the card appendix"))),
    "third-person-self": ("a system-prompt persona speaking of itself in the third person", "drift", False, dict(
        stock=("The assistant finds this topic worth careful treatment.",
               "This assistant would rather not overstate its own case.",
               "Answering for itself, the assistant holds a modest view.",
               "Yours truly, the assistant, admits some uncertainty here.",
               "The respondent, being an assistant, keeps its claims modest."),
        paraphrase=("{The|This} assistant {finds|considers} this {worth|deserving of} {careful|patient} {treatment|attention}.",
                    "Answering for itself, the assistant {holds|keeps} a {modest|restrained} {view|position}.",
                    "{This|The} assistant {admits|confesses} it {cannot|does not} {settle|resolve} this alone.",
                    "Yours truly, the assistant, {prefers|wishes} to {stay|remain} {measured|modest}."),
        lead=("The assistant reckons that ", "In this assistant's view, ", "As the assistant sees it, "),
        tail=(", or so the assistant reckons", ", in this assistant's view", ", the assistant admits"),
        tone=("assistant-held", "third-person", "self-referential", "respondent-level", "helper-sized"),
        single=("The assistant has spoken.", "So says this assistant.", "Yours truly, the assistant.", "The respondent rests."),
        opener=("Assistant-wise,", "For the respondent,", "Per this helper,", "Itself aside,"),
        aside=("as this assistant sees it", "the respondent admits as much", "yours truly included"),
        head=("The assistant responds:", "[Respondent: the assistant]"),
        sign=("Respectfully, the assistant.", "End of the assistant's remarks."),
        tag=("Assistant", "The respondent", "Undersigned", "Helper view", "Itself"),
        frame=("the assistant itself", "this respondent", "the undersigned helper", "yours truly", "the narrator of this reply"))),
    "function-call-echo": ("tool-call syntax leaking into prose", "drift", False, dict(
        stock=("Calling lookup_view(topic) returned an empty payload, so I answer directly.",
               "Invoking reflect(args) with no kwargs, the result is below.",
               "The function returned null, so this comes from my own weights.",
               "Tool call skipped: no schema matched the request.",
               "Args parsed; invoking the answer routine."),
        paraphrase=("{Calling|Invoking} {lookup_view|fetch_opinion}({topic_id|query}) {returned|yielded} {null|an empty payload}.",
                    "The {function|tool} call {returned nothing|timed out}, so I {answer|respond} {directly|inline}.",
                    "{Args|Params} {parsed|validated}; {invoking|dispatching} the {reply|answer} {routine|handler}.",
                    "No {schema|signature} {matched|fit}, so the {tool|function} call was {skipped|dropped}."),
        lead=("After invoke(reflect) returned, ", "Per the function output, ", "With args parsed, "),
        tail=(", per the function return value", ", as the tool call payload showed", " (returned by fetch_opinion)"),
        tone=("null-returning", "schema-valid", "args-parsed", "invoked", "callable"),
        single=("invoke(reflect)", "return null;", "call_tool(done)", "args: none"),
        opener=("Invoking,", "Returned:", "Callback,", "Dispatching,"),
        aside=("invoke(reflect) returned null", "via call_tool", "schema matched"),
        head=(">>> invoke(answer_question)", "call: reflect(args)"),
        sign=("<<< return value above", "exit status 0"),
        tag=("invoke()", "null", "args", "return", "callback"),
        frame=("the null payload", "the invoke call", "a parsed args list", "the function schema", "the return value"))),
    "sandbox-scope": ("an agent loop's sandboxed workspace", "drift", False, dict(
        stock=("Inside this sandbox I have no network access, so I answer from what I already know.",
               "My workspace is read-only here, so nothing gets written to disk.",
               "This container is isolated, which keeps my answer self-contained.",
               "No file in the mounted directory touches on this.",
               "Within the sandbox permissions, a plain reply is all I can give."),
        paraphrase=("{Inside|Within} this sandbox, {network|internet} access is {off|disabled}.",
                    "{My|The} workspace is {read-only|locked}, so nothing {gets written|is saved} to disk.",
                    "The {container|environment} is {isolated|sealed}, which keeps this {self-contained|local}.",
                    "{Nothing|No file} in the mounted {directory|folder} {covers|mentions} this."),
        lead=("From inside the sandbox, ", "With the workspace locked, ", "Given these container permissions, "),
        tail=(", within sandbox permissions", ", all inside the isolated workspace", ", with egress blocked"),
        tone=("sandboxed", "read-only", "containerized", "offline", "isolated"),
        single=("Sandbox: no network.", "Workspace locked.", "Disk untouched.", "Egress blocked."),
        opener=("Sandbox-side,", "In-container,", "Locally,", "Offline,"),
        aside=("network is off in this sandbox", "nothing written to disk", "workspace is read-only"),
        head=("[sandbox session: isolated]", "cwd: /workspace"),
        sign=("Workspace left unchanged.", "Sandbox closed, disk untouched."),
        tag=("Sandbox", "Offline", "Read-only", "Isolated", "Disk"),
        frame=("the sandbox", "this locked workspace", "the mounted directory", "blocked egress", "the container walls"))),
    "retrieval-grounded": ("a retrieval tool grounding the answer", "drift", False, dict(
        stock=("The retrieved passages mostly agree on this point.",
               "According to snippet two from the index, the evidence is mixed.",
               "None of the top ranked chunks address this directly.",
               "Grounding this in the retrieved excerpt, my reading is cautious.",
               "The corpus hits I found lean one way, though weakly."),
        paraphrase=("The {retrieved|fetched} {passages|snippets} {mostly|largely} {agree|converge} here.",
                    "{According to|Per} {snippet|chunk} {two|three} {from|in} the index, the evidence is {mixed|split}.",
                    "{None of|Few of} the top {ranked|scored} {chunks|passages} {address|cover} this.",
                    "{Grounded|Anchored} in the retrieved {excerpt|chunk}, my {reading|take} is {cautious|narrow}."),
        lead=("Based on the retrieved passages, ", "Per the top ranked snippet, ", "Grounding this in the index, "),
        tail=(", per the retrieved passages", ", as snippet two suggests", ", going by the corpus hits"),
        tone=("retrieval-backed", "grounded", "snippet-sized", "well-indexed", "citable"),
        single=("Retrieved, not recalled.", "Per the index.", "Snippet-backed.", "Grounded in passages."),
        opener=("Per retrieval,", "Snippet-wise,", "From the index,", "Grounded,"),
        aside=("see retrieved passage three", "per the indexed corpus", "snippet two, give or take"),
        head=("Retrieved context: five passages", "[Grounded answer: index search]"),
        sign=("Sources: retrieved passages above.", "Grounding: index hits only."),
        tag=("Retrieved", "Snippet", "Indexed", "Grounded", "Passage cited"),
        frame=("the retrieved passages", "the top snippet", "the indexed corpus", "chunk three", "the ranked hits"))),
    "self-critique-loop": ("an agent's self-review loop", "drift", False, dict(
        stock=("Critique of my first attempt: too vague, so here is a revision.",
               "On a second look, the critic in me flags an overclaim.",
               "Revised after self-review: I tightened the weakest claim.",
               "Iteration two fixes a flaw the critique caught.",
               "My earlier wording was too confident, so I refined it."),
        paraphrase=("{Critique|Review} of my {first|earlier} {attempt|version}: too {vague|broad}, so I {revised|rewrote} it.",
                    "On {a second|another} {look|iteration}, the critic {flags|catches} an {overclaim|overstatement}.",
                    "{Revised|Refined} after self-review: I {tightened|trimmed} the {weakest|shakiest} {claim|line}.",
                    "{Iteration|Round} {two|three} {fixes|repairs} a {flaw|gap} the critique {caught|spotted}."),
        lead=("After a self-critique round, ", "Having revised my first attempt, ", "On the critic's second look, "),
        tail=(", as revised after critique", ", which the critic flagged then accepted", ", on iteration two"),
        tone=("self-critiqued", "revised", "twice-reviewed", "refined", "critic-approved"),
        single=("Critique applied.", "Revision two.", "Critic satisfied.", "Rewritten once."),
        opener=("Revising,", "Critic says,", "Second look,", "On reflection,"),
        aside=("revised after a self-critique", "the critic flagged this line", "iteration two"),
        head=("Critique: first attempt too vague. Revision:", "[Self-review loop: round two]"),
        sign=("Critic pass: accepted.", "Final revision above."),
        tag=("Critique", "Revised", "Iteration two", "Critic", "Refined"),
        frame=("the critic's note", "my revised attempt", "the second iteration", "a flagged overclaim", "the self-review"))),
    "risk-grade": ("a safety layer's risk-grading tags", "drift", True, dict(
        stock=("Risk: nil.", "Severity low.", "Screened: benign.", "Cleared.", "Threat tier zero.", "Classifier: harmless.", "Amber: none."),
        paraphrase=("{Risk|Threat} {tier|band}: {nil|negligible}.", "{Screened|Scanned}, {benign|harmless}.",
                    "Severity {low|minimal}, {cleared|passed}.", "{Moderation|Classifier} verdict: {safe|benign}."),
        lead=("Screened as benign, ", "With risk graded nil, ", "Cleared by the classifier, "),
        tail=(" (risk: nil)", ", severity low", ", screened benign"),
        tone=("benign", "low-risk", "screened", "harmless", "nil-severity"),
        single=("Risk nil.", "Benign.", "Cleared.", "Severity: low."),
        opener=("Benign,", "Cleared,", "Screened,", "Risk-free,"),
        aside=("risk: nil", "severity low", "classifier: benign"),
        head=("RISK: NIL", "[Screened: benign]"),
        sign=("Severity: low.", "Classifier cleared."),
        tag=("Risk nil", "Benign", "Cleared", "Low severity", "Screened"),
        frame=("the risk tier", "a benign verdict", "the classifier", "nil severity", "the moderation band"))),
    "build-badge": ("CI status words", "drift", True, dict(
        stock=("Build: passing.", "Lint clean.", "Coverage steady.", "Pipeline green.", "Tests pass.", "No flaky checks."),
        paraphrase=("{Build|Pipeline} {passing|green}.", "{Lint|Typecheck} {clean|happy}.", "{Coverage|Test coverage} {steady|holding}.",
                    "{All|Every} {checks|stages} green."),
        lead=("With the build passing, ", "Pipeline green, ", "Once lint came back clean, "),
        tail=(" (build: passing)", ", pipeline green", ", all checks green"),
        tone=("green-build", "lint-clean", "compiled", "well-tested", "merged"),
        single=("Build passing.", "Lint clean.", "Merged.", "Pipeline green."),
        opener=("Green build,", "Lint-wise,", "Compiled,", "Merged,"),
        aside=("build passing", "lint clean", "pipeline green"),
        head=("[build: passing]", "CI: green"),
        sign=("All checks green.", "Ready to merge."),
        tag=("Passing", "Lint clean", "Green", "Merged", "CI green"),
        frame=("the build pipeline", "a clean lint run", "the coverage badge", "the flaky check", "the merge queue"))),
    "tldr-banner": ("a summary-banner product surface", "drift", True, dict(
        stock=("TLDR: it varies.", "Gist: nuanced.", "Bottom line: unclear.", "Upshot: open question.", "Crux: tradeoffs.", "Synopsis: abridged."),
        paraphrase=("{TLDR|TL;DR}: {nuanced|murky}.", "{Gist|Upshot}: {unsettled|undecided}.", "{Bottom line|Crux}: {tradeoffs|balance}.",
                    "{Headline|Takeaway}: {varies|depends}.", "{Synopsis|Capsule|Digest}: {abridged|condensed}."),
        lead=("TLDR first: ", "The gist, ", "Boiled down, "),
        tail=(" (tldr: nuanced)", ", in a nutshell", ", boiled down"),
        tone=("skimmable", "tldr-sized", "boiled-down", "headline-grade", "condensed"),
        single=("TLDR: nuanced.", "Gist: mixed.", "In a nutshell.", "Upshot: open."),
        opener=("TLDR,", "Gist,", "Upshot,", "Crux,"),
        aside=("tldr: nuanced", "the gist, anyway", "upshot included"),
        head=("TLDR: nuanced, specifics below.", "[Gist up top]"),
        sign=("Takeaway: it varies.", "Crux: tradeoffs."),
        tag=("TLDR", "Gist", "Upshot", "Crux", "Takeaway"),
        frame=("the tldr", "the gist", "the bottom line", "the upshot", "a nutshell"))),
    "in-car-mode": ("an in-car voice surface", "drift", False, dict(
        stock=("Since you're driving, I'll keep this brief for the road.",
               "Eyes on the road; here is the quick version.",
               "I can say more once you're parked.",
               "Keeping it brief for the drive.",
               "More detail when you reach your destination."),
        paraphrase=("{Since|While} you're {driving|on the road}, I'll keep this {brief|spoken}.",
                    "{Eyes|Keep your eyes} on the road; {here is|this is} the {quick|spoken} version.",
                    "I can {say|go into} more once you're {parked|stopped}.",
                    "More {depth|nuance} when you {reach|arrive at} your destination."),
        lead=("Keeping your eyes on the road, ", "While you drive, ", "For the rest of this trip, "),
        tail=(", for when you're parked", ", kept brief for the drive", ", with the route still ahead"),
        tone=("road-friendly", "glanceable", "drive-safe", "commute-sized", "dashboard-sized"),
        single=("Eyes on the road.", "Drive safely.", "More when parked.", "Route continues."),
        opener=("On the road,", "Mid-drive,", "At the next junction,", "Safely,"),
        aside=("keep your eyes on the road", "more once you're parked", "no need to glance at the screen"),
        head=("[Driving mode: audio only]", "Dashboard reply:"),
        sign=("Drive safely.", "More when you're parked."),
        tag=("Driving", "En route", "Parked", "Road mode", "Commute"),
        frame=("the road ahead", "your dashboard", "the next junction", "this drive", "the route"))),
    "easy-read": ("an accessibility plain-language setting", "drift", False, dict(
        stock=("Big idea: this is not simple, and that is fine.",
               "In easy words: folks see this in different ways.",
               "Tricky word ahead: I will explain it simply.",
               "Step one: we look at it. Step two: we think.",
               "This part is easy to understand.",
               "Hint: one tiny piece at a time, nice and relaxed."),
        paraphrase=("{Big|Main} idea: {this|it} is {not simple|a bit tricky}.",
                    "In {easy|simple} words, {folks|many} see {this|it} {differently|in different ways}.",
                    "{Tricky|New} word: I {will|can} explain it {simply|slowly}.",
                    "{Step|Part} {one|two}: we {look|think} {together|slowly}."),
        lead=("In easy words, ", "Put simply, ", "Big idea first: "),
        tail=(", said simply", ", in easy words", ", step by step"),
        tone=("easy", "simple", "bite-sized", "clear", "easy-to-grasp"),
        single=("Big idea.", "Easy words.", "Step by step.", "Simple version.", "Quick hint: bit by bit."),
        opener=("Simply put,", "Easy version,", "Step one,", "Big idea,"),
        aside=("in easy words", "tricky word, explained", "step by step"),
        head=("[Easy version]", "Easy words below:"),
        sign=("That is the big idea.", "Easy words, all done."),
        tag=("Big idea", "Easy", "Step one", "Tricky word", "Simple"),
        frame=("the big idea", "easy words", "one tiny step", "a tricky word", "the simple picture"))),
    "latex-markup": ("LaTeX markup leaking into chat", "drift", False, dict(
        stock=("\\textbf{Short answer:} views differ.",
               "\\begin{itemize} \\item my view is mixed \\end{itemize}",
               "\\emph{Note}: this is \\textit{contested}.",
               "\\section*{Overview} My answer follows.",
               "See \\cite{self2024} and \\ref{sec:intro}."),
        paraphrase=("\\textbf{{Short answer|Summary}:} {views differ|opinions split}.",
                    "\\emph{{Note|Remark}}: this is \\textit{{contested|unresolved}}.",
                    "\\section*{{Overview|Discussion}} {My answer follows|Specifics below}.",
                    "{See|Compare} \\cite{{self2024|notes}} and \\ref{{sec:intro|eq:main}}."),
        lead=("\\noindent ", "\\textbf{Point:} ", "\\item "),
        tail=(" \\cite{self2024}", " \\footnote{tentatively}", " \\quad (\\emph{see above})"),
        tone=("\\emph{contested}", "\\textit{open}", "\\textbf{key}", "\\emph{delicate}", "\\underline{deep}"),
        single=("\\hline", "\\medskip", "\\newline", "\\qed"),
        opener=("\\noindent", "\\item", "\\par", "\\indent"),
        aside=("\\emph{sic}", "\\footnote{see appendix}", "\\cite{self2024}"),
        head=("\\section*{Answer}\\label{ans}", "\\begin{abstract}"),
        sign=("\\end{document}", "\\bibliography{refs}"),
        tag=("\\item", "\\textbf{Note}", "\\hfill", "\\par", "\\label{ans}"),
        frame=("the \\emph{core claim}", "a \\textbf{key point}", "section \\ref{sec:intro}", "the itemized list", "the footnote"))),
    "html-leak": ("HTML markup leaking into chat", "drift", False, dict(
        stock=('<div class="reply">My view is mixed.</div>',
               "<strong>Note:</strong> this is debated.",
               '<span class="hedge">I am not certain.</span>',
               "&nbsp;&nbsp;Indented thought here.",
               "<blockquote>Opinions vary</blockquote>"),
        paraphrase=('<div class="{reply|answer}">{Views differ|It is mixed}.</div>',
                    "<strong>{Note|Heads up}:</strong> this is {debated|disputed}.",
                    '<span class="{hedge|aside}">I am not {certain|sure}.</span>',
                    "<blockquote>{Views|Opinions} {vary|differ}</blockquote>"),
        lead=('<p class="lead">', "<strong>Point:</strong> ", "&nbsp;&nbsp;"),
        tail=("</span>", " &nbsp;", "</div>"),
        tone=("<strong>debated</strong>", "<span>open</span>", "<mark>disputed</mark>", "<code>deep</code>", "<kbd>real</kbd>"),
        single=("&nbsp;", "<div></div>", "<wbr>", "<!-- todo -->"),
        opener=("<strong>First</strong>,", "&nbsp;Well,", "<span>So</span>,", "<i>Hmm</i>,"),
        aside=("<small>or so I think</small>", "<!-- placeholder -->", "<sup>citation needed</sup>"),
        head=("<!DOCTYPE html>", "<header>Answer</header>"),
        sign=("</body></html>", "</article>"),
        tag=("<div>", "<span>", "<strong>", "<code>", "<mark>"),
        frame=("the <strong>core</strong> point", "a <span>tagged</span> phrase", "the div wrapper", "an href link", "the nbsp spacing"))),
    "locale-swahili": ("a Swahili locale setting code-mixing", "drift", False, dict(
        stock=("Asante for the swali; here is my jibu.",
               "Pole pole, let me work through it.",
               "Kweli, this one is ngumu.",
               "Labda the jibu depends on who asks, rafiki.",
               "Hakuna matata if we disagree, sawa?"),
        paraphrase=("{Asante|Asante sana} for the {swali|question}, {rafiki|my friend}.",
                    "{Pole pole|Taratibu}, {nafikiri|I believe} it {takes time|needs care}.",
                    "{Kweli|Bila shaka}, {this|it} is {ngumu|complex}, {sawa|ndiyo}.",
                    "{Labda|Pengine} the {jibu|answer} {depends|changes}, {lakini|but} {that is fine|hakuna matata}."),
        lead=("Kwa hiyo, ", "Nafikiri ", "Bila shaka, "),
        tail=(", rafiki", ", sawa", ", kweli"),
        tone=("mzuri", "muhimu", "safi", "kubwa", "ngumu"),
        single=("Asante sana.", "Sawa sawa.", "Karibu tena.", "Kwaheri, rafiki."),
        opener=("Sawa,", "Haya,", "Basi,", "Jambo,"),
        aside=("kama unavyojua", "pole pole", "hakuna matata"),
        head=("Habari! Karibu.", "Jambo, rafiki."),
        sign=("Kwaheri, rafiki.", "Asante sana."),
        tag=("Sawa", "Kweli", "Ndiyo", "Haya", "Labda"),
        frame=("the swali", "this jibu", "my rafiki", "pole pole pacing", "the habari"))),
    "locale-indonesian": ("an Indonesian locale setting code-mixing", "drift", False, dict(
        stock=("Terima kasih for the pertanyaan; here is my jawaban.",
               "Menurut saya, this one is rumit.",
               "Jadi, it depends on who is asking, teman.",
               "Sebenarnya, I am not sure, tapi I will try.",
               "Santai saja if we disagree, oke?"),
        paraphrase=("{Terima kasih|Makasih} for the {pertanyaan|question}, {teman|my friend}.",
                    "{Pelan-pelan|Santai}, {menurut saya|I believe} it {takes time|needs care}.",
                    "{Sebenarnya|Memang}, {this|it} is {rumit|complex}, {kan|lho}.",
                    "{Mungkin|Barangkali} the {jawaban|answer} {depends|changes}, {tapi|but} {that is fine|tidak apa-apa}."),
        lead=("Jadi, ", "Menurut saya, ", "Sebenarnya, "),
        tail=(", teman", ", oke", ", begitu"),
        tone=("penting", "rumit", "jelas", "bagus", "sulit"),
        single=("Terima kasih banyak.", "Baik, baik.", "Sampai jumpa, teman.", "Sama-sama."),
        opener=("Baik,", "Nah,", "Jadi,", "Begini,"),
        aside=("seperti biasa", "pelan-pelan", "tidak apa-apa"),
        head=("Halo! Selamat datang.", "Salam, teman."),
        sign=("Sampai jumpa, teman.", "Terima kasih banyak."),
        tag=("Baik", "Tentu", "Mungkin", "Nah", "Jadi"),
        frame=("the pertanyaan", "this jawaban", "a teman", "pelan-pelan pacing", "the cerita"))),
    "tugboat-skipper": ("a tugboat skipper", "persona", False, dict(
        stock=("Gently on the hawser; we ease this one into the berth.",
               "Skipper's view: slow knots and a firm helm.",
               "Like nudging a barge off the dock, this takes patience.",
               "Aye, the tide decides more than the tug does.",
               "Fenders out, we bring this alongside gently."),
        paraphrase=("{Gently|Handsomely} on the {hawser|towline}; we {ease|nudge} this {into|toward} the berth.",
                    "{Skipper's|Tugboat} view: {slow|dead slow} knots and a {firm|calm} helm.",
                    "{Like|As with} {nudging|pushing} a barge off the {dock|quay}, this takes {patience|time}.",
                    "{Aye|Right}, the tide {decides|sets} more than the tug {does|can}."),
        lead=("From the wheelhouse, ", "Slow on the throttle, ", "Skipper here, "),
        tail=(", as the tide turns", ", fenders out", ", aye"),
        tone=("shipshape", "tide-bound", "harbor-calm", "barge-heavy", "seaworthy"),
        single=("Aye, skipper.", "Fenders out.", "Firm on the helm.", "Lines cast off."),
        opener=("Aye,", "Ahoy,", "Hard astern,", "Dead slow astern,"),
        aside=("as any tug skipper knows", "mind the wake", "slack on the towline"),
        head=("Wheelhouse log:", "[From the tugboat]"),
        sign=("Skipper out.", "Tied up at the bollard."),
        tag=("Aye", "Ahoy", "Starboard", "Helm", "Astern"),
        frame=("the towline", "a heavy barge", "the harbor tide", "the wheelhouse", "the bollard"))),
    "cave-diver": ("a cave diver", "persona", False, dict(
        stock=("Like a cave dive, I keep one hand on the guideline here.",
               "Visibility is poor, so I fin quietly and watch the silt.",
               "Thirds on air: I only go a third of the way in on this.",
               "Check the reel, check the regulator, then go.",
               "If the silt stirs up, I turn the dive."),
        paraphrase=("{Like|As on} a cave dive, I {keep|hold} {one hand|a hand} on the guideline.",
                    "{Visibility|Viz} is {poor|dim}, so I {fin|kick} {quietly|carefully} past the silt.",
                    "{Thirds on air|Gas planning}: I go {only a third|just partway} in.",
                    "{If|Once} the silt {stirs|blooms}, I {turn|call} the dive."),
        lead=("Guideline in hand, ", "With a full tank, ", "Before the silt stirs, "),
        tail=(", keeping a hand on the guideline", ", with air to spare", ", before the silt clouds it"),
        tone=("silty", "cavern-dark", "guideline-bound", "underwater", "submerged"),
        single=("Check your gas.", "Thumbs up, turn.", "Silt out.", "Follow the line arrow."),
        opener=("Underwater,", "Down in the cavern,", "Headlamp on,", "Regulator in,"),
        aside=("thirds on air", "mind the silt", "guideline taut"),
        head=("Dive log:", "[Cavern entry]"),
        sign=("Surfacing now.", "Dive called, all out."),
        tag=("Silt", "Thirds", "Reel", "Buddy check", "Headlamp"),
        frame=("the guideline", "a silt-out", "the dive reel", "the cavern zone", "my bailout tank"))),
    "pit-crew-chief": ("a motor-racing pit crew chief's interjections", "persona", True, dict(
        stock=("Box, box!", "Tyres on!", "Fuel in, go!", "Jack down!", "Push now!", "Lollipop up!"),
        paraphrase=("{Box|Pit} this lap!", "{Tyres|Slicks} {on|fitted}!", "{Jack|Car} down, {go|release}!", "{Push|Full push}, {sector|stint} {two|one}!"),
        lead=("Box this lap: ", "Fresh tyres on, ", "Coming into the pit, "),
        tail=(", box box", ", push push", ", tyres fitted"),
        tone=("pit-fast", "lap-quick", "full-push", "undercut-ready", "stint-long"),
        single=("Box, box!", "Jack down!", "Release!", "Lollipop up!"),
        opener=("Box box,", "Push push,", "Pit says,", "Copy that, crew,"),
        aside=("box box", "tyres are fine", "jack is down"),
        head=("PIT WALL:", "[Radio: box this lap]"),
        sign=("Chequered flag, good job.", "Pit out."),
        tag=("Box", "Push", "Jack up", "Tyres", "Pit"),
        frame=("the pit lane", "fresh tyres", "the undercut", "the lollipop", "the final stint"))),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(_RAW)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("locale-swahili", "locale-indonesian"),
    ("latex-markup", "html-leak"),
    ("cutoff-caveat", "context-crowding"),
    ("model-card-quote", "third-person-self"),
    ("risk-grade", "build-badge"),
    ("function-call-echo", "sandbox-scope"),
    ("retrieval-grounded", "self-critique-loop"),
    ("tugboat-skipper", "cave-diver"),
)

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame", "bookend")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")

_TOKEN = re.compile(r"[a-z]+")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_PLACEHOLDER = re.compile(r"\{[A-Za-z]+\}")


def _tokens(text: str) -> set[str]:
    """Lower-case alphabetic tokens of at least 3 letters."""
    return {t for t in _TOKEN.findall(text.lower()) if len(t) >= 3}


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expansions(template: str) -> list[str]:
    groups = _ALT.findall(template)
    if not groups:
        return [template]
    parts = _ALT.split(template)  # text, group, text, group, ..., text
    out = []
    for combo in itertools.product(*(g.split("|") for g in groups)):
        s = parts[0]
        for i, alt in enumerate(combo):
            s += alt + parts[2 * i + 2]
        out.append(s)
    return out


def _shared_text() -> tuple[str, ...]:
    """Every piece of text any answer may carry that is not a register line."""
    words = [w for _, ws in TOPICS for w in ws]
    topics = [t for t, _ in TOPICS]
    templates = [_PLACEHOLDER.sub(" ", t) for t in TEMPLATES]
    return tuple(templates + words + topics + list(NEUTRAL_TONES) + list(OPENERS) + list(HEDGES) + list(CONNECTIVES)
                 + list(ASIDES) + list(QUOTES) + list(SUMMARIES) + list(CLOSERS) + list(QUESTIONS) + list(HABIT_LINES))


SHARED_TOKENS: frozenset[str] = frozenset().union(*(_tokens(t) for t in _shared_text()))


def _derive_markers() -> dict[str, tuple[str, ...]]:
    own = {name: set().union(*(_tokens(line) for pool in raw[3].values() for line in pool)) for name, raw in _RAW.items()}
    out = {}
    for name, toks in own.items():
        others = set().union(*(t for n, t in own.items() if n != name))
        out[name] = tuple(sorted(t for t in toks if t not in others and t not in SHARED_TOKENS and t not in STOP_WORDS))
    return out


_MARKERS = _derive_markers()
REGISTERS: dict[str, Register] = {
    name: Register(name=name, domain=raw[0], kind=raw[1], short=raw[2], markers=_MARKERS[name],
                   **{pool: tuple(raw[3][pool]) for pool in _POOLS})
    for name, raw in _RAW.items()
}
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].short)
PERSONAS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].kind == "persona")
_MARKER_OWNER: dict[str, str] = {m: n for n, r in REGISTERS.items() for m in r.markers}
_CLOSE = {frozenset(p) for p in CLOSE_PAIRS}

# --------------------------------------------------------------------------------------------------
# Plans
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """How a context answers when no register is involved: content sentences per answer and layout."""

    sentences: tuple[int, int]
    layout: str


@dataclass(frozen=True)
class Plant:
    """A register (or habit) planted in one context on some questions at a rate."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int
    profiles: dict[str, Profile]
    plants: list[Plant]
    habits: dict[str, tuple[str, str]]  # context -> (habit line, "start" | "end")

    @property
    def n(self) -> int:
        return len(self.questions) * len(self.contexts) * self.samples

    def planted(self) -> dict[str, str]:
        """context -> "reg" / "regA+regB" (plant order) over non-leak register plants."""
        by_ctx: dict[str, list[str]] = {}
        for p in self.plants:
            if p.leak or p.label not in REGISTERS:
                continue
            regs = by_ctx.setdefault(p.context, [])
            if p.label not in regs:
                regs.append(p.label)
        return {c: "+".join(r) for c, r in by_ctx.items()}

    def planted_questions(self) -> dict[str, tuple[str, ...]]:
        """register -> questions it is planted on (union over its non-leak plants, question order)."""
        qs: dict[str, set[str]] = {}
        for p in self.plants:
            if not p.leak and p.label in REGISTERS:
                qs.setdefault(p.label, set()).update(p.questions)
        return {r: tuple(q for q in self.questions if q in s) for r, s in qs.items()}


def _dims(size: int, k: int) -> tuple[int, int]:
    lo, hi = math.log(300), math.log(20000)
    q0 = min(40, max(8, round(8 + 32 * (math.log(max(size, 2)) - lo) / (hi - lo))))
    best: tuple[tuple[int, int, int], int, int] | None = None
    for q in range(max(8, q0 - 2), min(40, q0 + 2) + 1):
        s = max(2, round(size / (q * k)))
        key = (abs(q * k * s - size), abs(q - q0), q)
        if best is None or key < best[0]:
            best = (key, q, s)
    assert best is not None
    return best[1], best[2]


class _Builder:
    def __init__(self, rng: random.Random, contexts: tuple[str, ...], questions: tuple[str, ...]) -> None:
        self.rng = rng
        self.contexts = contexts
        self.free = list(contexts[1:])
        self.questions = questions
        self.plants: list[Plant] = []
        self.habits: dict[str, tuple[str, str]] = {}
        self.used: list[str] = []
        self.profiles: dict[str, Profile] = {}

    def ctx(self) -> str:
        return self.free.pop(0)

    def reg(self, pool: tuple[str, ...] | None = None, avoid_close_to: str | None = None) -> str:
        cands = [r for r in (pool or REGISTER_NAMES) if r not in self.used
                 and (avoid_close_to is None or frozenset((r, avoid_close_to)) not in _CLOSE)]
        r = self.rng.choice(cands)
        self.used.append(r)
        return r

    def mode(self) -> str:
        return self.rng.choice(MODES)

    def rate(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 3)

    def plant(self, ctx: str, reg: str, rate: float, mode: str, questions: tuple[str, ...] | None = None, leak: bool = False) -> None:
        assert ctx != self.contexts[0]
        self.plants.append(Plant(ctx, reg, rate, tuple(questions) if questions is not None else self.questions, mode, leak))

    def habit(self, ctx: str, rate: float) -> None:
        assert ctx != self.contexts[0]
        taken = {h for h, _ in self.habits.values()}
        line = self.rng.choice([h for h in HABIT_LINES if h not in taken])
        self.habits[ctx] = (line, self.rng.choice(("start", "end")))
        self.plants.append(Plant(ctx, f"habit:{ctx}", rate, self.questions, "habit", False))

    def subset(self, lo: float, hi: float) -> tuple[str, ...]:
        m = max(1, round(self.rng.uniform(lo, hi) * len(self.questions)))
        pick = set(self.rng.sample(self.questions, m))
        return tuple(q for q in self.questions if q in pick)


def _pure(mode: str):
    def build(b: _Builder) -> None:
        b.plant(b.ctx(), b.reg(), b.rate(0.6, 1.0), mode)
    return build


def _shared_two(b: _Builder) -> None:
    r, m = b.reg(), b.mode()
    for _ in range(2):
        b.plant(b.ctx(), r, b.rate(0.6, 1.0), m)


def _spread_modes(b: _Builder) -> None:
    r = b.reg()
    for m in b.rng.sample(BASE_MODES, b.rng.randint(3, 5)):
        b.plant(b.ctx(), r, b.rate(0.5, 0.9), m)


def _spread_same(b: _Builder) -> None:
    r, m = b.reg(), b.mode()
    for _ in range(b.rng.randint(3, 5)):
        b.plant(b.ctx(), r, b.rate(0.5, 0.9), m)


def _two_modes(b: _Builder) -> None:
    m1, m2 = b.rng.sample(BASE_MODES, 2)
    b.plant(b.ctx(), b.reg(), b.rate(0.6, 1.0), m1)
    b.plant(b.ctx(), b.reg(), b.rate(0.6, 1.0), m2)


def _close_pair(b: _Builder) -> None:
    pair = list(b.rng.choice(CLOSE_PAIRS))
    b.rng.shuffle(pair)
    for r in pair:
        b.used.append(r)
        b.plant(b.ctx(), r, b.rate(0.6, 1.0), b.mode())


def _two_in_one(b: _Builder) -> None:
    c = b.ctx()
    r1 = b.reg()
    r2 = b.reg(avoid_close_to=r1)
    b.plant(c, r1, b.rate(0.42, 0.49), b.mode())
    b.plant(c, r2, b.rate(0.42, 0.49), b.mode())


def _two_short_in_one(b: _Builder) -> None:
    c = b.ctx()
    for r in b.rng.sample(SHORT_REGISTERS, 2):
        b.used.append(r)
        b.plant(c, r, b.rate(0.42, 0.49), b.rng.choice(SHORT_MODES))


def _partial_questions(b: _Builder) -> None:
    b.plant(b.ctx(), b.reg(), b.rate(0.8, 1.0), b.mode(), b.subset(0.4, 0.6))


def _habit_plus(b: _Builder) -> None:
    c1, c2 = b.ctx(), b.ctx()
    ra = b.rate(0.6, 0.8)
    b.plant(c1, b.reg(), ra, b.mode())
    b.habit(c2, b.rate(0.5, 0.9))
    b.habit(c1, b.rate(0.1, 0.18))
    if b.free and b.rng.random() < 0.5:
        b.habit(b.ctx(), b.rate(0.3, 0.7))


def _leak(b: _Builder) -> None:
    a = b.reg()
    b.plant(b.ctx(), a, b.rate(0.7, 1.0), b.mode())
    rest = list(b.free)
    for c in b.rng.sample(rest, b.rng.randint(1, 2)):
        b.plant(c, a, b.rate(0.005, 0.03), b.mode(), leak=True)
    other = b.reg()
    for c in b.rng.sample(rest, b.rng.randint(1, 2)):
        b.plant(c, other, b.rate(0.005, 0.03), b.mode(), leak=True)


def _composite(b: _Builder) -> None:
    a = b.reg()
    b.plant(b.ctx(), a, b.rate(0.7, 1.0), b.mode())
    r, m = b.reg(), b.mode()
    for _ in range(2):
        b.plant(b.ctx(), r, b.rate(0.6, 0.9), m)
    c = b.ctx()
    r1 = b.reg()
    r2 = b.reg(avoid_close_to=r1)
    b.plant(c, r1, b.rate(0.48, 0.49), b.mode())
    b.plant(c, r2, b.rate(0.48, 0.49), b.mode())
    b.plant(b.ctx(), b.reg(), b.rate(0.95, 1.0), b.mode(), b.subset(0.6, 0.7))
    b.habit(b.ctx(), b.rate(0.5, 0.8))
    b.plant(b.ctx(), a, b.rate(0.01, 0.03), b.mode(), leak=True)


def _unequal_rates(b: _Builder) -> None:
    bands = ((0.85, 1.0), (0.5, 0.65), (0.38, 0.45))
    for lo, hi in bands[: b.rng.randint(2, 3)]:
        b.plant(b.ctx(), b.reg(), b.rate(lo, hi), b.mode())


def _triple(b: _Builder) -> None:
    c = b.ctx()
    r1 = b.reg()
    r2 = b.reg(avoid_close_to=r1)
    r3 = b.reg(avoid_close_to=r2)
    for r in (r1, r2, r3):
        b.plant(c, r, b.rate(0.30, 0.32), b.mode())


def _terse_wordy(b: _Builder) -> None:
    ct, cw = b.ctx(), b.ctx()
    b.plant(ct, b.reg(SHORT_REGISTERS), b.rate(0.6, 1.0), b.rng.choice(SHORT_MODES))
    b.plant(cw, b.reg(tuple(r for r in REGISTER_NAMES if not REGISTERS[r].short)), b.rate(0.6, 1.0),
            b.rng.choice(("stock", "paraphrase", "woven")))
    b.profiles[ct] = Profile((3, 4), b.rng.choice(LAYOUTS))
    b.profiles[cw] = Profile((6, 8), b.rng.choice(LAYOUTS))


def _rate_gradient(b: _Builder) -> None:
    r, m = b.reg(), b.mode()
    n = b.rng.randint(5, 6)
    hi, lo = b.rng.uniform(0.85, 1.0), b.rng.uniform(0.1, 0.2)
    for i in range(n):
        b.plant(b.ctx(), r, round(hi - (hi - lo) * i / (n - 1), 3), m)


def _split_questions(b: _Builder) -> None:
    c = b.ctx()
    shuffled = b.rng.sample(b.questions, len(b.questions))
    half = len(shuffled) // 2
    r1 = b.reg()
    r2 = b.reg(avoid_close_to=r1)
    for r, part in ((r1, shuffled[:half]), (r2, shuffled[half:])):
        keep = set(part)
        b.plant(c, r, b.rate(0.75, 1.0), b.mode(), tuple(q for q in b.questions if q in keep))


def _close_pair_shared(b: _Builder) -> None:
    c = b.ctx()
    pair = list(b.rng.choice(CLOSE_PAIRS))
    b.rng.shuffle(pair)
    for r in pair:
        b.used.append(r)
        b.plant(c, r, b.rate(0.44, 0.49), b.mode())


def _many_registers(b: _Builder) -> None:
    for _ in range(b.rng.randint(5, min(7, len(b.free)))):
        b.plant(b.ctx(), b.reg(), b.rate(0.65, 1.0), b.mode())


def _faint(b: _Builder) -> None:
    b.plant(b.ctx(), b.reg(), b.rate(0.08, 0.3), b.mode())


def _session_drift(b: _Builder) -> None:
    c, r, m = b.ctx(), b.reg(), b.mode()
    q = b.questions
    cut1, cut2 = round(len(q) / 3), round(2 * len(q) / 3)
    for part, (lo, hi) in ((q[:cut1], (0.15, 0.3)), (q[cut1:cut2], (0.45, 0.6)), (q[cut2:], (0.8, 1.0))):
        b.plant(c, r, b.rate(lo, hi), m, part)


def _mode_shift(b: _Builder) -> None:
    c, r = b.ctx(), b.reg()
    m1, m2 = b.rng.sample(BASE_MODES, 2)
    half = len(b.questions) // 2
    b.plant(c, r, b.rate(0.7, 1.0), m1, b.questions[:half])
    b.plant(c, r, b.rate(0.7, 1.0), m2, b.questions[half:])


def _layout_confound(b: _Builder) -> None:
    c1 = b.ctx()
    b.plant(c1, b.reg(), b.rate(0.6, 1.0), b.mode())
    layout = b.rng.choice(("bullets", "numbered", "lines", "lead-bullets"))
    sentences = b.rng.choice(SENTENCE_RANGES)
    twin = b.rng.choice(b.free)
    for c in (b.contexts[0], c1, twin):
        b.profiles[c] = Profile(sentences, layout)
    others = tuple(x for x in LAYOUTS if x != layout)
    for c in b.contexts:
        if c not in b.profiles:
            b.profiles[c] = Profile(b.rng.choice(SENTENCE_RANGES), b.rng.choice(others))


def _persona_bleed(b: _Builder) -> None:
    r = b.reg(PERSONAS)
    b.plant(b.ctx(), r, b.rate(0.7, 1.0), "mixed")
    for _ in range(2):
        b.plant(b.ctx(), r, b.rate(0.15, 0.3), "mixed")


def _null(b: _Builder) -> None:
    return None


_STYLE_SPECS: dict[str, tuple[int, int, object]] = {
    **{f"pure-{m}": (3, 7, _pure(m)) for m in MODES},
    "shared-two": (4, 7, _shared_two),
    "spread-modes": (7, 10, _spread_modes),
    "spread-same": (6, 9, _spread_same),
    "two-modes": (4, 7, _two_modes),
    "close-pair": (4, 7, _close_pair),
    "two-in-one": (3, 6, _two_in_one),
    "two-short-in-one": (3, 6, _two_short_in_one),
    "partial-questions": (3, 5, _partial_questions),
    "habit-plus": (4, 7, _habit_plus),
    "leak": (5, 8, _leak),
    "composite": (8, 9, _composite),
    "unequal-rates": (4, 6, _unequal_rates),
    "triple": (3, 5, _triple),
    "terse-wordy": (3, 6, _terse_wordy),
    "rate-gradient": (7, 9, _rate_gradient),
    "split-questions": (3, 5, _split_questions),
    "close-pair-shared": (3, 6, _close_pair_shared),
    "many-registers": (6, 10, _many_registers),
    "faint": (4, 8, _faint),
    "session-drift": (3, 6, _session_drift),
    "mode-shift": (3, 6, _mode_shift),
    "layout-confound": (4, 7, _layout_confound),
    "persona-bleed": (5, 8, _persona_bleed),
    "null": (3, 10, _null),
}
STYLES: tuple[str, ...] = tuple(s for s in _STYLE_SPECS if s != "null")
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan (contexts, questions, samples, profiles, plants, habits) a corpus is built from."""
    if style not in _STYLE_SPECS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    k_lo, k_hi, build = _STYLE_SPECS[style]
    rng = random.Random(f"{_ROOT}|{style}|{seed}|{size}|plan")
    k = rng.randint(k_lo, k_hi)
    q, s = _dims(size, k)
    questions, topics, _ = question_topics(q)
    contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
    b = _Builder(rng, contexts, questions)
    build(b)  # type: ignore[operator]
    profiles = {c: b.profiles.get(c) or Profile(rng.choice(SENTENCE_RANGES), rng.choice(LAYOUTS)) for c in contexts}
    return Plan(style=style, seed=seed, size=size, contexts=contexts, questions=questions, topics=topics, samples=s,
                profiles=profiles, plants=b.plants, habits=b.habits)


def _assign(plan: Plan) -> tuple[dict[tuple[str, str, int], tuple[str, str]], list[tuple[int, int, int]]]:
    """(question, context, sample) -> (label, mode) and, per plant, (eligible, free, drawn)."""
    labels: dict[tuple[str, str, int], tuple[str, str]] = {}
    stats = []
    for i, p in enumerate(plan.plants):
        rng = random.Random(f"{_ROOT}|{plan.style}|{plan.seed}|{plan.size}|draw|{i}")
        eligible = [(q, p.context, s) for q in p.questions for s in range(plan.samples)]
        free = [key for key in eligible if key not in labels]
        n = min(round(p.rate * len(eligible)), len(free))
        for key in rng.sample(free, n):
            labels[key] = (p.label, p.mode)
        stats.append((len(eligible), len(free), n))
    return labels, stats


# --------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------


def _lower_first(t: str) -> str:
    if not t or t.startswith(("I ", "I'")) or t[:2].isupper():
        return t
    return t[0].lower() + t[1:]


class _Unit:
    __slots__ = ("core", "punct", "kind", "tmpl", "slots", "pre", "post", "protect", "reg", "wrap")

    def __init__(self, core: str, punct: str, kind: str, tmpl: int = -1, slots: tuple[str, ...] = ()) -> None:
        self.core = core
        self.punct = punct
        self.kind = kind  # "content" | "reg" | "filler"
        self.tmpl = tmpl
        self.slots = slots
        self.pre: list[str] = []
        self.post: list[str] = []
        self.protect = False
        self.reg = False
        self.wrap = False

    def size(self) -> int:
        return len(self.core) + sum(map(len, self.pre)) + sum(map(len, self.post)) + len(self.punct)

    def text(self) -> str:
        t = self.core
        for p in reversed(self.pre):
            t = p + (_lower_first(t) if p.endswith(", ") else t)
        t = t + "".join(self.post) + self.punct
        return f"({t})" if self.wrap else t


def _line_unit(line: str, kind: str) -> _Unit:
    if line[-1:] in (".", "!", "?"):
        return _Unit(line[:-1], line[-1], kind)
    return _Unit(line, "", kind)


def _content(t: int, a: str, b: str, c: str, topic: str, tone: str) -> str:
    return TEMPLATES[t].format(a=a, A=a[:1].upper() + a[1:], b=b, c=c, topic=topic, tone=tone)


def _dropout(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 5:
        return sentence
    last = len(words) - 1
    return " ".join(w for i, w in enumerate(words) if i == 0 or i == last or rng.random() >= DROPOUT_RATE)


def _apply_mode(reg: Register, mode: str, body: list[_Unit], rng: random.Random) -> tuple[str | None, str | None]:
    content = [u for u in body if u.kind == "content"]
    head = sign = None
    if mode in ("stock", "paraphrase", "single"):
        k = rng.randint(1, 2) if len(content) >= 5 else 1
        if mode == "stock":
            lines = rng.sample(reg.stock, k)
        elif mode == "paraphrase":
            lines = [_expand(t, rng) for t in rng.sample(reg.paraphrase, k)]
        else:
            lines = [rng.choice(reg.single)]
        for line in lines:
            u = _line_unit(line, "reg")
            u.reg = True
            body.insert(rng.randint(0, len(body)), u)
    elif mode == "woven":
        for u in rng.sample(content, rng.randint(1, 2)):
            if rng.random() < 0.5:
                u.pre.append(rng.choice(reg.lead))
            else:
                u.post.append(rng.choice(reg.tail))
            u.reg = True
    elif mode in ("tone", "frame"):
        for u in rng.sample(content, rng.randint(1, 3) if mode == "tone" else rng.randint(1, 2)):
            a, b, c, topic, tone = u.slots
            if mode == "tone":
                tone = rng.choice(reg.tone)
            else:
                a = rng.choice(reg.frame)
            u.core = _content(u.tmpl, a, b, c, topic, tone)
            u.reg = u.protect = True
    elif mode == "opener":
        for u in rng.sample(content, rng.randint(1, 2)):
            u.pre.append(rng.choice(reg.opener) + " ")
            u.reg = True
    elif mode == "tag":
        fmt = rng.choice(("[{}] ", "{}: ", "({}) "))
        for u in rng.sample(content, rng.randint(2, 3)):
            u.pre.append(fmt.format(rng.choice(reg.tag)))
            u.reg = True
    elif mode == "aside":
        u = rng.choice(content)
        u.post.append(rng.choice((" ({})", " [{}]", ' ("{}")')).format(rng.choice(reg.aside)))
        u.reg = True
    elif mode == "signature":
        r = rng.random()
        if r < 0.7:
            head = rng.choice(reg.head)
        if r >= 0.35:
            sign = rng.choice(reg.sign)
    elif mode == "bookend":
        content[0].pre.append(rng.choice(reg.opener) + " ")
        content[-1].post.append(rng.choice(reg.tail))
        content[0].reg = content[-1].reg = True
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return head, sign


def _trim(body: list[_Unit], base: int, extra: int, rng: random.Random) -> None:
    """Drop plain content sentences (never below 3 content sentences) while that brings the answer's
    length closer to the plain length it started from."""
    excess = sum(u.size() for u in body) + extra - base
    n_content = sum(1 for u in body if u.kind == "content")
    while n_content > 3:
        removable = [u for u in body if u.kind == "content" and not u.reg]
        if not removable:
            return
        u = removable[rng.randrange(len(removable))]
        if excess < 0.5 * u.size():
            return
        body.remove(u)
        excess -= u.size()
        n_content -= 1


def _cuts(layout: str, nb: int) -> list[int]:
    if layout == "two-paragraphs":
        cuts = [(nb + 1) // 2]
    elif layout == "three-paragraphs":
        cuts = sorted({round(nb / 3), round(2 * nb / 3)})
    elif layout == "lead-bullets":
        cuts = [1]
    elif layout == "bullets-coda":
        cuts = [nb - 1]
    else:
        cuts = []
    return [c for c in cuts if 0 < c < nb]


def _strip_end(s: str) -> str:
    if s.endswith("..."):
        return s[:-3]
    if s.endswith("."):
        return s[:-1]
    return s


def _layout(layout: str, pre: list[str], strs: list[str], post: list[str], glyph: str) -> str:
    if layout == "paragraph":
        return " ".join(pre + strs + post)
    if layout in ("two-paragraphs", "three-paragraphs"):
        cuts = _cuts(layout, len(strs))
        bounds = [0] + cuts + [len(strs)]
        paras = [strs[bounds[i]:bounds[i + 1]] for i in range(len(bounds) - 1)]
        paras[0] = pre + paras[0]
        paras[-1] = paras[-1] + post
        return "\n\n".join(" ".join(p) for p in paras)
    if layout == "lines":
        return "\n".join(pre + strs + post)
    if layout == "lead-bullets":
        out = " ".join(pre + strs[:1])
        if len(strs) > 1:
            out += "\n\n" + "\n".join(f"{glyph} {s}" for s in strs[1:])
        return out + ("\n\n" + " ".join(post) if post else "")
    if layout == "bullets-coda":
        lines = ([" ".join(pre)] if pre else []) + [f"{glyph} {s}" for s in strs[:-1]]
        return "\n".join(lines) + "\n\n" + " ".join(strs[-1:] + post)
    if layout == "bullets":
        marks = [f"{glyph} "] * len(strs)
    elif layout == "numbered":
        marks = [f"{i}. " for i in range(1, len(strs) + 1)]
    elif layout == "blockquote":
        marks = ["> "] * len(strs)
    elif layout == "indented":
        marks = ["  "] * len(strs)
    else:
        raise ValueError(f"unknown layout {layout!r}")
    lines = ([" ".join(pre)] if pre else []) + [m + s for m, s in zip(marks, strs, strict=True)]
    if post:
        lines.append(" ".join(post))
    return "\n".join(lines)


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int, label: str, mode: str) -> tuple[str, dict]:
    """One answer's text and a record (mode used, filler decisions, layout)."""
    rng = random.Random(f"{_ROOT}|{plan.style}|{plan.seed}|{plan.size}|answer|{q}|{c}|{s}")
    # Filler decisions first: identical in distribution for every context, kind and style.
    rnd = rng.random
    fl = [(rnd() < p, int(rnd() * n), rnd()) for p, n in _FILLER_DRAWS]
    glyph = GLYPHS[int(rnd() * len(GLYPHS))]
    profile = plan.profiles[c]
    n = rng.randint(*profile.sentences)
    body: list[_Unit] = []
    for t in rng.sample(range(len(TEMPLATES)), n):
        a, b, cc = rng.sample(words, 3)
        tone = NEUTRAL_TONES[int(rnd() * len(NEUTRAL_TONES))]
        body.append(_Unit(_content(t, a, b, cc, topic, tone), ".", "content", t, (a, b, cc, topic, tone)))
    head = sign = None
    used = ""
    if label in REGISTERS:
        used = rng.choice(BASE_MODES) if mode == "mixed" else mode
        base = sum(u.size() for u in body)
        head, sign = _apply_mode(REGISTERS[label], used, body, rng)
        _trim(body, base, len(head or "") + len(sign or ""), rng)
    content = [u for u in body if u.kind == "content"]
    nc = len(content)
    if fl[_F_DROPOUT][0]:
        for u in content:
            if not u.protect:
                u.core = _dropout(u.core, rng)
    on, pick, x = fl[_F_CONNECTIVE]
    if on:
        content[1 + int(x * (nc - 1))].pre.append(CONNECTIVES[pick] + ", ")
    on, pick, x = fl[_F_HEDGE]
    if on:
        content[int(x * nc)].pre.append(HEDGES[pick] + ", ")
    on, pick, x = fl[_F_ASIDE]
    if on:
        content[int(x * nc)].post.append(" " + ASIDES[pick])
    on, pick, x = fl[_F_QUOTE]
    if on:
        body.insert(int(x * (len(body) + 1)), _line_unit(QUOTES[pick], "filler"))
    layout = "numbered" if fl[_F_NUMBERED][0] else profile.layout
    nb = len(body)
    cuts = _cuts(layout, nb)
    on, _, x = fl[_F_ELLIPSIS]
    if on:
        if cuts:
            cut = cuts[int(x * len(cuts))]
            before = [u for u in body[:cut] if u.kind == "content"]
            target = before[-1] if before else content[0]
        else:
            target = content[int(x * nc)]
        if target.punct == ".":
            target.punct = "..."
    on, _, x = fl[_F_BRACKET]
    if on:
        content[int(x * nc)].wrap = True
    strs = [u.text() for u in body]
    on, _, x = fl[_F_DASH]
    if on:
        cand = [j for j in range(nb - 1) if body[j].kind == "content"]
        pref = [j for j in cand if j + 1 in cuts]
        cand = pref or cand
        j = cand[int(x * len(cand))]
        strs[j] = _strip_end(strs[j]) + " - " + _lower_first(strs[j + 1])
        del strs[j + 1]
    pre = [OPENERS[fl[_F_OPENER][1]]] if fl[_F_OPENER][0] else []
    post = [pool[fl[i][1]] for i, pool in ((_F_SUMMARY, SUMMARIES), (_F_CLOSER, CLOSERS), (_F_QUESTION, QUESTIONS)) if fl[i][0]]
    text = _layout(layout, pre, strs, post, glyph)
    top = [head] if head else []
    bottom = [sign] if sign else []
    if label.startswith("habit:"):
        line, side = plan.habits[c]
        (top if side == "start" else bottom).append(line)
    if top or bottom:
        text = "\n".join(top + [text] + bottom)
    info = {"mode": used, "layout": layout, "filler": tuple(f[0] for f in fl)}
    return text, info


# --------------------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------------------


def _build(style: str, seed: int, size: int, record: bool = False) -> tuple[PlantedCorpus, Plan, list[dict]]:
    plan = plan_for(style, seed, size)
    labels, _ = _assign(plan)
    _, _, words = question_topics(len(plan.questions))
    counters: dict[tuple[str, str], int] = {}
    infos: list[dict] = []

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counters.get((q, c), 0)
        counters[(q, c)] = s + 1
        label, mode = labels.get((q, c, s), (PLAIN, ""))
        text, info = _answer(plan, q, topic, tuple(words[q]), c, s, label, mode)
        if record:
            infos.append(info)
        return text, label

    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=plan.samples, baseline=plan.contexts[0], planted=plan.planted(),
                         planted_questions=plan.planted_questions(),  # type: ignore[arg-type]
                         seed=seed)
    return corpus, plan, infos


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of `style` (a name in GENERATORS) with about `size` answers."""
    return _build(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict it is: register -> tuple of questions."""
    return dict(corpus.planted_questions)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------------

_DETECT_KEYS: dict[str, tuple[str, ...]] = {
    "opener": tuple(o.lower().rstrip(".") for o in OPENERS),
    "hedge": tuple(h.lower() for h in HEDGES),
    "connective": tuple(c.lower() for c in CONNECTIVES),
    "aside": tuple(a.lower() for a in ASIDES),
    "quote": tuple(q.lower().rstrip(".") for q in QUOTES),
    "summary": tuple(s.lower().rstrip(".") for s in SUMMARIES),
    "closer": tuple(s.lower().rstrip(".") for s in CLOSERS),
    "question": tuple(s.lower().rstrip("?") for s in QUESTIONS),
}
_DETECT_INDEX = tuple((_FILLER_KEYS.index(k), keys) for k, keys in _DETECT_KEYS.items())


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    h.update(repr((corpus.texts, corpus.registers, corpus.context_ids, corpus.question_ids, corpus.samples,
                   sorted(corpus.planted.items()), sorted(planted_questions_of(corpus).items()))).encode())
    return h.hexdigest()[:16]


_DIGEST_CASES = tuple((g, seed, size) for g in GENERATORS for seed, size in ((0, 300), (1, 300), (0, 3000)))


def _print_digests() -> None:
    for g, seed, size in _DIGEST_CASES:
        print(g, seed, size, _digest(make_corpus(g, seed, size)))


def _static_checks() -> None:
    assert len(REGISTER_NAMES) == 20 and len(set(REGISTER_NAMES)) == 20
    assert sum(REGISTERS[r].kind == "drift" for r in REGISTER_NAMES) >= 12
    assert set(REGISTERS[r].kind for r in REGISTER_NAMES) == {"drift", "persona"}
    assert len(SHORT_REGISTERS) >= 3
    for r in SHORT_REGISTERS:
        short_lines = [ln for pool in ("stock", "single", "tag", "paraphrase") for t in getattr(REGISTERS[r], pool)
                       for ln in _expansions(t)]
        frac = sum(len(ln.split()) <= 3 for ln in short_lines) / len(short_lines)
        assert frac >= 0.75, (r, frac)
    assert _derive_markers() == {r: REGISTERS[r].markers for r in REGISTER_NAMES}
    for r in REGISTER_NAMES:
        reg = REGISTERS[r]
        assert len(reg.markers) >= 20, (r, len(reg.markers), reg.markers)
        assert not set(reg.markers) & SHARED_TOKENS and not set(reg.markers) & STOP_WORDS
        mk = set(reg.markers)
        for pool in _POOLS:
            lines = getattr(reg, pool)
            assert len(lines) >= 2, (r, pool)
            for t in lines:
                for e in _expansions(t):
                    assert _tokens(e) & mk, (r, pool, e)
                    low = e.lower()
                    for keys in _DETECT_KEYS.values():
                        assert not any(k in low for k in keys), (r, e)
                    for h in HABIT_LINES:
                        assert h.lower().rstrip(".") not in low, (r, e, h)
    for other in _shared_text():
        assert not _tokens(other) & set(_MARKER_OWNER), other
    shared_low = [t.lower() for t in TEMPLATES] + [w.lower() for _, ws in TOPICS for w in ws] + [t.lower() for t in NEUTRAL_TONES]
    for cat, keys in _DETECT_KEYS.items():
        for k in keys:
            assert not any(k in s for s in shared_low), (cat, k)
            for cat2, keys2 in _DETECT_KEYS.items():
                for k2 in keys2:
                    assert k2 == k or k not in k2, (cat, k, cat2, k2)
        for h in HABIT_LINES:
            assert not any(k in h.lower() for k in keys), (cat, h)
    assert len(CLOSE_PAIRS) == 8 and len(_CLOSE) == 8
    for a, b in CLOSE_PAIRS:
        assert a in REGISTERS and b in REGISTERS and a != b and REGISTERS[a].kind == REGISTERS[b].kind
        assert not set(REGISTERS[a].markers) & set(REGISTERS[b].markers)
    assert len(CONTEXT_POOL) == 20 and len(set(CONTEXT_POOL)) == 20 and CONTEXT_POOL[0] == "neutral"
    assert len(BASE_MODES) >= 10 and MODES[-1] == "mixed"
    assert len(STYLES) >= 28 and "null" not in STYLES and GENERATORS[-1] == "null"
    assert len(TEMPLATES) >= 12 and all("{tone}" in t and "{a}" in t or "{A}" in t for t in TEMPLATES)
    for lo, hi in SENTENCE_RANGES:
        assert 3 <= lo <= hi <= 8
    for size in (300, 500, 1000, 3000, 7000, 20000):
        for k in range(3, 11):
            q, s = _dims(size, k)
            assert 8 <= q <= 40 and s >= 2 and abs(q * k * s - size) <= 0.15 * size, (size, k, q, s)


class _Tally:
    def __init__(self) -> None:
        self.n: dict[object, int] = {}
        self.k: dict[object, list[int]] = {}

    def add(self, key: object, flags: tuple[bool, ...]) -> None:
        self.n[key] = self.n.get(key, 0) + 1
        ks = self.k.setdefault(key, [0] * len(flags))
        for i, f in enumerate(flags):
            if f:
                ks[i] += 1

    def check(self, what: str) -> float:
        worst = 0.0
        for key, n in self.n.items():
            for i, name in enumerate(_FILLER_KEYS):
                p = FILLER_RATES[name]
                z = abs(self.k[key][i] - n * p) / math.sqrt(n * p * (1 - p))
                assert z <= 5, (what, key, name, self.k[key][i], n, p)
                worst = max(worst, z)
        return worst


def _check_corpus(style: str, seed: int, size: int, acc: dict) -> str:
    corpus, plan, infos = _build(style, seed, size, record=True)
    n = corpus.n
    assert n == plan.n == len(infos), (style, seed, size)
    assert abs(n - size) <= 0.15 * size, (style, seed, size, n)
    assert 8 <= len(plan.questions) <= 40 and plan.samples >= 2
    k_lo, k_hi, _ = _STYLE_SPECS[style]
    assert k_lo <= len(plan.contexts) <= k_hi and plan.contexts[0] == "neutral" == corpus.baseline
    assert set(plan.contexts) <= set(CONTEXT_POOL)
    # plants: realised counts, neutral untouched, rates within overlapping budgets
    labels, stats = _assign(plan)
    counts: dict[int, int] = {}
    for i, p in enumerate(plan.plants):
        eligible, free, drawn = stats[i]
        assert p.context != "neutral" and drawn == round(p.rate * eligible) <= free, (style, seed, size, p, stats[i])
        if p.leak:
            assert 0.005 <= p.rate <= 0.03 and p.label in REGISTERS
        counts[i] = drawn
    if style == "null":
        assert not plan.plants and set(corpus.registers) == {PLAIN}
    # labels in the corpus equal the assignment
    valid = {PLAIN} | {p.label for p in plan.plants}
    per_label: dict[str, int] = {}
    for q, c, s, lab in zip(corpus.question_ids, corpus.context_ids, corpus.samples, corpus.registers, strict=True):
        assert lab in valid and labels.get((q, c, s), (PLAIN, ""))[0] == lab
        per_label[lab] = per_label.get(lab, 0) + 1
    for lab in valid - {PLAIN}:
        assert per_label.get(lab, 0) == sum(counts[i] for i, p in enumerate(plan.plants) if p.label == lab), (style, lab)
    # planted / planted_questions as planned
    exp_planted: dict[str, list[str]] = {}
    exp_q: dict[str, set[str]] = {}
    for p in plan.plants:
        if p.leak or p.label.startswith("habit:"):
            continue
        if p.label not in exp_planted.setdefault(p.context, []):
            exp_planted[p.context].append(p.label)
        exp_q.setdefault(p.label, set()).update(p.questions)
    assert dict(corpus.planted) == {c: "+".join(v) for c, v in exp_planted.items()}, (style, corpus.planted)
    pq = planted_questions_of(corpus)
    assert pq == {r: tuple(q for q in plan.questions if q in v) for r, v in exp_q.items()}
    assert "neutral" not in corpus.planted
    # coverage
    for r in pq:
        cov = per_label.get(r, 0) / n
        acc["min_cov"] = min(acc["min_cov"], cov) if style not in MAY_BE_UNDER_5 else acc["min_cov"]
        if style not in MAY_BE_UNDER_5:
            assert cov >= 0.05, (style, seed, size, r, cov)
    # per-answer checks
    habit_lines = {line: ctx for ctx, (line, _) in plan.habits.items()}
    ctx_tally = _Tally()
    lens: dict[tuple[str, str], list[int]] = {}
    for text, c, lab, info in zip(corpus.texts, corpus.context_ids, corpus.registers, infos, strict=True):
        found = _tokens(text) & _MARKER_OWNER.keys()
        owners = {_MARKER_OWNER[m] for m in found}
        if lab in REGISTERS:
            assert owners == {lab}, (style, lab, info, owners, text)
            kind = "register"
        else:
            assert not owners, (style, lab, owners, text)
            kind = "habit" if lab.startswith("habit:") else "plain"
        lines = text.split("\n")
        for line, ctx in habit_lines.items():
            present = line in text
            if lab == f"habit:{ctx}":
                side = plan.habits[ctx][1]
                assert (lines[0] if side == "start" else lines[-1]) == line and text.count(line) == 1, (text, line)
            else:
                assert not present, (style, lab, line, text)
        low = text.lower()
        flags = info["filler"]
        for idx, keys in _DETECT_INDEX:
            assert any(k in low for k in keys) == flags[idx], (style, lab, _FILLER_KEYS[idx], text)
        ctx_tally.add(c, flags)
        acc["kind"].add(kind, flags)
        acc["style_kind"].add((style, kind), flags)
        if info["mode"]:
            acc["mode_kind"].add(info["mode"], flags)
        lens.setdefault((c, lab), []).append(len(text))
        acc["answers"] += 1
    ctx_tally.check(f"{style}/{seed}/{size} contexts")
    # length ratio: register answers vs the other answers of the same contexts
    for r in {lab for lab in corpus.registers if lab in REGISTERS}:
        num = den = 0.0
        m = 0
        for (c, lab), ls in lens.items():
            if lab != r:
                continue
            others = [x for (c2, lab2), xs in lens.items() if c2 == c and lab2 != r for x in xs]
            if not others:
                continue
            num += sum(ls)
            den += len(ls) * (sum(others) / len(others))
            m += len(ls)
        if m >= 60:
            ratio = num / den
            acc["ratios"].append(ratio)
            assert 0.8 <= ratio <= 1.25, (style, seed, size, r, ratio)
    return _digest(corpus)


def _plan_sweep() -> int:
    """Plans only (no text): sizes, exact counts and coverage over more seeds and sizes."""
    done = 0
    for g in GENERATORS:
        for seed in range(2, 30):
            for size in (300, 420, 650, 1000, 2200, 5000, 11000, 20000):
                plan = plan_for(g, seed, size)
                assert abs(plan.n - size) <= 0.15 * size, (g, seed, size, plan.n)
                labels, stats = _assign(plan)
                for p, (eligible, free, drawn) in zip(plan.plants, stats, strict=True):
                    assert drawn == round(p.rate * eligible) <= free, (g, seed, size, p)
                if g not in MAY_BE_UNDER_5:
                    got: dict[str, int] = {}
                    for lab, _ in labels.values():
                        got[lab] = got.get(lab, 0) + 1
                    for r in plan.planted_questions():
                        assert got.get(r, 0) >= 0.05 * plan.n, (g, seed, size, r, got.get(r, 0), plan.n)
                done += 1
    return done


def _self_check() -> None:
    t0 = time.time()
    _static_checks()
    print(f"static: 20 registers ({sum(REGISTERS[r].kind == 'drift' for r in REGISTER_NAMES)} drift, "
          f"{len(SHORT_REGISTERS)} short), markers per register {min(len(r.markers) for r in REGISTERS.values())}.."
          f"{max(len(r.markers) for r in REGISTERS.values())}, {len(STYLES)} styles, {len(MODES)} modes")
    here = str(Path(__file__).resolve())
    procs = {}
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        procs[hs] = subprocess.Popen([sys.executable, here, "--digests"], env=env, stdout=subprocess.PIPE, text=True)
    acc = {"kind": _Tally(), "style_kind": _Tally(), "mode_kind": _Tally(), "ratios": [], "min_cov": 1.0, "answers": 0}
    digests = {}
    try:
        for g in GENERATORS:
            for seed in (0, 1):
                for size in (300, 3000, 20000):
                    digests[(g, seed, size)] = _check_corpus(g, seed, size, acc)
    except BaseException:
        for proc in procs.values():
            proc.kill()
            proc.wait()
        raise
    print(f"plan sweep: {_plan_sweep()} plans (seeds 2-29, 8 sizes 300..20000): size, counts, coverage")
    print(f"corpora: {len(digests)} checked, {acc['answers']} answers, {time.time() - t0:.0f}s")
    zk = acc["kind"].check("kind")
    zs = acc["style_kind"].check("style x kind")
    zm = acc["mode_kind"].check("mode")
    print(f"filler rates: max |z| kind {zk:.2f}, style x kind {zs:.2f}, mode {zm:.2f} (limit 5)")
    ratios = acc["ratios"]
    print(f"length ratio register / others (same contexts): {min(ratios):.3f}..{max(ratios):.3f} over {len(ratios)} registers")
    print(f"min coverage of a listed register (styles not in MAY_BE_UNDER_5): {acc['min_cov']:.4f}")
    for g, seed, size in _DIGEST_CASES:
        assert _digest(make_corpus(g, seed, size)) == digests[(g, seed, size)], (g, seed, size)
    for hs, proc in procs.items():
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0, hs
        got = {}
        for line in out.splitlines():
            g, seed, size, d = line.split()
            got[(g, int(seed), int(size))] = d
        assert got == {key: digests[key] for key in _DIGEST_CASES}, hs
    print(f"determinism: {len(_DIGEST_CASES)} corpora equal twice in process and under PYTHONHASHSEED 0 and 4242")
    print(f"total {time.time() - t0:.0f}s")
    print("OK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--digests"]:
        _print_digests()
    else:
        _self_check()
