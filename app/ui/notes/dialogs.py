"""The editor's questions: confirmations (sign, discard) and the addendum dialog.

All open window-modal with `open()` and answer through callbacks: no nested event loop, and the
screen lock can close them like any other dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from app.ui.notes.text import SIGN_WARNING, TITLE, tr_note
from app.ui.widgets import paragraph

DISCARD_TEXT = str(
    QT_TRANSLATE_NOOP(
        "NoteEditor",
        "Discard this draft? Its text is removed from this laptop and cannot be brought back.",
    )
)


def addendum_kinds() -> tuple[tuple[str, str], ...]:
    return (
        (
            QCoreApplication.translate("NoteEditor", "Addendum: correct or add to this note"),
            "addendum",
        ),
        (
            QCoreApplication.translate(
                "NoteEditor", "Late entry: record something that happened earlier"
            ),
            "late_entry",
        ),
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
    box = QMessageBox(QMessageBox.Icon.Question, tr_note(TITLE), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(QCoreApplication.translate("NoteEditor", "Question about the note"))
    box.setAccessibleDescription(text)
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
    warning = tr_note(SIGN_WARNING)
    if not findings:
        sign = QCoreApplication.translate("NoteEditor", "Sign note")
        return warning, sign, QCoreApplication.translate("NoteEditor", "Cancel"), True
    lines = "\n".join(f"• {finding.line()}" for finding in findings)
    text = QCoreApplication.translate(
        "NoteEditor",
        "This note has wording to reconsider:\n{findings}\n\n{warning}\n"
        "Sign it as it is, or go back and change the wording?",
    ).format(findings=lines, warning=warning)
    anyway = QCoreApplication.translate("NoteEditor", "Sign anyway")
    return text, anyway, QCoreApplication.translate("NoteEditor", "Go back"), False


class AddendumDialog(QDialog):
    """Asks for the kind (addendum / late entry) and a required reason."""

    chosen = Signal(str, str)  # kind, reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QCoreApplication.translate("NoteEditor", "Add addendum")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("NoteEditor", "Kind of addendum"))
        self.kind.setAccessibleDescription(
            QCoreApplication.translate(
                "NoteEditor", "An addendum corrects the note; a late entry records something later"
            )
        )
        for text, key in addendum_kinds():
            self.kind.addItem(text, key)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            QCoreApplication.translate("NoteEditor", "Required, e.g. wrong date in the plan")
        )
        self.reason.setAccessibleName(
            QCoreApplication.translate("NoteEditor", "Reason for the addendum (required)")
        )
        self.reason.setAccessibleDescription(
            QCoreApplication.translate("NoteEditor", "Why the signed note needs an addendum")
        )
        self.reason.setMaxLength(500)
        self.reason.textChanged.connect(self._check)
        buttons = QDialogButtonBox()
        self.start = QPushButton(QCoreApplication.translate("NoteEditor", "Start addendum"))
        self.start.setAccessibleName(self.start.text())
        self.start.setToolTip(
            QCoreApplication.translate("NoteEditor", "Start the addendum as a new draft (Enter)")
        )
        self.start.setDefault(True)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("NoteEditor", "Cancel"))
        cancel.setToolTip(
            QCoreApplication.translate("NoteEditor", "Close without an addendum (Esc)")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("NoteEditor", "&Kind"), self.kind)
        form.addRow(QCoreApplication.translate("NoteEditor", "&Reason"), self.reason)
        layout = QVBoxLayout(self)
        text = QCoreApplication.translate(
            "NoteEditor",
            "The signed note stays as it is. The addendum is a new note that points at it.",
        )
        about = QCoreApplication.translate("NoteEditor", "What an addendum is")
        layout.addWidget(paragraph(text, about))
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
