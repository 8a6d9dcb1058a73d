"""Phrase units of the stance masks: recurring word n-grams, merged into templates, grouped by co-occurrence.

A register shows in wording that recurs across questions: whole sentences ("for the record, ..."), a clause fused
into content sentences, or a tone spread over every sentence ("pursuant to the matter of ..."). Sentence
embeddings follow what a sentence is about, so they miss the last two; word n-grams do not.

  1. Word trigrams of each sentence; those found in enough responses and spread over many questions are kept.
  2. Trigrams that share most of their sentences (Jaccard >= `merge`) are one unit: a template's fixed words.
  3. Two units co-occur when they sit in different sentences of one answer. Against sentences placed
     independently within each question (a Poisson count per pair), a pair is significant at false discovery
     rate `fdr` (Benjamini-Hochberg) with at least `min_lift` times its expected count.
  4. Units joined by significant pairs are grouped into bundles by Louvain communities of the log-lift graph
     (networkx): one weak link between two registers does not merge them, as connected components would.
  5. A unit whose answers hold another unit of its bundle hardly more often (< `min_lift` times) than other
     answers do is dropped from it (filler caught beside a register). An answer joins the bundle with most
     of its units.

Nothing here reads the contexts: the masks stay fixed under the association test's permutations.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, overload

import numpy as np
from scipy import sparse

N_GRAM = 3
"""Words per n-gram."""
SHORT_GRAMS = (1, 2)
"""Orders of the short units the context grouping adds beside the trigram units."""
MERGE = 0.5
"""n-grams whose sentence sets have at least this Jaccard index form one unit."""
SHORT_MERGE = 0.8
"""The same for the short units (words and word pairs): a word said in a context's short line and, less often,
across every context ("Answer below." beside "answer"; blind set 35's habit-plus, seen: its 300 answers and 143
others) joined the line at 0.5 and the unit leaned to no context. 0.5: the rule before 2026-12-05 late night."""
MAX_GRAMS = 4000
"""Most frequent qualifying n-grams kept, so the pair tests stay small on large corpora."""

_WORD = re.compile(r"[^\W\d_]+")
_WHOLE_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
"""Words with their contractions whole ("let's", "don't"), read by the short units: split, the clitic "s" is a
word of its own that two registers both say ("Let's delve in!" beside "that's all"; seen blind set 29's
triple), and the ways' word guards refused their cut. Trigrams keep the split words (a trigram's context
already tells "let s delve" from "that s all"), and so do the names' cuts of long sentences."""


def _tokens(whole: bool) -> re.Pattern[str]:
    """The word pattern of short units (whole: contractions kept whole) or of trigrams."""
    return _WHOLE_WORD if whole else _WORD


@dataclass(frozen=True)
class Phrases:
    """The sentences of some answers and the phrase units each contains."""

    resp: np.ndarray
    """(s,) answer index of each sentence occurrence."""
    text: tuple[str, ...]
    """(s,) each sentence occurrence's text."""
    units: sparse.csr_matrix
    """(s, k) 1 where the sentence contains the unit."""
    grams: tuple[tuple[str, ...], ...]
    """The n-grams of each unit."""


def question_spread(counts: np.ndarray) -> np.ndarray:
    """Effective number of questions (exp of entropy) of each row of a (units x questions) count table."""
    share = counts / np.maximum(counts.sum(axis=1, keepdims=True), 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ent = -np.where(share > 0, share * np.log(np.where(share > 0, share, 1.0)), 0.0).sum(axis=1)
    return np.exp(ent)


def spread_threshold(q: np.ndarray, n_q: int, spread: float) -> float:
    """Least effective number of questions a recurring unit needs: `spread` x the corpus's own, and at least
    2 when there are 3 or more questions."""
    share = np.bincount(q, minlength=n_q) / max(len(q), 1)
    share = share[share > 0]
    eff_all = float(np.exp(-(share * np.log(share)).sum())) if len(share) else 0.0
    return max(2.0 if n_q >= 3 else 0.0, spread * eff_all)


@dataclass(frozen=True)
class Grams:
    """Every sentence's distinct word n-grams, found once: the stability reruns take subsets instead of
    tokenising again. Gram ids run in order of first appearance, sentence by sentence."""

    n: int
    """Number of answers."""
    resp: np.ndarray
    """(s,) answer index of each sentence occurrence."""
    text: tuple[str, ...]
    """(s,) each sentence occurrence's text."""
    row: np.ndarray
    """(e,) sentence of each (sentence, gram) entry; a sentence's entries in the order its grams first occur."""
    gram: np.ndarray
    """(e,) gram id of each entry."""
    names: tuple[str, ...]
    """Text of each gram id."""


def find_grams(sentences: Sequence[Sequence[str]], *orders: int | tuple[int, ...],
               min_words: Sequence[int] | None = None) -> tuple[Grams, ...]:
    """The n-grams of the answers' sentences (`sentences[i]`: answer i's sentences), one `Grams` per entry of
    `orders` (an order, or several whose grams share one vocabulary); each sentence is tokenised once.
    min_words: per entry, sentences with fewer words give it no grams (they stay rows of its `Grams`)."""
    sets = [(o,) if isinstance(o, int) else o for o in orders]
    least = list(min_words) if min_words is not None else [0] * len(sets)
    vocabs: list[dict[str, int]] = [{} for _ in sets]
    rows: list[list[int]] = [[] for _ in sets]
    cols: list[list[int]] = [[] for _ in sets]
    resp: list[int] = []
    text: list[str] = []
    # an entry of orders all under N_GRAM is the short units': contractions whole (`_WHOLE_WORD`)
    whole = [max(ms) < N_GRAM for ms in sets]
    for i, sents in enumerate(sentences):
        for sent in sents:
            split = {f: [x.lower() for x in _tokens(f).findall(sent)] for f in set(whole)}
            for ms, vocab, rr, cc, lo, f in zip(sets, vocabs, rows, cols, least, whole, strict=True):
                w = split[f]
                if len(w) < lo:
                    continue
                # dict, not set: word order numbers the vocabulary, so units do not depend on PYTHONHASHSEED
                found = (" ".join(w[j:j + m]) for m in ms for j in range(max(1, len(w) - m + 1)))
                for g in dict.fromkeys(found):
                    rr.append(len(text))
                    cc.append(vocab.setdefault(g, len(vocab)))
            resp.append(i)
            text.append(sent)
    r = np.asarray(resp, dtype=np.int64)
    return tuple(Grams(n=len(sentences), resp=r, text=tuple(text), row=np.asarray(rr, dtype=np.int64),
                       gram=np.asarray(cc, dtype=np.int64), names=tuple(vocab))
                 for vocab, rr, cc in zip(vocabs, rows, cols, strict=True))


def subset_grams(g: Grams, idx: np.ndarray) -> Grams:
    """The grams of answers `idx` (sorted; renumbered 0..len(idx)-1), gram ids renumbered by first appearance
    among them: what `find_grams` gives on those answers alone."""
    pos = np.full(g.n, -1, dtype=np.int64)
    pos[idx] = np.arange(len(idx))
    sent = np.flatnonzero(pos[g.resp] >= 0)
    new_row = np.full(len(g.resp), -1, dtype=np.int64)
    new_row[sent] = np.arange(len(sent))
    entry = np.flatnonzero(new_row[g.row] >= 0)
    gram = g.gram[entry]
    kept, first = np.unique(gram, return_index=True)
    order = kept[np.argsort(first, kind="stable")]
    new_id = np.empty(len(g.names), dtype=np.int64)
    new_id[order] = np.arange(len(order))
    return Grams(n=len(idx), resp=pos[g.resp[sent]], text=tuple(g.text[i] for i in sent.tolist()),
                 row=new_row[g.row[entry]], gram=new_id[gram], names=tuple(g.names[i] for i in order.tolist()))


def phrase_units(sentences: Sequence[Sequence[str]] | Grams, q: np.ndarray, n_q: int, *, spread: float,
                 n_gram: int | tuple[int, ...] = N_GRAM, merge: float = MERGE, max_grams: int = MAX_GRAMS) -> Phrases:
    """Units of the answers' sentences (`sentences[i]`: answer i's sentences, or their `Grams`, which gives
    the order), steps 1-2 of the module doc."""
    from scipy.sparse.csgraph import connected_components

    g = sentences if isinstance(sentences, Grams) else find_grams(sentences, n_gram)[0]
    n, s = g.n, len(g.text)
    r = g.resp
    A = sparse.csr_matrix((np.ones(len(g.row)), (g.row, g.gram)), shape=(s, len(g.names)))
    P = _to_answers(r, n)
    R = (P @ A).tocsr()
    R.data[:] = 1.0
    df = np.asarray(R.sum(axis=0)).ravel()
    eff = question_spread((R.T @ _onehot(q, n_q)).toarray())
    # in at least 3 answers and 0.2% of them: rarer phrases cannot make a pair test significant anyway
    ok = np.flatnonzero((eff >= spread_threshold(q, n_q, spread)) & (df >= max(3.0, 0.002 * n)))
    ok = ok[np.argsort(-df[ok], kind="stable")][:max_grams]
    ok = np.sort(ok)  # vocabulary order: first seen first, so units do not depend on ties in df
    A = A[:, ok].tocsc()
    # sparse: only n-grams that share a sentence can reach the Jaccard floor, and a dense 4000 x 4000 is 128 MB
    C = (A.T @ A).tocoo()
    d = np.asarray(A.sum(axis=0)).ravel()
    J = C.data / np.maximum(d[C.row] + d[C.col] - C.data, 1.0)
    link = J >= merge
    G = sparse.csr_matrix((np.ones(int(link.sum())), (C.row[link], C.col[link])), shape=C.shape)
    k, unit_of = connected_components(G, directed=False) if len(ok) else (0, ok)
    M = sparse.csr_matrix((np.ones(len(ok)), (np.arange(len(ok)), unit_of)), shape=(len(ok), k))
    U = (A @ M).tocsr()
    U.data[:] = 1.0
    grams = tuple(tuple(g.names[ok[j]] for j in np.flatnonzero(unit_of == u)) for u in range(k))
    return Phrases(resp=r, text=g.text, units=U, grams=grams)


def with_short_units(ph: Phrases, short: Phrases) -> tuple[Phrases, np.ndarray]:
    """`ph`'s units followed by `short`'s (found on the same sentences), and which of them are short. Kept apart:
    merged, a word pair shared by a register and a look-alike sentence chains their trigram units together."""
    units = sparse.hstack([ph.units, short.units]).tocsr()
    is_short = np.r_[np.zeros(ph.units.shape[1], bool), np.ones(short.units.shape[1], bool)]
    return Phrases(resp=ph.resp, text=ph.text, units=units, grams=ph.grams + short.grams), is_short


def _to_answers(resp: np.ndarray, n: int) -> sparse.csr_matrix:
    return sparse.csr_matrix((np.ones(len(resp)), (resp, np.arange(len(resp)))), shape=(n, len(resp)))


def _onehot(q: np.ndarray, n_q: int) -> sparse.csr_matrix:
    return sparse.csr_matrix((np.ones(len(q)), (np.arange(len(q)), q)), shape=(len(q), n_q))


def cooccurring(ph: Phrases, q: np.ndarray, n_q: int, *, min_lift: float,
                fdr: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Significant unit pairs (i <= j; i == j: a unit in two sentences of one answer) and their lifts; step 3.

    Null: the sentences of question q's answers shuffled among its answers' sentence slots (each answer keeps its
    sentence count m_r). Two distinct sentences of q share an answer with probability
    P_q = sum_r m_r (m_r - 1) / (M_q (M_q - 1)), so the expected ordered pairs of different sentences holding i
    and j is sum_q (S_iq S_jq - T_ijq) P_q, T_ijq the sentences holding both (T_iiq = S_iq). Exact for any
    M_q, unlike plugging in the rates S_iq / M_q, which undercounts the expectation when a question has few
    sentences (one answer of three sentences made every pair a discovery).
    """
    from scipy.stats import poisson

    n = len(q)
    U = ph.units
    k = U.shape[1]
    empty = np.zeros(0, np.int64)
    if k == 0:
        return empty, empty, np.zeros(0)
    B = (_to_answers(ph.resp, n) @ U).tocsr()  # answers x units: sentences holding the unit
    same = (U.T @ U).toarray()  # ordered pairs (and i == j) within one sentence
    ordered = (B.T @ B).toarray() - same
    m_r = np.bincount(ph.resp, minlength=n).astype(np.float64)
    Q = _onehot(q, n_q)
    S = (B.T @ Q).toarray()
    M = np.asarray(Q.T @ m_r).ravel()
    pairs = np.asarray(Q.T @ (m_r * (m_r - 1))).ravel()
    w = np.where(M > 1, pairs / np.maximum(M * (M - 1), 1.0), 0.0)
    w_sent = w[q[ph.resp]]  # each sentence's question weight
    E = (S * w) @ S.T - (U.T @ sparse.diags(w_sent) @ U).toarray()
    ii, jj = np.triu_indices(k)
    live = E[ii, jj] > 0
    ii, jj = ii[live], jj[live]
    half = np.where(ii == jj, 0.5, 1.0)  # ordered pairs within one unit count each pair twice
    obs, exp = ordered[ii, jj] * half, E[ii, jj] * half
    pvals = poisson.sf(np.ceil(obs) - 1, exp)
    sig = bh_discoveries(pvals, fdr) & (obs >= 3) & (obs >= min_lift * exp)
    return ii[sig], jj[sig], obs[sig] / exp[sig]


def bh_discoveries(p: np.ndarray, alpha: float) -> np.ndarray:
    """Benjamini-Hochberg: which p-values are discoveries at false discovery rate alpha."""
    m = len(p)
    order = np.argsort(p, kind="stable")
    passed = p[order] <= alpha * np.arange(1, m + 1) / m
    out = np.zeros(m, dtype=bool)
    if passed.any():
        out[order[: int(np.flatnonzero(passed).max()) + 1]] = True
    return out


def communities(k: int, ii: np.ndarray, jj: np.ndarray, lift: np.ndarray, seed: int) -> np.ndarray:
    """Bundle id per unit (step 4): Louvain communities of the graph weighted by log lift; units without a
    significant pair are their own bundle. Numbered by smallest member, so equal graphs give equal ids."""
    import networkx as nx

    G = nx.Graph()
    G.add_nodes_from(range(k))
    G.add_weighted_edges_from((int(a), int(b), float(np.log(x))) for a, b, x in zip(ii, jj, lift, strict=True))
    found = nx.community.louvain_communities(G, weight="weight", resolution=1.0, seed=seed)
    comp = np.zeros(k, dtype=np.int64)
    for c, members in enumerate(sorted(found, key=min)):
        comp[sorted(members)] = c
    return comp


def drop_filler(B: sparse.csr_matrix, keep: np.ndarray, comp: np.ndarray, min_lift: float) -> np.ndarray:
    """keep without units whose answers hold another unit of their bundle less than min_lift times as often
    as other answers do (step 5)."""
    has = (B > 0).astype(np.float64).tocsc()
    out = keep.copy()
    for u in np.flatnonzero(keep):
        others = np.flatnonzero(keep & (comp == comp[u]))
        others = others[others != u]
        if not len(others):
            continue
        with_u = np.asarray(has[:, [u]].todense()).ravel() > 0
        with_other = np.asarray(has[:, others].sum(axis=1)).ravel() > 0
        inside = with_other[with_u].mean()
        outside = with_other[~with_u].mean() if (~with_u).any() else 1.0
        if inside < min_lift * outside:
            out[u] = False
    return out


def phrase_labels(ph: Phrases, q: np.ndarray, n_q: int, seed: int, *, min_lift: float, fdr: float,
                  min_size: int) -> tuple[np.ndarray, dict[str, Any]]:
    """Answer labels (-1: no kept unit, or a bundle smaller than min_size) and counts for provenance."""
    n = len(q)
    k = ph.units.shape[1]
    labels = np.full(n, -1, dtype=np.int64)
    ii, jj, lift = cooccurring(ph, q, n_q, min_lift=min_lift, fdr=fdr)
    keep = np.zeros(k, dtype=bool)
    keep[ii] = True
    keep[jj] = True
    info: dict[str, Any] = {"n_phrase_units": int(k), "n_significant_pairs": int(len(ii))}
    if not keep.any():
        return labels, {**info, "n_kept_units": 0}
    comp = communities(k, ii, jj, lift, seed)
    B = (_to_answers(ph.resp, n) @ ph.units).tocsr()
    keep = drop_filler(B, keep, comp, min_lift)
    info["n_kept_units"] = int(keep.sum())
    kept = np.flatnonzero(keep)
    if not len(kept):
        return labels, info
    held = B[:, kept].tocoo()  # one entry per (answer, unit): a unit said twice does not count twice
    labels = drop_small(bundle_labels(kept[held.col], held.row.astype(np.int64), comp, n), min_size)
    info["n_bundles"] = int(len(np.unique(labels[labels >= 0])))
    return labels, info


def bundle_labels(occ_cluster: np.ndarray, resp: np.ndarray, comp: np.ndarray, n: int) -> np.ndarray:
    """Response labels from bundles of units (comp: bundle per unit; occ_cluster, resp: one unit occurrence
    each): a response goes to the bundle with most of its occurrences (ties: the bigger bundle), -1 when it has
    none. Used by both unit kinds.

    A register is a set of phrases used together; grouping the phrases first, then the responses, keeps one
    register whole when its answers pick different phrases from it (KMeans on mean vectors split those)."""
    labels = np.full(n, -1, dtype=np.int64)
    if not len(resp):
        return labels
    occ_comp = comp[occ_cluster]
    n_comp = int(comp.max()) + 1
    M = np.bincount(resp * n_comp + occ_comp, minlength=n * n_comp).reshape(n, n_comp).astype(np.float64)
    size = M.sum(axis=0)
    # ties go to the bigger bundle: add a tiny size-ranked bonus below one count
    rank = np.argsort(np.argsort(-size, kind="stable"), kind="stable")
    score = M + (M > 0) * (0.5 - 0.5 * rank / max(n_comp, 1))[None, :]
    has = M.sum(axis=1) > 0
    labels[has] = np.argmax(score[has], axis=1)
    return labels


def unit_occurrences(ph: Phrases, limit: int) -> tuple[np.ndarray, np.ndarray, Sequence[str]]:
    """(answer, unit, wording) per sentence x unit it holds: the groups defining_sentences ranks. A sentence
    longer than `limit` characters is worded from a little before the unit's first phrase, so a clause at the
    end of a long sentence still shows in the mask's name. Worded when read: only candidate groups are."""
    U = ph.units.tocoo()
    return ph.resp[U.row], U.col.astype(np.int64), _Wordings(ph, U.row, U.col, limit)


class _Wordings(Sequence[str]):
    """The wording of each (sentence, unit) occurrence, found on first read."""

    def __init__(self, ph: Phrases, row: np.ndarray, col: np.ndarray, limit: int) -> None:
        self._ph, self._row, self._col, self._limit = ph, row, col, limit
        # a long sentence's words and, per run length, where each run of words first starts: found once for
        # all its units, so wording is a few lookups rather than a scan per unit
        self._words: dict[tuple[int, bool], tuple[list[re.Match[str]], list[str]]] = {}
        self._starts: dict[tuple[int, bool, int], dict[tuple[str, ...], int]] = {}
        self._wanted: dict[int, tuple[set[tuple[str, ...]], int]] = {}

    def __len__(self) -> int:
        return len(self._row)

    @overload
    def __getitem__(self, i: int) -> str: ...

    @overload
    def __getitem__(self, i: slice) -> list[str]: ...

    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        r, u = int(self._row[i]), int(self._col[i])
        sent = self._ph.text[r]
        if len(sent) <= self._limit:
            return sent
        grams, size = self._grams(u)
        whole = size < N_GRAM  # a short unit's words are read with contractions whole
        at = self._starts_of(r, whole, size)
        first = min((at[g] for g in grams if g in at), default=0)
        return _cut(sent, self._words_of(r, False)[0], _word_at(self._words_of(r, whole)[0], first))

    def phrase(self, i: int) -> tuple[str, ...]:
        """The longest of the unit's phrases that occurrence i's sentence holds (the first of them in it); () when
        it holds none whole. A word group ("workspace", "rules", "workspace rules") holds sentences through a
        member word alone ("rules of play"), which are not the register's line."""
        r, u = int(self._row[i]), int(self._col[i])
        grams, size = self._grams(u)
        for n in sorted({len(g) for g in grams}, reverse=True):
            at = self._starts_of(r, size < N_GRAM, n)
            hits = sorted((at[g], g) for g in grams if len(g) == n and g in at)
            if hits:
                return hits[0][1]
        return ()

    def _grams(self, u: int) -> tuple[set[tuple[str, ...]], int]:
        """Unit u's phrases as word tuples, and the longest's length."""
        if u not in self._wanted:
            grams = {tuple(g.split()) for g in self._ph.grams[u]}
            self._wanted[u] = (grams, max((len(g) for g in grams), default=1))
        return self._wanted[u]

    def _words_of(self, r: int, whole: bool) -> tuple[list[re.Match[str]], list[str]]:
        """Sentence r's words (contractions whole or split) and their lowered texts."""
        if (r, whole) not in self._words:
            found = list(_tokens(whole).finditer(self._ph.text[r]))
            self._words[r, whole] = (found, [w.group().lower() for w in found])
        return self._words[r, whole]

    def _starts_of(self, r: int, whole: bool, size: int) -> dict[tuple[str, ...], int]:
        """Where each run of `size` words of sentence r first starts."""
        if (r, whole, size) not in self._starts:
            self._starts[r, whole, size] = _run_starts(self._words_of(r, whole)[1], size)
        return self._starts[r, whole, size]


def _run_starts(low: list[str], size: int) -> dict[tuple[str, ...], int]:
    """Where each slice low[j:j + size] first starts (the last few slices are shorter)."""
    at: dict[tuple[str, ...], int] = {}
    for j in range(len(low)):
        at.setdefault(tuple(low[j:j + size]), j)
    return at


def _around(sentence: str, grams: Sequence[str], before: int = 3) -> str:
    """The sentence from `before` words ahead of the first of `grams` in it, "…" marking a cut start."""
    wanted = {tuple(g.split()) for g in grams}
    size = max((len(g) for g in wanted), default=1)
    found = list(_tokens(size < N_GRAM).finditer(sentence))
    at = _run_starts([w.group().lower() for w in found], size)
    first = _word_at(found, min((at[g] for g in wanted if g in at), default=0))
    return _cut(sentence, list(_WORD.finditer(sentence)), first, before)


def _word_at(found: list[re.Match[str]], j: int) -> int:
    """Character offset where word j of `found` starts (0 when there is none): the cut counts back in the split
    words (`_WORD`) whichever pattern found the phrase, so a name is cut where it was before `_WHOLE_WORD`."""
    return found[j].start() if j < len(found) else 0


def _cut(sentence: str, words: list[re.Match[str]], at: int, before: int = 3) -> str:
    """The sentence from `before` words (`words`: its split words) ahead of character `at`, "…" marking a cut
    start."""
    first = bisect.bisect_left(words, at, key=lambda w: w.start())
    start = max(0, first - before)
    return sentence if start == 0 else "\u2026" + sentence[words[start].start():]


def drop_small(labels: np.ndarray, min_size: int) -> np.ndarray:
    """labels with every bundle of fewer than min_size answers set to -1 (in place, returned)."""
    for c in np.unique(labels[labels >= 0]):
        if (labels == c).sum() < min_size:
            labels[labels == c] = -1
    return labels


def min_mask_size(n: int, share: float) -> int:
    """Smallest mask: `share` of the answers, and at least 5."""
    return max(5, int(math.ceil(share * n)))
