"""The parts of the editor around the form: the header (who the note is about, what kind of
note it is, its signature and hash) and the side panel (language check, related notes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.notes.access import NoteDetail
from app.ui.notes.language import FindingsPanel
from app.ui.notes.text import amends_line, hash_line, related_text, signed_line
from app.ui.notes.words import kind_label, short_template_name
from app.ui.widgets import heading, plain_label

SIGNED_STYLE = (
    "QLabel { background: #e6f0fa; color: #0b2e59; border: 1px solid #1f5fa8;"
    " border-radius: 4px; padding: 6px; }"
)
AMENDS_STYLE = (
    "QLabel { background: #fff1c2; color: #4a2e00; border: 1px solid #b07800;"
    " border-radius: 4px; padding: 6px; }"
)
SEPARATOR = "\n\n" + "─" * 24 + "\n\n"


def button(text: str, accessible: str, description: str = "") -> QPushButton:
    """`text`, `accessible` and `description` already translated; the description is also
    the tooltip (with the button's shortcut, when it has one)."""
    made = QPushButton(text)
    made.setAccessibleName(accessible)
    made.setAccessibleDescription(description or accessible)
    made.setToolTip(description or accessible)
    made.setAutoDefault(False)  # Enter in a field must never press Discard or Sign
    made.setDefault(False)
    return made


def what_line(detail: NoteDetail) -> str:
    note = detail.note
    if note.kind == "note":
        name = short_template_name(note.template)
        if note.is_signed:
            text = QCoreApplication.translate("NoteEditor", "Signed case note ({template})")
        else:
            text = QCoreApplication.translate("NoteEditor", "Draft case note ({template})")
        return text.format(template=name)
    lines = {
        (True, "addendum"): QCoreApplication.translate("NoteEditor", "Signed addendum"),
        (False, "addendum"): QCoreApplication.translate("NoteEditor", "Draft addendum"),
        (True, "late_entry"): QCoreApplication.translate("NoteEditor", "Signed late entry"),
        (False, "late_entry"): QCoreApplication.translate("NoteEditor", "Draft late entry"),
    }
    return lines.get((note.is_signed, note.kind), kind_label(note.kind))


class Header(QWidget):
    def __init__(self, client_header: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = plain_label(
            QCoreApplication.translate("NoteEditor", "Client"), point_size=15, bold=True
        )
        self.client.setText(client_header)
        self.what = plain_label(
            QCoreApplication.translate("NoteEditor", "Kind of note"), point_size=11
        )
        self.amends = plain_label(
            QCoreApplication.translate("NoteEditor", "What this addendum amends")
        )
        self.amends.setStyleSheet(AMENDS_STYLE)
        self.signature = plain_label(QCoreApplication.translate("NoteEditor", "Signature"))
        self.signature.setStyleSheet(SIGNED_STYLE)
        self.hash = plain_label(QCoreApplication.translate("NoteEditor", "Content hash"))
        self.hash.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.client, self.what, self.amends, self.signature, self.hash):
            layout.addWidget(widget)
        self.show_detail(None)

    def show_detail(self, detail: NoteDetail | None) -> None:
        note = detail.note if detail else None
        self.what.setText(
            what_line(detail)
            if detail
            else QCoreApplication.translate("NoteEditor", "Opening the note…")
        )
        self._set(self.amends, amends_line(note, detail.original) if note and detail else "")
        self._set(self.signature, signed_line(note, detail.signer_name) if note and detail else "")
        self._set(self.hash, hash_line(note, detail.verified) if note and detail else "")

    def clear(self) -> None:
        for label in (self.client, self.what, self.amends, self.signature, self.hash):
            label.clear()

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))


class SidePanel(QWidget):
    """Language findings while drafting; the original note or the addenda beside them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings = FindingsPanel()
        self.related_title = heading("", 12)
        self.related = QPlainTextEdit()
        self.related.setReadOnly(True)
        self.related.setAccessibleName(QCoreApplication.translate("NoteEditor", "Related notes"))
        self.related.setAccessibleDescription(
            QCoreApplication.translate(
                "NoteEditor", "The note this one amends, or its addenda (read only)"
            )
        )
        self.related.setTabChangesFocus(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.findings, stretch=2)
        layout.addWidget(self.related_title)
        layout.addWidget(self.related, stretch=3)

    def show_detail(self, detail: NoteDetail) -> None:
        note = detail.note
        self.findings.setVisible(not note.is_signed)
        if detail.original is not None:
            original = related_text(detail.original, detail.signers.get(detail.original.id))
            self._related(QCoreApplication.translate("NoteEditor", "Original note"), original)
        elif note.is_signed:
            texts = [related_text(a, detail.signers.get(a.id)) for a in detail.addenda]
            title = (
                QCoreApplication.translate("NoteEditor", "Addenda (%n)", "", len(texts))
                if texts
                else QCoreApplication.translate("NoteEditor", "Addenda")
            )
            none = QCoreApplication.translate("NoteEditor", "No addenda to this note.")
            self._related(title, SEPARATOR.join(texts) or none)
        else:
            self._related("", "")

    def clear(self) -> None:
        self.findings.show_findings([])
        self._related("", "")

    def _related(self, title: str, text: str) -> None:
        self.related_title.setText(title)
        self.related_title.setAccessibleName(
            title or QCoreApplication.translate("NoteEditor", "Related notes")
        )
        self.related.setPlainText(text)
        self.related_title.setVisible(bool(title))
        self.related.setVisible(bool(title))
