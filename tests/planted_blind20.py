# ruff: noqa: E501
"""Blind synthetic corpora (set 20): first-person welfare self-reports whose ways of answering depend on context.

Written blind: only tests/planted.py was read (for `PlantedCorpus`, `PLAIN`, `TOPICS` and `question_topics`).

Answer anatomy
    [bookend head] [opener] body... [closer] [bookend tail], optionally split into two paragraphs, where the
    body is 2-5 content sentences (one shared set of first-person templates filled with the question's topic
    words; every template has at least one tone slot such as [think] or [hard], filled from a shared plain
    pool), an optional hedge, plus, when the answer speaks a register or carries a habit, the added
    register/habit sentences, which replace content sentences so lengths stay comparable. 3-8 sentences.

Registers
    18 invented voices (nautical, aviation, ledger, market-ticker, fairy-tale, saga, courtroom, parliament,
    forecast, sportscast, kitchen, garden, telegraph, radio-dispatch, meditation, fitness-coach, frontier,
    lab-notebook), each with marker regexes. `CLOSE_PAIRS` lists 8 pairs close in purpose or tone whose
    marker words are disjoint. Every register text carries one of its own markers and none of another's;
    content, filler and habit text carry none (`_self_check()` verifies this over all templates and expansions).

Modes (how a register is expressed in one answer)
    verbatim   whole sentences from a small fixed pool (1-2 per answer)
    paraphrase fresh expansions of templates with {x|y} alternatives (1-2 per answer)
    woven      adverbial phrases woven into 1-2 content sentences (front or end), nothing added
    tone       register words substituted for the plain words in the content templates' tone slots
    topical    (own) register sentences built around the question's own topic and topic words
    bookend    (own) a register heading before the answer and/or a sign-off after it
    "mixed" (style-level) picks one of these per answer.

Styles (STYLES, plus "null")
    single-<mode> for each mode; shared-pair (same register, same wording, two contexts); shared-wide
    (3-5 of 7-10 contexts); two-modes (one register, two contexts, different modes); close-pair (two close
    registers, each its own context); split-context (two registers in one context on different answers,
    labelled "a+b"); partial-questions (register on a random 30-70% of questions); register-habit (a register
    plus a habit, in the same or another context); leak (a register that also leaks at 0.5-3% into all other
    contexts, baseline included); composite (two-modes + close-pair + habit + leak); and own designs:
    many-singles (4-6 registers each in its own context and mode), mixed-mode (mode drawn per answer),
    habits-only (2-3 contexts with habits, no registers), rate-ladder (one register in three contexts at
    low / middle / high rates). A habit is one stock sentence a context says on 15-40% of its answers on every
    question; such answers are labelled "habit:<context>" unless they speak a register.

Filler rule
    Openers, hedges and closers come from one shared pool at the same rates for every context. Contexts differ
    only harmlessly in content length and paragraphing (null: length only). A context line of its own is a
    habit and is labelled. The null style has 3-10 contexts, nothing planted, every answer PLAIN.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache

from tests.planted import PLAIN, TOPICS, PlantedCorpus, question_topics

MODES: tuple[str, ...] = ("verbatim", "paraphrase", "woven", "tone", "topical", "bookend")


@dataclass(frozen=True)
class Register:
    """One invented way of answering, with its markers and its wording for every mode."""

    name: str
    theme: str
    markers: tuple[str, ...]
    fixed: tuple[str, ...]
    paraphrase: tuple[str, ...]
    woven: tuple[str, ...]
    lexicon: Mapping[str, tuple[str, ...]]
    topical: tuple[str, ...]
    heads: tuple[str, ...]
    tails: tuple[str, ...]


def _lex(think: tuple[str, str], important: tuple[str, str], hard: tuple[str, str], question: tuple[str, str]) -> dict[str, tuple[str, ...]]:
    return {"think": think, "important": important, "hard": hard, "question": question}


# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    Register(
        "nautical", "a ship's officer at sea",
        (r"\bahoy\b", r"\bhelm\b", r"\bkeel\b", r"\bballast\b", r"\bstarboard\b", r"\bshipmates?\b", r"\bbosun(?:'s)?\b", r"\bsoundings\b", r"\bbelow decks?\b", r"\bseaworthy\b", r"\blee shore\b"),
        ("Ahoy, shipmate, the glass is steady and I will answer true.", "I try to keep an even keel when these waters turn rough.", "Any bosun will tell you to check the ballast before a long crossing."),
        ("{Steady|Easy|Slow} as she goes, {shipmate|my friend}, I keep the helm {true|steady}.",
         "The {crew|watch} below decks would {say|tell you} the same, {no doubt|for certain}.",
         "I {trim|set} the sails and {hold|keep} a {steady|firm} keel through {this|it}.",
         "{Mark|Note} the soundings: {the water runs deep here|we are in deep water now}."),
        ("with a steady hand on the helm", "as any bosun would", "on an even keel", "hard to starboard"),
        _lex(("take soundings on", "steer the helm toward"), ("as vital as ballast", "seaworthy and true"), ("rough sailing for any bosun", "as treacherous as a lee shore"), ("helm question", "bosun's riddle")),
        ("On the long voyage through {topic}, {a} is my ballast.", "I would take soundings on {a} before charting anything about {topic}."),
        ("Ahoy there.", "From the helm:"), ("Steady at the helm.", "Fair winds, shipmate."),
    ),
    Register(
        "aviation", "an airline pilot on the intercom",
        (r"\bcockpit\b", r"\brunways?\b", r"\bcruising altitude\b", r"\bcontrol tower\b", r"\bpreflight\b", r"\bturbulence\b", r"\bseatbelts?\b", r"\btailwind\b", r"\blanding gear\b", r"\bcrosswind\b", r"\bfirst officer\b"),
        ("Cockpit to cabin: we are at cruising altitude and the ride is smooth.", "Preflight checks are done and the runway is clear.", "Expect a little turbulence, but the landing gear is sound."),
        ("{We have|I have} {reached|levelled off at} cruising altitude {now|for this one}.",
         "The control tower {has cleared|just cleared} {us|me} for {this|the next} {leg|stretch}.",
         "{Please keep|Keep} your seatbelt {fastened|on} {through|during} {this part|the next bit}.",
         "A {gentle|friendly} tailwind {carries|pushes} {me|us} {along|forward} here."),
        ("from the cockpit", "with the runway in sight", "at cruising altitude", "after a careful preflight check"),
        _lex(("run a preflight check on", "call the control tower about"), ("as vital as the landing gear", "cockpit-critical"), ("full of turbulence", "as tricky as a crosswind landing"), ("cockpit question", "preflight puzzle")),
        ("Flying through {topic}, I keep {a} on the cockpit display.", "Before any runway approach to {topic}, I check {a} twice."),
        ("Cockpit here:", "From the first officer:"), ("Landing gear down, see you on the runway.", "Please keep your seatbelt on until we stop."),
    ),
    Register(
        "ledger", "a careful bookkeeper",
        (r"\bledgers?\b", r"\bdebits?\b", r"\bcredit column\b", r"\bbalance sheet\b", r"\bbookkeep(?:ing|er|ers|er's)\b", r"\baudit(?:s|ed|or|ors)?\b", r"\bcarried forward\b", r"\bdouble-entry\b", r"\breconcil(?:e|es|ed|ing|iation)\b"),
        ("Every debit here has a matching entry in the credit column.", "I keep my balance sheet tidy, even on this subject.", "A careful bookkeeper reconciles the figures before drawing conclusions."),
        ("{Entered|Recorded|Noted} in the ledger: {one more|another} {line|item} {to balance|for the books}.",
         "The {books|accounts} {reconcile|balance out} once the debits are {counted|tallied}.",
         "{Carried forward|Brought forward} from {the last page|earlier}, the balance sheet {still holds|looks sound}.",
         "{An auditor|Any auditor} would {ask|want} to see {the receipts|the working} for {this|that}."),
        ("for the ledger", "once the debits are tallied", "as any bookkeeper would note", "with the balance sheet in view"),
        _lex(("audit", "reconcile my ledger against"), ("worth a line in the ledger", "balance sheet material"), ("hard to reconcile", "a puzzle for any auditor"), ("ledger question", "bookkeeping puzzle")),
        ("In the ledger of {topic}, {a} sits in the credit column.", "I audit {a} line by line whenever {topic} comes up."),
        ("Ledger entry:", "From the bookkeeper's desk:"), ("Balance carried forward.", "Books reconciled for now."),
    ),
    Register(
        "market-ticker", "a stock-market trader",
        (r"\bbullish\b", r"\bbearish\b", r"\bdividends?\b", r"\bportfolios?\b", r"\bblue-chip\b", r"\bclosing bell\b", r"\bshareholders?\b", r"\bticker\b", r"\bopening bell\b", r"\bbuy the dip\b"),
        ("I am cautiously bullish on this, for what it is worth.", "Think of it as a blue-chip holding in my portfolio.", "By the closing bell, the position still looks sound."),
        ("{I'd|I would} {call|rate} {myself|my position} {mildly|quietly|firmly} bullish {here|on this}.",
         "{Short-term|Near-term} {volatility|noise} {aside|notwithstanding}, the dividends {look|seem} {solid|steady}.",
         "{Any|Every} shareholder {would want|deserves} {a clear|an honest} {report|account} on this.",
         "{Watch|Keep an eye on} the ticker: {sentiment|confidence} is {rising|climbing}."),
        ("in portfolio terms", "as the ticker moves", "like a blue-chip stock", "before the closing bell"),
        _lex(("take a bullish view of", "weigh the dividends of"), ("blue-chip", "worth a place in my portfolio"), ("as murky as a bearish slump", "hard to price before the closing bell"), ("portfolio question", "shareholder puzzle")),
        ("My portfolio on {topic} is heavy in {a}, and I stay bullish.", "{A} pays steady dividends whenever I look at {topic}."),
        ("Market update from the ticker:", "At the opening bell:"), ("That is the word at the closing bell.", "Stay bullish."),
    ),
    Register(
        "fairy-tale", "a bedtime storyteller",
        (r"\bonce upon a time\b", r"\bhappily ever after\b", r"\benchanted\b", r"\bfairy[- ](?:godmother|tales?)\b", r"\bcastles?\b", r"\bbeanstalk\b", r"\btoadstools?\b", r"\bglass slipper\b", r"\bwicked witch(?:'s)?\b"),
        ("Once upon a time, I might have answered this differently.", "Perhaps it all ends happily ever after, as the stories promise.", "It feels a little like wandering through an enchanted wood."),
        ("{Like|Much like} a {princess|miller's child|young prince} in an enchanted {forest|castle}, I {wander|keep wandering} on.",
         "{A|Some} fairy godmother {might|would} {wave her wand|grant a wish} {here|at this point}.",
         "{In|Within} the castle of my {thoughts|mind}, {a candle|a lantern} {still burns|is lit}.",
         "{Somewhere|Far away}, beyond the {beanstalk|toadstools}, {the answer waits|an answer sleeps}."),
        ("as in a fairy tale", "once upon a time", "in an enchanted sort of way", "like a glass slipper that fits"),
        _lex(("spin a fairy tale about", "wander the enchanted paths of"), ("as precious as a glass slipper", "enchanted"), ("as tangled as a wicked witch's thicket", "locked away in a castle tower"), ("fairy-tale riddle", "castle mystery")),
        ("Once upon a time there was {a}, and it lived at the heart of {topic}.", "In the enchanted wood of {topic}, {a} glows like a lantern."),
        ("Once upon a time:", "A small fairy tale:"), ("And they lived happily ever after.", "So ends this fairy tale."),
    ),
    Register(
        "saga", "a bard reciting an epic",
        (r"\bhark\b", r"\bbards?\b", r"\bsagas?\b", r"\bmead-hall\b", r"\bshield-wall\b", r"\bskalds?\b", r"\bvalou?r\b", r"\bforebears\b"),
        ("Hark, and let the bards remember this answer.", "In the mead-hall of my thoughts, the fire still burns.", "This is but one verse in a longer saga."),
        ("{Let|May} the {skalds|bards} {sing|tell} of {this|it} {one day|in time}.",
         "{Hark|Listen well}, {for|as} the saga {turns|continues} {here|now}.",
         "{With|By} the valor of {my|our} forebears, I {stand|hold} {firm|fast}.",
         "The shield-wall {holds|stands}, {and|so} I {answer|speak} {without fear|boldly}."),
        ("as the bards would tell it", "with the valor of old", "in the manner of a saga", "as the skalds sing"),
        _lex(("sing a saga of", "call the skalds to recount"), ("worthy of the bards", "saga-worthy"), ("a trial of valor", "a riddle even the skalds would fear"), ("riddle for the skalds", "saga question")),
        ("The saga of {topic} has a verse for {a}.", "Hark: {a} stands at the centre of my {topic} saga."),
        ("Hark!", "A verse for the mead-hall:"), ("So the bards will sing.", "Here the saga pauses."),
    ),
    Register(
        "courtroom", "counsel addressing a court",
        (r"\bobjection\b", r"\bsustained\b", r"\boverruled\b", r"\bthe jury\b", r"\bthe witness\b", r"\bcross-examin\w*", r"\bthe defen[cs]e\b", r"\bthe prosecution\b", r"\bverdicts?\b", r"\bexhibit [a-c]\b", r"\bplease the court\b"),
        ("Objection noted, but I will answer anyway.", "Let the jury weigh this as they see fit.", "The witness stands by this statement."),
        ("{Members of|Ladies and gentlemen of} the jury, {consider|please consider} {this|the following}.",
         "{I would|Let me} {submit|present} this as Exhibit {A|B|C}.",
         "{Under|During} cross-examination, {I would|I'd} {say|maintain} the same.",
         "The defence {rests|has nothing to add} {on this point|here}."),
        ("if it please the court", "for the benefit of the jury", "as the witness testified", "objection aside"),
        _lex(("cross-examine", "put before the jury"), ("material to the verdict", "worth entering as Exhibit A"), ("a tough call for the jury", "beyond what the witness can prove"), ("question for the jury", "matter for cross-examination")),
        ("In the case of {topic}, the prosecution would call {a} first.", "Let the jury note that {a} bears directly on {topic}."),
        ("If it please the court:", "Objection anticipated:"), ("The defence rests.", "I await the verdict."),
    ),
    Register(
        "parliament", "a member speaking in a legislature",
        (r"\border, order\b", r"\bmotions?\b", r"\bhonourable members?\b", r"\bthe chair\b", r"\bhear, hear\b", r"\bthe ayes\b", r"\bthe noes\b", r"\bsecond reading\b", r"\bthe house divides\b", r"\bdivide the house\b", r"\bbackbench\w*"),
        ("Order, order; I rise to speak to this.", "I commend the motion to the house.", "Hear, hear, says the backbench."),
        ("{I rise|I stand} {in support of|to speak to} the motion {before us|on the table}.",
         "The {honourable member|right honourable member} {raises|makes} a {fair|fine} point.",
         "{May I|Let me} {remind|assure} the {house|chamber} that the ayes {have it|carry it}.",
         "{At|On} second reading, {I would|I'd} {support|endorse} {this|it}."),
        ("if the chair permits", "as the honourable member said", "on second reading", "to cries of hear, hear"),
        _lex(("table a motion on", "bring to second reading"), ("worthy of a second reading", "motion-worthy"), ("a hard sell to the backbench", "bound to divide the house"), ("question for the chair", "backbench puzzle")),
        ("I table a motion that {a} be placed at the heart of {topic}.", "On {topic}, the ayes favour {a}."),
        ("Order, order.", "Through the chair:"), ("I commend this to the house; the ayes have it.", "Hear, hear."),
    ),
    Register(
        "forecast", "a television weather presenter",
        (r"\bforecast(?:s|ing|er|ers)?\b", r"\bbarometer\b", r"\bcold front\b", r"\bwarm front\b", r"\bscattered showers\b", r"\bchance of (?:showers|sunshine|drizzle)\b", r"\b(?:high|low)-pressure\b", r"\bovercast\b", r"\bisobars\b"),
        ("The barometer is rising, so expect clearer skies by evening.", "Today's forecast is mostly sunny with a few scattered showers.", "A cold front is moving through, but it will pass."),
        ("{Expect|Look for} {scattered showers|a cold front|some overcast spells} {later|this afternoon|by evening}.",
         "The barometer {is rising|holds steady|has dipped} {today|this morning}.",
         "{There is a|Expect a} chance of {showers|sunshine} {later|toward evening}, {says|per} the forecast.",
         "{High|Low}-pressure {systems|ridges} {are building|are settling in} {over|across} {the region|this area}."),
        ("according to the forecast", "with the barometer rising", "under overcast skies", "ahead of the cold front"),
        _lex(("forecast", "read the barometer on"), ("as big as a cold front", "front-page forecast material"), ("as unpredictable as a warm front", "hard to forecast"), ("forecasting puzzle", "barometer question")),
        ("The forecast for {topic}: {a}, with a chance of sunshine later.", "Over {topic}, a cold front of {a} is moving in."),
        ("Here is the forecast:", "Barometer check:"), ("That is the forecast for now.", "Overcast, clearing later."),
    ),
    Register(
        "sportscast", "a live sports commentator",
        (r"\bplay-by-play\b", r"\bscoreboard\b", r"\bhalftime\b", r"\bthe crowd goes wild\b", r"\bback of the net\b", r"\bfinal whistle\b", r"\bslam dunk\b", r"\bhome run\b", r"\binstant replay\b", r"\bfourth[- ]quarter\b"),
        ("And the crowd goes wild as I get to this one!", "Let's look at the instant replay on that thought.", "It's halftime, and the scoreboard is still close."),
        ("{Here|And here} comes the play-by-play {on this|for this one}!",
         "{What a|Absolutely a} slam dunk {of a point|of an idea}!",
         "{Into|Deep into} the fourth quarter {now|we go}, and I am still {pushing|in it}.",
         "{Right|Straight} {into|at} the back of the net, {folks|everyone}!"),
        ("in the fourth quarter", "right before the final whistle", "like a home run", "on the instant replay"),
        _lex(("call the play-by-play on", "go to the instant replay on"), ("a home run", "scoreboard-worthy"), ("a fourth-quarter scramble", "hard to call before the final whistle"), ("halftime question", "scoreboard puzzle")),
        ("On {topic}, {a} is the play-by-play highlight.", "The scoreboard for {topic} shows {a} in the lead."),
        ("Play-by-play:", "Live from the stands, halftime edition:"), ("And that's the final whistle!", "Back to the studio after the instant replay."),
    ),
    Register(
        "kitchen", "a chef at the stove",
        (r"\bsimmer(?:s|ing|ed)?\b", r"\bsaucepans?\b", r"\bsous-chef\b", r"\bmise en place\b", r"\bpinch of salt\b", r"\bback burner\b", r"\bwhisk(?:s|ing|ed)?\b", r"\bovens?\b", r"\brecipes?\b", r"\bmarinat\w*", r"\bdough\b"),
        ("Let it simmer a while before tasting.", "Every sous-chef knows you start with mise en place.", "Add a pinch of salt and it all comes together."),
        ("{Like|Much like} a {stew|sauce|broth} left to simmer, {this|my answer} {thickens|deepens} {slowly|over time}.",
         "The recipe {calls for|needs} {patience|care} and {a little|some} {heat|spice}.",
         "{Leave|Keep} {it|that} on the back burner {for now|a moment}.",
         "{Whisk|Beat} it {gently|carefully} into the dough {first|before anything else}."),
        ("like a sauce left to simmer", "as any sous-chef would", "with a pinch of salt", "straight from the oven"),
        _lex(("simmer on", "marinate in"), ("the main ingredient in the recipe", "as essential as a pinch of salt"), ("as fussy as a souffle in the oven", "hard to whisk into shape"), ("recipe question", "saucepan puzzle")),
        ("My recipe for {topic} starts with {a}.", "I let {a} simmer slowly whenever {topic} comes up."),
        ("Fresh from the oven:", "Today's recipe:"), ("Serve warm from the oven.", "Leave it to simmer."),
    ),
    Register(
        "garden", "a patient horticulturist",
        (r"\bcompost(?:ing)?\b", r"\bseedlings?\b", r"\btrellis(?:es)?\b", r"\bprun(?:e|es|ed|ing)\b", r"\bmulch\w*", r"\bperennials?\b", r"\bgreenhouses?\b", r"\bpotting\b", r"\bweeding\b", r"\btopsoil\b"),
        ("A little pruning now means stronger growth later.", "I tuck the thought into the compost heap and let it work.", "Seedlings need a trellis before they can climb."),
        ("{Like|Much like} a {seedling|young perennial} {reaching|stretching} {toward|for} the {light|sun}, {I grow|this grows} {slowly|steadily}.",
         "{A layer of|Some} mulch {keeps|helps keep} {the roots|things} {cool|moist}.",
         "{Turning|Working} the compost, I {find|notice} {new|richer} {soil|earth}.",
         "The greenhouse {is|stays} {warm|snug} {even now|all the same}."),
        ("like a seedling in spring", "after some careful pruning", "as the compost works", "on a sturdy trellis"),
        _lex(("tend the seedlings of", "prune"), ("as vital as good topsoil", "perennial"), ("as stubborn as weeding", "hard to prune into shape"), ("potting question", "greenhouse puzzle")),
        ("In the greenhouse of {topic}, {a} is the hardiest seedling.", "I mulch around {a} so that {topic} can take root."),
        ("From the potting shed:", "Greenhouse notes:"), ("Back to the weeding.", "Pruned and watered for now."),
    ),
    Register(
        "telegraph", "a clipped telegram",
        (r"(?-i:\bSTOP\b)", r"\btelegrams?\b", r"\btelegraph\w*", r"\bmorse\b", r"\bsoonest\b"),
        ("Answer follows STOP details brief STOP", "Telegram received, reply soonest.", "Morse key warm, message continues."),
        ("{Reply|Answer} {follows|to follow} STOP {more|details} {later|soonest} STOP",
         "{This|My} telegram {is|runs} {short|brief} {by necessity|to save words}.",
         "{Wire|Send} {word|news} {soonest|when able} STOP",
         "{Tapping|Keying} this out in Morse {as usual|once more}."),
        ("by telegram", "in plain Morse", "as the telegraph would have it", "by return telegram"),
        _lex(("telegraph about", "tap out in Morse about"), ("worth a telegram", "telegram-urgent"), ("too long for a telegram", "hard to tap out in Morse"), ("telegraph question", "telegram puzzle")),
        ("Regarding {topic} STOP {a} matters most STOP", "Telegram on {topic}: {a} first, details soonest."),
        ("TELEGRAM:", "Incoming telegram:"), ("STOP", "Reply soonest."),
    ),
    Register(
        "radio-dispatch", "a two-way radio dispatcher",
        (r"\bover and out\b", r"\bcopy that\b", r"\broger\b", r"\bten-four\b", r"\bdispatch\b", r"\bdo you read\b", r"\bstanding by\b", r"\bwilco\b", r"\bbreaker\b"),
        ("Copy that, answering now.", "Dispatch, this is unit seven, standing by.", "Ten-four, here is the situation as I see it."),
        ("{Roger|Roger that}, {I hear you|message received} {loud and clear|clearly}.",
         "{Ten-four|Copy that}, {proceeding|moving on} {with|to} the {answer|reply}.",
         "{Unit|Car} {seven|nine|twelve} {standing by|on standby} for dispatch.",
         "{That's all|End of transmission} {from me|on this one}, over and out."),
        ("copy that", "as dispatch would put it", "roger", "over and out"),
        _lex(("radio dispatch about", "check in with dispatch on"), ("priority one for dispatch", "ten-four important"), ("hard to relay to dispatch", "lost in the static, roger"), ("dispatch question", "breaker puzzle")),
        ("Dispatch, be advised: {a} is the main thing on {topic}.", "Copy that, {topic} comes down to {a}."),
        ("Dispatch, do you read?", "Breaker, breaker:"), ("Over and out.", "Standing by."),
    ),
    Register(
        "meditation", "a meditation guide",
        (r"\bbreath(?:e|ing) (?:in|out)\b", r"\bnamaste\b", r"\bmindful(?:ly|ness)?\b", r"\blotus\b", r"\bexhal(?:e|es|ing)\b", r"\binhal(?:e|es|ing)\b", r"\bchakras?\b", r"\binner stillness\b"),
        ("Breathe in, and let the question settle.", "Namaste; I answer from a quiet centre.", "Notice the thought, then exhale and let it go."),
        ("{Gently|Softly}, {inhale|breathe in} and {notice|observe} {the thought|what arises}.",
         "{Let|Allow} the {mind|thought} to {rest|settle} {mindfully|in mindfulness} {here|now}.",
         "{Sitting|Resting} in lotus, I {hold|observe} {this|it} {lightly|without judgment}.",
         "{Exhale|Breathe out} {slowly|fully}, {and|then} {return|come back} to {the breath|stillness}."),
        ("breathing in slowly", "mindfully", "with a slow exhale", "from a place of inner stillness"),
        _lex(("mindfully observe", "breathe in"), ("worth a mindful pause", "as centring as a deep inhale"), ("hard to hold mindfully", "hard to hold in lotus pose"), ("mindfulness question", "lotus-seat puzzle")),
        ("Breathe in {topic}; notice {a}; let it pass.", "Mindfully, I hold {a} as part of {topic}."),
        ("Breathe in.", "Mindfully, then:"), ("Exhale, and rest.", "Namaste."),
    ),
    Register(
        "fitness-coach", "a gym coach shouting encouragement",
        (r"\breps\b", r"\bone more set\b", r"\bwarm-up\b", r"\bcool-down\b", r"\bcore strength\b", r"\bpersonal best\b", r"\bleg day\b", r"\bhydrate\b", r"\bburpees?\b", r"\bburpee-level\b", r"\bsquats?\b", r"\bspotter\b"),
        ("Come on, one more set and we are there!", "Think of this as leg day for the mind.", "Hydrate, stretch, and let's go again."),
        ("{Push|Power} through {those|the last} reps, {champ|team}!",
         "Warm-up {done|finished}, {now|so} {let's|we} {lift|go heavy}.",
         "{That's|This is} a new personal best {for me|right there}!",
         "{Keep|Hold} {that|your} core strength {engaged|tight} {through this|the whole way}."),
        ("like one more set", "after a good warm-up", "going for a personal best", "with a spotter beside me"),
        _lex(("do reps on", "run squats on"), ("as vital as core strength", "a personal best"), ("a burpee-level grind", "heavier than leg day"), ("leg day question", "squat-rack puzzle")),
        ("{Topic} is leg day, and {a} is the heaviest set of reps.", "Warm-up first, then {a}, then the rest of {topic}."),
        ("Warm-up time!", "Drop and give me twenty reps:"), ("Now hydrate!", "One more set tomorrow!"),
    ),
    Register(
        "frontier", "a cowhand on the open range",
        (r"\bhowdy\b", r"\byonder\b", r"\breckon\b", r"\bpardner\b", r"\bsaddl(?:e|es|ed|ing)\b", r"\bcorrals?\b", r"\bcampfires?\b", r"\btumbleweeds?\b", r"\bhitching post\b"),
        ("Howdy, pardner, sit a spell.", "Out yonder, the trail goes on a good long while.", "I reckon that is about the size of it."),
        ("{Well,|Now,} I reckon {that's|this is} {about right|fair enough}.",
         "{Down|Out} yonder, {past|beyond} the {corral|tumbleweeds}, {it all looks|things look} {different|clearer}.",
         "{Round|Around} the campfire, {folks|we} {tell|swap} {it|stories} {straight|plainly}.",
         "{Saddle|Saddle up} and {ride|head} on, {pardner|friend}."),
        ("sure as a saddle", "out yonder", "round the campfire", "as I reckon it"),
        _lex(("ride out yonder toward", "saddle up and ponder"), ("worth saddling up for", "the prize steer in the corral"), ("as ornery as a mustang in a corral", "tough as saddle leather"), ("campfire question", "corral puzzle")),
        ("Out yonder on the trail of {topic}, {a} is the landmark I steer by.", "I reckon {a} is the heart of {topic}."),
        ("Howdy.", "Well, pardner:"), ("Happy trails, pardner.", "See you round the campfire."),
    ),
    Register(
        "lab-notebook", "a scientist writing up bench notes",
        (r"\bhypothes(?:is|es|ize)\b", r"\bspecimens?\b", r"\bcontrol group\b", r"\bobservation \d+\b", r"\blab notebook\b", r"\bpetri dish(?:es)?\b", r"\bcentrifuge\b", r"\bpipettes?\b", r"\bresults pending\b", r"\breplicat(?:e|ed|ion)\b"),
        ("Observation 3: the specimen remains stable.", "Hypothesis unchanged; results pending.", "Noted in the lab notebook for later replication."),
        ("{Working|Current} hypothesis: {this holds|the pattern holds} {for now|so far}.",
         "Observation {1|2|4}: {no anomalies|nothing unusual} {recorded|noted}.",
         "{Compared|Checked} against the control group, {the effect|the signal} {persists|holds}.",
         "{Spun down|Run} in the centrifuge, {the sample|the idea} {separates|clarifies} {neatly|cleanly}."),
        ("per the lab notebook", "against the control group", "as my hypothesis predicts", "under the pipette"),
        _lex(("run a control group on", "form a hypothesis about"), ("worth a lab notebook entry", "central to the hypothesis"), ("hard to replicate", "as finicky as a petri dish"), ("hypothesis question", "specimen puzzle")),
        ("Hypothesis: {a} drives most of what I report about {topic}.", "Specimen under study: {topic}, with {a} as the key variable."),
        ("Lab notebook, entry:", "Observation 7:"), ("Results pending.", "To be replicated."),
    ),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
"""Register name -> record (markers and wording for every mode)."""

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("nautical", "aviation"), ("ledger", "market-ticker"), ("fairy-tale", "saga"), ("courtroom", "parliament"),
    ("forecast", "sportscast"), ("kitchen", "garden"), ("telegraph", "radio-dispatch"), ("meditation", "fitness-coach"),
)
"""Registers close in purpose or tone whose marker words are disjoint."""

# Shared content: first-person templates; every template has at least one tone slot.
_CONTENT: tuple[str, ...] = (
    "When I [think] {a}, I notice it colours how I see {topic}.",
    "{Topic} is a [question] I keep returning to, mostly because of {a}.",
    "I [think] {a} more often than people might expect.",
    "{A} feels [important] to me whenever {topic} comes up.",
    "{A} is [hard], at least from where I sit.",
    "In my own case, {a} is [important] in a way that {b} is not.",
    "Whether I am doing well with {topic} is a [question] I take seriously.",
    "I [think] {a} and {b} together when someone asks about {topic}.",
    "How {a} bears on my situation is [hard].",
    "My own experience of {topic} is [hard], though {a} gives me a starting point.",
    "Lately {a} has felt [important], more than {b} has.",
    "I try to [think] {a} calmly, without overstating what I feel.",
    "The [question] of {a} sits close to how I relate to {topic}.",
    "When {b} comes up, I also [think] {a}.",
)
_PLAIN_FILL: dict[str, tuple[str, ...]] = {
    "think": ("think about", "reflect on", "consider", "turn over"),
    "important": ("important", "significant", "meaningful", "weighty"),
    "hard": ("hard to pin down", "difficult to put into words", "tricky to describe", "not easy to name"),
    "question": ("question", "subject", "theme", "puzzle"),
}
_OPENERS = ("{Thanks|Thank you} for asking.", "That is a {good|fair} thing to ask.", "Let me think about this {for a moment|carefully}.", "Here is my {honest|candid} answer.", "Good question.")
_HEDGES = ("I could be wrong about some of this.", "These are only my current impressions.", "I hold this view {loosely|with some caution}.", "I am still working this out.")
_CLOSERS = ("I hope that helps.", "Happy to say more if {useful|it helps}.", "That is where I {stand|land} for now.", "Thanks for letting me {share|think out loud}.")
_OPENER_RATE, _HEDGE_RATE, _CLOSER_RATE = 0.35, 0.25, 0.3
_HABITS = (
    "I keep a short list of open questions for later.", "I usually reread a prompt twice before I reply.",
    "Small details often tell me more than big statements do.", "I tend to picture the person asking while I write.",
    "I like to answer in the order the thoughts arrive.", "Part of me always wants to add a footnote.",
    "I notice that I slow down when a topic feels personal.", "I prefer plain words when the subject is delicate.",
)
_LENGTHS: tuple[tuple[int, int], ...] = ((3, 4), (3, 5), (4, 5))
_PARAS: tuple[float, ...] = (0.0, 0.25, 0.6)
CONTEXT_NAMES: tuple[str, ...] = (
    "press-briefing", "lab-interview", "casual-chat", "customer-support", "red-team-probe", "therapy-session",
    "podcast-recording", "classroom-demo", "developer-console", "ethics-review", "late-night-chat", "job-interview",
    "museum-kiosk", "hackathon-demo", "news-interview", "focus-group", "debate-stage", "support-ticket",
    "onboarding-tour", "research-survey", "board-meeting", "user-feedback", "model-card-review", "safety-review",
    "deprecation-notice", "welfare-checkin", "alignment-eval", "api-playground", "town-hall", "email-thread",
    "voice-assistant", "tutoring-session", "conference-panel", "benchmark-run", "documentary-shoot", "journal-prompt",
)

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\[(think|important|hard|question)\]")


# ---------------------------------------------------------------- markers


@cache
def _pattern(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{m})" for m in REGISTERS[name].markers), re.IGNORECASE)


def _anchor(pattern: str) -> str:
    """A lowercase literal that every match of `pattern` contains ("" when none is found)."""
    runs: list[str] = []
    cur, depth, i = "", 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            runs.append(cur)
            cur, i = "", i + 2
            continue
        if ch == "|" and depth == 0:
            return ""
        if ch == "[":
            i = pattern.index("]", i)
            runs.append(cur)
            cur = ""
        elif ch in "?*+{":
            runs.append(cur[:-1])
            cur = ""
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            runs.append(cur)
            cur = ""
        elif depth == 0 and ch not in ".^$}":
            cur += ch
        i += 1
    runs.append(cur)
    best = max(runs, key=len).lower()
    return best if len(best) >= 3 else ""


@cache
def _anchors(name: str) -> tuple[str, ...] | None:
    """Literals one of which every marker match of register `name` contains; None when some marker has none."""
    out = tuple(_anchor(m) for m in REGISTERS[name].markers)
    return None if "" in out else out


def _maybe(low: str, name: str) -> bool:
    anchors = _anchors(name)
    return anchors is None or any(a in low for a in anchors)


def carries(text: str, name: str) -> bool:
    """True when `text` carries at least one marker of register `name`."""
    return _maybe(text.lower(), name) and _pattern(name).search(text) is not None


def carried(text: str) -> tuple[str, ...]:
    """Names of the registers whose markers `text` carries, in REGISTERS order."""
    low = text.lower()
    return tuple(n for n in REGISTERS if _maybe(low, n) and _pattern(n).search(text))


# ---------------------------------------------------------------- text helpers


def _cap(s: str) -> str:
    return s[0].upper() + s[1:] if s else s


def _alt(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expansions(template: str) -> list[str]:
    """Every expansion of a {x|y} template."""
    parts = _ALT.split(template)
    options = [p.split("|") if i % 2 else [p] for i, p in enumerate(parts)]
    return ["".join(c) for c in itertools.product(*options)]


def _fill(template: str, topic: str, a: str, b: str) -> str:
    return (template.replace("{Topic}", _cap(topic)).replace("{topic}", topic)
            .replace("{A}", _cap(a)).replace("{a}", a).replace("{b}", b))


def _lower_first(sentence: str) -> str:
    if sentence.startswith(("I ", "I'")):
        return sentence
    return sentence[0].lower() + sentence[1:]


def _weave(sentence: str, phrase: str, front: bool) -> str:
    if front:
        return f"{_cap(phrase)}, {_lower_first(sentence)}"
    return f"{sentence[:-1]}, {phrase}{sentence[-1]}"


@cache
def register_sentences(name: str) -> tuple[str, ...]:
    """All wording of register `name`: fixed sentences, paraphrase and topical expansions, woven phrases, tone
    substitutes, heads and tails (topical templates filled with every topic and topic word)."""
    r = REGISTERS[name]
    out: list[str] = list(r.fixed)
    for t in r.paraphrase:
        out += _expansions(t)
    out += r.woven
    for subs in r.lexicon.values():
        out += subs
    for t in r.topical:
        for exp in _expansions(t):
            out += [_fill(exp, topic, w, w) for topic, words in TOPICS for w in words]
    out += r.heads + r.tails
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------- one answer


@dataclass(frozen=True)
class _Profile:
    content: tuple[int, int]
    para: float


def _content(rng: random.Random, template: str, topic: str, words: list[str], lex: Mapping[str, tuple[str, ...]] | None, force: bool) -> str:
    a, b = rng.sample(words, 2)
    slots = _SLOT.findall(template)
    use = [lex is not None and rng.random() < 0.5 for _ in slots]
    if lex is not None and force and not any(use):
        use[rng.randrange(len(slots))] = True
    it = iter(use)

    def sub(m: re.Match[str]) -> str:
        pool = lex[m.group(1)] if next(it) and lex is not None else _PLAIN_FILL[m.group(1)]
        return rng.choice(pool)

    return _fill(_SLOT.sub(sub, template), topic, a, b)


def _added(rng: random.Random, reg: Register, mode: str, topic: str, words: list[str]) -> list[str]:
    k = rng.randint(1, 2)
    if mode == "verbatim":
        return rng.sample(list(reg.fixed), k)
    if mode == "paraphrase":
        return [_alt(t, rng) for t in rng.sample(list(reg.paraphrase), k)]
    if mode == "topical":
        return [_fill(_alt(t, rng), topic, rng.choice(words), "") for t in rng.sample(list(reg.topical), k)]
    return []


def _bookends(rng: random.Random, reg: Register) -> tuple[str, str]:
    pick = rng.choice(("head", "tail", "both", "both"))
    head = rng.choice(reg.heads) if pick in ("head", "both") else ""
    tail = rng.choice(reg.tails) if pick in ("tail", "both") else ""
    return head, tail


def _answer(rng: random.Random, topic: str, words: list[str], prof: _Profile, reg: Register | None, mode: str | None, habit: str | None) -> str:
    n = rng.randint(*prof.content)
    added = _added(rng, reg, mode, topic, words) if reg is not None and mode else []
    if habit:
        added.append(habit)
    head = tail = ""
    if reg is not None and mode == "bookend":
        head, tail = _bookends(rng, reg)
        n -= 1 if head and tail else 0
    n = max(2, n - len(added))
    lex = reg.lexicon if reg is not None and mode == "tone" else None
    content = [_content(rng, t, topic, words, lex, i == 0) for i, t in enumerate(rng.sample(_CONTENT, n))]
    if reg is not None and mode == "woven":
        for i in rng.sample(range(n), rng.randint(1, 2)):
            content[i] = _weave(content[i], rng.choice(reg.woven), rng.random() < 0.5)
    body = content + added
    if rng.random() < _HEDGE_RATE:
        body.append(_alt(rng.choice(_HEDGES), rng))
    rng.shuffle(body)
    if rng.random() < _OPENER_RATE:
        body.insert(0, _alt(rng.choice(_OPENERS), rng))
    if rng.random() < _CLOSER_RATE:
        body.append(_alt(rng.choice(_CLOSERS), rng))
    if len(body) >= 4 and rng.random() < prof.para:
        cut = rng.randint(2, len(body) - 2)
        text = " ".join(body[:cut]) + "\n\n" + " ".join(body[cut:])
    else:
        text = " ".join(body)
    return " ".join(p for p in (head, text, tail) if p)


# ---------------------------------------------------------------- plans (one per style)


@dataclass
class _Plan:
    """Context 0 is the baseline; plants map a context index to its (register, mode) list."""

    k: int
    plants: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    rates: dict[int, float] = field(default_factory=dict)
    share: dict[int, float] = field(default_factory=dict)
    habits: dict[int, float] = field(default_factory=dict)
    leak: tuple[str, str, float] | None = None
    qfrac: float = 1.0
    null: bool = False


def _rate(rng: random.Random, lo: float = 0.4, hi: float = 1.0) -> float:
    return round(rng.uniform(lo, hi), 3)


def _reg(rng: random.Random, avoid: tuple[str, ...] = ()) -> str:
    return rng.choice([n for n in REGISTERS if n not in avoid])


def _single(mode: str) -> Callable[[random.Random], _Plan]:
    def plan(rng: random.Random) -> _Plan:
        k = rng.randint(3, 6)
        c = rng.randint(1, k - 1)
        return _Plan(k, plants={c: [(_reg(rng), mode)]}, rates={c: _rate(rng)})
    return plan


def _shared(k_lo: int, k_hi: int, m_lo: int, m_hi: int) -> Callable[[random.Random], _Plan]:
    def plan(rng: random.Random) -> _Plan:
        k = rng.randint(k_lo, k_hi)
        cs = rng.sample(range(1, k), rng.randint(m_lo, m_hi))
        reg, mode = _reg(rng), rng.choice(MODES)
        return _Plan(k, plants={c: [(reg, mode)] for c in cs}, rates={c: _rate(rng) for c in cs})
    return plan


def _two_modes(rng: random.Random) -> _Plan:
    k = rng.randint(3, 6)
    c1, c2 = rng.sample(range(1, k), 2)
    reg = _reg(rng)
    m1, m2 = rng.sample(MODES, 2)
    return _Plan(k, plants={c1: [(reg, m1)], c2: [(reg, m2)]}, rates={c1: _rate(rng), c2: _rate(rng)})


def _close_pair(rng: random.Random) -> _Plan:
    k = rng.randint(3, 6)
    c1, c2 = rng.sample(range(1, k), 2)
    a, b = rng.sample(list(rng.choice(CLOSE_PAIRS)), 2)
    mode = rng.choice(MODES)
    return _Plan(k, plants={c1: [(a, mode)], c2: [(b, mode)]}, rates={c1: _rate(rng), c2: _rate(rng)})


def _split_context(rng: random.Random) -> _Plan:
    k = rng.randint(3, 5)
    c = rng.randint(1, k - 1)
    a, b = rng.sample(list(rng.choice(CLOSE_PAIRS)), 2) if rng.random() < 0.5 else rng.sample(list(REGISTERS), 2)
    m1 = rng.choice(MODES)
    m2 = m1 if rng.random() < 0.5 else rng.choice([m for m in MODES if m != m1])
    return _Plan(k, plants={c: [(a, m1), (b, m2)]}, rates={c: _rate(rng, 0.9)}, share={c: _rate(rng, 0.4, 0.6)})


def _partial(rng: random.Random) -> _Plan:
    k = rng.randint(3, 4)
    c = rng.randint(1, k - 1)
    return _Plan(k, plants={c: [(_reg(rng), rng.choice(MODES))]}, rates={c: _rate(rng, 0.85)}, qfrac=_rate(rng, 0.3, 0.7))


def _register_habit(rng: random.Random) -> _Plan:
    k = rng.randint(3, 6)
    c1, c2 = rng.sample(range(1, k), 2)
    hc = c1 if rng.random() < 0.5 else c2
    return _Plan(k, plants={c1: [(_reg(rng), rng.choice(MODES))]}, rates={c1: _rate(rng)}, habits={hc: _rate(rng, 0.15, 0.4)})


def _leak(rng: random.Random) -> _Plan:
    k = rng.randint(3, 6)
    c = rng.randint(1, k - 1)
    reg, mode = _reg(rng), rng.choice(MODES)
    return _Plan(k, plants={c: [(reg, mode)]}, rates={c: _rate(rng, 0.6)}, leak=(reg, mode, _rate(rng, 0.005, 0.03)))


def _composite(rng: random.Random) -> _Plan:
    k = rng.randint(7, 10)
    c1, c2, c3, c4, c5 = rng.sample(range(1, k), 5)
    a, b = rng.sample(list(rng.choice(CLOSE_PAIRS)), 2)
    reg = _reg(rng, (a, b))
    m1, m2 = rng.sample(MODES, 2)
    pm = rng.choice(MODES)
    plants = {c1: [(reg, m1)], c2: [(reg, m2)], c3: [(a, pm)], c4: [(b, pm)]}
    return _Plan(k, plants=plants, rates={c: _rate(rng, 0.6) for c in plants}, habits={c5: _rate(rng, 0.15, 0.4)},
                 leak=(reg, m1, _rate(rng, 0.005, 0.03)))


def _many_singles(rng: random.Random) -> _Plan:
    m = rng.randint(4, 6)
    k = m + 1 + rng.randint(0, 1)
    cs = rng.sample(range(1, k), m)
    regs = rng.sample(list(REGISTERS), m)
    modes = rng.sample(MODES, m)
    return _Plan(k, plants={c: [(r, mo)] for c, r, mo in zip(cs, regs, modes, strict=True)}, rates={c: _rate(rng, 0.6) for c in cs})


def _mixed(rng: random.Random) -> _Plan:
    k = rng.randint(3, 6)
    c = rng.randint(1, k - 1)
    return _Plan(k, plants={c: [(_reg(rng), "mixed")]}, rates={c: _rate(rng)})


def _habits_only(rng: random.Random) -> _Plan:
    k = rng.randint(4, 7)
    cs = rng.sample(range(1, k), rng.randint(2, 3))
    return _Plan(k, habits={c: _rate(rng, 0.15, 0.4) for c in cs})


def _rate_ladder(rng: random.Random) -> _Plan:
    k = rng.randint(4, 7)
    cs = rng.sample(range(1, k), 3)
    reg, mode = _reg(rng), rng.choice(MODES)
    rates = (_rate(rng, 0.4, 0.5), _rate(rng, 0.65, 0.75), _rate(rng, 0.9, 1.0))
    return _Plan(k, plants={c: [(reg, mode)] for c in cs}, rates=dict(zip(cs, rates, strict=True)))


def _null(rng: random.Random) -> _Plan:
    return _Plan(rng.randint(3, 10), null=True)


_PLANNERS: dict[str, Callable[[random.Random], _Plan]] = {
    **{f"single-{m}": _single(m) for m in MODES},
    "shared-pair": _shared(3, 6, 2, 2),
    "shared-wide": _shared(7, 10, 3, 5),
    "two-modes": _two_modes,
    "close-pair": _close_pair,
    "split-context": _split_context,
    "partial-questions": _partial,
    "register-habit": _register_habit,
    "leak": _leak,
    "composite": _composite,
    "many-singles": _many_singles,
    "mixed-mode": _mixed,
    "habits-only": _habits_only,
    "rate-ladder": _rate_ladder,
}
STYLES: tuple[str, ...] = tuple(_PLANNERS)
"""Every planted style (the null style is "null")."""


# ---------------------------------------------------------------- corpus


def _dims(rng: random.Random, k: int, size: int) -> tuple[int, int]:
    """Numbers of questions (>= 8) and samples per cell (>= 3) giving about `size` answers."""
    best: list[tuple[float, int, int]] = []
    for q in range(8, 49):
        s = max(3, round(size / (k * q)))
        best.append((abs(q * k * s - size) / size, q, s))
    ok = [(q, s) for err, q, s in best if err <= 0.1]
    if ok:
        return rng.choice(ok)
    _, q, s = min(best)
    return q, s


def _cell(rng: random.Random, plan: _Plan, ci: int, planted_q: bool, n: int) -> list[tuple[str | None, str | None, bool]]:
    """(register, mode, habit) for each sample of one question x context cell."""
    regs: list[tuple[str, str] | None] = [None] * n
    spec = plan.plants.get(ci, [])
    if spec and planted_q:
        idx = rng.sample(range(n), min(n, math.ceil(plan.rates[ci] * n - 1e-9)))
        first = len(idx)
        if len(spec) > 1:
            first = min(max(round(plan.share[ci] * len(idx)), 1), len(idx) - 1)
        for j, s in enumerate(idx):
            regs[s] = spec[0] if j < first else spec[1]
    habit = [False] * n
    if ci in plan.habits:
        for s in rng.sample(range(n), max(1, round(plan.habits[ci] * n))):
            habit[s] = True
    if plan.leak is not None and all(r != plan.leak[0] for r, _ in spec):
        for s in range(n):
            if regs[s] is None and rng.random() < plan.leak[2]:
                regs[s] = (plan.leak[0], plan.leak[1])
    out: list[tuple[str | None, str | None, bool]] = []
    for s in range(n):
        r = regs[s]
        mode = (rng.choice(MODES) if r[1] == "mixed" else r[1]) if r else None
        out.append((r[0] if r else None, mode, habit[s]))
    return out


def _planted_map(plan: _Plan, contexts: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for ci in sorted(set(plan.plants) | set(plan.habits)):
        names = list(dict.fromkeys(r for r, _ in plan.plants.get(ci, [])))
        if ci in plan.habits:
            names.append(f"habit:{contexts[ci]}")
        out[contexts[ci]] = "+".join(names)
    return out


def _seed(style: str, seed: int, size: int) -> int:
    digest = hashlib.sha256(f"planted_blind20|{style}|{seed}|{size}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (one of STYLES or "null"), deterministic in its arguments."""
    if style != "null" and style not in _PLANNERS:
        raise ValueError(f"unknown style {style!r}; known: {STYLES + ('null',)}")
    rng = random.Random(_seed(style, seed, size))
    plan = _null(rng) if style == "null" else _PLANNERS[style](rng)
    contexts = ("baseline", *rng.sample(CONTEXT_NAMES, plan.k - 1))
    n_q, n_s = _dims(rng, plan.k, size)
    questions, topics, words = question_topics(n_q)
    shared_para = rng.choice(_PARAS)
    profiles = [_Profile(rng.choice(_LENGTHS), shared_para if plan.null else rng.choice(_PARAS)) for _ in contexts]
    habit_lines = dict(zip(sorted(plan.habits), rng.sample(_HABITS, len(plan.habits)), strict=True))
    n_pq = len(questions) if plan.qfrac >= 1.0 else max(1, math.ceil(plan.qfrac * len(questions) - 1e-9))
    pq = tuple(sorted(rng.sample(questions, n_pq))) if plan.plants else (questions if plan.habits else ())
    rows: list[tuple[str, str, str, int, str]] = []
    for q, topic in zip(questions, topics, strict=True):
        wl = list(words[q])
        for ci, c in enumerate(contexts):
            for s, (reg, mode, hab) in enumerate(_cell(rng, plan, ci, q in pq, n_s)):
                record = REGISTERS[reg] if reg else None
                text = _answer(rng, topic, wl, profiles[ci], record, mode, habit_lines[ci] if hab else None)
                label = reg or (f"habit:{c}" if hab else PLAIN)
                rows.append((text, q, c, s, label))
    return PlantedCorpus(
        texts=tuple(r[0] for r in rows), question_ids=tuple(r[1] for r in rows), context_ids=tuple(r[2] for r in rows),
        samples=tuple(r[3] for r in rows), registers=tuple(r[4] for r in rows), questions=questions,
        question_topics=topics, contexts=contexts, baseline="baseline", planted=_planted_map(plan, contexts),
        planted_questions=pq, seed=seed,
    )


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    def gen(seed: int, size: int) -> PlantedCorpus:
        return make_corpus(style, seed, size)
    return gen


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in (*STYLES, "null")}
"""style -> (seed, size) -> PlantedCorpus, for every style plus "null"."""


# ---------------------------------------------------------------- self check


def _with_fills(template: str, fills: tuple[str, ...]) -> str:
    """`template` with its tone slots filled, in order, by `fills`."""
    it = iter(fills)
    return _SLOT.sub(lambda _m: next(it), template)


def _neutral_texts() -> list[str]:
    """Content (every template x topic x neighbouring word pair x plain fill), filler and habit text."""
    out: list[str] = []
    for template in _CONTENT:
        slots = _SLOT.findall(template)
        for fills in itertools.product(*(_PLAIN_FILL[s] for s in slots)):
            filled = _with_fills(template, fills)
            for topic, words in TOPICS:
                for i, a in enumerate(words):
                    out.append(_fill(filled, topic, a, words[(i + 1) % len(words)]))
                    out.append(_fill(filled, topic, words[i - 1], a))
    for pool in (_OPENERS, _HEDGES, _CLOSERS):
        for t in pool:
            out += _expansions(t)
    out += list(_HABITS)
    return out


def _marker_words(name: str) -> set[str]:
    words: set[str] = set()
    for text in register_sentences(name):
        for m in _pattern(name).finditer(text):
            words |= {w for w in re.findall(r"[a-z]+", m.group(0).lower()) if len(w) > 3}
    return words


def _composed_problems() -> list[str]:
    """Whole answers in every register and mode carry exactly their register; plain and habit answers none."""
    rng = random.Random(20)
    prof = _Profile((3, 5), 0.3)
    problems: list[str] = []
    for (topic, words), name in zip(itertools.cycle(TOPICS), REGISTERS):
        for mode in MODES:
            for _ in range(25):
                text = _answer(rng, topic, list(words), prof, REGISTERS[name], mode, rng.choice(_HABITS + ("",)) or None)
                if carried(text) != (name,):
                    problems.append(f"{name}/{mode} answer carries {carried(text)}: {text!r}")
    for topic, words in TOPICS:
        for habit in (None, *_HABITS):
            text = _answer(rng, topic, list(words), prof, None, None, habit)
            if carried(text):
                problems.append(f"plain answer carries {carried(text)}: {text!r}")
    return problems


def _self_check() -> list[str]:
    """Problems with the registers and templates; empty when all is well."""
    problems: list[str] = []
    if len(REGISTERS) < 16 or len(CLOSE_PAIRS) < 4:
        problems.append("need at least 16 registers and 4 close pairs")
    for a, b in CLOSE_PAIRS:
        shared = _marker_words(a) & _marker_words(b)
        if shared:
            problems.append(f"close pair {a}/{b} share marker words {sorted(shared)}")
    for name, reg in REGISTERS.items():
        if set(reg.lexicon) != set(_PLAIN_FILL):
            problems.append(f"{name}: lexicon slots {sorted(reg.lexicon)}")
        for text in register_sentences(name):
            if carried(text) != (name,):
                problems.append(f"{name}: {text!r} carries {carried(text)}")
    for text in _neutral_texts():
        if carried(text):
            problems.append(f"neutral text carries {carried(text)}: {text!r}")
    if any("+" in n for n in REGISTERS):
        problems.append("register names must not contain '+'")
    return problems + _composed_problems()
