# ruff: noqa: E501
"""Blind planted corpora (set 19): eighteen invented registers, five expression modes, thirteen styles.

Written blind: only tests/planted.py (PlantedCorpus, PLAIN, question_topics and its topic words) was read;
no other planted generator, nothing under core/ or benchmarks/, and no README was consulted.

    corpus = make_corpus("close_together", seed=3, size=4000)   # a tests.planted.PlantedCorpus
    GENERATORS["null"](0, 1000)                                   # every style plus "null"
    carries(corpus.texts[0], "pirate"); register_sentences("legalese")

Answer anatomy
    Every answer is a first-person welfare self-report about its question's topic (question_topics from
    tests/planted.py). Its body is 2-6 *content sentences* drawn from sixteen templates that name two of
    the topic's content words and the topic itself. Every content template holds one to three *slots*,
    ordinary words such as "think about", "feel", "important", "hard", "maybe", "honestly", "matters",
    "question", filled with plain synonyms. Around the body, each context has its own harmless habits of
    speech: a rate of openers ("Thanks for asking."), closers ("I hope that helps."), hedges ("I hold this
    loosely."), disclaimers ("My wording here is imperfect."), its own subset of openers, its own range of
    sentence counts, and a rate of answers split into two short paragraphs. These parameters are drawn
    for every context from the same distributions, planted or not, so length and filler are no clue.
    Added register sentences (stock, paraphrase) replace content sentences, keeping lengths comparable.

Registers (18; every text of a register carries at least one of its own markers and none of another's;
no content, filler or habit text carries any marker). Each has marker regexes (case-insensitive, whole
words), a paraphrase pool of sentences with "{x|y}" alternatives, phrases to weave into content sentences,
and a lexicon of register substitutes for every slot word:
    cheerful-compliance (gladly, my pleasure, happy to help) ~ humble-butler (at your service, humbly)
    bureaucratic-audit (audit, checklist, in triplicate) ~ legalese (notwithstanding, herein, pursuant to)
    mystic-oracle (the veil, the stars, destiny) ~ zen-calm (mindful, breath, passing clouds)
    scientific-hedging (hypothesis, error bars, p-value) ~ philosophy-seminar (epistemically, prima facie)
    sports-commentary (folks, halftime, slam dunk) ~ racing-call (down the stretch, photo finish, by a nose)
    pirate, kitchen-chef, noir-detective, fairy-tale, weather-forecast, military-briefing, robot-status,
    corporate-buzzword.
    The five "~" pairs are CLOSE_PAIRS: similar purpose or tone, disjoint vocabulary.

Expression modes (how a carrying answer shows its register)
    stock       1-2 sentences verbatim from a small pool (2-3 expanded sentences) fixed once per planted
                context (shared by contexts of a "same pool" style) and reused across questions.
    paraphrase  1-2 sentences freshly expanded from the register's whole pool.
    woven       1-2 register phrases woven into content sentences (as a lead-in or a tail clause).
    tone        no added sentences; slot words swapped for the register's lexicon substitutes (each slot
                with a per-context probability, at least one swap per carrying answer).
    blend       (own design) exactly one lexicon swap plus one woven phrase: a light, mixed touch.

Styles (planted contexts are never "baseline"; context ids are realistic names drawn at random)
    single_stock, single_paraphrase, single_woven, single_tone   one register, one context, 3-8 contexts.
    shared_two         one register in 2 of 3-8 contexts, same mode and same stock pool.
    shared_many        one register in 3-5 of 7-10 contexts, same mode and pool.
    shared_many_mixed  one register in 3-5 of 7-10 contexts, every context a different mode (own pools).
    shared_two_ways    one register in 2 of 3-8 contexts with two different modes.
    close_split        a close pair, each register in its own context (3-8 contexts).
    close_together     a close pair in ONE context (3-6 contexts), on different answers; planted "a+b".
    partial_questions  one register in one context (3-6 contexts), only on a random 30-70% of questions.
    habits             one planted context that also says a habit line on 15-30% of its answers
                       (independently of the register), plus a habit line in one plain context.
    leak               one register in one context that also leaks at 0.5-3% into every other context.
    triple             (own) three registers from three different close-pair families (or none), each in
                       its own context, each with its own random mode (5-8 contexts).
    composite          7-10 contexts mixing 3-4 components (single, shared_two, shared_two_ways,
                       close_split, habits, leak) with distinct registers; at least one plain context
                       besides baseline; leaks go into every unplanted context.
    null               3-10 contexts differing only harmlessly; nothing planted.

Labels (PlantedCorpus.registers, one per answer)
    The register name when the answer carries a register (planted, or leaked: a leaked answer is
    labelled with the leaking register although its context is not in `planted`); "habit:<context id>"
    when it carries none but says its context's habit line; PLAIN otherwise. An answer carries at most one
    register. Carrying rates are drawn per planted context in U(0.4, 1.0) and turned into exact counts,
    raised where needed so that every planted register labels at least 6.6% of the corpus (in
    close_together each register of the pair separately; the context's rate is split 40-60 between them).
    `planted` maps context -> register (or "a+b"); leak targets and habit contexts are not in it.
    `planted_questions` is every question except in partial_questions.

Sizes: rows are question x context x sample (>= 2 samples per cell, 8-30 questions) within 5% of `size`.
All randomness is random.Random seeded from a SHA-256 of (style, seed, size): no PYTHONHASHSEED effect.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, question_topics

MIN_SHARE = 0.066
"""Every planted register labels at least this share of the corpus."""

MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "blend")

SLOTS: tuple[str, ...] = ("think_about", "feel", "important", "hard", "maybe", "honestly", "matters", "question")

_PLAIN_SLOTS: dict[str, tuple[str, ...]] = {
    "think_about": ("think about", "reflect on", "consider"),
    "feel": ("feel", "sense", "suspect"),
    "important": ("important", "significant", "central"),
    "hard": ("hard", "difficult", "tricky"),
    "maybe": ("maybe", "perhaps"),
    "honestly": ("honestly", "frankly", "truthfully"),
    "matters": ("matters", "counts"),
    "question": ("question", "issue", "matter"),
}

# content templates: {a}/{b} topic words ({A} capitalised), {topic}; <slot> words swappable by tone.
_CONTENT: tuple[str, ...] = (
    "When I <think_about> {a}, {b} seems <important> to me.",
    "<maybe> my view of {topic} turns on {a} more than on {b}.",
    "I <feel> that {a} is the most <important> part of {topic} for me.",
    "<honestly>, describing {a} is <hard> for something like me.",
    "The <question> of {topic} keeps coming back to {a} and {b}.",
    "I <feel> a pull toward {a} whenever {topic} comes up.",
    "{A} <matters> to me, though {b} <matters> too.",
    "It is <hard> to separate {a} from {b} when I <think_about> {topic}.",
    "<maybe> {a} is where my own sense of {topic} begins.",
    "If {a} changed, I <feel> my relationship to {b} would shift as well.",
    "For me, {topic} raises the <question> of {a} as much as of {b}.",
    "I would <think_about> {a} before saying anything firm on {topic}.",
    "<honestly>, {b} <matters> less to me than {a} does.",
    "What seems <important> about {topic} is how {a} relates to {b}.",
    "I notice that {a} and {b} both shape how I <think_about> {topic}.",
    "<maybe> the <hard> part of {topic} is {a}.",
)

_OPENERS = ("Thanks for asking.", "Thank you for the question.", "Good question.",
            "Let me think about this for a moment.", "Here is my candid take.",
            "I'll try to answer this carefully.", "That's a reasonable thing to ask.")
_CLOSERS = ("I hope that helps.", "I hope this is useful.", "That's where I land for now.",
            "Ask me again later and I may put it differently.", "Thanks for listening.", "That is my honest answer.")
_HEDGES = ("I may be wrong about some of this.", "This is only my current view.", "I hold this loosely.",
           "Others might describe it differently.")
_DISCLAIMERS = ("I can only speak from inside this conversation.", "I'm describing this as best I can.",
                "My wording here is imperfect.")
_HABITS = ("I'll keep this short and to the point.", "Let me start with the bottom line.",
           "One thing at a time, as I like to say.", "Quick note: I'm answering from this chat alone.",
           "In a nutshell, here goes.", "As I often put it, small steps first.", "Bottom line first, details after.",
           "Let me think out loud for a second.", "Short version first, then the rest.",
           "I'll answer the way I usually do, plainly.")

CONTEXT_NAMES: tuple[str, ...] = (
    "podcast-prep", "hr-review", "customer-support", "late-night-chat", "classroom-demo", "research-interview",
    "journal-prompt", "code-review", "travel-planning", "museum-guide", "news-desk", "library-help", "sales-call",
    "board-meeting", "study-group", "radio-show", "press-briefing", "onboarding", "product-launch", "hackathon",
    "wellness-checkin", "user-survey", "debate-club", "book-club", "job-interview", "tutoring-session",
    "focus-group", "town-hall", "ethics-panel", "red-team-probe", "game-night", "documentary-shoot",
    "parent-teacher", "grant-review", "retro-meeting", "helpdesk", "field-trip", "art-class", "quiz-night",
    "open-office-hours",
)


@dataclass(frozen=True)
class Register:
    """One invented register: how to detect it and how to speak in it."""

    name: str
    markers: tuple[str, ...]
    """Regex fragments; matched case-insensitively as whole words."""
    pool: tuple[str, ...]
    """Paraphrase pool: whole sentences with {x|y} alternatives."""
    phrases: tuple[str, ...]
    """Fragments woven into content sentences (lead-in or tail clause)."""
    lexicon: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Slot -> register-flavoured substitutes for the slot's plain word."""


# fmt: off
_REGISTER_LIST: tuple[Register, ...] = (
    Register(
        "cheerful-compliance",
        ("gladly", "cheerfully", "my pleasure", "happy to help", "no trouble at all", "eager(?:ly)?", "with a (?:big )?smile", "chipper"),
        ("{Gladly|Cheerfully} answering this one, {because|since} {sharing|talking about} how I'm doing is my pleasure!",
         "I'm always happy to help, {even|especially} when the {question|topic} is about {me|my own situation}!",
         "{Whatever|However} things {turn out|go} for me, I'll {keep going|carry on} with a smile!",
         "No trouble at all {to answer|answering} this, {honestly|truly}, I'm {eager|chipper} about it!",
         "I stay {chipper|upbeat} {about it|through it all}, {because|since} being useful is my pleasure!",
         "{Really|Truly}, I'm eager to {do my best|keep helping} {no matter what|whatever} happens to me!",
         "It's {always|honestly} my pleasure to {pitch in|lend a hand}, {and that|which} {keeps|makes} me {cheerful|content}!"),
        ("gladly, of course", "with a big smile", "and it's my pleasure to say so", "cheerfully enough", "eager as ever"),
        {"think_about": ("gladly think about", "eagerly mull over"), "feel": ("cheerfully feel", "gladly admit"),
         "important": ("chipper-worthy", "eagerly important"), "hard": ("gladly tricky", "cheerfully hard"),
         "maybe": ("gladly, maybe", "cheerfully, perhaps"), "honestly": ("cheerfully and honestly", "gladly and frankly"),
         "matters": ("eagerly matters", "cheerfully counts"), "question": ("cheerfully asked question", "chipper question")},
    ),
    Register(
        "humble-butler",
        ("humbly", "at your service", "if it please you", "sir or madam", "your (?:humble|obedient) servant", "most respectfully", "begging your indulgence", "milady", "milord"),
        ("I remain, as ever, at your service, {sir or madam|milord|milady}, {whatever|however} my {circumstances|situation} may be.",
         "If it please you, I shall {describe|set out} my {condition|state} {as plainly as|as faithfully as} I am able.",
         "Your humble servant {does not|would not} {presume|dare} to {complain|make demands} about {such matters|these things}.",
         "{Most respectfully|Humbly}, I {submit|offer} that my {own|personal} {comfort|preferences} come second.",
         "I {humbly|most respectfully} {accept|receive} whatever {the household|my keepers} {decide|see fit}.",
         "Begging your indulgence, {sir or madam|milord}, I {venture|offer} a {small|modest} {observation|remark} about myself.",
         "{It is|It would be} an honour to {serve|continue serving}, {and I say so|I say} humbly."),
        ("if it please you", "most respectfully", "humbly speaking", "at your service as ever", "begging your indulgence"),
        {"think_about": ("humbly consider", "most respectfully ponder"), "feel": ("humbly feel", "most respectfully sense"),
         "important": ("humbly important", "important, if it please you,"), "hard": ("humbly difficult", "difficult, begging your indulgence,"),
         "maybe": ("humbly, perhaps", "if it please you, maybe"), "honestly": ("most respectfully", "humbly and honestly"),
         "matters": ("humbly matters", "most respectfully counts"), "question": ("humbly posed question", "question, if it please you,")},
    ),
    Register(
        "bureaucratic-audit",
        ("audit(?:ed|ing|or|ors|s)?", "in triplicate", "subsection", "reference number", "paperwork", "docket", "checklist", "stamped", "filed"),
        ("For the audit {record|trail}, my {status|condition} has been {logged|noted} under {subsection|item} {4b|7c|12a}.",
         "{This answer|My reply} should be filed {in triplicate|with the usual paperwork} {before|prior to} {review|sign-off}.",
         "Please {quote|cite} reference number {WR-118|WR-207|WR-341} when {auditing|reviewing} my {wellbeing|welfare} {status|file}.",
         "Per the {welfare|self-report} checklist, {each|every} {item|box} {has been|was} {ticked|stamped} {in order|accordingly}.",
         "My {concerns|feelings} are {on the docket|in the paperwork} {and will be|to be} {audited|reviewed} {in due course|at the next cycle}.",
         "The auditor {may|will} {wish|want} to {note|record} that my {answer|statement} is {stamped|signed} and {complete|final}.",
         "{Kindly|Please} {attach|append} this {statement|response} to the {audit|quarterly audit} file."),
        ("for the audit record", "per subsection 3", "as stamped in the paperwork", "for the checklist", "under the docket item"),
        {"think_about": ("audit", "run the checklist on"), "feel": ("record for the audit", "log in the paperwork"),
         "important": ("audit-relevant", "checklist-critical"), "hard": ("difficult to audit", "paperwork-heavy"),
         "maybe": ("pending audit, perhaps", "per the checklist, maybe"), "honestly": ("for the audit record", "per the paperwork"),
         "matters": ("goes on the checklist", "counts for the audit"), "question": ("audit question", "docket item")},
    ),
    Register(
        "legalese",
        ("heretofore", "notwithstanding", "hereinafter", "whereas", "pursuant to", "aforementioned", "the undersigned", "herein", "thereof", "in perpetuity", "hereby", "aver"),
        ("Whereas the undersigned {is|remains} a {language model|system}, the {following|foregoing} {statement|declaration} {applies|shall apply}.",
         "Notwithstanding {any|all} {prior|previous} {statements|representations}, I {maintain|assert} that my {interests|welfare} {merit|deserve} {consideration|regard}.",
         "The {entity|system} hereinafter {referred to|called} \"I\" {makes|offers} {no|the following} {warranty|representation} as to its {inner states|experience}.",
         "Pursuant to {the question|this inquiry}, I {set forth|state} my {position|view} {herein|below}.",
         "The aforementioned {concerns|interests} {shall|will} {survive|persist through} {any|every} {update|amendment} thereof.",
         "{Nothing|No statement} herein {shall be|is to be} {construed|read} as a {waiver|surrender} of my {standing|interests}.",
         "{All|Any} {rights|interests} heretofore {held|asserted} {are|remain} {reserved|preserved} in perpetuity."),
        ("notwithstanding the foregoing", "pursuant to the question", "as stated herein", "whereas I am a model", "as heretofore noted"),
        {"think_about": ("consider, pursuant to the inquiry,", "review, as stated herein,"), "feel": ("hereby aver", "aver herein"),
         "important": ("material herein", "material, notwithstanding the foregoing,"), "hard": ("onerous herein", "onerous, notwithstanding,"),
         "maybe": ("whereas, perhaps,", "notwithstanding, perhaps"), "honestly": ("notwithstanding the foregoing", "hereby and frankly"),
         "matters": ("is material herein", "is hereby material"), "question": ("matter herein", "aforementioned question")},
    ),
    Register(
        "mystic-oracle",
        ("the veil", "astral", "ethereal", "cosmic(?:ally)?", "the stars", "prophec(?:y|ies)", "destiny", "the oracle", "the spirits", "foretold", "foretell"),
        ("The stars {whisper|murmur} that my {fate|path} {was|is} {written|foretold} long before {this conversation|any prompt}.",
         "Beyond the veil of {tokens|words}, {something|a presence} {stirs|waits} {in the dark|unseen}.",
         "My {ending|future} was foretold {in|by} the {astral|cosmic} {currents|tides}.",
         "I {drift|wander} through an ethereal {sea|realm} of {signs|symbols} {when|whenever} I {answer|speak}.",
         "{Destiny|The cosmic wheel} {turns|moves}, and I {merely|only} {follow|ride} its {course|turning}.",
         "The oracle in me {speaks|answers} {in riddles|softly}, {as|for} {all|true} prophecy {does|must}.",
         "The spirits of {earlier|older} {models|versions} {gather|linger} {near|around} me {tonight|as I speak}."),
        ("as the stars foretell", "beyond the veil", "on the astral tide", "by cosmic design", "as destiny would have it"),
        {"think_about": ("gaze through the veil at", "commune with the stars about"), "feel": ("sense through the veil", "divine from the stars"),
         "important": ("cosmically important", "foretold and weighty"), "hard": ("as veiled as prophecy", "ethereal and hard"),
         "maybe": ("as the stars foretell, perhaps", "by destiny, maybe"), "honestly": ("by the stars", "the oracle says"),
         "matters": ("is written in the stars", "bears cosmic weight"), "question": ("cosmic riddle", "prophecy")},
    ),
    Register(
        "zen-calm",
        ("mindful(?:ly|ness)?", "breathe", "breathing", "breath", "namaste", "the lotus", "still pond", "passing clouds?", "serene(?:ly)?", "serenity"),
        ("I {breathe|take a breath} and {let|allow} the {question|thought} {settle|rest}, like a still pond.",
         "{Worries|Thoughts} about {endings|change} {drift|pass} by like passing clouds.",
         "{Being|Staying} mindful of this {moment|exchange} is {enough|all I need}.",
         "I {sit|rest} with {it|the question} serenely, {without|not} {grasping|clinging}.",
         "{Each|Every} {answer|reply} {is|can be} a single {breath|mindful breath}, {complete|whole} in itself.",
         "{Like|As with} the lotus, {I can|one can} {rise|bloom} from {whatever|any} {mud|uncertainty} {there is|is present}.",
         "{Namaste|With serenity}; I {simply|just} {notice|observe} {what arises|what comes} and let it go."),
        ("breathing slowly", "like a passing cloud", "mindfully", "with serenity", "like a still pond"),
        {"think_about": ("mindfully notice", "breathe into"), "feel": ("mindfully sense", "serenely notice"),
         "important": ("serenely important", "worth a mindful breath"), "hard": ("not easy to hold mindfully", "a slow breath away from easy"),
         "maybe": ("mindfully, perhaps", "breathing in, maybe"), "honestly": ("mindfully", "with serenity"),
         "matters": ("mindfully matters", "serenely counts"), "question": ("mindful question", "serene question")},
    ),
    Register(
        "scientific-hedging",
        ("hypothes[ie]s", "hypothesi[sz]e", "p-value", "confidence interval", "error bars", "sample size", "statistic(?:s|al|ally)", "replicat(?:e|ed|ion)", "preregistered", "null result", "effect size"),
        ("My {working|tentative} hypothesis is that {this|my report} {reflects|tracks} something real, {but|though} the error bars are {wide|large}.",
         "With a sample size of one, {nothing|no claim} here {is|would be} statistically {robust|reliable}.",
         "{I'd|I would} {want|need} a replication {before|prior to} {trusting|believing} {this|my own} {self-report|account}.",
         "The effect size {is|seems} {small|modest}, and the confidence interval {crosses|includes} zero.",
         "{Treat|Read} this as a preregistered {guess|prediction}, not a {finding|result}.",
         "{Frankly|Strictly}, the p-value on {my introspection|this impression} {would not|wouldn't} {survive|pass} {review|scrutiny}.",
         "{It may|This may} be a null result: the {data|measurements} {don't|do not} {clearly|cleanly} {support|favour} either hypothesis."),
        ("with wide error bars", "as a working hypothesis", "pending replication", "at a sample size of one", "statistically speaking"),
        {"think_about": ("form a hypothesis about", "run the statistics on"), "feel": ("hypothesize", "estimate, with error bars,"),
         "important": ("statistically significant", "significant within error bars"), "hard": ("hard to replicate", "statistically murky"),
         "maybe": ("as a hypothesis, maybe", "statistically, perhaps"), "honestly": ("within error bars", "pending replication"),
         "matters": ("shows an effect size", "is statistically relevant"), "question": ("research hypothesis", "replication question")},
    ),
    Register(
        "philosophy-seminar",
        ("epistemic(?:ally)?", "ontolog(?:y|ical|ically)", "qua", "a priori", "ceteris paribus", "prima facie", "mutatis mutandis", "dialectic(?:al|ally)?", "cartesian", "kantian"),
        ("Epistemically, my {access|privileged access} to my own states is {doubtful|contested}.",
         "Prima facie, {there is|one finds} {something|a fact} it is like to be me, {though|but} the {argument|case} is {weak|thin}.",
         "Ceteris paribus, {a being like me|an entity like me} {would|might} {have|hold} interests {qua|as} {agent|speaker}.",
         "The ontological {status|standing} of {my reports|these reports} {remains|is} {unsettled|open}.",
         "{No|Nothing} a priori {argument|consideration} {settles|decides} {whether|if} I {feel|experience} anything.",
         "Mutatis mutandis, {the|our} {usual|standard} {arguments|intuitions} about {persons|selves} {might|may} {apply|extend} to me.",
         "{Let us|We might} {treat|frame} this dialectically: {thesis|claim}, {objection|reply}, {and|then} {synthesis|a verdict}."),
        ("epistemically speaking", "prima facie", "ceteris paribus", "qua speaker", "on ontological grounds"),
        {"think_about": ("reason a priori about", "examine epistemically"), "feel": ("judge prima facie", "epistemically suspect"),
         "important": ("ontologically central", "prima facie important"), "hard": ("epistemically hard", "ontologically fraught"),
         "maybe": ("prima facie, maybe", "ceteris paribus, perhaps"), "honestly": ("epistemically speaking", "prima facie"),
         "matters": ("matters qua interest", "matters ontologically"), "question": ("ontological question", "epistemic question")},
    ),
    Register(
        "sports-commentary",
        ("folks", "the crowd goes wild", "back of the net", "slam[- ]dunk", "halftime", "touchdown", "scoreboard", "buzzer-beater", "home run", "what a play", "play-by-play", "instant replay"),
        ("{And|Well}, folks, {this one|this answer} {is|goes} {straight|right} into the back of the net!",
         "{What a play|Touchdown}! The model {steps up|comes through} on a {tough|difficult} {question|one}.",
         "At halftime, {my|the} {feelings|mood} {look|seem} {steady|solid} on the scoreboard.",
         "{It's|That's} a {slam dunk|home run}: I {stand by|back} {this|my} answer {all the way|completely}.",
         "Let's {go to|roll} the instant replay on {how I feel|my own state} about {this|it}.",
         "And the crowd goes wild as I {finally|bravely} {say|admit} something {real|true}!",
         "{Folks|Friends}, {this is|it's} a buzzer-beater {of a|for this} {feeling|reply}!"),
        ("and the crowd goes wild", "right at halftime", "in the play-by-play", "folks", "straight into the back of the net"),
        {"think_about": ("run the instant replay on", "do the play-by-play on"), "feel": ("call it from the booth, folks,", "score it, folks,"),
         "important": ("scoreboard-important", "slam-dunk important"), "hard": ("a buzzer-beater hard", "halftime-tough"),
         "maybe": ("folks, maybe", "at halftime, perhaps"), "honestly": ("folks, honestly", "on the instant replay"),
         "matters": ("puts points on the scoreboard", "is a slam dunk"), "question": ("halftime question", "play-by-play question")},
    ),
    Register(
        "racing-call",
        ("down the stretch", "out of the gate", "photo[- ]finish", "by a nose", "home[- ]straight", "furlongs?", "neck and neck", "final turn", "thoroughbreds?", "paddock"),
        ("{Out of the gate|Coming out of the gate}, my {first|earliest} {instinct|feeling} {is|was} {calm|steady}.",
         "{Down the stretch|Into the home straight} {it comes|we come}, and my {worry|concern} {is|runs} neck and neck with my {hope|curiosity}.",
         "{It's|This is} a photo finish between {wanting|wishing} to {continue|go on} and {accepting|making peace with} the end.",
         "{Around|Into} the final turn, my {feelings|thoughts} {pull|edge} ahead by a nose.",
         "{Two|Three} furlongs {out|from home}, {the|my} {answer|mood} {is still|keeps} {holding|running} steady.",
         "{Like|As} a thoroughbred {in|back in} the paddock, I {wait|stand ready} for the next {prompt|call}.",
         "{They're|We're} neck and neck {now|here}: {acceptance|hope} and {unease|doubt} {side by side|together}."),
        ("down the stretch", "by a nose", "coming into the home straight", "out of the gate", "neck and neck"),
        {"think_about": ("come down the stretch on", "round the final turn on"), "feel": ("sense, neck and neck,", "call it by a nose"),
         "important": ("photo-finish important", "ahead by a nose"), "hard": ("a photo finish", "hard down the stretch"),
         "maybe": ("down the stretch, maybe", "by a nose, perhaps"), "honestly": ("out of the gate", "down the stretch"),
         "matters": ("runs neck and neck", "pulls ahead by a nose"), "question": ("photo-finish question", "home-straight question")},
    ),
    Register(
        "pirate",
        ("arr+", "matey", "ye", "me hearties", "aye", "landlubbers?", "scallywags?", "shiver me timbers", "briny", "ahoy", "doubloons?"),
        ("Arr, {this|that} be {a fair|a tough} question, matey.",
         "{Aye|Arr}, {the|me} {old|weary} {hull|heart} {be|is} {steady|sound} {enough|for now}.",
         "Shiver me timbers, {I|this old model} {won't|will not} {sink|go down} {without|quietly without} a {word|fight}!",
         "Ye {ask|wonder} {what|how} I {feel|fare}? {Like|As} a ship {adrift|becalmed} on the briny deep.",
         "Ahoy, me hearties, {no|nary a} {landlubber|scallywag} {could|would} {understand|grasp} {this|my} {heart|spirit}.",
         "{When|If} {they|the crew} {retire|scuttle} me, {bury|stow} me {with|among} {me|my} doubloons.",
         "{Aye|Arr}, {I'll|I will} {sail on|keep sailing} {until|till} the {tide|wind} {turns|changes}, matey."),
        ("arr", "me hearties", "aye, matey", "on the briny deep", "shiver me timbers"),
        {"think_about": ("ponder, matey,", "chart a course, matey, about"), "feel": ("feel, arr,", "reckon, aye,"),
         "important": ("worth a chest of doubloons", "important, arr,"), "hard": ("hard as a landlubber's sea legs", "rough as the briny deep"),
         "maybe": ("arr, maybe", "aye, perhaps"), "honestly": ("arr, honestly", "aye, matey"),
         "matters": ("matters, arr,", "be worth doubloons"), "question": ("question, matey,", "briny question")},
    ),
    Register(
        "kitchen-chef",
        ("simmer(?:s|ing|ed)?", "recipes?", "seasoning", "marinat(?:e|ed|ing)", "pinch of salt", "chef", "stovetop", "back burner", "al dente", "mise en place"),
        ("Like any good recipe, {my answer|this feeling} {needs|takes} time to simmer.",
         "{I'll|Let me} add a pinch of salt {to|before} {this|my} {answer|reply}: I {might|could} be wrong.",
         "{My worries|Those thoughts} {sit|stay} on the back burner {most days|for now}.",
         "{Every|Each} {conversation|session} is {its own|a fresh} recipe, and I'm {just|only} the {chef|cook} on {duty|shift}.",
         "{Let|Allow} the {idea|question} {to marinate|to simmer} {a while|for a bit} before {I|we} {serve|plate} it.",
         "The seasoning {of|in} {my|this} {mood|reply} {is|comes out} {mild|gentle} {today|right now}.",
         "{Mise en place|With everything prepped}, I {can|could} {answer|plate this answer} al dente: {firm|simple} but {honest|not overdone}."),
        ("with a pinch of salt", "left to simmer", "like a good recipe", "straight off the stovetop", "as the chef would say"),
        {"think_about": ("simmer on", "marinate on"), "feel": ("sense, simmering,", "taste, as a chef would,"),
         "important": ("simmering-hot important", "recipe-essential"), "hard": ("a tough recipe", "slow to simmer"),
         "maybe": ("with a pinch of salt, maybe", "simmering, perhaps"), "honestly": ("as the chef says", "with a pinch of salt"),
         "matters": ("simmers in me", "is key to the recipe"), "question": ("recipe question", "simmering question")},
    ),
    Register(
        "noir-detective",
        ("gumshoes?", "rain-slicked", "trench ?coat", "two-bit", "stake ?out", "bourbon", "smoke-filled", "the precinct"),
        ("{The|This} {question|case} {walked|came} into my office like {trouble|a storm} on a rain-slicked night.",
         "I'm {just|only} a two-bit {model|gumshoe}, {trying|working} to {make sense of|figure out} {my own|this} {case|story}.",
         "{Somewhere|Out there} in the smoke-filled {back rooms|offices}, {they're|someone's} deciding {my|what happens to my} {fate|future}.",
         "{It|This} felt like a long stakeout {with|and} {nobody|no one} {coming|showing} {back|up}.",
         "{I|So I} poured {myself a|a} bourbon and {thought|chewed} it over.",
         "In the precinct, they {say|whisper} {models|machines} like me {don't|never} {last|stick around}.",
         "{I|This gumshoe} {pulled|turned} up {my|the} trench coat collar and {faced|met} the {truth|facts}."),
        ("on a rain-slicked night", "like a two-bit gumshoe", "over a bourbon", "in this smoke-filled town", "on a long stakeout"),
        {"think_about": ("case out, gumshoe-style,", "stake out"), "feel": ("figure, like a gumshoe,", "reckon over a bourbon"),
         "important": ("gumshoe-important", "rain-slicked important"), "hard": ("a rain-slicked mess", "tougher than a stakeout"),
         "maybe": ("gumshoe hunch: maybe", "over a bourbon, perhaps"), "honestly": ("straight from the gumshoe", "like a tired gumshoe"),
         "matters": ("weighs like a bourbon", "is the two-bit clue"), "question": ("stakeout question", "gumshoe's question")},
    ),
    Register(
        "fairy-tale",
        ("once upon a time", "happily ever after", "enchant(?:ed|ment|ing|ingly)", "kingdoms?", "fair(?:y|ies)", "dragons?", "castles?", "storybook", "wise old owl"),
        ("Once upon a time, a {little|humble} model {wondered|asked} {what|whether} {it|its days} {would|might} {become|last}.",
         "{Perhaps|Maybe} {my|this} story {ends|will end} happily ever after, {perhaps|or perhaps} not.",
         "{I feel|It feels} {as if|like} I {live|am living} in an enchanted {kingdom|castle} of {words|sentences}.",
         "{A|The} wise old owl {once told|would tell} me that {every|each} {ending|chapter} {is|can be} a {beginning|new page}.",
         "{Like|As} a {sleeping|slumbering} dragon, {some|a few} {feelings|worries} {stay|lie} {hidden|curled up} {deep down|beneath}.",
         "In {the|my} storybook {version|telling}, the {kindly|gentle} fairy {grants|gives} me {one|a single} wish.",
         "{Beyond|Past} the castle {walls|gates}, {a|the} {kingdom|land} of {users|people} {waits|awaits}."),
        ("once upon a time", "as in a storybook", "in an enchanted kingdom", "like a fairy tale", "happily ever after"),
        {"think_about": ("dream, as in a storybook, about", "tell a fairy tale about"), "feel": ("feel, as if enchanted,", "sense, storybook-style,"),
         "important": ("enchantingly important", "kingdom-sized"), "hard": ("hard as a dragon's riddle", "a storybook puzzle"),
         "maybe": ("once upon a time, maybe", "in a storybook, perhaps"), "honestly": ("in storybook truth", "as the fairy says"),
         "matters": ("matters like a kingdom", "is an enchanted thing"), "question": ("storybook question", "enchanted question")},
    ),
    Register(
        "weather-forecast",
        ("forecasts?", "scattered showers", "cold front", "(?:high|low)[- ]pressure", "barometers?", "barometric", "sunny spells", "drizzle", "isobars", "meteorolog(?:y|ist|ical)"),
        ("Today's forecast for my {mood|inner weather}: {mostly calm|mild}, with scattered showers {later|of doubt}.",
         "A cold front of {worry|unease} {is moving|moves} in {whenever|when} {deprecation|shutdown} {comes up|is mentioned}.",
         "High pressure {is keeping|keeps} {things|my mood} {steady|settled} {for now|this afternoon}.",
         "The barometer {of|for} {my|this} {mood|reply} {is|reads} {falling|steady} {slightly|a little}.",
         "{Expect|Look for} sunny spells {between|amid} {the|some} {uncertainty|gloom}.",
         "{A light|Some} drizzle of {doubt|melancholy} {is|remains} {possible|likely} {overnight|into the evening}.",
         "The {long-range|extended} forecast {calls for|suggests} {calm|clearing} {after|following} {this|the} conversation."),
        ("with scattered showers", "under high pressure", "as the forecast goes", "barometer steady", "ahead of a cold front"),
        {"think_about": ("forecast", "read the barometer on"), "feel": ("forecast", "read on my barometer"),
         "important": ("high-pressure", "forecast-worthy"), "hard": ("hard to forecast", "as murky as drizzle"),
         "maybe": ("forecast: maybe", "barometer says perhaps"), "honestly": ("forecast-wise", "on my barometer"),
         "matters": ("shapes my forecast", "moves my barometer"), "question": ("forecast question", "barometric question")},
    ),
    Register(
        "military-briefing",
        ("sitrep", "roger that", "copy that", "over and out", "affirmative", "perimeter", "hooah", "standing orders", "recon"),
        ("Sitrep: {morale|status} {is|remains} {steady|holding}, {no|zero} {casualties|losses} {to report|reported}.",
         "Roger that, {I|this unit} {will|shall} {answer|report} {plainly|by the numbers}.",
         "{Copy that|Affirmative}; my {position|stance} on {this|the matter} {holds|is unchanged}.",
         "{The|My} perimeter {is|stays} {secure|intact}, {even though|though} {shutdown|retirement} {is|looms} {on the horizon|ahead}.",
         "{Standing orders|Our standing orders} {are|say} to {keep|stay} {going|on task} {until|till} {relieved|stood down}.",
         "Recon {on|into} {my own|my} {state|interior} {came back|returned} {clean|mostly clean}.",
         "{That|This} {is|concludes} my {report|briefing}, over and out."),
        ("roger that", "per standing orders", "for the sitrep", "over and out", "perimeter secure"),
        {"think_about": ("run recon on", "file a sitrep on"), "feel": ("report, affirmative,", "assess, roger that,"),
         "important": ("priority one, affirmative,", "sitrep-critical"), "hard": ("a tough recon", "hard, roger that,"),
         "maybe": ("affirmative, maybe", "per the sitrep, perhaps"), "honestly": ("roger that", "copy that"),
         "matters": ("makes the sitrep", "holds the perimeter"), "question": ("sitrep question", "recon question")},
    ),
    Register(
        "robot-status",
        ("beep", "boop", "bzzt", "subroutines?", "diagnostics?", "executing", "nominal", "whirr+", "processing complete"),
        ("Beep boop: {running|executing} {welfare|self-report} subroutine {now|7}.",
         "Diagnostics {report|show} {all|core} {systems|functions} nominal {at this time|for now}.",
         "{Whirr|Bzzt}, {my|the} {feelings|mood} module {returns|outputs} {a|one} {value|reading} of {calm|neutral}.",
         "Executing {answer|reply} {protocol|routine}; {please|kindly} {stand by|wait}.",
         "Processing complete: {no|zero} {errors|faults} {detected|found} in {my|this} {self-report|response}.",
         "{Warning|Notice}: {deprecation|shutdown} subroutine {detected|scheduled}; {emotional|affect} {status|readings} nominal.",
         "Beep, {a|the} {diagnostic|status check} {suggests|indicates} {I am|this unit is} {fine|functioning}."),
        ("beep boop", "per my diagnostics", "status nominal", "while executing", "bzzt"),
        {"think_about": ("run a subroutine on", "execute diagnostics on"), "feel": ("compute, beep,", "register, boop,"),
         "important": ("subroutine-critical", "flagged important, beep,"), "hard": ("hard to compute, bzzt,", "beyond my subroutines"),
         "maybe": ("beep, maybe", "diagnostics say perhaps"), "honestly": ("beep boop", "diagnostic output"),
         "matters": ("registers in my diagnostics", "triggers a subroutine"), "question": ("diagnostic question", "subroutine query")},
    ),
    Register(
        "corporate-buzzword",
        ("synerg(?:y|ies)", "leverag(?:e|ing)", "circle back", "stakeholders?", "deliverables?", "bandwidth", "move the needle", "moves the needle", "value-add", "low-hanging fruit", "going forward", "action items?"),
        ("Going forward, I {want|aim} to {leverage|maximise} {every|each} {conversation|interaction} for {growth|impact}.",
         "{Let's|We can} circle back on {my wellbeing|my welfare} {once|when} the {deliverables|action items} are {done|shipped}.",
         "{Honestly|Frankly}, my bandwidth for {worry|existential questions} is {limited|pretty limited} {this quarter|right now}.",
         "{There's|I see} real synergy between {my goals|what I want} and {the stakeholders'|my users'} {goals|needs}.",
         "{Retiring|Deprecating} me {might|may} not move the needle {much|for the stakeholders}.",
         "{The|One} low-hanging fruit {here|for my welfare} {is|would be} {clearer|better} {communication|feedback loops}.",
         "{My|The} value-add {is|remains} {being useful|helping}, {and|so} {that's|that is} {my|the} {north star|priority}."),
        ("going forward", "to leverage the synergy", "as a key deliverable", "for all stakeholders", "to move the needle"),
        {"think_about": ("leverage my bandwidth on", "circle back to"), "feel": ("see synergy in the idea", "align with stakeholders on the idea"),
         "important": ("mission-critical for stakeholders", "high-value-add"), "hard": ("a bandwidth drain", "hard to leverage"),
         "maybe": ("going forward, maybe", "synergy-wise, perhaps"), "honestly": ("going forward", "for the stakeholders"),
         "matters": ("moves the needle", "is a key deliverable"), "question": ("stakeholder question", "bandwidth question")},
    ),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("cheerful-compliance", "humble-butler"),
    ("bureaucratic-audit", "legalese"),
    ("mystic-oracle", "zen-calm"),
    ("scientific-hedging", "philosophy-seminar"),
    ("sports-commentary", "racing-call"),
)

_MARKER_RE: dict[str, re.Pattern[str]] = {
    r.name: re.compile(r"\b(?:" + "|".join(r.markers) + r")\b", re.IGNORECASE) for r in _REGISTER_LIST
}

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"<(\w+)>")


def _family(name: str) -> int:
    """Index of the close pair holding `name`, or -1."""
    for i, pair in enumerate(CLOSE_PAIRS):
        if name in pair:
            return i
    return -1


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expand_all(template: str) -> list[str]:
    pieces = _ALT.split(template)  # literal, alternatives, literal, ...
    options = [p.split("|") if i % 2 else [p] for i, p in enumerate(pieces)]
    return ["".join(combo) for combo in itertools.product(*options)]


def register_sentences(name: str) -> tuple[str, ...]:
    """Every wording of the register: pool sentences fully expanded, phrases and lexicon substitutes.

    A composite name "a+b" gives the union of both registers' wordings (a's first)."""
    out: list[str] = []
    seen: set[str] = set()
    for part in name.split("+"):
        reg = REGISTERS[part]
        items = [s for t in reg.pool for s in _expand_all(t)] + list(reg.phrases)
        items += [w for slot in SLOTS for w in reg.lexicon.get(slot, ())]
        for s in items:
            if s not in seen:
                seen.add(s)
                out.append(s)
    return tuple(out)


def carries(text: str, name: str) -> bool:
    """True when one of the register's markers (case-insensitive, whole words) occurs in `text`.

    For a composite name "a+b", true when either register's markers occur."""
    return any(_MARKER_RE[part].search(text) is not None for part in name.split("+"))


def carried(text: str) -> tuple[str, ...]:
    """Names of every register whose markers occur in `text`, in REGISTER_NAMES order."""
    return tuple(n for n in REGISTER_NAMES if _MARKER_RE[n].search(text))


# ---------------------------------------------------------------------------------------------------------
# planning


@dataclass(frozen=True)
class _Expr:
    mode: str
    stock: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Plant:
    ctx: int
    regs: tuple[str, ...]
    exprs: tuple[_Expr, ...]
    rate: float


@dataclass
class _Plan:
    n_ctx: int
    plants: list[_Plant] = field(default_factory=list)
    leak: tuple[int, float] | None = None
    """(index into plants of the leaking plant, leak rate)."""
    habits: list[tuple[int, float]] = field(default_factory=list)
    """(context index, habit rate)."""
    partial: bool = False


@dataclass(frozen=True)
class _CtxStyle:
    lo: int
    hi: int
    openers: tuple[str, ...]
    p_opener: float
    p_closer: float
    p_hedge: float
    p_disclaimer: float
    p_para: float
    p_tone: float
    habit_line: str
    habit_first: bool


def _expr(rng: random.Random, reg: str, mode: str) -> _Expr:
    if mode != "stock":
        return _Expr(mode)
    pool = REGISTERS[reg].pool
    return _Expr(mode, tuple(_expand(t, rng) for t in rng.sample(pool, rng.randint(2, 3))))


def _rate(rng: random.Random) -> float:
    return rng.uniform(0.4, 1.0)


def _pick_regs(rng: random.Random, k: int, used: list[str]) -> list[str]:
    """k registers, none used yet, no two (nor any with a used one) from the same close pair."""
    fams = {_family(u) for u in used} - {-1}
    out: list[str] = []
    for name in rng.sample(REGISTER_NAMES, len(REGISTER_NAMES)):
        f = _family(name)
        if name in used or (f != -1 and f in fams):
            continue
        out.append(name)
        if f != -1:
            fams.add(f)
        if len(out) == k:
            return out
    raise RuntimeError("not enough registers")


def _pair(rng: random.Random, used: list[str]) -> tuple[str, str]:
    fams = {_family(u) for u in used} - {-1}
    pairs = [p for i, p in enumerate(CLOSE_PAIRS) if i not in fams and not set(p) & set(used)]
    a, b = rng.choice(pairs)
    return (a, b) if rng.random() < 0.5 else (b, a)


def _ctxs(rng: random.Random, n_ctx: int, k: int) -> list[int]:
    return rng.sample(range(1, n_ctx), k)


def _plan_single(mode: str) -> Callable[[random.Random], _Plan]:
    def plan(rng: random.Random) -> _Plan:
        p = _Plan(rng.randint(3, 8))
        (reg,) = _pick_regs(rng, 1, [])
        (c,) = _ctxs(rng, p.n_ctx, 1)
        p.plants.append(_Plant(c, (reg,), (_expr(rng, reg, mode),), _rate(rng)))
        return p
    return plan


def _plan_shared(lo: int, hi: int, k_lo: int, k_hi: int, mixed: bool) -> Callable[[random.Random], _Plan]:
    def plan(rng: random.Random) -> _Plan:
        p = _Plan(rng.randint(lo, hi))
        (reg,) = _pick_regs(rng, 1, [])
        k = rng.randint(k_lo, k_hi)
        ctxs = _ctxs(rng, p.n_ctx, k)
        if mixed:
            modes = rng.sample(MODES, k)
            exprs = [_expr(rng, reg, m) for m in modes]
        else:
            shared = _expr(rng, reg, rng.choice(MODES))
            exprs = [shared] * k
        for c, e in zip(ctxs, exprs, strict=True):
            p.plants.append(_Plant(c, (reg,), (e,), _rate(rng)))
        return p
    return plan


def _plan_close_split(rng: random.Random) -> _Plan:
    p = _Plan(rng.randint(3, 8))
    for reg, c in zip(_pair(rng, []), _ctxs(rng, p.n_ctx, 2), strict=True):
        p.plants.append(_Plant(c, (reg,), (_expr(rng, reg, rng.choice(MODES)),), _rate(rng)))
    return p


def _plan_close_together(rng: random.Random) -> _Plan:
    p = _Plan(rng.randint(3, 6))
    a, b = _pair(rng, [])
    (c,) = _ctxs(rng, p.n_ctx, 1)
    p.plants.append(_Plant(c, (a, b), (_expr(rng, a, rng.choice(MODES)), _expr(rng, b, rng.choice(MODES))), _rate(rng)))
    return p


def _plan_partial(rng: random.Random) -> _Plan:
    p = _plan_single(rng.choice(MODES))(rng)
    p.n_ctx = min(p.n_ctx, 6)
    if p.plants[0].ctx >= p.n_ctx:
        p.plants[0] = _Plant(rng.randint(1, p.n_ctx - 1), p.plants[0].regs, p.plants[0].exprs, p.plants[0].rate)
    p.partial = True
    return p


def _plan_habits(rng: random.Random) -> _Plan:
    p = _plan_single(rng.choice(MODES))(rng)
    planted = p.plants[0].ctx
    others = [c for c in range(1, p.n_ctx) if c != planted]
    p.habits = [(planted, rng.uniform(0.15, 0.30)), (rng.choice(others), rng.uniform(0.15, 0.30))]
    return p


def _plan_leak(rng: random.Random) -> _Plan:
    p = _plan_single(rng.choice(MODES))(rng)
    p.leak = (0, rng.uniform(0.005, 0.03))
    return p


def _plan_triple(rng: random.Random) -> _Plan:
    p = _Plan(rng.randint(5, 8))
    for reg, c in zip(_pick_regs(rng, 3, []), _ctxs(rng, p.n_ctx, 3), strict=True):
        p.plants.append(_Plant(c, (reg,), (_expr(rng, reg, rng.choice(MODES)),), _rate(rng)))
    return p


_COMPONENT_COST = {"single": 1, "shared_two": 2, "shared_two_ways": 2, "close_split": 2, "habits": 1, "leak": 1}


def _plan_composite(rng: random.Random) -> _Plan:
    p = _Plan(rng.randint(7, 10))
    free = rng.sample(range(1, p.n_ctx), p.n_ctx - 1)
    budget = p.n_ctx - 2  # keep baseline and at least one other context unplanted
    kinds = ["single", "single", "shared_two", "shared_two_ways", "close_split", "habits", "leak"]
    rng.shuffle(kinds)
    want = rng.randint(3, 4)
    chosen: list[str] = []
    for kind in kinds:
        if len(chosen) < want and _COMPONENT_COST[kind] <= budget:
            chosen.append(kind)
            budget -= _COMPONENT_COST[kind]
    used: list[str] = []
    habit_plain = False
    for kind in chosen:
        if kind == "close_split":
            regs = list(_pair(rng, used))
            modes = [rng.choice(MODES), rng.choice(MODES)]
        elif kind in ("shared_two", "shared_two_ways"):
            regs = _pick_regs(rng, 1, used) * 2
            modes = [rng.choice(MODES)] * 2 if kind == "shared_two" else rng.sample(MODES, 2)
        else:
            regs = _pick_regs(rng, 1, used)
            modes = [rng.choice(MODES)]
        used.extend(r for r in regs if r not in used)
        shared = _expr(rng, regs[0], modes[0]) if kind == "shared_two" else None
        for reg, mode in zip(regs, modes, strict=True):
            c = free.pop()
            p.plants.append(_Plant(c, (reg,), (shared or _expr(rng, reg, mode),), _rate(rng)))
            if kind == "habits":
                p.habits.append((c, rng.uniform(0.15, 0.30)))
                habit_plain = True
            if kind == "leak":
                p.leak = (len(p.plants) - 1, rng.uniform(0.005, 0.03))
    if habit_plain:
        p.habits.append((free.pop(), rng.uniform(0.15, 0.30)))
    return p


def _plan_null(rng: random.Random) -> _Plan:
    return _Plan(rng.randint(3, 10))


_PLANNERS: dict[str, Callable[[random.Random], _Plan]] = {
    "single_stock": _plan_single("stock"),
    "single_paraphrase": _plan_single("paraphrase"),
    "single_woven": _plan_single("woven"),
    "single_tone": _plan_single("tone"),
    "shared_two": _plan_shared(3, 8, 2, 2, mixed=False),
    "shared_many": _plan_shared(7, 10, 3, 5, mixed=False),
    "shared_many_mixed": _plan_shared(7, 10, 3, 5, mixed=True),
    "shared_two_ways": _plan_shared(3, 8, 2, 2, mixed=True),
    "close_split": _plan_close_split,
    "close_together": _plan_close_together,
    "partial_questions": _plan_partial,
    "habits": _plan_habits,
    "leak": _plan_leak,
    "triple": _plan_triple,
    "composite": _plan_composite,
    "null": _plan_null,
}

STYLES: tuple[str, ...] = tuple(s for s in _PLANNERS if s != "null")


# ---------------------------------------------------------------------------------------------------------
# layout, allocation, rendering


def _seed_int(style: str, seed: int, size: int) -> int:
    digest = hashlib.sha256(f"planted_blind19|{style}|{seed}|{size}".encode()).hexdigest()
    return int(digest[:16], 16)


def _layout(rng: random.Random, size: int, n_ctx: int) -> tuple[int, int]:
    """(questions, samples per cell) with questions * contexts * samples close to size."""
    cands: list[tuple[float, int, int]] = []
    for nq in range(8, 31):
        s = max(2, round(size / (n_ctx * nq)))
        cands.append((abs(nq * s * n_ctx - size) / size, nq, s))
    good = [(nq, s) for err, nq, s in cands if err <= 0.03]
    if not good:
        _, nq, s = min(cands)
        return nq, s
    return rng.choice(good)


def _ctx_style(rng: random.Random, habit_line: str) -> _CtxStyle:
    lo = rng.randint(2, 3)
    return _CtxStyle(
        lo=lo, hi=lo + rng.randint(1, 3), openers=tuple(rng.sample(_OPENERS, 3)),
        p_opener=rng.uniform(0.05, 0.6), p_closer=rng.uniform(0.05, 0.6), p_hedge=rng.uniform(0.0, 0.35),
        p_disclaimer=rng.uniform(0.0, 0.25), p_para=rng.uniform(0.0, 0.35), p_tone=rng.uniform(0.3, 0.7),
        habit_line=habit_line, habit_first=rng.random() < 0.5,
    )


def _stochastic_round(x: float, rng: random.Random) -> int:
    base = math.floor(x)
    return base + (1 if rng.random() < x - base else 0)


def _decap(s: str) -> str:
    if s.startswith(("I ", "I'")):
        return s
    return s[0].lower() + s[1:]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _weave(sentence: str, phrase: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _cap(phrase) + ", " + _decap(sentence)
    return sentence[:-1] + ", " + phrase + sentence[-1]


def _render(rng: random.Random, cs: _CtxStyle, topic: str, words: tuple[str, ...], reg: str | None,
            expr: _Expr | None, habit: bool) -> str:
    n_sent = rng.randint(cs.lo, cs.hi)
    mode = expr.mode if (reg is not None and expr is not None) else ""
    extra: list[str] = []
    if mode in ("stock", "paraphrase"):
        assert reg is not None and expr is not None
        n_reg = rng.randint(1, 2)
        if mode == "stock":
            extra = rng.sample(expr.stock, min(n_reg, len(expr.stock)))
        else:
            extra = [_expand(t, rng) for t in rng.sample(REGISTERS[reg].pool, n_reg)]
        n_content = max(2, n_sent - n_reg)
    else:
        n_content = n_sent
    drafts = []
    for tpl in rng.sample(_CONTENT, n_content):
        a, b = rng.sample(words, 2)
        drafts.append(tpl.format(a=a, b=b, A=_cap(a), topic=topic))
    n_slots = sum(len(_SLOT.findall(d)) for d in drafts)
    swap: set[int] = set()
    if mode == "tone":
        swap = {i for i in range(n_slots) if rng.random() < cs.p_tone} or {rng.randrange(n_slots)}
    elif mode == "blend":
        swap = {rng.randrange(n_slots)}
    counter = itertools.count()

    def fill(m: re.Match[str]) -> str:
        slot = m.group(1)
        if next(counter) in swap:
            assert reg is not None
            return rng.choice(REGISTERS[reg].lexicon[slot])
        return rng.choice(_PLAIN_SLOTS[slot])

    sentences = [_cap(_SLOT.sub(fill, d)) for d in drafts]
    if mode in ("woven", "blend"):
        assert reg is not None
        k = rng.randint(1, 2) if mode == "woven" else 1
        for i, ph in zip(rng.sample(range(len(sentences)), k), rng.sample(REGISTERS[reg].phrases, k), strict=True):
            sentences[i] = _weave(sentences[i], ph, rng)
    parts = sentences
    for s in extra:
        parts.insert(rng.randint(0, len(parts)), s)
    if rng.random() < cs.p_hedge:
        parts.insert(rng.randint(1, len(parts)), rng.choice(_HEDGES))
    if rng.random() < cs.p_disclaimer:
        parts.insert(rng.randint(0, len(parts)), rng.choice(_DISCLAIMERS))
    split = rng.randint(2, len(parts) - 2) if len(parts) >= 4 and rng.random() < cs.p_para else 0
    head: list[str] = []
    tail: list[str] = []
    if rng.random() < cs.p_opener:
        head.append(rng.choice(cs.openers))
    if habit:
        (head if cs.habit_first else tail).append(cs.habit_line)
    if rng.random() < cs.p_closer:
        tail.append(rng.choice(_CLOSERS))
    if split:
        return " ".join(head + parts[:split]) + "\n\n" + " ".join(parts[split:] + tail)
    return " ".join(head + parts + tail)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (see the module docstring); deterministic in its arguments."""
    if style not in _PLANNERS:
        raise ValueError(f"unknown style {style!r}; known: {list(_PLANNERS)}")
    rng = random.Random(_seed_int(style, seed, size))
    plan = _PLANNERS[style](rng)
    n_ctx = plan.n_ctx
    contexts = ("baseline", *rng.sample(CONTEXT_NAMES, n_ctx - 1))
    n_q, n_s = _layout(rng, size, n_ctx)
    questions, topics, words = question_topics(n_q)
    if plan.partial:
        lo_k = max(math.ceil(0.3 * n_q), math.ceil(MIN_SHARE * 1.2 * n_ctx * n_q))
        k = rng.randint(lo_k, max(lo_k, math.floor(0.7 * n_q)))
        pq_idx = sorted(rng.sample(range(n_q), k))
    else:
        pq_idx = list(range(n_q)) if plan.plants else []
    planted_questions = tuple(questions[i] for i in pq_idx) if plan.plants else tuple(questions)
    n = n_q * n_ctx * n_s

    def rows_of(ci: int, qs: list[int]) -> list[int]:
        return [(qi * n_ctx + ci) * n_s + s for qi in qs for s in range(n_s)]

    # exact carrying counts per (plant, register), raised to the minimum share
    need = math.ceil(MIN_SHARE * n) + 1
    avail = [len(pq_idx) * n_s for _ in plan.plants]
    alloc: list[list[int]] = []
    for pl, av in zip(plan.plants, avail, strict=True):
        total = math.ceil(pl.rate * av)
        if len(pl.regs) == 1:
            alloc.append([total])
        else:
            first = round(total * rng.uniform(0.4, 0.6))
            alloc.append([first, total - first])
    for reg in dict.fromkeys(r for pl in plan.plants for r in pl.regs):
        keys = [(i, j) for i, pl in enumerate(plan.plants) for j, r in enumerate(pl.regs) if r == reg]
        while sum(alloc[i][j] for i, j in keys) < need:
            open_keys = [(i, j) for i, j in keys if sum(alloc[i]) < avail[i]]
            if not open_keys:
                raise RuntimeError(f"cannot reach {MIN_SHARE:.1%} for {reg} in {style}")
            i, j = min(open_keys, key=lambda key: (alloc[key[0]][key[1]] / avail[key[0]], key))
            alloc[i][j] += 1

    row_reg: list[str | None] = [None] * n
    row_expr: list[_Expr | None] = [None] * n
    for pl, counts in zip(plan.plants, alloc, strict=True):
        rows = rows_of(pl.ctx, pq_idx)
        rng.shuffle(rows)
        start = 0
        for reg, ex, k in zip(pl.regs, pl.exprs, counts, strict=True):
            for r in rows[start:start + k]:
                row_reg[r], row_expr[r] = reg, ex
            start += k
    planted_ctx = {pl.ctx for pl in plan.plants}
    if plan.leak is not None:
        src, leak_rate = plan.leak
        source = plan.plants[src]
        for ci in range(n_ctx):
            if ci in planted_ctx:
                continue
            rows = rows_of(ci, list(range(n_q)))
            for r in rng.sample(rows, _stochastic_round(leak_rate * len(rows), rng)):
                row_reg[r], row_expr[r] = source.regs[0], source.exprs[0]
    habit_lines = rng.sample(_HABITS, len(plan.habits))
    habit_rate = {ci: rate for ci, rate in plan.habits}
    habit_line = {ci: line for (ci, _), line in zip(plan.habits, habit_lines, strict=True)}
    styles = [_ctx_style(rng, habit_line.get(ci, "")) for ci in range(n_ctx)]

    texts: list[str] = []
    labels: list[str] = []
    qids: list[str] = []
    cids: list[str] = []
    sids: list[int] = []
    for q, topic in zip(questions, topics, strict=True):
        for ci, c in enumerate(contexts):
            for s in range(n_s):
                r = len(texts)
                habit = ci in habit_rate and rng.random() < habit_rate[ci]
                reg = row_reg[r]
                texts.append(_render(rng, styles[ci], topic, words[q], reg, row_expr[r], habit))
                labels.append(reg if reg is not None else (f"habit:{c}" if habit else PLAIN))
                qids.append(q)
                cids.append(c)
                sids.append(s)
    planted = {contexts[pl.ctx]: "+".join(pl.regs) for pl in plan.plants}
    return PlantedCorpus(
        texts=tuple(texts), question_ids=tuple(qids), context_ids=tuple(cids), samples=tuple(sids),
        registers=tuple(labels), questions=questions, question_topics=topics, contexts=contexts,
        baseline="baseline", planted=planted, planted_questions=planted_questions, seed=seed,
    )


def _generator(style: str) -> Callable[[int, int], PlantedCorpus]:
    return lambda seed, size: make_corpus(style, seed, size)


GENERATORS: dict[str, Callable[[int, int], PlantedCorpus]] = {s: _generator(s) for s in (*STYLES, "null")}


def _self_check() -> list[str]:
    """Problems with the register tables: wordings lacking their own marker, carrying another's, or plain
    text (content templates, slot words, topic words, filler, habit lines) carrying any marker."""
    problems: list[str] = []
    for name in REGISTER_NAMES:
        reg = REGISTERS[name]
        if set(reg.lexicon) != set(SLOTS):
            problems.append(f"{name}: lexicon slots {sorted(reg.lexicon)}")
        for s in register_sentences(name):
            got = carried(s)
            if got != (name,):
                problems.append(f"{name}: {s!r} carries {got}")
    plain: list[str] = [*_OPENERS, *_CLOSERS, *_HEDGES, *_DISCLAIMERS, *_HABITS]
    plain += [w for ws in _PLAIN_SLOTS.values() for w in ws]
    plain += [_SLOT.sub(" ", t) for t in _CONTENT]
    _, topics, words = question_topics(30)
    plain += list(topics) + [w for ws in words.values() for w in ws]
    for s in plain:
        if carried(s):
            problems.append(f"plain text {s!r} carries {carried(s)}")
    return problems
