"""Response scores for `analyze`: print one line per scorer; with --out write scores.json + scores.csv."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from core.atomic import write_atomic

if TYPE_CHECKING:
    from core.scorers.study import StudyScores


def print_and_write(res: StudyScores, out: str | None = None) -> None:
    """One line per scorer (and the judge calls made now); with `out`, scores.json and scores.csv in it."""
    for sid, scores in res.scores.items():
        failed = sum(not s.ok for s in scores)
        print(f"scores {sid}: {len(scores)} responses, {res.n_scored[sid]} scored now"
              + (f", {failed} unparsed judge replies" if failed else ""))
    if res.n_judge_calls:
        print(f"judge calls: {res.n_judge_calls}")
    for a in res.agreement:
        print(f"judge agreement {a.dimension} {a.judge_a} vs {a.judge_b}: n={a.n} "
              f"agreement={a.agreement} kappa={a.kappa} spearman={a.spearman}")
    if out:
        folder = Path(out)
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "scores.json", json.dumps(res.as_json(), indent=2, sort_keys=True))
        write_atomic(folder / "scores.csv", res.csv())
        print(f"wrote {folder / 'scores.json'} and {folder / 'scores.csv'}")
