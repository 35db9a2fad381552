"""One tab of the sync conflicts window: a list of what happened to the worker's edits.

Both tabs (conflicts, changes the office refused) work alike: read the list on the worker
thread, show it with the first row selected so its action is one key away, open the client
beside it, act on the selected row, then read the list again. The rows hold client names, so
a section is filled only while the vault is unlocked, and an answer that comes back after the
vault locked (or the window closed) is dropped rather than shown. What differs between the
tabs is only their words, their rows and their one action: the hooks below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTreeWidget, QVBoxLayout, QWidget

from app.ui.pane import button, item_list, list_item, muted_item, selected_id, set_error
from app.ui.sync.link import SyncAccess
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, paragraph

T = TypeVar("T")


class Listed(Protocol):
    """A row's view: whose record it is, if that client is on this laptop."""

    @property
    def client_id(self) -> str | None: ...


V = TypeVar("V", bound=Listed)


@dataclass(frozen=True)
class SectionText:
    """What a section says: its names for screen readers, its intro, columns and buttons."""

    name: str  # the section's own accessible name
    intro: str
    intro_name: str
    list_name: str
    headers: list[str]
    widths: list[int]  # of the leading columns; the last one stretches
    error_name: str
    empty: str  # the muted row shown when nothing is listed
    open_button: tuple[str, str, str]  # text (with its &-mnemonic), accessible name, tip
    action: tuple[str, str, str]


@dataclass(frozen=True)
class SectionRows(Generic[V]):
    """What a section lists and does, as plain functions of the vault's sync access."""

    fetch: Callable[[SyncAccess], list[V]]  # on the worker thread
    texts: Callable[[V], list[str]]  # one row's columns
    item_id: Callable[[V], str]
    act: Callable[[SyncAccess, V], object]  # the section's one action, on the worker thread
    error_text: Callable[[BaseException], str]
    retry_after_error: bool = False  # re-enable the buttons when an answer fails


class SyncListSection(QWidget, Generic[V]):
    """The workings both tabs share; each tab supplies its words and its rows."""

    changed = Signal()  # the action changed something (the status line counts it)
    counted = Signal(int)  # how many are listed (for the tab's title)
    open_requested = Signal(str)  # client id: show the record beside the list

    def __init__(
        self,
        runner: TaskRunner,
        text: SectionText,
        rows: SectionRows[V],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(text.name)
        self._runner, self._text, self._rows = runner, text, rows
        self.access: SyncAccess | None = None
        self._epoch = 0  # bumped by clear(): answers asked for before it are dropped
        self.items: list[V] = []
        self.list = self._make_list()
        self.error = error_label(text.error_name)
        self.open_button, self.action = self._make_buttons()
        self._lay_out()
        self.clear()

    def _make_list(self) -> QTreeWidget:
        tree = item_list(self._text.list_name, self._text.headers)
        tree.setAccessibleDescription(
            QCoreApplication.translate(
                "SyncListSection", "Up and Down choose a line; Enter opens the client's record"
            )
        )
        tree.setTabKeyNavigation(False)  # Tab moves on to the buttons
        for column, width in enumerate(self._text.widths):
            tree.setColumnWidth(column, width)
        tree.itemSelectionChanged.connect(self._selection_changed)
        tree.itemActivated.connect(lambda _item, _column: self.open_record())  # Enter opens
        return tree

    def _make_buttons(self) -> tuple[QPushButton, QPushButton]:
        open_button = button(*self._text.open_button)
        open_button.clicked.connect(self.open_record)
        action = button(*self._text.action)
        action.clicked.connect(self.act_on_selected)
        return open_button, action

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self._text.intro, self._text.intro_name))
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)  # added in the order Tab visits them
        row.addWidget(self.action)
        layout.addLayout(row)

    def attach(self, access: SyncAccess | None) -> None:
        """The open vault's sync access (None on lock); answers still on their way are dropped."""
        self.access = access
        self.clear()

    def load(self) -> None:
        self._call(self._rows.fetch, self._show)

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
                self._failed(error)

        self._runner.submit(lambda: work(access), deliver, refuse)

    def _failed(self, error: BaseException) -> None:
        set_error(self.error, self._rows.error_text(error))
        if self._rows.retry_after_error:
            self._selection_changed()  # a failed action can be tried again

    def _show(self, items: list[V]) -> None:
        self.items = items
        self.list.clear()
        set_error(self.error, "")
        for item in items:
            self.list.addTopLevelItem(list_item(self._rows.texts(item), self._rows.item_id(item)))
        first = self.list.topLevelItem(0)
        if items and first is not None:
            self.list.setCurrentItem(first)  # the action: one key away
        else:
            muted_item(self.list, self._text.empty)
        self._selection_changed()
        self.counted.emit(len(items))

    def selected(self) -> V | None:
        chosen = selected_id(self.list)
        return next((item for item in self.items if self._rows.item_id(item) == chosen), None)

    def open_record(self) -> None:
        """The record opens beside this list, which stays open: deal with it, then act."""
        item = self.selected()
        if item is not None and item.client_id is not None:
            self.open_requested.emit(item.client_id)

    def act_on_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.action.setEnabled(False)  # one click, one action
        self._call(lambda access: self._rows.act(access, item), self._acted)

    def _acted(self, _result: object) -> None:
        self.changed.emit()
        self.load()

    def _selection_changed(self) -> None:
        item = self.selected()
        self.action.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and item.client_id is not None)

    def rows(self) -> list[list[str]]:
        """What the list shows, row by row (for tests and screen readers alike)."""
        columns = range(self.list.columnCount())
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [[item.text(c) for c in columns] for item in items if item is not None]

    def clear(self) -> None:
        """Forget every name shown, and any answer still on its way."""
        self._epoch += 1
        self.items = []
        self.list.clear()
        set_error(self.error, "")
        self.action.setEnabled(False)
        self.open_button.setEnabled(False)
        self.counted.emit(0)
