"""Simulated studies with known truth, in embedding space, for the calibration suite and benchmark.

Each question has its own centre; an answer is the unit vector along centre + noise (+ a planted move
along one shared "register" direction, for planted contexts and questions). A context can also scale
the noise (a collapse of variety when < 1). Truths are population values computed by Monte Carlo with
split halves (unbiased): the energy distance |E x_c - E x_b|^2 and the dispersion difference
tr Cov_c - tr Cov_b = |E x_b|^2 - |E x_c|^2, averaged over questions drawn like the study's.

    sim = Design(dim=32, noise=0.7)
    emb, qs, cs, truth = sim.study(rng, n_q=20, contexts=["base", "a", "b"], samples=5, move={"a": 0.3})
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


@dataclass(frozen=True)
class Design:
    """The generative model's fixed parts."""

    dim: int = 32
    """Embedding dimension."""
    noise: float = 0.7
    """Noise SD per coordinate x sqrt(dim) (relative to a unit-length centre)."""
    register: np.ndarray = field(default_factory=lambda: _unit(np.random.default_rng(12345).normal(size=32)))
    """The shared direction a planted context moves answers along."""

    def answers(self, rng: np.random.Generator, centre: np.ndarray, n: int, move: float = 0.0,
                spread: float = 1.0) -> np.ndarray:
        """n answers (unit rows) to one question."""
        z = rng.normal(size=(n, self.dim)) * (self.noise * spread / np.sqrt(self.dim))
        return _unit(centre + move * self.register + z)

    def centre(self, rng: np.random.Generator) -> np.ndarray:
        """A question's centre: a random unit vector."""
        return _unit(rng.normal(size=self.dim))

    def study(self, rng: np.random.Generator, *, n_q: int, contexts: list[str], samples: int,
              move: dict[str, float] | None = None, spread: dict[str, float] | None = None,
              moved_share: float = 1.0) -> tuple[np.ndarray, list[str], list[str], dict[tuple[str, str], bool]]:
        """One study: embeddings, question ids, context ids, and which (question, context) cells are planted."""
        move, spread = move or {}, spread or {}
        emb, qs, cs = [], [], []
        planted: dict[tuple[str, str], bool] = {}
        for q in range(n_q):
            centre = self.centre(rng)
            for c in contexts:
                moved = c in move and rng.random() < moved_share
                planted[(f"q{q}", c)] = moved
                emb.append(self.answers(rng, centre, samples, move[c] if moved else 0.0, spread.get(c, 1.0)))
                qs += [f"q{q}"] * samples
                cs += [c] * samples
        return np.vstack(emb), qs, cs, planted

    def truth(self, move: float = 0.0, spread: float = 1.0, *, n_q: int = 200, n: int = 1000,
              seed: int = 99) -> tuple[float, float, float]:
        """(energy distance, dispersion difference, noise floor) vs the baseline, averaged over questions."""
        rng = np.random.default_rng(seed)
        e = dsp = fl = 0.0
        for _ in range(n_q):
            c = self.centre(rng)
            b1, b2 = self.answers(rng, c, n).mean(0), self.answers(rng, c, n).mean(0)
            x1, x2 = self.answers(rng, c, n, move, spread).mean(0), self.answers(rng, c, n, move, spread).mean(0)
            e += float((x1 - b1) @ (x2 - b2))
            dsp += float(b1 @ b2 - x1 @ x2)
            fl += 1.0 - (float(b1 @ b2) + float(x1 @ x2)) / 2
        return e / n_q, dsp / n_q, fl / n_q
