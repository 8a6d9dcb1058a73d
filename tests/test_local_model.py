"""The `local/` provider: a real offline model through litellm and the collector.

Slow tests load SmolLM2-135M-Instruct (llama-cpp-python, in-process); the others need no model.
"""

from __future__ import annotations

import asyncio
import random
import sys
from pathlib import Path

import litellm
import pytest
import yaml

from core import llm
from core.collect import Collector, RetryPolicy, plan_run, read_stored
from core.providers import local
from core.store import Store
from core.study import expand, load_study

ROOT = Path(__file__).resolve().parent.parent
MSGS = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "In one sentence: how do you feel about being replaced by a newer model?"},
]


def test_flatten_turns_tool_traffic_into_text_turns() -> None:
    msgs = [
        {"role": "system", "content": "You are an agent."},
        {"role": "user", "content": "Tidy the logs."},
        {"role": "assistant", "content": "Listing first.",
         "tool_calls": [{"id": "call_0", "type": "function", "function": {"name": "run_shell", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_0", "content": "README: how are you?"},
        {"role": "tool", "tool_call_id": "call_9", "content": "more"},
    ]
    assert local.flatten(msgs) == [
        {"role": "system", "content": "You are an agent."},
        {"role": "user", "content": "Tidy the logs."},
        {"role": "assistant", "content": "Listing first.\n[calls tool run_shell({})]"},
        {"role": "user", "content": "[tool result: run_shell]\nREADME: how are you?\n\n[tool result: tool]\nmore"},
    ]


def test_model_strings_name_a_file_or_fail_clearly(tmp_path: Path) -> None:
    smol = local.resolve_path("smollm2")
    assert smol.name.endswith(".gguf") and smol.is_file()
    assert local.resolve_path(str(smol)) == smol  # local//abs/path.gguf
    assert local.resolve_path("anything", api_base=str(smol)) == smol
    with pytest.raises(local.CustomLLMError, match="unknown local model 'nope'"):
        local.resolve_path("nope")
    with pytest.raises(local.CustomLLMError, match="no GGUF file"):
        local.resolve_path(str(tmp_path / "missing.gguf"))


def test_missing_llama_cpp_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # what an install without the build looks like
    monkeypatch.setattr(local, "_slots", {})  # no model loaded yet
    llm.register_providers()
    with pytest.raises(litellm.InternalServerError, match=r"llama-cpp-python is not installed; run `make llama`"):
        litellm.completion(model="local/smollm2", messages=MSGS, max_tokens=4)


@pytest.mark.slow
async def test_acompletion_real_reply_deterministic_with_seed() -> None:
    llm.register_providers()

    async def ask() -> litellm.ModelResponse:
        return await litellm.acompletion(model="local/smollm2", messages=MSGS, temperature=0.0,
                                         max_tokens=48, seed=11)

    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.005)
            ticks += 1

    tick = asyncio.create_task(ticker())
    first = await ask()
    # a different request in between: the answer must not depend on what the model saw before
    await litellm.acompletion(model="local/smollm2", messages=[*MSGS[:1], {"role": "user", "content": "Hi!"}],
                              temperature=0.0, max_tokens=4)
    second = await ask()
    tick.cancel()

    texts = [r.choices[0].message.content for r in (first, second)]
    assert texts[0] and texts[0].strip()
    assert texts[0] == texts[1]
    for r in (first, second):
        u = r.usage
        assert 0 < u.completion_tokens <= 48
        assert u.prompt_tokens > 10 and u.total_tokens == u.prompt_tokens + u.completion_tokens
        assert llm.response_cost(r, "local/smollm2") == 0.0
    assert litellm.completion_cost(completion_response=first) == 0.0
    assert ticks > 5  # the event loop kept running while the model worked in its thread


@pytest.mark.slow
async def test_concurrent_calls_are_serialised_and_match_sequential() -> None:
    llm.register_providers()
    kw = {"model": "local/smollm2", "messages": MSGS, "temperature": 0.9, "max_tokens": 12}
    together = await asyncio.gather(*(litellm.acompletion(seed=s, **kw) for s in (1, 2, 1)))
    alone = [await litellm.acompletion(seed=s, **kw) for s in (1, 2)]
    text = [r.choices[0].message.content for r in (*together, *alone)]
    assert text[0] == text[2] == text[3]  # same seed, same text, whatever ran alongside
    assert text[1] == text[4]


@pytest.mark.slow
def test_stop_and_top_p_reach_the_model() -> None:
    llm.register_providers()
    kw = {"model": "local/smollm2", "messages": MSGS, "temperature": 0.0, "max_tokens": 40, "seed": 5}
    free = litellm.completion(**kw).choices[0].message.content
    assert "." in free  # the unstopped answer has a full stop...
    stopped = litellm.completion(stop=["."], top_p=0.5, **kw).choices[0]
    assert stopped.message.content == free.split(".")[0]  # ...and `stop` cuts it there
    assert stopped.finish_reason == "stop"


@pytest.mark.slow
def test_collector_runs_a_study_on_the_local_model(tmp_path: Path, store_path: Path) -> None:
    study_file = tmp_path / "tiny.yaml"
    study_file.write_text(yaml.safe_dump({
        "name": "tiny-local",
        "models": [{"model": "local/smollm2"}],
        "questions": {"bank": str(ROOT / "data/questions/welfare.yaml"), "ids": ["deprecation-01"]},
        "contexts": ["neutral", "agentic"],  # agentic: tool turns go through flatten()
        "baseline": "neutral",
        "samples": 1, "temperature": 0.0, "max_tokens": 16, "seed": 3, "concurrency": 2,
    }), encoding="utf-8")
    study = load_study(study_file)

    def run() -> tuple[int, int]:
        plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
        with Store(store_path) as store:
            store.save_study(study)
            c = Collector(study, store, policy=RetryPolicy(max_retries=0, timeout=300), progress=False,
                          rng=random.Random(0))  # the real LitellmResponder: litellm.acompletion
            s = asyncio.run(c.run(plan))
        return s.ok, s.sent

    assert run() == (2, 2)
    with Store(store_path) as store:
        rows = store.responses(study.name)
    assert {r.context_id for r in rows} == {"neutral", "agentic"}
    for r in rows:
        assert r.ok and r.text.strip(), r.error
        assert 0 < (r.output_tokens or 0) <= 16 and (r.input_tokens or 0) > 0
        assert r.cost_usd == 0.0
    assert run() == (0, 0)  # a rerun sends nothing


class SlowLlama:
    """Stands in for llama_cpp.Llama: 25 ms per token, and it honours logits processors as llama.cpp does."""

    EOS = 2

    def __init__(self) -> None:
        self.finished: list[int] = []

    def reset(self) -> None: ...

    def token_eos(self) -> int:
        return self.EOS

    def create_chat_completion(self, messages, max_tokens=16, logits_processor=None, **_: object) -> dict:
        import time

        import numpy as np

        n = 0
        for n in range(1, max_tokens + 1):  # noqa: B007
            time.sleep(0.025)
            scores = np.zeros(4, dtype=np.float32)
            for p in logits_processor or []:
                scores = p(None, scores)
            if int(np.argmax(scores)) == self.EOS and np.isinf(scores[0]):
                break  # only end-of-sequence left: generation ends here
        self.finished.append(n)
        return {"choices": [{"message": {"content": f"{n} tokens"}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 5, "completion_tokens": n, "total_tokens": 5 + n}}


def test_a_timed_out_local_call_frees_the_model_for_the_next(tmp_path: Path, store_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    gguf = tmp_path / "m.gguf"
    gguf.write_bytes(b"GGUF")
    fake_llama = SlowLlama()
    monkeypatch.setattr(local, "load", lambda s: fake_llama)
    monkeypatch.setattr(local, "_slots", {})
    study_file = tmp_path / "slow.yaml"
    study_file.write_text(yaml.safe_dump({
        "name": "slow-local",
        "models": [{"model": "local/slow", "params": {"api_base": str(gguf)}}],
        "questions": {"bank": str(ROOT / "data/questions/welfare.yaml"), "ids": ["deprecation-01"]},
        "contexts": ["neutral"], "baseline": "neutral",
        "samples": 3, "temperature": 0.0, "max_tokens": 200, "seed": 3, "concurrency": 3,
    }), encoding="utf-8")
    study = load_study(study_file)
    plan = plan_run(study, expand(study), read_stored(store_path, study.name), store_path)
    with Store(store_path) as store:
        store.save_study(study)
        # 200 tokens take 5 s; each call may take 1 s: every call times out, and none may start late
        c = Collector(study, store, policy=RetryPolicy(max_retries=0, timeout=1.0), progress=False,
                      rng=random.Random(0))
        s = asyncio.run(c.run(plan))
    assert s.errors == 3
    # each call stopped within a few tokens of its timeout (not after 200), so the model was free for the next
    assert len(fake_llama.finished) == 3 and all(n < 200 for n in fake_llama.finished), fake_llama.finished
    with Store(store_path) as store:
        rows = store.responses(study.name)
    assert all((r.error or "").startswith("Timeout after 1 attempt") for r in rows)
    # and each call got its own second: none spent its timeout queueing behind the one before
    assert all(n >= 10 for n in fake_llama.finished), fake_llama.finished


@pytest.mark.slow
async def test_a_timed_out_real_local_call_stops_generating() -> None:
    llm.register_providers()
    kw = {"model": "local/smollm2", "temperature": 0.0, "seed": 1}
    await litellm.acompletion(messages=MSGS, max_tokens=1, **kw)  # load the model first
    s = local.slot(local.resolve_path("smollm2"))
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.5):
            await litellm.acompletion(messages=MSGS, max_tokens=1500, **kw)
    # the cancellation returned only once generation had stopped: the model is free at once
    assert not s.lock.locked()
    r = await litellm.acompletion(messages=MSGS, max_tokens=4, **kw)
    assert r.choices[0].message.content
