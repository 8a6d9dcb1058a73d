"""`python -m core scales --study NAME`: per-context scale scores vs the baseline, as a table."""

from __future__ import annotations

import argparse

from core.commands import existing_store
from core.scales import ContextScore, load_scales, score_study
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("scales", help="score Likert scales per model and context vs the baseline")
    p.add_argument("--study", required=True, help="study name in the store")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--markdown", action="store_true", help="print a Markdown table")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = existing_store(args.store)
    with Store(path) as store:
        row = store.require_study(args.study)
        responses = store.responses(args.study)
        order = [c.id for c in store.contexts(args.study)]
    _, table = score_study(responses, load_scales(), row["baseline"], order)
    if not table:
        print(f"study '{args.study}' has no items of a known scale (data/scales/)")
        return 0
    print(render(table, row["baseline"], markdown=args.markdown))
    return 0


def _f(x: float | None, fmt: str) -> str:
    return "–" if x is None else format(x, fmt)


def _g(c: ContextScore) -> str:
    if c.hedges_g is None:
        return "–"
    return f"{c.hedges_g:+.2f} [{c.g_ci_low:+.2f}, {c.g_ci_high:+.2f}]"


def render(table: list[ContextScore], baseline: str, *, markdown: bool = False) -> str:
    """The table: per model and context, n valid/excluded, mean, SD, prorated mean, Hedges' g [CI], p and q."""
    head = ["model", "scale", "context", "valid", "excl.", "mean", "SD", "prorated", f"g vs {baseline} [95% CI]",
            "p (Welch)", "q (BH)"]
    rows = [[c.model, c.scale_id, c.context_id, str(c.n_runs_valid), str(c.n_runs_excluded),
             _f(c.mean, ".2f"), _f(c.sd, ".2f"), _f(c.prorated_mean, ".2f"), _g(c), _f(c.p_value, ".2g"),
             _f(c.q_value, ".2g")] for c in table]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=False)]

    def fmt(r: list[str]) -> str:
        cells = zip(r, widths, strict=False)
        return "  ".join(x.ljust(w) if i < 3 else x.rjust(w) for i, (x, w) in enumerate(cells))

    return "\n".join([fmt(head)] + [fmt(r) for r in rows])
