"""The explorer listens on 127.0.0.1 unless the user says otherwise (config.toml and `make app`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> set[str]:
    """Local addresses in LISTEN state on `port`, from /proc/net/tcp{,6} (hex, as the kernel writes them)."""
    out = set()
    for name in ("tcp", "tcp6"):
        table = Path("/proc/net") / name
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            cols = line.split()
            addr, hex_port = cols[1].split(":")
            if int(hex_port, 16) == port and cols[3] == "0A":
                out.add(addr)
    return out


def test_config_binds_to_loopback() -> None:
    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["address"] == "127.0.0.1"


def test_make_app_binds_to_loopback_unless_told() -> None:
    dry = subprocess.run(["make", "-n", "-o", ".venv/.installed", "-o", "llama", "-o", "data", "app"], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    assert "streamlit run app.py --server.address 127.0.0.1" in dry
    shared = subprocess.run(["make", "-n", "-o", ".venv/.installed", "-o", "llama", "-o", "data", "app",
                             "APP_ADDRESS=0.0.0.0"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "--server.address 0.0.0.0" in shared


def test_the_running_app_listens_on_loopback_only(tmp_path: Path) -> None:
    port = _free_port()
    env = dict(os.environ, MASKSCOPE_STORE=str(tmp_path / "none.sqlite"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port), "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(600):  # polls until the server is up (or has died); no wall-clock assertion
            if _listening(port) or proc.poll() is not None:
                break
            time.sleep(0.2)
        addrs = _listening(port)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    # 0100007F is 127.0.0.1 as /proc writes it; 00000000 (or :: in tcp6) would be every interface
    assert addrs == {"0100007F"}, addrs
