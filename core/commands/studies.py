"""`python -m core studies`: list the studies in a store."""

from __future__ import annotations

import argparse

from core import paths
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("studies", help="list the studies in the store")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = paths.store_path(args.store)
    if not path.exists():
        print(f"no store at {path} (run a study or import a corpus first)")
        return 0
    with Store(path) as store:
        rows = store.studies()
    if not rows:
        print(f"no studies in {path}")
        return 0
    print(f"{'study':<32} {'kind':<7} {'responses':>9} {'errors':>6} {'models':>6} {'contexts':>8} {'cost $':>8}")
    for r in rows:
        print(f"{r['name']:<32} {r['kind']:<7} {r['n_responses']:>9} {r['n_errors']:>6} "
              f"{r['n_models']:>6} {r['n_contexts']:>8} {r['cost_usd']:>8.4f}")
    return 0
