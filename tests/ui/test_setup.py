"""First run: the passphrase rules, the keyring warning, and creating the vault."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import Qt

from app.services.vaults import vault_status
from app.ui import access
from tests.conftest import PASSPHRASE

WEAK = "password1"


def fill(setup, name: str, passphrase: str, confirm: str) -> None:
    setup.worker_name.setText(name)
    setup.passphrase.setText(passphrase)
    setup.confirm.setText(confirm)


def test_starts_with_setup_and_explains_recovery(make_controller, profile: Path) -> None:
    controller = make_controller()
    controller.start()
    setup = controller.window.setup
    assert controller.window.pages.currentWidget() is setup
    assert controller.window.windowTitle() == "Caseload"
    text = " ".join(label.text() for label in setup.findChildren(type(setup.error)))
    assert "office" in text and "recovery key" in text
    assert not setup.keyring_warning.isVisibleTo(setup)


def test_meter_follows_typing(make_controller, qtbot) -> None:
    controller = make_controller()
    controller.start()
    setup = controller.window.setup
    qtbot.keyClicks(setup.passphrase, "abc")
    assert "weak" in setup.meter.label.text().lower()
    setup.passphrase.setText(PASSPHRASE)
    assert "strong" in setup.meter.label.text().lower()
    assert setup.meter.bar.value() >= 4


def test_weak_passphrase_refused(make_controller, qtbot, profile: Path) -> None:
    controller = make_controller()
    controller.start()
    setup = controller.window.setup
    fill(setup, "Alex Rivera", WEAK, WEAK)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.error.isVisibleTo(setup)
    assert "too weak" in setup.error.text()
    assert not (profile / "vault.json").exists()


def test_mismatched_passphrases_refused(make_controller, qtbot, profile: Path) -> None:
    controller = make_controller()
    controller.start()
    setup = controller.window.setup
    fill(setup, "Alex Rivera", PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "different" in setup.error.text()
    assert not (profile / "vault.json").exists()


def test_strong_matching_passphrase_creates_vault(make_controller, qtbot, profile: Path) -> None:
    controller = make_controller()
    controller.start()
    window = controller.window
    fill(window.setup, "Alex Rivera", PASSPHRASE, PASSPHRASE)
    qtbot.keyClick(window.setup.confirm, Qt.Key.Key_Return)
    assert (profile / "vault.json").exists()
    assert window.pages.currentWidget() is window.workspace
    assert window.worker_label.text().endswith("Alex Rivera")
    assert window.setup.passphrase.text() == ""
    assert controller.vault is not None and not controller.vault.passphrase_only
    assert not window.weak_label.isVisibleTo(window)


def test_no_keyring_needs_explicit_consent(make_controller, qtbot, profile, monkeypatch) -> None:
    monkeypatch.setattr(access, "keyring_available", lambda: False)
    controller = make_controller()
    controller.start()
    window, setup = controller.window, controller.window.setup
    assert setup.keyring_warning.isVisibleTo(setup)
    assert setup.accept_weaker.text() == "Create a passphrase-only vault (weaker)"
    fill(setup, "Alex Rivera", PASSPHRASE, PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "keyring" in setup.error.text()
    assert not (profile / "vault.json").exists()
    setup.accept_weaker.setChecked(True)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert vault_status(profile).passphrase_only
    assert window.pages.currentWidget() is window.workspace
    assert window.weak_label.isVisibleTo(window)


def test_setup_tells_the_truth_about_recovery(make_controller, qtbot, monkeypatch, tmp_path):
    from app.services import vaults

    monkeypatch.setattr(vaults, "recovery_key_locations", lambda: [tmp_path / "none.key"])
    controller = make_controller()
    controller.start()
    setup = controller.window.setup
    qtbot.waitUntil(lambda: "No office recovery key" in setup.forgotten.text())
    key = tmp_path / "office.key"
    key.write_text(base64.b64encode(b"k" * 32).decode())
    monkeypatch.setattr(vaults, "recovery_key_locations", lambda: [key])
    controller.start()
    qtbot.waitUntil(lambda: "Only your office can restore access" in setup.forgotten.text())
