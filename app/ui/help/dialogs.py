"""The Help menu's windows: a plain dialog with a read-only body and a Close button, sized to
fit a 1366×768 screen at 125 % (1092×580 logical pixels) and scrolling inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

OPEN_SIZE = (900, 540)  # opens no larger than 1092×580; resizable


class HelpDialog(QDialog):
    """Base of the Help windows (each subclass translates in its own context)."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.body = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.resize(*OPEN_SIZE)

    def finish(self, main: QWidget, close_name: str, close_description: str) -> None:
        """Add the main widget above the Close button and give the button its names."""
        self.body.addWidget(main, stretch=1)
        self.body.addWidget(self.buttons)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close_name)
        close.setAccessibleDescription(close_description)
        main.setFocus()
