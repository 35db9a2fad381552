"""The caseload search box forgets what was typed when the screen locks, undo history too."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.services.vaults import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import started


def test_undo_after_lock_does_not_bring_the_search_back(
    make_controller, demo_vault: Vault, qtbot
) -> None:
    controller = started(make_controller, demo_vault, qtbot)
    search = controller.window.workspace.caseload.search
    qtbot.keyClicks(search, "Delgado")
    controller.lock()
    assert search.text() == ""
    assert not search.isUndoAvailable() and not search.isRedoAvailable()
    unlock = controller.window.unlock
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert controller.window.unlocked
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert search.text() == ""
