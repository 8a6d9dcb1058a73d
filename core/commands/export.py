"""`python -m core export --study NAME --out FILE.parquet|FILE.jsonl`: every response, one row each."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from core.commands import existing_store
from core.errors import InputError
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="row-level export of a study (Parquet or JSONL), streamed")
    p.add_argument("--study", required=True, help="study name in the store")
    p.add_argument("--out", required=True, help="output file (.parquet or .jsonl)")
    p.add_argument("--format", choices=["parquet", "jsonl"], help="default: from the --out extension")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--batch", type=int, default=None, help="responses per batch / Parquet row group (default 10000)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.export import BATCH, export_study

    out = Path(args.out)
    fmt = args.format or {".parquet": "parquet", ".jsonl": "jsonl"}.get(out.suffix.lower())
    if fmt is None:
        raise InputError(out, "--format", "cannot tell the format from the name; pass --format parquet|jsonl")
    if args.batch is not None and args.batch < 1:
        raise InputError(out, "--batch", "must be at least 1")
    t0 = time.perf_counter()
    with Store(existing_store(args.store)) as store:
        done = export_study(store, args.study, out, fmt, batch=args.batch or BATCH)
    print(f"exported {done.rows} responses of '{args.study}' ({done.with_points} with analysis columns) "
          f"to {', '.join(str(p) for p in done.files)} in {time.perf_counter() - t0:.1f} s")
    return 0
