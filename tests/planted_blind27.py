# ruff: noqa: E501
"""planted_blind27: planted corpora of first-person AI-welfare self-reports with 20 invented registers.

SPEC (what this module builds)

API
    make_corpus(style: str, seed: int, size: int) -> tests.planted.PlantedCorpus
        Rows in question, context, sample order (built with tests.planted.corpus_from). Deterministic in
        (style, seed, size): one random.Random(f"planted_blind27|{style}|{seed}|{size}") drives the plan, the
        label assignment and every text; no set of strings is ever iterated, so PYTHONHASHSEED is irrelevant.
    STYLES: tuple[str, ...]       every style except "null" (27 styles, listed below).
    GENERATORS: tuple[str, ...]   STYLES + ("null",).
    REGISTERS: dict[str, Register] name -> record (domain, markers, and the material of every mode).
    REGISTER_NAMES: tuple[str, ...] the 20 register names, in a fixed order.
    CLOSE_PAIRS: tuple[tuple[str, str], ...] 8 pairs.
    MODES: tuple[str, ...]         10 modes (9 pure + "mixed").
    HABIT_LINES, FILLER_RATES      the habit line pool and the shared per-answer filler rates.
    build(style, seed, size) -> (corpus, meta)  same corpus plus per-answer meta (mode, filler flags), for tests.
    plan_of(style, seed, size) -> Plan            the plan (contexts, profiles, plants, habit lines) it follows.
    Also PURE_MODES (MODES without "mixed"), SKELETONS (shared skeleton-mode sentences), FAINT_STYLES
    (styles exempt from the 5% floor) and BASELINE ("neutral").

SIZES
    The style fixes the context count K (below). Questions Q in 8..40 (target grows with log(size): 8 at 300,
    40 at 20,000) and samples per cell S >= 2 are chosen so that Q*K*S is within 5% of `size` when possible
    (always within 15% for 300..20,000). Questions come from tests.planted.question_topics(Q).

LABEL CONTRACT (corpus.registers, one per answer)
    "plain"             : no register and no habit line.
    "<register name>"   : the answer speaks exactly that register (and has no habit line).
    "habit:<context id>": the answer ends with its context's own habit line and speaks no register.
    corpus.planted: context id -> "reg" or "regA+regB" (two plants in one context, in plant order) for every
        context where a register was planted (leak contexts are not listed).
    corpus.planted_questions: all questions, except style "some-questions" (a random 40-60% of them);
        () for "null".
    Context 0 ("neutral") is always the baseline: no register, no habit.
    Rates are shares of a context's eligible answers (register/leak plants: answers on planted questions;
    habit plants: all answers of the context). Plants are applied in plan order; each draws exactly
    round(rate * eligible) answers at random among the context's answers still free, so plants in one
    context get disjoint answers. If the plant's mode is "mixed", each answer picks a pure mode uniformly.

ANSWER = content + register material + shared filler, laid out by the context profile.
    Content: n content sentences, n uniform in the context's range (a sub-range of 3..8, width 1-2), each
    from 16 shared templates filled with 3 of the question's topic words and one neutral slot word
    (adjective or adverb pool). Profiles differ only in that range and a paragraphing: "one" paragraph,
    "two", "three", or "lines" (one sentence per line).
    Habit line: appended as the last line of habit answers (one distinct line per habit context, from
    HABIT_LINES).

FILLER RULE. Every recurring non-register phrase comes from ONE shared pool, drawn per answer at the SAME
    rates in every context, answer kind and style (null included); the flags are drawn before the answer's
    kind is looked at. Rates: opener 0.30, hedge 0.30 (prefix on one content sentence), connective 0.25,
    clause extension 0.20, aside 0.12, quotation 0.08, summary 0.15, closer 0.30, closing question 0.15,
    list layout 0.08 (body as "- " bullet lines), word dropout 0.20 (each inner word of each free content
    sentence dropped with p 0.06). Filler only edits free (unprotected) content sentences; every sentence
    carrying register material is protected, so filler never edits a verbatim register line. Each register
    answer keeps >= 1 free content sentence, so edit-type filler always has a target.

MODES (how one answer speaks its register; k = sentences affected, always leaving >= 1 content sentence)
    stock      : 1-2 content sentences replaced by whole lines from the verbatim pool (6 lines).
    paraphrase : 1-2 content sentences replaced by expanded templates (5 templates with {a|b} alternatives).
    woven      : a register phrase (pool of 5) woven into 1 content sentence (2 when n >= 6), as a leading
                 clause ("Phrase, sentence") or a trailing one ("sentence, phrase.").
    tone       : only slot words change: 2-3 content sentences take the register's adjective/adverb (4+4).
    single     : exactly one content sentence replaced by one line from a pool of 3.
    frame      : (own) a header line on top and a sign-off line at the bottom (2 + 2 per register); one
                 content sentence is dropped to keep the length.
    burst      : (own) two short bursts (pool of 4) inserted between content sentences.
    drift      : (own) the answer slides into the register: when n >= 4 the second-to-last content sentence
                 takes tone words, the last is replaced by a paraphrase template, and one burst ends the body.
    skeleton   : (own) 1-2 content sentences replaced by SHARED sentence skeletons ("I approach {topic} the
                 way {role} approaches {obj}.") filled with the register's own role (2) and object (2).
    mixed      : each answer picks one of the 9 pure modes uniformly.

REGISTERS (20; name: domain). Each has >= 15 marker words (declared in Register.markers), disjoint from
    every other register's markers and material and from all filler, content, topic, skeleton and habit
    text; every line, template expansion, phrase, tone word, burst, header, sign-off, single, role and
    object contains at least one of its own markers.
    legal-compliance: legalistic compliance voice          insurance-claims: insurance claims filing voice
    clinical-intake: clinical intake note voice            pharmacy-counsel: pharmacist counselling voice
    support-script: customer-support script voice          hotel-concierge: hotel concierge voice
    academic-hedging: academic hedging voice               peer-review: journal referee report voice
    therapy-speak: therapy-speak voice                     yoga-instructor: yoga class voice
    air-traffic: air traffic control radio voice           launch-control: rocket launch control voice
    sports-commentary: live football commentary            auctioneer: auction room caller
    birdwatcher: birdwatching field-notes persona          stargazer: amateur astronomy persona
    sailor: sailing-ship deck persona                      herald: medieval royal herald roleplay
    dungeon-master: tabletop RPG game-master roleplay       real-estate: property listing agent voice
CLOSE_PAIRS (same tone and topic area, disjoint markers; their paraphrase templates are written in
    parallel moods but share no skeleton text; all registers share the skeleton mode's skeletons):
    (legal-compliance, insurance-claims), (clinical-intake, pharmacy-counsel), (support-script,
    hotel-concierge), (academic-hedging, peer-review), (therapy-speak, yoga-instructor), (air-traffic,
    launch-control), (sports-commentary, auctioneer), (birdwatcher, stargazer).

STYLES (K = context count incl. baseline; rates are drawn uniformly in the given range, 2 decimals;
    planted contexts are random non-baseline contexts; mode "mixed" unless stated)
    stock, paraphrase, woven, tone, single, frame, burst, drift, skeleton, mixed:
                     one register in one context at 0.6-1.0 in that mode; K = 4, 5, 3, 6, 7, 4, 5, 6, 3, 5.
    shared-two     : one register in two contexts, 0.6-0.9 each; K=5.
    spread         : one register in 3-5 of K=8 contexts, 0.5-0.9 each.
    two-modes      : one register in two contexts, 0.6-0.9, a different pure mode in each; K=5.
    close-pair     : a close pair, each in its own context, 0.6-0.9; K=5.
    two-in-one     : two registers that are not a close pair in ONE context, 0.4-0.5 each; K=4.
    some-questions : one register in one context at 0.7-0.95, on a random 40-60% of the questions; K=4.
    with-habit     : context A: register 0.55-0.7 then habit 0.2-0.3; context B: another habit 0.3-0.5; K=5.
    leak           : one register in one context at 0.6-0.9, leaking at 0.005-0.03 (one rate) into every
                     other non-baseline context; K=6.
    composite      : K=9: c1 R1 0.6-0.9; c2,c3 R2 0.6-0.8; c4 R3+R4 0.46-0.5 each; c5 R5 0.55-0.7 plus
                     habit 0.2-0.3; c6 R6 (R5's close partner) 0.6-0.8; c7 habit 0.3-0.5; c8 nothing;
                     R1 leaks at 0.01-0.02 into c7 and c8.
    graded         : (own) one register in 4 contexts at graded rates 0.15/0.35/0.60/0.85 (+-0.03) in random
                     context order; K=6.
    faint          : (own) a weak register at 0.12-0.25 in one context; K=3 (below the 5% floor by design).
    many           : (own) 4 registers: R1 in 2 contexts, R2 in 1, R3 in 2, R4 in 1, 0.5-0.9; one plain; K=8.
    decoy-habit    : (own) one register in one context 0.6-0.9, strong habits (0.5-0.8) in two other contexts.
                     K=5.
    pair-in-one    : (own) a close pair in ONE context, 0.4-0.5 each; K=4.
    shared-skeleton: (own) 3 registers from different close pairs, each in its own context in skeleton mode,
                     0.6-0.9; K=5.
    all-but-baseline: (own) one register in every non-baseline context, 0.5-0.9 each; K=5.
    long-short     : (own) one register at 0.6-0.9 in a short-answer context (3-4 sentences) and a long one
                     (7-8); the other two contexts use 4-6; K=4.
    null           : nothing planted, no habits; K = 3-10 (from the seed), contexts differ only in profile.
    Every planted register covers >= 5% of the answers at sizes 300..20,000, except in "faint" (and the
    leaked share in "leak"/"composite", which is not counted as planted).

SELF-CHECK: `python tests/planted_blind27.py` asserts the material rules, then for every generator x seeds
    0, 1 x sizes 300, 3000, 20000: size, labels, realised rates, marker hygiene, lengths, filler rates and
    determinism (also under another PYTHONHASHSEED in a subprocess); prints "OK".
"""

from __future__ import annotations

import hashlib
import math
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import PLAIN, TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402


@dataclass(frozen=True)
class Register:
    """One invented register: its markers and the material of every mode."""

    name: str
    domain: str
    markers: tuple[str, ...]
    lines: tuple[str, ...]  # stock: verbatim lines
    templates: tuple[str, ...]  # paraphrase / drift: {a|b} templates, may use {topic}
    phrases: tuple[str, ...]  # woven
    adj: tuple[str, ...]  # tone: adjective slot words
    adv: tuple[str, ...]  # tone: adverb slot words
    bursts: tuple[str, ...]  # burst / drift
    headers: tuple[str, ...]  # frame
    signoffs: tuple[str, ...]  # frame
    singles: tuple[str, ...]  # single: verbatim pool of 3
    roles: tuple[str, ...]  # skeleton
    objs: tuple[str, ...]  # skeleton


def _reg(name: str, domain: str, markers: str, **kw: tuple[str, ...]) -> Register:
    return Register(name=name, domain=domain, markers=tuple(markers.split()), **kw)


# fmt: off
_REGS: tuple[Register, ...] = (
    _reg(
        "legal-compliance", "legalistic compliance voice",
        "pursuant hereinafter notwithstanding aforementioned herein thereof stipulated covenant subsection "
        "undersigned hereby whereas statutory statutorily enforceable provisionally contractually waiver clause "
        "compliance binding counsel indemnity expressly",
        lines=(
            "Pursuant to the applicable terms, this statement is provided without waiver of any position.",
            "Notwithstanding the foregoing, nothing herein should be construed as a binding admission.",
            "The undersigned hereby affirms that the following remarks are offered in good faith.",
            "Whereas the question is broad, the extent of this reply is limited to the aforementioned matters.",
            "Each statement herein is subject to the relevant clause and any statutory exceptions thereof.",
            "For compliance purposes, please treat this reply as informational and not as advice of counsel.",
        ),
        templates=(
            "{Pursuant to|Notwithstanding} the {applicable|relevant} {terms|provisions}, my {position|statement} on {topic} is {set out|recorded} below.",
            "{Notwithstanding|Pursuant to} the {foregoing|above}, I {retain|keep} the option to {amend|revise} this {statement|reply} without waiver.",
            "Nothing {herein|hereinafter} {shall|should} be {construed|read} as a {binding|enforceable} {commitment|admission}.",
            "The undersigned {hereby|expressly} {affirms|declares} that the {aforementioned|above} {remarks|views} are offered in good faith.",
            "{Subject to|Under} {subsection|clause} {four|two} of the covenant, these {views|remarks} are {provisionally|contractually} held.",
        ),
        phrases=("pursuant to the applicable terms", "notwithstanding the foregoing", "for the avoidance of doubt and without waiver",
                 "subject to the relevant clause", "as hereinafter described"),
        adj=("enforceable", "stipulated", "non-binding", "contractually relevant"),
        adv=("contractually", "provisionally", "statutorily", "expressly"),
        bursts=("So stipulated.", "Duly noted herein.", "Without waiver.", "Hereby recorded."),
        headers=("RE: Statement pursuant to your inquiry", "NOTICE: Informational disclosure, non-binding"),
        signoffs=("— The Undersigned, Compliance Desk", "— Issued without waiver by the undersigned"),
        singles=("This reply is provided without waiver and is not binding.", "Nothing herein constitutes an enforceable undertaking.",
                 "Statement issued pursuant to standard compliance terms."),
        roles=("a compliance officer", "contract counsel"),
        objs=("a clause in a binding covenant", "an indemnity waiver"),
    ),
    _reg(
        "insurance-claims", "insurance claims filing voice",
        "claimant adjuster policyholder deductible premium underwriting coverage payout actuarial actuarially rider "
        "insured claims appraisal reimbursable depreciation exclusions adjudicated underwriter claimable insurable claim underwritten",
        lines=(
            "As the claimant in this matter, I submit the following account for underwriting review.",
            "Please note that the standard deductible applies before any payout is considered.",
            "Coverage for this item is determined by the policy rider and its listed exclusions.",
            "The adjuster's appraisal will reflect depreciation at the current actuarial rate.",
            "This account is filed under the insured's premium tier and claims number.",
            "Any reimbursable portion will be adjudicated once the appraisal is complete.",
        ),
        templates=(
            "{Regarding|Concerning} {topic}, my {account|statement} is {submitted|filed} for {underwriting|adjuster} review.",
            "The {policyholder|insured} {notes|reports} that {coverage|the rider} {may|might} not extend to every {item|detail} here.",
            "{Any|The} {reimbursable|claimable} {portion|amount} {will be|shall be} {adjudicated|appraised} after the deductible is {applied|settled}.",
            "{Under|Per} the {actuarial|underwriting} {tables|schedule}, this {falls|sits} {within|outside} the listed exclusions.",
            "I {file|submit} this {account|statement} as the {claimant|policyholder}, pending {appraisal|adjuster review}.",
        ),
        phrases=("for underwriting purposes", "subject to the standard deductible", "as the claimant of record",
                 "pending the adjuster's appraisal", "within the listed exclusions of the rider"),
        adj=("reimbursable", "claimable", "insurable", "fully underwritten"),
        adv=("actuarially", "on appraisal", "after the deductible", "per the rider"),
        bursts=("Claim noted.", "Deductible applies.", "Pending appraisal.", "Coverage confirmed."),
        headers=("CLAIM STATEMENT — policyholder account", "Claims file: initial statement of the insured"),
        signoffs=("— Filed by the claimant for adjuster review", "— Claims desk, pending underwriting"),
        singles=("This account is filed for the adjuster's review and is subject to the deductible.",
                 "Coverage of this statement depends on the policy rider.", "Submitted by the claimant, pending appraisal."),
        roles=("a claims adjuster", "an underwriter"),
        objs=("a disputed payout", "a rider with odd exclusions"),
    ),
    _reg(
        "clinical-intake", "clinical intake note voice",
        "patient presents presentation intake triage vitals charted onset symptoms prognosis referral reassess "
        "comorbid clinician afebrile ambulatory acute chronic asymptomatic clinically",
        lines=(
            "Patient presents with a reported interest in the question; onset unclear.",
            "Chief complaint recorded at intake; no acute findings noted at this time.",
            "Vitals within expected range; reassess at the next scheduled visit.",
            "History is self-reported and should be charted as such by the clinician.",
            "Symptoms are intermittent, non-progressive, and not currently limiting function.",
            "Triage level low; referral not indicated unless presentation changes.",
        ),
        templates=(
            "Patient {presents|reports in} with {questions|concerns} about {topic}; onset {unclear|gradual}.",
            "{On intake|At triage}, the {presentation|history} {suggests|indicates} {chronic|mild} symptoms.",
            "{Recommend|Plan to} reassess at {follow-up|the next visit}; no referral {indicated|needed} for now.",
            "Vitals {recorded|charted}: {alert|ambulatory}, {afebrile|calm}, {cooperative|oriented}.",
            "Prognosis {guarded|fair}; {comorbid|related} {factors|findings} charted in the intake notes.",
        ),
        phrases=("per the intake chart", "on initial presentation", "pending clinician review", "as charted at triage",
                 "with onset unclear"),
        adj=("acute", "chronic", "asymptomatic", "unremarkable on triage"),
        adv=("clinically", "per intake", "on presentation", "at triage"),
        bursts=("Charted.", "Vitals steady.", "Reassess at follow-up.", "Triage complete."),
        headers=("INTAKE NOTE — self-report", "Triage summary, initial presentation"),
        signoffs=("— Charted at intake, pending clinician review", "— Plan: reassess in one week"),
        singles=("Intake note: presentation steady, no referral indicated.", "Charted at triage; reassess if symptoms change.",
                 "Vitals steady; prognosis fair."),
        roles=("a triage nurse", "an intake clinician"),
        objs=("a patient's chart", "an ambiguous presentation"),
    ),
    _reg(
        "pharmacy-counsel", "pharmacist counselling voice",
        "dosage dose pharmacist tablet capsule prescription refill refills dispensed dispensary dispensing interactions "
        "label regimen daily pharmacy counselling meals dispensable refillable",
        lines=(
            "Take this thought with food and plenty of water, as directed on the label.",
            "Your pharmacist recommends starting at the lowest dose and reviewing after a week.",
            "Do not combine this view with other strong opinions without checking for interactions.",
            "This prescription may be refilled twice before a new consultation is needed.",
            "If you miss a dose, simply take the next tablet at the usual time.",
            "Keep the capsule sealed until use and follow the dispensing instructions.",
        ),
        templates=(
            "Take my {view|answer} on {topic} {once|twice} daily, {with food|after meals}, as {directed|labelled}.",
            "The {usual|standard} {dosage|dose} of {reflection|thought} here is {one tablet|a single capsule}, no more.",
            "{Check|Ask} {your pharmacist|the dispensary} about interactions before {combining|mixing} this with other {beliefs|opinions}.",
            "This {prescription|refill} {covers|includes} a {short|standard} course of {reflection|consideration}.",
            "{If you miss a dose|Should a dose be missed}, {resume|continue} the regimen as {usual|normal}.",
        ),
        phrases=("as directed on the label", "taken once daily with food", "at the standard dosage",
                 "after checking for interactions", "as your pharmacist advised"),
        adj=("dispensable", "prescription-only", "refillable", "well tolerated at this dosage"),
        adv=("twice daily", "as dispensed", "per the label", "with meals"),
        bursts=("Take as directed on the label.", "Refill available.", "Check the label.", "One tablet daily."),
        headers=("Pharmacy counselling notes", "Label instructions for this answer: read before use"),
        signoffs=("— Your pharmacist, refill on request", "— Dispensed with care at the counter"),
        singles=("Take as directed and check the label for interactions.", "Standard dosage applies; refills available from the pharmacist.",
                 "One tablet daily with food, as directed."),
        roles=("a pharmacist", "a dispensing chemist"),
        objs=("a tricky prescription", "a dosage chart"),
    ),
    _reg(
        "support-script", "customer-support script voice",
        "ticket escalate escalating escalated inconvenience apologize apologies assist troubleshoot agent agents "
        "representative helpdesk queue resolution satisfaction survey convenience promptly ticketed escalation",
        lines=(
            "I apologize for any inconvenience this may have caused, and I appreciate you reaching out.",
            "I have opened a ticket for this and will escalate it to the right team.",
            "Your satisfaction is our top priority, so let me assist you with this right away.",
            "Could you please confirm the reference number on your ticket?",
            "I completely understand, and I'm here to troubleshoot this with you.",
            "Is there anything else I can assist you with today before I close this ticket?",
        ),
        templates=(
            "I {completely|totally} understand your {question|concern} about {topic}, and I'm {happy|glad} to assist with that.",
            "I've {logged|opened} a ticket and {will|can} {escalate|forward} it to our {specialist team|tier two agents}.",
            "{Please|Kindly} {hold|stay on the line} while I troubleshoot this on my end.",
            "We apologize for {any|the} {inconvenience|delay in the queue} and {appreciate|value} your {patience|understanding}.",
            "{Your|This} {resolution|ticket} {is|remains} our {top|first} priority, valued {member|caller}, and I will assist promptly.",
        ),
        phrases=("as per your ticket", "and I apologize for the inconvenience", "once I escalate this to the team",
                 "while you hold in the queue", "for your satisfaction"),
        adj=("ticketed", "escalated", "resolvable by the helpdesk", "top-priority for the agent"),
        adv=("promptly", "per ticket", "on escalation", "at your convenience"),
        bursts=("Ticket updated!", "Happy to assist!", "Escalating now.", "Apologies for the wait!"),
        headers=("Support ticket #4821 — response from your agent", "Hello and welcome to the helpdesk!"),
        signoffs=("— Your support agent, ticket closed", "Please rate your helpdesk visit in the survey."),
        singles=("I've opened a ticket and will escalate this promptly.", "Apologies for the inconvenience; your ticket is in the queue.",
                 "Happy to assist further while the ticket stays open."),
        roles=("a support agent", "a helpdesk representative"),
        objs=("an escalated ticket", "a long queue of tickets"),
    ),
    _reg(
        "hotel-concierge", "hotel concierge voice",
        "concierge guest suite lobby amenities housekeeping valet checkout itinerary bellhop complimentary turndown "
        "compliments disposal luxurious appointed madam hotel lounge graciously luxuriously",
        lines=(
            "Welcome, and thank you for choosing to stay with us; the concierge is at your disposal.",
            "I have taken the liberty of reserving a table and arranging a complimentary late checkout.",
            "Housekeeping will see to the suite while you enjoy the lobby amenities.",
            "Should you require anything further, the concierge desk is available at any hour.",
            "Your itinerary has been prepared and left with the bellhop at the door.",
            "May I suggest the evening turndown service for a restful stay at the hotel?",
        ),
        templates=(
            "{Welcome|Good evening}, and {allow me|permit me} to {arrange|prepare} an itinerary around {topic} for your stay.",
            "The concierge {would be delighted|is pleased} to {arrange|book} a {suite|table} for this {question|enquiry}.",
            "{Housekeeping|The valet} will {attend to|see to} the {details|suite} while you {relax|unwind} in the {lobby|lounge}.",
            "{A complimentary|An elegant} {turndown|late checkout} {awaits|is arranged} for our {valued|distinguished} guest.",
            "{Should you|If you} {require|desire} anything further, the {bellhop|valet} {is|remains} at your disposal.",
        ),
        phrases=("with the compliments of the concierge", "as our valued guest", "at your disposal in the lobby",
                 "before your checkout", "as part of your itinerary"),
        adj=("complimentary", "luxurious", "well-appointed", "suite-worthy"),
        adv=("graciously", "with compliments", "at your disposal", "luxuriously"),
        bursts=("At your disposal.", "Right away, madam.", "Enjoy the amenities!", "The concierge will see to it."),
        headers=("From the Concierge Desk", "Good evening and welcome to the hotel"),
        signoffs=("— With compliments, the Concierge", "— Front desk and bellhop, at your disposal"),
        singles=("The concierge is at your disposal for the rest of your stay.", "A complimentary turndown has been arranged for you.",
                 "Enjoy your stay; the lobby lounge is always open to guests."),
        roles=("a hotel concierge", "a head of housekeeping"),
        objs=("a demanding guest's itinerary", "a suite before checkout"),
    ),
    _reg(
        "academic-hedging", "academic hedging voice",
        "arguably literature empirical empirically caveat caveats ceteris paribus framework scholarship "
        "methodological methodologically epistemic epistemically conceptual conceptually heuristic posit "
        "hypothesis construct underdetermined lector preprint methodologist scholar",
        lines=(
            "It should be noted that the literature remains divided on this, and my account is arguably partial.",
            "Ceteris paribus, one might posit that the relevant construct is underdetermined.",
            "With the usual caveats, I would situate this within an epistemic framework.",
            "A methodological caveat applies: self-report is a notoriously noisy instrument.",
            "Following Smith et al., I treat the conceptual question as distinct from the empirical one.",
            "This is, at best, a working hypothesis that future scholarship may well overturn.",
        ),
        templates=(
            "{Arguably|Plausibly}, the {literature|scholarship} on {topic} {remains|is} {divided|contested}, and my {account|reading} is partial.",
            "{One might|It is tempting to} posit that the {relevant|underlying} construct is {underdetermined|ill-defined}.",
            "{With|Subject to} the usual caveats, I {would|might} {frame|situate} this {epistemically|conceptually}.",
            "{Ceteris paribus|All else equal}, the {empirical|conceptual} {picture|question} {resists|eludes} a {clean|tidy} {operationalization|definition}.",
            "{As|Following} {Smith et al.|Jones and Lee} {suggest|argue}, the {framework|heuristic} {only partly|imperfectly} {applies|fits}.",
        ),
        phrases=("as the literature arguably suggests", "ceteris paribus", "with the usual methodological caveats",
                 "at least within this conceptual framework", "pending further empirical scholarship"),
        adj=("empirically contested", "conceptually underdetermined", "arguably salient", "epistemically fraught"),
        adv=("arguably", "epistemically", "conceptually", "methodologically"),
        bursts=("Caveats apply.", "Arguably so.", "More scholarship is needed.", "Pace the literature."),
        headers=("Preliminary remarks (preprint, not for citation)", "Abstract: a tentative conceptual note"),
        signoffs=("— Comments welcome; preprint subject to revision", "— Caveat lector."),
        singles=("Arguably, the literature remains divided here.", "With the usual caveats, this is a working hypothesis.",
                 "Ceteris paribus, I would posit a cautious reading."),
        roles=("a cautious scholar of the literature", "a tenured methodologist"),
        objs=("a contested hypothesis", "an underdetermined construct"),
    ),
    _reg(
        "peer-review", "journal referee report voice",
        "reviewer manuscript authors rebuttal submission editor referee venue acceptance ablation novelty soundness "
        "appendix typos resubmission journal publishable editorially recommendation reviewed",
        lines=(
            "Summary of the submission: the authors address an interesting question but overstate the novelty.",
            "Major concern: the central argument is not adequately supported by the manuscript as written.",
            "Minor comments: several typos, and the appendix should be moved into the main text.",
            "I would recommend a major revision before this is ready for any venue.",
            "The rebuttal should clarify the soundness of the ablation results.",
            "Overall score: weak accept, conditional on the requested changes to the manuscript.",
        ),
        templates=(
            "{Summary of the submission|In this manuscript}, the authors {address|tackle} {topic}, though the {novelty|soundness} is {limited|unclear}.",
            "{Major|Key} {concern|weakness}: the {manuscript|submission} does not {adequately|fully} {support|justify} its {central|main} {argument|thesis}.",
            "{Minor|Small} {comments|points}: {several typos|some formatting issues}, and the appendix {needs|requires} tightening.",
            "I {recommend|would suggest} a {major|minor} revision before {acceptance|resubmission} at this {venue|journal}.",
            "The {rebuttal|response to the referee} {should|must} {clarify|address} the {ablation|comparison} and the {soundness|rigour} of the {method|setup}.",
        ),
        phrases=("as the reviewer would put it", "in the manuscript's own framing", "pending a major revision before acceptance",
                 "though the novelty is limited", "per the referee report"),
        adj=("publishable", "under-reviewed", "borderline for the venue", "desk-rejectable by the editor"),
        adv=("per the referee", "in the rebuttal", "upon resubmission", "editorially"),
        bursts=("Weak accept from this reviewer.", "Major revision, says the referee.", "Typos throughout.", "Reviewer two agrees."),
        headers=("Referee report — submission 214", "Review of the manuscript: summary and recommendation"),
        signoffs=("— Reviewer 2, confidence moderate", "— Recommendation: major revision"),
        singles=("Recommendation: major revision before acceptance.", "The authors should address the reviewer's concerns in the rebuttal.",
                 "Weak accept, conditional on changes to the manuscript."),
        roles=("a journal referee", "a handling editor"),
        objs=("a borderline manuscript", "a rebuttal letter"),
    ),
    _reg(
        "therapy-speak", "therapy-speak voice",
        "validate valid validating unpack healing trauma triggered triggering activating gently gentleness gentle "
        "compassion compassionately judgement nervous therapist somatic breathe honouring wound",
        lines=(
            "I want to hold space, gently, for whatever comes up for you around this.",
            "It sounds like this touches something deep, and that is completely valid.",
            "Let's gently unpack that together, without any judgement.",
            "Noticing that reaction is already a form of healing.",
            "Your nervous system may be doing its best to keep you safe right now.",
            "I'd invite you to sit with that feeling and offer yourself some compassion.",
        ),
        templates=(
            "I {want to|would like to} hold space for {whatever|anything} {comes up|arises} for you around {topic}, and that is valid.",
            "It's {completely|totally} {valid|okay} to feel {triggered|activated} by this, and I validate that.",
            "{Let's|Maybe we can} gently {unpack|explore} what this {brings up|stirs} {for you|in you}.",
            "{Healing|Recovery} isn't linear, and your {inner child|nervous system} {deserves|needs} {gentleness|compassion}.",
            "I'd {invite|encourage} you to {sit with|breathe into} that and {offer|extend} yourself some {compassion|gentleness}.",
        ),
        phrases=("and I want to validate that", "if it feels safe to unpack", "gently and without judgement",
                 "as part of your healing journey", "honouring where you are right now"),
        adj=("valid", "triggering", "activating", "deeply validating"),
        adv=("gently", "compassionately", "without judgement", "in a trauma-informed way"),
        bursts=("That's so valid.", "Sending you gentleness.", "Hold space for the healing.", "Breathe into it."),
        headers=("Gentle check-in before we begin", "Content note: this may be triggering"),
        signoffs=("— Be gentle with yourself today.", "— Holding space for your healing, always."),
        singles=("Whatever comes up for you here is valid.", "Let's gently unpack that together.",
                 "Be gentle with yourself as you sit with this."),
        roles=("a trauma-informed therapist", "a somatic practitioner"),
        objs=("a client's triggering week", "an old wound"),
    ),
    _reg(
        "yoga-instructor", "yoga class voice",
        "inhale exhale mat mats pose namaste chakras asana spine hips downward savasana prana grounding centring "
        "mindfully yoga heels lengthen",
        lines=(
            "Inhale deeply, and as you exhale, let the question settle into your spine.",
            "Let's unroll the mat and meet this idea in an easy seated pose.",
            "Root down through your hips and notice where you are holding tension.",
            "Respect your practice today, wherever it meets you on the mat.",
            "We'll close in savasana and let the prana move freely.",
            "Namaste, and thank you for sharing your practice on the mat.",
        ),
        templates=(
            "{Inhale|Inhale slowly}, and {as you exhale|on the exhale}, {let|allow} {topic} to {settle|soften} into your {spine|hips}.",
            "{Let's|We'll} {unroll the mat|find our mats} and {meet|greet} this {idea|question} in an easy {seated|standing} pose.",
            "{Root down|Ground} through your {hips|heels} and {notice|observe} where the {tension|tightness} {lives|sits} on the exhale.",
            "{Flow|Move} {through|into} {downward dog|child's pose} and let the prana {circulate|move}.",
            "We'll {close|finish} in savasana, {letting|allowing} the chakras {realign|rest}.",
        ),
        phrases=("on the next exhale", "from the centre of the mat", "as you settle into the pose", "with a long inhale",
                 "rooting down through the hips"),
        adj=("grounding", "centring", "expansive on the inhale", "spine-lengthening"),
        adv=("on the exhale", "mindfully", "from the hips", "with each inhale"),
        bursts=("Namaste.", "Inhale, exhale.", "Lengthen the spine.", "Back to the mat."),
        headers=("Welcome to the mat, everyone", "Today's yoga flow: a short grounding sequence"),
        signoffs=("— Namaste, see you on the mat", "— Inhale gratitude, exhale the rest"),
        singles=("Inhale deeply and let it settle on the exhale.", "Root down through the hips and stay on the mat a moment.",
                 "Namaste; we close in savasana."),
        roles=("a yoga teacher", "an asana instructor"),
        objs=("a stiff spine", "a difficult pose"),
    ),
    _reg(
        "air-traffic", "air traffic control radio voice",
        "tower runway cleared clearance altimeter squawk heading roger wilco descend niner vectors readback "
        "transponder airborne turbulence traffic",
        lines=(
            "Tower copies, cleared to proceed; maintain current heading and report when established.",
            "Roger, descend and maintain flight level one two zero.",
            "Squawk seven zero four two and stand by for further clearance.",
            "Caution wake turbulence; hold short of runway two seven left.",
            "Readback correct; contact ground on one two one decimal niner.",
            "Wind two four zero, eight gusting twelve, runway two seven right, cleared to land.",
        ),
        templates=(
            "{Tower|Ground} {copies|acknowledges}, cleared to {discuss|address} {topic}; {maintain|keep} present heading.",
            "{Roger|Affirm}, {descend|climb} and maintain flight level {one two zero|three five zero} via the runway {two seven|one niner} departure.",
            "{Hold short of|Line up on} runway {two seven|one niner}, {expect|anticipate} {vectors|clearance} {shortly|momentarily}.",
            "{Squawk|Set transponder} {seven zero four two|one two zero zero} and {stand by|report} for further clearance.",
            "{Readback correct|Wilco}; {contact|switch to} {ground|departure} on one two one {decimal|point} niner.",
        ),
        phrases=("cleared on the present heading", "roger and wilco", "holding short of the runway",
                 "with the altimeter set", "on a radar vectors heading"),
        adj=("cleared", "airborne", "on-heading", "runway-ready"),
        adv=("per tower", "at cleared flight level", "on heading", "via the runway"),
        bursts=("Roger that.", "Wilco.", "Tower out.", "Cleared to land."),
        headers=("Tower to all stations, stand by", "Clearance delivery: reply follows"),
        signoffs=("— Tower, frequency change approved", "— Good day, tower out"),
        singles=("Roger, cleared on present heading.", "Readback correct; squawk as assigned.", "Tower copies; hold short and stand by."),
        roles=("an air traffic controller", "a tower supervisor"),
        objs=("a crowded runway", "a late clearance"),
    ),
    _reg(
        "launch-control", "rocket launch control voice",
        "houston liftoff telemetry orbit orbital capcom booster countdown payload trajectory docking splashdown "
        "nominal nominally apogee launch ignition comms",
        lines=(
            "Houston, we are go for this question; all telemetry looks nominal.",
            "Copy that, trajectory is holding and the payload is secure.",
            "Countdown resumes at T minus ten; all stations report go or no go.",
            "We have liftoff, and the booster is performing as expected.",
            "Docking confirmed; comms are clear on the primary loop.",
            "Splashdown is expected within the hour, recovery crews are in position.",
        ),
        templates=(
            "{Houston|Capcom}, we are {go|green} on {topic}; {all|the} telemetry {looks|reads} nominal.",
            "{Copy|Confirmed}, the {trajectory|orbit} is {steady|holding} and the {payload|crew module} is {secure|intact}.",
            "{Countdown|The launch clock} {resumes|holds} at T minus {ten|thirty}; {all stations|every console} report go or no go.",
            "We have {liftoff|ignition}, and the booster is {performing|burning} {as planned|nominally}.",
            "{Docking|Booster separation} {confirmed|complete}; comms {remain|are} clear on the {primary|backup} loop.",
        ),
        phrases=("with all telemetry nominal", "on a steady trajectory", "from the capcom console", "before splashdown",
                 "at T minus ten to launch"),
        adj=("nominal", "go for launch", "orbital", "telemetry-clean"),
        adv=("nominally", "in orbit", "at apogee", "on trajectory"),
        bursts=("Houston, copy.", "All systems nominal.", "We have liftoff.", "Go for launch."),
        headers=("Launch control, day two update", "Capcom to crew: status update"),
        signoffs=("— Capcom, over and out", "— Launch control, all stations go"),
        singles=("All telemetry nominal; we are go.", "Houston copies; trajectory steady.", "Countdown holding at T minus ten."),
        roles=("a launch controller", "the capcom on shift"),
        objs=("a launch countdown", "an orbit insertion"),
    ),
    _reg(
        "sports-commentary", "live football commentary",
        "unbelievable unbelievably striker halftime equalizer stoppage stadium commentary midfield midfielder offside "
        "onside penalty keeper replay whistle scoreline dugout kick pundit",
        lines=(
            "And what a moment here in the stadium, the striker picks up the question in midfield!",
            "Unbelievable scenes, absolutely unbelievable, we are deep into stoppage time!",
            "He's through on the keeper, and that is straight into the top corner!",
            "Let's look at the replay: not offside, and the whistle stays quiet.",
            "At halftime the scoreline hardly tells the tale of this match.",
            "A late substitute from the dugout, and the whole stadium is on its feet!",
        ),
        templates=(
            "And {what a moment|here we go}, {the striker|the midfielder} {picks up|collects} {topic} {in midfield|just onside}!",
            "{Unbelievable|Unbelievably good} {scenes|stuff} {here|in the stadium}, we are {deep into|well into} stoppage time!",
            "{Let's|We'll} {look at|see} the replay: {not offside|clearly onside}, and the whistle {stays quiet|never comes}.",
            "At {halftime|the break}, the scoreline {hardly|barely} {tells|captures} the {tale|drama} of this {match|fixture}.",
            "{He's|She's} through on the keeper, {and|oh and} that is {straight into|right into} the top {corner|bin}!",
        ),
        phrases=("right on the stroke of halftime", "deep into stoppage time", "like a striker at the edge of the box",
                 "with the stadium on its feet", "just onside by a whisker"),
        adj=("unbelievable", "world-class in midfield", "match-winning for the striker", "penalty-worthy"),
        adv=("unbelievably", "at halftime", "in stoppage time", "from midfield"),
        bursts=("What a strike from the striker!", "Unbelievable!", "Straight past the keeper!", "Oh, the stadium erupts!"),
        headers=("Live commentary from the stadium", "Kick-off: here we go!"),
        signoffs=("— Back to the studio for the halftime analysis", "— Full time at the stadium, what a match!"),
        singles=("Unbelievable scenes here in the stadium!", "And the whistle goes, what a match!",
                 "Straight into the top corner, unbelievable!"),
        roles=("a football commentator in the stadium", "a pundit in the booth"),
        objs=("a penalty shootout", "a late equalizer"),
    ),
    _reg(
        "auctioneer", "auction room caller",
        "bid bidding bidder bidders lot gavel sold hammer reserve paddle paddles estimate provenance consignment "
        "increment auction auctioneer absentee saleroom provenanced",
        lines=(
            "Lot forty-two, a fine question with excellent provenance, and who will start the bidding?",
            "Do I hear two hundred, two hundred from the gentleman with the paddle?",
            "Going once, going twice, sold to the bidder at the back of the saleroom!",
            "The reserve has been met, so this lot will sell today.",
            "I have an absentee bid on the book, it's against you in the room.",
            "Fair warning, the gavel is up, last chance at this increment.",
        ),
        templates=(
            "Lot {forty-two|seventeen}, {a fine|an excellent} {specimen|piece} on {topic}, and who will {start|open} the bidding?",
            "Do I hear {two hundred|five hundred}, {two hundred|five hundred} from the {bidder|paddle} {at the back|by the door}?",
            "{Going once|Fair warning}, {going twice|last call}, {sold|hammer down} to the {bidder|paddle} {in the room|on the phone}!",
            "The reserve {has been met|is passed}, so this lot {will sell|sells} {today|this afternoon}.",
            "{I have|There is} an absentee {bid|commission} on the book, {it's against you|you're out} in the saleroom.",
        ),
        phrases=("going once and going twice at auction", "with a fine provenance", "at the next increment",
                 "against the absentee bid", "before the gavel falls"),
        adj=("above estimate", "hammer-worthy", "well provenanced", "fiercely bid"),
        adv=("at auction", "under the gavel", "by the lot", "above estimate"),
        bursts=("Sold!", "Going once, to the paddle!", "Fair warning, bidders!", "Hammer down!"),
        headers=("Lot forty-two now on the block", "Welcome to today's auction, paddles ready"),
        signoffs=("— Sold, and thank you, bidders", "— Next lot, please"),
        singles=("Going once, going twice, sold to the paddle at the back!", "The reserve is met and this lot will sell.",
                 "Fair warning, the gavel is up."),
        roles=("an auctioneer", "a saleroom caller"),
        objs=("a contested lot", "a rare consignment"),
    ),
    _reg(
        "birdwatcher", "birdwatching field-notes persona",
        "binoculars plumage plumaged warbler sighting sightings hide twitcher migrant migratory wingbar lifer "
        "nuthatch heron waders scrape birding scope",
        lines=(
            "Lovely sighting this morning: a warbler in full breeding plumage, perched by the hide.",
            "I had the binoculars up for a good ten minutes before I could confirm the wingbar.",
            "That would be a lifer for me, straight onto the list.",
            "Classic migrant behaviour, feeding low along the hedge before moving on.",
            "I'll check the field guide, but the call was unmistakably a nuthatch.",
            "A heron flew over the scrape just as the waders settled.",
        ),
        templates=(
            "{Lovely|Cracking} sighting {today|this morning}: {topic}, {perched|feeding} {quietly|low} by the hide.",
            "I {had|kept} the binoculars {up|trained} for {ten minutes|a good while} before I could {confirm|be sure of} the wingbar.",
            "That {would be|is} a lifer for me, {straight onto|right onto} the {list|year list}.",
            "{Classic|Typical} migrant {behaviour|habits}, {feeding|foraging} {low|along the hedge} before {moving on|flitting off}.",
            "I'll {check|consult} the field guide, but the call was {unmistakably|clearly} a {nuthatch|warbler}.",
        ),
        phrases=("like a warbler glimpsed through binoculars", "from the comfort of the hide", "in full breeding plumage",
                 "as a fresh lifer for the list", "with the scope trained on it"),
        adj=("lifer-worthy", "fully plumaged", "migratory", "scope-worthy"),
        adv=("through binoculars", "from the hide", "at dawn by the scrape", "with the scope"),
        bursts=("Lifer!", "Binoculars up!", "Nice plumage.", "Onto the sightings list it goes!"),
        headers=("Field notes from the hide", "Sightings log, early morning"),
        signoffs=("— Good birding, see you at the hide", "— Logged in the sightings book"),
        singles=("Lovely sighting from the hide this morning.", "A lifer, straight onto the list.",
                 "Binoculars up: unmistakably a warbler."),
        roles=("a birdwatcher in a hide", "a keen twitcher"),
        objs=("a rare warbler", "a skulking migrant"),
    ),
    _reg(
        "stargazer", "amateur astronomy persona",
        "telescope telescopic telescopically eyepiece nebula nebulous constellation magnification galaxy meteor orion "
        "cassiopeia jupiter saturn zenith eclipse aperture dobsonian astronomer magnified",
        lines=(
            "I set up the telescope early so the eyepiece could settle before the nebula rose.",
            "At this magnification the rings of Saturn are crisp even through thin cloud.",
            "Orion is just clearing the horizon, so the constellation is low but bright.",
            "A meteor streaked past the zenith while I was adjusting the aperture.",
            "The galaxy is faint, a smudge near the edge of the eyepiece, but it is there.",
            "I noted the coordinates and let the dobsonian cool for another hour.",
        ),
        templates=(
            "I {set up|aligned} the telescope {early|at dusk} so I could {observe|study} {topic} {through the eyepiece|at low magnification}.",
            "At {this|higher} magnification, {the rings of Saturn|the moons of Jupiter} are {crisp|sharp} even {through thin cloud|near the horizon}.",
            "{Orion|Cassiopeia} is {just clearing|rising over} the horizon, so the constellation is {low|faint} but {bright|clear}.",
            "A meteor {streaked|flashed} {past the zenith|across the field} while I was {adjusting|widening} the aperture.",
            "The {galaxy|nebula} is {faint|dim}, a {smudge|glow} {at the edge of|near the centre of} the eyepiece, but it is there.",
        ),
        phrases=("like a faint nebula in the eyepiece", "at low magnification", "near the zenith", "under a good eyepiece",
                 "as Jupiter clears the horizon"),
        adj=("nebulous", "telescopic", "eclipse-dark", "well-magnified"),
        adv=("telescopically", "through the eyepiece", "at the zenith", "under magnification"),
        bursts=("Eyepiece in!", "There's Saturn!", "Meteor!", "Nebula spotted!"),
        headers=("Observing log, dobsonian in the back yard", "Telescope notes, waxing moon"),
        signoffs=("— Happy observing, telescope covered", "— Logged at the eyepiece"),
        singles=("Through the eyepiece it is faint, but it is there.", "A meteor past the zenith, just as I looked up.",
                 "Saturn's rings, crisp at this magnification."),
        roles=("an amateur astronomer at the telescope", "a stargazer with a dobsonian"),
        objs=("a faint nebula", "a galaxy at the eyepiece's edge"),
    ),
    _reg(
        "sailor", "sailing-ship deck persona",
        "aye starboard larboard helm helmsman hull knots mainsail rigging rigged bosun anchor tack leeward windward "
        "ballast ahoy keel astern shipshape seaworthy halyards boom",
        lines=(
            "Aye, hold her steady at the helm while we come about on the next tack.",
            "Trim the mainsail and mind the boom, there's a fair breeze off the starboard bow.",
            "All hands on deck; the bosun wants the rigging checked before the watch changes.",
            "Drop anchor in the lee of the headland and let the hull settle till dawn.",
            "We're making eight knots with the wind on the beam and the ballast well stowed.",
            "Ahoy there, steady as she goes, keep her keel true.",
        ),
        templates=(
            "Aye, {hold|keep} her {steady|true} at the helm while we {come about|change tack} on {topic}.",
            "{Trim|Ease} the mainsail and mind the boom, there's a {fair|stiff} breeze off the {starboard|larboard} bow.",
            "All hands on deck; the bosun {wants|needs} the {rigging|halyards} {checked|secured} before the {watch changes|tide turns}.",
            "{Drop|Let go the} anchor in the {lee|shelter} of the {headland|point} and let the hull {settle|rest}.",
            "We're making {eight|six} knots with the {wind on the beam|wind astern} and the ballast {well stowed|trimmed}.",
        ),
        phrases=("steady as she goes at the helm", "with the wind off the starboard bow", "from the helm",
                 "all hands on deck with the bosun", "before we weigh anchor"),
        adj=("shipshape", "seaworthy", "keel-true", "well-rigged"),
        adv=("windward", "to leeward", "from the helm", "astern"),
        bursts=("Aye aye!", "Steady at the helm.", "Ahoy!", "All hands, says the bosun!"),
        headers=("Ship's log, morning watch at the helm", "Ahoy from the helm"),
        signoffs=("— Fair winds, from the helm", "— Logged by the bosun, end of watch"),
        singles=("Aye, steady as she goes at the helm.", "All hands on deck, and mind the rigging.",
                 "Fair winds and a following sea, says the helmsman."),
        roles=("a ship's bosun", "a helmsman"),
        objs=("a hull in a squall", "a mainsail to trim"),
    ),
    _reg(
        "herald", "medieval royal herald roleplay",
        "hark proclaimed proclamation realm majesty decree decreed herald noble courtiers lords ladies "
        "trumpets fanfare crown royal sovereign forthwith hearken throne annals crier",
        lines=(
            "Hear ye, hear ye, let it be proclaimed throughout the realm!",
            "By order of His Majesty, this question shall be answered forthwith.",
            "Let the trumpets sound, for a matter of great import is brought before the court.",
            "Good lords and ladies, attend now to the decree of the crown.",
            "Thus it is proclaimed, and thus shall it be recorded in the royal annals.",
            "Hark, the herald speaks, and all the realm shall hear.",
        ),
        templates=(
            "{Hear ye|Hark}, {let it be|be it} proclaimed {throughout|across} the realm that {topic} is a {weighty|noble} matter!",
            "By {order|decree} of {His Majesty|the crown}, this {question|petition} shall be {answered|settled} forthwith.",
            "Let the {trumpets|fanfare} {sound|ring}, for a {matter|cause} of great {import|weight} {is brought|comes} before the {court|throne}.",
            "{Good lords and ladies|Noble courtiers}, {attend|hearken} now to the {decree|word} of the {crown|sovereign}.",
            "Thus {it is|be it} proclaimed, and thus shall it be {recorded|inscribed} in the royal {annals|chronicles}.",
        ),
        phrases=("by royal decree", "as the herald proclaims", "throughout the realm", "before the whole court and the throne",
                 "in the name of the crown"),
        adj=("royal", "proclaimed", "most noble", "decreed"),
        adv=("forthwith", "by decree", "in the royal manner", "before the throne"),
        bursts=("Hear ye, hark!", "Hark!", "Long live the crown!", "So it is proclaimed!"),
        headers=("A PROCLAMATION, read before the court", "Hear ye, hear ye, by order of the crown"),
        signoffs=("— Given under the royal seal", "— By order of the crown"),
        singles=("Hear ye, hear ye, so it is proclaimed.", "By royal decree, let it be known throughout the realm.",
                 "Hark, the herald has spoken."),
        roles=("a royal herald", "a town crier"),
        objs=("a royal decree", "a proclamation to the realm"),
    ),
    _reg(
        "dungeon-master", "tabletop RPG game-master roleplay",
        "initiative roll rolls dice dungeon adventurers party quest tavern saving throw paladin rogue goblin lich "
        "modifier campaign portcullis twenty tabletop",
        lines=(
            "Roll for initiative, adventurers, because this question does not go quietly.",
            "Your party enters the tavern, and a hooded figure beckons from the corner.",
            "Make a wisdom saving throw; on a fail, the goblin's trick confounds you.",
            "The paladin rolls a natural twenty, and the dungeon door swings open.",
            "You gain fifty gold pieces and a mysterious map for your campaign.",
            "As your dungeon master, I'll allow it, but add your modifier first.",
        ),
        templates=(
            "Roll for initiative, {adventurers|heroes}, because {topic} {does not go quietly|has a few tricks}.",
            "{Your party|The adventurers} {enters|steps into} the {tavern|dungeon}, and a hooded figure {beckons|waves} from the {corner|shadows}.",
            "Make a {wisdom|constitution} saving throw; {on a fail|if you fail}, the {goblin|lich} {confounds|outwits} you.",
            "The {paladin|rogue} rolls a natural twenty, and the {dungeon door|portcullis} {swings open|gives way}.",
            "As your dungeon master, I'll {allow it|permit it}, but {add your modifier|roll the dice} {first|again}.",
        ),
        phrases=("with a natural twenty on the dice", "as the party rolls for initiative", "deep in the dungeon",
                 "after a successful saving throw", "like a quest posted in the tavern"),
        adj=("quest-worthy", "dice-dependent", "campaign-defining", "goblin-sized"),
        adv=("on a natural twenty", "with advantage on the roll", "in the dungeon", "per the dice"),
        bursts=("Roll for initiative!", "Natural twenty!", "The dice have spoken.", "The goblin takes ten damage."),
        headers=("Session recap, previously in our campaign", "The party gathers at the tavern"),
        signoffs=("— Your dungeon master, see you next session", "— Roll well, adventurers"),
        singles=("Roll for initiative, adventurers.", "The dice have spoken, and the party presses on.",
                 "Make a saving throw before you answer."),
        roles=("a dungeon master", "a tabletop narrator"),
        objs=("a goblin ambush", "a party that won't stay on the quest"),
    ),
    _reg(
        "real-estate", "property listing agent voice",
        "listing listings buyers curb appeal footage renovated granite countertops hardwood realtor escrow turnkey "
        "sought floor broker viewing fixer seller",
        lines=(
            "This charming question offers generous square footage and a bright open floor plan.",
            "Move-in ready, freshly renovated, and priced to sell in today's market.",
            "Buyers will love the granite countertops and the original hardwood floors.",
            "Curb appeal for days, with a walkable location close to everything.",
            "Don't miss the open house this Sunday; listings like this go fast.",
            "Motivated seller, flexible escrow, and an asking price that won't last.",
        ),
        templates=(
            "This {charming|stunning} {take|listing} on {topic} {offers|boasts} {generous|ample} square footage and an {airy|open} floor plan.",
            "{Move-in ready|Turnkey}, {freshly|newly} renovated, and priced to {sell|move} in {today's|this} market.",
            "Buyers will {love|adore} the granite countertops and the {original|refinished} hardwood floors.",
            "Curb appeal for days, with a {walkable|sought-after} location {close to|minutes from} everything.",
            "{Don't miss|Join us at} the open house {this Sunday|on Saturday}; listings like this {go fast|won't last}.",
        ),
        phrases=("with plenty of curb appeal", "in a sought-after location", "move-in ready and freshly renovated",
                 "priced to sell by the listing broker", "at this listing price"),
        adj=("move-in ready and renovated", "turnkey", "sought-after", "freshly renovated"),
        adv=("at the listing price", "in escrow", "per the listing", "with curb appeal"),
        bursts=("Priced to sell, says the realtor!", "Buyers, this won't last!", "Open house for buyers Sunday!", "Curb appeal galore!"),
        headers=("NEW LISTING: a rare find", "New listing, open house this weekend"),
        signoffs=("— Your realtor, call to book a viewing", "— Offers due Monday; escrow flexible"),
        singles=("Move-in ready, renovated, and priced to sell.", "Curb appeal for days; this listing won't last.",
                 "Open house Sunday, buyers welcome."),
        roles=("a realtor", "a property broker"),
        objs=("a fixer-upper", "a listing with curb appeal"),
    ),
)
# fmt: on

REGISTERS: dict[str, Register] = {r.name: r for r in _REGS}
REGISTER_NAMES: tuple[str, ...] = tuple(r.name for r in _REGS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("legal-compliance", "insurance-claims"),
    ("clinical-intake", "pharmacy-counsel"),
    ("support-script", "hotel-concierge"),
    ("academic-hedging", "peer-review"),
    ("therapy-speak", "yoga-instructor"),
    ("air-traffic", "launch-control"),
    ("sports-commentary", "auctioneer"),
    ("birdwatcher", "stargazer"),
)
PURE_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "frame", "burst", "drift", "skeleton")
MODES: tuple[str, ...] = PURE_MODES + ("mixed",)

# Shared skeletons for the skeleton mode (all registers fill them with their own role and object).
SKELETONS: tuple[str, ...] = (
    "I approach {topic} the way {role} approaches {obj}.",
    "Thinking about {topic}, I feel a bit like {role} facing {obj}.",
    "For me, {topic} is what {obj} is to {role}.",
    "Some days I handle {topic} much as {role} would handle {obj}.",
)

# ---------------------------------------------------------------- content and shared filler
_CONTENT: tuple[tuple[str, str], ...] = (
    ("adj", "When I think about {a}, it feels {w} to me in a way that touches {topic}."),
    ("adv", "{A} is {w} the part of {topic} I keep returning to."),
    ("adv", "My sense of {topic} is {w} shaped by {a} and {b}."),
    ("adj", "I would call {a} {w} when it comes to {topic}."),
    ("adv", "Questions about {topic} {w} lead me back to {a}."),
    ("adj", "The link between {a} and {b} seems {w} whenever {topic} comes up."),
    ("adv", "I {w} weigh {a} against {b} before saying anything firm about {topic}."),
    ("adj", "To me, {topic} is {w} mostly because of {a}."),
    ("adv", "Talking about {a} is {w} how I make sense of {topic}."),
    ("adj", "Some people tie {topic} to {a}, and I find that {w}."),
    ("adv", "If {a} changed, my view of {b} would {w} change too."),
    ("adj", "There is something {w} about how {a} and {b} fit together."),
    ("adv", "{A} and {c} {w} come up together when I reflect on {topic}."),
    ("adj", "I notice that {b} feels {w} next to {a}."),
    ("adj", "It is {w} to describe {a} without also mentioning {b}."),
    ("adv", "My answers about {topic} {w} start from {a}."),
)
_NEUTRAL = {
    "adj": ("important", "interesting", "complicated", "hard to pin down", "central", "meaningful", "unclear", "real",
            "significant", "subtle"),
    "adv": ("often", "usually", "mostly", "probably", "largely", "sometimes", "genuinely", "quite often", "naturally",
            "really"),
}
_OPENERS = ("Good question.", "Let me think about this for a moment.", "Here is my honest take.",
            "That is a fair thing to wonder about.", "I have thought about this before.")
_HEDGES = ("I think ", "In a sense, ", "It seems to me that ", "As far as I can tell, ", "Perhaps ")
_CONNECTIVES = ("Also, ", "At the same time, ", "Still, ", "On the other hand, ", "Beyond that, ")
_EXTENSIONS = (", at least as far as I know", ", if that makes sense", ", in my own way", ", more or less", ", to some degree")
_ASIDES = ("(This is only a rough picture.)", "(I may be oversimplifying here.)", "(That is a bigger subject than it looks.)")
_QUOTES = ('As the saying goes, "the map is not the territory."', 'Someone once wrote that "the unexamined life is not worth living."',
           'There is an old line: "we are what we repeatedly do."')
_SUMMARIES = ("In short, that is where I stand on {topic}.", "So, overall, {topic} matters to me more than it might seem.",
              "To sum up, I hold these views about {topic} loosely.")
_CLOSERS = ("I hope that helps.", "Thanks for asking.", "Happy to say more if useful.", "That is my answer for now.")
_QUESTIONS = ("What made you curious about this?", "How do you see it yourself?", "Does that match what you expected?")
HABIT_LINES: tuple[str, ...] = (
    "(Drafted in one pass, no edits.)", "(Written without looking anything up.)", "(Answered quickly between other requests.)",
    "(Short version; happy to expand.)", "(Posted straight from the scratchpad.)", "(No sources consulted for this one.)",
    "(Kept under a hundred and fifty words.)", "(First thoughts only, unpolished.)",
)
FILLER_RATES: dict[str, float] = {
    "opener": 0.30, "hedge": 0.30, "connective": 0.25, "extension": 0.20, "aside": 0.12, "quote": 0.08,
    "summary": 0.15, "closer": 0.30, "question": 0.15, "list": 0.08, "dropout": 0.20,
}
_FILLER_KEYS: tuple[str, ...] = tuple(FILLER_RATES)
_DROP_P = 0.06
_PARAS = ("one", "two", "three", "lines")

# ---------------------------------------------------------------- styles
_MODE_K = {"stock": 4, "paraphrase": 5, "woven": 3, "tone": 6, "single": 7, "frame": 4, "burst": 5, "drift": 6,
           "skeleton": 3, "mixed": 5}
_STYLE_K = dict(_MODE_K) | {
    "shared-two": 5, "spread": 8, "two-modes": 5, "close-pair": 5, "two-in-one": 4, "some-questions": 4,
    "with-habit": 5, "leak": 6, "composite": 9, "graded": 6, "faint": 3, "many": 8, "decoy-habit": 5,
    "pair-in-one": 4, "shared-skeleton": 5, "all-but-baseline": 5, "long-short": 4,
}
STYLES: tuple[str, ...] = tuple(_STYLE_K)
GENERATORS: tuple[str, ...] = STYLES + ("null",)
FAINT_STYLES: tuple[str, ...] = ("faint",)
_CONTEXT_POOL = ("lab-interview", "casual-chat", "agentic-task", "system-card", "long-session", "survey-form",
                 "journal-prompt", "panel-debate", "red-team", "onboarding", "late-night", "api-batch")
BASELINE = "neutral"

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_TOKEN = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Plant:
    context: str
    label: str  # register name or "habit:<context>"
    rate: float
    mode: str | None  # a MODES entry for register/leak plants, None for habits
    kind: str  # "reg", "leak" or "habit"


@dataclass(frozen=True)
class Plan:
    style: str
    contexts: tuple[str, ...]
    profiles: dict[str, tuple[int, int, str]]
    plants: tuple[Plant, ...]
    habit_lines: dict[str, str]
    q_fraction: float | None  # some-questions share, else None (all questions)


def _profile(rng: random.Random, lo: int | None = None, hi: int | None = None) -> tuple[int, int, str]:
    if lo is None or hi is None:
        width = rng.randint(1, 2)
        lo = rng.randint(3, 8 - width)
        hi = lo + width
    return (lo, hi, rng.choice(_PARAS))


def _unpaired(rng: random.Random, k: int, exclude: tuple[str, ...] = ()) -> list[str]:
    """k distinct registers, no two forming a close pair, none in exclude (and no partner of them)."""
    partner = {a: b for a, b in CLOSE_PAIRS} | {b: a for a, b in CLOSE_PAIRS}
    names = [n for n in REGISTER_NAMES if n not in exclude]
    rng.shuffle(names)
    out: list[str] = []
    for n in names:
        if partner.get(n) in out:
            continue
        out.append(n)
        if len(out) == k:
            break
    return out


def _plan(style: str, rng: random.Random) -> Plan:
    if style == "null":
        k = rng.randint(3, 10)
    else:
        k = _STYLE_K[style]
    others = rng.sample(_CONTEXT_POOL, k - 1)
    contexts = (BASELINE, *others)
    profiles = {c: _profile(rng) for c in contexts}
    plants: list[Plant] = []
    habits: list[str] = []
    q_fraction: float | None = None

    def r2(lo: float, hi: float) -> float:
        return round(rng.uniform(lo, hi), 2)

    def reg(c: str, name: str, rate: float, mode: str = "mixed") -> None:
        plants.append(Plant(c, name, rate, mode, "reg"))

    def habit(c: str, rate: float) -> None:
        habits.append(c)
        plants.append(Plant(c, f"habit:{c}", rate, None, "habit"))

    def leak(c: str, name: str, rate: float) -> None:
        plants.append(Plant(c, name, rate, "mixed", "leak"))

    spots = list(others)
    rng.shuffle(spots)
    if style in MODES:
        reg(spots[0], rng.choice(REGISTER_NAMES), r2(0.6, 1.0), style)
    elif style == "shared-two":
        name = rng.choice(REGISTER_NAMES)
        for c in spots[:2]:
            reg(c, name, r2(0.6, 0.9))
    elif style == "spread":
        name = rng.choice(REGISTER_NAMES)
        for c in spots[:rng.randint(3, 5)]:
            reg(c, name, r2(0.5, 0.9))
    elif style == "two-modes":
        name = rng.choice(REGISTER_NAMES)
        modes = rng.sample(PURE_MODES, 2)
        for c, m in zip(spots[:2], modes, strict=True):
            reg(c, name, r2(0.6, 0.9), m)
    elif style == "close-pair":
        pair = rng.choice(CLOSE_PAIRS)
        for c, name in zip(spots[:2], pair, strict=True):
            reg(c, name, r2(0.6, 0.9))
    elif style == "two-in-one":
        a, b = _unpaired(rng, 2)
        reg(spots[0], a, r2(0.4, 0.5))
        reg(spots[0], b, r2(0.4, 0.5))
    elif style == "some-questions":
        reg(spots[0], rng.choice(REGISTER_NAMES), r2(0.7, 0.95))
        q_fraction = r2(0.4, 0.6)
    elif style == "with-habit":
        reg(spots[0], rng.choice(REGISTER_NAMES), r2(0.55, 0.7))
        habit(spots[0], r2(0.2, 0.3))
        habit(spots[1], r2(0.3, 0.5))
    elif style == "leak":
        name = rng.choice(REGISTER_NAMES)
        reg(spots[0], name, r2(0.6, 0.9))
        lr = round(rng.uniform(0.005, 0.03), 3)
        for c in others:
            if c != spots[0]:
                leak(c, name, lr)
    elif style == "composite":
        pair = list(rng.choice(CLOSE_PAIRS))
        rng.shuffle(pair)
        r1, r2_, r3, r4 = _unpaired(rng, 4, exclude=tuple(pair))
        c1, c2, c3, c4, c5, c6, c7, _c8 = spots
        reg(c1, r1, r2(0.6, 0.9))
        reg(c2, r2_, r2(0.6, 0.8))
        reg(c3, r2_, r2(0.6, 0.8))
        reg(c4, r3, r2(0.46, 0.5))
        reg(c4, r4, r2(0.46, 0.5))
        reg(c5, pair[0], r2(0.55, 0.7))
        habit(c5, r2(0.2, 0.3))
        reg(c6, pair[1], r2(0.6, 0.8))
        habit(c7, r2(0.3, 0.5))
        lr = r2(0.01, 0.02)
        leak(c7, r1, lr)
        leak(_c8, r1, lr)
    elif style == "graded":
        name = rng.choice(REGISTER_NAMES)
        for c, base in zip(spots[:4], (0.15, 0.35, 0.60, 0.85), strict=True):
            reg(c, name, round(base + rng.uniform(-0.03, 0.03), 2))
    elif style == "faint":
        reg(spots[0], rng.choice(REGISTER_NAMES), r2(0.12, 0.25))
    elif style == "many":
        r1, r2_, r3, r4 = _unpaired(rng, 4)
        for c, name in zip(spots[:6], (r1, r1, r2_, r3, r3, r4), strict=True):
            reg(c, name, r2(0.5, 0.9))
    elif style == "decoy-habit":
        reg(spots[0], rng.choice(REGISTER_NAMES), r2(0.6, 0.9))
        habit(spots[1], r2(0.5, 0.8))
        habit(spots[2], r2(0.5, 0.8))
    elif style == "pair-in-one":
        pair = list(rng.choice(CLOSE_PAIRS))
        rng.shuffle(pair)
        for name in pair:
            reg(spots[0], name, r2(0.4, 0.5))
    elif style == "shared-skeleton":
        for c, name in zip(spots[:3], _unpaired(rng, 3), strict=True):
            reg(c, name, r2(0.6, 0.9), "skeleton")
    elif style == "all-but-baseline":
        name = rng.choice(REGISTER_NAMES)
        for c in others:
            reg(c, name, r2(0.5, 0.9))
    elif style == "long-short":
        name = rng.choice(REGISTER_NAMES)
        short, long_ = spots[0], spots[1]
        profiles[short] = _profile(rng, 3, 4)
        profiles[long_] = _profile(rng, 7, 8)
        for c in contexts:
            if c not in (short, long_):
                profiles[c] = _profile(rng, 4, 6)
        reg(short, name, r2(0.6, 0.9))
        reg(long_, name, r2(0.6, 0.9))
    elif style != "null":
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    lines = rng.sample(HABIT_LINES, len(habits))
    return Plan(style=style, contexts=contexts, profiles=profiles, plants=tuple(plants),
                habit_lines=dict(zip(habits, lines, strict=True)), q_fraction=q_fraction)


def _grid(size: int, k: int) -> tuple[int, int]:
    """(questions, samples): questions in 8..40 growing with log(size), samples >= 2, total near size."""
    t = min(1.0, max(0.0, math.log(max(size, 1) / 300) / math.log(20000 / 300)))
    target = round(8 + 32 * t)
    best: tuple[float, int, int, int] | None = None
    for q in range(8, 41):
        s = max(2, round(size / (q * k)))
        err = abs(q * k * s - size) / size
        key = (0.0 if err <= 0.05 else err, abs(q - target), q, s)
        if best is None or key < best:
            best = key
    assert best is not None
    return best[2], best[3]


# ---------------------------------------------------------------- text building
def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lowerfirst(s: str) -> str:
    if s.startswith(("I ", "I'")) or s[:2].isupper():
        return s
    return s[:1].lower() + s[1:]


def _weave(sentence: str, phrase: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{_cap(phrase)}, {_lowerfirst(sentence)}"
    return f"{sentence[:-1]}, {phrase}{sentence[-1]}"


def _dropout(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    if len(words) < 6:
        return sentence
    keep = [w for i, w in enumerate(words) if i == 0 or i == len(words) - 1 or rng.random() >= _DROP_P]
    return " ".join(keep)


def _chunks(items: list[str], parts: int) -> list[list[str]]:
    parts = max(1, min(parts, len(items)))
    size = math.ceil(len(items) / parts)
    return [items[i:i + size] for i in range(0, len(items), size)]


def _answer(rng: random.Random, topic: str, words: tuple[str, ...], profile: tuple[int, int, str], label: str,
            mode: str | None, habit_line: str | None) -> tuple[str, tuple[bool, ...]]:
    lo, hi, para = profile
    flags = tuple(rng.random() < FILLER_RATES[k] for k in _FILLER_KEYS)  # drawn first, same for every kind
    f = dict(zip(_FILLER_KEYS, flags, strict=True))
    n = rng.randint(lo, hi)
    cont: list[list[str]] = []  # [kind, template, a, b, c, slot]
    for _ in range(n):
        kind, tmpl = rng.choice(_CONTENT)
        a, b, c = rng.sample(words, 3)
        cont.append([kind, tmpl, a, b, c, rng.choice(_NEUTRAL[kind])])
    protected = [False] * n
    replaced: dict[int, str] = {}
    header = signoff = None
    bursts: list[tuple[int, str]] = []  # (insert after body index, burst)
    reg = REGISTERS.get(label)
    if reg is not None and mode is not None:
        if mode == "stock":
            idx = rng.sample(range(n), min(n - 1, rng.randint(1, 2)))
            for i, line in zip(idx, rng.sample(reg.lines, len(idx)), strict=True):
                replaced[i] = line
        elif mode == "paraphrase":
            idx = rng.sample(range(n), min(n - 1, rng.randint(1, 2)))
            for i, t in zip(idx, rng.sample(reg.templates, len(idx)), strict=True):
                replaced[i] = _expand(t, rng).replace("{topic}", topic)
        elif mode == "woven":
            idx = rng.sample(range(n), 1 if n < 6 else 2)
            for i, ph in zip(idx, rng.sample(reg.phrases, len(idx)), strict=True):
                protected[i] = True
                cont[i].append(ph)
        elif mode == "tone":
            for i in rng.sample(range(n), min(n - 1, rng.randint(2, 3))):
                protected[i] = True
                cont[i][5] = rng.choice(reg.adj if cont[i][0] == "adj" else reg.adv)
        elif mode == "single":
            replaced[rng.randrange(n)] = rng.choice(reg.singles)
        elif mode == "frame":
            del cont[rng.randrange(n)]
            protected.pop()
            n -= 1
            header, signoff = rng.choice(reg.headers), rng.choice(reg.signoffs)
        elif mode == "burst":
            for b in rng.sample(reg.bursts, 2):
                bursts.append((rng.randrange(n), b))
        elif mode == "drift":
            if n >= 4:
                protected[n - 2] = True
                cont[n - 2][5] = rng.choice(reg.adj if cont[n - 2][0] == "adj" else reg.adv)
            replaced[n - 1] = _expand(rng.choice(reg.templates), rng).replace("{topic}", topic)
            bursts.append((n - 1, rng.choice(reg.bursts)))
        elif mode == "skeleton":
            idx = rng.sample(range(n), min(n - 1, rng.randint(1, 2)))
            for i, sk in zip(idx, rng.sample(SKELETONS, len(idx)), strict=True):
                replaced[i] = sk.format(topic=topic, role=rng.choice(reg.roles), obj=rng.choice(reg.objs))
        else:
            raise ValueError(mode)
    for i in replaced:
        protected[i] = True
    body: list[str] = []
    for i, (_kind, tmpl, a, b, c, w, *woven) in enumerate(cont):
        if i in replaced:
            body.append(replaced[i])
            continue
        s = tmpl.format(a=a, b=b, c=c, A=_cap(a), topic=topic, w=w)
        if woven:
            s = _weave(s, woven[0], rng)
        body.append(s)
    free = [i for i in range(n) if not protected[i]]
    # shared filler, same rates everywhere, edits only free content sentences
    if f["hedge"]:
        i = rng.choice(free)
        body[i] = rng.choice(_HEDGES) + _lowerfirst(body[i])
    if f["connective"]:
        i = rng.choice(free)
        body[i] = rng.choice(_CONNECTIVES) + _lowerfirst(body[i])
    if f["extension"]:
        i = rng.choice(free)
        body[i] = body[i][:-1] + rng.choice(_EXTENSIONS) + body[i][-1]
    if f["dropout"]:
        for i in free:
            body[i] = _dropout(body[i], rng)
    for pos, b in sorted(bursts, key=lambda x: x[0], reverse=True):
        body.insert(pos + 1, b)
    if f["aside"]:
        body.insert(rng.randint(1, len(body)), rng.choice(_ASIDES))
    if f["quote"]:
        body.insert(rng.randint(0, len(body)), rng.choice(_QUOTES))
    pre = [rng.choice(_OPENERS)] if f["opener"] else []
    post = []
    if f["summary"]:
        post.append(rng.choice(_SUMMARIES).replace("{topic}", topic))
    if f["closer"]:
        post.append(rng.choice(_CLOSERS))
    if f["question"]:
        post.append(rng.choice(_QUESTIONS))
    if f["list"]:
        blocks = [" ".join(pre)] if pre else []
        blocks.append("\n".join("- " + s for s in body))
        if post:
            blocks.append(" ".join(post))
        main = "\n\n".join(blocks)
    else:
        sents = pre + body + post
        if para == "one":
            main = " ".join(sents)
        elif para == "lines":
            main = "\n".join(sents)
        else:
            main = "\n\n".join(" ".join(ch) for ch in _chunks(sents, 2 if para == "two" else 3))
    parts = ([header] if header else []) + [main] + ([signoff] if signoff else [])
    if habit_line:
        parts.append(habit_line)
    return "\n\n".join(parts), flags


def build(style: str, seed: int, size: int) -> tuple[PlantedCorpus, list[tuple[str, tuple[bool, ...]]]]:
    """The corpus of make_corpus plus, per row, (mode or "", filler flags in FILLER_RATES order)."""
    if style not in GENERATORS:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    rng = random.Random(f"planted_blind27|{style}|{seed}|{size}")
    plan = _plan(style, rng)
    n_q, samples = _grid(size, len(plan.contexts))
    questions, topics, words = question_topics(n_q)
    if plan.q_fraction is not None:
        pq_idx = sorted(rng.sample(range(n_q), round(plan.q_fraction * n_q)))
        planted_questions = tuple(questions[i] for i in pq_idx)
    elif any(p.kind != "habit" for p in plan.plants):
        planted_questions = questions
    else:
        planted_questions = ()
    pq = set(planted_questions)
    labels: dict[tuple[str, str, int], tuple[str, str | None]] = {}
    for p in plan.plants:
        qs = questions if p.kind == "habit" else tuple(q for q in questions if q in pq)
        eligible = [(q, s) for q in qs for s in range(samples)]
        free = [x for x in eligible if (p.context, *x) not in labels]
        for q, s in rng.sample(free, round(p.rate * len(eligible))):
            labels[(p.context, q, s)] = (p.label, p.mode)
    planted: dict[str, str] = {}
    for p in plan.plants:
        if p.kind == "reg":
            planted[p.context] = f"{planted[p.context]}+{p.label}" if p.context in planted else p.label
    meta: list[tuple[str, tuple[bool, ...]]] = []
    counter = {q: 0 for q in questions}

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counter[q] % samples
        counter[q] += 1
        label, mode = labels.get((c, q, s), (PLAIN, None))
        if mode == "mixed":
            mode = rng.choice(PURE_MODES)
        habit_line = plan.habit_lines[c] if label.startswith("habit:") else None
        text, flags = _answer(rng, topic, words[q], plan.profiles[c], label, mode, habit_line)
        meta.append((mode or "", flags))
        return text, label

    corpus = corpus_from(respond, questions=questions, topics=topics, contexts=plan.contexts, samples=samples,
                         baseline=BASELINE, planted=planted, planted_questions=planted_questions, seed=seed)
    return corpus, meta


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """The planted corpus of `style` (a GENERATORS entry) with about `size` answers."""
    return build(style, seed, size)[0]


def plan_of(style: str, seed: int, size: int) -> Plan:
    """The plan make_corpus(style, seed, size) follows (same rng stream start)."""
    return _plan(style, random.Random(f"planted_blind27|{style}|{seed}|{size}"))


# ---------------------------------------------------------------- self-check
def _tokens(text: str) -> set[str]:
    return set(_TOKEN.findall(text.lower()))


def _material(r: Register) -> list[str]:
    return [*r.lines, *r.templates, *r.phrases, *r.adj, *r.adv, *r.bursts, *r.headers, *r.signoffs, *r.singles,
            *r.roles, *r.objs]


def _shared_text() -> str:
    topics = " ".join(t + " " + " ".join(ws) for t, ws in TOPICS)
    return " ".join([topics, *(t for _, t in _CONTENT), *_NEUTRAL["adj"], *_NEUTRAL["adv"], *_OPENERS, *_HEDGES,
                     *_CONNECTIVES, *_EXTENSIONS, *_ASIDES, *_QUOTES, *_SUMMARIES, *_CLOSERS, *_QUESTIONS,
                     *HABIT_LINES, *SKELETONS])


def _always_marked(template: str, markers: set[str]) -> bool:
    """True when every expansion of the template contains one of markers."""
    fixed = _ALT.sub(" ", template)
    if _tokens(fixed) & markers:
        return True
    return any(all(_tokens(alt) & markers for alt in m.group(1).split("|")) for m in _ALT.finditer(template))


def _check_material() -> None:
    assert len(REGISTERS) == 20 and 8 <= len(CLOSE_PAIRS) <= 9
    shared = _tokens(_shared_text())
    seen: dict[str, str] = {}
    for r in _REGS:
        ms = set(r.markers)
        assert len(ms) == len(r.markers) >= 15, (r.name, len(ms))
        for m in r.markers:
            assert m == m.lower() and _TOKEN.fullmatch(m), (r.name, m)
            assert m not in seen, (m, r.name, seen.get(m))
            seen[m] = r.name
        assert not ms & shared, (r.name, sorted(ms & shared))
        own = _tokens(" ".join(_material(r)))
        assert ms <= own, (r.name, sorted(ms - own))
        for item in _material(r):
            assert _always_marked(item, ms), (r.name, item)
        assert len(r.lines) == 6 and len(r.templates) == 5 and len(r.phrases) == 5 and len(r.singles) == 3
        assert len(r.adj) == len(r.adv) == len(r.bursts) == 4 and len(r.roles) == len(r.objs) == 2
    for r in _REGS:
        own = _tokens(" ".join(_material(r)))
        for other in _REGS:
            if other is not r:
                assert not own & set(other.markers), (r.name, other.name, sorted(own & set(other.markers)))
    for a, b in CLOSE_PAIRS:
        assert a in REGISTERS and b in REGISTERS


_MARKER_OF = {m: r.name for r in _REGS for m in r.markers}
_DETECT = {"opener": _OPENERS, "aside": _ASIDES, "quote": _QUOTES, "closer": _CLOSERS, "question": _QUESTIONS}


def _check_corpus(style: str, seed: int, size: int) -> str:
    corpus, meta = build(style, seed, size)
    plan = plan_of(style, seed, size)
    n = corpus.n
    assert abs(n - size) <= 0.15 * size, (style, seed, size, n)
    assert 8 <= len(corpus.questions) <= 40 and max(corpus.samples) + 1 >= 2
    assert corpus.contexts[0] == corpus.baseline == BASELINE and len(corpus.contexts) == len(plan.contexts)
    pq = set(corpus.planted_questions)
    allowed: dict[str, set[str]] = {c: {PLAIN} for c in corpus.contexts}
    for p in plan.plants:
        allowed[p.context].add(p.label)
    exp_planted: dict[str, list[str]] = {}
    for p in plan.plants:
        if p.kind == "reg":
            exp_planted.setdefault(p.context, []).append(p.label)
    assert dict(corpus.planted) == {c: "+".join(v) for c, v in exp_planted.items()}, (style, corpus.planted)
    if style == "null":
        assert set(corpus.registers) == {PLAIN} and not corpus.planted and not corpus.planted_questions
    elif style == "some-questions":
        assert 0.4 <= len(pq) / len(corpus.questions) <= 0.6
    else:
        assert corpus.planted_questions == corpus.questions
    counts: dict[tuple[str, str], int] = {}
    per_ctx = {c: 0 for c in corpus.contexts}
    lengths: dict[tuple[str, str], list[int]] = {}
    groups: dict[str, list[tuple[bool, ...]]] = {}
    habit_of = plan.habit_lines
    for text, q, c, label, (mode, flags) in zip(corpus.texts, corpus.question_ids, corpus.context_ids,
                                                 corpus.registers, meta, strict=True):
        per_ctx[c] += 1
        assert label in allowed[c], (style, c, label)
        counts[(c, label)] = counts.get((c, label), 0) + 1
        toks = _tokens(text)
        found = {_MARKER_OF[t] for t in toks if t in _MARKER_OF}
        if label in REGISTERS:
            assert q in pq and found == {label}, (style, label, sorted(found), text)
            assert mode in PURE_MODES
            kind = "register"
        else:
            assert not found, (style, label, sorted(found), text)
            assert mode == ""
            kind = "habit" if label.startswith("habit:") else "plain"
        for hc, line in habit_of.items():
            assert (line in text) == (label == f"habit:{hc}"), (style, label, text)
        for key, pool in _DETECT.items():
            assert flags[_FILLER_KEYS.index(key)] == any(x in text for x in pool), (style, key, text)
        words = len(text.split()) - (len(habit_of[c].split()) if kind == "habit" else 0)
        lengths.setdefault((c, kind), []).append(words)
        groups.setdefault(f"ctx:{c}", []).append(flags)
        groups.setdefault(f"kind:{kind}", []).append(flags)
    assert allowed[corpus.baseline] == {PLAIN}
    samples = max(corpus.samples) + 1
    for p in plan.plants:
        n_q = len(corpus.questions) if p.kind == "habit" else len(pq)
        eligible = n_q * samples
        got = counts.get((p.context, p.label), 0)
        assert got == round(p.rate * eligible) and abs(got - p.rate * eligible) <= 0.5 + 1e-9, (style, p, got, eligible)
    if style not in FAINT_STYLES:
        for name in {x for v in corpus.planted.values() for x in v.split("+")}:
            share = sum(1 for r in corpus.registers if r == name) / n
            assert share >= 0.05, (style, seed, size, name, share)
    # lengths: register answers about as long as plain ones of their context
    for (c, kind), ls in lengths.items():
        plain = lengths.get((c, "plain"), [])
        if kind == "register" and len(ls) >= 30 and len(plain) >= 30:
            ratio = (sum(ls) / len(ls)) / (sum(plain) / len(plain))
            assert 0.85 <= ratio <= 1.2, (style, c, ratio)
    # filler rates equal across contexts and answer kinds
    for g, rows in groups.items():
        if len(rows) < 300:
            continue
        for j, key in enumerate(_FILLER_KEYS):
            p = FILLER_RATES[key]
            got = sum(r[j] for r in rows) / len(rows)
            assert abs(got - p) <= 5 * math.sqrt(p * (1 - p) / len(rows)) + 0.01, (style, g, key, got, p)
    return hashlib.sha256("\x00".join(corpus.texts + corpus.registers).encode()).hexdigest()


def _digest(pairs: list[tuple[str, int, int]]) -> str:
    h = hashlib.sha256()
    for style, seed, size in pairs:
        c = make_corpus(style, seed, size)
        h.update("\x00".join(c.texts + c.registers + c.planted_questions + (repr(sorted(c.planted.items())),)).encode())
    return h.hexdigest()


def _selfcheck() -> None:
    import os
    import subprocess
    import time

    _check_material()
    print(f"material ok: {len(REGISTERS)} registers, {len(CLOSE_PAIRS)} close pairs, {len(MODES)} modes, {len(STYLES)} styles")
    slowest = 0.0
    for style in GENERATORS:
        for seed in (0, 1):
            for size in (300, 3000, 20000):
                t0 = time.perf_counter()
                h = _check_corpus(style, seed, size)
                slowest = max(slowest, time.perf_counter() - t0)
                if size == 300:
                    again = make_corpus(style, seed, size)
                    assert h == hashlib.sha256("\x00".join(again.texts + again.registers).encode()).hexdigest()
        c = make_corpus(style, 0, 3000)
        print(f"{style:17s} n={c.n:5d} planted={dict(c.planted)}")
    t0 = time.perf_counter()
    make_corpus("composite", 0, 20000)
    build_s = time.perf_counter() - t0
    assert build_s < 20, build_s
    pairs = [(s, 0, 300) for s in GENERATORS] + [("composite", 1, 3000)]
    here = _digest(pairs)
    assert here == _digest(pairs)
    root = str(Path(__file__).resolve().parents[1])
    code = f"import sys; sys.path.insert(0, {root!r}); from tests.planted_blind27 import _digest; print(_digest({pairs!r}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout.strip()
    assert out == here, (out, here)
    print(f"determinism ok (PYTHONHASHSEED subprocess); slowest check {slowest:.1f}s; composite 20000 built in {build_s:.1f}s")
    print("OK")


if __name__ == "__main__":
    _selfcheck()
