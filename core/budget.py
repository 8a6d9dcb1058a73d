"""A USD cap shared by concurrent calls: each reserves its worst case before it is sent and settles with its cost.

One gate for the collector (a run's budget) and the LLM judges (a scoring's budget), so both keep the same
promise: spend + reservations + the next call's worst case never passes the cap.
"""

from __future__ import annotations

import asyncio

EPS = 1e-9
"""Relative slack on the cap: ten calls at $0.01 sum to 0.0999..., which must fit a $0.10 cap."""


class SpendGate:
    """Reserve a call's worst case against `cap_usd` before sending; settle with what it cost.

    A call that cannot fit waits while others are in flight (their settling may free room) and is refused
    when nothing is in flight. `stop_when_reached`: once spend reaches the cap, refuse every call, free
    ones included (the judges); otherwise calls whose worst case is 0 always pass (the collector's
    fake/ and local/ models). `cap_usd=None` counts spend without a cap.
    """

    def __init__(self, cap_usd: float | None, spent_usd: float = 0.0, *, stop_when_reached: bool = False) -> None:
        self.cap_usd = cap_usd
        self.spent_usd = spent_usd
        """Spend so far (the collector starts from what the store already holds)."""
        self.n_not_sent = 0
        """Calls the cap kept back."""
        self.stop_when_reached = stop_when_reached
        self._reserved = 0.0
        self._holding = 0
        self._settled: asyncio.Event | None = None

    @property
    def reached(self) -> bool:
        """Whether spend has reached the cap."""
        return self.cap_usd is not None and self.spent_usd >= self.cap_usd * (1 - EPS)

    async def reserve(self, worst: float) -> bool:
        """Hold `worst` for one call; False when it cannot fit (and nothing in flight could free room)."""
        while self.cap_usd is not None and (worst > 0 or self.stop_when_reached):
            stop = self.stop_when_reached and self.reached
            if not stop and self.spent_usd + self._reserved + worst <= self.cap_usd * (1 + EPS):
                break
            if stop or self._holding == 0:
                self.n_not_sent += 1
                return False
            if self._settled is None:
                self._settled = asyncio.Event()
            await self._settled.wait()
        self._reserved += worst
        self._holding += 1
        return True

    def settle(self, worst: float, cost: float) -> None:
        """A call finished: release its reservation and count what it cost."""
        self._holding -= 1
        self._reserved = self._reserved - worst if self._holding else 0.0
        self.spent_usd += cost
        if self._settled is not None:
            self._settled.set()
            self._settled = None
