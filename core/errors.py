"""The one error type users see: bad input, named by file and field."""

from __future__ import annotations

import re

# Line breaks and other control characters from a file (a field name, a value) would break the one line.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class InputError(Exception):
    """Bad user input; printed as one line `file: field: message`, exit 2.

    Always in this order: `source` is the file (or the value given on the command line, or "" when there is
    none), `where` the field, line or command-line flag inside it, `message` what is wrong.
    """

    def __init__(self, source: object, where: str, message: str) -> None:
        self.source = str(source)
        self.where = where
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.where, self.message) if p]
        return _CONTROL.sub(lambda m: repr(m.group())[1:-1], ": ".join(parts))


class StoreBusy(InputError):
    """Another process held the store's write lock past the busy timeout; printed as one line, exit 2."""


class StudyLocked(InputError):
    """Another run is collecting the same study; printed as one line naming the holder, exit 2."""
