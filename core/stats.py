"""Shared pure statistics: the one significance level, Benjamini-Hochberg, seeded random streams."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np

ALPHA = 0.05
"""The significance level of every test and every FDR correction in the analysis (one place)."""


def bh(p_values: Sequence[float | None]) -> list[float | None]:
    """Benjamini-Hochberg q-values (monotone step-up, capped at 1); None stays None."""
    idx = [i for i, p in enumerate(p_values) if p is not None]
    out: list[float | None] = [None] * len(p_values)
    m = len(idx)
    if m == 0:
        return out
    p = np.array([p_values[i] for i in idx], dtype=np.float64)
    order = np.argsort(p, kind="stable")
    ranked = p[order] * m / np.arange(1, m + 1)
    q = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.minimum(q, 1.0)
    for k, j in enumerate(order):
        out[idx[j]] = float(q[k])
    return out


def rng(seed: int, *keys: str) -> np.random.Generator:
    """A random stream per (seed, keys): adding a question or context never changes another's draws."""
    return np.random.default_rng([seed, *(zlib.crc32(k.encode()) for k in keys)])
