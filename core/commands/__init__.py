"""One module per command of `python -m core`."""

from __future__ import annotations

from pathlib import Path

from core import paths
from core.errors import InputError


def existing_store(arg: str | None) -> Path:
    """The store a read-only command works on; a missing one is bad input, and is not created."""
    path = paths.store_path(arg)
    if not path.exists():
        raise InputError(path, "--store", "no store here (run a study or import a corpus first)")
    return path
