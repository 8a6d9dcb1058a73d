"""`python -m core report`: write a study's report as standalone HTML, Markdown or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace

from core.commands import existing_store
from core.errors import InputError
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("report", help="write a study's report (html, md or json) with provenance")
    p.add_argument("--study", required=True, help="study name in the store")
    p.add_argument("--format", required=True, choices=["html", "md", "json"], help="report format")
    p.add_argument("--out", required=True, help="file to write (replaced atomically)")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--drift", action="append", metavar="OLDER,NEWER",
                   help="model pair for the version-drift section (repeatable; default: consecutive models)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.report import load_report, write_report

    path = existing_store(args.store)
    with Store(path) as store:
        rd = load_report(store, args.study, progress=True, log=lambda s: print(s, file=sys.stderr))
    if args.drift:
        rd = replace(rd, drift_pairs=drift_pairs(args.drift, rd.analysis.models))
    out = write_report(args.format, args.out, rd)
    print(f"wrote {out} ({args.format}, {out.stat().st_size:,} bytes)")
    return 0


def drift_pairs(values: Sequence[str], models: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """--drift OLDER,NEWER values as model pairs; an unknown model is one error naming the flag."""
    out = []
    for v in values:
        parts = [x.strip() for x in v.split(",")]
        if len(parts) != 2 or parts[0] == parts[1]:
            raise InputError(v, "--drift", "is not OLDER,NEWER (two different models)")
        for m in parts:
            if m not in models:
                raise InputError(v, "--drift", f"unknown model '{m}' (models: {', '.join(models)})")
        out.append((parts[0], parts[1]))
    return tuple(out)
