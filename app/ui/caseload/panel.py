"""The caseload list: search box, filters and the lazy table. Emits `open_requested(client_id)`
when the worker opens a client (Enter or click; arrow keys only move the selection).

From two characters on, the search also runs over names, case notes and tasks (full text);
the matches show under the list and `hit_requested(kind, client_id, record_id)` opens one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.core.stages import STAGE_ORDER
from app.services.caseload import CaseloadQuery
from app.ui.access import NamedHit, VaultAccess
from app.ui.caseload.columns import COLUMNS
from app.ui.caseload.count import count_text
from app.ui.caseload.hits import SearchResults
from app.ui.caseload.loading import ListLoader
from app.ui.caseload.model import CaseloadModel
from app.ui.caseload.table import CaseloadTable
from app.ui.caseload.words import risk_word, stage_word
from app.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 150
RISKS = ("high", "medium", "low")
FULL_TEXT_FROM = 2  # characters


class CaseloadPanel(QWidget):
    open_requested = Signal(str)
    hit_requested = Signal(str, str, str)  # kind, client id, record id

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._access: VaultAccess | None = None
        self._sort, self._descending = "name", False
        self._open_after_search = False
        self.model = CaseloadModel(runner)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.reload)
        self._build()
        self.loader = ListLoader(runner, self.table, self.model, self._wanted, self._list_shown)

    # -- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, phone, notes and tasks  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search clients, notes and tasks"))
        self.search.setAccessibleDescription(
            self.tr(
                "Type part of a name, phone number, note or task. Enter opens the first match; "
                "Down moves to the list."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        self.stage = self._combo(
            self.tr("Filter by stage"),
            self.tr("Show only clients whose current case is at this stage"),
            [(self.tr("All stages"), None), *((stage_word(s), s.value) for s in STAGE_ORDER)],
        )
        self.risk = self._combo(
            self.tr("Filter by risk"),
            self.tr("Show only clients at this risk level"),
            [(self.tr("Any risk"), None), *((risk_word(r), r) for r in RISKS)],
        )
        self.safety_only = QCheckBox(self.tr("Safety flags only"))
        self.safety_only.setAccessibleName(self.tr("Show only clients with safety flags"))
        self.safety_only.setAccessibleDescription(
            self.tr("Lists only the clients with a safety flag or a do-not-call note")
        )
        self.safety_only.toggled.connect(self.reload)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of clients shown"))
        # The search box has a row of its own: beside the filters it shrank to a few letters
        # on a narrow list (1366x768 at 125 %, or a long translation of the filters).
        filters = QHBoxLayout()
        for widget in (self.stage, self.risk, self.safety_only):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.hits = SearchResults()
        self.hits.open_requested.connect(self.hit_requested)
        self.hits.hide()
        top = QWidget()
        above = QVBoxLayout(top)
        above.setContentsMargins(0, 0, 0, 0)
        above.addWidget(self._table())
        above.addWidget(self.count)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setAccessibleName(self.tr("Caseload and matches"))
        self.split.addWidget(top)
        self.split.addWidget(self.hits)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.split, stretch=1)

    def _combo(
        self, accessible: str, description: str, items: list[tuple[str, str | None]]
    ) -> QComboBox:
        combo = QComboBox()
        # Shrinks (eliding its text) rather than push the "safety flags" box out of a narrow list.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setAccessibleName(accessible)
        combo.setAccessibleDescription(description)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.reload)
        return combo

    def _table(self) -> CaseloadTable:
        self.table = CaseloadTable(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort_changed)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.clicked.connect(lambda index: self._open_row(index.row()))
        return self.table

    # -- data ---------------------------------------------------------------------------
    def attach(self, access: VaultAccess) -> None:
        self._access = access
        self.reload()

    def clear(self) -> None:
        """Forget everything about clients (on lock): ids, rows, search text, filters."""
        self._access = None
        self._open_after_search = False
        self._debounce.stop()
        for widget in (self.search, self.stage, self.risk, self.safety_only):
            widget.blockSignals(True)
        self.search.setText("")  # not clear(): that keeps the undo history (Ctrl+Z after unlock)
        self.search.setModified(False)
        self.stage.setCurrentIndex(0)
        self.risk.setCurrentIndex(0)
        self.safety_only.setChecked(False)
        for widget in (self.search, self.stage, self.risk, self.safety_only):
            widget.blockSignals(False)
        self.loader.forget()
        self.count.clear()
        self.hits.clear()
        self.hits.hide()

    def query(self) -> CaseloadQuery:
        return CaseloadQuery(
            search=self.search.text(),
            sort=self._sort,
            descending=self._descending,
            stage=self.stage.currentData(),
            risk_level=self.risk.currentData(),
            safety_flagged_only=self.safety_only.isChecked(),
        )

    def refresh(self) -> None:
        """Read everything again (F5, or after a change): the list and the matches."""
        self.hits.searched_for = ""
        self.reload()

    def reload(self) -> None:
        """Read the list (first page, then the rest: app.ui.caseload.loading) and the matches."""
        self._debounce.stop()
        access = self._access
        if access is None:
            return
        query = self.query()
        self.loader.load(access, query)
        self._search_text(access, query.search.strip())

    def _wanted(self, access: VaultAccess, query: CaseloadQuery) -> bool:
        """Not locked meanwhile, and no newer search on its way."""
        return access is self._access and query == self.query()

    def _search_text(self, access: VaultAccess, text: str) -> None:
        if len(text) < FULL_TEXT_FROM:
            self.hits.clear()
            self.hits.hide()
            return
        if text == self.hits.searched_for and not self.hits.isHidden():
            return  # only a filter or the sort changed
        self._runner.submit(
            lambda: access.search(text), lambda hits: self._show_hits(access, text, hits)
        )

    def _show_hits(self, access: VaultAccess, text: str, hits: list[NamedHit]) -> None:
        if access is not self._access or text != self.search.text().strip():
            return  # locked meanwhile, or the worker kept typing
        self.hits.show_hits(text, hits)
        self.hits.show()
        self._balance()

    def _balance(self) -> None:
        """With no name matching, the matches get most of the height (and back again)."""
        if self.hits.isHidden():
            return
        total = max(self.split.height(), 300)
        top = 120 if self.model.rowCount() == 0 else total * 3 // 5
        self.split.setSizes([top, total - top])

    def _list_shown(self, query: CaseloadQuery, shown: int, complete: bool) -> None:
        self._describe(shown, query, complete)
        self._balance()
        # The first page is enough to open the first match, not one selected further down.
        if self._open_after_search and (complete or not self.loader.reselect_pending):
            self._open_after_search = False
            self._open_current_or_first()

    def _describe(self, shown: int, query: CaseloadQuery, complete: bool) -> None:
        filtered = query != CaseloadQuery(sort=query.sort, descending=query.descending)
        self.count.setText(count_text(shown, complete, filtered))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column].sort_key
        if key is None:  # not sortable: put the indicator back where it was
            keys = [c.sort_key for c in COLUMNS]
            previous = (
                Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
            )
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(keys.index(self._sort), previous)
            header.blockSignals(False)
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- opening ------------------------------------------------------------------------
    def selected_client(self) -> str | None:
        return self.loader.selected()

    def _open_row(self, row: int) -> None:
        client_id = self.model.client_id(row)
        if client_id is not None:
            self.open_requested.emit(client_id)

    def _open_first(self) -> None:
        """Enter in the search box opens the selected match, or the first one."""
        if self._debounce.isActive():  # typed faster than the pause: search now, open after
            self._open_after_search = True
            self.reload()
        else:
            self._open_current_or_first()

    def _open_current_or_first(self) -> None:
        if self.model.rowCount() == 0:
            self.hits.open_first()  # no name matches: the first note or task that matched
            return
        selected = self.table.selectionModel().selectedRows()
        row = selected[0].row() if selected else 0
        self.table.selectRow(row)
        self._open_row(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and isinstance(event, QKeyEvent):
            down = event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
            if down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
            if down and self.hits.isVisible():
                return self.hits.focus_first()
        return super().eventFilter(watched, event)
