"""The worker's day (Ctrl+1): visits in time order, tasks due and overdue, re-assessments,
consents about to expire and referral follow-ups. Enter or a double-click on a line opens that
client's record, on the tab the line is about.

`drafts_slot` is where the note editor's list of unfinished drafts goes (app/ui/notes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.access import TodayData
from app.ui.locale_format import weekday_day
from app.ui.pane import (
    ALERT,
    VaultPane,
    button,
    group_item,
    item_list,
    list_item,
    muted_item,
    set_error,
)
from app.ui.tasks import TaskRunner
from app.ui.today.lines import Line, sections
from app.ui.today.sections import heading_with_count, summary_text
from app.ui.widgets import error_label, heading

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
SAFETY_TEXT = QColor("#5c3900")
SAFETY_BACKGROUND = QColor("#fff1c2")


class TodayPane(VaultPane):
    open_requested = Signal(str, str)  # client id, record tab
    day_shown = Signal(
        object
    )  # the TodayView read again (the record pane's empty state shows its counts)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setAccessibleName(self.tr("Today"))
        self.title = heading(self.tr("Today"), 14)
        self.title.setAccessibleName(self.tr("Today's date"))
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary of today"))
        self.reload_button = button(
            self.tr("Re&load"), self.tr("Reload today's list"), self.tr("Read today's list again")
        )
        self.reload_button.clicked.connect(self.load)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, stretch=1)
        top.addWidget(self.reload_button)
        # The note editor's OpenDrafts widget goes here; the slot names each draft's client.
        self.drafts_slot = QVBoxLayout()  # the unfinished drafts (app/ui/notes/drafts.py)
        self.drafts_slot.setContentsMargins(0, 0, 0, 0)
        self.list = item_list(
            self.tr("Today's work"), [self.tr("When"), self.tr("Client"), self.tr("What")]
        )
        self.list.setAccessibleDescription(
            self.tr("Arrow keys move between lines; Enter opens the client's record.")
        )
        self.list.setTabKeyNavigation(False)
        self.list.setIndentation(0)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.list.setColumnWidth(0, 170)
        self.list.setColumnWidth(1, 210)
        self.list.itemActivated.connect(self._activated)
        self.error = error_label(self.tr("Problem reading today's list"))
        self.hint = QLabel(self.tr("Arrow keys to move, Enter to open the client."))
        self.hint.setAccessibleName(self.tr("How to use this list"))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.drafts_slot)
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)
        layout.addWidget(self.hint)

    # -- data ---------------------------------------------------------------------------
    def load(self) -> None:
        self.call(lambda access: access.today(), self.show_day)

    def show_day(self, data: TodayData) -> None:
        set_error(self.error, "")
        today = data.view.today
        self.title.setText(self.tr("Today, {day}").format(day=weekday_day(today)))
        self.list.clear()
        counts = []
        for section in sections(data.view, data.clients):
            group_item(self.list, heading_with_count(section.title, len(section.lines)))
            if section.lines:
                self.list.addTopLevelItems([self._item(line) for line in section.lines])
            else:
                muted_item(self.list, section.empty)
            counts.append(len(section.lines))
        self.summary.setText(summary_text(counts))
        self.day_shown.emit(data.view)

    @staticmethod
    def _item(line: Line) -> QTreeWidgetItem:
        item = list_item([line.when, line.client_name, line.what], line.client_id)
        item.setData(0, LINE_ROLE, line.tab)
        if line.late:
            item.setForeground(0, QBrush(ALERT))
        if line.safety:
            item.setForeground(1, QBrush(SAFETY_TEXT))
            item.setBackground(1, QBrush(SAFETY_BACKGROUND))
            item.setToolTip(1, line.safety)
        return item

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    def lines(self) -> list[QTreeWidgetItem]:
        """Every line about a client (not the headings or "nothing" lines), top to bottom."""
        items = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        enabled = Qt.ItemFlag.ItemIsEnabled
        return [item for item in items if item is not None and item.flags() & enabled]

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        client_id = item.data(0, Qt.ItemDataRole.UserRole)
        if client_id:
            self.open_requested.emit(client_id, item.data(0, LINE_ROLE) or "")

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.list.currentItem() is None and (lines := self.lines()):
            self.list.setCurrentItem(lines[0])

    def clear(self) -> None:
        """Forget the day (on lock)."""
        self.attach(None)
        self.list.clear()
        self.summary.clear()
        self.title.setText(self.tr("Today"))
        set_error(self.error, "")

    def is_empty(self) -> bool:
        return self.list.topLevelItemCount() == 0 and not self.summary.text()
