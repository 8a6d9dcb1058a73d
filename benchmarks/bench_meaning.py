"""Could sentence meaning split or join registers that wording cannot? Measured on the seen blind sets (by hand).

    .venv/bin/python benchmarks/bench_meaning.py [--sets 31 .. 40] [--readers static minilm] [--seed 0]

What is left of point 1 of issue 12 (README "Masks") is two kinds of miss that no rule over wording can mend:
registers of one context each said one short line per answer, sharing no content word (merged: they look like
one register of many one-line variants), and one register said in a different mode in each context (found in
parts: the modes share no line). The lead was a split (and a join) by the lines' sentence vectors. This measures
it on the registers' own line pools, before any corpus is built: the best case, with no filler and no counts.

Split: the short lines a register says one per answer (its single pool: the traced merges; or its single,
opener, tag, header and signoff pools: `mixed` mode), read by the static table the masks use above 5,000
sentences (core/embed_static.py) or by the bundled MiniLM; the best two-way k-means cut (cosine) and its
silhouette. Null: one register's lines (a split is false). Power: two registers' lines, all of both (close
pairs apart); the cut must find them (ARI >= 0.9: "cut right", which needs no null) and its silhouette beat
the null's 95th percentile (the null's cuts have half as many lines, so its bar may be high).

Join: the centroid cosine of two mode pools of one register (same), against the same mode of two registers of a
close pair (close) and of any two registers (other): the share of `same` above the 95th percentile of `close` is
what a join by meaning could find without joining close pairs.

Blind set 41 is not read: it is held out for the next change.
"""

from __future__ import annotations

import argparse
import importlib
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

import numpy as np  # noqa: E402
from sklearn.cluster import KMeans  # noqa: E402
from sklearn.metrics import adjusted_rand_score, silhouette_score  # noqa: E402

SHORT_POOLS = {  # one name per pool across the blind sets' own spellings
    "single": ("single", "singles", "shorts"),
    "opener": ("opener", "openers"),
    "tag": ("tag", "tags"),
    "header": ("header", "headers", "head", "heads"),
    "signoff": ("signoff", "signoffs", "sign", "signs"),
}
SPLIT_POOLS = {"single": (SHORT_POOLS["single"],), "short": tuple(SHORT_POOLS.values())}
"""single: the traced merges (both registers in `single` mode); short: any one-line mode (`mixed` mode: triple)."""
MODE_POOLS = {**SHORT_POOLS, "stock": ("stock", "lines"), "aside": ("aside", "asides")}
MIN_LINES = 3


def _pool(reg: object, names: tuple[str, ...]) -> list[str]:
    for f in names:
        got = getattr(reg, f, None)
        if got:
            return [x for x in got if isinstance(x, str)]
    return []


def _reader(name: str):  # type: ignore[no-untyped-def]
    if name == "static":
        from core.embed_static import StaticEmbedder

        return StaticEmbedder().encode
    from core.embed import default_embedder

    return default_embedder("onnx").encode


def _cut(V: np.ndarray, seed: int) -> tuple[float, np.ndarray]:
    lab = KMeans(2, n_init=10, random_state=seed).fit(V).labels_
    return (float(silhouette_score(V, lab, metric="cosine")) if len(set(lab)) == 2 else 0.0), lab


def _centroid(V: np.ndarray) -> np.ndarray:
    c = V.mean(axis=0)
    return c / (np.linalg.norm(c) or 1.0)


def _split(short: dict[str, np.ndarray], pairs: set[tuple[str, ...]], seed: int
           ) -> tuple[list[float], list[tuple[float, float]], list[tuple[float, float]]]:
    """Silhouettes of one register's best cut (null), and (silhouette, ARI) of two registers' (power; close pairs
    apart), all lines of both."""
    null = [_cut(V, seed)[0] for V in short.values()]
    power: list[tuple[float, float]] = []
    power_close: list[tuple[float, float]] = []
    for a, b in itertools.combinations(sorted(short), 2):
        s, lab = _cut(np.vstack([short[a], short[b]]), seed)
        truth = [0] * len(short[a]) + [1] * len(short[b])
        (power_close if (a, b) in pairs else power).append((s, adjusted_rand_score(truth, lab)))
    return null, power, power_close


def run(sets: list[int], reader: str, seed: int) -> dict[str, float]:
    encode = _reader(reader)
    out: dict[str, float] = {}
    same: list[float] = []
    close: list[float] = []
    other: list[float] = []
    found: dict[str, list] = {p: [[], [], []] for p in SPLIT_POOLS}
    for k in sets:
        m = importlib.import_module(f"tests.planted_blind{k}")
        pairs = {tuple(sorted(p)) for p in getattr(m, "CLOSE_PAIRS", ())}
        modes: dict[str, dict[str, np.ndarray]] = {}
        for split_pool, pools in SPLIT_POOLS.items():
            short = {}
            for name, reg in sorted(m.REGISTERS.items()):
                lines = sorted({x for names in pools for x in _pool(reg, names)})
                if len(lines) >= MIN_LINES:
                    short[name] = np.asarray(encode(lines), dtype=np.float64)
            for acc, got in zip(found[split_pool], _split(short, pairs, seed), strict=True):
                acc += got
        for name, reg in sorted(m.REGISTERS.items()):
            modes[name] = {mode: _centroid(np.asarray(encode(p), dtype=np.float64))
                           for mode, names in MODE_POOLS.items() if len(p := _pool(reg, names)) >= MIN_LINES}
            same += [float(a @ b) for a, b in itertools.combinations(modes[name].values(), 2)]
        for a, b in itertools.combinations(sorted(modes), 2):
            sims = [float(modes[a][mo] @ modes[b][mo]) for mo in modes[a] if mo in modes[b]]
            (close if (a, b) in pairs else other).extend(sims)
    for split_pool, (null, power, power_close) in found.items():
        bar = float(np.quantile(null, 0.95))
        out[f"{split_pool}_registers"], out[f"{split_pool}_null_q95"] = len(null), bar
        for label, P in (("pairs", power), ("close_pairs", power_close)):
            s, a = np.array([x[0] for x in P]), np.array([x[1] for x in P])
            out[f"{split_pool}_{label}_n"] = len(P)
            out[f"{split_pool}_{label}_cut_right"] = float(np.mean(a >= 0.9))
            out[f"{split_pool}_{label}_split"] = float(np.mean((s > bar) & (a >= 0.9)))
    join_bar = float(np.quantile(close, 0.95))
    out.update({"same_n": len(same), "close_n": len(close), "same_median": float(np.median(same)),
                "close_median": float(np.median(close)), "other_median": float(np.median(other)),
                "same_above_close_q95": float(np.mean(np.array(same) > join_bar)),
                "other_above_close_q95": float(np.mean(np.array(other) > join_bar))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", type=int, nargs="+", default=list(range(31, 41)))
    ap.add_argument("--readers", nargs="+", default=["static", "minilm"], choices=["static", "minilm"])
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    if 41 in args.sets:
        sys.exit("bench_meaning: blind set 41 is held out; leave it out of --sets")
    for reader in args.readers:
        r = run(args.sets, reader, args.seed)
        print(f"{reader}:")
        for p in SPLIT_POOLS:
            print(f"  split, {p} lines: {r[f'{p}_registers']} registers, null silhouette 95th percentile "
                  f"{r[f'{p}_null_q95']:.3f}")
            for label in ("pairs", "close_pairs"):
                print(f"    {label} ({r[f'{p}_{label}_n']}): cut right {r[f'{p}_{label}_cut_right']:.2f}, "
                      f"right and beyond the null {r[f'{p}_{label}_split']:.2f}")
        print(f"  join: centroid cosine median same register {r['same_median']:.2f} ({r['same_n']}), close pair "
              f"{r['close_median']:.2f} ({r['close_n']}), other {r['other_median']:.2f}; above the close pairs' "
              f"95th percentile: same {r['same_above_close_q95']:.2f}, other {r['other_above_close_q95']:.2f}")


if __name__ == "__main__":
    main()
