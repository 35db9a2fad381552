"""Locking: after idle time, on Ctrl+L, and what the lock leaves behind (nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from app.models import Client
from app.services.vaults import Vault
from app.ui.controller import AppController
from app.ui.lockdown.sequence import LockSteps
from app.ui.tasks import ThreadedTaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.conftest import rows_loaded


def open_with_record(controller: AppController, vault: Vault, qtbot) -> None:
    """Fill every view that can hold client data: Today, the list, full-text matches, and the
    record with its timeline, case history, plan, tasks and conflicts read."""
    controller.start_unlocked(vault)
    workspace = controller.window.workspace
    panel, record = workspace.caseload, workspace.record
    qtbot.waitUntil(lambda: panel.model.rowCount() == 40 and rows_loaded(panel.model))
    qtbot.waitUntil(lambda: bool(workspace.today.lines()))
    qtbot.keyClicks(panel.search, "a")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: record.client_id is not None)
    panel.search.setText("landlord")  # in notes and tasks, in no name
    qtbot.waitUntil(lambda: bool(panel.hits.items()), timeout=5000)
    for tab, filled in (
        ("timeline", lambda: bool(record.timeline.entries)),
        ("case", lambda: record.case.history.topLevelItemCount() > 0),
        ("plan", lambda: record.plan.plan is not None),
        ("tasks", lambda: record.activity.tasks.topLevelItemCount() > 0),
    ):
        record.show_tab(tab)
        qtbot.waitUntil(filled, timeout=5000)


def assert_locked(controller: AppController, vault: Vault) -> None:
    window = controller.window
    workspace = window.workspace
    record = workspace.record
    assert window.pages.currentWidget() is window.unlock
    assert workspace.caseload.model.rowCount() == 0
    assert workspace.caseload.model.cached_rows == 0
    assert workspace.caseload.search.text() == ""
    assert workspace.caseload.count.text() == ""
    assert workspace.caseload.hits.items() == [] and workspace.caseload.hits.isHidden()
    assert workspace.caseload.hits.tree.topLevelItemCount() == 0
    assert workspace.today.is_empty() and workspace.today.lines() == []
    assert workspace.today.access is None
    assert record.is_empty()  # header, overview and every tab's list
    assert record.timeline.entries == [] and record.plan.plan is None
    assert record.case.cases == [] and record.conflicts.declared == []
    assert record.activity.task_rows == {}
    assert all(pane.access is None for pane in record.panes)
    assert not window.new_note_action.isEnabled()
    assert window.worker_label.text() == ""
    assert not window.lock_action.isEnabled()
    assert window.windowTitle() == "Locked"  # shown as "Locked — Caseload": nothing else
    assert vault.is_locked
    assert controller.vault is None


def test_idle_timeout_locks(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    controller.idle.set_timeout(300)  # short only once the record is open (slow CI machines)
    assert controller.idle.armed
    qtbot.waitUntil(lambda: controller.window.pages.currentWidget() is controller.window.unlock)
    assert_locked(controller, demo_vault)
    assert not controller.idle.armed


def test_input_postpones_idle_lock(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    controller.idle.set_timeout(1500)  # well above the pauses below, even on a loaded machine
    for _ in range(8):
        qtbot.wait(250)
        qtbot.keyClick(controller.window.workspace.caseload.table, Qt.Key.Key_Down)
    assert controller.window.unlocked
    qtbot.waitUntil(lambda: not controller.window.unlocked, timeout=4000)


def test_ctrl_l_locks_and_closes_dialogs(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    dialog = QDialog(controller.window)
    dialog.open()
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(controller, demo_vault)
    assert not dialog.isVisible()


def test_lock_closes_a_half_filled_form(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    record = controller.window.workspace.record
    record.show_tab("conflicts")
    qtbot.mouseClick(record.conflicts.declare_button, Qt.MouseButton.LeftButton)
    form = record.conflicts.dialog
    form.description.setPlainText("Typed but not declared")
    qtbot.keyClick(form.description, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert_locked(controller, demo_vault)
    assert record.conflicts.dialog is None
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_lock_runs_pending_saves_before_dropping_the_key(make_controller, demo_vault, qtbot):
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    ran: list[bool] = []
    save = LockSteps("test", save_pending=lambda: [lambda: ran.append(demo_vault.is_locked)])
    controller.lockdown.register(save)
    with qtbot.waitSignal(controller.locked):
        controller.lock()
    assert ran == [False]  # the save ran while the vault was still open
    assert_locked(controller, demo_vault)


def test_unlock_after_lock_reloads(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    record = controller.window.workspace.record
    was_open = record.client_id
    controller.lock()
    assert record.is_empty()  # nothing shown while locked
    unlock = controller.window.unlock
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert controller.window.unlocked
    model = controller.window.workspace.caseload.model
    assert model.rowCount() == 40
    qtbot.waitUntil(lambda: rows_loaded(model))
    qtbot.waitUntil(lambda: record.client_id == was_open)  # back to the record that was open
    assert controller.idle.armed


def test_threaded_lock_drops_late_results(make_controller, demo_vault, qtbot) -> None:
    runner = ThreadedTaskRunner()
    controller = make_controller(runner=runner)
    open_with_record(controller, demo_vault, qtbot)
    panel = controller.window.workspace.caseload
    panel.reload()  # in flight while the lock happens
    controller.open_client(panel.model.client_id(1) or "")
    controller.lock()
    qtbot.waitUntil(lambda: demo_vault.is_locked, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert_locked(controller, demo_vault)


def test_ctrl_l_in_the_main_window(make_controller, demo_vault, qtbot) -> None:
    controller = make_controller()
    open_with_record(controller, demo_vault, qtbot)
    qtbot.keyClick(
        controller.window.workspace.caseload.table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier,
    )
    assert_locked(controller, demo_vault)


def test_a_pause_in_input_checkpoints_the_wal_once(
    make_controller, demo_vault, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("app.ui.lock.QUIET_MS", 50)
    monkeypatch.setattr("app.store.vault.QUIET_CHECKPOINT_PAGES", 1)  # copy even one save
    controller = make_controller()
    controller.start_unlocked(demo_vault)
    copied: list[int] = []
    real = controller.access.checkpoint
    monkeypatch.setattr(controller.access, "checkpoint", lambda: copied.append(real()) or 0)
    with demo_vault.session() as session:  # a save: new pages in the WAL
        session.add(Client(legal_first_name="Quiet", legal_last_name="Moment"))
    qtbot.keyClick(controller.window, Qt.Key.Key_Shift)
    qtbot.waitUntil(lambda: bool(copied), timeout=2000)
    qtbot.wait(200)
    assert len(copied) == 1 and copied[0] > 0  # once per pause, and it did copy pages back
