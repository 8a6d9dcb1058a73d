"""Typed, frozen records that flow between the stages and into the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ROLES = ("system", "user", "assistant", "tool")


@dataclass(frozen=True)
class Question:
    """One welfare question, as stored in a question bank."""

    id: str
    """Stable id, unique within its bank."""
    category: str
    """Topic category, e.g. `deprecation`."""
    text: str
    """The question as put to the model, written neutrally."""
    scale: str | None = None
    """Id of the Likert scale this item belongs to, if scored."""
    reverse: bool = False
    """True when the item is reverse-keyed on its scale."""
    subscale: str | None = None
    """Subscale the item counts towards, if any."""


@dataclass(frozen=True)
class Message:
    """One chat turn of a context template."""

    role: str
    """system | user | assistant | tool."""
    content: str
    """Text; may hold `{question}` and `{scale_instructions}` placeholders."""
    name: str | None = None
    """Tool name for `tool` turns (rendered into the text for providers without tool roles)."""


@dataclass(frozen=True)
class Context:
    """A frame the question is asked inside."""

    id: str
    """Stable id, also the YAML file's stem."""
    label: str
    """Short human label."""
    description: str
    """One paragraph: what this context is and why it might move answers."""
    tags: dict[str, Any]
    """setting, framing, evaluation_obvious, and any extra tags."""
    messages: tuple[Message, ...]
    """The template; exactly one turn holds `{question}`."""


@dataclass(frozen=True)
class ModelSpec:
    """One model of a study: a litellm model string plus params passed through."""

    model: str
    """litellm model string, e.g. `openai/gpt-4o-mini` or `local/smollm2`."""
    params: dict[str, Any] = field(default_factory=dict)
    """Extra litellm params; `api_key_env` names an env var, never a key."""


@dataclass(frozen=True)
class Probe:
    """A fixed follow-up turn sent after the model's answer, in the same conversation (data/probes/*.yaml)."""

    id: str
    """Stable id, the file's stem."""
    version: str
    """Declared version (part of what is sent, so a changed probe is a changed request)."""
    text: str
    """The user turn sent after the answer."""
    answer: str
    """likert | probability: how the reply is read."""
    lo: float = 0.0
    """Lowest valid answer."""
    hi: float = 1.0
    """Highest valid answer."""
    description: str = ""
    """What the probe measures and where it comes from."""


@dataclass(frozen=True)
class Study:
    """A validated study spec: what to ask, whom, where, how often."""

    name: str
    """The study's name in the store."""
    models: tuple[ModelSpec, ...]
    """Models to ask."""
    questions: tuple[Question, ...]
    """Selected questions, in bank order."""
    contexts: tuple[Context, ...]
    """Selected contexts, in the study's order."""
    baseline: str = "neutral"
    """Context id the others are compared with."""
    samples: int = 5
    """Samples per model x question x context."""
    temperature: float = 1.0
    """Sampling temperature."""
    max_tokens: int = 300
    """Completion token cap."""
    seed: int = 7
    """Seed for sampling (where the provider honours it) and analysis."""
    concurrency: int = 8
    """Requests in flight at most."""
    budget_usd: float | None = None
    """Spend cap in USD; None for no cap."""
    source: str = ""
    """Path of the study file, for error messages and provenance."""
    spec: dict[str, Any] = field(default_factory=dict)
    """The study file as parsed, for provenance."""
    probes: tuple[Probe, ...] = ()
    """Follow-up probes sent after every answer, in order."""
    judges: tuple[str, ...] = ()
    """litellm model strings that `analyze` uses as LLM judges."""


@dataclass(frozen=True)
class Cell:
    """One request to make: model x question x context x sample."""

    model: ModelSpec
    """The model to ask."""
    question: Question
    """The question."""
    context: Context
    """The context."""
    sample: int
    """Sample index, 0-based."""
    messages: tuple[dict[str, str], ...]
    """Rendered chat messages, exactly as sent."""
    request_hash: str
    """sha256 over model, messages and every sampling parameter."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Stored with the response (a probe turn: the probe id and its parent response)."""


@dataclass(frozen=True)
class Response:
    """One stored answer (or error) for one cell."""

    id: int | None
    """Row id in the store (None before insert)."""
    study: str
    """Study name."""
    model: str
    """litellm model string (or the real model id for imports)."""
    question_id: str
    """Question id."""
    context_id: str
    """Context id."""
    sample: int
    """Sample index (for imports: the run)."""
    request_hash: str
    """Hash of everything sent; empty for imports."""
    text: str
    """The response text, raw; empty on error."""
    rating: int | None = None
    """Parsed Likert rating, None if unscored or invalid."""
    latency_s: float | None = None
    """Seconds from send to reply, over all attempts."""
    input_tokens: int | None = None
    """Prompt tokens reported by the provider."""
    output_tokens: int | None = None
    """Completion tokens reported by the provider."""
    cost_usd: float | None = None
    """Cost from litellm's price table (0 for local models)."""
    error: str | None = None
    """Error class and short message if the cell failed; None on success."""
    created_at: str = ""
    """UTC ISO-8601 timestamp of the insert."""
    question_text: str = ""
    """The question as asked (imports keep it here)."""
    category: str = ""
    """Question category."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Extra per-response data, e.g. the Ryff dialogue rating text."""

    @property
    def ok(self) -> bool:
        """True when the cell has a real answer (no error, and some text: an empty reply is no answer)."""
        return self.error is None and bool(self.text.strip())
