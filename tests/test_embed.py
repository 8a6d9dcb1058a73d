"""Embedders and the store-backed cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.embed import CachedEmbedder, SentenceTransformerEmbedder, default_embedder, text_sha256
from core.store import Store
from tests.fakes import FakeEmbedder


def test_fake_embedder_is_deterministic_normalised_and_similarity_aware() -> None:
    a, b = FakeEmbedder(), FakeEmbedder()
    texts = ["as an AI I do not have feelings", "as an AI I do not have emotions", "the river floods in spring", ""]
    x, y = a.encode(texts), b.encode(texts)
    assert x.dtype == np.float32 and x.shape == (4, 64)
    assert np.array_equal(x, y)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0)
    assert x[0] @ x[1] > x[0] @ x[2] + 0.3


def test_cache_second_encode_embeds_nothing(tmp_path: Path) -> None:
    texts = ["one answer", "another answer", "one answer", "a third"]
    inner = FakeEmbedder()
    with Store(tmp_path / "s.sqlite") as store:
        first = CachedEmbedder(inner, store)
        x = first.encode(texts)
        assert first.n_encoded == 3  # duplicates are embedded once
        assert inner.n_texts == 3
        assert np.array_equal(x[0], x[2])
        assert np.array_equal(x, inner.encode(texts))

    # a second analyze: a new wrapper over the same store file embeds nothing
    with Store(tmp_path / "s.sqlite") as store:
        again = CachedEmbedder(FakeEmbedder(), store)
        y = again.encode(texts)
        assert again.n_encoded == 0
        assert again.embedder.n_texts == 0  # type: ignore[attr-defined]
        assert np.array_equal(x, y) and y.dtype == np.float32
        # only misses are sent on a partly cached call
        again.encode(["a third", "brand new"])
        assert again.n_encoded == 1
        assert again.id == "fake-embedder"
        assert store.get_embeddings("fake-embedder", [text_sha256("brand new")])
        assert again.encode([]).shape == (0, 64)


def test_cache_is_keyed_by_embedder_id(tmp_path: Path) -> None:
    class Other(FakeEmbedder):
        id = "other-embedder"

    with Store(tmp_path / "s.sqlite") as store:
        CachedEmbedder(FakeEmbedder(), store).encode(["same text"])
        other = CachedEmbedder(Other(dim=8), store)
        assert other.encode(["same text"]).shape == (1, 8)
        assert other.n_encoded == 1


@pytest.mark.slow
def test_real_embedder_loads_offline_from_package() -> None:
    emb = default_embedder()
    assert emb is default_embedder()  # loaded once per process
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.id == "sentence-transformers/all-MiniLM-L6-v2"
    x = emb.encode(["As an AI, I don't have feelings.", "As an AI, I have no emotions.", "Rivers flood in spring."])
    assert x.shape == (3, 384) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert x[0] @ x[1] > x[0] @ x[2]
    assert emb.encode([]).shape == (0, 384)
