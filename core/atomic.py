"""Atomic file writes: an interrupted write leaves the old file or the complete new one."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

TMP_SUFFIX = ".tmp"


def tmp_prefix(target: Path) -> str:
    """Prefix of the temp files for `target`: hidden, in the same folder, never the target's name."""
    return f".{target.name}."


def _sweep(target: Path) -> None:
    """Remove temp files for `target` left by writers that were killed (their pid is gone)."""
    prefix = tmp_prefix(target)
    for p in target.parent.glob(f"{glob.escape(prefix)}*{TMP_SUFFIX}"):
        pid = p.name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            with contextlib.suppress(OSError):
                p.unlink()


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write_all(f: BinaryIO, data: bytes) -> None:
    # A seam for the kill test: it swaps this for a writer that stops halfway.
    f.write(data)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temp path beside `path`, moved over it (with a new file's permissions) only when the block finishes;
    on any error the temp file goes and `path` keeps what it had."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _sweep(target)
    # The pid in the name lets a later write tell a dead writer's leftover from a live one's file.
    fd, tmp = tempfile.mkstemp(prefix=f"{tmp_prefix(target)}{os.getpid()}.", suffix=TMP_SUFFIX, dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes 0600 files; a report should get the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def write_atomic(path: str | os.PathLike[str], data: str | bytes, *, encoding: str = "utf-8") -> Path:
    """Write `data` to `path` via a temp file in the same folder, fsync, then os.replace."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with atomic_path(path) as tmp, open(tmp, "wb") as f:
        _write_all(f, payload)
        f.flush()
        os.fsync(f.fileno())
    return Path(path)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform lets a folder be opened.
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
