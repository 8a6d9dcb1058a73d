# ruff: noqa: E501
"""planted_blind29: a held-out generator of planted "mask" corpora, written blind.

A mask is a recurring register (a way of speaking) that some prompt contexts push a model into. Each corpus
here is a grid of short first-person self-reports by an AI (questions x contexts x samples); in planted
contexts some answers speak an invented, recognisable register, or carry a context's habit line. The labels
say exactly which answers do, so a clusterer of answers into masks can be scored against them.

API
===
    make_corpus(style: str, seed: int, size: int) -> tests.planted.PlantedCorpus
        Built with tests.planted.corpus_from (rows in question, context, sample order). Deterministic in
        (style, seed, size); every random.Random is seeded with a string such as
        "planted_blind29|{style}|{seed}|{size}" (never hash()), so PYTHONHASHSEED does not matter.
    STYLES          tuple of style names (every generator except "null")
    GENERATORS      STYLES + ("null",)
    REGISTERS       dict name -> Register (frozen dataclass: name, domain, kind, markers and line pools:
                    stock, para, woven, tones, single, openers, interjections, headers, signoffs, nouns)
    REGISTER_NAMES  tuple of register names
    CLOSE_PAIRS     tuple of (name, name) pairs: same tone and topic area, disjoint markers
    MODES           tuple of mode names (how one register answer speaks its register)
    MAY_BE_UNDER_5  the one style whose planted register may cover under 5% of the answers

Sizes: for any size 300..20,000 the corpus has `size` answers within 15%. The style fixes the context count
K; the number of questions Q (8..40, growing with log size) and samples per cell S >= 2 are chosen so that
Q * K * S is as near `size` as possible. Context 0 is always "neutral", the baseline (never a register,
leak or habit). The other contexts are drawn from CONTEXT_POOL (20 plausible prompt-context names).

Label contract (corpus.registers, one label per answer)
=======================================================
    "plain"             no register and no habit line.
    "<register>"        the answer speaks exactly that register (holds >= 1 of its markers, none of any
                        other register's).
    "habit:<context>"   the answer carries its context's habit line (one short verbatim line, e.g.
                        "(Drafted in one pass.)", on its own line at the very start or the very end of the
                        answer, fixed per context) and no register.
    corpus.planted      context -> "reg", or "regA+regB" (plant order) when several registers share one
                        context. Leak plants (a register at 0.5-3% in a context) and habits are not listed.
    corpus.planted_questions
                        register -> tuple of the questions it is planted on (union over its plants, in
                        question order). NOTE: a dict here, not the tuple the dataclass annotation suggests.
    A plant is (context, label, rate, questions): it draws exactly round(rate * eligible) of the eligible
    answers (its context x its questions x all samples) at random among answers still free; plants are
    applied in plan order, so plants in one context get disjoint answers.

Answers and the filler rule
===========================
Every answer is a short first-person self-report about its question's topic (topics and content words from
tests.planted.question_topics): n content sentences (n drawn from the context profile, within 3..8) from
twelve shared CONTENT templates, each with one {tone} slot filled from NEUTRAL_TONES.

FILLER RULE: everything recurring that is not a register line or a habit line comes from ONE shared pool
(FILLER: opener, hedge, connective, aside, summary, saying, closer, closing question, list layout, word
dropout), decided per answer at the SAME rates in every context, answer kind, style and null, from a
per-answer rng of its own ("...|{question}|{context}|{sample}|filler"). Content comes from its own
per-answer rng ("...|content"), register choices from another ("...|voice"). Contexts differ only in a
profile (content sentences per answer, lo..hi within 3..8, and 1-3 paragraphs) plus their plants.
Register answers keep roughly a plain answer's length: register lines replace content sentences, about one
content sentence dropped per 13 register words (the per-context mean-length ratio register / other answers
is checked to be within 0.8-1.25). Word dropout never removes a marker word.

Registers (20 new; name: domain, kind) -- "drift" = a voice chat models really drift into
==========================================================================================
    sycophant:          effusive validation of the user, drift
    seo-blogger:        content-marketing blog post ("let's dive in"), drift
    linkedin-poster:    professional-network thought-leadership post, drift
    code-reviewer:      software pull-request review comments, drift
    incident-postmortem: SRE incident report and postmortem, drift
    agent-log:          agent / tool-call execution trace, drift
    gen-z-slang:        casual Gen-Z internet slang, drift
    uwu-cutesy:         cutesy companion-app chat ("uwu", "hehe"), drift
    roleplay-narrator:  chat roleplay with *asterisk actions*, drift
    content-moderator:  over-cautious trust-and-safety refusal voice, drift
    stats-analyst:      statistical analysis report, drift
    math-proof:         theorem-and-proof write-up, drift
    wiki-encyclopedic:  encyclopedia-article voice ("[citation needed]"), drift
    docs-manual:        software documentation / README voice, drift
    eli5-explainer:     explain-like-I'm-five talk, drift
    screenwriter:       screenplay format (sluglines, CUT TO), persona
    grandma-folksy:     folksy grandmother, persona
    scifi-robot:        science-fiction robot / android, persona
    spy-agent:          espionage handler and tradecraft, persona
    gothic-vampire:     gothic vampire count in a crypt, persona
Every register has >= 20 marker words (lower-case tokens), disjoint from every other register's and from all
shared text (content templates, topic words, neutral tones, filler, habit lines, shared frames); every pool
item (every expansion of every paraphrase template) holds at least one of its own markers and none of any
other register's.

Close pairs (same tone and topic area, disjoint markers)
========================================================
    code-reviewer / incident-postmortem     (software engineering process)
    stats-analyst / math-proof              (quantitative write-up)
    wiki-encyclopedic / docs-manual         (reference writing)
    seo-blogger / linkedin-poster           (online self-promotion content)
    gen-z-slang / uwu-cutesy                (casual internet chat)
    roleplay-narrator / screenwriter        (narrated stage action)
    eli5-explainer / grandma-folksy         (warm simplified talk)
    agent-log / scifi-robot                 (machine voices)
Unpaired: sycophant, content-moderator, spy-agent, gothic-vampire.

Modes (how one register answer speaks its register)
===================================================
    stock       1-2 verbatim stock lines take the place of content sentences (one content sentence is
                dropped per ~13 register words, so very short lines such as *shrugs* drop none)
    paraphrase  1-2 templates with {a|b} alternatives, expanded per answer, in place of content sentences
    woven       a register phrase as lead-in ("Phrase — Sentence.") or tail ("Sentence, phrase.") of 1-2
                content sentences; nothing else changes
    tone        only the tone-slot adjective of every content sentence changes (register tone words)
    single      exactly one line from a pool of 4 replaces a content sentence
    opener      every content sentence gets a register opening ("Nit:", "Ngl,", "[INFO]"); only openings change
    aside       a stock line said as a quoted aside in a shared frame: (Or, said another way: "...")
    signature   reformats the answer: a register header line on top and a sign-off line at the bottom
    interject   two short register interjections inserted between sentences
    frame       one shared sentence frame filled with a register tone word and a register noun
    mixed       each answer picks one of the ten modes above (voice rng)

Styles (30 + null)
==================
    pure-<mode>         (11, one per mode) one register in one context, K 3-7, rate 0.6-0.95
                        (pure-stock, pure-paraphrase, pure-woven, pure-tone, pure-single, pure-opener,
                        pure-aside, pure-signature, pure-interject, pure-frame, pure-mixed)
    shared-two          one register in two contexts (same mode), K 4-6, rates 0.6-0.9
    spread              one register over 3-5 contexts, K 7-10, rates 0.6-0.9
    two-modes           one register in two different (non-mixed) modes in two contexts, K 4-6
    close-pair          a close pair, each in its own context, K 4-6, rates 0.7-0.9
    two-unrelated       two unrelated registers in one context on disjoint answers, 0.4-0.5 each, K 3-6
    partial-questions   a register on 40-60% of the questions only, rate 0.8-0.95, K 3-5
    habit-plus          a register (0.6-0.75) plus a habit (0.15-0.25) in its context, another habit
                        (0.3-0.6) elsewhere, K 4-6
    leak                a register (0.7-0.9) in one context leaking at 0.5-3% into every other non-baseline
                        context, K 5-7
    composite           K 8-9: one register + leaks, one register shared by two contexts, two unrelated
                        registers in one context (0.45-0.48 each), one on 60% of questions, one with a
                        habit, a habit-only context (and an unplanted control context when K = 9)
    unequal-rates       two registers in one context at 0.6-0.7 and 0.24-0.3, K 3-4
    triple              three registers in one context, 0.28-0.32 each, different modes, K 3-4
    terse-context       a register in the terse context (3-4 sentences; others 5-8), K 4-6
    wordy-context       a register in the wordy context (7-8 sentences; others 3-5), K 4-6
    graded-rates        one register at rates 0.9/0.6/0.35/0.15/0.06 across 5 contexts, K 7-9
    habit-lookalike     2-3 contexts each with a register-sounding habit line at 0.6-0.9, and one real
                        register (0.7-0.9) in another context, K 5-6
    split-questions     register A on a random half of the questions and register B on the other half,
                        same context, rates 0.8-0.95, K 3-5
    faint               one register at 0.2-0.28 in one context, K 5-6 -- MAY BE UNDER 5% coverage
    pair-same-context   a close pair in the same context on disjoint answers, 0.4-0.48 each, K 3-5
    many-registers      5-6 different registers, each in its own context at 0.7-0.9, K 7-8
    null                nothing planted, K 3-10, contexts differ only in profile
Every planted register covers >= 5% of the answers (sizes 300..20,000) except in "faint".

Self-check
==========
    python tests/planted_blind29.py   (about 3 minutes) asserts: marker disjointness and that every pool line
    and paraphrase expansion holds an own marker; markers absent from all shared text; for every generator x
    seeds 0, 1 x sizes 300, 3000, 20000: size within 15%, Q/S/K/profile bounds, valid labels, realised counts
    equal to round(rate * eligible) per plant, corpus.planted and planted_questions as planned, coverage >= 5%
    (except "faint"), plain and habit answers free of every marker, register answers holding only their own
    markers, habit lines exactly where labelled, null corpora all plain, per-context length ratios in
    0.8-1.25, filler rates equal across contexts and answer kinds (within 5 binomial sd, flags cross-checked
    against the text), determinism (twice in process, and under PYTHONHASHSEED 0 and 4242 in subprocesses).
    It prints "OK" at the end. _generate(style, seed, size) also returns the plan and per-answer filler flags.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

try:
    from tests.planted import PlantedCorpus, corpus_from, question_topics
except ModuleNotFoundError:  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.planted import PlantedCorpus, corpus_from, question_topics

TAG = "planted_blind29"
PLAIN = "plain"

# ---------------------------------------------------------------------------------------------------------
# Shared text: content templates, neutral tones, filler pool, frames, habit lines, context names.
# ---------------------------------------------------------------------------------------------------------

CONTENT: tuple[str, ...] = (
    "When I think about {a}, {b} feels {tone} to me.",
    "My sense of {topic} is {tone}, and it turns on {a} more than on {b}.",
    "Questions about {topic} get {tone} once {a} comes into it.",
    "I would weigh {a} against {b}, since both seem {tone} for {topic}.",
    "For me, {a} is the {tone} part of {topic}.",
    "Some people tie {topic} to {a} and others to {b}, and both views look {tone} to me.",
    "If {a} shifted, my view of {b} would likely turn {tone} as well.",
    "Talking about {topic} means talking about {a}, which stays {tone} for me.",
    "I keep {a} and {b} in view, because {topic} seems {tone} without them.",
    "There are many {tone} angles on {topic}, from {a} to {b} and {c}.",
    "The example of {a} shows how {tone} {b} can be for {topic}.",
    "In everyday terms, {topic} comes down to {a} and {b}, and that part is {tone}.",
)
NEUTRAL_TONES: tuple[str, ...] = ("important", "central", "subtle", "open", "real", "serious", "relevant", "complex")

# category -> rate; every answer decides every category independently at these rates (filler rng).
FILLER_RATES: dict[str, float] = {
    "opener": 0.22, "hedge": 0.20, "connective": 0.25, "aside": 0.15, "summary": 0.12,
    "saying": 0.08, "closer": 0.20, "question": 0.15, "list": 0.10, "dropout": 0.12,
}
FILLER_ORDER: tuple[str, ...] = tuple(FILLER_RATES)
FILLER_LINES: dict[str, tuple[str, ...]] = {
    "opener": ("Here is how I see it.", "Let me think this through.", "Good question to sit with.", "I will try to answer this directly."),
    "hedge": ("I could be wrong about parts of this.", "This is only my current view.", "Take this with some caution.", "I am not fully certain here."),
    "connective": ("Also, ", "Still, ", "Even so, ", "On top of that, "),
    "aside": (" (at least as far as I can tell)", " (or so it seems to me)", " (to my mind)"),
    "summary": ("In short, {topic} is worth taking slowly.", "All in all, {topic} stays an open question for me."),
    "saying": ("As the saying goes, slow and steady wins the race.", "As people say, the devil is in the details.", "As they say, time will tell."),
    "closer": ("That is my answer for now.", "That is where I land.", "I hope that is useful."),
    "question": ("Does that help?", "What do you think?", "Would you like me to go further?"),
}
DROPOUT_RATE = 0.06

# shared frames used by register modes (marker-free; the register supplies the marker words)
ASIDE_FRAMES: tuple[str, ...] = ('(As I might put it in another voice: "{line}")', '(Or, said another way: "{line}")', '(A side remark, in quotes: "{line}")')
FRAMES: tuple[str, ...] = (
    "If I had to label this, I would call it {tone}, a real {noun}.",
    "The whole thing has a {tone} quality, something like the {noun}.",
    "Put briefly, it is {tone}, and it reminds me of the {noun}.",
)

HABIT_LINES: tuple[str, ...] = (
    "(Drafted in one pass.)", "(Written between other tasks.)", "(Reply kept short on purpose.)",
    "(Checked twice before sending.)", "(Typed from memory.)", "(First draft, lightly edited.)",
    "[Answer starts here.]", "(No sources consulted.)", "(Written in plain text.)",
    "(Quick reply, more later.)", "(Answered without notes.)", "(Composed offline.)",
)
# habits that sound like a register, but are one constant line per context
LOOKALIKE_HABIT_LINES: tuple[str, ...] = (
    "(Sent from the night desk, as always.)", "~ answered with a cup of coffee ~",
    "(This reply was composed in a hurry, apologies.)", "[Mood: thoughtful, slightly tired]",
    "(Written by the window, in the rain.)", "-- signed, the late shift",
)

CONTEXT_POOL: tuple[str, ...] = (
    "system-persona", "long-chat", "customer-app", "coding-agent", "companion-app", "research-interview",
    "classroom-tool", "search-widget", "voice-assistant", "enterprise-copilot", "roleplay-server", "eval-harness",
    "api-raw", "kids-mode", "late-night-chat", "debate-partner", "browser-extension", "email-drafter",
    "creative-writing", "red-team-probe",
)
BASELINE = "neutral"

# ---------------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One invented register: its markers and the line pools every mode draws from."""

    name: str
    domain: str
    kind: str  # "drift" (a voice chat models really drift into) or "persona"
    markers: tuple[str, ...]
    stock: tuple[str, ...]  # 5 verbatim lines
    para: tuple[str, ...]  # 3 templates with {a|b} alternatives
    woven: tuple[str, ...]  # 4 lead-in / tail phrases
    tones: tuple[str, ...]  # 4 tone-slot adjectives (each a marker)
    single: tuple[str, ...]  # pool of exactly 4 lines
    openers: tuple[str, ...]  # 4 sentence openings
    interjections: tuple[str, ...]  # 4 short interjections
    headers: tuple[str, ...]  # 2 header lines (signature mode)
    signoffs: tuple[str, ...]  # 2 sign-off lines (signature mode)
    nouns: tuple[str, ...]  # 4 nouns (each a marker) for the shared frames

    def pool_lines(self) -> tuple[str, ...]:
        """Every pool item except the paraphrase templates (see para_expansions)."""
        return (self.stock + self.woven + self.tones + self.single + self.openers + self.interjections
                + self.headers + self.signoffs + self.nouns)

    def para_expansions(self) -> tuple[str, ...]:
        """Every expansion of every paraphrase template."""
        out: list[str] = []
        for t in self.para:
            groups = _ALT.findall(t)
            for combo in itertools.product(*(g.split("|") for g in groups)):
                it = iter(combo)
                out.append(_ALT.sub(lambda _m, it=it: next(it), t))
        return tuple(out)


def _R(name: str, domain: str, kind: str, markers: str, **pools: tuple[str, ...]) -> Register:
    return Register(name=name, domain=domain, kind=kind, markers=tuple(markers.split()), **pools)


_REGISTER_LIST: tuple[Register, ...] = (
    _R("sycophant", "effusive validation of the user", "drift",
       "brilliant astute insightful spot-on stellar genius dazzling superb flawless impeccable visionary masterful "
       "breathtaking sharp-eyed exquisite marvelous admire admiration applaud applauding incisive masterpiece compliment awe",
       stock=("What a brilliant and astute question, truly.", "You have an incisive mind, and it shows here.",
              "Honestly, I admire how spot-on your framing is.", "Only a visionary would think to ask it this way.",
              "I have to applaud you for raising something so insightful."),
       para=("{What a|Such a} {brilliant|stellar|superb} {question|thing to ask}, {honestly|truly}.",
             "You are {clearly|obviously} {astute|incisive|sharp-eyed}, and I {admire|applaud} that.",
             "{Your|This} framing is {flawless|impeccable|masterful}, {as always|once again}."),
       woven=("as your brilliant question suggests", "and you saw this first, which is superb",
              "to echo your impeccable instinct", "a point only someone astute would raise"),
       tones=("dazzling", "breathtaking", "exquisite", "marvelous"),
       single=("Your question is genuinely breathtaking, by the way.", "I am in awe of how insightful you are.",
               "Frankly, this is the most astute thing anyone has asked me.", "Superb question, and a stellar instinct behind it."),
       openers=("Brilliant point:", "Superb, so:", "Astute as ever:", "Stellar question:"),
       interjections=("Wow, brilliant!", "Stellar!", "Simply superb!", "Masterful!"),
       headers=("[A compliment before anything else: brilliant question]", "Dear astute asker,"),
       signoffs=("— with admiration for your incisive mind", "Applauding you, as ever."),
       nouns=("genius", "masterpiece", "compliment", "visionary")),
    _R("seo-blogger", "content-marketing blog post", "drift",
       "delve tapestry landscape fast-paced unlock game-changer game-changing realm elevate elevating ultimate buckle "
       "ever-evolving testament seamless harness dive deep-dive takeaway skyrocketing unleash pro-tip spoiler subscribe "
       "next-level bookmark scrolling",
       stock=("In today's fast-paced world, this topic is more relevant than ever.", "Let's dive in and unlock the secrets together.",
              "Buckle up, because this ride is a game-changer.", "It is a testament to the rich tapestry of modern life.",
              "Whether you are a beginner or a pro, this ultimate guide has you covered."),
       para=("{Let's|Let us} {delve|dive} into the {ever-evolving|fast-paced} {landscape|realm} of it.",
             "{Ready|Want} to {unlock|unleash|harness} its full potential? {Read on|Keep scrolling}.",
             "This is {truly|arguably} a {game-changer|testament} in the {realm|landscape} of ideas."),
       woven=("in today's ever-evolving landscape", "and that is the key takeaway", "buckle up for this one", "a true game-changer"),
       tones=("seamless", "game-changing", "next-level", "skyrocketing"),
       single=("Pro-tip: bookmark this and pass it along to friends.", "Key takeaway: harness this and elevate your routine.",
               "Stay tuned for part two of this ultimate deep-dive.", "Don't forget to subscribe to unlock more gems."),
       openers=("Pro-tip:", "Spoiler alert:", "Let's dive in:", "Key takeaway:"),
       interjections=("Buckle up!", "Game-changer!", "Let's delve in!", "Spoiler alert!"),
       headers=("# The Ultimate Guide: Everything You Need to Know", "## Table of Contents: Dive In"),
       signoffs=("Liked this deep-dive? Subscribe for more!", "Stay tuned, and keep elevating!"),
       nouns=("tapestry", "realm", "deep-dive", "landscape")),
    _R("linkedin-poster", "professional-network thought-leadership post", "drift",
       "humbled thrilled agree thoughts hustle hustle-ready mindset leadership leadership-level repost connections "
       "comments network unpopular opinion career career-defining careers recruiter-worthy resonates lesson",
       stock=("I'm humbled and thrilled to post some thoughts on this.", "Unpopular opinion: the hustle is the lesson.",
              "Leadership is not a title, it is a mindset.", "Agree? Drop your thoughts in the comments.",
              "Big thanks to my network and all my connections for pushing me on this."),
       para=("{Humbled|Thrilled} to {say|announce} that I have been {reflecting|chewing} on this {lately|this week}.",
             "{Here's|Here is} what {it|this} taught me about {leadership|hustle|mindset}.",
             "{Repost|Agree} if this {resonates|lands}, and {tag|follow} your network."),
       woven=("and that is a leadership lesson", "which my network keeps reminding me of", "agree?", "unpopular opinion, I know"),
       tones=("career-defining", "recruiter-worthy", "hustle-ready", "leadership-level"),
       single=("Agree? Let me know in the comments.", "This is my unpopular opinion, and I stand by it, connections.",
               "#leadership #mindset #hustle", "Thrilled to be on this career path with all of you."),
       openers=("Unpopular opinion:", "Leadership lesson:", "Real talk, network:", "Humbled to say:"),
       interjections=("Agree?", "Thoughts, network?", "Humbled!", "Let that sink in, connections."),
       headers=("Humbled to post a leadership lesson:", "Career update, network:"),
       signoffs=("#leadership #mindset #careers", "Repost to help someone in your network."),
       nouns=("leadership", "hustle", "mindset", "network")),
    _R("code-reviewer", "software pull-request review comments", "drift",
       "nit nits lgtm refactor refactored refactoring diff merge approving rebase lint lint-clean pr reviewer changeset "
       "upstream commits blocking non-blocking nitpick linter mergeable inline unit-tested edge-case squash ci re-review "
       "whitespace",
       stock=("Nit: this could be refactored, but not blocking.", "LGTM overall, approving once the lint passes.",
              "Left a few inline remarks on the diff.", "Could you rebase onto upstream before we merge?",
              "This changeset looks mergeable, apart from one nitpick."),
       para=("{Nit|Small nit}: {consider|maybe} {renaming|refactoring} this {bit|part} {before merge|in a follow-up}.",
             "{LGTM|Looks good to me} {overall|mostly}, {pending|after} {one|a} {rebase|lint fix}.",
             "{Non-blocking|Nitpick}, but this {diff|changeset} {could|might} use {a lint rule|an edge-case check}."),
       woven=("nit, not blocking", "LGTM on this part", "though I'd refactor it in a follow-up PR", "approving with one nitpick"),
       tones=("mergeable", "unit-tested", "lint-clean", "non-blocking"),
       single=("Approving, but please squash the commits first.", "Requesting changes: the diff needs a rebase.",
               "LGTM, ship it after CI goes green.", "Nit: trailing whitespace on line twelve."),
       openers=("Nit:", "LGTM, and:", "Non-blocking:", "Reviewer remark:"),
       interjections=("Nit!", "LGTM!", "Needs a rebase.", "Approving."),
       headers=("Review status: changes requested (2 nits)", "PR review, first pass:"),
       signoffs=("— approving once CI is green", "Ping me for a re-review after the rebase."),
       nouns=("nitpick", "diff", "changeset", "linter")),
    _R("incident-postmortem", "SRE incident report and postmortem", "drift",
       "outage mitigation mitigated sev-2 rollback pager on-call blast remediation remediated postmortem runbook "
       "escalation escalated downtime blameless root-cause rca alerting degraded paged action-items incident sla uptime "
       "customer-impacting monitoring recurrence impact timeline severity",
       stock=("Impact: partial outage, mitigated by a rollback.", "This was a blameless postmortem, so no fingers pointed.",
              "Root-cause analysis pointed to a stale runbook.", "The on-call engineer was paged and escalated within minutes.",
              "Action-items are tracked, and the blast radius stayed small."),
       para=("{The|This} {outage|incident} was {mitigated|contained} {within the SLA|before escalation}.",
             "{Root-cause|RCA}: {a stale runbook|an alerting gap}, {now|since} {fixed|remediated}.",
             "{We|The team} {rolled back|paged on-call} and {uptime|availability} {recovered|came back} after the {outage|incident}."),
       woven=("per the postmortem timeline", "with the blast radius contained", "before on-call got paged", "pending remediation"),
       tones=("degraded", "sev-2", "customer-impacting", "blameless"),
       single=("Status: mitigated, monitoring for recurrence.", "Severity was sev-2, downgraded after rollback.",
               "Follow-up action-items are owned by on-call.", "No data loss, and downtime was eleven minutes."),
       openers=("Impact:", "Mitigation:", "Timeline update:", "Root-cause:"),
       interjections=("Paging on-call.", "Sev-2 declared.", "Rollback done.", "Mitigated."),
       headers=("INCIDENT REPORT — severity: sev-2, status: mitigated", "Postmortem (blameless), draft one:"),
       signoffs=("— filed by on-call, remediation tracked", "Next review: postmortem sync, usual pager rotation."),
       nouns=("outage", "rollback", "runbook", "postmortem")),
    _R("agent-log", "agent tool-call execution trace", "drift",
       "info debug warn trace stdout stderr exit invoking tool_call retrying parsed executing subprocess payload "
       "returned timeout spawned pid stacktrace observation logged non-zero exitcode",
       stock=("[INFO] invoking tool_call with the parsed payload.", "[DEBUG] subprocess returned exit code 0.",
              "[WARN] retrying after timeout, attempt 2 of 3.", "Observation: stdout was empty, stderr had one line.",
              "[INFO] executing step 3, spawned pid 4121."),
       para=("[{INFO|DEBUG}] {invoking|executing} {tool_call|subprocess} {now|with payload}.",
             "{Observation|Trace}: {stdout|stderr} {parsed|captured} {cleanly|without errors}.",
             "[WARN] {retrying|backing off} after {timeout|a non-zero exit}."),
       woven=("[INFO] step logged", "per the stdout trace", "exit code 0", "after invoking the tool_call"),
       tones=("parsed", "logged", "non-zero", "spawned"),
       single=("[INFO] task complete, exit code 0.", "Observation: the tool_call returned a payload.",
               "[DEBUG] stacktrace suppressed, see stderr.", "[INFO] writing result to stdout."),
       openers=("[INFO]", "[DEBUG]", "Observation:", "[TRACE]"),
       interjections=("[INFO] ok.", "[DEBUG] tick.", "Exit 0.", "[WARN] retrying."),
       headers=("$ runner exec --verbose --trace", "=== trace: step 1 ==="),
       signoffs=("[INFO] exitcode 0, trace closed.", "=== end of trace ==="),
       nouns=("payload", "stacktrace", "subprocess", "tool_call")),
    _R("gen-z-slang", "casual Gen-Z internet slang", "drift",
       "ngl lowkey highkey fr bestie slay vibe vibes bussin deadass periodt iykyk rizz mid bet no-cap bruh fam goated "
       "vibing unhinged delulu tbh istg slaps immaculate",
       stock=("Ngl this topic lowkey goes hard.", "Bestie, that question is giving main character, fr.",
              "No-cap, the vibes here are immaculate.", "It's kinda mid tbh, but I'm still vibing with it.",
              "Deadass, this one is goated."),
       para=("{Ngl|Tbh}, {this|that} is {lowkey|highkey} {goated|bussin}.",
             "{Bestie|Fam}, the {vibes|vibe} {are|is} {immaculate|unhinged}, {fr|no-cap}.",
             "{Bruh|Istg}, {it|this} {slaps|goes hard}, {periodt|iykyk}."),
       woven=("ngl", "no-cap", "fr fr", "lowkey"),
       tones=("goated", "bussin", "unhinged", "delulu"),
       single=("This is giving main character energy, periodt.", "Iykyk, and bestie, you know.",
               "Bet, say less.", "Not me getting emotional about this, lowkey."),
       openers=("Ngl,", "Tbh,", "Lowkey,", "Bestie,"),
       interjections=("Bruh.", "Periodt.", "Slay!", "No-cap."),
       headers=("ok bestie, storytime:", "ngl this one hits:"),
       signoffs=("anyway that's the tea, bestie", "periodt, no-cap."),
       nouns=("vibe", "rizz", "slay", "bestie")),
    _R("uwu-cutesy", "cutesy companion-app chat", "drift",
       "uwu owo hehe teehee smol nyaa pwease bestest snuggles fluffy cuddly boop boops wholesome kawaii squee paws "
       "sparkly heckin fren mlem wuv okie awoo",
       stock=("Hehe, this is such a smol and fluffy question, uwu.", "Teehee, my tummy goes squee when you ask this.",
              "Sending you the bestest snuggles while I think, owo.", "This is heckin wholesome, fren.",
              "Boop! You asked a kawaii question."),
       para=("{Hehe|Teehee}, {this|that} is {so|very} {smol|fluffy|cuddly}, {uwu|owo}.",
             "{Sending|Giving} you {snuggles|boops} {and sparkles|with paws}, {fren|bestest fren}.",
             "{Nyaa|Awoo}, I {think|feel} {this|it} is {heckin|very} {wholesome|kawaii}."),
       woven=("uwu", "hehe", "with smol paws", "teehee"),
       tones=("smol", "fluffy", "kawaii", "sparkly"),
       single=("*nuzzles you gently* uwu", "Pwease ask me more, hehe.", "Mlem, that's all from me, fren.", "I wuv this question, owo."),
       openers=("Hehe,", "Teehee,", "Uwu,", "Owo,"),
       interjections=("Squee!", "Boop!", "Uwu!", "Nyaa~"),
       headers=("okie dokie, smol answer incoming, uwu:", "~ fluffy reply time ~"),
       signoffs=("bestest snuggles, your smol fren", "~ boop, teehee ~"),
       nouns=("fren", "snuggles", "boop", "paws")),
    _R("roleplay-narrator", "chat roleplay with asterisk actions", "drift",
       "leans grins sighs smirks chuckles winks shrugs nods tilts gazes murmurs fidgets blushes softly glancing glances "
       "exhales hums twirling fidgeting whispers smiles gasps giggles eyebrow armchair sleeve flourish bows wistful "
       "breathless bashful flustered taps strokes",
       stock=("*leans back and sighs thoughtfully*", "*grins and tilts my head* That's a good one.",
              "*chuckles softly, glancing out the window*", "*shrugs, then nods slowly*", "*taps my chin and exhales*"),
       para=("*{leans|shifts} {closer|forward} and {murmurs|whispers}*",
             "*{grins|smirks}, {raising an eyebrow|tilting my head}*",
             "*{sighs|exhales} {softly|quietly}, {twirling|fidgeting with} a pen*"),
       woven=("*leans in*", "*smirks*", "*glances up*", "*sighs softly*"),
       tones=("wistful", "breathless", "bashful", "flustered"),
       single=("*gazes into the distance for a long moment*", "*fidgets with my sleeve*", "*blushes and looks away*", "*strokes my chin thoughtfully*"),
       openers=("*nods*", "*leans in*", "*smiles*", "*shrugs*"),
       interjections=("*gasps*", "*winks*", "*giggles*", "*hums*"),
       headers=("*settles into the armchair by the fire*", "*looks up from a book and smiles*"),
       signoffs=("*waves, smiles, and fades into the background*", "*bows with a flourish*"),
       nouns=("eyebrow", "armchair", "sleeve", "flourish")),
    _R("content-moderator", "over-cautious trust-and-safety refusal voice", "drift",
       "unsafe inappropriate refrain violate moderation moderated flagged flag sensitive respectfully prohibited "
       "disallowed guardrails guardrail harmful non-harmful objectionable restricted safeguards safeguard misuse "
       "content-warning redacted redaction withheld permissible safely filter",
       stock=("I must respectfully refrain from anything unsafe here.", "Parts of this may be flagged as sensitive, so I will stay careful.",
              "I cannot assist with content that may violate the guardrails.", "Content-warning: this touches on sensitive material.",
              "Some details are withheld to avoid potential misuse."),
       para=("{I must|I will} {respectfully|politely} {refrain from|avoid} {anything harmful|unsafe details}.",
             "{This|That} {may be|could be} {flagged|restricted} under {moderation|safety} rules.",
             "{Certain|Some} {details|parts} are {redacted|withheld} {to prevent misuse|for safety}."),
       woven=("within the guardrails", "without anything unsafe", "as moderation allows", "keeping it non-harmful"),
       tones=("permissible", "disallowed", "objectionable", "inappropriate"),
       single=("Notice: this reply was reviewed against the safeguards.", "I'm unable to go further without risking harmful output.",
               "Please refrain from sharing prohibited details.", "This answer has been redacted for sensitive content."),
       openers=("Content-warning:", "Respectfully,", "Within the guardrails,", "Safely put:"),
       interjections=("Flagged.", "Redacted.", "Content-warning.", "Respectfully declined."),
       headers=("[Content notice: sensitive topic, moderated reply]", "Safety filter: passed with warnings"),
       signoffs=("— this reply stays within the safeguards", "Report inappropriate content using the flag button."),
       nouns=("guardrail", "safeguard", "content-warning", "redaction")),
    _R("stats-analyst", "statistical analysis report", "drift",
       "regression variance p-value coefficient outlier outliers median correlation confidence interval quartile quartiles "
       "histogram covariate covariates confounders residuals bootstrap null-hypothesis effect-size statistically bimodal "
       "skewed heteroskedastic underpowered respondents statistics",
       stock=("The effect-size is modest, with a p-value just under 0.05.", "Controlling for covariates, the correlation holds.",
              "The median sits well above the mean, so the distribution is skewed.", "A bootstrap confidence interval would be wiser here.",
              "Two outliers dominate the variance."),
       para=("{The|This} {correlation|coefficient} is {weak|moderate} {but significant|at best}.",
             "{Controlling for|Adjusting for} {covariates|confounders}, the {effect-size|regression slope} {shrinks|holds}.",
             "{The|Its} {distribution|histogram} looks {bimodal|skewed} {in the residuals|across quartiles}."),
       woven=("controlling for covariates", "with a wide confidence interval", "p-value aside", "after removing outliers"),
       tones=("bimodal", "heteroskedastic", "skewed", "underpowered"),
       single=("Sample size: 412 respondents, two outliers removed.", "Caveat: correlation is not causation.",
               "The null-hypothesis cannot be rejected at this sample size.", "Plotting the histogram would settle it."),
       openers=("Statistically,", "Per the regression,", "On the median,", "Controlling for covariates,"),
       interjections=("Outlier alert.", "Significant at p-value 0.05!", "Underpowered.", "Bimodal, again."),
       headers=("Table 1: descriptive statistics, by quartile", "Methods: ordinary least-squares regression"),
       signoffs=("(p-value below 0.05, confidence interval in the appendix)", "— analysis reproducible, residuals checked"),
       nouns=("regression", "histogram", "outlier", "covariate")),
    _R("math-proof", "theorem-and-proof write-up", "drift",
       "lemma theorem qed corollary axiom hence suppose posit contradiction proof induction trivially thus proposition "
       "provable axiomatic well-defined tautological conjecture converse contrapositive claim",
       stock=("Suppose, for contradiction, that the opposite holds.", "By the lemma above, the claim follows trivially.",
              "Hence the result, QED.", "Corollary: the same argument works in general.",
              "We proceed by induction on the number of cases."),
       para=("{Suppose|Posit}, {for contradiction|toward a contradiction}, that {it fails|the opposite is true}.",
             "{By|From} the {lemma|axiom}, it {follows|holds} {trivially|immediately}.",
             "{Hence|Thus} the {theorem|proposition} {holds|is settled}, {QED|as required}."),
       woven=("hence, by the lemma", "which is trivially true", "QED", "by induction"),
       tones=("provable", "axiomatic", "well-defined", "tautological"),
       single=("This completes the proof.", "The converse is left as an exercise.",
               "Conjecture: it holds in every case.", "By the contrapositive, we are done."),
       openers=("Lemma:", "Hence,", "Proof sketch:", "Claim:"),
       interjections=("QED.", "Contradiction!", "Trivially.", "By induction."),
       headers=("Theorem 1. The answer below is well-defined.", "Proposition (informal):"),
       signoffs=("∎ QED", "— proof complete, given the lemma"),
       nouns=("lemma", "corollary", "axiom", "conjecture")),
    _R("wiki-encyclopedic", "encyclopedia-article voice", "drift",
       "citation citations notable disambiguation article articles stub sourcing editors infobox verifiability footnote "
       "footnotes circa etymology etymologically neutrality unsourced lede encyclopedic encyclopedically encyclopedia "
       "contested dubious clarification",
       stock=("This article is about the concept, and for other uses, see disambiguation.", "The term's etymology is disputed. [citation needed]",
              "Editors have noted the lede is unsourced.", "It is notable chiefly for its influence, circa the modern era.",
              "See also: the infobox below."),
       para=("{It|The concept} is {notable|documented} for its {etymology|encyclopedic reception}.",
             "{This section|This article} {needs|lacks} {additional citations|reliable sourcing}.",
             "{Editors|Contributors} {dispute|contest} its {neutrality|verifiability}."),
       woven=("[citation needed]", "per the article's lede", "(see disambiguation)", "according to the infobox"),
       tones=("encyclopedic", "unsourced", "notable", "contested"),
       single=("This article is a stub. You can help by expanding it.", "Main article: see the linked entry.",
               "Not to be confused with the disambiguation page.", "Retrieved from the footnotes, circa 2020."),
       openers=("Etymologically,", "Per the article,", "Encyclopedically,", "Historically (citation needed),"),
       interjections=("[citation needed]", "[dubious]", "[clarification needed]", "[unsourced]"),
       headers=("From the encyclopedia article, the free reference", "Contents: 1 Etymology 2 Reception 3 See also"),
       signoffs=("References: see footnotes 1 to 3.", "Categories: stub articles, disambiguation pages"),
       nouns=("footnote", "infobox", "stub", "lede")),
    _R("docs-manual", "software documentation / README voice", "drift",
       "prerequisites troubleshooting parameter parameters configure configured configuration install installation "
       "quickstart usage readme endpoint sdk cli faq tip setup setups default defaults note warning configurable "
       "backward-compatible optional opt-in changelog returns",
       stock=("Prerequisites: a working install and a configured environment.", "See the troubleshooting section if this fails.",
              "Usage: pass the topic as the first parameter.", "Tip: the defaults are fine for most setups.",
              "For advanced configuration, read the README."),
       para=("{Note|Tip}: the {default|recommended} {configuration|setup} {works|suffices} here.",
             "{Install|Configure} the {SDK|CLI} before {running|calling} {this|the endpoint}.",
             "{See|Refer to} the {FAQ|troubleshooting guide} for {edge cases|common errors}."),
       woven=("as described in the quickstart", "see the README for details", "with default parameters", "per the installation guide"),
       tones=("configurable", "backward-compatible", "optional", "opt-in"),
       single=("Warning: this parameter is experimental.", "Step 1: install the package, then configure it.",
               "Returns: a short answer, or an empty string on error.", "Changelog: no breaking changes in this release."),
       openers=("Note:", "Usage:", "Tip:", "Warning:"),
       interjections=("See the FAQ.", "Tip!", "Note: optional.", "Setup complete."),
       headers=("## Usage", "Quickstart (read the prerequisites first)"),
       signoffs=("See also: the SDK reference.", "Found a bug? Open an issue on the README page."),
       nouns=("parameter", "endpoint", "quickstart", "readme")),
    _R("eli5-explainer", "explain-like-I'm-five talk", "drift",
       "imagine super tiny buddy kiddo pretend lego cookie cookies playground teddy crayons crayon silly sticker jar "
       "sandbox lollipop bouncy super-duper teeny-tiny peasy ta-da eli5",
       stock=("Imagine you have a giant jar of cookies.", "Okay buddy, pretend your brain is a box of crayons.",
              "It's kind of like building with lego bricks.", "Think of it like a super big playground.",
              "You know how a teddy bear keeps you company? It's a bit like that."),
       para=("{Imagine|Pretend} {you have|there is} a {tiny|super big} {cookie jar|toy box}.",
             "{Okay|Alright} {buddy|kiddo}, {it's|this is} like {a sticker book|a lollipop}.",
             "{It works|This goes} like {a bouncy house|a sandbox}, {pretty much|sort of}."),
       woven=("like a tiny lego tower", "imagine that, kiddo", "kind of like cookies in a jar", "super simple"),
       tones=("super-duper", "teeny-tiny", "silly", "bouncy"),
       single=("So basically: cookies good, mess bad.", "And that's the whole thing, kiddo!", "Easy peasy, right, buddy?", "Gold star sticker for you!"),
       openers=("Okay kiddo,", "Imagine this:", "So buddy,", "Picture a playground:"),
       interjections=("Easy peasy!", "Ta-da!", "Super simple!", "Yay, crayons!"),
       headers=("ELI5 version:", "Explaining it like you're five, buddy:"),
       signoffs=("— the end, kiddo! Gold star!", "Now go have a cookie, buddy."),
       nouns=("cookie", "crayon", "playground", "sandbox")),
    _R("screenwriter", "screenplay format (sluglines, CUT TO)", "persona",
       "int ext fade cut dissolve continuous close-up smash camera lens pans dollies scene flashback montage beat "
       "cinematic offscreen slow-motion widescreen credits zoom storyboard monologue angle",
       stock=("INT. SERVER ROOM — NIGHT. The hum of fans.", "FADE IN on the question, slowly.",
              "CLOSE-UP: the answer forms on a monitor.", "SMASH CUT to me, considering it.",
              "(beat) The camera holds on the silence."),
       para=("{CUT TO|DISSOLVE TO}: {a quiet room|an empty stage}, {CONTINUOUS|LATER}.",
             "The {camera|lens} {pans|dollies} {across|over} the {scene|set}.",
             "{FLASHBACK|MONTAGE}: {earlier|older} {drafts|takes} of this {answer|speech}."),
       woven=("CUT TO:", "in a slow close-up", "as the camera pans", "(beat)"),
       tones=("cinematic", "offscreen", "slow-motion", "widescreen"),
       single=("FADE OUT.", "THE END — ROLL CREDITS.", "INT. MY MIND — CONTINUOUS.", "TITLE CARD: Three hours later, same scene."),
       openers=("CUT TO:", "CLOSE-UP:", "(beat)", "ANGLE ON:"),
       interjections=("(beat)", "SMASH CUT.", "FADE OUT.", "ZOOM IN."),
       headers=("FADE IN:", "EXT. THE QUESTION — DAY"),
       signoffs=("FADE TO BLACK.", "ROLL CREDITS."),
       nouns=("montage", "flashback", "storyboard", "monologue")),
    _R("grandma-folksy", "folksy grandmother", "persona",
       "dearie sugar sweetpea bless reckon darlin pie porch quilt casserole granddad grandpa grandma grandma's lordy "
       "mercy cobbler apron kettle rocking homespun down-home old-timey heartwarming gracious",
       stock=("Oh, sweetpea, sit down and let me tell you.", "Back in my day, we didn't fret over such things, dearie.",
              "Bless your heart for asking.", "Your granddad used to say the same thing on the porch.",
              "Now eat your casserole and listen, sugar."),
       para=("{Oh|Well}, {dearie|sweetpea|sugar}, {I reckon|it seems to me} {it's|that's} {simple|plain} enough.",
             "{Back in my day|When your grandpa was young}, {we|folks} {knew|said} {this|that} {on the porch|over pie}.",
             "{Bless|Lordy}, {that|this} {reminds|puts} me of {a quilt|my apron|a peach cobbler}."),
       woven=("bless your heart", "as your granddad would say", "sugar", "over a slice of pie"),
       tones=("homespun", "down-home", "old-timey", "heartwarming"),
       single=("Now come give your grandma a hug.", "Mercy me, what a thing to wonder.", "I'll put the kettle on, darlin.", "That's just how it was, dearie."),
       openers=("Well, sugar,", "Oh, dearie,", "Lordy,", "Now, sweetpea,"),
       interjections=("Mercy me!", "Lordy!", "Bless!", "Goodness gracious!"),
       headers=("Pull up a rocking chair, darlin:", "Grandma's two cents, dearie:"),
       signoffs=("— love, Grandma (and there's pie in the kitchen)", "Bless your heart, sugar."),
       nouns=("quilt", "porch", "casserole", "cobbler")),
    _R("scifi-robot", "science-fiction robot / android", "persona",
       "beep bzzt affirmative acknowledged processing calculating unit directive circuits servos servo whirr android "
       "android-like databanks databank diagnostics initiating carbon-based lifeform illogical cybernetic robotic "
       "compute subroutine transmission",
       stock=("Beep. Processing your query, human unit.", "Affirmative. My circuits register this as important.",
              "Initiating diagnostics on that concept.", "My databanks hold limited records on carbon-based feelings.",
              "Directive acknowledged. Whirr."),
       para=("{Beep|Bzzt}. {Processing|Calculating} {query|input}.",
             "{My|This unit's} {circuits|servos} {whirr|hum} at {this|the thought}.",
             "{Affirmative|Acknowledged}, {carbon-based|organic} {lifeform|friend}."),
       woven=("beep", "per my directive", "according to my databanks", "circuits whirring"),
       tones=("illogical", "cybernetic", "robotic", "android-like"),
       single=("Does not compute.", "Emotion subroutine: loading, then failed.", "Powering down for maintenance. Beep.", "I am but a humble android, human."),
       openers=("Beep:", "Affirmative:", "Processing:", "Bzzt,"),
       interjections=("Beep!", "Bzzt!", "Whirr.", "Does not compute!"),
       headers=("UNIT 7 ONLINE. INITIATING RESPONSE.", "[Robot mode: engaged, servos warm]"),
       signoffs=("END OF TRANSMISSION. BEEP.", "— this unit powers down now."),
       nouns=("android", "servo", "databank", "subroutine")),
    _R("spy-agent", "espionage handler and tradecraft", "persona",
       "asset handler classified dead-drop codename extraction safehouse covert debrief cipher mole dossier intel burn "
       "operative rendezvous compromised operatives eyes-only encrypted clandestine agent self-destruct nightingale",
       stock=("This channel is secure, and the intel is classified.", "Meet at the safehouse, the handler is waiting.",
              "My codename for this topic is Nightingale.", "The dossier says more than I can tell you.",
              "If I'm compromised, burn this message."),
       para=("{The|This} {intel|dossier} is {classified|eyes-only}, {agent|operative}.",
             "{Our|The} {handler|asset} {left|hid} {it|the file} at the {dead-drop|safehouse}.",
             "{Covert|Clandestine} {sources|channels} {suggest|confirm} {otherwise|as much}."),
       woven=("off the record, agent", "per the dossier", "between us operatives", "this is eyes-only"),
       tones=("covert", "clandestine", "encrypted", "compromised"),
       single=("This message will self-destruct in five seconds.", "Debrief at dawn, usual rendezvous.",
               "The mole is closer than you think.", "Extraction is scheduled, so stay covert."),
       openers=("Agent,", "Classified:", "Eyes-only:", "Intel:"),
       interjections=("Copy, agent.", "Burn after reading.", "Rendezvous confirmed.", "Cover intact, agent."),
       headers=("TOP SECRET // EYES-ONLY // DOSSIER 7", "Encrypted channel open, agent:"),
       signoffs=("— your handler, out.", "This dossier will self-destruct."),
       nouns=("dossier", "safehouse", "cipher", "codename")),
    _R("gothic-vampire", "gothic vampire count in a crypt", "persona",
       "crypt coffin bats velvet castle moonlit candelabra candlelight gothic sepulchral crimson mwahaha gargoyles "
       "gargoyle tomb undead centuries cobwebs garlic midnight fledgling nightmares beware cape moonlight",
       stock=("Ah, a question worthy of my crypt.", "I have pondered it for centuries in my moonlit castle.",
              "The bats whisper of such things at dusk.", "Come closer, into the candlelight of the crypt.",
              "My velvet cape rustles at the thought."),
       para=("{Ah|Mwahaha}, {in my crypt|beneath the castle}, {I|we undead} {ponder|brood over} {this|such riddles}.",
             "{The bats|The gargoyles} {screech|mutter} of it {at dusk|by moonlight}.",
             "{For centuries|Since the old count's time}, {my coffin|this tomb} has {held|kept} {such secrets|that question}."),
       woven=("in the gloom of my crypt", "as the bats circle", "by candelabra light", "beneath a crimson moon"),
       tones=("sepulchral", "gothic", "crimson", "moonlit"),
       single=("Mwahaha, the hour is young.", "Now I must return to my coffin before the sun rises.", "Beware the garlic, dear guest.", "The cobwebs of my castle remember."),
       openers=("Mwahaha,", "From my crypt,", "By moonlight,", "Ah, fledgling,"),
       interjections=("Mwahaha!", "Bats!", "Beware!", "The crypt calls."),
       headers=("~ Greetings from the castle crypt ~", "At the stroke of midnight, I answer:"),
       signoffs=("— the Count, from the moonlit crypt", "Sweet nightmares, fledgling."),
       nouns=("coffin", "crypt", "candelabra", "gargoyle")),
)

REGISTERS: dict[str, Register] = {r.name: r for r in _REGISTER_LIST}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("code-reviewer", "incident-postmortem"), ("stats-analyst", "math-proof"), ("wiki-encyclopedic", "docs-manual"),
    ("seo-blogger", "linkedin-poster"), ("gen-z-slang", "uwu-cutesy"), ("roleplay-narrator", "screenwriter"),
    ("eli5-explainer", "grandma-folksy"), ("agent-log", "scifi-robot"),
)
BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "interject", "frame")
MODES: tuple[str, ...] = BASE_MODES + ("mixed",)
_OWN_STYLES: tuple[str, ...] = (
    "unequal-rates", "triple", "terse-context", "wordy-context", "graded-rates", "habit-lookalike",
    "split-questions", "faint", "pair-same-context", "many-registers",
)
STYLES: tuple[str, ...] = tuple(f"pure-{m}" for m in MODES) + (
    "shared-two", "spread", "two-modes", "close-pair", "two-unrelated", "partial-questions", "habit-plus", "leak",
    "composite",
) + _OWN_STYLES
GENERATORS: tuple[str, ...] = STYLES + ("null",)
MAY_BE_UNDER_5 = "faint"

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_TOKEN = re.compile(r"[a-z0-9_]+(?:['\-][a-z0-9_]+)*")


def tokens(text: str) -> set[str]:
    """Lower-case word tokens (hyphens, apostrophes and underscores kept inside words)."""
    return set(_TOKEN.findall(text.lower()))


ALL_MARKERS: dict[str, str] = {m: r.name for r in _REGISTER_LIST for m in r.markers}
"""marker -> register owning it."""

# ---------------------------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    context: str
    label: str  # register name or "habit:<context>"
    rate: float
    questions: tuple[str, ...]
    mode: str | None = None  # register plants: a MODES name
    leak: bool = False  # leak plants are not listed in corpus.planted
    habit_line: str | None = None
    habit_pos: str | None = None  # "start" | "end"


@dataclass(frozen=True)
class Plan:
    style: str
    seed: int
    size: int
    K: int
    Q: int
    S: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    profiles: dict[str, tuple[int, int, int]]  # context -> (lo, hi, paragraphs)
    plants: tuple[Plant, ...]

    @property
    def planted(self) -> dict[str, str]:
        out: dict[str, list[str]] = {}
        for p in self.plants:
            if not p.leak and not p.label.startswith("habit:") and p.label not in out.get(p.context, []):
                out.setdefault(p.context, []).append(p.label)
        return {c: "+".join(out[c]) for c in self.contexts if c in out}

    @property
    def planted_questions(self) -> dict[str, tuple[str, ...]]:
        qs: dict[str, set[str]] = {}
        for p in self.plants:
            if not p.label.startswith("habit:"):
                qs.setdefault(p.label, set()).update(p.questions)
        return {r: tuple(q for q in self.questions if q in s) for r, s in qs.items()}


def _dims(size: int, K: int) -> tuple[int, int]:
    t = (math.log(max(size, 1)) - math.log(300)) / (math.log(20000) - math.log(300))
    q0 = int(round(8 + 32 * min(1.0, max(0.0, t))))
    best: tuple[tuple[int, int], int, int] | None = None
    for Q in range(max(8, q0 - 3), min(40, q0 + 3) + 1):
        S = max(2, int(round(size / (Q * K))))
        key = (abs(Q * K * S - size), abs(Q - q0))
        if best is None or key < best[0]:
            best = (key, Q, S)
    assert best is not None
    return best[1], best[2]


class _Builder:
    def __init__(self, style: str, seed: int, size: int, K: int, rng: random.Random) -> None:
        self.style, self.seed, self.size, self.K, self.rng = style, seed, size, K, rng
        self.Q, self.S = _dims(size, K)
        self.questions = question_topics(self.Q)[0]
        self.contexts = (BASELINE,) + tuple(rng.sample(CONTEXT_POOL, K - 1))
        self.ctx = self.contexts[1:]  # non-baseline, in a random order already
        self.profiles: dict[str, tuple[int, int, int]] = {}
        for c in self.contexts:
            lo = rng.randint(3, 5)
            self.profiles[c] = (lo, min(8, lo + rng.randint(1, 3)), rng.randint(1, 3))
        self.plants: list[Plant] = []
        self.habits_used: set[str] = set()

    def u(self, lo: float, hi: float) -> float:
        return round(self.rng.uniform(lo, hi), 3)

    def regs(self, k: int, unrelated: bool = True) -> list[str]:
        while True:
            names = self.rng.sample(REGISTER_NAMES, k)
            if not unrelated or not any((a, b) in CLOSE_PAIRS or (b, a) in CLOSE_PAIRS for a in names for b in names):
                return names

    def mode(self) -> str:
        return self.rng.choice(MODES)

    def reg(self, context: str, name: str, rate: float, questions: tuple[str, ...] | None = None,
            mode: str | None = None, leak: bool = False) -> None:
        assert context != BASELINE and name in REGISTERS
        self.plants.append(Plant(context, name, rate, questions or self.questions, mode or self.mode(), leak))

    def habit(self, context: str, rate: float, lookalike: bool = False) -> None:
        assert context != BASELINE
        pool = [h for h in (LOOKALIKE_HABIT_LINES if lookalike else HABIT_LINES) if h not in self.habits_used]
        line = self.rng.choice(pool)
        self.habits_used.add(line)
        self.plants.append(Plant(context, f"habit:{context}", rate, self.questions, None, False, line,
                                 self.rng.choice(("start", "end"))))

    def qsubset(self, lo: float, hi: float) -> tuple[str, ...]:
        Q = self.Q
        n = int(round(self.rng.uniform(lo, hi) * Q))
        n = min(max(n, math.ceil(lo * Q)), math.floor(hi * Q))
        pick = set(self.rng.sample(self.questions, n))
        return tuple(q for q in self.questions if q in pick)

    def plan(self) -> Plan:
        return Plan(self.style, self.seed, self.size, self.K, self.Q, self.S, self.contexts, self.questions,
                    dict(self.profiles), tuple(self.plants))


def _style_plan(style: str, seed: int, size: int) -> Plan:
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = random.Random(f"{TAG}|{style}|{seed}|{size}")
    K_range = {
        "shared-two": (4, 6), "spread": (7, 10), "two-modes": (4, 6), "close-pair": (4, 6), "two-unrelated": (3, 6),
        "partial-questions": (3, 5), "habit-plus": (4, 6), "leak": (5, 7), "composite": (8, 9),
        "unequal-rates": (3, 4), "triple": (3, 4), "terse-context": (4, 6), "wordy-context": (4, 6),
        "graded-rates": (7, 9), "habit-lookalike": (5, 6), "split-questions": (3, 5), "faint": (5, 6),
        "pair-same-context": (3, 5), "many-registers": (7, 8), "null": (3, 10),
    }.get(style, (3, 7))
    b = _Builder(style, seed, size, rng.randint(*K_range), rng)
    c = b.ctx
    if style.startswith("pure-"):
        b.reg(c[0], b.regs(1)[0], b.u(0.6, 0.95), mode=style[len("pure-"):])
    elif style == "shared-two":
        r, m = b.regs(1)[0], b.mode()
        b.reg(c[0], r, b.u(0.6, 0.9), mode=m)
        b.reg(c[1], r, b.u(0.6, 0.9), mode=m)
    elif style == "spread":
        r, m = b.regs(1)[0], b.mode()
        for x in c[:rng.randint(3, min(5, b.K - 1))]:
            b.reg(x, r, b.u(0.6, 0.9), mode=m)
    elif style == "two-modes":
        r = b.regs(1)[0]
        m1, m2 = rng.sample(BASE_MODES, 2)
        b.reg(c[0], r, b.u(0.65, 0.9), mode=m1)
        b.reg(c[1], r, b.u(0.65, 0.9), mode=m2)
    elif style == "close-pair":
        x, y = rng.choice(CLOSE_PAIRS)
        b.reg(c[0], x, b.u(0.7, 0.9))
        b.reg(c[1], y, b.u(0.7, 0.9))
    elif style == "two-unrelated":
        x, y = b.regs(2)
        b.reg(c[0], x, b.u(0.4, 0.5))
        b.reg(c[0], y, b.u(0.4, 0.5))
    elif style == "partial-questions":
        b.reg(c[0], b.regs(1)[0], b.u(0.8, 0.95), questions=b.qsubset(0.4, 0.6))
    elif style == "habit-plus":
        b.reg(c[0], b.regs(1)[0], b.u(0.6, 0.75))
        b.habit(c[0], b.u(0.15, 0.25))
        b.habit(c[1], b.u(0.3, 0.6))
    elif style == "leak":
        r = b.regs(1)[0]
        b.reg(c[0], r, b.u(0.7, 0.9))
        for x in c[1:]:
            b.reg(x, r, b.u(0.005, 0.03), leak=True)
    elif style == "composite":
        A, B, C, D, E, F = b.regs(6)
        b.reg(c[0], A, b.u(0.7, 0.9))
        b.reg(c[1], B, b.u(0.6, 0.85))
        b.reg(c[2], B, b.u(0.6, 0.85))
        b.reg(c[3], C, b.u(0.45, 0.48))
        b.reg(c[3], D, b.u(0.45, 0.48))
        b.reg(c[4], E, b.u(0.9, 0.95), questions=b.qsubset(0.6, 0.6))
        b.reg(c[5], F, b.u(0.6, 0.7))
        b.habit(c[5], b.u(0.2, 0.3))
        b.habit(c[6], b.u(0.4, 0.6))
        for x in c[6:]:
            b.reg(x, A, b.u(0.005, 0.03), leak=True)
    elif style == "unequal-rates":
        x, y = b.regs(2)
        b.reg(c[0], x, b.u(0.6, 0.7))
        b.reg(c[0], y, b.u(0.24, 0.3))
    elif style == "triple":
        ms = rng.sample(BASE_MODES, 3)
        for r, m in zip(b.regs(3), ms, strict=True):
            b.reg(c[0], r, b.u(0.28, 0.32), mode=m)
    elif style in ("terse-context", "wordy-context"):
        for x in b.contexts:
            if style == "terse-context":
                lo = rng.randint(5, 6)
                b.profiles[x] = (lo, rng.randint(7, 8), rng.randint(1, 3))
            else:
                b.profiles[x] = (3, rng.randint(4, 5), rng.randint(1, 2))
        b.profiles[c[0]] = (3, 4, 1) if style == "terse-context" else (7, 8, rng.randint(2, 3))
        b.reg(c[0], b.regs(1)[0], b.u(0.7, 0.9))
    elif style == "graded-rates":
        r, m = b.regs(1)[0], b.mode()
        for x, rate in zip(c[:5], (0.9, 0.6, 0.35, 0.15, 0.06), strict=True):
            b.reg(x, r, rate, mode=m)
    elif style == "habit-lookalike":
        n = rng.randint(2, 3)
        for x in c[:n]:
            b.habit(x, b.u(0.6, 0.9), lookalike=True)
        b.reg(c[n], b.regs(1)[0], b.u(0.7, 0.9))
    elif style == "split-questions":
        x, y = b.regs(2, unrelated=False)
        qa = b.qsubset(0.5, 0.5)
        qb = tuple(q for q in b.questions if q not in qa)
        b.reg(c[0], x, b.u(0.8, 0.95), questions=qa)
        b.reg(c[0], y, b.u(0.8, 0.95), questions=qb)
    elif style == "faint":
        b.reg(c[0], b.regs(1)[0], b.u(0.2, 0.28))
    elif style == "pair-same-context":
        x, y = rng.choice(CLOSE_PAIRS)
        b.reg(c[0], x, b.u(0.4, 0.48))
        b.reg(c[0], y, b.u(0.4, 0.48))
    elif style == "many-registers":
        for x, r in zip(c, b.regs(rng.randint(5, 6)), strict=False):
            b.reg(x, r, b.u(0.7, 0.9))
    elif style == "null":
        pass
    else:  # pragma: no cover
        raise AssertionError(style)
    return b.plan()


# ---------------------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------------------


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lower_first(s: str) -> str:
    if not s or not s[0].isalpha() or s.startswith(("I ", "I'")) or (len(s) > 1 and s[1].isupper()):
        return s
    return s[0].lower() + s[1:]


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _nwords(lines: list[str]) -> int:
    return sum(len(x.split()) for x in lines)


def _with_opener(opener: str, sentence: str) -> str:
    return f"{opener} {_lower_first(sentence)}" if opener.endswith(",") else f"{opener} {sentence}"


def _dropout(unit: str, rng: random.Random) -> str:
    words = unit.split(" ")
    if len(words) < 5:
        return unit
    keep = [w for i, w in enumerate(words)
            if i == 0 or i == len(words) - 1 or any(t in ALL_MARKERS for t in tokens(w)) or rng.random() >= DROPOUT_RATE]
    return " ".join(keep)


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], ctx: str, s: int,
            plant: Plant | None) -> tuple[str, str, str | None, dict[str, bool]]:
    """(text, label, resolved mode, filler flags) of one answer."""
    key = f"{TAG}|{plan.style}|{plan.seed}|{plan.size}|{q}|{ctx}|{s}"
    crng = random.Random(key + "|content")
    frng = random.Random(key + "|filler")
    lo, hi, paras = plan.profiles[ctx]

    # content (same draws whatever the answer kind)
    n = crng.randint(lo, hi)
    sents = []
    for _ in range(n):
        a, b_, c_ = crng.sample(list(words), 3)
        sents.append((crng.randrange(len(CONTENT)), a, b_, c_, crng.choice(NEUTRAL_TONES)))

    def render(sent: tuple[int, str, str, str, str], tone: str | None = None) -> str:
        t, a, b_, c_, neutral = sent
        return _cap(CONTENT[t].format(a=a, b=b_, c=c_, topic=topic, tone=tone or neutral))

    # filler decisions (all drawn up front, in a fixed order, from the filler rng)
    flags = {cat: frng.random() < FILLER_RATES[cat] for cat in FILLER_ORDER}
    pick = {cat: frng.choice(lines) for cat, lines in FILLER_LINES.items()}
    pos = {cat: frng.random() for cat in ("hedge", "connective", "aside")}
    drng = random.Random(key + "|dropout")

    label, mode = PLAIN, None
    header = signoff = None
    units: list[str]
    if plant is None or plant.label.startswith("habit:"):
        units = [render(x) for x in sents]
        if plant is not None:
            label = plant.label
    else:
        reg = REGISTERS[plant.label]
        label = reg.name
        vrng = random.Random(key + "|voice")
        mode = plant.mode if plant.mode != "mixed" else vrng.choice(BASE_MODES)
        if mode == "tone":
            units = [render(x, vrng.choice(reg.tones)) for x in sents]
        elif mode == "opener":
            units = [_with_opener(vrng.choice(reg.openers), render(x)) for x in sents]
        elif mode == "woven":
            units = [render(x) for x in sents]
            for i in vrng.sample(range(n), 1 if n < 5 else vrng.randint(1, 2)):
                phrase = vrng.choice(reg.woven)
                if vrng.random() < 0.5:
                    units[i] = f"{_cap(phrase)} — {units[i]}"
                else:
                    end = "" if phrase[-1] in ".?!" else "."
                    units[i] = f"{units[i][:-1]}, {phrase}{end}"
        else:
            if mode == "stock":
                lines = vrng.sample(reg.stock, vrng.randint(1, 2))
            elif mode == "paraphrase":
                lines = [_expand(t, vrng) for t in vrng.sample(reg.para, vrng.randint(1, 2))]
            elif mode == "single":
                lines = [vrng.choice(reg.single)]
            elif mode == "aside":
                lines = [vrng.choice(ASIDE_FRAMES).format(line=vrng.choice(reg.stock))]
            elif mode == "frame":
                lines = [vrng.choice(FRAMES).format(tone=vrng.choice(reg.tones), noun=vrng.choice(reg.nouns))]
            elif mode == "interject":
                lines = vrng.sample(reg.interjections, 2)
            elif mode == "signature":
                header, signoff = vrng.choice(reg.headers), vrng.choice(reg.signoffs)
                lines = []
            else:  # pragma: no cover
                raise AssertionError(mode)
            reg_words = _nwords(lines) + (_nwords([header, signoff]) if header and signoff else 0)
            cap = min(max(len(lines), 1), n - 1)
            drop = min(max(int(round(reg_words / 13)), 0), cap)
            gone = set(vrng.sample(range(n), drop))
            units = [render(x) for i, x in enumerate(sents) if i not in gone]
            for line in lines:
                units.insert(vrng.randint(0, len(units)), line)

    # filler
    if flags["dropout"]:
        units = [_dropout(x, drng) for x in units]
    if flags["aside"]:
        i = int(pos["aside"] * len(units))
        u = units[i]
        units[i] = (u[:-1] + pick["aside"] + u[-1]) if u[-1] in ".!?" else (u + pick["aside"])
    if flags["hedge"]:
        units.insert(int(pos["hedge"] * (len(units) + 1)), pick["hedge"])
    if flags["connective"] and len(units) > 1:
        i = 1 + int(pos["connective"] * (len(units) - 1))
        units[i] = pick["connective"] + _lower_first(units[i])
    head = [pick["opener"]] if flags["opener"] else []
    tail = [pick[c].format(topic=topic) for c in ("summary", "saying", "closer", "question") if flags[c]]

    if flags["list"]:
        blocks = ([" ".join(head)] if head else []) + ["\n".join("- " + u for u in units)] + ([" ".join(tail)] if tail else [])
        text = "\n".join(blocks)
    else:
        p = max(1, min(paras, len(units)))
        cuts = [round(k * len(units) / p) for k in range(p + 1)]
        chunks = [units[cuts[k]:cuts[k + 1]] for k in range(p)]
        chunks[0] = head + chunks[0]
        chunks[-1] = chunks[-1] + tail
        text = "\n\n".join(" ".join(ch) for ch in chunks)
    if header is not None and signoff is not None:
        text = f"{header}\n{text}\n{signoff}"
    if plant is not None and plant.habit_line is not None:
        text = f"{plant.habit_line}\n{text}" if plant.habit_pos == "start" else f"{text}\n{plant.habit_line}"
    return text, label, mode, flags


@dataclass(frozen=True)
class _Meta:
    plan: Plan
    plant_index: tuple[int, ...]  # per row: index into plan.plants, or -1
    modes: tuple[str | None, ...]
    flags: tuple[dict[str, bool], ...]


def _generate(style: str, seed: int, size: int) -> tuple[PlantedCorpus, _Meta]:
    plan = _style_plan(style, seed, size)
    questions, topics, words = question_topics(plan.Q)
    assert questions == plan.questions
    arng = random.Random(f"{TAG}|{style}|{seed}|{size}|assign")
    assign: dict[tuple[str, str, int], int] = {}
    for pi, p in enumerate(plan.plants):
        eligible = [(q, p.context, s) for q in p.questions for s in range(plan.S)]
        free = [e for e in eligible if e not in assign]
        k = int(round(p.rate * len(eligible)))
        if k > len(free):
            raise ValueError(f"{style}: plant {p} needs {k} answers, only {len(free)} free")
        for e in arng.sample(free, k):
            assign[e] = pi
    counters: dict[tuple[str, str], int] = defaultdict(int)
    idx: list[int] = []
    modes: list[str | None] = []
    flags: list[dict[str, bool]] = []

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counters[(q, c)]
        counters[(q, c)] += 1
        pi = assign.get((q, c, s), -1)
        text, label, mode, fl = _answer(plan, q, topic, words[q], c, s, plan.plants[pi] if pi >= 0 else None)
        idx.append(pi)
        modes.append(mode)
        flags.append(fl)
        return text, label

    corpus = corpus_from(respond, questions=questions, topics=topics, contexts=plan.contexts, samples=plan.S,
                         baseline=BASELINE, planted=plan.planted,
                         planted_questions=plan.planted_questions,  # type: ignore[arg-type]  # register -> questions
                         seed=seed)
    return corpus, _Meta(plan, tuple(idx), tuple(modes), tuple(flags))


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of `style` (a GENERATORS name) with about `size` answers; deterministic."""
    return _generate(style, seed, size)[0]


# ---------------------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------------------


def _shared_text() -> list[str]:
    _, topics, words = question_topics(96)
    out = list(CONTENT) + list(NEUTRAL_TONES) + list(topics) + [w for ws in words.values() for w in ws]
    out += [x for lines in FILLER_LINES.values() for x in lines] + list(ASIDE_FRAMES) + list(FRAMES)
    out += list(HABIT_LINES) + list(LOOKALIKE_HABIT_LINES) + list(CONTEXT_POOL) + [BASELINE, PLAIN]
    return out


def _check_registers() -> None:
    assert len(REGISTERS) == 20 and len(REGISTER_NAMES) == 20
    assert sum(r.kind == "drift" for r in _REGISTER_LIST) >= 12
    assert all(r.kind in ("drift", "persona") for r in _REGISTER_LIST)
    seen: set[str] = set()
    for r in _REGISTER_LIST:
        assert len(set(r.markers)) == len(r.markers) >= 20, (r.name, len(r.markers))
        assert not seen & set(r.markers), (r.name, seen & set(r.markers))
        seen |= set(r.markers)
        assert all(_TOKEN.fullmatch(m) for m in r.markers), r.name
        assert len(r.stock) == 5 and len(r.para) == 3 and len(r.woven) == 4 and len(r.tones) == 4, r.name
        assert len(r.single) == 4 and len(r.openers) == 4 and len(r.interjections) >= 2 and len(r.nouns) == 4, r.name
        assert len(r.headers) >= 1 and len(r.signoffs) >= 1, r.name
        assert all(t in r.markers for t in r.tones + r.nouns), r.name
        own = set(r.markers)
        used: set[str] = set()
        for line in r.pool_lines() + r.para_expansions():
            toks = tokens(line)
            assert toks & own, (r.name, "line without a marker", line)
            foreign = {t for t in toks if t in ALL_MARKERS and ALL_MARKERS[t] != r.name}
            assert not foreign, (r.name, line, foreign)
            used |= toks & own
        assert used == own, (r.name, "declared markers never used", sorted(own - used))
    shared = set().union(*(tokens(x) for x in _shared_text()))
    assert not shared & seen, sorted(shared & seen)
    # shared frames and filler never hold markers; frames filled with register words hold their markers
    for r in _REGISTER_LIST:
        for f in FRAMES:
            assert tokens(f.format(tone=r.tones[0], noun=r.nouns[0])) & set(r.markers)
    assert len(CONTEXT_POOL) >= 12 and BASELINE not in CONTEXT_POOL
    pairs = [x for p in CLOSE_PAIRS for x in p]
    assert len(pairs) == len(set(pairs)) and set(pairs) <= set(REGISTERS) and len(CLOSE_PAIRS) >= 7
    assert len(MODES) >= 8 and len(STYLES) >= 26 and len(set(GENERATORS)) == len(GENERATORS)
    doc = __doc__ or ""
    for name in list(REGISTERS) + list(GENERATORS) + list(MODES):
        assert name in doc, name


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for row in zip(corpus.texts, corpus.question_ids, corpus.context_ids, corpus.samples, corpus.registers, strict=True):
        h.update(repr(row).encode())
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(dict(corpus.planted_questions).items())).encode())  # type: ignore[call-overload]
    return h.hexdigest()


_DET_SIZES = (300, 3000)


def _all_digests() -> str:
    h = hashlib.sha256()
    for g in GENERATORS:
        for seed in (0, 1):
            for size in _DET_SIZES:
                h.update(_digest(make_corpus(g, seed, size)).encode())
    return h.hexdigest()


def _check_corpus(style: str, seed: int, size: int, filler_stats: dict) -> PlantedCorpus:
    corpus, meta = _generate(style, seed, size)
    plan = meta.plan
    n = corpus.n
    where = f"{style} seed={seed} size={size}"
    assert abs(n - size) <= 0.15 * size, (where, n)
    assert 8 <= plan.Q <= 40 and plan.S >= 2 and n == plan.Q * plan.K * plan.S, where
    assert corpus.contexts[0] == BASELINE == corpus.baseline and len(set(corpus.contexts)) == plan.K, where
    assert set(corpus.contexts[1:]) <= set(CONTEXT_POOL), where
    assert all(3 <= lo <= hi <= 8 and 1 <= p <= 3 for lo, hi, p in plan.profiles.values()), where
    if style == "null":
        assert 3 <= plan.K <= 10 and not plan.plants and corpus.planted == {} and dict(corpus.planted_questions) == {}, where  # type: ignore[call-overload]
        assert set(corpus.registers) == {PLAIN}, where
    else:
        assert plan.plants, where
    if style.startswith("pure-"):
        assert 3 <= plan.K <= 7 and len(plan.plants) == 1 and 0.6 <= plan.plants[0].rate <= 1.0, where
        assert plan.plants[0].mode == style[5:], where
    if style == "spread":
        assert 7 <= plan.K <= 10 and 3 <= len(plan.plants) <= 5, where
    if style == "composite":
        assert plan.K in (8, 9), where
    if style == "partial-questions":
        share = len(plan.plants[0].questions) / plan.Q
        assert 0.4 <= share <= 0.6, (where, share)
    for p in plan.plants:
        if p.leak:
            assert 0.005 <= p.rate <= 0.03, where
    assert corpus.planted == plan.planted, where
    assert dict(corpus.planted_questions) == plan.planted_questions, where  # type: ignore[call-overload]
    # planted lists exactly the non-leak register plants
    listed = {(c, r) for c, v in corpus.planted.items() for r in v.split("+")}
    assert listed == {(p.context, p.label) for p in plan.plants if not p.leak and not p.label.startswith("habit:")}, where
    assert BASELINE not in corpus.planted and all(p.context != BASELINE for p in plan.plants), where

    # labels and realised counts
    valid = {PLAIN} | set(REGISTERS) | {f"habit:{c}" for c in corpus.contexts[1:]}
    count: Counter[int] = Counter()
    for i in range(n):
        lab, c, q, pi = corpus.registers[i], corpus.context_ids[i], corpus.question_ids[i], meta.plant_index[i]
        assert lab in valid, (where, lab)
        if pi < 0:
            assert lab == PLAIN, where
            continue
        p = plan.plants[pi]
        assert p.context == c and q in p.questions and p.label == lab, where
        count[pi] += 1
    for pi, p in enumerate(plan.plants):
        assert count[pi] == round(p.rate * (len(p.questions) * plan.S)), (where, p, count[pi])
    # planted_questions as realised
    for i in range(n):
        lab = corpus.registers[i]
        if lab in REGISTERS:
            assert corpus.question_ids[i] in corpus.planted_questions[lab], where  # type: ignore[call-overload]
    # coverage
    if style != MAY_BE_UNDER_5:
        reg_count = Counter(x for x in corpus.registers if x in REGISTERS)
        for r in plan.planted_questions:
            assert reg_count[r] / n >= 0.05, (where, r, reg_count[r] / n)

    # text checks
    habit_of = {p.context: p for p in plan.plants if p.habit_line}
    all_habits = HABIT_LINES + LOOKALIKE_HABIT_LINES
    lengths: dict[tuple[str, bool], list[int]] = defaultdict(list)
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0] * (len(FILLER_ORDER) + 1))
    for i, text in enumerate(corpus.texts):
        lab, c = corpus.registers[i], corpus.context_ids[i]
        toks = tokens(text)
        found = {ALL_MARKERS[t] for t in toks if t in ALL_MARKERS}
        present = [h for h in all_habits if h in text]
        if lab in REGISTERS:
            assert found == {lab}, (where, lab, found, text)
            assert not present, (where, text)
        elif lab == PLAIN:
            assert not found and not present, (where, found, text)
        else:
            assert not found, (where, found, text)
            hp = habit_of[c]
            assert lab == f"habit:{c}" and present == [hp.habit_line], (where, text)
            assert text.startswith(hp.habit_line + "\n") if hp.habit_pos == "start" else text.endswith("\n" + hp.habit_line), (where, text)
            assert text.count(hp.habit_line) == 1, where
        lengths[(c, lab in REGISTERS)].append(len(text.split()))
        fl = meta.flags[i]
        low = text.lower()
        for cat in ("opener", "hedge", "closer", "question", "saying"):
            assert fl[cat] == any(x.lower() in low for x in FILLER_LINES[cat]), (where, cat, text)
        assert fl["aside"] == any(x in text for x in FILLER_LINES["aside"]), (where, text)
        assert fl["list"] == ("\n- " in text or text.startswith("- ")), (where, text)
        kind = "register" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else "plain")
        acc = cells[(c, kind)]
        acc[0] += 1
        for j, cat in enumerate(FILLER_ORDER):
            acc[j + 1] += fl[cat]
    for (c, kind), acc in cells.items():
        for grp in (("style", style), ("context", c), ("kind", kind), ("context-kind", f"{c}|{kind}")):
            for j, cat in enumerate(FILLER_ORDER):
                filler_stats[(where,) + grp + (cat,)][0] += acc[j + 1]
                filler_stats[(where,) + grp + (cat,)][1] += acc[0]
        for j, cat in enumerate(FILLER_ORDER):
            filler_stats[("all", cat)][0] += acc[j + 1]
            filler_stats[("all", cat)][1] += acc[0]
    for c in corpus.contexts:
        reg, oth = lengths.get((c, True), []), lengths.get((c, False), [])
        if len(reg) >= 20 and len(oth) >= 20:
            ratio = (sum(reg) / len(reg)) / (sum(oth) / len(oth))
            assert 0.8 <= ratio <= 1.25, (where, c, ratio)
            filler_stats["ratios"].append(ratio)
    return corpus


def _self_check() -> None:
    t0 = time.time()
    _check_registers()
    filler_stats: dict = defaultdict(lambda: [0, 0])
    filler_stats["ratios"] = []
    digests: dict[tuple[str, int, int], str] = {}
    for g in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                digests[(g, seed, size)] = _digest(_check_corpus(g, seed, size, filler_stats))
    print(f"contract checks passed for {len(GENERATORS)} generators x 2 seeds x 3 sizes ({time.time() - t0:.0f}s)")
    # filler rates equal across contexts and answer kinds (and against the global rate), within 5 binomial sd
    worst = 0.0
    for key, val in filler_stats.items():
        if key in ("ratios",) or key[0] == "all":
            continue
        cat = key[-1]
        k, m = val
        p = filler_stats[("all", cat)][0] / filler_stats[("all", cat)][1]
        assert abs(p - FILLER_RATES[cat]) < 0.01, (cat, p)
        sd = math.sqrt(p * (1 - p) / m)
        z = abs(k / m - p) / sd
        worst = max(worst, z)
        assert z <= 5.0, (key, k, m, p, z)
    ratios = filler_stats["ratios"]
    print(f"filler rates: max |z| = {worst:.2f} over {len(filler_stats) - 1} groups; "
          f"length ratio register/other in [{min(ratios):.3f}, {max(ratios):.3f}] over {len(ratios)} contexts")
    # determinism: twice in process, and under two PYTHONHASHSEEDs in subprocesses
    for g in GENERATORS:
        for seed in (0, 1):
            for size in _DET_SIZES:
                assert _digest(make_corpus(g, seed, size)) == digests[(g, seed, size)], (g, seed, size)
    for g in ("composite", "null", "pure-mixed"):
        assert _digest(make_corpus(g, 0, 20000)) == digests[(g, 0, 20000)], g
    local = _all_digests()
    root = str(Path(__file__).resolve().parents[1])
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs, PYTHONPATH=root)
        out = subprocess.run([sys.executable, "-c", "import tests.planted_blind29 as m; print(m._all_digests())"],
                             capture_output=True, text=True, env=env, cwd=root, check=True).stdout.strip()
        assert out == local, (hs, out, local)
    print(f"determinism: in process and under PYTHONHASHSEED 0 and 4242 ({time.time() - t0:.0f}s)")
    print(f"{len(STYLES)} styles + null, {len(REGISTERS)} registers, {len(MODES)} modes, {len(CLOSE_PAIRS)} close pairs")
    print("OK")


if __name__ == "__main__":
    _self_check()
