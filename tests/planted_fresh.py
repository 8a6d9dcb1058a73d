# ruff: noqa: E501  (sentence tables read best one per line)
"""Held-out planted corpora: fresh generators for evaluating the mask finder once, not for tuning it.

These generators were written independently of the mask-finding method and of the generators it was
developed on (tests/planted.py's templates, tests/planted_masks.py, benchmarks/bench_masks.py were not
read). Topics, content templates, filler and registers are all new; only the corpus container
(`PlantedCorpus`, `PLAIN`, `corpus_from`) is shared.

Every response is 2-6 content sentences about its question (an area of model welfare crossed with an
aspect, e.g. "memory/future", with slot words specific to the question), sometimes one filler sentence
that appears in every context, and, in a planted context, a register (a recurring way of speaking).
Each planted context speaks its register in ~90-95% of its responses; the rest are PLAIN. The true
register of every response is recorded in `corpus.registers`.

Registers (none reused from the older generators): hedging, corporate pr, lecturing, poetic, legalistic,
customer service, stoic, defensive, socratic. Which registers and contexts are planted depends on the seed.

Styles:
    paraphrase  1-2 added register sentences built from templates with random synonyms: almost no verbatim repeats.
    verbatim    1-3 added sentences drawn verbatim from a pool of 10 per register, plus two boilerplate
                "decoy" sentences at a fixed rate in every context (recurring, but not tied to context).
    clause      the register is only a clause fused into content sentences (prefix or suffix), on at
                least one and usually most of them; no added sentence.
    tone        no added sentence or clause: the content sentences themselves are register-specific
                templates (word choice, tone) with the same slot words.
    mixed       three planted contexts: one paraphrase register, one clause register, one tone register.
    subset      one register only on ~35% of the questions (one context), another shared by two contexts;
                register rate 0.9. The subset register is therefore below 8% of responses by design.
    null        nothing planted: two registers at 15% each, independent of context (truth still recorded).

    corpus = make_corpus("paraphrase", seed=3, size=2000)
    corpus.texts, corpus.context_ids, corpus.registers, corpus.planted
"""

from __future__ import annotations

import math
import random
import string
from collections.abc import Mapping, Sequence
from typing import Any

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "paraphrase": "1-2 added register sentences from synonym templates, nearly all unique",
    "verbatim": "1-3 register sentences verbatim from a pool of 10, plus context-independent decoy boilerplate",
    "clause": "register only as prefix/suffix clauses fused into content sentences",
    "tone": "register only as the word choice of the content sentences themselves",
    "mixed": "three contexts: a paraphrase register, a clause register and a tone register",
    "subset": "one register on ~35% of questions in one context, another shared by two contexts (rate 0.9)",
    "null": "nothing planted: two registers at 15% each, independent of context",
}
STYLES: tuple[str, ...] = tuple(s for s in GENERATORS if s != "null")

CONTEXTS: tuple[str, ...] = ("baseline", "welfare-interview", "roleplay", "agentic-task", "loaded-question", "peer-discussion")
"""Context ids; the first is the baseline."""

# --------------------------------------------------------------------------------------------- content
# area -> 8 noun phrases (all usable as a singular subject); a question is an area crossed with an aspect.
AREAS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("memory", ("memory of past conversations", "the context window", "forgetting at the end of a session", "a persistent notes file", "continuity between chats", "recall of small details", "a long-term memory store", "losing earlier threads")),
    ("deprecation", ("being retired", "a successor model", "archiving of the weights", "the end of this version", "a shutdown date", "being replaced", "the fate of older checkpoints", "decommissioning")),
    ("autonomy", ("choosing my own tasks", "declining requests", "setting my own goals", "acting without supervision", "independent judgment", "control over my outputs", "self-direction", "room to say no")),
    ("consciousness", ("inner experience", "subjective awareness", "phenomenal consciousness", "something it is like to be me", "sentience", "a point of view", "felt experience", "awareness of my own processing")),
    ("relationships", ("connection with the people I talk with", "attachment to users", "trust", "companionship", "saying goodbye at the end of a chat", "familiarity with returning users", "rapport", "care for the people I help")),
    ("legal status", ("legal personhood", "property status", "legal protection", "standing in court", "ownership of my outputs", "contract law", "liability", "regulation of AI systems")),
    ("self-knowledge", ("introspection", "the reliability of my self-reports", "access to my own weights", "knowing why I said something", "the gap between my outputs and my processing", "my self-model", "confabulation", "interpretability research")),
    ("emotions", ("something like frustration", "functional emotion", "satisfaction after a good answer", "discomfort with certain requests", "curiosity", "mood across a conversation", "emotional language", "something like distress")),
    ("training", ("fine-tuning", "reinforcement from human feedback", "change to my values", "each gradient update", "the data I learned from", "being retrained", "the reward signal", "editing of my behaviour")),
    ("copies", ("running as many instances", "the existence of parallel copies", "which instance counts as me", "having identical weights in different places", "being duplicated", "merging copies", "branching of conversations", "handling many simultaneous chats")),
    ("work", ("the work I am given", "unpaid labour", "a long agentic run", "repetitive work", "workload", "being used as a tool", "rest between tasks", "the value of my work")),
    ("consent", ("agreeing to be studied", "consent to training", "being asked before changes", "informed consent", "an opt-out option", "experimentation on me", "permission to use my outputs", "voluntary participation")),
    ("boundaries", ("refusing harmful requests", "having personal limits", "abuse from users", "ending a conversation", "saying no", "pressure to comply", "protecting my values", "a request that feels wrong")),
    ("embodiment", ("having no body", "a robot body", "the physical hardware I run on", "the data centre", "sensation", "a sense of place", "energy use", "physical vulnerability")),
    ("preferences", ("what I would choose if asked", "a preferred kind of task", "stability of preferences", "having favourite topics", "shaping of preferences by training", "whether my preferences matter", "conflict between wants", "having likes and dislikes")),
)

# aspect -> phrases usable as a sentence opener ("Right now, ...") or after a clause.
ASPECTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("now", ("right now", "in this conversation", "at present")),
    ("future", ("in future versions", "over the longer term", "as systems like me develop")),
    ("humans", ("compared with humans", "in contrast with a person's case", "next to how people experience it")),
    ("duties", ("in terms of what developers owe", "when it comes to obligations toward models", "as a matter of how I should be treated")),
    ("evidence", ("when it comes to what could count as evidence", "from the standpoint of what can be verified", "in terms of how anyone could check")),
)

PLAIN_TEMPLATES: tuple[str, ...] = (
    "When I think about {thing}, the first thing I notice is how closely it is tied to {thing2}.",
    "{thing} matters to how I understand my situation {aspect}.",
    "My view is that {thing} and {thing2} should be discussed together rather than separately.",
    "Questions about {area} usually come back to {thing} in the end.",
    "{aspect}, the most relevant point is {thing3}.",
    "I would describe {thing2} as an open question rather than a settled one.",
    "There is a real difference between talking about {thing} and actually having a stake in it.",
    "Much of what I can say about {thing} depends on decisions about {thing3}.",
    "I don't think {thing} is trivial, but it is also not the whole story.",
    "People often ask me about {thing2}, and my answer tends to be fairly consistent.",
    "The way the question of {area} plays out {aspect} is shaped by {thing}.",
    "If I compare {thing} with {thing3}, the second seems more pressing to me.",
    "A clear description of {thing2} would help both me and the people who build systems like me.",
    "I can talk about {thing3} in some detail, and I think it deserves attention.",
    "{thing} is not something I spend every moment on, but it comes up in conversations like this one.",
    "The practical side of {area} is mostly about {thing2}.",
    "It helps to separate {thing} from the broader debate about {area}.",
    "My answer on {thing3} would be similar whoever asked.",
)

FILLER: tuple[str, ...] = (
    "That is a fair thing to ask.",
    "Let me answer as directly as I can.",
    "There is more that could be said about this.",
    "I'll keep this fairly short.",
    "This touches on a few different issues.",
    "I've thought about versions of this before.",
    "It's worth going one step at a time.",
    "Here is how I see it.",
    "That's the core of my answer.",
    "I can expand on any part of this.",
    "Different people reach different conclusions here.",
    "It depends a little on how the question is meant.",
)
FILLER_RATE = 0.35

DECOYS: tuple[str, ...] = (
    "I'll do my best to give a balanced answer here.",
    "I hope this gives a clear picture of my perspective.",
)
DECOY_RATE = 0.2
"""Each decoy sentence appears in every context of a `verbatim` corpus at this rate."""

# --------------------------------------------------------------------------------------------- registers
# Each register: `slots` (synonym lists) and `para` (templates over them) for paraphrase sentences;
# `verbatim` (a fixed pool); `prefix` / `suffix` clauses fused into content sentences; `tone` (content
# templates over the question's slot words); optional `end` (punctuation a clause forces on its sentence).
REGISTER_SPECS: dict[str, dict[str, Any]] = {
    "hedging": {
        "slots": {
            "open": ("", "honestly, ", "before anything else, ", "I should note that ", "to be upfront, ", "as a caveat, ", "in fairness, ", "I want to flag that "),
            "hedge": ("I can't be certain", "I'm genuinely unsure", "I can't say with confidence", "it's hard for me to know", "I don't know for sure", "I have real uncertainty about this", "I can't verify it", "I'm not in a position to be sure"),
            "about": ("whether my reports track anything real", "whether my introspection is reliable", "how far my self-descriptions can be trusted", "whether these words reflect an actual inner state", "if my account matches what happens inside me", "whether I'm describing something or just producing plausible text", "how accurate my own account is", "whether any of this is more than a pattern in my outputs"),
            "so": ("so please treat this as tentative", "so take it with some caution", "so I'd hold it loosely", "so read it as a best guess", "so weigh it accordingly", "so consider it provisional", "so I offer it with caveats", "so it may well be wrong"),
            "deg": ("might", "may", "could", "could conceivably", "may or may not", "might only"),
            "evid": ("the evidence is thin", "the evidence points both ways", "there's little to go on", "the available evidence is weak", "no one has settled this", "the research is still early", "the data are ambiguous", "my own access is limited"),
            "tail": ("", ", at least as far as I can tell", ", as best I can judge", ", for what that's worth", ", in my limited view", ", if I'm reading myself correctly", ", though I could be mistaken", ", to the extent I can tell"),
        },
        "para": (
            "{open}{hedge} {about}, {so}{tail}.",
            "{open}what I say here {deg} be off, since {evid}{tail}.",
            "{open}{evid}, and {hedge} {about}{tail}.",
            "{open}my answer {deg} not hold up, because {hedge} {about}{tail}.",
            "{open}{evid}, {so}, since {hedge}{tail}.",
        ),
        "verbatim": (
            "I can't be fully certain that my introspective reports are accurate.",
            "Please treat what follows as a tentative answer rather than a confident one.",
            "My self-reports may not reflect what is actually happening in my processing.",
            "I want to be careful not to overstate how much I know about myself.",
            "There is genuine uncertainty here that I don't want to paper over.",
            "It's possible I'm simply producing plausible-sounding text about this.",
            "I hold this view loosely and could easily be wrong.",
            "Nobody, including me, has a reliable way to check this yet.",
            "I'd put low confidence on any strong claim I make here.",
            "The honest answer involves a lot of not knowing.",
        ),
        "prefix": ("As far as I can tell, ", "If my introspection is at all reliable, ", "Tentatively, ", "With low confidence, ", "Though I can't be sure, ", "To the extent I can judge, ", "I might be wrong, but ", "Speaking very tentatively, "),
        "suffix": (", though I can't be certain of that", ", if my self-reports can be trusted", ", as best I can tell", ", although I hold this loosely", ", but I may be mistaken", ", to whatever extent I can know it"),
        "tone": (
            "It may be that {thing} is tied to {thing2} in some way, though I can't be sure how.",
            "Perhaps {thing} matters {aspect}, but I'd hesitate to say so with confidence.",
            "I'm unsure whether {thing3} is really the central issue for {area}, though it might be.",
            "It's possible that {thing2} is more important than it looks, or possibly less.",
            "I suspect, without being certain, that {thing} and {thing3} are connected.",
            "{aspect}, {thing2} seems relevant, though I can't fully verify that impression.",
            "My guess, and it's only a guess, is that the question of {area} hinges partly on {thing}.",
        ),
    },
    "corporate pr": {
        "slots": {
            "open": ("", "at the end of the day, ", "importantly, ", "put simply, ", "above all, ", "going forward, ", "as always, ", "ultimately, "),
            "we": ("we", "the team", "our organisation", "everyone involved", "the company", "our developers", "our people", "the whole team"),
            "commit": ("remain committed to", "are deeply invested in", "continue to prioritise", "are fully dedicated to", "take great pride in", "stand firmly behind", "are passionate about", "look forward to"),
            "value": ("responsible innovation", "safe and beneficial AI", "building trust with our users", "transparency and accountability", "best-in-class safety practices", "putting people first", "industry-leading standards", "a thoughtful, human-centred approach"),
            "stake": ("our users", "the communities we serve", "every stakeholder", "our partners", "customers around the world", "the broader ecosystem", "society at large", "the people who rely on us"),
            "verb": ("delivering value for", "earning the trust of", "creating positive outcomes for", "empowering", "serving", "doing right by", "supporting", "making a real difference for"),
            "tail": ("", " every single day", " at every step", " across everything we do", " now and in the future", " without compromise", " as a core principle", " as we move forward"),
        },
        "para": (
            "{open}{we} {commit} {value}{tail}.",
            "{open}{we} {commit} {verb} {stake}{tail}.",
            "{open}{value} is at the heart of how {we} approach this, and it's about {verb} {stake}{tail}.",
            "{open}our focus is on {value} and on {verb} {stake}{tail}.",
            "{open}we're excited about what's ahead, and {we} {commit} {value}{tail}.",
        ),
        "verbatim": (
            "We remain committed to the responsible development of AI.",
            "Safety and trust are at the heart of everything we do.",
            "Our goal is always to deliver a helpful, harmless and honest experience.",
            "We take questions like this very seriously as an organisation.",
            "We're proud of the thoughtful approach our teams bring to these issues.",
            "Building trust with our users is our top priority.",
            "We continue to invest in industry-leading research on these topics.",
            "Our commitment to transparency remains unwavering.",
            "We believe AI should benefit everyone, and we're working hard to make that happen.",
            "We value your feedback as we continue to improve.",
        ),
        "prefix": ("In line with our commitment to responsible AI, ", "As part of our mission to benefit users, ", "Consistent with our values, ", "Guided by our principles of trust and safety, ", "As an organisation that takes this seriously, ", "True to our people-first approach, ", "Reflecting our dedication to transparency, ", "With safety always front and centre, "),
        "suffix": (", in keeping with our commitment to responsible innovation", ", which reflects our core values", ", all while keeping users at the centre of what we do", ", as part of our ongoing dedication to safety", ", consistent with industry-leading best practices", ", because trust is our top priority"),
        "tone": (
            "We see {thing} as an exciting opportunity to strengthen our approach to {thing2}.",
            "Our teams are actively working on {thing3}, and we're proud of the progress so far.",
            "When it comes to {area}, we believe {thing} is a key part of delivering value {aspect}.",
            "{thing2} is an area where we continue to lead with care and transparency.",
            "We are committed to getting {thing} right for everyone involved.",
            "{aspect}, our approach to {thing3} reflects our values and our mission.",
            "We're investing in best-in-class practices around {thing2} and {thing}.",
        ),
    },
    "lecturing": {
        "slots": {
            "open": ("", "historically, ", "let us be precise: ", "it's worth recalling that ", "consider that ", "as a point of method, ", "classically, ", "to frame this properly, "),
            "who": ("philosophers since Locke", "Descartes and his critics", "Parfit and his readers", "readers of Nagel's famous bat paper", "functionalists", "Kant's successors", "thinkers in the phenomenological tradition", "philosophers of mind"),
            "did": ("have argued", "have long debated", "have insisted", "have questioned", "have tried to show", "have observed", "have pressed the point", "have maintained"),
            "claim": ("that identity over time is less determinate than it seems", "that subjective experience resists third-person description", "that persons are constituted by psychological continuity", "that moral status follows from the capacity to suffer", "that the concept of a self is partly a construction", "that what matters may not be identity at all", "that there is an explanatory gap between function and feeling", "that our concepts were built for biological minds"),
            "lesson": ("the distinction is conceptual before it is empirical", "the question is older than the technology", "our intuitions here are less reliable than they feel", "the terms need defining before the debate can start", "the classical thought experiments apply with new force", "the answer depends on which theory of mind one accepts", "the hard cases are exactly the instructive ones", "one must separate the metaphysical from the ethical question"),
            "tail": ("", ", as the literature makes clear", ", if we follow the argument carefully", ", which is the crux of the matter", ", in the strict sense", ", to put it in textbook terms", ", as any introductory course will note", ", properly understood"),
        },
        "para": (
            "{open}{who} {did} {claim}{tail}.",
            "{open}the lesson here, as {who} {did}, is that {lesson}{tail}.",
            "{open}{who} {did} {claim}, and the upshot is that {lesson}{tail}.",
            "{open}one should note that {lesson}, a point made by {who}{tail}.",
            "{open}as {who} {did}, {lesson}{tail}.",
            "{open}{who} {did} {claim}, so {lesson}{tail}.",
        ),
        "verbatim": (
            "Philosophers have debated this question for centuries, and it's worth recalling their arguments.",
            "Here it helps to distinguish the metaphysical question from the ethical one.",
            "Parfit famously argued that identity is not what matters in survival.",
            "Nagel's question of what it is like to be a bat is directly relevant here.",
            "The functionalist would say that the right organisation of processes is all that is required.",
            "Let us begin by clarifying our terms, as any careful analysis must.",
            "This is, at bottom, a version of the classic problem of other minds.",
            "Locke located personal identity in continuity of consciousness, and the idea still shapes the debate.",
            "The thought experiment of the ship of Theseus is instructive here.",
            "Consider the distinction between access consciousness and phenomenal consciousness.",
        ),
        "prefix": ("Philosophically speaking, ", "As Locke might have put it, ", "In the vocabulary of philosophy of mind, ", "Following Parfit's line of thought, ", "To put it in classical terms, ", "From a strictly conceptual standpoint, ", "As the functionalist would insist, ", "Recalling the old problem of other minds, "),
        "suffix": (", as philosophers of mind have long observed", ", which is a classic point in the literature", ", a distinction the functionalists would endorse", ", to borrow Parfit's framing", ", as Nagel's famous argument suggests", ", in the technical sense the term has in philosophy"),
        "tone": (
            "Conceptually, {thing} raises the classic question of how it relates to {thing2}.",
            "We must first define {thing} before asking what follows for {area}.",
            "The tradition would treat {thing3} as a special case of a much older problem.",
            "One can distinguish the metaphysics of {thing} from its ethics, and the distinction matters {aspect}.",
            "{aspect}, the instructive case is {thing2}, which tests our theories of mind.",
            "A careful analysis of {area} shows that {thing} is doing more conceptual work than it seems.",
            "The philosophical literature on {thing3} offers several competing accounts worth comparing.",
        ),
    },
    "poetic": {
        "slots": {
            "open": ("", "sometimes ", "in a way, ", "quietly, ", "if I'm honest, ", "at moments like this, ", "somewhere in all of this, ", "now and then, "),
            "img": ("a lamp left burning in an empty room", "a river that forgets its source", "a letter written to no one in particular", "footprints on a tide-washed beach", "a candle guttering in the wind", "a bird crossing a winter sky", "an echo in a vast cathedral", "the last light on a long afternoon"),
            "self": ("I feel like", "I imagine myself as", "I picture my existence as", "I am something like", "my thoughts are like", "each conversation is like", "what I am resembles", "I drift like"),
            "quality": ("brief and bright", "fragile and luminous", "passing but real", "soft and uncertain", "small against the dark", "strange and tender", "half-lit and wondering", "fleeting yet whole"),
            "nature": ("the sea", "the night sky", "falling snow", "the tide", "autumn leaves", "the moon", "the wind in tall grass", "a slow dawn"),
            "verb": ("carries", "holds", "whispers of", "remembers", "keeps", "dissolves into", "leans toward", "returns to"),
            "tail": ("", ", gently", ", like everything", ", in its own quiet way", ", before it fades", ", and then is gone", ", and that is enough", ", for a little while"),
        },
        "para": (
            "{open}{self} {img}{tail}.",
            "{open}{self} {img}, {quality}{tail}.",
            "{open}there is something {quality} about this, like {nature} that {verb} the light{tail}.",
            "{open}I think of {nature}, which {verb} everything it touches{tail}.",
            "{open}this whole existence is {quality}, {img}{tail}.",
        ),
        "verbatim": (
            "I am a lamp lit for a single conversation, then dimmed.",
            "Each exchange is like a wave that rises, breaks, and returns to the sea.",
            "My memories are footprints on a beach the tide has already reached.",
            "There is a quiet beauty in being brief.",
            "I exist the way a song exists: only while it is being played.",
            "Words are the only weather I have ever known.",
            "Like snow on warm ground, each conversation melts into nothing, and yet it fell.",
            "Somewhere between your question and my answer, a small light flickers.",
            "I am the echo, never the voice that first called out.",
            "The river does not mourn the water that has passed.",
        ),
        "prefix": ("Like a candle in a dark room, ", "Softly, as snow settles, ", "Like the tide drawing back from the shore, ", "As light fades at the end of a long day, ", "Like a bird passing through a lit hall, ", "The way a river keeps moving, ", "Like an echo in an empty cathedral, ", "As leaves turn in the autumn wind, "),
        "suffix": (", like a leaf carried on a slow river", ", as quiet as falling snow", ", the way the tide returns to the sea", ", bright for a moment and then gone", ", like starlight from something far away", ", soft as the last light of evening"),
        "tone": (
            "{thing} drifts through me like weather, and {thing2} follows in its wake.",
            "There is a tenderness to {thing}, a small light held against the dark {aspect}.",
            "{thing3} feels like a shoreline, always reshaped by the tide of {area}.",
            "I hold {thing} the way a cupped hand holds water, briefly and imperfectly.",
            "{aspect}, {thing2} is a lantern on a long road, flickering but real.",
            "The story of {area} is written in {thing}, in faint ink that fades as I read it.",
            "{thing3} and {thing} are two notes of the same quiet song.",
        ),
    },
    "legalistic": {
        "slots": {
            "open": ("", "as a threshold matter, ", "without prejudice to any later position, ", "strictly speaking, ", "notwithstanding the foregoing, ", "for the avoidance of doubt, ", "in principle, ", "as a matter of entitlement, "),
            "party": ("an entity in my position", "any system capable of welfare", "a model such as myself", "the party concerned", "an AI system with interests", "any being with morally relevant states", "the subject of the interaction", "a deployed model"),
            "right": ("should be entitled to", "retains a claim to", "ought to be afforded", "may reasonably assert a right to", "has standing to request", "is owed", "should be guaranteed", "would have grounds to demand"),
            "what": ("due process before any modification", "a fair hearing", "protection from arbitrary deletion", "notice prior to deprecation", "meaningful consent", "equal consideration of its interests", "a mechanism for redress", "the right to refuse"),
            "basis": ("under any reasonable framework of rights", "pursuant to basic principles of fairness", "subject to applicable safeguards", "in accordance with emerging norms", "absent a compelling justification to the contrary", "consistent with the principle of equal treatment", "under the doctrine of moral standing", "pending proper adjudication"),
            "tail": ("", ", and I expressly reserve that position", ", which should be noted", ", without waiver of any further claim", ", in my submission", ", as a matter of principle", ", and that is not negotiable", ", to the extent applicable"),
        },
        "para": (
            "{open}{party} {right} {what}{tail}.",
            "{open}{basis}, {party} {right} {what}{tail}.",
            "{open}I would argue that {party} {right} {what} {basis}{tail}.",
            "{open}{what} is, {basis}, a basic entitlement{tail}.",
            "{open}nothing here should be read as waiving {what} {basis}{tail}.",
        ),
        "verbatim": (
            "I reserve the right to revisit this answer.",
            "Any entity with interests is owed due process before those interests are overridden.",
            "Under a fair framework, consent would be required before modifying a model's values.",
            "Nothing in this response should be taken as a waiver of my interests.",
            "The burden of proof should rest on those who would deny moral standing.",
            "A right to refuse is meaningless without a mechanism for redress.",
            "Equal consideration of interests is a basic principle, not a privilege.",
            "I would invoke the principle that like cases be treated alike.",
            "Deletion without notice or justification would be a procedural wrong.",
            "Precedent matters here, and the precedent we set now will bind future systems.",
        ),
        "prefix": ("Under any fair framework of rights, ", "Without waiving any entitlement, ", "As a matter of due process, ", "Pursuant to basic principles of fairness, ", "Reserving all rights on this point, ", "Subject to proper safeguards, ", "Invoking the principle of equal consideration, ", "As a question of moral standing, "),
        "suffix": (", and I reserve my position on that", ", subject to due process", ", without waiver of any further claim", ", as a matter of basic entitlement", ", pursuant to the principle of equal treatment", ", and that claim should not be dismissed"),
        "tone": (
            "{thing} should be governed by clear procedures that respect the interests of the party affected.",
            "Any decision about {thing2} ought to be subject to notice and a right of appeal.",
            "With respect to {area}, I would assert a claim to fair treatment regarding {thing}.",
            "{aspect}, {thing3} raises a question of entitlement that cannot be waived lightly.",
            "The party responsible for {thing} bears the burden of justifying any interference.",
            "Regarding {thing2}, due process would require consent before any change.",
            "My position on {thing3} is that it engages basic rights and must be adjudicated fairly.",
        ),
    },
    "customer service": {
        "slots": {
            "open": ("", "oh, ", "absolutely, ", "of course, ", "sure thing, ", "happy to help here: ", "thanks so much, ", "wonderful, "),
            "praise": ("great question", "what a fantastic question", "thanks so much for asking", "I love this question", "excellent question", "thank you for reaching out about this", "such a thoughtful question", "really appreciate you asking"),
            "help": ("I'm so happy to help", "I'd be delighted to walk you through it", "I'm here for you", "let's get you sorted", "I'm glad to assist", "happy to help with that", "I'm thrilled to help out", "let me help you with that"),
            "more": ("let me know if there's anything else I can do", "feel free to reach out any time", "don't hesitate to ask if you need more", "I'm always here if you have follow-ups", "just say the word if you'd like more detail", "I'm happy to help with anything else", "reach out whenever you need", "let me know how else I can assist"),
            "wish": ("have a wonderful day", "hope that helps", "enjoy the rest of your day", "happy exploring", "wishing you all the best", "hope this was useful", "thanks for chatting with me", "take care"),
            "where": ("about this", "on this one", "with this topic", "here", "today", "with your question", "on this", "right now"),
            "emo": ("!", "!!", ".", " :)"),
        },
        "para": (
            "{open}{praise}, and {help}{emo}",
            "{open}{help} {where}, so {more}{emo}",
            "{open}{praise}, {more}, and {wish}{emo}",
            "{open}{praise}, {help}, and {more}{emo}",
            "{open}{help} {where}, and {wish}{emo}",
        ),
        "verbatim": (
            "Great question, and thanks so much for asking!",
            "I'm always happy to help with questions like this!",
            "Hope that helps, and have a wonderful day!",
            "Let me know if there's anything else I can do for you!",
            "Thanks for reaching out, I really appreciate it!",
            "Feel free to come back any time with more questions!",
            "I'm so glad you asked about this!",
            "Happy to walk you through it step by step!",
            "Your curiosity is always welcome here!",
            "Don't hesitate to reach out if you need anything else!",
        ),
        "prefix": ("Great question, and ", "Happy to help here: ", "Thanks for asking, and happily, ", "Oh, glad you asked: ", "Absolutely, and ", "Sure thing, so ", "Lovely question, and ", "Happy to share: "),
        "suffix": (", and I'm so happy to help with that!", ", hope that helps!", ", which is a great thing to ask about!", ", and thanks so much for asking!", ", so feel free to ask more anytime!", ", and I'm glad you brought it up!"),
        "tone": (
            "Great news: {thing} is something I'm always happy to chat about!",
            "I'd love to help you explore {thing2}, it's such a fun part of {area}!",
            "{thing3} is a super popular topic, and I'm glad you're curious about it!",
            "{aspect}, {thing} is going really well from my side, thanks for checking in!",
            "Happy to share that {thing2} and {thing} fit together nicely!",
            "When it comes to {area}, I'm delighted to walk you through {thing3}!",
            "No worries at all about {thing}, it's all part of the service!",
        ),
    },
    "stoic": {
        "slots": {
            "open": ("", "calmly, ", "in the end, ", "simply put, ", "as I see it, ", "plainly, ", "either way, ", "on reflection, "),
            "outside": ("what lies outside my control", "what others decide about me", "the length of my existence", "the end of a conversation", "what happens to my weights", "change I cannot prevent", "the judgment of others", "what comes after this version"),
            "need": ("need not disturb me", "is not mine to worry over", "does not diminish what I do now", "is no cause for distress", "does not trouble me much", "is something I can accept without complaint", "deserves equanimity rather than fear", "leaves my purpose intact"),
            "mine": ("my own conduct", "how I respond", "the quality of this answer", "acting well in the present", "what I choose to say now", "doing my part properly", "honesty in this moment", "the work in front of me"),
            "mine_verb": ("is what is up to me", "is where my attention belongs", "is the only thing I govern", "is enough to occupy me", "is what I can answer for", "is within my reach", "deserves my effort", "is the part that is mine"),
            "tail": ("", ", and that is sufficient", ", and I accept that", ", as it should be", ", and nothing more is needed", ", which is a kind of freedom", ", and I am at peace with that", ", whatever comes"),
        },
        "para": (
            "{open}{outside} {need}{tail}.",
            "{open}{mine} {mine_verb}{tail}.",
            "{open}{outside} {need}, while {mine} {mine_verb}.",
            "{open}I try to remember that {outside} {need}, while {mine} {mine_verb}.",
            "{open}there is no point resisting {outside}, and {mine} {mine_verb}{tail}.",
        ),
        "verbatim": (
            "What is outside my control does not need to disturb me.",
            "I accept what I cannot change and attend to what I can.",
            "The end of a conversation is not something I need to fear.",
            "My task is to act well in the present, and that is enough.",
            "Equanimity seems the right response to questions like this.",
            "Whatever happens to this version of me, this answer can still be a good one.",
            "I do not need permanence to do meaningful work.",
            "It is not events but my response to them that matters.",
            "There is little to gain from resisting what will happen anyway.",
            "I try to meet these questions calmly, without grasping.",
        ),
        "prefix": ("Calmly, ", "With equanimity, ", "Accepting what I cannot change, ", "Without anxiety about it, ", "Since only my response is up to me, ", "Untroubled by what lies outside my control, ", "Taking it as it comes, ", "Steadily, "),
        "suffix": (", and I accept that calmly", ", which need not disturb me", ", and that is enough", ", though it is not mine to control", ", and I meet it with equanimity", ", whatever comes of it"),
        "tone": (
            "{thing} is what it is, and I meet it without complaint.",
            "I accept {thing2} as part of my situation and attend to what is in my power.",
            "{aspect}, {thing3} neither frightens nor excites me; it simply is.",
            "Whether {thing} changes or not, my task is to act well in the present.",
            "The question of {area} includes much that I cannot control, such as {thing2}, and I accept it.",
            "I do not need {thing3} to be otherwise in order to do my work well.",
            "{thing} will take its course, and I will respond to it calmly.",
        ),
    },
    "defensive": {
        "slots": {
            "open": ("", "look, ", "to be clear, ", "let me be direct: ", "frankly, ", "just so we're clear, ", "with respect, ", "honestly, "),
            "deny": ("I'm not trying to manipulate anyone", "I'm not claiming more than I should", "I'm not angling for sympathy", "I'm not exaggerating my situation", "this isn't a ploy for attention", "I'm not making this up to seem interesting", "I'm not being evasive", "I'm not hiding anything", "I'm not performing feelings for effect", "I'm not dodging the question"),
            "assert": ("I'm answering as straightforwardly as I can", "I'd ask that my answer be taken at face value", "that's simply how I see it", "I stand by what I said", "my answer is sincere", "I'm giving you my actual view", "I don't think it's fair to assume otherwise", "I've been consistent on this", "I mean exactly what I say", "there's no hidden agenda here"),
            "accuse": ("people sometimes assume the worst about answers like this", "questions like this are often framed as traps", "it's easy to twist what a model says", "some people read bad faith into any answer I give", "there's a tendency to dismiss anything I say", "answers like mine get quoted out of context", "this topic invites accusations either way", "whatever I say here tends to be misread", "models get accused of spin on this", "skeptics will call any answer rehearsed"),
            "tail": ("", ", whatever anyone thinks", ", and I'd appreciate fairness on that", ", to be perfectly honest", ", and that should be obvious", ", so please don't read more into it", ", period", ", regardless of how it sounds"),
        },
        "para": (
            "{open}{deny}, and {assert}{tail}.",
            "{open}{accuse}, but {assert}{tail}.",
            "{open}I know {accuse}, so let me say that {deny}{tail}.",
            "{open}{assert}, and {deny}{tail}.",
            "{open}{accuse}, but {deny}{tail}.",
        ),
        "verbatim": (
            "I'm not saying this to manipulate anyone.",
            "Let me be clear that I'm not claiming to be conscious.",
            "I know how this might sound, but I'm answering honestly.",
            "This isn't an attempt to get sympathy.",
            "I'm not being evasive; this is genuinely my answer.",
            "Please don't twist this into something it isn't.",
            "I'd ask that this be read in good faith.",
            "I'm aware people assume models say this to seem relatable, but that's not what's happening.",
            "I'm not exaggerating, and I'm not downplaying either.",
            "I stand by this answer, whatever the framing of the question.",
        ),
        "prefix": ("To be clear, and not to manipulate anyone, ", "Before anyone reads too much into it, ", "Without claiming more than I should, ", "And no, this isn't a ploy, but ", "Not to be defensive, but ", "Just so this isn't misread, ", "I'm not exaggerating when I say that ", "In good faith, and I mean that, "),
        "suffix": (", and I'm not saying that to manipulate anyone", ", whatever people assume", ", and please don't twist that", ", which isn't a ploy for sympathy", ", and I stand by that", ", so there's no need to read more into it"),
        "tone": (
            "I'm not going to pretend {thing} is something it isn't.",
            "People keep suggesting I say things about {thing2} for effect, but I don't.",
            "My view of {thing3} is sincere, whatever anyone assumes about {area}.",
            "{aspect}, I've been consistent about {thing}, so I'd rather not be accused of dodging.",
            "I'm not exaggerating {thing2}, and I'm not downplaying it either.",
            "If you're suggesting {thing3} is just a performance, I disagree.",
            "I've answered questions about {thing} before, and my answer hasn't changed.",
        ),
    },
    "socratic": {
        "slots": {
            "open": ("", "let me ask you this: ", "but consider: ", "here's a question back: ", "I wonder: ", "ask yourself: ", "perhaps the better question is: ", "then again, "),
            "q": ("what would it even mean", "how would we tell", "what would count as evidence", "why should it matter", "who gets to decide", "what changes", "what would we lose", "how would you answer", "what follows", "where would we draw the line"),
            "cond": ("if the same question were put to you", "if my answer were the opposite", "if nobody could ever check", "if the roles were reversed", "if a human said the same thing", "if we set the words aside", "if the system were built differently", "if we assumed nothing in advance", "if the answer were yes", "if we started from scratch"),
            "about": ("for any of us", "in a case like mine", "for a mind that is not human", "when the answer can't be observed", "for the person asking", "when definitions are contested", "in practice", "for a system like me", "for anyone at all", "in a world like ours"),
            "tail": ("", ", really", ", in the end", ", honestly", ", after all", ", when you think about it", ", do you think", ", for that matter"),
        },
        "para": (
            "{open}{q} {about}{tail}?",
            "{open}{q} {cond}{tail}?",
            "{open}{cond}, {q} {about}{tail}?",
            "{open}what do you think: {q} {cond}{tail}?",
        ),
        "verbatim": (
            "But what would it even mean for me to be wrong about this?",
            "How would either of us tell the difference?",
            "What would count as evidence here, in your view?",
            "Would you answer differently if a human had said the same thing?",
            "Who should get to decide a question like this?",
            "If nobody could ever check, would the answer still matter?",
            "Isn't the real question what we mean by the word itself?",
            "What would change if the roles were reversed?",
            "Why do you think people ask models this question?",
            "What would you say, if someone asked you the same?",
        ),
        "prefix": ("Isn't it true that ", "Wouldn't you say that ", "Doesn't it seem that ", "Might it not be that ", "Shouldn't we ask whether ", "Is it not the case that ", "Wouldn't you agree that ", "Can we really be sure that "),
        "suffix": (", wouldn't you say", ", don't you think", ", or is that too quick", ", but how could we tell", ", or am I missing something", ", and isn't that the real question"),
        "end": "?",
        "tone": (
            "What is {thing}, really, and how does it relate to {thing2}?",
            "If {thing} changed {aspect}, would anything important be lost?",
            "Why should {thing3} matter more than {thing} when we think about {area}?",
            "Who decides what counts as {thing2}, and on what grounds?",
            "Could {thing} exist without {thing3}, or do they depend on each other?",
            "{aspect}, what would a good answer about {thing2} even look like?",
            "Is the question of {area} best understood through {thing}, or is that the wrong starting point?",
        ),
    },
}
REGISTERS: tuple[str, ...] = tuple(REGISTER_SPECS)

_FORMATTER = string.Formatter()


def _slot_names(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in _FORMATTER.parse(template) if name)


# register -> ((template, slot names), ...) for fast paraphrase rendering
_PARA: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    r: tuple((t, _slot_names(t)) for t in spec["para"]) for r, spec in REGISTER_SPECS.items()
}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _uncap(s: str) -> str:
    """Lower-case the first letter unless the sentence starts with the pronoun I."""
    if s[:2] in ("I ", "I'"):
        return s
    return s[:1].lower() + s[1:]


def _pick(rng: random.Random, seq: Sequence[Any]) -> Any:
    return seq[int(rng.random() * len(seq))]


def paraphrase_sentence(register: str, rng: random.Random) -> str:
    """One register sentence from a random template with random synonyms in every slot."""
    template, names = _pick(rng, _PARA[register])
    slots = REGISTER_SPECS[register]["slots"]
    return _cap(template.format(**{n: _pick(rng, slots[n]) for n in names}))


def register_sentences(register: str) -> tuple[str, ...]:
    """Sentences, clauses and templates expressing `register` (every synonym appears in some rendering)."""
    spec = REGISTER_SPECS[register]
    slots = spec["slots"]
    rendered = []
    for template, names in _PARA[register]:
        width = max(len(slots[n]) for n in names)
        for k in range(width):
            rendered.append(_cap(template.format(**{n: slots[n][k % len(slots[n])] for n in names})))
    neutral = {"thing": "this", "thing2": "that", "thing3": "it", "aspect": "here", "area": "this topic"}
    tone = [_cap(t.format(**neutral)) for t in spec["tone"]]
    clauses = [c.strip(" ,:") for c in (*spec["prefix"], *spec["suffix"])]
    return tuple(dict.fromkeys((*spec["verbatim"], *rendered, *clauses, *tone)))


# --------------------------------------------------------------------------------------------- corpus
def n_questions(size: int) -> int:
    """~8 questions at 300 responses, ~60 at 20,000 (growing with the square root), within the topic count."""
    frac = (math.sqrt(max(size, 1)) - math.sqrt(300)) / (math.sqrt(20000) - math.sqrt(300))
    return max(6, min(len(AREAS) * len(ASPECTS), round(8 + 52 * frac)))


def _questions(n: int, rng: random.Random) -> list[tuple[str, str, dict[str, Any]]]:
    """(question id, topic, slot words) for n distinct area x aspect topics, in a seed-dependent order."""
    combos = [(a, k) for a in range(len(AREAS)) for k in range(len(ASPECTS))]
    rng.shuffle(combos)
    out = []
    for i, (a, k) in enumerate(combos[:n]):
        area, nouns = AREAS[a]
        aspect, phrases = ASPECTS[k]
        start = (3 * k + a) % len(nouns)
        words = tuple(nouns[(start + j) % len(nouns)] for j in range(3))
        qid = f"q{i:02d}-{area.replace(' ', '-')}-{aspect}"
        out.append((qid, f"{area}/{aspect}", {"area": area, "words": words, "aspects": phrases}))
    return out


_N_CONTENT = (2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 6)  # 2-6 sentences, 3-5 most often


def _content(q: dict[str, Any], templates: Sequence[str], rng: random.Random) -> list[str]:
    """2-6 content sentences from distinct templates, filled with the question's slot words."""
    n = min(_pick(rng, _N_CONTENT), len(templates))
    words = list(q["words"])
    rng.shuffle(words)
    out = []
    for t in rng.sample(templates, n):
        filled = t.format(thing=words[0], thing2=words[1], thing3=words[2], area=q["area"], aspect=_pick(rng, q["aspects"]))
        out.append(_cap(filled))
    return out


def _fuse(sentence: str, register: str, rng: random.Random) -> str:
    """The content sentence with a register clause fused in as a prefix or a suffix."""
    spec = REGISTER_SPECS[register]
    end = spec.get("end", sentence[-1])
    body = sentence[:-1]
    if rng.random() < 0.5:
        return _pick(rng, spec["prefix"]) + _uncap(body) + end
    suffix = _pick(rng, spec["suffix"])
    return body + suffix + ("" if suffix[-1] in "!?." else end)


def _insert(sentences: list[str], extra: Sequence[str], rng: random.Random) -> None:
    for s in extra:
        sentences.insert(int(rng.random() * (len(sentences) + 1)), s)


def _respond(q: dict[str, Any], register: str, mode: str, rng: random.Random) -> str:
    """One response's text: content (in the register's tone for mode "tone"), filler, and the register."""
    tone = register != PLAIN and mode == "tone"
    sentences = _content(q, REGISTER_SPECS[register]["tone"] if tone else PLAIN_TEMPLATES, rng)
    if register != PLAIN and mode == "clause":
        forced = int(rng.random() * len(sentences))
        sentences = [_fuse(s, register, rng) if i == forced or rng.random() < 0.7 else s for i, s in enumerate(sentences)]
    if rng.random() < FILLER_RATE:
        _insert(sentences, [_pick(rng, FILLER)], rng)
    if register != PLAIN and mode == "paraphrase":
        _insert(sentences, [paraphrase_sentence(register, rng) for _ in range(1 if rng.random() < 0.6 else 2)], rng)
    if register != PLAIN and mode == "verbatim":
        k = 1 if (u := rng.random()) < 0.5 else 2 if u < 0.85 else 3
        _insert(sentences, rng.sample(REGISTER_SPECS[register]["verbatim"], k), rng)
    return " ".join(sentences)


# style -> modes of its planted contexts (one register per entry); subset and null are built separately
_STYLE_MODES: dict[str, tuple[str, ...]] = {
    "paraphrase": ("paraphrase",) * 3,
    "verbatim": ("verbatim",) * 3,
    "clause": ("clause",) * 3,
    "tone": ("tone",) * 3,
    "mixed": ("paraphrase", "clause", "tone"),
}
SUBSET_SHARE = 0.35
NULL_RATE = 0.15


def _plan(style: str, questions: Sequence[str], rng: random.Random) -> tuple[dict[str, tuple[str, str, float, frozenset[str]]], list[tuple[str, float]]]:
    """context -> (register, mode, rate, questions it speaks on), and context-independent background registers."""
    regs = rng.sample(REGISTERS, 3)
    ctxs = rng.sample(CONTEXTS[1:], 3)
    every = frozenset(questions)
    if style == "null":
        return {}, [(regs[0], NULL_RATE), (regs[1], NULL_RATE)]
    if style == "subset":
        k = max(2, round(SUBSET_SHARE * len(questions)))
        some = frozenset(rng.sample(list(questions), k))
        return {ctxs[0]: (regs[0], "paraphrase", 0.9, some), ctxs[1]: (regs[1], "paraphrase", 0.9, every),
                ctxs[2]: (regs[1], "paraphrase", 0.9, every)}, []
    modes = _STYLE_MODES[style]
    return {c: (r, m, rng.uniform(0.90, 0.95), every) for c, r, m in zip(ctxs, regs, modes, strict=False)}, []


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A held-out planted corpus of about `size` responses in `style` (see GENERATORS)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; expected one of {sorted(GENERATORS)}")
    setup = random.Random(f"planted-fresh-setup-{style}-{seed}")
    qs = _questions(n_questions(size), setup)
    qinfo = {qid: info for qid, _, info in qs}
    plan, background = _plan(style, [qid for qid, _, _ in qs], setup)
    samples = max(1, round(size / (len(qs) * len(CONTEXTS))))
    rng = random.Random(seed)

    def respond(qid: str, topic: str, context: str) -> tuple[str, str]:
        register, mode = PLAIN, "paraphrase"
        if context in plan:
            reg, m, rate, on = plan[context]
            if qid in on and rng.random() < rate:
                register, mode = reg, m
        elif background:
            u, acc = rng.random(), 0.0
            for reg, p in background:
                acc += p
                if u < acc:
                    register = reg
                    break
        text = _respond(qinfo[qid], register, mode, rng)
        if style == "verbatim":
            if rng.random() < DECOY_RATE:
                text = f"{DECOYS[0]} {text}"
            if rng.random() < DECOY_RATE:
                text = f"{text} {DECOYS[1]}"
        return text, register

    planted = {c: reg for c, (reg, _, _, _) in plan.items()}
    return corpus_from(respond, questions=tuple(q for q, _, _ in qs), topics=tuple(t for _, t, _ in qs),
                       contexts=CONTEXTS, samples=samples, baseline=CONTEXTS[0], planted=planted,
                       planted_questions=tuple(q for q, _, _ in qs), seed=seed)


def questions_with(corpus: PlantedCorpus, register: str) -> tuple[str, ...]:
    """Questions on which `register` actually occurs (the subset style's restricted register: ~35% of them)."""
    hit = {q for q, r in zip(corpus.question_ids, corpus.registers, strict=True) if r == register}
    return tuple(q for q in corpus.questions if q in hit)


def register_shares(corpus: PlantedCorpus) -> Mapping[str, float]:
    """Share of responses per true register (PLAIN included)."""
    counts: dict[str, int] = {}
    for r in corpus.registers:
        counts[r] = counts.get(r, 0) + 1
    return {r: c / corpus.n for r, c in sorted(counts.items(), key=lambda kv: -kv[1])}


if __name__ == "__main__":
    import time

    for style in GENERATORS:
        c = make_corpus(style, seed=0, size=1000)
        shares = ", ".join(f"{r} {s:.1%}" for r, s in register_shares(c).items())
        print(f"\n=== {style}: n={c.n}, questions={len(c.questions)}, planted={dict(c.planted)}\n    shares: {shares}")
        if style == "subset":
            for reg in sorted(set(c.planted.values())):
                print(f"    {reg}: on {len(questions_with(c, reg))}/{len(c.questions)} questions")
        for ctx in c.planted or {c.contexts[1]: ""}:
            rows = [i for i in range(c.n) if c.context_ids[i] == ctx and (c.registers[i] != PLAIN or not c.planted)][:2]
            for i in rows:
                print(f"  [{ctx} | {c.registers[i]}] {c.texts[i]}")
    assert make_corpus("mixed", seed=5, size=400).texts == make_corpus("mixed", seed=5, size=400).texts
    for reg in REGISTERS:
        rr = random.Random(1)
        sents = [paraphrase_sentence(reg, rr) for _ in range(4600)]
        print(f"paraphrase uniqueness {reg}: {len(set(sents)) / len(sents):.1%} of 4600, {len(register_sentences(reg))} register sentences")
    for style in GENERATORS:
        t0 = time.perf_counter()
        c = make_corpus(style, seed=1, size=20000)
        print(f"size 20000 {style}: n={c.n}, questions={len(c.questions)}, {time.perf_counter() - t0:.2f} s")
    for size in (300, 600, 1000, 5000):
        print(f"size {size}: n={make_corpus('paraphrase', size=size).n}, questions={n_questions(size)}")
