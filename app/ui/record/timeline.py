"""The Timeline tab: the client's history, newest first, in local time. Each line: when, what
kind (a coloured badge and a word, with flags such as "addendum" or "overdue" under it), the
title and the detail (an addendum's or late entry's reason, a transfer's reason, …)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeWidgetItem, QVBoxLayout

from app.services.timeline import TimelineEntry
from app.ui.pane import ALERT, ID_ROLE, VaultPane, item_list, list_item, muted_item, set_error
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, long_day

KINDS: dict[str, tuple[str, str]] = {  # kind: (label, badge colour)
    "visit": ("Visit", "#1f6f8b"),
    "note": ("Note", "#2e7d32"),
    "task": ("Task", "#6a4c93"),
    "stage": ("Stage", "#37474f"),
    "transfer": ("Transfer", "#8d5524"),
    "consent": ("Consent", "#b07800"),
    "referral": ("Referral", "#00796b"),
    "conflict": ("Conflict", "#a4001d"),
}
DAY_ONLY = frozenset({"task", "referral", "conflict"})  # stored as the start of a local day
WARNING_FLAGS = frozenset(
    {"overdue", "pending review", "expiring", "expired", "revoked", "follow-up due", "no show"}
)
EMPTY = "Nothing recorded for this client yet."
GENERATED = frozenset({"task", "consent", "referral"})  # details written by the service
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@cache
def badge(kind: str) -> QIcon:
    """A small round badge with the kind's first letter (the kind's "icon")."""
    label, colour = KINDS.get(kind, (kind.capitalize(), "#555555"))
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
    painter.drawText(QRect(0, 0, 20, 20), Qt.AlignmentFlag.AlignCenter, label[0])
    painter.end()
    return QIcon(pixmap)


def amended_title(entry: TimelineEntry, by_id: dict[str, TimelineEntry]) -> str:
    """An addendum's title names the amended note's time in local time, like every other line."""
    original = by_id.get(entry.related_id or "")
    if entry.kind != "note" or original is None or " to the note of " not in entry.title:
        return entry.title
    what = entry.title.split(" to the note of ", 1)[0]
    return f"{what} to the note of {local_moment(original.at)}"


def friendly_dates(detail: str) -> str:
    """ "Due 2026-11-28" -> "Due 28 Nov 2026", in the lines the service writes itself (never
    in a reason, which is the worker's own words)."""
    if detail.startswith("Reason:"):
        return detail
    return ISO_DATE.sub(lambda m: long_day(date.fromisoformat(m.group(0))), detail)


def entry_texts(entry: TimelineEntry, by_id: dict[str, TimelineEntry]) -> list[str]:
    """[when and what kind (with its flags), title and detail]: two lines each."""
    label = KINDS.get(entry.kind, (entry.kind.capitalize(), ""))[0]
    kind = f"{label}: {', '.join(entry.flags)}" if entry.flags else label
    when = local_moment(entry.at, date_only=entry.kind in DAY_ONLY)
    title = amended_title(entry, by_id)
    detail = friendly_dates(entry.detail) if entry.kind in GENERATED else entry.detail
    return [f"{when}\n{kind}", f"{title}\n{detail}" if detail else title]


class TimelineTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Timeline")
        self.client_id: str | None = None
        self.entries: list[TimelineEntry] = []
        self._wanted: str | None = None  # a record to select once the list has loaded
        self.show_kind = QComboBox()
        self.show_kind.setAccessibleName("Show on the timeline")
        self.show_kind.addItem("Everything", None)
        for kind, (label, _colour) in KINDS.items():
            self.show_kind.addItem(label + "s", kind)
        self.show_kind.currentIndexChanged.connect(lambda _i: self._fill())
        shown = QLabel("&Show:")
        shown.setBuddy(self.show_kind)
        shown.setAccessibleName("Show")
        self.count = QLabel()
        self.count.setAccessibleName("Number of timeline entries")
        top = QHBoxLayout()
        top.addWidget(shown)
        top.addWidget(self.show_kind)
        top.addWidget(self.count, stretch=1)
        self.list = item_list("Timeline, newest first", ["When and what", "What happened"])
        self.list.setColumnWidth(0, 215)
        self.error = error_label("Problem reading the timeline")
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
        by_id = {e.record_id: e for e in self.entries}
        shown = [e for e in self.entries if kind is None or e.kind == kind]
        self.list.clear()
        for entry in shown:
            item = list_item(entry_texts(entry, by_id), entry.record_id)
            item.setIcon(0, badge(entry.kind))
            if WARNING_FLAGS.intersection(entry.flags):
                item.setForeground(0, QBrush(ALERT))
            self.list.addTopLevelItem(item)
        if not shown:
            muted_item(self.list, EMPTY)
        self.count.setText(f"{len(shown)} entr{'y' if len(shown) == 1 else 'ies'}, newest first")
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
