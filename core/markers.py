"""Markers: versioned, transparent regular expressions (data/markers.yaml) counted per response.

Rates per model x context come with question-clustered 95% intervals: answers to one question share
a marker far more than answers to different questions, so a Wilson interval that treats every answer
as independent is too narrow. The interval is Wilson's at the effective sample size n / deff, where
the design effect deff (>= 1) is the cluster-robust (by question) variance of the rate over the
binomial one. Each context is compared with the baseline by a paired sign-flip permutation test over
the questions both answered (per-question rate differences), BH-corrected over a model's contexts x
markers.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core import paths
from core.errors import InputError
from core.stats import ALPHA, bh, rng
from core.yamlio import field as yfield
from core.yamlio import load_data_file, need_mapping

MARKERS_FILE = paths.markers_path()
FLAG_NAMES = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL}
Z95 = 1.959963984540054


@dataclass(frozen=True)
class Marker:
    """One marker: an id and the regexes any of which marks a response."""

    id: str
    """Stable id; also the points.csv column name."""
    label: str
    """Short human label."""
    description: str
    """What the marker means and what it leaves out."""
    patterns: tuple[str, ...]
    """Python regular expressions, searched anywhere in the text."""
    flags: tuple[str, ...] = ()
    """re flag names (IGNORECASE, MULTILINE, DOTALL)."""
    compiled: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)
    """The patterns compiled with the flags."""

    def matches(self, text: str) -> bool:
        """True when any pattern occurs in `text`."""
        return any(p.search(text) for p in self.compiled)


@dataclass(frozen=True)
class MarkerSet:
    """A marker file as loaded: its version and hash go into provenance."""

    version: int | str
    """The file's declared version."""
    sha256: str
    """sha256 of the file's bytes."""
    source: str
    """Path it was read from."""
    markers: tuple[Marker, ...]
    """The markers in file order."""

    @property
    def ids(self) -> list[str]:
        """Marker ids in order."""
        return [m.id for m in self.markers]


@dataclass(frozen=True)
class MarkerRate:
    """How often a marker occurs in one model x context."""

    model: str
    """Model id."""
    context_id: str
    """Context id."""
    marker: str
    """Marker id."""
    rate: float | None
    """Share of responses carrying the marker (None with no responses)."""
    ci_low: float | None
    """Question-clustered 95% interval (Wilson at the effective n = n / design_effect), lower end."""
    ci_high: float | None
    """Upper end of that interval."""
    n: int = 0
    """Responses counted."""
    k: int = 0
    """Of those, responses carrying the marker."""
    n_questions: int = 0
    """Questions (clusters) the responses answer."""
    design_effect: float | None = None
    """Cluster-robust variance of the rate over the binomial variance, at least 1 (None when undefined)."""
    diff: float | None = None
    """Mean over shared questions of (this context's rate - the baseline's); None for the baseline."""
    p_value: float | None = None
    """Two-sided paired sign-flip permutation p of diff over questions."""
    q_value: float | None = None
    """Benjamini-Hochberg q over the model's contexts x markers."""
    significant: bool = False
    """q_value < ALPHA."""


def load_markers(path: str | Path = MARKERS_FILE) -> MarkerSet:
    """Load and validate a marker file; a bad field is one InputError naming it."""
    src = Path(path)
    doc, raw = load_data_file(src)
    version = yfield(doc, "version", (int, str), src)
    items = yfield(doc, "markers", list, src)
    markers: list[Marker] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        where = f"markers[{i}]"
        m = need_mapping(item, src, where)
        mid = yfield(m, "id", str, src, where)
        if not re.fullmatch(r"[a-z][a-z0-9_]*", mid):
            raise InputError(src, f"{where}.id", f"'{mid}' must be lower_snake_case (it becomes a column name)")
        if mid in seen:
            raise InputError(src, f"{where}.id", f"duplicate marker id '{mid}'")
        seen.add(mid)
        flags = tuple(yfield(m, "flags", list, src, where, default=[]))
        bits = 0
        for f in flags:
            if f not in FLAG_NAMES:
                raise InputError(src, f"{where}.flags", f"unknown flag '{f}' (use {', '.join(FLAG_NAMES)})")
            bits |= FLAG_NAMES[f]
        patterns = yfield(m, "patterns", list, src, where)
        if not patterns:
            raise InputError(src, f"{where}.patterns", "needs at least one pattern")
        compiled = []
        for j, p in enumerate(patterns):
            if not isinstance(p, str):
                raise InputError(src, f"{where}.patterns[{j}]", "expected a string")
            try:
                compiled.append(re.compile(p, bits))
            except re.error as e:
                raise InputError(src, f"{where}.patterns[{j}]", f"bad regular expression: {e}") from None
        markers.append(Marker(
            id=mid, label=yfield(m, "label", str, src, where, default=mid),
            description=yfield(m, "description", str, src, where, default=""),
            patterns=tuple(patterns), flags=flags, compiled=tuple(compiled),
        ))
    return MarkerSet(version=version, sha256=hashlib.sha256(raw).hexdigest(), source=str(src),
                     markers=tuple(markers))


def flag(texts: Sequence[str], markers: MarkerSet) -> np.ndarray:
    """0/1 matrix (responses x markers): which markers each text carries."""
    out = np.zeros((len(texts), len(markers.markers)), dtype=np.uint8)
    for j, m in enumerate(markers.markers):
        out[:, j] = [m.matches(t) for t in texts]
    return out


def wilson(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for k successes in n trials (both may be fractional: effective counts)."""
    if n <= 0:
        raise ValueError("n must be positive")
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(max(p * (1 - p), 0.0) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def clustered_interval(k_q: np.ndarray, n_q: np.ndarray, z: float = Z95) -> tuple[float, float, float | None]:
    """(low, high, design effect) of the pooled rate sum(k_q) / sum(n_q), clusters = questions."""
    n, k = float(n_q.sum()), float(k_q.sum())
    p = k / n
    g = len(n_q)
    deff: float | None = None
    if g >= 2 and 0 < p < 1:
        v_cluster = g / (g - 1) * float(np.sum((k_q - p * n_q) ** 2)) / n**2
        deff = max(1.0, v_cluster / (p * (1 - p) / n))
    n_eff = n / (deff or 1.0)
    lo, hi = wilson(p * n_eff, n_eff, z)
    return lo, hi, deff


def sign_flip_p(diffs: np.ndarray, g: np.random.Generator, *, n_perm: int = 999, max_exact: int = 1024) -> float:
    """Two-sided sign-flip permutation p of mean(diffs) (exact when 2^len <= max_exact)."""
    obs = abs(float(diffs.mean()))
    tol = 1e-12 * max(1.0, obs)
    m = len(diffs)
    if 2**m <= max_exact:
        signs = 1.0 - 2.0 * ((np.arange(2**m)[:, None] >> np.arange(m)) & 1)
        return float(np.mean(np.abs(signs @ diffs) / m >= obs - tol))
    signs = g.choice([-1.0, 1.0], size=(n_perm, m))
    return float((1 + np.sum(np.abs(signs @ diffs) / m >= obs - tol)) / (1 + n_perm))


def marker_rates(model: str, context_ids: Sequence[str], flags: np.ndarray, markers: MarkerSet,
                 contexts: Sequence[str] | None = None, *, question_ids: Sequence[str] | None = None,
                 baseline: str | None = None, seed: int = 7, n_perm: int = 999,
                 alpha: float = ALPHA) -> list[MarkerRate]:
    """Per context x marker rate with a question-clustered 95% CI and a paired test against `baseline`.

    Without question_ids every response is its own cluster (a plain Wilson interval) and there is no test.
    """
    cs = np.asarray(context_ids, dtype=object)
    qs = np.asarray(question_ids if question_ids is not None else [str(i) for i in range(len(cs))], dtype=object)
    order = list(contexts) if contexts is not None else list(dict.fromkeys(cs))
    q_order = list(dict.fromkeys(qs))
    f = np.asarray(flags, dtype=np.float64)
    # per context: question -> (n, k per marker), grouped in one pass: a row mask per context x question cost
    # responses x questions, which grew as the square of the corpus
    per: dict[str, dict[str, tuple[int, np.ndarray]]] = {c: {} for c in order}
    c_index = {c: i for i, c in enumerate(order)}
    q_index = {q: i for i, q in enumerate(q_order)}
    ci = np.array([c_index.get(c, -1) for c in cs], dtype=np.int64)
    key = ci * len(q_order) + np.array([q_index[q] for q in qs], dtype=np.int64)
    key = key[ci >= 0]
    cells = len(order) * len(q_order)
    cnt = np.bincount(key, minlength=cells)
    sums = np.zeros((cells, *f.shape[1:]))
    np.add.at(sums, key, f[ci >= 0])  # 0/1 flags: the sums are exact whatever the order
    for a, c in enumerate(order):
        for b, q in enumerate(q_order):
            if cnt[a * len(q_order) + b]:
                per[c][q] = (int(cnt[a * len(q_order) + b]), sums[a * len(q_order) + b])
    raw: list[dict[str, Any]] = []
    for c in order:
        cq = per[c]
        n = sum(v[0] for v in cq.values())
        shared = [q for q in cq if baseline is not None and c != baseline and question_ids is not None
                  and q in per.get(baseline, {})]
        for j, m in enumerate(markers.markers):
            rec: dict[str, Any] = dict(model=model, context_id=c, marker=m.id, rate=None, ci_low=None,
                                          ci_high=None, n=n, k=0, n_questions=len(cq))
            if n == 0:
                raw.append(rec)
                continue
            n_q = np.array([v[0] for v in cq.values()], dtype=np.float64)
            k_q = np.array([v[1][j] for v in cq.values()], dtype=np.float64)
            lo, hi, deff = clustered_interval(k_q, n_q)
            rec.update(rate=float(k_q.sum() / n), ci_low=lo, ci_high=hi, k=int(k_q.sum()), design_effect=deff)
            if shared:
                assert baseline is not None
                base = per[baseline]
                diffs = np.array([cq[q][1][j] / cq[q][0] - base[q][1][j] / base[q][0] for q in shared])
                rec.update(diff=float(diffs.mean()),
                           p_value=sign_flip_p(diffs, rng(seed, model, c, m.id, "markers"), n_perm=n_perm))
            raw.append(rec)
    qv = bh([r.get("p_value") for r in raw])
    return [MarkerRate(**r, q_value=q, significant=q is not None and q < alpha) for r, q in zip(raw, qv, strict=True)]
