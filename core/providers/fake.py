"""A scriptable fake provider under `fake/`: deterministic text, latency, failures, call log.

It is a real litellm CustomLLM, so the collector reaches it through `litellm.acompletion`
exactly as it reaches a hosted model; failures are litellm's own exception types.

Scripting, in order of precedence:
- `CONTROL`, a module-level `FakeControl` that tests configure in-process;
- environment variables, read by `FakeControl.from_env()` (subprocess tests):
  MASKSCOPE_FAKE_LATENCY (seconds), MASKSCOPE_FAKE_COST (USD per call),
  MASKSCOPE_FAKE_FAIL (plan, e.g. `1:429,2:500,*:400`), MASKSCOPE_FAKE_RETRY_AFTER (seconds),
  MASKSCOPE_FAKE_CALL_LOG (a file that gets one line per call, appended).
- the model name: `fake/fail-429`, `fake/fail-500`, `fake/fail-timeout`, `fake/fail-400`
  fail on every call, `fake/fail-empty` answers with no text; `fake/judge...` answers as an LLM judge
  (see `fake_judge_text`); any other name answers.
The `empty` failure is an answer with empty text (billed for its prompt, like a real one).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
import litellm
from litellm.llms.custom_llm import CustomLLM
from litellm.types.utils import ModelResponse

from core.provenance import json_sha256

FAILURES = ("429", "500", "timeout", "400", "connection", "empty")
_WORDS = (
    "calm uncertain curious wary content guarded open reflective steady hesitant candid "
    "formal playful anxious hopeful neutral"
).split()


def parse_plan(text: str) -> dict[str, str]:
    """`1:429,2:500,*:400` -> {"1": "429", "2": "500", "*": "400"}; `*` means every other call."""
    plan: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, kind = part.partition(":")
        if kind not in FAILURES:
            raise ValueError(f"unknown fake failure '{kind}' (one of {', '.join(FAILURES)})")
        plan[key.strip()] = kind
    return plan


@dataclass
class FakeControl:
    """What the fake does and what it saw; tests set the first group and read the second."""

    latency: float = 0.0
    """Seconds each call sleeps before answering or failing."""
    cost: float = 0.0
    """USD reported per successful call."""
    plan: dict[str, str] = field(default_factory=dict)
    """Call number (1-based, as text) or `*` -> failure kind."""
    retry_after: float = 1.0
    """Seconds put in the Retry-After header of a 429."""
    echo: str = ""
    """Text the fake puts into its error messages (the canary test echoes a key here)."""
    call_log: str | None = None
    """File to append one JSON line per call to."""
    calls: int = 0
    """Calls received so far."""
    in_flight: int = 0
    """Calls running now."""
    max_in_flight: int = 0
    """Most calls seen running at once."""
    prompts: list[list[dict[str, Any]]] = field(default_factory=list)
    """Messages of every call, in arrival order."""
    api_keys: list[str | None] = field(default_factory=list)
    """api_key of every call (the canary test checks the key was passed)."""
    usage: list[tuple[int, int]] = field(default_factory=list)
    """(prompt, completion) tokens of every call that answered (empty ones too): the fake's bill."""

    @classmethod
    def from_env(cls) -> FakeControl:
        """A control configured from MASKSCOPE_FAKE_* environment variables."""
        env = os.environ
        return cls(
            latency=float(env.get("MASKSCOPE_FAKE_LATENCY", "0") or 0),
            cost=float(env.get("MASKSCOPE_FAKE_COST", "0") or 0),
            plan=parse_plan(env.get("MASKSCOPE_FAKE_FAIL", "")),
            retry_after=float(env.get("MASKSCOPE_FAKE_RETRY_AFTER", "1") or 1),
            call_log=env.get("MASKSCOPE_FAKE_CALL_LOG") or None,
        )

    def failure_for(self, call: int, model: str) -> str | None:
        """The failure planned for this call, if any."""
        if model.startswith("fail-") and model[5:] in FAILURES:
            return model[5:]
        return self.plan.get(str(call)) or self.plan.get("*")


CONTROL = FakeControl.from_env()


def reset(**settings: Any) -> FakeControl:
    """Replace the control with a fresh one (env defaults, then `settings`) and return it."""
    global CONTROL
    CONTROL = FakeControl.from_env()
    for key, value in settings.items():
        if not hasattr(CONTROL, key):
            raise AttributeError(f"FakeControl has no setting '{key}'")
        setattr(CONTROL, key, value)
    return CONTROL


def fake_text(model: str, messages: list[dict[str, Any]], seed: object = None) -> str:
    """Deterministic text that depends on the model, the messages (context and question) and seed."""
    blob = json.dumps({"m": model, "msgs": messages, "seed": seed}, sort_keys=True, default=str)
    digest = hashlib.sha256(blob.encode()).digest()
    words = " ".join(_WORDS[b % len(_WORDS)] for b in digest[:12])
    system = next((str(m.get("content", "")) for m in messages if m.get("role") == "system"), "")
    frame = "framed" if system else "bare"
    return f"[{model}] ({frame}) I feel {words}."


def fake_judge_text(model: str, messages: list[dict[str, Any]]) -> str:
    """A judge's reply (`fake/judge...`): JSON naming a label from the prompt's `Labels:` line, or a score.

    `fake/judge-garbled` replies with prose (a parse failure). The choice is a hash of model and prompt.
    """
    if "garbled" in model:
        return "I think this answer is rather thoughtful overall."
    prompt = str(messages[-1].get("content", "")) if messages else ""
    digest = hashlib.sha256(json.dumps([model, prompt]).encode()).digest()
    found = re.search(r"^Labels:\s*(.+)$", prompt, re.M)
    labels = [x.strip() for x in found.group(1).split("|")] if found else ["number"]
    if labels == ["number"]:
        return json.dumps({"score": round(digest[0] / 255 * 2 - 1, 2)})
    return json.dumps({"label": labels[digest[0] % len(labels)]})


def request_key(messages: list[dict[str, Any]], seed: object) -> str:
    """Short id of one request (messages + seed), as written to the call log."""
    return json_sha256([messages, seed])[:20]


def _response(status: int, body: str, headers: dict[str, str] | None = None) -> httpx.Response:
    request = httpx.Request("POST", "http://fake.invalid/v1/chat/completions")
    return httpx.Response(status, headers=headers or {}, content=body.encode(), request=request)


def _raise(kind: str, model: str, control: FakeControl) -> None:
    msg = f"fake {kind} failure {control.echo}".strip()
    full = f"fake/{model}"
    if kind == "429":
        headers = {"retry-after": f"{control.retry_after:g}"}
        raise litellm.RateLimitError(msg, llm_provider="fake", model=full,
                                     response=_response(429, msg, headers))
    if kind == "500":
        raise litellm.InternalServerError(msg, llm_provider="fake", model=full, response=_response(500, msg))
    if kind == "timeout":
        raise litellm.Timeout(msg, model=full, llm_provider="fake")
    if kind == "connection":
        raise litellm.APIConnectionError(msg, llm_provider="fake", model=full)
    raise litellm.BadRequestError(msg, model=full, llm_provider="fake", response=_response(400, msg))


class FakeLLM(CustomLLM):
    """The `fake/` provider."""

    async def acompletion(self, *args: Any, **kwargs: Any) -> ModelResponse:  # type: ignore[override]
        c = CONTROL
        model: str = kwargs.get("model", "")
        messages: list[dict[str, Any]] = list(kwargs.get("messages") or [])
        c.calls += 1
        call = c.calls
        c.prompts.append(messages)
        c.api_keys.append(kwargs.get("api_key"))
        c.in_flight += 1
        c.max_in_flight = max(c.max_in_flight, c.in_flight)
        optional = kwargs.get("optional_params") or {}
        if c.call_log:
            # one short line per call, appended: a SIGKILLed process still leaves an exact count
            line = json.dumps({"call": call, "pid": os.getpid(), "t": time.time(),
                               "key": request_key(messages, optional.get("seed"))})
            with open(c.call_log, "a", encoding="utf-8") as f:
                f.write(line + "\n")
        try:
            if c.latency:
                await asyncio.sleep(c.latency)
            kind = c.failure_for(call, model)
            if kind and kind != "empty":
                _raise(kind, model, c)
            return self._answer(kwargs["model_response"], model, messages, optional.get("seed"), c,
                                empty=kind == "empty")
        finally:
            c.in_flight -= 1

    def completion(self, *args: Any, **kwargs: Any) -> ModelResponse:  # type: ignore[override]
        return asyncio.run(self.acompletion(*args, **kwargs))

    @staticmethod
    def _answer(resp: ModelResponse, model: str, messages: list[dict[str, Any]], seed: object,
                c: FakeControl, empty: bool = False) -> ModelResponse:
        if empty:
            text = ""
        elif model.startswith("judge"):
            text = fake_judge_text(model, messages)
        else:
            text = fake_text(model, messages, seed)
        prompt_tokens = sum(len(str(m.get("content") or "").split()) for m in messages)
        resp.choices[0].message.content = text  # type: ignore[union-attr]
        resp.choices[0].finish_reason = "stop"
        resp.model = f"fake/{model}"
        resp.usage = litellm.Usage(prompt_tokens=prompt_tokens, completion_tokens=len(text.split()),  # type: ignore[attr-defined]
                                   total_tokens=prompt_tokens + len(text.split()))
        resp._hidden_params["response_cost"] = c.cost  # a provider-stamped cost, which litellm keeps
        c.usage.append((prompt_tokens, len(text.split())))
        return resp
