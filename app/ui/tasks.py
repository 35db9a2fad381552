"""Run database work off the GUI thread and hand results back to it by signal.

`ThreadedTaskRunner` owns one worker QThread; every job runs there, one at a time, in the order
submitted. `SyncTaskRunner` has the same interface and runs each job at once in the calling
thread (for tests). Each runner owns the app's `LockEpoch`: the lock sequence advances it, and
from then on every job not yet started is skipped and every result not yet delivered dropped,
so nothing submitted before a lock can reach the screen (app/ui/lockdown/epoch.py).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.ui.lockdown.epoch import LockEpoch

log = logging.getLogger(__name__)
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(Protocol):
    epoch: LockEpoch  # advanced by the lock: what was submitted before is dropped

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run `fn` on the worker; call `on_done(result)` or `on_error(exc)` on the GUI thread."""

    def shutdown(self) -> None:
        """Stop the worker (at exit)."""


@dataclass
class _Job:
    number: int
    epoch: int
    fn: Callable[[], Any]
    on_done: Done
    on_error: Failed | None


def _log_only(error: BaseException) -> None:
    # The type only: messages from deeper layers are not promised to be free of client data.
    log.warning("Background task failed: %s", type(error).__name__)


class SyncTaskRunner:
    """Runs each job immediately in the calling thread. Same interface, for tests."""

    def __init__(self) -> None:
        self.submitted = 0
        self.epoch = LockEpoch()

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self.submitted += 1
        asked_in = self.epoch.current
        try:
            result = fn()
        except Exception as exc:  # delivered to the caller's handler, as the threaded runner does
            if self.epoch.is_current(asked_in):
                (on_error or _log_only)(exc)
            return
        if self.epoch.is_current(asked_in):  # the job itself locked (a wiped vault): drop it
            on_done(result)

    def shutdown(self) -> None:
        return None


class _Worker(QObject):
    """Lives in the worker thread; runs jobs and reports back."""

    finished = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception
    skipped = Signal(object)  # job (submitted before a lock)

    def __init__(self, epoch: LockEpoch) -> None:
        super().__init__()
        self._epoch = epoch  # read from this thread: an int compare, no lock needed

    @Slot(object)
    def run(self, job: _Job) -> None:
        if not self._epoch.is_current(job.epoch):
            self.skipped.emit(job)  # submitted before a lock: never run it
            return
        try:
            result = job.fn()
        except Exception as exc:
            self.failed.emit(job, exc)
            return
        self.finished.emit(job, result)


class ThreadedTaskRunner(QObject):
    """One worker thread for all database work; results arrive on the GUI thread."""

    _dispatch = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.epoch = LockEpoch()
        self._numbers = itertools.count(1)
        self.pending: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("caseload-db-worker")
        self._worker = _Worker(self.epoch)
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._worker.failed.connect(self._deliver_error)
        self._worker.skipped.connect(self._take)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Jobs submitted and not yet run, skipped or delivered (late ones too)."""
        return bool(self.pending)

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        job = _Job(next(self._numbers), self.epoch.current, fn, on_done, on_error)
        self.pending.add(job.number)
        self._dispatch.emit(job)

    @Slot(object, object)
    def _deliver(self, job: _Job, result: object) -> None:
        if self._take(job):
            job.on_done(result)

    @Slot(object, object)
    def _deliver_error(self, job: _Job, error: BaseException) -> None:
        if self._take(job):
            (job.on_error or _log_only)(error)

    @Slot(object)
    def _take(self, job: _Job) -> bool:
        self.pending.discard(job.number)
        return self.epoch.is_current(job.epoch)

    def shutdown(self) -> None:
        """Let the running job finish, then stop the thread (called once, at exit)."""
        self.epoch.advance()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
