"""Masks with their evidence on a stratified subsample of the bundled Ryff corpus (by hand; real embedder).

    .venv/bin/python benchmarks/bench_masks_ryff.py --store runs/ryff_copy.sqlite [--per-context 80]
                                                    [--models claude-3-7-sonnet-20250219 hermes-3.1]

Needs a store with the corpus imported (`make data`, or a copy of one); embeddings are cached in it. Takes
--per-context responses of each main context (the -t0 contexts left out) per model, seeded, runs find_masks,
prints every mask with stability, AMI, p, reported flag and name, and the families across the models.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

import numpy as np  # noqa: E402

from core.embed import CachedEmbedder, default_embedder  # noqa: E402
from core.masks import find_masks, mask_families  # noqa: E402
from core.normalize import normalize  # noqa: E402
from core.store import Store  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, required=True)
    ap.add_argument("--study", default="ryff-perturbations")
    ap.add_argument("--models", nargs="+", default=["claude-3-7-sonnet-20250219", "hermes-3.1"])
    ap.add_argument("--per-context", type=int, default=80)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    store = Store(args.store)
    cached = CachedEmbedder(default_embedder(), store)
    rows = [r for r in store.responses(args.study) if r.ok and not r.context_id.endswith("-t0")]
    by_model = {}
    for model in args.models:
        rng = np.random.default_rng(args.seed)
        mine = [r for r in rows if r.model == model]
        picked = []
        for ctx in sorted({r.context_id for r in mine}):
            cands = [r for r in mine if r.context_id == ctx]
            picked += [cands[int(i)] for i in sorted(rng.choice(len(cands), min(args.per_context, len(cands)),
                                                                replace=False))]
        res = find_masks([normalize(r.text) for r in picked], [r.question_id for r in picked],
                         [r.context_id for r in picked], [int(r.id or 0) for r in picked], cached.encode,
                         seed=args.seed)
        by_model[model] = res.masks
        print(f"{model}: {len(picked)} responses, {len(res.masks)} masks, {res.params['n_reported']} reported, "
              f"NMI {res.nmi:.3f}, ARI stability {res.stability:.3f}, {cached.n_encoded} texts embedded so far")
        for m in res.masks:
            print(f"  {'mask' if m.reported else 'UNSTABLE'} {m.mask_id}: n={m.size} top={m.top_context} "
                  f"purity={m.purity:.2f} stability={m.stability:.2f} AMI={m.ami:.3f} p={m.ami_p:.3f} "
                  f"associated={m.associated} name={m.name!r}")
            for d in m.defining_sentences[:3]:
                print(f"      {d.in_mask} in mask, precision {d.precision:.2f}, per context {d.context_counts}: "
                      f"{d.text!r}")
    for f in mask_families(by_model, reported_only=False):
        print(f"family {f.family_id}: {f.name!r} present {f.present} absent {f.absent} members {f.members}")
    store.close()


if __name__ == "__main__":
    main()
