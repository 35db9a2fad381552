"""The quick-hide screen: a plain panel with one small line, nothing about clients or the app.
Any key or click leaves it for the ordinary unlock screen (the vault is already locked)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui import theme


class NeutralScreen(QWidget):
    leave_requested = Signal()  # any key or click: show the unlock screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Locked"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # a QWidget subclass
        theme.set_role(self, "neutral")  # colours: app/ui/theme.py
        self.hint = QLabel(self.tr("Press any key"))
        self.hint.setAccessibleName(self.tr("Press any key"))
        theme.set_role(self.hint, "neutral-hint")
        theme.use_level(self.hint, "small", bold=False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.hint, alignment=Qt.AlignmentFlag.AlignRight)
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if isinstance(event, QKeyEvent | QMouseEvent) and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
        ):
            self.leave_requested.emit()
            return True
        return False
