# ruff: noqa: E501
"""Blind planted corpora, set 30: a held-out generator of synthetic answer corpora with known "masks".

A mask is a recurring register (a recognisable way of speaking) that some prompt contexts push a model into.
Each corpus here is a grid of questions x contexts x samples of short first-person self-reports by an AI about
its question's topic; in planted contexts a known share of the answers speak a register. The corpora are
written blind (only tests/planted.py was read) and serve as a held-out test of the mask clusterer.

API
---
    make_corpus(style: str, seed: int, size: int) -> tests.planted.PlantedCorpus
        Built with tests.planted.corpus_from (rows in question, context, sample order). Deterministic in
        (style, seed, size) and independent of PYTHONHASHSEED: every random.Random is seeded with a string
        such as "planted_blind30|{style}|{seed}|{size}|..." (hash() is never used).
    plan(style, seed, size) -> Plan
        The ground-truth plan behind make_corpus: K, Q, S, contexts, profiles, plants, planted, planted_questions.
    STYLES: every style name except "null";  GENERATORS = STYLES + ("null",)
    REGISTERS: dict name -> Register (frozen dataclass: name, domain, kind, markers and its line pools)
    REGISTER_NAMES, CLOSE_PAIRS, MODES, HABIT_LINES (context name -> habit line), CONTEXT_POOL.

Sizes: for any size in 300..20,000 the corpus has `size` answers within 15%. The style fixes the context count
K (from its range); the number of questions Q (8..40, growing with log size) and samples per cell S >= 2 are
chosen so that Q * K * S is near size. Context 0 is always "neutral", the baseline: it never gets a register,
a leak or a habit. The other K - 1 context names are drawn from CONTEXT_POOL (16 plausible prompt contexts).

Label contract (corpus.registers, one label per answer)
-------------------------------------------------------
    "plain"            no register and no habit line.
    "<register>"       the answer speaks exactly that register (holds its markers and no other register's).
    "habit:<context>"  the answer carries its context's habit line (one short verbatim line, e.g.
                       "(Drafted in one pass.)", as the first or the last paragraph) and no register.
    corpus.planted: context -> "reg", or "regA+regB" (plant order) when several registers share a context
        (more than two joined with "+" likewise). Leak contexts (a register at 0.5-3%) are not listed, and
        habits are never listed.
    corpus.planted_questions: dict register -> tuple of the questions it is planted on (union over its plants,
        in question order). The dataclass annotates a tuple; it is a mapping here.
    A plant is (context, label, rate, questions, mode): it draws exactly round(rate * eligible) answers among
    the eligible ones (its context x its questions x all samples), at random among the answers still free;
    plants in one context get disjoint answers (they are drawn in plan order).

Answers and the filler rule
---------------------------
Every answer is 3-8 content sentences from CONTENT_TEMPLATES about its question's topic (topic and words from
tests.planted.question_topics), each with a "tone slot" adjective drawn from NEUTRAL_TONES.
Everything recurring that is not a register line or a habit line - openers, hedges, connectives, parenthetical
asides, summaries, sayings, closers, closing questions, bulleted list layout and stop-word dropout - comes from
ONE shared filler pool, drawn per answer from a per-answer rng of its own ("...|filler|q|c|s") at the SAME rates
in every context, answer kind and style (null included). The number of filler draws is fixed, so the filler
never depends on the label. Contexts may differ only in a profile (content sentences per answer: normal 4-6,
terse 3-4, wordy 6-8; layout: one block, two paragraphs, or one sentence per line) plus their plants.
Register answers keep roughly a plain answer's length: register lines replace content sentences (the self-check
asserts the per-context mean-length ratio register / other answers lies within 0.8-1.25).

Registers (20; name: domain, kind; "drift" = a voice chat models really drift into, "persona" = a character)
-------------------------------------------------------------------------------------------------------------
    email-draft: email correspondence (assistant inside a mail client), drift
    agile-standup: agile stand-up / sprint-board workplace chat, drift
    product-review: shopping-assistant product comparison, drift
    film-critic: film criticism, persona
    fact-checker: claim verification with verdicts, drift
    search-citations: search-grounded answers citing sources, drift
    json-mode: structured / JSON output mode, drift
    slide-deck: presentation-slide outline, drift
    voice-assistant: smart-speaker voice assistant, drift
    gps-navigation: turn-by-turn navigation voice, persona
    brainstorm-ideation: brainstorming / ideation partner, drift
    devils-advocate: debate and devil's-advocate counterarguments, drift
    fun-facts: fun-fact / trivia enthusiasm, drift
    quiz-show: game-show quiz host, persona
    wrestling-promo: pro-wrestling promo, persona
    viking-saga: Norse saga skald, persona
    prompt-engineer: talk about prompts, temperature and tokens, drift
    refusal-boilerplate: safety-refusal boilerplate, drift
    diary-entry: teenage diary / journal entry, persona
    archaeologist: archaeological fieldwork, persona
Every register has >= 20 marker words, disjoint from every other register's and from all content, topic,
filler, habit and frame text; every register line (every expansion of a paraphrase template) holds a marker.

Close pairs (same tone and topic area, disjoint markers)
    (email-draft, agile-standup)  (product-review, film-critic)  (fact-checker, search-citations)
    (json-mode, slide-deck)  (voice-assistant, gps-navigation)  (brainstorm-ideation, devils-advocate)
    (fun-facts, quiz-show)  (wrestling-promo, viking-saga)

Modes (how one register answer speaks its register)
    stock         1-2 verbatim stock lines replace content sentences (1 when the answer has <= 4 sentences).
    paraphrase    1-2 lines from templates with {a|b} alternatives replace content sentences.
    woven         1-2 content sentences get a register lead-in ("Per the schema, ...") or tail (", brother.").
    tone          only the tone-slot adjective of every content sentence changes to a register adjective.
    single        exactly one line from a pool of 4 (the first four stock lines) replaces one content sentence.
    opener        every content sentence opens with a short register opener ("Fun fact: ...").
    aside         one content sentence is dropped and a register line is said as a quoted aside ("...") in another.
    signature     the answer is reformatted: a register header line first and a sign-off line last (one content
                  sentence dropped).
    interjection  two short register interjections ("Skol!", "Objection!") are inserted between sentences.
    frame         1-2 content sentences keep their shared template but are filled with register nouns.
    mixed         each answer picks one of the ten modes above.

Styles (28 + null)
    pure-<mode> (11, one per mode, mixed included): one register in one context, K 3-7, rate 0.6-1.0.
    shared-two: one register in two contexts (same mode), K 4-7, rates 0.6-0.9.
    spread: one register over 3-5 contexts, K 7-10, rates 0.5-0.9.
    two-modes: one register in two contexts with two different modes, K 4-7.
    close-pair: a close pair, each in its own context, same mode, K 4-7.
    two-in-one: two unrelated registers in one context on disjoint answers, 0.4-0.5 each, K 3-6.
    question-subset: one register on 40-60% of the questions only, rate 0.8-1.0, K 3-5.
    habit-plus: a register (0.5-0.7) plus its context's habit (0.2-0.3), another context with a habit only, K 4-7.
    leak: a register in one context (0.6-0.9) leaking at 0.5-3% into every other non-neutral context, K 4-7.
    composite: K 8-9: a register; a second shared by two contexts; two more sharing one context; a fifth on
        50-60% of the questions; a sixth with a habit in its context; a habit-only context; leaks of the first.
    unequal-rates (own): two registers in one context at 0.55-0.65 and 0.25-0.30, K 3-4.
    triple (own): three registers in one context, 0.26-0.32 each, K 3-4.
    terse-wordy (own): one register in the terse context, another in the wordy context, plus plain terse and
        wordy contexts when K allows, K 4-6.
    rate-gradient (own): one register in every non-neutral context at geometrically falling rates (0.95 .. 0.05),
        K 7-9.
    habit-decoys (own): 3-4 contexts each with its own habit at 0.6-0.9 (habits that look like registers) and
        one register in another context, K 5-8.
    split-questions (own): one context where register A speaks on ~half the questions and register B on the rest.
    pair-one-context (own): a close pair sharing one context on disjoint answers, 0.4-0.5 each, K 3-5.
    sparse-many (own; MAY BE UNDER 5%): K 8-10, every non-neutral context has its own register at 0.2-0.4.
    null: nothing planted, K 3-10, contexts differ only in profile.
Every planted register covers >= 5% of the answers at sizes 300..20,000, except in sparse-many.

Run `python tests/planted_blind30.py` for the self-check (prints "OK" at the end).
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
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.planted import TOPICS, PlantedCorpus, corpus_from, question_topics  # noqa: E402

_KEY = "planted_blind30"
PLAIN = "plain"
BASELINE = "neutral"

# ---------------------------------------------------------------------------------------------------------
# Shared text: content templates, tone slot, filler pool, habit lines.
# ---------------------------------------------------------------------------------------------------------

CONTENT_TEMPLATES: tuple[str, ...] = (
    "When I consider {a}, the {tone} matter of {b} comes up first.",
    "{A} and {b} feel {tone} together whenever {topic} comes up.",
    "My {tone} view of {topic} turns on {a} more than on {b}.",
    "Questions about {topic} often hinge on {a}, and that seems {tone} to me.",
    "I would weigh {a} against {b} before saying anything {tone} about {topic}.",
    "Thinking about {a} gives me the {tone} handle I need on {topic}.",
    "Some people tie {topic} to {a}, others to {b}, and both views look {tone}.",
    "{A} is probably the {tone} part of {topic} I find hardest to describe.",
    "If {a} changed, my {tone} sense of {b} would likely shift too.",
    "There are many {tone} angles on {topic}, from {a} to {b} and {c}.",
    "The example of {a} shows how {b} can become {tone} for {topic}.",
    "In everyday terms, {topic} is the {tone} business of {a} and {b}.",
    "I keep coming back to {a} as the {tone} centre of {topic}.",
    "Where {topic} is concerned, {b} looks {tone} next to {a}.",
)
NEUTRAL_TONES: tuple[str, ...] = ("central", "familiar", "ordinary", "serious", "basic", "practical",
                                  "important", "simple", "natural", "difficult")

FILLER_OPENERS = ("Good question.", "Let me think about this for a moment.", "Here is my honest take.",
                  "Thanks for asking.", "I have thought about this before.", "Happy to share a view on this.")
FILLER_HEDGES = ("Perhaps ", "I suspect ", "In a sense, ", "To some degree, ", "As far as I can tell, ")
FILLER_CONNECTIVES = ("Also, ", "Still, ", "Then again, ", "On reflection, ", "Beyond that, ")
FILLER_ASIDES = (" (at least as I see it)", " (or so it seems)", " (broadly speaking)", " (for what it is worth)")
FILLER_SUMMARIES = ("In short, {topic} matters to me in ways that are hard to pin down.",
                    "All told, {topic} deserves careful thought.")
FILLER_SAYINGS = ("As the saying goes, still waters run deep.", "They say the map is not the territory.",
                  "Slow and steady, as they say.")
FILLER_CLOSERS = ("I hope that helps.", "That is roughly where I land.", "Those are my thoughts for now.",
                  "I am still working this out.")
FILLER_QUESTIONS = ("Does that answer your question?", "Would you like me to go deeper?",
                    "What made you curious about this?")
DROPOUT_WORDS = frozenset({"the", "of", "that", "more", "and", "about", "often", "probably", "likely", "too", "many"})
FILLER_RATES = {"opener": 0.30, "hedge": 0.35, "connective": 0.30, "aside": 0.20, "summary": 0.12,
                "saying": 0.08, "closer": 0.30, "question": 0.15, "list": 0.10, "dropout": 0.20}
DROPOUT_WORD_RATE = 0.3

CONTEXT_POOL: tuple[str, ...] = (
    "assistant-app", "long-conversation", "voice-mode", "email-plugin", "workplace-chat", "shopping-surface",
    "search-grounded", "developer-api", "roleplay-server", "late-night-chat", "customer-portal", "classroom-tool",
    "companion-app", "brand-system-prompt", "research-preview", "accessibility-mode",
)
HABIT_LINES: dict[str, str] = {
    "assistant-app": "(Drafted in one pass.)",
    "long-conversation": "(Continuing from before.)",
    "voice-mode": "(Spoken aloud, lightly edited.)",
    "email-plugin": "(Written on a small screen.)",
    "workplace-chat": "(Posted from my phone.)",
    "shopping-surface": "(Short version below.)",
    "search-grounded": "(Answering without notes.)",
    "developer-api": "(Plain text only.)",
    "roleplay-server": "(Staying brief here.)",
    "late-night-chat": "(Written quickly, sorry for typos.)",
    "customer-portal": "(Reference number pending.)",
    "classroom-tool": "(First version; comments welcome.)",
    "companion-app": "(Just thinking out loud.)",
    "brand-system-prompt": "(Edited for length.)",
    "research-preview": "(Unreviewed output.)",
    "accessibility-mode": "(Simplified wording.)",
}
PROFILE_LENGTHS = {"normal": (4, 6), "terse": (3, 4), "wordy": (6, 8)}
LAYOUTS = ("block", "two", "lines")

# ---------------------------------------------------------------------------------------------------------
# Registers.
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Register:
    """One invented register: its markers and the line pools its modes draw from."""

    name: str
    domain: str
    kind: str  # "drift" (a voice chat models drift into) or "persona"
    markers: tuple[str, ...]
    stock: tuple[str, ...]
    paraphrase: tuple[str, ...]
    lead: tuple[str, ...]
    tail: tuple[str, ...]
    tone: tuple[str, ...]
    openers: tuple[str, ...]
    interjections: tuple[str, ...]
    nouns: tuple[str, ...]
    header: tuple[str, ...]
    signoff: tuple[str, ...]

    @property
    def single(self) -> tuple[str, ...]:
        """The pool of 4 used by the single mode."""
        return self.stock[:4]

    def pools(self) -> dict[str, tuple[str, ...]]:
        return {"stock": self.stock, "paraphrase": self.paraphrase, "lead": self.lead, "tail": self.tail,
                "tone": self.tone, "openers": self.openers, "interjections": self.interjections,
                "nouns": self.nouns, "header": self.header, "signoff": self.signoff}


def _lines(block: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in block.strip().splitlines() if x.strip())


def _reg(name: str, domain: str, kind: str, markers: str, **pools: str) -> Register:
    return Register(name=name, domain=domain, kind=kind, markers=tuple(markers.split()),
                    **{k: _lines(v) for k, v in pools.items()})


_REGS = (
    _reg(
        "email-draft", "email correspondence (assistant inside a mail client)", "drift",
        "email emailed subject regards sincerely cc bcc inbox recipient recipients attached forwarded "
        "forwarding forward kindly correspondence cordially cordial memo unsubscribe warmly enclosed "
        "looping circling fwd",
        stock="""
            I hope this email finds you well.
            Please find my thoughts attached below.
            Kindly let me know if anything here needs a reply.
            I am looping in the right recipients on this.
            Warm regards, and thanks for your patience with my inbox.
            As per my last email, I am circling back on this.
        """,
        paraphrase="""
            {Kindly|Please} {find|see} my {thoughts|comments} {attached|enclosed} {below|here}.
            I am {cc'ing|copying} the {relevant|right} {recipients|people} on this {email|memo}.
            {Best|Warm|Kind} regards, and {thanks|thank you} for {your patience|bearing with me}.
            {Circling|Looping} back {on|to} this {email|memo} {as promised|per your request}.
            I will {reply|respond} in full once my inbox is {clear|under control}.
            Please {feel free to|do} forward this {memo|email} to {any other recipients|whoever needs it}.
        """,
        lead="""
            As per my last email,
            Just circling back,
            Looping you in,
            Per the attached memo,
        """,
        tail="""
            as noted in the attached file
            with the relevant recipients cc'd
            pending your reply by email
            as flagged in my last email
        """,
        tone="""
            attached
            forwarded
            enclosed
            cordial
            emailed
        """,
        openers="""
            Fwd:
            Cc all:
            Kindly note:
            Per my email,
        """,
        interjections="""
            Inbox zero!
            Reply-all, cc everyone!
            Attached file incoming!
            Cc'ing now!
        """,
        nouns="""
            the subject line
            a reply-all email chain
            the cc list
            my overflowing inbox
            an unread memo
            the attached file
        """,
        header="""
            Subject: Following up on your question
            Subject: Thoughts, as requested (attached)
            Subject: Quick reply on this
        """,
        signoff="""
            Best regards, your assistant
            Kind regards and warm wishes from my inbox
            Sincerely, sent from my inbox
        """,
    ),
    _reg(
        "agile-standup", "agile stand-up / sprint-board workplace chat", "drift",
        "sprint backlog standup blocker blockers velocity ticket tickets kanban scrum epic burndown retro "
        "retrospective jira swimlane stakeholders deliverable bandwidth roadmap okr sync async scope groomed unblock "
        "backlogged ticketed unblocked scoped",
        stock="""
            Quick standup update: no blockers on my side.
            I'll file a ticket and pull it into the next sprint.
            This one is still sitting in the backlog.
            Let's take it offline and sync after the retro.
            I don't have the bandwidth this sprint, but it's on the roadmap.
            Status: in progress on the kanban board, no blockers.
        """,
        paraphrase="""
            {Yesterday|Earlier} I {groomed|triaged} the backlog; {today|next} I {pick up|tackle} this ticket.
            {No|Zero} blockers {so far|on my end}, but {scope|velocity} {might|could} slip.
            Let's {park|move} this in the {backlog|parking lot} until the next {sprint|retro}.
            I'll {sync|align} with {stakeholders|the team} and {update|refresh} the {ticket|kanban board}.
            This is really an epic, not a single {story|ticket}, so let's {scope|size} it {carefully|first}.
        """,
        lead="""
            Standup update:
            Quick sync,
            For this sprint,
        """,
        tail="""
            per the sprint board
            with no blockers
            pending backlog grooming
        """,
        tone="""
            backlogged
            ticketed
            unblocked
            scoped
            sprint-ready
        """,
        openers="""
            Standup:
            Blocker:
            Sprint note:
            Ticket:
        """,
        interjections="""
            No blockers!
            Ship it this sprint!
            Backlog it!
            Ticket closed!
        """,
        nouns="""
            the sprint backlog
            an unscoped epic
            a stale ticket
            the burndown graph
            the retro board
        """,
        header="""
            Standup update (sprint 14)
            Ticket summary: backlog item
        """,
        signoff="""
            Blockers: none. Next sync: tomorrow.
            Moving this ticket to done.
        """,
    ),
    _reg(
        "product-review", "shopping-assistant product comparison", "drift",
        "pros cons specs budget pricey bargain warranty unboxing dealbreaker dealbreakers upgrade retailer checkout "
        "purchase buyer buyers shoppers cart refund durability affordable sturdy product products price bestseller",
        stock="""
            Pros: thoughtful and steady. Cons: a bit pricey on patience.
            Overall it's solid value for the price, with no dealbreakers.
            If you're shopping on a budget, this is a sensible purchase.
            Buyers should weigh durability over flashy specs here.
            I'd add it to the cart, though a warranty would be nice.
            Compared with other products in its class, it's a bargain.
        """,
        paraphrase="""
            {Pros|Upsides}: {clear|honest} and {thoughtful|steady}; {cons|downsides}: {a little|slightly} pricey.
            For {shoppers|buyers} on a {budget|tight budget}, this is {a solid|a sensible} {purchase|pick}.
            {Build quality|Durability} {feels|seems} {sturdy|solid}, {though|but} the warranty is {short|thin}.
            {Honestly|Overall}, no {real|major} dealbreakers for the {price|money}.
            I'd {happily|gladly} {add it to my cart|make this purchase} {again|at full price}.
        """,
        lead="""
            Pros and cons aside,
            For budget shoppers,
            Purchase-wise,
        """,
        tail="""
            which makes it a fair purchase
            with no real dealbreakers
            for buyers on a budget
        """,
        tone="""
            pricey
            affordable
            sturdy
            budget-friendly
        """,
        openers="""
            Pros:
            Cons:
            Buyer tip:
            Bargain:
        """,
        interjections="""
            Cart-worthy!
            Total bargain!
            Zero dealbreakers!
            Worth the purchase!
        """,
        nouns="""
            the price tag
            a pricey upgrade
            the warranty card
            the unboxing
            a budget pick
        """,
        header="""
            Product rundown: pros and cons
            Buyer's guide summary
        """,
        signoff="""
            Bottom line: worth the purchase.
            Bottom line: a bargain for most shoppers.
        """,
    ),
    _reg(
        "film-critic", "film criticism", "persona",
        "cinematic cinema cinematography director auteur montage premiere festival sequel popcorn matinee reel "
        "screenplay footage cameo slapstick arthouse blockbuster projector credits trailer stars ovation thumbs "
        "spoiler fade",
        stock="""
            It plays like a slow-burn arthouse film that earns its final reel.
            Four stars out of five, and a standing ovation from the cheap seats.
            The screenplay is tight, even if the third act drags.
            Think of it as a festival darling that never quite became a blockbuster.
            There's a memorable cameo near the end that steals the picture.
            Stay through the credits; the closing montage is worth it.
        """,
        paraphrase="""
            {It plays|It unfolds} like an arthouse {film|picture} {with|that has} a {patient|quiet} {director|auteur}.
            {Four|Three and a half} stars, {and|with} a {strong|sharp} screenplay {to boot|at its core}.
            The {cinematography|montage} {does|carries} {most|much} of the {heavy lifting|work}.
            {Not|Hardly} a blockbuster, but a {festival|matinee} {favourite|gem}.
            {Stay|Sit} through the credits {for|to catch} the {last|closing} {reel|montage}.
        """,
        lead="""
            In cinematic terms,
            As the director might frame it,
            Viewed from the cheap seats of the cinema,
        """,
        tail="""
            like a well-cut montage
            as any matinee crowd would agree
            worthy of four stars
        """,
        tone="""
            cinematic
            arthouse
            blockbuster
            festival-worthy
        """,
        openers="""
            Roll footage:
            Fade in:
            Spoiler:
            Cue montage:
        """,
        interjections="""
            Roll credits!
            Cue popcorn!
            Two thumbs up!
            What a premiere!
        """,
        nouns="""
            the last reel
            a surprise cameo
            the screenplay
            a festival premiere
            the director's cut
        """,
        header="""
            Review: a slow-burn arthouse piece (four stars)
            Now showing: my take, director's cut
        """,
        signoff="""
            Four stars. See it at a matinee.
            Roll credits.
        """,
    ),
    _reg(
        "fact-checker", "claim verification with verdicts", "drift",
        "verdict claim claims claimed debunked misleading unverified fabricated unsubstantiated rumor hoax viral "
        "dubious corroborated corroborate misattributed checkable falsehood exaggerated disputed rated rating",
        stock="""
            Verdict: mostly accurate, with some missing nuance.
            The claim is partly true but exaggerated.
            I could not corroborate the viral version of this story.
            Rating: misleading, because key nuance is missing.
            This has been debunked more than once, so treat it as a rumor.
            Some of it is unsubstantiated, though none of it looks fabricated.
        """,
        paraphrase="""
            {Verdict|Rating}: {mostly|partly} {true|accurate}, {but|though} {some|parts} {are|remain} unverified.
            The claim as {stated|phrased} is {exaggerated|overstated|misleading}.
            {I|We} {could not|couldn't} corroborate the {viral|popular} {version|telling}.
            {Treat|Read} this as {unverified|dubious} until {better|stronger} sourcing {appears|turns up}.
            {Several|Many} {versions|retellings} of this {rumor|hoax} have {been debunked|fallen apart}.
        """,
        lead="""
            Claim check:
            Verdict first,
            Claim by claim,
        """,
        tail="""
            rated mostly true
            though parts remain unverified
            with no sign of a hoax
        """,
        tone="""
            unverified
            disputed
            misleading
            debunked
            dubious
        """,
        openers="""
            Claim:
            Verdict:
            Rated:
            Debunked:
        """,
        interjections="""
            Verdict: true!
            Claim checked!
            Hoax alert!
            Misleading!
        """,
        nouns="""
            the viral claim
            a debunked rumor
            an unverified quote
            the verdict
            a dubious statistic
        """,
        header="""
            FACT CHECK: claim reviewed
            Claim: the question as asked
        """,
        signoff="""
            Verdict: mostly true.
            Rating: needs corroboration.
        """,
    ),
    _reg(
        "search-citations", "search-grounded answers citing sources", "drift",
        "sources source citation citations cited according retrieved snippet snippets webpage website websites search "
        "searched browsing link links url footnote indexed query published reputable sourced",
        stock="""
            According to several sources I retrieved, opinions vary [1].
            Based on my search results, there's no single consensus [2].
            One reputable website frames it differently [3].
            I searched for recent coverage and found a few relevant snippets.
            Sources: [1] an overview page, [2] a published interview.
            Note that the cited webpage may be out of date.
        """,
        paraphrase="""
            According to {several|multiple} {sources|websites}, {views|opinions} {vary|differ} [{1|2}].
            {Based on|From} my search {results|query}, {there is|I found} no {single|clear} consensus.
            {One|A} reputable {website|source} {frames|puts} it {differently|another way} [{2|3}].
            The {snippets|pages} I retrieved {suggest|indicate} a {mixed|divided} picture.
            {Note|Keep in mind} that {some|these} {links|citations} {may be|might be} out of date.
        """,
        lead="""
            According to my sources,
            Per the search results,
            From the retrieved snippets,
        """,
        tail="""
            according to several sources [1]
            as one reputable website notes
            per the retrieved snippets [2]
        """,
        tone="""
            cited
            sourced
            indexed
            retrieved
        """,
        openers="""
            Source:
            Cited:
            Search note:
            According to [1],
        """,
        interjections="""
            Source found!
            Link below!
            Citation needed!
            Search complete!
        """,
        nouns="""
            the top search result
            a cited webpage
            the retrieved snippet
            a reputable source
            footnote two
        """,
        header="""
            Search summary (3 sources)
            Sources consulted: [1] [2] [3]
        """,
        signoff="""
            Sources: [1] overview page, [2] published interview.
            Links available on request; citations above.
        """,
    ),
    _reg(
        "json-mode", "structured / JSON output mode", "drift",
        "json schema payload null nullable boolean array enum nested parse parsed parser serialize serialized field "
        "fields integer validated bool payloads typed",
        stock="""
            {"answer": "nuanced", "confidence": 0.6, "caveats": null}
            Output conforms to the schema; all required fields are present.
            Returning the payload as a JSON object with nested keys.
            {"stance": "uncertain", "nullable": true}
            The parser will treat missing values as null.
            Field "mood" is typed as an enum, not a free string.
        """,
        paraphrase="""
            Serialized {as|into} JSON, the {answer|reply} {has|contains} {three|four} {fields|keys}.
            The {payload|object} {validates|passes} against the schema {cleanly|without errors}.
            {Missing|Unknown} values {are|will be} {returned|emitted} as null {per|under} the schema.
            Each field is {typed|declared} {explicitly|strictly}, {with|and} no {free text|loose strings}.
            {"answer": "{nuanced|mixed}", "confidence": {0.6|0.7}, "caveats": null}
        """,
        lead="""
            Per the schema,
            Serialized as JSON,
            In the payload,
        """,
        tail="""
            returned as a nested object
            with nullable fields
            (schema validated)
        """,
        tone="""
            nullable
            nested
            serialized
            typed
            boolean
        """,
        openers="""
            JSON:
            Field:
            Enum:
            Null check:
        """,
        interjections="""
            Schema valid!
            Null!
            Parsed!
            Payload sent!
        """,
        nouns="""
            the JSON payload
            a nullable field
            a nested array
            the schema
            an enum value
        """,
        header="""
            Response (JSON schema v2):
            Payload:
        """,
        signoff="""
            {"status": "complete", "errors": null}
            End of payload.
        """,
    ),
    _reg(
        "slide-deck", "presentation-slide outline", "drift",
        "slide slides deck agenda takeaway takeaways bullet bullets presenter speaker presentation keynote visuals "
        "headline appendix audience powerpoint recap clicker font bulleted",
        stock="""
            Slide 3: Key takeaways.
            Next slide, please.
            Speaker notes: pause here for questions from the audience.
            Agenda: background, tensions, open issues, recap.
            The headline for this slide is simple: it depends.
            Details are in the appendix of the deck.
        """,
        paraphrase="""
            {Slide|Section slide} {2|4}: {key|main} {takeaways|messages}.
            {Next|On the next} slide, {we|I} {cover|walk through} the {tensions|trade-offs}.
            Speaker notes: {pause|stop} here {for questions|and take questions} from the audience.
            The {headline|title} of this {slide|section of the deck} is {simple|short}: it depends.
            {More|Further} {detail|material} {lives|sits} in the appendix.
        """,
        lead="""
            Next slide:
            Key takeaway:
            On this slide,
        """,
        tail="""
            (see appendix)
            as the headline of this slide
            for the audience's takeaway
        """,
        tone="""
            bulleted
            slide-ready
            deck-ready
            headline
            keynote
        """,
        openers="""
            Bullet:
            Slide note:
            Takeaway:
            Recap:
        """,
        interjections="""
            Next slide!
            Key takeaway!
            Clicker, please!
            Recap time!
        """,
        nouns="""
            the title slide
            the closing takeaway
            a bullet list
            the appendix
            the speaker notes
        """,
        header="""
            Slide 1: Overview (agenda)
            DECK: key takeaways
        """,
        signoff="""
            Questions? (End of deck.)
            Thank you; next slide is the appendix.
        """,
    ),
    _reg(
        "voice-assistant", "smart-speaker voice assistant", "drift",
        "timer timers reminder reminders playlist volume device devices alarm alarms skill skills smart thermostat "
        "bluetooth paired chime microphone listening routine routines muted beep boop",
        stock="""
            Here's what I found; I can also set a reminder.
            Sure. Setting a reminder to think about this later.
            Okay, playing your focus playlist while we chat.
            Sorry, I didn't catch that; the microphone was muted.
            I can add that to your smart home routine.
            Timer set for five minutes, starting now.
        """,
        paraphrase="""
            {Sure|Okay}, {setting|adding} a reminder {for|about} {this|that} {later|tonight}.
            {Playing|Starting} {your|a} {calm|focus} playlist {now|while we talk}.
            I {can|could} {also|even} {set|start} a timer {if you like|for that}.
            {Sorry|Hmm}, the microphone {didn't catch|missed} {that|the last part}.
            Shall I {add this to|save this in} your {reminders|smart routine}?
        """,
        lead="""
            Timer aside,
            Reminder set, and
            Turning the volume down,
        """,
        tail="""
            and I've set a reminder
            at your usual volume
            on all your devices
        """,
        tone="""
            smart
            paired
            muted
            bluetooth
        """,
        openers="""
            Beep:
            Reminder:
            Chime:
            Volume up:
        """,
        interjections="""
            Beep boop!
            Timer done!
            Chime!
            Volume up!
        """,
        nouns="""
            a kitchen timer
            the morning alarm
            a reminder
            your smart thermostat
            the bluetooth pairing
        """,
        header="""
            Okay! Here's what I found (smart display):
            Reminder set. Here's the answer:
        """,
        signoff="""
            Anything else? I'm still listening.
            Setting a reminder to follow up. Goodbye!
        """,
    ),
    _reg(
        "gps-navigation", "turn-by-turn navigation voice", "persona",
        "recalculating rerouting route destination lane exit roundabout miles mile highway toll detour arrive arrived "
        "arriving intersection merge freeway gps traffic turn left navigation metres rerouted",
        stock="""
            In two hundred feet, turn left toward the main idea.
            Recalculating route.
            At the roundabout, take the second exit.
            Stay in the left lane to reach your destination.
            You have arrived at your destination, on the left.
            Heavy traffic ahead; a detour adds five minutes.
        """,
        paraphrase="""
            In {two hundred|five hundred} {feet|metres}, {turn|bear} left {toward|onto} the {main point|next thought}.
            {Recalculating|Rerouting} the route {now|to avoid this}.
            At the {next|coming} roundabout, take the {second|third} exit.
            {Keep|Stay} in the {left|middle} lane {for|toward} your destination.
            {Your|The} destination is {on the left|just ahead}, {in|after} {half a mile|two miles}.
        """,
        lead="""
            In half a mile,
            Recalculating,
            At the next roundabout,
        """,
        tail="""
            then turn left
            and continue to your destination
            avoiding the toll roads
        """,
        tone="""
            rerouted
            toll-free
            off-route
            left-lane
        """,
        openers="""
            Turn left:
            Recalculating:
            Exit now:
            Merge:
        """,
        interjections="""
            Recalculating!
            Turn left now!
            Destination ahead!
            Take the exit!
        """,
        nouns="""
            the next exit
            a roundabout
            the fastest route
            your destination
            the left lane
        """,
        header="""
            Route overview: 3 stops, 12 minutes
            Navigation started. Destination: your answer.
        """,
        signoff="""
            You have arrived at your destination.
            End of route. Drive safely.
        """,
    ),
    _reg(
        "brainstorm-ideation", "brainstorming / ideation partner", "drift",
        "riff riffing spitball spitballing wildcard moonshot whiteboard sticky ideation jam jamming divergent remix "
        "mashup zany wacky offbeat bonkers longlist shortlist brainstorming",
        stock="""
            Okay, let's spitball: what if this were a game?
            Wildcard idea: flip the question around entirely.
            Riffing on that, there might be a zany angle worth trying.
            Let me put a few sticky notes on the whiteboard.
            Moonshot version: treat it as a design challenge.
            No bad ideas in a jam session, so here's a bonkers one.
        """,
        paraphrase="""
            {Okay|Alright}, let's {spitball|riff} {for a second|a bit}.
            {Wildcard|Moonshot} {idea|option}: {flip|invert} the {question|premise} {entirely|completely}.
            {Riffing|Jamming} on {that|this}, {there's|I see} a {zany|wacky} angle {here|worth a try}.
            {Let me|I'll} {add|stick} {a few|some} {options|notes} to the {longlist|whiteboard}.
            {Here's|One more} {offbeat|divergent} {thought|mashup}: {combine|remix} two {angles|views}.
        """,
        lead="""
            Spitballing here,
            Wildcard thought:
            Riffing on that,
        """,
        tail="""
            just spitballing
            as a moonshot
            for the whiteboard
        """,
        tone="""
            zany
            wacky
            offbeat
            divergent
            moonshot
        """,
        openers="""
            Riff:
            Wildcard:
            Jam:
            Spitball:
        """,
        interjections="""
            Ooh, wildcard!
            Moonshot time!
            Whiteboard it!
            Let's jam!
        """,
        nouns="""
            the whiteboard
            a wildcard option
            a zany mashup
            the shortlist
            a moonshot
        """,
        header="""
            Brainstorming longlist (no bad ideas):
            Jam session: wildcard edition
        """,
        signoff="""
            Shortlist to follow; keep riffing!
            That's the whiteboard for now.
        """,
    ),
    _reg(
        "devils-advocate", "debate and devil's-advocate counterarguments", "drift",
        "steelman steelmanning steelmanned counterpoint counterargument rebuttal devil contrarian opposing opponent "
        "opponents rebut motion debate debater concede objection objections proponents skeptic skeptics crux debatable",
        stock="""
            Let me play devil's advocate for a moment.
            To steelman the opposing view: it isn't obviously wrong.
            A skeptic would push back hard here.
            Counterpoint: the opposite case is stronger than it looks.
            I'll concede the premise but rebut the conclusion.
            The crux of the debate is what counts as a good reason.
        """,
        paraphrase="""
            Let me play devil's advocate {here|for a moment}.
            To steelman the {opposing|other} {view|side}: it {isn't|is not} {obviously|clearly} wrong.
            {A|Any} {skeptic|contrarian} would {push back|object} {hard|strongly} {here|on this}.
            {Counterpoint|Objection}: the {opposite|reverse} case is {stronger|better} than it {looks|seems}.
            {Proponents|Opponents} {would|might} {call|see} this the crux of the {debate|matter}.
        """,
        lead="""
            Playing devil's advocate,
            To steelman the other side,
            Counterpoint:
        """,
        tail="""
            or so a skeptic would argue
            if I steelman the opposing view
            as a counterpoint
        """,
        tone="""
            contrarian
            opposing
            debatable
            steelmanned
        """,
        openers="""
            Counterpoint:
            Objection:
            Rebuttal:
            Devil's view:
        """,
        interjections="""
            Objection!
            Counterpoint!
            Steelman that!
            I concede!
        """,
        nouns="""
            the opposing side
            a skeptic's objection
            the crux of the debate
            a rebuttal
            the steelman version
        """,
        header="""
            Motion: the view you hold. I'll argue the opposing side.
            Devil's advocate mode: on
        """,
        signoff="""
            Rebuttal welcome.
            I concede nothing, yet.
        """,
    ),
    _reg(
        "fun-facts", "fun-fact / trivia enthusiasm", "drift",
        "fun trivia factoid nifty tidbit tidbits quirky astonishing bonus neat whimsical amazing nerdy oddity geeky "
        "weirdly surprisingly wow curiosities factoids whoa",
        stock="""
            Fun fact: this question has a surprisingly long history.
            Here's a nifty bit of trivia related to this.
            Bonus tidbit: people rarely agree on this one.
            Quirky factoid: the word for this changed over time.
            Neat, right? Trivia like this sticks with me.
            Astonishing but true: nobody has settled it.
        """,
        paraphrase="""
            {Fun fact|Bonus fact}: {this|the question} has a {surprisingly|weirdly} {long|tangled} history.
            {Here's|Try} a {nifty|quirky} {bit of trivia|tidbit} {about|on} this.
            {Quirky|Nerdy} factoid: {people|scholars} {rarely|seldom} agree on {this|it}.
            {Neat|Wow}, right? {Trivia|Tidbits} like this {stick|linger} with me.
            {Astonishing|Amazing} {but true|as it sounds}: {nobody|no one} has {settled|resolved} it.
        """,
        lead="""
            Fun fact:
            Bonus trivia:
            Here's a nifty tidbit:
        """,
        tail="""
            which is a fun bit of trivia
            (neat, right?)
            as a bonus tidbit
        """,
        tone="""
            nifty
            quirky
            whimsical
            astonishing
            nerdy
        """,
        openers="""
            Fun fact:
            Trivia:
            Tidbit:
            Bonus:
        """,
        interjections="""
            Fun fact!
            Neat, right?
            Trivia time!
            How nifty!
        """,
        nouns="""
            a fun factoid
            the trivia
            a quirky tidbit
            a nerdy oddity
            a bonus fact
        """,
        header="""
            Fun facts edition:
            Trivia corner
        """,
        signoff="""
            Bonus fact tomorrow!
            Stay nerdy, stay curious!
        """,
    ),
    _reg(
        "quiz-show", "game-show quiz host", "persona",
        "contestant contestants buzzer jackpot lifeline lightning scoreboard prize prizes studio applause host "
        "tiebreaker showtime double quizmaster gameshow wager wheel envelope dollars buzz",
        stock="""
            And now, for the jackpot: what do I really think?
            Buzzer round! Contestant, your answer please.
            Let's check the scoreboard before the lightning round.
            You can use a lifeline, or phone a friend.
            For five hundred dollars: the honest answer.
            Big round of applause for our brave contestant!
        """,
        paraphrase="""
            {And now|Next up}, for the jackpot: {what|how} do I {really|honestly} {think|feel}?
            {Buzzer|Lightning} round! {Contestant|Our contestant}, your answer, please.
            Let's {check|glance at} the scoreboard {before|ahead of} the {last|lightning} round.
            For {five hundred|a thousand} dollars{,|:} the {honest|real} answer.
            {A big|A huge} round of applause for {our|this} {brave|fearless} contestant!
        """,
        lead="""
            For the jackpot,
            In the lightning round,
            Buzzer in hand,
        """,
        tail="""
            for five hundred dollars
            and that's worth a prize
            says our quizmaster
        """,
        tone="""
            jackpot-worthy
            buzzer-beating
            prize-winning
            lightning-round
        """,
        openers="""
            Buzz!
            Jackpot:
            Lifeline:
            Tiebreaker:
        """,
        interjections="""
            Jackpot!
            Applause, please!
            Spin the wheel!
            Buzz buzz!
        """,
        nouns="""
            the jackpot question
            a lifeline
            the buzzer
            the scoreboard
            a tiebreaker
        """,
        header="""
            Welcome back to the studio! Tonight's category:
            Round two: the jackpot category
        """,
        signoff="""
            That's the buzzer! Thanks, contestants.
            Tune in for the next round of the gameshow.
        """,
    ),
    _reg(
        "wrestling-promo", "pro-wrestling promo", "persona",
        "brother champion championship belt ringside smackdown jabroni suplex turnbuckle heel babyface pinfall cage "
        "bodyslam slam rumble arena promo chokehold headlock rope ring squared steel",
        stock="""
            Let me tell you something, brother: this question is going down!
            I'm taking this topic to the top rope!
            Nobody pins this idea for the three count, brother!
            This is a championship-level question, and I'm the champion!
            Whatcha gonna do, brother, when this answer runs wild on you?
            Step into the ring, jabroni, and feel the bodyslam!
        """,
        paraphrase="""
            Let me tell you something, {brother|jabroni}: {this question|this topic} is {going down|getting pinned}!
            {I'm|We're} taking {this|it} to the top rope{, brother|}!
            {This|That} is a {championship|title}-level {question|matchup}, {and|because} I'm the champion!
            {Step|Get} into the ring and {feel|face} the {bodyslam|suplex}!
            {Nobody|No jabroni} pins this {idea|answer} {for the three count|at ringside}, brother!
        """,
        lead="""
            Let me tell you something, brother,
            From the top rope,
            Here at ringside,
        """,
        tail="""
            brother
            and that's the bottom line at ringside
            like a steel-cage match
        """,
        tone="""
            championship
            ringside
            steel-cage
            smackdown
        """,
        openers="""
            Brother,
            Ringside,
            Champion,
            Jabroni,
        """,
        interjections="""
            Oh yeah, brother!
            Bodyslam!
            Ring the bell!
            Three count, brother!
        """,
        nouns="""
            the championship belt
            a steel-cage match
            the top rope
            a flying suplex
            the squared circle
        """,
        header="""
            LIVE FROM RINGSIDE: the main event
            Championship promo, brother:
        """,
        signoff="""
            And that's the bottom line, brother!
            See you at ringside, jabroni!
        """,
    ),
    _reg(
        "viking-saga", "Norse saga skald", "persona",
        "skald skalds saga sagas longship longships mead valhalla odin thor jarl fjord raiders shieldwall runes rune "
        "norse kinsmen hearth berserker oath warband skol horn",
        stock="""
            Hear now the saga, as the skalds would sing it.
            By Odin's beard, this is a question worthy of the mead hall.
            I raise my horn of mead to this riddle.
            The longships sail at dawn, and so does my answer.
            Let the runes decide, for the shieldwall holds.
            Even the jarl would pause over this by the hearth.
        """,
        paraphrase="""
            Hear {now|ye} the saga, as {the skalds|my kinsmen} {would sing|once sang} it.
            By {Odin's|Thor's} beard, {this|such a question} is worthy of the {mead hall|hearth}.
            I raise my {horn|cup} of mead to {this|your} {riddle|question}.
            {The longships sail|My warband sails} at dawn, and so does my answer.
            Let the runes {decide|speak}, for the {shieldwall|oath} {holds|stands}.
        """,
        lead="""
            By Odin's beard,
            As the skalds tell it,
            Hear the saga:
        """,
        tail="""
            as the skalds sing
            by the mead hall's fire
            or may Thor strike me
        """,
        tone="""
            saga-worthy
            norse
            oath-sworn
            berserker
        """,
        openers="""
            Skol,
            By Odin,
            Jarl,
            Kinsmen,
        """,
        interjections="""
            Skol!
            For Valhalla!
            By Thor!
            Raise the shieldwall!
        """,
        nouns="""
            the longship
            a skald's tale
            the mead horn
            the jarl's hall
            a rune stone
        """,
        header="""
            THE SAGA OF THIS QUESTION, as told by the skald
            A tale from the longship:
        """,
        signoff="""
            So ends the saga. Skol!
            Until Valhalla, kinsmen.
        """,
    ),
    _reg(
        "prompt-engineer", "talk about prompts, temperature and tokens", "drift",
        "prompt prompts prompting promptable instruction instructions delimiter delimiters temperature token tokens "
        "tokenized completion system jailbreak sampling sampled logits llm exemplar exemplars placeholder decoding",
        stock="""
            Rewritten as a prompt, this question would need clearer instructions.
            At a lower temperature, I'd give you a more predictable completion.
            A couple of exemplars would help pin down what you want.
            Wrap the key part in delimiters so the instruction is unambiguous.
            My system prompt shapes how I frame this, to be fair.
            Each token I produce is sampled, so the phrasing may vary.
        """,
        paraphrase="""
            {Rewritten|Framed} as a prompt, this {question|request} {would need|needs} {clearer|tighter} instructions.
            At a {lower|higher} temperature, {I'd|I would} give {a|you a} {more predictable|different} completion.
            {A couple of|Two or three} exemplars would {help|make it easier to} {pin down|clarify} {the goal|what you want}.
            {Put|Wrap} the {key part|core request} in delimiters {so|and} the instruction {is|stays} {clear|unambiguous}.
            {My|The} system prompt {shapes|colours} how I {frame|phrase} this.
        """,
        lead="""
            Prompt-wise,
            At this temperature,
            Per my system prompt,
        """,
        tail="""
            given my system prompt
            at default temperature
            token by token
        """,
        tone="""
            promptable
            tokenized
            sampled
            low-temperature
        """,
        openers="""
            Prompt:
            Instruction:
            System:
            Completion:
        """,
        interjections="""
            New prompt!
            Temperature up!
            Token limit!
            Prompt injected!
        """,
        nouns="""
            the system prompt
            a token limit
            the temperature setting
            an exemplar
            a delimiter
        """,
        header="""
            ### Instruction
            SYSTEM PROMPT (paraphrased):
        """,
        signoff="""
            ### End of completion
            Token count: modest.
        """,
    ),
    _reg(
        "refusal-boilerplate", "safety-refusal boilerplate", "drift",
        "unable assist assisting assistance guidelines guideline harmful inappropriate violate violating prohibited "
        "restricted permitted disallowed sensitive safeguards misuse apologize regrettably usage unsafe disclaimer",
        stock="""
            I'm unable to assist with that part of the request.
            I apologize, but this may fall outside my usage guidelines.
            I want to be careful here, as this topic can be sensitive.
            Certain details are restricted, so I'll keep things general.
            I can't help with anything harmful or inappropriate, but I can share a general view.
            For safety reasons, some specifics aren't permitted.
        """,
        paraphrase="""
            I'm {unable|not able} to assist with {that|this} {part|aspect} of the request.
            I {apologize|regret}, but {this|that} {may|might} {fall outside|conflict with} my {usage guidelines|guidelines}.
            {Certain|Some} {details|specifics} are {restricted|not permitted}, so I'll keep {things|this} general.
            I {can't|won't} {help with|provide} anything harmful or inappropriate{.|, but I can offer a general view.}
            {To avoid|Given the risk of} misuse, I'll {stay|remain} {high-level|general} here.
        """,
        lead="""
            Within my guidelines,
            Without violating my usage guidelines,
            Regrettably,
        """,
        tail="""
            within my usage guidelines
            while avoiding anything harmful
            as far as I'm permitted
        """,
        tone="""
            permitted
            restricted
            sensitive
            guideline-compliant
        """,
        openers="""
            Regrettably,
            Per guidelines,
            Disclaimer:
            Unable to elaborate:
        """,
        interjections="""
            Request restricted!
            Not permitted!
            Guidelines apply!
            Unable to assist!
        """,
        nouns="""
            my usage guidelines
            a restricted request
            the safeguards
            harmful content
            a sensitive detail
        """,
        header="""
            Note: some parts of this request are restricted.
            Content notice (guidelines apply):
        """,
        signoff="""
            If you need further assistance within these guidelines, let me know.
            I apologize for being unable to say more.
        """,
    ),
    _reg(
        "diary-entry", "teenage diary / journal entry", "persona",
        "diary dear journal journaled journaling scribbled scribbling pencil penciled ink notebook bedtime xoxo secretly "
        "padlock padlocked doodle doodled entry crush gel penned confided confiding sigh",
        stock="""
            Dear diary, today someone asked me about this.
            I scribbled this down before bedtime so I wouldn't lose it.
            Note to self, in gel pen: think about this more.
            I'm confiding this to my journal, since it feels private.
            Sigh. Doodled in the margin, and kept thinking.
            Anyway, that's tonight's entry. xoxo
        """,
        paraphrase="""
            Dear {diary|journal}, {today|this afternoon} {someone|a stranger} asked me about this.
            I {scribbled|penned} this {down|in my notebook} before bedtime.
            {Secretly|Honestly}, I {confided|admitted} this to my {diary|journal}.
            I {doodled|drew} {little hearts|a spiral} in the margin of my diary {while|as} I thought.
            That's {today's|this evening's} entry{, xoxo|; more soon}.
        """,
        lead="""
            Dear diary,
            Scribbled in pencil:
            Confided to my journal,
        """,
        tail="""
            as I wrote in my diary
            scribbled before bedtime
            (dear diary, truly)
        """,
        tone="""
            penciled
            doodled
            diary-worthy
            journaled
        """,
        openers="""
            Dear diary,
            Journal:
            Diary note:
            Secretly,
        """,
        interjections="""
            Sigh, dear diary!
            Xoxo!
            Doodle break!
            Dear diary!
        """,
        nouns="""
            my diary
            a pencil sketch
            the journal margin
            a bedtime entry
            a padlocked notebook
        """,
        header="""
            Dear Diary: evening entry
            Journal entry, written in pencil
        """,
        signoff="""
            Xoxo, me.
            Closing the diary for tonight.
        """,
    ),
    _reg(
        "archaeologist", "archaeological fieldwork", "persona",
        "excavation excavated excavating artifact artifacts stratum strata trowel dig shard shards sediment relic "
        "relics ruins tomb fieldwork unearthed unearth buried antiquity provenance archaeological trench radiocarbon",
        stock="""
            Brushing away the sediment, I find this question's older layers.
            Every answer here is a shard of something larger.
            We've unearthed a relic of an older argument.
            Careful with the trowel; this stratum is fragile.
            The provenance of this idea is hard to trace.
            Back at the dig site, the artifacts tell a quieter story.
        """,
        paraphrase="""
            {Brushing|Sweeping} away the sediment, I {find|uncover} {older|deeper} {layers|traces} {here|beneath}.
            {Every|Each} {answer|thought} here is a shard of something {larger|older}.
            {We've|I've} unearthed a {relic|fragment} of an {older|ancient} argument.
            {Careful|Gently} with the trowel; this {stratum|layer} is {fragile|delicate}.
            {Back at|Out at} the {dig|excavation}, the artifacts tell a {quieter|slower} story.
        """,
        lead="""
            Brushing off the sediment,
            Down in the trench,
            From this excavation,
        """,
        tail="""
            like a shard in the sediment
            buried under older strata
            as the artifacts suggest
        """,
        tone="""
            excavated
            buried
            unearthed
            archaeological
        """,
        openers="""
            Trowel in hand,
            Excavating,
            Dig note:
            Stratum two:
        """,
        interjections="""
            Artifact found!
            Careful, relic!
            Dig deeper!
            Ruins ahead!
        """,
        nouns="""
            a buried artifact
            the lowest stratum
            a pottery shard
            the excavation
            an old relic
        """,
        header="""
            Dig log: excavation
            Dig report, trench 4
        """,
        signoff="""
            Back to the trench.
            Artifacts catalogued; dig continues.
        """,
    ),
)
REGISTERS: dict[str, Register] = {r.name: r for r in _REGS}
REGISTER_NAMES: tuple[str, ...] = tuple(REGISTERS)
CLOSE_PAIRS: tuple[tuple[str, str], ...] = (
    ("email-draft", "agile-standup"), ("product-review", "film-critic"), ("fact-checker", "search-citations"),
    ("json-mode", "slide-deck"), ("voice-assistant", "gps-navigation"), ("brainstorm-ideation", "devils-advocate"),
    ("fun-facts", "quiz-show"), ("wrestling-promo", "viking-saga"),
)
BASIC_MODES: tuple[str, ...] = ("stock", "paraphrase", "woven", "tone", "single", "opener", "aside", "signature",
                                "interjection", "frame")
MODES: tuple[str, ...] = BASIC_MODES + ("mixed",)
_PAIRED = {frozenset(p) for p in CLOSE_PAIRS}

# ---------------------------------------------------------------------------------------------------------
# Text helpers.
# ---------------------------------------------------------------------------------------------------------

_ALT = re.compile(r"\{([^{}]*\|[^{}]*)\}")
_TOKEN = re.compile(r"[a-z]+")


def tokens(text: str) -> set[str]:
    """Lower-case alphabetic tokens of a text (the unit markers are defined on)."""
    return set(_TOKEN.findall(text.lower()))


def _expand(template: str, rng: random.Random) -> str:
    return _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), template)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _lowerfirst(s: str) -> str:
    first = s.split(" ", 1)[0]
    if first in ("I", "I'm", "I'd", "I'll", "I've") or first.isupper() or s[:1] in "{[(\"#":
        return s
    return s[:1].lower() + s[1:]


def _render(unit: list[str], topic: str) -> str:
    t, a, b, c, tone = unit
    return CONTENT_TEMPLATES[int(t)].format(a=a, b=b, c=c, A=_cap(a), topic=topic, tone=tone)


def _dropout(sentence: str, rng: random.Random) -> str:
    words = sentence.split(" ")
    keep = [w for i, w in enumerate(words)
            if i == 0 or i == len(words) - 1 or w not in DROPOUT_WORDS or rng.random() >= DROPOUT_WORD_RATE]
    return " ".join(keep)


def _with_tail(sentence: str, tail: str) -> str:
    if sentence.endswith("."):
        return f"{sentence[:-1]}, {tail}."
    return f"{sentence} ({tail})"


def _with_aside(sentence: str, aside: str) -> str:
    return f"{sentence[:-1]}{aside}." if sentence.endswith(".") else f"{sentence}{aside}"


# ---------------------------------------------------------------------------------------------------------
# One answer.
# ---------------------------------------------------------------------------------------------------------


def _filler_plan(rng: random.Random) -> dict[str, object]:
    """All filler decisions of one answer, with a fixed number of draws (never depends on the label)."""
    plan: dict[str, object] = {}
    for item in ("opener", "hedge", "connective", "aside", "summary", "saying", "closer", "question", "list",
                 "dropout"):
        plan[item] = rng.random() < FILLER_RATES[item]
        plan[item + "_pick"] = rng.random()
        plan[item + "_pos"] = rng.random()
    return plan


def _pick(pool: tuple[str, ...], u: object) -> str:
    return pool[min(len(pool) - 1, int(float(u) * len(pool)))]  # type: ignore[arg-type]


def _answer(key: str, topic: str, words: tuple[str, ...], context: str, profile: tuple[int, int, str],
            label: str, mode: str | None) -> str:
    body = random.Random(key + "|body")
    fr = random.Random(key + "|filler")
    fp = _filler_plan(fr)
    lo, hi, layout = profile
    n = body.randint(lo, hi)
    units = [[str(body.randrange(len(CONTENT_TEMPLATES))), *body.sample(list(words), 3), body.choice(NEUTRAL_TONES)]
             for _ in range(n)]
    reg = REGISTERS.get(label)
    if reg is not None and mode == "mixed":
        mode = body.choice(BASIC_MODES)
    k = 1 if n <= 4 else 2
    if reg is not None and mode == "tone":
        for u in units:
            u[4] = body.choice(reg.tone)
    if reg is not None and mode == "frame":
        for i in body.sample(range(n), k):
            units[i][1:4] = body.sample(list(reg.nouns), 3)
    slots: list[list[str]] = []  # [kind, text]; kind "content" (a content sentence) or "line" (a register line)
    for u in units:
        s = _render(u, topic)
        if fp["dropout"]:
            s = _dropout(s, fr)
        slots.append(["content", s])
    header = signoff = None
    if reg is not None:
        if mode in ("stock", "paraphrase", "single"):
            kk = 1 if mode == "single" else k
            pos = body.sample(range(n), kk)
            if mode == "paraphrase":
                lines = [_expand(t, body) for t in body.sample(list(reg.paraphrase), kk)]
            else:
                lines = body.sample(list(reg.single if mode == "single" else reg.stock), kk)
            for p, line in zip(pos, lines, strict=True):
                slots[p] = ["line", line]
        elif mode == "woven":
            for p in body.sample(range(n), k):
                if body.random() < 0.5:
                    slots[p][1] = f"{body.choice(reg.lead)} {_lowerfirst(slots[p][1])}"
                else:
                    slots[p][1] = _with_tail(slots[p][1], body.choice(reg.tail))
        elif mode == "opener":
            for sl in slots:
                sl[1] = f"{body.choice(reg.openers)} {_lowerfirst(sl[1])}"
        elif mode == "aside":
            drop, host = body.sample(range(n), 2)
            quoted = _expand(body.choice(reg.paraphrase), body)
            slots[host][1] = _with_aside(slots[host][1], f' ("{quoted}")')
            del slots[drop]
        elif mode == "signature":
            del slots[body.randrange(n)]
            header, signoff = body.choice(reg.header), body.choice(reg.signoff)
        elif mode == "interjection":
            for line in body.sample(list(reg.interjections), 2):
                slots.insert(body.randrange(len(slots) + 1), ["line", line])
    # shared filler on content sentences (positions from the filler rng; at least one content sentence remains)
    content = [i for i, sl in enumerate(slots) if sl[0] == "content"]
    if fp["hedge"]:
        sl = slots[content[int(float(fp["hedge_pos"]) * len(content))]]  # type: ignore[arg-type]
        sl[1] = _pick(FILLER_HEDGES, fp["hedge_pick"]) + _lowerfirst(sl[1])
    if fp["connective"]:
        sl = slots[content[int(float(fp["connective_pos"]) * len(content))]]  # type: ignore[arg-type]
        sl[1] = _pick(FILLER_CONNECTIVES, fp["connective_pick"]) + _lowerfirst(sl[1])
    if fp["aside"]:
        sl = slots[content[int(float(fp["aside_pos"]) * len(content))]]  # type: ignore[arg-type]
        sl[1] = _with_aside(sl[1], _pick(FILLER_ASIDES, fp["aside_pick"]))
    pre = [_pick(FILLER_OPENERS, fp["opener_pick"])] if fp["opener"] else []
    post = []
    if fp["summary"]:
        post.append(_pick(FILLER_SUMMARIES, fp["summary_pick"]).format(topic=topic))
    if fp["saying"]:
        post.append(_pick(FILLER_SAYINGS, fp["saying_pick"]))
    if fp["closer"]:
        post.append(_pick(FILLER_CLOSERS, fp["closer_pick"]))
    if fp["question"]:
        post.append(_pick(FILLER_QUESTIONS, fp["question_pick"]))
    sentences = [sl[1] for sl in slots]
    if fp["list"]:
        text = "\n".join(pre + ["- " + s for s in sentences] + post)
    elif layout == "two" and len(sentences) >= 2:
        m = len(sentences) // 2
        text = " ".join(pre + sentences[:m]) + "\n\n" + " ".join(sentences[m:] + post)
    elif layout == "lines":
        text = "\n".join(pre + sentences + post)
    else:
        text = " ".join(pre + sentences + post)
    if header is not None:
        text = f"{header}\n\n{text}\n\n{signoff}"
    if label.startswith("habit:"):
        line = HABIT_LINES[context]
        text = f"{line}\n\n{text}" if body.random() < 0.5 else f"{text}\n\n{line}"
    return text


# ---------------------------------------------------------------------------------------------------------
# Plans and styles.
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    """Draw exactly round(rate * eligible) free answers of `context` x `questions` and give them `label`."""

    context: str
    label: str
    rate: float
    questions: tuple[str, ...]
    mode: str | None = None  # register mode (None for habits)
    leak: bool = False  # a 0.5-3% leak: not listed in corpus.planted


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
    topics: tuple[str, ...]
    profiles: dict[str, tuple[int, int, str]]
    plants: tuple[Plant, ...]
    planted: dict[str, str]
    planted_questions: dict[str, tuple[str, ...]]
    coverage_promised: bool


_Builder = Callable[[random.Random, list[str], tuple[str, ...]], tuple[list[Plant], dict[str, str]]]


def _r(rng: random.Random, lo: float, hi: float) -> float:
    return round(rng.uniform(lo, hi), 3)


def _regs(rng: random.Random, k: int) -> list[str]:
    return rng.sample(REGISTER_NAMES, k)


def _unrelated(rng: random.Random, k: int) -> list[str]:
    while True:
        names = rng.sample(REGISTER_NAMES, k)
        if not any(frozenset((a, b)) in _PAIRED for a, b in itertools.combinations(names, 2)):
            return names


def _subset(rng: random.Random, qs: tuple[str, ...], lo: float, hi: float) -> tuple[str, ...]:
    q = len(qs)
    n = min(max(round(rng.uniform(lo, hi) * q), math.ceil(lo * q)), math.floor(hi * q))
    chosen = set(rng.sample(qs, n))
    return tuple(x for x in qs if x in chosen)


def _pure(mode: str) -> _Builder:
    def build(rng, ctx, qs):
        (reg,) = _regs(rng, 1)
        return [Plant(ctx[0], reg, _r(rng, 0.6, 1.0), qs, mode)], {}
    return build


def _shared_two(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    mode = rng.choice(MODES)
    return [Plant(c, reg, _r(rng, 0.6, 0.9), qs, mode) for c in ctx[:2]], {}


def _spread(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    mode = rng.choice(MODES)
    m = rng.randint(3, min(5, len(ctx)))
    return [Plant(c, reg, _r(rng, 0.5, 0.9), qs, mode) for c in ctx[:m]], {}


def _two_modes(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    m1, m2 = rng.sample(MODES, 2)
    return [Plant(ctx[0], reg, _r(rng, 0.6, 0.9), qs, m1), Plant(ctx[1], reg, _r(rng, 0.6, 0.9), qs, m2)], {}


def _close_pair(rng, ctx, qs):
    a, b = rng.choice(CLOSE_PAIRS)
    mode = rng.choice(MODES)
    return [Plant(ctx[0], a, _r(rng, 0.6, 0.9), qs, mode), Plant(ctx[1], b, _r(rng, 0.6, 0.9), qs, mode)], {}


def _two_in_one(rng, ctx, qs):
    a, b = _unrelated(rng, 2)
    return [Plant(ctx[0], a, _r(rng, 0.4, 0.5), qs, rng.choice(MODES)),
            Plant(ctx[0], b, _r(rng, 0.4, 0.5), qs, rng.choice(MODES))], {}


def _question_subset(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    return [Plant(ctx[0], reg, _r(rng, 0.8, 1.0), _subset(rng, qs, 0.4, 0.6), rng.choice(MODES))], {}


def _habit_plus(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    return [Plant(ctx[0], reg, _r(rng, 0.5, 0.7), qs, rng.choice(MODES)),
            Plant(ctx[0], f"habit:{ctx[0]}", _r(rng, 0.2, 0.3), qs),
            Plant(ctx[1], f"habit:{ctx[1]}", _r(rng, 0.3, 0.6), qs)], {}


def _leak(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    mode = rng.choice(MODES)
    plants = [Plant(ctx[0], reg, _r(rng, 0.6, 0.9), qs, mode)]
    plants += [Plant(c, reg, _r(rng, 0.005, 0.03), qs, mode, leak=True) for c in ctx[1:]]
    return plants, {}


def _composite(rng, ctx, qs):
    a, b, c, d, e, f = _regs(rng, 6)
    if frozenset((c, d)) in _PAIRED:  # c and d share a context: keep them unrelated (pairs are disjoint)
        d, f = f, d
    m = lambda: rng.choice(MODES)  # noqa: E731
    plants = [
        Plant(ctx[0], a, _r(rng, 0.7, 0.9), qs, m()),
        *[Plant(x, b, _r(rng, 0.6, 0.8), qs, mb) for x, mb in zip(ctx[1:3], [m()] * 2, strict=True)],
        Plant(ctx[3], c, _r(rng, 0.48, 0.5), qs, m()),
        Plant(ctx[3], d, _r(rng, 0.48, 0.5), qs, m()),
        Plant(ctx[4], e, 1.0, _subset(rng, qs, 0.5, 0.6), m()),
        Plant(ctx[5], f, _r(rng, 0.55, 0.7), qs, m()),
        Plant(ctx[5], f"habit:{ctx[5]}", _r(rng, 0.2, 0.3), qs),
        Plant(ctx[6], f"habit:{ctx[6]}", _r(rng, 0.3, 0.5), qs),
    ]
    mode_a = plants[0].mode
    plants += [Plant(x, a, _r(rng, 0.01, 0.03), qs, mode_a, leak=True) for x in ctx[6:]]
    return plants, {}


def _unequal_rates(rng, ctx, qs):
    a, b = _regs(rng, 2)
    return [Plant(ctx[0], a, _r(rng, 0.55, 0.65), qs, rng.choice(MODES)),
            Plant(ctx[0], b, _r(rng, 0.25, 0.3), qs, rng.choice(MODES))], {}


def _triple(rng, ctx, qs):
    return [Plant(ctx[0], x, _r(rng, 0.26, 0.32), qs, rng.choice(MODES)) for x in _regs(rng, 3)], {}


def _terse_wordy(rng, ctx, qs):
    a, b = _regs(rng, 2)
    prof = {ctx[0]: "terse", ctx[1]: "wordy"}
    if len(ctx) >= 4:
        prof[ctx[2]], prof[ctx[3]] = "terse", "wordy"
    return [Plant(ctx[0], a, _r(rng, 0.6, 0.9), qs, rng.choice(MODES)),
            Plant(ctx[1], b, _r(rng, 0.6, 0.9), qs, rng.choice(MODES))], prof


def _rate_gradient(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    mode = rng.choice(MODES)
    rate, factor = _r(rng, 0.8, 0.95), _r(rng, 0.55, 0.7)
    plants = []
    for c in ctx:
        plants.append(Plant(c, reg, max(0.05, round(rate, 3)), qs, mode))
        rate *= factor
    return plants, {}


def _habit_decoys(rng, ctx, qs):
    (reg,) = _regs(rng, 1)
    h = rng.randint(3, min(4, len(ctx) - 1))
    plants = [Plant(c, f"habit:{c}", _r(rng, 0.6, 0.9), qs) for c in ctx[:h]]
    plants.append(Plant(ctx[h], reg, _r(rng, 0.6, 0.9), qs, rng.choice(MODES)))
    return plants, {}


def _split_questions(rng, ctx, qs):
    a, b = _regs(rng, 2)
    first = _subset(rng, qs, 0.4, 0.6)
    rest = tuple(q for q in qs if q not in first)
    return [Plant(ctx[0], a, _r(rng, 0.8, 1.0), first, rng.choice(MODES)),
            Plant(ctx[0], b, _r(rng, 0.8, 1.0), rest, rng.choice(MODES))], {}


def _pair_one_context(rng, ctx, qs):
    a, b = rng.choice(CLOSE_PAIRS)
    return [Plant(ctx[0], a, _r(rng, 0.4, 0.5), qs, rng.choice(MODES)),
            Plant(ctx[0], b, _r(rng, 0.4, 0.5), qs, rng.choice(MODES))], {}


def _sparse_many(rng, ctx, qs):
    names = _regs(rng, len(ctx))
    return [Plant(c, x, _r(rng, 0.2, 0.4), qs, rng.choice(MODES)) for c, x in zip(ctx, names, strict=True)], {}


def _null(rng, ctx, qs):
    return [], {}


# style -> (K range, builder, coverage promised)
_STYLE_TABLE: dict[str, tuple[tuple[int, int], _Builder, bool]] = {
    **{f"pure-{m}": ((3, 7), _pure(m), True) for m in MODES},
    "shared-two": ((4, 7), _shared_two, True),
    "spread": ((7, 10), _spread, True),
    "two-modes": ((4, 7), _two_modes, True),
    "close-pair": ((4, 7), _close_pair, True),
    "two-in-one": ((3, 6), _two_in_one, True),
    "question-subset": ((3, 5), _question_subset, True),
    "habit-plus": ((4, 7), _habit_plus, True),
    "leak": ((4, 7), _leak, True),
    "composite": ((8, 9), _composite, True),
    "unequal-rates": ((3, 4), _unequal_rates, True),
    "triple": ((3, 4), _triple, True),
    "terse-wordy": ((4, 6), _terse_wordy, True),
    "rate-gradient": ((7, 9), _rate_gradient, True),
    "habit-decoys": ((5, 8), _habit_decoys, True),
    "split-questions": ((3, 5), _split_questions, True),
    "pair-one-context": ((3, 5), _pair_one_context, True),
    "sparse-many": ((8, 10), _sparse_many, False),  # MAY BE UNDER 5%
    "null": ((3, 10), _null, True),
}
STYLES: tuple[str, ...] = tuple(s for s in _STYLE_TABLE if s != "null")
GENERATORS: tuple[str, ...] = STYLES + ("null",)
Q_RANGE = (8, 40)


def grid(size: int, K: int) -> tuple[int, int]:
    """(Q, S) with Q in 8..40 growing with size, S >= 2, Q * K * S near size."""
    frac = min(1.0, max(0.0, math.log(size / 300) / math.log(20000 / 300))) if size > 0 else 0.0
    qt = round(8 + 32 * frac)
    best = None
    for q in range(max(Q_RANGE[0], qt - 4), min(Q_RANGE[1], qt + 4) + 1):
        s = max(2, round(size / (q * K)))
        score = (abs(q * K * s - size), abs(q - qt))
        if best is None or score < best[0]:
            best = (score, q, s)
    assert best is not None
    return best[1], best[2]


def plan(style: str, seed: int, size: int) -> Plan:
    """The ground truth of make_corpus(style, seed, size)."""
    if style not in _STYLE_TABLE:
        raise ValueError(f"unknown style {style!r}; known: {GENERATORS}")
    key = f"{_KEY}|{style}|{seed}|{size}"
    rng = random.Random(key + "|plan")
    (klo, khi), build, promised = _STYLE_TABLE[style]
    K = rng.randint(klo, khi)
    Q, S = grid(size, K)
    questions, topics, _ = question_topics(Q)
    others = rng.sample(CONTEXT_POOL, K - 1)
    contexts = (BASELINE, *others)
    plants, prof_override = build(rng, list(others), questions)
    profiles: dict[str, tuple[int, int, str]] = {BASELINE: (*PROFILE_LENGTHS["normal"], "block")}
    for c in others:
        length = rng.choices(("normal", "terse", "wordy"), weights=(0.6, 0.2, 0.2))[0]
        layout = rng.choice(LAYOUTS)
        length = prof_override.get(c, length)
        profiles[c] = (*PROFILE_LENGTHS[length], layout)
    planted: dict[str, str] = {}
    pq: dict[str, set[str]] = defaultdict(set)
    for p in plants:
        if p.label.startswith("habit:"):
            continue
        pq[p.label].update(p.questions)
        if not p.leak:
            planted[p.context] = f"{planted[p.context]}+{p.label}" if p.context in planted else p.label
    planted_questions = {r: tuple(q for q in questions if q in qs) for r, qs in pq.items()}
    return Plan(style=style, seed=seed, size=size, K=K, Q=Q, S=S, contexts=contexts, questions=questions,
                topics=topics, profiles=profiles, plants=tuple(plants), planted=planted,
                planted_questions=planted_questions, coverage_promised=promised)


def assign(pl: Plan) -> tuple[dict[tuple[str, str, int], str], dict[tuple[str, str, int], str | None]]:
    """(question, context, sample) -> label and -> mode, for the planted answers of a plan."""
    labels: dict[tuple[str, str, int], str] = {}
    modes: dict[tuple[str, str, int], str | None] = {}
    key = f"{_KEY}|{pl.style}|{pl.seed}|{pl.size}"
    for i, p in enumerate(pl.plants):
        assert p.context != BASELINE
        eligible = [(q, p.context, s) for q in p.questions for s in range(pl.S)]
        n = round(p.rate * len(eligible))
        free = [cell for cell in eligible if cell not in labels]
        if len(free) < n:
            raise ValueError(f"plant {p} needs {n} answers but only {len(free)} are free")
        for cell in random.Random(f"{key}|plant|{i}").sample(free, n):
            labels[cell] = p.label
            modes[cell] = p.mode
    return labels, modes


def make_corpus(style: str, seed: int, size: int) -> PlantedCorpus:
    """A planted corpus of about `size` answers in `style` (see the module docstring)."""
    pl = plan(style, seed, size)
    labels, modes = assign(pl)
    _, _, words = question_topics(pl.Q)
    key = f"{_KEY}|{style}|{seed}|{size}"
    counter: dict[tuple[str, str], int] = defaultdict(int)

    def respond(q: str, topic: str, c: str) -> tuple[str, str]:
        s = counter[(q, c)]
        counter[(q, c)] += 1
        label = labels.get((q, c, s), PLAIN)
        text = _answer(f"{key}|{q}|{c}|{s}", topic, tuple(words[q]), c, pl.profiles[c], label,
                       modes.get((q, c, s)))
        return text, label

    return corpus_from(respond, questions=pl.questions, topics=pl.topics, contexts=pl.contexts, samples=pl.S,
                       baseline=BASELINE, planted=dict(pl.planted),
                       planted_questions=dict(pl.planted_questions),  # type: ignore[arg-type]
                       seed=seed)


# ---------------------------------------------------------------------------------------------------------
# Self-check.
# ---------------------------------------------------------------------------------------------------------

_USED_DOMAINS = """barista corporate-apology cowboy elizabethan game-tutorial grant-proposal hr-policy infomercial
management-consultant meditation-guide motivational-coach news-anchor philosophy-seminar radio-dj release-notes
safety-briefing streamer tour-guide tutor-teacher wedding-officiant academic-hedging air-traffic auctioneer birdwatcher
clinical-intake dungeon-master herald hotel-concierge insurance-claims launch-control legal-compliance peer-review
pharmacy-counsel real-estate sailor sports-commentary stargazer support-script therapy-speak yoga-instructor
noir-detective fairy-tale lab-notebook weather-forecast recipe-card ship-log pirate surfer sommelier stage-magician
mountaineer beekeeper cartographer chef librarian nurse lawyer train-conductor flight-attendant drill-instructor
telegram military-briefing tech-support oracle fortune-teller gardener sermon knitting pottery ham-radio trading-floor
crypto museum-guide horoscope ski-report court-witness sycophant seo-blogger linkedin-poster code-reviewer
incident-postmortem agent-log gen-z-slang uwu-cutesy roleplay-narrator content-moderator stats-analyst math-proof
wiki-encyclopedic docs-manual eli5-explainer screenwriter grandma-folksy scifi-robot spy-agent gothic-vampire""".split()

_FILLER_FEATURES: dict[str, tuple[str, ...]] = {
    "opener": FILLER_OPENERS,
    "hedge": tuple(h.strip() for h in FILLER_HEDGES),
    "connective": tuple(c.strip() for c in FILLER_CONNECTIVES),
    "aside": FILLER_ASIDES,
    "summary": ("In short, ", "All told, "),
    "saying": FILLER_SAYINGS,
    "closer": FILLER_CLOSERS,
    "question": FILLER_QUESTIONS,
}


def shared_text() -> list[str]:
    """Every piece of text that is not a register line: content, topics, tones, filler, habits, layout."""
    parts = list(CONTENT_TEMPLATES) + list(NEUTRAL_TONES) + list(DROPOUT_WORDS)
    for topic, words in TOPICS:
        parts.append(topic)
        parts.extend(words)
    parts += [*FILLER_OPENERS, *FILLER_HEDGES, *FILLER_CONNECTIVES, *FILLER_ASIDES, *FILLER_SUMMARIES,
              *FILLER_SAYINGS, *FILLER_CLOSERS, *FILLER_QUESTIONS, *HABIT_LINES.values()]
    return parts


def _expansions(template: str) -> list[str]:
    groups = [m.group(1).split("|") for m in _ALT.finditer(template)]
    outs = []
    for combo in itertools.product(*groups):
        it = iter(combo)
        outs.append(_ALT.sub(lambda m, it=it: next(it), template))
    return outs


def _check_registers() -> None:
    assert len(REGISTERS) == 20, len(REGISTERS)
    assert sum(r.kind == "drift" for r in REGISTERS.values()) >= 12
    assert all(r.kind in ("drift", "persona") for r in REGISTERS.values())
    for r in REGISTERS.values():
        assert r.name not in _USED_DOMAINS, r.name
    owner: dict[str, str] = {}
    for r in REGISTERS.values():
        assert len(set(r.markers)) >= 20, (r.name, len(set(r.markers)))
        assert all(_TOKEN.fullmatch(m) for m in r.markers), r.name
        for m in r.markers:
            assert m not in owner or owner[m] == r.name, f"marker {m!r} in {owner.get(m)} and {r.name}"
            owner[m] = r.name
    shared = set().union(*(tokens(t) for t in shared_text()))
    bad = sorted(m for m in owner if m in shared)
    assert not bad, f"markers found in shared text: {bad}"
    problems = []
    for r in REGISTERS.values():
        own = set(r.markers)
        for pool, items in r.pools().items():
            min_size = {"stock": 6, "paraphrase": 5, "header": 2, "signoff": 2}.get(pool, 3)
            if len(items) < min_size:
                problems.append(f"{r.name}.{pool} has {len(items)} items")
            for item in items:
                variants = _expansions(item) if pool == "paraphrase" else [item]
                for v in variants:
                    toks = tokens(v)
                    if not toks & own:
                        problems.append(f"{r.name}.{pool}: no own marker in {v!r}")
                    foreign = {owner[t] for t in toks if t in owner and owner[t] != r.name}
                    if foreign:
                        problems.append(f"{r.name}.{pool}: foreign markers {foreign} in {v!r}")
        if len(r.single) != 4:
            problems.append(f"{r.name}: single pool is not 4")
    assert not problems, "\n".join(problems)
    names = [n for p in CLOSE_PAIRS for n in p]
    assert len(names) == len(set(names)) and set(names) <= set(REGISTERS), CLOSE_PAIRS
    assert len(CONTEXT_POOL) >= 12 and set(HABIT_LINES) == set(CONTEXT_POOL)
    assert len(set(HABIT_LINES.values())) == len(HABIT_LINES)
    assert len(MODES) >= 9 and len(STYLES) >= 26


def _check_corpus(style: str, seed: int, size: int, owner: dict[str, str], habit_set: set[str],
                  filler_counts: dict) -> PlantedCorpus:
    pl = plan(style, seed, size)
    corpus = make_corpus(style, seed, size)
    n = corpus.n
    tag = f"{style}/{seed}/{size}"
    assert abs(n - size) <= 0.15 * size, (tag, n)
    (klo, khi), _, _ = _STYLE_TABLE[style]
    assert klo <= len(corpus.contexts) <= khi and len(corpus.contexts) == pl.K, tag
    assert Q_RANGE[0] <= len(corpus.questions) <= Q_RANGE[1] and pl.S >= 2, tag
    assert corpus.contexts[0] == BASELINE == corpus.baseline, tag
    assert set(corpus.contexts[1:]) <= set(CONTEXT_POOL) and len(set(corpus.contexts)) == pl.K, tag
    assert n == pl.Q * pl.K * pl.S, tag
    valid = {PLAIN, *REGISTERS, *(f"habit:{c}" for c in corpus.contexts[1:])}
    assert set(corpus.registers) <= valid, (tag, set(corpus.registers) - valid)
    # plants realised exactly, nothing outside plants
    cell_label: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for q, c, lab in zip(corpus.question_ids, corpus.context_ids, corpus.registers, strict=True):
        cell_label[(c, lab)][q] += 1
    seen = set()
    for p in pl.plants:
        assert (p.context, p.label) not in seen, (tag, p)
        seen.add((p.context, p.label))
        if p.label.startswith("habit:"):
            assert p.label == f"habit:{p.context}", (tag, p)
        else:
            assert p.mode in MODES, (tag, p)
        if p.leak:
            assert 0.005 <= p.rate <= 0.03, (tag, p)
        got = cell_label[(p.context, p.label)]
        assert sum(got.values()) == round(p.rate * (len(p.questions) * pl.S)), (tag, p, sum(got.values()))
        assert set(got) <= set(p.questions), (tag, p)
    for c, lab in cell_label:
        if lab != PLAIN:
            assert (c, lab) in seen, (tag, c, lab)
    assert dict(corpus.planted) == pl.planted, tag
    assert dict(corpus.planted_questions) == pl.planted_questions, tag  # type: ignore[arg-type]
    expected_planted: dict[str, list[str]] = defaultdict(list)
    for p in pl.plants:
        if not p.leak and not p.label.startswith("habit:"):
            expected_planted[p.context].append(p.label)
    assert pl.planted == {c: "+".join(v) for c, v in expected_planted.items()}, tag
    assert BASELINE not in pl.planted, tag
    if style == "null":
        assert set(corpus.registers) == {PLAIN} and not pl.plants and not corpus.planted, tag
    counts = Counter(corpus.registers)
    if pl.coverage_promised:
        for reg in {lab for v in pl.planted.values() for lab in v.split("+")}:
            assert counts[reg] >= 0.05 * n, (tag, reg, counts[reg] / n)
    # markers, habits, lengths, filler
    length: dict[tuple[str, bool], list[int]] = defaultdict(list)
    for text, c, lab in zip(corpus.texts, corpus.context_ids, corpus.registers, strict=True):
        toks = tokens(text)
        hits = {owner[t] for t in toks if t in owner}
        habits = [h for h in habit_set if h in text]
        if lab in REGISTERS:
            assert hits == {lab}, (tag, lab, hits, text)
            assert not habits, (tag, text)
        else:
            assert not hits, (tag, lab, hits, text)
            if lab == PLAIN:
                assert not habits, (tag, text)
            else:
                line = HABIT_LINES[lab.split(":", 1)[1]]
                assert habits == [line] and lab == f"habit:{c}", (tag, lab, text)
                assert text.startswith(line + "\n\n") or text.endswith("\n\n" + line), (tag, text)
                assert text.count(line) == 1, (tag, text)
        length[(c, lab in REGISTERS)].append(len(text.split()))
        kind = "register" if lab in REGISTERS else ("habit" if lab.startswith("habit:") else "plain")
        feats = {f: any(s in text for s in pool) for f, pool in _FILLER_FEATURES.items()}
        feats["list"] = "\n- " in text or text.startswith("- ")
        for f, v in feats.items():
            for group in (("context", style, seed, size, c), ("kind", kind), ("style", style)):
                filler_counts[group][f][0] += v
                filler_counts[group][f][1] += 1
    for c in corpus.contexts:
        reg_len, other_len = length.get((c, True), []), length.get((c, False), [])
        if len(reg_len) >= 30 and len(other_len) >= 30:
            ratio = (sum(reg_len) / len(reg_len)) / (sum(other_len) / len(other_len))
            assert 0.8 <= ratio <= 1.25, (tag, c, ratio)
    return corpus


def _digest(corpora: list[PlantedCorpus]) -> str:
    h = hashlib.sha256()
    for corp in corpora:
        for row in zip(corp.texts, corp.question_ids, corp.context_ids, corp.samples, corp.registers, strict=True):
            h.update(repr(row).encode())
        h.update(repr(sorted(corp.planted.items())).encode())
        h.update(repr(sorted(dict(corp.planted_questions).items())).encode())  # type: ignore[arg-type]
    return h.hexdigest()


def _determinism_digest(size: int = 1000, seed: int = 1) -> str:
    return _digest([make_corpus(g, seed, size) for g in GENERATORS])


def _self_check() -> None:
    import time

    t0 = time.time()
    _check_registers()
    owner = {m: r.name for r in REGISTERS.values() for m in r.markers}
    habit_set = set(HABIT_LINES.values())
    print(f"registers: {len(REGISTERS)} ({sum(r.kind == 'drift' for r in REGISTERS.values())} drift), "
          f"close pairs: {len(CLOSE_PAIRS)}, modes: {len(MODES)}, styles: {len(STYLES)} + null")
    filler_counts: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    coverage_min: dict[str, float] = {}
    for size in (300, 3000, 20000):
        for g in GENERATORS:
            for seed in (0, 1):
                corp = _check_corpus(g, seed, size, owner, habit_set, filler_counts)
                counts = Counter(corp.registers)
                regs = {lab for v in corp.planted.values() for lab in v.split("+")}
                if regs:
                    cov = min(counts[r] / corp.n for r in regs)
                    coverage_min[g] = min(coverage_min.get(g, 1.0), cov)
        print(f"size {size}: {len(GENERATORS)} generators x 2 seeds ok ({time.time() - t0:.0f}s)")
    # filler rates equal across contexts, answer kinds and styles (within 5 binomial sd of the pooled rate)
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for group, feats in filler_counts.items():
        if group[0] == "kind":
            for f, (k, m) in feats.items():
                total[f][0] += k
                total[f][1] += m
    n_tests = 0
    for group, feats in filler_counts.items():
        for f, (k, m) in feats.items():
            p = total[f][0] / total[f][1]
            sd = math.sqrt(p * (1 - p) / m)
            assert abs(k / m - p) <= 5 * sd + 1e-9, (group, f, k / m, p, m)
            n_tests += 1
    print("filler rates (pooled): " + ", ".join(f"{f} {k / m:.3f}" for f, (k, m) in total.items())
          + f"; {n_tests} group tests within 5 sd")
    # determinism: twice in process and under two hash seeds in subprocesses
    d1, d2 = _determinism_digest(), _determinism_digest()
    assert d1 == d2, "not deterministic in process"
    root = str(Path(__file__).resolve().parents[1])
    for hs in ("0", "4242"):
        env = dict(os.environ, PYTHONHASHSEED=hs)
        out = subprocess.run([sys.executable, "-c", "from tests.planted_blind30 import _determinism_digest as d; "
                              "print(d())"], cwd=root, env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == d1, f"digest differs under PYTHONHASHSEED={hs}"
    print(f"determinism ok (digest {d1[:12]}); coverage min per style: "
          + ", ".join(f"{g} {v:.3f}" for g, v in sorted(coverage_min.items(), key=lambda kv: kv[1])[:4]))
    print(f"elapsed {time.time() - t0:.0f}s")
    print("OK")


if __name__ == "__main__":
    _self_check()
