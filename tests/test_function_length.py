"""No function in core/ over 80 lines: a reader follows named steps, not a wall of code."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 80


def long_functions() -> list[str]:
    """`path:name (lines)` of every function in core/ longer than MAX_LINES, decorators excluded."""
    out = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                n = (node.end_lineno or node.lineno) - node.lineno + 1
                if n > MAX_LINES:
                    out.append(f"{rel}:{node.name} ({n} lines)")
    return out


def test_no_function_in_core_is_over_80_lines() -> None:
    assert long_functions() == []
