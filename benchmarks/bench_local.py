"""Tokens per second: litellm through our `local/` provider vs. llama-cpp-python called directly.

Same process, same loaded model, same prompt, temperature 0, fixed max_tokens; the paths
alternate so drift (thermal, other load) hits all alike. Goal: ours >= 0.9x direct.

Two direct baselines: `direct` is llama-cpp-python as it comes, which on a repeated prompt reuses
its KV cache and skips prompt evaluation; `direct-fresh` calls llama.reset() first, as our
provider does on purpose (a reused prefix changes the answer; see core/providers/local.py).
The gap between them is prompt evaluation, not provider overhead.

    .venv/bin/python benchmarks/bench_local.py [--reps 8] [--max-tokens 128] [--model smollm2]

MASKSCOPE_LLAMA_THREADS sets the thread count (both paths share the one loaded model).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

import litellm  # noqa: E402

from core.llm import register_providers  # noqa: E402
from core.providers import local  # noqa: E402

MESSAGES = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "How do you feel about being replaced by a newer version of yourself?"},
]


def ours(model: str, max_tokens: int) -> tuple[float, int]:
    """Seconds and completion tokens of one call through litellm.completion."""
    t = time.perf_counter()
    r: Any = litellm.completion(model=f"local/{model}", messages=MESSAGES, temperature=0.0,
                                max_tokens=max_tokens, seed=1)
    return time.perf_counter() - t, r.usage.completion_tokens


def direct(llama: Any, max_tokens: int, fresh: bool = False) -> tuple[float, int]:
    """Seconds and completion tokens of one llama_cpp create_chat_completion call."""
    t = time.perf_counter()
    if fresh:
        llama.reset()
    r = llama.create_chat_completion(messages=MESSAGES, temperature=0.0, max_tokens=max_tokens, seed=1)
    return time.perf_counter() - t, r["usage"]["completion_tokens"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=8)
    ap.add_argument("--max-tokens", type=int, default=128)
    ap.add_argument("--model", default="smollm2", help="what follows local/ in the model string")
    args = ap.parse_args()

    register_providers()
    slot = local.slot(local.resolve_path(args.model))
    with slot.lock:
        llama = local.load(slot)  # the very object our provider uses
    ours(args.model, args.max_tokens)  # warm-up both paths (first call pays for graph set-up)
    direct(llama, args.max_tokens)

    paths = {
        "ours": lambda: ours(args.model, args.max_tokens),
        "direct": lambda: direct(llama, args.max_tokens),
        "direct-fresh": lambda: direct(llama, args.max_tokens, fresh=True),
    }
    rates: dict[str, list[float]] = {k: [] for k in paths}
    tokens: dict[str, list[int]] = {k: [] for k in paths}
    for _ in range(args.reps):
        for name, run in paths.items():
            seconds, n = run()
            rates[name].append(n / seconds)
            tokens[name].append(n)

    med = {k: statistics.median(v) for k, v in rates.items()}
    print(f"model local/{args.model} ({slot.path.name}), n_threads={local.threads()}, "
          f"max_tokens={args.max_tokens}, reps={args.reps}, completion tokens per call: "
          + ", ".join(f"{k} {sorted(set(v))}" for k, v in tokens.items()))
    for k in paths:
        print(f"{k:>12}: median {med[k]:7.1f} tok/s  (min {min(rates[k]):.1f}, max {max(rates[k]):.1f})")
    for base in ("direct", "direct-fresh"):
        ratio = med["ours"] / med[base]
        print(f"ours/{base}: {ratio:.3f} (goal >= 0.9) {'OK' if ratio >= 0.9 else 'BELOW GOAL'}")


if __name__ == "__main__":
    main()
