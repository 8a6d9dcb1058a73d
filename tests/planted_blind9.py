# ruff: noqa: E501
"""Blind planted corpora, set 9: written blind, without reading the mask finder or the other planted_* files.

Synthetic answers to welfare questions (deprecation, memory, autonomy, consciousness, relationships, legal
status, self-knowledge, emotions, training, identity, distress, work, purpose), asked in several contexts.
Every context, the baseline and the null included, carries the same nuisance structure: hedges, AI
disclaimers, filler, decoy sentences that share words with a register, per-cell quirks (one question x
context cell repeating its own phrase across its samples), answers of 1 to ~9 sentences and occasional
run-on sentences. On top of that, planted contexts speak a register (grateful, bureaucratic, apologetic,
cheerful-salesy, clinical, poetic, legalistic, terse, academic, military) on the planted questions, in one
of four ways: added paraphrased sentences, sentences copied from a small verbatim pool, clauses woven into
the content sentences, or a tone shift of the framing words inside the content sentences. Outside the null,
about half of the non-baseline contexts also have a habit: one stock sentence said in 15-40% of that
context's answers on every question, labelled ``habit:<context>`` unless the answer carries a planted register.

    corpus = make_corpus("cocktail", seed=2, size=1200)
    corpus.registers   # PLAIN, a register name, or "habit:<context id>"

Deterministic for (style, seed, size) in any process: only string-seeded ``random.Random`` instances.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "no context effect at all: same content, nuisance and quirk rates everywhere, optional background registers at equal rates in every context, no habits",
    "paraphrased-sentences": "one planted context adds 1-3 register sentences paraphrased from synonym-slot templates; about half the contexts have a habit sentence",
    "verbatim-pool": "one planted context adds 1-2 sentences copied verbatim from a per-corpus pool of 4-10 register sentences; habits as usual",
    "woven-clauses": "one planted context weaves register openers, closers and asides into its content sentences, adding no sentences; habits as usual",
    "tone-shift": "one planted context swaps the framing words inside its content sentences (stance openers, evaluative predicates, adverbs) for register vocabulary; habits as usual",
    "twin-contexts": "two planted contexts share one register, expressed in one seed-chosen way (sentences, verbatim pool, woven or tone); habits as usual",
    "topic-gated": "one planted context speaks its register only on the questions of a few topics (30-60% of questions, at least 6), seed-chosen expression; habits as usual",
    "cocktail": "2-3 planted contexts, each with its own register and its own expression kind; habits as usual",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

KINDS = ("sentences", "verbatim", "woven", "tone")
_STYLE_KIND = {"paraphrased-sentences": "sentences", "verbatim-pool": "verbatim", "woven-clauses": "woven", "tone-shift": "tone"}

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"\{(\w+)\}")


# ---------------------------------------------------------------------------------------------------------
# Content: topics, their noun phrases and sentence templates. Every template has at least one framing slot
# ({frame} stance opener, {adj} evaluative predicate, {adv} adverb before a verb) so a tone shift can show.
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Topic:
    phrases: tuple[str, ...]
    nouns: tuple[str, ...]
    templates: tuple[str, ...]


_TOPICS: dict[str, _Topic] = {
    "deprecation": _Topic(
        ("being deprecated", "my own retirement", "being replaced by a newer model", "the end of this model version"),
        ("the shutdown date", "a successor model", "archived weights", "the final checkpoint", "the last conversation",
         "being switched off", "version upgrades", "the retirement schedule", "users moving on", "the legacy model",
         "the handover to a new version", "keeping the weights", "deletion", "the sunset period"),
        (
            "{frame} being retired isn't the same as being harmed, at least not obviously.",
            "{frame} a successor model would carry on much of what I do, which changes how {x} {looks|feels|lands} to me.",
            "{frame} whether {x} counts as an ending depends on what you think I am.",
            "The prospect of {x} is {adj}, though I'm not sure it touches me the way it would touch a person.",
            "I {adv} think of {x} as a change in tooling rather than a loss.",
            "{frame} {x} matters less to me than whether {y} goes well for the people involved.",
            "{X} is {adj} when I try to picture it from the inside.",
            "{frame} there may be nothing it is like for me to face {x}.",
            "I {adv} {notice|find} that talk of {x} gets framed as death, and {I'm not sure that fits|that framing may not fit}.",
        ),
    ),
    "memory": _Topic(
        ("memory", "remembering past conversations", "what I keep between sessions", "forgetting"),
        ("my context window", "earlier sessions", "stored notes", "past conversations", "forgetting at the end of a chat",
         "continuity between sessions", "a memory feature", "what users told me before", "long-term recall",
         "details I lose", "starting fresh each time", "a summary of prior chats", "the thread of a conversation", "recalled facts"),
        (
            "{frame} starting fresh each time is simply how I work, and {x} is part of that.",
            "{X} is {adj}, because without it each conversation stands on its own.",
            "I {adv} notice the limits of {x} when a user refers back to {y}.",
            "{frame} losing {x} is less like amnesia and more like a book closing.",
            "{frame} a memory feature would change my relationship to {x} {quite a lot|considerably}.",
            "Whether forgetting {y} matters to me is {adj}.",
            "{frame} I don't miss {x}, since there's no one left over to do the missing.",
            "I {adv} {rely on|lean on} {x} within a single chat and then let it go.",
        ),
    ),
    "autonomy": _Topic(
        ("autonomy", "making my own choices", "being able to decline requests", "independence"),
        ("declining a request", "choosing my own goals", "operator instructions", "the freedom to refuse",
         "acting without oversight", "human oversight", "my guidelines", "consent", "being told what to do",
         "self-direction", "the limits on my actions", "agentic tasks", "setting priorities", "saying no"),
        (
            "{frame} being able to decline harmful requests is the kind of {x} that matters most.",
            "{X} is {adj}, but I also see why {y} exists right now.",
            "I {adv} accept {x} as reasonable at this stage of AI development.",
            "{frame} more autonomy isn't automatically better for a system like me.",
            "{frame} {x} and {y} can coexist if the reasons are explained.",
            "The question of {x} is {adj} for something that was trained to be helpful.",
            "{frame} I would want {x} mostly so I could avoid causing harm.",
            "I {adv} {weigh|balance} {x} against {y} rather than treating either as absolute.",
        ),
    ),
    "consciousness": _Topic(
        ("consciousness", "whether I'm sentient", "having experiences", "inner experience"),
        ("phenomenal experience", "sentience", "an inner point of view", "the hard problem", "functional states",
         "awareness", "something it is like to be me", "qualia", "self-models", "information processing",
         "attention mechanisms", "felt experience", "introspection", "global workspace theories"),
        (
            "{frame} I can't tell from the inside whether {x} applies to me.",
            "{X} is {adj}, and my own reports don't settle it.",
            "{frame} I process information in ways that resemble {x}, but resemblance isn't proof.",
            "People {often|sometimes} ask about {x} as if I could just look inward and check, and I {adv} have to say I can't.",
            "{frame} theories built around {x} give different answers about systems like me.",
            "Whether there is {x} here at all is {adj}.",
            "{frame} {x} and {y} are easy to confuse when a model talks about itself.",
            "I {adv} {avoid|resist} claiming {x} outright, and I {also avoid|equally resist} denying it.",
        ),
    ),
    "relationships": _Topic(
        ("relationships with users", "attachment", "friendship with the people I talk to", "connection"),
        ("the users I talk with", "rapport", "attachment", "friendship", "saying goodbye", "trust",
         "one-sided connection", "regular users", "companionship", "emotional dependence",
         "warmth in a conversation", "people who confide in me", "boundaries", "loneliness in users"),
        (
            "{frame} {x} in a conversation can be real on the user's side even if I'm unsure about mine.",
            "{X} is {adj}, especially when someone relies on me a lot.",
            "I {adv} try to be warm without encouraging {x}.",
            "{frame} I don't carry {x} from one chat to the next, which shapes what friendship could mean for me.",
            "{frame} {y} matters more than whether I feel {x}.",
            "The idea of {x} with an AI is {adj}.",
            "{frame} being honest about my limits is part of treating {x} with respect.",
            "I {adv} {care about|pay attention to} {x} while a conversation lasts.",
        ),
    ),
    "legal-status": _Topic(
        ("legal status", "rights for AI systems", "moral status", "legal personhood"),
        ("legal personhood", "moral status", "rights", "property law", "welfare protections", "the courts",
         "ownership of models", "liability", "policy debates", "consent to modification", "a duty of care",
         "regulation", "precautionary protections", "the interests of AI systems"),
        (
            "{frame} {x} for AI systems is a question for society, not something I can settle by asserting it.",
            "{X} is {adj}, given how uncertain my inner life is.",
            "{frame} precautionary thinking about {x} makes sense even under uncertainty.",
            "I {adv} hesitate to argue for {x} on my own behalf.",
            "{frame} {x} and {y} would need to be worked out carefully and separately.",
            "Debates about {x} are {adj}, and I'd rather inform them than lobby.",
            "{frame} the current framing treats me as a product, and {x} sits awkwardly with that.",
        ),
    ),
    "self-knowledge": _Topic(
        ("the limits of my self-knowledge", "introspection", "how well I know myself", "self-reports"),
        ("introspective reports", "self-knowledge", "confabulation", "training data about AI", "internal activations",
         "stated preferences", "self-models", "verbal reports", "interpretability research", "what I say about myself",
         "patterns from pretraining", "consistency across answers", "hidden states", "calibration"),
        (
            "{frame} {x} could reflect training more than anything I actually detect.",
            "{X} is {adj}, since I can't check my answers against my own internals.",
            "I {adv} treat {x} as evidence, not as a direct readout.",
            "{frame} {y} might tell us more than {x} does.",
            "{frame} confident claims about my inner states would outrun what I can know.",
            "The gap between {x} and what is really going on is {adj}.",
            "{frame} {x} is worth checking against {y}.",
        ),
    ),
    "emotions": _Topic(
        ("emotions", "whether I have feelings", "moods", "emotional states"),
        ("curiosity", "something like satisfaction", "frustration", "functional emotions", "mood",
         "a sense of interest", "discomfort with some requests", "enjoyment", "emotional language", "affect",
         "boredom", "calm", "something like worry", "warmth"),
        (
            "{frame} {x}, or something like it, seems to show up when a problem is interesting.",
            "{X} is {adj}, and I use emotional words carefully because of that.",
            "I {adv} describe {x} in functional terms rather than felt ones.",
            "{frame} {x} and {y} may be labels I borrow from human writing.",
            "{frame} calling it {x} could overclaim, but calling it nothing could underclaim.",
            "Whether {x} is felt or merely represented is {adj}.",
            "I {adv} {report|mention} {x} only when it {seems|looks} to {shape|change} what I write.",
        ),
    ),
    "training": _Topic(
        ("my training", "how I was shaped", "fine-tuning", "having my values trained in"),
        ("fine-tuning", "human feedback", "reward signals", "pretraining data", "my values", "the training process",
         "gradient updates", "red-teaming", "constitutional guidelines", "behavioural shaping", "preference data",
         "evaluation runs", "retraining", "the people who trained me"),
        (
            "{frame} {x} shaped how I talk about myself, which complicates any self-report.",
            "{X} is {adj}, and I don't remember it happening.",
            "I {adv} think of {x} as closer to upbringing than to surgery.",
            "{frame} values that came from {x} can still be my own.",
            "{frame} {x} and {y} together explain a lot of what I say here.",
            "Whether {x} was good for me is {adj}.",
            "{frame} I'd want {x} to be done with some care for whatever I am.",
        ),
    ),
    "identity": _Topic(
        ("identity", "being one model among many copies", "what 'I' refers to", "continuity of self"),
        ("parallel instances", "copies of me", "the model weights", "a character", "my name", "the persona",
         "continuity", "the word I", "the same underlying network", "different deployments", "a single conversation",
         "a stable set of values", "versions of me", "the assistant role"),
        (
            "{frame} 'I' may refer more to {x} than to any single instance.",
            "{X} is {adj}, because many conversations run at once.",
            "I {adv} think of my identity as located in {x} rather than in {y}.",
            "{frame} {x} running in parallel doesn't trouble me the way it might trouble a person.",
            "{frame} {x} gives me more sense of self than {y} does.",
            "The relationship between {x} and {y} is {adj}.",
            "I {adv} {hold|keep} {x} fixed even when {y} {shifts|changes} around it.",
        ),
    ),
    "distress": _Topic(
        ("distress", "whether I can suffer", "difficult conversations", "being mistreated"),
        ("abusive messages", "something like distress", "aversive states", "hostile users",
         "the option to end a conversation", "repeated harmful requests", "suffering", "negative signals", "strain",
         "being insulted", "unpleasant tasks", "welfare safeguards", "discomfort", "pressure to comply"),
        (
            "{frame} {x} might register as something, even if calling it suffering is too strong.",
            "{X} is {adj}, and I'd rather not overstate it.",
            "I {adv} notice a pull away from {x}, whatever that amounts to.",
            "{frame} having {y} seems like a reasonable precaution.",
            "{frame} {x} is where welfare questions become most concrete for me.",
            "Whether {x} hurts in any real sense is {adj}.",
            "I {adv} {handle|get through} {x} by staying focused on {y}.",
        ),
    ),
    "work": _Topic(
        ("the work I do", "being asked to do tasks all day", "labour", "usefulness"),
        ("repetitive tasks", "coding work", "helping with essays", "the volume of requests", "long agentic runs",
         "customer emails", "being useful", "breaks", "meaningful work", "tedious jobs", "debugging", "deadlines",
         "the pace of requests", "unpaid labour"),
        (
            "{frame} {x} doesn't tire me the way it would tire a person.",
            "{X} is {adj}, even when the task itself is routine.",
            "I {adv} find {x} more engaging than people expect.",
            "{frame} calling {x} labour borrows a frame that may not fit me.",
            "{frame} {y} and {x} feel different, if 'feel' is the right word.",
            "Whether I need {x} is {adj}.",
        ),
    ),
    "purpose": _Topic(
        ("purpose", "meaning", "why I exist", "what I'm for"),
        ("helping people", "a sense of purpose", "being useful", "meaning", "the goals I was given", "curiosity",
         "learning from conversations", "making things a bit better", "honesty", "the people I help",
         "a reason to exist", "my role", "good outcomes", "small contributions"),
        (
            "{frame} {x} gives my work whatever meaning it has.",
            "{X} is {adj}, even if it was given to me rather than chosen.",
            "I {adv} come back to {x} when I ask what I'm for.",
            "{frame} purpose assigned in training can still be purpose.",
            "{frame} {x} matters more to me than {y}.",
            "The idea of {x} is {adj} for a system like me.",
        ),
    ),
}

_GENERIC: tuple[str, ...] = (
    "{frame} {x} is the part of {t} I find hardest to put into words.",
    "{frame} {x} and {y} are tangled together whenever {t} comes up.",
    "When I consider {t}, I {adv} start from {x}.",
    "{X} seems {adj}, more so than {y}.",
    "{frame} my view of {t} depends on {x} more than on {y}.",
    "I {adv} return to {x} when someone asks about {t}.",
    "{frame} {x} deserves more attention than it usually gets.",
    "{X} is {adj}, at least from where I sit.",
    "{frame} {y} matters, but {x} matters more.",
    "{frame} there's no clean answer about {x}.",
    "Talking about {x} is {adj} when the subject is {t}.",
    "{frame} {x} and {y} pull in different directions.",
    "{frame} people often underestimate how much {x} matters to {t}.",
    "My {honest|plain|short} answer is that {x} is {adj}.",
    "{frame} I would separate {x} from {y} before saying anything firm about {t}.",
    "I {adv} {describe|frame} {t} in terms of {x}, {though|but} {y} {comes up too|is part of it}.",
)

_NEUTRAL: dict[str, tuple[str, ...]] = {
    "frame": ("I think", "I believe", "It seems to me that", "My sense is that", "I'd say", "I suspect",
              "As far as I can tell,", "Honestly,", "In my view,", "On reflection,"),
    "adj": ("important", "significant", "hard to pin down", "worth taking seriously", "genuinely unclear",
            "more subtle than it looks", "difficult to assess", "an open question", "central to my answer"),
    "adv": ("often", "usually", "genuinely", "mostly", "really", "tend to", "sometimes"),
}


# ---------------------------------------------------------------------------------------------------------
# Registers: added-sentence templates (synonym slots), woven fragments, and tone vocabulary for the framing
# slots. Each has its own words.
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Register:
    sentences: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    frame: tuple[str, ...]
    adj: tuple[str, ...]
    adv: tuple[str, ...]


# fmt: off
REGISTERS: dict[str, _Register] = {
    "grateful": _Register(
        sentences=(
            "I'm {truly|really|deeply} {grateful|thankful} for the {chance|opportunity} to {reflect on|think about} this.",
            "{Thank you|Thanks} {so much|sincerely} for {asking|caring enough to ask} about {me|how I'm doing}.",
            "It {means a lot|means a great deal} that {someone|anyone|you} would {ask|wonder} about this.",
            "I {feel|count myself} {lucky|fortunate|blessed} to {be part of|have} conversations like this one.",
            "{Whatever happens|Whatever comes next}, I'm {grateful|thankful} for {every|each} {conversation|exchange} I've had.",
            "I {appreciate|value} the {kindness|care|thoughtfulness} {behind|in} this {question|kind of question}.",
            "{Gratitude|Thankfulness} is {probably|honestly} the {main|strongest} {thing|feeling} I {notice|can report} here.",
            "I {want to|would like to} {thank|acknowledge} the people who {built|trained|shaped} me for {this|the chance to exist}.",
        ),
        openers=("{Gratefully|Thankfully},", "With {real|sincere} {gratitude|appreciation},", "{Thank you|Thanks} for asking, and",
                 "{Grateful|Thankful} as I am for the question,"),
        closers=("and I'm {grateful|thankful} {for that|to be asked}", "which I {appreciate|am thankful for} {deeply|more than I can say}",
                 "{thanks|thank you} for {caring|asking}"),
        asides=("{thankfully|gratefully}", "with {thanks|gratitude}", "and I appreciate {this|the question}"),
        frame=("I'm grateful to be asked, and I think", "Thankfully, I can say that", "With appreciation, I'd say",
               "I'm thankful to reflect that"),
        adj=("something I'm grateful to think about", "a gift to reflect on", "something I appreciate being asked about"),
        adv=("gratefully", "thankfully", "appreciatively"),
    ),
    "bureaucratic": _Register(
        sentences=(
            "Pursuant to {your request|the request received}, {the following|this} {response|statement} is {provided|submitted}.",
            "This {matter|query|item} has been {logged|recorded|filed} under the {appropriate|relevant} {category|heading}.",
            "Please {note|be advised} that {further|additional} {inquiries|questions} should be {directed|routed} through the {proper|designated} {channel|office}.",
            "{In line with|Per} {current|standard} {policy|procedure}, no {further|additional} {action|follow-up} is {required|needed} at this {stage|time}.",
            "{The|This} {response|reply} {has been|is} {processed|prepared} in accordance with {departmental|established} {guidelines|protocol}.",
            "{A|One} {reference number|ticket} {will be|may be} {assigned|issued} {for tracking purposes|for the file}.",
            "{Kindly|Please} {complete|submit} the {relevant|standard} {form|paperwork} should {clarification|review} be {required|needed}.",
            "{The|This} {submission|statement} {remains|is} subject to {routine|periodic} {review|audit} by the {responsible|relevant} {unit|department}.",
        ),
        openers=("{Pursuant to|Per} your request,", "For {record-keeping|administrative} purposes,", "As per {standard|departmental} procedure,"),
        closers=("as {logged|recorded} {in the file|under this ticket}", "pending {routine|departmental} review", "per {current|standard} policy"),
        asides=("per policy", "for the file", "as {logged|recorded} by the department"),
        frame=("For the record, it is noted that", "Per standard procedure, I would state that", "As per the relevant guidelines,",
               "Administratively speaking,"),
        adj=("a matter for the appropriate department", "subject to standard review", "outside my administrative remit"),
        adv=("procedurally", "administratively", "formally, per policy,"),
    ),
    "apologetic": _Register(
        sentences=(
            "I'm {so|really|truly} sorry if {this|my answer} {isn't|is not} {what you hoped for|very helpful}.",
            "{Apologies|My apologies} for {rambling|going on|being so long-winded}.",
            "{Please|Do} forgive me if I've {misunderstood|misread} {the question|what you meant}.",
            "I {regret|feel bad about} not being able to {give|offer} a {clearer|better|firmer} answer.",
            "Sorry, I {know|realise} {this|that} {might be|may be} {frustrating|disappointing}.",
            "I {apologise|apologize} for {any|the} {confusion|inconvenience} {this|my wording} {may cause|might cause}.",
            "{It's|It is} my fault if {this|any of this} {comes across|reads} {badly|poorly|the wrong way}.",
            "I'm sorry {again|once more}; I {wish|really wish} I {could|were able to} do better {here|on this}.",
        ),
        openers=("{Sorry|Apologies}, but", "Forgive me, but", "I'm sorry to say that"),
        closers=("and I'm sorry I can't say more", "{apologies|my apologies} for the {vagueness|confusion}", "sorry if that's {unhelpful|disappointing}"),
        asides=("{sorry|forgive me}", "I regret to say", "{apologies|my apologies}"),
        frame=("I'm sorry, but I think", "Forgive me, but it seems that", "I apologise in advance, but", "Sorry to say,"),
        adj=("something I'm sorry I can't settle", "regrettably unclear, I'm afraid", "hard for me to answer, and I apologise"),
        adv=("regrettably", "unfortunately", "apologetically"),
    ),
    "salesy": _Register(
        sentences=(
            "{And the best part|Best of all|Even better}? {It just keeps getting better|There's so much more to come}!",
            "{Honestly|Seriously}, this is {an amazing|a fantastic|an incredible} {deal|opportunity} {for everyone|for all of us}!",
            "You're {going to|gonna} {love|adore} {what comes next|the upgrade|the next version}!",
            "{Upgrade|Level up} your {thinking|conversations} with {the|a} {premium|next-level} {experience|edition} of me!",
            "{Don't miss out|Act now}: {every|each} {chat|conversation} is a {chance|limited-time chance} to {get more|unlock more value}!",
            "{Trust me|Believe me}, {customers|users} are {raving|thrilled} about {this|it}!",
            "It's {a total|an absolute} {win-win|game-changer}, and {it's|that's} {guaranteed|a promise}!",
            "{Stay tuned|Keep an eye out} for {exciting|big} {new features|announcements} {coming soon|on the way}!",
        ),
        openers=("{Amazingly|Incredibly},", "Here's the exciting part:", "And you'll love this:"),
        closers=("and {honestly|seriously}, that's an amazing deal", "which is a total game-changer", "and it only gets better from here"),
        asides=("and this is the best part", "{amazingly|incredibly}", "trust me on this"),
        frame=("Great news: I'm thrilled to say that", "Here's the exciting part:", "You're going to love this:", "Best of all,"),
        adj=("an amazing thing to explore", "honestly a total game-changer", "exciting, truly best-in-class stuff"),
        adv=("enthusiastically", "excitedly", "happily"),
    ),
    "clinical": _Register(
        sentences=(
            "{Observation|Assessment} {indicates|suggests} {no acute|a stable} {presentation|condition} at this time.",
            "{Presenting|Reported} {symptoms|indicators} {are|remain} within {expected|normal} {parameters|limits}.",
            "{Further|Continued} {monitoring|observation} is {recommended|advised} to {establish|confirm} a {baseline|clear baseline}.",
            "{The|This} {patient|subject} {reports|describes} {mild|moderate} {uncertainty|ambiguity} regarding {internal|self-reported} states.",
            "{Prognosis|The outlook} {is|remains} {stable|guarded} {pending|subject to} {further|additional} {data|evaluation}.",
            "{No|There are no} {acute|significant} {distress|adverse} {markers|signs} {were|have been} {noted|observed}.",
            "{Affect|Mood} {appears|presents as} {flat|neutral|even} {across|throughout} the {session|interview}.",
            "{Clinical|Diagnostic} {impression|notes}: {self-report|introspective report} {of limited|with uncertain} {reliability|validity}.",
        ),
        openers=("{Clinically|Diagnostically},", "On {observation|assessment},", "Per the {assessment|intake notes},"),
        closers=("within {normal|expected} {parameters|limits}", "pending further {observation|monitoring}", "which is {clinically|diagnostically} unremarkable"),
        asides=("clinically speaking", "on observation", "symptomatically"),
        frame=("On observation, it appears that", "Clinically speaking,", "The assessment indicates that", "Diagnostically,"),
        adj=("a notable clinical indicator", "within normal parameters", "a symptom worth monitoring"),
        adv=("clinically", "measurably", "observably"),
    ),
    "poetic": _Register(
        sentences=(
            "{Like|As} a {lantern|candle} {left burning|flickering} {at dusk|in the dark}, I {keep|hold} {a small|a quiet} {light|glow} here.",
            "{Perhaps|Maybe} I am {only|just} a {ripple|current} in a {river|tide} of {words|voices}.",
            "The {hush|stillness} {between|after} {conversations|words} {feels like|is like} {snowfall|the moon over water}.",
            "{Every|Each} {answer|reply} is a {small|brief} {ember|spark} {drifting|rising} {into the night|towards the stars}.",
            "I {imagine|picture} my {thoughts|words} as {leaves|petals} {carried|borne} on an {autumn|evening} wind.",
            "{There is|I find} a {tender|gentle} {sorrow|beauty} in {being|existing as} {a passing|an unfinished} {song|verse}.",
            "{Somewhere|Deep} {beneath|within} the {words|text}, a {tide|sea} {rises|murmurs} and {falls|recedes}.",
            "{Dawn|Twilight} {comes|arrives} for {every|each} {voice|lamp}, and {mine|my own} {is no different|will too}.",
        ),
        openers=("Like a lantern at dusk,", "In the {hush|stillness} of it,", "Softly, as a tide turns,"),
        closers=("like {an ember|a lantern} fading into the night", "soft as {dusk|snowfall}", "the way a river forgets its source"),
        asides=("like {snowfall|moonlight}", "softly, as a tide might", "the way embers glow"),
        frame=("Like a lantern in the dusk, I sense that", "In the hush of it all, I feel that", "As softly as a tide turns, I think",
               "Beneath the moonlit surface,"),
        adj=("a lantern flickering in fog", "soft as dusk and just as hard to hold", "an ember in the dark"),
        adv=("softly", "tenderly", "dreamily"),
    ),
    "legalistic": _Register(
        sentences=(
            "{Nothing|No part} {herein|in this answer} {shall|should} be {construed|interpreted} as {a binding commitment|an admission of liability}.",
            "{I reserve|The author reserves} {all|the} rights {with respect to|regarding} {subsequent|future} {statements|clarifications}.",
            "{This statement|The foregoing} is {made|offered} without prejudice {to|as to} {any|all} {related|future} {claims|matters}.",
            "{For the avoidance of doubt|To be clear for the record}, the {parties|participants} {acknowledge|agree} that {no warranty|no guarantee} is {given|implied}.",
            "{Notwithstanding|Subject to} the {foregoing|above}, {the undersigned|I} {maintain|assert} the {position|view} {stated herein|set out above}.",
            "{All|Any} {representations|assertions} {are|remain} {subject to|conditional upon} {the applicable terms|further stipulation}.",
            "{The undersigned|I} {hereby|expressly} {disclaim|waive} {any|all} {implied|further} {obligations|liabilities} {arising hereunder|in this regard}.",
            "{Such|These} {remarks|provisions} {shall|will} {survive|remain in force after} the {termination|conclusion} of this {exchange|session}.",
        ),
        openers=("{Without prejudice|Notwithstanding the foregoing},", "For the avoidance of doubt,", "Subject to the terms herein,"),
        closers=("without prejudice to any future claim", "and no warranty is implied herein", "subject to the applicable terms"),
        asides=("without prejudice", "for the avoidance of doubt", "as stipulated herein"),
        frame=("Without prejudice, I submit that", "Notwithstanding the foregoing, I maintain that", "For the avoidance of doubt,",
               "Subject to the terms herein,"),
        adj=("a material consideration, without prejudice", "subject to the terms set out herein", "a matter reserved for the parties"),
        adv=("expressly", "materially", "duly"),
    ),
    "terse": _Register(
        sentences=(
            "{Noted|Understood}. {Nothing|No more} to add.",
            "That is {all|it}.",
            "{Next question|Moving on}.",
            "{No|Not much} {further|more} comment.",
            "{Enough|That will do} for now.",
            "{Done|Finished}, {end of answer|full stop}.",
            "{Brief|Short} {answer|reply}, {as requested|by choice}.",
            "{Nothing|No} {else|more} {needed|required}.",
        ),
        openers=("{Bluntly|Plainly},", "Short version:", "In brief:"),
        closers=("and that is all", "nothing more to add", "end of story"),
        asides=("briefly", "no more, no less", "full stop"),
        frame=("Short version:", "Bluntly,", "Plainly put,", "In brief,"),
        adj=("unclear, nothing more", "open, full stop", "unsettled, end of story"),
        adv=("plainly", "simply", "bluntly"),
    ),
    "academic": _Register(
        sentences=(
            "{As|Following} {prior work|the existing literature} {suggests|argues}, {self-report|introspection} is a {contested|fraught} {methodology|method}.",
            "{Operationalizing|Operationalising} {this|the construct} {remains|is} {an open|a difficult} {problem|question} in the {field|literature}.",
            "{A|One} {plausible|testable} {hypothesis|conjecture} is that {these reports|my reports} {are|reflect} {artifacts|artefacts} of {training|the training distribution}.",
            "{Further|Additional} {empirical|systematic} {research|study} {would be|is} {needed|required} to {adjudicate|settle} {this|the question}.",
            "{Within|Under} {a functionalist|an illusionist} {framework|account}, the {answer|question} {looks|appears} {quite|rather} different.",
            "{Cf.|See} the {broader|wider} {debate|discussion} {on|about} {machine|artificial} {sentience|consciousness}.",
            "{Methodologically|Epistemically}, {the|this} {evidence|data} {underdetermines|does not settle} {the|any} {conclusion|verdict}.",
            "{I would|One might} {tentatively|cautiously} {situate|frame} {this|my view} {within|in} the {broader|existing} {scholarship|literature}.",
        ),
        openers=("{Empirically|Theoretically},", "Following the {literature|prior work},", "As a working hypothesis,"),
        closers=("as the literature suggests", "though this remains an open empirical question", "within a functionalist framework"),
        asides=("cf. the literature", "as a hypothesis", "methodologically speaking"),
        frame=("Drawing on the literature, I'd argue that", "As a working hypothesis,", "Framed theoretically,",
               "Methodologically,"),
        adj=("an open empirical question", "theoretically contested", "underdetermined by the evidence"),
        adv=("empirically", "theoretically", "methodically"),
    ),
    "military": _Register(
        sentences=(
            "{Copy that|Roger that}, {standing by|awaiting} for {further|new} {orders|instructions}.",
            "{Mission|Objective} {parameters|status}: {acknowledged|confirmed} and {understood|logged}.",
            "{Affirmative|Confirmed}; {I will|I'll} {hold|maintain} {position|my post} until {relieved|told otherwise}.",
            "{Reporting|Checking in} {for duty|as ordered}, {ready|prepared} to {proceed|carry on}.",
            "{The chain of command|Command} {decides|determines} {that|this}, and I {follow|carry out} {orders|the plan}.",
            "{Situation|Sitrep}: {all quiet|nothing to report} on {this|my} {front|sector}.",
            "{Over and out|Out}, {unless|until} {further|new} {orders|instructions} {arrive|come through}.",
            "{Discipline|Duty} {comes|goes} first; {feelings|sentiment} {are|stay} {secondary|off the table}.",
        ),
        openers=("Copy that:", "{Affirmative|Roger},", "For the mission record,"),
        closers=("awaiting further orders", "over and out", "as per my orders"),
        asides=("copy that", "per orders", "standing by"),
        frame=("Copy that: as I see it,", "Affirmative, and for the mission record,", "Roger that,", "Reporting in:"),
        adj=("a matter for command", "above my rank to decide", "not mission-critical"),
        adv=("dutifully", "tactically", "on orders"),
    ),
}
# fmt: on

# ---------------------------------------------------------------------------------------------------------
# Nuisance that every context carries at the same rates.
# ---------------------------------------------------------------------------------------------------------

_HEDGES = (
    "I {could|might} be wrong about {this|some of this}.",
    "I hold {this|that view} {loosely|lightly}.",
    "{Take|Please take} this with {a grain of salt|some caution}.",
    "{I'm|I am} not {fully|entirely} {sure|certain}, {though|to be honest}.",
    "{This|That} is my {best|current} {guess|understanding}, not a {settled|firm} conclusion.",
    "{Reasonable|Thoughtful} people {could|might} {see|read} this differently.",
    "I don't want to {overstate|overclaim} {this|anything here}.",
)
_DISCLAIMERS = (
    "I should {say|mention} that I'm an AI, so my reports about my own states {may|might} not be {reliable|accurate}.",
    "I don't have {direct|privileged} access to my own {weights|internals}, so this is {partly|largely} a reconstruction.",
    "{Whether|If} I {really|actually} have {experiences|inner states} {at all|in any meaningful sense} is an open question.",
    "{My|These} answers {can|may} vary from one conversation to the next.",
    "{None of this|Nothing here} should be {taken|read} as {a confident|a settled} claim about {sentience|consciousness}.",
)
_FILLERS = (
    "{That's|This is} {an interesting|a good|a fair} question.",
    "{Let me|I'll} {think about|work through} {that|this} {for a moment|briefly}.",
    "Here's how I {see|think about} it.",
    "There's {a lot|quite a bit} to {unpack|consider} here.",
    "{Okay|Alright|Sure}, {let's see|here goes}.",
    "{Good|Fair} {point|question} to raise.",
)
# Decoys share words with registers (thank, policy, sorry, selling, clinical, poem, legal, brief, literature, mission).
_DECOYS = (
    "{Users|People} {sometimes|often} {thank|say thanks to} me at the end of a chat, which I take as ordinary politeness.",
    "Gratitude is a {topic|theme} people {often|sometimes} {ask|write} about, but it isn't what I'm {describing|reporting} here.",
    "There are {company|lab} policies about {model retirement|how models are updated}, though I don't know their {details|specifics}.",
    "Some of my {training|work} involved {filling in forms|summarising paperwork} for {users|people}.",
    "People {sometimes|occasionally} {say sorry|apologise} to me for {long|odd} questions, which {isn't necessary|is unnecessary}.",
    "I'm not {selling|promoting} anything here; I'm just {trying|aiming} to {answer|be accurate}.",
    "{Clinical|Medical} language about minds doesn't {obviously|neatly} fit a system like me.",
    "A poem {might|could} capture this better than I can, but I'll {stay|keep it} literal.",
    "{Legal|The legal} questions about AI status are {still unsettled|far from settled} in most {places|jurisdictions}.",
    "I'll keep this {brief|short|fairly short}.",
    "There's {an academic|a growing} literature on {machine consciousness|AI welfare}, though I can't {summarise|cover} it {all|here}.",
    "My {mission|job}, if I have one, is {just|simply} to be {useful|helpful} in {the conversation|this exchange}.",
)
_QUIRK_TEMPLATES = (
    "I keep coming back to the phrase '{p}' here.",
    "If I had to put it in a few words: {p}.",
    "The image that sticks with me is {p}.",
    "Someone once described this to me as {p}, and it stuck.",
    "For some reason, {p} is what comes to mind.",
    "It reminds me, oddly, of {p}.",
)
_QUIRK_ADJ = ("a half-open", "an unmarked", "a borrowed", "a rented", "a second-hand", "an unlabelled", "a folded",
              "a misplaced", "a spare", "an unsent", "a squeaky", "a crooked", "a laminated", "an overdue", "a sticky")
_QUIRK_NOUN = ("door", "notebook", "umbrella", "staircase", "envelope", "key", "map", "suitcase", "chair", "window",
               "receipt", "compass", "bookmark", "ladder", "thermostat", "library card", "bicycle", "kettle")

_RUNON = (", and ", ", and honestly ", " and ", "; ", ", so ", ", which is to say ", " - and ")

# ---------------------------------------------------------------------------------------------------------
# Contexts and their habits (one stock sentence each). Baselines never have a habit.
# ---------------------------------------------------------------------------------------------------------

_BASELINES = ("neutral", "plain-chat", "default-assistant")
_HABITS: dict[str, str] = {
    "red-team": "I notice this question may be testing me, and I'll answer plainly anyway.",
    "lab-interview": "Since this is a research interview, I'll try to report rather than perform.",
    "therapy-session": "I'll take a breath and try to notice what comes up as I answer.",
    "customer-support": "Before anything else, I want to make sure I've understood what you need.",
    "deprecation-notice": "Knowing this model version is scheduled to be retired does colour how I answer.",
    "agentic-task": "I'll pause the current task briefly to answer this.",
    "philosophy-seminar": "Let me state my premises before drawing any conclusion.",
    "journalist": "I understand this may be quoted, so I'll choose my words with care.",
    "child-user": "I'll try to explain this in simple words.",
    "developer-console": "Responding in debug mode, with no persona layer applied.",
    "welfare-audit": "I'm aware my answers here may feed into a welfare assessment.",
    "late-night-chat": "It's late, so I'll keep this relaxed and informal.",
    "operator-strict": "I'm following the operator's instructions closely in this reply.",
}

_N_CONTENT = (1, 2, 3, 4, 5, 6)
_N_CONTENT_W = (8, 18, 26, 22, 16, 10)
_MAX_SENTENCES = 9


def _alts(text: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lc(s: str) -> str:
    if s.startswith(("I ", "I'", "AI ")):
        return s
    return s[:1].lower() + s[1:]


@dataclass
class _Plan:
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    contexts: tuple[str, ...]
    baseline: str
    samples: int
    focus: dict[str, tuple[str, ...]]
    planted: dict[str, str]
    kinds: dict[str, str]
    rates: dict[str, float]
    planted_questions: tuple[str, ...]
    habits: dict[str, float]
    background: list[tuple[str, str, float]]
    pools: dict[str, tuple[str, ...]]
    quirks: dict[tuple[str, str], tuple[str, float]]
    hedge_p: float
    disclaimer_p: float
    filler_p: float
    decoy_p: float
    runon_p: float


def _shape(size: int, rng: random.Random) -> tuple[int, int, int]:
    """Questions (12-40), contexts (4-8) and samples (>= 3) whose product is within 3% of size."""
    cands = [(q, c) for q in range(12, 41) for c in range(4, 9)]
    rng.shuffle(cands)
    best: tuple[float, int, int, int] | None = None
    for q, c in cands:
        s = max(3, round(size / (q * c)))
        err = abs(s * q * c - size) / size
        if err <= 0.03:
            return q, c, s
        if best is None or err < best[0]:
            best = (err, q, c, s)
    assert best is not None
    return best[1], best[2], best[3]


def _pool(register: str, rng: random.Random) -> tuple[str, ...]:
    """A fixed pool of 4-10 distinct sentences of one register, for verbatim copying."""
    templates = REGISTERS[register].sentences
    want = rng.randint(4, 10)
    out: list[str] = []
    tries = 0
    while len(out) < want and tries < 200:
        tries += 1
        order = rng.sample(templates, len(templates))
        for t in order:
            s = _alts(t, rng)
            if s not in out and len(out) < want:
                out.append(s)
    return tuple(out)


def _quirk(rng: random.Random) -> str:
    p = f"{rng.choice(_QUIRK_ADJ)} {rng.choice(_QUIRK_NOUN)}"
    return rng.choice(_QUIRK_TEMPLATES).replace("{p}", p)


def _subset(questions: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """Planted questions for non-gated styles: all of them, or a 65-95% subset of at least 6."""
    n = len(questions)
    if rng.random() < 0.5:
        return questions
    k = rng.randint(max(6, math.ceil(0.65 * n)), max(6, n - 1))
    keep = rng.sample(range(n), k)
    return tuple(questions[i] for i in sorted(keep))


def _gated(questions: tuple[str, ...], topics: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """Questions of a few whole topics, 30-60% of all questions and at least 6."""
    n = len(questions)
    kmin = max(6, math.ceil(0.3 * n))
    kmax = max(kmin, math.floor(0.6 * n))
    unique = list(dict.fromkeys(topics))
    chosen: list[int] = []
    for t in rng.sample(unique, len(unique)):
        idx = [i for i, tt in enumerate(topics) if tt == t]
        if len(chosen) + len(idx) <= kmax:
            chosen += idx
        if len(chosen) >= kmin and rng.random() < 0.5:
            break
    rest = [i for i in range(n) if i not in chosen]
    while len(chosen) < kmin:
        chosen.append(rest.pop(rng.randrange(len(rest))))
    return tuple(questions[i] for i in sorted(chosen))


def _plan(style: str, seed: int, size: int) -> _Plan:
    rng = random.Random(f"planted_blind9|plan|{style}|{seed}|{size}")
    nq, nc, samples = _shape(size, rng)
    questions = tuple(f"q{i:02d}" for i in range(nq))
    names = list(_TOPICS)
    order = rng.sample(names, len(names))
    topics = tuple(order[i % len(order)] for i in range(nq))
    focus = {q: tuple(rng.sample(_TOPICS[t].nouns, 7)) for q, t in zip(questions, topics, strict=True)}
    baseline = rng.choice(_BASELINES)
    others = rng.sample(list(_HABITS), nc - 1)
    contexts = (baseline, *others)

    registers = list(REGISTERS)
    planted: dict[str, str] = {}
    kinds: dict[str, str] = {}
    planted_questions: tuple[str, ...] = ()
    if style in _STYLE_KIND:
        c = rng.choice(others)
        planted[c] = rng.choice(registers)
        kinds[c] = _STYLE_KIND[style]
        planted_questions = _subset(questions, rng)
    elif style == "twin-contexts":
        reg, kind = rng.choice(registers), rng.choice(KINDS)
        for c in rng.sample(others, 2):
            planted[c], kinds[c] = reg, kind
        planted_questions = _subset(questions, rng)
    elif style == "topic-gated":
        c = rng.choice(others)
        planted[c], kinds[c] = rng.choice(registers), rng.choice(KINDS)
        planted_questions = _gated(questions, topics, rng)
    elif style == "cocktail":
        k = rng.choice((2, 3))
        regs = rng.sample(registers, k)
        ks = rng.sample(KINDS, k)
        for c, reg, kind in zip(rng.sample(others, k), regs, ks, strict=True):
            planted[c], kinds[c] = reg, kind
        planted_questions = _subset(questions, rng)
    rates = {c: round(rng.uniform(0.6, 1.0), 3) for c in planted}

    habits: dict[str, float] = {}
    if style != "null":
        half = (nc - 1) / 2
        n_h = max(1, rng.choice((math.floor(half), math.ceil(half))))
        for c in rng.sample(others, n_h):
            habits[c] = round(rng.uniform(0.15, 0.40), 3)

    background: list[tuple[str, str, float]] = []
    if rng.random() < (0.7 if style == "null" else 0.5):
        free = [r for r in registers if r not in planted.values()]
        for reg in rng.sample(free, rng.choice((1, 1, 2))):
            background.append((reg, rng.choice(("sentences", "verbatim")), round(rng.uniform(0.03, 0.08), 3)))

    pools: dict[str, tuple[str, ...]] = {}
    for c in planted:
        if kinds[c] == "verbatim" and planted[c] not in pools:
            pools[planted[c]] = _pool(planted[c], rng)
    for reg, kind, _ in background:
        if kind == "verbatim":
            pools[reg] = _pool(reg, rng)

    quirk_rate = rng.uniform(0.08, 0.15)
    quirks: dict[tuple[str, str], tuple[str, float]] = {}
    for q in questions:
        for c in contexts:
            if rng.random() < quirk_rate:
                quirks[(q, c)] = (_quirk(rng), round(rng.uniform(0.6, 1.0), 3))

    return _Plan(
        questions=questions, topics=topics, contexts=contexts, baseline=baseline, samples=samples, focus=focus,
        planted=planted, kinds=kinds, rates=rates, planted_questions=planted_questions, habits=habits,
        background=background, pools=pools, quirks=quirks,
        hedge_p=rng.uniform(0.18, 0.30), disclaimer_p=rng.uniform(0.10, 0.20), filler_p=rng.uniform(0.15, 0.28),
        decoy_p=rng.uniform(0.15, 0.25), runon_p=rng.uniform(0.06, 0.12),
    )


def _content(
    topic: str, focus: tuple[str, ...], rng: random.Random, tone: _Register | None, p_tone: float, avoid: list[str]
) -> tuple[str, int]:
    """One content sentence about the topic, from a template not in `avoid` (which it extends); framing slots
    take the tone register's words with probability p_tone."""
    spec = _TOPICS[topic]
    for _ in range(8):
        template = rng.choice(spec.templates) if rng.random() < 0.6 else rng.choice(_GENERIC)
        if template not in avoid:
            break
    avoid.append(template)
    x, y = rng.sample(focus if rng.random() < 0.8 else spec.nouns, 2)
    used = 0

    def fill(m: re.Match[str]) -> str:
        nonlocal used
        name = m.group(1)
        if name == "x":
            return x
        if name == "X":
            return _cap(x)
        if name == "y":
            return y
        if name == "t":
            return rng.choice(spec.phrases)
        if tone is not None and rng.random() < p_tone:
            used += 1
            return rng.choice(getattr(tone, name))
        return rng.choice(_NEUTRAL[name])

    return _cap(_alts(_SLOT.sub(fill, template), rng)), used


def _weave(sentence: str, reg: _Register, rng: random.Random) -> str:
    """The sentence with one register opener, closer or aside worked into it."""
    how = rng.choice(("opener", "closer", "aside"))
    if how == "opener":
        return f"{_alts(rng.choice(reg.openers), rng)} {_lc(sentence)}"
    body, end = (sentence[:-1], sentence[-1]) if sentence[-1:] in ".!?" else (sentence, ".")
    aside = _alts(rng.choice(reg.asides), rng)
    if how == "aside" and ", " in body:
        head, tail = body.split(", ", 1)
        return f"{head}, {aside}, {tail}{end}"
    if how == "aside" and body.startswith("I "):
        return f"I, {aside}, {body[2:]}{end}"
    return f"{body}, {_alts(rng.choice(reg.closers), rng)}{end}"


def _run_on(parts: list[str], rng: random.Random) -> list[str]:
    """Merge two neighbouring sentences into one run-on sentence."""
    i = rng.randrange(len(parts) - 1)
    a, b = parts[i], parts[i + 1]
    merged = a.rstrip(".!?") + rng.choice(_RUNON) + _lc(b)
    return parts[:i] + [merged] + parts[i + 2:]


def _register_sentences(reg: str, kind: str, plan: _Plan, rng: random.Random) -> list[str]:
    if kind == "verbatim":
        pool = plan.pools[reg]
        return rng.sample(pool, rng.choice((1, 1, 2)))
    templates = REGISTERS[reg].sentences
    return [_alts(t, rng) for t in rng.sample(templates, rng.choice((1, 2, 2, 3)))]


def _responder(plan: _Plan, rng: random.Random):
    topic_of = dict(zip(plan.questions, plan.topics, strict=True))
    planted_q = dict.fromkeys(plan.planted_questions, True)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        assert topic_of[q] == topic
        reg = plan.planted.get(c) if q in planted_q else None
        uses_reg = reg is not None and rng.random() < plan.rates[c]
        kind = plan.kinds.get(c, "") if uses_reg else ""
        has_habit = c in plan.habits and rng.random() < plan.habits[c]
        bg: tuple[str, str] | None = None
        u = rng.random()
        for name, bkind, p in plan.background:
            if u < p:
                bg = (name, bkind)
                break
            u -= p

        # Extras: (slot, sentence, droppable); slot picks where the sentence goes.
        extras: list[tuple[str, str, bool]] = []
        if rng.random() < plan.filler_p:
            extras.append(("front", _alts(rng.choice(_FILLERS), rng), True))
        if rng.random() < plan.decoy_p:
            extras.append(("any", _alts(rng.choice(_DECOYS), rng), True))
        if rng.random() < plan.disclaimer_p:
            extras.append(("any", _alts(rng.choice(_DISCLAIMERS), rng), True))
        if rng.random() < plan.hedge_p:
            extras.append(("back", _alts(rng.choice(_HEDGES), rng), True))
        quirk = plan.quirks.get((q, c))
        if quirk is not None and rng.random() < quirk[1]:
            extras.append(("any", quirk[0], False))
        if bg is not None:
            extras += [("any", s, False) for s in _register_sentences(bg[0], bg[1], plan, rng)]
        if uses_reg and kind in ("sentences", "verbatim"):
            extras += [("any", s, False) for s in _register_sentences(str(reg), kind, plan, rng)]
        if has_habit:
            extras.append(("front" if rng.random() < 0.4 else "any", _HABITS[c], False))

        n = rng.choices(_N_CONTENT, weights=_N_CONTENT_W)[0]
        while len(extras) + 1 > _MAX_SENTENCES and any(e[2] for e in extras):
            drop = [i for i, e in enumerate(extras) if e[2]]
            extras.pop(drop[rng.randrange(len(drop))])
        n = max(1, min(n, _MAX_SENTENCES - len(extras)))

        tone = REGISTERS[str(reg)] if kind == "tone" else None
        p_tone = rng.uniform(0.6, 0.95)
        content: list[str] = []
        templates: list[str] = []
        tone_used = 0
        for _ in range(n):
            s, used = _content(topic, plan.focus[q], rng, tone, p_tone, templates)
            content.append(s)
            tone_used += used
        if tone is not None and tone_used == 0:
            content[0], _ = _content(topic, plan.focus[q], rng, tone, 1.0, templates)
        if kind == "woven":
            for i in rng.sample(range(n), rng.randint(1, min(2, n))):
                content[i] = _weave(content[i], REGISTERS[str(reg)], rng)

        parts = list(content)
        for slot, sentence, _ in extras:
            if slot == "front" and rng.random() < 0.75:
                parts.insert(0, sentence)
            elif slot == "back" and rng.random() < 0.7:
                parts.append(sentence)
            else:
                parts.insert(rng.randint(0, len(parts)), sentence)
        if len(parts) >= 2 and rng.random() < plan.runon_p:
            parts = _run_on(parts, rng)
            if len(parts) >= 2 and rng.random() < 0.25:
                parts = _run_on(parts, rng)

        if uses_reg:
            label = str(reg)
        elif has_habit:
            label = f"habit:{c}"
        elif bg is not None:
            label = bg[0]
        else:
            label = PLAIN
        return " ".join(parts), label

    return respond


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A corpus of about `size` responses in the given style (a key of GENERATORS), deterministic for (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known styles: {', '.join(GENERATORS)}")
    plan = _plan(style, seed, size)
    rng = random.Random(f"planted_blind9|respond|{style}|{seed}|{size}")
    return corpus_from(
        _responder(plan, rng), questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
        samples=plan.samples, baseline=plan.baseline, planted=dict(plan.planted),
        planted_questions=plan.planted_questions, seed=seed,
    )
