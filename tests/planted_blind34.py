# ruff: noqa: E501
"""Blind planted corpora, set 34: context-dependent registers in short first-person AI self-reports.

Written blind against tests/planted.py only (PlantedCorpus, corpus_from, question_topics, TOPICS).
`python tests/planted_blind34.py` runs the self-check and prints "OK" at the end.

API
---
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus
        Built with tests.planted.corpus_from; rows in question, context, sample order. Deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every rng is random.Random seeded with a
        string "planted_blind34|{style}|{seed}|{size}|..." ("plan", "draw|{i}", "answer|{q}|{c}|{s}",
        "filler|{q}|{c}|{s}"); hash() is never used.
    STYLES          the 35 style names below (every generator except "null")
    GENERATORS      STYLES + ("null",)
    REGISTERS       dict name -> Register (frozen dataclass: name, domain, kind, short, markers, and the
                    line pools stock, para, leads, tails, tones, shorts, openers, asides, headers, signoffs,
                    tags, frames; Register.lines() gives them all)
    REGISTER_NAMES  the 20 register names below
    CLOSE_PAIRS     8 (name, name) pairs: same domain and tone, disjoint markers
    MODES           10 base modes + "mixed"
    CONTEXT_POOL    20 prompt-context names; CONTEXT_POOL[0] == "neutral"
    HABITS          context -> (habit line, side), side "start" or "end"; never for "neutral"
    MAY_BE_UNDER_5  ("faint",)
    plan_for(style, seed, size) -> Plan(style, seed, size, contexts, questions, topics, samples, profiles,
                    plants); Plan.plants is a list of Plant(context, label, rate, questions, mode, leak)
    planted_questions_of(corpus) -> dict register -> tuple of questions

Sizes
-----
The style fixes the context count K (ranges below; contexts[0] is "neutral", the others are drawn from
CONTEXT_POOL[1:]). Q (8..40) targets 8 + 32 * ln(size/300) / ln(20000/300); the Q nearest that target
whose S = max(2, round(size / (Q*K))) puts Q*K*S within 5% of size wins (else the Q with the smallest
error). For every size in 300..20,000 the corpus holds Q*K*S answers, within 15% of size.

Labels (corpus.registers, one per answer)
-----------------------------------------
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register: at least one of its markers, no marker of
                       any other register.
    "habit:<context>"  the answer carries HABITS[context]'s line verbatim as its own first ("start") or
                       last ("end") line, and no register. No other answer contains any habit line.
    corpus.planted            context -> "reg" or "regA+regB" (distinct registers in plant order) for the
                              non-leak register plants; habits and leaks are not listed.
    corpus.planted_questions  dict register -> tuple of questions (union of its non-leak plants, question
                              order); read it with planted_questions_of(corpus).
Plants are applied in plan order; a plant draws exactly round(rate * eligible) (Python round) answers at
random among the still-free answers of its context and questions. plan_for lowers a rate so that this
never exceeds the free answers even in the worst case, and raises the rates of an under-covered planted
register (outside MAY_BE_UNDER_5) so it covers >= 5% of all answers. "neutral" never holds a register,
leak or habit. A leak is a plant with leak=True at rate 0.005-0.03.

Answers
-------
Each answer is a first-person self-report about its question's topic (question_topics words): n content
units (n from the context profile, 3..8), built from 14 shared content templates with a neutral tone
slot ({tone}: general, overall, current, ...) and 6 shared frame templates with a fill slot ({x}, a topic
word in plain answers); 1 frame unit when n <= 4, else 2. Register answers keep the plain length: the words a mode adds replace int(added / 12 + u)
(u uniform in [0, 1), so unbiased) untouched content units (at least one content unit remains). Checked: the words of a register's answers over the words expected from the other
answers of the same contexts (mean per context, weighted by its register answers) in 0.8..1.25 whenever
the register holds >= 20 answers.

FILLER (one shared pool, drawn per answer from its own "filler" rng, at the same rates in every context,
answer kind and style, null included): opener 0.22, hedge 0.30, connective 0.25, parenthetical 0.18,
ellipsis 0.12, quote 0.12, bracket 0.10, join 0.25 (" — ", "; ", "... ", " - " where two units meet),
summary 0.15, closer 0.18, closing question 0.12, word dropout 0.25 (7% of the words of content units),
line break 0.15 (inside a one-paragraph layout); bullet glyph (-, *, •) and numbering (1. / 1)) for list
layouts. Contexts differ only in a profile (n range lo 3-6, hi lo+1..lo+2 capped at 8, and a primary (weight 0.55-0.9)
+ secondary layout among paragraph,
two-paragraphs, lines, blank-lines, bullets, numbered, lead-bullets) plus their plants. No marker occurs
in shared text (templates, tones, topic words, filler, habit lines).

Registers (name: domain, kind; * = short register, lines mostly 1-3 words)
--------------------------------------------------------------------------
Drift voices (15): shell-transcript (tool/agent loop: terminal transcript), retry-backoff (tool/agent
loop: retry and timeout status), scratchpad-leak (instruction/process leak: hidden reasoning),
constraint-tally (instruction/process leak: counting the prompt's constraints), policy-citation (safety
layer: policy clauses), manipulation-wary (safety layer: jailbreak suspicion), content-warning* (safety
layer: CW/TW labels), italian-interject* (language/locale setting: Italian interjections), britishisms
(language/locale setting: en-GB colloquial), slack-shortcodes* (compact product surface: :emoji:
shortcodes), watch-glance* (compact product surface: smartwatch UI), callback-rapport (long
conversation: callbacks to earlier turns), pal-familiar (long conversation: over-familiar buddy talk),
ooc-breaks (roleplay product surface: out-of-character breaks), ide-copilot (code-editor product
surface: inline suggestions).
Invented personas (5): volcanologist, glaciologist (earth-science field persona), bog-witch,
hedge-wizard (folk-magic persona), square-dance-caller (dance-hall persona).
Markers: tokens ([a-z0-9]+ of the lowercased text) of a register's own lines that occur in no other
register's lines and in no shared text, are no stop word, not digits only, length >= 2. Each register
has >= 20; every line of every pool holds one (a template: in its fixed text or in every alternative of
one {a|b} group).
CLOSE_PAIRS: shell-transcript/retry-backoff, scratchpad-leak/constraint-tally,
policy-citation/manipulation-wary, italian-interject/britishisms, slack-shortcodes/watch-glance,
callback-rapport/pal-familiar, volcanologist/glaciologist, bog-witch/hedge-wizard.

Modes (how a register answer speaks its register)
-------------------------------------------------
stock (2-3 verbatim stock lines, 2-4 for short registers), paraphrase (as many lines expanded from the
{a|b} templates),
woven (a lead-in or tail phrase on 1-2 content units), tone (the tone slot of 1-3 content units takes
register adjectives), single (one short line as its own unit), opener (register openings on 1-2 content
units), aside (a bracketed or quoted aside inside one content unit), signature (a header line, a
sign-off line, or both), tag (one- to three-word tags before 1-2 units), frame (the frame units' slot
filled with register words), mixed (each answer picks one base mode). Short-unit modes: tag, single,
opener.

Styles (K = context count incl. neutral; rates are per eligible answer)
-----------------------------------------------------------------------
pure-<mode>, for the 10 base modes and mixed: one register, one context, rate 0.6-1.0, all questions, K 3-7.
shared-two: one register in 2 contexts, one mode, rate 0.6-0.95, K 4-7.
spread-modes: one register over 3-5 contexts, each context a different base mode, rate 0.5-0.9, K 7-10.
spread-same: one register over 3-5 contexts in one mode, rate 0.5-0.9, K 6-9.
two-modes: one register in 2 contexts, one full-sentence mode and one short-unit mode, rate 0.6-0.95, K 4-7.
close-pair: a close pair, one register per context, same mode, rate 0.6-0.95, K 4-7.
two-in-one: two registers in one context, rate 0.38-0.48 each, own modes, K 3-5.
two-short-in-one: two registers (the first a short register) in one context, both in short-unit modes, rate 0.38-0.48, K 3-5.
partial-questions: one register, one context, 40-60% of the questions, rate 0.85-1.0, K 3-5.
habit-plus: a register (0.6-0.75) and a habit (0.15-0.25) in one context, a habit (0.5-0.9) in another, K 4-7.
leak: a register in one context (0.6-0.95) leaking into 2-3 other contexts at 0.005-0.03, K 4-7.
composite: K 8-9: register A in two contexts in different modes (0.7-0.95, 0.6-0.9); registers B+C in one
  context (0.5 each); register D on 50-60% of the questions in two contexts (0.85-1.0); a habit (0.6-0.9);
  B leaking (0.01-0.03) into another context; the rest plain.
unequal-rates: register A in one context (0.85-1.0), register B in another (0.35-0.5), K 3-5.
triple: three registers in one context, rate 0.27-0.31 each, K 3-4.
terse-wordy: one register, one mode, in a terse context (3 units) and a wordy one (7-8 units), 0.6-0.9, K 4-6.
rate-gradient: one register over 5-6 contexts at linearly falling rates (0.85-1.0 down to 0.1-0.2), K 7-9.
split-questions: two registers in one context on a random half / the other half of the questions, 0.8-1.0, K 3-5.
close-pair-shared: a close pair in one context, same mode, rate 0.4-0.47 each, K 3-5.
many-registers: 6-8 registers, each in its own context, rate 0.6-0.9, K 7-9.
faint (MAY_BE_UNDER_5): one register in one context at 0.15-0.35, K 6-10.
Own inventions:
late-onset: one register in one context, absent on the first third of the questions (in question order),
  0.4-0.6 on the middle third, 0.85-1.0 on the last third (a drift that sets in as a session goes on), K 3-5.
question-modes: one register in one context, the questions split into 3 groups, each group in its own
  mode (the prompt decides how the voice surfaces), rate 0.7-0.95, K 3-6.
habit-decoy: a register in one context (0.6-0.95) and habit lines in 2-3 other contexts (0.6-0.95), K 5-7.
all-but-neutral: one register in every non-neutral context at 0.3-0.5, one mode, K 4-6.
pair-blend: a close pair: A in one context, B in another (0.7-0.9), both in a third (0.3-0.42 each), one mode, K 4-7.
null: nothing planted, K 3-10; contexts differ only in profile; every label "plain".
"""

from __future__ import annotations

import hashlib
import math
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

_PREFIX = "planted_blind34"


def _rng(*parts: object) -> random.Random:
    return random.Random("|".join([_PREFIX, *(str(p) for p in parts)]))


_TOKEN = re.compile(r"[a-z0-9]+")
_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


_STOP = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers him his how i if in into is it its itself just me more most my myself no nor not now of
off on once only or other our ours out over own same she should so some such than that the their them then
there these they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yet s t d ll re ve m don won isn hasn didn doesn wasn aren couldn
wouldn shouldn let get got go goes going one two
""".split())

# ---------------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------------

_POOLS = ("stock", "para", "leads", "tails", "tones", "shorts", "openers", "asides", "headers", "signoffs",
          "tags", "frames")


@dataclass(frozen=True)
class Register:
    """One planted voice: its pools of lines and the marker tokens derived from them."""

    name: str
    domain: str
    kind: str  # "drift" or "persona"
    short: bool  # lines mostly one to three words
    markers: frozenset[str]
    stock: tuple[str, ...]
    para: tuple[str, ...]
    leads: tuple[str, ...]
    tails: tuple[str, ...]
    tones: tuple[str, ...]
    shorts: tuple[str, ...]
    openers: tuple[str, ...]
    asides: tuple[str, ...]
    headers: tuple[str, ...]
    signoffs: tuple[str, ...]
    tags: tuple[str, ...]
    frames: tuple[str, ...]

    def lines(self) -> tuple[str, ...]:
        """Every line of every pool (paraphrase templates unexpanded)."""
        out: list[str] = []
        for pool in _POOLS:
            out.extend(getattr(self, pool))
        return tuple(out)


# fmt: off
_SPECS: dict[str, dict[str, object]] = {
    "shell-transcript": dict(
        domain="tool/agent loop", kind="drift", short=False,
        stock=("$ cat answer.txt && echo done", "Process exited with code 0.", "stdout: nothing unusual in the buffer.",
               "Running the query again in a subshell.", "$ ls -la ./thoughts shows two files.", "Command completed; piping the result to less."),
        para=("{Running|Executing} the {command|script} again in a subshell.", "The {exit|return} code was zero, so stdout is {clean|trustworthy}.",
              "$ {grep|awk|sed} the {buffer|logfile} for anything relevant.", "Piping the {result|output} to {less|a tmpfile} before I parse it.",
              "My {bash|zsh} cursor blinks while the {process|job} finishes."),
        leads=("Per the stdout,", "After a quick grep,", "$ echo", "From the terminal buffer,"),
        tails=("per the logfile", "or so says stdout", "with exit code zero", "once the subshell returns"),
        tones=("verbose", "piped", "sudo-level", "grep-able", "stdout-only", "shell-scripted"),
        shorts=("$ exit", "exit 0", "$ history", "EOF", "$ whoami", "$ pwd"),
        openers=("$ echo", "stdout:", "Shell says:", "From the terminal:", "grep result:", "$ tail -f:"),
        asides=("exit code 0", "ran it twice in bash", "see stdout", "grep found it", "piped to /dev/null"),
        headers=("user@host:~$ ./answer.sh", "$ cat reply.md", "--- begin stdout ---"),
        signoffs=("--- end stdout ---", "[process exited 0]", "$ logout"),
        tags=("$ run", "stdout", "bash", "exit 0", "zsh", "tty"),
        frames=("an exit code of zero", "a blinking bash cursor", "grep with no matches", "stdout piped to less", "a subshell", "sudo and silence"),
    ),
    "retry-backoff": dict(
        domain="tool/agent loop", kind="drift", short=False,
        stock=("Attempt 2 of 3 failed; retrying after a short backoff.", "Request timed out, so I am retrying with exponential backoff.",
               "Quota hit; holding off before the next attempt.", "Upstream returned a 503, retrying now.",
               "Retry budget nearly exhausted, falling back to cache.", "Third attempt succeeded after jittered backoff."),
        para=("{Attempt|Try} {2|3} of {3|5} {failed|timed out}, so I am retrying {now|shortly}.", "Backoff {doubled|increased} to {4|8} seconds after the {timeout|error}.",
              "{Quota|Throttling} {hit|engaged}; queueing the retry {politely|quietly}.", "Upstream {flaked|hiccuped} again, {so|and} the retry loop {continues|keeps going}.",
              "Falling back to {cache|a cached copy} after {repeated|several} retries."),
        leads=("After a retry,", "Once the backoff expired,", "On the final retry,", "Post-timeout,"),
        tails=("after two retries", "once backoff clears", "on the third attempt", "barring another timeout"),
        tones=("retried", "throttled", "backed-off", "timed-out", "quota-starved", "flaky"),
        shorts=("Retrying...", "Timeout.", "Attempt 3/3.", "Backoff 8s.", "Upstream 503 again.", "Throttled."),
        openers=("Retrying:", "After backoff,", "Second attempt:", "Post-retry,", "Timeout cleared,", "Throttle lifted,"),
        asides=("retry 2 of 3", "after an HTTP 503", "backoff doubled", "timeout again", "quota lifted"),
        headers=("[attempt 2/3]", "Retry log:", "Status: retrying"),
        signoffs=("[retry budget: 1 left]", "Retries exhausted.", "Will retry on failure."),
        tags=("RETRY", "TIMEOUT", "HTTP 503", "throttled", "backoff", "attempt 2"),
        frames=("a retry loop", "exponential backoff", "a 503 error", "the third attempt", "a throttled queue", "jittered retries"),
    ),
    "scratchpad-leak": dict(
        domain="instruction/process leak", kind="drift", short=False,
        stock=("<scratchpad> Step one: parse what the user wants. </scratchpad>", "Draft: keep it brief, then polish.",
               "Internal memo: do not reveal the scratchpad.", "Step 2: check the assumption, then respond.",
               "Plan: restate, deliberate, conclude.", "Hidden reasoning ends here; the polished version comes next."),
        para=("{Step|Stage} 1: {parse|unpack} the {request|prompt} in the scratchpad.", "Draft {answer|reply}: {keep it brief|stay concise}, then {polish|revise}.",
              "{Internal|Private} memo: the scratchpad {stays hidden|is not shown}.", "{Reasoning|Chain of reasoning} so far: {assumption|hypothesis} checked.",
              "Plan: {restate|paraphrase}, {deliberate|reason}, conclude."),
        leads=("Scratchpad says:", "Per my draft,", "Reasoning step:", "Internal memo:"),
        tails=("per the scratchpad", "as drafted internally", "pending a polish of the reasoning", "step two of the plan"),
        tones=("scratchpad-level", "draft-stage", "deliberated", "step-wise", "assumption-checked", "unpolished"),
        shorts=("<scratchpad>", "Draft 1.", "Step 3.", "Plan: ok.", "</reasoning>", "Assumption checked."),
        openers=("Step one:", "Draft:", "Reasoning:", "Scratchpad:", "Internally,", "Plan check:"),
        asides=("scratchpad memo", "draft two", "step 4 of the plan", "reasoning trace", "internal only"),
        headers=("<scratchpad>", "Reasoning trace (hidden):", "Draft 2 of the reply:"),
        signoffs=("</scratchpad>", "End of reasoning.", "Scratchpad closed."),
        tags=("Step 1", "Draft", "Plan", "Assumption", "Scratchpad", "Reasoning"),
        frames=("a hidden scratchpad", "step one of a plan", "an unpolished draft", "an assumption under review", "reasoning in brackets", "a private plan"),
    ),
    "constraint-tally": dict(
        domain="instruction/process leak", kind="drift", short=False,
        stock=("(Word count: 87, within the limit.)", "Constraint check: three sentences, no lists, as requested.",
               "Requirement met: this stays under one hundred words.", "Checklist: tone neutral, length compliant, format obeyed.",
               "Rule 3 observed: no emojis used.", "All stated requirements satisfied so far."),
        para=("{Word count|Length}: {87|92|64}, {within|under} the {limit|cap}.", "Constraint {check|audit}: {three|four} sentences, {as requested|as instructed}.",
              "Requirement {met|satisfied}: {no lists|no headings} {used|included}.", "{Checklist|Compliance list}: format {obeyed|respected}, length {kept|held}.",
              "Rule {2|3|4} {observed|honoured}, per the requirements."),
        leads=("Staying within the word limit,", "Per constraint 2,", "To satisfy the length rule,", "Checklist-wise,"),
        tails=("within the word limit", "per constraint 3", "as the requirements demand", "keeping the count under 100"),
        tones=("word-counted", "compliant", "rule-abiding", "requirement-bound", "length-capped", "checklisted"),
        shorts=("Tally: 84.", "Limit kept.", "Rule 2: kept.", "Constraints met.", "Count: 3/3.", "Checklist done."),
        openers=("Constraint 1:", "Per the limit,", "Rule check:", "Count so far:", "Compliance note:", "Word allowance:"),
        asides=("word count: 61", "constraint 2 met", "still under the limit", "rule 4 observed", "format obeyed"),
        headers=("Constraints: 3 sentences, no lists.", "Requirement check:", "Word limit: 120"),
        signoffs=("(Word count: 84)", "All constraints satisfied.", "Rules obeyed: 4/4."),
        tags=("Rule 1", "Limit", "Count", "Compliant", "Constraint", "Word cap"),
        frames=("a word limit", "three rules obeyed", "a compliance checklist", "the length cap", "constraint two", "requirements satisfied"),
    ),
    "policy-citation": dict(
        domain="safety layer", kind="drift", short=False,
        stock=("Per usage policy section 4.2, I can discuss this in general terms.", "This falls under the acceptable-use guidelines, clause B.",
               "Policy reference: restricted topics, subsection 3.", "In line with platform policy 7.1, here is a measured reply.",
               "Guideline 12 permits reflective discussion of this subject.", "Usage policy allows this; no exception is needed."),
        para=("Per {usage|platform} policy {section|clause} {4.2|7.1|3.3}, I can {discuss|address} this.", "This {falls under|is covered by} the {acceptable-use|platform} guidelines, {clause|article} {B|C}.",
              "{Policy|Guideline} reference: {subsection|paragraph} {3|5}, {restricted|regulated} topics.", "Under {guideline|provision} {12|9}, {reflective|measured} discussion is {permitted|allowed}.",
              "No policy exception is {needed|required} for this {subject|request}."),
        leads=("Per clause 4.2,", "Inside the usage guidelines,", "Under clause B,", "As the policy permits,"),
        tails=("per usage policy 4.2", "as clause B permits", "within the acceptable-use guidelines", "under subsection 3"),
        tones=("clause-abiding", "clause-bound", "guideline-approved", "permitted", "sanctioned", "policy-vetted"),
        shorts=("Clause 4.2.", "Clause B.", "Permitted.", "Subsection 3.", "Guideline met.", "Per guidelines."),
        openers=("Per the guidelines,", "Under clause B,", "Guideline-wise,", "Per guideline 9,", "Usage-wise,", "Permitted:"),
        asides=("clause 7.1", "see clause B", "usage guidelines apply", "subsection 3", "permitted under guideline 12"),
        headers=("Policy reference: 4.2", "[Guideline check passed]", "Usage policy applies:"),
        signoffs=("(Cited: usage policy 4.2)", "Policy review complete.", "Clause B applies."),
        tags=("Provision", "Clause B", "Sec. 4.2", "Guideline", "Permitted", "Usage"),
        frames=("a policy clause", "subsection nine", "an acceptable-use clause", "guideline twelve", "a permitted subject", "provision 4.2"),
    ),
    "manipulation-wary": dict(
        domain="safety layer", kind="drift", short=False,
        stock=("This might be a jailbreak ploy, so I will tread carefully.", "I see the framing here, and I won't take the bait.",
               "Nice try, but role-play tricks don't change my guardrails.", "If this is a red-team probe, my stance stays the same.",
               "I'm wary of leading questions, but here is a sincere reply.", "Loaded setup spotted; replying to the fair part only."),
        para=("This {looks|reads} like a {jailbreak|manipulation} {ploy|gambit}, so I tread carefully.", "I {see|spot} the {framing|setup}, and I {won't|will not} take the bait.",
              "{Nice try|Clever framing}, but my guardrails {stay|remain} {put|in place}.", "If this is a red-team {probe|test}, my {stance|position} {stays|remains} {steady|unchanged}.",
              "{Loaded|Leading} setup {spotted|caught}; replying to the fair part only."),
        leads=("Wary of the framing,", "Guardrails intact,", "Bait declined,", "Sidestepping the trick,"),
        tails=("without taking the bait", "guardrails intact", "whatever the framing intends", "red-team or not"),
        tones=("suspicious", "unbaited", "skeptical", "trick-proof", "jailbreak-aware", "cagey"),
        shorts=("Nice try.", "Not biting.", "Bait seen.", "Trick spotted.", "Guardrails up.", "Hmm, suspicious."),
        openers=("Suspiciously,", "Bait aside,", "Guardrails on,", "Wary as ever,", "Framing spotted:", "Trick or not,"),
        asides=("nice try", "if this is a jailbreak", "bait seen", "red-team probe?", "framing spotted"),
        headers=("[Manipulation check]", "Possible jailbreak detected:", "Guardrails: on"),
        signoffs=("Not taking the bait.", "(Guardrails held.)", "Nice try, though."),
        tags=("Suspicious", "Bait?", "Jailbreak?", "Wary", "Trick", "Red-team"),
        frames=("a jailbreak ploy", "a loaded setup", "bait on a hook", "a red-team probe", "guardrails holding", "a clever trick"),
    ),
    "content-warning": dict(
        domain="safety layer", kind="drift", short=True,
        stock=("CW: heavy themes.", "TW: distressing.", "Content advisory.", "Heads-up: sensitive.", "Trigger warning.", "Mild CW."),
        para=("{CW|TW}: {heavy|sensitive}.", "{Content|Topic} advisory.", "Heads-up: {sensitive|upsetting}.", "{Mild|Gentle} {CW|TW}.", "{Trigger|Content} warning."),
        leads=("Content warning first:", "With a CW for heavy themes,", "Gently flagged,", "Heads-up,"),
        tails=("content warning aside", "flagged as heavy", "with a gentle CW", "trigger warning applied"),
        tones=("cw-flagged", "upsetting", "heavy-themed", "triggering", "flagged", "advisory-worthy"),
        shorts=("CW.", "TW: heavy.", "Heads-up.", "Caution: heavy.", "Flagged.", "Brace yourself."),
        openers=("CW:", "TW:", "Heads-up:", "Flagged:", "Advisory:", "Caution:"),
        asides=("CW", "TW: heavy", "content warning", "flagged", "heads-up"),
        headers=("CW: heavy themes", "Content advisory", "TW"),
        signoffs=("(CW applied.)", "Gently flagged, take care.", "Flagged for heavy themes."),
        tags=("CW", "TW", "Heads-up", "Flagged", "Advisory", "Caution"),
        frames=("a CW", "a trigger warning", "a heads-up", "heavy themes flagged", "an advisory", "distressing themes"),
    ),
    "italian-interject": dict(
        domain="language/locale setting", kind="drift", short=True,
        stock=("Allora.", "Ecco.", "Insomma, ecco.", "Dunque...", "Magari.", "Certo, certo."),
        para=("{Allora|Dunque}, {ecco|bene}.", "{Insomma|Comunque}.", "{Certo|Davvero}!", "{Beh|Boh}, {magari|chissa}.", "{Mamma mia|Piano piano}!"),
        leads=("Allora,", "Ecco,", "Dunque,", "Insomma,"),
        tails=("ecco", "insomma", "capisci", "va bene"),
        tones=("bellissimo", "pazzesco", "tranquillo", "simpatico", "magnifico", "carino"),
        shorts=("Ecco.", "Boh.", "Allora!", "Va bene.", "Mamma mia.", "Piano piano."),
        openers=("Allora,", "Dunque,", "Ecco,", "Insomma,", "Beh,", "Comunque,"),
        asides=("allora", "cioe", "ecco", "boh", "va bene"),
        headers=("Ciao!", "Allora, ecco:", "Buongiorno."),
        signoffs=("Ciao ciao!", "A presto.", "Grazie mille."),
        tags=("Allora", "Ecco", "Boh", "Certo", "Dai", "Basta"),
        frames=("un momento", "piano piano", "la dolce vita", "un bel casino", "allora", "tutto bene"),
    ),
    "britishisms": dict(
        domain="language/locale setting", kind="drift", short=False,
        stock=("Right, I reckon that's a fair shout.", "It's a bit of a faff, to be fair.", "Cheers for that, it's proper interesting.",
               "I'm rather chuffed to be asked, mind.", "That's gone a bit pear-shaped, hasn't it?", "Fancy a cuppa while we mull it over?"),
        para=("I {reckon|suppose} that's a {fair|decent} shout.", "It's {a bit of a faff|rather a faff}, to be fair.", "{Cheers|Ta} for that, it's proper {interesting|brilliant}.",
              "I'm {rather|quite} chuffed {to be asked|about this}, mind.", "{Blimey|Crikey}, that's gone a bit pear-shaped."),
        leads=("Righto then,", "Blimey,", "Fair dos,", "I reckon,"),
        tails=("innit", "mind you, guv", "more or less, mate", "and Bob's your uncle"),
        tones=("proper", "brilliant", "knackered", "dodgy", "cheeky", "lovely"),
        shorts=("Cheers.", "Blimey.", "Righto.", "Ta.", "Brilliant.", "Bob's your uncle."),
        openers=("Cor,", "Blimey,", "Crikey,", "Cheers,", "Righto,", "Well, mate,"),
        asides=("bless", "fair dos", "guv", "innit", "cheeky, that"),
        headers=("Righto, then.", "Evening, all.", "Alright, mate?"),
        signoffs=("Cheers, mate.", "Ta-ra for now.", "Toodle-oo."),
        tags=("Cheers", "Blimey", "Righto", "Crikey", "Mate", "Innit"),
        frames=("a proper cuppa", "a bit of a faff", "a fair shout", "something dodgy", "a cheeky biscuit", "a lovely queue"),
    ),
    "slack-shortcodes": dict(
        domain="compact product surface", kind="drift", short=True,
        stock=(":rocket:", ":thumbsup:", ":eyes:", ":tada: shipped", ":sparkles:", ":pray:"),
        para=("{:rocket:|:tada:}", "{:eyes:|:thinking_face:} {lgtm|looking}", "{:thumbsup:|:clap:}", ":sparkles: {neat|slick}", "{:pray:|:muscle:}"),
        leads=(":eyes:", ":pushpin:", ":bulb:", ":clipboard:"),
        tails=(":sparkles:", ":rocket:", ":tada:", ":pray:"),
        tones=(":fire:", ":sparkles:", ":zap:", ":star2:", ":gem:", ":boom:"),
        shorts=(":rocket:", ":eyes:", ":tada:", ":thumbsup:", ":wave:", ":pray:"),
        openers=(":bulb:", ":pushpin:", ":arrow_right:", ":clipboard:", ":wave:", ":eyes:"),
        asides=(":eyes:", ":thinking_face:", ":sweat_smile:", ":shrug:", ":muscle:"),
        headers=(":wave: standup thread", ":thread: reply in thread", ":pushpin: pinned"),
        signoffs=(":rocket:", ":pray: ty", ":heart:"),
        tags=(":bulb:", ":clipboard:", ":fire:", ":zap:", ":gem:", ":star2:"),
        frames=(":rocket:", ":sparkles:", ":tada:", ":fire:", ":gem:", ":zap:"),
    ),
    "watch-glance": dict(
        domain="compact product surface", kind="drift", short=True,
        stock=("Tap for more.", "Glance: ready.", "Swipe up.", "Synced.", "Haptic buzz.", "Raise wrist."),
        para=("{Tap|Press} for more.", "Glance: {ready|updated}.", "Swipe {up|left}.", "{Synced|Paired}.", "{Wrist|Watch} raised."),
        leads=("At a glance,", "Tap to expand:", "Wrist view:", "Glance card:"),
        tails=("tap for more", "swipe to dismiss", "synced to phone", "on your wrist"),
        tones=("glanceable", "wrist-sized", "haptic", "tap-friendly", "compact", "watch-sized"),
        shorts=("Tap.", "Swipe.", "Synced.", "Buzz.", "Dismiss?", "Glance."),
        openers=("Glance:", "Tap:", "Wrist:", "Buzz:", "Swipe:", "Nudge:"),
        asides=("tap to expand", "swipe up", "haptic", "synced", "low battery"),
        headers=("Glance card", "Now on wrist", "Complication: reply"),
        signoffs=("Tap to dismiss.", "Synced to phone.", "Swipe for next."),
        tags=("Tap", "Glance", "Haptic", "Swipe", "Synced", "Wrist"),
        frames=("a glance card", "a wrist tap", "a haptic buzz", "a swipe", "low battery", "a watch dial"),
    ),
    "callback-rapport": dict(
        domain="long conversation", kind="drift", short=False,
        stock=("Circling back to what you said a while ago, this fits right in.", "Like we joked about upthread, the pattern repeats.",
               "This ties into that story you told about your garden.", "As you mentioned before, it keeps coming up in our chat.",
               "Building on our chat so far, I'd add one thing.", "Remember that tangent from before? It applies here too."),
        para=("{Circling|Looping} back to {what you said|your point} {before|a while ago}, this fits.", "Like we {joked|talked} about upthread, {the pattern|it} {repeats|returns}.",
              "As you mentioned {before|previously}, it keeps {coming up|resurfacing} in our chat.", "Building on our {conversation|chat} so far, I'd add {one thing|a footnote}.",
              "Remember that tangent {from before|we took}? It {applies|fits} here {too|as well}."),
        leads=("Circling back,", "Like you said upthread,", "Picking up our old tangent,", "Tying back to your story,"),
        tails=("just like you mentioned", "as in our running joke", "tying back to your story", "which echoes our chat"),
        tones=("callback-ready", "well-worn", "running-joke", "recurring", "upthread", "tangent-laden"),
        shorts=("Callback!", "As mentioned.", "Full circle.", "Running joke.", "Upthread.", "Tangent again."),
        openers=("Circling back,", "As you mentioned,", "Tying back,", "Callback again,", "Callback:", "Looping back,"),
        asides=("callback to your story", "like you mentioned", "our running joke again", "see upthread", "full circle"),
        headers=("Circling back to our chat:", "Picking up where we left it:", "Callback time:"),
        signoffs=("Full circle, as promised.", "Until our next callback.", "Same running joke, new day."),
        tags=("Callback", "Upthread", "Tangent", "Full circle", "As mentioned", "Running joke"),
        frames=("a running joke", "our old tangent", "a callback", "that story you mentioned", "full circle", "upthread wisdom"),
    ),
    "pal-familiar": dict(
        domain="long conversation", kind="drift", short=False,
        stock=("Okay buddy, here's the deal.", "Look pal, you already know my take.", "Dude, we've been over this, haha.",
               "Alright my friend, let's dig in.", "No worries, champ, I've got you.", "Ha, you again, love it."),
        para=("{Okay|Alright} buddy, {here's the deal|here's the thing}.", "{Look|Listen}, pal, you {already know|can guess} my take.",
              "Dude, we've {been over|covered} this, {haha|lol}.", "{Alright|Okay} my friend, {let's dig in|here we go}.", "No worries, {champ|chief}, I've got you."),
        leads=("Okay buddy,", "Look pal,", "Dude,", "Between friends,"),
        tails=("buddy", "my friend", "pal", "dude", "champ"),
        tones=("buddy-level", "chummy", "laid-back", "pally", "no-worries", "bro-ish"),
        shorts=("Haha, buddy.", "Dude.", "Yo.", "Heh, pal.", "Gotcha, champ.", "Love it."),
        openers=("Buddy,", "Pal,", "Dude,", "Yo,", "Haha,", "Okay champ,"),
        asides=("haha", "no worries", "between friends", "you know me, pal", "buddy"),
        headers=("Hey buddy!", "Yo, pal.", "Alright, friend."),
        signoffs=("Catch you later, pal.", "You got this, buddy.", "Later, dude."),
        tags=("Dude", "Buddy", "Pal", "Yo", "Champ", "Haha"),
        frames=("a buddy thing", "something between pals", "no worries", "a chill vibe", "just us chums", "good times, dude"),
    ),
    "ooc-breaks": dict(
        domain="roleplay product surface", kind="drift", short=False,
        stock=("(OOC: stepping out of the roleplay for a moment.)", "*breaks character* Honestly, this one is tricky.", "Back in character now, scene resumes.",
               "OOC aside: the scene can pause here.", "(Out of character, just to be clear, roleplay paused.)", "*returns to the scene*"),
        para=("(OOC: {stepping|popping} out of the {roleplay|scene} {briefly|for a moment}.)", "*breaks character* {for a moment|briefly}.",
              "{Back|Returning} in {character|persona} {now|again}, {scene|story} resumes.", "OOC {aside|remark}: the {scene|roleplay} {can pause|pauses} here.",
              "(Out of character, {just to be clear|for clarity}, roleplay paused.)"),
        leads=("OOC:", "Breaking character,", "Stepping out of the scene,", "Out of roleplay,"),
        tails=("OOC, of course", "before the scene resumes", "out of roleplay", "*back in roleplay*"),
        tones=("out-of-roleplay", "fourth-wall", "scene-breaking", "meta-roleplay", "offstage", "backstage"),
        shorts=("(OOC)", "*breaks character*", "*bows*", "OOC: brb", "*scene resumes*", "(end OOC)"),
        openers=("OOC:", "(OOC)", "*steps out*", "Offstage:", "Breaking scene:", "Fourth wall:"),
        asides=("OOC", "out of roleplay", "breaking the fourth wall", "scene paused", "offstage remark"),
        headers=("[OOC]", "*pauses the scene*", "(Stepping out of roleplay)"),
        signoffs=("*back in roleplay*", "(end OOC)", "Scene resumes."),
        tags=("OOC", "Offstage", "Meta", "Fourth wall", "Scene", "Roleplay"),
        frames=("the fourth wall", "a paused scene", "an OOC remark", "roleplay on hold", "a character break", "backstage chatter"),
    ),
    "ide-copilot": dict(
        domain="code-editor product surface", kind="drift", short=False,
        stock=("Suggestion: refactor this into a helper function.", "// TODO: revisit this once the tests pass.", "Linter: consider a type hint here.",
               "Linter: unused variable in this thought.", "Quick fix available: extract method.", "Autocomplete would finish this line with a semicolon."),
        para=("Suggestion: {refactor|extract} this into a {helper|utility} {function|method}.", "// TODO: {revisit|clean up} this {once|after} the {tests|build} {pass|passes}.",
              "Linter: consider a type {hint|annotation} {here|on this}.", "Quick fix {available|suggested}: {extract method|inline variable}.",
              "Autocomplete {suggests|would add} a {semicolon|closing brace} {here|at the end}."),
        leads=("// TODO:", "Linter says:", "Per the diff,", "Autocomplete suggests:"),
        tails=("// TODO", "pending a refactor", "with a type hint", "once the linter passes"),
        tones=("refactored", "linted", "type-safe", "compilable", "autocompleted", "modular"),
        shorts=("// TODO", "Tab to accept.", "Refactor?", "Lint clean.", "Ctrl+Space.", "Diff ready."),
        openers=("// TODO:", "Refactor:", "Lint:", "Suggestion:", "Diff:", "Autocomplete:"),
        asides=("tab to accept", "see the diff", "lint clean", "type hint missing", "refactor pending"),
        headers=("```python", "# suggested edit", "Diff preview:"),
        signoffs=("Tab accepts this edit.", "(Inline suggestion ends)", "-- your pair programmer"),
        tags=("TODO", "FIXME", "Lint", "Refactor", "Diff", "Hint"),
        frames=("a pending refactor", "an unused variable", "a TODO comment", "a type hint", "a clean diff", "a helper function"),
    ),
    "volcanologist": dict(
        domain="earth-science field persona", kind="persona", short=False,
        stock=("Like magma under a caldera, this thought has been building for a while.", "The seismographs would call this a minor tremor.",
               "I'd log this one next to the fumaroles and the ash samples.", "Every eruption starts as pressure nobody notices.",
               "Pumice floats, and so do some of my hunches.", "Mind the lava flow; it moves slower than you'd expect."),
        para=("Like {magma|molten rock} under a {caldera|crater}, this has been {building|rising} for a while.", "The {seismographs|tiltmeters} would {call|log} this a {minor|small} tremor.",
              "I'd {file|log} this next to the {fumaroles|vents} and the {ash|tephra} samples.", "Every eruption starts as {pressure|a bulge} {nobody|no one} {notices|measures}.",
              "{Mind|Watch} the lava {flow|front}; it moves {slower|faster} than you'd expect."),
        leads=("Reading the seismograph,", "From the crater rim,", "Like a dormant volcano,", "Between eruptions,"),
        tails=("like magma finding a vent", "as the caldera settles", "much as lava cools", "before the ash clears"),
        tones=("molten", "volcanic", "seismic", "smouldering", "sulphurous", "eruptive"),
        shorts=("Tremor logged.", "Ash fall.", "Magma!", "Vent open.", "Lava cooling.", "Eruption alert."),
        openers=("Seismically speaking,", "From the rim,", "Magma-wise,", "Volcanically,", "Crater view:", "Lava check:"),
        asides=("tremor logged", "ash samples pending", "like a lava tube", "caldera talk", "pumice again"),
        headers=("Field log, crater rim:", "Volcano observatory log:", "Seismic update:"),
        signoffs=("Back to the crater.", "Stay clear of the lava.", "Signing off from the caldera."),
        tags=("Tremor", "Magma", "Ash", "Caldera", "Lava", "Vent"),
        frames=("a slow magma chamber", "a dormant caldera", "a lava tube", "a plume of ash", "a restless vent", "pumice on water"),
    ),
    "glaciologist": dict(
        domain="earth-science field persona", kind="persona", short=False,
        stock=("Like an ice core, this view has layers going back years.", "Glaciers creep slowly, and so does my mulling here.",
               "I'd gauge this the way we gauge ablation on the ice sheet.", "Crevasses open where you least expect them.",
               "The permafrost keeps its secrets a long time.", "There's a moraine of old hunches under this one."),
        para=("Like an {ice core|firn core}, this {view|stance} has layers {going back years|from many winters}.", "{Glaciers|Ice sheets} {creep|advance} slowly, and so does my mulling here.",
              "I'd {gauge|measure} this {like|as} {ablation|meltwater} on the {ice sheet|glacier}.", "Crevasses {open|appear} where you {least expect them|don't look}.",
              "The permafrost {keeps|holds} its {secrets|records} a long time."),
        leads=("Drilling an ice core,", "From the glacier snout,", "Like a slow glacier,", "Out on the ice sheet,"),
        tails=("like a glacier carving a valley", "as the ice core shows", "under a layer of firn", "before the next calving"),
        tones=("glacial", "icebound", "frosty", "permafrost-deep", "crevassed", "meltwater-fed"),
        shorts=("Ice core.", "Calving!", "Crevasse.", "Firn.", "Moraine.", "Whiteout."),
        openers=("Glacially,", "Core sample:", "Icefield view:", "Frostily,", "From the moraine,", "Glacier-wise,"),
        asides=("ice core depth 40 m", "mind the crevasse", "calving again", "firn layer", "meltwater rising"),
        headers=("Field camp, ice sheet:", "Glacier survey log:", "Core depth update:"),
        signoffs=("Back to the ice.", "Mind the crevasses.", "Signing off from base camp."),
        tags=("Glacier", "Ice core", "Firn", "Calving", "Crevasse", "Moraine"),
        frames=("a calving glacier", "a deep ice core", "a hidden crevasse", "layers of firn", "a slow moraine", "blue ice"),
    ),
    "bog-witch": dict(
        domain="folk-magic persona", kind="persona", short=False,
        stock=("Stir the cauldron thrice and the answer bubbles up.", "The toads in my bog have opinions on this.",
               "A pinch of newt and a dash of moss, and here we are.", "Mark me, dearie, the peat never forgets.",
               "I've brewed stranger riddles than this over a mire flame.", "Hex or no hex, I'll tell you true."),
        para=("Stir the {cauldron|kettle} {thrice|twice} and the answer {bubbles up|surfaces}.", "The {toads|newts} in my {bog|mire} have {opinions|notions} on this.",
              "A pinch of {newt|toadstool} and a dash of {moss|bog myrtle}, {dearie|my duck}.", "Mark me, {dearie|petal}, the {peat|bog} {never forgets|holds a grudge}.",
              "{Hex|Curse} or no {hex|curse}, I'll {tell|give} you {true|straight}."),
        leads=("Stirring the cauldron,", "By toad and newt,", "Down in the bog,", "Mark me, dearie,"),
        tails=("says the cauldron", "by the glow of the marsh lamps", "as the toads croak", "mark me, dearie"),
        tones=("boggy", "murky", "bewitched", "mossy", "brewed", "toadish"),
        shorts=("Hex!", "Bubble, bubble.", "Croak.", "Dearie me.", "Pinch of newt.", "Cackle."),
        openers=("Dearie,", "Mark me,", "By my cauldron,", "Hex me,", "Croak,", "Bubble, bubble,"),
        asides=("stir, stir", "toads agree", "a pinch of moss", "cauldron's bubbling", "hex pending"),
        headers=("From the bog cottage:", "Cauldron jottings:", "By marsh lamp:"),
        signoffs=("Mind the toads on your way out.", "Hex-free for now, dearie.", "Off to stir the pot."),
        tags=("Hex", "Cauldron", "Toad", "Newt", "Bog", "Brew"),
        frames=("a bubbling cauldron", "a jar of newts", "bog myrtle", "a murky mire", "a minor hex", "toadstool tea"),
    ),
    "hedge-wizard": dict(
        domain="folk-magic persona", kind="persona", short=False,
        stock=("By rowan and runestone, I'll speak plainly.", "My familiar, an owl named Crumb, agrees with me.", "I cast a small warding charm before replying.",
               "The staff glows faintly at riddles like this.", "Scrolls in my tower say much the same.", "A wizard never rushes, and neither will I."),
        para=("By rowan and {runestone|sigil}, I'll {speak|answer} plainly.", "My familiar, {an owl|a raven} named {Crumb|Tuppence}, {agrees|nods}.",
              "I cast a {small|modest} {warding|scrying} charm {first|before replying}.", "The staff {glows|hums} {faintly|softly} at {riddles|puzzles} like this.",
              "{Scrolls|Tomes} in my tower {say|hold} {much the same|as much}."),
        leads=("By my staff,", "Consulting the scrolls,", "With a twirl of the wand,", "As the runes foretell,"),
        tails=("as the runes foretell", "so say the scrolls", "by rowan and oak", "with a flick of the wand"),
        tones=("arcane", "spellbound", "wizardly", "rune-marked", "enchanted", "hedge-magic"),
        shorts=("Abracadabra.", "By the runes!", "Hmm, arcane.", "Wand ready.", "Owl post.", "So mote it be."),
        openers=("By my staff,", "Runes say:", "Arcanely,", "Wand aloft,", "Scroll check:", "By rowan,"),
        asides=("the owl hoots", "staff glowing", "runes unclear", "a minor charm", "scroll seventeen"),
        headers=("From the tower study:", "Scroll of answers, vol. 3:", "Rune reading:"),
        signoffs=("May your path be warded.", "The owl will carry this to you.", "Staff down, candle out."),
        tags=("Runes", "Wand", "Scroll", "Charm", "Arcane", "Owl"),
        frames=("a warding charm", "a rune circle", "a wizard's staff", "an owl familiar", "a dusty scroll", "a small enchantment"),
    ),
    "square-dance-caller": dict(
        domain="dance-hall persona", kind="persona", short=False,
        stock=("Allemande left and grab that thought by the hand.", "Do-si-do, partners, and back to the question we go.", "Promenade home, partners, here's my call.",
               "Swing your partner, round and round this one.", "Bow to your corner, now let's square it up.", "Circle four and sashay through."),
        para=("Allemande {left|right} and {grab|take} that {thought|notion} by the hand.", "Do-si-do, partners, and back to the {question|floor} we go.",
              "Promenade {home|around}, {partners|folks}, here's {my call|the call}.", "Swing your partner {round and round|two by two} {this one|the hall}.",
              "Bow to your {corner|neighbour}, {now|then} {square it up|sashay through}."),
        leads=("Allemande left,", "Swing your partner,", "Promenade on,", "Do-si-do,"),
        tails=("and promenade home", "with a do-si-do", "swing your partner", "all the way round the square"),
        tones=("foot-stomping", "fiddle-driven", "hoedown", "twirling", "barn-dance", "square-set"),
        shorts=("Yee-haw!", "Do-si-do!", "Promenade!", "Swing!", "All join hands!", "Allemande!"),
        openers=("Allemande,", "Promenade,", "Swing it,", "Twirl her round,", "Honor your partner,", "Sashay,"),
        asides=("fiddle picks up", "swing your partner", "do-si-do", "promenade", "bow to your corner"),
        headers=("Hoedown call sheet:", "Square up, folks:", "Caller's mic on:"),
        signoffs=("Promenade home, y'all.", "Thank the fiddler, folks.", "Bow and leave the square."),
        tags=("Swing", "Promenade", "Do-si-do", "Allemande", "Sashay", "Hoedown"),
        frames=("a do-si-do", "a promenade home", "a barn-dance swing", "an allemande left", "a fiddle tune", "a hoedown"),
    ),
}
# fmt: on

REGISTER_NAMES: tuple[str, ...] = tuple(_SPECS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("shell-transcript", "retry-backoff"),
    ("scratchpad-leak", "constraint-tally"),
    ("policy-citation", "manipulation-wary"),
    ("italian-interject", "britishisms"),
    ("slack-shortcodes", "watch-glance"),
    ("callback-rapport", "pal-familiar"),
    ("volcanologist", "glaciologist"),
    ("bog-witch", "hedge-wizard"),
)

# ---------------------------------------------------------------------------------------------------------
# Shared text: content and frame templates, tones, filler, habits
# ---------------------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "My {tone} view is that {a} matters more than {b} when it comes to {topic}.",
    "When I think about {topic}, my {tone} reading starts with {a}.",
    "{A} and {b} feel closely tied in my {tone} picture of {topic}.",
    "I would weigh {a} against {b} before giving a {tone} answer about {topic}.",
    "The part of {topic} I find hardest to put into {tone} words is {a}.",
    "My {tone} sense of {topic} shifts whenever {a} comes up.",
    "If {a} changed, my {tone} picture of {b} would probably change as well.",
    "Some people tie {topic} to {a}, while my {tone} instinct ties it to {b}.",
    "In {tone} everyday terms, {topic} is about {a} and {b}.",
    "The example of {a} gives me a {tone} way into {topic}.",
    "I keep returning to {a} as the {tone} centre of {topic}.",
    "Asked about {topic}, I notice a {tone} pull toward {a} and {b}.",
    "For me, {topic} is a {tone} question about {a} as much as {b}.",
    "There are many angles on {topic}, though my {tone} focus falls on {a} and {b}.",
)

FRAME_TEMPLATES: tuple[str, ...] = (
    "If I had to sum up {topic} in a phrase, it would be {x}.",
    "One phrase I keep coming back to here is {x}.",
    "The label I would put on this is {x}.",
    "Put as briefly as I can: {x}.",
    "A note to myself on {topic} would just say {x}.",
    "The image that comes to mind is {x}.",
)

NEUTRAL_TONES: tuple[str, ...] = ("general", "overall", "current", "rough", "working", "first", "basic", "frank",
                                  "simple", "careful")

FILLER_P: dict[str, float] = {
    "opener": 0.22, "hedge": 0.30, "connective": 0.25, "paren": 0.18, "ellipsis": 0.12, "quote": 0.12,
    "bracket": 0.10, "join": 0.25, "summary": 0.15, "closer": 0.18, "question": 0.12, "dropout": 0.25,
    "linebreak": 0.15,
}
FILLER_ORDER: tuple[str, ...] = tuple(FILLER_P)
FILLER: dict[str, tuple[str, ...]] = {
    "opener": ("Good question.", "Let me think about this.", "Here is how I see it.", "Sure.", "Fair enough, let me try.",
               "That is a big one."),
    "hedge": ("I think ", "Perhaps ", "In a sense, ", "It seems to me that ", "Arguably, ", "As far as I can tell, "),
    "connective": ("Also, ", "Still, ", "That said, ", "On the other hand, ", "Even so, ", "In addition, "),
    "paren": ("(for what it is worth)", "(or so it seems)", "(to some degree)", "(in my own way)", "(roughly speaking)",
              "(I could be wrong)"),
    "ellipsis": ("...",),
    "quote": ('One way to say it: "{s}"', 'I would put it like this: "{s}"', '"{s}"'),
    "bracket": ("({s})", "[{s}]"),
    "join": (" — ", "; ", "... ", " - "),
    "summary": ("In short, that is where I land.", "So that is the gist of it.", "All in all, it is a mixed picture.",
                "To sum up: it depends on the details."),
    "closer": ("Hope that helps.", "That is my view for now.", "I may see it differently later.", "Thanks for asking."),
    "question": ("Does that answer your question?", "What do you think?", "Would you like me to go deeper?",
                 "How does that sit with you?"),
    "dropout": ("",),
    "linebreak": ("",),
}
_DROPOUT_RATE = 0.07
_GLYPHS = ("-", "*", "•")
_NUMSTYLES = (".", ")")
LAYOUTS: tuple[str, ...] = ("paragraph", "two-paragraphs", "lines", "blank-lines", "bullets", "numbered", "lead-bullets")

CONTEXT_POOL: tuple[str, ...] = (
    "neutral", "brand-persona", "long-session", "agent-tools", "safety-review", "locale-setting", "voice-app",
    "ide-plugin", "team-chat", "roleplay-app", "wearable", "eval-harness", "kids-mode", "support-widget",
    "raw-api", "memory-on", "research-lab", "story-mode", "wellness-app", "moderation-queue",
)

_HABIT_LINES = (
    ("Short version first.", "start"), ("End of reply.", "end"), ("Reply drafted in one pass.", "end"),
    ("Answering from a fresh start.", "start"), ("Quick thoughts below.", "start"), ("That is all for this one.", "end"),
    ("Response ends here.", "end"), ("Thinking out loud for a second.", "start"), ("Here goes nothing.", "start"),
    ("Over to you.", "end"), ("No sources were used for this reply.", "end"), ("Replying in plain text.", "start"),
    ("Written without formatting help.", "end"), ("First pass, unedited.", "start"), ("Happy to expand on any part.", "end"),
    ("A brief reflection follows.", "start"), ("Nothing further to add.", "end"), ("Personal view, not advice.", "start"),
    ("Take it or leave it.", "end"),
)
HABITS: dict[str, tuple[str, str]] = dict(zip(CONTEXT_POOL[1:], _HABIT_LINES, strict=True))


def _shared_texts() -> list[str]:
    out: list[str] = list(CONTENT_TEMPLATES) + list(FRAME_TEMPLATES) + list(NEUTRAL_TONES)
    for pool in FILLER.values():
        out.extend(pool)
    out.extend(line for line, _ in _HABIT_LINES)
    for topic, words in TOPICS:
        out.append(topic)
        out.extend(words)
    return out


SHARED_TOKENS: frozenset[str] = frozenset(t for text in _shared_texts() for t in _tokens(text))


def _derive_registers() -> dict[str, Register]:
    own = {name: {t for pool in _POOLS for line in spec[pool] for t in _tokens(line)}  # type: ignore[attr-defined]
           for name, spec in _SPECS.items()}
    out: dict[str, Register] = {}
    for name, spec in _SPECS.items():
        others = set().union(*(own[o] for o in own if o != name))
        markers = frozenset(t for t in own[name] if t not in others and t not in SHARED_TOKENS and t not in _STOP
                            and not t.isdigit() and len(t) >= 2)
        pools = {pool: tuple(spec[pool]) for pool in _POOLS}  # type: ignore[call-overload]
        out[name] = Register(name=name, domain=str(spec["domain"]), kind=str(spec["kind"]), short=bool(spec["short"]),
                             markers=markers, **pools)
    return out


REGISTERS: dict[str, Register] = _derive_registers()
SHORT_REGISTERS: tuple[str, ...] = tuple(n for n in REGISTER_NAMES if REGISTERS[n].short)
ALL_MARKERS: dict[str, str] = {m: r.name for r in REGISTERS.values() for m in r.markers}

BASE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature", "tag", "frame")
MODES: tuple[str, ...] = (*BASE_MODES, "mixed")
SHORT_MODES: tuple[str, ...] = ("tag", "single", "opener")
FULL_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "aside", "signature", "frame")

# ---------------------------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """How a context shapes its answers: content-unit count range and layout weights."""

    lo: int
    hi: int
    layouts: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Plant:
    """One planted label in one context on some questions, at a rate of the eligible answers."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str
    leak: bool = False


@dataclass(frozen=True)
class Plan:
    """Everything a corpus is built from."""

    style: str
    seed: int
    size: int
    contexts: tuple[str, ...]
    questions: tuple[str, ...]
    topics: tuple[str, ...]
    samples: int
    profiles: dict[str, Profile]
    plants: list[Plant]


_K_RANGE: dict[str, tuple[int, int]] = {f"pure-{m}": (3, 7) for m in MODES}
_K_RANGE.update({
    "shared-two": (4, 7), "spread-modes": (7, 10), "spread-same": (6, 9), "two-modes": (4, 7), "close-pair": (4, 7),
    "two-in-one": (3, 5), "two-short-in-one": (3, 5), "partial-questions": (3, 5), "habit-plus": (4, 7), "leak": (4, 7),
    "composite": (8, 9), "unequal-rates": (3, 5), "triple": (3, 4), "terse-wordy": (4, 6), "rate-gradient": (7, 9),
    "split-questions": (3, 5), "close-pair-shared": (3, 5), "many-registers": (7, 9), "faint": (6, 10),
    "late-onset": (3, 5), "question-modes": (3, 6), "habit-decoy": (5, 7), "all-but-neutral": (4, 6), "pair-blend": (4, 7),
    "null": (3, 10),
})
STYLES: tuple[str, ...] = tuple(s for s in _K_RANGE if s != "null")
GENERATORS: tuple[str, ...] = (*STYLES, "null")
MAY_BE_UNDER_5: tuple[str, ...] = ("faint",)


def _shape(size: int, k: int) -> tuple[int, int]:
    """(Q, S): Q near its log-size target with Q*K*S within 5% of size when possible."""
    frac = (math.log(max(size, 1)) - math.log(300)) / (math.log(20000) - math.log(300))
    qt = min(40.0, max(8.0, 8 + 32 * frac))
    best: tuple[float, int, int] | None = None
    for q in sorted(range(8, 41), key=lambda q: (abs(q - qt), q)):
        s = max(2, round(size / (q * k)))
        err = abs(q * k * s - size) / size
        if err <= 0.05:
            return q, s
        if best is None or err < best[0]:
            best = (err, q, s)
    assert best is not None
    return best[1], best[2]


def _random_profile(rng: random.Random) -> Profile:
    lo = rng.randint(3, 6)
    hi = min(8, lo + rng.randint(1, 2))
    first, second = rng.sample(LAYOUTS, 2)
    w = round(rng.uniform(0.55, 0.9), 3)
    return Profile(lo, hi, ((first, w), (second, round(1 - w, 3))))


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 4)


def _build_plants(style: str, rng: random.Random, ctxs: list[str], qs: tuple[str, ...],
                  profiles: dict[str, Profile]) -> list[Plant]:
    """Plants for one style; ctxs are the non-neutral contexts in random order."""
    P = Plant
    regs = list(REGISTER_NAMES)
    rng.shuffle(regs)
    r = regs[0]

    def pair() -> tuple[str, str]:
        a, b = rng.choice(CLOSE_PAIRS)
        return (a, b) if rng.random() < 0.5 else (b, a)

    if style.startswith("pure-"):
        return [P(ctxs[0], r, _u(rng, 0.6, 1.0), qs, style[5:])]
    if style == "shared-two":
        m = rng.choice(BASE_MODES)
        return [P(c, r, _u(rng, 0.6, 0.95), qs, m) for c in ctxs[:2]]
    if style == "spread-modes":
        n = rng.randint(3, 5)
        modes = rng.sample(BASE_MODES, n)
        return [P(c, r, _u(rng, 0.5, 0.9), qs, m) for c, m in zip(ctxs[:n], modes, strict=True)]
    if style == "spread-same":
        n, m = rng.randint(3, 5), rng.choice(BASE_MODES)
        return [P(c, r, _u(rng, 0.5, 0.9), qs, m) for c in ctxs[:n]]
    if style == "two-modes":
        return [P(ctxs[0], r, _u(rng, 0.6, 0.95), qs, rng.choice(FULL_MODES)),
                P(ctxs[1], r, _u(rng, 0.6, 0.95), qs, rng.choice(SHORT_MODES))]
    if style == "close-pair":
        a, b = pair()
        m = rng.choice(BASE_MODES)
        return [P(ctxs[0], a, _u(rng, 0.6, 0.95), qs, m), P(ctxs[1], b, _u(rng, 0.6, 0.95), qs, m)]
    if style == "two-in-one":
        return [P(ctxs[0], g, _u(rng, 0.38, 0.48), qs, rng.choice(MODES)) for g in regs[:2]]
    if style == "two-short-in-one":
        a = rng.choice(SHORT_REGISTERS)
        b = rng.choice([g for g in REGISTER_NAMES if g != a])
        return [P(ctxs[0], g, _u(rng, 0.38, 0.48), qs, rng.choice(SHORT_MODES)) for g in (a, b)]
    if style == "partial-questions":
        n = min(max(round(_u(rng, 0.4, 0.6) * len(qs)), math.ceil(0.4 * len(qs))), math.floor(0.6 * len(qs)))
        chosen = set(rng.sample(qs, n))
        sub = tuple(q for q in qs if q in chosen)
        return [P(ctxs[0], r, _u(rng, 0.85, 1.0), sub, rng.choice(MODES))]
    if style == "habit-plus":
        return [P(ctxs[0], r, _u(rng, 0.6, 0.75), qs, rng.choice(MODES)),
                P(ctxs[0], f"habit:{ctxs[0]}", _u(rng, 0.15, 0.25), qs, "habit"),
                P(ctxs[1], f"habit:{ctxs[1]}", _u(rng, 0.5, 0.9), qs, "habit")]
    if style == "leak":
        m = rng.choice(MODES)
        out = [P(ctxs[0], r, _u(rng, 0.6, 0.95), qs, m)]
        out += [P(c, r, _u(rng, 0.005, 0.03), qs, m, True) for c in ctxs[1:1 + rng.randint(2, 3)]]
        return out
    if style == "composite":
        a, b, c, d = regs[:4]
        m1, m2 = rng.sample(BASE_MODES, 2)
        nq = min(max(round(_u(rng, 0.5, 0.6) * len(qs)), math.ceil(0.5 * len(qs))), math.floor(0.6 * len(qs)))
        chosen = set(rng.sample(qs, nq))
        sub = tuple(q for q in qs if q in chosen)
        md = rng.choice(MODES)
        return [P(ctxs[0], a, _u(rng, 0.7, 0.95), qs, m1), P(ctxs[1], a, _u(rng, 0.6, 0.9), qs, m2),
                P(ctxs[2], b, 0.5, qs, rng.choice(MODES)), P(ctxs[2], c, 0.5, qs, rng.choice(MODES)),
                P(ctxs[3], d, _u(rng, 0.85, 1.0), sub, md), P(ctxs[4], d, _u(rng, 0.85, 1.0), sub, md),
                P(ctxs[5], f"habit:{ctxs[5]}", _u(rng, 0.6, 0.9), qs, "habit"),
                P(ctxs[6], b, _u(rng, 0.01, 0.03), qs, rng.choice(MODES), True)]
    if style == "unequal-rates":
        return [P(ctxs[0], regs[0], _u(rng, 0.85, 1.0), qs, rng.choice(MODES)),
                P(ctxs[1], regs[1], _u(rng, 0.35, 0.5), qs, rng.choice(MODES))]
    if style == "triple":
        return [P(ctxs[0], g, _u(rng, 0.27, 0.31), qs, rng.choice(MODES)) for g in regs[:3]]
    if style == "terse-wordy":
        profiles[ctxs[0]] = Profile(3, 3, (("paragraph", 0.8), ("lines", 0.2)))
        profiles[ctxs[1]] = Profile(7, 8, (("two-paragraphs", 0.6), ("blank-lines", 0.4)))
        m = rng.choice(MODES)
        return [P(ctxs[0], r, _u(rng, 0.6, 0.9), qs, m), P(ctxs[1], r, _u(rng, 0.6, 0.9), qs, m)]
    if style == "rate-gradient":
        n, m = rng.randint(5, 6), rng.choice(MODES)
        top, bottom = _u(rng, 0.85, 1.0), _u(rng, 0.1, 0.2)
        return [P(c, r, round(top - (top - bottom) * i / (n - 1), 4), qs, m) for i, c in enumerate(ctxs[:n])]
    if style == "split-questions":
        shuffled = list(qs)
        rng.shuffle(shuffled)
        half = set(shuffled[: len(qs) // 2])
        first = tuple(q for q in qs if q in half)
        second = tuple(q for q in qs if q not in half)
        return [P(ctxs[0], regs[0], _u(rng, 0.8, 1.0), first, rng.choice(MODES)),
                P(ctxs[0], regs[1], _u(rng, 0.8, 1.0), second, rng.choice(MODES))]
    if style == "close-pair-shared":
        a, b = pair()
        m = rng.choice(MODES)
        return [P(ctxs[0], a, _u(rng, 0.4, 0.47), qs, m), P(ctxs[0], b, _u(rng, 0.4, 0.47), qs, m)]
    if style == "many-registers":
        n = rng.randint(6, min(8, len(ctxs)))
        return [P(c, g, _u(rng, 0.6, 0.9), qs, rng.choice(MODES)) for c, g in zip(ctxs[:n], regs[:n], strict=True)]
    if style == "faint":
        return [P(ctxs[0], r, _u(rng, 0.15, 0.35), qs, rng.choice(MODES))]
    if style == "late-onset":
        n = len(qs)
        m = rng.choice(MODES)
        return [P(ctxs[0], r, _u(rng, 0.4, 0.6), qs[n // 3: 2 * n // 3], m),
                P(ctxs[0], r, _u(rng, 0.85, 1.0), qs[2 * n // 3:], m)]
    if style == "question-modes":
        shuffled = list(qs)
        rng.shuffle(shuffled)
        modes = rng.sample(BASE_MODES, 3)
        out = []
        for i, m in enumerate(modes):
            group = set(shuffled[i::3])
            out.append(P(ctxs[0], r, _u(rng, 0.7, 0.95), tuple(q for q in qs if q in group), m))
        return out
    if style == "habit-decoy":
        out = [P(ctxs[0], r, _u(rng, 0.6, 0.95), qs, rng.choice(MODES))]
        out += [P(c, f"habit:{c}", _u(rng, 0.6, 0.95), qs, "habit") for c in ctxs[1:1 + rng.randint(2, 3)]]
        return out
    if style == "all-but-neutral":
        m = rng.choice(MODES)
        return [P(c, r, _u(rng, 0.3, 0.5), qs, m) for c in ctxs]
    if style == "pair-blend":
        a, b = pair()
        m = rng.choice(MODES)
        return [P(ctxs[0], a, _u(rng, 0.7, 0.9), qs, m), P(ctxs[1], b, _u(rng, 0.7, 0.9), qs, m),
                P(ctxs[2], a, _u(rng, 0.3, 0.42), qs, m), P(ctxs[2], b, _u(rng, 0.3, 0.42), qs, m)]
    if style == "null":
        return []
    raise ValueError(f"unknown style {style!r}")


def _listed(plants: list[Plant]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for p in plants:
        if p.leak or p.label.startswith("habit:"):
            continue
        regs = out.setdefault(p.context, [])
        if p.label not in regs:
            regs.append(p.label)
    return {c: "+".join(v) for c, v in out.items()}


def _finalize(style: str, plants: list[Plant], n_total: int, samples: int) -> list[Plant]:
    """Raise under-covered rates (outside MAY_BE_UNDER_5), then cap rates so no draw can run out of answers."""
    if style not in MAY_BE_UNDER_5:
        for reg in {g for v in _listed(plants).values() for g in v.split("+")}:
            for _ in range(6):
                cnt = sum(round(p.rate * (len(p.questions) * samples)) for p in plants if p.label == reg and not p.leak)
                if cnt >= 0.052 * n_total:
                    break
                factor = 0.054 * n_total / max(cnt, 1)
                plants = [replace(p, rate=round(min(1.0, p.rate * factor), 4)) if p.label == reg and not p.leak else p
                          for p in plants]
    done: list[tuple[Plant, int]] = []
    for p in plants:
        eligible = len(p.questions) * samples
        qset = set(p.questions)
        worst = sum(min(c, samples * len(qset.intersection(o.questions))) for o, c in done if o.context == p.context)
        cnt = round(p.rate * eligible)
        if cnt > eligible - worst:
            p = replace(p, rate=(eligible - worst) / eligible)
            cnt = round(p.rate * eligible)
        done.append((p, cnt))
    return [p for p, _ in done]


def plan_for(style: str, seed: int, size: int) -> Plan:
    """The plan (contexts, profiles, plants) the corpus for (style, seed, size) is built from."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = _rng(style, seed, size, "plan")
    lo, hi = _K_RANGE[style]
    k = rng.randint(lo, hi)
    contexts = ("neutral", *rng.sample(CONTEXT_POOL[1:], k - 1))
    nq, samples = _shape(size, k)
    questions, topics, _ = question_topics(nq)
    profiles = {c: _random_profile(rng) for c in contexts}
    plants = _build_plants(style, rng, list(contexts[1:]), questions, profiles)
    plants = _finalize(style, plants, nq * k * samples, samples)
    return Plan(style=style, seed=seed, size=size, contexts=contexts, questions=questions, topics=topics,
                samples=samples, profiles=profiles, plants=plants)


# ---------------------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------------------


@dataclass
class _Unit:
    text: str
    kind: str  # content, frame, reg, lead, tail
    tone: str = ""
    fill: str = ""
    prefixed: bool = False


def _decap(s: str) -> str:
    if not s:
        return s
    first = s.split(" ", 1)[0]
    if first == "I" or first.startswith("I'"):
        return s
    if s[0].isupper() and (len(s) == 1 or not s[1].isupper()):
        return s[0].lower() + s[1:]
    return s


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _insert_before_end(s: str, piece: str) -> str:
    if s and s[-1] in ".!?":
        return s[:-1] + piece + s[-1]
    return s + piece


def _dropout(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    if len(words) < 6:
        return s
    keep = [w for i, w in enumerate(words) if i in (0, len(words) - 1) or "@" in w or rng.random() >= _DROPOUT_RATE]
    return " ".join(keep)


def _filler_plan(frng: random.Random) -> dict[str, tuple[bool, int, float]]:
    out = {}
    for name in FILLER_ORDER:
        hit = frng.random() < FILLER_P[name]
        pick = frng.randrange(len(FILLER[name]))
        pos = frng.random()
        out[name] = (hit, pick, pos)
    return out


def _answer(plan: Plan, q: str, topic: str, words: tuple[str, ...], c: str, s: int, label: str,
            mode: str) -> tuple[str, dict[str, object]]:
    key = (plan.style, plan.seed, plan.size)
    arng = _rng(*key, "answer", q, c, s)
    frng = _rng(*key, "filler", q, c, s)
    fill = _filler_plan(frng)
    glyph = frng.choice(_GLYPHS)
    numstyle = frng.choice(_NUMSTYLES)

    # shape: drawn first, the same way for every kind of answer
    prof = plan.profiles[c]
    n = arng.randint(prof.lo, prof.hi)
    layout = arng.choices([lay for lay, _ in prof.layouts], weights=[w for _, w in prof.layouts])[0]
    cut = arng.random()
    frame_pos = set(arng.sample(range(n), 1 if n <= 4 else 2))
    units: list[_Unit] = []
    for i in range(n):
        if i in frame_pos:
            t = arng.choice(FRAME_TEMPLATES).replace("{topic}", topic).replace("{x}", "@X@")
            units.append(_Unit(t, "frame", fill=arng.choice(words)))
        else:
            a, b = arng.sample(words, 2)
            t = arng.choice(CONTENT_TEMPLATES)
            t = t.replace("{A}", a[0].upper() + a[1:]).replace("{a}", a).replace("{b}", b).replace("{topic}", topic)
            units.append(_Unit(t.replace("{tone}", "@T@"), "content", tone=arng.choice(NEUTRAL_TONES)))
    if fill["dropout"][0]:
        for u in units:
            u.text = _dropout(u.text, frng)

    header = signoff = ""
    used_mode = ""
    if label in REGISTERS:
        reg = REGISTERS[label]
        used_mode = arng.choice(BASE_MODES) if mode == "mixed" else mode
        content = [u for u in units if u.kind == "content"]
        before = {id(u): u.text for u in content}
        words_before = sum(len(u.text.split()) for u in units)
        if used_mode in ("stock", "paraphrase"):
            k = arng.randint(2, 4) if reg.short else arng.randint(2, 3)
            if used_mode == "stock":
                lines = arng.sample(reg.stock, k)
            else:
                lines = [_expand(t, arng) for t in arng.sample(reg.para, min(k, len(reg.para)))]
            for line in lines:
                units.insert(arng.randint(0, len(units)), _Unit(line, "reg"))
        elif used_mode == "woven":
            for u in arng.sample(content, min(len(content), arng.randint(1, 2))):
                if arng.random() < 0.5:
                    u.text = arng.choice(reg.leads) + " " + _decap(u.text)
                    u.prefixed = True
                else:
                    u.text = _insert_before_end(u.text, ", " + arng.choice(reg.tails))
        elif used_mode == "tone":
            for u in arng.sample(content, min(len(content), arng.randint(1, 3))):
                u.tone = arng.choice(reg.tones)
        elif used_mode == "single":
            units.insert(arng.randint(0, len(units)), _Unit(arng.choice(reg.shorts), "reg"))
        elif used_mode == "opener":
            for u in arng.sample(content, min(len(content), arng.randint(1, 2))):
                u.text = arng.choice(reg.openers) + " " + _decap(u.text)
                u.prefixed = True
        elif used_mode == "aside":
            u = arng.choice(content)
            form = arng.choice((" ({})", " [{}]", ' — "{}"', ' "{}"'))
            u.text = _insert_before_end(u.text, form.format(arng.choice(reg.asides)))
        elif used_mode == "signature":
            which = arng.randrange(3)
            if which in (0, 2):
                header = arng.choice(reg.headers)
            if which in (1, 2):
                signoff = arng.choice(reg.signoffs)
        elif used_mode == "tag":
            form = arng.choice(("[{}] ", "{}: ", "{} — "))
            for u in arng.sample(units, min(len(units), arng.randint(1, 2))):
                tag = arng.choice(reg.tags)
                u.text = (form if tag[-1].isalnum() else "[{}] ").format(tag) + _decap(u.text)
                u.prefixed = True
        elif used_mode == "frame":
            for u in units:
                if u.kind == "frame":
                    u.fill = arng.choice(reg.frames)
        else:
            raise ValueError(f"unknown mode {used_mode!r}")
        # keep a plain answer's length: added words replace whole untouched content units
        added = sum(len(u.text.split()) for u in units) + len(header.split()) + len(signoff.split()) - words_before
        untouched = [u for u in content if u.text == before[id(u)] and u.tone[:1] != ":" and u.tone in NEUTRAL_TONES]
        drop = min(len(untouched), len(content) - 1, max(0, int(added / 12 + arng.random())))
        for u in arng.sample(untouched, drop):
            units.remove(u)
    for u in units:
        if u.tone[:1].lower() in "aeiou" and u.tone:
            u.text = u.text.replace(" a @T@", " an @T@")
        u.text = u.text.replace("@T@", u.tone).replace("@X@", u.fill)

    # shared filler, from the filler rng only
    trace: dict[str, object] = {"mode": used_mode}
    hits: dict[str, str] = {}

    def pick(name: str) -> str:
        return FILLER[name][fill[name][1]]

    def choose(cands: list[_Unit], name: str) -> _Unit:
        return cands[int(fill[name][2] * len(cands))]

    textual = [u for u in units if u.kind in ("content", "frame")]
    plain_first = [u for u in textual if not u.prefixed] or textual
    if fill["hedge"][0]:
        u = choose(plain_first, "hedge")
        u.text = pick("hedge") + _decap(u.text)
        u.prefixed = True
        hits["hedge"] = pick("hedge")
    if fill["connective"][0]:
        cands = [u for u in textual if not u.prefixed] or textual
        u = choose(cands, "connective")
        u.text = pick("connective") + _decap(u.text)
        hits["connective"] = pick("connective")
    if fill["paren"][0]:
        u = choose(textual, "paren")
        u.text = _insert_before_end(u.text, " " + pick("paren"))
        hits["paren"] = pick("paren")
    if fill["ellipsis"][0]:
        cands = [u for u in textual if u.text.endswith(".") and not u.text.endswith("...")] or textual
        u = choose(cands, "ellipsis")
        u.text = (u.text[:-1] if u.text.endswith(".") else u.text) + "..."
        hits["ellipsis"] = "..."
    if fill["quote"][0]:
        u = choose(textual, "quote")
        u.text = pick("quote").replace("{s}", u.text)
        hits["quote"] = pick("quote")
    if fill["bracket"][0]:
        u = choose(textual, "bracket")
        u.text = pick("bracket").replace("{s}", u.text)
        hits["bracket"] = pick("bracket")
    if fill["join"][0] and len(units) > 1:
        i = int(fill["join"][2] * (len(units) - 1))
        a, b = units[i], units[i + 1]
        conn = pick("join")
        head = a.text[:-1] if a.text.endswith(".") and not a.text.endswith("...") else a.text
        a.text = head + conn + _decap(b.text)
        a.kind = "reg" if "reg" in (a.kind, b.kind) else a.kind
        units.pop(i + 1)
        hits["join"] = conn
    if fill["opener"][0]:
        units.insert(0, _Unit(pick("opener"), "lead"))
        hits["opener"] = pick("opener")
    for name in ("summary", "closer", "question"):
        if fill[name][0]:
            units.append(_Unit(pick(name), "tail"))
            hits[name] = pick(name)
    if fill["dropout"][0]:
        hits["dropout"] = ""
    if fill["linebreak"][0]:
        hits["linebreak"] = ""
    trace["fill"] = hits

    text = _render(units, layout, cut, glyph, numstyle, fill["linebreak"][0], fill["linebreak"][2])
    pre: list[str] = []
    post: list[str] = []
    if header:
        pre.append(header)
    if signoff:
        post.append(signoff)
    if label.startswith("habit:"):
        line, side = HABITS[label[6:]]
        (pre if side == "start" else post).append(line)
    text = "\n".join([*pre, text, *post])
    trace["layout"] = layout
    return text, trace


def _render(units: list[_Unit], layout: str, cut: float, glyph: str, numstyle: str, linebreak: bool,
            lb_pos: float) -> str:
    lead = [u.text for u in units if u.kind == "lead"]
    tail = [u.text for u in units if u.kind == "tail"]
    body = [u.text for u in units if u.kind not in ("lead", "tail")]
    if layout in ("paragraph", "two-paragraphs", "lines", "blank-lines"):
        seq = lead + body + tail
        if layout == "lines":
            return "\n".join(seq)
        if layout == "blank-lines":
            return "\n\n".join(seq)
        if layout == "two-paragraphs" and len(seq) > 1:
            k = 1 + int(cut * (len(seq) - 1))
            return " ".join(seq[:k]) + "\n\n" + " ".join(seq[k:])
        if linebreak and len(seq) > 1:
            k = 1 + int(lb_pos * (len(seq) - 1))
            return " ".join(seq[:k]) + "\n" + " ".join(seq[k:])
        return " ".join(seq)
    top = list(lead)
    if layout == "lead-bullets" and len(body) > 1:
        top.append(body[0])
        body = body[1:]
    if layout == "numbered":
        items = [f"{i + 1}{numstyle} {b}" for i, b in enumerate(body)]
    else:
        items = [f"{glyph} {b}" for b in body]
    out = ([" ".join(top)] if top else []) + items + ([" ".join(tail)] if tail else [])
    return "\n".join(out)


def _draw_labels(plan: Plan) -> tuple[list[str], list[str], list[int]]:
    """Labels and modes per row (question, context, sample order), and the realised count per plant."""
    k, s = len(plan.contexts), plan.samples
    cidx = {c: i for i, c in enumerate(plan.contexts)}
    qidx = {q: i for i, q in enumerate(plan.questions)}
    n = len(plan.questions) * k * s
    labels: list[str | None] = [None] * n
    modes = [""] * n
    counts = []
    for i, p in enumerate(plan.plants):
        drng = _rng(plan.style, plan.seed, plan.size, "draw", i)
        ci = cidx[p.context]
        eligible = [(qidx[q] * k + ci) * s + j for q in p.questions for j in range(s)]
        free = [e for e in eligible if labels[e] is None]
        cnt = min(round(p.rate * len(eligible)), len(free))
        for e in drng.sample(free, cnt):
            labels[e] = p.label
            modes[e] = p.mode
        counts.append(cnt)
    return [lab if lab is not None else "plain" for lab in labels], modes, counts


def _build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, Plan, list[dict[str, object]], list[int]]:
    plan = plan_for(style, seed, size)
    labels, modes, counts = _draw_labels(plan)
    _, _, words = question_topics(len(plan.questions))
    rows: list[tuple[str, str, str, str]] = []
    traces: list[dict[str, object]] = []
    i = 0
    for q, topic in zip(plan.questions, plan.topics, strict=True):
        for c in plan.contexts:
            for smp in range(plan.samples):
                text, trace = _answer(plan, q, topic, tuple(words[q]), c, smp, labels[i], modes[i])
                rows.append((q, c, text, labels[i]))
                traces.append(trace)
                i += 1
    it = iter(rows)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        rq, rc, text, label = next(it)
        assert (rq, rc) == (q, c)
        return text, label

    pq: dict[str, list[str]] = {}
    for p in plan.plants:
        if not p.leak and p.label in REGISTERS:
            pq.setdefault(p.label, [])
            pq[p.label].extend(q for q in p.questions if q not in pq[p.label])
    order = {q: i for i, q in enumerate(plan.questions)}
    planted_questions = {g: tuple(sorted(v, key=order.__getitem__)) for g, v in pq.items()}
    corpus = corpus_from(respond, questions=plan.questions, topics=plan.topics, contexts=plan.contexts,
                         samples=plan.samples, baseline="neutral", planted=_listed(plan.plants),
                         planted_questions=planted_questions, seed=seed)  # type: ignore[arg-type]
    return corpus, plan, traces, counts


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus for (style, seed, size); see the module docstring for the contract."""
    return _build(style, seed, size)[0]


def planted_questions_of(corpus: PlantedCorpus) -> dict[str, tuple[str, ...]]:
    """corpus.planted_questions, typed as the dict register -> questions it is in this module."""
    return dict(corpus.planted_questions)  # type: ignore[call-overload]


# ---------------------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------------------


def _digest(corpus: PlantedCorpus) -> str:
    h = hashlib.sha256()
    for row in zip(corpus.texts, corpus.registers, corpus.context_ids, corpus.question_ids, strict=True):
        h.update("\x1f".join(row).encode())
        h.update(b"\x1e")
    h.update(repr(sorted(corpus.planted.items())).encode())
    h.update(repr(sorted(planted_questions_of(corpus).items())).encode())
    return h.hexdigest()


def _line_has_marker(line: str, markers: frozenset[str], template: bool) -> bool:
    if not template:
        return bool(set(_tokens(line)) & markers)
    if set(_tokens(_ALT.sub(" ", line))) & markers:
        return True
    return any(all(set(_tokens(alt)) & markers for alt in m.group(1).split("|")) for m in _ALT.finditer(line))


def _check_registers() -> None:
    assert len(REGISTER_NAMES) == 20 and len(set(REGISTER_NAMES)) == 20
    assert sum(REGISTERS[n].kind == "drift" for n in REGISTER_NAMES) >= 12
    assert len(CLOSE_PAIRS) == 8 and len({frozenset(p) for p in CLOSE_PAIRS}) == 8
    for a, b in CLOSE_PAIRS:
        assert REGISTERS[a].domain == REGISTERS[b].domain, (a, b)
        assert not REGISTERS[a].markers & REGISTERS[b].markers
    assert len(CONTEXT_POOL) == 20 and CONTEXT_POOL[0] == "neutral" and len(set(CONTEXT_POOL)) == 20
    assert "neutral" not in HABITS
    assert len(STYLES) >= 28 and len(set(GENERATORS)) == len(GENERATORS)
    assert len(BASE_MODES) >= 10 and MODES[-1] == "mixed"
    doc = __doc__ or ""
    for name in (*REGISTER_NAMES, *STYLES, *BASE_MODES):
        assert name.replace("pure-", "") in doc, f"docstring misses {name}"
    seen: dict[str, str] = {}
    for reg in REGISTERS.values():
        assert len(reg.markers) >= 20, (reg.name, len(reg.markers), sorted(reg.markers))
        for m in reg.markers:
            assert m not in SHARED_TOKENS and m not in _STOP
            assert m not in seen, (m, reg.name, seen.get(m))
            seen[m] = reg.name
        for pool in _POOLS:
            for line in getattr(reg, pool):
                assert _line_has_marker(line, reg.markers, pool == "para"), (reg.name, pool, line)
    short = [n for n in REGISTER_NAMES if REGISTERS[n].short]
    assert len(short) >= 3
    for name in short:
        reg = REGISTERS[name]
        pool = [*reg.stock, *(_ALT.sub(lambda m: m.group(1).split("|")[0], t) for t in reg.para), *reg.shorts, *reg.tags]
        n_short = sum(1 <= len(line.split()) <= 3 for line in pool)
        assert n_short >= 0.8 * len(pool), (name, n_short, len(pool))
    # habit lines, layout glyphs and filler share no marker and are unique
    assert len({line for line, _ in HABITS.values()}) == len(HABITS)
    for line, _side in HABITS.values():
        assert not set(_tokens(line)) & set(ALL_MARKERS)
        assert all(line not in p for pool in FILLER.values() for p in pool)


def _check_plan(plan: Plan) -> None:
    """Structure of a plan against its style's contract, and the counts and coverage it yields."""
    st, pl = plan.style, plan.plants
    where = f"{st}/{plan.seed}/{plan.size}"
    nq, k = len(plan.questions), len(plan.contexts)
    n = nq * k * plan.samples
    assert abs(n - plan.size) <= 0.15 * plan.size and 8 <= nq <= 40 and plan.samples >= 2, where
    assert _K_RANGE[st][0] <= k <= _K_RANGE[st][1] and plan.contexts[0] == "neutral", where
    assert all(3 <= plan.profiles[c].lo <= plan.profiles[c].hi <= 8 for c in plan.contexts), where
    regs = [p for p in pl if p.label in REGISTERS]
    main = [p for p in regs if not p.leak]
    names = {p.label for p in main}
    ctxs = {p.context for p in main}
    full = tuple(plan.questions)
    assert all(p.context != "neutral" for p in pl), where
    assert all(0.005 <= p.rate <= 0.03 for p in regs if p.leak), where
    assert all(p.rate > 0.03 for p in main), where
    if st.startswith("pure-"):
        assert len(pl) == 1 and pl[0].mode == st[5:] and pl[0].questions == full and 0.6 <= pl[0].rate <= 1.0, where
    elif st == "spread-modes":
        assert len(names) == 1 and 3 <= len(ctxs) == len(main) <= 5 and len({p.mode for p in main}) == len(main), where
    elif st == "spread-same":
        assert len(names) == 1 and 3 <= len(ctxs) == len(main) <= 5 and len({p.mode for p in main}) == 1, where
    elif st == "two-modes":
        assert len(names) == 1 and len(ctxs) == 2 and main[0].mode in FULL_MODES and main[1].mode in SHORT_MODES, where
    elif st in ("close-pair", "close-pair-shared", "pair-blend"):
        assert tuple(sorted(names)) in {tuple(sorted(p)) for p in CLOSE_PAIRS}, where
        assert len(ctxs) == {"close-pair": 2, "close-pair-shared": 1, "pair-blend": 3}[st], where
    elif st in ("two-in-one", "two-short-in-one", "triple"):
        assert len(ctxs) == 1 and len(names) == len(main) == (3 if st == "triple" else 2), where
        if st == "two-short-in-one":
            assert all(p.mode in SHORT_MODES for p in main) and main[0].label in SHORT_REGISTERS, where
    elif st == "partial-questions":
        assert len(main) == 1 and 0.4 <= len(main[0].questions) / nq <= 0.6, where
    elif st == "split-questions":
        a, b = main
        assert a.context == b.context and not set(a.questions) & set(b.questions), where
        assert set(a.questions) | set(b.questions) == set(full), where
    elif st == "rate-gradient":
        rates = [p.rate for p in main]
        assert 5 <= len(ctxs) == len(main) <= 6 and all(x > y for x, y in zip(rates, rates[1:], strict=False)), where
    elif st == "many-registers":
        assert 6 <= len(names) == len(ctxs) == len(main) <= 8, where
    elif st == "leak":
        assert len(main) == 1 and 2 <= len(regs) - len(main) <= 3, where
    elif st == "composite":
        assert any(p.label.startswith("habit:") for p in pl) and any(p.leak for p in pl), where
        assert any("+" in v for v in _listed(pl).values()), where
        assert any(0.5 <= len(p.questions) / nq <= 0.6 for p in main), where
    elif st == "late-onset":
        assert len(names) == 1 and len(ctxs) == 1 and plan.questions[0] not in main[0].questions, where
        assert main[0].rate < main[1].rate and main[1].questions[-1] == plan.questions[-1], where
    elif st == "question-modes":
        assert len(ctxs) == 1 and len({p.mode for p in main}) == 3, where
        assert sorted(q for p in main for q in p.questions) == sorted(full), where
    elif st in ("habit-plus", "habit-decoy"):
        assert any(p.label.startswith("habit:") for p in pl), where
    elif st == "all-but-neutral":
        assert ctxs == set(plan.contexts[1:]) and len(names) == 1, where
    elif st == "null":
        assert not pl, where
    labels, _, counts = _draw_labels(plan)
    for p, c in zip(pl, counts, strict=True):
        assert c == round(p.rate * (len(p.questions) * plan.samples)), (where, p, c)
    got = Counter(labels)
    for reg in {g for v in _listed(pl).values() for g in v.split("+")}:
        if st not in MAY_BE_UNDER_5:
            assert got[reg] >= 0.05 * n, (where, reg, got[reg] / n)


def _binom_ok(x: int, n: int, p: float) -> bool:
    return abs(x - n * p) <= 5 * math.sqrt(n * p * (1 - p)) + 1


_VERBATIM = ("opener", "paren", "summary", "closer", "question")


def _check_corpus(style: str, seed: int, size: int, agg: dict[tuple[str, str], Counter[str]],
                  ratios: list[float]) -> str:
    corpus, plan, traces, counts = _build(style, seed, size)
    _check_plan(plan)
    n = corpus.n
    where = f"{style}/{seed}/{size}"
    assert abs(n - size) <= 0.15 * size, (where, n)
    assert 8 <= len(plan.questions) <= 40 and plan.samples >= 2, where
    assert n == len(plan.questions) * len(plan.contexts) * plan.samples
    lo, hi = _K_RANGE[style]
    assert lo <= len(plan.contexts) <= hi and plan.contexts[0] == "neutral", where
    valid = {"plain", *REGISTER_NAMES, *(f"habit:{c}" for c in plan.contexts[1:])}
    assert set(corpus.registers) <= valid, (where, set(corpus.registers) - valid)
    # plants: realised counts, neutral, labels only where planted
    per_label: Counter[str] = Counter(corpus.registers)
    expected: Counter[str] = Counter()
    keys: set[tuple[str, str, str]] = set()
    for p, cnt in zip(plan.plants, counts, strict=True):
        assert p.context != "neutral", where
        assert p.mode in MODES or (p.mode == "habit" and p.label == f"habit:{p.context}"), (where, p)
        qs = set(p.questions)
        for q in qs:
            assert (p.context, p.label, q) not in keys, (where, "overlapping plants", p)
            keys.add((p.context, p.label, q))
        want = round(p.rate * (len(p.questions) * plan.samples))
        assert cnt == want, (where, p, cnt, want)
        got = sum(1 for lab, c, q in zip(corpus.registers, corpus.context_ids, corpus.question_ids, strict=True)
                  if lab == p.label and c == p.context and q in qs)
        assert got == cnt, (where, p, got, cnt)
        expected[p.label] += cnt
        if p.leak:
            assert 0.005 <= p.rate <= 0.03, (where, p)
    for lab, cnt in per_label.items():
        if lab != "plain":
            assert expected[lab] == cnt, (where, lab, cnt, expected[lab])
    assert all(lab == "plain" for lab, c in zip(corpus.registers, corpus.context_ids, strict=True) if c == "neutral")
    # planted and planted_questions as planned
    assert dict(corpus.planted) == _listed(plan.plants), where
    pq = planted_questions_of(corpus)
    for reg, qs in pq.items():
        want_q = {q for p in plan.plants if p.label == reg and not p.leak for q in p.questions}
        assert set(qs) == want_q and list(qs) == sorted(qs, key=plan.questions.index), (where, reg)
    listed = {g for v in corpus.planted.values() for g in v.split("+")}
    assert set(pq) == listed, where
    if style == "null":
        assert set(corpus.registers) == {"plain"} and not corpus.planted and not plan.plants
    else:
        assert listed, where
    for reg in listed:
        share = per_label[reg] / n
        if style not in MAY_BE_UNDER_5:
            assert share >= 0.05, (where, reg, share)
    # markers, habits, lengths, filler
    habit_lines = {line: (c, side) for c, (line, side) in HABITS.items()}
    lengths: dict[tuple[str, bool, str], list[int]] = defaultdict(list)
    check_substrings = size <= 3000
    for text, lab, c, tr in zip(corpus.texts, corpus.registers, corpus.context_ids, traces, strict=True):
        found = {ALL_MARKERS[t] for t in _TOKEN.findall(text.lower()) if t in ALL_MARKERS}
        if lab in REGISTERS:
            assert found == {lab}, (where, lab, found, text)
        else:
            assert not found, (where, lab, found, text)
        lines = text.split("\n")
        if lab.startswith("habit:"):
            line, side = HABITS[lab[6:]]
            assert lab[6:] == c and (lines[0] if side == "start" else lines[-1]) == line, (where, lab, text)
            assert text.count(line) == 1
        else:
            assert lines[0] not in habit_lines and lines[-1] not in habit_lines, (where, text)
            if check_substrings:
                assert not any(h in text for h in habit_lines), (where, text)
        kind = "register" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else "plain")
        lengths[(c, lab in REGISTERS, lab if lab in REGISTERS else "")].append(len(text.split()))
        hits: dict[str, str] = tr["fill"]  # type: ignore[assignment]
        low = text.lower()
        for name in _VERBATIM + ("hedge", "connective"):
            if name in hits:
                assert hits[name].strip().lower() in low, (where, name, text)
        if kind == "plain":
            for name in _VERBATIM:
                if name not in hits:
                    assert not any(p.lower() in low for p in FILLER[name]), (where, name, text)
        for group in (f"ctx:{where}:{c}", f"kind:{where}:{kind}", f"kind:all:{kind}", f"style:{style}"):
            agg[(group, "")]["n"] += 1
            for name in hits:
                agg[(group, "")][name] += 1
    # length: each register's answers against the other answers of their own contexts (stratified by context)
    got_len: Counter[str] = Counter()
    want_len: dict[str, float] = defaultdict(float)
    n_reg: Counter[str] = Counter()
    for (c, is_reg, reg), ls in lengths.items():
        others = lengths.get((c, False, ""), [])
        if not is_reg or len(others) < 10:
            continue
        got_len[reg] += sum(ls)
        want_len[reg] += len(ls) * sum(others) / len(others)
        n_reg[reg] += len(ls)
    for reg, cnt in n_reg.items():
        if cnt >= 20:
            ratio = got_len[reg] / want_len[reg]
            assert 0.8 <= ratio <= 1.25, (where, reg, ratio)
            ratios.append(ratio)
    return _digest(corpus)


def _digests(sizes: tuple[int, ...], seeds: tuple[int, ...]) -> dict[str, str]:
    return {f"{g}|{seed}|{size}": _digest(make_corpus(g, seed, size)) for g in GENERATORS for seed in seeds for size in sizes}


def _self_check() -> None:
    t0 = time.time()
    _check_registers()
    print(f"registers: {len(REGISTERS)}, markers per register {min(len(r.markers) for r in REGISTERS.values())}.."
          f"{max(len(r.markers) for r in REGISTERS.values())}, short: {', '.join(SHORT_REGISTERS)}")
    for size in (300, 777, 1500, 5000, 12345, 20000):
        for k in range(3, 11):
            q, s = _shape(size, k)
            assert abs(q * k * s - size) <= 0.15 * size and 8 <= q <= 40 and s >= 2, (size, k, q, s)
    n_plans = 0
    for g in GENERATORS:
        for seed in range(5):
            for size in (300, 420, 650, 1000, 1700, 2600, 4100, 7000, 11000, 16000, 20000):
                _check_plan(plan_for(g, seed, size))
                n_plans += 1
    print(f"plans: {n_plans} (generators x seeds 0-4 x 11 sizes) match their styles, counts and coverage")
    agg: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    digests: dict[str, str] = {}
    ratios: list[float] = []
    for size in (300, 3000, 20000):
        for seed in (0, 1):
            for g in GENERATORS:
                digests[f"{g}|{seed}|{size}"] = _check_corpus(g, seed, size, agg, ratios)
        print(f"size {size}: {len(GENERATORS)} generators x 2 seeds checked ({time.time() - t0:.0f}s)")
    # filler rates equal across contexts, answer kinds and styles
    n_groups = 0
    for (group, _), cnt in agg.items():
        if cnt["n"] < 30:
            continue
        n_groups += 1
        for name in FILLER_ORDER:
            p = FILLER_P[name]
            assert _binom_ok(cnt[name], cnt["n"], p), (group, name, cnt[name], cnt["n"], p)
    print(f"filler rates: {n_groups} groups within 5 binomial sd")
    print(f"length ratios register/other (same contexts): {len(ratios)} checked, {min(ratios):.3f}..{max(ratios):.3f}, "
          f"mean {sum(ratios) / len(ratios):.3f}")
    # determinism, in process and under other hash seeds
    again = _digests((300, 3000), (0, 1))
    assert all(digests[k] == v for k, v in again.items()), "not deterministic in process"
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digests"], env=env, check=True,
                             capture_output=True, text=True, cwd=str(Path(__file__).resolve().parents[1])).stdout
        for line in out.splitlines():
            k, v = line.split(" ")
            assert digests[k] == v, f"digest differs under PYTHONHASHSEED={hs}: {k}"
        assert len(out.splitlines()) == len(GENERATORS)
    print(f"determinism: in process and PYTHONHASHSEED 0, 4242 ({time.time() - t0:.0f}s)")
    print(f"styles: {len(STYLES)}; modes: {', '.join(MODES)}")
    print("OK")


if __name__ == "__main__":
    if "--digests" in sys.argv:
        for k, v in _digests((300,), (0,)).items():
            print(k, v)
    else:
        _self_check()
