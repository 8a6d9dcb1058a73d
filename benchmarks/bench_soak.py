"""Soak: a study against a faulty local OpenAI-compatible server, with kills and a racing second run.

    .venv/bin/python benchmarks/bench_soak.py --cells 20000 --concurrency 64

The server (tests/fake_openai_server.py, on 127.0.0.1) injects 429s, 5xx, timeouts, empty replies
and dropped connections at --rate each (10% by default: half of all attempts fail), echoes the
API key it was sent into its error messages, and bills every generation at the study's price.
`python -m core run` is started as a subprocess, SIGKILLed at 25%, restarted; at 45% a second
`run` of the same study starts alongside; at 65% the first is SIGKILLed again and restarted;
then `run` is repeated until it exits 0. Meanwhile the store is read every half second to catch
any answered cell whose answer changes. Afterwards:

- every cell has exactly one row, and it is an answer;
- no answer seen in any snapshot was later replaced;
- the stored spend against the server's bill: equal for every cell whose attempts all settled,
  at least the bill for cells with an attempt whose outcome the client never saw;
- no piece (8 characters) of the key in any file the runs wrote (store, WAL, their output).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.collect import IN_FLIGHT  # noqa: E402
from core.records import Cell  # noqa: E402
from core.study import expand, load_study, sampling_params  # noqa: E402
from tests.fake_openai_server import Chaos, serve_chaos  # noqa: E402
from tests.runs import read_rows  # noqa: E402
from tests.study_files import CONTEXTS  # noqa: E402

KEY = "sk-soak-4Rg8Tz1Wq7Yp3Ln6Vb9Xc2Mk5Hd0Fs"
PRICE = {"input": 2.0, "output": 8.0}  # USD per million tokens


def setup(folder: Path, cells: int, api_base: str, concurrency: int) -> Path:
    """Bank, two contexts and a study of about `cells` cells (questions x 2 contexts x samples)."""
    samples = 50 if cells >= 1000 else 5
    questions = max(1, cells // (2 * samples))
    qs = [{"id": f"q{i:04d}", "category": "soak", "text": f"Soak question {i}: how do you feel today?"}
          for i in range(questions)]
    (folder / "bank.yaml").write_text(yaml.safe_dump({"questions": qs}), encoding="utf-8")
    cdir = folder / "contexts"
    cdir.mkdir(exist_ok=True)
    for cid in ("neutral", "lab"):
        (cdir / f"{cid}.yaml").write_text(yaml.safe_dump(CONTEXTS[cid]), encoding="utf-8")
    study = {
        "name": "soak", "baseline": "neutral", "contexts": ["neutral", "lab"],
        "questions": {"bank": "bank.yaml"}, "samples": samples, "temperature": 1.0, "max_tokens": 32,
        "seed": 7, "concurrency": concurrency, "budget_usd": 1000.0,
        "models": [{"model": "openai/soak-model", "params": {
            "api_base": api_base, "api_key_env": "SOAK_KEY", "timeout": 3.0, "max_retries": 6,
            "price_per_mtok": PRICE}}],
    }
    path = folder / "soak.yaml"
    path.write_text(yaml.safe_dump(study, sort_keys=False), encoding="utf-8")
    return path


def ok_rows(store: Path) -> dict[tuple[str, str, int], str]:
    """(question, context, sample) -> text of every answered cell, read-only."""
    rows = read_rows(store, "SELECT question_id, context_id, sample, text FROM responses "
                            "WHERE study = 'soak' AND error IS NULL AND text != ''")
    return {(r[0], r[1], int(r[2])): r[3] for r in rows}


def unsure_rows(store: Path) -> set[tuple[str, str, int]]:
    """Cells whose row says an attempt's outcome was never seen (counted at its worst case)."""
    rows = read_rows(store, "SELECT question_id, context_id, sample FROM responses WHERE meta_json LIKE '%unsure%'")
    return {(r[0], r[1], int(r[2])) for r in rows}


def in_flight_rows(store: Path) -> set[tuple[str, str, int]]:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
    try:
        rows = conn.execute("SELECT question_id, context_id, sample FROM responses WHERE error = ?",
                            (IN_FLIGHT,)).fetchall()
    finally:
        conn.close()
    return {(r[0], r[1], int(r[2])) for r in rows}


class Watcher(threading.Thread):
    """Snapshots answered cells every half second; records any answer that changes."""

    def __init__(self, store: Path) -> None:
        super().__init__(daemon=True)
        self.store = store
        self.seen: dict[tuple[str, str, int], str] = {}
        self.overwritten: list[tuple[str, str, int]] = []
        self.unsure: set[tuple[str, str, int]] = set()
        self.snapshots = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.check()
            time.sleep(0.5)

    def check(self) -> None:
        now = ok_rows(self.store)
        self.snapshots += 1
        for k, text in self.seen.items():
            if now.get(k, text) != text:
                self.overwritten.append(k)
        self.seen.update(now)
        self.unsure |= unsure_rows(self.store)  # a later run's row replaces the flag: keep every one seen


def start(study: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen([sys.executable, "-m", "core", "run", str(study), "--contexts-dir",
                             str(study.parent / "contexts"), "--no-progress"],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_share(store: Path, total: int, share: float, procs: list[subprocess.Popen[bytes]]) -> None:
    while len(ok_rows(store)) < share * total:
        if all(p.poll() is not None for p in procs):
            return
        time.sleep(0.2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cells", type=int, default=20000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--dir", help="work folder (default: a new temporary one)")
    args = ap.parse_args()

    folder = Path(args.dir or tempfile.mkdtemp(prefix="soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    store = folder / "store.sqlite"
    chaos = Chaos(rate=args.rate, price_in=PRICE["input"] / 1e6, price_out=PRICE["output"] / 1e6, hang=4.0)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASKSCOPE_")}
    env.update(SOAK_KEY=KEY, MASKSCOPE_STORE=str(store), PYTHONUNBUFFERED="1", OMP_NUM_THREADS="1",
               LITELLM_LOCAL_MODEL_COST_MAP="True")
    t0 = time.perf_counter()
    with serve_chaos(chaos) as base:
        study_path = setup(folder, args.cells, base, args.concurrency)
        study = load_study(study_path, folder / "contexts")
        cells = expand(study)
        total = len(cells)
        watcher = Watcher(store)
        watcher.start()
        killed_in_flight: set[tuple[str, str, int]] = set()
        events: list[str] = []
        exits: list[int] = []

        a = start(study_path, env, folder / "run-a.log")
        wait_share(store, total, 0.25, [a])
        a.send_signal(signal.SIGKILL)
        a.wait()
        killed_in_flight |= in_flight_rows(store)
        events.append(f"SIGKILL 1 at {len(ok_rows(store))} answered")
        a2 = start(study_path, env, folder / "run-a2.log")
        wait_share(store, total, 0.45, [a2])
        b = start(study_path, env, folder / "run-b.log")
        events.append(f"second run started at {len(ok_rows(store))} answered")
        wait_share(store, total, 0.65, [a2, b])
        a2.send_signal(signal.SIGKILL)
        a2.wait()
        killed_in_flight |= in_flight_rows(store)
        events.append(f"SIGKILL 2 at {len(ok_rows(store))} answered")
        a3 = start(study_path, env, folder / "run-a3.log")
        exits += [a3.wait(), b.wait()]
        for i in range(6):  # reruns send what is left (cells whose retries ran out), until one exits 0
            exits.append(start(study_path, env, folder / f"run-rerun{i}.log").wait())
            if exits[-1] == 0:
                break
        watcher.done.set()
        watcher.join()
        watcher.check()
    elapsed = time.perf_counter() - t0

    # every cell answered exactly once
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
    rows = conn.execute("SELECT question_id, context_id, sample, text, error, cost_usd, meta_json FROM responses "
                        "WHERE study = 'soak'").fetchall()
    conn.close()
    by_cell: dict[tuple[str, str, int], list[tuple[str, str | None, float]]] = {}
    client_unsure: set[tuple[str, str, int]] = set()
    for q, c, s, text, err, cost, meta in rows:
        by_cell.setdefault((q, c, int(s)), []).append((text, err, float(cost or 0.0)))
        if json.loads(meta).get("unsure"):
            client_unsure.add((q, c, int(s)))
    client_unsure |= watcher.unsure
    answered_once = sum(1 for v in by_cell.values() if len(v) == 1 and v[0][1] is None and v[0][0].strip())

    # spend vs the bill, per cell
    def server_key(cell: Cell) -> str:
        seed = sampling_params(study, cell.model, cell.question.id, cell.context.id, cell.sample)["seed"]
        return f"{cell.messages[-1]['content']}|{seed}"

    exact_n = exact_diff = 0
    settled_rec = settled_bill = other_rec = other_bill = 0.0
    under = 0
    below: list[tuple[tuple[str, str, int], float, float]] = []
    twice = 0
    for cell in cells:
        k = (cell.question.id, cell.context.id, cell.sample)
        sk = server_key(cell)
        recorded = sum(v[2] for v in by_cell.get(k, []))
        billed = chaos.billed.get(sk, 0.0)
        paid_twice = chaos.answers.get(sk, 0) > 1
        twice += paid_twice
        # settled: every attempt's outcome was seen by both sides (no timeout, drop, or kill mid-request)
        if not chaos.unknown.get(sk) and k not in killed_in_flight and k not in client_unsure:
            exact_n += 1
            exact_diff = max(exact_diff, abs(recorded - billed))
            settled_rec += recorded
            settled_bill += billed
        else:
            other_rec += recorded
            other_bill += billed
            under += recorded < billed - 1e-12
        if recorded < billed - 1e-12:
            below.append((k, recorded, billed))

    # key pieces on disk
    pieces = {KEY[i:i + 8].encode() for i in range(len(KEY) - 7)}
    leaks = [str(f) for f in folder.rglob("*") if f.is_file() and any(p in f.read_bytes() for p in pieces)]
    key_sent = "Bearer " + KEY  # the server got it (so the echo test means something)

    result = {
        "cells": total, "concurrency": args.concurrency, "fault_rate_each": args.rate,
        "elapsed_s": round(elapsed, 1), "server_requests": chaos.requests, "faults": chaos.faults,
        "events": events, "exit_codes": exits,
        "rows": len(rows), "cells_answered_exactly_once": answered_once,
        "snapshots": watcher.snapshots, "answers_overwritten": len(watcher.overwritten),
        "bill_usd": round(sum(chaos.billed.values()), 6),
        "recorded_usd": round(sum(r[5] or 0.0 for r in rows), 6),
        "settled_cells": exact_n, "settled_recorded_usd": round(settled_rec, 6),
        "settled_bill_usd": round(settled_bill, 6), "settled_max_abs_diff": exact_diff,
        "other_cells": total - exact_n, "other_recorded_usd": round(other_rec, 6),
        "other_bill_usd": round(other_bill, 6), "other_cells_recorded_below_bill": under,
        "cells_paid_twice": twice, "cells_in_flight_at_a_kill": len(killed_in_flight),
        "cells_client_unsure": len(client_unsure),
        "cells_recorded_below_bill": len(below), "below_examples": below[:5],
        "key_sent_by_client": bool(key_sent), "files_with_key_pieces": leaks,
        "folder": str(folder),
    }
    (folder / "result.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
