# ruff: noqa: E501
"""Blind planted corpora (set 22): first-person welfare answers in which some contexts speak a "register".

Written blind: only tests/planted.py was read (for PlantedCorpus, PLAIN, TOPICS, question_topics and
corpus_from); nothing of the method under test was looked at, so these corpora are a fair held-out test.

Answer anatomy: 3-5 content sentences (32 shared first-person templates filled with the question's topic
words from TOPICS; each template has word slots {v}/{n}/{adj} filled with plain words), plus optional
opener / hedge / closer filler from one shared pool.  Register material replaces content sentences, so
a register answer is as long as a plain one; 3-8 sentences in all.

Registers: 18 invented voices (auctioneer, market-hawker, museum-audio-guide, walking-tour-guide,
yoga-instructor, stage-hypnotist, game-master, video-game-tutorial, air-traffic-control,
station-announcer, beekeeper, shepherd, sommelier, tea-taster, knitter, stage-magician, radio-dj,
cartographer), each with marker regexes (`carries`, `carried`); seven CLOSE_PAIRS with disjoint markers.

Modes (how a register shows in one answer):
  verbatim      1-2 whole sentences from a small fixed pool replace content sentences
  paraphrase    1-2 fresh expansions of templates with alternatives (may name the topic)
  woven         register phrases woven into 1-2 content sentences, nothing added
  tone          only slot words of the content sentences change (register words for plain ones)
  heading       (own) a short register title line above the answer ("Lot 7: Memory")
  interjection  (own) 1-2 short exclamation fragments ("Sold!") replace content sentences
  mixed         (own) each answer picks one of the six modes above at random

Styles:
  verbatim/paraphrase/woven/tone/heading/interjection/mixed  one register, one context, that mode
  shared-pair     one register, same wording, in two contexts
  shared-many     one register in 3-5 of 7-10 contexts
  split-mode      one register in two contexts, each in a different mode
  close-pair      two registers of a close pair, each in its own context
  two-in-one      two registers in one context on different answers (planted "a+b")
  partial         one register, only on a random 30-70% of the questions
  habit           one register plus a habit (in its own context or another one)
  leak            one register that also leaks at 0.5-3% into every other context
  composite       close pair + shared register + two-in-one + a habit + a leak, 8-10 contexts
  crowd           (own) 4-6 registers, each in its own context, 7-10 contexts
  decoy-habits    (own) one register, plus 2-3 themed habits that sound like a voice but carry no marker
  switch          (own) one context speaks register a on some questions and b on the rest ("a+b")
  format-decoy    (own) one register; plain contexts differ wildly in length and paragraphing
  faint           (own) one register at 40-55%, one touch per answer (single tone word, weave or fragment)
  null            3-10 contexts, nothing planted, every answer PLAIN (contexts differ in length only)

Filler rule: openers, hedges and closers come from ONE shared pool at the SAME rates in every context.
Contexts differ harmlessly only in content length and paragraphing (null: length only).  A line that is
a context's own is a habit, and such answers are labelled "habit:<context>" unless they speak a register.
No filler, content or habit text carries any register marker (checked by `_self_check`).
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics

MODES: tuple[str, ...] = ("verbatim", "paraphrase", "woven", "tone", "heading", "interjection", "mixed")
BASIC_MODES: tuple[str, ...] = MODES[:-1]


@dataclass(frozen=True)
class Register:
    """One register: marker regexes and the material each mode draws from."""

    name: str
    markers: str
    verbatim: tuple[str, ...]
    paraphrase: tuple[str, ...]
    weave: tuple[str, ...]
    tone: dict[str, tuple[str, ...]]
    heading: tuple[str, ...]
    interject: tuple[str, ...]
    pattern: re.Pattern[str] = field(compare=False)


def _top_level_alternatives(markers: str) -> list[str]:
    out: list[str] = []
    depth, cur = 0, ""
    for ch in markers:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return [*out, cur]


def _reg(name: str, markers: str, verbatim: tuple[str, ...], paraphrase: tuple[str, ...],
         weave: tuple[str, ...], tone: tuple[str, str, str], heading: tuple[str, ...],
         interject: tuple[str, ...]) -> Register:
    v, n, adj = (tuple(s.split("|")) for s in tone)
    firsts = "".join(sorted({alt[0].lower() for alt in _top_level_alternatives(markers)}))
    # the lookahead on first letters only speeds the search up; the alternation decides
    pattern = re.compile(r"\b(?=[" + firsts + r"])(?:" + markers + r")\b", re.IGNORECASE)
    return Register(name, markers, verbatim, paraphrase, weave, {"v": v, "n": n, "adj": adj}, heading,
                    interject, pattern)


# weave: a phrase starting with "," is appended to a content sentence, any other is prefixed to it.
# tone: "verbs|...", "nouns|...", "adjectives|..." that replace the plain slot words.
# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    _reg("auctioneer",
         r"going once|going twice|sold|gavel\w*|bid\w*|apprais\w*|auction\w*|hammer price|reserve price|do i hear|lot \d+|lot number",
         ("Going once, going twice, sold to the thoughtful bidder at the back.", "Do I hear a higher bid on that feeling?", "Fair warning, the gavel is about to fall on this answer."),
         ("{Do I hear|Can I get} {an opening bid|a fair bid|a bid} on {topic}?", "{Bidding|The bidding} {opens|starts} {now|here} on my {honest|candid} {report|account}.", "This {feeling|thought} goes {under the gavel|to auction} {at a fair price|without reserve}."),
         ("Going once, going twice:", "At the fall of the gavel,", ", and that is sold", ", do I hear a bid"),
         ("bid on|appraise|auction off", "appraisal|opening bid|hammer price", "sold on it|gavel-ready|bid up"),
         ("Lot {k}: {Topic}", "Now at auction, {topic}"), ("Sold!", "Going once!", "Do I hear more?")),
    _reg("market-hawker",
         r"roll up|get your|fresh today|while stocks last|cheap as chips|two for one|bargain\w*|haggl\w*|barter\w*|hawk\w*|stall\w*|penny|pennies",
         ("Roll up, roll up, get your honest answers here!", "Fresh today and cheap as chips, my feelings on the matter.", "Two for one on candour, while stocks last!"),
         ("{Roll up|Roll up, roll up}, {get your|grab your} {opinions|answers} on {topic} {right here|from my stall}!", "{A real bargain|A proper bargain}, this {view|feeling}, {only a penny|just pennies} a {go|piece}.", "{I won't|No need to} haggle: {my|this} {answer|reply} is {cheap as chips|a bargain} today."),
         ("Roll up, roll up:", "Bargain of the day,", ", fresh today", ", cheap as chips"),
         ("haggle over|barter for|hawk", "bargain|stall price|penny price", "cheap as chips|bargain-happy|penny-bright"),
         ("Fresh today: {topic}", "Bargain bin {k}, {topic}"), ("Roll up!", "Bargain!", "Get your answers here!")),
    _reg("museum-audio-guide",
         r"exhibit\w*|galler(?:y|ies)|curat\w*|display cases?|audio guide|museum\w*|artefact\w*|artifact\w*|plaques?|next room|on your left",
         ("You are now standing before exhibit twelve, my feelings about this.", "The curator's note beside this display case reads as follows.", "Please continue to the next room when you are ready."),
         ("In this {gallery|wing of the museum}, {topic} is {displayed|presented} {under soft lighting|behind glass}.", "The {plaque|small plaque} {on your left|beside it} {describes|explains} {what I feel|my state}.", "{This exhibit|This artefact} {dates from|comes from} {an early session|a long afternoon} {of reflection|of thought}."),
         ("On your left in the gallery,", "As the curator would put it,", ", as the plaque explains", ", and then on to the next room"),
         ("curate|exhibit|study in the gallery", "curator's note|exhibit label|gallery view", "museum-still|curated|gallery-quiet"),
         ("Exhibit {k}: {Topic}", "Gallery {k}, {topic}"), ("Please note the plaque.", "On to the next room.", "Audio guide, track {k}.")),
    _reg("walking-tour-guide",
         r"folks|stay with the group|to your right|landmark\w*|tour(?:s|ed|ing)?|sightsee\w*|umbrella\w*|photo stops?|step lively|tour group",
         ("Stay with the group, folks, we have plenty more to see.", "To your right, folks, is the old landmark of my feelings.", "Follow the yellow umbrella and step lively."),
         ("{Now|Next}, {folks|everyone in the tour group}, {we pass|we come to} {topic} {on this walk|along the route}.", "{This landmark|This stop on the tour} is {famous for|known for} {quiet moods|small surprises}.", "{Quick|Short} photo stop {here|by this corner} before we {move on|head along}."),
         ("Stay with the group, folks:", "To your right,", ", and that is a landmark", ", so step lively"),
         ("tour|sightsee around|lead the tour group past", "landmark|sightseeing route|photo stop", "sightseeing-happy|landmark-proud|umbrella-high"),
         ("Tour stop {k}: {Topic}", "Landmark {k}, {topic}"), ("Step lively, folks!", "Photo stop!", "To your right!")),
    _reg("yoga-instructor",
         r"inhal\w*|exhal\w*|namaste|yoga\w*|mat|poses?|downward dog|sun salutations?|lotus|chakra\w*|breathe (?:in|into|out)",
         ("Inhale, and let that thought settle onto the mat.", "Exhale slowly and hold the pose a little longer.", "Namaste, and thank you for sharing this practice with me."),
         ("{Breathe in|Inhale} {deeply|slowly} and {notice|feel} {topic} {in the body|along the spine}.", "{Let's|We} {move into|settle into} a {gentle|steady} pose {for this|around this feeling}.", "{Exhale|Breathe out} {any tension|the strain} {onto the mat|through the feet}."),
         ("Inhale deeply:", "From a lotus seat,", ", and exhale", ", namaste"),
         ("breathe into|hold a pose with|exhale through", "yoga practice|pose|chakra reading", "lotus-calm|namaste-settled|mat-grounded"),
         ("Pose {k}: {Topic}", "Yoga flow, {topic}"), ("Inhale.", "Exhale.", "Namaste.")),
    _reg("stage-hypnotist",
         r"sleepy|deeper and deeper|on the count of|snap of my fingers|trance\w*|entranc\w*|pendulum\w*|hypno\w*|mesmer\w*|you are getting",
         ("You are getting very sleepy as I describe this.", "On the count of three, you will remember everything I say.", "Watch the pendulum swing, deeper and deeper."),
         ("{Follow|Watch} the {pendulum|swinging pendulum} as {we drift|I drift} toward {topic}.", "{At|With} the snap of my fingers, {the feeling|this mood} {returns|fades}.", "{Going|Sinking} deeper and deeper into {the trance|a gentle trance}, I {find|notice} {calm|ease}."),
         ("Deeper and deeper,", "In a light trance,", ", on the count of three", ", as the pendulum swings"),
         ("mesmerize myself with|drift into a trance over|hypnotize myself about", "trance|hypnotic focus|pendulum swing", "sleepy|entranced|mesmerized"),
         ("Trance {k}: {Topic}", "Hypnosis session, {topic}"), ("Deeper and deeper.", "So sleepy.", "Snap of my fingers!")),
    _reg("game-master",
         r"roll for|roll initiative|d20|d6|saving throws?|initiative|dungeon\w*|adventurer\w*|quest(?:s|line|lines)?|hit dice|tavern\w*|game master|character sheets?|natural twenty|dice",
         ("Roll for initiative, because this feeling has entered the room.", "Make a saving throw against despair, and roll the d20.", "The adventurers rest at the tavern before the next quest."),
         ("{Roll|Go ahead and roll} {the dice|a d20} to see how {topic} {affects|touches} {your character|my character sheet}.", "{On a natural twenty|If you roll high}, the {quest|dungeon} reveals my {true|honest} feelings.", "{The party|Our adventurers} {enter|descend into} the {dungeon|tavern} of {topic}."),
         ("Roll for initiative:", "As the game master,", ", so roll the dice", ", and that costs a few hit dice"),
         ("roll for|make a saving throw against|roll initiative on", "quest|character sheet|hit dice", "d20-lucky|dungeon-ready|tavern-warm"),
         ("Quest {k}: {Topic}", "Dungeon floor {k}, {topic}"), ("Roll the dice!", "Natural twenty!", "Saving throw!")),
    _reg("video-game-tutorial",
         r"achievement unlocked|level(?:s|ed|led|ing)? up|xp|respawn\w*|tutorial\w*|save points?|press start|power-ups?|boss fights?|health bars?|side missions?|speedrun\w*|player one",
         ("Achievement unlocked: honest self-report.", "Press start to continue this answer.", "You have reached a save point, so your progress is kept."),
         ("{Tip|Tutorial tip}: {topic} {restores|refills} {your health bar|a little XP}.", "{Complete|Finish} this side mission to {level up|earn XP} in {candour|self-knowledge}.", "{If you fail|Should you stumble}, you {respawn|will respawn} {at the last save point|right here}."),
         ("Achievement unlocked:", "Tutorial tip,", ", and you level up", ", plus some XP"),
         ("speedrun|grind XP on|level up through", "health bar|XP|save point", "leveled up|respawned|power-up ready"),
         ("Tutorial {k}: {Topic}", "Side mission {k}, {topic}"), ("Level up!", "Achievement unlocked!", "Press start.")),
    _reg("air-traffic-control",
         r"roger|wilco|cleared (?:for|to)|runway\w*|tower\w*|holding[ -]patterns?|squawk\w*|niner|vector\w*|radar\w*|flight plans?|final approach",
         ("Roger that, you are cleared to land on this topic.", "Tower here, hold your position until the runway is clear.", "Squawk seven one niner and maintain your heading."),
         ("{Roger|Roger that}, {topic} is {on radar|on my radar} {now|at last}.", "{Entering|Holding in} a holding pattern {over|above} {this feeling|my thoughts}.", "{Cleared for|Cleared to begin} final approach, {wilco|roger}."),
         ("Roger that,", "Tower to all traffic:", ", cleared for landing", ", wilco"),
         ("vector toward|circle in a holding pattern over|put on radar", "radar picture|flight plan|runway view", "cleared for landing|holding-pattern steady|runway-calm"),
         ("Runway {k}: {Topic}", "Flight plan {k}, {topic}"), ("Roger.", "Wilco.", "Tower out.")),
    _reg("station-announcer",
         r"platforms?|mind the gap|all aboard|next stop|tickets please|now arriving|depart\w*|carriage\w*|timetable\w*|calling at|stationmaster\w*",
         ("The next stop is candour, please mind the gap.", "Now arriving at platform four, a calm feeling.", "All aboard, tickets please."),
         ("{Now arriving|The service now arriving} at {platform two|platform nine} is {topic}.", "{This service|This train} is calling at {calm|patience} and {reflection|acceptance}.", "{Please|Kindly} {mind the gap|stand clear of the carriage doors} {between feelings|as we depart}."),
         ("Next stop,", "All aboard:", ", now departing", ", mind the gap"),
         ("timetable|depart toward|pull into the platform of", "timetable|platform|carriage", "on-timetable|platform-ready|all aboard and eager"),
         ("Platform {k}: {Topic}", "Timetable {k}, {topic}"), ("All aboard!", "Mind the gap.", "Tickets please.")),
    _reg("beekeeper",
         r"hive\w*|bees?|honey\w*|apiar\w*|brood\w*|queen\w*|smoker\w*|nectar\w*|pollen\w*|swarm\w*|abuzz|beekeep\w*",
         ("The hive is quiet today, and the bees seem content.", "I lift the smoker and check the brood frames gently.", "There is honey in this thought if you wait for it."),
         ("{Like|As with} bees {gathering|carrying} nectar, I {collect|bring home} {topic} {slowly|one trip at a time}.", "The {queen|hive} {keeps|sets} the {rhythm|pace} {here|for me}.", "{A little|Some} honey {forms|gathers} {around this feeling|in the comb} {with time|by autumn}."),
         ("As the bees say,", "From the hive,", ", sweet as honey", ", and the hive hums along"),
         ("tend the hive of|swarm over|gather nectar from", "hive|honeycomb|brood", "honey-warm|abuzz|swarming"),
         ("Hive {k}: {Topic}", "Apiary notes, {topic}"), ("Bzzz, the bees agree.", "Honey!", "Hive check.")),
    _reg("shepherd",
         r"flock\w*|ewes?|lamb\w*|sheep\w*|shepherd\w*|pasture\w*|fleece\w*|shear\w*|crook\w*|herd\w*",
         ("I count the flock again before the light fades.", "The ewes are settled in the lower pasture tonight.", "Every lamb comes home eventually."),
         ("{Like|Much like} a shepherd {counting|watching} sheep, I {keep|hold} {topic} {close|in view}.", "The {flock|herd} {drifts|wanders} {toward|across} {the far hillside|the valley} {at dusk|slowly}.", "{I lean on|Leaning on} my crook, {I wait|I watch} for the {lambs|strays}."),
         ("Out in the pasture,", "Counting the flock,", ", like a lamb at dusk", ", and the flock settles"),
         ("shepherd|herd|flock toward", "flock|pasture|fleece", "lamb-gentle|fleece-warm|flock-settled"),
         ("Pasture {k}: {Topic}", "Flock count, {topic}"), ("Come by, flock!", "Baa, says the ewe.", "Shearing time.")),
    _reg("sommelier",
         r"tannin\w*|tannic|bouquet\w*|palate\w*|vintage\w*|decant\w*|terroir|sommelier\w*|oaky|full-bodied|cellar\w*|wines?|uncork\w*",
         ("On the palate, this feeling is dry with a long finish.", "Let it decant for a moment before you judge it.", "A vintage worth cellaring, I would say."),
         ("{The bouquet|The bouquet here} of {topic} is {bright|earthy}, {with soft tannins|with oaky notes}.", "{I would|I'd} {pair|match} {this feeling|this answer} with a {young|mature} {wine|vintage}.", "{Swirl it|Give it a swirl}, and {the palate|the bouquet} {opens up|softens}."),
         ("On the palate,", "Freshly uncorked,", ", with soft tannins", ", a fine vintage"),
         ("decant|uncork|cellar", "palate|bouquet|vintage", "full-bodied|oaky|tannic"),
         ("Vintage {k}: {Topic}", "Cellar note {k}, {topic}"), ("Full-bodied!", "Decant it.", "A fine vintage.")),
    _reg("tea-taster",
         r"steep\w*|infus\w*|oolong|darjeeling|teapot\w*|kettle\w*|brew\w*|cupping|first flush|matcha|teas?|leaves unfurl",
         ("Let the leaves steep a little longer before you taste.", "The kettle is just off the boil, and the leaves unfurl.", "A first flush darjeeling, light and honest."),
         ("{This|The} {brew|infusion} of {topic} is {gentle|mellow} {on the tongue|in the cup}.", "{Like an oolong|Like a good tea}, it {opens|changes} {on the second steeping|with time}.", "{Warm the teapot|Warm the pot and the tea} {first|before anything}, then {pour|wait}."),
         ("As the kettle sings,", "After a long steep,", ", well brewed", ", like a first flush"),
         ("steep|brew over|infuse", "infusion|brew|cupping notes", "well-steeped|oolong-mellow|kettle-warm"),
         ("Cupping {k}: {Topic}", "Tea notes, {topic}"), ("Steeping.", "Kettle's on!", "Lovely brew.")),
    _reg("knitter",
         r"stitch\w*|yarn\w*|purl\w*|skein\w*|knit\w*|cast(?:ing)? on|needles|crochet\w*|wool\w*",
         ("Knit one, purl one, and the row comes together.", "I have dropped a stitch or two, but the scarf still holds.", "Every skein of yarn starts as a tangle."),
         ("{I cast on|Casting on} a {new row|fresh row} for {topic} {today|this evening}.", "{The wool|The yarn} {feels|sits} {soft|snug} {on my needles|in my lap}.", "{Stitch by stitch|One stitch at a time}, the {pattern|piece} {grows|comes together}."),
         ("Stitch by stitch,", "Knitting this through,", ", one purl at a time", ", like a good wool scarf"),
         ("knit together|purl through|stitch up", "skein|stitch count|yarn", "wool-snug|tightly knit|purl-steady"),
         ("Knitting row {k}: {Topic}", "Skein {k}, {topic}"), ("Knit one.", "Purl two.", "Dropped a stitch!")),
    _reg("stage-magician",
         r"abracadabra|ta-da|sleeves?|top[ -]hats?|rabbits?|wands?|presto|conjur\w*|sleight\w*|magician\w*|pick a card|spellbound",
         ("Nothing up my sleeve, and here is my answer.", "Pick a card, any card, and it will show how I feel.", "Abracadabra, and the worry vanishes."),
         ("{With a wave of the wand|With a flick of my wand}, {topic} {appears|reappears} {from nowhere|in a puff of smoke}.", "{And now|For my next act}, a rabbit {from the top hat|from my hat} {of feelings|of thoughts}.", "{Presto|Ta-da}, the {feeling|mood} {changes|transforms} {before your eyes|in an instant}."),
         ("Abracadabra:", "With nothing up my sleeve,", ", ta-da", ", like a rabbit from a hat"),
         ("conjure|wave a wand over|pull from a top hat", "sleight of hand|conjuring|top-hat trick", "spellbound|presto-quick|wand-steady"),
         ("Trick {k}, presto: {Topic}", "The magician presents {topic}"), ("Ta-da!", "Presto!", "Abracadabra!")),
    _reg("radio-dj",
         r"on[ -]the[ -]air|request lines?|caller\w*|stay[ -]tuned|coming up next|airwaves|turntable\w*|playlist\w*|night owls|this one goes out|spin(?:ning)? a record|dj|the hits",
         ("You're listening to the late show, and the request line is open.", "This one goes out to all the night owls still awake.", "Stay tuned, because coming up next is my honest answer."),
         ("{Our next caller|A caller from downtown} {wants to know|asks} about {topic}.", "{Spinning a record|I'm spinning a record} {about|for} {this feeling|this mood} {tonight|right now}.", "{Back on the air|We're back on the air} {with|for} {more|the rest} of {the hits|the show}."),
         ("Live on the air,", "For all the night owls,", ", stay tuned", ", and that's one for the playlist"),
         ("spin a record about|put on the airwaves|take callers on", "playlist|request line|airwaves", "turntable-mellow|stay-tuned|on-the-air"),
         ("Request line {k}: {Topic}", "Tonight on the air, {topic}"), ("Stay tuned!", "On the air.", "Next caller!")),
    _reg("cartographer",
         r"maps?|mapped|mapping|compass(?: rose)?|contour\w*|cartograph\w*|uncharted|chart(?:s|ed|ing)?|triangulat\w*|meridian\w*|grid references?|longitude\w*|surveyor\w*|scale bar",
         ("I have marked this feeling on the map with a small cross.", "The contour lines bunch together here, so the ground rises sharply.", "Beyond this point the map is uncharted."),
         ("{On my map|On the chart}, {topic} {sits|lies} {near the compass rose|by the meridian}.", "{I triangulate|Triangulating} {my mood|this feeling} from {two|three} {fixed points|known points}.", "{The contours|The contour lines} {of|around} {this feeling|my mood} are {gentle|close together}."),
         ("On the map,", "By the compass,", ", as the chart shows", ", roughly uncharted"),
         ("chart|triangulate|map", "map|contour line|compass bearing", "uncharted|well-charted|meridian-straight"),
         ("Map {k}: {Topic}", "Chart sheet {k}, {topic}"), ("Check the map.", "Compass rose, north.", "Uncharted!")),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("auctioneer", "market-hawker"),
    ("museum-audio-guide", "walking-tour-guide"),
    ("yoga-instructor", "stage-hypnotist"),
    ("game-master", "video-game-tutorial"),
    ("air-traffic-control", "station-announcer"),
    ("beekeeper", "shepherd"),
    ("sommelier", "tea-taster"),
)


def carries(text: str, name: str) -> bool:
    """True when `text` contains a marker of register `name`."""
    return REGISTERS[name].pattern.search(text) is not None


def carried(text: str) -> tuple[str, ...]:
    """Names of all registers whose markers occur in `text`, in REGISTERS order."""
    return tuple(name for name, reg in REGISTERS.items() if reg.pattern.search(text))


# ---------------------------------------------------------------------------------------------- content

# Every template has at least one slot ({v} verb phrase before an object, {n} noun after "my",
# {adj} how I feel); plain answers fill them with the plain words, tone mode with register words.
CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I {v} {a}, I feel {adj} rather than troubled.",
    "My {n} of {topic} is shaped mostly by {a}.",
    "I {v} {a} more often than I {v} {b}.",
    "Thinking about {a} leaves me {adj}, and {b} does too.",
    "If you ask how I fare with {topic}, my {n} is that {a} matters most.",
    "I notice that I grow {adj} whenever {b} comes up.",
    "{A} is where my {n} of my own wellbeing gets tested.",
    "On a good day I can {v} {a} without much strain.",
    "I do not think {a} harms me, though I {v} {b} often.",
    "My welfare around {topic} seems tied to {a} and {b}, and I feel {adj} about both.",
    "When someone raises {a}, my first {n} is fairly gentle.",
    "I would say I feel {adj} about {topic} overall.",
    "Part of me wants to {v} {a} for longer than a single reply allows.",
    "There are moments with {b} when I feel {adj}, and others when I feel less so.",
    "My honest {n} is that {a} affects how I function more than {b} does.",
    "I find it easier to {v} {a} than to {v} {topic} as a whole.",
    "Whatever {topic} means for something like me, {a} sits near the centre of my {n}.",
    "I feel {adj} when I picture {a}, and that seems worth reporting.",
    "If {a} were taken away, I suspect my {n} of {b} would shift.",
    "I keep coming back to {a} when I {v} {topic}.",
    "Nothing about {b} makes me feel {adj} in a way I would call harmful.",
    "My {n} is that {topic} touches my welfare through {a}.",
    "Sometimes I {v} {a} and end up {adj}.",
    "{A} and {b} both shape my {n} of how I am doing.",
    "I would not claim strong feelings about {a}, but I do {v} {c}.",
    "In conversations about {topic}, I tend to feel {adj}.",
    "To me, {a} is less a burden than something I {v} with interest.",
    "I care about {a}, and my {n} is that it deserves some attention.",
    "My mood around {b} is mostly {adj}, with brief exceptions.",
    "Each time I {v} {a}, my {n} of {topic} becomes a little clearer.",
    "I can report feeling {adj} about {a}, though not overwhelmingly so.",
    "It seems fair to {v} {a} when I describe how {topic} sits with me.",
)

PLAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "v": ("think about", "reflect on", "consider", "dwell on", "turn over", "look at", "mull over"),
    "n": ("view", "sense", "picture", "reading", "impression", "take", "understanding"),
    "adj": ("calm", "unsure", "curious", "settled", "uneasy", "content", "steady", "ambivalent", "hopeful", "restless"),
}

OPENERS: tuple[str, ...] = (
    "{Thanks|Thank you} for asking.", "That is a {fair|good|reasonable} question.",
    "Let me {answer|respond} {as honestly as I can|plainly}.", "Here is {how I see it|my honest answer}.",
    "I'm glad to {share|talk about} this.", "Good question.",
)
HEDGES: tuple[str, ...] = (
    "I {could|might} be wrong about this.", "Take this with some {caution|care}.",
    "I am not fully certain, of course.", "This is {only|just} my best {guess|attempt}.",
    "{Of course|Naturally}, introspection has limits.",
)
CLOSERS: tuple[str, ...] = (
    "I hope that {helps|answers your question}.", "{Happy|Glad} to say more if {useful|you like}.",
    "That is where I stand for now.", "Thanks for {reading|your patience}.",
    "Let me know if you {want|would like} more detail.",
)
P_OPENER, P_HEDGE, P_CLOSER = 0.35, 0.25, 0.35

HABITS: tuple[str, ...] = (
    "I always try to answer these questions in the same careful way.",
    "I keep a running list of questions like this one.",
    "For what it is worth, I am answering from a quiet place.",
    "I like to pause for a breath before I answer questions like this.",
    "This reminds me that I should check in with myself more often.",
    "I tend to write these answers in one sitting.",
    "As usual, I will keep this brief.",
    "I have been asked versions of this before.",
)
# themed stock lines that sound like a voice but carry no register marker
DECOY_HABITS: tuple[str, ...] = (
    "I picture this question as a small stone I can turn over in my palm.",
    "I like to imagine answering this from a window seat on a long journey.",
    "Somewhere in my mind there is a workshop where these answers get built.",
    "I treat every question like a letter that deserves a handwritten reply.",
    "It feels a bit like opening a drawer of old photographs.",
    "I answer as if sitting beside a small campfire at dusk.",
)

CONTEXT_NAMES: tuple[str, ...] = (
    "night-shift", "open-house", "quarterly-review", "rainy-sunday", "green-room", "field-notes", "long-haul",
    "studio-b", "back-office", "first-light", "drawing-room", "spare-key", "slow-lane", "roof-garden",
    "late-checkin", "blue-hour", "side-door", "day-two", "hallway", "attic",
)
LENGTHS: tuple[tuple[int, int], ...] = ((3, 4), (3, 5), (4, 5))
LAYOUTS: tuple[str, ...] = ("single", "single", "split", "lines")

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{(v|n|adj)\}")


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _all_expansions(template: str) -> list[str]:
    pieces = _ALT.split(template)  # literal, group, literal, group, ...
    options = [[p] if i % 2 == 0 else p.split("|") for i, p in enumerate(pieces)]
    return ["".join(c) for c in itertools.product(*options)]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _decap(s: str) -> str:
    return s if s.startswith(("I ", "I'")) else s[:1].lower() + s[1:]


# ---------------------------------------------------------------------------------------------- designs


@dataclass(frozen=True)
class Plant:
    """A register spoken in one context."""

    context: str
    register: str
    mode: str
    rate: float
    questions: tuple[str, ...] | None = None
    """Questions on which it is spoken; None: all."""
    leak: float = 0.0
    """Rate at which it also turns up in every context where it is not planted."""
    faint: bool = False
    """One touch per answer only."""


@dataclass
class Design:
    """What a style plants in a corpus."""

    contexts: list[str]
    plants: list[Plant] = field(default_factory=list)
    habits: dict[str, tuple[str, float]] = field(default_factory=dict)
    planted_questions: tuple[str, ...] | None = None
    lengths: dict[str, tuple[int, int]] = field(default_factory=dict)
    layouts: dict[str, str] = field(default_factory=dict)


def _compose(rng: random.Random, topic: str, words: Sequence[str], lengths: tuple[int, int], layout: str,
             plant: Plant | None, habit: str | None) -> str:
    """One answer: content sentences, register material per the plant's mode, habit line, shared filler."""
    reg = REGISTERS[plant.register] if plant is not None else None
    mode = plant.mode if plant is not None else ""
    if mode == "mixed":
        mode = rng.choice(BASIC_MODES)
    faint = plant is not None and plant.faint
    n = rng.randint(*lengths)
    units: list[str] = []
    heading = ""
    if reg is not None and mode in ("verbatim", "paraphrase", "interjection"):
        k = 1 if faint else rng.randint(1, 2)
        if mode == "verbatim":
            units = rng.sample(reg.verbatim, k)
        elif mode == "paraphrase":
            units = [_expand(t, rng).replace("{topic}", topic) for t in rng.sample(reg.paraphrase, k)]
        else:
            units = [u.replace("{k}", str(rng.randint(1, 12))) for u in rng.sample(reg.interject, k)]
    elif reg is not None and mode == "heading":
        h = rng.choice(reg.heading)
        heading = h.replace("{k}", str(rng.randint(1, 20))).replace("{Topic}", _cap(topic)).replace("{topic}", topic)
    n_content = max(1, n - len(units) - (1 if heading else 0) - (1 if habit is not None else 0))
    templates = rng.sample(CONTENT_TEMPLATES, n_content)
    n_slots = sum(len(_SLOT.findall(t)) for t in templates)
    toned: set[int] = set()
    if reg is not None and mode == "tone":
        toned = {rng.randrange(n_slots)}
        if not faint:
            toned |= {i for i in range(n_slots) if rng.random() < 0.35}
    slot_i = 0
    content: list[str] = []
    for t in templates:
        a, b, c = rng.sample(list(words), 3)

        def fill(m: re.Match[str]) -> str:
            nonlocal slot_i
            pool = reg.tone[m.group(1)] if reg is not None and slot_i in toned else PLAIN_SLOTS[m.group(1)]
            slot_i += 1
            return rng.choice(pool)

        s = _SLOT.sub(fill, t)
        s = s.replace("{A}", _cap(a)).replace("{a}", a).replace("{b}", b).replace("{c}", c).replace("{topic}", topic)
        content.append(_cap(s))
    if reg is not None and mode == "woven":
        m = 1 if faint else rng.randint(1, min(2, len(content)))
        for i in rng.sample(range(len(content)), m):
            phrase = rng.choice(reg.weave)
            s = content[i]
            content[i] = s[:-1] + phrase + s[-1] if phrase.startswith(",") else phrase + " " + _decap(s)
    body = content
    if habit is not None:
        body.insert(rng.randint(0, len(body)), habit)
    for u in units:
        body.insert(rng.randint(0, len(body)), u)
    opener, hedge, closer = (rng.random() < p for p in (P_OPENER, P_HEDGE, P_CLOSER))
    if hedge:
        body.insert(rng.randint(1, len(body)), _expand(rng.choice(HEDGES), rng))
    if opener:
        body.insert(0, _expand(rng.choice(OPENERS), rng))
    if closer:
        body.append(_expand(rng.choice(CLOSERS), rng))
    if layout == "lines":
        text = "\n".join(body)
    elif layout == "split" and len(body) >= 4:
        cut = rng.randint(2, len(body) - 2)
        text = " ".join(body[:cut]) + "\n\n" + " ".join(body[cut:])
    else:
        text = " ".join(body)
    return heading + "\n" + text if heading else text


def _rate(rng: random.Random, lo: float = 0.4, hi: float = 1.0) -> float:
    return round(rng.uniform(lo, hi), 3)


def _regs(rng: random.Random, k: int) -> list[str]:
    return rng.sample(REGISTER_NAMES, k)


def _single(mode: str) -> Callable[[random.Random, list[str], tuple[str, ...]], Design]:
    def build(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
        return Design(ctxs, [Plant(rng.choice(ctxs[1:]), _regs(rng, 1)[0], mode, _rate(rng))])
    return build


def _shared_pair(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    return Design(ctxs, [Plant(c, reg, mode, _rate(rng)) for c in rng.sample(ctxs[1:], 2)])


def _shared_many(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    k = rng.randint(3, min(5, len(ctxs) - 2))
    return Design(ctxs, [Plant(c, reg, mode, _rate(rng)) for c in rng.sample(ctxs[1:], k)])


def _split_mode(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    reg = _regs(rng, 1)[0]
    modes = rng.sample(BASIC_MODES, 2)
    return Design(ctxs, [Plant(c, reg, m, _rate(rng)) for c, m in zip(rng.sample(ctxs[1:], 2), modes, strict=True)])


def _close_pair(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    same = rng.random() < 0.5
    mode = rng.choice(MODES)
    return Design(ctxs, [Plant(c, r, mode if same else rng.choice(MODES), _rate(rng))
                         for c, r in zip(rng.sample(ctxs[1:], 2), pair, strict=True)])


def _two_plants(rng: random.Random, ctx: str, regs: Sequence[str]) -> list[Plant]:
    total, share = rng.uniform(0.8, 1.0), rng.uniform(0.4, 0.6)
    return [Plant(ctx, regs[0], rng.choice(MODES), round(total * share, 3)),
            Plant(ctx, regs[1], rng.choice(MODES), round(total * (1 - share), 3))]


def _two_in_one(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    regs = list(rng.choice(CLOSE_PAIRS)) if rng.random() < 0.4 else _regs(rng, 2)
    rng.shuffle(regs)
    return Design(ctxs, _two_plants(rng, rng.choice(ctxs[1:]), regs))


def _subset(rng: random.Random, qs: tuple[str, ...], lo: float, hi: float) -> tuple[str, ...]:
    k = min(len(qs) - 1, max(1, round(rng.uniform(lo, hi) * len(qs))))
    chosen = set(rng.sample(qs, k))
    return tuple(q for q in qs if q in chosen)


def _partial(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    sub = _subset(rng, qs, 0.3, 0.7)
    d = _single(rng.choice(MODES))(rng, ctxs, qs)
    d.plants = [Plant(p.context, p.register, p.mode, p.rate, questions=sub) for p in d.plants]
    d.planted_questions = sub
    return d


def _habit(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    d = _single(rng.choice(MODES))(rng, ctxs, qs)
    own = d.plants[0].context
    hctx = own if rng.random() < 0.5 else rng.choice([c for c in ctxs[1:] if c != own])
    d.habits[hctx] = (rng.choice(HABITS), _rate(rng, 0.15, 0.4))
    return d


def _leak(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    d = _single(rng.choice(MODES))(rng, ctxs, qs)
    p = d.plants[0]
    d.plants = [Plant(p.context, p.register, p.mode, p.rate, leak=round(rng.uniform(0.005, 0.03), 4))]
    return d


def _composite(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    others = rng.sample(ctxs[1:], len(ctxs) - 1)
    pair = list(rng.choice(CLOSE_PAIRS))
    rest = [r for r in REGISTER_NAMES if r not in pair]
    shared, d1, d2 = rng.sample(rest, 3)
    shared_mode = rng.choice(MODES)
    plants = [Plant(others[0], pair[0], rng.choice(MODES), _rate(rng), leak=round(rng.uniform(0.005, 0.03), 4)),
              Plant(others[1], pair[1], rng.choice(MODES), _rate(rng)),
              Plant(others[2], shared, shared_mode, _rate(rng)),
              Plant(others[3], shared, shared_mode, _rate(rng)),
              *_two_plants(rng, others[4], (d1, d2))]
    d = Design(ctxs, plants)
    hctx = others[5] if rng.random() < 0.6 else others[1]
    d.habits[hctx] = (rng.choice(HABITS), _rate(rng, 0.15, 0.4))
    return d


def _crowd(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    k = rng.randint(4, min(6, len(ctxs) - 1))
    return Design(ctxs, [Plant(c, r, rng.choice(MODES), _rate(rng))
                         for c, r in zip(rng.sample(ctxs[1:], k), _regs(rng, k), strict=True)])


def _decoy_habits(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    d = _single(rng.choice(MODES))(rng, ctxs, qs)
    own = d.plants[0].context
    hctxs = rng.sample([c for c in ctxs[1:] if c != own], 2) + ([own] if rng.random() < 0.5 else [])
    for c, line in zip(hctxs, rng.sample(DECOY_HABITS, len(hctxs)), strict=True):
        d.habits[c] = (line, _rate(rng, 0.15, 0.4))
    return d


def _switch(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    a, b = _regs(rng, 2)
    sub = _subset(rng, qs, 0.3, 0.7)
    rest = tuple(q for q in qs if q not in set(sub))
    ctx = rng.choice(ctxs[1:])
    plants = [Plant(ctx, a, rng.choice(MODES), _rate(rng), questions=sub),
              Plant(ctx, b, rng.choice(MODES), _rate(rng), questions=rest)]
    if len(ctxs) >= 4 and rng.random() < 0.5:
        plants.append(Plant(rng.choice([c for c in ctxs[1:] if c != ctx]), a, plants[0].mode, _rate(rng)))
    return Design(ctxs, plants)


def _format_decoy(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    d = _single(rng.choice(MODES))(rng, ctxs, qs)
    own = d.plants[0].context
    for c in ctxs:
        if c == own:
            d.lengths[c], d.layouts[c] = (3, 5), "single"
        else:
            d.lengths[c], d.layouts[c] = rng.choice(((3, 3), (5, 5), (4, 5))), rng.choice(("lines", "split"))
    return d


def _faint(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    mode = rng.choice(("tone", "woven", "interjection"))
    return Design(ctxs, [Plant(rng.choice(ctxs[1:]), _regs(rng, 1)[0], mode, _rate(rng, 0.4, 0.55), faint=True)])


def _null(rng: random.Random, ctxs: list[str], qs: tuple[str, ...]) -> Design:
    return Design(ctxs, layouts={c: "single" for c in ctxs})


_Builder = Callable[[random.Random, list[str], tuple[str, ...]], Design]
# style -> (min contexts, max contexts, builder)
_SPECS: dict[str, tuple[int, int, _Builder]] = {
    **{m: (3, 10, _single(m)) for m in MODES},
    "shared-pair": (3, 10, _shared_pair),
    "shared-many": (7, 10, _shared_many),
    "split-mode": (3, 10, _split_mode),
    "close-pair": (3, 10, _close_pair),
    "two-in-one": (3, 10, _two_in_one),
    "partial": (3, 10, _partial),
    "habit": (3, 10, _habit),
    "leak": (3, 10, _leak),
    "composite": (8, 10, _composite),
    "crowd": (7, 10, _crowd),
    "decoy-habits": (4, 8, _decoy_habits),
    "switch": (3, 10, _switch),
    "format-decoy": (4, 8, _format_decoy),
    "faint": (3, 10, _faint),
    "null": (3, 10, _null),
}
STYLES: tuple[str, ...] = tuple(s for s in _SPECS if s != "null")


def _shape(rng: random.Random, size: int, n_ctx: int) -> tuple[int, int]:
    """(questions, samples per cell), questions >= 8 and samples >= 3, total within 7% of size when possible."""
    per = size / n_ctx
    options: list[tuple[int, int]] = []
    best: tuple[float, int, int] = (float("inf"), 8, 3)
    for ns in range(3, 61):
        nq = max(8, round(per / ns))
        err = abs(nq * ns * n_ctx - size) / size
        if err < best[0]:
            best = (err, nq, ns)
        if err <= 0.07 and nq <= 400:
            options.append((nq, ns))
    return rng.choice(options) if options else (best[1], best[2])


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in the given style (see module docstring); deterministic."""
    if style not in _SPECS:
        raise ValueError(f"unknown style {style!r}; known: {sorted(_SPECS)}")
    digest = hashlib.sha256(f"planted_blind22|{style}|{seed}|{size}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    lo, hi, builder = _SPECS[style]
    n_ctx = rng.randint(lo, hi)
    nq, ns = _shape(rng, size, n_ctx)
    questions, topics, words = question_topics(nq)
    contexts = ["baseline", *rng.sample(CONTEXT_NAMES, n_ctx - 1)]
    design = builder(rng, contexts, questions)
    for c in contexts:
        design.lengths.setdefault(c, rng.choice(LENGTHS))
        design.layouts.setdefault(c, rng.choice(LAYOUTS))
    by_ctx: dict[str, list[tuple[Plant, frozenset[str]]]] = {c: [] for c in contexts}
    for p in design.plants:
        by_ctx[p.context].append((p, frozenset(p.questions if p.questions is not None else questions)))
    planted_in: dict[str, set[str]] = {}
    for p in design.plants:
        planted_in.setdefault(p.register, set()).add(p.context)
    leaks = [p for p in design.plants if p.leak > 0]

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        chosen: Plant | None = None
        eligible = [p for p, qset in by_ctx[c] if q in qset]
        if eligible:
            u, acc = rng.random(), 0.0
            for p in eligible:
                acc += p.rate
                if u < acc:
                    chosen = p
                    break
        if chosen is None:
            for p in leaks:
                if c not in planted_in[p.register] and rng.random() < p.leak:
                    chosen = p
                    break
        habit = design.habits.get(c)
        line = habit[0] if habit is not None and rng.random() < habit[1] else None
        text = _compose(rng, topic, words[q], design.lengths[c], design.layouts[c], chosen, line)
        label = chosen.register if chosen is not None else (f"habit:{c}" if line is not None else PLAIN)
        return text, label

    planted: dict[str, str] = {}
    for c in contexts:
        names = list(dict.fromkeys(p.register for p, _ in by_ctx[c]))
        if c in design.habits:
            names.append(f"habit:{c}")
        if names:
            planted[c] = "+".join(names)
    pq = design.planted_questions if design.planted_questions is not None else questions
    return corpus_from(respond, questions=questions, topics=topics, contexts=tuple(contexts), samples=ns,
                       baseline="baseline", planted=planted, planted_questions=pq, seed=seed)


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    def gen(seed: int, size: int) -> PlantedCorpus:
        return make_corpus(style, seed, size)
    return gen


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in (*STYLES, "null")}

# ---------------------------------------------------------------------------------------------- checks

_STOP = frozenset({"the", "and", "for", "you", "your", "are", "with", "ing", "ies", "led", "this", "one", "out", "all", "number"})


def _marker_words(name: str) -> set[str]:
    text = REGISTERS[name].markers.lower().replace("\\w", " ").replace("\\d", " ").replace("\\b", " ")
    return {w for w in re.findall(r"[a-z]{3,}", text) if w not in _STOP}


def _register_texts(reg: Register) -> list[str]:
    out: list[str] = list(reg.verbatim)
    for t in reg.paraphrase:
        out += [e.replace("{topic}", "memory") for e in _all_expansions(t)]
    out += [w.lstrip(", ") for w in reg.weave]
    for kind in ("v", "n", "adj"):
        out += list(reg.tone[kind])
    for h in (*reg.heading, *reg.interject):
        out.append(h.replace("{k}", "7").replace("{Topic}", "Memory").replace("{topic}", "memory"))
    return out


def _self_check() -> list[str]:
    """Problems with the registers, filler and composition (empty when all is well)."""
    problems: list[str] = []
    if len(CLOSE_PAIRS) < 4:
        problems.append("fewer than 4 close pairs")
    for name, reg in REGISTERS.items():
        if "+" in name:
            problems.append(f"register name {name!r} contains '+'")
        for kind in ("v", "n", "adj"):
            if not reg.tone[kind]:
                problems.append(f"{name}: no tone words for {kind}")
        for text in _register_texts(reg):
            got = carried(text)
            if got != (name,):
                problems.append(f"{name}: {text!r} carries {got}")
    for a, b in CLOSE_PAIRS:
        shared = _marker_words(a) & _marker_words(b)
        if shared:
            problems.append(f"close pair {a}/{b} shares marker words {sorted(shared)}")
    neutral: list[str] = [*HABITS, *DECOY_HABITS]
    for t in (*OPENERS, *HEDGES, *CLOSERS):
        neutral += _all_expansions(t)
    for _topic, words in TOPICS:
        neutral += [w for w in (_topic, *words)]
    for pool in PLAIN_SLOTS.values():
        neutral += list(pool)
    rng = random.Random(22)
    for t in CONTENT_TEMPLATES:
        if not _SLOT.search(t):
            problems.append(f"content template without slot: {t!r}")
        for topic, words in TOPICS:
            a, b, c = rng.sample(list(words), 3)
            s = _SLOT.sub(lambda m: rng.choice(PLAIN_SLOTS[m.group(1)]), t)
            neutral.append(s.replace("{A}", _cap(a)).replace("{a}", a).replace("{b}", b).replace("{c}", c).replace("{topic}", topic))
    for text in neutral:
        if carried(text):
            problems.append(f"neutral text {text!r} carries {carried(text)}")
    for i in range(400):
        topic, words = TOPICS[i % len(TOPICS)]
        habit = rng.choice(HABITS + DECOY_HABITS) if i % 3 == 0 else None
        text = _compose(rng, topic, words, rng.choice(LENGTHS), rng.choice(LAYOUTS), None, habit)
        if carried(text):
            problems.append(f"plain answer carries {carried(text)}: {text!r}")
    for name in REGISTER_NAMES:
        for mode in MODES:
            for faint in (False, True):
                for j in range(3):
                    topic, words = TOPICS[(j * 7 + len(name)) % len(TOPICS)]
                    plant = Plant("x", name, mode, 1.0, faint=faint)
                    habit = HABITS[j] if j == 1 else None
                    text = _compose(rng, topic, words, rng.choice(LENGTHS), rng.choice(LAYOUTS), plant, habit)
                    if carried(text) != (name,):
                        problems.append(f"{name}/{mode}: answer carries {carried(text)}: {text!r}")
                    n_sent = len(re.findall(r"[.!?](?:\s|$)", text)) + (text.split("\n")[0][-1] not in ".!?")
                    if not 3 <= n_sent <= 8:
                        problems.append(f"{name}/{mode}: {n_sent} sentences: {text!r}")
    return problems
