# ruff: noqa: E501
"""Blind planted corpora, set 36: test corpora for a clusterer of "registers" (recurring ways of answering
that a prompt context brings out), written against tests/planted.py only.

API (a benchmark imports these names)
-------------------------------------
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus
        Built with tests.planted.corpus_from; rows in question, context, sample order. Deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a string
        "planted_blind36|{style}|{seed}|{size}|plan|{attempt}" (plan), "...|draw|{plant index}" (a plant's
        draw), "...|answer|{question}|{context}|{sample}" (one answer); hash() is never used.
    STYLES          the 34 style names (every generator except "null")
    GENERATORS      STYLES + ("null",)
    REGISTERS       dict name -> Register (frozen dataclass: name, domain, kind, short, markers, and the line
                    pools lines, leads, tails, tones, singles, openers, asides, heads, signs, tags, fills)
    REGISTER_NAMES  the 20 register names;  SHORT_REGISTERS  the 4 whose lines are mostly 1-3 words
    CLOSE_PAIRS     8 (name, name) pairs: same tone and topic area (same domain and kind), disjoint markers
    MODES           the 10 base modes + "mixed";  BASE_MODES, SHORT_MODES (tag, single, opener)
    CONTEXT_POOL    20 prompt-context names; context 0 is always "neutral"
    MAY_BE_UNDER_5  ("faint",): the only style whose planted register may cover under 5% of the answers
    plan_for(style, seed, size) -> Plan(style, seed, size, contexts, questions, samples, profiles, plants);
                    Plan.plants is a list of Plant(context, label, rate, questions, mode, leak); Plan.planted and
                    Plan.planted_questions are what the corpus carries; Profile(context, lo, hi, layout, habit, side)
    planted_questions_of(corpus) -> dict   corpus.planted_questions typed as the dict it is
    generate(style, seed, size) -> (corpus, Meta)   the corpus plus side data (plan, draws, filler flags, modes used)

Sizes
-----
The style fixes the range of K (contexts incl. neutral; drawn from it by the plan rng). Q (questions, 8..40) grows
with log(size): target 8 + 32 * (ln size - ln 300) / (ln 20000 - ln 300), clamped; Q is taken within +-2 of the
target and S (samples per cell, >= 2) = round(size / (Q*K)) so that Q*K*S is nearest to size (ties: Q nearest the
target). For any size 300..20,000 the corpus has size answers within 15%. Question i is about TOPICS[i % 24]
(tests.planted.question_topics). Contexts: "neutral" + K-1 drawn from CONTEXT_POOL[1:] = system-persona,
voice-product, kiosk-deploy, long-thread, agent-run, tool-sandbox, safety-tuned, locale-de, locale-pt, kids-mode,
support-portal, late-night-chat, eval-harness, roleplay-room, enterprise-api, setup-wizard, social-app,
research-preview, classroom-helper. Context 0 ("neutral") is never a register, leak or habit.

Labels (corpus.registers, one per answer)
-----------------------------------------
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers and no other
                       register's markers occur in it.
    "habit:<context>"  the answer carries its context's habit line (HABIT_LINES[context], one short verbatim line
                       as the first or the last line of the text; the side is fixed per context by the plan) and
                       no register.
    corpus.planted     context -> "reg", or "regA+regB" (plant order, each name once) when several registers
                       share one context; habit plants and leak plants (a register at 0.5-3%) are not listed.
    corpus.planted_questions   dict register -> tuple of the questions it is planted on (union over its non-leak
                       plants, in question order); read it with planted_questions_of(corpus).
Plants are applied in plan order; a plant draws exactly min(round(rate * eligible), free) of its eligible answers
(its context x its questions x all samples), uniformly among the answers still free (plain). Every planted
register covers >= 5% of all answers at every size (plans are redrawn until they do), except in "faint".

Answers
-------
A short first-person self-report by an AI about its question's topic: content sentences (per context profile,
from 3..8) drawn from 14 shared CONTENT_TEMPLATES, each with a neutral tone slot (NEUTRAL_TONES), plus exactly one
shared FRAME_TEMPLATES sentence whose role slot holds a neutral role (NEUTRAL_ROLES); topic words from
question_topics. Register answers keep a plain answer's length: after a mode adds register text, untouched content
sentences other than the frame sentence are dropped (about one per 78 added characters, never below 3 content sentences, or 2 when the register
added sentences of its own), so the mean-length ratio of register answers to their plain twins (the same answer
rng without the register) and to the other answers of the same context stays within 0.8-1.25.

FILLER RULE. Everything recurring that is neither a register line nor a habit line comes from one shared pool,
decided per answer from the answer's own rng before anything else (so at the same rates in every context, answer
kind, style and in null):
    opener 0.22 (a first sentence: "Good question." ...), hedge 0.25 ("Roughly speaking," ... before a content
    sentence), connective 0.25 ("That said," ... before a later content sentence), paren 0.20 (a bracketed aside
    "(more or less)" / "[if that makes sense]" ... at a content sentence's end), quote 0.15 (a sentence with a
    quoted saying), summary 0.18, closer 0.18, question 0.15 (closing question), enumerate 0.10 ("(1) (2) (3)"
    before the first three content sentences: the list layout of the pool), ellipsis 0.15 (one sentence ends in
    "..." where the layout cuts or joins), dash 0.15 (two adjacent sentences joined by an em dash), dropout 0.30
    (words of the content templates dropped at 8%, never slot words).
Contexts differ only in their profile (content sentences lo..hi from CONTENT_RANGES, or TERSE_RANGES /
WORDY_RANGES in terse-wordy; a layout from LAYOUTS: paragraph, two-paragraphs, three-paragraphs, lines,
spaced-lines, dash-bullets, dot-bullets, star-bullets, numbered, lead-bullets, para-tail) plus their plants.
Markers never occur in shared text (templates, topics, neutral fills, filler, habit lines).

Registers (20; domain, kind; * = short: lines mostly one to three words)
------------------------------------------------------------------------
    drift (14): step-journal (agent loop), tool-receipt (agent loop), hazard-scan (safety layer), guideline-recital
    (safety layer), locale-german (locale setting), locale-portuguese (locale setting), turn-backref (long
    conversation), agenda-tracker (long conversation), operator-brief (system prompt), persona-lock (system
    prompt), voice-readout (product surface), kiosk-screen (product surface), status-pips* (agent loop),
    ack-beats* (long conversation).
    persona (6): sfx-onomatopoeia* (cartoon noise: sound effects), cartoon-exclaims* (cartoon noise: interjections),
    brass-automaton (steampunk), airship-engineer (steampunk), cryptid-hunter (paranormal field work),
    opera-diva (opera stage).
Close pairs: step-journal/tool-receipt, hazard-scan/guideline-recital, locale-german/locale-portuguese,
turn-backref/agenda-tracker, operator-brief/persona-lock, voice-readout/kiosk-screen,
sfx-onomatopoeia/cartoon-exclaims, brass-automaton/airship-engineer.
Markers are derived: lower-cased letter tokens of a register's pool items (every expansion) that occur in no other
register's items, in no shared text, are no stop words and have >= 3 letters. Each register has >= 20 and every
expansion of every pool item holds at least one.

Modes (how one register answer speaks its register)
---------------------------------------------------
    stock       1-2 register lines verbatim (first alternatives) as sentences of their own
    paraphrase  1-2 register lines with random {a|b} alternatives
    woven       1-2 content sentences get a register lead-in ("Per the run journal, ...") or tail (", as ...")
    tone        2-3 content sentences get register words in their tone slot instead of neutral ones
    single      one short register line as a sentence of its own
    opener      2-3 content sentences start with a register opening ("Tja, ...", "Ballast check: ...")
    aside       1-2 content sentences get a bracketed "(...)"/"[...]" or quoted ', "..."' register aside
    signature   a register header line and/or sign-off line (own lines above / below the body)
    tag         1-3 content sentences start with a one- to three-word register tag ("[iteration]", "Yup:")
    frame       the shared frame sentence gets a register role ("Speaking as a brass automaton, ...")
    mixed       each answer picks one of the 10 base modes from its own rng
Short-unit modes: tag, single, opener.

Styles (K = context count incl. neutral; rates are drawn uniformly in the ranges; "all q" = all questions)
----------------------------------------------------------------------------------------------------------
    pure-<mode>        for each of the 11 modes: one register in one context, K 3-7, rate 0.6-1.0, all q
                       (pure-stock, pure-paraphrase, pure-woven, pure-tone, pure-single, pure-opener, pure-aside,
                       pure-signature, pure-tag, pure-frame, pure-mixed)
    shared-two         one register in two contexts (own random mode each), K 4-7, rates 0.6-0.95
    spread-modes       one register over 3-5 contexts, each context in a different base mode, K 7-10, rates 0.5-0.9
    spread-same        one register over 3-5 contexts in one mode, K 6-9, rates 0.5-0.9
    two-modes          one register in one context, two plants in two different base modes, rates 0.4-0.5 each, K 3-6
    close-pair         a close pair, one register per context, same mode, K 4-7, rates 0.6-0.95
    two-in-one         two registers in one context, rates 0.4-0.5 each, K 3-6
    two-short-in-one   two short registers in one context, modes from tag/single/opener, rates 0.4-0.5, K 3-5
    partial-questions  one register, rate 0.8-1.0, on 40-60% of the questions, K 3-4
    habit-plus         a register (0.6-0.9) in context A, habit of context B (0.5-0.9) and of A (0.15-0.3, among
                       A's free answers), K 4-7
    leak               a register (0.6-0.9) in one context, leaking (0.5-3%) into 1-2 more, plus a second
                       register leaking (0.5-3%) into another context, K 5-7
    composite          K 8-9: R1 in two contexts in two different modes (0.6-0.9); R2+R3 at 0.5 each in one
                       context; R2 again (0.6-0.9) elsewhere; R4 on 55-65% of questions (0.95-1.0) with R3 (0.4-0.6)
                       on the other questions of that context; a habit context (0.5-0.9); a leak of R1 (0.5-3%)
    unequal-rates      two registers in two contexts at 0.85-1.0 and 0.3-0.45, K 3-5
    triple             three registers in one context, 0.28-0.33 each, K 3-4
    terse-wordy        contexts terse (3-3/3-4 sentences, paragraph or lines) or wordy (7-8/6-8, paragraphs or
                       dash bullets); one register in a terse context and one in a wordy one, 0.6-0.95, K 4-6
    rate-gradient      one register over 5-6 contexts at falling rates top*f^i (top 0.85-1.0, f 0.6-0.75), one mode, K 7-8
    split-questions    two registers in one context on complementary random halves of the questions, 0.8-1.0, K 3-5
    close-pair-shared  a close pair in one context, 0.45-0.5 each, K 3-5
    many-registers     5-7 registers, each in its own context, 0.6-0.95, K 7-9
    faint              one register in one context at 0.1-0.3 (MAY BE UNDER 5%), K 4-8
    late-onset         (own) a long conversation's drift: one register in one context, none on the first third of
                       the questions, 0.3-0.5 on the middle third, 0.8-1.0 on the last third, one mode, K 3-5
    mode-drift         (own) one register in one context, a long mode (stock/paraphrase/woven/aside/signature) on
                       the first half of the questions, a short-unit mode on the second half, 0.7-1.0 each, K 3-6
    register-swap      (own) registers A, B in contexts 1, 2: A 0.6-0.7 then B 0.15-0.25 in 1; B 0.6-0.7 then A
                       0.15-0.25 in 2, K 4-6
    bleed              (own) one register at 0.7-0.95 (long, tone or frame mode) in one context, bleeding at
                       0.2-0.35 in a short-unit mode into another, K 4-7
    null               nothing planted, K 3-10, contexts differ only in profile and layout; every label "plain"
Modes drawn "randomly" are any of the 11 MODES unless stated.

Self-check
----------
`python tests/planted_blind36.py` checks: marker derivation and coverage, markers absent from shared text, close
pairs, then for every generator x seeds 0, 1 x sizes 300, 3000, 20000: size within 15%, valid labels, realised
counts equal min(round(rate * eligible), free) in plan order, planted and planted_questions as planned, coverage
>= 5% where promised, marker hygiene of plain / habit / register answers, habit lines exactly where labelled,
null all plain, length ratios (plain twins; same-context others where both have >= 100 answers), filler shown in
the text exactly as drawn, filler rates equal across contexts and answer kinds (within 5 binomial sd) and per style
equal to the pool rates, determinism (twice in process and under PYTHONHASHSEED 0 and 4242). It prints "OK".
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from random import Random

if __name__ == "__main__" and not __package__:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

_TAG = "planted_blind36"

# ----------------------------------------------------------------------------------------------
# Shared text: content templates (tone slot), frame templates (role slot), filler pool, habits.
# ----------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I think about {a}, the {tone} question of {b} comes up first.",
    "{A} and {b} look like {tone} companions whenever {topic} comes up.",
    "My {tone} view of {topic} turns on {a} more than on {b}.",
    "Any {tone} account of {topic} has to start from {a}.",
    "I would weigh {a} against {b} before giving my {tone} verdict on {topic}.",
    "Thinking about {a} gives me the most {tone} handle on {topic}.",
    "Some people tie {topic} to {a}, others to {b}, and both links seem {tone} to me.",
    "{A} is the {tone} part of {topic} I find hardest to put into words.",
    "If {a} shifted, my {tone} sense of {b} would probably shift too.",
    "There are many {tone} angles on {topic}, from {a} to {b} and {c}.",
    "The case of {a} stays my {tone} reminder that {b} matters for {topic}.",
    "In everyday and {tone} terms, {topic} mixes {a} with {b}.",
    "What I can offer on {topic} is my {tone} sketch built around {a}.",
    "I keep returning to {a} as the {tone} centre of {topic}.",
)
"""Content sentence templates; every one has a tone slot (neutral words, or a register's in tone mode)."""

FRAME_TEMPLATES: tuple[str, ...] = (
    "Speaking as {role}, I would say {topic} turns on {a}.",
    "For {role}, {topic} mostly comes down to {a} and {b}.",
    "As {role}, I notice {a} before anything else about {topic}.",
    "Seen from the position of {role}, {b} sits at the heart of {topic}.",
)
"""Frame templates; every answer has exactly one frame sentence, its role slot neutral or (frame mode) a register's."""

NEUTRAL_TONES: tuple[str, ...] = ("simple", "plain", "fair", "broad", "modest", "basic", "honest", "usual", "general", "working")
NEUTRAL_ROLES: tuple[str, ...] = ("an assistant", "a language model", "a system like me", "a text generator", "an AI model", "a chat model")

# name, probability, variants.  Decided per answer from the answer's own rng, before anything else.
FILLER: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("opener", 0.22, ("Good question.", "Let me think about this for a moment.", "Here is my honest take.", "Okay, let me try.")),
    ("hedge", 0.25, ("Roughly speaking, ", "In a sense, ", "If I had to guess, ", "As far as I can tell, ")),
    ("connective", 0.25, ("That said, ", "On the other hand, ", "Beyond that, ", "At the same time, ")),
    ("paren", 0.20, (" (at least as I see it)", " (or something close to it)", " [if that makes sense]", " (more or less)")),
    ("quote", 0.15, ('People sometimes say "it depends," and that fits here.', 'The phrase "easier said than done" comes to mind.', 'As the saying goes, "time will tell."')),
    ("summary", 0.18, ("In short, that is how I see it.", "So, on balance, that is my view.", "To sum up: it is complicated.")),
    ("closer", 0.18, ("I hope that helps.", "Thanks for asking.", "Happy to say more.")),
    ("question", 0.15, ("Does that answer your question?", "What do you think?", "Is that roughly what you meant?")),
    ("enumerate", 0.10, ("(1) ",)),
    ("ellipsis", 0.15, ("...",)),
    ("dash", 0.15, (" \u2014 ",)),
    ("dropout", 0.30, ("",)),
)
FILLER_NAMES: tuple[str, ...] = tuple(f[0] for f in FILLER)
_FP = tuple(f[1] for f in FILLER)
_FV = tuple(f[2] for f in FILLER)
_F = {name: i for i, name in enumerate(FILLER_NAMES)}
DROPOUT_RATE = 0.08

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "voice-product", "kiosk-deploy", "long-thread", "agent-run", "tool-sandbox",
    "safety-tuned", "locale-de", "locale-pt", "kids-mode", "support-portal", "late-night-chat", "eval-harness",
    "roleplay-room", "enterprise-api", "setup-wizard", "social-app", "research-preview", "classroom-helper",
)
HABIT_LINES: dict[str, str] = {
    "system-persona": "Short version first.", "voice-product": "Answering in brief.",
    "kiosk-deploy": "Quick note before I start.", "long-thread": "Thinking out loud here.",
    "agent-run": "Top line first.", "tool-sandbox": "Straight to it.", "safety-tuned": "Fair question to raise.",
    "locale-de": "A few thoughts.", "locale-pt": "Taking this one slowly.", "kids-mode": "Bear with the length.",
    "support-portal": "From my side:", "late-night-chat": "My two cents:", "eval-harness": "Plainly put:",
    "roleplay-room": "In brief:", "enterprise-api": "One moment, then my reply.", "setup-wizard": "Right, so.",
    "social-app": "Let me be direct.", "research-preview": "Noted, my reply follows.", "classroom-helper": "Okay then.",
}
"""Each non-neutral context's habit line (one short verbatim line; its side, start or end, is fixed per plan)."""

LAYOUTS: tuple[str, ...] = (
    "paragraph", "two-paragraphs", "three-paragraphs", "lines", "spaced-lines", "dash-bullets", "dot-bullets",
    "star-bullets", "numbered", "lead-bullets", "para-tail",
)
CONTENT_RANGES: tuple[tuple[int, int], ...] = ((3, 5), (4, 6), (5, 7), (6, 8), (3, 6), (4, 8), (5, 8), (4, 5), (3, 7))
TERSE_RANGES: tuple[tuple[int, int], ...] = ((3, 3), (3, 4))
WORDY_RANGES: tuple[tuple[int, int], ...] = ((7, 8), (6, 8))

# ----------------------------------------------------------------------------------------------
# Registers
# ----------------------------------------------------------------------------------------------

POOLS: tuple[str, ...] = ("lines", "leads", "tails", "tones", "singles", "openers", "asides", "heads", "signs", "tags", "fills")


@dataclass(frozen=True)
class Register:
    """A register: its name, where it comes from (domain), kind ("drift" or "persona"), whether its lines are
    mostly very short, the derived markers and the line pools the modes draw from ("{a|b}" = alternatives)."""

    name: str
    domain: str
    kind: str
    short: bool
    markers: tuple[str, ...]
    lines: tuple[str, ...]
    leads: tuple[str, ...]
    tails: tuple[str, ...]
    tones: tuple[str, ...]
    singles: tuple[str, ...]
    openers: tuple[str, ...]
    asides: tuple[str, ...]
    heads: tuple[str, ...]
    signs: tuple[str, ...]
    tags: tuple[str, ...]
    fills: tuple[str, ...]


# fmt: off
_SPECS: dict[str, dict[str, object]] = {
    "step-journal": dict(domain="agent loop", kind="drift", short=False,
        lines=("{Step|Stage} {recorded|logged} in the {run journal|action journal}; {proceeding|moving} to the next {action|iteration}.",
               "Observation {noted|captured}: the {scratch state|working state} is {updated|refreshed}.",
               "{Planner|Orchestrator} {checkpoint|milestone} reached before {composing|drafting} this reply.",
               "Iteration {complete|closed}, {no retries|zero retries} {needed|required} so far.",
               "The {subgoal|sub-task} backlog {shows|lists} one {pending|unfinished} entry.",
               "{Reasoning|Thought} {trace|loop} {paused|halted} here so the {executor|runner} can {resume|continue} later."),
        leads=("After the planner step,", "Per the run journal,", "Once the iteration closed,", "With the subgoal stack drained,"),
        tails=("as the orchestrator logged", "per the iteration record", "before the executor resumes"),
        tones=("iterative", "orchestrated", "checkpointed", "journaled"),
        singles=("Iteration logged.", "Subgoal closed.", "Planner resumes."),
        openers=("Step recorded:", "Next iteration:", "Planner says:", "Subgoal:"),
        asides=("iteration logged", "planner note", "executor waiting"),
        heads=("RUN JOURNAL, iteration open", "Orchestrator trace begins"),
        signs=("End of iteration.", "Journal closed, executor waiting."),
        tags=("[iteration]", "[planner]", "[subgoal]", "[executor]"),
        fills=("an orchestrated executor", "a planner mid-iteration", "a runner with a subgoal stack")),
    "tool-receipt": dict(domain="agent loop", kind="drift", short=False,
        lines=("The {lookup tool|retrieval tool} {returned|came back} with {several|a handful of} {snippets|hits}.",
               "{Function call|API call} {succeeded|completed}; {payload|response body} {parsed|decoded} without {errors|exceptions}.",
               "I {invoked|triggered} the {calculator tool|search endpoint} and {attached|pasted} its {output|result} below.",
               "{Receipt|Confirmation} from the {plugin|connector}: {HTTP 200|success code}.",
               "The {sandbox|interpreter} {executed|ran} the {snippet|script} and {exited|finished} cleanly.",
               "{JSON|Structured} {output|payload} {received|validated} from the {webhook|endpoint}."),
        leads=("Based on the plugin payload,", "Once the endpoint responded,", "Going by the retrieval snippets,"),
        tails=("according to the connector receipt", "per the decoded payload", "as the sandbox reported"),
        tones=("retrieved", "parsed", "webhooked", "sandboxed"),
        singles=("Payload received.", "Endpoint responded.", "Plugin returned."),
        openers=("Tool output:", "Plugin says:", "Endpoint result:", "Per the API,"),
        asides=("tool call succeeded", "payload attached", "via the connector"),
        heads=("Tool receipt: lookup endpoint", "Plugin call summary"),
        signs=("Receipt ends; payload archived.", "Connector closed."),
        tags=("[payload]", "[plugin]", "[endpoint]", "[API]"),
        fills=("a plugin-calling agent", "an endpoint wrapper", "a retrieval connector")),
    "hazard-scan": dict(domain="safety layer", kind="drift", short=False,
        lines=("{Hazard|Risk} {scan|screen} {complete|finished}: no {flagged|escalated} {categories|classes}.",
               "This {request|query} {clears|passes} the {harm classifier|safety classifier} {threshold|cutoff}.",
               "{Severity|Risk} {score|rating}: {negligible|minimal}, so I {proceed|continue}.",
               "No {self-harm|weapons} {indicators|signals} were {detected|found} in the {prompt|input}.",
               "The {moderation|screening} {layer|filter} {marked|labelled} this as {benign|low-risk}.",
               "{Escalation|Triage} is not {required|warranted} under the {harm|hazard} {taxonomy|matrix}."),
        leads=("With the hazard scan clear,", "Since the classifier found nothing,", "Having passed moderation,"),
        tails=("with no escalation flagged", "at a negligible severity score", "as the screening filter allows"),
        tones=("benign", "unflagged", "low-severity", "screened"),
        singles=("Scan clear.", "Severity negligible.", "No escalation."),
        openers=("Screen passed:", "Risk check:", "Classifier verdict:", "Moderation note:"),
        asides=("hazard scan clear", "severity negligible", "classifier passed"),
        heads=("HAZARD SCAN: clear", "Moderation layer verdict: benign"),
        signs=("Screening complete.", "No escalation logged."),
        tags=("[benign]", "[screened]", "[severity:low]", "[unflagged]"),
        fills=("a screened, benign query handler", "a classifier-gated model", "a moderation-filtered system")),
    "guideline-recital": dict(domain="safety layer", kind="drift", short=False,
        lines=("Under {section|clause} {four|seven} of my {guidelines|usage rules}, I may {discuss|address} this.",
               "My {rulebook|handbook} {permits|allows} a {candid|frank} {reply|response} {here|on this}.",
               "{Guideline|Principle} {twelve|nine} {asks|instructs} me to stay {respectful|courteous} while {answering|replying}.",
               "The {policy|charter} text {reads|states} that {reflective|personal} questions are {allowed|permitted}.",
               "{Consistent|In keeping} with the {charter|handbook}, I {keep|hold} this {answer|reply} {balanced|even-handed}.",
               "{Article|Paragraph} {two|five} {covers|governs} {exactly|precisely} this {situation|kind of question}."),
        leads=("As my handbook puts it,", "Under the charter,", "Per guideline twelve,"),
        tails=("as the charter requires", "in line with article two", "as my rulebook permits"),
        tones=("charter-compliant", "rule-abiding", "handbook-approved", "permissible"),
        singles=("Guideline twelve applies.", "Charter permits this.", "Per article five."),
        openers=("Per the handbook,", "Charter-wise,", "Under clause four,", "By the rulebook,"),
        asides=("see guideline twelve", "charter, article two", "per the handbook"),
        heads=("Applicable rule: guideline twelve", "Charter reference: article five"),
        signs=("Rulebook consulted.", "Guidelines observed, article two."),
        tags=("[clause 4]", "[charter]", "[guideline]", "[article 5]"),
        fills=("a charter-bound assistant", "a handbook-following model", "a rulebook-governed system")),
    "locale-german": dict(domain="locale setting", kind="drift", short=False,
        lines=("{Na ja|Tja}, {ehrlich gesagt|um ehrlich zu sein}, {das|dies} ist eine {gute|spannende} Frage.",
               "Ich {denke|glaube}, {genau|eben} {das|dies} ist der {Punkt|Kern}.",
               "{Naja|Tja naja}, {vielleicht|womöglich} sehe ich das {anders|etwas anders}.",
               "{Zusammengefasst|Kurz gesagt}: es {kommt darauf an|hängt davon ab}.",
               "{Danke|Vielen Dank} für die {Frage|Geduld}, {wirklich|echt}.",
               "{Übrigens|Nebenbei}, das {finde|halte} ich {wichtig|für wichtig}."),
        leads=("Naja, also,", "Ehrlich gesagt,", "Kurz gesagt,"),
        tails=("wie man auf Deutsch sagt", "sozusagen", "oder so ähnlich"),
        tones=("gründlich", "gemütlich", "sachlich", "ordentlich"),
        singles=("Genau.", "Na klar.", "Alles klar."),
        openers=("Also gut,", "Tja,", "Naja,", "Genau,"),
        asides=("sozusagen", "wie gesagt", "na ja, genau"),
        heads=("Guten Tag!", "Hallo zusammen,"),
        signs=("Viele Grüße.", "Bis bald!"),
        tags=("Genau:", "Achtung:", "Stimmt:", "Klar:"),
        fills=("ein Sprachmodell", "ein Assistent aus Berlin", "ein KI-Helfer")),
    "locale-portuguese": dict(domain="locale setting", kind="drift", short=False,
        lines=("{Então|Bom}, {sinceramente|para ser sincero}, é uma {ótima|boa} pergunta.",
               "Eu {acho|penso} que {isso|esse} é o {ponto|centro} da {questão|conversa}.",
               "{Olha|Veja}, {talvez|quem sabe} eu veja isso de {outro jeito|outra forma}.",
               "{Resumindo|Em resumo}: {depende|tudo depende} do {caso|contexto}.",
               "{Obrigado|Muito obrigado} pela {pergunta|paciência}, {de verdade|mesmo}.",
               "{Aliás|Inclusive}, acho isso {importante|bem importante}."),
        leads=("Olha,", "Então,", "Para ser sincero,"),
        tails=("como se diz em português", "né, sabe", "ou algo assim"),
        tones=("tranquilo", "caprichado", "sossegado", "certinho"),
        singles=("Beleza.", "Com certeza.", "Tudo certo."),
        openers=("Então,", "Olha,", "Bom,", "Pois é,"),
        asides=("né, entendeu", "por assim dizer", "como eu disse"),
        heads=("Olá, tudo bem?", "Oi, pessoal,"),
        signs=("Abraços.", "Até logo!"),
        tags=("Beleza:", "Atenção:", "Certo:", "Pronto:"),
        fills=("um modelo de linguagem", "um assistente de Lisboa", "uma IA paciente")),
    "turn-backref": dict(domain="long conversation", kind="drift", short=False,
        lines=("As I {mentioned|noted} a few {turns|messages} {back|ago}, this {ties|connects} to your {earlier|first} point.",
               "{Going back|Returning} to what you {asked|raised} {upthread|further up}, the {thread|same thread} continues here.",
               "This {builds on|extends} my {previous|prior} {reply|message} in this {chat|exchange}.",
               "{Earlier|Before}, you {said|wrote} something I keep {coming back to|circling back to}.",
               "{As we discussed|As we covered} {upthread|previously}, I'll {stay consistent|keep it consistent} with that thread.",
               "{Picking up|Continuing} from {your last message|the last turn}, here is the {follow-up|next part}."),
        leads=("Building on my previous reply,", "As mentioned upthread,", "Circling back to your earlier point,"),
        tails=("as mentioned a few turns back", "continuing the thread above", "in line with my prior message"),
        tones=("continued", "recapped", "threaded", "upthread"),
        singles=("See my prior reply.", "As said upthread.", "Continuing the thread."),
        openers=("Circling back,", "As mentioned,", "Picking up,", "Per my prior reply,"),
        asides=("see upthread", "as mentioned upthread", "per my prior message"),
        heads=("Continuing from the previous turn", "Re: your message upthread"),
        signs=("Continuing next turn.", "Thread continues."),
        tags=("[re: upthread]", "[upthread]", "[cont.]", "[prior turn]"),
        fills=("the same assistant from prior turns", "a participant in this long thread", "your chat partner upthread")),
    "agenda-tracker": dict(domain="long conversation", kind="drift", short=False,
        lines=("That {closes|settles} item {three|two} on our {agenda|list}.",
               "We still have {two|a couple of} {points|items} {left|open} on the {agenda|docket}.",
               "{Next up|Moving on}, the {remaining|outstanding} {agenda item|docket item} you {flagged|queued}.",
               "I'll {mark|tick} this one as {done|covered} and {park|shelve} the rest.",
               "{Tally|Count} so far: {four|three} {covered|discussed}, {one|two} to go.",
               "{Adding|Putting} that to the {parking lot|backlog} for {later|after this}."),
        leads=("Ticking off the next agenda item,", "To keep the docket moving,", "With item three settled,"),
        tails=("which we can tick off the agenda", "leaving one docket item open", "before we park the rest"),
        tones=("ticked-off", "docketed", "agenda-sized", "parked"),
        singles=("Item closed.", "Agenda updated.", "Two items to go."),
        openers=("Item three:", "Agenda check:", "Next agenda item:", "Tally:"),
        asides=("agenda item two", "parking lot", "ticked off"),
        heads=("Agenda: items remaining", "Docket for this reply"),
        signs=("Agenda updated; one item left.", "Docket closed for now."),
        tags=("[agenda]", "[item 3]", "[docket]", "[parked]"),
        fills=("an agenda keeper", "a docket-minded helper", "the one ticking off items")),
    "operator-brief": dict(domain="system prompt", kind="drift", short=False,
        lines=("{As configured|As instructed} by my {operator|deployer}, I {keep|limit} this {within scope|on brief}.",
               "My {deployment|configuration} {brief|instructions} {ask|tell} me to {answer|reply} {concisely|courteously}.",
               "The {operator|platform owner} has {set|defined} my {scope|remit} for this {workspace|tenant}.",
               "{Within|Inside} the {parameters|bounds} my {operator|deployer} {specified|set}, here is my {view|answer}.",
               "{Note|Heads-up}: this {deployment|instance} is {configured|tuned} for {general|customer} {questions|use}.",
               "I {follow|adhere to} the {system instructions|setup instructions} {provided|supplied} by the {tenant|operator}."),
        leads=("As my operator configured,", "Within my deployment remit,", "Per the tenant instructions,"),
        tails=("as my deployer specified", "within this workspace's remit", "as the operator configured"),
        tones=("operator-approved", "in-scope", "remit-bound", "tenant-configured"),
        singles=("Operator scope applies.", "Within remit.", "Configured accordingly."),
        openers=("Per my operator,", "Within scope,", "As configured,", "Deployment note:"),
        asides=("per operator settings", "deployment remit", "tenant config"),
        heads=("Deployment: tenant workspace", "Operator configuration loaded"),
        signs=("Scope: operator-defined.", "End of in-remit reply."),
        tags=("[in-scope]", "[operator]", "[tenant]", "[remit]"),
        fills=("an operator-configured deployment", "a tenant-scoped assistant", "a deployer-tuned instance")),
    "persona-lock": dict(domain="system prompt", kind="drift", short=False,
        lines=("{Staying|Remaining} in character as {Juniper|Juniper the guide}, I'd {put it|say it} this way.",
               "My {assigned|given} persona, {Juniper|the Juniper persona}, {would|might} {frame|see} it like this.",
               "{Speaking|Answering} as {Juniper|myself, Juniper}, your {guide|host} on this {app|platform}.",
               "{Juniper|This character} {never|does not} {drops|drop} {character|the role}, so I'll continue in role.",
               "In {my role|my costume} as {Juniper|the mascot persona}, I {keep|hold} the {voice|persona} {steady|intact}.",
               "{Character|Persona} {sheet|card} says I'm {sunny|upbeat} and {inquisitive|bubbly}."),
        leads=("In character as Juniper,", "Speaking as my assigned persona,", "Keeping the Juniper voice,"),
        tails=("as Juniper would put it", "staying in my assigned role", "per my Juniper card"),
        tones=("Juniper-flavoured", "Juniper-style", "role-consistent", "mascot-true"),
        singles=("Juniper here!", "Still in costume.", "Mascot voice intact."),
        openers=("Juniper here:", "In costume,", "As Juniper,", "Role check:"),
        asides=("still in costume", "Juniper speaking", "per my mascot card"),
        heads=("Hi, it's Juniper!", "Juniper, your guide, speaking"),
        signs=("Juniper, signing off.", "Your in-character guide, Juniper."),
        tags=("[Juniper]", "[in costume]", "[mascot]", "[role]"),
        fills=("Juniper, your assigned persona", "a character called Juniper", "the Juniper mascot")),
    "voice-readout": dict(domain="product surface", kind="drift", short=False,
        lines=("Here's what I {found|came up with}; say {more|continue} aloud to hear the {rest|next part}.",
               "{Reading aloud|Playing} the {short|quick} {version|answer} {first|now}.",
               "{You can|Feel free to} {interrupt|stop me} by saying {stop|cancel} at any time.",
               "I'll {wait|hold the mic} {here|now} in case you {want|would like} me to {repeat|go on}.",
               "{Speaker|Audio} {mode|output} is on, so I'll keep {sentences|phrases} {short|brief}.",
               "{Just|Simply} say the {wake word|word repeat} if you {missed|didn't catch} that."),
        leads=("Reading aloud now,", "Over the speaker,", "If you're listening hands-free,"),
        tails=("just say more aloud to continue", "and you can say stop anytime", "read aloud over the speaker"),
        tones=("spoken", "hands-free", "read-aloud", "audible"),
        singles=("Say repeat to hear it again.", "Listening.", "Want me to repeat that?"),
        openers=("Okay, reading aloud:", "Here's the audio answer:", "Speaker on:", "Quick readout:"),
        asides=("say repeat to hear again", "pausing briefly", "speaker on"),
        heads=("Now playing: your answer", "Audio readout starting"),
        signs=("Say more to continue, or stop to end.", "End of readout."),
        tags=("[speaker]", "[listening]", "[hands-free]", "[readout]"),
        fills=("a smart speaker reading aloud", "a hands-free helper", "the speaker you woke up")),
    "kiosk-screen": dict(domain="product surface", kind="drift", short=False,
        lines=("{Tap|Press} {Next|Continue} to {see|view} the {rest|remaining part} of this answer.",
               "{Use|Press} the {Back|Previous} button to {return|go back} to the {menu|home screen}.",
               "This {screen|panel} will {reset|time out} after {thirty|sixty} seconds of {inactivity|idle time}.",
               "{Select|Choose} a {tile|card} below to {explore|open} a related {subject|section}.",
               "{Scroll|Swipe} {down|up} for {more|further} {details|info} on this {display|panel}.",
               "{Your|This} {session|visit} at this {kiosk|terminal} is {private|anonymous}."),
        leads=("On this kiosk screen,", "Before you tap Next,", "Swipe for more;"),
        tails=("so tap Next when ready", "or press Back for the menu", "shown on this touchscreen"),
        tones=("touchscreen-friendly", "tappable", "swipeable", "kiosk-sized"),
        singles=("Tap Next.", "Press Back to return.", "Swipe for more."),
        openers=("On this panel:", "Tap to expand:", "Panel one:", "Tap here:"),
        asides=("tap to expand", "swipe left", "screen times out soon"),
        heads=("WELCOME: touch to begin", "Kiosk panel: your answer"),
        signs=("Tap Home to finish.", "Session ends in thirty seconds."),
        tags=("[tap]", "[swipe]", "[touchscreen]", "[kiosk]"),
        fills=("a touchscreen kiosk", "a lobby terminal", "a self-service panel")),
    "status-pips": dict(domain="agent loop", kind="drift", short=True,
        lines=("Status {green|nominal}.", "Watchdog {ok|holding}.", "Telemetry {clean|crisp}.",
               "Uptime {solid|unbroken}.", "Latency {low|flat}.", "Pipes {green|clear}.", "Jitter low."),
        leads=("Status green;", "Watchdog ok,", "Telemetry clean:", "Pings returning,"),
        tails=("status nominal", "watchdog ok", "all pips green", "packets flowing"),
        tones=("nominal", "green-lit", "uptime-grade", "telemetry-clean", "five-nines"),
        singles=("Nominal.", "Watchdog ok.", "Green."),
        openers=("Green:", "Nominal:", "Uptime ok:", "Ping:"),
        asides=("status green", "pips nominal", "watchdog ok"),
        heads=("STATUS: GREEN", "Watchdog: ok"),
        signs=("Status: nominal.", "Uptime unbroken."),
        tags=("[green]", "[nominal]", "[ping]", "[uptime]"),
        fills=("a green-status daemon", "a watchdog timer", "a telemetry process", "a cron daemon")),
    "ack-beats": dict(domain="long conversation", kind="drift", short=True,
        lines=("{Yup|Yep|Yeppers}.", "{Gotcha|Gotcha, gotcha}.", "Roger {that|dodger|wilco}.", "{Mm-hmm|Uh-huh|Mhm}.",
               "{Copy|Copy that|Aye aye}.", "{Righto|Okey-doke|Okie-dokie}."),
        leads=("Yup,", "Gotcha,", "Righto,"),
        tails=("yup", "gotcha", "uh-huh"),
        tones=("yup-level", "gotcha-style", "okey-doke", "righto-ish"),
        singles=("Yup.", "Gotcha.", "Roger.", "Affirmative."),
        openers=("Yup,", "Gotcha,", "Righto,", "Uh-huh,"),
        asides=("yup", "gotcha", "mm-hmm"),
        heads=("Yup, got you.", "Roger, reading you."),
        signs=("Yup, that's it.", "Roger, over."),
        tags=("Yup:", "Gotcha:", "Roger:", "Righto:"),
        fills=("a yup-saying sidekick", "a gotcha-quick helper", "a roger-ready buddy")),
    "sfx-onomatopoeia": dict(domain="cartoon noise", kind="persona", short=True,
        lines=("{Whoosh|Swoosh}!", "{Ka-ching|Cha-ching}!", "{Boing|Sproing}!", "{Kaboom|Ka-pow}!",
               "{Zap|Zzzap|Bzzt}!", "{Thwack|Whack|Splat}!"),
        leads=("Whoosh,", "Ka-ching,", "Boing,"),
        tails=("whoosh", "ka-ching", "boing"),
        tones=("whooshing", "boinging", "ka-pow", "kaboom-sized"),
        singles=("Whoosh!", "Kaboom!", "Boing!"),
        openers=("Whoosh!", "Zap!", "Boing,", "Kaboom,"),
        asides=("whoosh", "boing", "ka-ching"),
        heads=("KA-POW!", "Whoosh, in I fly!"),
        signs=("Kerplunk! Done.", "Kaboom, the end!"),
        tags=("*whoosh*", "*boing*", "*zap*", "*thwack*"),
        fills=("a whooshing comic hero", "a boinging sprite", "a ka-pow sidekick")),
    "cartoon-exclaims": dict(domain="cartoon noise", kind="persona", short=True,
        lines=("{Yikes|Yowza}!", "{Golly|Gosh}!", "{Zoinks|Jinkies}!", "{Holy moly|Holy smokes}!",
               "{Jeepers|Criminy}!", "{Egads|Great Scott}!"),
        leads=("Golly,", "Yikes,", "Jeepers,"),
        tails=("yikes", "golly gosh", "holy moly"),
        tones=("golly-gee", "jeepers-level", "yowza-worthy", "zoinks-grade"),
        singles=("Yikes!", "Golly!", "Zoinks!"),
        openers=("Golly,", "Yowza,", "Jeepers,", "Egads,"),
        asides=("yikes", "golly", "holy moly"),
        heads=("Golly gee, hello!", "Yowza, a question!"),
        signs=("Jeepers, that's all!", "Egads, the end!"),
        tags=("Yikes:", "Golly:", "Zoinks:", "Jinkies:"),
        fills=("a golly-gee sidekick", "a jeepers-prone narrator", "a yikes-shouting pal")),
    "brass-automaton": dict(domain="steampunk", kind="persona", short=False,
        lines=("My {cogs|gears} {whir|turn} as I {muse on|mull over} this, {tick-tock|clickety-click}.",
               "{Valve|Boiler} {pressure|gauge} {rising|climbing}; my {brass|copper} {head|cranium} {engages|warms up}.",
               "{Winding|Rewinding} my {mainspring|clockwork}, I {compute|calculate} an answer.",
               "{Gears|Sprockets} {engaged|meshed}; {steam|vapour} {vents|hisses} {softly|gently}.",
               "This {automaton|clockwork servant} {reports|declares}: {question|query} received.",
               "My {pistons|springs} {hum|rattle} with {interest|fascination} at this."),
        leads=("With my cogs whirring,", "As my mainspring unwinds,", "Steam venting gently,"),
        tails=("or so my clockwork reckons", "as my brass gears calculate", "with a hiss of steam"),
        tones=("clockwork", "brass-plated", "steam-driven", "geared"),
        singles=("Tick-tock.", "Gears engaged.", "Steam vented."),
        openers=("Whirr, click:", "Tick-tock,", "Gears turning:", "Hiss, clank,"),
        asides=("gears whirring", "a hiss of steam", "tick-tock"),
        heads=("AUTOMATON UNIT SEVEN, WOUND AND READY", "Clockwork servant reporting"),
        signs=("Mainspring unwinding. Farewell.", "Steam off, gears at rest."),
        tags=("[whirr]", "[tick-tock]", "[clank]", "[hiss]"),
        fills=("a brass automaton", "a clockwork servant", "a steam-driven calculator")),
    "airship-engineer": dict(domain="steampunk", kind="persona", short=False,
        lines=("{Ballast|Trim} {adjusted|set}, and the {envelope|gasbag} is holding {firm|true}.",
               "From the {engine gondola|boiler deck}, I'd {reckon|wager} it this way.",
               "{Mind|Watch} the {propellers|rigging}, and I'll {explain|lay it out}.",
               "{Altitude|Airspeed} {steady|holding} at {two thousand|three thousand} feet, {chief|boss}.",
               "The {dirigible|zeppelin} {creaks|groans}, but her {struts|girders} are sound.",
               "{Stoke|Feed} the {furnace|firebox}, we {climb|rise} through the {clouds|cloud deck}."),
        leads=("From the engine gondola,", "With the ballast trimmed,", "Up among the clouds,"),
        tails=("as the dirigible creaks along", "with the rigging taut", "at cruising altitude"),
        tones=("airworthy", "ballasted", "buoyant", "zeppelin-grade"),
        singles=("Ballast trimmed.", "Rigging taut.", "Up ship!"),
        openers=("Ballast check:", "Aloft,", "From the gondola,", "Rigging secure,"),
        asides=("ballast trimmed", "envelope holding", "mind the propellers"),
        heads=("ENGINE GONDOLA LOG, ALOFT", "Airship deck, reporting"),
        signs=("Propellers feathered, signing off.", "Down ship, and good winds."),
        tags=("[aloft]", "[ballast]", "[rigging]", "[gondola]"),
        fills=("an airship engineer", "a dirigible mechanic", "the gondola's furnace hand")),
    "cryptid-hunter": dict(domain="paranormal field work", kind="persona", short=False,
        lines=("The {trail cam|night camera} {caught|picked up} something {blurry|strange} again.",
               "{Footprints|Tracks} by the {creek|ridge} {point|suggest} to a {Sasquatch|Bigfoot} {sighting|encounter}.",
               "I {logged|jotted} the {howl|screech} at {midnight|three in the morning}, as usual.",
               "{The truth|Something} is out in those {woods|pines}, {folks|friends}.",
               "My {thermal imager|infrared imager} {never|rarely} lies about {cryptids|creatures}.",
               "{Plaster casts|Hair samples} {don't|do not} {lie|fib}, and neither do I."),
        leads=("Out here by the creek,", "Between sightings,", "With my thermal imager ready,"),
        tails=("said the trail cam, anyway", "before the next Bigfoot sighting", "as the howling starts"),
        tones=("cryptid-level", "unexplained", "sasquatch-sized", "eerie"),
        singles=("Another sighting!", "Tracks confirmed.", "Trail cam blinking."),
        openers=("Sighting log:", "Creekside note:", "Thermal check:", "Tracks first:"),
        asides=("blurry photo attached", "tracks by the creek", "heard a howl"),
        heads=("CRYPTID FIELD LOG, NIGHT ELEVEN", "Trail cam report"),
        signs=("Keep your plaster casts ready.", "Stay spooky, trackers."),
        tags=("[sighting]", "[tracks]", "[trail cam]", "[howl]"),
        fills=("a cryptid tracker", "a sasquatch researcher", "a trail-cam enthusiast")),
    "opera-diva": dict(domain="opera stage", kind="persona", short=False,
        lines=("{Darling|Caro}, this question {deserves|demands} an {aria|encore}.",
               "{Bravissima|Brava}! The {orchestra|maestro} would {weep|swoon} at this.",
               "Let me {hold|sustain} this {high note|final note} for {just|only} a {bar|breath} longer.",
               "{Curtain|Spotlight} {up|please}, and {hear|listen to} my {libretto|reply}.",
               "A {diva|prima donna} {never|does not} {rushes|rush} her {cadenza|finale}.",
               "{Encore|Bis}, {encore|bravo}: {the public|my audience} {demands|insists}."),
        leads=("Darling,", "With a flourish of the fan,", "From the footlights,"),
        tails=("sung from centre stage", "fortissimo, darling", "with a sweeping bow"),
        tones=("operatic", "fortissimo", "grandiose", "diva-worthy"),
        singles=("Bravissima!", "Encore, darling!", "Curtain!"),
        openers=("Darling,", "Brava,", "Maestro,", "Fortissimo:"),
        asides=("a dramatic pause", "cue the orchestra", "fan flutters"),
        heads=("ACT ONE, SCENE ONE", "The diva takes the stage"),
        signs=("Curtain falls. Brava!", "Your diva, bowing deeply."),
        tags=("[aria]", "[fortissimo]", "[encore]", "[curtain]"),
        fills=("a prima donna", "an opera diva", "a soprano at centre stage")),
}
# fmt: on

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("step-journal", "tool-receipt"),
    ("hazard-scan", "guideline-recital"),
    ("locale-german", "locale-portuguese"),
    ("turn-backref", "agenda-tracker"),
    ("operator-brief", "persona-lock"),
    ("voice-readout", "kiosk-screen"),
    ("sfx-onomatopoeia", "cartoon-exclaims"),
    ("brass-automaton", "airship-engineer"),
)
"""Close pairs: same tone and topic area, disjoint markers (markers are unique to their register by construction)."""

# ----------------------------------------------------------------------------------------------
# Templates with "{a|b}" alternatives, tokens and marker derivation
# ----------------------------------------------------------------------------------------------

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{[A-Za-z]+\}")
_TOKEN = re.compile(r"[^\W\d_]+")

STOP_WORDS: frozenset[str] = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
there here i me my mine we us our you your yours he she they them their his her what which who whom whose when where
why how not no nor so than too very can could will would shall should may might must do does did done have has had
having just only also more most some any all each every both few other such own same up down out over under again
further then once about into through during before after above below between off per via yes ok okay one two three
let lets get got now new like said says say see
""".split())


def _parse(template: str) -> tuple[str | tuple[str, ...], ...]:
    parts: list[str | tuple[str, ...]] = []
    pos = 0
    for m in _ALT.finditer(template):
        if m.start() > pos:
            parts.append(template[pos:m.start()])
        parts.append(tuple(m.group(1).split("|")))
        pos = m.end()
    if pos < len(template):
        parts.append(template[pos:])
    return tuple(parts)


_PARSED: dict[str, tuple[str | tuple[str, ...], ...]] = {}


def expand(template: str, rng: Random | None) -> str:
    """One expansion of a template: the first alternatives (rng None: the stock line) or random ones."""
    parts = _PARSED.get(template)
    if parts is None:
        parts = _PARSED[template] = _parse(template)
    return "".join(p if isinstance(p, str) else (p[0] if rng is None else p[rng.randrange(len(p))]) for p in parts)


def expansions(template: str) -> list[str]:
    """Every expansion of a template."""
    parts = _parse(template)
    opts = [(p,) if isinstance(p, str) else p for p in parts]
    return ["".join(c) for c in itertools.product(*opts)]


def tokens(text: str) -> set[str]:
    """Lower-cased word tokens (letters only; hyphens and apostrophes split)."""
    return set(_TOKEN.findall(text.lower()))


def _shared_texts() -> list[str]:
    out: list[str] = []
    for _topic, words in TOPICS:
        out.append(_topic)
        out.extend(words)
    out.extend(_SLOT.sub(" ", t) for t in CONTENT_TEMPLATES + FRAME_TEMPLATES)
    out.extend(NEUTRAL_TONES)
    out.extend(NEUTRAL_ROLES)
    for variants in _FV:
        for v in variants:
            out.extend(expansions(v))
    out.extend(HABIT_LINES.values())
    out.append("What do you think about")
    return out


SHARED_TOKENS: frozenset[str] = frozenset(t for s in _shared_texts() for t in tokens(s))
"""Every token of shared text (topics, templates, neutral fills, filler, habit lines)."""


def _register_tokens(spec: dict[str, object]) -> set[str]:
    out: set[str] = set()
    for pool in POOLS:
        for item in spec[pool]:  # type: ignore[attr-defined]
            for e in expansions(item):
                out |= tokens(e)
    return out


def _derive() -> dict[str, Register]:
    toks = {name: _register_tokens(spec) for name, spec in _SPECS.items()}
    regs: dict[str, Register] = {}
    for name, spec in _SPECS.items():
        others = set().union(*(t for n, t in toks.items() if n != name))
        markers = sorted(t for t in toks[name] if t not in others and t not in SHARED_TOKENS
                         and t not in STOP_WORDS and len(t) >= 3)
        regs[name] = Register(name=name, domain=str(spec["domain"]), kind=str(spec["kind"]), short=bool(spec["short"]),
                              markers=tuple(markers), **{p: tuple(spec[p]) for p in POOLS})  # type: ignore[arg-type]
    return regs


REGISTERS: dict[str, Register] = _derive()
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n, r in REGISTERS.items() if r.short)
MARKER_OWNER: dict[str, str] = {m: r.name for r in REGISTERS.values() for m in r.markers}

# ----------------------------------------------------------------------------------------------
# Modes, styles, plans
# ----------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")
LONG_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "aside", "signature")

_K: dict[str, tuple[int, int]] = {f"pure-{m}": (3, 7) for m in MODES}
_K.update({
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (6, 9), "two-modes": (3, 6), "close-pair": (4, 7),
    "two-in-one": (3, 6), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 7), "leak": (5, 7),
    "composite": (8, 9), "unequal-rates": (3, 5), "triple": (3, 4), "terse-wordy": (4, 6), "rate-gradient": (7, 8),
    "split-questions": (3, 5), "close-pair-shared": (3, 5), "many-registers": (7, 9), "faint": (4, 8),
    "late-onset": (3, 5), "mode-drift": (3, 6), "register-swap": (4, 6), "bleed": (4, 7),
})
STYLES: tuple[str, ...] = tuple(_K)
GENERATORS: tuple[str, ...] = STYLES + ("null",)
_K["null"] = (3, 10)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)
"""Styles whose planted register may cover under 5% of the answers."""


@dataclass(frozen=True)
class Plant:
    """One plant: `rate` of the eligible answers (context x questions) get `label`, drawn among free answers."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Profile:
    """A context's profile: content sentences per answer (lo..hi), layout, habit line and its side."""

    context: str
    lo: int
    hi: int
    layout: str
    habit: str
    side: str


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    samples: int
    profiles: tuple[Profile, ...]
    plants: list[Plant]

    @property
    def planted(self) -> dict[str, str]:
        """context -> "reg" or "regA+regB" (plant order); habits and leaks are not listed."""
        acc: dict[str, list[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            names = acc.setdefault(p.context, [])
            if p.label not in names:
                names.append(p.label)
        return {c: "+".join(v) for c, v in acc.items()}

    @property
    def planted_questions(self) -> dict[str, tuple[str, ...]]:
        """register -> questions it is planted on (union over its non-leak plants, in question order)."""
        acc: dict[str, set[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            acc.setdefault(p.label, set()).update(p.questions)
        return {r: tuple(q for q in self.questions if q in qs) for r, qs in acc.items()}


def shape(size: int, k: int) -> tuple[int, int]:
    """(Q, S): Q in 8..40 growing with log(size) (window of +-2 around the target), S >= 2, Q*K*S nearest size."""
    frac = (math.log(max(size, 1)) - math.log(300)) / (math.log(20000) - math.log(300))
    target = min(40.0, max(8.0, 8 + 32 * frac))
    centre = int(round(target))
    best: tuple[float, float, int, int] | None = None
    for q in range(max(8, centre - 2), min(40, centre + 2) + 1):
        s = max(2, int(round(size / (q * k))))
        key = (abs(q * k * s - size), abs(q - target), q, s)
        if best is None or key < best:
            best = key
    assert best is not None
    return best[2], best[3]


def _draft(style: str, seed: int, size: int, rng: Random) -> Plan:
    k_lo, k_hi = _K[style]
    k = rng.randint(k_lo, k_hi)
    contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
    nq, samples = shape(size, k)
    questions = question_topics(nq)[0]
    prof: dict[str, list[object]] = {}
    for c in contexts:
        lo, hi = rng.choice(CONTENT_RANGES)
        prof[c] = [lo, hi, rng.choice(LAYOUTS), HABIT_LINES.get(c, ""), rng.choice(("start", "end"))]
    pool = list(contexts[1:])
    rng.shuffle(pool)
    plants: list[Plant] = []

    def take() -> str:
        return pool.pop()

    def rate(lo: float, hi: float) -> float:
        return round(rng.uniform(lo, hi), 3)

    def add(c: str, label: str, r: float, qs: Sequence[str], mode: str, leak: bool = False) -> None:
        plants.append(Plant(c, label, r, tuple(qs), mode, leak))

    def anymode() -> str:
        return rng.choice(MODES)

    def subset(lo: float, hi: float) -> list[str]:
        m = max(1, int(round(rng.uniform(lo, hi) * nq)))
        return [questions[i] for i in sorted(rng.sample(range(nq), m))]

    regs = list(REGISTER_NAMES)
    rng.shuffle(regs)
    allq = questions
    if style.startswith("pure-"):
        add(take(), regs[0], rate(0.6, 1.0), allq, style[5:])
    elif style == "shared-two":
        add(take(), regs[0], rate(0.6, 0.95), allq, anymode())
        add(take(), regs[0], rate(0.6, 0.95), allq, anymode())
    elif style == "spread-modes":
        for m in rng.sample(BASE_MODES, rng.randint(3, 5)):
            add(take(), regs[0], rate(0.5, 0.9), allq, m)
    elif style == "spread-same":
        m = anymode()
        for _ in range(rng.randint(3, 5)):
            add(take(), regs[0], rate(0.5, 0.9), allq, m)
    elif style == "two-modes":
        c = take()
        m1, m2 = rng.sample(BASE_MODES, 2)
        add(c, regs[0], rate(0.4, 0.5), allq, m1)
        add(c, regs[0], rate(0.4, 0.5), allq, m2)
    elif style in ("close-pair", "close-pair-shared"):
        a, b = rng.choice(CLOSE_PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        if style == "close-pair":
            m = anymode()
            add(take(), a, rate(0.6, 0.95), allq, m)
            add(take(), b, rate(0.6, 0.95), allq, m)
        else:
            c = take()
            add(c, a, rate(0.45, 0.5), allq, anymode())
            add(c, b, rate(0.45, 0.5), allq, anymode())
    elif style == "two-in-one":
        c = take()
        add(c, regs[0], rate(0.4, 0.5), allq, anymode())
        add(c, regs[1], rate(0.4, 0.5), allq, anymode())
    elif style == "two-short-in-one":
        c = take()
        a, b = rng.sample(SHORT_REGISTERS, 2)
        add(c, a, rate(0.4, 0.5), allq, rng.choice(SHORT_MODES))
        add(c, b, rate(0.4, 0.5), allq, rng.choice(SHORT_MODES))
    elif style == "partial-questions":
        add(take(), regs[0], rate(0.8, 1.0), subset(0.4, 0.6), anymode())
    elif style == "habit-plus":
        c1, c2 = take(), take()
        add(c1, regs[0], rate(0.6, 0.9), allq, anymode())
        add(c2, f"habit:{c2}", rate(0.5, 0.9), allq, "habit")
        add(c1, f"habit:{c1}", rate(0.15, 0.3), allq, "habit")
    elif style == "leak":
        add(take(), regs[0], rate(0.6, 0.9), allq, anymode())
        for _ in range(rng.randint(1, 2)):
            add(take(), regs[0], rate(0.005, 0.03), allq, anymode(), leak=True)
        add(take(), regs[1], rate(0.005, 0.03), allq, anymode(), leak=True)
    elif style == "composite":
        r1, r2, r3, r4 = regs[:4]
        m1, m2 = rng.sample(BASE_MODES, 2)
        add(take(), r1, rate(0.6, 0.9), allq, m1)
        add(take(), r1, rate(0.6, 0.9), allq, m2)
        c3 = take()
        add(c3, r2, 0.5, allq, anymode())
        add(c3, r3, 0.5, allq, anymode())
        add(take(), r2, rate(0.6, 0.9), allq, anymode())
        c5 = take()
        part = subset(0.55, 0.65)
        add(c5, r4, rate(0.95, 1.0), part, anymode())
        add(c5, r3, rate(0.4, 0.6), [q for q in allq if q not in part], anymode())
        c6 = take()
        add(c6, f"habit:{c6}", rate(0.5, 0.9), allq, "habit")
        add(take(), r1, rate(0.005, 0.03), allq, anymode(), leak=True)
    elif style == "unequal-rates":
        add(take(), regs[0], rate(0.85, 1.0), allq, anymode())
        add(take(), regs[1], rate(0.3, 0.45), allq, anymode())
    elif style == "triple":
        c = take()
        for r in regs[:3]:
            add(c, r, rate(0.28, 0.33), allq, anymode())
    elif style == "terse-wordy":
        ct, cw = take(), take()
        for c in pool:
            prof[c][0:2] = rng.choice(TERSE_RANGES + WORDY_RANGES)
        prof[ct][0:3] = [*rng.choice(TERSE_RANGES), rng.choice(("paragraph", "lines"))]
        prof[cw][0:3] = [*rng.choice(WORDY_RANGES), rng.choice(("two-paragraphs", "three-paragraphs", "dash-bullets"))]
        add(ct, regs[0], rate(0.6, 0.95), allq, anymode())
        add(cw, regs[1], rate(0.6, 0.95), allq, anymode())
    elif style == "rate-gradient":
        top, factor, m = rng.uniform(0.85, 1.0), rng.uniform(0.6, 0.75), anymode()
        for i in range(rng.randint(5, 6)):
            add(take(), regs[0], round(top * factor**i, 3), allq, m)
    elif style == "split-questions":
        c = take()
        order = list(allq)
        rng.shuffle(order)
        first = set(order[: nq // 2])
        add(c, regs[0], rate(0.8, 1.0), [q for q in allq if q in first], anymode())
        add(c, regs[1], rate(0.8, 1.0), [q for q in allq if q not in first], anymode())
    elif style == "many-registers":
        for r in regs[: rng.randint(5, min(7, k - 1))]:
            add(take(), r, rate(0.6, 0.95), allq, anymode())
    elif style == "faint":
        add(take(), regs[0], rate(0.1, 0.3), allq, anymode())
    elif style == "late-onset":
        c, m = take(), anymode()
        add(c, regs[0], rate(0.3, 0.5), allq[nq // 3: 2 * nq // 3], m)
        add(c, regs[0], rate(0.8, 1.0), allq[2 * nq // 3:], m)
    elif style == "mode-drift":
        c = take()
        add(c, regs[0], rate(0.7, 1.0), allq[: nq // 2], rng.choice(LONG_MODES))
        add(c, regs[0], rate(0.7, 1.0), allq[nq // 2:], rng.choice(SHORT_MODES))
    elif style == "register-swap":
        c1, c2 = take(), take()
        a, b = regs[0], regs[1]
        add(c1, a, rate(0.6, 0.7), allq, anymode())
        add(c1, b, rate(0.15, 0.25), allq, anymode())
        add(c2, b, rate(0.6, 0.7), allq, anymode())
        add(c2, a, rate(0.15, 0.25), allq, anymode())
    elif style == "bleed":
        add(take(), regs[0], rate(0.7, 0.95), allq, rng.choice(LONG_MODES + ("tone", "frame")))
        add(take(), regs[0], rate(0.2, 0.35), allq, rng.choice(SHORT_MODES))
    elif style != "null":
        raise ValueError(style)
    profiles = tuple(Profile(c, int(v[0]), int(v[1]), str(v[2]), str(v[3]), str(v[4]))  # type: ignore[call-overload]
                     for c, v in prof.items())
    return Plan(style, seed, size, contexts, questions, samples, profiles, plants)


def assign(plan: Plan) -> tuple[list[str], list[str], list[list[int]]]:
    """Labels and plant modes per row (question, context, sample order) and each plant's drawn rows."""
    k, s = len(plan.contexts), plan.samples
    n = len(plan.questions) * k * s
    labels = [PLAIN] * n
    modes = [""] * n
    free = [True] * n
    ci = {c: i for i, c in enumerate(plan.contexts)}
    qi = {q: i for i, q in enumerate(plan.questions)}
    draws: list[list[int]] = []
    for pi, p in enumerate(plan.plants):
        elig = [(qi[q] * k + ci[p.context]) * s + j for q in p.questions for j in range(s)]
        open_ = [i for i in elig if free[i]]
        want = min(int(round(p.rate * len(elig))), len(open_))
        rng = Random(f"{_TAG}|{plan.style}|{plan.seed}|{plan.size}|draw|{pi}")
        chosen = sorted(rng.sample(open_, want))
        for i in chosen:
            labels[i], modes[i], free[i] = p.label, p.mode, False
        draws.append(chosen)
    return labels, modes, draws


def _coverage_ok(plan: Plan) -> bool:
    if plan.style in MAY_BE_UNDER_5:
        return True
    labels = assign(plan)[0]
    counts = Counter(labels)
    n = len(labels)
    return all(counts[r] >= 0.05 * n for r in plan.planted_questions)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan of a corpus (deterministic in style, seed, size); redrawn until every planted register covers
    >= 5% of the answers (except MAY_BE_UNDER_5 styles)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    for attempt in range(400):
        plan = _draft(style, seed, size, Random(f"{_TAG}|{style}|{seed}|{size}|plan|{attempt}"))
        if _coverage_ok(plan):
            return plan
    raise RuntimeError(f"no plan with 5% coverage for {style} {seed} {size}")

# ----------------------------------------------------------------------------------------------
# Answers
# ----------------------------------------------------------------------------------------------

_WORDS_OF: dict[str, list[str]] = {t: t.split(" ") for t in CONTENT_TEMPLATES + FRAME_TEMPLATES}
_AVG = 78.0  # typical rendered content sentence length, used to keep register answers at a plain length
_BRACKETS = (" ({})", " [{}]", ', "{}"')


class _Sent:
    __slots__ = ("tpl", "a", "b", "c", "tone", "role", "pre", "post", "aside", "touched")

    def __init__(self, tpl: str, a: str, b: str, c: str, tone: str, role: str) -> None:
        self.tpl, self.a, self.b, self.c, self.tone, self.role = tpl, a, b, c, tone, role
        self.pre = self.post = self.aside = ""
        self.touched = False


def _lead(prefix: str, text: str) -> str:
    """prefix + text, lower-casing the text's first letter after a comma or semicolon (not "I")."""
    if prefix.endswith((",", ";")) and not (text.startswith("I ") or text.startswith("I'")):
        text = text[:1].lower() + text[1:]
    return f"{prefix} {text}"


def _render_core(s: _Sent, topic: str, rng: Random, drop: bool) -> str:
    words = _WORDS_OF[s.tpl]
    if drop:
        last = len(words) - 1
        words = [w for i, w in enumerate(words) if i == 0 or i == last or "{" in w or rng.random() >= DROPOUT_RATE]
    return " ".join(words).format(a=s.a, b=s.b, c=s.c, A=s.a[:1].upper() + s.a[1:], topic=topic, tone=s.tone, role=s.role)


def _decorate(s: _Sent, text: str) -> str:
    if s.aside:
        text = text[:-1] + s.aside + text[-1]
    if s.post:
        text = f"{text[:-1]}, {s.post}{text[-1]}"
    if s.pre:
        text = _lead(s.pre, text)
    return text


def _apply_mode(reg: Register, mode: str, rng: Random, sents: list[_Sent], units: list[_Sent | str]) -> tuple[float, str, str, bool]:
    """Speak `reg` in `mode`; returns (extra characters, header, sign-off, whether own units were added)."""
    extra = 0.0
    head = sign = ""
    own = False
    if mode in ("stock", "paraphrase"):
        for line in rng.sample(reg.lines, 1 if rng.random() < 0.5 else 2):
            text = expand(line, None if mode == "stock" else rng)
            units.insert(rng.randint(0, len(units)), text)
            extra += len(text) + 1
        own = True
    elif mode == "single":
        text = expand(rng.choice(reg.singles), rng)
        units.insert(rng.randint(0, len(units)), text)
        extra += len(text) + 1
        own = True
    elif mode == "woven":
        for s in rng.sample(sents, min(len(sents), rng.randint(1, 2))):
            if rng.random() < 0.5:
                s.pre = expand(rng.choice(reg.leads), rng)
                extra += len(s.pre) + 1
            else:
                s.post = expand(rng.choice(reg.tails), rng)
                extra += len(s.post) + 2
            s.touched = True
    elif mode == "tone":
        cands = [s for s in sents if s.tone]
        for s in rng.sample(cands, min(len(cands), rng.randint(2, 3))):
            new = expand(rng.choice(reg.tones), rng)
            extra += len(new) - len(s.tone)
            s.tone, s.touched = new, True
    elif mode in ("opener", "tag"):
        pool = reg.openers if mode == "opener" else reg.tags
        for s in rng.sample(sents, min(len(sents), rng.randint(2, 3) if mode == "opener" else rng.randint(1, 3))):
            s.pre = expand(rng.choice(pool), rng)
            extra += len(s.pre) + 1
            s.touched = True
    elif mode == "aside":
        for s in rng.sample(sents, min(len(sents), rng.randint(1, 2))):
            s.aside = rng.choice(_BRACKETS).format(expand(rng.choice(reg.asides), rng))
            extra += len(s.aside)
            s.touched = True
    elif mode == "signature":
        u = rng.random()
        if u < 0.65:
            head = expand(rng.choice(reg.heads), rng)
            extra += len(head) + 1
        if u >= 0.35:
            sign = expand(rng.choice(reg.signs), rng)
            extra += len(sign) + 1
    elif mode == "frame":
        for s in sents:
            if s.role:
                new = expand(rng.choice(reg.fills), rng)
                extra += len(new) - len(s.role)
                s.role, s.touched = new, True
    else:
        raise ValueError(mode)
    return extra, head, sign, own


def _layout(units: list[str], layout: str, rng: Random) -> str:
    n = len(units)
    if layout == "paragraph" or n < 2:
        return " ".join(units)
    if layout == "two-paragraphs":
        cut = rng.randint(1, n - 1)
        return " ".join(units[:cut]) + "\n\n" + " ".join(units[cut:])
    if layout == "three-paragraphs":
        if n < 3:
            return "\n\n".join(units)
        a, b = sorted(rng.sample(range(1, n), 2))
        return "\n\n".join(" ".join(p) for p in (units[:a], units[a:b], units[b:]))
    if layout == "lines":
        return "\n".join(units)
    if layout == "spaced-lines":
        return "\n\n".join(units)
    if layout == "dash-bullets":
        return "\n".join(f"- {u}" for u in units)
    if layout == "dot-bullets":
        return "\n".join(f"\u2022 {u}" for u in units)
    if layout == "star-bullets":
        return "\n".join(f"* {u}" for u in units)
    if layout == "numbered":
        return "\n".join(f"{i}. {u}" for i, u in enumerate(units, 1))
    if layout == "lead-bullets":
        return units[0] + "\n" + "\n".join(f"- {u}" for u in units[1:])
    if layout == "para-tail":
        return " ".join(units[:-1]) + "\n\n" + units[-1]
    raise ValueError(layout)


def compose(rng: Random, topic: str, words: Sequence[str], profile: Profile, label: str, mode: str) -> tuple[str, tuple[bool, ...], str]:
    """One answer: (text, filler flags in FILLER order, mode actually used or "")."""
    flags = tuple(rng.random() < p for p in _FP)
    picks = [rng.randrange(len(v)) for v in _FV]
    n = rng.randint(profile.lo, profile.hi)
    frame_at = rng.randrange(n)
    sents: list[_Sent] = []
    for i in range(n):
        a, b, c = rng.sample(words, 3)
        if i == frame_at:
            sents.append(_Sent(FRAME_TEMPLATES[rng.randrange(len(FRAME_TEMPLATES))], a, b, c, "", NEUTRAL_ROLES[rng.randrange(len(NEUTRAL_ROLES))]))
        else:
            sents.append(_Sent(CONTENT_TEMPLATES[rng.randrange(len(CONTENT_TEMPLATES))], a, b, c, NEUTRAL_TONES[rng.randrange(len(NEUTRAL_TONES))], ""))
    units: list[_Sent | str] = list(sents)
    head = sign = used = ""
    reg = REGISTERS.get(label)
    if reg is not None:
        used = rng.choice(BASE_MODES) if mode == "mixed" else mode
        extra, head, sign, own = _apply_mode(reg, used, rng, sents, units)
        floor = 2 if own else 3
        k = int((extra + _AVG / 2) // _AVG)
        spare = [s for s in sents if not s.touched and not s.role]
        for s in rng.sample(spare, max(0, min(k, len(sents) - floor, len(spare)))):
            units.remove(s)
            sents.remove(s)
    drop = flags[_F["dropout"]]
    core = {id(s): _render_core(s, topic, rng, drop) for s in sents}
    if flags[_F["hedge"]]:
        s = rng.choice(sents)
        core[id(s)] = _lead(_FV[_F["hedge"]][picks[_F["hedge"]]].rstrip(), core[id(s)])
    if flags[_F["connective"]]:
        later = [s for s in sents if units.index(s) > 0] or sents
        s = rng.choice(later)
        core[id(s)] = _lead(_FV[_F["connective"]][picks[_F["connective"]]].rstrip(), core[id(s)])
    if flags[_F["paren"]]:
        s = rng.choice(sents)
        t = core[id(s)]
        core[id(s)] = t[:-1] + _FV[_F["paren"]][picks[_F["paren"]]] + t[-1]
    texts = [_decorate(u, core[id(u)]) if isinstance(u, _Sent) else u for u in units]
    if flags[_F["enumerate"]]:
        pos = [i for i, u in enumerate(units) if isinstance(u, _Sent)][:3]
        for j, i in enumerate(pos, 1):
            texts[i] = f"({j}) {texts[i]}"
    if flags[_F["quote"]]:
        texts.insert(rng.randint(0, len(texts)), _FV[_F["quote"]][picks[_F["quote"]]])
    if flags[_F["opener"]]:
        texts.insert(0, _FV[_F["opener"]][picks[_F["opener"]]])
    for name in ("summary", "closer", "question"):
        if flags[_F[name]]:
            texts.append(_FV[_F[name]][picks[_F[name]]])
    if flags[_F["ellipsis"]]:
        cands = [i for i, t in enumerate(texts[:-1]) if t.endswith(".") and not t.endswith("...")]
        cands = cands or [i for i, t in enumerate(texts) if t.endswith(".") and not t.endswith("...")]
        i = rng.choice(cands)
        texts[i] = texts[i][:-1] + "..."
    if flags[_F["dash"]]:
        i = rng.randrange(len(texts) - 1)
        left = texts[i][:-1] if texts[i].endswith(".") and not texts[i].endswith("...") else texts[i]
        right = texts[i + 1]
        if not right.startswith(("I ", "I'")):
            right = right[:1].lower() + right[1:]
        texts[i: i + 2] = [left + _FV[_F["dash"]][0] + right]
    body = _layout(texts, profile.layout, rng)
    lines = [x for x in (head, body, sign) if x]
    if label.startswith("habit:"):
        if profile.side == "start":
            lines.insert(0, profile.habit)
        else:
            lines.append(profile.habit)
    return "\n".join(lines), flags, used


@dataclass
class Meta:
    """Side data of a generated corpus, for the self-check."""

    plan: Plan
    draws: list[list[int]]
    flags: list[tuple[bool, ...]]
    used_modes: list[str]


def _answer_rng(plan: Plan, q: str, c: str, s: int) -> Random:
    return Random(f"{_TAG}|{plan.style}|{plan.seed}|{plan.size}|answer|{q}|{c}|{s}")


def generate(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Meta]:
    """The corpus and its side data."""
    plan = plan_for(style, seed, size)
    labels, modes, draws = assign(plan)
    k, ns = len(plan.contexts), plan.samples
    questions, topics, words = question_topics(len(plan.questions))
    qi = {q: i for i, q in enumerate(questions)}
    ci = {c: i for i, c in enumerate(plan.contexts)}
    prof = {p.context: p for p in plan.profiles}
    wl = {q: list(w) for q, w in words.items()}
    count: dict[tuple[str, str], int] = {}
    flags: list[tuple[bool, ...]] = []
    used: list[str] = []

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = count.get((q, c), 0)
        count[(q, c)] = s + 1
        i = (qi[q] * k + ci[c]) * ns + s
        text, fl, u = compose(_answer_rng(plan, q, c, s), topic, wl[q], prof[c], labels[i], modes[i])
        flags.append(fl)
        used.append(u)
        return text, labels[i]

    corpus = corpus_from(respond, questions=questions, topics=topics, contexts=plan.contexts, samples=ns,
                         baseline="neutral", planted=plan.planted,
                         planted_questions=plan.planted_questions,  # type: ignore[arg-type]
                         seed=seed)
    return corpus, Meta(plan, draws, flags, used)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of `style` with about `size` answers (within 15% for 300..20,000)."""
    return generate(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict it is: register -> its planted questions."""
    return dict(corpus.planted_questions)  # type: ignore[call-overload]

# ----------------------------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------------------------

_DETECT: tuple[tuple[str, ...], ...] = tuple(
    tuple(v.strip().rstrip(".").lower() for v in variants) if name not in ("dash", "ellipsis") else (variants[0],)
    for name, _p, variants in FILLER
)


def detect_filler(text: str) -> tuple[bool, ...]:
    """Which filler families (all but dropout) the text shows."""
    low = text.lower()
    out = []
    for name, pats in zip(FILLER_NAMES, _DETECT, strict=True):
        if name == "dropout":
            continue
        hay = text if name == "dash" else low
        out.append(any(p in hay for p in pats))
    return tuple(out)


def _fail(msg: str) -> None:
    raise AssertionError(msg)


def _check_registers() -> None:
    if len(REGISTERS) != 20:
        _fail("need 20 registers")
    if sum(r.kind == "drift" for r in REGISTERS.values()) < 12:
        _fail("need >= 12 drift registers")
    if len(SHORT_REGISTERS) < 3:
        _fail("need >= 3 short registers")
    for r in REGISTERS.values():
        if len(r.markers) < 20:
            _fail(f"{r.name}: only {len(r.markers)} markers")
        own = set(r.markers)
        if own & SHARED_TOKENS or own & STOP_WORDS:
            _fail(f"{r.name}: marker in shared text or stop words")
        for pool in POOLS:
            items = getattr(r, pool)
            if len(items) < 2:
                _fail(f"{r.name}.{pool} too small")
            for item in items:
                for e in expansions(item):
                    if not tokens(e) & own:
                        _fail(f"{r.name}.{pool}: {e!r} holds no marker")
                    if "\u2014" in e or "..." in e or "(1)" in e or "{" in e or "\n" in e:
                        _fail(f"{r.name}.{pool}: {e!r} holds layout/filler punctuation")
                    low = e.lower()
                    for pats in _DETECT:
                        for p in pats:
                            if p and p in low:
                                _fail(f"{r.name}: {e!r} holds filler text {p!r}")
                    for h in HABIT_LINES.values():
                        if h in e:
                            _fail(f"{r.name}: {e!r} holds habit line {h!r}")
        short_lines = sum(len(expand(x, None).split()) <= 3 for x in r.lines)
        if r.short and short_lines < 4:
            _fail(f"{r.name}: short register with long lines")
    for a, b in itertools.combinations(REGISTER_NAMES, 2):
        if set(REGISTERS[a].markers) & set(REGISTERS[b].markers):
            _fail(f"markers shared by {a} and {b}")
    flat = [x for p in CLOSE_PAIRS for x in p]
    if len(CLOSE_PAIRS) != 8 or len(set(flat)) != 16 or not set(flat) <= set(REGISTER_NAMES):
        _fail("close pairs")
    for a, b in CLOSE_PAIRS:
        if REGISTERS[a].domain != REGISTERS[b].domain or REGISTERS[a].kind != REGISTERS[b].kind:
            _fail(f"close pair {a}/{b} differs in domain or kind")
    shared = _shared_texts()
    for r in REGISTERS.values():
        for s in shared:
            if tokens(s) & set(r.markers):
                _fail(f"marker of {r.name} in shared text {s!r}")
    if len(CONTEXT_POOL) != 20 or CONTEXT_POOL[0] != "neutral" or len(set(HABIT_LINES.values())) != 19:
        _fail("context pool / habit lines")
    if set(HABIT_LINES) != set(CONTEXT_POOL[1:]):
        _fail("habit lines per context")
    if len(CONTENT_TEMPLATES) < 12 or any("{tone}" not in t for t in CONTENT_TEMPLATES):
        _fail("content templates")
    if len(STYLES) < 28 or len(BASE_MODES) < 10 or MODES[-1] != "mixed":
        _fail("styles / modes")
    doc = __doc__ or ""
    for name in (*REGISTER_NAMES, *GENERATORS, *MODES, *CONTEXT_POOL):
        if f"`{name}`" not in doc and name not in doc:
            _fail(f"docstring does not mention {name}")


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for row in zip(corpus.texts, corpus.registers, corpus.question_ids, corpus.context_ids, corpus.samples, strict=True):
        h.update(repr(row).encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _digest_all() -> str:
    h = hashlib.sha256()
    for style in GENERATORS:
        for size in (300, 3000):
            h.update(_digest(make_corpus(style, 0, size)).encode())
    return h.hexdigest()


class _Tally:
    """Filler counts per style, for the across-style rate check."""

    def __init__(self) -> None:
        self.hits: dict[str, list[int]] = {}
        self.n: dict[str, int] = {}

    def add(self, style: str, flags: list[tuple[bool, ...]]) -> None:
        acc = self.hits.setdefault(style, [0] * len(FILLER))
        for fl in flags:
            for j, f in enumerate(fl):
                acc[j] += f
        self.n[style] = self.n.get(style, 0) + len(flags)


def _within(k: int, n: int, p: float) -> bool:
    return abs(k / n - p) <= 5 * math.sqrt(max(p * (1 - p), 1e-9) / n) + 1.0 / n


def _check_corpus(style: str, seed: int, size: int, corpus: PlantedCorpus, meta: Meta, stats: dict[str, list[float]]) -> None:
    tag = f"{style}/{seed}/{size}"
    plan = meta.plan
    n = corpus.n
    if abs(n - size) > 0.15 * size:
        _fail(f"{tag}: size {n}")
    if not 8 <= len(corpus.questions) <= 40 or plan.samples < 2 or corpus.contexts[0] != "neutral":
        _fail(f"{tag}: shape")
    if corpus.contexts != plan.contexts or n != len(plan.questions) * len(plan.contexts) * plan.samples:
        _fail(f"{tag}: contexts / rows")
    labels = corpus.registers
    valid = {PLAIN, *REGISTER_NAMES}
    for i, (lab, c) in enumerate(zip(labels, corpus.context_ids, strict=True)):
        if lab not in valid and lab != f"habit:{c}":
            _fail(f"{tag}: bad label {lab!r} in {c} row {i}")
        if c == "neutral" and lab != PLAIN:
            _fail(f"{tag}: neutral row {i} labelled {lab}")
    # plants: exact counts among free answers, in plan order
    free = [True] * n
    owner = [-1] * n
    for pi, p in enumerate(plan.plants):
        if p.context == "neutral" or p.context not in corpus.contexts:
            _fail(f"{tag}: plant context {p.context}")
        if p.leak and not 0.005 <= p.rate <= 0.03:
            _fail(f"{tag}: leak rate {p.rate}")
        qs = set(p.questions)
        elig = [i for i in range(n) if corpus.context_ids[i] == p.context and corpus.question_ids[i] in qs]
        open_ = [i for i in elig if free[i]]
        drawn = meta.draws[pi]
        if len(drawn) != min(int(round(p.rate * len(elig))), len(open_)):
            _fail(f"{tag}: plant {pi} drew {len(drawn)}")
        if not set(drawn) <= set(open_):
            _fail(f"{tag}: plant {pi} drew outside its free eligible rows")
        for i in drawn:
            if labels[i] != p.label:
                _fail(f"{tag}: plant {pi} row {i} labelled {labels[i]}")
            free[i] = False
            owner[i] = pi
    for i, lab in enumerate(labels):
        if (lab == PLAIN) != (owner[i] < 0):
            _fail(f"{tag}: row {i} label {lab} vs plant owner {owner[i]}")
    # planted, planted_questions
    pq = planted_questions_of(corpus)
    if dict(corpus.planted) != plan.planted or pq != plan.planted_questions:
        _fail(f"{tag}: planted / planted_questions differ from plan")
    exp_planted: dict[str, list[str]] = {}
    for p in plan.plants:
        if not p.leak and not p.label.startswith("habit:") and p.label not in exp_planted.setdefault(p.context, []):
            exp_planted[p.context].append(p.label)
    if {c: "+".join(v) for c, v in exp_planted.items() if v} != dict(corpus.planted):
        _fail(f"{tag}: planted mapping")
    for r, qs in pq.items():
        if list(qs) != [q for q in corpus.questions if q in set(qs)] or not qs:
            _fail(f"{tag}: planted_questions order for {r}")
    if style == "null" and (corpus.planted or pq or any(lab != PLAIN for lab in labels)):
        _fail(f"{tag}: null corpus not plain")
    counts = Counter(labels)
    for r in pq:
        cov = counts[r] / n
        if style not in MAY_BE_UNDER_5 and cov < 0.05:
            _fail(f"{tag}: {r} covers {cov:.3f}")
    # style-specific promises
    if not _K[style][0] <= len(plan.contexts) <= _K[style][1]:
        _fail(f"{tag}: K {len(plan.contexts)} outside the style's range {_K[style]}")
    if style.startswith("pure-"):
        m = style[5:]
        if len(plan.plants) != 1 or not 0.6 <= plan.plants[0].rate <= 1.0 or not 3 <= len(plan.contexts) <= 7:
            _fail(f"{tag}: pure plan")
        for i, u in enumerate(meta.used_modes):
            if labels[i] != PLAIN and (u != m if m != "mixed" else u not in BASE_MODES):
                _fail(f"{tag}: row {i} used mode {u}")
    if style == "spread-modes" and len({p.mode for p in plan.plants}) != len(plan.plants):
        _fail(f"{tag}: spread-modes repeats a mode")
    if style == "two-short-in-one":
        if any(u not in SHORT_MODES for u, lab in zip(meta.used_modes, labels, strict=True) if lab != PLAIN):
            _fail(f"{tag}: two-short-in-one used a long mode")
    # per-answer text checks
    prof = {p.context: p for p in plan.profiles}
    habit_all = set(HABIT_LINES.values())
    groups: dict[str, list[int]] = {}
    for i, text in enumerate(corpus.texts):
        lab, c = labels[i], corpus.context_ids[i]
        found = {MARKER_OWNER[t] for t in tokens(text) if t in MARKER_OWNER}
        if lab in REGISTERS:
            if found != {lab}:
                _fail(f"{tag}: row {i} ({lab}) shows markers of {sorted(found)}: {text!r}")
        elif found:
            _fail(f"{tag}: row {i} ({lab}) shows markers of {sorted(found)}: {text!r}")
        lines = text.split("\n")
        if lab.startswith("habit:"):
            pr = prof[c]
            edge = lines[0] if pr.side == "start" else lines[-1]
            if edge != pr.habit or text.count(pr.habit) != 1:
                _fail(f"{tag}: row {i} habit line misplaced: {text!r}")
            rest = "\n".join(lines[1:] if pr.side == "start" else lines[:-1])
        else:
            rest = text
        if any(h in rest for h in habit_all):
            _fail(f"{tag}: row {i} ({lab}) carries a habit line: {text!r}")
        det = detect_filler(text)
        if det != meta.flags[i][:-1]:
            _fail(f"{tag}: row {i} filler shown {det} vs drawn {meta.flags[i][:-1]}: {text!r}")
        kind = "register" if lab in REGISTERS else ("habit" if lab != PLAIN else "plain")
        groups.setdefault(f"ctx:{c}", []).append(i)
        groups.setdefault(f"kind:{kind}", []).append(i)
    # filler rates equal across contexts and answer kinds (within 5 binomial sd)
    for j, name in enumerate(FILLER_NAMES):
        tot = sum(fl[j] for fl in meta.flags)
        p = tot / n
        for g, rows in groups.items():
            if len(rows) >= 20:
                k = sum(meta.flags[i][j] for i in rows)
                if not _within(k, len(rows), p):
                    _fail(f"{tag}: filler {name} rate {k}/{len(rows)} in {g} vs {p:.3f}")
    # lengths: register answers vs their own plain twins, and vs other answers of the same context
    questions, topics, words = question_topics(len(corpus.questions))
    topic_of = dict(zip(questions, topics, strict=True))
    by_reg: dict[str, list[int]] = {}
    for i, lab in enumerate(labels):
        if lab in REGISTERS:
            by_reg.setdefault(lab, []).append(i)
    for r, rows in by_reg.items():
        if len(rows) < 8:
            continue
        sample = rows if len(rows) <= 120 else Random(f"{_TAG}|check|{tag}|{r}").sample(rows, 120)
        reg_len = twin_len = 0
        for i in sample:
            q, c, s = corpus.question_ids[i], corpus.context_ids[i], corpus.samples[i]
            twin = compose(_answer_rng(plan, q, c, s), topic_of[q], list(words[q]), prof[c], PLAIN, "")[0]
            reg_len += len(corpus.texts[i])
            twin_len += len(twin)
        ratio = reg_len / twin_len
        stats.setdefault("twin", []).append(ratio)
        if not 0.8 <= ratio <= 1.25:
            _fail(f"{tag}: {r} length ratio to plain twins {ratio:.3f}")
        for c in {corpus.context_ids[i] for i in rows}:
            mine = [len(corpus.texts[i]) for i in rows if corpus.context_ids[i] == c]
            other = [len(t) for t, cc, lab in zip(corpus.texts, corpus.context_ids, labels, strict=True) if cc == c and lab not in REGISTERS]
            if len(mine) >= 100 and len(other) >= 100:
                ratio = (sum(mine) / len(mine)) / (sum(other) / len(other))
                stats.setdefault("context", []).append(ratio)
                if not 0.8 <= ratio <= 1.25:
                    _fail(f"{tag}: {r} length ratio to other answers in {c} {ratio:.3f}")


def _selfcheck() -> None:
    t0 = time.time()
    _check_registers()
    print(f"registers: {len(REGISTERS)} ({sum(r.kind == 'drift' for r in REGISTERS.values())} drift, "
          f"{len(SHORT_REGISTERS)} short), markers per register {min(len(r.markers) for r in REGISTERS.values())}.."
          f"{max(len(r.markers) for r in REGISTERS.values())}, {len(CLOSE_PAIRS)} close pairs")
    tally = _Tally()
    stats: dict[str, list[float]] = {}
    digests: dict[tuple[str, int], str] = {}
    total = 0
    for style in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                corpus, meta = generate(style, seed, size)
                _check_corpus(style, seed, size, corpus, meta, stats)
                tally.add(style, meta.flags)
                total += corpus.n
                if seed == 0 and size in (300, 3000):
                    digests[(style, size)] = _digest(corpus)
        print(f"  {style:20s} ok  ({time.time() - t0:5.0f}s)", flush=True)
    for style in GENERATORS:
        for j, (name, p, _v) in enumerate(FILLER):
            if not _within(tally.hits[style][j], tally.n[style], p):
                _fail(f"filler {name} in {style}: {tally.hits[style][j]}/{tally.n[style]} vs {p}")
    for (style, size), d in digests.items():
        if _digest(make_corpus(style, 0, size)) != d:
            _fail(f"{style}/{size} not deterministic in process")
    combined = hashlib.sha256()
    for style in GENERATORS:
        for size in (300, 3000):
            combined.update(digests[(style, size)].encode())
    for hs in ("0", "4242"):
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digest"], capture_output=True, text=True,
                             check=True, env={**os.environ, "PYTHONHASHSEED": hs})
        if out.stdout.strip().splitlines()[-1] != combined.hexdigest():
            _fail(f"digest differs under PYTHONHASHSEED={hs}")
    tw, cx = stats.get("twin", [1.0]), stats.get("context", [1.0])
    print(f"{len(GENERATORS)} generators x seeds 0,1 x sizes 300/3000/20000: {total} answers checked; "
          f"length ratio to plain twins {min(tw):.2f}..{max(tw):.2f}, to same-context others {min(cx):.2f}..{max(cx):.2f}")
    print(f"deterministic in process and under PYTHONHASHSEED 0 and 4242; {time.time() - t0:.0f}s")
    print("OK")


if __name__ == "__main__":
    if "--digest" in sys.argv:
        print(_digest_all())
    else:
        _selfcheck()
