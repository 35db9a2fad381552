"""Loading the caseload list in two steps, so that the first screen paints at once.

Step one reads the first page of ids with their rows in one unit of work (in name order they
come straight off an index: about 15 ms at 50,000 clients). Step two, a second job on the
worker, reads the full id list (about 110 ms there) and appends it to the model behind the
first page: rows are inserted, not reset, so the view keeps its selection, scroll position
and focus. A refresh of the list already on screen (F5, or after a change) reads all ids in
one go and puts the view back where it was, rather than flashing back to the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QTableView

from app.services.caseload import CaseloadQuery
from app.ui.access import FirstPage, VaultAccess
from app.ui.caseload.model import PAGE_SIZE, CaseloadModel
from app.ui.tasks import TaskRunner

FIRST_PAGE = PAGE_SIZE  # the first page fills the model's first page of rows exactly
Wanted = Callable[[VaultAccess, CaseloadQuery], bool]  # is this still what the screen asks for?
Shown = Callable[[CaseloadQuery, int, bool], None]  # query, ids shown, whether that is all


@dataclass(frozen=True)
class _Request:
    access: VaultAccess
    query: CaseloadQuery
    ticket: int  # only the latest load may reach the model


class ListLoader:
    """Reads the list's ids on the worker and puts them in the model, on the GUI thread."""

    def __init__(
        self,
        runner: TaskRunner,
        table: QTableView,
        model: CaseloadModel,
        wanted: Wanted,
        shown: Shown,
    ) -> None:
        self._runner, self._table, self._model = runner, table, model
        self._wanted, self._shown = wanted, shown
        self._ticket = 0
        self._query: CaseloadQuery | None = None  # what the list on screen answers
        self._reselect: str | None = None  # selected before, but not in the first page

    def load(self, access: VaultAccess, query: CaseloadQuery) -> None:
        self._ticket += 1
        request = _Request(access, query, self._ticket)
        if query == self._query and self._model.rowCount():
            self._load_all(request, extend=False)  # a refresh: the list stays where it is
            return
        self._runner.submit(
            lambda: access.caseload_first_page(query, FIRST_PAGE),
            lambda page: self._show_first(request, page),
        )

    def forget(self) -> None:
        """On lock: drop every result still on its way, and the list with its place."""
        self._ticket += 1
        self._query = self._reselect = None
        self._model.clear()

    @property
    def reselect_pending(self) -> bool:
        """The client selected before is not in the first page: the full list will select it."""
        return self._reselect is not None

    def selected(self) -> str | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.client_id(rows[0].row()) if rows else None

    def _current(self, request: _Request) -> bool:
        return request.ticket == self._ticket and self._wanted(request.access, request.query)

    def _show_first(self, request: _Request, page: FirstPage) -> None:
        if not self._current(request):
            return  # locked meanwhile, or a newer search is on its way
        selected = self.selected()
        self._model.set_ids(page.ids, request.access.caseload_rows, page.rows)
        self._query = request.query
        self._reselect = None if self._select(selected) else selected
        complete = len(page.ids) < FIRST_PAGE
        self._shown(request.query, len(page.ids), complete)
        if not complete:  # queued after whatever `shown` asked for (opening the first match)
            self._load_all(request, extend=True)

    def _load_all(self, request: _Request, extend: bool) -> None:
        access, query = request.access, request.query
        self._runner.submit(
            lambda: access.caseload_ids(query), lambda ids: self._show_all(request, ids, extend)
        )

    def _show_all(self, request: _Request, ids: list[str], extend: bool) -> None:
        if not self._current(request):
            return
        if not (extend and self._model.extend_ids(ids)):
            self._replace(request.access, ids)  # a refresh, or the list changed in between
        elif self._reselect is not None and self.selected() is None:
            self._select(self._reselect)  # unless the worker has picked another row since
        self._query, self._reselect = request.query, None
        self._shown(request.query, len(ids), True)

    def _replace(self, access: VaultAccess, ids: list[str]) -> None:
        """A new full list in the same place: the view keeps its scroll value through a model
        reset (tests/ui/test_caseload.py checks it); the selection is put back here."""
        selected = self.selected() or self._reselect
        self._model.set_ids(ids, access.caseload_rows)
        self._select(selected)

    def _select(self, client_id: str | None) -> bool:
        row = -1 if client_id is None else self._model.row_of(client_id)
        if row >= 0:
            self._table.selectRow(row)
        return row >= 0
