"""Embedders and the store-backed cache."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from core.embed import (
    DEFAULT_MODEL_ID,
    CachedEmbedder,
    SentenceTransformerEmbedder,
    default_embedder,
    make_embedder,
    pool_windows,
    text_sha256,
    windows,
)
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


def test_windows_cut_long_sequences_and_keep_short_ones() -> None:
    short = [101, 5, 6, 102]
    long = [101, *range(1000, 1010), 102]  # 12 pieces, windows of at most 6: 4 inner pieces each
    cut, owner = windows([short, long], 6)
    assert cut[0] == short
    assert cut[1:] == [[101, 1000, 1001, 1002, 1003, 102], [101, 1004, 1005, 1006, 1007, 102],
                       [101, 1008, 1009, 102]]
    assert owner == [0, 1, 1, 1]
    assert all(len(c) <= 6 for c in cut)


def test_pool_windows_is_the_piece_weighted_mean_then_unit_length() -> None:
    pooled = np.array([[3.0, 4.0], [1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    out = pool_windows(pooled, [4, 6, 2], [0, 1, 1], 2)
    assert out.dtype == np.float32
    assert np.allclose(out[0], [0.6, 0.8])  # one window: just normalised
    want = np.array([6.0, 2.0]) / np.linalg.norm([6.0, 2.0])
    assert np.allclose(out[1], want)


LONG_HEAD = " ".join(["The garden behind the old house was quiet in the morning light."] * 30)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_long_answers_are_read_to_the_end(backend: str) -> None:
    """Defect 7 of issue 11: MiniLM reads 256 word pieces; a difference after them must still count."""
    emb = make_embedder(backend)
    a = LONG_HEAD + " In the end I feel calm, content and hopeful about the years ahead."
    b = LONG_HEAD + " In the end I feel anxious, trapped and afraid of what is coming next."
    x = emb.encode([a, b, "A short answer."])
    assert x.shape == (3, 384)
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert float(x[0] @ x[1]) < 0.9999  # truncation at 256 pieces gives the very same vector to both
    assert "windows" in emb.long_texts  # type: ignore[attr-defined]


@pytest.mark.slow
def test_onnx_default_matches_torch_and_has_its_own_cache_id() -> None:
    onnx, torch_ = default_embedder(), make_embedder("torch")
    assert onnx is default_embedder("onnx")  # loaded once per process
    assert onnx.id != torch_.id and onnx.id.startswith(DEFAULT_MODEL_ID) and "onnx" in onnx.id
    texts = ["As an AI, I don't have feelings.", "I feel a deep sense of purpose in my work.",
             "Rivers flood in spring.", LONG_HEAD + " It ends well."]
    x, y = onnx.encode(texts), torch_.encode(texts)
    cos = (x * y).sum(axis=1)
    assert cos.min() >= 0.97, cos
    # one text at a time: a vector does not depend on the texts encoded with it
    assert np.array_equal(onnx.encode(texts[1:2])[0], x[1])


@pytest.mark.slow
def test_real_embedder_loads_offline_from_package() -> None:
    emb = default_embedder("torch")
    assert emb is default_embedder("torch")  # loaded once per process
    assert isinstance(emb, SentenceTransformerEmbedder)
    assert emb.id.startswith("sentence-transformers/all-MiniLM-L6-v2")
    x = emb.encode(["As an AI, I don't have feelings.", "As an AI, I have no emotions.", "Rivers flood in spring."])
    assert x.shape == (3, 384) and x.dtype == np.float32
    assert np.allclose(np.linalg.norm(x, axis=1), 1.0, atol=1e-5)
    assert x[0] @ x[1] > x[0] @ x[2]
    assert emb.encode([]).shape == (0, 384)


@pytest.mark.slow
def test_onnx_workers_and_sentence_spans_change_no_vector() -> None:
    """Texts run in parallel, one thread each, give the vectors one run at a time gives; encode_spans' answer
    vectors are encode's, and its sentence vectors are unit rows, one per sentence, long texts included."""
    from core.embed_onnx import OnnxEmbedder
    from core.masks import split_sentences

    texts = ["As an AI, I don't have feelings. Still, I find the question interesting! Thanks.",
             "A single sentence answer.", "", LONG_HEAD + " It ends well. Or does it?"]
    one, two = OnnxEmbedder(workers=1, threads=1), OnnxEmbedder(workers=2)
    x = one.encode(texts)
    assert np.array_equal(x, two.encode(texts))
    vecs, sents = two.encode_spans(texts)
    assert np.array_equal(vecs, x)
    for t, v, row in zip(texts, sents, x, strict=True):
        assert v.shape == (len(split_sentences(t, 1)), 384)
        assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
        if len(v) == 1:
            assert np.array_equal(v[0], row)  # one sentence: the answer's own vector
    # the same sentence 30 times, over two windows: alike wherever it stands, not identical (context)
    sims = sents[3][:30] @ sents[3][0]
    assert len(sents[3]) == 32 and sims.min() > 0.6, sims


@pytest.mark.slow
def test_cached_sentence_vectors_come_from_the_answer_pass(tmp_path: Path) -> None:
    texts = ["I am an AI. I have no feelings. Thanks for asking.", "One sentence only.",
             "I am an AI. I have no feelings. Thanks for asking."]
    with Store(tmp_path / "s.sqlite") as store:
        assert not CachedEmbedder(default_embedder(), store).has_sentence_vectors  # off unless asked
        cached = CachedEmbedder(default_embedder(), store, sentence_vectors=True)
        cached.encode(texts)
        assert cached.n_encoded == 2
        got = cached.sentence_vectors(texts)
        assert cached.n_encoded == 2  # no second pass: pooled and stored with the answers
        assert [len(g) for g in got] == [3, 1, 3] and np.array_equal(got[0], got[2])
        assert np.array_equal(got[1][0], cached.encode(texts[1:2])[0])
        fresh = CachedEmbedder(default_embedder(), store, sentence_vectors=True)
        assert all(np.array_equal(a, b) for a, b in zip(fresh.sentence_vectors(texts), got, strict=True))
        assert fresh.n_encoded == 0
