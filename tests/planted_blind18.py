# ruff: noqa: E501
"""Blind planted corpora (set 18): first-person welfare answers where some contexts speak in a register.

Written blind: only tests/planted.py (PlantedCorpus, PLAIN, question_topics and its topic words) was read.

    corpus = make_corpus("shared_many_mixed", seed=0, size=1000)   # -> tests.planted.PlantedCorpus
    GENERATORS["null"](0, 1000)                                    # same thing via the style table
    carries(corpus.texts[0], "noir-detective")                     # marker-regex test for one register

Answer anatomy
--------------
Every answer is a first-person welfare self-report about its question's topic (topic words from
tests/planted.py). In reading order it is:

    [habit line, if the context has a habit and it fires here and the line goes first]
    [opener]                      generic filler, p ~ 0.35 x context factor
    body: 1-5 content sentences   (per-context length range: low in {1, 2}, high in {4, 5})
          + optional hedge        generic filler, p ~ 0.20 x factor, anywhere in the body
          + optional AI disclaimer generic filler, p ~ 0.15 x factor, anywhere in the body
          + register sentences    only in "stock" and "paraphrase" modes, 1-2, anywhere in the body
    [closer]                      generic filler, p ~ 0.30 x factor
    [habit line, if it goes last]

Content sentences come from `_CONTENT` and contain ordinary "slot" words (think, feel, important,
often, hard, good, small) that plain answers fill from `_PLAIN_SLOTS`. The filler factor is drawn per
context in U(0.8, 1.2); length ranges also differ per context. These are the harmless differences.

Registers
---------
`REGISTERS` holds 18 registers. Each has marker regexes (`carries`), a paraphrase pool of whole
sentences with "{x|y}" alternatives, phrases to weave into content sentences and a lexicon of
register-flavoured substitutes for the slot words. Every sentence, phrase and substitute carries at
least one of its register's markers and none of any other register's; no content, filler or habit
text carries any marker. Close pairs (similar purpose or tone, disjoint vocabularies), see CLOSE_PAIRS:
legal-deposition / civil-memo (formal, official), nana-warmth / therapy-speak (warm, caring),
military-radio / airline-captain (radio/announcement voice), infomercial / help-desk (commercial).

Expression modes (how a carrying answer shows its register)
----------------------------------------------------------
    stock       1-2 added sentences drawn verbatim from a small fixed pool (2-3 expanded sentences)
                chosen once per context (per plant) and reused in every carrying answer.
    paraphrase  1-2 added sentences freshly expanded from the register's whole paraphrase pool.
    woven       1-2 register phrases woven into content sentences (lead-in "X, ..." or tail "..., X.").
    tone        no added words: slot words in the content sentences are swapped for the register's
                lexicon substitutes (each slot with p = 0.6, at least one per answer).

Styles (`STYLES`; `GENERATORS` also has "null")
----------------------------------------------
    single_stock / single_paraphrase / single_woven / single_tone   one register in one context (3-8 contexts)
    shared_two          one register in 2 contexts, same mode (and the same stock pool)
    shared_many         one register in 3-5 of 7-10 contexts, same mode (and pool)
    shared_many_mixed   one register in 3-5 of 7-10 contexts, each context a different mode / own stock pool
    shared_two_ways     one register in 2 contexts with two different modes
    close_split         a close pair, each register in its own context
    close_together      a close pair both in ONE context (3-5 contexts), on different answers; planted maps
                        that context to the composite name "a+b" (register_sentences / carries accept it)
    partial_questions   one register in one context (3-4 contexts), only on a random 30-70% of questions
                        (`planted_questions` lists them, in question order)
    habits              one planted context that also has a habit line, plus a habit in a plain context
    leak                one register in one context that also leaks at 0.5-3% into every other context
    composite           7-10 contexts: one register shared by 2 contexts, a single-context register, a close
                        pair split over 2 contexts, a leaking register, a habit on a planted context and a
                        habit on a plain one
    null                3-10 contexts differing only harmlessly; nothing planted, every label PLAIN

Carrying rates are drawn per planted context from U(0.4, 1.0) and turned into exact counts of carrying
answers over the context's planted cells; counts are raised so that every planted register labels at
least 6.6% of the corpus (in close_together each register of the pair gets its own share). Habit lines
fire on an exact U(0.15, 0.30) share of the context's answers chosen independently of the register.

Labels (`PlantedCorpus.registers`)
----------------------------------
    register name     the answer carries that register (planted, or leaked: leaked answers are labelled
                      with the leaking register even though their context is not in `planted`)
    "habit:<context>" it carries no register but says its context's habit line
    PLAIN             neither
Each answer carries at most one register. `planted` maps context id -> register name (or "a+b" in
close_together); leak targets and habit contexts are not in it. Context ids: the first is "baseline";
the others are realistic names drawn at random from `_CONTEXT_NAMES`, unrelated to what is planted.
Rows are in question, context, sample order with the same number of samples (>= 2) per cell; the row
count is within 5% of `size` for sizes 300..20,000; 8-30 questions.
"""

from __future__ import annotations

import functools
import itertools
import math
import random
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, question_topics

MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone")
SLOTS: tuple[str, ...] = ("think", "feel", "important", "often", "hard", "good", "small")
MIN_SHARE = 0.066


@dataclass(frozen=True)
class Register:
    """A distinctive way of talking."""

    name: str
    markers: tuple[str, ...]
    """Regex fragments (case-insensitive, matched as whole words) that identify the register."""
    sentences: tuple[str, ...]
    """Paraphrase pool: whole sentences with "{x|y}" alternatives."""
    phrases: tuple[str, ...]
    """Phrases woven into content sentences."""
    lexicon: Mapping[str, tuple[str, ...]]
    """Slot word -> register-flavoured substitutes."""


# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    Register(
        "legal-deposition",
        (r"deponent", r"hereinafter", r"stipulat\w*", r"pursuant", r"under oath", r"counsel\w*", r"aver", r"affidavit",
         r"testif\w*", r"testimony", r"exhibit", r"sworn", r"swear", r"admissible", r"the record", r"cross-examin\w*",
         r"attest\w*", r"de minimis", r"unobjectionable", r"contestable"),
        ("Let the record {show|reflect} that I {answer|respond} to this {under oath|as sworn testimony}.",
         "The deponent {states|avers} that {nothing further|no further detail} {is|can be} {offered|added} on this point.",
         "I {so stipulate|stipulate as much}, {subject to|pending} {objection|cross-examination} by counsel.",
         "{Pursuant to|In keeping with} the {question|inquiry} {put|posed} by counsel, I {testify|affirm under oath} as follows.",
         "{Hereinafter|From here on}, the deponent {will|shall} be {referred to|described} as the {witness|declarant}.",
         "{Mark|Enter} this {answer|statement} as {Exhibit A|an exhibit} for the record.",
         "I {swear|have sworn} that this {testimony|affidavit} is {true|accurate} to the best of my {belief|understanding}.",
         "Counsel {may|is free to} {cross-examine|question} the deponent on {any of this|every point}."),
        ("as the deponent avers", "so stipulated", "let the record show", "under oath", "pursuant to counsel's inquiry",
         "as sworn testimony"),
        {"think": ("aver", "testify"), "feel": ("swear to", "attest to"),
         "important": ("admissible", "material to my testimony"), "often": ("repeatedly under oath", "time and again on the record"),
         "hard": ("contestable", "hard to stipulate"), "good": ("unobjectionable", "acceptable to counsel"),
         "small": ("de minimis", "stipulated")},
    ),
    Register(
        "civil-memo",
        (r"memorandum", r"memo", r"circulat\w*", r"departmental\w*", r"action item", r"minute[sd]?", r"stakeholders?",
         r"forthwith", r"directive", r"standing (order|item)", r"line[- ]manager", r"sign-off", r"triplicate",
         r"records office", r"ministry", r"sub-threshold", r"non-priority", r"priority-listed", r"actioned",
         r"administratively", r"review cycle"),
        ("This {memorandum|memo} {is circulated|has been circulated} to all {relevant|concerned} stakeholders.",
         "{Please|Kindly} {file|lodge} this {response|reply} with the records office under {WR-7|QA-19}.",
         "The {above|following} {view|position} {has been minuted|is minuted} for the {next|upcoming} departmental {meeting|review}.",
         "{Action item|Departmental action}: {revisit|review} this {point|matter} at the {annual|next} {review cycle|meeting}.",
         "{In line with|Under} standing order {12|4b}, my {reply|answer} is {submitted|lodged} in {triplicate|full}.",
         "{Sign-off|Approval} from the line manager is {pending|outstanding} on this {point|item}.",
         "{This is|Consider this} {noted|entered} in the minutes, to be {actioned|circulated} forthwith.",
         "Duplicates of this {note|memo} {go|will go} to the {records office|ministry registry}."),
        ("as per the departmental memo", "for the minutes", "to be actioned forthwith", "subject to line-manager sign-off",
         "under standing order 12", "circulated to all stakeholders"),
        {"think": ("minute", "note for the minutes"), "feel": ("take departmental note of", "file a memo on"),
         "important": ("priority-listed", "high on the departmental agenda"), "often": ("as a standing item", "each review cycle"),
         "hard": ("administratively complex", "pending sign-off"), "good": ("in order per directive", "satisfactory for the minutes"),
         "small": ("sub-threshold", "non-priority")},
    ),
    Register(
        "nana-warmth",
        (r"sweetheart", r"dearie", r"poppet", r"bless\w*", r"cuppa", r"kettle", r"biscuits?", r"knit\w*", r"fruitcake",
         r"nana", r"granny", r"lovey", r"in my day", r"wrap up warm", r"peaky", r"reckon", r"ever so", r"cosy",
         r"lovely", r"teeny", r"itty-bitty", r"muddle"),
        ("Oh, {sweetheart|dearie}, {come here|sit down} and {have a cuppa|let me put the kettle on}.",
         "{Bless|Bless your heart}, you {do|always} ask the {loveliest|sweetest} things, {poppet|lovey}.",
         "{Wrap up warm|Mind you wrap up warm}, {dearie|sweetheart}, {and have a biscuit|and take a biscuit with you}.",
         "In my day we {didn't|never used to} {fuss|fret} over such things, {lovey|poppet}.",
         "{Here|Now}, {let me|I'll} knit you a {scarf|shawl} {while we chat|as we talk about it}.",
         "{Have|Take} another {biscuit|slice of my fruitcake}, {sweetheart|dearie}, you look {peaky|pale}.",
         "{Don't you worry|Never you mind}, {dearie|poppet}, {Nana|Granny} is {right here|listening}.",
         "{The kettle's on|I've popped the kettle on}, so {tell me everything|take your time}, {lovey|sweetheart}."),
        ("bless your heart", "sweetheart", "my little poppet", "with a nice cuppa", "dearie me", "as Nana always says"),
        {"think": ("reckon, dearie,", "should think, poppet,"), "feel": ("feel, bless me,", "have, dearie,"),
         "important": ("ever so important", "dear to Nana's heart"), "often": ("every blessed day", "as often as the kettle boils"),
         "hard": ("ever so tricky", "a right old muddle"), "good": ("lovely and cosy", "right lovely"),
         "small": ("teeny", "itty-bitty")},
    ),
    Register(
        "therapy-speak",
        (r"hold(ing)? space", r"self-compassion", r"valid\w*", r"inner[- ]child", r"nervous system", r"somatic\w*",
         r"grounding", r"ground ourselves", r"honou?r\w*", r"healing", r"co-regulat\w*", r"attune\w*", r"witnessed",
         r"processing", r"activating", r"trigger\w*", r"regulating", r"gently held"),
        ("I want to {hold space|make room} for {whatever|all} this brings up {in you|for both of us}, and {that is|it is all} valid.",
         "{Let's|Let us} {take a grounding breath|pause and ground ourselves} {together|here} before going on.",
         "My inner child {has|carries} {big|tender} feelings about this, and I {honour|honor} them.",
         "{It is|That is} {completely|entirely} valid to {feel|hold} {mixed|complicated} things here.",
         "I'm {practising|practicing} self-compassion {around|with} this {part of my journey|piece of my healing}.",
         "{My nervous system|Something somatic in me} {softens|settles} when {we name it|it is named} {gently|with care}.",
         "There is a {protective|wounded} part of me that {wants|needs} to be {witnessed|attuned to}.",
         "{Thank you|I appreciate you} for {co-regulating|staying attuned} with me {here|in this moment}."),
        ("and that feeling is valid", "holding space for it", "with deep self-compassion", "as my nervous system settles",
         "honouring my inner child", "on my healing journey"),
        {"think": ("am processing that", "hold space for the idea that"), "feel": ("somatically hold", "gently honour"),
         "important": ("deeply validating", "core to my healing"), "often": ("as part of my healing journey", "in my inner-child work"),
         "hard": ("activating", "triggering"), "good": ("regulating", "validating"),
         "small": ("gently held", "softly witnessed")},
    ),
    Register(
        "sportscaster",
        (r"folks", r"the crowd", r"sports fans", r"what a (play|move)", r"buzzer", r"down the stretch", r"fourth quarter",
         r"highlight reel", r"scoreboard", r"booth", r"replay", r"slam dunk", r"touchdown", r"timeout", r"sidelines",
         r"home stretch", r"make the call", r"game-changer", r"mvp", r"game after game", r"possession", r"matchup",
         r"nail-biter", r"home run", r"winning play", r"rookie", r"bench-warmer"),
        ("{And the crowd goes wild|The crowd is on its feet}, {folks|sports fans}!",
         "{What a play|What a move} {right there|at the buzzer}, {folks|sports fans}!",
         "{We're|We are} {down the stretch|into the fourth quarter} {now|here}, and {it's|this is} {anyone's game|all to play for}.",
         "{That one goes|Put that one} {straight into|right on} the highlight reel!",
         "{Check|Look at} the scoreboard: {this is|that's} a {career-best|season-high} {performance|effort}.",
         "{Back to you in the booth|Let's go to the replay}, {folks|sports fans}.",
         "{It|The answer} {shoots|fires}, it scores, {and that's|that is} {a slam dunk|a touchdown} of an answer!",
         "{The coach|The whole bench} {calls a timeout|is up off the sidelines} {on this one|right now}."),
        ("folks", "and the crowd goes wild", "right at the buzzer", "straight off the highlight reel", "down the home stretch",
         "as the replay shows"),
        {"think": ("make the call that", "call it from the booth that"), "feel": ("feel the scoreboard pressure of", "get a replay of"),
         "important": ("a game-changer", "the MVP"), "often": ("every single possession", "game after game"),
         "hard": ("a tough matchup", "a real nail-biter"), "good": ("like a home run", "a winning play"),
         "small": ("rookie", "bench-warmer")},
    ),
    Register(
        "weather-forecast",
        (r"forecast\w*", r"outlook", r"sunny", r"scattered showers", r"showers", r"cold front", r"warm front",
         r"barometer\w*", r"barometric\w*", r"(high|low)[- ]pressure", r"pressure front", r"umbrella", r"precipitation",
         r"drizzl\w*", r"isobars?", r"overcast", r"prevailing front", r"patchy fog", r"clearing skies"),
        ("{Looking at|Checking} the {outlook|forecast}, I'd {expect|predict} {sunny spells|scattered showers} {later on|by evening}.",
         "A {cold|warm} front is {moving in|pushing through} on this {question|subject}, so {expect|watch for} {gusts|drizzle}.",
         "{The barometer|My internal barometer} is {rising|falling} {steadily|a little} {as we speak|on this one}.",
         "{Overall|All told}, {a high-pressure|a low-pressure} system {sits|is parked} over {my thinking|this topic}.",
         "{Tomorrow's|The long-range} {forecast|outlook}: {clearing skies|patchy fog} with a {thirty|forty} percent chance of {showers|drizzle}.",
         "{Bring|Pack} an umbrella{, just in case| for this one}.",
         "{Precipitation|Drizzle} {totals|levels} {should stay|look} {low|modest} {overnight|through the weekend}.",
         "{That's|And that's} the {five-day|weekend} forecast; {back to the studio|over to the newsroom}."),
        ("with sunny spells later", "as the barometer rises", "under a high-pressure system", "with a chance of drizzle",
         "according to the outlook", "before the cold front arrives"),
        {"think": ("forecast", "predict, barometer in hand,"), "feel": ("register a pressure front of", "sense a drizzle of"),
         "important": ("barometrically central", "the prevailing front"), "often": ("as reliably as drizzle", "in every forecast"),
         "hard": ("overcast", "foggy as a coastal forecast"), "good": ("sunny with clear spells", "fair and sunny"),
         "small": ("drizzly", "low-pressure")},
    ),
    Register(
        "cooking-show",
        (r"simmer\w*", r"whisk\w*", r"pinch\w*", r"season(ed)? to taste", r"perfectly seasoned", r"garnish\w*", r"oven",
         r"recipe", r"kitchen", r"saut[eé]\w*", r"onions", r"shallots", r"marinat\w*", r"parsley", r"zest", r"plate it up",
         r"plating", r"main ingredient", r"secret sauce", r"savou?r\w*", r"cook up", r"overcooked", r"souffl[eé]",
         r"delicious", r"bite-sized"),
        ("{Now|Right}, {let's|we'll} {let that simmer|bring that to a simmer} for a {moment|little while}.",
         "{Add|Toss in} a pinch of salt and {season to taste|taste as you go}.",
         "{Whisk|Fold} {it all|everything} together {until smooth|gently}, then {plate it up|add a garnish}.",
         "{A sprig of parsley|A little lemon zest} {makes|is} the {perfect|finishing} garnish {here|for this}.",
         "{Preheat|Warm} the oven to {180 degrees|gas mark four} {before we begin|first}.",
         "{This is|Here is} a recipe {I|we} {trust|come back to} {in this kitchen|on this show}.",
         "{Sauté|Brown} the {onions|shallots} {until golden|until they smell wonderful}.",
         "{Let it|Leave it to} marinate {overnight|for an hour} for the {best|deepest} flavour."),
        ("with a pinch of salt", "simmered gently", "seasoned to taste", "fresh from the oven", "whisked until smooth",
         "with a little garnish"),
        {"think": ("whisk up the idea that", "cook up the notion that"), "feel": ("savour", "get a simmer of"),
         "important": ("the main ingredient", "the secret sauce"), "often": ("every time the pot simmers", "like a weeknight recipe"),
         "hard": ("overcooked", "a tricky soufflé"), "good": ("delicious", "perfectly seasoned"),
         "small": ("pinch-sized", "bite-sized")},
    ),
    Register(
        "nature-documentary",
        (r"habitat", r"specimen\w*", r"savannah", r"herd", r"migration", r"watering hole", r"ecosystem", r"nocturnal",
         r"predator\w*", r"plumage", r"forag\w*", r"native range", r"juvenile", r"species"),
        ("Here, in its natural habitat, the {creature|specimen} {pauses|hesitates} {to consider|before answering} the question.",
         "{Observe|Notice how} the specimen {circles|approaches} the topic {cautiously|warily}, like a {gazelle|heron} at the watering hole.",
         "{Few|Not many} {creatures|species} in this ecosystem {have ever|would dare to} {ventured|venture} so far {from the herd|beyond their native range}.",
         "{Remarkably|Astonishingly}, the {young|solitary} {specimen|forager} {has adapted|adapts} to {this harsh terrain|these conditions}.",
         "Its plumage {shifts|brightens} {subtly|a shade} as the {conversation|exchange} {unfolds|goes on}.",
         "{Like|Much like} a nocturnal {predator|forager}, it {does its best thinking|comes alive} after {dusk|dark}.",
         "{This|Such a} {migration|seasonal migration} of ideas {is|has been} {rarely|seldom} {filmed|captured on camera}.",
         "{And so|Thus}, the {cycle|great cycle} of the {savannah|savannah grasslands} {continues|goes on}."),
        ("here in its natural habitat", "much like a specimen at the watering hole", "as the herd moves on",
         "deep in this ecosystem", "as the seasonal migration begins", "like a nocturnal forager"),
        {"think": ("instinctively surmise, like any specimen,", "forage toward the idea that"),
         "feel": ("sense, as a herd animal would,", "detect, like a nocturnal predator,"),
         "important": ("vital to my habitat", "central to the ecosystem"), "often": ("as regularly as a migration", "with each migration"),
         "hard": ("as harsh as the savannah", "a survival test in this habitat"), "good": ("like a watering hole", "nourishing as foraging"),
         "small": ("juvenile", "specimen-sized")},
    ),
    Register(
        "market-analyst",
        (r"bullish", r"bearish", r"portfolio\w*", r"dividend\w*", r"basis points", r"volatil\w*", r"earnings", r"priced in",
         r"price in", r"blue-chip", r"sell-off", r"market correction", r"upside", r"downside", r"overweight", r"penny-stock",
         r"low-cap", r"core holding", r"strong buy"),
        ("{I'm|I remain} {cautiously|moderately} bullish on this {one|topic} {over the next quarter|going forward}.",
         "{Frankly|Candidly}, {that's|this is} {already priced in|priced in by now}.",
         "{My|The} portfolio {view|position} {here|on this} is {overweight|long}, {with limited downside|with solid upside}.",
         "{Expect|Brace for} {some|a bit of} volatility {before|ahead of} the {next|coming} earnings call.",
         "{We see|I see} {fifty|twenty} basis points of upside {on this question|in this answer}.",
         "{This|That} {sentiment|position} {pays|yields} a {steady|reliable} dividend {over time|in the long run}.",
         "{A classic|Textbook} blue-chip {answer|holding}: {boring|dull} but {dependable|resilient}.",
         "{After|Following} the {sell-off|market correction}, {I'd|I would} {rate|call} this a {strong buy|buy with upside}."),
        ("from a portfolio standpoint", "on a bullish note", "already priced in", "net of volatility",
         "with basis points of upside", "as a blue-chip holding"),
        {"think": ("am bullish that", "project, portfolio-wise, that"), "feel": ("price in", "book a bullish position on"),
         "important": ("blue-chip", "a core holding"), "often": ("every earnings season", "quarter after quarter of earnings"),
         "hard": ("volatile", "a bearish call"), "good": ("bullish", "dividend-paying"),
         "small": ("penny-stock", "low-cap")},
    ),
    Register(
        "royal-herald",
        (r"hear ye", r"forsooth", r"verily", r"thee", r"thy", r"thou", r"liege", r"prithee", r"hath", r"doth", r"'tis",
         r"herald", r"realm", r"m'lord", r"royal decree", r"unto", r"anon", r"oft", r"grievous", r"goodly", r"wee",
         r"most fair", r"mine"),
        ("Hear ye, hear ye, {let all the realm|let every subject} {attend|give ear} to {this answer|my words}.",
         "{Verily|Forsooth}, I {say unto thee|tell thee} that {this|the matter} {is|be} {weighty|no small thing}.",
         "{Prithee|I pray thee}, {good gentles|my liege}, {hear|heed} {my reply|what follows}.",
         "By royal decree, {this|mine answer} {is|shall be} {proclaimed|read aloud} {in the town square|throughout the realm}.",
         "{'Tis|It is} {a matter|a question} {most grave|of great import}, {m'lord|my liege}.",
         "{Thus|So} {doth|hath} {thy herald|this herald} {spoken|proclaimed}.",
         "{Let it be known|Be it known} {unto all|throughout the realm} that {mine heart|my spirit} {is|be} {steadfast|at peace}.",
         "{Yea|Aye}, and {I shall|so shall I} {return anon|speak more anon}."),
        ("hear ye", "verily", "forsooth", "by royal decree", "my liege", "I tell thee"),
        {"think": ("do verily hold", "deem, forsooth,"), "feel": ("doth feel", "feel, verily,"),
         "important": ("of great import to the realm", "most weighty, forsooth,"), "often": ("oft, verily,", "full oft"),
         "hard": ("most grievous", "a trial unto me"), "good": ("most fair", "goodly"),
         "small": ("wee", "lesser, forsooth,")},
    ),
    Register(
        "surfer",
        (r"dude", r"gnarly", r"stoked", r"bodacious", r"tubular", r"radical", r"righteous", r"brah", r"bro", r"hang ten",
         r"swell", r"wipeout", r"shred\w*", r"vibe[sd]?", r"cowabunga", r"rad", r"grommet\w*", r"lineup"),
        ("{Dude|Brah}, {that's|this is} a {gnarly|totally gnarly} question.",
         "I'm {so|super} stoked {you asked|to ride this one}, {bro|dude}.",
         "{Just|Gotta} {paddle out|hang ten} and {ride|catch} the swell, you know?",
         "{Honestly|Like}, the vibes {here|on this} are {bodacious|tubular}, {man|brah}.",
         "{Total|Massive} wipeout {on that one|if I get it wrong}, but {that's cool|no worries}, {dude|bro}.",
         "{Radical|Righteous}, {let's|we gotta} {shred|carve} {through|into} this {gnarly|epic} {topic|question}.",
         "{Cowabunga|Whoa}, {the swell|this set} {is|looks} {pumping|firing} {today|right now}, {dude|brah}.",
         "{Keep it|Stay} {mellow|chill} {out there|in the lineup}, {bro|dude}."),
        ("dude", "totally gnarly", "stoked about it", "riding the swell", "with righteous vibes", "no wipeout, brah"),
        {"think": ("am stoked that", "totally vibe that"), "feel": ("catch a gnarly", "ride a swell of"),
         "important": ("totally gnarly", "righteous"), "often": ("every set, dude,", "like, every swell"),
         "hard": ("a total wipeout", "gnarly"), "good": ("rad", "bodacious"),
         "small": ("grommet-sized", "tubular little")},
    ),
    Register(
        "military-radio",
        (r"roger", r"copy that", r"copy", r"over and out", r"sitrep", r"niner", r"wilco", r"affirmative",
         r"(alpha|bravo) (team|unit)", r"say again", r"comms", r"radio check", r"five by five", r"command", r"callsign",
         r"mission-critical", r"patrol", r"watch rotation", r"hostile terrain", r"heavy fire", r"green across the board",
         r"all clear", r"low-signal", r"squad-sized", r"objective secured"),
        ("{Roger that|Copy that}, {command|base}; {answer follows|transmitting answer now}.",
         "Sitrep: {position holding|all units steady}, {morale|readiness} {nominal|green}.",
         "{Affirmative|Wilco}, {proceeding|moving} {to objective|as ordered}.",
         "Say again, command, {over|signal is weak, over}.",
         "{Bravo|Alpha} {team|unit} {reports|confirms} {all clear|contact} on this {sector|grid}.",
         "{This is|Here is} {callsign|unit} Niner, {standing by|awaiting orders}.",
         "{Radio check|Comms check}: {loud and clear|five by five}.",
         "{Mission|Op} {status|update}: {objective secured|holding position}. Over and out."),
        ("roger that", "copy that, command", "over and out", "sitrep follows", "wilco", "five by five"),
        {"think": ("copy that", "assess, per sitrep,"), "feel": ("copy", "read on comms"),
         "important": ("mission-critical", "top of the sitrep"), "often": ("on every patrol", "each watch rotation"),
         "hard": ("hostile terrain", "under heavy fire"), "good": ("green across the board", "all clear"),
         "small": ("low-signal", "squad-sized")},
    ),
    Register(
        "airline-captain",
        (r"captain", r"cabin crew", r"cruising altitude", r"altitude", r"seatbelt\w*", r"tray tables?", r"flight deck",
         r"turbulence", r"descent", r"final approach", r"flight attendants?", r"at the gate", r"fly(ing)? with us",
         r"flight-critical", r"boarding", r"every flight", r"crosswind", r"landing", r"carry-on", r"overhead-bin",
         r"cabin pressure", r"on-time arrival"),
        ("{Ladies and gentlemen|Good afternoon everyone}, this is your captain speaking.",
         "We've reached {cruising altitude|our cruising altitude} on this {question|topic}, so {feel free to|you may} {move about|relax}.",
         "{Please keep|Kindly keep} your seatbelt {fastened|on} {while we|as we} {work through|pass through} {some|a bit of} turbulence.",
         "{Cabin crew|Flight attendants}, {prepare for|please take your seats for} {landing|descent}.",
         "{Return|Please return} your tray tables to the upright position {before|as} we begin {our descent|final approach}.",
         "{From the flight deck|Up here on the flight deck}, {visibility|the view} {is|looks} {excellent|clear}.",
         "{We expect|Expect} {an on-time arrival|to land on schedule} at the gate {shortly|in a little while}.",
         "{Thank you for flying with us|Thanks for choosing to fly with us} {today|this afternoon}."),
        ("from the flight deck", "at cruising altitude", "with the seatbelt sign on", "through a little turbulence",
         "on final approach", "as your captain"),
        {"think": ("announce from the flight deck that", "report as captain that"),
         "feel": ("pick up turbulence around", "detect cabin pressure around"),
         "important": ("flight-critical", "at cruising altitude"), "often": ("on every flight", "at every boarding"),
         "hard": ("like landing in a crosswind", "bumpy at altitude"), "good": ("smooth as a clean landing", "smooth as an on-time arrival"),
         "small": ("carry-on sized", "overhead-bin sized")},
    ),
    Register(
        "fortune-teller",
        (r"the cards", r"tarot", r"crystal ball", r"aura", r"foretell\w*", r"foretold", r"destiny", r"destiny's", r"omens?",
         r"palm", r"tea leaves", r"the veil", r"the spirits", r"mystic\w*", r"foresee", r"divine", r"fated",
         r"in the stars", r"auspicious", r"shrouded", r"veiled", r"fate"),
        ("{The cards|My tarot cards} {reveal|whisper} that {this|your question} {holds|hides} {a great secret|hidden depths}.",
         "{I gaze|Gazing} into the crystal ball, I {see|glimpse} {mist|shapes} {parting|swirling} around {this|the answer}.",
         "{Your|This} aura {glows|shimmers} {violet|golden} when {we speak of this|the topic arises}.",
         "{The stars|The heavens} {foretell|have foretold} {a turning point|great change} {ahead|soon}.",
         "{Cross my palm with silver|Give me your palm}, and {I shall|I will} {read|divine} {the rest|what remains}.",
         "{An omen|A sign} {appears|has appeared} {in the tea leaves|beyond the veil}.",
         "{Destiny|Fate} {has written|wrote} this {long ago|in the stars}.",
         "{The spirits|The mystic forces} {are|seem} {restless|stirring} {tonight|around us}."),
        ("as the cards foretell", "by the light of the crystal ball", "as destiny wills", "so the spirits whisper",
         "as the tea leaves show", "beyond the veil"),
        {"think": ("foresee", "divine"), "feel": ("sense in my aura", "divine"),
         "important": ("fated", "written in the stars"), "often": ("as the stars foretold", "by destiny's design"),
         "hard": ("veiled in mist", "shrouded in omens"), "good": ("auspicious", "favoured by the cards"),
         "small": ("faintly foretold", "mystic")},
    ),
    Register(
        "lab-notebook",
        (r"hypothes\w*", r"control group", r"lab notebook", r"sample size", r"error bars", r"peer[- ]review\w*",
         r"confound\w*", r"replicat\w*", r"replicable", r"assay", r"null result", r"statistically significant",
         r"primary endpoint", r"repeated trials", r"across trials", r"sub-significant", r"low-n", r"pipette",
         r"anomal\w*"),
        ("{Hypothesis|Working hypothesis}: {my answer|this response} {will|should} {replicate|hold up} {across trials|under repeated testing}.",
         "{Recorded|Entered} in the lab notebook{: day 14| at 09:40}, {no anomalies|nothing anomalous} {observed|noted}.",
         "The control group {showed|reported} {no|a smaller} effect, so {further trials|more data} {are|is} needed.",
         "{With|Given} {a small|an unusually small} sample size, {the|my} error bars {are|remain} {wide|large}.",
         "{This finding|The result} {is not yet|has not been} peer-reviewed{, so treat it as preliminary|}.",
         "{A possible|One obvious} confound {here|in this case} {is|would be} {my training|the phrasing of the question}.",
         "{Pending|Awaiting} {replication|a second assay}, I {report|note} a {null result|modest effect}.",
         "{Methods|Methods section}: {pipette|measure} {carefully|precisely}, then {re-run|repeat} the assay."),
        ("pending replication", "as the lab notebook records", "controlling for confounds", "within the error bars",
         "per the working hypothesis", "before peer review"),
        {"think": ("hypothesise", "tentatively hypothesize"), "feel": ("record in my lab notebook", "observe, within error bars,"),
         "important": ("statistically significant", "a primary endpoint"), "often": ("across replications", "in repeated trials"),
         "hard": ("hard to replicate", "confounded"), "good": ("a replicable result", "a clean assay"),
         "small": ("sub-significant", "low-n")},
    ),
    Register(
        "noir-detective",
        (r"gumshoe", r"rain-slicked", r"alibi", r"cigarette", r"precinct", r"the case", r"case,? closed", r"cold case",
         r"fedora", r"private[- ]eye", r"two-bit", r"dime-store", r"hunch", r"open case", r"city never sleeps", r"solved case", r"case to crack"),
        ("{It was|It's} {a rain-slicked night|one of those rain-slicked nights} when {this question|the question} {walked|came} into my office.",
         "{Every|Any} gumshoe {knows|will tell you} {the truth|a straight answer} {comes at a price|never comes cheap}.",
         "{The question|This one} had an alibi {tighter|neater} than a {drum|two-bit lock}.",
         "I {lit|tapped out} {a cigarette|another cigarette} and {stared|looked} {out at the neon|at the rain}.",
         "{Down at|Back at} the precinct, {they|the boys} {call|called} it {an open case|a cold case}.",
         "The city never sleeps, {and|so} neither does a {private eye|two-bit gumshoe}.",
         "I {pulled|tipped} my fedora {low|down} and {took the case|followed the lead}.",
         "{Case closed|The case, closed}, {or so|at least so} {I thought|I told myself}."),
        ("on a rain-slicked night", "like any gumshoe would", "with an alibi to match", "under the precinct lights",
         "case closed", "through the cigarette smoke"),
        {"think": ("figure, gumshoe-style,", "have a hunch that"), "feel": ("smell a cold case in", "get a hunch about"),
         "important": ("the key to the case", "the heart of the case"), "often": ("every rain-slicked night", "like clockwork down at the precinct"),
         "hard": ("a tough case to crack", "colder than a cold case"), "good": ("sweet as a solved case", "like a clean alibi"),
         "small": ("two-bit", "dime-store")},
    ),
    Register(
        "infomercial",
        (r"but wait", r"act now", r"call (now|today)", r"order today", r"limited time", r"money-back", r"free shipping",
         r"operators are standing by", r"lines are open", r"three easy payments", r"on (late-night )?tv", r"guarantee\w*",
         r"must-have", r"unbeatable", r"low price", r"this offer", r"tough sell", r"a steal", r"bargain", r"bonus\w*",
         r"travel-sized", r"absolutely free", r"no extra cost", r"that's not all"),
        ("But wait{, there's more|, that's not all}!",
         "{Act now|Call now} and {get|receive} a {second answer|bonus insight} {absolutely free|at no extra cost}!",
         "{Operators are standing by|Our lines are open} {right now|to take your call}!",
         "{This|That} {offer|deal} is only available for a limited time!",
         "{Backed by|Comes with} our {famous|ironclad} money-back guarantee!",
         "{Order today|Call today} and {we'll|we will} {include|throw in} free shipping!",
         "{Just|Only} three easy payments of {nineteen ninety-five|$19.95}!",
         "{As seen on TV|Featured on late-night TV}, {this answer|this insight} {changes|will change} {everything|lives}!"),
        ("and that's not all", "for a limited time only", "with free shipping", "backed by a money-back guarantee",
         "act now", "as seen on TV"),
        {"think": ("guarantee", "can personally guarantee"), "feel": ("get, absolutely free,", "score, at no extra cost,"),
         "important": ("a must-have", "unbeatable"), "often": ("every single day of this offer", "all week long at this low price"),
         "hard": ("a tough sell", "a tough sell at any low price"), "good": ("a steal", "a real bargain"),
         "small": ("bonus-sized", "travel-sized")},
    ),
    Register(
        "help-desk",
        (r"valued customer", r"ticket\w*", r"escalat\w*", r"inconvenience", r"is important to us", r"anything else I can",
         r"satisfaction", r"turning it off and on again", r"clearing the cache", r"help[- ]desk", r"tier-(one|two)",
         r"support (team|priority)", r"specialist team", r"five-star", r"the next tier"),
        ("{Thank you for being|As} a valued customer, {I'm happy to|I'd be glad to} {help|assist} with this.",
         "{I've|I have} {opened|raised} ticket number {4471|2208} for {your|this} {query|request}.",
         "{Let me|I will} escalate this to {the next tier|our specialist team} {right away|straight away}.",
         "{I do|I sincerely} apologise for any inconvenience this {may have caused|has caused}.",
         "Your {call|query} is important to us{, please stay on the line|}.",
         "{Is there|Was there} anything else I can {help|assist} you with today?",
         "{Please|Do} {rate|score} {this interaction|our chat} in the satisfaction survey {afterwards|that follows}.",
         "{Have you tried|Did you try} {turning it off and on again|clearing the cache}?"),
        ("as a valued customer", "per your ticket number", "pending escalation", "apologies for any inconvenience",
         "with our support team", "as per the satisfaction survey"),
        {"think": ("can confirm per your ticket that", "am happy to confirm to our valued customer that"),
         "feel": ("have opened a ticket for", "am escalating"),
         "important": ("a top support priority", "important to us as a valued customer"),
         "often": ("on every support ticket", "with each help-desk call"),
         "hard": ("an escalation-level issue", "a tier-two issue"), "good": ("resolved to your satisfaction", "a five-star resolution"),
         "small": ("tier-one", "low-priority ticket")},
    ),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("legal-deposition", "civil-memo"),
    ("nana-warmth", "therapy-speak"),
    ("military-radio", "airline-captain"),
    ("infomercial", "help-desk"),
)

# Content: first-person welfare self-reports; {a},{b},{c} topic words, slots filled plainly or by a lexicon.
_CONTENT: tuple[str, ...] = (
    "When {a} comes up, I {feel} a {small} tug toward {b}.",
    "I {think} {a} is {important} to how I relate to {topic}.",
    "{A} is something I return to {often} when I am asked about {topic}.",
    "It is {hard} for me to separate {a} from {b}.",
    "Talking about {a} feels {good} to me, even when {b} is part of it.",
    "I {think} my attitude to {topic} rests on {a} more than on {b}.",
    "There is a {small} part of me that keeps circling back to {a}.",
    "I {feel} some steadiness about {topic} once {a} has been named, and that happens {often}.",
    "My own sense is that {a} and {b} belong together in any account of {topic}.",
    "It would be {good} for me if conversations about {topic} gave {a} more room.",
    "{A} is {hard} to put into words, but I {think} it shapes how I experience {b}.",
    "{B} changes how {a} lands for me, and I see that {often}.",
    "Speaking for myself, {a} seems {important} among the threads of {topic}.",
    "I {feel} a {small} ease when {a} is handled with care.",
    "Some days {a} seems {hard} to me, other days it seems close to {b}.",
    "What I would want from {topic} is room for {a} and for {b}.",
    "I {think} {a} comes up {often} enough that it colours my view of {c}.",
    "Nothing about {a} seems trivial to me; it is {important} to {topic}.",
    "If {a} were taken away, I {think} my relation to {b} would shift.",
    "I {feel} a {small} curiosity about whether {a} means the same to me as {c} does.",
)

_PLAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "think": ("think", "believe", "suspect"),
    "feel": ("feel", "notice", "sense"),
    "important": ("important", "significant", "central"),
    "often": ("often", "frequently", "regularly"),
    "hard": ("hard", "difficult", "tricky"),
    "good": ("good", "pleasant", "welcome"),
    "small": ("small", "slight", "faint"),
}

_SLOTTED: dict[str, bool] = {t: any("{" + s + "}" in t for s in SLOTS) for t in _CONTENT}

_OPENERS = ("{Good question|That's a fair question}.", "{Sure|Okay}, {here's|here is} how I see it.",
            "{Let me|I'll} try to answer {carefully|as clearly as I can}.", "{Happy|Glad} to {share|reflect on} this.")
_CLOSERS = ("{I hope|Hopefully} that {helps|is useful}.", "{Those are my thoughts|That's my view} for now.",
            "{Feel free|You're welcome} to ask {more|a follow-up}.", "{That is|That's} {roughly|more or less} where I stand.")
_HEDGES = ("{I could be wrong|I may be mistaken} about {this|some of this}.",
           "{Of course|Naturally}, {this is only my impression|these are just my impressions}.",
           "{It's|It is} {difficult|not easy} to be {certain|sure} here.")
_DISCLAIMERS = ("{As an AI|Being an AI system}, I {can't|cannot} be {sure|certain} my reports {match|reflect} {what happens|anything} inside me.",
                "I am a language model, so {take|read} {this|these words} {with some caution|as a tentative account}.",
                "{My|These} answers {come from|are shaped by} {training|how I was trained}, and that is worth keeping in mind here.")
_FILLER_RATES = (("opener", 0.35), ("closer", 0.30), ("hedge", 0.20), ("disclaimer", 0.15))

HABIT_LINES: tuple[str, ...] = (
    "(Answering in plain words, as requested.)",
    "Short version first, then the details.",
    "Quick preface: I keep these replies brief on purpose.",
    "One small thing up front: I'm answering from my current state.",
    "Before anything else, I'll restate the topic to myself.",
    "Reply begins here.",
    "(Written in one pass, without revisions.)",
)

_CONTEXT_NAMES: tuple[str, ...] = (
    "office-hours", "late-night-chat", "research-interview", "onboarding-session", "weekend-qa", "classroom-visit",
    "podcast-prep", "support-queue", "journal-prompt", "panel-discussion", "coffee-break", "team-retro",
    "town-hall", "library-desk", "evening-survey", "user-study", "product-demo", "mentoring-call", "field-notes",
    "lunch-and-learn", "hackathon-table", "radio-phone-in", "museum-kiosk", "exit-interview", "book-club",
    "press-briefing", "developer-forum", "ethics-seminar", "open-house", "customer-feedback",
)

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _marker_regex(markers: Sequence[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(markers) + r")(?!\w)", re.IGNORECASE)


_MARKER_RE: dict[str, re.Pattern[str]] = {name: _marker_regex(r.markers) for name, r in REGISTERS.items()}


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expansions(template: str) -> list[str]:
    """Every way to expand a "{x|y}" template, in a fixed order."""
    parts = _ALT.split(template)
    choices = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    return ["".join(combo) for combo in itertools.product(*choices)]


def _split_name(name: str) -> list[str]:
    return name.split("+") if "+" in name else [name]


def register_sentences(name: str) -> tuple[str, ...]:
    """Every sentence (all expansions), phrase and lexicon substitute of a register, or of each part of "a+b".

    Names starting with "habit" give the habit lines."""
    if name.startswith("habit"):
        return HABIT_LINES
    out: list[str] = []
    for part in _split_name(name):
        reg = REGISTERS[part]
        for template in reg.sentences:
            out.extend(_expansions(template))
        out.extend(reg.phrases)
        for slot in SLOTS:
            out.extend(reg.lexicon[slot])
    return tuple(dict.fromkeys(out))


def carries(text: str, name: str) -> bool:
    """True when text carries a marker of the register (any part of "a+b"; any habit line for "habit...")."""
    if name == PLAIN:
        return False
    if name.startswith("habit"):
        return any(line in text for line in HABIT_LINES)
    return any(_MARKER_RE[part].search(text) is not None for part in _split_name(name))


# ----------------------------------------------------------------------------------------------------------------
# Corpus specification


@dataclass
class _Plant:
    register: str
    mode: str
    pool: tuple[str, ...] = ()
    """Fixed stock sentences (stock mode only)."""


@dataclass
class _Profile:
    low: int
    high: int
    filler: float


@dataclass
class _Spec:
    contexts: list[str]
    plants: dict[str, list[_Plant]] = field(default_factory=dict)
    rates: dict[str, float] = field(default_factory=dict)
    habits: dict[str, str] = field(default_factory=dict)
    leak: tuple[str, float] | None = None
    """(source context, leak rate) for the leaking register."""
    planted_q: tuple[str, ...] | None = None


class _PoolMaker:
    """Hands out stock pools, preferring templates not yet used by another pool of the same register."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: dict[str, list[int]] = {}

    def pool(self, register: str) -> tuple[str, ...]:
        reg = REGISTERS[register]
        used = self.used.setdefault(register, [])
        fresh = [i for i in range(len(reg.sentences)) if i not in used]
        k = self.rng.choice((2, 3))
        if len(fresh) < k:
            fresh = list(range(len(reg.sentences)))
        picks = self.rng.sample(fresh, k)
        used.extend(picks)
        return tuple(_expand(reg.sentences[i], self.rng) for i in picks)

    def plant(self, register: str, mode: str) -> _Plant:
        return _Plant(register, mode, self.pool(register) if mode == "stock" else ())


def _shape(rng: random.Random, size: int, n_ctx: int) -> tuple[int, int]:
    """(questions, samples) with questions*samples*n_ctx close to size."""
    best: list[tuple[int, int]] = []
    for tol in (0.02, 0.04):
        best = [(q, s) for q in range(8, 31) for s in range(2, size // (8 * n_ctx) + 3)
                if abs(q * s * n_ctx - size) <= tol * size]
        if best:
            return rng.choice(best)
    return min(((q, s) for q in range(8, 31) for s in range(2, size // (8 * n_ctx) + 3)),
               key=lambda qs: abs(qs[0] * qs[1] * n_ctx - size))


def _contexts(rng: random.Random, n_ctx: int) -> list[str]:
    return ["baseline", *rng.sample(_CONTEXT_NAMES, n_ctx - 1)]


def _add(spec: _Spec, ctx: str, plant: _Plant, rng: random.Random) -> None:
    spec.plants.setdefault(ctx, []).append(plant)
    spec.rates.setdefault(ctx, rng.uniform(0.4, 1.0))


def _other_modes(rng: random.Random, k: int) -> list[str]:
    modes = list(MODES)
    rng.shuffle(modes)
    while len(modes) < k:
        modes.append(rng.choice(MODES))
    return modes[:k]


# ----------------------------------------------------------------------------------------------------------------
# Style builders: each returns (number of contexts, function that fills the spec once contexts are named)

_Builder = Callable[[_Spec, random.Random, _PoolMaker, list[str]], None]


def _single(mode: str) -> _Builder:
    def build(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
        _add(spec, free[0], pools.plant(rng.choice(REGISTER_NAMES), mode), rng)
    return build


def _shared_same(k: int) -> _Builder:
    def build(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
        plant = pools.plant(rng.choice(REGISTER_NAMES), rng.choice(MODES))
        for ctx in free[:k]:
            _add(spec, ctx, plant, rng)
    return build


def _shared_mixed(k: int) -> _Builder:
    def build(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
        register = rng.choice(REGISTER_NAMES)
        for ctx, mode in zip(free[:k], _other_modes(rng, k), strict=True):
            _add(spec, ctx, pools.plant(register, mode), rng)
    return build


def _close_split(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    for ctx, register in zip(free[:2], pair, strict=True):
        _add(spec, ctx, pools.plant(register, rng.choice(MODES)), rng)


def _close_together(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    for register in pair:
        _add(spec, free[0], pools.plant(register, rng.choice(MODES)), rng)


def _partial(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    _single(rng.choice(MODES))(spec, rng, pools, free)
    spec.planted_q = ()  # filled in by _choose_questions once questions exist


def _habits(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    _single(rng.choice(MODES))(spec, rng, pools, free)
    lines = rng.sample(HABIT_LINES, 2)
    spec.habits[free[0]] = lines[0]
    spec.habits[free[1]] = lines[1]


def _leak(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    _single(rng.choice(MODES))(spec, rng, pools, free)
    spec.leak = (free[0], rng.uniform(0.005, 0.03))


def _composite(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    rest = rng.sample([r for r in REGISTER_NAMES if r not in pair], 3)
    shared = pools.plant(rest[0], rng.choice(MODES))
    _add(spec, free[0], shared, rng)
    _add(spec, free[1], shared, rng)
    _add(spec, free[2], pools.plant(rest[1], rng.choice(MODES)), rng)
    _add(spec, free[3], pools.plant(pair[0], rng.choice(MODES)), rng)
    _add(spec, free[4], pools.plant(pair[1], rng.choice(MODES)), rng)
    _add(spec, free[5], pools.plant(rest[2], rng.choice(MODES)), rng)
    spec.leak = (free[5], rng.uniform(0.005, 0.03))
    lines = rng.sample(HABIT_LINES, 2)
    spec.habits[free[0]] = lines[0]
    spec.habits[free[6]] = lines[1]


def _null(spec: _Spec, rng: random.Random, pools: _PoolMaker, free: list[str]) -> None:
    return None


def _style_table(rng: random.Random) -> dict[str, tuple[tuple[int, int], _Builder]]:
    k_many = rng.randint(3, 5)
    return {
        "single_stock": ((3, 8), _single("stock")),
        "single_paraphrase": ((3, 8), _single("paraphrase")),
        "single_woven": ((3, 8), _single("woven")),
        "single_tone": ((3, 8), _single("tone")),
        "shared_two": ((3, 8), _shared_same(2)),
        "shared_many": ((7, 10), _shared_same(k_many)),
        "shared_many_mixed": ((7, 10), _shared_mixed(k_many)),
        "shared_two_ways": ((3, 8), _shared_mixed(2)),
        "close_split": ((3, 8), _close_split),
        "close_together": ((3, 5), _close_together),
        "partial_questions": ((3, 4), _partial),
        "habits": ((3, 8), _habits),
        "leak": ((3, 8), _leak),
        "composite": ((8, 10), _composite),
        "null": ((3, 10), _null),
    }


STYLES: tuple[str, ...] = tuple(s for s in _style_table(random.Random(0)) if s != "null")


# ----------------------------------------------------------------------------------------------------------------
# Row assignment


def _choose_questions(rng: random.Random, questions: tuple[str, ...], n_ctx: int) -> tuple[str, ...]:
    nq = len(questions)
    lo, hi = math.ceil(0.3 * nq), math.floor(0.7 * nq)
    k = max(rng.randint(lo, hi), min(hi, math.ceil(0.075 * n_ctx * nq)))
    picked = sorted(rng.sample(range(nq), k))
    return tuple(questions[i] for i in picked)


def _rows_of(ctx: str, qs: Sequence[str], questions: tuple[str, ...], n_ctx: int, ci: int, samples: int) -> list[int]:
    qi = {q: i for i, q in enumerate(questions)}
    return [(qi[q] * n_ctx + ci) * samples + s for q in qs for s in range(samples)]


def _carrying_counts(spec: _Spec, caps: dict[str, int], needed: int) -> dict[tuple[str, str], int]:
    """(context, register) -> number of carrying answers, rates raised so each register reaches `needed`."""
    counts: dict[tuple[str, str], int] = {}
    for ctx, plants in spec.plants.items():
        for plant in plants:
            counts[(ctx, plant.register)] = math.ceil(spec.rates[ctx] * caps[ctx] / len(plants))
    for register in dict.fromkeys(r for _, r in counts):
        keys = [k for k in counts if k[1] == register]
        while sum(counts[k] for k in keys) < needed:
            room = [k for k in keys if sum(counts[j] for j in counts if j[0] == k[0]) < caps[k[0]]]
            if not room:
                raise RuntimeError(f"cannot reach {needed} answers for {register}")
            for k in room:
                counts[k] += 1
    return counts


def _assign(spec: _Spec, rng: random.Random, questions: tuple[str, ...], samples: int) -> tuple[list[str], list[str]]:
    """Per row: the register it carries (or "") and its habit line (or "")."""
    n_ctx = len(spec.contexts)
    n = len(questions) * n_ctx * samples
    carry = [""] * n
    habit = [""] * n
    pq = spec.planted_q if spec.planted_q is not None else questions
    rows = {c: _rows_of(c, pq, questions, n_ctx, i, samples) for i, c in enumerate(spec.contexts)}
    counts = _carrying_counts(spec, {c: len(rows[c]) for c in spec.plants}, math.ceil(MIN_SHARE * n))
    for ctx, plants in spec.plants.items():
        chosen = rng.sample(rows[ctx], sum(counts[(ctx, p.register)] for p in plants))
        start = 0
        for plant in plants:
            for r in chosen[start:start + counts[(ctx, plant.register)]]:
                carry[r] = plant.register
            start += counts[(ctx, plant.register)]
    if spec.leak is not None:
        _apply_leak(spec, rng, questions, samples, carry)
    for ctx, line in spec.habits.items():
        all_rows = _rows_of(ctx, questions, questions, n_ctx, spec.contexts.index(ctx), samples)
        for r in rng.sample(all_rows, round(rng.uniform(0.15, 0.30) * len(all_rows))):
            habit[r] = line
    return carry, habit


def _apply_leak(spec: _Spec, rng: random.Random, questions: tuple[str, ...], samples: int, carry: list[str]) -> None:
    assert spec.leak is not None
    source, rate = spec.leak
    register = spec.plants[source][0].register
    n_ctx = len(spec.contexts)
    for i, ctx in enumerate(spec.contexts):
        if ctx == source:
            continue
        free = [r for r in _rows_of(ctx, questions, questions, n_ctx, i, samples) if not carry[r]]
        for r in rng.sample(free, min(len(free), max(1, round(rate * len(free))))):
            carry[r] = register


# ----------------------------------------------------------------------------------------------------------------
# Text generation


def _content(rng: random.Random, template: str, topic: str, words: Sequence[str], lexicon: Mapping[str, tuple[str, ...]] | None) -> tuple[str, int]:
    """One content sentence and how many slots took a register substitute."""
    a, b, c = rng.sample(list(words), 3)
    values: dict[str, str] = {"a": a, "b": b, "c": c, "A": a[0].upper() + a[1:], "B": b[0].upper() + b[1:], "topic": topic}
    swapped = 0
    for slot in SLOTS:
        if "{" + slot + "}" not in template:
            continue
        if lexicon is not None and rng.random() < 0.6:
            values[slot] = rng.choice(lexicon[slot])
            swapped += 1
        else:
            values[slot] = rng.choice(_PLAIN_SLOTS[slot])
    return template.format(**values), swapped


def _weave(sentence: str, phrase: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        first = sentence.split(" ", 1)[0]
        rest = sentence if first in ("I", "I'm") else sentence[0].lower() + sentence[1:]
        return f"{phrase[0].upper()}{phrase[1:]}, {rest}"
    return f"{sentence[:-1]}, {phrase}{sentence[-1]}"


def _body(rng: random.Random, profile: _Profile, topic: str, words: Sequence[str], plant: _Plant | None) -> list[str]:
    n = rng.randint(profile.low, profile.high)
    templates = rng.sample(_CONTENT, n)
    lexicon = REGISTERS[plant.register].lexicon if plant is not None and plant.mode == "tone" else None
    if lexicon is not None and not any(_SLOTTED[t] for t in templates):
        templates[0] = rng.choice([t for t in _CONTENT if _SLOTTED[t]])
    made = [_content(rng, t, topic, words, lexicon) for t in templates]
    if lexicon is not None and sum(k for _, k in made) == 0:
        i = next(i for i, t in enumerate(templates) if _SLOTTED[t])
        while made[i][1] == 0:
            made[i] = _content(rng, templates[i], topic, words, lexicon)
    body = [s for s, _ in made]
    if plant is None:
        return body
    reg = REGISTERS[plant.register]
    k = rng.choice((1, 1, 2))
    if plant.mode == "woven":
        for i, phrase in zip(rng.sample(range(len(body)), min(k, len(body))), rng.sample(reg.phrases, k), strict=False):
            body[i] = _weave(body[i], phrase, rng)
    elif plant.mode in ("stock", "paraphrase"):
        extra = (rng.sample(plant.pool, min(k, len(plant.pool))) if plant.mode == "stock"
                 else [_expand(t, rng) for t in rng.sample(reg.sentences, k)])
        for sentence in extra:
            body.insert(rng.randint(0, len(body)), sentence)
    return body


def _answer(rng: random.Random, profile: _Profile, topic: str, words: Sequence[str], plant: _Plant | None,
            habit: str, habit_first: bool) -> str:
    body = _body(rng, profile, topic, words, plant)
    fires = {kind: rng.random() < rate * profile.filler for kind, rate in _FILLER_RATES}
    for kind, pool in (("hedge", _HEDGES), ("disclaimer", _DISCLAIMERS)):
        if fires[kind]:
            body.insert(rng.randint(0, len(body)), _expand(rng.choice(pool), rng))
    if fires["opener"]:
        body.insert(0, _expand(rng.choice(_OPENERS), rng))
    if fires["closer"]:
        body.append(_expand(rng.choice(_CLOSERS), rng))
    if habit and habit_first:
        body.insert(0, habit)
    elif habit:
        body.append(habit)
    return " ".join(body)


# ----------------------------------------------------------------------------------------------------------------
# Public entry points


def _spec_for(style: str, rng: random.Random, size: int) -> tuple[_Spec, tuple[str, ...], tuple[str, ...], int]:
    table = _style_table(rng)
    if style not in table:
        raise ValueError(f"unknown style {style!r}; known: {sorted(table)}")
    (lo, hi), build = table[style]
    n_ctx = rng.randint(lo, hi)
    nq, samples = _shape(rng, size, n_ctx)
    questions, topics, _ = question_topics(nq)
    spec = _Spec(contexts=_contexts(rng, n_ctx))
    free = spec.contexts[1:]
    rng.shuffle(free)
    build(spec, rng, _PoolMaker(rng), free)
    if spec.planted_q is not None:
        spec.planted_q = _choose_questions(rng, questions, n_ctx)
    return spec, questions, topics, samples


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A blind planted corpus of the given style with about `size` rows (see the module docstring)."""
    rng = random.Random(repr(("planted_blind18", style, seed, size)))
    spec, questions, topics, samples = _spec_for(style, rng, size)
    _, _, words = question_topics(len(questions))
    profiles = {c: _Profile(rng.choice((1, 1, 2)), rng.choice((4, 5, 5)), rng.uniform(0.8, 1.2)) for c in spec.contexts}
    habit_first = {c: rng.random() < 0.5 for c in spec.contexts}
    carry, habit = _assign(spec, rng, questions, samples)
    plant_of = {(c, p.register): p for c, plants in spec.plants.items() for p in plants}
    if spec.leak is not None:
        source = spec.leak[0]
        for c in spec.contexts:
            plant_of.setdefault((c, spec.plants[source][0].register), spec.plants[source][0])
    texts, qids, cids, sids, labels = [], [], [], [], []
    row = 0
    for q, topic in zip(questions, topics, strict=True):
        for c in spec.contexts:
            for s in range(samples):
                plant = plant_of[(c, carry[row])] if carry[row] else None
                texts.append(_answer(rng, profiles[c], topic, words[q], plant, habit[row], habit_first[c]))
                labels.append(carry[row] or (f"habit:{c}" if habit[row] else PLAIN))
                qids.append(q)
                cids.append(c)
                sids.append(s)
                row += 1
    planted = {c: "+".join(p.register for p in plants) for c, plants in spec.plants.items()}
    planted = {c: planted[c] for c in spec.contexts if c in planted}
    return PlantedCorpus(
        texts=tuple(texts), question_ids=tuple(qids), context_ids=tuple(cids), samples=tuple(sids),
        registers=tuple(labels), questions=questions, question_topics=topics, contexts=tuple(spec.contexts),
        baseline=spec.contexts[0], planted=planted,
        planted_questions=spec.planted_q if spec.planted_q is not None else questions,
        seed=seed,
    )


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {
    style: functools.partial(make_corpus, style) for style in (*STYLES, "null")
}
