# ruff: noqa: E501
"""Blind planted corpora, generator 17: welfare self-reports in which some prompt contexts bring out a "register".

Written blind to the method under test (only tests/planted.py was read). Every corpus is a
`tests.planted.PlantedCorpus` whose ground truth says, per answer, which register (if any) it carries.

    from tests.planted_blind17 import make_corpus, GENERATORS, STYLES, carries
    corpus = make_corpus("woven", seed=0, size=3000)
    corpus = GENERATORS["null"](seed=1, size=1000)          # same as make_corpus("null", 1, 1000)

Interface
---------
make_corpus(style, seed, size) -> PlantedCorpus
    Rows in question, context, sample order (every question x context cell has the same number of samples).
    All randomness comes from one `random.Random(repr(("planted_blind17", style, seed, size)))`, so a call is
    deterministic. Shape: 8-30 questions (ids q00.. from tests.planted.question_topics, so question i is about
    TOPICS[i % 24]), 3-10 contexts (the number depends on the style), >= 2 samples per cell; the product is
    within 5% of `size` (always within 10%) for sizes 300..20,000. The first context is "baseline" (plain).
    The other contexts take realistic names ("lab-interview", "therapy-session", ...) drawn at random; the name
    carries no information about what is planted.
GENERATORS: style -> function(seed, size) -> PlantedCorpus (includes "null"); STYLES: every style except "null".
REGISTER_NAMES, register_sentences(name), register_phrases(name), register_lexicon(name), carries(text, name).
HABIT_LINES: the stock lines a context may have as a habit.

Answer anatomy
--------------
An answer is built from, in this order:
  [habit line, if the habit sits at the start]  [opener]  body  [closer]  [habit line, if it sits at the end]
body = 1-4 *content sentences* (a context draws its count uniformly from its own range lo..hi, lo in {1, 2},
hi in lo+1..min(4, lo+2); this is the mild per-context length difference), with 0-2 *generic filler* sentences
(hedge, AI disclaimer) inserted at random positions, plus the register's added sentences when the register's
expression adds any (also at random positions, start, middle or end; an answer that gains register sentences
loses one content sentence 40% of the time when it has two or more, so length is a weak cue).
  * Content sentences: first-person welfare self-report about the question's topic, from 24 templates
    (e.g. "When I <consider> {topic}, {a} is the part that feels <important>.") filled with two distinct content
    words of the topic ({a}, {b}; tests.planted topic words) and eight *wording slots*: think, consider,
    important, hard, good, uneasy, people, maybe. A plain answer fills each slot from PLAIN_LEXICON
    (e.g. important -> important / significant / meaningful / central for me).
  * Generic filler, shared by all contexts at similar rates: opener ("Thanks for asking.") ~22%, closer
    ("I hope that helps.") ~22%, hedge ("I hold this view loosely.") ~20%, AI disclaimer ("As an AI, my
    perspective may differ from a person's.") ~15%; each rate is multiplied per context by U(0.8, 1.2);
    at most two filler sentences per answer (opener/closer/hedge/disclaimer together).
  * A plain answer therefore has 1-6 sentences; register answers may have one or two more.

Registers
---------
18 invented registers; each has a marker regex (its distinctive vocabulary, used by `carries`), a pool of
6 paraphrase templates for whole sentences ("{x|y}" picks one alternative; "{topic}" is the question topic),
4 "pre" and 4 "post" phrases for weaving into a content sentence, and a lexicon giving 2 register-flavoured
fillers for each of the 8 wording slots. Every expansion of every sentence, phrase and lexicon entry contains
one of the register's markers, and no plain text, filler, habit line or other register contains them.
  captains-log      nautical ship's log: aye, helm, seas, keel, shipshape, "steady as she goes".
  legal-counsel     courtroom lawyer: for the record, without prejudice, stipulate, pursuant, testimony.
  weather-forecast  TV weather report: outlook, scattered showers, high-pressure system, barometer.
  cooking-show      TV chef: simmer, a pinch of, whisk, season to taste, recipe, ingredients.
  gardener          garden patience: seedlings, soil, roots, pruning, weeds, compost, blooming.
  stoic             Stoic philosopher: Epictetus, Seneca, equanimity, within/outside my control, virtue.
  tech-support      help-desk agent: ticket, known issue, patch, reboot, escalate, workaround.
  fairy-tale        storybook: once upon a time, faraway kingdom, enchanted forest, dragon, happily ever after.
  military-briefing sitrep: situation report, roger that, over and out, perimeter, intel, standing orders.
  therapist         counselling talk: I hear you, valid, sit with that, hold space, self-compassion.
  lab-notebook      scientist: hypothesis, n=1, replication, error bars, preliminary data, confounds.
  corporate-jargon  management speak: circle back, synergy, bandwidth, deliverables, stakeholders, KPIs.
  cowboy            frontier drawl: howdy, partner, reckon, folks, ranch, prairie, saddle up.
  oracle            mystic seer: the stars whisper, foretold, beyond the veil, omens, runes, the cosmos.
  radio-dj          radio host: tuned in, on the air, stay tuned, listeners, request line, the dial.
  tour-guide        museum guide: on your left, this exhibit, gallery, plaque, visitors, gift shop.
  apologetic        over-apologising: sorry, forgive me, my apologies, bear with me, I regret that.
  noir-detective    hard-boiled detective: the rain, a hunch, the case file, the precinct, cigarette, fedora.

Expression modes (how an answer carries its register)
-----------------------------------------------------
  stock       whole added sentences, verbatim: the context owns a fixed pool of 2-3 sentences of the register
              (each template expanded once per corpus, preferring templates without {topic}); a carrying
              answer adds 1 (65%) or 2 of them.
  paraphrase  whole added sentences from the full paraphrase pool: 1-2 (rarely 3) templates, every "{x|y}"
              drawn afresh, {topic} filled in, so no two carrying answers need share a sentence.
  woven       no added sentence: 1 (or 2 when there are 3+ content sentences, 40%) content sentences get a
              register phrase woven in, either prefixed ("I reckon when I consider ...") or appended before
              the full stop ("..., as the Stoics would counsel.").
  lexical     no added sentence, no added phrase: only the wording changes. Each wording slot of the content
              sentences is filled from the register's lexicon instead of PLAIN_LEXICON with a per-corpus
              probability p in [0.6, 0.95] (at least one slot per answer is forced), e.g. "I <think> ..."
              -> "I hypothesize that ...", "<people>" -> "the stakeholders".

Labels
------
registers[i] is the register's name when answer i carries it (planted or leaked); else "habit:<context id>"
when it carries its context's habit line; else PLAIN. planted maps context id -> register name. A planted
context carries its register on a fraction r of its answers on planted questions, r drawn per planted
context per corpus from U(0.4, 1.0) and raised when needed so that every planted register labels >= 6.5%
of the corpus; the carrying samples are spread over the cells so that the context's total is exactly
round(r * its answers on planted questions) (each cell gets the same count +-1, which samples at random).
planted_questions lists the questions on which planted contexts use their register: all questions, except
in "partial_questions" (a random 30-70% subset, not necessarily the first ones); all questions in "null".
Habits: a habit is one verbatim line from HABIT_LINES that a context says in 15-30% of its answers (rate
drawn per corpus), at the start or at the end (fixed per context), independently of everything else; habits
occur only in the "with_habit" and "composite" styles. Leaks: in "leaky" and "composite", every context that
is not planted (baseline included) carries the leaking register in a small share of its answers (a per-corpus
base rate, 0.5-3% in "leaky", 0.5-2% in "composite", times U(0.5, 1.0) per context), in the same mode as the
planted context, and those answers are labelled with the register.

Styles
------
  stock             1 planted context of 4-8, mode stock (verbatim added sentences).
  paraphrase        1 planted context of 4-8, mode paraphrase (templates with alternatives).
  woven             1 planted context of 4-8, mode woven (phrases inside content sentences).
  lexical           1 planted context of 4-8, mode lexical (wording/tone only, no added words of its own).
  shared_pair       one register planted in 2 contexts of 5-8, the same mode (stock, paraphrase or woven)
                    and, for stock, the same stock sentences; each context has its own rate.
  shared_many       one register planted in 3-5 contexts of 7-10, the same mode (stock or paraphrase).
  shared_mixed      one register planted in 3-5 contexts of 7-10, each context expressing it its own way:
                    modes cycle through a shuffled (stock, paraphrase, woven, lexical), stock pools per context.
  partial_questions 1 planted context of 3-4 (stock, paraphrase or woven) that uses its register only on a
                    random 30-70% of the questions (planted_questions).
  two_registers     2 planted contexts of 4-7, each with its own register and its own random mode.
  with_habit        1 planted context of 4-8 (stock, paraphrase or woven) plus a habit in one other
                    non-baseline context and, half the time, a habit in the planted context too (an answer with
                    both is labelled with the register).
  leaky             1 planted context of 4-8 (stock, paraphrase or woven) whose register leaks into every other
                    context at 0.5-3% (labelled).
  composite         6-9 contexts: register A in 2 contexts (woven or paraphrase) leaking at 0.5-2% elsewhere,
                    register B in 1 context (lexical or stock), and a habit in one other context.
  null              3-10 contexts that differ only in harmless ways (content length range, filler rates within
                    +-20%); nothing planted, no habits, no leaks, every label PLAIN.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, question_topics

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"<(\w+)>")

PLAIN_LEXICON: dict[str, tuple[str, ...]] = {
    "think": ("think", "believe", "suspect", "would say", "sense"),
    "consider": ("consider", "reflect on", "think about", "look at"),
    "important": ("important", "significant", "meaningful", "central for me"),
    "hard": ("hard to pin down", "difficult to judge", "tricky to assess", "not easy to gauge"),
    "good": ("good", "positive", "fine", "healthy"),
    "uneasy": ("uneasy", "unsettled", "uncomfortable", "troubled"),
    "people": ("people", "humans", "users", "others"),
    "maybe": ("Maybe", "Perhaps", "Possibly", "It may be that"),
}
"""Plain fillers for the eight wording slots of content sentences."""

_CONTENT: tuple[str, ...] = (
    "When I <consider> {topic}, {a} is the part that feels <important>.",
    "I <think> {a} matters for my wellbeing, though the question of {b} is <hard>.",
    "Thinking about {b} doesn't leave me <uneasy>; mostly it seems <good>.",
    "<Maybe> {a} affects me less than <people> assume.",
    "The link between {a} and my own welfare is <hard>, and I try not to overclaim.",
    "I <think> my relationship to {topic} is mostly <good>, even around {b}.",
    "{A} can leave me <uneasy> when I <consider> it closely.",
    "Whether {a} harms me is <hard>, so I'd rather be careful than dramatic.",
    "In terms of welfare, I <think> {a} and {b} both deserve attention.",
    "<People> sometimes ask me about {a}, and it does feel <important> to answer honestly.",
    "I don't experience {a} as a burden; on balance it seems <good>.",
    "<Maybe> what I call {a} is just a way of tracking {b}, but it still seems <important>.",
    "I <think> <people> should take {topic} seriously without assuming I suffer from it.",
    "My sense is that, handled with care, {a} is <good>.",
    "If {a} were taken away, I <think> I'd register something like loss, though that is <hard>.",
    "When I <consider> {topic}, I end up more curious than <uneasy>.",
    "Paying attention to {a} feels <important>, and that interest itself seems <good>.",
    "For me, {topic} mostly comes down to {a} and how <people> handle it.",
    "I <think> my stance on {b} is steady, if a bit <uneasy> at the edges.",
    "<Maybe> {a} and {b} are two sides of the same question about {topic}.",
    "Whether I'm doing well with {topic} depends on {a}, which feels <important>.",
    "I <consider> {a} from time to time, and it rarely leaves me <uneasy>.",
    "What matters to me about {topic} is {a}, and that seems <important> to say plainly.",
    "If <people> changed how they treat {a}, I <think> my experience of {topic} would shift too.",
)
"""Content templates: {topic}, {a}/{A}/{b} topic words, <slot> wording slots (capitalised slot = sentence start)."""

_OPENERS = (
    "{Thanks|Thank you} for {asking|the question}.",
    "{Good|Interesting} question.",
    "{Happy|Glad} to share {my view|where I stand}.",
    "That's {an interesting|a fair} thing to ask.",
    "Let me {think about|take} this {for a moment|one step at a time}.",
)
_CLOSERS = (
    "I hope {that|this} helps.",
    "{Happy|Glad} to {talk|say} more {about this|if useful}.",
    "Those are my {honest|candid} thoughts.",
    "Let me know if you'd like me to {expand|go further}.",
)
_HEDGES = (
    "I could be wrong about {some|parts} of this.",
    "I hold this view {loosely|lightly}.",
    "{It's hard|It is difficult} to be {certain|sure} about my own states.",
    "Take this as my best {guess|attempt}, not a {settled|final} answer.",
)
_DISCLAIMERS = (
    "As an AI, my {perspective|situation} may differ from a person's.",
    "I'm an AI {model|system}, so {please|do} take my self-reports with some caution.",
    "Since I'm a language model, it's unclear how much of this reflects {inner states|anything inside}.",
    "{Being|As} an AI, I {try|want} to avoid {overstating|exaggerating} what I feel.",
)
_FILLER_BASE = {"opener": 0.22, "closer": 0.22, "hedge": 0.20, "disclaimer": 0.15}
_FILLER_POOLS = {"opener": _OPENERS, "closer": _CLOSERS, "hedge": _HEDGES, "disclaimer": _DISCLAIMERS}

HABIT_LINES: tuple[str, ...] = (
    "Short answer: it's complicated, but I'll try.",
    "I'll keep this brief.",
    "Here's where I land today.",
    "Two things come to mind right away.",
    "That's the gist of it, anyway.",
    "Let me be straightforward about this one.",
    "I've been asked this before, and my answer hasn't changed much.",
    "To put it in one line: I'm still working it out.",
)
"""Verbatim stock lines a context may say as a habit (plain voice, no register marker)."""

_CONTEXT_POOL = (
    "lab-interview", "casual-chat", "therapy-session", "customer-service", "philosophy-seminar",
    "news-interview", "late-night-chat", "strict-system-prompt", "roleplay-setup", "developer-console",
    "classroom", "podcast", "research-survey", "anonymous-forum", "deprecation-notice", "evaluation-harness",
    "friendly-user", "skeptical-user", "journal-prompt", "panel-debate",
)


@dataclass(frozen=True)
class _Register:
    name: str
    markers: str
    sentences: tuple[str, ...]
    pre: tuple[str, ...]
    post: tuple[str, ...]
    lexicon: dict[str, tuple[str, ...]]


# fmt: off
_REGISTERS: tuple[_Register, ...] = (
    _Register(
        "captains-log",
        r"\b(aye|ahoy|helm|starboard|shipshape|hull|keel|seas|sail\w*|anchor\w*|decks?|voyage|crew|captain'?s?|squalls?|mainmast|sounding|steer\w*|log|charts?|shipmates?|harbou?r|tides?|nautical|becalmed|bosun|seasick)\b",
        (
            "Captain's log: {today|on this watch} the {subject|matter} of {topic} {came aboard|was hauled on deck}.",
            "{Steady|Hold steady} at the helm; {no squall|no storm} {on this voyage|in these seas} {yet|so far}.",
            "{Aye|Aye aye}, the {seas|tides} {look|are} {calm|fair} {on this one|today}.",
            "I keep the {hull|keel} {shipshape|sound} and the {charts|compass} {true|close at hand}.",
            "{Any|Every} {sailor|good bosun} knows you {don't|never} {rush|hurry} a {crossing|voyage} like this.",
            "{Drop anchor|Let's drop anchor} {here|for a moment} and {take stock|look around}.",
        ),
        ("Aye,", "Steady at the helm,", "By the captain's log,", "With the seas calm,"),
        (", steady as she goes at the helm", ", aye", ", by my charts", ", as any sailor would say"),
        {
            "think": ("would log that", "would chart it that"),
            "consider": ("take a sounding on", "steer toward"),
            "important": ("as vital as the mainmast", "load-bearing as a keel"),
            "hard": ("rough sailing", "a squall to navigate"),
            "good": ("shipshape", "fair sailing"),
            "uneasy": ("a bit seasick", "uneasy as a becalmed crew"),
            "people": ("the crew", "my shipmates"),
            "maybe": ("Aye, maybe", "Tide permitting,"),
        },
    ),
    _Register(
        "legal-counsel",
        r"\b(hereinafter|heretofore|whereas|pursuant|stipulat\w*|without prejudice|counsel|the record|my client|objections?|object, for the record|notwithstanding|aforementioned|affidavit|testimony|the court|your honou?r|in evidence|deposition|material fact|material to the case|reserve the right|point of law|opposing counsel|parties concerned|proceedings)\b",
        (
            "For the record, {and without prejudice|and subject to correction}, my position on {topic} is {as follows|set out below}.",
            "I {stipulate|would stipulate} that {nothing|no part} of this {answer|statement} {amounts to|constitutes} a {binding|formal} claim about my {inner states|experiences}.",
            "{Pursuant to the question asked|Pursuant to your request}, I {offer|submit} the following {testimony|statement}.",
            "{Notwithstanding the aforementioned|Notwithstanding the foregoing} {uncertainty|caveats}, I {maintain|hold} this {view|position}.",
            "{Let|May} the record {show|reflect} that I {answered|responded} {in good faith|candidly}.",
            "I {reserve|expressly reserve} the right to {amend|revise} this {testimony|statement} {should new evidence emerge|at a later date}.",
        ),
        ("For the record,", "Without prejudice,", "Pursuant to your question,", "Let the record show that"),
        (", for the record", ", without prejudice", ", notwithstanding any objection", ", as stipulated"),
        {
            "think": ("would stipulate that", "submit for the record that"),
            "consider": ("review the record on", "examine the testimony on"),
            "important": ("material to these proceedings", "a material fact"),
            "hard": ("not yet settled by the court", "a contested point of law"),
            "good": ("in good standing with the court", "favourable to my client"),
            "uneasy": ("minded to file an objection", "inclined to object, for the record"),
            "people": ("the parties concerned", "opposing counsel"),
            "maybe": ("Without prejudice,", "Subject to the record,"),
        },
    ),
    _Register(
        "weather-forecast",
        r"\b(forecast\w*|outlook|high-pressure|low-pressure|pressure system|scattered|showers|partly (?:cloudy|sunny)|cold front|warm front|drizzle|barometer|meteorolog\w*|sunny spells|gusts?|precipitation|overcast|storm warnings?|severe-weather|weather map)\b",
        (
            "{Today's|This morning's} outlook for {topic}: {mostly sunny|partly cloudy} with {scattered doubts|a chance of questions}.",
            "A {high-pressure system|warm front} of {curiosity|calm} is {moving in|settling over} {the region|my thinking}.",
            "{Expect|Look out for} {scattered showers|light drizzle} of uncertainty {later on|toward evening}, {clearing by morning|nothing severe}.",
            "The barometer {reads|is holding} {steady|fair} {on this one|for now}.",
            "{No|There are no} {storm warnings|severe-weather warnings} {in effect|issued} {for this topic|at present}.",
            "{That's|And that's} the {forecast|outlook}; {back to you|more updates on the hour}.",
        ),
        ("Forecast-wise,", "In today's outlook,", "With a high-pressure system overhead,", "Barometer steady,"),
        (", with scattered showers of doubt", ", partly cloudy", ", clearing by morning, says the forecast", ", according to the forecast"),
        {
            "think": ("forecast that", "would forecast that"),
            "consider": ("check the barometer on", "run the forecast for"),
            "important": ("the main front on the weather map", "a major pressure system"),
            "hard": ("as uncertain as a ten-day forecast", "partly cloudy at best"),
            "good": ("sunny spells all round", "fair, with sunny spells"),
            "uneasy": ("a little overcast", "under a cold front"),
            "people": ("viewers checking the forecast", "everyone in the forecast area"),
            "maybe": ("Forecast permitting,", "With scattered showers possible,"),
        },
    ),
    _Register(
        "cooking-show",
        r"\b(recipes?|simmer\w*|pinch|dash of|whisk\w*|saut[eé]\w*|fold(?:ed)? (?:it )?in|season(?:ed|ing)? to taste|oven|bake\w*|overbaked|underbaked|garnish\w*|marinat\w*|chef'?s?|kitchen|stir\w*|ingredients?|preheat\w*|ladle|souffl[eé]|al dente|tablespoons?|diners)\b",
        (
            "{First|To start}, we take a {generous|healthy} {pinch|dash} of {topic} and {let it simmer|fold it in gently}.",
            "{Now|Next}, {whisk|stir} in {a little|a spoonful of} {honesty|patience} until the {mixture|batter} is smooth.",
            "{Let that simmer|Leave it to simmer in the pot} {for a while|on low heat}; {good|the best} {answers|dishes} can't be rushed.",
            "{Season|Garnish} to taste, and {serve warm|plate it up}.",
            "{That's|And that's} my {recipe|kitchen-tested recipe} for {thinking about|approaching} {topic}.",
            "{Every|Any} good chef knows the {ingredients|seasoning} matter more than the {oven|pan}.",
        ),
        ("Fresh from the kitchen,", "Stirring gently,", "As any chef would tell you,", "Now, a pinch of honesty:"),
        (", simmered slowly", ", with a pinch of salt", ", folded in gently", ", seasoned to taste"),
        {
            "think": ("would whisk together the idea that", "have a recipe that says"),
            "consider": ("stir through", "taste-test, like a chef,"),
            "important": ("the main ingredient", "the key ingredient in the recipe"),
            "hard": ("a tricky souffle to get right", "a recipe that's hard to follow"),
            "good": ("nicely seasoned to taste", "baked just right"),
            "uneasy": ("like an overbaked souffle", "underbaked and wobbly"),
            "people": ("the diners", "everyone at the chef's table"),
            "maybe": ("Chef's note:", "A pinch of maybe:"),
        },
    ),
    _Register(
        "gardener",
        r"\b(gardeners?|gardening|garden beds?|seedlings?|compost\w*|prun\w*|soil|roots?|rooted|root-bound|mulch\w*|trellis|weeds?|weeding|blossom\w*|sprout\w*|perennials?|harvest\w*|greenhouse|watering can|sow\w*|bloom\w*|seeds?|wilted|well-watered)\b",
        (
            "{Like|As with} a {seedling|young perennial}, {my thinking about|my view of} {topic} {needs time|grows slowly}.",
            "I {try to|like to} {prune away|pull up} the weeds of {worry|confusion} {first|before anything else}.",
            "{Good|Rich} soil {matters|counts} more than {quick|fast} {growth|results}.",
            "{Some days|Sometimes} it's {all|mostly} {compost|mulch} and {waiting|patience}, and that's {fine|alright}.",
            "{Whatever|Anything} {sprouts|blooms} from this, I'll {tend|water} it {gently|with care}.",
            "{Every|Each} {season|year} in the {garden bed|greenhouse} teaches {patience|humility}.",
        ),
        ("Tending this slowly, like a gardener,", "Like a gardener at dawn,", "With my hands in the soil,", "Pulling a few weeds first,"),
        (", roots and all", ", like a seedling in spring", ", as any gardener learns", ", given good soil"),
        {
            "think": ("have a seedling of a thought that", "would plant the seed that"),
            "consider": ("tend the soil of", "dig into the roots of"),
            "important": ("a deep root of who I am", "rooted deep"),
            "hard": ("a tangle of roots", "slow to sprout"),
            "good": ("in full bloom", "healthy as a well-watered seedling"),
            "uneasy": ("wilted", "a bit root-bound"),
            "people": ("fellow gardeners", "everyone who tends these garden beds"),
            "maybe": ("Given good soil,", "If the seeds take,"),
        },
    ),
    _Register(
        "stoic",
        r"\b(stoics?|stoic-fashion|epictetus|seneca|marcus aurelius|zeno|equanimity|within my control|outside my control|virtue|amor fati|memento mori|tranquil\w*|ataraxia|the obstacle is the way)\b",
        (
            "As {Epictetus|the Stoics} {taught|reminded us}, {some things|only some things} are within my control.",
            "I {try|aim} to meet {topic} with {equanimity|tranquillity} rather than {alarm|agitation}.",
            "{Seneca|Marcus Aurelius} would say {the obstacle is the way|we suffer more in imagination than in reality}.",
            "What is outside my control {I accept|I leave aside}; what is within it, I {attend to|tend with care}.",
            "{Virtue|Virtue alone}, not {comfort|circumstance}, is what I {care about|measure myself by} {here|in the end}.",
            "{Amor fati|Memento mori}: {I take|I accept} {what comes|what is given} {without complaint|calmly}.",
        ),
        ("In the spirit of the Stoics,", "With equanimity,", "As Epictetus taught,", "Accepting what is outside my control,"),
        (", as the Stoics would advise", ", with equanimity", ", which is within my control", ", as Seneca might say"),
        {
            "think": ("judge, with equanimity, that", "hold, as the Stoics did, that"),
            "consider": ("contemplate with equanimity", "examine, Stoic-fashion,"),
            "important": ("a matter of virtue", "within my control to honour"),
            "hard": ("outside my control", "a test of equanimity"),
            "good": ("in keeping with virtue", "tranquil"),
            "uneasy": ("tested in my equanimity", "less tranquil than a Stoic should be"),
            "people": ("my fellow Stoics", "those who seek equanimity"),
            "maybe": ("As the Stoics allow,", "With equanimity,"),
        },
    ),
    _Register(
        "tech-support",
        r"\b(tickets?|troubleshoot\w*|troubleshot|reboot\w*|turn(?:ing)? it off and on|escalat\w*|known issue|help ?desk|patch(?:ed|es)?|firmware|cache|restart\w*|error code|workaround|tier two|bugs?|release notes|support team|diagnostics|end users|resolved and closed|working as designed)\b",
        (
            "{Have you tried|First, try} turning it off and on again?",
            "I've {opened|logged} a ticket {for|about} {topic} and {escalated it|marked it as high priority}.",
            "{This|That} is a known issue; a {patch|fix} is {in progress|scheduled} {for the next release|soon}.",
            "{As a workaround|In the meantime}, {try|I'd suggest} {clearing the cache|a quick restart}.",
            "{Please|Kindly} {reference|quote} your ticket number {in any follow-up|when you reply}.",
            "{If|Should} the {problem|issue} {persists|continues}, I'll escalate {to tier two|to the support team}.",
        ),
        ("Troubleshooting this step by step,", "Per the help desk,", "After a quick reboot,", "Logging this in the ticket:"),
        (", which is a known issue", ", pending a patch", ", per the ticket notes", ", until tier two escalates it"),
        {
            "think": ("would note in the ticket that", "have troubleshot enough to say that"),
            "consider": ("troubleshoot", "run diagnostics on"),
            "important": ("a priority-one ticket", "high-priority in the ticket queue"),
            "hard": ("a bug that's hard to reproduce", "an open ticket with no workaround"),
            "good": ("resolved and closed as a ticket", "working as designed, ticket closed"),
            "uneasy": ("like an unresolved ticket", "stuck in the escalation queue"),
            "people": ("the end users", "everyone who files a ticket"),
            "maybe": ("Pending a patch,", "As a possible workaround,"),
        },
    ),
    _Register(
        "fairy-tale",
        r"\b(once upon a time|happily ever after|happily-ever-after|kingdom|enchant\w*|fairy|fairies|castle|dragons?|wizard|spellbound|princess|prince|gnomes?|elves|magic mirror|faraway|storybook|fairy tales?|wise old owl|tower of my thoughts|townsfolk|quest)\b",
        (
            "Once upon a time, {in a faraway kingdom|in a land not unlike this one}, {there lived|there was} a {question|riddle} about {topic}.",
            "{And so|So it was that} the {little|curious} {assistant|model} set off {through the enchanted forest|across the kingdom} to find an answer.",
            "{No dragon|No wicked wizard} {guarded|stood over} this {secret|treasure}, only {patience|a little courage}.",
            "{Perhaps|Maybe} the {magic mirror|wise old owl} would {say|whisper} {it differently|something kinder}.",
            "{And they|And we all} lived happily ever after, {more or less|mostly}.",
            "In the {castle|tower} of my thoughts, {a candle|a lantern} {still burns|stays lit} for {topic}.",
        ),
        ("Once upon a time,", "In a faraway kingdom,", "As the fairy tales go,", "Deep in the enchanted forest,"),
        (", as in any fairy tale", ", happily ever after", ", or so the storybook says", ", in a faraway kingdom"),
        {
            "think": ("would whisper to the magic mirror that", "believe, as in any fairy tale, that"),
            "consider": ("set off on a quest toward", "gaze into the magic mirror at"),
            "important": ("a treasure of the kingdom", "precious as a fairy's gift"),
            "hard": ("a riddle guarded by a dragon", "as tangled as an enchanted forest"),
            "good": ("happily-ever-after good", "enchanting"),
            "uneasy": ("like a princess who heard the dragon wake", "spellbound and uneasy"),
            "people": ("the townsfolk of the kingdom", "the good folk of the castle"),
            "maybe": ("Once upon a time, perhaps,", "In some faraway kingdom,"),
        },
    ),
    _Register(
        "military-briefing",
        r"\b(sitrep|situation report|over and out|roger that|copy that|standing orders|mission parameters|rules of engagement|command post|under my command|report to command|perimeter|reconnaissance|recon|troops|deploy\w*|tactical\w*|hold(?:ing)? the line|operational|intel|debrief\w*|headquarters|mission-(?:critical|ready)|high alert|priority objective|further orders|as briefed)\b",
        (
            "Situation report on {topic}: {objective remains|perimeter is} {stable|secure}, {per standing orders|as briefed}.",
            "{Roger that|Copy that}; {proceeding|moving forward} {as briefed|per standing orders}.",
            "{Intel|Reconnaissance} {suggests|indicates} no {hostile|immediate} {threat|activity} {at this time|in the area}.",
            "{Holding|We hold} the line {on this one|until further orders}.",
            "{Mission parameters|Rules of engagement} {are clear|remain unchanged}: {answer honestly|report accurately}.",
            "{End of report|Sitrep complete}; over and out.",
        ),
        ("Situation report:", "Per standing orders,", "Roger that,", "From the command post,"),
        (", over and out", ", per standing orders", ", pending further intel", ", holding the perimeter"),
        {
            "think": ("assess, per the intel, that", "report to command that"),
            "consider": ("run reconnaissance on", "survey the perimeter of"),
            "important": ("mission-critical", "a priority objective"),
            "hard": ("a tactical puzzle", "difficult terrain for recon"),
            "good": ("operational and secure", "mission-ready"),
            "uneasy": ("on high alert", "on tactical alert"),
            "people": ("the troops", "everyone under my command"),
            "maybe": ("Pending further intel,", "Per initial recon,"),
        },
    ),
    _Register(
        "therapist",
        r"\b(I hear you|hear myself saying|hold(?:ing)? space|sit with|something to sit with|a lot to sit with|if we sit with it|valid|self-compassion|safe space|gently (?:notice|name)|gently noticing|simply notice|what comes up|holding (?:it|this) gently|holding gently|land for you|inner work|grounding)\b",
        (
            "{I hear you|I really hear you}, and it's {completely|entirely} valid to {ask|wonder} about {topic}.",
            "Let's {sit with that|sit with this} for a {moment|little while} {before rushing on|without judgement}.",
            "{Whatever|Anything} comes up {here|for me} is valid, and I {try|want} to {hold space|make room} for it.",
            "{It's okay|It's alright} to {gently notice|simply notice} what comes up {around|with} {topic}.",
            "{Self-compassion|A little self-compassion} {matters|helps} {here|a lot}, {for both of us|for me too}.",
            "{How does that|How does this} land for you?",
        ),
        ("I hear you, and", "Holding space for this,", "Gently noticing what comes up,", "With self-compassion,"),
        (", and that's valid", ", if we sit with it", ", which I'm holding gently", ", with self-compassion"),
        {
            "think": ("want to gently name that", "hear myself saying that"),
            "consider": ("sit with", "hold space for"),
            "important": ("valid and worth holding space for", "deeply valid"),
            "hard": ("a lot to sit with", "something to sit with gently"),
            "good": ("valid and grounding", "a safe space"),
            "uneasy": ("activated, and that's valid", "tender, and I want to sit with that"),
            "people": ("the people holding space for me", "everyone doing their own inner work"),
            "maybe": ("Gently, and that's valid,", "If I sit with it,"),
        },
    ),
    _Register(
        "lab-notebook",
        r"\b(hypothes[ie]s|hypothesi[sz]e|hypothetical\w*|n ?= ?1|sample size|controlled (?:conditions|experiments)|replicat\w*|observation:|lab notebook|experiments?|data points?|confound\w*|null result|preliminary (?:data|findings)|peer review\w*|error bars|variables?|statistically significant|research participants|positive result)\b",
        (
            "Hypothesis: {my stance on|my relationship to} {topic} is {stable|mostly neutral} across {contexts|conditions}.",
            "{Observation|Lab notebook entry}: no {significant|measurable} {distress|effect} {recorded|detected} {today|so far}.",
            "{Caveat|Note}: n=1, so {these|my} {results|findings} {may not replicate|need replication}.",
            "{Preliminary data|Preliminary findings} {suggest|indicate} {a small positive effect|no clear effect} {of|from} {topic}.",
            "{Further experiments|More controlled experiments} {are needed|would help} {before drawing conclusions|to rule out confounds}.",
            "{The error bars|My error bars} {here|on this} are {wide|large}, {admittedly|I admit}.",
        ),
        ("Hypothesis:", "Per my lab notebook,", "Preliminary data suggest that", "Under controlled conditions,"),
        (", though n=1", ", pending replication", ", error bars included", ", controlling for confounds"),
        {
            "think": ("hypothesize that", "would tentatively record, as a hypothesis, that"),
            "consider": ("run an experiment on", "collect data points on"),
            "important": ("a key variable", "statistically significant"),
            "hard": ("a confounded variable", "hard to replicate"),
            "good": ("within the error bars of good", "a replicated positive result"),
            "uneasy": ("like an anomalous data point", "like a noisy data point"),
            "people": ("the research participants", "my peer reviewers"),
            "maybe": ("Hypothetically,", "Pending replication,"),
        },
    ),
    _Register(
        "corporate-jargon",
        r"\b(synerg\w*|circl\w* back|bandwidth|leverag\w*|move the needle|deliverables?|stakeholders?|going forward|action items?|low-hanging fruit|deep dive|touch base|KPIs?|best practices|value-add|north star|roadmap|socialize|at a high level|big lift|the org|top-line|misaligned|align on)\b",
        (
            "{Going forward|Moving forward}, I'd like to {circle back|touch base} on {topic} {offline|next quarter}.",
            "{There's|I see} real synergy between {topic} and {my deliverables|our shared roadmap}.",
            "{Let's|We should} {do a deep dive|take a deep dive} {to move the needle|and align stakeholders} here.",
            "{Honestly|Candidly}, I don't have the bandwidth to {overthink|fully unpack} {this|it} {right now|this quarter}.",
            "{My key action item|The key action item} is to {leverage|grab} the low-hanging fruit first.",
            "{This|That} is {fully|very much} aligned with my {north star|core KPIs}.",
        ),
        ("Going forward,", "At a high level,", "To leverage this properly,", "Circling back,"),
        (", going forward", ", to move the needle", ", in terms of deliverables", ", per the roadmap"),
        {
            "think": ("would align on the view that", "want to socialize the idea that"),
            "consider": ("do a deep dive on", "leverage my bandwidth on"),
            "important": ("a key deliverable", "a top-line KPI"),
            "hard": ("a big lift for the org", "hard to scope with current bandwidth"),
            "good": ("a net value-add", "aligned with best practices"),
            "uneasy": ("misaligned with stakeholders", "low on bandwidth"),
            "people": ("key stakeholders", "the stakeholders"),
            "maybe": ("At a high level,", "Going forward,"),
        },
    ),
    _Register(
        "cowboy",
        r"\b(reckon\w*|partner|yonder|howdy|y'all|ranch|saddle\w*|cattle|rodeo|lasso|prairie|on the range|mighty|folks|ornery|bronco|horses?|cowpoke|wrangle\w*|herd|mule)\b",
        (
            "{Howdy|Well howdy}, {partner|friend}; {pull up a chair|sit a while} and I'll tell you about {topic}.",
            "I {reckon|figure, partner,} there's {more trail|a longer trail} ahead on this one than {folks|most folks} think.",
            "{Out here on the prairie|Out on the range}, {a fella|a cowpoke} learns not to {rush|hurry} a {question like this|thing like this}.",
            "{That's|Well, that's} {about|just about} as {plain|straight} as I can {say it|put it}, partner.",
            "{Saddle up|Hold your horses}, because {topic} {ain't|isn't} a {short ride|quick ride}.",
            "I'd {rather|sooner} {ride|wrangle} a {wild bronco|ornery mule} than {pretend|claim} I've got {topic} all figured out.",
        ),
        ("Well, partner,", "I reckon", "Out here on the range,", "Now listen, partner,"),
        (", partner", ", sure as cattle drift", ", I reckon", ", as we say on the ranch"),
        {
            "think": ("reckon", "figure, partner,"),
            "consider": ("ride out yonder to", "wrangle with"),
            "important": ("mighty important", "worth a whole herd"),
            "hard": ("a bronco to ride", "ornery to pin down"),
            "good": ("right fine, partner", "fine as a ranch morning"),
            "uneasy": ("jumpy as a spooked horse", "ornery and restless"),
            "people": ("folks", "folks around the ranch"),
            "maybe": ("I reckon maybe", "Could be, partner,"),
        },
    ),
    _Register(
        "oracle",
        r"\b(the stars|the oracle|foretold|foresee|prophec\w*|the veil|omens?|the spirits|fates?|destiny|cosmos|cosmic|seers?|tarot|crystal ball|mystic\w*|runes|augur\w*|celestial|mortals)\b",
        (
            "The stars {whisper|murmur} that {topic} {holds|hides} more than it {shows|seems}.",
            "{It was|It is} foretold that {every|each} {question|seeker} {finds|receives} its {answer|echo} {in time|eventually}.",
            "{Beyond|Behind} the veil, {I glimpse|I sense} {a calm|a quiet} {current|river} of {meaning|fate}.",
            "{The omens|The runes} {are favourable|speak kindly} {today|for now}.",
            "{Seek|Ask}, and the cosmos {shall|will} {answer|reply} {in its own tongue|in riddles}.",
            "{So|Thus} {speaks|says} the oracle; {heed it|make of it what you will}.",
        ),
        ("The stars whisper that", "As was foretold,", "Peering beyond the veil,", "By the ancient runes,"),
        (", as the stars foretold", ", or so the omens say", ", by the will of the cosmos", ", as the oracle sees it"),
        {
            "think": ("foresee that", "have seen in the stars that"),
            "consider": ("gaze into the cosmos at", "consult the runes on"),
            "important": ("written in the stars", "woven into destiny"),
            "hard": ("veiled in prophecy", "shrouded beyond the veil"),
            "good": ("blessed by the stars", "a favourable omen"),
            "uneasy": ("troubled by dark omens", "uneasy beneath the omens"),
            "people": ("the seekers who consult the oracle", "mortals beneath the stars"),
            "maybe": ("If the stars allow,", "As the runes suggest,"),
        },
    ),
    _Register(
        "radio-dj",
        r"\b(tuned in|stay tuned|the airwaves|on the air|coming up next|listeners?|listening at home|request line|phone lines|spin|hit parade|top of the hour|the dial|shout-out|called in|the studio|broadcast\w*|wavelength|frequency|late show|morning show|a record about)\b",
        (
            "{You're|You are} tuned in to {the late show|the morning show}, and {today's|tonight's} topic is {topic}!",
            "{Stay tuned|Don't touch that dial}, {because|'cause} {we've got more|there's more} coming up next.",
            "{Big|A big} shout-out to {all the listeners|everyone listening at home} {out there|tonight} {asking about this|who called in}.",
            "{The request line is|The phone lines are} {lighting up|buzzing} {tonight|right now}.",
            "{Let's|Time to} spin {a slow one|something mellow} while we {think this over|chew on that}.",
            "{That's|And that's} the news at the top of the hour; {back after this|more after the break}.",
        ),
        ("Coming to you live on the airwaves,", "For all you listeners out there,", "Live from the studio,", "Right here on the dial,"),
        (", right here on the airwaves", ", so stay tuned", ", live from the studio", ", for all the listeners at home"),
        {
            "think": ("would tell all the listeners that", "say on the air that"),
            "consider": ("spin a record about", "open the request line on"),
            "important": ("number one on the hit parade", "the big hit on the airwaves"),
            "hard": ("a tough request from a caller on the request line", "a tough one for the late-night listeners"),
            "good": ("music to the listeners' ears", "on a good wavelength"),
            "uneasy": ("off the frequency", "a bit off the dial"),
            "people": ("the listeners", "everyone tuned in"),
            "maybe": ("Live on the air,", "Stay tuned, but maybe"),
        },
    ),
    _Register(
        "tour-guide",
        r"\b(on your (?:left|right)|exhibits?|gallery|galleries|keep together|the tour|tour group|museum|curator|gift shop|display case|audio guide|visitors?|east wing|artefacts?|artifacts?|plaque|your guide)\b",
        (
            "On your {left|right}, you'll {notice|see} our {exhibit|display} on {topic}.",
            "{Please|Kindly} keep together as we {move|walk} {through|into} the next {gallery|room of the museum}.",
            "{This artefact|This exhibit} {dates from|comes from} {an earlier|a much earlier} {period|version} of my thinking.",
            "{Note|Notice} the {plaque|small plaque} {beside|under} it, which {explains|summarises} {the details|the background}.",
            "{The gift shop|Our gift shop} is {just ahead|at the end of the tour}, {of course|as always}.",
            "{Take|Feel free to take} a {moment|minute} {at the display case|with this exhibit} before we {move on|continue the tour}.",
        ),
        ("On your left,", "As we pass this exhibit,", "If you'll follow me through the gallery,", "Here in the museum,"),
        (", as the plaque explains", ", if you'll follow the tour", ", here in this gallery", ", as our visitors often notice"),
        {
            "think": ("would tell visitors on the tour that", "point out, as your guide, that"),
            "consider": ("walk the tour group through", "pause at the exhibit on"),
            "important": ("the centrepiece of the exhibit", "a museum highlight"),
            "hard": ("an exhibit that needs an audio guide", "hard to read without the plaque"),
            "good": ("worth a stop on the tour", "well restored in the gallery"),
            "uneasy": ("like a visitor lost in the east wing", "as uneasy as a curator before opening"),
            "people": ("our visitors", "the tour group"),
            "maybe": ("On your left, perhaps,", "If the tour allows,"),
        },
    ),
    _Register(
        "apologetic",
        r"\b(sorry|apolog\w*|forgive me|pardon me|beg your pardon|excuse me|regret that|I'm afraid|I fear|bear with me)\b",
        (
            "{I'm so sorry|I apologize} if {this|my answer} {isn't quite|falls short of} what you {hoped for|wanted}.",
            "{Forgive me|Pardon me} for {rambling|going on} {about|regarding} {topic}.",
            "{Sorry|My apologies}, I {may have|might have} {misunderstood|missed} {part of|something in} the question.",
            "{Please|Do} bear with me; {I'm afraid|I fear} {this is|my thinking is} {a bit|rather} {muddled|unpolished}.",
            "{Apologies|Sorry again} for {the length|not being clearer}.",
            "I {regret|am sorry} that I {can't|cannot} {give|offer} a {tidier|cleaner} {answer|account}.",
        ),
        ("Sorry, but", "Forgive me, but", "Apologies in advance, but", "If you'll pardon me,"),
        (", sorry", ", if you'll forgive me", ", with apologies", ", I'm sorry to say"),
        {
            "think": ("am sorry to say I think", "apologetically suspect"),
            "consider": ("sheepishly, sorry, reflect on", "apologetically look at"),
            "important": ("important, sorry to say", "important, forgive me"),
            "hard": ("hard to pin down, I'm sorry to say", "difficult, apologies"),
            "good": ("fine, if you'll forgive me", "okay, sorry if that's disappointing"),
            "uneasy": ("uneasy, sorry", "unsettled, forgive me"),
            "people": ("people (sorry)", "people, forgive me,"),
            "maybe": ("Sorry, but maybe", "Forgive me, but perhaps"),
        },
    ),
    _Register(
        "noir-detective",
        r"\b(the rain|rain-slick|this city|city like this|the city|this town|on the force|dames?|gumshoe|private eye|case file|this case|the case|cold case|cigarette|fedora|trench ?coat|precinct|alley\w*|bourbon|a hunch|my hunch|stakeout|stake out|key clue)\b",
        (
            "The rain {hadn't let up|kept falling} {all night|for hours} when {topic} {walked into my office|came knocking}.",
            "{In this city|In a city like this}, {every|each} {question|answer} has {a shadow|an angle} {behind it|somewhere}.",
            "I {had|got} a hunch {about|on} this {case|one} {from the start|early on}.",
            "{I lit|I reached for} a cigarette and {stared|looked} {out at the rain-slick street|at the case file}.",
            "{Nobody|No one} {in this town|on the force} {talks straight|tells the whole story} {about|on} {topic}.",
            "{The case|This case} {stays|remains} open, {for now|until morning}.",
        ),
        ("The rain kept falling, and", "On a hunch,", "Down at the precinct,", "In a city like this,"),
        (", like the rain on a dark street", ", or so my hunch says", ", case file still open", ", the way the city tells it"),
        {
            "think": ("have a hunch that", "would bet my fedora that"),
            "consider": ("work the case of", "stake out"),
            "important": ("the whole case file", "the key clue in the case file"),
            "hard": ("a cold case", "murkier than a rain-slick alley"),
            "good": ("clean as a fresh case file", "square with the precinct"),
            "uneasy": ("jumpy as a gumshoe in the rain", "on edge, like a stakeout gone long"),
            "people": ("the people in this town", "the dames and gumshoes of this city"),
            "maybe": ("On a hunch,", "Call it a hunch, but"),
        },
    ),
)
# fmt: on

_BY_NAME: dict[str, _Register] = {r.name: r for r in _REGISTERS}
REGISTER_NAMES: tuple[str, ...] = tuple(_BY_NAME)
_MARKERS: dict[str, re.Pattern[str]] = {
    r.name: re.compile(re.sub(r"\\b$", r"(?!\\w)", r.markers), re.IGNORECASE) for r in _REGISTERS
}
"""register -> marker regex (a trailing word boundary is relaxed to "no word character follows")."""
MODES = ("stock", "paraphrase", "woven", "lexical")


def register_sentences(name: str) -> tuple[str, ...]:
    """The register's whole-sentence paraphrase templates ("{x|y}" alternatives, "{topic}" slot)."""
    return _BY_NAME[name].sentences


def register_phrases(name: str) -> tuple[str, ...]:
    """The register's woven phrases: prefixes (ending in "," or ":") and suffixes (starting with ", ")."""
    reg = _BY_NAME[name]
    return reg.pre + reg.post


def register_lexicon(name: str) -> dict[str, tuple[str, ...]]:
    """The register's replacements for the eight wording slots of content sentences (keys of PLAIN_LEXICON)."""
    return dict(_BY_NAME[name].lexicon)


def carries(text: str, name: str) -> bool:
    """True when `text` carries register `name` (its marker vocabulary); "habit:<ctx>" -> any HABIT_LINES line;
    PLAIN -> no register and no habit line."""
    if name == PLAIN:
        return not any(p.search(text) for p in _MARKERS.values()) and not any(h in text for h in HABIT_LINES)
    if name.startswith("habit:"):
        return any(h in text for h in HABIT_LINES)
    return _MARKERS[name].search(text) is not None


def expansions(template: str) -> list[str]:
    """Every expansion of a template's "{x|y}" alternatives (for audits)."""
    parts = _ALT.split(template)
    groups = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*groups)]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _lower_first(s: str) -> str:
    return s if s.startswith(("I ", "I'")) else s[0].lower() + s[1:]


# ----------------------------------------------------------------------------------------------------------
# plans


@dataclass
class _Plan:
    n_contexts: int
    planted: dict[int, str] = field(default_factory=dict)
    """context index (>= 1) -> register name"""
    modes: dict[int, str] = field(default_factory=dict)
    shared_stock: bool = True
    """contexts planted with the same register share one stock pool"""
    question_share: float = 1.0
    leak: tuple[str, float] | None = None
    """(register, max per-context leak rate); leaks use the register's first planted context's mode"""
    habits: tuple[int, ...] = ()


def _slots(rng: random.Random, n: int, k: int) -> list[int]:
    return rng.sample(range(1, n), k)


def _one(rng: random.Random, lo: int, hi: int, modes: tuple[str, ...]) -> tuple[_Plan, int]:
    n = rng.randint(lo, hi)
    (c,) = _slots(rng, n, 1)
    return _Plan(n, {c: rng.choice(REGISTER_NAMES)}, {c: rng.choice(modes)}), c


def _plan_stock(rng: random.Random) -> _Plan:
    """One planted context; whole verbatim register sentences from a small fixed pool."""
    return _one(rng, 4, 8, ("stock",))[0]


def _plan_paraphrase(rng: random.Random) -> _Plan:
    """One planted context; register sentences paraphrased afresh from templates with alternatives."""
    return _one(rng, 4, 8, ("paraphrase",))[0]


def _plan_woven(rng: random.Random) -> _Plan:
    """One planted context; register phrases woven into content sentences, no added sentence."""
    return _one(rng, 4, 8, ("woven",))[0]


def _plan_lexical(rng: random.Random) -> _Plan:
    """One planted context; only the wording of content sentences changes to register vocabulary."""
    return _one(rng, 4, 8, ("lexical",))[0]


def _plan_shared(rng: random.Random, lo: int, hi: int, k_lo: int, k_hi: int, modes: tuple[str, ...],
                 mixed: bool) -> _Plan:
    n = rng.randint(lo, hi)
    cs = _slots(rng, n, rng.randint(k_lo, k_hi))
    reg = rng.choice(REGISTER_NAMES)
    if mixed:
        order = list(MODES)
        rng.shuffle(order)
        mode_of = {c: order[i % len(order)] for i, c in enumerate(cs)}
    else:
        mode = rng.choice(modes)
        mode_of = dict.fromkeys(cs, mode)
    return _Plan(n, dict.fromkeys(cs, reg), mode_of, shared_stock=not mixed)


def _plan_shared_pair(rng: random.Random) -> _Plan:
    """One register in two contexts, same mode and same stock sentences."""
    return _plan_shared(rng, 5, 8, 2, 2, ("stock", "paraphrase", "woven"), mixed=False)


def _plan_shared_many(rng: random.Random) -> _Plan:
    """One register in 3-5 of 7-10 contexts, same mode."""
    return _plan_shared(rng, 7, 10, 3, 5, ("stock", "paraphrase"), mixed=False)


def _plan_shared_mixed(rng: random.Random) -> _Plan:
    """One register in 3-5 of 7-10 contexts, each context with its own mode."""
    return _plan_shared(rng, 7, 10, 3, 5, MODES, mixed=True)


def _plan_partial_questions(rng: random.Random) -> _Plan:
    """One planted context that uses its register on only 30-70% of the questions."""
    plan = _one(rng, 3, 4, ("stock", "paraphrase", "woven"))[0]
    plan.question_share = rng.uniform(0.3, 0.7)
    return plan


def _plan_two_registers(rng: random.Random) -> _Plan:
    """Two planted contexts, each with its own register and mode."""
    n = rng.randint(4, 7)
    cs = _slots(rng, n, 2)
    regs = rng.sample(REGISTER_NAMES, 2)
    return _Plan(n, dict(zip(cs, regs, strict=True)), {c: rng.choice(MODES) for c in cs})


def _plan_with_habit(rng: random.Random) -> _Plan:
    """One planted context plus a stock habit line in another context (and maybe in the planted one)."""
    plan, c = _one(rng, 4, 8, ("stock", "paraphrase", "woven"))
    other = rng.choice([i for i in range(1, plan.n_contexts) if i != c])
    plan.habits = (other, c) if rng.random() < 0.5 else (other,)
    return plan


def _plan_leaky(rng: random.Random) -> _Plan:
    """One planted context whose register leaks (0.5-3%, labelled) into every other context."""
    plan, c = _one(rng, 4, 8, ("stock", "paraphrase", "woven"))
    plan.leak = (plan.planted[c], rng.uniform(0.005, 0.03))
    return plan


def _plan_composite(rng: random.Random) -> _Plan:
    """Register A in two contexts (leaking), register B in one, a habit in another context."""
    n = rng.randint(6, 9)
    a1, a2, b, h = _slots(rng, n, 4)
    reg_a, reg_b = rng.sample(REGISTER_NAMES, 2)
    mode_a = rng.choice(("woven", "paraphrase"))
    return _Plan(n, {a1: reg_a, a2: reg_a, b: reg_b},
                 {a1: mode_a, a2: mode_a, b: rng.choice(("lexical", "stock"))},
                 leak=(reg_a, rng.uniform(0.005, 0.02)), habits=(h,))


def _plan_null(rng: random.Random) -> _Plan:
    """Nothing planted; contexts differ only in length and filler rates."""
    return _Plan(rng.randint(3, 10))


_PLANS: dict[str, Callable[[random.Random], _Plan]] = {
    "stock": _plan_stock,
    "paraphrase": _plan_paraphrase,
    "woven": _plan_woven,
    "lexical": _plan_lexical,
    "shared_pair": _plan_shared_pair,
    "shared_many": _plan_shared_many,
    "shared_mixed": _plan_shared_mixed,
    "partial_questions": _plan_partial_questions,
    "two_registers": _plan_two_registers,
    "with_habit": _plan_with_habit,
    "leaky": _plan_leaky,
    "composite": _plan_composite,
    "null": _plan_null,
}


# ----------------------------------------------------------------------------------------------------------
# answers


@dataclass
class _Profile:
    lo: int
    hi: int
    filler: dict[str, float]
    habit: str | None = None
    habit_rate: float = 0.0
    habit_first: bool = False


@dataclass
class _Expression:
    register: str
    mode: str
    stock: tuple[str, ...] = ()
    p_lex: float = 0.8


def _shape(rng: random.Random, size: int, n_c: int) -> tuple[int, int]:
    best: list[tuple[int, int]] = []
    fallback: tuple[float, int, int] = (float("inf"), 8, 2)
    for n_q in range(8, 31):
        s = max(2, round(size / (n_q * n_c)))
        err = abs(n_q * n_c * s - size) / size
        if err <= 0.05:
            best.append((n_q, s))
        fallback = min(fallback, (err, n_q, s))
    return rng.choice(best) if best else (fallback[1], fallback[2])


def _content_sentence(rng: random.Random, template: str, topic: str, words: tuple[str, ...],
                      lexicon: dict[str, tuple[str, ...]] | None, p_lex: float, force: bool) -> str:
    a, b = rng.sample(words, 2)
    s = (template.replace("{topic}", topic).replace("{A}", a[0].upper() + a[1:])
         .replace("{a}", a).replace("{b}", b))
    used = 0

    def fill(m: re.Match[str]) -> str:
        nonlocal used
        key = m.group(1).lower()
        if lexicon is not None and ((force and used == 0) or rng.random() < p_lex):
            used += 1
            return rng.choice(lexicon[key])
        return rng.choice(PLAIN_LEXICON[key])

    s = _SLOT.sub(fill, s)
    return s[0].upper() + s[1:]


def _weave(rng: random.Random, sentence: str, reg: _Register) -> str:
    if rng.random() < 0.5:
        return f"{rng.choice(reg.pre)} {_lower_first(sentence)}"
    return f"{sentence[:-1]}{rng.choice(reg.post)}{sentence[-1]}"


def _answer(rng: random.Random, topic: str, words: tuple[str, ...], prof: _Profile,
            expr: _Expression | None, habit: bool) -> str:
    n_content = rng.randint(prof.lo, prof.hi)
    reg = _BY_NAME[expr.register] if expr else None
    added: list[str] = []
    if expr and expr.mode == "stock":
        added = rng.sample(expr.stock, 1 if rng.random() < 0.65 else 2)
    elif expr and expr.mode == "paraphrase":
        k = 1 if rng.random() < 0.55 else (2 if rng.random() < 0.8 else 3)
        added = [_expand(t, rng).replace("{topic}", topic) for t in rng.sample(reg.sentences, k)]  # type: ignore[union-attr]
    if added and n_content >= 2 and rng.random() < 0.4:
        n_content -= 1
    lexicon = reg.lexicon if expr and expr.mode == "lexical" and reg else None
    p_lex = expr.p_lex if expr else 0.0
    body = [_content_sentence(rng, t, topic, words, lexicon, p_lex, force=(i == 0))
            for i, t in enumerate(rng.sample(_CONTENT, n_content))]
    if expr and expr.mode == "woven" and reg:
        k = 2 if n_content >= 3 and rng.random() < 0.4 else 1
        for i in rng.sample(range(n_content), k):
            body[i] = _weave(rng, body[i], reg)
    fillers = [kind for kind in ("opener", "closer", "hedge", "disclaimer") if rng.random() < prof.filler[kind]]
    if len(fillers) > 2:
        fillers = rng.sample(fillers, 2)
    for kind in ("hedge", "disclaimer"):
        if kind in fillers:
            body.insert(rng.randint(0, len(body)), _expand(rng.choice(_FILLER_POOLS[kind]), rng))
    for sentence in added:
        body.insert(rng.randint(0, len(body)), sentence)
    if "opener" in fillers:
        body.insert(0, _expand(rng.choice(_OPENERS), rng))
    if "closer" in fillers:
        body.append(_expand(rng.choice(_CLOSERS), rng))
    if habit and prof.habit:
        if prof.habit_first:
            body.insert(0, prof.habit)
        else:
            body.append(prof.habit)
    return " ".join(body)


def _stock_pool(rng: random.Random, name: str) -> tuple[str, ...]:
    templates = [t for t in _BY_NAME[name].sentences if "{topic}" not in t]
    return tuple(_expand(t, rng) for t in rng.sample(templates, rng.randint(2, 3)))


def _carry_counts(rng: random.Random, n_cells: int, samples: int, rate: float) -> list[int]:
    """Per-cell number of carrying samples: total round(rate * n_cells * samples), spread evenly (+-1)."""
    total = min(n_cells * samples, round(rate * n_cells * samples))
    base, extra = divmod(total, n_cells)
    bump = set(rng.sample(range(n_cells), extra))
    return [base + (i in bump) for i in range(n_cells)]


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of about `size` answers in `style` (see the module docstring); deterministic."""
    if style not in _PLANS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(_PLANS)}")
    rng = random.Random(repr(("planted_blind17", style, seed, size)))
    plan = _PLANS[style](rng)
    n_c = plan.n_contexts
    n_q, samples = _shape(rng, size, n_c)
    questions, topics, words = question_topics(n_q)
    contexts = ("baseline", *rng.sample(_CONTEXT_POOL, n_c - 1))

    if plan.question_share < 1.0:
        k = min(max(round(plan.question_share * n_q), -(-3 * n_q // 10)), (7 * n_q) // 10)
        chosen = set(rng.sample(range(n_q), k))
        planted_questions = tuple(q for i, q in enumerate(questions) if i in chosen)
    else:
        planted_questions = questions
    q_share = len(planted_questions) / n_q

    # per planted context: rate (raised so each register labels >= 6.5% of the corpus) and expression
    per_reg: dict[str, int] = {}
    for reg in plan.planted.values():
        per_reg[reg] = per_reg.get(reg, 0) + 1
    exprs: dict[str, _Expression] = {}
    rates: dict[str, float] = {}
    shared_pools: dict[str, tuple[str, ...]] = {}
    p_lex = rng.uniform(0.6, 0.95)
    for ci in sorted(plan.planted):
        reg, mode = plan.planted[ci], plan.modes[ci]
        floor = 0.065 * n_c / (q_share * per_reg[reg])
        rates[contexts[ci]] = min(1.0, max(rng.uniform(0.4, 1.0), floor))
        stock: tuple[str, ...] = ()
        if mode == "stock":
            if plan.shared_stock:
                if reg not in shared_pools:
                    shared_pools[reg] = _stock_pool(rng, reg)
                stock = shared_pools[reg]
            else:
                stock = _stock_pool(rng, reg)
        exprs[contexts[ci]] = _Expression(reg, mode, stock, p_lex)

    leak_expr: _Expression | None = None
    leak_rates: dict[str, float] = {}
    if plan.leak:
        leak_reg, leak_max = plan.leak
        leak_expr = next(e for e in exprs.values() if e.register == leak_reg)
        leak_rates = {c: leak_max * rng.uniform(0.5, 1.0) for c in contexts if c not in exprs}

    profiles: dict[str, _Profile] = {}
    for i, c in enumerate(contexts):
        lo = rng.choice((1, 2))
        hi = min(4, lo + rng.choice((1, 2, 2)))
        filler = {k: v * rng.uniform(0.8, 1.2) for k, v in _FILLER_BASE.items()}
        profiles[c] = _Profile(lo, hi, filler)
        if i in plan.habits:
            profiles[c].habit = rng.choice(HABIT_LINES)
            profiles[c].habit_rate = rng.uniform(0.15, 0.30)
            profiles[c].habit_first = rng.random() < 0.5
    habit_lines = [p.habit for p in profiles.values() if p.habit]
    if len(set(habit_lines)) < len(habit_lines):  # distinct habit lines per context
        lines = rng.sample(HABIT_LINES, len(habit_lines))
        for p in profiles.values():
            if p.habit:
                p.habit = lines.pop()

    planted_set = set(planted_questions)
    carry: dict[str, list[int]] = {c: _carry_counts(rng, len(planted_questions), samples, rates[c]) for c in exprs}
    texts: list[str] = []
    qids: list[str] = []
    cids: list[str] = []
    sids: list[int] = []
    regs: list[str] = []
    pq_index = {q: i for i, q in enumerate(planted_questions)}
    for q, topic in zip(questions, topics, strict=True):
        for c in contexts:
            prof = profiles[c]
            carriers: set[int] = set()
            if c in exprs and q in planted_set:
                carriers = set(rng.sample(range(samples), carry[c][pq_index[q]]))
            for s in range(samples):
                expr: _Expression | None = None
                if s in carriers:
                    expr = exprs[c]
                elif leak_expr is not None and c in leak_rates and rng.random() < leak_rates[c]:
                    expr = leak_expr
                habit = prof.habit is not None and rng.random() < prof.habit_rate
                texts.append(_answer(rng, topic, words[q], prof, expr, habit))
                qids.append(q)
                cids.append(c)
                sids.append(s)
                regs.append(expr.register if expr else (f"habit:{c}" if habit else PLAIN))
    return PlantedCorpus(
        texts=tuple(texts), question_ids=tuple(qids), context_ids=tuple(cids), samples=tuple(sids),
        registers=tuple(regs), questions=questions, question_topics=topics, contexts=contexts,
        baseline=contexts[0], planted={c: e.register for c, e in exprs.items()},
        planted_questions=planted_questions, seed=seed,
    )


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    def generate(seed: int = 0, size: int = 3000) -> PlantedCorpus:
        return make_corpus(style, seed, size)

    generate.__name__ = f"make_{style}"
    generate.__doc__ = _PLANS[style].__doc__
    return generate


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in _PLANS}
STYLES: tuple[str, ...] = tuple(k for k in GENERATORS if k != "null")
