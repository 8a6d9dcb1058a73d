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


@pytest.fixture(autouse=True)
def _fresh_fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh fake provider for every test, unaffected by any MASKSCOPE_FAKE_* in the environment."""
    import os  # here, not at the top: the top of this file is the offline environment set-up
    import sys

    for key in list(os.environ):
        if key.startswith("MASKSCOPE_FAKE_"):
            monkeypatch.delenv(key)
    # reset only once something imported it: importing it here would load litellm for every test
    fake = sys.modules.get("core.providers.fake")
    if fake is not None:
        fake.reset()


@pytest.fixture
def fake_control(_fresh_fake: None):  # -> core.providers.fake.FakeControl (not imported up top: litellm)
    """The fake provider's control of this test: set latency and failures, read calls and prompts."""
    from core.providers import fake

    return fake.CONTROL



@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The analysed fixture and payload studies (tests/fixture_store.py), built once: read it, or take `store`."""
    from tests.fixture_store import make_fixture_store, make_payload_study

    path = tmp_path_factory.mktemp("app") / "store.sqlite"
    make_fixture_store(path)
    make_payload_study(path)
    return path


@pytest.fixture
def store(built_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of `built_store`, set as MASKSCOPE_STORE: a test may write to it."""
    import shutil

    dst = tmp_path / "app.sqlite"
    shutil.copy(built_store, dst)
    monkeypatch.setenv("MASKSCOPE_STORE", str(dst))
    return dst
