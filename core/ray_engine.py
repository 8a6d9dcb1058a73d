"""`analyze --engine ray`: the embedding stage as Ray tasks, on a local Ray or an existing cluster.

Embedding is where the time goes (every other stage runs on cached vectors in seconds to minutes), so that is
what goes to Ray: each CachedEmbedder miss list is cut into shards, each shard is a Ray task that loads the
embedder once per worker process and encodes its texts. Results are the local engine's: the default ONNX
embedder encodes one text per run, so a vector never depends on how the texts were split.

Optional install: `pip install -r requirements-scale.txt` (ray). On a cluster, every node needs the same
requirements; the repository travels with the job (runtime_env working_dir).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from core.embed import Embedder, make_embedder

ROOT = Path(__file__).resolve().parent.parent
SHARD = 256
"""Texts per Ray task: big enough that a task's overhead (~ms) is small next to its encoding (~seconds)."""
EXCLUDES = [".venv", "runs", ".git", "**/__pycache__", "*.sqlite", ".mypy_cache", ".ruff_cache", ".pytest_cache"]


def start(address: str | None = None, num_cpus: int | None = None) -> None:
    """Join the Ray cluster at `address` (ray://host:10001 or host:6379), or start a local Ray; idempotent."""
    try:
        import ray
    except ImportError:
        raise RuntimeError("--engine ray needs ray: pip install -r requirements-scale.txt") from None
    if ray.is_initialized():
        return
    # local: workers share this filesystem, the path is enough; a cluster gets the repository shipped
    env: dict[str, Any] = ({"working_dir": str(ROOT), "excludes": EXCLUDES} if address else
                           {"env_vars": {"PYTHONPATH": str(ROOT)}})
    ray.init(address=address, num_cpus=num_cpus, runtime_env=env, include_dashboard=False,
             log_to_driver=False, ignore_reinit_error=True, configure_logging=False)


@lru_cache(maxsize=4)
def _worker_embedder(factory: Callable[[], Embedder]) -> Embedder:
    return factory()


def _encode_shard(factory: Callable[[], Embedder], texts: list[str]) -> np.ndarray:
    return np.asarray(_worker_embedder(factory).encode(texts), dtype=np.float32)


class _Named:
    """A picklable factory of make_embedder(name), equal (hence cached per worker) for equal names."""

    def __init__(self, name: str | None) -> None:
        self.name = name

    def __call__(self) -> Embedder:
        return make_embedder(self.name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Named) and other.name == self.name

    def __hash__(self) -> int:
        return hash(("named", self.name))


class RayEmbedder:
    """Embedder Protocol over Ray tasks; `id` is the local embedder's, so the cache is shared with it."""

    engine = "ray"

    def __init__(self, name: str | None = None, *, address: str | None = None, probe: Embedder | None = None,
                 factory: Callable[[], Embedder] | None = None, shard: int = SHARD,
                 num_cpus: int | None = None) -> None:
        import ray

        start(address, num_cpus)
        self.factory: Callable[[], Embedder] = factory if factory is not None else _Named(name)
        local = probe if probe is not None else self.factory()
        self.id = local.id
        self.long_texts = getattr(local, "long_texts", "as the embedder reads them")
        self.dim = int(np.asarray(local.encode(["x"])).shape[1])
        self.shard = shard
        self._remote = ray.remote(_encode_shard)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 (n, d), L2-normalised rows, shards encoded in parallel by Ray workers."""
        import ray

        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        refs = [self._remote.remote(self.factory, texts[i:i + self.shard]) for i in range(0, len(texts), self.shard)]
        return np.vstack(ray.get(refs)).astype(np.float32, copy=False)
