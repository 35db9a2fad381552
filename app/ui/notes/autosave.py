"""Autosave for a draft: debounced (3 s after the last change, never more than 10 s after the
first unsaved one), run on the worker thread, with a status line the worker can trust.

The saver counts changes. "Saved" is shown only once the save of the latest change has
committed; a failed save leaves the change unsaved and says so in plain words.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from app.services.notes import NoteLocked
from app.ui.notes.text import error_text, saved_text, tr_note
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
Job = Callable[[], object]
AUTOSAVE_MS = 3000
MAX_WAIT_S = 10.0
SAVING = str(QT_TRANSLATE_NOOP("NoteEditor", "Saving…"))
UNSAVED = str(
    QT_TRANSLATE_NOOP("NoteEditor", "Changes not saved yet (they save automatically in a moment)")
)


class Autosaver(QObject):
    status = Signal(str)  # "Saving…", "Saved HH:MM:SS" or a plain error
    locked = Signal()  # a save found the note signed (NoteLocked)
    saved = Signal()  # the latest change is in the vault

    def __init__(
        self,
        runner: TaskRunner,
        make_job: Callable[[], Job | None],
        delay_ms: int = AUTOSAVE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._make_job = make_job  # GUI thread: snapshot the fields; None when nothing to save
        self.changes = 0  # edits counted so far
        self.saved_mark = 0  # the edit count whose save has committed
        self.handed_off = -1  # the edit count given away by pending_save()
        self._in_flight = 0
        self._first_unsaved: float | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)

    @property
    def dirty(self) -> bool:
        return self.changes != self.saved_mark

    @property
    def busy(self) -> bool:
        return self._in_flight > 0

    def changed(self) -> None:
        """An edit: (re)start the countdown, unless the first unsaved edit is getting old."""
        self.changes += 1
        now = time.monotonic()
        if self._first_unsaved is None:
            self._first_unsaved = now
            if not self.busy:
                self.status.emit(tr_note(UNSAVED))
        if now - self._first_unsaved >= MAX_WAIT_S:
            self.save_now()
        else:
            self.timer.start()

    def save_now(self, then: Callable[[], None] | None = None) -> None:
        """Submit a save of the current content; `then()` runs once it committed."""
        self.timer.stop()
        job = self._make_job() if self.dirty else None
        if job is None:
            if then is not None:
                then()
            return
        mark, self._first_unsaved = self.changes, None
        self._in_flight += 1
        self.status.emit(tr_note(SAVING))
        self._runner.submit(job, lambda _r: self._done(mark, then), self._failed)

    def pending_job(self) -> Job | None:
        """The save the screen lock must run; None when the vault already has everything."""
        if not self.dirty or self.changes == self.handed_off:
            return None
        job = self._make_job()
        if job is not None:
            self.timer.stop()
            self.handed_off = self.changes
        return job

    def final_save(self) -> None:
        """Closing: save what is unsaved without waiting or reporting back (the dialog is gone)."""
        self.timer.stop()
        if (job := self.pending_job()) is not None:
            self._runner.submit(job, lambda _r: None, _log_failure)

    def stop(self) -> None:
        self.timer.stop()
        self.handed_off = self.changes

    def resume(self) -> None:
        """Undo stop(): saving is wanted again (a discard failed)."""
        self.handed_off = -1
        if self.dirty:
            self.timer.start()

    def reset(self) -> None:
        """A different note is shown: nothing of it is unsaved."""
        self.timer.stop()
        self.saved_mark = self.changes
        self._first_unsaved = None

    def _done(self, mark: int, then: Callable[[], None] | None) -> None:
        self._in_flight -= 1
        self.saved_mark = max(self.saved_mark, mark)
        if not self.busy:
            self.status.emit(saved_text() if not self.dirty else tr_note(UNSAVED))
        if not self.dirty:
            self.saved.emit()
        if then is not None:
            then()

    def _failed(self, error: BaseException) -> None:
        self._in_flight -= 1
        self._first_unsaved = self._first_unsaved or time.monotonic()
        if isinstance(error, NoteLocked):
            self.timer.stop()
            self.locked.emit()
        else:
            log.warning("Autosave failed: %s", type(error).__name__)
        self.status.emit(error_text(error, QCoreApplication.translate("NoteEditor", "Saving")))


def _log_failure(error: BaseException) -> None:
    log.warning("Saving a note on close failed: %s", type(error).__name__)
