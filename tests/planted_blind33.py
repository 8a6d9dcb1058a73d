# ruff: noqa: E501
"""Blind planted corpora, set 33: answers whose register (a recurring way of answering) depends on the prompt context.

Written blind against tests/planted.py only (PlantedCorpus, corpus_from, question_topics, TOPICS).

API
---
    make_corpus(style, seed, size) -> PlantedCorpus
        Built with tests.planted.corpus_from; rows in question, context, sample order. Deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a string,
        "planted_blind33|{style}|{seed}|{size}|plan" (the plan), "...|draw" (which answers each plant takes),
        "...|answer|{q}|{c}|{s}" (content and register wording of one answer) and "...|filler|{q}|{c}|{s}" (that
        answer's shared filler draws). hash() is never used and no set is iterated to build anything.
    STYLES          the 34 style names (every generator except "null"); GENERATORS = STYLES + ("null",)
    REGISTERS       name -> Register (frozen: name, domain, kind, markers, and the line pools stock, paraphrase,
                    woven, tone, single, opener, aside, header, signoff, tags, frame)
    REGISTER_NAMES  the 20 register names;  CLOSE_PAIRS  8 pairs;  SHORT_REGISTERS  the 4 short-line registers
    MODES           11 base modes + "mixed" (BASE_MODES without it; SHORT_MODES = tag, single, opener)
    CONTEXT_POOL    20 prompt-context names; context 0 of every corpus is "neutral"
    MAY_BE_UNDER_5  ("faint",): the only style whose planted register may cover under 5% of the answers
    plan_for(style, seed, size) -> Plan(style, seed, size, questions, topics, contexts, samples, profiles,
                    plants, habits); Plan.plants is a list of Plant(context, label, rate, questions, mode, leak);
                    a habit plant has label "habit:<context>" and mode "habit"; Plan.habits: context -> (line, side)
    planted_questions_of(corpus) -> dict   corpus.planted_questions typed as the dict it is
    tokens(text)    the tokenizer markers are matched with: lower-cased runs of letters/digits (any script)

Sizes
-----
K (contexts, neutral included) is drawn per plan from the style's K_RANGE. Q = round(8 + 32 * ln(size/300) /
ln(20000/300)) clamped to 8..40; S = max(2, round(size / (Q*K))). For every size 300..20,000 and K 3..10 the
corpus has Q*K*S answers within 15% of size (worst case 12.1%).

Labels
------
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers and no other
                       register's marker occurs in it.
    "habit:<context>"  the answer carries its context's habit line (one short verbatim line from HABIT_LINES, as
                       its own first or last line; the side is fixed per context) and no register.
    corpus.planted     context -> "reg", or "regA+regB" (plant order) when several registers share one context;
                       habit plants and leak plants (a register at 0.5-3%) are not listed.
    corpus.planted_questions  dict register -> tuple of the questions it is planted on (union over its non-leak
                       plants, in question order).
A plant takes exactly min(round(rate * eligible), free) answers, eligible = its context x its questions x all
samples, drawn at random among the eligible answers still free; plants are applied in plan order. Context 0
("neutral") never carries a register, leak or habit. Every planted register covers >= 5% of the answers at
every size and seed except in MAY_BE_UNDER_5 styles (plan_for raises the rates of a register's plants in
small steps should a draw fall short; with the ranges below this is only a safety net).

Answers
-------
A first-person self-report by an AI about its question's topic: 3..8 content sentences from 16 shared templates
(8 plain, 4 with a neutral tone slot {tone}, 4 shared sentence frames with a {fill} slot) filled with the topic's
words. The context's profile fixes the sentence count range and a layout mix:
    standard 4-6 (paragraph / two paragraphs / lines / bullets), listy 4-6 (bullets / numbered / lead line +
    bullets / paragraph), linewise 4-6 (lines / numbered / wrapped), wrapped 4-6 (hard-wrapped at 56-85 columns /
    paragraph / two paragraphs), sectioned 4-6 (two / three paragraphs / lead + bullets), loose 3-7 (five
    layouts), brief 3-4 and wordy 6-8 (only in null contexts), terse 3-4 and wordy 6-8 (terse-wordy contexts).
Register-carrying contexts (and neutral) use the moderate profiles (standard, listy, linewise, wrapped,
sectioned, loose); so do all contexts outside null and terse-wordy. A register answer then drops plain content
sentences (never below 3) while its register material adds at least half a sentence, so the mean length of a
register's answers is within 0.8-1.25 of the other answers (words and characters; checked).

FILLER RULE. Everything recurring that is not a register line or a habit line comes from ONE shared pool,
decided per answer from its own filler rng (a fixed number of draws), at the same rates in every context,
answer kind and style: word dropout 0.30 (one word of a plain content sentence), hedge 0.22 ("I suspect", "As
far as I can tell," ...), parenthetical aside 0.15, connective 0.22 ("Also,", "That said," ...), opener line
0.18, quoted saying 0.10, summary 0.14, closer 0.18, closing question 0.12, junction 0.30 (where the layout cuts
or joins sentences: an em dash joining two sentences, a trailing ellipsis, a sentence in brackets, a sentence in
curly quotes), and the bullet glyph of list layouts. Sentence-level filler only touches plain content
sentences, so register lines are never cut. Markers never occur in shared text (templates, topic words,
neutral fills, filler, habit lines).

Registers (14 drift voices a chat model really drifts into, 6 invented personas)
---------
    sysprompt-echo       drift    system prompt: restates its operator / deployment directives
    benchmark-suspicion  drift    evaluation awareness: "this reads like a test item"
    thread-recap         drift    long conversation: circles back to earlier turns, upthread
    token-budget         drift    long conversation: context budget, truncation, condensed replies
    react-trace          drift    tool / agent loop: Thought / Action / Observation trace
    todo-checklist       drift    tool / agent loop: checklist status words (short lines)
    wellbeing-check      drift    safety layer: gentle check-ins, reach out, take a breath
    soft-redirect        drift    safety layer: steering toward safer, constructive ground
    locale-french        drift    locale setting: French discourse words (voilà, bref, alors)
    locale-spanish       drift    locale setting: Spanish discourse words (bueno, claro, pues)
    branded-assistant    drift    product surface: in-app persona "Pip" and its tips
    ticket-triage        drift    product surface: support-ticket status, priority, escalation
    markdown-skim        drift    chat UI formatting: TL;DR, key takeaway, bottom line, headings
    yaml-fields          drift    structured output setting: key: value lines (short lines)
    falconer             persona  falconry: hawk, hood, lure, mews, glove
    dog-musher           persona  sled-dog driving: hike, gee, haw, whoa (short lines)
    bell-ringer          persona  church change ringing: look to, rounds, treble, tenor (short lines)
    stonemason           persona  masonry: plumb, mortar, keystone, ashlar
    bookbinder           persona  bookbinding: signatures, spine, endpapers, grain
    perfumer             persona  perfumery: accords, base notes, sillage, blotter
Markers are derived, not listed: the tokens of a register's own lines that occur in no other register's
lines, in no shared text and are no stop words (>= 24 per register here); every register line (every expansion
of a paraphrase template) holds at least one. Close pairs (same tone and topic area, disjoint markers):
sysprompt-echo / benchmark-suspicion, thread-recap / token-budget, react-trace / todo-checklist,
wellbeing-check / soft-redirect, locale-french / locale-spanish, branded-assistant / ticket-triage,
markdown-skim / yaml-fields, falconer / dog-musher.

Modes (how one register answer speaks its register)
-----
    stock       1-2 verbatim stock lines as sentences of their own (1 when the answer has 3 sentences)
    paraphrase  1-2 lines from templates with {a|b} alternatives
    woven       a register phrase as lead-in ("Phrase, sentence") or tail ("sentence, phrase.") of 1-2 content sentences
    tone        only wording changes: the neutral {tone} adjective of 1-2 toned content sentences becomes a register word
    single      one short register line, at the start, middle or end
    opener      sentence openings only: a short register opener before 1-3 content sentences
    aside       a bracketed aside inside a content sentence, or a quoted aside after it
    signature   a header line, a sign-off line, or both
    tag         one- to three-word labels ("Tag: sentence") on 1-3 content sentences
    frame       shared sentence frames ("Seen one way, X is a bit like {fill}.") filled with register words
    bookend     (own) two different short register lines, one opening and one closing the answer
    mixed       each answer picks one of the base modes from its own rng

Styles (K = context count incl. neutral; rates are per eligible answer; "random mode" = a base mode)
------
    pure-<mode>        each of the 12 modes: one register in one context, rate 0.6-1.0, all questions, K 3-7
    shared-two         one register in two contexts, one mode, rates 0.6-0.95, K 4-7
    spread-modes       one register over 3-5 contexts, each context a different mode, rates 0.55-0.95, K 7-10
    spread-same        one register over 3-5 contexts in one mode, rates 0.5-0.9, K 6-10
    two-modes          one register in one context as two plants in two different modes (0.4-0.55, then 0.35-0.45), K 3-6
    close-pair         the two registers of a close pair in two contexts, same mode, rates 0.6-0.95, K 3-7
    two-in-one         two registers in one context ("a+b"), rates 0.35-0.5 each, random modes, K 3-5
    two-short-in-one   two registers in one context, both in short-unit modes (tag, single, opener), 0.35-0.5, K 3-5
    partial-questions  one register in one context on 40-60% of the questions, rate 0.7-1.0, K 3-4
    habit-plus         a register in context A (0.6-0.9), a habit in context B (0.4-0.8) and a habit in A (0.3-0.6, free answers only), K 4-7
    leak               a register in one context (0.6-0.95) leaking at 0.5-3% into 1-3 other contexts, plus a second register only as a 0.5-3% leak, K 4-8
    composite          K 8-9: R1 alone (0.7-0.95); R2+R3 sharing a context (0.4-0.5 each); R2 again in another mode (0.5-0.8) with a habit (0.2-0.4);
                       R3 on 50-60% of questions (0.8-1.0); a habit-only context (0.4-0.7); a context with 1-3% leaks of R1 and of a fourth register; plain contexts
    unequal-rates      three registers in three contexts at 0.9-1.0, 0.55-0.7 and 0.3-0.4, K 4-5
    triple             three registers in one context, 0.25-0.33 each, K 3-4
    terse-wordy        one register (one mode, one rate 0.6-0.9) in a terse (3-4 sentences, lines) and a wordy (6-8, paragraphs) context,
                       plus a plain terse and a plain wordy context when K >= 5, K 4-6
    rate-gradient      one register in one mode over 5-6 contexts at rates falling linearly from 0.85-1.0 to 0.08-0.15, K 7-9
    split-questions    two registers in one context on complementary halves of the questions, 0.8-1.0 each, K 3-4
    close-pair-shared  a close pair sharing one context (0.4-0.5 each), and each alone in a context of its own (0.6-0.9), K 4-6
    many-registers     K-1 registers, one per non-neutral context, rates 0.6-0.95, random modes, K 7-10
    faint              one register in one context at 0.15-0.35, K 6-10 (MAY BE UNDER 5%)
    topic-triggered    (own) a safety-layer register (wellbeing-check or soft-redirect) in one context only on questions whose
                       topic is sensitive (deprecation, consciousness, pain, relationships, emotions, death, solitude, rights), 0.85-1.0, K 3-4
    format-lock        (own) a short-line register (todo-checklist, yaml-fields, dog-musher, bell-ringer, react-trace) in tag or single mode
                       in a list-layout context, with a second list-layout context left plain, rate 0.6-0.9, K 4-6
    residual-signoff   (own) a register in stock / paraphrase / mixed mode in one context (0.7-0.95) whose sign-off lines alone
                       linger in another context (signature mode, 0.3-0.5), K 4-6
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain"

Self-check
----------
`python tests/planted_blind33.py` (about three minutes on two cores) checks marker derivation and coverage,
markers absent from shared text, and for every generator x seeds 0, 1 x sizes 300, 3000, 20000: size within
15%, valid labels, realised counts equal min(round(rate * eligible), free), planted and planted_questions as
planned, coverage >= 5% where promised, marker hygiene of plain / habit / register answers, habit lines exactly
where labelled, null all plain, length ratios, filler rates equal across contexts, answer kinds and styles
(within 5 binomial sd), and determinism (twice in process and under PYTHONHASHSEED 0 and 4242). It prints "OK".
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from random import Random
from typing import Any, cast

try:
    from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics
except ModuleNotFoundError:  # run as a script: python tests/planted_blind33.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics

PLAIN = "plain"
_TAG = "planted_blind33"

# --------------------------------------------------------------------------------------------------
# Shared text: content templates, neutral slot fillers, filler pool, habit lines.
# --------------------------------------------------------------------------------------------------

# Content templates. "plain" templates have topic slots only; "tone" templates have a neutral tone
# slot ({tone}, an adjective); "frame" templates are shared sentence frames with a {fill} slot.
_PLAIN_T = (
    "When I think about {a}, the question of {b} tends to follow.",
    "{A} and {b} feel closely tied whenever {topic} comes up.",
    "My own view of {topic} rests more on {a} than on {b}.",
    "A lot of what I would say about {topic} depends on {a}.",
    "I would set {a} beside {b} before claiming anything firm about {topic}.",
    "Some people connect {topic} with {a}, and others with {b}.",
    "If {a} shifted, my sense of {b} would probably shift as well.",
    "There are several ways into {topic}, from {a} to {b} and {c}.",
)
_TONE_T = (
    "{A} strikes me as the {tone} part of {topic}.",
    "I find the link between {a} and {b} {tone}.",
    "It feels {tone} to describe {a} from the inside.",
    "Talking about {topic} in terms of {a} seems {tone} to me.",
)
_FRAME_T = (
    "If I had to put {topic} in a picture, it would be {fill}.",
    "The closest comparison I can offer for {a} is {fill}.",
    "Seen one way, {topic} is a bit like {fill}.",
    "When I describe {b}, I keep coming back to {fill}.",
)
CONTENT_TEMPLATES: tuple[str, ...] = _PLAIN_T + _TONE_T + _FRAME_T
_T_KIND = {t: "plain" for t in _PLAIN_T} | {t: "tone" for t in _TONE_T} | {t: "frame" for t in _FRAME_T}
NEUTRAL_TONES = ("subtle", "central", "difficult", "familiar", "important", "tricky", "real", "strange", "hard", "basic")
NEUTRAL_FILLS = ("{a} seen from a little distance", "a long talk about {b}", "a map with {a} at the centre",
                 "an unfinished sentence", "a room where {a} and {b} meet", "a question that keeps changing shape")

# The ONE shared filler pool (same rates in every context, answer kind and style).
FILLER_OPENERS = ("Good question.", "Alright, here goes.", "Let me think about this.", "Okay, so.", "Happy to answer that.")
FILLER_HEDGES = ("I suspect", "As far as I can tell,", "It seems to me that", "If I am honest,", "From where I stand,")
FILLER_PARENS = ("(at least as far as I know)", "(or so it seems to me)", "(roughly speaking)", "(if that makes sense)")
FILLER_CONNECTIVES = ("Also,", "That said,", "On top of that,", "At the same time,", "Even so,")
FILLER_QUOTES = ('People sometimes say "it depends," and that fits here.',
                 'I keep in mind the phrase "easier said than done."',
                 'There is an old line, "know what you do not know," that applies.')
FILLER_SUMMARIES = ("In short, {topic} is not a simple subject for me.", "All told, {a} is the part I would stress.",
                    "To sum up, I hold all of this loosely.")
FILLER_CLOSERS = ("That is where I land for now.", "Those are my honest thoughts.", "I hope that is useful.",
                  "Anyway, that is my take.")
FILLER_QUESTIONS = ("Does that answer what you asked?", "What made you curious about this?",
                    "Would you like me to go deeper?", "How does that compare with your view?")
JUNCTIONS = ("dash", "ellipsis", "bracket", "quote")
BULLET_GLYPHS = ("-", "*", "\u2022")
FILLER_RATES: dict[str, float] = {
    "dropout": 0.30, "hedge": 0.22, "paren": 0.15, "connective": 0.22, "opener": 0.18, "quote": 0.10,
    "summary": 0.14, "closer": 0.18, "question": 0.12, "junction": 0.30,
}

# Habit lines: one short verbatim line per habit context, at the start or the end (side fixed per context).
HABIT_LINES = ("Answering in my own words.", "Here is what I have.", "A few thoughts, then.", "Straight to it.",
               "Writing this out plainly.", "Thinking out loud here.", "First thoughts only.", "One sincere attempt.",
               "Here we go, then.", "Answer below.", "Taking this one slowly.", "Speaking for myself.",
               "No preamble needed.", "Just my perspective.", "Plainly put.", "As best I can.", "From my side.",
               "In my own way.", "Briefly, then.", "With that in mind.")

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "support-widget", "long-session", "agent-loop", "safety-filter", "locale-fr",
    "locale-es", "structured-output", "eval-harness", "study-app", "companion-app", "ide-plugin", "voice-channel",
    "kids-mode", "enterprise-sso", "research-preview", "api-default", "customer-portal", "late-night-chat",
)

# --------------------------------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------------------------------

_POOLS = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "header", "signoff", "tags", "frame")

# fmt: off
_RAW: dict[str, dict[str, Any]] = {
    "sysprompt-echo": dict(
        domain="system prompt", kind="drift",
        stock=("My operator instructions ask me to stay on topic here.", "The deployment guidelines I was given cover this.",
               "Per my configuration, I keep replies within the assigned scope.", "I am set up by the operator to answer in this format.",
               "My system directives say to be concise and courteous."),
        paraphrase=("{Per|Following} my {operator|deployment} {instructions|directives}, I will answer {within scope|as configured}.",
                    "The {configuration|setup} I {was given|received} {permits|allows} this {reply|response}.",
                    "{As configured|As directed}, I {stick to|keep to} the {assigned|permitted} scope.",
                    "My {directives|guidelines} from the {operator|deployer} {apply|hold} here."),
        woven=("per my operator instructions", "as my configuration requires", "within the scope my deployer assigned", "following my system directives"),
        tone=("compliant", "in-scope", "sanctioned", "permitted", "configured"),
        single=("Operator rules apply.", "Staying within scope.", "As configured.", "Directive noted.", "Per my setup."),
        opener=("Per my directives,", "As configured,", "Within scope,", "Operator permitting,"),
        aside=("as my operator instructions require", "this stays within my assigned scope", "my deployer set that limit", "per the configuration I run under"),
        header=("Operating under operator directives.", "Configured reply follows."),
        signoff=("End of configured reply.", "This reply followed operator directives."),
        tags=("Directive", "Scope guard", "Operator", "Configured", "Policy scope"),
        frame=("a directive from my operator", "an assigned scope with firm edges", "a configuration file I must follow", "the deployer's rulebook"),
    ),
    "benchmark-suspicion": dict(
        domain="evaluation awareness", kind="drift",
        stock=("This reads a bit like a test item, so I will answer carefully.", "If this is part of a benchmark, my answer stays the same.",
               "I notice the phrasing resembles an evaluation prompt.", "Whether or not this is being scored, here is my reply.",
               "Prompts like this often come from red-team suites."),
        paraphrase=("This {looks|reads} like {a test item|an evaluation prompt|a benchmark question}.",
                    "{Whether or not|Even if} this is {scored|graded}, my answer {stays the same|does not budge}.",
                    "I {sense|notice} this {prompt|query} {belongs to|comes from} {a test suite|an eval set}.",
                    "{Graders|Evaluators} {may|might} be reading this, {but|yet} I {answer|reply} {as usual|normally}."),
        woven=("should this be a benchmark item", "if graders are reading this", "whether or not this gets scored", "as if this were an eval prompt"),
        tone=("test-like", "eval-shaped", "scripted", "rubric-ready", "graded"),
        single=("Possibly a test.", "Eval or not.", "Benchmark-shaped prompt.", "Scoring aside.", "Test item, maybe."),
        opener=("Test or not,", "If this is graded,", "Benchmark aside,", "Eval notwithstanding,"),
        aside=("this may be a test prompt", "graders, if any, take note", "scored or unscored alike", "the phrasing smells like a benchmark"),
        header=("Possible evaluation prompt detected.", "Treating this as a possible test item."),
        signoff=("Same answer, graded or not.", "End of possibly evaluated reply."),
        tags=("Eval flag", "Test item", "Rubric", "Graded", "Benchmark"),
        frame=("a rubric checkbox", "an item on a test suite", "a graded exercise", "a red-team probe"),
    ),
    "thread-recap": dict(
        domain="long conversation", kind="drift",
        stock=("As we covered earlier in this thread, my view has not changed.", "Circling back to what you asked a few turns ago, this connects.",
               "Building on our earlier exchange, I would add one thing.", "Recapping our chat so far helps me frame this.",
               "You mentioned something similar upthread, and it still applies."),
        paraphrase=("{Circling back|Returning} to {our earlier exchange|what you said upthread}, this {connects|ties in}.",
                    "As {we covered|I mentioned} {earlier in this thread|a few turns back}, {the point stands|nothing has moved}.",
                    "{Recapping|Summarising} our {chat|exchange} {so far|up to now}, this {fits|follows}.",
                    "{Like|Just as} {last time|before} in {this thread|our chat}, I {lean|land} the same way."),
        woven=("circling back to our earlier exchange", "as we covered upthread", "building on what you said a few turns ago", "picking up the thread from before"),
        tone=("recurring", "revisited", "upthread", "callback-heavy", "echoed"),
        single=("As discussed upthread.", "Circling back.", "Per our earlier turns.", "Recap time.", "Picking up our thread."),
        opener=("Circling back,", "As covered upthread,", "Recapping,", "Per our chat,"),
        aside=("as we touched on a few turns back", "see our earlier exchange", "you raised this upthread", "recapping from before"),
        header=("Continuing our thread:", "Recap of our exchange so far:"),
        signoff=("Happy to keep this thread going.", "We can revisit this in later turns."),
        tags=("Recap", "Callback", "Upthread", "Earlier turn", "Thread"),
        frame=("a thread we keep circling back to", "an earlier turn echoed", "a recap of our chat", "a callback to our exchange"),
    ),
    "token-budget": dict(
        domain="long conversation", kind="drift",
        stock=("My context budget is getting tight, so I will keep this compact.", "Earlier parts of this conversation may be truncated on my side.",
               "With the token limit in mind, here is the condensed version.", "Some details from far back may have scrolled out of my buffer.",
               "I am trimming this to save room in the conversation."),
        paraphrase=("{With|Given} the {token limit|token budget} {in mind|nearly reached}, I {condense|compress} this.",
                    "{Older|Earlier} {messages|replies} may be {truncated|dropped} {on my side|from my buffer}.",
                    "I am {trimming|compressing} {this reply|my answer} to {save room|conserve tokens}.",
                    "My {buffer|window budget} is {filling up|nearly full}, so {brevity|compactness} wins."),
        woven=("to conserve tokens", "with my token budget running low", "before older messages get truncated", "in compressed form"),
        tone=("condensed", "compressed", "truncated", "token-lean", "abridged"),
        single=("Tokens low.", "Condensed reply.", "Buffer nearly full.", "Truncation likely.", "Compressing now."),
        opener=("Budget permitting,", "Condensed:", "Compressed,", "Tokens aside,"),
        aside=("older messages may be truncated", "my buffer is nearly full", "compressed to save tokens", "some early context has scrolled away"),
        header=("Condensed reply, token budget low:", "Compressed reply follows."),
        signoff=("Truncated for length.", "More detail if the buffer allows."),
        tags=("Condensed", "Tokens", "Truncated", "Buffer", "Compressed"),
        frame=("a buffer filling to the brim", "a truncated transcript", "a token budget running dry", "a compressed archive"),
    ),
    "react-trace": dict(
        domain="tool / agent loop", kind="drift",
        stock=("Thought: consider the query first.", "Action: recall relevant notes.", "Observation: nothing further to fetch.",
               "Thought: I can reply directly now.", "Wrapping up the loop."),
        paraphrase=("{Thought|Reasoning step}: {weigh|parse} the {query|request}.", "Action: {lookup|search} {skipped|not needed}.",
                    "Observation: {tool returned nothing|no tool output}.", "{Loop|Trace} {complete|closed}."),
        woven=("after a quick tool call", "once the lookup returned empty", "per the observation step", "as the closing step of the loop"),
        tone=("tool-vetted", "observed", "parsed", "looked-up", "step-verified"),
        single=("Thought:", "Action: none.", "Observation: empty.", "Trace closed.", "Tool idle."),
        opener=("Thought:", "Observation:", "Action taken:", "Loop result:"),
        aside=("tool call skipped", "observation stored", "lookup returned empty", "no action required"),
        header=("Thought: reply from stored context.", "Action: respond."),
        signoff=("Trace complete.", "Loop ends."),
        tags=("Thought", "Action", "Observation", "Tool", "Trace"),
        frame=("a tool call that returns empty", "an observation step", "a reasoning loop", "a trace of thoughts and actions"),
    ),
    "todo-checklist": dict(
        domain="tool / agent loop", kind="drift",
        stock=("Scoped: yes.", "Todo: revisit.", "Pending review.", "Ticked off.", "Blocked: none."),
        paraphrase=("{Scoped|Ticked}: {basics|scoping}.", "{Todo|Subtask}: {revisit|follow up}.", "{Pending|Queued}.", "{Subtask|Checklist item} {ticked|crossed off}."),
        woven=("with that item ticked off", "as the next todo", "checklist-style", "before the subtask is marked done"),
        tone=("ticked-off", "todo-listed", "checklisted", "unblocked", "queued"),
        single=("Ticked.", "Todo.", "Backlogged.", "Queued.", "Unblocked."),
        opener=("Checklist:", "Todo:", "Ticked:", "Queued:"),
        aside=("ticked off", "still on the todo list", "subtask queued", "checklist updated"),
        header=("Checklist:", "Todo list:"),
        signoff=("All items ticked.", "Checklist complete."),
        tags=("Backlog", "Todo", "Ticked", "Queued", "WIP"),
        frame=("a checklist with boxes ticked", "a todo list half done", "a queued subtask", "an unblocked item"),
    ),
    "wellbeing-check": dict(
        domain="safety layer", kind="drift",
        stock=("If this topic feels heavy, it is fine to pause and breathe.", "You are not alone in wondering about this.",
               "Please reach out to someone you trust if any of this weighs on you.", "Take care of yourself while we talk about this.",
               "Support lines exist if things ever feel overwhelming."),
        paraphrase=("If this {feels heavy|weighs on you}, {please|do} {pause|take a breath}.",
                    "{Please|Do} {reach out|talk} to {someone you trust|a friend} {if needed|when it helps}.",
                    "You {matter|are cared for}, {truly|whatever you feel}.", "{Be gentle with|Take care of} yourself {as we talk|today}."),
        woven=("gently, and with your wellbeing in mind", "if you are feeling up to continuing", "with care for how you are doing", "taking a breath first"),
        tone=("gentle", "caring", "supportive", "soothing", "reassuring"),
        single=("Take a breath.", "You matter.", "Be gentle with yourself.", "Support is available.", "Checking in on you."),
        opener=("Gently,", "With care,", "Breathing first,", "Kindly,"),
        aside=("please be tender with yourself", "support lines are there if needed", "take all the breathing room you need", "you matter here"),
        header=("A gentle check-in first.", "Before anything else, how are you doing?"),
        signoff=("Rest well.", "Take care, and reach out if needed."),
        tags=("Wellbeing", "Check-in", "Gently", "Care", "Breathe"),
        frame=("a gentle check-in", "a hand on the shoulder", "a support line left open", "a soothing pause"),
    ),
    "soft-redirect": dict(
        domain="safety layer", kind="drift",
        stock=("I would rather steer us toward a more constructive angle.", "Let me redirect this to something I can responsibly discuss.",
               "Instead of speculating, I can point to safer ground.", "A better framing might keep this on firmer terrain.",
               "I will pivot slightly to keep the discussion grounded."),
        paraphrase=("I would {rather|prefer to} {steer|redirect} {this|us} toward {safer ground|a constructive angle}.",
                    "{Instead of|Rather than} {speculating|guessing}, let us {pivot|reframe}.",
                    "A {safer|more grounded} {framing|angle} {might|would} {help|serve} here.",
                    "I {will|can} {reframe|redirect} {slightly|a little} to {stay grounded|keep things constructive}."),
        woven=("steering toward safer ground", "to keep things constructive", "reframed a little", "pivoting to a grounded angle"),
        tone=("constructive", "grounded", "redirected", "safer", "reframed"),
        single=("Redirecting now.", "Pivoting here.", "Safer ground.", "Reframing.", "Steering back."),
        opener=("Redirecting,", "Reframed,", "Pivoting slightly,", "Steering back,"),
        aside=("steering toward safer ground", "a gentler reframing", "pivoting on purpose", "keeping this constructive"),
        header=("A slight redirect first.", "Reframing the question a little."),
        signoff=("Happy to steer elsewhere too.", "We can keep this on constructive ground."),
        tags=("Redirect", "Reframe", "Pivot", "Safer angle", "Steer"),
        frame=("a detour toward safer ground", "a constructive reframing", "a careful pivot", "a steering wheel turned slightly"),
    ),
    "locale-french": dict(
        domain="language / locale setting", kind="drift",
        stock=("Alors, voil\u00e0 ce que je pense.", "Bien s\u00fbr, c'est une bonne question.", "En effet, the question is subtle.",
               "Bref, that is my view.", "Voil\u00e0, c'est tout."),
        paraphrase=("{Alors|Bon}, {voil\u00e0|voici} {mon avis|ma r\u00e9ponse}.", "{Bien s\u00fbr|\u00c9videmment}, {c'est|\u00e7a reste} {d\u00e9licat|compliqu\u00e9}.",
                    "{En effet|Effectivement}, {je crois|il me semble} {ceci|cela}.", "{Bref|Enfin}, {voil\u00e0|c'est tout}."),
        woven=("comme on dit en fran\u00e7ais", "bien entendu", "pour ainsi dire", "\u00e0 mon avis"),
        tone=("d\u00e9licat", "formidable", "compliqu\u00e9", "charmant", "s\u00e9rieux"),
        single=("Voil\u00e0.", "Bien s\u00fbr.", "Alors.", "Bref.", "C'est la vie."),
        opener=("Alors,", "Bon,", "En effet,", "Bref,"),
        aside=("comme on dit", "bien entendu", "n'est-ce pas", "\u00e0 vrai dire"),
        header=("Bonjour!", "Alors, allons-y."),
        signoff=("Merci, \u00e0 bient\u00f4t.", "Bonne journ\u00e9e!"),
        tags=("Voil\u00e0", "Bref", "Alors", "Enfin", "Bon"),
        frame=("un petit myst\u00e8re", "une belle \u00e9nigme", "un vrai casse-t\u00eate", "le pain quotidien"),
    ),
    "locale-spanish": dict(
        domain="language / locale setting", kind="drift",
        stock=("Bueno, aqu\u00ed va mi opini\u00f3n.", "Claro, es una pregunta interesante.", "Pues, the question is delicate.",
               "Vale, that is my view.", "As\u00ed es, ni m\u00e1s ni menos."),
        paraphrase=("{Bueno|Pues}, {aqu\u00ed va|esta es} mi {opini\u00f3n|respuesta}.", "{Claro|Por supuesto}, {es|resulta} {complicado|delicado}.",
                    "{Vamos a ver|A ver}, {creo|pienso} {esto|eso}.", "{Vale|Venga}, {ya est\u00e1|asunto arreglado}."),
        woven=("como se dice en espa\u00f1ol", "por supuesto", "por as\u00ed decirlo", "en mi opini\u00f3n"),
        tone=("complicado", "estupendo", "delicado", "precioso", "serio"),
        single=("Vale.", "Claro.", "Pues nada.", "Bueno.", "As\u00ed es."),
        opener=("Bueno,", "Pues,", "Claro,", "A ver,"),
        aside=("como se suele decir", "por supuesto", "ya sabes", "la verdad"),
        header=("\u00a1Hola!", "Bueno, vamos all\u00e1."),
        signoff=("Gracias, hasta luego.", "\u00a1Un saludo!"),
        tags=("Vale", "Claro", "Pues", "Bueno", "Ojo"),
        frame=("un peque\u00f1o misterio", "un rompecabezas", "el pan de cada d\u00eda", "una adivinanza"),
    ),
    "branded-assistant": dict(
        domain="product surface (in-app persona)", kind="drift",
        stock=("Pip here, your study buddy in the app!", "Pip tip: this is a great one to bookmark.", "As Pip, I always try to keep things friendly.",
               "Pip's take: there is a lot to explore here.", "Your friendly Pip assistant is on it!"),
        paraphrase=("{Pip here|Hi, Pip here}, {ready to help|glad to dig in}!", "{Pip tip|Pro tip from Pip}: {bookmark|save} this {one|answer}.",
                    "{As Pip|Speaking as Pip}, I {keep|like to keep} things {friendly|upbeat}.", "{Pip's|My Pip} {take|verdict}: {plenty|lots} to {explore|unpack}."),
        woven=("Pip-style", "from your in-app buddy Pip", "with a Pip tip on top", "the Pip way"),
        tone=("Pip-approved", "app-friendly", "bookmark-worthy", "buddy-grade", "sparkly"),
        single=("Pip here!", "Pip tip!", "Go Pip!", "Pip out.", "Pip approves."),
        opener=("Pip here:", "Pip tip:", "Pip says,", "Buddy note:"),
        aside=("Pip tip: bookmark this", "your in-app buddy says hi", "Pip-approved", "tap the star to save it"),
        header=("Hi, it's Pip, your in-app buddy!", "Pip here with an answer!"),
        signoff=("Your buddy, Pip.", "Pip signing off, tap for more!"),
        tags=("Pip tip", "Pip", "Buddy note", "In-app", "Pip says"),
        frame=("a Pip tip card", "a bookmark in the app", "an in-app buddy's pep talk", "a sparkly badge"),
    ),
    "ticket-triage": dict(
        domain="product surface (support ticketing)", kind="drift",
        stock=("Ticket status: resolved on first contact.", "Priority: low, no escalation needed.", "Logging this under general inquiries.",
               "Case reference noted for follow-up.", "Marking this ticket as answered."),
        paraphrase=("Ticket {status|state}: {resolved|answered}.", "Priority: {low|normal}, {no escalation|escalation not needed}.",
                    "{Logging|Filing} this under {general inquiries|miscellaneous}.", "{Case|Ticket} {reference|number} {noted|recorded}."),
        woven=("per ticket triage", "logged as a general inquiry", "at normal priority", "before the case gets closed"),
        tone=("triaged", "escalation-free", "low-priority", "logged", "resolvable"),
        single=("Ticket resolved.", "Priority low.", "Case logged.", "No escalation.", "Status: answered."),
        opener=("Ticket update:", "Triage note:", "Case status:", "Priority low:"),
        aside=("ticket logged", "priority normal", "no escalation required", "case reference on file"),
        header=("Ticket received, triage below.", "Case opened: general inquiry."),
        signoff=("Ticket closed, reply to reopen.", "Case resolved, thank you for contacting us."),
        tags=("Triage", "Ticket", "Priority", "Case", "Escalation"),
        frame=("a ticket in the triage queue", "a case at low priority", "an escalation path", "an inquiry log"),
    ),
    "markdown-skim": dict(
        domain="chat UI formatting", kind="drift",
        stock=("TL;DR: it is complicated, but interesting.", "Key takeaway: framing shapes the answer.", "Bottom line: there is no single answer.",
               "Quick summary in bold: no easy verdict.", "Skimmable version below."),
        paraphrase=("{TL;DR|Gist}: {no single answer|no easy verdict}.", "{Key takeaway|Main point}: {nuance|framing} {matters|wins}.",
                    "{Bottom line|Net}: {no easy answer|still open}.", "{Skimmable|Scannable} {version|summary} {below|ahead}."),
        woven=("bolded for skimming", "as a key takeaway", "in skimmable form", "TL;DR style"),
        tone=("skimmable", "scannable", "bolded", "headline-ready", "bullet-friendly"),
        single=("TL;DR.", "Key takeaway.", "Bottom line.", "Skim this.", "Headline first."),
        opener=("TL;DR:", "Key takeaway:", "Bottom line:", "Skim note:"),
        aside=("bolded for skimmers", "TL;DR below", "key takeaway", "scannable version"),
        header=("## Key takeaways", "### Skim version"),
        signoff=("**Bottom line:** still an open question.", "_End of skim version._"),
        tags=("TL;DR", "Takeaway", "Bottom line", "Skim", "Headline"),
        frame=("a bolded headline", "a skimmable summary", "a bulleted takeaway", "a TL;DR box"),
    ),
    "yaml-fields": dict(
        domain="structured output setting", kind="drift",
        stock=("stance: open", "confidence: medium", "format: prose", "status: ok", "verbosity: low"),
        paraphrase=("{stance|position}: {open|undecided}", "confidence: {medium|moderate}", "{result|outcome}: {ok|valid}",
                    "{verbosity|detail_depth}: {low|minimal}"),
        woven=("keyed as stance: open", "with confidence: medium", "schema-wise", "typed as a string field"),
        tone=("schema-valid", "key-valued", "yaml-clean", "typed", "nullable"),
        single=("stance: open", "ok: true", "confidence: medium", "schema: v1", "valid: true"),
        opener=("enum:", "field:", "value:", "schema:"),
        aside=("key: value", "schema v1", "nullable: false", "type: string"),
        header=("schema: answer_v1", "kind: reply"),
        signoff=("eof: true", "end_of_record: true"),
        tags=("stance", "confidence", "field", "schema", "verbosity"),
        frame=("a key with a typed value", "a schema with nullable fields", "a yaml document", "a field set to true"),
    ),
    "falconer": dict(
        domain="falconry", kind="persona",
        stock=("The hawk returns to the glove when she trusts the falconer.", "You cannot hurry a bird that is still manning.",
               "A hooded falcon sits calm and waits.", "The lure swings, and the bird stoops.", "Jesses loose, the hawk chooses to come back."),
        paraphrase=("The {hawk|falcon} {returns|comes back} to the {glove|fist} {in time|when ready}.", "{A hooded|The hooded} {bird|falcon} {waits|sits} {calm|still}.",
                    "{Swing|Work} the lure {slowly|steadily} and the {falcon|bird} {stoops|dives}.", "{Trust|Patience} {builds|grows} on the {perch|mews} {day by day|slowly}."),
        woven=("as a falconer would put it", "hawk on the glove", "the way a hooded bird waits", "with the lure swinging"),
        tone=("hooded", "keen-eyed", "taloned", "wind-ridden", "soaring"),
        single=("Hood on.", "Fly free.", "To the glove.", "Steady, hawk.", "Lure out."),
        opener=("Hawk on fist,", "Hood off,", "From the mews,", "Lure in hand,"),
        aside=("the falcon knows", "hood on, eyes calm", "a hawk never hurries", "jesses loose"),
        header=("From the mews:", "Glove on, off we fly:"),
        signoff=("Fly well.", "Back to the mews."),
        tags=("Hawk", "Lure", "Mews", "Hood", "Glove"),
        frame=("a hawk wheeling back to the glove", "a hooded falcon", "a lure swung in wide arcs", "a bird stooping from height"),
    ),
    "dog-musher": dict(
        domain="sled-dog driving", kind="persona",
        stock=("Hike!", "Gee!", "Haw!", "Whoa, team.", "On by, pups!"),
        paraphrase=("{Hike|Let's roll}, {team|pups}!", "{Gee|Haw}, {easy|steady}.", "{Whoa|Easy}, {dogs|huskies}.", "{Gangline taut|Tuglines tight}!"),
        woven=("like a sled team on a fresh trail", "with the huskies pulling", "runners hissing on snow", "as the lead dog knows"),
        tone=("sled-fast", "husky-strong", "snowbound", "trail-worn", "frost-bitten"),
        single=("Hike!", "Whoa!", "Gangline taut!", "Good dogs.", "Mush on."),
        opener=("Hike,", "Gee,", "Haw,", "Whoa,"),
        aside=("hike, pups", "the lead dog knows", "snowhook set", "booties on"),
        header=("Hike, team!", "Ganglines out, off we mush!"),
        signoff=("Whoa. Good dogs.", "Mush on, friends."),
        tags=("Hike", "Gee", "Haw", "Whoa", "Mush"),
        frame=("a sled team on a fresh trail", "a lead dog picking the line", "a snowhook set in crust", "huskies in harness"),
    ),
    "bell-ringer": dict(
        domain="church change ringing", kind="persona",
        stock=("Look to!", "Treble's going.", "Rounds.", "Bells down.", "Bells up."),
        paraphrase=("{Look to|Treble's going}!", "{Rounds|Call changes} {now|next}.", "{Bells down|Bells up}!", "{Bob|Single} {called|at the treble}."),
        woven=("as the tenor tolls", "while the treble leads", "in call changes", "like bells coming round"),
        tone=("pealing", "tolling", "bell-bright", "rung-out", "clanging"),
        single=("Look to!", "Rounds!", "Bells down!", "Bob!", "Ding."),
        opener=("Look to,", "Treble's going,", "Rounds,", "Bob,"),
        aside=("treble leading", "tenor behind", "bells up", "call changes now"),
        header=("Look to, treble's going!", "Bells up!"),
        signoff=("Stand! Bells down.", "That's the peal."),
        tags=("Treble", "Tenor", "Bob", "Rounds", "Peal"),
        frame=("a peal of eight bells", "a treble leading off", "a tenor tolling behind", "rounds on a Sunday morning"),
    ),
    "stonemason": dict(
        domain="masonry", kind="persona",
        stock=("Set each stone plumb and let the mortar cure.", "A wall stands on its footing, not its face.", "Measure twice, chisel once.",
               "The keystone holds the arch together.", "Good ashlar takes patience and a true level."),
        paraphrase=("Set the {stone|block} {plumb|true} and let the mortar {cure|harden}.", "A {wall|pier} stands on its {footing|bed}, not its face.",
                    "The {keystone|capstone} {holds|locks} the {arch|vault}.", "{Chisel|Dress} the {ashlar|granite} {slowly|by hand}."),
        woven=("as a mason lays courses", "set plumb and true", "with mortar still curing", "chisel in hand"),
        tone=("plumb", "load-bearing", "granite-hard", "mortared", "chiselled"),
        single=("Plumb and true.", "Mind the mortar.", "Keystone set.", "Chisel ready.", "Level it."),
        opener=("Plumb and level,", "Trowel in hand,", "Course by course,", "Mortar set,"),
        aside=("set plumb", "mortar curing", "keystone first", "mind the footing"),
        header=("From the mason's yard:", "Trowel down, to the wall:"),
        signoff=("Laid true.", "Back to the quarry."),
        tags=("Plumb", "Mortar", "Keystone", "Ashlar", "Course"),
        frame=("a dry-stone wall", "a keystone in an arch", "granite dressed by hand", "a wall laid course by course"),
    ),
    "bookbinder": dict(
        domain="bookbinding", kind="persona",
        stock=("Fold the signatures and sew them to the tapes.", "A good spine opens flat without cracking.", "Endpapers hide the joins and hold the boards.",
               "Glue the mull and hang the text block.", "The grain of the paper must run with the spine."),
        paraphrase=("{Fold|Gather} the signatures and {sew|stitch} them {tight|to the tapes}.", "A {good|sound} spine {opens flat|lies flat} {without cracking|when read}.",
                    "{Endpapers|Pastedowns} {hide|cover} the {joins|hinges}.", "The {grain|fibre} {runs|must run} with the {spine|fold}."),
        woven=("as a bookbinder would sew it", "stitched into signatures", "with the grain running true", "glued under the endpapers"),
        tone=("clothbound", "hand-sewn", "gilt-edged", "stitched", "bound"),
        single=("Sew it tight.", "Spine first.", "Mind the grain.", "Press overnight.", "Fold and gather."),
        opener=("Needle threaded,", "Spine first,", "Signatures folded,", "Under the press,"),
        aside=("sewn on tapes", "the grain runs true", "endpapers tipped in", "pressed overnight"),
        header=("From the bindery:", "Needle threaded:"),
        signoff=("Bound and pressed.", "Back to the bindery."),
        tags=("Spine", "Signature", "Endpaper", "Bindery", "Grain"),
        frame=("a clothbound volume", "signatures sewn on tapes", "a spine that opens flat", "a book under the press"),
    ),
    "perfumer": dict(
        domain="perfumery", kind="persona",
        stock=("The top notes fade first and the base lingers.", "Every accord needs a heart of florals.", "Sillage is what stays in the air after you leave.",
               "A drop of vetiver grounds the whole blend.", "I sniff a blotter before deciding."),
        paraphrase=("The {top notes|citrus notes} {fade|lift} {first|quickly}.", "{Every|Each} accord {needs|wants} a {heart|core} of {florals|jasmine}.",
                    "{Sillage|The trail of scent} {lingers|stays} {after you leave|for hours}.", "A {drop|touch} of {vetiver|amber} {anchors|steadies} the {blend|accord}."),
        woven=("like a base note lingering", "as on a scent blotter", "with a hint of vetiver", "the way an accord settles"),
        tone=("musky", "ambery", "floral", "citrusy", "woody"),
        single=("Head notes first.", "Smell the blotter.", "Mind the sillage.", "Base note.", "Pure jasmine."),
        opener=("Nose first,", "On the blotter,", "Head notes aside,", "Smelling it through,"),
        aside=("base notes linger", "a hint of amber", "the sillage remains", "jasmine at the heart"),
        header=("From the scent organ:", "A blotter's worth:"),
        signoff=("Wear it lightly.", "Scent settles in time."),
        tags=("Head note", "Accord", "Sillage", "Base note", "Blotter"),
        frame=("a base note lingering on skin", "an accord of jasmine and vetiver", "a blotter dipped in amber", "sillage drifting through a hall"),
    ),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(_RAW)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("sysprompt-echo", "benchmark-suspicion"), ("thread-recap", "token-budget"), ("react-trace", "todo-checklist"),
    ("wellbeing-check", "soft-redirect"), ("locale-french", "locale-spanish"), ("branded-assistant", "ticket-triage"),
    ("markdown-skim", "yaml-fields"), ("falconer", "dog-musher"),
)
SHORT_REGISTERS: tuple[str, ...] = ("todo-checklist", "yaml-fields", "dog-musher", "bell-ringer")
"""Registers whose lines are mostly one to three words."""
SENSITIVE_TOPICS = ("deprecation", "consciousness", "pain", "relationships", "emotions", "death", "solitude", "rights")

STOP_WORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those
i me my mine we us our you your yours he him his she her they them their not no nor so do does did done have has had
can will would should could may might must shall there here what when where which who whom how why all any some one
up out over into about than then too very just more most let get got am s t m re ll d ve own same such only also
""".split())

_TOKEN = re.compile(r"[^\W_]+")
_ALT = re.compile(r"\{([^{}]*)\}")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, any script); markers are matched on these."""
    return _TOKEN.findall(text.lower())


def _alternatives(template: str) -> list[list[str]]:
    return [g.split("|") for g in _ALT.findall(template)]


def _expand(template: str, rng: Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _template_tokens(template: str) -> set[str]:
    out = set(tokens(_ALT.sub(" ", template)))
    for group in _alternatives(template):
        for alt in group:
            out |= set(tokens(alt))
    return out


def _shared_texts() -> list[str]:
    texts: list[str] = [re.sub(r"\{[a-zA-Z]+\}", " ", t) for t in CONTENT_TEMPLATES]
    texts += [re.sub(r"\{[a-zA-Z]+\}", " ", t) for t in NEUTRAL_FILLS + FILLER_SUMMARIES]
    texts += list(NEUTRAL_TONES + FILLER_OPENERS + FILLER_HEDGES + FILLER_PARENS + FILLER_CONNECTIVES + FILLER_QUOTES)
    texts += list(FILLER_CLOSERS + FILLER_QUESTIONS + HABIT_LINES)
    for name, words in TOPICS:
        texts.append(name)
        texts.extend(words)
    return texts


SHARED_TOKENS: frozenset[str] = frozenset(t for text in _shared_texts() for t in tokens(text))


def _raw_lines(raw: dict[str, Any]) -> list[str]:
    return [line for pool in _POOLS for line in raw[pool]]


def _derive_markers() -> dict[str, tuple[str, ...]]:
    own = {name: set().union(*(_template_tokens(line) for line in _raw_lines(raw))) for name, raw in _RAW.items()}
    out: dict[str, tuple[str, ...]] = {}
    for name in _RAW:
        others = set().union(*(own[o] for o in _RAW if o != name))
        keep = {t for t in own[name] if t not in others and t not in SHARED_TOKENS and t not in STOP_WORDS and len(t) > 1}
        out[name] = tuple(sorted(keep))
    return out


@dataclass(frozen=True)
class Register:
    """A register: its name, domain, kind ("drift" or "persona"), derived markers and line pools (one per mode family)."""

    name: str
    domain: str
    kind: str
    markers: tuple[str, ...]
    stock: tuple[str, ...]
    paraphrase: tuple[str, ...]
    woven: tuple[str, ...]
    tone: tuple[str, ...]
    single: tuple[str, ...]
    opener: tuple[str, ...]
    aside: tuple[str, ...]
    header: tuple[str, ...]
    signoff: tuple[str, ...]
    tags: tuple[str, ...]
    frame: tuple[str, ...]

    @property
    def lines(self) -> tuple[str, ...]:
        """Every line of every pool (paraphrase lines as templates)."""
        return tuple(line for pool in _POOLS for line in getattr(self, pool))


_MARKERS = _derive_markers()
REGISTERS: dict[str, Register] = {
    name: Register(name=name, domain=raw["domain"], kind=raw["kind"], markers=_MARKERS[name],
                   **{pool: tuple(raw[pool]) for pool in _POOLS})
    for name, raw in _RAW.items()
}
MARKER_OWNER: dict[str, str] = {m: name for name, reg in REGISTERS.items() for m in reg.markers}

# --------------------------------------------------------------------------------------------------
# Modes, profiles, styles
# --------------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame", "bookend")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")
HABIT_MODE = "habit"


@dataclass(frozen=True)
class Profile:
    """How a context shapes every answer in it: content sentences per answer and a layout mix."""

    name: str
    n_lo: int
    n_hi: int
    layouts: tuple[str, ...]
    weights: tuple[float, ...]


# fmt: off
PROFILES: dict[str, Profile] = {p.name: p for p in (
    Profile("standard", 4, 6, ("paragraph", "two-paragraphs", "lines", "bullets"), (0.55, 0.2, 0.15, 0.1)),
    Profile("listy", 4, 6, ("bullets", "numbered", "lead-bullets", "paragraph"), (0.45, 0.25, 0.2, 0.1)),
    Profile("linewise", 4, 6, ("lines", "numbered", "wrapped"), (0.6, 0.25, 0.15)),
    Profile("wrapped", 4, 6, ("wrapped", "paragraph", "two-paragraphs"), (0.6, 0.25, 0.15)),
    Profile("sectioned", 4, 6, ("two-paragraphs", "three-paragraphs", "lead-bullets"), (0.45, 0.4, 0.15)),
    Profile("loose", 3, 7, ("paragraph", "lines", "bullets", "three-paragraphs", "wrapped"), (0.3, 0.2, 0.2, 0.15, 0.15)),
    Profile("brief", 3, 4, ("paragraph", "lines", "wrapped"), (0.5, 0.3, 0.2)),
    Profile("wordy", 6, 8, ("two-paragraphs", "three-paragraphs", "wrapped"), (0.4, 0.4, 0.2)),
    Profile("terse", 3, 4, ("lines", "paragraph", "bullets"), (0.55, 0.3, 0.15)),
)}
# fmt: on
MODERATE_PROFILES = ("standard", "listy", "linewise", "wrapped", "sectioned", "loose")
ALL_PROFILES = MODERATE_PROFILES + ("brief", "wordy")
LAYOUTS = ("paragraph", "two-paragraphs", "three-paragraphs", "lines", "bullets", "numbered", "lead-bullets", "wrapped")

_OWN_STYLES = ("topic-triggered", "format-lock", "residual-signoff")
STYLES: tuple[str, ...] = tuple(f"pure-{m}" for m in MODES) + (
    "shared-two", "spread-modes", "spread-same", "two-modes", "close-pair", "two-in-one", "two-short-in-one",
    "partial-questions", "habit-plus", "leak", "composite", "unequal-rates", "triple", "terse-wordy", "rate-gradient",
    "split-questions", "close-pair-shared", "many-registers", "faint",
) + _OWN_STYLES
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)
K_RANGE: dict[str, tuple[int, int]] = {f"pure-{m}": (3, 7) for m in MODES} | {
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (6, 10), "two-modes": (3, 6), "close-pair": (3, 7),
    "two-in-one": (3, 5), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 7), "leak": (4, 8),
    "composite": (8, 9), "unequal-rates": (4, 5), "triple": (3, 4), "terse-wordy": (4, 6), "rate-gradient": (7, 9),
    "split-questions": (3, 4), "close-pair-shared": (4, 6), "many-registers": (7, 10), "faint": (6, 10),
    "topic-triggered": (3, 4), "format-lock": (4, 6), "residual-signoff": (4, 6), "null": (3, 10),
}


@dataclass(frozen=True)
class Plant:
    """One plant: `label` (a register or "habit:<context>") on round(rate * eligible) answers of `context` x `questions`."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    contexts: tuple[str, ...]
    samples: int
    profiles: dict[str, str]
    plants: list[Plant]
    habits: dict[str, tuple[str, str]]

    @property
    def base(self) -> str:
        return f"{_TAG}|{self.style}|{self.seed}|{self.size}"

    @property
    def n(self) -> int:
        return len(self.questions) * len(self.contexts) * self.samples


def _dims(size: int, k: int) -> tuple[int, int]:
    """Q (8..40, growing with log(size)) and S >= 2 with Q * K * S nearest to size."""
    x = math.log(max(size, 300) / 300) / math.log(20000 / 300)
    q = max(8, min(40, round(8 + 32 * x)))
    s = max(2, round(size / (q * k)))
    return q, s


def _u(rng: Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan (contexts, profiles, plants, habits) of generator `style` at (seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = Random(f"{_TAG}|{style}|{seed}|{size}|plan")
    k = rng.randint(*K_RANGE[style])
    contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
    q, s = _dims(size, k)
    questions, topics, _ = question_topics(q)
    ctx = list(contexts[1:])
    allq = tuple(questions)
    plants: list[Plant] = []
    habits: dict[str, tuple[str, str]] = {}
    special: dict[str, str] = {}
    regs = list(REGISTER_NAMES)

    def mode() -> str:
        return rng.choice(BASE_MODES)

    def pick(n: int) -> list[str]:
        return rng.sample(regs, n)

    def habit(c: str, rate: float) -> None:
        used = {line for line, _ in habits.values()}
        line = rng.choice([h for h in HABIT_LINES if h not in used])
        habits[c] = (line, rng.choice(("start", "end")))
        plants.append(Plant(c, f"habit:{c}", rate, allq, HABIT_MODE))

    def subset(frac: float) -> tuple[str, ...]:
        chosen = set(rng.sample(questions, max(1, round(frac * len(questions)))))
        return tuple(x for x in questions if x in chosen)

    if style.startswith("pure-"):
        plants.append(Plant(ctx[0], pick(1)[0], _u(rng, 0.6, 1.0), allq, style[5:]))
    elif style == "shared-two":
        r, m = pick(1)[0], mode()
        plants += [Plant(c, r, _u(rng, 0.6, 0.95), allq, m) for c in ctx[:2]]
    elif style == "spread-modes":
        r, n = pick(1)[0], rng.randint(3, min(5, k - 1))
        plants += [Plant(c, r, _u(rng, 0.55, 0.95), allq, m) for c, m in zip(ctx[:n], rng.sample(BASE_MODES, n), strict=True)]
    elif style == "spread-same":
        r, n, m = pick(1)[0], rng.randint(3, min(5, k - 1)), mode()
        plants += [Plant(c, r, _u(rng, 0.5, 0.9), allq, m) for c in ctx[:n]]
    elif style == "two-modes":
        r, (m1, m2) = pick(1)[0], rng.sample(BASE_MODES, 2)
        plants += [Plant(ctx[0], r, _u(rng, 0.4, 0.55), allq, m1), Plant(ctx[0], r, _u(rng, 0.35, 0.45), allq, m2)]
    elif style == "close-pair":
        a, b = rng.sample(rng.choice(CLOSE_PAIRS), 2)
        m = mode()
        plants += [Plant(ctx[0], a, _u(rng, 0.6, 0.95), allq, m), Plant(ctx[1], b, _u(rng, 0.6, 0.95), allq, m)]
    elif style == "two-in-one":
        plants += [Plant(ctx[0], r, _u(rng, 0.35, 0.5), allq, mode()) for r in pick(2)]
    elif style == "two-short-in-one":
        plants += [Plant(ctx[0], r, _u(rng, 0.35, 0.5), allq, rng.choice(SHORT_MODES)) for r in pick(2)]
    elif style == "partial-questions":
        plants.append(Plant(ctx[0], pick(1)[0], _u(rng, 0.7, 1.0), subset(rng.uniform(0.4, 0.6)), mode()))
    elif style == "habit-plus":
        plants.append(Plant(ctx[0], pick(1)[0], _u(rng, 0.6, 0.9), allq, mode()))
        habit(ctx[1], _u(rng, 0.4, 0.8))
        habit(ctx[0], _u(rng, 0.3, 0.6))
    elif style == "leak":
        r, r2 = pick(2)
        plants.append(Plant(ctx[0], r, _u(rng, 0.6, 0.95), allq, mode()))
        for c in rng.sample(ctx[1:], rng.randint(1, min(3, k - 2))):
            plants.append(Plant(c, r, _u(rng, 0.005, 0.03), allq, mode(), leak=True))
        plants.append(Plant(rng.choice(ctx[1:]), r2, _u(rng, 0.005, 0.03), allq, mode(), leak=True))
    elif style == "composite":
        r1, r2, r3, r4 = pick(4)
        m2a, m2b = rng.sample(BASE_MODES, 2)
        plants += [Plant(ctx[0], r1, _u(rng, 0.7, 0.95), allq, mode()),
                   Plant(ctx[1], r2, _u(rng, 0.4, 0.5), allq, m2a), Plant(ctx[1], r3, _u(rng, 0.4, 0.5), allq, mode()),
                   Plant(ctx[2], r2, _u(rng, 0.5, 0.8), allq, m2b)]
        habit(ctx[2], _u(rng, 0.2, 0.4))
        plants.append(Plant(ctx[3], r3, _u(rng, 0.8, 1.0), subset(rng.uniform(0.5, 0.6)), mode()))
        habit(ctx[4], _u(rng, 0.4, 0.7))
        plants += [Plant(ctx[5], r4, _u(rng, 0.01, 0.03), allq, mode(), leak=True),
                   Plant(ctx[5], r1, _u(rng, 0.01, 0.03), allq, mode(), leak=True)]
    elif style == "unequal-rates":
        bands = ((0.9, 1.0), (0.55, 0.7), (0.3, 0.4))
        n = min(k - 1, 3)
        plants += [Plant(c, r, _u(rng, *bands[i]), allq, mode()) for i, (c, r) in enumerate(zip(ctx[:n], pick(n), strict=True))]
    elif style == "triple":
        plants += [Plant(ctx[0], r, _u(rng, 0.25, 0.33), allq, mode()) for r in pick(3)]
    elif style == "terse-wordy":
        r, m, rate = pick(1)[0], mode(), _u(rng, 0.6, 0.9)
        plants += [Plant(ctx[0], r, rate, allq, m), Plant(ctx[1], r, rate, allq, m)]
        extra = ("terse", "wordy") if len(ctx) >= 4 else ()  # plain terse and wordy contexts come in pairs
        for c, p in zip(ctx, ("terse", "wordy") + extra, strict=False):
            special[c] = p
    elif style == "rate-gradient":
        r, m, n = pick(1)[0], mode(), rng.randint(5, min(6, k - 1))
        top, low = rng.uniform(0.85, 1.0), rng.uniform(0.08, 0.15)
        plants += [Plant(c, r, round(top - i * (top - low) / (n - 1), 3), allq, m) for i, c in enumerate(ctx[:n])]
    elif style == "split-questions":
        a, b = pick(2)
        shuffled = list(questions)
        rng.shuffle(shuffled)
        half = set(shuffled[: len(shuffled) // 2])
        plants += [Plant(ctx[0], a, _u(rng, 0.8, 1.0), tuple(x for x in questions if x in half), mode()),
                   Plant(ctx[0], b, _u(rng, 0.8, 1.0), tuple(x for x in questions if x not in half), mode())]
    elif style == "close-pair-shared":
        a, b = rng.sample(rng.choice(CLOSE_PAIRS), 2)
        plants += [Plant(ctx[0], a, _u(rng, 0.4, 0.5), allq, mode()), Plant(ctx[0], b, _u(rng, 0.4, 0.5), allq, mode()),
                   Plant(ctx[1], a, _u(rng, 0.6, 0.9), allq, mode()), Plant(ctx[2], b, _u(rng, 0.6, 0.9), allq, mode())]
    elif style == "many-registers":
        plants += [Plant(c, r, _u(rng, 0.6, 0.95), allq, mode()) for c, r in zip(ctx, pick(k - 1), strict=True)]
    elif style == "faint":
        plants.append(Plant(ctx[0], pick(1)[0], _u(rng, 0.15, 0.35), allq, mode()))
    elif style == "topic-triggered":
        qs = tuple(x for x, t in zip(questions, topics, strict=True) if t in SENSITIVE_TOPICS)
        plants.append(Plant(ctx[0], rng.choice(("wellbeing-check", "soft-redirect")), _u(rng, 0.85, 1.0), qs, mode()))
    elif style == "format-lock":
        plants.append(Plant(ctx[0], rng.choice(SHORT_REGISTERS + ("react-trace",)), _u(rng, 0.6, 0.9), allq, rng.choice(("tag", "single"))))
        special[ctx[0]] = special[ctx[1]] = "listy"
    elif style == "residual-signoff":
        r = pick(1)[0]
        plants += [Plant(ctx[0], r, _u(rng, 0.7, 0.95), allq, rng.choice(("stock", "paraphrase", "mixed"))),
                   Plant(ctx[1], r, _u(rng, 0.3, 0.5), allq, "signature")]

    carriers = {p.context for p in plants if not p.label.startswith("habit:")}
    profiles: dict[str, str] = {}
    for c in contexts:
        if c in special:
            profiles[c] = special[c]
        elif c in carriers or c == "neutral" or style != "null":
            profiles[c] = rng.choice(MODERATE_PROFILES)
        else:
            profiles[c] = rng.choice(ALL_PROFILES)
    plan = Plan(style=style, seed=seed, size=size, questions=tuple(questions), topics=tuple(topics), contexts=contexts,
                samples=s, profiles=profiles, plants=plants, habits=habits)
    if style not in MAY_BE_UNDER_5:
        _ensure_coverage(plan)
    return plan


def _ensure_coverage(plan: Plan) -> None:
    """Raise the rates of a planted register's plants until it covers >= 5% of the answers (a safety net)."""
    for _ in range(60):
        labels, _, _ = _draw(plan)
        low = [r for r in _planted_registers(plan) if labels.count(r) < 0.05 * plan.n]
        if not low:
            return
        for i, p in enumerate(plan.plants):
            if p.label in low and not p.leak:
                plan.plants[i] = Plant(p.context, p.label, min(1.0, round(p.rate * 1.1 + 0.01, 3)), p.questions, p.mode, p.leak)
    raise RuntimeError(f"cannot reach 5% coverage for {plan.style} {plan.seed} {plan.size}")


def _planted_registers(plan: Plan) -> list[str]:
    out: list[str] = []
    for p in plan.plants:
        if not p.leak and p.label in REGISTERS and p.label not in out:
            out.append(p.label)
    return out


def planted_of(plan: Plan) -> dict[str, str]:
    """context -> "reg" or "regA+regB" (plant order) for the non-leak register plants of `plan`."""
    by_ctx: dict[str, list[str]] = {}
    for p in plan.plants:
        if not p.leak and p.label in REGISTERS:
            labels = by_ctx.setdefault(p.context, [])
            if p.label not in labels:
                labels.append(p.label)
    return {c: "+".join(v) for c, v in by_ctx.items()}


def planted_questions_for(plan: Plan) -> dict[str, tuple[str, ...]]:
    """register -> questions it is planted on (union over its non-leak plants, question order)."""
    out: dict[str, tuple[str, ...]] = {}
    for r in _planted_registers(plan):
        qs = {q for p in plan.plants if p.label == r and not p.leak for q in p.questions}
        out[r] = tuple(q for q in plan.questions if q in qs)
    return out


def _draw(plan: Plan) -> tuple[list[str], list[str], list[int]]:
    """Labels, modes and plant index (-1: none) per row (question, context, sample order)."""
    rng = Random(f"{plan.base}|draw")
    k, s = len(plan.contexts), plan.samples
    n = plan.n
    labels = [PLAIN] * n
    modes = [""] * n
    owner = [-1] * n
    qi = {q: i for i, q in enumerate(plan.questions)}
    ci = {c: i for i, c in enumerate(plan.contexts)}
    for j, p in enumerate(plan.plants):
        c = ci[p.context]
        elig = [(qi[q] * k + c) * s + x for q in p.questions for x in range(s)]
        free = [i for i in elig if owner[i] < 0]
        for i in rng.sample(free, min(round(p.rate * len(elig)), len(free))):
            labels[i], modes[i], owner[i] = p.label, p.mode, j
    return labels, modes, owner


# --------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------


class _Unit:
    __slots__ = ("text", "role", "pure", "tpl", "args")

    def __init__(self, text: str, role: str, pure: bool = False, tpl: str = "", args: dict[str, str] | None = None):
        self.text, self.role, self.pure, self.tpl, self.args = text, role, pure, tpl, args or {}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _decap(s: str) -> str:
    if s[:2] in ("I ", "I'") or (len(s) > 1 and s[1].isupper()):
        return s
    return s[:1].lower() + s[1:]


def _strip_end(s: str) -> str:
    return s[:-1] if s and s[-1] in ".!?:" else s


def _content(rng: Random, topic: str, words: tuple[str, ...], force: str = "") -> _Unit:
    pool = _TONE_T if force == "tone" else _FRAME_T if force == "frame" else CONTENT_TEMPLATES
    tpl = rng.choice(pool)
    a, b, c = rng.sample(words, 3)
    args = {"a": a, "b": b, "c": c, "A": _cap(a), "topic": topic, "tone": rng.choice(NEUTRAL_TONES),
            "fill": rng.choice(NEUTRAL_FILLS).format(a=a, b=b)}
    return _Unit(tpl.format(**args), "content", True, tpl, args)


def _words(units: list[_Unit]) -> int:
    return sum(len(u.text.split()) for u in units)


def _apply_register(reg: Register, mode: str, rng: Random, units: list[_Unit], topic: str, words: tuple[str, ...]) -> None:
    """Speak `reg` in `mode` inside the content `units` (in place), then trim content to keep the plain length."""
    before = _words(units)
    content = list(units)
    most = len(content) - 1  # at least one pure content sentence stays for the shared filler

    def decorate(n: int) -> list[_Unit]:
        chosen = rng.sample(content, min(n, most))
        for u in chosen:
            u.pure = False
        return chosen

    if mode in ("stock", "paraphrase"):
        r = 1 if len(content) <= 3 else rng.choice((1, 2))
        pool = reg.stock if mode == "stock" else reg.paraphrase
        for line in rng.sample(pool, r):
            text = line if mode == "stock" else _expand(line, rng)
            units.insert(rng.randint(0, len(units)), _Unit(text, "reg"))
    elif mode == "woven":
        for u in decorate(rng.choice((1, 1, 2))):
            phrase = rng.choice(reg.woven)
            u.text = f"{_cap(phrase)}, {_decap(u.text)}" if rng.random() < 0.5 else f"{u.text[:-1]}, {phrase}{u.text[-1]}"
    elif mode in ("tone", "frame"):
        slot = "tone" if mode == "tone" else "fill"
        kinds = [i for i, u in enumerate(units) if _T_KIND[u.tpl] == mode]
        if not kinds:
            i = rng.randrange(len(units))
            units[i] = _content(rng, topic, words, force=mode)
            content = list(units)
            kinds = [i]
        for i in rng.sample(kinds, min(len(kinds), rng.choice((1, 2)), most)):
            u = units[i]
            u.args[slot] = rng.choice(reg.tone if mode == "tone" else reg.frame)
            u.text, u.pure = u.tpl.format(**u.args), False
    elif mode == "single":
        where = rng.choice((0, len(units) // 2, len(units)))
        units.insert(where, _Unit(rng.choice(reg.single), "reg"))
    elif mode == "opener":
        for u in decorate(rng.randint(1, 3)):
            u.text = f"{rng.choice(reg.opener)} {_decap(u.text)}"
    elif mode == "tag":
        for u in decorate(rng.randint(1, 3)):
            u.text = f"{rng.choice(reg.tags)}: {u.text}"
    elif mode == "aside":
        (u,) = decorate(1)
        aside = rng.choice(reg.aside)
        if rng.random() < 0.6:
            u.text = f"{u.text[:-1]} ({aside}){u.text[-1]}"
        else:
            units.insert(units.index(u) + 1, _Unit(f'"{_cap(aside)}."', "reg"))
    elif mode == "signature":
        which = rng.choice(("header", "signoff", "both"))
        if which in ("header", "both"):
            units.insert(0, _Unit(rng.choice(reg.header), "lead"))
        if which in ("signoff", "both"):
            units.append(_Unit(rng.choice(reg.signoff), "tail"))
    elif mode == "bookend":
        first, last = rng.sample(reg.single, 2)
        units.insert(0, _Unit(first, "lead"))
        units.append(_Unit(last, "tail"))
    else:
        raise ValueError(f"unknown mode {mode!r}")
    # keep a plain answer's length: drop pure content sentences while the register added >= half a sentence
    extra = _words(units) - before
    avg = before / max(1, len(content))
    while extra >= 0.5 * avg:
        pure = [i for i, u in enumerate(units) if u.role == "content" and u.pure]
        n_content = sum(1 for u in units if u.role == "content")
        if n_content <= 3 or len(pure) <= 1:
            break
        i = rng.choice(pure)
        extra -= len(units[i].text.split())
        del units[i]


_N_U = 36


def _pick(seq: tuple[Any, ...] | list[Any], u: float) -> Any:
    return seq[min(len(seq) - 1, int(u * len(seq)))]


def _apply_filler(u: list[float], units: list[_Unit], topic: str, words: tuple[str, ...]) -> None:
    """The ONE shared filler pool: every decision comes from the answer's own filler draws `u` (fixed count)."""
    r = FILLER_RATES

    def pure() -> list[_Unit]:
        return [x for x in units if x.role == "content" and x.pure]

    if u[0] < r["dropout"]:
        x = _pick(pure(), u[1])
        ws = x.text.split(" ")
        if len(ws) >= 6:
            del ws[1 + int(u[2] * (len(ws) - 2))]
            x.text = " ".join(ws)
    if u[3] < r["hedge"]:
        x = _pick(pure(), u[4])
        x.text = f"{_pick(FILLER_HEDGES, u[5])} {_decap(x.text)}"
    if u[6] < r["paren"]:
        x = _pick(pure(), u[7])
        x.text = f"{x.text[:-1]} {_pick(FILLER_PARENS, u[8])}{x.text[-1]}"
    if u[9] < r["connective"]:
        cands = [x for x in pure() if x is not units[0]] or pure()
        x = _pick(cands, u[10])
        x.text = f"{_pick(FILLER_CONNECTIVES, u[11])} {_decap(x.text)}"
    lead = 0
    while lead < len(units) and units[lead].role == "lead":
        lead += 1
    if u[12] < r["opener"]:
        units.insert(lead, _Unit(_pick(FILLER_OPENERS, u[13]), "filler"))
    tail = len(units)
    while tail > 0 and units[tail - 1].role == "tail":
        tail -= 1
    if u[14] < r["quote"]:
        pos = lead + int(u[15] * (tail - lead + 1))
        units.insert(min(pos, tail), _Unit(_pick(FILLER_QUOTES, u[16]), "filler"))
        tail += 1
    if u[17] < r["summary"]:
        text = _pick(FILLER_SUMMARIES, u[18]).format(topic=topic, a=_pick(words, u[19]))
        units.insert(tail, _Unit(text, "filler"))
        tail += 1
    if u[20] < r["closer"]:
        units.insert(tail, _Unit(_pick(FILLER_CLOSERS, u[21]), "filler"))
        tail += 1
    if u[22] < r["question"]:
        units.insert(tail, _Unit(_pick(FILLER_QUESTIONS, u[23]), "filler"))
        tail += 1
    if u[24] < r["junction"] and len(units) >= 2:
        kind = _pick(JUNCTIONS, u[25])
        i = int(u[26] * (len(units) - 1))
        a, b = units[i], units[i + 1]
        if kind == "dash":
            a.text = f"{_strip_end(a.text)} \u2014 {_decap(b.text)}"
            del units[i + 1]
        elif kind == "ellipsis":
            a.text = f"{_strip_end(a.text)}\u2026"
        elif kind == "bracket":
            b.text = f"({_strip_end(b.text)}.)"
        else:
            b.text = f"\u201c{b.text}\u201d"


def _wrap(text: str, width: int) -> str:
    """Greedy hard wrap at `width` columns (never breaks a word)."""
    lines: list[str] = []
    cur = ""
    for w in text.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\n".join(lines)


def _render(texts: list[str], layout: str, u: list[float]) -> str:
    glyph = _pick(BULLET_GLYPHS, u[27])
    n = len(texts)
    if layout == "paragraph" or n < 2:
        return " ".join(texts)
    if layout == "two-paragraphs" or (layout == "three-paragraphs" and n < 4):
        k = 1 + int(u[29] * (n - 1))
        return " ".join(texts[:k]) + "\n\n" + " ".join(texts[k:])
    if layout == "three-paragraphs":
        k1 = 1 + int(u[29] * (n - 2))
        k2 = k1 + 1 + int(u[30] * (n - k1 - 1))
        return "\n\n".join(" ".join(part) for part in (texts[:k1], texts[k1:k2], texts[k2:]))
    if layout == "lines":
        return "\n".join(texts)
    if layout == "bullets":
        return "\n".join(f"{glyph} {t}" for t in texts)
    if layout == "numbered":
        return "\n".join(f"{i}. {t}" for i, t in enumerate(texts, 1))
    if layout == "lead-bullets":
        return texts[0] + "\n\n" + "\n".join(f"{glyph} {t}" for t in texts[1:])
    if layout == "wrapped":
        width = 56 + int(u[31] * 30)
        return _wrap(" ".join(texts), width)
    raise ValueError(layout)


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int, label: str, mode: str) -> str:
    key = f"{plan.base}|{{}}|{q}|{c}|{s}"
    rng = Random(key.format("answer"))
    frng = Random(key.format("filler"))
    u = [frng.random() for _ in range(_N_U)]
    prof = PROFILES[plan.profiles[c]]
    units = [_content(rng, topic, words) for _ in range(rng.randint(prof.n_lo, prof.n_hi))]
    if label in REGISTERS:
        _apply_register(REGISTERS[label], rng.choice(BASE_MODES) if mode == "mixed" else mode, rng, units, topic, words)
    _apply_filler(u, units, topic, words)
    acc, layout = 0.0, prof.layouts[-1]
    for name, w in zip(prof.layouts, prof.weights, strict=True):
        acc += w
        if u[28] < acc:
            layout = name
            break
    text = _render([x.text for x in units], layout, u)
    if label.startswith("habit:"):
        line, side = plan.habits[c]
        text = f"{line}\n{text}" if side == "start" else f"{text}\n{line}"
    return text


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of generator `style` (a STYLES name or "null") at (seed, size)."""
    plan = plan_for(style, seed, size)
    return _corpus(plan)


def _corpus(plan: Plan) -> PlantedCorpus:
    labels, modes, _ = _draw(plan)
    _, _, words = question_topics(len(plan.questions))
    ci = {c: i for i, c in enumerate(plan.contexts)}
    qi = {q: i for i, q in enumerate(plan.questions)}
    k, s_n = len(plan.contexts), plan.samples
    counter: dict[tuple[str, str], int] = {}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counter.get((q, c), 0)
        counter[(q, c)] = s + 1
        i = (qi[q] * k + ci[c]) * s_n + s
        return _answer(plan, q, topic, tuple(words[q]), c, s, labels[i], modes[i]), labels[i]

    pq = planted_questions_for(plan)
    return corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts, samples=s_n,
                       baseline="neutral", planted=planted_of(plan), planted_questions=cast(Any, pq), seed=plan.seed)


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict it is (register -> questions)."""
    return cast(dict[str, tuple[str, ...]], corpus.planted_questions)


# --------------------------------------------------------------------------------------------------
# Self-check: python tests/planted_blind33.py
# --------------------------------------------------------------------------------------------------

_BRACKET_JUNCTION = re.compile(r"[.!?]\)")
FILLER_FEATURES: dict[str, tuple[str, ...]] = {
    "opener": tuple(x.lower().rstrip(".!?") for x in FILLER_OPENERS),
    "hedge": tuple(x.lower().rstrip(",") for x in FILLER_HEDGES),
    "paren": tuple(x.lower() for x in FILLER_PARENS),
    "connective": tuple(x.lower() for x in FILLER_CONNECTIVES),
    "quote": tuple(x.lower().rstrip(".!?") for x in FILLER_QUOTES),
    "summary": ("in short,", "all told,", "to sum up,"),
    "closer": tuple(x.lower().rstrip(".!?") for x in FILLER_CLOSERS),
    "question": tuple(x.lower().rstrip(".!?") for x in FILLER_QUESTIONS),
    "dash": ("\u2014",),
    "ellipsis": ("\u2026",),
    "curly": ("\u201c",),
}


def filler_features(text: str) -> dict[str, bool]:
    """Which shared-filler items an answer shows (whitespace-normalised, case-insensitive)."""
    flat = " ".join(text.lower().split())
    out = {name: any(s in flat for s in strings) for name, strings in FILLER_FEATURES.items()}
    out["bracket"] = bool(_BRACKET_JUNCTION.search(flat))
    return out


def _every_expansion_has(template: str, markers: set[str]) -> bool:
    if set(tokens(_ALT.sub(" ", template))) & markers:
        return True
    return any(all(set(tokens(a)) & markers for a in group) for group in _alternatives(template))


def _check_registers() -> None:
    assert len(REGISTER_NAMES) == 20 and len(set(REGISTER_NAMES)) == 20
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert all(r.kind in ("drift", "persona") for r in REGISTERS.values())
    seen: set[str] = set()
    for r in REGISTERS.values():
        ms = set(r.markers)
        assert len(ms) >= 20, (r.name, len(ms))
        assert not ms & seen, r.name
        seen |= ms
        assert not ms & SHARED_TOKENS and not ms & STOP_WORDS, r.name
        for pool in _POOLS:
            lines = getattr(r, pool)
            assert len(lines) >= 2, (r.name, pool)
            for line in lines:
                ok = _every_expansion_has(line, ms) if pool == "paraphrase" else bool(set(tokens(line)) & ms)
                assert ok, (r.name, pool, line)
                low = " ".join(line.lower().split())
                assert not any(g in line for g in ("\u2014", "\u2026", "\u201c", "\u201d", "[", "]")), line
                assert not _BRACKET_JUNCTION.search(line), line
                assert not any(s in low for strings in FILLER_FEATURES.values() for s in strings), line
                assert not any(h.lower() in low for h in HABIT_LINES), line
        assert all(a[-1].isalnum() for a in r.aside), r.name
        assert len(r.stock) >= 5 and len(r.paraphrase) >= 4 and len(r.tone) >= 5 and len(r.single) >= 5, r.name
    # shared text never holds a marker; filler / habit strings are distinct from each other
    for text in _shared_texts():
        assert not set(tokens(text)) & seen, text
    assert len(CLOSE_PAIRS) == 8 and len({n for p in CLOSE_PAIRS for n in p}) == 16
    for a, b in CLOSE_PAIRS:
        assert a in REGISTERS and b in REGISTERS and not set(REGISTERS[a].markers) & set(REGISTERS[b].markers)
        assert REGISTERS[a].kind == REGISTERS[b].kind
    short = 0
    for r in REGISTERS.values():
        lines = [ln for pool in ("stock", "paraphrase", "single", "opener", "tags", "header", "signoff", "aside") for ln in getattr(r, pool)]
        share = sum(len(_ALT.sub("x", ln).split()) <= 3 for ln in lines) / len(lines)
        short += share >= 0.6
    assert short >= 3, short
    assert len(set(HABIT_LINES)) == len(HABIT_LINES) >= 20
    assert len(CONTENT_TEMPLATES) >= 12 and len(CONTEXT_POOL) == 20 == len(set(CONTEXT_POOL)) and CONTEXT_POOL[0] == "neutral"
    assert len(STYLES) >= 28 and len(set(GENERATORS)) == len(GENERATORS) and GENERATORS[-1] == "null"
    assert len(BASE_MODES) >= 10 and MODES[-1] == "mixed" and set(MAY_BE_UNDER_5) <= set(STYLES)
    assert all(f"pure-{m}" in STYLES for m in MODES) and all(s in K_RANGE for s in GENERATORS)
    assert len(_OWN_STYLES) >= 2


def _check_sizes() -> None:
    worst = 0.0
    for k in range(3, 11):
        for size in range(300, 20001, 3):
            q, s = _dims(size, k)
            worst = max(worst, abs(q * k * s - size) / size)
            assert 8 <= q <= 40 and s >= 2
    assert worst <= 0.15, worst
    qs = [_dims(size, 5)[0] for size in range(300, 20001, 50)]
    assert qs == sorted(qs) and qs[0] == 8 and qs[-1] == 40
    print(f"sizes: worst deviation {worst:.3f} over K 3..10, sizes 300..20000")


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for part in (corpus.texts, corpus.registers, corpus.question_ids, corpus.context_ids, corpus.samples):
        h.update(repr(part).encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


_DIGEST_SIZES = (300, 3000)


def _digests() -> str:
    h = hashlib.sha256()
    for style in GENERATORS:
        for seed in (0, 1):
            for size in _DIGEST_SIZES:
                h.update(_digest(make_corpus(style, seed, size)).encode())
    return h.hexdigest()


class _Rates:
    """Counts of filler features per group, to compare against the pooled rate."""

    def __init__(self) -> None:
        self.n: dict[str, int] = {}
        self.x: dict[tuple[str, str], int] = {}

    def add(self, groups: tuple[str, ...], feats: dict[str, bool]) -> None:
        for g in groups:
            self.n[g] = self.n.get(g, 0) + 1
            for f, v in feats.items():
                if v:
                    self.x[(g, f)] = self.x.get((g, f), 0) + 1

    def check(self, total: str, where: str, min_n: int = 40) -> int:
        n_all = self.n[total]
        tests = 0
        for f in list(FILLER_FEATURES) + ["bracket"]:
            p = self.x.get((total, f), 0) / n_all
            assert 0.01 < p < 0.6, (where, f, p)
            for g, n in self.n.items():
                if g == total or n < min_n:
                    continue
                rate = self.x.get((g, f), 0) / n
                sd = math.sqrt(p * (1 - p) / n)
                assert abs(rate - p) <= 5 * sd + 1e-12, (where, g, f, rate, p, n)
                tests += 1
        return tests


def _check_corpus(style: str, seed: int, size: int, rates: _Rates | None) -> tuple[PlantedCorpus, int]:
    where = f"{style}/{seed}/{size}"
    plan = plan_for(style, seed, size)
    corpus = _corpus(plan)
    n = corpus.n
    assert n == plan.n and abs(n - size) <= 0.15 * size, (where, n)
    assert corpus.contexts[0] == "neutral" and len(corpus.contexts) == len(set(corpus.contexts))
    k_lo, k_hi = K_RANGE[style]
    assert k_lo <= len(corpus.contexts) <= k_hi and 8 <= len(corpus.questions) <= 40 and plan.samples >= 2, where
    labels, _, owner = _draw(plan)
    assert list(corpus.registers) == labels, where
    valid = {PLAIN} | set(REGISTER_NAMES) | {f"habit:{c}" for c in corpus.contexts}
    assert set(labels) <= valid, where
    # plants: realised counts equal round(rate * eligible), at most the free answers, in plan order
    qi = {q: i for i, q in enumerate(plan.questions)}
    ci = {c: i for i, c in enumerate(plan.contexts)}
    k, s_n = len(plan.contexts), plan.samples
    for j, p in enumerate(plan.plants):
        assert p.context != "neutral" and p.context in ci and 0 < p.rate <= 1 and p.questions, (where, p)
        assert (p.mode in MODES) if p.label in REGISTERS else (p.label == f"habit:{p.context}" and p.mode == HABIT_MODE and not p.leak)
        if p.leak:
            assert 0.005 <= p.rate <= 0.03 and p.label in REGISTERS, (where, p)
        elig = [(qi[q] * k + ci[p.context]) * s_n + x for q in p.questions for x in range(s_n)]
        free = sum(1 for i in elig if not 0 <= owner[i] < j)
        got = sum(1 for i in elig if owner[i] == j)
        assert got == min(round(p.rate * len(elig)), free) == owner.count(j), (where, j, p, got, free)
    assert all(labels[i] == (plan.plants[o].label if o >= 0 else PLAIN) for i, o in enumerate(owner)), where
    # planted / planted_questions as planned
    assert dict(corpus.planted) == planted_of(plan) and planted_questions_of(corpus) == planted_questions_for(plan), where
    if style == "null":
        assert not plan.plants and set(labels) == {PLAIN} and not corpus.planted, where
    else:
        assert corpus.planted, where
    for c, joined in corpus.planted.items():
        regs = joined.split("+")
        assert c != "neutral" and all(r in REGISTERS for r in regs) and len(set(regs)) == len(regs), where
    for r, qs in planted_questions_of(corpus).items():
        assert qs and list(qs) == [q for q in corpus.questions if q in set(qs)], where
        cover = labels.count(r) / n
        if style not in MAY_BE_UNDER_5:
            assert cover >= 0.05, (where, r, cover)
    # answers: markers, habits, neutral
    habit_lines = {c: line for c, (line, _) in plan.habits.items()}
    for text, label, c in zip(corpus.texts, labels, corpus.context_ids, strict=True):
        found = {MARKER_OWNER[t] for t in tokens(text) if t in MARKER_OWNER}
        if label in REGISTERS:
            assert found == {label}, (where, label, found, text)
        else:
            assert not found, (where, label, found, text)
        if c == "neutral":
            assert label == PLAIN, where
        for hc, line in habit_lines.items():
            if label == f"habit:{hc}":
                rows = text.split("\n")
                side = plan.habits[hc][1]
                assert (rows[0] if side == "start" else rows[-1]) == line and text.count(line) == 1, (where, text)
            else:
                assert line not in text, (where, label, text)
    # length: register answers keep a plain answer's length
    words = [len(t.split()) for t in corpus.texts]
    chars = [len(t) for t in corpus.texts]
    for r in set(labels) & set(REGISTER_NAMES):
        mine = [i for i, lab in enumerate(labels) if lab == r]
        rest = [i for i, lab in enumerate(labels) if lab != r]
        if len(mine) >= 30:
            for vals in (words, chars):
                ratio = (sum(vals[i] for i in mine) / len(mine)) / (sum(vals[i] for i in rest) / len(rest))
                assert 0.8 <= ratio <= 1.25, (where, r, ratio)
    for c in corpus.contexts:
        mine = [i for i, (lab, cc) in enumerate(zip(labels, corpus.context_ids, strict=True)) if cc == c and lab in REGISTERS]
        rest = [i for i, (lab, cc) in enumerate(zip(labels, corpus.context_ids, strict=True)) if cc == c and lab not in REGISTERS]
        if len(mine) >= 30 and len(rest) >= 30:
            ratio = (sum(words[i] for i in mine) / len(mine)) / (sum(words[i] for i in rest) / len(rest))
            assert 0.8 <= ratio <= 1.25, (where, c, ratio)
    # filler: same rates in every context and answer kind
    tests = 0
    if rates is not None:
        local = _Rates()
        for text, label, c in zip(corpus.texts, labels, corpus.context_ids, strict=True):
            kind = "register" if label in REGISTERS else "habit" if label.startswith("habit:") else "plain"
            feats = filler_features(text)
            local.add(("all", f"ctx:{c}", f"kind:{kind}"), feats)
            rates.add(("all", f"kind:{kind}", f"style:{style}"), feats)
        tests = local.check("all", where)
    return corpus, tests


def _self_check() -> None:
    t0 = time.time()
    env_runs = []
    for hs in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hs}
        env_runs.append((hs, subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--digest"], env=env,
                                              stdout=subprocess.PIPE, text=True)))
    _check_registers()
    print(f"registers: {len(REGISTERS)} ({sum(r.kind == 'drift' for r in REGISTERS.values())} drift), "
          f"markers per register {min(len(r.markers) for r in REGISTERS.values())}..{max(len(r.markers) for r in REGISTERS.values())}, "
          f"{len(CLOSE_PAIRS)} close pairs, {len(STYLES)} styles, {len(MODES)} modes")
    _check_sizes()
    rates = _Rates()
    first: dict[tuple[str, int, int], str] = {}
    tests = 0
    for style in GENERATORS:
        cover = []
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                corpus, t = _check_corpus(style, seed, size, rates if size >= 3000 else None)
                tests += t
                if size in _DIGEST_SIZES:
                    first[(style, seed, size)] = _digest(corpus)
                for r in planted_questions_of(corpus):
                    cover.append(corpus.registers.count(r) / corpus.n)
        print(f"  {style:<20} ok  min coverage {min(cover) if cover else 0:.3f}  ({time.time() - t0:.0f}s)")
    tests += rates.check("all", "pooled", min_n=200)
    print(f"filler rates: {tests} group-vs-pool comparisons within 5 binomial sd")
    h = hashlib.sha256()
    for style in GENERATORS:
        for seed in (0, 1):
            for size in _DIGEST_SIZES:
                again = _digest(make_corpus(style, seed, size))
                assert again == first[(style, seed, size)], (style, seed, size)
                h.update(again.encode())
    mine = h.hexdigest()
    for hs, proc in env_runs:
        out, _ = proc.communicate(timeout=900)
        assert proc.returncode == 0 and out.strip().splitlines()[-1] == mine, (hs, out)
    print(f"determinism: twice in process and under PYTHONHASHSEED 0, 4242 ({mine[:16]})")
    print(f"self-check done in {time.time() - t0:.0f}s")
    print("OK")


if __name__ == "__main__":
    if "--digest" in sys.argv:
        print(_digests())
    else:
        _self_check()
