"""The caseload list: search, filters, sorting, opening a client, lazy row fetching, and
loading in two steps (the first page at once, then the full list)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
    QWidget,
)

from app.core.timeutil import local_today
from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.records import ClientDraft, create_client
from app.services.vaults import Vault
from app.ui.access import FirstPage, VaultAccess
from app.ui.caseload.columns import CONSENT, NAME, RISK, SAFETY
from app.ui.caseload.panel import CaseloadPanel
from app.ui.tasks import SyncTaskRunner
from tests.ui.conftest import rows_loaded, shown_names


@pytest.fixture
def controller(make_controller, shared_demo: Vault, qtbot):
    made = make_controller()
    made.start_unlocked(shared_demo)
    model = made.window.workspace.caseload.model
    qtbot.waitUntil(lambda: rows_loaded(model))
    yield made
    made.access = None  # the vault is shared by the module: do not lock it at teardown


def all_rows(vault: Vault):
    with vault.session() as session:
        return caseload_rows(session, caseload_ids(session, CaseloadQuery()))


def test_search_shows_exactly_the_matches(controller, shared_demo, qtbot) -> None:
    panel = controller.window.workspace.caseload
    expected = sorted(
        row.display_name
        for row in all_rows(shared_demo)
        if "an" in row.legal_name.lower() or "an" in row.display_name.lower()
    )
    assert 1 < len(expected) < 40
    panel.table.setFocus()
    qtbot.keyClick(controller.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus()
    qtbot.keyClicks(panel.search, "an")
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(expected), timeout=2000)
    qtbot.waitUntil(lambda: rows_loaded(panel.model))
    names = sorted(name.split(" (")[0] for name in shown_names(panel.model))
    assert names == expected
    assert f"{len(expected)} clients match" in panel.count.text()


def test_enter_in_search_opens_first_match(controller, qtbot) -> None:
    panel, record = controller.window.workspace.caseload, controller.window.workspace.record
    qtbot.keyClicks(panel.search, "okafor")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # before the pause: searches, then opens
    assert panel.model.rowCount() == 1
    assert record.name.text() == "Amara Okafor"
    assert record.client_id == panel.model.client_id(0)


def test_arrow_keys_and_enter_open_a_client(controller, qtbot) -> None:
    panel, record = controller.window.workspace.caseload, controller.window.workspace.record
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert record.is_empty()  # moving the selection opens nothing
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    expected = panel.model.client_row(1)
    assert record.client_id == expected.id
    assert record.name.text() == expected.display_name
    assert record.body.toPlainText() != ""


def test_header_click_sorts_in_sql(controller, qtbot) -> None:
    panel = controller.window.workspace.caseload
    header = panel.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(RISK) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert panel.query().sort == "risk"
    qtbot.waitUntil(lambda: rows_loaded(panel.model))
    risks = [panel.model.client_row(r).risk_level for r in range(panel.model.rowCount())]
    order = {"high": 0, "medium": 1, "low": 2}
    assert risks == sorted(risks, key=order.__getitem__)
    spot = QPoint(header.sectionViewportPosition(SAFETY) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert panel.query().sort == "risk"  # not a sortable column
    assert header.sortIndicatorSection() == RISK


def test_filters(controller, qtbot) -> None:
    panel = controller.window.workspace.caseload
    panel.safety_only.setChecked(True)
    qtbot.waitUntil(lambda: rows_loaded(panel.model))
    rows = [panel.model.client_row(r) for r in range(panel.model.rowCount())]
    assert rows and all(row.safety_flags for row in rows)
    panel.safety_only.setChecked(False)
    panel.risk.setCurrentIndex(panel.risk.findData("high"))
    qtbot.waitUntil(lambda: rows_loaded(panel.model))
    rows = [panel.model.client_row(r) for r in range(panel.model.rowCount())]
    assert rows and {row.risk_level for row in rows} == {"high"}


def inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    """Part of another interactive widget (a combo's popup list, a table's corner button)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


KINDS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextBrowser,
)


def test_every_interactive_widget_has_an_accessible_name(controller) -> None:
    kinds = KINDS
    ours = [
        w
        for w in controller.window.findChildren(QWidget)
        if isinstance(w, kinds) and not w.objectName().startswith("qt_") and not inside(w, kinds)
    ]
    assert len(ours) > 10
    unnamed = [
        (type(w).__name__, type(w.parent()).__name__) for w in ours if not w.accessibleName()
    ]
    assert unnamed == []


def test_rows_are_fetched_a_page_at_a_time(make_controller, big_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(big_vault)
    controller.access = None  # keep the module's vault open at teardown
    panel = controller.window.workspace.caseload
    model = panel.model
    assert model.rowCount() == 500
    qtbot.waitUntil(lambda: model.client_row(0) is not None)
    assert model.fetched_rows <= 200 and model.page_requests <= 2
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.client_row(499) is not None)
    assert model.fetched_rows <= 400
    assert model.cached_rows < 500


def test_consent_column_shows_expiring_consents_highlighted(controller) -> None:
    model = controller.window.workspace.caseload.model
    today = local_today()
    soon = [r for r in range(model.rowCount()) if model.client_row(r).consent_expires_on]
    assert soon  # the demo has consents ending within 30 days
    for row in range(model.rowCount()):
        client = model.client_row(row)
        index = model.index(row, CONSENT)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        if client.consent_expires_on is None:
            assert text == "" and background is None
            continue
        left = (client.consent_expires_on - today).days
        assert (
            text == f"{client.consent_expires_on.day} {client.consent_expires_on:%b} ({left} days)"
        )
        assert background is not None  # highlighted
        bold = model.data(index, Qt.ItemDataRole.FontRole)
        assert (bold is not None) == (left <= 7)
    assert model.headerData(CONSENT, Qt.Orientation.Horizontal) == "Consent ends"


class HoldingRunner(SyncTaskRunner):
    """Keeps every job until the test runs it (`run_next`), so it can look in between."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple] = []

    def submit(self, fn, on_done, on_error=None) -> None:
        self.held.append((fn, on_done, on_error))

    def run_next(self) -> None:
        super().submit(*self.held.pop(0))


class SpyAccess(VaultAccess):
    """Records which list reads the panel asked for, in order."""

    def __init__(self, vault: Vault) -> None:
        super().__init__(vault)
        self.calls: list[str] = []

    def caseload_first_page(self, query: CaseloadQuery, limit: int) -> FirstPage:
        self.calls.append(f"first {limit}")
        return super().caseload_first_page(query, limit)

    def caseload_ids(self, query: CaseloadQuery) -> list[str]:
        self.calls.append("all")
        return super().caseload_ids(query)


def shown_panel(qtbot, runner, vault: Vault) -> tuple[CaseloadPanel, SpyAccess]:
    panel = CaseloadPanel(runner)
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=3000)
    access = SpyAccess(vault)
    panel.attach(access)
    return panel, access


def test_first_page_is_shown_before_the_full_list_is_read(big_vault, qtbot) -> None:
    runner = HoldingRunner()
    panel, access = shown_panel(qtbot, runner, big_vault)
    model, table = panel.model, panel.table
    runner.run_next()
    assert access.calls == ["first 100"]
    assert model.rowCount() == 100 and rows_loaded(model)  # painted from that one read
    assert panel.count.text() == "100+ clients"
    assert len(runner.held) == 1  # the full list: asked for only now, not read yet
    table.setFocus()
    table.selectRow(60)
    chosen, scrolled = panel.selected_client(), table.verticalScrollBar().value()
    assert scrolled > 0
    runner.run_next()
    assert access.calls == ["first 100", "all"]
    assert model.rowCount() == 500 and panel.count.text() == "500 clients"
    assert panel.selected_client() == chosen and table.hasFocus()
    assert table.verticalScrollBar().value() == scrolled
    assert model.client_row(60) is not None and model.page_requests == 0  # not read again


def test_selection_past_the_first_page_comes_back_with_the_full_list(big_vault, qtbot) -> None:
    panel, access = shown_panel(qtbot, SyncTaskRunner(), big_vault)
    panel.table.selectRow(300)
    chosen = panel.selected_client()
    panel.table.horizontalHeader().setSortIndicator(NAME, Qt.SortOrder.DescendingOrder)
    assert access.calls == ["first 100", "all", "first 100", "all"]
    assert panel.model.row_of(chosen) == 199 and panel.selected_client() == chosen


def test_refresh_reads_all_ids_at_once_and_keeps_the_place(big_vault, qtbot) -> None:
    panel, access = shown_panel(qtbot, SyncTaskRunner(), big_vault)
    qtbot.waitUntil(lambda: panel.table.verticalScrollBar().maximum() > 0)  # laid out
    panel.table.selectRow(450)
    panel.table.verticalScrollBar().setValue(445)  # not where selecting row 450 would put it
    chosen, scrolled = panel.selected_client(), panel.table.verticalScrollBar().value()
    assert scrolled == 445
    panel.refresh()
    assert access.calls == ["first 100", "all", "all"]
    assert panel.selected_client() == chosen
    assert panel.table.verticalScrollBar().value() == scrolled


def test_a_list_changed_between_the_two_reads_is_replaced(vault: Vault, qtbot) -> None:
    with vault.session() as session:
        for number in range(120):
            create_client(session, ClientDraft(f"Client{number:03d}", "Example"), vault.owner_id)
    runner = HoldingRunner()
    panel, _access = shown_panel(qtbot, runner, vault)
    runner.run_next()
    panel.table.selectRow(5)
    chosen = panel.selected_client()
    with vault.session() as session:  # a save (or a sync) between the two reads
        create_client(session, ClientDraft("Aaron", "Aardvark"), vault.owner_id)
    runner.run_next()
    assert panel.model.rowCount() == 121 and panel.count.text() == "121 clients"
    assert panel.selected_client() == chosen and panel.model.row_of(chosen) == 6


def test_enter_in_search_opens_the_selected_client_past_the_first_page(big_vault, qtbot) -> None:
    panel, _access = shown_panel(qtbot, SyncTaskRunner(), big_vault)
    panel.table.selectRow(300)
    chosen = panel.selected_client()
    qtbot.keyClicks(panel.search, "example")  # every client matches
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert opened.args == [chosen]
