"""Per-mask stability with known truth: draws of rerun Jaccard indices whose mean (the stability) is known, and the
rule's decision and interval on them (tests/test_stability.py; benchmarks/bench_stability.py at full size).

Two families, both seen in the bundled corpus's reruns (benchmarks/bench_stability.py prints them):
  spread: a Beta around the stability (a big mask that loses a few members in each rerun);
  two-valued: a mask that holds whole (1.0) in a share of the reruns and falls apart (to `s`) in the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from core.masks import STABILITY_LEVEL, STABILITY_MIN, stability_interval

Draw = Callable[[np.random.Generator, int], np.ndarray]


@dataclass(frozen=True)
class Family:
    """Rerun Jaccard indices of one mask, with their true mean."""

    name: str
    theta: float
    draw: Draw


def spread(theta: float, k: float = 40.0) -> Family:
    """Beta(theta k, (1 - theta) k): sd about sqrt(theta (1 - theta) / k)."""
    return Family(f"spread {theta:.3f} (k {k:g})", theta, lambda rng, n: rng.beta(theta * k, (1 - theta) * k, n))


def two_valued(p: float, s: float) -> Family:
    """1.0 with probability p, else s: stability p + (1 - p) s."""
    return Family(f"two-valued {p:.2f}x1 + {s:.2f}", p + (1 - p) * s,
                  lambda rng, n: np.where(rng.random(n) < p, 1.0, s))


@dataclass(frozen=True)
class Outcome:
    """The rule on many draws of one family: how often the mask is shown, how often wrongly, interval coverage."""

    family: str
    theta: float
    reruns: str
    shown: float
    wrong: float
    coverage: float
    mean_reruns: float


def fixed(runs: np.ndarray) -> int:
    """The rule as shipped: every rerun drawn (core.masks._stability_reruns)."""
    return runs.shape[1]


def stop_when_settled(first: int) -> Callable[[np.ndarray], int]:
    """Not shipped: stop after `first` reruns, or later, once the interval no longer holds STABILITY_MIN."""
    def n_used(runs: np.ndarray) -> int:
        for r in range(first, runs.shape[1]):
            _, low, high = stability_interval(runs[:, :r])
            if not (low[0] < STABILITY_MIN <= high[0]):
                return r
        return runs.shape[1]
    return n_used


def simulate(family: Family, n_reruns: int, reps: int, seed: int,
             rule: Callable[[np.ndarray], int] = fixed, label: str = "") -> Outcome:
    """The stability rule (mean >= STABILITY_MIN) and its interval over `reps` draws of up to n_reruns reruns."""
    rng = np.random.default_rng(seed)
    shown = wrong = covered = used = 0
    truth = family.theta >= STABILITY_MIN
    for _ in range(reps):
        runs = family.draw(rng, n_reruns)[None, :]
        r = rule(runs)
        mean, low, high = stability_interval(runs[:, :r], STABILITY_LEVEL)
        shown += bool(mean[0] >= STABILITY_MIN)
        wrong += bool(mean[0] >= STABILITY_MIN) != truth
        covered += bool(low[0] <= family.theta <= high[0])
        used += r
    return Outcome(family.name, family.theta, label or str(n_reruns), shown / reps, wrong / reps, covered / reps,
                   used / reps)
