"""Importing litellm (through core.llm) and the local provider makes no network attempt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: sockets are blocked and recorded before anything is imported.
PROBE = r"""
import importlib.abc, json, os, socket, sys

attempts = []

def blocked(what):
    def fail(*args, **kwargs):
        attempts.append(f"{what} {args[1:] if what.startswith('socket.') else args}"[:200])
        raise OSError(f"network blocked by test: {what}")
    return fail

socket.socket.connect = blocked("socket.connect")
socket.socket.connect_ex = blocked("socket.connect_ex")
socket.create_connection = blocked("create_connection")
socket.getaddrinfo = blocked("getaddrinfo")

seen = {}

class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "litellm" and "env" not in seen:
            seen["env"] = os.environ.get("LITELLM_LOCAL_MODEL_COST_MAP")
        return None

sys.meta_path.insert(0, Watch())

import core.llm
import core.providers.local
core.llm.register_providers()
core.llm.handler("local")

n_before = len(attempts)
try:  # the blocker itself works, so an empty list means something
    socket.create_connection(("192.0.2.1", 9), timeout=0.1)
except OSError:
    pass
print(json.dumps({"attempts": attempts[:n_before], "sanity": len(attempts) - n_before,
                  "env_at_litellm_import": seen.get("env"),
                  "providers": sorted(p["provider"] for p in core.llm.litellm.custom_provider_map),
                  "cost_map_entries": len(core.llm.litellm.model_cost)}))
"""


def test_import_makes_no_network_attempt() -> None:
    env = {k: v for k, v in os.environ.items() if k != "LITELLM_LOCAL_MODEL_COST_MAP"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["sanity"] == 1
    assert result["attempts"] == []
    assert result["env_at_litellm_import"] == "True"  # core.llm set it before litellm was imported
    assert {"fake", "local"} <= set(result["providers"])
    assert result["cost_map_entries"] > 100  # the price map came from litellm's bundled copy
