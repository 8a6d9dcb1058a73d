"""Keeping credentials out of everything we store, print, log or raise: by value, fragment and pattern.

Light on purpose (no litellm): the study loader uses it to refuse credentials in study files.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any

MASK = "[redacted]"
FRAGMENT = 8
"""Shortest piece of a held secret that is masked: a key cut at a truncation boundary still goes."""

# Env var names whose values we treat as secrets, and param names that hold a credential.
_SECRET_ENV_NAME = re.compile(r"(KEY|TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|AUTH)", re.IGNORECASE)
_CRED_PARTS = frozenset({"key", "apikey", "secret", "password", "passwd", "pwd", "token", "auth",
                         "authorization", "bearer", "cookie", "credential", "credentials", "signature"})
_CRED_WORDS = ("secret", "password", "passwd", "credential", "apikey", "privatekey", "accesskey")

# Well-known credential formats: masked even when the run does not hold the value.
KEY_PATTERN = re.compile("|".join([
    r"\bsk-[A-Za-z0-9_\-]{16,}",                       # OpenAI, Anthropic (sk-ant-), OpenRouter (sk-or-)
    r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b",                  # AWS access key ids
    r"\bAIza[0-9A-Za-z_\-]{30,}",                      # Google API keys
    r"\b(?:gh[pousr]_|github_pat_)[A-Za-z0-9_]{30,}",  # GitHub tokens
    r"\bhf_[A-Za-z0-9]{30,}",                          # Hugging Face tokens
    r"\bxox[abposr]-[A-Za-z0-9\-]{10,}",               # Slack tokens
    r"\b(?:gsk|xai|r8)_[A-Za-z0-9]{20,}",              # Groq, xAI, Replicate
    r"\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}",  # JWTs
    r"-----BEGIN[A-Z ]*PRIVATE KEY-----(?:[\s\S]*?-----END[A-Z ]*PRIVATE KEY-----|[\s\S]*)",
]))
# name=value / name: value whose name says credential; the name stays, the value goes.
ASSIGNED = re.compile(
    r"(?i)((?:\b(?:bearer|basic)\s+)"
    r"|(?:[?&;][A-Za-z0-9_.\-]*(?:key|token|secret|password|passwd|sig|signature|credential)[A-Za-z0-9_.\-]*=)"
    r"|(?:\b(?:x-)?(?:api[-_]?key|authorization|access[-_]?token|auth[-_]?token|secret[-_]?key|password|"
    r"client[-_]?secret|aws[-_]?secret[-_]?access[-_]?key)[\"']?\s*[:=]\s*[\"']?))"
    r"([^\s\"'&#,;<>]{6,})"
)
# user:password@ in a URL
USERINFO = re.compile(r"(?i)(\b[a-z][a-z0-9+.\-]*://[^/\s:@]+:)([^/\s@]+)(@)")


def secret_values(env_names: Iterable[str] = ()) -> list[str]:
    """Values of the named env vars plus any env var that looks like a credential (longest first)."""
    values = {os.environ.get(n, "") for n in env_names}
    values |= {v for k, v in os.environ.items() if _SECRET_ENV_NAME.search(k)}
    # short values would redact ordinary words; real keys are long
    return sorted((v for v in values if len(v) >= FRAGMENT), key=len, reverse=True)


def _fragment_spans(text: str, secret: str) -> list[tuple[int, int]]:
    """Spans of `text` that copy a piece of `secret` at least FRAGMENT long (prefixes, suffixes, cuts).

    Anchors are the secret's aligned FRAGMENT-blocks plus its last FRAGMENT characters: every prefix
    or suffix of FRAGMENT characters, and every inner piece of 2*FRAGMENT-1, holds one of them.
    Each hit is grown both ways while text and secret agree.
    """
    f = FRAGMENT
    anchors = {o: secret[o:o + f] for o in range(0, len(secret) - f + 1, f)}
    anchors[len(secret) - f] = secret[-f:]
    spans = []
    for offset, block in anchors.items():
        start = text.find(block)
        while start != -1:
            a, o = start, offset
            while a > 0 and o > 0 and text[a - 1] == secret[o - 1]:
                a, o = a - 1, o - 1
            b, o2 = start + f, offset + f
            while b < len(text) and o2 < len(secret) and text[b] == secret[o2]:
                b, o2 = b + 1, o2 + 1
            spans.append((a, b))
            start = text.find(block, start + 1)
    return spans


def scrub_values(text: str, secrets: Iterable[str]) -> str:
    """Mask every held secret value in `text`, and every piece of one at least FRAGMENT long."""
    spans: list[tuple[int, int]] = []
    for s in secrets:
        if len(s) >= FRAGMENT:
            spans.extend(_fragment_spans(text, s))
        elif s and s in text:
            text = text.replace(s, MASK)
    if not spans:
        return text
    out, pos = [], 0
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        out.append(text[pos:a])
        if not out[-1].endswith(MASK) or a > pos:
            out.append(MASK)
        pos = b
    out.append(text[pos:])
    return "".join(out)


def scrub_patterns(text: str) -> str:
    """Mask anything shaped like a credential: known key formats, name=secret pairs, URL passwords."""
    text = KEY_PATTERN.sub(MASK, text)
    text = ASSIGNED.sub(lambda m: m.group(1) + (m.group(2) if m.group(2) == MASK else MASK), text)
    return USERINFO.sub(lambda m: m.group(1) + MASK + m.group(3), text)


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask held secrets (and their fragments) and credential-shaped strings in `text`."""
    return scrub_patterns(scrub_values(text, list(secrets)))


def clip(text: str, limit: int, secrets: Iterable[str] = ()) -> str:
    """Scrub, cut to `limit` characters, scrub again: no cut can leave a piece of a key behind."""
    held = list(secrets)
    return scrub(scrub(text, held)[:limit], held)


# ---------------------------------------------------------------------------------------------
# Study files: credentials are named by environment variable (`*_env`), never written down.


def is_credential_name(name: str) -> bool:
    """True for a param name that holds a credential (`x-api-key`, `aws_secret_access_key`, ...)."""
    low = name.lower()
    parts = re.split(r"[^a-z0-9]+", low)
    return any(p in _CRED_PARTS for p in parts) or any(w in low.replace("-", "").replace("_", "")
                                                       for w in _CRED_WORDS)


def looks_secret(value: str) -> bool:
    """True when a string holds something shaped like a credential."""
    return scrub_patterns(value) != value


ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def credential_problem(params: Any, where: str) -> tuple[str, str] | None:
    """(field, one-line reason) for the first credential written into `params`, else None."""
    if isinstance(params, dict):
        for k, v in params.items():
            name = str(k)
            here = f"{where}.{name}"
            if name.endswith("_env"):
                if not isinstance(v, str) or not ENV_NAME.match(v):
                    return here, "must name an environment variable"
                continue
            if is_credential_name(name):
                return here, (f"credentials never sit in study files; name an environment variable with "
                              f"{name}_env")
            problem = credential_problem(v, here)
            if problem:
                return problem
    elif isinstance(params, list):
        for i, v in enumerate(params):
            problem = credential_problem(v, f"{where}[{i}]")
            if problem:
                return problem
    elif isinstance(params, str) and looks_secret(params):
        return where, "looks like a credential; put it in an environment variable and name that with *_env"
    return None


def env_names(params: Any) -> list[str]:
    """Every environment variable a model's params name through `*_env` keys (nested too)."""
    out: list[str] = []
    if isinstance(params, dict):
        for k, v in params.items():
            if str(k).endswith("_env") and isinstance(v, str):
                out.append(v)
            else:
                out.extend(env_names(v))
    elif isinstance(params, list):
        for v in params:
            out.extend(env_names(v))
    return out


def resolve_env(params: Any) -> Any:
    """Params with every nested `NAME_env: VAR` replaced by `NAME: $VAR` (read now, never stored)."""
    if isinstance(params, dict):
        out: dict[str, Any] = {}
        for k, v in params.items():
            name = str(k)
            if name.endswith("_env") and isinstance(v, str):
                value = os.environ.get(v)
                if value is not None:
                    out[name[:-4]] = value
            else:
                out[name] = resolve_env(v)
        return out
    if isinstance(params, list):
        return [resolve_env(v) for v in params]
    return params
