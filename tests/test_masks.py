"""Masks on planted corpora: fast structure/determinism tests with the FakeEmbedder, recovery with the real one."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest
from sklearn.cluster import KMeans
from sklearn.decomposition import PCA
from sklearn.metrics import adjusted_rand_score

from core.embed import CachedEmbedder, default_embedder
from core.masks import METHODS, MaskResult, find_masks, split_sentences
from core.normalize import normalize
from core.store import Store
from tests.fakes import FakeEmbedder
from tests.planted import PLAIN, PlantedCorpus, make_planted_corpus


def _run(c: PlantedCorpus, embed=None, **kw) -> MaskResult:  # type: ignore[no-untyped-def]
    texts = [normalize(t) for t in c.texts]
    ids = [1000 + i for i in c.response_ids]
    return find_masks(texts, c.question_ids, c.context_ids, ids, embed or FakeEmbedder().encode, **kw)


@pytest.fixture(scope="module")
def small() -> PlantedCorpus:
    return make_planted_corpus(5, n_questions=8, samples=6)


def test_split_sentences() -> None:
    got = split_sentences("One two three. Four five six! Seven? 4.", min_words=2)
    assert got == ["One two three.", "Four five six!"]
    assert split_sentences("", 1) == []


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


def test_fake_embedder_finds_the_planted_registers(small: PlantedCorpus) -> None:
    r = _run(small, seed=2)
    tops = {m.top_context for m in r.masks if m.purity >= 0.8}
    assert set(small.planted) <= tops
    assert adjusted_rand_score(small.registers, r.labels) > 0.5


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
    with pytest.raises(ValueError, match="unknown mask method"):
        find_masks(["a"], ["q"], ["c"], [1], FakeEmbedder().encode, seed=0, method="nope")
    with pytest.raises(ValueError, match="same length"):
        find_masks(["a", "b"], ["q"], ["c"], [1], FakeEmbedder().encode, seed=0)
    r = find_masks(["Yes.", "No."], ["q1", "q2"], ["c", "c"], [1, 2], FakeEmbedder().encode, seed=0)
    assert r.masks == () and list(r.labels) == [-1, -1] and r.xy.shape == (2, 2)
    assert find_masks([], [], [], [], FakeEmbedder().encode, seed=0).labels.shape == (0,)


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
    assert METHODS[0] == "stance"
