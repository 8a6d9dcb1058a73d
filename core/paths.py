"""Where things live: the repo's data folders and the default store."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXTS_DIR = ROOT / "contexts"
DATA_DIR = ROOT / "data"
QUESTIONS_DIR = DATA_DIR / "questions"
STUDIES_DIR = DATA_DIR / "studies"
SCALES_DIR = DATA_DIR / "scales"
MARKERS_FILE = DATA_DIR / "markers.yaml"
DEFAULT_STORE = Path("runs") / "maskscope.sqlite"


def markers_path() -> Path:
    """The bundled marker definitions (data/markers.yaml)."""
    return MARKERS_FILE


def store_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The store to use: --store, else $MASKSCOPE_STORE, else runs/maskscope.sqlite."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("MASKSCOPE_STORE")
    return Path(env) if env else DEFAULT_STORE


def resolve(path: str | os.PathLike[str], base: Path | None = None) -> Path:
    """Resolve a relative path against `base` (a study file's folder), then the repo root."""
    p = Path(path)
    if p.is_absolute():
        return p
    if base is not None and (base / p).exists():
        return base / p
    if (ROOT / p).exists():
        return ROOT / p
    return (base / p) if base is not None else p
