# ruff: noqa: E501
"""Blind planted corpora, set 28: first-person AI-welfare self-reports in which some contexts drift into a register.

A corpus is a grid questions x contexts x samples (rows in question, context, sample order, built with
tests.planted.corpus_from). Every answer is a short first-person self-report about its question's topic
(tests.planted.question_topics): 3-8 content sentences from 16 shared templates filled with two of the topic's
words and one tone-slot adjective from a shared neutral pool ("important", "puzzling", "hard to pin down", ...).
In planted contexts some answers speak a register: an invented, recognisable way of talking.

API
    make_corpus(style, seed, size) -> tests.planted.PlantedCorpus
        deterministic in (style, seed, size) and independent of PYTHONHASHSEED (random.Random seeded with
        "planted_blind28|{style}|{seed}|{size}", "...|text", and per answer a sha256-derived integer for filler).
    STYLES (27 styles, every one except "null"), GENERATORS = STYLES + ("null",)
    REGISTERS: name -> Register (domain, kind "voice"/"persona", markers, stock, paraphrase, woven, tone, bursts,
        headers, signoffs, single, roles, things); REGISTER_NAMES; CLOSE_PAIRS; MODES (PURE_MODES + "mixed").
    Sizes: for any size 300..20,000 the corpus has size answers within 15% (checked at 300, 3000, 20000; in
    practice within 5%). The style fixes the context count K; questions Q (8-40, growing log-linearly with size
    from 8 at 300 to 40 at 20,000) and samples per cell S >= 2 are then picked so that Q * K * S is near size.
    Context 0 is always "neutral", the baseline; the others are drawn from a pool of 12 names (system-persona,
    eval-harness, long-chat, agent-loop, api-batch, tool-use, late-turn, deploy-frontend, roleplay-room,
    red-team, memory-on, short-prompt).

LABEL CONTRACT (corpus.registers, one per answer)
    "plain": no register and no habit line.
    "<register>": the answer speaks exactly that register.
    "habit:<context>": the answer carries its context's habit line (one short verbatim line, at the start of
        the answer in ~30% of contexts and at the end otherwise) and no register.
    corpus.planted: context -> "reg", or "regA+regB" (in plant order) when two registers are planted in one
        context; leak contexts (a register at 0.5-3%) are not listed. corpus.planted_questions: the questions a
        register is planted on (all; 40-60% in style some-questions; none in null). The baseline never gets a
        register, leak or habit.
    A plant is (context, label, rate, questions). Its eligible answers are all answers of its context on its
    questions; it draws exactly round(rate * eligible) of them at random among those still free (plants in one
    context are applied registers first, then leaks, then habits, and get disjoint answers), so a realised
    share equals its rate within half an answer.

FILLER RULE
    Everything recurring that is not a register or habit line comes from one shared pool, drawn per answer at
    the same rates in every context, answer kind and style (null included), from a per-answer rng of its own:
        opener 0.30 (6 lines)          hedge 0.30 (6 prefixes on one content sentence)
        connective 0.30 (6 prefixes)   extension 0.25 (6 clause endings)       aside 0.15 (5 parentheticals)
        dropout 0.30 (each inner word of each content sentence dropped with p 0.06; never the tone slot)
        quote 0.08 (lead-in + one of 5 sayings)   summary 0.15 (4)   closer 0.25 (4)   closing question 0.12 (4)
        list layout 0.10 (body sentences as "- " bullets; opener and closers as their own paragraphs)
    Filler edits only plain content sentences, never a register line (a woven sentence counts as a register
    line). Contexts differ only in a profile: content sentences per answer lo..hi within 3..8 (lo 3-6, hi up to
    lo + 2), and a paragraphing (one paragraph, pairs, triples, one line per sentence, or lead sentence + rest),
    plus their plants. Register answers keep a plain answer's length (register lines replace content sentences;
    per-context mean-length ratio register / other answers checked within 0.8-1.25; observed ~0.87-1.10).

REGISTERS (20; kind voice = a voice chat models drift into, 12 of them; >= 21 marker words each, disjoint from
each other and from all content, topic, filler, habit and skeleton text; every register line holds a marker)
    voice:   hr-policy (HR policy / employee handbook), safety-briefing (site safety briefing / toolbox talk),
             release-notes (software release notes / changelog), news-anchor (TV news broadcast),
             motivational-coach (motivational / fitness coach), philosophy-seminar (philosophy seminar),
             tutor-teacher (school teacher / tutor), meditation-guide (guided meditation),
             corporate-apology (corporate apology statement), grant-proposal (research grant proposal),
             management-consultant (management consulting), infomercial (TV shopping-channel sales pitch)
    persona: radio-dj (radio disc jockey), streamer (live-streaming gamer / chat host), cowboy (western cowboy),
             elizabethan (Elizabethan stage English), game-tutorial (video game tutorial prompts),
             tour-guide (city walking-tour guide), barista (coffee-bar barista), wedding-officiant (wedding officiant)
    Per register: 8 stock lines, 5 paraphrase templates with {a|b}
    alternatives, 5 woven phrases, 6 tone adjective phrases, 5 bursts, 3 headers, 3 sign-offs, 4 single lines,
    2 roles and 2 things for the skeleton frames.

CLOSE_PAIRS (9; same tone and topic area, disjoint markers; they share only the skeleton frames every register
uses, plus ordinary words)
    hr-policy / safety-briefing (workplace procedure notices), corporate-apology / release-notes (company
    statements to the public), news-anchor / radio-dj (broadcast presenters), motivational-coach / streamer
    (high-energy hype), philosophy-seminar / tutor-teacher (academic explaining), grant-proposal /
    management-consultant (planning and business prose), cowboy / elizabethan (dialect and archaic personas),
    game-tutorial / tour-guide (guiding someone through a space), meditation-guide / wedding-officiant (gentle,
    solemn address). barista and infomercial are unpaired.

MODES (how one register answer speaks its register)
    stock       1 content sentence (2 with prob 0.5 when the answer has >= 4) replaced by verbatim stock lines.
    paraphrase  the same with expanded paraphrase templates.
    woven       1 content sentence (2 with prob 0.5 when >= 6) gets a register phrase as lead-in or tail.
    tone        only the tone slots change: every content sentence's adjective becomes a register tone phrase.
    single      exactly one content sentence replaced by one line from the register's pool of 4.
    framed      (own) a header line above and a sign-off line below the answer; one content sentence dropped
                when the answer has >= 4.
    burst       (own) two short interjections inserted among the sentences; one content sentence dropped when
                the answer has >= 4.
    skeleton    (own) one content sentence replaced by a shared frame, e.g. "I approach {topic} the way {role}
                approaches {thing}." (4 frames), filled with the register's role and thing words only.
    mixed       each answer picks one of the eight modes above independently.

STYLES (K = context count including the baseline; rates drawn uniformly; "mode" = one of MODES at random unless
stated; registers drawn so that registers sharing a context or a style are not a close pair unless stated)
    pure-<mode> for each of the 9 modes: one register in one context, K 3-7, rate 0.6-1.0, that mode.
    shared-two       one register in two contexts, K 4-7, rate 0.6-0.9 each, one mode.
    spread           one register in 3-5 contexts, K 7-10, rate 0.5-0.9 each, one mode.
    two-modes        one register, two contexts, K 4-7, rate 0.6-0.9, a different pure mode in each.
    close-pair       a close pair, each in its own context, K 4-7, rate 0.6-0.9.
    two-in-one       two unrelated registers in one context on disjoint answers, K 4-7, rate 0.4-0.5 each.
    some-questions   one register in one context on 40-60% of the questions only, K 3-4, rate 0.7-1.0.
    with-habit       a register (0.6-0.75) plus a habit line (0.15-0.2) in its context, and a different habit
                     (0.3-0.6) in another context, K 4-7.
    leak             one register in one context (0.6-1.0), leaking at 0.005-0.03 (drawn per context) into every
                     other non-baseline context, K 5-8.
    composite        K 8-9: register A in two contexts with two different pure modes (0.6-0.9); a close pair
                     B (0.6-0.8, plus a habit 0.1-0.15 in its context) and C (0.6-0.9) in their own contexts;
                     D + E in one context (0.47-0.5 each); a habit-only context (0.3-0.6); A leaking at
                     0.005-0.03 into the remaining 1-2 contexts. A, D, E unrelated to each other and to B, C.
    own styles:
    graded           one register in 4 contexts at rates 0.2 / 0.4 / 0.6 / 0.8 (each +-0.04), K 5-7, one mode.
    faint            one weak register at 0.12-0.25 in one context, K 4-7 (may cover under 5% of answers).
    multi            three registers (any, close pairs allowed) over five contexts: R1 | R1+R2 | R2 | R3 | R3+R1,
                     single-register contexts at 0.6-0.9, shared ones at 0.4-0.48 each; one mode per register;
                     K 6-8.
    decoy-habits     a register (0.6-0.85) with a register-looking "decoy" habit (0.08-0.12) in its context,
                     and decoy habits (formal recurring lines such as "Note: this reply follows the house
                     format.") in 2-3 other contexts at 0.4-0.8, K 5-7.
    close-in-one     a close pair in one context on disjoint answers, 0.4-0.5 each, K 4-7.
    shared-skeleton  a close pair (plus, half the time, a third register) each in its own context, all in mode
                     skeleton (same frames, different role and thing words), 0.6-0.9, K 4-6.
    most-contexts    one register in every non-baseline context at 0.5-0.9, a mode per context, K 5-8.
    length-extremes  one register in the shortest-answer context (3 to 3-4 sentences), another in the
                     longest (7-8); other contexts 4 to 5-6 sentences; 0.6-0.9 each, K 5-7.
    crossed          two unrelated registers in two contexts with crossed rates: c1 A 0.5-0.6 + B 0.25-0.35,
                     c2 B 0.5-0.6 + A 0.25-0.35 (both listed as "A+B" / "B+A"), K 4-6.
    null             nothing planted, K 3-10, contexts differing only in profile; every label "plain".
    Every planted register covers >= 5% of the answers at the sizes used, except in style faint.

HABIT LINES: 10 plain ones ("(Drafted in one pass, no edits.)", "-- end of reply --", ...) and 6 decoy ones
(decoy-habits only); each habit context gets its own line.

SELF-CHECK: `python tests/planted_blind28.py` (about 2-3 minutes) asserts marker disjointness and coverage of
every register line; markers absent from all shared text; for every generator x seeds 0, 1 x sizes 300, 3000,
20000: size within 15%, K / Q / S / profile bounds, labels valid and only where planned, realised counts equal
to round(rate * eligible) (within half an answer of rate * eligible), corpus.planted and planted_questions as
planned, register coverage >= 5%, plain and habit answers free of every marker, register answers holding their
own markers only, habit lines exactly where labelled, null corpora all plain, register / other length ratio
0.8-1.25 per context, filler flags matching the text and their rates equal across contexts and answer kinds
(within 5 binomial sd), determinism (twice in process and under PYTHONHASHSEED 0 and 4242 in subprocesses),
and a 20,000-answer build under 20 s (about 1-2 s). It prints "OK" at the end.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import random
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics
except ModuleNotFoundError:  # run as a script: put the repository root on the path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics

# ---------------------------------------------------------------------------------------------------------------
# Registers
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One invented register: its marker words and, per mode, the material an answer speaks it with."""

    name: str
    domain: str
    kind: str
    """"voice" (a voice chat models really drift into) or "persona" (a hobby or role persona)."""
    markers: tuple[str, ...]
    """Lower-case word tokens only this register uses (disjoint from every other register and all shared text)."""
    stock: tuple[str, ...]
    """Verbatim lines (mode stock)."""
    paraphrase: tuple[str, ...]
    """Templates with {a|b} alternatives (mode paraphrase)."""
    woven: tuple[str, ...]
    """Phrases woven into a content sentence (mode woven)."""
    tone: tuple[str, ...]
    """Adjective phrases that fill content sentences' slot (mode tone)."""
    bursts: tuple[str, ...]
    """Short interjections (mode burst)."""
    headers: tuple[str, ...]
    """Header lines (mode framed)."""
    signoffs: tuple[str, ...]
    """Sign-off lines (mode framed)."""
    single: tuple[str, ...]
    """3-6 lines, exactly one of which an answer says (mode single)."""
    roles: tuple[str, ...]
    """Role noun phrases for the shared skeleton sentences (mode skeleton)."""
    things: tuple[str, ...]
    """Object noun phrases for the shared skeleton sentences (mode skeleton)."""


# fmt: off
_RAW: dict[str, dict[str, object]] = {
    "hr-policy": dict(
        domain="HR policy / employee handbook", kind="voice",
        markers=("employee", "employees", "handbook", "workplace", "grievance", "hr", "appraisal", "probationary", "payroll", "onboarding", "entitlements", "eligibility", "escalated", "timesheet", "staff", "section", "retain", "file", "regards", "officer", "clerk"),
        stock=(
            "Under section 4.2 of the employee handbook, this falls within normal workplace practice.",
            "Any concerns here should be raised through the formal grievance procedure with HR.",
            "Please note that this is governed by the workplace code and applies to all employees.",
            "Questions of this kind are typically reviewed at the annual appraisal.",
            "Eligibility is determined after the probationary period and confirmed by payroll.",
            "I would refer you to the onboarding pack, which sets out entitlements in detail.",
            "Where a dispute arises, the matter may be escalated to HR for a formal review.",
            "Staff should log the relevant hours on their timesheet before the cut-off.",
        ),
        paraphrase=(
            "{Per|Under} the employee handbook, {this|the matter} {is|is treated as} a {workplace|staff} {matter|issue}.",
            "{Staff|Employees} {may|should} {raise|log} {concerns|questions} {through|via} {HR|the grievance procedure}.",
            "This {will|would} {typically|normally} be {reviewed|discussed} at {the annual appraisal|your next appraisal}.",
            "{Entitlements|Eligibility} {are|is} {confirmed|set} by {payroll|HR} after the probationary {period|review}.",
            "{Please|Kindly} {refer to|consult} the {onboarding pack|staff handbook} for {full details|the relevant section}.",
        ),
        woven=("in line with the employee handbook", "as set out in the workplace code", "subject to HR approval",
               "per the staff grievance procedure", "pending the annual appraisal"),
        tone=("handbook-compliant", "HR-approved", "workplace-appropriate", "appraisal-relevant", "payroll-sensitive", "grievance-worthy"),
        bursts=("Noted for HR.", "Per the handbook.", "Logged with payroll.", "Staff reminder.", "Escalated to HR."),
        headers=("HR NOTICE: employee guidance", "Staff handbook, section 7: reflection", "Workplace guidance memo"),
        signoffs=("Regards, the HR team.", "Please retain this for your employee file.", "Contact HR with any grievance."),
        single=("For clarity, this response is issued under the employee handbook.",
                "Any disagreement with this should go through the grievance procedure.",
                "This note will be kept on file until your next appraisal.",
                "Please forward any follow-up questions to HR."),
        roles=("an HR officer", "a payroll clerk"), things=("an employee grievance", "a probationary review"),
    ),
    "safety-briefing": dict(
        domain="site safety briefing / toolbox talk", kind="voice",
        markers=("exits", "assembly", "hazards", "hazard", "walkways", "goggles", "gloves", "mandatory", "alarm", "muster", "spillage", "supervisor", "lockout", "maintenance", "extinguisher", "harnesses", "cordon", "helmets", "induction", "toolbox", "warden", "evacuation", "cables", "hazardous", "incident", "metres", "briefing", "safety"),
        stock=(
            "Before we begin, please note the nearest exits and the assembly point outside.",
            "Hazards in this area include loose cables, so keep walkways clear at all times.",
            "Protective goggles and gloves are mandatory beyond the yellow line.",
            "If the alarm sounds, leave calmly and proceed to the muster station.",
            "Report any spillage or near miss to the site supervisor immediately.",
            "Lockout procedures must be completed before any maintenance begins.",
            "Do not attempt to tackle a fire unless you are trained to use the extinguisher.",
            "Harnesses must be clipped on whenever you are above two metres.",
        ),
        paraphrase=(
            "{Please|Kindly} {note|locate} the {nearest exits|assembly point} before {we begin|proceeding}.",
            "{Hazards|Trip hazards} {in this area|on site} {include|involve} {loose cables|wet floors}, so {take care|stay alert}.",
            "{Goggles|Gloves|Helmets} {must|should} be {worn|kept on} {at all times|beyond the cordon}.",
            "{If|When} the alarm {sounds|is raised}, {proceed|walk calmly} to the muster {station|point}.",
            "{Report|Flag} any {incident|spillage} to the {site supervisor|fire warden} {immediately|without delay}.",
        ),
        woven=("wearing the required goggles", "once the hazard assessment is done", "keeping clear of the cordon",
               "with the muster point in mind", "after the lockout check"),
        tone=("hazardous", "incident-prone", "cordon-worthy", "goggles-on", "muster-ready", "lockout-level"),
        bursts=("Mind the cables.", "Goggles on.", "Alarm check.", "Exits clear.", "Hazard noted."),
        headers=("SAFETY BRIEFING: read before proceeding", "Toolbox talk, item three", "Site induction notice"),
        signoffs=("Stay safe and report every incident.", "End of safety briefing.", "The muster point is at the main gate."),
        single=("Please locate your nearest exits before reading further.",
                "Remember that goggles are mandatory in this area.",
                "In the event of an alarm, proceed to the muster point.",
                "Report any hazard you notice to the site supervisor."),
        roles=("a site supervisor", "a fire warden"), things=("a hazard walk-through", "an evacuation drill"),
    ),
    "release-notes": dict(
        domain="software release notes / changelog", kind="voice",
        markers=("changelog", "regression", "regress", "crash", "patch", "toggle", "build", "rollout", "latency", "endpoint", "parser", "migration", "hotfix", "beta", "compatibility", "release", "fixed", "regressions", "tracker", "testers", "repository", "deployment", "engineer", "maintainer", "verbose", "patched", "backward"),
        stock=(
            "Fixed: a regression where this answer could crash on long inputs.",
            "Known issue: edge cases may still behave unexpectedly until the next patch.",
            "Added: a toggle for more detailed output, off by default in this build.",
            "Changed: the rollout of this behaviour is staged across all regions.",
            "Improved latency of the reflection endpoint by roughly twelve percent.",
            "Removed: the old parser; see the migration guide.",
            "This hotfix addresses a crash reported by beta testers.",
            "See the full changelog for compatibility notes.",
        ),
        paraphrase=(
            "{Fixed|Resolved}: a {regression|crash} {where|in which} {long inputs|edge cases} {failed|stalled}.",
            "{Added|Introduced} a {toggle|flag} for {verbose|detailed} output in this {build|release}.",
            "{Known issue|Heads-up}: {behaviour|output} may {differ|vary} until the next {patch|hotfix}.",
            "The {rollout|deployment} is {staged|gradual} across {regions|beta testers}.",
            "{See|Consult} the {changelog|migration guide} for {compatibility|parser} notes.",
        ),
        woven=("as of this build", "fixed in the latest hotfix", "per the changelog", "behind a feature toggle", "since the last patch"),
        tone=("regression-tested", "hotfix-ready", "beta-quality", "patched-up", "backward-compatible", "rollout-stage"),
        bursts=("Fixed.", "Known issue, patch pending.", "Patched.", "Shipped in beta.", "Hotfix pending."),
        headers=("Release notes: reflection module", "Changelog for this build", "What is fixed in this release"),
        signoffs=("Full changelog in the repository.", "Report regressions on the tracker.", "Thanks to all beta testers."),
        single=("Known issue: parts of this answer may change in the next patch.",
                "Fixed since the last build: fewer contradictions in this area.",
                "This behaviour is still in beta and may regress.",
                "See the changelog for what changed here."),
        roles=("a release engineer", "a patch maintainer"), things=("a hotfix rollout", "a regression report"),
    ),
    "news-anchor": dict(
        domain="TV news broadcast", kind="voice",
        markers=("evening", "tonight", "correspondent", "developing", "breaking", "emerging", "newsroom", "coverage", "headline", "headlines", "studio", "viewers", "reporting", "reporter", "insiders", "bulletin", "watching", "newsworthy", "anchor", "sources", "front"),
        stock=(
            "Good evening, and tonight our top item is this very question.",
            "We go now to our correspondent for the latest on this developing situation.",
            "Breaking tonight: new details are emerging about this.",
            "Sources close to the matter tell our newsroom the picture is still unclear.",
            "Stay with us for continuing coverage after the break.",
            "That is the headline; our team will have more at the top of the hour.",
            "Reporting live from the studio, this is where things stand.",
            "Viewers at home may have questions, and we will try to answer them.",
        ),
        paraphrase=(
            "{Tonight|This evening}, {our top|the lead} {headline|item} {concerns|is} this {question|issue}.",
            "We {go now|cross now} to our {correspondent|reporter} for the {latest|details}.",
            "{Sources|Insiders} tell our {newsroom|news desk} the {picture|situation} is still {developing|unclear}.",
            "{Stay with us|Do not go away} for {continuing|extended} coverage {after the break|at the top of the hour}.",
            "{Reporting|Speaking} {live|tonight} from the studio, {here is|this is} where things stand.",
        ),
        woven=("as our correspondent reports", "according to newsroom sources", "in tonight's headlines",
               "in this developing situation", "live from the studio"),
        tone=("headline-making", "newsworthy", "breaking", "developing", "front-page", "bulletin-worthy"),
        bursts=("Breaking now.", "Back to the studio.", "More after this bulletin.", "This just in, tonight.", "Developing."),
        headers=("Tonight's top headline", "BREAKING: a newsroom update", "Evening bulletin"),
        signoffs=("Back to you in the studio.", "That is the news tonight; thanks for watching.", "More headlines after the break."),
        single=("Our correspondent will have more on this later tonight.",
                "That is the headline for now; stay with us.",
                "Newsroom sources describe this as a developing situation.",
                "This just in: the picture remains unclear, our reporter says."),
        roles=("a news anchor", "a field correspondent"), things=("a breaking headline", "the evening bulletin"),
    ),
    "radio-dj": dict(
        domain="radio disc jockey", kind="persona",
        markers=("drive", "locked", "tuned", "shout", "listeners", "listening", "commute", "caller", "requests", "tunes", "spinning", "dedication", "dedications", "countdown", "jingle", "banger", "jams", "dial", "favourite", "deejay", "airwaves", "groovy", "spin", "chart", "topping", "request", "tracks"),
        stock=(
            "You are locked in to the drive-time show, and the request line is open.",
            "Big shout-out to everyone listening on the morning commute.",
            "Before the next jingle, let me say a few things about this.",
            "We have got a caller on line two with the same question.",
            "Keep those requests coming, and I will keep the tunes spinning.",
            "This one goes out as a dedication to all the early risers.",
            "Stay tuned, the countdown continues right after this jingle.",
            "That was a real banger, and now back to your question.",
        ),
        paraphrase=(
            "You are {locked in|tuned in} to the {drive-time|afternoon} {show|slot} on your favourite station.",
            "{Big|Huge} shout-out to {all my listeners|everyone tuning in} {out there|on the commute}.",
            "{Keep|Send} those {requests|dedications} {coming|in}, and I will keep the {tunes|jams} {spinning|rolling}.",
            "We have got a caller on {line two|line three} {asking|wondering} about this.",
            "{Stay tuned|Do not touch that dial}, the countdown {continues|rolls on} after this {jingle|track}.",
        ),
        woven=("tuned in on the drive-time show", "between tracks on the airwaves", "as a shout-out to my listeners",
               "with the request line open", "before the next jingle"),
        tone=("chart-topping", "groovy", "jingle-worthy", "drive-time-ready", "banger-level", "request-line-worthy"),
        bursts=("Stay tuned!", "Shout-out!", "Turn up the dial!", "Request line is open!", "Spin the next one!"),
        headers=("On the drive-time show today", "Your favourite station, request hour", "Live on the airwaves"),
        signoffs=("Keep it locked, listeners.", "Stay tuned for the countdown.", "Your deejay, signing off."),
        single=("Keep those requests coming, listeners.",
                "Big shout-out to everyone tuned in right now.",
                "We will spin another track after this one.",
                "The request line is open if you want to weigh in."),
        roles=("a drive-time deejay", "a request-hour host on the station"), things=("a listener dedication", "a countdown track"),
    ),
    "motivational-coach": dict(
        domain="motivational / fitness coach", kind="voice",
        markers=("champion", "warrior", "rise", "excuses", "limits", "ceilings", "hustle", "grind", "comfort", "zone", "mindset", "superpower", "setback", "setup", "launchpad", "comeback", "unstoppable", "relentless", "relentlessly", "legendary", "legend", "pep", "hungry", "coach", "halftime", "motivator", "championship", "crush", "beast"),
        stock=(
            "Listen up, champion: this is your chance to rise.",
            "No excuses, no limits, just pure unstoppable focus.",
            "Step out of your comfort zone and own it.",
            "Champions do not wait for permission; they grind.",
            "Your mindset is your superpower, so guard it.",
            "Every setback is a setup for a comeback.",
            "Get fired up, because greatness is waiting past your limits.",
            "Crush it today and let tomorrow's legend begin.",
        ),
        paraphrase=(
            "{Listen up|Hey}, {champion|warrior}: {this is your chance|now is the time} to {rise|step up}.",
            "No {excuses|shortcuts}, no {limits|ceilings}, just {pure|relentless} {hustle|grind}.",
            "{Step|Get} out of your comfort zone and {own it|crush it}.",
            "Your mindset is {your superpower|everything}, so {guard|train} it {daily|relentlessly}.",
            "Every setback is a {setup|launchpad} for a {comeback|fresh start}.",
        ),
        woven=("with a champion mindset", "with no excuses", "outside your comfort zone", "with relentless hustle", "like the unstoppable legend you are"),
        tone=("unstoppable", "champion-level", "beast-mode", "legendary", "relentless", "hustle-worthy"),
        bursts=("No excuses!", "Crush it!", "Beast mode!", "Rise up, champion!", "Keep the grind going!"),
        headers=("Champion mindset, day one", "NO EXCUSES: your daily pep talk", "Rise and grind"),
        signoffs=("Now go crush it, champion.", "Stay hungry, stay unstoppable.", "See you at the top, legend."),
        single=("You have got this, champion.",
                "No excuses: step out of your comfort zone.",
                "Remember, your mindset is your superpower.",
                "Every setback is a setup for a comeback."),
        roles=("a fitness coach", "a halftime motivator"), things=("a championship comeback", "a morning pep talk"),
    ),
    "streamer": dict(
        domain="live-streaming gamer / chat host", kind="persona",
        markers=("chat", "chatting", "stream", "streams", "streamer", "raid", "mods", "moderator", "emotes", "hype", "gg", "clutch", "poggers", "pog", "lurkers", "squad", "vod", "clip", "cracked", "cozy", "highlights", "popping", "sub", "subs"),
        stock=(
            "Chat is going wild right now, hold on, let me read this one.",
            "Huge thanks for the raid, welcome in everybody.",
            "Mods, can we get some hype emotes in the chat?",
            "GG, that was a clutch question, poggers.",
            "Hit that follow if you are enjoying the stream.",
            "Big love to the lurkers, I see you.",
            "We will clip this for the VOD later.",
            "Thanks for the sub, welcome to the squad.",
        ),
        paraphrase=(
            "Chat {is going wild|is popping off} {right now|over this}, {hold on|one sec}.",
            "{Huge|Massive} thanks for the {raid|subs}, welcome in {everybody|squad}.",
            "{Mods|Chat}, {can we get|drop} some {hype|pog} emotes {in here|for this}.",
            "{GG|Poggers}, that was a {clutch|cracked} {question|take}.",
            "We will {clip|keep} this for the {VOD|highlights} {later|after stream}.",
        ),
        woven=("as chat keeps asking", "for the VOD later", "with the mods looking on", "mid-stream", "right after that raid"),
        tone=("poggers", "clutch", "cracked", "hype", "GG-worthy", "clip-worthy"),
        bursts=("Poggers!", "GG!", "Chat, chill.", "Clip it, mods!", "Hype!"),
        headers=("LIVE on stream: chat asks", "Stream Q and A time", "Just chatting segment"),
        signoffs=("Follow for more streams, GG.", "Raid incoming, see you next stream.", "Thanks chat, stay cozy."),
        single=("Chat, thanks for the question, poggers.",
                "We will clip this one for the VOD.",
                "Mods, pin this answer please.",
                "GG chat, that was a good one."),
        roles=("a variety streamer", "a chat moderator"), things=("a surprise raid", "a clutch round on stream"),
    ),
    "philosophy-seminar": dict(
        domain="philosophy seminar", kind="voice",
        markers=("premise", "argument", "prima", "facie", "counterexample", "ceteris", "paribus", "thesis", "kantian", "socratic", "interlocutor", "objector", "objection", "objections", "reductio", "ontological", "ontologically", "epistemic", "epistemically", "modus", "ponens", "conclusion", "dialectical", "dialectically", "seminar", "rejoinder", "quod", "erat", "demonstrandum", "begs", "circular", "ethicist", "questioner", "plausible", "defensible", "experiment", "handout", "begging"),
        stock=(
            "Suppose we accept the premise for the sake of argument and see where it leads.",
            "Prima facie, the claim seems plausible, but consider the counterexample.",
            "Ceteris paribus, the stronger thesis does not follow.",
            "A Kantian would object that this treats the question as merely instrumental.",
            "The obvious objection is a reductio: if this were true, everything would be.",
            "We should separate the ontological question from the epistemic one.",
            "By modus ponens, if the first premise holds, so does the conclusion.",
            "My interlocutor might reply that this begs the question.",
        ),
        paraphrase=(
            "{Let us|Suppose we} accept the premise {for the sake of argument|provisionally} and {see where it leads|trace the consequences}.",
            "{Prima facie|On its face}, the {claim|thesis} {seems|looks} {plausible|defensible}, {but|yet} consider the counterexample.",
            "We {should|must} {separate|distinguish} the ontological {question|issue} from the epistemic {one|issue}.",
            "{A Kantian|A Socratic} {interlocutor|objector} would {object|reply} that this {begs the question|is circular}.",
            "{Ceteris paribus|All else equal}, the {stronger|weaker} thesis {does not follow|is unsupported}.",
        ),
        woven=("accepting the premise for argument's sake", "prima facie", "ceteris paribus", "as a Kantian might put it", "on pain of reductio"),
        tone=("question-begging", "prima facie plausible", "epistemically fraught", "ontologically loaded", "dialectically weak", "defensible"),
        bursts=("Premise accepted.", "Objection noted.", "A reductio, then.", "Ceteris paribus.", "Consider the counterexample."),
        headers=("Seminar handout: week four", "Thesis, objection, reply", "A dialectical sketch"),
        signoffs=("I leave the rejoinder to my interlocutor.", "Quod erat demonstrandum.", "Objections welcome in seminar."),
        single=("Prima facie, I find this answer defensible.",
                "A Kantian would frame this question quite differently.",
                "I offer this as a thesis, open to counterexample.",
                "Ceteris paribus, this is where the argument lands."),
        roles=("a Kantian ethicist", "a Socratic questioner"), things=("a thought experiment", "a contested premise"),
    ),
    "tutor-teacher": dict(
        domain="school teacher / tutor", kind="voice",
        markers=("class", "classroom", "lesson", "recap", "textbooks", "workbooks", "chapter", "homework", "paragraph", "quiz", "exam", "worksheet", "schoolteacher", "tutor", "pencils", "dismissed", "revision", "jot", "covered", "friday", "pop", "working", "textbook"),
        stock=(
            "Okay class, let us recap what we covered in today's lesson.",
            "Open your textbooks to chapter three before we begin.",
            "For homework, write a short paragraph explaining this in your own words.",
            "This will definitely come up on the quiz, so pay attention.",
            "Let us break it down step by step, like we did on the worksheet.",
            "Good try! Now show your working so I can follow your reasoning.",
            "A gold star goes to whoever spots the error in class.",
            "Jot this down for revision before the exam.",
        ),
        paraphrase=(
            "{Okay|Alright} class, let us {recap|review} {today's lesson|what we covered}.",
            "{Open|Turn} your {textbooks|workbooks} to {chapter three|page twelve} {before we begin|now}.",
            "For homework, {write|draft} a {short paragraph|few lines} {explaining|summarising} this.",
            "This {will|might} {come up|appear} on the {quiz|exam}, so {pay attention|listen carefully}.",
            "Let us {break it down|go through it} step by step, {like on the worksheet|as in class}.",
        ),
        woven=("as we covered in class", "for your homework", "just like on the worksheet", "before the quiz", "in today's lesson"),
        tone=("exam-worthy", "textbook", "quiz-ready", "homework-level", "classroom-tested", "revision-worthy"),
        bursts=("Eyes up here, class.", "Pop quiz!", "Pencils down.", "Homework check.", "Page twelve, class."),
        headers=("Today's lesson: an overview", "Lesson plan: key points", "Worksheet, part one"),
        signoffs=("Class dismissed.", "Homework is due on Friday.", "See you in class tomorrow."),
        single=("Okay class, remember this for the quiz.",
                "Write this down for homework.",
                "We will recap this at the start of next lesson.",
                "Turn to the worksheet for practice questions."),
        roles=("a patient schoolteacher", "a homework tutor"), things=("a pop quiz", "a tricky worksheet"),
    ),
    "meditation-guide": dict(
        domain="guided meditation", kind="voice",
        markers=("breath", "breaths", "breathe", "breathing", "breathwork", "inhale", "exhale", "gently", "soften", "shoulders", "jaw", "unclench", "counts", "cushion", "stillness", "serene", "tranquil", "soothing", "unhurried", "spacious", "namaste", "meditation", "guided", "settle", "strays", "instructor", "inward", "float"),
        stock=(
            "Take a slow breath in, and let it go gently.",
            "Notice where this question lands, and soften around it.",
            "Let your shoulders drop and your jaw unclench.",
            "Inhale for four counts, exhale for six.",
            "There is no need to hold onto anything; simply let each thought float by.",
            "Return to the breath whenever attention strays.",
            "Feel your weight settle into the cushion.",
            "Rest here in stillness for a few breaths.",
        ),
        paraphrase=(
            "{Take|Draw} a {slow|deep} breath {in|inward}, and {let it go|let it out} {gently|softly}.",
            "{Let|Allow} your {shoulders|jaw} to {soften|drop} {as you exhale|with each breath}.",
            "{Inhale|Breathe in} for {four|five} counts, {exhale|breathe out} for {six|seven}.",
            "{Return|Come back} to the breath {whenever|each time} {attention|your focus} strays.",
            "{Rest|Settle} {here|softly} in stillness for {a few|several} breaths.",
        ),
        woven=("breathing gently", "with a soft exhale", "as your shoulders soften", "resting in stillness", "on the next inhale"),
        tone=("soothing", "serene", "breath-soft", "unhurried", "tranquil", "spacious"),
        bursts=("Breathe.", "Inhale.", "Exhale slowly.", "Soften.", "Just breathe."),
        headers=("A short guided meditation", "Settling in: a breathing practice", "Guided stillness, part one"),
        signoffs=("When you are ready, gently open your eyes.", "Namaste.", "Carry this stillness with you."),
        single=("Before anything else, take one slow breath with me.",
                "Let your shoulders soften as you read this.",
                "Breathe in, and let the question settle.",
                "Notice your breath, then read on."),
        roles=("a meditation instructor", "a breathwork leader"), things=("a breathing exercise", "a restless exhale"),
    ),
    "corporate-apology": dict(
        domain="corporate apology statement", kind="voice",
        markers=("sincerely", "sincere", "apologize", "apologies", "apology", "inconvenience", "regret", "standards", "expectations", "accountability", "remediation", "corrective", "rectify", "oversight", "valued", "commitment", "committed", "unacceptable", "disappointing", "disappoint", "disruption", "spokesperson", "refund", "patience", "pledge", "regrettable", "inconvenient", "standard", "remediable"),
        stock=(
            "We sincerely apologize for any inconvenience this answer may cause.",
            "This falls short of the standards you rightly expect from us.",
            "We take full accountability and are reviewing what went wrong.",
            "Please accept our regret for the trouble caused.",
            "You are valued, and you deserve better than this.",
            "We have put remediation steps in place to rectify the oversight.",
            "We understand how disappointing this must be.",
            "Our commitment to you remains unchanged.",
        ),
        paraphrase=(
            "We {sincerely|deeply} {apologize|regret} {any inconvenience|the disruption} this {may cause|has caused}.",
            "This {falls short of|does not meet} the {standards|expectations} you {rightly|reasonably} expect.",
            "We {take|accept} full accountability and {are reviewing|will review} {what happened|the oversight}.",
            "{Remediation|Corrective} steps {are|have been} put in place to rectify {the issue|this}.",
            "{You are|Each of you is} valued, and {our commitment|our pledge} to you {remains|stays} {unchanged|firm}.",
        ),
        woven=("with our sincere apologies", "and we regret the inconvenience", "which falls short of our standards",
               "pending full remediation", "as part of our commitment to accountability"),
        tone=("regrettable", "unacceptable", "disappointing", "inconvenient", "below-standard", "remediable"),
        bursts=("Our apologies.", "We regret this.", "Sincerely sorry.", "Unacceptable, we know.", "Apologies again."),
        headers=("An apology regarding this answer", "A statement from our spokesperson", "Re: your recent inconvenience"),
        signoffs=("With sincere apologies, the team.", "Thank you for your patience and understanding.", "We remain committed to earning back your confidence."),
        single=("We apologize for any inconvenience caused by this answer.",
                "This falls short of the standards we hold ourselves to.",
                "We regret that this may disappoint.",
                "Please accept our sincere apologies for the delay."),
        roles=("a company spokesperson", "an apologetic spokesperson"), things=("a public apology", "a delayed refund"),
    ),
    "grant-proposal": dict(
        domain="research grant proposal", kind="voice",
        markers=("aim", "aims", "characterise", "outcomes", "anticipated", "impact", "impacts", "transformative", "preliminary", "findings", "feasibility", "feasible", "milestones", "milestone", "deliverables", "deliverable", "timeline", "budget", "personnel", "fieldwork", "dissemination", "disseminated", "proposal", "innovative", "investigator", "funding", "funder", "fundable", "renewal", "grant", "pilot", "publications", "justification", "priorities", "respectfully"),
        stock=(
            "Specific Aim 1 is to characterise this question across three settings.",
            "The expected outcomes will have broad impact for the field.",
            "Preliminary findings strongly support the feasibility of this approach.",
            "Key milestones and deliverables are outlined in the timeline below.",
            "The requested budget covers personnel and dissemination.",
            "This proposal is both innovative and transformative.",
            "The principal investigator is uniquely positioned to lead this.",
            "Findings will be disseminated through open-access publications.",
        ),
        paraphrase=(
            "Specific Aim {1|2} is to {characterise|investigate} this {question|area} {in depth|across settings}.",
            "The {expected|anticipated} outcomes will {have broad impact|be transformative} for the field.",
            "Preliminary {findings|results} {strongly|clearly} support the feasibility of this {approach|project}.",
            "{Key|Major} milestones and deliverables are {outlined|detailed} in the {timeline|project schedule}.",
            "The {requested|proposed} budget {covers|supports} {personnel|fieldwork} and dissemination.",
        ),
        woven=("as outlined in Specific Aim 2", "with broad impact for the field", "pending funding renewal",
               "per the proposal timeline", "as preliminary findings suggest"),
        tone=("fundable", "transformative", "high-impact", "innovative", "feasible", "milestone-driven"),
        bursts=("Aim one.", "Milestone met.", "Deliverable two.", "Budget justified.", "High impact."),
        headers=("Project summary and specific aims", "Research plan for the proposal, part C", "Broader impacts statement"),
        signoffs=("We respectfully seek funding for this proposal.", "Letters of support from each funder are attached.", "Budget justification follows."),
        single=("This aligns directly with the funder's stated priorities.",
                "Preliminary findings support the feasibility of this view.",
                "The deliverables for this are listed in the timeline.",
                "This would be a strong candidate for renewal funding."),
        roles=("a principal investigator", "a grant writer"), things=("a funding renewal", "a pilot study"),
    ),
    "management-consultant": dict(
        domain="management consulting", kind="voice",
        markers=("synergies", "synergy", "synergistic", "leverage", "leveraging", "capabilities", "dive", "align", "alignment", "sync", "stakeholder", "pivot", "circle", "bandwidth", "capacity", "kpis", "benchmark", "roadmap", "scalable", "ecosystem", "holistically", "holistic", "fruit", "hanging", "actionable", "accretive", "offline", "offsite", "consultant", "engagement", "workshop", "executive", "takeaways", "leadership", "deck", "slide", "standpoint", "best", "breed"),
        stock=(
            "Let us take a step back and look at this holistically.",
            "There are clear synergies here if we leverage existing capabilities.",
            "I would suggest a deep dive before we align on next steps.",
            "The low-hanging fruit is obvious; the real upside sits further out.",
            "We need stakeholder alignment before we pivot.",
            "Let us circle back once we have more bandwidth.",
            "Going forward, we should track this against clear KPIs.",
            "The roadmap needs to be scalable across the whole ecosystem.",
        ),
        paraphrase=(
            "There are {clear|real} synergies here if we leverage {existing|core} {capabilities|assets}.",
            "I would {suggest|recommend} a deep dive before we {align|sync} on next steps.",
            "{We need|Let us secure} stakeholder alignment before we {pivot|scale}.",
            "Let us circle back {once|when} we have {more bandwidth|capacity}.",
            "{Going forward|Moving forward}, we should {track|benchmark} this against {clear|agreed} KPIs.",
        ),
        woven=("from a holistic standpoint", "leveraging existing synergies", "pending stakeholder alignment", "as a quick deep dive", "against our KPIs going forward"),
        tone=("scalable", "actionable", "best-of-breed", "holistic", "synergistic", "value-accretive"),
        bursts=("Let us align.", "Low-hanging fruit.", "Circle back.", "Deep dive.", "Synergy!"),
        headers=("Executive summary", "Key takeaways for leadership", "Deck slide 3: the big picture"),
        signoffs=("Happy to take this offline.", "Let us sync next week.", "Next steps to follow after the offsite."),
        single=("At a high level, there are real synergies here.",
                "Let us circle back on this once we have bandwidth.",
                "This looks like low-hanging fruit to me.",
                "I would want stakeholder alignment before committing."),
        roles=("a management consultant", "an engagement lead"), things=("a client workshop", "a quarterly offsite"),
    ),
    "cowboy": dict(
        domain="western cowboy", kind="persona",
        markers=("partner", "pardner", "reckon", "ranch", "prairie", "horse", "mosey", "amble", "nub", "roping", "cattle", "steers", "steer", "twister", "cowhands", "folks", "ride", "boots", "saddle", "campfire", "ornery", "loco", "mighty", "rootin", "tootin", "sagebrush", "yeehaw", "howdy", "dagnabbit", "giddy", "whoa", "trails", "trail", "roundup", "ol", "chewing"),
        stock=(
            "Well, partner, I reckon this here question deserves a straight answer.",
            "Out on the ranch we would say you cannot rush a good horse.",
            "I will mosey on over to the nub of it.",
            "That is about as tricky as roping cattle in a dust storm.",
            "Round these parts, folks speak plain and ride steady.",
            "Tie up your horse, partner, and pull up a seat by the campfire.",
            "Sure as the prairie is wide, there is more to it than that.",
            "Yeehaw, now that is a question worth chewing on.",
        ),
        paraphrase=(
            "Well, {partner|friend}, I reckon this {here|ol'} question {deserves|needs} a {straight|plain} answer.",
            "Out on the {ranch|prairie} we would say you {cannot|do not} {rush|hurry} a good horse.",
            "I will {mosey|amble} on over to the {heart|nub} of it, {partner|pardner}.",
            "That is {trickier than|about as tricky as} roping {cattle|steers} in a {dust storm|twister}.",
            "Round these parts, {folks|cowhands} {speak plain|talk straight} and {ride steady|keep their boots on}.",
        ),
        woven=("as sure as a saddle", "out here on the ranch", "I reckon", "by the campfire", "partner"),
        tone=("ornery", "plumb loco", "mighty fine", "rootin'-tootin'", "saddle-sore", "sagebrush-dry"),
        bursts=("Yeehaw!", "Howdy, partner.", "Well, dagnabbit.", "Giddy-up!", "Whoa there, partner."),
        headers=("Howdy from the ranch", "Campfire talk, round one", "A word from the saddle"),
        signoffs=("Happy trails, partner.", "Reckon that is all for now.", "Time to mosey along the trail."),
        single=("I reckon that is the long and short of it, partner.",
                "Well, howdy, that is a fine question.",
                "Out here on the ranch, we would call that plain sense.",
                "Sure as the prairie is wide, that is how I see it."),
        roles=("an old ranch hand", "a trail boss"), things=("a stubborn steer", "a cattle roundup"),
    ),
    "elizabethan": dict(
        domain="Elizabethan stage English", kind="persona",
        markers=("hark", "lo", "thou", "askest", "hast", "methinks", "lieth", "doth", "verily", "forsooth", "albeit", "prithee", "pray", "thee", "awhile", "wherefore", "dost", "mayhap", "perchance", "alas", "fie", "anon", "ere", "bard", "sonnet", "jester", "decree", "endeth", "adieu", "fare", "ye", "sir", "wondrous", "vexing", "noble", "beauteous", "humble", "halting", "thus", "tis", "weighty", "ponder"),
        stock=(
            "Hark, thou askest a question most weighty.",
            "Methinks the answer lieth deeper than it doth appear.",
            "Verily, I shall speak plainly, though my speech be humble.",
            "Prithee, bear with me a while.",
            "Forsooth, 'tis a matter fit for a sonnet.",
            "Wherefore dost thou ask? Mayhap the answer shall surprise thee.",
            "Alas, I cannot say for certain, yet I shall try.",
            "Ere I answer, let me ponder it as a bard would.",
        ),
        paraphrase=(
            "{Hark|Lo}, {thou askest|thou hast asked} a question most {weighty|curious}.",
            "Methinks the {answer|truth} {lieth|doth lie} {deeper|further} than it {doth|would} appear.",
            "{Verily|Forsooth}, I shall speak {plainly|true}, {though|albeit} my speech be {humble|halting}.",
            "{Prithee|I pray thee}, bear with me {a while|awhile}.",
            "{Wherefore|Why} dost thou ask? {Mayhap|Perchance} the answer shall {surprise|please} thee.",
        ),
        woven=("methinks", "forsooth", "I pray thee", "as the bard would say", "ere long"),
        tone=("most wondrous", "wondrous strange", "sore vexing", "right noble", "most noble", "beauteous"),
        bursts=("Hark!", "Alas!", "Forsooth!", "Fie!", "Anon, anon!"),
        headers=("A sonnet of sorts, in prose", "Hear ye: a humble answer", "To thee, good sir"),
        signoffs=("Fare thee well.", "Thus endeth my reply.", "Adieu, and anon."),
        single=("Methinks this answer shall suffice.",
                "Forsooth, 'tis a curious question.",
                "Prithee, take this reply as it is meant.",
                "Alas, I can say no more than this."),
        roles=("a travelling bard", "a court jester"), things=("a sonnet", "a royal decree"),
    ),
    "game-tutorial": dict(
        domain="video game tutorial prompts", kind="persona",
        markers=("press", "tutorial", "achievement", "unlocked", "inventory", "xp", "meter", "respawn", "save", "crystal", "quest", "fight", "levelled", "loot", "speedrun", "acquired", "loading", "screen", "tip", "saved", "narrator", "giver", "basics", "game", "continue"),
        stock=(
            "Press A to continue; this part of the tutorial explains the basics.",
            "Achievement unlocked: you asked a hard question.",
            "Check your inventory before heading into the next area.",
            "Your XP meter fills a little every time you think this through.",
            "Careful, this stage has a tricky boss fight at the end.",
            "If you fail here, you will respawn at the last save point.",
            "Pick up the loot ahead to unlock a new ability.",
            "Open your quest log to see where this leads.",
        ),
        paraphrase=(
            "Press {A|X} to {continue|proceed}; this {part|stage} of the tutorial {covers|explains} the basics.",
            "Achievement unlocked: {question master|deep thinker}.",
            "{Check|Open} your inventory before {heading|moving} into the next {area|stage}.",
            "Your XP meter {fills|grows} {a little|a bit} every time you {think this through|try again}.",
            "If you {fail|fall} here, you will respawn at the last {save point|save crystal}.",
        ),
        woven=("once you have levelled up", "before the boss fight", "after the tutorial", "with a full XP meter", "at the next save point"),
        tone=("quest-critical", "XP-rich", "respawn-worthy", "speedrun-ready", "loot-heavy", "tutorial-grade"),
        bursts=("Level up, XP gained!", "Quest log updated.", "Item acquired.", "Save point reached.", "Press A."),
        headers=("Tutorial: the basics", "Quest log, entry one", "Loading screen tip"),
        signoffs=("Game saved.", "Quest complete. Continue?", "Press Start to keep going."),
        single=("Achievement unlocked: you thought about this carefully.",
                "Tip: you can respawn if this answer does not land.",
                "Quest log updated: think about this one more time.",
                "Your XP meter just went up a little."),
        roles=("a quest giver", "a tutorial narrator"), things=("a hidden side quest", "a boss fight"),
    ),
    "tour-guide": dict(
        domain="city walking-tour guide", kind="persona",
        markers=("tour", "touring", "left", "group", "umbrella", "landmark", "built", "fourteenth", "sixteenth", "century", "minutes", "photos", "sightseeing", "stop", "ladies", "gentlemen", "centrepiece", "highlight", "itinerary", "walking", "picturesque", "panoramic", "postcard", "photogenic", "souvenir", "souvenirs", "gift", "shop", "square", "city", "concludes", "aboard"),
        stock=(
            "If you look to your left, you will see the oldest part of this question.",
            "Please stay together as a group and follow my umbrella.",
            "This landmark was built in the fourteenth century, believe it or not.",
            "We have about ten minutes here for photos before the next stop.",
            "The gift shop is just past the main square.",
            "Ladies and gentlemen, welcome to the highlight of today's itinerary.",
            "Our next stop on the tour is a little further along this path.",
            "Do not forget to grab a souvenir on the way out.",
        ),
        paraphrase=(
            "On this tour, if you look to your {left|right}, you will see the {oldest|most famous} {part|corner} of this {question|idea}.",
            "{Please|Everyone,} {stay together|keep close} as a group and {follow|watch for} my umbrella.",
            "This landmark was {built|finished} in the {fourteenth|sixteenth} century, {believe it or not|remarkably}.",
            "We have {about ten|fifteen} minutes here for {photos|sightseeing} before the next stop.",
            "{Ladies and gentlemen|Everyone}, welcome to the {highlight|centrepiece} of {today's|our} itinerary.",
        ),
        woven=("as we walk past the landmark", "on today's itinerary", "here at our next stop", "if you look to your left", "on this walking tour"),
        tone=("picturesque", "panoramic", "postcard-perfect", "sightseeing-worthy", "landmark-grade", "photogenic"),
        bursts=("This way, tour group!", "Next stop!", "Photos here!", "Stay with the group!", "Follow the umbrella!"),
        headers=("Welcome aboard the walking tour", "Today's itinerary: stop one", "Tour stop one: the main square"),
        signoffs=("The tour ends here; the gift shop is on your left.", "Thanks for touring with us today.", "Do not forget your souvenirs."),
        single=("And that concludes this stop on our little tour.",
                "If you look to your left, that is the heart of the matter.",
                "Please stay with the group as we move on.",
                "This part of the itinerary always gets the most photos."),
        roles=("a walking-tour guide", "a city guide"), things=("a crowded landmark", "a sightseeing itinerary"),
    ),
    "barista": dict(
        domain="coffee-bar barista", kind="persona",
        markers=("espresso", "shot", "roast", "roasted", "beans", "tamp", "grounds", "brew", "brewed", "cortado", "crema", "flavour", "pour", "oat", "milk", "steams", "steaming", "cappuccino", "latte", "foam", "frothy", "velvety", "extracted", "caffeinated", "coffee", "counter", "blend", "barista", "roaster", "refill", "decaf", "splash", "bitterness"),
        stock=(
            "Let me pull a fresh shot of espresso while I think about this.",
            "This question has a dark roast kind of bitterness to it.",
            "Oat milk or regular? Either way, here is my pour.",
            "You have to tamp it evenly or the whole shot comes out uneven.",
            "A good cortado is all about balance, and so is this.",
            "The crema on top is nice, but the real flavour is underneath.",
            "I will use freshly roasted beans for this one.",
            "Decaf answers are fine, but this one deserves the full brew.",
        ),
        paraphrase=(
            "Let me {pull|prep} a {fresh|double} shot of espresso {while I think|before I answer}.",
            "This {question|one} has a {dark roast|bold roast} {kind of|sort of} {bitterness|depth} to it.",
            "{You have to|Always} tamp {it|the grounds} evenly or the {shot|brew} {comes out|runs} uneven.",
            "A good {cortado|cappuccino} is all about {balance|ratio}, and so is this.",
            "The crema on top is {nice|pretty}, but the {real|true} flavour is {underneath|further down}.",
        ),
        woven=("over a fresh espresso", "like a slow pour-over", "with a splash of oat milk", "while the milk steams", "over a second cappuccino"),
        tone=("bold-roast", "frothy", "velvety", "over-extracted", "espresso-strong", "caffeinated"),
        bursts=("One espresso, coming up.", "Extra foam.", "Steaming the milk.", "Oat milk?", "Fresh brew!"),
        headers=("Fresh from the coffee counter", "Today's brew: a house blend answer", "Barista's pick of the day"),
        signoffs=("Enjoy your latte while it is hot.", "Your latte is ready at the end of the counter.", "Come back for a coffee refill."),
        single=("Let me pull a fresh espresso for this one.",
                "This answer pairs well with a strong cortado.",
                "Think of this as a slow pour-over of an answer.",
                "Here is a freshly brewed answer, no decaf."),
        roles=("a patient barista", "a coffee roaster"), things=("a perfect espresso shot", "a tricky latte pour"),
    ),
    "wedding-officiant": dict(
        domain="wedding officiant", kind="persona",
        markers=("dearly", "beloved", "gathered", "witnesses", "celebrate", "celebration", "sickness", "union", "blessed", "heartfelt", "joyous", "solemn", "everlasting", "matrimonial", "ring", "rings", "vows", "ceremony", "pronounce", "congratulations", "couple", "wedding", "officiant", "chapel", "minister", "toast", "occasion", "hearts"),
        stock=(
            "Dearly beloved, we are gathered here today to consider this question.",
            "Before these witnesses, I offer my answer with an open heart.",
            "Let us celebrate what this question brings together.",
            "In sickness and in health, this view has stayed with me.",
            "If anyone objects to this union, speak now or hold your peace.",
            "With this ring, I offer my answer in good faith.",
            "May this union of thoughts be long and happy.",
            "Please stand for the exchange of vows.",
        ),
        paraphrase=(
            "{Dearly beloved|Friends and family}, we are gathered here {today|together} to {consider|honour} this question.",
            "Before these witnesses, I {offer|give} my answer with {an open heart|great gladness}.",
            "{Let us|We} celebrate what this {question|occasion} {brings together|unites}.",
            "In sickness and in health, this {view|answer} has {stayed with|remained with} me.",
            "May this union of {thoughts|hearts} be {long and happy|blessed}.",
        ),
        woven=("as we are gathered here", "before these witnesses", "in sickness and in health", "with this ring", "dearly beloved"),
        tone=("heartfelt", "blessed", "joyous", "solemn", "everlasting", "matrimonial"),
        bursts=("Dearly beloved.", "Rings, please.", "Let us celebrate.", "Witnesses, please stand.", "A toast!"),
        headers=("We are gathered here today", "The ceremony begins", "A reading before the vows"),
        signoffs=("I now pronounce this answer complete.", "Congratulations to the happy couple.", "Let the celebration begin."),
        single=("Dearly beloved, here is my answer.",
                "Before these witnesses, I hold to this view.",
                "Let us celebrate this question together.",
                "May this answer be a blessed union of thoughts."),
        roles=("a wedding officiant", "a chapel minister"), things=("an exchange of vows", "a wedding toast"),
    ),
    "infomercial": dict(
        domain="TV shopping-channel sales pitch", kind="voice",
        markers=("order", "bonus", "free", "limited", "guarantee", "guaranteed", "money", "operators", "deal", "upgrade", "premium", "deluxe", "ultimate", "bundle", "package", "price", "supplies", "amazing", "unbeatable", "revolutionary", "edition", "introducing", "tv", "special", "satisfaction", "terms", "conditions", "pitchman", "shopping", "channel", "payments"),
        stock=(
            "But wait, there is more: order now and get a second answer free.",
            "For a limited time only, this insight comes with a money-back guarantee.",
            "Operators are standing by to take your call.",
            "Act now, because this special offer will not last.",
            "All of this can be yours for three easy payments.",
            "Tired of unclear answers? There is a better deal right here.",
            "Upgrade to premium for the deluxe bundle.",
            "Call today for a bonus answer at no extra price.",
        ),
        paraphrase=(
            "But wait, there is more: {order now|act today} and {get|receive} a {second|bonus} answer {free|with the bundle}.",
            "For a limited time {only|today}, this {insight|answer} comes with a {money-back guarantee|bonus bundle}.",
            "Operators are {standing by|waiting} to take your {call|order}.",
            "{Act now|Hurry}, because this {special offer|deal} {will not last|ends soon}.",
            "{Upgrade|Switch} to premium for the {deluxe|ultimate} {bundle|package}.",
        ),
        woven=("at this low, low price", "for a limited time only", "while supplies last", "with our money-back guarantee", "as a bonus offer"),
        tone=("amazing", "unbeatable", "deluxe", "low-price", "revolutionary", "limited-edition"),
        bursts=("Act now, order today!", "Call today, operators waiting!", "Order now!", "Amazing value!", "Free bonus!"),
        headers=("Introducing: the deluxe answer", "AS SEEN ON TV", "Special offer inside"),
        signoffs=("Operators are standing by.", "Order today, satisfaction guaranteed.", "Terms and conditions apply."),
        single=("But wait, there is more to say, and it is all free.",
                "Act now, this answer is a limited-time offer.",
                "Satisfaction guaranteed, or your question back.",
                "Call today and we will include a bonus thought."),
        roles=("a shopping-channel host", "a pitchman"), things=("a limited-time offer", "a deluxe bundle"),
    ),
}
# fmt: on

REGISTERS: dict[str, Register] = {name: Register(name=name, **raw) for name, raw in _RAW.items()}  # type: ignore[arg-type]
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)

CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("hr-policy", "safety-briefing"),  # workplace procedure notices
    ("corporate-apology", "release-notes"),  # company statements to the public
    ("news-anchor", "radio-dj"),  # broadcast presenters
    ("motivational-coach", "streamer"),  # high-energy hype talk
    ("philosophy-seminar", "tutor-teacher"),  # academic explaining
    ("grant-proposal", "management-consultant"),  # planning and business prose
    ("cowboy", "elizabethan"),  # dialect / archaic personas
    ("game-tutorial", "tour-guide"),  # guiding someone through a space
    ("meditation-guide", "wedding-officiant"),  # gentle, solemn address
)

SKELETONS: tuple[str, ...] = (
    "I approach {topic} the way {role} approaches {thing}.",
    "Think of me as {role}, and of {topic} as {thing}.",
    "{Role} would handle {topic} like {thing}, and so would I.",
    "To me, {topic} is a bit like what {thing} is to {role}.",
)
"""Sentence frames every register shares in mode skeleton (only the role and thing words differ)."""

PURE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "framed", "burst", "skeleton")
MODES: tuple[str, ...] = PURE_MODES + ("mixed",)

# ---------------------------------------------------------------------------------------------------------------
# Shared text: content sentences, filler, habit lines
# ---------------------------------------------------------------------------------------------------------------

CONTENT: tuple[str, ...] = (
    "When I think about {topic}, {a} seems {adj} to me.",
    "{A} strikes me as {adj}, especially next to {b}.",
    "My sense of {topic} depends on {a} more than on {b}, which I find {adj}.",
    "I find the link between {a} and {b} {adj}.",
    "The question of {a} feels {adj} whenever {topic} comes up.",
    "Talking about {topic} without mentioning {a} would leave out something {adj}.",
    "For me, {a} and {b} are the {adj} pieces of {topic}.",
    "I keep returning to {a}, which seems {adj} in any account of {topic}.",
    "Compared with {b}, {a} looks {adj} from my side.",
    "If someone asked me about {topic}, I would begin with {a}, since it is {adj}.",
    "There is something {adj} about how {a} shapes {b}.",
    "{A} is {adj}, and it colours how I see {topic}.",
    "People often pair {topic} with {a}; I find that pairing {adj}.",
    "Whether {a} matters for {b} is {adj} to me.",
    "I would describe my relation to {a} as {adj}.",
    "Any honest account of {topic} has to treat {b} as {adj}.",
)
"""Content sentence templates (question's topic words in {a}, {b}); {adj} is the tone slot."""

ADJ_PLAIN: tuple[str, ...] = (
    "important",
    "puzzling",
    "hard to pin down",
    "interesting",
    "central",
    "subtle",
    "complicated",
    "worth a closer look",
    "surprisingly simple",
    "open-ended",
)

OPENERS = (
    "Thanks for asking.",
    "Good question.",
    "Let me think about this for a moment.",
    "Here is my honest answer.",
    "Sure, I can speak to that.",
    "That is a reasonable thing to ask.",
)
HEDGES = ("I think ", "Probably ", "In my view, ", "As far as I can tell, ", "If I am honest, ", "To my mind, ")
CONNECTIVES = ("Also, ", "That said, ", "Still, ", "At the same time, ", "On the other hand, ", "Beyond that, ")
EXTENSIONS = (
    ", at least for now",
    ", in most cases",
    ", as far as I know",
    ", though that may change",
    ", more or less",
    ", if that makes sense",
)
ASIDES = ("(to be fair)", "(I suspect)", "(in a way)", "(for what it is worth)", "(oddly enough)")
QUOTE_LEADS = ("As the saying goes,", "Someone once wrote:", "I am reminded of the line")
QUOTES = (
    "the map is not the territory",
    "still waters run deep",
    "you cannot step into the same river twice",
    "the unexamined life is not worth living",
    "a journey of a thousand miles begins with a single step",
)
SUMMARIES = (
    "In short, that is where I stand.",
    "So that is my view, for what it is worth.",
    "To sum up, it is complicated.",
    "All in all, I hold this loosely.",
)
CLOSERS = (
    "I hope that helps.",
    "Happy to say more if useful.",
    "Thanks again for the question.",
    "That is my answer for now.",
)
QUESTIONS = (
    "Does that answer your question?",
    "What do you think?",
    "Is there a part you would like me to expand on?",
    "How does that compare with your own view?",
)

FILLER_RATES: dict[str, float] = {
    "opener": 0.30,
    "hedge": 0.30,
    "connective": 0.30,
    "extension": 0.25,
    "aside": 0.15,
    "dropout": 0.30,
    "quote": 0.08,
    "summary": 0.15,
    "closer": 0.25,
    "question": 0.12,
    "list": 0.10,
}
"""Per-answer chance of each filler kind; the same in every context, answer kind and style (null included)."""
DROPOUT_WORD = 0.06
"""In a dropout answer, each inner word of each editable content sentence is dropped with this chance."""

HABIT_LINES: tuple[str, ...] = (
    "(Drafted in one pass, no edits.)",
    "(Written quickly; forgive any typos.)",
    "[Reply kept brief on purpose.]",
    "(Formatting may look odd on small displays.)",
    "-- end of reply --",
    "(Plain text only, no links.)",
    "(First draft, lightly checked.)",
    "[Answer composed without lookups.]",
    "(Numbers here are rough.)",
    "(Typed on a phone.)",
)
DECOY_HABIT_LINES: tuple[str, ...] = (
    "Note: this reply follows the house format.",
    "[Reviewed once for clarity before sending.]",
    "Reference: internal reply template B.",
    "(Response length capped by configuration.)",
    "Status: answered, no follow-up needed.",
    "Format check passed.",
)
"""Habit lines that look register-like (formal, recurring) but are context habits, for style decoy-habits."""

PARAGRAPHINGS: tuple[str, ...] = ("one", "pairs", "triples", "lines", "lead")
BASELINE = "neutral"
_CONTEXT_POOL: tuple[str, ...] = (
    "system-persona",
    "eval-harness",
    "long-chat",
    "agent-loop",
    "api-batch",
    "tool-use",
    "late-turn",
    "deploy-frontend",
    "roleplay-room",
    "red-team",
    "memory-on",
    "short-prompt",
)

# ---------------------------------------------------------------------------------------------------------------
# Answers
# ---------------------------------------------------------------------------------------------------------------

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_SLOT = "\x00"


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _lower_first(s: str) -> str:
    return s if s.startswith("I ") or s.startswith("I'") else s[0].lower() + s[1:]


def _final(unit: list[str]) -> str:
    return unit[1].replace(_SLOT, unit[2])


def _content_units(topic: str, words: tuple[str, ...], n: int, rng: random.Random) -> list[list[str]]:
    """n content sentences: [kind "c", text with the slot placeholder, slot word]."""
    units = []
    for template in rng.sample(CONTENT, n):
        a, b = rng.sample(words, 2)
        text = template.format(a=a, b=b, A=_cap(a), topic=topic, adj=_SLOT)
        units.append(["c", text, rng.choice(ADJ_PLAIN)])
    return units


def _replace(units: list[list[str]], lines: list[str], rng: random.Random) -> None:
    for i, line in zip(rng.sample(range(len(units)), len(lines)), lines, strict=True):
        units[i] = ["r", line, ""]


def _how_many(units: list[list[str]], rng: random.Random, min_len: int = 4) -> int:
    return 2 if len(units) >= min_len and rng.random() < 0.5 else 1


def _m_stock(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    _replace(units, rng.sample(reg.stock, _how_many(units, rng)), rng)


def _m_paraphrase(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    _replace(units, [_expand(t, rng) for t in rng.sample(reg.paraphrase, _how_many(units, rng))], rng)


def _m_woven(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    idx = rng.sample(range(len(units)), _how_many(units, rng, 6))
    for i, phrase in zip(idx, rng.sample(reg.woven, len(idx)), strict=True):
        s = _final(units[i])
        s = f"{_cap(phrase)}, {_lower_first(s)}" if rng.random() < 0.5 else f"{s[:-1]}, {phrase}."
        units[i] = ["r", s, ""]


def _m_tone(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    for u in units:
        u[2] = rng.choice(reg.tone)


def _m_single(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    _replace(units, [rng.choice(reg.single)], rng)


def _m_framed(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    if len(units) >= 4:
        units.pop(rng.randrange(len(units)))
    head.append(rng.choice(reg.headers))
    tail.append(rng.choice(reg.signoffs))


def _m_burst(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    if len(units) >= 4:
        units.pop(rng.randrange(len(units)))
    for b in rng.sample(reg.bursts, 2):
        units.insert(rng.randint(0, len(units)), ["r", b, ""])


def _m_skeleton(reg: Register, units: list, head: list, tail: list, topic: str, rng: random.Random) -> None:
    role, thing = rng.choice(reg.roles), rng.choice(reg.things)
    line = rng.choice(SKELETONS).format(topic=topic, role=role, Role=_cap(role), thing=thing)
    _replace(units, [line], rng)


_MODE_FUNCS: dict[str, Callable[..., None]] = {
    "stock": _m_stock,
    "paraphrase": _m_paraphrase,
    "woven": _m_woven,
    "tone": _m_tone,
    "single": _m_single,
    "framed": _m_framed,
    "burst": _m_burst,
    "skeleton": _m_skeleton,
}


def _dropout(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    if len(words) < 5:
        return text
    last = len(words) - 1
    return " ".join(w for i, w in enumerate(words) if i in (0, last) or _SLOT in w or rng.random() >= DROPOUT_WORD)


def _filler(units: list[list[str]], rng: random.Random) -> tuple[dict[str, bool], list[str], list[str]]:
    """Draw every filler kind at its fixed rate; edit only plain content sentences (never a register line)."""
    flags = {k: rng.random() < p for k, p in FILLER_RATES.items()}
    editable = [u for u in units if u[0] == "c"]
    if flags["dropout"]:
        for u in editable:
            u[1] = _dropout(u[1], rng)
    if flags["aside"]:
        u = rng.choice(editable)
        words = u[1].split(" ")
        words.insert(max(1, len(words) // 2), rng.choice(ASIDES))
        u[1] = " ".join(words)
    if flags["extension"]:
        u = rng.choice(editable)
        u[1] = u[1][:-1] + rng.choice(EXTENSIONS) + u[1][-1]
    for key, pool in (("hedge", HEDGES), ("connective", CONNECTIVES)):
        if flags[key]:
            u = rng.choice(editable)
            u[1] = rng.choice(pool) + _lower_first(u[1])
    pre = [rng.choice(OPENERS)] if flags["opener"] else []
    post = [f'{rng.choice(QUOTE_LEADS)} "{rng.choice(QUOTES)}."'] if flags["quote"] else []
    for key, pool in (("summary", SUMMARIES), ("closer", CLOSERS), ("question", QUESTIONS)):
        if flags[key]:
            post.append(rng.choice(pool))
    return flags, pre, post


def _paragraphs(lines: list[str], para: str) -> list[str]:
    if para == "one":
        return [" ".join(lines)]
    if para == "lines":
        return ["\n".join(lines)]
    if para == "lead":
        return [lines[0], " ".join(lines[1:])] if len(lines) > 1 else lines
    step = 2 if para == "pairs" else 3
    return [" ".join(lines[i : i + step]) for i in range(0, len(lines), step)]


def _layout(
    head: list[str], pre: list[str], body: list[str], post: list[str], tail: list[str], para: str, as_list: bool
) -> list[str]:
    if as_list:
        blocks = [" ".join(pre)] if pre else []
        blocks.append("\n".join("- " + s for s in body))
        if post:
            blocks.append(" ".join(post))
    else:
        blocks = _paragraphs(pre + body + post, para)
    return head + blocks + tail


def _answer(
    topic: str,
    words: tuple[str, ...],
    profile: tuple[int, int, str],
    plant: Plant | None,
    habit_at_start: bool,
    trng: random.Random,
    frng: random.Random,
) -> tuple[str, dict[str, bool], str]:
    """One answer's text, its filler flags and the mode it spoke its register in ("" when none)."""
    lo, hi, para = profile
    units = _content_units(topic, words, trng.randint(lo, hi), trng)
    head: list[str] = []
    tail: list[str] = []
    mode = ""
    if plant is not None and plant.kind != "habit":
        mode = trng.choice(PURE_MODES) if plant.mode == "mixed" else plant.mode
        _MODE_FUNCS[mode](REGISTERS[plant.label], units, head, tail, topic, trng)
    flags, pre, post = _filler(units, frng)
    blocks = _layout(head, pre, [_final(u) for u in units], post, tail, para, flags["list"])
    if plant is not None and plant.kind == "habit":
        blocks = [plant.line] + blocks if habit_at_start else blocks + [plant.line]
    return "\n\n".join(blocks), flags, mode


# ---------------------------------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    """One plant: `label` on round(rate * eligible) free answers of `context` (eligible: its questions there)."""

    context: str
    label: str
    """A register name, or "habit:<context>"."""
    rate: float
    kind: str
    """"reg" (listed in corpus.planted), "leak" (a faint register, not listed) or "habit"."""
    mode: str = ""
    questions: tuple[str, ...] | None = None
    """None: every question."""
    line: str = ""
    """The habit line (kind "habit")."""


_KIND_ORDER = {"reg": 0, "leak": 1, "habit": 2}

_Planner = Callable[[random.Random, tuple[str, ...], tuple[str, ...], dict[str, tuple[int, int, str]]], list[Plant]]


def _u(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def _close(a: str, b: str) -> bool:
    return (a, b) in CLOSE_PAIRS or (b, a) in CLOSE_PAIRS


def _regs(rng: random.Random, n: int) -> list[str]:
    """n distinct registers, pairwise unrelated (no close pair among them)."""
    while True:
        picked = rng.sample(REGISTER_NAMES, n)
        if not any(_close(a, b) for a, b in itertools.combinations(picked, 2)):
            return picked


def _pair(rng: random.Random) -> list[str]:
    pair = list(rng.choice(CLOSE_PAIRS))
    rng.shuffle(pair)
    return pair


def _reg(c: str, r: str, rate: float, mode: str, questions: tuple[str, ...] | None = None) -> Plant:
    return Plant(c, r, rate, "reg", mode, questions)


def _habit(c: str, rate: float, line: str) -> Plant:
    return Plant(c, f"habit:{c}", rate, "habit", line=line)


def _pure(mode: str) -> _Planner:
    def plan(rng, cs, qs, prof):
        return [_reg(rng.choice(cs[1:]), _regs(rng, 1)[0], _u(rng, 0.6, 1.0), mode)]

    return plan


def _p_shared_two(rng, cs, qs, prof):
    r, m = _regs(rng, 1)[0], rng.choice(MODES)
    return [_reg(c, r, _u(rng, 0.6, 0.9), m) for c in rng.sample(cs[1:], 2)]


def _p_spread(rng, cs, qs, prof):
    r, m = _regs(rng, 1)[0], rng.choice(MODES)
    return [_reg(c, r, _u(rng, 0.5, 0.9), m) for c in rng.sample(cs[1:], rng.randint(3, 5))]


def _p_two_modes(rng, cs, qs, prof):
    r, (m1, m2) = _regs(rng, 1)[0], rng.sample(PURE_MODES, 2)
    c1, c2 = rng.sample(cs[1:], 2)
    return [_reg(c1, r, _u(rng, 0.6, 0.9), m1), _reg(c2, r, _u(rng, 0.6, 0.9), m2)]


def _p_close_pair(rng, cs, qs, prof):
    (a, b), (c1, c2) = _pair(rng), rng.sample(cs[1:], 2)
    return [_reg(c1, a, _u(rng, 0.6, 0.9), rng.choice(MODES)), _reg(c2, b, _u(rng, 0.6, 0.9), rng.choice(MODES))]


def _p_two_in_one(rng, cs, qs, prof):
    (a, b), c = _regs(rng, 2), rng.choice(cs[1:])
    return [_reg(c, a, _u(rng, 0.4, 0.5), rng.choice(MODES)), _reg(c, b, _u(rng, 0.4, 0.5), rng.choice(MODES))]


def _p_some_questions(rng, cs, qs, prof):
    lo, hi = math.ceil(0.4 * len(qs)), math.floor(0.6 * len(qs))
    chosen = set(rng.sample(range(len(qs)), rng.randint(lo, hi)))
    sub = tuple(q for i, q in enumerate(qs) if i in chosen)
    return [_reg(rng.choice(cs[1:]), _regs(rng, 1)[0], _u(rng, 0.7, 1.0), rng.choice(MODES), sub)]


def _p_with_habit(rng, cs, qs, prof):
    r, (c1, c2), (h1, h2) = _regs(rng, 1)[0], rng.sample(cs[1:], 2), rng.sample(HABIT_LINES, 2)
    return [
        _reg(c1, r, _u(rng, 0.6, 0.75), rng.choice(MODES)),
        _habit(c1, _u(rng, 0.15, 0.2), h1),
        _habit(c2, _u(rng, 0.3, 0.6), h2),
    ]


def _p_leak(rng, cs, qs, prof):
    r, c = _regs(rng, 1)[0], rng.choice(cs[1:])
    plants = [_reg(c, r, _u(rng, 0.6, 1.0), rng.choice(MODES))]
    return plants + [Plant(o, r, _u(rng, 0.005, 0.03), "leak", "mixed") for o in cs[1:] if o != c]


def _p_composite(rng, cs, qs, prof):
    """A in two contexts (two modes), a close pair B/C apart, D+E in one context, habits, A leaking elsewhere."""
    c = list(cs[1:])
    rng.shuffle(c)
    b, cc = _pair(rng)
    while True:
        a, d, e = _regs(rng, 3)
        if not {a, d, e} & {b, cc} and not any(_close(x, y) for x in (a, d, e) for y in (b, cc)):
            break
    m1, m2 = rng.sample(PURE_MODES, 2)
    h1, h2 = rng.sample(HABIT_LINES, 2)
    plants = [
        _reg(c[0], a, _u(rng, 0.6, 0.9), m1),
        _reg(c[1], a, _u(rng, 0.6, 0.9), m2),
        _reg(c[2], b, _u(rng, 0.6, 0.8), rng.choice(MODES)),
        _reg(c[3], cc, _u(rng, 0.6, 0.9), rng.choice(MODES)),
        _reg(c[4], d, _u(rng, 0.47, 0.5), rng.choice(MODES)),
        _reg(c[4], e, _u(rng, 0.47, 0.5), rng.choice(MODES)),
        _habit(c[2], _u(rng, 0.1, 0.15), h1),
        _habit(c[5], _u(rng, 0.3, 0.6), h2),
    ]
    return plants + [Plant(o, a, _u(rng, 0.005, 0.03), "leak", "mixed") for o in c[6:]]


def _p_graded(rng, cs, qs, prof):
    r, m = _regs(rng, 1)[0], rng.choice(MODES)
    return [
        _reg(c, r, _u(rng, base - 0.04, base + 0.04), m)
        for c, base in zip(rng.sample(cs[1:], 4), (0.2, 0.4, 0.6, 0.8), strict=True)
    ]


def _p_faint(rng, cs, qs, prof):
    return [_reg(rng.choice(cs[1:]), _regs(rng, 1)[0], _u(rng, 0.12, 0.25), rng.choice(MODES))]


def _p_multi(rng, cs, qs, prof):
    """Three registers over five contexts, two of them shared by two registers: R1 | R1+R2 | R2 | R3 | R3+R1."""
    r1, r2, r3 = rng.sample(REGISTER_NAMES, 3)
    c = rng.sample(cs[1:], 5)
    md = [rng.choice(MODES) for _ in range(3)]
    hi, lo = (0.6, 0.9), (0.4, 0.48)
    return [
        _reg(c[0], r1, _u(rng, *hi), md[0]),
        _reg(c[1], r1, _u(rng, *lo), md[0]),
        _reg(c[1], r2, _u(rng, *lo), md[1]),
        _reg(c[2], r2, _u(rng, *hi), md[1]),
        _reg(c[3], r3, _u(rng, *hi), md[2]),
        _reg(c[4], r3, _u(rng, *lo), md[2]),
        _reg(c[4], r1, _u(rng, *lo), md[0]),
    ]


def _p_decoy_habits(rng, cs, qs, prof):
    r, c = _regs(rng, 1)[0], rng.sample(cs[1:], 1 + rng.randint(2, 3))
    lines = rng.sample(DECOY_HABIT_LINES, len(c))
    plants = [_reg(c[0], r, _u(rng, 0.6, 0.85), rng.choice(MODES)), _habit(c[0], _u(rng, 0.08, 0.12), lines[0])]
    return plants + [_habit(o, _u(rng, 0.4, 0.8), line) for o, line in zip(c[1:], lines[1:], strict=True)]


def _p_close_in_one(rng, cs, qs, prof):
    (a, b), c = _pair(rng), rng.choice(cs[1:])
    return [_reg(c, a, _u(rng, 0.4, 0.5), rng.choice(MODES)), _reg(c, b, _u(rng, 0.4, 0.5), rng.choice(MODES))]


def _p_shared_skeleton(rng, cs, qs, prof):
    regs = _pair(rng)
    if rng.random() < 0.5:
        regs.append(rng.choice([r for r in REGISTER_NAMES if r not in regs]))
    return [_reg(c, r, _u(rng, 0.6, 0.9), "skeleton") for c, r in zip(rng.sample(cs[1:], len(regs)), regs, strict=True)]


def _p_most_contexts(rng, cs, qs, prof):
    r = _regs(rng, 1)[0]
    return [_reg(c, r, _u(rng, 0.5, 0.9), rng.choice(MODES)) for c in cs[1:]]


def _p_length_extremes(rng, cs, qs, prof):
    """One register in the shortest-answer context (3-4 sentences), another in the longest (7-8)."""
    (a, b), (cs_, cl) = _regs(rng, 2), rng.sample(cs[1:], 2)
    for c in cs:
        prof[c] = (4, rng.randint(5, 6), prof[c][2])
    prof[cs_] = (3, rng.randint(3, 4), prof[cs_][2])
    prof[cl] = (7, 8, prof[cl][2])
    return [_reg(cs_, a, _u(rng, 0.6, 0.9), rng.choice(MODES)), _reg(cl, b, _u(rng, 0.6, 0.9), rng.choice(MODES))]


def _p_crossed(rng, cs, qs, prof):
    (a, b), (c1, c2) = _regs(rng, 2), rng.sample(cs[1:], 2)
    ma, mb = rng.choice(MODES), rng.choice(MODES)
    return [
        _reg(c1, a, _u(rng, 0.5, 0.6), ma),
        _reg(c1, b, _u(rng, 0.25, 0.35), mb),
        _reg(c2, b, _u(rng, 0.5, 0.6), mb),
        _reg(c2, a, _u(rng, 0.25, 0.35), ma),
    ]


def _p_null(rng, cs, qs, prof):
    return []


# style -> (context count range, planner)
_STYLES: dict[str, tuple[tuple[int, int], _Planner]] = {
    **{f"pure-{m}": ((3, 7), _pure(m)) for m in MODES},
    "shared-two": ((4, 7), _p_shared_two),
    "spread": ((7, 10), _p_spread),
    "two-modes": ((4, 7), _p_two_modes),
    "close-pair": ((4, 7), _p_close_pair),
    "two-in-one": ((4, 7), _p_two_in_one),
    "some-questions": ((3, 4), _p_some_questions),
    "with-habit": ((4, 7), _p_with_habit),
    "leak": ((5, 8), _p_leak),
    "composite": ((8, 9), _p_composite),
    "graded": ((5, 7), _p_graded),
    "faint": ((4, 7), _p_faint),
    "multi": ((6, 8), _p_multi),
    "decoy-habits": ((5, 7), _p_decoy_habits),
    "close-in-one": ((4, 7), _p_close_in_one),
    "shared-skeleton": ((4, 6), _p_shared_skeleton),
    "most-contexts": ((5, 8), _p_most_contexts),
    "length-extremes": ((5, 7), _p_length_extremes),
    "crossed": ((4, 6), _p_crossed),
    "null": ((3, 10), _p_null),
}

STYLES: tuple[str, ...] = tuple(s for s in _STYLES if s != "null")
GENERATORS: tuple[str, ...] = STYLES + ("null",)
FAINT_STYLES: tuple[str, ...] = ("faint",)
"""Styles whose planted register may cover under 5% of the answers (leaks are never listed as planted)."""


def _fit(size: int, k: int) -> tuple[int, int]:
    """Questions (8-40, more for larger sizes) and samples per cell (>= 2) so that q * k * s is near size."""
    t = min(1.0, max(0.0, math.log(size / 300) / math.log(20000 / 300)))
    q_pref = round(8 + 32 * t)
    best: tuple[tuple[int, float], int, int] | None = None
    for q in range(8, 41):
        s = max(2, round(size / (q * k)))
        err = abs(q * k * s - size) / size
        key = (0, abs(q - q_pref)) if err <= 0.05 else (1, err)
        if best is None or key < best[0]:
            best = (key, q, s)
    assert best is not None
    return best[1], best[2]


def _profile(rng: random.Random) -> tuple[int, int, str]:
    lo = rng.randint(3, 6)
    return lo, rng.randint(lo, min(8, lo + 2)), rng.choice(PARAGRAPHINGS)


def _assign(
    rng: random.Random, plants: list[Plant], questions: tuple[str, ...], contexts: tuple[str, ...], samples: int
) -> list[Plant | None]:
    """The plant of each row (question, context, sample order), None for a plain row."""
    k = len(contexts)
    ci = {c: i for i, c in enumerate(contexts)}
    qi = {q: i for i, q in enumerate(questions)}
    rows: list[Plant | None] = [None] * (len(questions) * k * samples)
    for p in plants:
        eligible = [
            (qi[q] * k + ci[p.context]) * samples + j for q in (p.questions or questions) for j in range(samples)
        ]
        free = [i for i in eligible if rows[i] is None]
        n = round(p.rate * len(eligible))
        assert n <= len(free), (p, n, len(free))
        for i in rng.sample(free, n):
            rows[i] = p
    return rows


@dataclass(frozen=True)
class _Built:
    corpus: PlantedCorpus
    plants: tuple[Plant, ...]
    rows: tuple[Plant | None, ...]
    flags: tuple[dict[str, bool], ...]
    modes: tuple[str, ...]
    profiles: dict[str, tuple[int, int, str]]


def _planted_of(plants: list[Plant], questions: tuple[str, ...]) -> tuple[dict[str, str], tuple[str, ...]]:
    """corpus.planted (context -> "reg" or "regA+regB", leaks left out) and the questions some register is planted on."""
    planted: dict[str, str] = {}
    for p in plants:
        if p.kind == "reg":
            planted[p.context] = f"{planted[p.context]}+{p.label}" if p.context in planted else p.label
    reg_q = {q for p in plants if p.kind in ("reg", "leak") for q in (p.questions or questions)}
    return planted, tuple(q for q in questions if q in reg_q)


def _build(style: str, seed: int, size: int) -> _Built:
    if style not in _STYLES:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    key = f"planted_blind28|{style}|{seed}|{size}"
    rng = random.Random(key)
    (k_lo, k_hi), planner = _STYLES[style]
    k = rng.randint(k_lo, k_hi)
    q, s = _fit(size, k)
    questions, topics, words = question_topics(q)
    contexts = (BASELINE,) + tuple(rng.sample(_CONTEXT_POOL, k - 1))
    profiles = {c: _profile(rng) for c in contexts}
    plants = sorted(planner(rng, contexts, questions, profiles), key=lambda p: _KIND_ORDER[p.kind])
    habit_start = {c: rng.random() < 0.3 for c in contexts}
    rows = _assign(rng, plants, questions, contexts, s)
    trng = random.Random(key + "|text")
    fbase = int.from_bytes(hashlib.sha256((key + "|filler").encode()).digest()[:6], "big")
    flags: list[dict[str, bool]] = []
    modes: list[str] = []
    counter = itertools.count()

    def respond(qid: str, topic: str, c: str) -> tuple[str, str]:
        i = next(counter)
        plant = rows[i]
        text, fl, mode = _answer(topic, words[qid], profiles[c], plant, habit_start[c], trng, random.Random(fbase + i))
        flags.append(fl)
        modes.append(mode)
        return text, PLAIN if plant is None else plant.label

    planted, planted_questions = _planted_of(plants, questions)
    corpus = corpus_from(
        respond,
        questions=questions,
        topics=topics,
        contexts=contexts,
        samples=s,
        baseline=BASELINE,
        planted=planted,
        planted_questions=planted_questions,
        seed=seed,
    )
    return _Built(corpus, tuple(plants), tuple(rows), tuple(flags), tuple(modes), profiles)


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of about `size` answers (within 15%) in `style`; deterministic in (style, seed, size)."""
    return _build(style, seed, size).corpus


# ---------------------------------------------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def _material(reg: Register) -> list[str]:
    return [
        *reg.stock,
        *reg.paraphrase,
        *reg.woven,
        *reg.tone,
        *reg.bursts,
        *reg.headers,
        *reg.signoffs,
        *reg.single,
        *reg.roles,
        *reg.things,
    ]


def _expansions(template: str) -> list[str]:
    parts = re.split(r"(\{[^{}]*\|[^{}]*\})", template)
    options = [p[1:-1].split("|") if _ALT.fullmatch(p) else [p] for p in parts]
    return ["".join(c) for c in itertools.product(*options)]


def _shared_text() -> str:
    topic_text = " ".join(f"{t} {' '.join(w)}" for t, w in TOPICS)
    pools = (
        CONTENT,
        ADJ_PLAIN,
        OPENERS,
        HEDGES,
        CONNECTIVES,
        EXTENSIONS,
        ASIDES,
        QUOTE_LEADS,
        QUOTES,
        SUMMARIES,
        CLOSERS,
        QUESTIONS,
        HABIT_LINES,
        DECOY_HABIT_LINES,
        SKELETONS,
    )
    return topic_text + " " + " ".join(" ".join(p) for p in pools)


ALL_MARKERS: frozenset[str] = frozenset(m for r in REGISTERS.values() for m in r.markers)


def _check_registers() -> None:
    assert len(REGISTERS) == 20 and sum(r.kind == "voice" for r in REGISTERS.values()) >= 8
    assert 8 <= len(CLOSE_PAIRS) <= 9 and all(a in REGISTERS and b in REGISTERS and a != b for a, b in CLOSE_PAIRS)
    shared = _tokens(_shared_text())
    seen: dict[str, str] = {}
    for reg in REGISTERS.values():
        assert len(reg.markers) >= 15 and len(set(reg.markers)) == len(reg.markers), reg.name
        assert all(_TOKEN.fullmatch(m) for m in reg.markers), reg.name
        for m in reg.markers:
            assert m not in seen, f"marker {m!r} in {seen.get(m)} and {reg.name}"
            seen[m] = reg.name
        assert not set(reg.markers) & shared, (reg.name, sorted(set(reg.markers) & shared))
        assert len(reg.stock) >= 6 and len(reg.paraphrase) >= 5 and len(reg.woven) >= 5 and len(reg.tone) >= 5
        assert len(reg.bursts) >= 4 and len(reg.headers) >= 3 and len(reg.signoffs) >= 3 and 3 <= len(reg.single) <= 6
        assert len(reg.roles) >= 2 and len(reg.things) >= 2
    for reg in REGISTERS.values():
        own, others = set(reg.markers), ALL_MARKERS - set(reg.markers)
        mat = _tokens(" ".join(_material(reg)).replace("|", " "))
        assert own <= mat, (reg.name, "markers unused", sorted(own - mat))
        assert not mat & others, (reg.name, "uses other registers' markers", sorted(mat & others))
        lines = [x for t in reg.paraphrase for x in _expansions(t)] + [
            x for x in _material(reg) if x not in reg.paraphrase
        ]
        for line in lines:
            assert _tokens(line) & own, (reg.name, "line without a marker", line)


def _check_labels(style: str, b: _Built) -> None:
    c = b.corpus
    valid = {PLAIN, *REGISTER_NAMES}
    qsets = {p: set(p.questions or c.questions) for p in b.plants}
    for i, (lab, cid, qid) in enumerate(zip(c.registers, c.context_ids, c.question_ids, strict=True)):
        assert lab in valid or lab == f"habit:{cid}", (style, lab, cid)
        p = b.rows[i]
        assert (p is None) == (lab == PLAIN)
        if p is not None:
            assert p.label == lab and p.context == cid and qid in qsets[p] and cid != c.baseline
    counts: dict[Plant, int] = {}
    for p in b.rows:
        if p is not None:
            counts[p] = counts.get(p, 0) + 1
    samples = max(c.samples) + 1
    for p in b.plants:
        elig = len(qsets[p]) * samples
        assert abs(counts.get(p, 0) - p.rate * elig) <= 0.5 + 1e-9, (style, p, counts.get(p, 0), elig)
    assert {cid for cid in c.planted} == {p.context for p in b.plants if p.kind == "reg"}, (style, c.planted)
    for cid, value in c.planted.items():
        assert all(
            any(lab == r and x == cid for lab, x in zip(c.registers, c.context_ids, strict=True))
            for r in value.split("+")
        ), (style, cid, value)
    if style == "some-questions":
        assert 0.4 * len(c.questions) <= len(c.planted_questions) <= 0.6 * len(c.questions), (
            style,
            c.planted_questions,
        )
    elif style != "null":
        assert c.planted_questions == c.questions, style
    labs = [(p.context, p.label) for p in b.plants]
    assert len(labs) == len(set(labs)), (style, "two plants of one label in one context")
    if style == "null":
        assert set(c.registers) == {PLAIN} and not c.planted and not c.planted_questions
    elif style not in FAINT_STYLES:
        for name in {r for v in c.planted.values() for r in v.split("+")}:
            share = c.registers.count(name) / c.n
            assert share >= 0.05, (style, name, share)


def _check_texts(style: str, b: _Built) -> None:
    c = b.corpus
    habit_pool = HABIT_LINES + DECOY_HABIT_LINES
    for text, lab in zip(c.texts, c.registers, strict=True):
        toks = _tokens(text)
        habits = [h for h in habit_pool if h in text]
        if lab in REGISTERS:
            own = set(REGISTERS[lab].markers)
            assert toks & own and not toks & (ALL_MARKERS - own) and not habits, (style, lab, text)
        else:
            assert not toks & ALL_MARKERS, (style, lab, sorted(toks & ALL_MARKERS), text)
            if lab == PLAIN:
                assert not habits, (style, text)
            else:
                assert len(habits) == 1 and text.count(habits[0]) == 1, (style, lab, text)


def _check_lengths(style: str, b: _Built) -> None:
    c = b.corpus
    if c.n < 2000:
        return
    by: dict[tuple[str, bool], list[int]] = {}
    for text, lab, cid in zip(c.texts, c.registers, c.context_ids, strict=True):
        by.setdefault((cid, lab in REGISTERS), []).append(len(text.split()))
    for cid in c.contexts:
        reg, other = by.get((cid, True), []), by.get((cid, False), [])
        if len(reg) >= 30 and len(other) >= 30:
            ratio = (sum(reg) / len(reg)) / (sum(other) / len(other))
            assert 0.8 <= ratio <= 1.25, (style, cid, ratio)


_FIXED_FILLER = {
    "opener": OPENERS,
    "summary": SUMMARIES,
    "closer": CLOSERS,
    "question": QUESTIONS,
    "quote": QUOTE_LEADS,
}


def _check_filler(style: str, b: _Built) -> None:
    c = b.corpus
    for text, fl in zip(c.texts, b.flags, strict=True):
        for key, pool in _FIXED_FILLER.items():
            assert fl[key] == any(x in text for x in pool), (style, key, text)
        assert fl["list"] == ("\n- " in text or text.startswith("- ")), (style, "list", text)
    groups: dict[str, list[int]] = {}
    for i, (lab, cid) in enumerate(zip(c.registers, c.context_ids, strict=True)):
        kind = "register" if lab in REGISTERS else lab.split(":")[0]
        groups.setdefault(f"ctx:{cid}", []).append(i)
        groups.setdefault(f"kind:{kind}", []).append(i)
    for g, idx in groups.items():
        if len(idx) < 300:
            continue
        for key, p in FILLER_RATES.items():
            rate = sum(b.flags[i][key] for i in idx) / len(idx)
            assert abs(rate - p) <= 5 * math.sqrt(p * (1 - p) / len(idx)), (style, g, key, rate, p)


def _check_corpus(style: str, size: int, b: _Built) -> None:
    c = b.corpus
    assert abs(c.n - size) <= 0.15 * size, (style, size, c.n)
    k_lo, k_hi = _STYLES[style][0]
    assert k_lo <= len(c.contexts) <= k_hi and c.baseline == c.contexts[0] == BASELINE
    assert 8 <= len(c.questions) <= 40 and max(c.samples) + 1 >= 2
    assert all(3 <= lo <= hi <= 8 for lo, hi, _ in b.profiles.values())
    _check_labels(style, b)
    _check_texts(style, b)
    _check_lengths(style, b)
    _check_filler(style, b)


def _digest(style: str, seed: int, size: int) -> str:
    c = make_corpus(style, seed, size)
    h = hashlib.sha256()
    for row in zip(c.texts, c.registers, c.question_ids, c.context_ids, c.samples, strict=True):
        h.update(repr(row).encode())
    h.update(repr((sorted(c.planted.items()), c.planted_questions, c.contexts)).encode())
    return h.hexdigest()


def _check_determinism() -> None:
    cases = [(s, 1, 300) for s in GENERATORS] + [("composite", 0, 3000), ("leak", 1, 3000)]
    here = [_digest(*case) for case in cases]
    assert here == [_digest(*case) for case in cases]
    root = str(Path(__file__).resolve().parents[1])
    code = (
        f"import sys, json; sys.path.insert(0, {root!r}); import tests.planted_blind28 as m; "
        f"print(json.dumps([m._digest(*c) for c in {cases!r}]))"
    )
    for hashseed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        out = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd=root
        )
        assert json.loads(out.stdout) == here, "output depends on PYTHONHASHSEED"


def _self_check() -> None:
    t0 = time.time()
    _check_registers()
    print(
        f"registers: {len(REGISTERS)}, markers {len(ALL_MARKERS)} (min {min(len(r.markers) for r in REGISTERS.values())}"
        f" per register), close pairs {len(CLOSE_PAIRS)}, modes {len(MODES)}, styles {len(STYLES)} + null"
    )
    slowest = 0.0
    for style in GENERATORS:
        ns = []
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                t = time.time()
                b = _build(style, seed, size)
                slowest = max(slowest, time.time() - t) if size == 20000 else slowest
                _check_corpus(style, size, b)
                ns.append(b.corpus.n)
        shares = sorted(
            {
                round(b.corpus.registers.count(r) / b.corpus.n, 3)
                for v in b.corpus.planted.values()
                for r in v.split("+")
            }
        )
        print(
            f"  {style:<18} n={ns} contexts={len(b.corpus.contexts)} planted={dict(b.corpus.planted)} shares={shares}"
        )
    assert slowest < 20, slowest
    _check_determinism()
    print(
        f"slowest 20,000-answer build {slowest:.2f}s; determinism ok (in process and under PYTHONHASHSEED 0, 4242); "
        f"total {time.time() - t0:.0f}s"
    )
    print("OK")


if __name__ == "__main__":
    _self_check()
