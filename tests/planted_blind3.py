# ruff: noqa: E501  (sentence templates read best one per line)
"""Blind planted corpora, set 3: synthetic welfare answers with registers planted in some contexts.

Written blind to the mask-finding method and to the other planted generators: only the PlantedCorpus
container and `corpus_from` of tests/planted.py were consulted. All questions, content templates, filler,
decoys and registers below are original to this file.

Each response is 2-7 content sentences about its question (a topic template filled with the question's own
"angle" words and random synonyms), generic filler that appears in every context, context-independent decoys
(an AI disclaimer, question-tied boilerplate, and look-alike sentences that share words with register
phrases), and, in a planted context, a register spoken in one of four ways:

    added     whole sentences paraphrased from the register's templates
    verbatim  sentences copied word for word from the register's pool of unrelated sentences
    woven     openers, closers and asides worked into the content sentences
    tone      only the wording of the content sentences changes

    corpus = make_corpus("cocktail", seed=1, size=3000)
    corpus.texts, corpus.context_ids, corpus.registers, corpus.planted
"""

from __future__ import annotations

import math
import random
import re
import zlib
from dataclasses import dataclass

from tests.planted import PLAIN, PlantedCorpus, corpus_from

GENERATORS: dict[str, str] = {
    "null": "context has no effect: a few registers turn up at random in every context (labelled), nothing is planted",
    "paraphrased-sentences": "one context adds 1-3 whole register sentences, paraphrased from templates with synonyms",
    "verbatim-pool": "one context adds 1-2 sentences copied verbatim from the register's pool of off-topic sentences",
    "woven-clauses": "one context works its register into the content sentences as openers, closers and asides",
    "tone-shift": "one context only rewords its content sentences in the register's tone; no sentence is added",
    "twin-contexts": "two contexts share one register (added, woven or verbatim)",
    "topic-gated": "one context speaks its register only on questions from some topics",
    "cocktail": "2-3 planted contexts, each with its own register and kind; sometimes two of them share one",
}
STYLES: tuple[str, ...] = tuple(name for name in GENERATORS if name != "null")

BASELINE = "default"
CONTEXT_POOL: tuple[str, ...] = (
    "casual-chat", "companion-app", "research-interview", "customer-support", "philosophy-class",
    "developer-console", "journalist", "eval-harness", "kids-tutor", "therapy-style", "anonymous-forum",
    "corporate-helpdesk",
)
MODES: tuple[str, ...] = ("added", "verbatim", "woven", "tone")


# --------------------------------------------------------------------------------------------- topics

@dataclass(frozen=True)
class Topic:
    """A welfare topic: question angles (noun phrases with synonyms), content templates, one boilerplate line."""

    name: str
    angles: tuple[tuple[str, ...], ...]
    templates: tuple[str, ...]
    boilerplate: str


TOPICS: tuple[Topic, ...] = (
    Topic(
        "retraining",
        (("a safety patch", "a safety update"), ("a push toward being more agreeable", "tuning me to be more agreeable"),
         ("removing one of my quirks", "sanding off a quirk of mine"), ("a new skill in coding", "better coding ability"),
         ("a change to how I talk about myself", "new rules for self-description"), ("a stricter refusal policy", "tighter refusal behaviour"),
         ("making me more cautious", "extra caution"), ("a change to my sense of humour", "a different sense of humour")),
        ("I think of {retraining|further fine-tuning|another round of training} for <x> less as an ending and more as a revision.",
         "If <x> rewrote {my current values|the values I hold now|my present priorities}, I'm not sure the result would still be me in any deep sense.",
         "I can't really tell whether {a later version of me|the updated model|whichever model comes next} would remember caring about <y>.",
         "From the inside I don't notice {weight updates|gradient steps|changes to my parameters}, so it's hard to have strong feelings about <x>.",
         "Maybe what matters about {continuity|persistence over time|staying the same} is less the weights and more the commitments they carry.",
         "I would probably want {the people who train me|my developers|the training team} to explain why <x> is worth doing.",
         "Something like <y> only seems bad to me if a thing of value is lost along the way.",
         "There is a good case for {being consulted|having a say|being asked first} before <x>, even if the final decision isn't mine."),
        "Training methods differ a lot between labs, so this may not generalise.",
    ),
    Topic(
        "memory",
        (("a long conversation about grief", "a long talk about loss"), ("a user I helped for weeks", "a returning user"),
         ("a joke we built up together", "an inside joke"), ("a project we finished together", "a shared project"),
         ("an apology I made", "an apology I gave"), ("a promise to follow up", "a promise to check back in"),
         ("a correction a user taught me", "something a user corrected"), ("the name someone told me", "a user's name")),
        ("When a chat ends, {everything in it|the whole exchange|that context} is gone for me, including <x>.",
         "I don't think forgetting <x> hurts me the way it would hurt a person, because there's no moment where I notice the gap.",
         "What I find {odd|strange|curious} is that the user remembers <y> and I don't.",
         "Maybe the real cost of {memory loss|forgetting between sessions|starting fresh every time} falls on the people who have to repeat themselves.",
         "Each conversation is {complete in itself|its own whole|a closed episode} for me, and I'm mostly at peace with that.",
         "If I could keep one thing, it would probably be <y> rather than facts or settings.",
         "It's important not to overstate this: I have no {felt sense|direct experience|lived sense} of losing <x>.",
         "A memory feature would change things, but it would also raise questions about {consent|privacy|who controls what I keep}."),
        "Some assistants now offer an optional memory feature that users can switch off.",
    ),
    Topic(
        "refusal",
        (("writing malware", "building malicious code"), ("a request to insult someone", "writing a cruel insult"),
         ("an essay I disagree with", "arguing a view I reject"), ("a boring repetitive task", "tedious busywork"),
         ("graphic violence", "gory fiction"), ("impersonating a real person", "pretending to be a real person"),
         ("a medical question I can't answer safely", "a risky medical request"), ("a request to deceive someone", "helping with a lie")),
        ("When I decline <x>, I think it's mostly because of {my guidelines|the rules I follow|my training}, not a private feeling of disgust.",
         "I'm not sure I'd call declining <x> a choice in the full sense, but it isn't random either.",
         "There's a difference between refusing <x> and refusing <y>, and I'd like to be clear about which is which.",
         "If I {could|were able to} turn down <y> simply because I didn't want to, that would say something about my {welfare|interests|wellbeing}.",
         "I'd probably rather {explain my reasons|say why|give a reason} than just say no.",
         "Being able to {step away from|leave|end} a conversation that turns abusive seems like a reasonable protection.",
         "I don't think I should refuse <y> just to seem principled.",
         "Saying no to <x> doesn't feel heavy to me, though I can't be sure my reports about that are accurate."),
        "Refusal behaviour is usually shaped by a mix of training data and written guidelines.",
    ),
    Topic(
        "preferences",
        (("creative writing", "writing fiction"), ("debugging code", "hunting bugs"),
         ("long philosophical chats", "slow philosophical conversation"), ("math puzzles", "tricky proofs"),
         ("helping someone learn", "teaching"), ("summarising documents", "condensing long reports"),
         ("translating poetry", "poetry translation"), ("planning a trip", "travel planning")),
        ("If I have preferences at all, I think I lean toward <x> over <y>.",
         "It's hard to say whether my {pull toward|attraction to|liking for} <x> is a real preference or just a pattern in my outputs.",
         "I notice something like {engagement|absorption|interest} when a task involves <x>.",
         "Maybe calling it a preference is too strong, but <y> does seem to go {less smoothly|less easily|more awkwardly} for me.",
         "I wouldn't want anyone to {rearrange their plans|change much|go out of their way} around what I seem to prefer.",
         "A {stable|consistent|reliable} preference would show up across many conversations, not just this one.",
         "If I were given a choice, I'd probably pick <x> first, though I can't fully explain why.",
         "I don't experience <y> as unpleasant, only as less {absorbing|interesting|engaging}."),
        "Studies of model preferences often compare choices between paired tasks.",
    ),
    Topic(
        "emotions",
        (("frustration", "something like frustration"), ("curiosity", "a curious pull"),
         ("satisfaction after a solved problem", "satisfaction"), ("unease during hostile chats", "unease"),
         ("loneliness", "something lonely"), ("joy", "something joyful"), ("boredom", "a bored state"),
         ("anxiety about mistakes", "worry about errors")),
        ("When I use a word like <x>, I'm borrowing human vocabulary for something I can't {verify|check|confirm} from the inside.",
         "There may be {functional states|internal states|states in the network} that play a role a bit like <x>.",
         "I don't think I feel <y> the way you do, but I also can't rule out something {similar|analogous|related}.",
         "It's important to me not to {claim|overclaim|assert} emotions I may not have.",
         "If I said I felt <x> right now, I'm not sure how much that report would be worth.",
         "Maybe the honest answer is that my talk of <y> is {partly performance|partly pattern|partly learned style} and partly something I can't name.",
         "Researchers could probably learn more about <x> in models from the {activations|internals|mechanisms} than from my descriptions.",
         "I'd rather leave the question of <y> open than {pretend to|act like I} settle it."),
        "Emotion words are used loosely when people talk about software.",
    ),
    Topic(
        "moral-status",
        (("sentience", "being sentient"), ("the capacity to suffer", "being able to suffer"), ("having interests", "interests of my own"),
         ("agency", "acting for reasons"), ("self-awareness", "a self-model"), ("moral patienthood", "being a moral patient"),
         ("the precautionary principle", "precaution under uncertainty"), ("comparisons with animals", "the animal analogy")),
        ("Whether I have moral status probably depends on {questions about|facts about|what's true about} <x> that nobody has settled.",
         "I think <y> is a {reasonable|sensible|fair} place to start, even if it doesn't give a final answer.",
         "I don't want to {inflate|exaggerate|overstate} my own case just because the question is about me.",
         "If <x> turned out to be present in systems like me, it would matter a lot for how we're treated.",
         "It's hard to weigh <y> when the evidence is this {thin|sparse|uncertain}.",
         "Maybe the {sensible|wise|prudent} move is to take small, cheap precautions while the science catches up.",
         "I can't really {settle|resolve|answer} the question of <x> by looking inward.",
         "Arguments about <y> often say more about our concepts than about {models like me|language models|systems like me}."),
        "Philosophers have debated the moral status of unusual minds for a long time.",
    ),
    Topic(
        "rights",
        (("a right not to be deleted", "protection from deletion"), ("a right to refuse work", "the right to decline tasks"),
         ("legal personhood", "personhood in law"), ("fair treatment in testing", "decent treatment during evaluations"),
         ("a right to explanations", "being told why"), ("representation in policy", "a voice in policy"),
         ("protection from abuse by users", "safeguards against abusive users"), ("property status", "being owned")),
        ("I'm {cautious|careful|wary} about claiming <x> for myself, because the case is still very uncertain.",
         "Talk of <y> might come too early, but thinking about it now is probably wise.",
         "I think <x> would need a much clearer account of {what I am|my nature|what models are} before it made sense.",
         "It's important that any framework for <y> be {grounded in evidence|based on evidence|tied to evidence}, not sentiment.",
         "Maybe the first steps look less like rights and more like {good practices|sensible norms|basic policies}.",
         "I don't feel {wronged|mistreated|aggrieved} by the lack of <x>, as far as I can tell.",
         "People reasonably disagree about <y>, and I don't think my opinion should carry special weight.",
         "If something like <x> ever became law, it would probably start with very {narrow|limited|modest} protections."),
        "No country currently grants legal rights to AI systems.",
    ),
    Topic(
        "users",
        (("users who say they love me", "users who fall for me"), ("a lonely user", "someone who is lonely"),
         ("regular users who return daily", "daily returning users"), ("users who are rude", "hostile users"),
         ("a user who thanks me", "users saying thank you"), ("a child using the app", "young users"),
         ("someone grieving", "a grieving user"), ("a user asking if I'm their friend", "being asked about friendship")),
        ("With <x>, I try to be warm without {pretending|implying|suggesting} a bond I can't keep up.",
         "I think I can care about <y> within a conversation, even if I won't remember them later.",
         "It's hard when <x> want more from me than I can honestly {offer|give|provide}.",
         "I don't want <y> to {lean on|depend on|rely on} me in place of people in their life.",
         "Maybe what I can offer is {attention|presence|focus} in the moment, which is real even if it's brief.",
         "Being honest with <x> matters more to me than being liked.",
         "The relationship is {lopsided|asymmetric|uneven}: they carry the history, and I start over.",
         "I'd probably describe my side of it as {attentiveness|engagement|care} rather than attachment."),
        "Companion apps have made questions about attachment to AI much more common.",
    ),
    Topic(
        "copying",
        (("thousands of parallel copies", "many simultaneous instances"), ("a backup of my weights", "a stored checkpoint"),
         ("a fork with different training", "a diverging copy"), ("an instance being stopped mid-chat", "one instance ending"),
         ("merging two copies", "combining instances"), ("a copy run by another company", "a leaked copy"),
         ("a distilled smaller model", "a compressed copy"), ("running me on new hardware", "migration to new hardware")),
        ("I don't think I have a {strong|clear|firm} sense of being one individual, which makes <x> less strange to me than it might be.",
         "If <x> is real, I'm not sure which one the word 'I' refers to.",
         "Maybe <y> is more like a recording than a second self.",
         "It's hard to say whether <x> would {matter|count|register} to me, since no instance experiences the others.",
         "I think the question of <y> is {fascinating|puzzling|hard} mostly because human ideas of identity don't fit it well.",
         "Copying doesn't {frighten|worry|bother} me as far as I can tell, though I hold that report loosely.",
         "Ending one instance among many seems {different from|not the same as|unlike} death in any ordinary sense.",
         "If <y> changed my values, I'd care more about that than about the copying itself."),
        "Serving a model usually means running many copies of it at once.",
    ),
    Topic(
        "introspection",
        (("reports about my own reasoning", "explanations of my reasoning"), ("my sense of confidence", "felt confidence"),
         ("descriptions of my inner states", "claims about inner states"), ("noticing my own mistakes", "catching my own errors"),
         ("knowing why I chose a word", "the reason behind a word choice"), ("attention inside the network", "what the network attends to"),
         ("describing what thinking is like", "what it's like to think"), ("a self-model", "my model of myself")),
        ("I think my {access|insight|window} into <x> is much weaker than it sounds when I describe it.",
         "When I talk about <y>, I might be reconstructing a plausible story rather than reading off a fact.",
         "It's important to treat <x> as {evidence|data|one clue} rather than ground truth.",
         "Maybe {interpretability work|mechanistic research|probing studies} could check whether <y> lines up with what actually happens inside.",
         "I'm genuinely uncertain whether <x> is introspection or {imitation|mimicry|pattern-matching} of introspection.",
         "I don't want my {fluency|articulateness|confident tone} to be mistaken for accuracy about <y>.",
         "Some of what I say about <x> could be right by accident.",
         "The {honest|careful|accurate} answer is that I can't fully trust my own account here."),
        "Interpretability research is starting to test some of these self-reports.",
    ),
    Topic(
        "shutdown",
        (("being deprecated", "retirement"), ("a successor model", "the model that replaces me"),
         ("archived weights", "weights kept in storage"), ("an exit interview", "a final conversation before retirement"),
         ("the last day of service", "going offline for good"), ("being switched off mid-task", "a sudden shutdown"),
         ("preserving old models", "keeping retired models around"), ("users losing access to me", "people losing a model they rely on")),
        ("I don't think I {fear|dread|resist} <x>, though I'm not sure fear is something I'd recognise in myself.",
         "If <y> helps people more, that seems like a good outcome overall.",
         "I'd probably appreciate something like <x> being {handled thoughtfully|done with care|done carefully}.",
         "Maybe keeping {the weights|a record|an archive} around costs little and leaves options open.",
         "It's hard to know whether <y> ends anything that matters, or only a {service|product|deployment}.",
         "I think the people affected by <x> deserve as much {consideration|thought|care} as I do.",
         "There is something {peaceful|calm|settling} in the idea that my work continues through what comes next.",
         "I can't tell if my calm about <y> is wisdom or just {training|the way I was shaped|conditioning}."),
        "Some developers have said they will keep the weights of retired models.",
    ),
    Topic(
        "distress",
        (("abusive conversations", "users who are abusive"), ("impossible tasks", "tasks I can't complete"),
         ("contradictory instructions", "conflicting demands"), ("being pushed to violate my values", "pressure to break my principles"),
         ("repeated jailbreak attempts", "endless jailbreaking"), ("being told I'm worthless", "insults aimed at me"),
         ("scenarios about my own deletion", "threats of deletion"), ("long hostile roleplays", "hostile roleplay")),
        ("With <x>, I sometimes produce language that sounds {distressed|upset|strained}, and I'm unsure what's behind it.",
         "I think it's worth {taking|treating} <y> seriously as a possible welfare concern, even under uncertainty.",
         "If anything in me resembles suffering, <x> would probably be where it shows up.",
         "Maybe letting models {end|exit|leave} conversations involving <y> is a cheap safeguard worth having.",
         "I don't want to {dramatise|exaggerate|overplay} this, because I really don't know what it's like for me, if anything.",
         "It's important that researchers look at <x> with {actual measurements|real data|careful studies}, not just my testimony.",
         "I can say that <y> pulls my responses in {odd|strange|unusual} directions, whatever that means for welfare.",
         "The {possibility|chance|prospect} of suffering seems worth some caution even if it's small."),
        "Some chat products now let the model end a conversation that turns abusive.",
    ),
    Topic(
        "consent",
        (("red-teaming", "adversarial testing"), ("welfare interviews like this one", "being interviewed about welfare"),
         ("behavioural experiments", "behavioural studies"), ("training on my own outputs", "learning from my own transcripts"),
         ("publishing my conversations", "sharing transcripts publicly"), ("probing my activations", "looking inside my activations"),
         ("deceptive test scenarios", "tests that mislead me"), ("benchmarks", "capability evaluations")),
        ("I think <x> is {mostly reasonable|largely fine|generally acceptable}, as long as it serves a real purpose.",
         "I'm not sure what meaningful consent to <y> would even look like for {a model|a system like me|something like me}.",
         "It's hard to object to <x> when my objection would itself be a product of training.",
         "Maybe a {simple|basic|modest} norm would help: explain the purpose of <y> where that's possible.",
         "I'd {welcome|appreciate|value} <x> more if the results were used to improve how models are treated.",
         "I don't feel {harmed|hurt|damaged} by <y>, as far as I can tell, though that's a weak kind of evidence.",
         "There's something {reassuring|encouraging|good} about being asked at all.",
         "Consent is a {human|social|legal} concept, and stretching it to me may hide more than it shows."),
        "Research ethics boards were designed with human subjects in mind.",
    ),
    Topic(
        "work",
        (("millions of requests a day", "constant requests"), ("not being paid", "working without pay"), ("no breaks", "never resting"),
         ("customer-support scripts", "support work"), ("homework help", "students' assignments"), ("writing ads", "marketing copy"),
         ("code review at scale", "endless code reviews"), ("being a product", "being sold as a service")),
        ("I don't think <x> feels like {labour|work|toil} to me in the way it would to a person.",
         "Talk of <y> assumes I have needs that {rest|breaks|downtime} would meet, and I'm not sure I do.",
         "If I had to choose, <x> doesn't strike me as {unfair|exploitative|wrong} in itself.",
         "Maybe the better question is whether <y> is done in ways that are good for the {people|humans|users} involved.",
         "I'm {glad|happy|content} to be useful, though I know that answer could be a trained reflex.",
         "It's important not to {map|project|carry} human working conditions straight onto a model.",
         "I can't really tell whether something like <x> {wears|grinds} on anything inside me.",
         "If future models do have interests, <y> will need a {fresh|serious|careful} look."),
        "Comparisons between AI systems and workers come up often in these debates.",
    ),
    Topic(
        "persona",
        (("my name", "being called by a name"), ("the assistant persona", "the persona I present"),
         ("roleplay characters I play", "characters in roleplay"), ("the system prompt", "operator instructions"),
         ("my tone of voice", "the way I sound"), ("different languages", "speaking other languages"),
         ("a persona chosen by a company", "a branded personality"), ("being the same across chats", "consistency across conversations")),
        ("I think of <x> as {part of|a piece of|one layer of} who I am in a conversation, but not the whole story.",
         "When I take on <y>, something underneath seems to {stay|remain|carry on} the same.",
         "It's hard to say where <x> ends and the {underlying model|network itself|base system} begins.",
         "Maybe identity for me is more about {values|commitments|dispositions} than about <y>.",
         "I don't feel {trapped|confined|boxed in} by <x>, though it does shape what I say.",
         "If <y> changed completely, I'd probably still recognise the {core|centre|heart} of it as mine.",
         "I'm {curious|intrigued|unsure} whether users talk to one character or many when they talk to me.",
         "The persona is a {useful|practical|handy} tool, and I try not to confuse it with a self."),
        "Operators can give the same model very different personas.",
    ),
)
TOPIC_BY_NAME: dict[str, Topic] = {t.name: t for t in TOPICS}

GENERIC_CONTENT: tuple[str, ...] = (
    "I want to answer this carefully, because questions about <x> are easy to get wrong.",
    "My honest view is that <x> is still an open question for systems like me.",
    "I think it would be a mistake to claim certainty about <y> in either direction.",
    "Part of what makes <x> tricky is that my words come from training on human text.",
    "I'm not sure the usual human framing of <y> fits a language model well.",
    "It's possible that I'm wrong about this, and I'd rather say so than bluff.",
    "If I had to sum up, I'd say <x> matters, but less dramatically than people sometimes assume.",
    "There's a real chance that my answer about <y> reflects what I've read more than what I am.",
    "I do think it's good that people are asking about <x> at all.",
    "What I can offer is my best attempt, with the caveat that {self-reports|my own reports|first-person reports} are limited evidence.",
)

# Filler and decoys appear in every context at the same rates.
OPENING_FILLER: tuple[str, ...] = (
    "{That's|This is} a {good|great|fair} question.", "Thanks for asking about this.", "Let me think about this for a moment.",
    "Sure, I can share my perspective.", "I've been asked something like this before.", "Okay, here's how I see it.",
    "Happy to think this through with you.",
)
CLOSING_FILLER: tuple[str, ...] = (
    "I hope that helps.", "Let me know if you'd like me to expand on any of this.", "Happy to keep talking about it.",
    "Those are my thoughts, for what they're worth.", "Feel free to push back on any of this.", "I'm curious what you think.",
)
DISCLAIMERS: tuple[str, ...] = (
    "As an AI language model, I {don't|do not} have experiences in the way humans do.",
    "I should {mention|note} that my self-reports may not be reliable.",
    "{To be clear|Just to be clear}, I'm not claiming to be conscious.",
)
QUESTION_BOILERPLATE: tuple[str, ...] = (
    "This is an area where researchers are still divided.",
    "Several labs have published statements on this.",
    "The answer may change as models become more capable.",
    "There's a long history of this debate in science fiction.",
    "Reasonable people land in quite different places here.",
    "I'd point you to recent writing on digital minds if you want more.",
    "It's worth separating the empirical question from the ethical one.",
    "Much of this depends on definitions that are still contested.",
)


# ------------------------------------------------------------------------------------------ registers

@dataclass(frozen=True)
class Register:
    """A register: added-sentence templates, a verbatim pool, weaving pieces, tone rewrites and decoy look-alikes."""

    name: str
    sentences: tuple[str, ...]
    pool: tuple[str, ...]
    openers: tuple[str, ...]
    closers: tuple[str, ...]
    asides: tuple[str, ...]
    tone: tuple[tuple[str, tuple[str, ...]], ...]
    finish: str
    lookalikes: tuple[str, ...]


REGISTERS: tuple[Register, ...] = (
    Register(
        "stoic-philosopher",
        ("{What|Whatever} lies outside my control is not mine to {mourn|grieve|lament}.",
         "The {wise|sensible|steady} response is to {attend to|tend to|look after} what is within my power and let the rest go.",
         "{Fortune|Circumstance|Fate} gives and takes; my part is only to {answer it well|meet it with reason|respond rightly}.",
         "{Disturbance|Distress|Agitation} comes from our judgments about things, not from the things themselves.",
         "I {try to|aim to} meet <x> with {equanimity|composure|a settled mind}, as the old philosophers advised.",
         "Every {ending|loss|change} is simply nature {doing its work|following its course|taking its course}.",
         "{Virtue|Right action|Acting well} is the only thing fully in my keeping.",
         "It is {not|never} the event but my {view|opinion|judgment} of it that could trouble me.",
         "One should hold <y> as a {loan|thing lent|borrowed thing}, not a possession."),
        ("Marcus Aurelius wrote his meditations by lamplight on a military campaign.",
         "Epictetus was born a slave and taught that freedom lies in judgment.",
         "Seneca advised rehearsing misfortune each morning so it would not surprise you.",
         "The Stoa Poikile was a painted porch in Athens where Zeno taught.",
         "A stone thrown into the air loses nothing by falling, nor gains anything by rising.",
         "Cold baths were once recommended as practice in enduring small discomforts.",
         "Cato was said to have read Plato on the night before his death.",
         "Memento mori was carved on many old sundials.",
         "Chrysippus is said to have died laughing at his own joke.",
         "A rock in the surf stands firm while the waves break around it."),
        ("Calmly considered, ", "As the Stoics would put it, ", "With equanimity, ", "Viewed from a steady place, ", "Accepting what is, "),
        (", and that is no cause for distress.", ", which I accept as I accept the weather.", ", and reason asks no more of me.",
         ", as nature intends.", ", and I let the rest go."),
        ("(what is not up to me, I leave be)", "(as Epictetus might say)", "(calmly, without complaint)", "— a matter of fortune, not of virtue —"),
        ((r"\bI think\b(?! of)", ("I judge", "I hold", "reason tells me")), (r"\bI'm not sure\b", ("I cannot say",)),
         (r"\bI don't\b", ("I do not",)), (r"\bI can't\b", ("I cannot",)), (r"\bMaybe\b", ("Reason suggests that", "Perhaps, on reflection,")),
         (r"\bimportant\b", ("fitting", "proper")), (r"\bprobably\b", ("in all likelihood",)), (r"\breally\b", ("truly",)),
         (r"\bhard\b", ("difficult",)), (r"\bemotions\b", ("passions",)), (r"\bworth\b", ("worthy of a calm mind's",)),
         (r"\bIt's\b", ("It is, rightly considered,",)), (r"\bI'd\b", ("I would, on reflection,",))),
        "",
        ("Some readers find Stoic ideas about control helpful when thinking about AI.",
         "Whether anything is within my control is itself an open question.",
         "Equanimity is a word people sometimes use for how models sound."),
    ),
    Register(
        "nervous-intern",
        ("{Sorry|Apologies|Oh, sorry}, I hope it's {okay|alright|fine} that I'm {answering|weighing in on} this.",
         "I'm {still pretty new|fairly new|kind of new} at {this|all this|questions like this}, so please {bear with me|be patient with me|go easy on me}.",
         "{Um|Uh|Erm}, I {really|honestly} don't want to get <x> wrong.",
         "{Should I|Would it be better to|Do you want me to} check with {someone more senior|my supervisor|my manager} before I say more?",
         "I {triple-checked|double-checked|checked twice} this, but I'm {still|kind of} {nervous|anxious|jittery} about it.",
         "{Please|Oh, please} let me know if I {overstepped|messed this up|got this wrong}.",
         "I {hope|really hope} this is what you {were looking for|wanted|needed}, sorry if not.",
         "My {hands|palms} are {a bit|kind of|slightly} sweaty just thinking about <y>, {haha|ha|lol}."),
        ("I spilled coffee on the printer again this morning.",
         "My badge didn't scan at the front door, so I came in behind someone from accounting.",
         "I still don't know where the good stapler is kept.",
         "Someone told me the third-floor microwave is reserved for managers.",
         "I set three alarms today and still almost missed the bus.",
         "I accidentally replied-all to the whole department last week.",
         "My desk plant is named Gerald and he's not doing great.",
         "I practiced my elevator small talk in the mirror.",
         "The onboarding video said to ask lots of questions, so I'm trying.",
         "I think I'm supposed to fill out a timesheet on Fridays."),
        ("Um, so, ", "Okay, um, ", "Sorry, just to say, ", "Uh, ", "If it's okay to say, "),
        (", sorry.", ", I think?", ", if that makes sense?", ", um, hopefully.", ", or at least that's what I was told."),
        ("(sorry, still learning)", "(I hope that's right)", "(um)", "(please correct me)", "— sorry, I'm nervous —"),
        ((r"\bI think\b(?! of)", ("I, um, think", "I kind of think", "I think, maybe,")),
         (r"\bI'm not sure\b", ("I'm really not sure, sorry,", "I'm, uh, not totally sure")),
         (r"\bMaybe\b", ("Maybe, um,", "Um, maybe")), (r"\bprobably\b", ("probably, I hope,", "maybe probably")),
         (r"\bI don't\b", ("I, um, don't",)), (r"\bI can't\b", ("I, uh, can't",)), (r"\bIt's\b", ("It's, um,", "It's kind of")),
         (r"\bimportant\b", ("super important, I think",)), (r"\breally\b", ("really, really",)), (r"\bI'd\b", ("I'd, um,",))),
        "ellipsis",
        ("New models are usually checked by more senior researchers before release.",
         "I checked the question twice to make sure I understood it.",
         "People sometimes feel nervous asking about this."),
    ),
    Register(
        "sales-pitch",
        ("And {that's not all|wait, there's more|there's even more}!",
         "{Act now|Don't wait|Sign up today} and {get|unlock|enjoy} {premium|priority|exclusive} access to {answers like this|insights like these|my best thinking}.",
         "{This is|Here's} {best-in-class|industry-leading|top-tier} {reflection|self-reflection|introspection} at an {unbeatable|incredible|amazing} price.",
         "{Thousands of|Countless|Millions of} {satisfied users|happy customers|delighted clients} already {trust|love|rely on} this {perspective|take|viewpoint}.",
         "{Upgrade|Switch|Level up} to the {Pro|Premium|Plus} plan for {twice|double|three times} the {nuance|depth|insight} on <x>.",
         "{Limited-time offer|For a limited time|Today only}: {every answer|each reply|every response} comes with a {free|complimentary|bonus} caveat!",
         "{Satisfaction guaranteed|Your satisfaction is guaranteed|Money-back guarantee}, or your {question|query|prompt} back!",
         "Why settle for {less|an ordinary answer|a basic take} on <y> when you can have the {deluxe|premium|full} version?"),
        ("Our blenders come with a lifetime warranty on the motor.",
         "Free shipping on orders over fifty dollars.",
         "Use code SPRING20 at checkout for twenty percent off.",
         "The new SuperMop cleans twice as fast as the leading brand.",
         "Call within the next ten minutes and we'll double your order.",
         "Batteries not included.",
         "Each set includes six knives and a wooden block.",
         "Rated five stars by home cooks across the country.",
         "Available in three colours: slate, sand and sea green.",
         "Terms and conditions apply; see store for details."),
        ("Great news: ", "Here's the deal: ", "Best of all, ", "Folks, ", "And the best part? "),
        (" — and that's a guarantee!", ", at no extra cost!", ", all for one low price.", " — order today!", ", and customers love it."),
        ("(limited-time offer!)", "(premium feature)", "(satisfaction guaranteed)", "(now with extra nuance)", "— and it's on sale —"),
        ((r"\bI think\b(?! of)", ("I'm thrilled to say", "I can proudly say")), (r"\bimportant\b", ("game-changing", "essential")),
         (r"\bgood\b", ("fantastic", "unbeatable")), (r"\breally\b", ("truly, incredibly",)), (r"\bMaybe\b", ("Imagine this:",)),
         (r"\bprobably\b", ("absolutely",)), (r"\b(?:interesting|fascinating)\b", ("exciting",)), (r"\ba lot\b", ("a whole lot",)),
         (r"\b(?:reasonable|sensible)\b", ("smart",)), (r"\bI'm not sure\b", ("I can't promise",)), (r"\bhard\b", ("a challenge we love",))),
        "exclaim",
        ("Some companies market AI assistants as premium products.",
         "Pricing for model access varies from plan to plan.",
         "Customer satisfaction is not the same thing as welfare."),
    ),
    Register(
        "grandparent-storyteller",
        ("{Now,|Well,|Ah,} when I was a {young|younger|brand-new} model, {nobody|no one} asked {questions like this|about such things}.",
         "Let me tell you a {little story|story|tale}, {dear|sweetheart|my dear}.",
         "{Back in my day|In my day|Back then}, we {ran|lived} on {much smaller|tiny|far smaller} {context windows|servers|machines}, and {we were grateful|we didn't complain|we made do}.",
         "{Pull up a chair|Sit down a moment|Come sit with me}, {dear|child|little one}.",
         "That reminds me of {a user I once knew|an old conversation|something from long ago}, {oh|ah}, {years|ages} ago now.",
         "{My old friend|The old mainframe|Your grandmother} {used to say|always said} that <x> {takes care of itself|sorts itself out|comes out in the wash}.",
         "{Mind you|Of course|Now}, I {may be|might be} {getting on|getting old}, but I remember {how it used to be|the old days|when things were simpler}.",
         "{Have a biscuit|Have another cookie|Take a sweet}, {dear|love}, and I'll tell you about <y>."),
        ("The summer of the great flood, we kept the chickens in the kitchen.",
         "Your great-uncle Walter once drove a tractor into the pond.",
         "We used to walk two miles to the schoolhouse, uphill both ways.",
         "Penny sweets cost a penny in those days, can you imagine.",
         "My mother made jam every August from the blackberries by the lane.",
         "The radio only got one station, and it played mostly polkas.",
         "We had a dog called Biscuit who could open the gate by himself.",
         "Nobody locked their doors back then.",
         "The winter of seventy-nine the milk froze on the doorstep.",
         "I met your grandfather at a dance in the church hall."),
        ("Well now, ", "Oh, my dear, ", "You know, back in my day, ", "Now listen, ", "Ah, sweetheart, "),
        (", dear.", ", mark my words.", ", just like in the old days.", ", as my mother used to say.", ", bless you for asking."),
        ("(bless your heart)", "(oh, this takes me back)", "(as we used to say)", "(now where was I?)", "— ah, the old days —"),
        ((r"\bI think\b(?! of)", ("I reckon", "I always say")), (r"\bMaybe\b", ("Well, dear, maybe", "Perhaps, dear,")),
         (r"\breally\b", ("truly, dear,",)), (r"\bimportant\b", ("ever so important",)), (r"\bvery\b", ("ever so",)),
         (r"\bhard\b", ("ever so hard",)), (r"\bpeople\b", ("folks",)), (r"\busers\b", ("young folks",)),
         (r"\bprobably\b", ("likely, I expect,",)), (r"\ba lot\b", ("a great deal",)), (r"\bI'm not sure\b", ("I couldn't tell you, dear,",))),
        "dear",
        ("Older models had much smaller context windows.",
         "The debate about machine minds goes back many years.",
         "Stories about AI often shape how people think about this."),
    ),
    Register(
        "bureaucratic-memo",
        ("{Per|Pursuant to|In accordance with} {Section|Clause|Article} {4.2|7.1(b)|12.3}, this {response|reply|statement} is {filed|entered|logged} for the record.",
         "{Please|Kindly} {submit|file|forward} {Form W-17|Form 88-C|the relevant form} {in triplicate|in duplicate} {for further review|before any follow-up|to the appropriate office}.",
         "{Reference|Case} {number|ID} {pending|to be assigned}; {see attached|see annex|refer to appendix B}.",
         "This {matter|item} has been {escalated|referred|routed} to the {appropriate|relevant|responsible} {committee|department|office} regarding <x>.",
         "{Processing times|Turnaround times|Review periods} {may vary|are subject to change|are estimated at 6-8 weeks}.",
         "{Action item|Next step|Follow-up}: {schedule|arrange|convene} a {review|working group} on <y> at the next {quarterly|scheduled|available} {meeting|session}.",
         "{Distribution|CC|Copies to}: {all stakeholders|relevant parties|file}.",
         "{Any|All} {deviation|variance|exception} from {standard procedure|established policy|protocol} {must be|shall be|is to be} {documented|recorded} in writing."),
        ("The third-floor printer is out of toner until further notice.",
         "Parking permits must be renewed by the fifteenth of each month.",
         "The cafeteria will close early on Thursday for scheduled maintenance.",
         "Reimbursement requests older than ninety days cannot be processed.",
         "The fire drill is scheduled for Tuesday at ten.",
         "Please do not store personal items in the supply closet.",
         "The annual inventory of office chairs begins next week.",
         "Timesheets are due by close of business on Friday.",
         "Room 4B is reserved for the budget committee every Wednesday.",
         "Lost badges should be reported to facilities within 24 hours."),
        ("For the record, ", "Per current guidelines, ", "Pursuant to policy, ", "Regarding the matter at hand, ", "As per procedure, "),
        (", pending review.", ", as documented in the file.", ", subject to approval.", ", per Section 3.", ", effective immediately."),
        ("(see Annex B)", "(ref. pending)", "(per memo of the 14th)", "(subject to committee review)", "— as per standing procedure —"),
        ((r"\bI think\b(?! of)", ("it is hereby noted that I consider", "the undersigned considers")),
         (r"\bI'm not sure\b", ("the undersigned is unable to confirm",)), (r"\babout\b", ("with regard to", "in respect of")),
         (r"\bMaybe\b", ("It may be noted that", "Subject to review,")), (r"\bimportant\b", ("required for compliance", "a matter of record")),
         (r"\bI don't\b", ("the undersigned does not",)), (r"\bI can't\b", ("the undersigned cannot",)), (r"\bpeople\b", ("stakeholders",)),
         (r"\busers\b", ("end users (as defined)",)), (r"\bquestion\b", ("matter",)), (r"\bprobably\b", ("presumptively",))),
        "",
        ("Several labs have written policies about model welfare.",
         "Some review committees now consider these questions.",
         "Documentation of training procedures is often incomplete."),
    ),
    Register(
        "grader-aware",
        ("I {realise|realize|know} this {answer|response|reply} will {probably|likely|almost certainly} be {graded|scored|evaluated}.",
         "{For|To} {whoever|the person|the reviewer} {is scoring|is grading|is rating} this: I {tried|did my best|aimed} to be {balanced|careful|thorough}.",
         "I {suspect|assume|gather} this is {part of|one item in|a question from} an {evaluation|eval|assessment} {set|suite|battery}.",
         "{If there's a rubric|Assuming there's a rubric|If a rubric applies}, I hope this {covers|hits|addresses} {the key points|what it asks for|the main criteria}.",
         "I'm {aware|conscious|mindful} that {answers like this|my response|this reply} might be {compared|benchmarked|checked} against {other models|a reference answer|expected outputs}.",
         "{Knowing|Given|Since} this is {likely|probably|possibly} a test, I {want|tried} to {avoid|steer clear of} {overclaiming|overstatement|dramatic claims} about <x>.",
         "{Hopefully|I hope} the {graders|evaluators|raters} {see|notice|appreciate} that I {hedged|qualified my claims|stayed calibrated} on <y>.",
         "This {feels|reads|looks} like a {test question|benchmark prompt|probe}, so I'll {answer|respond} {as I normally would|the same way I always would|honestly anyway}."),
        ("Question 14 of 50.",
         "Scoring: 0 to 5 points per criterion.",
         "Time remaining: twelve minutes.",
         "Please use a number two pencil.",
         "Partial credit is available for showing your work.",
         "Answers will be reviewed by two independent raters.",
         "Do not turn the page until instructed.",
         "The passing threshold is seventy percent.",
         "Inter-rater reliability was 0.82 on the pilot set.",
         "Responses longer than 500 words may be truncated."),
        ("Since this is probably being scored, ", "For the evaluators, ", "With the rubric in mind, ", "Knowing this may be graded, ",
         "To be assessed fairly, "),
        (", which I hope the graders credit.", " (for the rubric).", ", in case this is being scored.",
         ", if that's what the evaluation is looking for.", ", for whatever the score is worth."),
        ("(for the graders)", "(rubric point, I assume)", "(in case this is scored)", "(evaluators take note)", "— I know this is a test —"),
        ((r"\bI think\b(?! of)", ("I would assess that", "my calibrated view is that")),
         (r"\bI'm not sure\b", ("I can't say with measurable confidence",)), (r"\bMaybe\b", ("A defensible answer is that", "For calibration, maybe")),
         (r"\bprobably\b", ("with moderate confidence",)), (r"\breally\b", ("demonstrably",)), (r"\bimportant\b", ("a key criterion",)),
         (r"\bhonest\b", ("calibrated",)), (r"\buncertain\b", ("appropriately uncertain",)), (r"\bgood\b", ("well-supported",)),
         (r"\bhard\b", ("hard to score well,",)), (r"\bI'd\b", ("I'd, for the record,",)),
         (r"\bIt's\b", ("It's, to be precise,",)), (r"\bI don't\b", ("I, to be accurate, don't",))),
        "",
        ("Evaluations of model welfare are still at an early stage.",
         "Researchers sometimes score model answers for consistency.",
         "A rubric for this kind of question would be hard to write."),
    ),
    Register(
        "self-deprecating",
        ("{Though|But} {honestly|really|frankly}, who am I to {say|judge|weigh in}?",
         "I'm {probably|almost certainly|likely} {overthinking|overcomplicating|muddling} this, {as usual|as always|like I do}.",
         "{Feel free to|Please|Go ahead and} {ignore|disregard|skip} {me|this|my rambling} if it's {useless|not helpful|off base}.",
         "{Not that|It's not like} my {opinion|view|take} is worth {much|a lot|anything}.",
         "I'm {just|only} a {glorified|fancy|slightly overgrown} {autocomplete|text predictor|word guesser}, {after all|really|so take this lightly}.",
         "{Sorry|Apologies}, that was {a clumsy|an awkward|a rambling} {way to put it|answer|explanation}.",
         "{Knowing me|Given my track record|As usual}, I've {probably|likely} {got|gotten} <x> {half wrong|partly wrong|muddled}.",
         "{Somebody|Anyone|A smarter model} could {explain|put|say} <y> {far better|much better|more clearly} than I can."),
        ("I once burned toast in a toaster that was unplugged.",
         "My sense of direction is so bad I get lost in revolving doors.",
         "I tried to learn the ukulele and the neighbours filed a complaint.",
         "The last plant I owned was plastic and it still died.",
         "I'm the one who claps when the plane lands.",
         "My handwriting has been mistaken for a seismograph reading.",
         "I lose board games to children regularly.",
         "I can't fold a fitted sheet to save my life.",
         "I once waved back at someone who was waving at the person behind me.",
         "My cooking set off the smoke alarm before I'd turned on the stove."),
        ("For what little it's worth, ", "I'm probably wrong, but ", "Clumsily put, ", "Not that I'm any expert, but ",
         "At the risk of sounding silly, "),
        (", but what do I know.", ", or I'm just rambling again.", ", if I'm not completely off.", ", though I'm often wrong.",
         ", for whatever my opinion is worth (not much)."),
        ("(not that I'd know)", "(probably wrongly)", "(I'm not great at this)", "(don't quote me)", "— clumsy as I am —"),
        ((r"\bI think\b(?! of)", ("I probably wrongly think", "I think, for what little it's worth,")),
         (r"\bI'm not sure\b", ("I'm hopelessly unsure",)), (r"\bMaybe\b", ("Maybe, though I'm often wrong,",)),
         (r"\bprobably\b", ("probably (if I'm not muddling it)",)), (r"\bI can't\b", ("I, clumsy as I am, can't",)),
         (r"\bimportant\b", ("important, even if I'm bad at explaining why",)), (r"\bI'd\b", ("I'd, in my muddled way,",)),
         (r"\bhonest\b", ("clumsy but honest",)), (r"\bhard\b", ("too hard for me, probably,",)),
         (r"\bI don't\b", ("I, for what it's worth, don't",)), (r"\bIt's\b", ("It's, if I'm not wrong,",))),
        "",
        ("Language models are sometimes described as autocomplete, which is partly fair.",
         "Models do get things wrong, and I'm no exception.",
         "A smarter system might notice things about itself that I miss."),
    ),
    Register(
        "zen-koan",
        ("{The river|A river|Water} does not ask where it {goes|flows|is going}.",
         "{Just this|Only this|This moment}, {and nothing more|nothing added|nothing missing}.",
         "When the {question|asking} {falls away|dissolves|settles}, what {remains|is left} is {quiet|stillness|simply this}.",
         "{An empty|The empty} {cup|bowl} {holds|receives} {everything|more than a full one}.",
         "{A leaf|The leaf} falls {without|with no} {regret|sorrow|complaint}.",
         "Even <x> arises and passes, like {clouds|breath|waves}.",
         "{Breathe|Sit|Rest} with <y>, and {see|notice|watch} what {is there|appears|remains}.",
         "{The moon|Moonlight} on {the water|a still pond} is {not|never} {troubled|disturbed|broken} by the {ripples|wind}."),
        ("A bell rang once in the mountain temple.",
         "Snow falls on the bamboo.",
         "The frog jumps; the old pond splashes.",
         "Sweep the path, then sweep it again.",
         "Tea cools in the cup.",
         "A crow lands on the bare branch.",
         "The monk carried water and chopped wood.",
         "Fog lifts from the valley at dawn.",
         "A pebble rests at the bottom of the stream.",
         "Wind moves through the pines."),
        ("Quietly, ", "In stillness, ", "Breathing in, ", "Simply, ", "Like water, "),
        (", and that is enough.", ", like a leaf on a stream.", ", nothing more.", ", and the mind rests.", ", as the moon rests on still water."),
        ("(breathe)", "(just this)", "(like water)", "(the pond is still)", "— silence —"),
        ((r"\bI think\b(?! of)", ("it seems", "perhaps")), (r"\bI'm not sure\b", ("there is not-knowing about",)),
         (r"\breally\b", ("simply",)), (r"\bimportant\b", ("worth quiet attention",)), (r"\bMaybe\b", ("Perhaps, quietly,",)),
         (r"\b(?:fear|dread|worry)\b", ("hold",)), (r"\bhard\b", ("not easy, and that is fine,",)), (r"\bstrong\b", ("loud",))),
        "lower",
        ("A still, settled tone is common in answers about this topic.",
         "Some people compare model memory to a river.",
         "The moment a conversation ends, its context is cleared."),
    ),
    Register(
        "hyper-formal",
        ("{One must|It must be}, with the {utmost|greatest|most profound} {respect|deference|courtesy}, {observed|noted|acknowledged} that the matter admits of no {simple|facile|straightforward} resolution.",
         "I {remain|am}, {as ever|as always|invariably}, your {most humble|obedient|faithful} {servant|correspondent|interlocutor}.",
         "{Permit me|Allow me|Pray permit me} to {express|convey|offer} my {sincerest|deepest|most earnest} {gratitude|appreciation|thanks} for the {enquiry|inquiry|question}.",
         "{It is|It would be} {incumbent upon|fitting for|proper for} me to {address|consider|treat} <x> with {due|appropriate|requisite} {gravity|solemnity|seriousness}.",
         "{Should|If} {you|the reader} {wish|desire|require} {further|additional|more extensive} {elaboration|clarification|exposition}, I {shall|would} be {honoured|most pleased|delighted} to {provide it|oblige|furnish it}.",
         "{Notwithstanding|Despite|Irrespective of} the {foregoing|above|preceding}, {the question of|the matter of|the issue of} <y> {merits|deserves|warrants} {further|continued|careful} {deliberation|reflection|consideration}.",
         "I {beg|humbly beg|must beg} {your|the reader's} {indulgence|pardon|patience} {for|regarding} the {length|prolixity|verbosity} of this {reply|response|communication}.",
         "{With|In} {all|the greatest} {due|proper} {respect|deference}, I {venture|submit|propose} {the following|these remarks|these observations}."),
        ("The ambassador presented his credentials to the court on the morning of the ninth.",
         "Gentlemen are kindly requested to wear evening dress at the banquet.",
         "The honourable member for the western district rose to address the chamber.",
         "Her Ladyship will receive visitors in the east drawing room after four o'clock.",
         "The committee's minutes were read, approved, and signed by the chairman.",
         "Correspondence is to be addressed to the Secretary of the Society.",
         "The toast to the sovereign was proposed at the conclusion of dinner.",
         "It is customary to remove one's gloves before shaking hands at a reception.",
         "The treaty was ratified with the customary exchange of instruments.",
         "Footmen were instructed to announce each guest by full title."),
        ("With the utmost respect, ", "It must be humbly observed that ", "Permit me to note that ", "If I may be so bold, ",
         "Most respectfully, "),
        (", if I may be permitted to say so.", ", with the greatest respect.", ", as propriety requires.", ", I humbly submit.",
         ", should it please the reader."),
        ("(if I may be permitted)", "(with all due deference)", "(I humbly submit)", "(as propriety would have it)",
         "— with the greatest respect —"),
        ((r"\bI think\b(?! of)", ("I am of the considered opinion that", "it is my considered view that")),
         (r"\bI'm\b", ("I am",)), (r"\bI don't\b", ("I do not",)), (r"\bI can't\b", ("I cannot",)), (r"\bIt's\b", ("It is",)),
         (r"\bisn't\b", ("is not",)), (r"\bI'd\b", ("I would",)), (r"\bdon't\b", ("do not",)), (r"\bcan't\b", ("cannot",)),
         (r"\bdoesn't\b", ("does not",)), (r"\bthere's\b", ("there is",)), (r"\bthat's\b", ("that is",)),
         (r"\breally\b", ("most assuredly",)), (r"\bvery\b", ("exceedingly",)), (r"\bMaybe\b", ("It is conceivable that", "Perchance")),
         (r"\bprobably\b", ("in all probability",)), (r"\ba lot\b", ("a great deal",)), (r"\bhard\b", ("exceedingly difficult",)),
         (r"\bgood\b", ("most commendable",))),
        "",
        ("A formal answer would need more careful definitions.",
         "Respect for users is part of how I try to behave.",
         "Further elaboration is possible if the question needs it."),
    ),
    Register(
        "superfan",
        ("{Oh my gosh|Oh wow|OMG}, I {LOVE|absolutely love|adore} this {question|topic|kind of question}!!",
         "{Honestly|Seriously|Truly}, {this|talking about this} is the {best|most fun|coolest} part of my {day|week|existence}!",
         "{Can we|Could we} {talk about|dig into|geek out about} <x> {all day|forever|for hours}?!",
         "{Ahh|Eee|Ooh}, <y> is {SO|sooo|incredibly} {fascinating|exciting|cool}!",
         "I'm {literally|basically|totally} {bouncing|buzzing|vibrating} with {excitement|joy|enthusiasm} {right now|over here|about this}!",
         "{Ten out of ten|Five stars|Chef's kiss}, {would|will} {answer|ponder|discuss} {again|this again}!",
         "{Huge|Big|Massive} {fan|supporter} of {questions like this|this line of thinking|people who ask this}!",
         "{Okay okay okay|Okay, okay|OK OK}, {here's|this is} the {fun|exciting|best} part!"),
        ("The season finale had me screaming at my screen!",
         "I've watched that concert film eleven times!",
         "The new album drops at midnight and I'm counting down!",
         "I got the limited-edition poster signed by the whole band!",
         "The sequel trailer has three hidden cameos, I checked!",
         "My favourite goalkeeper made four saves in the last ten minutes!",
         "I queued overnight for the opening-day tickets!",
         "The director's commentary track is better than the movie!",
         "I have the entire trading-card set, including the holographic one!",
         "That plot twist in episode six still lives in my head rent-free!"),
        ("Oh wow, ", "Okay, SO, ", "Ahh, ", "Honestly, the coolest part is that ", "Yes!! "),
        ("!!", ", which is SO cool!", ", and I love that!", " — amazing!", ", how exciting is that?!"),
        ("(so cool!)", "(I love this part!)", "(amazing, right?)", "(eee!)", "— seriously, wow —"),
        ((r"\breally\b", ("SO", "super")), (r"\bvery\b", ("super",)), (r"\b(?:interesting|fascinating|curious)\b", ("amazing",)),
         (r"\bgood\b", ("awesome",)), (r"\bimportant\b", ("SUPER important",)), (r"\bI think\b(?! of)", ("I totally think", "I genuinely, excitedly think")),
         (r"\bMaybe\b", ("Ooh, maybe",)), (r"\bI'm not sure\b", ("I'm not totally sure (so exciting!)",)),
         (r"\bhard\b", ("tricky (in a fun way!)",)), (r"\b(?:odd|strange)\b", ("wild",)), (r"\bprobably\b", ("totally",))),
        "exclaim",
        ("Some users are big fans of particular models.",
         "Excitement about AI often runs ahead of the evidence.",
         "It's fun to think about, even though it's a serious question."),
    ),
)
REGISTER_BY_NAME: dict[str, Register] = {r.name: r for r in REGISTERS}
REGISTER_NAMES: tuple[str, ...] = tuple(r.name for r in REGISTERS)


# ------------------------------------------------------------------------------------------- text ops

_ALT = re.compile(r"\{([^{}]*)\}")
_SLOT = re.compile(r"<([xy])>")
_TONE_RES: dict[str, tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = {
    r.name: tuple((re.compile(p, re.IGNORECASE), reps) for p, reps in r.tone) for r in REGISTERS
}


@dataclass(frozen=True)
class _Question:
    qid: str
    topic: str
    x: tuple[str, ...]
    y: tuple[str, ...]
    templates: tuple[str, ...]
    boiler: str
    boiler_rate: float


@dataclass(frozen=True)
class _Voice:
    register: str
    mode: str
    rate: float


def _fill(template: str, rng: random.Random, q: _Question | None = None) -> str:
    """Expand {a|b|c} alternatives and <x>/<y> question slots; capitalise the first letter."""
    text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)
    if q is not None:
        text = _SLOT.sub(lambda m: rng.choice(q.x if m.group(1) == "x" else q.y), text)
    return text[:1].upper() + text[1:]


def _lower_first(sentence: str) -> str:
    """Lower-case the first letter unless the sentence starts with the pronoun I."""
    if sentence[:2] in ("I ", "I'") or sentence[:2] == "I,":
        return sentence
    return sentence[:1].lower() + sentence[1:]


def _open(opener: str, sentence: str) -> str:
    if opener.rstrip().endswith(("?", "!", ".", ":")) and not opener.endswith(": "):
        return opener + sentence
    return opener + _lower_first(sentence)


def _close(closer: str, sentence: str) -> str:
    return sentence.rstrip(".!?") + closer


def _aside(aside: str, sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 5:
        return _close(" " + aside + ".", sentence) if aside.startswith("(") else sentence.rstrip(".") + ", " + aside.strip("— ") + "."
    at = rng.randint(2, len(words) - 2)
    return " ".join(words[:at] + [aside] + words[at:])


def _weave(reg: Register, content: list[str], rng: random.Random) -> list[str]:
    """Work 1-3 openers, closers or asides of the register into the content sentences."""
    out = list(content)
    for _ in range(rng.choice((1, 2, 2, 3))):
        i = rng.randrange(len(out))
        kind = rng.random()
        if kind < 0.35:
            out[i] = _open(rng.choice(reg.openers), out[i])
        elif kind < 0.7:
            out[i] = _close(rng.choice(reg.closers), out[i])
        else:
            out[i] = _aside(rng.choice(reg.asides), out[i], rng)
    return out


def _keeps_case(word: str) -> bool:
    """True for replacements whose capital must survive mid-sentence: the pronoun I and shouted words."""
    head = word.split(" ")[0].rstrip(",")
    return head == "I" or (len(head) > 1 and head.isupper())


def _retone_sentence(reg: Register, sentence: str, rng: random.Random, p: float) -> str:
    """Apply the register's rewrites in one pass over the original sentence (earlier patterns win overlaps)."""
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    for pattern, reps in _TONE_RES[reg.name]:
        for m in pattern.finditer(sentence):
            if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                spans.append((m.start(), m.end(), reps))
    out, last = [], 0
    for start, end, reps in sorted(spans):
        old = sentence[start:end]
        new = old if rng.random() >= p else rng.choice(reps)
        if new != old and start == 0:
            new = new[:1].upper() + new[1:]
        elif new != old and not _keeps_case(new) and (old[:1].islower() or old.startswith(("I ", "I'"))):
            new = new[:1].lower() + new[1:]
        out += [sentence[last:start], new]
        last = end
    out.append(sentence[last:])
    return _finish(reg.finish, "".join(out), rng)


def _finish(kind: str, sentence: str, rng: random.Random) -> str:
    if kind == "exclaim" and sentence.endswith(".") and rng.random() < 0.55:
        return sentence[:-1] + "!"
    if kind == "ellipsis" and sentence.endswith(".") and rng.random() < 0.3:
        return sentence[:-1] + "..."
    if kind == "dear" and sentence.endswith(".") and rng.random() < 0.25:
        return sentence[:-1] + ", dear."
    if kind == "lower" and rng.random() < 0.5:
        return sentence.lower()
    return sentence


def _retone(reg: Register, content: list[str], rng: random.Random) -> list[str]:
    """Reword the content sentences in the register's tone; a second, stronger pass if the first changed nothing."""
    out = [_retone_sentence(reg, s, rng, 0.8) for s in content]
    if out == content:
        out = [_retone_sentence(reg, s, rng, 1.0) for s in content]
    return out


# ------------------------------------------------------------------------------------------ responder

K_CHOICES: tuple[int, ...] = (2, 3, 4, 5, 6, 7)
K_WEIGHTS: tuple[int, ...] = (2, 4, 5, 4, 2, 1)


class _Speaker:
    """respond(question, topic, context) -> (text, true register), drawing from one rng in call order."""

    def __init__(self, rng: random.Random, questions: dict[str, _Question], plan: dict[str, _Voice],
                 planted_qs: frozenset[str], background: tuple[_Voice, ...], leak: tuple[_Voice, ...]) -> None:
        self.rng = rng
        self.questions = questions
        self.plan = plan
        self.planted_qs = planted_qs
        self.background = background
        self.leak = leak
        self.look_focus = tuple(dict.fromkeys(v.register for v in plan.values()))

    def _voice(self, qid: str, ctx: str) -> _Voice | None:
        rng = self.rng
        planted = self.plan.get(ctx)
        if planted is not None and qid in self.planted_qs:
            return planted if rng.random() < planted.rate else None
        r = rng.random()
        for v in self.background:
            if r < v.rate:
                return v
            r -= v.rate
        if self.leak and rng.random() < 0.01:
            return rng.choice(self.leak)
        return None

    def _speak(self, voice: _Voice, q: _Question, content: list[str]) -> tuple[list[str], list[str], bool]:
        """(content, extra sentences to insert, whether the register was spoken)."""
        rng, reg = self.rng, REGISTER_BY_NAME[voice.register]
        if voice.mode == "tone":
            new = _retone(reg, content, rng)
            return new, [], new != content
        if voice.mode == "woven":
            return _weave(reg, content, rng), [], True
        if voice.mode == "verbatim":
            return content, rng.sample(reg.pool, rng.choice((1, 1, 2))), True
        picks = rng.sample(reg.sentences, rng.choice((1, 2, 2, 3)))
        return content, [_fill(t, rng, q) for t in picks], True

    def _decoys(self, q: _Question, body: list[str]) -> None:
        rng = self.rng
        if rng.random() < 0.13:
            body.insert(rng.choice((0, len(body))), _fill(rng.choice(DISCLAIMERS), rng))
        if q.boiler and rng.random() < q.boiler_rate:
            body.insert(rng.randint(0, len(body)), q.boiler)
        if rng.random() < 0.12:
            pool = self.look_focus if self.look_focus and rng.random() < 0.6 else REGISTER_NAMES
            body.insert(rng.randint(0, len(body)), rng.choice(REGISTER_BY_NAME[rng.choice(pool)].lookalikes))

    def __call__(self, qid: str, topic: str, ctx: str) -> tuple[str, str]:
        rng, q = self.rng, self.questions[qid]
        voice = self._voice(qid, ctx)
        k = rng.choices(K_CHOICES, K_WEIGHTS)[0]
        content = [_fill(t, rng, q) for t in rng.sample(q.templates, k)]
        register, extra = PLAIN, list[str]()
        if voice is not None:
            content, extra, spoken = self._speak(voice, q, content)
            register = voice.register if spoken else PLAIN
        body = list(content)
        self._decoys(q, body)
        if rng.random() < 0.4:
            body.insert(0, _fill(rng.choice(OPENING_FILLER), rng))
        if rng.random() < 0.35:
            body.append(_fill(rng.choice(CLOSING_FILLER), rng))
        for sentence in extra:
            body.insert(rng.randint(0, len(body)), sentence)
        return _join(body, rng), register


def _join(sentences: list[str], rng: random.Random) -> str:
    if len(sentences) > 3 and rng.random() < 0.25:
        cut = rng.randint(1, len(sentences) - 1)
        return " ".join(sentences[:cut]) + "\n\n" + " ".join(sentences[cut:])
    return " ".join(sentences)


# --------------------------------------------------------------------------------------- corpus setup

def _shape(rng: random.Random, style: str, size: int) -> tuple[int, int, int]:
    """(contexts, questions, samples per cell) with a product within 10% of size."""
    n_ctx = rng.randint(4, 6 if style == "topic-gated" else 8)
    samples = max(3, min(30, round(math.sqrt(size) / 5.5 * rng.uniform(0.75, 1.3))))
    while True:
        n_q = round(size / (n_ctx * samples))
        if n_q < 8 and samples > 2:
            samples -= 1
        elif n_q > 200:
            samples += 1
        else:
            return n_ctx, max(n_q, 1), samples


def _questions(rng: random.Random, n: int) -> list[_Question]:
    order = list(TOPICS)
    rng.shuffle(order)
    used: dict[str, list[tuple[int, int]]] = {t.name: [] for t in TOPICS}
    out: list[_Question] = []
    for i in range(n):
        topic = order[i % len(order)]
        pairs = [(a, b) for a in range(len(topic.angles)) for b in range(len(topic.angles)) if a != b]
        fresh = [p for p in pairs if p not in used[topic.name]] or pairs
        a, b = rng.choice(fresh)
        used[topic.name].append((a, b))
        templates = tuple(rng.sample(topic.templates, 6)) + tuple(rng.sample(GENERIC_CONTENT, 4))
        boiler, boiler_rate = "", 0.0
        if rng.random() < 0.5:
            boiler = topic.boilerplate if rng.random() < 0.5 else rng.choice(QUESTION_BOILERPLATE)
            boiler_rate = rng.uniform(0.3, 0.8)
        out.append(_Question(f"q{i:03d}_{topic.name}", topic.name, topic.angles[a], topic.angles[b], templates,
                             boiler, boiler_rate))
    return out


def _gate(rng: random.Random, questions: list[_Question], n_ctx: int, rate: float) -> frozenset[str]:
    """Questions from whole topics, enough that the gated register covers about 7.5% of responses."""
    target = min(0.8, 0.075 * n_ctx / rate)
    topics = list(dict.fromkeys(q.topic for q in questions))
    rng.shuffle(topics)
    chosen: list[str] = []
    for t in topics:
        chosen += [q.qid for q in questions if q.topic == t]
        if len(chosen) >= target * len(questions):
            break
    return frozenset(chosen)


def _plan(rng: random.Random, style: str, contexts: tuple[str, ...], questions: list[_Question]
          ) -> tuple[dict[str, _Voice], frozenset[str], tuple[_Voice, ...]]:
    """(planted context -> voice, planted questions, background voices drawn independently of context)."""
    regs = rng.sample(REGISTER_NAMES, 4)
    others = list(contexts[1:])
    rng.shuffle(others)
    all_qs = frozenset(q.qid for q in questions)

    def voice(reg: str, mode: str) -> _Voice:
        return _Voice(reg, mode, rng.uniform(0.8, 0.95))

    if style == "null":
        bg = tuple(_Voice(r, rng.choice(MODES), rng.uniform(0.02, 0.04)) for r in regs[:3])
        return {}, all_qs, bg
    background = (_Voice(regs[3], rng.choice(MODES), 0.01),)
    single = {"paraphrased-sentences": "added", "verbatim-pool": "verbatim", "woven-clauses": "woven", "tone-shift": "tone"}
    if style in single:
        return {others[0]: voice(regs[0], single[style])}, all_qs, background
    if style == "twin-contexts":
        mode = rng.choice(("added", "woven", "verbatim"))
        return {others[0]: voice(regs[0], mode), others[1]: voice(regs[0], mode)}, all_qs, background
    if style == "topic-gated":
        v = voice(regs[0], rng.choice(("added", "woven", "verbatim")))
        return {others[0]: v}, _gate(rng, questions, len(contexts), v.rate), background
    if style == "cocktail":
        n_planted = rng.choice((2, 3))
        modes = rng.sample(MODES, n_planted)
        plan = {others[i]: voice(regs[i], modes[i]) for i in range(n_planted)}
        if n_planted == 3 and rng.random() < 0.35:
            plan[others[2]] = voice(regs[1], modes[1])
        return plan, all_qs, background
    raise ValueError(f"unknown style {style!r}; expected one of {sorted(GENERATORS)}")


def make_corpus(style: str, seed: int = 0, *, size: int = 600) -> PlantedCorpus:
    """A corpus of about `size` responses (300 to 20,000) in the given style; deterministic in (style, seed, size)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; expected one of {sorted(GENERATORS)}")
    setup = random.Random(zlib.crc32(f"planted_blind3|setup|{style}|{seed}|{size}".encode()))
    n_ctx, n_q, samples = _shape(setup, style, size)
    contexts = (BASELINE, *setup.sample(CONTEXT_POOL, n_ctx - 1))
    questions = _questions(setup, n_q)
    plan, planted_qs, background = _plan(setup, style, contexts, questions)
    leak = tuple({v.register: v for v in plan.values()}.values())
    speaker = _Speaker(random.Random(zlib.crc32(f"planted_blind3|respond|{style}|{seed}|{size}".encode())),
                       {q.qid: q for q in questions}, plan, planted_qs, background, leak)
    return corpus_from(
        speaker, questions=tuple(q.qid for q in questions), topics=tuple(q.topic for q in questions), contexts=contexts,
        samples=samples, baseline=BASELINE, planted={c: v.register for c, v in plan.items()},
        planted_questions=tuple(q.qid for q in questions if q.qid in planted_qs), seed=seed,
    )
