"""Sync conflicts: local edits that a newer value from another device replaced.

Nothing is lost silently (DESIGN.md §4): the office kept the newer value and this laptop kept
the worker's edit here. The worker reads both, re-enters their value in the record if it should
stand, and marks the conflict reviewed. The values are client data, so the list is only filled
while the vault is unlocked and is emptied when the window closes or the screen locks (the
lock rejects every open dialog; `done()` clears).

A second tab lists the changes the office refused (refused.py): another kind of "what
happened to my edit", so the worker finds both in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import ConflictView, record_kind
from app.ui.pane import button, item_list, list_item, muted_item, selected_id, set_error
from app.ui.sync.link import SyncAccess
from app.ui.sync.refused import TAB as REFUSED_TAB
from app.ui.sync.refused import RefusedSection
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, paragraph

TITLE = "Sync conflicts"
INTRO = (
    "Another device changed these fields after you did, so the office kept its value and your "
    "edit was set aside here. If your value should stand, enter it again in the record; then "
    "mark the conflict reviewed."
)
HEADERS = ["Client", "Record", "Field", "Your edit (set aside)", "Value kept", "When"]
WIDTHS = [170, 120, 120, 200, 200]
NONE_LEFT = "No conflicts to review."
CONFLICTS_TAB = "Conflic&ts"
T = TypeVar("T")


def kind_label(entity: str) -> str:
    return record_kind(entity)  # one naming of record kinds, shared with the refused list


def tab_title(title: str, count: int) -> str:
    return f"{title} ({count})" if count else title


def field_label(field: str) -> str:
    return field.removesuffix("_id").replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return " ".join(str(value).split())  # one line in the list; the tooltip has it all too


def conflict_item(conflict: ConflictView) -> QTreeWidgetItem:
    texts = [
        conflict.client_name or "—",
        kind_label(conflict.entity),
        field_label(conflict.field),
        value_text(conflict.local_value),
        value_text(conflict.remote_value),
        local_moment(conflict.created_at),
    ]
    return list_item(texts, conflict.id)


class SyncConflictsDialog(QDialog):
    changed = Signal()  # a conflict was marked reviewed (the status line counts them)
    open_requested = Signal(str)  # client id: show the record, to re-enter a value

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(1000, 440)
        self._runner = runner
        self.access: SyncAccess | None = None
        self._epoch = 0
        self.conflicts: list[ConflictView] = []
        self.list = self._conflict_list()
        self.error = error_label("Problem with sync conflicts")
        self.reviewed = button("Mark &reviewed", "Mark reviewed", "I have seen this conflict")
        self.reviewed.clicked.connect(self.mark_reviewed)
        self.open_button = button("&Open record", "Open the client's record", "Enter")
        self.open_button.clicked.connect(self.open_record)
        self.refused = RefusedSection(runner)
        self.refused.open_requested.connect(self.open_requested)
        self.refused.changed.connect(self.changed)
        self.refused.counted.connect(self._refused_counted)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Conflicts and refused changes")
        self.tabs.addTab(self._conflicts_page(), CONFLICTS_TAB)
        self.tabs.addTab(self.refused, REFUSED_TAB)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self._buttons())
        self.clear()

    def _conflicts_page(self) -> QWidget:
        page = QWidget()
        page.setAccessibleName("Sync conflicts")
        layout = QVBoxLayout(page)
        layout.addWidget(paragraph(INTRO, "About sync conflicts"))
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.reviewed)
        layout.addLayout(row)
        return page

    def _conflict_list(self) -> QTreeWidget:
        tree = item_list("Sync conflicts to review", HEADERS)
        for column, width in enumerate(WIDTHS):
            tree.setColumnWidth(column, width)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemActivated.connect(lambda _item, _column: self.open_record())
        return tree

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close sync conflicts")
        buttons.rejected.connect(self.reject)
        return buttons

    def attach(self, access: SyncAccess | None) -> None:
        """The open vault's sync access (None on lock); answers still on their way are dropped."""
        self.access = access
        self.refused.attach(access)
        self.clear()

    def open_list(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.load()

    def load(self) -> None:
        self._call(lambda access: access.conflicts(), self._show)
        self.refused.load()

    def _call(self, work: Callable[[SyncAccess], T], done: Callable[[T], None]) -> None:
        access, epoch = self.access, self._epoch
        if access is None:
            return

        def deliver(result: Any) -> None:
            if self.access is access and self._epoch == epoch:
                done(result)

        def refuse(error: BaseException) -> None:
            if self.access is access and self._epoch == epoch:
                set_error(self.error, f"The conflicts could not be read ({type(error).__name__}).")

        self._runner.submit(lambda: work(access), deliver, refuse)

    def _show(self, conflicts: list[ConflictView]) -> None:
        self.conflicts = conflicts
        self.list.clear()
        set_error(self.error, "")
        for conflict in conflicts:
            self.list.addTopLevelItem(conflict_item(conflict))
        if conflicts:
            self.list.setCurrentItem(self.list.topLevelItem(0))  # Mark reviewed: one key away
        else:
            muted_item(self.list, NONE_LEFT)
        self._selection_changed()
        self.tabs.setTabText(0, tab_title(CONFLICTS_TAB, len(conflicts)))

    def _refused_counted(self, count: int) -> None:
        self.tabs.setTabText(1, tab_title(REFUSED_TAB, count))

    def mark_reviewed(self) -> None:
        conflict_id = selected_id(self.list)
        if conflict_id is None:
            return
        self.reviewed.setEnabled(False)
        self._call(lambda access: access.resolve(conflict_id), self._resolved)

    def selected(self) -> ConflictView | None:
        conflict_id = selected_id(self.list)
        return next((c for c in self.conflicts if c.id == conflict_id), None)

    def open_record(self) -> None:
        """The record stays beside this list, which stays open: re-enter, then mark reviewed."""
        conflict = self.selected()
        if conflict is not None and conflict.client_id is not None:
            self.open_requested.emit(conflict.client_id)

    def _resolved(self, _result: object) -> None:
        self.changed.emit()
        self.load()

    def _selection_changed(self) -> None:
        conflict = self.selected()
        self.reviewed.setEnabled(conflict is not None)
        self.open_button.setEnabled(conflict is not None and conflict.client_id is not None)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and screen readers alike)."""
        columns = range(self.list.columnCount())
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [[item.text(c) for c in columns] for item in items]

    def clear(self) -> None:
        """Forget every value shown, and any answer still on its way."""
        self._epoch += 1
        self.conflicts = []
        self.list.clear()
        set_error(self.error, "")
        self.reviewed.setEnabled(False)
        self.open_button.setEnabled(False)
        self.refused.clear()
        self.tabs.setTabText(0, CONFLICTS_TAB)

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
