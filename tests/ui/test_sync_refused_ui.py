"""Refused by the office, in the sync conflicts window: which changes the office refused, whose
they are and why, in plain words; opening the client; dismissing a notice; loading off the
GUI thread; and nothing left on screen after a lock."""

from __future__ import annotations

import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

from collections.abc import Iterator  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.models import CaseNote, SyncRejection  # noqa: E402
from app.models.base import utcnow  # noqa: E402
from app.services import sync as sync_service  # noqa: E402
from app.services.vaults import Vault  # noqa: E402
from app.ui.controller import AppController  # noqa: E402
from app.ui.sync.conflicts import SyncConflictsDialog  # noqa: E402
from app.ui.sync.link import OfficeLink  # noqa: E402
from app.ui.tasks import ThreadedTaskRunner  # noqa: E402
from app.ui.widgets import local_moment  # noqa: E402
from tests.sync.factory import add_caseload, write_note  # noqa: E402
from tests.sync.office import Office  # noqa: E402
from tests.ui.sync_helpers import press_sync_now  # noqa: E402

TAB = "Re&fused by the office"
NONE_REFUSED = "The office has not refused any of your changes."
SEALED = (
    "Case note for Rosa Delgado: the office refused it because signed notes and consents "
    "cannot change (add an addendum instead)."
)
GONE_TASK = (
    "Task (no longer on this laptop): the office refused it because it is about a client who "
    "is not on your caseload."
)
OWN_PROFILE = (
    "Worker profile: the office refused it because only the office can change another "
    "worker's details."
)
ELSEWHERE = "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee"  # a record this laptop no longer holds


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = Office.in_process(tmp_path / "office")
    yield made
    made.close()


def link_to(office: Office) -> OfficeLink:
    """The in-process server, presenting the certificate its enrollment codes name."""
    pem = office.settings.cert_file.read_text()
    return OfficeLink(office.client, lambda _url: pem, retry_sleep=lambda _s: None)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_list(controller: AppController, qtbot) -> SyncConflictsDialog:
    qtbot.waitUntil(controller.window.conflicts_action.isEnabled)  # once the vault is open
    controller.window.conflicts_action.trigger()
    view = controller.sync.conflicts
    assert view.isVisible() and view.windowTitle() == "Sync conflicts"
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)  # so its mnemonics reach it
    return view


def reject(vault: Vault, seq: int, entity: str, record_id: str, reason: str, minutes: int) -> None:
    at = utcnow() - timedelta(minutes=minutes)
    row = SyncRejection(seq=seq, entity=entity, record_id=record_id, reason=reason, at=at)
    with vault.session() as session:
        session.add(row)


def refused_count(vault: Vault) -> int:
    with vault.session() as session:
        return sync_service.count_refused(session)


@pytest.fixture
def sealed(office: Office, vault: Vault, tmp_path: Path) -> str:
    """The window's laptop edited a draft note its worker had meanwhile signed on a tablet:
    the office refuses the edit. Returns the client."""
    name = office.user("alex")
    office.enroll(vault, name)
    tablet = office.device(tmp_path / "tablet", name)
    rosa = add_caseload(vault, "Rosa", "Delgado")
    write_note(vault, rosa.note_id, "Draft, first visit.")
    office.sync(vault)
    office.sync(tablet)
    write_note(tablet, rosa.note_id, "Signed on the tablet.", sign=True)
    office.sync(tablet)
    write_note(vault, rosa.note_id, "Edited on the laptop, offline.")
    return rosa.client_id


def test_a_refused_change_is_listed_opened_and_dismissed(
    make_controller, vault, office, sealed, qtbot
) -> None:
    controller = make_controller(office=link_to(office))
    controller.start_unlocked(vault)
    window = controller.window
    press_sync_now(controller, qtbot)
    assert " 1 change was refused: " in window.banner.message()
    view = open_list(controller, qtbot)
    section = view.refused
    assert view.tabs.tabText(1) == f"{TAB} (1)"
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # Re&fused
    assert view.tabs.currentWidget() is section
    with vault.session() as session:
        at = session.scalars(select(SyncRejection)).one().at
    assert section.rows() == [[SEALED, local_moment(at)]]
    assert section.dismiss_button.isEnabled() and section.open_button.isEnabled()
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Return)  # Enter opens the client beside the list
    assert window.workspace.record.client_id == sealed and view.isVisible()
    view.activateWindow()  # back from the record (it took the focus) to the list
    qtbot.waitUntil(view.isActiveWindow, timeout=3000)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Dismiss
    qtbot.waitUntil(lambda: section.rows() == [[NONE_REFUSED, ""]])  # a mnemonic animates
    assert view.tabs.tabText(1) == TAB
    assert not section.dismiss_button.isEnabled() and not section.open_button.isEnabled()
    assert refused_count(vault) == 0
    with vault.session() as session:  # only the notice went: the note is still here
        assert session.scalars(select(CaseNote).where(CaseNote.client_id == sealed)).one()
    controller.lock()
    assert not view.isVisible() and section.rows() == [] and section.refused == []


def test_the_list_loads_off_the_gui_thread_and_names_no_gone_client(
    make_controller, vault, qtbot
) -> None:
    reject(vault, 7, "worker_profile", vault.owner_id, "not_your_profile", minutes=30)
    reject(vault, 9, "task", ELSEWHERE, "forbidden_scope", minutes=5)
    controller = make_controller(runner=ThreadedTaskRunner())
    controller.start_unlocked(vault)
    view = open_list(controller, qtbot)
    section = view.refused  # asked of the worker thread; the answer comes by signal
    qtbot.waitUntil(lambda: len(section.rows()) == 2, timeout=5000)
    assert [row[0] for row in section.rows()] == [GONE_TASK, OWN_PROFILE]  # newest first
    assert view.tabs.tabText(1) == f"{TAB} (2)"
    assert not section.open_button.isEnabled()  # nobody's record to open
    shown = section.rows()
    click(qtbot, section.dismiss_button)  # the first (newest) is selected
    qtbot.waitUntil(lambda: section.rows() == shown[1:], timeout=5000)
    assert refused_count(vault) == 1


def test_an_empty_list_says_so_and_a_stale_dismissal_says_why(
    make_controller, vault, qtbot
) -> None:
    controller = make_controller()
    controller.start_unlocked(vault)
    view = open_list(controller, qtbot)
    assert view.refused.rows() == [[NONE_REFUSED, ""]]
    view.close()
    reject(vault, 4, "task", ELSEWHERE, "forbidden_scope", minutes=1)
    view = open_list(controller, qtbot)
    with vault.session() as session:
        sync_service.dismiss_refused(session, 4)  # dismissed meanwhile (another window)
    click(qtbot, view.refused.dismiss_button)
    assert view.refused.error.text() == "That record is no longer there."
    assert view.refused.dismiss_button.isEnabled()  # the worker may try again


def test_every_control_is_named_and_no_client_data_is_in_titles(
    make_controller, vault, office, sealed, qtbot
) -> None:
    from tests.ui.test_caseload import KINDS, inside

    controller = make_controller(office=link_to(office))
    controller.start_unlocked(vault)
    press_sync_now(controller, qtbot)
    view = open_list(controller, qtbot)
    view.tabs.setCurrentWidget(view.refused)
    unnamed = [
        type(w).__name__
        for w in view.findChildren(object)
        if isinstance(w, KINDS)
        and not w.objectName().startswith("qt_")
        and not inside(w, KINDS)
        and not w.accessibleName()
    ]
    assert unnamed == []
    titles = [view.windowTitle(), *(view.tabs.tabText(i) for i in range(view.tabs.count()))]
    assert not any("Rosa" in title or "Delgado" in title for title in titles)
