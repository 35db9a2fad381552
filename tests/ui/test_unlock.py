"""The unlock screen: wrong passphrases, back-off, and opening the caseload."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.vaults import Vault
from app.ui.tasks import ThreadedTaskRunner
from app.ui.unlock.screen import Backoff
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


def test_repeated_failures_back_off(make_controller, qtbot, vault) -> None:
    locked(vault)
    controller = make_controller(backoff=Backoff(free_attempts=2))
    controller.start()
    screen = controller.window.unlock
    for _ in range(2):
        try_passphrase(qtbot, screen, "wrong wrong wrong wrong")
    assert not screen.unlock.isEnabled()
    assert screen.waiting
    assert "try again in 2 s" in screen.wait.text()
    try_passphrase(qtbot, screen, PASSPHRASE)  # ignored while waiting
    assert controller.vault is None
    qtbot.waitUntil(lambda: screen.unlock.isEnabled(), timeout=4000)
    assert not screen.wait.isVisibleTo(screen)


def test_backoff_doubles() -> None:
    backoff = Backoff()
    delays = [backoff.record_failure() for _ in range(6)]
    assert delays == [0, 0, 2, 4, 8, 16]
    assert backoff.suggest_recovery
    backoff.reset()
    assert backoff.delay() == 0


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
    controller = make_controller()
    controller.start()
    screen = controller.window.unlock
    assert controller.window.pages.currentWidget() is screen
    assert screen.error.isVisibleTo(screen) and screen.error.text()
