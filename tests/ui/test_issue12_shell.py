"""Issue 12, the shell: why the screen locked (idle or the system, not Ctrl+L), back to the
open record after unlock, "Forgot your passphrase?", accessible names and Tab on setup,
unlock and the menus, and a main window that fits 1092x580 and 1280x720."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.controller import AppController
from app.ui.main_window import MainWindow, opening_size
from app.ui.workspace import DEFAULT_SIZE, LIST_MIN_WIDTH, RECORD_MIN_WIDTH
from tests.conftest import PASSPHRASE
from tests.ui.a11y import tab_walk, undescribed, unnamed
from tests.ui.conftest import rows_loaded

SMALL, HD = QSize(1092, 580), QSize(1280, 720)


def open_first_client(controller: AppController, qtbot, tab: str = "") -> str:
    """Unlocked, the list loaded and the first client's record open (on `tab`)."""
    panel, record = controller.window.workspace.caseload, controller.window.workspace.record
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0 and rows_loaded(panel.model))
    row = panel.model.client_row(0)
    assert row is not None
    controller.open_client(row.id, tab)
    qtbot.waitUntil(lambda: record.client_id == row.id)
    return row.id


def unlock_with_passphrase(controller: AppController, qtbot) -> None:
    screen = controller.window.unlock
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window.pages.currentWidget() is controller.window.workspace)


def press_ctrl_l(controller: AppController, qtbot) -> None:
    qtbot.keyClick(
        controller.window.workspace.caseload.search,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier,
    )


def shown_and_active(qtbot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# -- why it locked ------------------------------------------------------------------------------
def test_idle_lock_says_the_app_locked_itself(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    open_first_client(controller, qtbot)
    controller.idle.set_timeout(300)
    screen = controller.window.unlock
    qtbot.waitUntil(lambda: controller.window.pages.currentWidget() is screen)
    assert screen.locked_itself.isVisibleTo(screen)
    text = screen.locked_itself.text()
    assert "locked itself after 1 minute" in text and "drafts" in text


def test_ctrl_l_lock_needs_no_explanation(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    controller.os_signals.sleep(True)  # first a lock the worker did not ask for
    screen = controller.window.unlock
    assert screen.locked_itself.isVisibleTo(screen)
    assert "went to sleep" in screen.locked_itself.text()
    unlock_with_passphrase(controller, qtbot)
    assert not screen.locked_itself.isVisibleTo(screen)
    press_ctrl_l(controller, qtbot)
    assert controller.window.pages.currentWidget() is screen
    assert not screen.locked_itself.isVisibleTo(screen)
    assert screen.locked_itself.text() == ""


def test_the_menu_lock_needs_no_explanation(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    controller.window.lock_action.trigger()
    screen = controller.window.unlock
    assert controller.window.pages.currentWidget() is screen
    assert not screen.locked_itself.isVisibleTo(screen)


# -- back where the worker was ------------------------------------------------------------------
def test_unlock_returns_to_the_open_record(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    client_id = open_first_client(controller, qtbot, tab="tasks")
    record = controller.window.workspace.record
    press_ctrl_l(controller, qtbot)
    assert record.client_id is None  # nothing on screen while locked
    unlock_with_passphrase(controller, qtbot)
    qtbot.waitUntil(lambda: record.client_id == client_id)
    assert record.tabs.currentIndex() == record.tabs.indexOf(record.activity)


def test_no_record_open_means_none_reopened(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    press_ctrl_l(controller, qtbot)
    unlock_with_passphrase(controller, qtbot)
    assert controller.window.workspace.record.client_id is None


# -- forgotten passphrase -----------------------------------------------------------------------
def test_forgot_your_passphrase_is_reached_by_keyboard(make_controller, vault, qtbot) -> None:
    vault.lock()
    controller = make_controller()
    controller.start()
    window, screen = controller.window, controller.window.unlock
    shown_and_active(qtbot, window)
    assert not screen.forgotten.isVisibleTo(screen)
    walk = tab_walk(screen)
    assert walk.traps == [] and walk.unreached == []
    screen.forgot.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(screen.forgot, Qt.Key.Key_Space)
    assert screen.forgotten.isVisibleTo(screen)
    assert "office recovery key" in screen.forgotten.text()


# -- accessibility ------------------------------------------------------------------------------
def test_setup_screen_is_named_described_and_walkable(make_controller, qtbot) -> None:
    controller = make_controller()
    controller.start()
    window = controller.window
    assert window.pages.currentWidget() is window.setup
    shown_and_active(qtbot, window)
    assert unnamed(window.setup) == []
    assert undescribed(window.setup) == []
    walk = tab_walk(window.setup)
    assert walk.traps == [] and walk.unreached == []


def test_unlock_screen_is_named_and_described(make_controller, vault, qtbot) -> None:
    vault.lock()
    controller = make_controller()
    controller.start()
    shown_and_active(qtbot, controller.window)
    screen = controller.window.unlock
    assert unnamed(screen) == [] and undescribed(screen) == []


def test_menus_are_named_and_show_their_shortcuts(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    window = controller.window
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None and menu.accessibleName(), menu_action.text()
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None:
                continue
            assert action.text() and action.toolTip(), action.text()
    frequent = (window.find_action, window.new_note_action, window.lock_action, window.quit_action)
    for action in (*frequent, window.today_action, window.caseload_action, window.refresh_action):
        keys = action.shortcut().toString()
        assert keys and keys in action.toolTip(), (keys, action.toolTip())


def test_the_list_tabs_are_named_and_described(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    shown_and_active(qtbot, controller.window)
    lists = controller.window.workspace.lists
    bar = lists.tabBar()
    assert bar.accessibleName() and bar.accessibleDescription() and unnamed(bar) == []
    # Qt's tab bar interface describes each tab (its tooltip), not the bar (a11y.undescribed
    # reads the bar, so it cannot be used here).
    tabs = QAccessible.queryAccessibleInterface(bar)
    for index in range(bar.count()):
        assert tabs.child(index).text(QAccessible.Text.Description), bar.tabText(index)


# -- layout -------------------------------------------------------------------------------------
def fits(widget: QWidget, size: QSize) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= size.width() and hint.height() <= size.height()


@pytest.mark.parametrize("size", [SMALL, HD], ids=["1092x580", "1280x720"])
def test_main_window_fits_with_a_record_open(make_controller, demo_vault, qtbot, size) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    open_first_client(controller, qtbot)
    window = controller.window
    assert fits(window, size), window.minimumSizeHint()
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    lists, record = window.workspace.lists, window.workspace.record
    assert lists.width() >= LIST_MIN_WIDTH and record.width() >= RECORD_MIN_WIDTH


@pytest.mark.parametrize("page", ["setup", "unlock"])
def test_setup_and_unlock_fit(make_controller, qtbot, page: str) -> None:
    controller = make_controller()
    controller.start()
    window: MainWindow = controller.window
    window.show_setup() if page == "setup" else window.show_unlock(passphrase_only=True)
    window.setup.set_keyring_available(False)  # the longest setup: warning and checkbox
    assert fits(window, SMALL), window.minimumSizeHint()


def test_list_and_record_share_the_width(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    workspace = controller.window.workspace
    workspace.share_width(2000)
    listed, shown = workspace.sizes()
    assert 0.40 <= listed / (listed + shown) <= 0.50
    assert not workspace.childrenCollapsible()


def test_the_window_opens_within_the_screen(qapp) -> None:
    size = opening_size()
    free = QGuiApplication.primaryScreen().availableSize()
    assert size.width() <= min(DEFAULT_SIZE[0], free.width())
    assert size.height() <= min(DEFAULT_SIZE[1], free.height())
