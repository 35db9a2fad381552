"""How the editor is laid out: the header across the top, the form (scrolling if it must)
beside the side panel, and the status line with the buttons at the bottom.

It fits 1366×768 at 125 % scaling (1092×580 logical pixels once a panel is taken off) and
1280×720: it opens at its preferred size or the screen's free space, whichever is smaller, and
the form scrolls rather than being clipped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.notes import template
from app.services.notes import NoteView
from app.ui.notes.access import NoteDetail
from app.ui.notes.chrome import Header, SidePanel, button
from app.ui.notes.form import NoteForm
from app.ui.widgets import plain_label

PREFERRED = QSize(1080, 570)  # fits 1092×580: larger screens may enlarge it
MINIMUM = QSize(720, 440)
FRAME = QSize(16, 40)  # the window manager's borders and title bar, roughly


def opening_size(available: QSize) -> QSize:
    """The preferred size, shrunk to the screen's free space less the window frame."""
    room = available - FRAME
    return PREFERRED.boundedTo(room).expandedTo(MINIMUM.boundedTo(room))


def _available(dialog: QDialog) -> QSize:
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else PREFERRED + FRAME


class EditorLayout:
    def __init__(self, dialog: QDialog, client_header: str) -> None:
        self.header = Header(client_header)
        self.form = NoteForm()
        self.side = SidePanel()
        self.status = plain_label(QCoreApplication.translate("NoteEditor", "Save status"))
        self._buttons()
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.header)
        layout.addWidget(self._middle(), stretch=1)
        layout.addLayout(self._bottom())
        dialog.setMinimumSize(MINIMUM.boundedTo(_available(dialog) - FRAME))
        dialog.resize(opening_size(_available(dialog)))

    def _buttons(self) -> None:
        self.discard = button(
            QCoreApplication.translate("NoteEditor", "Dis&card draft…"),
            QCoreApplication.translate("NoteEditor", "Discard this draft"),
            QCoreApplication.translate("NoteEditor", "Remove this draft for good (asks first)"),
        )
        self.addendum = button(
            QCoreApplication.translate("NoteEditor", "Add adde&ndum…"),
            QCoreApplication.translate("NoteEditor", "Add an addendum or late entry"),
            QCoreApplication.translate(
                "NoteEditor", "Correct or add to this signed note without changing it"
            ),
        )
        self.save = button(
            QCoreApplication.translate("NoteEditor", "Save now (Ctrl+S)"),
            QCoreApplication.translate("NoteEditor", "Save now"),
            QCoreApplication.translate(
                "NoteEditor", "Save the draft now; it also saves by itself as you type (Ctrl+S)"
            ),
        )
        self.sign = button(
            QCoreApplication.translate("NoteEditor", "Sign note (Ctrl+Enter)"),
            QCoreApplication.translate("NoteEditor", "Sign note"),
            QCoreApplication.translate(
                "NoteEditor", "Sign and seal the note; it cannot be changed after (Ctrl+Enter)"
            ),
        )
        font = QFont(self.sign.font())
        font.setBold(True)
        self.sign.setFont(font)
        self.close = button(
            QCoreApplication.translate("NoteEditor", "Close (Esc)"),
            QCoreApplication.translate("NoteEditor", "Close the note"),
            QCoreApplication.translate(
                "NoteEditor", "Close the note; what you wrote is saved first (Esc)"
            ),
        )

    def _middle(self) -> QSplitter:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # never clipped
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(QCoreApplication.translate("NoteEditor", "Note"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its fields, not to it
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 300])
        return splitter

    def _bottom(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.status, stretch=1)
        for widget in (self.discard, self.addendum, self.save, self.sign, self.close):
            row.addWidget(widget)
        return row

    def tab_order(self) -> None:
        """Down the form (its fields, the goals, each section), then the side panel, then the
        buttons. The section boxes are made when a note loads, after the buttons, so the
        order Qt would give by creation is wrong."""
        form = self.form
        chain: list[QWidget] = [
            self.form.template,
            form.contact,
            form.when,
            form.duration,
            form.location,
            form.participants,
            form.goals,
            *form.boxes.values(),
            self.side.findings.list,
            self.side.related,
            self.discard,
            self.addendum,
            self.save,
            self.sign,
            self.close,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

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
