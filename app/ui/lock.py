"""What locking needs besides the controller: the idle timer, closing dialogs, clearing the
clipboard, and the last job (pending saves, then dropping the key).

The idle lock: any keyboard, mouse or touch input restarts a timer; when it runs out, or the
system suspends the application, `lock_requested` is emitted. The controller does the locking.
A shorter timer, restarted by the same input, emits `quiet` once after each pause: the
moment for housekeeping that should not land inside a save (a WAL checkpoint).

The lock key (Ctrl+L) is also caught here, application-wide, because a window-modal dialog
blocks the main window's shortcuts and the worker must be able to lock from anywhere."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from app.ui.access import VaultAccess

log = logging.getLogger(__name__)
SaveJob = Callable[[], object]

LOCK_KEYS = "Ctrl+L"
DEFAULT_IDLE_MS = 5 * 60 * 1000
QUIET_MS = 5000  # longer than the note editor's autosave delay (3 s), so it comes after it
MAX_IDLE_MS = 15 * 60 * 1000

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


class IdleLock(QObject):
    """Application-wide idle detector. Armed only while the vault is unlocked."""

    lock_requested = Signal(str)  # the reason: "idle", "suspended" or "key"
    quiet = Signal()  # no input for QUIET_MS since the last input (once per pause)

    def __init__(self, timeout_ms: int = DEFAULT_IDLE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock_key = QKeySequence(LOCK_KEYS)[0]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(min(max(timeout_ms, 1), MAX_IDLE_MS))
        self._timer.timeout.connect(self._idle)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(QUIET_MS)
        self._quiet.timeout.connect(self.quiet)
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def set_timeout(self, timeout_ms: int) -> None:
        """Org policy: at most 15 minutes."""
        self._timer.setInterval(min(max(timeout_ms, 1), MAX_IDLE_MS))
        if self._timer.isActive():
            self._timer.start()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def arm(self) -> None:
        self._timer.start()

    def disarm(self) -> None:
        self._timer.stop()
        self._quiet.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() not in INPUT_EVENTS or not self._timer.isActive():
            return False
        if self._is_lock_key(event):
            self.lock_requested.emit("key")
            return True
        self._timer.start()
        self._quiet.start()
        return False

    def _is_lock_key(self, event: QEvent) -> bool:
        return isinstance(event, QKeyEvent) and (
            event.type() == QEvent.Type.KeyPress and event.keyCombination() == self._lock_key
        )

    def _idle(self) -> None:
        self.lock_requested.emit("idle")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self._timer.isActive():
            self.lock_requested.emit("suspended")

    def detach(self) -> None:
        """Stop watching the application (the controller is going away)."""
        self.disarm()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


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
