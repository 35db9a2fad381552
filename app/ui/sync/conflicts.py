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

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.sync import ConflictView, record_kind
from app.ui.errors import user_message
from app.ui.locale_format import number
from app.ui.sync.link import SyncAccess
from app.ui.sync.refused import TAB as REFUSED_TAB
from app.ui.sync.refused import RefusedSection
from app.ui.sync.sections import SectionRows, SectionText, SyncListSection
from app.ui.sync.words import record_kind_word
from app.ui.tasks import TaskRunner
from app.ui.widgets import local_moment

CONFLICTS_TAB = QT_TRANSLATE_NOOP("SyncConflicts", "Conflic&ts")
WIDTHS = [170, 120, 120, 200, 200]


def section_text() -> SectionText:
    """The conflicts tab's words, in the worker's language (read when the tab is made)."""
    return SectionText(
        name=QCoreApplication.translate("SyncConflicts", "Sync conflicts"),
        intro=QCoreApplication.translate(
            "SyncConflicts",
            "Another device changed these fields after you did, so the office kept its value "
            "and your edit was set aside here. If your value should stand, enter it again in "
            "the record; then mark the conflict reviewed.",
        ),
        intro_name=QCoreApplication.translate("SyncConflicts", "About sync conflicts"),
        list_name=QCoreApplication.translate("SyncConflicts", "Sync conflicts to review"),
        headers=[
            QCoreApplication.translate("SyncConflicts", "Client"),
            QCoreApplication.translate("SyncConflicts", "Record"),
            QCoreApplication.translate("SyncConflicts", "Field"),
            QCoreApplication.translate("SyncConflicts", "Your edit (set aside)"),
            QCoreApplication.translate("SyncConflicts", "Value kept"),
            QCoreApplication.translate("SyncConflicts", "When"),
        ],
        widths=WIDTHS,
        error_name=QCoreApplication.translate("SyncConflicts", "Problem with sync conflicts"),
        empty=QCoreApplication.translate("SyncConflicts", "No conflicts to review."),
        open_button=(
            QCoreApplication.translate("SyncConflicts", "&Open record"),
            QCoreApplication.translate("SyncConflicts", "Open the client's record"),
            QCoreApplication.translate("SyncConflicts", "Enter"),
        ),
        action=(
            QCoreApplication.translate("SyncConflicts", "Mark &reviewed"),
            QCoreApplication.translate("SyncConflicts", "Mark reviewed"),
            QCoreApplication.translate("SyncConflicts", "I have seen this conflict"),
        ),
    )


def tab_title(title: str, count: int) -> str:
    """ "Conflicts (2)": the tab's (translated) title and how many it lists."""
    if not count:
        return title
    return QCoreApplication.translate("SyncConflicts", "{title} ({count})").format(
        title=title, count=number(count)
    )


def field_label(field: str) -> str:
    return field.removesuffix("_id").replace("_", " ").capitalize()


def value_text(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncConflicts", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncConflicts", "Yes")
            if value
            else QCoreApplication.translate("SyncConflicts", "No")
        )
    return " ".join(str(value).split())  # one line in the list; the tooltip has it all too


def conflict_texts(conflict: ConflictView) -> list[str]:
    return [
        conflict.client_name or "—",
        record_kind_word(record_kind(conflict.entity)),
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
        super().__init__(runner, section_text(), ROWS, parent)

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
        self.setWindowTitle(self.tr("Sync conflicts"))  # never client data
        self.setAccessibleName(self.tr("Sync conflicts"))
        self.setAccessibleDescription(
            self.tr(
                "Your edits that another device's newer values replaced, and changes the "
                "office refused"
            )
        )
        self.resize(1000, 440)
        self.conflicts_section = ConflictsSection(runner)
        self.refused = RefusedSection(runner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Conflicts and refused changes"))
        self.tabs.tabBar().setAccessibleName(self.tr("Conflicts or refused changes"))
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("Left and Right switch between the two lists")
        )
        self._add_tab(
            self.conflicts_section, QCoreApplication.translate("SyncConflicts", CONFLICTS_TAB)
        )
        self._add_tab(self.refused, QCoreApplication.translate("RefusedChanges", REFUSED_TAB))
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
        close.setAccessibleName(self.tr("Close sync conflicts"))
        close.setToolTip(self.tr("Close this window (Esc)"))
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
