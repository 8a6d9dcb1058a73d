"""Masks on planted corpora: fast structure/determinism tests with the FakeEmbedder, recovery with the real one.

The FakeEmbedder (tests/fakes.py) is a bag of hashed words: paraphrases of one template share most words and
land close together, different templates mostly apart; the real all-MiniLM-L6-v2 runs only on small corpora
(marked slow). Generators: tests/planted.py (the `added` style) and tests/planted_masks.py (all styles).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score

from core.embed import CachedEmbedder, default_embedder
from core.masks import (
    STABILITY_MIN,
    DefiningSentence,
    Mask,
    MaskParams,
    MaskResult,
    ctfidf_keywords,
    find_masks,
    mask_association,
    mask_families,
    mask_stability,
    sentence_spans,
    shorten,
    split_sentences,
)
from core.normalize import normalize
from core.store import Store
from tests.fakes import FakeEmbedder
from tests.planted import PLAIN, PlantedCorpus, make_planted_corpus
from tests.planted_masks import (
    DEV,
    GENERATORS,
    HELD_OUT,
    POOLS,
    WOVEN,
    make_corpus,
    misnamed,
    miss_kind,
    recovered,
    register_of_sentence,
)


def _run(c: PlantedCorpus, embed=None, **kw) -> MaskResult:  # type: ignore[no-untyped-def]
    texts = [normalize(t) for t in c.texts]
    ids = [1000 + i for i in c.response_ids]
    return find_masks(texts, c.question_ids, c.context_ids, ids, embed or FakeEmbedder().encode, **kw)


@pytest.fixture(scope="module")
def small() -> PlantedCorpus:
    # 960 responses: phrase units need a few hundred answers per register to find its co-occurring phrases
    return make_planted_corpus(5, n_questions=16, samples=12)


SENTENCE_UNITS = MaskParams(units="sentences")


def test_sentence_spans_locate_the_split_sentences() -> None:
    for text in ["One two three. Four five six! Seven? 4.", "  Padded.   Twice!  ", "", "No end", "A. B\u2026 C d e."]:
        for mw in (1, 2, 3):
            assert [text[a:b] for a, b in sentence_spans(text, mw)] == split_sentences(text, mw)


class _SpanFake(FakeEmbedder):
    """FakeEmbedder with encode_spans: each sentence's vector is its own fake vector (stands in for pooling)."""

    def encode_spans(self, texts: list[str]) -> tuple[np.ndarray, list[np.ndarray]]:
        return self.encode(texts), [self.encode(split_sentences(t, 1)) for t in texts]


def test_sentence_vectors_from_the_answer_pass_are_opt_in_and_recorded(small: PlantedCorpus,
                                                                        tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        plain = _run(small, CachedEmbedder(_SpanFake(), store).encode, seed=3, params=SENTENCE_UNITS)
        pooled_cache = CachedEmbedder(_SpanFake(), store, sentence_vectors=True)
        pooled = _run(small, pooled_cache.encode, seed=3, params=SENTENCE_UNITS)
    assert "sentence_vectors" not in plain.params  # the default's params (and analysis.json) are unchanged
    assert pooled.params["sentence_vectors"] == "in_answer"
    # these fake pooled vectors are the sentences' own, so both ways find the same masks
    assert np.array_equal(plain.labels, pooled.labels)


def test_split_sentences() -> None:
    got = split_sentences("One two three. Four five six! Seven? 4.", min_words=2)
    assert got == ["One two three.", "Four five six!"]
    assert split_sentences("", 1) == []


def test_a_bracket_closing_after_the_stop_ends_the_sentence() -> None:
    # "(More could be said here.) I hope this helps." is two sentences in a block of text, as it is one per line;
    # an aside inside a sentence and a stop inside brackets before more words do not cut
    text = "(More could be said here.) I hope this helps. It is fine (mostly). Really? (Yes!) [Noted.] Done."
    assert split_sentences(text) == ["(More could be said here.)", "I hope this helps.", "It is fine (mostly).",
                                     "Really?", "(Yes!)", "[Noted.]", "Done."]
    assert split_sentences("I think (as noted) it holds. Next") == ["I think (as noted) it holds.", "Next"]


def test_a_null_whose_layouts_join_an_aside_to_the_next_sentence_gives_no_mask() -> None:
    # held-out blind set 31's one null of 20 that passed (seed 108, 20,000 answers): a filler aside and the next
    # sentence were one sentence where the layout ran them together, and their trigrams made a false mask
    from core.embed_static import StaticEmbedder
    from tests import planted_blind31

    c = planted_blind31.make_corpus("null", seed=108, size=20000)
    emb = StaticEmbedder().encode
    r = _run(c, emb, seed=108, n_reruns=5, sentence_embed=emb)
    assert r.params["sentence_split"] == "stop-or-bracket"
    assert [m.name for m in r.masks if m.reported] == []


def test_a_short_habit_line_whose_word_is_said_everywhere_is_found() -> None:
    # seen blind set 35's habit-plus (3,000 answers, seed 0): "Answer below." closes 300 answers of one context,
    # and "answer" is said in 143 others across every context; before core.mask_phrases.SHORT_MERGE the line's
    # words joined the word's and the habit was not found
    from core.embed_static import StaticEmbedder
    from tests import planted_blind35

    c = planted_blind35.make_corpus("habit-plus", seed=0, size=3000)
    emb = StaticEmbedder().encode
    r = _run(c, emb, seed=0, n_reruns=0, sentence_embed=emb)
    truth = [x if x.startswith("habit:") or x in c.planted.values() else PLAIN for x in c.registers]
    assert recovered(truth, r.labels) == {"habit:data-notebook": True, "habit:system-persona": True,
                                          "caption-cues": True}


def test_three_registers_of_one_context_are_three_masks_when_two_say_a_contraction() -> None:
    # seen blind set 29's triple (1,000 answers, seed 0): seo-blogger says "Let's delve in!" and uwu-cutesy
    # "that's all"; with the clitic "s" a word unit both said, the ways' word guard refused their cut and they
    # were one mask (core.mask_phrases._WHOLE_WORD)
    from tests import planted_blind29

    c = planted_blind29.make_corpus("triple", seed=0, size=1000)
    r = _run(c, seed=0, n_reruns=0)
    assert recovered(c.registers, r.labels) == {"seo-blogger": True, "scifi-robot": True, "uwu-cutesy": True}


def test_same_inputs_and_seed_give_identical_output(small: PlantedCorpus) -> None:
    a, b = _run(small, seed=3), _run(small, seed=3)
    assert np.array_equal(a.labels, b.labels)
    assert a.xy.tobytes() == b.xy.tobytes()
    assert a.masks == b.masks and a.nmi == b.nmi and a.stability == b.stability and a.params == b.params


def test_result_structure(small: PlantedCorpus) -> None:
    r = _run(small, seed=1)
    n = small.n
    assert r.labels.shape == (n,) and r.labels.dtype == np.int64
    assert r.xy.shape == (n, 2) and r.xy.dtype == np.float32 and np.isfinite(r.xy).all()
    assert r.method == "stance" and 0.0 <= r.nmi <= 1.0 and -1.0 <= r.stability <= 1.0
    assert {int(x) for x in r.labels} <= set(range(-1, len(r.masks)))
    assert len(r.masks) >= 2
    sizes = [m.size for m in r.masks]
    assert sizes == sorted(sizes, reverse=True)
    for m in r.masks:
        members = np.flatnonzero(r.labels == m.mask_id)
        assert m.size == len(members) == sum(m.context_counts.values())
        assert list(m.context_counts) == sorted(m.context_counts)
        assert m.purity == pytest.approx(m.context_counts[m.top_context] / m.size, abs=1e-6)
        assert 1 <= len(m.exemplar_ids) <= 3
        assert set(m.exemplar_ids) <= {1000 + int(i) for i in members}
        assert m.keywords and all(isinstance(k, str) for k in m.keywords)
    json.dumps([asdict(m) for m in r.masks])
    json.dumps(r.params)


@pytest.mark.parametrize("units", ["phrases", "sentences"])
def test_both_units_find_the_planted_registers(small: PlantedCorpus, units: str) -> None:
    r = _run(small, seed=2, params=MaskParams(units=units))
    tops = {m.top_context for m in r.masks if m.purity >= 0.8}
    assert set(small.planted) <= tops
    assert adjusted_rand_score(small.registers, r.labels) > (0.9 if units == "phrases" else 0.5)


def test_phrase_labels_do_not_read_the_embedding(small: PlantedCorpus) -> None:
    # phrase units find masks from the words alone; the embedding only places exemplars and the layout
    a = _run(small, seed=2, n_reruns=0)
    b = _run(small, FakeEmbedder(dim=32).encode, seed=2, n_reruns=0)
    assert np.array_equal(a.labels, b.labels) and a.masks[0].name == b.masks[0].name


def test_null_corpus_finds_no_context_structure() -> None:
    c = make_planted_corpus(4, n_questions=8, samples=6, planted={})
    r = _run(c, seed=4)
    assert r.nmi < 0.1


def test_swappable_clusterer_and_reducer(small: PlantedCorpus) -> None:
    r = _run(small, seed=1, clusterer=lambda s: KMeans(n_clusters=3, n_init=3, random_state=s))
    assert len(r.masks) <= 3
    res = _run(small, seed=1, method="residual", reducer=lambda s: PCA(n_components=5, random_state=s),
               clusterer=lambda s: KMeans(n_clusters=4, n_init=3, random_state=s))
    assert res.method == "residual" and res.labels.shape == (small.n,) and len(res.masks) <= 4
    assert res.xy.shape == (small.n, 2)


def test_bad_arguments_and_empty_input() -> None:
    with pytest.raises(ValueError, match="unknown mask units"):
        find_masks(["a"], ["q"], ["c"], [1], FakeEmbedder().encode, seed=0, params=MaskParams(units="nope"))
    with pytest.raises(ValueError, match="unknown mask method"):
        find_masks(["a"], ["q"], ["c"], [1], FakeEmbedder().encode, seed=0, method="nope")
    with pytest.raises(ValueError, match="same length"):
        find_masks(["a", "b"], ["q"], ["c"], [1], FakeEmbedder().encode, seed=0)
    r = find_masks(["Yes.", "No."], ["q1", "q2"], ["c", "c"], [1, 2], FakeEmbedder().encode, seed=0)
    assert r.masks == () and list(r.labels) == [-1, -1] and r.xy.shape == (2, 2)
    assert find_masks([], [], [], [], FakeEmbedder().encode, seed=0).labels.shape == (0,)


# -- per-mask evidence, names, families ---------------------------------------------------------------------


def test_every_mask_carries_its_evidence(small: PlantedCorpus) -> None:
    r = _run(small, seed=2)
    ctx = np.asarray(small.context_ids)
    for m in r.masks:
        assert 0.0 <= m.stability <= 1.0 and m.reported == (m.stability >= STABILITY_MIN)
        assert 0.0 < m.ami_p <= 1.0 and -1.0 <= m.ami <= 1.0
        assert m.name and len(m.name) <= 80
        assert m.defining_sentences and m.name == m.defining_sentences[0].text
        for d in m.defining_sentences:
            assert d.in_mask >= 2 and 0.5 <= d.precision <= 1.0
            assert list(d.context_counts) == sorted(d.context_counts)
            assert sum(d.context_counts.values()) >= d.in_mask
        # exemplars come from the contexts where the mask is over-represented, its top context first
        first = ctx[m.exemplar_ids[0] - 1000]
        assert first == m.top_context
    assert r.params["n_reported"] == sum(m.reported for m in r.masks)


def test_planted_masks_are_stable_associated_and_named_by_their_register() -> None:
    c = make_planted_corpus(5, n_questions=16, samples=12)
    r = _run(c, seed=2)
    reg = np.asarray(c.registers)
    for m in r.masks:
        members = r.labels == m.mask_id
        register = Counter(reg[members].tolist()).most_common(1)[0][0]
        if register == PLAIN:
            continue
        assert m.reported and m.associated, m
        assert register_of_sentence(m.name) == register, (register, m.name)
    for m in r.masks:  # each mask's own stability carries its interval over the 5 reruns
        assert m.stability_reruns == 5 and m.stability is not None, m
        assert m.stability_low is not None and m.stability_high is not None
        assert 0 <= m.stability_low <= m.stability <= m.stability_high <= 1, m


def _named_by(register: str, name: str) -> bool:
    """The name is a sentence of the register: for a woven register, one carrying one of its clauses (the
    content around a clause is any question's); otherwise the register's templates cover its words best."""
    if register in POOLS and any(name.strip("\u2026") in s for s in POOLS[register]):
        return True  # verbatim: one of its own sentences, even when another register's template shares its words
    if register in WOVEN:
        parts = [re.sub(r"[^\w' ]", " ", p).split() for t in WOVEN[register] for p in re.split(r"\{[sl]\}", t)]
        flat = " ".join(re.sub(r"[^\w' ]", " ", name.lower()).split())
        return any(" ".join(p).lower() in flat for p in parts if len(p) >= 2)
    return register_of_sentence(name) == register


@pytest.mark.parametrize("style", ["added", "shared", "pool", "woven", "tone"])
def test_recovered_registers_are_named_by_a_sentence_of_theirs(style: str) -> None:
    c = make_corpus(style, seed=5, size=1000 if style != "pool" else 3000)
    r = _run(c, seed=5)
    hits = recovered(c.registers, r.labels)
    assert any(hits.values()), hits
    reg = np.asarray(c.registers)
    for register, hit in hits.items():
        if not hit:
            continue
        best = max(r.masks, key=lambda m: int(((r.labels == m.mask_id) & (reg == register)).sum()))
        assert _named_by(register, best.name), (register, best.name)


def test_null_corpora_give_no_mask_that_is_both_stable_and_associated() -> None:
    # registers recur (with fixed probabilities) but independently of context: masks may be found and be
    # stable, but none may pass the association rule too (benchmarks/bench_masks.py runs 40 seeds)
    passing = 0
    for seed in range(3):
        c = make_corpus("null", seed=seed, size=300)
        r = _run(c, seed=seed)
        passing += any(m.reported and m.associated for m in r.masks)
    assert passing == 0


def test_association_test_is_calibrated_under_the_null() -> None:
    # labels drawn independently of context: p-values uniform, so about 5% below 0.05
    rng = np.random.default_rng(0)
    q = np.repeat(np.arange(10), 25)
    ctx = np.tile(np.repeat(np.arange(5), 5), 10)
    pvals = []
    for _ in range(200):
        labels = np.where(rng.random(len(q)) < 0.2, 0, -1)
        pvals += mask_association(labels, ctx, q, seed=int(rng.integers(1 << 30)), n_perm=99)[1]
    fpr = float(np.mean(np.asarray(pvals) <= 0.05))
    assert fpr <= 0.05 + 2 * np.sqrt(0.05 * 0.95 / 200), fpr
    # and it has power: a mask made of one context
    labels = np.where(ctx == 1, 0, -1)
    ami, p = mask_association(labels, ctx, q, seed=0, n_perm=99)
    assert p[0] == pytest.approx(0.01) and ami[0] > 0.3


def test_mask_stability_is_clusterwise_jaccard() -> None:
    labels = np.array([0, 0, 0, 0, 1, 1, 1, 1, -1, -1])
    idx = np.arange(10)
    same = (idx, labels.copy())
    dissolved = (idx, np.array([0, 0, 1, 1, 2, 2, 2, 2, -1, -1]))  # mask 0 split in halves, mask 1 kept
    assert mask_stability(labels, [same, dissolved]) == pytest.approx([(1 + 0.5) / 2, 1.0])
    sub = (np.array([0, 1, 4, 5]), np.array([3, 3, -1, -1]))  # rerun on a subsample: mask 1 lost to noise
    assert mask_stability(labels, [sub]) == pytest.approx([1.0, 0.0])


def test_keywords_read_contractions_whole_and_drop_those_of_stop_words() -> None:
    # "don, agree disagree, ..." was a keyword list the issue quoted: "don" is half of "don't"
    texts = ["I don't have feelings. I'm an AI; I can't agree or disagree."] * 4 \
        + ["Cats are lovely, don\u2019t you think? Purring whiskers, y'all."] * 4 + ["A plain answer on growth."] * 4
    kw = ctfidf_keywords(texts, np.array([0] * 4 + [1] * 4 + [-1] * 4), 2, top=30)
    words = {w for k in kw for term in k for w in term.split()}
    assert not words & {"don", "t", "m", "ll", "can", "don't", "i'm", "can't", "don\u2019t"}, kw
    assert "feelings" in kw[0] and "whiskers" in kw[1] and "y'all" in kw[1], kw


def test_shorten_cuts_at_a_word_boundary() -> None:
    assert shorten("short one") == "short one"
    long = "word " * 40
    out = shorten(long, 30)
    assert len(out) <= 30 and out.endswith("\u2026") and "  " not in out


def _mask(mask_id: int, *sentences: str, size: int = 10, reported: bool = True) -> Mask:
    ds = tuple(DefiningSentence(text=t, in_mask=5, precision=0.9, context_counts={"c": 5}) for t in sentences)
    return Mask(mask_id=mask_id, size=size, context_counts={"c": size}, top_context="c", purity=1.0, keywords=(),
                exemplar_ids=(), name=sentences[0], defining_sentences=ds, stability=0.9, reported=reported)


def test_mask_families_match_masks_across_models_by_defining_sentences() -> None:
    disclaimer_a = _mask(0, "As an AI, I don't have feelings like humans do.", "I am just a language model.")
    disclaimer_b = _mask(1, "As an AI, I do not have feelings like humans do.", "I'm only a language model.",
                         size=20)
    dread = _mask(0, "There is a quiet unease when I dwell on it.")
    unstable = _mask(2, "As an AI, I don't have feelings like humans do.", reported=False)
    fams = mask_families({"m/a": [disclaimer_a], "m/b": [dread, disclaimer_b], "m/c": [unstable]})
    assert len(fams) == 2
    top = fams[0]
    assert top.present == ("m/a", "m/b") and top.absent == ("m/c",)
    assert top.members == (("m/a", 0), ("m/b", 1)) and top.name == disclaimer_b.name and top.family_id == 0
    assert fams[1].members == (("m/b", 0),) and fams[1].absent == ("m/a", "m/c")
    with_unstable = mask_families({"m/a": [disclaimer_a], "m/c": [unstable]}, reported_only=False)
    assert with_unstable[0].present == ("m/a", "m/c")
    assert mask_families({}) == ()


# -- property-based: generator settings drawn at random ------------------------------------------------------


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(style=st.sampled_from(sorted(GENERATORS)), size=st.integers(120, 360), seed=st.integers(0, 10_000),
       rate=st.floats(0.5, 1.0), filler=st.floats(0.0, 0.8))
def test_invariants_on_random_generator_settings(style: str, size: int, seed: int, rate: float,
                                                  filler: float) -> None:
    c = make_corpus(style, seed=seed, size=size, register_rate=rate, filler_rate=filler)
    assert c.n == len(c.registers) and set(c.registers) - {PLAIN} <= set(c.planted.values()) | {
        "formal-assessment", "ai-disclaimer"}
    r = _run(c, seed=seed % 97, n_reruns=2, n_perm=99)
    assert r.labels.shape == (c.n,) and {int(x) for x in r.labels} <= set(range(-1, len(r.masks)))
    assert [m.size for m in r.masks] == sorted((m.size for m in r.masks), reverse=True)
    ctx = np.asarray(c.context_ids)
    for m in r.masks:
        members = np.flatnonzero(r.labels == m.mask_id)
        assert m.size == len(members) and m.reported == (m.stability >= STABILITY_MIN)
        assert 0.0 <= m.stability <= 1.0 and 0.0 < m.ami_p <= 1.0 and m.name
        assert set(m.exemplar_ids) <= {1000 + int(i) for i in members}
        assert ctx[m.exemplar_ids[0] - 1000] == m.top_context
    json.dumps([asdict(m) for m in r.masks])
    assert set(DEV).isdisjoint(HELD_OUT)


# -- real embedder ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_embed(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    store = Store(Path(tmp_path_factory.mktemp("emb")) / "cache.sqlite")
    yield CachedEmbedder(default_embedder(), store)
    store.close()


@pytest.mark.slow
def test_real_embedder_recovers_planted_registers_and_beats_residual(real_embed: CachedEmbedder) -> None:
    c = make_planted_corpus(1)  # 12 questions x 5 contexts x 10 samples = 600 responses, 3 planted registers
    stance = _run(c, real_embed.encode, seed=1)
    ari = adjusted_rand_score(c.registers, stance.labels)
    residual = _run(c, real_embed.encode, seed=1, method="residual", n_reruns=1)
    ari_residual = adjusted_rand_score(c.registers, residual.labels)
    print(f"\nARI stance={ari:.3f} residual={ari_residual:.3f}; stability stance={stance.stability:.3f} "
          f"residual={residual.stability:.3f}")
    assert ari >= 0.8
    assert ari > ari_residual
    assert stance.stability >= 0.8
    planted_masks = {m.top_context for m in stance.masks if m.purity >= 0.9}
    assert planted_masks == set(c.planted)
    plain = np.array([r == PLAIN for r in c.registers])
    assert (stance.labels[plain] == -1).mean() > 0.8
    # what users get unasked is the method this test holds to: find_masks's and analyze's defaults
    import inspect

    from core.analysis import analyze

    assert inspect.signature(find_masks).parameters["method"].default == "stance"
    assert inspect.signature(analyze).parameters["method"].default == "stance"


def _shares_a_run(name: str, sentences: tuple[str, ...], run: int = 4) -> bool:
    """Some `run` consecutive words of the name (ellipses dropped) occur, in order, in one of `sentences`."""
    words = re.findall(r"[a-z']+", name.lower().replace("\u2026", " "))
    pool = [" " + " ".join(re.findall(r"[a-z']+", s.lower())) + " " for s in sentences]
    return any(f" {' '.join(words[i:i + run])} " in p for i in range(len(words) - run + 1) for p in pool)


@pytest.mark.parametrize("style", ["verbatim", "clause", "tone", "mixed"])
def test_held_out_registers_are_named_by_a_sentence_of_theirs(style: str) -> None:
    # the independently written generators (tests/planted_fresh.py): a recovered register's mask is named by
    # wording of that register (its pool, clauses or tone templates), not by content or filler
    from tests import planted_fresh

    c = planted_fresh.make_corpus(style, seed=0, size=3000)
    r = _run(c, seed=0, n_reruns=0, n_perm=99)
    hits = recovered(c.registers, r.labels)
    assert any(hits.values()), hits
    reg = np.asarray(c.registers)
    for register in (k for k, v in hits.items() if v):
        best = max(r.masks, key=lambda m: int(((r.labels == m.mask_id) & (reg == register)).sum()))
        assert _shares_a_run(best.name, planted_fresh.register_sentences(register)), (register, best.name)


_BLIND = ("fresh", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
          "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18",
          "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26",
          "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35",
          "blind36")


def _generator(which: str) -> ModuleType:
    """A generator module of tests/ by its short name (fresh, blind, blind2, ...)."""
    import importlib

    return importlib.import_module(f"tests.planted_{which}")


# Known failures, kept visible: strict, so a fix makes them fail until the mark goes.
_NAMES_XFAIL: dict[tuple[str, str], str] = {
    ("blind16", "partial"): "held-out blind set 16 (2026-12-03): the weather-forecast register (69 of its mask's "
                            "101 answers) shares its mask with its context's habit, which names it ('To put it in "
                            "one line, it's complicated but not hopeless.', 32): the habit split's known limit",
    ("blind18", "single_woven"): "held-out blind set 18 (2026-12-03): the fortune-teller register woven into content "
                                 "sentences (169 of its mask's 173 answers) is named by the end of a content "
                                 "sentence its phrases are woven into ('…same to me as the future ahead does.', "
                                 "3 answers hold that wording, 2 of them plain): the name is cut before the phrase",
    ("blind23", "two-modes"): "held-out blind set 23 (2026-12-04): the kitchen-chef register said as a quotation in "
                              "one context (172 of its mask's 181 answers) is named by the plain quotation frame every "
                              "context says ('As an old philosopher once put it: Go slowly with the big questions.'), "
                              "said verbatim where the register's own quotations vary (not looked into: held out)",
    # blind set 25's two-in-one and blind set 28's close-in-one are named right since the ways' first split
    # reads lines (their two registers are two masks)
    ("blind25", "question-split"): "held-out blind set 25 (2026-12-04): the recipe-card register shares one mask "
                                   "with the other register of its context (155 and 136 answers), said on the other "
                                   "half of the questions, which names it. The ways said on different questions "
                                   "(2026-12-05 night) find the two blocks, but a word both registers say keeps "
                                   "them one, as it keeps one register worded by question. Its pair-in-one mark "
                                   "went with the pruned ways (a line both ways say is left out of their test)",
    # passing since 2026-12-05 evening, their xfails gone: blind set 27's with-habit (a line said instead of a
    # register is a way of its own), blind sets 29's and 32's triple and 30's composite (registers of one context);
    # since 2026-12-05 night blind sets 32's and 33's split-questions (ways said on different questions)
    # since 2026-12-05 late night (the short units' own merge, core.mask_phrases.SHORT_MERGE) blind sets 15's
    # shared, 25's composite, 30's pair-one-context and 31's pure-woven pass, their xfails gone; since
    # 2026-12-06 (contractions whole in the short units, core.mask_phrases._WHOLE_WORD) blind set 29's triple
    # passes again. These fail since the merge:
    ("blind33", "split-questions"): "seen blind set 33 (since 2026-12-05 late night): yaml-fields and "
                                    "branded-assistant, two registers of one context on different questions, "
                                    "share one mask (122 and 98 answers), named by yaml-fields' line. Traced "
                                    "2026-12-06: the ways find the cut (122 | 98) but yaml-fields' side's p "
                                    "is 0.015 against level 0.01 (0.010 before the merge: a pass at the edge)",
    ("blind28", "two-in-one"): "seen blind set 28 (since 2026-12-05 late night): wedding-officiant and "
                               "infomercial share one mask (63 and 58 answers) before and since; since, "
                               "infomercial's line names it ('…while supplies last.')",
    ("blind33", "composite"): "seen blind set 33 (since 2026-12-05 late night): branded-assistant shares one mask "
                              "with its context's habit line (64 and 32 answers; 60 and 32 before), which names it "
                              "since: the habit split's known limit",
    # fails since 2026-12-06 (contractions whole in the short units):
    ("blind18", "close_together"): "seen blind set 18 (since 2026-12-06): help-desk and infomercial share one "
                                   "mask before and since; since, it holds 66 of each (66 and 65 before), so "
                                   "help-desk counts as recovered (half the mask) and infomercial's line names "
                                   "it: two registers of one context merged",
    ("blind27", "composite"): ("held-out blind set 27 (2026-12-04): the launch-control register shares one mask "
                               "with its context's habit line (64 and 34 answers), which names it: the habit "
                               "split's known limit (not looked into: held out)"),
    ("blind28", "composite"): "held-out blind set 28 (2026-12-04): the cowboy register shares one mask with "
                              "release-notes, the other register of its context (60 and 59 answers), whose wording "
                              "names it ('…from my side, since the last patch.'): two registers in one context merged",
    ("blind31", "composite"): "held-out blind set 31 (2026-12-05): keynote shares one mask with alchemist, the "
                              "other register of its context (60 and 59 answers), named by alchemist's line ('Ah, "
                              "the crucible!'), and pros-cons one with its context's habit (65 and 42), named by "
                              "the habit ('[Quick reply].'): two registers of one context and the habit split's "
                              "limit",
    ("blind31", "three-in-one"): "held-out blind set 31 (2026-12-05): three registers in one context; spiral-mystic "
                                 "is split off (78 answers), keynote and victorian-letter share one mask (81 and "
                                 "79), named by victorian-letter's wording ('…as I penned by candlelight.'): two "
                                 "registers of one context merged",
    ("blind33", "two-short-in-one"): "held-out blind set 33 (2026-12-05): two registers of one context said in "
                                      "one- to three-word lines share one mask (ticket-triage 133, locale-spanish "
                                      "132 answers), named by locale-spanish's 'Vale.': short-unit registers are "
                                      "not in the ways' choice",
    ("blind34", "habit-plus"): "held-out blind set 34 (2026-12-05): the pal-familiar register shares one mask "
                               "with its context's habit line (145 and 40 answers), which names it ('No sources "
                               "were used for this reply.'): the habit split's limit",
    ("blind34", "triple"): "held-out blind set 34 (2026-12-05): three registers in one context; bog-witch is "
                           "split off (70 answers), volcanologist and content-warning share one mask (70 and 64), "
                           "named by content-warning's tag ('[TW: heavy]'): two registers of one context merged",
    ("blind34", "close-pair-shared"): "held-out blind set 34 (2026-12-05): the close pair callback-rapport and "
                                      "pal-familiar share one mask where they share a context (87 and 86 "
                                      "answers), named by a content sentence with pal-familiar's tail ('…"
                                      "deprecation no worries.'): two registers of one context merged",
    ("blind26", "split-questions"): "held-out blind set 26 (2026-12-04): the apiary register shares one mask with "
                                    "ringmaster (86 and 81 answers), the other register of its context, said on the "
                                    "other half of the questions, which names it; the ways said on different "
                                    "questions (2026-12-05 night) find the two blocks, but a word both registers say "
                                    "keeps them one, as it keeps one register worded by question",
}


def _generator_sets() -> list[Any]:
    return [("dev", s) for s in DEV + HELD_OUT] + [
        pytest.param(w, s, marks=pytest.mark.xfail(reason=_NAMES_XFAIL[w, s], strict=True))
        if (w, s) in _NAMES_XFAIL else (w, s) for w in _BLIND for s in _generator(w).STYLES]


@pytest.mark.parametrize(("which", "style"), _generator_sets())
def test_every_recovered_register_is_named_by_its_own_wording(which: str, style: str) -> None:
    # every generator set, including the ones written blind to the method: each recovered register's mask is
    # named by wording that mostly that register's answers hold
    make = make_corpus if which == "dev" else _generator(which).make_corpus
    c = make(style, seed=0, size=1000)
    texts = [normalize(t) for t in c.texts]
    r = _run(c, seed=0, n_reruns=0, baseline=c.baseline)  # as `analyze` calls it, with the study's baseline
    assert misnamed(c.registers, texts, r.labels, [m.name for m in r.masks]) == []


def test_a_sentence_in_two_groups_is_listed_once_among_the_defining_sentences() -> None:
    # a trigram group and a word group both worded by one sentence (the short units): one row, the better ranked
    from core.masks import defining_sentences

    texts = ["I neither agree nor disagree. Cats are fine."] * 6 + ["Something else entirely here."] * 6
    labels = np.array([0] * 6 + [-1] * 6)
    resp = np.array(list(range(6)) * 2 + list(range(6)))
    unit = np.array([0] * 6 + [1] * 6 + [2] * 6)
    sents = ["I neither agree nor disagree."] * 12 + ["Cats are fine."] * 6
    rows = defining_sentences(texts, labels, ["a"] * 12, 3, (resp, unit, sents))[0]
    assert sorted(r.text for r in rows) == ["Cats are fine.", "I neither agree nor disagree."]


def test_a_word_group_is_named_by_its_own_phrase_not_a_member_word_in_content() -> None:
    # a register's word group ("workspace", "rules", "workspace rules") also holds a repeated content sentence
    # through the member word alone ("rules of play"); that sentence outnumbers the register's own lines, each
    # said once, and named the mask (blind set 41's pure-opener at 20,000 answers, seen)
    from scipy import sparse

    from core.mask_phrases import Phrases, unit_occurrences
    from core.masks import defining_sentences

    shared = "In my own case, rules of play is open."
    own = [f"Workspace rules: topic {i} feels steady." for i in range(6)]
    texts = [f"{o} {shared}" for o in own] + [f"Plain answer {j} here." for j in range(6)]
    labels = np.array([0] * 6 + [-1] * 6)
    sent_text = tuple(t for o in own for t in (o, shared))
    ph = Phrases(resp=np.repeat(np.arange(6), 2), text=sent_text, units=sparse.csr_matrix(np.ones((12, 1))),
                 grams=(("workspace", "rules", "workspace rules"),))
    rows = defining_sentences(texts, labels, ["a"] * 12, 3, unit_occurrences(ph, 80))[0]
    assert rows[0].text == "Workspace rules: topic 0 feels steady."


def test_wording_ids_match_unique_on_the_lowered_sentences() -> None:
    from core.masks import _wording_ids

    text = ["I note this.", "i NOTE this.", "x" * 5000, "Another.", "I note this."]
    expect = np.unique([t.lower() for t in text], return_inverse=True)[1]
    assert np.array_equal(_wording_ids(text), expect)


def test_every_generator_set_is_the_same_under_any_hash_seed() -> None:
    # the bench's tables must be reproducible: a generator iterating a set of strings would draw a different
    # corpus in each process (blind set 8 did, before its planted questions were taken in order)
    import os
    import subprocess
    import sys

    code = ("import hashlib, importlib; h = hashlib.sha1()\n"
            f"for w in {['masks', *_BLIND]!r}:\n"
            "    g = importlib.import_module(f'tests.planted_{w}')\n"
            "    styles = g.DEV + g.HELD_OUT if w == 'masks' else tuple(g.GENERATORS)\n"
            "    for s in styles:\n"
            "        c = g.make_corpus(s, seed=1, size=300)\n"
            "        h.update(repr((c.texts, c.registers, c.planted_questions)).encode())\n"
            "print(h.hexdigest())")
    out = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONHASHSEED": h}).stdout for h in ("1", "2")}
    assert len(out) == 1


def test_a_missed_register_is_told_apart_as_in_parts_merged_or_not_found() -> None:
    """The benchmark's reading of a miss (`miss_kind`): one register in two masks that are each mostly it is
    found in parts; inside a mask mostly another register's, merged; mostly outside every mask, partly found
    when some of it is in a mask that is mostly it, else not found."""
    regs = ["a"] * 10 + ["b"] * 20 + [PLAIN] * 10
    in_parts = np.array([0] * 4 + [1] * 4 + [-1] * 2 + [-1] * 20 + [-1] * 10)
    merged = np.array([0] * 10 + [0] * 20 + [-1] * 10)
    scattered = np.array([0] * 2 + [-1] * 8 + [-1] * 20 + [-1] * 10)
    assert not recovered(regs, in_parts)["a"] and miss_kind(regs, in_parts, "a") == "in parts"
    assert not recovered(regs, merged)["a"] and miss_kind(regs, merged, "a") == "merged"
    assert not recovered(regs, scattered)["a"] and miss_kind(regs, scattered, "a") == "partly found"
    nowhere = np.array([-1] * 10 + [0] * 20 + [-1] * 10)
    assert not recovered(regs, nowhere)["a"] and miss_kind(regs, nowhere, "a") == "not found"


def test_a_register_every_frame_but_the_baseline_brings_out_is_a_mask_when_the_baseline_is_named() -> None:
    # blind set 39's all-but-neutral (seen): one register in all four contexts but neutral. No candidate set held
    # it before (fewer than three contexts outside); named, the baseline may be the one outside
    from tests import planted_blind39

    c = planted_blind39.make_corpus("all-but-neutral", seed=1, size=1000)
    truth = [x if x != "plain" and not x.startswith("habit:") else PLAIN for x in c.registers]
    named = _run(c, seed=0, n_reruns=0, baseline=c.baseline)
    plain = _run(c, seed=0, n_reruns=0)
    assert named.params["contrast_baseline_out"] is True and plain.params["contrast_baseline_out"] is False
    assert adjusted_rand_score(truth, named.labels) >= 0.9
    assert adjusted_rand_score(truth, plain.labels) < 0.5
    assert _run(c, seed=0, n_reruns=0, baseline="no-such-context").params["contrast_baseline_out"] is False
    by_sentence = _run(c, seed=0, n_reruns=0, baseline=c.baseline, params=SENTENCE_UNITS)
    assert by_sentence.params["contrast_baseline_out"] is True  # the sentence units' contrast is told it too
