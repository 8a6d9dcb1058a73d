"""The shape of core/: no import cycle, SQL only in the store, litellm only behind core/llm.py."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "core"

# SQL in a string literal. Statements are written in capitals here, so capitals are enough for most keywords
# (prose such as "select a model" or "Update the store" does not match); lower-case forms are caught where
# they cannot be prose.
SQL = re.compile(
    r"\bSELECT\b.*?\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bCREATE\s+(?:TABLE|(?:UNIQUE\s+)?INDEX)\b|\bPRAGMA\s+\w+"
    r"|(?i:\bselect\s[^.;!?]*?\bfrom\s+\w+\s+(?:where|order|group|limit)\b|\binsert\s+into\s+\w+\s*[(\s]values"
    r"|\bcreate\s+table\s+(?:if\s+not\s+exists\s+)?\w+\s*\(|\bpragma\s+\w+\s*[=(])",
    re.DOTALL,
)


def _modules() -> dict[str, Path]:
    """Dotted module name -> file, for every module under core/ (a package is its __init__)."""
    out = {}
    for path in sorted(CORE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(tree: ast.AST, module: str, known: set[str], is_package: bool) -> Iterator[str]:
    """The core modules one module imports, at module level or inside functions (TYPE_CHECKING included)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name in known:
                    yield alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                package = module.split(".") if is_package else module.split(".")[:-1]
                package = package[: len(package) - (node.level - 1)]
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in known:  # `from core import paths` imports the module core.paths
                    yield sub
                elif base in known:
                    yield base


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {
        name: set(_imports(ast.parse(path.read_text(encoding="utf-8")), name, known, path.name == "__init__.py"))
        - {name}
        for name, path in mods.items()
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every string literal with its line (an f-string whole, `{}` for its fields), docstrings left out."""
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for stmt in body:  # a string statement is documentation: a module's, a function's or a field's
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                    skip.add(id(stmt.value))
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None


def test_the_import_walk_sees_function_level_and_from_imports():
    known = {"core", "core.a", "core.b", "core.c", "core.pkg", "core.pkg.d"}
    tree = ast.parse("from core import a\ndef f():\n    import core.b\n    from core.c import thing\n"
                     "    from .pkg import d\n")
    assert set(_imports(tree, "core.x", known, False)) == {"core.a", "core.b", "core.c", "core.pkg.d"}


def test_no_import_cycle_in_core():
    graph = _graph()
    assert "core.store" in graph and "core.store" in graph["core.collect"]
    cycle = _cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_the_sql_pattern_tells_statements_from_prose():
    for sql in ("SELECT COUNT(*) FROM responses", "SELECT MAX(created_at) FROM analyses", "INSERT OR REPLACE INTO x",
                "UPDATE study_locks SET pid = 1", "DELETE FROM {} WHERE study = ?", "CREATE TABLE t (x)",
                "PRAGMA journal_mode=WAL", "CREATE INDEX i ON t (x)", "select key from analyses where study = ?",
                "insert into scores values (?)", "create table if not exists t (x)", "pragma foreign_keys=ON"):
        assert SQL.search(sql), sql
    for prose in ("select a study", "Update the store, then run again", "delete from your disk",
                  "create a table of models", "the selected rows", "Select the model from the list."):
        assert not SQL.search(prose), prose
    (found,) = [t for _, t in _strings(ast.parse('x = f"SELECT {cols} FROM t"'))]
    assert SQL.search(found)


def test_sql_lives_only_in_the_store():
    found = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel.startswith("core/store"):
            continue
        for line, text in _strings(ast.parse(path.read_text(encoding="utf-8"))):
            if SQL.search(text):
                found.append(f"{rel}:{line}: {text.strip()[:60]!r}")
    assert not found, "SQL outside core/store*: give the store a method instead\n" + "\n".join(found)


def test_litellm_is_imported_only_behind_core_llm():
    found = []
    for path in sorted(CORE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if re.fullmatch(r"core/llm\w*\.py", rel) or rel.startswith("core/providers/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(n == "litellm" or n.startswith("litellm.") for n in names):
                found.append(f"{rel}:{node.lineno}")
    assert not found, "litellm imported outside core/llm*.py and core/providers/: " + ", ".join(found)
