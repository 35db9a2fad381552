"""The Timeline tab: the client's history, newest first, in local time. Each line: when, what
kind (a coloured badge and a word, with flags such as "addendum" or "overdue" under it), the
title and the detail (an addendum's or late entry's reason, a transfer's reason, …)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeWidgetItem, QVBoxLayout

from app.services.timeline import TimelineEntry
from app.ui.pane import ALERT, ID_ROLE, VaultPane, item_list, list_item, muted_item, set_error
from app.ui.record.timeline_words import KIND_LABELS, flag_word, kind_label, kind_plural, say
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment

COLOURS = {  # kind: badge colour
    "visit": "#1f6f8b",
    "note": "#2e7d32",
    "task": "#6a4c93",
    "stage": "#37474f",
    "transfer": "#8d5524",
    "consent": "#b07800",
    "referral": "#00796b",
    "conflict": "#a4001d",
}
DAY_ONLY = frozenset({"task", "referral", "conflict"})  # stored as the start of a local day
ALERTING = {  # flags that put the line in the alert colour
    "overdue": True,
    "pending review": True,
    "expiring": True,
    "expired": True,
    "revoked": True,
    "follow-up due": True,
    "no show": True,
}


@cache
def badge(kind: str, letter: str) -> QIcon:
    """A small round badge with the kind's first letter (the kind's "icon")."""
    colour = COLOURS.get(kind, "#555555")
    pixmap = QPixmap(20, 20)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 18, 18)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(11)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 20, 20), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def entry_texts(entry: TimelineEntry) -> list[str]:
    """[when and what kind (with its flags), title and detail]: two lines each. The service's
    own sentences are worded here (dates in the worker's locale); the worker's words as typed."""
    label = kind_label(entry.kind)
    flags = ", ".join(map(flag_word, entry.flags))
    kind = (
        QCoreApplication.translate("Timeline", "{kind}: {flags}").format(kind=label, flags=flags)
        if entry.flags
        else label
    )
    when = local_moment(entry.at, date_only=entry.kind in DAY_ONLY)
    title = say(entry.title_words) if entry.title_words else entry.title
    detail = say(entry.detail_words) if entry.detail_words else entry.detail
    return [f"{when}\n{kind}", f"{title}\n{detail}" if detail else title]


class TimelineTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(self.tr("Timeline"))
        self.client_id: str | None = None
        self.entries: list[TimelineEntry] = []
        self._wanted: str | None = None  # a record to select once the list has loaded
        self.show_kind = QComboBox()
        self.show_kind.setAccessibleName(self.tr("Show on the timeline"))
        self.show_kind.setToolTip(self.tr("Show every kind of entry, or only one kind"))
        self.show_kind.addItem(self.tr("Everything"), None)
        for kind in KIND_LABELS:
            self.show_kind.addItem(kind_plural(kind), kind)
        self.show_kind.currentIndexChanged.connect(lambda _i: self._fill())
        shown = QLabel(self.tr("&Show:"))
        shown.setBuddy(self.show_kind)
        shown.setAccessibleName(self.tr("Show"))
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of timeline entries"))
        top = QHBoxLayout()
        top.addWidget(shown)
        top.addWidget(self.show_kind)
        top.addWidget(self.count, stretch=1)
        self.list = item_list(
            self.tr("Timeline, newest first"), [self.tr("When and what"), self.tr("What happened")]
        )
        self.list.setAccessibleDescription(
            self.tr("Arrow keys move between entries; Enter on a note opens it.")
        )
        self.list.setColumnWidth(0, 215)
        self.error = error_label(self.tr("Problem reading the timeline"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.list, stretch=1)

    def set_client(self, client_id: str) -> None:
        if client_id != self.client_id:
            self.clear()
        self.client_id = client_id

    def load(self) -> None:
        client_id = self.client_id
        if client_id is not None:
            self.call(lambda access: access.timeline(client_id), self.show_entries)

    def show_entries(self, entries: list[TimelineEntry]) -> None:
        set_error(self.error, "")
        self.entries = list(entries)
        self._fill()

    def _fill(self) -> None:
        kind = self.show_kind.currentData()
        shown = [e for e in self.entries if kind is None or e.kind == kind]
        self.list.clear()
        for entry in shown:
            item = list_item(entry_texts(entry), entry.record_id)
            item.setIcon(0, badge(entry.kind, kind_label(entry.kind)[:1]))
            if any(ALERTING.get(flag) for flag in entry.flags):
                item.setForeground(0, QBrush(ALERT))
            self.list.addTopLevelItem(item)
        if not shown:
            muted_item(self.list, self.tr("Nothing recorded for this client yet."))
        self.count.setText(self.tr("%n entry(s), newest first", "", len(shown)))
        if self._wanted:
            self.select_record(self._wanted)

    def select_record(self, record_id: str) -> bool:
        """Select an entry (a note opened from a search hit); remembered until it has loaded."""
        self._wanted = record_id
        for item in self.items():
            if item.data(0, ID_ROLE) == record_id:
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                self._wanted = None
                return True
        return False

    def items(self) -> list[QTreeWidgetItem]:
        found = (self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount()))
        return [item for item in found if item is not None]  # None only past the end

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    def clear(self) -> None:
        self.forget()
        self.client_id, self.entries, self._wanted = None, [], None
        self.list.clear()
        self.count.clear()
        set_error(self.error, "")
