"""Unfinished drafts (left open by a lock, a crash or a busy day), to resume them.

`OpenDrafts` lists the worker's drafts (date, client, template, first words) and emits
`resume_requested(note_id, client_id)` on "Resume", Enter or a double-click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.notes.access import DraftSummary, NotesAccess
from app.ui.notes.chrome import button
from app.ui.notes.text import EMPTY, tr_note, when
from app.ui.notes.words import kind_label, short_template_name
from app.ui.tasks import TaskRunner
from app.ui.widgets import heading


def columns() -> list[str]:
    return [
        QCoreApplication.translate("UnfinishedNotes", "When"),
        QCoreApplication.translate("UnfinishedNotes", "Template"),
        QCoreApplication.translate("UnfinishedNotes", "Begins with"),
        QCoreApplication.translate("UnfinishedNotes", "Client"),
    ]


CLIENT = 3  # shown second: the client first, then what kind of note


IDS = Qt.ItemDataRole.UserRole


def kind_text(draft: DraftSummary) -> str:
    return short_template_name(draft.template) if draft.kind == "note" else kind_label(draft.kind)


class OpenDrafts(QWidget):
    resume_requested = Signal(str, str)  # note id, client id

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._notes: NotesAccess | None = None
        self._author_id = ""
        self._generation = 0  # results asked for before a clear() are dropped
        self.setAccessibleName(QCoreApplication.translate("UnfinishedNotes", "Unfinished notes"))
        self._build()

    def _build(self) -> None:
        self.list = QTreeWidget()
        self.list.setAccessibleName(
            QCoreApplication.translate("UnfinishedNotes", "Unfinished notes list")
        )
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "UnfinishedNotes", "Your drafts not signed yet. Enter resumes the selected one."
            )
        )
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside
        self.list.setColumnCount(len(columns()))
        self.list.setHeaderLabels(columns())
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.header().moveSection(CLIENT, 1)
        self.list.itemActivated.connect(lambda _item, _col: self.resume())
        self.list.itemSelectionChanged.connect(self._selection_changed)
        none_open = QCoreApplication.translate("UnfinishedNotes", "No unfinished notes.")
        self.empty = QLabel(none_open)
        self.empty.setAccessibleName(none_open)
        self.resume_button = button(
            QCoreApplication.translate("UnfinishedNotes", "&Resume"),
            QCoreApplication.translate("UnfinishedNotes", "Resume the selected note"),
            QCoreApplication.translate(
                "UnfinishedNotes", "Open the selected draft to go on writing it (Enter)"
            ),
        )
        self.resume_button.clicked.connect(self.resume)
        row = QHBoxLayout()
        row.addWidget(
            heading(QCoreApplication.translate("UnfinishedNotes", "Unfinished notes"), 12),
            stretch=1,
        )
        row.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, stretch=1)
        self.show_drafts([])

    # -- data ---------------------------------------------------------------------------
    def attach(self, notes: NotesAccess, author_id: str) -> None:
        self._notes, self._author_id = notes, author_id
        self.reload()

    def reload(self) -> None:
        notes, author, generation = self._notes, self._author_id, self._generation
        if notes is None:
            return
        self._runner.submit(
            lambda: notes.open_drafts(author),
            lambda drafts: self.show_drafts(drafts) if generation == self._generation else None,
            lambda _error: None,
        )

    def show_drafts(self, drafts: list[DraftSummary]) -> None:
        self.list.clear()
        for draft in drafts:
            item = QTreeWidgetItem([when(draft.occurred_at), kind_text(draft), draft.first_words])
            item.setText(2, draft.first_words or tr_note(EMPTY))
            item.setText(CLIENT, draft.client_name)
            item.setData(0, IDS, (draft.id, draft.client_id))
            self.list.addTopLevelItem(item)
        for column in (0, 1, CLIENT):
            self.list.resizeColumnToContents(column)
        self.list.setVisible(bool(drafts))
        self.empty.setVisible(not drafts)
        first = self.list.topLevelItem(0)  # None when there are no drafts
        if first is not None:
            self.list.setCurrentItem(first)
        self._selection_changed()

    def clear(self) -> None:
        """The screen locked: forget the drafts and the vault."""
        self._generation += 1
        self._notes, self._author_id = None, ""
        self.show_drafts([])

    def count(self) -> int:
        return self.list.topLevelItemCount()

    # -- resuming -----------------------------------------------------------------------
    def resume(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            note_id, client_id = item.data(0, IDS)
            self.resume_requested.emit(note_id, client_id)

    def _selection_changed(self) -> None:
        self.resume_button.setEnabled(self.list.currentItem() is not None)
