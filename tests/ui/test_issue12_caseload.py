"""Issue 12 on the caseload list and the sync screens: Tab leaves the table in one press,
columns fit the list's width (elided cells carry their full text in a tooltip, no horizontal
scroll bar at 1366x768 or 1092x580), every control named and described, no Tab trap, the
sync dialogs fit a small screen, and counts and words go through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from app.services.end_of_day import BeforeSync, PendingDraft, PendingVisit
from app.services.vaults import Vault
from app.ui.caseload.columns import COLUMNS, LANGUAGE, NAME, RISK, SAFETY
from app.ui.caseload.count import count_text
from app.ui.caseload.table import COLUMN_MINIMUM, NAME_MINIMUM, fit_widths
from app.ui.sync import summary
from app.ui.sync.before_sync import BeforeSyncDialog
from app.ui.sync.conflicts import SyncConflictsDialog
from app.ui.sync.connect import ConnectDialog, ReconnectDialog
from app.ui.sync.widgets import SyncBanner, SyncStatusBar
from app.ui.tasks import SyncTaskRunner
from tests.ui.a11y import controls, tab_walk, undescribed, unnamed
from tests.ui.conftest import rows_loaded

SMALL = (1092, 580)  # 1366x768 at 125 % less a panel


@pytest.fixture
def controller(make_controller, shared_demo: Vault, qtbot):
    made = make_controller()
    made.start_unlocked(shared_demo)
    made.window.show()
    made.window.activateWindow()
    model = made.window.workspace.caseload.model
    qtbot.waitUntil(lambda: rows_loaded(model))
    qtbot.waitUntil(made.window.isActiveWindow, timeout=3000)
    yield made
    made.access = None  # the vault is shared by the module: do not lock it at teardown


class Recording(QTranslator):
    """Answers from a table, and records every (context, source, n) asked for."""

    def __init__(self, table: dict[tuple[str, str], str | list[str]] | None = None) -> None:
        super().__init__()
        self.table = table or {}
        self.asked: list[tuple[str, str, int]] = []

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        self.asked.append((context, source, n))
        answer = self.table.get((context, source))
        if isinstance(answer, list):  # plural forms, as Spanish orders them: one, more
            return answer[0 if n == 1 else 1]
        return answer or None  # None: not translated here, the source text is used


@pytest.fixture
def translator(qapp) -> Iterator[Recording]:
    recording = Recording()
    QCoreApplication.installTranslator(recording)
    yield recording
    QCoreApplication.removeTranslator(recording)


# -- keyboard -------------------------------------------------------------------------------


def test_tab_leaves_the_table_in_one_press(controller, qtbot) -> None:
    table = controller.window.workspace.caseload.table
    assert not table.tabKeyNavigation()
    table.setFocus(Qt.FocusReason.TabFocusReason)
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # arrows move inside
    assert table.hasFocus() and table.currentIndex().row() == 1
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def test_caseload_panel_named_described_and_no_tab_trap(controller, qtbot) -> None:
    panel = controller.window.workspace.caseload
    qtbot.keyClicks(panel.search, "an")  # the matches list shows too
    qtbot.waitUntil(lambda: panel.hits.isVisible(), timeout=3000)
    assert unnamed(panel) == []
    assert described(panel)
    walk = tab_walk(panel)
    assert walk.traps == [] and walk.unreached == []


# -- columns that fit -----------------------------------------------------------------------


def test_fit_widths_share_what_is_left_after_the_name() -> None:
    assert fit_widths([100, 80], [60, 60], 300) == [100, 80]  # everything fits
    assert fit_widths([100, 80], [60, 60], 100) == [60, 60]  # only the minimums
    assert fit_widths([100, 80], [60, 60], 150) == [75, 75]  # one level for both
    assert fit_widths([200, 60, 120], [150, 40, 50], 320) == [150, 60, 110]  # narrow stays whole


@pytest.mark.parametrize("size", [(1366, 768), SMALL, (1280, 720)])
def test_no_horizontal_scroll_bar_and_columns_fit(controller, qtbot, size) -> None:
    controller.window.resize(*size)
    table = controller.window.workspace.caseload.table
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    QApplication.processEvents()
    assert not table.horizontalScrollBar().isVisible()
    shown = [n for n in range(len(COLUMNS)) if not table.isColumnHidden(n)]
    assert {NAME, SAFETY, RISK, LANGUAGE} <= set(shown)  # never folded away before the rest
    if size != SMALL:  # the list's width beside the record at 100 %: every column shows
        assert len(shown) == len(COLUMNS)
    assert min(table.columnWidth(n) for n in shown) >= COLUMN_MINIMUM
    assert table.columnWidth(NAME) >= NAME_MINIMUM


def test_a_folded_column_is_said_in_the_names_tooltip(controller, qtbot) -> None:
    controller.window.resize(*SMALL)
    table = controller.window.workspace.caseload.table
    model = table.model()
    qtbot.waitUntil(lambda: table.horizontalHeader().length() <= table.viewport().width())
    folded = [n for n in range(len(COLUMNS)) if table.isColumnHidden(n)]
    if not folded:
        pytest.skip("the list is wide enough here for every column")
    row = next(r for r in range(model.rowCount()) if COLUMNS[folded[0]].text(model.client_row(r)))
    tip = model.data(model.index(row, NAME), Qt.ItemDataRole.ToolTipRole)
    expected = COLUMNS[folded[0]].text(model.client_row(row))
    assert f"{COLUMNS[folded[0]].title_text()}: {expected}" in tip.splitlines()


def test_every_cell_that_can_elide_has_its_full_text_in_a_tooltip(controller) -> None:
    model = controller.window.workspace.caseload.model
    table = controller.window.workspace.caseload.table
    metrics = table.fontMetrics()
    elided = 0
    for row in range(model.rowCount()):
        for column in range(len(COLUMNS)):
            index = model.index(row, column)
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if not text:
                continue
            elided += metrics.horizontalAdvance(text) > table.columnWidth(column) - 10
            if column == SAFETY:  # one line per flag: the cell shows the first and a count
                first = text.split(" ", 1)[1].split(" (+")[0]
                assert first in tip.splitlines()
            else:
                assert tip.startswith(text), (row, column)
    assert model.headerData(LANGUAGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert elided >= 0  # at this width some may be; each one above has its tooltip


# -- the sync dialogs -----------------------------------------------------------------------


def pending() -> BeforeSync:
    now = datetime(2025, 6, 3, 14, 5)
    draft = PendingDraft("n1", "c1", "Rosa Delgado", now)
    visit = PendingVisit("v1", "c1", "Rosa Delgado", now - timedelta(hours=2), "home")
    return BeforeSync((draft,), (visit,), unsent_changes=3, unsent_audit_events=1)


def sync_dialogs() -> list[QWidget]:
    runner = SyncTaskRunner()
    banner = SyncBanner()
    banner.show_message("Sent 3 changes, received 2.", "info", conflicts=True)
    return [
        BeforeSyncDialog(pending()),
        SyncConflictsDialog(runner),
        ConnectDialog(None),
        ReconnectDialog(None),
        banner,
        status_bar(),
    ]


def status_bar() -> SyncStatusBar:
    """The status bar's sync corner, following its menu actions as in the window."""
    bar = SyncStatusBar()
    sync, stop = QAction("&Sync now", bar), QAction("Stop", bar)
    sync.setToolTip("Sync with the office (Ctrl+Shift+S)")
    stop.setToolTip("Stop the sync (Ctrl+Shift+X)")
    bar.use_actions(sync, stop)
    return bar


def described(root: QWidget) -> bool:
    """Every control has a description. Qt's accessible tab bar reports none of its own (it
    speaks for the current tab), so a tab bar's is read from the widget."""
    missing = [w for w in undescribed(root) if not w.startswith("QTabBar(")]
    bars = root.findChildren(QTabBar)
    return missing == [] and all(bar.accessibleDescription() for bar in bars)


def test_sync_dialogs_are_named_described_and_have_no_tab_trap(qtbot) -> None:
    for dialog in sync_dialogs():
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
        assert unnamed(dialog) == [], type(dialog).__name__
        assert described(dialog), type(dialog).__name__
        if len(controls(dialog)) > 1:  # alone, a control keeps the focus: no trap then
            walk = tab_walk(dialog)
            assert walk.traps == [] and walk.unreached == [], type(dialog).__name__
        dialog.close()


def test_sync_dialogs_fit_a_small_screen(qtbot) -> None:
    for dialog in sync_dialogs():
        qtbot.addWidget(dialog)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], type(dialog).__name__
        dialog.show()
        size = dialog.frameGeometry().size()
        assert size.width() <= SMALL[0] and size.height() <= SMALL[1], type(dialog).__name__
        dialog.close()


# -- words through Qt's translation ---------------------------------------------------------


def test_count_line_says_one_client_and_two_clients(translator) -> None:
    assert count_text(1, True, False) == "1 client"
    assert count_text(2, True, False) == "2 clients"
    assert count_text(120, False, False) == "120+ clients"
    assert count_text(1, True, True) == "1 client matches"
    assert count_text(0, True, True) == "No clients match"
    asked = [(source, n) for context, source, n in translator.asked if context == "CaseloadCount"]
    assert ("%n client", 1) in asked and ("%n clients", 2) in asked  # plural messages, with n


def test_count_line_plural_forms_come_from_the_translation(translator) -> None:
    translator.table[("CaseloadCount", "%n clients")] = ["%n cliente", "%n clientes"]
    translator.table[("CaseloadCount", "%n client")] = ["%n cliente", "%n clientes"]
    assert count_text(2, True, False) == "2 clientes"
    assert count_text(1, True, False) == "1 cliente"


def test_columns_statuses_and_sync_words_are_translated(controller, translator) -> None:
    translator.table[("CaseloadColumns", "Name")] = "Nombre"
    translator.table[("RiskLevel", "High")] = "Alto"
    translator.table[("SyncSummary", "%n changes")] = ["%n cambio", "%n cambios"]
    model = controller.window.workspace.caseload.model
    assert model.headerData(NAME, Qt.Orientation.Horizontal) == "Nombre"
    risks = {model.client_row(r).risk_level for r in range(model.rowCount())}
    assert "high" in risks
    from app.ui.caseload.columns import risk_text

    high = next(
        model.client_row(r)
        for r in range(model.rowCount())
        if model.client_row(r).risk_level == "high"
    )
    assert risk_text(high) == "Alto"  # a word, not the code "high"
    assert summary.changes(4) == "4 cambios"
