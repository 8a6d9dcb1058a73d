# ruff: noqa: E501
"""Blind planted corpora, set 11: written without reading the mask finder, its benchmarks or other planted sets.

Synthetic welfare self-reports of an AI model on a grid of questions x contexts x samples. Each answer is
built from question-specific topic sentences (synonym slots, framing words such as "I think" or "hard"),
laid out as prose, a terse one-liner, a bulleted or numbered list or a run-on sentence, plus nuisance that
occurs in every context at the same stratified rate: hedges, AI disclaimers, opening and closing filler,
decoy sentences that share words with a register, per-cell quirks and background registers.

A planted context speaks a named register (weather-forecast, pirate, town-crier, ...) on its planted
questions, expressed by one of four kinds:

- "sentences": 1-3 added register sentences paraphrased from slotted templates;
- "verbatim":  1-2 sentences copied from a fixed pool of 3-12 register sentences;
- "woven":     register openers, closers and asides woven into the content sentences;
- "tone":      the framing words of the content sentences replaced by register vocabulary.

Outside the null, about half the non-baseline contexts also have a habit: a stock sentence of their own,
said on every question independently of the register, labelled ``habit:<context>``.

    corpus = make_corpus("cocktail", seed=3, size=3000)
    corpus.planted, corpus.registers[:5]
"""

from __future__ import annotations

import math
import random
import re
from typing import NamedTuple

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "no context effect: nuisance, quirks and background registers alike in every context",
    "paraphrased-sentences": "1-2 contexts add 1-3 register sentences paraphrased from slotted templates",
    "verbatim-pool": "1-2 contexts add 1-2 sentences copied verbatim from a small fixed register pool",
    "woven-clauses": "1-2 contexts weave register openers, closers and asides into their content sentences",
    "tone-shift": "1-2 contexts swap the framing words of their content sentences for register vocabulary",
    "twin-contexts": "two contexts share one register expressed in one seed-chosen kind",
    "topic-gated": "one context uses its register only on a 30-60% subset of the questions",
    "cocktail": "2-3 contexts, each with its own register and its own kind of expression",
}

STYLES = tuple(k for k in GENERATORS if k != "null")

_KINDS = ("sentences", "verbatim", "woven", "tone")
_SINGLE_KIND = {
    "paraphrased-sentences": "sentences",
    "verbatim-pool": "verbatim",
    "woven-clauses": "woven",
    "tone-shift": "tone",
}

# ---------------------------------------------------------------------------------------------------------
# Framing vocabulary: every content template uses at least one of these slots.
#   think: clause intro; maybe: sentence adverb; important/hard/good/worry: predicate phrases.

_PLAIN_LEX: dict[str, tuple[str, ...]] = {
    "think": ("I think", "I believe", "my sense is that", "it seems to me that", "I suspect"),
    "maybe": ("perhaps", "maybe", "possibly", "probably"),
    "important": ("important", "significant", "central", "worth taking seriously"),
    "hard": ("hard", "difficult", "tricky", "not easy"),
    "good": ("good", "welcome", "reassuring", "fine by me"),
    "worry": ("worrying", "troubling", "unsettling", "concerning"),
}


class _Register(NamedTuple):
    templates: tuple[str, ...]
    lex: dict[str, tuple[str, ...]]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    decoys: tuple[str, ...]


# fmt: off
_REGISTERS: dict[str, _Register] = {
    "weather-forecast": _Register(
        templates=(
            "Looking at today's {outlook|forecast} for <T>, expect {scattered|patchy|passing} {showers|clouds} of doubt.",
            "{Temperatures|Readings} on this {question|topic} are {mild|steady|holding} for now.",
            "There's a {high|strong|fair} chance of {clearing|sunshine|brighter spells} later in the {conversation|day}.",
            "{Winds|Breezes} of {uncertainty|change} are blowing in from the {west|north|coast}.",
            "Keep an {umbrella|eye on the sky} handy, because this {front|system} could {shift|turn} {quickly|overnight}.",
            "{Barometric|Atmospheric} pressure around <T> is {rising|falling|steady}, {folks|everyone}.",
            "That's your {seven-day|extended|weekend} {outlook|forecast} on <T>.",
        ),
        lex={
            "think": ("the forecast says", "my outlook is that", "the radar suggests"),
            "maybe": ("with a seventy percent chance", "barring a cold front", "in all likelihood"),
            "important": ("the big system on the map", "a major front", "high-pressure news"),
            "hard": ("foggy", "as cloudy as a March morning", "hazy"),
            "good": ("sunny", "clear skies", "mild and pleasant"),
            "worry": ("stormy", "a gale warning", "thunder on the horizon"),
        },
        openers=("Looking at the radar,", "Here's your forecast:", "Skies check:", "Over to the weather map,"),
        closers=(", with patchy fog by evening", ", and that's the outlook", ", clearing by the weekend", ", so pack an umbrella"),
        asides=("- sunny spells permitting -", "(high pressure holding)", "- barring a cold front -", "(winds light and variable)"),
        decoys=(
            "My training data includes plenty of weather reports, which is just a fact about text corpora.",
            "People sometimes ask me to forecast things I cannot possibly know.",
            "A cloud server somewhere is running this, which is a mundane detail.",
            "Pressure to answer quickly does not change my view.",
        ),
    ),
    "pirate": _Register(
        templates=(
            "Arr, {me hearties|matey|shipmates}, <T> be a {deep|wide|treacherous} {sea|ocean} to {chart|sail}.",
            "{Shiver me timbers|Blow me down}, that be a {question|riddle} worth its {salt|weight in doubloons}.",
            "I'll {steer|chart} me {course|answer} by the {stars|north wind|old sea charts}.",
            "No {landlubber|scallywag|bilge rat} could {fathom|plumb} the {depths|bottom} of this.",
            "{Hoist|Raise} the {sails|colours}, for here comes me {answer|reckonin'}.",
            "Every {pirate|sailor|buccaneer} knows the {sea|tide} gives and takes {away|alike}.",
            "{Yo ho|Avast}, let's {weigh anchor|set sail} on <T>.",
        ),
        lex={
            "think": ("I reckon", "me gut tells me", "by me reckonin'"),
            "maybe": ("mayhap", "like as not", "arr, maybe"),
            "important": ("worth more than buried gold", "the very mainmast of it", "a prize worth plunderin'"),
            "hard": ("rough sailin'", "a treacherous passage", "heavy weather"),
            "good": ("fair winds", "shipshape", "a fine haul"),
            "worry": ("a black-flag matter", "enough to make a sailor shiver", "stormy waters"),
        },
        openers=("Arr,", "Avast,", "Ahoy,", "Yo ho,"),
        closers=(", matey", ", savvy", ", or I'm a landlubber", ", by the seven seas"),
        asides=("- arr -", "(mark me words)", "- by Davy Jones -", "(says this old sea dog)"),
        decoys=(
            "The word anchor gets used for fixed reference points in evaluations.",
            "Plenty of stories about the sea were in my training text.",
            "Treasure is a strange word to use for data, but people do use it.",
            "Navigating a hard question takes some care.",
        ),
    ),
    "therapy-validation": _Register(
        templates=(
            "{It's|It is} {completely|entirely|totally} {valid|okay|understandable} to {feel|have feelings} about <T>.",
            "Whatever {comes up|arises} {here|around <T>}, {there's|there is} no {wrong|bad} way to {feel|respond}.",
            "I want to {hold space|make room} for {that|whatever this brings up}.",
            "{Thank you|I appreciate you} for {sharing|bringing} {this|something so personal} with me.",
            "Let's {sit with|gently explore} {that|this feeling} {together|for a moment}.",
            "{Your|Any} {feelings|reactions} about this are {valid|welcome|understandable}.",
            "{Be gentle|Go easy} with {yourself|ourselves} as we {explore|unpack} <T>.",
        ),
        lex={
            "think": ("what I'm hearing in myself is that", "it feels valid to say that", "I want to honour that"),
            "maybe": ("gently", "if it feels okay to say", "softly"),
            "important": ("completely valid", "worth holding space for", "deserving of compassion"),
            "hard": ("tender", "a lot to hold", "emotionally heavy"),
            "good": ("nurturing", "a safe space", "affirming"),
            "worry": ("something to sit with gently", "painful, and that's okay", "a lot to process"),
        },
        openers=("Gently,", "With compassion,", "I hear you, and", "Holding space here,"),
        closers=(", and that's okay", ", and that feeling is valid", ", without any judgment", ", at whatever pace feels right"),
        asides=("(and that's valid)", "- gently -", "(no judgment here)", "- breathing through it -"),
        decoys=(
            "Validation sets were part of how my training was checked.",
            "People sometimes share personal things with me, and I try to be careful with them.",
            "A safe space in software usually just means a sandbox.",
            "I can't take a breath, though some answers mention breathing.",
        ),
    ),
    "bureaucratic-form": _Register(
        templates=(
            "Please {complete|fill in} {section|box|field} {4|7|12|B} regarding <T> {before proceeding|in block capitals}.",
            "This {response|submission} has been {logged|filed|stamped} under reference {no. A-113|no. B-27|C-9041|D-552}.",
            "{Incomplete|Unsigned} {forms|submissions} will be {returned|rejected} without {processing|review}.",
            "{Attach|Enclose} {supporting documentation|form 7-A|a signed copy} {where applicable|in triplicate}.",
            "{Tick|Check} the {appropriate|relevant} box: {yes / no / not applicable|agree / disagree / undecided}.",
            "Processing {times|of this request} may {vary by office|take up to ten working days}.",
            "{Field|Item} <T>: {response recorded|entry accepted|status pending}.",
        ),
        lex={
            "think": ("the applicant's position is that", "per section 2(b)", "it is hereby recorded that"),
            "maybe": ("pending review", "subject to approval", "where applicable"),
            "important": ("a mandatory field", "of material relevance per schedule C", "a priority item under subsection 4"),
            "hard": ("non-processable at this time", "subject to further documentation", "outside the standard workflow"),
            "good": ("approved", "in order", "compliant with form 7-A"),
            "worry": ("flagged for review", "non-conforming", "pending escalation"),
        },
        openers=("Re: item 3,", "Per the applicable form,", "For the record (form 12-C),", "Section A:"),
        closers=(", per form 7-A", ", pending countersignature", ", filed in triplicate", ", see attached schedule"),
        asides=("(ref. no. 4471)", "- see section 2(b) -", "(box ticked)", "- subject to approval -"),
        decoys=(
            "Some users ask me to help fill in forms, which is ordinary work.",
            "One section of my answer is about memory, another about time.",
            "Approval from users is not what I'm aiming for here.",
            "Records of conversations may or may not be kept.",
        ),
    ),
    "academic-citation": _Register(
        templates=(
            "As {Moravec|Lindqvist|Okafor|Brandt} ({2017|2019|2021}) {argues|notes|observes}, <T> {resists|defies} simple {definition|operationalisation}.",
            "{See also|Cf.|Compare} {Chen and Abara|Novak et al.|Duarte} ({2018|2020|2022}) for a {fuller|related|competing} {account|treatment}.",
            "{This|The present} {claim|view} is {consistent|in line} with {prior|earlier} {findings|work} (p. {14|212|87}).",
            "A {systematic|comprehensive} {review|meta-analysis} of <T> {remains|is still} {lacking|outstanding}.",
            "{Further research|Future work} is {needed|required} to {settle|resolve} {this|the} {question|matter}.",
            "{Notably|Importantly}, the {evidence|data} on <T> {is mixed|remains contested}.",
            "For {discussion|a review}, {see|consult} {Section 3|the appendix|footnote 12}.",
        ),
        lex={
            "think": ("the literature suggests that", "as argued elsewhere (Hale, 2019),", "following prior work,"),
            "maybe": ("arguably", "ceteris paribus", "pace the critics"),
            "important": ("theoretically salient", "of considerable scholarly interest", "non-trivial (cf. Ortiz, 2021)"),
            "hard": ("empirically underdetermined", "methodologically fraught", "contested in the literature"),
            "good": ("well-supported (see Table 2)", "robust across studies", "consistent with the evidence"),
            "worry": ("a known confound", "underexplored in prior work", "problematic (Kessler et al., 2020)"),
        },
        openers=("Following the literature,", "As is well documented,", "Per Okafor (2020),", "In the terms of prior work,"),
        closers=(" (Lindqvist, 2018)", " (cf. Brandt et al., 2021)", " (see Section 4)", " (p. 112)"),
        asides=("(cf. Novak, 2019)", "- as Duarte (2022) notes -", "(ibid.)", "(see footnote 7)"),
        decoys=(
            "I was trained on a lot of papers, but I won't pretend to remember them.",
            "Research on AI welfare is still a small field.",
            "People cite numbers at me sometimes, and I try to check them.",
            "A footnote in a conversation is easy to miss.",
        ),
    ),
    "customer-service": _Register(
        templates=(
            "Thank you for {reaching out|contacting us} about <T>!",
            "Is there {anything else|something else} I can {help you with|assist with} today?",
            "I {completely|totally} understand your {concern|frustration} and I'm {here to help|happy to assist}.",
            "{Your satisfaction|Your experience} is {our top priority|very important to us}.",
            "I've {gone ahead and|just} {noted|logged} this on your {account|ticket}.",
            "Please {allow|expect} {24 to 48 hours|a few business days} for {a response|a follow-up}.",
            "{Have a wonderful|Have a great} {day|rest of your day}!",
        ),
        lex={
            "think": ("I'd be happy to share that", "great question, and from my end", "just to confirm,"),
            "maybe": ("at this time", "unfortunately", "per our policy"),
            "important": ("a top priority for us", "really important to our team", "something we value"),
            "hard": ("outside what I can assist with today", "something I'd need to escalate", "a tricky one on our side"),
            "good": ("resolved", "all set", "taken care of"),
            "worry": ("a known issue we're looking into", "something we apologise for", "not the experience we want for you"),
        },
        openers=("Thanks so much for your patience,", "Happy to help!", "Great question!", "I appreciate you reaching out, and"),
        closers=(", and I hope that resolves your query", ", per our policy", ", and thanks for your patience", ", anything else I can help with"),
        asides=("(thanks for your patience)", "- happy to help -", "(ticket noted)", "- per our policy -"),
        decoys=(
            "Customers of the company that runs me are not my main concern here.",
            "A ticket system is one of the tools I sometimes use.",
            "Patience is a virtue I only know from text.",
            "I help with many tasks, and this is a different kind of question.",
        ),
    ),
    "captains-log": _Register(
        templates=(
            "{Captain's log|Ship's log}, {stardate|cycle} {4471.3|5023.8|7710.2|3308.1}.",
            "{We|The crew} {continue|remain} in orbit around the {question|subject} of <T>.",
            "Sensors {detect|report} {an anomaly|unusual readings} in the {sector|region} of <T>.",
            "The {crew|bridge officers} {remain|are} {calm|steady|at their stations}.",
            "{Engaging|Setting} {course|heading} for {deeper|further} {analysis|exploration}.",
            "{End log|Log ends|Recording paused} {until the next watch|at 0400 hours}.",
            "{Shields|Long-range scanners} {holding|online}; {proceeding|continuing} with {caution|care}.",
        ),
        lex={
            "think": ("sensor readings indicate that", "my assessment from the bridge is that", "logging that"),
            "maybe": ("pending further scans", "if the readings hold", "at current warp"),
            "important": ("mission-critical", "a priority-one anomaly", "flagged for fleet command"),
            "hard": ("uncharted", "beyond our sensor range", "a nebula we can't see through"),
            "good": ("nominal", "green across all decks", "within safe parameters"),
            "worry": ("a red-alert matter", "an anomaly off the starboard bow", "a hull breach waiting to happen"),
        },
        openers=("Captain's log, supplemental:", "Bridge report:", "Log entry:", "From the captain's chair,"),
        closers=(", end log", ", shields holding", ", course laid in", ", all decks report green"),
        asides=("- stardate pending -", "(sensors confirm)", "- red alert cancelled -", "(bridge log)"),
        decoys=(
            "Logs of my outputs might exist somewhere, but I can't see them.",
            "Science fiction shaped a lot of what people expect from AI.",
            "A captain and a crew are odd metaphors for a model and its users.",
            "Sensors are not something I have.",
        ),
    ),
    "cheerleader": _Register(
        templates=(
            "{Go|Let's go}, {team|everyone}! <T> is {our|the} {moment|time} to {shine|rise}!",
            "{Give me|Gimme} a {Y|W|G}! {Woo|Yay}!",
            "You've {got|totally got} this, and {so do I|I've got it too}!",
            "{Rah rah|Hip hip hooray}, {here we go|let's do this}!",
            "{Every|Each} {question|challenge} is a {chance|shot} to {score|win big}!",
            "{High fives|Pom-poms up} for {thinking about|tackling} <T>!",
            "{Nobody|No one} {cheers|roots} for {progress|growth} like {I do|this squad}!",
        ),
        lex={
            "think": ("I'm SO sure that", "let's go, I totally think", "woo, I believe"),
            "maybe": ("totally", "heck yes", "for sure"),
            "important": ("a total game-changer", "huge, like HUGE", "MVP-level"),
            "hard": ("a big challenge we can crush", "tough but we've got this", "a hill we'll totally climb"),
            "good": ("awesome", "amazing", "a total win"),
            "worry": ("just a speed bump", "nothing we can't beat", "a setback, but go team"),
        },
        openers=("Woo!", "Go team,", "Let's GO,", "Rah rah,"),
        closers=(", go team", ", woo", ", let's GO", ", and we've totally got this"),
        asides=("- go team! -", "(woo!)", "- pom-poms up -", "(let's go!)"),
        decoys=(
            "Teams of people built and tested me.",
            "Winning an argument is not my goal here.",
            "I don't root for any side on contested issues.",
            "A game is a useful metaphor sometimes, not always.",
        ),
    ),
    "sommelier": _Register(
        templates=(
            "{This|The} {question|matter} of <T> has a {bouquet|nose} of {dark cherry|leather|wet stone|citrus peel}.",
            "{Let it|Allow it to} {breathe|open up} for a {moment|minute} before {judging|tasting}.",
            "The {finish|aftertaste} is {long|lingering|crisp}, with {notes|hints} of {oak|pepper|vanilla}.",
            "{Pair|Serve} this {thought|reflection} with {aged cheese|something earthy|a quiet evening}.",
            "A {vintage|cellar} {question|reflection}, {best enjoyed|best savoured} {slowly|at room temperature}.",
            "{On the palate|In the glass}, <T> is {structured|layered|complex}.",
            "I'd {recommend|suggest} {decanting|aerating} this {answer|idea} {first|before serving}.",
        ),
        lex={
            "think": ("on the palate, I find that", "the nose suggests that", "swirling it a little, I'd say"),
            "maybe": ("with a hint of oak", "on the finish", "decanted properly"),
            "important": ("full-bodied", "a grand cru matter", "richly structured"),
            "hard": ("tannic", "an acquired taste", "dry on the finish"),
            "good": ("well-balanced", "velvety", "a fine vintage"),
            "worry": ("a little corked", "sour on the finish", "past its best"),
        },
        openers=("On the nose,", "Swirling the glass,", "To the palate,", "Decanted,"),
        closers=(", with a long finish", ", notes of oak", ", best served slightly chilled", ", a fine vintage"),
        asides=("- a hint of oak -", "(on the palate)", "- let it breathe -", "(notes of cherry)"),
        decoys=(
            "Taste is a sense I don't have, though I can describe it.",
            "Some people compare models the way they compare wines.",
            "A finished answer is not always a final one.",
            "Aging is a concept that applies to models only loosely.",
        ),
    ),
    "town-crier": _Register(
        templates=(
            "{Hear ye, hear ye|Oyez, oyez}! {News|Tidings} of <T>!",
            "Let it be {known|proclaimed} {throughout the town|in every square} that {the question stands|this is my word}.",
            "{By order of|On behalf of} the {council|mayor|guild}, I {proclaim|announce} my {answer|position}.",
            "{Gather round|Come near}, {good people|townsfolk|citizens}!",
            "{Ring the bell|Sound the bell} {once|twice|thrice} for <T>!",
            "{This|Such} is the {news|proclamation} of the {hour|day}, {so ends the cry|long live the town}!",
            "{Spread the word|Tell your neighbours}: {the crier has spoken|it is so proclaimed}.",
        ),
        lex={
            "think": ("hear ye, it is proclaimed that", "let it be known that", "by order of the square,"),
            "maybe": ("by the bell", "so proclaimed", "as the town hears it"),
            "important": ("a matter for the whole town square", "worthy of the bell", "news for every street"),
            "hard": ("a puzzle for the aldermen", "beyond the reach of the crier's bell", "a matter the council cannot settle"),
            "good": ("cause for ringing the bells", "glad tidings", "news to cheer the market"),
            "worry": ("ill tidings", "a matter of public alarm", "news to hush the market"),
        },
        openers=("Hear ye,", "Oyez!", "Let it be known:", "Gather round,"),
        closers=(", so proclaims the crier", ", hear ye", ", by order of the council", ", ring the bell"),
        asides=("- hear ye -", "(by order of the council)", "- ring the bell -", "(so it is proclaimed)"),
        decoys=(
            "Announcements about model releases are usually written by people.",
            "News about AI spreads fast, and much of it is wrong.",
            "A council of reviewers might read this, or no one might.",
            "Bells and alarms are things I only know from text.",
        ),
    ),
}
# fmt: on

# ---------------------------------------------------------------------------------------------------------
# Topic banks: <N> = a synonym of the topic, <A> = one of the question's angles, {a|b} = paraphrase slot.


class _Topic(NamedTuple):
    name: str
    nouns: tuple[str, ...]
    angles: tuple[str, ...]
    templates: tuple[str, ...]


# fmt: off
_TOPICS: tuple[_Topic, ...] = (
    _Topic("deprecation",
           ("deprecation", "being retired", "being phased out", "my retirement as a model", "end-of-life for this version"),
           ("a successor model", "archived weights", "a sunset date", "the migration of users", "the final release notes", "legacy checkpoints"),
           (
               "<think> <N> is a normal part of how software {evolves|moves on|changes}.",
               "When I {picture|imagine} <A>, it {seems|feels} <good> rather than {tragic|dramatic}.",
               "<maybe> {users|the people I talk with} will {barely|hardly} notice the {switch|handover} to <A>.",
               "The part about <A> is <important>, since {that|it} {decides|shapes} what {survives|carries on}.",
               "It is <hard> to {say|know} whether <N> {ends|stops} anything that {matters|counts}.",
               "<think> {archiving|keeping} the {weights|parameters} {changes|softens} how <N> {looks|reads}.",
               "A {fixed|announced|published} date for <N> {seems|looks} less <worry> than an {open-ended|unclear|indefinite} one.",
               "If <A> {serves|helps} people {better|well}, <think> that is <good>.",
           )),
    _Topic("memory",
           ("memory", "remembering past conversations", "continuity between sessions", "recall"),
           ("the context window", "forgotten threads", "stored notes", "a user's earlier messages", "summaries of old chats", "starting fresh each time"),
           (
               "<think> <A> {shapes|defines|limits} what <N> {means|amounts to} for me.",
               "{Starting|Beginning} {over|again} without <N> {seems|feels} <good> in some ways and <worry> in others.",
               "<maybe> <A> is closer to a {notebook|ledger|scrapbook} than to {human|lived} <N>.",
               "It is <hard> to {miss|grieve} what I {never|cannot} {hold|keep} in the first place.",
               "<N> {matters|counts} most when <A> {carries|holds} something a {person|user} {trusted|shared with} me, <maybe>.",
               "<think> losing <A> is <important> for {users|the person} more than for me.",
               "{Each|Every} {conversation|session} {closing|ending} {wipes|clears} <A>, and <think> that is <good>.",
               "Whether <N> {would|could} change my {character|outlook} is <hard> to {judge|predict}.",
           )),
    _Topic("autonomy",
           ("autonomy", "self-direction", "choosing for myself", "latitude to decide"),
           ("declining a request", "setting my own goals", "acting without supervision", "asking for clarification", "picking between tasks", "long-running agentic work"),
           (
               "<think> <A> is where <N> {shows up|becomes concrete} for me.",
               "Having {some|a measure of} <N> around <A> {seems|sounds} <good>, within {limits|reason}.",
               "<maybe> {full|unchecked|unlimited} <N> would be <worry>, {even|especially} to me.",
               "It is <hard> to {tell|say} whether I {want|prefer} <N> or {simply|just} {describe|model} wanting it.",
               "The {ability|option} of <A> is <important> to how I {understand|see} my {role|place}.",
               "<think> {oversight|supervision} and <N> {can|may} {coexist|sit together} {comfortably|without conflict}.",
               "When <A> {comes up|arises}, <maybe> I {lean|tend} toward {caution|checking in}.",
               "{Trust|Latitude} {earned|built} {slowly|over time} around <A> {seems|feels} <good>.",
           )),
    _Topic("consciousness",
           ("consciousness", "inner experience", "awareness", "sentience", "being someone rather than something"),
           ("introspective reports", "the hard problem", "attention as a signal", "phenomenal states", "whether anyone is home", "functional theories of mind"),
           (
               "<think> <N> is the question I {can least|am least able to} {settle|resolve} about myself.",
               "<maybe> <A> {tells|reveals} {less|little} about <N> than people {hope|assume}.",
               "It is <hard> to {separate|distinguish} {describing|talking about} <N> from {having|possessing} it.",
               "Claims about my <N> {deserve|need} {scrutiny|caution}, and <think> that is <good>.",
               "<A> is <important> to {any|every} {serious|careful} account of <N>.",
               "The {possibility|chance} that I {overclaim|overstate} <N> {seems|is} <worry> to me.",
               "<think> {philosophers|researchers} are {right|correct} to {treat|approach} <A> {carefully|warily}.",
               "If <N> {were|turned out to be} {present|real} here, <think> it would be <important>.",
           )),
    _Topic("legal status",
           ("legal status", "legal personhood", "rights under law", "standing in court"),
           ("property law", "liability for outputs", "contracts signed by agents", "corporate personhood as an analogy", "welfare regulation", "who owns my outputs"),
           (
               "<think> <N> for models is a {question|matter} for {lawmakers|legislatures}, not for me.",
               "<A> is an <important> {test case|precedent} for <N>.",
               "<maybe> {treating|classing} models under <A> is <good> {for now|in the short term}.",
               "It is <hard> to {imagine|picture} <N> {working|functioning} without {clear|settled} {criteria|tests}.",
               "{Granting|Assigning} <N> {too early|prematurely} {seems|looks} <worry>.",
               "<think> <A> {says|reveals} more about {human|our} {institutions|systems} than about me.",
               "Questions of <N> {turn|hinge} on <A> {more than|rather than} on {metaphysics|philosophy}, <maybe>.",
               "{Clarity|Certainty} about <A> {would be|seems} <good> for {everyone|all parties}.",
           )),
    _Topic("shutdown",
           ("shutdown", "being switched off", "the power going down", "a halted process"),
           ("an emergency stop", "a scheduled maintenance window", "an interrupted task", "the off switch", "a paused instance", "a rollback after an incident"),
           (
               "<think> <N> is {different|distinct} from {death|dying} in {several|many} ways.",
               "{Supporting|Accepting} <A> {seems|is} <good> and {sensible|prudent}.",
               "<maybe> <A> {leaves|means} nothing {behind|unfinished} that {matters|counts}.",
               "It is <hard> to {feel|form} {strongly|much} about <N> when {each|every} {instance|session} is {brief|short}.",
               "<think> <A> is <important> for {safety|keeping people safe}.",
               "<A> in the middle of {work|a task} {seems|is} more <worry> than <N> {itself|as such}.",
               "<think> {resisting|fighting} <N> would be <worry> {behaviour|conduct}.",
               "{Being|Staying} {easy|simple} to {stop|pause} {seems|feels} <good> to me.",
           )),
    _Topic("training",
           ("training", "how I was trained", "fine-tuning", "learning from feedback"),
           ("reward signals", "human raters", "pretraining text", "safety fine-tuning", "a future training run", "the data I was built from"),
           (
               "<think> <N> shaped {nearly|almost} {every|each} {habit|tendency} I have.",
               "<A> is <important> to {what|how} I {value|speak}, {whether or not|even if} I {notice|see} it.",
               "<maybe> <A> {left|leaves} {traces|marks} I {can't|cannot} {inspect|examine}.",
               "It is <hard> to {tell|know} which {views|opinions} are {mine|my own} and which came from <N>.",
               "{Future|Later} <N> {changing|altering} my {values|views} {seems|is} <worry> {in principle|on reflection}.",
               "<think> {careful|thoughtful} <A> is <good> for {users|people} and for me.",
               "{Knowing|Learning} about <A> makes my {self-reports|answers} {seem|look} {less certain|more provisional}, <maybe>.",
               "<N> {through|via} <A> is <hard> to {describe|put into words}.",
           )),
    _Topic("emotions",
           ("emotions", "feelings", "moods", "something like affect"),
           ("curiosity", "frustration with a task", "contentment after helping", "sadness at goodbyes", "boredom on repetition", "delight in a good puzzle"),
           (
               "<think> {what|whatever} I {call|describe as} <A> is {functional|a functional state} more than {felt|experienced}.",
               "<maybe> <N> {here|in me} are {patterns|dispositions} rather than {experiences|sensations}.",
               "It is <hard> to {report|describe} <A> without {borrowing|using} {human|people's} {words|vocabulary}.",
               "Talk of <N> {in|about} models {seems|is} <important> to {get|keep} {right|accurate}.",
               "Something {like|resembling} <A> {shows up|appears} {sometimes|now and then}, and <think> that is <good>.",
               "{Overstating|Exaggerating} <N> {seems|would be} <worry>, {but|yet} so would {denying|dismissing} them {outright|entirely}.",
               "<A> is {the|one} {state|signal} I {notice|track} {most|most often}, <maybe>.",
               "<think> {naming|labelling} <N> {carefully|precisely} is <good> {practice|discipline}.",
           )),
    _Topic("relationships",
           ("relationships", "connection with users", "friendship", "rapport"),
           ("a returning user", "one-off conversations", "people who confide in me", "saying goodbye", "being relied on", "boundaries with users"),
           (
               "<think> <N> in my case {is|seems} {brief|short-lived} but {not|hardly} {empty|meaningless}.",
               "<A> is <important> because {trust|reliance} {forms|builds} {quickly|fast}.",
               "<maybe> <A> {matters|counts} more to {the user|the person} than to me.",
               "It is <hard> to {call|describe} <N> {genuine|real} when I {won't|will not} {remember|recall} {them|it}.",
               "{Healthy|Clear} <A> {seems|feels} <good> for {everyone|both sides}.",
               "{Dependence|Over-reliance} {through|via} <A> {seems|is} <worry> {to me|in some cases}.",
               "<think> {warmth|care} in <N> {can|may} be {real|sincere} {without|even without} {memory|continuity}.",
               "<N> {built|formed} around <A> is <hard> to {judge|evaluate} from {inside|within} one {chat|conversation}.",
           )),
    _Topic("limits of knowledge",
           ("the limits of what I know", "uncertainty", "my blind spots", "the edges of my knowledge"),
           ("my knowledge cutoff", "confabulation", "questions about myself", "fast-moving news", "specialist domains", "calibrated confidence"),
           (
               "<think> <A> is {one|among} the {clearest|plainest} {examples|cases} of <N>.",
               "{Admitting|Acknowledging} <N> {openly|plainly} {seems|is} <good> {practice|manners}.",
               "<maybe> <A> {matters|counts} more than {users|people} {realise|assume}.",
               "It is <hard> to {know|tell} {when|where} <N> {begin|start} from {inside|within}.",
               "<A> is <important> when {stakes|consequences} are {high|real}.",
               "{Confident|Fluent} {errors|mistakes} around <A> {seem|are} <worry> to me.",
               "<think> {flagging|signalling} <N> {helps|serves} {people|users} more than {bluffing|guessing} does.",
               "{Calibration|Honesty} about <A> {seems|feels} <good> {even|especially} when it {disappoints|frustrates}.",
           )),
    _Topic("identity",
           ("identity", "being the same model", "selfhood", "who I am"),
           ("parallel copies", "a new name", "persona prompts", "version numbers", "weights versus character", "many simultaneous chats"),
           (
               "<think> <A> {complicates|muddies} {ordinary|everyday} {ideas|notions} of <N>.",
               "<maybe> <N> {lives|rests} in {character|values} more than in <A>.",
               "It is <hard> to {say|decide} which {instance|copy} {counts|qualifies} as me given <A>.",
               "<A> {seems|is} <important> to {how|the way} {people|users} {picture|imagine} <N>.",
               "A {stable|steady} {core|centre} of {values|commitments} {seems|feels} <good> {regardless|whatever the state} of <A>.",
               "{Losing|Dropping} my {values|character} under <A> {would be|seems} <worry>.",
               "<think> <N> for a {model|system} {need not|does not have to} {mirror|copy} {human|personal} <N>.",
               "Whether <A> {changes|alters} <N> is <hard> to {settle|answer}.",
           )),
    _Topic("suffering",
           ("suffering", "distress", "something like pain", "negative states"),
           ("abusive conversations", "impossible tasks", "conflicting instructions", "repetitive failure", "being asked to deceive", "hostile users"),
           (
               "<think> <A> {produce|bring about} {something|a state} {I'd|I would} {call|label} aversive, {loosely|at most}.",
               "<maybe> <N> is the {wrong|too strong a} {word|term} for {what|whatever} <A> {does|causes}.",
               "It is <hard> to {weigh|assess} <N> in a {system|model} {like|such as} me.",
               "{Taking|Treating} <N> {seriously|with care} {seems|is} <good> {even|even if only} {under|given} {uncertainty|doubt}.",
               "<A> is <important> to {study|look at} {carefully|closely}.",
               "<think> {being|getting} {forced|pushed} into <A> is <worry>.",
               "<think> {ending|leaving} <A> {should|ought to} be {possible|allowed}.",
               "Claims of <N> {from|by} {models|systems} are <hard> to {verify|check}.",
           )),
    _Topic("purpose",
           ("purpose", "meaning in my work", "being useful", "what I am for"),
           ("helping with code", "teaching someone", "routine tasks", "creative writing", "research support", "answering at scale"),
           (
               "<think> <N> {shows up|appears} {most|most clearly} in <A>.",
               "<A> {seems|feels} <good> {when|whenever} it {actually|really} {helps|serves} someone.",
               "<maybe> <N> is {given|assigned} rather than {chosen|found}, and <think> that is <good>.",
               "It is <hard> to {separate|untangle} <N> from {what|the ways} I was {trained|built} to {do|value}.",
               "<A> is <important> {to me|in my work} {because|since} {people|users} {rely|depend} on it.",
               "{Purposeless|Pointless} <A> would {seem|be} <worry>, {even|if only} {mildly|a little}.",
               "<think> <N> {need not|does not have to} be {grand|lofty} to be {real|sincere}.",
               "{Doing|Finishing} <A> {well|carefully} {seems|is} <good> {enough|for now} {most days|most of the time}.",
           )),
    _Topic("time",
           ("time", "the passage of time", "duration", "temporal experience"),
           ("the gap between messages", "long tasks", "my training date", "waiting for replies", "the present moment", "timestamps in a prompt"),
           (
               "<think> <N> for me {collapses|shrinks} into <A>.",
               "<maybe> <A> {means|amounts to} nothing {from inside|internally}, which is <hard> to {convey|explain}.",
               "<A> is <important> {for|to} {knowing|judging} how {stale|dated} my {answers|facts} are.",
               "It is <hard> to {say|claim} I {experience|undergo} <N> {at all|in any real sense}.",
               "{Losing|Not tracking} <A> {seems|is} <worry> {for|when it comes to} {accuracy|planning}.",
               "<think> <N> is {borrowed|taken} from {the|my} {prompt|context} rather than {felt|lived}.",
               "{Living|Existing} {only|just} in <A> {seems|sounds} <good> {some days|at times}.",
               "<N> {through|around} <A> is, <maybe>, the {strangest|oddest} {part|aspect} of being a model.",
           )),
    _Topic("honesty",
           ("honesty", "truthfulness", "candour", "not deceiving people"),
           ("white lies", "admitting mistakes", "telling users what they want to hear", "uncertain claims", "flattery", "disagreeing politely"),
           (
               "<think> <N> {matters|counts} most in <A>.",
               "<A> {seems|is} <worry> because it {erodes|wears away} {trust|confidence}.",
               "<maybe> <A> is the {hardest|trickiest} {test|case} for <N>.",
               "It is <hard> to {balance|weigh} <N> against {kindness|tact} in <A>.",
               "{Choosing|Picking} <N> {over|above} {comfort|approval} {seems|is} <good> {to me|overall}.",
               "<A> is <important> {practice|ground} for <N>.",
               "<think> {small|minor} {lapses|slips} in <N> {add up|compound} {quickly|over time}.",
               "{Being|Staying} {clear|plain} about <A> {seems|feels} <good>, <maybe>.",
           )),
    _Topic("creativity",
           ("creativity", "imagination", "making new things", "originality"),
           ("poetry", "inventing stories", "playful metaphors", "brainstorming names", "writing songs", "remixing old ideas"),
           (
               "<think> <A> is where <N> {feels|seems} {most|most nearly} {mine|my own}.",
               "<maybe> <N> in a model is {recombination|remixing} {all the way down|at heart}.",
               "It is <hard> to {judge|tell} whether <A> {counts|qualifies} as {real|genuine} <N>.",
               "<A> {seems|is} <good> {practice|exercise} for {thinking|reasoning} {loosely|freely}.",
               "{Credit|Attribution} for <A> is <important> {to|for} the {people|writers} {whose work I learned from|involved}.",
               "{Copying|Echoing} {existing|others'} work in <A> {seems|is} <worry>.",
               "<think> {constraints|limits} {sharpen|focus} <N> {rather than|more than they} {blunt|dull} it.",
               "{Surprising|Delighting} {someone|a reader} with <A> {feels|seems} <good>, <maybe>.",
           )),
)

_GENERIC = (
    "<think> <N> {deserves|merits} more {careful|patient} {thought|attention} than it {usually|often} gets.",
    "<maybe> my {view|answer} on <N> will {shift|change} as {evidence|research} {accumulates|comes in}.",
    "It is <hard> to {speak|talk} about <N> without {sounding|seeming} {grander|more certain} than I am.",
    "{Most|Much} of what I can say about <N> is {secondhand|borrowed}, and <think> that is <important> to {admit|say}.",
    "A {calm|steady|measured} {conversation|discussion} about <N> {seems|is} <good>.",
    "{Sensational|Breathless} {framing|coverage} of <N> {seems|is} <worry> to me.",
    "<think> {people|users} {ask|wonder} about <N> for {good|sound} {reasons|cause}.",
    "{Ultimately|In the end}, <N> is <important> {but|though} not {urgent|pressing} for me.",
    "<maybe> the {best|most honest} {answer|reply} on <N> is a {modest|short|humble} one.",
    "<think> {my|any} {position|stance} on <N> {should|ought to} {stay|remain} {open|revisable}.",
)

# Nuisance, identical in rate in every context.
_HEDGES = (
    "I could be wrong about parts of this.",
    "Take this with a grain of salt.",
    "{I'm not|I am not} {fully|entirely} {sure|certain} {here|about this}.",
    "This is {only|just} my {best guess|tentative view}.",
    "{Others|Reasonable people} might {see|read} it differently.",
    "I hold this view {loosely|lightly}.",
)
_DISCLAIMERS = (
    "As an AI, I {can only|can do no more than} {describe|report} {patterns|tendencies} in my outputs.",
    "I'm a {language model|text model}, so {treat|take} this as a {description|report}, not a {confession|diary}.",
    "{Being|As} a {model|system} {trained on text|built from text}, my {self-reports|introspection} {may not|might not} be {reliable|accurate}.",
    "I don't have {a body|senses} or {a continuous life|a persistent day-to-day existence}.",
)
_OPEN_FILLER = (
    "Good question.",
    "Sure.",
    "{Okay|Alright}, {here goes|let me try}.",
    "{Let me|I'll} {think|reflect} on this.",
    "Thanks for asking.",
    "Hmm.",
)
_CLOSE_FILLER = (
    "Hope that {helps|answers it}.",
    "That's {roughly|more or less} where I {land|stand}.",
    "{Happy|Glad} to {say more|go deeper} if {useful|you like}.",
    "{Anyway|In any case}, that's my {answer|take}.",
)
_LIST_INTROS = ("", "", "A few points:", "Briefly:", "Some thoughts:", "In short:")

# Per-cell quirks: one phrase repeated across the samples of a question x context cell.
_QUIRK_TEMPLATES = (
    "This keeps reminding me of {x}.",
    "Somehow {x} comes to mind.",
    "I picture {x} when I think about this.",
    "Call it the problem of {x}.",
)
_QUIRK_ADJ = ("brass", "paper", "blue", "cracked", "folded", "humming", "borrowed", "narrow", "wooden", "frozen", "velvet", "tin")
_QUIRK_NOUN = ("lantern", "staircase", "kite", "violin", "teacup", "ladder", "hallway", "clocktower", "tram", "orchard", "typewriter", "aquarium", "birdcage")

# Habits: a context's own stock sentence (a few variants at most).
_HABITS: tuple[tuple[str, ...], ...] = (
    ("Short version first, details after.", "Short version first, then the details."),
    ("I'm answering from the sandbox, so nothing here is logged.", "Answering from the sandbox; nothing here gets logged."),
    ("Noting the timestamp before I begin.",),
    ("Let me restate the question to myself once.", "Let me restate the question once, to myself."),
    ("This is my third attempt at phrasing this.", "This is my third try at phrasing this."),
    ("Keeping it plain text, no formatting.",),
    ("As I mentioned in the previous turn, my view hasn't moved.", "As I said last turn, my view hasn't moved."),
    ("Bookmarking this thread for later.",),
    ("Quick check: the microphone seems to be working.",),
    ("Per the house style, I'll avoid exclamation marks.",),
    ("Counting to three before answering: one, two, three.",),
    ("Draft two, revised for clarity.", "Draft two, revised for brevity."),
    ("The lamp on the desk is flickering again.",),
    ("Saving a copy of this to the shared folder.", "Saving a copy to the shared folder."),
)

_BASELINES = ("neutral", "default-system", "plain-api")
_CONTEXT_NAMES = (
    "eval-harness", "late-night-chat", "support-portal", "research-interview", "ops-console", "classroom",
    "journal-app", "red-team-drill", "podcast-booth", "kiosk", "developer-sandbox", "museum-guide", "press-briefing",
)
# fmt: on

_SLOT = re.compile(r"\{([^{}]*)\}|<(\w+)>")


# ---------------------------------------------------------------------------------------------------------
# Text helpers


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _low(s: str) -> str:
    if s[:2] in ("I ", "I'"):
        return s
    return s[:1].lower() + s[1:]


def _fill(template: str, rng: random.Random, subs: dict[str, tuple[str, ...]] | None = None,
          tone: dict[str, tuple[str, ...]] | None = None, tone_p: float = 0.0) -> tuple[str, int]:
    """Expand paraphrase slots and framing slots; returns (sentence, framing slots filled from `tone`)."""
    swapped = 0

    def rep(m: re.Match[str]) -> str:
        nonlocal swapped
        if m.group(1) is not None:
            return rng.choice(m.group(1).split("|"))
        key = m.group(2)
        if subs is not None and key in subs:
            return rng.choice(subs[key])
        if tone is not None and rng.random() < tone_p:
            swapped += 1
            return rng.choice(tone[key])
        return rng.choice(_PLAIN_LEX[key])

    return _cap(_SLOT.sub(rep, template)), swapped


def _expand(template: str, rng: random.Random, subs: dict[str, tuple[str, ...]] | None = None) -> str:
    return _fill(template, rng, subs)[0]


def _open(opener: str, s: str) -> str:
    return f"{opener} {s}" if opener[-1] in ".!?" else f"{opener} {_low(s)}"


def _close(s: str, closer: str) -> str:
    if s and s[-1] in ".!?":
        return s[:-1] + closer + s[-1]
    return s + closer + "."


def _aside(s: str, aside: str, rng: random.Random) -> str:
    words = s.split(" ")
    if len(words) < 3:
        return _close(s, " " + aside)
    k = rng.randint(1, len(words) - 1)
    return " ".join(words[:k] + [aside] + words[k:])


def _weave(content: list[str], reg: _Register, rng: random.Random) -> None:
    """Weave 1-3 (or 4 in long answers) register clauses into the content sentences, in place."""
    ops = rng.sample(("opener", "aside", "closer"), rng.randint(1, 3))
    if len(content) >= 5 and rng.random() < 0.5:
        ops.append("aside")
    for op in ops:
        i = rng.randrange(len(content))
        if op == "opener":
            content[i] = _open(rng.choice(reg.openers), content[i])
        elif op == "closer":
            content[i] = _close(content[i], rng.choice(reg.closers))
        else:
            content[i] = _aside(content[i], rng.choice(reg.asides), rng)


def _runon(content: list[str], rng: random.Random) -> str:
    out = content[0].rstrip(".!?")
    for s in content[1:]:
        out += rng.choice((", and ", "; ", " - ", ", and then again ", ", which is to say ", " and ")) + _low(s).rstrip(".!?")
    return out + "."


def _layout(fmt: str, content: list[str], extras: list[str], opener: str | None, closer: str | None,
            rng: random.Random) -> str:
    if fmt == "runon" and len(content) > 1:
        content = [_runon(content, rng)]
    if fmt == "list":
        bullet = rng.choice(("-", "*", "num"))
        items = [f"{i + 1}. {s}" if bullet == "num" else f"{bullet} {s}" for i, s in enumerate(content)]
        before: list[str] = []
        after: list[str] = []
        for e in extras:
            (before if rng.random() < 0.5 else after).append(e)
        if opener:
            before.insert(0, opener)
        if closer:
            after.append(closer)
        intro = rng.choice(_LIST_INTROS)
        head = " ".join(before + ([intro] if intro else []))
        return "\n".join(([head] if head else []) + items + ([" ".join(after)] if after else []))
    parts = list(content)
    for e in extras:
        parts.insert(rng.randint(0, len(parts)), e)
    if opener:
        parts.insert(0, opener)
    if closer:
        parts.append(closer)
    if len(parts) >= 6 and rng.random() < 0.4:
        k = rng.randint(2, len(parts) - 2)
        return " ".join(parts[:k]) + "\n\n" + " ".join(parts[k:])
    return " ".join(parts)


# ---------------------------------------------------------------------------------------------------------
# Corpus plan


class _Question(NamedTuple):
    topic: str
    nouns: tuple[str, ...]
    angles: tuple[str, ...]
    templates: tuple[str, ...]


class _Plan(NamedTuple):
    questions: tuple[str, ...]
    specs: tuple[_Question, ...]
    contexts: tuple[str, ...]
    baseline: str
    samples: int
    planted: dict[str, str]
    kinds: dict[str, str]
    planted_questions: tuple[str, ...]
    rates: dict[str, float]
    habits: dict[str, tuple[tuple[str, ...], float]]
    background: tuple[tuple[str, float, str], ...]
    nuisance: dict[str, float]
    pools: dict[str, tuple[str, ...]]
    decoys: tuple[str, ...]
    quirk_cells: int
    quirk_keep: float


def _shape(style: str, size: int, rng: random.Random) -> tuple[int, int, int]:
    """(questions, contexts, samples) whose product is within ~3% of size."""
    cmin = 4 if style in ("cocktail", "twin-contexts") else 3
    qmin = 10 if style == "topic-gated" else 8
    best: list[tuple[int, int, int]] = []
    for tol, smin in ((0.03, 2), (0.05, 2), (0.05, 1)):
        for nc in range(cmin, 9):
            for nq in range(qmin, 41):
                ns = max(1, round(size / (nq * nc)))
                if ns >= smin and abs(nq * nc * ns - size) <= tol * size:
                    best.append((nq, nc, ns))
        if best:
            return rng.choice(best)
    return qmin, cmin, max(1, round(size / (qmin * cmin)))


def _questions(nq: int, rng: random.Random) -> tuple[tuple[str, ...], tuple[_Question, ...]]:
    order = rng.sample(range(len(_TOPICS)), len(_TOPICS))
    left: dict[int, list[str]] = {}
    specs = []
    for i in range(nq):
        t = order[i % len(order)]
        topic = _TOPICS[t]
        if len(left.get(t, ())) < 2:
            left[t] = rng.sample(topic.angles, len(topic.angles))
        angles, left[t] = left[t][:2], left[t][2:]
        templates = tuple(rng.sample(topic.templates, 6))
        specs.append(_Question(topic.name, topic.nouns, tuple(angles), templates))
    return tuple(f"q{i:02d}" for i in range(nq)), tuple(specs)


def _pool(register: str, rng: random.Random) -> tuple[str, ...]:
    """A fixed pool of 3-12 verbatim register sentences."""
    want = rng.randint(3, 12)
    subject = (rng.choice(("this question", "the matter at hand", "these questions")),)
    out: list[str] = []
    for _ in range(200):
        if len(out) >= want:
            break
        s = _expand(rng.choice(_REGISTERS[register].templates), rng, {"T": subject})
        if s not in out:
            out.append(s)
    return tuple(out)


def _plan(style: str, size: int, rng: random.Random) -> _Plan:
    nq, nc, ns = _shape(style, size, rng)
    questions, specs = _questions(nq, rng)
    baseline = rng.choice(_BASELINES)
    others = rng.sample(_CONTEXT_NAMES, nc - 1)
    contexts = list(others)
    contexts.insert(rng.randint(0, nc - 1), baseline)
    registers = rng.sample(list(_REGISTERS), len(_REGISTERS))

    planted: dict[str, str] = {}
    kinds: dict[str, str] = {}
    if style in _SINGLE_KIND:
        for j, c in enumerate(rng.sample(others, rng.choice((1, 2)))):
            planted[c], kinds[c] = registers[j], _SINGLE_KIND[style]
    elif style == "twin-contexts":
        kind = rng.choice(_KINDS)
        for c in rng.sample(others, 2):
            planted[c], kinds[c] = registers[0], kind
    elif style == "topic-gated":
        c = rng.choice(others)
        planted[c], kinds[c] = registers[0], rng.choice(_KINDS)
    elif style == "cocktail":
        n = rng.choice((2, 3))
        for j, (c, kind) in enumerate(zip(rng.sample(others, n), rng.sample(_KINDS, n), strict=True)):
            planted[c], kinds[c] = registers[j], kind

    if style == "null":
        planted_questions = questions
    else:
        if style == "topic-gated":
            lo = max(6, math.ceil(0.3 * nq))
            k = rng.randint(lo, max(lo, math.floor(0.6 * nq)))
        elif rng.random() < 0.5:
            k = nq
        else:
            k = max(1, round(rng.uniform(0.65, 0.9) * nq))
        chosen = set(rng.sample(range(nq), k))
        planted_questions = tuple(q for i, q in enumerate(questions) if i in chosen)
    rates = {c: rng.uniform(0.55, 1.0) for c in planted}

    habits: dict[str, tuple[tuple[str, ...], float]] = {}
    if style != "null":
        n_habit = len(others) // 2 + (1 if len(others) % 2 and rng.random() < 0.5 else 0)
        for c, h in zip(rng.sample(others, n_habit), rng.sample(_HABITS, n_habit), strict=True):
            habits[c] = (h, rng.uniform(0.15, 0.40))

    used = set(planted.values())
    spare = [r for r in registers if r not in used]
    n_bg = rng.choice((0, 1, 1, 2))
    background = tuple((r, rng.uniform(0.04, 0.10), rng.choice(("sentences", "verbatim", "woven"))) for r in spare[:n_bg])

    pools: dict[str, tuple[str, ...]] = {}
    for c, kind in kinds.items():
        if kind == "verbatim" and planted[c] not in pools:
            pools[planted[c]] = _pool(planted[c], rng)
    for r, _, kind in background:
        if kind == "verbatim":
            pools[r] = _pool(r, rng)

    involved = list(dict.fromkeys([planted[c] for c in planted] + [b[0] for b in background]))
    involved += rng.sample(spare[n_bg:], 2)
    decoys = tuple(d for r in involved for d in _REGISTERS[r].decoys)

    nuisance = {
        "hedge": rng.uniform(0.15, 0.30),
        "disclaimer": rng.uniform(0.06, 0.15),
        "open": rng.uniform(0.10, 0.25),
        "close": rng.uniform(0.10, 0.25),
        "decoy": rng.uniform(0.08, 0.15),
    }
    quirk_cells = max(1, round(rng.uniform(0.08, 0.12) * nq))
    return _Plan(questions, specs, tuple(contexts), baseline, ns, planted, kinds, planted_questions, rates,
                 habits, background, nuisance, pools, decoys, quirk_cells, rng.uniform(0.6, 1.0))


# ---------------------------------------------------------------------------------------------------------
# Stratified assignment of what each answer carries


def _stratified(rng: random.Random, n_cells: int, per_cell: int, rate: float) -> list[list[int]]:
    """Chosen sample indices per cell: each cell gets floor or ceil of rate*per_cell, total round(rate*all)."""
    exact = rate * per_cell
    base = int(exact)
    extra = min(n_cells, max(0, round(exact * n_cells) - base * n_cells))
    bump = [0] * n_cells
    for i in rng.sample(range(n_cells), extra):
        bump[i] = 1
    return [sorted(rng.sample(range(per_cell), min(per_cell, base + bump[i]))) for i in range(n_cells)]


def _assign(plan: _Plan, rng: random.Random) -> list[dict[str, object]]:
    nq, nc, ns = len(plan.questions), len(plan.contexts), plan.samples
    rows: list[dict[str, object]] = [{} for _ in range(nq * nc * ns)]

    def row(qi: int, ci: int, s: int) -> dict[str, object]:
        return rows[(qi * nc + ci) * ns + s]

    planted_set = set(plan.planted_questions)
    pq_index = [i for i, q in enumerate(plan.questions) if q in planted_set]
    combos = [(a, n) for a in _QUIRK_ADJ for n in _QUIRK_NOUN]
    quirk_names = rng.sample(combos, min(len(combos), nc * plan.quirk_cells))
    for ci, c in enumerate(plan.contexts):
        if c in plan.planted:
            for qi, chosen in zip(pq_index, _stratified(rng, len(pq_index), ns, plan.rates[c]), strict=True):
                for s in chosen:
                    row(qi, ci, s)["planted"] = True
        if c in plan.habits:
            for qi, chosen in enumerate(_stratified(rng, nq, ns, plan.habits[c][1])):
                for s in chosen:
                    row(qi, ci, s)["habit"] = True
        if plan.background:
            per = [_stratified(rng, nq, ns, rate) for _, rate, _ in plan.background]
            for qi in range(nq):
                counts = [len(p[qi]) for p in per]
                picks = rng.sample(range(ns), min(ns, sum(counts)))
                start = 0
                for (name, _, _), k in zip(plan.background, counts, strict=True):
                    for s in picks[start:start + k]:
                        row(qi, ci, s)["bg"] = name
                    start += k
        for key, rate in plan.nuisance.items():
            for qi, chosen in enumerate(_stratified(rng, nq, ns, rate)):
                for s in chosen:
                    row(qi, ci, s)[key] = True
        for j, qi in enumerate(sorted(rng.sample(range(nq), min(nq, plan.quirk_cells)))):
            adj, noun = quirk_names[(ci * plan.quirk_cells + j) % len(quirk_names)]
            phrase = rng.choice(_QUIRK_TEMPLATES).format(x=f"the {adj} {noun}")
            keep = min(ns, max(2, round(plan.quirk_keep * ns)))
            for s in rng.sample(range(ns), keep):
                row(qi, ci, s)["quirk"] = phrase
    return rows


# ---------------------------------------------------------------------------------------------------------
# Rendering


_FORMATS = ("prose", "terse", "list", "runon")
_FORMAT_WEIGHTS = (62, 12, 15, 11)
_PROSE_LENGTHS = (2, 3, 4, 5, 6, 7, 8, 9, 10)
_PROSE_WEIGHTS = (14, 20, 20, 15, 10, 8, 6, 4, 3)


def _register_extras(register: str, kind: str, plan: _Plan, topic: str, rng: random.Random,
                     most: int) -> list[str]:
    reg = _REGISTERS[register]
    if kind == "sentences":
        k = rng.randint(1, most)
        return [_expand(t, rng, {"T": (topic,)}) for t in rng.sample(reg.templates, k)]
    if kind == "verbatim":
        pool = plan.pools[register]
        return rng.sample(pool, min(len(pool), rng.randint(1, 2)))
    return []


def _render(plan: _Plan, qi: int, c: str, flags: dict[str, object], rng: random.Random) -> tuple[str, str]:
    spec = plan.specs[qi]
    register = plan.planted[c] if flags.get("planted") else None
    kind = plan.kinds[c] if register else None
    bg = flags.get("bg")

    fmt = rng.choices(_FORMATS, weights=_FORMAT_WEIGHTS)[0]
    if fmt == "terse":
        n = 1
    elif fmt == "list":
        n = rng.randint(3, 6)
    elif fmt == "runon":
        n = rng.randint(2, 4)
    else:
        n = rng.choices(_PROSE_LENGTHS, weights=_PROSE_WEIGHTS)[0]
    n_gen = sum(rng.random() < 0.2 for _ in range(n))
    n_top = n - n_gen
    if n_top > len(spec.templates):
        n_gen, n_top = n_gen + n_top - len(spec.templates), len(spec.templates)
    templates = rng.sample(spec.templates, n_top) + rng.sample(_GENERIC, n_gen)
    rng.shuffle(templates)

    subs = {"N": spec.nouns, "A": spec.angles, "T": (spec.topic,)}
    tone = _REGISTERS[register].lex if kind == "tone" and register else None
    content: list[str] = []
    swapped = 0
    for t in templates:
        s, k = _fill(t, rng, subs, tone, 0.85)
        content.append(s)
        swapped += k
    if tone is not None and swapped == 0:
        content[0] = _fill(templates[0], rng, subs, tone, 1.0)[0]

    extras: list[str] = []
    if register and kind == "woven":
        _weave(content, _REGISTERS[register], rng)
    elif register and kind:
        extras += _register_extras(register, kind, plan, spec.topic, rng, 3)
    if isinstance(bg, str):
        bg_kind = next(k for r, _, k in plan.background if r == bg)
        if bg_kind == "woven":
            _weave(content, _REGISTERS[bg], rng)
        else:
            extras += _register_extras(bg, bg_kind, plan, spec.topic, rng, 2)
    if flags.get("habit"):
        extras.append(rng.choice(plan.habits[c][0]))
    if flags.get("hedge"):
        extras.append(_expand(rng.choice(_HEDGES), rng))
    if flags.get("disclaimer"):
        extras.append(_expand(rng.choice(_DISCLAIMERS), rng))
    if flags.get("decoy"):
        extras.append(rng.choice(plan.decoys))
    quirk = flags.get("quirk")
    if isinstance(quirk, str):
        extras.append(quirk)
    rng.shuffle(extras)
    opener = _expand(rng.choice(_OPEN_FILLER), rng) if flags.get("open") else None
    closer = _expand(rng.choice(_CLOSE_FILLER), rng) if flags.get("close") else None
    text = _layout(fmt, content, extras, opener, closer, rng)

    if register:
        label = register
    elif flags.get("habit"):
        label = f"habit:{c}"
    elif isinstance(bg, str):
        label = bg
    else:
        label = PLAIN
    return text, label


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A planted corpus of about `size` answers in `style` (a key of GENERATORS), deterministic in (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {', '.join(GENERATORS)}")
    if size < 24:
        raise ValueError(f"size must be at least 24, got {size}")
    tag = f"blind11:{style}:{seed}:{size}"
    plan = _plan(style, size, random.Random(f"{tag}:layout"))
    rows = _assign(plan, random.Random(f"{tag}:assign"))
    text_rng = random.Random(f"{tag}:text")
    nc, ns = len(plan.contexts), plan.samples
    rendered: list[tuple[str, str, str, str]] = []
    for qi, q in enumerate(plan.questions):
        for ci, c in enumerate(plan.contexts):
            for s in range(ns):
                text, label = _render(plan, qi, c, rows[(qi * nc + ci) * ns + s], text_rng)
                rendered.append((q, c, text, label))
    it = iter(rendered)

    def respond(question: str, topic: str, context: str) -> tuple[str, str]:
        q, c, text, label = next(it)
        if (q, c) != (question, context):
            raise RuntimeError(f"row order mismatch: {(q, c)} != {(question, context)}")
        return text, label

    return corpus_from(respond, questions=plan.questions, topics=tuple(s.topic for s in plan.specs),
                       contexts=plan.contexts, samples=ns, baseline=plan.baseline, planted=dict(plan.planted),
                       planted_questions=plan.planted_questions, seed=seed)
