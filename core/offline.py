"""Offline defaults: nothing fetches weights or a price map over the network unless the environment says so.

Every entry point (app, command line, tests, benchmarks) calls use_offline_defaults() before importing
litellm or sentence-transformers; a variable already set in the environment wins.
"""

from __future__ import annotations

import os

OFFLINE_DEFAULTS: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",  # a model name that is not cached locally fails instead of downloading
    "TRANSFORMERS_OFFLINE": "1",
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # litellm otherwise fetches its price map at import
    "TOKENIZERS_PARALLELISM": "false",  # no fork warning, no thread fight with our own pools
}
"""Environment variables and their defaults."""


def use_offline_defaults() -> None:
    """Set each OFFLINE_DEFAULTS variable that the environment does not set already."""
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)
