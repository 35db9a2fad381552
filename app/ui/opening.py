"""Getting a vault open: read the profile, then first-run setup or the unlock screen, and the
work behind them (creating the vault, trying the passphrase) on the worker thread.

The passphrase leaves the unlock screen as a bytearray (app/ui/unlock/screen.py) and is
handed straight on to `Vault.open`, which wipes it once stretched; no attribute or closure
here keeps it past the job. A vault that opened is announced with `opened`; the controller
shows the workspace. Failures follow the one error policy (app/ui/errors.py): the vault's
own words (wrong passphrase, the wait, in use elsewhere, damaged) as they are, anything
unexpected by its type only, led by what was being done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.vaults import Vault, VaultStatus
from app.ui import access
from app.ui.errors import is_fault, user_message
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner


class VaultOpening(QObject):
    opened = Signal(object)  # the Vault just created or unlocked (GUI thread)

    def __init__(self, profile: Path, runner: TaskRunner, window: MainWindow) -> None:
        super().__init__(window)
        self.profile, self.runner, self.window = Path(profile), runner, window
        self.passphrase_only = False  # of the vault last seen: the unlock screen warns
        window.setup.create_requested.connect(self.create)
        window.unlock.unlock_requested.connect(self.unlock)

    def failure(self, error: BaseException, doing: str) -> str:
        """What the worker reads when the vault did not open or could not be made."""
        return user_message(error, doing if is_fault(error) else None)

    def show_unlock(self) -> None:
        self.window.show_unlock(self.passphrase_only)

    # -- the profile ------------------------------------------------------------------------
    def start(self) -> None:
        """Look at the profile (header only) and show setup or the unlock screen."""
        self.runner.submit(
            lambda: access.profile_status(self.profile), self.show_status, self._status_failed
        )

    def show_status(self, status: VaultStatus) -> None:
        self.passphrase_only = status.passphrase_only
        if status.exists:
            self.show_unlock()
            self.window.unlock.set_wait(status.unlock_wait, status.recovery_only)
            return
        self.window.show_setup()
        setup = self.window.setup
        self.runner.submit(
            access.keyring_available,
            setup.set_keyring_available,
            lambda _error: setup.set_keyring_available(False),
        )
        self.runner.submit(
            access.recovery_configured,
            setup.set_recovery_configured,
            lambda _error: setup.set_recovery_configured(False),
        )

    def _status_failed(self, error: BaseException) -> None:
        """The vault header could not be read: say so on the unlock screen (no vault opens)."""
        self.window.show_unlock(passphrase_only=False)
        self.window.unlock.failed(self.failure(error, self.tr("Opening the vault")), error)

    # -- setup and unlock -------------------------------------------------------------------
    def create(self, name: str, passphrase: str, use_keyring: bool) -> None:
        setup, profile = self.window.setup, self.profile
        setup.set_busy(True)
        self.runner.submit(
            lambda: access.create(profile, passphrase, name, use_keyring),
            self._created,
            lambda error: setup.show_error(self.failure(error, self.tr("Creating the vault"))),
        )

    def _created(self, vault: Vault) -> None:
        self.window.setup.set_busy(False)
        self.window.setup.clear_secrets()
        self.opened.emit(vault)

    def unlock(self, passphrase: bytearray) -> None:
        """`passphrase` is wiped by the job, whatever its outcome (app/services/vaults.py)."""
        profile = self.profile
        self.runner.submit(
            lambda: access.unlock(profile, passphrase), self._unlocked, self._refused
        )

    def _unlocked(self, vault: Vault) -> None:
        self.window.unlock.succeeded()
        self.opened.emit(vault)

    def _refused(self, error: BaseException) -> None:
        message = self.failure(error, self.tr("Opening the vault"))
        self.window.unlock.failed(message, error)  # with the vault's back-off
