"""Settings > Change passphrase…: the vault is re-encrypted on the worker, with a busy bar,
and afterwards only the new passphrase unlocks it (issue 10)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.services.vaults import Vault, WrongPassphrase
from app.ui.settings.passphrase import ChangePassphraseDialog
from app.ui.tasks import ThreadedTaskRunner
from tests.conftest import PASSPHRASE
from tests.ui.conftest import started

NEW = "seven purple walruses dancing"


def _open_dialog(controller) -> ChangePassphraseDialog:
    action = controller.window.change_passphrase_action
    assert action.isEnabled()
    action.trigger()
    dialog = controller.settings.dialog
    assert isinstance(dialog, ChangePassphraseDialog) and dialog.isVisible()
    return dialog


def _fill(qtbot, dialog: ChangePassphraseDialog, current: str, new: str, again: str) -> None:
    for field, text in zip(dialog.fields(), (current, new, again), strict=True):
        qtbot.keyClicks(field, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_change_passphrase_on_the_worker(make_controller, qtbot, vault, profile) -> None:
    controller = make_controller(runner=ThreadedTaskRunner())
    controller.start_unlocked(vault)
    dialog = _open_dialog(controller)
    _fill(qtbot, dialog, PASSPHRASE, NEW, NEW)
    assert dialog.busy.isVisibleTo(dialog)  # the rekey runs elsewhere; the window stays live
    assert not dialog.cancel.isEnabled()
    qtbot.waitUntil(lambda: dialog.closed, timeout=30000)
    assert "Passphrase changed" in controller.window.statusBar().currentMessage()
    controller.lock()
    qtbot.waitUntil(lambda: vault.is_locked, timeout=10000)
    with pytest.raises(WrongPassphrase):
        Vault.open(profile, PASSPHRASE)
    Vault.open(profile, NEW).lock()


def test_a_wrong_current_passphrase_is_refused(make_controller, qtbot, vault, profile) -> None:
    controller = started(make_controller, vault, qtbot)
    dialog = _open_dialog(controller)
    _fill(qtbot, dialog, "not the passphrase at all", NEW, NEW)
    assert dialog.error.isVisibleTo(dialog)
    assert "not your current passphrase" in dialog.error.text()
    assert dialog.current.isEnabled() and not dialog.busy.isVisibleTo(dialog)
    dialog.reject()
    controller.lock()
    Vault.open(profile, PASSPHRASE).lock()


@pytest.mark.parametrize(
    ("new", "again", "words"),
    [("short", "short", "too easy"), (NEW, NEW + "x", "not the same")],
)
def test_the_form_checks_what_was_typed(make_controller, qtbot, vault, new, again, words):
    controller = started(make_controller, vault, qtbot)
    dialog = _open_dialog(controller)
    submitted = controller.runner.submitted
    _fill(qtbot, dialog, PASSPHRASE, new, again)
    assert words in dialog.error.text()
    assert controller.runner.submitted == submitted  # nothing reached the vault


def test_the_action_is_off_while_locked(make_controller, qtbot, vault) -> None:
    controller = started(make_controller, vault, qtbot)
    _open_dialog(controller)
    controller.lock()
    QApplication.processEvents()
    assert controller.settings.dialog is None  # closed by the lock
    assert not controller.window.change_passphrase_action.isEnabled()
