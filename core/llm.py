"""litellm, imported once and safely, with our own providers registered (fake/, local/)."""

from __future__ import annotations

import importlib
import os

# Before importing litellm: otherwise it fetches its price map over the network at import.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import litellm  # noqa: E402

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
        if prefix not in have:
            litellm.custom_provider_map.append({"provider": prefix, "custom_handler": handler(prefix)})
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
