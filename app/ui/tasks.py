"""Run database work off the GUI thread and hand results back to it by signal.

`ThreadedTaskRunner` owns one worker QThread; every job runs there, one at a time, in the order
submitted. `SyncTaskRunner` has the same interface and runs each job at once in the calling
thread (for tests). `invalidate()` (used when the screen locks) drops every job not yet started
and every result not yet delivered, so nothing submitted before a lock can reach the screen.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskRunner(Protocol):
    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run `fn` on the worker; call `on_done(result)` or `on_error(exc)` on the GUI thread."""

    def invalidate(self) -> None:
        """Forget every job not yet started and every result not yet delivered."""

    def shutdown(self) -> None:
        """Stop the worker (at exit)."""


@dataclass
class _Job:
    number: int
    generation: int
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

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        self.submitted += 1
        try:
            result = fn()
        except Exception as exc:  # delivered to the caller's handler, as the threaded runner does
            (on_error or _log_only)(exc)
            return
        on_done(result)

    def invalidate(self) -> None:
        return None

    def shutdown(self) -> None:
        return None


class _Worker(QObject):
    """Lives in the worker thread; runs jobs and reports back."""

    finished = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception

    def __init__(self, current: Callable[[], int]) -> None:
        super().__init__()
        self._current = current

    @Slot(object)
    def run(self, job: _Job) -> None:
        if job.generation != self._current():
            return  # submitted before a lock: never run it
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
        self._generation = 0
        self._numbers = itertools.count(1)
        self.pending: set[int] = set()
        self._thread = QThread()
        self._thread.setObjectName("caseload-db-worker")
        self._worker = _Worker(lambda: self._generation)
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.run)
        self._worker.finished.connect(self._deliver)
        self._worker.failed.connect(self._deliver_error)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self.pending)

    def submit(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        job = _Job(next(self._numbers), self._generation, fn, on_done, on_error)
        self.pending.add(job.number)
        self._dispatch.emit(job)

    def invalidate(self) -> None:
        self._generation += 1
        self.pending.clear()

    @Slot(object, object)
    def _deliver(self, job: _Job, result: object) -> None:
        if self._take(job):
            job.on_done(result)

    @Slot(object, object)
    def _deliver_error(self, job: _Job, error: BaseException) -> None:
        if self._take(job):
            (job.on_error or _log_only)(error)

    def _take(self, job: _Job) -> bool:
        self.pending.discard(job.number)
        return job.generation == self._generation

    def shutdown(self) -> None:
        """Let the running job finish, then stop the thread (called once, at exit)."""
        self.invalidate()
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()
