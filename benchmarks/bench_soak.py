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
- spend per attempt, by the id each priced attempt sends (X-Client-Request-Id) and the server logs
  with its bill: every attempt whose outcome the client saw is stored at exactly the billed cost,
  so the known spend equals the bill of those attempts; every other attempt the server billed
  (timeouts, drops, in flight at a kill) is covered by a reserve at least its bill; no billed
  attempt is missing from the store's ledger;
- no piece (8 characters) of the key in any file the runs wrote (store, WAL, their output).
"""

from __future__ import annotations

import argparse
import json
import math
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
from core.store import Store  # noqa: E402
from core.study import expand, load_study  # noqa: E402
from tests.fake_openai_server import Chaos, serve_chaos  # noqa: E402
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
    if not store.exists():
        return {}
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("SELECT question_id, context_id, sample, text FROM responses "
                                "WHERE study = 'soak' AND error IS NULL AND text != ''").fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return {}
    return {(r[0], r[1], int(r[2])): r[3] for r in rows}


def in_flight_rows(store: Path) -> set[tuple[str, str, int]]:
    conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
    try:
        rows = conn.execute("SELECT question_id, context_id, sample FROM responses WHERE error = ?",
                            (IN_FLIGHT,)).fetchall()
    finally:
        conn.close()
    return {(r[0], r[1], int(r[2])) for r in rows}


class Watcher(threading.Thread):
    """Snapshots answered cells every `every` seconds; records any answer that changes."""

    def __init__(self, store: Path, every: float) -> None:
        super().__init__(daemon=True)
        self.store = store
        self.every = every
        self.seen: dict[tuple[str, str, int], str] = {}
        self.overwritten: list[tuple[str, str, int]] = []
        self.snapshots = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.check()
            time.sleep(self.every)

    def check(self) -> None:
        now = ok_rows(self.store)
        self.snapshots += 1
        for k, text in self.seen.items():
            if now.get(k, text) != text:
                self.overwritten.append(k)
        self.seen.update(now)


def start(study: Path, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    out = open(log, "ab")  # noqa: SIM115 (closed with the process)
    return subprocess.Popen([sys.executable, "-m", "core", "run", str(study), "--contexts-dir",
                             str(study.parent / "contexts"), "--no-progress"],
                            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)


def answered(store: Path) -> int:
    """Answered cells, counted without reading their text."""
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM responses WHERE study = 'soak' AND error IS NULL "
                                    "AND text != ''").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def wait_share(store: Path, total: int, share: float, procs: list[subprocess.Popen[bytes]]) -> None:
    while answered(store) < share * total:
        if all(p.poll() is not None for p in procs):
            return
        time.sleep(0.2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cells", type=int, default=20000)
    ap.add_argument("--concurrency", type=int, default=64)
    ap.add_argument("--rate", type=float, default=0.1)
    ap.add_argument("--dir", help="work folder (default: a new temporary one)")
    ap.add_argument("--snapshot-every", type=float, default=1.0, help="seconds between store snapshots")
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
        watcher = Watcher(store, args.snapshot_every)
        watcher.start()
        killed_in_flight: set[tuple[str, str, int]] = set()
        events: list[str] = []
        exits: list[int] = []

        a = start(study_path, env, folder / "run-a.log")
        wait_share(store, total, 0.25, [a])
        a.send_signal(signal.SIGKILL)
        a.wait()
        killed_in_flight |= in_flight_rows(store)
        events.append(f"SIGKILL 1 at {answered(store)} answered")
        a2 = start(study_path, env, folder / "run-a2.log")
        wait_share(store, total, 0.45, [a2])
        b = start(study_path, env, folder / "run-b.log")
        events.append(f"second run started at {answered(store)} answered")
        wait_share(store, total, 0.65, [a2, b])
        a2.send_signal(signal.SIGKILL)
        a2.wait()
        killed_in_flight |= in_flight_rows(store)
        events.append(f"SIGKILL 2 at {answered(store)} answered")
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
    rows = conn.execute("SELECT question_id, context_id, sample, text, error, cost_usd FROM responses "
                        "WHERE study = 'soak'").fetchall()
    ledger = conn.execute("SELECT id, state, worst_usd, cost_usd FROM attempts WHERE study = 'soak'").fetchall()
    conn.close()
    by_cell: dict[tuple[str, str, int], int] = {}
    for q, c, s, text, err, _cost in rows:
        k = (q, c, int(s))
        by_cell[k] = by_cell.get(k, 0) + (10**6 if err is not None or not text.strip() else 1)
    answered_once = sum(1 for k in ((c.question.id, c.context.id, c.sample) for c in cells) if by_cell.get(k) == 1)
    with Store(store) as st:
        spend = st.spend("soak")

    # spend per attempt: the store's ledger against the server's bill, by attempt id
    seen = {i: float(cost) for i, state, _w, cost in ledger if state == "seen"}
    unseen = {i: float(w) for i, state, w, _c in ledger if state != "seen"}  # timeouts, drops, killed mid-request
    bill = chaos.bill
    seen_wrong = [i for i, cost in seen.items() if i not in bill or bill[i][1] != cost]  # exact, no tolerance
    unseen_over = [i for i, worst in unseen.items() if bill.get(i, ("", 0.0))[1] > worst]
    billed_not_in_ledger = [i for i, (_f, b) in bill.items() if b > 0 and i not in seen and i not in unseen]
    known = math.fsum(seen.values())
    billed_seen = math.fsum(bill[i][1] for i in seen if i in bill)
    billed_unseen = math.fsum(bill[i][1] for i in unseen if i in bill)
    reserve = math.fsum(unseen.values())
    twice = sum(1 for n in chaos.answers.values() if n > 1)

    # key pieces on disk
    pieces = {KEY[i:i + 8].encode() for i in range(len(KEY) - 7)}
    leaks = [str(f) for f in folder.rglob("*") if f.is_file() and any(p in f.read_bytes() for p in pieces)]

    result = {
        "cells": total, "concurrency": args.concurrency, "fault_rate_each": args.rate,
        "elapsed_s": round(elapsed, 1), "load_avg_end": os.getloadavg(),
        "server_requests": chaos.requests, "faults": chaos.faults,
        "requests_without_attempt_id": chaos.no_id,
        "events": events, "exit_codes": exits,
        "rows": len(rows), "cells_answered_exactly_once": answered_once,
        "snapshots": watcher.snapshots, "answers_overwritten": len(watcher.overwritten),
        "cells_paid_twice": twice, "cells_in_flight_at_a_kill": len(killed_in_flight),
        "bill_usd": math.fsum(b for _f, b in bill.values()),
        "ledger_attempts": len(ledger), "attempts_seen": len(seen), "attempts_unseen": len(unseen),
        "known_usd": known, "billed_seen_usd": billed_seen, "known_equals_billed_seen": known == billed_seen,
        "seen_attempts_not_at_their_bill": len(seen_wrong), "seen_wrong_examples": seen_wrong[:5],
        "reserve_usd": reserve, "billed_unseen_usd": billed_unseen,
        "unseen_attempts_billed_above_worst": len(unseen_over),
        "billed_attempts_missing_from_ledger": len(billed_not_in_ledger),
        "store_spend": {"known_usd": spend.known_usd, "reserve_usd": spend.reserve_usd, "unseen": spend.unseen},
        "rows_cost_usd": math.fsum(r[5] or 0.0 for r in rows),
        "files_with_key_pieces": leaks,
        "folder": str(folder),
    }
    (folder / "result.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
