"""Analyse a study in a background process while the app is already serving, and read its progress.

    python -m core.background STUDY [--store PATH]     # what `make app` runs before starting the app

The child is `python -m core analyze --study STUDY --if-missing`; its stderr (one tqdm bar per stage) goes to
<store folder>/background/STUDY.log and its pid to STUDY.pid. progress() reads the last bar of every live
child, so the app can say "embedding 2,304 of 20,436 texts (11%), about 6 min left" instead of blocking.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from core import paths

_BAR = re.compile(r"(\w+)\s*:\s*(\d+)%\|[^|]*\|\s*(\d+)/(\d+)\s*\[([^<\]]*)<([^,\]]*)")
STAGE_WORDS = {"embed": "embedding texts", "shift": "context shift (models)", "masks": "masks (models)",
               "markers": "markers (models)"}


def folder(store: str | Path) -> Path:
    """Where the background logs and pids of a store live."""
    return Path(store).resolve().parent / "background"


def alive(pid: int) -> bool:
    """True while process `pid` runs (a zombie, i.e. finished but not reaped, counts as finished)."""
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        return "Z" not in Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True


def launch(study: str, store: str | Path) -> int | None:
    """Start the background analysis of `study` unless one is already running; its pid (None when running)."""
    out = folder(store)
    out.mkdir(parents=True, exist_ok=True)
    pid_file = out / f"{study}.pid"
    if pid_file.exists():
        try:
            if alive(int(pid_file.read_text().strip())):
                return None
        except ValueError:
            pass
    with open(out / f"{study}.log", "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "core", "analyze", "--study", study, "--store", str(store),
                                 "--if-missing"], stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                cwd=Path(__file__).resolve().parent.parent, start_new_session=True)
    pid_file.write_text(f"{proc.pid}\n")
    return proc.pid


def describe(log_text: str) -> str:
    """One line from the last progress bar in a log: stage, counts, share and time left."""
    last = None
    for part in re.split(r"[\r\n]", log_text):
        m = _BAR.search(part)
        if m:
            last = m
    if last is None:
        return ("starting (loading the embedder; if `make install` could not export it to ONNX, this run does, "
                "about a minute)")
    stage, pct, done, total, _, left = last.groups()
    what = STAGE_WORDS.get(stage, stage)
    eta = f", about {left.strip()} left" if left.strip() and "?" not in left else ""
    return f"{what}: {int(done):,} of {int(total):,} ({int(pct)}%){eta}"


def progress(store: str | Path) -> dict[str, str]:
    """study -> progress line, for every background analysis of this store that is still running."""
    out: dict[str, str] = {}
    where = folder(store)
    if not where.is_dir():
        return out
    for pid_file in sorted(where.glob("*.pid")):
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            continue
        if not alive(pid):
            continue
        log = pid_file.with_suffix(".log")
        try:
            with open(log, "rb") as f:
                f.seek(max(0, log.stat().st_size - 4096))
                text = f.read().decode("utf-8", "replace")
        except OSError:
            text = ""
        out[pid_file.stem] = describe(text)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m core.background", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("study")
    ap.add_argument("--store", default=None, help="store path (default $MASKSCOPE_STORE or runs/maskscope.sqlite)")
    args = ap.parse_args(argv)
    store = str(paths.store_path(args.store))
    pid = launch(args.study, store)
    where = folder(store) / f"{args.study}.log"
    print(f"analysing '{args.study}' in the background (pid {pid}, log {where})" if pid else
          f"'{args.study}' is already being analysed in the background (log {where})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
