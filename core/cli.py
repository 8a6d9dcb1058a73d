"""The command line: `python -m core COMMAND ...`. Each command lives in core/commands/."""

from __future__ import annotations

import argparse
import importlib
import sys

from core.errors import InputError

# One module per command, each with `register(subparsers)` setting `func` on its parser.
COMMANDS = ["run", "studies", "report", "importcmd", "scales", "analyze", "export", "export_inspect"]

EXIT_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = argparse.ArgumentParser(prog="python -m core", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        importlib.import_module(f"core.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; bad input is one line on stderr and exit 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
