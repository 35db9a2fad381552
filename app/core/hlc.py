"""Hybrid logical clock (Kulkarni et al.): causally ordered, close to wall time.

A timestamp is (wall milliseconds, counter, node). Its text form is fixed width so that
comparing two stamps as strings gives the same order as comparing them as tuples (a cursor or
clock compared as text must never sort '1000' before '985').
"""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 6
MAX_COUNTER = 10**COUNTER_DIGITS - 1
# A remote clock more than this far ahead of our wall clock is refused, not adopted:
# one device with a wrong clock must not drag every replica into the future.
DEFAULT_MAX_SKEW_MS = 5 * 60 * 1000


class ClockSkewError(ValueError):
    """A remote timestamp lies too far in the future to be trusted."""


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    node: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}.{self.counter:0{COUNTER_DIGITS}d}.{self.node}"

    @classmethod
    def decode(cls, text: str) -> Timestamp:
        wall, counter, node = text.split(".", 2)
        if len(wall) != WALL_DIGITS or len(counter) != COUNTER_DIGITS or not node:
            raise ValueError("malformed clock stamp")
        return cls(int(wall), int(counter), node)


@dataclass
class HybridClock:
    """The clock of one replica. `state` is persisted by the store after every tick."""

    node: str
    wall_ms: int = 0
    counter: int = 0
    max_skew_ms: int = DEFAULT_MAX_SKEW_MS

    def now(self, physical_ms: int) -> Timestamp:
        """A stamp for a local event, strictly greater than every stamp seen before."""
        if physical_ms > self.wall_ms:
            self.wall_ms, self.counter = physical_ms, 0
        else:
            self._bump()
        return Timestamp(self.wall_ms, self.counter, self.node)

    def observe(self, remote: Timestamp, physical_ms: int) -> Timestamp:
        """Merge a received stamp; the result orders after both it and our own history."""
        if remote.wall_ms - physical_ms > self.max_skew_ms:
            raise ClockSkewError(
                f"remote clock is {remote.wall_ms - physical_ms} ms ahead of this device"
            )
        wall = max(self.wall_ms, remote.wall_ms, physical_ms)
        if wall == self.wall_ms == remote.wall_ms:
            counter = max(self.counter, remote.counter) + 1
        elif wall == self.wall_ms:
            counter = self.counter + 1
        elif wall == remote.wall_ms:
            counter = remote.counter + 1
        else:
            counter = 0
        self.wall_ms, self.counter = wall, counter
        self._check_counter()
        return Timestamp(self.wall_ms, self.counter, self.node)

    def _bump(self) -> None:
        self.counter += 1
        self._check_counter()

    def _check_counter(self) -> None:
        if self.counter > MAX_COUNTER:
            # Roll into the next millisecond rather than overflow the fixed-width text form.
            self.wall_ms, self.counter = self.wall_ms + 1, 0
