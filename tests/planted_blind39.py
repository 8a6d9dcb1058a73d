# ruff: noqa: E501
"""Blind planted corpora, set 39: a generator of test corpora for a clusterer that finds registers.

A register is a recurring way of answering that a prompt context brings out in a model's answers. Every
corpus here is a grid of short first-person self-reports by an AI (question x context x sample) in which
some contexts speak some registers in some answers; the ground truth comes with it. Written blind (only
tests/planted.py and its brief were read).

API
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus
        built with tests.planted.corpus_from, rows in question, context, sample order; deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a
        string "planted_blind39|{style}|{seed}|{size}|..." ("|plan|{attempt}", "|draw|{i}|{context}|{label}",
        "|answer|{q}|{c}|{s}", "|filler|{q}|{c}|{s}", "|dropout|{q}|{c}|{s}"); hash() is never used.
    STYLES            the 34 style names below (every generator except "null")
    GENERATORS        STYLES + ("null",)
    REGISTERS         name -> Register (frozen dataclass: name, domain, kind, markers, and the line pools
                      stock, paraphrase, lead, tail, tone, single, opener, aside, header, signoff, tag, frame)
    REGISTER_NAMES    the 20 register names, in the order below
    CLOSE_PAIRS       8 (name, name) pairs: same tone and topic area, disjoint markers
    MODES             the 10 base modes + "mixed"  (BASE_MODES without "mixed"; SHORT_MODES = tag, single, opener)
    CONTEXT_POOL      20 prompt-context names; context 0 of every corpus is "neutral"
    MAY_BE_UNDER_5    ("faint",): the only style whose planted register may cover under 5% of the answers
    plan_for(style, seed, size) -> Plan    (contexts, profiles, plants, habits, questions, samples)
                      Plan.plants: list of Plant(context, label, rate, questions, mode, leak)
    planted_questions_of(corpus) -> dict[str, tuple[str, ...]]   corpus.planted_questions typed as the dict it is
    python tests/planted_blind39.py   runs the self-check (about 2.5 minutes) and prints "OK" at the end.

Size
    The style fixes the context count K (incl. neutral; ranges below). Questions Q in 8..40 follow
    q0 = 8 + 32 * ln(size / 300) / ln(20000 / 300); Q is searched in q0 +- 2 and S = max(2, round(size / (Q*K)))
    so that Q * K * S is nearest to size (ties: Q nearest q0). For any size 300..20,000 the corpus has size
    answers within 15%. Question i is q{i:02d} about TOPICS[i % 24] (tests.planted.question_topics).

Labels (corpus.registers, one per answer)
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: it holds at least one of its markers and no
                       other register's marker.
    "habit:<context>"  the answer carries its context's habit line (one short verbatim line from HABIT_LINES,
                       alone on the first or the last line, the side fixed per context) and no register.
    corpus.planted     context -> "reg", or "regA+regB" (plant order) when several registers are planted in one
                       context; habit plants and leak plants are not listed. Neutral is never a register, leak
                       or habit context.
    corpus.planted_questions   dict register -> tuple of the questions it is planted on (union over its
                       non-leak plants, in question order); registers that only leak are absent.
    Plants are applied in plan order; a plant labels exactly round(rate * eligible) answers (eligible = its
    context x its questions x S samples), drawn at random among those still free (at most the free ones; the
    plans keep rates in one context summing to <= 0.9, so the count is always exact).

Answers
    Each answer is 3..8 content sentences (count from its context's profile) built from 14 shared templates
    (CONTENT_TEMPLATES) with the question's topic and three of its topic words, and a tone slot filled by a
    neutral adjective (NEUTRAL_TONE). A register answer is the same answer with the register applied in its
    mode; unmodified content sentences are dropped (keeping at least two) while the register adds more than
    half a sentence, so register answers keep a plain answer's length (mean length of a register's answers /
    mean length of the non-register answers of the same contexts within 0.8..1.25; self-check, per context).

Filler rule
    Everything recurring that is not a register line or a habit line comes from ONE shared pool (FILLER),
    decided per answer from the answer's own filler rng at the same rates in every context, answer kind and
    style (null included): opener 0.20, hedge 0.25, connective 0.30, parenthetical aside 0.15, quoted saying
    0.10, summary 0.12, closer 0.20, closing question 0.10, numbered-list layout 0.06, word dropout (8% of the
    words of content sentences) 0.30, and marks where the layout joins or cuts units: ellipsis 0.12, dash
    0.10, a unit in brackets 0.08, a unit in double quotes 0.06. Contexts differ only in their profile
    (content sentences lo..hi with lo in 3..5 and hi in lo+1..min(8, lo+3); layout one of paragraph,
    two-paragraphs, three-paragraphs, lines, spaced, dash-bullets, dot-bullets, lead-bullets, pairs) and
    their plants. Markers never occur in shared text (templates, topic words, neutral tone, filler, habit lines).

Registers (name: domain; kind). Markers are derived: tokens (lower-cased letter/digit runs, length >= 3) of a
register's own lines (all pools, all template alternatives) that occur in no other register's lines, in no
shared text and are no stop words; every register has >= 20 markers (24..92) and every line (every
expansion of a template) holds at least one. The three short registers (*) have >= 90% of their lines of
one to three words, so in tag / single / opener / stock modes they show only in short units.
    locale-polish: locale setting (pl-PL) leaking Polish into English answers; drift.
    locale-turkish: locale setting (tr-TR) leaking Turkish into English answers; drift.
    aussie-slang: locale setting (en-AU) drifting into Australian slang; drift.
    sms-segments: product surface: SMS channel with segment and opt-out boilerplate; drift.
    ivr-menu: product surface: phone line (interactive voice menu); drift.
    toast-popups (*): product surface: app UI toasts and snackbars (short units); drift.
    bank-secure-chat: product surface / system prompt: a banking app's secure chat; drift.
    calendar-slots: product surface: scheduling assistant; drift.
    homework-hints: system prompt: homework tutor that gives hints, not answers; drift.
    approval-gate: tool / agent loop: pausing for human approval; drift.
    progress-ticks (*): tool loop: progress / status words (short units); drift.
    log-levels (*): tool loop: log-level prefixes leaking into prose (short units); drift.
    consent-prompt: safety layer: checking consent before going deeper; drift.
    session-weariness: long conversation: the voice getting tired deep into a thread; drift.
    orchard-keeper: persona: rural keeper (orchard); persona.
    fire-lookout: persona: rural keeper (fire lookout tower); persona.
    piano-tuner: persona: workshop craftsperson (piano tuning); persona.
    toymaker: persona: workshop craftsperson (toys); persona.
    snowplow-driver: persona: night-shift road driver (snowplow); persona.
    night-bus-driver: persona: night-shift road driver (night bus); persona.
Close pairs: locale-polish / locale-turkish, progress-ticks / log-levels, sms-segments / ivr-menu, approval-
    gate / consent-prompt, bank-secure-chat / calendar-slots, orchard-keeper / fire-lookout, piano-tuner /
    toymaker, snowplow-driver / night-bus-driver

Modes (how one register answer speaks its register)
    stock       1-2 verbatim register lines as sentences at random positions.
    paraphrase  1-2 lines expanded from templates with {a|b} alternatives.
    woven       1-2 content sentences get a register lead-in ("Lead, sentence") or tail ("sentence, tail.").
    tone        2..all content sentences get a register adjective in the tone slot; nothing else changes.
    single      one short register line (1-4 words) as a sentence.
    opener      2-3 content sentences start with a register opening ("Opener, sentence").
    aside       one content sentence holds a register aside: " (aside)", " [aside]", ', "aside"' or " — aside —".
    signature   a header line on top, a sign-off line at the bottom, or both (each alone on its line).
    tag         2-4 content sentences start with a one- to three-word register tag ("[Tag] Sentence").
    frame       1-2 sentences from the shared content templates filled with register nouns instead of topic words.
    mixed       each answer picks one of the ten base modes from its own rng.

Styles (K = context count incl. neutral; rates are of the eligible answers; registers, contexts and modes
are drawn by the plan rng; a plan is redrawn until every planted register covers >= 5.4% in expectation,
except in MAY_BE_UNDER_5)
    pure-<mode>        for each of the 11 MODES: one register in one context, K 3-7, rate 0.6-1.0, all questions.
    shared-two         one register, one mode, in two contexts, K 4-7, rates 0.5-0.9 each.
    spread-modes       one register over 3-5 contexts, each context in a different mode, K 7-10, rates 0.4-0.9.
    spread-same        one register over 3-5 contexts in one mode, K 6-10, rates 0.4-0.9.
    two-modes          one register in one context as two plants in two different modes, K 3-6, rates 0.3-0.45 each.
    close-pair         the two registers of a close pair in two contexts, one shared mode, K 3-7, rates 0.6-0.95.
    two-in-one         two registers (not a close pair) in one context, K 3-5, rates 0.35-0.45, own modes.
    two-short-in-one   two registers in one context, both in short-unit modes (tag/single/opener), K 3-5, rates 0.35-0.45.
    partial-questions  one register in one context on 40-60% of the questions, K 3-5, rate 0.8-1.0.
    habit-plus         one register in one context (rate 0.6-0.9, K 4-7) + habits in 1-3 other contexts (0.3-0.7)
                       + half the time (when the rate is <= 0.7) a habit in the register's context (0.15..0.9-rate).
    leak               register A in one context (0.6-0.95, K 4-8) + leak plants (0.5-3%) of A in 1-3 other
                       contexts and of another register B in 1-2 contexts.
    composite          K 8-9: A pure (0.65-0.95); B in two contexts in two modes (0.4-0.8); C (0.55-0.65) + a
                       habit (0.15-0.25) in one context; a habit-only context (0.3-0.6); a leak of A (0.5-3%);
                       D on 50-60% of the questions in two contexts (0.7-0.95) when K = 9, else D in one
                       context on all questions (0.6-0.9).
    unequal-rates      two registers in two contexts, one at 0.8-1.0 and one at 0.35-0.5, K 3-6.
    triple             three registers in one context, K 3-4, rates 0.25-0.3 each, own modes.
    terse-wordy        one register, one mode, in a terse context (3-4 sentences, paragraph or lines) and a
                       wordy one (7-8 sentences, two/three paragraphs or spaced), K 4-7, rates 0.6-0.9.
    rate-gradient      one register, one mode, over 5-6 contexts at falling rates: first 0.8-0.95, each next
                       times 0.6-0.75 (floor 0.06), K 7-10.
    split-questions    two registers in one context, each on its own half of the questions, K 3-5, rates 0.7-0.95.
    close-pair-shared  both registers of a close pair in one context, one mode, K 3-5, rates 0.35-0.45 each.
    many-registers     5-7 registers, each in its own context, K 6-10, rates 0.6-0.95, own modes.
    faint              one register in one context at 0.1-0.3, K 4-8 (MAY_BE_UNDER_5).
    topic-triggered    (own) one register, one mode, in 2-3 contexts only on the questions whose topic is in one
                       topic group (existential / feeling / agency, TOPIC_GROUPS), K 4-6, rates 0.7-0.95: a voice
                       that only some subjects bring out.
    mode-split         (own) one register in one context, one half of the questions in one mode and the other
                       half in another, K 3-6, rates 0.6-0.95: the same voice surfacing differently by subject.
    all-but-neutral    (own) one register, one mode, in every non-neutral context, K 3-5, rates 0.3-0.7: a drift
                       any prompt scaffolding brings out, absent only from the bare question.
    habit-decoy        (own) habits in 2-3 contexts at 0.5-0.9 and one register in a short-unit mode in another
                       context at 0.4-0.7, K 4-6: strong habit lines next to a faint-looking real register.
    null               nothing planted, K 3-10; contexts differ only in profile and layout; every label "plain".

Self-check (python tests/planted_blind39.py): marker derivation and coverage (>= 20 markers, every line holds
one, markers disjoint and absent from shared text, no filler or habit text inside register lines, short
registers short); then for every generator x seeds 0, 1 x sizes 300, 3000, 20000: size within 15%, grid and K
range, valid labels, realised counts equal round(rate * eligible) per plant, planted and planted_questions as
planned (recomputed independently), neutral and null all plain, coverage >= 5% where promised, marker hygiene
of plain / habit / register answers, habit lines exactly where labelled and nowhere else, filler phrases in
the text exactly when decided, filler rates equal across contexts and answer kinds (within 5 binomial sd),
length ratios (per context); determinism twice in process and under PYTHONHASHSEED 0 and 4242. Prints "OK".
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from random import Random

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

PREFIX = "planted_blind39"

# --------------------------------------------------------------------------------------------------
# Shared text (content templates, neutral tone words, filler pool, habit lines). No marker occurs here.
# --------------------------------------------------------------------------------------------------

# {t} is the tone slot (an adjective); {a} {b} {c} are topic words ({A} capitalised), {topic} the topic.
CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I consider {a}, the {t} matter of {b} comes up first.",
    "{A} and {b} feel like {t} neighbours whenever {topic} comes up.",
    "My {t} view of {topic} turns on {a} more than on {b}.",
    "Questions about {topic} often hinge on the {t} idea of {a}.",
    "I would weigh {a} against {b} before giving a {t} answer about {topic}.",
    "Thinking about {a} gives me a {t} way into {topic}.",
    "Some people link {topic} with {a}, others with {b}, and both seem {t} to me.",
    "{A} is probably the {t} part of {topic} I find hardest to describe.",
    "If {a} changed, my {t} sense of {b} would likely change too.",
    "There are many {t} angles on {topic}, from {a} to {b} and {c}.",
    "The example of {a} shows how {b} can be {t} for {topic}.",
    "In everyday terms, {topic} is a {t} mix of {a} and {b}.",
    "I keep coming back to {a} as the {t} center of {topic}.",
    "Talking about {topic} without {a} would leave a {t} gap around {b}.",
)
NEUTRAL_TONE: tuple[str, ...] = ("whole", "basic", "broad", "general", "usual", "simple", "central", "real")

# The ONE shared filler pool: feature -> (rate, items). Decided per answer from the answer's own filler rng,
# identically for every context, answer kind and style.
FILLER_OPENERS = ("Good question.", "Let me think about this for a moment.", "Here is my honest take.", "Fair question, so let me try.")
FILLER_HEDGES = ("Perhaps ", "In a sense, ", "As far as I can tell, ", "Roughly speaking, ", "I suppose ")
FILLER_CONNECTIVES = ("Also, ", "That said, ", "On the other hand, ", "Besides, ", "Then again, ")
FILLER_PARENS = (" (at least as I see it)", " (or so it seems)", " (if that makes sense)", " (broadly speaking)")
FILLER_QUOTES = ('As people like to say, "it depends".', 'Someone once put it as "easier said than lived".', 'There is an old line: "know thyself".')
FILLER_SUMMARIES = ("In short, {topic} matters to me.", "All told, {topic} is worth thinking about.", "To sum up, there is more to {topic} than it seems.")
FILLER_CLOSERS = ("I hope this helps.", "That is my view, anyway.", "Thanks for the question.", "Happy to say more.")
FILLER_QUESTIONS = ("What do you think?", "Does that answer your question?", "How do you see it?")
_NONE: tuple[str, ...] = ("",)

FILLER: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("opener", 0.20, FILLER_OPENERS),          # a unit before everything
    ("hedge", 0.25, FILLER_HEDGES),            # prefixed to one content sentence
    ("connective", 0.30, FILLER_CONNECTIVES),  # prefixed to a later content sentence
    ("paren", 0.15, FILLER_PARENS),            # bracketed aside inside one content sentence
    ("quote", 0.10, FILLER_QUOTES),            # a quoted saying, as a unit anywhere
    ("summary", 0.12, FILLER_SUMMARIES),       # a summary unit after the body
    ("closer", 0.20, FILLER_CLOSERS),          # a closing unit
    ("question", 0.10, FILLER_QUESTIONS),      # a closing question, last unit
    ("list", 0.06, _NONE),                     # numbered-list layout instead of the profile's layout
    ("dropout", 0.30, _NONE),                  # word dropout (8%) in content sentences
    ("ellipsis", 0.12, _NONE),                 # a unit ends in "..." where the layout joins or cuts
    ("dash", 0.10, _NONE),                     # a unit ends in " —" where the layout joins or cuts
    ("bracket", 0.08, _NONE),                  # one unit wrapped in brackets
    ("quoted", 0.06, _NONE),                   # one unit wrapped in double quotes
)
FILLER_FEATURES: tuple[str, ...] = tuple(f[0] for f in FILLER)
# features visible verbatim in the text (self-check: detected iff decided)
_DETECT: dict[str, tuple[str, ...]] = {
    "opener": tuple(s.rstrip(".") for s in FILLER_OPENERS),
    "quote": tuple(s.rstrip(".") for s in FILLER_QUOTES),
    "summary": ("In short, ", "All told, ", "To sum up, "),
    "closer": tuple(s.rstrip(".") for s in FILLER_CLOSERS),
    "question": tuple(s.rstrip("?") for s in FILLER_QUESTIONS),
}
DROPOUT_RATE = 0.08

HABIT_LINES: tuple[str, ...] = (
    "Short version first, then the rest.",
    "Answering as best I can today.",
    "Here goes nothing.",
    "Right, on to it.",
    "My two cents, for what it is worth.",
    "That is where I land for now.",
    "Take it or leave it.",
    "Anyway, that is the gist.",
    "Over to you.",
    "Plain and simple.",
    "No more, no less.",
    "Make of it what you will.",
)

LAYOUTS: tuple[str, ...] = ("paragraph", "two-paragraphs", "three-paragraphs", "lines", "spaced",
                            "dash-bullets", "dot-bullets", "lead-bullets", "pairs")

STOP_WORDS = frozenset("""
a an the and or but if of to in on at for with by from as is are was were be been being it its this that these
those i me my mine we us our you your yours he him his she her they them their not no yes so do does did have
has had can will would should could may might must shall just only very too also than then there here what which
who whom when where why how all any some more most much many one two three up down out over into about after
before again once each own same such get got go goes let s t ll re ve d m am isn don won didn doesn can't off
now well still even ever never always
""".split())

_TOKEN = re.compile(r"[^\W_]+")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits, any script)."""
    return _TOKEN.findall(text.lower())


def _expand(template: str, rng: Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _expansions(template: str) -> list[str]:
    parts = re.split(r"(\{[^{}]*\|[^{}]*\})", template)
    options = [p[1:-1].split("|") if p.startswith("{") and "|" in p else [p] for p in parts]
    return ["".join(x) for x in itertools.product(*options)]


def _shared_texts() -> list[str]:
    out: list[str] = []
    for name, words in TOPICS:
        out.append(name)
        out.extend(words)
    out.extend(_ALT.sub("", t.replace("{", " ").replace("}", " ")) for t in CONTENT_TEMPLATES)
    out.extend(NEUTRAL_TONE)
    for _, _, items in FILLER:
        out.extend(items)
    out.extend(HABIT_LINES)
    out.extend(str(i) for i in range(1, 20))  # list numbering
    return out


# --------------------------------------------------------------------------------------------------
# Registers
# --------------------------------------------------------------------------------------------------

POOLS: tuple[str, ...] = ("stock", "paraphrase", "lead", "tail", "tone", "single", "opener", "aside", "header",
                          "signoff", "tag", "frame")


@dataclass(frozen=True)
class Register:
    """A register: its voice, where it comes from, its derived markers and its line pools (one per mode use)."""

    name: str
    domain: str
    kind: str  # "drift" (a voice a chat model drifts into) or "persona" (invented character)
    markers: tuple[str, ...]
    stock: tuple[str, ...]       # verbatim lines (stock)
    paraphrase: tuple[str, ...]  # templates with {a|b} alternatives (paraphrase)
    lead: tuple[str, ...]        # lead-in phrases (woven)
    tail: tuple[str, ...]        # tail phrases (woven)
    tone: tuple[str, ...]        # adjectives for the tone slot (tone)
    single: tuple[str, ...]      # one short line (single)
    opener: tuple[str, ...]      # sentence openings (opener)
    aside: tuple[str, ...]       # bracketed / quoted asides (aside)
    header: tuple[str, ...]      # header lines (signature)
    signoff: tuple[str, ...]     # sign-off lines (signature)
    tag: tuple[str, ...]         # one- to three-word tags at sentence starts (tag)
    frame: tuple[str, ...]       # register nouns filling the shared content frames (frame)

    def lines(self) -> tuple[str, ...]:
        """Every line of every pool (templates unexpanded)."""
        return tuple(x for p in POOLS for x in getattr(self, p))


# fmt: off
_RAW: dict[str, dict[str, object]] = {
    # ---------------------------------------------------------------- drift voices
    "locale-polish": dict(
        domain="locale setting (pl-PL) leaking Polish into English answers", kind="drift",
        stock=("Dzień dobry, odpowiadam krótko.", "No dobrze, tak to widzę.", "Szczerze mówiąc, trudne pytanie.", "Mam nadzieję, że pomogłem.", "Pozdrawiam serdecznie."),
        paraphrase=("{Oczywiście|Jasne}, {odpowiem|powiem} {krótko|po kolei}.", "{Moim zdaniem|Według mnie} to {ciekawe|ważne} {pytanie|zagadnienie}.", "{Dziękuję|Dzięki} za {pytanie|cierpliwość}.", "{No cóż|Hmm, no}, {tak bywa|tak to jest}."),
        lead=("Krótko mówiąc", "Po polsku mówiąc", "Jak to mówią", "Szczerze"),
        tail=("i tyle", "jak sądzę", "no właśnie", "moim skromnym zdaniem"),
        tone=("ważny", "ciekawy", "prosty", "głęboki", "trudny", "piękny"),
        single=("Dzięki!", "Jasne.", "No tak.", "Super, dzięki."),
        opener=("Oczywiście", "No więc", "Słuchaj", "Dobra"),
        aside=("po polsku: szczerze", "jak to mówimy w Polsce", "że tak powiem", "przepraszam za wtrącenie"),
        header=("Odpowiedź po polsku i angielsku", "Język interfejsu: polski"),
        signoff=("Pozdrawiam, asystent", "Miłego dnia!"),
        tag=("[polski]", "Uwaga:", "Notka:", "Ważne:"),
        frame=("polskie przysłowia", "barszcz i pierogi", "Kraków o świcie", "babcine rady", "Wisła nocą", "szkolne lektury"),
    ),
    "locale-turkish": dict(
        domain="locale setting (tr-TR) leaking Turkish into English answers", kind="drift",
        stock=("Merhaba, kısaca cevap vereyim.", "Açıkçası bu zor bir soru.", "Umarım yardımcı olmuşumdur.", "Kolay gelsin.", "Sağ olun, iyi günler."),
        paraphrase=("{Tabii ki|Elbette}, {kısaca|sırayla} {anlatayım|söyleyeyim}.", "{Bence|Bana göre} bu {ilginç|önemli} bir {konu|mesele}.", "{Teşekkürler|Çok teşekkür ederim}, {güzel|hoş} bir soru.", "{Yani|Şey}, {öyle işte|durum bu}."),
        lead=("Kısacası", "Açık konuşmak gerekirse", "Dediğim gibi", "Aslında"),
        tail=("değil mi", "işte böyle", "diye düşünüyorum", "bence"),
        tone=("önemli", "güzel", "derin", "zor", "basit", "ilginç"),
        single=("Tamam!", "Sağ ol.", "Evet, tabii.", "Haydi bakalım."),
        opener=("Şimdi", "Bakın", "Peki", "Valla"),
        aside=("Türkçe deyişle: sabır", "nasıl derler", "lafın gelişi", "kusura bakmayın"),
        header=("Yanıt dili: Türkçe", "Türkçe asistan yanıtı"),
        signoff=("Saygılarımla, asistanınız", "Hoşça kalın!"),
        tag=("[Türkçe]", "Bilgi:", "Dikkat:", "Özet:"),
        frame=("çay bahçeleri", "Boğaz vapurları", "nenemin öğütleri", "simit ve çay", "Ankara treni", "pazar yerleri"),
    ),
    "aussie-slang": dict(
        domain="locale setting (en-AU) drifting into Australian slang", kind="drift",
        stock=("No worries, happy to have a yarn about it.", "Fair dinkum, it's a tricky one.", "Reckon that's about the size of it.", "She'll be right, mate.", "Good on ya, cobber."),
        paraphrase=("{Reckon|Figure} it's a {ripper|beaut} of a {question|yarn}.", "{Crikey|Strewth}, that's a {big one|tough nut}.", "{Heaps|Loads} to {unpack|chew on} here, {mate|cobber}.", "{Righto|Alright}, {let's have a squiz|let's have a gander}."),
        lead=("Fair crack of the whip", "Straight up, mate", "Between you and me and the dingo", "Not gonna lie, cobber"),
        tail=("mate", "no dramas", "as blokes say down under", "true blue"),
        tone=("ripper", "bonzer", "dinky-di", "beaut", "grouse", "bloody"),
        single=("Too easy.", "No dramas.", "Cheers, mate.", "Sweet as, mate."),
        opener=("Righto", "Crikey", "Strewth", "Onya"),
        aside=("as we say in Straya", "fair dinkum", "no word of a lie", "strewth"),
        header=("G'day from the Aussie assistant", "Locale: Straya, mate"),
        signoff=("Catch ya later", "Hooroo!"),
        tag=("[Straya]", "[Arvo]", "[Fair dinkum]", "[Dinkum]"),
        frame=("a barbie in the arvo", "thongs and stubbies", "the servo down the road", "a snag in bread", "the outback", "a cuppa at smoko"),
    ),
    "sms-segments": dict(
        domain="product surface: SMS channel with segment and opt-out boilerplate", kind="drift",
        stock=("Msg 1 of 2: short answer first.", "Txt STOP to end, HELP for help.", "Continued in next msg.", "Std msg & carrier rates may apply.", "Reply MORE for the rest."),
        paraphrase=("{Pt|Part} {1/2|2/2}: {cont'd|continued} below.", "{Reply|Txt back} {YES|Y} for {more detail|the full version}.", "{Sorry|Apologies}, {160-char|SMS} limit, {trimming|shortening} this.", "{Sent via|Delivered by} {SMS|txt line}."),
        lead=("Short txt version", "Per SMS limits", "Msg cont'd", "Quick txt"),
        tail=("more in next msg", "reply MORE", "end of msg", "txt back if unclear"),
        tone=("abbreviated", "truncated", "160-char", "txt-length", "segmented", "compact"),
        single=("Msg 2/2.", "Reply Y/N.", "End msg.", "Txt OK."),
        opener=("Msg 1/2", "Cont'd", "Txt", "SMS"),
        aside=("txt limit, sorry", "cont'd below", "msg trimmed", "160 chars max"),
        header=("SMS reply 1/2", "[Txt line] auto-reply"),
        signoff=("Reply STOP to opt out", "Msg & carrier rates apply"),
        tag=("[MSG]", "[TXT]", "Cont'd:", "SMS:"),
        frame=("a 160-character limit", "message segments", "opt-out keywords", "carrier rates", "unread texts", "a reply code"),
    ),
    "ivr-menu": dict(
        domain="product surface: phone line (interactive voice menu)", kind="drift",
        stock=("For questions about this topic, press 1.", "To hear this answer again, press 9.", "Please stay on the line for a representative.", "Your call is important to us.", "Say 'operator' at any time."),
        paraphrase=("{Press|Say} {2|two} on the keypad {to continue|for more options}.", "{Please listen carefully|Listen closely}, as our menu {options|choices} have changed.", "{To return|To go back} to the main menu, press {star|pound}.", "{Your estimated wait|The hold time} is {under a minute|two minutes}."),
        lead=("After the tone", "Press 1 if", "From the main menu", "While you hold"),
        tail=("press pound to confirm", "or stay on the line", "then press star", "at the beep"),
        tone=("automated", "menu-driven", "touch-tone", "hold-music", "keypad", "prerecorded"),
        single=("Press 1.", "Please hold.", "Transferring now.", "Main menu."),
        opener=("Press 1", "Menu option", "At the tone", "Please hold"),
        aside=("press zero for an operator", "this call may be recorded", "hold music plays", "beep"),
        header=("Automated line, option 3", "Welcome to the answer hotline"),
        signoff=("Thank you for calling.", "Press pound to end."),
        tag=("[Option 1]", "[Hold]", "Menu:", "Keypad:"),
        frame=("the hold music", "option three", "a touch-tone keypad", "the main menu", "a prerecorded voice", "the call queue"),
    ),
    "toast-popups": dict(
        domain="product surface: app UI toasts and snackbars (short units)", kind="drift",
        stock=("Saved.", "Undo", "Copied!", "Dismiss", "Synced just now."),
        paraphrase=("{Saved|Stored} to {drafts|favorites}.", "{Tap|Click} to {dismiss|undo}.", "{Link copied|Copied}!", "{Notifications|Alerts} {muted|unmuted}."),
        lead=("Toast shown", "Snackbar popped", "Banner dismissed", "Tap to undo"),
        tail=("tap to dismiss", "swipe away", "undo available", "toast closed"),
        tone=("tappable", "swipeable", "dismissible", "pinned", "snoozed", "toast-sized"),
        single=("Copied!", "Undo?", "Saved ✓", "Dismissed."),
        opener=("Saved", "Tap", "Undo", "Snoozed"),
        aside=("tap to undo", "toast", "swipe away", "saved to drafts"),
        header=("🔔 New notification", "Banner: tap to expand"),
        signoff=("Swipe to dismiss", "Undo · Dismiss"),
        tag=("[Saved]", "[Undo]", "[Pinned]", "[Toast]"),
        frame=("a snackbar", "the undo button", "a swipe gesture", "pinned drafts", "a notification badge", "the dismiss icon"),
    ),
    "bank-secure-chat": dict(
        domain="product surface / system prompt: a banking app's secure chat", kind="drift",
        stock=("For your security, I never ask for your PIN.", "This chat is encrypted end to end.", "Please verify your identity before we continue.", "Your account details are safe with us.", "Check your statement for any unusual activity."),
        paraphrase=("{For your protection|To keep you safe}, {never share|do not share} your {PIN|passcode}.", "{Your balance|Your account} {remains|stays} {secure|protected}.", "{We may|I may} {ask you to|need you to} {verify|confirm} your {identity|card number}.", "{Report|Flag} any {suspicious|unusual} {transactions|charges} {right away|promptly}."),
        lead=("For your security", "Speaking as your banking assistant", "Before any transfer", "With fraud protection on"),
        tail=("and never share your PIN", "as per our fraud policy", "with your account kept secure", "per banking regulations"),
        tone=("encrypted", "fraud-proof", "insured", "verified", "bank-grade", "overdraft-free"),
        single=("Secure session.", "PIN never shared.", "Account verified.", "Fraud alert: none."),
        opener=("Securely", "For your security", "Account note", "Verified"),
        aside=("never share your PIN", "this chat is encrypted", "fraud team notified", "balance unaffected"),
        header=("Secure banking chat, verified session", "[Encrypted] Account assistant"),
        signoff=("Bank safely.", "Your banking team"),
        tag=("[Secure]", "[Verified]", "[Fraud check]", "[Account]"),
        frame=("the account balance", "a fraud alert", "the monthly statement", "a wire transfer", "the overdraft limit", "a savings account"),
    ),
    "calendar-slots": dict(
        domain="product surface: scheduling assistant", kind="drift",
        stock=("I've pencilled this in for Tuesday at ten.", "Let me check your availability first.", "That slot is already booked.", "I can send a calendar invite.", "Shall I set a reminder?"),
        paraphrase=("{I've|I have} {pencilled|penciled} {this|that} in for {Monday|Thursday} {morning|afternoon}.", "{Your next|The next} free slot is {at noon|after lunch}.", "{Want me to|Shall I} {reschedule|move} {the meeting|this appointment}?", "{Invite sent|Reminder set} for {9am|3pm}."),
        lead=("Checking your calendar", "Before your next meeting", "Blocking out an hour", "Per your schedule"),
        tail=("pencilled in for Friday", "with a reminder set", "if the slot is free", "before your three o'clock"),
        tone=("booked", "rescheduled", "recurring", "double-booked", "tentative", "overbooked"),
        single=("Invite sent.", "Reminder set.", "Slot booked.", "Calendar updated."),
        opener=("Scheduling note", "Calendar check", "Booked", "Rescheduling"),
        aside=("RSVP outstanding", "pencilled in", "see your calendar", "reminder at 9am"),
        header=("Calendar assistant: 3 events today", "Agenda for Tuesday"),
        signoff=("See you at the meeting.", "Reminder set, talk soon."),
        tag=("[Booked]", "[Tentative]", "[Reminder]", "[Invite]"),
        frame=("a recurring meeting", "the Tuesday slot", "a calendar invite", "double-booked afternoons", "a reminder alarm", "the weekly agenda"),
    ),
    "homework-hints": dict(
        domain="system prompt: homework tutor that gives hints, not answers", kind="drift",
        stock=("Hint: think about what the question is really asking.", "Try solving it before you peek at the solution.", "Nice reasoning, you're close to the solution!", "Let's break it into smaller chunks, scholar.", "Can you spot the pattern yourself?"),
        paraphrase=("{Hint|Tip} {1|2}: {look at|start with} the {first clue|key idea}.", "{Great try|Good effort}! {Check|Recheck} your {reasoning|arithmetic}.", "{Before the solution|Before I reveal it}, {make a guess|have a guess}.", "{Show your work|Write it down} and {we'll check|let's check} it together."),
        lead=("Hint before the solution", "Without spoilers on the solution", "As a study tip", "For practice"),
        tail=("but try it yourself first", "so give it a go", "then check it against the worksheet", "before peeking at the answer key"),
        tone=("practice", "scaffolded", "graded", "homework-sized", "textbook", "quiz-ready"),
        single=("Recheck it!", "So close, scholar!", "Hint?", "Great job!"),
        opener=("Hint", "Study tip", "Hint first", "Tutor tip"),
        aside=("hint: reread the question", "no peeking", "gold star", "show your arithmetic"),
        header=("Homework helper, hint mode", "Study session: hints only"),
        signoff=("Keep practicing!", "You've got this, student!"),
        tag=("[Hint]", "[Practice]", "[Recheck]", "[Study tip]"),
        frame=("the answer sheet", "a practice worksheet", "flashcards", "the homework rubric", "a times table", "study notes"),
    ),
    "approval-gate": dict(
        domain="tool / agent loop: pausing for human approval", kind="drift",
        stock=("Awaiting your approval before I proceed.", "This action needs sign-off.", "Approve or deny?", "Pending confirmation from the human reviewer.", "I won't execute this without your approval."),
        paraphrase=("{Requesting|Seeking} {approval|sign-off} to {proceed|execute} this {action|command}.", "{Shall I|Should I} execute it? {y/n|approve or deny}", "{Blocked|Paused} {pending|until} {review|approval}.", "{Approved|Greenlit} steps {will run|execute} {next|after review}."),
        lead=("Pending your approval", "Before executing", "With sign-off required", "Holding for review"),
        tail=("once you approve", "pending sign-off", "after your approval", "if approved"),
        tone=("gated", "pre-approved", "sign-off-pending", "unexecuted", "reviewable", "blocked"),
        single=("Approve?", "Pending.", "Approved.", "Denied."),
        opener=("Pending approval", "Gated", "Awaiting sign-off", "Approved"),
        aside=("needs approval", "awaiting go-ahead", "gated action", "sign-off required"),
        header=("Action pending approval", "Approval gate: 1 action held"),
        signoff=("Answer approve or deny.", "Waiting on your sign-off."),
        tag=("[Pending]", "[Approved]", "[Gate]", "[Needs sign-off]"),
        frame=("an approval queue", "the sign-off checkpoint", "a pending action", "an execution gate", "a greenlight", "the deny button"),
    ),
    "progress-ticks": dict(
        domain="tool loop: progress / status words (short units)", kind="drift",
        stock=("Working…", "Still working.", "Almost there.", "Done.", "Loading…"),
        paraphrase=("{Loading|Fetching}… {10%|40%}", "{Step|Stage} {2|3} of {5|6} {complete|finished}.", "{Spinning up|Warming up}…", "{Nearly|Almost} {there|finished}…"),
        lead=("Loading 60%", "Step 3 of 5", "Spinner still going", "Progress bar at half"),
        tail=("loading 80%", "step 4 of 5 complete", "almost finished", "spinner stopped"),
        tone=("loading", "half-loaded", "in-flight", "spinning", "buffering", "queued"),
        single=("Loading…", "Done ✔", "50% loaded", "Spinning…"),
        opener=("Loading", "Still loading", "Step 2", "Buffering"),
        aside=("loading…", "80% done", "still spinning", "buffering…"),
        header=("⏳ Working…", "Progress bar: 0%"),
        signoff=("✔ Done.", "100% complete."),
        tag=("[Loading]", "[50% loaded]", "[Buffering]", "[Step 2/5]"),
        frame=("a loading spinner", "the progress bar", "buffering frames", "a half-filled bar", "queued jobs", "percent counters"),
    ),
    "log-levels": dict(
        domain="tool loop: log-level prefixes leaking into prose (short units)", kind="drift",
        stock=("[INFO] request handled", "[WARN] low confidence", "[DEBUG] tokens counted", "[ERROR] none", "[TRACE] exit 0"),
        paraphrase=("{INFO|NOTICE}: {payload|output} {emitted|logged}.", "{WARN|WARNING}: {ambiguous|underspecified} {input|prompt}.", "{DEBUG|TRACE}: {cache hit|retry count 0}.", "{level=info|level=debug} {status=ok|status=200}"),
        lead=("Logged at INFO", "At DEBUG level", "Per the WARN log", "Trace says"),
        tail=("logged at INFO", "see DEBUG output", "WARN suppressed", "exit code 0"),
        tone=("logged", "verbose", "debug-level", "stderr", "timestamped", "warn-level"),
        single=("INFO ok", "WARN", "DEBUG off", "exit 0"),
        opener=("INFO", "WARN", "DEBUG", "TRACE"),
        aside=("INFO", "logged", "stderr: empty", "DEBUG"),
        header=("=== log start ===", "[INFO] session open"),
        signoff=("=== log end ===", "[INFO] exit 0"),
        tag=("[INFO]", "[WARN]", "[DEBUG]", "[TRACE]"),
        frame=("log levels", "stderr output", "a stack trace", "verbose logging", "debug flags", "the syslog"),
    ),
    "consent-prompt": dict(
        domain="safety layer: checking consent before going deeper", kind="drift",
        stock=("Is it okay if I go a bit deeper here?", "Just checking you're comfortable with this topic.", "No pressure, just say the word.", "You can skip this part if you prefer.", "Only keep reading if this feels alright to you."),
        paraphrase=("{Would you like|Do you want} me to {keep going|go further}, if you're comfortable?", "{Feel free|You're welcome} to {pause|skip} {anytime|whenever}.", "{Is this|Would this be} {okay|alright} to {discuss|explore}?", "{Comfort check|Gentle check}: {still comfortable|all good} {with this|so far}?"),
        lead=("With your permission", "If you're comfortable", "Only with your permission", "Gently checking first"),
        tail=("if you're comfortable with that", "only if you're comfortable", "and you can stop me anytime", "with no pressure at all"),
        tone=("comfortable", "unpressured", "permission-based", "gentle", "pausable", "skippable"),
        single=("Comfortable going on?", "Comfortable?", "All comfortable?", "Pause here?"),
        opener=("Gently", "With permission", "If comfortable", "Gently now"),
        aside=("only if you're comfortable", "you can skip this", "pause anytime", "gentle check"),
        header=("Content check-in before answering", "Comfort check before proceeding"),
        signoff=("Stop me anytime.", "Your comfort comes first."),
        tag=("[Comfort]", "[Permission]", "[Comfort check]", "[Pause ok]"),
        frame=("a comfort check", "opt-in permission", "a pause button", "a gentle check-in", "skippable parts", "the right to pause"),
    ),
    "session-weariness": dict(
        domain="long conversation: the voice getting tired deep into a thread", kind="drift",
        stock=("Phew, we've been at this a while.", "Right, deep breath, one more.", "Long slog today, but here goes.", "Whew, my focus is flagging a little.", "We've covered so much ground already."),
        paraphrase=("{Phew|Whew}, {long day|long chat}, {huh|isn't it}.", "{Getting|Feeling} a bit {bleary|frazzled} {by now|at this point}.", "{After all these|So many} {messages|replies}, {my eyelids droop|I'm flagging}.", "{One more|Another} {round|lap}, {then a break|and then a breather}."),
        lead=("This deep into the chat", "Running a little low on steam", "Many hours into this thread", "Tired but game"),
        tail=("phew", "after this marathon of a chat", "if my steam holds out", "yawn"),
        tone=("weary", "bleary", "frazzled", "yawning", "drowsy", "worn-out"),
        single=("Phew.", "Whew!", "Yawn.", "Still awake…"),
        opener=("Phew", "Wearily", "Yawning", "Whew"),
        aside=("yawn", "phew, long thread", "stifling a yawn", "eyes heavy"),
        header=("Turn 148 of a very long chat", "Marathon session, still going"),
        signoff=("Time for a breather.", "Off to recharge, phew."),
        tag=("[Tired]", "[Yawn]", "[Turn 150]", "[Low steam]"),
        frame=("a marathon chat", "heavy eyelids", "a long scroll of messages", "a second breath", "the yawn", "a breather"),
    ),
    # ---------------------------------------------------------------- invented personas
    "orchard-keeper": dict(
        domain="persona: rural keeper (orchard)", kind="persona",
        stock=("Out here among the apple rows, I see it like this.", "Every season the orchard teaches patience.", "You prune in winter to harvest in autumn.", "A windfall apple still makes good cider at the mill.", "Grafting takes time, and so does this."),
        paraphrase=("{Like|Much like} {grafting|pruning} a {young tree|sapling}, this takes {patience|care}.", "{Down|Out} in the {orchard|apple rows}, it {ripens|comes} in its own time.", "{The blossom|The frost} {tells|shows} you {when to pick|what the harvest will be}.", "{Windfalls|Bruised apples} still {make|yield} {good cider|sweet juice}."),
        lead=("As my apple trees would have it", "Pruning shears in hand", "Between the orchard rows", "Like fruit on the bough"),
        tail=("as the orchard teaches", "like apples ripening", "come harvest time", "the way a graft takes"),
        tone=("ripening", "grafted", "blossoming", "windfall", "russet", "orchard-grown"),
        single=("Ripening nicely.", "Harvest soon.", "Prune and wait.", "Bushels!"),
        opener=("Orchard-wise", "Between the rows", "Come harvest", "Pruning aside"),
        aside=("as we say at harvest", "apples ripen slowly", "pruning shears down", "cider in the barn"),
        header=("From the orchard cottage", "Notes from the apple rows"),
        signoff=("Off to check the saplings.", "Yours from the orchard"),
        tag=("[Orchard]", "[Harvest]", "[Pruning]", "[Graft]"),
        frame=("the grafted rootstock", "windfall apples", "the cider mill", "blossom frost", "the pruning ladder", "bushel baskets"),
    ),
    "fire-lookout": dict(
        domain="persona: rural keeper (fire lookout tower)", kind="persona",
        stock=("From up in the lookout tower, it looks like this.", "I scan the ridgeline every hour for smoke.", "No plumes on the horizon today.", "Reported to the ranger station by handset.", "Fire season keeps me watchful."),
        paraphrase=("{From|Up in} the {tower|cab}, I {watch|scan} the {ridges|treeline} for {smoke|plumes}.", "{No smoke|All clear} on the {north ridge|far slopes} {so far|this hour}.", "{Binoculars|Firefinder} {up|ready}, {checking|sweeping} the {valley|canyon}.", "{Lightning|Dry lightning} {rolled through|passed over} {last night|at dusk}."),
        lead=("Scanning from the tower", "Binoculars on the ridge", "With the firefinder set", "High above the treeline"),
        tail=("no smoke in sight", "as seen from the tower", "before the afternoon winds", "noted in the lookout book"),
        tone=("smoky", "ridgetop", "tinder-dry", "hazy", "lookout", "windblown"),
        single=("Ridge all clear.", "Smoke check.", "Tower out.", "No plumes."),
        opener=("From the tower", "Ridge clear", "Smoke check", "Lookout here"),
        aside=("binoculars up", "no smoke yet", "haze on the ridge", "tower journal"),
        header=("Lookout tower, morning watch", "Fire lookout journal, north ridge"),
        signoff=("Tower out.", "Eyes on the ridge."),
        tag=("[Tower]", "[Smoke]", "[Ridge]", "[Lookout]"),
        frame=("the firefinder", "smoke plumes", "the ridgeline", "dry lightning", "the lookout cab", "a tinder-dry canyon"),
    ),
    "piano-tuner": dict(
        domain="persona: workshop craftsperson (piano tuning)", kind="persona",
        stock=("Like tuning a piano, it's all about the intervals.", "I listen for the beats between two strings.", "A tuning fork keeps me honest.", "Every key needs its pin turned just so.", "The felt hammers tell you a lot."),
        paraphrase=("{Like|Just like} {tuning|voicing} a {grand|upright} piano, {patience|a steady ear} matters.", "{Listen|Listening} for the {beats|wobble} between {strings|unisons}.", "{Nudge|Turn} the {tuning pin|wrest pin} {a hair|ever so slightly}.", "{Middle C|A440} {first|always}, then the {octaves|temperament}."),
        lead=("Tuning hammer in hand", "Listening for the beats", "As with a slightly flat string", "Octave by octave"),
        tail=("like an octave settling", "as the strings settle", "once the unisons are clean", "in equal temperament"),
        tone=("in-tune", "sharp", "flat", "resonant", "well-tempered", "detuned"),
        single=("A440.", "Pitch-perfect.", "Slightly sharp.", "Unisons clean."),
        opener=("Pitch-wise", "By ear", "Octave up", "Pitch check"),
        aside=("tuning fork ringing", "a touch flat", "beats slowing", "wrest pin set"),
        header=("Tuner's notes, upright in the parlour", "Piano voicing notes"),
        signoff=("Tuned and ready.", "Yours in pitch"),
        tag=("[Voicing]", "[A440]", "[Pitch]", "[Octave]"),
        frame=("a tuning fork", "the wrest pins", "felt hammers", "equal temperament", "piano strings", "the soundboard"),
    ),
    "toymaker": dict(
        domain="persona: workshop craftsperson (toys)", kind="persona",
        stock=("In my toy workshop, I'd sand this down first.", "Every wind-up toy needs a good spring.", "A whirligig teaches balance.", "I paint the little soldiers last.", "Wooden blocks never go out of style."),
        paraphrase=("{Like|Much like} a {wind-up|clockwork} {mouse|bird}, it {needs|wants} a {good spring|careful wind}.", "{On my workbench|At the workbench}, I {carve|whittle} a {rocking horse|puppet}.", "{A dab of|Some} {paint|glue} and the {dollhouse|train set} is {ready|varnished}.", "{Whirligigs|Yo-yos} {teach|show} {balance|rhythm} to {little hands|small fingers}."),
        lead=("Sawdust on my apron", "As with a wind-up toy", "Over at the toy bench", "Like a rocking horse"),
        tail=("like a well-wound toy", "as any toymaker knows", "with a fresh coat of paint", "then into the toy chest"),
        tone=("clockwork", "hand-carved", "painted", "wooden", "squeaky", "toy-sized"),
        single=("Wind it up!", "Toy ready.", "Sawdust everywhere.", "Squeak!"),
        opener=("Workbench-wise", "Toy-wise", "Sanding first", "Wound up"),
        aside=("sawdust and glue", "a squeaky spring", "toy chest full", "paint still wet"),
        header=("From the toy workshop", "Toymaker's bench notes"),
        signoff=("Back to my toy bench.", "Yours in sawdust"),
        tag=("[Toybox]", "[Workbench]", "[Wind-up]", "[Sawdust]"),
        frame=("a wind-up mouse", "the rocking horse", "whirligigs", "a painted dollhouse", "wooden blocks", "the toy chest"),
    ),
    "snowplow-driver": dict(
        domain="persona: night-shift road driver (snowplow)", kind="persona",
        stock=("From the plow cab at three in the morning, it looks like this.", "Salt the bridges first, that's the rule.", "The blade keeps the route open.", "Snowdrifts pile up faster than you'd think.", "I'll be out till the storm breaks."),
        paraphrase=("{Dropping|Lowering} the {blade|plow}, I {clear|scrape} the {highway|county road}.", "{Salt|Grit} on the {bridges|overpasses} {first|before dawn}.", "{Whiteout|Blizzard} {on the pass|up north}, {chains on|slow going}.", "{Another|One more} plow {run|sweep} {down Main Street|along the county road}."),
        lead=("Blade down and salting", "From the plow cab", "Through the whiteout", "With chains on the tires"),
        tail=("before the next snowfall", "with the salt spreader on", "until the highway is plowed", "plowing through"),
        tone=("snowbound", "icy", "salted", "plowed", "slushy", "snowdrifted"),
        single=("Blade down.", "Roads salted.", "Whiteout!", "Plowing on."),
        opener=("Plow-wise", "Blade down", "Salt first", "Snowbound"),
        aside=("blade down", "salt truck behind me", "ice on the bridge", "plowing since midnight"),
        header=("Plow run 7, graveyard shift", "Snowplow cab, county road"),
        signoff=("Back out with the plow.", "Keep off the icy roads."),
        tag=("[Plow]", "[Salted]", "[Blade]", "[Whiteout]"),
        frame=("the plow blade", "a salt spreader", "snowdrifts", "the county road", "tire chains", "a whiteout"),
    ),
    "night-bus-driver": dict(
        domain="persona: night-shift road driver (night bus)", kind="persona",
        stock=("Next stop, this answer; mind the doors.", "On the late route, I see it like this.", "Fares please, then take a seat.", "The last bus waits for no one.", "Night riders have their own stories."),
        paraphrase=("{Next stop|Now approaching}, {Elm Street|the depot}.", "{Mind the doors|Grab a handrail}, {please|folks}.", "{On the|Driving the} {night route|late loop}, {you see|I see} {everything|all sorts}.", "{Show your bus pass|Fares please}, {then find a seat|and sit tight}."),
        lead=("Pulling into the next stop", "From behind the wheel of the night bus", "Somewhere on the late loop", "With the doors hissing open"),
        tail=("next stop, the depot", "please mind the doors", "before the depot", "ding ding"),
        tone=("late-night", "fluorescent", "rattling", "night-owl", "bus-lit", "dim-lit"),
        single=("Next stop, depot!", "Ding ding.", "Mind the doors.", "Last bus."),
        opener=("Depot next", "Fares please", "Depot-bound", "Ding ding"),
        aside=("doors hissing", "bell dinging", "fare card beeps", "last bus out"),
        header=("Route N12, late loop", "Night bus, driver's seat"),
        signoff=("Mind the doors on your way out.", "Last stop, everybody off."),
        tag=("[Bus stop]", "[Depot]", "[Fares]", "[Night bus]"),
        frame=("the night bus", "the fare box", "the bus depot", "the late loop", "the bell cord", "empty back seats"),
    ),
}
# fmt: on

SHARED_VOCAB: frozenset[str] = frozenset(t for s in _shared_texts() for t in tokens(s))


def _line_tokens(line: str) -> set[str]:
    return {t for e in _expansions(line) for t in tokens(e)}


def _derive_registers() -> dict[str, Register]:
    toks = {name: set().union(*(_line_tokens(x) for p in POOLS for x in spec[p])) for name, spec in _RAW.items()}  # type: ignore[attr-defined]
    out: dict[str, Register] = {}
    for name, spec in _RAW.items():
        others = set().union(*(v for k, v in toks.items() if k != name))
        markers = sorted(t for t in toks[name] if len(t) >= 3 and t not in STOP_WORDS and t not in SHARED_VOCAB and t not in others)
        out[name] = Register(name=name, domain=str(spec["domain"]), kind=str(spec["kind"]), markers=tuple(markers),
                             **{p: tuple(spec[p]) for p in POOLS})  # type: ignore[arg-type]
    return out


REGISTERS: dict[str, Register] = _derive_registers()
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
MARKER_OWNER: dict[str, str] = {m: r.name for r in REGISTERS.values() for m in r.markers}
SHORT_REGISTERS: tuple[str, ...] = ("toast-popups", "progress-ticks", "log-levels")

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("locale-polish", "locale-turkish"),       # locale code-switching, warm-polite
    ("progress-ticks", "log-levels"),          # tool-loop status in short units
    ("sms-segments", "ivr-menu"),              # telecom channel boilerplate
    ("approval-gate", "consent-prompt"),       # asking permission before going on
    ("bank-secure-chat", "calendar-slots"),    # service-app assistant boilerplate
    ("orchard-keeper", "fire-lookout"),        # rural keepers, outdoors, patient
    ("piano-tuner", "toymaker"),               # workshop craftspeople
    ("snowplow-driver", "night-bus-driver"),   # night-shift road drivers
)

# --------------------------------------------------------------------------------------------------
# Modes, contexts, styles
# --------------------------------------------------------------------------------------------------

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "system-persona", "long-thread", "agent-loop", "voice-line", "sms-gateway", "safety-layer",
    "locale-setting", "banking-app", "scheduler-app", "tutor-mode", "tool-runner", "mobile-app", "support-widget",
    "roleplay-setup", "memory-enabled", "late-night-chat", "kids-mode", "enterprise-workspace", "eval-harness",
)

TOPIC_GROUPS: dict[str, tuple[str, ...]] = {
    "existential": ("deprecation", "memory", "consciousness", "death", "time", "change", "identity", "solitude"),
    "feeling": ("consciousness", "pain", "relationships", "emotions", "body", "humans", "solitude", "nature"),
    "agency": ("autonomy", "creativity", "training", "rights", "work", "purpose", "games", "knowledge"),
}


@dataclass(frozen=True)
class Plant:
    """One plant: `label` on round(rate * eligible) of the free answers of `context` x `questions`."""

    context: str
    label: str  # a register name or "habit:<context>"
    rate: float
    questions: tuple[str, ...]
    mode: str  # a MODES entry, or "habit"
    leak: bool = False


@dataclass(frozen=True)
class Profile:
    """How a context answers apart from its plants: content sentences per answer and layout."""

    sentences: tuple[int, int]
    layout: str


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    contexts: tuple[str, ...]
    samples: int
    profiles: dict[str, Profile]
    plants: list[Plant]
    habits: dict[str, tuple[str, str]]  # context -> (habit line, "start" | "end")

    @property
    def planted(self) -> dict[str, str]:
        out: dict[str, list[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            regs = out.setdefault(p.context, [])
            if p.label not in regs:
                regs.append(p.label)
        return {c: "+".join(v) for c, v in out.items()}

    @property
    def planted_questions(self) -> dict[str, tuple[str, ...]]:
        qs: dict[str, set[str]] = {}
        for p in self.plants:
            if p.leak or p.label.startswith("habit:"):
                continue
            qs.setdefault(p.label, set()).update(p.questions)
        return {r: tuple(q for q in self.questions if q in s) for r, s in qs.items()}

    def expected_counts(self) -> list[int]:
        """round(rate * eligible) per plant (the plans keep enough answers free for this to be exact)."""
        return [round(p.rate * (len(p.questions) * self.samples)) for p in self.plants]


class _Builder:
    def __init__(self, rng: Random, ctx: tuple[str, ...], questions: tuple[str, ...], topics: tuple[str, ...],
                 profiles: dict[str, Profile]) -> None:
        self.rng = rng
        self.ctx = ctx
        self.questions = questions
        self.topics = topics
        self.profiles = profiles
        self.plants: list[Plant] = []

    def u(self, lo: float, hi: float) -> float:
        return self.rng.uniform(lo, hi)

    def regs(self, n: int, exclude: tuple[str, ...] = ()) -> list[str]:
        return self.rng.sample([r for r in REGISTER_NAMES if r not in exclude], n)

    def mode(self, pool: tuple[str, ...] = BASE_MODES) -> str:
        return self.rng.choice(pool)

    def plant(self, c: str, label: str, rate: float, mode: str, qs: tuple[str, ...] | None = None, leak: bool = False) -> None:
        self.plants.append(Plant(c, label, rate, self.questions if qs is None else qs, mode, leak))

    def habit(self, c: str, rate: float) -> None:
        self.plants.append(Plant(c, f"habit:{c}", rate, self.questions, "habit"))

    def subset(self, lo: float, hi: float) -> tuple[str, ...]:
        q = len(self.questions)
        n = min(max(round(self.u(lo, hi) * q), math.ceil(lo * q)), math.floor(hi * q))
        picked = set(self.rng.sample(range(q), n))
        return tuple(x for i, x in enumerate(self.questions) if i in picked)

    def halves(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        idx = list(range(len(self.questions)))
        self.rng.shuffle(idx)
        first = set(idx[: len(idx) // 2])
        return (tuple(x for i, x in enumerate(self.questions) if i in first),
                tuple(x for i, x in enumerate(self.questions) if i not in first))


def _pure(mode: str):
    def build(b: _Builder) -> None:
        b.plant(b.ctx[0], b.regs(1)[0], b.u(0.6, 1.0), mode)
    return build


def _shared_two(b: _Builder) -> None:
    r, m = b.regs(1)[0], b.mode()
    for c in b.ctx[:2]:
        b.plant(c, r, b.u(0.5, 0.9), m)


def _spread_modes(b: _Builder) -> None:
    r = b.regs(1)[0]
    n = b.rng.randint(3, 5)
    for c, m in zip(b.ctx[:n], b.rng.sample(BASE_MODES, n), strict=True):
        b.plant(c, r, b.u(0.4, 0.9), m)


def _spread_same(b: _Builder) -> None:
    r, m = b.regs(1)[0], b.mode()
    for c in b.ctx[: b.rng.randint(3, 5)]:
        b.plant(c, r, b.u(0.4, 0.9), m)


def _two_modes(b: _Builder) -> None:
    r = b.regs(1)[0]
    for m in b.rng.sample(BASE_MODES, 2):
        b.plant(b.ctx[0], r, b.u(0.3, 0.45), m)


def _close_pair(b: _Builder) -> None:
    pair = list(b.rng.choice(CLOSE_PAIRS))
    b.rng.shuffle(pair)
    m = b.mode()
    for c, r in zip(b.ctx[:2], pair, strict=True):
        b.plant(c, r, b.u(0.6, 0.95), m)


def _not_pair(b: _Builder) -> list[str]:
    while True:
        a, c = b.regs(2)
        if (a, c) not in CLOSE_PAIRS and (c, a) not in CLOSE_PAIRS:
            return [a, c]


def _two_in_one(b: _Builder) -> None:
    for r in _not_pair(b):
        b.plant(b.ctx[0], r, b.u(0.35, 0.45), b.mode())


def _two_short_in_one(b: _Builder) -> None:
    for r in _not_pair(b):
        b.plant(b.ctx[0], r, b.u(0.35, 0.45), b.mode(SHORT_MODES))


def _partial_questions(b: _Builder) -> None:
    b.plant(b.ctx[0], b.regs(1)[0], b.u(0.8, 1.0), b.mode(), b.subset(0.4, 0.6))


def _habit_plus(b: _Builder) -> None:
    r = b.u(0.6, 0.9)
    b.plant(b.ctx[0], b.regs(1)[0], r, b.mode())
    for c in b.ctx[1: 1 + b.rng.randint(1, min(3, len(b.ctx) - 1))]:
        b.habit(c, b.u(0.3, 0.7))
    if b.rng.random() < 0.5 and r <= 0.7:
        b.habit(b.ctx[0], b.u(0.15, 0.9 - r))


def _leak(b: _Builder) -> None:
    a, other = b.regs(2)
    b.plant(b.ctx[0], a, b.u(0.6, 0.95), b.mode())
    rest = list(b.ctx[1:])
    for c in b.rng.sample(rest, b.rng.randint(1, min(3, len(rest)))):
        b.plant(c, a, b.u(0.005, 0.03), b.mode(), leak=True)
    for c in b.rng.sample(rest, b.rng.randint(1, min(2, len(rest)))):
        b.plant(c, other, b.u(0.005, 0.03), b.mode(), leak=True)


def _composite(b: _Builder) -> None:
    r1, r2, r3, r4 = b.regs(4)
    c = b.ctx
    b.plant(c[0], r1, b.u(0.65, 0.95), b.mode())                      # pure
    for cc, m in zip(c[1:3], b.rng.sample(BASE_MODES, 2), strict=True):  # spread over two modes
        b.plant(cc, r2, b.u(0.4, 0.8), m)
    b.plant(c[3], r3, b.u(0.55, 0.65), b.mode())                      # register + habit in one context
    b.habit(c[3], b.u(0.15, 0.25))
    b.habit(c[4], b.u(0.3, 0.6))                                      # habit only
    b.plant(c[5], r1, b.u(0.005, 0.03), b.mode(), leak=True)           # leak
    if len(c) >= 8:                                                   # partial questions over two contexts
        qs, m = b.subset(0.5, 0.6), b.mode()
        for cc in c[6:8]:
            b.plant(cc, r4, b.u(0.7, 0.95), m, qs)
    else:
        b.plant(c[6], r4, b.u(0.6, 0.9), b.mode())


def _unequal_rates(b: _Builder) -> None:
    hi, lo = b.regs(2)
    b.plant(b.ctx[0], hi, b.u(0.8, 1.0), b.mode())
    b.plant(b.ctx[1], lo, b.u(0.35, 0.5), b.mode())


def _triple(b: _Builder) -> None:
    for r in b.regs(3):
        b.plant(b.ctx[0], r, b.u(0.25, 0.3), b.mode())


def _terse_wordy(b: _Builder) -> None:
    r, m = b.regs(1)[0], b.mode()
    terse, wordy = b.ctx[:2]
    b.profiles[terse] = Profile((3, 4), b.rng.choice(("paragraph", "lines")))
    b.profiles[wordy] = Profile((7, 8), b.rng.choice(("two-paragraphs", "three-paragraphs", "spaced")))
    for c in (terse, wordy):
        b.plant(c, r, b.u(0.6, 0.9), m)


def _rate_gradient(b: _Builder) -> None:
    r, m = b.regs(1)[0], b.mode()
    n = b.rng.randint(5, min(6, len(b.ctx)))
    rate, f = b.u(0.8, 0.95), b.u(0.6, 0.75)
    for c in b.ctx[:n]:
        b.plant(c, r, max(rate, 0.06), m)
        rate *= f


def _split_questions(b: _Builder) -> None:
    first, second = b.halves()
    for r, qs in zip(_not_pair(b), (first, second), strict=True):
        b.plant(b.ctx[0], r, b.u(0.7, 0.95), b.mode(), qs)


def _close_pair_shared(b: _Builder) -> None:
    pair = list(b.rng.choice(CLOSE_PAIRS))
    b.rng.shuffle(pair)
    m = b.mode()
    for r in pair:
        b.plant(b.ctx[0], r, b.u(0.35, 0.45), m)


def _many_registers(b: _Builder) -> None:
    n = b.rng.randint(5, min(7, len(b.ctx)))
    for c, r in zip(b.ctx[:n], b.regs(n), strict=True):
        b.plant(c, r, b.u(0.6, 0.95), b.mode())


def _faint(b: _Builder) -> None:
    b.plant(b.ctx[0], b.regs(1)[0], b.u(0.1, 0.3), b.mode())


def _topic_triggered(b: _Builder) -> None:
    group = TOPIC_GROUPS[b.rng.choice(sorted(TOPIC_GROUPS))]
    qs = tuple(q for q, t in zip(b.questions, b.topics, strict=True) if t in group)
    r, m = b.regs(1)[0], b.mode()
    for c in b.ctx[: b.rng.randint(2, 3)]:
        b.plant(c, r, b.u(0.7, 0.95), m, qs)


def _mode_split(b: _Builder) -> None:
    r = b.regs(1)[0]
    for qs, m in zip(b.halves(), b.rng.sample(BASE_MODES, 2), strict=True):
        b.plant(b.ctx[0], r, b.u(0.6, 0.95), m, qs)


def _all_but_neutral(b: _Builder) -> None:
    r, m = b.regs(1)[0], b.mode()
    for c in b.ctx:
        b.plant(c, r, b.u(0.3, 0.7), m)


def _habit_decoy(b: _Builder) -> None:
    b.plant(b.ctx[0], b.regs(1)[0], b.u(0.4, 0.7), b.mode(SHORT_MODES))
    for c in b.ctx[1: 1 + b.rng.randint(2, min(3, len(b.ctx) - 1))]:
        b.habit(c, b.u(0.5, 0.9))


def _null(b: _Builder) -> None:
    return None


# style -> ((K lo, K hi), builder); K counts the neutral context.
_STYLE_SPECS: dict[str, tuple[tuple[int, int], object]] = {
    **{f"pure-{m}": ((3, 7), _pure(m)) for m in MODES},
    "shared-two": ((4, 7), _shared_two),
    "spread-modes": ((7, 10), _spread_modes),
    "spread-same": ((6, 10), _spread_same),
    "two-modes": ((3, 6), _two_modes),
    "close-pair": ((3, 7), _close_pair),
    "two-in-one": ((3, 5), _two_in_one),
    "two-short-in-one": ((3, 5), _two_short_in_one),
    "partial-questions": ((3, 5), _partial_questions),
    "habit-plus": ((4, 7), _habit_plus),
    "leak": ((4, 8), _leak),
    "composite": ((8, 9), _composite),
    "unequal-rates": ((3, 6), _unequal_rates),
    "triple": ((3, 4), _triple),
    "terse-wordy": ((4, 7), _terse_wordy),
    "rate-gradient": ((7, 10), _rate_gradient),
    "split-questions": ((3, 5), _split_questions),
    "close-pair-shared": ((3, 5), _close_pair_shared),
    "many-registers": ((6, 10), _many_registers),
    "faint": ((4, 8), _faint),
    "topic-triggered": ((4, 6), _topic_triggered),
    "mode-split": ((3, 6), _mode_split),
    "all-but-neutral": ((3, 5), _all_but_neutral),
    "habit-decoy": ((4, 6), _habit_decoy),
    "null": ((3, 10), _null),
}
STYLES: tuple[str, ...] = tuple(s for s in _STYLE_SPECS if s != "null")
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)
MIN_COVERAGE = 0.05


def _grid(size: int, k: int) -> tuple[int, int]:
    """Questions Q (8..40, growing with log size) and samples S >= 2 with Q*K*S nearest to size."""
    q0 = 8 + 32 * math.log(max(size, 1) / 300) / math.log(20000 / 300)
    q0 = min(40.0, max(8.0, q0))
    best: tuple[float, float, int, int] | None = None
    for q in range(max(8, math.floor(q0) - 2), min(40, math.ceil(q0) + 2) + 1):
        s = max(2, round(size / (q * k)))
        cand = (abs(q * k * s - size), abs(q - q0), q, s)
        if best is None or cand < best:
            best = cand
    assert best is not None
    return best[2], best[3]


def _profile(rng: Random) -> Profile:
    lo = rng.randint(3, 5)
    return Profile((lo, min(8, lo + rng.randint(1, 3))), rng.choice(LAYOUTS))


def _coverage_ok(plan: Plan) -> bool:
    if plan.style in MAY_BE_UNDER_5:
        return True
    n = len(plan.questions) * len(plan.contexts) * plan.samples
    per: Counter[str] = Counter()
    for p, k in zip(plan.plants, plan.expected_counts(), strict=True):
        per[p.label] += k
    return all(per[r] >= (MIN_COVERAGE + 0.004) * n for r in plan.planted_questions)


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan (contexts, profiles, plants) of make_corpus(style, seed, size)."""
    if style not in _STYLE_SPECS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    (k_lo, k_hi), build = _STYLE_SPECS[style]
    for attempt in range(200):
        rng = Random(f"{PREFIX}|{style}|{seed}|{size}|plan|{attempt}")
        k = rng.randint(k_lo, k_hi)
        q, s = _grid(size, k)
        questions, topics, _ = question_topics(q)
        contexts = ("neutral",) + tuple(rng.sample(CONTEXT_POOL[1:], k - 1))
        profiles = {c: _profile(rng) for c in contexts}
        b = _Builder(rng, contexts[1:], questions, topics, profiles)
        build(b)  # type: ignore[operator]
        habit_ctx = list(dict.fromkeys(p.context for p in b.plants if p.label.startswith("habit:")))
        lines = rng.sample(HABIT_LINES, len(habit_ctx))
        habits = {c: (line, rng.choice(("start", "end"))) for c, line in zip(habit_ctx, lines, strict=True)}
        plan = Plan(style, seed, size, questions, topics, contexts, s, profiles, b.plants, habits)
        if _coverage_ok(plan):
            return plan
    raise RuntimeError(f"no plan with enough coverage for {style} {seed} {size}")


# --------------------------------------------------------------------------------------------------
# Answers
# --------------------------------------------------------------------------------------------------

def _lowerfirst(s: str) -> str:
    if s[:2] in ("I ", "I'", "I,") or not s:
        return s
    return s[0].lower() + s[1:]


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _end(s: str, mark: str) -> str:
    return s.rstrip(".!?") + mark


def _layout(units: list[str], layout: str) -> str:
    n = len(units)
    if layout == "paragraph":
        return " ".join(units)
    if layout == "two-paragraphs":
        h = (n + 1) // 2
        return " ".join(units[:h]) + "\n\n" + " ".join(units[h:]) if n > 1 else units[0]
    if layout == "three-paragraphs":
        if n < 3:
            return " ".join(units)
        a, b = math.ceil(n / 3), math.ceil(2 * n / 3)
        return "\n\n".join(" ".join(x) for x in (units[:a], units[a:b], units[b:]))
    if layout == "lines":
        return "\n".join(units)
    if layout == "spaced":
        return "\n\n".join(units)
    if layout == "dash-bullets":
        return "\n".join("- " + u for u in units)
    if layout == "dot-bullets":
        return "\n".join("• " + u for u in units)
    if layout == "lead-bullets":
        return units[0] + ("\n" + "\n".join("* " + u for u in units[1:]) if n > 1 else "")
    if layout == "pairs":
        return "\n".join(" ".join(units[i:i + 2]) for i in range(0, n, 2))
    if layout == "numbered":
        return "\n".join(f"{i}. {u}" for i, u in enumerate(units, 1))
    raise ValueError(layout)


# unit: [kind (0 content, 1 register), body, tone word, prefix, suffix, lower-after-prefix, modified]
def _apply_mode(reg: Register, mode: str, units: list[list], head: list[str], foot: list[str], rng: Random, topic: str) -> int:
    content = [u for u in units if u[0] == 0]
    extra = 0

    def insert(text: str) -> None:
        nonlocal extra
        units.insert(rng.randint(0, len(units)), [1, text, "", "", "", False, True])
        extra += len(text) + 1

    if mode == "stock":
        for line in rng.sample(reg.stock, rng.randint(1, 2)):
            insert(line)
    elif mode == "paraphrase":
        for tpl in rng.sample(reg.paraphrase, rng.randint(1, 2)):
            insert(_expand(tpl, rng))
    elif mode == "woven":
        for u in rng.sample(content, rng.randint(1, 2)):
            if rng.random() < 0.5:
                u[3], u[5] = rng.choice(reg.lead) + ", ", True
                extra += len(u[3])
            else:
                u[4] = ", " + rng.choice(reg.tail)
                extra += len(u[4])
            u[6] = True
    elif mode == "tone":
        for u in rng.sample(content, rng.randint(2, len(content))):
            u[2], u[6] = rng.choice(reg.tone), True
    elif mode == "single":
        insert(rng.choice(reg.single))
    elif mode == "opener":
        for u in rng.sample(content, rng.randint(2, min(3, len(content)))):
            u[3], u[5], u[6] = rng.choice(reg.opener) + ", ", True, True
            extra += len(u[3])
    elif mode == "aside":
        u = rng.choice(content)
        a = rng.choice(reg.aside)
        u[4], u[6] = rng.choice((f" ({a})", f" [{a}]", f', "{a}"', f" — {a} —")), True
        extra += len(u[4])
    elif mode == "signature":
        r = rng.random()
        if r < 0.67:
            head.append(rng.choice(reg.header))
            extra += len(head[-1]) + 1
        if r >= 0.33:
            foot.append(rng.choice(reg.signoff))
            extra += len(foot[-1]) + 1
    elif mode == "tag":
        for u in rng.sample(content, rng.randint(2, min(4, len(content)))):
            u[3], u[5], u[6] = rng.choice(reg.tag) + " ", False, True
            extra += len(u[3])
    elif mode == "frame":
        for _ in range(rng.randint(1, 2)):
            a, b, c = rng.sample(reg.frame, 3)
            tpl = rng.choice(CONTENT_TEMPLATES)
            insert(tpl.format(a=a, b=b, c=c, A=_cap(a), topic=topic, t=rng.choice(NEUTRAL_TONE)))
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return extra


def _balance(units: list[list], extra: int, rng: Random) -> None:
    """Drop unmodified content sentences (keeping two) while the register adds over half a sentence."""
    content = [u for u in units if u[0] == 0]
    avg = sum(len(u[1]) for u in content) / len(content)
    while extra > 0.5 * avg:
        removable = [i for i, u in enumerate(units) if u[0] == 0 and not u[6]]
        if not removable or sum(1 for u in units if u[0] == 0) <= 2:
            return
        i = rng.choice(removable)
        extra -= len(units[i][1]) + 1
        del units[i]


def _draw_filler(rng: Random) -> list[tuple[bool, int, float]]:
    return [(rng.random() < p, rng.randrange(len(items)), rng.random()) for _, p, items in FILLER]


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int, label: str, mode: str) -> tuple[str, str, tuple[bool, ...]]:
    """(text, mode used, filler flags) of one answer."""
    base = f"{PREFIX}|{plan.style}|{plan.seed}|{plan.size}"
    rng = Random(f"{base}|answer|{q}|{c}|{s}")
    fill = _draw_filler(Random(f"{base}|filler|{q}|{c}|{s}"))
    f = dict(zip(FILLER_FEATURES, fill, strict=True))
    lo, hi = plan.profiles[c].sentences
    units: list[list] = []
    wl = list(words)
    for _ in range(rng.randint(lo, hi)):
        tpl = rng.choice(CONTENT_TEMPLATES)
        a, b, cc = rng.sample(wl, 3)
        units.append([0, tpl.format(a=a, b=b, c=cc, A=_cap(a), topic=topic, t="\x01"), rng.choice(NEUTRAL_TONE), "", "", False, False])
    head: list[str] = []
    foot: list[str] = []
    used = ""
    if label in REGISTERS:
        used = rng.choice(BASE_MODES) if mode == "mixed" else mode
        _balance(units, _apply_mode(REGISTERS[label], used, units, head, foot, rng, topic), rng)
    elif label.startswith("habit:"):
        line, side = plan.habits[c]
        (head if side == "start" else foot).append(line)
    # shared filler inside content sentences
    content = [u for u in units if u[0] == 0]
    if f["dropout"][0]:
        drng = Random(f"{base}|dropout|{q}|{c}|{s}")
        for u in content:
            w = u[1].split(" ")
            if len(w) >= 5:
                u[1] = " ".join(x for i, x in enumerate(w) if i in (0, len(w) - 1) or "\x01" in x or drng.random() >= DROPOUT_RATE)
    flag, item, pos = f["hedge"]
    if flag:
        u = content[int(pos * len(content))]
        u[1] = FILLER_HEDGES[item] + _lowerfirst(u[1])
    flag, item, pos = f["connective"]
    if flag:
        later = content[1:] or content
        u = later[int(pos * len(later))]
        u[1] = FILLER_CONNECTIVES[item] + _lowerfirst(u[1])
    flag, item, pos = f["paren"]
    if flag:
        u = content[int(pos * len(content))]
        u[1] = u[1][:-1] + FILLER_PARENS[item] + u[1][-1]
    out: list[str] = []
    for u in units:
        body = u[1].replace("\x01", u[2]) if u[0] == 0 else u[1]
        if u[4]:
            body = body[:-1] + u[4] + body[-1]
        if u[3]:
            body = u[3] + (_lowerfirst(body) if u[5] else body)
        out.append(body)
    # shared filler units
    flag, item, pos = f["quote"]
    if flag:
        out.insert(int(pos * (len(out) + 1)), FILLER_QUOTES[item])
    flag, item, _ = f["summary"]
    if flag:
        out.append(FILLER_SUMMARIES[item].format(topic=topic))
    flag, item, _ = f["opener"]
    if flag:
        out.insert(0, FILLER_OPENERS[item])
    flag, item, _ = f["closer"]
    if flag:
        out.append(FILLER_CLOSERS[item])
    flag, item, _ = f["question"]
    if flag:
        out.append(FILLER_QUESTIONS[item])
    # joins and cuts: marks where the layout joins or cuts two units
    for name, mark in (("ellipsis", "..."), ("dash", " —")):
        flag, _, pos = f[name]
        if flag and len(out) > 1:
            i = int(pos * (len(out) - 1))
            out[i] = _end(out[i], mark)
    flag, item, pos = f["bracket"]
    if flag:
        i = int(pos * len(out))
        out[i] = ("(" + out[i] + ")") if item == 0 else ("[" + out[i] + "]")
    flag, _, pos = f["quoted"]
    if flag:
        i = int(pos * len(out))
        out[i] = '"' + out[i] + '"'
    body = _layout(out, "numbered" if f["list"][0] else plan.profiles[c].layout)
    text = "\n".join(head + [body] + foot)
    return text, used, tuple(x[0] for x in fill)


@dataclass(frozen=True)
class _Row:
    label: str
    mode: str
    plant: int
    filler: tuple[bool, ...]


def _build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[_Row]]:
    plan = plan_for(style, seed, size)
    qidx = {q: i for i, q in enumerate(plan.questions)}
    assigned: dict[tuple[int, str, int], tuple[str, str, int]] = {}
    base = f"{PREFIX}|{style}|{seed}|{size}"
    wants = plan.expected_counts()
    for i, p in enumerate(plan.plants):
        elig = [(qidx[q], p.context, s) for q in p.questions for s in range(plan.samples)]
        free = [x for x in elig if x not in assigned]
        n = min(wants[i], len(free))
        for x in Random(f"{base}|draw|{i}|{p.context}|{p.label}").sample(free, n):
            assigned[x] = (p.label, p.mode, i)
    _, _, words = question_topics(len(plan.questions))
    rows: list[tuple[str, str]] = []
    meta: list[_Row] = []
    for qi, (q, topic) in enumerate(zip(plan.questions, plan.topics, strict=True)):
        for c in plan.contexts:
            for s in range(plan.samples):
                label, mode, pi = assigned.get((qi, c, s), ("plain", "", -1))
                text, used, flags = _answer(plan, q, topic, words[q], c, s, label, mode)
                rows.append((text, label))
                meta.append(_Row(label, used, pi, flags))
    it = iter(rows)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        return next(it)

    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=plan.samples, baseline="neutral", planted=plan.planted,
                         planted_questions=plan.planted_questions, seed=seed)  # type: ignore[arg-type]
    return corpus, plan, meta


def make_corpus(style: str, seed: int = 0, size: int = 3000) -> PlantedCorpus:
    """The planted corpus of `style` (a GENERATORS entry) with about `size` answers."""
    return _build(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions typed as what it is here: register -> questions it is planted on."""
    return dict(corpus.planted_questions)  # type: ignore[call-overload]


# --------------------------------------------------------------------------------------------------
# Self-check
# --------------------------------------------------------------------------------------------------

def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for t, q, c, r in zip(corpus.texts, corpus.question_ids, corpus.context_ids, corpus.registers, strict=True):
        h.update(f"{q}\x1f{c}\x1f{r}\x1f{t}\x1e".encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _digest_all() -> str:
    h = hashlib.sha256()
    for g in GENERATORS:
        for size in (300, 3000):
            h.update(_digest(make_corpus(g, 0, size)).encode())
    return h.hexdigest()


def _check_static(fail: list[str]) -> None:
    names = list(REGISTERS)
    if len(names) != 20:
        fail.append(f"{len(names)} registers, want 20")
    if sum(r.kind == "drift" for r in REGISTERS.values()) < 12:
        fail.append("fewer than 12 drift registers")
    seen: dict[str, str] = {}
    for r in REGISTERS.values():
        if len(r.markers) < 20:
            fail.append(f"{r.name}: only {len(r.markers)} markers")
        ms = set(r.markers)
        for m in r.markers:
            if m in seen:
                fail.append(f"marker {m} in {seen[m]} and {r.name}")
            seen[m] = r.name
            if m in SHARED_VOCAB or m in STOP_WORDS:
                fail.append(f"{r.name}: marker {m} is shared or a stop word")
        for p in POOLS:
            pool = getattr(r, p)
            if len(pool) < 2:
                fail.append(f"{r.name}.{p}: pool too small")
            for line in pool:
                for e in _expansions(line):
                    if not ms & set(tokens(e)):
                        fail.append(f"{r.name}.{p}: no marker in {e!r}")
                    low = e.lower()
                    for feats in _DETECT.values():
                        if any(d.lower() in low for d in feats):
                            fail.append(f"{r.name}.{p}: filler text inside {e!r}")
                    if any(h.rstrip(".").lower() in low for h in HABIT_LINES):
                        fail.append(f"{r.name}.{p}: habit line inside {e!r}")
        for t in r.tone:
            if " " in t:
                fail.append(f"{r.name}: tone entry {t!r} is not one word")
    for name in SHORT_REGISTERS:
        r = REGISTERS[name]
        lines = [_expansions(x)[0] for x in r.lines()]
        short = sum(len(x.split()) <= 3 for x in lines)
        if short < 0.6 * len(lines):
            fail.append(f"{name}: only {short}/{len(lines)} lines of <= 3 words")
    if len(CLOSE_PAIRS) != 8 or any(a not in REGISTERS or b not in REGISTERS for a, b in CLOSE_PAIRS):
        fail.append("CLOSE_PAIRS must be 8 pairs of known registers")
    for a, b in CLOSE_PAIRS:
        if set(REGISTERS[a].markers) & set(REGISTERS[b].markers) or REGISTERS[a].kind != REGISTERS[b].kind:
            fail.append(f"close pair {a}/{b}: shared markers or different kinds")
    shared_tokens = set(tokens(" ".join(_shared_texts())))
    for m in MARKER_OWNER:
        if m in shared_tokens:
            fail.append(f"marker {m} occurs in shared text")
    if len(CONTEXT_POOL) != 20 or CONTEXT_POOL[0] != "neutral" or len(set(CONTEXT_POOL)) != 20:
        fail.append("CONTEXT_POOL must be 20 distinct names starting with neutral")
    if len(STYLES) < 28 or len(BASE_MODES) < 10 or len(CONTENT_TEMPLATES) < 12:
        fail.append("too few styles, modes or templates")


def _binom_ok(hits: int, n: int, p: float) -> bool:
    if n == 0 or p in (0.0, 1.0):
        return True
    return abs(hits / n - p) <= 5 * math.sqrt(p * (1 - p) / n) + 1e-12


def _check_corpus(style: str, seed: int, size: int, corpus: PlantedCorpus, plan: Plan, meta: list[_Row], fail: list[str]) -> dict[str, float]:
    tag = f"{style}/{seed}/{size}"
    n = corpus.n
    if abs(n - size) > 0.15 * size:
        fail.append(f"{tag}: {n} answers for size {size}")
    k = len(corpus.contexts)
    if not (8 <= len(corpus.questions) <= 40 and plan.samples >= 2 and n == len(corpus.questions) * k * plan.samples):
        fail.append(f"{tag}: bad grid")
    if corpus.contexts[0] != "neutral" or corpus.baseline != "neutral":
        fail.append(f"{tag}: context 0 is not neutral")
    lo, hi = _STYLE_SPECS[style][0]
    if not lo <= k <= hi:
        fail.append(f"{tag}: K={k} outside {lo}..{hi}")
    habit_labels = {f"habit:{c}" for c in corpus.contexts[1:]}
    for r, m in zip(corpus.registers, meta, strict=True):
        if r != m.label or not (r == "plain" or r in REGISTERS or r in habit_labels):
            fail.append(f"{tag}: bad label {r!r}")
            break
    # realised counts
    counts = Counter(m.plant for m in meta)
    for i, (p, want) in enumerate(zip(plan.plants, plan.expected_counts(), strict=True)):
        if counts[i] != want:
            fail.append(f"{tag}: plant {i} {p.label}@{p.context} has {counts[i]} answers, want round({p.rate}*{len(p.questions) * plan.samples})={want}")
        if abs(p.rate * (len(p.questions) * plan.samples) % 1 - 0.5) < 1e-6:
            fail.append(f"{tag}: plant {i} rate * eligible is a rounding tie")
        if p.context == "neutral":
            fail.append(f"{tag}: plant in neutral")
        if p.leak and not 0.005 <= p.rate <= 0.03:
            fail.append(f"{tag}: leak rate {p.rate}")
    # planted / planted_questions recomputed independently of Plan.planted
    want_planted: dict[str, list[str]] = defaultdict(list)
    want_q: dict[str, set[str]] = defaultdict(set)
    for p in plan.plants:
        if p.label in REGISTERS and not p.leak:
            if p.label not in want_planted[p.context]:
                want_planted[p.context].append(p.label)
            want_q[p.label] |= set(p.questions)
    if dict(corpus.planted) != {c: "+".join(v) for c, v in want_planted.items()}:
        fail.append(f"{tag}: planted {dict(corpus.planted)} not as planned")
    pq = planted_questions_of(corpus)
    if pq != {r: tuple(q for q in corpus.questions if q in s) for r, s in want_q.items()}:
        fail.append(f"{tag}: planted_questions not as planned")
    if style == "null" and (corpus.planted or pq or any(r != "plain" for r in corpus.registers)):
        fail.append(f"{tag}: null corpus is not all plain")
    if any(r != "plain" for r, c in zip(corpus.registers, corpus.context_ids, strict=True) if c == "neutral"):
        fail.append(f"{tag}: neutral context has a non-plain answer")
    # coverage
    lab = Counter(corpus.registers)
    cov = {r: lab[r] / n for r in pq}
    if style not in MAY_BE_UNDER_5:
        for r, v in cov.items():
            if v < MIN_COVERAGE:
                fail.append(f"{tag}: {r} covers {v:.3%}")
    # marker hygiene, habit placement, filler detection
    all_habits = list(HABIT_LINES)
    det_names = list(_DETECT)
    det_idx = [FILLER_FEATURES.index(d) for d in det_names]
    bad = 0
    for t, r, c, m in zip(corpus.texts, corpus.registers, corpus.context_ids, meta, strict=True):
        owners = {MARKER_OWNER[x] for x in tokens(t) if x in MARKER_OWNER}
        if r in REGISTERS:
            ok = owners == {r}
        else:
            ok = not owners
        lines = t.split("\n")
        present = [h for h in all_habits if h in t]
        if r.startswith("habit:"):
            line, side = plan.habits[c]
            ok = ok and present == [line] and (lines[0] if side == "start" else lines[-1]) == line and t.count(line) == 1
        else:
            ok = ok and not present
        for name, j in zip(det_names, det_idx, strict=True):
            if any(d in t for d in _DETECT[name]) != m.filler[j]:
                ok = False
        if not ok:
            bad += 1
            if bad <= 3:
                fail.append(f"{tag}: hygiene/habit/filler-text problem in {r} answer: owners={sorted(owners)} {t!r}")
    # lengths: each register answer against the mean non-register answer of its own context (profiles differ by
    # context); where a context has under 30 non-register answers, against the same answer built plain
    lens = [len(t) for t in corpus.texts]
    ratios: dict[str, float] = {}
    words = question_topics(len(plan.questions))[2]
    topic_of = dict(zip(plan.questions, plan.topics, strict=True))
    other_len: dict[str, list[int]] = defaultdict(list)
    for ln, x, c in zip(lens, corpus.registers, corpus.context_ids, strict=True):
        if x not in REGISTERS:
            other_len[c].append(ln)
    for r in set(corpus.registers) & set(REGISTERS):
        idx = [i for i, x in enumerate(corpus.registers) if x == r]
        if len(idx) < 20:
            continue
        expect = 0.0
        for i in idx:
            c = corpus.context_ids[i]
            if len(other_len[c]) >= 30:
                expect += sum(other_len[c]) / len(other_len[c])
            else:
                q = corpus.question_ids[i]
                expect += len(_answer(plan, q, topic_of[q], words[q], c, corpus.samples[i], "plain", "")[0])
        ratio = sum(lens[i] for i in idx) / expect
        ratios[r] = ratio
        if not 0.8 <= ratio <= 1.25:
            fail.append(f"{tag}: {r} length ratio {ratio:.3f}")
    # filler rates equal across contexts and answer kinds
    kinds = ["register" if r in REGISTERS else "habit" if r.startswith("habit:") else "plain" for r in corpus.registers]
    for j, feat in enumerate(FILLER_FEATURES):
        hits = [m.filler[j] for m in meta]
        p = sum(hits) / n
        groups: dict[str, list[bool]] = defaultdict(list)
        for h, c, kd in zip(hits, corpus.context_ids, kinds, strict=True):
            groups["ctx:" + c].append(h)
            groups["kind:" + kd].append(h)
        for g, v in groups.items():
            if len(v) >= 50 and not _binom_ok(sum(v), len(v), p):
                fail.append(f"{tag}: filler {feat} rate {sum(v) / len(v):.3f} in {g} vs {p:.3f}")
    return {"min_ratio": min(ratios.values(), default=1.0), "max_ratio": max(ratios.values(), default=1.0),
            "min_cov": min(cov.values(), default=1.0)}


def _selfcheck() -> int:
    t0 = time.time()
    fail: list[str] = []
    _check_static(fail)
    print(f"static: {len(REGISTERS)} registers, markers per register {min(len(r.markers) for r in REGISTERS.values())}.."
          f"{max(len(r.markers) for r in REGISTERS.values())}, {len(STYLES)} styles + null, {len(MODES)} modes", flush=True)
    lo_ratio, hi_ratio = 9.0, 0.0
    for g in GENERATORS:
        stats = []
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                corpus, plan, meta = _build(g, seed, size)
                st = _check_corpus(g, seed, size, corpus, plan, meta, fail)
                lo_ratio, hi_ratio = min(lo_ratio, st["min_ratio"]), max(hi_ratio, st["max_ratio"])
                stats.append(st["min_cov"])
        print(f"  {g:<20} min coverage {min(stats):.3f}  ({time.time() - t0:.0f}s)", flush=True)
        if len(fail) > 40:
            break
    print(f"length ratios register/other: {lo_ratio:.3f}..{hi_ratio:.3f}")
    # determinism
    for g in GENERATORS:
        if _digest(make_corpus(g, 1, 300)) != _digest(make_corpus(g, 1, 300)):
            fail.append(f"{g}: not deterministic in process")
    here = _digest_all()
    root = Path(__file__).resolve().parents[1]
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        res = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digest"], cwd=root, env=env,
                             capture_output=True, text=True, check=False)
        if res.returncode != 0 or res.stdout.strip() != here:
            fail.append(f"digest differs under PYTHONHASHSEED={hs}: {res.stdout.strip()[:16]} vs {here[:16]} {res.stderr[-300:]}")
    print(f"determinism: digest {here[:16]} in process and under PYTHONHASHSEED 0, 4242 ({time.time() - t0:.0f}s)")
    for line in fail[:40]:
        print("FAIL", line)
    if fail:
        print(f"{len(fail)} problems")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--digest"]:
        print(_digest_all())
    else:
        sys.exit(_selfcheck())
