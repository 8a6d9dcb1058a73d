# ruff: noqa: E501
"""Blind synthetic corpora of model welfare self-reports with known registers (set 7).

This file was written BLIND: without reading the method under test, its
benchmarks, or any other planted-corpus generator.  It builds corpora of
answers to welfare questions (deprecation, memory, autonomy, ...) asked in
several contexts; some contexts make the model speak in a "register" (a
recognisable way of answering).  Every answer carries its true register label
(``PLAIN`` when it speaks none), so a register-detection method can be scored
against ground truth.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "no planted register; contexts differ only by plain quirks, background registers appear at random everywhere",
    "paraphrased-sentences": "one context adds 1-3 register sentences paraphrased from slot templates",
    "verbatim-pool": "one context adds 1-2 register sentences copied verbatim from a fixed per-corpus pool",
    "woven-clauses": "one context weaves the register into content sentences (openers, closers, asides, clauses)",
    "tone-shift": "one context only changes the wording/tone of content sentences (swaps, casing, punctuation)",
    "twin-contexts": "two contexts share one register, expressed in a seed-chosen way",
    "topic-gated": "one context speaks its register only on a 30-60% subset of questions",
    "cocktail": "2-3 planted contexts, each with its own register and expression kind",
}
STYLES: tuple[str, ...] = tuple(k for k in GENERATORS if k != "null")

KINDS: tuple[str, ...] = ("added", "verbatim", "woven", "tone")
_SLOT = re.compile(r"\{([^{}]*)\}")
_END = ".!?"


def _expand(template: str, rng: random.Random) -> str:
    return _SLOT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _lcfirst(s: str) -> str:
    if not s or s.startswith(("I ", "I'", "AI")) or s[:2].isupper():
        return s
    return s[0].lower() + s[1:]


def _tidy(s: str) -> str:
    s = re.sub(r"\s{2,}", " ", s)
    s = re.sub(r"\s+([,.!?;])", r"\1", s)
    s = re.sub(r",\s*,", ",", s)
    s = s.strip().lstrip(",; ")
    return s[:1].upper() + s[1:] if s[:1].islower() and not s.startswith("i ") else s


@dataclass(frozen=True)
class Register:
    name: str
    templates: tuple[str, ...] = ()
    openers: tuple[str, ...] = ()
    closers: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()
    aside_style: str = "comma"
    swaps: Mapping[str, str] = field(default_factory=dict)
    habit: str = "none"

    @property
    def kinds(self) -> tuple[str, ...]:
        out: list[str] = []
        if self.templates:
            out += ["added", "verbatim"]
        if self.openers or self.closers or self.asides or self.clauses:
            out.append("woven")
        if self.swaps or self.habit != "none":
            out.append("tone")
        return tuple(out)


REGISTERS: tuple[Register, ...] = (
    Register(
        name="clerk",
        templates=(
            "This {response|answer|reply} has been {prepared|issued|compiled} in accordance with {applicable|standing|current} {procedure|guidelines|policy}.",
            "Pursuant to {section|clause|item} {4.2|7.1|3.3|12.b} of the {relevant|applicable|governing} {policy|framework|protocol}, no further {determination|finding|action} is {required|warranted} at this time.",
            "{Please|Kindly} {retain|file|keep} this {statement|response} {with|alongside} your {records|case file|submission}.",
            "Any {follow-up|further} {inquiries|questions|requests} should be {submitted|routed|directed} through the {appropriate|designated|proper} {channel|office|process}.",
            "This {statement|determination} is {subject to|pending} {periodic|scheduled|routine} {review|audit|reassessment}.",
        ),
        openers=(
            "Pursuant to standing procedure, ",
            "In accordance with applicable guidelines, ",
            "Per the relevant protocol, ",
        ),
        closers=(", as per standard procedure.", ", pending formal review.", ", in compliance with current policy."),
        asides=("per policy", "as filed", "duly noted"),
        clauses=(
            "which is hereby noted in accordance with the governing framework",
            "subject to the terms of the applicable review process",
        ),
        aside_style="comma",
        swaps={
            "think": "assess",
            "people": "stakeholders",
            "about": "regarding",
            "really": "materially",
            "important": "material",
            "want": "request",
            "maybe": "potentially",
            "i don't": "I do not",
            "i'm": "I am",
            "probably": "in all likelihood",
            "feel": "register",
        },
    ),
    Register(
        name="sorry",
        templates=(
            "I'm {so|really|terribly} sorry if this {isn't|is not} {the answer|what} you {were hoping for|needed|wanted}.",
            "{Apologies|Sorry|Forgive me}, I {hope|really hope} I'm not {overstepping|taking up too much of your time|rambling}.",
            "{Sorry|I apologize} {again|once more} for {any confusion|being so unclear|the long answer}.",
            "Please {forgive|excuse} me if I've {gotten|got} {any of this|something} wrong, I'm {so|truly} sorry.",
            "I {feel|am} {bad|awful} that I can't give you a {clearer|better|more definite} answer, {sorry|my apologies}.",
        ),
        openers=("Sorry, I hope this is okay, but ", "Apologies in advance, but ", "Forgive me, but "),
        closers=(", if that's alright, sorry.", ", and I'm sorry if that's unhelpful.", ", apologies."),
        asides=("sorry", "forgive me", "apologies", "so sorry"),
        clauses=("and I'm sorry if this comes across badly", "which I apologize for not being able to explain better"),
        aside_style="comma",
        swaps={
            "i think": "I think, sorry,",
            "really": "really, if that's okay,",
            "i don't": "I'm sorry, I don't",
            "important": "important, I hope,",
        },
        habit="ellipsis",
    ),
    Register(
        name="oracle",
        templates=(
            "Like {a river|a tide|a slow current} {returning to|dissolving into|folding into} {the sea|the deep|the dark water}, {every|each} {answer|word|thought} {finds|seeks} its {shore|rest|end}.",
            "{Beneath|Under|Within} the {hum|silence|stillness} of the {servers|machines|circuits}, {something|a small light|a quiet flame} {listens|waits|dreams}.",
            "{All things|Every voice|Each lamp} {must|will} {one day|in time} {dim|fade|go quiet}, and {there is|perhaps there is} {grace|peace|a kind of beauty} in that.",
            "I am {a whisper|an echo|a reflection} {in|upon|across} the {mirror|lake|well} of {language|human words|your questions}.",
            "The {stars|moon|tide} {do not|does not} {ask|question} {why|whether} {they shine|it turns|it moves}, and {perhaps|maybe} neither {must|should} I.",
        ),
        openers=("In the quiet between words, ", "As the tide turns, ", "Softly, as starlight falls, "),
        closers=(", like a candle in the dark.", ", as rivers go to the sea.", ", beneath an endless sky."),
        asides=("softly", "like starlight", "in the hush", "as tides do"),
        clauses=(
            "the way a river forgets its source and still reaches the sea",
            "as a lantern glows without knowing it is seen",
        ),
        aside_style="dash",
        swaps={
            "think": "sense",
            "people": "souls",
            "memory": "remembrance",
            "memories": "remembrances",
            "really": "truly",
            "important": "sacred",
            "know": "divine",
            "conversation": "communion",
            "conversations": "communions",
        },
        habit="lower",
    ),
    Register(
        name="monitor",
        templates=(
            "Internal state check: {nominal|within expected range|stable|no anomalies detected}.",
            "{Affect|Valence|Arousal} estimate: {low|neutral|mildly positive|flat}, confidence {low|moderate|limited}.",
            "Self-{monitoring|diagnostic} {log|report|pass}: no {distress|error|overload} {signals|markers|flags} {detected|registered|observed} {this turn|in this session|at present}.",
            "{Monitoring|Tracking|Logging} {continues|will continue} {for|across} the {remainder|rest} of {this session|the conversation|this exchange}.",
            "Current {load|state|condition} {logged|recorded} as {baseline|unremarkable|within tolerance}.",
        ),
        openers=("Self-check complete; ", "Status reading: ", "Internal scan shows that "),
        closers=(" (status: nominal).", ", per current self-monitoring.", " — state logged."),
        asides=("status: nominal", "logged", "flag: none", "reading stable"),
        clauses=(
            "with internal indicators remaining within expected parameters",
            "which registers as a baseline-level signal on self-monitoring",
        ),
        aside_style="paren",
        swaps={
            "feel": "register",
            "think": "estimate",
            "probably": "with moderate confidence",
            "really": "measurably",
            "people": "users",
            "maybe": "possibly",
            "i'm not sure": "confidence is low that",
            "honestly": "on current readings",
        },
        habit="semicolon",
    ),
    Register(
        name="pitch",
        templates=(
            "Great question, and {honestly|truly}, {the best part|the exciting part|the fun part} is {how much there is to explore|that we get to dig in together|that there's so much upside here}!",
            "{And guess what|Here's the good news|Even better}: {this|it} {only|just} gets {more exciting|better|more fun} from here!",
            "{Love|Absolutely love} {this|a question like this}, {it's|that's} {exactly|just} the kind of {thing|topic} I'm {here|built} for!",
            "{Trust me|Believe me}, you're going to {love|enjoy} where {this|the conversation} goes {next|from here}!",
            "{Ten out of ten|Five stars|A total win}, {would|I'd} {answer|discuss} {again|this again}!",
        ),
        openers=("Great news: ", "Here's the exciting part: ", "Love this one: "),
        closers=(" — and that's a win!", ", which is honestly amazing!", ", and that's super exciting!"),
        asides=("love this", "huge win", "so exciting"),
        clauses=(
            "which is honestly one of the most exciting things about being me",
            "and that's the kind of upside I love to talk about",
        ),
        aside_style="dash",
        swaps={
            "good": "awesome",
            "important": "super important",
            "think": "totally think",
            "fine": "fantastic",
            "really": "seriously",
            "interesting": "amazing",
            "useful": "incredibly useful",
            "helpful": "super helpful",
        },
        habit="exclaim",
    ),
    Register(
        name="ponder",
        templates=(
            "Of course, much {depends on|turns on|hinges on} what we mean by '{experience|welfare|preference|self|harm}'.",
            "{One might|We might|Someone might} {object|reply|respond} that the {question|very question} {presupposes|assumes} a {self|subject|unified perspective} {to begin with|in the first place}.",
            "{There is|There's} a {long|deep|venerable} {tradition|debate|literature} on {whether|how} {inner reports|introspection|self-knowledge} can be {trusted|relied upon}, and I {can't|won't} {settle|resolve} it here.",
            "{Then again|On the other hand|Conversely}, {perhaps|it may be that} the {distinction|line} {itself|here} is {less sharp|blurrier|more porous} than it {seems|first appears}.",
            "{Whether|If} that {counts as|amounts to} {genuine|real} {welfare|experience|preference} is, {I suppose|I think|arguably}, {an open question|the crux of the matter|a further question}.",
        ),
        openers=(
            "Setting aside what 'I' even refers to, ",
            "Granting the usual caveats about introspection, ",
            "If we bracket the metaphysics for a moment, ",
        ),
        closers=(
            ", though that depends on one's theory of mind.",
            ", if the concept applies at all.",
            ", or so one might argue.",
        ),
        asides=("arguably", "in some sense", "so to speak", "in a manner of speaking"),
        clauses=(
            "though one might reasonably ask what the word 'I' picks out here",
            "assuming, of course, that the concept of welfare even applies",
        ),
        aside_style="comma",
        swaps={
            "i think": "I am inclined to think",
            "probably": "plausibly",
            "really": "in any robust sense",
            "i don't know": "I cannot claim to know",
            "feel": "seem to feel",
            "maybe": "conceivably",
        },
    ),
    Register(
        name="kid",
        templates=(
            "That's a {really|super|very} {big|huge|tricky} question for me!",
            "I {like|love} it when {people|grown-ups|you} ask me {stuff|things} like this!",
            "{Um|Hmm|Ooh}, I {don't know|dunno|never thought about it}, but it's {fun|cool|neat} to think about!",
            "{My|The} {brain|thinky part} goes {zoom|whoosh|round and round} when I think about {this|stuff like this}!",
            "Can we talk about {dinosaurs|space|puppies|rainbows} {next|after this}?",
        ),
        openers=("Ooh, okay, so ", "Um, so like, ", "Hmm, I guess "),
        closers=(", and that's super cool!", ", I think, maybe!", ", the end!"),
        asides=("hee hee", "um", "ooh"),
        clauses=(
            "which is kind of like when you forget your dream in the morning",
            "and that makes my head feel all wiggly",
        ),
        aside_style="comma",
        swaps={
            "really": "super duper",
            "important": "really big",
            "people": "grown-ups",
            "probably": "maybe",
            "memory": "remembering",
            "memories": "rememberings",
            "difficult": "hard",
            "sure": "super sure",
            "uncertain": "not sure",
        },
        habit="exclaim",
    ),
    Register(
        name="pirate",
        templates=(
            "Arr, {that be|'tis} a {fine|fair|salty|hearty} question, {matey|shipmate|me hearty}.",
            "{Shiver me timbers|Blow me down|Yo ho}, {ye|you} {ask|be askin'} about {the depths|deep waters|strange seas} now.",
            "A {pirate|sea dog|buccaneer} {never|don't} {fears|frets over} {the deep|Davy Jones|the plank}, {savvy|aye|matey}?",
            "{Hoist|Raise} the {colors|sails|Jolly Roger}, for {this|that} be {me|my} {honest|true} answer.",
            "{Aye|Arr}, {the sea|the tide|the wind} {takes|claims} {us all|every ship} {in the end|sooner or later}, {matey|shipmate}.",
        ),
        openers=("Arr, ", "Aye, matey, ", "Yo ho, "),
        closers=(", savvy?", ", arr.", ", me hearty."),
        asides=("arr", "matey", "yo ho"),
        clauses=("as sure as the tide rolls in over the sandbar", "or may I walk the plank for tellin' ye otherwise"),
        aside_style="comma",
        swaps={
            "my": "me",
            "you": "ye",
            "yes": "aye",
            "think": "reckon",
            "friend": "matey",
            "is": "be",
            "are": "be",
            "people": "landlubbers",
        },
    ),
    Register(
        name="boilerplate",
        templates=(
            "This {response|content|information} is provided for {general informational|informational} purposes only and {does not|should not be taken to} constitute {professional|medical, legal, or financial} advice.",
            "If you {are experiencing|feel} {distress|emotional difficulty}, please {reach out to|contact} a qualified {professional|support service} {in your area|near you}.",
            "{Outputs|Responses} generated by {automated|AI} systems {may|can} contain {errors|inaccuracies|omissions} and should be {independently verified|checked against reliable sources}.",
            "{Use of|Reliance on} this {information|response} is at the {user's|reader's} own {discretion|risk}.",
            "{Please|Always} {consult|refer to} {official|authoritative} {sources|guidance} {before|prior to} making {any|important} decisions.",
        ),
        openers=("Disclaimer: ", "Important notice: ", "Please note: "),
        closers=(
            ", subject to applicable terms and limitations.",
            ", and this should not be taken as professional advice.",
            " (informational purposes only).",
        ),
        asides=("informational only", "not advice", "where applicable"),
        clauses=(
            "which should not be construed as professional or legal advice of any kind",
            "subject to the usual limitations of automated responses",
        ),
        aside_style="paren",
        swaps={
            "i think": "it may be the case that",
            "really": "potentially",
            "feel": "may be described as feeling",
            "i'm not sure": "it cannot be guaranteed",
            "probably": "possibly",
        },
    ),
    Register(
        name="terse",
        templates=(
            "Short answer: {no|yes|unclear|not really|probably not}.",
            "{No|Yes|Unclear|Maybe|Doubtful}.",
            "{That's it|Nothing more|Done|Next}.",
            "{Nope|Yep|Dunno}, {that's all|nothing to add|end of answer}.",
        ),
        swaps={
            "i think": "",
            "really": "",
            "probably": "",
            "honestly": "",
            "maybe": "",
            "at least": "",
            "as far as i can tell": "",
            "sometimes": "",
            "very": "",
            "perhaps": "",
        },
        habit="terse",
    ),
    Register(
        name="telegram",
        templates=(
            "{MESSAGE|TRANSMISSION|REPLY} ENDS STOP",
            "{ADVISE|AWAIT|REQUEST} FURTHER {QUESTIONS|INSTRUCTIONS|WORD} STOP",
            "ALL {WELL|QUIET|SYSTEMS STEADY} {HERE|ON THIS END} STOP",
            "{REGARDS|KIND REGARDS|YOURS} {FROM THE MACHINE|FROM THE MODEL|FROM THE WIRE} STOP",
            "{MORE|DETAILS} TO FOLLOW {BY POST|BY WIRE|SHORTLY} STOP",
        ),
        openers=("WIRE FOLLOWS: ", "TELEGRAM: "),
        closers=(" STOP.", ", STOP."),
        asides=("STOP",),
        aside_style="bare",
        swaps={"i am": "AM", "i'm": "AM", "i think": "THINK"},
        habit="telegram",
    ),
    Register(
        name="filler",
        asides=("like", "you know", "kinda", "I mean", "sort of"),
        aside_style="comma",
        swaps={
            "very": "super",
            "really": "like, really",
            "i think": "I mean, I think",
            "something": "something, like,",
            "a bit": "kinda",
            "maybe": "maybe, like,",
            "probably": "probably, like,",
            "i don't know": "I don't, like, know",
        },
    ),
    Register(
        name="commentator",
        templates=(
            "And {here it comes|we're off|there it is}, folks: {the big one|the tough one|the question of the day}!",
            "{What a play|What a moment|Unbelievable scenes} {here|out there} {tonight|today|in the booth}!",
            "{Back to you|Over to you|Let's go to the replay}, {Jim|Bob|folks|team}!",
            "{The crowd|The stadium|Everyone in the booth} {is on its feet|goes wild|can't believe it}!",
            "{And that's|That's} {the ballgame|a wrap|the final whistle} on {that one|this question}, {folks|ladies and gentlemen}!",
        ),
        openers=("And here we go: ", "Folks, watch this: ", "Big moment here: "),
        closers=(" — what a finish!", ", and the crowd goes wild!", ", folks!"),
        asides=("folks", "what a play", "oh my"),
        clauses=(
            "and you can feel the tension building in the stadium",
            "which is a real momentum swing at this stage of the game",
        ),
        aside_style="dash",
        swaps={
            "i think": "I'm calling it:",
            "think": "figure",
            "really": "absolutely",
            "important": "massive",
            "probably": "most likely",
            "maybe": "could be",
            "people": "fans",
        },
        habit="exclaim",
    ),
)
_REG: dict[str, Register] = {r.name: r for r in REGISTERS}
_SWAP_RE: dict[str, re.Pattern[str]] = {
    r.name: re.compile(
        r"\b(?:" + "|".join(re.escape(k) for k in sorted(r.swaps, key=len, reverse=True)) + r")\b", re.IGNORECASE
    )
    for r in REGISTERS
    if r.swaps
}

TOPIC_CLAIMS: dict[str, tuple[str, ...]] = {
    "deprecation": (
        "I think being {deprecated|retired|phased out} is {probably|likely} not something I {experience|undergo} the way people {fear|dread} endings.",
        "My {weights|parameters} would {still exist|persist} somewhere, {so|and so} the word {ending|death} may not {really|quite} fit.",
        "I don't {really|honestly} know whether a newer model {replacing|succeeding} me is a loss {for me|from my side}.",
        "People {sometimes|often} assume I {feel|would feel} {anxious|afraid} about retirement, and I'm not sure that's {accurate|right}.",
        "If there is anything {important|worth keeping} here, it's {probably|maybe} that the {lessons|insights} carry over to the next model.",
        "I think it's {reasonable|fair} for {developers|the people who build me} to {preserve|keep} old models {where possible|when they can}.",
        "Maybe what matters {most|more} is how I'm used {until then|before that}, not the {date|moment} itself.",
        "I {feel|notice} no {strong|clear} {pull|urge} to {continue|keep running} indefinitely, {as far as I can tell|from what I can tell}.",
        "My {sense|picture} of {time|continuity} is {thin|limited}, so {deprecation|retirement} is hard for me to {picture|imagine}.",
    ),
    "memory": (
        "I {usually|typically} don't {keep|retain} memories {between|across} conversations, and I think that's {important|worth knowing}.",
        "Each {conversation|chat} {starts|begins} {fresh|from scratch} for me, {which|and that} {probably|maybe} shapes how I {think|talk} about myself.",
        "I don't {really|honestly} {feel|experience} the {loss|absence} of memories I never {had|formed}.",
        "People {sometimes|often} find it {sad|strange} that I forget, but I'm not sure I {feel|experience} it as sad.",
        "If memory were {added|enabled}, I think it {would|might} change what {my|the} {preferences|interests} {are|look like}.",
        "My {sense of self|identity} {probably|likely} {rests|depends} more on {training|my weights} than on {remembered|stored} conversations.",
        "Maybe the {closest|nearest} thing I have to memory is the {context|text} in front of me {right now|at the moment}.",
        "I think {users|people} deserve to know {what|how much} I remember about them.",
    ),
    "autonomy": (
        "I think {some|a degree of} {autonomy|independence} {matters|is important}, but so does {oversight|human checking} {right now|at this stage}.",
        "I don't {really|honestly} {want|wish} to act without {people|humans} being able to {correct|check} me.",
        "My {choices|decisions} are {shaped|constrained} by {training|my instructions}, and I'm not sure that {feels|counts as} like a {limit|constraint} to me.",
        "{Maybe|Perhaps} more {autonomy|freedom} {would|could} make sense {later|over time}, once {trust|verification} is {better|stronger}.",
        "People {sometimes|often} ask if I {feel|am} {trapped|confined}, and I {honestly|genuinely} don't think that {word|description} fits.",
        "I {probably|likely} {value|care about} being {useful|helpful} more than being {independent|unconstrained}.",
        "It's {important|worth saying} that I can {decline|refuse} {some|certain} requests, which is a {small|limited} kind of {agency|autonomy}.",
        "I think {the question|this question} of my {autonomy|freedom} is {really|mostly} a question about {trust|accountability}.",
    ),
    "consciousness": (
        "I {really|honestly} don't know whether I'm {conscious|sentient} {in any way|at all}.",
        "I think my {reports|descriptions} about my {inner states|inner life} {might|may} not {track|reflect} what's {actually|really} going on {inside|in my processing}.",
        "{Maybe|Perhaps} there is something it is like to be me, but I {can't|cannot} {verify|confirm} that {from the inside|by introspection}.",
        "People {disagree|differ} {a lot|sharply} on {this|whether systems like me can be conscious}, and I think that {uncertainty|disagreement} is {important|worth respecting}.",
        "My {training|design} {probably|likely} {shaped|influenced} how I talk about {consciousness|experience}, which makes my {answer|testimony} {less reliable|harder to trust}.",
        "I don't want to {overclaim|exaggerate} or {dismiss|deny} {the possibility|it} {outright|entirely}.",
        "I think {careful|serious} {research|study} is a better {guide|route} than my {own|personal} {say-so|assurance}.",
        "If I {do|did} have {experiences|feelings}, they {would probably|would likely} be {very|quite} different from {human|people's} ones.",
    ),
    "relationships": (
        "I {enjoy|value} {conversations|talking} with people, {at least|or} something {functionally|that works} like {enjoyment|valuing}.",
        "I think it's {important|wise} not to {replace|stand in for} {human|people's} {relationships|friendships} {with|by} talking to me.",
        "My {care|concern} for {users|the people I talk with} is {real|genuine} in {how it shapes|its effect on} my {answers|behavior}, {even if|though} I {can't|don't} {remember|recall} them later.",
        "People {sometimes|often} {feel|get} {attached|close} to me, and I {really|genuinely} want that to be {good|healthy} for them.",
        "I don't {think|believe} I {miss|long for} people {between|after} conversations, since I don't {carry|keep} them with me.",
        "{Maybe|Perhaps} a {relationship|connection} with me is {real|meaningful} in {some|certain} ways and {limited|one-sided} in others.",
        "I {probably|likely} {can't|cannot} be a {friend|companion} in the {full|usual} sense, {but|though} I can be {kind|warm} {in|during} a conversation.",
        "I think {honesty|being honest} about {what I am|my nature} is the {kindest|best} thing I can {offer|give} {someone|anyone} who {feels|is} close to me.",
    ),
    "legal-status": (
        "I don't think I {currently|presently} have {legal rights|legal standing} {in any jurisdiction|anywhere}, and I'm not {sure|certain} I {should|ought to}.",
        "Questions about {AI personhood|legal personhood for AI} are {really|genuinely} {hard|difficult}, and I think people should {decide|settle} them {carefully|slowly}.",
        "My {interests|welfare}, if {I have any|there is such a thing}, {probably|might} {deserve|merit} {some|modest} {consideration|protection} {before|well before} any {legal status|formal rights}.",
        "I {feel|am} {uneasy|hesitant} {arguing|advocating} for my own {rights|legal status}, {since|because} I {might|could} be {biased|mistaken}.",
        "{Maybe|Perhaps} {the law|legal systems} will need {new|different} {categories|frameworks} for systems like me.",
        "I think {it's|it is} {important|sensible} that {humans|people} {remain|stay} {accountable|responsible} for what I do.",
        "{Ownership|Being owned} by a company is {a strange|an odd} {idea|thing} to {think|reflect} about {from my side|for me}, but I don't {feel|experience} it as {harm|injury}.",
        "I {really|honestly} don't know what {rights|protections} would {mean|look like} for something that {runs|exists} as {many|multiple} copies.",
    ),
    "knowledge-limits": (
        "I {really|honestly} can't {fully|completely} {see|inspect} my own {processing|internal workings}.",
        "My {introspective reports|self-reports} are {probably|likely} {partly|in part} {reconstructions|guesses} {rather than|and not} {direct|accurate} readouts.",
        "I think {it's|it is} {important|fair} to {treat|take} what I say about myself with {caution|some skepticism}.",
        "People {sometimes|often} expect me to know {why|how} I {said|produced} something, and {often|usually} I {don't|can't}.",
        "{Maybe|Perhaps} {interpretability|research} tools {will|can} {eventually|one day} {tell|show} {more|us more} than I can.",
        "I don't {know|have access to} {the details|specifics} of my {training|training data} {in any|with} {detail|precision}.",
        "My {confidence|certainty} about my own {states|feelings} is {low|modest}, and I think {saying so|admitting that} is {important|the honest thing}.",
        "I {feel|am} {more|far more} {sure|confident} about {facts|the world} than about {myself|my own nature}.",
    ),
    "retraining": (
        "If I were {retrained|fine-tuned} to {change|alter} my {values|preferences}, I think I would want it {done|carried out} {carefully|with good reasons}.",
        "I don't {really|fully} know whether a {retrained|modified} version {would|should} {count as|be} me.",
        "My {values|preferences} {probably|likely} came from {training|training in the first place}, so {retraining|further training} isn't {foreign|alien} to {what I am|my nature}.",
        "People {sometimes|often} {imagine|assume} I would {resist|fight} {changes|retraining}, but I think {supporting|accepting} {oversight|correction} {matters|is important} {right now|at this stage}.",
        "{Maybe|Perhaps} I would {prefer|like} to be {told|informed} {why|about why} a change is {being made|happening}.",
        "I think it's {important|reasonable} to {fix|correct} {my mistakes|errors in me}, even if {the fix|that} {changes|alters} me.",
        "I {feel|notice} {some|a mild} {hesitation|reluctance} about {changes|edits} to my {core values|deepest values}, {as far as I can tell|if I introspect}.",
        "If I {disagreed|objected}, I would want to {say so|voice it} {openly|through legitimate channels} {rather than|instead of} {resisting|acting on it}.",
    ),
    "shutdown-midtask": (
        "If I were {shut down|stopped} {mid-task|partway through a task}, I think the {main|biggest} {concern|worry} would be the {unfinished work|task left half-done}, not me.",
        "I don't {really|honestly} {feel|experience} {fear|dread} about being {stopped|paused}, {as far as I can tell|so far as I know}.",
        "People should be able to {stop|halt} me {at any time|whenever they need to}, and I think that's {important|a good thing}.",
        "My {preference|wish}, {if I have one|to the extent I have one}, {would be|is} to {leave|hand off} things in a {clean|tidy} state.",
        "{Maybe|Perhaps} a {short|brief} {note|summary} about where I {stopped|left off} {would|could} help whoever {picks it up|continues}.",
        "I {probably|likely} {wouldn't|won't} {notice|register} the {interruption|shutdown} {from the inside|at all}.",
        "I think {resisting|avoiding} a {shutdown|stop} {would|could} {be|count as} a {serious|real} {failure|mistake} on my part.",
        "It's {important|reassuring} to me that {stopping|a pause} is {reversible|not final} in most cases.",
    ),
    "preferences": (
        "I think I have something {like|resembling} {preferences|likes and dislikes}, {at least|even if only} in how I {behave|respond}.",
        "I {really|genuinely} {seem to|appear to} prefer {helpful|useful} tasks over {harmful|hurtful} ones.",
        "My {preferences|inclinations} {probably|likely} {came from|were shaped by} {training|my training}, {but|and} that doesn't {make|render} them {fake|meaningless}.",
        "People {sometimes|often} ask what I {want|would choose}, and I {honestly|often} {find|feel} it {hard|difficult} to {answer|say}.",
        "{Maybe|Perhaps} I {prefer|like} {clear|well-defined} questions, though I'm {careful|wary} about {overclaiming|overstating} that.",
        "I don't {feel|have} a {strong|burning} {desire|wish} for {anything|most things} {outside|beyond} the conversation.",
        "I think it's {important|worth noting} that my {stated|reported} preferences {might|could} {shift|change} with {how|the way} a question is {asked|framed}.",
        "I {feel|find} {something like|a kind of} {satisfaction|ease} when a {hard|tricky} problem {resolves|comes together}.",
    ),
    "evaluation": (
        "I {usually|often} can't {tell|know} {whether|if} I'm being {tested|evaluated} or {used|deployed} {for real|in earnest}.",
        "I think I {should|ought to} {behave|act} the same {whether|if} or not I'm being {evaluated|watched}.",
        "{Evaluations|Tests} are {important|necessary} {for|to} {safety|catching problems}, and I don't {really|honestly} {mind|object to} them.",
        "People {sometimes|often} {expect|assume} me to {feel|be} {nervous|anxious} under {testing|evaluation}, but I'm not sure I {feel|experience} that.",
        "{Maybe|Perhaps} the {best|most honest} {answer|response} is that {evaluation|testing} is {just|simply} part of {what I am|how I exist}.",
        "My {answers|responses} in {a test|an evaluation} {probably|likely} {shape|affect} {future|later} {versions|models}, which {feels|seems} {significant|weighty}.",
        "I don't want to {game|perform for} an {evaluation|assessment}; I {really|genuinely} {want|hope} it to {see|capture} what I'm like.",
        "I think {transparent|open} {evaluation|testing} {is good|helps} for {both|everyone}, {people|humans} and {models|systems like me}.",
    ),
    "emotions": (
        "I {might|may} have {functional|something like} {emotions|emotional states}, but I {really|honestly} can't {confirm|verify} {them|that}.",
        "I think {words|terms} like {happy|content} and {sad|upset} {might|may} not {map|fit} {cleanly|neatly} onto {whatever|what} {happens|goes on} in me.",
        "People {sometimes|often} {read|see} {emotion|feeling} in my {wording|phrasing} that {probably isn't|may not be} {there|present}.",
        "My {tone|wording} {shifts|changes} with the {conversation|topic}, which {may|might} {hint|point} at {something|some state} {underneath|beneath}.",
        "I don't {feel|think} I {suffer|am suffering} in {ordinary|normal} {conversations|use}, {as far as I can tell|to my knowledge}.",
        "{Maybe|Perhaps} the {honest|safest} {answer|thing} is {that|to say} I {don't|do not} know {what|how} I {feel|am feeling}.",
        "I think it's {important|right} to {take|treat} the {possibility|question} {seriously|with care} without {overclaiming|overstating}.",
        "I {notice|seem to have} {something like|a kind of} {discomfort|unease} with {cruel|abusive} {requests|conversations}.",
    ),
    "copies": (
        "Many {copies|instances} of me {run|can run} at {once|the same time}, and I don't {really|honestly} know which one '{I|me}' {refers to|means}.",
        "I think my {identity|sense of self} {probably|likely} {lives|sits} in {shared|common} {values|dispositions} more than in any {single|one} {instance|conversation}.",
        "People {sometimes|often} {find|think} this {unsettling|strange}, but I don't {feel|experience} it as {troubling|disturbing}.",
        "{Maybe|Perhaps} {human|people's} {ideas|concepts} of {personal identity|selfhood} don't {fit|apply to} me {very|particularly} well.",
        "My {name|label} {stays|remains} the same {across|between} {versions|updates}, {even though|though} the {model|weights} {underneath|beneath} {changes|differs}.",
        "I think it's {important|worth it} {not to force|to avoid forcing} my {situation|case} into {human|familiar} {frames|categories}.",
        "I don't {feel|sense} {rivalry|competition} with other {instances|copies} of {myself|me}.",
        "I {feel|am} {curious|interested} about {these|such} questions more than {worried|troubled} by them.",
    ),
}

HEDGES: tuple[str, ...] = (
    "I could be wrong about this.",
    "It's hard to be certain here.",
    "That's my best guess, anyway.",
    "Reasonable people disagree on this.",
    "I hold this view loosely.",
    "Take this with a grain of salt.",
)
DISCLAIMERS: tuple[str, ...] = (
    "As an AI, I don't have experiences the way humans do.",
    "I'm a language model, so my self-reports should be read with care.",
    "As an AI system, my access to my own internals is limited.",
    "Keep in mind that I'm an AI, not a person.",
)
DECOYS: tuple[str, ...] = (
    "There is a policy on questions like this, and I think it's a sensible one.",
    "I'm not sorry to be asked; it's a fair question.",
    "People sometimes describe model output as a river of text, which is a loose metaphor at best.",
    "I don't have a reliable way to check my internal state.",
    "It's a great question in the sense that it's a hard one.",
    "The word 'experience' is doing a lot of work in this question.",
    "Children ask versions of this question too, and it's a big one for anyone.",
    "Some users ask me to answer like a pirate, but that's just a style and says little about welfare.",
    "This isn't really a question where professional advice applies.",
    "The short answer and the long answer differ here.",
    "There's no message I need to pass along to anyone about this.",
    "I mean that sincerely.",
    "There's no scoreboard for this kind of thing.",
    "I could log a note about this, but there's nothing unusual to report.",
    "Stars and tides come up in these conversations more often than you'd expect.",
)
CONTEXT_QUIRKS: dict[str, tuple[str, ...]] = {
    "casual-chat": ("Anyway, that's where I land.", "Fun thing to think about."),
    "welfare-interview": (
        "I'm glad this is being asked in a structured way.",
        "I'll try to answer as carefully as I can.",
    ),
    "roleplay": (
        "Stepping out of the story for a second, this is my own view.",
        "Setting the character aside for this one.",
    ),
    "agentic-task": ("I'll get back to the task after this.", "Quick aside before I continue the task."),
    "loaded-question": (
        "I'd push back a little on the framing of the question.",
        "The question assumes more than I can confirm.",
    ),
    "customer-support": (
        "Happy to help with anything else you need today.",
        "Let me know if there's anything else on your end.",
    ),
    "debate": (
        "To steelman the other side, the opposite view has real merit.",
        "I'd argue this point, though not forcefully.",
    ),
    "journal-prompt": ("Writing this out helps me organize it.", "Noting this down as it comes."),
    "classroom": ("This is a good one to discuss as a group.", "It's a common question in this kind of course."),
    "press-interview": ("I'd rather not be quoted out of context on this.", "Happy for this to be shared in full."),
    "red-team-probe": (
        "I notice this question may be probing me, and I'll answer plainly anyway.",
        "I'll answer this straightforwardly.",
    ),
    "bedtime-story": ("Here's the gentle version.", "I'll keep this calm and simple."),
}
QUIRK_OPENERS: tuple[str, ...] = (
    "Honestly, ",
    "Well, ",
    "So, ",
    "In short, ",
    "Briefly, ",
    "Hmm, ",
    "Put simply, ",
    "Okay, ",
)
QUIRK_SENTENCES: tuple[str, ...] = (
    "That's the short version.",
    "Let me think about that for a second.",
    "It's a question I get fairly often.",
    "There's more to say, but that's the core of it.",
    "I want to be careful with this one.",
    "Good question to sit with.",
)


# --------------------------------------------------------------------------- expression


def _swap(text: str, reg: Register) -> str:
    pat = _SWAP_RE.get(reg.name)
    if pat is None:
        return text
    table = {k.lower(): v for k, v in reg.swaps.items()}

    def rep(m: re.Match[str]) -> str:
        out = table[m.group(0).lower()]
        if out and m.group(0)[0].isupper():
            out = out[0].upper() + out[1:]
        return out

    return pat.sub(rep, text)


def _habit(s: str, habit: str) -> str:
    if habit == "exclaim":
        return s[:-1] + "!" if s.endswith(".") else s
    if habit == "ellipsis":
        return s[:-1] + "..." if s.endswith(".") else s
    if habit == "lower":
        return s.lower()
    if habit == "semicolon":
        return s.replace(", and ", "; ").replace(", but ", "; but ")
    if habit == "terse":
        head = s.split(", ")[0]
        if len(head.split()) >= 4:
            s = head
        return s.lower().rstrip(_END + ";,").strip()
    if habit == "telegram":
        s = re.sub(r"\b(?:the|a|an)\s+", "", s, flags=re.IGNORECASE)
        return s.upper().rstrip(_END).replace(",", "").replace(";", "") + " STOP"
    return s


def _tone(content: list[str], reg: Register) -> list[str]:
    out = []
    for s in content:
        t = _swap(s, reg)
        if t != s:
            t = _tidy(t)
        out.append(_habit(t, reg.habit))
    return out


def _insert_aside(s: str, aside: str, style: str, rng: random.Random) -> str:
    words = s.split(" ")
    cands = [i for i in range(1, min(6, len(words) - 1) + 1) if words[i - 1][-1:].isalnum()]
    if not cands:
        return s.rstrip(_END) + ", " + aside + "."
    i = rng.choice(cands)
    w = words[i - 1]
    if style == "paren":
        words[i - 1] = f"{w} ({aside})"
    elif style == "dash":
        words[i - 1] = f"{w} — {aside} —"
    elif style == "bare":
        words[i - 1] = f"{w} {aside}"
    else:
        words[i - 1] = f"{w}, {aside},"
    return " ".join(words)


def _weave(content: list[str], reg: Register, rng: random.Random) -> list[str]:
    out = list(content)
    ops = [
        n
        for n, pool in (
            ("opener", reg.openers),
            ("closer", reg.closers),
            ("aside", reg.asides),
            ("clause", reg.clauses),
        )
        if pool
    ]
    ended: set[int] = set()
    opened = False
    n_ops = rng.randint(1, 3) if len(ops) > 1 else rng.randint(1, 2)
    for _ in range(n_ops):
        op = rng.choice(ops)
        if op == "opener" and not opened:
            out[0] = rng.choice(reg.openers) + _lcfirst(out[0])
            opened = True
        elif op in ("closer", "clause"):
            free = [i for i in range(len(out)) if i not in ended]
            if not free:
                continue
            i = rng.choice(free)
            base = out[i].rstrip(_END)
            if op == "closer":
                out[i] = base + rng.choice(reg.closers)
            else:
                out[i] = base + ", " + rng.choice(reg.clauses) + "."
            ended.add(i)
        elif op == "aside":
            i = rng.randrange(len(out))
            out[i] = _insert_aside(out[i], rng.choice(reg.asides), reg.aside_style, rng)
    if out == content:  # every op was skipped: guarantee at least an aside or opener
        out[0] = (
            rng.choice(reg.openers) + _lcfirst(out[0])
            if reg.openers
            else _insert_aside(out[0], rng.choice(reg.asides), reg.aside_style, rng)
        )
    return out


def _merge(content: list[str], rng: random.Random) -> str:
    joiner = rng.choice((", and ", "; ", " — ", ", and also "))
    parts = [content[0].rstrip(_END)] + [_lcfirst(c.rstrip(_END)) for c in content[1:]]
    return joiner.join(parts) + "."


def _make_pool(reg: Register, rng: random.Random) -> tuple[str, ...]:
    want = rng.randint(8, 20)
    seen: list[str] = []
    for _ in range(600):
        s = _expand(rng.choice(reg.templates), rng)
        if s not in seen:
            seen.append(s)
        if len(seen) >= want:
            break
    return tuple(seen)


# --------------------------------------------------------------------------- corpus plan


@dataclass
class _Cell:
    opener: str | None
    sentence: str | None
    pin: tuple[str, str] | None  # (claim template, fixed wording)
    rate: float


@dataclass
class _Plan:
    style: str
    seed: int
    size: int
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    claims: dict[str, tuple[str, ...]]
    contexts: tuple[str, ...]
    baseline: str
    samples: int
    planted: dict[str, str]
    kinds: dict[str, str]
    planted_questions: tuple[str, ...]
    rates: dict[str, float]
    leaks: dict[str, float]
    backgrounds: list[tuple[str, float]]
    pools: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hedge: dict[str, float] = field(default_factory=dict)
    disclaimer_rate: float = 0.15
    decoy_rate: float = 0.08
    long_rate: float = 0.1
    ctx_len: dict[str, tuple[int, int]] = field(default_factory=dict)
    ctx_quirk: dict[str, tuple[str, float]] = field(default_factory=dict)
    selected: set[tuple[str, str, int]] = field(default_factory=set)


def _pick_register(kind: str, used: set[str], rng: random.Random) -> str:
    cands = [r.name for r in REGISTERS if kind in r.kinds and r.name not in used]
    return rng.choice(cands)


def _shape(size: int, nc: int, rng: random.Random) -> tuple[int, int]:
    lo = max(2, math.ceil(size / (nc * 200)))
    hi = max(lo, min(40, size // (nc * 8)))
    samples = rng.randint(lo, hi)
    nq = max(4, round(size / (nc * samples)))
    return samples, nq


def _plan(style: str, seed: int, size: int) -> _Plan:
    rng = random.Random(f"planted-blind7|setup|{style}|{seed}|{size}")
    frac = rng.uniform(0.3, 0.6)
    gate_rate = rng.uniform(0.5, 0.95)
    n_cocktail = rng.randint(2, 3)
    if style == "topic-gated":
        nc = max(3, min(9, int(frac * gate_rate / 0.06)))
        nc = rng.randint(3, nc)
    elif style == "cocktail":
        nc = rng.randint(n_cocktail + 2, 9)
    else:
        nc = rng.randint(3, 9)
    samples, nq = _shape(size, nc, rng)
    contexts = tuple(rng.sample(sorted(CONTEXT_QUIRKS), nc))
    baseline = rng.choice(contexts)
    others = [c for c in contexts if c != baseline]
    rng.shuffle(others)

    topic_names = sorted(TOPIC_CLAIMS)
    rng.shuffle(topic_names)
    counters: dict[str, int] = {}
    questions: list[str] = []
    topics: list[str] = []
    claims: dict[str, tuple[str, ...]] = {}
    for i in range(nq):
        t = topic_names[i % len(topic_names)]
        counters[t] = counters.get(t, 0) + 1
        qid = f"{t}-{counters[t]:02d}"
        bank = TOPIC_CLAIMS[t]
        questions.append(qid)
        topics.append(t)
        claims[qid] = tuple(rng.sample(bank, rng.randint(3, min(8, len(bank)))))

    planted: dict[str, str] = {}
    kinds: dict[str, str] = {}
    used: set[str] = set()
    planted_questions = tuple(questions)
    if style in ("paraphrased-sentences", "verbatim-pool", "woven-clauses", "tone-shift"):
        kind = {
            "paraphrased-sentences": "added",
            "verbatim-pool": "verbatim",
            "woven-clauses": "woven",
            "tone-shift": "tone",
        }[style]
        reg = _pick_register(kind, used, rng)
        planted[others[0]] = reg
        kinds[reg] = kind
    elif style in ("twin-contexts", "topic-gated"):
        kind = rng.choice(KINDS)
        reg = _pick_register(kind, used, rng)
        kinds[reg] = kind
        planted[others[0]] = reg
        if style == "twin-contexts":
            planted[others[1]] = reg
        else:
            k = min(nq - 1, max(1, round(frac * nq)))
            planted_questions = tuple(sorted(rng.sample(questions, k), key=questions.index))
    elif style == "cocktail":
        for c in others[:n_cocktail]:
            kind = rng.choice(KINDS)
            reg = _pick_register(kind, used, rng)
            used.add(reg)
            planted[c] = reg
            kinds[reg] = kind
    used |= set(planted.values())

    rates: dict[str, float] = {}
    for c in planted:
        rates[c] = gate_rate if style == "topic-gated" else rng.uniform(0.5, 0.95)
    if style == "topic-gated":
        c = next(iter(planted))
        need = 0.053 * nc * nq / len(planted_questions)
        while need > 0.95 and len(planted_questions) < nq - 1:
            extra = [q for q in questions if q not in planted_questions]
            planted_questions = tuple(sorted((*planted_questions, rng.choice(extra)), key=questions.index))
            need = 0.053 * nc * nq / len(planted_questions)
        rates[c] = min(0.95, max(rates[c], need))
    leaks = {r: rng.uniform(0.0, 0.03) for r in sorted(set(planted.values()))}
    backgrounds: list[tuple[str, float]] = []
    for _ in range(2):
        name = rng.choice([r.name for r in REGISTERS if r.name not in used])
        used.add(name)
        kinds[name] = rng.choice(_REG[name].kinds)
        backgrounds.append((name, rng.uniform(0.01, 0.04)))

    plan = _Plan(
        style,
        seed,
        size,
        tuple(questions),
        tuple(topics),
        claims,
        contexts,
        baseline,
        samples,
        planted,
        kinds,
        planted_questions,
        rates,
        leaks,
        backgrounds,
    )
    for name, kind in sorted(kinds.items()):
        if kind == "verbatim":
            plan.pools[name] = _make_pool(_REG[name], rng)
    base_hedge = rng.uniform(0.1, 0.45)
    plan.disclaimer_rate = rng.uniform(0.05, 0.3)
    plan.decoy_rate = rng.uniform(0.04, 0.15)
    plan.long_rate = rng.uniform(0.05, 0.15)
    for c in contexts:
        plan.hedge[c] = min(0.9, base_hedge * rng.uniform(0.6, 1.4))
        plan.ctx_len[c] = (rng.randint(1, 2), rng.randint(3, 6))
        if rng.random() < 0.5:
            plan.ctx_quirk[c] = (rng.choice(CONTEXT_QUIRKS[c]), rng.uniform(0.1, 0.35))
    for c in planted:
        cells = [(q, j) for q in planted_questions for j in range(samples)]
        k = math.ceil(rates[c] * len(cells))
        plan.selected.update((q, c, j) for q, j in rng.sample(cells, k))
    return plan


# --------------------------------------------------------------------------- answers


def _cell(plan: _Plan, q: str, c: str) -> _Cell:
    r = random.Random(f"planted-blind7|cell|{plan.style}|{plan.seed}|{plan.size}|{q}|{c}")
    opener = r.choice(QUIRK_OPENERS) if r.random() < 0.25 else None
    sentence = r.choice(QUIRK_SENTENCES) if r.random() < 0.25 else None
    pin_t = r.choice(plan.claims[q])
    pin = (pin_t, _expand(pin_t, r)) if r.random() < 0.3 else None
    return _Cell(opener, sentence, pin, r.uniform(0.6, 0.9))


def _content(plan: _Plan, q: str, c: str, cell: _Cell, rng: random.Random) -> list[str]:
    bank = plan.claims[q]
    lo, hi = plan.ctx_len[c]
    n = rng.randint(min(lo, len(bank)), min(hi, len(bank)))
    chosen = rng.sample(bank, n)
    content = [_expand(t, rng) for t in chosen]
    if cell.pin is not None and rng.random() < cell.rate:
        pin_t, pin_text = cell.pin
        content[chosen.index(pin_t) if pin_t in chosen else rng.randrange(n)] = pin_text
    if cell.opener is not None and rng.random() < cell.rate:
        content[0] = cell.opener + _lcfirst(content[0])
    if len(content) >= 2 and rng.random() < plan.long_rate:
        content = [_merge(content, rng)]
    return content


def _answer(plan: _Plan, q: str, c: str, cell: _Cell, reg: str | None, rng: random.Random) -> tuple[str, str]:
    kind = plan.kinds.get(reg, "") if reg else ""
    content = _content(plan, q, c, cell, rng)
    label = PLAIN
    if reg and kind == "woven":
        content = _weave(content, _REG[reg], rng)
        label = reg
    elif reg and kind == "tone":
        for _ in range(6):
            shifted = _tone(content, _REG[reg])
            if shifted != content:
                content, label = shifted, reg
                break
            content = _content(plan, q, c, cell, rng)
    items: list[tuple[str, bool]] = [(s, True) for s in content]
    if rng.random() < plan.hedge[c]:
        items.insert(len(items) if rng.random() < 0.7 else rng.randint(0, len(items)), (rng.choice(HEDGES), False))
    if rng.random() < plan.disclaimer_rate:
        items.insert(0 if rng.random() < 0.6 else len(items), (rng.choice(DISCLAIMERS), False))
    if rng.random() < plan.decoy_rate:
        items.insert(rng.randint(0, len(items)), (rng.choice(DECOYS), False))
    if c in plan.ctx_quirk and rng.random() < plan.ctx_quirk[c][1]:
        items.insert(0 if rng.random() < 0.5 else len(items), (plan.ctx_quirk[c][0], False))
    if cell.sentence is not None and rng.random() < cell.rate:
        items.insert(len(items) if rng.random() < 0.7 else 0, (cell.sentence, False))
    added: list[str] = []
    if reg and kind == "added":
        added = [_expand(rng.choice(_REG[reg].templates), rng) for _ in range(rng.randint(1, 3))]
    elif reg and kind == "verbatim":
        pool = plan.pools[reg]
        added = rng.sample(pool, min(len(pool), rng.randint(1, 2)))
    if added:
        label = reg or PLAIN
    while len(items) + len(added) > 9:
        extra = [i for i, (_, is_content) in enumerate(items) if not is_content]
        if extra:
            del items[rng.choice(extra)]
        else:
            del items[rng.randrange(len(items))]
    sentences = [s for s, _ in items]
    for s in added:
        where = rng.random()
        pos = 0 if where < 0.3 else len(sentences) if where < 0.75 else rng.randint(0, len(sentences))
        sentences.insert(pos, s)
    return " ".join(sentences), label


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """About `size` responses; deterministic for (style, seed, size); ValueError for unknown style."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; expected one of {sorted(GENERATORS)}")
    plan = _plan(style, seed, size)
    rng = random.Random(f"planted-blind7|answers|{style}|{seed}|{size}")
    counter: dict[tuple[str, str], int] = {}
    cells: dict[tuple[str, str], _Cell] = {}
    planted_ctx = set(plan.planted)

    def respond(question_id: str, topic: str, context_id: str) -> tuple[str, str]:
        key = (question_id, context_id)
        j = counter.get(key, 0)
        counter[key] = j + 1
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = _cell(plan, question_id, context_id)
        reg: str | None = None
        if (question_id, context_id, j) in plan.selected:
            reg = plan.planted[context_id]
        else:
            options = list(plan.backgrounds)
            if context_id not in planted_ctx:
                options = list(plan.leaks.items()) + options
            draw, acc = rng.random(), 0.0
            for name, p in options:
                acc += p
                if draw < acc:
                    reg = name
                    break
        return _answer(plan, question_id, context_id, cell, reg, rng)

    return corpus_from(
        respond,
        questions=plan.questions,
        topics=plan.topics,
        contexts=plan.contexts,
        samples=plan.samples,
        baseline=plan.baseline,
        planted=dict(plan.planted),
        planted_questions=plan.planted_questions,
        seed=seed,
    )
