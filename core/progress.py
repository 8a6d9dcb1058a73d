"""Progress bars on stderr (tqdm), or a bar that draws nothing."""

from __future__ import annotations

import sys
from typing import Any


class NoBar:
    """A progress bar that draws nothing (progress off)."""

    def set_postfix_str(self, *args: Any, **kwargs: Any) -> None:
        """Nothing to show."""

    def update(self, n: int = 1) -> None:
        """Nothing to move."""

    def close(self) -> None:
        """Nothing to close."""


def progress_bar(desc: str, total: int, *, enabled: bool, **tqdm_args: Any) -> Any:
    """A tqdm bar on stderr when enabled, else a NoBar; tqdm_args go to tqdm as they are."""
    if not enabled:
        return NoBar()
    from tqdm import tqdm  # imported only when a bar is drawn

    return tqdm(total=total, desc=desc, file=sys.stderr, dynamic_ncols=True, **tqdm_args)
