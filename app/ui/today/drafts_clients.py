"""Where the note editor's list of unfinished drafts sits on Today, naming each draft's client.

The drafts list (app/ui/notes/drafts.py) knows each draft's client by id only. Today knows the
names (app/services/today.py `unfinished_notes`), so the slot that holds the list adds a
"Client" column as its second column and fills it whenever the list or the names change. A
list that already has other columns than the three it was built with is left alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

IDS = Qt.ItemDataRole.UserRole  # (note id, client id), as the drafts list stores them
SHIFTED = Qt.ItemDataRole.UserRole + 7  # set once an item's texts moved right by one column
BUILT_WITH = 3  # When, Template, Begins with


class DraftsSlot(QVBoxLayout):
    def __init__(self) -> None:
        super().__init__()
        self._by_note: dict[str, str] = {}
        self._trees: list[QTreeWidget] = []

    def addWidget(self, widget: QWidget, *args: Any, **kwargs: Any) -> None:  # noqa: N802 - Qt
        super().addWidget(widget, *args, **kwargs)
        tree = getattr(widget, "list", None)
        if isinstance(tree, QTreeWidget) and tree.columnCount() == BUILT_WITH:
            self._watch(tree)

    def name_clients(self, by_note: dict[str, str]) -> None:
        """The client's name of each draft, by note id (empty on lock)."""
        self._by_note = dict(by_note)
        for tree in self._trees:
            self._relabel(tree)

    def _watch(self, tree: QTreeWidget) -> None:
        header = [tree.headerItem().text(c) for c in range(BUILT_WITH)]
        tree.setColumnCount(BUILT_WITH + 1)
        tree.setHeaderLabels(
            [header[0], QCoreApplication.translate("Today", "Client"), *header[1:]]
        )
        tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tree.setTabKeyNavigation(False)
        self._trees.append(tree)
        tree.model().rowsInserted.connect(lambda _parent, _first, _last: self._relabel(tree))
        self._relabel(tree)

    def _relabel(self, tree: QTreeWidget) -> None:
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None:
                self._name(item)
        tree.resizeColumnToContents(1)

    def _name(self, item: QTreeWidgetItem) -> None:
        if not item.data(0, SHIFTED):
            texts = [item.text(c) for c in range(BUILT_WITH)]
            item.setData(0, SHIFTED, True)
            for column, text in enumerate(texts[1:], start=2):
                item.setText(column, text)
        ids = item.data(0, IDS)
        note_id = ids[0] if isinstance(ids, tuple | list) and ids else ""
        name = self._by_note.get(note_id, "")
        item.setText(1, name)
        item.setToolTip(1, name)
