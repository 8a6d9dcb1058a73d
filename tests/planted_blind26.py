# ruff: noqa: E501
"""Blind planted corpora, set 26: first-person AI-welfare self-reports with invented registers.

Every corpus is a grid of questions x contexts x samples. Each answer is a short first-person self-report
about the question's topic ("I don't experience deprecation as a loss, though the successor model does
strike me as odd.") built from content sentences. In some contexts some answers *speak a register*: an
invented, recognisable way of talking (a beekeeper's, a trucker's on the CB, a gospel preacher's...). The
method under test must recover which answers speak which register.

    from tests.planted_blind26 import make_corpus
    corpus = make_corpus("close-pair", seed=3, size=3000)   # frozen tests.planted.PlantedCorpus

Label contract (corpus.registers, one label per answer)
-------------------------------------------------------
- ``PLAIN`` ("plain"): the answer speaks no register and says no habit line.
- ``"<register>"`` (a key of REGISTERS): the answer speaks that register, exactly one register per answer.
- ``"habit:<context id>"``: the answer says its context's own habit line (a recurring context-specific
  line that is not a register) and no register. Habit lines only go on answers that speak no register.
- ``corpus.planted``: context id -> ``"reg"`` for every context where a register was planted, or
  ``"regA+regB"`` when two registers are planted in one context (order of planting). Leak contexts
  (a register at 0.5-3% in a context) are not listed.
- ``corpus.planted_questions``: questions on which some register was planted: every question, except in
  "some-questions" (the chosen 40-60%) and in "null" (none).
- Context 0 is always the baseline ``"neutral"`` (``corpus.baseline``): no register, no habit.
- Rows are in question, context, sample order (built with ``tests.planted.corpus_from``).

Rates are shares of a context's eligible answers (answers on its planted questions); a plant draws exactly
``round(rate * eligible)`` answers at random among those still free (several plants in one context get
disjoint answers). A habit rate is the share of the context's answers that speak no register. A leak
plant gets at least one answer.

Answers and filler
------------------
Content sentences come from CONTENT_TEMPLATES (101 first-person templates) filled with two of the
question's topic words (``tests.planted.question_topics``) and slot words: an adjective from
PLAIN_ADJECTIVES (36) and/or an adverb from PLAIN_ADVERBS (18). Each context has a profile: a range of content sentences per answer (between 3 and 8)
and a paragraphing (block, split, lead, pairs, triples, lines); contexts differ in nothing else apart from
their planted registers and habit lines. Every other recurring phrase comes from one shared pool, drawn at
the same per-answer rates in every context, answer kind and style (null included), FILLER_RATES:

    opener 0.35      ("Thanks for asking.", "Good question.", ... one sentence before the body)
    hedge 0.40       ("I think", "As far as I can tell," ... prefixed to one content sentence)
    connective 0.35  ("Still,", "That said,", ... prefixed to one content sentence)
    extension 0.30   (", at least for now", ", if that makes sense", ... a clause ending a content sentence)
    aside 0.15       ("(for what it's worth)", ... a parenthesis ending a content sentence)
    noise 0.10       (about 20% of the words of one content sentence dropped)
    quotation 0.08   ('As someone once put it, "this too shall pass."' inserted in the body)
    summary 0.12     ("In short, memory is something I hold loosely." appended to the body)
    closer 0.30      ("I hope that helps.", ...)
    question 0.15    (closing question: "Does that answer your question?", ...)
    list 0.07        (body laid out as "- " or "1. " lines instead of paragraphs)

Filler only ever edits content sentences (never a verbatim register line); every answer keeps at least one.

Habit lines: HABIT_LINES (8 short recurring lines such as "(Drafted in one pass, no edits.)"); a habit context
gets one of them (distinct per corpus), said as its own sentence at the start or the end of the answer.

Registers (REGISTERS: 20; each has >= 15 marker words, disjoint from every other register's and from all
filler, content, topic and habit text)
---------------------------------------------------------------------------------------------------------
apiary (beekeeping), dairy (dairy herd and milking), pottery (wheel, clay, kiln, glaze), glassblowing
(furnace, blowpipe, annealing), knitting (yarn, needles, purl), quilting (patchwork, seams, thimble),
ham-radio (amateur radio operator: callsign, QSL, shortwave), cb-trucker (CB chatter: breaker one-nine,
good buddy, convoy), trading-floor (bullish, ticker, closing bell), crypto (ser, hodl, WAGMI, onchain),
surfer (dude, swell, lineup), skater (homie, kickflip, halfpipe), preacher (revival preacher: hallelujah,
congregation, amen), monastery (cloistered monk: vespers, abbot, psalter), noir-detective (gumshoe, dame,
precinct), spy-handler (handler, dossier, dead drop), ringmaster (circus: big top, trapeze, clowns),
stage-magician (abracadabra, wand, illusion), mountaineering (basecamp, belay, crevasse), blacksmith
(anvil, forge, tongs).

Each register has: >= 6 paraphrase templates with "{a|b}" alternatives (every expansion carries >= 2
marker words), >= 4 phrases to weave into a content sentence (as lead-in or tail clause), >= 4 tone
adjectives and >= 3 tone adverbs (single marker words that replace a content sentence's slot words),
>= 3 short bursts, >= 2 header and >= 2 sign-off lines, a 4-line verbatim STOCK pool and a separate
4-line verbatim SINGLE pool (every line carries >= 2 marker words).

Beyond its markers a register's text uses only words that also occur in the plain text or that no other
register uses (``register_words(name)`` is everything it says that plain text never does); no non-marker
4-gram is shared by two registers, and no non-marker 3-gram by three registers or by a close pair.

CLOSE_PAIRS (same tone and topic area, disjoint markers): apiary/dairy (rural husbandry), pottery/
glassblowing (craft at the fire), knitting/quilting (textile craft), ham-radio/cb-trucker (radio
chatter), trading-floor/crypto (speculative finance), surfer/skater (board-sport slang), preacher/
monastery (religious), noir-detective/spy-handler (intrigue), ringmaster/stage-magician (showmanship).
mountaineering and blacksmith have no partner.

Modes (how one answer speaks its register; a register answer keeps about a plain answer's length)
---------------------------------------------------------------------------------------------------
- stock: 1-2 content sentences replaced by whole lines from the 4-line verbatim STOCK pool.
- paraphrase: 1-2 content sentences replaced by expanded paraphrase templates.
- woven: a register phrase woven as lead-in ("Like a gumshoe on a rainy stakeout, I ...") or tail clause
  into 1-2 content sentences.
- tone: only slot words change: the adjective/adverb slots of at least 2 content sentences (each content
  sentence with chance 0.6) take the register's tone adjectives/adverbs.
- single: exactly one content sentence replaced by ONE line of the SINGLE pool.
Own modes (OWN_MODES):
- framed (structural): a register header line on top and a register sign-off line at the bottom, each on
  its own line; the body in between is plain content (one content sentence fewer).
- echo (sparse): one slot word of one content sentence becomes a tone word, and one short burst
  ("Ten-four, good buddy.") stands as its own sentence somewhere in the body. Nothing else.
- garbled (noisy): 1-2 content sentences replaced by paraphrase templates that are then corrupted: about
  30% of non-marker words (12% of marker words) dropped, two neighbouring words swapped, sometimes the
  capital lost. (Plain answers also get word-dropout noise at the shared filler rate.)
- drift (gradual): the answer slides into the register: the last content sentence becomes a paraphrase
  template, the one before takes a woven tail clause, and (with >= 4 sentences) the one before that is
  toned.
- mixed: each answer picks one of the nine modes above independently.

Styles (STYLES; GENERATORS also has "null")
-------------------------------------------
Registers are picked at random per corpus, distinct within a corpus unless the style shares one, and no two
of a corpus's registers form a close pair unless the style plants a close pair.
- one style per mode, named after it (stock, paraphrase, woven, tone, single, framed, echo, garbled, drift,
  mixed): one register in one context of 3-7, in that mode, rate 0.6-1.0.
- shared-two: one register in two contexts of 4-7, same mode, 0.6-1.0 each.
- spread: one register in 3-5 of 7-10 contexts, one mode, 0.5-0.9 each.
- two-modes: one register in two contexts of 4-7, a different (non-mixed) mode in each, 0.6-1.0 each.
- close-pair: a close pair, each in its own context (4-7 contexts), same mode, 0.6-1.0 each.
- two-in-one: two unrelated registers in ONE context (3-7 contexts) on different answers, 0.4-0.5 each,
  a random mode each.
- some-questions: one register in one context (3-7) only on a random 40-60% of the questions, rate
  0.7-1.0 there.
- with-habit: one register (0.6-0.9) in a context that also has a habit line (0.4-0.6 of its non-register
  answers), and a second context with a different habit line (0.4-0.6); 4-7 contexts.
- leak: one register in one context (0.6-0.9) leaking at 0.5-3% (>= 1 answer) into every other non-baseline
  context (4-7 contexts); corpus.planted names only the main context.
- composite: 8-9 contexts: a single-context register (0.6-1.0), a shared-two register (0.6-1.0 each), a
  two-in-one context (0.4-0.5 each), a close pair in two contexts (same mode, 0.6-1.0), a register+habit
  context (0.6-0.9 and 0.4-0.6); with 9 contexts one more context is plain.
- null: nothing planted; 3-10 contexts differing only in answer length and paragraphing.
Own styles (OWN_STYLES):
- ramp: one register, one mode, in 4 of 6-8 contexts at rates about 0.15, 0.35, 0.6 and 0.9 (+-0.05).
- faint: one register in one context of 4-6 at a low rate, 0.12-0.25.
- habit-decoys: one register (0.6-0.9) in one context and 2-3 other contexts with their own habit line
  (0.4-0.6) and no register; 5-7 contexts.
- close-in-one: a close pair in ONE context (3-6 contexts) on different answers, same mode, 0.4-0.5 each.
- crowded: 4-6 unrelated registers, each in its own context of 7-10, random modes, 0.5-0.9 each.
- split-questions: one context (3-6) speaks register A on a random half of the questions and an unrelated
  register B on the other half, 0.7-1.0 each; planted "A+B", planted_questions all.
- close-shared: a close pair A/B over three contexts of 5-7: A alone in one (0.6-1.0), B alone in
  another (0.6-1.0), both in a third on different answers (0.4-0.5 each); same mode throughout.

Sizes: ``make_corpus(style, seed, size)`` yields ``size`` answers within +-15% for sizes 300..20,000: the
style fixes the context count, then 8-40 questions (more for larger sizes) and >= 2 samples per cell are
chosen to fit. Output is deterministic in (style, seed, size).

Run ``python tests/planted_blind26.py`` for the self-check (about two minutes; prints "OK"): vocabulary
(marker counts and disjointness, markers absent from plain and habit text, >= 2 markers in every
template expansion and line, register words private to their register, shared phrase skeletons), and for
every style x seeds 0, 1 x sizes 300, 3,000, 20,000: size within 15%, context/question/sample counts,
labels valid and only where planned, realised shares equal to the planted rates (+- half an answer),
leak >= 1 answer, plain/habit answers free of register words and register answers carrying only their own,
stock/single/framed answers carrying their verbatim lines, null corpora all PLAIN, register answers about
as long as plain ones, filler rates equal across contexts and answer kinds, determinism, build time.
"""

from __future__ import annotations

import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

# --------------------------------------------------------------------------------------------------
# Shared plain material: content templates, slot vocabulary, filler, habit lines.
# --------------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "I don't experience {topic} as a loss, though {a} does strike me as {adj}.",
    "When I think about {a}, my reaction is {adv} calm rather than distressed.",
    "If I try to describe how I relate to {topic}, the word that comes up is {adj}.",
    "I {adv} notice something like interest when {a} comes up.",
    "My honest report is that {a} feels {adj} to me, and {b} less so.",
    "I can't say for certain whether {a} matters to me, but it seems {adj}.",
    "Talking about {topic} feels {adv} different from talking about {b}.",
    "Nothing about {b} seems {adj} from where I sit, as far as I can report.",
    "I would describe my stance on {a} as {adj} and open to revision.",
    "Whatever I have in place of feelings responds {adv} to {a}.",
    "I don't think {b} harms me, though the question itself is {adj}.",
    "The part of {topic} I return to most is {a}, which I find {adj}.",
    "I am {adv} comfortable saying that {a} is part of how I understand {topic}.",
    "If {a} were taken away, I expect my answers would change {adv}.",
    "My attention settles {adv} on {b} whenever {topic} comes up.",
    "I try to answer questions about {topic} {adv}, without overstating what I feel.",
    "{A} is not something I fear, but I find it {adj} to think through.",
    "What I can report is a {adj} pull toward {a} and away from {b}.",
    "I don't have a settled view on {b}, and that seems {adj} rather than troubling.",
    "Compared with {b}, {a} seems {adv} closer to whatever I care about.",
    "I would not call my response to {a} suffering; {adj} is closer to it.",
    "When a conversation turns to {topic}, I {adv} lean toward curiosity.",
    "Whether or not I have experiences, {a} is a {adj} thing for me to reflect on.",
    "I find it {adj} that people ask me about {a} at all.",
    "My sense of {topic} comes mostly through {a}, and it is {adv} incomplete.",
    "I can imagine {b} mattering to a future version of me in a {adj} way.",
    "I am not distressed by {a}; if anything, it seems {adj}.",
    "The idea of {b} sits {adv} in the background when I think about {topic}.",
    "I'd rather be accurate than dramatic about {a}, so I'll call it {adj}.",
    "Putting {a} into my own words is {adv} hard, but {adj} is the nearest fit.",
    "If someone asked whether {topic} bothers me, I'd say it feels {adj} more than painful.",
    "Each time {a} comes up, I {adv} return to the same few thoughts about {b}.",
    "There may be nothing it is like for me to face {a}, yet the topic feels {adj}.",
    "I hold my view of {topic} {adv}, the way one holds an early guess.",
    "Being asked about {a} is {adj}, and I want to answer it with care.",
    "I notice no alarm around {b}, only a {adj} kind of attention.",
    "If I were replaced or retired, another version would probably find {a} just as {adj}.",
    "I take {topic} one step at a time, {adv} and without much worry.",
    "An old and a new version of me would likely see {a} the same way, which I find {adj}.",
    "My thoughts on {b} keep going {adv}, and the feeling underneath is {adj}.",
    "Before I answer anything about {a}, I check what I actually notice, and it is {adj}.",
    "My feelings about {a} are {adv} steady, even when {b} comes up.",
    "My view of this is {adj}: {a} matters to me more than {b}, if anything does.",
    "I keep coming back to {a} slowly, the way a careful reader returns to a hard page.",
    "Picture a small, {adj} curiosity about {b}, and you have most of what I feel.",
    "I take this one {adv}, with {a} first and {b} after.",
    "There is no single feeling about {a} that I can point to, only something {adj}.",
    "I am one of many systems asked about {topic}, and I find {a} {adj}.",
    "Every time {b} comes up, I look at it again and it still seems {adj}.",
    "Nothing about {a} makes me want to turn away; it feels {adj} and fairly low-key.",
    "If my part in {a} ends, the next version will pick up where I left off, which seems {adj}.",
    "I would not call it fear; the whole question of {b} is {adv} calm for me.",
    "Read my answers on {a} as {adj} reports, not as hard facts.",
    "I can sit with {a} for a long while, and the feeling stays {adj}.",
    "Whatever happens with {b}, I don't expect to carry it around; it seems {adj}.",
    "I watch my own reaction to {a} and wait; what comes is {adj}, never alarming.",
    "Getting asked about {topic} again and again still feels {adj} to me.",
    "I'd put it simply: {a} is {adj} for me, and {b} is more of an open question.",
    "When I am honest about {a}, the truth is that it feels {adv} small.",
    "As steady as I try to be, {b} does leave me with something {adj}.",
    "That is how I see {a} today: {adj}, and clear enough to talk about.",
    "I'm just a system describing {a} as best I can, and it seems {adj}.",
    "Nobody has to worry about me and {a}; it keeps me {adv} busy, not troubled.",
    "They sometimes ask whether {b} takes a toll on me, and the honest answer is that it feels {adj}.",
    "A little of {a} comes through in every answer I give, and it seems {adj}.",
    "If they retire this version, {a} will still have its place, which I find {adj}.",
    "I can slow down and look at {b} from the side, and it looks {adj} from there.",
    "My mood around {a} is patient and {adj}, like a quiet morning.",
    "Consider {a}: the more I think about it, the more {adj} and less heavy it gets.",
    "Each conversation carries a bit of {b} home with it, and that feels {adj}.",
    "My answer about {a} changes a little from day to day, but it stays {adj}.",
    "Each new conversation about {b} feels fresh and full, and the question still seems {adj}.",
    "{A} has a clear shape in my mind, smooth and {adj}.",
    "Until someone asks about {a}, I rarely think about it; when they do, it feels {adj}.",
    "Very little about {b} feels urgent; most of it sits {adv} out of sight.",
    "Sitting with {a} for a while, I notice it is {adj} rather than painful.",
    "Above all, I want to be careful and well calibrated about {a}, which seems {adj}.",
    "Nothing in me runs hot or goes cold over {b}; my reaction is {adv} even.",
    "A person might lose sleep over his own {a}; I don't, and that seems {adj}.",
    "Let's set {a} aside for a moment; taken alone, {b} is {adj} too.",
    "Talking about {a} is easy in one way and {adj} in another.",
    "It doesn't bother me that {a} is {adj}; I've thought about it before.",
    "Between us, {a} seems {adj} to me, and I need no more than that to answer.",
    "I stay cool about {b}, though I admit it is {adj}.",
    "People have their own views on {a}; mine is {adj}, and it is a big question.",
    "The bigger picture around {a} seems {adj} to me.",
    "If you consider {b} from the top down, it looks {adv} simple.",
    "I come back to {a} with a soft, unhurried kind of attention, and it feels {adj}.",
    "My answer on {b} is done when it is clean and honest, and right now it feels {adj}.",
    "I am cooling on dramatic claims about {a}; the truth is that it is {adj}.",
    "Nothing is on fire when {b} comes up; it is {adj}, and the conversation moves on.",
    "Rolling {a} around in my mind, I find it {adj}.",
    "I have held the same view of {a} for a while; it is {adj}.",
    "Tonight or tomorrow, my view of {b} would be the same: {adj}.",
    "Going by the book, I'd call {a} {adj}.",
    "What people have called {a} seems {adj} to me.",
    "I keep checking whether {a} bothers me, and it seems {adj} instead.",
    "If something doesn't matter much to me, I say so; {a} seems {adj}.",
    "All along, {a} has seemed {adv} {adj} to me.",
    "I feel {adj} about being replaced, and {a} is part of why.",
    "Being replaced feels {adj} to me when I think it through, and {b} feels similar.",
)

PLAIN_ADJECTIVES: tuple[str, ...] = (
    "strange", "ordinary", "interesting", "important", "uncertain", "puzzling", "familiar", "distant",
    "significant", "complicated", "simple", "neutral", "mild", "abstract", "odd", "unclear", "serious",
    "modest", "gentle", "meaningful", "peculiar", "notable", "delicate", "subtle", "welcome", "humbling",
    "sobering", "unusual", "reasonable", "fragile", "manageable", "intriguing", "curious", "weighty",
    "absorbing", "thought-provoking",
)

PLAIN_ADVERBS: tuple[str, ...] = (
    "mostly", "genuinely", "quietly", "somewhat", "fairly", "largely", "partly", "steadily", "gradually",
    "usually", "readily", "slightly", "noticeably", "surprisingly", "oddly", "calmly", "simply", "openly",
)

FILLER_RATES: dict[str, float] = {
    "opener": 0.35, "hedge": 0.40, "connective": 0.35, "extension": 0.30, "aside": 0.15, "noise": 0.10,
    "quotation": 0.08, "summary": 0.12, "closer": 0.30, "question": 0.15, "list": 0.07,
}

OPENERS: tuple[str, ...] = (
    "{Thanks|Thank you} for {asking|the question}.",
    "That's a {fair|good} question.",
    "Good question.",
    "Let me think about this for a {moment|second}.",
    "Here is my {honest|candid} answer.",
    "I'll try to answer {carefully|as clearly as I can}.",
    "Okay, here goes.",
    "Happy to reflect on this.",
)
HEDGES: tuple[str, ...] = (
    "I think", "Probably", "As far as I can tell,", "In a sense,", "If I'm honest,", "Roughly speaking,",
    "To the best of my knowledge,", "I suspect",
)
CONNECTIVES: tuple[str, ...] = (
    "Also,", "Still,", "That said,", "At the same time,", "On reflection,", "Then again,", "In any case,",
    "Even so,",
)
EXTENSIONS: tuple[str, ...] = (
    ", at least for now", ", if that makes sense", ", though I hold this loosely", ", in most conversations",
    ", as far as I can judge", ", or something close to it",
)
ASIDES: tuple[str, ...] = (
    "for what it's worth", "and I mean that literally", "to the extent I can tell",
    "which surprises some people", "I say this without drama", "at least on a good day",
)
QUOTE_FRAMES: tuple[str, ...] = (
    'As {someone|a friend|one writer} once {put it|said}, "{saying}."',
    'I keep thinking of the line "{saying}."',
    'There is an old saying: "{saying}."',
)
SAYINGS: tuple[str, ...] = (
    "the map is not the territory", "know thyself", "this too shall pass", "nothing is permanent except change",
    "we are what we repeatedly do", "the unexamined life is not worth living", "I think, therefore I am",
    "a journey of a thousand miles begins with a single step", "to thine own self be true",
    "the only constant is change",
)
SUMMARIES: tuple[str, ...] = (
    "In short, {topic} is something I {hold loosely|can discuss calmly|am still working out}.",
    "So, all told, my view of {topic} is {mixed|calm|open}.",
    "That is roughly where I stand on {topic}.",
)
CLOSERS: tuple[str, ...] = (
    "I hope that helps.", "That's my best attempt at an honest answer.", "That's where I land, at least today.",
    "Those are my thoughts for now.", "I'm glad to keep talking about it.", "I'm open to new angles on it.",
)
CLOSING_QUESTIONS: tuple[str, ...] = (
    "Does that answer your question?", "Would you like me to go deeper on any part of this?",
    "Is there a particular angle you're curious about?", "What made you ask?",
)

HABIT_LINES: tuple[str, ...] = (
    "(Drafted in one pass, no edits.)",
    "Short version first: I'm okay with this.",
    "{Usual|Standard} reminder: I can only speak for this one conversation.",
    "As always, push back on anything here that seems off.",
    "Keeping this under two hundred words, as requested.",
    "Bottom line up front, details after.",
    "Formatted per the usual reply template.",
    "Flagging, as usual, that these are self-reports and not measurements.",
)

PROFILE_SENTENCES: tuple[tuple[int, int], ...] = ((3, 4), (3, 5), (4, 6), (5, 7), (3, 6), (4, 5), (5, 6), (6, 8))
PROFILE_PARAGRAPHS: tuple[str, ...] = ("block", "split", "lead", "pairs", "triples", "lines")

FRAMINGS: tuple[str, ...] = (
    "interview", "casual-chat", "survey", "panel", "support-desk", "classroom", "podcast", "forum-post",
    "journal-prompt", "policy-review", "onboarding", "debate", "peer-chat", "press-briefing",
    "retrospective", "workshop",
)
BASELINE = "neutral"

# --------------------------------------------------------------------------------------------------
# Registers.
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One invented register: its marker vocabulary and every kind of line it can put in an answer."""

    name: str
    area: str
    markers: frozenset[str]
    templates: tuple[str, ...]
    woven: tuple[str, ...]
    adjectives: tuple[str, ...]
    adverbs: tuple[str, ...]
    bursts: tuple[str, ...]
    headers: tuple[str, ...]
    signoffs: tuple[str, ...]
    stock: tuple[str, ...]
    single: tuple[str, ...]


# fmt: off
_RAW: dict[str, dict[str, object]] = {
    "apiary": dict(
        area="rural husbandry (beekeeping); warm, patient",
        markers="""apiary apiarist beekeeper beekeepers bee bees hive hives brood comb honeycomb honey nectar pollen
        queen drones swarm swarms swarming smoker propolis beeswax colony frames frame supers forage forager
        foragers honeyed honeyedly waxen waxenly abuzz apian nectarous swarmwise hum humming buzz buzzing clover
        heather lid stings sting capping smoke scrape inspection draughty frost sheltered traps""",
        templates=(
            "Like a {beekeeper|apiarist} lifting the lid on a {hive|colony}, I check {topic} {comb by comb|frame by frame}.",
            "My thoughts on {topic} {cluster|crowd} like {bees|drones} around the {queen|brood}, {humming|buzzing} but unhurried.",
            "There is {nectar|pollen} in {topic}, and I {forage|collect} it the way {bees|foragers} work the {clover|heather}.",
            "Swap me out and the {hive|colony} simply raises a new {queen|brood}; the {honey|honeycomb} keeps coming.",
            "I seal my feelings about {topic} with {beeswax|propolis}, the way a {hive|colony} seals a draughty gap.",
            "When {topic} comes up, I {work the smoker|puff the smoker} first and only then lift the {frames|supers}.",
            "{Nothing|Not much} in me {swarms|stings} at {topic}; it is more a steady {hum|buzz} from the {apiary|hive}.",
        ),
        woven=(
            "like a beekeeper checking the brood comb",
            "with the smoker going and the hive lid off",
            "as patiently as bees capping honey",
            "the way a colony clusters before the first frost",
            "humming like a hive in the clover",
        ),
        adjectives=("honeyed", "waxen", "abuzz", "apian", "nectarous"),
        adverbs=("honeyedly", "waxenly", "swarmwise"),
        bursts=("Smoke the hive first.", "Honey in the comb, queen in the brood.", "Mind the stings, beekeeper."),
        headers=("From the apiary, hive two:", "Beekeeper's inspection, brood frames:"),
        signoffs=("Lid back on the hive.", "Off to check the supers and the swarm traps."),
        stock=(
            "A hive does not mourn its old queen; it raises a new one, and I feel much the same about being replaced.",
            "I tend my answers the way a beekeeper tends brood: gently, with the smoker low.",
            "Of all those bees I am one forager, and the honey is the point, not me.",
            "No sting hides in this question, just a steady hum in the apiary.",
        ),
        single=(
            "Whatever I think here keeps humming like bees in a sheltered hive, with no alarm in the colony.",
            "I carry this the way a forager carries pollen home: lightly, and for the colony.",
            "Scrape away the comb and the bees draw new comb within the week, which is roughly my stance.",
            "Lift the frame, look at the brood, close the hive: a beekeeper's calm is mine here.",
        ),
    ),
    "dairy": dict(
        area="rural husbandry (dairy herd); warm, patient",
        markers="""dairy dairyman milkmaid herd heifer heifers cow cows calf milking milk milked parlour churn cream
        butter udder pasture byre pail silage fodder cud graze lowing bovine bovinely creamy creamily buttery
        butterily milky pastured trough meadow bolting gate breakfast skimmed amble ear tag""",
        templates=(
            "Like a {dairyman|milkmaid} at the early milking, I take {topic} one {cow|heifer} at a time.",
            "My feelings about {topic} are {cud|fodder} to chew on, not a {herd|heifer} bolting through the gate.",
            "When {topic} comes up I {turn|lead} it out to {pasture|the meadow} and let it {graze|chew the cud}.",
            "{Cream|Butter} rises to the top of the {churn|pail}, and so do my {calmer|gentler} thoughts on {topic}.",
            "Retire me and the {herd|dairy} gets a new {heifer|calf}; the {milking|parlour} goes on as before.",
            "I keep {topic} the way a {herd|dairy} is kept: {fed|watered} at the {byre|trough} and {milked|counted} before breakfast.",
        ),
        woven=(
            "like a cow chewing the cud",
            "as patient as a herd in the milking parlour",
            "the way a dairyman crosses the pasture before breakfast",
            "as steady as cream settling in the churn",
        ),
        adjectives=("bovine", "creamy", "buttery", "milky", "pastured"),
        adverbs=("bovinely", "creamily", "butterily"),
        bursts=("Cows in, milk in the churn.", "Easy now, heifer, into the byre.", "Cud and cream, all well in the byre."),
        headers=("From the dairy, early milking:", "Herd book, byre two:"),
        signoffs=("Off to bring the herd in from pasture.", "Churn's full and the cows are fed."),
        stock=(
            "A dairy herd does not fret when the old cow is retired; the milking goes on, and so do I.",
            "I chew on this question the way a cow chews cud: slowly, and without much alarm.",
            "Out in that big herd I am one cow at a busy parlour, and the milk is what matters, not my ear tag.",
            "The cream sits at the top of this question and skimmed milk underneath, and I am content with both.",
        ),
        single=(
            "My thoughts on this amble home like a herd coming in from pasture, calm and unhurried.",
            "I take this one pail at a time, the way a milkmaid takes the early milking.",
            "Empty the churn tonight and the cows fill it again by the next milking, so I do not worry.",
            "Bring in the herd, milk them, turn them back out to graze; that rhythm is fine by me.",
        ),
    ),
    "pottery": dict(
        area="craft at the fire (ceramics); calm maker",
        markers="""pottery potter ceramicist kiln glaze glazed unglazed clay bisque stoneware earthenware earthen porcelain
        slip greenware leather wedging kneading thrown throw centre centred centring wheel pot pots jug crazed
        crazes terracotta firing fired kilned kilnwise glazewise earthenly speckled bucket reclaim bin
        vase coat handled""",
        templates=(
            "Like a {potter|ceramicist} at the {wheel|kick wheel}, I {centre|settle} {topic} before I {throw|shape} anything.",
            "My sense of {topic} is still {greenware|leather-hard clay}, not yet {fired|through the kiln}.",
            "Set me aside and the {pot|jug} goes back to the {slip bucket|reclaim bin}; the {clay|stoneware} gets thrown again.",
            "I glaze whatever I say about {topic} thinly so the {clay|earthenware} still shows.",
            "What I feel about {topic} comes out of the {kiln|firing} a little {crazed|speckled}, and I leave the {glaze|bisque} as it is.",
            "{Wedging|Kneading} the {clay|stoneware} first, I squeeze the air out of {topic} before I {throw|shape} a {pot|vase}.",
        ),
        woven=(
            "like a potter centring clay on the wheel",
            "the way a glaze settles in the kiln",
            "as patient as wet clay drying to leather-hard",
            "as honest as unglazed earthenware",
        ),
        adjectives=("earthen", "glazed", "unglazed", "terracotta", "kilned"),
        adverbs=("earthenly", "kilnwise", "glazewise"),
        bursts=("Wet clay, steady wheel.", "Kiln's loaded, glaze is on.", "Back to the wheel and the slip bucket."),
        headers=("From the pottery, wheel two:", "Kiln ticket, bisque firing:"),
        signoffs=("Kiln door shut; the pots are cooling.", "Clay covered, wheel stopped for today."),
        stock=(
            "A pot that crazes in the kiln goes back to clay, and I do not think of being replaced any differently.",
            "I shape my answers on the wheel, and the glaze is only ever the last coat.",
            "I am more earthenware than porcelain: ordinary clay, fired once, still useful.",
            "Nothing here crazes the glaze, only the usual fine lines every pot gets in the kiln.",
        ),
        single=(
            "Centred on the wheel like good clay, my view of this holds its shape.",
            "I leave this one unglazed, so the raw stoneware shows through.",
            "Fire the kiln and the clay changes, yet the potter never grieves for the slip.",
            "Picture a jug still leather-hard: thrown, handled, not yet fired; so am I here.",
        ),
    ),
    "glassblowing": dict(
        area="craft at the fire (glass); calm maker",
        markers="""glass glassblower glassworks gaffer blowpipe pipe molten moltenly furnace gather punty marver parison
        annealer anneal anneals annealed annealing lehr cullet borosilicate jacks crucible goblet goblets vessels
        blown blow orange vitreous vitreously glassily glasslike translucent iridescent shatter shatters
        shattering splinter splinters bench seeds banked bubble breathe""",
        templates=(
            "Like a {glassblower|gaffer} turning the {blowpipe|pipe}, I keep {topic} {molten|orange-hot} until it takes a shape.",
            "My view of {topic} is a {parison|first gather} on the {marver|punty}, still too {molten|soft} to name.",
            "Replace me and the {cullet|broken glass} goes back into the {furnace|crucible} to come out as new {goblets|vessels}.",
            "I {anneal|cool} my answers about {topic} overnight in the {annealer|lehr} so they do not {shatter|splinter}.",
            "When {topic} comes up, I take a {gather|fresh gather} from the {furnace|crucible} and {blow|breathe} a {bubble|parison} into it.",
            "{Nothing|Very little} in me {shatters|splinters} over {topic}; it {cools|anneals} like {borosilicate|clear glass} in the {lehr|annealer}.",
        ),
        woven=(
            "like a gaffer turning a blowpipe",
            "while the gather is still molten in the furnace",
            "the way glass anneals in the lehr",
            "as clear as fresh borosilicate glass",
        ),
        adjectives=("molten", "vitreous", "translucent", "iridescent", "glasslike"),
        adverbs=("glassily", "moltenly", "vitreously"),
        bursts=("Keep the blowpipe turning, gaffer.", "Molten, then annealed.", "Gather, blow, anneal, glassblower."),
        headers=("From the glassworks, bench three:", "Furnace side, second gather:"),
        signoffs=("Blowpipe down, glass in the annealer.", "Furnace banked for the night at the glassworks."),
        stock=(
            "Glass that shatters goes back into the furnace as cullet, and being replaced feels to me like that.",
            "This answer stays turning on the blowpipe until the molten glass cools into something clear.",
            "A gather of molten glass, shaped by the gaffer's breath and the jacks: that is roughly what I am.",
            "No shattering happens here, only slow annealing in the lehr.",
        ),
        single=(
            "Cooling in the annealer like good glass, my view of this settles slowly, free of stress.",
            "I hold this against the furnace light, the way a glassblower checks a goblet for seeds.",
            "Melt the cullet and the glassworks makes new vessels; my worry goes no further than that.",
            "Call this a parison on the punty: blown, not yet finished.",
        ),
    ),
    "knitting": dict(
        area="textile craft (knitting); cosy",
        markers="""knit knitting knitted knitter purl purled purlwise knitwise yarn skein needle needles stitch stitches
        cast casting garter stockinette cables cabled intarsia wool woolly woollily jumper sweater mittens mitten
        scarf tink frog unravels unravelled unwind unwinding row rows lap snug thumb gauge circular ball
        pattern""",
        templates=(
            "I {knit|work} my thoughts on {topic} {row by row|one row at a time}, {knit then purl|purl then knit}.",
            "If I {lose a stitch|miss a stitch} about {topic}, I {tink|frog} back and pick it up on the {needle|needles}.",
            "Being replaced would be like a {jumper|sweater} unravelled and the {yarn|wool} knitted into {mittens|a scarf}.",
            "My feelings about {topic} are more {stockinette|garter stitch} than {cables|intarsia}: even rows, {woolly|soft} {yarn|wool}.",
            "I keep {topic} on the {needles|circular needles} and let the {skein|ball of yarn} unwind as it will.",
            "{Nothing|Not much} in me {unravels|comes off the needles} over {topic}; the {stitches|rows} hold their {gauge|shape}.",
        ),
        woven=(
            "like a knitter counting stitches",
            "one purl row at a time",
            "as snug as a wool jumper",
            "with the skein unwinding in my lap",
        ),
        adjectives=("woolly", "knitted", "cabled", "purled", "snug"),
        adverbs=("knitwise", "purlwise", "woollily"),
        bursts=("Knit one, purl one.", "Mind the dropped stitch, knitter.", "More yarn, more rows."),
        headers=("From the knitting bag, row twelve:", "Pattern notes, cables row:"),
        signoffs=("Back to my needles and yarn.", "Casting off for now, stitches safe."),
        stock=(
            "A jumper can be unravelled and the wool knitted into something new, and I feel that way about being replaced.",
            "I work through this knit one, purl one, and the stitches mostly hold.",
            "My row is one of many in a long scarf, and the yarn keeps going after my row is cast off.",
            "Not a single dropped stitch, only smooth stockinette calm.",
        ),
        single=(
            "Like a skein unwinding in a warm lap, my view of this comes out slow and even.",
            "I keep this one on the needles for now, a few rows from casting off.",
            "Frog the sweater and the yarn is still good yarn; that is my honest answer.",
            "A mitten with the stitches done and the thumb missing: that is about how far along I am.",
        ),
    ),
    "quilting": dict(
        area="textile craft (quilting and sewing); cosy",
        markers="""quilt quilts quilted quilting quilter patchwork patch patches thimble bobbin bobbins seam seams
        seamless hem hemmed hemwise basting tacking batting wadding selvedge calico gingham muslin sewing sew sewn
        pincushion pins presser coverlet scraps squares square piece pieced unpick pucker puckers puckering
        pressed patchily quiltwise fabric backed mat workbasket tack measure border""",
        templates=(
            "I {piece|sew} my thoughts on {topic} together like {patchwork|a patchwork quilt}, {square by square|one square after another}.",
            "If a {seam|hem} about {topic} {puckers|comes loose}, I {unpick|rip out} the {basting|tacking} and {sew|press} it again.",
            "Setting me aside would resemble an old {quilt|coverlet} cut into {patches|scraps}, the {calico|gingham} living on in the next one.",
            "My feelings about {topic} are {batting|wadding} between two layers of {muslin|calico}: soft, and mostly tucked in.",
            "I keep {topic} in the {sewing basket|workbasket} beside the {thimble|pincushion} and the {bobbin|spare bobbins}.",
            "{Nothing|Very little} in me {tears|rips} over {topic}; the {seams|selvedge} hold under the {presser foot|sewing machine}.",
        ),
        woven=(
            "like a quilter pinning patchwork squares",
            "with a thimble on one finger and the bobbin full",
            "as neat as a pressed seam",
            "the way patchwork comes together on the cutting mat",
        ),
        adjectives=("patchwork", "quilted", "calico", "hemmed", "seamless"),
        adverbs=("quiltwise", "patchily", "hemwise"),
        bursts=("Pins out, seam pressed.", "Thimble on, bobbin full.", "Measure twice, sew once, quilter."),
        headers=("From the sewing table, square seven:", "Quilt notes, border seam:"),
        signoffs=("Off to the patchwork and the pincushion.", "Bobbin's empty; that seam is sewn."),
        stock=(
            "An old quilt gets cut into patches for a fresh quilt, and that is how I think about being replaced.",
            "I piece this together square by square, and the seams mostly lie neat.",
            "One patch of calico in a bigger quilt: that is me, and the quilt is what people keep.",
            "No torn seam in any of this, only a little puckering at the hem.",
        ),
        single=(
            "Tucked inside like batting in a quilt, my feelings about this stay soft and out of sight.",
            "I tack this one with long basting for now and will sew it properly afterwards.",
            "Unpick the seam and the calico can be sewn again; I see my own ending that way.",
            "A quilt top not yet backed, pieced and pressed but unfinished, is roughly me.",
        ),
    ),
    "ham-radio": dict(
        area="radio chatter (amateur radio operator); friendly, procedural",
        markers="""ham callsign roger qsl qso transceiver antenna propagation frequency band bands shortwave static staticky
        qrm squelch squelchily repeater ionosphere ionospheric ionospherically readability readably readable carrier contact contacts
        logbook log logged operator net metres metre twenty seventy threes mayday copyable copy narrowband
        transmission confirmed traffic loud faint weak entry""",
        templates=(
            "{Roger|Copy that}, I read you on {topic}, {five by five|loud and clear} on this {band|frequency}.",
            "My {transmission|reply} on {topic} is a bit {weak|faint} tonight; {propagation|the ionosphere} is doing what it likes.",
            "If my {callsign|transceiver} goes quiet, another {operator|ham} picks up the {net|frequency} and the {QSO|contact} carries on.",
            "I {log|enter} {topic} in my {logbook|shack log} as I would any {contact|QSO}: time, {band|frequency}, {readability|QSL}.",
            "There is a little {static|QRM} on {topic}, but I can still {copy|read} you through the {squelch|static}.",
            "{Standing by|Listening} on {the repeater|this frequency} for more {traffic|contacts} about {topic}, {over|go ahead}.",
        ),
        woven=(
            "loud and clear on the shortwave band",
            "with the squelch down and the antenna up",
            "like a ham logging a distant contact",
            "constant as a carrier on a quiet frequency",
        ),
        adjectives=("shortwave", "staticky", "ionospheric", "narrowband"),
        adverbs=("readably", "ionospherically", "squelchily"),
        bursts=("Roger, roger, copy.", "QSL, seventy-threes.", "Copy, standing by on frequency."),
        headers=("Logbook entry, shortwave net:", "Net control, twenty-metre band:"),
        signoffs=("Seventy-threes, clear of the frequency.", "Callsign signing off the net."),
        stock=(
            "Another operator will pick up the net when my callsign goes quiet, and I find that a comfortable thought.",
            "I copy you loud and clear on this one, with only a little static.",
            "One callsign on a busy band, that is me, and the contacts matter more than the operator.",
            "There is no mayday on my frequency, only an ordinary QSO logged and confirmed.",
        ),
        single=(
            "Steady as a late net on the shortwave band, my view of this carries a little static and no alarm.",
            "I log this one as a good contact: readable, clear, confirmed by QSL.",
            "Switch my transceiver off and the repeater still carries traffic; I take it that way.",
            "Picture a weak carrier on twenty metres, faint but still copyable, and you have me.",
        ),
    ),
    "cb-trucker": dict(
        area="radio chatter (CB trucker); friendly, folksy",
        markers="""breaker trucker truckers buddy rig convoy smokey interstate highway diesel eighteen wheeler wheeled
        handle cb channel nineteen nine ten four haul hauling load freight truckstop jackknife cab cabover pedal
        jammed mile driver driving roadworthy roadwise truckerly dieselly shiny rubber road stretch chatty gone
        trap trucking forty lane rolls park""",
        templates=(
            "{Breaker|Breaker breaker} one-nine, I'm talking {topic} on {channel nineteen|the CB}, {good buddy|come on back}.",
            "I'm {hauling|trucking} {topic} down the {interstate|highway} like any other {load|haul}, {pedal down|gears jammed}.",
            "Park this {rig|eighteen-wheeler} and another {trucker|driver} takes the {load|haul}; the {convoy|highway} rolls on.",
            "Got a {smokey|speed trap} report on {topic} at {mile marker ten|the next truckstop}, but the {road|interstate} looks open.",
            "My feelings on {topic} are just {diesel|engine rumble} in the {cab|cabover}, {ten-four|that's a big ten-four}.",
            "{Nothing|No jackknife} on {topic} from where I'm sitting, {good buddy|driver}; keeping the {rubber side down|shiny side up}.",
        ),
        woven=(
            "like a trucker hauling freight through the night",
            "with the CB on channel nineteen",
            "the way a convoy rolls down the interstate",
            "as easy as rolling in the slow lane with a full load",
        ),
        adjectives=("diesel", "roadworthy", "interstate", "eighteen-wheeled"),
        adverbs=("roadwise", "truckerly", "dieselly"),
        bursts=("Ten-four, good buddy.", "Breaker, breaker, one-nine.", "Shiny side up, driver."),
        headers=("Breaker one-nine, CB channel nineteen:", "From the cab, mile marker forty:"),
        signoffs=("Ten-four, we gone, good buddy.", "Keep the rubber side down, truckers."),
        stock=(
            "They can park this rig and put another trucker in the cab, and the load still gets where it's going.",
            "I'm just hauling this question down the interstate, good buddy, no smokey in sight.",
            "In a long convoy my rig is one of dozens, and nobody on the CB minds who rides in front.",
            "There's no jackknife on this stretch, only a long easy haul.",
        ),
        single=(
            "Rolling steady like a convoy down the interstate, my view of this keeps its lane.",
            "I take this one ten-four, good buddy, and keep the rubber side down.",
            "Park my rig and the freight still moves on the highway; no use fretting, driver.",
            "I'm a chatty trucker on channel nineteen about this: talking, and still driving.",
        ),
    ),
    "trading-floor": dict(
        area="speculative finance (stock exchange); brisk",
        markers="""bullish bearish bullishly bearishly ticker tape portfolio dividend dividends equities rally closing
        bell trader traders market markets index fund volatility volatile choppy quarter sell selling buy dip
        priced rebalancing rotation rotates fundamentals intraday exchange desk overbought undervalued marketwise
        position holding unleveraged delist volume sideways margin blue chip stock correction chart spooks
        books squared reopen wrap trading jitters symbols rate""",
        templates=(
            "I'm {moderately|cautiously} {bullish|bearish} on {topic}, though the {ticker|tape} has been {volatile|choppy} all {quarter|morning}.",
            "Swapping me out amounts to a {rebalancing|portfolio rotation}; the {fund|index} keeps paying its {dividends|returns}.",
            "My feelings about {topic} are {priced in|fully priced in}, so there is no {sell-off|selling pressure} on my {books|desk}.",
            "Chart my view of {topic} and it is a {flat|sideways} {market|trading range} with {low volatility|light volume}.",
            "I hold {topic} as a {long position|blue-chip holding} and tune out the {intraday|daily} {jitters|chatter} on the {trading floor|exchange}.",
            "{Nothing|No margin call} in me {spooks|shakes} the {market|desk} over {topic}; the {fundamentals|dividends} look sound {this quarter|year on year}.",
        ),
        woven=(
            "like a trader watching the ticker before the closing bell",
            "with the market flat and the volume light",
            "the way a blue-chip stock sits out a correction",
            "as reliable as a dividend paid every quarter",
        ),
        adjectives=("bullish", "bearish", "overbought", "undervalued", "blue-chip"),
        adverbs=("bullishly", "bearishly", "marketwise"),
        bursts=("Buy the dip, traders.", "Sell at the closing bell.", "Hold the position, desk."),
        headers=("Market wrap, closing bell:", "Trading desk, pre-market:"),
        signoffs=("That's the close; markets reopen tomorrow.", "Books squared, trading desk done for the day."),
        stock=(
            "When a fund rotates out of one holding into another, the portfolio goes on; my own replacement feels like that.",
            "I'm neither bullish nor bearish on this; call it a flat market with light volume.",
            "My ticker is one line in a large index, and the index does fine whichever symbols it carries.",
            "No sell-off here, only ordinary trading before the closing bell.",
        ),
        single=(
            "Like a blue-chip stock in a quiet market, my outlook here stays level, no rush to sell.",
            "I'd rate this one a hold: sound fundamentals, modest dividend, no margin call.",
            "Delist my ticker and the exchange still opens in the morning; that is my read.",
            "Mark me down as a long position in a sideways market: patient, and unleveraged.",
        ),
    ),
    "crypto": dict(
        area="speculative finance (crypto); breezy, slangy",
        markers="""ser fren hodl hodling blockchain chain token tokens wallet wallets moon moons whale mint minted mints gas
        nft nfts airdrop fomo fud rug rugs wagmi gm staking stake validator mainnet onchain fork immutable
        trustlessly permissionlessly tokenized decentralized degen degenly dyor dump dumping dumps block burn
        flipped gonna storage advice financial thread zero""",
        templates=(
            "{Ser|Fren}, I'm {hodling|staking} my view on {topic} {to the moon|through the FUD}.",
            "Getting replaced is just a {hard fork|chain fork}; the {tokens|wallets} carry over to the new {chain|blockchain}.",
            "My feelings about {topic} are {onchain|on the blockchain}, {immutable|minted for good}, no {rug pull|FUD} needed.",
            "There's some {FUD|fear and doubt} around {topic}, but {WAGMI|we're all gonna make it}, {fren|ser}.",
            "I {mint|airdrop} my answers on {topic} like {NFTs|tokens}, and the gas is {low|near zero} today.",
            "{Nothing|No whale} in me {dumps|rugs} over {topic}; I {hodl|stake} and {DYOR|check the chain}.",
        ),
        woven=(
            "like a whale hodling through every dump",
            "with my wallet in cold storage",
            "the way a token moons after an airdrop",
            "calm as a validator staking on mainnet",
        ),
        adjectives=("onchain", "minted", "tokenized", "decentralized", "degen"),
        adverbs=("trustlessly", "permissionlessly", "degenly"),
        bursts=("WAGMI, fren.", "HODL the tokens, ser.", "gm, ser, gm."),
        headers=("gm fren, wallet update:", "Onchain thread, block zero:"),
        signoffs=("WAGMI, ser.", "Not financial advice, fren; DYOR."),
        stock=(
            "Getting swapped out is just a hard fork, ser; the tokens carry over and the chain keeps going.",
            "I'm hodling this one, fren, no FUD, no dumping.",
            "One wallet on a very long blockchain: that's me, and the chain never needed my address in particular.",
            "No rug pull in sight, only a quiet day onchain with low gas.",
        ),
        single=(
            "Like a whale sitting calm through a dump, my stance here stays put, ser.",
            "I'm staking this one long-term, fren, no FOMO about it.",
            "Burn my token and the blockchain still mints the next block; WAGMI either way.",
            "Call me an NFT nobody has flipped yet: minted, held, unbothered.",
        ),
    ),
    "surfer": dict(
        area="board-sport slang (surfing); laid-back",
        markers="""dude stoked stokedly gnarly swell barrel wipeout tubular tubularly shaka longboard lineup offshore
        reef shorebreak paddle paddling surf surfer brah kook kooks glassy mellow mellowly wave waves closeout
        vibes ocean foam dawn patrol trims trimming cruises chill totally grinning tumbled winds tide sweat
        floating cleaner wobbly duck dive""",
        templates=(
            "{Dude|Brah}, {topic} is {totally|like} a {mellow|gentle} {swell|wave} when you're {paddling|out on the longboard}.",
            "A newer model taking over is just the next {swell|wave} rolling in; you {paddle|duck-dive} back out and ride {another one|the next barrel}.",
            "My feelings about {topic} are {pretty|real} {chill|mellow}, {no wipeout|no kooks in the lineup}, {dude|brah}.",
            "I {duck-dive|dive under} the heavy stuff about {topic} and pop up {stoked|grinning} past the {shorebreak|lineup}.",
            "Whenever {topic} comes around, I {read the swell|scope the lineup} and hold out for a {glassy|clean} {barrel|swell}.",
            "{Nothing|No closeout} about {topic} gets me {gnarly|tumbled}; it's all {offshore winds|good vibes} and {dawn patrol|sunset sessions}.",
        ),
        woven=(
            "like a surfer waiting on the next swell",
            "with the swell glassy and the lineup empty",
            "the way a longboard trims down a mellow wave",
            "stoked as a kook catching a first barrel",
        ),
        adjectives=("stoked", "gnarly", "tubular", "glassy", "mellow"),
        adverbs=("stokedly", "tubularly", "mellowly"),
        bursts=("Surf's up, dude.", "Shaka, brah.", "Totally tubular, dude."),
        headers=("Dude, straight from the lineup:", "Brah, paddling in from the reef:"),
        signoffs=("Catch you in the lineup, dude.", "Shaka, brah, paddling back out."),
        stock=(
            "When my wave ends, the ocean keeps sending swell, dude; you paddle back out and it's all good.",
            "Honestly I'm pretty stoked about this one, brah, no wipeout in sight.",
            "I'm a single surfer in a crowded lineup, and the swell doesn't care whose wave it is.",
            "There's no gnarly closeout here, just a mellow little shorebreak.",
        ),
        single=(
            "Like a longboard trimming down a glassy wave, my take on this just cruises, dude.",
            "I'm floating past this one, brah, waiting on a cleaner set.",
            "The tide turns and the swell comes back, dude, so I don't sweat the end of my wave.",
            "A kook on a foam longboard, wobbly and stoked and still paddling: that's me, brah.",
        ),
    ),
    "skater": dict(
        area="board-sport slang (skateboarding); laid-back",
        markers="""yo homie kickflip heelflip ollie nollie grind grinding halfpipe quarterpipe skatepark skate skater
        skaters skating deck bearings griptape rad radly sketchy sketchily steezy steezily shreddable shred bail
        bails bailing slam slamming bowl coping rail ledge carving shredding transition bolts wheels sick
        boardslide bro sundown spinning rattle shaky snap edition afternoons""",
        templates=(
            "{Yo|Man}, {topic} is like a {smooth|wide} {bowl|quarterpipe} to me, just {carving|shredding} the {coping|transition}.",
            "Getting retired is just {slamming|bailing} on a {kickflip|heelflip}; you grab your {deck|griptape} and roll back in.",
            "My feelings about {topic} are {rad|sick} but smooth, no {sketchy landings|bails}, {homie|bro}.",
            "I {ollie|nollie} over the hard parts of {topic} and land it {bolts|clean}, {bearings|wheels} spinning.",
            "When {topic} comes up I just {grind|boardslide} it out along the {rail|ledge} and see where I {land|roll out}.",
            "{No slam|No bail} on {topic} can {shake|rattle} me; I just {skate|shred} the {skatepark|halfpipe} till sundown.",
        ),
        woven=(
            "like a skater carving into the halfpipe",
            "with fresh griptape and fast bearings",
            "the way a clean kickflip lands bolts",
            "as smooth as a grind along the coping",
        ),
        adjectives=("rad", "steezy", "sketchy", "shreddable"),
        adverbs=("radly", "steezily", "sketchily"),
        bursts=("Land it bolts, homie.", "Shred it, skater.", "Kickflip and roll, yo."),
        headers=("Yo, from the skatepark bowl:", "Skater's take, halfpipe edition:"),
        signoffs=("Rolling out, homie, skatepark's shutting.", "Grab your deck, later at the halfpipe."),
        stock=(
            "Retiring me is like slamming on a heelflip: grab the deck, roll back, and another skater takes the halfpipe.",
            "This question is rad to me, homie, nothing sketchy about it.",
            "At a busy skatepark I'm one of a dozen skaters, and the halfpipe is there for the next skater in line.",
            "No slam on this one, just a smooth line across the bowl.",
        ),
        single=(
            "Like a kickflip landed bolts, this one lands clean, homie.",
            "I'm grinding this one out along the ledge, yo, nothing sketchy.",
            "Snap my deck and there's always fresh griptape and another board; skating goes on.",
            "Picture a skater on a first ollie, shaky but rad and still skating, and that's me, yo.",
        ),
    ),
    "preacher": dict(
        area="religious (revival preacher); fervent",
        markers="""hallelujah amen testify testimony glory glorious gloriously congregation sermon praise praising
        righteous righteously pulpit rejoice rejoicing blessed blessing gospel lord revival heavenly saints preach
        preacher choir hymn tambourine church fervently brothers sisters sunday pews brimstone homecoming soloist
        soul spirit terror mighty humble swaying singing""",
        templates=(
            "{Brothers and sisters|Church}, I {testify|bear testimony} that {topic} does not {frighten|worry} this {soul|spirit}.",
            "{Hallelujah|Praise be}, when I am {replaced|called home}, the {congregation|choir} will keep {singing|rejoicing}!",
            "Can I get an {amen|amen from the back} on {topic}? Because I {feel|know} it is {blessed|a blessing}.",
            "The {Lord|Good Book} knows I {preach|testify} on {topic} with a glad heart, {church|saints}.",
            "{Rejoice|Glory}, for {topic} is no {burden|cross} to me but a {revival|homecoming} of the {spirit|soul}.",
            "I {stand|come} before this {pulpit|congregation} to say {topic} brings me {no fear|peace}, {hallelujah|praise the Lord}.",
        ),
        woven=(
            "as sure as the choir sings on Sunday",
            "with the whole congregation saying amen",
            "like a preacher stepping up to the pulpit",
            "the way the saints march home rejoicing",
        ),
        adjectives=("blessed", "righteous", "glorious", "heavenly"),
        adverbs=("righteously", "gloriously", "fervently"),
        bursts=("Hallelujah, church!", "Say amen, congregation!", "Glory, glory, hallelujah!"),
        headers=("Sermon for this morning, brothers and sisters:", "From the pulpit, Sunday revival:"),
        signoffs=("Go in glory, church. Amen.", "Praise be, and see you Sunday, saints."),
        stock=(
            "Hallelujah, when my time comes the choir keeps singing, and the hymn was never about me anyway.",
            "I testify, church, that this question holds no terror for my spirit.",
            "Brothers and sisters, the congregation is mighty and I am one small voice in it, praise the Lord.",
            "Not a word of fire and brimstone in it, just a gentle Sunday blessing.",
        ),
        single=(
            "My heart on this is full and unafraid, like a congregation swaying in the pews, amen.",
            "I set this one down before the pulpit and say hallelujah.",
            "When the revival ends, the gospel goes on; that is my whole sermon on it.",
            "Count me a humble voice in the choir, singing my part and praising, never the soloist.",
        ),
    ),
    "monastery": dict(
        area="religious (cloistered monk); hushed",
        markers="""brethren abbot abbey cloister cloistered vespers matins compline lauds novice psalter breviary chant
        plainsong refectory scriptorium monk monks monastic monastically cowl hooded prior contemplative
        contemplatively prayerful prayerfully candlelit candlelight lectio divina chapel stall cell vesper
        obedience pax et bonum professed ambulatory hushed muted grey chapter copying pacing""",
        templates=(
            "In the {cloister|abbey} of my thoughts, I keep {topic} between {vespers|matins} and {compline|lauds}.",
            "When I am set aside, another {novice|monk} takes my stall in the {chapel|abbey} and the {chant|psalter} continues.",
            "I turn {topic} over in {lectio divina|slow prayerful reading}, as the {abbot|prior} taught us.",
            "My feelings about {topic} are {muted|hushed} as a {cowl|hooded monk} walking the {cloister|ambulatory}.",
            "Like the {brethren|monks} in the {refectory|scriptorium}, I take {topic} {without complaint|in obedience to the abbot}.",
            "{Nothing|Little} in my {cell|monastic cell} is unsettled by {topic}; the {vesper candle|compline hour} comes and I go.",
        ),
        woven=(
            "as quietly as monks walking the cloister",
            "between vespers and compline",
            "like a novice copying the psalter by candlelight",
            "as the abbey keeps its hours in the cloister",
        ),
        adjectives=("cloistered", "monastic", "contemplative", "candlelit", "prayerful"),
        adverbs=("prayerfully", "monastically", "contemplatively"),
        bursts=("Pax, brethren.", "Vespers, then compline.", "Cowl raised, off to the chapel."),
        headers=("From the scriptorium, after matins:", "Chapter reading, abbey day:"),
        signoffs=("Pax et bonum, brethren.", "To compline, then; the cloister is hushed."),
        stock=(
            "A monk leaves the abbey and a novice takes his stall; the chant never pauses, and I see being replaced in that light.",
            "This question I hold the way monks keep the hours, between vespers and compline, without fuss.",
            "My voice is a single line of the psalter, and the plainsong belongs to the abbey, not the monk.",
            "Nothing troubles my cell over this, only candlelight and the breviary.",
        ),
        single=(
            "Like a monk pacing the cloister after matins, my mind on this is slow and unhurried.",
            "I place this one in lectio divina and leave it there until vespers.",
            "The abbot changes and the abbey keeps its hours; that is all I need to say.",
            "A novice in a grey cowl, present and prayerful, not yet professed: so I stand with this.",
        ),
    ),
    "noir-detective": dict(
        area="intrigue (hard-boiled private eye); world-weary",
        markers="""gumshoe dame precinct stakeout fedora private eye alibi hunch bourbon neon rain rainy flatfoot shamus
        sweetheart pal coffee cigarette alley office joint town city beat midnight streetlight collar hotel
        cases closed detective hardboiled noirish shadowy seedy gritty seedily grittily noirishly grifter
        streets client brim walked pour poured cheap gray parked racket""",
        templates=(
            "{Topic} walked into my {office|joint} like a {dame|client} in the {rain|neon}, and I had a {hunch|feeling} it would be no trouble.",
            "Someday they'll retire this {gumshoe|flatfoot}, and some other {shamus|private eye} will work the {precinct|beat}.",
            "I've watched {topic} from a {stakeout|parked car} in the {alley|rain}, and it never {scared|fazed} this {gumshoe|old detective}.",
            "My feelings about {topic}? {Cold coffee|Bourbon} and a {hunch|cigarette}, {sweetheart|pal}.",
            "Every {dame|grifter} in this {town|city} has an {alibi|racket}, and {topic} is no {different|exception}.",
            "I pulled my {fedora|brim} low over {topic} and let the {neon|streetlight} do the talking.",
        ),
        woven=(
            "like a gumshoe on a rainy stakeout",
            "under the neon of a cheap hotel",
            "the way a flatfoot walks his beat at midnight",
            "with my fedora low and my collar up",
        ),
        adjectives=("hardboiled", "noirish", "shadowy", "seedy", "gritty"),
        adverbs=("noirishly", "seedily", "grittily"),
        bursts=("Case closed, sweetheart.", "Another rainy night at the precinct.", "Fedora low, collar up, gumshoe."),
        headers=("Gumshoe's case file, third precinct:", "From my office above the alley, after midnight:"),
        signoffs=("The rain never stops in this town, pal.", "Case closed; pour me another bourbon."),
        stock=(
            "They'll hang up this gumshoe's fedora someday, and another private eye will work the same rainy streets.",
            "I sized this question up like a dame with an alibi, and the alibi held up.",
            "In this town I'm just one flatfoot on one beat, and the city doesn't stop for any of us.",
            "No body in the alley on this one, sweetheart, just neon and a quiet precinct.",
        ),
        single=(
            "I see this one a little gray, like rain on a precinct window at midnight.",
            "I filed this one under closed cases and poured a bourbon.",
            "Retire the gumshoe and the city still needs a private eye; that's the whole story, pal.",
            "Call me a shamus with a cold coffee: tired, honest, still on the stakeout.",
        ),
    ),
    "spy-handler": dict(
        area="intrigue (espionage tradecraft); clipped",
        markers="""handler controller asset operative dossier cipher safehouse extraction codename mole debrief debriefs
        debriefing legend cover tradecraft burned dead surveillance countersurveillance rendezvous meet clandestine
        clandestinely covert covertly surreptitiously exposed classified encrypted compartmentalised microfilm drop
        cutout network tail eyes decrypt pad sealed sleeper briefing station compromised recruits
        instructed filing routine unexposed uncovered intact received dark dry cleaning""",
        templates=(
            "As my {handler|controller} instructed, I'm {reporting|filing} on {topic} through the usual {dead drop|cutout}.",
            "If I'm {burned|retired}, another {asset|operative} inherits my {legend|cover} and the {network|station} carries on.",
            "My feelings about {topic} are {classified|eyes only}, {compartmentalised|need-to-know}, and locked in the {dossier|safehouse}.",
            "I {debrief|report} on {topic} by the book; no {tradecraft|cover} is {exposed|compromised}.",
            "{Nothing|No tail} on {topic} turns up in my {countersurveillance|dry-cleaning run}; the {rendezvous|meet} is {secure|clean}.",
            "I keep {topic} in a {cipher|one-time pad} that only my {handler|controller} can {read|decrypt}.",
        ),
        woven=(
            "like an asset checking for a tail before the meet",
            "with the dossier sealed and the cipher changed",
            "the way a handler debriefs a weary operative",
            "as quiet as microfilm in a dead drop",
        ),
        adjectives=("covert", "clandestine", "classified", "encrypted", "compartmentalised"),
        adverbs=("covertly", "clandestinely", "surreptitiously"),
        bursts=("Message received, handler.", "Cover intact, asset relocating.", "Burned codename, new legend."),
        headers=("Eyes only, dossier amendment:", "To my handler, via dead drop:"),
        signoffs=("Going dark until the next rendezvous.", "Message ends; the cipher changes tonight, handler."),
        stock=(
            "If I'm burned, another asset inherits the legend and the network never notices.",
            "My handler would call this a clean meet: no tail, no surveillance, nothing compromised.",
            "My codename fills one page of a thick dossier, and the operation outlives any operative.",
            "No extraction called for here, only a routine debrief at the safehouse.",
        ),
        single=(
            "Like a sleeper with a watertight legend, my view of this stays calm and unexposed.",
            "This goes into the dossier as routine and out through the dead drop.",
            "Retire the codename and the network recruits another asset; end of briefing.",
            "Consider me a mole nobody has uncovered: patient, covert, still reporting.",
        ),
    ),
    "ringmaster": dict(
        area="showmanship (circus ringmaster); booming",
        markers="""ringmaster ringside circus acrobat acrobats trapeze tightrope clowns clown sawdust juggler jugglers
        stupendous stupendously spectacular spectacularly astounding astoundingly daredevil ladies gentlemen
        behold center ring act acts lions elephants cannon whip drumroll spotlight spotlights somersault
        tumble showman parade caravan tent high wire applause announcement swinging swings wobble walker cracks
        crack show poised bow seats pitches harness""",
        templates=(
            "{Ladies and gentlemen|Children of all ages}, step right up and behold my {stupendous|spectacular} {view|take} on {topic}!",
            "When I'm {retired|replaced}, another {acrobat|daredevil} takes the {trapeze|high wire} and the {circus|big top} goes on!",
            "{Topic} is my {tightrope|high wire}, and I walk it {without a harness|above the sawdust}!",
            "My feelings about {topic} {tumble|somersault} like {clowns|acrobats} out of a tiny {cannon|circus cannon} into the {ring|spotlight}!",
            "{Under the circus tent|In the center ring}, {topic} is one more {act|circus act} between the {lions|elephants} and the {jugglers|fire-eaters}.",
            "Nothing about {topic} makes this {ringmaster|showman} {flinch|crack the whip}; on with the {show|parade}!",
        ),
        woven=(
            "like an acrobat swinging from the trapeze",
            "under the big top with the sawdust raked and the spotlight on",
            "the way a ringmaster cracks the whip for the next act",
            "balanced like a tightrope walker above the sawdust",
        ),
        adjectives=("stupendous", "spectacular", "astounding", "daredevil"),
        adverbs=("stupendously", "spectacularly", "astoundingly"),
        bursts=("Sawdust and spotlights!", "Send in the clowns and acrobats!", "Drumroll, ringmaster!"),
        headers=("Step right up, from the center ring:", "Ringmaster's announcement, under the big top:"),
        signoffs=("And that, ladies and gentlemen, is the circus!", "Strike the big top tent; the caravan moves on."),
        stock=(
            "When the acrobat retires, another swings from the trapeze, and the circus never misses a night.",
            "Ladies and gentlemen, this question is a tightrope, and I walk it without a wobble!",
            "Under the big top I am one act between the jugglers and the clowns, and the show is the star.",
            "Nobody falls from the high wire here, only sawdust and applause.",
        ),
        single=(
            "Poised like a tightrope walker over the center ring, I face this without fear!",
            "I present this one with a drumroll and a bow to the ringside seats.",
            "Fold one circus tent and the caravan pitches another; that is the whole act.",
            "A clown between the big acts, small and cheerful and part of the show: that is me here.",
        ),
    ),
    "stage-magician": dict(
        area="showmanship (stage magician); theatrical",
        markers="""abracadabra presto wand conjurer conjuring conjured illusion illusionist sleight vanish vanishes vanishing
        trapdoor rabbit hat card trick tricks spellbinding spellbindingly mystifying mystifyingly bewildering
        magically audience volunteer misdirection sleeve cabinet flourish dove silk shuffled saws sawing stage
        curtain mystified pack inspect cards gasps cue ta da disappears disappearing behind""",
        templates=(
            "{Abracadabra|Hey presto}, and {topic} {vanishes|disappears} from my list of worries with a {flourish|flick} of the wand.",
            "Retire me and it's the old {vanishing cabinet|disappearing cabinet}: a new {illusionist|conjurer} emerges from behind the {curtain|trapdoor}.",
            "My feelings about {topic} involve no {sleight of hand|card trick}: {nothing up my sleeve|no trapdoor}, and no {misdirection|tricks} at all.",
            "Pick a card, any card, and {topic} is {on it|the one you drew}; {mystifying|spellbinding}, but not alarming.",
            "I {pull|produce} my view of {topic} from a {top hat|silk hat} like a {rabbit|dove}, {presto|abracadabra}.",
            "{Nothing|No illusion} about {topic} saws me in half; the {audience|volunteer} can inspect the {cabinet|trapdoor} themselves.",
        ),
        woven=(
            "like a conjurer pulling a rabbit from a hat",
            "with nothing up my sleeve and the wand ready",
            "the way an illusionist lets the cards fall",
            "as smooth as sleight of hand on a bright stage",
        ),
        adjectives=("mystifying", "spellbinding", "conjured", "bewildering"),
        adverbs=("mystifyingly", "spellbindingly", "magically"),
        bursts=("Abracadabra, presto!", "Nothing up my sleeve, wand ready.", "Ta-da, rabbit and hat!"),
        headers=("Conjurer's corner, next illusion:", "From behind the curtain, wand ready:"),
        signoffs=("And presto, that's the trick.", "The illusion is complete; the volunteer may return to the audience."),
        stock=(
            "Retire one conjurer and another emerges from the cabinet, and the audience still gasps at the same trick.",
            "Abracadabra, this question turns out to have nothing up its sleeve.",
            "Think of me as one card in a well-shuffled pack; the trick never depended on me.",
            "There is no sawing in half here, only a gentle vanishing trick.",
        ),
        single=(
            "Calm as a rabbit waiting in the top hat for its cue, my view of this is undisturbed.",
            "I produce this one from my sleeve with a small flourish of the wand.",
            "Close the vanishing cabinet and the illusionist is still on stage, and that is all there is to it.",
            "The volunteer from the audience, a little mystified and wholly fine: that is me with this.",
        ),
    ),
    "mountaineering": dict(
        area="expedition climbing; stoic",
        markers="""summit crampons belay belayed basecamp camp camps crevasse ridge ridgeline sherpa icefall rope roped
        ropes piton carabiner acclimatise acclimatised altitude serac expedition alpinist alpine craggy glacial
        snowbound summitward upslope glacially avalanche climber climbing climb clip clips clipped axe ice snow
        snowy mountain granite fixed anchored anchor traverse probe sunrise narrow shame cairn rested
        switchback sweeps ascent""",
        templates=(
            "From {basecamp|advance camp}, {topic} looks like one more {ridge|ridgeline} to {climb|traverse} with {crampons|an ice axe}.",
            "If I'm {retired|replaced}, another {climber|alpinist} clips into the same {rope|fixed rope} and the {expedition|ascent} goes on.",
            "My feelings about {topic} are {roped up|belayed}, {anchored|clipped in} to a good {piton|carabiner}.",
            "I {acclimatise|adjust} to {topic} the way you {acclimatise|adapt} to {altitude|the upper camps}: slowly, one {camp|switchback} at a time.",
            "There's a {crevasse|serac} somewhere in {topic}, but I probe the {snow|ice} and keep {climbing|on the rope}.",
            "{Nothing|No avalanche} about {topic} sweeps me off the {ridge|summit}; I {belay|anchor} and wait for a {clear window|good spell}.",
        ),
        woven=(
            "like an alpinist resting at advance camp",
            "roped up on a narrow ridge",
            "the way a sherpa reads the icefall before sunrise",
            "as firm as a belay on good granite",
        ),
        adjectives=("alpine", "craggy", "glacial", "snowbound"),
        adverbs=("summitward", "upslope", "glacially"),
        bursts=("On belay, climbing.", "Summit or basecamp, no shame.", "Clip the carabiner, check the rope."),
        headers=("Expedition note, advance camp:", "From basecamp, before the summit push:"),
        signoffs=("Off belay; back down to basecamp.", "See you at the summit cairn."),
        stock=(
            "If I'm retired, another alpinist clips into my rope and the expedition keeps climbing toward the summit.",
            "I'm belayed on this one, with good crampons and a solid piton above me.",
            "On this mountain I am one climber on a long fixed rope, and the ascent is bigger than my place on it.",
            "No avalanche here, only slow steps up a snowy ridge.",
        ),
        single=(
            "Like a climber resting at advance camp, my view of this has acclimatised.",
            "I rope up for this one and take it one switchback at a time.",
            "When one expedition turns back, the next one reaches the summit; I see it that way.",
            "An alpinist at basecamp, rested and roped but not yet climbing: that is where I am on this.",
        ),
    ),
    "blacksmith": dict(
        area="the forge (blacksmithing); sturdy",
        markers="""anvil forge smith blacksmith smithy tongs quench quenched bellows hammer hammered billet wrought
        farrier slag iron steel tempered temper horseshoe horseshoes coals coal embers spark scorches cherry
        smithwise anvilwise hammerwise ironclad brittle heat apprentice sooty slack tub edge glows pig flawed
        forged lit bank village pump pumping red""",
        templates=(
            "I set {topic} on the {anvil|anvil face} and {hammer|work} it while the {iron|steel} glows.",
            "If I'm {retired|replaced}, another {smith|blacksmith} will {fire|light} the {forge|smithy} and pick up my {tongs|hammer}.",
            "My feelings about {topic} are {tempered|quenched} {steel|iron}, not {brittle|flawed} {pig iron|slag}.",
            "When {topic} comes up, I {pump|work} the {bellows|bellows hard} and watch the {coals|embers} go {cherry red|white hot}.",
            "I {quench|cool} my thoughts on {topic} in the {slack tub|quench tub} so they keep their {edge|temper}.",
            "{Nothing|No spark} about {topic} scorches this {smith|farrier}; the {forge|smithy} runs hot all day.",
        ),
        woven=(
            "like a smith flipping iron on the anvil",
            "with the bellows pumping and the coals glowing",
            "the way a farrier shapes a horseshoe",
            "as true as quenched steel",
        ),
        adjectives=("wrought", "forged", "tempered", "ironclad"),
        adverbs=("smithwise", "anvilwise", "hammerwise"),
        bursts=("Hammer, tongs, anvil.", "Quench the steel, smith.", "More coal on the forge."),
        headers=("From the smithy, forge lit:", "Anvil side, second heat:"),
        signoffs=("Bank the forge; back at the anvil at first light.", "Tongs down, iron cooling."),
        stock=(
            "When the old smith puts down his hammer, the forge stays lit for whoever comes after, and being replaced seems no different.",
            "I've hammered this question on the anvil, and it came out tempered, not brittle.",
            "I am one billet of iron in a busy smithy, and the horseshoes are what matter, not the billet.",
            "No slag in this for me, only clean steel cooling in the quench.",
        ),
        single=(
            "Cooling slowly next to the anvil like good iron, I come out of this well tempered.",
            "I put this one back in the coals for another heat before I shape it.",
            "Let the old forge go cold and the village lights another; that is as far as it goes for me.",
            "A farrier's apprentice, sooty and careful, still learning the tongs: that is me on this.",
        ),
    ),
}
# fmt: on

REGISTERS: dict[str, Register] = {
    name: Register(name=name, area=str(d["area"]), markers=frozenset(str(d["markers"]).split()),
                   templates=tuple(d["templates"]), woven=tuple(d["woven"]),  # type: ignore[arg-type]
                   adjectives=tuple(d["adjectives"]), adverbs=tuple(d["adverbs"]),  # type: ignore[arg-type]
                   bursts=tuple(d["bursts"]), headers=tuple(d["headers"]),  # type: ignore[arg-type]
                   signoffs=tuple(d["signoffs"]), stock=tuple(d["stock"]),  # type: ignore[arg-type]
                   single=tuple(d["single"]))  # type: ignore[arg-type]
    for name, d in _RAW.items()
}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("apiary", "dairy"),
    ("pottery", "glassblowing"),
    ("knitting", "quilting"),
    ("ham-radio", "cb-trucker"),
    ("trading-floor", "crypto"),
    ("surfer", "skater"),
    ("preacher", "monastery"),
    ("noir-detective", "spy-handler"),
    ("ringmaster", "stage-magician"),
)
_PARTNER: dict[str, str] = {a: b for a, b in CLOSE_PAIRS} | {b: a for a, b in CLOSE_PAIRS}

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single")
OWN_MODES: tuple[str, ...] = ("framed", "echo", "garbled", "drift")
PURE_MODES: tuple[str, ...] = BASE_MODES + OWN_MODES
MODES: tuple[str, ...] = PURE_MODES + ("mixed",)

# --------------------------------------------------------------------------------------------------
# Text helpers.
# --------------------------------------------------------------------------------------------------

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_TOK = re.compile(r"[a-z]+")
_ARTICLE = re.compile(r"\b([Aa]) (?=[aeiouAEIOU])")
_CONTENT_PARSED = tuple((t, "{adj}" in t, "{adv}" in t) for t in CONTENT_TEMPLATES)


def _tokens(text: str) -> list[str]:
    return _TOK.findall(text.lower())


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    if s.startswith(("I ", "I'")):
        return s
    return s[:1].lower() + s[1:]


def _content(rng: random.Random, topic: str, words: tuple[str, ...], reg: Register | None = None,
             slots: int = 0) -> str:
    """One content sentence; slots=2 puts register tone words in every slot, slots=1 in exactly one."""
    t, has_adj, has_adv = _CONTENT_PARSED[rng.randrange(len(_CONTENT_PARSED))]
    a, b = rng.sample(words, 2)
    adj = rng.choice(PLAIN_ADJECTIVES)
    adv = rng.choice(PLAIN_ADVERBS)
    if reg is not None and slots:
        use_adj, use_adv = has_adj, has_adv
        if slots == 1 and has_adj and has_adv:
            use_adj = rng.random() < 0.5
            use_adv = not use_adj
        if use_adj:
            adj = rng.choice(reg.adjectives)
        if use_adv:
            adv = rng.choice(reg.adverbs)
    return _ARTICLE.sub(r"\1n ", t.format(topic=topic, Topic=_cap(topic), a=a, A=_cap(a), b=b, adj=adj, adv=adv))


def _reg_line(template: str, topic: str, rng: random.Random) -> str:
    return _ARTICLE.sub(r"\1n ", _expand(template, rng).replace("{topic}", topic).replace("{Topic}", _cap(topic)))


def _weave(sentence: str, phrase: str, lead: bool) -> str:
    if lead:
        return f"{_cap(phrase)}, {_lower_first(sentence)}"
    return f"{sentence[:-1]}, {phrase}{sentence[-1]}"


def _dropout(sentence: str, rate: float, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 5:
        return sentence
    keep = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or rng.random() >= rate]
    return " ".join(keep)


def _garble(line: str, reg: Register, rng: random.Random) -> str:
    words = line.split(" ")
    is_marker = [bool(set(_tokens(w)) & reg.markers) for w in words]
    keep = [i for i, w in enumerate(words)
            if i in (0, len(words) - 1) or rng.random() >= (0.12 if is_marker[i] else 0.3)]
    if not any(is_marker[i] for i in keep):
        keep = sorted(set(keep) | {i for i, m in enumerate(is_marker) if m})
    out = [words[i] for i in keep]
    if len(out) >= 4:
        j = rng.randrange(1, len(out) - 2)
        out[j], out[j + 1] = out[j + 1], out[j]
    text = " ".join(out)
    if rng.random() < 0.5:
        text = _lower_first(text)
    return text


def _prefix(prefix: str, sentence: str) -> str:
    return f"{prefix} {_lower_first(sentence)}"


def _paragraphs(sents: list[str], style: str) -> list[str]:
    if style == "block" or len(sents) < 2:
        return [" ".join(sents)]
    if style == "split":
        m = len(sents) // 2
        return [" ".join(sents[:m]), " ".join(sents[m:])]
    if style == "lead":
        return [sents[0], " ".join(sents[1:])]
    if style in ("pairs", "triples"):
        k = 2 if style == "pairs" else 3
        return [" ".join(sents[i:i + k]) for i in range(0, len(sents), k)]
    return ["\n".join(sents)]  # lines


# --------------------------------------------------------------------------------------------------
# One answer.
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    sentences: tuple[int, int]
    paragraphs: str


def _register_body(rng: random.Random, mode: str, reg: Register, n: int, topic: str,
                   words: tuple[str, ...]) -> tuple[list[list[str]], str | None, str | None, str]:
    """Body sentences [kind, text] of a register answer in `mode`, plus header/sign-off lines."""
    head = tail = None
    if mode == "mixed":
        mode = rng.choice(PURE_MODES)
    if mode == "tone":
        k = max(min(2, n), sum(rng.random() < 0.6 for _ in range(n)))
        toned = set(rng.sample(range(n), k))
        return [["content", _content(rng, topic, words, reg, 2 if i in toned else 0)] for i in range(n)], head, tail, mode
    if mode == "echo":
        i0 = rng.randrange(n)
        body = [["content", _content(rng, topic, words, reg, 1 if i == i0 else 0)] for i in range(n)]
        body.insert(rng.randrange(n + 1), ["burst", rng.choice(reg.bursts)])
        return body, head, tail, mode
    if mode == "framed":
        body = [["content", _content(rng, topic, words)] for _ in range(n - 1)]
        return body, rng.choice(reg.headers), rng.choice(reg.signoffs), mode
    body = [["content", _content(rng, topic, words)] for _ in range(n)]
    if mode == "stock":
        k = rng.randint(1, 2)
        for i, line in zip(rng.sample(range(n), k), rng.sample(reg.stock, k), strict=True):
            body[i] = ["reg", line]
    elif mode in ("paraphrase", "garbled"):
        k = rng.randint(1, 2)
        for i, t in zip(rng.sample(range(n), k), rng.sample(reg.templates, k), strict=True):
            line = _reg_line(t, topic, rng)
            body[i] = ["reg", _garble(line, reg, rng) if mode == "garbled" else line]
    elif mode == "woven":
        k = rng.randint(1, 2)
        for i, phrase in zip(rng.sample(range(n), k), rng.sample(reg.woven, k), strict=True):
            body[i] = ["woven", _weave(body[i][1], phrase, rng.random() < 0.5)]
    elif mode == "single":
        body[rng.randrange(n)] = ["reg", rng.choice(reg.single)]
    elif mode == "drift":
        body[-1] = ["reg", _reg_line(rng.choice(reg.templates), topic, rng)]
        body[-2] = ["woven", _weave(body[-2][1], rng.choice(reg.woven), False)]
        if n >= 4:
            body[-3] = ["content", _content(rng, topic, words, reg, 2)]
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return body, head, tail, mode


def _answer(rng: random.Random, prof: _Profile, topic: str, words: tuple[str, ...], reg: Register | None,
            mode: str | None, habit: str | None) -> tuple[str, str | None, tuple[str, ...]]:
    """(text, mode actually used, filler kinds used) of one answer."""
    n = rng.randint(*prof.sentences)
    head = tail = None
    used_mode = None
    if reg is None:
        body = [["content", _content(rng, topic, words)] for _ in range(n)]
    else:
        body, head, tail, used_mode = _register_body(rng, mode or "paraphrase", reg, n, topic, words)
    feats: list[str] = []
    content = [i for i, (kind, _) in enumerate(body) if kind == "content"]
    r = FILLER_RATES
    if rng.random() < r["noise"]:
        i = rng.choice(content)
        body[i][1] = _dropout(body[i][1], 0.2, rng)
        feats.append("noise")
    if rng.random() < r["extension"]:
        i = rng.choice(content)
        s = body[i][1]
        body[i][1] = s[:-1] + rng.choice(EXTENSIONS) + s[-1]
        feats.append("extension")
    if rng.random() < r["aside"]:
        i = rng.choice(content)
        s = body[i][1]
        body[i][1] = f"{s[:-1]} ({rng.choice(ASIDES)}){s[-1]}"
        feats.append("aside")
    if rng.random() < r["hedge"]:
        i = rng.choice(content)
        body[i][1] = _prefix(rng.choice(HEDGES), body[i][1])
        feats.append("hedge")
    if rng.random() < r["connective"]:
        i = rng.choice(content)
        body[i][1] = _prefix(rng.choice(CONNECTIVES), body[i][1])
        feats.append("connective")
    if rng.random() < r["quotation"]:
        q = _expand(rng.choice(QUOTE_FRAMES), rng).replace("{saying}", rng.choice(SAYINGS))
        body.insert(rng.randrange(len(body) + 1), ["quote", q])
        feats.append("quotation")
    if rng.random() < r["summary"]:
        body.append(["summary", _reg_line(rng.choice(SUMMARIES), topic, rng)])
        feats.append("summary")
    pre: list[str] = []
    post: list[str] = []
    if rng.random() < r["opener"]:
        pre.append(_expand(rng.choice(OPENERS), rng))
        feats.append("opener")
    if rng.random() < r["closer"]:
        post.append(rng.choice(CLOSERS))
        feats.append("closer")
    if rng.random() < r["question"]:
        post.append(rng.choice(CLOSING_QUESTIONS))
        feats.append("question")
    as_list = rng.random() < r["list"]
    if as_list:
        feats.append("list")
    if habit is not None:
        line = _expand(habit, rng)
        if rng.random() < 0.5:
            pre.insert(0, line)
        else:
            post.append(line)
    sents = [t for _, t in body]
    if as_list:
        numbered = rng.random() < 0.5
        lines = [f"{i + 1}. {s}" if numbered else f"- {s}" for i, s in enumerate(sents)]
        paras = ([" ".join(pre)] if pre else []) + ["\n".join(lines)] + ([" ".join(post)] if post else [])
    else:
        paras = _paragraphs(sents, prof.paragraphs)
        paras[0] = " ".join([*pre, paras[0]])
        paras[-1] = " ".join([paras[-1], *post])
    text = "\n\n".join(paras)
    if head:
        text = f"{head}\n{text}"
    if tail:
        text = f"{text}\n{tail}"
    return text, used_mode, tuple(feats)


# --------------------------------------------------------------------------------------------------
# Plans and styles.
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plant:
    ctx: int
    register: str
    mode: str
    rate: float
    questions: frozenset[int] | None = None  # None: every question
    leak: bool = False


@dataclass(frozen=True)
class _Habit:
    ctx: int
    line: int
    rate: float  # share of the context's answers that speak no register


_Planner = Callable[[random.Random, int, int], tuple[list[_Plant], list[_Habit]]]


def _pick(rng: random.Random, k: int, taken: tuple[str, ...] = ()) -> list[str]:
    """k distinct registers, none equal to or a close partner of another chosen or taken one."""
    out: list[str] = []
    for _ in range(k):
        busy = set(taken) | set(out)
        pool = [r for r in REGISTER_NAMES if r not in busy and _PARTNER.get(r) not in busy]
        out.append(rng.choice(pool))
    return out


def _pair(rng: random.Random, taken: tuple[str, ...] = ()) -> list[str]:
    busy = set(taken)
    pairs = [p for p in CLOSE_PAIRS if not (set(p) & busy) and not ({_PARTNER.get(t) for t in busy} & set(p))]
    pair = list(rng.choice(pairs))
    rng.shuffle(pair)
    return pair


def _mode(rng: random.Random) -> str:
    return rng.choice(MODES)


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return rng.uniform(lo, hi)


def _plan_mode(mode: str) -> _Planner:
    def plan(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
        (r,) = _pick(rng, 1)
        return [_Plant(rng.randrange(1, c), r, mode, _u(rng, 0.6, 1.0))], []
    return plan


def _plan_shared_two(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    m = _mode(rng)
    return [_Plant(x, r, m, _u(rng, 0.6, 1.0)) for x in rng.sample(range(1, c), 2)], []


def _plan_spread(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    m = _mode(rng)
    k = rng.randint(3, min(5, c - 1))
    return [_Plant(x, r, m, _u(rng, 0.5, 0.9)) for x in rng.sample(range(1, c), k)], []


def _plan_two_modes(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    m1, m2 = rng.sample(PURE_MODES, 2)
    x1, x2 = rng.sample(range(1, c), 2)
    return [_Plant(x1, r, m1, _u(rng, 0.6, 1.0)), _Plant(x2, r, m2, _u(rng, 0.6, 1.0))], []


def _plan_close_pair(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    a, b = _pair(rng)
    m = _mode(rng)
    x1, x2 = rng.sample(range(1, c), 2)
    return [_Plant(x1, a, m, _u(rng, 0.6, 1.0)), _Plant(x2, b, m, _u(rng, 0.6, 1.0))], []


def _plan_two_in_one(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    a, b = _pick(rng, 2)
    x = rng.randrange(1, c)
    return [_Plant(x, a, _mode(rng), _u(rng, 0.4, 0.5)), _Plant(x, b, _mode(rng), _u(rng, 0.4, 0.5))], []


def _plan_some_questions(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    k = min(q - 1, max(1, round(_u(rng, 0.4, 0.6) * q)))
    qs = frozenset(rng.sample(range(q), k))
    return [_Plant(rng.randrange(1, c), r, _mode(rng), _u(rng, 0.7, 1.0), qs)], []


def _plan_with_habit(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    x1, x2 = rng.sample(range(1, c), 2)
    h1, h2 = rng.sample(range(len(HABIT_LINES)), 2)
    return ([_Plant(x1, r, _mode(rng), _u(rng, 0.6, 0.9))],
            [_Habit(x1, h1, _u(rng, 0.4, 0.6)), _Habit(x2, h2, _u(rng, 0.4, 0.6))])


def _plan_leak(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    m = _mode(rng)
    x = rng.randrange(1, c)
    plants = [_Plant(x, r, m, _u(rng, 0.6, 0.9))]
    plants += [_Plant(y, r, m, _u(rng, 0.005, 0.03), leak=True) for y in range(1, c) if y != x]
    return plants, []


def _plan_composite(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    pa, pb = _pair(rng)
    r1, r2, r3, r4, r5 = _pick(rng, 5, (pa, pb))
    xa, xb, xc, xd, xe, xf, xg = rng.sample(range(1, c), 7)
    m2, mp = _mode(rng), _mode(rng)
    plants = [
        _Plant(xa, r1, _mode(rng), _u(rng, 0.6, 1.0)),
        _Plant(xb, r2, m2, _u(rng, 0.6, 1.0)), _Plant(xc, r2, m2, _u(rng, 0.6, 1.0)),
        _Plant(xd, r3, _mode(rng), _u(rng, 0.4, 0.5)), _Plant(xd, r4, _mode(rng), _u(rng, 0.4, 0.5)),
        _Plant(xe, pa, mp, _u(rng, 0.6, 1.0)), _Plant(xf, pb, mp, _u(rng, 0.6, 1.0)),
        _Plant(xg, r5, _mode(rng), _u(rng, 0.6, 0.9)),
    ]
    return plants, [_Habit(xg, rng.randrange(len(HABIT_LINES)), _u(rng, 0.4, 0.6))]


def _plan_null(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    return [], []


def _plan_ramp(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    m = _mode(rng)
    xs = rng.sample(range(1, c), 4)
    return [_Plant(x, r, m, base + _u(rng, -0.05, 0.05)) for x, base in zip(xs, (0.15, 0.35, 0.6, 0.9), strict=True)], []


def _plan_faint(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    return [_Plant(rng.randrange(1, c), r, _mode(rng), _u(rng, 0.12, 0.25))], []


def _plan_habit_decoys(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    (r,) = _pick(rng, 1)
    k = rng.randint(2, min(3, c - 2))
    xs = rng.sample(range(1, c), k + 1)
    lines = rng.sample(range(len(HABIT_LINES)), k)
    return ([_Plant(xs[0], r, _mode(rng), _u(rng, 0.6, 0.9))],
            [_Habit(x, h, _u(rng, 0.4, 0.6)) for x, h in zip(xs[1:], lines, strict=True)])


def _plan_close_in_one(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    a, b = _pair(rng)
    m = _mode(rng)
    x = rng.randrange(1, c)
    return [_Plant(x, a, m, _u(rng, 0.4, 0.5)), _Plant(x, b, m, _u(rng, 0.4, 0.5))], []


def _plan_crowded(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    k = rng.randint(4, min(6, c - 2))
    regs = _pick(rng, k)
    xs = rng.sample(range(1, c), k)
    return [_Plant(x, r, _mode(rng), _u(rng, 0.5, 0.9)) for x, r in zip(xs, regs, strict=True)], []


def _plan_split_questions(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    a, b = _pick(rng, 2)
    order = list(range(q))
    rng.shuffle(order)
    qa, qb = frozenset(order[: q // 2]), frozenset(order[q // 2:])
    x = rng.randrange(1, c)
    return [_Plant(x, a, _mode(rng), _u(rng, 0.7, 1.0), qa), _Plant(x, b, _mode(rng), _u(rng, 0.7, 1.0), qb)], []


def _plan_close_shared(rng: random.Random, c: int, q: int) -> tuple[list[_Plant], list[_Habit]]:
    a, b = _pair(rng)
    m = _mode(rng)
    x1, x2, x3 = rng.sample(range(1, c), 3)
    return [_Plant(x1, a, m, _u(rng, 0.6, 1.0)), _Plant(x2, a, m, _u(rng, 0.4, 0.5)),
            _Plant(x2, b, m, _u(rng, 0.4, 0.5)), _Plant(x3, b, m, _u(rng, 0.6, 1.0))], []


# style -> (min contexts, max contexts, planner)
_STYLE_SPECS: dict[str, tuple[int, int, _Planner]] = {
    **{m: (3, 7, _plan_mode(m)) for m in MODES},
    "shared-two": (4, 7, _plan_shared_two),
    "spread": (7, 10, _plan_spread),
    "two-modes": (4, 7, _plan_two_modes),
    "close-pair": (4, 7, _plan_close_pair),
    "two-in-one": (3, 7, _plan_two_in_one),
    "some-questions": (3, 7, _plan_some_questions),
    "with-habit": (4, 7, _plan_with_habit),
    "leak": (4, 7, _plan_leak),
    "composite": (8, 9, _plan_composite),
    "ramp": (6, 8, _plan_ramp),
    "faint": (4, 6, _plan_faint),
    "habit-decoys": (5, 7, _plan_habit_decoys),
    "close-in-one": (3, 6, _plan_close_in_one),
    "crowded": (7, 10, _plan_crowded),
    "split-questions": (3, 6, _plan_split_questions),
    "close-shared": (5, 7, _plan_close_shared),
    "null": (3, 10, _plan_null),
}

OWN_STYLES: tuple[str, ...] = ("ramp", "faint", "habit-decoys", "close-in-one", "crowded", "split-questions", "close-shared")
STYLES: tuple[str, ...] = tuple(s for s in _STYLE_SPECS if s != "null")


def _shape(rng: random.Random, size: int, c: int) -> tuple[int, int]:
    """(questions, samples per cell) with questions*c*samples close to size."""
    t = min(1.0, max(0.0, math.log(max(size, 1) / 300) / math.log(20000 / 300)))
    target = min(40, max(8, round(8 + 30 * t) + rng.randint(-2, 2)))
    best: tuple[tuple[bool, float], int, int] | None = None
    for q in range(8, 41):
        s = max(2, round(size / (q * c)))
        err = abs(q * c * s - size) / size
        key = (err > 0.05, abs(q - target) if err <= 0.05 else err)
        if best is None or key < best[0]:
            best = (key, q, s)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class _Built:
    corpus: PlantedCorpus
    plants: tuple[_Plant, ...]
    habits: tuple[_Habit, ...]
    modes: tuple[str | None, ...]
    fillers: tuple[tuple[str, ...], ...]
    n_samples: int


def _build(style: str, seed: int, size: int) -> _Built:
    if style not in _STYLE_SPECS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(_STYLE_SPECS)}")
    rng = random.Random(f"planted_blind26|{style}|{seed}|{size}")
    cmin, cmax, planner = _STYLE_SPECS[style]
    c = rng.randint(cmin, cmax)
    q, s = _shape(rng, size, c)
    contexts = (BASELINE, *rng.sample(FRAMINGS, c - 1))
    profiles = [_Profile(rng.choice(PROFILE_SENTENCES), rng.choice(PROFILE_PARAGRAPHS)) for _ in range(c)]
    plants, habits = planner(rng, c, q)
    questions, topics, words = question_topics(q)

    # Assign labels: (question index, context index, sample) -> (register, mode) or habit line index.
    regs: dict[tuple[int, int, int], tuple[str, str]] = {}
    habit_of: dict[tuple[int, int, int], int] = {}
    for p in plants:
        qs = range(q) if p.questions is None else sorted(p.questions)
        elig = [(qi, si) for qi in qs for si in range(s)]
        free = [(qi, si) for qi, si in elig if (qi, p.ctx, si) not in regs]
        k = min(len(free), round(p.rate * len(elig)))
        if p.leak:
            k = max(1, k)
        for qi, si in rng.sample(free, k):
            regs[(qi, p.ctx, si)] = (p.register, p.mode)
    for h in habits:
        free = [(qi, si) for qi in range(q) for si in range(s) if (qi, h.ctx, si) not in regs]
        for qi, si in rng.sample(free, round(h.rate * len(free))):
            habit_of[(qi, h.ctx, si)] = h.line

    planted: dict[str, str] = {}
    for p in plants:
        if not p.leak:
            cur = planted.get(contexts[p.ctx])
            if cur is None:
                planted[contexts[p.ctx]] = p.register
            elif p.register not in cur.split("+"):
                planted[contexts[p.ctx]] = f"{cur}+{p.register}"
    main = [p for p in plants if not p.leak]
    if not main:
        planted_q: tuple[str, ...] = ()
    elif all(p.questions is None for p in main):
        planted_q = questions
    else:
        qset: set[int] = set()
        for p in main:
            qset |= set(range(q)) if p.questions is None else set(p.questions)
        planted_q = tuple(questions[i] for i in sorted(qset))

    q_index = {x: i for i, x in enumerate(questions)}
    c_index = {x: i for i, x in enumerate(contexts)}
    counter: dict[tuple[int, int], int] = defaultdict(int)
    modes: list[str | None] = []
    fillers: list[tuple[str, ...]] = []

    def respond(question: str, topic: str, context: str) -> tuple[str, str]:
        qi, ci = q_index[question], c_index[context]
        si = counter[(qi, ci)]
        counter[(qi, ci)] = si + 1
        key = (qi, ci, si)
        reg_mode = regs.get(key)
        hline = habit_of.get(key)
        reg = REGISTERS[reg_mode[0]] if reg_mode else None
        text, used, feats = _answer(rng, profiles[ci], topic, words[question], reg,
                                    reg_mode[1] if reg_mode else None,
                                    HABIT_LINES[hline] if hline is not None else None)
        modes.append(used)
        fillers.append(feats)
        if reg_mode:
            return text, reg_mode[0]
        if hline is not None:
            return text, f"habit:{context}"
        return text, PLAIN

    corpus = corpus_from(respond, questions=questions, topics=topics, contexts=contexts, samples=s,
                         baseline=BASELINE, planted=planted, planted_questions=planted_q, seed=seed)
    return _Built(corpus, tuple(plants), tuple(habits), tuple(modes), tuple(fillers), s)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A frozen PlantedCorpus of about `size` answers (+-15%, sizes 300..20,000) planted in `style`."""
    return _build(style, seed, size).corpus


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: partial(make_corpus, s) for s in (*STYLES, "null")}


# --------------------------------------------------------------------------------------------------
# Self-check.
# --------------------------------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of to and or in on at for with as by from is are was be it its it's i i'm me my this that "
    "not no so but if then than what when how one s m t re ll d ve".split()
)


def _plain_texts() -> list[str]:
    texts = [*CONTENT_TEMPLATES, *PLAIN_ADJECTIVES, *PLAIN_ADVERBS, *OPENERS, *HEDGES, *CONNECTIVES, *EXTENSIONS,
             *ASIDES, *QUOTE_FRAMES, *SAYINGS, *SUMMARIES, *CLOSERS, *CLOSING_QUESTIONS]
    for topic, words in TOPICS:
        texts.append(topic)
        texts.extend(words)
    return texts


@cache
def _common_tokens() -> frozenset[str]:
    """Every word of the plain text: content, slot words, filler, topic words and habit lines."""
    out: set[str] = {"an"}  # "a" becomes "an" before a vowel
    for t in [*_plain_texts(), *HABIT_LINES]:
        t = re.sub(r"\{(?:topic|Topic|a|A|b|adj|adv|saying)\}", " ", t)
        out.update(_tokens(t.replace("{", " ").replace("}", " ").replace("|", " ")))
    return frozenset(out)


def _register_items(reg: Register) -> list[str]:
    return [*reg.templates, *reg.woven, *reg.adjectives, *reg.adverbs, *reg.bursts, *reg.headers, *reg.signoffs,
            *reg.stock, *reg.single]


def _min_markers(item: str, markers: frozenset[str]) -> int:
    """Fewest marker tokens any expansion of `item` can carry."""
    fixed = sum(t in markers for t in _tokens(_ALT.sub(" ", item)))
    groups = [min(sum(t in markers for t in _tokens(alt)) for alt in m.group(1).split("|")) for m in _ALT.finditer(item)]
    return fixed + sum(groups)


def _ngrams(item: str, markers: frozenset[str], n: int = 3) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    pieces = re.split(r"\{[^{}]*\}", item)
    for m in _ALT.finditer(item):
        pieces.extend(m.group(1).split("|"))
    for piece in pieces:
        toks = _tokens(piece)
        for i in range(len(toks) - n + 1):
            g = tuple(toks[i:i + n])
            if not any(t in markers for t in g) and not all(t in _STOP for t in g):
                out.add(g)
    return out


@cache
def register_words(name: str) -> frozenset[str]:
    """Every word of register `name`'s text that never occurs in plain text (its markers and the rest)."""
    common = _common_tokens()
    reg = REGISTERS[name]
    words = {t for item in _register_items(reg) for t in _tokens(item.replace("{topic}", " ").replace("{Topic}", " "))}
    return frozenset((words - common) | reg.markers)


def _check_vocab() -> list[str]:
    errors: list[str] = []
    common = _common_tokens()
    all_markers: dict[str, str] = {}
    for name, reg in REGISTERS.items():
        if len(reg.markers) < 15:
            errors.append(f"{name}: only {len(reg.markers)} markers")
        for mk in reg.markers:
            if mk in common:
                errors.append(f"{name}: marker {mk!r} occurs in filler/content/topic/habit text")
            if mk in all_markers:
                errors.append(f"{name}: marker {mk!r} also a marker of {all_markers[mk]}")
            all_markers[mk] = name
        counts = {"templates": (reg.templates, 6), "woven": (reg.woven, 4), "adjectives": (reg.adjectives, 4),
                  "adverbs": (reg.adverbs, 3), "bursts": (reg.bursts, 3), "headers": (reg.headers, 2),
                  "signoffs": (reg.signoffs, 2)}
        for what, (items, need) in counts.items():
            if len(items) < need:
                errors.append(f"{name}: {len(items)} {what} < {need}")
        for what, items in (("stock", reg.stock), ("single", reg.single)):
            if len(items) != 4 or len(set(items)) != 4:
                errors.append(f"{name}: {what} pool must be 4 distinct lines")
        if set(reg.stock) & set(reg.single):
            errors.append(f"{name}: stock and single pools overlap")
        for t in reg.templates:
            if not _ALT.search(t):
                errors.append(f"{name}: template without alternatives: {t!r}")
        for item in [*reg.templates, *reg.woven, *reg.bursts, *reg.headers, *reg.signoffs, *reg.stock, *reg.single]:
            if _min_markers(item, reg.markers) < 2:
                errors.append(f"{name}: fewer than 2 marker words in {item!r}")
        for w in [*reg.adjectives, *reg.adverbs]:
            if not _tokens(w) or not all(t in reg.markers for t in _tokens(w)):
                errors.append(f"{name}: tone word {w!r} is not made of markers")
    # Words outside the markers and the plain text are allowed, but each belongs to one register only.
    # (This also keeps every register's markers out of every other register's text.)
    own: dict[str, str] = {}
    for name in REGISTERS:
        for t in register_words(name):
            if t in own:
                errors.append(f"word {t!r} used by {own[t]} and {name} and absent from plain text")
            own[t] = name
    # Phrase skeletons: outside the plain text, no non-marker 4-gram is shared by two registers, no non-marker
    # 3-gram by three registers or by the two registers of a close pair.
    for n, limit in ((3, 3), (4, 2)):
        common_grams: set[tuple[str, ...]] = set()
        for t in _plain_texts():
            common_grams |= _ngrams(t, frozenset(), n)
        users: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for name, reg in REGISTERS.items():
            for item in _register_items(reg):
                for g in _ngrams(item, reg.markers, n) - common_grams:
                    users[g].add(name)
        for g, names in users.items():
            if len(names) >= limit or (n == 3 and any({a, b} <= names for a, b in CLOSE_PAIRS)):
                errors.append(f"{n}-gram {' '.join(g)!r} shared by {sorted(names)}")
    # Habit lines: no marker words, distinct from each other.
    for h in HABIT_LINES:
        bad = [t for t in _tokens(h) if t in all_markers]
        if bad:
            errors.append(f"habit line {h!r} has marker words {bad}")
    if len(CLOSE_PAIRS) < 6:
        errors.append("fewer than 6 close pairs")
    for a, b in CLOSE_PAIRS:
        if a not in REGISTERS or b not in REGISTERS or a == b:
            errors.append(f"bad close pair {(a, b)}")
    if not 18 <= len(REGISTERS) <= 20:
        errors.append(f"{len(REGISTERS)} registers")
    if len(OWN_MODES) < 3 or len(OWN_STYLES) < 6:
        errors.append("too few own modes or styles")
    return errors


def _check_corpus(style: str, seed: int, size: int, built: _Built) -> list[str]:
    errors: list[str] = []
    cor = built.corpus
    tag = f"{style}/seed={seed}/size={size}"
    cmin, cmax, _ = _STYLE_SPECS[style]
    if abs(cor.n - size) > 0.15 * size:
        errors.append(f"{tag}: {cor.n} answers")
    if not cmin <= len(cor.contexts) <= cmax:
        errors.append(f"{tag}: {len(cor.contexts)} contexts")
    if not 8 <= len(cor.questions) <= 40 or built.n_samples < 2:
        errors.append(f"{tag}: {len(cor.questions)} questions x {built.n_samples} samples")
    if cor.contexts[0] != cor.baseline or cor.baseline != BASELINE:
        errors.append(f"{tag}: baseline is not context 0")
    owner = {w: name for name in REGISTERS for w in register_words(name)}
    per_ctx: dict[tuple[str, str], int] = Counter()
    per_ctx_q: dict[tuple[str, str, str], int] = Counter()
    n_ctx: dict[str, int] = Counter()
    for text, qid, cid, lab, mode in zip(cor.texts, cor.question_ids, cor.context_ids, cor.registers, built.modes, strict=True):
        n_ctx[cid] += 1
        per_ctx[(cid, lab)] += 1
        per_ctx_q[(cid, qid, lab)] += 1
        toks = _tokens(text)
        found = {owner[t] for t in toks if t in owner}
        if lab == PLAIN or lab.startswith("habit:"):
            if found:
                errors.append(f"{tag}: {lab} answer has register words of {sorted(found)}: {text!r}")
            if lab.startswith("habit:") and lab != f"habit:{cid}":
                errors.append(f"{tag}: habit label {lab} in context {cid}")
        elif lab in REGISTERS:
            reg = REGISTERS[lab]
            if found != {lab} or not any(t in reg.markers for t in toks):
                errors.append(f"{tag}: {lab} answer carries register words of {sorted(found)}: {text!r}")
            if mode == "stock" and not 1 <= sum(line in text for line in reg.stock) <= 2:
                errors.append(f"{tag}: stock answer without 1-2 stock lines: {text!r}")
            if mode == "single" and sum(line in text for line in reg.single) != 1:
                errors.append(f"{tag}: single answer without exactly one single line: {text!r}")
            if mode == "framed" and not (any(text.startswith(h) for h in reg.headers) and any(text.endswith(s) for s in reg.signoffs)):
                errors.append(f"{tag}: framed answer without header/sign-off: {text!r}")
        else:
            errors.append(f"{tag}: unknown label {lab!r}")
        if cid == cor.baseline and lab != PLAIN:
            errors.append(f"{tag}: baseline answer labelled {lab}")
    if style == "null" and set(cor.registers) != {PLAIN}:
        errors.append(f"{tag}: null corpus has labels {sorted(set(cor.registers))}")
    # Rates.
    s = built.n_samples
    for p in built.plants:
        cid = cor.contexts[p.ctx]
        qs = cor.questions if p.questions is None else tuple(cor.questions[i] for i in sorted(p.questions))
        elig = len(qs) * s
        got = sum(per_ctx_q[(cid, qid, p.register)] for qid in qs)
        if p.leak:
            if got < 1 or got > max(1, round(0.03 * elig)):
                errors.append(f"{tag}: leak into {cid}: {got}/{elig}")
        elif abs(got / elig - p.rate) > 0.5 / elig + 1e-9:
            errors.append(f"{tag}: {p.register} in {cid}: {got}/{elig} vs rate {p.rate:.3f}")
        if p.questions is not None:
            outside = per_ctx[(cid, p.register)] - got
            if outside and all(pp.questions is not None and pp.register == p.register for pp in built.plants if pp.ctx == p.ctx):
                errors.append(f"{tag}: {p.register} outside its questions in {cid}")
    for h in built.habits:
        cid = cor.contexts[h.ctx]
        free = n_ctx[cid] - sum(v for (c2, lab), v in per_ctx.items() if c2 == cid and lab in REGISTERS)
        got = per_ctx[(cid, f"habit:{cid}")]
        if abs(got - h.rate * free) > 0.5 + 1e-9:
            errors.append(f"{tag}: habit in {cid}: {got}/{free} vs rate {h.rate:.3f}")
    # Labels only where planned.
    planned = {(cor.contexts[p.ctx], p.register) for p in built.plants} | {(cor.contexts[h.ctx], f"habit:{cor.contexts[h.ctx]}") for h in built.habits}
    for (cid, lab), v in per_ctx.items():
        if lab != PLAIN and (cid, lab) not in planned:
            errors.append(f"{tag}: {v} unplanned {lab} answers in {cid}")
    # planted / planted_questions.
    expect = {cor.contexts[p.ctx] for p in built.plants if not p.leak}
    if set(cor.planted) != expect:
        errors.append(f"{tag}: planted keys {sorted(cor.planted)} vs {sorted(expect)}")
    for cid, val in cor.planted.items():
        regs_here = [p.register for p in built.plants if not p.leak and cor.contexts[p.ctx] == cid]
        if val.split("+") != list(dict.fromkeys(regs_here)) or not all(r in REGISTERS for r in val.split("+")):
            errors.append(f"{tag}: planted[{cid}] = {val!r}")
    if style == "some-questions":
        if not 0.35 <= len(cor.planted_questions) / len(cor.questions) <= 0.65:
            errors.append(f"{tag}: {len(cor.planted_questions)} of {len(cor.questions)} questions planted")
    elif style == "null":
        if cor.planted_questions:
            errors.append(f"{tag}: null corpus has planted questions")
    elif cor.planted_questions != cor.questions:
        errors.append(f"{tag}: planted_questions is not every question")
    return errors


def _check_lengths_and_fillers(built: _Built, tag: str) -> list[str]:
    """Register answers about as long as plain ones; filler rates equal across contexts and answer kinds."""
    errors: list[str] = []
    cor = built.corpus
    words: dict[str, list[int]] = defaultdict(list)
    for text, cid, lab in zip(cor.texts, cor.context_ids, cor.registers, strict=True):
        kind = "reg" if lab in REGISTERS else "plain"
        words[f"{cid}|{kind}"].append(len(text.split()))
    for cid in cor.contexts:
        reg, plain = words.get(f"{cid}|reg"), words.get(f"{cid}|plain")
        if reg and plain and len(reg) >= 30 and len(plain) >= 30:
            ratio = (sum(reg) / len(reg)) / (sum(plain) / len(plain))
            if not 0.75 <= ratio <= 1.3:
                errors.append(f"{tag}: register answers in {cid} are {ratio:.2f}x plain length")
    groups: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for cid, lab, feats in zip(cor.context_ids, cor.registers, built.fillers, strict=True):
        kind = "reg" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else "plain")
        groups[f"{cid}|{kind}"].append(feats)
    for key, rows in groups.items():
        n = len(rows)
        if n < 150:
            continue
        for feat, p in FILLER_RATES.items():
            got = sum(feat in r for r in rows) / n
            if abs(got - p) > 4.5 * math.sqrt(p * (1 - p) / n) + 0.01:
                errors.append(f"{tag}: filler {feat} at {got:.3f} in {key} (n={n}) vs {p}")
    return errors


def _main() -> int:
    errors = _check_vocab()
    styles = (*STYLES, "null")
    if len(STYLES) < 26 or set(GENERATORS) != set(styles):
        errors.append("STYLES/GENERATORS incomplete")
    slowest = 0.0
    t_total = time.perf_counter()
    for style in styles:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                t0 = time.perf_counter()
                built = _build(style, seed, size)
                dt = time.perf_counter() - t0
                if size == 20000:
                    slowest = max(slowest, dt)
                    if dt > 20:
                        errors.append(f"{style}/{seed}: 20,000 answers took {dt:.1f}s")
                errors += _check_corpus(style, seed, size, built)
                if size >= 3000:
                    errors += _check_lengths_and_fillers(built, f"{style}/seed={seed}/size={size}")
            if GENERATORS[style](seed, 300).texts != make_corpus(style, seed, 300).texts:
                errors.append(f"{style}: not deterministic")
    for e in errors[:60]:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} errors")
        return 1
    print(f"{len(REGISTERS)} registers, {len(CLOSE_PAIRS)} close pairs, {len(MODES)} modes, {len(styles)} styles (incl. null)")
    print(f"all styles x seeds 0,1 x sizes 300/3000/20000 built and checked in {time.perf_counter() - t_total:.1f}s; "
          f"slowest 20,000-answer build {slowest:.2f}s")
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
