"""Help > Keyboard shortcuts: every action of the main window that has a key, with its text
and keys as this system writes them, read from the actions themselves (so never out of date)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.help.dialogs import HelpDialog


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action of `window` with a shortcut, in the order
    the window made them; an action with several keys lists them all."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen or not action.text():
            continue
        seen.add(id(action))
        native = QKeySequence.SequenceFormat.NativeText
        rows.append((_plain(action.text()), ", ".join(k.toString(native) for k in keys)))
    return rows


def _plain(text: str) -> str:
    """An action's text without its & mnemonic marker and trailing dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("….").strip()


class ShortcutsDialog(HelpDialog):
    def __init__(self, window: QWidget, parent: QWidget | None) -> None:
        super().__init__(self.tr("Keyboard shortcuts"), parent)
        rows = shortcut_rows(window)
        table = self.table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (text, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(text))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setAccessibleDescription(self.tr("What each key does; arrow keys move down the list"))
        self.finish(table, self.tr("Close"), self.tr("Close the list of shortcuts"))
