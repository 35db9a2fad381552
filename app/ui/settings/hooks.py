"""Connects Settings > Change passphrase… to the open vault (and, through
WorkerSettingsHooks, Settings > Preferences… and the text zoom: app/ui/settings/worker.py).

The change runs on the worker like every vault job (never on the GUI thread): it waits for
a running sync's job to end, and a lock that comes meanwhile is queued behind it, so the
re-encryption is never cut in half by the app itself (and a crash is safe anyway, see
app/store/rekey.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.services import vaults
from app.store.errors import WrongPassphrase
from app.ui.errors import user_message
from app.ui.settings.passphrase import ChangePassphraseDialog
from app.ui.settings.worker import WorkerSettingsHooks

if TYPE_CHECKING:
    from app.ui.lock import IdleLock
    from app.ui.lockdown.host import AppHost
    from app.ui.sync.auto import AutoSync

DONE_MS = 8000


class SettingsHooks(QObject):
    def __init__(
        self, host: AppHost, idle: IdleLock | None = None, auto: AutoSync | None = None
    ) -> None:
        super().__init__(host)
        self.host = host
        # Preferences…, the text zoom and applying the worker's settings at each unlock.
        self.worker = WorkerSettingsHooks(host, idle, auto)
        self.dialog: ChangePassphraseDialog | None = None
        action = host.window.change_passphrase_action
        action.triggered.connect(self.change_passphrase)
        host.unlocked.connect(lambda: action.setEnabled(True))
        host.locked.connect(lambda: action.setEnabled(False))

    def change_passphrase(self) -> None:
        if self.host.vault is None:
            return
        dialog = self.dialog = ChangePassphraseDialog(self.host.window)
        dialog.submitted.connect(lambda: self._change(dialog))
        dialog.finished.connect(self._forget_dialog)  # it deletes itself (a lock closes it)
        dialog.open()

    def _forget_dialog(self, _result: int) -> None:
        self.dialog = None

    def _change(self, dialog: ChangePassphraseDialog) -> None:
        vault = self.host.vault
        if vault is None:
            return
        old, new = dialog.passphrases()
        self.host.runner.submit(
            lambda: vaults.change_open_vault_passphrase(vault, old, new),
            lambda _none: self._changed(dialog),
            lambda error: dialog.show_error(self.message(error)),
        )

    def _changed(self, dialog: ChangePassphraseDialog) -> None:
        dialog.succeeded()
        status = self.tr("Passphrase changed. Use the new one from now on.")
        self.host.window.statusBar().showMessage(status, DONE_MS)

    def message(self, error: BaseException) -> str:
        """Plain words (app/ui/errors.py: anything unexpected is named by type only)."""
        if isinstance(error, WrongPassphrase):
            return self.tr("That is not your current passphrase. Nothing was changed.")
        return user_message(error, self.tr("Changing the passphrase"))
