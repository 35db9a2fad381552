"""Sync conflicts: local edits that a newer value from another device replaced.

Nothing is lost silently (docs/sync-protocol.md, "Changes and merging"): the office kept the
newer value and this laptop kept the worker's edit here. The worker reads both, re-enters their
value in the record if it should stand, and marks the conflict reviewed. The values are client
data, so the list is only filled while the vault is unlocked and is emptied when the window
closes or the screen locks (the lock rejects every open dialog; `done()` clears).

A second tab lists the changes the office refused (refused.py): another kind of "what
happened to my edit", so the worker finds both in one place.
"""

from __future__ import annotations

import builtins  # SyncConflictsDialog.list is its list widget
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.sync import ConflictView, record_kind
from app.ui.errors import user_message
from app.ui.sync.link import SyncAccess
from app.ui.sync.refused import TAB as REFUSED_TAB
from app.ui.sync.refused import RefusedSection
from app.ui.sync.sections import SectionRows, SectionText, SyncListSection
from app.ui.tasks import TaskRunner
from app.ui.widgets import local_moment

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
TEXT = SectionText(
    name="Sync conflicts",
    intro=INTRO,
    intro_name="About sync conflicts",
    list_name="Sync conflicts to review",
    headers=HEADERS,
    widths=WIDTHS,
    error_name="Problem with sync conflicts",
    empty=NONE_LEFT,
    open_button=("&Open record", "Open the client's record", "Enter"),
    action=("Mark &reviewed", "Mark reviewed", "I have seen this conflict"),
)


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


def conflict_texts(conflict: ConflictView) -> list[str]:
    return [
        conflict.client_name or "—",
        record_kind(conflict.entity),
        field_label(conflict.field),
        value_text(conflict.local_value),
        value_text(conflict.remote_value),
        local_moment(conflict.created_at),
    ]


ROWS: SectionRows[ConflictView] = SectionRows(
    fetch=lambda access: access.conflicts(),
    texts=conflict_texts,
    item_id=lambda conflict: conflict.id,
    act=lambda access, conflict: access.resolve(conflict.id),
    error_text=lambda error: user_message(
        error, QCoreApplication.translate("SyncConflicts", "Reading the conflicts")
    ),
)


class ConflictsSection(SyncListSection[ConflictView]):
    """The first tab: each conflict, what was set aside and what was kept, to mark reviewed."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, TEXT, ROWS, parent)

    @property
    def conflicts(self) -> list[ConflictView]:
        return self.items

    @property
    def reviewed(self) -> QPushButton:
        return self.action

    def mark_reviewed(self) -> None:
        self.act_on_selected()


class SyncConflictsDialog(QDialog):
    """Hosts the two sections in tabs whose titles count them; closing or locking empties both."""

    changed = Signal()  # a conflict was marked reviewed or a notice dismissed (the status line)
    open_requested = Signal(str)  # client id: show the record, to re-enter a value

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.setAccessibleName(TITLE)
        self.resize(1000, 440)
        self.conflicts_section = ConflictsSection(runner)
        self.refused = RefusedSection(runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Conflicts and refused changes")
        self._add_tab(self.conflicts_section, CONFLICTS_TAB)
        self._add_tab(self.refused, REFUSED_TAB)
        self.conflicts_section.changed.connect(self.refused.load)  # one moment: both re-read
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self._buttons())

    def _add_tab(self, section: SyncListSection[Any], title: str) -> None:
        index = self.tabs.addTab(section, title)
        section.counted.connect(lambda count: self.tabs.setTabText(index, tab_title(title, count)))
        section.open_requested.connect(self.open_requested)
        section.changed.connect(self.changed)

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close sync conflicts")
        buttons.rejected.connect(self.reject)
        return buttons

    # The conflicts tab's parts under the window's own names, which callers and tests use.
    @property
    def list(self) -> QTreeWidget:
        return self.conflicts_section.list

    @property
    def error(self) -> QLabel:
        return self.conflicts_section.error

    @property
    def reviewed(self) -> QPushButton:
        return self.conflicts_section.reviewed

    @property
    def open_button(self) -> QPushButton:
        return self.conflicts_section.open_button

    @property
    def conflicts(self) -> builtins.list[ConflictView]:
        return self.conflicts_section.conflicts

    def rows(self) -> builtins.list[builtins.list[str]]:
        """The conflicts tab's rows (for tests and screen readers alike)."""
        return self.conflicts_section.rows()

    def attach(self, access: SyncAccess | None) -> None:
        """The open vault's sync access (None on lock); answers still on their way are dropped."""
        self.conflicts_section.attach(access)
        self.refused.attach(access)

    def open_list(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.load()

    def load(self) -> None:
        self.conflicts_section.load()
        self.refused.load()

    def clear(self) -> None:
        """Forget every value shown, and any answer still on its way."""
        self.conflicts_section.clear()
        self.refused.clear()

    def done(self, result: int) -> None:
        self.clear()
        super().done(result)
