"""Syncing from the window, against a real office server running in process: connecting with
a one-time code, Sync now and its summary, failures in plain words, the sync conflicts list,
and a revoked laptop that erases itself and goes back to first-run setup."""

from __future__ import annotations

import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

import re  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.hlc import Timestamp  # noqa: E402
from app.models import Client, Objective  # noqa: E402
from app.services import sync as sync_service  # noqa: E402
from app.services.vaults import Vault, create_vault  # noqa: E402
from app.store.outbox import wall_ms  # noqa: E402
from app.sync import incoming  # noqa: E402
from app.sync.errors import NotEnrolled  # noqa: E402
from app.sync.protocol import PulledChange, client_scope  # noqa: E402
from app.sync.receipt import Receipt  # noqa: E402
from app.ui.controller import AppController  # noqa: E402
from app.ui.sync import summary  # noqa: E402
from app.ui.sync.link import OfficeLink  # noqa: E402
from app.ui.tasks import ThreadedTaskRunner  # noqa: E402
from app.ui.widgets import local_moment  # noqa: E402
from server import admin  # noqa: E402
from server.enroll import decode_code, encode_code  # noqa: E402
from tests.conftest import PASSPHRASE  # noqa: E402
from tests.sync.factory import add_caseload, add_client  # noqa: E402
from tests.sync.office import Office  # noqa: E402
from tests.ui.conftest import rows_loaded, shown_names  # noqa: E402

SYNC_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = Office.in_process(tmp_path / "office")
    yield made
    made.close()


def link_to(office: Office, client: httpx.Client | None = None) -> OfficeLink:
    """The in-process server, presenting the certificate its enrollment codes name."""
    pem = office.settings.cert_file.read_text()
    return OfficeLink(client or office.client, lambda _url: pem, retry_sleep=lambda _s: None)


def open_window(make_controller, vault: Vault, link: OfficeLink, qtbot) -> AppController:
    """The app showing `vault` unlocked, reaching the office through `link`, its window
    active (so shortcuts reach it)."""
    controller = make_controller(office=link)
    controller.start_unlocked(vault)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=3000)
    return controller


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def banner(controller: AppController) -> str:
    return controller.window.banner.message()


def status_line(controller: AppController) -> str:
    return controller.window.sync_status.label.text()


def names(controller: AppController, qtbot) -> list[str]:
    model = controller.window.workspace.caseload.model
    qtbot.waitUntil(lambda: rows_loaded(model))
    return shown_names(model)


def pending(vault: Vault) -> int:
    with vault.session() as session:
        return sync_service.sync_status(session).pending_changes


def edit_phone(vault: Vault, client_id: str, phone: str) -> None:
    with vault.session() as session:
        record = session.get(Client, client_id)
        assert record is not None
        record.phone = phone


@pytest.fixture
def enrolled(office: Office, vault: Vault) -> str:
    """The window's vault, connected to the office as a new worker; returns the worker."""
    name = office.user("alex")
    office.enroll(vault, name)
    return name


# -- connecting ----------------------------------------------------------------------------


def test_connect_with_a_code_then_the_first_sync_brings_the_caseload(
    make_controller, vault, office, tmp_path, qtbot
) -> None:
    name = office.user("alex")
    tablet = office.device(tmp_path / "tablet", name)  # the worker's other device
    add_client(tablet, "Marisol", "Quintero")
    office.sync(tablet)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    window = controller.window
    assert status_line(controller) == "Not connected to the office"
    assert window.connect_action.isVisible() and window.connect_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, SYNC_KEYS)  # not connected yet: offers the form
    dialog = controller.sync.connect_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Connect to the office"
    QApplication.clipboard().setText(office.code(name) + "\n")
    qtbot.keyClick(dialog.code, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, dialog.ok)
    assert not dialog.isVisible() and dialog.code.text() == ""
    said = banner(controller)
    assert said.startswith(f"This laptop is now connected to the office as {name}. Sent ")
    assert any("Quintero" in shown for shown in names(controller, qtbot))
    assert status_line(controller).startswith("Last sync today ")
    assert not window.connect_action.isVisible()  # a vault enrolls once
    assert window.worker_label.text() == f"Signed in: {name}"  # the office's spelling


def test_refused_codes_say_why_and_nothing_is_stored(make_controller, vault, office, qtbot):
    name = office.user("ines")
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    controller.window.connect_action.trigger()
    dialog = controller.sync.connect_dialog
    fields = decode_code(office.code(name))
    forged = encode_code(fields["url"], "00" * 32, fields["secret"])
    for code, expected in (
        ("", "Paste the code first"),
        ("hello", "That is not a Caseload enrollment code"),
        (forged, "The server's certificate does not match the enrollment code"),
    ):
        dialog.code.setText(code)
        click(qtbot, dialog.ok)
        assert dialog.isVisible() and dialog.error.text().startswith(expected), code
        assert dialog.code.isEnabled() and dialog.ok.isEnabled() and dialog.busy.isHidden()
    with vault.session() as session:
        assert not sync_service.sync_status(session).enrolled
    assert status_line(controller) == "Not connected to the office"


def test_a_used_code_is_refused(make_controller, vault, office, tmp_path, qtbot) -> None:
    name = office.user("ines")
    code = office.code(name)
    other = create_vault(tmp_path / "other", PASSPHRASE, "Someone Else")
    office.vaults.append(other)  # locked when the office closes
    link_to(office).enroll(other, code)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    controller.window.connect_action.trigger()
    dialog = controller.sync.connect_dialog
    dialog.code.setText(code)
    click(qtbot, dialog.ok)
    assert dialog.error.text() == (
        "The enrollment code is wrong, used or expired. Ask for a new one."
    )


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
    click(qtbot, window.sync_status.button)
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
    click(qtbot, window.sync_status.button)  # again: nothing new either way
    assert banner(controller) == "Everything was already up to date."


def test_the_sync_runs_off_the_gui_thread(make_controller, vault, office, enrolled, qtbot):
    controller = make_controller(runner=ThreadedTaskRunner(), office=link_to(office))
    controller.start_unlocked(vault)
    window = controller.window
    qtbot.waitUntil(lambda: status_line(controller).startswith("Not synced yet"))
    window.sync_action.trigger()
    # trigger() returned before the sync finished: the GUI thread is free meanwhile
    assert not window.sync_action.isEnabled() and window.sync_status.bar.isVisible()
    qtbot.waitUntil(lambda: banner(controller).startswith("Sent "), timeout=20000)
    assert window.sync_action.isEnabled() and window.sync_status.bar.isHidden()
    assert status_line(controller).startswith("Last sync today ")


def test_a_lock_during_a_sync_drops_its_late_result(
    make_controller, vault, office, enrolled, qtbot
) -> None:
    runner = ThreadedTaskRunner()
    controller = make_controller(runner=runner, office=link_to(office))
    controller.start_unlocked(vault)
    qtbot.waitUntil(lambda: status_line(controller).startswith("Not synced yet"))
    controller.window.sync_action.trigger()
    controller.lock()  # the sync finishes on the worker; then the key is dropped
    qtbot.waitUntil(lambda: vault.is_locked and not runner.busy, timeout=20000)
    qtbot.wait(50)  # any progress signal still queued arrives now, and must be ignored
    window = controller.window
    assert window.pages.currentWidget() is window.unlock
    assert banner(controller) == "" and status_line(controller) == ""
    assert not window.sync_action.isEnabled() and window.sync_status.bar.isHidden()


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
    controller.window.sync_action.trigger()
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
    click(qtbot, window.sync_status.button)
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
    click(qtbot, setup.create)
    assert window.unlocked and banner(controller) == ""
    assert names(controller, qtbot) == []
    assert status_line(controller) == "Not connected to the office"
    controller.lock()


# -- conflicts -----------------------------------------------------------------------------


def test_conflicts_are_listed_and_marked_reviewed(
    make_controller, vault, office, enrolled, tmp_path, qtbot
) -> None:
    client_id = add_client(vault, "Marisol", "Quintero")
    office.sync(vault)
    tablet = office.device(tmp_path / "tablet", enrolled)
    office.sync(tablet)
    edit_phone(vault, client_id, "555-0199")  # earlier, on this laptop
    edit_phone(tablet, client_id, "555-0777")  # later, on the tablet: the office keeps it
    office.sync(tablet)
    controller = open_window(make_controller, vault, link_to(office), qtbot)
    window = controller.window
    window.sync_action.trigger()
    assert banner(controller).endswith(" 1 conflict to review.")
    assert window.banner.review.isVisible()
    click(qtbot, window.banner.review)
    view = controller.sync.conflicts
    assert view.isVisible() and view.windowTitle() == "Sync conflicts"
    [row] = view.rows()
    assert row[:5] == ["Marisol Quintero", "Client profile", "Phone", "555-0199", "555-0777"]
    assert row[5] == local_moment(view.conflicts[0].created_at)  # when, in local time
    assert view.reviewed.isEnabled()  # the first conflict is selected: one key away
    click(qtbot, view.open_button)  # to re-enter the value; the list stays open beside it
    assert window.workspace.record.client_id == client_id and view.isVisible()
    click(qtbot, view.reviewed)
    assert view.rows() == [["No conflicts to review.", "", "", "", "", ""]]
    assert not view.reviewed.isEnabled() and not view.open_button.isEnabled()
    with vault.session() as session:
        assert sync_service.list_conflicts(session) == []
    controller.lock()
    assert not view.isVisible() and view.rows() == [] and view.conflicts == []


# -- the words -----------------------------------------------------------------------------


def test_summaries_name_counts_and_reasons_never_records() -> None:
    receipt = Receipt(pushed=12, pulled=30, scopes_purged=["client:0190", "worker:0191"])
    receipt.rejected = [
        {"seq": 4, "entity": "case_note", "record_id": "0190aa", "reason": "sealed"},
    ]
    assert summary.summary(receipt, open_conflicts=2) == (
        "Sent 12 changes, received 30. 1 change was refused: signed notes and consents cannot "
        "change (add an addendum instead). It stays on this laptop. 1 client was reassigned "
        "and removed from this laptop. 2 conflicts to review."
    )
    receipt.checksums = {"client:0190": {"local": "a", "server": "b", "match": False}}
    assert "differ from the office's copy" in summary.summary(receipt, 0)
    assert summary.sync_failure(NotEnrolled("run enroll")) == summary.NOT_ENROLLED
    assert summary.sync_failure(KeyError("Marisol")) == (
        "The sync stopped unexpectedly (KeyError). Nothing was lost; try again."
    )
    assert summary.revoked_message(1).count("1 unsent change was lost.") == 1
    assert summary.progress_text("pull", 1) == "Syncing: 1 change received…"


def test_a_conflict_names_the_client_its_record_belongs_to(vault) -> None:
    mine = add_caseload(vault, "Rosa", "Delgado")
    remote = Timestamp(wall_ms() + 1000, 0, "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee").encode()
    with vault.session() as session:
        session.get(Objective, mine.objective_id).measure = "flats seen"  # unsynced edit
    change = PulledChange(
        entity="objective",
        record_id=mine.objective_id,
        scope=client_scope(mine.client_id),
        hlc=remote,
        fields={"measure": "viewings booked"},
        origin="0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee",
    )
    with vault.session() as session:
        incoming.apply_page(session, [change], wall_ms())
    with vault.session() as session:
        [seen] = sync_service.conflicts_to_review(session)
    assert (seen.client_id, seen.client_name) == (mine.client_id, "Rosa Delgado")  # via goal, case
