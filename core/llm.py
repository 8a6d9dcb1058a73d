"""litellm, imported once and safely, with our own providers registered (fake/, local/)."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import traceback
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

# Before importing litellm: otherwise it fetches its price map over the network at import.
from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()

import litellm  # noqa: E402

from core.redact import MASK, scrub, secret_values  # noqa: E402,F401  (re-exported)

# No banner, no "Give Feedback" prints, and no hidden retries: our collector owns the retry loop.
litellm.suppress_debug_info = True
litellm.num_retries = 0

# prefix -> "module:Class" of a litellm.CustomLLM; instantiated lazily on first registration
CUSTOM_PROVIDERS: dict[str, str] = {
    "fake": "core.providers.fake:FakeLLM",
    "local": "core.providers.local:LocalLLM",
}
_handlers: dict[str, litellm.CustomLLM] = {}


def handler(prefix: str) -> litellm.CustomLLM:
    """The one instance of a custom provider."""
    if prefix not in _handlers:
        module, cls = CUSTOM_PROVIDERS[prefix].split(":")
        _handlers[prefix] = getattr(importlib.import_module(module), cls)()
    return _handlers[prefix]


def register_providers() -> None:
    """Make `fake/...` and `local/...` ordinary litellm model strings."""
    have = {entry["provider"] for entry in litellm.custom_provider_map}
    for prefix in CUSTOM_PROVIDERS:
        if prefix in have:
            continue
        try:
            custom = handler(prefix)
        except ImportError as e:
            # a provider whose module is absent (e.g. local/ before it is built) must not break the others
            logging.getLogger(__name__).debug("provider %s/ unavailable: %s", prefix, e)
            continue
        litellm.custom_provider_map.append({"provider": prefix, "custom_handler": custom})
    litellm.utils.custom_llm_setup()


def check_model(model: str) -> str | None:
    """None if litellm can route this model string, else a one-line reason."""
    prefix = model.split("/", 1)[0] if "/" in model else ""
    if prefix in CUSTOM_PROVIDERS:
        return None
    try:
        litellm.get_llm_provider(model)
    except Exception:
        if prefix:
            return f"unknown provider prefix '{prefix}/' (see litellm's provider list, or use local/ or fake/)"
        return f"litellm cannot route '{model}'; write it as provider/model, e.g. openai/{model}"
    return None


# ---------------------------------------------------------------------------------------------
# Sending one chat: the Responder protocol and its litellm implementation.


@dataclass(frozen=True)
class Reply:
    """What a provider returned for one chat."""

    text: str
    """The assistant's text, raw."""
    input_tokens: int | None
    """Prompt tokens reported by the provider."""
    output_tokens: int | None
    """Completion tokens reported by the provider."""
    cost_usd: float
    """Cost of this call (0 when the price is unknown or the model is local)."""


class Responder(Protocol):
    """Sends one chat and returns the reply; raises litellm's exception types on failure."""

    async def respond(
        self, model: str, messages: list[dict[str, Any]], params: dict[str, Any], *,
        api_key: str | None, timeout: float,
    ) -> Reply: ...


class LitellmResponder:
    """The real path: one `litellm.acompletion` call, with litellm's and the SDK's retries off."""

    def __init__(self) -> None:
        register_providers()

    async def respond(
        self, model: str, messages: list[dict[str, Any]], params: dict[str, Any], *,
        api_key: str | None, timeout: float,
    ) -> Reply:
        kwargs: dict[str, Any] = dict(params)
        if api_key:
            kwargs["api_key"] = api_key
        # exactly one HTTP attempt per call: litellm's retries and the OpenAI SDK's retries both off
        kwargs.update(num_retries=0, max_retries=0, timeout=timeout)
        # we use no litellm callbacks; its per-call logging payload was a third of our overhead per call
        kwargs["no-log"] = True
        _price_custom_model(model)
        resp = await litellm.acompletion(model=model, messages=messages, **kwargs)
        choice = resp.choices[0]
        text = getattr(getattr(choice, "message", None), "content", None) or ""
        usage = getattr(resp, "usage", None)
        return Reply(
            text=str(text),
            input_tokens=getattr(usage, "prompt_tokens", None),
            output_tokens=getattr(usage, "completion_tokens", None),
            cost_usd=response_cost(resp, model),
        )


def response_cost(resp: Any, model: str) -> float:
    """Cost of one response from litellm's price table; a custom provider may report its own; else 0."""
    hidden = getattr(resp, "_hidden_params", None) or {}
    cost = hidden.get("response_cost")  # our own providers stamp theirs here, as litellm expects
    if cost is not None:
        return float(cost)
    try:
        return float(litellm.completion_cost(completion_response=resp, model=model))
    except Exception:
        return 0.0


_priced: set[str] = set()


def _price_custom_model(model: str) -> None:
    """Put a `fake/` or `local/` model in litellm's price table at 0, once.

    Unknown models send litellm on a slow fuzzy search of its table on every call (about
    half of our per-call overhead); a table entry is a direct hit. Providers stamp real costs.
    """
    prefix = provider_prefix(model)
    if model in _priced or prefix not in CUSTOM_PROVIDERS:
        return
    _priced.add(model)
    litellm.register_model({model: {"input_cost_per_token": 0.0, "output_cost_per_token": 0.0,
                                    "cache_creation_input_token_cost": 0.0, "cache_read_input_token_cost": 0.0,
                                    "litellm_provider": prefix, "mode": "chat"}})


def provider_prefix(model: str) -> str:
    """`openai/gpt-4o` -> `openai`; '' when there is none."""
    return model.split("/", 1)[0] if "/" in model else ""


def is_local(model: str) -> bool:
    """True for an in-process `local/` model (it answers one request at a time)."""
    return provider_prefix(model) == "local"


TRANSPORT_ERRORS: tuple[type[BaseException], ...] = (
    TimeoutError, ConnectionError, litellm.Timeout, litellm.APIConnectionError,
)
"""Failures before or while the reply travelled: worth another attempt, and no sign the server answered."""


def count_tokens(model: str, messages: list[dict[str, Any]]) -> int:
    """Prompt tokens of a chat by litellm's tokenizer for the model (an estimate for unknown models)."""
    return int(litellm.token_counter(model=model, messages=messages))


def price_per_token(model: str) -> tuple[float, float] | None:
    """(input, output) USD per token from litellm's price table; (0, 0) for our own providers; None if unknown."""
    if provider_prefix(model) in CUSTOM_PROVIDERS:
        return (0.0, 0.0)
    try:
        info = litellm.get_model_info(model)
    except Exception:
        return None
    inp, out = info.get("input_cost_per_token"), info.get("output_cost_per_token")
    if inp is None or out is None:
        return None
    return (float(inp), float(out))


# ---------------------------------------------------------------------------------------------
# Keeping keys out of everything we store, print, log or raise (the rules live in core.redact).

_scrub_secrets: list[str] = []
_base_factory = logging.getLogRecordFactory()


def _scrubbing_factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
    record = _base_factory(*args, **kwargs)
    try:
        msg = record.getMessage()
    except Exception:
        msg = str(record.msg)
    record.msg, record.args = scrub(msg, _scrub_secrets), None
    if record.exc_info and record.exc_info[0] is not None:
        record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)), _scrub_secrets)
        record.exc_info = None
    return record


class ScrubbingStream:
    """A text stream that scrubs everything written through it (stdout/stderr during a run)."""

    def __init__(self, inner: TextIO) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(scrub(text, _scrub_secrets))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _scrubbing_excepthook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
    if sys.__stderr__ is not None:
        sys.__stderr__.write(scrub("".join(traceback.format_exception(kind, exc, tb)), _scrub_secrets))


def _scrubbing_thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        _scrubbing_excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def guard_logs(secrets: Iterable[str]) -> None:
    """Scrub these values (and key-shaped strings) from every log record, stream write and traceback."""
    _scrub_secrets[:] = sorted(set(_scrub_secrets) | set(secrets), key=len, reverse=True)
    if logging.getLogRecordFactory() is not _scrubbing_factory:
        logging.setLogRecordFactory(_scrubbing_factory)
    for stream in ("stdout", "stderr"):
        current = getattr(sys, stream)
        if current is not None and not isinstance(current, ScrubbingStream):
            setattr(sys, stream, ScrubbingStream(current))
    sys.excepthook = _scrubbing_excepthook
    threading.excepthook = _scrubbing_thread_hook
