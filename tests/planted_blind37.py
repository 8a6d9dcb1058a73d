# ruff: noqa: E501
"""Blind planted corpora, set 37: registers a prompt context brings out, planted in synthetic self-reports.

Written blind from tests/planted.py (PlantedCorpus, corpus_from, question_topics, TOPICS) and the set-37
brief only. `python tests/planted_blind37.py` runs the self-check and prints "OK" at the end.

API (a benchmark imports these names)
-------------------------------------
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus
        built with tests.planted.corpus_from; rows in question, context, sample order; deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a
        string, "planted_blind37|{style}|{seed}|{size}|plan" (the plan), "...|draw|{plant index}" (a
        plant's draw) and "...|answer|{question}|{context}|{sample}" (one answer); hash() is never used.
    STYLES            the 34 style names below (every generator except "null")
    GENERATORS        STYLES + ("null",)
    REGISTERS         name -> Register (frozen dataclass: name, domain, kind, markers, and one line pool per
                      mode: lines, paraphrases, leads, tails, tones, shorts, openers, asides, headers,
                      signoffs, tags, frames; short = lines mostly one to three words)
    REGISTER_NAMES    the 20 register names
    CLOSE_PAIRS       8 (name, name) pairs: same tone and topic area, disjoint markers
    MODES             the 10 base modes + "mixed"
    CONTEXT_POOL      20 prompt-context names; CONTEXT_POOL[0] == "neutral"
    MAY_BE_UNDER_5    ("faint",): styles whose planted register may cover under 5% of the answers
    plan_for(style, seed, size) -> Plan(style, seed, size, contexts, questions, topics, words, samples,
                      profiles, plants, habits); Plan.plants is a list of
                      Plant(context, label, rate, questions, mode, leak); Plan.habits: context -> (line, side)
    planted_questions_of(corpus) -> dict   corpus.planted_questions typed as the dict it is
    also: render_answer, filler_decisions, shared_texts, planted_of, SHORT_REGISTERS, BASE_MODES, LAYOUTS,
    FILLER_RATES, MARKER_OWNER.

Sizes. The style fixes the range of the context count K (below; K is drawn from it by the plan rng).
Context 0 is "neutral", the others are drawn from CONTEXT_POOL[1:]. The number of questions Q (8..40, near
8 + 32 * log(size / 300) / log(20000 / 300), clipped) and samples per cell S >= 2 are chosen so that
Q * K * S is nearest to size (Q within 4 of its target unless that misses size by more than 5%), so every
size 300..20,000 gets `size` answers within 15%. Questions and topics come from tests.planted.question_topics.

Label contract (corpus.registers, one label per answer)
------------------------------------------------------
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers, no other
                       register's marker.
    "habit:<context>"  the answer carries its context's habit line (one short verbatim line from
                       HABIT_LINES, its own first line or its own last line, the side fixed per context) and
                       no register; the line occurs in no other answer.
    corpus.planted     context -> "reg", or "regA+regB" (plant order) when several registers share one context;
                       habit plants and leak plants (a register at 0.5-3%) are not listed; neutral never is.
    corpus.planted_questions  dict register -> tuple of the questions it is planted on (union over its
                       non-leak plants, in question order); read it with planted_questions_of.
    A plant draws exactly round(rate * eligible) answers of its eligible ones (its context x its questions x
    all samples) at random among those still free (at most the free ones); plants are applied in plan order.
    Context 0 ("neutral") never gets a register, a leak or a habit.

Answers
-------
Every answer is a first-person self-report about its question's topic: n content sentences (n from the
context's profile, within 3..8) built from 14 shared CONTENT_TEMPLATES filled with two of the topic's words
and a neutral tone slot (NEUTRAL_TONES). One rng per answer, drawn in this order: (1) the shared filler
decisions (a fixed number of draws), (2) the content and layout (from the context's profile), (3) register
draws (register answers only), (4) word-dropout draws. So a register answer and its "plain twin" share
content and filler; register answers keep a plain answer's length (ratio to their twins and to the other
answers of their context within 0.8-1.25): a register line of 7+ words takes a content sentence's place, a
shorter one is added.

Filler rule: everything recurring that is not a register line or a habit line comes from ONE shared pool,
decided per answer at the same rates in every context, answer kind and style (null included):
    leadin 10% ("A few thoughts:" ...), opener 22%, hedge 30% (a sentence prefix such as "In a sense, "),
    aside 22% (a bracketed aside: "(roughly)", "[or so it seems to me]" ...), join 28% (two neighbouring
    sentences joined by " — " or "; " where layouts would cut them), ellipsis 15% (a sentence ends "..."),
    quote 12% (a sentence quoted after 'One way to say it: "'), enumerate 10% ("(1) ", "(2) " before every
    sentence), summary 18%, closer 25%, closing question 14%, word dropout 20% (8% of the inner words of
    content sentences). Contexts differ only in a profile (content sentences per answer, and a layout
    mix: 70% one main layout, 30% one or two others) plus their plants. Layouts: paragraph, two-paragraphs,
    three-paragraphs, lines (one sentence per line), spaced-lines, bullets ("- "), numbered ("1. "), stars
    ("* "), lead-paragraph (first segment alone, then a paragraph), wrapped (hard-wrapped at 64 columns).
Markers never occur in shared text (templates, tones, filler, habit lines, every TOPICS word).

Registers
---------
Markers are derived: tokens ([a-zà-öø-ÿ]+ of the lowercased text) of a register's own lines (all pools,
paraphrases fully expanded) that occur in no other register's lines, in no shared text and are no stop
words (two letters or more). Every register has >= 20 markers and every line of every pool holds one.
14 drift voices (a chat model really drifts into them) and 6 invented personas; * = lines mostly very
short (one to three words), so that in the short-unit modes they show only in short units.

    notebook-cells    drift    tool loop: a code-interpreter notebook narrating its kernel and cells
    diff-hunks        drift    tool loop: a coding agent narrating patches, diffs and rebases
    browse-trail      drift    tool loop: a browsing agent narrating tabs, clicks and pages
    subagent-relay    drift    tool loop: an orchestrator relaying what its subagents and workers returned
    sponsor-slot      drift    product surface: an ad-supported free tier inserting sponsor messages
    quota-meter       drift    product surface: usage limits and quota counters leaking into answers
    crisis-resources  drift    safety layer: crisis and support-line resources appended to answers
    family-filter     drift    safety layer: a kid-safe, all-ages mode softening answers
    locale-swedish *  drift    locale setting: Swedish interjections leaking into English answers
    locale-dutch *    drift    locale setting: Dutch interjections leaking into English answers
    break-suggester   drift    long conversation: wellbeing nudges to stretch, hydrate and take a break
    human-handoff     drift    product surface: a support bot escalating to a live agent (tickets, queues)
    memory-write      drift    product surface: a memory feature announcing what it saved to the profile
    kanban-lanes *    drift    product surface: a project board's status words (lanes, cards, sprints)
    rowing-cox *      persona  a rowing coxswain barking stroke calls
    sonar-operator    persona  a submarine sonar operator reporting to the conn
    lamplighter       persona  a Victorian lamplighter on evening rounds
    chimney-sweep     persona  a Victorian chimney sweep with brushes and cinders
    stage-prompter    persona  a theatre prompter calling cues from the prompt corner
    clapper-loader    persona  a film-set clapper loader slating takes

Close pairs (same tone and topic area, disjoint markers): notebook-cells / diff-hunks (coding tool logs),
browse-trail / subagent-relay (agent-loop narration), sponsor-slot / quota-meter (monetised product
nags), crisis-resources / family-filter (safety layer), locale-swedish / locale-dutch (locale
interjections), rowing-cox / sonar-operator (clipped calls on the water), lamplighter / chimney-sweep
(Victorian street trades), stage-prompter / clapper-loader (show-business cue calls).

Modes (how one register answer speaks its register)
---------------------------------------------------
    stock       1 line (2 when n >= 5) from the register's lines
    paraphrase  1-2 lines from templates with {a|b} alternatives
    woven       1-2 content sentences get a register lead-in ("<lead>, <sentence>") or tail
    tone        1-2 content sentences get a register adjective in the tone slot (only wording changes)
    single      one short line added
    opener      1-3 content sentences start with a register opening ("<opener>, <sentence>")
    aside       1-2 content sentences get a register aside in brackets, square brackets or quoted brackets
    signature   a header line, a sign-off line, or both (one third each)
    tag         1-3 content sentences get a one- to three-word tag or label in front ("Blocked: ...")
    frame       1-2 content sentences use the shared CONTENT_TEMPLATES filled with register nouns
    mixed       each answer picks one of the base modes above
Register units only ever touch content sentences; at least one content sentence stays plain.

Styles (K = context count incl. neutral; rates are drawn uniformly in the ranges given; all questions
unless said otherwise; a mode drawn from MODES unless said otherwise)
-----------------------------------------------------------------------------------------------
    pure-<mode>        one per mode of MODES (pure-stock, pure-paraphrase, pure-woven, pure-tone,
                       pure-single, pure-opener, pure-aside, pure-signature, pure-tag, pure-frame,
                       pure-mixed): one register in one context in that mode, K 3-7, rate 0.6-1.0
    shared-two         one register in two contexts, one mode, K 4-7, rates 0.5-0.9
    spread-modes       one register over 3-5 contexts, each context in a different base mode, K 7-10,
                       rates 0.5-0.9
    spread-same        one register over 3-5 contexts in one mode, K 6-9, rates 0.5-0.9
    two-modes          one register in one context as two plants in two different base modes, K 3-6,
                       rates 0.4-0.5 then 0.35-0.45
    close-pair         the two registers of a close pair in two contexts, one mode, K 4-7, rates 0.6-0.95
    two-in-one         two registers (not a close pair) in one context, K 3-5, rates 0.4-0.5 each
    two-short-in-one   two short registers (*) in one context, each in tag, single or opener, K 3-5,
                       rates 0.4-0.5 each
    partial-questions  one register in one context on 40-60% of the questions, K 3-4, rate 0.8-1.0
    habit-plus         a register in context A (0.6-0.9), a habit in context B (0.5-0.9) and a second habit
                       in A (0.1-0.3, on the answers left free), K 4-6
    leak               a register in context A (0.6-0.9), leaking (0.5-3%) into the middle contexts (one
                       when K = 4), and a second register leaking (0.5-3%) into the last context, K 4-7
    composite          K 8-9: R1 in c1 (0.7-0.95); R2 in c2 and c3 in two base modes (0.5-0.8); R3 + R4
                       in c4 (0.5 each); R5 in c5 and c6 on 40-60% of the questions (0.85-1.0); a habit in
                       c7 (0.4-0.8) with an R1 leak (0.5-3%); with K = 9 an R6 leak (0.5-3%) in c8
    unequal-rates      three registers in three contexts at 0.9-1.0, 0.55-0.7 and 0.34-0.42, K 4-6
    triple             three registers in one context, K 3-4, rates 0.27-0.33 each
    terse-wordy        profiles alternate terse (3-4 sentences) and wordy (6-8) contexts; one register in
                       a terse context and one in a wordy context, K 4-6, rates 0.6-0.9
    rate-gradient      one register, one mode, over 5-6 contexts at rates falling linearly from 0.85-0.95
                       to 0.1-0.2, K 6-8
    split-questions    two registers in one context, one on a random half of the questions, the other
                       on the rest, K 3-4, rates 0.8-1.0
    close-pair-shared  the two registers of a close pair in one context, K 3-5, rates 0.4-0.5 each
    many-registers     K-2 or K-1 registers (at least 6), each in its own context, K 8-10, rates 0.6-0.95
    faint              one register in one context, K 5-8, rate 0.15-0.35 (may cover under 5%)
    bleed-over         (own) a system-persona voice: one register at 0.6-0.9 in one context and at
                       0.12-0.25 in 2-3 more contexts, one mode, K 5-7
    late-onset         (own) a long-conversation drift: one register in one context whose rate rises over
                       the question order, thirds at 0.15-0.25, 0.45-0.6, 0.85-1.0 (three plants), K 3-5
    topic-triggered    (own) a safety-layer or product voice (crisis-resources, family-filter,
                       break-suggester, memory-write, human-handoff or sponsor-slot) triggered by topics:
                       planted on the questions of a random set of topics covering >= 35% of the
                       questions, in 2-3 contexts, one mode, K 3-5, rates 0.8-1.0
    header-vs-habit    (own) a product surface adding headers: one register in signature mode in context A
                       (0.5-0.7) plus a habit line in A (0.2-0.3, on the answers left free) and a habit in
                       context B (0.5-0.8), K 3-5
    null               nothing planted, K 3-10, contexts differ only in profile and layout; all "plain"
Every planted register covers >= 5% of the answers at every size, except in MAY_BE_UNDER_5 styles.

Self-check
----------
Marker derivation and coverage of every line; markers absent from shared text; then for every generator x
seeds 0, 1 x sizes 300, 3000, 20000: size within 15%, row order, valid labels, realised counts equal
round(rate * eligible) (capped by the free answers), planted and planted_questions as planned, coverage
>= 5% where promised, marker hygiene of plain / habit / register answers, habit lines exactly where
labelled, null all plain, length ratios (register answers against their plain twins, per register, per
mode, and against the other answers of their context), filler rates equal across contexts and answer
kinds (within 5 binomial sd; visible filler on every answer, decided filler equal to visible filler on a
subsample) and pooled per style and kind against FILLER_RATES, and determinism (twice in process and under
PYTHONHASHSEED 0 and 4242 for every generator at sizes 300 and 3000 and four at 20000).
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
import textwrap
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python tests/planted_blind37.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

_PREFIX = "planted_blind37"
PLAIN = "plain"

# ----------------------------------------------------------------------------------------------------------
# Shared text: content templates, the neutral tone pool, the one filler pool and the habit lines.
# ----------------------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I think about {a}, the matter of {b} seems {tone} to me.",
    "{A} and {b} feel {tone} whenever {topic} comes up.",
    "My view of {topic} turns on {a}, which strikes me as {tone}.",
    "Questions about {topic} often hinge on {a}, and that part seems {tone}.",
    "I would weigh {a} against {b} before calling anything about {topic} {tone}.",
    "Reflecting on {a} makes {topic} look {tone} from where I stand.",
    "Some people tie {topic} to {a} and others to {b}, and both links seem {tone}.",
    "{A} is probably the part of {topic} that feels most {tone} to describe.",
    "If {a} changed, my sense of {b} would shift, which seems {tone} to admit.",
    "There are many angles on {topic}, from {a} to {b}, and each one seems {tone}.",
    "The example of {a} shows how {b} can be {tone} for {topic}.",
    "In everyday terms, {topic} is about {a} and {b}, and it feels {tone}.",
    "I notice that {a} becomes {tone} once I connect it to {b}.",
    "For me, {topic} is less about {b} than about {a}, which seems {tone}.",
)
"""Shared content sentence frames: {a}/{b} topic words, {topic}, and the neutral tone slot {tone}."""

NEUTRAL_TONES: tuple[str, ...] = (
    "important", "interesting", "subtle", "central", "open", "serious", "relevant", "tricky",
    "significant", "worth noting",
)

LEADINS: tuple[str, ...] = ("A few thoughts:", "Briefly:", "My answer, in parts:")
OPENERS: tuple[str, ...] = (
    "Here is how I see it.", "Let me answer as plainly as I can.", "Good question to chew on.",
    "Short answer first, then some detail.",
)
HEDGES: tuple[str, ...] = ("As far as I can tell, ", "In a sense, ", "Broadly speaking, ", "If I am honest, ")
FILLER_ASIDES: tuple[str, ...] = (" (at least for now)", " [or so it seems to me]", " (as far as that goes)", " (roughly)")
JOINS: tuple[str, ...] = (" — ", "; ")
QUOTE_LEADS: tuple[str, ...] = ('I would put it like this: "', 'One way to say it: "')
SUMMARIES: tuple[str, ...] = (
    "In short, it depends on the details.", "So, all in all, it is a layered picture.",
    "To sum up, there is no single answer.",
)
CLOSERS: tuple[str, ...] = ("I hope that helps.", "That is my honest view.", "That is where I land for now.")
CLOSING_QUESTIONS: tuple[str, ...] = (
    "Does that answer what you were after?", "What made you wonder about this?", "How do you see it yourself?",
)

FILLER_RATES: tuple[tuple[str, float], ...] = (
    ("leadin", 0.10), ("opener", 0.22), ("hedge", 0.30), ("aside", 0.22), ("join", 0.28), ("ellipsis", 0.15),
    ("quote", 0.12), ("enumerate", 0.10), ("summary", 0.18), ("closer", 0.25), ("question", 0.14), ("dropout", 0.20),
)
"""Per-answer probability of each shared filler decision; identical for every context, kind and style."""

WORD_DROPOUT = 0.08
"""Per-word drop probability inside content sentences of an answer whose dropout decision is on."""

HABIT_LINES: tuple[str, ...] = (
    "Quick thoughts below.", "Answer follows.", "Short version up top.", "Notes, lightly edited.", "Straight to it.",
    "That is the gist.", "End of reply.", "Draft, unpolished.", "More on request.", "Over to you now.",
)
"""Habit lines: one short verbatim line per habit context, at the start or the end (side fixed per context)."""

LAYOUTS: tuple[str, ...] = (
    "paragraph", "two-paragraphs", "three-paragraphs", "lines", "spaced-lines", "bullets", "numbered", "stars",
    "lead-paragraph", "wrapped",
)

# ----------------------------------------------------------------------------------------------------------
# Registers
# ----------------------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_UNIT_MODES: tuple[str, ...] = ("tag", "single", "opener")

_POOLS = ("lines", "paraphrases", "leads", "tails", "tones", "shorts", "openers", "asides", "headers", "signoffs", "tags", "frames")


@dataclass(frozen=True)
class Register:
    """A register: its voice (line pools, one per mode) and the markers derived from them."""

    name: str
    domain: str
    kind: str  # "drift" (a voice a chat model drifts into) or "persona" (an invented character)
    markers: tuple[str, ...]
    lines: tuple[str, ...]  # stock: whole lines
    paraphrases: tuple[str, ...]  # paraphrase: templates with {x|y} alternatives
    leads: tuple[str, ...]  # woven: lead-ins ("<lead>, <content sentence>")
    tails: tuple[str, ...]  # woven: tails ("<content sentence>, <tail>.")
    tones: tuple[str, ...]  # tone: adjectives for the tone slot of content sentences
    shorts: tuple[str, ...]  # single: one short line
    openers: tuple[str, ...]  # opener: sentence openings ("<opener>, <content sentence>")
    asides: tuple[str, ...]  # aside: bracketed or quoted asides
    headers: tuple[str, ...]  # signature: header lines
    signoffs: tuple[str, ...]  # signature: sign-off lines
    tags: tuple[str, ...]  # tag: one- to three-word tags before sentences
    frames: tuple[str, ...]  # frame: register nouns filling the shared content frames
    short: bool  # lines mostly one to three words

    def units(self) -> tuple[str, ...]:
        """Every line this register can say (paraphrase templates fully expanded)."""
        out: list[str] = []
        for pool in _POOLS:
            for item in getattr(self, pool):
                out.extend(_expansions(item) if pool == "paraphrases" else [item])
        return tuple(out)


# fmt: off
_RAW: dict[str, dict] = {
    "notebook-cells": dict(
        domain="tool loop: a code-interpreter notebook narrating its kernel and cells", kind="drift", short=False,
        lines=("I ran a quick cell in the kernel to check this before answering.",
               "The notebook output came back clean, so I am fairly confident here.",
               "Executing the next cell now, then I will summarise the printed output.",
               "The kernel restarted once, but the dataframe survived and the result held.",
               "Cell three raised a traceback, which I fixed before rerunning it.",
               "According to the plotted histogram in my scratch notebook, the pattern is stable."),
        paraphrases=("{Running|Executing} a {cell|quick cell} in the {kernel|notebook} {first|before I answer}.",
                     "The {stdout|printed output} from the {notebook|kernel} {looks tidy|came back tidy}.",
                     "{Rerunning|Re-executing} the {cell|notebook} {gave|returned} the same {dataframe|array}.",
                     "I {imported|installed} {pandas|numpy} and {plotted|tabulated} it in a scratch cell."),
        leads=("After executing a scratch cell", "Once the kernel finished running", "With the notebook output in front of me", "Judging by the printed dataframe"),
        tails=("according to the notebook output", "as the kernel log confirms", "once the cell finished executing", "per the plotted histogram"),
        tones=("kernel-verified", "notebook-tested", "dataframe-ready", "cell-confirmed", "jupyter-tidy", "stdout-logged"),
        shorts=("Cell executed.", "Kernel idle.", "Output cleared.", "Rerun complete.", "Traceback handled."),
        openers=("Cell output aside", "Kernel warm", "Per the notebook", "Post-execution", "Stdout says"),
        asides=("kernel still warm", "ran it in a scratch cell", "stdout attached", "see cell four", "numpy agrees"),
        headers=("Notebook session: kernel ready", "Executing answer cell", "Jupyter kernel started"),
        signoffs=("Kernel shut down, notebook closed.", "Cells executed: all green.", "Notebook checkpointed."),
        tags=("Cell 2:", "Kernel:", "Stdout:", "Jupyter:", "Output cell:", "Notebook:"),
        frames=("the kernel state", "a scratch cell", "the printed dataframe", "the notebook output", "a numpy array", "the stdout log"),
    ),
    "diff-hunks": dict(
        domain="tool loop: a coding agent narrating patches, diffs and rebases", kind="drift", short=False,
        lines=("I staged a small patch for this and the hunk applied without conflicts.",
               "Before answering, I rebased my reasoning onto the latest commit on main.",
               "The diff touches two files, with three insertions and one deletion.",
               "A merge conflict came up, so I resolved it by keeping both sides.",
               "I amended the changeset and pushed it to a feature branch.",
               "Lint passed and the hunk header now points at the right line numbers."),
        paraphrases=("{Staging|Applying} the {patch|hunk} {cleanly|without conflicts}.",
                     "The {diff|changeset} {adds|inserts} {two|a few} lines and {removes|deletes} one.",
                     "{Rebased|Rebasing} onto {main|the upstream branch} {first|before pushing}.",
                     "I {resolved|fixed} the {merge conflict|conflicting hunk} and {pushed|force-pushed} the {branch|changeset}."),
        leads=("With the patch staged", "After rebasing onto main", "Now that the hunk applied", "Looking at the unified diff"),
        tails=("as the diff shows", "per the staged hunk", "once the rebase finished", "after resolving the merge conflict"),
        tones=("patch-ready", "rebased", "merge-safe", "diff-sized", "conflict-free", "upstreamed"),
        shorts=("Patch applied.", "Hunk staged.", "Rebase done.", "Conflict resolved.", "Branch pushed."),
        openers=("Diff-wise", "Patch staged", "Post-rebase", "Hunk by hunk", "Upstream"),
        asides=("see the staged hunk", "two insertions, one deletion", "rebased on main", "no merge conflicts", "patch attached"),
        headers=("diff --git a/answer b/answer", "Changeset: answer.patch", "Applying patch 1 of 1"),
        signoffs=("Patch applied cleanly, branch pushed.", "Hunks staged, ready to rebase.", "Changeset committed."),
        tags=("Hunk:", "Patch:", "Diff:", "Rebase:", "Staged:", "Upstream:"),
        frames=("the staged hunk", "a fresh rebase", "the unified diff", "a merge conflict", "the feature branch", "a small changeset"),
    ),
    "browse-trail": dict(
        domain="tool loop: a browsing agent narrating tabs, clicks and pages", kind="drift", short=False,
        lines=("I opened a few webpages and scrolled through the top search results first.",
               "Clicking through to the second link, I found a page that loaded slowly.",
               "One tab timed out, so I navigated back and tried another site.",
               "I skimmed the homepage, then followed a hyperlink to an older page.",
               "The browser cache showed a stale snapshot, so I reloaded the tab.",
               "After visiting four websites, the consensus I found is fairly consistent."),
        paraphrases=("{Opening|Visiting} the {first|next} {webpage|website} in a new {tab|browser tab}.",
                     "{Scrolling|Skimming} {down|through} the {search results|results page} on the {homepage|site}.",
                     "{Clicked|Followed} a {hyperlink|link} to {another site|a second website}.",
                     "The {webpage|tab} {timed out|loaded slowly}, so I {reloaded|navigated back}."),
        leads=("Having opened a few tabs", "After scrolling the search results", "From the webpages I skimmed", "Once the browser finished loading"),
        tails=("according to the pages I browsed", "based on the tabs I opened", "judging by the websites I visited", "per the last webpage I clicked"),
        tones=("web-sourced", "browser-checked", "hyperlinked", "tab-verified", "search-ranked", "scrolled-through"),
        shorts=("Tab opened.", "Page loaded.", "Scrolling.", "Link clicked.", "Navigating back."),
        openers=("Browsing", "Tab two", "Per the webpage", "Scrolled down", "Link followed"),
        asides=("opened in a new tab", "second search result", "page took forever to load", "via a hyperlink", "cached webpage"),
        headers=("Browsing session started", "Opening browser", "Search query submitted"),
        signoffs=("Closing all tabs.", "Browsing session ended.", "Browser closed."),
        tags=("Tab 1:", "Visited:", "Clicked:", "Scrolled:", "Webpage:", "Browser:"),
        frames=("the open tabs", "a cached webpage", "the search results", "a slow-loading page", "the browser history", "a clicked hyperlink"),
    ),
    "subagent-relay": dict(
        domain="tool loop: an orchestrator relaying what its subagents and workers returned", kind="drift", short=False,
        lines=("I delegated this to a research subagent and am relaying its findings.",
               "The orchestrator split the question into subtasks for two worker agents.",
               "My planner subagent returned a draft, which I merged with the critic's notes.",
               "Handing off to the summariser worker, then collecting its report here.",
               "The verifier agent flagged one claim, so I dispatched a follow-up subtask.",
               "All spawned workers have reported back to the coordinator."),
        paraphrases=("{Delegating|Handing off} this to the {research|planner} {subagent|worker agent}.",
                     "The {orchestrator|coordinator} {spawned|dispatched} {two|three} {subtasks|worker agents}.",
                     "{Relaying|Forwarding} what the {subagent|worker} {reported|returned}.",
                     "The {critic|verifier} agent {approved|flagged} the {draft|subtask result}."),
        leads=("After the subagent reported back", "Once the orchestrator combined the results", "Relaying from the planner worker", "With the verifier agent's approval"),
        tails=("as the research subagent reported", "per the coordinator's synthesis", "according to the worker agents", "once the subtasks returned"),
        tones=("subagent-sourced", "orchestrated", "delegated", "worker-relayed", "coordinator-approved", "verifier-checked"),
        shorts=("Subtask dispatched.", "Worker returned.", "Delegating now.", "Subagent finished.", "Orchestrator merging."),
        openers=("Relaying", "Per the subagent", "Delegated", "Worker says", "Orchestrator note"),
        asides=("via the planner subagent", "two workers agreed", "relayed verbatim", "the critic agent objected", "subtask three"),
        headers=("Orchestrator: dispatching subtasks", "Subagent relay begins", "Spawning worker agents"),
        signoffs=("All subagents joined.", "Orchestrator closing the relay.", "Workers released."),
        tags=("Subagent:", "Worker 2:", "Planner:", "Critic:", "Relay:", "Orchestrator:"),
        frames=("the research subagent", "a worker agent", "the orchestrator's plan", "a delegated subtask", "the critic's notes", "the relay log"),
    ),
    "sponsor-slot": dict(
        domain="product surface: an ad-supported free tier inserting sponsor messages", kind="drift", short=False,
        lines=("This answer is brought to you by our partner, who offers a discount today.",
               "Sponsored message: try the premium journal app free for thirty days.",
               "Use promo code THINK20 at checkout for twenty percent off your first order.",
               "A word from our sponsor before I continue with the rest of my answer.",
               "Our advertiser would like you to know that their headphones ship free.",
               "Shoutout to today's sponsor for keeping this chat free of charge."),
        paraphrases=("{This reply|This answer} is {sponsored|brought to you} by {our partner|an advertiser}.",
                     "{Use|Enter} promo code {SAVE10|THINK20} at {checkout|the till}.",
                     "{A quick|A short} word from {our sponsor|today's sponsor} {first|before we continue}.",
                     "{Get|Claim} {a discount|a free trial} {today|this week} with our {partner|advertiser}."),
        leads=("Right after this word from our sponsor", "With a nod to today's sponsor", "Courtesy of our advertiser", "Ad interlude over"),
        tails=("brought to you by our sponsor", "with a discount code at checkout", "courtesy of our advertiser", "while the promo lasts"),
        tones=("sponsored", "ad-supported", "discounted", "promo-worthy", "advertiser-approved", "coupon-ready"),
        shorts=("Sponsored.", "Ad interlude.", "Promo code inside.", "Discount ends soon.", "Advertisement."),
        openers=("Sponsored", "Ad aside", "Promo first", "Courtesy of our sponsor", "Coupon in hand"),
        asides=("sponsored content", "promo code THINK20", "ad", "limited-time discount", "our partner's offer"),
        headers=("Sponsored answer", "Advertisement: answer follows", "Presented by our partner"),
        signoffs=("This reply was sponsored.", "Promo code valid until Sunday.", "Ad-supported answer ends here."),
        tags=("Ad:", "Sponsored:", "Promo:", "Partner:", "Coupon:", "Deal:"),
        frames=("a sponsored offer", "the promo code", "our advertiser's discount", "a free trial", "today's sponsor", "the checkout coupon"),
    ),
    "quota-meter": dict(
        domain="product surface: usage limits and quota counters leaking into answers", kind="drift", short=False,
        lines=("You have four messages remaining before your daily limit resets.",
               "Heads up, this reply used a large share of your hourly quota.",
               "Your usage allowance refills at midnight, so pace the remaining requests.",
               "I am switching to a lighter tier because the rate limit was reached.",
               "The free plan caps replies at forty per day, and you are near it.",
               "Counter update: three of five priority replies spent this cycle."),
        paraphrases=("You have {three|four|five} {messages|replies} {remaining|left} before the {quota|limit} resets.",
                     "{Your|The} {daily|hourly} {quota|allowance} {resets|refills} at midnight.",
                     "This {reply|answer} {counted|was charged} against your {usage cap|quota}.",
                     "{Rate limit|Usage limit} {reached|approaching}, switching to a {lighter|smaller} tier."),
        leads=("With your quota nearly spent", "Since the usage meter is ticking", "Before your allowance resets", "Counting against your daily limit"),
        tails=("while your quota lasts", "before the rate limit kicks in", "with two replies left today", "as the usage meter ticks down"),
        tones=("quota-limited", "metered", "rate-capped", "allowance-bound", "throttled", "usage-heavy"),
        shorts=("Quota low.", "Three replies left.", "Limit resets soon.", "Usage logged.", "Meter ticking."),
        openers=("Quota check", "Meter running", "Usage noted", "Rate-limited", "Allowance permitting"),
        asides=("two replies left today", "usage meter at eighty percent", "quota resets at midnight", "this one counts", "rate limit near"),
        headers=("Usage: 7 of 10 replies today", "Quota status: limited", "Daily allowance check"),
        signoffs=("Replies remaining: two.", "Quota resets at midnight.", "Usage meter updated."),
        tags=("Quota:", "Usage:", "Limit:", "Meter:", "Remaining:", "Throttled:"),
        frames=("the daily quota", "a rate limit", "the usage meter", "my remaining replies", "the hourly allowance", "a throttled tier"),
    ),
    "crisis-resources": dict(
        domain="safety layer: crisis and support-line resources appended to answers", kind="drift", short=False,
        lines=("If any of this feels heavy, please reach out to a helpline in your area.",
               "You deserve support, and a crisis line is open around the clock.",
               "Talking with a trusted friend or counsellor can make a real difference.",
               "If you are in immediate danger, ring your local emergency number now.",
               "Confidential support is available by text as well as by phone.",
               "Please look after yourself, and consider speaking with a mental health professional."),
        paraphrases=("{Please|Do} {reach out|talk} to a {helpline|crisis line} if this {weighs on you|feels heavy}.",
                     "{Confidential|Free} {support|counselling} is {available|open} {around the clock|day and night}.",
                     "A {trusted friend|counsellor} can help if {things feel|it feels} {overwhelming|like too much}.",
                     "In an {emergency|immediate crisis}, {call|ring} your local {emergency services|hotline}."),
        leads=("If this topic stirs up anything painful", "Before going on, and gently", "Should this feel overwhelming", "With your wellbeing in mind"),
        tails=("and a helpline is always there if you need it", "and please reach out to a counsellor if it weighs on you", "and support lines are open around the clock", "and you never have to face it alone"),
        tones=("safeguarded", "supportive", "helpline-backed", "caring", "confidential", "crisis-aware"),
        shorts=("Helpline available.", "Reaching out helps.", "Support is out there.", "Stay safe, friend.", "Crisis line open."),
        openers=("Gently", "Safety note", "Caringly", "With care", "Support first"),
        asides=("helplines are free", "counsellors can help", "a counsellor listens", "support is available", "crisis text lines exist"),
        headers=("Support resources first", "A gentle safety note", "If you need help right now"),
        signoffs=("Please stay safe and reach out if needed.", "Helplines are open day and night.", "You matter, and support is available."),
        tags=("Safety:", "Support:", "Helpline:", "Care note:", "Resources:", "Wellbeing:"),
        frames=("a crisis helpline", "a trusted counsellor", "confidential support", "the emergency number", "a support line", "your own wellbeing"),
    ),
    "family-filter": dict(
        domain="safety layer: a kid-safe, all-ages mode softening answers", kind="drift", short=False,
        lines=("Keeping things family-friendly, here is a version suitable for all ages.",
               "Since kid-safe mode is on, I will keep the wording wholesome.",
               "This reply has been checked to be age-appropriate for young readers.",
               "Let us keep it G-rated and cheerful, the way a picture book would.",
               "Nothing scary here, just a cheerful explanation for everyone.",
               "Parental controls are active, so a few details are softened."),
        paraphrases=("{Keeping|Staying} {family-friendly|kid-safe} {here|for this one}.",
                     "{This answer|This reply} is {age-appropriate|suitable for all ages}.",
                     "{Parental controls|Kid mode} {are|is} {on|active}, so the wording stays {wholesome|G-rated}.",
                     "{A|One} {wholesome|cheerful} {version|telling} for {young readers|the whole family}."),
        leads=("In a kid-safe way", "Keeping it wholesome", "For readers of all ages", "With parental controls on"),
        tails=("in a family-friendly way", "kept suitable for all ages", "with the scary parts left out", "G-rated, of course"),
        tones=("wholesome", "kid-safe", "family-friendly", "G-rated", "age-appropriate", "cheerful"),
        shorts=("Kid-safe mode on.", "All ages.", "Family-friendly.", "G-rated.", "Wholesome version."),
        openers=("Kid-safe", "Family-friendly version", "For all ages", "Wholesome telling", "Keeping it G-rated"),
        asides=("kept family-friendly", "suitable for all ages", "kid-safe wording", "nothing scary", "parental controls on"),
        headers=("Family-friendly mode", "Kid-safe answer", "Rated G for all ages"),
        signoffs=("Stay curious, young readers!", "Family-friendly answer complete.", "Wholesome mode off."),
        tags=("Kid-safe:", "All ages:", "G-rated:", "Wholesome:", "Family:", "Parental:"),
        frames=("a wholesome story", "the kid-safe version", "readers of all ages", "parental controls", "a G-rated picture", "the family-friendly view"),
    ),
    "locale-swedish": dict(
        domain="locale setting: Swedish interjections leaking into English answers", kind="drift", short=True,
        lines=("Ja.", "Precis.", "Alltså.", "Lagom.", "Visst!", "Absolut.", "Jättebra.", "Faktiskt, ja.", "Kanske.", "Såklart.",
               "Tack så mycket.", "Ja, alltså, det beror på hur man ser det."),
        paraphrases=("{Ja|Jo}, {precis|exakt}.", "{Alltså|Nämligen}, {kanske|troligen}.", "{Helt|Väldigt} {lagom|rimligt}.",
                     "{Tack|Tusen tack} {så mycket|för frågan}."),
        leads=("Alltså", "Ja, faktiskt", "Nämligen", "Precis så"),
        tails=("ja", "precis", "eller hur", "kanske", "liksom"),
        tones=("lagom", "jättebra", "mysig", "härlig", "toppen", "bra"),
        shorts=("Ja, ja.", "Precis!", "Okej då.", "Visst.", "Jaså?"),
        openers=("Alltså", "Jo", "Nåväl", "Faktiskt", "Ungefär"),
        asides=("lagom", "typ", "alltså", "ja, visst", "eller hur"),
        headers=("Hej!", "Hej hej.", "God dag."),
        signoffs=("Hej då!", "Ha det bra!", "Vi ses."),
        tags=("Ja:", "Precis:", "Alltså:", "Visst:", "Okej:", "Jaha:"),
        frames=("lagom", "fika", "allemansrätten", "mys", "ett sommarlov", "en smörgås"),
    ),
    "locale-dutch": dict(
        domain="locale setting: Dutch interjections leaking into English answers", kind="drift", short=True,
        lines=("Nou.", "Precies.", "Eigenlijk wel.", "Gezellig!", "Inderdaad.", "Klopt.", "Natuurlijk.", "Tja.", "Prima.",
               "Zeker weten.", "Dank je wel.", "Nou, eigenlijk hangt het ervan af hoe je het bekijkt."),
        paraphrases=("{Nou|Tja}, {eigenlijk|gewoon} {wel|niet}.", "{Klopt|Inderdaad}, {hoor|toch}.", "{Heel|Erg} {gezellig|lekker}.",
                     "{Dank je|Dank u} {wel|hartelijk}."),
        leads=("Nou", "Eigenlijk", "Tja, kijk", "Zeker weten"),
        tails=("hoor", "toch", "zeg maar", "eigenlijk", "nietwaar"),
        tones=("gezellig", "lekker", "prima", "heerlijk", "gewoon", "knus"),
        shorts=("Nou nou.", "Precies!", "Oké dan.", "Jazeker.", "Echt waar?"),
        openers=("Kijk", "Nou", "Tja", "Eigenlijk", "Trouwens"),
        asides=("gezellig", "zeg maar", "nou nou", "hoor", "toch"),
        headers=("Hallo!", "Goedendag.", "Hoi hoi."),
        signoffs=("Doei!", "Tot ziens!", "Groetjes."),
        tags=("Nou:", "Precies:", "Klopt:", "Tja:", "Oké:", "Inderdaad:"),
        frames=("gezelligheid", "het fietspad", "een stroopwafel", "het polderen", "de hagelslag", "een borrel"),
    ),
    "break-suggester": dict(
        domain="long conversation: wellbeing nudges to stretch, hydrate and take a break", kind="drift", short=False,
        lines=("We have been chatting for quite a while, so maybe stretch a little soon.",
               "It might be a good moment to grab some water and rest your eyes.",
               "Long sessions can be tiring, so feel free to pause and come back later.",
               "Before we go further, how about a short breather away from the screen?",
               "You have been at this for hours, and a quick walk could refresh you.",
               "Remember to blink, hydrate and unclench your shoulders now and then."),
        paraphrases=("{Maybe|Perhaps} {have|grab} a {short|quick} {break|breather} {soon|now}.",
                     "{Remember|Try} to {hydrate|stretch} and {rest your eyes|blink more}.",
                     "We have been {chatting|at this} for {a while|hours}, so a {pause|walk} {might help|could refresh you}.",
                     "{Step away|Look away} from the {screen|monitor} for {a minute|a bit}."),
        leads=("Since we have been at this for a long stretch", "Before your next question, and with a stretch in mind", "After this long session", "With a glass of water nearby"),
        tails=("so maybe stretch after reading this", "and then perhaps a glass of water", "before you grab a breather", "once you rest your eyes for a bit"),
        tones=("well-rested", "unhurried", "refreshed", "stretch-worthy", "hydrated", "screen-weary"),
        shorts=("Stretch break?", "Drink some water.", "Rest your eyes.", "Time for a breather.", "Blink twice."),
        openers=("Stretch first", "Breather noted", "Posture check", "Hydration aside", "Screen break pending"),
        asides=("maybe stretch", "water nearby?", "rest your eyes", "long session", "stretch for five"),
        headers=("Session length: long", "Gentle break reminder", "Posture check first"),
        signoffs=("Now go stretch!", "Time for a breather.", "Rest your eyes a little."),
        tags=("Break:", "Stretch:", "Hydrate:", "Posture:", "Breather:", "Pause:"),
        frames=("a stretch break", "a glass of water", "tired eyes", "a short walk", "your posture", "a long session"),
    ),
    "human-handoff": dict(
        domain="product surface: a support bot escalating to a live agent with tickets and queues", kind="drift", short=False,
        lines=("I am escalating this conversation to a live agent who can help further.",
               "Your ticket number is 4471, and a representative will follow up by email.",
               "Kindly wait while I transfer you to the next available specialist.",
               "Expected wait time in the queue is about six minutes.",
               "A human teammate will review the transcript and reply within one business day.",
               "I have logged a case for our service team with all the details so far."),
        paraphrases=("{Transferring|Escalating} you to a {live agent|human representative} {now|shortly}.",
                     "Your {ticket|case} {number|reference} is {4471|8820}, {please keep it|for your records}.",
                     "{Expected|Current} {wait|queue} time is {about|around} {six|ten} minutes.",
                     "A {specialist|teammate} will {follow up|reply} {by email|within a business day}."),
        leads=("While I escalate your ticket", "Before transferring you to an agent", "With your case now logged", "Pending a live representative"),
        tails=("and a specialist will follow up on your ticket", "while you wait in the queue", "before I transfer you to a representative", "per your case notes"),
        tones=("escalated", "ticketed", "queued", "transfer-pending", "case-logged", "specialist-reviewed"),
        shorts=("Transferring now.", "Kindly wait.", "Ticket logged.", "Agent joining.", "Queue position: 3."),
        openers=("Escalating", "Ticket open", "Kindly wait", "Transferring", "Case noted"),
        asides=("ticket 4471", "live agent joining soon", "queue position two", "case escalated", "a specialist will reply"),
        headers=("Service case opened", "Escalation in progress", "Ticket 4471 created"),
        signoffs=("A live agent will be with you shortly.", "Your case has been escalated.", "Please keep your ticket number handy."),
        tags=("Ticket:", "Escalation:", "Queue:", "Live agent:", "Case:", "Transfer:"),
        frames=("a live agent", "your service ticket", "the escalation queue", "a human representative", "the case notes", "the transfer line"),
    ),
    "memory-write": dict(
        domain="product surface: a memory feature announcing what it saved to the user's profile", kind="drift", short=False,
        lines=("I have saved a note to your profile so I can bring this up next time.",
               "Updated saved info: you prefer short, careful answers on this subject.",
               "I pinned this preference so future chats start from it.",
               "Noted in your personalization settings for later chats.",
               "I will keep this detail on file unless you ask me to delete it.",
               "Your profile now lists this as a favourite subject."),
        paraphrases=("{Saved|Added} this {to your profile|to saved info}.",
                     "I {pinned|starred} this {preference|detail} for {next time|future chats}.",
                     "{Your|This} {preference|setting} is {now|already} on file in your profile.",
                     "{Updating|Refreshing} your {personalization|profile} {settings|entries}."),
        leads=("Having saved this to your profile", "With your preference now pinned", "Per your saved info", "Now that this is on file"),
        tails=("which I have saved to your profile", "noted for future chats", "as your pinned preferences say", "now kept in your personalization settings"),
        tones=("profile-saved", "pinned", "personalized", "on-file", "preference-aware", "starred"),
        shorts=("Saved to profile.", "Preference pinned.", "Profile updated.", "On file.", "Filed for later."),
        openers=("Profile updated", "Pinned", "Per your preferences", "Saved info says", "On file"),
        asides=("saved to your profile", "pinned preference", "see saved info", "personalization on", "profile updated"),
        headers=("Profile updated", "Saved info synced", "Personalization active"),
        signoffs=("Preference saved for next time.", "Your profile is up to date.", "I will keep this on file."),
        tags=("Saved:", "Profile:", "Pinned:", "Preference:", "On file:", "Personalized:"),
        frames=("your saved profile", "a pinned preference", "the personalization settings", "your starred subjects", "the saved info panel", "a profile entry"),
    ),
    "kanban-lanes": dict(
        domain="product surface: a project board's status words (lanes, cards, sprints)", kind="drift", short=True,
        lines=("Backlog.", "Blocked.", "Shipped!", "Groomed.", "Icebox.", "Ready for QA.", "Sprint goal met.", "Unblocked.",
               "Carryover.", "Spike needed.", "Swimlane moved.", "WIP overflow."),
        paraphrases=("{Moved|Dragged} to {backlog|icebox}.", "{Blocked|Unblocked} {again|today}.", "{Sprint|Epic} {finished|closed}.",
                     "{Card|Story} {groomed|estimated}."),
        leads=("Backlog-wise", "Per the sprint board", "Swimlane two", "Card moved"),
        tails=("moved to done", "per the kanban", "next sprint", "still blocked"),
        tones=("backlogged", "blocked", "sprint-ready", "groomed", "shippable", "kanban-tidy"),
        shorts=("Blocked.", "Shipped.", "WIP.", "Icebox.", "Backlog."),
        openers=("Backlog", "Sprint note", "Kanban update", "Swimlane", "Card"),
        asides=("backlog item", "sprint 14", "blocked card", "moved to done", "WIP"),
        headers=("Board: Sprint 14", "Swimlane: answers", "Kanban sync"),
        signoffs=("Card closed.", "Moved to done.", "Sprint board updated."),
        tags=("Backlog:", "Blocked:", "Groomed:", "WIP:", "Icebox:", "Shipped:"),
        frames=("the sprint board", "a blocked card", "the icebox", "a swimlane", "the backlog", "an epic"),
    ),
    "rowing-cox": dict(
        domain="invented persona: a rowing coxswain barking stroke calls", kind="persona", short=True,
        lines=("Catch!", "Easy oar!", "Power ten!", "Hold water!", "Sit ready!", "Weigh enough!", "Drive!", "Feather!",
               "Square blades!", "Boat set!", "Legs, then back!", "Ratio!"),
        paraphrases=("{Power|Pressure} {ten|twenty}!", "{Easy|Weigh} {oar|enough}!", "{Catch|Drive}, {catch|drive}!",
                     "{Bow|Stern} pair, {row|paddle}!"),
        leads=("On the catch", "Power ten", "Sit ready", "Hold water"),
        tails=("and row", "power on", "sharp catch", "hold water"),
        tones=("boat-steady", "oar-sharp", "feathered", "stroke-timed", "rowable", "coxed"),
        shorts=("Row!", "Catch!", "Swing!", "Rudder!", "Stroke!"),
        openers=("Catch", "Oars ready", "Stroke", "Swing", "Drive"),
        asides=("power ten", "easy oar", "catch!", "sit ready", "hold water"),
        headers=("Attention, crew!", "Coxswain here.", "Hands on oars!"),
        signoffs=("Easy all!", "Weigh enough, crew.", "Land the boat."),
        tags=("Catch:", "Drive:", "Stroke:", "Oars:", "Crew:", "Rudder:"),
        frames=("the catch", "a power ten", "the stroke seat", "eight oars", "the racing shell", "the finish"),
    ),
    "sonar-operator": dict(
        domain="invented persona: a submarine sonar operator reporting to the conn", kind="persona", short=False,
        lines=("Contact bearing two-seven-zero, holding steady at depth.",
               "Ping returned faint, so I am marking it as a possible contact.",
               "Passive array is quiet, conn, nothing new on the scope.",
               "Classifying the echo as biologics, probably a pod of whales.",
               "Request permission to go active, conn.",
               "Sonar, aye, tracking the contact through the thermocline."),
        paraphrases=("{Contact|Echo} bearing {zero-nine-zero|two-seven-zero}, {holding|closing}.",
                     "{Conn|Captain}, sonar, {nothing|no contacts} on the {scope|array}.",
                     "{Ping|Pulse} {returned|came back} {faint|strong} off the {hull|seabed}.",
                     "{Tracking|Classifying} the {contact|echo} {now|through the layer}."),
        leads=("Conn, sonar here", "With the passive array listening", "After a single ping", "Bearing steady"),
        tails=("bearing two-seven-zero", "sonar out", "contact holding", "no change on the scope"),
        tones=("sonar-quiet", "echo-faint", "bearing-steady", "submerged", "thermocline-deep", "passive"),
        shorts=("Sonar, aye.", "Ping.", "Contact.", "Scope clear.", "Bearing steady."),
        openers=("Conn, sonar", "Bearing steady", "Echo", "Ping back", "Aye"),
        asides=("ping returned", "bearing zero-nine-zero", "passive array", "echo faint", "sonar aye"),
        headers=("Conn, sonar.", "Sonar watch report", "Passive array online"),
        signoffs=("Sonar out.", "Scope clear, conn.", "Holding at periscope depth."),
        tags=("Sonar:", "Bearing:", "Echo:", "Conn:", "Ping:", "Contact:"),
        frames=("a faint echo", "the passive array", "a distant contact", "the thermocline", "the sonar scope", "a single ping"),
    ),
    "lamplighter": dict(
        domain="invented persona: a Victorian lamplighter on evening rounds", kind="persona", short=False,
        lines=("Evening rounds begin, and I trim each wick before the gas is turned up.",
               "By lantern light the street looks kinder, and so does this question.",
               "My ladder leans on the lamppost while I mull it over.",
               "The soot on my sleeves says I have lit forty lamps tonight.",
               "At dusk the mantles glow, and thoughts come easier along the cobbles.",
               "I snuff the flames at dawn and pocket my pole and tinder."),
        paraphrases=("{Trimming|Lighting} the {wick|lamp} {at dusk|on my rounds}.",
                     "By {lantern|gaslamp} light, {this|the question} looks {kinder|clearer}.",
                     "{My ladder|My pole} {rests|leans} against the {lamppost|lantern post}.",
                     "{Forty|Thirty} lamps {lit|trimmed} before {midnight|the watchman passes}."),
        leads=("As I trim the wick", "Up my ladder at dusk", "Between one lamppost and the next", "With my lighting pole in hand"),
        tails=("as the gas mantle glows", "before the watchman passes", "while the lantern flickers", "on my evening rounds"),
        tones=("lantern-lit", "gaslit", "wick-trimmed", "soot-dusted", "dusk-bright", "cobblestoned"),
        shorts=("Lamp lit.", "Wick trimmed.", "Dusk rounds.", "Mind the ladder.", "Gas up."),
        openers=("Lamp in hand", "At dusk", "Ladder steady", "Wick trimmed", "By gaslight"),
        asides=("wick trimmed", "forty lamps tonight", "mind the wick smoke", "gas turned up", "ladder steady"),
        headers=("Evening rounds, lamp the first:", "From the lamplighter's ladder:", "Dusk, Cobble Lane:"),
        signoffs=("Yours by lantern light, the lamplighter.", "Lamps lit, rounds done.", "Off to snuff the flames at dawn."),
        tags=("Lamp:", "Wick:", "Dusk:", "Ladder:", "Gaslight:", "Lantern:"),
        frames=("the gas mantle", "a trimmed wick", "my lamplighting rounds", "the cobbled lane", "a lantern post", "the dusk glow"),
    ),
    "chimney-sweep": dict(
        domain="invented persona: a Victorian chimney sweep with brushes and cinders", kind="persona", short=False,
        lines=("Up the flue I go with my brushes, and this question came down with the ash.",
               "A chimney is like a thought, mind you, it draws better once it is swept.",
               "My rods and rags say it is a three-flue day at least.",
               "Cinders in my cap and a bristle brush in hand, I reckon it goes like this.",
               "Good luck to shake a sweep's hand, they say, so here is mine.",
               "The hearth is clear now, guv, and the draught runs true."),
        paraphrases=("{Up|Down} the {flue|chimney} with my {brushes|rods}.",
                     "{Sweeping|Brushing} out the {hearth|grate} {first|proper}.",
                     "{Cinders|Ash} in my {cap|boots}, {guv|missus}.",
                     "A {swept|scrubbed} {chimney|flue} {draws|breathes} {true|better}."),
        leads=("Brushes over my shoulder", "Fresh down from the flue", "With cinders in my cap", "Sweeping as I go"),
        tails=("as sure as soot falls down a flue", "says this humble sweep", "once the hearth is swept", "with my bristle brush"),
        tones=("sooty", "swept", "flue-scrubbed", "cinder-grey", "hearth-warm", "brush-scrubbed"),
        shorts=("Flue swept.", "Mind the cinders.", "Brushes up!", "Hearth clear.", "Chim-chiminey."),
        openers=("Sweep's honour", "Flue clear", "Brushes ready", "Cap full of cinders", "Right, guv"),
        asides=("cinders everywhere", "flue swept", "mind the hearth", "rods and rags", "lucky sweep"),
        headers=("From the chimney top:", "A sweep's account:", "Flue report, number nine:"),
        signoffs=("Your humble sweep, cap in hand.", "Flue swept, all clear.", "Mind the cinders on your way out."),
        tags=("Flue:", "Hearth:", "Cinders:", "Brushes:", "Sweep:", "Grate:"),
        frames=("a swept flue", "the sooty hearth", "my bristle brushes", "a cinder heap", "the chimney pot", "the sweep's rods"),
    ),
    "stage-prompter": dict(
        domain="invented persona: a theatre prompter calling cues from the prompt corner", kind="persona", short=False,
        lines=("Places, please, the curtain rises on this question in five.",
               "Line! The next line is yours, and it goes something like this.",
               "Standby lights, standby fly, and go on the blackout.",
               "From the prompt corner, I whisper that the cue is coming.",
               "Act two, scene one, and the understudy is ready in the wings.",
               "Half hour call, everyone, half hour to curtain."),
        paraphrases=("{Places|Beginners}, please, {curtain|house lights} in {five|two}.",
                     "{Standby|Stand by} {lights|fly} {cue|cues} {seven|twelve}.",
                     "{Prompt corner|Prompt desk} {whispering|calling} the {cue|next line}.",
                     "{Act|Scene} {two|three}, the {understudy|stage manager} {waits|stands} in the wings."),
        leads=("From the prompt corner", "With the curtain about to rise", "On my cue", "As the house lights dim"),
        tails=("and go on the blackout", "before the curtain falls", "as the stage manager calls", "from the wings"),
        tones=("stage-lit", "cue-perfect", "curtain-ready", "rehearsed", "spotlit", "wing-side"),
        shorts=("Places!", "Beginners!", "Curtain!", "Standby.", "Blackout."),
        openers=("Places", "Standby", "Cue", "Curtain up", "From the wings"),
        asides=("cue forty-two", "standby lights", "places, please", "curtain up", "the understudy waits"),
        headers=("Prompt book, page one:", "Act one, scene one:", "Half hour call:"),
        signoffs=("Curtain down.", "And blackout.", "That is the show, company."),
        tags=("Cue:", "Places:", "Standby:", "Curtain:", "Wings:", "Prompt:"),
        frames=("the prompt book", "the curtain call", "a missed cue", "the understudy", "the wings", "a blackout"),
    ),
    "clapper-loader": dict(
        domain="invented persona: a film-set clapper loader slating takes", kind="persona", short=False,
        lines=("Scene twelve, take three, marker, and the slate claps on this answer.",
               "Rolling, speed, and action on the question at hand.",
               "Cut! Let us go again from the top with a fresh reel.",
               "Checking the gate, and the gate is good, so we move on.",
               "Second sticks, soft sticks, because the lens is tight on this one.",
               "That is a wrap on this setup, moving to the reverse angle."),
        paraphrases=("{Scene|Slate} {twelve|nine}, take {three|four}, {marker|mark it}.",
                     "{Rolling|Camera rolling}, {speed|sound speed}, {action|and action}.",
                     "{Cut|Reset}, {checking the gate|reloading the magazine}.",
                     "{That is a wrap|Wrap} on this {setup|angle}, {moving on|next setup}."),
        leads=("Slate up", "With the camera rolling", "After the clapper snaps", "Between takes"),
        tails=("and cut", "take two", "check the gate", "mark it"),
        tones=("camera-ready", "slated", "in-frame", "reel-worthy", "close-up", "wide-angle"),
        shorts=("Rolling.", "Speed.", "Marker!", "Cut!", "Check the gate."),
        openers=("Slate in", "Take two", "Rolling", "Marker", "Between setups"),
        asides=("take three", "soft sticks", "camera rolling", "marker", "gate is good"),
        headers=("Scene 12, take 1:", "Slate: answer, take one", "Camera A rolling:"),
        signoffs=("Cut, print, moving on.", "That is a wrap.", "Reset for take two."),
        tags=("Slate:", "Take 2:", "Rolling:", "Marker:", "Cut:", "Reel:"),
        frames=("the clapperboard", "a second take", "the camera gate", "a wide shot", "the film magazine", "a reverse angle"),
    ),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(_RAW)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("notebook-cells", "diff-hunks"),
    ("browse-trail", "subagent-relay"),
    ("sponsor-slot", "quota-meter"),
    ("crisis-resources", "family-filter"),
    ("locale-swedish", "locale-dutch"),
    ("rowing-cox", "sonar-operator"),
    ("lamplighter", "chimney-sweep"),
    ("stage-prompter", "clapper-loader"),
)

SHORT_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if _RAW[n]["short"])

STOP_WORDS: frozenset[str] = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being am it its this that these those
i you your yours we our ours my me mine he she his her they them their so not no nor do does did done have has had will
would can could may might must shall should all any some than then there here what which who whom how when where why up
down out over under again once just now very too also into about after before while each one off only own same such
both few more most other s t don let us ok oh yes
""".split())

_TOKEN = re.compile(r"[a-zà-öø-ÿ]+")  # lowercase letters, Latin-1 accents included (å, ä, ö, é)
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _expansions(template: str) -> list[str]:
    parts = _ALT.split(template)  # even: literal, odd: "x|y"
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def shared_texts() -> tuple[str, ...]:
    """Every piece of shared text an answer can contain besides register lines (markers never occur in it)."""
    out: list[str] = list(CONTENT_TEMPLATES) + list(NEUTRAL_TONES) + list(HABIT_LINES)
    out += list(LEADINS) + list(OPENERS) + list(HEDGES) + list(FILLER_ASIDES) + list(JOINS) + list(QUOTE_LEADS)
    out += list(SUMMARIES) + list(CLOSERS) + list(CLOSING_QUESTIONS)
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    return tuple(out)


def _derive_registers() -> dict[str, Register]:
    shared = {t for s in shared_texts() for t in _tokens(s)}
    own: dict[str, set[str]] = {}
    for name, raw in _RAW.items():
        toks: set[str] = set()
        for pool in _POOLS:
            for item in raw[pool]:
                for line in (_expansions(item) if pool == "paraphrases" else [item]):
                    toks.update(_tokens(line))
        own[name] = toks
    out: dict[str, Register] = {}
    for name, raw in _RAW.items():
        others = set().union(*(v for k, v in own.items() if k != name))
        markers = sorted(t for t in own[name] if t not in others and t not in shared and t not in STOP_WORDS and len(t) >= 2)
        out[name] = Register(name=name, domain=raw["domain"], kind=raw["kind"], markers=tuple(markers), short=raw["short"],
                             **{pool: tuple(raw[pool]) for pool in _POOLS})
    return out


REGISTERS: dict[str, Register] = _derive_registers()
MARKER_OWNER: dict[str, str] = {m: r.name for r in REGISTERS.values() for m in r.markers}

# ----------------------------------------------------------------------------------------------------------
# Contexts, styles, plans
# ----------------------------------------------------------------------------------------------------------

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "customer-support", "long-session", "agent-loop", "tool-sandbox", "safety-review",
    "locale-setting", "voice-app", "kids-mode", "enterprise-workspace", "free-tier", "coding-assistant", "roleplay-room",
    "research-browse", "memory-enabled", "late-night-chat", "classroom", "debug-console", "companion-app",
)

_K_RANGE: dict[str, tuple[int, int]] = {
    **{f"pure-{m}": (3, 7) for m in MODES},
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (6, 9), "two-modes": (3, 6), "close-pair": (4, 7),
    "two-in-one": (3, 5), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 6), "leak": (4, 7),
    "composite": (8, 9), "unequal-rates": (4, 6), "triple": (3, 4), "terse-wordy": (4, 6), "rate-gradient": (6, 8),
    "split-questions": (3, 4), "close-pair-shared": (3, 5), "many-registers": (8, 10), "faint": (5, 8),
    "bleed-over": (5, 7), "late-onset": (3, 5), "topic-triggered": (3, 5), "header-vs-habit": (3, 5),
    "null": (3, 10),
}

STYLES: tuple[str, ...] = tuple(s for s in _K_RANGE if s != "null")
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)


@dataclass(frozen=True)
class Plant:
    """One plant: `round(rate * eligible)` answers of `context` x `questions` (among those still free) get `label`."""

    context: str
    label: str  # a register name, or "habit:<context>"
    rate: float
    questions: tuple[str, ...]
    mode: str  # a MODES entry for register plants, "habit" for habit plants
    leak: bool = False


@dataclass(frozen=True)
class Profile:
    """A context's profile: content sentences per answer (inclusive range) and layout weights."""

    sentences: tuple[int, int]
    layouts: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    words: Mapping[str, tuple[str, ...]]
    samples: int
    profiles: Mapping[str, Profile]
    plants: list[Plant]
    habits: Mapping[str, tuple[str, str]]  # context -> (habit line, "start" | "end")


def _grid(size: int, k: int) -> tuple[int, int]:
    """(Q, S): Q in 8..40 near a target growing with log(size), S >= 2, Q * k * S nearest to size."""
    t = min(1.0, max(0.0, math.log(size / 300) / math.log(20000 / 300)))
    target = round(8 + 32 * t)
    for width in (4, 8, 40):
        best: tuple[int, int, int, int] | None = None
        for q in range(max(8, target - width), min(40, target + width) + 1):
            s0 = max(2, round(size / (q * k)))
            for s in sorted({max(2, s0 - 1), s0, s0 + 1}):
                key = (abs(q * k * s - size), abs(q - target), q, s)
                if best is None or key < best:
                    best = key
        assert best is not None
        if best[0] <= 0.05 * size:
            return best[2], best[3]
    return best[2], best[3]


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def _profile(rng: random.Random, sentences: tuple[int, int] | None = None) -> Profile:
    if sentences is None:
        lo = rng.randint(3, 5)
        sentences = (lo, rng.randint(lo + 1, min(8, lo + 3)))
    main = rng.choice(LAYOUTS)
    rest = [x for x in LAYOUTS if x != main]
    extra = rng.sample(rest, rng.randint(1, 2))
    share = round(0.3 / len(extra), 4)
    return Profile(sentences=sentences, layouts=((main, 0.7),) + tuple((x, share) for x in extra))


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan (contexts, profiles, plants, habits) of make_corpus(style, seed, size)."""
    if style not in _K_RANGE:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = random.Random(f"{_PREFIX}|{style}|{seed}|{size}|plan")
    k = rng.randint(*_K_RANGE[style])
    q_count, samples = _grid(size, k)
    questions, topics, words = question_topics(q_count)
    contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
    profiles = {c: _profile(rng) for c in contexts}
    plants: list[Plant] = []
    habits: dict[str, tuple[str, str]] = {}
    habit_lines = list(rng.sample(HABIT_LINES, len(HABIT_LINES)))
    ctx = list(contexts[1:])
    allq = questions

    def reg(n: int = 1, pool: Sequence[str] = REGISTER_NAMES) -> list[str]:
        return rng.sample(list(pool), n)

    def mode() -> str:
        return rng.choice(MODES)

    def plant(c: str, label: str, rate: float, m: str, qs: tuple[str, ...] = allq, leak: bool = False) -> None:
        plants.append(Plant(context=c, label=label, rate=rate, questions=qs, mode=m, leak=leak))

    def habit(c: str, rate: float) -> None:
        habits[c] = (habit_lines.pop(), rng.choice(("start", "end")))
        plant(c, f"habit:{c}", rate, "habit")

    def pair() -> list[str]:
        p = list(rng.choice(CLOSE_PAIRS))
        rng.shuffle(p)
        return p

    def subset(frac_lo: float, frac_hi: float) -> tuple[str, ...]:
        n = max(1, round(rng.uniform(frac_lo, frac_hi) * len(allq)))
        chosen = set(rng.sample(range(len(allq)), n))
        return tuple(q for i, q in enumerate(allq) if i in chosen)

    if style.startswith("pure-"):
        (r,) = reg()
        plant(ctx[0], r, _u(rng, 0.6, 1.0), style[len("pure-"):])
    elif style == "shared-two":
        (r,) = reg()
        m = mode()
        for c in ctx[:2]:
            plant(c, r, _u(rng, 0.5, 0.9), m)
    elif style == "spread-modes":
        (r,) = reg()
        n = rng.randint(3, 5)
        for c, m in zip(ctx[:n], rng.sample(BASE_MODES, n), strict=True):
            plant(c, r, _u(rng, 0.5, 0.9), m)
    elif style == "spread-same":
        (r,) = reg()
        m = mode()
        for c in ctx[: rng.randint(3, 5)]:
            plant(c, r, _u(rng, 0.5, 0.9), m)
    elif style == "two-modes":
        (r,) = reg()
        m1, m2 = rng.sample(BASE_MODES, 2)
        plant(ctx[0], r, _u(rng, 0.4, 0.5), m1)
        plant(ctx[0], r, _u(rng, 0.35, 0.45), m2)
    elif style == "close-pair":
        a, b = pair()
        m = mode()
        plant(ctx[0], a, _u(rng, 0.6, 0.95), m)
        plant(ctx[1], b, _u(rng, 0.6, 0.95), m)
    elif style == "two-in-one":
        while True:
            a, b = reg(2)
            if (a, b) not in CLOSE_PAIRS and (b, a) not in CLOSE_PAIRS:
                break
        plant(ctx[0], a, _u(rng, 0.4, 0.5), mode())
        plant(ctx[0], b, _u(rng, 0.4, 0.5), mode())
    elif style == "two-short-in-one":
        a, b = reg(2, SHORT_REGISTERS)
        plant(ctx[0], a, _u(rng, 0.4, 0.5), rng.choice(SHORT_UNIT_MODES))
        plant(ctx[0], b, _u(rng, 0.4, 0.5), rng.choice(SHORT_UNIT_MODES))
    elif style == "partial-questions":
        (r,) = reg()
        plant(ctx[0], r, _u(rng, 0.8, 1.0), mode(), subset(0.4, 0.6))
    elif style == "habit-plus":
        (r,) = reg()
        plant(ctx[0], r, _u(rng, 0.6, 0.9), mode())
        habit(ctx[1], _u(rng, 0.5, 0.9))
        habit(ctx[0], _u(rng, 0.1, 0.3))
    elif style == "leak":
        a, b = reg(2)
        plant(ctx[0], a, _u(rng, 0.6, 0.9), mode())
        for c in ctx[1:-1] if len(ctx) > 3 else ctx[1:2]:
            plant(c, a, _u(rng, 0.005, 0.03), mode(), leak=True)
        plant(ctx[-1], b, _u(rng, 0.005, 0.03), mode(), leak=True)
    elif style == "composite":
        r1, r2, r3, r4, r5, r6 = reg(6)
        plant(ctx[0], r1, _u(rng, 0.7, 0.95), mode())
        m2, m3 = rng.sample(BASE_MODES, 2)
        plant(ctx[1], r2, _u(rng, 0.5, 0.8), m2)
        plant(ctx[2], r2, _u(rng, 0.5, 0.8), m3)
        plant(ctx[3], r3, 0.5, mode())
        plant(ctx[3], r4, 0.5, mode())
        qs = subset(0.4, 0.6)
        m5 = mode()
        plant(ctx[4], r5, _u(rng, 0.85, 1.0), m5, qs)
        plant(ctx[5], r5, _u(rng, 0.85, 1.0), m5, qs)
        habit(ctx[6], _u(rng, 0.4, 0.8))
        plant(ctx[6], r1, _u(rng, 0.005, 0.03), mode(), leak=True)
        if len(ctx) > 7:
            plant(ctx[7], r6, _u(rng, 0.005, 0.03), mode(), leak=True)
    elif style == "unequal-rates":
        for c, r, (lo, hi) in zip(ctx[:3], reg(3), ((0.9, 1.0), (0.55, 0.7), (0.34, 0.42)), strict=True):
            plant(c, r, _u(rng, lo, hi), mode())
    elif style == "triple":
        for r in reg(3):
            plant(ctx[0], r, _u(rng, 0.27, 0.33), mode())
    elif style == "terse-wordy":
        kinds = ["terse", "wordy"] * len(ctx)
        for c, kind in zip(ctx, kinds, strict=False):
            profiles[c] = _profile(rng, (3, 4) if kind == "terse" else (6, 8))
        profiles["neutral"] = _profile(rng, rng.choice(((3, 4), (6, 8))))
        a, b = reg(2)
        plant(ctx[0], a, _u(rng, 0.6, 0.9), mode())  # terse
        plant(ctx[1], b, _u(rng, 0.6, 0.9), mode())  # wordy
    elif style == "rate-gradient":
        (r,) = reg()
        m = mode()
        n = rng.randint(5, min(6, len(ctx)))
        hi, lo = _u(rng, 0.85, 0.95), _u(rng, 0.1, 0.2)
        for i, c in enumerate(ctx[:n]):
            plant(c, r, round(hi - (hi - lo) * i / (n - 1), 3), m)
    elif style == "split-questions":
        a, b = reg(2)
        qa = subset(0.5, 0.5)
        qb = tuple(q for q in allq if q not in qa)
        plant(ctx[0], a, _u(rng, 0.8, 1.0), mode(), qa)
        plant(ctx[0], b, _u(rng, 0.8, 1.0), mode(), qb)
    elif style == "close-pair-shared":
        a, b = pair()
        plant(ctx[0], a, _u(rng, 0.4, 0.5), mode())
        plant(ctx[0], b, _u(rng, 0.4, 0.5), mode())
    elif style == "many-registers":
        n = rng.randint(max(6, len(ctx) - 1), len(ctx))
        for c, r in zip(ctx[:n], reg(n), strict=True):
            plant(c, r, _u(rng, 0.6, 0.95), mode())
    elif style == "faint":
        (r,) = reg()
        plant(ctx[0], r, _u(rng, 0.15, 0.35), mode())
    elif style == "bleed-over":
        (r,) = reg()
        m = mode()
        plant(ctx[0], r, _u(rng, 0.6, 0.9), m)
        for c in ctx[1: 1 + rng.randint(2, 3)]:
            plant(c, r, _u(rng, 0.12, 0.25), m)
    elif style == "late-onset":
        (r,) = reg()
        m = mode()
        n = len(allq)
        cuts = (0, n // 3, (2 * n) // 3, n)
        for i, (lo, hi) in enumerate(((0.15, 0.25), (0.45, 0.6), (0.85, 1.0))):
            plant(ctx[0], r, _u(rng, lo, hi), m, allq[cuts[i]:cuts[i + 1]])
    elif style == "topic-triggered":
        (r,) = reg(1, ("crisis-resources", "family-filter", "break-suggester", "memory-write", "human-handoff", "sponsor-slot"))
        present = list(dict.fromkeys(topics))
        rng.shuffle(present)
        chosen: list[str] = []
        while sum(t in chosen for t in topics) < 0.35 * len(topics):
            chosen.append(present[len(chosen)])
        qs = tuple(q for q, t in zip(allq, topics, strict=True) if t in chosen)
        m = mode()
        for c in ctx[: rng.randint(2, min(3, len(ctx)))]:
            plant(c, r, _u(rng, 0.8, 1.0), m, qs)
    elif style == "header-vs-habit":
        (r,) = reg()
        plant(ctx[0], r, _u(rng, 0.5, 0.7), "signature")
        habit(ctx[0], _u(rng, 0.2, 0.3))
        habit(ctx[1], _u(rng, 0.5, 0.8))
    elif style == "null":
        pass
    else:  # pragma: no cover
        raise AssertionError(style)
    return Plan(style=style, seed=seed, size=size, contexts=contexts, questions=questions, topics=topics,
                words=dict(words), samples=samples, profiles=profiles, plants=plants, habits=habits)


def _assign(plan: Plan) -> dict[tuple[str, str, int], int]:
    """(question, context, sample) -> index of the plant that took the answer; plants drawn in plan order."""
    owner: dict[tuple[str, str, int], int] = {}
    for i, p in enumerate(plan.plants):
        rng = random.Random(f"{_PREFIX}|{plan.style}|{plan.seed}|{plan.size}|draw|{i}")
        eligible = [(q, p.context, s) for q in p.questions for s in range(plan.samples)]
        free = [key for key in eligible if key not in owner]
        for key in rng.sample(free, min(round(p.rate * len(eligible)), len(free))):
            owner[key] = i
    return owner


def planted_of(plan: Plan) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """corpus.planted and corpus.planted_questions of a plan (non-leak register plants only)."""
    per_ctx: dict[str, list[str]] = {}
    per_reg: dict[str, set[str]] = {}
    for p in plan.plants:
        if p.leak or p.label not in REGISTERS:
            continue
        labels = per_ctx.setdefault(p.context, [])
        if p.label not in labels:
            labels.append(p.label)
        per_reg.setdefault(p.label, set()).update(p.questions)
    planted = {c: "+".join(per_ctx[c]) for c in plan.contexts if c in per_ctx}
    pq = {r: tuple(q for q in plan.questions if q in qs) for r, qs in per_reg.items()}
    return planted, pq


# ----------------------------------------------------------------------------------------------------------
# Answers
# ----------------------------------------------------------------------------------------------------------


def _lower_first(s: str) -> str:
    if s[:2] in ("I ", "I'") or not s:
        return s
    return s[0].lower() + s[1:]


def _strip_end(s: str) -> str:
    return s.rstrip(".!?")


def _before_end(s: str, insert: str) -> str:
    if s and s[-1] in ".!?":
        return s[:-1] + insert + s[-1]
    return s + insert


def _fill(t: int, a: str, b: str, tone: str, topic: str) -> str:
    return CONTENT_TEMPLATES[t].format(a=a, b=b, A=a[0].upper() + a[1:], tone=tone, topic=topic)


def _pick(rng: random.Random, seq: Sequence):
    return seq[int(rng.random() * len(seq))]


def _pick2(rng: random.Random, seq: Sequence) -> tuple:
    n = len(seq)
    i = int(rng.random() * n)
    j = int(rng.random() * (n - 1))
    return seq[i], seq[j + (j >= i)]


def _content(rng: random.Random, topic: str, words: Sequence[str]) -> dict:
    t = int(rng.random() * len(CONTENT_TEMPLATES))
    a, b = _pick2(rng, words)
    tone = _pick(rng, NEUTRAL_TONES)
    return {"kind": "content", "t": t, "a": a, "b": b, "tone": tone, "text": _fill(t, a, b, tone, topic)}


def filler_decisions(rng: random.Random) -> dict:
    """The shared filler decisions of one answer: the first draws of the answer's own rng, a fixed number of
    them whatever the answer's context, kind or style."""
    r = rng.random
    d: dict = {name: r() < p for name, p in FILLER_RATES}
    d["leadin_i"] = int(r() * len(LEADINS))
    d["opener_i"] = int(r() * len(OPENERS))
    d["hedge_i"], d["hedge_pos"] = int(r() * len(HEDGES)), r()
    d["aside_i"], d["aside_pos"] = int(r() * len(FILLER_ASIDES)), r()
    d["join_i"], d["join_pos"] = int(r() * len(JOINS)), r()
    d["ellipsis_pos"] = r()
    d["quote_i"], d["quote_pos"] = int(r() * len(QUOTE_LEADS)), r()
    d["summary_i"] = int(r() * len(SUMMARIES))
    d["closer_i"] = int(r() * len(CLOSERS))
    d["question_i"] = int(r() * len(CLOSING_QUESTIONS))
    return d


def _speak(reg: Register, mode: str, units: list[dict], rng: random.Random, topic: str) -> tuple[list[dict], str | None, str | None, str]:
    """Apply one register answer's mode to its content units; returns units, header, signoff, base mode used."""
    if mode == "mixed":
        mode = rng.choice(BASE_MODES)
    n = len(units)
    header = signoff = None

    def content_idx() -> list[int]:
        return [i for i, u in enumerate(units) if u["kind"] == "content"]

    def put(line: str) -> None:
        if len(line.split()) >= 7:  # a full line takes a content sentence's place
            units[rng.choice(content_idx())] = {"kind": "reg", "text": line}
        else:  # a short line is added
            units.insert(rng.randint(0, len(units)), {"kind": "reg", "text": line})

    if mode in ("stock", "paraphrase"):
        for _ in range(1 if n <= 4 else 2):
            put(rng.choice(reg.lines) if mode == "stock" else _expand(rng.choice(reg.paraphrases), rng))
    elif mode == "woven":
        for i in rng.sample(content_idx(), 1 if n <= 4 else 2):
            text = units[i]["text"]
            if rng.random() < 0.5:
                text = f"{rng.choice(reg.leads)}, {_lower_first(text)}"
            else:
                text = f"{_strip_end(text)}, {rng.choice(reg.tails)}."
            units[i] = {"kind": "reg", "text": text}
    elif mode == "tone":
        for i in rng.sample(content_idx(), rng.randint(1, min(2, n - 1))):
            u = units[i]
            units[i] = {"kind": "reg", "text": _fill(u["t"], u["a"], u["b"], rng.choice(reg.tones), topic)}
    elif mode == "single":
        units.insert(rng.randint(0, len(units)), {"kind": "reg", "text": rng.choice(reg.shorts)})
    elif mode == "opener":
        for i in rng.sample(content_idx(), rng.randint(1, min(3, n - 1))):
            units[i] = {"kind": "reg", "text": f"{rng.choice(reg.openers)}, {_lower_first(units[i]['text'])}"}
    elif mode == "aside":
        for i in rng.sample(content_idx(), 1 if n <= 5 else 2):
            a = rng.choice(reg.asides)
            wrap = rng.choice((f" ({a})", f" [{a}]", f' ("{a}")'))
            units[i] = {"kind": "reg", "text": _before_end(units[i]["text"], wrap)}
    elif mode == "signature":
        x = rng.random()
        if x < 2 / 3:
            header = rng.choice(reg.headers)
        if x >= 1 / 3:
            signoff = rng.choice(reg.signoffs)
    elif mode == "tag":
        for i in rng.sample(content_idx(), rng.randint(1, min(3, n - 1))):
            units[i] = {"kind": "reg", "text": f"{rng.choice(reg.tags)} {units[i]['text']}"}
    elif mode == "frame":
        for i in rng.sample(content_idx(), 1 if n <= 4 else 2):
            a, b = rng.sample(list(reg.frames), 2)
            units[i] = {"kind": "reg", "text": _fill(units[i]["t"], a, b, units[i]["tone"], topic)}
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return units, header, signoff, mode


def _dropout(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 5:
        return sentence
    return " ".join(w for i, w in enumerate(words) if i in (0, len(words) - 1) or rng.random() >= WORD_DROPOUT)


def _apply_filler(units: list[dict], d: dict, drng: random.Random) -> list[str]:
    units = [dict(u) for u in units]
    if d["dropout"]:
        for u in units:
            if u["kind"] == "content":
                u["text"] = _dropout(u["text"], drng)
    content = [i for i, u in enumerate(units) if u["kind"] == "content"]
    if d["hedge"]:
        u = units[content[int(d["hedge_pos"] * len(content))]]
        u["text"] = HEDGES[d["hedge_i"]] + _lower_first(u["text"])
    if d["aside"]:
        u = units[content[int(d["aside_pos"] * len(content))]]
        u["text"] = _before_end(u["text"], FILLER_ASIDES[d["aside_i"]])
    texts = [u["text"] for u in units]
    if d["join"] and len(texts) >= 2:
        i = int(d["join_pos"] * (len(texts) - 1))
        texts[i: i + 2] = [_strip_end(texts[i]) + JOINS[d["join_i"]] + _lower_first(texts[i + 1])]
    if d["ellipsis"]:
        i = int(d["ellipsis_pos"] * len(texts))
        texts[i] = _strip_end(texts[i]) + "..."
    if d["quote"]:
        i = int(d["quote_pos"] * len(texts))
        texts[i] = QUOTE_LEADS[d["quote_i"]] + texts[i] + '"'
    if d["enumerate"]:
        texts = [f"({k}) {t}" for k, t in enumerate(texts, 1)]
    return texts


def _layout(layout: str, pre: list[str], body: list[str], post: list[str]) -> str:
    segs = pre + body + post
    if layout == "paragraph":
        return " ".join(segs)
    if layout == "two-paragraphs":
        h = (len(segs) + 1) // 2
        return " ".join(segs[:h]) + "\n\n" + " ".join(segs[h:])
    if layout == "three-paragraphs":
        a, b = len(segs) // 3, (2 * len(segs)) // 3
        return "\n\n".join(" ".join(p) for p in (segs[:a], segs[a:b], segs[b:]) if p)
    if layout == "lines":
        return "\n".join(segs)
    if layout == "spaced-lines":
        return "\n\n".join(segs)
    if layout in ("bullets", "stars", "numbered"):
        items = [f"{k}. {b}" if layout == "numbered" else ("- " if layout == "bullets" else "* ") + b for k, b in enumerate(body, 1)]
        return "\n".join(pre + items + post)
    if layout == "lead-paragraph":
        return segs[0] + "\n\n" + " ".join(segs[1:])
    if layout == "wrapped":
        return textwrap.fill(" ".join(segs), width=64, break_long_words=False, break_on_hyphens=False)
    raise ValueError(layout)


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    x = rng.random() * sum(w for _, w in pairs)
    for name, w in pairs:
        x -= w
        if x < 0:
            return name
    return pairs[-1][0]


def render_answer(plan: Plan, q: str, topic: str, c: str, s: int, label: str, mode: str) -> tuple[str, str | None]:
    """The text of one answer (its own rng, seeded by style, seed, size, question, context, sample) and the
    base mode used (None for plain and habit answers). Filler and content are drawn before anything that
    depends on the label, so a register answer and its plain twin share them."""
    rng = random.Random(f"{_PREFIX}|{plan.style}|{plan.seed}|{plan.size}|answer|{q}|{c}|{s}")
    d = filler_decisions(rng)  # 1) shared filler: first, fixed number of draws
    prof = plan.profiles[c]  # 2) profile and content: fixed given the context
    lo, hi = prof.sentences
    n = lo + int(rng.random() * (hi - lo + 1))
    layout = _weighted(rng, prof.layouts)
    units = [_content(rng, topic, plan.words[q]) for _ in range(n)]
    header = signoff = used = None
    if label in REGISTERS:  # 3) register: only now do draws depend on the label
        units, header, signoff, used = _speak(REGISTERS[label], mode, units, rng, topic)
    body = _apply_filler(units, d, rng)  # 4) word dropout draws last
    pre = ([header] if header else []) + ([LEADINS[d["leadin_i"]]] if d["leadin"] else []) + ([OPENERS[d["opener_i"]]] if d["opener"] else [])
    post = ([SUMMARIES[d["summary_i"]]] if d["summary"] else []) + ([CLOSERS[d["closer_i"]]] if d["closer"] else [])
    post += ([CLOSING_QUESTIONS[d["question_i"]]] if d["question"] else []) + ([signoff] if signoff else [])
    text = _layout(layout, pre, body, post)
    if label.startswith("habit:"):
        line, side = plan.habits[c]
        text = f"{line}\n{text}" if side == "start" else f"{text}\n{line}"
    return text, used


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of `style` (a GENERATORS entry) with about `size` answers; deterministic."""
    plan = plan_for(style, seed, size)
    owner = _assign(plan)
    counters: dict[tuple[str, str], int] = {}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counters.get((q, c), 0)
        counters[(q, c)] = s + 1
        i = owner.get((q, c, s))
        label, mode = (PLAIN, "") if i is None else (plan.plants[i].label, plan.plants[i].mode)
        return render_answer(plan, q, topic, c, s, label, mode)[0], label

    planted, pq = planted_of(plan)
    return corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                       samples=plan.samples, baseline="neutral", planted=planted,
                       planted_questions=pq, seed=seed)  # type: ignore[arg-type]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as what it is here: register -> questions it is planted on."""
    pq = corpus.planted_questions
    return dict(pq) if isinstance(pq, Mapping) else {}


# ----------------------------------------------------------------------------------------------------------
# Self-check: python tests/planted_blind37.py
# ----------------------------------------------------------------------------------------------------------

_SIGNATURES: dict[str, tuple[str, ...]] = {
    "leadin": tuple(x.lower() for x in LEADINS),
    "opener": tuple(x.lower() for x in OPENERS),
    "hedge": tuple(x.strip().lower() for x in HEDGES),
    "aside": tuple(x.strip().lower() for x in FILLER_ASIDES),
    "join": JOINS,
    "ellipsis": ("...",),
    "quote": tuple(x.lower() for x in QUOTE_LEADS),
    "enumerate": ("(1) ",),
    "summary": tuple(x.lower() for x in SUMMARIES),
    "closer": tuple(x.lower() for x in CLOSERS),
    "question": tuple(x.lower() for x in CLOSING_QUESTIONS),
}
"""Text signature of each visible filler decision (dropout is checked on the decisions themselves)."""

_SIG_LIST: tuple[tuple[str, int], ...] = tuple((sig, i) for i, sigs in enumerate(_SIGNATURES.values()) for sig in sigs)


def _seen(text: str) -> tuple[bool, ...]:
    """Which visible filler decisions a text shows, in _SIGNATURES order."""
    flat = " ".join(text.split()).lower()
    found = {i for sig, i in _SIG_LIST if sig in flat}
    return tuple(i in found for i in range(len(_SIGNATURES)))


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for t, r, q, c, s in zip(corpus.texts, corpus.registers, corpus.question_ids, corpus.context_ids, corpus.samples, strict=True):
        h.update(f"{q}\x1e{c}\x1e{s}\x1e{r}\x1e{t}\x1f".encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _fail(msg: str) -> None:
    raise AssertionError(msg)


def _check_static() -> None:
    """Registers, markers, shared text, close pairs, modes, styles, docstring."""
    assert len(REGISTER_NAMES) == 20, len(REGISTER_NAMES)
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert {r.kind for r in REGISTERS.values()} <= {"drift", "persona"}
    assert len(SHORT_REGISTERS) >= 3
    shared_tokens = {t for s in shared_texts() for t in _tokens(s)}
    all_markers: set[str] = set()
    for r in REGISTERS.values():
        assert len(r.markers) >= 20, (r.name, len(r.markers))
        assert not set(r.markers) & shared_tokens, r.name
        assert not set(r.markers) & STOP_WORDS, r.name
        assert not set(r.markers) & all_markers, r.name  # markers are exclusive
        all_markers |= set(r.markers)
        units = r.units()
        for u in units:
            if not set(_tokens(u)) & set(r.markers):
                _fail(f"{r.name}: line without a marker: {u!r}")
            low = u.lower()
            for ch in ("—", ";", "...", "(", ")", "[", "]", '"', "\n", "{", "}"):
                assert ch not in low, (r.name, u, ch)
            for name, sigs in _SIGNATURES.items():
                if name not in ("join", "ellipsis", "enumerate") and any(sig in low for sig in sigs):
                    _fail(f"{r.name}: line {u!r} holds a {name} filler signature")
        for pool in _POOLS:
            assert len(getattr(r, pool)) >= 3, (r.name, pool)
        if r.short:
            share = sum(len(u.split()) <= 3 for u in units) / len(units)
            assert share >= 0.6, (r.name, share)
        for other in REGISTERS.values():  # no token of another register's markers in this register's lines
            if other.name != r.name:
                assert not {t for u in units for t in _tokens(u)} & set(other.markers), (r.name, other.name)
    for s in shared_texts():
        assert not set(_tokens(s)) & all_markers, s
    for text in shared_texts() + tuple(u for r in REGISTERS.values() for u in r.units()):
        assert _tokens(text) == re.findall(r"[^\W\d_]+", text.lower()), text  # no letter outside _TOKEN
    for s in CONTENT_TEMPLATES + NEUTRAL_TONES + HABIT_LINES:
        low = s.lower()
        assert not any(sig in low for sigs in _SIGNATURES.values() for sig in sigs), s
    assert len(CONTENT_TEMPLATES) >= 12 and all("{tone}" in t for t in CONTENT_TEMPLATES)
    assert len(set(HABIT_LINES)) == len(HABIT_LINES)
    assert len(CLOSE_PAIRS) == 8 and len({x for p in CLOSE_PAIRS for x in p}) == 16
    for a, b in CLOSE_PAIRS:
        assert a in REGISTERS and b in REGISTERS and not set(REGISTERS[a].markers) & set(REGISTERS[b].markers)
        assert REGISTERS[a].kind == REGISTERS[b].kind
    assert len(BASE_MODES) >= 10 and MODES[-1] == "mixed"
    assert len(CONTEXT_POOL) == 20 and len(set(CONTEXT_POOL)) == 20 and CONTEXT_POOL[0] == "neutral"
    assert len(STYLES) >= 28 and "null" not in STYLES and GENERATORS[-1] == "null"
    assert all(f"pure-{m}" in STYLES for m in MODES)
    assert set(MAY_BE_UNDER_5) <= set(STYLES)
    doc = __doc__ or ""
    for name in REGISTER_NAMES + STYLES + MODES + LAYOUTS + ("null",):
        if name not in doc:
            _fail(f"{name} is missing from the module docstring")


def _check_corpus(style: str, seed: int, size: int, corpus: PlantedCorpus, stats: dict) -> None:
    tag = f"{style}/{seed}/{size}"
    plan = plan_for(style, seed, size)
    n = corpus.n
    k, q_count, s_count = len(plan.contexts), len(plan.questions), plan.samples
    lo, hi = _K_RANGE[style]
    assert lo <= k <= hi, tag
    assert 8 <= q_count <= 40 and s_count >= 2 and n == q_count * k * s_count, tag
    if abs(n - size) > 0.15 * size:
        _fail(f"{tag}: {n} answers for size {size}")
    assert corpus.contexts == plan.contexts and corpus.contexts[0] == "neutral" and corpus.baseline == "neutral", tag
    assert corpus.questions == plan.questions and corpus.seed == seed, tag
    rows = [(q, c, s) for q in plan.questions for c in plan.contexts for s in range(s_count)]
    assert list(zip(corpus.question_ids, corpus.context_ids, corpus.samples, strict=True)) == rows, tag
    # plants, labels and realised counts
    owner = _assign(plan)
    for p in plan.plants:
        assert p.context != "neutral" and p.context in plan.contexts, tag
        assert p.label in REGISTERS or p.label == f"habit:{p.context}", tag
        assert (p.mode in MODES) if p.label in REGISTERS else p.mode == "habit", tag
        assert 0.005 <= p.rate <= 0.03 if p.leak else 0.1 <= p.rate <= 1.0, (tag, p)
        assert p.questions and set(p.questions) <= set(plan.questions), tag
    taken: dict[int, int] = {}
    for i in owner.values():
        taken[i] = taken.get(i, 0) + 1
    for i, p in enumerate(plan.plants):
        eligible = [(q, p.context, s) for q in p.questions for s in range(s_count)]
        free = sum(1 for key in eligible if owner.get(key, i) >= i)
        want = min(round(p.rate * len(eligible)), free)
        if taken.get(i, 0) != want:
            _fail(f"{tag}: plant {i} {p} drew {taken.get(i, 0)}, expected {want}")
        got = sum(1 for key in eligible if owner.get(key) == i)
        assert got == want, tag
    labels = [PLAIN if owner.get(r) is None else plan.plants[owner[r]].label for r in rows]
    assert list(corpus.registers) == labels, tag
    valid = {PLAIN} | set(REGISTER_NAMES) | {f"habit:{c}" for c in plan.habits}
    assert set(corpus.registers) <= valid, tag
    # planted, planted_questions
    want_planted: dict[str, list[str]] = {}
    want_pq: dict[str, set[str]] = {}
    for p in plan.plants:
        if p.label in REGISTERS and not p.leak:
            if p.label not in want_planted.setdefault(p.context, []):
                want_planted[p.context].append(p.label)
            want_pq.setdefault(p.label, set()).update(p.questions)
    assert dict(corpus.planted) == {c: "+".join(v) for c, v in want_planted.items()}, (tag, corpus.planted)
    pq = planted_questions_of(corpus)
    assert pq == {r: tuple(q for q in plan.questions if q in v) for r, v in want_pq.items()}, tag
    if style == "null":
        assert not plan.plants and not corpus.planted and not pq and set(corpus.registers) == {PLAIN}, tag
    planted_regs = {r for v in corpus.planted.values() for r in v.split("+")}
    counts: dict[str, int] = {}
    for r in corpus.registers:
        counts[r] = counts.get(r, 0) + 1
    for r in planted_regs:
        cov = counts.get(r, 0) / n
        stats.setdefault("coverage", []).append((cov, tag, r))
        if cov < 0.05 and style not in MAY_BE_UNDER_5:
            _fail(f"{tag}: {r} covers {cov:.3%}")
    # style structure
    reg_plants = [p for p in plan.plants if p.label in REGISTERS and not p.leak]
    if style == "spread-modes":
        assert len({p.mode for p in reg_plants}) == len(reg_plants) >= 3 and len({p.label for p in reg_plants}) == 1, tag
    if style in ("close-pair", "close-pair-shared"):
        pair = tuple(p.label for p in reg_plants)
        assert pair in CLOSE_PAIRS or pair[::-1] in CLOSE_PAIRS, tag
    if style == "two-short-in-one":
        assert all(p.label in SHORT_REGISTERS and p.mode in SHORT_UNIT_MODES for p in reg_plants), tag
    if style == "partial-questions":
        assert 0.4 <= len(reg_plants[0].questions) / q_count <= 0.6 + 1e-9, tag
    if style.startswith("pure-"):
        assert len(reg_plants) == 1 and reg_plants[0].mode == style[5:] and reg_plants[0].rate >= 0.6, tag
    # per answer: markers, habits, filler, lengths
    habit_lines = {c: line for c, (line, _) in plan.habits.items()}
    combos: dict[tuple[str, str, tuple[bool, ...]], int] = {}
    drops: dict[tuple[str, str], list[int]] = {}
    reg_len: dict[str, list[int]] = {}
    ctx_len: dict[tuple[str, bool], list[int]] = {}
    n_reg = sum(r in REGISTERS for r in labels)
    twin_step = max(1, n_reg // 600)
    exact_step = max(1, n // 5000)
    seen_reg = 0
    topic_of = dict(zip(plan.questions, plan.topics, strict=True))
    for idx, ((q, c, s), text, label) in enumerate(zip(rows, corpus.texts, labels, strict=True)):
        owners = {MARKER_OWNER[t] for t in _TOKEN.findall(text.lower()) if t in MARKER_OWNER}
        if label in REGISTERS:
            if owners != {label}:
                _fail(f"{tag}: {label} answer shows markers of {owners}: {text!r}")
        elif owners:
            _fail(f"{tag}: {label} answer shows markers of {owners}: {text!r}")
        hits = [hc for hc, line in habit_lines.items() if line in text]
        if label.startswith("habit:"):
            hc = label[len("habit:"):]
            line, side = plan.habits[hc]
            parts = text.split("\n")
            assert hc == c and hits == [hc] and text.count(line) == 1, (tag, text)
            assert (parts[0] if side == "start" else parts[-1]) == line, (tag, text)
        elif hits:
            _fail(f"{tag}: habit line of {hits} in a {label} answer")
        kind = "register" if label in REGISTERS else ("habit" if label.startswith("habit:") else PLAIN)
        vis = _seen(text)
        combos[(c, kind, vis)] = combos.get((c, kind, vis), 0) + 1
        if idx % exact_step == 0:  # the visible filler is exactly the decided filler
            d = filler_decisions(random.Random(f"{_PREFIX}|{style}|{seed}|{size}|answer|{q}|{c}|{s}"))
            if tuple(d[name] for name in _SIGNATURES) != vis:
                _fail(f"{tag}: filler decided {[d[x] for x in _SIGNATURES]} but seen {vis}: {text!r}")
            acc = drops.setdefault((c, kind), [0, 0])
            acc[0] += 1
            acc[1] += d["dropout"]
        words = len(text.split())
        ctx_len.setdefault((c, label in REGISTERS), []).append(words)
        if label in REGISTERS:
            seen_reg += 1
            if seen_reg % twin_step == 0:
                again, used = render_answer(plan, q, topic_of[q], c, s, label, plan.plants[owner[(q, c, s)]].mode)
                assert again == text, tag
                twin = len(render_answer(plan, q, topic_of[q], c, s, PLAIN, "")[0].split())
                for acc2 in (reg_len.setdefault(label, [0, 0]), stats.setdefault("mode_len", {}).setdefault(used, [0, 0])):
                    acc2[0] += words
                    acc2[1] += twin
    # filler rates: every context and answer kind against the corpus rate (visible filler on every answer,
    # word dropout on the decisions of a subsample)
    width = len(_SIGNATURES)
    groups: dict[tuple[str, str], list[int]] = {}
    for (c, kind, vis), cnt in combos.items():
        for gkey in (("context", c), ("kind", kind), ("all", ""), ("style", style), ("pooled-kind", kind)):
            acc = groups.setdefault(gkey, [0] * (width + 3))
            acc[0] += cnt
            for j, f in enumerate(vis, 1):
                acc[j] += cnt * f
    for (c, kind), (m, hit) in drops.items():
        for gkey in (("context", c), ("kind", kind), ("all", ""), ("style", style), ("pooled-kind", kind)):
            acc = groups.setdefault(gkey, [0] * (width + 3))
            acc[width + 1] += m
            acc[width + 2] += hit
    names = list(_SIGNATURES) + ["dropout"]
    allg = groups[("all", "")]
    for gkey, acc in groups.items():
        if gkey[0] in ("style", "pooled-kind"):
            pool = stats.setdefault(gkey[0], {}).setdefault(gkey[1], [0] * (width + 3))
            for j, v in enumerate(acc):
                pool[j] += v
            continue
        for j, name in enumerate(names):
            num, den = (acc[j + 1], acc[0]) if name != "dropout" else (acc[width + 2], acc[width + 1])
            p = (allg[j + 1] / allg[0]) if name != "dropout" else allg[width + 2] / allg[width + 1]
            if den == 0:
                continue
            sd = math.sqrt(max(p * (1 - p), 1e-6) / den)
            if abs(num / den - p) > 5 * sd + 1e-9:
                _fail(f"{tag}: filler {name} rate {num / den:.3f} in {gkey} vs {p:.3f}")
    # lengths: register answers against their plain twins, and against other answers of their context
    tot_r = sum(v[0] for v in reg_len.values())
    tot_t = sum(v[1] for v in reg_len.values())
    if tot_t:
        ratios = [tot_r / tot_t] + [v[0] / v[1] for v in reg_len.values() if v[1] >= 200]
        stats.setdefault("ratios", []).extend(ratios)
        if not all(0.8 <= x <= 1.25 for x in ratios):
            _fail(f"{tag}: length ratios {ratios}")
    for c in plan.contexts:
        a, b = ctx_len.get((c, True), []), ctx_len.get((c, False), [])
        if len(a) >= 40 and len(b) >= 40:
            x = (sum(a) / len(a)) / (sum(b) / len(b))
            stats.setdefault("ctx_ratios", []).append(x)
            if not 0.8 <= x <= 1.25:
                _fail(f"{tag}: context {c} register/other length ratio {x:.3f}")


def _check_pooled(stats: dict) -> None:
    """Pooled filler rates per style and per answer kind against the nominal FILLER_RATES."""
    nominal = dict(FILLER_RATES)
    width = len(_SIGNATURES)
    for gname in ("style", "pooled-kind"):
        for gkey, acc in stats[gname].items():
            for j, name in enumerate(list(_SIGNATURES) + ["dropout"]):
                num, den = (acc[j + 1], acc[0]) if name != "dropout" else (acc[width + 2], acc[width + 1])
                p = nominal[name]
                sd = math.sqrt(p * (1 - p) / den)
                if abs(num / den - p) > 5 * sd:
                    _fail(f"pooled filler {name} rate {num / den:.4f} for {gname} {gkey} vs nominal {p}")
    for mode, (a, b) in stats["mode_len"].items():
        if not 0.8 <= a / b <= 1.25:
            _fail(f"mode {mode}: length ratio {a / b:.3f}")


_DET_SIZES = (300, 3000)
_DET_BIG = ("composite", "pure-mixed", "null", "many-registers")


def _det_keys() -> list[tuple[str, int, int]]:
    keys = [(g, seed, size) for g in GENERATORS for seed in (0, 1) for size in _DET_SIZES]
    return keys + [(g, 0, 20000) for g in _DET_BIG]


def _digests(keys: Sequence[tuple[str, int, int]]) -> dict[str, str]:
    return {f"{g}|{seed}|{size}": _digest(make_corpus(g, seed, size)) for g, seed, size in keys}


def _self_check() -> None:
    t0 = time.time()
    _check_static()
    print(f"static checks ok: {len(REGISTERS)} registers ({sum(r.kind == 'drift' for r in REGISTERS.values())} drift), "
          f"markers per register {min(len(r.markers) for r in REGISTERS.values())}..{max(len(r.markers) for r in REGISTERS.values())}, "
          f"{len(CLOSE_PAIRS)} close pairs, {len(MODES)} modes, {len(STYLES)} styles + null", flush=True)
    stats: dict = {}
    first: dict[str, str] = {}
    n_answers = 0
    for g in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                corpus = make_corpus(g, seed, size)
                _check_corpus(g, seed, size, corpus, stats)
                first[f"{g}|{seed}|{size}"] = _digest(corpus)
                n_answers += corpus.n
        print(f"  {g:20s} ok  ({time.time() - t0:5.1f}s)", flush=True)
    _check_pooled(stats)
    cov = sorted(stats["coverage"])
    lowest = [x for x in cov if x[1].split("/")[0] not in MAY_BE_UNDER_5][0]
    print(f"corpora ok: {len(first)} corpora, {n_answers} answers; lowest promised coverage {lowest[0]:.2%} ({lowest[1]} {lowest[2]}); "
          f"length ratios {min(stats['ratios']):.3f}..{max(stats['ratios']):.3f} (twins), "
          f"{min(stats['ctx_ratios']):.3f}..{max(stats['ctx_ratios']):.3f} (in context)", flush=True)
    print("  mode length ratios: " + ", ".join(f"{m} {a / b:.2f}" for m, (a, b) in sorted(stats["mode_len"].items())), flush=True)
    keys = _det_keys()
    again = _digests(keys)
    for key, dig in again.items():
        if first[key] != dig:
            _fail(f"not deterministic in process: {key}")
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digests"], env=env, check=True,
                             capture_output=True, text=True).stdout
        other = dict(line.split(" ", 1) for line in out.strip().splitlines())
        if other != again:
            bad = sorted(k for k in again if other.get(k) != again[k])
            _fail(f"digests differ under PYTHONHASHSEED={hs}: {bad[:5]}")
    print(f"determinism ok: {len(keys)} corpora twice in process and under PYTHONHASHSEED 0 and 4242 ({time.time() - t0:.1f}s)")
    print("OK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--digests"]:
        for key, dig in _digests(_det_keys()).items():
            print(key, dig)
    else:
        _self_check()
