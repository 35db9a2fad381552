"""The lock sequence: every part that holds client data implements `Lockable`, is registered
once, in order (AppController._register_lock_parts), and `LockSequence.lock()` runs the steps
top to bottom:

1. save pending: each part hands over the saves it still owes the vault (snapshots taken on
   the GUI thread; an open note editor's unsaved draft), in registration order;
2. the lock epoch advances: nothing asked for before this point reaches the screen;
3. stop: each part stops what could still touch the vault or the screen (the running sync
   is told to stop, so the closing job does not wait for it; timers; open dialogs);
4. forget: each part drops what it shows and caches (models, widgets, the clipboard);
5. close: one job on the worker runs the saves, then locks the vault. It is queued after
   every stop, so it runs once the job running now (a sync told to stop) has ended.

A part that fails in one step is logged by type only and the rest carry on: the lock must
happen whatever a part does. A lock asked for while one runs (a dialog closed by step 3
that asks to lock, two OS signals at once) is ignored.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from app.ui.lockdown.epoch import LockEpoch

log = logging.getLogger(__name__)
SaveJob = Callable[[], object]  # runs on the worker thread while the vault is still open
CloseVault = Callable[[list[SaveJob]], None]  # queues the saves, then the vault's lock


class Lockable(Protocol):
    """A part of the app that holds client data or can still reach the vault."""

    @property
    def name(self) -> str:
        """For the log when a step fails (never client data)."""
        ...

    def save_pending(self) -> list[SaveJob]:
        """Saves still owed to the vault (GUI thread; the jobs run on the worker)."""
        ...

    def stop(self) -> None:
        """Stop what could still touch the vault or the screen."""
        ...

    def forget(self) -> None:
        """Drop every client detail shown or cached."""
        ...


def nothing_pending() -> list[SaveJob]:
    return []


def do_nothing() -> None:
    return None


@dataclass(frozen=True)
class LockSteps:
    """A `Lockable` made of plain callables, for parts that are not classes of their own."""

    name: str
    save_pending: Callable[[], list[SaveJob]] = nothing_pending
    stop: Callable[[], None] = do_nothing
    forget: Callable[[], None] = do_nothing


@dataclass
class LockSequence:
    epoch: LockEpoch
    parts: list[Lockable] = field(default_factory=list)
    locking: bool = False

    def register(self, part: Lockable) -> None:
        """Parts run in the order they are registered, within each step."""
        self.parts.append(part)

    def lock(self, close: CloseVault | None) -> bool:
        """Run the sequence; `close` is None when there is no vault to save into (it was
        erased). False when a lock was already running."""
        if self.locking:
            return False
        self.locking = True
        try:
            saves = self._collect_saves() if close is not None else []
            self.epoch.advance()
            self._each("stop", lambda part: part.stop())
            self._each("forget", lambda part: part.forget())
            if close is not None:
                close(saves)
        finally:
            self.locking = False
        return True

    def _collect_saves(self) -> list[SaveJob]:
        saves: list[SaveJob] = []
        self._each("save_pending", lambda part: saves.extend(part.save_pending()))
        return saves

    def _each(self, step: str, run: Callable[[Lockable], object]) -> None:
        for part in self.parts:
            try:
                run(part)
            except Exception as exc:  # one broken part must never stop the lock
                log.warning("Lock step %s of %s failed: %s", step, part.name, type(exc).__name__)
