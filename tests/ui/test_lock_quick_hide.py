"""Quick-hide: Ctrl+Shift+H or a double Escape locks at once and leaves a neutral screen;
any key there leads to the ordinary unlock screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.vaults import Vault
from app.ui.controller import AppController
from app.ui.lockdown.quick_hide import QuickHideSettings
from tests.conftest import PASSPHRASE
from tests.ui.conftest import rows_loaded, started

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def showing_clients(make_controller, vault: Vault, qtbot, **options: object) -> AppController:
    controller = started(lambda: make_controller(**options), vault, qtbot)
    model = controller.window.workspace.caseload.model
    qtbot.waitUntil(lambda: model.rowCount() == 40 and rows_loaded(model))
    return controller


def assert_hidden(controller: AppController, vault: Vault) -> None:
    window = controller.window
    assert vault.is_locked and controller.vault is None
    assert window.pages.currentWidget() is window.neutral
    assert window.menuBar().isHidden() and window.statusBar().isHidden()
    assert window.workspace.caseload.model.rowCount() == 0


def test_ctrl_shift_h_hides_at_once(make_controller, demo_vault: Vault, qtbot) -> None:
    controller = showing_clients(make_controller, demo_vault, qtbot)
    table = controller.window.workspace.caseload.table
    qtbot.keyClick(table, Qt.Key.Key_H, CTRL_SHIFT)
    assert_hidden(controller, demo_vault)


def test_any_key_on_the_neutral_screen_leads_to_the_unlock_screen(
    make_controller, demo_vault: Vault, qtbot
) -> None:
    controller = showing_clients(make_controller, demo_vault, qtbot)
    qtbot.keyClick(controller.window.workspace.caseload.table, Qt.Key.Key_H, CTRL_SHIFT)
    window = controller.window
    qtbot.keyClick(window.neutral, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.unlock
    assert not window.menuBar().isHidden()
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.unlocked


def test_a_double_escape_hides(make_controller, demo_vault: Vault, qtbot) -> None:
    controller = showing_clients(make_controller, demo_vault, qtbot)
    table = controller.window.workspace.caseload.table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert controller.vault is not None  # one Escape is only an Escape
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert_hidden(controller, demo_vault)


def test_two_slow_escapes_do_not_hide(make_controller, demo_vault: Vault, qtbot) -> None:
    quick = QuickHideSettings(double_escape_ms=100)
    controller = showing_clients(make_controller, demo_vault, qtbot, quick_hide=quick)
    table = controller.window.workspace.caseload.table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.wait(300)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert controller.vault is not None and controller.window.unlocked


def test_double_escape_can_be_turned_off(make_controller, demo_vault: Vault, qtbot) -> None:
    quick = QuickHideSettings(double_escape=False)
    controller = showing_clients(make_controller, demo_vault, qtbot, quick_hide=quick)
    table = controller.window.workspace.caseload.table
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert controller.vault is not None
    qtbot.keyClick(table, Qt.Key.Key_H, CTRL_SHIFT)
    assert_hidden(controller, demo_vault)
