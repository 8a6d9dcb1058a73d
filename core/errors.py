"""The one error type users see: bad input, named by file and field."""

from __future__ import annotations


class InputError(Exception):
    """Bad user input; printed as one line `file: field: message`, exit 2."""

    def __init__(self, source: object, where: str, message: str) -> None:
        self.source = str(source)
        self.where = where
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.where, self.message) if p]
        return ": ".join(parts)


class StoreBusy(InputError):
    """Another process held the store's write lock past the busy timeout; printed as one line, exit 2."""


class StudyLocked(InputError):
    """Another run is collecting the same study; printed as one line naming the holder, exit 2."""
