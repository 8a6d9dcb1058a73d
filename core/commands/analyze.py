"""`python -m core analyze`: analyse a stored study, store the result, optionally write analysis.json + points.csv."""

from __future__ import annotations

import argparse
import sys
import time

from core.commands import existing_store
from core.errors import InputError
from core.store import Store


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("analyze", help="context shift, masks, markers and scales for a stored study")
    p.add_argument("--study", required=True, help="study name in the store")
    p.add_argument("--out", help="folder for analysis.json and points.csv (without it the result is only stored)")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--seed", type=int, help="analysis seed (default: the study's seed, else 7)")
    p.add_argument("--method", choices=["stance", "residual"], default="stance", help="mask method")
    p.add_argument("--embedder", help="bundled MiniLM through `onnx` (default, int8 ONNX Runtime) or `torch`; "
                   "or a sentence-transformers model name or local path")
    # literals, not core.embed's MASK_SENTENCES / AUTO_EMBEDDER_MAX: registering commands imports no numpy
    # (tests/test_embed_static.py holds them equal)
    p.add_argument("--mask-units", choices=["phrases", "sentences"], default="phrases",
                   help="what the stance masks find recurring: `phrases` (default: word trigrams merged into "
                        "templates, core/mask_phrases.py) or `sentences` (embedded sentences clustered; read as "
                        "--mask-sentences says)")
    p.add_argument("--mask-grouping", choices=["context", "cooccur"], default="context",
                   help="how the stance masks group them: `context` (default: by the contexts that bring them "
                        "out, with a permutation test over context sets, core/mask_contrast.py) or `cooccur` "
                        "(by use together within answers; reads no context label)")
    p.add_argument("--mask-sentences", choices=["auto", "static", "embedder"], default="auto",
                   help="with --mask-units sentences, how masks read sentences: `static` (word-piece vectors "
                        "distilled from the bundled MiniLM, core/embed_static.py), `embedder` (the answers' "
                        "embedder on every unique sentence), or `auto` (default: the embedder while every model has "
                        "at most 5,000 unique sentences, else static for all)")
    p.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="where embedding runs: this process, or Ray tasks (pip install -r requirements-scale.txt)")
    p.add_argument("--ray-address", help="Ray cluster to join (e.g. ray://head:10001); default: a local Ray")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.add_argument("--judge", action="append", default=[], metavar="MODEL",
                   help="also score with this litellm model as an LLM judge (repeatable; two give agreement)")
    p.add_argument("--judge-budget", type=float, metavar="USD",
                   help="cap on what this analyze's judge calls may cost (default: the study's budget_usd minus "
                        "what its answers cost; no cap when the study has none)")
    p.add_argument("--no-scores", action="store_true", help="skip the response scorers")
    p.add_argument("--if-missing", action="store_true",
                   help="do nothing when an analysis stored after the study's last change exists (for make data)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = existing_store(args.store)
    with Store(path) as store:
        store.require_study(args.study)
        if args.judge_budget is not None and args.judge_budget < 0:
            raise InputError(args.judge_budget, "--judge-budget", "must not be negative")
        if args.if_missing and _fresh_analysis(store, args.study):
            print(f"'{args.study}' already has an analysis newer than its data; nothing to do")
            return 0
        from core.analysis import analyze, write_outputs  # heavy imports after the cheap checks
        from core.embed import make_embedder

        try:
            embedder = make_embedder(args.embedder)
        except Exception as e:  # a name that is not available offline
            raise InputError(args.embedder, "--embedder", f"cannot load embedder ({type(e).__name__})") from None
        if args.engine == "ray":
            from core.ray_engine import RayEmbedder

            embedder = RayEmbedder(args.embedder, address=args.ray_address, probe=embedder)
        t0 = time.perf_counter()
        if args.judge:
            from core.llm import check_model

            for j in args.judge:
                problem = check_model(j)
                if problem:
                    raise InputError(j, "--judge", problem)
        _check_judge_prices(store, args)  # before the slow part: an unpriced judge under a cap is refused
        result = analyze(store, args.study, embedder=embedder, seed=args.seed, progress=not args.quiet,
                         method=args.method, log=lambda s: print(s, file=sys.stderr),
                         judges=args.judge or None, score=not args.no_scores, judge_budget=args.judge_budget,
                         mask_sentences=args.mask_sentences, mask_units=args.mask_units,
                         mask_grouping=args.mask_grouping)
        took = time.perf_counter() - t0
    a = result.analysis
    print(f"analysed {a.n_responses} responses of '{args.study}' ({len(a.models)} model(s), "
          f"{len(a.contexts)} contexts) in {took:.1f} s; embedded {result.n_embedded} new text(s); "
          f"stored as {result.key[:12]}")
    for r in sorted(a.context_shift, key=lambda r: (r.model, -(r.mean_distance if r.mean_distance is not None
                                                                 else -1e9))):
        if r.mean_distance is None:
            continue
        print(f"  {r.model:<28} {r.context_id:<22} shift {r.mean_distance:.4f} "
              f"[{_f(r.ci_low)}, {_f(r.ci_high)}] p={_f(r.p_value)} "
              f"significant on {r.n_significant}/{r.n_questions} questions")
    if args.out:
        written = write_outputs(result, args.out)
        print(f"wrote {written[0]} and {written[1]}")
    if result.scores is not None:
        from core.commands.score import print_and_write

        print_and_write(result.scores, args.out)
        sc = result.scores
        if sc.n_judge_calls or sc.n_judge_not_sent or sc.judge_budget_usd is not None:
            cap = f" of ${sc.judge_budget_usd:.4f}" if sc.judge_budget_usd is not None else ""
            print(f"judge spend ${sc.judge_spent_usd:.4f}{cap}"
                  + (f"; budget reached: {sc.n_judge_not_sent} judge call(s) not sent (raise --judge-budget "
                     "and analyze again to send them)" if sc.n_judge_not_sent else ""))
    return 0


def _check_judge_prices(store: Store, args: argparse.Namespace) -> None:
    """Under a judge cap every judge needs a price: one line, exit 2, before anything is computed."""
    if args.no_scores:
        return
    from core.scorers.study import judge_prices

    spec = (store.study_row(args.study) or {}).get("spec") or {}
    judges = args.judge or [str(j) for j in (spec.get("judges") or [] if isinstance(spec, dict) else [])]
    judge_prices(store, args.study, judges, args.judge_budget)


def _f(x: float | None) -> str:
    return "nan" if x is None else f"{x:.4f}"


def _fresh_analysis(store: Store, study: str) -> bool:
    """True when a stored analysis of the current schema is at least as new as the study's last import or run."""
    from core.analysis_record import SCHEMA_VERSION, stored_schema_version

    if stored_schema_version(store, study) != SCHEMA_VERSION:
        return False  # none, or one an older Maskscope wrote: analyse again
    row = store.study_row(study)
    ref = store.newest_analysis(study)
    got = ref.created_at if ref else ""
    changed = max(row["updated_at"], store.response_stats(study).newest) if row else ""
    return bool(row and got and got >= changed)
