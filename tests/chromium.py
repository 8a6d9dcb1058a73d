"""The app and the reports in Debian's chromium: start the app, wait for it, click through it, catch leaks.

Shared by the browser tests (tests/test_browser.py, tests/test_report_browser.py) and benchmarks/bench_app.py.
"""

from __future__ import annotations

import contextlib
import http.server
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]


def free_port() -> int:
    """A localhost port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LeakServer:
    """A tiny HTTP server that records every request it gets (nothing should reach it)."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        hits = self.requests

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                hits.append(self.path)
                self.send_response(200)
                self.send_header("Content-Type", "image/gif")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextlib.contextmanager
def serve_app(store: Path, port: int | None = None) -> Iterator[str]:
    """`streamlit run app.py` on a free port against `store`; yields the URL."""
    port = port or free_port()
    env = dict(os.environ, MASKSCOPE_STORE=str(store), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
               LITELLM_LOCAL_MODEL_COST_MAP="True")
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
           "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
           "--server.fileWatcherType", "none"]
    log = store.with_suffix(f".streamlit-{port}.log")
    # a file, not a pipe: a chatty server must never block on a full pipe
    log_file = open(log, "wb")  # noqa: SIM115
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"streamlit did not start: {log.read_text(errors='replace')[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log_file.close()


def settle(page: Any, timeout_ms: int = 120_000) -> None:
    """Wait until the script run is over and every plotly chart on the page has drawn."""
    page.wait_for_timeout(150)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms)
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
                 .every(c => c.querySelector('.main-svg'))""",
        timeout=timeout_ms,
    )
    page.wait_for_timeout(250)


def goto_page(page: Any, name: str) -> None:
    """Open a page of the explorer from the sidebar and wait for it to draw."""
    page.locator('[data-testid="stSidebar"] [data-testid="stRadio"] label').filter(has_text=name).first.click()
    settle(page)


def choose_study(page: Any, study: str) -> None:
    """Pick a study in the sidebar and wait for the page to draw."""
    page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').first.click()
    page.get_by_role("option").filter(has_text=study).first.click()
    settle(page)


def launch(p: Any) -> Any:
    """Debian's chromium under Playwright, with nothing of its own reaching the network."""
    return p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


