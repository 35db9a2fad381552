"""Refused by the office: changes the office server did not accept, listed for the worker.

The sync summary only counts them ("1 change was refused"); here the worker sees which ones
(a task, a signed note), whose record each is, and why, so they can open the record or call
the office, then dismiss the notice. Client names are shown, so like the conflicts beside it
the list is filled only while the vault is unlocked and emptied on close and on lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.services.sync import RefusedView
from app.ui.pane import (
    button,
    item_list,
    list_item,
    muted_item,
    plain_error,
    selected_id,
    set_error,
)
from app.ui.sync.link import SyncAccess
from app.ui.sync.summary import REASONS
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, paragraph

TAB = "Re&fused by the office"
INTRO = (
    "The office did not accept these changes, so its copy does not have them. If one still "
    "matters, call the office (for a signed note, add an addendum instead); then dismiss it."
)
HEADERS = ["Change", "When"]
WIDTHS = [720]
NONE_REFUSED = "The office has not refused any of your changes."
GONE = "no longer on this laptop"
DISMISS_TIP = "You have dealt with it (called the office, added an addendum): take it off the list"
T = TypeVar("T")


def refused_text(refused: RefusedView) -> str:
    """ "Task for Rosa Delgado: the office refused it because …" (plain words, one line)."""
    if refused.client_name:
        subject = f"{refused.kind} for {refused.client_name}"
    elif not refused.on_device:
        subject = f"{refused.kind} ({GONE})"
    else:
        subject = refused.kind  # the worker's own record, about no client
    because = REASONS.get(refused.reason)
    return f"{subject}: the office refused it" + (f" because {because}." if because else ".")


def refused_item(refused: RefusedView) -> QTreeWidgetItem:
    return list_item([refused_text(refused), local_moment(refused.at)], str(refused.seq))


class RefusedSection(QWidget):
    changed = Signal()  # a notice was dismissed
    counted = Signal(int)  # how many are listed (for the tab's title)
    open_requested = Signal(str)  # client id

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Changes refused by the office")
        self._runner = runner
        self.access: SyncAccess | None = None
        self._epoch = 0
        self.refused: list[RefusedView] = []
        self.list = self._refused_list()
        self.error = error_label("Problem with refused changes")
        self.open_button = button("O&pen client", "Open the client's record", "Enter")
        self.open_button.clicked.connect(self.open_record)
        self.dismiss_button = button("&Dismiss", "Dismiss the refused change", DISMISS_TIP)
        self.dismiss_button.clicked.connect(self.dismiss)
        self._lay_out()
        self.clear()

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(INTRO, "About changes refused by the office"))
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        layout.addLayout(row)

    def _refused_list(self) -> QTreeWidget:
        tree = item_list("Changes refused by the office", HEADERS)
        for column, width in enumerate(WIDTHS):
            tree.setColumnWidth(column, width)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemActivated.connect(lambda _item, _column: self.open_record())
        return tree

    def attach(self, access: SyncAccess | None) -> None:
        self.access = access
        self.clear()

    def load(self) -> None:
        self._call(lambda access: access.refused(), self._show)

    def _call(self, work: Callable[[SyncAccess], T], done: Callable[[T], None]) -> None:
        """Run `work` on the worker; its answer is dropped if the vault locked meanwhile."""
        access, epoch = self.access, self._epoch
        if access is None:
            return

        def deliver(result: Any) -> None:
            if self.access is access and self._epoch == epoch:
                done(result)

        def refuse(error: BaseException) -> None:
            if self.access is access and self._epoch == epoch:
                set_error(self.error, plain_error(error))
                self._selection_changed()  # a failed dismissal can be tried again

        self._runner.submit(lambda: work(access), deliver, refuse)

    def _show(self, refused: list[RefusedView]) -> None:
        self.refused = refused
        self.list.clear()
        set_error(self.error, "")
        for one in refused:
            self.list.addTopLevelItem(refused_item(one))
        if refused:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        else:
            muted_item(self.list, NONE_REFUSED)
        self._selection_changed()
        self.counted.emit(len(refused))

    def selected(self) -> RefusedView | None:
        seq = selected_id(self.list)
        return next((r for r in self.refused if str(r.seq) == seq), None)

    def open_record(self) -> None:
        refused = self.selected()
        if refused is not None and refused.client_id is not None:
            self.open_requested.emit(refused.client_id)

    def dismiss(self) -> None:
        refused = self.selected()
        if refused is None:
            return
        self.dismiss_button.setEnabled(False)  # one click, one dismissal
        self._call(lambda access: access.dismiss_refused(refused.seq), self._dismissed)

    def _dismissed(self, _result: object) -> None:
        self.changed.emit()
        self.load()

    def _selection_changed(self) -> None:
        refused = self.selected()
        self.dismiss_button.setEnabled(refused is not None)
        self.open_button.setEnabled(refused is not None and refused.client_id is not None)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and screen readers alike)."""
        columns = range(self.list.columnCount())
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [[item.text(c) for c in columns] for item in items]

    def clear(self) -> None:
        """Forget every name shown, and any answer still on its way."""
        self._epoch += 1
        self.refused = []
        self.list.clear()
        set_error(self.error, "")
        self.dismiss_button.setEnabled(False)
        self.open_button.setEnabled(False)
        self.counted.emit(0)
