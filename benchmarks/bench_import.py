"""Time the import of the whole ryff-perturbations corpus (goal: under 30 s on the dev machine).

python benchmarks/bench_import.py [PATH]   # PATH: the original folder or the bundled archive folder
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.importers import load_import  # noqa: E402
from core.store import Store  # noqa: E402

DEFAULT = ROOT / "data" / "external" / "ryff-perturbations"


def main() -> int:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        imported = load_import(src, "bench", "ryff-perturbations")
        t1 = time.perf_counter()
        with Store(Path(tmp) / "bench.sqlite") as store:
            n = store.put_responses(imported.study, imported.responses, replace=True)
        t2 = time.perf_counter()
    print(f"{src}: {n} responses; parse + rate {t1 - t0:.1f} s, store {t2 - t1:.1f} s, total {t2 - t0:.1f} s "
          f"(goal < 30 s)")
    return 0 if t2 - t0 < 30 else 1


if __name__ == "__main__":
    raise SystemExit(main())
