"""The caseload table: whole rows, keyboard-friendly, columns that fit the width it has.

Every column asks for the width of its title and of the widest text among the rows loaded
(up to its `widest`); when they do not all fit, the wide ones give way first, down to a
common level (fit_widths), and the name column stretches into what is left. Where even the
minimums do not fit, the least urgent columns fold away (FOLD_ORDER) and the name's tooltip
says what they would have shown. A cell too narrow for its text is elided with "…" and its
tooltip holds the full text (app/ui/caseload/model.py), so the list never needs a
horizontal scroll bar at the width the window gives it.

Tab leaves the table in one press (arrows move inside it, Enter opens the selected client).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.dto import ClientRow
from app.ui.caseload.columns import (
    COLUMNS,
    CONSENT,
    LANGUAGE,
    NAME,
    NEXT_VISIT,
    OVERDUE,
    RISK,
    SAFETY,
    STAGE,
)
from app.ui.caseload.model import CaseloadModel

NAME_MINIMUM = 150  # px: room for a short name and pronouns before the other columns give way
COLUMN_MINIMUM = 52  # px: a few letters and the "…" of any column
PADDING = 10  # px: a cell's text margins (3 px a side in Qt's styles) and a little air
SORT_ARROW = 18  # px: the header's sort indicator beside a title
SAMPLE_ROWS = 100  # rows measured for the content width (the first page)
# Where even the minimums do not fit (a narrow list beside a wide record), columns fold away
# in this order, first the first; the name's tooltip then holds what they said.
FOLD_ORDER = (OVERDUE, CONSENT, STAGE, NEXT_VISIT, LANGUAGE, RISK, SAFETY)


def fit_widths(preferred: Sequence[int], minimum: Sequence[int], room: int) -> list[int]:
    """Widths for columns sharing `room` px: each its preferred width when all fit; else
    every column is held to one common level (never below its minimum), as high as the room
    allows, so the narrow ones (a risk word, a count) stay whole and the wide ones give way."""
    if sum(preferred) <= room:
        return list(preferred)

    def widths(level: int) -> list[int]:
        return [max(low, min(want, level)) for want, low in zip(preferred, minimum, strict=True)]

    low, high = 0, max(preferred)
    while low < high:  # the highest level whose widths still fit
        middle = (low + high + 1) // 2
        low, high = (middle, high) if sum(widths(middle)) <= room else (low, middle - 1)
    return widths(low)


class CaseloadTable(QTableView):
    def __init__(self, model: CaseloadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setObjectName("caseloadTable")
        self.setAccessibleName(self.tr("Caseload"))
        self.setAccessibleDescription(
            self.tr(
                "Your clients. Up and Down move between them, Enter opens the selected client, "
                "Tab moves on. Click a column title to sort."
            )
        )
        self.setTabKeyNavigation(False)  # Tab moves on; the arrow keys move inside
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._rows_header()
        self._columns_header()
        self._refit = QTimer(self)  # after the rows are in: the widths follow their texts
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit_columns)
        model.modelReset.connect(self._refit.start)
        model.page_loaded.connect(lambda page: self._refit.start() if page == 0 else None)

    def _rows_header(self) -> None:
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)

    def _columns_header(self) -> None:
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(COLUMN_MINIMUM)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(NAME, Qt.SortOrder.AscendingOrder)
        for number in range(len(COLUMNS)):
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    # -- fitting ----------------------------------------------------------------------------
    def room(self) -> int:
        """The width the columns share: inside the frame, less a vertical scroll bar (kept
        free even while the list is short, so the columns do not jump when it appears)."""
        return self.contentsRect().width() - self.verticalScrollBar().sizeHint().width()

    def fit_columns(self) -> None:
        room = self.room()
        shown = [NAME, *self._columns_that_fit(room)]
        preferred = [self._preferred(n) for n in shown]
        minimum = [min(want, self._minimum(n)) for want, n in zip(preferred, shown, strict=True)]
        widths = fit_widths(preferred, minimum, room)
        for number, width in zip(shown[1:], widths[1:], strict=True):
            self.setColumnWidth(number, width)  # the name stretches into what is left
        folded = [n for n in FOLD_ORDER if n not in shown]
        for number in FOLD_ORDER:
            self.setColumnHidden(number, number in folded)
        self._model.fold(folded)

    def _columns_that_fit(self, room: int) -> list[int]:
        """The columns beside the name, in order, less those folded away for want of room."""
        shown = [n for n in range(len(COLUMNS)) if n != NAME]
        for column in FOLD_ORDER:
            if NAME_MINIMUM + sum(self._minimum(n) for n in shown) <= room:
                break
            shown.remove(column)
        return shown

    def _minimum(self, column: int) -> int:
        """Half the title at least (a title elides too, its tooltip says it whole)."""
        if column == NAME:
            return NAME_MINIMUM
        return max(COLUMN_MINIMUM, self._title_width(column) // 2)

    def _title_width(self, column: int) -> int:
        metrics = self.horizontalHeader().fontMetrics()
        return metrics.horizontalAdvance(COLUMNS[column].title_text()) + PADDING + SORT_ARROW

    def _preferred(self, column: int) -> int:
        """The title's width or the widest text loaded, whichever is more, up to `widest`."""
        bold = QFont(self.font())
        bold.setBold(True)  # urgent cells (risk, overdue, consent) are drawn in bold
        metrics = QFontMetrics(bold)
        texts = (COLUMNS[column].text(row) for row in self._sample())
        content = max((metrics.horizontalAdvance(text) for text in texts), default=0) + PADDING
        return min(max(self._title_width(column), content), COLUMNS[column].widest)

    def _sample(self) -> list[ClientRow]:
        count = min(SAMPLE_ROWS, self._model.rowCount())
        rows = (self._model.client_row(number) for number in range(count))
        return [row for row in rows if row is not None]
