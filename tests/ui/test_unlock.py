"""The unlock screen: wrong passphrases, back-off, and opening the caseload."""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.vaults import Vault
from app.store.attempts import AttemptCounter
from app.store.device_secret import system_secret_store
from app.store.header import read_header
from app.ui.tasks import ThreadedTaskRunner
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE
from tests.ui.conftest import rows_loaded


def locked(vault: Vault) -> Vault:
    vault.lock()
    return vault


def try_passphrase(qtbot, screen, passphrase: str) -> None:
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)


def test_wrong_passphrase_shows_error(make_controller, qtbot, vault) -> None:
    locked(vault)
    controller = make_controller()
    controller.start()
    window, screen = controller.window, controller.window.unlock
    assert window.pages.currentWidget() is screen
    assert screen.passphrase.echoMode() == screen.passphrase.EchoMode.Password
    try_passphrase(qtbot, screen, "not the passphrase at all")
    assert screen.error.isVisibleTo(screen)
    assert "Wrong passphrase" in screen.error.text()
    assert window.pages.currentWidget() is screen
    assert controller.vault is None
    assert screen.passphrase.text() == ""
    assert screen.unlock.isEnabled()  # one mistake costs nothing


def seed_failures(profile: Path, count: int, ago: float) -> None:
    """`count` wrong passphrases in a row, the last one `ago` seconds ago, as the vault keeps
    them on disk (typed in an earlier run of the app, or at the command line)."""
    header = read_header(profile / "vault.json")
    counter = AttemptCounter(profile, header, system_secret_store(), now=lambda: time.time() - ago)
    tally = counter.read()
    for _ in range(count):
        tally = counter.record_failure(tally)


def test_repeated_failures_back_off(make_controller, qtbot, vault, profile) -> None:
    locked(vault)
    seed_failures(profile, 4, ago=3600)  # from an earlier session: 2 s after the next one
    controller = make_controller()
    controller.start()
    screen = controller.window.unlock
    assert screen.unlock.isEnabled()
    try_passphrase(qtbot, screen, "wrong wrong wrong wrong")
    assert not screen.unlock.isEnabled()
    assert screen.waiting
    assert "Try again in 2 seconds" in screen.wait.text()
    # The wait is said once, by the countdown: not again (and frozen) in the error line.
    assert "Wrong passphrase" in screen.error.text()
    assert "second" not in screen.error.text()
    assert screen.forgotten.isVisibleTo(screen)
    try_passphrase(qtbot, screen, PASSPHRASE)  # ignored while waiting
    assert controller.vault is None
    qtbot.waitUntil(lambda: screen.unlock.isEnabled(), timeout=4000)
    assert not screen.wait.isVisibleTo(screen)
    qtbot.mouseClick(screen.unlock, Qt.MouseButton.LeftButton)  # what was typed is kept
    assert controller.vault is not None, screen.error.text()


def test_the_wait_is_still_shown_after_a_restart(make_controller, qtbot, vault, profile) -> None:
    locked(vault)
    seed_failures(profile, 8, ago=0)  # the app was closed (or crashed) right after the 8th
    controller = make_controller()
    controller.start()  # a fresh window: nothing in memory
    screen = controller.window.unlock
    assert screen.waiting and not screen.unlock.isEnabled()
    assert screen.wait.isVisibleTo(screen)
    seconds = int(re.search(r"in (\d+) seconds", screen.wait.text()).group(1))
    assert 14 <= seconds <= 16
    qtbot.waitUntil(lambda: f"in {seconds - 1} seconds" in screen.wait.text(), timeout=2500)
    try_passphrase(qtbot, screen, PASSPHRASE)  # the button and Return both wait
    assert controller.vault is None


def test_after_ten_failures_only_the_office_helps(make_controller, vault, profile) -> None:
    locked(vault)
    seed_failures(profile, 10, ago=3600)
    controller = make_controller()
    controller.start()
    screen = controller.window.unlock
    assert not screen.unlock.isEnabled() and not screen.passphrase.isEnabled()
    assert "office" in screen.wait.text()
    assert screen.forgotten.isVisibleTo(screen)


def test_passphrase_only_vault_is_flagged(make_controller, profile) -> None:
    from app.services.vaults import create_vault

    create_vault(profile, PASSPHRASE, "Alex Rivera", use_keyring=False).lock()
    controller = make_controller()
    controller.start()
    assert controller.window.unlock.warning.isVisibleTo(controller.window.unlock)


def test_right_passphrase_opens_caseload(make_controller, qtbot, demo_vault) -> None:
    locked(demo_vault)
    controller = make_controller()
    controller.start()
    window = controller.window
    try_passphrase(qtbot, window.unlock, PASSPHRASE)
    assert window.pages.currentWidget() is window.workspace
    model = window.workspace.caseload.model
    assert model.rowCount() == 40
    qtbot.waitUntil(lambda: rows_loaded(model))
    assert window.worker_label.text().endswith("Alex Rivera")
    assert "40 clients" in window.workspace.caseload.count.text()


def test_unlock_on_worker_thread(make_controller, qtbot, demo_vault) -> None:
    locked(demo_vault)
    controller = make_controller(runner=ThreadedTaskRunner())
    controller.start()
    window = controller.window
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock)
    try_passphrase(qtbot, window.unlock, PASSPHRASE)
    assert window.unlock.busy.isVisibleTo(window.unlock)  # the key derivation runs elsewhere
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.workspace, timeout=10000)
    model = window.workspace.caseload.model
    qtbot.waitUntil(lambda: model.rowCount() == 40 and rows_loaded(model), timeout=5000)


def test_damaged_header_is_explained(make_controller, profile, vault) -> None:
    vault.lock()
    (profile / "vault.json").write_text("{ not json")
    (profile / "backups" / "vault.header.bak").write_text("{ not json")  # and its spare copy
    controller = make_controller()
    controller.start()
    screen = controller.window.unlock
    assert controller.window.pages.currentWidget() is screen
    assert screen.error.isVisibleTo(screen) and screen.error.text()


def test_a_screen_locked_window_keeps_other_processes_out(make_controller, qtbot, vault, profile):
    locked(vault)
    controller = make_controller()
    controller.start()
    try_passphrase(qtbot, controller.window.unlock, PASSPHRASE)
    controller.lock()  # the lock screen: the same window will unlock this vault again
    qtbot.waitUntil(lambda: controller.vault is None)
    command = ("check", "--profile", str(profile), "--passphrase-stdin")
    refused = caseload(*command)
    assert refused.returncode == 14
    assert "already open in another Caseload window or command" in refused.stderr
    controller.shutdown()  # the window closes: the vault is free
    assert caseload(*command).returncode == 0
