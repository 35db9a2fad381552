"""The editor's questions: confirmations (sign, discard) and the addendum dialog.

All open window-modal with `open()` and answer through callbacks: no nested event loop, and the
screen lock can close them like any other dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.notes.language import SectionFinding
from app.ui.notes.text import SIGN_WARNING, TITLE
from app.ui.widgets import paragraph

ADDENDUM_KINDS = (
    ("Addendum: correct or add to this note", "addendum"),
    ("Late entry: record something that happened earlier", "late_entry"),
)
DISCARD_TEXT = (
    "Discard this draft? Its text is removed from this laptop and cannot be brought back."
)


def confirm(
    parent: QWidget,
    text: str,
    yes: str,
    no: str,
    on_yes: Callable[[], None],
    default_yes: bool = True,
) -> QMessageBox:
    """A window-modal question; `on_yes()` runs only if the worker chooses `yes`."""
    box = QMessageBox(QMessageBox.Icon.Question, TITLE, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(TITLE + " question")
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button if default_yes else no_button)
    box.setEscapeButton(no_button)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(lambda _code: on_yes() if box.clickedButton() is yes_button else None)
    box.open()
    return box


def sign_question(findings: list[SectionFinding]) -> tuple[str, str, str, bool]:
    """(text, yes, no, default_yes) for the sign confirmation; findings are listed first."""
    if not findings:
        return SIGN_WARNING, "Sign note", "Cancel", True
    lines = "\n".join(f"• {finding.line()}" for finding in findings)
    text = (
        f"This note has wording to reconsider:\n{lines}\n\n{SIGN_WARNING}\n"
        "Sign it as it is, or go back and change the wording?"
    )
    return text, "Sign anyway", "Go back", False


class AddendumDialog(QDialog):
    """Asks for the kind (addendum / late entry) and a required reason."""

    chosen = Signal(str, str)  # kind, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add addendum")
        self.setAccessibleName("Add addendum")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of addendum")
        for text, key in ADDENDUM_KINDS:
            self.kind.addItem(text, key)
        self.reason = QLineEdit(placeholderText="Required, e.g. wrong date in the plan")
        self.reason.setAccessibleName("Reason for the addendum (required)")
        self.reason.setMaxLength(500)
        self.reason.textChanged.connect(self._check)
        buttons = QDialogButtonBox()
        self.start = QPushButton("Start addendum")
        self.start.setDefault(True)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Kind", self.kind)
        form.addRow("&Reason", self.reason)
        layout = QVBoxLayout(self)
        text = "The signed note stays as it is. The addendum is a new note that points at it."
        layout.addWidget(paragraph(text, "What an addendum is"))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
        self._check()

    def _check(self) -> None:
        self.start.setEnabled(bool(self.reason.text().strip()))

    def _accept(self) -> None:
        if self.reason.text().strip():
            self.chosen.emit(self.kind.currentData(), self.reason.text().strip())
            self.accept()
