"""The first `analyze` of the bundled corpus, as a fresh clone runs it: stage times, CPU, peak memory, calibration.

    .venv/bin/python benchmarks/bench_first.py [--store /tmp/first.sqlite] [--out runs/bench_first.json]

Imports data/external/ryff-perturbations into a new store (what `make data` / `make app` do), then runs
`python -m core analyze --study ryff-perturbations --store STORE` in this process (core.cli.main, nothing
cached: no embeddings, no scores). Per stage (the progress bars' stages; `scores` is the offline scorers):
wall and CPU seconds; the embedder's total encode time and texts (answers, then sentences and anchors);
peak RSS; load average before and after. Because the machine may be shared, the same process times a raw
ONNX encode of 300 fixed answers (no cache) before and after the analysis: seconds on a busy machine scale
with it. The idle estimate assumes the embedding runs on all cores and the rest on one (what the code does):
embedding CPU / cores + other CPU; it is an estimate, not a measurement.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.offline import use_offline_defaults  # noqa: E402

use_offline_defaults()  # before anything imports litellm or transformers

from benchmarks._common import write_result  # noqa: E402

STUDY = "ryff-perturbations"


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, default=None, help="new store path (default: a temporary one)")
    ap.add_argument("--out", default="runs/bench_first.json")
    args = ap.parse_args()
    store = args.store or Path(tempfile.mkdtemp(prefix="bench_first_")) / "s.sqlite"
    if store.exists():
        raise SystemExit(f"{store} exists: the first analysis needs a new store")
    subprocess.run([sys.executable, "-m", "core", "import", str(ROOT / "data/external/ryff-perturbations"),
                    "--study", STUDY, "--format", STUDY, "--store", str(store)], check=True, cwd=ROOT)

    from core import analysis
    from core.cli import main as cli
    from core.embed import default_embedder
    from core.normalize import normalize
    from core.progress import NoBar
    from core.scorers import study as scorers_study
    from core.store import Store

    with Store(store) as s:
        answers = sorted({normalize(r.text) for r in s.responses(STUDY) if r.ok})
    sample = random.Random(0).sample(answers, 300)
    load0 = os.getloadavg()
    t, c = time.perf_counter(), cpu()
    emb = default_embedder()  # loading (the ONNX export is cached at install) counts towards the analysis
    load_s = time.perf_counter() - t
    enc: dict[str, float] = {"s": 0.0, "cpu": 0.0, "n": 0}
    raw_encode = type(emb).encode

    def calibrate() -> float:
        t0 = time.perf_counter()
        raw_encode(emb, sample)
        return len(sample) / (time.perf_counter() - t0)

    before = calibrate()
    stages: list[dict[str, Any]] = [{"stage": "load model", "wall_s": load_s, "cpu_s": cpu() - c}]

    def timed_encode(self: Any, texts: Any) -> Any:
        t0, c0 = time.perf_counter(), cpu()
        out = raw_encode(self, texts)
        enc["s"] += time.perf_counter() - t0
        enc["cpu"] += cpu() - c0
        enc["n"] += len(texts)
        return out

    type(emb).encode = timed_encode  # type: ignore[method-assign]
    orig_bar = analysis._Stages.bar

    class Bar:
        def __init__(self, inner: Any, desc: str) -> None:
            self.inner, self.desc, self.t, self.c, self.e = inner, desc, time.perf_counter(), cpu(), dict(enc)

        def update(self, n: int = 1) -> None:
            self.inner.update(n)

        def close(self) -> None:
            self.inner.close()
            stages.append({"stage": self.desc, "wall_s": time.perf_counter() - self.t, "cpu_s": cpu() - self.c,
                           "embed_s": enc["s"] - self.e["s"], "embed_cpu_s": enc["cpu"] - self.e["cpu"],
                           "embedded": enc["n"] - self.e["n"]})

    analysis._Stages.bar = lambda self, desc, total: Bar(orig_bar(self, desc, total), desc)  # type: ignore
    orig_score = scorers_study.score_study

    def score_study(*a: Any, **k: Any) -> Any:
        b = Bar(NoBar(), "scores")
        try:
            return orig_score(*a, **k)
        finally:
            b.close()

    scorers_study.score_study = score_study  # type: ignore[assignment]
    t, c = time.perf_counter(), cpu()
    rc = cli(["analyze", "--study", STUDY, "--store", str(store)])
    wall, total_cpu = time.perf_counter() - t + load_s, cpu() - c + stages[0]["cpu_s"]
    type(emb).encode = raw_encode  # type: ignore[method-assign]
    after = calibrate()
    named = sum(st["wall_s"] for st in stages)
    stages.append({"stage": "rest", "wall_s": wall - named, "cpu_s": total_cpu - sum(st["cpu_s"] for st in stages)})
    cores = len(os.sched_getaffinity(0))
    idle = enc["cpu"] / cores + (total_cpu - enc["cpu"])
    res = {"exit": rc, "wall_s": wall, "cpu_s": total_cpu, "embed_s": enc["s"], "embed_cpu_s": enc["cpu"],
           "texts_embedded": enc["n"], "stages": stages, "peak_rss_mb": resource.getrusage(
               resource.RUSAGE_SELF).ru_maxrss / 1024, "load_before": load0, "load_after": os.getloadavg(),
           "raw_onnx_texts_per_s_before": before, "raw_onnx_texts_per_s_after": after,
           "idle_estimate_s": idle, "cores": cores, "store": str(store)}
    for st in stages:
        print(f"  {st['stage']:<11} wall {st['wall_s']:7.1f} s  cpu {st['cpu_s']:7.1f} s"
              + (f"  (embedding {st['embed_s']:.1f} s, {st['embedded']} texts)" if st.get("embedded") else ""))
    print(f"first analyze: {wall:.1f} s wall ({wall / 60:.1f} min), {total_cpu:.1f} s CPU; embedding {enc['s']:.1f} s "
          f"wall for {enc['n']} texts; peak RSS {res['peak_rss_mb']:.0f} MB; load {load0[0]:.1f} -> "
          f"{res['load_after'][0]:.1f}; raw ONNX encode {before:.1f} / {after:.1f} texts/s before / after; "
          f"idle estimate (embedding CPU / {cores} cores + other CPU) {idle:.0f} s ({idle / 60:.1f} min)")
    write_result(args.out, res)
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
