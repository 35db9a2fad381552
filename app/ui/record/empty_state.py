"""What the record pane shows while no client is open: a short summary of the worker's day
(visits today, overdue tasks, unfinished notes, consents expiring) with the keys that open a
client; or, in a new vault without clients, what to do next (connect to the office, import
clients, or take a client in). Counts only: no client's name is shown here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.today import TodayView
from app.ui.pane import VaultPane
from app.ui.tasks import TaskRunner
from app.ui.widgets import heading


@dataclass(frozen=True)
class DayCounts:
    has_clients: bool
    visits: int = 0
    overdue_tasks: int = 0
    unfinished_notes: int = 0
    expiring_consents: int = 0

    @classmethod
    def of(cls, view: TodayView) -> DayCounts:
        return cls(
            view.has_clients,
            len(view.visits),
            len(view.overdue_tasks),
            view.unfinished_notes,
            len(view.expiring_consents),
        )


def _text(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class RecordEmptyState(VaultPane):
    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(runner, parent)
        self.setAccessibleName(self.tr("No client open"))
        self.title = heading(self.tr("No client open"), 14)
        self.title.setAccessibleName(self.tr("No client open"))
        self.summary = self._label(self.tr("Today in numbers"))
        self.counts = self._label(self.tr("Today's counts"))
        self.guide = self._label(self.tr("How to open a client"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        for widget in (self.title, self.summary, self.counts, self.guide):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.counts.hide()
        _text(self.guide, self.open_hint())

    @staticmethod
    def _label(accessible: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAccessibleName(accessible)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return label

    # -- data ---------------------------------------------------------------------------
    def load(self) -> None:
        """Read the day (when no Today view was read for it: a record closed, an unlock)."""
        self.call(
            lambda access: DayCounts.of(access.today().view),
            self.show_counts,
            lambda _message: self.show_unknown(),
        )

    def show_counts(self, counts: DayCounts) -> None:
        if counts.has_clients:
            self.title.setText(self.tr("No client open"))
            _text(self.summary, self.tr("Today so far:"))
            _text(self.counts, self.count_lines(counts))
            _text(self.guide, self.open_hint())
        else:
            self.title.setText(self.tr("Your caseload is empty"))
            _text(self.summary, self.tr("This laptop has no clients yet. To get started:"))
            _text(self.counts, "")
            _text(self.guide, self.first_steps())

    def show_unknown(self) -> None:
        """Locked, or the day could not be read: only how to open a client."""
        self.title.setText(self.tr("No client open"))
        _text(self.summary, "")
        _text(self.counts, "")
        _text(self.guide, self.open_hint())

    def count_lines(self, counts: DayCounts) -> str:
        lines = (
            self.tr("• %n visit(s) today", "", counts.visits),
            self.tr("• %n overdue task(s)", "", counts.overdue_tasks),
            self.tr("• %n unfinished note(s)", "", counts.unfinished_notes),
            self.tr("• %n consent(s) expiring within 30 days", "", counts.expiring_consents),
        )
        return "\n".join(lines)

    def open_hint(self) -> str:
        return self.tr(
            "To open a client: press Ctrl+2 for the caseload list (Ctrl+F to search it) or "
            "Ctrl+1 for Today's list, choose a line with the arrow keys and press Enter. "
            "The list shows who needs you first."
        )

    def first_steps(self) -> str:
        return self.tr(
            "• Connect to the office: choose Sync > Connect to the office… and paste the code "
            "your office gave you. Your caseload arrives with the first sync.\n"
            "• Or import clients from a spreadsheet: the office (or you) can run "
            "\u201ccaseload import FILE.csv\u201d; the user guide explains the columns.\n"
            "• Or take in a new client yourself: Caseload > New client… (Ctrl+Shift+N)."
        )

    def clear(self) -> None:
        """Forget the counts (on lock)."""
        self.forget()
        self.show_unknown()
