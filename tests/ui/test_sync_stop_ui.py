"""Stopping a sync from the window (the status bar's Stop, or Sync ▸ Stop sync), and locking
the screen while one runs, against a real office server in process.

To catch a sync mid-way, `HeldLink` holds the office's answers: the first request reaches
the office (a push: the office acknowledges it) but its answer waits until the test lets it
go; every later request waits until the test's end. A sync that is not stopped cannot end
before then, so a test that sees it end saw the stop work.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import Qt

from app.services.vaults import Vault
from app.sync.errors import STOPPED_MESSAGE
from app.sync.transport import Transport
from app.ui.controller import AppController
from app.ui.main_window import STOP_SYNC_KEYS
from app.ui.sync.link import OfficeLink
from app.ui.tasks import ThreadedTaskRunner
from tests.sync.factory import add_caseload, add_client
from tests.ui import sync_helpers
from tests.ui.sync_helpers import (
    SYNC_KEYS,
    banner,
    click,
    link_to,
    pending,
    press_sync_now,
    status_line,
)

if TYPE_CHECKING:
    from tests.sync.office import Office  # imported by sync_helpers, after its warning filter

office = sync_helpers.office  # fixtures, bound here for pytest to find
enrolled = sync_helpers.enrolled

HOLD_S = 30.0  # how long a held answer waits at most: only a broken test gets near it
PROMPT_MS = 5000  # "promptly": far below a held request, far above a stopped sync's end
Answer = TypeVar("Answer")


class HeldLink(OfficeLink):
    """The in-process office, with its answers held (see the module's docstring)."""

    def __init__(self, office: Office) -> None:
        pem = office.settings.cert_file.read_text()
        super().__init__(office.client, lambda _url: pem, retry_sleep=lambda _s: None)
        self.sent = threading.Event()  # the first request reached the office
        self.release = threading.Event()  # its answer may come back
        self.finish = threading.Event()  # later answers may come back

    def transport(self, vault: Vault) -> Transport:
        transport = super().transport(vault)
        transport.push = self._held(transport.push)  # type: ignore[method-assign]
        transport.pull = self._held(transport.pull)  # type: ignore[method-assign]
        transport.checksums = self._held(transport.checksums)  # type: ignore[method-assign]
        return transport

    def _held(self, call: Callable[[object], Answer]) -> Callable[[object], Answer]:
        def held(request: object) -> Answer:
            answer = call(request)  # a stopped sync raises here, before anything is sent
            first = not self.sent.is_set()
            self.sent.set()
            (self.release if first else self.finish).wait(HOLD_S)
            return answer

        return held

    def let_go(self) -> None:
        self.release.set()
        self.finish.set()


@pytest.fixture
def held(office: Office, make_controller) -> Iterator[HeldLink]:
    """Torn down before the controller (it depends on it): no sync job is left waiting
    when the worker thread is stopped."""
    link = HeldLink(office)
    yield link
    link.let_go()


def threaded_window(make_controller, vault: Vault, link: OfficeLink, qtbot) -> AppController:
    """The app on its real worker thread (the GUI stays free while a sync waits), window
    active so shortcuts reach it, the sync status read."""
    controller = make_controller(runner=ThreadedTaskRunner(), office=link)
    controller.start_unlocked(vault)
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow, timeout=3000)
    qtbot.waitUntil(lambda: status_line(controller).startswith("Not synced yet"))
    return controller


def something_each_way(office: Office, vault: Vault, worker: str, tmp_path) -> int:
    """Changes to send from this laptop, and a client to receive from the worker's tablet;
    returns how many changes wait to go."""
    add_caseload(vault, "Rosa", "Delgado")
    tablet = office.device(tmp_path / "tablet", worker)
    add_client(tablet, "Marisol", "Quintero")
    office.sync(tablet)
    return pending(vault)


def start_held_sync(controller: AppController, held: HeldLink, qtbot) -> None:
    press_sync_now(controller, qtbot, button=True)
    qtbot.waitUntil(held.sent.is_set)  # the first push is with the office: the sync runs


def test_stop_ends_a_running_sync_and_keeps_what_was_sent(
    make_controller, vault, office, enrolled, held, tmp_path, qtbot
) -> None:
    assert something_each_way(office, vault, enrolled, tmp_path) > 0
    controller = threaded_window(make_controller, vault, held, qtbot)
    window, corner = controller.window, controller.window.sync_status
    start_held_sync(controller, held, qtbot)
    assert corner.stop_button.isVisible() and corner.stop_button.isEnabled()
    assert corner.stop_button.accessibleName() == "Stop sync"
    click(qtbot, corner.stop_button)
    assert status_line(controller) == "Stopping the sync…" and corner.bar.isVisible()
    assert not corner.stop_button.isEnabled() and not window.sync_action.isEnabled()
    held.release.set()  # the push's answer arrives; the stopped sync asks for nothing more
    qtbot.waitUntil(lambda: banner(controller) == STOPPED_MESSAGE, timeout=PROMPT_MS)
    assert window.banner.kind == "info"  # the worker's choice, not a fault
    assert window.sync_action.isEnabled() and corner.button.isEnabled()
    assert corner.stop_button.isHidden() and corner.bar.isHidden()
    assert not window.stop_sync_action.isEnabled()
    qtbot.waitUntil(lambda: status_line(controller) == "Not synced yet")  # nothing to send
    qtbot.waitUntil(lambda: not controller.runner.busy)  # the vault is the test's now
    assert pending(vault) == 0  # the office's acknowledgement was kept
    held.finish.set()  # the next sync brings the rest
    press_sync_now(controller, qtbot, button=True)
    qtbot.waitUntil(lambda: banner(controller).startswith("Sent 0 changes, received "))


def test_locking_during_a_sync_stops_it_and_the_lock_is_prompt(
    make_controller, vault, office, enrolled, held, tmp_path, qtbot
) -> None:
    something_each_way(office, vault, enrolled, tmp_path)
    controller = threaded_window(make_controller, vault, held, qtbot)
    window, runner = controller.window, controller.runner
    start_held_sync(controller, held, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.unlock  # on screen at once
    held.release.set()  # the answer on the wire comes back; the stopped sync ends there
    qtbot.waitUntil(lambda: vault.is_locked and not runner.busy, timeout=PROMPT_MS)
    # The lock's job was delivered last: whatever the cut-off sync sent before it (progress,
    # its SyncStopped) has been handled already, and must have left no trace.
    assert banner(controller) == "" and status_line(controller) == ""
    assert window.sync_status.isHidden() and window.sync_status.bar.isHidden()
    assert window.sync_status.stop_button.isHidden()
    assert not window.sync_action.isEnabled() and not window.stop_sync_action.isEnabled()


def test_stop_sync_is_off_unless_a_sync_runs(
    make_controller, vault, office, enrolled, held, tmp_path, qtbot
) -> None:
    something_each_way(office, vault, enrolled, tmp_path)
    controller = threaded_window(make_controller, vault, held, qtbot)
    window, stop = controller.window, controller.window.stop_sync_action
    assert stop.shortcut().toString() == STOP_SYNC_KEYS and STOP_SYNC_KEYS in stop.toolTip()
    shortcuts = [a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts))  # no other action answers to the same keys
    assert not stop.isEnabled() and window.sync_status.stop_button.isHidden()
    start_held_sync(controller, held, qtbot)
    assert stop.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_X, SYNC_KEYS)  # Ctrl+Shift+X
    assert not stop.isEnabled() and status_line(controller) == "Stopping the sync…"
    held.release.set()
    qtbot.waitUntil(lambda: banner(controller) == STOPPED_MESSAGE, timeout=PROMPT_MS)
    assert not stop.isEnabled() and window.sync_status.stop_button.isHidden()
    qtbot.keyClick(window, Qt.Key.Key_X, SYNC_KEYS)  # no sync: nothing happens
    assert banner(controller) == STOPPED_MESSAGE
    controller.lock()
    assert not stop.isEnabled()


def test_a_lock_during_a_sync_drops_its_late_result(
    make_controller, vault, office, enrolled, qtbot
) -> None:
    runner = ThreadedTaskRunner()
    controller = make_controller(runner=runner, office=link_to(office))
    controller.start_unlocked(vault)
    qtbot.waitUntil(lambda: status_line(controller).startswith("Not synced yet"))
    press_sync_now(controller, qtbot)
    controller.lock()  # the sync stops on the worker; then the key is dropped
    qtbot.waitUntil(lambda: vault.is_locked and not runner.busy, timeout=20000)
    qtbot.wait(50)  # any progress signal still queued arrives now, and must be ignored
    window = controller.window
    assert window.pages.currentWidget() is window.unlock
    assert banner(controller) == "" and status_line(controller) == ""
    assert not window.sync_action.isEnabled() and window.sync_status.bar.isHidden()
