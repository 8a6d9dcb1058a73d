"""Synthetic embeddings with a planted context shift, for the shift and comparison tests."""

from __future__ import annotations

import math

import numpy as np


def unit(v: np.ndarray) -> np.ndarray:
    """Rows scaled to length 1."""
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


def shifted_embeddings(rng: np.random.Generator, *, n_q: int, contexts: list[str], samples: int, dim: int = 16,
                       planted: dict[str, float] | None = None,
                       noise: float = 0.6) -> tuple[np.ndarray, list[str], list[str]]:
    """(embeddings, question ids, context ids): each question has its own centre; a planted context moves it by
    `planted[c]` along one fixed register."""
    planted = planted or {}
    register = unit(rng.normal(size=dim))
    emb, qs, cs = [], [], []
    for q in range(n_q):
        centre = rng.normal(size=dim)
        for c in contexts:
            for _ in range(samples):
                v = centre + planted.get(c, 0.0) * register * math.sqrt(dim) + noise * rng.normal(size=dim) * 1.5
                emb.append(unit(v))
                qs.append(f"q{q}")
                cs.append(c)
    return np.array(emb, dtype=np.float32), qs, cs
