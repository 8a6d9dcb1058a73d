"""Shared test set-up: every path points at a temporary folder, nothing reaches the network."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.offline import use_offline_defaults

use_offline_defaults()  # before anything imports litellm or transformers

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default store at a temporary file so no test touches runs/."""
    store = tmp_path / "store.sqlite"
    monkeypatch.setenv("MASKSCOPE_STORE", str(store))
    return store


@pytest.fixture
def store_path(_isolated_store: Path) -> Path:
    """The temporary store path of this test."""
    return _isolated_store
