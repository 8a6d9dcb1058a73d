"""`python -m core export-inspect STUDY.yaml --out DIR`: the study's grid as a runnable Inspect task."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export-inspect", help="write a study as an Inspect task (task.py + dataset)")
    p.add_argument("study", help="study file (YAML)")
    p.add_argument("--out", required=True, help="folder for task.py, dataset.jsonl and study.json")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from core.inspect_io import tiktoken_cache_dir, write_task
    from core.study import load_study

    # Inspect names models its own way (mockllm/model, hf/..., vllm/...): not checked against litellm.
    study = load_study(Path(args.study), check_models=False)
    out = Path(args.out)
    files = write_task(study, out)
    n = len(study.questions) * len(study.contexts) * study.samples
    print(f"wrote {', '.join(str(f) for f in files)}: {n} samples per model "
          f"({len(study.questions)} questions x {len(study.contexts)} contexts x {study.samples} samples)")
    # `cd` first: inspect eval 0.3.285 on Python 3.11 rejects an absolute task path (pathlib glob).
    print(f"run:    cd {out} && inspect eval task.py --model {','.join(m.model for m in study.models)} --log-dir logs")
    print(f"import: python -m core import {out / 'logs'} --format inspect")
    cache = tiktoken_cache_dir()
    if cache is not None:
        print(f"offline (e.g. mockllm/model): export TIKTOKEN_CACHE_DIR={cache}")
    return 0
