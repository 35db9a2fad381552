"""How the editor is laid out (fits 1366×768): the header across the top, the form (scrolling
if it must) beside the side panel, and the status line with the buttons at the bottom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
)

from app.core.notes import template
from app.services.notes import NoteView
from app.ui.notes.access import NoteDetail
from app.ui.notes.chrome import Header, SidePanel, button
from app.ui.notes.form import NoteForm
from app.ui.widgets import plain_label

SIZE = (1260, 680)  # leaves room for the title bar and a panel on a 768-pixel screen
MINIMUM = (900, 560)


class EditorLayout:
    def __init__(self, dialog: QDialog, client_header: str) -> None:
        self.header = Header(client_header)
        self.form = NoteForm()
        self.side = SidePanel()
        self.status = plain_label("Save status")
        self._buttons()
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.header)
        layout.addWidget(self._middle(), stretch=1)
        layout.addLayout(self._bottom())
        dialog.resize(*SIZE)
        dialog.setMinimumSize(*MINIMUM)

    def _buttons(self) -> None:
        self.discard = button("Discard draft…", "Discard this draft")
        self.addendum = button("Add addendum…", "Add an addendum or late entry")
        self.save = button("Save now (Ctrl+S)", "Save now")
        self.sign = button("Sign note (Ctrl+Enter)", "Sign note")
        font = QFont(self.sign.font())
        font.setBold(True)
        self.sign.setFont(font)
        self.close = button("Close (Esc)", "Close the note (saves first)")

    def _middle(self) -> QSplitter:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setAccessibleName("Note")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 330])
        return splitter

    def _bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, stretch=1)
        for widget in (self.discard, self.addendum, self.save, self.sign, self.close):
            row.addWidget(widget)
        return row

    def set_mode(self, note: NoteView | None, signed: bool, busy: str | None) -> None:
        """Which buttons make sense now: drafts save, sign and discard; signed notes amend."""
        draft = note is not None and not signed
        self.discard.setVisible(draft)
        self.save.setVisible(not signed)
        self.sign.setVisible(not signed)
        self.addendum.setVisible(note is not None and signed)
        for widget in (self.discard, self.save, self.sign, self.addendum):
            widget.setEnabled(busy is None and note is not None)

    def show_detail(self, detail: NoteDetail) -> None:
        self.header.show_detail(detail)
        self.side.show_detail(detail)

    def section_titles(self) -> dict[str, str]:
        """Section titles to name findings by ("" when the template has one section)."""
        sections = template(self.form.template_key).sections
        return {s.key: s.title if len(sections) > 1 else "" for s in sections}

    def clear(self) -> None:
        for part in (self.header, self.form, self.side, self.status):
            part.clear()
