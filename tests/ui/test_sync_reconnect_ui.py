"""A laptop stranded by the office's certificate, re-connected from the window (issue 10,
follow-up of item 5): a real office server over HTTPS on loopback replaces its certificate
with no overlap; Sync now says so and offers "Re-connect with a code…"; a code for someone
else is refused in the form; the supervisor's code re-pins the laptop, the banner says how
much work waits and offers Sync now, which sends it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel

from app.services.vaults import Vault
from app.sync.errors import CERTIFICATE_CHANGED_MESSAGE
from app.ui.controller import AppController
from app.ui.sync.connect import ReconnectDialog
from app.ui.sync.link import OfficeLink
from server.cli import main as server_cli
from tests.server.live import live_server
from tests.sync.factory import add_client
from tests.sync.office import Office
from tests.sync.tls_helpers import Running, pinned
from tests.ui.sync_helpers import banner, click, open_window, pending


@pytest.fixture
def running(tmp_path) -> Iterator[Running]:
    # The office of this test alone (its certificate is replaced), with codes enough.
    with live_server(tmp_path / "office", enroll_rate_limit=10_000) as server:
        current = Running(server)
        yield current
        current.server.stop()


@pytest.fixture
def office(running: Running) -> Iterator[Office]:
    made = Office.over_https(running.server.settings)
    yield made
    made.close()


def replace_certificate_without_overlap(running: Running) -> None:
    data = str(running.server.settings.data_dir)
    assert server_cli(["tls", "rotate", "--activate", "--data", data]) == 0
    running.restart()


def press(qtbot, controller: AppController, action_text: str) -> None:
    """The banner's offered step, clicked as the worker does."""
    offer = controller.window.banner.offer
    assert offer.isVisible() and offer.defaultAction().text() == action_text
    click(qtbot, offer)


def reconnect_form(controller: AppController) -> ReconnectDialog:
    dialog = controller.sync.connecting.reconnect_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def submit(qtbot, dialog: ReconnectDialog, code: str) -> None:
    qtbot.keyClicks(dialog.code, code)
    click(qtbot, dialog.ok)


def test_a_stranded_laptop_is_reconnected_from_the_window_and_sends_its_work(
    make_controller, qtbot, vault: Vault, running: Running, office: Office
) -> None:
    name, other = office.user("wren"), office.user("max")
    office.enroll(vault, name)  # real HTTPS: the certificate of today is pinned
    for first in ("Ada", "Bea"):
        add_client(vault, first, "Quintero")
    waiting = pending(vault)
    replace_certificate_without_overlap(running)
    controller = open_window(make_controller, vault, OfficeLink(retry_sleep=lambda _s: None), qtbot)
    window = controller.window
    assert window.reconnect_action.isVisible() and not window.connect_action.isVisible()

    window.sync_action.trigger()
    assert banner(controller).endswith(CERTIFICATE_CHANGED_MESSAGE)
    press(qtbot, controller, "&Re-connect with a code…")
    dialog = reconnect_form(controller)
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Ask your supervisor" in said and "unsent work is kept" in said
    submit(qtbot, dialog, office.code(other))  # someone else's code: refused, nothing stored
    assert dialog.error.isVisibleTo(dialog) and "wrong, used or expired" in dialog.error.text()
    dialog.code.clear()
    submit(qtbot, dialog, office.code(name))
    assert dialog.closed and pinned(vault) == [running.server.fingerprint]
    assert banner(controller) == (
        f"Re-connected to the office. {waiting} changes of yours wait to be sent."
    )

    press(qtbot, controller, "&Sync now")
    assert banner(controller).startswith(f"Sent {waiting} changes")
    assert pending(vault) == 0


def test_an_automatic_sync_that_meets_a_changed_certificate_still_says_so(
    make_controller, qtbot, vault: Vault, running: Running, office: Office
) -> None:
    office.enroll(vault, office.user("lou"))
    replace_certificate_without_overlap(running)
    controller = open_window(make_controller, vault, OfficeLink(retry_sleep=lambda _s: None), qtbot)
    controller.sync.start_quietly()  # as AutoSync does when the office seems reachable
    assert banner(controller).endswith(CERTIFICATE_CHANGED_MESSAGE)
    press(qtbot, controller, "&Re-connect with a code…")
    assert reconnect_form(controller).code.text() == ""
    controller.lock()  # the lock closes the form with every other dialog
    closed = controller.sync.connecting.reconnect_dialog
    assert closed is not None and closed.closed
