"""How much of a register that each context speaks its own way the masks hold, split or not (by hand).

    .venv/bin/python benchmarks/bench_split_registers.py [--style shared_mixed] [--seeds 3]
                                                         [--sizes 300 1000 3000 10000 20000]

The "recovered" rule of bench_masks.py asks one mask to hold half of a register. A register that 3-5 contexts
each speak their own way (blind set 17's `shared_mixed`) comes out as one mask per context's way, which that
rule counts as a miss. Per corpus this prints the share of the register's answers that sit in masks whose
majority is the register, and how many such masks there are (static sentence reader, no reruns).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

import numpy as np  # noqa: E402

from core.embed_static import StaticEmbedder  # noqa: E402
from core.masks import find_masks  # noqa: E402
from core.normalize import normalize  # noqa: E402
from tests import planted_blind17  # noqa: E402
from tests.planted import PLAIN  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--style", default="shared_mixed")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1000, 3000, 10000, 20000])
    args = ap.parse_args()
    embed = StaticEmbedder().encode
    print("| size | seed | register | contexts planted / all | answers | in its masks | masks |")
    print("|---:|---:|---|---|---:|---:|---:|")
    shares = []
    for size in args.sizes:
        for seed in range(args.seeds):
            c = planted_blind17.make_corpus(args.style, seed=seed, size=size)
            texts = [normalize(t) for t in c.texts]
            r = find_masks(texts, c.question_ids, c.context_ids, list(c.response_ids), embed, seed=seed,
                           n_reruns=0, sentence_embed=embed)
            reg, lab = np.asarray(c.registers), r.labels
            for name in sorted(set(c.planted.values()) - {PLAIN}):
                members = reg == name
                own = [m for m in set(lab[members].tolist()) - {-1} if (reg[lab == m] == name).mean() >= 0.5]
                share = float(np.isin(lab[members], own).mean())
                shares.append(share)
                n_in = sum(1 for v in c.planted.values() if v == name)
                print(f"| {c.n} | {seed} | {name} | {n_in} / {len(c.contexts)} | {int(members.sum())} | "
                      f"{share:.2f} | {len(own)} |", flush=True)
    if shares:
        print(f"median share in its own masks: {float(np.median(shares)):.2f} (min {min(shares):.2f})")


if __name__ == "__main__":
    main()
