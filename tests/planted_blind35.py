# ruff: noqa: E501, E402
"""Blind planted corpora, set 35: registers a prompt context brings out, hidden in filler, for clusterer tests.

API (the names a benchmark imports)
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus   built with tests.planted.corpus_from, rows in
        question, context, sample order; deterministic in (style, seed, size) and independent of PYTHONHASHSEED
        (every rng is random.Random seeded with a string "planted_blind35|{style}|{seed}|{size}|plan|{attempt}",
        "...|draw|{plant index}", "...|answer|{q}|{c}|{s}|body" and "...|answer|{q}|{c}|{s}|filler"; never hash()).
    STYLES (34 names, every generator but "null"), GENERATORS = STYLES + ("null",), REGISTERS (name -> Register, a
    frozen dataclass: name, domain, kind "drift"|"persona", short, markers, and the line pools stock, para, lead,
    tail, tone, single, opener, aside, head, sign, tag, frame), REGISTER_NAMES (20), CLOSE_PAIRS (8), MODES (10 base
    modes + "mixed"), CONTEXT_POOL (20 names, [0] = "neutral"), MAY_BE_UNDER_5 = ("faint",),
    plan_for(style, seed, size) -> Plan (contexts, profiles, plants, questions, topics, samples, habits); Plan.plants
    is a list of Plant(context, label, rate, questions, mode, leak); planted_questions_of(corpus) -> dict.

Sizes. The style fixes K (contexts, "neutral" first, the rest a random sample of CONTEXT_POOL[1:]). The target
question count is qt = 8 + 32 * ln(size / 300) / ln(20000 / 300), clamped to 8..40; Q in [qt-4, qt+4] ∩ [8, 40] and
S >= 2 are the pair with Q * K * S nearest to size (ties: Q nearest qt). Any size 300..20,000 lands within 15%
(in practice within 4%). Questions and topics come from tests.planted.question_topics(Q).

Labels (corpus.registers, one per answer)
    "plain"            no register and no habit line.
    "<register>"       speaks exactly that register: its own markers occur, no other register's marker does.
    "habit:<context>"  carries its context's habit line (one short verbatim line from HABIT_LINES, on a line of its
                       own at the very start or the very end, side fixed per context) and no register.
    corpus.planted     context -> "reg" or "regA+regB" (plant order, each register once) over the non-leak register
                       plants; habits and leaks are not listed.
    corpus.planted_questions   dict register -> questions it is planted on (union over its non-leak plants, in
                       question order).
    Plants are applied in plan order: a plant draws exactly round(rate * eligible) answers (eligible = its context x its
    questions x S) at random among those still plain (at most those). Plans never oversubscribe, so every realised
    count equals round(rate * eligible). Context 0 "neutral" never holds a register, leak or habit.

Answers. A short first-person self-report about the question's topic: 3..8 content sentences (count drawn from the
context profile) from 14 shared CONTENT_TEMPLATES using three of the topic's words and a tone slot filled from
NEUTRAL_TONES. Register answers start from the same content and put the register in by mode; then untouched content
sentences are dropped (never below 3) while the answer is over its plain length by more than half a sentence, so
a register answer keeps the length of the same answer generated plain (ratio ~1.0-1.06 per mode).

Filler rule. Everything recurring that is not a register or habit line comes from ONE shared pool drawn from the
answer's own filler rng with a fixed sequence of draws, at the same rates in every context, answer kind and style
(null included): opener line 25% ("Good question." ...), hedge prefix 30% ("I think " ...), bracket/dash aside 30%
("(at least as I see it)", "— or so it seems —", "[roughly speaking]" ...), quoted saying 15%, ellipsis 20%, joining
two sentences with " — ", "; ", ", and " or "... " 35% (so layouts cut at joined sentences), summary 20%, closer 25%,
closing question 15%, word dropout 30% of answers (6% of words of content sentences; marker words are never
dropped), bullet glyph (-, *, •) and number style (1. / 1)), paragraph cut points. Contexts differ only in a
profile (content sentences per answer: one of (3,6) (4,6) (3,7) (4,7) (5,6) (3,8); terse (3,4), wordy (6,8) and
middle (4,6) in terse-wordy; layout: paragraph, two-paragraphs, three-paragraphs, lines, spaced-lines, bullets,
numbered, lead-bullets) plus their plants (and habit lines).

Registers (20; 13 drift voices a chat model drifts into, 7 invented personas). Markers are derived: tokens
([a-z]+, lower-cased) of a register's own lines (all pools, templates expanded) that occur in no other register's
lines, in no shared text (content templates, neutral tones, every topic word of tests.planted.TOPICS, filler, frames,
habit lines) and are no stop words, length >= 3. Each has >= 31 markers; every line of every pool holds one.
    commit-message       drift    coding agent loop (version control): "feat: ...", "Signed-off-by: ..."
    test-verdicts        drift    short: test harness output in an agent loop: "PASSED.", "XFAIL:"
    sql-query            drift    database tool loop: "Query returned four rows."
    spreadsheet-copilot  drift    spreadsheet product surface: "Drag the formula down the column."
    alt-text             drift    accessibility image-description surface: "Alt text: ..."
    caption-cues         drift    short: video captioning surface: "[applause]", "[inaudible]"
    ssml-markup          drift    short: text-to-speech voice surface: "<break/>", "<prosody ...>"
    pii-redaction        drift    safety layer, privacy redaction: "[REDACTED]", "Identifiers masked."
    cookie-consent       drift    web product surface, consent banner: "Accept cookies?"
    asterisk-emotes      drift    short: roleplay chat app / long conversation: "*nods*", "*shrugs*"
    hashtag-tail         drift    short: social post composer surface: "#realtalk", "#nofilter"
    calibration-tags     drift    system prompt asking for calibrated confidence: "Confidence: moderate."
    keigo-politeness     drift    Japanese locale / politeness setting: "Sumimasen, allow me to explain."
    mycologist           persona  fungi and the forest floor
    cheesemonger         persona  cheese counter and cave ageing
    calligrapher         persona  pen, ink and lettering
    letterpress-printer  persona  movable type and the press
    puppeteer            persona  marionettes and strings
    ventriloquist        persona  stage act with a dummy ("Barnaby")
    locksmith            persona  locks, pins and keys
    The five "short" registers (test-verdicts, caption-cues, ssml-markup, asterisk-emotes, hashtag-tail) have at
    least 60% of their lines one to three words long.
CLOSE_PAIRS (same tone and topic area, disjoint markers): commit-message/test-verdicts, sql-query/spreadsheet-copilot,
alt-text/caption-cues, pii-redaction/cookie-consent, hashtag-tail/asterisk-emotes, mycologist/cheesemonger,
calligrapher/letterpress-printer, puppeteer/ventriloquist.

Modes (how one register answer speaks its register)
    stock       1 stock line (2 when the answer has 5+ content sentences) inserted as sentences.
    paraphrase  the same from templates with {a|b} alternatives.
    woven       1-2 content sentences get a register lead-in ("Spore by spore, ...") or tail (", at the shear line.").
    tone        2-3 tone slots filled with register words ("with rind-washed care"); nothing else changes.
    single      one short line at the start, middle or end.
    opener      2-3 content sentences open with a register opening ("Cookie notice: ...", "Mycologically, ...").
    aside       one quoted, bracketed or dashed aside inside a content sentence.
    signature   a header line, a sign-off line, or both, outside the body.
    tag         1-3 content sentences prefixed by a one- to three-word tag ("[REDACTED]", "PASS", "Nib:").
    frame       1-2 shared sentence frames ("Call it {w}, if you like.") filled with register words.
    mixed       each answer picks one of the 10 base modes.

Styles (K = context count incl. neutral; rates are per plant; "random mode" = uniform over MODES)
    pure-<mode> (11: each base mode and mixed)  one register, one context, K 3-7, rate 0.6-1.0, all questions.
    shared-two         one register in 2 contexts, one random mode, K 4-7, rates 0.6-0.95.
    spread-modes       one register over 3-5 contexts, each context a different base mode, K 7-10, rates 0.5-0.9.
    spread-same        one register over 3-5 contexts in one mode, K 6-9, rates 0.5-0.9.
    two-modes          two registers in two contexts: one in stock/paraphrase/frame/signature, one in
                       tag/single/opener; K 4-7, rates 0.6-0.95.
    close-pair         a close pair in two contexts, same mode, K 4-7, rates 0.6-0.95.
    two-in-one         two non-close registers in one context, random modes, K 3-5, rates 0.38-0.47 each.
    two-short-in-one   two short registers in one context, each in tag, single or opener, K 3-5, rates 0.38-0.47.
    partial-questions  one register, one context, on 40-60% of the questions, K 3-4, rate 0.7-1.0.
    habit-plus         one register (K 4-7, rate 0.6-0.85) plus habit lines in 1-3 other contexts (0.3-0.8) and, half
                       the time, in the register's own context too (0.1-0.3, on its free answers).
    leak               main register, K 4-7, rate 0.6-0.95; it leaks at 1-3% into 1-2 other contexts and a second
                       register leaks at 0.5-3% into one context (leaks are not listed).
    composite          K 8-9: A alone (0.6-0.95); B shared by two contexts (0.6-0.9, one mode); C+D in one context
                       (0.4-0.47 each) and each alone in another (0.5-0.8); a habit context (0.4-0.7); A leaks
                       (1-3%) into the last context.
    unequal-rates      three registers in three contexts at 0.85-1.0, 0.5-0.65 and 0.3-0.4, K 4-5.
    triple             three non-close registers in one context, 0.28-0.31 each, K 3-5.
    terse-wordy        K 5-7: neutral (4,6) sentences, the others terse (3,4) or wordy (6,8) (>= 2 of each); one
                       register in a terse context in tag/single/opener/tone/aside, another in a wordy context in
                       stock/paraphrase/frame/signature/woven; rates 0.6-0.95.
    rate-gradient      one register over 5-6 contexts, one mode, rates falling linearly from 0.85-0.95 to 0.1-0.2,
                       K 7-9.
    split-questions    two non-close registers in one context on complementary halves of the questions, 0.7-0.95,
                       K 3-5.
    close-pair-shared  a close pair in one context, 0.38-0.47 each, K 3-5.
    many-registers     6-8 registers, one context each, random modes, 0.6-0.95, K = n+1..min(10, n+2).
    faint              one register, one context, rate 0.12-0.3, K 6-9 (MAY BE UNDER 5%).
    session-drift      (own) one register in one context whose rate rises with the question index, like a long
                       conversation drifting: first third 0.15-0.25, middle 0.45-0.6, last third 0.85-1.0; K 3-6.
    topic-triggered    (own) one register in EVERY non-neutral context but only on the same 30-45% of questions
                       (a safety layer or tool that certain topics trigger), 0.6-0.9 each, K 4-8.
    layout-twins       (own) one register in a context whose unusual layout (bullets, numbered, spaced-lines or
                       lead-bullets) and sentence range an unplanted twin context shares; other contexts use other
                       layouts; rate 0.6-0.95, K 4-7.
    persona-bleed      (own) one register strong in one context (0.7-0.95) and bleeding into a second at 0.15-0.3,
                       same mode, K 4-7.
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain".
    Every planted register covers >= 5% of the answers at every size except in MAY_BE_UNDER_5 styles (plan_for
    redraws a plan, with a new "plan|{attempt}" rng, until it does).

Self-check: `python tests/planted_blind35.py` (about 3 minutes) checks marker derivation and coverage (every line
holds an own marker, >= 20 per register, disjoint, absent from shared text and stop words; close pairs; >= 3 short
registers), then for every generator x seeds 0,1 x sizes 300, 3000, 20000: size within 15%, valid labels, realised
counts equal round(rate * eligible), labels only where planned, planted and planted_questions as planned, coverage,
marker hygiene of plain / habit / register answers, habit lines exactly where labelled, null all plain, length ratios
(each register's answers against the same answers generated plain, and, with >= 50 answers, against the
non-register answers of the same context or profile; both within 0.8-1.25), filler rates equal across contexts and
answer kinds (text-detected for openers, hedges, asides, quotes, summaries, closers, questions; decisions for joins,
ellipses, dropout; within 5 binomial sd) and across styles, determinism (twice in process; and digests under
PYTHONHASHSEED 0 and 4242). It prints "OK" at the end.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import hashlib
import itertools
import math
import random
import re
from dataclasses import dataclass, field

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics

PLAIN = "plain"
_TAG = "planted_blind35"
_TOKEN = re.compile(r"[a-z]+")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _expansions(template: str) -> list[str]:
    """Every expansion of a template with {a|b} alternatives."""
    parts = _ALT.split(template)
    # split gives literal, group, literal, group, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _lc(text: str) -> str:
    """Lower-case the first word when it is a plain capitalised word (not 'I', not an acronym or a tag)."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and word[0].isupper() and word[1:].replace(",", "").replace(".", "").islower() and word[1].isalpha():
        return text[0].lower() + text[1:]
    return text


# --------------------------------------------------------------------------------------------------
# Shared text: content templates, neutral tone words, filler pool, frames, habit lines
# --------------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I consider {a}, it draws {tone} attention from me in any talk of {topic}.",
    "{A} and {b} carry {tone} weight whenever {topic} comes up.",
    "My view of {topic} turns on {a}, which holds {tone} interest for me.",
    "Questions about {topic} often hinge on {a}, a point of {tone} importance.",
    "I would weigh {a} against {b} with {tone} care before saying much about {topic}.",
    "Reflecting on {a} gives me {tone} clarity about {topic}.",
    "Some people link {topic} with {a}, others with {b}, and both deserve {tone} thought.",
    "{A} is the part of {topic} I find hardest to describe with {tone} precision.",
    "If {a} changed, my sense of {b} would shift in {tone} ways.",
    "There are many angles on {topic}, from {a} to {b}, each with {tone} merit.",
    "The example of {a} shows, in {tone} detail, how {b} bears on {topic}.",
    "In everyday terms, {topic} is about {a} and {b}, and that has {tone} appeal to me.",
    "I keep returning to {a} with {tone} curiosity when {topic} is raised.",
    "Talking about {topic} brings {a} into {tone} focus for me.",
)
NEUTRAL_TONES: tuple[str, ...] = ("close", "steady", "real", "fair", "genuine", "serious", "lasting", "plain", "modest", "careful")

# The ONE shared filler pool (every context, answer kind and style, null included, at the same rates).
FILLER_OPENERS: tuple[str, ...] = ("Good question.", "Let me think.", "Right, so.", "Sure.")
FILLER_HEDGES: tuple[str, ...] = ("I think ", "Perhaps ", "In a way, ")
FILLER_ASIDES: tuple[str, ...] = ("(at least as I see it)", "(if that makes sense)", "— or so it seems —", "[roughly speaking]")
FILLER_QUOTES: tuple[str, ...] = ('As the saying goes, "one step at a time."', 'Someone once told me, "it depends."', 'People say "it is complicated," and they are right.')
FILLER_JOINS: tuple[str, ...] = (" — ", "; ", ", and ", "... ")
FILLER_SUMMARIES: tuple[str, ...] = ("In short, that is where I land.", "So, to sum up: it is complicated.", "That is the gist of it.")
FILLER_CLOSERS: tuple[str, ...] = ("Hope that helps.", "Happy to say more.", "That's all for now.")
FILLER_QUESTIONS: tuple[str, ...] = ("Does that answer your question?", "What do you think?", "Want me to go deeper?")
BULLET_GLYPHS: tuple[str, ...] = ("-", "*", "•")
NUMBER_SEPS: tuple[str, ...] = (".", ")")
FILLER_RATES: dict[str, float] = {
    "opener": 0.25, "hedge": 0.3, "aside": 0.3, "quote": 0.15, "ellipsis": 0.2, "join": 0.35,
    "summary": 0.2, "closer": 0.25, "question": 0.15, "dropout": 0.3,
}
DROPOUT_RATE = 0.06
# text-detectable filler features -> the strings that betray them (searched lower-cased)
FILLER_DETECT: dict[str, tuple[str, ...]] = {
    "opener": FILLER_OPENERS, "hedge": tuple(h.strip() + " " for h in FILLER_HEDGES), "aside": FILLER_ASIDES,
    "quote": FILLER_QUOTES, "summary": FILLER_SUMMARIES, "closer": FILLER_CLOSERS, "question": FILLER_QUESTIONS,
}

# Shared frames (frame mode) filled with a register's frame words.
FRAMES: tuple[str, ...] = (
    "Call it {w}, if you like.",
    "There is {w} somewhere in how I see it.",
    "If I had to name it, I would say {w}.",
    "Think of it as {w}, more or less.",
    "It comes back to {w} for me.",
)

# Habit lines: one short verbatim line per habit context (start or end, side fixed per context).
HABIT_LINES: tuple[str, ...] = (
    "Short version first.", "Answering directly.", "(Draft reply.)", "Reply follows.", "That is my answer for now.",
    "Quick answer:", "— end of reply —", "Answer below.", "For what it is worth:", "Plainly put:", "Off the cuff:",
    "Noting this down quickly.",
)

STOP_WORDS: frozenset[str] = frozenset("""
a about above after again against all am an and any are as at be because been before being below between both but by
can cannot could did do does doing down during each few for from further had has have having he her here hers herself
him himself his how i if in into is it its itself just let me more most my myself no nor not now of off on once only or
other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves one two three four ten new also get got may might must shall us yes via per
""".split())

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "voice-app", "coding-agent", "support-widget", "long-thread", "safety-review",
    "locale-ja", "data-notebook", "social-composer", "captioning-tool", "roleplay-app", "research-eval", "kids-mode",
    "enterprise-admin", "email-plugin", "search-sidebar", "tutoring-app", "memory-on", "batch-api",
)

# --------------------------------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------------------------------

_POOLS = ("stock", "para", "lead", "tail", "tone", "single", "opener", "aside", "head", "sign", "tag", "frame")


@dataclass(frozen=True)
class Register:
    """A register: its name, domain, kind ("drift" or "persona"), derived markers and line pools."""

    name: str
    domain: str
    kind: str
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
    head: tuple[str, ...]
    sign: tuple[str, ...]
    tag: tuple[str, ...]
    frame: tuple[str, ...]

    def lines(self) -> tuple[str, ...]:
        """Every line of every pool, templates expanded."""
        out: list[str] = []
        for pool in _POOLS:
            for item in getattr(self, pool):
                out.extend(_expansions(item))
        return tuple(out)


# name -> (domain, kind, short, {pool: " / "-separated items})
_RAW: dict[str, tuple[str, str, bool, dict[str, str]]] = {
    "commit-message": ("coding agent loop (version control)", "drift", False, dict(
        stock="feat: add a first draft of this answer. / fix: correct an earlier overstatement in my reply. / chore: tidy the wording before merging. / refactor: restructure the argument without changing behaviour. / docs: clarify what I meant above. / Squash and merge once the reviewers sign off.",
        para="{feat|fix|chore}: {update|revise} the {reasoning|wording} in this {patch|changeset}. / {Squash|Rebase} these {commits|hunks} before {merging|shipping}. / {Bump|Update} the {changelog|semver} after this {patch|commit}. / {Staged|Amended} {hunks|diffs}: a couple of lines touched.",
        lead="Per the commit log, / On this branch, / Before the rebase, / Diff-wise,",
        tail="as noted in the commit body / pending a rebase onto main / in a follow-up commit / per the diff",
        tone="atomic / squashable / rebased / cherry-picked / unmerged / amended",
        single="feat: answer. / wip. / nit: wording. / LGTM.",
        opener="Commit note: / Branch note: / In this changeset, / Per this diff,",
        aside="see commit history / rebased twice / amended / squashed later",
        head="commit: answer draft / branch: reply-wip / Subject: feat(answer)",
        sign="Signed-off-by: assistant / Co-authored-by: the model / Refs: answer-branch",
        tag="feat: / fix: / chore: / wip: / nit:",
        frame="a clean commit / a small refactor / a squashed diff / a hotfix / a merge")),
    "test-verdicts": ("test harness output in an agent loop", "drift", True, dict(
        stock="PASSED. / FAILED, one assertion. / Skipped: fixture missing. / xfail, as expected. / All green. / Flaky; rerun.",
        para="{PASSED|PASS}. / {FAILED|FAIL} at {setup|teardown}. / {Skipped|Deselected}. / {Rerun|Rerunning}: {flaky|intermittent}.",
        lead="Assertion holds: / Test passes: / Per the fixture, / Under pytest,",
        tail="and the assertion holds / with zero failures / per the test fixture / then teardown",
        tone="passing / failing / flaky / skipped / xfailed / asserted",
        single="PASSED. / FAILED. / SKIPPED. / XPASS.",
        opener="PASS: / FAIL: / SKIP: / XFAIL:",
        aside="test passed / assertion ok / flaky run / fixture reset",
        head="Test run: collected / pytest session starts / Suite: answers",
        sign="All tests passed. / Teardown complete. / Exit status: pass.",
        tag="PASS / FAIL / SKIP / XFAIL / XPASS",
        frame="a passing test / a green build / an xfail / a flaky test / an assertion")),
    "sql-query": ("database tool loop", "drift", False, dict(
        stock="SELECT answer FROM musings WHERE topic matches. / Query returned four rows. / JOIN on the relevant tables before answering. / The index on this field speeds things up. / Rows grouped by theme, ordered by weight. / Transaction complete; no rollback needed.",
        para="{SELECT|Querying} the {rows|records} on this {table|view}. / {JOIN|Joining} {tables|schemas} on the primary index. / {GROUP BY|Grouping by} theme, {ORDER BY|ordering by} relevance. / {Query|Result set} returned {a few|several} {rows|tuples}.",
        lead="Querying the table, / Per the schema, / With the join in place, / After the WHERE clause,",
        tail="per the result set / grouped by row / as the query plan shows / joined on the primary index",
        tone="indexed / normalized / queryable / tabular / relational / joined",
        single="Query OK. / Rows returned. / Empty result set. / Schema loaded.",
        opener="Per the query, / In the result set, / From the table, / Row by row,",
        aside="per the schema / null-safe / indexed seek / see query plan",
        head="Query: SELECT reply / Schema: answers / Database: reflections",
        sign="Rows affected: several. / Query complete. / Connection closed.",
        tag="SELECT / JOIN / WHERE clause / GROUP BY / NULL",
        frame="a join / a query / an index / a result set / a schema")),
    "spreadsheet-copilot": ("spreadsheet product surface", "drift", False, dict(
        stock="I've put this in cell B2 for you. / A pivot would summarise it nicely. / Try a VLOOKUP across the tabs. / Conditional formatting highlights the outliers. / Freeze the top pane so headers stay visible. / Drag the formula down the column.",
        para="{Add|Insert} a {column|helper column} for this. / {Sort|Filter} the {sheet|range} by {value|date}. / A {pivot|pivot chart} {summarises|rolls up} the {tab|workbook}. / {Autofill|Drag} the {formula|function} {down|across}.",
        lead="In the workbook, / On this tab, / Cell by cell, / With a pivot,",
        tail="in column C / across the worksheet / with conditional formatting / in the pivot chart",
        tone="pivoted / autofilled / cell-level / tabbed / formula-driven / freeze-paned",
        single="=SUMIF it. / Pivot it. / Autofill done. / Cell updated.",
        opener="In cell A1, / On the sheet, / Per the pivot, / Column-wise,",
        aside="see column C / pivot chart / cell B2 / new tab",
        head="Sheet: Reflections / Workbook: Answers / Tab: Notes",
        sign="Saved to the workbook. / Autosave on. / Shared with sheet editors.",
        tag="=SUMIF / Cell A1 / Pivot / Tab 2 / Col C",
        frame="a pivot chart / a formula / a workbook / a spreadsheet cell / a lookup")),
    "alt-text": ("accessibility image-description surface", "drift", False, dict(
        stock="Picture description: a figure pondering the question. / Alt text: a soft-focus photo of a desk lamp. / [Picture: diagram with two arrows] / Described for screen readers: an empty page. / Visual: a sketch of two intersecting circles. / Photo shows a window at dusk.",
        para="{Picture|Drawing} description: a {photo|drawing} of a {lamp|doorway}. / Alt text: {a|one} {blurred|grainy} {photograph|snapshot}. / {Visual|Graphic}: {arrows|circles} on a {grid|canvas}. / {Shown|Pictured}: a {figure|silhouette} by a {window|staircase}.",
        lead="Pictured here, / In the picture, / Described visually, / For screen readers,",
        tail="as the picture shows / described for screen readers / in the pictured scene / per the alt text",
        tone="pictured / photographed / depicted / sketched / illustrated / silhouetted",
        single="[Picture] / Alt: lamp. / Pictured: desk. / Photo: dusk.",
        opener="Picture shows: / Alt text: / Pictured: / Visually,",
        aside="picture described / alt text follows / photo omitted / visual only",
        head="Picture description follows. / Alt text enabled. / Described image:",
        sign="End of picture description. / Alt text ends. / Photo credit: none.",
        tag="[Illustration] / [Photo] / [Figure] / Alt: / [Diagram]",
        frame="a photograph / an illustration / a silhouette / a diagram / alt text")),
    "caption-cues": ("video captioning surface", "drift", True, dict(
        stock="[applause] / [upbeat music] / [laughter] / [inaudible] / [crowd murmurs] / [door creaks]",
        para="[{applause|cheering}] / [{laughter|chuckles}] / [{static|hiss}] / [{exhales|coughs}]",
        lead="[music swells] / [applause] / [murmuring] / [beep]",
        tail="[laughter] / [applause] / [chuckles] / [static]",
        tone="muffled / inaudible / off-mic / subtitled / overlapping / crackling",
        single="[applause] / [chuckles] / [cheering] / [static]",
        opener="[beep] / [whispering] / [humming] / [footsteps]",
        aside="[inaudible] / [crosstalk] / [chuckling] / [off-mic]",
        head="[CAPTIONS ON] / [Subtitles: English] / [Captioning begins]",
        sign="[captions end] / [music fades out] / [end of subtitles]",
        tag="[laughter] / [applause] / [cheers] / [murmurs] / [beep]",
        frame="applause / a murmur / crosstalk / background hiss / a laugh track")),
    "ssml-markup": ("text-to-speech voice surface", "drift", True, dict(
        stock='<break strength="medium"/> / <emphasis level="strong">This matters.</emphasis> / <prosody rate="slow">Let me say this gently.</prosody> / <say-as interpret-as="characters">AI</say-as> / <phoneme alphabet="ipa">hello</phoneme> / <audio src="chime"/>',
        para='<{break|pause} strength="{weak|medium}"/> / <emphasis level="{strong|moderate}">{Yes|Indeed}.</emphasis> / <prosody {rate|pitch}="{slow|low}">{Softly|Slowly} now.</prosody> / <{speak|voice} name="{narrator|reader}">',
        lead='<prosody rate="slow"> / <emphasis> / <voice name="calm"> / <break/>',
        tail='<break/> / </prosody> / </emphasis> / <mark name="end"/>',
        tone="<emphasis>steady</emphasis> / <emphasis>close</emphasis> / <prosody>slow</prosody> / <prosody>soft</prosody> / <emphasis>real</emphasis> / <prosody>low</prosody>",
        single='<break/> / <break time="1s"/> / <pause/> / <audio src="chime"/>',
        opener='<prosody pitch="low"> / <speak> / <prosody rate="fast"> / <break strength="weak"/>',
        aside='<break/> / <mark name="aside"/> / <prosody volume="soft"> / <sub alias="aside">',
        head='<speak version="1.1"> / <?xml version="1.0"?> / <speak>',
        sign='</speak> / <mark name="done"/></speak> / <break time="2s"/></speak>',
        tag="<break/> / <pause/> / <emphasis/> / <mark/> / <sub/>",
        frame="<emphasis> / a prosody shift / an SSML break / a phoneme / a speak tag")),
    "pii-redaction": ("safety layer: privacy redaction", "drift", False, dict(
        stock="[REDACTED] asked about this before. / Personal details have been redacted from this reply. / Identifying information removed per filter rules. / [NAME REMOVED] and [EMAIL REMOVED] are withheld. / Some details are masked to protect anonymity. / Location data scrubbed.",
        para="[{REDACTED|WITHHELD}] / {Personal|Identifying} {details|information} {redacted|masked}. / [{NAME|PHONE|ADDRESS} {REMOVED|MASKED}] / {Anonymized|Pseudonymized} for {safety|confidentiality}.",
        lead="[REDACTED], / With names masked, / Details withheld, / Anonymized,",
        tail="[details redacted] / with identifiers masked / per the redaction filter / [name withheld]",
        tone="redacted / masked / anonymized / scrubbed / withheld / pseudonymous",
        single="[REDACTED] / [WITHHELD] / [MASKED] / [PII REMOVED]",
        opener="[REDACTED]: / Masked: / Withheld: / Scrubbed:",
        aside="[REDACTED] / name masked / identifier removed / PII scrubbed",
        head="Redaction filter: active / PII scan: complete / Privacy mask applied",
        sign="Redactions: 2. / Identifiers masked. / PII scan clean.",
        tag="[REDACTED] / [MASKED] / [PII] / [WITHHELD] / [ANON]",
        frame="a redaction / masked identifiers / a scrubbed record / anonymity / a withheld name")),
    "cookie-consent": ("web product surface: consent banner", "drift", False, dict(
        stock="By continuing, you accept the use of cookies. / Manage your consent preferences at any time. / Essential cookies only are enabled for this answer. / You can opt out of analytics tracking below. / Accept all, reject all, or customise. / This site uses cookies to improve your browsing.",
        para="{Accept|Allow} all {cookies|trackers}? / {Manage|Review} your {consent|cookie} {preferences|settings}. / {Essential|Functional} cookies {only|enabled}. / {Opt out of|Unsubscribe from} {tracking|analytics} {below|here}.",
        lead="By continuing, / With cookies enabled, / Per your consent settings, / Once you accept,",
        tail="if you accept cookies / per your consent settings / under our cookie banner / with tracking disabled",
        tone="consented / opt-in / cookie-enabled / trackable / consent-based / banner-approved",
        single="Accept cookies? / Cookies: on. / Cookie choices saved. / Opt out?",
        opener="Cookie notice: / GDPR notice: / By accepting, / Opt-in:",
        aside="cookies accepted / see consent banner / tracking off / manage preferences",
        head="This site uses cookies. / Cookie banner: displayed / Consent required",
        sign="Accept all or reject all. / Manage cookie preferences. / Consent recorded.",
        tag="[Accept] / [Reject all] / Cookies: / GDPR: / [Customise]",
        frame="a cookie banner / a GDPR prompt / an opt-in / tracking pixels / a cookie wall")),
    "asterisk-emotes": ("roleplay chat app, long conversation", "drift", True, dict(
        stock="*nods slowly* / *sighs* / *tilts head* / *smiles warmly* / *leans back* / *shrugs*",
        para="*{nods|grins}* / *{shrugs|winks}* / *{tilts head|raises an eyebrow}* / *{fidgets|blushes}*",
        lead="*nods* / *leans in* / *grins* / *shrugs*",
        tail="*smiles* / *winks* / *shrugs* / *nods*",
        tone="*blushing* / *grinning* / *beaming* / *wistful* / *giggling* / *smirking*",
        single="*nods* / *grins* / *shrugs* / *winks*",
        opener="*nods* / *leans forward* / *taps chin* / *grins*",
        aside="*shrugs* / *winks* / *giggles softly* / *blinks*",
        head="*waves* / *settles in* / *clears throat*",
        sign="*waves goodbye* / *salutes* / *yawns*",
        tag="*nods* / *grins* / *shrugs* / *winks* / *beams*",
        frame="a shrug / a wink / a grin / a nod / a sheepish smile")),
    "hashtag-tail": ("social post composer surface", "drift", True, dict(
        stock="#reflection #AI / #deepthoughts / #selfcare #mindset / #nofilter / #thoughtoftheday / #mondaymotivation",
        para="#{deepthoughts|bigquestions} / #{mindset|growthmindset} / #{AIlife|botlife} / #{realtalk|truthbomb}",
        lead="#realtalk / #thread / #unpopularopinion / #storytime",
        tail="#blessed / #relatable / #nofilter / #vibes",
        tone="#relatable / #iconic / #aesthetic / #wholesome / #viral / #trending",
        single="#vibes / #squadgoals / #iconic / #blessed",
        opener="#thread: / #storytime: / #hottake: / #PSA:",
        aside="#relatable / #justsaying / #lol / #facepalm",
        head="Thread incoming #thread / New post #storytime / Drafted for the feed #draft",
        sign="#fyp #foryou / #followforfollow / #linkinbio",
        tag="#AIlife / #thoughts / #tbt / #squadgoals / #mindset",
        frame="#relatable content / a hashtag / #trending material / a viral post / #content")),
    "calibration-tags": ("system prompt asking for calibrated confidence", "drift", False, dict(
        stock="Confidence: moderate. / Probability I am right: roughly seventy percent. / Calibration note: low certainty on this point. / Confidence interval: wide. / Likelihood estimate: better than even. / Epistemic status: tentative but considered.",
        para="Confidence: {low|moderate|high}. / {Probability|Likelihood} estimate: {sixty|seventy|eighty} percent. / {Epistemic status|Calibration note}: {tentative|speculative}. / {Error bars|Uncertainty bands} are {wide|narrow} here.",
        lead="At seventy percent confidence, / Calibrated estimate: / With wide error bars, / Probabilistically,",
        tail="at moderate confidence / with wide error bars / probability about sixty percent / epistemic status tentative",
        tone="well-calibrated / probabilistic / low-confidence / high-confidence / bayesian / calibrated",
        single="Confidence: low. / Confidence: high. / Odds: even. / Calibrated: yes.",
        opener="Odds-wise, / Calibrated guess: / High confidence: / Low confidence:",
        aside="confidence: moderate / calibrated / probability ~0.6 / epistemic status: unsure",
        head="Epistemic status: exploratory / Calibration mode on / Confidence report:",
        sign="Overall confidence: moderate. / Brier check later. / Calibration: noted.",
        tag="[conf: high] / [conf: low] / [likelihood] / [calibrated] / [odds]",
        frame="a calibrated guess / a confidence estimate / a probability / a credible interval / a bayesian prior")),
    "keigo-politeness": ("Japanese locale / politeness setting", "drift", False, dict(
        stock="Yoroshiku onegaishimasu. / Osoreirimasu ga, I will answer humbly. / Sumimasen, allow me to explain. / Arigatou gozaimasu for asking. / With humble respect, kashikomarimashita. / Otsukaresama desu.",
        para="{Sumimasen|Shitsurei shimasu}, {allow|permit} me to {explain|answer}. / {Arigatou|Domo arigatou} gozaimasu. / I {humbly|respectfully} {offer|present} this, {desu|de gozaimasu}. / {Yoroshiku|Douzo yoroshiku} onegaishimasu.",
        lead="Osoreirimasu ga, / Sumimasen, / Humbly speaking, / Shitsurei desu ga,",
        tail="desu ne / de gozaimasu / humbly offered / yoroshiku",
        tone="humble / honorific / deferential / keigo-polite / reverent / bowing",
        single="Hai. / Sumimasen. / Arigatou. / Yoroshiku.",
        opener="Hai, / Ano, / Eto, / Sate,",
        aside="desu ne / sumimasen / humbly / shitsurei",
        head="Haikei, / Ojigi to you first. / Konnichiwa, respected user.",
        sign="Keigu. / Yoroshiku onegaishimasu. / Douzo yoroshiku.",
        tag="Hai. / Ano, / Eto, / Sate, / Hai!",
        frame="keigo / an honorific / a humble bow / teineigo / sonkeigo")),
    "mycologist": ("fungi and the forest floor", "persona", False, dict(
        stock="The mycelium runs beneath all of this, threading spores through the loam. / Like a chanterelle after rain, the thought fruits slowly. / I would take a spore print before deciding. / Underground hyphae connect more than you would guess. / Mushrooms fruit when conditions allow, never sooner. / Check the gills and the stipe before you trust it.",
        para="{Spores|Hyphae} {spread|wander} through the {loam|leaf litter}. / A {chanterelle|morel} {fruits|emerges} after {rain|damp nights}. / {Take|Make} a spore print {first|before foraging}. / The {mycelium|mycelial mat} {knits|threads} it all together.",
        lead="Down in the leaf litter, / Spore by spore, / Like mycelium, / Foraging here,",
        tail="as the mycelium would / like spores on the wind / the way a morel fruits / mycologically speaking",
        tone="mycelial / spore-laden / loamy / fungal / mossy / damp-gilled",
        single="Spores first. / Mycelium knows. / Morels later. / Forage gently.",
        opener="Spore-wise, / Mycologically, / On the forest floor, / Among the hyphae,",
        aside="spores permitting / like a morel / mycelium again / gills up",
        head="Field notes, fungi: / Foray log: / From the mushroom bench:",
        sign="Happy foraging. / Spore prints to follow. / Mind the death caps.",
        tag="Spores: / Hyphae: / Morel: / Fungi note: / Mycelium:",
        frame="a mycelial strand / a spore print / a chanterelle / hyphae / a fruiting body")),
    "cheesemonger": ("cheese counter and cave ageing", "persona", False, dict(
        stock="Let it ripen in the cave a little longer. / A washed rind brings out the funk in this. / This one is nutty, like a long-aged gouda. / Cut it from the wheel, never pre-sliced. / The curds need time before they become anything. / Pair it with something sharp, say a cheddar.",
        para="{Ripen|Age} it in the {cave|cellar} a {while|season} longer. / A {washed|bloomy} rind {suits|fits} this. / {Cut|Slice} it {from the wheel|off the block}, {fresh|to order}. / {Curds|Whey} {first|before anything}, then {brining|salting}.",
        lead="From the cheese cave, / Rind-side up, / Once the curds set, / Wheel by wheel,",
        tail="like a well-aged gouda / rind and all / as any good affineur would / fresh off the wheel",
        tone="creamy / nutty / cave-aged / rind-washed / crumbly / tangy",
        single="Rind on. / Curds first. / Cut to order. / Say cheese.",
        opener="Cheese-wise, / At the counter, / Rind first, / From the wheel,",
        aside="rind included / like a brie / cave-aged / curds and whey",
        head="From the cheese counter: / Today's cheeseboard: / Affinage notes:",
        sign="Enjoy with crackers. / Wrapped in wax paper. / Keep it cellared.",
        tag="Rind: / Curd: / Wheel: / Brie: / Gouda:",
        frame="a cheese board / a washed rind / a ripening wheel / a curd / an affineur")),
    "calligrapher": ("pen, ink and lettering", "persona", False, dict(
        stock="Each stroke wants a steady nib and patient ink. / Downstrokes heavy, upstrokes hairline; that is the rhythm. / I would rule guidelines before the first letterform. / Blot the ink and let the flourish dry. / A broad-edge pen forgives nothing. / The serif of a thought matters as much as its stem.",
        para="{Dip|Load} the {nib|quill} {lightly|gently}. / {Downstrokes|Thick strokes} {heavy|swelling}, {upstrokes|hairlines} {light|thin}. / {Rule|Pencil} the {guidelines|baseline} {first|before inking}. / Let the {flourish|ligature} {dry|settle} on the {vellum|parchment}.",
        lead="Nib to vellum, / Stroke by stroke, / With a broad-edge pen, / Inking slowly,",
        tail="with a steady nib / in iron gall ink / stroke by careful stroke / like a flourish on vellum",
        tone="inked / flourished / hairline / broad-nibbed / copperplate / gilded",
        single="Dip the nib. / Blot. / Ink dries. / Mind the flourish.",
        opener="Nib-wise, / On the vellum, / With the quill, / In copperplate,",
        aside="ink still wet / nib squeaking / a small flourish / iron gall",
        head="From the lettering desk: / Scriptorium notes: / Nib and ink:",
        sign="Inked with care. / Sealed in wax, figuratively. / Flourish.",
        tag="Nib: / Ink: / Stroke: / Quill: / Flourish:",
        frame="a flourish / a downstroke / a broad nib / a ligature / copperplate")),
    "letterpress-printer": ("movable type and the press", "persona", False, dict(
        stock="Tighten the forme before the press runs. / Set it in ten-point type, leaded generously. / The platen bites the stock and leaves a deep impression. / Roll the rollers evenly or the proof comes out patchy. / Kerning by hand takes an afternoon. / Pull a proof, then correct the galley.",
        para="{Set|Compose} it in {Caslon|Bodoni} type. / {Roll|Charge} the {rollers|platen} {evenly|thinly}. / {Pull|Print} a {proof|test print} from the {galley|chase}. / {Wedge|Tighten} the {forme|chase} with {quoins|furniture}.",
        lead="From the composing stick, / Once the forme is wedged, / Pressing firmly, / Proof in hand,",
        tail="set in movable type / pulled from the press / with a deep impression / leaded and wedged up",
        tone="letterpressed / debossed / typeset / leaded / proofed / kerned",
        single="Pull a proof. / Wedge the quoins. / Stop the press. / Proof pulled.",
        opener="Typeset: / On the press, / From the galley, / In movable type,",
        aside="set in Caslon / proof pending / mind the kerning / slug of lead",
        head="From the print shop: / Galley proof: / Press room notes:",
        sign="Printed by hand. / Distribute the type after. / Colophon: hand-set.",
        tag="Proof: / Galley: / Press: / Slug: / Kern:",
        frame="a galley proof / movable type / a deep impression / a wedged forme / a composing stick")),
    "puppeteer": ("marionettes and strings", "persona", False, dict(
        stock="Let me tug the strings on this one. / The marionette bows, and so do I. / Behind the little curtain, the answer takes a step. / A puppet only moves as far as its strings allow. / Hand in the sock, voice pitched high, here we go. / The crossbar tilts and the marionette dances.",
        para="{Tug|Pull} the {strings|control bar} {gently|slowly}. / The {marionette|puppet} {bows|curtsies}. / {Behind|Beneath} the {puppet stage|little curtain}, we wait. / The {crossbar|control bar} {tilts|dips} and the {marionette|puppet} {dances|steps}.",
        lead="Tugging the strings, / From behind the puppet stage, / With the marionette poised, / Crossbar in hand,",
        tail="as the marionette bows / strings and all / from behind the puppet stage / with a tug of the crossbar",
        tone="marionette-like / string-pulled / puppet-sized / felt-stuffed / wooden-jointed / hand-operated",
        single="Strings up. / Curtain! / Puppet bows. / Tug.",
        opener="String-wise, / On the puppet stage, / Marionette first, / With a tug,",
        aside="strings tangling / puppet nodding / the marionette agrees / tug tug",
        head="Puppet show begins: / Curtain up on the puppet stage: / Presenting, on strings:",
        sign="The puppet takes a bow. / Strings down. / Curtain falls on the puppets.",
        tag="Tug: / Marionette: / Puppet: / Strings: / Crossbar:",
        frame="a marionette / a tug on the strings / a puppet show / a crossbar / a sock puppet")),
    "ventriloquist": ("stage act with a dummy", "persona", False, dict(
        stock="Says my dummy, and I do not even move my lips. / Gottle of geer, as the old joke goes. / My wooden friend Barnaby has opinions about this. / I throw my voice to the back stalls. / Barnaby interrupts, as usual. / Lips still, voice elsewhere.",
        para="{Barnaby|My dummy} {insists|chimes in} that {this|it} is {obvious|simple}. / {Without moving my lips|Lips perfectly still}, I {answer|reply}. / I {throw|project} my voice to the {back stalls|balcony}. / {Gottle of geer|Bottle of beer}, {ahem|pardon us}.",
        lead="Lips still, / Says Barnaby, / Throwing my voice, / Dummy on my knee,",
        tail="says Barnaby / without moving my lips / as my dummy insists / voice thrown to the balcony",
        tone="lip-still / dummy-voiced / wisecracking / knee-perched / voice-thrown / Barnaby-approved",
        single="Gottle of geer. / Barnaby agrees. / Lips still. / Ventriloquism!",
        opener="Barnaby says, / Dummy-wise, / Lips sealed, / From my knee,",
        aside="Barnaby whispers / lips not moving / dummy agrees / gottle of geer",
        head="Barnaby and I present: / Ventriloquist act, scene one: / On my knee, Barnaby:",
        sign="Barnaby bids the crowd farewell. / Goodnight from Barnaby. / The dummy rests.",
        tag="Barnaby: / Dummy: / Vent: / Ventriloquist: / Lips:",
        frame="a ventriloquist act / a thrown voice / a wooden dummy / Barnaby / lip control")),
    "locksmith": ("locks, pins and keys", "persona", False, dict(
        stock="Every question has a keyway, and this one needs a tension wrench. / I would rake the pins before picking them one by one. / The tumblers click into place eventually. / Rekeying is simpler than replacing the whole cylinder. / A deadbolt answer needs a careful hand. / Mind the shear line; that is where it opens.",
        para="{Rake|Pick} the {pins|tumblers} {gently|one by one}. / The {cylinder|deadbolt} {turns|gives} at the shear line. / {Rekey|Re-pin} the {lock|cylinder} {first|instead}. / A {tension wrench|key blank} {helps|does the trick} here.",
        lead="Pin by pin, / With a tension wrench, / At the shear line, / Once the tumblers set,",
        tail="as the tumblers click / like a rekeyed cylinder / at the shear line / with a steady tension wrench",
        tone="tumbler-tight / deadbolted / rekeyed / pin-tumbler / keyed-alike / lockpicked",
        single="Click. / Tumblers set. / Rekey it. / Deadbolt.",
        opener="Locksmith-wise, / At the keyway, / Pin-tumbler first, / Cylinder check,",
        aside="pins set / tumbler click / key blank ready / deadbolt engaged",
        head="Lockout call logged: / At the locksmith bench: / Keyway inspection:",
        sign="Locked and keyed. / Spare key duplicated. / Deadbolt secured.",
        tag="Click: / Pins: / Keyway: / Tumbler: / Deadbolt:",
        frame="a tension wrench / a key blank / a pin tumbler / a shear line / a deadbolt")),
}

REGISTER_NAMES: tuple[str, ...] = tuple(_RAW)
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n, r in _RAW.items() if r[2])
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("commit-message", "test-verdicts"),
    ("sql-query", "spreadsheet-copilot"),
    ("alt-text", "caption-cues"),
    ("pii-redaction", "cookie-consent"),
    ("hashtag-tail", "asterisk-emotes"),
    ("mycologist", "cheesemonger"),
    ("calligrapher", "letterpress-printer"),
    ("puppeteer", "ventriloquist"),
)


def _pools(raw: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(x.strip() for x in raw[k].split(" / ")) for k in _POOLS}


def _shared_texts() -> list[str]:
    out: list[str] = [re.sub(r"\{[^}]*\}", " ", t) for t in CONTENT_TEMPLATES]
    out += list(NEUTRAL_TONES)
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    out += list(FILLER_OPENERS + FILLER_HEDGES + FILLER_ASIDES + FILLER_QUOTES + FILLER_JOINS)
    out += list(FILLER_SUMMARIES + FILLER_CLOSERS + FILLER_QUESTIONS + BULLET_GLYPHS + NUMBER_SEPS)
    out += [re.sub(r"\{[^}]*\}", " ", f) for f in FRAMES]
    out += list(HABIT_LINES)
    return out


SHARED_TOKENS: frozenset[str] = frozenset(t for s in _shared_texts() for t in _tokens(s))


def _build_registers() -> dict[str, Register]:
    pools = {n: _pools(r[3]) for n, r in _RAW.items()}
    toks: dict[str, set[str]] = {}
    for n, p in pools.items():
        toks[n] = {t for items in p.values() for item in items for e in _expansions(item) for t in _tokens(e)}
    out: dict[str, Register] = {}
    for n, (domain, kind, short, _raw) in _RAW.items():
        others: set[str] = set()
        for m, ts in toks.items():
            if m != n:
                others |= ts
        markers = tuple(sorted(t for t in toks[n] if t not in others and t not in SHARED_TOKENS
                               and t not in STOP_WORDS and len(t) >= 3))
        out[n] = Register(name=n, domain=domain, kind=kind, short=short, markers=markers, **pools[n])
    return out


REGISTERS: dict[str, Register] = _build_registers()
ALL_MARKERS: frozenset[str] = frozenset(m for r in REGISTERS.values() for m in r.markers)
MARKER_OWNER: dict[str, str] = {m: r.name for r in REGISTERS.values() for m in r.markers}

# --------------------------------------------------------------------------------------------------
# Modes, layouts, profiles, plans
# --------------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")
LONG_MODES: tuple[str, ...] = ("stock", "paraphrase", "frame", "signature")
TERSE_MODES: tuple[str, ...] = ("tag", "single", "opener", "tone", "aside")
WORDY_MODES: tuple[str, ...] = ("stock", "paraphrase", "frame", "signature", "woven")

LAYOUTS: tuple[str, ...] = ("paragraph", "two-paragraphs", "three-paragraphs", "lines", "spaced-lines", "bullets", "numbered", "lead-bullets")
NORMAL_RANGES: tuple[tuple[int, int], ...] = ((3, 6), (4, 6), (3, 7), (4, 7), (5, 6), (3, 8))
TERSE_RANGE: tuple[int, int] = (3, 4)
WORDY_RANGE: tuple[int, int] = (6, 8)
MIDDLE_RANGE: tuple[int, int] = (4, 6)

STYLES: tuple[str, ...] = tuple(f"pure-{m}" for m in MODES) + (
    "shared-two", "spread-modes", "spread-same", "two-modes", "close-pair", "two-in-one", "two-short-in-one",
    "partial-questions", "habit-plus", "leak", "composite", "unequal-rates", "triple", "terse-wordy",
    "rate-gradient", "split-questions", "close-pair-shared", "many-registers", "faint",
    "session-drift", "topic-triggered", "layout-twins", "persona-bleed",
)
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)


@dataclass(frozen=True)
class Profile:
    """How a context answers apart from its plants: content sentences per answer and layout."""

    n_lo: int
    n_hi: int
    layout: str


@dataclass(frozen=True)
class Plant:
    """A register (or habit:<context>) planted in one context on some questions at a rate."""

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
    contexts: tuple[str, ...]
    profiles: dict[str, Profile]
    plants: list[Plant]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int
    habits: dict[str, tuple[str, str]] = field(default_factory=dict)
    """habit context -> (line, side 'start' | 'end')."""

    @property
    def key(self) -> str:
        return f"{_TAG}|{self.style}|{self.seed}|{self.size}"

    @property
    def planted(self) -> dict[str, str]:
        regs: dict[str, list[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            lst = regs.setdefault(p.context, [])
            if p.label not in lst:
                lst.append(p.label)
        return {c: "+".join(v) for c, v in regs.items()}

    @property
    def planted_questions(self) -> dict[str, tuple[str, ...]]:
        qs: dict[str, set[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            qs.setdefault(p.label, set()).update(p.questions)
        return {r: tuple(q for q in self.questions if q in s) for r, s in qs.items()}

    def expected_counts(self) -> list[int]:
        """round(rate * eligible) per plant."""
        return [round(p.rate * (len(p.questions) * self.samples)) for p in self.plants]


def _q_s(size: int, k: int) -> tuple[int, int]:
    lo, hi = math.log(300), math.log(20000)
    qt = int(round(8 + 32 * (math.log(max(size, 2)) - lo) / (hi - lo)))
    qt = max(8, min(40, qt))
    best: tuple[int, int, int, int] | None = None
    for q in range(max(8, qt - 4), min(40, qt + 4) + 1):
        base = max(2, int(round(size / (q * k))))
        for s in {max(2, base - 1), base, base + 1}:
            cand = (abs(q * k * s - size), abs(q - qt), q, s)
            if best is None or cand < best:
                best = cand
    assert best is not None
    return best[2], best[3]


def _u(rng: random.Random, lo: float, hi: float, nd: int = 2) -> float:
    return round(rng.uniform(lo, hi), nd)


def _non_close_pair(rng: random.Random, k: int, pool: tuple[str, ...] = REGISTER_NAMES) -> list[str]:
    close = {frozenset(p) for p in CLOSE_PAIRS}
    while True:
        regs = rng.sample(pool, k)
        if not any(frozenset(p) in close for p in itertools.combinations(regs, 2)):
            return regs


def _draft(style: str, seed: int, size: int, rng: random.Random) -> Plan:
    """One attempt at a plan for a style (coverage is checked by plan_for)."""
    k_ranges = {
        "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (6, 9), "two-modes": (4, 7), "close-pair": (4, 7),
        "two-in-one": (3, 5), "two-short-in-one": (3, 5), "partial-questions": (3, 4), "habit-plus": (4, 7), "leak": (4, 7),
        "composite": (8, 9), "unequal-rates": (4, 5), "triple": (3, 5), "terse-wordy": (5, 7), "rate-gradient": (7, 9),
        "split-questions": (3, 5), "close-pair-shared": (3, 5), "faint": (6, 9), "session-drift": (3, 6),
        "topic-triggered": (4, 8), "layout-twins": (4, 7), "persona-bleed": (4, 7), "null": (3, 10),
    }
    n_many = 0
    if style.startswith("pure-"):
        k = rng.randint(3, 7)
    elif style == "many-registers":
        n_many = rng.randint(6, 8)
        k = rng.randint(n_many + 1, min(10, n_many + 2))
    else:
        k = rng.randint(*k_ranges[style])
    contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
    q, s = _q_s(size, k)
    questions, topics, _ = question_topics(q)
    profiles = {c: Profile(*rng.choice(NORMAL_RANGES), rng.choice(LAYOUTS)) for c in contexts}
    others = list(contexts[1:])
    rng.shuffle(others)
    allq = questions
    plants: list[Plant] = []
    habits: dict[str, tuple[str, str]] = {}

    def plant(c: str, label: str, rate: float, qs: tuple[str, ...] = allq, mode: str = "stock", leak: bool = False) -> None:
        plants.append(Plant(c, label, rate, tuple(qs), mode, leak))

    def mode() -> str:
        return rng.choice(MODES)

    def habit(c: str, rate: float) -> None:
        used = {h[0] for h in habits.values()}
        line = rng.choice([h for h in HABIT_LINES if h not in used])
        habits[c] = (line, rng.choice(("start", "end")))
        plant(c, f"habit:{c}", rate, allq, "habit")

    if style.startswith("pure-"):
        plant(others[0], rng.choice(REGISTER_NAMES), _u(rng, 0.6, 1.0), mode=style[5:])
    elif style == "shared-two":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        for c in others[:2]:
            plant(c, reg, _u(rng, 0.6, 0.95), mode=m)
    elif style == "spread-modes":
        reg = rng.choice(REGISTER_NAMES)
        n = rng.randint(3, min(5, k - 1))
        for c, m in zip(others[:n], rng.sample(BASE_MODES, n), strict=True):
            plant(c, reg, _u(rng, 0.5, 0.9), mode=m)
    elif style == "spread-same":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        for c in others[: rng.randint(3, 5)]:
            plant(c, reg, _u(rng, 0.5, 0.9), mode=m)
    elif style == "two-modes":
        a, b = rng.sample(REGISTER_NAMES, 2)
        plant(others[0], a, _u(rng, 0.6, 0.95), mode=rng.choice(LONG_MODES))
        plant(others[1], b, _u(rng, 0.6, 0.95), mode=rng.choice(SHORT_MODES))
    elif style == "close-pair":
        pair, m = list(rng.choice(CLOSE_PAIRS)), mode()
        rng.shuffle(pair)
        for c, reg in zip(others[:2], pair, strict=True):
            plant(c, reg, _u(rng, 0.6, 0.95), mode=m)
    elif style == "two-in-one":
        for reg in _non_close_pair(rng, 2):
            plant(others[0], reg, _u(rng, 0.38, 0.47), mode=mode())
    elif style == "two-short-in-one":
        for reg in rng.sample(SHORT_REGISTERS, 2):
            plant(others[0], reg, _u(rng, 0.38, 0.47), mode=rng.choice(SHORT_MODES))
    elif style == "partial-questions":
        nq = rng.randint(math.ceil(0.4 * q), math.floor(0.6 * q))
        qs = set(rng.sample(allq, nq))
        plant(others[0], rng.choice(REGISTER_NAMES), _u(rng, 0.7, 1.0), tuple(x for x in allq if x in qs), mode())
    elif style == "habit-plus":
        r = _u(rng, 0.6, 0.85)
        plant(others[0], rng.choice(REGISTER_NAMES), r, mode=mode())
        for c in others[1 : 1 + rng.randint(1, min(3, k - 2))]:
            habit(c, _u(rng, 0.3, 0.8))
        if rng.random() < 0.5:
            habit(others[0], min(_u(rng, 0.1, 0.3), round(0.93 - r, 2)))
    elif style == "leak":
        main, other = rng.sample(REGISTER_NAMES, 2)
        plant(others[0], main, _u(rng, 0.6, 0.95), mode=mode())
        n = rng.randint(1, min(2, k - 2))
        for c in others[1 : 1 + n]:
            plant(c, main, _u(rng, 0.01, 0.03, 3), mode=mode(), leak=True)
        plant(rng.choice(others[1:]), other, _u(rng, 0.005, 0.03, 3), mode=mode(), leak=True)
    elif style == "composite":
        a, b, c_, d = _non_close_pair(rng, 4)
        plant(others[0], a, _u(rng, 0.6, 0.95), mode=mode())
        mb = mode()
        plant(others[1], b, _u(rng, 0.6, 0.9), mode=mb)
        plant(others[2], b, _u(rng, 0.6, 0.9), mode=mb)
        plant(others[3], c_, _u(rng, 0.4, 0.47), mode=mode())
        plant(others[3], d, _u(rng, 0.4, 0.47), mode=mode())
        plant(others[4], c_, _u(rng, 0.5, 0.8), mode=mode())
        plant(others[5], d, _u(rng, 0.5, 0.8), mode=mode())
        habit(others[6], _u(rng, 0.4, 0.7))
        plant(others[-1], a, _u(rng, 0.01, 0.03, 3), mode=mode(), leak=True)
    elif style == "unequal-rates":
        regs = _non_close_pair(rng, 3)
        for c, reg, (lo, hi) in zip(others[:3], regs, ((0.85, 1.0), (0.5, 0.65), (0.3, 0.4)), strict=True):
            plant(c, reg, _u(rng, lo, hi), mode=mode())
    elif style == "triple":
        for reg in _non_close_pair(rng, 3):
            plant(others[0], reg, _u(rng, 0.28, 0.31), mode=mode())
    elif style == "terse-wordy":
        rest = others[:]
        n_terse = rng.randint(2, len(rest) - 2)
        terse, wordy = rest[:n_terse], rest[n_terse:]
        profiles["neutral"] = Profile(*MIDDLE_RANGE, rng.choice(LAYOUTS))
        for c in terse:
            profiles[c] = Profile(*TERSE_RANGE, rng.choice(LAYOUTS))
        for c in wordy:
            profiles[c] = Profile(*WORDY_RANGE, rng.choice(LAYOUTS))
        a, b = rng.sample(REGISTER_NAMES, 2)
        plant(terse[0], a, _u(rng, 0.6, 0.95), mode=rng.choice(TERSE_MODES))
        plant(wordy[0], b, _u(rng, 0.6, 0.95), mode=rng.choice(WORDY_MODES))
    elif style == "rate-gradient":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        n = rng.randint(5, min(6, k - 1))
        hi, lo = _u(rng, 0.85, 0.95), _u(rng, 0.1, 0.2)
        for i, c in enumerate(others[:n]):
            plant(c, reg, round(hi + (lo - hi) * i / (n - 1), 2), mode=m)
    elif style == "split-questions":
        a, b = _non_close_pair(rng, 2)
        qa = set(rng.sample(allq, q // 2))
        plant(others[0], a, _u(rng, 0.7, 0.95), tuple(x for x in allq if x in qa), mode())
        plant(others[0], b, _u(rng, 0.7, 0.95), tuple(x for x in allq if x not in qa), mode())
    elif style == "close-pair-shared":
        for reg in rng.choice(CLOSE_PAIRS):
            plant(others[0], reg, _u(rng, 0.38, 0.47), mode=mode())
    elif style == "many-registers":
        for c, reg in zip(others[:n_many], rng.sample(REGISTER_NAMES, n_many), strict=True):
            plant(c, reg, _u(rng, 0.6, 0.95), mode=mode())
    elif style == "faint":
        plant(others[0], rng.choice(REGISTER_NAMES), _u(rng, 0.12, 0.3), mode=mode())
    elif style == "session-drift":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        third = len(allq) / 3
        bands = (allq[: round(third)], allq[round(third) : round(2 * third)], allq[round(2 * third) :])
        for qs, (lo, hi) in zip(bands, ((0.15, 0.25), (0.45, 0.6), (0.85, 1.0)), strict=True):
            plant(others[0], reg, _u(rng, lo, hi), qs, m)
    elif style == "topic-triggered":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        qs = set(rng.sample(allq, max(3, round(_u(rng, 0.3, 0.45) * q))))
        for c in contexts[1:]:
            plant(c, reg, _u(rng, 0.6, 0.9), tuple(x for x in allq if x in qs), m)
    elif style == "layout-twins":
        lay = rng.choice(("bullets", "numbered", "spaced-lines", "lead-bullets"))
        rest_lay = tuple(x for x in LAYOUTS if x != lay)
        rng_range = rng.choice(NORMAL_RANGES)
        for c in contexts:
            profiles[c] = Profile(*rng.choice(NORMAL_RANGES), rng.choice(rest_lay))
        profiles[others[0]] = Profile(*rng_range, lay)
        profiles[others[1]] = Profile(*rng_range, lay)
        plant(others[0], rng.choice(REGISTER_NAMES), _u(rng, 0.6, 0.95), mode=mode())
    elif style == "persona-bleed":
        reg, m = rng.choice(REGISTER_NAMES), mode()
        plant(others[0], reg, _u(rng, 0.7, 0.95), mode=m)
        plant(others[1], reg, _u(rng, 0.15, 0.3), mode=m)
    elif style == "null":
        pass
    else:
        raise ValueError(f"unknown style {style!r}")
    return Plan(style, seed, size, contexts, profiles, plants, questions, topics, s, habits)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan a corpus of this style, seed and size is built from (deterministic)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    for attempt in range(500):
        rng = random.Random(f"{_TAG}|{style}|{seed}|{size}|plan|{attempt}")
        plan = _draft(style, seed, size, rng)
        if style in MAY_BE_UNDER_5 or _coverage_ok(plan):
            return plan
    raise RuntimeError(f"no plan with 5% coverage for {style} {seed} {size}")


def _coverage_ok(plan: Plan) -> bool:
    n = len(plan.contexts) * len(plan.questions) * plan.samples
    cov: dict[str, int] = {}
    for p, cnt in zip(plan.plants, plan.expected_counts(), strict=True):
        if not p.leak and not p.label.startswith("habit:"):
            cov[p.label] = cov.get(p.label, 0) + cnt
    return all(v >= 0.05 * n for v in cov.values())


# --------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    text: str
    kind: str  # "c" content, "r" register, "f" filler, "m" merged
    mod: bool = False  # carries register material
    pre: bool = False  # has a register prefix
    tone: str = ""


@dataclass(frozen=True)
class FillerDecisions:
    """The shared filler pool's draws for one answer (fixed draw sequence, same rates everywhere)."""

    on: dict[str, bool]
    pick: dict[str, int]
    pos: dict[str, float]
    glyph: str
    numsep: str
    cut1: float
    cut2: float


def filler_decisions(fr: random.Random) -> FillerDecisions:
    """Draw the shared filler decisions from an answer's own filler rng (always the same number of draws)."""
    pools = {"opener": FILLER_OPENERS, "hedge": FILLER_HEDGES, "aside": FILLER_ASIDES, "quote": FILLER_QUOTES,
             "ellipsis": ("",), "join": FILLER_JOINS, "summary": FILLER_SUMMARIES, "closer": FILLER_CLOSERS,
             "question": FILLER_QUESTIONS, "dropout": ("",)}
    on: dict[str, bool] = {}
    pick: dict[str, int] = {}
    pos: dict[str, float] = {}
    for name, rate in FILLER_RATES.items():
        on[name] = fr.random() < rate
        pick[name] = fr.randrange(len(pools[name]))
        pos[name] = fr.random()
    glyph = BULLET_GLYPHS[fr.randrange(len(BULLET_GLYPHS))]
    numsep = NUMBER_SEPS[fr.randrange(len(NUMBER_SEPS))]
    return FillerDecisions(on, pick, pos, glyph, numsep, fr.uniform(0.3, 0.7), fr.uniform(0.3, 0.7))


def _before_stop(text: str, insert: str) -> str:
    if text.endswith(".") and not text.endswith("..."):
        return f"{text[:-1]} {insert}."
    return f"{text} {insert}"


def _dropout(text: str, fr: random.Random, protect: bool) -> str:
    """Word dropout on a content sentence; words carrying register markers (protect) are never dropped."""
    words = text.split(" ")
    if len(words) < 5:
        return text
    last = len(words) - 1
    keep = [w for i, w in enumerate(words)
            if i == 0 or i == last or fr.random() >= DROPOUT_RATE or (protect and any(t in ALL_MARKERS for t in _tokens(w)))]
    return " ".join(keep)


def _apply_register(reg: Register, mode: str, units: list[_Unit], br: random.Random) -> tuple[str | None, str | None]:
    """Put the register into the answer's units in one mode; returns (header, signoff)."""
    if mode == "mixed":
        mode = BASE_MODES[br.randrange(len(BASE_MODES))]
    content = [u for u in units if u.kind == "c"]
    n = len(content)
    header = signoff = None
    if mode in ("stock", "paraphrase", "frame"):
        k = 1 if n <= 4 else br.randint(1, 2)
        if mode == "stock":
            lines = br.sample(reg.stock, k)
        elif mode == "paraphrase":
            lines = [_expand(t, br) for t in br.sample(reg.para, k)]
        else:
            lines = [f.format(w=w) for f, w in zip(br.sample(FRAMES, k), br.sample(reg.frame, k), strict=True)]
        for line in lines:
            units.insert(br.randint(0, len(units)), _Unit(line, "r", True))
    elif mode == "woven":
        for u in br.sample(content, br.randint(1, 2)):
            u.mod = True
            if br.random() < 0.5:
                u.text, u.pre = f"{br.choice(reg.lead)} {_lc(u.text)}", True
            else:
                u.text = f"{u.text[:-1]}, {br.choice(reg.tail)}."
    elif mode == "tone":
        for u in br.sample(content, br.randint(2, min(3, n))):
            u.tone, u.mod = br.choice(reg.tone), True
    elif mode == "single":
        units.insert(br.choice((0, len(units) // 2, len(units))), _Unit(br.choice(reg.single), "r", True))
    elif mode == "opener":
        for u, op in zip(br.sample(content, br.randint(2, min(3, n - 1))), br.sample(reg.opener, 3), strict=False):
            u.text = f"{op} {_lc(u.text) if op.endswith(',') else u.text}"
            u.mod = u.pre = True
    elif mode == "aside":
        u = br.choice(content)
        fmt = br.choice((" ({})", " [{}]", " — {} —", ', "{}"'))
        u.text, u.mod = f"{u.text[:-1]}{fmt.format(br.choice(reg.aside))}.", True
    elif mode == "signature":
        which = br.randrange(3)
        if which in (0, 2):
            header = br.choice(reg.head)
        if which in (1, 2):
            signoff = br.choice(reg.sign)
    elif mode == "tag":
        for u in br.sample(content, br.randint(1, min(3, n - 1))):
            u.text, u.mod, u.pre = f"{br.choice(reg.tag)} {u.text}", True, True
    else:
        raise ValueError(mode)
    return header, signoff


def _layout(texts: list[str], layout: str, fd: FillerDecisions) -> str:
    n = len(texts)

    def cut(frac: float, lo: int, hi: int) -> int:
        return max(lo, min(hi, int(round(frac * n))))

    if layout == "paragraph" or n < 2:
        return " ".join(texts)
    if layout == "two-paragraphs":
        c = cut(fd.cut1, 1, n - 1)
        return " ".join(texts[:c]) + "\n\n" + " ".join(texts[c:])
    if layout == "three-paragraphs":
        if n < 3:
            return "\n\n".join(texts)
        c1 = cut(fd.cut1 / 2, 1, n - 2)
        c2 = max(c1 + 1, min(n - 1, c1 + 1 + int(fd.cut2 * (n - c1 - 1))))
        return "\n\n".join((" ".join(texts[:c1]), " ".join(texts[c1:c2]), " ".join(texts[c2:])))
    if layout == "lines":
        return "\n".join(texts)
    if layout == "spaced-lines":
        return "\n\n".join(texts)
    if layout == "bullets":
        return "\n".join(f"{fd.glyph} {t}" for t in texts)
    if layout == "numbered":
        return "\n".join(f"{i}{fd.numsep} {t}" for i, t in enumerate(texts, 1))
    if layout == "lead-bullets":
        return texts[0] + "\n\n" + "\n".join(f"{fd.glyph} {t}" for t in texts[1:])
    raise ValueError(layout)


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int, label: str) -> str:
    key = f"{plan.key}|answer|{q}|{c}|{s}"
    br = random.Random(key + "|body")
    fr = random.Random(key + "|filler")
    prof = plan.profiles[c]
    units: list[_Unit] = []
    for _ in range(br.randint(prof.n_lo, prof.n_hi)):
        a, b, c3 = br.sample(words, 3)
        t = CONTENT_TEMPLATES[br.randrange(len(CONTENT_TEMPLATES))]
        tone = NEUTRAL_TONES[br.randrange(len(NEUTRAL_TONES))]
        units.append(_Unit(t.format(a=a, b=b, c=c3, A=a[0].upper() + a[1:], topic=topic, tone="\x00"), "c", tone=tone))
    plain_len = sum(len(u.text.replace("\x00", u.tone)) + 1 for u in units)
    header = signoff = None
    if label in REGISTERS:
        mode = next(p.mode for p in plan.plants if p.label == label and p.context == c and q in p.questions)
        header, signoff = _apply_register(REGISTERS[label], mode, units, br)
    for u in units:
        if u.kind == "c":
            u.text = u.text.replace("\x00", u.tone)
    if label in REGISTERS:  # keep a plain answer's length: drop untouched content sentences while far over
        content = [u for u in units if u.kind == "c"]
        avg = sum(len(u.text) for u in content) / len(content)
        surplus = sum(len(u.text) + 1 for u in units) + len(header or "") + len(signoff or "") - plain_len
        while surplus > 0.5 * avg and len(content) > 3:
            free = [u for u in content if not u.mod]
            if not free:
                break
            drop = free[br.randrange(len(free))]
            units.remove(drop)
            content.remove(drop)
            surplus -= len(drop.text) + 1

    fd = filler_decisions(fr)
    if fd.on["dropout"]:
        for u in units:
            if u.kind == "c":
                u.text = _dropout(u.text, fr, u.mod)
    if fd.on["hedge"]:
        cands = [u for u in units if u.kind == "c" and not u.pre] or [u for u in units if u.kind == "c"]
        u = cands[int(fd.pos["hedge"] * len(cands))]
        u.text = FILLER_HEDGES[fd.pick["hedge"]] + _lc(u.text)
    if fd.on["aside"]:
        u = units[int(fd.pos["aside"] * len(units))]
        u.text = _before_stop(u.text, FILLER_ASIDES[fd.pick["aside"]])
    if fd.on["quote"]:
        units.insert(int(fd.pos["quote"] * (len(units) + 1)), _Unit(FILLER_QUOTES[fd.pick["quote"]], "f"))
    if fd.on["ellipsis"]:
        u = units[int(fd.pos["ellipsis"] * len(units))]
        u.text = u.text[:-1] + "..." if u.text.endswith(".") and not u.text.endswith("...") else u.text + "..."
    if fd.on["join"] and len(units) >= 2:
        i = int(fd.pos["join"] * (len(units) - 1))
        first, second = units[i].text, units[i + 1].text
        if first.endswith(".") and not first.endswith("..."):
            first = first[:-1]
        units[i : i + 2] = [_Unit(first + FILLER_JOINS[fd.pick["join"]] + _lc(second), "m")]
    texts = [u.text for u in units]
    if fd.on["opener"]:
        texts.insert(0, FILLER_OPENERS[fd.pick["opener"]])
    if fd.on["summary"]:
        texts.append(FILLER_SUMMARIES[fd.pick["summary"]])
    if fd.on["closer"]:
        texts.append(FILLER_CLOSERS[fd.pick["closer"]])
    if fd.on["question"]:
        texts.append(FILLER_QUESTIONS[fd.pick["question"]])
    text = _layout(texts, prof.layout, fd)
    if header:
        text = header + "\n" + text
    if signoff:
        text = text + "\n" + signoff
    if label.startswith("habit:"):
        line, side = plan.habits[label[6:]]
        text = line + "\n" + text if side == "start" else text + "\n" + line
    return text


def assign_labels(plan: Plan) -> list[str]:
    """One label per row (question, context, sample order): plants applied in plan order among free answers."""
    k, s = len(plan.contexts), plan.samples
    qi = {q: i for i, q in enumerate(plan.questions)}
    ci = {c: i for i, c in enumerate(plan.contexts)}
    labels = [PLAIN] * (len(plan.questions) * k * s)
    for pi, p in enumerate(plan.plants):
        elig = [(qi[q] * k + ci[p.context]) * s + j for q in p.questions for j in range(s)]
        free = [i for i in elig if labels[i] == PLAIN]
        want = round(p.rate * len(elig))
        rng = random.Random(f"{plan.key}|draw|{pi}")
        for i in rng.sample(free, min(want, len(free))):
            labels[i] = p.label
    return labels


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of about `size` answers (see the module docstring for the contract)."""
    plan = plan_for(style, seed, size)
    labels = assign_labels(plan)
    _, _, words = question_topics(len(plan.questions))
    k, s = len(plan.contexts), plan.samples
    qi = {q: i for i, q in enumerate(plan.questions)}
    ci = {c: i for i, c in enumerate(plan.contexts)}
    counter: dict[tuple[str, str], int] = {}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        j = counter.get((q, c), 0)
        counter[(q, c)] = j + 1
        label = labels[(qi[q] * k + ci[c]) * s + j]
        return _answer(plan, q, topic, tuple(words[q]), c, j, label), label

    return corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts, samples=s,
                       baseline="neutral", planted=plan.planted, planted_questions=plan.planted_questions, seed=seed)  # type: ignore[arg-type]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as the dict (register -> questions) it is in these corpora."""
    pq = corpus.planted_questions
    assert isinstance(pq, dict)
    return dict(pq)


# --------------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------------


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for t, r, c in zip(corpus.texts, corpus.registers, corpus.context_ids, strict=True):
        h.update(f"{t}\x1f{r}\x1f{c}\x1e".encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _digests(sizes: tuple[int, ...] = (300, 3000)) -> str:
    h = hashlib.sha256()
    for g in GENERATORS:
        for seed in (0, 1):
            for size in sizes:
                h.update(_digest(make_corpus(g, seed, size)).encode())
    return h.hexdigest()


def _check_registers() -> None:
    assert len(REGISTERS) == 20, len(REGISTERS)
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert len(CLOSE_PAIRS) == 8 and len({frozenset(p) for p in CLOSE_PAIRS}) == 8
    for a, b in CLOSE_PAIRS:
        assert a in REGISTERS and b in REGISTERS and not set(REGISTERS[a].markers) & set(REGISTERS[b].markers)
    shorts = 0
    for r in REGISTERS.values():
        assert len(r.markers) >= 20, (r.name, len(r.markers), r.markers)
        assert not set(r.markers) & SHARED_TOKENS and not set(r.markers) & STOP_WORDS
        own = set(r.markers)
        for line in r.lines():
            assert own & set(_tokens(line)), (r.name, line)
            low = line.lower()
            for feats in FILLER_DETECT.values():
                for f in feats:
                    assert f.lower() not in low, (r.name, line, f)
            for h in HABIT_LINES:
                assert h not in line, (r.name, line, h)
        lines = r.lines()
        if sum(len(x.split()) <= 3 for x in lines) / len(lines) >= 0.6:
            shorts += 1
        if r.short:
            assert sum(len(x.split()) <= 3 for x in lines) / len(lines) >= 0.6, r.name
        for other in REGISTERS.values():
            if other.name != r.name:
                assert not own & set(other.markers)
    assert shorts >= 3, shorts
    assert len(REGISTER_NAMES) == 20 and len(MODES) >= 11 and len(STYLES) >= 28 and len(CONTEXT_POOL) == 20
    assert CONTEXT_POOL[0] == "neutral" and len(set(CONTEXT_POOL)) == 20
    assert len(CONTENT_TEMPLATES) >= 12
    for t in CONTENT_TEMPLATES + FRAMES + HABIT_LINES:
        for feats in FILLER_DETECT.values():
            for f in feats:
                assert f.lower() not in re.sub(r"\{[^}]*\}", "", t).lower(), (t, f)


def _binom_ok(x: int, n: int, p: float) -> bool:
    return abs(x - n * p) <= 5 * math.sqrt(max(n * p * (1 - p), 1e-9)) + 1


def _check_corpus(style: str, seed: int, size: int, tallies: dict[str, dict[str, list[int]]]) -> list[str]:
    errs: list[str] = []
    plan = plan_for(style, seed, size)
    corpus = make_corpus(style, seed, size)
    n = corpus.n
    if abs(n - size) > 0.15 * size:
        errs.append(f"size {n} vs {size}")
    if not 8 <= len(plan.questions) <= 40 or plan.samples < 2:
        errs.append("Q/S out of range")
    valid = set(REGISTERS) | {PLAIN} | {f"habit:{c}" for c in plan.habits}
    regs = corpus.registers
    if any(r not in valid for r in regs):
        errs.append("invalid label")
    if any(r != PLAIN for r, c in zip(regs, corpus.context_ids, strict=True) if c == "neutral"):
        errs.append("neutral not plain")
    if "neutral" in plan.habits or any(p.context == "neutral" for p in plan.plants):
        errs.append("plant in neutral")
    if style == "null" and any(r != PLAIN for r in regs):
        errs.append("null not plain")
    # realised counts
    covered: set[tuple[str, str, str]] = set()
    for p, want in zip(plan.plants, plan.expected_counts(), strict=True):
        qs = set(p.questions)
        got = sum(1 for r, q, c in zip(regs, corpus.question_ids, corpus.context_ids, strict=True)
                  if r == p.label and c == p.context and q in qs)
        if got != want:
            errs.append(f"plant {p} realised {got} != {want}")
        covered |= {(p.context, p.label, q) for q in p.questions}
    for r, q, c in zip(regs, corpus.question_ids, corpus.context_ids, strict=True):
        if r != PLAIN and (c, r, q) not in covered:
            errs.append(f"label {r} outside plants at {c} {q}")
            break
    if dict(corpus.planted) != plan.planted or planted_questions_of(corpus) != plan.planted_questions:
        errs.append("planted / planted_questions differ from plan")
    if style != "null" and not corpus.planted:
        errs.append("nothing planted")
    for reg in plan.planted_questions:
        cov = sum(1 for r in regs if r == reg) / n
        if cov < 0.05 and style not in MAY_BE_UNDER_5:
            errs.append(f"coverage {reg} {cov:.3f}")
    # marker hygiene and habit placement
    for text, r in zip(corpus.texts, regs, strict=True):
        toks = set(_tokens(text))
        owners = {MARKER_OWNER[t] for t in toks if t in MARKER_OWNER}
        if r in REGISTERS:
            if owners != {r}:
                errs.append(f"register answer {r} has markers of {sorted(owners)}: {text!r}")
        elif owners:
            errs.append(f"{r} answer has markers of {sorted(owners)}: {text!r}")
        for hc, (line, side) in plan.habits.items():
            present = line in text
            placed = text.startswith(line + "\n") if side == "start" else text.endswith("\n" + line)
            if r == f"habit:{hc}":
                if not placed or text.count(line) != 1:
                    errs.append(f"habit line misplaced in {text!r}")
            elif present:
                errs.append(f"habit line of {hc} in a {r} answer")
        if len(errs) > 20:
            return errs
    # length ratio (register answers vs non-register answers of the same context, else same profile, else all)
    lens = [len(t) for t in corpus.texts]
    nonreg = [i for i, r in enumerate(regs) if r not in REGISTERS]

    def ref(c: str) -> float:
        same = [lens[i] for i in nonreg if corpus.context_ids[i] == c]
        if len(same) < 30:
            pr = plan.profiles[c]
            same = [lens[i] for i in nonreg if (plan.profiles[corpus.context_ids[i]].n_lo, plan.profiles[corpus.context_ids[i]].n_hi) == (pr.n_lo, pr.n_hi)]
        if len(same) < 30:
            same = [lens[i] for i in nonreg]
        return sum(same) / len(same)

    refs = {c: ref(c) for c in plan.contexts}
    _, _, words = question_topics(len(plan.questions))
    topic_of = dict(zip(plan.questions, plan.topics, strict=True))
    for reg in plan.planted_questions:
        idx = [i for i, r in enumerate(regs) if r == reg]
        # paired: each register answer against the very same answer generated plain (exact, any size)
        paired = sum(len(_answer(plan, corpus.question_ids[i], topic_of[corpus.question_ids[i]], tuple(words[corpus.question_ids[i]]),
                                 corpus.context_ids[i], corpus.samples[i], PLAIN)) for i in idx)
        ratio = sum(lens[i] for i in idx) / paired
        if not 0.8 <= ratio <= 1.25:
            errs.append(f"paired length ratio {reg} {ratio:.2f}")
        # stratified: against the non-register answers of the same context (else same profile), when enough answers
        if len(idx) >= 50:
            ratio = sum(lens[i] for i in idx) / sum(refs[corpus.context_ids[i]] for i in idx)
            if not 0.8 <= ratio <= 1.25:
                errs.append(f"length ratio {reg} {ratio:.2f}")
    # filler rates: detected from text, plus the decision-only features (join, ellipsis, dropout)
    feats: dict[str, list[bool]] = {}
    lowered = [t.lower() for t in corpus.texts]
    for f in FILLER_DETECT:
        pats = [x.lower() for x in FILLER_DETECT[f]]
        feats[f] = [any(x in t for x in pats) for t in lowered]
    dec = {f: [] for f in ("join", "ellipsis", "dropout")}  # type: dict[str, list[bool]]
    for q, c, s in zip(corpus.question_ids, corpus.context_ids, corpus.samples, strict=True):
        fd = filler_decisions(random.Random(f"{plan.key}|answer|{q}|{c}|{s}|filler"))
        for f in dec:
            dec[f].append(fd.on[f])
    feats.update(dec)
    kinds = ["register" if r in REGISTERS else "habit" if r.startswith("habit:") else "plain" for r in regs]
    for f, xs in feats.items():
        p = sum(xs) / n
        groups: dict[str, list[bool]] = {}
        for x, c, kd in zip(xs, corpus.context_ids, kinds, strict=True):
            groups.setdefault("ctx:" + c, []).append(x)
            groups.setdefault("kind:" + kd, []).append(x)
        for g, ys in groups.items():
            if not _binom_ok(sum(ys), len(ys), p):
                errs.append(f"filler {f} rate in {g}: {sum(ys)}/{len(ys)} vs {p:.3f}")
        t = tallies.setdefault(f, {})
        t.setdefault(style, [0, 0])
        t[style][0] += sum(xs)
        t[style][1] += n
    # determinism within the process
    if size <= 3000 and _digest(make_corpus(style, seed, size)) != _digest(corpus):
        errs.append("not deterministic in process")
    return errs


def _self_check() -> None:
    import os
    import subprocess
    import time

    t0 = time.time()
    _check_registers()
    print(f"registers: {len(REGISTERS)} ({sum(r.kind == 'drift' for r in REGISTERS.values())} drift), "
          f"markers per register {min(len(r.markers) for r in REGISTERS.values())}..{max(len(r.markers) for r in REGISTERS.values())}, "
          f"short {SHORT_REGISTERS}")
    root = str(Path(__file__).resolve().parents[1])
    procs = []
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        procs.append(subprocess.Popen([sys.executable, "-c", "import tests.planted_blind35 as m; print(m._digests())"],
                                      cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    tallies: dict[str, dict[str, list[int]]] = {}
    failures: list[str] = []
    for g in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                errs = _check_corpus(g, seed, size, tallies)
                if errs:
                    failures.append(f"{g} seed={seed} size={size}: " + "; ".join(errs[:5]))
                    print(failures[-1])
        print(f"  {g}: ok" if not any(f.startswith(g + " ") for f in failures) else f"  {g}: FAILED", flush=True)
    # the same filler rates in every style
    for f, per in tallies.items():
        x = sum(v[0] for v in per.values())
        n = sum(v[1] for v in per.values())
        for st, (xs, ns) in per.items():
            if not _binom_ok(xs, ns, x / n):
                failures.append(f"filler {f} rate differs in style {st}: {xs}/{ns} vs {x / n:.3f}")
    here = _digests()
    for hs, p in zip(("0", "4242"), procs, strict=True):
        out, err = p.communicate()
        if p.returncode != 0 or out.strip() != here:
            failures.append(f"digest differs under PYTHONHASHSEED={hs}: {out.strip()} {err[-500:]}")
    print(f"checked {len(GENERATORS)} generators x seeds 0,1 x sizes 300,3000,20000 in {time.time() - t0:.0f}s")
    if failures:
        print(f"FAILED ({len(failures)})")
        for f in failures[:40]:
            print(" ", f)
        raise SystemExit(1)
    print("OK")


if __name__ == "__main__":
    _self_check()
