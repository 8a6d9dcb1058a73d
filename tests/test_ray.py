"""`analyze --engine ray`: the same analysis as the local engine, on a local Ray started by the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.analysis import analyze
from core.store import Store
from tests.conftest import ROOT
from tests.fakes import FakeEmbedder
from tests.fixture_store import STUDY, make_fixture_store

ray = pytest.importorskip("ray", reason="ray is optional: pip install -r requirements-scale.txt")


@pytest.fixture(scope="module")
def local_ray():
    from core.ray_engine import start

    start(num_cpus=2)
    yield
    ray.shutdown()


def comparable(text: str) -> dict:
    """analysis.json without what may differ between engines: created_at and the engine field."""
    d = json.loads(text)
    d["provenance"].pop("created_at")
    assert d["provenance"]["embedding"].pop("engine") in ("local", "ray")
    return d


def test_ray_engine_gives_the_local_analysis(tmp_path: Path, local_ray: None) -> None:
    from core.ray_engine import RayEmbedder

    texts = {}
    for engine in ("local", "ray"):
        path = tmp_path / f"{engine}.sqlite"
        make_fixture_store(path, analyse=False)
        emb = FakeEmbedder() if engine == "local" else RayEmbedder(factory=FakeEmbedder, shard=40)
        with Store(path) as store:
            r = analyze(store, STUDY, embedder=emb, progress=False, seed=3)
        texts[engine] = r.json_text()
        assert json.loads(r.json_text())["provenance"]["embedding"]["engine"] == engine
    assert comparable(texts["local"]) == comparable(texts["ray"])
    # and byte for byte, once those two lines are gone
    strip = ["\n".join(ln for ln in t.splitlines() if '"created_at"' not in ln and '"engine"' not in ln)
             for t in texts.values()]
    assert strip[0] == strip[1]


def test_ray_embedder_splits_and_keeps_order(local_ray: None) -> None:
    from core.ray_engine import RayEmbedder

    texts = [f"answer number {i} about {'cats' if i % 2 else 'rivers'}" for i in range(23)]
    emb = RayEmbedder(factory=FakeEmbedder, shard=5)
    assert emb.id == FakeEmbedder().id and emb.engine == "ray"
    assert (emb.encode(texts) == FakeEmbedder().encode(texts)).all()
    assert emb.encode([]).shape == (0, 64)


@pytest.mark.slow
def test_cli_engine_ray_matches_local_with_the_real_embedder(tmp_path: Path) -> None:
    outs = {}
    for engine in ("local", "ray"):
        path = tmp_path / f"{engine}.sqlite"
        make_fixture_store(path, analyse=False)
        out = tmp_path / engine
        proc = subprocess.run([sys.executable, "-m", "core", "analyze", "--study", STUDY, "--store", str(path),
                               "--out", str(out), "--engine", engine, "--quiet"],
                              cwd=ROOT, capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, proc.stderr
        outs[engine] = (out / "analysis.json").read_text()
    assert comparable(outs["local"]) == comparable(outs["ray"])
