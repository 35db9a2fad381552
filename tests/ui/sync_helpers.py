"""Shared by the sync window tests (test_sync_*.py): a real office server in process, a
window reaching it, and short ways to read what the window says.

The fixtures live here, not in conftest.py, so only the sync tests start an office; a test
module binds them to module names (`office = sync_helpers.office`) for pytest to find.
"""

from __future__ import annotations

import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import httpx  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from app.models import Client  # noqa: E402
from app.services import sync as sync_service  # noqa: E402
from app.services.vaults import Vault  # noqa: E402
from app.ui.controller import AppController  # noqa: E402
from app.ui.sync.link import OfficeLink  # noqa: E402
from tests.sync.office import Office  # noqa: E402
from tests.ui.conftest import rows_loaded, shown_names  # noqa: E402

SYNC_KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = Office.in_process(tmp_path / "office")
    yield made
    made.close()


@pytest.fixture
def enrolled(office: Office, vault: Vault) -> str:
    """The window's vault, connected to the office as a new worker; returns the worker."""
    name = office.user("alex")
    office.enroll(vault, name)
    return name


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


def press_sync_now(controller: AppController, qtbot, button: bool = False) -> None:
    """Sync now as the worker does it (the menu action, or the status bar's button): the
    "Before you sync" view opens first when drafts or past visits are still open
    (add_caseload leaves a draft), and its Sync now goes on."""
    hooks, said = controller.sync, banner(controller)
    if button:
        click(qtbot, controller.window.sync_status.button)
    else:
        controller.window.sync_action.trigger()
    qtbot.waitUntil(
        lambda: hooks.running or banner(controller) != said or _before_open(controller),
        timeout=10000,
    )
    if _before_open(controller):
        click(qtbot, hooks.before.sync_button)
        controller.window.activateWindow()  # shortcuts go to the window again, as on a desktop
        qtbot.waitUntil(controller.window.isActiveWindow, timeout=3000)


def _before_open(controller: AppController) -> bool:
    before = controller.sync.before
    return before is not None and before.isVisible()
