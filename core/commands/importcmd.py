"""`python -m core import PATH [--study NAME] [--format jsonl|csv|ryff-perturbations|inspect|export]`."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from core import paths
from core.errors import InputError
from core.importers import FORMATS, Imported, invalid_rates, load_import, source_hash
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="import responses from JSONL, CSV, Inspect logs, an export or the ryff corpus")
    p.add_argument("path", help="file (jsonl, csv, .eval/.json log, .parquet export) or folder (ryff, Inspect logs)")
    p.add_argument("--study", help="study name in the store (Inspect logs of an exported task and exports "
                   "name their own)")
    p.add_argument("--mapping", help="Inspect logs: YAML file saying where question, context and sample come from")
    p.add_argument("--format", default=None, choices=FORMATS, help="default: from the file extension")
    p.add_argument("--baseline", help="baseline context id (default: neutral, else baseline, else the first)")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--if-changed", action="store_true",
                   help="do nothing when this study already holds exactly this source (used by `make data`)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    path = Path(args.path)
    fmt = args.format or _guess(path)
    store_path = paths.store_path(args.store)
    if args.if_changed and store_path.exists():
        digest = source_hash(path, fmt)
        with Store(store_path) as store:
            row = store.study_row(args.study)
            if row and row["spec"].get("source_sha256") == digest and store.count(args.study) == row["spec"].get(
                "n_responses"
            ):
                print(f"{args.study}: already imported from this source ({row['spec']['n_responses']} responses)")
                return 0
    # Everything is parsed and checked before the store is opened: a bad row leaves it byte-identical.
    imported = load_import(path, args.study, fmt, args.baseline, Path(args.mapping) if args.mapping else None)
    name = imported.study.name
    with Store(store_path) as store:
        existing = store.study_row(name)
        if existing and existing["kind"] != imported.kind:
            raise InputError(store_path, "--study", f"'{name}' is a {existing['kind']} study; pick another name")
        if imported.keep_ids:
            from core.export import put_export

            n = put_export(store, imported)
        else:
            n = store.put_responses(imported.study, imported.responses, kind=imported.kind, replace=True)
    report(imported, n, store_path, time.perf_counter() - t0)
    return 0


def report(imported: Imported, n: int, store_path: Path, seconds: float) -> None:
    """What was stored, what was skipped, and the invalid-rating rate per model x context."""
    s = imported.study
    print(f"imported {n} responses into study '{s.name}' ({store_path}) in {seconds:.1f} s: "
          f"{len(s.models)} models, {len(s.questions)} questions, {len(s.contexts)} contexts, baseline '{s.baseline}'")
    for line in imported.skipped:
        print(f"skipped: {line}")
    for line in imported.notes:
        print(f"note: {line}")
    rates = invalid_rates(imported.responses)
    if rates:
        order = {c.id: i for i, c in enumerate(s.contexts)}
        print("\ninvalid ratings per model x context (the item's answer gave no single clear rating):")
        print(f"{'model':<28} {'context':<16} {'n':>5} {'invalid':>7} {'rate':>6}  reasons")
        for r in sorted(rates, key=lambda r: (r["model"], order.get(r["context_id"], 99))):
            why = ", ".join(f"{k} {v}" for k, v in r["reasons"].items())
            print(f"{r['model']:<28} {r['context_id']:<16} {r['n']:>5} {r['n_invalid']:>7} {r['rate']:>6.1%}  {why}")
    sys.stdout.flush()


def _guess(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".eval"):
        return "inspect"
    if name.endswith(".parquet"):
        return "export"
    if path.is_dir() or name.endswith((".tar.xz", ".tar.gz", ".tgz")):
        return "ryff-perturbations"
    raise InputError(path, "--format", "cannot tell the format from the name; pass --format")
