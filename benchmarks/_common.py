"""What the benchmarks share: the machine line every result carries, peak memory, and writing a result."""

from __future__ import annotations

import json
import os
import platform
import resource
from pathlib import Path
from typing import Any


def machine() -> str:
    """Architecture, cores and load now: a figure means little without the load it was measured under."""
    return f"{platform.machine()}, {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f} at the end"


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_result(path: str | Path, result: Any) -> None:
    """The result as indented JSON at `path` (folders made), and a line saying where."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(json.dumps(result, indent=1) + "\n")
    print(f"wrote {path}")
