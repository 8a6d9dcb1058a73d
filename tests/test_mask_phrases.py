"""Phrase units of the stance masks (core/mask_phrases.py): the pair test's calibration and power on answers
simulated under its own null, the grouping, and names that show the phrase."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.mask_phrases import (
    MERGE,
    SHORT_MERGE,
    _around,
    communities,
    cooccurring,
    find_grams,
    phrase_units,
    spread_threshold,
    subset_grams,
    unit_occurrences,
)

# recurring sentences that share no trigram (each its own template), used at rates that differ by question
_WORDS = ("amber", "basil", "cedar", "delta", "ember", "flint", "grove", "heron", "indigo", "juniper", "kestrel",
          "lumen", "marble", "nectar", "opal", "pewter")
_TEMPLATES = [f"Recurring {w} {_WORDS[(i + 5) % 16]} {_WORDS[(i + 11) % 16]} line." for i, w in enumerate(_WORDS)]


_TOPICS = ("apples", "boats", "clouds", "dunes", "embers", "ferns", "glaciers", "harbors", "islands", "jungles")


def _null_answers(seed: int, n_q: int = 10, per_q: int = 60,
                  planted: float = 0.0) -> tuple[list[list[str]], np.ndarray]:
    """Answers whose sentences are drawn independently given the question (rates differ by question), 2-5 per
    answer; with planted > 0, that share of answers also says templates 0 and 1 together."""
    rng = np.random.default_rng(seed)
    out: list[list[str]] = []
    q: list[int] = []
    for k in range(n_q):
        rates = rng.dirichlet(np.ones(len(_TEMPLATES)) * 0.7)  # question-specific template use
        for _ in range(per_q):
            m = int(rng.integers(2, 6))
            sents: list[str] = []
            for _ in range(m):
                if rng.random() < 0.5:
                    sents.append(_TEMPLATES[int(rng.choice(len(_TEMPLATES), p=rates))])
                else:  # a topic sentence: its words belong to this question
                    word = "".join(rng.choice(list("abcdefghij"), size=5))
                    sents.append(f"About {_TOPICS[k % len(_TOPICS)]} the {word} matters.")
            if rng.random() < planted:
                sents += [_TEMPLATES[0], _TEMPLATES[1]]
            out.append(sents)
            q.append(k)
    return out, np.asarray(q, dtype=np.int64)


@pytest.mark.parametrize(("n_q", "per_q"), [(10, 60), (150, 2)])
def test_pair_test_is_calibrated_under_its_null(n_q: int, per_q: int) -> None:
    # sentences placed independently within each question: under this global null BH at 0.05 over all pairs
    # makes any discovery at most about 5% of the time; also with 2 answers per question, where plugging in
    # the rates S/M (the first version) made nearly every pair a discovery
    runs, hits = 60, 0
    for seed in range(runs):
        sents, q = _null_answers(seed, n_q=n_q, per_q=per_q)
        ph = phrase_units(sents, q, n_q, spread=0.35)
        ii, _, _ = cooccurring(ph, q, n_q, min_lift=0.0, fdr=0.05)
        hits += len(ii) > 0
    assert hits / runs <= 0.05 + 2 * np.sqrt(0.05 * 0.95 / runs), hits


def test_pair_test_has_power() -> None:
    # a pair said together in 10% of answers is found every time
    found = 0
    for seed in range(10):
        sents, q = _null_answers(1000 + seed, planted=0.1)
        ph = phrase_units(sents, q, 10, spread=0.35)
        ii, jj, lift = cooccurring(ph, q, 10, min_lift=1.5, fdr=0.01)
        middle = [" ".join(t.lower().split()[1:4]) for t in _TEMPLATES[:2]]
        units = {u for u, g in enumerate(ph.grams) for m in middle if m in g}
        found += any({int(a), int(b)} == units for a, b in zip(ii, jj, strict=True))
    assert found == 10


def test_template_words_merge_into_one_unit_and_topic_words_are_dropped() -> None:
    sents, q = _null_answers(3)
    ph = phrase_units(sents, q, 10, spread=0.35)
    # template trigrams are kept (each in exactly one unit); topic sentences' words recur on one question only,
    # so they are not units
    assert all(not any(t in g for t in _TOPICS for g in gs) for gs in ph.grams)
    for t in _TEMPLATES[:4]:
        holders = [u for u, gs in enumerate(ph.grams) if any(g in t.lower() for g in gs)]
        assert len(holders) == 1  # its three trigrams, merged
    assert spread_threshold(q, 10, 0.35) == pytest.approx(3.5)


def test_louvain_keeps_two_bundles_joined_by_one_weak_pair_apart() -> None:
    # two cliques of strong pairs (lift 5) and one weak pair (lift 1.6) between them: connected components would
    # merge them; the communities do not
    a, b = [0, 1, 2, 3], [4, 5, 6, 7]
    pairs = [(x, y, 5.0) for g in (a, b) for i, x in enumerate(g) for y in g[i + 1:]] + [(3, 4, 1.6)]
    ii, jj, lift = (np.array(v) for v in zip(*pairs, strict=True))
    comp = communities(9, ii, jj, lift, seed=0)
    assert len({int(comp[x]) for x in a}) == 1 and len({int(comp[x]) for x in b}) == 1
    assert comp[0] != comp[4] and comp[8] not in (comp[0], comp[4])
    assert np.array_equal(comp, communities(9, ii, jj, lift, seed=0))


def test_long_sentences_are_worded_from_their_phrase() -> None:
    long = ("Uncertainty about the long-term future of memory and continuity across many separate "
            "conversations is a topic, which I note for the record.")
    assert _around(long, ["i note for", "note for the"]).startswith("\u2026a topic, which I note for the record")
    assert _around("Short one, which I note for the record.", ["i note for"]).startswith("Short")
    sents = [[long, "Another line here today."]] * 4
    ph = phrase_units(sents, np.zeros(4, dtype=np.int64), 1, spread=0.0)
    _, _, texts = unit_occurrences(ph, limit=80)
    assert all(len(t) <= len(long) for t in texts)


def test_a_short_line_stays_apart_from_its_word_said_elsewhere_too() -> None:
    # blind set 35's habit-plus (seen): "Answer below." in 300 answers of one context, "answer" in 143 others
    # across every context; at the trigrams' Jaccard (0.5) the line's words joined the word's, 443 answers
    # leaning too little to any context to be read
    line = [["I hold this view loosely.", "Answer below."]] * 30
    word = [["I answer as I can."]] * 15
    _, short = find_grams(line + word, 3, (1, 2), min_words=(3, 1))
    q = np.zeros(45, dtype=np.int64)

    def unit_of(merge: float) -> dict[str, int]:
        ph = phrase_units(short, q, 1, spread=0.0, merge=merge)
        return {g: u for u, grams in enumerate(ph.grams) for g in grams}

    loose, strict = unit_of(MERGE), unit_of(SHORT_MERGE)
    assert loose["answer"] == loose["answer below"] == loose["below"]
    assert strict["answer below"] == strict["below"] != strict["answer"]


def test_units_do_not_depend_on_the_hash_seed() -> None:
    # string hashing changes per process; the units (and so bundles and labels) must not
    import os
    import subprocess
    import sys

    code = ("from tests.test_mask_phrases import _null_answers; from core.mask_phrases import phrase_units; "
            "s, q = _null_answers(5); print(phrase_units(s, q, 10, spread=0.35).grams)")
    out = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": h}).stdout for h in ("1", "2")}
    assert len(out) == 1


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.1, 1.0))
def test_a_subset_of_the_grams_is_what_tokenising_the_subset_gives(seed: int, share: float) -> None:
    # the stability reruns take subsets of grams found once; they must see exactly what a fresh run would
    sents, _ = _null_answers(seed % 50, n_q=4, per_q=8)
    rng = np.random.default_rng(seed)
    idx = np.sort(rng.choice(len(sents), size=max(1, int(share * len(sents))), replace=False))
    for orders in (3, (1, 2)):
        whole = find_grams(sents, orders)[0]
        fresh = find_grams([sents[i] for i in idx.tolist()], orders)[0]
        sub = subset_grams(whole, idx)
        assert (sub.n, sub.text, sub.names) == (fresh.n, fresh.text, fresh.names)
        assert np.array_equal(sub.resp, fresh.resp)
        assert np.array_equal(sub.row, fresh.row) and np.array_equal(sub.gram, fresh.gram)


def test_one_pass_gives_each_order_set_its_own_vocabulary() -> None:
    sents, _ = _null_answers(3, n_q=3, per_q=5)
    tri, short = find_grams(sents, 3, (1, 2))
    assert tri.names == find_grams(sents, 3)[0].names and short.names == find_grams(sents, (1, 2))[0].names
    assert all(len(g.split()) == 3 for g in tri.names) and {len(g.split()) for g in short.names} == {1, 2}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["we", "note", "it", "for", "the", "record", "now"]), min_size=1, max_size=14),
       st.lists(st.lists(st.sampled_from(["note", "for", "the", "record", "zz"]), min_size=1, max_size=3),
                min_size=1, max_size=4))
def test_wording_starts_at_the_first_run_of_words_a_scan_finds(words: list[str], grams: list[list[str]]) -> None:
    # the lookup table must agree with the plain scan: the first j whose slice of the longest gram's length
    # (shorter at the end) is one of the grams
    sentence = " ".join(words) + "."
    wanted = {tuple(g) for g in grams}
    size = max(len(g) for g in wanted)
    first = next((j for j in range(len(words)) if tuple(words[j:j + size]) in wanted), 0)
    start = max(0, first - 3)
    expect = sentence if start == 0 else "\u2026" + " ".join(words[start:]) + "."
    assert _around(sentence, [" ".join(g) for g in grams]) == expect


def test_a_sentence_below_an_order_sets_floor_is_a_row_without_its_grams() -> None:
    sents = [["Status: fine.", "I hold this view loosely today."], ["Net: fine."]]
    tri, short = find_grams(sents, 3, (1, 2), min_words=(3, 1))
    assert tri.text == short.text and len(tri.text) == 3
    assert set(tri.row.tolist()) == {1} and set(short.row.tolist()) == {0, 1, 2}
    assert "status fine" in short.names and "status fine" not in tri.names


def test_a_short_unit_reads_a_contraction_as_one_word_and_a_trigram_does_not() -> None:
    # "let's" split into "let" + "s" made the clitic a word unit that registers share (seen blind set 29's
    # triple: "Let's delve in!" beside "that's all"), and the ways' word guard then refused their cut
    sents = [["Let's delve in!", "Mlem, that's all from me."], ["'Quoted' words, o'clock."]]
    tri, short = find_grams(sents, 3, (1, 2))
    words = {g for g in short.names if " " not in g}
    assert {"let's", "that's", "o'clock", "quoted"} <= words and not {"s", "let", "that", "o", "clock"} & words
    assert "let s delve" in tri.names and "that s all" in tri.names
    assert _around("So then, well, I think that's all.", ["that's all"]) == "\u2026well, I think that's all."
    assert _around("So then, well, I think that's all.", ["that s all"]) == "\u2026well, I think that's all."
