"""The base of every screen part that reads or writes the vault, and the plain-words errors.

A pane holds the open vault's `VaultAccess` while unlocked. `call()` runs one access method on
the task runner and hands the result to the pane on the GUI thread. A lock drops it (the
runner's lock epoch); so does clearing or re-attaching the pane meanwhile (another client),
with the pane's own `Epoch` of the same kind (app/ui/lockdown/epoch.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.services.dto import ClientRecord
from app.ui.access import VaultAccess
from app.ui.errors import user_message
from app.ui.forms import FormDialog
from app.ui.lockdown.epoch import Epoch
from app.ui.tasks import TaskRunner

T = TypeVar("T")
ID_ROLE = Qt.ItemDataRole.UserRole
MUTED = QColor("#555555")
ALERT = QColor("#a4001d")


def plain_error(error: BaseException) -> str:
    """What the worker sees for a failed call: the one policy of app/ui/errors.py."""
    return user_message(error)


class VaultPane(QWidget):
    changed = Signal()  # a form saved something: whoever shows the record reads it again

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.access: VaultAccess | None = None
        self._shown = Epoch()  # advanced when the pane is cleared or given another vault
        self.dialog: FormDialog | None = None  # the pane's open form, if any

    def open_form(self, dialog: FormDialog, submit: Callable[[], None]) -> None:
        """Show a form without waiting for it (no nested event loop); `submit` runs each
        time the worker submits it; the pane forgets it once it closes."""
        self.dialog = dialog
        dialog.submitted.connect(submit)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        dialog.open()

    def close_form(self) -> None:
        """Reject the open form (a lock, another client): nothing half-typed stays on screen."""
        if self.dialog is not None:
            self.dialog.reject()

    def call_form(self, work: Callable[[VaultAccess], object], dialog: FormDialog) -> bool:
        """Save what a form asks for: on success the form closes and `changed` asks for a fresh
        read; a refusal is shown in the form itself, so what the worker typed stays there to fix.
        One place for this, so every form of every tab answers its worker the same way."""

        def saved(_result: object) -> None:
            dialog.succeeded()
            self.changed.emit()

        return self.call(work, saved, dialog.show_error)

    def attach(self, access: VaultAccess | None) -> None:
        """Use this vault from now on (None on lock); results asked for before are dropped."""
        self.access = access
        self._shown.advance()

    def forget(self) -> None:
        """Drop results still on their way (the pane is being cleared)."""
        self._shown.advance()

    def call(
        self,
        work: Callable[[VaultAccess], T],
        done: Callable[[T], None],
        failed: Callable[[str], None] | None = None,
    ) -> bool:
        """Run `work(access)` on the worker; False when no vault is open."""
        access = self.access
        if access is None:
            return False

        def refuse(error: BaseException) -> None:
            (failed or self.show_error)(plain_error(error))

        shown = self._shown
        self._runner.submit(lambda: work(access), shown.guard(done), shown.guard(refuse))
        return True

    def show_error(self, message: str) -> None:
        """Panes with an error line override this; the default is silence."""


# -- small widget helpers shared by the panes ---------------------------------------------
class RecordTab(VaultPane):
    """A record tab that lists one client's records: it follows the record view's client
    and case, and forgets what it showed when the client changes. Subclasses give `clear`
    (forget the list), `load` and `_enable` (which buttons apply now)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.record: ClientRecord | None = None
        self.case_id: str | None = None

    def set_record(self, record: ClientRecord, case_id: str | None) -> None:
        if self.record is None or record.id != self.record.id:
            self.clear()
        self.record, self.case_id = record, case_id
        self._enable()

    def clear(self) -> None:
        raise NotImplementedError  # each tab forgets its own list

    def _enable(self) -> None:
        raise NotImplementedError  # each tab knows which of its buttons apply


def button(text: str, accessible: str, tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tip or accessible)
    return widget


def item_list(accessible: str, headers: list[str]) -> QTreeWidget:
    """A flat, keyboard-friendly list with column headers (single selection, no editing)."""
    tree = QTreeWidget()
    tree.setAccessibleName(accessible)
    tree.setColumnCount(len(headers))
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setTabKeyNavigation(False)  # Tab leaves the list; the arrow keys move inside it
    return tree


def list_item(texts: list[str], record_id: str | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(texts)
    item.setData(0, ID_ROLE, record_id)
    for column, text in enumerate(texts):
        item.setData(column, Qt.ItemDataRole.AccessibleTextRole, text)
        item.setToolTip(column, text)
    return item


def group_item(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    """Add a section heading to a flat list: bold, across all columns, never selected, skipped
    by the arrow keys. (Entries go beside it at the top level, not under it: a disabled item
    disables its children.)"""
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = QFont()
    font.setBold(True)
    item.setFont(0, font)
    item.setForeground(0, QBrush(QColor("#1a1a1a")))
    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)  # only takes once the item is in the tree
    return item


def muted_item(tree: QTreeWidget, text: str) -> QTreeWidgetItem:
    """Add a line that says there is nothing to show (skipped by the arrow keys)."""
    item = QTreeWidgetItem([text])
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setForeground(0, QBrush(MUTED))
    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
    tree.addTopLevelItem(item)
    item.setFirstColumnSpanned(True)
    return item


def paint(item: QTreeWidgetItem, colour: QColor, bold: bool = False) -> None:
    font = QFont()
    font.setBold(bold)
    for column in range(item.columnCount()):
        item.setForeground(column, QBrush(colour))
        item.setFont(column, font)


def selected_id(tree: QTreeWidget) -> str | None:
    item = tree.currentItem()
    return item.data(0, ID_ROLE) if item is not None and item.isSelected() else None


def set_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
