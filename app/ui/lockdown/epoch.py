"""The one way a late result is dropped: every answer carries the epoch it was asked in.

The task runner owns the app's lock epoch and the lock sequence advances it, so nothing asked
for before a lock (a record being read, a search, a sync's outcome) reaches the screen after
it, whichever part asked. The same type serves a part that must also drop answers when it is
cleared for another reason (a pane shown another client): it keeps an epoch of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ParamSpec

P = ParamSpec("P")


class Epoch:
    """A counter of clearings; `guard()` wraps a callback so that it runs only if no clearing
    came between the wrapping and the call."""

    def __init__(self) -> None:
        self._value = 0

    @property
    def current(self) -> int:
        return self._value

    def advance(self) -> None:
        """Everything asked for until now is late from here on."""
        self._value += 1

    def is_current(self, value: int) -> bool:
        return value == self._value

    def guard(self, callback: Callable[P, object]) -> Callable[P, None]:
        asked_in = self._value

        def guarded(*args: P.args, **kwargs: P.kwargs) -> None:
            if asked_in == self._value:
                callback(*args, **kwargs)

        return guarded


class LockEpoch(Epoch):
    """The app-wide epoch the lock advances (owned by the task runner)."""
