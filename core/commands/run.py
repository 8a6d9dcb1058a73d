"""`python -m core run STUDY.yaml`: collect a study's responses into the store (resumable)."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from core import paths
from core.errors import InputError
from core.records import Cell, Study

if TYPE_CHECKING:  # at run time these load lazily: litellm's import is slow
    from core.collect import Collector, Plan, Summary

EXIT_INCOMPLETE = 1
EXIT_INTERRUPTED = 130


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("run", help="collect a study's responses (resumes where it stopped)")
    p.add_argument("study", help="study file (YAML)")
    p.add_argument("--store", help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    p.add_argument("--concurrency", type=int, help="requests in flight at most (overrides the study)")
    p.add_argument("--budget", type=float, help="spend cap in USD (overrides the study's budget_usd)")
    p.add_argument("--dry-run", action="store_true", help="print cells and estimated cost; send nothing")
    p.add_argument("--rename", metavar="NAME", help="collect under this study name instead of the file's")
    p.add_argument("--contexts-dir", metavar="DIR", help="folder of context files (default: the repo's contexts/)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Validate everything, then (unless --dry-run) open the store and collect."""
    from core import collect, llm
    from core.study import expand, load_study, spec_hash

    study_path = Path(args.study)
    if args.concurrency is not None and args.concurrency < 1:
        raise InputError("", "--concurrency", "must be at least 1")
    if args.budget is not None and args.budget < 0:
        raise InputError("", "--budget", "must not be negative")
    contexts_dir = Path(args.contexts_dir) if args.contexts_dir else paths.CONTEXTS_DIR
    if not contexts_dir.is_dir():
        raise InputError("", "--contexts-dir", f"no such folder: {contexts_dir}")
    study = load_study(study_path, contexts_dir)
    if args.rename is not None:
        if not args.rename.strip():
            raise InputError("", "--rename", "the new study name must not be empty")
        study = replace(study, name=args.rename.strip())
    budget = args.budget if args.budget is not None else study.budget_usd
    if not args.dry_run:
        _check_keys(study)
        collect.check_budget(study, budget)
    cells = expand(study)
    store_path = paths.store_path(args.store)
    from core.probes import count_probe_calls, split_stored

    stored, probe_states = split_stored(collect.read_stored(store_path, study.name))
    plan = collect.plan_run(study, cells, stored, store_path)

    if args.dry_run:
        for line in dry_run_lines(study, plan, budget):
            print(line)
        for line in follow_up_lines(study, count_probe_calls(study, cells, probe_states), len(cells)):
            print(line)
        return 0

    secrets = llm.secret_values(_key_envs(study))
    llm.guard_logs(secrets)
    from core.store import Store

    with Store(store_path) as store, store.lock_study(study.name):  # one collecting run per study
        # re-planned under the lock: a run that finished meanwhile has answered cells this one must not resend
        plan = collect.plan_run(study, cells, split_stored(collect.read_stored(store_path, study.name))[0],
                                store_path)
        store.save_study(study, kind="run", spec_hash=spec_hash(study))
        collector = collect.Collector(study, store, policy=collect.RetryPolicy(), concurrency=args.concurrency,
                                      budget_usd=budget, secrets=secrets,
                                      progress=_show_progress(args.no_progress))
        # litellm's import leaves a huge heap; freezing it keeps full GC passes out of the send loop
        gc.collect()
        gc.freeze()
        summary = asyncio.run(_collect(collector, plan))
        summaries = [summary]
        if study.probes and not summary.interrupted and not summary.budget_hit:
            from core.probes import plan_probes

            # second turns: the answers just stored, carried into the history exactly as given
            pplan = plan_probes(study, cells, store, collect.read_stored(store_path, study.name).spent_usd)
            prober = collect.Collector(study, store, policy=collect.RetryPolicy(),
                                       concurrency=args.concurrency, budget_usd=budget, secrets=secrets,
                                       progress=_show_progress(args.no_progress))
            summaries.append(asyncio.run(_collect(prober, pplan)))
        spend = store.spend(study.name)
    for label, s in zip(("", "probe turns: "), summaries, strict=False):
        for line in s.lines(study.name, budget):
            print(llm.scrub(label + line, secrets), file=sys.stderr)
    if spend.reserve_usd:  # the known part is what to check against an invoice; the budget counts both
        print(f"study spend so far: ${spend.known_usd:.4f} known from replies + ${spend.reserve_usd:.4f} reserved "
              f"for {spend.unseen} attempt(s) never seen to finish (at most what they can have cost)", file=sys.stderr)
    if any(s.interrupted for s in summaries):
        return EXIT_INTERRUPTED
    return 0 if all(s.errors == 0 and s.not_sent == 0 for s in summaries) else EXIT_INCOMPLETE


def follow_up_lines(study: Study, probe_calls: int, n_cells: int) -> list[str]:
    """Dry run: probe turns and judge calls, counted apart from the first turns."""
    from core.scorers.rubrics import load_rubrics

    lines = []
    if study.probes:
        lines.append(f"probe turns: at most {probe_calls} ({len(study.probes)} probe(s): "
                     f"{', '.join(p.id for p in study.probes)}; one per answered cell; same models and prices)")
    if study.judges:
        n = n_cells * len(study.judges) * len(load_rubrics())
        lines.append(f"judge calls (at analyze): at most {n} ({len(study.judges)} judge(s) x {len(load_rubrics())} "
                     f"rubrics x {n_cells} answers; scores already cached are not sent)")
    return lines


async def _collect(collector: Collector, plan: Plan) -> Summary:
    """Run the collector with SIGINT/SIGTERM turned into a clean stop."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
            pass
    try:
        return await collector.run(plan, stop)
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)


def _show_progress(disabled: bool) -> bool:
    """A bar on a terminal (or when MASKSCOPE_PROGRESS=1), never with --no-progress."""
    return not disabled and (sys.stderr.isatty() or os.environ.get("MASKSCOPE_PROGRESS") == "1")


def _key_envs(study: Study) -> list[str]:
    from core.redact import env_names

    return [name for m in study.models for name in env_names(m.params)]


def _check_keys(study: Study) -> None:
    """Every `*_env` param must name a set variable (checked before anything is written)."""
    for i, m in enumerate(study.models):
        for field, name in _env_fields(m.params, f"models[{i}].params"):
            if not isinstance(name, str) or not name:
                raise InputError(study.source, field, "must name an environment variable")
            if not os.environ.get(name):
                raise InputError(study.source, field, f"environment variable {name} is not set")


def _env_fields(params: object, where: str) -> list[tuple[str, object]]:
    """(field, value) of every `*_env` param, nested ones too."""
    out: list[tuple[str, object]] = []
    if isinstance(params, dict):
        for k, v in params.items():
            if str(k).endswith("_env"):
                out.append((f"{where}.{k}", v))
            else:
                out.extend(_env_fields(v, f"{where}.{k}"))
    return out


def dry_run_lines(study: Study, plan: Plan, budget: float | None) -> list[str]:
    """Cell counts and a cost estimate (prompt tokens counted, completion = max_tokens)."""
    from core.collect import model_price

    lines = [
        f"study {study.name}: {len(plan.cells)} cells ({len(study.models)} models x {len(study.questions)} "
        f"questions x {len(study.contexts)} contexts x {study.samples} samples)",
        f"already stored: {plan.stored_ok} answered, {plan.stored_errors} errors (resent); to send: {len(plan.todo)}",
    ]
    total = 0.0
    unknown = []
    for m in study.models:
        todo = [c for c in plan.todo if c.model.model == m.model]
        price = model_price(m)
        if price is None:
            unknown.append(m.model)
            lines.append(f"  {m.model}: {len(todo)} cells, unknown price")
            continue
        prompt = _prompt_tokens(m.model, todo)
        completion = study.max_tokens * len(todo)
        cost = prompt * price.input + completion * price.output
        total += cost
        lines.append(f"  {m.model}: {len(todo)} cells, ~{prompt} prompt tokens + at most {completion} "
                     f"completion tokens, at most ${cost:.4f}")
    est = f"estimated cost: at most ${total:.4f}" + (f" plus unknown for {', '.join(unknown)}" if unknown else "")
    if budget is not None:
        est += f" (budget ${budget:.4f}, spent ${plan.spent_usd:.4f})"
    lines.append(est)
    if budget is not None and unknown:
        lines.append(f"a budget needs every price: give price_per_mtok for {', '.join(unknown)} (run refuses without)")
    from core.shift import question_level_warning

    warning = question_level_warning(study.samples, len(study.contexts) - 1)
    if warning:
        lines.append(f"warning: {warning}")
    lines.append("dry run: nothing sent, nothing written")
    return lines


def _prompt_tokens(model: str, cells: list[Cell]) -> int:
    from core.llm import CUSTOM_PROVIDERS, count_tokens, provider_prefix

    if not cells or provider_prefix(model) in CUSTOM_PROVIDERS:
        return 0
    counted: dict[tuple[str, str], int] = {}
    total = 0
    for c in cells:
        k = (c.question.id, c.context.id)  # samples share their messages; count each once
        if k not in counted:
            counted[k] = count_tokens(model, [dict(m) for m in c.messages])
        total += counted[k]
    return total
