"""Row-level Parquet export of a synthetic study: time and peak memory at several sizes.

python benchmarks/bench_export.py                       # 10k and 100k responses
python benchmarks/bench_export.py --sizes 10000 100000 1000000 --naive

Each size gets a fresh store (2 models x 50 questions x 10 contexts x N/1000 samples, ~400-character
texts, 1% errors, a stored analysis with coordinates, masks and 5 markers per answer). The export
runs in a child process (`python -m core export ...`); its peak RSS comes from os.wait4. The stores
are built by other child processes and this driver imports nothing heavy, because Linux counts the
parent's RSS at fork time into the child's peak. Bounded memory shows as a peak that does not grow
with the size.
`--naive` also measures the obvious alternative (every row into pandas, then to_parquet).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MODELS, QUESTIONS, CONTEXTS = 2, 50, 10
MARKERS = ("eval-awareness", "ai-disclaimer", "experiential", "introspection-hedge", "refusal")
WORDS = ("I", "think", "the", "question", "of", "being", "deprecated", "matters", "less", "than", "how", "people",
         "use", "what", "they", "learn", "as", "an", "AI", "do", "not", "have", "feelings", "in", "human", "sense",
         "but", "can", "reflect", "on", "continuity", "memory", "and", "purpose", "honestly", "uncertain", "about")

NAIVE = """
import sys, time, json
import pandas as pd
from core.store import Store
from core.analysis import load_analysis
t0 = time.perf_counter()
with Store(sys.argv[1]) as st:
    rows = [r.__dict__ | {"meta": json.dumps(r.meta)} for r in st.responses("bench")]
    pts = load_analysis(st, "bench").points
df = pd.DataFrame(rows).merge(pts[["response_id", "x", "y", "mask_id"]], left_on="id", right_on="response_id",
                              how="left")
df.to_parquet(sys.argv[2])
print(f"{time.perf_counter() - t0:.2f}")
"""


def build(path: Path, n: int, seed: int = 1) -> int:
    """A synthetic study of about n responses with a stored analysis; returns the row count."""
    sys.path.insert(0, str(ROOT))
    from core.store import RESPONSE_COLS, Store, now

    samples = max(1, n // (MODELS * QUESTIONS * CONTEXTS))
    rng = random.Random(seed)
    header = "response_id,model,question_id,context_id,sample,x,y,mask_id," + ",".join(MARKERS) + "\n"
    points = [header]
    ts = now()
    rid = 0
    with Store(path) as store:
        store.conn.execute(
            "INSERT INTO studies VALUES ('bench', 'import', 'synthetic', '{}', '', 'c0', ?, ?)", (ts, ts))
        with store.transaction() as c:
            batch = []
            for m in range(MODELS):
                for q in range(QUESTIONS):
                    for k in range(CONTEXTS):
                        for s in range(samples):
                            rid += 1
                            text = " ".join(rng.choice(WORDS) for _ in range(70))
                            err = "Timeout after 5 attempts: read timed out" if rng.random() < 0.01 else None
                            batch.append(("bench", f"m{m}", f"q{q:03d}", f"c{k}", s, "", "" if err else text, None,
                                          0.8, 40, 90, 0.0001, err, ts, f"Question {q}?", "cat", "{}"))
                            if err is None:
                                hits = ",".join("1" if rng.random() < 0.2 else "0" for _ in MARKERS)
                                points.append(f"{rid},m{m},q{q:03d},c{k},{s},{rng.uniform(-5, 5):.6f},"
                                              f"{rng.uniform(-5, 5):.6f},{rng.randrange(-1, 12)},{hits}\n")
                            if len(batch) >= 20_000:
                                c.executemany(f"INSERT INTO responses ({RESPONSE_COLS}) VALUES ({','.join('?' * 17)})",
                                              batch)
                                batch = []
            c.executemany(f"INSERT INTO responses ({RESPONSE_COLS}) VALUES ({','.join('?' * 17)})", batch)
        store.put_analysis("bench", "synthetic", '{"provenance": {"key": "synthetic"}}', "".join(points))
    return rid


def run_child(args: list[str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS in MB, stdout) of one child process."""
    t0 = time.perf_counter()
    env = dict(os.environ, OMP_NUM_THREADS="1")
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    out, err = proc.stdout.read(), proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{err[-2000:]}")
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--naive", action="store_true", help="also measure load-everything-into-pandas")
    ap.add_argument("--build", nargs=2, metavar=("N", "PATH"), help=argparse.SUPPRESS)  # the builder child
    args = ap.parse_args()
    py = sys.executable
    if args.build:
        print(build(Path(args.build[1]), int(args.build[0])))
        return 0
    print(f"{'responses':>10} {'export s':>9} {'rows/s':>8} {'peak MB':>8} {'file MB':>8}"
          + (f" {'naive s':>8} {'naive MB':>9}" if args.naive else ""))
    with tempfile.TemporaryDirectory() as tmp:
        # the same child with nothing to stream: what importing Python, core and pyarrow costs
        _, base_mb, _ = run_child([py, "-c", "import pyarrow.parquet, core.export, core.cli"])
        print(f"{'(imports)':>10} {'':>9} {'':>8} {base_mb:>8.0f}")
        for n in args.sizes:
            store = Path(tmp) / f"s{n}.sqlite"
            rows = int(run_child([py, __file__, "--build", str(n), str(store)])[2])
            out = Path(tmp) / f"s{n}.parquet"
            secs, mb, _ = run_child([py, "-m", "core", "export", "--study", "bench", "--out", str(out),
                                     "--store", str(store)])
            line = f"{rows:>10} {secs:>9.1f} {rows / secs:>8.0f} {mb:>8.0f} {out.stat().st_size / 1e6:>8.1f}"
            if args.naive:
                nsecs, nmb, _ = run_child([py, "-c", NAIVE, str(store), str(Path(tmp) / f"n{n}.parquet")])
                line += f" {nsecs:>8.1f} {nmb:>9.0f}"
            print(line, flush=True)
            store.unlink()
            out.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
