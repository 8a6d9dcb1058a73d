"""Masks: ways of answering that recur across questions (register, stance), not what a question is about.

Two methods behind one function; "stance" is the default. Its defaults were chosen on the development generators
(tests/planted_masks.py) and reported on generators written blind to the method (tests/planted_blind5.py; the
earlier blind sets and tests/planted_fresh.py were seen): benchmarks/bench_masks.py, README "Masks".

stance (default): what recurs across questions in some contexts. Units (MaskParams.units):
  phrases (default; core/mask_phrases.py): word trigrams merged into templates (with the context grouping also
    word pairs and single words, under a stricter floor). Reads no sentence embedding, so a register woven into
    content sentences or spread as a tone is seen as well as added sentences.
  sentences: embedded sentences clustered (MiniBatchKMeans).
  Grouping (MaskParams.grouping):
  context (default; core/mask_contrast.py): units found in 2+ questions that one context, or a set of two to five
    contexts, brings out beyond within-question shuffles; a permutation test over context sets (two max-T statistics),
    rerunning the grouping under every permutation, decides which sets are masks. Found from the contexts, so the masks'
    association p-values are that test's.
  cooccur: units kept when spread over many questions and used together within answers beyond chance, bundled
    (Louvain for phrases, connected components for sentences); reads no context label.
  kmeans (sentence units): the responses' mean kept-sentence vectors clustered.
  A response joins the bundle with most of its kept units; none: mask -1.
residual: the baseline idea. Whole-response embeddings minus each question's mean, UMAP, HDBSCAN.

Evidence per mask: stability (best Jaccard with a rerun cluster, over reruns that change the seed and draw 80%
of the responses, with a t interval over the reruns), AMI with context and its within-question permutation p-value,
defining sentences with their counts per context, a name (the most defining sentence). Masks below STABILITY_MIN are
flagged reported=False ("unstable cluster"). mask_families() matches masks of several models by defining sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Protocol

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components
from threadpoolctl import threadpool_limits

from core import mask_contrast
from core.mask_contrast import ALPHA as CONTRAST_ALPHA
from core.mask_contrast import (
    CELL_DAMPING,
    MAX_SET,
    MIN_DEVIANCE,
    MIN_GAIN,
    MIN_SEPARATION,
    SHORT_GAIN,
    SPLIT_ALPHA,
    min_questions,
)
from core.mask_contrast import N_PERM as CONTRAST_N_PERM
from core.mask_phrases import (
    SHORT_MERGE,
    Grams,
    Phrases,
    bh_discoveries,
    bundle_labels,
    question_spread,
    spread_threshold,
    subset_grams,
)

METHODS = ("stance", "residual")
UNITS = ("phrases", "sentences")
"""What the stance method finds recurring: MaskParams.units."""
GROUPINGS = ("context", "cooccur", "kmeans")
"""How the stance method groups its units into masks: MaskParams.grouping ("kmeans": sentence units only)."""
STABILITY_MIN = 0.8
"""A mask whose own stability is below this is flagged an "unstable cluster" (reported=False)."""
STABILITY_SUBSAMPLE = 0.8
"""Share of responses each stability rerun draws (without replacement), besides changing the seed."""
STABILITY_LEVEL = 0.95
"""Confidence of each mask's stability interval (Student t over the reruns' Jaccard indices)."""
ASSOCIATION_ALPHA = 0.05
"""Family-wise level (Holm over one model's masks) of the mask-context association tests."""
N_PERM = 199
"""Within-question permutations for each mask's association test."""
NAME_CHARS = 80
"""Longest mask name; longer sentences are cut at a word boundary with an ellipsis."""


@dataclass(frozen=True)
class DefiningSentence:
    """A recurring sentence (or group of near-paraphrases) that characterises a mask."""

    text: str
    """The group's most frequent wording among the mask's responses (shortened)."""
    in_mask: int
    """Responses of the mask that contain a sentence of the group."""
    precision: float
    """Share of all responses containing the group that belong to the mask."""
    context_counts: dict[str, int]
    """context id -> responses of that context (mask or not) containing the group, sorted by context id."""


@dataclass(frozen=True)
class Mask:
    """One mask of one model."""

    mask_id: int
    """0..k-1, largest mask first."""
    size: int
    """Number of responses in the mask."""
    context_counts: dict[str, int]
    """context id -> responses of that context in the mask (sorted by context id)."""
    top_context: str
    """The context with most responses in the mask (ties: first by id)."""
    purity: float
    """Share of the mask's responses that come from top_context."""
    keywords: tuple[str, ...]
    """c-TF-IDF terms (1-2 grams, English stop words removed) that set the mask's wording apart."""
    exemplar_ids: tuple[int, ...]
    """Up to 3 response ids from the contexts where the mask is over-represented (top context first), each
    context's nearest the mask's centre first."""
    name: str = ""
    """The mask's most representative recurring sentence, shortened to NAME_CHARS characters."""
    defining_sentences: tuple[DefiningSentence, ...] = ()
    """Up to 5 recurring sentences that set the mask apart, most defining first."""
    stability: float | None = None
    """Mean over reruns (other seed, STABILITY_SUBSAMPLE of the responses) of the best Jaccard index between the
    mask's members present in the rerun and any rerun cluster: 1 = its members always stay together, alone
    (None without reruns)."""
    stability_low: float | None = None
    """Lower end of the STABILITY_LEVEL interval of `stability` (t over the reruns, clipped to 0..1; None with
    fewer than 2 reruns)."""
    stability_high: float | None = None
    """Upper end of that interval."""
    stability_reruns: int | None = None
    """Reruns behind `stability` (None without reruns)."""
    ami: float | None = None
    """Adjusted mutual information between membership (in the mask or not) and context."""
    ami_p: float | None = None
    """Permutation p-value of that association: contexts shuffled within each question. With grouping="context"
    the permutation p-value of the mask's context set, its grouping rerun under every permutation (the AMI itself is
    then descriptive: the mask was chosen for its contexts)."""
    associated: bool | None = None
    """ami_p below ASSOCIATION_ALPHA after Holm's correction over the model's masks; with grouping="context",
    at most MaskParams.contrast_alpha (the test is family-wise already). None: not tested."""
    reported: bool = True
    """stability >= STABILITY_MIN: shown as a mask; otherwise an "unstable cluster". True when no stability was
    measured (records written before per-mask evidence)."""


@dataclass(frozen=True)
class MaskResult:
    """Masks of one model's responses, aligned with the input order."""

    labels: np.ndarray
    """int64 mask id per response, -1 for none."""
    masks: tuple[Mask, ...]
    """The masks, by mask_id."""
    nmi: float
    """Normalized mutual information between mask and context over all responses, -1 counted as a mask."""
    stability: float
    """Mean adjusted Rand index (all responses, -1 as a label) of reruns with seeds seed+1.. vs the main run."""
    xy: np.ndarray
    """float32 (n, 2) layout for display."""
    method: str
    """stance | residual."""
    params: dict[str, Any]
    """Settings and counts of the run, for provenance (JSON-serialisable)."""


class Reducer(Protocol):
    """Dimension reduction; umap.UMAP and sklearn PCA drop in."""

    def fit_transform(self, X: Any) -> np.ndarray: ...


class Clusterer(Protocol):
    """Clustering with -1 for noise allowed; hdbscan.HDBSCAN and sklearn KMeans drop in."""

    def fit_predict(self, X: Any) -> np.ndarray: ...


@dataclass(frozen=True)
class MaskParams:
    """Knobs of both methods; the stance defaults were chosen on the development generators (module doc)."""

    units: str = "phrases"
    """stance: what recurs. "phrases": word trigrams merged into templates and grouped by co-occurrence
    (core/mask_phrases.py; no sentence embedding); "sentences": embedded sentences clustered with
    MiniBatchKMeans, the earlier default (reads sentences through `sentence_embed`)."""
    min_words: int = 3
    """stance: sentences with fewer words are ignored (ratings such as "4." carry no stance)."""
    sentence_k: int = 0
    """stance: sentence clusters; 0 picks sqrt(unique sentences), within 20..200."""
    spread: float = 0.35
    """stance: a unit (phrase or sentence cluster) is kept when its effective number of questions (exp of entropy)
    is at least this share of the corpus's effective number of questions (and at least 2 when there are 3 or
    more). grouping="context" asks only the 2: its test is against within-question shuffles, so topic phrases
    cannot pass it, and a register used on a few questions stays."""
    min_lift: float = 1.5
    """stance: a recurring unit is kept only if it co-occurs in responses with some recurring unit (itself
    included) significantly and at least this many times more often than chance (sentence units: 0 turns the
    filter off); phrase units also leave a bundle when its other units are not this much likelier with them."""
    cooccur_fdr: float = 0.01
    """stance: false discovery rate of those co-occurrence tests."""
    dims: int = 16
    """stance: PCA dimensions of the response descriptions before clustering."""
    k_max: int = 12
    """stance: largest number of masks tried by the silhouette search."""
    min_mask_share: float = 0.01
    """stance: masks smaller than this share of responses (and than 5) become -1."""
    min_cluster_size: int = 10
    """residual: HDBSCAN min_cluster_size (BERTopic's default)."""
    grouping: str = "context"
    """stance: "context" (default; core/mask_contrast.py) groups units by the contexts that bring them out, with
    a permutation test over context sets that reruns the grouping (units need only recur in 2 questions);
    "cooccur" groups units used together within answers, reading no context; "kmeans" (sentence units) clusters
    the responses' mean recurring-sentence vectors. A `clusterer` passed to find_masks implies "kmeans"."""
    min_deviance: float = MIN_DEVIANCE
    """stance, grouping="context": least one-sided Poisson deviance of a unit leaning to a context set."""
    min_gain: float = MIN_GAIN
    """stance, grouping="context": a leaning unit's answers in its context set are at least this share of the way
    from their chance count to all of its answers (core.mask_contrast.MIN_GAIN)."""
    short_gain: float | None = SHORT_GAIN
    """stance, grouping="context": word pairs and single words are units too, kept apart from the trigram units
    (not merged with them), and lean only with at least this share of the way from chance to all of their answers
    in the set (the trigrams' `min_gain` is laxer): a register said in asides of one or two words ("Briefly,",
    "(per spec)") has no recurring trigram. None: trigrams only."""
    short_min_words: int | None = 1
    """stance, short units: sentences with fewer words (at most `min_words`) give no word pairs or single words
    ("Net: fine.", "Status: neutral." are how a terse register speaks); None: `min_words`, as the trigrams."""
    min_separation: float = MIN_SEPARATION
    """stance, grouping="context": each context of a leaning unit's set uses it (observed / expected) at least this
    many times as much as any context outside the set; and, net of each context's wordiness, THREE_SEPARATION
    times this as much as the contexts outside together at the 95% upper bound of their count
    (core.mask_contrast.OUTSIDE_BOUND)."""
    contrast_alpha: float = CONTRAST_ALPHA
    """stance, grouping="context": family-wise level of the permutation test over context sets."""
    contrast_n_perm: int = CONTRAST_N_PERM
    """stance, grouping="context": the least number of permutations of that test (find_masks' n_perm when larger):
    its least p-value is 2/(n + 1) (core.mask_contrast.N_PERM)."""
    step_down: bool = True
    """stance, grouping="context": the test steps down (core/mask_contrast.py, step 4): once a set passes,
    its units leave the null of the other sets. False: single step, as before."""
    cell_damping: float = CELL_DAMPING
    """stance, grouping="context": a set's statistic sums its leaning units' deviances on cell counts damped to
    n^(1 - cell_damping) for n answers of one (question, context) cell holding the unit (0: answers, 1: cells
    holding it). The null moves whole cells, so repeats inside a cell are weaker evidence; which units lean is
    read from answers either way."""
    unit_max: bool = True
    """stance, grouping="context": the test takes, for each context set, two family-wise max-T p-values, of its
    leaning units' summed deviance and of its largest single unit's, over the same permutations, combined by
    Bonferroni (twice the smaller; core.mask_contrast.two_max_t; the min-P before 2026-12-03), and a unit of a
    passed pair that mostly sits in the answers of the pair's passed single contexts is no mask of its own
    (core.mask_contrast.nested), while a unit of a passed set inside a larger passed set that the larger set's
    other contexts also use, apart from the rest, stays in the larger set's mask (core.mask_contrast.twin_parts).
    The sum finds a register of many weak phrases; the largest unit a context's one stock line. False: the sum
    alone (the tests before 2026-12-02)."""
    split_alpha: float | None = SPLIT_ALPHA
    """stance, grouping="context": a passed set's atom (units said in the same answers) whose share of answers
    does not depend on how many of the set's other atoms they hold is a mask of its own, a context's habit beside
    its register (core.mask_contrast.split_independent, chi-square p above this); None: one mask per set."""
    max_set: int = MAX_SET
    """stance, grouping="context": the largest context set tested (core.mask_contrast.MAX_SET): 5 adds every
    three, four and five contexts to the singles and pairs when at least three contexts stay outside (6, 7 and
    8 or more contexts); 3: the sets of 2026-12-03 morning; 2: the sets before."""
    link: bool = True
    """stance, grouping="context": passed masks are one register when the contexts one adds to the other's
    say the other's wording in more of their questions than the contexts outside both (core.mask_contrast.
    linked_bundles): a register each context speaks its own way. False: each passed set its own mask (the
    masks before 2026-12-03 afternoon)."""
    ways: bool = True
    """stance, grouping="context": a passed set whose contexts take two ways of answering on different answers
    (rarely both in one answer, one of them said together, tested on half the questions after the other half
    chose them) is two masks (core.mask_contrast.exclusive_ways). Phrases said with the other way on the
    choosing half are left out of the test and go to neither way when their answers hold both; with two or
    more phrases said on each way and the exclusion at level^2 / 2, pairs within a way more often than across
    count as going together (records
    without contrast_ways_unmixed: every phrase on a side, no pairs test). A phrase that goes to neither way and
    is said in the answers holding neither at least half as often as independence gives keeps the set one mask:
    the ways are one slot's wordings of a template in one register (records without contrast_ways_apart: no
    such check). Each way is tried again by the same test on its lines (phrases said mostly in one sentence
    join), without the words' route, and not where both sides say one of its words, so a set can be three or
    more masks (records without contrast_ways_again: once at most). Where the choosing half's phrases fall into
    two groups said on different questions, that split is tried first (one more try), tested on questions with
    words of each way's own (records without contrast_ways_questions: never). False: one mask per set (the masks before
    2026-12-03 evening)."""
    ways_words: bool = True
    """stance, ways: where the phrases' co-occurrence finds no two ways, sides chosen by the set's words and word
    pairs (on half the questions) are tested on the other half: they exclude each other, and either go together
    or part by their words: every word read is one way's own, a way of several lines has two or more distinct
    words of its own (a stock line one), and the links between a way's own words and its lines found on the
    choosing half hold (on at least one way). With words the test half is tried twice, each at half the level
    (core.mask_contrast._chosen_ways, _words_part). False: the ways before 2026-12-04. Records of 2026-12-04
    (contrast_ways_words without contrast_ways_words_test) had the rule before its per-link test and the
    halved level."""
    n_keywords: int = 8
    """Keywords per mask."""


# ---------------------------------------------------------------------------------------------- sentences

# A bracket closing after the stop ends the sentence too: "(More could be said here.) I hope this helps." is two.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?\u2026])|(?<=[.!?\u2026][)\]]))\s+(?=\S)")
SENTENCE_SPLIT = "stop-or-bracket"
"""How answers are cut into sentences, for provenance: after . ! ? or \u2026, or a bracket closing after one,
followed by space (records without it: not after a closing bracket)."""
_WORD = re.compile(r"[^\W\d_]+")


def sentence_spans(text: str, min_words: int = 1) -> list[tuple[int, int]]:
    """Character ranges [start, end) of the sentences split_sentences returns, in order."""
    out: list[tuple[int, int]] = []
    pos = 0
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)] + [(len(text), len(text))]
    for stop, nxt in ends:
        seg = text[pos:stop]
        a, b = pos + len(seg) - len(seg.lstrip()), pos + len(seg.rstrip())
        if b > a and len(_WORD.findall(text[a:b])) >= min_words:
            out.append((a, b))
        pos = nxt
    return out


def split_sentences(text: str, min_words: int = 1) -> list[str]:
    """Sentences of a normalised text (split after . ! ? \u2026, or a bracket closing after one, followed by space);
    shorter ones are dropped."""
    return [text[a:b] for a, b in sentence_spans(text, min_words)]


@dataclass(frozen=True)
class _Sentences:
    resp: np.ndarray  # (s,) response index of each sentence occurrence
    uniq: np.ndarray  # (s,) index of the occurrence's unique sentence
    vectors: np.ndarray  # (u, d) embedding of each unique sentence
    counts: np.ndarray  # (u,) occurrences of each unique sentence
    how: str = "separate"  # in_answer: pooled from the answers' own pass; separate: each sentence embedded alone


def _sentences(texts: Sequence[str], embed: Callable[[list[str]], np.ndarray], min_words: int) -> _Sentences:
    """Sentence occurrences and unique-sentence vectors: each unique sentence embedded on its own, or, when `embed`
    is the encode of a CachedEmbedder(..., sentence_vectors=True) over an embedder that can (the default ONNX
    one), pooled from the answers' own pass (_in_answer; recorded as params["sentence_vectors"] = "in_answer").
    Embedded alone is the default: pooled vectors recovered planted registers less well and less stably
    (benchmarks/bench_sentence_vectors.py, README Performance)."""
    index: dict[str, int] = {}
    resp: list[int] = []
    uniq: list[int] = []
    for i, text in enumerate(texts):
        for s in split_sentences(text, min_words):
            resp.append(i)
            uniq.append(index.setdefault(s, len(index)))
    unique = list(index)
    u = np.asarray(uniq, dtype=np.int64)
    pooled = _in_answer(texts, embed, min_words, u, len(unique)) if unique else None
    if pooled is not None:
        vecs, how = pooled, "in_answer"
    else:
        # float64 once, so sklearn's distance code does not upcast chunk by chunk
        vecs = np.asarray(embed(unique), dtype=np.float64) if unique else np.zeros((0, 1))
        how = "separate"
    return _Sentences(resp=np.asarray(resp, dtype=np.int64), uniq=u, vectors=vecs,
                      counts=np.bincount(u, minlength=len(unique)).astype(np.float64), how=how)


def _in_answer(texts: Sequence[str], embed: Callable[[list[str]], np.ndarray], min_words: int, uniq: np.ndarray,
               n_unique: int) -> np.ndarray | None:
    """Each unique sentence's vector as the unit mean of its occurrences' vectors pooled from their answers' own
    pass (CachedEmbedder.sentence_vectors), in _sentences' numbering; None when `embed` cannot (not the encode
    of a CachedEmbedder with sentence vectors on, e.g. a plain function or the torch embedder's cache)."""
    owner = getattr(embed, "__self__", None)
    if not getattr(owner, "has_sentence_vectors", False):
        return None
    per_text = owner.sentence_vectors(list(texts))  # type: ignore[union-attr]
    rows = [v[[k for k, s in enumerate(split_sentences(t, 1)) if len(_WORD.findall(s)) >= min_words]]
            for t, v in zip(texts, per_text, strict=True)]
    occ = np.concatenate([r for r in rows if len(r)]).astype(np.float64)
    if len(occ) != len(uniq):
        raise RuntimeError(f"sentence vectors do not match the sentences ({len(occ)} vs {len(uniq)})")
    return _unit(_sum_rows(uniq, np.arange(len(uniq)), occ, n_unique))


def _how(S: _Sentences) -> dict[str, str]:
    """params entry naming pooled sentence vectors; nothing for the default (so its analysis.json is unchanged)."""
    return {"sentence_vectors": S.how} if S.how != "separate" else {}


def n_unique_sentences(texts: Sequence[str], min_words: int | None = None) -> int:
    """How many unique sentences the stance method reads in these (normalised) texts."""
    return len(_unique_texts(texts, MaskParams.min_words if min_words is None else min_words))


def _unique_texts(texts: Sequence[str], min_words: int) -> list[str]:
    """The unique sentences in the order _sentences numbers them."""
    return list(dict.fromkeys(s for t in texts for s in split_sentences(t, min_words)))


# ---------------------------------------------------------------------------------------------- clusterers


class SilhouetteKMeans:
    """KMeans whose k (k_min..k_max) maximises the silhouette on a seeded subsample."""

    def __init__(self, k_min: int = 2, k_max: int = 12, random_state: int = 0, sample_size: int = 2000) -> None:
        self.k_min, self.k_max, self.random_state, self.sample_size = k_min, k_max, random_state, sample_size
        self.k_: int = 0
        self.silhouette_: float = float("nan")

    def fit_predict(self, X: Any) -> np.ndarray:
        """Labels 0..k-1 of the best k; one cluster when there are too few distinct points."""
        from sklearn.cluster import KMeans
        from sklearn.metrics import silhouette_score

        X = np.asarray(X, dtype=np.float64)
        n = len(X)
        n_distinct = len(np.unique(X.round(6), axis=0)) if n else 0
        best: tuple[float, int, np.ndarray] | None = None
        rng = np.random.default_rng(self.random_state)
        sub = np.sort(rng.choice(n, size=min(n, self.sample_size), replace=False)) if n else np.zeros(0, int)
        for k in range(self.k_min, min(self.k_max, n_distinct - 1) + 1):
            lab = KMeans(n_clusters=k, n_init=3, random_state=self.random_state).fit_predict(X)
            if len(np.unique(lab[sub])) < 2:
                continue
            score = float(silhouette_score(X[sub], lab[sub]))
            if best is None or score > best[0] + 1e-9:
                best = (score, k, lab)
        if best is None:
            self.k_, self.silhouette_ = 1, float("nan")
            return np.zeros(n, dtype=np.int64)
        self.silhouette_, self.k_ = best[0], best[1]
        return best[2].astype(np.int64)


def _default_reducer(seed: int) -> Reducer:
    import umap

    return umap.UMAP(n_neighbors=15, n_components=5, min_dist=0.0, metric="cosine", random_state=seed)


# ---------------------------------------------------------------------------------------------- methods


def _sum_rows(target: np.ndarray, source: np.ndarray, X: np.ndarray, n_target: int) -> np.ndarray:
    """out[t] = sum of X[source[i]] over i with target[i] == t, as one sparse product (np.add.at is slow)."""
    from scipy import sparse

    M = sparse.csr_matrix((np.ones(len(target)), (target, source)), shape=(n_target, len(X)))
    return np.asarray(M @ X.astype(np.float64, copy=False))


def _unit(X: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(X, axis=1, keepdims=True)
    return X / np.where(norms > 0, norms, 1.0)


@dataclass
class _Run:
    labels: np.ndarray  # raw cluster ids, -1 for none
    space: np.ndarray  # (n, d) vectors whose centres define exemplars
    info: dict[str, Any]
    units: np.ndarray | None = None  # stance: sentence cluster of each sentence occurrence (for names)
    phrases: Phrases | None = None  # stance with phrase units (for names)
    set_p: dict[int, float] | None = None  # grouping="context": raw label -> permutation p-value of its context set


def _stance_run(S: _Sentences, q: np.ndarray, n_q: int, seed: int, params: MaskParams,
                clusterer: Callable[[int], Clusterer] | None, ctx: np.ndarray, n_c: int, n_perm: int,
                baseline: int | None = None) -> _Run:
    from sklearn.decomposition import PCA

    n = len(q)
    d = S.vectors.shape[1]
    u = len(S.vectors)
    labels = np.full(n, -1, dtype=np.int64)
    space = np.zeros((n, d), dtype=np.float32)
    if u < 2:
        return _Run(labels, space, {**_how(S), "n_sentence_clusters": 0, "n_kept_clusters": 0})
    occ_cluster, k_s = _cluster_sentences(S, seed, params)
    if params.grouping == "context" and clusterer is None:
        return _sentence_contrast(S, occ_cluster, k_s, q, n_q, seed, params, ctx, n_c, n_perm, baseline)

    # Spread of each sentence cluster over questions, counting each response once.
    pairs = np.unique(occ_cluster * n + S.resp)
    pc, pr = pairs // n, pairs % n
    cq = np.zeros((k_s, n_q))
    cq += np.bincount(pc * n_q + q[pr], minlength=k_s * n_q).reshape(k_s, n_q)
    size = cq.sum(axis=1)
    eff = question_spread(cq)
    threshold = spread_threshold(q, n_q, params.spread)
    keep = (eff >= threshold) & (size >= max(3.0, 0.002 * n))
    recurring = int(keep.sum())
    coherent, edges = _coherent(occ_cluster, S.resp, q, n_q, keep, params.min_lift, params.cooccur_fdr)
    keep &= coherent
    comp = _components(edges, k_s) if params.grouping == "cooccur" and clusterer is None else None

    occ_keep = keep[occ_cluster]
    units = occ_cluster
    sums = _sum_rows(S.resp[occ_keep], S.uniq[occ_keep], S.vectors, n)
    cnt = np.bincount(S.resp[occ_keep], minlength=n)
    has = cnt > 0
    space[has] = _unit(sums[has] / cnt[has, None]).astype(np.float32)
    info: dict[str, Any] = {**_how(S), "n_sentence_clusters": int(k_s),
                            "n_recurring_clusters": recurring,
                            "n_kept_clusters": int(keep.sum()),
                            "question_spread_threshold": round(threshold, 4),
                            "n_responses_with_stance": int(has.sum())}
    if has.sum() < 3:
        return _Run(labels, space, info, units)
    min_size = max(5, int(math.ceil(params.min_mask_share * n)))
    if comp is not None:
        use = occ_keep & ~_generic(occ_cluster, S, comp, occ_keep, n)
        labels = bundle_labels(occ_cluster[use], S.resp[use], comp, n)
        for c, m in Counter(labels.tolist()).items():
            if c >= 0 and m < min_size:
                labels[labels == c] = -1
        return _Run(labels, space, info, units)
    X = space[has].astype(np.float64)
    dims = min(params.dims, X.shape[1], int(has.sum()) - 1)
    Z = PCA(n_components=dims, random_state=seed).fit_transform(X) if dims >= 2 else X
    model = clusterer(seed) if clusterer else SilhouetteKMeans(k_max=params.k_max, random_state=seed)
    lab = np.asarray(model.fit_predict(Z), dtype=np.int64)
    for c, m in Counter(lab.tolist()).items():
        if m < min_size:
            lab[lab == c] = -1
    labels[has] = lab
    return _Run(labels, space, info, units)


def _cluster_sentences(S: _Sentences, seed: int, params: MaskParams) -> tuple[np.ndarray, int]:
    """Sentence cluster of each sentence occurrence, and the number of clusters."""
    from sklearn.cluster import MiniBatchKMeans

    u = len(S.vectors)
    # Coarse sentence clusters are fine: merged topic sentences are dropped by the spread and co-occurrence
    # filters, while finer ones split a register's paraphrases into clusters too small to test.
    k_s = params.sentence_k or min(200, max(20, int(round(math.sqrt(u)))))
    k_s = min(k_s, u)
    # k-means++ on a bounded sample: its cost grows with init_size x k and dominated the run at 10k responses.
    km = MiniBatchKMeans(n_clusters=k_s, random_state=seed, n_init=3, batch_size=4096,
                         init_size=min(u, max(3 * k_s, 2048)))
    sent_cluster = km.fit(S.vectors, sample_weight=S.counts).labels_.astype(np.int64)
    return sent_cluster[S.uniq], k_s


def _sentence_contrast(S: _Sentences, occ_cluster: np.ndarray, k_s: int, q: np.ndarray, n_q: int, seed: int,
                       params: MaskParams, ctx: np.ndarray, n_c: int, n_perm: int, baseline: int | None = None
                       ) -> _Run:
    """Sentence units grouped by context (core/mask_contrast.py): clusters in at least 2 questions."""
    from scipy import sparse

    from core.mask_phrases import min_mask_size

    n = len(q)
    R = sparse.csr_matrix((np.ones(len(S.resp)), (S.resp, occ_cluster)), shape=(n, k_s))
    keep = (R > 0).astype(np.float64).T @ sparse.csr_matrix((np.ones(n), (np.arange(n), q)), shape=(n, n_q))
    keep = question_spread(keep.toarray()) >= spread_threshold(q, n_q, 0.0)
    kept = np.flatnonzero(keep)
    R = R[:, kept]
    col = np.full(k_s, -1, dtype=np.int64)
    col[kept] = np.arange(len(kept))
    occ_in = col[occ_cluster] >= 0
    U = sparse.csr_matrix((np.ones(int(occ_in.sum())), (np.flatnonzero(occ_in), col[occ_cluster][occ_in])),
                          shape=(len(S.resp), len(kept)))
    labels, set_p, info = _contrast(R, q, n_q, ctx, n_c, seed, params, n_perm, min_mask_size(n, params.min_mask_share),
                                    (S.resp, S.uniq, U), baseline=baseline)
    occ = keep[occ_cluster]
    sums = _sum_rows(S.resp[occ], S.uniq[occ], S.vectors, n)
    cnt = np.bincount(S.resp[occ], minlength=n)
    space = np.zeros((n, S.vectors.shape[1]), dtype=np.float32)
    has = cnt > 0
    space[has] = _unit(sums[has] / cnt[has, None]).astype(np.float32)
    info = {**_how(S), "n_sentence_clusters": int(k_s), "n_kept_clusters": int(keep.sum()), **info,
            "n_responses_with_stance": int((labels >= 0).sum())}
    return _Run(labels, space, info, occ_cluster, set_p=set_p)


def _phrase_run(grams: Sequence[Grams], X: np.ndarray, q: np.ndarray, n_q: int, seed: int,
                params: MaskParams, ctx: np.ndarray, n_c: int, n_perm: int, baseline: int | None = None) -> _Run:
    """stance with phrase units (core/mask_phrases.py): labels by bundles of co-occurring phrase units, or by the
    context sets that bring them out; the question-residualised response vectors place exemplars and the layout.
    grams: the trigrams, then (with short units) the word pairs and single words, from `_gram_sets`."""
    from core.mask_phrases import _to_answers, min_mask_size, phrase_labels, phrase_units, with_short_units

    by_context = params.grouping == "context"
    ph = phrase_units(grams[0], q, n_q, spread=0.0 if by_context else params.spread)
    gain: Any = params.min_gain
    short: Any = None
    if len(grams) > 1:
        assert params.short_gain is not None
        # word pairs and single words as units of their own, with a stricter floor: short wording is shared
        # with ordinary answers more often than a trigram is
        ph, short = with_short_units(ph, phrase_units(grams[1], q, n_q, spread=0.0, merge=SHORT_MERGE))
        gain = np.where(short, params.short_gain, params.min_gain)[:, None]
    space = _residual(X, q, n_q) if len(q) else np.zeros((0, X.shape[1]), np.float32)
    min_size = min_mask_size(len(q), params.min_mask_share)
    if by_context:
        R = (_to_answers(ph.resp, len(q)) @ ph.units).tocsr()
        labels, set_p, info = _contrast(R, q, n_q, ctx, n_c, seed, params, n_perm, min_size,
                                        (ph.resp, _wording_ids(ph.text), ph.units), gain, short, baseline)
        info = {"n_phrase_units": int(ph.units.shape[1]), **info}
        if short is not None:
            info["short_merge"] = SHORT_MERGE  # short units' own merge (records before it: the trigrams' 0.5)
            info["short_words"] = "contractions-whole"  # records before it: "let's" read as "let" + "s"
    else:
        labels, info = phrase_labels(ph, q, n_q, seed, min_lift=params.min_lift, fdr=params.cooccur_fdr,
                                     min_size=min_size)
        set_p = None
    return _Run(labels, space, {**info, "n_responses_with_stance": int((labels >= 0).sum())}, phrases=ph,
                set_p=set_p)


def _wording_ids(text: Sequence[str]) -> np.ndarray:
    """Id of each sentence's lower-case wording, in sorted order. Not np.unique on the strings: a fixed-width
    array holds every sentence at the longest one's width, 1.9 GB for Hermes' answers with code blocks."""
    low = [t.lower() for t in text]
    index = {w: i for i, w in enumerate(sorted(set(low)))}
    return np.array([index[w] for w in low], dtype=np.int64)


def _contrast(R: Any, q: np.ndarray, n_q: int, ctx: np.ndarray, n_c: int, seed: int, params: MaskParams,
              n_perm: int, min_size: int, occurrences: tuple[np.ndarray, np.ndarray, Any] | None = None,
              gain: Any = None, short: Any = None, baseline: int | None = None
              ) -> tuple[np.ndarray, dict[int, float], dict[str, Any]]:
    """grouping="context" over an answers x units matrix: labels, raw label -> p-value, counts (gain: each
    unit's `min_gain`, a (k, 1) array; default params.min_gain for all; baseline: the baseline context's code)."""
    from core.mask_contrast import contrast_labels

    R = R.tocsr().astype(np.float64)
    R.data[:] = 1.0
    labels, con, info = contrast_labels(R, q, n_q, ctx, n_c, seed, min_size=min_size,
                                        min_deviance=params.min_deviance,
                                        min_gain=params.min_gain if gain is None else gain,
                                        min_separation=params.min_separation,
                                        alpha=params.contrast_alpha, occurrences=occurrences,
                                        n_perm=max(n_perm, params.contrast_n_perm), wording_gain=params.min_gain,
                                        step_down=params.step_down, cell_damping=params.cell_damping,
                                        split_alpha=params.split_alpha, unit_max=params.unit_max,
                                        max_set=params.max_set, link=params.link, ways=params.ways, short=short,
                                        ways_words=params.ways_words, baseline=baseline)
    info.pop("bundle_set", None)
    info["contrast_n_perm"] = max(n_perm, params.contrast_n_perm)  # what the test ran, over the params' floor
    info["contrast_max_set"] = params.max_set  # largest context set tested (records before it: 2)
    info["contrast_link"] = params.link  # linked masks (records before it: none)
    info["contrast_ways"] = params.ways  # two ways of one set split (records before it: none)
    info["contrast_ways_words"] = params.ways and params.ways_words  # by their words too (records before it: none)
    info["contrast_ways_words_test"] = info["contrast_ways_words"]  # with the links' test (before it: none)
    info["contrast_ways_unmixed"] = params.ways  # phrases said with the other way left out (before it: none)
    info["contrast_ways_apart"] = params.ways  # a phrase said without either way keeps one mask (before: none)
    info["contrast_ways_again"] = params.ways  # each way tried again: three registers of one set (before: once)
    # a way of one line beside a way whose lines pair; words said in lines of their own as atoms (before: neither)
    info["contrast_ways_lone"] = params.ways and mask_contrast.WAYS_LONE
    info["contrast_ways_short_lines"] = params.ways and mask_contrast.WAYS_SHORT_LINES
    info["contrast_ways_questions"] = params.ways and mask_contrast.WAYS_QUESTIONS
    info["contrast_ways_groups"] = params.ways and mask_contrast.WAYS_GROUPS  # (before it: over the whole side)
    # every set net of wordiness, outside at its bound (before: threes at the point); off with no separation
    info["contrast_net_apart"] = params.min_separation > 0
    # units said in the median outside context at most this share of the set's rate vote (before it: none)
    info["contrast_specific"] = mask_contrast.SPECIFIC_SHARE
    # larger sets leaving the named baseline outside are candidates with 1-2 outside (before it: never)
    info["contrast_baseline_out"] = mask_contrast.adds_sets(n_c, params.max_set, baseline)
    bundle_p = info.pop("bundle_p", con.p)
    set_p = {int(c): float(bundle_p[c]) for c in np.unique(labels[labels >= 0])}
    return labels, set_p, info


def _coherent(occ_cluster: np.ndarray, resp: np.ndarray, q: np.ndarray, n_q: int, keep: np.ndarray,
              min_lift: float, alpha: float) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """Recurring clusters that co-occur within responses with another recurring cluster (or themselves) more
    than placing the same sentences independently within each question would give: Poisson test per pair,
    Benjamini-Hochberg at `alpha` over the pairs, and at least `min_lift` times the expected count.

    A register is a bundle: several of its phrases show up in the same answer. Filler ("thanks for asking") and
    sentence templates recur across questions too, but independently of each other, so their lift stays near 1.
    The null is stratified by question because sentences about one question naturally share answers.
    """
    from scipy import sparse
    from scipy.stats import poisson

    k = len(keep)
    n = len(q)
    sel = keep[occ_cluster]
    if min_lift <= 0 or not sel.any():
        return keep.copy(), []
    B = sparse.csr_matrix((np.ones(int(sel.sum())), (resp[sel], occ_cluster[sel])), shape=(n, k))
    N = np.asarray(B.sum(axis=0)).ravel()
    L = np.asarray(B.sum(axis=1)).ravel()
    obs_pairs = (B.T @ B).toarray() - np.diag(N)  # ordered pairs of distinct occurrences in one response
    Q = sparse.csr_matrix((np.ones(n), (np.arange(n), q)), shape=(n, n_q))
    Nq = (B.T @ Q).toarray()  # cluster x question occurrences
    Tq = Nq.sum(axis=0)
    Pq = Q.T @ (L * (L - 1))  # ordered pairs available per question
    w = np.where(Tq > 0, Pq / np.where(Tq > 0, Tq, 1.0) ** 2, 0.0)
    E = (Nq * w) @ Nq.T
    iu = np.triu_indices(k)
    idx = [(i, j) for i, j in zip(*iu, strict=True) if keep[i] and keep[j] and E[i, j] > 0]
    if not idx:
        return np.zeros(k, dtype=bool), []
    ii, jj = (np.array(a) for a in zip(*idx, strict=True))
    diag = ii == jj  # ordered pairs within one cluster are counted twice
    obs = np.where(diag, obs_pairs[ii, jj] / 2, obs_pairs[ii, jj])
    exp = np.where(diag, E[ii, jj] / 2, E[ii, jj])
    pvals = poisson.sf(np.ceil(obs) - 1, exp)
    sig = bh_discoveries(pvals, alpha) & (obs >= 3) & (obs >= min_lift * exp)
    out = np.zeros(k, dtype=bool)
    out[ii[sig]] = True
    out[jj[sig]] = True
    return keep & out, [(int(a), int(b)) for a, b in zip(ii[sig], jj[sig], strict=True)]


def _components(edges: Sequence[tuple[int, int]], k: int) -> np.ndarray:
    """Connected components of k sentence clusters joined by significant co-occurrence edges."""
    from scipy import sparse
    from scipy.sparse.csgraph import connected_components

    a = np.array([e[0] for e in edges] + list(range(k)), dtype=np.int64)
    b = np.array([e[1] for e in edges] + list(range(k)), dtype=np.int64)
    return np.asarray(connected_components(sparse.csr_matrix((np.ones(len(a)), (a, b)), shape=(k, k)),
                                           directed=False)[1], dtype=np.int64)


def _generic(occ_cluster: np.ndarray, S: _Sentences, comp: np.ndarray, occ_keep: np.ndarray, n: int,
             min_count: int = 5, min_lift: float = 2.0) -> np.ndarray:
    """Occurrences of frequent sentences that sit in a kept cluster but not in its register: responses containing
    the sentence have another sentence of the same bundle hardly more often (< min_lift times) than responses
    without it. Filler ("I hope this helps.") that the embedding put beside a register's phrases is dropped so
    filler-only answers do not join the mask."""
    out = np.zeros(len(S.resp), dtype=bool)
    bundle = np.where(occ_keep, comp[occ_cluster], -1)
    for u in np.flatnonzero(S.counts >= min_count):
        occ = S.uniq == u
        b = int(bundle[occ][0])
        if b < 0:
            continue
        with_u = np.unique(S.resp[occ])
        other = np.unique(S.resp[(bundle == b) & ~occ])
        a = np.isin(with_u, other).mean()
        base = (len(other) - np.isin(other, with_u).sum()) / max(n - len(with_u), 1)
        if a < min_lift * base:
            out |= occ
    return out


def _residual_run(X: np.ndarray, q: np.ndarray, n_q: int, seed: int, params: MaskParams,
                  reducer: Callable[[int], Reducer] | None, clusterer: Callable[[int], Clusterer] | None) -> _Run:
    import hdbscan

    n = len(q)
    R = _residual(X, q, n_q)
    if n < 3:
        return _Run(np.full(n, -1, dtype=np.int64), R, {})
    Z = (reducer or _default_reducer)(seed).fit_transform(R)
    model = clusterer(seed) if clusterer else hdbscan.HDBSCAN(
        min_cluster_size=params.min_cluster_size, metric="euclidean", cluster_selection_method="eom")
    labels = np.asarray(model.fit_predict(Z), dtype=np.int64)
    return _Run(labels, R, {})


def _residual(X: np.ndarray, q: np.ndarray, n_q: int) -> np.ndarray:
    sums = _sum_rows(q, np.arange(len(q)), X, n_q)
    means = sums / np.maximum(np.bincount(q, minlength=n_q), 1)[:, None]
    return (X - means[q]).astype(np.float32)


# ---------------------------------------------------------------------------------------------- describe


def _relabel(labels: np.ndarray) -> np.ndarray:
    """Mask ids by size (largest first), ties by first appearance, so reruns and outputs are stable."""
    ids = [c for c in dict.fromkeys(labels.tolist()) if c >= 0]
    sizes = Counter(labels.tolist())
    order = sorted(ids, key=lambda c: (-sizes[c], ids.index(c)))
    mapping = {c: i for i, c in enumerate(order)}
    return np.array([mapping.get(c, -1) for c in labels.tolist()], dtype=np.int64)


KEYWORD_TOKEN = r"(?u)\b(?:\w+(?:['\u2019]\w+)+|\w\w+)\b"
"""A keyword token: a contraction read whole ("don't", "i'm"; not "don"), else two or more word characters."""
_CONTRACTIONS = ("n't", "'m", "'s", "'re", "'ve", "'ll", "'d")


def keyword_stop_words() -> list[str]:
    """sklearn's English stop words, each also with the contractions it takes ("don't", "i'm", "it's"): a
    contraction of a function word is a function word too."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    base = set(ENGLISH_STOP_WORDS) | {"don", "doesn", "didn", "isn", "aren", "wasn", "weren", "haven", "hasn",
                                      "hadn", "won", "wouldn", "couldn", "shouldn", "let", "ca", "ain"}
    out = base | {w + c for w in base for c in _CONTRACTIONS} | {"can't", "won't", "shan't"}
    return sorted(out | {w.replace("'", "\u2019") for w in out})


def ctfidf_keywords(texts: Sequence[str], labels: np.ndarray, n_masks: int, top: int = 8) -> list[tuple[str, ...]]:
    """Class-based TF-IDF (BERTopic's): each mask's responses form one document, the rest (-1) another. Tokens
    read contractions whole, and contractions of stop words are stop words (KEYWORD_TOKEN)."""
    from sklearn.feature_extraction.text import CountVectorizer

    arr = np.asarray(texts, dtype=object)
    docs = [" ".join(arr[labels == m]) for m in range(n_masks)] + [" ".join(arr[labels < 0])]
    try:
        counts = CountVectorizer(ngram_range=(1, 2), stop_words=keyword_stop_words(),
                                 token_pattern=KEYWORD_TOKEN).fit(docs)
    except ValueError:  # empty vocabulary
        return [() for _ in range(n_masks)]
    C = counts.transform(docs).astype(np.float64).toarray()  # (masks + 1) x vocabulary: small enough dense
    terms = counts.get_feature_names_out()
    totals = C.sum(axis=1, keepdims=True)
    tf = C / np.where(totals > 0, totals, 1.0)
    avg_words = C.sum() / max(1, int((totals > 0).sum()))
    idf = np.log(1.0 + avg_words / np.maximum(C.sum(axis=0), 1.0))
    W = tf * idf
    out = []
    for m in range(n_masks):
        row = W[m]
        idx = [int(i) for i in np.flatnonzero(row > 0)]
        idx.sort(key=lambda i: (-round(float(row[i]), 12), str(terms[i])))
        out.append(tuple(str(terms[i]) for i in idx[:top]))
    return out


def _exemplars(space: np.ndarray, members: np.ndarray, response_ids: Sequence[int], k: int = 3) -> tuple[int, ...]:
    V = _unit(space[members].astype(np.float64))
    centre = V.mean(axis=0)
    sims = np.round(V @ centre, 9)
    order = sorted(range(len(members)), key=lambda j: (-float(sims[j]), int(members[j])))
    return tuple(int(response_ids[int(members[j])]) for j in order[:k])


def _layout(space: np.ndarray, labels: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """2-D PCA fitted on the mask centres (so masks separate), all responses projected; unmasked ones that have
    no description use `fallback` (question-residualised response vectors) through the same projection."""
    from sklearn.decomposition import PCA

    n = len(labels)
    has = np.linalg.norm(space, axis=1) > 0
    if not has.any():
        space, has = fallback, np.ones(n, dtype=bool)
    ids = sorted(set(labels[labels >= 0].tolist()))
    X = space.astype(np.float64)
    if len(ids) >= 3:
        centres = np.stack([X[labels == m].mean(axis=0) for m in ids])
        mu = centres.mean(axis=0)
        W = PCA(n_components=2, svd_solver="full").fit(centres - mu).components_
    else:
        pts = X[has]
        mu = pts.mean(axis=0) if len(pts) else np.zeros(X.shape[1])
        if len(pts) >= 3:
            W = PCA(n_components=2, svd_solver="full").fit(pts - mu).components_
        else:
            W = np.eye(2, X.shape[1])
    xy = np.zeros((n, 2), dtype=np.float64)
    xy[has] = (X[has] - mu) @ W.T
    xy[~has] = fallback[~has].astype(np.float64) @ W.T
    # sign convention fixed so layouts do not flip between equal runs on other machines
    for j in range(2):
        if xy[:, j].sum() < 0:
            xy[:, j] = -xy[:, j]
    return np.round(xy, 6).astype(np.float32)


# ---------------------------------------------------------------------------------------------- evidence


def _subset(S: _Sentences, idx: np.ndarray, n: int) -> _Sentences:
    """The sentences of responses idx (renumbered 0..len(idx)-1), unique sentences compacted."""
    new = np.full(n, -1, dtype=np.int64)
    new[idx] = np.arange(len(idx))
    sel = new[S.resp] >= 0
    used, uniq = np.unique(S.uniq[sel], return_inverse=True)
    return _Sentences(resp=new[S.resp[sel]], uniq=uniq.astype(np.int64), vectors=S.vectors[used],
                      counts=np.bincount(uniq, minlength=len(used)).astype(np.float64), how=S.how)


def mask_stability_runs(labels: np.ndarray, reruns: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """(k, len(reruns)): per mask 0..k-1 and rerun (response indices, labels), the best Jaccard index between the
    mask's members present in the rerun and one rerun cluster (Hennig's clusterwise stability)."""
    k = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    out = np.zeros((k, len(reruns)))
    for j, (idx, lab) in enumerate(reruns):
        main = labels[idx]
        for m in range(k):
            a = main == m
            if not a.any():
                continue  # members all left out: counts as dissolved (0)
            best = 0.0
            for c in set(lab[a].tolist()) - {-1}:
                b = lab == c
                best = max(best, float((a & b).sum() / (a | b).sum()))
            out[m, j] = best
    return out


def mask_stability(labels: np.ndarray, reruns: Sequence[tuple[np.ndarray, np.ndarray]]) -> list[float]:
    """Per mask 0..k-1: mean over reruns of mask_stability_runs; nan without reruns."""
    runs = mask_stability_runs(labels, reruns)
    return [float(x) for x in runs.mean(axis=1)] if reruns else [float("nan")] * runs.shape[0]


def stability_interval(runs: np.ndarray, level: float = STABILITY_LEVEL) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(mean, low, high) per row of `runs` (masks x reruns): Student t interval of the mean Jaccard, clipped to
    0..1; low and high are nan with fewer than 2 reruns. Approximate for a bounded, often two-valued index: its
    coverage is measured, not assumed (benchmarks/bench_stability.py)."""
    from scipy.stats import t as student_t

    k, r = runs.shape
    mean = runs.mean(axis=1) if r else np.full(k, np.nan)
    if r < 2:
        return mean, np.full(k, np.nan), np.full(k, np.nan)
    half = float(student_t.ppf(0.5 + level / 2, r - 1)) * runs.std(axis=1, ddof=1) / math.sqrt(r)
    return mean, np.clip(mean - half, 0.0, 1.0), np.clip(mean + half, 0.0, 1.0)


def _mutual_info(table: np.ndarray) -> np.ndarray:
    """MI (nats) of each 2 x C table stacked along axis 0: (m, 2, C) -> (m,)."""
    n = table.sum(axis=(1, 2), keepdims=True)
    p = table / n
    pr = p.sum(axis=2, keepdims=True)
    pc = p.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(p > 0, p * np.log(p / (pr * pc)), 0.0)
    return np.asarray(t.sum(axis=(1, 2)))


def mask_association(labels: np.ndarray, context: np.ndarray, q: np.ndarray, seed: int,
                     n_perm: int = N_PERM) -> tuple[list[float], list[float]]:
    """Per mask: AMI(membership, context) and its permutation p-value with contexts shuffled within questions.

    The masks were found without looking at contexts, so they are fixed under the null; MI and AMI order the
    permutations alike (the marginals do not change), so the p-value is computed on MI.
    """
    from sklearn.metrics import adjusted_mutual_info_score

    k = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    if k == 0:
        return [], []
    n_c = int(context.max()) + 1
    member = labels[None, :] == np.arange(k)[:, None]  # (k, n)

    def tables(ctx: np.ndarray) -> np.ndarray:
        onehot = np.zeros((len(ctx), n_c))
        onehot[np.arange(len(ctx)), ctx] = 1.0
        inside = member.astype(np.float64) @ onehot  # (k, C)
        return np.stack([inside, onehot.sum(axis=0)[None, :] - inside], axis=1)

    observed = _mutual_info(tables(context))
    rng = np.random.default_rng(seed)
    by_q = np.argsort(q, kind="stable")
    exceed = np.zeros(k)
    for _ in range(n_perm):
        order = np.lexsort((rng.random(len(q)), q[by_q]))
        perm = np.empty_like(context)
        perm[by_q] = context[by_q][order]
        exceed += _mutual_info(tables(perm)) >= observed - 1e-12
    ami = [float(adjusted_mutual_info_score(context, member[m].astype(np.int64))) for m in range(k)]
    return ami, [float(x) for x in (1.0 + exceed) / (1.0 + n_perm)]


def _holm(p: Sequence[float], alpha: float) -> list[bool]:
    """Holm's step-down: which hypotheses are rejected at family-wise level alpha."""
    order = sorted(range(len(p)), key=lambda i: p[i])
    out = [False] * len(p)
    for rank, i in enumerate(order):
        if p[i] > alpha / (len(p) - rank):
            break
        out[i] = True
    return out


def _finite(x: float) -> float | None:
    """x rounded to 6 decimals, None when it is NaN or infinite (JSON has no NaN)."""
    return round(float(x), 6) if math.isfinite(x) else None


def shorten(text: str, limit: int = NAME_CHARS) -> str:
    """text cut at a word boundary to at most `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


def defining_sentences(texts: Sequence[str], labels: np.ndarray, context_ids: Sequence[str], min_words: int,
                       units: tuple[np.ndarray, np.ndarray, Sequence[str]] | None = None,
                       top: int = 5) -> list[tuple[DefiningSentence, ...]]:
    """Per mask 0..k-1: the recurring sentence groups that set it apart, by coverage x precision.

    units: (response index, group id, sentence text) per sentence occurrence, e.g. the stance method's sentence
    clusters so paraphrases count together; None groups identical sentences only.
    A group qualifies when at least 2 responses and 10% of the mask contain it and most of its responses
    (precision >= 0.5) are in the mask.
    """
    k = int(labels.max()) + 1 if len(labels) and labels.max() >= 0 else 0
    if units is None:
        index: dict[str, int] = {}
        resp_l, unit_l, sent_l = [], [], []
        for i, t in enumerate(texts):
            for sent in split_sentences(t, min_words):
                resp_l.append(i)
                unit_l.append(index.setdefault(sent, len(index)))
                sent_l.append(sent)
        units = (np.asarray(resp_l, dtype=np.int64), np.asarray(unit_l, dtype=np.int64), sent_l)
    resp, unit, sents = units
    n_u = int(unit.max()) + 1 if len(unit) else 0
    ctx = np.asarray(context_ids, dtype=object)
    pairs = np.unique(unit * len(labels) + resp) if len(unit) else np.zeros(0, np.int64)
    pu, pr = pairs // max(len(labels), 1), pairs % max(len(labels), 1)
    total = np.bincount(pu, minlength=n_u)
    c_code, n_ctx = _codes(context_ids)
    c_size = np.bincount(c_code, minlength=n_ctx)
    out: list[tuple[DefiningSentence, ...]] = []
    for m in range(k):
        size = int((labels == m).sum())
        inside = np.bincount(pu[labels[pr] == m], minlength=n_u)
        prec = inside / np.maximum(total, 1)
        ok = (inside >= max(2, 0.1 * size)) & (prec >= 0.5)
        # ranked also by how much of the group is said in the contexts where the mask is over-represented: a
        # phrase that brought other contexts' answers into the mask is less defining than the mask's own
        in_m = np.bincount(c_code[labels == m], minlength=n_ctx) / np.maximum(c_size, 1)
        over = (in_m > size / max(len(labels), 1))[c_code[pr]]
        local = np.bincount(pu[over], minlength=n_u) / np.maximum(total, 1)
        cand = sorted(np.flatnonzero(ok).tolist(), key=lambda u: (-(inside[u] * prec[u] * local[u]), u))
        rows: list[DefiningSentence] = []
        for u in cand:
            if len(rows) == top:
                break
            of_u = _main_phrase(np.flatnonzero(unit == u), sents, labels[resp] == m)
            everywhere = Counter(sents[j] for j in of_u.tolist())
            wording = Counter(sents[j] for j in of_u.tolist() if labels[resp[j]] == m)
            # the mask's most frequent wording among those about as mask-specific as the group: filler that shares
            # a phrase or a sentence cluster with a register is common outside the mask and loses to its wording
            floor = max(0.5, 0.9 * float(prec[u]))
            typical = [kv for kv in wording.items() if kv[1] >= floor * everywhere[kv[0]]] or list(wording.items())
            text = sorted(typical, key=lambda kv: (-kv[1], kv[0]))[0][0]
            if any(r.text == shorten(text) for r in rows):
                continue  # a phrase group and a word group of one sentence: the sentence is listed once
            cc = Counter(ctx[pr[pu == u]].tolist())
            rows.append(DefiningSentence(text=shorten(text), in_mask=int(inside[u]), precision=round(float(prec[u]), 6),
                                         context_counts={c: int(cc[c]) for c in sorted(cc)}))
        out.append(tuple(rows))
    return out


def _main_phrase(of_u: np.ndarray, sents: Sequence[str], inside: np.ndarray) -> np.ndarray:
    """A group's occurrences (of_u) that hold the phrase most of its occurrences in the mask hold, where the
    wordings can tell it (`core.mask_phrases` wordings: the longest of the group's phrases in each sentence); all
    of them otherwise. The name is then read from those only: a word group's member word said in repeated
    content sentences ("rules of play") outnumbered the register's own lines ("Workspace rules: ...", each said
    once) in the mask and named it (blind set 41's pure-opener at 20,000 answers, seen)."""
    phrase = getattr(sents, "phrase", None)
    if phrase is None or not len(of_u):
        return of_u
    said = [phrase(int(j)) for j in of_u]
    mine = Counter(p for p, j in zip(said, of_u.tolist(), strict=True) if inside[j] and p)
    if not mine:
        return of_u
    top = mine.most_common(1)[0][0]
    return of_u[np.array([p == top for p in said])]


def _exemplars_over(space: np.ndarray, members: np.ndarray, ctx: np.ndarray, top: str,
                    response_ids: Sequence[int], k: int = 3) -> tuple[int, ...]:
    """Exemplars from the contexts where the mask is over-represented (top context first), nearest centre first."""
    n = len(ctx)
    shares = Counter(ctx[members].tolist())
    overall = Counter(ctx.tolist())
    lift = {c: (shares[c] / len(members)) / (overall[c] / n) for c in shares}
    over = [c for c in sorted(lift, key=lambda c: (c != top, -lift[c], c)) if lift[c] > 1.0 or c == top]
    centre = _unit(space[members].astype(np.float64)).mean(axis=0)
    picked: list[int] = []
    for c in over:
        sub = members[ctx[members] == c]
        sims = np.round(_unit(space[sub].astype(np.float64)) @ centre, 9)
        order = sorted(range(len(sub)), key=lambda j: (-float(sims[j]), int(sub[j])))
        picked += [int(response_ids[int(sub[j])]) for j in order[:k]]
        if len(picked) >= k:
            break
    return tuple(picked[:k])


# ---------------------------------------------------------------------------------------------- entry point


def find_masks(
    texts: Sequence[str],
    question_ids: Sequence[str],
    context_ids: Sequence[str],
    response_ids: Sequence[int],
    embed: Callable[[list[str]], np.ndarray],
    *,
    seed: int,
    n_reruns: int = 5,
    n_perm: int = N_PERM,
    method: str = "stance",
    params: MaskParams | None = None,
    reducer: Callable[[int], Reducer] | None = None,
    clusterer: Callable[[int], Clusterer] | None = None,
    sentence_embed: Callable[[list[str]], np.ndarray] | None = None,
    baseline: str | None = None,
) -> MaskResult:
    """Masks of one model's (normalised) responses; same inputs and seed give identical output.

    embed: texts -> L2-normalised float32 rows (pass CachedEmbedder.encode so sentence vectors are cached too).
    sentence_embed: what reads the sentences (stance) instead of `embed`, e.g. core.embed_static's encode.
    reducer / clusterer: factories taking a seed; None uses the method's defaults.
    baseline: the study's baseline context id (the plain frame). With it, a set of three or more contexts that
    leaves it outside is a candidate with fewer than MIN_OUTSIDE contexts outside (a register every frame but
    the plain one brings out); absent from context_ids or None: the sets without it.
    nmi counts -1 (no mask) as a label of its own, so "no mask in this context" is information too.
    """
    from sklearn.metrics import normalized_mutual_info_score

    if method not in METHODS:
        raise ValueError(f"unknown mask method {method!r}; known: {', '.join(METHODS)}")
    n = len(texts)
    if not (len(question_ids) == len(context_ids) == len(response_ids) == n):
        raise ValueError("texts, question_ids, context_ids and response_ids must have the same length")
    params = params or MaskParams()
    q, n_q = _codes(question_ids)
    # Embed first, with every core: the one-thread limit below would starve torch too.
    c_codes, n_c = _codes(context_ids)
    ids = list(context_ids)
    b = int(c_codes[ids.index(baseline)]) if baseline in ids else None
    runner = _Runner.embedded(method, texts, embed, q, n_q, params, reducer, clusterer, sentence_embed,
                              c_codes, n_c, n_perm, b)
    # One thread: OpenMP reductions in KMeans and BLAS would otherwise make results depend on scheduling.
    with threadpool_limits(limits=1):
        fallback = runner.fallback()
        main = runner.run(seed)
        labels = _relabel(main.labels)
        reruns = _stability_reruns(runner, seed, n_reruns)
        stability = _stability(labels, reruns)
        nmi = float(normalized_mutual_info_score(list(context_ids), labels)) if n else float("nan")
        masks = _describe_masks(texts, context_ids, response_ids, q, labels, main, reruns, runner.sentences,
                                params, seed, n_perm)
        xy = _layout(main.space, labels, fallback) if n else np.zeros((0, 2), np.float32)

    info = {"method": method, "seed": seed, "n_reruns": n_reruns, "stability_subsample": STABILITY_SUBSAMPLE,
            "stability_level": STABILITY_LEVEL,
            "stability_min": STABILITY_MIN, "sentence_split": SENTENCE_SPLIT,
            "association_alpha": ASSOCIATION_ALPHA, "n_perm": n_perm,
            **asdict(params), **main.info, "n_masks": len(masks), "n_reported": sum(mk.reported for mk in masks),
            "n_questions": n_q, "nmi_noise_label": "-1 counted as its own label"}
    if main.set_p is not None:  # the test over context sets: how few questions it can resolve
        info["min_questions_per_mask"] = min_questions(n_c, params.contrast_alpha, 2 if params.unit_max else 1)
    return MaskResult(labels=labels, masks=tuple(masks), nmi=round(nmi, 6), stability=round(stability, 6),
                      xy=xy, method=method, params=info)


def _codes(ids: Sequence[str]) -> tuple[np.ndarray, int]:
    """ids as int64 codes 0..k-1 in order of first appearance, and k."""
    index = {k: i for i, k in enumerate(dict.fromkeys(ids))}
    return np.array([index[k] for k in ids], dtype=np.int64), len(index)


def _gram_sets(texts: Sequence[str], params: MaskParams) -> tuple[Grams, ...]:
    """The trigrams of the responses' sentences and, when the context grouping adds short units, their word
    pairs and single words: found once, each rerun takes its subset."""
    from core.mask_phrases import N_GRAM, SHORT_GRAMS, find_grams

    short = params.grouping == "context" and params.short_gain is not None
    if not short:
        return find_grams([split_sentences(t, params.min_words) for t in texts], N_GRAM)
    least = params.min_words if params.short_min_words is None else min(params.short_min_words, params.min_words)
    # one split for both: a sentence too short for the trigrams is still a row of theirs, holding none of them
    return find_grams([split_sentences(t, least) for t in texts], N_GRAM, SHORT_GRAMS,
                      min_words=(params.min_words, least))


@dataclass(frozen=True)
class _Runner:
    """One mask method bound to its embedded inputs: runs on all responses or on a subsample, with a seed."""

    method: str
    q: np.ndarray
    n_q: int
    params: MaskParams
    sentences: _Sentences | None
    """stance with sentence units: the responses' sentences and their vectors."""
    vectors: np.ndarray | None
    """residual, and stance with phrase units: whole-response vectors."""
    reducer: Callable[[int], Reducer] | None
    clusterer: Callable[[int], Clusterer] | None
    grams: tuple[Grams, ...] | None = None
    """stance with phrase units: the responses' n-grams (`_gram_sets`)."""
    ctx: np.ndarray | None = None
    """Context code per response (grouping="context")."""
    n_c: int = 0
    n_perm: int = N_PERM
    baseline: int | None = None
    """The baseline context's code (grouping="context"): larger sets that leave it outside are candidates."""

    @classmethod
    def embedded(cls, method: str, texts: Sequence[str], embed: Callable[[list[str]], np.ndarray], q: np.ndarray,
                 n_q: int, params: MaskParams, reducer: Callable[[int], Reducer] | None,
                 clusterer: Callable[[int], Clusterer] | None,
                 sentence_embed: Callable[[list[str]], np.ndarray] | None = None,
                 ctx: np.ndarray | None = None, n_c: int = 0, n_perm: int = N_PERM,
                 baseline: int | None = None) -> _Runner:
        """Embed what the method reads: sentences (stance with sentence units; with sentence_embed when given) or
        whole responses (residual; stance with phrase units, for exemplars and the layout)."""
        if params.units not in UNITS:
            raise ValueError(f"unknown mask units {params.units!r}; known: {', '.join(UNITS)}")
        if params.grouping not in GROUPINGS or (params.grouping == "kmeans" and params.units == "phrases"):
            raise ValueError(f"unknown mask grouping {params.grouping!r} for {params.units} units; known: "
                             + ", ".join(GROUPINGS[:2] if params.units == "phrases" else GROUPINGS))
        by_sentence = method == "stance" and params.units == "sentences"
        S = _sentences(texts, sentence_embed or embed, params.min_words) if by_sentence else None
        X = None
        if S is None:
            X = np.asarray(embed(list(texts)), dtype=np.float32) if len(texts) else np.zeros((0, 1), np.float32)
        grams = _gram_sets(texts, params) if method == "stance" and not by_sentence else None
        if ctx is None:
            ctx = np.zeros(len(q), dtype=np.int64)
        return cls(method, q, n_q, params, S, X, reducer, clusterer, grams, ctx, max(n_c, 1), n_perm, baseline)

    def run(self, seed: int, idx: np.ndarray | None = None) -> _Run:
        """One run with `seed` over all responses, or over the responses `idx` (renumbered 0..len(idx)-1)."""
        q = self.q if idx is None else self.q[idx]
        assert self.ctx is not None
        ctx = self.ctx if idx is None else self.ctx[idx]
        if self.grams is not None:
            assert self.vectors is not None
            grams = self.grams if idx is None else tuple(subset_grams(g, idx) for g in self.grams)
            X = self.vectors if idx is None else self.vectors[idx]
            return _phrase_run(grams, X, q, self.n_q, seed, self.params, ctx, self.n_c, self.n_perm, self.baseline)
        if self.sentences is not None:
            S = self.sentences if idx is None else _subset(self.sentences, idx, len(self.q))
            return _stance_run(S, q, self.n_q, seed, self.params, self.clusterer, ctx, self.n_c, self.n_perm,
                               self.baseline)
        assert self.vectors is not None
        X = self.vectors if idx is None else self.vectors[idx]
        return _residual_run(X, q, self.n_q, seed, self.params, self.reducer, self.clusterer)

    def fallback(self) -> np.ndarray:
        """Question-residualised response vectors: the layout of responses without a description of their own."""
        if self.sentences is not None:
            S = self.sentences
            resp_mean = _unit(_sum_rows(S.resp, S.uniq, S.vectors, len(self.q))).astype(np.float32)
            return _residual(resp_mean, self.q, self.n_q)
        assert self.vectors is not None
        return _residual(self.vectors, self.q, self.n_q)


def _stability_reruns(runner: _Runner, seed: int, n_reruns: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """(response indices, relabelled labels) of each rerun: seed + i on a subsample of the responses, so both
    kinds of chance are in the figures. A fixed count: stopping once the figures look settled would favour masks
    that happen to hold in the first reruns (benchmarks/bench_stability.py)."""
    n = len(runner.q)
    reruns: list[tuple[np.ndarray, np.ndarray]] = []
    for i in range(1, n_reruns + 1):
        sub_rng = np.random.default_rng(seed + i)
        idx = np.sort(sub_rng.choice(n, size=int(round(STABILITY_SUBSAMPLE * n)), replace=False))
        reruns.append((idx, _relabel(runner.run(seed + i, idx).labels)))
    return reruns


def _stability(labels: np.ndarray, reruns: Sequence[tuple[np.ndarray, np.ndarray]]) -> float:
    """Mean adjusted Rand index of the reruns against the main run (nan without reruns or responses)."""
    from sklearn.metrics import adjusted_rand_score

    if not reruns or not len(labels):
        return float("nan")
    return float(np.mean([adjusted_rand_score(labels[idx], r) for idx, r in reruns]))


def _describe_masks(texts: Sequence[str], context_ids: Sequence[str], response_ids: Sequence[int], q: np.ndarray,
                    labels: np.ndarray, main: _Run, reruns: Sequence[tuple[np.ndarray, np.ndarray]],
                    S: _Sentences | None, params: MaskParams, seed: int, n_perm: int) -> list[Mask]:
    """Each mask with its evidence: contexts, keywords, exemplars, defining sentences, stability, association."""
    n = len(texts)
    n_masks = int(labels.max()) + 1 if n and labels.max() >= 0 else 0
    keywords = ctfidf_keywords(texts, labels, n_masks, params.n_keywords) if n_masks else []
    per_stab, low, high = stability_interval(mask_stability_runs(labels, reruns))
    ctx = np.asarray(context_ids, dtype=object)
    c_codes, _ = _codes(context_ids)
    # masks found from the contexts: only the AMI is needed here, their p-values come from the context-set test
    ami, ami_p = mask_association(labels, c_codes, q, seed, 0 if main.set_p is not None else n_perm)
    assoc = _holm(ami_p, ASSOCIATION_ALPHA)
    if main.set_p is not None:  # masks found from the contexts: only the test that reran the grouping is valid
        ami_p = [main.set_p[int(main.labels[labels == m][0])] for m in range(n_masks)]
        assoc = [p <= params.contrast_alpha for p in ami_p]
    units = None
    if main.phrases is not None and main.phrases.units.nnz:
        from core.mask_phrases import unit_occurrences

        units = unit_occurrences(main.phrases, NAME_CHARS)
    elif S is not None and main.units is not None and len(S.resp):
        words = _unique_texts(texts, params.min_words)
        units = (S.resp, main.units, [words[u] for u in S.uniq.tolist()])
    defining = defining_sentences(texts, labels, context_ids, params.min_words, units) if n_masks else []
    masks = []
    for m in range(n_masks):
        members = np.flatnonzero(labels == m)
        counts = Counter(ctx[members].tolist())
        top, top_n = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        name = defining[m][0].text if defining[m] else shorten(", ".join(keywords[m][:4]))
        masks.append(Mask(
            mask_id=m, size=int(len(members)), context_counts={k: int(counts[k]) for k in sorted(counts)},
            top_context=str(top), purity=round(top_n / len(members), 6), keywords=keywords[m],
            exemplar_ids=_exemplars_over(main.space, members, ctx, str(top), response_ids),
            name=name, defining_sentences=defining[m], stability=_finite(per_stab[m]),
            stability_low=_finite(low[m]), stability_high=_finite(high[m]),
            stability_reruns=len(reruns) or None,
            ami=_finite(ami[m]), ami_p=_finite(ami_p[m]), associated=assoc[m],
            reported=bool(per_stab[m] >= STABILITY_MIN),
        ))
    return masks


# ---------------------------------------------------------------------------------------------- families


@dataclass(frozen=True)
class MaskFamily:
    """One way of answering found in one or more models, matched across models by defining sentences."""

    family_id: int
    """0..f-1: families in more models first, then bigger."""
    name: str
    """Name of the family's biggest member mask."""
    members: tuple[tuple[str, int], ...]
    """(model, mask_id) of each member mask, by model."""
    present: tuple[str, ...]
    """Models with a member mask."""
    absent: tuple[str, ...]
    """Models analysed that have no member mask."""


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def mask_similarity(a: Mask, b: Mask) -> float:
    """0..1: mean over both masks' defining sentences (the name, else the keywords, when none) of the best
    word-set Jaccard index with the other mask's, averaged both ways."""
    sa = [_words(d.text) for d in a.defining_sentences] or [_words(a.name or " ".join(a.keywords))]
    sb = [_words(d.text) for d in b.defining_sentences] or [_words(b.name or " ".join(b.keywords))]

    def jac(x: frozenset[str], y: frozenset[str]) -> float:
        return len(x & y) / len(x | y) if x | y else 0.0

    one = float(np.mean([max(jac(x, y) for y in sb) for x in sa]))
    two = float(np.mean([max(jac(y, x) for x in sa) for y in sb]))
    return (one + two) / 2


def linked_groups(sides: Sequence[object], masks: Sequence[Any], min_similarity: float) -> list[list[int]]:
    """Indices of `masks` grouped into connected components, two masks linked when they come from different
    sides (models, versions) and mask_similarity >= min_similarity; groups in order of their first member."""
    n = len(masks)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)
             if sides[i] != sides[j] and mask_similarity(masks[i], masks[j]) >= min_similarity]
    rows, cols = (np.array(x, dtype=np.int64) for x in zip(*pairs, strict=True)) if pairs else (
        np.zeros(0, np.int64), np.zeros(0, np.int64))
    _, labels = connected_components(coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)), directed=False)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())


def mask_families(masks: Mapping[str, Sequence[Mask]], *, min_similarity: float = 0.4,
                  reported_only: bool = True) -> tuple[MaskFamily, ...]:
    """Families of masks across models (or versions): masks of different models whose defining sentences match
    (mask_similarity >= min_similarity) are linked, and linked masks form one family (connected components).
    reported_only: leave out unstable clusters. Every model in `masks` counts for `absent`, even with no mask."""
    nodes = [(model, mk) for model in sorted(masks) for mk in masks[model] if mk.reported or not reported_only]
    out = []
    for members in linked_groups([n[0] for n in nodes], [n[1] for n in nodes], min_similarity):
        models = sorted({nodes[i][0] for i in members})
        biggest = max(members, key=lambda i: (nodes[i][1].size, -i))
        out.append((models, sum(nodes[i][1].size for i in members), nodes[biggest][1].name,
                    tuple((nodes[i][0], nodes[i][1].mask_id) for i in sorted(members))))
    out.sort(key=lambda f: (-len(f[0]), -f[1], f[3]))
    return tuple(MaskFamily(family_id=k, name=name, members=mem, present=tuple(models),
                            absent=tuple(m for m in sorted(masks) if m not in models))
                 for k, (models, _, name, mem) in enumerate(out))


def _field(mask: Mask | Mapping[str, Any], key: str) -> Any:
    """A field of a mask record or of an analysis.json row (None when missing)."""
    return mask.get(key) if isinstance(mask, Mapping) else getattr(mask, key, None)


def stability_text(mask: Mask | Mapping[str, Any]) -> str:
    """A mask's own stability in plain text: '0.82 [0.79, 0.85], 10 reruns', or 'not measured'."""
    stab, low, high, n = (_field(mask, k) for k in ("stability", "stability_low", "stability_high",
                                                      "stability_reruns"))
    if not isinstance(stab, int | float) or not math.isfinite(stab):
        return "not measured"
    out = f"{stab:.2f}"
    if isinstance(low, int | float) and isinstance(high, int | float):
        out += f" [{low:.2f}, {high:.2f}]"
    return out + (f", {n} rerun{'s' if n != 1 else ''}" if n else "")


def mask_title(mask: Mask | Mapping[str, Any]) -> str:
    """Plain-text heading of a mask (record or analysis.json row): 'Mask 2: <name>', or 'Unstable cluster 2: ...'
    when its own stability was measured and is below STABILITY_MIN; renderers escape it."""
    stab = _field(mask, "stability")
    unstable = isinstance(stab, int | float) and math.isfinite(stab) and not _field(mask, "reported")
    name = str(_field(mask, "name") or "").strip()
    return f"{'Unstable cluster' if unstable else 'Mask'} {_field(mask, 'mask_id')}" + (f": {name}" if name else "")
