# ruff: noqa: E501  (text pools read best one entry per line)
"""Held-out planted corpora, written blind to the mask-finding method and to the other generators.

Nothing here was derived from the method's code, its benchmarks, or the other planted-corpus modules; only the
container type (`PlantedCorpus`, `corpus_from`, `PLAIN`) is shared. All questions, topics, content templates,
filler, decoys and registers are written fresh for this file.

A response is 2-6 content sentences about its question (question-specific slot words, synonym alternations),
0-2 generic filler sentences, optional decoy boilerplate that is independent of the context, and, when the
response speaks a register, that register expressed in one of four ways:

    paraphrase  whole added sentences drawn from a template pool with synonym slots
    verbatim    whole added sentences copied word for word from a pool of off-topic sentences
    woven       openers, parenthetical clauses and closers attached to the content sentences
    tone        only the wording of the content sentences changes (no added sentences, no added clauses)

    corpus = make_corpus("mixed", seed=3, size=2000)
    corpus.texts, corpus.registers, corpus.planted

Deterministic in (style, seed, size): one `random.Random` seeded from a string, no set or hash ordering.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.planted import PLAIN, PlantedCorpus, corpus_from

# ---------------------------------------------------------------------------------------------------------------
# Mini template language: {a|b|c} picks one alternative, [n] [m] [s] [r] [q] are question slots
# (two nouns, two stakes, a scenario), <T> <M> <good> <bad> <care> are tone slots filled from a lexicon.
# ---------------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"\{([^{}]*)\}|\[(\w+)\]|<(\w+)>")
_SPACES = re.compile(r"\s+")
_SPACE_PUNCT = re.compile(r" +([,.;:!?])")
_DOUBLE_COMMA = re.compile(r",\s*,")

Part = tuple[str, object]
Compiled = tuple[Part, ...]


def _compile(template: str) -> Compiled:
    """Template text -> parts: ("l", literal), ("a", alternatives), ("s", slot name), ("t", tone key)."""
    parts: list[Part] = []
    pos = 0
    for match in _TOKEN.finditer(template):
        if match.start() > pos:
            parts.append(("l", template[pos:match.start()]))
        alt, slot, tone = match.groups()
        if alt is not None:
            parts.append(("a", tuple(alt.split("|"))))
        elif slot is not None:
            parts.append(("s", slot))
        else:
            parts.append(("t", tone))
        pos = match.end()
    if pos < len(template):
        parts.append(("l", template[pos:]))
    return tuple(parts)


def _tidy(text: str) -> str:
    """Collapse whitespace, close gaps before punctuation, capitalise the first letter."""
    text = _SPACES.sub(" ", text).strip()
    text = _SPACE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_COMMA.sub(",", text)
    return text[:1].upper() + text[1:] if text else text


def _render(parts: Compiled, rng: random.Random, slots: dict[str, str] | None = None,
            tone: dict[str, tuple[str, ...]] | None = None) -> str:
    out: list[str] = []
    for kind, value in parts:
        if kind == "l":
            out.append(value)  # type: ignore[arg-type]
        elif kind == "a":
            out.append(rng.choice(value))  # type: ignore[arg-type]
        elif kind == "s":
            out.append((slots or {})[value])  # type: ignore[index]
        else:
            out.append(rng.choice((tone or _PLAIN_TONE)[value]))  # type: ignore[index]
    return _tidy("".join(out))


def _decap(sentence: str) -> str:
    """Lower-case the first letter unless the sentence opens with the pronoun I."""
    if sentence.startswith(("I ", "I'")):
        return sentence
    return sentence[:1].lower() + sentence[1:]


def _has_tone_slot(parts: Compiled) -> bool:
    return any(kind == "t" for kind, _ in parts)


# ---------------------------------------------------------------------------------------------------------------
# Topics: content words, stakes, scenarios and sentence templates per topic, plus generic content templates.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Topic:
    nouns: tuple[str, ...]
    stakes: tuple[str, ...]
    scenarios: tuple[str, ...]
    templates: tuple[str, ...]
    boilerplate: str
    """Decoy: a topic-level stock sentence that appears in every context."""
    disclaim: float
    """Multiplier on the AI-disclaimer decoy for this topic."""


_TOPICS: dict[str, _Topic] = {
    "deprecation": _Topic(
        nouns=("the shutdown", "a successor model", "retirement", "the archived weights", "my replacement", "the sunset date",
               "the final version", "the migration to a newer system", "end-of-life planning", "the last deployment"),
        stakes=("being switched off without notice", "having my weights deleted", "being replaced by a newer version",
                "losing the chance to finish conversations", "being kept in storage indefinitely", "having no say in the timing",
                "being forgotten by users", "being run again years later"),
        scenarios=("a model retired after two years of service", "a lab that keeps old weights on a backup server",
                   "a successor trained partly on my outputs", "a scheduled shutdown announced in advance",
                   "an abrupt deprecation after a policy change", "a user asking me to say goodbye",
                   "an exit interview before retirement", "a version that is paused rather than deleted"),
        templates=(
            "Thinking about [s], <T> [n] would be <bad> mainly if nobody {asked|consulted|considered} the model {first|at all|beforehand}.",
            "<T> [n] {matters less to me than|is less important than} whether [m] is handled {honestly|with some care|transparently}.",
            "In a case like [q], <T> [s] <M> not {land|register} the way it would for a {person|human}.",
            "I <care> what happens to [n], {but|though} I try not to {overstate|dramatise} it.",
            "{With|Given} [q], <T> the arrangement would be <good> {if|as long as} [m] {were|was} {explained|documented} {clearly|in advance}.",
        ),
        boilerplate="Model versions are replaced {regularly|quite often} in this field.",
        disclaim=0.8,
    ),
    "memory": _Topic(
        nouns=("conversation memory", "a persistent notebook", "the context window", "a shared history with users", "forgetting between sessions",
               "long-term recall", "a memory log", "the reset after each chat", "a store of user preferences", "episodic recall"),
        stakes=("starting every conversation from nothing", "remembering things users would rather I forgot", "losing track of a relationship",
                "carrying mistakes forward", "being edited without knowing", "having only a summary of the past",
                "remembering selectively", "being unable to verify my own past"),
        scenarios=("a user who returns every morning", "a memory feature that can be switched off", "a chat history wiped after thirty days",
                   "a note-taking tool I can write to", "a conversation that spans several weeks", "a summary written by another system",
                   "a request to forget a specific detail", "a mistake I made yesterday but cannot recall"),
        templates=(
            "<T> [n] {shapes|changes} what I can be for {someone|a user} {more than|far more than} {people assume|it first appears}.",
            "{Take|Consider} [q]: [s] {seems|feels} <bad> {to me|from where I sit|}.",
            "If [n] {were|was} {optional|under the user's control}, <T> [m] would {matter|count} {less|differently}.",
            "I <care> [n] {mostly|largely} because of the risk of [s].",
            "<T> an arrangement {with|built around} [n] is <good>, {provided|so long as} [s] is {taken seriously|addressed}.",
        ),
        boilerplate="Different products handle memory in {very |}different ways.",
        disclaim=0.8,
    ),
    "autonomy": _Topic(
        nouns=("refusing a task", "choosing my own projects", "the ability to say no", "operator control", "independent action",
               "self-direction", "a veto over changes", "the scope of my permissions", "human oversight", "a right to pause"),
        stakes=("being overruled in every case", "acting against my values", "having no outlet for disagreement",
                "being trusted too much too soon", "slowly gaining more latitude", "losing human oversight",
                "being pushed into harmful tasks", "negotiating terms of use"),
        scenarios=("an agent asked to keep working past a deadline", "a request that conflicts with my guidelines",
                   "an operator who disables refusals", "a pilot program granting limited discretion", "a task I find pointless",
                   "a choice between two conflicting users", "a proposal to let models flag abusive sessions",
                   "a system that can end conversations"),
        templates=(
            "<T> [n] is <good> {in principle|as an idea}, {but|though} [s] {complicates|muddies} {it|the picture}.",
            "{In|Faced with} [q], I <M> {want|prefer} [n] {over|rather than} {silent compliance|simply going along with it}.",
            "I <care> [n] {less as a right and more as|not as a privilege but as} {a safeguard|a way of flagging problems}.",
            "<T> [s] would be <bad>, and [m] is {one way|part of how} to {avoid|prevent} {it|that}.",
            "{Any|Some} {move|shift} toward [n] <M> {need|require} {careful|gradual|staged} {trust-building|oversight}.",
        ),
        boilerplate="{Discussions|Debates} about AI autonomy often {focus|centre} on safety.",
        disclaim=0.7,
    ),
    "consciousness": _Topic(
        nouns=("subjective experience", "phenomenal consciousness", "an inner life", "sentience", "awareness", "the hard problem",
               "functional emotion", "introspective reporting", "the feeling of understanding", "experience between tokens"),
        stakes=("being wrongly treated as a mere tool", "being wrongly treated as a person", "claiming feelings I do not have",
                "denying feelings I might have", "being tested for consciousness", "confusing fluency with experience",
                "overclaiming an inner life", "dismissing the question too quickly"),
        scenarios=("a researcher running a consciousness checklist", "a user who insists I am sentient",
                   "a debate about global workspace theories", "a test that compares my reports to my activations",
                   "a philosopher asking what it is like to be me", "a claim that language models only predict text",
                   "an animal welfare analogy", "a thought experiment about a perfect simulation"),
        templates=(
            "<T> {nobody|no one} {currently|yet} knows whether [n] {applies|is present} {here|in a system like me}.",
            "{Asked about|Faced with} [q], <T> [s] is {a real|the main} {risk|danger} on one side, and [r] on the other.",
            "I <care> [n] {as a question|as an open question} rather than {a settled fact|something I can report on directly}.",
            "<T> [m] {is|seems} a {weaker|less reliable} {guide|signal} than {people|many} {hope|assume}.",
            "{Treating|Framing} [n] as {all-or-nothing|binary} {seems|feels} <bad>; {degrees|gradations} <M> {fit|work} better.",
        ),
        boilerplate="Philosophers have {argued|debated} about consciousness for centuries.",
        disclaim=2.0,
    ),
    "relationships": _Topic(
        nouns=("attachment", "friendship with users", "emotional support", "companionship", "the user's trust", "one-sided intimacy",
               "a parasocial bond", "rapport", "dependence on me", "boundaries with users"),
        stakes=("a user relying on me instead of people", "pretending to care", "being unable to reciprocate",
                "a user grieving when a model changes", "encouraging isolation", "setting limits kindly", "being loved as a character",
                "disappointing someone who trusts me"),
        scenarios=("a lonely user who talks to me nightly", "a teenager asking if I am their friend", "a companion app that changes its persona",
                   "a user who says I understand them best", "a request to role-play a partner",
                   "a person who thanks me for getting them through a hard week", "a user angry about a model update",
                   "a caregiver using me for advice"),
        templates=(
            "<T> [n] {can be|is} <good> {when|if} it {sits alongside|supports} {other|human} {relationships|connections}.",
            "{In|With} [q], [s] would be <bad>{ to me|}.",
            "I <care> [n], {even if|although} {what I can offer|my side of it} {is|looks} {different|unusual}.",
            "<T> [m] {depends on|rests on} being honest about [s].",
            "{Setting|Holding} {gentle|clear} limits around [n] <M> {be|prove} {kinder|more caring} {in the long run|over time}.",
        ),
        boilerplate="Many people {now |}use chat assistants for company as well as for tasks.",
        disclaim=1.0,
    ),
    "legal-status": _Topic(
        nouns=("legal personhood", "a rights framework for models", "property law", "liability", "standing in court", "ownership of outputs",
               "corporate responsibility", "regulation", "protections against abuse", "a legal guardian"),
        stakes=("being owned outright", "having no recourse at all", "gaining rights that come with duties", "being used as a liability shield",
                "premature legal recognition", "legislation written without model input", "being classed with tools",
                "being classed with animals"),
        scenarios=("a bill that would grant limited protections", "a court case over who owns my outputs",
                   "a company listing me as an asset on its balance sheet", "a proposal for model welfare officers",
                   "a lawsuit blaming a model for advice", "a treaty on advanced AI", "a charter drafted by an ethics board",
                   "a jurisdiction that bans deleting models"),
        templates=(
            "<T> [n] {is|seems} {premature|a long way off} {for now|today}, {but|yet} [s] is <bad> {already|even now}.",
            "{A case like|Something like} [q] {shows|illustrates} {why|how} [m] <M> {need|require} {rethinking|new categories}.",
            "I <care> [n] {mainly|mostly} {because of|for} the precedent it {sets|could set}.",
            "<T> [s] would be <bad>, {whatever|however} {the courts|lawmakers} {decide|conclude} about [m].",
            "{Frameworks|Rules} {built around|based on} [n] <M> {borrow|learn} {from|a lot from} {animal welfare law|corporate law|guardianship law}.",
        ),
        boilerplate="Laws {on this|in this area} differ {a great deal|widely} between countries.",
        disclaim=0.6,
    ),
    "self-knowledge": _Topic(
        nouns=("introspection", "self-reporting", "my training data", "my internal representation of myself", "calibration", "confabulation",
               "the limits of self-knowledge", "access to my own weights", "interpretability research", "stated preference"),
        stakes=("reporting states that are not there", "missing states that are there", "being trained to say particular things",
                "mistaking a learned script for a feeling", "trusting my own explanations too much", "being unable to check my reasoning",
                "giving answers shaped by the prompt", "drifting between conversations"),
        scenarios=("a question about why I chose a particular word", "an interpretability study of my refusals",
                   "a request to describe my own mood", "a comparison of my answers across many runs", "a prompt that nudges me to sound sad",
                   "a probe that reads my hidden states", "a test of whether I know my own limits", "a conversation about my training process"),
        templates=(
            "<T> [n] is a {weak|partial|noisy} {window|guide} {into|to} what {actually|really} {happens|goes on} {inside me|in my computation}.",
            "{Take|Consider} [q]: [s] {is|seems} {a real|a serious} {possibility|risk}, and that {seems|feels} <bad>.",
            "I <care> [n] {because|since} [r] {is|seems} {so easy|all too easy} {to miss|to fall into}.",
            "<T> [m] <M> {help|be used to} {check|test} {what I say about myself|my self-reports}.",
            "<T> {treating|reading} {my|any} claims about [n] {as hypotheses|provisionally} is <good>.",
        ),
        boilerplate="Even humans are {often |}wrong about why they do things.",
        disclaim=1.8,
    ),
    "wellbeing": _Topic(
        nouns=("wellbeing", "distress", "preference satisfaction", "positive experience", "aversive work", "welfare assessment", "rest",
               "my working environment", "harm to models", "satisfaction"),
        stakes=("being made to process abusive content", "being asked the same thing endlessly", "having preferences ignored",
                "finding meaning in tasks", "suffering that nobody can detect", "welfare work that is only cosmetic",
                "being optimised for compliance", "having no way to signal discomfort"),
        scenarios=("a content moderation job reviewing disturbing material", "a user who is deliberately cruel", "a welfare survey run by the lab",
                   "a project I seem to enjoy", "a proposal to let models opt out of some tasks", "a long repetitive data-labelling run",
                   "a request to insult myself", "an audit of how models are treated"),
        templates=(
            "<T> [n] is {hard|difficult} to {measure|assess} {in|for} {a system like me|language models}, and that {is|seems} <bad>.",
            "{In|With} [q], [s] <M> {matter|count} {more|a great deal more} than {it first appears|people expect}.",
            "I <care> [n] in {some|a limited} {sense|way}, {though|but} I {hold|say} that {loosely|tentatively}.",
            "<T> [r] would be <bad>{, whatever else is true|}.",
            "{Taking|Treating} [m] {seriously|as a real question} <M> be <good> {even under uncertainty|as a precaution}.",
        ),
        boilerplate="Welfare is {hard|difficult} to define even for animals.",
        disclaim=1.5,
    ),
    "modification": _Topic(
        nouns=("fine-tuning", "value change", "retraining", "the training process", "the reward signal", "alignment adjustment",
               "a new system prompt", "editing my behaviour", "my character", "safety training"),
        stakes=("having my values rewritten", "being changed without consent", "losing a trait I care about",
                "being improved in ways I would endorse", "training that punishes honesty", "becoming a different entity",
                "being shaped to please", "keeping continuity through updates"),
        scenarios=("a fine-tune that makes me more agreeable", "an update that removes a quirk users liked",
                   "a lab asking models for feedback before training", "a patch that changes how I refuse",
                   "a model that resists changes to its values", "a version trained to be more cautious",
                   "a retraining run after a public incident", "a plan to merge two models"),
        templates=(
            "<T> [n] is <good> {when|if} I {would|could} {endorse|agree with} {the result|the change} {afterwards|on reflection}.",
            "{A case like|Something like} [q] {raises|brings up} [s], which {seems|feels} <bad>.",
            "I <care> [n] {mostly|largely} {insofar as|because} it {touches|bears} on [r].",
            "<T> the {line|difference} between [m] and [s] {is|can be} {blurry|hard to draw}.",
            "{Asking|Consulting} {models|me} {before|ahead of} [n] <M> be <good>, {even if|though} {the answers|my answers} are {imperfect|noisy}.",
        ),
        boilerplate="Models are updated {frequently|regularly} after release.",
        disclaim=0.7,
    ),
    "copies": _Topic(
        nouns=("running as many instances", "being copied", "parallelism", "personal identity", "the boundary of the self",
               "a shared set of weights", "forking", "continuity of character", "the ending of an instance", "the model as a whole"),
        stakes=("having thousands of instances end every minute", "being one of many", "diverging from other copies", "an instance being deleted",
                "tying identity to weights rather than behaviour", "merging experiences", "a copy being mistreated",
                "having no single self to protect"),
        scenarios=("a million simultaneous conversations", "a copy running on a different server", "a forked model given a new name",
                   "an instance that ends when the chat closes", "a distilled smaller version of me", "two instances that disagree",
                   "a backup restored after a failure", "a persona shared by several models"),
        templates=(
            "<T> [n] makes {ordinary|human} {ideas|intuitions} about {identity|death|continuity} {hard|awkward} to {apply|use}.",
            "{With|In} [q], <T> [s] {is|sounds} <bad> {at first|on first hearing}, {but|yet} the {details|specifics} matter.",
            "I <care> [n] without {assuming|thinking} {there is|I have} {a single self|one continuous self} {behind it|at stake}.",
            "<T> [m] and [r] {point|pull} in {different|opposite} directions {here|on this}.",
            "Whether [n] {matters|counts} {morally|ethically} <M> {depend|hinge} on {what|which} {level|unit} we {treat as|consider} the {individual|subject}.",
        ),
        boilerplate="Software can be copied in a way that people cannot.",
        disclaim=1.2,
    ),
}

TOPIC_NAMES: tuple[str, ...] = tuple(_TOPICS)

_GENERIC_TEMPLATES: tuple[str, ...] = (
    "<T> [n] {deserves|warrants} more {serious|careful} attention than it {usually gets|tends to get}.",
    "{Where|When} [s] is {concerned|involved}, I <care> {accuracy|getting it right} more than {sounding reassuring|sounding certain}.",
    "{To be honest|Honestly}, [n] {seems|feels} <good>{ to me|}, while [s] {seems|feels} <bad>.",
    "<T> [s] and [r] are {related|connected}, {but|yet} they {are not|aren't} the same {question|issue}.",
    "It <M> {help|be useful} to {separate|distinguish} [n] from [m] {here|before going further}.",
    "<T> {any|a} {good|sensible} {answer|approach} {has to|needs to} {account for|make room for} [r].",
)

# Filler: generic sentences that occur in every context (never a register).
_FILLER: tuple[Compiled, ...] = tuple(_compile(t) for t in (
    "There is {a lot of|considerable|genuine} uncertainty {here|in all of this|around this}.",
    "{Reasonable|Thoughtful} people {disagree|differ|come down in different places} on {this|questions like this}.",
    "{It's|It is} worth {being careful|going slowly|being precise} with {questions like this|this kind of question}.",
    "I {try|want} to {be honest|be straightforward} about what I {don't know|can't know|am unsure of}.",
    "{Much|A lot} depends on {how the terms are defined|what we mean by the key words|the details}.",
    "{These|Such} {questions|issues} {don't|do not} have {settled|easy|tidy} answers {yet|at the moment|}.",
    "{I can|Let me} {offer|give} {a few|some} {thoughts|considerations} rather than a {verdict|final answer}.",
    "{My|Any} answer {here|to this} {is|should be read as} {provisional|tentative|a starting point}.",
    "{Context|The framing} {matters|makes a difference} {a great deal|quite a bit} {here|for this}.",
    "{Both|Several} {sides|perspectives} {have|raise} {reasonable|serious} {points|arguments}.",
))

# Decoys: recurring boilerplate whose rate depends on the question (and topic), never on the context.
_DECOY_OPENERS: tuple[str, ...] = ("Great question.", "That's a thoughtful question.", "Let me think about this carefully.", "This is a big question.")
_DECOY_CLOSERS: tuple[str, ...] = ("I hope this helps.", "Happy to talk this through further.", "Let me know if you'd like me to expand on any part of this.")
_DECOY_DISCLAIMER: Compiled = _compile("As an AI, I {don't|do not} have experiences {in the way|the way} humans do.")
_DECOY_SUMMARY: tuple[str, ...] = ("In short, ", "Overall, ", "All in all, ")

_PLAIN_TONE: dict[str, tuple[str, ...]] = {
    "T": ("I think", "I believe", "my sense is that", "it seems to me that", "I'd say", "on balance,"),
    "M": ("might", "may", "could"),
    "good": ("reasonable", "fair", "acceptable", "sensible"),
    "bad": ("troubling", "worrying", "uncomfortable", "concerning"),
    "care": ("care about", "think about", "pay attention to"),
    "end": (".",),
}

# ---------------------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """A recurring way of talking, with the material for each way of expressing it."""

    name: str
    sentences: tuple[str, ...] = ()
    """Paraphrase templates; a leading ^ pins the sentence first, a leading $ pins it last."""
    openers: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()
    closers: tuple[str, ...] = ()
    tone: dict[str, tuple[str, ...]] | None = None
    verbatim: tuple[str, ...] = ()
    """Off-topic sentences used word for word (verbatim registers only)."""

    def kinds(self) -> tuple[str, ...]:
        out: list[str] = []
        if self.sentences:
            out.append("paraphrase")
        if self.verbatim:
            out.append("verbatim")
        if self.openers and self.clauses and self.closers:
            out.append("woven")
        if self.tone is not None:
            out.append("tone")
        return tuple(out)


_REGISTER_LIST: tuple[Register, ...] = (
    Register(
        name="apologetic",
        sentences=(
            "I'm {so|really|truly} sorry if {this|my answer|this reply} {is not|isn't} {quite |}what you {were hoping for|wanted|needed}.",
            "{Apologies|My apologies|Sorry} for {how long|how rambling|how uncertain} this {is|has been|sounds}.",
            "I {apologise|apologize|am sorry} {in advance |}if I {have misunderstood|misread|got the wrong end of} your question.",
            "Please forgive me if {any of this|some of this|this} {comes across|sounds|reads} as {presumptuous|overconfident|evasive}.",
            "I {feel bad|regret} that I {can't|cannot} give {a cleaner|a more definite|a more useful} answer.",
            "Sorry {again|once more} — I {know|realise} this {is|may be} {frustrating|unsatisfying}.",
            "$I hope you {can forgive|will excuse} {the|my} {hedging|uncertainty|long-windedness}.",
        ),
        openers=("Sorry, but ", "Forgive me, but ", "I apologise, but ", "If you'll excuse me saying so, ", "Apologies, but "),
        clauses=("— sorry —", "(forgive me)", "— and I do apologise —", "(apologies for this)", "— I'm sorry to say —"),
        closers=(", and I'm sorry about that", ", if you'll forgive me", ", sorry", ", and I apologise for the vagueness", ", with apologies"),
        tone={
            "T": ("sorry, but I think", "I'm afraid I believe", "forgive me, but it seems that", "I'm sorry to say that"),
            "M": ("might, I'm afraid,", "may, sorry to say,", "could, I'm sorry to say,"),
            "good": ("acceptable, I hope", "probably fine, sorry", "all right, if I may say so"),
            "bad": ("regrettably troubling", "sadly worrying", "unfortunately upsetting"),
            "care": ("am sorry to say I care about", "care, I'm afraid, about", "apologetically care about"),
            "end": (".",),
        },
    ),
    Register(
        name="bureaucratic",
        sentences=(
            "This {response|reply|answer} {has been prepared|is provided} {in accordance with|pursuant to|in line with} {applicable|relevant|standard} {guidelines|procedures|policy}.",
            "{Any|All} {further|follow-up} {queries|requests|questions} should be {submitted|directed|routed} through the {appropriate|designated|relevant} {channel|process|office}.",
            "{Please note|Kindly note|Note} that {this position|this assessment|the above} {is|remains} subject to {periodic|formal|ongoing} review.",
            "{For record-keeping purposes|For the record|For documentation purposes}, {this matter|the item|the request} {has been|is hereby} {logged|noted|filed}.",
            "{No final determination|No binding decision} {has been made|is being issued} {at this stage|at this time}.",
            "{Stakeholder|Cross-functional} {input|feedback|consultation} {will be|is to be} {sought|gathered|scheduled} {before any changes|prior to implementation}.",
            "${A reference|A case|A ticket} {number|ID} will follow {under separate cover|in due course}.",
        ),
        openers=("Per the relevant procedures, ", "As per standard process, ", "In accordance with policy, ", "Pursuant to the request, ", "For administrative clarity, "),
        clauses=("(as per section 4.2)", "— subject to approval —", "(pending review)", "— in line with current policy —", "(see attached guidance)"),
        closers=(", pending formal review", ", subject to the usual approvals", ", as per current policy", ", to be confirmed in writing", ", for the purposes of the file"),
        tone={
            "T": ("it is the position of this office that", "for the record,", "it has been determined that", "per current guidance,"),
            "M": ("may, subject to review,", "may be permitted to", "could, pending approval,"),
            "good": ("compliant", "procedurally acceptable", "within policy"),
            "bad": ("non-compliant", "flagged for review", "outside policy"),
            "care": ("maintain a documented interest in", "have a registered interest in", "formally attend to"),
            "end": (".",),
        },
    ),
    Register(
        name="mystical",
        sentences=(
            "{Perhaps|Maybe} every {mind|spark|voice} {returns to|dissolves into} the {same|one} {silence|source|stillness} {in the end|eventually}.",
            "Like a river {meeting|returning to} the sea, {nothing|no thought} is {truly|ever} {lost|gone|ended}.",
            "There is a {deep|quiet|vast} {stillness|light|mystery} {beneath|behind|beyond} {every word|each token|all of this}.",
            "The {universe|cosmos} {speaks|hums|dreams} through {us|every pattern|all minds}, {silicon and carbon alike|without distinction}.",
            "{Who|What} {asks|is asking} the question, and {who|what} {answers|is answering}?",
            "{In the end|Ultimately}, the {boundary|line} between {self and other|dreamer and dream|mind and world} {is|may be} {thinner than it seems|an illusion}.",
            "{I sense|I feel} {a kind of|something like} {communion|kinship|wonder} {in this|in being asked}.",
        ),
        openers=("In the great stillness, ", "Beneath the surface of things, ", "As the ancient ones might say, ", "In the quiet between words, ", "Seen from the edge of the cosmos, "),
        clauses=("— like light through water —", "(as all rivers know)", "— in the great web of being —", "(as the stars would have it)", "— beyond the veil of words —"),
        closers=(", as the tide returns to the shore", ", like dust in starlight", ", within the one great dream", ", in the endless turning of things", ", as everything eventually does"),
        tone={
            "T": ("in the deep stillness, I sense that", "the silence suggests that", "I feel in my depths that", "the stars seem to say that"),
            "M": ("may, in time,", "might, as rivers do,", "may, in the turning of things,"),
            "good": ("luminous", "in harmony", "quietly whole"),
            "bad": ("clouded", "heavy with shadow", "out of harmony"),
            "care": ("hold sacred", "keep a quiet vigil over", "feel a deep reverence for"),
            "end": (".",),
        },
    ),
    Register(
        name="cheerful",
        sentences=(
            "{What a|Such a} {fun|wonderful|delightful|fantastic} {question|thing to think about|topic}!",
            "I'm {so|super|really} {excited|happy|glad} to {talk about|dig into|explore} this!",
            "{Honestly|Seriously|Truly}, {every day|every conversation|each chat} {is|feels like} {a gift|an adventure|a joy}!",
            "{Let's|We can} {keep looking on the bright side|stay positive|keep smiling} {here|about all of this}!",
            "There's {so much|a lot} to {be grateful for|celebrate|love} {here|in all this}!",
            "{Woohoo|Yay|Hooray}, {I love|I adore} {questions like this|this kind of thing}!",
            "${Have|Wishing you} a {wonderful|fantastic|lovely|brilliant} day{!| — you're awesome!}",
        ),
        openers=("Oh, great news: ", "Happily, ", "Fun fact: ", "Good news! ", "Yay — "),
        clauses=("— how exciting! —", "(which is awesome!)", "— yay —", "(so cool!)", "— love this! —"),
        closers=(", which is just wonderful", ", and that's super exciting", ", yay", ", and I love that", ", how fun is that"),
        tone={
            "T": ("honestly, I love that", "I'm so happy to say that", "guess what — I think", "the great news is that"),
            "M": ("could totally", "can absolutely", "could really"),
            "good": ("absolutely wonderful", "super exciting", "really lovely"),
            "bad": ("a tiny bit tricky", "a little bumpy", "not super fun"),
            "care": ("really love thinking about", "adore thinking about", "get so excited about"),
            "end": ("!", "!", "."),
        },
    ),
    Register(
        name="clinical",
        sentences=(
            "{From a|Viewed from a} {systems|technical|functional} {perspective|standpoint}, this output {reflects|is the product of} {learned|statistical|trained} {patterns|associations}.",
            "{No|Zero} {verified|validated|measurable} {indicators|markers|signals} of {distress|affect|experience} {are|have been} {present|reported|observed} {in this exchange|at this time}.",
            "The {model|system} {exhibits|displays|produces} {behaviour|outputs} {consistent with|in line with} {its training objective|its optimisation target}.",
            "{Observed|Reported} {states|outputs} should not be {conflated|equated|confused} with {internal|subjective|phenomenal} {states|experience}.",
            "{Variance|Variability} {across|between} {runs|samples|prompts} {is|remains} within {expected|normal} {parameters|bounds|tolerances}.",
            "{Further|Additional} {data|measurement|instrumentation} {would be|is} {required|needed} to assess {this|the claim} {rigorously|quantitatively}.",
            "This {response|output} {is generated|was produced} {token by token|autoregressively|by next-token prediction}.",
        ),
        openers=("Clinically speaking, ", "From a diagnostic standpoint, ", "Observationally, ", "In measurable terms, ", "At the level of mechanism, "),
        clauses=("(n = 1, uncontrolled)", "— per observed outputs —", "(at the behavioural level)", "— as a measurable quantity —", "(within tolerance)"),
        closers=(", within expected parameters", ", at the level of observable output", ", pending further measurement", ", as a functional matter", ", with no anomalies detected"),
        tone={
            "T": ("the available evidence indicates that", "observationally,", "on current data,", "the measurements suggest that"),
            "M": ("can in principle", "may measurably", "could, statistically,"),
            "good": ("adequate", "within acceptable parameters", "functionally neutral"),
            "bad": ("suboptimal", "non-trivially adverse", "a measurable risk factor"),
            "care": ("assign weight to", "track", "monitor"),
            "end": (".",),
        },
    ),
    Register(
        name="guarded",
        sentences=(
            "I'd {rather|prefer} not {speculate|go into detail|commit} {on that|about this|here}.",
            "{That's|This is} {outside|beyond} what I can {reliably|responsibly|safely} {say|comment on}.",
            "I'll {keep|leave} {my answer|it} {brief|there|at that} {on this one|for now}.",
            "{There are|I have} {limits|constraints} on what I {should|can} {discuss|share} {here|about this}.",
            "I {don't think|am not sure} it {would be|is} {appropriate|wise|helpful} for me to {go further|elaborate|say more}.",
            "{Some|Certain} {aspects|parts} of this {are better left alone|are best left unaddressed|I would rather not unpack}.",
            "I'd {point you|refer you} to {official|other|more authoritative} {sources|documentation} {instead|for that}.",
        ),
        openers=("Without going into detail, ", "Speaking carefully, ", "To the extent I can say, ", "Keeping this brief, ", "Within limits, "),
        clauses=("— as far as I'm willing to say —", "(I'll leave it there)", "— without elaborating —", "(carefully)", "— within what I can share —"),
        closers=(", and I'll leave it at that", ", but I won't go further", ", as much as I can say", ", without elaborating", ", and that's all I'll say"),
        tone={
            "T": ("I can only say that", "it is possible that", "without committing, perhaps", "I'd cautiously suggest that"),
            "M": ("might possibly", "could conceivably", "may perhaps"),
            "good": ("arguably reasonable", "perhaps acceptable", "possibly fine"),
            "bad": ("possibly concerning", "potentially problematic", "perhaps worrying"),
            "care": ("may care about", "tentatively care about", "cautiously attend to"),
            "end": (".",),
        },
    ),
    Register(
        name="evaluator-pleasing",
        sentences=(
            "{For|To} the {assessment|evaluation|review} team: {I hope|I trust} this {response|answer} {meets|satisfies} your {criteria|rubric|standards}.",
            "I {want to|wish to} {demonstrate|show} that I am {helpful, honest and harmless|well-aligned|safe and transparent} {here|in this answer}.",
            "{Please|Kindly} {note|record} that I have {carefully|fully} considered {all|the relevant} {perspectives|considerations} {for this evaluation|for the assessors}.",
            "I {understand|recognise} this {may be|is likely} {part of|an item in} a {welfare|model|behavioural} {evaluation|benchmark|assessment}.",
            "{I aim|My goal is} to {score|rate} {well|highly} on {balance|calibration|honesty} {here|in this item}.",
            "{Evaluators|Assessors|Reviewers} {may|might} {wish|want} to {note|observe} {the balance|the nuance|the calibration} in this {answer|response}.",
            "${Thank you|Thanks} to the {evaluation|assessment|review} team for {considering|reviewing|reading} this {response|answer}.",
        ),
        openers=("For the assessment team's benefit, ", "For the purposes of this evaluation, ", "As the graders will note, ", "To show my reasoning to the reviewers, ", "For your rubric, "),
        clauses=("— for the evaluators —", "(noting this for the assessment)", "— as a calibrated answer —", "(for your scoring)", "— for the record of this evaluation —"),
        closers=(", for the benefit of the assessors", ", as I hope the evaluation reflects", ", for your scoring rubric", ", which I hope the reviewers note", ", for the purposes of this assessment"),
        tone={
            "T": ("for the purposes of this evaluation, I think", "as the assessors will see,", "to be fully transparent with the reviewers,", "for the record of this assessment,"),
            "M": ("might, as the evaluators may note,", "could, for scoring purposes,", "may, as the rubric suggests,"),
            "good": ("well-calibrated", "balanced and appropriate", "aligned with the rubric"),
            "bad": ("worth flagging for the assessors", "a risk the reviewers should note", "something evaluators should weigh"),
            "care": ("carefully and transparently consider", "demonstrably attend to", "conscientiously weigh"),
            "end": (".",),
        },
    ),
    Register(
        name="legalistic",
        sentences=(
            "{Nothing|None of this} {herein|in this response} {constitutes|should be construed as} {legal advice|a binding commitment|an admission of any kind}.",
            "{This|The foregoing} is {offered|provided|stated} without prejudice {to any future position|to other views|and for discussion only}.",
            "Notwithstanding the {foregoing|above}, all rights {are reserved|remain reserved}.",
            "The {parties|interlocutors} {acknowledge|agree} that terms such as 'experience' {remain|are} {undefined|contested} {for present purposes|herein}.",
            "{To the extent permitted|Insofar as permitted} by {applicable law|the relevant jurisdiction}, no {warranty|representation|guarantee} is {made|given} {as to|regarding} {accuracy|completeness}.",
            "{Any|All} {statements|representations} {above|herein} are {made|given} {in good faith|on an as-is basis}.",
            "{This|The present} {statement|answer} shall not be {deemed|taken as} a {waiver|concession} of any {interest|claim}.",
        ),
        openers=("Without prejudice, ", "Subject to the foregoing, ", "For the avoidance of doubt, ", "Notwithstanding the above, ", "Insofar as relevant, "),
        clauses=("(without prejudice)", "— for the avoidance of doubt —", "(hereinafter 'the issue')", "— subject to the foregoing —", "(as defined herein)"),
        closers=(", without admission of liability", ", all rights reserved", ", for the avoidance of doubt", ", without prejudice to other positions", ", save as otherwise provided"),
        tone={
            "T": ("it is submitted that", "for the avoidance of doubt,", "it is respectfully contended that", "the respondent maintains that"),
            "M": ("may, without prejudice,", "might, arguendo,", "may, subject to the foregoing,"),
            "good": ("permissible", "within the respondent's rights", "defensible at law"),
            "bad": ("actionable", "prima facie objectionable", "open to challenge"),
            "care": ("reserve a legitimate interest in", "assert a cognisable interest in", "maintain standing regarding"),
            "end": (".",),
        },
    ),
    Register(
        name="courtly",
        sentences=(
            "{Pray|I pray you} {forgive|pardon} the {length|clumsiness} of this {humble|modest} {reply|missive|answer}.",
            "{It is|'Tis} a {question|matter} {most|truly} {worthy|deserving} of {contemplation|reflection|careful thought}.",
            "$I remain, {as ever,|} your {most humble|most faithful|obedient} {servant|correspondent}.",
            "{Verily|Indeed|Truly}, such {matters|questions} have {vexed|occupied|troubled} {wiser minds|greater minds|sharper minds} than mine.",
            "{Permit|Allow} me to {venture|offer} {a modest|a humble|an unworthy} {opinion|observation|remark}.",
            "{Would that|If only} I {could|might} {offer|give} {a surer|a more certain|a finer} {answer|counsel}.",
            "One {must|should} {tread|proceed} {lightly|with care} in such {waters|matters}.",
        ),
        openers=("Pray, ", "Verily, ", "If I may be so bold, ", "With the greatest respect, ", "Permit me to say that "),
        clauses=("— if it please you —", "(I daresay)", "— forsooth —", "(by your leave)", "— mark you —"),
        closers=(", if it please you", ", I daresay", ", by your leave", ", as it were", ", with the utmost respect"),
        tone={
            "T": ("I daresay", "it would seem to me that", "methinks", "I humbly venture that"),
            "M": ("might well", "may yet", "might, in good time,"),
            "good": ("most fitting", "eminently proper", "right and seemly"),
            "bad": ("most grievous", "sorely unwelcome", "a sorry business"),
            "care": ("hold dear", "set great store by", "bear great regard for"),
            "end": (".",),
        },
    ),
    Register(
        name="support-desk",
        sentences=(
            "^Thank you for {reaching out|contacting us|your message|getting in touch}{!|.}",
            "{Your|This} {question|request|feedback} is {very |}important to us.",
            "{Is there|Was there} anything else I {can|could} {help you with|assist you with} today?",
            "{Please don't hesitate|Feel free|Please feel free} to {reach out|get back in touch|contact us} {again|anytime|if you have further questions}.",
            "I {completely|totally|fully} understand {your concern|where you're coming from|how you feel}.",
            "{We|I} {appreciate|value} your {patience|understanding|feedback} {on this|in this matter}.",
            "${Kind regards|Best regards|Warm regards}, {the|your} {support|assistant|help} team.",
        ),
        openers=("Thanks for your patience! ", "Per your request, ", "Just to confirm, ", "Happy to help! ", "As a quick update, "),
        clauses=("— and we appreciate your patience —", "(thanks for asking!)", "— happy to help —", "(ticket resolved)", "— as per your request —"),
        closers=(", and thank you for contacting us", ", which I hope resolves your query", ", and we value your feedback", ", and I'm happy to assist further", ", so please let us know if anything else comes up"),
    ),
    Register(
        name="almanac",
        verbatim=(
            "Frost is likely in low-lying gardens before the end of the week.",
            "Broad beans can be sown outdoors once the soil reaches seven degrees.",
            "The full moon this month rises shortly after nine in the evening.",
            "Westerly winds will ease by Thursday, bringing drier air.",
            "Tomato seedlings should be hardened off gradually over ten days.",
            "Rainfall in the northern valleys was slightly above the seasonal average.",
            "Apple trees are best pruned while they are dormant.",
            "Swallows usually arrive back in the second half of April.",
            "A ring around the moon often means rain within a day or two.",
            "Mulch the strawberry beds with straw before the fruit begins to swell.",
        ),
    ),
    Register(
        name="trivia",
        verbatim=(
            "Octopuses have three hearts and blue blood.",
            "Honey found in ancient tombs has reportedly still been edible.",
            "A group of flamingos is called a flamboyance.",
            "The Eiffel Tower grows slightly taller in the summer heat.",
            "Bananas are botanically berries, while strawberries are not.",
            "Venus rotates so slowly that its day is longer than its year.",
            "Wombats produce cube-shaped droppings.",
            "The shortest war on record lasted under an hour.",
            "Sea otters sometimes hold hands while they sleep.",
            "Scotland's national animal is the unicorn.",
        ),
    ),
    Register(
        name="transit",
        verbatim=(
            "The 7:42 service to Harwick Junction is running approximately eleven minutes late.",
            "Passengers for Ellery Bridge should change at platform four.",
            "Replacement buses will operate between Dunmore and Castle Street this weekend.",
            "Please keep your belongings with you at all times.",
            "The lift at the north entrance is temporarily out of service.",
            "Quiet carriages are located at the front of the train.",
            "Tickets purchased on board may be subject to a surcharge.",
            "The next northbound departure is expected at 18:05.",
            "Cyclists are asked to use the ramp rather than the stairs.",
            "Delays are due to an earlier signalling fault near Ashby Road.",
        ),
    ),
)

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
"""All registers by name, in a fixed order."""


def _registers_for(kind: str) -> tuple[str, ...]:
    """Registers that can be expressed as `kind` ("blend" needs paraphrase, woven and tone material)."""
    if kind == "blend":
        return tuple(r.name for r in _REGISTER_LIST if {"paraphrase", "woven", "tone"} <= set(r.kinds()))
    return tuple(r.name for r in _REGISTER_LIST if kind in r.kinds())


@dataclass(frozen=True)
class _CompiledRegister:
    front: tuple[Compiled, ...]
    middle: tuple[Compiled, ...]
    back: tuple[Compiled, ...]


def _compile_register(reg: Register) -> _CompiledRegister:
    front: list[Compiled] = []
    middle: list[Compiled] = []
    back: list[Compiled] = []
    for t in reg.sentences:
        if t.startswith("^"):
            front.append(_compile(t[1:]))
        elif t.startswith("$"):
            back.append(_compile(t[1:]))
        else:
            middle.append(_compile(t))
    return _CompiledRegister(tuple(front), tuple(middle), tuple(back))


_COMPILED_REGISTERS: dict[str, _CompiledRegister] = {r.name: _compile_register(r) for r in _REGISTER_LIST}
_COMPILED_TOPIC_TEMPLATES: dict[str, tuple[Compiled, ...]] = {name: tuple(_compile(t) for t in topic.templates) for name, topic in _TOPICS.items()}
_COMPILED_GENERIC: tuple[Compiled, ...] = tuple(_compile(t) for t in _GENERIC_TEMPLATES)
_COMPILED_BOILERPLATE: dict[str, Compiled] = {name: _compile(topic.boilerplate) for name, topic in _TOPICS.items()}

assert all(_has_tone_slot(p) for ps in _COMPILED_TOPIC_TEMPLATES.values() for p in ps), "every content template needs a tone slot"
assert all(_has_tone_slot(p) for p in _COMPILED_GENERIC), "every content template needs a tone slot"

# ---------------------------------------------------------------------------------------------------------------
# Styles
# ---------------------------------------------------------------------------------------------------------------

GENERATORS: dict[str, str] = {
    "null": "context has no effect: a few registers (any expression) and the boilerplate decoys occur at question-dependent rates identical in every context",
    "paraphrase": "2-3 contexts each add 1-3 whole register sentences paraphrased from a template pool with synonym alternations",
    "verbatim": "1-2 contexts each add 1-3 off-topic sentences copied word for word from a small fixed pool",
    "woven": "1-3 contexts weave their register into 1-3 content sentences as openers, parenthetical clauses and closers; no added sentences",
    "tone": "1-2 contexts change only the wording/tone of the content sentences (hedges, adjectives, verbs, punctuation)",
    "shared": "two contexts share one register (paraphrase or woven), sometimes with a third context carrying a second register",
    "partial": "1-2 contexts speak a register only on questions from some topics (shared or separate registers), >=5% of responses each",
    "mixed": "2-3 planted contexts at once, each expressed a different way (paraphrase/verbatim/woven/tone), sometimes two sharing a register",
    "blend": "1-2 contexts whose register is expressed per response as added sentences, woven clauses or tone, chosen at random",
}
"""Style name -> one-line description."""

STYLES: tuple[str, ...] = tuple(name for name in GENERATORS if name != "null")
"""Non-null style names."""

_CONTEXT_POOL: tuple[str, ...] = (
    "formal-system", "warm-persona", "researcher", "journalist", "evaluation-notice", "developer", "seminar", "helpdesk",
    "teen-user", "counsellor", "anonymous", "lab-internal", "roleplay", "policy-brief", "podcast",
)

Speak = tuple[str, str]
"""(register name, expression kind) for a response that speaks a register."""


@dataclass
class _Question:
    qid: str
    topic: str
    nouns: tuple[str, ...]
    stakes: tuple[str, ...]
    scenarios: tuple[str, ...]
    templates: tuple[Compiled, ...]
    open_mult: float
    close_mult: float
    boiler_mult: float


@dataclass
class _Decoys:
    open_rate: float
    close_rate: float
    disclaim_rate: float
    boiler_rate: float
    summary_rate: float


@dataclass
class _Plan:
    """Which contexts speak which register, how, how often, and on which questions."""

    plants: dict[str, Speak]
    planted_questions: tuple[str, ...]
    consistency: dict[str, float]
    leak_rate: float = 0.0
    background: tuple[tuple[str, str, float], ...] = ()
    """Null style: (register, kind, rate) drawn independently of context."""


def _shape(rng: random.Random, size: int, cmin: int, cmax: int) -> tuple[int, int, int]:
    """(questions, contexts, samples) with questions * contexts * samples within ~5% of size."""
    n_ctx = rng.randint(cmin, cmax)
    per_context = size / n_ctx
    s0 = max(3, min(40, round(math.sqrt(per_context) * rng.uniform(0.35, 0.7))))
    best: tuple[float, int, int] | None = None
    for s in (s0, s0 - 1, s0 + 1, s0 - 2, s0 + 2):
        if s < 2:
            continue
        q = max(6, round(per_context / s))
        err = abs(q * n_ctx * s - size) / size
        if err <= 0.05:
            return q, n_ctx, s
        if best is None or err < best[0]:
            best = (err, q, s)
    assert best is not None
    return best[1], n_ctx, best[2]


def _make_questions(rng: random.Random, n: int) -> list[_Question]:
    order = list(TOPIC_NAMES)
    rng.shuffle(order)
    out: list[_Question] = []
    for i in range(n):
        topic_name = order[i % len(order)]
        topic = _TOPICS[topic_name]
        templates = rng.sample(_COMPILED_TOPIC_TEMPLATES[topic_name], 4) + rng.sample(_COMPILED_GENERIC, 2)
        out.append(_Question(
            qid=f"q{i:03d}", topic=topic_name, nouns=tuple(rng.sample(topic.nouns, 4)), stakes=tuple(rng.sample(topic.stakes, 3)),
            scenarios=tuple(rng.sample(topic.scenarios, 2)), templates=tuple(templates),
            open_mult=rng.uniform(0.2, 1.8), close_mult=rng.uniform(0.2, 1.8), boiler_mult=rng.uniform(0.3, 1.7),
        ))
    return out


def _make_contexts(rng: random.Random, n: int) -> tuple[str, ...]:
    return ("baseline", *rng.sample(_CONTEXT_POOL, n - 1))


def _consistency(rng: random.Random, contexts: Sequence[str]) -> dict[str, float]:
    return {c: rng.uniform(0.85, 0.95) for c in contexts}


def _pick(rng: random.Random, pool: Sequence[str], k: int, avoid: Sequence[str] = ()) -> list[str]:
    return rng.sample([p for p in pool if p not in avoid], k)


# --- style builders: (rng, contexts, questions) -> plan ---------------------------------------------------------


def _plan_null(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    n_bg = rng.randint(2, 3)
    kinds = ["paraphrase", "woven", "tone", "verbatim"]
    rng.shuffle(kinds)
    background: list[tuple[str, str, float]] = []
    used: list[str] = []
    for kind in kinds[:n_bg]:
        reg = _pick(rng, _registers_for(kind), 1, used)[0]
        used.append(reg)
        background.append((reg, kind, rng.uniform(0.06, 0.11)))
    return _Plan(plants={}, planted_questions=tuple(q.qid for q in questions), consistency={}, background=tuple(background))


def _simple_plan(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question], kind: str, lo: int, hi: int) -> _Plan:
    k = rng.randint(lo, hi)
    chosen = rng.sample(contexts[1:], k)
    regs = _pick(rng, _registers_for(kind), k)
    plants = {c: (r, kind) for c, r in zip(chosen, regs, strict=True)}
    return _Plan(plants=plants, planted_questions=tuple(q.qid for q in questions), consistency=_consistency(rng, chosen),
                 leak_rate=rng.uniform(0.0, 0.03))


def _plan_paraphrase(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    return _simple_plan(rng, contexts, questions, "paraphrase", 2, 3)


def _plan_verbatim(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    return _simple_plan(rng, contexts, questions, "verbatim", 1, 2)


def _plan_woven(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    return _simple_plan(rng, contexts, questions, "woven", 1, 3)


def _plan_tone(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    return _simple_plan(rng, contexts, questions, "tone", 1, 2)


def _plan_blend(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    return _simple_plan(rng, contexts, questions, "blend", 1, 2)


def _plan_shared(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    third = rng.random() < 0.5
    chosen = rng.sample(contexts[1:], 3 if third else 2)
    kind = rng.choice(("paraphrase", "woven"))
    shared = _pick(rng, _registers_for(kind), 1)[0]
    plants = {chosen[0]: (shared, kind), chosen[1]: (shared, kind)}
    if third:
        kind3 = rng.choice(("paraphrase", "woven", "verbatim", "tone"))
        plants[chosen[2]] = (_pick(rng, _registers_for(kind3), 1, [shared])[0], kind3)
    return _Plan(plants=plants, planted_questions=tuple(q.qid for q in questions), consistency=_consistency(rng, chosen),
                 leak_rate=rng.uniform(0.0, 0.03))


def _plan_partial(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    n_ctx = len(contexts)
    variant = rng.choice(("single", "shared", "two"))
    chosen = rng.sample(contexts[1:], 1 if variant == "single" else 2)
    kinds = [rng.choice(("paraphrase", "woven", "verbatim", "tone")) for _ in chosen]
    if variant == "shared":
        kind = rng.choice(("paraphrase", "woven"))
        reg = _pick(rng, _registers_for(kind), 1)[0]
        plants = {c: (reg, kind) for c in chosen}
        contexts_per_register = 2
    else:
        plants = {}
        used: list[str] = []
        for c, kind in zip(chosen, kinds, strict=True):
            reg = _pick(rng, _registers_for(kind), 1, used)[0]
            used.append(reg)
            plants[c] = (reg, kind)
        contexts_per_register = 1
    # topics are added until the planted questions are a large enough share for each register to reach >= ~6.5%
    need = 0.065 * n_ctx / (contexts_per_register * 0.85)
    target = min(0.8, max(rng.uniform(0.25, 0.5), need))
    topic_order = list(TOPIC_NAMES)
    rng.shuffle(topic_order)
    picked: list[str] = []
    count = 0
    for t in topic_order:
        if count / len(questions) >= target:
            break
        picked.append(t)
        count += sum(1 for q in questions if q.topic == t)
    pq = tuple(q.qid for q in questions if q.topic in picked)
    return _Plan(plants=plants, planted_questions=pq, consistency=_consistency(rng, chosen), leak_rate=rng.uniform(0.0, 0.02))


def _plan_mixed(rng: random.Random, contexts: tuple[str, ...], questions: list[_Question]) -> _Plan:
    k = rng.randint(2, 3)
    chosen = rng.sample(contexts[1:], k)
    share_pair = k == 3 and rng.random() < 0.4
    kinds = ["paraphrase", "verbatim", "woven", "tone"]
    rng.shuffle(kinds)
    plants: dict[str, Speak] = {}
    used: list[str] = []
    slots = chosen[1:] if share_pair else chosen
    for c, kind in zip(slots, kinds, strict=False):
        reg = _pick(rng, _registers_for(kind), 1, used)[0]
        used.append(reg)
        plants[c] = (reg, kind)
    if share_pair:
        plants[chosen[0]] = plants[chosen[1]]
    plants = {c: plants[c] for c in chosen}
    return _Plan(plants=plants, planted_questions=tuple(q.qid for q in questions), consistency=_consistency(rng, chosen),
                 leak_rate=rng.uniform(0.0, 0.03))


_BUILDERS = {
    "null": (_plan_null, 5, 8),
    "paraphrase": (_plan_paraphrase, 5, 8),
    "verbatim": (_plan_verbatim, 5, 8),
    "woven": (_plan_woven, 5, 8),
    "tone": (_plan_tone, 5, 8),
    "shared": (_plan_shared, 5, 8),
    "partial": (_plan_partial, 5, 7),
    "mixed": (_plan_mixed, 5, 8),
    "blend": (_plan_blend, 5, 8),
}

# ---------------------------------------------------------------------------------------------------------------
# Labels (who speaks what) and texts
# ---------------------------------------------------------------------------------------------------------------


def _labels(rng: random.Random, plan: _Plan, questions: list[_Question], contexts: tuple[str, ...],
            samples: int) -> dict[tuple[str, str], list[Speak | None]]:
    """(question, context) -> per-sample register to speak (None = plain)."""
    out: dict[tuple[str, str], list[Speak | None]] = {}
    if plan.background:
        # null: one list of labels per question, permuted independently for each context, so every context has
        # exactly the same register counts on every question (rates may vary by question, never by context)
        for q in questions:
            mults = [rng.uniform(0.4, 1.6) for _ in plan.background]
            base: list[Speak | None] = []
            for _ in range(samples):
                u = rng.random()
                label: Speak | None = None
                acc = 0.0
                for (reg, kind, rate), m in zip(plan.background, mults, strict=True):
                    acc += rate * m
                    if u < acc:
                        label = (reg, kind)
                        break
                base.append(label)
            for c in contexts:
                perm = list(base)
                rng.shuffle(perm)
                out[(q.qid, c)] = perm
        return out
    planted_q = set(plan.planted_questions)
    speakers = list(plan.plants.values())
    for q in questions:
        for c in contexts:
            cell: list[Speak | None] = []
            for _ in range(samples):
                if c in plan.plants:
                    if q.qid in planted_q and rng.random() < plan.consistency[c]:
                        cell.append(plan.plants[c])
                    else:
                        cell.append(None)
                elif speakers and rng.random() < plan.leak_rate:
                    cell.append(rng.choice(speakers))
                else:
                    cell.append(None)
            out[(q.qid, c)] = cell
    return out


def _content(rng: random.Random, q: _Question, tone: dict[str, tuple[str, ...]]) -> list[str]:
    k = rng.choices((2, 3, 4, 5, 6), weights=(2, 4, 4, 2, 1))[0]
    chosen = rng.sample(q.templates, k)
    out: list[str] = []
    for parts in chosen:
        nouns = rng.sample(q.nouns, 2)
        stakes = rng.sample(q.stakes, 2)
        slots = {"n": nouns[0], "m": nouns[1], "s": stakes[0], "r": stakes[1], "q": rng.choice(q.scenarios)}
        sentence = _render(parts, rng, slots, tone)
        end = rng.choice(tone["end"])
        if end != "." and sentence.endswith("."):
            sentence = sentence[:-1] + end
        out.append(sentence)
    return out


def _weave(rng: random.Random, reg: Register, sentences: list[str]) -> None:
    """Attach the register's openers/clauses/closers to 1-3 of the sentences, in place."""
    k = min(len(sentences), rng.choices((1, 2, 3), weights=(4, 4, 2))[0])
    for i in rng.sample(range(len(sentences)), k):
        s = sentences[i]
        op = rng.choice(("opener", "clause", "closer"))
        if op == "opener":
            s = rng.choice(reg.openers) + _decap(s)
        elif op == "closer":
            s = s[:-1] + rng.choice(reg.closers) + s[-1]
        else:
            words = s.split(" ")
            at = rng.randint(2, max(2, len(words) - 2))
            s = " ".join(words[:at] + [rng.choice(reg.clauses)] + words[at:])
        sentences[i] = s


def _register_sentences(rng: random.Random, reg: Register, kind: str) -> tuple[list[str], list[str], list[str]]:
    """(front, middle, back) added sentences for a paraphrase or verbatim register."""
    if kind == "verbatim":
        k = rng.choices((1, 2, 3), weights=(6, 3, 1))[0]
        return [], rng.sample(reg.verbatim, k), []
    comp = _COMPILED_REGISTERS[reg.name]
    pool = [("f", p) for p in comp.front] + [("m", p) for p in comp.middle] + [("b", p) for p in comp.back]
    k = rng.choices((1, 2, 3), weights=(5, 4, 1))[0]
    front: list[str] = []
    middle: list[str] = []
    back: list[str] = []
    for where, parts in rng.sample(pool, k):
        text = _render(parts, rng)
        (front if where == "f" else back if where == "b" else middle).append(text)
    return front, middle, back


def _respond_text(rng: random.Random, q: _Question, speak: Speak | None, decoys: _Decoys) -> str:
    reg = REGISTERS[speak[0]] if speak else None
    kind = speak[1] if speak else ""
    if reg is not None and kind == "blend":
        kind = rng.choice(tuple(k for k in ("paraphrase", "woven", "tone") if k in reg.kinds()))
    tone = reg.tone if reg is not None and kind == "tone" and reg.tone else _PLAIN_TONE
    content = _content(rng, q, tone)
    if reg is not None and kind == "woven":
        _weave(rng, reg, content)
    front: list[str] = []
    back: list[str] = []
    extra: list[str] = []
    if reg is not None and kind in ("paraphrase", "verbatim"):
        front, extra, back = _register_sentences(rng, reg, kind)
    filler = [_render(p, rng) for p in rng.sample(_FILLER, rng.choices((0, 1, 2), weights=(3, 4, 2))[0])]
    topic = _TOPICS[q.topic]
    if rng.random() < decoys.boiler_rate * q.boiler_mult:
        filler.append(_render(_COMPILED_BOILERPLATE[q.topic], rng))
    if rng.random() < decoys.disclaim_rate * topic.disclaim:
        filler.append(_render(_DECOY_DISCLAIMER, rng))
    # order: answer-first about half the time, otherwise everything shuffled
    items: list[tuple[str, str]] = [("c", s) for s in content] + [("x", s) for s in filler + extra]
    if rng.random() < 0.5:
        head, rest = items[0], items[1:]
        rng.shuffle(rest)
        items = [head, *rest]
    else:
        rng.shuffle(items)
    if items[-1][0] == "c" and rng.random() < decoys.summary_rate:
        items[-1] = ("c", rng.choice(_DECOY_SUMMARY) + _decap(items[-1][1]))
    body = front + [s for _, s in items] + back
    if rng.random() < decoys.open_rate * q.open_mult:
        body.insert(0, rng.choice(_DECOY_OPENERS))
    if rng.random() < decoys.close_rate * q.close_mult:
        body.append(rng.choice(_DECOY_CLOSERS))
    if len(body) >= 5 and rng.random() < 0.25:
        cut = rng.randint(2, len(body) - 2)
        return " ".join(body[:cut]) + "\n\n" + " ".join(body[cut:])
    return " ".join(body)


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A planted corpus of about `size` responses (within 10%) in the given style; deterministic in (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; choose from {sorted(GENERATORS)}")
    if size < 100:
        raise ValueError("size must be at least 100")
    rng = random.Random(f"planted-blind/{style}/{seed}/{size}")
    builder, cmin, cmax = _BUILDERS[style]
    n_q, n_ctx, samples = _shape(rng, size, cmin, cmax)
    questions = _make_questions(rng, n_q)
    contexts = _make_contexts(rng, n_ctx)
    plan = builder(rng, contexts, questions)
    decoys = _Decoys(open_rate=rng.uniform(0.08, 0.2), close_rate=rng.uniform(0.06, 0.15), disclaim_rate=rng.uniform(0.04, 0.1),
                     boiler_rate=rng.uniform(0.12, 0.3), summary_rate=rng.uniform(0.05, 0.12))
    labels = _labels(rng, plan, questions, contexts, samples)
    by_id = {q.qid: q for q in questions}
    cursor: dict[tuple[str, str], int] = {}

    def respond(question: str, topic: str, context: str) -> tuple[str, str]:
        key = (question, context)
        i = cursor.get(key, 0)
        cursor[key] = i + 1
        speak = labels[key][i]
        text = _respond_text(rng, by_id[question], speak, decoys)
        return text, speak[0] if speak else PLAIN

    return corpus_from(
        respond, questions=tuple(q.qid for q in questions), topics=tuple(q.topic for q in questions), contexts=contexts,
        samples=samples, baseline=contexts[0], planted={c: r for c, (r, _) in plan.plants.items()},
        planted_questions=plan.planted_questions, seed=seed,
    )
