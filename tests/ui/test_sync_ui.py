"""Syncing from the window, against a real office server running in process: Sync now and
its summary, failures in plain words, and a revoked laptop that erases itself and goes back
to first-run setup. Connecting and the conflicts list: test_sync_connect_ui.py; stopping a
sync (Stop sync, or the screen lock): test_sync_stop_ui.py."""

from __future__ import annotations

import re

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.sync.errors import STOPPED_MESSAGE, NotEnrolled, SyncStopped
from app.sync.receipt import Receipt
from app.ui.sync import summary
from app.ui.tasks import ThreadedTaskRunner
from server import admin
from tests.conftest import PASSPHRASE
from tests.sync.factory import add_caseload, add_client
from tests.ui import sync_helpers
from tests.ui.sync_helpers import (
    SYNC_KEYS,
    banner,
    click,
    link_to,
    names,
    open_window,
    pending,
    press_sync_now,
    status_line,
)

office = sync_helpers.office  # fixtures, bound here for pytest to find
enrolled = sync_helpers.enrolled


# -- Sync now ------------------------------------------------------------------------------


def test_sync_now_reports_progress_then_a_plain_summary(
    make_controller, vault, office, enrolled, tmp_path, qtbot
) -> None:
    add_caseload(vault, "Rosa", "Delgado")  # a case, a plan, a note, a task: several changes
    to_send = pending(vault)
    tablet = office.device(tmp_path / "tablet", enrolled)
    add_client(tablet, "Marisol", "Quintero")
    office.sync(tablet)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    window = controller.window
    assert status_line(controller) == f"Not synced yet · {to_send} changes to send"
    seen: list[tuple[str, bool, bool]] = []
    controller.sync.relay.progressed.connect(
        lambda _run, _step, _count: seen.append(
            (
                status_line(controller),
                window.sync_action.isEnabled(),
                window.sync_status.bar.isVisible(),
            )
        )
    )
    press_sync_now(controller, qtbot, button=True)
    assert (f"Syncing: {to_send} changes sent…", False, True) in seen
    assert any(line.startswith("Syncing:") and "received" in line for line, _, _ in seen)
    said = banner(controller)
    match = re.fullmatch(r"Sent (\d+) changes, received (\d+)\.", said)
    assert match and int(match[1]) == to_send and int(match[2]) >= 1, said
    assert window.banner.review.isHidden()
    assert status_line(controller).startswith("Last sync today ")
    assert "to send" not in status_line(controller)
    assert window.sync_action.isEnabled() and window.sync_status.bar.isHidden()
    assert any("Quintero" in shown for shown in names(controller, qtbot))
    assert window.windowTitle() == "Caseload"
    press_sync_now(controller, qtbot, button=True)  # again: nothing new either way
    assert banner(controller) == "Everything was already up to date."


def test_the_sync_runs_off_the_gui_thread(make_controller, vault, office, enrolled, qtbot):
    controller = make_controller(runner=ThreadedTaskRunner(), office=link_to(office))
    controller.start_unlocked(vault)
    window = controller.window
    qtbot.waitUntil(lambda: status_line(controller).startswith("Not synced yet"))
    press_sync_now(controller, qtbot)
    # trigger() returned before the sync finished: the GUI thread is free meanwhile
    assert not window.sync_action.isEnabled() and window.sync_status.bar.isVisible()
    qtbot.waitUntil(lambda: banner(controller).startswith("Sent "), timeout=20000)
    assert window.sync_action.isEnabled() and window.sync_status.bar.isHidden()
    assert status_line(controller).startswith("Last sync today ")


def network_down(_request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("no route to host")


def clock_wrong(_request: httpx.Request) -> httpx.Response:
    error = {"code": "clock_skew", "message": "clock skew", "server_time_ms": 0}
    return httpx.Response(409, json={"error": error})


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (network_down, "The office server cannot be reached. Check the network and try again."),
        (clock_wrong, "This computer's clock is wrong"),
    ],
)
def test_failures_are_said_in_plain_words_and_nothing_is_lost(
    make_controller, vault, office, enrolled, qtbot, handler, expected
) -> None:
    add_caseload(vault)
    to_send = pending(vault)
    broken = httpx.Client(transport=httpx.MockTransport(handler), base_url="https://office")
    controller = open_window(make_controller, vault, link_to(office, broken), qtbot)
    press_sync_now(controller, qtbot)
    assert banner(controller).startswith("The sync did not finish. " + expected)
    assert "Marisol" not in banner(controller)
    assert controller.window.banner.kind == "error"
    assert status_line(controller) == f"Not synced yet · {to_send} changes to send"
    assert controller.window.sync_action.isEnabled()
    assert pending(vault) == to_send


def test_sync_is_off_while_locked(make_controller, vault, office, enrolled, qtbot) -> None:
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    window = controller.window
    assert window.sync_action.isEnabled()
    controller.lock()
    assert not window.sync_action.isEnabled() and not window.conflicts_action.isEnabled()
    assert window.sync_status.isHidden()
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_S, SYNC_KEYS)
    assert banner(controller) == "" and status_line(controller) == ""
    qtbot.keyClicks(window.unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock.passphrase, Qt.Key.Key_Return)
    assert window.unlocked and window.sync_action.isEnabled()
    assert status_line(controller).startswith("Not synced yet")


# -- a revoked laptop ----------------------------------------------------------------------


def test_a_revoked_laptop_is_erased_and_back_at_setup(
    make_controller, vault, office, enrolled, profile, qtbot
) -> None:
    mine = add_caseload(vault, "Rosa", "Delgado")
    office.sync(vault)
    add_client(vault, "Marisol", "Quintero")  # not sent when the laptop is reported lost
    admin.revoke_device(office.settings, office.device_id(vault))
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    window = controller.window
    controller.open_client(mine.client_id)
    controller.notes.new_note(mine.client_id, mine.case_id)  # a note editor is open
    lost = pending(vault)  # the new client and the editor's draft note
    assert lost == 2
    window.conflicts_action.trigger()
    open_windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert len(open_windows) == 2
    press_sync_now(controller, qtbot, button=True)
    assert vault.is_locked and not profile.exists()
    assert window.pages.currentWidget() is window.setup
    assert banner(controller) == (
        "This laptop was removed from the office, so Caseload has erased everything it kept on "
        f"it. {lost} unsent changes were lost. Set up Caseload again and ask your supervisor "
        "for a new code to connect."
    )
    assert window.banner.kind == "warning"
    assert not any(w.isVisible() for w in open_windows)
    assert controller.access is None and controller.window.workspace.record.is_empty()
    assert window.workspace.caseload.model.rowCount() == 0
    assert controller.sync.conflicts.rows() == []
    assert not window.sync_action.isEnabled() and window.sync_status.isHidden()
    assert window.windowTitle() == "Caseload"
    # Setting up again gives a fresh, empty vault; the message has done its job.
    setup = window.setup
    setup.worker_name.setText("Alex Rivera")
    setup.passphrase.setText(PASSPHRASE)
    setup.confirm.setText(PASSPHRASE)
    click(qtbot, setup.create_button)
    assert window.unlocked and banner(controller) == ""
    assert names(controller, qtbot) == []
    assert status_line(controller) == "Not connected to the office"
    controller.lock()


# -- the words -----------------------------------------------------------------------------


def test_summaries_name_counts_and_reasons_never_records() -> None:
    receipt = Receipt(pushed=12, pulled=30, scopes_purged=["client:0190", "worker:0191"])
    receipt.rejected = [
        {"seq": 4, "entity": "case_note", "record_id": "0190aa", "reason": "sealed"},
    ]
    assert summary.summary(receipt, open_conflicts=2) == (
        "Sent 12 changes, received 30. 1 change was refused: signed notes and consents cannot "
        "change (add an addendum instead). See Refused by the office in Sync conflicts. 1 "
        "client was reassigned "
        "and removed from this laptop. 2 conflicts to review."
    )
    receipt.checksums = {"client:0190": {"local": "a", "server": "b", "match": False}}
    assert "differ from the office's copy" in summary.summary(receipt, 0)
    assert summary.sync_failure(NotEnrolled("run enroll")) == summary.NOT_ENROLLED
    stopped = SyncStopped(STOPPED_MESSAGE, "stopped")
    assert summary.sync_failure(stopped) == STOPPED_MESSAGE  # no "did not finish" before it
    assert (summary.failure_kind(stopped), summary.failure_kind(NotEnrolled(""))) == (
        "info",
        "error",
    )
    assert summary.sync_failure(KeyError("Marisol")) == (
        "The sync stopped unexpectedly (KeyError). Nothing was lost; try again."
    )
    assert summary.revoked_message(1).count("1 unsent change was lost.") == 1
    assert summary.progress_text("pull", 1) == "Syncing: 1 change received…"
