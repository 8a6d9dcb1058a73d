"""Simulated studies with known truth, in embedding space, for the calibration suite and benchmark.

Each question has its own centre; an answer is the unit vector along centre + noise (+ a planted move
along one shared "register" direction, for planted contexts and questions). A context can also scale
the noise (a collapse of variety when < 1). Truths are population values computed by Monte Carlo with
split halves (unbiased): the energy distance |E x_c - E x_b|^2 and the dispersion difference
tr Cov_c - tr Cov_b = |E x_b|^2 - |E x_c|^2, averaged over questions drawn like the study's.

    sim = Design(dim=32, noise=0.7)
    emb, qs, cs, truth = sim.study(rng, n_q=20, contexts=["base", "a", "b"], samples=5, move={"a": 0.3})

Also: the coverage of the context-shift and dispersion intervals over many such studies
(`context_coverage`), and marker flags clustered by question (`clustered_flags`). Used by
tests/test_calibration.py and tests/test_markers.py (small) and benchmarks/bench_calibration.py (many).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from core.markers import MarkerSet, load_markers
from core.shift import model_shift


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


COVERAGE_CONTEXTS = ["base", "null", "moved", "collapsed"]
"""The baseline, a context with no effect, one that moves answers by 0.3, one that collapses their variety."""


def context_coverage(design: Design, n: int, n_q: int, seed0: int,
                     truth_n_q: int = 200) -> tuple[dict[str, tuple[float, float]], dict[str, list[int]]]:
    """Over `n` simulated studies of COVERAGE_CONTEXTS, per context: the true (shift, dispersion) from
    `truth_n_q` questions, and how many of the studies' 95% intervals [shift, dispersion] covered them."""
    truth = {"null": (0.0, 0.0), "moved": design.truth(0.3, n_q=truth_n_q)[:2],
             "collapsed": design.truth(0.0, 0.6, n_q=truth_n_q)[:2]}
    hits = {c: [0, 0] for c in truth}
    for i in range(n):
        emb, qs, cs, _ = design.study(np.random.default_rng(seed0 + i), n_q=n_q, contexts=COVERAGE_CONTEXTS,
                                      samples=5, move={"moved": 0.3}, spread={"collapsed": 0.6})
        res = model_shift("m", emb, qs, cs, "base", seed=i, contexts=COVERAGE_CONTEXTS, n_perm=99)
        for r in res.contexts:
            e, d = truth[r.context_id]
            hits[r.context_id][0] += r.ci_low <= e <= r.ci_high
            hits[r.context_id][1] += r.dispersion_ci_low <= d <= r.dispersion_ci_high
    return truth, hits


def one_marker() -> MarkerSet:
    """The shipped marker file's first marker, alone."""
    return MarkerSet(version=1, sha256="", source="", markers=(load_markers().markers[0],))


def clustered_flags(rng: np.random.Generator, n_q: int, per_q: int,
                    rates: dict[str, float]) -> tuple[list[str], list[str], np.ndarray]:
    """(contexts, question ids, flags) of one marker whose per-question rate is uniform on [0, 2 x the
    context's rate]: strong clustering by question."""
    ctx, qid, fl = [], [], []
    for q in range(n_q):
        u = rng.random()
        for c, mean in rates.items():
            # a question's tendency is shared by every context (the pairing), shifted per context
            p_q = min(1.0, u * 2 * mean)
            for _ in range(per_q):
                ctx.append(c)
                qid.append(f"q{q}")
                fl.append([int(rng.random() < p_q)])
    return ctx, qid, np.array(fl, dtype=np.uint8)
