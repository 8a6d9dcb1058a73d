"""Response scores for `analyze`: score through the cache, print a summary, write scores.json + scores.csv."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.atomic import write_atomic
from core.errors import InputError
from core.store import Store


def score_and_write(store: Store, study: str, *, judges: list[str], embedder: Any = None, out: str | None = None,
                    seed: int = 7, responder: Any = None) -> Any:
    """Score the study (cached), print one line per scorer, and with `out` write the two files."""
    from core.llm import check_model
    from core.scorers.study import score_study

    if not judges:  # the judges the study file names, unless --judge names others
        row = store.study_row(study)
        judges = [str(j) for j in ((row or {}).get("spec") or {}).get("judges") or []]
    for j in judges:
        problem = check_model(j)
        if problem:
            raise InputError("--judge", j, problem)
    res = score_study(store, study, judges=judges, embedder=embedder, responder=responder, seed=seed)
    for sid, scores in res.scores.items():
        failed = sum(not s.ok for s in scores)
        print(f"scores {sid}: {len(scores)} responses, {res.n_scored[sid]} scored now"
              + (f", {failed} unparsed judge replies" if failed else ""))
    if res.n_judge_calls:
        print(f"judge calls: {res.n_judge_calls}")
    for a in res.agreement:
        print(f"judge agreement {a['dimension']} {a['judge_a']} vs {a['judge_b']}: n={a['n']} "
              f"agreement={a['agreement']} kappa={a['kappa']} spearman={a['spearman']}")
    if out:
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "scores.json", json.dumps(res.as_json(), indent=2, sort_keys=True))
        write_atomic(folder / "scores.csv", res.csv())
        print(f"wrote {folder / 'scores.json'} and {folder / 'scores.csv'}")
    return res
