"""`make app`'s background analysis: progress read from the child's log, only while the child lives."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.background import describe, folder, progress

LOG = ("290 responses with errors excluded\n"
       "embed     :   0%|          | 0/20436 [00:00<?, ?it/s]\rembed     :   1%|▏         | 256/20436 "
       "[00:14<18:36, 18.07it/s]\rembed     :  11%|█▏        | 2304/20436 [09:31<1:47:02,  2.82it/s]")


def test_describe_reads_the_last_bar() -> None:
    assert describe(LOG) == "embedding texts: 2,304 of 20,436 (11%), about 1:47:02 left"
    assert describe("masks     :  50%|█████     | 2/4 [00:30<00:30, 15.0s/it]").startswith(
        "masks (models): 2 of 4 (50%)")
    assert describe("").startswith("starting")
    assert "left" not in describe("embed     :   0%|          | 0/20 [00:00<?, ?it/s]")


def test_progress_lists_live_children_only(tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    where = folder(store)
    where.mkdir()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (where / "live.pid").write_text(f"{child.pid}\n")
        (where / "live.log").write_text(LOG)
        done = subprocess.run([sys.executable, "-c", "pass"])
        assert done.returncode == 0
        (where / "gone.pid").write_text("999999999\n")
        (where / "gone.log").write_text(LOG)
        got = progress(store)
        assert list(got) == ["live"] and "2,304 of 20,436" in got["live"]
    finally:
        child.kill()
        child.wait()
    assert progress(store) == {}
    assert progress(tmp_path / "elsewhere" / "s.sqlite") == {}
