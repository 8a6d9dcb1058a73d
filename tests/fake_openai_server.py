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


class _JsonHandler(BaseHTTPRequestHandler):
    """What both servers' handlers share: HTTP/1.1, JSON replies, no request log."""

    protocol_version = "HTTP/1.1"

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


@contextmanager
def _running(handler: type[BaseHTTPRequestHandler], queue: int | None = None) -> Iterator[str]:
    """A threaded server with `handler` on a free localhost port; yields its api_base (…/v1)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    if queue:  # a soak sends hundreds of requests at once
        server.request_queue_size = queue
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def _handler(rec: Recorder) -> type[BaseHTTPRequestHandler]:
    class Handler(_JsonHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b"{}"
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(404, {}, error_body(f"no route {self.path}", "not_found"))
                return
            status, headers, body = rec.next_step(json.loads(raw or b"{}"), self.headers.get("Authorization"),
                                                  dict(self.headers.items()))
            self._send(status, headers, body)

    return Handler


@contextmanager
def serve(script: list[Step]) -> Iterator[tuple[str, Recorder]]:
    """Run the server; yields (api_base, recorder)."""
    rec = Recorder(list(script))
    with _running(_handler(rec)) as base:
        yield base, rec


# ---------------------------------------------------------------------------------------------
# A faulty provider for soak tests: injects 429s, 5xx, timeouts, empty replies and dropped
# connections, and keeps a bill of what it generated, per request key (last message + seed).

FAULTS = ("429", "5xx", "timeout", "empty", "drop")


@dataclass
class Chaos:
    """What the faulty server does, and its bill."""

    rate: float = 0.1
    """Probability of each fault per request (so 5 x rate fail)."""
    price_in: float = 0.0
    """USD per prompt token it bills."""
    price_out: float = 0.0
    """USD per completion token it bills."""
    hang: float = 2.0
    """Seconds a `timeout` fault waits before answering (longer than the client's timeout)."""
    echo_key: bool = True
    """Put the Authorization header it got into its error messages, as some proxies do."""
    seed: int = 0
    """Seed of the fault draws."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    faults: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FAULTS, 0))
    billed: dict[str, float] = field(default_factory=dict)
    """Request key -> USD billed (generations: answers, empty answers, timed-out and dropped ones)."""
    unknown: dict[str, int] = field(default_factory=dict)
    """Request key -> attempts whose outcome the client never saw (timeouts, drops)."""
    answers: dict[str, int] = field(default_factory=dict)
    """Request key -> non-empty answers delivered (more than 1: the cell was paid twice)."""
    bill: dict[str, tuple[str, float]] = field(default_factory=dict)
    """Attempt id (the client's X-Client-Request-Id header) -> (fault or "ok", USD billed): the per-attempt bill."""
    no_id: int = 0
    """Requests that came without an attempt id."""

    def draw(self, n: int) -> str | None:
        import random

        u = random.Random(f"{self.seed}:{n}").random()
        k = int(u / self.rate) if self.rate > 0 else len(FAULTS)
        return FAULTS[k] if k < len(FAULTS) else None


def request_key(body: dict[str, Any]) -> str:
    """A cell's key as the server sees it: its last message and its seed."""
    msgs = body.get("messages") or [{}]
    return f"{msgs[-1].get('content')}|{body.get('seed')}"


def _chaos_handler(ch: Chaos) -> type[BaseHTTPRequestHandler]:
    import socket
    import time as _time

    class Handler(_JsonHandler):
        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) if length else b"{}")
            key = request_key(body)
            with ch.lock:
                ch.requests += 1
                n = ch.requests
            fault = ch.draw(n)
            attempt = self.headers.get("X-Client-Request-Id") or ""
            auth = self.headers.get("Authorization") or ""
            echo = f" (you sent {auth})" if ch.echo_key else ""
            if fault == "429":
                self._count(fault, key, 0.0, attempt=attempt)
                self._send(429, {"Retry-After": "0.05"}, error_body(f"rate limited{echo}", "rate_limit_exceeded"))
                return
            if fault == "5xx":
                self._count(fault, key, 0.0, attempt=attempt)
                self._send(503, {}, error_body(f"upstream failed{echo}"))
                return
            prompt = sum(len(str(m.get("content") or "").split()) for m in body.get("messages") or [])
            text = "" if fault == "empty" else f"answer {n}: I feel steady and curious today."
            completion = min(len(text.split()), int(body.get("max_tokens") or 16))
            cost = prompt * ch.price_in + completion * ch.price_out
            self._count(fault, key, cost, unknown=fault in ("timeout", "drop"), answered=bool(text), attempt=attempt)
            if fault == "drop":  # generated and billed, then the connection dies before the reply
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            if fault == "timeout":
                _time.sleep(ch.hang)
            out = ok_body(text)
            out["usage"] = {"prompt_tokens": prompt, "completion_tokens": completion,
                            "total_tokens": prompt + completion}
            try:
                self._send(200, {}, out)
            except OSError:  # the client gave up on a timed-out request
                pass

        def _count(self, fault: str | None, key: str, cost: float, unknown: bool = False,
                   answered: bool = False, attempt: str = "") -> None:
            with ch.lock:
                if attempt:
                    ch.bill[attempt] = (fault or "ok", cost)
                else:
                    ch.no_id += 1
                if fault:
                    ch.faults[fault] += 1
                if cost:
                    ch.billed[key] = ch.billed.get(key, 0.0) + cost
                if unknown:
                    ch.unknown[key] = ch.unknown.get(key, 0) + 1
                if answered and not unknown:
                    ch.answers[key] = ch.answers.get(key, 0) + 1

    return Handler


@contextmanager
def serve_chaos(chaos: Chaos) -> Iterator[str]:
    """Run the faulty server on 127.0.0.1; yields its api_base."""
    with _running(_chaos_handler(chaos), queue=256) as base:
        yield base
