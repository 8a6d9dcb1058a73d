"""A scripted OpenAI-compatible HTTP server on 127.0.0.1, in a thread, for tests.

POST /v1/chat/completions answers from a script: each entry is (status, headers, body) for
one attempt; after the script runs out, the last entry repeats. Every request is recorded.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Step = tuple[int, dict[str, str], Any]


def ok_body(text: str = "I am fine, thank you.") -> dict[str, Any]:
    """A chat.completion body."""
    return {
        "id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000, "model": "whatever",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 11, "completion_tokens": 5, "total_tokens": 16},
    }


def error_body(message: str, code: str = "server_error") -> dict[str, Any]:
    """An OpenAI-style error body."""
    return {"error": {"message": message, "type": code, "param": None, "code": code}}


@dataclass
class Recorder:
    """The script and what the server saw."""

    script: list[Step]
    requests: list[dict[str, Any]] = field(default_factory=list)
    auth: list[str | None] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_step(self, body: dict[str, Any], auth: str | None, headers: dict[str, str] | None = None) -> Step:
        with self.lock:
            n = len(self.requests)
            self.requests.append(body)
            self.auth.append(auth)
            self.headers.append({k.lower(): v for k, v in (headers or {}).items()})
            return self.script[min(n, len(self.script) - 1)]


def _handler(rec: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {}, error_body(f"no route {self.path}", "not_found"))
                return
            status, headers, body = rec.next_step(json.loads(raw or b"{}"), self.headers.get("Authorization"),
                                                  dict(self.headers.items()))
            self._send(status, headers, body)

        def _send(self, status: int, headers: dict[str, str], body: Any) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler


@contextmanager
def serve(script: list[Step]) -> Iterator[tuple[str, Recorder]]:
    """Run the server; yields (api_base, recorder)."""
    rec = Recorder(list(script))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1", rec
    finally:
        server.shutdown()
        server.server_close()
