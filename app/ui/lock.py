"""What locking needs besides the lock sequence: the idle lock, closing dialogs, clearing the
clipboard, and the last job (pending saves, then dropping the key).

The idle lock counts idle time on a clock that keeps running while the laptop sleeps
(CLOCK_BOOTTIME on Linux, the wall clock elsewhere), not with a timer: a timer's time stops
while suspended, so a lid closed 30 s after the last keystroke would reopen unlocked. Any
keyboard, mouse or touch input records the time; a periodic check, and every return of the
application to the foreground, compares it with the timeout and emits `lock_requested`.
A timer restarted by the same input emits `quiet` once after each pause: the moment for
housekeeping that should not land inside a save (a WAL checkpoint).

The lock key (Ctrl+L) is also caught here, application-wide, because a window-modal dialog
blocks the main window's shortcuts and the worker must be able to lock from anywhere."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.ui.lockdown.sequence import CloseVault, SaveJob

if TYPE_CHECKING:
    from app.ui.access import VaultAccess
    from app.ui.tasks import TaskRunner

Clock = Callable[[], float]  # seconds; only differences matter

LOCK_KEYS = QKeySequence("Ctrl+L")
DEFAULT_IDLE_MS = 5 * 60 * 1000
QUIET_MS = 5000  # longer than the note editor's autosave delay (3 s), so it comes after it
# The longest idle lock the app accepts at all; the office's maximum (Settings, from /v1/info,
# server setting max_idle_lock_minutes: 1 to 1440) is what limits a worker's choice.
MAX_IDLE_MS = 24 * 60 * 60 * 1000
MAX_CHECK_MS = 1000  # how late an idle lock may come, at most

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.Shortcut,
    }
)


def boot_clock() -> float:
    """Seconds on a clock that counts time asleep: CLOCK_BOOTTIME where there is one (Linux),
    else the wall clock (a jump forward locks early, which is the safe side)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    return time.clock_gettime(boottime) if boottime is not None else time.time()


def _bounded(timeout_ms: int) -> int:
    return min(max(timeout_ms, 1), MAX_IDLE_MS)


class IdleLock(QObject):
    """Application-wide idle detector. Armed only while the vault is unlocked."""

    lock_requested = Signal(str)  # the reason: "idle" or "key"
    quiet = Signal()  # no input for QUIET_MS since the last input (once per pause)

    def __init__(
        self,
        timeout_ms: int = DEFAULT_IDLE_MS,
        parent: QObject | None = None,
        clock: Clock = boot_clock,
    ) -> None:
        super().__init__(parent)
        self._clock, self._armed = clock, False
        self._lock_key = LOCK_KEYS
        self._timeout_ms = self.default_ms = _bounded(timeout_ms)
        self._last_input = clock()
        self._check = QTimer(self)
        self._check.timeout.connect(self.check)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.quiet)
        self._set_check_interval()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = _bounded(timeout_ms)
        self._set_check_interval()

    def _set_check_interval(self) -> None:
        # Often enough that a short timeout is met closely; at most once a second otherwise.
        self._check.setInterval(min(max(self._timeout_ms // 4, 50), MAX_CHECK_MS))

    @property
    def armed(self) -> bool:
        return self._armed

    def arm(self) -> None:
        self._last_input, self._armed = self._clock(), True
        self._check.start()

    def disarm(self) -> None:
        self._armed = False
        self._check.stop()
        self._quiet.stop()

    def check(self) -> None:
        """Lock if the last input is older than the timeout (time asleep included)."""
        idle_ms = (self._clock() - self._last_input) * 1000
        if self._armed and idle_ms >= self._timeout_ms:
            self.lock_requested.emit("idle")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() not in INPUT_EVENTS or not self._armed:
            return False
        if self._is_lock_key(event):
            self.lock_requested.emit("key")
            return True
        self._last_input = self._clock()
        self._quiet.start()
        return False

    def _is_lock_key(self, event: QEvent) -> bool:
        return isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress
            and QKeySequence(event.keyCombination()) == self._lock_key
        )

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()  # back from sleep: no need to wait for the next tick

    def detach(self) -> None:
        """Stop watching the application (the controller is going away)."""
        self.disarm()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def close_on_worker(runner: TaskRunner, opened: VaultAccess) -> CloseVault:
    """The lock's last step: one job, queued behind whatever runs now, that runs the saves and
    then locks the vault (the worker runs jobs in order, so the saves are drained first)."""

    def close(saves: list[SaveJob]) -> None:
        runner.submit(lambda: save_then_lock(saves, opened), lambda _none: None)

    return close


def close_at_exit(runner: TaskRunner, opened: VaultAccess) -> CloseVault:
    """At exit: stop the worker (the running job ends, queued ones are skipped), then run
    the saves and lock the vault here."""

    def close(saves: list[SaveJob]) -> None:
        runner.shutdown()
        save_then_lock(saves, opened)

    return close


def save_then_lock(saves: list[SaveJob], opened: VaultAccess) -> None:
    """Run each pending save, then drop the key whatever happened (one mechanism:
    app.ui.notes.save_then)."""
    from app.ui.notes.lock import save_then  # the notes package imports this module's users

    save_then(saves, opened.lock)()


def close_dialogs() -> None:
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
        if QApplication.activePopupWidget() is popup:
            break
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
        elif isinstance(widget, QWidget) and widget.isWindow() and widget.isModal():
            widget.close()


def clear_own_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if (
            clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else clipboard.ownsSelection()
        ):
            clipboard.clear(mode)
