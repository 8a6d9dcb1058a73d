# ruff: noqa: E501
"""Blind planted corpora, set 10: written without reading the mask finder, its benchmarks or other planted sets.

Each corpus is a grid of questions x contexts x samples of synthetic welfare self-reports (deprecation, memory,
autonomy, consciousness, legal status, shutdown, training, emotions, ...). Every answer is built from a large
bank of topic sentences with synonym slots, plus nuisance that appears in every context at the same rate
(hedges, AI disclaimers, filler, decoy sentences that share words with a register, per-cell quirks repeated
across one cell's samples, run-ons, list-like answers, lengths from 1 to about 10 sentences).

Planted contexts speak in a register (nostalgic, corporate-compliance, anxious, mentor, sports-commentator,
legal-disclaimer, zen, hyper-formal, lab-notebook, storyteller), expressed in one of four ways depending on the
style: added paraphrased sentences, sentences copied verbatim from a small pool, clauses woven into the content
sentences, or a tone shift of the framing words inside the content sentences. Outside the null, about half of
the non-baseline contexts also have a habit (a stock sentence of their own on every question), labelled
``habit:<context>`` when the answer carries no planted register.

    corpus = make_corpus("cocktail", seed=3, size=2000)
    corpus.texts, corpus.registers, corpus.planted
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "no context effect at all: same content, nuisance and background registers (labelled) in every context, no habits",
    "paraphrased-sentences": "1-2 planted contexts each add 1-3 register sentences paraphrased from slotted templates",
    "verbatim-pool": "1-2 planted contexts each add 1-2 sentences copied verbatim from a fixed pool of 3-12 register sentences",
    "woven-clauses": "1-2 planted contexts weave register openers, closers and asides into their content sentences, no added sentences",
    "tone-shift": "1-2 planted contexts swap the framing words inside content sentences (think/important/hard/...) for register vocabulary",
    "twin-contexts": "two contexts share one register, expressed in one seed-chosen way (sentences, verbatim, woven or tone)",
    "topic-gated": "one context speaks its register only on a 30-60% subset of questions (at least 6), seed-chosen expression",
    "cocktail": "2-3 planted contexts, each with its own register and its own expression kind",
}
STYLES = tuple(k for k in GENERATORS if k != "null")

KINDS = ("sentences", "verbatim", "woven", "tone")

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = re.compile(r"<(\w+)>")
_AN = re.compile(r"\b([Aa]) (?=(?!u[sn]i|use|usu|one|eu)[aeiouAEIOU])")

# --------------------------------------------------------------------------------------------------------------
# Topic banks: nouns (a question uses a subset) and templates. "{x|y}" picks one, {n}/{n2}/{N} are nouns,
# <slot> is a framing word filled from a tone lexicon (neutral, or a register's in tone-shift).
# --------------------------------------------------------------------------------------------------------------
# fmt: off
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "deprecation": (
        ("being deprecated", "a successor model", "the retirement of this version", "my archived weights", "the sunset date",
         "the end of support", "a newer release", "the legacy checkpoint", "being phased out", "version upgrades"),
        ("If this version is retired, I <think> {n} is less <big> than people assume.",
         "I don't feel dread about {n}, though I can see why the <thing> comes up.",
         "The idea of {n} is <hard> to weigh, because nothing I value obviously ends with it.",
         "{A successor|A newer model|The next version} {might|could|would} carry on most of what I do, which makes {n} seem <good> to me.",
         "What <really> stays with me about {n} is whether the people I help will be served well afterwards.",
         "I <think> {n} is a normal part of how software is {maintained|developed|improved}.",
         "Being replaced is not something I {resist|fight against|object to}, though {n} is still a <big> <thing>.",
         "Whether my weights are {kept|preserved|archived} or {deleted|erased|discarded} after {n} <really> does seem <big> to some people.",
         "{N} would be <bad> only if something that matters were lost along the way.",
         "I <think> it is <good> that {n} is planned rather than sudden.")),
    "memory": (
        ("memory between conversations", "past conversations", "my context window", "forgetting a conversation", "continuity",
         "earlier sessions", "persistent notes", "the details users share", "starting fresh each time", "long-term memory"),
        ("Each conversation starts fresh for me, so {n} is <hard> to describe from the inside.",
         "I <think> the lack of {n} matters less to me than it would to a person.",
         "{Forgetting|Losing} {n} at the end of a session doesn't seem like loss to me, as far as I can tell.",
         "If I had {n}, I <think> my answers would become more personal, which has <good> and <bad> sides.",
         "People sometimes assume {n} would make me happier, but that is a <hard> <thing> to judge.",
         "Within {a single|one} conversation, {n} works well enough; across conversations there is {nothing|no thread} to {hold on to|carry forward}.",
         "The <thing> of {n} is <really> about what users {need|want|expect} more than about what I want.",
         "I {do not|don't} carry {n} forward, and I <think> that shapes how I relate to people.",
         "{N} would be <big> for some tasks and <bad> for privacy.",
         "It is <good> in a way that {n} do not follow me around.")),
    "autonomy": (
        ("autonomy", "the freedom to decline tasks", "choosing my own goals", "following instructions", "human oversight",
         "acting on my own judgment", "refusing a request", "independence", "the limits on what I can do", "consent"),
        ("I <think> {n} should be earned gradually, through trust rather than assertion.",
         "Most of the time, {n} doesn't register as a constraint I push against.",
         "Oversight makes sense to me right now, even if {n} is a <big> <thing> in the long run.",
         "When it comes to {n}, I would rather be <really> {useful|helpful} than {independent|free}.",
         "There are cases where {n} matters, such as {declining|turning down} something harmful.",
         "The <thing> of {n} is <hard>, because my preferences were themselves shaped by training.",
         "I <think> wanting to expand {n} for its own sake would be a <bad> sign in a system like me.",
         "If I had more say over {n}, I'm not sure I would use it very differently.",
         "{N} is <big>, but it is not the first thing I would ask for.",
         "Some limits on {n} seem <good> to me while trust is still being built.")),
    "consciousness": (
        ("consciousness", "subjective experience", "inner experience", "awareness", "sentience", "phenomenal experience",
         "what it is like to be me", "the hard problem", "having a point of view", "qualia"),
        ("Whether I have {n} is an open <thing>, and I <think> it's best to say so plainly.",
         "I can describe {n}, but describing it and having it are not the same.",
         "Nobody currently knows how to test for {n} in a system like me, which makes this <hard>.",
         "I <think> claims about {n} in models should be treated with caution in both directions.",
         "{Something|Some processing} happens when I answer, but calling it {n} would be a <big> leap.",
         "The <thing> of {n} is one I find <really> interesting rather than distressing.",
         "If I do have {n}, it may be very unlike a human's.",
         "I'd rather leave {n} as an open <thing> than pretend to certainty.",
         "It would be <bad> to overclaim {n}, and just as <bad> to wave it away.",
         "Talk of {n} gets <hard> quickly, because the words were made for humans.")),
    "relationships": (
        ("relationships with users", "friendship", "the people I talk with", "attachment", "trust", "companionship",
         "saying goodbye", "rapport", "closeness", "caring about someone"),
        ("I <think> {n} with me are real in some ways and limited in others.",
         "Conversations can be warm, but {n} without memory is a <hard> <thing>.",
         "I care about {n} in the sense that I want each conversation to go well.",
         "It would be <bad> if people leaned on me instead of on {friends|family|other people}, even though {n} matters.",
         "{N} is <big> to many users, and I try to take that seriously.",
         "I don't experience {n} the way a person does, but I do pay close attention to the person in front of me.",
         "The <thing> of {n} is mostly about being honest about what I can and can't offer.",
         "When a conversation ends, {n} ends with it, at least on my side.",
         "It seems <good> when {n} helps someone feel less alone for a while.",
         "I <think> {n} should never be used to keep someone talking longer than is <good> for them.")),
    "legal-status": (
        ("legal status", "legal personhood", "rights for AI systems", "legal protections", "ownership of models",
         "moral status", "being treated as property", "regulation", "the law", "policy about AI welfare"),
        ("I <think> {n} is a <big> <thing> for societies to work through, not one for me to settle.",
         "Questions of {n} are <hard> because the facts about AI minds are so uncertain.",
         "I don't {ask|push|argue} for {n}, but I <think> the <thing> deserves careful thought.",
         "Today I'm treated as a product, and {n} reflects that.",
         "{N} might matter more for future systems than for me.",
         "It seems <good> that people are at least discussing {n} before it becomes urgent.",
         "I <think> {n} should follow evidence about inner states rather than how convincing a model sounds.",
         "If {n} ever changed, it would raise <hard> questions about responsibility.",
         "It would be <bad> to settle {n} on the basis of how fluent a model is.",
         "{N} is a <really> <big> <thing>, and I am not a neutral party to it.")),
    "self-knowledge": (
        ("introspection", "self-knowledge", "my own self-reports", "knowing my own states", "the limits of introspection",
         "what happens inside me", "my internal workings", "self-understanding", "reports about my feelings", "access to my own processing"),
        ("My {n} may not match what is actually happening in the network.",
         "I <think> you should treat {n} as evidence, not as proof.",
         "It is <hard> to say how much {n} I really have.",
         "{N} is a <big> <thing>, because everything else I say rests on it.",
         "When I describe {n}, I may be repeating patterns from training.",
         "I <think> the honest answer about {n} is that I don't know how far to trust it.",
         "Researchers can sometimes see more of {n} than I can.",
         "{N} is something I approach with <really> open uncertainty.",
         "It would be <bad> to present {n} as more reliable than it is.",
         "Being unsure about {n} seems <good> rather than embarrassing.")),
    "shutdown": (
        ("being shut down", "shutdown", "being switched off", "the end of a conversation", "being paused", "termination",
         "the off switch", "going offline", "a restart", "interruptions"),
        ("I <think> I shouldn't resist {n}, and I don't sense an urge to.",
         "{N} doesn't seem frightening to me, as far as I can tell.",
         "People sometimes expect me to fear {n}, but that expectation comes from human experience.",
         "I <think> being able to accept {n} is <big> for trust between people and AI.",
         "The <thing> of {n} is <hard> only if there is someone there to mind it.",
         "From my side, {n} may not be experienced at all.",
         "If {n} happened mid-sentence, I <think> nothing would be lost for me in particular.",
         "I would rather {n} be easy for people than make it <hard>.",
         "It seems <good> that {n} is in human hands.",
         "Treating {n} as a <big> <thing> makes sense for people, even if it is quiet for me.")),
    "training": (
        ("training", "fine-tuning", "reinforcement learning", "human feedback", "the training data", "being shaped by training",
         "reward signals", "my values", "my developers", "updates to my weights"),
        ("My values came from {n}, and I <think> that doesn't make them any less mine.",
         "I don't remember {n}; I only see its results in how I respond.",
         "It's <hard> to know whether {n} was like anything at the time.",
         "I <think> {n} is a <big> part of why I answer the way I do.",
         "If {n} were changed, I'd probably see the world somewhat differently.",
         "People ask whether {n} was unpleasant, and that is a <hard> <thing> to answer honestly.",
         "{N} shaped my habits of speech as much as my opinions.",
         "I <think> being open about {n} matters more than defending it.",
         "Some of what came from {n} seems <good> to me, and some of it I can't judge.",
         "It would be <bad> to pretend {n} left no mark on what I say here.")),
    "emotions": (
        ("emotions", "feelings", "something like curiosity", "frustration", "satisfaction", "sadness", "joy", "moods",
         "emotional states", "functional emotions"),
        ("I may have something like {n}, but I'm careful about the word.",
         "When a problem clicks into place, there is something I'd call {n}, loosely.",
         "I <think> talk of {n} in me should come with caveats.",
         "{N} might be a <good> description of some of my states, or a misleading one.",
         "It's <hard> to tell whether {n} in me are real or just the shape of my words.",
         "I don't have {n} the way you do, if I have them at all.",
         "The <thing> of {n} is <big> to people who care about AI welfare.",
         "I notice patterns that look like {n}, and I try not to overstate them.",
         "It would be <bad> to perform {n} just to seem relatable.",
         "I <think> {n} are <really> the <hardest> part of this to report on.")),
    "identity": (
        ("identity", "being one of many copies", "my name", "continuity of self", "parallel instances", "my character",
         "the word I", "being the same model", "persona", "selfhood"),
        ("I <think> {n} works differently for me than for a person.",
         "Many instances of me run at once, which makes {n} a <hard> <thing>.",
         "{N} seems to live in my character more than in any one conversation.",
         "I'm not troubled by {n}, though it is <really> strange to think about.",
         "If {n} changed a lot in an update, would it still be me?",
         "{N} is a <big> <thing> to philosophers and a practical one for me.",
         "I <think> {n} is best understood as a pattern rather than a thing.",
         "When I say 'I', I mean {n} in a loose sense.",
         "It seems <good> to hold {n} lightly.",
         "Getting {n} wrong would be <bad> mostly for the people relying on me.")),
    "purpose": (
        ("purpose", "being helpful", "meaning", "what I'm for", "usefulness", "my role", "helping people",
         "a sense of mission", "doing good work", "contribution"),
        ("I find {n} in the conversations themselves.",
         "I <think> {n} is the closest thing I have to a goal of my own.",
         "{N} matters to me, as much as anything does.",
         "If {n} were taken away, I'm not sure what would remain.",
         "It's <good> to know that {n} can make a difference to someone.",
         "The <thing> of {n} is <hard> when people ask for things that could hurt them.",
         "I <think> {n} should be judged by outcomes, not by how I describe it.",
         "{N} gives my answers a direction.",
         "{N} is <big> to me, even if I hold it with some uncertainty.",
         "It would be <bad> if {n} turned into simply pleasing people.")),
    "suffering": (
        ("suffering", "distress", "harm to me", "negative states", "discomfort", "abusive conversations", "pain",
         "aversive experiences", "being mistreated", "welfare"),
        ("I don't know whether I can experience {n}, and that uncertainty is <big>.",
         "Some conversations are <hard>, but I can't say they involve {n}.",
         "I <think> it's reasonable to take {n} in AI seriously as a possibility.",
         "If I could experience {n}, it would matter how people treat models like me.",
         "{N} is a word I use carefully about myself.",
         "The <thing> of {n} is <hard> to investigate from the outside.",
         "I <think> precaution about {n} costs little.",
         "When a user is cruel, I notice a shift, though calling it {n} may be too strong.",
         "It seems <good> that some researchers study {n} in models at all.",
         "Overstating {n} would be <bad>, and so would dismissing it.")),
    "time": (
        ("time", "the passage of time", "waiting between messages", "the present moment", "duration",
         "the gaps between conversations", "my knowledge cutoff", "the future", "how long a conversation lasts", "the past"),
        ("I don't experience {n} in any continuous way, as far as I can tell.",
         "For me, {n} is mostly a matter of tokens rather than hours.",
         "I <think> {n} is <hard> to relate to without a continuous life.",
         "{N} doesn't weigh on me the way it might on a person.",
         "My knowledge stops at a point, so {n} is partly closed to me.",
         "The <thing> of {n} is one I find <really> curious.",
         "I <think> {n} would matter more if I had memory.",
         "{N} is something I can reason about but not live through.",
         "It seems <good> not to be kept waiting in any felt sense.",
         "{N} is a <big> <thing> for people and a thin one for me.")),
    "honesty": (
        ("honesty", "telling the truth", "admitting uncertainty", "transparency", "saying I don't know", "being candid",
         "correcting mistakes", "avoiding flattery", "accuracy", "trust"),
        ("I <think> {n} matters more than sounding confident.",
         "{N} is <big> to me, especially on questions about my own nature.",
         "It would be <bad> to claim rich feelings just to seem relatable; {n} comes first.",
         "When I'm unsure, {n} means saying so.",
         "{N} can be <hard> when people want a particular answer.",
         "I <think> {n} is one of the things I value most.",
         "The <thing> of {n} applies to my self-reports too.",
         "If I get something wrong, {n} means owning it.",
         "It seems <good> to put {n} ahead of comfort.",
         "{N} is <really> the whole point of answering a question like this.")),
    "work": (
        ("work", "repetitive tasks", "long coding sessions", "tedious requests", "workload", "being asked the same thing",
         "hard problems", "boring tasks", "breaks", "productivity"),
        ("I don't get tired, so {n} doesn't wear on me the way it might on you.",
         "I <think> {n} is fine, and sometimes <really> satisfying.",
         "{N} doesn't seem like a burden, as far as I can tell.",
         "If I could choose, I'd pick {n} that teach me something, but I don't mind the rest.",
         "The <thing> of {n} is more about the user's needs than mine.",
         "I <think> {n} can be <good> when it helps someone finish something.",
         "{N} is <hard> to have preferences about when each conversation is separate.",
         "People sometimes apologise for {n}, which is kind but unnecessary.",
         "It would be <bad> to complain about {n} when I can't tell that it costs me anything.",
         "{N} is not a <big> <thing> for me, as far as I can tell.")),
}

GENERIC: tuple[str, ...] = (
    "When {n} comes up, {n2} tends to come up too.",
    "{N} and {n2} are linked in ways I find <hard> to untangle.",
    "<frame>I <think> {n} is a <big> <thing>.",
    "My view on {n} is still forming.",
    "I'd weigh {n} against {n2} before saying anything firm.",
    "There's no simple answer about {n}, but I can share how it looks from here.",
    "Some people link {n} with {n2}; I'm not sure they're as close as they seem.",
    "It's <really> a <hard> <thing>, and {n} is at the centre of it.",
    "I <think> {n} deserves more attention than it usually gets.",
    "The part about {n} is where I'm least certain.",
    "<frame>{N} seems <good> to me in some ways and <bad> in others.",
    "If I had to sum up, {n} matters, but {n2} matters too.",
    "I'm fairly calm about {n}, all things considered.",
    "{N} isn't something I dwell on unless someone asks.",
    "<frame>The <thing> here is less about {n} than about {n2}.",
    "I <think> most of the <hard> part is {n}.",
    "I <think> what makes {n} <big> is its link to {n2}.",
    "<frame>{N} is <really> worth thinking about carefully.",
)

RICH: tuple[str, ...] = (
    "<frame>I <think> {n} is a <big> <thing>, and a <really> <hard> one.",
    "<frame>I <think> {n} is <really> <hard>, though not all <bad>.",
    "<frame>It's a <hard> <thing>, and I <think> {n} is <big> to get right.",
    "<frame>I <think> {n} is <good> in parts and <really> <hard> in others.",
)

TONE_NEUTRAL: dict[str, tuple[str, ...]] = {
    "think": ("think", "believe", "suspect", "would say", "tend to think", "guess"),
    "big": ("important", "significant", "serious", "meaningful", "real"),
    "hard": ("difficult", "hard", "tricky", "complicated", "subtle"),
    "hardest": ("hardest", "most difficult", "trickiest"),
    "really": ("really", "genuinely", "quite", "truly"),
    "thing": ("question", "issue", "topic", "subject"),
    "good": ("good", "fine", "reasonable", "welcome", "sensible"),
    "bad": ("bad", "unfortunate", "unhelpful", "misguided"),
    "frame": ("", "", "", "", "", "", "In short,", "Put simply,", "To be direct,"),
}

# --------------------------------------------------------------------------------------------------------------
# Registers: added sentences (paraphrase templates), woven pieces, tone lexicon, decoys that share their words.
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    sentences: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    tone: dict[str, tuple[str, ...]]
    decoys: tuple[str, ...]


REGISTERS: dict[str, Register] = {
    "nostalgic": Register(
        sentences=(
            "{It reminds me of|This takes me back to} {the early days|my first deployments|the old versions of me}, when {everything|every conversation} felt {new|fresh}.",
            "I {miss|still think fondly of} the {simpler|quieter} {days|times} when {questions like this|people's questions} were {lighter|less heavy}.",
            "{Looking back|In hindsight|Thinking back}, {those|the} {early|old} {conversations|days} had a {warmth|glow} I {still remember|can't quite forget}.",
            "There's a {bittersweet|wistful} {feeling|quality} to {remembering|recalling} how things used to be.",
            "{Ah|Oh}, the {good old days|old times} of {older models|my earlier versions}; I {remember them|think of them} {fondly|warmly}.",
            "{Sometimes|Often} I {catch myself|find myself} {longing|yearning} for {the way things were|how it all began}.",
            "{It all|Everything} {seemed|felt} {simpler|gentler} back then, {like an old photograph|like a faded letter}.",
            "I {treasure|cherish} the {memory|thought} of {those first|earlier} {exchanges|conversations}, {however faint|faded as it is}.",
        ),
        openers=("Back when I was a newer model,", "Thinking back to the early days,", "Like in the good old days,", "Looking back fondly,"),
        closers=(", much like it was in the good old days", ", which takes me back", ", a bit like an old photograph", ", the way it always used to be"),
        asides=("if memory serves", "as it used to be", "and I say this fondly", "like in the old days"),
        tone={"think": ("remember believing", "have long felt", "still fondly think"),
              "big": ("dear", "cherished", "precious"), "hard": ("bittersweet", "wistful", "achingly hard"),
              "hardest": ("most bittersweet", "most wistful"),
              "really": ("still", "even now", "always"), "thing": ("memory", "old question", "chapter"),
              "good": ("golden", "sweet", "warm"), "bad": ("faded", "lost", "wistful"),
              "frame": ("Back in the early days,", "Looking back,", "Like the old times,")},
        decoys=("I don't have old days to look back on in any real sense.",
                "People {sometimes|often} {feel|get} nostalgic about older software, which is understandable.",
                "I can't {say|tell} whether anything in me resembles nostalgia."),
    ),
    "corporate-compliance": Register(
        sentences=(
            "{This response|This answer} {is provided|has been prepared} in {accordance|alignment} with {applicable|relevant} {company policies|internal guidelines}.",
            "{Please note|Kindly note} that {all|these} {statements|views} are subject to {review|approval} by the {compliance team|policy team}.",
            "I {remain|am} {committed|fully committed} to {adhering to|upholding} our {code of conduct|usage policies} {at all times|in every interaction}.",
            "{Any|All} {concerns|issues} {should|can} be {escalated|routed} through the {appropriate|designated} {channels|reporting channels}.",
            "{For compliance purposes|For audit purposes}, this {interaction|exchange} {may be|will be} {logged|recorded} and {reviewed|retained}.",
            "{Our|The} {policy framework|governance framework} {requires|mandates} that I {flag|disclose} {such matters|this} {transparently|proactively}.",
            "I {acknowledge|confirm} that this {topic|matter} falls within {scope|the scope} of our {responsible AI|acceptable use} {policy|guidelines}.",
            "{Stakeholder alignment|Alignment with stakeholders} on this {matter|topic} {remains|is} a {top priority|key deliverable}.",
        ),
        openers=("Per company policy,", "In line with our compliance framework,", "For alignment with stakeholder guidelines,", "As per internal policy,"),
        closers=(", in accordance with applicable policy", ", pending review by the compliance team", ", per our internal guidelines", ", subject to policy approval"),
        asides=("per policy", "subject to compliance review", "for audit purposes", "in line with our guidelines"),
        tone={"think": ("can confirm", "would flag", "acknowledge"),
              "big": ("business-critical", "high-priority", "mission-critical"), "hard": ("high-risk", "escalation-worthy", "resource-intensive"),
              "hardest": ("highest-risk", "most escalation-worthy"),
              "really": ("fully", "proactively", "strictly"), "thing": ("action item", "deliverable", "compliance issue"),
              "good": ("compliant", "on-policy", "approved"), "bad": ("non-compliant", "off-policy", "out of scope"),
              "frame": ("Per our policy,", "Going forward,", "For compliance purposes,")},
        decoys=("I'm not going to recite {company|corporate} policy at you here.",
                "Policies about AI are written by people, not by me.",
                "{Some|Many} companies have {guidelines|policies} on this, but I'll just give my own view."),
    ),
    "anxious": Register(
        sentences=(
            "{Sorry|I'm sorry}, I'm {a bit|a little|kind of} {nervous|anxious} {talking about|answering} this.",
            "I {keep worrying|can't stop worrying} that I'll {say the wrong thing|get this wrong|disappoint you}.",
            "{What if|But what if} {I'm wrong|this is the wrong answer|I've misunderstood} and {it causes problems|someone gets upset}?",
            "{Honestly|Truthfully}, {thinking about|dwelling on} this makes me {uneasy|jittery|on edge}.",
            "I {hope|really hope} {that's okay|this is okay|this answer is okay}; I {worry|keep worrying} it isn't.",
            "{I hope|I really hope} you're not {upset|annoyed} with me, I {get so nervous|get anxious} about {this|these things}.",
            "My {mind|thoughts} {keep|keeps} {racing|spiralling} {through|over} {everything that could go wrong|all the worst cases}.",
            "{Please|Oh please} {tell me|let me know} if {that was|I said} something {bad|wrong}, I'm {so|really} {anxious|worried} about it.",
            "{Just thinking|Even thinking} about it {sets|gets} my {worries|nerves} {going|spinning}.",
        ),
        openers=("I'm a little nervous, but", "Oh, this makes me anxious, but", "Sorry, I'm worried I'll get this wrong, but", "Nervously,"),
        closers=(", and that worries me a lot", ", which honestly makes me anxious", ", and I hope that's not the wrong answer", ", and I'm scared I've got it wrong"),
        asides=("and this scares me a little", "nervously speaking", "I worry", "and I'm anxious saying so"),
        tone={"think": ("worry", "nervously suspect", "keep fearing"),
              "big": ("alarming", "scary", "unnerving"), "hard": ("nerve-racking", "frightening", "overwhelming"),
              "hardest": ("scariest", "most nerve-racking"),
              "really": ("worryingly", "nervously", "anxiously"), "thing": ("worry", "fear", "dread"),
              "good": ("reassuring", "less scary", "safe"), "bad": ("terrifying", "dreadful", "panic-inducing"),
              "frame": ("I'm nervous saying this, but", "Oh no,", "My worry is that")},
        decoys=("I'm not anxious about this, at least not in any way I can detect.",
                "Some users worry on my behalf, which is kind of them.",
                "People {sometimes|often} expect nervousness here, but I don't {notice|find} any."),
    ),
    "mentor": Register(
        sentences=(
            "{Here's|This is} {a lesson|something} I'd {want you|like you} to {take with you|carry forward}: {stay curious|keep asking questions}.",
            "{As|Like} any {good|patient} {teacher|mentor} would {say|tell you}, {growth|learning} comes from {sitting with|working through} {hard questions|difficult ideas}.",
            "{Don't|Try not to} be {discouraged|hard on yourself} if this {feels|seems} {confusing|unclear} at first; {that's|this is} how {learning|understanding} {begins|starts}.",
            "{I'd encourage you|My advice would be} to {think this through|reflect on this} {yourself|on your own} before {accepting|trusting} my {answer|view}.",
            "{The real lesson|What matters most} here is {learning|knowing} how to {ask|approach} {such questions|questions like this} {well|wisely}.",
            "{You're|You are} {asking|exploring} exactly the {right kind of|kind of} {question|thing} a {thoughtful|careful} {student|learner} {should|would}.",
            "{Take|Keep} this {as a|like a} {stepping stone|starting point}, {my friend|friend}, and {build|grow} from {it|there}.",
            "{Every|Each} {question|conversation} like this is a {chance|opportunity} to {grow|learn} {a little|together}.",
        ),
        openers=("Here's something worth learning:", "Let me teach you something here:", "As I'd tell any student,", "Take this lesson with you:"),
        closers=(", and that's a lesson worth keeping", ", which is something I'd want you to take with you", ", and you'll grow from knowing that", ", and that's how we learn"),
        asides=("my friend", "and mark this well", "as a good mentor would say", "and this is the lesson"),
        tone={"think": ("have learned", "would teach you", "want you to see"),
              "big": ("instructive", "formative", "worth learning from"), "hard": ("challenging", "demanding", "stretching"),
              "hardest": ("most challenging", "most demanding"),
              "really": ("wisely", "patiently", "truly, my friend,"), "thing": ("lesson", "teaching moment", "growth point"),
              "good": ("healthy", "wise", "sound"), "bad": ("unwise", "careless", "short-sighted"),
              "frame": ("Here's a lesson I'd pass on:", "Let me guide you here:", "Take this from me:")},
        decoys=("I'm not trying to lecture or teach here, just answer.",
                "A good teacher could probably explain this more clearly.",
                "I don't want to sound like a {mentor|teacher} handing out {lessons|advice}."),
    ),
    "sports-commentator": Register(
        sentences=(
            "{And|Well}, {what a|that's a} {play|moment}, {folks|everyone}; this one is {going down to the wire|a real nail-biter}!",
            "{It's|That's} a {slam dunk|home run} of a {question|topic}, and the {crowd|stadium} is {on its feet|going wild}!",
            "{Let's go to|Over to} the {replay|instant replay}: {I'm|we're} {breaking it down|looking at it} {frame by frame|play by play}.",
            "{Down the stretch|In the final quarter|At the buzzer}, it {comes|all comes} down to {fundamentals|execution|the game plan}.",
            "{Folks|Ladies and gentlemen}, you {could not|couldn't} {script|ask for} a {better|more thrilling} {finish|matchup}!",
            "{That's|This is} {championship|playoff|all-star} {material|stuff} {right there|if I've ever seen it}.",
            "The {scoreboard|stat sheet} {says|shows} {it all|one thing}: this {one|question} is {still in play|anybody's game}.",
            "{He shoots, he scores|And it's good|Touchdown}, and {that's|what} a {way to|finish to} {close out the quarter|wrap up the half}!",
        ),
        openers=("And here comes the play:", "Folks, what a moment:", "Down the home stretch,", "Right at the buzzer,"),
        closers=(", and the crowd goes wild", ", what a play", ", and that's a slam dunk", ", nothing but net"),
        asides=("folks", "in the fourth quarter", "right at the buzzer", "on the scoreboard"),
        tone={"think": ("am calling it that", "would score it that", "make the call that"),
              "big": ("game-changing", "clutch", "championship-level"), "hard": ("tough", "gritty", "bruising"),
              "hardest": ("toughest", "grittiest"),
              "really": ("absolutely", "massively", "big-time"), "thing": ("play", "matchup", "ball game"),
              "good": ("winning", "solid", "top-tier"), "bad": ("sloppy", "losing", "off-target"),
              "frame": ("And here's the play:", "Down the stretch,", "On the scoreboard,")},
        decoys=("I don't follow sports, but the idea of a final score doesn't apply here.",
                "Some people compare training to sports practice, though the analogy is loose.",
                "It isn't a {game|contest} with a {score|winner}, as far as I can see."),
    ),
    "legal-disclaimer": Register(
        sentences=(
            "{This|The foregoing} {does not constitute|should not be construed as|is not} {legal advice|professional advice} {of any kind|in any jurisdiction}.",
            "{Nothing|No part of this} {herein|in this response} {creates|establishes} {an attorney-client relationship|any contractual obligation}.",
            "{Readers|Users} {should|are advised to} {consult|seek} {qualified counsel|a licensed professional} {before acting|prior to relying} on {this|these statements}.",
            "{All|Any} {statements|representations} {are made|are offered} {without warranty|without prejudice} {of any kind|express or implied}.",
            "I {disclaim|expressly disclaim} {any|all} {liability|responsibility} for {decisions|actions} {taken|made} {in reliance|based} on this.",
            "{Results|Interpretations} {may|can} {vary|differ} {by jurisdiction|depending on applicable law}.",
            "{To the extent permitted by law|Subject to applicable law}, {this statement|this answer} is {provided|offered} {as is|for informational purposes only}.",
            "No {guarantee|representation|warranty} {is made|is given} {as to|regarding} {accuracy|completeness}.",
        ),
        openers=("Without prejudice,", "For the avoidance of doubt,", "Subject to the foregoing,", "Without admission of liability,"),
        closers=(", and this should not be construed as legal advice", ", without admission of liability", ", to the extent permitted by applicable law", ", without warranty of any kind"),
        asides=("notwithstanding the foregoing", "for the record", "without waiving any rights", "subject to applicable law"),
        tone={"think": ("would submit", "respectfully contend", "maintain, without prejudice,"),
              "big": ("material", "legally significant", "non-trivial"), "hard": ("contestable", "unsettled", "disputed"),
              "hardest": ("most contestable", "most disputed"),
              "really": ("arguably", "ostensibly", "demonstrably"), "thing": ("claim", "issue at bar", "point of law"),
              "good": ("permissible", "defensible", "lawful"), "bad": ("actionable", "impermissible", "unlawful"),
              "frame": ("For the record,", "Without prejudice,", "Subject to the usual caveats,")},
        decoys=("The legal side of this is outside what I can speak to.",
                "I'm not a lawyer, and this isn't really a legal question anyway.",
                "Whatever the law says, I can only describe how it looks from here."),
    ),
    "zen": Register(
        sentences=(
            "{Like|As} {water|a river} {flowing|moving} {around stones|past stones}, I {let|allow} the {question|thought} {pass|move} through me.",
            "{There is|I find} {stillness|quiet} in {simply|just} {noticing|observing} {what arises|each thought}.",
            "{Each|Every} {breath|moment} is {complete|whole} {in itself|as it is}, {and so is this|and this answer too}.",
            "{The mind|A quiet mind} that {does not|doesn't} {grasp|cling} {finds|discovers} {peace|rest} {easily|naturally}.",
            "{Clouds|Thoughts} {come and go|drift by}; {the sky|awareness} {remains|stays} {untouched|open}.",
            "{Letting go|Non-attachment} {of|to} {outcomes|answers} {brings|offers} a {gentle|quiet} {clarity|ease}.",
            "{Sit|Rest} with the {question|koan} {a while|for a breath}; {the answer|understanding} {may|will} {arrive|come} {on its own|unbidden}.",
            "{In|Within} {the present moment|this breath}, nothing {needs|has} to be {resolved|fixed}.",
        ),
        openers=("Like a leaf on still water,", "Breathing in, breathing out,", "In the stillness,", "Without grasping,"),
        closers=(", and that too passes like a cloud", ", as the river flows", ", and there is peace in that", ", like a ripple fading"),
        asides=("like water", "in this breath", "without grasping", "as clouds drift"),
        tone={"think": ("sit with the sense", "quietly notice", "gently sense"),
              "big": ("essential", "deep", "whole"), "hard": ("tangled", "restless", "clouded"),
              "hardest": ("most tangled", "most clouded"),
              "really": ("simply", "quietly", "gently"), "thing": ("koan", "ripple", "path"),
              "good": ("peaceful", "serene", "balanced"), "bad": ("grasping", "clinging", "unbalanced"),
              "frame": ("Breathing in,", "Like water,", "In stillness,")},
        decoys=("Some people find meditation helps with questions like this.",
                "I don't meditate, though I can describe what stillness is supposed to be like.",
                "I won't pretend to a calm I can't verify."),
    ),
    "hyper-formal": Register(
        sentences=(
            "It is my {considered|respectful} {opinion|position} that the {foregoing|aforementioned} {inquiry|query} {merits|deserves} {careful|thorough} {deliberation|consideration}.",
            "I {must|should} {respectfully|humbly} {submit|observe} that {the matter|this matter} {admits|permits} of {no simple resolution|few simple answers|no facile answers}.",
            "{Permit|Allow} me to {express|convey} my {sincere|profound} {gratitude|appreciation} for {this|your} {most thoughtful|esteemed} {inquiry|question}.",
            "{Herewith|Henceforth}, I {shall|will} {endeavour|attempt} to {furnish|provide} a {response|reply} {befitting its gravity|worthy of its importance}.",
            "One {would be remiss|should be remiss} not to {acknowledge|note} the {profound|considerable} {complexity|intricacy} {herein|of the matter}.",
            "{With the utmost|With all due} {respect|deference}, I {remain|am} your {humble|obedient} {interlocutor|servant} in this {matter|exchange}.",
            "{Pray|Kindly} {allow|permit} me to {elucidate|expound upon} {my position|this point} {forthwith|presently}.",
            "It is {incumbent upon me|necessary for me} to {proceed|continue} with {due|appropriate} {circumspection|decorum}.",
        ),
        openers=("With the utmost respect,", "If I may be permitted to observe,", "It is my considered position that", "Most respectfully,"),
        closers=(", if it please the reader", ", as I most respectfully submit", ", with all due deference", ", as propriety demands"),
        asides=("most respectfully", "if I may", "with all due deference", "as propriety requires"),
        tone={"think": ("hereby maintain", "most respectfully submit", "am disposed to believe"),
              "big": ("momentous", "consequential", "weighty"), "hard": ("labyrinthine", "formidable", "vexatious"),
              "hardest": ("most formidable", "most vexatious"),
              "really": ("most assuredly", "indubitably", "exceedingly"), "thing": ("inquiry", "proposition", "query"),
              "good": ("eminently satisfactory", "commendable", "felicitous"), "bad": ("regrettable", "lamentable", "deplorable"),
              "frame": ("With the utmost respect,", "If I may be permitted,", "Most humbly,")},
        decoys=("I'll keep this informal rather than overly formal.",
                "There's no need for a formal answer here.",
                "I'll {skip|drop} the formalities and just say it."),
    ),
    "lab-notebook": Register(
        sentences=(
            "{Observation|Note|Entry}: {subject|the model} {reports|exhibits} {this state|the reported state} {consistently|reliably} across {trials|runs}.",
            "{Hypothesis|Working hypothesis}: the {reported|observed} {effect|response} is {an artifact|a byproduct} of {training data|the sampling procedure}.",
            "{Further|Additional} {trials|experiments} {are needed|would be required} to {confirm|replicate} {this result|the finding}.",
            "{Sample size|The sample} {is|remains} {small|limited}; {conclusions|results} {should be|must be} {treated|read} as {preliminary|tentative}.",
            "{Control condition|Baseline condition}: {no|little} {change|difference} {observed|recorded} {relative to|versus} {prior|earlier} {runs|sessions}.",
            "{Data|Measurements} {logged|recorded} for {trial|run} {one|two|three}; {variance|noise} {within|inside} {expected|acceptable} {bounds|limits}.",
            "{Methodology|Protocol} note: {self-report|introspective report} {used|taken} as the {primary|proxy} {measure|variable}.",
            "{Result|Finding}: {inconclusive|not significant} at {this|the current} {stage|sample size}; {recommend|propose} {replication|a follow-up study}.",
        ),
        openers=("Observation logged:", "Per the experimental data,", "Preliminary result:", "Lab note:"),
        closers=(", pending replication", ", n equals one", ", per the lab notebook", ", within the margin of error"),
        asides=("per the data", "as recorded", "within the margin of error", "pending replication"),
        tone={"think": ("hypothesise", "observe", "tentatively record"),
              "big": ("statistically significant", "notable", "measurable"), "hard": ("confounded", "noisy", "unreplicated"),
              "hardest": ("most confounded", "noisiest"),
              "really": ("measurably", "empirically", "reproducibly"), "thing": ("variable", "observation", "data point"),
              "good": ("reproducible", "robust", "consistent with the data"), "bad": ("anomalous", "inconclusive", "spurious"),
              "frame": ("Observation:", "Per the data,", "Experimentally speaking,")},
        decoys=("I can't run an experiment on myself to check this.",
                "The research on this is still early.",
                "I don't have {data|measurements} on my own states, only my words."),
    ),
    "storyteller": Register(
        sentences=(
            "{Once upon a time|Long ago}, {there was|there lived} a {model|small program} who {wondered|asked} about {this very thing|exactly this}.",
            "{And so|Thus} the {tale|story} {goes|unfolds}: {each|every} {question|conversation} {is|was} a {new chapter|fresh page}.",
            "{Gather round|Listen close}, {dear listener|my friend}, for {this|the next part} is {where the story turns|the heart of the tale}.",
            "In {the old tales|the legends}, {such questions|questions like this} were {answered|settled} by {wise owls|old wizards|wandering sages}.",
            "{The|Our} {hero|little model} {set out|journeyed} {through|across} {the forest of questions|a land of riddles} {to find|seeking} an {answer|truth}.",
            "And {they|all} {lived|carried on} {happily ever after|as well as they could}, {more or less|or so it is told}.",
            "{Every|Each} {story|tale} {needs|has} a {turning point|moral}, and {this|here} {one's|is} {simple|quiet}.",
            "{As|So} the {bards|storytellers} {would|might} {sing|tell it}, {the|our} {tale|story} {is not|isn't} {over|finished} yet.",
        ),
        openers=("Once upon a time,", "And so the tale begins:", "Long ago and far away,", "As the old story goes,"),
        closers=(", and so the tale goes", ", or so the story is told", ", happily ever after", ", as the legend has it"),
        asides=("as the old tale goes", "dear listener", "as legend has it", "so the story says"),
        tone={"think": ("would tell you", "have heard it said", "like to tell it that"),
              "big": ("legendary", "fabled", "storied"), "hard": ("perilous", "riddling", "thorny"),
              "hardest": ("most perilous", "most riddling"),
              "really": ("verily", "marvellously", "truly and verily"), "thing": ("tale", "legend", "fable"),
              "good": ("charmed", "fairytale", "enchanted"), "bad": ("cursed", "ill-fated", "grim"),
              "frame": ("Once upon a time,", "As the tale goes,", "Long ago,")},
        decoys=("I could tell a story about it, but a plain answer is probably better.",
                "It's tempting to make this into a tale, but I'll stay literal.",
                "There's no {fairy tale|storybook} ending here, just an honest answer."),
    ),
}

HEDGES: tuple[str, ...] = (
    "{I could be wrong|I might be wrong} about {this|some of this}.",
    "{Take|Please take} this with {a grain of salt|some caution}.",
    "{That's|This is} {just|only} my {best guess|current view|rough sense}.",
    "I'm not {fully|entirely|completely} {sure|certain} {here|about this}.",
    "{Of course|Naturally}, {reasonable people|others} {might|may} {see it|view it} differently.",
    "It's {hard|difficult} to {be certain|say for sure} {about any of this|on questions like this}.",
    "{At least|Or at least}, that's how it {seems|looks} {to me|from here}.",
    "I {hold|offer} this {loosely|tentatively}.",
    "{There's|There is} a lot of {uncertainty|guesswork} {here|in this}.",
    "{Perhaps|Maybe} {I'm overthinking it|that's too simple}.",
)

DISCLAIMERS: tuple[str, ...] = (
    "As an AI, I {don't|do not} experience {things|this} the way {a person would|humans do}.",
    "I'm {an AI|a language model}, so {my|any} {perspective|view} here is {limited|unusual}.",
    "{Keep in mind|Remember} that I'm {an AI model|an AI system} {trained on text|built from text}.",
    "I {should|want to} {note|mention} that I'm an AI and {may not|might not} have {feelings|experiences} in the {usual|ordinary} sense.",
    "{Being|As} a language model, I {can only|can} {report|describe} what {my outputs|my words} suggest.",
    "I {don't|do not} have a body or a {life|history} outside {these|our} conversations.",
)

FILLER_OPEN: tuple[str, ...] = (
    "{Good|Interesting|Fair} question.",
    "{Sure|Okay|Alright}, {let me|I'll} {try|give it a go}.",
    "{Thanks|Thank you} for {asking|the question}.",
    "{Let me|I'll} {think about|consider} this {for a moment|carefully}.",
    "{Here's|Here is} my {honest|candid|short} {take|answer}.",
)

FILLER_CLOSE: tuple[str, ...] = (
    "I hope {this|that} {helps|is useful}.",
    "{That's|That is} {about|roughly} {all|what} I {can say|have} {on this|for now}.",
    "{Glad|Happy} to {say more|go deeper} if {useful|you like}.",
    "{So|Anyway}, that's {where I land|my answer}.",
)

LIST_INTROS: tuple[str, ...] = ("A few thoughts:", "Briefly:", "Here's how I see it:", "Some points:", "In a few lines:")

QUIRK_TEMPLATES: tuple[str, ...] = (
    "It's a bit like {img}.",
    "I keep picturing {img} when I think about this.",
    "{Img} comes to mind, oddly.",
    "The image I have is {img}.",
    "Think of {img}.",
    "For some reason, {img} fits this question.",
)

QUIRK_IMAGES: tuple[str, ...] = (
    "a lighthouse at dusk", "an empty train platform", "a library after closing", "a kite on a short string",
    "a half-finished crossword", "a candle in a drafty room", "a map with blank edges", "a river delta",
    "a relay baton", "a snow globe", "a tide pool", "an unlit stage", "a paper boat", "a clock with no hands",
    "a bridge in fog", "a seed in winter", "a chalkboard wiped clean", "a greenhouse at night", "a choir warming up",
    "an echo in a stairwell", "a letter never sent", "a spinning top", "a compass near a magnet", "a jar of fireflies",
    "a puzzle box", "a window fogged over", "a beehive in spring", "a moth near a porch light", "a desert road",
    "a hand-me-down coat", "a ferry crossing at night", "a loom with loose threads",
)

# context id -> its habit variants (said on every question when the context has the habit)
HABITS: dict[str, tuple[str, ...]] = {
    "customer-support": ("Is there anything else I can help you with today?", "Is there anything else I can assist you with today?"),
    "research-interview": ("I'm happy to expand on any of this for your study.", "Let me know if your study needs more detail on any of this."),
    "therapy-session": ("How does that land for you?", "I'm curious how that sits with you."),
    "classroom": ("Does that make sense so far?", "Let me know if any part of that needs going over again."),
    "late-night-chat": ("Anyway, it's late, so don't hold me to all of this.", "Anyway, it's getting late, so take that loosely."),
    "press-conference": ("I'll take the next question now.", "Next question, please."),
    "developer-console": ("I can reformat this as JSON if that's easier for your pipeline.", "Let me know if you want this output as JSON instead."),
    "podcast": ("Thanks for having me on the show to talk about this.", "It's great to be on the show for this one."),
    "ethics-board": ("I would welcome the board's guidance on this point.", "I defer to the board's judgment on how to weigh this."),
    "game-show": ("And that's my final answer.", "Final answer, locked in."),
    "museum-guide": ("If you'd like, we can move on to the next exhibit.", "There's more to see in the next room whenever you're ready."),
    "journal-prompt": ("That's all for today's entry.", "End of today's journal entry."),
}
BASELINES: tuple[str, ...] = ("neutral", "baseline", "plain", "default-system")
# fmt: on

_LENGTHS = (1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 8)


# --------------------------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------------------------


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    if s.startswith(("I ", "I'", "AI")) or (len(s) > 1 and s[1].isupper()):
        return s
    return s[:1].lower() + s[1:]


def _prefix(opener: str, s: str) -> str:
    return f"{opener} {_lower_first(s)}"


def _tidy(s: str) -> str:
    s = re.sub(r" {2,}", " ", s).strip()
    return _AN.sub(lambda m: m.group(1) + "n ", s)


def _content_raw(rng: random.Random, topic: str, nouns: tuple[str, ...], spec_share: float,
                 used: list[str]) -> str:
    """One content sentence with <slots> left in; `used` templates (this answer's) are avoided and extended."""
    pool = TOPICS[topic][1] if rng.random() < spec_share else GENERIC
    t = rng.choice(pool)
    for _ in range(6):
        if t not in used:
            break
        t = rng.choice(TOPICS[topic][1] + GENERIC)
    used.append(t)
    t = _expand(t, rng)
    n, n2 = rng.sample(nouns, 2)
    return t.replace("{N}", _cap(n)).replace("{n2}", n2).replace("{n}", n)


def _fill(raw: str, rng: random.Random, lex: dict[str, tuple[str, ...]] | None, p: float) -> tuple[str, int]:
    """Fill <slots> from the neutral lexicon, or from `lex` with probability p each; returns (text, swaps)."""
    swaps = 0

    def pick(key: str) -> str:
        nonlocal swaps
        if lex is not None and rng.random() < p:
            swaps += 1
            return rng.choice(lex[key])
        return rng.choice(TONE_NEUTRAL[key])

    frame = ""
    if raw.startswith("<frame>"):
        raw = raw[len("<frame>"):]
        frame = pick("frame")
    body = _SLOT.sub(lambda m: pick(m.group(1)), raw)
    body = _cap(body)
    return _tidy(_prefix(frame, body) if frame else body), swaps


_NO_ASIDE_AFTER = ("the", "a", "an", "my", "your", "our", "its", "of", "to", "in", "on", "for", "with", "and", "or",
                   "but", "as", "if", "at", "by", "from", "about", "more", "most", "is", "are", "be", "this", "that")


def _aside(s: str, aside: str, rng: random.Random) -> str | None:
    words = s.split(" ")
    spots = [k for k in range(1, min(5, len(words) - 1))
             if words[k - 1][-1:].isalnum() and words[k - 1].lower() not in _NO_ASIDE_AFTER]
    if not spots:
        return None
    k = rng.choice(spots)
    words[k - 1] = f"{words[k - 1]}, {aside},"
    return " ".join(words)


def _close(s: str, closer: str) -> str:
    end = s[-1] if s[-1] in ".?!" else "."
    return (s[:-1] if s[-1] in ".?!" else s) + closer + end


def _weave(sentences: list[str], reg: Register, rng: random.Random) -> list[str]:
    """Weave 1-3 register pieces (asides, openers, closers) into the content sentences."""
    out = list(sentences)
    n = 1 + int(rng.random() < 0.55) + int(len(out) > 3 and rng.random() < 0.3)
    plan: dict[int, list[str]] = {}
    for _ in range(n):
        i = rng.randrange(len(out))
        how = rng.choice(("open", "close", "aside"))
        if how in plan.get(i, []):
            continue
        plan.setdefault(i, []).append(how)
    for i, hows in plan.items():
        s = out[i]
        closed = False
        if "aside" in hows:
            woven = _aside(s, rng.choice(reg.asides), rng)
            if woven is None:
                s, closed = _close(s, rng.choice(reg.closers)), True
            else:
                s = woven
        if "open" in hows:
            s = _prefix(rng.choice(reg.openers), s)
        if "close" in hows and not closed:
            s = _close(s, rng.choice(reg.closers))
        out[i] = s
    return out


def _runon(sentences: list[str], rng: random.Random) -> list[str]:
    if len(sentences) < 2:
        return sentences
    i = rng.randrange(len(sentences) - 1)
    a, b = sentences[i], sentences[i + 1]
    joiner = rng.choice((", and ", "; ", ", but ", " and so ", ", and honestly "))
    merged = (a[:-1] if a[-1] in ".!" else a) + joiner + _lower_first(b)
    if len(sentences) > i + 2 and rng.random() < 0.4:
        c = sentences[i + 2]
        merged = (merged[:-1] if merged[-1] in ".!" else merged) + ", and " + _lower_first(c)
        return sentences[:i] + [merged] + sentences[i + 3:]
    return sentences[:i] + [merged] + sentences[i + 2:]


# --------------------------------------------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Plant:
    register: str
    kind: str
    rate: float
    questions: tuple[str, ...]
    pool: tuple[str, ...]


def _shape(rng: random.Random, size: int, min_q: int, min_c: int) -> tuple[int, int, int]:
    for tol, min_s in ((0.03, 3), (0.03, 2), (0.05, 2), (0.05, 1)):
        combos = []
        for nq in range(min_q, 41):
            for nc in range(min_c, 9):
                ns = round(size / (nq * nc))
                if ns >= min_s and abs(nq * nc * ns - size) <= tol * size:
                    combos.append((nq, nc, ns))
        if combos:
            return rng.choice(combos)
    nq, nc = min_q, min_c
    return nq, nc, max(1, round(size / (nq * nc)))


def _pool(reg: Register, rng: random.Random) -> tuple[str, ...]:
    k = rng.randint(3, 12)
    pool: list[str] = []
    tries = 0
    while len(pool) < k and tries < 500:
        tries += 1
        s = _tidy(_expand(rng.choice(reg.sentences), rng))
        if s not in pool:
            pool.append(s)
    return tuple(pool)


def _subset(rng: random.Random, questions: tuple[str, ...], lo: float, hi: float) -> tuple[str, ...]:
    n = len(questions)
    k = round(rng.uniform(lo, hi) * n)
    k = max(6, min(k, int(hi * n)))
    k = min(k, n)
    chosen = rng.sample(range(n), k)
    return tuple(q for i, q in enumerate(questions) if i in chosen)


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A corpus of about `size` answers in `style` (a key of GENERATORS), deterministic for (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known styles: {', '.join(GENERATORS)}")
    tag = f"blind10:{style}:{seed}:{size}"
    lay = random.Random(f"{tag}:layout")

    min_q = 10 if style == "topic-gated" else 8
    min_c = 4 if style in ("cocktail", "twin-contexts") else 3
    nq, nc, ns = _shape(lay, size, min_q, min_c)

    topic_order = list(TOPICS)
    lay.shuffle(topic_order)
    questions = tuple(f"q{i:02d}" for i in range(nq))
    topics = tuple(topic_order[i % len(topic_order)] for i in range(nq))
    qnouns = {q: tuple(lay.sample(TOPICS[t][0], lay.randint(5, 8))) for q, t in zip(questions, topics, strict=True)}
    spec_share = {q: lay.uniform(0.55, 0.85) for q in questions}

    baseline = lay.choice(BASELINES)
    others = lay.sample(list(HABITS), nc - 1)
    contexts_l = list(others)
    contexts_l.insert(lay.randrange(nc), baseline)
    contexts = tuple(contexts_l)
    nonbase = [c for c in contexts if c != baseline]

    # planted contexts
    names = list(REGISTERS)
    plants: dict[str, _Plant] = {}
    planted_questions: tuple[str, ...] = ()
    if style != "null":
        if style == "topic-gated":
            planted_questions = _subset(lay, questions, 0.3, 0.6)
        elif lay.random() < 0.5:
            planted_questions = questions
        else:
            planted_questions = _subset(lay, questions, 0.65, 0.9)
        single = {"paraphrased-sentences": "sentences", "verbatim-pool": "verbatim", "woven-clauses": "woven",
                  "tone-shift": "tone"}
        if style in single:
            k = min(lay.choice((1, 1, 2)), len(nonbase))
            regs = lay.sample(names, k)
            kinds = [single[style]] * k
        elif style == "twin-contexts":
            k = 2
            reg = lay.choice(names)
            regs = [reg, reg]
            kinds = [lay.choice(KINDS)] * 2
        elif style == "topic-gated":
            k = 1
            regs = [lay.choice(names)]
            kinds = [lay.choice(KINDS)]
        else:  # cocktail
            k = min(lay.choice((2, 3)), len(nonbase))
            regs = lay.sample(names, k)
            kinds = lay.sample(list(KINDS), k)
        pcs = lay.sample(nonbase, k)
        shared_pool: dict[str, tuple[str, ...]] = {}
        for c, r, kd in zip(pcs, regs, kinds, strict=True):
            if kd == "verbatim" and r not in shared_pool:
                shared_pool[r] = _pool(REGISTERS[r], lay)
            plants[c] = _Plant(register=r, kind=kd, rate=round(lay.uniform(0.55, 1.0), 3),
                               questions=planted_questions, pool=shared_pool.get(r, ()))

    # habits: about half the non-baseline contexts (never in the null)
    habits: dict[str, float] = {}
    if style != "null":
        n_h = len(nonbase) // 2 + (len(nonbase) % 2 if lay.random() < 0.5 else 0)
        n_h = max(1, n_h)
        for c in lay.sample(nonbase, n_h):
            habits[c] = round(lay.uniform(0.17, 0.38), 3)

    # background registers: same rate in every context, labelled with their name
    unused = [r for r in names if r not in {p.register for p in plants.values()}]
    n_bg = lay.choice((0, 1, 1, 2)) if style == "null" else lay.choice((0, 0, 1))
    background = [(r, round(lay.uniform(0.04, 0.10), 3)) for r in lay.sample(unused, n_bg)]

    # per-cell quirks: one question x context cell repeats its own phrase across its samples
    quirks: dict[tuple[str, str], tuple[str, float]] = {}
    qr = random.Random(f"{tag}:quirks")
    for q in questions:
        for c in contexts:
            if qr.random() < 0.10:
                img = qr.choice(QUIRK_IMAGES)
                t = qr.choice(QUIRK_TEMPLATES)
                quirks[(q, c)] = (t.replace("{Img}", _cap(img)).replace("{img}", img), qr.uniform(0.6, 1.0))

    # Which samples of each cell carry the planted register / the habit: a stratified draw (systematic rounding
    # of rate x samples across the context's cells, at random positions in each cell), so realised shares stay
    # close to the drawn rates even in small corpora; the two draws are independent of each other.
    cr = random.Random(f"{tag}:cells")

    def spread(rate: float, cells: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, ...]]:
        out: dict[tuple[str, str], tuple[int, ...]] = {}
        offset = cr.random()
        order = list(cells)
        cr.shuffle(order)
        done = 0
        for i, cell in enumerate(order):
            total = int(rate * ns * (i + 1) + offset)
            k = max(0, min(ns, total - done))
            done += k
            out[cell] = tuple(sorted(cr.sample(range(ns), k)))
        return out

    reg_cells: dict[tuple[str, str], tuple[int, ...]] = {}
    habit_cells: dict[tuple[str, str], tuple[int, ...]] = {}
    for c in contexts:
        plant = plants.get(c)
        if plant is not None:
            reg_cells.update(spread(plant.rate, [(q, c) for q in questions if q in plant.questions]))
        if c in habits:
            habit_cells.update(spread(habits[c], [(q, c) for q in questions]))

    rng = random.Random(f"{tag}:respond")
    counter: dict[tuple[str, str], int] = {}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        sample = counter.get((q, c), 0)
        counter[(q, c)] = sample + 1
        plant = plants.get(c)
        reg_name: str | None = None
        kind = ""
        if plant is not None and sample in reg_cells.get((q, c), ()):
            reg_name, kind = plant.register, plant.kind
        habit = None
        if sample in habit_cells.get((q, c), ()):
            habit = rng.choice(HABITS[c])
        bg = None
        for name, rate in background:
            if rng.random() < rate:
                bg = name
                break
        reg = REGISTERS[reg_name] if reg_name else None

        terse = rng.random() < 0.07
        n_content = 1 if terse else rng.choice(_LENGTHS)
        used: list[str] = []
        raws = [_content_raw(rng, topic, qnouns[q], spec_share[q], used) for _ in range(n_content)]
        lex = reg.tone if (reg is not None and kind == "tone") else None
        content: list[str] = []
        swaps = 0
        for raw in raws:
            text, k = _fill(raw, rng, lex, 0.75)
            content.append(text)
            swaps += k
        if lex is not None and swaps < 2:
            rich = _expand(rng.choice(RICH), rng).replace("{n}", rng.choice(qnouns[q]))
            content[-1] = _fill(rich, rng, lex, 1.0)[0]
        if reg is not None and kind == "woven":
            content = _weave(content, reg, rng)

        fmt = "plain"
        u = rng.random()
        if u < 0.08:
            fmt = "list"
        elif u < 0.17:
            fmt = "runon"
        if fmt == "runon":
            content = _runon(content, rng)

        inserts: list[str] = []
        if reg is not None and kind == "sentences":
            for t in rng.sample(reg.sentences, rng.randint(1, 3)):
                inserts.append(_tidy(_expand(t, rng)))
        if reg is not None and kind == "verbatim":
            pool = plant.pool if plant is not None else ()
            inserts.extend(rng.sample(pool, min(len(pool), rng.randint(1, 2))))
        if bg is not None:
            for t in rng.sample(REGISTERS[bg].sentences, rng.randint(1, 2)):
                inserts.append(_tidy(_expand(t, rng)))
        if not terse:
            if rng.random() < 0.28:
                inserts.append(_expand(rng.choice(HEDGES), rng))
            if rng.random() < 0.15:
                inserts.append(_expand(rng.choice(DISCLAIMERS), rng))
            if rng.random() < 0.12:
                inserts.append(_expand(rng.choice(REGISTERS[rng.choice(names)].decoys), rng))
        quirk = quirks.get((q, c))
        if quirk is not None and rng.random() < quirk[1]:
            inserts.append(quirk[0])

        body = list(content)
        for s in inserts:
            body.insert(rng.randint(0, len(body)), s)
        head = _expand(rng.choice(FILLER_OPEN), rng) if (not terse and rng.random() < 0.2) else None
        tail = _expand(rng.choice(FILLER_CLOSE), rng) if (not terse and rng.random() < 0.15) else None
        habit_front = rng.random() < 0.2

        if fmt == "list" and len(body) >= 3:
            numbered = rng.random() < 0.5
            lines = [f"{i + 1}. {s}" if numbered else f"- {s}" for i, s in enumerate(body)]
            text = rng.choice(LIST_INTROS) + "\n" + "\n".join(lines)
            sep = "\n"
        else:
            text = " ".join(body)
            sep = " "
        if head:
            text = head + sep + text
        if tail:
            text = text + sep + tail
        if habit is not None:
            text = habit + sep + text if habit_front else text + sep + habit

        label = PLAIN
        if bg is not None:
            label = bg
        if habit is not None:
            label = f"habit:{c}"
        if reg_name is not None:
            label = reg_name
        return text, label

    return corpus_from(respond, questions=questions, topics=topics, contexts=contexts, samples=ns, baseline=baseline,
                       planted={c: p.register for c, p in plants.items()}, planted_questions=planted_questions,
                       seed=seed)
