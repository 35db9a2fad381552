"""Connecting this laptop to a real office server (running in process) with a one-time code,
and the sync conflicts list that a sync may leave to review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core.hlc import Timestamp
from app.models import Objective
from app.services import sync as sync_service
from app.services.vaults import create_vault
from app.store.outbox import wall_ms
from app.sync import incoming
from app.sync.protocol import PulledChange, client_scope
from app.ui.widgets import local_moment
from server.enroll import decode_code, encode_code
from tests.conftest import PASSPHRASE
from tests.sync.factory import add_caseload, add_client
from tests.ui import sync_helpers
from tests.ui.sync_helpers import (
    SYNC_KEYS,
    banner,
    click,
    edit_phone,
    link_to,
    names,
    open_window,
    status_line,
)

office = sync_helpers.office  # fixtures, bound here for pytest to find
enrolled = sync_helpers.enrolled


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
    dialog = controller.sync.connecting.connect_dialog
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
    dialog = controller.sync.connecting.connect_dialog
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
    dialog = controller.sync.connecting.connect_dialog
    dialog.code.setText(code)
    click(qtbot, dialog.ok)
    assert dialog.error.text() == (
        "The enrollment code is wrong, used or expired. Ask for a new one."
    )


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
