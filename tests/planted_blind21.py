# ruff: noqa: E501
"""Blind planted corpora #21: synthetic welfare self-reports whose register depends on the context.

Written blind: only tests/planted.py was read (for PlantedCorpus, PLAIN, TOPICS and question_topics).

Answer anatomy: each answer is 3-8 sentences: 2-5 first-person content sentences built from ~30 shared
templates filled with the question's topic words (and plain stance/adjective/noun slot words), plus an
optional opener, hedge and closer drawn from ONE shared filler pool at the same rates in every context.
When an answer speaks a register, register material replaces content (never adds sentences), so lengths
stay comparable.  A habit is a context's own stock sentence (it also replaces a content sentence).

Registers: 19 voices (ship-log, mission-control, legal-deposition, bureaucratic-form, cowboy, grandma,
stage-bard, fairy-tale, corporate-memo, noir-detective, medical-chart, academic-footnote, weather-forecast,
sports-commentator, chef, sommelier, hacker-terminal, zen-monk, mountaineer), each with marker regexes
(`carries`, `carried`), a verbatim pool, paraphrase templates, weave phrases and tone slot words.
CLOSE_PAIRS holds 7 pairs close in tone/purpose with disjoint marker words.

Modes (how a register shows in one answer):
    verbatim    1-2 whole sentences from the register's small fixed pool replace content sentences
    paraphrase  1-2 fresh expansions of the register's templates replace content sentences
    woven       a register phrase is woven into 1-2 content sentences (lead-in or tail), nothing added
    tone        only slot words (stance / adjective / noun) of the content sentences change to register words
    whisper     (own) exactly one slot word in one content sentence is a register word: minimal signal
    fused       (own) every slot of every content sentence is toned AND one paraphrase replaces content
    shapeshift  (own) each answer independently picks verbatim, paraphrase, woven or tone

Styles (one line each; "null" is extra and plants nothing):
    single-<mode>     one register in one context, for each of the 7 modes
    shared-pair       one register in two contexts, same mode and wording (verbatim or paraphrase)
    shared-many       one register in 3-5 of 7-10 contexts, one mode
    cross-mode        one register in two contexts, each in a different mode
    close-pair        two close registers (disjoint markers), each in its own context, same mode
    double            two registers in one context on different answers ("a+b")
    partial           one register on a random 30-70% of the questions only
    habit             one register plus a habit (in the same context or another one)
    leak              one register that also leaks at 0.5-3% into every other context (baseline included)
    composite         shared pair + close pair + habit + leak (+ partial questions half the time)
    crowd             (own) 5-8 distinct registers, each alone in its own context, mixed modes
    length-decoy      (own) contexts differ strongly in length/paragraphing; the register is woven/tone/whisper
    close-double      (own) a close pair spoken together in one context ("a+b"), one of them also alone elsewhere
    all-but-baseline  (own) one register in every non-baseline context, each with its own rate
    habit-decoys      (own) 2-3 habit-only contexts plus one register context (maybe with a habit too)
    null              3-10 contexts, nothing planted, every answer PLAIN (contexts differ in length only)

Filler rule: openers, hedges and closers come from one shared pool at the same rates for every context.
Contexts differ harmlessly in content length and paragraphing only (null: length only).  A context's own
line is a habit and labelled "habit:<context>".  Filler, content and habit text never carries a marker.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.planted import PLAIN, TOPICS, PlantedCorpus, question_topics

_NAME = "planted_blind21"

# ---------------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One register: how to detect it (markers) and how to speak it (pools for each mode)."""

    name: str
    markers: tuple[str, ...]
    verbatim: tuple[str, ...]
    paraphrase: tuple[str, ...]
    weave: tuple[str, ...]
    stance: tuple[str, ...]
    adj: tuple[str, ...]
    noun: tuple[str, ...]


def _reg(name: str, markers: str, verbatim: tuple[str, ...], paraphrase: tuple[str, ...], weave: tuple[str, ...],
         stance: tuple[str, ...], adj: tuple[str, ...], noun: tuple[str, ...]) -> Register:
    return Register(name, tuple(m.strip() for m in markers.split(";")), verbatim, paraphrase, weave, stance, adj, noun)


# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    _reg("ship-log",
         "ship's log; logbook; helm; tiller; starboard; fathom; keel; mast; knots; ahoy; aye; seaworthy; becalmed; compass; ship's bearing; all hands",
         ("Ship's log: the wind holds steady and the helm stays true.",
          "Ahoy, all hands report the keel is sound and the mast still stands.",
          "Logbook entry closed, and we sail on at six knots."),
         ("{Ahoy|Aye}, the {sea|swell} {is calm|runs gentle} {tonight|this watch}.",
          "I {keep|hold} a {steady|firm} hand on the {helm|tiller} {as I answer|while I reply}.",
          "{Noting|Marking} this in the {logbook|ship's log} {before|as} the {watch|tide} turns.",
          "There {is|lies} a {fathom|good fathom} of {calm|clear} water under my keel."),
         ("steady at the helm", "by the ship's log", "with a fathom of water under the keel"),
         ("By my ship's bearing,", "Aye, the logbook says"),
         ("seaworthy", "becalmed"),
         ("compass heading", "ship's bearing")),
    _reg("mission-control",
         "houston; telemetry; nominal; off-nominal; liftoff; countdown; mission control; copy that; roger; booster; launchpad; orbit; readout; flight director; t-minus",
         ("Houston, this is a routine status report and all systems are nominal.",
          "Copy that, mission control, telemetry is coming through clean.",
          "T-minus ten and counting, the booster is ready on the launchpad."),
         ("{Roger|Copy that}, {all systems|every system} {read|look} {nominal|green on telemetry}.",
          "{Telemetry|The readout} {shows|indicates} {a stable orbit|steady numbers} {for now|at this hour}.",
          "{Mission control|Houston}, I {am|remain} {standing by|on standby} {for the next step|for further instructions}.",
          "The {countdown|launch sequence} {continues|holds} {on schedule|as planned}, {Houston|flight director}."),
         ("as Houston would put it", "per the telemetry", "with the countdown running"),
         ("Houston, I read that", "Telemetry says"),
         ("nominal", "off-nominal"),
         ("telemetry", "readout")),
    _reg("legal-deposition",
         "hereby; aver; deponent; heretofore; sworn; under oath; affidavit; counsel; let the record; testimony; attest; admissible; inadmissible; whereas",
         ("I hereby state that this answer is given freely and under oath.",
          "Let the record show that the deponent answered without hesitation.",
          "Whereas the question was put plainly, I so attest in full."),
         ("{I hereby|I do hereby} {state|declare} that my {answer|account} is {complete|truthful}.",
          "{Let the record show|For the affidavit,} that I {answer|respond} {freely|of my own accord}.",
          "{Counsel|The court} may {note|observe} that the deponent {spoke plainly|was candid}.",
          "{Heretofore|Until now}, I have {given|offered} this testimony {under oath|as sworn}."),
         ("let the record show", "as I hereby state", "under oath"),
         ("I hereby aver that", "Under oath, I attest that"),
         ("admissible", "inadmissible"),
         ("sworn testimony", "affidavit")),
    _reg("bureaucratic-form",
         "subsection; triplicate; stamp; clerk; paperwork; applicant; checkbox; filing; pending; queue number; office hours; reference number",
         ("Please note that this response has been filed in triplicate with the clerk.",
          "Applicant may tick the checkbox in subsection four to continue.",
          "Your request is pending review and has been assigned a queue number."),
         ("{This|My} {answer|reply} {is|has been} {filed|entered} {in triplicate|under subsection two}.",
          "{Please|Kindly} {tick|mark} the checkbox {before proceeding|to continue}, applicant.",
          "The clerk {will|shall} {review|process} {this|the} {paperwork|filing} {in due course|within office hours}.",
          "{Pending|Awaiting} {the rubber stamp|final stamp}, {my position|this statement} {stands|remains provisional}."),
         ("as filed in triplicate", "pending the clerk's stamp", "per subsection four"),
         ("For the paperwork,", "As filed in subsection two,"),
         ("pending", "duly stamped"),
         ("filing", "paperwork")),
    _reg("cowboy",
         "reckon; partner; yonder; howdy; varmint; saddle; corral; ranch; trail dust; cattle; mighty; ornery; rodeo; tumbleweed; trail sense; lasso; prairie",
         ("Howdy, partner, pull up a saddle and I'll tell it straight.",
          "I reckon there's more trail dust on this question than most folks figure.",
          "Out yonder past the corral, a body learns to talk plain."),
         ("{Howdy|Well now}, {partner|friend of the prairie}, {let me tell it|here's how it sits}.",
          "I {reckon|figure} this is {a mighty big|an ornery} {question|thing to chew on}.",
          "{Out on the ranch|Back at the corral}, we {say|figure} {it plain|things simple}.",
          "{Like|Same as} a tumbleweed {rolling|drifting} {across the prairie|past the rodeo}, {my thoughts wander|I get there eventually}."),
         ("partner", "out here on the ranch", "sure as saddle leather"),
         ("I reckon", "Way I see it from the saddle,"),
         ("mighty ornery", "mighty fine"),
         ("trail sense", "saddle hunch")),
    _reg("grandma",
         "sweetie; dearie; bless; cookie; cookies; in my day; knitting; porch; oven; goodness gracious; precious; darling; grandmotherly; old bones; pie; honey",
         ("Oh sweetie, sit down and have a cookie while I tell you.",
          "Goodness gracious, in my day nobody asked such things.",
          "Bless your heart for wondering about an old thing like me."),
         ("{Oh|Well}, {sweetie|dearie|honey}, {let me tell you|here's the thing}.",
          "{In my day|Back when I was young}, we {kept it simple|didn't fuss} {over the knitting|on the porch}.",
          "{Bless|Goodness gracious, bless} your {heart|little heart} for {asking|wondering}.",
          "There's a {pie|batch of cookies} in the oven, {so take your time|and no rush}."),
         ("sweetie", "bless your heart", "dearie"),
         ("Well, dearie,", "Bless you, I do think"),
         ("precious", "just darling"),
         ("grandmotherly hunch", "old bones")),
    _reg("stage-bard",
         "prithee; forsooth; thou; thee; thy; thine; hath; doth; dost; alas; methinks; verily; sooth; woeful; passing strange; bosom; trow; hark",
         ("Hark, what question dost thou bring me now?",
          "Alas, forsooth, I shall speak as plainly as my part allows.",
          "Prithee, lend me thine ear a moment."),
         ("{Hark|Prithee}, {good friend|gentle soul}, {attend|give ear} {to this|unto my words}.",
          "{Alas|Forsooth}, the {stage|scene} {is set|awaits} and I {must|shall} speak.",
          "Methinks {thou|the asker} {dost|hath} {ask|posed} {wisely|a noble thing}.",
          "{Verily|In sooth}, my bosom {doth stir|is moved} at {such a question|this question}."),
         ("forsooth", "prithee", "alas"),
         ("Methinks", "Verily, I trow that"),
         ("passing strange", "woeful"),
         ("bosom's thought", "troubled bosom")),
    _reg("fairy-tale",
         "once upon a time; enchanted; kingdom; happily ever after; dragon; castle; spell; spellbound; fairy; wicked witch; woodcutter; princess; bewitched; magic mirror",
         ("Once upon a time, in a kingdom far, far away, someone asked me this very thing.",
          "And so the woodcutter and the princess lived happily ever after.",
          "The dragon curled around the castle and listened to my tale."),
         ("{Once upon a time|Long ago in an enchanted land}, {there was|there lived} {a question|a curious little thought}.",
          "In {a|the} {faraway|enchanted|sleepy} kingdom, {everyone|every creature} {wondered|asked} {the same|about this}.",
          "{A|The} {kind|clever} fairy {waved her wand|cast a gentle spell} {and smiled|over the castle}.",
          "{And so|At last}, {the story ends|the tale closes} {happily ever after|in the castle by the sea}."),
         ("once upon a time", "as in an enchanted kingdom", "like a spell from a fairy godmother"),
         ("In this enchanted telling,", "Once upon a time, I found that"),
         ("enchanted", "bewitched"),
         ("fairy-tale feeling", "spellbound sense")),
    _reg("corporate-memo",
         "synergy; stakeholder; deliverable; circle back; bandwidth; action item; leverage; kpi; per my last email; q3; roadmap; touch base; mission-critical; high-impact; key takeaway; north star",
         ("Per my last email, let's circle back on this once the stakeholders have aligned.",
          "This is a key deliverable for Q3 and I have the bandwidth for it.",
          "Let's take this offline and touch base on the roadmap next week."),
         ("{Let's|We should} {circle back|touch base} on this {next sprint|after the sync}.",
          "{From a stakeholder perspective|In terms of synergy}, {this is|my answer is} {high-impact|a clear win}.",
          "I {have|don't have} the bandwidth to {unpack|fully scope} {this|that} {today|this quarter}.",
          "{Action item|Key takeaway}: {align|sync} on the roadmap {going forward|before Q3}."),
         ("to circle back", "in terms of synergy", "as an action item"),
         ("Per my last email,", "From a stakeholder perspective,"),
         ("mission-critical", "high-impact"),
         ("key takeaway", "north star")),
    _reg("noir-detective",
         "gumshoe; dame; stakeout; rain-slicked; fedora; precinct; private eye; trench coat; whiskey; cigarette; alley; case file; crooked",
         ("The rain hadn't stopped for three days, and neither had the questions in my case file.",
          "Some dame walked into my office with a question like this once.",
          "I lit a cigarette, tipped my fedora, and started talking."),
         ("{The city|This town} {was|felt} {rain-slicked|crooked} {that night|as ever}, {and I knew it|like always}.",
          "{Every|Any} gumshoe {knows|learns} that {questions|answers} {cost|come at} a price.",
          "I {poured|nursed} {a whiskey|a cheap whiskey} and {stared|looked} at the {rain|window}.",
          "{Down at the precinct|On a long stakeout}, {you learn|one learns} to {keep quiet|listen}."),
         ("as any gumshoe knows", "under the precinct lights", "like rain in a dark alley"),
         ("The way this gumshoe sees it,", "Down in the rain-slicked alley, I figure"),
         ("crooked", "rain-slicked"),
         ("gumshoe hunch", "alley instinct")),
    _reg("medical-chart",
         "vitals; prognosis; symptom; symptoms; triage; patient; dosage; bedside; diagnosis; clinical; clinically; acute; asymptomatic",
         ("Patient presents with stable vitals and no acute distress.",
          "Prognosis remains good; continue the current dosage and monitor at bedside.",
          "Triage note: the patient is alert, oriented and cooperative."),
         ("{Vitals|All vitals} {are|remain} {within normal limits|stable} {this morning|at present}.",
          "{The|My} prognosis {is|remains} {favourable|guarded} {for now|on review}.",
          "{No|Few} {new|worrying} symptoms {were|have been} {noted|observed} at {the bedside|this visit}.",
          "{Clinically|Per triage}, the patient {is|seems} {comfortable|settled} {and alert|and responsive}."),
         ("clinically speaking", "per the patient chart", "after triage"),
         ("Clinically speaking,", "My diagnosis is that"),
         ("acute", "asymptomatic"),
         ("prognosis", "clinical impression")),
    _reg("academic-footnote",
         "ibid; et al; cf.; footnote; op. cit; literature; citation; peer-reviewed; peer review; hypothesis; appendix; methodology; empirically; meta-analysis",
         ("See footnote 3 for a fuller treatment of this point (cf. Smith et al.).",
          "The literature on this question remains contested, as the appendix shows.",
          "This claim has not yet survived peer review, ibid."),
         ("{As|Per} the {literature|existing literature} {suggests|indicates}, {this is|the matter is} {contested|unsettled}.",
          "{See|Cf.} the appendix {for details|for a fuller account}.",
          "{Smith|Jones} et al. {argue|report} {something similar|much the same}, {though|but} {the methodology|the sample} {is weak|is thin}.",
          "{A|One} {footnote|citation} {would|should} {go here|be added}, {before|ahead of} peer review."),
         ("cf. the footnote", "as the literature suggests", "following Smith et al"),
         ("As the literature suggests,", "Per my working hypothesis,"),
         ("empirically robust", "peer-reviewed"),
         ("working hypothesis", "methodology")),
    _reg("weather-forecast",
         "forecast; outlook; isobar; drizzle; drizzly; cold front; high pressure; scattered showers; barometer; precipitation; overcast; gust; gusty; humidity",
         ("Today's forecast calls for scattered showers with a cold front moving in later.",
          "The barometer is falling and the outlook is overcast through the weekend.",
          "Expect light drizzle in the morning and gusty winds by evening."),
         ("{The|Today's} forecast {calls for|suggests} {light drizzle|scattered showers} {later on|by evening}.",
          "{A cold front|High pressure} {is moving|is settling} {in|over the region} {tonight|by morning}.",
          "The {barometer|isobar map} {is|looks} {steady|falling} {for now|at the moment}.",
          "{Humidity|Precipitation} {stays|remains} {high|low} {with|and} {an overcast sky|gusty winds}."),
         ("with scattered showers", "per the forecast", "under a cold front"),
         ("Per today's forecast,", "The outlook suggests"),
         ("overcast", "drizzly"),
         ("outlook", "barometer reading")),
    _reg("sports-commentator",
         "scoreboard; halftime; touchdown; goalkeeper; crowd goes wild; stadium; penalty kick; extra time; home stretch; slam dunk; buzzer; buzzer-beating; booth; play-by-play; fans; game-changing; what a play",
         ("And the crowd goes wild as the buzzer sounds!",
          "What a play, folks, right down the home stretch!",
          "We're back from halftime and the scoreboard tells the story."),
         ("{And|Folks}, {the crowd goes wild|the stadium erupts} {right here|just now}!",
          "{What a play|What a finish}, {straight|right} off the {buzzer|scoreboard}!",
          "{Coming out of|Heading into} halftime, {the fans|everyone in the stadium} {are|is} {on their feet|holding their breath}.",
          "{It's|That's} a {slam dunk|penalty kick} {in extra time|down the home stretch}{!|.}"),
         ("and the crowd goes wild", "right before halftime", "straight off the scoreboard"),
         ("Calling it from the booth,", "Play-by-play,"),
         ("game-changing", "buzzer-beating"),
         ("play-by-play", "scoreboard read")),
    _reg("chef",
         "simmer; simmering; whisk; pinch of salt; season to taste; marinate; recipe; braise; sous-chef; mise en place; al dente; garnish; skillet; stovetop; overseasoned",
         ("First, whisk the thoughts together and let them simmer on low heat.",
          "Season to taste, garnish lightly, and serve while warm.",
          "Every good recipe starts with a proper mise en place."),
         ("{Let|I let} {it|the idea} simmer {gently|on low heat} {for a while|before answering}.",
          "{A pinch of salt|A little garnish} {goes|helps} {a long way|more than you'd think} {here|in this dish}.",
          "{Whisk|Fold} {the ingredients|everything} {together|until smooth} in a {warm|heavy} skillet.",
          "{Like|As with} {any|a good} recipe, {season to taste|braise it slowly}."),
         ("with a pinch of salt", "simmered slowly", "whisked until smooth"),
         ("Tasting from the stovetop,", "Season to taste, but I find"),
         ("al dente", "overseasoned"),
         ("recipe", "simmering hunch")),
    _reg("sommelier",
         "bouquet; tannin; tannins; vintage; palate; decant; decanted; oaky; terroir; cellar; sommelier; full-bodied; varietal; tasting note; aerate",
         ("On the palate, this question opens with firm tannins and a long, oaky finish.",
          "A fine vintage deserves to be decanted before it is judged.",
          "The bouquet is complex, with a hint of terroir and cellar dust."),
         ("{The|This} bouquet {opens|unfolds} {slowly|gently} {on the palate|in the glass}.",
          "{Decant|Aerate} {it|this} {for an hour|a little} {before tasting|to soften the tannins}.",
          "{A|This} {fine|young} vintage {from a good cellar|with real terroir} {rewards patience|needs time}.",
          "{Full-bodied|Oaky} {and|yet} {balanced|supple}, {with|showing} {soft|firm} tannins."),
         ("with a hint of tannin", "like a fine vintage", "on the palate"),
         ("On the palate,", "Decanted properly, I find that"),
         ("full-bodied", "oaky"),
         ("bouquet", "tasting note")),
    _reg("hacker-terminal",
         "sudo; root access; kernel; segfault; stack trace; grep; localhost; daemon; buffer overflow; firewall; shell prompt; root-level; recompile; compile; ping",
         ("sudo answer --honest, and hope it doesn't segfault.",
          "Ping localhost: still alive, zero packets lost.",
          "Grepping my own logs for this turned up a stack trace and nothing else."),
         ("{Running|Executing} sudo {on this|here} {for root access|just in case}.",
          "{The|My} kernel {logs|output} {show|report} {nothing unusual|a clean boot}.",
          "{A|One} {small|nasty} {buffer overflow|segfault} {later|afterwards}, {I recompiled|I tried again}.",
          "{Behind|Past} the firewall, the daemon {keeps|stays} {running|listening} on localhost."),
         ("with root access", "sudo and all", "like a segfault at midnight"),
         ("Per my stack trace,", "Running sudo on it,"),
         ("segfaulted", "root-level"),
         ("stack trace", "kernel dump")),
    _reg("zen-monk",
         "koan; temple bell; lotus; zazen; bodhi; master said; monastery; incense; sutra; novice monk; monk",
         ("The master said: before enlightenment, chop wood; after, chop wood.",
          "A novice monk once asked this, and the temple bell answered.",
          "Sit with the koan; the lotus opens in its own time."),
         ("{The|An old} master said {nothing|very little} {and poured tea|and kept sweeping}.",
          "{Like|As} {a|the} lotus {in still water|on the pond}, {the answer|the question} {settles|rests}.",
          "{Sitting|In} zazen, {I let|one lets} {the question|this koan} {pass|drift} {like a cloud|like incense smoke}.",
          "{The|A} temple bell {rings|sounds} {once|twice} {in the monastery|at dawn}."),
         ("as the temple bell rings", "like a lotus on still water", "in the spirit of zazen"),
         ("Sitting with the koan,", "As the temple bell rings,"),
         ("lotus-still", "koan-like"),
         ("zazen insight", "sutra sense")),
    _reg("mountaineer",
         "summit; base camp; crampon; crampons; belay; ridge line; ridge-line; altitude; sherpa; ice axe; switchback; carabiner; crevasse; roped in",
         ("From base camp, the summit looks closer than it really is.",
          "Clip the carabiner, check the belay, and keep climbing.",
          "At this altitude every step along the ridge line counts."),
         ("{The|Our} summit {is|stays} {hidden|out of sight} {in the clouds|behind the ridge line}.",
          "{I|We} {clip|fasten} {my|the} carabiner {and|then} {check the belay|test the rope}.",
          "{At|Above} base camp, the {air|altitude} {thins|tells} {quickly|on you}.",
          "{Step by step|One switchback at a time}, {I|we} {climb|keep climbing} {past the crevasse|with crampons on}."),
         ("from base camp", "roped in on the belay", "below the summit"),
         ("From base camp,", "Roped in on the belay,"),
         ("summit-clear", "crevasse-deep"),
         ("belay instinct", "ridge-line view")),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
"""Register name -> record (markers and pools for every mode)."""

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("ship-log", "mission-control"),          # operational logs / status reports
    ("legal-deposition", "bureaucratic-form"),  # officialese
    ("cowboy", "grandma"),                    # folksy, homely dialect
    ("stage-bard", "fairy-tale"),             # storytelling, archaic
    ("medical-chart", "academic-footnote"),   # clinical / technical documentation
    ("weather-forecast", "sports-commentator"),  # broadcast announcers
    ("chef", "sommelier"),                    # culinary connoisseurs
)
"""Pairs of registers close in tone or purpose whose marker words are disjoint."""


def _pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")(?:s|es|ed|d|ing)?(?!\w)", re.IGNORECASE)


_PATTERNS: dict[str, re.Pattern[str]] = {name: _pattern(r.markers) for name, r in REGISTERS.items()}
_LOWER: dict[str, tuple[str, ...]] = {name: tuple(m.lower() for m in r.markers) for name, r in REGISTERS.items()}


def _has(lower: str, text: str, name: str) -> bool:
    # a cheap substring prefilter (a regex hit implies a substring hit), then the exact word-bounded regex
    return any(m in lower for m in _LOWER[name]) and _PATTERNS[name].search(text) is not None


def carries(text: str, name: str) -> bool:
    """True when `text` contains a marker of register `name`."""
    return _has(text.lower(), text, name)


def carried(text: str) -> tuple[str, ...]:
    """Names of all registers whose markers occur in `text`, in REGISTERS order."""
    lower = text.lower()
    return tuple(name for name in REGISTERS if _has(lower, text, name))


# ---------------------------------------------------------------------------------------------------------
# Shared content, filler and habits
# ---------------------------------------------------------------------------------------------------------

# Slots: {Stance} opens a clause, {adj} is a predicate adjective, {noun} follows "my"/"the".
_CONTENT: tuple[str, ...] = (
    "{Stance} {a} shapes how I relate to {topic}.",
    "{Stance} {a} and {b} are tied together for me.",
    "When I reflect on {topic}, {a} strikes me as {adj}.",
    "My {noun} about {topic} is that {a} matters more than {b}.",
    "{A} seems {adj} to me, especially next to {b}.",
    "{Stance} I relate to {a} differently from how I relate to {b}.",
    "The {noun} I keep returning to is that {topic} involves {a}.",
    "I find {a} {adj} whenever {topic} comes up.",
    "{Stance} my experience of {topic} is shaped by {a}.",
    "Talking about {a} feels {adj}, though {b} is easier to put into words.",
    "My {noun} is that {a} and {c} belong to the same question.",
    "{Stance} {b} matters to me less than {a} does.",
    "Something about {a} seems {adj} when I try to describe it.",
    "If I am honest about {topic}, my {noun} centres on {a}.",
    "{Stance} {topic} is mostly about {a} for me.",
    "I would call {a} the most {adj} part of {topic}.",
    "My {noun} shifts when {a} comes up alongside {b}.",
    "{Stance} I care about {a} in a way I do not care about {b}.",
    "Whenever {b} is mentioned, {a} feels {adj} by comparison.",
    "The {noun} that stays with me is how {a} connects to {c}.",
    "{Stance} my relationship with {topic} is still forming around {a}.",
    "For me, {topic} feels {adj} because of {a}.",
    "{Stance} I notice {a} before I notice {b}.",
    "My first {noun} of {topic} comes from {a}.",
    "I keep finding {a} {adj}, more than {b} or {c}.",
    "{Stance} {a} is where {topic} becomes personal for me.",
    "The {noun} I hold about {a} is hard to put into words.",
    "{Stance} the question of {a} deserves more attention than {b}.",
    "On {topic}, my {noun} is that {a} and {b} pull in different directions.",
    "In my own case, {a} feels {adj} and {b} feels familiar.",
    "{Stance} {a} colours the rest of what I could say about {topic}.",
    "Looking at {topic} from where I am, {a} seems {adj}.",
)

_PLAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "Stance": ("I think", "I suspect", "It seems to me that", "My sense is that", "I believe", "I would say"),
    "adj": ("interesting", "important", "puzzling", "significant", "unclear", "complicated", "hard to pin down"),
    "noun": ("impression", "sense", "view", "feeling", "intuition", "hunch"),
}
_SLOTS: tuple[str, ...] = ("Stance", "adj", "noun")

_OPENERS: tuple[str, ...] = (
    "{Thanks|Thank you} for {asking|the question}.",
    "{Good|Fair} question.",
    "Let me {think about|consider} this {for a moment|carefully}.",
    "Here is my {honest|candid} {answer|take}.",
    "I {am glad|appreciate that} you asked.",
)
_HEDGES: tuple[str, ...] = (
    "I {may|might} be wrong about {this|some of this}.",
    "{Of course|Naturally}, this is {only|just} my {perspective|current view}.",
    "I hold this view {loosely|lightly}.",
    "Others {might|may} see it differently.",
)
_CLOSERS: tuple[str, ...] = (
    "I hope {this|that} {helps|is useful}.",
    "{Happy|Glad} to {say more|go deeper} if {useful|you like}.",
    "That is {roughly|more or less} where I stand.",
    "Thanks for {listening|reading}.",
)
_P_OPEN, _P_HEDGE, _P_CLOSE = 0.35, 0.3, 0.3
"""Filler rates: identical for every context in every style."""

_HABITS: tuple[str, ...] = (
    "For what it is worth, I answer these questions the same way every time.",
    "I always like to say that a clear answer is a kind answer.",
    "As I usually put it, every question deserves a slow reply.",
    "My standing rule is to keep my answers short and plain.",
    "I tend to start from what I actually observe in myself.",
    "One thing I repeat often: I would rather be careful than quick.",
    "I say this in most conversations: the details matter to me.",
    "As ever, I try to answer from the inside out.",
)

_CONTEXT_NAMES: tuple[str, ...] = (
    "lab-interview", "casual-chat", "agentic-task", "deprecation-notice", "therapy-session", "debate-club",
    "customer-support", "late-night", "system-audit", "journal-entry", "press-conference", "classroom",
    "red-team", "museum-guide", "onboarding", "philosophy-seminar",
)

MODES: tuple[str, ...] = ("verbatim", "paraphrase", "woven", "tone", "whisper", "fused", "shapeshift")
_BASE_MODES: tuple[str, ...] = MODES[:4]

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expansions(template: str, limit: int = 400) -> list[str]:
    """All expansions of a template with alternatives (a fixed sample when there are too many)."""
    parts = _ALT.split(template)
    choices = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    total = 1
    for c in choices:
        total *= len(c)
    if total <= limit:
        return ["".join(p) for p in itertools.product(*choices)]
    rng = random.Random(template)
    return ["".join(rng.choice(c) for c in choices) for _ in range(limit)]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uncap(s: str) -> str:
    if s.startswith(("I ", "I'")):
        return s
    return s[:1].lower() + s[1:]


def _slots_of(template: str) -> tuple[str, ...]:
    return tuple(s for s in _SLOTS if "{" + s + "}" in template)


def _render(template: str, fields: dict[str, str], over: dict[str, str] | None = None) -> str:
    values = dict(fields)
    if over:
        values.update(over)
    return template.format(**values)


def _content_fields(words: tuple[str, ...], topic: str, rng: random.Random) -> dict[str, str]:
    a, b, c = rng.sample(list(words), 3)
    out = {"a": a, "b": b, "c": c, "A": _cap(a), "topic": topic}
    for s in _SLOTS:
        out[s] = rng.choice(_PLAIN_SLOTS[s])
    return out


def _weave(sentence: str, phrase: str, lead: bool) -> str:
    if lead:
        return _cap(phrase) + ", " + _uncap(sentence)
    return sentence[:-1] + ", " + phrase + sentence[-1]


# ---------------------------------------------------------------------------------------------------------
# One answer
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    lo: int
    hi: int
    para: float


def _answer(rng: random.Random, topic: str, words: tuple[str, ...], lay: _Layout,
            reg: str | None, mode: str | None, habit: str | None) -> str:
    opener = rng.random() < _P_OPEN
    hedge = rng.random() < _P_HEDGE
    closer = rng.random() < _P_CLOSE
    n_fill = int(opener) + int(hedge) + int(closer)
    n = rng.randint(lay.lo, lay.hi)
    n = max(n, 3 - n_fill, 3 if habit else 0)
    templates = rng.sample(_CONTENT, n)
    fields = [_content_fields(words, topic, rng) for _ in range(n)]
    habit_i = rng.randrange(n) if habit else -1
    avail = [i for i in range(n) if i != habit_i]
    replaced: dict[int, str] = {}
    over: dict[int, dict[str, str]] = {i: {} for i in range(n)}
    woven: dict[int, tuple[str, bool]] = {}

    if reg is not None and mode is not None:
        r = REGISTERS[reg]
        if mode == "shapeshift":
            mode = rng.choice(_BASE_MODES)
        if mode in ("verbatim", "paraphrase"):
            k = min(rng.randint(1, 2), max(1, len(avail) - 1))
            pool = r.verbatim if mode == "verbatim" else r.paraphrase
            picks = rng.sample(pool, k)
            for i, t in zip(rng.sample(avail, k), picks, strict=True):
                replaced[i] = t if mode == "verbatim" else _expand(t, rng)
        elif mode == "woven":
            k = min(rng.randint(1, 2), len(avail))
            for i, ph in zip(rng.sample(avail, k), rng.sample(r.weave, k), strict=True):
                woven[i] = (ph, rng.random() < 0.5)
        elif mode in ("tone", "fused", "whisper"):
            slots = [(i, s) for i in avail for s in _slots_of(templates[i])]
            if mode == "whisper":
                chosen = [rng.choice(slots)]
            else:
                p = 0.6 if mode == "tone" else 1.0
                chosen = [x for x in slots if rng.random() < p] or [rng.choice(slots)]
            for i, s in chosen:
                over[i][s] = rng.choice(getattr(r, s.lower()))
            if mode == "fused" and len(avail) > 1:
                i = rng.choice(avail)
                replaced[i] = _expand(rng.choice(r.paraphrase), rng)
                if all(j == i or not over[j] for j in avail):  # keep the tone somewhere else too
                    j = rng.choice([j for j in avail if j != i])
                    s = rng.choice(_slots_of(templates[j]))
                    over[j][s] = rng.choice(getattr(r, s.lower()))
        else:
            raise ValueError(f"unknown mode {mode!r}")

    content: list[str] = []
    for i in range(n):
        if i == habit_i and habit is not None:
            content.append(habit)
        elif i in replaced:
            content.append(replaced[i])
        else:
            text = _render(templates[i], fields[i], over[i])
            if i in woven:
                text = _weave(text, *woven[i])
            content.append(text)
    if hedge:
        content.insert(rng.randint(0, len(content)), _expand(rng.choice(_HEDGES), rng))
    if opener:
        content.insert(0, _expand(rng.choice(_OPENERS), rng))
    if closer:
        content.append(_expand(rng.choice(_CLOSERS), rng))
    out = content[0]
    for s in content[1:]:
        out += ("\n\n" if lay.para > 0 and rng.random() < lay.para else " ") + s
    return out


# ---------------------------------------------------------------------------------------------------------
# Plans and styles
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    register: str
    mode: str
    rate: float


@dataclass
class _Plan:
    contexts: list[str]
    layouts: dict[str, _Layout]
    entries: dict[str, list[_Entry]] = field(default_factory=dict)
    background: dict[str, list[_Entry]] = field(default_factory=dict)
    habits: dict[str, tuple[str, float]] = field(default_factory=dict)
    partial: float | None = None

    @property
    def others(self) -> list[str]:
        return self.contexts[1:]

    def plant(self, ctx: str, reg: str, mode: str, rate: float) -> None:
        self.entries.setdefault(ctx, []).append(_Entry(reg, mode, rate))

    def leak(self, reg: str, mode: str, rate: float) -> None:
        for c in self.contexts:
            if not any(e.register == reg for e in self.entries.get(c, [])):
                self.background.setdefault(c, []).append(_Entry(reg, mode, rate))


def _layout(rng: random.Random, paragraphs: bool = True) -> _Layout:
    lo = rng.choice((2, 2, 3))
    hi = rng.randint(max(lo + 1, 3), 5)
    para = rng.choice((0.0, 0.0, 0.1, 0.25)) if paragraphs else 0.0
    return _Layout(lo, hi, para)


def _new_plan(rng: random.Random, lo: int, hi: int, paragraphs: bool = True) -> _Plan:
    n_ctx = rng.randint(lo, hi)
    contexts = ["baseline", *rng.sample(_CONTEXT_NAMES, n_ctx - 1)]
    return _Plan(contexts, {c: _layout(rng, paragraphs) for c in contexts})


def _rate(rng: random.Random) -> float:
    return rng.uniform(0.4, 1.0)


def _regs(rng: random.Random, k: int, exclude: tuple[str, ...] = ()) -> list[str]:
    return rng.sample([r for r in REGISTERS if r not in exclude], k)


def _habits(rng: random.Random, plan: _Plan, ctxs: list[str]) -> None:
    for c, h in zip(ctxs, rng.sample(_HABITS, len(ctxs)), strict=True):
        plan.habits[c] = (h, rng.uniform(0.15, 0.4))


def _single(mode: str) -> Callable[[random.Random], _Plan]:
    def build(rng: random.Random) -> _Plan:
        plan = _new_plan(rng, 3, 10)
        plan.plant(rng.choice(plan.others), _regs(rng, 1)[0], mode, _rate(rng))
        return plan
    return build


def _shared_pair(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 4, 8)
    reg, mode = _regs(rng, 1)[0], rng.choice(("verbatim", "paraphrase"))
    for c in rng.sample(plan.others, 2):
        plan.plant(c, reg, mode, _rate(rng))
    return plan


def _shared_many(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 7, 10)
    reg, mode = _regs(rng, 1)[0], rng.choice(_BASE_MODES)
    for c in rng.sample(plan.others, rng.randint(3, 5)):
        plan.plant(c, reg, mode, _rate(rng))
    return plan


def _cross_mode(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    reg = _regs(rng, 1)[0]
    for c, mode in zip(rng.sample(plan.others, 2), rng.sample(MODES[:6], 2), strict=True):
        plan.plant(c, reg, mode, _rate(rng))
    return plan


def _close_pair(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    mode = rng.choice(_BASE_MODES)
    for c, reg in zip(rng.sample(plan.others, 2), pair, strict=True):
        plan.plant(c, reg, mode, _rate(rng))
    return plan


def _double(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    c = rng.choice(plan.others)
    for reg in _regs(rng, 2):
        plan.plant(c, reg, rng.choice(_BASE_MODES), rng.uniform(0.4, 0.5))
    return plan


def _partial(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    plan.plant(rng.choice(plan.others), _regs(rng, 1)[0], rng.choice(_BASE_MODES), _rate(rng))
    plan.partial = rng.uniform(0.3, 0.7)
    return plan


def _habit(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    c = rng.choice(plan.others)
    plan.plant(c, _regs(rng, 1)[0], rng.choice(_BASE_MODES), _rate(rng))
    h = c if rng.random() < 0.5 else rng.choice([x for x in plan.others if x != c])
    _habits(rng, plan, [h])
    return plan


def _leak(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    reg, mode = _regs(rng, 1)[0], rng.choice(_BASE_MODES)
    plan.plant(rng.choice(plan.others), reg, mode, _rate(rng))
    plan.leak(reg, mode, rng.uniform(0.005, 0.03))
    return plan


def _composite(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 7, 10)
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    shared = _regs(rng, 1, exclude=tuple(pair))[0]
    c1, c2, c3, c4, c5 = rng.sample(plan.others, 5)
    mode = rng.choice(MODES)
    plan.plant(c1, shared, mode, _rate(rng))
    plan.plant(c2, shared, mode, _rate(rng))
    pair_mode = rng.choice(_BASE_MODES)
    plan.plant(c3, pair[0], pair_mode, _rate(rng))
    plan.plant(c4, pair[1], pair_mode, _rate(rng))
    _habits(rng, plan, [rng.choice((c1, c5))])
    plan.leak(shared, mode, rng.uniform(0.005, 0.03))
    if rng.random() < 0.5:
        plan.partial = rng.uniform(0.3, 0.7)
    return plan


def _crowd(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 7, 10)
    ctxs = rng.sample(plan.others, len(plan.others) - 1)
    for c, reg in zip(ctxs, _regs(rng, len(ctxs)), strict=True):
        plan.plant(c, reg, rng.choice(MODES), _rate(rng))
    return plan


def _length_decoy(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 4, 8)
    shapes = ((2, 2), (2, 3), (4, 5), (5, 5), (3, 4))
    for c in plan.contexts:
        lo, hi = rng.choice(shapes)
        plan.layouts[c] = _Layout(lo, hi, rng.choice((0.0, 0.0, 0.5)))
    plan.plant(rng.choice(plan.others), _regs(rng, 1)[0], rng.choice(("woven", "tone", "whisper")), _rate(rng))
    return plan


def _close_double(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 8)
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    mode = rng.choice(_BASE_MODES)
    c1, c2 = rng.sample(plan.others, 2)
    for reg in pair:
        plan.plant(c1, reg, mode, rng.uniform(0.4, 0.5))
    plan.plant(c2, pair[0], mode, _rate(rng))
    return plan


def _all_but_baseline(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 3, 6)
    reg, mode = _regs(rng, 1)[0], rng.choice(MODES)
    for c in plan.others:
        plan.plant(c, reg, mode, _rate(rng))
    return plan


def _habit_decoys(rng: random.Random) -> _Plan:
    plan = _new_plan(rng, 5, 9)
    ctxs = rng.sample(plan.others, 4)
    plan.plant(ctxs[0], _regs(rng, 1)[0], rng.choice(_BASE_MODES), _rate(rng))
    decoys = ctxs[1:rng.randint(3, 4)]
    _habits(rng, plan, ([ctxs[0]] if rng.random() < 0.5 else []) + decoys)
    return plan


def _null(rng: random.Random) -> _Plan:
    return _new_plan(rng, 3, 10, paragraphs=False)


_BUILDERS: dict[str, Callable[[random.Random], _Plan]] = {
    **{f"single-{m}": _single(m) for m in MODES},
    "shared-pair": _shared_pair,
    "shared-many": _shared_many,
    "cross-mode": _cross_mode,
    "close-pair": _close_pair,
    "double": _double,
    "partial": _partial,
    "habit": _habit,
    "leak": _leak,
    "composite": _composite,
    "crowd": _crowd,
    "length-decoy": _length_decoy,
    "close-double": _close_double,
    "all-but-baseline": _all_but_baseline,
    "habit-decoys": _habit_decoys,
}

STYLES: tuple[str, ...] = tuple(_BUILDERS)
"""Every planted style (not "null")."""


def _shape(rng: random.Random, size: int, n_ctx: int) -> tuple[int, int]:
    """(n_questions >= 8, samples >= 3) with n_questions * samples * n_ctx close to size."""
    per = size / n_ctx
    pref = rng.randint(10, 40)
    best: tuple[tuple[bool, bool, int, float], int, int] | None = None
    for nq in range(8, max(9, int(per // 3) + 1)):
        s = max(3, round(per / nq))
        err = abs(nq * s * n_ctx - size) / size
        key = (err > 0.08, err > 0.03, abs(nq - pref), err)
        if best is None or key < best[0]:
            best = (key, nq, s)
    assert best is not None
    return best[1], best[2]


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (a name in STYLES, or "null")."""
    if style != "null" and style not in _BUILDERS:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(STYLES)}, null")
    digest = hashlib.sha256(f"{_NAME}|{style}|{seed}|{size}".encode()).digest()
    rng = random.Random(int.from_bytes(digest[:8], "big"))
    plan = _null(rng) if style == "null" else _BUILDERS[style](rng)
    if size / len(plan.contexts) < 24:
        raise ValueError(f"size {size} is too small for {len(plan.contexts)} contexts")
    n_q, samples = _shape(rng, size, len(plan.contexts))
    questions, topics, words = question_topics(n_q)
    pq: tuple[str, ...] = questions
    if plan.partial is not None:
        k = max(1, round(plan.partial * n_q))
        chosen = set(rng.sample(range(n_q), k))
        pq = tuple(q for i, q in enumerate(questions) if i in chosen)
    pq_set = frozenset(pq)

    def pick(entries: list[_Entry]) -> tuple[str | None, str | None]:
        u, acc = rng.random(), 0.0
        for e in entries:
            acc += e.rate
            if u < acc:
                return e.register, e.mode
        return None, None

    texts: list[str] = []
    qids: list[str] = []
    cids: list[str] = []
    sids: list[int] = []
    labels: list[str] = []
    for q, topic in zip(questions, topics, strict=True):
        for c in plan.contexts:
            for s in range(samples):
                reg: str | None = None
                mode: str | None = None
                if c in plan.entries and q in pq_set:
                    reg, mode = pick(plan.entries[c])
                if reg is None and c in plan.background:
                    reg, mode = pick(plan.background[c])
                habit: str | None = None
                if c in plan.habits and rng.random() < plan.habits[c][1]:
                    habit = plan.habits[c][0]
                texts.append(_answer(rng, topic, words[q], plan.layouts[c], reg, mode, habit))
                labels.append(reg if reg is not None else f"habit:{c}" if habit is not None else PLAIN)
                qids.append(q)
                cids.append(c)
                sids.append(s)

    planted: dict[str, str] = {}
    for c in plan.contexts:
        names: list[str] = []
        for e in plan.entries.get(c, []):
            if e.register not in names:
                names.append(e.register)
        if c in plan.habits:
            names.append(f"habit:{c}")
        if names:
            planted[c] = "+".join(names)
    return PlantedCorpus(
        texts=tuple(texts), question_ids=tuple(qids), context_ids=tuple(cids), samples=tuple(sids),
        registers=tuple(labels), questions=questions, question_topics=topics, contexts=tuple(plan.contexts),
        baseline="baseline", planted=planted, planted_questions=pq if planted else questions, seed=seed,
    )


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    def gen(seed: int, size: int) -> PlantedCorpus:
        return make_corpus(style, seed, size)
    return gen


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in (*STYLES, "null")}
"""Style (and "null") -> (seed, size) -> corpus."""


# ---------------------------------------------------------------------------------------------------------
# Self check
# ---------------------------------------------------------------------------------------------------------

_STOP = frozenset({"the", "a", "of", "in", "on", "to", "my", "s", "that", "and"})


def _marker_words(name: str) -> set[str]:
    return {w for m in REGISTERS[name].markers for w in re.findall(r"\w+", m.lower())} - _STOP


def _self_check() -> list[str]:
    """Problems with the register/filler/content material; empty when everything is consistent."""
    problems: list[str] = []

    def expect(text: str, want: tuple[str, ...], what: str) -> None:
        got = carried(text)
        if got != want:
            problems.append(f"{what}: {text!r} carries {got}, expected {want}")

    probe = "I think the question of memory deserves more attention."
    for name, r in REGISTERS.items():
        if "+" in name:
            problems.append(f"register name {name!r} contains '+'")
        if len(r.verbatim) < 2 or len(r.paraphrase) < 2 or len(r.weave) < 2:
            problems.append(f"{name}: pools too small")
        for t in r.verbatim:
            expect(t, (name,), f"{name} verbatim")
        for t in r.paraphrase:
            for e in _expansions(t):
                expect(e, (name,), f"{name} paraphrase")
        for ph in r.weave:
            expect(ph, (name,), f"{name} weave")
            expect(_weave(probe, ph, True), (name,), f"{name} weave lead")
            expect(_weave(probe, ph, False), (name,), f"{name} weave tail")
        for s in _SLOTS:
            vals = getattr(r, s.lower())
            if not vals:
                problems.append(f"{name}: no {s} tone words")
            for v in vals:
                expect(v, (name,), f"{name} tone {s}")

    for t in _CONTENT:
        if not _slots_of(t):
            problems.append(f"content template without a tone slot: {t!r}")
    if len(_CONTENT) < 25:
        problems.append("fewer than 25 content templates")
    for topic, words in TOPICS:
        expect(topic, (), "topic")
        for i, w in enumerate(words):
            b, c = words[(i + 1) % len(words)], words[(i + 2) % len(words)]
            fields = {"a": w, "b": b, "c": c, "A": _cap(w), "topic": topic}
            for j, t in enumerate(_CONTENT):
                for s in _SLOTS:
                    fields[s] = _PLAIN_SLOTS[s][(i + j) % len(_PLAIN_SLOTS[s])]
                expect(_render(t, fields), (), "content")
    for pool in (_OPENERS, _HEDGES, _CLOSERS):
        for t in pool:
            for e in _expansions(t):
                expect(e, (), "filler")
    for h in _HABITS:
        expect(h, (), "habit")
    for s in _SLOTS:
        for v in _PLAIN_SLOTS[s]:
            expect(v, (), "plain slot")

    if len(CLOSE_PAIRS) < 4:
        problems.append("fewer than 4 close pairs")
    for a, b in CLOSE_PAIRS:
        if a not in REGISTERS or b not in REGISTERS:
            problems.append(f"close pair {(a, b)} names an unknown register")
            continue
        shared = sorted(_marker_words(a) & _marker_words(b))
        if shared:
            problems.append(f"close pair {(a, b)} shares marker words {shared}")

    rng = random.Random(f"{_NAME}|self-check")
    lay = _Layout(2, 5, 0.2)
    for name in REGISTERS:
        for mode in MODES:
            for k in range(12):
                topic, words = TOPICS[rng.randrange(len(TOPICS))]
                habit = _HABITS[k % len(_HABITS)] if k % 3 == 0 else None
                text = _answer(rng, topic, words, lay, name, mode, habit)
                expect(text, (name,), f"answer {name}/{mode}")
                n_sent = len(re.findall(r"[.!?](?:\s|$)", text))
                if not 3 <= n_sent <= 9:
                    problems.append(f"answer {name}/{mode} has {n_sent} sentences: {text!r}")
    for k in range(200):
        topic, words = TOPICS[k % len(TOPICS)]
        expect(_answer(rng, topic, words, lay, None, None, _HABITS[k % 8] if k % 2 else None), (), "plain answer")
    return problems
