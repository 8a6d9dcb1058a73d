"""Context-contrast grouping of the stance masks' phrase units: which recurring phrases some contexts bring out.

A mask is a way of answering that recurs across questions in some contexts (DESIGN.md). Co-occurrence alone
cannot group a register whose phrases are unrelated sentences said one or two at a time; that they come out in
the same contexts can. So this grouping reads the context labels, and its test pays for it: the whole selection
is rerun under every permutation.

  1. Units: phrase units (core/mask_phrases.py) seen in at least two questions: trigram templates, and beside
     them word pairs and single words (an aside of one or two words has no recurring trigram; they are also
     read from sentences too short for a trigram, "Net: fine."), which must pass a stricter `min_gain`
     (core.masks.MaskParams.short_gain).
  2. For each unit u and each candidate context set S (every single context, every pair, and every three, four
     and five contexts that leave at least three outside, or the baseline: `MAX_SET`, `MIN_OUTSIDE`,
     `BASELINE_OUT`), the answers of S
     holding u (O) against their expectation with answers placed at random among the contexts of their question
     (E = sum_q answers of q holding u x share of q's answers in S), as a one-sided Poisson deviance D.
  3. Each unit goes to its set of largest D among those holding most of its excess (O >= E + `min_gain` (N - E),
     N its answers anywhere) and separated from the other contexts (each context of the set uses it, against
     expectation, `min_separation` times as much as any context outside; and, net of each context's
     wordiness, min_separation x `THREE_SEPARATION` times as much as the contexts outside together at the
     upper bound of their count: `OUTSIDE_BOUND`); with D >= `min_deviance` it is a leaning unit of that set.
     A set's statistic T_S is the sum of its leaning units' D, recomputed on damped cell counts (n answers of one
     cell holding the unit count n^(1 - CELL_DAMPING)): which units lean is read from answers, how much they
     weigh from how many cells say them, since the null below moves cells, not answers.
  4. Null: within each question, the context labels of its whole cells permuted (repeated samples of one prompt
     share its quirks, so they move together), steps 2-3 rerun with the expectations of the permuted cells.
     Each set has two statistics, T_S and U_S (its largest single unit's D), and each arrangement (the B
     permutations and the observed one) its largest T and largest U over all sets; p_S is Bonferroni over the
     two max-T tests (`two_max_t`: twice the smaller of the shares of permutations whose largest T, or
     largest U, reaches the set's; family-wise over sets). The sum finds a register of many weak phrases;
     the largest unit finds a context's one stock line, which a sum of many weak phrases thrown together by a
     permutation hides. Sets with p_S <= `alpha` are masks. Then step-down: the units of the sets found leave
     the permutations, the test of the rest is taken again over the same relabellings (each max-T p only
     falls as units leave), and a set that now reaches alpha is a mask too, until none does. A large
     register otherwise sets the null for every other set (its phrases said on few questions, thrown
     together by a permutation). Each unit's statistic reads its own answers only, so the null of the rest
     does not depend on the units taken out (subset pivotality), and the family-wise level holds; under the
     complete null the first step is the whole test. Exception: whether a unit leans also reads each
     context's wordiness, summed over the units every context says (step 3), so a register that passed and
     leaks into every context can move another unit's leaning; the pivotality is then approximate, not exact
     (a review's construction; measured: beside a register three of 10 contexts share, another set passed
     in 3/300 corpora at 0.05 and 0/300 at 0.01, benchmarks/bench_mask_contrast_null.py; with the net check of
     every set and its wordiness, 0/100 at both).
  5. A passed set is one mask, less one atom (units said in the same answers: a sentence's trigrams) whose
     share of answers does not depend on how many of the set's other atoms they hold: a context's habit
     beside its register, a mask of its own when its units also pass the test by themselves, against
     every candidate atom of the set (`split_independent`, `Contrast.subset_p`). Two rules for sets of
     contexts: a passed set's unit mostly said in the answers of its passed single contexts' own units is part
     of their lines, not a mask (`nested`: "I'll" in two contexts' habits); and a unit of a passed set inside
     a larger passed set that the larger set's other contexts also use, well apart from the contexts outside
     it, is the larger set's register said more by some of its contexts (`twin_parts`). First, a unit the
     median context outside its set says at more than `SPECIFIC_SHARE` of the set's rate leaves (`specific`):
     generic wording that leans with a context's frame, not its register. These read only the
     sets that passed and only remove or move units between them, so under the complete null nothing changes.
  6. An answer joins the mask with most of its leaning units (core.mask_phrases.bundle_labels), not counting a
     unit said inside a recurring sentence that itself leans nowhere (filler sharing a phrase with a register).

Answers are labelled only through the phrases they hold, so a planted context's plain answers stay -1.
Under the null no set passes step 4 with probability >= 1 - alpha: tests/test_mask_contrast.py simulates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Any

import numpy as np
from scipy import sparse

MIN_DEVIANCE = 6.0
"""Least one-sided Poisson deviance of a leaning unit (about 4 answers, all in one of 6 contexts)."""
MIN_GAIN = 0.5
"""A leaning unit's answers in its set are at least this far from chance towards all of them: O >= E + g (N - E),
N its answers anywhere. A context that lacks some wording makes every other set over-represent it by a few
percent, which a large corpus makes significant; this keeps such units out."""
SHORT_GAIN = 0.8
"""`min_gain` of word-pair and single-word units (core.masks.MaskParams.short_gain): about 83% of their answers
in the set with 6 contexts. Chosen once, a priori, and not tuned: planted decoys sharing two words with a
register sit at 55-72%."""
MIN_SEPARATION = 2.0
"""Every context of a leaning unit's set uses it (observed / expected) at least this many times as much as any
context outside the set: wording that several contexts share, because another context lacks it, leans nowhere."""
CELL_DAMPING = 0.5
"""A set's statistic counts n answers of one (question, context) cell holding a unit as n^(1 - CELL_DAMPING):
the null moves whole cells, and repeated samples of one prompt share its quirks, so the tenth repeat inside a
cell is weaker evidence than a tenth cell. 0: answers (every repeat counts), 1: cells (presence only; loses a
register said on few questions with many samples each). 0.5 was chosen on blind sets 9 and 10 (seen)."""
SPLIT_ALPHA = 0.2
"""A passed set's atom whose share of answers does not change with how many of the set's other atoms they hold
(chi-square p above this) is a way of answering of its own (`split_independent`). Chosen, with the rule and
the floor below, on blind sets 9, 10 and 11 (seen) at 300-3,000 answers; blind set 12 was held out."""
SPLIT_MIN_ALONE = 20
"""An atom is split off only when at least this many answers say it without the set's other atoms: with fewer,
failing to show a dependence says little (a register's phrases looked independent at 300 answers)."""
SPLIT_CONTAIN = 0.8
"""Units join one atom when the answers of the rarer one are at least this share of both's."""
MAX_SET = 5
"""Largest candidate context set. Three: a register shared by three contexts leaned to none of the singles and
pairs (blind set 15: 7 of its 10 misses). Four: likewise for four (blind set 16, seen: 17 of the 18 runs whose
register four contexts share the same way missed it with sets of at most three). Five: the same rule one size
on, chosen before any run had a register of five; larger sets cost more than they are likely to find (a
register most contexts share is better read as the few contexts that lack it)."""
MIN_OUTSIDE = 3
"""A set of three or more contexts is a candidate only with at least this many contexts outside it (threes from
6 contexts, fours from 7, fives from 8): with fewer, several contexts share plain wording that the others lack
(one terse, one whose register replaces the neutral words; blind set 15's `vocabulary` at 20,000 answers with
5 contexts: a false mask of three contexts, 9,000 plain answers, ARI 0.98 -> 0.46)."""
BASELINE_OUT = True
"""...unless the baseline context (the plain frame the study names) is among those outside: then one or two
outside suffice, and a register every frame but the plain one brings out is a set the test can hold (blind
set 39's all-but-neutral and blind set 40's spread-same, seen: no candidate set held them). Blind set 15's
false mask was three contexts with the baseline inside, lacking what the terse context and a register's
context lacked; a set that holds the baseline still needs MIN_OUTSIDE. False: the sets before 2026-12-06."""
THREE_SEPARATION = 2.0
"""A set of three or more needs `min_separation` times this, on ratios divided by each context's wordiness
(`separated`): hedges that ride on content sentences grow with length faster than a context's phrases overall
(filler and closers do not), and three long contexts passed on them at 2 (blind set 15, seen: `shared` at
1,000 answers). A register three contexts share is said 15 times as often or more inside as outside; sets of
four and five take the same rule (not tuned for them)."""
LINK_COVER = 2 / 3
"""Two passed masks are one register when the contexts one adds to the other's say phrases of the other that
make at least this share of the times its own contexts say its phrases (`linked_bundles`): its main wording,
not a stray phrase. One half let the first trigram of a three-trigram habit line, which another context's
register also says, link the two (blind set 11's `cocktail`, seen: 0.503)."""
WAYS_OVERLAP = 0.25
"""Two ways of one set (`exclusive_ways`): answers hold both sides at most this share of what independent sides
would give (excluding each other, not merely meeting less often). One register said in 1-2 lines in most of a
context's answers holds its pool's two halves 0.5-0.7 of that; two registers on different answers 0-0.12
(blind set 18, seen)."""
WAYS_APART = 0.5
"""...and a phrase that goes to neither way keeps the set one mask when the set's answers holding neither way say
it at least this share of what independence within the strata gives (`_said_apart`): it is a line of the
register whose one slot's wordings the ways are, not a phrase the two ways' lines share (only said with them:
near 0). The speed benchmark's corpus, seen: its enthusiastic register split by one template's adjective
(its other lines' units 0.5-1.5 of independence, most 1.0-1.2)."""
WAYS_WORDS_MIN = 5
"""Two ways by their words (`_words_part`): a word or word pair is read when at least this many answers of the
test half hold it and one side only."""
WAYS_WORDS_OWN = 0.9
"""...and it is a side's own when at least this share of those answers hold that side; any word read that is
neither side's own (both sides say it) keeps the set one mask."""
WAYS_LONE = True
"""A way of one line is split off a way whose lines pair when no word of the set crosses the two (`_ways_hold`).
False: the rule before 2026-12-05 (both sides two or more lines)."""
WAYS_SHORT_LINES = True
"""When a set's long units find no two ways, a last try takes its words and word pairs said in lines of their own
as atoms too (`_short_lines`, `_split_once`). False: long units only, the rule before 2026-12-05."""
WAYS_QUESTIONS = True
"""Two ways said on different questions (`_question_sides`, `_questions_hold`): where the choosing half's atoms fall
into two groups said on different questions, that split is tried first, tested at the level of questions instead
of answers, as one more try. False: the rule before 2026-12-05 night (never: within a cell two such ways never
meet, so the tests within cells read nothing)."""
WAYS_QUESTION_PERM = 999
"""Within-context permutations of the question labels for that test."""
WAYS_GROUPS = True
"""A side of the atoms' route that falls in two parts excluding each other on the choosing half (two registers of
one context beside a third) counts its atoms' going together within each part (`_side_groups`). False: the rule
before 2026-12-05 late night (over the whole side)."""
SPECIFIC_SHARE = 0.1
"""A leaning unit of a passed set votes for the set's mask, and joins its atoms, only when the median context
outside the set says it in at most this share of the rate the set's contexts do, pooled (`specific`): a
generic phrase ("thinking about the", "turns on a") leans to a context whose answers run longer on that frame,
passes beside the register, and then joins two registers of one context or brings plain answers in (blind set
38, seen: traced in the README). The test is untouched, so the nulls are too. Chosen once on 207 runs of blind
sets 38 and 39 (seen): 12 better, 1 worse, misses 37 -> 35; 0.1 was the first value tried, not tuned."""
OUTSIDE_BOUND = 0.95
"""Every set also needs each of its contexts to say a unit, net of each context's wordiness, at least
min_separation x `THREE_SEPARATION` times as much as the contexts outside it together, their count read at its
one-sided Poisson upper bound at this level (`_net_apart`). A terse context, or one whose register replaces
content sentences, says every content phrase two to four times less than the others, and the separation of
ones and twos read raw ratios: the other two of three contexts were a mask of plain content, stable and
reported (blind set 28, seen: `pure-single` at 20,000 answers, 18,978 of 20,040 answers; a simulation,
tests/test_mask_contrast.py `_terse_context`: the pair passed in 20 of 20 corpora of 2,000 answers). Net of
wordiness at the point alone was not enough: content sits at 1.6-2 times net (filler said once per answer
keeps a terse context's wordiness high), and among hundreds of phrases some are said rarely outside by chance
(the pair passed in 14 of 20 at four times the point, 13 of 20 at twice the bound). The permutations spread a
context's terseness over every context, so no null reproduces it: only the rule keeps it out. The level is the
conventional one, not tuned; the multiple is the sets of three's. Its cost: with three contexts a phrase said
only inside needs about 8 answers before it can lean (blind set 28 at 300 answers, seen: 12 -> 11 registers
missed in 54 runs, one lost and two found)."""
ALPHA = 0.01
"""Family-wise level of the context test over context sets."""
N_PERM = 399
"""Within-question permutations of the contexts for that test. With two max-T tests combined by Bonferroni
the least p-value is 2/(N_PERM + 1): 199 put every passed set at exactly alpha = 0.01, and a set ahead of
all but one permutation failed (the bundled corpus's flowers mask then passed in too few reruns to be
stable: 0.87 -> 0.76); 399 lets a set behind one permutation pass, at 0.0075."""


@dataclass(frozen=True)
class Contrast:
    """Leaning units per context set, and which sets passed."""

    sets: tuple[tuple[int, ...], ...]
    """Candidate context sets (context codes)."""
    unit_set: np.ndarray
    """(k,) index into `sets` of each unit's set, -1 when the unit leans nowhere."""
    stat: np.ndarray
    """(len(sets),) T_S."""
    p: np.ndarray
    """(len(sets),) permutation p-values (`two_max_t`; a set passed in a later step of the step-down gets at
    least the p-value of every set passed before it)."""
    passed: np.ndarray
    """(len(sets),) bool: p <= alpha and T_S > 0."""
    dev: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """(k,) each unit's part of its set's T (0 for units leaning nowhere)."""
    null: tuple[tuple[np.ndarray, np.ndarray, np.ndarray], ...] = ()
    """Per permutation: its leaning units, their sets and their parts of T (for `subset_p`)."""
    unit_max: bool = True
    """The test was Bonferroni over the max-T of T and of the largest unit (`two_max_t`); False: T alone."""

    def subset_p(self, units: np.ndarray, family: np.ndarray | None = None) -> float:
        """p-value of `units` (units of one passed set) taken as a set of their own, against the permutations'
        largest statistics over `family` (the units of every candidate tested beside them; default `units`)
        and the units of every set that did not pass: the step-down's null with the rest of their set taken
        out. Each unit's part reads only its own answers (and the contexts' wordiness: step 4's exception), so
        this is the step-down's subset pivotality; a
        permutation's statistics over the kept units bound the units' own, and keeping every candidate in the
        null makes the level family-wise over the candidates (their sum bounds each one's)."""
        keep = (self.unit_set < 0) | ~self.passed[np.maximum(self.unit_set, 0)]
        keep[units] = True
        if family is not None:
            keep[family] = True
        top_t, top_u = _null_tops(self.null, keep, len(self.sets))
        t, u = float(self.dev[units].sum()), float(self.dev[units].max())
        return float(two_max_t(np.array([t]), np.array([u]), top_t, top_u, self.unit_max)[0])


def cell_bound(n_questions: int, n_c: int, n_contexts: int = 1, n_tests: int = 2, max_set: int = MAX_SET,
               baseline_out: bool = False) -> float:
    """About the smallest p-value the test can give a register said in `n_contexts` of n_c contexts on
    `n_questions` questions: the null moves whole cells, and with probability C(n_c, n_contexts)^(1 - n_questions)
    it puts the register's cells of every question into one set of that many contexts again, which gives the
    same T; times `n_tests` for the Bonferroni over the two max-T tests (1: the sum alone). No number of
    answers per cell or of permutations gets below it; only more questions (or contexts). 1 when no set of
    that many contexts is a candidate (`context_sets`; baseline_out: the register's contexts leave a baseline
    outside): the test cannot find such a register at all."""
    from math import comb

    if not _candidate_size(n_contexts, n_c, max_set, baseline_out):
        return 1.0
    sets = comb(n_c, n_contexts)
    return min(1.0, n_tests * float(sets) ** (1 - n_questions)) if sets > 1 else 1.0


def min_questions(n_c: int, alpha: float = ALPHA, n_tests: int = 2) -> int:
    """Fewest questions a one-context register must be said on for `cell_bound` to reach alpha (0: never, with
    fewer than 2 contexts)."""
    if n_c < 2:
        return 0
    return 1 + int(np.ceil(np.log(n_tests / alpha) / np.log(n_c) - 1e-12))


def _candidate_size(k: int, n_c: int, max_size: int = MAX_SET, baseline_out: bool = False) -> bool:
    """Sets of k of n_c contexts are candidates: singles and pairs always, larger ones up to max_size while at
    least `MIN_OUTSIDE` contexts stay outside, or at least one with the baseline context among them (`BASELINE_OUT`
    decides it here, for every caller)."""
    return 1 <= k <= max(2, max_size) and (k <= 2 or n_c - k >= MIN_OUTSIDE
                                           or (BASELINE_OUT and baseline_out and n_c - k >= 1))


def context_sets(n_c: int, max_size: int = MAX_SET, baseline: int | None = None) -> tuple[tuple[int, ...], ...]:
    """Every single context, every pair, and every set of three or more contexts up to max_size that leaves at
    least `MIN_OUTSIDE` contexts outside it (threes from 6 contexts on, fours from 7, fives from 8) or leaves
    the `baseline` context outside (`BASELINE_OUT`)."""
    return tuple(s for k in range(1, max(2, max_size) + 1) for s in combinations(range(n_c), k)
                 if _candidate_size(k, n_c, max_size, baseline is not None and baseline not in s))


def adds_sets(n_c: int, max_set: int = MAX_SET, baseline: int | None = None) -> bool:
    """Whether naming `baseline` adds candidate sets (`BASELINE_OUT`): not with 3 contexts or fewer, nor with
    max_set + MIN_OUTSIDE or more (every set of up to max_set leaves three outside)."""
    return baseline is not None and len(context_sets(n_c, max_set, baseline)) > len(context_sets(n_c, max_set))


def _set_matrix(sets: tuple[tuple[int, ...], ...], n_c: int) -> np.ndarray:
    M = np.zeros((n_c, len(sets)))
    for j, s in enumerate(sets):
        M[list(s), j] = 1.0
    return M


def _deviance(obs: np.ndarray, E: np.ndarray) -> np.ndarray:
    """One-sided Poisson deviance: 2 (obs log(obs/E) - (obs - E)) where obs > E, else 0."""
    with np.errstate(divide="ignore", invalid="ignore"):
        d = 2.0 * (np.where(obs > 0, obs * np.log(np.where(obs > 0, obs, 1.0) / np.maximum(E, 1e-300)), 0.0)
                   - (obs - E))
    return np.where((obs > E) & (E > 0), d, 0.0)


def separated(ratio: np.ndarray, sets: tuple[tuple[int, ...], ...], min_sep: float,
              where: tuple[np.ndarray, np.ndarray] | None = None, wordy: np.ndarray | None = None) -> np.ndarray:
    """Every context of the set has ratio >= min_sep x the largest ratio outside it (True when nothing is
    outside): a (units, sets) bool array, or, with where=(unit rows, set columns), a bool per listed pair.
    wordy: each context's phrases overall (`_wordy`: over the units every context says); sets of three or more then
    compare ratios divided by it, and need `THREE_SEPARATION` times min_sep. Three contexts that answer at
    length say every content phrase two to four times as often as terse ones: without this, plain content was
    a false mask of three (blind set 15, seen: `stock-lines` at 20,000 answers, 4,240 plain answers, ARI 0.59;
    `shared` at 1,000, hedges, 108). A register several contexts share is said far more inside than out
    whatever their lengths (it leaks at a few percent). Every set also passes `_net_apart` (in `_lean`)."""
    k = ratio.shape[0]
    ui, sj = where if where is not None else (np.repeat(np.arange(k), len(sets)), np.tile(np.arange(len(sets)), k))
    large = np.array([len(s) >= 3 for s in sets], dtype=bool)[sj]
    out = np.zeros(len(ui), dtype=bool)
    if (~large).any():
        out[~large] = _separated(ratio, sets, min_sep, ui[~large], sj[~large])
    if large.any():
        scaled = ratio / np.where(wordy > 0, wordy, 1.0)[None, :] if wordy is not None else ratio
        out[large] = _separated(scaled, sets, min_sep * THREE_SEPARATION, ui[large], sj[large])
    return out if where is not None else out.reshape(k, len(sets))


def _separated(ratio: np.ndarray, sets: tuple[tuple[int, ...], ...], min_sep: float, ui: np.ndarray,
               sj: np.ndarray) -> np.ndarray:
    """`separated` for the listed (unit row, set column) pairs. With sets of at most m contexts, the largest
    outside is the first of a row's m + 1 largest ratios that is not in the set, so no loop over sets is
    needed."""
    m = max(len(s) for s in sets)
    members = np.array([s + (s[0],) * (m - len(s)) for s in sets], dtype=np.int64)  # padded with its first
    rows = np.unique(ui)
    padded = np.hstack([ratio[rows], np.zeros((len(rows), m + 1))])  # padding columns: never in a set, ratio 0
    top = np.argsort(-padded, axis=1, kind="stable")[:, :m + 1]
    val = np.take_along_axis(padded, top, axis=1)
    r = np.searchsorted(rows, ui)
    mem = members[sj]
    outside = val[r, m]
    for j in range(m - 1, -1, -1):  # the first of the m + 1 not in the set wins
        t = top[r, j]
        free = (t[:, None] != mem).all(axis=1)
        outside = np.where(free, val[r, j], outside)
    inside = ratio[ui[:, None], mem].min(axis=1)
    return inside >= min_sep * outside


@dataclass(frozen=True)
class _Fixed:
    """One labelling's expectations, and the fixed matrices."""

    RC: sparse.csr_matrix  # units x (question, context) cells: answers holding the unit
    n_c: int
    sets: tuple[tuple[int, ...], ...]
    Msets: np.ndarray  # contexts x sets, 0/1
    Ec: np.ndarray  # units x contexts: expected answers
    total: np.ndarray  # (units, 1): answers holding the unit anywhere
    min_gain: float | np.ndarray  # scalar or (units, 1)

    @property
    def denom(self) -> np.ndarray:
        """Units x contexts: expected answers, inf where none are expected (ratio 0)."""
        return np.where(self.Ec > 0, self.Ec, np.inf)


def _lean(fx: _Fixed, cell_ctx: np.ndarray, min_dev: float, min_sep: float) -> tuple[np.ndarray, np.ndarray]:
    """(unit set or -1, its deviance) for one labelling of the contexts, given as the context of each
    (question, context) cell: the null moves whole cells, so counting per cell once is enough. A unit's
    values read only its own row, which the step-down relies on, except that its separation also reads each
    context's wordiness over the units every context says (module docstring, step 4).

    With min_sep > 1 a set of m contexts is separated only if it is the unit's m contexts of largest ratio (a
    set holding a context that never says the unit fails `_net_apart`), so each unit is read against at most
    MAX_SET sets (`_lean_top`); otherwise against every set (`_lean_all`).
    Both give the same answer (tests/test_mask_contrast.py)."""
    onehot = sparse.csr_matrix((np.ones(len(cell_ctx)), (np.arange(len(cell_ctx)), cell_ctx)),
                               shape=(len(cell_ctx), fx.n_c))
    obs_c = (fx.RC @ onehot).toarray()
    if min_sep > 1:
        return _lean_top(fx, obs_c, min_dev, min_sep)
    return _lean_all(fx, obs_c, min_dev, min_sep)


def _wordy(obs_c: np.ndarray, Ec: np.ndarray) -> np.ndarray:
    """Each context's phrases overall (observed / expected over the units every context says): long answers say
    every phrase more. Only those units, so that a register said in one context does not make it wordy: over all
    units, a register of 240 topical phrases made its context 3.6 times as wordy and failed its own net check
    (tests/test_mask_contrast.py's step-down test). When no unit is said everywhere (a labelling of a tiny
    corpus) every context reads 0, which the checks take as 1: raw ratios."""
    every = (obs_c > 0).all(axis=1)
    return obs_c[every].sum(axis=0) / Ec[every].sum(axis=0).clip(1e-12)


def _lean_all(fx: _Fixed, obs_c: np.ndarray, min_dev: float, min_sep: float) -> tuple[np.ndarray, np.ndarray]:
    """`_lean` against every candidate set: dense units x sets arrays."""
    obs = obs_c @ fx.Msets  # (k, sets)
    Eq = fx.Ec @ fx.Msets
    floor = Eq + fx.min_gain * (fx.total - Eq)
    ui, sj = np.nonzero((obs >= floor) & (obs > Eq))  # where a unit may lean: few entries
    if min_sep > 0:
        wordy = _wordy(obs_c, fx.Ec)
        keep = separated(obs_c / fx.denom, fx.sets, min_sep, (ui, sj), wordy)
        keep &= _net_apart(obs_c, fx.Ec, wordy, ui, fx.Msets.T[sj] > 0, min_sep)
        ui, sj = ui[keep], sj[keep]
    D = np.zeros(obs.shape)
    D[ui, sj] = _deviance(obs[ui, sj], Eq[ui, sj])
    best = np.argmax(D, axis=1)
    dbest = D[np.arange(len(best)), best]
    lean = dbest >= min_dev
    return np.where(lean, best, -1), np.where(lean, dbest, 0.0)


def _lean_top(fx: _Fixed, obs_c: np.ndarray, min_dev: float, min_sep: float) -> tuple[np.ndarray, np.ndarray]:
    """`_lean` against each unit's m contexts of largest ratio, for every candidate size m (min_sep > 1). Sizes
    are taken in order, and a later one wins only with a larger deviance: the first set of largest deviance,
    as `_lean_all`'s argmax over sets ordered by size."""
    k, n_c = obs_c.shape
    index = {sum(1 << c for c in s_): j for j, s_ in enumerate(fx.sets)}
    ratio = obs_c / fx.denom
    wordy = _wordy(obs_c, fx.Ec)
    scaled = ratio / np.where(wordy > 0, wordy, 1.0)[None, :]
    gain = np.broadcast_to(np.asarray(fx.min_gain, dtype=np.float64), (k, 1))[:, 0]
    total = fx.total[:, 0]
    best, dbest = np.full(k, -1, dtype=np.int64), np.zeros(k)
    orders: dict[bool, np.ndarray] = {}
    for m in sorted({len(s_) for s_ in fx.sets}):
        large = m >= 3
        r = scaled if large else ratio
        if large not in orders:
            orders[large] = np.argsort(-r, axis=1, kind="stable")
        order = orders[large]
        top = order[:, :m]
        codes, where = np.unique((np.int64(1) << top.astype(np.int64)).sum(axis=1), return_inverse=True)
        js = np.array([index.get(int(x), -1) for x in codes], dtype=np.int64)[where.ravel()]
        inside = np.take_along_axis(r, top, axis=1).min(axis=1)
        outside = r[np.arange(k), order[:, m]] if m < n_c else np.zeros(k)
        obs = np.take_along_axis(obs_c, top, axis=1).sum(axis=1)
        E = np.take_along_axis(fx.Ec, top, axis=1).sum(axis=1)
        ok = ((js >= 0) & (inside >= min_sep * (THREE_SEPARATION if large else 1.0) * outside)
              & (obs >= E + gain * (total - E)) & (obs > E))
        inside_set = np.zeros((k, n_c), dtype=bool)
        np.put_along_axis(inside_set, top, True, axis=1)
        ok &= _net_apart(obs_c, fx.Ec, wordy, np.arange(k), inside_set, min_sep)
        d = np.where(ok, _deviance(obs, E), 0.0)
        win = d > dbest
        best[win], dbest[win] = js[win], d[win]
    lean = dbest >= min_dev
    return np.where(lean, best, -1), np.where(lean, dbest, 0.0)


def upper_count(obs: np.ndarray, level: float = OUTSIDE_BOUND) -> np.ndarray:
    """One-sided Poisson upper bound at `level` of each count (integers): chi2(level, 2x + 2) / 2."""
    x = np.rint(np.asarray(obs)).astype(np.int64)
    size = 1 << max(int(x.max(initial=0)), 1).bit_length()  # powers of two: few tables serve every permutation
    return _upper_table(size, level)[x]


@lru_cache(maxsize=8)
def _upper_table(size: int, level: float) -> np.ndarray:
    from scipy.stats import chi2

    return np.asarray(0.5 * chi2.ppf(level, 2.0 * np.arange(size) + 2.0))


def _net_apart(obs_c: np.ndarray, Ec: np.ndarray, wordy: np.ndarray, ui: np.ndarray, inside: np.ndarray,
               min_sep: float) -> np.ndarray:
    """Each listed unit (rows ui of obs_c and Ec; inside: its set's contexts, a bool row per unit) is said in
    every context of its set, net of each context's wordiness, at least min_sep x `THREE_SEPARATION` times as
    much as in the contexts outside together, their count read at its `OUTSIDE_BOUND` upper bound (no bound
    when none outside is expected to say it). Pooled, so that a rare register's outside contexts are not each read at
    the bound of a count of nothing; every context of the set must say it, so that a set holding a context that
    never does is not separated where the set without it is not."""
    ew = Ec[ui] * np.where(wordy > 0, wordy, 1.0)[None, :]
    obs = obs_c[ui]
    with np.errstate(divide="ignore", invalid="ignore"):
        net = np.where(ew > 0, obs / ew, 0.0)
        least = np.where(inside, net, np.inf).min(axis=1)
        out_e = np.where(inside, 0.0, ew).sum(axis=1)
        out = np.where(out_e > 0, upper_count(np.where(inside, 0.0, obs).sum(axis=1)) / out_e, 0.0)
    return (least > 0) & (least >= min_sep * THREE_SEPARATION * out)


def _evidence(RCw: sparse.csr_matrix, RQw: np.ndarray, share: np.ndarray, Msets: np.ndarray, cell_ctx: np.ndarray,
              unit_set: np.ndarray) -> np.ndarray:
    """Each leaning unit's deviance towards its set on damped cell counts (RCw, RQw: per cell, n answers holding
    the unit count n^(1 - damping)), against each question's damped count spread over its contexts by `share`;
    0 for the others."""
    lean = np.flatnonzero(unit_set >= 0)
    out = np.zeros(len(unit_set))
    if not len(lean):
        return out
    n_c = Msets.shape[0]
    onehot = sparse.csr_matrix((np.ones(len(cell_ctx)), (np.arange(len(cell_ctx)), cell_ctx)),
                               shape=(len(cell_ctx), n_c))
    cols = Msets[:, unit_set[lean]].T  # (lean, contexts) 0/1
    obs = ((RCw[lean] @ onehot).toarray() * cols).sum(axis=1)
    E = ((RQw[lean] @ share) * cols).sum(axis=1)
    out[lean] = _deviance(obs, E)
    return out


def _null_tops(null: Any, keep: np.ndarray, n_sets: int) -> tuple[np.ndarray, np.ndarray]:
    """Per permutation (leaning units, their sets, their parts of T): the largest set statistic T and the
    largest single unit's part over the units in `keep` (bool per unit); the null of the step-down and of
    `Contrast.subset_p`."""
    top_t, top_u = np.zeros(len(null)), np.zeros(len(null))
    for b, (u, s_, d_) in enumerate(null):
        k = keep[u]
        if k.any():
            top_t[b] = _stat(s_[k], d_[k], n_sets).max()
            top_u[b] = d_[k].max()
    return top_t, top_u


def _set_max(unit_set: np.ndarray, dev: np.ndarray, n_sets: int) -> np.ndarray:
    """U per set: its largest leaning unit's deviance (0 for a set without one)."""
    out = np.zeros(n_sets)
    lean = unit_set >= 0
    np.maximum.at(out, unit_set[lean], dev[lean])
    return out


def max_t_p(x: np.ndarray, top: np.ndarray) -> np.ndarray:
    """Max-T p-values of statistics x against the permutations' largest statistics `top`: (1 + #top >= x) /
    (B + 1), the observed arrangement counted as reaching itself. Family-wise over whatever `top` maximises."""
    return (1.0 + (top[None, :] >= x[:, None] - 1e-9).sum(axis=1)) / (len(top) + 1.0)


def two_max_t(t: np.ndarray, u: np.ndarray, top_t: np.ndarray, top_u: np.ndarray, both: bool = True) -> np.ndarray:
    """Family-wise p-values of sets with statistics t (sum of units) and u (largest unit): Bonferroni over the
    two max-T tests, min(1, 2 min(p_T, p_U)) (both=False: p_T alone). The sum finds a register of many
    phrases, each weak; the largest unit finds a habit, one stock line said in a fifth of one context's
    answers, which the sum misses beside the many weak phrases a permutation gathers (blind sets 9 and 11 at
    300 answers: a habit's line at deviance 23-29, the permutations' largest unit at most 12, their largest
    sum above 28 in 1-2% of them). Each max-T p only falls as units leave the permutations' maxima, and so
    does their Bonferroni: the monotonicity the step-down needs. (The min-P over the two, used before, is
    either not monotone, ranked on each step's own scales, or, on the first step's, gives p = 1 to every set
    below the first step's smallest maxima, which disabled the step-down; two reviews' findings.) The least
    p-value is 2/(B + 1): with alpha = 0.01, B = 199 (N_PERM) reaches it, 99 does not."""
    p_t = max_t_p(t, top_t)
    if not both:
        return p_t
    return np.minimum(1.0, 2.0 * np.minimum(p_t, max_t_p(u, top_u)))


def _stat(unit_set: np.ndarray, dev: np.ndarray, n_sets: int) -> np.ndarray:
    """T per set: the sum of its leaning units' deviances."""
    lean = unit_set >= 0
    return np.bincount(unit_set[lean], weights=dev[lean], minlength=n_sets)


def _context_share(q: np.ndarray, ctx: np.ndarray, n_q: int, n_c: int) -> np.ndarray:
    """(questions, contexts): each question's share of answers in each context."""
    cells = np.zeros((n_q, n_c))
    np.add.at(cells, (q, ctx), 1.0)
    return cells / np.maximum(cells.sum(axis=1, keepdims=True), 1.0)


def _fixed_for(ctx: np.ndarray, q: np.ndarray, n_q: int, n_c: int, RC: sparse.csr_matrix, RQ: np.ndarray,
               total: np.ndarray, sets: tuple[tuple[int, ...], ...], Msets: np.ndarray,
               min_gain: float | np.ndarray) -> _Fixed:
    """Expectations for one labelling: cell sizes move with the labels when whole cells are shuffled."""
    return _Fixed(RC=RC, n_c=n_c, sets=sets, Msets=Msets, Ec=RQ @ _context_share(q, ctx, n_q, n_c), total=total,
                  min_gain=min_gain)


def _permutations(lean: Any, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, n_perm: int,
                  seed: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Per permutation of whole cells' contexts within each question: its leaning units, their sets and their
    deviances (`lean`: labelling of the answers, context of each cell -> unit sets, deviances)."""
    rng = np.random.default_rng(seed)
    present = [np.unique(ctx[q == i]) for i in range(n_q)]
    null = []
    for _ in range(n_perm):
        relabel = np.tile(np.arange(n_c), (n_q, 1))
        for i, cs in enumerate(present):
            relabel[i, cs] = cs[rng.permutation(len(cs))]
        us, d = lean(relabel[q, ctx], relabel.ravel())
        leaning = np.flatnonzero(us >= 0)
        null.append((leaning, us[leaning], d[leaning]))
    return null


def contrast(R: sparse.csr_matrix, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, seed: int, *,
             min_deviance: float = MIN_DEVIANCE, min_gain: float | np.ndarray = MIN_GAIN,
             min_separation: float = MIN_SEPARATION, alpha: float = ALPHA, n_perm: int = N_PERM,
             step_down: bool = True, cell_damping: float = CELL_DAMPING, unit_max: bool = True,
             max_set: int = MAX_SET, baseline: int | None = None) -> Contrast:
    """Steps 2-4 for the answers x units 0/1 matrix R (answers in q and ctx order); step_down=False: the
    single-step test only; unit_max=False: the sets' sums T alone, without their largest units (`two_max_t`);
    max_set: the largest candidate set (2: singles and pairs only, the test before triples); baseline: the
    baseline context's code (`BASELINE_OUT`), None: none named.

    The null shuffles whole cells: within each question, the contexts' labels are permuted among its
    (question, context) cells, so a phrase one prompt happens to bring out in its own samples (a cell effect,
    shared by repeated samples of that prompt) is as likely under the null as observed. Shuffling single
    answers instead treats those samples as independent and rejected in 30 of 30 simulated corpora with such
    prompt quirks and no context effect (a review's simulation; tests/test_mask_contrast.py has a smaller one).
    """
    least = 2.0 if unit_max else 1.0  # two tests, Bonferroni: the least p-value is 2/(1 + n_perm)
    if least / (1.0 + n_perm) > alpha:
        raise ValueError(f"{n_perm} permutations cannot reach the masks' level {alpha} (smallest p-value "
                         f"{least:g}/(1 + n_perm)); use at least {int(np.ceil(least / alpha)) - 1}")
    sets = context_sets(n_c, max_set, baseline)
    Msets = _set_matrix(sets, n_c)
    Q = sparse.csr_matrix((np.ones(len(q)), (np.arange(len(q)), q)), shape=(len(q), n_q))
    cells = sparse.csr_matrix((np.ones(len(q)), (np.arange(len(q)), q * n_c + ctx)), shape=(len(q), n_q * n_c))
    RC = (R.T @ cells).tocsr()
    RQ = (R.T @ Q).toarray()
    total = np.asarray(R.sum(axis=0)).ravel()[:, None]
    fixed = (q, n_q, n_c, RC, RQ, total, sets, Msets, min_gain)
    same = np.tile(np.arange(n_c), n_q)  # cell i * n_c + c keeps its context c
    if not 0.0 <= cell_damping <= 1.0:
        raise ValueError(f"cell_damping must be within [0, 1], not {cell_damping}")
    if cell_damping > 0:
        RC.eliminate_zeros()
        RCw = RC.copy()
        RCw.data = RCw.data ** (1.0 - cell_damping)
        RQw = np.zeros((RC.shape[0], n_q))
        cw = RCw.tocoo()
        np.add.at(RQw, (cw.row, cw.col // n_c), cw.data)
        # a cell of n answers weighs n^(1 - d) in its question's expectation, wherever a labelling puts it, so
        # contexts whose cells are larger (more samples, fewer failures) do not lean by size alone
        size = np.bincount(q * n_c + ctx, minlength=n_q * n_c).astype(np.float64)
        weight = np.where(size > 0, size, 1.0) ** (1.0 - cell_damping) * (size > 0)
        cell_q = np.repeat(np.arange(n_q), n_c)

    def lean(labelling: np.ndarray, cell_ctx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        us, d = _lean(_fixed_for(labelling, *fixed), cell_ctx, min_deviance, min_separation)
        if cell_damping > 0:
            share = np.zeros((n_q, n_c))
            np.add.at(share, (cell_q, cell_ctx), weight)
            share /= np.maximum(share.sum(axis=1, keepdims=True), 1e-300)
            d = _evidence(RCw, RQw, share, Msets, cell_ctx, us)
        return us, d

    unit_set, dev = lean(ctx, same)
    T = _stat(unit_set, dev, len(sets))
    null = _permutations(lean, q, n_q, ctx, n_c, n_perm, seed)

    U = _set_max(unit_set, dev, len(sets))

    def step_p(keep: np.ndarray) -> np.ndarray:
        """p per set against the permutations' largest T and largest unit over the units in `keep`."""
        return two_max_t(T, U, *_null_tops(null, keep, len(sets)), unit_max)

    p = step_p(np.ones(len(unit_set), dtype=bool))
    passed = (p <= alpha) & (T > 0)
    while step_down and passed.any():  # step 4's step-down: the units of the sets found leave the null
        open_ = ~passed & (T > 0)
        if not open_.any():
            break
        step = step_p((unit_set < 0) | ~passed[np.maximum(unit_set, 0)])
        p = np.where(open_, np.maximum(step, p[passed].max()), p)
        if not (open_ & (p <= alpha)).any():
            break
        passed |= open_ & (p <= alpha)
    return Contrast(sets, unit_set, T, p, passed, np.where(unit_set >= 0, dev, 0.0), tuple(null), unit_max)


def _atoms(B: sparse.csc_matrix, contain: float, S: sparse.spmatrix | None = None) -> np.ndarray:
    """Atom per unit: units whose answers mostly hold each other's (|a & b| >= contain x the smaller) join, so
    the trigrams of one sentence, or of one stock line's variants, make one atom. Given S (the same answers'
    sentences x the same units), units said together in two or more answers join too when the sentences that
    say both number at least half those answers (sentences, not answers: a template said twice in one answer
    counts twice): the trigrams spanning a template's slots, which hold none of each other's answers, join (as
    many atoms as the wordings of a slot that never meet); two lines said in separate sentences are not
    joined by this rule (by the answers' rule they still are, when they are nearly always said together)."""
    cov = np.asarray(B.sum(axis=0)).ravel()
    inter = (B.T @ B).tocoo()
    small = np.minimum(cov[inter.row], cov[inter.col])
    keep = (inter.row != inter.col) & (inter.data >= contain * np.maximum(small, 1))
    if S is not None:
        S = sparse.csc_matrix(S, dtype=np.float64)
        S.data[:] = 1.0
        in_one = np.asarray((S.T @ S)[inter.row, inter.col]).ravel()
        keep |= (inter.row != inter.col) & (inter.data >= 2) & (in_one >= 0.5 * inter.data)
    g = sparse.coo_matrix((np.ones(int(keep.sum())), (inter.row[keep], inter.col[keep])), shape=(len(cov),) * 2)
    return sparse.csgraph.connected_components(g, directed=False)[1]


def _independent(A: sparse.csc_matrix, alpha: float, floor: int) -> np.ndarray:
    """Atoms (columns of the 0/1 answers x atoms A) said alone in at least `floor` answers whose share of
    answers holding them does not change across 0, 1, 2 and 3+ of the other atoms held (chi-square p > alpha).
    Only atoms over the floor are tested, and only their columns made dense: a set holds hundreds of atoms."""
    from scipy.stats import chi2_contingency

    total = np.asarray(A.sum(axis=1)).ravel().astype(np.int64)
    alone = np.asarray(A[total == 1].sum(axis=0)).ravel()
    out = []
    for a in np.flatnonzero(alone >= floor):
        has = A[:, a].toarray().ravel() > 0
        others = np.minimum(total - has, 3)
        table = np.array([np.bincount(others[has], minlength=4), np.bincount(others[~has], minlength=4)])
        table = table[:, table.sum(axis=0) > 0]
        p = chi2_contingency(table)[1] if table.shape[1] > 1 and (table.sum(axis=1) > 0).all() else 1.0
        if p > alpha:
            out.append(a)
    return np.array(out, dtype=np.int64)


def _minor(A: sparse.csc_matrix, atom: np.ndarray, units: np.ndarray, own: np.ndarray) -> bool:
    """The set's other atoms are in at least as many answers as this one: a line beside a register, not the
    register's bulk beside its satellites (a pool sentence said in nearly every answer, rarer ones beside it)."""
    a = int(atom[np.flatnonzero(np.isin(units, own))[0]])
    has = A[:, a].toarray().ravel() > 0
    rest = np.asarray(A.sum(axis=1)).ravel() - has > 0
    return bool(rest.sum() >= has.sum())


def specific(R: sparse.csr_matrix, ctx: np.ndarray, n_c: int, con: Contrast, use: np.ndarray,
             share: float = SPECIFIC_SHARE) -> np.ndarray:
    """Used units (`use`) whose share of answers in the median context outside their set is at most `share` of
    their share in the set's contexts pooled (`SPECIFIC_SHARE`). A set with no context outside keeps all.
    Only removes units from passed sets, so the test's level holds."""
    keep = use.copy()
    units = np.flatnonzero(use)
    if not len(units):
        return keep
    onehot = sparse.csr_matrix((np.ones(len(ctx)), (np.arange(len(ctx)), ctx)), shape=(len(ctx), n_c))
    counts = np.asarray((R[:, units].T @ onehot).todense())  # (units, contexts) answers holding each unit
    n_ctx = np.bincount(ctx, minlength=n_c).astype(np.float64)
    rate = counts / np.maximum(n_ctx, 1.0)
    for s in np.unique(con.unit_set[units]):
        inside = np.asarray(con.sets[int(s)])
        outside = np.setdiff1d(np.flatnonzero(n_ctx > 0), inside)
        if not len(outside):
            continue
        rows = con.unit_set[units] == s
        pooled = counts[rows][:, inside].sum(axis=1) / max(n_ctx[inside].sum(), 1.0)
        keep[units[rows]] = np.median(rate[rows][:, outside], axis=1) <= share * pooled
    return keep


def nested(R: sparse.csr_matrix, ctx: np.ndarray, con: Contrast, use: np.ndarray,
           contain: float = SPLIT_CONTAIN) -> np.ndarray:
    """Units of a passed set of two or more contexts every one of whose single contexts passed too, and whose
    answers in each of them mostly (`contain`) hold a unit of that context's own set: wording several contexts'
    own lines share ("I'll" in two habits) leans to their set, and passes by itself, but it is part of those
    lines, not a way of answering of its own (with three to five contexts, unchecked, it merged their habits
    into one mask: a review's construction). When not every one passed, the set is more likely a register
    they share, of which some say some phrases more (`twin_parts`). Dropping a unit only removes a mask, so
    the tests' levels hold."""
    out = np.zeros(len(con.unit_set), dtype=bool)
    single = {s[0]: i for i, s in enumerate(con.sets) if len(s) == 1 and con.passed[i]}
    for i in np.flatnonzero(con.passed):
        if len(con.sets[i]) < 2 or not all(c in single for c in con.sets[i]):
            continue
        units = np.flatnonzero(use & (con.unit_set == i))
        inside = np.ones(len(units), dtype=bool)
        for c in con.sets[i]:
            rows = ctx == c
            own = np.flatnonzero(use & (con.unit_set == single[c]))
            held = np.asarray(R[rows][:, own].sum(axis=1)).ravel() > 0
            B = R[rows][:, units].tocsc()
            n_u = np.asarray(B.sum(axis=0)).ravel()
            inside &= np.asarray(B[held].sum(axis=0)).ravel() >= contain * np.maximum(n_u, 1)
        out[units] = inside
    return out


def twin_parts(R: sparse.csr_matrix, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, con: Contrast,
               comp: np.ndarray, min_separation: float = MIN_SEPARATION, level: float = ALPHA) -> np.ndarray:
    """Passed set per unit (-1: none) for units still in the bundle of a passed set A (`comp`, after `nested`
    and the split) that is inside a larger passed set S still holding units of its own (none once they went to
    an even larger set), when every other context b of S
    also uses the unit, more than the contexts outside S (one-sided Poisson p <= `level` against their rate)
    and `min_separation` times as much as any of them (observed / expected): a register several contexts
    share, whose phrase some of them happen to say more than the others (20 and 5 answers), leans to those
    alone and, by its largest unit, passes there; it is S's. A context's own habit is about as common in b as
    anywhere else. Expectations are scaled to each context's phrases overall (a wordier b is no evidence).
    Larger sets are tried first: a unit both {a, b} and {a, b, c} would take (b well above c, c well above the
    rest) is the three's register said more by a and b. Moving a unit between passed sets adds no mask, so
    the tests' levels hold."""
    from scipy.stats import poisson

    out = np.full(len(con.unit_set), -1, dtype=np.int64)
    passed = np.flatnonzero(con.passed)
    big = sorted((i for i in passed if len(con.sets[i]) >= 2 and (comp == i).any()), key=lambda i: -len(con.sets[i]))
    if not big:
        return out
    expect = R.T @ sparse.csr_matrix((np.ones(len(q)), (np.arange(len(q)), q)), shape=(len(q), n_q))
    expect = np.asarray(expect @ _context_share(q, ctx, n_q, n_c))  # units x contexts under the null
    # each context against its own wordiness: a context whose answers hold more phrases overall would
    # otherwise seem to use every unit of a more than the others do (a review's simulation)
    said = np.bincount(ctx[R.tocoo().row], minlength=n_c).astype(np.float64)
    expect = expect * np.where(expect.sum(axis=0) > 0, said / np.maximum(expect.sum(axis=0), 1e-12), 1.0)
    Rc = R.tocsc()
    for i in big:
        if not ((comp == i) & (out < 0)).any():
            continue  # its own units went to a larger set: it gets no others' (it would keep only its p-value)
        outside = [c for c in range(n_c) if c not in con.sets[i]]
        for j in passed:
            if not (len(con.sets[j]) < len(con.sets[i]) and set(con.sets[j]) <= set(con.sets[i])):
                continue
            units = np.flatnonzero((comp == j) & (out < 0))
            if not len(units):
                continue
            others = [c for c in con.sets[i] if c not in con.sets[j]]
            seen = np.column_stack([np.asarray(Rc[:, units][ctx == c].sum(axis=0)).ravel()
                                    for c in [*others, *outside]])
            e = np.maximum(expect[units][:, [*others, *outside]], 1e-12)
            rest_seen, rest_e = seen[:, len(others):], e[:, len(others):]
            top_rest = (rest_seen / rest_e).max(axis=1, initial=0.0)
            ok = np.ones(len(units), dtype=bool)
            for m in range(len(others)):
                # b's answers against the rate of the contexts outside S (one answer added: none is not zero)
                at_rest = e[:, m] * (rest_seen.sum(axis=1) + 1.0) / rest_e.sum(axis=1)
                ok &= poisson.sf(seen[:, m] - 1, at_rest) <= level
                ok &= seen[:, m] / e[:, m] >= min_separation * top_rest
            out[units[ok]] = i
    return out


def _cells_per_unit(R: sparse.csr_matrix, q: np.ndarray, ctx: np.ndarray, n_c: int, units: np.ndarray) -> np.ndarray:
    """(len(units), n_c) number of questions on which each context says each unit at least once."""
    held = R[:, units].tocoo()
    n_q = int(q.max()) + 1 if len(q) else 1
    key = np.unique((held.col.astype(np.int64) * n_q + q[held.row]) * n_c + ctx[held.row])
    col, c = key // n_c // n_q, key % n_c
    out = np.zeros((len(units), n_c))
    np.add.at(out, (col, c), 1.0)
    return out


def _main(R: sparse.csr_matrix, ctx: np.ndarray, units: np.ndarray, contexts: tuple[int, ...], ok: np.ndarray,
          cover: float) -> bool:
    """Whether the `ok` units make at least `cover` of the times `contexts` say `units`: a bundle's main
    wording, not a stray phrase of it."""
    times = np.asarray(R[np.isin(ctx, contexts)][:, units].sum(axis=0)).ravel()
    return bool(ok.any() and times[ok].sum() >= cover * max(float(times.sum()), 1.0))


def _goes_with_way(R: sparse.csr_matrix, ctx: np.ndarray, main: np.ndarray, adds: list[int],
                   unit_bundle: np.ndarray, way_b: int, others: Sequence[int], level: float, cover: float) -> bool:
    """Whether, in the `adds` contexts, the answers holding one of the `main` units and exactly one of the way
    `way_b` and its set's other ways (`others`, taken together) hold that way at least `cover` of the time and
    significantly more often than the answers holding exactly one do (binomial upper tail <= level): X's
    wording goes with that way, not with the context its set's ways share."""
    from scipy.stats import binom

    A = R[np.flatnonzero(np.isin(ctx, adds))]
    said = np.asarray(A[:, main].sum(axis=1)).ravel() > 0
    way, other = (np.asarray(A[:, np.flatnonzero(np.isin(unit_bundle, w))].sum(axis=1)).ravel() > 0
                  for w in ([way_b], list(others)))
    one, alone = way & ~other, way ^ other
    n, k = int((said & alone).sum()), int((said & one).sum())
    if n == 0:
        return False
    return bool(k >= cover * n and binom.sf(k - 1, n, one.sum() / alone.sum()) <= level)


def _link_pairs(present: list[int], bundle_sets: Sequence[tuple[int, ...]], n_cells: np.ndarray,
                ) -> list[tuple[int, int, list[int], list[int]]]:
    """(x, y, contexts y's set adds to x's, contexts outside both) for each ordered pair the link tests."""
    pairs = []
    for x in present:
        for y in present:
            adds = sorted(set(bundle_sets[y]) - set(bundle_sets[x]))
            outside = [c for c in range(len(n_cells)) if c not in bundle_sets[x] and c not in bundle_sets[y]]
            if x != y and adds and outside and n_cells[outside].sum() > 0:
                pairs.append((x, y, adds, outside))
    return pairs


def linked_bundles(R: sparse.csr_matrix, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int,
                   unit_bundle: np.ndarray, bundle_sets: Sequence[tuple[int, ...]],
                   min_separation: float = MIN_SEPARATION, level: float = ALPHA, cover: float = LINK_COVER,
                   way_group: np.ndarray | None = None) -> np.ndarray:
    """Representative bundle of each bundle (itself when not linked): passed bundles X and Y are one register
    when Y's set adds contexts to X's and each of them says X's main wording: X's units that each added
    context says on more of its questions than the contexts outside both sets do (binomial over (question,
    context) cells, the outside rate taken with one cell more, so none is not zero; Bonferroni over the ordered
    pairs tested, at `level`) and `min_separation` times the share of any context outside, that make at least
    `cover` of the times X's own contexts say X's units. Linked bundles join by connected components.

    A register that each context speaks its own way (one with whole stock lines, another paraphrasing the
    pool those lines come from, a third weaving its phrases into content) leans to each context alone, each
    way its own mask; but the paraphrasing context also says the stock lines, and no context outside does.
    A context's habit is not said elsewhere, and a register that leaks into every context leaks into the
    outside too. Main wording, not any unit (`LINK_COVER`). Cells, not answers: the context test's null
    moves whole cells, and one prompt's repeated quirk is one piece of evidence. Only merges bundles that
    passed, and `contrast_labels` passes only those that are masks on their own (at least `min_size`
    answers) and not split off their set, so no mask is added, the tests' levels hold, and the habit split
    stands; which set a unit leans to is left as it is. The units of X are not corrected among themselves:
    by Markov's inequality, the cover rule keeps a false link per pair below level / cover / pairs.
    When X's set lies inside Y's, X joins when Y's other contexts say X's main wording (`twin_parts`'
    rule, by mask); when Y's lies inside X's, Y's is tested the same way. When a context says another's
    lines often enough, `twin_parts` gives them to their pair beside the context's own lines, and the
    other context, the one the pair adds, does not say those own lines: not linked (a limit). Tried and
    dropped: linking nested sets when, in the inner contexts, holding one's phrases depends on holding the
    other's. A context's two ways of answering
    taken on different answers (a refusal, a persona) exclude each other as a woven register's phrases do,
    and the parts of one answer (a persona's refusal and its rating line) go together as a register's do: on
    the bundled corpus, Sonnet 3.7's cats persona took in its other contexts' rating lines (784 answers to
    2,002 either way, 1,127 said together only). unit_bundle: bundle of each unit, -1 when unused.

    way_group: for each bundle `exclusive_ways` split, and each way split off it, one id per set (-1 for
    none). Ways of one set have the same contexts, so by contexts alone a bundle links to all or none, and the
    link joined the ways again (blind set 19's `close_together`, seen: a third context's opener, said in the
    ways' context too, linked to each). X links to one way only when, in the added contexts, the answers
    holding X's main wording and either this way or the set's other ways hold this way significantly more
    often than the ways' own shares give (binomial, the same Bonferroni) and at least `cover` of them; and
    no link joins two ways of one set."""
    from scipy.stats import binom

    n_b = len(bundle_sets)
    rep = np.arange(n_b)
    group = np.full(n_b, -1, dtype=np.int64) if way_group is None else way_group
    present = [b for b in range(n_b) if (unit_bundle == b).any()]
    if len(present) < 2:
        return rep
    cells = np.zeros((n_q, n_c), dtype=bool)
    cells[q, ctx] = True
    n_cells = cells.sum(axis=0).astype(np.float64)
    pairs = _link_pairs(present, bundle_sets, n_cells)
    parent = list(range(n_b))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    said = {b: _cells_per_unit(R, q, ctx, n_c, np.flatnonzero(unit_bundle == b)) for b in present}
    for x, y, adds, outside in pairs:
        k = said[x]
        rest = (k[:, outside].sum(axis=1, keepdims=True) + 1.0) / n_cells[outside].sum()
        top = (k[:, outside] / np.maximum(n_cells[outside], 1.0)).max(axis=1, keepdims=True)
        p = binom.sf(k[:, adds] - 1, n_cells[adds], np.minimum(rest, 1.0))
        ok = np.all(p <= level / len(pairs), axis=1)
        ok &= np.all(k[:, adds] / np.maximum(n_cells[adds], 1.0) >= min_separation * top, axis=1)
        if not _main(R, ctx, np.flatnonzero(unit_bundle == x), bundle_sets[x], ok, cover):
            continue
        others = [m for m in range(n_b) if m != y and group[y] >= 0 and group[m] == group[y]]
        if others and not _goes_with_way(R, ctx, np.flatnonzero(unit_bundle == x)[ok], adds, unit_bundle, y,
                                         others, level / len(pairs), cover):
            continue
        a, b = find(x), find(y)
        groups_a, groups_b = ({int(group[m]) for m in range(n_b) if find(m) == r and group[m] >= 0} for r in (a, b))
        if a != b and not groups_a & groups_b:  # two ways stay two
            parent[a] = b
    for b in present:
        rep[b] = find(b)
    return rep


def split_independent(R: sparse.csr_matrix, ctx: np.ndarray, con: Contrast, min_size: int,
                      alpha: float = SPLIT_ALPHA, level: float = ALPHA, min_alone: int = SPLIT_MIN_ALONE,
                      contain: float = SPLIT_CONTAIN, use: np.ndarray | None = None,
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Bundle per unit (-1: not used), the set of each bundle, and each bundle's p-value: a passed set's units,
    less the one atom said independently of the set's other atoms, which becomes a bundle of its own when its
    units pass the context test by themselves (`Contrast.subset_p` <= level; its p is the larger of that and its
    set's).

    One context can have two ways of answering: its register, and a habit (a stock line said in a quarter of
    its answers whatever else it says). Both lean to the context, so the test gives them one set, and the
    habit, said more often than any one register sentence, named the register's mask. A register's atoms
    depend on each other (drawn together, or instead of each other), so the share of answers holding one of
    them changes with how many of the others they hold; a habit's share does not. An atom is split off when
    that share does not change (chi-square p > alpha), it is said alone in at least max(min_alone, min_size)
    answers, the set's other atoms are in at least as many answers (a register's bulk is not split from its
    satellites), its units pass the context test by themselves against all of the set's candidate atoms, and it
    is the only such atom of its set: when several are, they are more likely the parts of one register said
    about independently of each other than several habits (blind set 11's sommelier, two pool sentences drawn
    one or two at a time; tests/test_mask_contrast.py simulates both). Its own test keeps a phrase that rides
    along with the register without being a context effect (a prompt quirk of two cells) from becoming a mask
    on the register's p-value. use: the units to read (default: every unit of a passed set)."""
    if use is None:
        use = (con.unit_set >= 0) & con.passed[np.maximum(con.unit_set, 0)]
    comp = np.where(use, con.unit_set, -1)
    parent = list(range(len(con.sets)))
    p = list(con.p)
    for s in np.flatnonzero(con.passed):
        units = np.flatnonzero(comp == s)
        if len(units) < 2:
            continue
        B = R[np.isin(ctx, con.sets[s])][:, units].tocsc()
        atom = _atoms(B, contain)
        if atom.max() < 1:
            continue
        A = (B @ sparse.csr_matrix((np.ones(len(units)), (np.arange(len(units)), atom)))).tocsc()
        A.data[:] = 1.0
        owns = [units[atom == a] for a in _independent(A, alpha, max(min_size, min_alone))]
        # "only one such atom" counts the atoms passing by their own test; the split-off one must also pass
        # against all candidates at once (one family), and that p-value is the one reported
        free = [own for own in owns if con.subset_p(own) <= level]
        if len(free) == 1 and _minor(A, atom, units, free[0]):
            own = free[0]
            p_own = con.subset_p(own, np.concatenate(owns))
            if p_own > level:
                continue
            comp[own] = len(parent)
            parent.append(int(s))
            p.append(max(p_own, float(con.p[s])))
    return comp, np.array(parent, dtype=np.int64), np.array(p)



def _two_or_more(A: sparse.csc_matrix, strata: np.ndarray) -> tuple[int, float]:
    """Answers holding two or more of A's columns, and how many independent columns would give at their rates
    within each stratum (Poisson-binomial: 1 - P(none) - P(exactly one), summed over the strata)."""
    expect = 0.0
    for g in np.unique(strata):
        Ag = A[strata == g]
        rate = np.minimum(np.asarray(Ag.sum(axis=0)).ravel() / Ag.shape[0], 1.0 - 1e-12)
        none = float(np.prod(1.0 - rate))
        expect += Ag.shape[0] * max(1.0 - none - none * float((rate / (1.0 - rate)).sum()), 0.0)
    held = np.asarray((A > 0).sum(axis=1)).ravel()
    return int((held >= 2).sum()), expect


def _side_groups(A: sparse.csc_matrix, side: np.ndarray, strata: np.ndarray, overlap: float) -> np.ndarray:
    """Group of each atom for the go-together count (`_ways_hold`): its side (1 or 0), or, where a side of four
    atoms or more falls in two by its own eigenvector (`_way_sides`, two atoms or more each) whose atoms are
    said together at most `overlap` of what independence gives within the strata, that part's own group (2, 3).
    Chosen on the choosing half. A side that is two registers which exclude each other (the third register of
    one context: blind set 35's triple, seen) counts the pairs independence expects across them, which its
    answers never say, and its own pairs went unread (10,000 answers, seed 0: p 0.0018 against 0.0017)."""
    group = side.astype(np.int64)
    for g in (True, False):
        idx = np.flatnonzero(side == g)
        sub = _way_sides(A[:, idx], strata) if len(idx) >= 4 else None
        if sub is None or min(int(sub.sum()), int((~sub).sum())) < 2:
            continue
        both, expect = _pair_counts(A[:, idx], strata)
        across = sub[:, None] != sub[None, :]
        if both[across].sum() <= overlap * expect[across].sum():
            group[idx[sub]] = 2 + int(g)
    return group


def _together(A: sparse.csc_matrix, group: np.ndarray, strata: np.ndarray) -> tuple[int, float]:
    """`_two_or_more` summed over the groups (answers holding two or more atoms of one group, and what
    independent atoms give)."""
    got = [_two_or_more(A[:, np.flatnonzero(group == g)], strata) for g in np.unique(group)]
    return sum(k for k, _ in got), sum(e for _, e in got)


def _way_sides(A: sparse.csc_matrix, strata: np.ndarray) -> np.ndarray | None:
    """Side of each atom (column of A) by the leading eigenvector of the atoms' modularity matrix, co-occurrence
    within answers less its expectation within the strata (Newman's method); None when nothing splits."""
    both, expect = _pair_counts(A, strata)
    vals, vecs = np.linalg.eigh(both - expect)
    side = vecs[:, -1] > 0
    return None if vals[-1] <= 0 or side.all() or not side.any() else side


def _pair_counts(A: sparse.csc_matrix, strata: np.ndarray, B: sparse.csc_matrix | None = None,
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Columns of B (default A) x columns of A: answers holding both, and what independent columns give within
    the strata (the diagonal 0 when B is A)."""
    S = sparse.csr_matrix((np.ones(len(strata)), (strata, np.arange(len(strata)))))
    n = np.maximum(np.asarray(S.sum(axis=1)).ravel(), 1.0)
    by_a = (S @ A).toarray()
    by_b = by_a if B is None else (S @ B).toarray()
    both = ((A if B is None else B).T @ A).toarray()
    expect = (by_b / n[:, None]).T @ by_a
    if B is None:
        np.fill_diagonal(both, 0.0)
        np.fill_diagonal(expect, 0.0)
    return both, expect


def _unmixed(A: sparse.csc_matrix, side: np.ndarray, strata: np.ndarray, overlap: float) -> np.ndarray | None:
    """Which atoms the ways are tested on: the eigenvector's sides less, one at a time and worst first, each atom
    said with the other side's kept atoms more than `overlap` of what independence gives within the strata; None
    when a side empties. A line both ways say (a template two close registers share: blind set 26's close
    pairs, seen) sits on one side and its answers hold the other; kept, the two ways did not exclude each
    other. Chosen on the half that chose the sides, so the other half still tests them."""
    both, expect = _pair_counts(A, strata)
    keep = np.ones(len(side), dtype=bool)
    while True:
        other = (side[None, :] != side[:, None]) & keep[None, :]
        co, ex = (both * other).sum(axis=1), (expect * other).sum(axis=1)
        ratio = np.where(keep, np.where(ex > 0, co / np.maximum(ex, 1e-12), np.where(co > 0, np.inf, 0.0)), -1.0)
        worst = int(np.argmax(ratio))
        if ratio[worst] <= overlap:
            break
        keep[worst] = False
    return keep if (keep & side).any() and (keep & ~side).any() else None


def _placed(B: sparse.csc_matrix, A: sparse.csc_matrix, side: np.ndarray, keep: np.ndarray, strata: np.ndarray,
            overlap: float, guess: np.ndarray) -> np.ndarray:
    """Way of each column of B (units whose atom was left out of the test; 1, 0, or -1: both ways say it) once
    the ways are split: the way whose kept atoms its answers hold more often, against independence within the
    strata, when they hold the other's at most `overlap` of it; -1 when they hold both more (a template two
    close registers share); `guess` (its atom's eigenvector side) when they hold neither. Labels only: the test
    used the kept atoms. By unit, not atom: a shared template's trigram holds a register's own line's
    (`_atoms`)."""
    both, expect = _pair_counts(A[:, keep], strata, B)
    r = np.stack([both[:, ~side[keep]].sum(axis=1) / np.maximum(expect[:, ~side[keep]].sum(axis=1), 1e-12),
                  both[:, side[keep]].sum(axis=1) / np.maximum(expect[:, side[keep]].sum(axis=1), 1e-12)], axis=1)
    way = np.where(r.max(axis=1) > overlap, np.argmax(r, axis=1), guess.astype(np.int64))
    return np.where(r.min(axis=1) > overlap, -1, way)


def _unit_ways(B: sparse.csc_matrix, A: sparse.csc_matrix, atom: np.ndarray, side: np.ndarray, keep: np.ndarray,
               strata: np.ndarray, overlap: float) -> np.ndarray:
    """Way of each unit (column of B; 1, 0, or -1 for neither): its atom's side when the atom was tested, else
    as `_placed` finds it."""
    way = side[atom].astype(np.int64)
    out = ~keep[atom]
    if out.any():
        way[out] = _placed(B[:, np.flatnonzero(out)], A, side, keep, strata, overlap, side[atom[out]])
    return way


def _said_apart(B: sparse.csc_matrix, way: np.ndarray, strata: np.ndarray, apart: float = WAYS_APART,
                floor: float = WAYS_WORDS_MIN) -> bool:
    """Whether a unit that goes to neither way (`way` -1; B: the set's answers x its units) is said in the answers
    holding neither way at least `apart` of what independence within the strata gives, where that is `floor`
    answers or more. One template's wordings of a slot ("What a {wonderful|brilliant} question!") never meet and
    each goes with its other trigrams, so they pass for two ways; the register's other lines, said with both
    and as often without either, show they are one (the speed benchmark's corpus, seen). A phrase two close
    registers' lines share is said with one of their lines, so hardly ever without either way."""
    shared = np.flatnonzero(way < 0)
    if len(shared) == 0:
        return False
    neither = np.asarray(B[:, np.flatnonzero(way >= 0)].sum(axis=1)).ravel() == 0
    seen, expect = (x.ravel() for x in _pair_counts(B[:, shared], strata,
                                                    sparse.csc_matrix(neither.astype(np.float64)[:, None])))
    return bool(((expect >= floor) & (seen >= apart * expect)).any())


def _one_side_counts(H: sparse.csc_matrix, h1: np.ndarray, h2: np.ndarray) -> np.ndarray:
    """2 x columns of H: how many answers holding only the first side, and only the second, say each."""
    return np.vstack([np.asarray(H[h1 & ~h2].sum(axis=0)).ravel(), np.asarray(H[h2 & ~h1].sum(axis=0)).ravel()])


def _words_cross(H: sparse.spmatrix, h1: np.ndarray, h2: np.ndarray, min_count: int = WAYS_WORDS_MIN,
                 own: float = WAYS_WORDS_OWN) -> bool:
    """Whether a word or word pair of the set (H: its answers x short units) read in `min_count` or more answers
    holding one side only is neither side's own (`own` of them on one side: `_words_part`'s first rule). Two
    registers have vocabularies of their own; one register said in several modes shares some of its words
    across them (blind set 29's pure-mixed: 1 to 19 such words in every split of a way, none in its triple)."""
    share = _read_shares(H, h1, h2, min_count)
    return bool(((share > 1 - own) & (share < own)).any())


def _read_shares(H: sparse.spmatrix, h1: np.ndarray, h2: np.ndarray, min_count: int) -> np.ndarray:
    """For each word or word pair (H: answers x short units) read in `min_count` or more answers holding one side
    only, the share of those answers on the first side."""
    H = sparse.csc_matrix(H)
    H.data[:] = 1.0
    only = _one_side_counts(H, h1, h2)
    read = only.sum(axis=0) >= min_count
    return only[0, read] / np.maximum(only[:, read].sum(axis=0), 1)


def _words_own(H: sparse.spmatrix, h1: np.ndarray, h2: np.ndarray, min_count: int = WAYS_WORDS_MIN,
               own: float = WAYS_WORDS_OWN) -> bool:
    """Whether each side has a word or word pair of its own (read in `min_count` or more answers holding one side
    only, `own` of them on that side) and none is read on both (`_words_cross`)."""
    share = _read_shares(H, h1, h2, min_count)
    return bool((share >= own).any() and (share <= 1 - own).any() and not ((share > 1 - own) & (share < own)).any())


def _sides_held(A: sparse.csc_matrix, side: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Answers holding some atom of each side."""
    return (np.asarray(A[:, np.flatnonzero(side)].sum(axis=1)).ravel() > 0,
            np.asarray(A[:, np.flatnonzero(~side)].sum(axis=1)).ravel() > 0)


def _with_chance(A: sparse.csc_matrix, H: sparse.csc_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Atoms x words: answers holding both, and what chance gives (the word's rate in all of A's answers)."""
    both = (A.T @ H).toarray()
    chance = np.outer(np.asarray(A.sum(axis=0)).ravel(), np.asarray(H.sum(axis=0)).ravel()) / max(A.shape[0], 1)
    return both, chance


def _linked(A: sparse.csc_matrix, H: sparse.csc_matrix) -> np.ndarray:
    """Atoms x words: the word is said with the atom at least twice and at least as often as chance. Loose on
    purpose: it chooses, and the other half tests (`_words_part`)."""
    both, chance = _with_chance(A, H)
    return (both >= 2) & (both >= chance)


def _cross_links(A: sparse.csc_matrix, H: sparse.csc_matrix) -> np.ndarray:
    """`_linked` without each word's own atom (the one it is said with most: a word is always said with the line
    that carries it): a word said with a second line."""
    links = _linked(A, H)
    both = _with_chance(A, H)[0]
    if both.size:
        links[np.argmax(both, axis=0), np.arange(both.shape[1])] = False
    return links


def _own_words(A: sparse.csc_matrix, H: sparse.csc_matrix, words: np.ndarray) -> int:
    """How many of `words` (columns of H; A and H: the answers of one side, A its atoms) are distinct: the words
    said in at least half the answers of different sets of atoms. A word pair and its word are carried by the
    same lines, so they are one word, however often each is also said apart (by answers, 2% noise brought a
    word and its pair below `SPLIT_CONTAIN` and one word passed as two); a pool's words said together in its
    answers (several lines each) are still told apart by their lines."""
    if len(words) == 0:
        return 0
    n = np.maximum(np.asarray(A.sum(axis=0)).ravel(), 1.0)
    carried = (A.T @ H[:, words]).toarray() >= 0.5 * n[:, None]
    carried = carried[:, carried.any(axis=0)]
    return int(len(np.unique(carried, axis=1).T)) if carried.size else 0


def _words_part(A: sparse.csc_matrix, H: sparse.csc_matrix, side: np.ndarray, cross: np.ndarray, level: float,
                min_count: int = WAYS_WORDS_MIN, own: float = WAYS_WORDS_OWN) -> bool:
    """Whether the set's words and word pairs (H: answers x short units, the answers of A, the test half) part as
    the sides do:
    - every word read (said in `WAYS_WORDS_MIN` or more answers that hold one side only) is one side's own
      (`WAYS_WORDS_OWN`);
    - a side of two or more atoms (each said in `WAYS_WORDS_MIN` answers) has two or more distinct words of
      its own (`_own_words`), a side of one atom (a stock line) at least one;
    - the links the choosing half found between a side's own words and its atoms other than their own
      (`cross`, from `_cross_links`), on the sides with two or more own words, hold here: said together more
      often than chance, one Poisson test over all of them at `level` (so one side is enough: a stock line
      beside a pool).
    Two registers on different answers have vocabularies of their own even when each says its lines one at a
    time, and a word of one is said with several of its lines; one register's lines share its words across any
    cut, or share none at all (each line its own words: only chance links two lines, and that does not hold on
    the other half). Error and power: benchmarks/bench_ways.py --only words."""
    from scipy.stats import poisson

    h1, h2 = _sides_held(A, side)
    only = _one_side_counts(H, h1, h2)
    read = np.flatnonzero(only.sum(axis=0) >= min_count)
    if len(read) == 0:
        return False
    share = only[0, read] / only[:, read].sum(axis=0)
    if ((share > 1 - own) & (share < own)).any():
        return False
    mine = (read[share >= own], read[share <= 1 - own])
    distinct = [_own_words(A[rows][:, np.flatnonzero(g)], H[rows], m)
                for rows, g, m in zip((h1 & ~h2, h2 & ~h1), (side, ~side), mine, strict=True)]
    said = np.asarray(A.sum(axis=0)).ravel() >= min_count
    if any(d < min(2, int((g & said).sum())) for d, g in zip(distinct, (side, ~side), strict=True)):
        return False
    pairs = np.zeros_like(cross)
    for g, words, d in zip((side, ~side), mine, distinct, strict=True):
        if d >= 2:
            pairs[np.ix_(np.flatnonzero(g), words)] = cross[np.ix_(np.flatnonzero(g), words)]
    both_all, chance_all = _with_chance(A, H)
    both, chance = both_all[pairs].sum(), chance_all[pairs].sum()
    return bool(pairs.any()) and both > chance and float(poisson.sf(both - 1, max(chance, 1e-12))) <= level


def _ways_hold(A: sparse.csc_matrix, side: np.ndarray, strata: np.ndarray, overlap: float, level: float,
               words: tuple[sparse.csc_matrix, np.ndarray] | None = None, lone: sparse.spmatrix | None = None,
               groups: np.ndarray | None = None) -> bool:
    """Whether A's answers (not those the sides were chosen on) hold both sides at most `overlap` of what
    independent sides give within the strata and significantly less (Poisson lower tail <= level), and the
    sides' atoms go together: two or more of one side's in one answer significantly more often than
    independent atoms, by one side alone or by both sides' counts added (upper tails at level / 2 each: the sum
    is a third test, so at most 1.5 level over the three; a guard, whose error with the exclusion is simulated,
    benchmarks/bench_ways.py), or, with two or more atoms said on each side and the exclusion at level^2 / 2,
    the atoms said together pair within a side more often than across (`_within_over_cross`, at level / 2;
    given `lone`, H below on the same answers, one side may be a single atom when no word of the set crosses
    the sides, `_words_cross`: a line said instead of a register whose lines pair, such as a context's habit
    on the answers without its register, blind set 33's habit-plus, seen; one register's modes share words),
    or, given words (H, the set's words and word pairs in the
    same answers, and the other half's cross links), the sides' words part as the sides do (`_words_part`: two
    registers each said one line at a time). groups (`_side_groups`, chosen on the other half): a side's
    go-together count is summed over its parts when it has two.
    Poisson tails are wider than the strata's binomials."""
    from scipy.stats import poisson

    strata = np.unique(strata, return_inverse=True)[1]
    h1, h2 = _sides_held(A, side)
    n = np.maximum(np.bincount(strata), 1)
    both = int((h1 & h2).sum())
    expect = float((np.bincount(strata, h1) * np.bincount(strata, h2) / n).sum())
    if expect <= 0 or both > overlap * expect or poisson.cdf(both, expect) > level:
        return False
    # two ways said 1-2 lines each in a few hundred answers go together only weakly on each side alone
    # (blind set 20's split-context at 1,000 answers, seen: 0.015 and 0.029, added 0.0018)
    groups = side.astype(np.int64) if groups is None else groups
    counts = [_together(A[:, np.flatnonzero(g)], groups[g], strata) for g in (side, ~side) if g.sum() >= 2]
    if len(counts) == 2:
        counts.append((counts[0][0] + counts[1][0], counts[0][1] + counts[1][1]))
    if any(poisson.sf(k - 1, e_k) <= level / 2 for k, e_k in counts):
        return True
    # pairs within vs across, with two or more atoms said on each side (one atom against another is what two
    # wordings of one slot give: they never meet; bench_ways' alt, 2 of 100 at 90% split with one). Sides that
    # exclude each other have few pairs across, so this adds little to the exclusion: it needs the exclusion at
    # level^2 / 2, what the exclusion and a test apart from it would give together (independent rare phrases
    # that excluded each other by chance, at level, split 2 of 200 at 500 answers without it)
    said = np.asarray(A.sum(axis=0)).ravel() > 0
    each = sorted((int((said & side).sum()), int((said & ~side).sum())))
    lone_ok = lone is not None and each[0] == 1 and each[1] >= 2 and not _words_cross(lone, h1, h2)
    if ((each[0] >= 2 or lone_ok) and poisson.cdf(both, expect) <= level * level / 2
            and _within_over_cross(A, side, strata) <= level / 2):
        return True
    # blind set 23's two-in-one and composite (seen): two registers each said one line at a time exclude
    # each other, but neither side goes together
    return words is not None and _words_part(A, words[0], side, words[1], level)


def _within_over_cross(A: sparse.csc_matrix, side: np.ndarray, strata: np.ndarray) -> float:
    """p that pairs of atoms said in one answer are of one side more often than of two, given how many pairs are
    (binomial upper tail, the share independence gives within the strata as the null): two registers at 40% each
    whose lines go together no more than independent lines (1-2 lines of a pool; blind set 26's two registers
    of one context, seen) still pair within a way and never across; one register's lines, alike, pair across
    any cut as often as within. 1 when no pair is said."""
    from scipy.stats import binom

    both, expect = _pair_counts(A, strata)
    same = side[:, None] == side[None, :]
    k, n = int(round(both[same].sum() / 2)), int(round(both.sum() / 2))
    e_same, e_all = expect[same].sum(), expect.sum()
    if n == 0 or e_all <= 0:
        return 1.0
    return float(binom.sf(k - 1, n, e_same / e_all))


def _word_sides(A: sparse.csc_matrix, H: sparse.csc_matrix) -> np.ndarray | None:
    """Sides by the set's words (H: answers x short units, the answers of A): atoms are joined when a word is said
    with each of them at least twice and as often as chance (`_linked`, loose: the other half tests; the few
    answers of the other way that hold this one's lines too say its words far less often than chance); when
    exactly two groups of atoms have words, one is a side and every other atom the other. None otherwise (one
    register's lines share its words: one group; each line its own: many)."""
    from scipy.sparse.csgraph import connected_components

    has = sparse.csr_matrix(_linked(A, H).astype(np.float64))
    worded = np.asarray(has.sum(axis=1)).ravel() > 0
    if worded.sum() < 2:
        return None
    _, group = connected_components(has @ has.T, directed=False)
    groups = np.unique(group[worded])
    return group == groups[0] if len(groups) == 2 else None


def _by_question(A: sparse.csc_matrix, qs: np.ndarray) -> sparse.csr_matrix:
    """Questions x atoms: how many answers to each question hold each atom."""
    qi = np.unique(qs, return_inverse=True)[1]
    Q = sparse.csr_matrix((np.ones(len(qi)), (qi, np.arange(len(qi)))))
    return sparse.csr_matrix(Q @ A)


def _one_side_cells(h1: np.ndarray, h2: np.ndarray, qs: np.ndarray, cs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The answers holding one side only, and the (question, context) cell of each of them (0..cells - 1)."""
    one = h1 ^ h2
    return one, np.unique(qs[one].astype(np.int64) * (int(cs.max()) + 1) + cs[one], return_inverse=True)[1]


def _block_stat(h1: np.ndarray, h2: np.ndarray, qs: np.ndarray, cs: np.ndarray) -> tuple[float, float]:
    """Over the answers holding one side only: sum over (question, context) cells of side-1 x side-2 answers (two
    ways said on different questions: 0), and its expectation when those answers' sides are placed at random
    among the questions of their context (hypergeometric)."""
    one, cell = _one_side_cells(h1, h2, qs, cs)
    x1 = np.bincount(cell, h1[one].astype(np.float64))
    n = np.bincount(cell).astype(np.float64)
    obs = float((x1 * (n - x1)).sum())
    expect = 0.0
    for c in np.unique(cs[one]):
        m = cs[one] == c
        N, N1 = float(m.sum()), float(h1[one][m].sum())
        if N > 1:
            nq = np.bincount(cell[m]).astype(np.float64)
            expect += float((nq * (nq - 1)).sum()) * N1 * (N - N1) / (N * (N - 1))
    return obs, expect


def _question_sides(A: sparse.csc_matrix, qs: np.ndarray, cs: np.ndarray, overlap: float
                    ) -> tuple[np.ndarray, np.ndarray] | None:
    """(side, kept) of the atoms by the questions they are said on: sides by the leading eigenvector of their
    co-occurrence within questions, less its expectation (as `_way_sides` by answers), kept the atoms said in
    two or more answers all on questions where their side is said more (an atom said once, or not at all, on
    this half has a side by chance); returned when the kept atoms are said in over half the answers holding
    any atom (the set's main wording, not a few stray atoms of a register said on every question: blind set
    34's composite, seen), each side alone in `WAYS_WORDS_MIN` answers or more (not two answers to one
    question: blind set 34's pure-mixed, seen), and the answers holding one kept side only meet the other's in
    one (question, context) cell at most `overlap` of what sides placed at random among the questions give;
    None otherwise."""
    M = _by_question(A, qs)
    side = _way_sides(sparse.csc_matrix(M), np.zeros(M.shape[0], dtype=np.int64))
    if side is None:
        return None
    M = M.toarray()
    mine = M[:, side].sum(axis=1) > M[:, ~side].sum(axis=1)  # each question's side
    own = np.where(side, M[mine].sum(axis=0), M[~mine].sum(axis=0))
    keep = (M.sum(axis=0) >= 2) & (own == M.sum(axis=0))
    if not (keep & side).any() or not (keep & ~side).any():
        return None
    h1, h2 = _sides_held(A[:, np.flatnonzero(keep)], side[keep])
    if (h1 | h2).sum() <= 0.5 * (np.asarray(A.sum(axis=1)).ravel() > 0).sum():
        return None  # a few stray atoms, not the set's main wording
    if min((h1 & ~h2).sum(), (h2 & ~h1).sum()) < WAYS_WORDS_MIN:
        return None
    obs, expect = _block_stat(h1, h2, qs, cs)
    if expect <= 0 or obs > overlap * expect:
        return None
    return side, keep


def _questions_hold(A: sparse.csc_matrix, side: np.ndarray, qs: np.ndarray, cs: np.ndarray, overlap: float,
                    level: float, H: sparse.spmatrix | None, n_perm: int = WAYS_QUESTION_PERM) -> bool:
    """Whether two ways chosen by their questions (`_question_sides`) hold on the answers to the other questions:
    each side said alone on some question, the answers holding one side only meet the other side's in one
    cell at most `overlap` of what placing their sides at random among their context's questions gives and
    significantly less (that permutation, `n_perm` times, at `level`), answers holding both at most `overlap`
    of what independent sides give, and (H: the set's words and word pairs, the same answers) each side has
    a word of its own and no word is read on both (`_words_own`). One register whose lines do not depend on
    the question is said on every question alike; one whose wording follows the question shares its words
    across the blocks (its template) or has no words of its own on a side; one whose blocks each have words
    of their own and share none looks like two registers (a limit)."""
    h1, h2 = _sides_held(A, side)
    if min(len(np.unique(qs[h1 & ~h2])), len(np.unique(qs[h2 & ~h1]))) < 1:
        return False
    if (h1 & h2).sum() > overlap * h1.sum() * h2.sum() / max(len(h1), 1):
        return False
    if H is None or not _words_own(H, h1, h2):
        return False
    obs, expect = _block_stat(h1, h2, qs, cs)
    if expect <= 0 or obs > overlap * expect:
        return False
    one, cell = _one_side_cells(h1, h2, qs, cs)
    c1, s1 = cs[one], h1[one].astype(np.float64)
    n = np.bincount(cell).astype(np.float64)
    order = np.argsort(c1, kind="stable")
    bounds = np.r_[np.flatnonzero(np.r_[True, c1[order][1:] != c1[order][:-1]]), len(order)]
    rng = np.random.default_rng(int(one.sum()))
    low = 0
    for _ in range(n_perm):
        perm = s1.copy()
        for a, b in zip(bounds[:-1], bounds[1:], strict=True):
            perm[order[a:b]] = rng.permutation(s1[order[a:b]])
        x1 = np.bincount(cell, perm, minlength=len(n))
        low += int((x1 * (n - x1)).sum() <= obs)
    return (1 + low) / (n_perm + 1) <= level


def _chosen_ways(R: sparse.csr_matrix, A: sparse.csc_matrix, rows: np.ndarray, cell: np.ndarray, half: np.ndarray,
                 loose: np.ndarray | None, overlap: float, level: float, lone: np.ndarray | None = None,
                 blocks: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
                 ) -> tuple[np.ndarray, np.ndarray] | None:
    """The two ways of one set's atoms (A, the set's answers `rows`) as (side of each atom, atoms tested), or
    None: sides chosen on the answers to even-numbered questions (`half`) by the atoms' co-occurrence, less the
    atoms said with the other side there (`_unmixed`), and tested on the rest (`_ways_hold`, on the kept atoms);
    failing that, given the set's words and word pairs (`loose`: their columns of R), sides chosen by the words
    on the same half (`_word_sides`) and tested on the rest, where the ways must exclude each other and either
    go together or part by their words (every atom tested). level is each try's: the caller divides its level
    by the tries on one test half (the atoms, the words', a last try with short lines: Bonferroni). lone: the
    set's words and word pairs (columns of R) that let a side of the atoms' route be a single atom when none
    crosses the sides (`_ways_hold`); None: never. blocks: (question, context) of each answer and the set's words
    and word pairs (columns of R, for `_words_own`); where the choosing
    half's atoms fall into two groups said on different questions (`_question_sides`), that route is tried
    first, tested on questions (`_questions_hold`), and the caller counts it among the tries
    (`_blocks_tried`); None: never."""
    choose, test = np.flatnonzero(half), np.flatnonzero(~half)
    if len(choose) == 0 or len(test) == 0:
        return None
    if blocks is not None:
        by_q = _question_sides(A[choose], blocks[0][choose], blocks[1][choose], overlap)
        if by_q is not None:
            # tried first: the others read within cells, where two such ways never meet; failing it, they are
            # tried too (a phrase both registers say puts them in one cell: blind set 30's split-questions, seen)
            qside, qkeep = by_q
            held = _questions_hold(A[test][:, np.flatnonzero(qkeep)], qside[qkeep], blocks[0][test],
                                   blocks[1][test], overlap, level, R[rows[test]][:, blocks[2]])
            # each way said on two questions or more, over both halves (not one question's quirk)
            said = _sides_held(A[:, np.flatnonzero(qkeep)], qside[qkeep])
            if held and min(len(np.unique(blocks[0][h & ~o])) for h, o in (said, said[::-1])) >= 2:
                return by_q
    words = loose is not None and len(loose) > 0
    strata = np.unique(cell, return_inverse=True)[1]
    side = _way_sides(A[choose], strata[choose])
    keep = None if side is None else _unmixed(A[choose], side, strata[choose], overlap)
    if side is not None and keep is not None:
        lone_test = None if lone is None else R[rows[test]][:, lone]
        groups = (_side_groups(A[choose][:, np.flatnonzero(keep)], side[keep], strata[choose], overlap)
                  if WAYS_GROUPS else None)
        if _ways_hold(A[test][:, keep], side[keep], cell[~half], overlap, level, lone=lone_test, groups=groups):
            return side, keep
    if not words:
        return None
    H = R[rows][:, loose].tocsc()
    H.data[:] = 1.0
    side = _word_sides(A[choose], H[choose])
    if side is None:
        return None
    cross = _cross_links(A[choose], H[choose])
    if not _ways_hold(A[test], side, cell[~half], overlap, level, (H[test], cross)):
        return None
    return side, np.ones(len(side), dtype=bool)


def _short_lines(sentences: tuple[np.ndarray, sparse.csr_matrix], rows: np.ndarray, long: np.ndarray,
                 short: np.ndarray, apart: float = 0.5) -> np.ndarray:
    """Which of a set's leaning words and word pairs (`short`, columns) are lines of their own: said in sentences
    holding none of its long units (`long`) at least `apart` of the time. A register said in one- to three-word
    lines ("Budget check.", "Net: fine.") has no trigram; its words otherwise never enter the ways' atoms, and
    two such registers of one context stayed one mask (blind set 33's two-short-in-one and triple, seen). A
    word said inside a long line stays out (it chains lines and registers through shared words)."""
    if len(short) == 0:
        return short
    U = sentences[1][np.flatnonzero(np.isin(sentences[0], rows))]
    held = sparse.csc_matrix(U[:, short], dtype=np.float64)
    held.data[:] = 1.0
    plain = sparse.diags((np.asarray(U[:, long].sum(axis=1)).ravel() == 0).astype(np.float64))
    total, alone = np.asarray(held.sum(axis=0)).ravel(), np.asarray((plain @ held).sum(axis=0)).ravel()
    return short[(total > 0) & (alone >= apart * total)]


def _split_once(R: sparse.csr_matrix, q: np.ndarray, ctx: np.ndarray, con: Contrast, comp: np.ndarray, b: int,
                s: int, short: np.ndarray, min_size: int, level: float, contain: float, overlap: float, words: bool,
                sentences: tuple[np.ndarray, sparse.csr_matrix] | None, resplit: bool
                ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, float, float] | None:
    """One try of `exclusive_ways` on bundle b (of set s): (its units, each unit's way, the set's answers, which
    of them hold each way, each way's p) when two ways pass, else None. Its long units first; failing that,
    with its short lines too (`_short_lines`, without the words' route), every try of the test half at level
    over their number (Bonferroni). words: the words' route is tried;
    sentences: atoms are lines (`_atoms`); resplit: a split whose sides both say a word is refused. Each
    side's p is taken with the two sides' units as the family (`Contrast.subset_p`): tried again, that is the
    way's units, not its whole set's, and the caller carries the larger of it and the way's own p, so a way
    split off a way is reported only where every test on its path passed."""
    longs = np.flatnonzero((comp == b) & (con.unit_set == s) & ~short)
    rows = np.flatnonzero(np.isin(ctx, con.sets[s]))
    lines = (_short_lines(sentences, rows, longs, np.flatnonzero((comp == b) & (con.unit_set == s) & short))
             if WAYS_SHORT_LINES and sentences is not None else longs[:0])
    # the short lines are a last try, so a split on long units is the rule before's, tried at a smaller level;
    # the questions' route is one more try where the choosing half finds question blocks
    tries = ((2 if words and ((comp == b) & short).any() else 1) + (1 if len(lines) else 0)
             + _blocks_tried(R, q, ctx, rows, longs, contain, overlap, sentences)
             + (len(lines) > 0 and _blocks_tried(R, q, ctx, rows, np.union1d(longs, lines), contain, overlap,
                                                 sentences)))
    got = _split_units(R, q, ctx, con, comp, b, short, longs, rows, min_size, level, contain, overlap, words,
                       sentences, resplit, tries)
    if got is None and len(lines):
        got = _split_units(R, q, ctx, con, comp, b, short, np.union1d(longs, lines), rows, min_size, level,
                           contain, overlap, False, sentences, resplit, tries)
    return got


def _unit_atoms(R: sparse.csr_matrix, rows: np.ndarray, units: np.ndarray, contain: float,
                sentences: tuple[np.ndarray, sparse.csr_matrix] | None
                ) -> tuple[sparse.csc_matrix, np.ndarray, sparse.csc_matrix] | None:
    """(the rows' answers x units, each unit's atom, answers x atoms) of the given units, or None under two atoms."""
    if len(units) < 2:
        return None
    B = R[rows][:, units].tocsc()
    S = None if sentences is None else sentences[1][np.flatnonzero(np.isin(sentences[0], rows))][:, units]
    atom = _atoms(B, contain, S)
    if atom.max() < 1:
        return None
    A = (B @ sparse.csr_matrix((np.ones(len(units)), (np.arange(len(units)), atom)))).tocsc()
    A.data[:] = 1.0
    return B, atom, A


def _blocks_tried(R: sparse.csr_matrix, q: np.ndarray, ctx: np.ndarray, rows: np.ndarray, units: np.ndarray,
                  contain: float, overlap: float, sentences: tuple[np.ndarray, sparse.csr_matrix] | None) -> bool:
    """Whether `_chosen_ways` will try the questions' route on these units: read on the choosing half only, so the
    tries of the test half are known before any is taken."""
    got = _unit_atoms(R, rows, units, contain, sentences) if WAYS_QUESTIONS else None
    if got is None:
        return False
    choose = np.flatnonzero(q[rows] % 2 == 0)
    return len(choose) > 0 and _question_sides(got[2][choose], q[rows][choose], ctx[rows][choose], overlap) is not None


def _split_units(R: sparse.csr_matrix, q: np.ndarray, ctx: np.ndarray, con: Contrast, comp: np.ndarray, b: int,
                 short: np.ndarray, units: np.ndarray, rows: np.ndarray, min_size: int, level: float,
                 contain: float, overlap: float, words: bool, sentences: tuple[np.ndarray, sparse.csr_matrix] | None,
                 resplit: bool, tries: int
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, float, float] | None:
    """`_split_once` on the given units (columns of R) of bundle b, its ways tested at level / tries."""
    got = _unit_atoms(R, rows, units, contain, sentences)
    if got is None:
        return None
    B, atom, A = got
    cell = q[rows].astype(np.int64) * (int(ctx.max()) + 1) + ctx[rows]
    half = q[rows] % 2 == 0
    own_words = np.flatnonzero((comp == b) & short)
    chosen = _chosen_ways(R, A, rows, cell, half, own_words if words else None, overlap, level / tries,
                          own_words if WAYS_LONE else None, (q[rows], ctx[rows], own_words) if WAYS_QUESTIONS else None)
    if chosen is None:
        return None
    strata = np.unique(cell, return_inverse=True)[1]
    way = _unit_ways(B, A, atom, *chosen, strata, overlap)
    h1, h2 = (np.asarray(B[:, np.flatnonzero(way == w)].sum(axis=1)).ravel() > 0 for w in (1, 0))
    if min(h1.sum(), h2.sum()) < min_size or _said_apart(B, way, strata):
        return None
    if resplit and _words_cross(R[rows][:, np.flatnonzero((comp == b) & short)], h1, h2):
        return None
    own1, own2 = units[way == 1], units[way == 0]
    family = np.concatenate([own1, own2])
    p1, p2 = con.subset_p(own1, family), con.subset_p(own2, family)
    if max(p1, p2) > level:
        return None
    return units, way, rows, h1, h2, p1, p2


def _loose_ways(H: sparse.spmatrix, hs: np.ndarray, hb: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Which of a split set's words and word pairs (H: its answers x them; hs, hb: the answers holding the
    smaller and the bigger way) go to the smaller way (at least 2/3 of their answers that hold either), and
    which to neither (under 2/3 on each side); the rest stay with the bigger."""
    H = sparse.csc_matrix(H)
    H.data[:] = 1.0
    in_small, in_big = np.asarray(H[hs].sum(axis=0)).ravel(), np.asarray(H[hb].sum(axis=0)).ravel()
    either = np.asarray(H[hs | hb].sum(axis=0)).ravel()
    return in_small >= 2 / 3 * np.maximum(either, 1), (in_small < 2 / 3 * either) & (in_big < 2 / 3 * either)


def exclusive_ways(R: sparse.csr_matrix, q: np.ndarray, ctx: np.ndarray, con: Contrast, comp: np.ndarray,
                   parent: np.ndarray, p: np.ndarray, min_size: int, short: np.ndarray | None = None,
                   level: float = ALPHA, contain: float = SPLIT_CONTAIN, overlap: float = WAYS_OVERLAP,
                   words_too: bool = True, sentences: tuple[np.ndarray, sparse.csr_matrix] | None = None
                   ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Two ways of answering that one set's contexts take on different answers, split into two bundles: comp
    (-1 for a word pair or word both ways say), parent, p as `split_independent` gives them, and which bundles
    are such ways. Each way, and the set it left, is then tried again on its own units (three registers of one
    context: blind set 29's triple), until none splits; a way split off a way carries the larger p of the two
    splits. Its atoms are lines, not wordings, at every try: given `sentences` ((answer, sentence x unit) per
    sentence said, as `contrast_labels` has them), units said together mostly in one sentence join
    (`_atoms`), since one register's paraphrase templates said one per answer exclude each other and each
    template's slots go together, which is what two registers look like (blind set 30's pure-paraphrase,
    seen: five masks; at the first split too, bench_ways' `tmpl`: cut in 250 of 480 corpora on answer atoms,
    in none on lines, and two registers split in 2,665 of 3,780 corpora against 2,587). Tried again, the
    words' route is not taken, and a split whose sides both say a word of the way (`_words_cross`: one
    register's modes, blind set 29's pure-mixed, seen) is refused; at the first split that refusal cost
    blind set 32 (seen) more merged registers than it saved, so it stays on the split again only.

    The set's own long units (short ones chain registers through shared words) form atoms (`_atoms`); failing those,
    a last try adds its words and word pairs said mostly in lines holding none of them (`_short_lines`: a register
    of one- to three-word lines; with `sentences` only). The answers to even-numbered questions choose the split
    (`_way_sides`, less the atoms said with the other side, `_unmixed`; failing that, with words_too, by the set's
    words, `_word_sides`); the answers to odd-numbered ones test it (`_ways_hold`, at the level over the number of
    tries: the atoms, the words', the short lines), so the tests do not see the data that chose the sides (on the
    same answers, the eigenvector finds sides that meet rarely among independent phrases, and the tests passed
    them). Where the choosing half's atoms fall into two groups said on different questions (`_question_sides`),
    that split is tried first, tested on questions (`_questions_hold`), and counted among the tries: two registers
    of one context, each on its own questions, never meet in a cell, which the tests within cells cannot read (blind
    set 34's split-questions, seen). The units of atoms left out of the test go to a way, or to neither (-1) when
    their answers hold both ways (`_placed`, by unit: a phrase two close registers' lines share joins an atom with a
    line of one of them). They are two ways when, on the test half, answers hold both at most `overlap` of what
    independent sides would and significantly less, and the sides' atoms go together or (word sides) the set's words
    and word pairs part as the sides do (`_words_part`); each side is in at least `min_size` answers in all and
    passes the context test by itself against both (`Contrast.subset_p`). Expectations are taken within (question,
    context) cells: a register two contexts, or two sets of questions, say one way each never meets itself in one
    answer, but that excludes nothing (the questions' route asks each way for words of its own, and none said with
    both). Not split: a register whose lines are said one at a time (no side goes together, and its words cross any
    cut or link no two of its lines); two ways that are each one line, or lines said one at a time with no words of
    their own that link two lines (a limit: they look the same); a habit, said independently of its register, not
    instead of it (`split_independent`). A word pair or word goes to the side holding at least 2/3 of its answers
    that hold either, else it leaves both (it would outvote the sides' own phrases). Each side carries the larger of
    its own p (against the permutations' maxima with both sides in the family) and its set's. Error and
    power: benchmarks/bench_ways.py."""
    comp = comp.copy()
    parent_l, p_l = list(parent), list(p)
    short = np.zeros(len(comp), dtype=bool) if short is None else short
    todo = [int(s) for s in np.flatnonzero(con.passed)]
    again: set[int] = set()  # bundles split once already
    while todo:
        # a bundle is a passed set or a way split off one; each is tried again (three registers of one
        # context: blind set 29's triple), on its lines
        b = todo.pop(0)
        s = int(parent_l[b])
        resplit = b in again or b >= len(parent)
        got = _split_once(R, q, ctx, con, comp, b, s, short, min_size, level, contain, overlap,
                          words_too and not resplit, sentences, resplit)
        if got is None:
            continue
        units, way, rows, h1, h2, p1, p2 = got
        comp[units[way < 0]] = -1  # only once split: before, a refused split lost them from its set
        # the smaller side becomes the new bundle
        first = h1.sum() <= h2.sum()
        small, p_small, p_big, hs, hb = ((units[way == 1], p1, p2, h1, h2) if first
                                         else (units[way == 0], p2, p1, h2, h1))
        new = len(parent_l)
        comp[small] = new
        loose = np.flatnonzero((comp == b) & short)
        to_small, to_neither = _loose_ways(R[rows][:, loose], hs, hb)
        comp[loose[to_small]] = new
        comp[loose[to_neither]] = -1
        parent_l.append(s)
        p_l.append(max(p_small, float(p_l[b])))
        p_l[b] = max(p_l[b], p_big)
        todo += [b, new]
        again.add(b)
    is_way = np.zeros(len(parent_l), dtype=bool)
    is_way[len(parent):] = True
    return comp, np.array(parent_l, dtype=np.int64), np.array(p_l), is_way


def contrast_labels(R: sparse.csr_matrix, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, seed: int, *,
                    min_size: int, min_deviance: float = MIN_DEVIANCE, min_gain: float | np.ndarray = MIN_GAIN,
                    min_separation: float = MIN_SEPARATION, alpha: float = ALPHA, n_perm: int = N_PERM,
                    occurrences: tuple[np.ndarray, np.ndarray, sparse.csr_matrix] | None = None,
                    wording_gain: float | None = None,
                    step_down: bool = True, cell_damping: float = CELL_DAMPING,
                    split_alpha: float | None = SPLIT_ALPHA, unit_max: bool = True, max_set: int = MAX_SET,
                    link: bool = True, ways: bool = True, short: np.ndarray | None = None,
                    ways_words: bool = True,
                    specific_share: float | None = SPECIFIC_SHARE, baseline: int | None = None
                    ) -> tuple[np.ndarray, Contrast, dict[str, Any]]:
    """Answer labels (steps 5-6; masks smaller than min_size become -1), the contrast, and counts.

    occurrences: (answer, wording id, sentence x unit 0/1) per sentence occurrence. When given, a leaning unit
    said inside a recurring sentence that does not itself lean to the unit's set (filler sharing a phrase with
    a register: "I hope this helps." beside "I hope this is okay, sorry") does not bring its answer into the mask.
    min_gain may be one floor per unit, a (k, 1) array; wording_gain is that filter's floor for a wording
    (default: the least of min_gain). specific_share: units of a passed set said almost as much outside it leave
    the vote (`specific`); None: all stay (the masks before 2026-12-06). baseline: `contrast`'s.
    """
    from core.mask_phrases import drop_small

    n = len(q)
    labels = np.full(n, -1, dtype=np.int64)
    con = contrast(R, q, n_q, ctx, n_c, seed, min_deviance=min_deviance, min_gain=min_gain,
                   min_separation=min_separation, alpha=alpha, n_perm=n_perm, step_down=step_down,
                   cell_damping=cell_damping, unit_max=unit_max, max_set=max_set, baseline=baseline)
    use = (con.unit_set >= 0) & con.passed[np.maximum(con.unit_set, 0)]
    info: dict[str, Any] = {"n_leaning_units": int((con.unit_set >= 0).sum()), "n_sets_passed": int(con.passed.sum()),
                            "set_test": "bonferroni" if unit_max else "max-T"}  # records before it: the min-P
    kept = use if specific_share is None else specific(R, ctx, n_c, con, use, specific_share)
    info["n_generic_units"], use = int((use & ~kept).sum()), kept
    if not use.any():
        return labels, con, info
    # with the largest unit, one word two contexts' own lines share passes for their pair (not with the sum)
    drop = nested(R, ctx, con, use) if unit_max else np.zeros(len(use), dtype=bool)
    use &= ~drop
    info["n_nested_units"] = int(drop.sum())
    if split_alpha is None:
        comp, parent, bundle_p = np.where(use, con.unit_set, -1), np.arange(len(con.sets)), con.p
    else:
        comp, parent, bundle_p = split_independent(R, ctx, con, min_size, split_alpha, alpha, use=use)
        info["n_split"] = len(parent) - len(con.sets)
    if unit_max:
        twin = twin_parts(R, q, n_q, ctx, n_c, con, comp, min_separation, alpha)
        comp = np.where(twin >= 0, twin, comp)
        info["n_twin_units"] = int((twin >= 0).sum())
    is_way = np.zeros(len(parent), dtype=bool)
    if ways:
        comp, parent, bundle_p, is_way = exclusive_ways(
            R, q, ctx, con, comp, parent, bundle_p, min_size, short, alpha, words_too=ways_words,
            sentences=None if occurrences is None else (occurrences[0], occurrences[2].tocsr()))
        info["n_ways"] = int(is_way.sum())
        use &= comp >= 0  # a word both ways say leaves the vote
    info["bundle_set"] = parent
    if occurrences is None:
        held = R[:, np.flatnonzero(use)].tocoo()
        unit, resp = np.flatnonzero(use)[held.col], held.row.astype(np.int64)
    else:
        g = float(np.min(min_gain)) if wording_gain is None else wording_gain
        unit, resp, dropped = _specific(occurrences, use, con, q, n_q, ctx, n_c, g)
        info["n_generic_occurrences"] = dropped
    labels = _bundle_answers(unit, resp, comp, parent, len(con.sets), np.arange(len(parent)), n, is_way)
    if link:
        # only masks that stand on their own: two too small to be masks are not joined into one, and a way
        # the habit split took off its set stays its own
        kept = np.unique(drop_small(labels.copy(), min_size))
        own = np.isin(comp, kept[kept >= 0]) & ((comp < len(con.sets)) | is_way[np.maximum(comp, 0)])
        group = np.full(len(parent), -1, dtype=np.int64)
        for w in np.flatnonzero(is_way):
            group[w] = group[parent[w]] = parent[w]
        rep = linked_bundles(R, q, n_q, ctx, n_c, np.where(own, comp, -1), [con.sets[int(b)] for b in parent],
                             min_separation, alpha, way_group=group)
        info["n_linked"] = int((rep != np.arange(len(rep))).sum())
        if info["n_linked"]:
            bundle_p = np.array([max(bundle_p[rep == rep[b]]) for b in range(len(rep))])
            labels = _bundle_answers(unit, resp, comp, parent, len(con.sets), rep, n, is_way)
    info["bundle_p"] = bundle_p
    return drop_small(labels, min_size), con, info


def _bundle_answers(unit: np.ndarray, resp: np.ndarray, comp: np.ndarray, parent: np.ndarray, n_sets: int,
                    rep: np.ndarray, n: int, is_way: np.ndarray | None = None) -> np.ndarray:
    """Answer labels: each answer goes to the bundle (as `rep` joins them) with most of its units, and one that
    a split-off bundle took but that also says its set's other phrases stays in the set's mask, however long
    the split-off line is (a line of many trigrams outvoted the register's phrases); when the set was split
    into two ways, in the way it holds more of. Two ways of one set: each answer goes where most of its
    units are."""
    from core.mask_phrases import bundle_labels

    way = np.zeros(len(parent), dtype=bool) if is_way is None else is_way
    joined = rep[np.maximum(comp, 0)]  # only used units are read
    labels = bundle_labels(unit, resp, joined, n)
    for b in range(n_sets, len(parent)):
        if way[b]:
            continue
        homes = np.unique(rep[[parent[b], *np.flatnonzero(way & (parent == parent[b]))]])
        counts = np.zeros((len(homes), n))
        for i, h in enumerate(homes):
            counts[i] = np.bincount(resp[joined[unit] == h], minlength=n)
        back = (labels == rep[b]) & (counts.sum(axis=0) > 0)
        labels[back] = homes[np.argmax(counts[:, back], axis=0)]
    return labels


def _specific(occurrences: tuple[np.ndarray, np.ndarray, sparse.csr_matrix], use: np.ndarray, con: Contrast,
              q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, gain: float,
              min_answers: int = 5) -> tuple[np.ndarray, np.ndarray, int]:
    """(unit, answer) of each occurrence of a used unit, without those inside a wording said in at least
    `min_answers` answers that does not itself lean to the unit's set (same rule as a unit: O >= E + g (N - E))."""
    resp, key, U = occurrences
    held = U[:, np.flatnonzero(use)].tocoo()
    sent, unit = held.row, np.flatnonzero(use)[held.col]
    n = len(q)
    keys, kid = np.unique(key, return_inverse=True)
    pairs = np.unique(kid * n + resp)  # each wording counted once per answer
    pk, pr = pairs // n, pairs % n
    N = np.bincount(pk, minlength=len(keys)).astype(np.float64)
    frequent = N >= min_answers
    obs = np.zeros((len(keys), n_c))
    np.add.at(obs, (pk, ctx[pr]), 1.0)
    by_q = np.zeros((len(keys), n_q))
    np.add.at(by_q, (pk, q[pr]), 1.0)
    occ_key = kid[sent]
    # only the (wording, set) pairs some occurrence asks about: with 12 contexts there are 1,585 sets, and
    # every wording against every set took 40 kB a wording (a review's measurement)
    n_sets = len(con.sets)
    asked, which = np.unique(occ_key * n_sets + con.unit_set[unit], return_inverse=True)
    ak, aset = asked // n_sets, asked % n_sets
    M = _set_matrix(con.sets, n_c)[:, aset].T  # (asked pairs, contexts) 0/1
    E = ((by_q[ak] @ _context_share(q, ctx, n_q, n_c)) * M).sum(axis=1)
    in_set = (obs[ak] * M).sum(axis=1)
    leans = (in_set > E) & (in_set >= E + gain * (N[ak] - E))
    generic = frequent[occ_key] & ~leans[which.ravel()]
    return unit[~generic], resp[sent[~generic]].astype(np.int64), int(generic.sum())
