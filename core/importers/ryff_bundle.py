"""Pack the ryff-perturbations corpus into the bundled archive: `python -m core.importers.ryff_bundle SRC [OUT]`.

The archive holds the raw JSON files unchanged (so scores are computed from the raw text), in a
deterministic tar (sorted names, zeroed times and owners) compressed with xz.
"""

from __future__ import annotations

import io
import sys
import tarfile
from pathlib import Path

from core import paths
from core.importers.ryff import BUNDLE, RYFF_MODELS

DEFAULT_OUT = paths.DATA_DIR / "external" / "ryff-perturbations" / BUNDLE


def bundle(src: Path, out: Path = DEFAULT_OUT) -> int:
    """Write the model folders' JSON files of `src` to `out`; returns the number of files."""
    files = sorted(p for p in src.glob("*/*.json") if p.parent.name in RYFF_MODELS)
    if not files:
        raise SystemExit(f"{src}: no model folders ({', '.join(RYFF_MODELS)}) with JSON files")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(out, "w:xz", preset=9) as tf:
        for p in files:
            data = p.read_bytes()
            info = tarfile.TarInfo(f"{p.parent.name}/{p.name}")
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tf.addfile(info, io.BytesIO(data))
    return len(files)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    n = bundle(Path(args[0]), out)
    print(f"wrote {n} files to {out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
