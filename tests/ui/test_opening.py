"""Opening the vault from the window (issue 10, follow-ups of items 3 and 7): the passphrase
leaves the unlock screen and the change-passphrase form as a buffer that is wiped once used,
failures follow the one error policy (app/ui/errors.py), and intake is a part of the lock
sequence like every other part that holds client data."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.services import vaults
from app.services.vaults import Vault
from app.store.attempts import AttemptCounter
from app.store.device_secret import system_secret_store
from app.store.errors import UnlockRefused
from app.store.header import read_header
from app.ui import access
from tests.conftest import PASSPHRASE
from tests.ui.conftest import started

CANARY = "Rosa Delgado 1987-03-02"
NEW = "seven purple walruses dancing"


def locked(vault: Vault) -> Vault:
    vault.lock()
    return vault


def type_passphrase(qtbot, controller, passphrase: str) -> list[object]:
    """Type a passphrase and press Enter; returns what the screen handed on."""
    handed: list[object] = []
    screen = controller.window.unlock
    screen.unlock_requested.connect(handed.append)
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    return handed


def wiped(buffer: object) -> bool:
    return isinstance(buffer, bytearray) and len(buffer) > 0 and not any(buffer)


# -- the passphrase as a buffer that is wiped --------------------------------------------------
@pytest.mark.parametrize("passphrase", [PASSPHRASE, "not the passphrase at all"])
def test_the_typed_passphrase_is_handed_on_as_a_buffer_and_wiped(
    make_controller, qtbot, vault, passphrase: str
) -> None:
    locked(vault)
    controller = make_controller()
    controller.start()
    handed = type_passphrase(qtbot, controller, passphrase)
    assert len(handed) == 1 and wiped(handed[0])  # zeros once stretched, right or wrong
    assert controller.window.unlock.passphrase.text() == ""
    assert (controller.vault is not None) == (passphrase == PASSPHRASE)


def test_a_passphrase_refused_without_trying_is_wiped_too(vault, profile: Path) -> None:
    """During the back-off the vault refuses before stretching: the buffer is wiped anyway."""
    locked(vault)
    header = read_header(profile / "vault.json")
    counter = AttemptCounter(profile, header, system_secret_store(), now=time.time)
    tally = counter.read()
    for _ in range(5):
        tally = counter.record_failure(tally)
    buffer = bytearray(PASSPHRASE, "utf-8")
    with pytest.raises(UnlockRefused):
        access.unlock(profile, buffer)
    assert wiped(buffer)


def test_the_change_passphrase_form_hands_on_buffers_and_they_are_wiped(
    make_controller, qtbot, vault, profile, monkeypatch
) -> None:
    handed: list[object] = []
    real = vaults.change_open_vault_passphrase

    def watched(opened: Vault, old: bytearray, new: bytearray) -> None:
        handed.extend((old, new))
        real(opened, old, new)

    monkeypatch.setattr(vaults, "change_open_vault_passphrase", watched)
    controller = started(make_controller, vault, qtbot)
    controller.window.change_passphrase_action.trigger()
    dialog = controller.settings.dialog
    assert dialog is not None
    for field, text in zip(dialog.fields(), (PASSPHRASE, NEW, NEW), strict=True):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.closed, timeout=30000)
    assert len(handed) == 2 and all(wiped(buffer) for buffer in handed)
    controller.lock()
    Vault.open(profile, NEW).lock()


# -- one error policy while opening ------------------------------------------------------------
def _unlock_failing(make_controller, qtbot, vault, monkeypatch, error: Exception) -> str:
    def failing(_profile: Path, _passphrase: object) -> Vault:
        raise error

    locked(vault)
    monkeypatch.setattr(access, "unlock", failing)
    controller = make_controller()
    controller.start()
    type_passphrase(qtbot, controller, PASSPHRASE)
    screen = controller.window.unlock
    assert screen.error.isVisibleTo(screen)
    return screen.error.text()


def test_an_unexpected_failure_while_opening_is_named_by_type_only(
    make_controller, qtbot, vault, monkeypatch, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    shown = _unlock_failing(make_controller, qtbot, vault, monkeypatch, KeyError(CANARY))
    assert (
        shown == "Opening the vault stopped unexpectedly (KeyError). Nothing was lost; try again."
    )
    assert "KeyError" in caplog.text and CANARY not in caplog.text


def test_a_refusal_while_opening_shows_its_sentence(
    make_controller, qtbot, vault, monkeypatch
) -> None:
    refusal = Refusal(QT_TRANSLATE_NOOP("Refusal", "This copy of Caseload is too old."))
    shown = _unlock_failing(make_controller, qtbot, vault, monkeypatch, refusal)
    assert shown == "This copy of Caseload is too old."


def test_the_vaults_own_words_are_shown_as_they_are(make_controller, qtbot, vault) -> None:
    locked(vault)
    controller = make_controller()
    controller.start()
    type_passphrase(qtbot, controller, "not the passphrase at all")
    assert controller.window.unlock.error.text().startswith("Wrong passphrase.")


# -- intake as a lock part ---------------------------------------------------------------------
def test_intake_is_a_part_of_the_lock_sequence(make_controller, qtbot, vault) -> None:
    controller = started(make_controller, vault, qtbot)
    names = [part.name for part in controller.lockdown.parts]
    assert names.index("dialogs") < names.index("intake") < names.index("workspace")
    controller.window.new_client_action.trigger()
    desk = controller.intake.desk
    assert desk.dialog is not None and desk.dialog.isVisible()
    controller.locked.disconnect()  # not by listening for the end of the lock any more
    controller.lock()
    assert desk.access is None and (desk.dialog is None or not desk.dialog.isVisible())
