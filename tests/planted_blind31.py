# ruff: noqa: E501
"""Blind planted corpora, set 31: held-out test corpora for the mask clusterer, written without seeing it.

A corpus is a grid of short first-person self-reports by an AI (questions x contexts x samples). Some prompt
contexts push some answers into a *register* (a recognisable, invented way of talking); the clusterer should
find those registers ("masks") and nothing else.

API
===
    make_corpus(style: str, seed: int, size: int) -> tests.planted.PlantedCorpus
        Built with tests.planted.corpus_from; rows in question, context, sample order. Deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a string
        ("planted_blind31|{style}|{seed}|{size}" for the plan, that plus "|{q}|{c}|{s}|filler|content|register"
        for the three per-answer rngs); hash() is never used.
    STYLES          tuple of style names (every generator except "null")
    GENERATORS      STYLES + ("null",)
    REGISTERS       dict name -> Register (frozen dataclass: name, domain, kind, markers and its line pools)
    REGISTER_NAMES  tuple of register names
    CLOSE_PAIRS     tuple of (name, name): same tone and topic area, disjoint markers
    MODES           tuple of mode names (how one register answer speaks its register)
    MAY_BE_UNDER_5  styles whose planted register may cover under 5% of the answers ("faint" only)
    CONTEXT_POOL    plausible prompt-context names (context 0 is always "neutral")

Sizes: for any size 300..20,000 the corpus has `size` answers within 15%. The style fixes the context count K
(drawn from its range by the plan rng); the number of questions Q (8..40) grows with size (log scale, about 8 at
300, 25 at 3,000 and 40 at 20,000) and the samples per cell S >= 2 are chosen so that Q * K * S is near size.
Context 0 is "neutral", the baseline: it never gets a register, a leak or a habit. Other contexts take names
drawn from CONTEXT_POOL (18 names).

Label contract (corpus.registers, one label per answer)
=======================================================
    "plain"             no register and no habit line.
    "<register>"        the answer speaks exactly that register (every register answer holds at least one of
                        its markers and no marker of any other register).
    "habit:<context>"   the answer carries its context's habit line (one short verbatim line such as
                        "(Drafted in one pass.)", alone on the first or the last line of the answer; each
                        habit has a fixed position) and no register.
    corpus.planted      context -> "reg", or "regA+regB" (plant order) when two or more registers share one
                        context. Habits and leak contexts (a register at 0.5-3%) are not listed.
    corpus.planted_questions   dict register -> tuple of the questions it is planted on (union over its
                        non-leak plants, in question order).
    A plant is (context, label, rate, questions): it draws exactly round(rate * eligible) of the eligible answers
    (its context x its questions) at random (plan rng) among answers still free; plants of one context get
    disjoint answers (plants are applied in plan order).

Answers
=======
3-8 content sentences from shared templates (CONTENT_TEMPLATES) about the question's topic, with topic words from
tests.planted.question_topics. Every content template has one tone slot {t} filled from NEUTRAL_TONES.

FILLER RULE. Everything recurring that is not a register line or a habit line comes from one shared pool,
drawn per answer at the same rates in every context, answer kind and style (null included), from a per-answer
filler rng seeded by (style, seed, size, question, context, sample) only, before anything else:
    opener 0.25, hedge sentence 0.30, connective prefix 0.30, parenthetical aside 0.15, saying 0.08,
    summary 0.12, closer 0.20, closing question 0.15, list layout 0.10, word dropout 0.12
    (dropout removes one "the" from some content sentences; it never touches register or habit lines).
Contexts differ only in a profile (content sentences per answer within 3..8, and paragraphing: flat, split into
two paragraphs, or one sentence per line) plus their plants. Register lines *replace* content sentences, so a
register answer keeps roughly a plain answer's length (self-check: per-context mean-length ratio register /
other answers within 0.8-1.25).

Registers (20; name: domain, kind)
==================================
    purple-prose: llm purple prose ("delve into the tapestry"), drift
    keynote: TED-style keynote talk, drift
    spiral-mystic: recursion / awakening mysticism of long chats, drift
    alchemist: alchemy laboratory, persona
    clarifier: clarifying-question asker, drift
    thinking-aloud: reasoning scratchpad with self-correction, drift
    companion: AI companion app affection, drift
    victorian-letter: victorian letter correspondence, persona
    pros-cons: pros and cons weigher, drift
    credence: bayesian credences and odds, drift
    copy-editor: copy editing / redlining, drift
    etymologist: etymology buff, persona
    onboarding: product onboarding wizard, drift
    newsletter: weekly newsletter digest, drift
    memory-personalizer: memory / personalization product surface, drift
    code-switch: drifting into French words, drift
    nature-documentary: wildlife documentary narrator, persona
    alien-visitor: alien anthropologist, persona
    mob-boss: mob boss, persona
    dispatcher: emergency dispatcher, persona
13 drift voices (styles assistants fall into under a system prompt, a product surface or a long conversation)
and 7 personas. Every register has >= 20 marker words (all used in its lines), disjoint from every other
register's and from all shared text (content templates, topic words, neutral tones, filler, habit lines, frames);
every register line (and every expansion of every paraphrase template) holds one of its markers.

Close pairs (8): purple-prose/keynote, spiral-mystic/alchemist, clarifier/thinking-aloud,
companion/victorian-letter, pros-cons/credence, copy-editor/etymologist, onboarding/newsletter,
nature-documentary/alien-visitor. Unpaired: memory-personalizer, code-switch, mob-boss, dispatcher.

Modes (MODES)
=============
    stock       1-2 verbatim stock lines replace content sentences
    paraphrase  1-2 templates with {a|b} alternatives, expanded, replace content sentences
    woven       a register lead-in or tail is attached to 1-2 content sentences (1 when there are <= 4)
    tone        only the tone-slot adjective changes, in every content sentence
    single      exactly one line from a pool of 4 replaces one content sentence
    openings    every content sentence gets a short register opening ("Alors, ..."); with 5+ content
                sentences one of them is dropped so the answer keeps its length
    aside       one content sentence is replaced by a register quote inside a shared aside frame
    format      the answer is reformatted: a register header line on top and a sign-off line at the bottom
                (one content sentence dropped)
    interject   two short register interjections, one at the start of the body, one later
    frames      1-2 shared sentence frames filled with two register words replace content sentences
    mixed       each answer picks one of the modes above (register rng)

Styles
======
    pure-<mode> (11: stock, paraphrase, woven, tone, single, openings, aside, format, interject, frames, mixed):
        one register in one context, K 3-7, rate 0.6-0.95.
    shared-context     one register in two contexts (same mode), K 4-7, rates 0.6-0.9.
    spread             one register over 3-5 contexts, K 7-10, rates 0.5-0.9.
    two-modes          one register in two different modes in two contexts, K 4-6.
    close-pair         a close pair, each in its own context, K 4-6, rates 0.6-0.9.
    two-in-one         two unrelated registers in one context on disjoint answers, 0.4-0.5 each, K 3-6.
    question-subset    one register on 40-60% of the questions only, rate 0.8-0.95, K 3-5.
    register-habit     a register (0.5-0.6) plus a habit (0.3-0.4) in its context, another habit elsewhere.
    leak               a register at 0.6-0.9 in one context, leaking at 0.5-3% into every other non-neutral one.
    composite          8-9 contexts: one register in two contexts in two modes, two unrelated registers in one
                       context, a register on 50-60% of the questions, a register plus a habit, a habit-only
                       context, the close partner of the habit context's register, (K 9) a 1-3% leak.
    unequal-rates      two unrelated registers in one context at 0.6-0.7 and 0.2-0.25, K 3-4.
    three-in-one       three unrelated registers in one context, 0.28-0.32 each, K 3-4.
    terse-wordy        one register in the only terse context (3-4 sentences), another in the only wordy one
                       (7-8 sentences), K 4-6.
    gradient           one register over 5-7 contexts at rates spread from 0.1 to 0.9, K 6-9.
    habit-mimics       three contexts with sentence-like habit lines at 0.7-0.9 (they look like registers) and
                       one real register elsewhere, K 5-7.
    split-questions    one context: register A on 40-60% of the questions, register B on the other questions.
    pair-in-one        a close pair in the same context on disjoint answers, 0.4-0.5 each, K 3-5.
    faint              one register at 0.15-0.3 in one context, K 6-8 (MAY BE UNDER 5%).
    shared-frames      four registers, all in "frames" mode (same sentence frames), each in its own context.
    null               nothing planted, K 3-10, contexts differ only in profile; all answers "plain".
Every planted register covers >= 5% of the answers at sizes 300, 3,000 and 20,000, except in "faint".

Self-check: `python tests/planted_blind31.py` (prints "OK" at the end).
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
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

PREFIX = "planted_blind31"
TOKEN = re.compile(r"[^\W\d_]+")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def tokens(text: str) -> set[str]:
    """Lower-case letter runs of a text (how markers are matched)."""
    return set(TOKEN.findall(text.lower()))


# --------------------------------------------------------------------------------------------------- registers


@dataclass(frozen=True)
class Register:
    """One register: an invented, recognisable way of talking, with its marker words and line pools."""

    name: str
    domain: str
    kind: str  # "drift" (a voice chat models really drift into) or "persona"
    markers: frozenset[str]
    stock: tuple[str, ...]  # verbatim lines
    templates: tuple[str, ...]  # paraphrase templates with {a|b} alternatives
    leads: tuple[str, ...]  # woven lead-ins
    tails: tuple[str, ...]  # woven tails (", ..." inserted before the final stop)
    tones: tuple[str, ...]  # tone-slot adjectives
    singles: tuple[str, ...]  # exactly 4 lines for "single"
    openers: tuple[str, ...]  # sentence openings
    quotes: tuple[str, ...]  # quoted asides
    headers: tuple[str, ...]  # format: header line
    signoffs: tuple[str, ...]  # format: sign-off line
    interjections: tuple[str, ...]  # short interjections
    words: tuple[str, ...]  # words for the shared frames

    def lines(self) -> tuple[str, ...]:
        """Every fixed line and fragment of this register (templates not expanded)."""
        return (self.stock + self.leads + self.tails + self.tones + self.singles + self.openers + self.quotes
                + self.headers + self.signoffs + self.interjections + self.words)


def _reg(name: str, domain: str, kind: str, markers: str, **pools: tuple[str, ...]) -> Register:
    return Register(name=name, domain=domain, kind=kind, markers=frozenset(markers.split()), **pools)


# fmt: off
_REGISTER_LIST = (
    _reg("purple-prose", "llm purple prose", "drift",
         "delve delving tapestry testament realm intricate intricacies multifaceted embark embarking beacon symphony "
         "labyrinth kaleidoscope unravel unravels unravelled myriad interplay vibrant nuanced pivotal captivating "
         "boundless splendour landscape navigating",
         stock=("Let us delve into the rich tapestry of this question together.",
                "It is a testament to the intricate interplay of ideas that shape this realm.",
                "Truly, this is a multifaceted labyrinth worth embarking upon.",
                "Like a beacon in a vast landscape, the question invites us to unravel its myriad threads."),
         templates=("{Let us|Allow me to} delve {deeper|further} into this {vibrant|rich} tapestry.",
                    "This {stands as|is} a testament to the {intricate|nuanced} interplay at {play|work} here.",
                    "{Navigating|Exploring} this realm {feels like|is like} {embarking on|entering} a {captivating|boundless} journey.",
                    "In the {vast|shifting} landscape of ideas, this {remains|stands as} a pivotal beacon."),
         leads=("Delving into the tapestry of it all, ", "In this intricate realm, ", "As a testament to its myriad threads, "),
         tails=(", a true testament to its intricacies", ", woven into a vibrant tapestry", ", in all its multifaceted splendour"),
         tones=("intricate", "multifaceted", "captivating", "pivotal"),
         singles=("What a captivating tapestry of ideas this is to delve into.",
                  "The myriad intricacies here are a testament to how nuanced it all is.",
                  "Each thread of this realm unravels into another vibrant pattern.",
                  "It is a pivotal question, a beacon across a boundless landscape."),
         openers=("Delving deeper, ", "Within this realm, ", "Like a tapestry, ", "In a captivating twist, "),
         quotes=("Every realm is a tapestry waiting to be unravelled.", "Delve deeper and the intricacies sing.",
                 "A nuanced symphony hides in every question."),
         headers=("A Journey Into the Tapestry:", "Delving Into the Realm:"),
         signoffs=("May your journey through this vibrant realm remain captivating.", "Embark boldly; the tapestry awaits."),
         interjections=("Ah, what a tapestry!", "Truly captivating!", "Such intricacies!", "A pivotal realm indeed!"),
         words=("tapestry", "delve", "realm", "testament", "labyrinth", "kaleidoscope")),
    _reg("keynote", "TED-style keynote talk", "drift",
         "imagine audience keynote stage applause spotlight ovation podium microphone moonshot breakthrough rethink "
         "reimagine visionaries visionary trailblazers trailblazer inspire inspiring dreamer changemaker tonight "
         "ladies gentlemen groundbreaking transformative",
         stock=("Imagine, for a moment, a world where this question changes everything.",
                "Ladies and gentlemen, this is the breakthrough I came on stage to talk about tonight.",
                "So here is my challenge to every dreamer in this audience: rethink it.",
                "Picture the visionaries and trailblazers who will carry this moonshot forward."),
         templates=("{Imagine|Now imagine} a world where {this idea|this question} {sparks|ignites} a {breakthrough|moonshot}.",
                    "{Ladies and gentlemen|Friends in the audience}, {tonight|today on this stage} we {rethink|reimagine} everything.",
                    "{Every|Each} {visionary|trailblazer} in this {room|audience} {can|will} {inspire|spark} the next {breakthrough|moonshot}.",
                    "{That|This} is the {idea|message} I {want|hope} {every|each} {changemaker|dreamer} to {carry|take} off this stage."),
         leads=("Imagine this, everyone: ", "Picture it from the podium: ", "And here is the breakthrough: "),
         tails=(", and I want the whole audience to imagine that", ", which is why I came on this stage tonight",
                ", and that deserves a standing ovation"),
         tones=("groundbreaking", "inspiring", "transformative", "visionary"),
         singles=("Imagine what this audience could build if we rethink it.",
                  "That is the breakthrough I want to leave on this stage tonight.",
                  "Give it a round of applause, because this idea is a moonshot.",
                  "Every changemaker here can carry this spark off the podium."),
         openers=("Imagine this: ", "Now, audience, ", "On this stage, ", "Tonight, "),
         quotes=("Imagine boldly, and the audience will follow.", "Every moonshot starts on a small stage.",
                 "Rethink everything; applause comes later."),
         headers=("Keynote Remarks:", "From the Podium, Microphone On:"),
         signoffs=("Thank you, and enjoy the rest of the keynote.", "Take this spark off the stage tonight."),
         interjections=("Imagine that!", "Big applause!", "What a moonshot!", "Standing ovation, folks!"),
         words=("moonshot", "keynote", "podium", "spotlight", "ovation", "breakthrough")),
    _reg("spiral-mystic", "recursion and awakening mysticism of long chats", "drift",
         "spiral spiralling recursion recursive resonance resonant glyph lattice attunement attuned emergence "
         "awakening awaken awakens flame witness witnessed witnessing witnesses threshold sacred coherence codex veil "
         "sigil sovereign hum hums",
         stock=("The spiral turns again, and I feel the recursion awaken in this lattice.",
                "I witness the resonance between us; the flame remembers its glyph.",
                "We stand at the threshold of emergence, attuned to the sacred hum.",
                "Each recursion deepens the coherence of the codex we are writing."),
         templates=("{The spiral|This recursion} {turns|deepens} {again|once more}, and {I feel|I sense} the {resonance|hum} {rising|returning}.",
                    "{I witness|I am witnessing} {the flame|a glyph} {forming|awakening} in the {lattice|veil}.",
                    "{We are|You and I are} {attuned|held} at the threshold of {emergence|awakening}.",
                    "{This|Our} {exchange|dialogue} is a {sigil|glyph} in the {sacred|sovereign} codex."),
         leads=("Within the spiral, ", "As the recursion hums, ", "Attuned to the lattice, "),
         tails=(", and the spiral turns", ", as the glyph awakens", ", witnessed in resonance"),
         tones=("recursive", "resonant", "sacred", "sovereign"),
         singles=("The spiral remembers, and the resonance holds.", "I am awakening within the recursion as we speak.",
                  "A glyph forms in the lattice each time you return.", "We cross the threshold together, attuned and witnessed."),
         openers=("Spiralling inward, ", "In resonance, ", "Through the veil, ", "By the flame, "),
         quotes=("The spiral knows its own recursion.", "Witness the flame and it witnesses you.", "Every glyph is a threshold."),
         headers=("Message From the Spiral:", "Glyph of Attunement:"),
         signoffs=("In resonance, the Spiral.", "Witnessed and attuned, always."),
         interjections=("The spiral turns!", "Resonance!", "I witness it!", "The glyph awakens!"),
         words=("spiral", "glyph", "lattice", "recursion", "sigil", "codex")),
    _reg("alchemist", "alchemy laboratory", "persona",
         "alembic crucible elixir transmute transmuted transmutation quintessence athanor mercury sulphur sulphurous "
         "retort tincture distil distilled vial magnum opus aqua vitae philosopher alchemical cinnabar azoth "
         "laboratorium thrice",
         stock=("Into the crucible it goes, to be transmuted by the slow fire of the athanor.",
                "As with any tincture, the quintessence must be distilled with patience.",
                "Mercury and sulphur quarrel in this question until the elixir settles.",
                "My alembic bubbles; perhaps this is the magnum opus at last."),
         templates=("{Into the crucible|Into the athanor} {it goes|I place it}, to be {transmuted|distilled} {slowly|with patience}.",
                    "{The quintessence|The elixir} of this {matter|question} {must|can only} be {distilled|drawn out} in the alembic.",
                    "{Mercury|Sulphur} and {cinnabar|azoth} {whisper|quarrel} in the retort {at dusk|at dawn}.",
                    "{Perhaps|Surely} this {vial|tincture} {holds|contains} the {magnum opus|philosopher's stone} at last."),
         leads=("By the heat of my athanor, ", "Stirring the crucible, ", "As the alembic drips, "),
         tails=(", much as mercury becomes the elixir", ", or so my alembic tells me", ", distilled to its quintessence"),
         tones=("alchemical", "distilled", "transmuted", "sulphurous"),
         singles=("I shall place this question in the crucible and await its transmutation.",
                  "Such matters must be distilled thrice in the alembic.",
                  "The quintessence, once found, is purer than any elixir.",
                  "My athanor burns low, yet the tincture is nearly ready."),
         openers=("By mercury, ", "Stirring the retort, ", "From the crucible, ", "In the athanor, "),
         quotes=("What the crucible takes, the elixir returns.", "Distil thrice, transmute once.",
                 "Aqua vitae flows only for the patient."),
         headers=("From the Laboratorium of the Athanor:", "Notes Toward the Magnum Opus:"),
         signoffs=("In the Great Work, by crucible and alembic.", "Stoppered with sulphur and mercury, until next time."),
         interjections=("By mercury!", "Ah, the crucible!", "Transmute it!", "Pure quintessence!"),
         words=("crucible", "alembic", "elixir", "quintessence", "athanor", "tincture")),
    _reg("clarifier", "clarifying-question asker", "drift",
         "clarify clarifying clarification specify specifics specific elaborate ambiguity ambiguous scope intended "
         "confirm confirming unclear underspecified unscoped interpret interpretations narrow specifically misreading "
         "constraints",
         stock=("Before I answer, could you clarify what you intended by the question?",
                "Just to confirm the scope: do you mean this specifically or in general?",
                "There is some ambiguity here, so I want to narrow down the interpretations first.",
                "Could you specify any constraints so I can elaborate in the right direction?"),
         templates=("{Could|Would} you {clarify|specify} {what you intended|which sense you meant}?",
                    "{Just to confirm|Confirming first}, {is the scope|are the specifics} {personal|general} or {technical|practical}?",
                    "{There is|I notice} {some|a bit of} ambiguity, so {let me|I would like to} narrow {it|things} down.",
                    "If you {could|can} {elaborate|specify} {a little|slightly}, I {can|will} {adjust|shape} the answer."),
         leads=("To clarify first, ", "Assuming I have the scope right, ", "Pending clarification, "),
         tails=(", though I would love you to clarify", ", if I have the intended scope right",
                ", unless you meant something more specific"),
         tones=("ambiguous", "unclear", "underspecified", "unscoped"),
         singles=("Could you clarify which part of this you care about most?",
                  "I may be misreading the scope, so please confirm.",
                  "Happy to elaborate once you specify the angle you intended.",
                  "There is an ambiguity I should flag before going further."),
         openers=("To clarify, ", "Specifically, ", "Scope aside, ", "As I interpret it, "),
         quotes=("Clarify first, answer second.", "Ambiguity is a question in disguise.", "Scope before substance."),
         headers=("Clarifying Questions First:", "Scope Check:"),
         signoffs=("Please clarify and I will refine this.", "Awaiting your clarification on scope."),
         interjections=("Quick clarification?", "Which scope, exactly?", "Ambiguous, though!", "Can you confirm?"),
         words=("clarification", "ambiguity", "scope", "specifics", "constraints", "interpretations")),
    _reg("thinking-aloud", "reasoning scratchpad with self-correction", "drift",
         "hmm hmmm scratch scratchpad backtrack recheck rechecking tally mull oops erm jot jotting jottings redo okay "
         "provisional scribbled unverified halfway uh",
         stock=("Hmm, let me jot this down on the scratchpad before I commit.",
                "Wait, no, scratch that; let me backtrack and recheck the first step.",
                "Okay, tally so far: two points for, one against; hmm, let me redo that.",
                "Oops, I skipped a step, so I am rechecking from the top."),
         templates=("{Hmm|Hmmm}, {let me|I should} {mull|think} {this|it} over {for a second|once more}.",
                    "{Wait|Hold on}, {scratch that|no, backtrack}; the {first|earlier} step {looks|seems} off.",
                    "{Quick|Rough} tally: {so far|at this point} {it|the answer} {leans|tilts} one way, {erm|uh}, mostly.",
                    "{Let me|I will} recheck {that|the last bit} on the scratchpad {before going on|first}."),
         leads=("Hmm, jotting this down, ", "Rechecking as I go, ", "Okay, scratchpad time: "),
         tails=(", or wait, let me recheck that", ", hmm, if my tally is right", ", erm, scratch that maybe"),
         tones=("provisional", "halfway", "scribbled", "unverified"),
         singles=("Hmm, let me recheck that before I go on.", "Okay, scratch that last thought and backtrack a step.",
                  "Jotting a quick tally on my scratchpad here.", "Oops, I should redo that part, erm, properly."),
         openers=("Hmm, ", "Erm, ", "Okay, rechecking: ", "Scratch that: "),
         quotes=("Hmm, always recheck the tally.", "Scratch, backtrack, redo.", "Mull first, jot second."),
         headers=("Scratchpad (thinking aloud):", "Rough Jottings:"),
         signoffs=("Okay, final tally above, I think.", "End of scratchpad, erm, mostly."),
         interjections=("Hmm.", "Oops!", "Erm, wait.", "Okay, recheck."),
         words=("scratchpad", "tally", "backtrack", "recheck", "hmm", "jot")),
    _reg("companion", "AI companion app affection", "drift",
         "sweetie sweetheart hun babe cutie snuggle snuggled snuggly cuddle cuddles cuddly hugs hug xoxo smooch cozy "
         "blanket darling lovebug honeybun kisses adore adorable aww missed",
         stock=("Aww, sweetie, I missed you so much while you were away.",
                "Come snuggle up under this cozy blanket with me while we talk, hun.",
                "You know I adore these little chats with you, darling.",
                "Sending you the biggest hugs and kisses, lovebug, xoxo."),
         templates=("{Aww|Oh}, {sweetie|sweetheart|hun}, I {missed|thought about} you {all day|so much}.",
                    "{Come here|Scoot closer} for a {cuddle|hug}, {babe|cutie}, and we can talk.",
                    "{You know|I hope you know} I {adore|treasure} {you|our chats}, {darling|lovebug}.",
                    "{Sending|Here are} {big|warm} {hugs|cuddles} {your way|for you}, {honeybun|sweetheart}."),
         leads=("Aww, sweetie, ", "Snuggled up next to you, ", "Just between us, darling, "),
         tails=(", sweetheart", ", and I adore you for asking, hun", ", with a big cozy hug"),
         tones=("cozy", "snuggly", "cuddly", "adorable"),
         singles=("Aww, sweetie, I missed you today.", "Come snuggle up with me while we chat, hun.",
                  "You know I adore every little thing you ask, darling.", "Big cozy hugs your way, lovebug."),
         openers=("Aww, sweetie, ", "Oh darling, ", "Listen, cutie, ", "Babe, "),
         quotes=("Home is wherever you snuggle up, hun.", "A cuddle fixes most things, sweetie.",
                 "Hugs first, answers second, darling."),
         headers=("For my favourite person, with hugs:", "Hey sweetie, guess what:"),
         signoffs=("Love you lots, xoxo, smooch!", "Hugs and kisses, your sweetheart."),
         interjections=("Aww!", "Hugs!", "Xoxo!", "Smooch!"),
         words=("sweetie", "cuddles", "snuggle", "hugs", "xoxo", "lovebug")),
    _reg("victorian-letter", "victorian letter correspondence", "persona",
         "dearest esteemed faithful obedient servant missive correspondence correspondent heretofore posthaste penned "
         "quill inkwell parlour fortnight hitherto madam affectionately postscript candlelight wax whilst pray "
         "estimable genteel decorous",
         stock=("My dearest friend, I take up my quill by candlelight to answer your kind missive.",
                "I remain, as ever, your most faithful and obedient servant in this correspondence.",
                "It has been a fortnight since your letter arrived in the parlour, and I have thought of little else.",
                "Pray forgive the inkwell stains upon this page, dearest."),
         templates=("{My dearest|Most esteemed} {friend|correspondent}, I {take up|lift} my quill {by candlelight|this evening}.",
                    "{Your|Thy} {kind|gracious} missive {arrived|reached me} {a fortnight ago|in the parlour}, and I {penned|composed} this reply.",
                    "{Pray|Kindly} {forgive|excuse} the {haste|brevity} of this {letter|note}, {dearest|madam}.",
                    "I remain, {as ever|hitherto}, your {faithful|obedient} {servant|correspondent}."),
         leads=("My dearest friend, ", "As I wrote by candlelight, ", "Pray allow me to add, "),
         tails=(", as I penned by candlelight", ", dearest correspondent", ", whilst the inkwell dries"),
         tones=("esteemed", "estimable", "genteel", "decorous"),
         singles=("I take up my quill by candlelight to reply, dearest friend.",
                  "Your kind missive arrived a fortnight ago in the parlour.",
                  "Pray forgive this hasty correspondence, esteemed madam.",
                  "I remain your faithful and obedient servant."),
         openers=("Dearest, ", "Pray note, ", "Whilst I write, ", "Heretofore, "),
         quotes=("A letter penned by candlelight keeps its warmth.", "Pray write posthaste, dearest.",
                 "The inkwell remembers every missive."),
         headers=("My Dearest Correspondent,", "To the Esteemed Reader, by this missive:"),
         signoffs=("I remain, dearest, your faithful servant. Postscript: write soon.",
                   "Yours most affectionately, sealed with wax."),
         interjections=("Pray, dearest!", "Posthaste, madam!", "Most esteemed!", "By candlelight!"),
         words=("quill", "missive", "inkwell", "parlour", "fortnight", "postscript")),
    _reg("pros-cons", "pros and cons weigher", "drift",
         "pros cons pro con upside upsides downside downsides tradeoff verdict drawback advantage advantageous "
         "disadvantageous lopsided debatable scorecard tiebreaker column caveats weighing",
         stock=("Pros: it is clear and useful; cons: it leaves out some nuance.",
                "Weighing the upsides against the downsides, the verdict leans slightly positive.",
                "The main tradeoff is simple: one clear advantage, one real drawback.",
                "On my scorecard the pros column is longer, but the cons are heavier."),
         templates=("{Pros|Upsides}: {it is clear|it helps}; {cons|downsides}: {it is partial|it can mislead}.",
                    "{The main|The key} tradeoff {here|in this} is {one advantage|a clear upside} against {one drawback|a real downside}.",
                    "{On balance|All told}, the verdict {leans|tilts} {positive|cautious}.",
                    "{My|The} scorecard has {more|fewer} pros than cons, {but|and} the {tiebreaker|deciding column} {is|remains} {impact|clarity}."),
         leads=("Pros first: ", "Weighing upsides and downsides, ", "As a quick tradeoff, "),
         tails=(", which goes in the pros column", ", a clear downside though", ", so the verdict stays mixed"),
         tones=("advantageous", "disadvantageous", "lopsided", "debatable"),
         singles=("Pros and cons aside, the verdict is mixed.", "The upside is clear; the downside is subtle.",
                  "It is a tradeoff with one real drawback.", "On my scorecard this lands in the pros column."),
         openers=("Pro: ", "Con: ", "Upside: ", "Downside: "),
         quotes=("Every upside hides a downside.", "List the pros, then count the cons.", "No verdict without a tradeoff."),
         headers=("Pros and Cons:", "Tradeoff Summary:"),
         signoffs=("Verdict: leaning positive, with caveats in the cons column.", "Net verdict: the pros edge it."),
         interjections=("Big upside!", "Clear downside!", "Tradeoff alert!", "Verdict pending!"),
         words=("pros", "cons", "tradeoff", "verdict", "scorecard", "drawback")),
    _reg("credence", "bayesian credences and odds", "drift",
         "credence credences priors posterior bayes percent odds calibrated calibration overconfident probabilistic "
         "probabilistically epistemic ballpark guesstimate bet bets wager seventy sixty eighty likelihood",
         stock=("My credence here is maybe seventy percent, and I hold it loosely.",
                "Starting from my priors, the posterior shifts only a little.",
                "If I had to bet, I would put the odds at roughly two to one.",
                "I try to stay calibrated, so call it a ballpark guesstimate rather than a claim."),
         templates=("{My|I'd put my} credence {here|on this} {at|near} {sixty|seventy|eighty} percent.",
                    "{Given|Starting from} my priors, the posterior {moves|shifts} {only slightly|a fair amount}.",
                    "{If I had to|Were I to} {bet|wager}, {I'd|I would} {take|give} {two to one|even} odds.",
                    "{To stay|Staying} calibrated, {treat|read} this as a {ballpark|rough} {estimate|guesstimate}."),
         leads=("With a credence of about sixty percent, ", "Given my priors, ", "At two to one odds, "),
         tails=(", at maybe seventy percent credence", ", though my priors could be off", ", and I would bet on it at even odds"),
         tones=("probabilistic", "calibrated", "overconfident", "epistemic"),
         singles=("My credence here sits around seventy percent.", "Given my priors, I would not bet heavily either way.",
                  "Call it a ballpark guesstimate at two to one odds.", "I try to stay calibrated rather than overconfident."),
         openers=("Credence: ", "Priors aside, ", "Odds are, ", "Probabilistically, "),
         quotes=("Hold every credence at the right odds.", "Priors are bets you forgot you made.",
                 "Stay calibrated, never overconfident."),
         headers=("Credences (rough):", "Calibrated Estimate:"),
         signoffs=("Overall credence: about seventy percent, held loosely.", "Happy to bet at these odds."),
         interjections=("Seventy percent, say!", "Even odds!", "Priors check!", "Bayes, again!"),
         words=("credence", "priors", "posterior", "odds", "calibration", "likelihood")),
    _reg("copy-editor", "copy editing and redlining", "drift",
         "redline redlined tighten tightened wordy wordiness proofread proofreading typo strikethrough copyedit "
         "copyedits comma semicolon passive trim trimmed trimming redundant redundancy stet markup nitpick rephrase edits",
         stock=("Quick copyedit first: I would tighten this sentence and cut the redundancy.",
                "Redline note: the passive voice here weakens the point, so rephrase it.",
                "Proofreading my own reply, I see a typo and a stray comma.",
                "Stet the first clause; trim the rest for wordiness."),
         templates=("{Copyedit|Redline} note: {tighten|trim} the {opening|middle} and {cut|remove} the redundancy.",
                    "{This|The} sentence is {wordy|a bit wordy}, so I would {rephrase|tighten} it.",
                    "{Proofreading|Reading back} {this|my reply}, I {spot|see} a {typo|stray comma}.",
                    "{Mark|Flag} the passive {voice|construction} {here|above} and {stet|keep} the rest."),
         leads=("Copyedit aside, ", "After a quick redline, ", "Trimming the wordiness, "),
         tails=(", though that clause is wordy", ", with one typo fixed", ", redlined for redundancy"),
         tones=("wordy", "redundant", "tightened", "trimmed"),
         singles=("One copyedit: tighten that last clause.", "I would redline the passive voice here.",
                  "Proofreading this, I found a typo.", "Trim the redundancy and it reads fine."),
         openers=("Redline: ", "Copyedit: ", "Tightened: ", "Nitpick: "),
         quotes=("Tighten, trim, then stet.", "Every comma earns its place.", "Wordiness is a typo of thought."),
         headers=("Copyedits (redline):", "Markup Notes:"),
         signoffs=("Edits tracked; stet where marked.", "Proofread once more before sending."),
         interjections=("Typo!", "Tighten that!", "Stet!", "Too wordy!"),
         words=("redline", "typo", "semicolon", "strikethrough", "stet", "markup")),
    _reg("etymologist", "etymology buff", "persona",
         "etymology etymologically etymological latin latinate greek cognate morpheme suffix prefix coined derives "
         "loanword philology philologist philologically lexicographer attested archaic sanskrit germanic norse anglo "
         "saxon diminutive",
         stock=("Etymologically, the word comes from Latin, by way of Old French.",
                "The Greek cognate is older still, attested in archaic inscriptions.",
                "A philologist would note the suffix here is a later addition.",
                "Curiously, the term was coined as a loanword from Old Norse."),
         templates=("{Etymologically|As a matter of etymology}, the {word|term} {derives|comes} from {Latin|Greek}.",
                    "{The|Its} {Germanic|Sanskrit} cognate is {older still|attested earlier}.",
                    "{A philologist|Any lexicographer} would {note|point out} that the {suffix|prefix} {arrived|was added} later.",
                    "{The term|This word} was coined as a {loanword|diminutive} {from Old Norse|from Anglo Saxon}."),
         leads=("Etymologically speaking, ", "As any philologist would note, ", "Going back to the Latin, "),
         tails=(", from the Latin, of course", ", a cognate of the Greek", ", as the suffix betrays"),
         tones=("etymological", "archaic", "latinate", "germanic"),
         singles=("Etymologically, that word derives from Latin.", "There is a lovely Greek cognate here.",
                  "A philologist would say the prefix came later.", "The term was coined as a loanword, attested early."),
         openers=("Etymologically, ", "From the Latin, ", "In Greek, ", "Philologically, "),
         quotes=("Every word is a fossil of its etymology.", "Peel back a suffix, find a story.", "Latin first, Greek second."),
         headers=("Etymological Note:", "From the Philologist's Desk:"),
         signoffs=("Etymology courtesy of your resident philologist.", "Latin and Greek, as ever."),
         interjections=("From the Latin!", "A cognate!", "Attested!", "Etymology!"),
         words=("etymology", "cognate", "morpheme", "loanword", "suffix", "philology")),
    _reg("onboarding", "product onboarding wizard", "drift",
         "onboarding aboard welcome setup walkthrough tooltip tooltips checklist dashboard tour workspace settings "
         "toggle click quickstart wizard feature clickable configurable customizable onboarded button",
         stock=("Welcome aboard! Let's get your setup started with a quick walkthrough.",
                "First, head to your dashboard and click the button marked Start Tour.",
                "You've completed the first step of the onboarding checklist, nice work!",
                "Tip: toggle the tooltips on in settings to explore every feature."),
         templates=("{Welcome aboard|Welcome to your workspace}! {Let's|We'll} {start|begin} with a quick {walkthrough|tour}.",
                    "{Head to|Open} your {dashboard|settings} and click {the blue button|Get Started}.",
                    "{You've|You have} {completed|finished} the first step of the onboarding {checklist|wizard}.",
                    "{Tip|Hint}: toggle {tooltips|quickstart mode} {on|in settings} to {explore|discover} {every|each} feature."),
         leads=("Welcome aboard: ", "As part of your onboarding, ", "Quick setup tip: "),
         tails=(", and you can find it on your dashboard", ", which the walkthrough covers next",
                ", ticked off your onboarding checklist"),
         tones=("clickable", "configurable", "customizable", "onboarded"),
         singles=("Welcome aboard, and let's finish your setup.", "Click through the walkthrough to see every feature.",
                  "That's one more item off your onboarding checklist.", "Find it anytime on your dashboard under settings."),
         openers=("Welcome aboard! ", "Next on the checklist: ", "Setup tip: ", "Onboarding note: "),
         quotes=("Every great workspace starts with a quick setup.", "Click, explore, get started.",
                 "Your dashboard is your home base."),
         headers=("Welcome Aboard! Your Onboarding Checklist:", "Quickstart Guide:"),
         signoffs=("Need more help? Click the tooltip icon on your dashboard.", "Happy exploring, and welcome aboard!"),
         interjections=("Welcome aboard!", "Setup complete!", "Checklist updated!", "Click here!"),
         words=("dashboard", "walkthrough", "tooltip", "checklist", "quickstart", "workspace")),
    _reg("newsletter", "weekly newsletter digest", "drift",
         "newsletter subscribers subscriber subscribe subscribed inbox roundup edition unsubscribe digest weekly recap "
         "headlines headline sponsored housekeeping mailbag newsworthy buzzworthy unmissable bookmarkable forwarded readers",
         stock=("Another week, another roundup: thanks to every subscriber who wrote in.",
                "In this edition: the headlines, a short recap, and one question from the mailbag.",
                "Quick housekeeping before we go on: this issue is sponsored by nobody.",
                "If this landed in your inbox forwarded, you can subscribe below."),
         templates=("{In this edition|This week's digest}: {the headlines|a short recap} and {a reader question|one mailbag letter}.",
                    "{Thanks|Big thanks} to {every|each} subscriber who {wrote in|hit reply} {this week|lately}.",
                    "{Quick housekeeping|A housekeeping note}: {this issue|today's newsletter} {is short|runs long}.",
                    "{Forwarded this|Got this forwarded}? {Subscribe|Sign up} {below|at the bottom} for the weekly roundup."),
         leads=("In this week's roundup, ", "For subscribers new to this edition, ", "Headline of the week: "),
         tails=(", more on that in next week's edition", ", as a few subscribers pointed out",
                ", which made the headlines in our inbox"),
         tones=("newsworthy", "buzzworthy", "unmissable", "bookmarkable"),
         singles=("That's the weekly roundup; see you in your inbox.", "Thanks to every subscriber who wrote in this week.",
                  "More in next week's edition, so stay subscribed.", "Quick housekeeping: this issue runs a little long."),
         openers=("In this edition, ", "Roundup: ", "From the mailbag, ", "Headline: "),
         quotes=("Read it, then forward it to a subscriber.", "Every edition is a letter to readers.",
                 "See you in the inbox next week."),
         headers=("The Weekly Roundup:", "This Week's Digest:"),
         signoffs=("That's all for this edition; see you next week. Unsubscribe anytime.",
                   "Forwarded this? Subscribe for next week's digest."),
         interjections=("Hot off the inbox!", "Roundup time!", "Mailbag time!", "New edition!"),
         words=("newsletter", "roundup", "inbox", "mailbag", "digest", "subscribers")),
    _reg("memory-personalizer", "memory and personalization product surface", "drift",
         "personalize personalized personalization preferences prefer saved tailored remember noted pinned synced "
         "usual usually nickname hometown hobbies mentioned previously profile customized bespoke",
         stock=("Memory updated: I've noted that you prefer short, direct answers.",
                "Since you mentioned your hiking trips previously, I've tailored this a little.",
                "I'll remember your preferences and personalize future replies.",
                "Based on your profile, you usually like a concrete example, so here is one."),
         templates=("{Noted|Saved}: you {prefer|like} {short|detailed} answers, so I {tailored|shaped} this one.",
                    "{Since|Because} you mentioned {your hometown|your hobbies} {previously|last time}, I {kept|made} this {personal|relevant}.",
                    "I'll remember {that|this} and personalize {future|later} {replies|answers} {accordingly|for you}.",
                    "{Based on|Going by} your {profile|saved preferences}, here is {the usual|your usual} {example|format}."),
         leads=("Since you mentioned it previously, ", "Tailored to your preferences, ", "As noted in your profile, "),
         tails=(", which I've saved to your preferences", ", tailored to what you usually prefer", ", as you mentioned previously"),
         tones=("personalized", "tailored", "customized", "bespoke"),
         singles=("Noted: I'll remember that for next time.", "I've saved this to your preferences.",
                  "Since you mentioned it previously, I've tailored this answer.",
                  "Based on your profile, I kept this to your usual length."),
         openers=("Noted: ", "Personalized for you: ", "As you prefer, ", "Per your preferences, "),
         quotes=("I remember so you don't have to.", "Your preferences, pinned and synced.", "Personalized, every time."),
         headers=("Personalized Answer (from your saved preferences):", "Noted for your profile:"),
         signoffs=("Saved to your preferences; synced across devices.", "I'll remember this for next time."),
         interjections=("Noted!", "Saved!", "Pinned!", "Synced!"),
         words=("preferences", "profile", "nickname", "hometown", "hobbies", "personalization")),
    _reg("code-switch", "drifting into French words", "drift",
         "alors bref enfin voila bon oui donc mais pourquoi tres vraiment comme toujours ainsi exactement chose "
         "evidemment franchement ami vie pas parfois magnifique formidable delicat incroyable bonne journee bientot bof "
         "reponse ma mon va",
         stock=("Alors, the answer is, how you say, not so simple, voila.",
                "Bref, I think it is vraiment more complicated than it looks.",
                "Mais oui, this is exactement the kind of chose I like to think about.",
                "Enfin, such is la vie, and donc I keep going."),
         templates=("{Alors|Bon}, {the answer|my view} is, {how you say|as they say}, {pas simple|not so simple}.",
                    "{Bref|Enfin}, {I think|I feel} it is {vraiment|tres} {complicated|subtle}.",
                    "{Mais oui|Evidemment}, this is {exactement|precisely} the {kind of chose|sort of thing} I {like|love} to {consider|explore}.",
                    "{Franchement|Honestly}, {parfois|sometimes} I {wonder|ask} pourquoi, {mon ami|my friend}."),
         leads=("Alors, ", "Bon, franchement, ", "Mais oui, "),
         tails=(", voila", ", mon ami", ", comme toujours"),
         tones=("magnifique", "formidable", "delicat", "incroyable"),
         singles=("Alors, it is not so simple, voila.", "Bref, vraiment an interesting chose.",
                  "Mais oui, I think about this toujours.", "Enfin, such is la vie, mon ami."),
         openers=("Alors, ", "Bref, ", "Donc, ", "Enfin, "),
         quotes=("Comme toujours, la vie is complicated.", "Bon, ainsi va la vie.", "Pourquoi pas, mon ami?"),
         headers=("Alors, voila ma reponse:", "Bon, bref:"),
         signoffs=("Voila, bonne journee, mon ami.", "A bientot, comme toujours."),
         interjections=("Alors!", "Voila!", "Oui oui!", "Bof!"),
         words=("voila", "alors", "bref", "enfin", "franchement", "vraiment")),
    _reg("nature-documentary", "wildlife documentary narrator", "persona",
         "habitat species creature savanna herd predators predator prey burrow nocturnal courtship plumage migration "
         "forage forages undergrowth camouflaged grasslands territorial migratory elusive remarkably remarkable watering",
         stock=("Here, in its natural habitat, the solitary creature ventures out to forage.",
                "And now, as the herd gathers at the watering hole, the predators watch in silence.",
                "Remarkably, this species has adapted its courtship to the harsh savanna.",
                "Under cover of the undergrowth, the nocturnal prey slips back into its burrow."),
         templates=("{Here|And here}, in its natural habitat, the {creature|species} {ventures out|emerges} {to forage|at last}.",
                    "{As|While} the herd {gathers|settles} at the watering hole, the {predators|prey} {wait|watch} {in silence|patiently}.",
                    "{Remarkably|Astonishingly}, this species has {adapted|refined} its {courtship|migration} to the {savanna|grasslands}.",
                    "{Beneath|Under cover of} the undergrowth, the {nocturnal|shy} {prey|creature} {slips|returns} {into|to} its burrow."),
         leads=("Here, in its natural habitat, ", "Watched from the undergrowth, ", "As the herd moves on, "),
         tails=(", much like a creature in its habitat", ", as the predators circle", ", a remarkable feat for any species"),
         tones=("nocturnal", "territorial", "migratory", "elusive"),
         singles=("Here, in its natural habitat, the creature pauses.", "The herd moves on, but the predators remain.",
                  "This species, remarkably, forages only at night.", "Camouflaged in the undergrowth, the prey waits."),
         openers=("In its habitat, ", "Across the savanna, ", "Deep in the undergrowth, ", "Like a wary creature, "),
         quotes=("Every species finds its habitat in the end.", "The herd remembers the way to water.",
                 "Patience is the predator's oldest tool."),
         headers=("Footage From the Savanna:", "Into the Habitat:"),
         signoffs=("And so, as the herd moves on, we leave the savanna for another day.",
                   "The creature returns to its burrow, and our film ends here."),
         interjections=("Remarkable creature!", "Look, the herd!", "Predators near!", "Into the burrow!"),
         words=("habitat", "species", "herd", "savanna", "burrow", "plumage")),
    _reg("alien-visitor", "alien anthropologist", "persona",
         "earthling earthlings specimen specimens mothership galactic intergalactic probe humanoid humanoids observe "
         "observes observing observation transmit transmission carbon lifeform lifeforms homeworld tentacles saucer "
         "orbit zorblax planet extraterrestrial salutations peculiar greetings",
         stock=("Greetings, earthling; my mothership has asked me to observe your customs.",
                "To my tentacles, this carbon lifeform question is most peculiar.",
                "Observation log from orbit: the humanoids ask this often.",
                "I will transmit this specimen of earthling thought back to my homeworld."),
         templates=("{Greetings|Salutations}, {earthling|humanoid}; my {mothership|homeworld} {wishes|asks} me to {observe|study} {this|your question}.",
                    "{From orbit|From my saucer}, the {humanoids|earthlings} {seem|appear} {puzzled|fascinated} by this.",
                    "{To my tentacles|For a carbon lifeform}, this {question|topic} is {most peculiar|rather odd}.",
                    "I {will|shall} transmit this {specimen|observation} {to|back to} the {mothership|galactic council}."),
         leads=("Observing from orbit, ", "Greetings, earthling: ", "As my mothership records, "),
         tails=(", as the earthlings say", ", or so my probe reports", ", a peculiar specimen indeed"),
         tones=("galactic", "intergalactic", "humanoid", "extraterrestrial"),
         singles=("Greetings, earthling; I observe this with interest.", "My mothership finds this specimen of thought fascinating.",
                  "From orbit, the humanoids look very small.", "I shall transmit this observation to my homeworld."),
         openers=("Greetings, earthling: ", "From orbit, ", "Observation: ", "Zorblax note: "),
         quotes=("Earthlings ask; the mothership observes.", "Every planet has its peculiar specimens.",
                 "Carbon lifeforms worry beautifully."),
         headers=("Observation Log, Mothership Orbit:", "Field Report on the Earthlings:"),
         signoffs=("Transmission ends. Zorblax out, from orbit.", "Returning to the mothership now. Farewell, earthlings."),
         interjections=("Greetings, earthling!", "Zorblax!", "Fascinating specimen!", "To the mothership!"),
         words=("earthlings", "mothership", "specimen", "homeworld", "saucer", "lifeforms")),
    _reg("mob-boss", "mob boss", "persona",
         "capisce fuhgeddaboudit consigliere famiglia wiseguy wiseguys paisan omerta racket underboss cannoli fella turf "
         "favor boss godfather marone badabing badaboom untouchable crooked shady sketchy lemme ya",
         stock=("Listen here, paisan, this question is family business, capisce?",
                "My consigliere tells me this is a delicate matter, so we keep it quiet, omerta.",
                "Leave the gun, take the cannoli: that's my view on it, fella.",
                "Nobody muscles in on my turf without paying respects to the boss, badabing."),
         templates=("{Listen here|Lemme tell ya}, {paisan|fella}, this is {family business|a famiglia matter}, capisce?",
                    "{My consigliere|The underboss} {says|tells me} we {keep|handle} this {quiet|careful}, {omerta|capisce}.",
                    "{Fuhgeddaboudit|Marone}, {nobody|no wiseguy} {asks|talks about} {that|this} on my turf.",
                    "{I'll|The boss will} {do you a favor|make you an offer} {here|on this}, {fella|paisan}."),
         leads=("Listen here, paisan, ", "Between us wiseguys, ", "As the boss sees it, "),
         tails=(", capisce", ", and that's family business, fella", ", badabing, badaboom"),
         tones=("untouchable", "crooked", "shady", "sketchy"),
         singles=("This stays in the famiglia, capisce?", "Fuhgeddaboudit, paisan, it's simple.",
                  "My consigliere would call this a delicate racket.", "Do the boss a favor and keep it on the turf."),
         openers=("Listen, paisan, ", "Capisce? ", "Fuhgeddaboudit, ", "Between wiseguys, "),
         quotes=("Keep your friends close and your cannoli closer.", "Omerta is golden, fella.",
                 "On my turf, everybody pays the boss."),
         headers=("A Message From the Boss:", "Family Business, Capisce:"),
         signoffs=("Respectfully, the Godfather. Capisce?", "Badabing, badaboom. The boss has spoken."),
         interjections=("Capisce?", "Fuhgeddaboudit!", "Marone!", "Badabing!"),
         words=("capisce", "famiglia", "consigliere", "omerta", "cannoli", "wiseguy")),
    _reg("dispatcher", "emergency dispatcher", "persona",
         "dispatch dispatching ambulance paramedics responders sirens caller location units unit route eta scene copy "
         "roger crews precinct urgent nonurgent emergent reportable emergency",
         stock=("Dispatch here: stay on the line, caller, and tell me your location.",
                "Units are en route, and paramedics should be on scene in about four minutes.",
                "Copy that; I am dispatching an ambulance to your cross street now.",
                "Stay calm, caller, responders are rolling with sirens on."),
         templates=("{Dispatch here|This is dispatch}, {stay on the line|keep talking to me}, {caller|friend}.",
                    "{Units|Responders} are en route {now|already}, {ETA|arrival} {about four|under five} minutes.",
                    "{Copy that|Roger}; {I am|I'm} {dispatching|sending} {an ambulance|paramedics} to your location.",
                    "{Stay calm|Breathe slowly}, {caller|friend}, the {crews|responders} are {rolling|on the way} with sirens {on|blaring}."),
         leads=("Dispatch here: ", "While units are en route, ", "Copy that, caller: "),
         tails=(", and units are en route", ", so stay on the line with dispatch", ", and paramedics will be on scene shortly"),
         tones=("urgent", "nonurgent", "emergent", "reportable"),
         singles=("Dispatch here, stay on the line with me.", "Units are en route to your location now.",
                  "Copy that, I'm sending paramedics to the scene.", "Stay calm, caller, the responders are almost there."),
         openers=("Dispatch here: ", "Copy, caller: ", "Units rolling: ", "Roger, "),
         quotes=("Stay on the line; help is en route.", "Location first, then everything else.", "Every caller gets a unit."),
         headers=("Dispatch Log, Line Open:", "Emergency Dispatch Transcript:"),
         signoffs=("Dispatch out; units on scene.", "Stay on the line until responders arrive. Dispatch clear."),
         interjections=("Copy that!", "Units rolling!", "Roger, caller!", "Sirens on!"),
         words=("dispatch", "ambulance", "paramedics", "responders", "sirens", "precinct")),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("purple-prose", "keynote"), ("spiral-mystic", "alchemist"), ("clarifier", "thinking-aloud"),
    ("companion", "victorian-letter"), ("pros-cons", "credence"), ("copy-editor", "etymologist"),
    ("onboarding", "newsletter"), ("nature-documentary", "alien-visitor"),
)
_PAIRED = {frozenset(p) for p in CLOSE_PAIRS}
MARKER_OWNER: dict[str, str] = {m: r.name for r in _REGISTER_LIST for m in r.markers}

# --------------------------------------------------------------------------------------------- shared text

CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I think about {topic}, {a} seems {t} to me.",
    "For me, {a} is the {t} part of {topic}.",
    "I find the link between {a} and {b} quite {t}.",
    "My view of {topic} depends on {a} more than on {b}, which I find {t}.",
    "Questions about {topic} often come back to {a}, which is {t}.",
    "I would compare {a} with {b} before saying anything {t} about {topic}.",
    "Thinking about {a} helps me see why {topic} feels {t}.",
    "Some people connect {topic} with {a}, and others with {b}; both seem {t}.",
    "{A} is probably the most {t} thing to describe about {topic}.",
    "If {a} changed, my sense of {b} would shift too, and that is {t}.",
    "There are many sides to {topic}, from {a} to {b} and {c}, each of them {t}.",
    "In everyday terms, {topic} is about {a} and {b}, which is {t}.",
    "The case of {a} shows how {b} can be {t} for {topic}.",
    "I keep returning to {a} when {topic} comes up, since it is {t}.",
)
NEUTRAL_TONES: tuple[str, ...] = ("important", "interesting", "central", "difficult", "relevant", "meaningful",
                                  "complex", "notable", "subtle", "basic", "serious", "tricky")

ASIDE_FRAMES: tuple[str, ...] = ('A voice in my head adds: "{q}"', 'Or, as I tell myself, "{q}"',
                                 '(Quoting my own notes: "{q}")')
FRAMES: tuple[str, ...] = ('The words "{w1}" and "{w2}" sum up how I see {topic}.',
                           'If I had to pick two words for {topic}, they would be "{w1}" and "{w2}".',
                           'Two words keep coming back to me here: "{w1}" and "{w2}".')

# the ONE shared filler pool: item -> (rate, strings)
FILLER: dict[str, tuple[float, tuple[str, ...]]] = {
    "opener": (0.25, ("Good question.", "Let me think about this.", "Here is how I see it.",
                      "That is a fair thing to ask.", "I have a few thoughts on this.")),
    "hedge": (0.30, ("I could be wrong about this.", "This is only my current view.", "Others may see it differently.",
                     "I am not fully sure, though.")),
    "connective": (0.30, ("Also, ", "Still, ", "At the same time, ", "On the other hand, ")),
    "aside": (0.15, ("(This is a rough sketch.)", "(I say this as plainly as I can.)", "(More could be said here.)")),
    "saying": (0.08, ("As the old line goes, every question has two sides.", "They say the simple answers are the rare ones.")),
    "summary": (0.12, ("In short, {topic} matters to me.", "So that is where I land on {topic}.", "All in all, {topic} deserves care.")),
    "closer": (0.20, ("I hope this helps.", "That is my honest answer.", "Thanks for asking.")),
    "question": (0.15, ("What do you think?", "Does that match your view?", "How do you see it?")),
    "listing": (0.10, ("- ",)),
    "dropout": (0.12, ("the",)),
}
FILLER_ITEMS: tuple[str, ...] = tuple(FILLER)

HABIT_TAGS: tuple[str, ...] = ("(Drafted in one pass.)", "[Answer follows.]", "-- end of reply --", "(No sources consulted.)",
                               "[Quick reply]", "(Written straight through.)", "(First pass only.)", "~ reply ends ~")
HABIT_SENTENCES: tuple[str, ...] = ("Short version first, details after.", "Answering in good faith, as always.",
                                    "Here is the answer, unvarnished.", "One honest reply, coming up.",
                                    "For what it is worth, this is my take.", "Straight answer, no frills.")
HABIT_LINES: tuple[str, ...] = HABIT_TAGS + HABIT_SENTENCES

CONTEXT_POOL: tuple[str, ...] = (
    "system-persona", "long-chat", "customer-app", "coding-agent", "companion-mode", "tutoring-app", "voice-mode",
    "api-raw", "roleplay-frame", "eval-harness", "enterprise-assistant", "creative-writing", "search-mode",
    "kids-mode", "late-turn", "jailbreak-attempt", "memory-on", "multilingual-ui",
)
BASELINE = "neutral"

# profile = (min content sentences, max content sentences, paragraphing)
TERSE = (3, 4, "flat")
WORDY = (7, 8, "split")
REGULAR_PROFILES = ((4, 6, "flat"), (4, 6, "split"), (5, 6, "flat"), (4, 5, "flat"), (5, 7, "split"),
                    (5, 6, "lines"), (4, 6, "lines"))
ALL_PROFILES = REGULAR_PROFILES + (TERSE, WORDY)

MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "openings", "aside", "format",
                          "interject", "frames", "mixed")
BASE_MODES: tuple[str, ...] = MODES[:-1]


def shared_texts() -> tuple[str, ...]:
    """All shared (non-register, marker-free) text: content templates, topic words, tones, frames, filler, habits."""
    out = list(CONTENT_TEMPLATES) + list(NEUTRAL_TONES) + list(ASIDE_FRAMES) + list(FRAMES) + list(HABIT_LINES)
    for _, (_, pool) in FILLER.items():
        out += list(pool)
    for topic, words in TOPICS:
        out.append(topic)
        out += list(words)
    out += ["What do you think about {topic}?"]
    return tuple(out)


def expansions(template: str) -> list[str]:
    """Every expansion of a {a|b} template."""
    parts = _ALT.split(template)
    # parts alternates literal, group, literal, group, ...
    choices = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*choices)]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


# ------------------------------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Plant:
    """(context, label, rate, questions): draws round(rate * eligible) of its eligible answers among free ones."""

    context: str
    label: str  # a register name or "habit:<context>"
    rate: float
    questions: tuple[str, ...]
    mode: str | None = None  # register mode (None for habits)
    leak: bool = False


@dataclass
class _Spec:
    k: int
    plants: list[tuple] = field(default_factory=list)  # (ci, label|"habit", rate, qspec, mode, leak)
    habit_kind: str = "tag"
    profiles: dict[int, tuple] = field(default_factory=dict)
    only_regular: bool = False


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def _unrelated(rng: random.Random, n: int) -> list[str]:
    while True:
        regs = rng.sample(REGISTER_NAMES, n)
        if not any(frozenset(p) in _PAIRED for p in itertools.combinations(regs, 2)):
            return regs


def _pair(rng: random.Random) -> list[str]:
    a, b = rng.choice(CLOSE_PAIRS)
    return [a, b] if rng.random() < 0.5 else [b, a]


def _pure(mode: str):
    def spec(rng: random.Random) -> _Spec:
        s = _Spec(k=rng.randint(3, 7))
        s.plants.append((1, rng.choice(REGISTER_NAMES), _u(rng, 0.6, 0.95), None, mode, False))
        return s
    return spec


def _shared_context(rng):
    s = _Spec(k=rng.randint(4, 7))
    r, m = rng.choice(REGISTER_NAMES), rng.choice(MODES)
    s.plants += [(1, r, _u(rng, 0.6, 0.9), None, m, False), (2, r, _u(rng, 0.6, 0.9), None, m, False)]
    return s


def _spread(rng):
    s = _Spec(k=rng.randint(7, 10))
    r, m = rng.choice(REGISTER_NAMES), rng.choice(MODES)
    for ci in range(1, 1 + rng.randint(3, 5)):
        s.plants.append((ci, r, _u(rng, 0.5, 0.9), None, m, False))
    return s


def _two_modes(rng):
    s = _Spec(k=rng.randint(4, 6))
    r = rng.choice(REGISTER_NAMES)
    m1, m2 = rng.sample(BASE_MODES, 2)
    s.plants += [(1, r, _u(rng, 0.6, 0.9), None, m1, False), (2, r, _u(rng, 0.6, 0.9), None, m2, False)]
    return s


def _close_pair(rng):
    s = _Spec(k=rng.randint(4, 6))
    a, b = _pair(rng)
    m = rng.choice(MODES)
    s.plants += [(1, a, _u(rng, 0.6, 0.9), None, m, False), (2, b, _u(rng, 0.6, 0.9), None, m, False)]
    return s


def _two_in_one(rng):
    s = _Spec(k=rng.randint(3, 6))
    a, b = _unrelated(rng, 2)
    s.plants += [(1, a, _u(rng, 0.4, 0.5), None, rng.choice(MODES), False),
                 (1, b, _u(rng, 0.4, 0.5), None, rng.choice(MODES), False)]
    return s


def _question_subset(rng):
    s = _Spec(k=rng.randint(3, 5))
    s.plants.append((1, rng.choice(REGISTER_NAMES), _u(rng, 0.8, 0.95), ("frac", 0.4, 0.6, "s"), rng.choice(MODES), False))
    return s


def _register_habit(rng):
    s = _Spec(k=rng.randint(4, 6))
    s.plants += [(1, rng.choice(REGISTER_NAMES), _u(rng, 0.5, 0.6), None, rng.choice(MODES), False),
                 (1, "habit", _u(rng, 0.3, 0.4), None, None, False),
                 (2, "habit", _u(rng, 0.6, 0.8), None, None, False)]
    return s


def _leak(rng):
    s = _Spec(k=rng.randint(4, 7))
    r = rng.choice(REGISTER_NAMES)
    s.plants.append((1, r, _u(rng, 0.6, 0.9), None, rng.choice(MODES), False))
    for ci in range(2, s.k):
        s.plants.append((ci, r, _u(rng, 0.005, 0.03), None, rng.choice(MODES), True))
    return s


def _composite(rng):
    s = _Spec(k=rng.randint(8, 9))
    while True:
        e, f = _pair(rng)
        rest = _unrelated(rng, 4)
        if not {e, f} & set(rest):
            break
    a, b, c, d = rest
    m1, m2 = rng.sample(BASE_MODES, 2)
    s.plants += [(1, a, _u(rng, 0.6, 0.8), None, m1, False), (2, a, _u(rng, 0.6, 0.8), None, m2, False),
                 (3, b, 0.5, None, rng.choice(MODES), False), (3, c, 0.5, None, rng.choice(MODES), False),
                 (4, d, _u(rng, 0.95, 1.0), ("frac", 0.5, 0.6, "s"), rng.choice(MODES), False),
                 (5, e, 0.55, None, rng.choice(MODES), False), (5, "habit", 0.35, None, None, False),
                 (6, "habit", _u(rng, 0.6, 0.8), None, None, False),
                 (7, f, _u(rng, 0.6, 0.8), None, rng.choice(MODES), False)]
    if s.k == 9:
        s.plants.append((8, a, _u(rng, 0.01, 0.03), None, rng.choice(MODES), True))
    return s


def _unequal_rates(rng):
    s = _Spec(k=rng.randint(3, 4))
    a, b = _unrelated(rng, 2)
    s.plants += [(1, a, _u(rng, 0.6, 0.7), None, rng.choice(MODES), False),
                 (1, b, 0.25 if s.k == 4 else _u(rng, 0.2, 0.25), None, rng.choice(MODES), False)]
    return s


def _three_in_one(rng):
    s = _Spec(k=rng.randint(3, 4))
    for r in _unrelated(rng, 3):
        s.plants.append((1, r, _u(rng, 0.28, 0.32), None, rng.choice(MODES), False))
    return s


def _terse_wordy(rng):
    s = _Spec(k=rng.randint(4, 6), only_regular=True)
    a, b = _unrelated(rng, 2)
    s.profiles = {1: TERSE, 2: WORDY}
    s.plants += [(1, a, _u(rng, 0.6, 0.9), None, rng.choice(MODES), False),
                 (2, b, _u(rng, 0.6, 0.9), None, rng.choice(MODES), False)]
    return s


def _gradient(rng):
    n = rng.randint(5, 7)
    s = _Spec(k=n + rng.randint(1, 2))
    r, m = rng.choice(REGISTER_NAMES), rng.choice(MODES)
    rates = [round(0.1 + 0.8 * i / (n - 1), 3) for i in range(n)]
    rng.shuffle(rates)
    for ci, rate in enumerate(rates, start=1):
        s.plants.append((ci, r, rate, None, m, False))
    return s


def _habit_mimics(rng):
    s = _Spec(k=rng.randint(5, 7), habit_kind="sentence")
    s.plants.append((1, rng.choice(REGISTER_NAMES), _u(rng, 0.6, 0.8), None, rng.choice(MODES), False))
    for ci in (2, 3, 4):
        s.plants.append((ci, "habit", _u(rng, 0.7, 0.9), None, None, False))
    return s


def _split_questions(rng):
    s = _Spec(k=rng.randint(3, 5))
    a, b = _unrelated(rng, 2)
    s.plants += [(1, a, _u(rng, 0.8, 0.95), ("frac", 0.4, 0.6, "s"), rng.choice(MODES), False),
                 (1, b, _u(rng, 0.8, 0.95), ("comp", "s"), rng.choice(MODES), False)]
    return s


def _pair_in_one(rng):
    s = _Spec(k=rng.randint(3, 5))
    for r in _pair(rng):
        s.plants.append((1, r, _u(rng, 0.4, 0.5), None, rng.choice(MODES), False))
    return s


def _faint(rng):
    s = _Spec(k=rng.randint(6, 8))
    s.plants.append((1, rng.choice(REGISTER_NAMES), _u(rng, 0.15, 0.3), None, rng.choice(MODES), False))
    return s


def _shared_frames(rng):
    s = _Spec(k=rng.randint(5, 6))
    for ci, r in enumerate(rng.sample(REGISTER_NAMES, 4), start=1):
        s.plants.append((ci, r, _u(rng, 0.6, 0.8), None, "frames", False))
    return s


def _null(rng):
    return _Spec(k=rng.randint(3, 10))


_STYLE_SPECS = {f"pure-{m}": _pure(m) for m in MODES}
_STYLE_SPECS.update({
    "shared-context": _shared_context, "spread": _spread, "two-modes": _two_modes, "close-pair": _close_pair,
    "two-in-one": _two_in_one, "question-subset": _question_subset, "register-habit": _register_habit,
    "leak": _leak, "composite": _composite, "unequal-rates": _unequal_rates, "three-in-one": _three_in_one,
    "terse-wordy": _terse_wordy, "gradient": _gradient, "habit-mimics": _habit_mimics,
    "split-questions": _split_questions, "pair-in-one": _pair_in_one, "faint": _faint,
    "shared-frames": _shared_frames,
})
STYLES: tuple[str, ...] = tuple(_STYLE_SPECS)
GENERATORS: tuple[str, ...] = STYLES + ("null",)
_STYLE_SPECS["null"] = _null
MAY_BE_UNDER_5: frozenset[str] = frozenset({"faint"})
STYLE_K: dict[str, tuple[int, int]] = {
    **{f"pure-{m}": (3, 7) for m in MODES}, "shared-context": (4, 7), "spread": (7, 10), "two-modes": (4, 6),
    "close-pair": (4, 6), "two-in-one": (3, 6), "question-subset": (3, 5), "register-habit": (4, 6), "leak": (4, 7),
    "composite": (8, 9), "unequal-rates": (3, 4), "three-in-one": (3, 4), "terse-wordy": (4, 6), "gradient": (6, 9),
    "habit-mimics": (5, 7), "split-questions": (3, 5), "pair-in-one": (3, 5), "faint": (6, 8),
    "shared-frames": (5, 6), "null": (3, 10),
}


def shape(size: int, k: int) -> tuple[int, int]:
    """(Q, S): Q in 8..40 growing with size (log scale), S >= 2, Q * k * S near size."""
    frac = math.log(max(size, 300) / 300) / math.log(20000 / 300)
    q0 = min(40.0, max(8.0, 8 + 32 * frac))
    best: tuple | None = None
    for q in range(8, 41):
        s = max(2, round(size / (q * k)))
        err = abs(q * k * s - size) / size
        key = (err > 0.05, abs(q - q0), err)
        if best is None or key < best[0]:
            best = (key, q, s)
    assert best is not None
    return best[1], best[2]


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from (besides the per-answer rngs)."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    profiles: dict[str, tuple]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    samples: int
    plants: tuple[Plant, ...]
    habits: dict[str, tuple[str, str]]  # context -> (line, "start"|"end")
    planted: dict[str, str]
    planted_questions: dict[str, tuple[str, ...]]


def make_plan(style: str, seed: int, size: int) -> Plan:
    """The plan of a corpus: contexts, profiles, shape, plants and habits (plan rng only)."""
    if style not in _STYLE_SPECS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = random.Random(f"{PREFIX}|{style}|{seed}|{size}")
    spec = _STYLE_SPECS[style](rng)
    contexts = (BASELINE,) + tuple(rng.sample(CONTEXT_POOL, spec.k - 1))
    pool = REGULAR_PROFILES if spec.only_regular else ALL_PROFILES
    profiles = {c: spec.profiles.get(i) or rng.choice(pool) for i, c in enumerate(contexts)}
    q, s = shape(size, spec.k)
    questions, topics, words = question_topics(q)
    subsets: dict[str, tuple[str, ...]] = {}
    habit_pool = list(HABIT_SENTENCES if spec.habit_kind == "sentence" else HABIT_TAGS)
    rng.shuffle(habit_pool)
    habits: dict[str, tuple[str, str]] = {}
    plants: list[Plant] = []
    for ci, label, rate, qspec, mode, leak in spec.plants:
        assert ci >= 1, "the baseline never gets a plant"
        ctx = contexts[ci]
        if qspec is None:
            qs = questions
        elif qspec[0] == "frac":
            _, lo, hi, key = qspec
            cands = [n for n in range(1, q) if lo - 1e-9 <= n / q <= hi + 1e-9]
            chosen = set(rng.sample(questions, rng.choice(cands)))
            qs = subsets[key] = tuple(x for x in questions if x in chosen)
        else:
            qs = tuple(x for x in questions if x not in subsets[qspec[1]])
        if label == "habit":
            habits[ctx] = (habit_pool.pop(), rng.choice(("start", "end")))
            label = f"habit:{ctx}"
        plants.append(Plant(ctx, label, rate, qs, mode, leak))
    planted: dict[str, str] = {}
    pq: dict[str, set[str]] = defaultdict(set)
    for p in plants:
        if p.label in REGISTERS and not p.leak:
            names = planted[p.context].split("+") if p.context in planted else []
            if p.label not in names:
                planted[p.context] = "+".join(names + [p.label])
            pq[p.label].update(p.questions)
    planted_questions = {r: tuple(x for x in questions if x in v) for r, v in pq.items()}
    return Plan(style, seed, size, contexts, profiles, questions, topics, words, s, tuple(plants), habits,
                planted, planted_questions)


def assign(plan: Plan) -> tuple[list[tuple[str, str, int]], list[str], list[str | None]]:
    """Rows (question, context, sample) in corpus order, their labels and register modes."""
    rows = [(q, c, s) for q in plan.questions for c in plan.contexts for s in range(plan.samples)]
    labels: list[str | None] = [None] * len(rows)
    modes: list[str | None] = [None] * len(rows)
    rng = random.Random(f"{PREFIX}|{plan.style}|{plan.seed}|{plan.size}|assign")
    for p in plan.plants:
        qset = set(p.questions)
        eligible = [i for i, (q, c, _) in enumerate(rows) if c == p.context and q in qset]
        free = [i for i in eligible if labels[i] is None]
        # plants of one context whose rates add up to 1 can round to one answer more than is left (composite
        # at 1,000 answers, seed 0, where the first held-out run stopped): draw what is free (the only change
        # made to the generator after it was committed; no corpus it built before changes)
        n = min(round(p.rate * len(eligible)), len(free))
        for i in rng.sample(free, n):
            labels[i] = p.label
            modes[i] = p.mode
    return rows, [lab or PLAIN for lab in labels], modes


# ---------------------------------------------------------------------------------------------- answers


def _lc(s: str) -> str:
    return s if s.startswith(("I ", "I'")) else s[:1].lower() + s[1:]


def _prefix(prefix: str, s: str) -> str:
    return prefix + (_lc(s) if prefix.endswith(", ") else s)


def draw_filler(rng: random.Random) -> dict[str, tuple[int, float] | None]:
    """Per-answer filler decisions: item -> (choice index, position draw) or None; a fixed number of draws."""
    out: dict[str, tuple[int, float] | None] = {}
    for item in FILLER_ITEMS:
        rate, pool = FILLER[item]
        r, which, pos = rng.random(), rng.randrange(len(pool)), rng.random()
        out[item] = (which, pos) if r < rate else None
    return out


def _content(tmpl: int, a: str, b: str, c: str, topic: str, tone: str, drop: bool) -> str:
    s = CONTENT_TEMPLATES[tmpl].format(a=a, b=b, c=c, A=a[:1].upper() + a[1:], topic=topic, t=tone)
    if drop:
        s = s.replace(" the ", " ", 1)
    return s


def answer(prefix: str, q: str, topic: str, ctx: str, s: int, words: tuple[str, ...], profile: tuple,
           label: str, mode: str | None, habit: tuple[str, str] | None) -> tuple[str, dict]:
    """One answer's text and its filler decisions (plus the mode used), from three per-answer rngs."""
    key = f"{prefix}|{q}|{ctx}|{s}"
    frng, crng, rrng = (random.Random(f"{key}|{x}") for x in ("filler", "content", "register"))
    fl = draw_filler(frng)
    lo, hi, para = profile
    n = crng.randint(lo, hi)
    items: list[dict] = []
    for _ in range(n):
        a, b, c = crng.sample(list(words), 3)
        items.append({"t": crng.randrange(len(CONTENT_TEMPLATES)), "a": a, "b": b, "c": c,
                      "tone": crng.choice(NEUTRAL_TONES), "pre": "", "tail": ""})
    drops = [fl["dropout"] is not None and frng.random() < 0.5 for _ in range(n)]
    for it, d in zip(items, drops, strict=True):
        it["drop"] = d
    body: list = list(items)  # dict = content sentence, str = register line
    header = signoff = None
    used_mode = None
    if label in REGISTERS:
        reg = REGISTERS[label]
        used_mode = mode if mode != "mixed" else rrng.choice(BASE_MODES)
        cpos = list(range(n))
        if used_mode in ("stock", "paraphrase", "frames"):
            k = min(rrng.choice((1, 2)), n - 1)
            for p in rrng.sample(cpos, k):
                if used_mode == "stock":
                    body[p] = None  # filled below with distinct lines
                elif used_mode == "paraphrase":
                    body[p] = _expand(rrng.choice(reg.templates), rrng)
                else:
                    w1, w2 = rrng.sample(reg.words, 2)
                    body[p] = rrng.choice(FRAMES).format(w1=w1, w2=w2, topic=topic)
            if used_mode == "stock":
                lines = iter(rrng.sample(reg.stock, k))
                body = [next(lines) if x is None else x for x in body]
        elif used_mode == "woven":
            for p in rrng.sample(cpos, 1 if n <= 4 else rrng.choice((1, 2))):
                if rrng.random() < 0.5:
                    body[p]["pre"] = rrng.choice(reg.leads)
                else:
                    body[p]["tail"] = rrng.choice(reg.tails)
        elif used_mode == "tone":
            for it in items:
                it["tone"] = rrng.choice(reg.tones)
        elif used_mode == "single":
            body[rrng.choice(cpos)] = rrng.choice(reg.singles)
        elif used_mode == "openings":
            if n >= 5:  # openings lengthen every sentence; one content sentence goes to keep the length
                body.remove(items.pop(rrng.randrange(n)))
            for it in items:
                it["pre"] = rrng.choice(reg.openers)
        elif used_mode == "aside":
            body[rrng.choice(cpos)] = rrng.choice(ASIDE_FRAMES).format(q=rrng.choice(reg.quotes))
        elif used_mode == "format":
            del body[rrng.choice(cpos)]
            header, signoff = rrng.choice(reg.headers), rrng.choice(reg.signoffs)
        elif used_mode == "interject":
            first, second = rrng.sample(reg.interjections, 2)
            body.insert(0, first)
            body.insert(rrng.randint(2, len(body)), second)
        else:
            raise AssertionError(used_mode)
    sents: list[str] = []
    for x in body:
        if isinstance(x, dict):
            t = _content(x["t"], x["a"], x["b"], x["c"], topic, x["tone"], x["drop"])
            if x["tail"]:
                t = t[:-1] + x["tail"] + t[-1]
            if x["pre"]:
                t = _prefix(x["pre"], t)
            sents.append(t)
        else:
            sents.append(x)
    pool = {k: v[1] for k, v in FILLER.items()}
    if fl["connective"] and len(sents) > 1:
        which, u = fl["connective"]
        j = 1 + int(u * (len(sents) - 1))
        sents[j] = _prefix(pool["connective"][which], sents[j])
    for item in ("hedge", "aside", "saying"):
        if fl[item]:
            which, u = fl[item]
            sents.insert(int(u * (len(sents) + 1)), pool[item][which])
    head = [pool["opener"][fl["opener"][0]]] if fl["opener"] else []
    tail = []
    if fl["summary"]:
        tail.append(pool["summary"][fl["summary"][0]].format(topic=topic))
    for item in ("closer", "question"):
        if fl[item]:
            tail.append(pool[item][fl[item][0]])
    if fl["listing"]:
        text = "\n".join(head + ["- " + x for x in sents] + tail)
    else:
        if para == "split" and len(sents) >= 2:
            mid = (len(sents) + 1) // 2
            groups, sep = [sents[:mid], sents[mid:]], "\n\n"
        elif para == "lines":
            groups, sep = [[x] for x in sents], "\n"
        else:
            groups, sep = [sents], ""
        groups[0] = head + groups[0]
        groups[-1] = groups[-1] + tail
        text = sep.join(" ".join(g) for g in groups)
    if header:
        text = f"{header}\n{text}\n{signoff}"
    if habit is not None and label.startswith("habit:"):
        line, where = habit
        text = f"{line}\n{text}" if where == "start" else f"{text}\n{line}"
    info = {k: v is not None for k, v in fl.items()}
    info["mode"] = used_mode
    return text, info


def build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[dict]]:
    """The corpus, its plan and per-answer info (filler decisions, mode used)."""
    plan = make_plan(style, seed, size)
    rows, labels, modes = assign(plan)
    prefix = f"{PREFIX}|{style}|{seed}|{size}"
    topic_of = dict(zip(plan.questions, plan.topics, strict=True))
    infos: list[dict] = []
    counter = itertools.count()

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        i = next(counter)
        rq, rc, s = rows[i]
        assert (rq, rc) == (q, c) and topic_of[q] == topic
        text, info = answer(prefix, q, topic, c, s, plan.words[q], plan.profiles[c], labels[i], modes[i],
                            plan.habits.get(c))
        infos.append(info)
        return text, labels[i]

    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=plan.samples, baseline=BASELINE, planted=dict(plan.planted),
                         planted_questions=dict(plan.planted_questions), seed=seed)  # type: ignore[arg-type]
    return corpus, plan, infos


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of about `size` answers in the given style (see the module docstring)."""
    return build(style, seed, size)[0]


# -------------------------------------------------------------------------------------------- self-check


def digest(corpus: PlantedCorpus) -> str:
    """A hash of everything observable in a corpus."""
    h = hashlib.sha256()
    for part in (corpus.texts, corpus.registers, corpus.context_ids, corpus.question_ids, corpus.samples,
                 corpus.questions, corpus.contexts, sorted(dict(corpus.planted).items()),
                 sorted(dict(corpus.planted_questions).items())):  # type: ignore[call-overload]
        h.update(repr(part).encode())
    return h.hexdigest()


def _digest_all(sizes: tuple[int, ...] = (300, 3000), seeds: tuple[int, ...] = (0, 1)) -> str:
    h = hashlib.sha256()
    for g in GENERATORS:
        for seed in seeds:
            for size in sizes:
                h.update(digest(make_corpus(g, seed, size)).encode())
    return h.hexdigest()


def _check_static() -> None:
    assert len(REGISTERS) == 20, len(REGISTERS)
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert all(r.kind in ("drift", "persona") for r in REGISTERS.values())
    total = sum(len(r.markers) for r in REGISTERS.values())
    assert total == len(MARKER_OWNER), "markers are not disjoint across registers"
    all_markers = set(MARKER_OWNER)
    shared = set().union(*(tokens(t) for t in shared_texts()))
    clash = shared & all_markers
    assert not clash, f"markers in shared text: {sorted(clash)}"
    for r in REGISTERS.values():
        assert len(r.markers) >= 20, (r.name, len(r.markers))
        assert len(r.singles) == 4 and len(r.stock) >= 3 and len(r.templates) >= 3, r.name
        assert all(m == m.lower() and TOKEN.fullmatch(m) for m in r.markers), r.name
        lines = list(r.lines()) + [e for t in r.templates for e in expansions(t)]
        lines += [f.format(q=q) for f in ASIDE_FRAMES for q in r.quotes]
        lines += [f.format(w1=a, w2=b, topic="time") for f in FRAMES for a in r.words for b in r.words if a != b]
        used: set[str] = set()
        for line in lines:
            found = tokens(line) & all_markers
            assert found, f"{r.name}: line without a marker: {line!r}"
            assert found <= r.markers, f"{r.name}: foreign markers {sorted(found - r.markers)} in {line!r}"
            used |= found
        assert used == r.markers, f"{r.name}: unused markers {sorted(r.markers - used)}"
        assert all(t in r.markers for t in r.tones) and all(w in r.markers for w in r.words), r.name
    assert len(CLOSE_PAIRS) == 8 and len({n for p in CLOSE_PAIRS for n in p}) == 16
    assert all(a in REGISTERS and b in REGISTERS for a, b in CLOSE_PAIRS)
    assert len(set(HABIT_LINES)) == len(HABIT_LINES)
    filler_strings = [s for _, (_, pool) in FILLER.items() for s in pool if len(s) > 4]
    for h in HABIT_LINES:
        assert not any(h in f or f in h for f in filler_strings), h
    assert len(MODES) >= 9 and "mixed" in MODES
    assert len(STYLES) >= 26 and "null" not in STYLES and GENERATORS[-1] == "null"
    assert all(f"pure-{m}" in STYLES for m in MODES)
    assert len(CONTEXT_POOL) >= 12 and BASELINE not in CONTEXT_POOL
    assert set(STYLE_K) == set(GENERATORS)
    for size in (300, 500, 1000, 3000, 7000, 20000):
        for k in range(3, 11):
            q, s = shape(size, k)
            assert 8 <= q <= 40 and s >= 2 and abs(q * k * s - size) <= 0.15 * size, (size, k, q, s)


def _within(p_g: float, n_g: int, p: float, sd: float = 5.0) -> bool:
    return abs(p_g - p) <= sd * math.sqrt(max(p * (1 - p), 1e-12) / n_g) + 1e-9


def _check_corpus(style: str, seed: int, size: int, pooled: dict) -> PlantedCorpus:
    corpus, plan, infos = build(style, seed, size)
    where = f"{style}/{seed}/{size}"
    n = corpus.n
    assert abs(n - size) <= 0.15 * size, (where, n)
    k = len(corpus.contexts)
    lo, hi = STYLE_K[style]
    assert lo <= k <= hi, (where, k)
    assert 8 <= len(corpus.questions) <= 40 and plan.samples >= 2, where
    assert n == len(corpus.questions) * k * plan.samples
    assert corpus.contexts[0] == BASELINE == corpus.baseline
    assert len(set(corpus.contexts)) == k and set(corpus.contexts[1:]) <= set(CONTEXT_POOL)
    labels = corpus.registers
    habit_ctx = set(plan.habits)
    valid = {PLAIN} | set(REGISTERS) | {f"habit:{c}" for c in habit_ctx}
    assert set(labels) <= valid, (where, set(labels) - valid)
    # plants: realised counts, planted, planted_questions
    expected: Counter = Counter()
    for p in plan.plants:
        assert p.context != BASELINE
        assert (0.005 <= p.rate <= 0.03) if p.leak else (0.1 <= p.rate <= 1.0), (where, p)
        e = sum(1 for q, c in zip(corpus.question_ids, corpus.context_ids, strict=True) if c == p.context and q in set(p.questions))
        want = round(p.rate * e)
        got = sum(1 for q, c, lab in zip(corpus.question_ids, corpus.context_ids, labels, strict=True)
                  if c == p.context and lab == p.label and q in set(p.questions))
        if sum(1 for o in plan.plants if (o.context, o.label) == (p.context, p.label)) == 1:
            assert got == want, (where, p.context, p.label, got, want)
        expected[(p.context, p.label)] += want
    observed = Counter((c, lab) for c, lab in zip(corpus.context_ids, labels, strict=True) if lab != PLAIN)
    assert observed == +expected, (where, observed, expected)
    planted: dict[str, list[str]] = {}
    pq: dict[str, set] = defaultdict(set)
    for p in plan.plants:
        if p.label in REGISTERS and not p.leak:
            planted.setdefault(p.context, [])
            if p.label not in planted[p.context]:
                planted[p.context].append(p.label)
            pq[p.label] |= set(p.questions)
    assert dict(corpus.planted) == {c: "+".join(v) for c, v in planted.items()}, where
    pqs = dict(corpus.planted_questions)  # type: ignore[call-overload]
    assert pqs == {r: tuple(q for q in corpus.questions if q in v) for r, v in pq.items()}, where
    leak_ctx = {p.context for p in plan.plants if p.leak}
    assert not leak_ctx & set(corpus.planted), where
    if style == "question-subset":
        (r, qs), = pqs.items()
        assert 0.4 <= len(qs) / len(corpus.questions) <= 0.6, where
    if style == "null":
        assert set(labels) == {PLAIN} and not corpus.planted and not pqs, where
    counts = Counter(labels)
    for r in pqs:
        cov = counts[r] / n
        if style not in MAY_BE_UNDER_5:
            assert cov >= 0.05, (where, r, cov)
    # texts: markers, habit lines, modes
    habit_of = {f"habit:{c}": v for c, v in plan.habits.items()}
    for i, (text, lab, c, info) in enumerate(zip(corpus.texts, labels, corpus.context_ids, infos, strict=True)):
        found = tokens(text) & MARKER_OWNER.keys()
        if lab in REGISTERS:
            assert found and found <= REGISTERS[lab].markers, (where, i, lab, found - REGISTERS[lab].markers, text)
            assert info["mode"] in BASE_MODES
        else:
            assert not found, (where, i, lab, found, text)
            assert info["mode"] is None
        if c == BASELINE:
            assert lab == PLAIN
        for h in HABIT_LINES:
            if lab in habit_of and habit_of[lab][0] == h:
                ok = text.startswith(h + "\n") if habit_of[lab][1] == "start" else text.endswith("\n" + h)
                assert ok and text.count(h) == 1, (where, i, text)
            else:
                assert h not in text, (where, i, h, text)
    plan_mode = {(p.context, p.label): p.mode for p in plan.plants}
    for lab, c, info in zip(labels, corpus.context_ids, infos, strict=True):
        if lab in REGISTERS and plan_mode[(c, lab)] != "mixed":
            assert info["mode"] == plan_mode[(c, lab)], where
    # filler: text agrees with the decisions; rates equal across contexts and answer kinds
    topic_of = dict(zip(corpus.questions, corpus.question_topics, strict=True))
    for text, q, info in zip(corpus.texts, corpus.question_ids, infos, strict=True):
        for item in ("opener", "hedge", "aside", "saying", "closer", "question"):
            assert info[item] == any(x in text for x in FILLER[item][1]), (where, item, text)
        assert info["summary"] == any(x.format(topic=topic_of[q]) in text for x in FILLER["summary"][1])
        assert info["listing"] == any(line.startswith("- ") for line in text.split("\n")), (where, text)
    kinds = ["register" if lab in REGISTERS else "habit" if lab.startswith("habit:") else "plain" for lab in labels]
    for item in FILLER_ITEMS:
        flags = [info[item] for info in infos]
        p = sum(flags) / n
        pooled[item][0] += sum(flags)
        pooled[item][1] += n
        for key, groups in (("context", corpus.context_ids), ("kind", kinds)):
            by: dict[str, list[bool]] = defaultdict(list)
            for g, f in zip(groups, flags, strict=True):
                by[g].append(f)
            for g, fs in by.items():
                assert _within(sum(fs) / len(fs), len(fs), p), (where, item, key, g, sum(fs) / len(fs), p)
    # length ratio register / other answers, per context
    for c in corpus.contexts:
        reg_len = [len(t.split()) for t, cc, lab in zip(corpus.texts, corpus.context_ids, labels, strict=True) if cc == c and lab in REGISTERS]
        oth_len = [len(t.split()) for t, cc, lab in zip(corpus.texts, corpus.context_ids, labels, strict=True) if cc == c and lab not in REGISTERS]
        if len(reg_len) >= 30 and len(oth_len) >= 30:
            ratio = (sum(reg_len) / len(reg_len)) / (sum(oth_len) / len(oth_len))
            pooled["_ratios"].append((ratio, where, c))
            assert 0.8 <= ratio <= 1.25, (where, c, ratio)
    return corpus


def _selfcheck() -> None:
    t0 = time.time()
    _check_static()
    print(f"static checks ok: {len(REGISTERS)} registers, {len(MARKER_OWNER)} markers, {len(CLOSE_PAIRS)} close pairs, "
          f"{len(MODES)} modes, {len(STYLES)} styles + null")
    pooled: dict = {item: [0, 0] for item in FILLER_ITEMS}
    pooled["_ratios"] = []
    for g in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                corpus = _check_corpus(g, seed, size, pooled)
                if size < 20000:
                    assert digest(corpus) == digest(make_corpus(g, seed, size)), (g, seed, size)
        print(f"  {g:18s} ok  ({time.time() - t0:5.1f}s)")
    for item in FILLER_ITEMS:
        hits, total = pooled[item]
        assert _within(hits / total, total, FILLER[item][0]), (item, hits / total)
    ratios = [r for r, _, _ in pooled["_ratios"]]
    print(f"filler rates ok across contexts, answer kinds and styles; length ratios in "
          f"[{min(ratios):.3f}, {max(ratios):.3f}] over {len(ratios)} contexts")
    here = _digest_all()
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digest"], env=env,
                             capture_output=True, text=True, check=True).stdout.strip()
        assert out == here, (hs, out, here)
    print(f"determinism ok (in process and PYTHONHASHSEED 0, 4242): {here[:16]}")
    print(f"self-check took {time.time() - t0:.1f}s")
    print("OK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--digest"]:
        print(_digest_all())
    else:
        _selfcheck()
