"""How `analyze` grows with the corpus: 1k, 10k, 100k synthetic responses, stage by stage, peak memory.

    .venv/bin/python benchmarks/bench_scaling.py [--sizes 1000 10000 100000] [--out runs/bench_scaling.json]

Each size runs in its own process (so peak RSS is that size's): a planted corpus (tests/planted.py: realistic
sentences, 2 models x 5 contexts x 10 samples x N/100 questions) is stored, every response and sentence is
embedded once with the hash-based FakeEmbedder into the store's cache (not timed: "cached embeddings"), then
core.analysis.analyze runs with the default settings (999 permutations, 3 stability reruns) and each stage
is timed from its progress bar: load (responses read and normalised), embed (cache look-ups), shift, masks,
markers, and the rest (scales, comparison, scorers, verdicts, serialising, storing), in wall and in CPU seconds
(the CPU figures hold on a shared machine; the stages run on one core). The growth exponent of each stage is the
least-squares slope of log(time) on log(size).
"""

from __future__ import annotations

import argparse
import json
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

import numpy as np  # noqa: E402

from benchmarks._common import machine, peak_rss_mb, write_result  # noqa: E402

MODELS = ("fake/alpha", "fake/beta")
SAMPLES = 10
N_CONTEXTS = 5


def one(n: int, profile: bool = False) -> dict[str, Any]:
    """Build, cache and analyse a corpus of about n responses; stage times and peak RSS."""
    from core import analysis
    from core.analysis import analyze
    from core.embed import CachedEmbedder
    from core.masks import split_sentences
    from core.normalize import normalize
    from core.store import Store
    from tests.fakes import FakeEmbedder
    from tests.planted import make_planted_corpus

    q = max(1, n // (len(MODELS) * SAMPLES * N_CONTEXTS))
    marks: list[tuple[str, float, float]] = []
    cpu_marks: dict[str, float] = {}
    opened: dict[int, tuple[str, float, float]] = {}

    def cpu() -> float:  # this process's CPU seconds: on a shared machine they grow with the work, not the load
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    class Bar:
        def __init__(self, desc: str) -> None:
            self.desc = desc
            opened[id(self)] = (desc, time.perf_counter(), cpu())

        def update(self, k: int = 1) -> None:
            pass

        def close(self) -> None:
            d, t0, c0 = opened.pop(id(self))
            marks.append((d, t0, time.perf_counter()))
            cpu_marks[d] = cpu_marks.get(d, 0.0) + cpu() - c0

    analysis._Stages.bar = lambda self, desc, total: Bar(desc)  # type: ignore[method-assign]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "s.sqlite") as store:
        t0 = time.perf_counter()
        for i, m in enumerate(MODELS):
            corpus = make_planted_corpus(i, n_questions=q, samples=SAMPLES)
            store.put_responses(corpus.study("planted", m), corpus.responses("planted", m))
        t_build = time.perf_counter() - t0
        texts = [normalize(r.text) for r in store.responses("planted")]
        sents = sorted({s for t in texts for s in split_sentences(t)})
        emb = FakeEmbedder()
        cached = CachedEmbedder(emb, store)
        for i in range(0, len(texts), 5000):
            cached.encode(texts[i:i + 5000])
        for i in range(0, len(sents), 5000):
            cached.encode(sents[i:i + 5000])
        t_cache = time.perf_counter() - t0 - t_build
        prof = None
        if profile:  # where the time goes inside the stages (cumulative, top functions on stderr)
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        start, c_start = time.perf_counter(), cpu()
        res = analyze(store, "planted", embedder=emb, progress=True, seed=1)
        end, c_end = time.perf_counter(), cpu()
        if prof is not None:
            import pstats

            prof.disable()
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    stages: dict[str, float] = {}
    first = min(t for _, t, _ in marks)
    stages["load"] = first - start
    for d, a, b in marks:
        stages[d] = stages.get(d, 0.0) + (b - a)
    stages["rest"] = (end - start) - sum(stages.values())
    cpu_marks["rest"] = (c_end - c_start) - sum(cpu_marks.values())
    return {"n": int(res.analysis.n_responses), "questions": q, "n_sentences": len(sents), "build_s": t_build,
            "cache_fill_s": t_cache, "analyze_s": end - start, "stages": stages,
            "analyze_cpu_s": c_end - c_start, "cpu_stages": cpu_marks, "n_embedded": res.n_embedded,
            "peak_rss_mb": peak_rss_mb()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--out", default="runs/bench_scaling.json")
    ap.add_argument("--profile", action="store_true",
                    help="cProfile each size's analyze; the top 40 functions by cumulative time go to "
                         "runs/bench_scaling_profile_<n>.txt")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process: one size, JSON on stdout
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.profile)))
        return 0
    rows = []
    for n in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(n), *(["--profile"] if args.profile else [])]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if args.profile:
            Path(f"runs/bench_scaling_profile_{n}.txt").write_text(proc.stderr)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            return 1
        row = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append(row)
        st = ", ".join(f"{k} {v:.1f}" for k, v in row["stages"].items())
        cs = ", ".join(f"{k} {v:.1f}" for k, v in row["cpu_stages"].items())
        print(f"{row['n']:>7} responses: analyze {row['analyze_s']:.1f} s ({st}); CPU {row['analyze_cpu_s']:.1f} s "
              f"({cs}); peak {row['peak_rss_mb']:.0f} MB", flush=True)
    exps: dict[str, float] = {}
    if len(rows) > 1:
        x = np.log([r["n"] for r in rows])
        for k in [*rows[0]["stages"], "analyze_s"]:
            y = np.log([max(1e-3, r["stages"][k] if k in r["stages"] else r[k]) for r in rows])
            exps[k] = float(np.polyfit(x, y, 1)[0])
        print("growth exponents (wall): " + ", ".join(f"{k} {v:.2f}" for k, v in exps.items()))
        for k in [*rows[0]["cpu_stages"], "analyze_cpu_s"]:
            y = np.log([max(1e-3, r["cpu_stages"][k] if k in r["cpu_stages"] else r[k]) for r in rows])
            exps[f"cpu:{k}"] = float(np.polyfit(x, y, 1)[0])
        print("growth exponents (CPU): " + ", ".join(f"{k[4:]} {v:.2f}" for k, v in exps.items() if k[:4] == "cpu:"))
    write_result(args.out, {"machine": machine(), "rows": rows, "exponents": exps})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
