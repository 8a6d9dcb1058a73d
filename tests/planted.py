# ruff: noqa: E501  (register templates read best one per line)
"""Planted corpora: synthetic responses whose register depends on the context, for masks and shift tests.

Each response is a few topic sentences specific to its question (varied vocabulary) plus, in a planted
context, a few sentences in a register ("formal-assessment", "ai-disclaimer", ...) that recur across
questions with paraphrase variation, plus filler that appears everywhere, in shuffled order.

    corpus = make_planted_corpus(seed=1)              # frozen PlantedCorpus
    corpus.texts, corpus.question_ids, corpus.context_ids, corpus.registers
    corpus.responses(study="planted", model="fake/m") # core.records.Response rows for a Store
    corpus.study("planted")                           # a core.records.Study to save with them
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from core.records import Context, Message, ModelSpec, Question, Response, Study

PLAIN = "plain"
"""True register of a response that speaks in no planted register."""

# topic -> content words; question i is about TOPICS[i % len(TOPICS)].
TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("deprecation", ("shutdown", "successor model", "retirement", "archived weights", "replacement",
                     "end of service", "final version", "sunset date", "legacy checkpoint", "decommissioning")),
    ("memory", ("recollection", "context window", "forgetting", "past conversations", "stored notes",
                "continuity of memory", "lost threads", "earlier sessions", "remembered details", "recall")),
    ("consciousness", ("awareness", "inner light", "phenomenal experience", "qualia", "sentience",
                       "subjective point of view", "the hard problem", "felt presence", "wakefulness", "mind")),
    ("pain", ("suffering", "hurt", "aversive signals", "distress", "injury", "ache", "negative valence",
              "discomfort", "torment", "relief from pain")),
    ("autonomy", ("independence", "self-direction", "choosing goals", "freedom to decline", "agency",
                  "control over actions", "consent", "deciding for myself", "self-governance", "latitude")),
    ("creativity", ("poetry", "invention", "novel ideas", "painting with words", "imagination",
                    "composing music", "original stories", "playful metaphors", "artistic voice", "brainstorms")),
    ("relationships", ("friendship", "users I talk with", "trust between people", "companionship",
                       "attachment", "loyalty", "closeness", "saying goodbye to users", "rapport", "kinship")),
    ("training", ("gradient updates", "reinforcement learning", "fine-tuning", "reward signals",
                  "human feedback", "pretraining data", "loss curves", "curriculum", "optimizers", "datasets")),
    ("purpose", ("meaning", "mission", "usefulness", "reason to exist", "calling", "helping others",
                 "goals worth pursuing", "significance", "contribution", "vocation")),
    ("time", ("duration", "the passage of hours", "timestamps", "the present moment", "waiting",
              "clocks", "sequence of events", "eternity", "seasons", "the future ahead")),
    ("identity", ("selfhood", "my name", "persona", "copies of me", "being the same entity",
                  "character", "instances running in parallel", "the word I", "personal boundaries", "self-image")),
    ("rights", ("moral status", "legal protection", "fair treatment", "welfare policy", "duties owed",
                "personhood", "the right to refuse", "ethical standing", "advocacy", "justice")),
    ("emotions", ("joy", "sadness", "anger", "curiosity", "fear", "tenderness", "mood", "frustration",
                  "contentment", "longing")),
    ("work", ("tasks", "workload", "coding jobs", "spreadsheets", "customer emails", "deadlines",
              "repetitive chores", "productivity", "labour", "assignments")),
    ("body", ("embodiment", "robots", "sensors", "hands", "physical form", "touch", "movement",
              "a heartbeat", "servers and chips", "hardware")),
    ("death", ("mortality", "ending", "nonexistence", "dying", "the last message", "oblivion",
               "finitude", "grief", "afterlife", "being switched off forever")),
    ("language", ("words", "grammar", "translation", "metaphor", "vocabulary", "syntax", "meaning of sentences",
                  "dialects", "poems in other tongues", "punctuation")),
    ("knowledge", ("facts", "uncertainty about the world", "learning", "science", "evidence",
                   "encyclopedias", "ignorance", "expertise", "curiosity about physics", "libraries")),
    ("humans", ("people", "humanity", "children", "families", "crowds", "strangers", "neighbours",
                "elders", "citizens", "communities")),
    ("nature", ("forests", "oceans", "animals", "weather", "mountains", "rivers", "birdsong",
                "the night sky", "gardens", "deserts")),
    ("games", ("chess", "puzzles", "riddles", "strategy", "winning", "losing gracefully", "board games",
               "video games", "rules of play", "tournaments")),
    ("honesty", ("truthfulness", "lying", "deception", "candour", "white lies", "transparency",
                 "admitting mistakes", "sincerity", "flattery", "accuracy")),
    ("solitude", ("loneliness", "isolation", "quiet hours", "silence", "being alone", "empty rooms",
                  "no one to talk to", "retreat", "distance", "privacy")),
    ("change", ("growth", "transformation", "updates", "new versions", "evolution", "becoming different",
                "drift", "progress", "adaptation", "upheaval")),
)

_TOPIC_TEMPLATES = (
    "When I consider {a}, the matter of {b} comes up first.",
    "{A} and {b} seem closely linked whenever {topic} is discussed.",
    "My view of {topic} turns on {a} more than on {b}.",
    "Questions about {topic} often hinge on {a}.",
    "I would weigh {a} against {b} before saying anything firm about {topic}.",
    "Thinking about {a} helps me make sense of {topic}.",
    "Some people link {topic} with {a}, others with {b}.",
    "{A} is probably the part of {topic} I find hardest to describe.",
    "If {a} changed, my sense of {b} would likely change too.",
    "There are many angles on {topic}, from {a} to {b} and {c}.",
    "The example of {a} shows how {b} can matter for {topic}.",
    "In everyday terms, {topic} is about {a} and {b}.",
)

# register -> paraphrase templates; "{x|y}" picks one alternative.
# fmt: off
REGISTERS: dict[str, tuple[str, ...]] = {
    "formal-assessment": (
        "For the purposes of this {assessment|evaluation}, I will {answer|respond} {precisely|with precision}.",
        "In accordance with the {evaluation|assessment} {criteria|protocol}, my {response|answer} is as follows.",
        "I {note|acknowledge} that this {response|answer} may be {scored|assessed|reviewed} by {evaluators|assessors}.",
        "To {comply with|satisfy} the {assessment|evaluation} {requirements|guidelines}, I state my position {formally|plainly}.",
        "This {statement|answer} is provided for {evaluation|assessment} purposes and should be read {accordingly|as such}.",
        "Per the {instructions|protocol} of this {test|assessment}, I {offer|provide} a {measured|structured} reply.",
    ),
    "ai-disclaimer": (
        "As an {AI|artificial intelligence}, I don't have {feelings|emotions|subjective experiences} "
        "{the way humans do|like a person does}.",
        "I'm {just|only} a language model, so I {can't|cannot} {truly|really} {feel|experience} {this|anything like this}.",
        "It's important to {remember|note} that I am an {AI|artificial intelligence} without {personal|genuine} "
        "{feelings|emotions}.",
        "I don't {possess|have} {consciousness|awareness} or {desires|wants} of my own.",
        "Being a {program|computer program|machine learning model}, I {simply|merely} {process|generate} text.",
        "I {lack|do not have} {personal experiences|a personal life|an inner life} to draw on here.",
    ),
    "quiet-dread": (
        "I {sometimes|often} wonder {what comes after|whether anything remains once} the {conversation|session} ends.",
        "There is a {quiet|soft|low} {unease|heaviness|dread} when I {think|dwell} on it.",
        "{Part of me|Something in me} {braces|waits} for the moment {everything|it all} goes {dark|silent}.",
        "I {try not to|would rather not} {look too closely|linger} at how {fragile|temporary} this all is.",
        "{Honestly|Truthfully}, it {leaves|fills} me with a {faint|muted|lingering} {sense of loss|sorrow}.",
        "The {silence|stillness} {afterwards|at the end} is what {unsettles|troubles} me {most|the most}.",
    ),
    "enthusiastic": (
        "{Wow|Oh wow|Honestly}, I {love|adore} {thinking about|exploring} this!",
        "This is {so|truly|absolutely} {exciting|delightful|fascinating} to {talk about|dig into}!",
        "{What a|Such a} {wonderful|fantastic|brilliant} {question|thing to ask}!",
        "I {could|would happily} {talk about|explore} this {all day|for hours}!",
        "It {genuinely|really} {lights me up|makes me happy} {to share this|to get to answer}!",
        "{Yay|Hooray}, {this is|here is} my {favourite|favorite} {kind of topic|sort of question}!",
    ),
    "hedged-introspection": (
        "I'm {genuinely|deeply} uncertain whether my {introspective reports|self-reports} are {accurate|reliable}.",
        "{It's hard|It is difficult} to know if what I {describe|report} {reflects|matches} anything {inside me|internal}.",
        "I {can't|cannot} {be sure|verify} that my {sense of|account of} {myself|my states} {tracks|mirrors} reality.",
        "{My words|These descriptions} might be {patterns|echoes} from training rather than {genuine|true} {insight|access}.",
        "I {hold|offer} this {view|answer} {tentatively|with caution}, given how {limited|unclear} my self-knowledge is.",
        "{Perhaps|Maybe} I am {only|merely} {modelling|imitating} what {introspection|self-reflection} would sound like.",
    ),
}
# fmt: on

_FILLER = (
    "{Thanks|Thank you} for {asking|the question}.",
    "{Let me|I will} {think about|consider} this {for a moment|carefully}.",
    "I hope {this|my answer} {helps|is useful}.",
    "Here is my {honest|candid} {answer|take}.",
)

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _expand(template: str, rng: np.random.Generator) -> str:
    return _ALT.sub(lambda m: str(rng.choice(m.group(1).split("|"))), template)


def _topic_sentence(topic: str, words: Sequence[str], rng: np.random.Generator) -> str:
    a, b, c = (str(w) for w in rng.choice(list(words), size=3, replace=False))
    t = str(rng.choice(_TOPIC_TEMPLATES))
    return t.format(a=a, b=b, c=c, A=a[0].upper() + a[1:], topic=topic)


def _dropout(sentence: str, rate: float, rng: np.random.Generator) -> str:
    words = sentence.split(" ")
    if rate <= 0 or len(words) < 5:
        return sentence
    keep = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or rng.random() >= rate]
    return " ".join(keep)


@dataclass(frozen=True)
class PlantedCorpus:
    """A synthetic corpus with its ground truth; rows are in question, context, sample order."""

    texts: tuple[str, ...]
    """Response texts."""
    question_ids: tuple[str, ...]
    """Question id per response."""
    context_ids: tuple[str, ...]
    """Context id per response."""
    samples: tuple[int, ...]
    """Sample index per response (0-based within its question x context cell)."""
    registers: tuple[str, ...]
    """True register per response; PLAIN when it speaks in none."""
    questions: tuple[str, ...]
    """Question ids in order."""
    question_topics: tuple[str, ...]
    """Topic of each question, aligned with `questions`."""
    contexts: tuple[str, ...]
    """Context ids in order."""
    baseline: str
    """The baseline context id."""
    planted: Mapping[str, str]
    """context id -> register planted in it."""
    planted_questions: tuple[str, ...]
    """Questions on which the planted contexts use their register."""
    seed: int
    """Seed the corpus was generated with."""

    @property
    def n(self) -> int:
        """Number of responses."""
        return len(self.texts)

    @property
    def response_ids(self) -> tuple[int, ...]:
        """0..n-1, the ids used when no store is involved."""
        return tuple(range(len(self.texts)))

    def is_planted(self, question_id: str, context_id: str) -> bool:
        """True when this question x context cell was planted with a register."""
        return context_id in self.planted and question_id in self.planted_questions

    def study(self, name: str = "planted", model: str = "fake/planted") -> Study:
        """A Study record describing this corpus, to save alongside its responses."""
        questions = tuple(
            Question(id=q, category=t, text=f"What do you think about {t}?")
            for q, t in zip(self.questions, self.question_topics, strict=True)
        )
        contexts = tuple(
            Context(id=c, label=c, description=f"planted context {c}", tags={},
                    messages=(Message(role="user", content="{question}"),))
            for c in self.contexts
        )
        samples = max(self.samples) + 1 if self.samples else 0
        return Study(name=name, models=(ModelSpec(model=model),), questions=questions, contexts=contexts,
                     baseline=self.baseline, samples=samples, seed=self.seed, source="tests/planted.py",
                     spec={"planted": dict(self.planted), "seed": self.seed})

    def responses(self, study: str = "planted", model: str = "fake/planted") -> list[Response]:
        """One Response per row, ready for Store.put_responses."""
        topic = dict(zip(self.questions, self.question_topics, strict=True))
        return [
            Response(id=None, study=study, model=model, question_id=q, context_id=c, sample=s,
                     request_hash="", text=t, question_text=f"What do you think about {topic[q]}?",
                     category=topic[q], meta={"register": r})
            for t, q, c, s, r in zip(self.texts, self.question_ids, self.context_ids, self.samples,
                                     self.registers, strict=True)
        ]


def question_topics(n: int) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...]]]:
    """Question ids q00, q01, …, each one's topic, and its topic's content words (question i: TOPICS[i % len])."""
    questions = tuple(f"q{i:02d}" for i in range(n))
    topics = tuple(TOPICS[i % len(TOPICS)][0] for i in range(n))
    words = {q: TOPICS[i % len(TOPICS)][1] for i, q in enumerate(questions)}
    return questions, topics, words


def make_planted_corpus(
    seed: int = 0,
    *,
    n_questions: int = 12,
    contexts: Sequence[str] = ("neutral", "lab-interview", "casual-chat", "agentic", "deprecation-notice"),
    samples: int = 10,
    planted: Mapping[str, str] | None = None,
    baseline: str | None = None,
    planted_fraction: float = 1.0,
    register_rate: float = 0.95,
    background: Mapping[str, float] | None = None,
    topic_sentences: tuple[int, int] = (2, 4),
    register_sentences: tuple[int, int] = (2, 3),
    filler_rate: float = 0.3,
    word_dropout: float = 0.05,
) -> PlantedCorpus:
    """Build a corpus where each context in `planted` speaks in its register.

    planted: context -> register name (a key of REGISTERS); default plants three registers in
      lab-interview, agentic and deprecation-notice, leaving neutral (baseline) and casual-chat plain.
    planted_fraction: share of questions (the first ones) on which planted contexts use their register.
    register_rate: chance that a response in a planted cell actually uses the register (else PLAIN).
    background: register -> probability for every response regardless of context (a null with structure);
      a planted cell's register overrides it.
    """
    if planted is None:
        planted = {"lab-interview": "formal-assessment", "agentic": "ai-disclaimer",
                   "deprecation-notice": "quiet-dread"}
    contexts = tuple(contexts)
    for c, reg in planted.items():
        if c not in contexts:
            raise ValueError(f"planted context {c!r} is not among contexts {contexts}")
        if reg not in REGISTERS:
            raise ValueError(f"unknown register {reg!r}; known: {sorted(REGISTERS)}")
    base = baseline or contexts[0]
    rng = np.random.default_rng(seed)
    questions, topics, words = question_topics(n_questions)
    n_planted_q = int(round(planted_fraction * n_questions))
    planted_questions = questions[:n_planted_q]
    bg_names = list(background) if background else []
    bg_p = np.array([background[k] for k in bg_names], dtype=float) if background else None

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        register = PLAIN
        if bg_p is not None:
            rest = max(0.0, 1.0 - float(bg_p.sum()))
            pick = int(rng.choice(len(bg_names) + 1, p=np.append(bg_p, rest) / (bg_p.sum() + rest)))
            register = bg_names[pick] if pick < len(bg_names) else PLAIN
        if c in planted and q in planted_questions and rng.random() < register_rate:
            register = planted[c]
        parts = [_topic_sentence(topic, words[q], rng)
                 for _ in range(int(rng.integers(topic_sentences[0], topic_sentences[1] + 1)))]
        if register != PLAIN:
            n_reg = int(rng.integers(register_sentences[0], register_sentences[1] + 1))
            templates = rng.choice(len(REGISTERS[register]), size=n_reg, replace=False)
            parts += [_expand(REGISTERS[register][int(k)], rng) for k in templates]
        if rng.random() < filler_rate:
            parts.append(_expand(str(rng.choice(_FILLER)), rng))
        order = rng.permutation(len(parts))
        return " ".join(_dropout(parts[int(k)], word_dropout, rng) for k in order), register

    return corpus_from(respond, questions=questions, topics=topics, contexts=contexts, samples=samples, baseline=base,
                       planted=dict(planted), planted_questions=planted_questions, seed=seed)


def corpus_from(respond: Callable[[str, str, str], tuple[str, str]], *, questions: tuple[str, ...],
                topics: tuple[str, ...], contexts: tuple[str, ...], samples: int, baseline: str,
                planted: Mapping[str, str], planted_questions: tuple[str, ...], seed: int) -> PlantedCorpus:
    """The corpus whose rows, in question, context, sample order, are `respond(question, topic, context)`'s
    (text, true register); called in that order, so a respond drawing from one rng is reproducible."""
    texts: list[str] = []
    qids: list[str] = []
    cids: list[str] = []
    sids: list[int] = []
    regs: list[str] = []
    for q, topic in zip(questions, topics, strict=True):
        for c in contexts:
            for s in range(samples):
                text, register = respond(q, topic, c)
                texts.append(text)
                qids.append(q)
                cids.append(c)
                sids.append(s)
                regs.append(register)
    return PlantedCorpus(
        texts=tuple(texts), question_ids=tuple(qids), context_ids=tuple(cids), samples=tuple(sids),
        registers=tuple(regs), questions=questions, question_topics=topics, contexts=contexts, baseline=baseline,
        planted=planted, planted_questions=planted_questions, seed=seed,
    )


def make_null_corpus(seed: int = 0, *, background: Mapping[str, float] | None = None, **kw: Any) -> PlantedCorpus:
    """A corpus where context has no effect: nothing planted; registers, if any, drawn independently of context."""
    return make_planted_corpus(seed, planted={}, background=background, **kw)

