"""Before you sync (Ctrl+Shift+S with drafts or past visits open) and the automatic sync,
against a real office server in process (tests/ui/sync_helpers.py)."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from app.models.base import utcnow
from app.services import activity, end_of_day
from app.services.vaults import Vault
from app.ui.controller import AppController
from app.ui.sync.before_sync import TARGET_ROLE, BeforeSyncDialog
from tests.sync.factory import add_caseload, add_client
from tests.ui import sync_helpers
from tests.ui.sync_helpers import SYNC_KEYS, banner, click, link_to, open_window, pending

office = sync_helpers.office  # fixtures, bound here for pytest to find
enrolled = sync_helpers.enrolled
SHOTS = Path("/tmp/shots13")


def past_visit(vault: Vault, client_id: str) -> str:
    with vault.session() as session:
        when = utcnow() - timedelta(hours=2)
        return activity.schedule_visit(session, client_id, vault.owner_id, "home", when)


def press_sync(controller: AppController, qtbot) -> BeforeSyncDialog:
    qtbot.keyClick(controller.window, Qt.Key.Key_S, SYNC_KEYS)
    qtbot.waitUntil(
        lambda: controller.sync.before is not None and controller.sync.before.isVisible()
    )
    assert controller.sync.before is not None
    return controller.sync.before


def lines(dialog: BeforeSyncDialog) -> list[str]:
    return [dialog.list.item(row).text().strip() for row in range(dialog.list.count())]


def test_ctrl_shift_s_shows_what_is_open_first(make_controller, vault, office, enrolled, qtbot):
    rosa = add_caseload(vault, "Rosa", "Delgado")  # an unsigned draft
    visit = past_visit(vault, rosa.client_id)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    dialog = press_sync(controller, qtbot)
    shown = lines(dialog)
    assert shown[0].startswith("Unsigned draft notes (1)")
    assert shown[1].startswith("Rosa Delgado — note of today")
    assert shown[2].startswith("Visits not marked done (1)")
    assert shown[3].startswith("Rosa Delgado — home visit, today")
    assert "Rosa" not in dialog.windowTitle() and dialog.isModal()
    assert pending(vault) > 0 and banner(controller) == ""  # nothing synced yet
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "sync_before.png"))
    controller.window.grab().save(str(SHOTS / "sync_before_window.png"))
    dialog.list.setCurrentRow(3)
    assert dialog.list.currentItem().data(TARGET_ROLE) == (rosa.client_id, "tasks", "")
    assert visit
    click(qtbot, dialog.open_button)
    record = controller.window.workspace.record
    qtbot.waitUntil(lambda: record.client_id == rosa.client_id)
    assert not dialog.isVisible() and banner(controller) == ""


def test_sync_now_in_the_view_runs_the_sync(make_controller, vault, office, enrolled, qtbot):
    rosa = add_caseload(vault, "Rosa", "Delgado")
    past_visit(vault, rosa.client_id)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    dialog = press_sync(controller, qtbot)
    for button in (dialog.open_button, dialog.sync_button, dialog.later_button):
        assert button.accessibleName()
    click(qtbot, dialog.sync_button)
    qtbot.waitUntil(lambda: banner(controller).startswith("Sent "))
    assert pending(vault) == 0


def test_not_now_leaves_everything(make_controller, vault, office, enrolled, qtbot):
    add_caseload(vault, "Rosa", "Delgado")
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    dialog = press_sync(controller, qtbot)
    click(qtbot, dialog.later_button)
    assert not dialog.isVisible() and pending(vault) > 0 and not controller.sync.running


def test_nothing_open_syncs_at_once(make_controller, vault, office, enrolled, qtbot):
    add_client(vault, "Rosa", "Delgado")  # changes to send, but no draft or visit
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    qtbot.keyClick(controller.window, Qt.Key.Key_S, SYNC_KEYS)
    qtbot.waitUntil(lambda: banner(controller).startswith("Sent "))
    assert controller.sync.before is None and pending(vault) == 0


def test_the_scheduler_syncs_quietly_when_its_tick_decides(
    make_controller, vault, office, enrolled, qtbot
):
    add_client(vault, "Rosa", "Delgado")
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    auto = controller.sync.auto
    assert auto.timer.isActive() and controller.window.auto_sync_action.isChecked()
    auto.tick()  # unknown reachability: probes the office (its /info), then syncs
    qtbot.waitUntil(lambda: pending(vault) == 0, timeout=5000)
    qtbot.waitUntil(lambda: not controller.sync.running)
    assert banner(controller) == ""  # quietly: only the status bar says it
    assert sync_helpers.status_line(controller).startswith("Last sync today ")
    assert auto.reachable and auto.last_attempt is not None


def test_the_setting_turns_it_off(make_controller, vault, office, enrolled, qtbot):
    add_client(vault, "Rosa", "Delgado")
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    controller.window.auto_sync_action.trigger()  # unchecks it: stored in the vault
    auto = controller.sync.auto
    assert not auto.settings.enabled
    auto.found(True)
    auto.tick()
    assert not controller.sync.running and pending(vault) > 0
    with vault.session() as session:
        assert not end_of_day.auto_sync_settings(session).enabled
    controller.lock()
    assert not auto.timer.isActive() and not controller.window.auto_sync_action.isEnabled()


def test_the_office_sets_the_daily_sync_time(make_controller, vault, office, enrolled, qtbot):
    """caseload-server daily-sync-time: the office's /info carries it; a probe brings it to
    the laptop, which keeps it in the vault and syncs by itself at that time."""
    office.settings.daily_sync_time = "17:30"
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    auto = controller.sync.auto
    auto.tick()  # unknown reachability: probes the office's /info
    qtbot.waitUntil(lambda: auto.settings.daily_time == time(17, 30), timeout=5000)
    with vault.session() as session:
        assert end_of_day.auto_sync_settings(session).daily_time == time(17, 30)
    office.settings.daily_sync_time = None  # the office turns it off: the laptop follows
    auto.last_probe, auto.reachable = None, False
    auto.tick()
    qtbot.waitUntil(lambda: auto.settings.daily_time is None, timeout=5000)
