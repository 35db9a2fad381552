"""Quick-hide: someone walks up, and one key (Ctrl+Shift+H) or a double Escape locks at once
and leaves a neutral screen: no client data and no app name in large type, so a glance at
the laptop shows nothing about the work. Any key or click on it brings the ordinary unlock
screen (app/ui/lockdown/neutral.py).

Caught with an application-wide event filter, like the lock key, so it works inside dialogs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class QuickHideSettings:
    keys: str = QKeySequence("Ctrl+Shift+H").toString()
    double_escape: bool = True
    double_escape_ms: int = 400  # two presses closer than this hide; slower ones close dialogs


class QuickHide(QObject):
    hide_requested = Signal()

    def __init__(
        self,
        settings: QuickHideSettings | None = None,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.settings = settings or QuickHideSettings()
        self._keys = QKeySequence(self.settings.keys)
        self._clock = clock
        self._last_escape: float | None = None
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not _first_delivery(watched, event) or not isinstance(event, QKeyEvent):
            return False
        if QKeySequence(event.keyCombination()) == self._keys:
            self.hide_requested.emit()
            return True
        if event.key() == Qt.Key.Key_Escape and self.settings.double_escape:
            self._escape_pressed()
        return False  # a single Escape still closes the dialog it was meant for

    def _escape_pressed(self) -> None:
        now, last = self._clock(), self._last_escape
        if last is not None and (now - last) * 1000 <= self.settings.double_escape_ms:
            self._last_escape = None
            self.hide_requested.emit()
        else:
            self._last_escape = now

    def detach(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def _first_delivery(watched: QObject, event: QEvent) -> bool:
    """One key press reaches the filter once per widget it propagates to, and once more for
    the native window: only its spontaneous delivery to a widget counts (no auto-repeat)."""
    return (
        event.type() == QEvent.Type.KeyPress
        and event.spontaneous()
        and isinstance(watched, QWidget)
        and not (isinstance(event, QKeyEvent) and event.isAutoRepeat())
    )
