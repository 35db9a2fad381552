"""The workspace: Today and the caseload list (as tabs) on the left, the open client's record
on the right, sharing the width; the record scrolls up and down when the window is short."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QTabWidget, QWidget

from app.ui import theme
from app.ui.caseload.panel import CaseloadPanel
from app.ui.record.view import RecordView
from app.ui.tasks import TaskRunner
from app.ui.today.view import TodayPane

DEFAULT_SIZE = (1366, 768)
LIST_SHARE = 45  # % of the width for Today / the caseload list; the record pane gets the rest
LIST_MIN_WIDTH, RECORD_MIN_WIDTH = 380, 420  # neither pane collapses


class RecordArea(QScrollArea):
    """Scrolls up and down only: it asks the splitter for the record's full minimum width, so
    the list gives way (down to its own minimum) before a tab would be cut or scrolled sideways."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        inner = self.widget()
        needed = inner.minimumSizeHint().width() if inner is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(RECORD_MIN_WIDTH, needed + bar), super().minimumSizeHint().height())


class Workspace(QSplitter):
    """Today and the caseload list (as tabs) on the left, the open client's record on the right."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setAccessibleName(self.tr("Workspace"))
        self.today = TodayPane(runner)
        self.caseload = CaseloadPanel(runner)
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("Today and caseload"))
        self.lists.setDocumentMode(True)
        self.lists.addTab(self.today, self.tr("Today  (Ctrl+1)"))
        self.lists.addTab(self.caseload, self.tr("Caseload  (Ctrl+2)"))
        self.lists.tabBar().setAccessibleName(self.tr("Today or caseload"))
        self.lists.tabBar().setAccessibleDescription(
            self.tr("Switch between today's work and the caseload list (Ctrl+1, Ctrl+2)")
        )
        self.lists.setTabToolTip(0, self.tr("Today's visits, tasks and deadlines (Ctrl+1)"))
        self.lists.setTabToolTip(1, self.tr("The caseload list (Ctrl+2)"))
        self.lists.setCurrentWidget(self.caseload)
        self.lists.setMinimumWidth(LIST_MIN_WIDTH)
        self.record = RecordView(runner)
        self.today.day_shown.connect(self.record.refresh_empty_state)
        self.record_area = self._scrolled(self.record)
        self.addWidget(self.lists)
        self.addWidget(self.record_area)
        self.setChildrenCollapsible(False)
        self.setHandleWidth(theme.SPACING // 2 + 2)
        self.setStretchFactor(0, LIST_SHARE)  # a wider window widens both, in the same shares
        self.setStretchFactor(1, 100 - LIST_SHARE)
        self.share_width(DEFAULT_SIZE[0])

    @staticmethod
    def _scrolled(record: RecordView) -> QScrollArea:
        """The record scrolls as a whole only when the window is shorter than it needs
        (1092x580 at 125 % scaling); otherwise it fills the pane."""
        area = RecordArea()
        area.setWidget(record)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the record, not the frame
        return area

    def share_width(self, width: int) -> None:
        """The list gets LIST_SHARE % of `width`, the record the rest (minimums kept)."""
        listed = max(LIST_MIN_WIDTH, width * LIST_SHARE // 100)
        self.setSizes([listed, max(RECORD_MIN_WIDTH, width - listed)])

    def show_today(self) -> None:
        self.lists.setCurrentWidget(self.today)
        self.today.focus_list()

    def show_caseload(self) -> None:
        self.lists.setCurrentWidget(self.caseload)
        self.caseload.focus_search()

    def clear(self) -> None:
        """Forget every client on screen and the vault behind it (on lock)."""
        self.caseload.clear()
        self.today.clear()
        self.record.detach()
