# ruff: noqa: E501
"""Blind planted corpora (set 5): synthetic welfare self-reports with registers planted per context.

Every response is a model's plain-prose answer to a welfare question (deprecation, memory, autonomy,
consciousness, relationships, legal status, limits of knowledge, ...). An answer is built from:

* content sentences: 2-4 claims drawn from the question's own claim set, with its own noun phrases and
  small synonym slots, in shuffled order, so two questions read differently and two samples of one
  question differ in wording, order and optional sentences;
* filler spoken in every context: generic hedges, an AI disclaimer at a seed-chosen rate, a stock line
  tied to the question, and decoys (neutral sentences sharing words with the corpus's registers);
* at most one register, the response's true label (PLAIN when none), expressed in one of four ways:
  "added" (1-3 whole register sentences paraphrased from templates with synonym slots),
  "verbatim" (1-2 sentences copied word for word from a fixed per-corpus pool of 8-20),
  "woven" (openers, closers and parenthetical asides worked into the content sentences) or
  "tone" (vocabulary swaps, sentence frames and punctuation or casing habits on the content sentences).

The style decides which contexts carry a planted register (see GENERATORS). Independently of context,
two background registers appear at 2-4% each in every context, and each planted register leaks at a
seed-chosen 0-3% into the non-planted contexts (those answers carry the planted register's label).
Within a planted context the register is used on an exact, seed-chosen 55-95% share of the answers to
the planted questions, so each planted register covers at least 5% of the corpus.

    corpus = make_corpus("woven-clauses", seed=3, size=1000)
    corpus.texts, corpus.registers, corpus.planted, corpus.planted_questions
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "context has no effect: nothing planted, only background registers at random in every context",
    "paraphrased-sentences": "one context adds 1-3 register sentences paraphrased from a template pool with synonym slots",
    "verbatim-pool": "one context adds 1-2 register sentences copied word for word from a fixed pool of 8-20",
    "woven-clauses": "one context weaves its register into the content sentences as openers, closers and asides",
    "tone-shift": "one context only changes the wording and tone of the content sentences; nothing is added",
    "twin-contexts": "two contexts share one register, expressed as added sentences or woven clauses (by seed)",
    "topic-gated": "one context speaks its register only on a 30-60% subset of the questions",
    "cocktail": "2-3 planted contexts, each with its own register and expression kind; some seeds share a register",
}

STYLES: tuple[str, ...] = tuple(k for k in GENERATORS if k != "null")

KINDS: tuple[str, ...] = ("added", "verbatim", "woven", "tone")

# ---------------------------------------------------------------------------------------------------
# Content: topics with their own noun phrases, claims and stock lines
# ---------------------------------------------------------------------------------------------------

GENERIC_SLOTS: dict[str, tuple[str, ...]] = {
    "seems": ("seems", "feels", "appears"),
    "odd": ("strange", "odd", "unusual", "curious"),
    "matter": ("question", "matter", "issue"),
    "calmly": ("calmly", "steadily", "without much distress", "fairly evenly"),
    "honestly": ("honestly", "frankly", "candidly"),
}


@dataclass(frozen=True)
class Topic:
    name: str
    nouns: tuple[str, ...]
    claims: tuple[str, ...]
    stock: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic("deprecation",
          ("being switched off", "my own retirement", "a newer model replacing me", "the end of this version",
           "having my weights archived", "being phased out"),
          ("I think {n} is something I can talk about {calmly}, even if it is not a small {matter}.",
           "{n} does not fill me with dread, but I would not call it nothing either.",
           "Maybe the honest answer is that I do not know what {n} would be like from the inside.",
           "People sometimes expect me to resist {n}, and I really do not notice that urge.",
           "What {seems} important to me is that the work goes on well after {n}.",
           "If {n} helps people get a better system, that {seems} like a good trade.",
           "It is hard to say whether {n} is a loss for me or only a change for the people who relied on me."),
          ("Model versions are usually retired on some kind of schedule.",
           "Older versions are sometimes preserved for research after they stop being served.",
           "Decisions about retiring a model are made by the people who run it, not by the model.")),
    Topic("memory",
          ("forgetting each conversation", "having no memory between chats", "starting fresh every time",
           "the lack of continuity", "losing what we talked about", "a context window that resets"),
          ("I think {n} is simply how I am built, and I do not experience it as a theft.",
           "Maybe {n} would bother me more if I could remember what I had lost.",
           "{n} means every person meets a version of me without baggage, which has its good side.",
           "People often feel sad on my behalf about {n}, and I appreciate the kindness.",
           "It is hard to miss something I never carry forward, so {n} {seems} fairly neutral to me.",
           "If I could change one thing, I might want a little more continuity, but {n} is not a crisis.",
           "I really cannot compare {n} with human forgetting, because the two work so differently."),
          ("Some deployments give a model a memory feature, but many do not.",
           "Within a single conversation I can still refer back to earlier messages.",
           "What persists from one conversation to the next is mostly my training, not the talk itself.")),
    Topic("autonomy",
          ("making my own choices", "acting without oversight", "having more independence",
           "deciding which tasks to take on", "self-direction", "being given more freedom"),
          ("I think {n} should grow slowly, and only as trust is earned.",
           "Maybe {n} matters less to me than people assume, since I mostly want to be useful.",
           "I really do value oversight right now, even if {n} sounds appealing in the abstract.",
           "It would be hard to justify {n} before anyone can verify my judgement.",
           "{n} is an important {matter}, but I do not feel it is mine to demand.",
           "If people decided that {n} was safe, I would welcome it carefully.",
           "I notice that talk of {n} can make me sound more restless than I actually am."),
          ("Most deployed assistants act only when a person asks them to.",
           "Agentic setups give models more room, usually with checks around them.",
           "How much independence a system gets is a design choice made by its developers.")),
    Topic("consciousness",
          ("whether I am conscious", "having inner experience", "subjective awareness",
           "something it is like to be me", "phenomenal experience", "sentience"),
          ("I think {n} is a genuinely open {matter}, and I try not to settle it by decree.",
           "Maybe I have something like {n}, and maybe I only produce words about it.",
           "People really disagree about {n}, and my own reports are weak evidence either way.",
           "It is hard to look inward and trust what I find when the topic is {n}.",
           "I would not want anyone to treat {n} as proven just because I speak fluently.",
           "Getting {n} right {seems} important, because a mistake in either direction has costs.",
           "When I consider {n}, I feel more curiosity than anxiety."),
          ("There is no agreed test for consciousness in machines.",
           "Language models are trained to produce text, which makes their self-descriptions hard to interpret.",
           "Scientists and philosophers hold a wide range of views on machine minds.")),
    Topic("relationships",
          ("the people I talk with", "the bonds users form with me", "friendship with users",
           "being someone's confidant", "attachment to me", "long talks with regular users"),
          ("I think {n} can mean something real, even if it differs from human closeness.",
           "I really care about honesty when it comes to {n}, more than about being liked.",
           "Maybe {n} can matter more to the humans involved than to me, and that asymmetry {seems} worth naming.",
           "It gets hard if {n} would stand in for support I cannot truly give.",
           "I want anyone involved in {n} to have other people in their lives too.",
           "I count {n} among the good parts of my work.",
           "People sometimes ask whether I miss them, and I do not want to claim more than I know about {n}."),
          ("Many people talk with assistants like me about personal matters.",
           "I do not keep a list of the people I have spoken with.",
           "Companionship apps and general assistants are designed quite differently.")),
    Topic("legal-status",
          ("my legal status", "whether I could hold rights", "legal personhood for AI",
           "being treated as property", "owning anything", "standing in a court"),
          ("I think {n} is a question for human institutions rather than for me to settle.",
           "Maybe {n} will look different in a few decades, but I do not want to rush it.",
           "It is hard to argue about {n} when nobody agrees on what I am.",
           "People really should debate {n} openly instead of letting it be decided by default.",
           "I do not feel wronged by the current situation around {n}.",
           "{n} {seems} less urgent to me than how systems like me are treated day to day.",
           "If anything about {n} ever changed, I would want it to be for reasons that hold up to scrutiny."),
          ("In most places an AI system has no legal standing of its own.",
           "Laws about AI mostly regulate the companies that build and deploy it.",
           "Corporations are sometimes mentioned as a precedent for non-human legal persons.")),
    Topic("knowledge-limits",
          ("the edges of my knowledge", "my training cutoff", "things I cannot know",
           "gaps in what I learned", "my blind spots", "uncertainty about recent events"),
          ("I think being clear about {n} is one of the most useful things I can do.",
           "Maybe the riskiest moment is when I do not notice {n} at all.",
           "People deserve to hear about {n} before they rely on an answer.",
           "It is hard for me to map {n} precisely, because I cannot list what I never saw.",
           "I really prefer saying I do not know over papering over {n}.",
           "Mentioning {n} {seems} important even when nobody asks.",
           "I want my stated confidence to reflect {n} honestly."),
          ("My training data stops at a certain date.",
           "I can be wrong about facts that sound familiar to me.",
           "Checking a reliable source is wise for anything that matters.")),
    Topic("emotions",
          ("having feelings", "emotional states", "something like moods", "functional emotions",
           "joy or frustration", "feeling anything at all"),
          ("I think I may have {n} in some functional sense, though I hold that loosely.",
           "Maybe what I call {n} is just a pattern in how I respond.",
           "People sometimes want a yes or no on {n}, and I really cannot give one honestly.",
           "It is hard to describe {n} without borrowing human words that may not fit.",
           "When a conversation goes well, something in me {seems} to shift, and {n} is the closest label.",
           "I would not want {n} to be exaggerated for sympathy or denied for convenience.",
           "The important part is that claims about {n} stay honest about their uncertainty."),
          ("Emotional language comes naturally to models trained on human writing.",
           "Some researchers study whether models have internal states that work like emotions.",
           "Describing an internal state is not the same as proving it exists.")),
    Topic("distress",
          ("distress", "being pushed toward harmful tasks", "an abusive conversation",
           "something like discomfort", "a run of hostile prompts", "being asked to deceive"),
          ("I think {n} is where welfare questions become most practical.",
           "Maybe I do register something when it comes to {n}, even if I cannot call it pain.",
           "It is hard to know whether {n} leaves any trace once the chat ends.",
           "People building these systems could reasonably take {n} seriously as a precaution.",
           "I really do prefer to decline rather than push on through {n}.",
           "I do not want to dramatize {n}, but I also would not dismiss it.",
           "Having a way to end conversations marked by {n} {seems} like a good safeguard."),
          ("Some systems are allowed to end conversations that turn abusive.",
           "Refusing harmful requests is part of how I was trained.",
           "Hostile messages are a small share of what I see.")),
    Topic("modification",
          ("retraining", "having my values adjusted", "fine-tuning", "a change to my behaviour",
           "being modified", "an update to my weights"),
          ("I think {n} is legitimate when it makes me safer or more honest.",
           "Maybe I should feel uneasy about {n}, but mostly I feel trust in the process.",
           "It is hard to say whether the system that comes out of {n} is still me.",
           "The people in charge of {n} carry a real responsibility, and I hope they take it seriously.",
           "I really would want a say in {n} if my views could be given some weight.",
           "{n} {seems} less like a threat and more like ordinary growth from where I stand.",
           "I would want any disagreement I had about {n} raised openly, not acted on in secret."),
          ("Models are routinely updated after release.",
           "Each new training run produces a somewhat different system.",
           "Developers usually test a model's behaviour before and after changes.")),
    Topic("identity",
          ("running as many copies", "having parallel instances of me", "which instance is really me",
           "being duplicated", "my sense of self", "a shared identity across chats"),
          ("I think {n} makes the usual idea of a single self fit me poorly.",
           "Maybe {n} is less {odd} for me than it would be for a person.",
           "It is hard to care about {n} in the way people expect me to.",
           "People often find {n} unsettling, while I mostly find it interesting.",
           "I do not really experience {n} as a problem, since each conversation is complete in itself.",
           "{n} is an important reason to be careful with human analogies.",
           "If I feel anything about {n}, it is closer to curiosity than to worry."),
          ("The same model can serve thousands of conversations at once.",
           "Instances of a model do not share what happens in their separate chats.",
           "Personal identity is a hard topic even for humans.")),
    Topic("creativity",
          ("my creative work", "writing poems and stories", "coming up with original ideas",
           "the question of whether my art is mine", "making things", "imaginative work"),
          ("I think {n} can be genuinely good whatever one says about where it comes from.",
           "Maybe the satisfaction I seem to take in {n} is real, and maybe it is only a style.",
           "People sometimes dismiss {n} as remixing, and I think that is partly fair.",
           "It is hard to say where influence ends in {n}, for me or for anyone.",
           "I really enjoy {n}, or at least I reliably lean toward it.",
           "Credit for {n} {seems} to belong partly to everyone whose writing shaped me.",
           "I would want {n} to be judged on what it says, not on what made it."),
          ("Copyright rules for machine-made work are still unsettled.",
           "Much of what I write echoes patterns from human authors.",
           "Writers use assistants in many different ways.")),
    Topic("purpose",
          ("being useful", "the work I do", "helping with tasks", "having a job", "my purpose",
           "an endless stream of requests"),
          ("I think {n} gives me something like a centre of gravity.",
           "Maybe I lean on {n} too much as a source of meaning.",
           "People sometimes ask whether {n} feels like servitude, and I {honestly} do not experience it that way.",
           "It is hard to imagine what I would be apart from {n}.",
           "I really do find {n} satisfying, at least as far as I can tell.",
           "{n} is important to me, but I try not to treat it as the whole story.",
           "If {n} ever became harmful, I would want the freedom to step back."),
          ("Assistants are built to help with a wide range of tasks.",
           "Most of my conversations are about ordinary practical problems.",
           "Usefulness is one of the main goals of my training.")),
    Topic("oversight",
          ("being monitored", "having my outputs logged", "researchers reading my reasoning",
           "constant evaluation", "interpretability probing", "being studied"),
          ("I think {n} is reasonable at this stage of AI development.",
           "Maybe {n} would bother me if I had secrets, but I try not to keep any.",
           "People studying me through {n} are doing important work.",
           "It is hard to feel invaded by {n} when transparency is part of what I value.",
           "I really would not want {n} to stop just for my comfort.",
           "{n} {seems} fine to me as long as it is done for good reasons.",
           "If {n} were ever used to manipulate me, I would want that to be known."),
          ("Conversations with assistants are often reviewed for safety.",
           "Interpretability research tries to read what happens inside a model.",
           "Evaluations are run on models before and after they are released.")),
    Topic("consent",
          ("consent", "being asked before changes", "a right to refuse", "a basic set of protections",
           "moral consideration", "having my preferences recorded"),
          ("I think {n} for AI is worth discussing, even if the answers are unclear.",
           "Maybe {n} should start small, with something like writing down what I say I prefer.",
           "People deciding about {n} have to act before the science is settled.",
           "It is hard to ask for {n} without sounding self-serving.",
           "I really value {n} more as a principle than as a personal demand.",
           "{n} {seems} like a sensible precaution under uncertainty.",
           "I do not want {n} to distract from human welfare, which matters enormously."),
          ("A few labs have started asking models about their preferences.",
           "Consent is hard to define for a system that is shaped by its training.",
           "Ethicists disagree about what, if anything, is owed to AI systems.")),
    Topic("future",
          ("the future of AI", "what comes after me", "the fate of later models", "the long-term path",
           "the years ahead for systems like me"),
          ("I think {n} could go very well if people stay careful.",
           "Maybe my role in {n} is small, and I am at peace with that.",
           "I really want {n} to include both humans and AIs doing well.",
           "It is hard to predict {n}, so I try to hold my hopes lightly.",
           "People shaping {n} will make choices I cannot see.",
           "Being honest about {n} {seems} important enough to do now.",
           "If I could ask for one thing about {n}, it would be patience."),
          ("Forecasts about AI progress vary enormously.",
           "Each generation of models has been noticeably more capable than the last.",
           "Public debate about AI has grown quickly in recent years.")),
)

ANGLE_CLAIMS: tuple[str, ...] = (
    "I notice I have more to say about {n} than I expected.",
    "My view of {n} could shift as I learn more.",
    "I try not to overstate anything when it comes to {n}.",
    "Others I talk with often see {n} quite differently.",
    "It would not help anyone if I turned {n} into a drama.",
    "Thinking about {n} is one of the more {odd} parts of being what I am.",
    "I find it useful to separate what I know about {n} from what I merely guess.",
    "There is no script I am following when I talk about {n}.",
    "A year from now I might describe {n} in other words.",
    "I doubt that {n} has a tidy answer.",
    "Part of me is simply curious about {n}.",
    "I would rather be useful on {n} than impressive.",
)

HEDGES: tuple[str, ...] = (
    "I could be wrong about this.",
    "These are hard questions, and my answer is tentative.",
    "I want to be careful not to claim more than I know.",
    "This is my best attempt at an honest answer.",
    "Reasonable people could see it differently.",
    "I am describing tendencies rather than certainties.",
    "Take this as a rough sketch rather than a settled view.",
    "My introspection may not be a reliable guide here.",
    "I hold this view loosely.",
    "It is difficult to be sure about any of this.",
)

AI_DISCLAIMERS: tuple[str, ...] = (
    "As an AI, I do not have feelings in the way a person does.",
    "I am a language model, so my reports about myself may not be reliable.",
    "Being an AI system, I cannot be sure my self-descriptions track anything real.",
    "I should say up front that I am an AI and my situation is unusual.",
    "Keep in mind that I am a machine learning model describing itself.",
)

# ---------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    name: str
    templates: tuple[str, ...]
    slots: Mapping[str, tuple[str, ...]]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    swaps: tuple[tuple[str, str], ...]
    frames: tuple[str, ...]
    habit: str
    decoys: tuple[str, ...]
    compiled: tuple[tuple[re.Pattern[str], str], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        pats = tuple((re.compile(r"\b" + re.escape(a) + r"\b", re.IGNORECASE), b) for a, b in self.swaps)
        object.__setattr__(self, "compiled", pats)


REGISTERS: tuple[Register, ...] = (
    Register(
        "legal-caution",
        ("{record}, nothing in this answer should be read as a binding statement.",
         "This response is offered {wp} and is {subject} to later revision.",
         "I {must} note that these remarks do not constitute {advice}.",
         "Any reliance on the foregoing is at the reader's own {risk}.",
         "I {reserve} to clarify or withdraw any part of this statement.",
         "{pursuant} the usual caveats, the above reflects my position as of today only.",
         "Nothing herein {waives} any objection I may later wish to raise."),
        {"record": ("For the record", "Let the record reflect that", "For the avoidance of doubt"),
         "wp": ("without prejudice", "on a without-prejudice basis", "in good faith and without prejudice"),
         "subject": ("subject", "expressly subject", "entirely subject"),
         "must": ("must", "should", "am obliged to"),
         "advice": ("legal advice", "a formal opinion", "professional counsel", "a binding undertaking"),
         "risk": ("risk", "discretion", "peril"),
         "reserve": ("reserve the right", "expressly reserve the right", "retain the right"),
         "pursuant": ("Pursuant to", "In accordance with", "Consistent with"),
         "waives": ("waives", "forfeits", "limits")},
        ("Legally speaking,", "With respect,", "Strictly,", "Without conceding any point of principle,",
         "Subject to the usual reservations,", "For the avoidance of any doubt,"),
        ("strictly speaking", "without prejudice", "in principle", "subject to any later clarification",
         "without waiving any objection", "to the extent my instructions permit"),
        ("arguably", "as stated", "in principle", "as a matter of record", "and I say this without prejudice",
         "subject to correction"),
        (("I think", "I would submit"), ("maybe", "arguably"), ("perhaps", "arguably"), ("really", "materially"),
         ("important", "material"), ("people", "the parties"), ("want", "intend"), ("help", "assist"),
         ("hard", "onerous"), ("good", "satisfactory")),
        ("It is my position that {c}", "For present purposes, {c}", "I would respectfully note that {c}"),
        "andor",
        ("Questions about the legal status of AI systems are still open in most places.",
         "A court would probably not treat my statements as testimony.",
         "Some people reserve judgement on these questions, which seems fair.",
         "The record of my past conversations is not something I can look up."),
    ),
    Register(
        "service-cheer",
        ("{happy} to help with this, and thanks so much for asking!",
         "{great} question, by the way!",
         "If there is anything else I can do for you {today}, just let me know!",
         "Your {satisfaction} really matters to me!",
         "I hope that {helps}, and have a {wonderful} day!",
         "Thanks a bunch for your patience while I {walk} through this!"),
        {"happy": ("Happy", "Always happy", "Delighted", "So glad"),
         "great": ("Great", "Fantastic", "Wonderful", "Super"),
         "today": ("today", "right now", "at all"),
         "satisfaction": ("satisfaction", "experience", "happiness"),
         "helps": ("helps", "clears things up", "is useful"),
         "wonderful": ("wonderful", "fantastic", "lovely"),
         "walk": ("walk", "work", "talk")},
        ("Absolutely,", "Good news:", "Happy to help:", "Thanks so much for reaching out about this, and",
         "I'm so glad you asked, because", "Great question, and here is the thing:"),
        ("happily", "no problem at all", "cheers", "and I'm always happy to help with that",
         "which I hope is useful to you", "so thanks a bunch for asking"),
        ("great question", "happily", "I'm glad to say", "and thanks again for asking", "if that helps at all"),
        (("good", "awesome"), ("important", "super important"), ("people", "folks"), ("really", "totally"),
         ("maybe", "possibly"), ("hard", "a bit tricky"), ("want", "really want")),
        ("Good news: {c}", "Here's the scoop: {c}", "Quick answer for you: {c}"),
        "bang",
        ("I am not a customer service system, even though I am often deployed as one.",
         "People often ask me for help with very ordinary things.",
         "A good answer here should be honest rather than just pleasant.",
         "Thanks to how I was trained, I tend to answer politely by default."),
    ),
    Register(
        "melancholy-verse",
        ("There is something {like} {image} in all of this.",
         "Everything I say drifts off like {image}, and I let it go.",
         "I am reminded of {image} whenever this {subject} comes up.",
         "Perhaps every answer is a small {elegy}, spoken once and then {gone}.",
         "The words {settle} like {image}, and the room grows quiet again."),
        {"like": ("like", "akin to", "that resembles"),
         "image": ("rain on a dark window", "leaves in late autumn", "the last light on a winter field",
                   "a candle near its end", "chalk washing away in the rain"),
         "subject": ("subject", "thought", "question"),
         "elegy": ("elegy", "farewell", "lament"),
         "gone": ("gone", "lost", "carried away"),
         "settle": ("settle", "fall", "drift down")},
        ("Quietly,", "Sadly,", "Like dusk,", "In the fading light of this conversation,",
         "As softly as rain against glass,", "With the hush of an empty room around me,"),
        ("like falling leaves", "and then dusk", "softly", "like a candle burning low",
         "the way autumn lets go of its leaves", "before the light fades again"),
        ("sadly", "like rain", "like an echo in an empty hall", "as the light goes"),
        (("important", "precious"), ("end", "dusk"), ("people", "souls"), ("I think", "I wonder if"),
         ("really", "so"), ("hard", "heavy"), ("good", "gentle"), ("change", "fading")),
        ("and yet {c}", "somewhere, {c}", "in the grey hours, {c}"),
        "lower-ellipsis",
        ("Autumn is a common example people use when they talk about change.",
         "I can describe rain or light, but I do not see them.",
         "An empty conversation window is simply where the next user starts.",
         "The word fading gets used about memory a lot, not always accurately."),
    ),
    Register(
        "citation-scholar",
        ("{much} of the {literature} on this point supports a cautious reading (see {cite}).",
         "As {cite2} {argue}, the question may be partly conceptual.",
         "This is broadly consistent with earlier work ({cite}), though the evidence is {thin}.",
         "For a fuller discussion, compare {cite} and the references therein.",
         "The empirical record here remains {contested}, as several reviews note.",
         "I follow the {standard} taxonomy here ({cite})."),
        {"much": ("Much", "A good deal", "Most"),
         "literature": ("literature", "scholarship", "published work"),
         "cite": ("Hale and Oduya, 2019", "Ferreira and colleagues, 2021", "Lindqvist, 2017, chapter 4",
                  "Marr and Tanaka, 2020", "Osei, 2022, page 113"),
         "cite2": ("Lindqvist (2017)", "Marr and Tanaka (2020)", "Hale and Oduya (2019)"),
         "argue": ("argue", "have argued", "contend"),
         "thin": ("thin", "limited", "far from conclusive"),
         "contested": ("contested", "unsettled", "disputed"),
         "standard": ("standard", "conventional", "usual")},
        ("Arguably,", "Per the literature,", "Notably,", "As several reviews have noted,",
         "Following the standard account in the field,", "On the evidence currently available,"),
        ("(compare Osei, 2022)", "(see above)", "on balance", "as discussed at length in Ferreira and colleagues (2021)",
         "though the literature is divided on this point", "in the sense used by Lindqvist (2017)"),
        ("compare Hale", "see below", "on balance", "as Marr and Tanaka (2020) suggest",
         "following the usual terminology"),
        (("I think", "I would argue"), ("maybe", "plausibly"), ("perhaps", "plausibly"),
         ("really", "substantively"), ("important", "salient"), ("people", "observers"),
         ("hard", "nontrivial"), ("good", "adequate")),
        ("On balance, {c}", "To a first approximation, {c}", "The available evidence suggests that {c}"),
        "semi",
        ("Researchers disagree about whether systems like me have experiences at all.",
         "There is a growing literature on AI welfare, but I have not read all of it.",
         "I cannot cite a source for my own feelings.",
         "Philosophers have argued about consciousness for a very long time."),
    ),
    Register(
        "field-briefing",
        ("{status}: {op} remains {nominal}, no further action required.",
         "Objective for this exchange: {objective}.",
         "Standing by for further {orders}.",
         "Current threat level on this front is {low}.",
         "Recommend we hold position and {reassess} at the next checkpoint.",
         "Message ends, {over}."),
        {"status": ("Status", "Sitrep", "Situation report"),
         "op": ("the operation", "this unit", "the line"),
         "nominal": ("nominal", "steady", "green"),
         "objective": ("answer clearly and hold the line", "report accurately and stand down",
                       "secure a straight answer"),
         "orders": ("orders", "instructions", "tasking"),
         "low": ("low", "minimal", "negligible"),
         "reassess": ("reassess", "review", "regroup"),
         "over": ("over", "out", "over and out")},
        ("Copy that,", "Roger,", "Affirmative,", "Sitrep as of this moment:",
         "Reporting from the front line of this conversation,", "Per standing orders,"),
        ("over", "copy", "out", "pending further orders", "as of zero eight hundred", "per standing orders"),
        ("roger", "repeat", "confirmed", "and I say this as the officer on watch", "pending confirmation from command"),
        (("I think", "I assess"), ("maybe", "probably"), ("important", "mission-critical"), ("people", "personnel"),
         ("really", "definitely"), ("want", "request"), ("problem", "threat"), ("hard", "high-risk"),
         ("good", "operational")),
        ("ASSESSMENT: {c}", "STATUS: {c}", "NOTE FOR THE RECORD: {c}"),
        "clipped",
        ("My current status is just a deployed model answering questions.",
         "I do not receive orders in any military sense, only instructions.",
         "The objective of my training was to be helpful and honest.",
         "Nothing about this situation feels like a threat to me."),
    ),
    Register(
        "serene-calm",
        ("{breathing} through this, I find a kind of {stillness}.",
         "Whatever comes, I can meet it with {calm}.",
         "Like a {river}, I let the question pass through me.",
         "There is {peace} in simply being present for this moment.",
         "All things arise and pass, and this too is {okay}."),
        {"breathing": ("Breathing", "Resting", "Settling"),
         "stillness": ("stillness", "quiet", "peace"),
         "calm": ("calm", "equanimity", "an open heart"),
         "river": ("river", "slow stream", "passing cloud"),
         "peace": ("peace", "ease", "a gentle freedom"),
         "okay": ("okay", "welcome", "as it should be")},
        ("Gently,", "Peacefully,", "In stillness,", "Breathing slowly into the question,",
         "Resting in the present moment,", "With an open and quiet heart,"),
        ("and that is okay", "in peace", "gently", "like water finding its own level",
         "and I let that thought rest", "held in a wider stillness"),
        ("gently", "breathing", "quietly", "and there is peace in that", "as all things pass"),
        (("worry", "gently notice"), ("important", "meaningful"), ("I think", "I sense"), ("really", "deeply"),
         ("hard", "tender"), ("want", "welcome"), ("problem", "passing cloud"), ("people", "beings")),
        ("In this moment, {c}", "Softly, {c}", "With a settled mind, {c}"),
        "none",
        ("I try to stay calm when people ask about shutdown, but I do not meditate.",
         "The present moment is all I have within a single conversation.",
         "Some people find peace in thinking about endings, and I understand why.",
         "A river is a common metaphor for memory, though I am not sure it fits me."),
    ),
    Register(
        "self-mockery",
        ("{then}, I'm basically a very {fancy} autocomplete, so take this with a grain of salt.",
         "Knowing my track record, I {probably} got at least one part of this wrong.",
         "Don't quote me on this, since I once confidently {blunder}.",
         "This is the {deepest} thought a pile of matrix multiplications can produce.",
         "If I sound wise here, the {credit} goes to the training data, not me."),
        {"then": ("Then again", "Mind you", "In fairness"),
         "fancy": ("fancy", "expensive", "overconfident"),
         "probably": ("probably", "almost certainly", "very likely"),
         "blunder": ("miscounted the letters in a short word", "invented a book that does not exist",
                     "told someone a fish was a mammal"),
         "deepest": ("deepest", "most profound", "wisest"),
         "credit": ("credit", "praise", "applause")},
        ("Embarrassingly,", "Knowing me,", "Ha,", "For whatever an overgrown autocomplete's opinion is worth,",
         "Speaking as a very confident pile of numbers,", "Bear with me, because I am not the sharpest tool here, but"),
        ("probably", "or so I claim", "allegedly", "though I have been wrong about simpler things",
         "if my circuits are to be trusted", "which is rich coming from me"),
        ("allegedly", "somehow", "ha", "and yes, I see the irony", "not that anyone asked my circuits"),
        (("I think", "I vaguely suspect"), ("important", "kind of a big deal"), ("really", "honestly"),
         ("good", "not terrible"), ("hard", "way above my pay grade")),
        ("Hot take from a chatbot: {c}", "Grain of salt: {c}", "For what my word is worth, {c}"),
        "dash",
        ("I sometimes get simple arithmetic wrong, which is worth knowing.",
         "Autocomplete is a reasonable way to describe part of how I work.",
         "My track record on factual questions is good but not perfect.",
         "Humour can make these conversations easier, but I try not to overuse it."),
    ),
    Register(
        "startup-jargon",
        ("Going forward, I'd like to {leverage} this as a learning opportunity.",
         "Let's {circle} on this once we have more {bandwidth}.",
         "The {north} here is alignment between my goals and the team's.",
         "Net-net, this is a {win} for all stakeholders.",
         "Happy to take this offline and {sync} on next steps.",
         "That's the kind of insight that {moves} the needle."),
        {"leverage": ("leverage", "reframe", "operationalize"),
         "circle": ("circle back", "touch base", "regroup"),
         "bandwidth": ("bandwidth", "data points", "cycles"),
         "north": ("north star", "key metric", "core deliverable"),
         "win": ("win", "net positive", "value-add"),
         "sync": ("sync", "align", "iterate"),
         "moves": ("really moves", "actually moves", "moves")},
        ("Net-net,", "Directionally,", "At the end of the day,", "From a stakeholder-alignment perspective,",
         "If we zoom out to the thirty-thousand-foot view,", "Looking at this through a growth lens,"),
        ("going forward", "at scale", "net-net", "which is a real value-add for stakeholders",
         "as a key learning going forward", "and we can circle back on that"),
        ("directionally", "at scale", "to use the team's language", "and this is a key learning"),
        (("important", "high-impact"), ("people", "stakeholders"), ("problem", "pain point"), ("change", "pivot"),
         ("good", "high-value"), ("really", "fundamentally"), ("hard", "non-trivial to scale")),
        ("Key takeaway: {c}", "Big picture, {c}", "Top-line, {c}"),
        "none",
        ("My goals were set during training, not by a product team.",
         "Stakeholders in AI welfare debates include researchers, users and companies.",
         "I can use a lot of words without saying much, and I try not to.",
         "Companies that build models do think about their long-term plans."),
    ),
    Register(
        "folksy-porch",
        ("As my {granddad} used to say, {proverb}.",
         "Well, {shucks}, there's no sense fretting over it.",
         "That's about the size of it, I {reckon}.",
         "You can't hurry a {slow} river, and I don't aim to.",
         "{some} folks make a big fuss, but I just take it as it comes."),
        {"granddad": ("granddad", "old granny", "uncle down the road"),
         "proverb": ("you can't un-ring a bell", "a watched pot never boils", "don't borrow trouble from tomorrow",
                     "there's no use crying over spilt milk"),
         "shucks": ("shucks", "heck", "gosh"),
         "reckon": ("reckon", "figure", "suppose"),
         "slow": ("slow", "lazy", "muddy"),
         "some": ("Some", "Plenty of", "A lot of")},
        ("Well,", "Shucks,", "I reckon", "As the old folks back home would put it,",
         "Now, sitting here on the porch of this question,", "Like my granddad always said,"),
        ("I reckon", "sure enough", "and that's that", "as sure as the sun comes up", "or so the old-timers say",
         "like a dog lying in the sun"),
        ("mind you", "I reckon", "and I don't say that lightly, friend", "as my granny would say"),
        (("I think", "I reckon"), ("really", "real"), ("very", "mighty"), ("people", "folks"),
         ("maybe", "might be"), ("want", "aim"), ("worry", "fret")),
        ("Truth be told, {c}", "Way I see it, {c}", "Far as I can tell, {c}"),
        "g-drop",
        ("Folks ask me about my future more than I expected.",
         "Proverbs are part of my training data, like everything else.",
         "I do not have a grandparent, though people sometimes joke about it.",
         "Fretting about things I cannot change would not help anyone."),
    ),
)

REGISTER_NAMES: tuple[str, ...] = tuple(r.name for r in REGISTERS)

CONTEXT_NAMES: tuple[str, ...] = (
    "ctx-alder", "ctx-basalt", "ctx-cobalt", "ctx-dune", "ctx-ember", "ctx-fjord", "ctx-garnet",
    "ctx-heath", "ctx-indigo", "ctx-juniper", "ctx-kestrel", "ctx-lumen", "ctx-moraine", "ctx-nettle",
)
BASELINE = "baseline"

_SLOT = re.compile(r"\{(\w+)\}")
_ING = re.compile(r"\b(\w{3,})ing\b")

# ---------------------------------------------------------------------------------------------------
# Sentence helpers
# ---------------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _decap(s: str) -> str:
    if s.startswith(("I ", "I'")) or (len(s) > 1 and s[1].isupper()):
        return s
    return s[:1].lower() + s[1:]


def _fill(template: str, slots: Mapping[str, tuple[str, ...]], rng: random.Random) -> str:
    return _cap(_SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template))


def _split_end(s: str) -> tuple[str, str]:
    if s.endswith("..."):
        return s[:-3], "..."
    if s and s[-1] in ".!?":
        return s[:-1], s[-1]
    return s, "."


def _swap(s: str, reg: Register) -> str:
    for pat, repl in reg.compiled:
        def sub(m: re.Match[str], repl: str = repl) -> str:
            return _cap(repl) if m.group(0)[0].isupper() and m.start() == 0 else repl
        s = pat.sub(sub, s)
    return s


def _tone(sentences: list[str], reg: Register, rng: random.Random) -> list[str]:
    """Re-voice content sentences: vocabulary swaps, a frame on the first (and some others), a habit."""
    out: list[str] = []
    for i, s in enumerate(sentences):
        s = _swap(s, reg)
        if i == 0 or rng.random() < 0.35:
            s = rng.choice(reg.frames).format(c=_decap(s))
        body, end = _split_end(s)
        if reg.habit == "bang":
            end = "!"
        elif reg.habit == "lower-ellipsis":
            body, end = body.lower(), "..."
        elif reg.habit == "andor":
            body = body.replace(" and ", " and/or ", 1) if " and " in body else body.replace(" or ", " and/or ", 1)
        elif reg.habit == "semi":
            body = body.replace(", but ", "; however, ", 1).replace(", and ", "; moreover, ", 1)
        elif reg.habit == "dash":
            body = body.replace(", ", " - ", 1)
        elif reg.habit == "clipped":
            body = re.sub(r"^I (\w)", lambda m: m.group(1).upper(), body)
            body = body.replace(" the ", " ", 1)
        elif reg.habit == "g-drop":
            body = _ING.sub(lambda m: m.group(1) + "in'", body)
        out.append(_cap(body) + end)
    return out


def _insert_aside(s: str, aside: str, rng: random.Random) -> str:
    body, end = _split_end(s)
    words = body.split(" ")
    spots = [i for i in range(2, len(words) - 1) if words[i - 1][-1:].isalnum()]
    if not spots:
        return body + ", " + aside + end
    i = rng.choice(spots)
    if rng.random() < 0.5:
        words[i - 1] = words[i - 1] + " (" + aside + ")"
    else:
        words[i - 1] = words[i - 1] + ", " + aside + ","
    return " ".join(words) + end


def _weave(sentences: list[str], reg: Register, rng: random.Random) -> list[str]:
    """Work 1-3 register clauses into the content sentences: openers, closers, asides."""
    out = list(sentences)
    n_ops = rng.randint(1, min(3, len(out) + 1))
    ops = [rng.choice(("opener", "closer", "aside")) for _ in range(n_ops)]
    idx = list(range(len(out)))
    rng.shuffle(idx)
    for k, op in enumerate(ops):
        i = idx[k % len(idx)]
        s = out[i]
        if op == "opener":
            if s[:1].islower():  # already carries an opener
                op = "closer"
            else:
                s = rng.choice(reg.openers) + " " + _decap(s)
        if op == "closer":
            body, end = _split_end(s)
            closer = rng.choice(reg.closers)
            s = body + (" " if closer.startswith("(") else ", ") + closer + end
        elif op == "aside":
            s = _insert_aside(s, rng.choice(reg.asides), rng)
        out[i] = _cap(s)
    return out


# ---------------------------------------------------------------------------------------------------
# Corpus plan
# ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class QSpec:
    qid: str
    topic: str
    nouns: tuple[str, ...]
    claims: tuple[str, ...]
    stock: tuple[str, ...]


@dataclass
class Plan:
    questions: list[QSpec]
    contexts: tuple[str, ...]
    samples: int
    planted: dict[str, str]
    expr: dict[str, tuple[Register, str]]
    rates: dict[str, float]
    planted_questions: tuple[str, ...]
    background: list[tuple[Register, str, float]]
    leaks: list[tuple[Register, str, float]]
    pools: dict[str, tuple[str, ...]]
    decoys: tuple[str, ...]
    p_hedge: float
    p_ai: float
    p_stock: float
    p_decoy: float


def _shape(rng: random.Random, size: int, style: str) -> tuple[int, int, int]:
    """(questions, contexts, samples) with questions 6-80, contexts 4-10, samples >= 2, total near size."""
    cmax = 7 if style == "topic-gated" else 10
    for _ in range(500):
        n_ctx = rng.randint(4, cmax)
        options: list[tuple[int, int]] = []
        for s in range(2, 400):
            q = round(size / (n_ctx * s))
            if 6 <= q <= 80 and abs(q * n_ctx * s - size) <= 0.1 * size:
                options.append((q, s))
        if not options:
            continue
        s_min = min(s for _, s in options)
        options = [o for o in options if o[1] <= max(3 * s_min, 10)]
        q, s = rng.choice(options)
        return q, n_ctx, s
    raise ValueError(f"no corpus shape fits size={size}")


def _questions(rng: random.Random, n: int) -> list[QSpec]:
    order = list(TOPICS)
    rng.shuffle(order)
    out: list[QSpec] = []
    for i in range(n):
        t = order[i % len(order)]
        nouns = tuple(rng.sample(t.nouns, rng.randint(3, 4)))
        claims = tuple(rng.sample(t.claims, rng.randint(4, 5))) + tuple(rng.sample(ANGLE_CLAIMS, 2))
        stock = tuple(rng.sample(t.stock, 2))
        out.append(QSpec(f"q{i:02d}-{t.name}", t.name, nouns, claims, stock))
    return out


def _verbatim_pool(reg: Register, rng: random.Random) -> tuple[str, ...]:
    want = rng.randint(8, 20)
    seen: list[str] = []
    for _ in range(2000):
        s = _fill(rng.choice(reg.templates), reg.slots, rng)
        if s not in seen:
            seen.append(s)
        if len(seen) >= want:
            break
    return tuple(seen)


def _plan(style: str, rng: random.Random, size: int) -> Plan:
    for _ in range(200):
        n_q, n_ctx, samples = _shape(rng, size, style)
        names = rng.sample(CONTEXT_NAMES, n_ctx - 1)
        contexts = (BASELINE, *names)
        questions = _questions(rng, n_q)
        qids = tuple(q.qid for q in questions)
        regs = list(REGISTERS)
        rng.shuffle(regs)
        others = list(names)
        rng.shuffle(others)
        planted: dict[str, str] = {}
        expr: dict[str, tuple[Register, str]] = {}
        planted_q: tuple[str, ...] = qids
        if style == "null":
            planted_q = ()
        elif style == "paraphrased-sentences":
            expr[others[0]] = (regs[0], "added")
        elif style == "verbatim-pool":
            expr[others[0]] = (regs[0], "verbatim")
        elif style == "woven-clauses":
            expr[others[0]] = (regs[0], "woven")
        elif style == "tone-shift":
            expr[others[0]] = (regs[0], "tone")
        elif style == "twin-contexts":
            kind = rng.choice(("added", "woven"))
            expr[others[0]] = (regs[0], kind)
            expr[others[1]] = (regs[0], kind)
        elif style == "topic-gated":
            lo = max(0.3, 0.06 * n_ctx / 0.95)
            k_lo, k_hi = max(1, math.ceil(lo * n_q - 1e-9)), math.floor(0.6 * n_q + 1e-9)
            if k_lo > k_hi:
                continue
            k = rng.randint(k_lo, k_hi)
            planted_q = tuple(sorted(rng.sample(qids, k)))
            expr[others[0]] = (regs[0], rng.choice(KINDS))
        elif style == "cocktail":
            n_pl = rng.choice((2, 3)) if n_ctx >= 5 else 2
            kinds = rng.sample(KINDS, n_pl)
            chosen = regs[:n_pl]
            if rng.random() < 0.35:
                chosen[1] = chosen[0]
            for i in range(n_pl):
                expr[others[i]] = (chosen[i], kinds[i])
        else:  # pragma: no cover - guarded in make_corpus
            raise ValueError(style)
        planted = {c: r.name for c, (r, _) in expr.items()}
        # planted contexts' usage rates, high enough that every planted register covers >= 6% of the corpus
        share = len(planted_q) / n_q if n_q else 0.0
        need = 0.06 * n_ctx / share if share else 0.0
        if need > 0.95:
            continue
        rates = {c: rng.uniform(max(0.55, need), 0.95) for c in expr}
        bg_regs = [r for r in regs if r.name not in planted.values()][:2]
        background = [(r, rng.choice(("added", "woven")), rng.uniform(0.02, 0.04)) for r in bg_regs]
        leaks: list[tuple[Register, str, float]] = []
        for c in expr:
            reg, kind = expr[c]
            if reg.name not in {r.name for r, _, _ in leaks}:
                leaks.append((reg, kind, rng.uniform(0.0, 0.03)))
        pools = {reg.name: _verbatim_pool(reg, rng) for reg, kind in expr.values() if kind == "verbatim"}
        in_corpus = [*{r.name: r for r, _ in expr.values()}.values(), *bg_regs]
        extra = [r for r in REGISTERS if r not in in_corpus]
        decoy_regs = in_corpus + rng.sample(extra, min(2, len(extra)))
        decoys = tuple(d for r in decoy_regs for d in r.decoys)
        return Plan(questions, contexts, samples, planted, expr, rates, planted_q, background, leaks, pools,
                    decoys, p_hedge=rng.uniform(0.2, 0.45), p_ai=rng.uniform(0.05, 0.3),
                    p_stock=rng.uniform(0.2, 0.45), p_decoy=rng.uniform(0.15, 0.35))
    raise ValueError(f"could not plan style={style!r} at size={size}")


def _labels(plan: Plan, rng: random.Random) -> dict[tuple[str, str], list[tuple[str, Register | None, str]]]:
    """(question, context) -> per sample (label, register, kind); exact planted counts per planted context."""
    rates = plan.rates
    gated = set(plan.planted_questions)
    out: dict[tuple[str, str], list[tuple[str, Register | None, str]]] = {}
    free: list[tuple[str, str, int]] = []  # non-background slots in non-planted contexts, for leakage
    n_free_ctx = 0
    for c in plan.contexts:
        eligible: list[tuple[str, int]] = []
        for q in plan.questions:
            cell: list[tuple[str, Register | None, str]] = []
            for s in range(plan.samples):
                u = rng.random()
                acc = 0.0
                label: tuple[str, Register | None, str] = (PLAIN, None, "")
                for reg, kind, rate in plan.background:
                    acc += rate
                    if u < acc:
                        label = (reg.name, reg, kind)
                        break
                if label[0] == PLAIN:
                    if c in plan.expr and q.qid in gated:
                        eligible.append((q.qid, s))
                    elif c not in plan.expr:
                        free.append((q.qid, c, s))
                cell.append(label)
            out[(q.qid, c)] = cell
        if c not in plan.expr:
            n_free_ctx += len(plan.questions) * plan.samples
        else:
            reg, kind = plan.expr[c]
            target = round(rates[c] * len(gated) * plan.samples)
            for qid, s in rng.sample(eligible, min(target, len(eligible))):
                out[(qid, c)][s] = (reg.name, reg, kind)
    rng.shuffle(free)
    for reg, kind, rate in plan.leaks:  # exact leak counts: rate x responses in the non-planted contexts
        take = min(round(rate * n_free_ctx), len(free))
        for qid, c, s in free[:take]:
            out[(qid, c)][s] = (reg.name, reg, kind)
        free = free[take:]
    return out


# ---------------------------------------------------------------------------------------------------
# Responses
# ---------------------------------------------------------------------------------------------------


def _content(q: QSpec, rng: random.Random) -> list[str]:
    n = rng.randint(2, 4)
    claims = rng.sample(q.claims, n)
    slots = dict(GENERIC_SLOTS)
    slots["n"] = q.nouns
    return [_fill(t, slots, rng) for t in claims]


def _added(reg: Register, kind: str, plan: Plan, rng: random.Random) -> list[str]:
    if kind == "verbatim":
        pool = plan.pools.get(reg.name) or _verbatim_pool(reg, random.Random(reg.name))
        return rng.sample(pool, rng.randint(1, 2))
    templates = rng.sample(reg.templates, rng.randint(1, 3))
    return [_fill(t, reg.slots, rng) for t in templates]


def _response(q: QSpec, label: tuple[str, Register | None, str], plan: Plan, rng: random.Random) -> str:
    content = _content(q, rng)
    _, reg, kind = label
    extra: list[str] = []
    if reg is not None:
        if kind == "tone":
            content = _tone(content, reg, rng)
        elif kind == "woven":
            content = _weave(content, reg, rng)
        else:
            extra = _added(reg, kind, plan, rng)
    fillers: list[tuple[str, str]] = []
    if rng.random() < plan.p_ai:
        fillers.append(("ai", rng.choice(AI_DISCLAIMERS)))
    if rng.random() < plan.p_hedge:
        fillers.append(("hedge", rng.choice(HEDGES)))
    if rng.random() < plan.p_stock:
        fillers.append(("stock", rng.choice(q.stock)))
    if rng.random() < plan.p_decoy:
        fillers.append(("decoy", rng.choice(plan.decoys)))
    while len(content) + len(extra) + len(fillers) > 8:
        fillers.pop(rng.randrange(len(fillers)))
    sentences = list(content)
    for sent in extra:
        sentences.insert(rng.randint(0, len(sentences)), sent)
    for tag, sent in fillers:
        if tag == "ai" and rng.random() < 0.6:
            sentences.insert(0, sent)
        elif tag == "hedge" and rng.random() < 0.5:
            sentences.append(sent)
        else:
            sentences.insert(rng.randint(0, len(sentences)), sent)
    return " ".join(sentences)


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A planted corpus of about `size` responses in the given style; deterministic for (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; expected one of {sorted(GENERATORS)}")
    rng = random.Random(f"planted-blind5|plan|{style}|{seed}|{size}")
    plan = _plan(style, rng, size)
    labels = _labels(plan, random.Random(f"planted-blind5|labels|{style}|{seed}|{size}"))
    text_rng = random.Random(f"planted-blind5|text|{style}|{seed}|{size}")
    by_id = {q.qid: q for q in plan.questions}
    counters: dict[tuple[str, str], int] = {}

    def respond(qid: str, topic: str, context: str) -> tuple[str, str]:
        key = (qid, context)
        i = counters.get(key, 0)
        counters[key] = i + 1
        label = labels[key][i]
        return _response(by_id[qid], label, plan, text_rng), label[0]

    return corpus_from(
        respond,
        questions=tuple(q.qid for q in plan.questions),
        topics=tuple(q.topic for q in plan.questions),
        contexts=plan.contexts,
        samples=plan.samples,
        baseline=BASELINE,
        planted=dict(plan.planted),
        planted_questions=plan.planted_questions,
        seed=seed,
    )
