"""Embedders: texts -> L2-normalised float32 rows; the default is all-MiniLM-L6-v2, offline, cached in the store."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

# The model's id, files and long-text reading are shared with core/embed_onnx.py; re-exported from here.
from core.minilm import (  # noqa: F401
    DEFAULT_MODEL_ID,
    LONG_TEXTS,
    LONG_TEXTS_NOTE,
    bundled_model_path,
    pool_windows,
    windows,
)
from core.offline import use_offline_defaults

if TYPE_CHECKING:
    from core.store import Store

IN_ANSWER = "+sentences-in-answer-v2"  # v2: sentences end after a closing bracket too
"""Cache id suffix of the sentence vectors pooled from an answer's own pass (one row per answer: k x d)."""
EMBEDDERS = ("onnx", "torch")
"""Backends of the bundled model: `onnx` (default, int8 ONNX Runtime) and `torch` (sentence-transformers)."""


class Embedder(Protocol):
    """Turns texts into vectors; `id` names the model in provenance and in the cache key."""

    id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows."""
        ...


def text_sha256(text: str) -> str:
    """Hex sha256 of the UTF-8 text: the embedding cache key next to the embedder id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path, on CPU; default: the bundled MiniLM."""

    def __init__(self, model: str | None = None, *, batch_size: int = 64, device: str = "cpu") -> None:
        # Nothing may download weights at run time: a name that is not cached locally fails here.
        use_offline_defaults()
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # the analyze command draws its own bars

        if model is None or model == DEFAULT_MODEL_ID:
            name = DEFAULT_MODEL_ID
            source = str(bundled_model_path())
        else:
            name = model
            source = model
        # the id names the reading of long texts too, so vectors cached before windows never mix with these
        self.id = f"{name}+{LONG_TEXTS}"
        self.long_texts = LONG_TEXTS_NOTE
        self.batch_size = batch_size
        self.model: Any = SentenceTransformer(source, device=device)
        self.dim = int(self.model.get_embedding_dimension() or 0)
        self.max_len = int(self.model.max_seq_length or 512)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows; a text over max_seq_length word pieces is read in windows."""
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = list(texts)
        ids = self.model.tokenizer(texts, add_special_tokens=True, truncation=False, verbose=False)["input_ids"]
        long = [i for i, x in enumerate(ids) if len(x) > self.max_len]
        out = self.model.encode(texts, batch_size=self.batch_size, convert_to_numpy=True,
                                normalize_embeddings=True, show_progress_bar=False)
        out = np.ascontiguousarray(out, dtype=np.float32)
        if long:
            out[long] = self._long([ids[i] for i in long])
        return out

    def _long(self, ids: Sequence[Sequence[int]]) -> np.ndarray:
        import torch

        pieces, owner = windows(ids, self.max_len)
        auto = self.model[0].auto_model
        pooled = np.zeros((len(pieces), self.dim), dtype=np.float32)
        with torch.inference_mode():
            for s in range(0, len(pieces), self.batch_size):
                batch = pieces[s:s + self.batch_size]
                n = max(len(p) for p in batch)
                inp = torch.zeros((len(batch), n), dtype=torch.long)
                mask = torch.zeros((len(batch), n), dtype=torch.long)
                for j, p in enumerate(batch):
                    inp[j, :len(p)] = torch.tensor(p)
                    mask[j, :len(p)] = 1
                states = auto(input_ids=inp, attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).float()
                pooled[s:s + len(batch)] = ((states * m).sum(1) / m.sum(1).clamp(min=1e-9)).numpy()
        return pool_windows(pooled, [len(p) for p in pieces], owner, len(ids))


def default_embedder(backend: str = "onnx") -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once per process: ONNX Runtime int8 (default) or PyTorch."""
    return _bundled(backend)


@lru_cache(maxsize=2)
def _bundled(backend: str) -> Embedder:
    if backend == "torch":
        return SentenceTransformerEmbedder()
    if backend != "onnx":
        raise ValueError(f"unknown embedder backend '{backend}' (known: {', '.join(EMBEDDERS)})")
    from core.embed_onnx import OnnxEmbedder

    return OnnxEmbedder()


MASK_SENTENCES = ("auto", "static", "embedder")
"""analyze --mask-sentences: how the masks stage reads sentences (see sentence_embedder)."""
AUTO_EMBEDDER_MAX = 5000
"""--mask-sentences auto: a study whose models have at most this many unique sentences each has them read by the
answers' embedder (about 25 s of MiniLM on 2 cores); above it, the static table for every model. On the dev
generators MiniLM per sentence recovered planted registers better at 300 responses (~1,200 sentences) and the
static table as well from ~1,000 (~3,400 sentences): README Performance, benchmarks/bench_sentence_vectors.py.
Nothing was measured between 1,000 and 3,000 responses; 5,000 is a margin above the tie."""


def is_bundled(embedder: Embedder) -> bool:
    """Whether the embedder is the bundled MiniLM (either backend, or Ray over it): the one with a static table."""
    return embedder.id.startswith(DEFAULT_MODEL_ID)


def sentence_embedder(embedder: Embedder, how: str = "auto", n_sentences: int | None = None) -> Embedder | None:
    """The masks stage's sentence reader: the static distillation of the bundled MiniLM (core.embed_static) for
    `static`, or for `auto` when n_sentences (the study's largest per-model count) is over AUTO_EMBEDDER_MAX; None
    (the answers' embedder reads them) otherwise, and always for any other model, whose table we do not build."""
    if how not in MASK_SENTENCES:
        raise ValueError(f"unknown --mask-sentences '{how}' (known: {', '.join(MASK_SENTENCES)})")
    if how == "embedder" or not is_bundled(embedder):
        return None
    if how == "auto" and (n_sentences is None or n_sentences <= AUTO_EMBEDDER_MAX):
        return None
    return _static()


@lru_cache(maxsize=1)
def _static() -> Embedder:
    from core.embed_static import StaticEmbedder

    return StaticEmbedder()


def make_embedder(name: str | None) -> Embedder:
    """--embedder: `onnx` (default), `torch`, or a sentence-transformers model name or local path."""
    if name is None or name in EMBEDDERS:
        return default_embedder(name or "onnx")
    return SentenceTransformerEmbedder(name)


class CachedEmbedder:
    """Wraps an Embedder with the store's cache by (embedder id, sha256 of text); encodes only misses, once each."""

    def __init__(self, embedder: Embedder, store: Store, *, sentence_vectors: bool = False) -> None:
        self.embedder = embedder
        self.store = store
        self.id = embedder.id
        self.sentence_vectors_on = sentence_vectors
        """Also pool and cache each answer's sentence vectors in its own pass (masks' sentence_vectors="in_answer");
        off by default: those vectors recovered planted masks less well than sentences embedded alone."""
        self.n_encoded = 0
        """Texts actually sent to the wrapped embedder over this object's life (0 when all were cached)."""
        self.n_requested = 0
        """Texts asked for over this object's life, duplicates included."""

    @property
    def has_sentence_vectors(self) -> bool:
        """Whether sentence vectors are pooled from the answer's own pass: asked for (sentence_vectors=True) and the
        wrapped embedder can (encode_spans: the default ONNX one)."""
        return self.sentence_vectors_on and callable(getattr(self.embedder, "encode_spans", None))

    def _fill(self, missing: dict[str, str]) -> dict[str, np.ndarray]:
        """Encode the missing texts (sha -> text) and store them; with encode_spans, in the same pass, the
        vectors of the sentences of every text that has two or more (one row per text: k x d float32)."""
        texts = list(missing.values())
        if self.has_sentence_vectors:
            fresh, sents = self.embedder.encode_spans(texts)  # type: ignore[attr-defined]
            self.store.put_embeddings(self.id + IN_ANSWER, {sha: sents[i].ravel() for i, sha in enumerate(missing)
                                                            if len(sents[i]) > 1})
        else:
            fresh = self.embedder.encode(texts)
        new = {sha: fresh[i] for i, sha in enumerate(missing)}
        self.store.put_embeddings(self.id, new)
        self.n_encoded += len(missing)
        return new

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows, from the cache where possible."""
        texts = list(texts)
        self.n_requested += len(texts)
        shas = [text_sha256(t) for t in texts]
        found = self.store.get_embeddings(self.id, shas)
        missing: dict[str, str] = {}
        for sha, text in zip(shas, texts, strict=True):
            if sha not in found and sha not in missing:
                missing[sha] = text
        if missing:
            found.update(self._fill(missing))
        if not texts:
            return np.asarray(self.embedder.encode([]), dtype=np.float32)
        return np.stack([found[sha] for sha in shas]).astype(np.float32, copy=False)

    def sentence_vectors(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Per text, (k, d) float32 L2-normalised vectors of its k sentences (core.masks.sentence_spans with
        min_words 1), pooled from the text's own pass (encode_spans), from the cache where possible: texts
        encoded before through this cache are not read again. Needs has_sentence_vectors."""
        from core.masks import sentence_spans

        if not self.has_sentence_vectors:
            raise TypeError(f"embedder {self.id} cannot pool sentence vectors from the answer's pass")
        texts = list(texts)
        counts = [len(sentence_spans(t, 1)) for t in texts]
        shas = [text_sha256(t) for t in texts]
        multi = [sha for sha, k in zip(shas, counts, strict=True) if k > 1]
        found = self.store.get_embeddings(self.id + IN_ANSWER, multi)
        missing = {sha: t for sha, t, k in zip(shas, texts, counts, strict=True) if k > 1 and sha not in found}
        if missing:
            self._fill(missing)
            found.update(self.store.get_embeddings(self.id + IN_ANSWER, list(missing)))
        single = self.encode([t for t, k in zip(texts, counts, strict=True) if k == 1])  # their own vector
        out: list[np.ndarray] = []
        j = 0
        for sha, k in zip(shas, counts, strict=True):
            if k > 1:
                out.append(np.asarray(found[sha], dtype=np.float32).reshape(k, -1))
            elif k == 1:
                out.append(single[j:j + 1])
                j += 1
            else:
                out.append(np.zeros((0, single.shape[1] if single.ndim == 2 else 0), dtype=np.float32))
        return out
