"""Helpers that run the collector: `python -m core run` in a subprocess, the rows it stored, the waits it chose."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import collect

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parent.parent


def env_for(store: Path, **extra: str) -> dict[str, str]:
    """This environment without any fake-provider scripting, pointed at `store`, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MASKSCOPE_FAKE_")}
    env.update(MASKSCOPE_STORE=str(store), PYTHONUNBUFFERED="1", **extra)
    return env


def run_args(study: Path) -> list[str]:
    """`python -m core run` on a study file written by `tests.study_files.write_study`."""
    return [sys.executable, "-m", "core", "run", str(study), "--contexts-dir", str(study.parent / "contexts"),
            "--no-progress"]


def start(study: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    """The run, started in the background."""
    return subprocess.Popen(run_args(study), cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def rerun(study: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The run to its end (the timeout only keeps a hung run from hanging the suite)."""
    return subprocess.run(run_args(study), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def read_rows(store: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """A read-only query on a store a run may be writing; no rows before the store or its table exists."""
    if not store.exists():
        return []
    try:
        conn = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:  # the table may not exist yet
        return []


def count_rows(store: Path, study: str) -> int:
    """Rows stored for `study`, read while a run may be writing."""
    rows = read_rows(store, "SELECT COUNT(*) FROM responses WHERE study = ?", (study,))
    return int(rows[0][0]) if rows else 0


def wait_for_rows(proc: subprocess.Popen[str], store: Path, study: str, n: int, timeout: float = 180) -> int:
    """Poll until `n` rows are stored; fails if the run ends first (the timeout only guards against a hang)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        got = count_rows(store, study)
        if got >= n:
            return got
        if proc.poll() is not None:
            raise AssertionError(f"run ended early ({proc.returncode}): {proc.stderr.read() if proc.stderr else ''}")
        time.sleep(0.02)
    proc.kill()
    raise AssertionError(f"fewer than {n} rows after {timeout} s")


def kill_at(proc: subprocess.Popen[str], store: Path, study: str, n: int) -> None:
    """SIGKILL the run once `n` rows are stored: what a crash or a pulled plug looks like."""
    try:
        wait_for_rows(proc, store, study, n)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        for pipe in (proc.stdout, proc.stderr):
            if pipe:
                pipe.close()


def log_keys(path: Path) -> list[str]:
    """Request keys in the fake's call log (MASKSCOPE_FAKE_CALL_LOG), one per call, in order."""
    if not path.exists():
        return []
    return [json.loads(line)["key"] for line in path.read_text().splitlines() if line.strip()]


def recorded_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The backoff of every retry as the collector chose it (the real function, its answers recorded)."""
    waits: list[float] = []
    real = collect.backoff_delay

    def backoff(*args: object, **kwargs: object) -> float:
        waits.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return waits[-1]

    monkeypatch.setattr(collect, "backoff_delay", backoff)
    return waits
