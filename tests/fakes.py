"""Shared fakes: real implementations of the Protocols that need no model or network."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"[a-z0-9']+")


class FakeEmbedder:
    """Deterministic bag-of-hashed-words embedder: texts sharing words get similar vectors."""

    id = "fake-embedder"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim
        self.n_calls = 0
        self.n_texts = 0
        self._vectors: dict[str, np.ndarray] = {}

    def _token(self, tok: str) -> np.ndarray:
        v = self._vectors.get(tok)
        if v is None:
            seed = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=8).digest(), "little")
            v = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            self._vectors[tok] = v
        return v

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, dim), L2-normalised; an empty text maps to the first unit vector."""
        self.n_calls += 1
        self.n_texts += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for tok in _TOKEN.findall(text.lower()):
                out[i] += self._token(tok)
            norm = float(np.linalg.norm(out[i]))
            if norm > 0:
                out[i] /= norm
            else:
                out[i, 0] = 1.0
        return out
