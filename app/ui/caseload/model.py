"""A lazy table model over the caseload: it holds the ordered client ids and fetches rows a page
at a time, only for rows the view asks about. Sorting and filtering re-query the ids in SQL."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.core.refusal import QT_TRANSLATE_NOOP
from app.services.dto import ClientRow
from app.ui.caseload.columns import (
    COLUMNS,
    CONSENT,
    NAME,
    OVERDUE,
    RISK,
    SAFETY,
    consent_tip,
    consent_urgent,
    safety_tooltip,
)
from app.ui.tasks import TaskRunner

PAGE_SIZE = 100
MAX_CACHED_PAGES = 20
LOADING = QT_TRANSLATE_NOOP("CaseloadModel", "Loading…")
GONE = QT_TRANSLATE_NOOP("CaseloadModel", "(no longer on this device)")
RowFetcher = Callable[[Sequence[str]], list[ClientRow]]
Index = QModelIndex | QPersistentModelIndex

RISK_COLOURS = {"high": QColor("#a4001d"), "medium": QColor("#7a4a00")}
ALERT_BACKGROUND = QColor("#fff1c2")
ALERT_TEXT = QColor("#5c3900")
OVERDUE_COLOUR = QColor("#a4001d")


class CaseloadModel(QAbstractTableModel):
    """Rows are fetched through `fetcher` on the runner's worker thread, `page_size` at a time."""

    page_loaded = Signal(int)

    def __init__(self, runner: TaskRunner, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self._runner = runner
        self._page_size = page_size
        self._fetcher: RowFetcher | None = None
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, ClientRow]] = OrderedDict()
        self._wanted: set[int] = set()
        self._in_flight: set[int] = set()
        self._generation = 0
        self.fetched_rows = 0  # rows fetched since the last reset (for tests and benchmarks)
        self.page_requests = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self._bold = QFont()
        self._bold.setBold(True)
        self._folded: list[int] = []  # columns the table has no room for (see fold())

    # -- contents -----------------------------------------------------------------------
    def set_ids(
        self,
        ids: Sequence[str],
        fetcher: RowFetcher | None,
        first_rows: Sequence[ClientRow] = (),
    ) -> None:
        """Show `ids`; `first_rows`, if given, are the rows of the first page, already read."""
        self.beginResetModel()
        self._fetcher = fetcher
        self._ids = list(ids)
        self._pages.clear()
        self._wanted.clear()
        self._in_flight.clear()
        self._generation += 1
        self.fetched_rows = len(first_rows)
        self.page_requests = 0
        if first_rows:
            self._pages[0] = {row.id: row for row in first_rows}
        self.endResetModel()

    def extend_ids(self, ids: Sequence[str]) -> bool:
        """Append the rest of the list to the first page shown: rows are inserted, not reset,
        so the view keeps its selection, scroll position and focus. False, and nothing
        changed, if `ids` does not begin with the ids shown (the list changed in between)."""
        count = len(self._ids)
        if list(ids[:count]) != self._ids:
            return False
        if count % self._page_size:  # a partly filled last page would lack the new rows
            self._pages.pop(count // self._page_size, None)
        if len(ids) > count:
            self.beginInsertRows(QModelIndex(), count, len(ids) - 1)
            self._ids.extend(ids[count:])
            self.endInsertRows()
        return True

    def clear(self) -> None:
        """Forget every id and row (on lock)."""
        self.set_ids([], None)

    def fold(self, columns: list[int]) -> None:
        """The table hides `columns` for want of room: the name's tooltip says them instead."""
        self._folded = list(columns)

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def client_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, client_id: str) -> int:
        try:
            return self._ids.index(client_id)
        except ValueError:
            return -1

    def client_row(self, row: int) -> ClientRow | None:
        """The cached row, or None when its page is not loaded (or the client is gone)."""
        if not 0 <= row < len(self._ids):
            return None
        page = self._pages.get(row // self._page_size)
        return None if page is None else page.get(self._ids[row])

    # -- Qt model API -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title_text()
        if role == Qt.ItemDataRole.ToolTipRole:  # the full title too: a narrow one is elided
            if column.sort_key:
                text = QCoreApplication.translate("CaseloadModel", "{title}: {tip}")
            else:
                text = QCoreApplication.translate("CaseloadModel", "{title}: {tip} (not sortable)")
            return text.format(title=column.title_text(), tip=column.tip_text())
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        number = index.row() // self._page_size
        page = self._pages.get(number)
        if page is None:
            self._want(number)
            return self._placeholder(LOADING, index.column(), role)
        self._pages.move_to_end(number)
        row = page.get(self._ids[index.row()])
        if row is None:  # removed since the ids were read
            return self._placeholder(GONE, index.column(), role)
        return self._role(row, index.column(), role)

    @staticmethod
    def _placeholder(text: str, column: int, role: int) -> str | None:
        shown = role == Qt.ItemDataRole.DisplayRole and column == 0
        return QCoreApplication.translate("CaseloadModel", text) if shown else None

    def _role(self, row: ClientRow, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[column].text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column in (SAFETY, CONSENT):
            return QBrush(ALERT_BACKGROUND) if self._foreground(row, column) else None
        if role == Qt.ItemDataRole.FontRole and column == CONSENT:
            return self._bold if consent_urgent(row) else None
        if role == Qt.ItemDataRole.FontRole and column in (RISK, OVERDUE):
            return self._bold if self._foreground(row, column) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OVERDUE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tooltip(self, row: ClientRow, column: int) -> str | None:
        """The full text of every cell (a narrow column elides it), with what it means."""
        if column == NAME and self._folded:
            return "\n".join([COLUMNS[NAME].text(row), *self._folded_lines(row)])
        if column == SAFETY:
            return safety_tooltip(row) or None
        text = COLUMNS[column].text(row)
        if column == CONSENT and text:
            return f"{text}\n{consent_tip()}"
        return text or None

    def _folded_lines(self, row: ClientRow) -> list[str]:
        line = QCoreApplication.translate("CaseloadModel", "{title}: {text}")
        texts = [(COLUMNS[n].title_text(), COLUMNS[n].text(row)) for n in sorted(self._folded)]
        return [line.format(title=title, text=text) for title, text in texts if text]

    def _foreground(self, row: ClientRow, column: int) -> QBrush | None:
        if column == RISK and row.risk_level in RISK_COLOURS:
            return QBrush(RISK_COLOURS[row.risk_level])
        if column == SAFETY and safety_tooltip(row):
            return QBrush(ALERT_TEXT)
        if column == CONSENT and row.consent_expires_on:
            return QBrush(ALERT_TEXT)
        if column == OVERDUE and row.overdue_tasks:
            return QBrush(OVERDUE_COLOUR)
        return None

    # -- lazy fetching ------------------------------------------------------------------
    def _want(self, page: int) -> None:
        if page not in self._in_flight and self._fetcher is not None:
            self._wanted.add(page)
            self._flush_timer.start()  # never fetch from inside data(): the view is painting

    def _flush(self) -> None:
        fetcher, generation = self._fetcher, self._generation
        for page in sorted(self._wanted - self._in_flight):
            if fetcher is None:
                break
            self._request(fetcher, generation, page)
        self._wanted.clear()

    def _request(self, fetcher: RowFetcher, generation: int, page: int) -> None:
        # A method of its own so each job's callbacks close over their own page, not the loop's.
        ids = self._ids[page * self._page_size : (page + 1) * self._page_size]
        self._in_flight.add(page)
        self.page_requests += 1
        self._runner.submit(
            lambda: fetcher(ids),
            lambda rows: self._loaded(generation, page, rows),
            lambda _error: self._in_flight.discard(page),
        )

    def _loaded(self, generation: int, page: int, rows: list[ClientRow]) -> None:
        if generation != self._generation:
            return  # the ids changed (new search, sort or a lock) since this page was asked for
        self._in_flight.discard(page)
        self._pages[page] = {row.id: row for row in rows}
        self.fetched_rows += len(rows)
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * self._page_size
        last = min(first + self._page_size, len(self._ids)) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
        self.page_loaded.emit(page)
