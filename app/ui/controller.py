"""Moves the app between its states (setup, locked, unlocked) and owns the open vault.

All vault work goes through the task runner; this class only reacts to results on the GUI
thread. Locking is immediate on screen: client data is cleared and the unlock page shown at
once, while the engine is disposed on the worker behind any job already running.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services.vaults import Vault, VaultError, VaultStatus, WrongPassphrase
from app.ui import access
from app.ui.access import VaultAccess
from app.ui.lock import DEFAULT_IDLE_MS, IdleLock
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner
from app.ui.unlock.screen import Backoff

UNEXPECTED = "Something went wrong opening the vault ({}). Nothing was changed; try again."
RECORD_GONE = "That client's record could not be opened. Press F5 to refresh the list."


def plain_message(error: BaseException) -> str:
    """VaultError messages are written for the worker; anything else is named, not quoted."""
    if isinstance(error, VaultError):
        return str(error)
    return UNEXPECTED.format(type(error).__name__)


class AppController(QObject):
    def __init__(
        self,
        profile: Path,
        runner: TaskRunner,
        idle_ms: int = DEFAULT_IDLE_MS,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__()
        self.profile = Path(profile)
        self.runner = runner
        self.access: VaultAccess | None = None
        self.passphrase_only = False
        self.window = MainWindow(runner, backoff)
        self.idle = IdleLock(idle_ms, self)
        self.idle.lock_requested.connect(self.lock)
        self._connect()

    def _connect(self) -> None:
        window = self.window
        window.setup.create_requested.connect(self.create)
        window.unlock.unlock_requested.connect(self.unlock)
        window.lock_action.triggered.connect(self.lock)
        window.refresh_action.triggered.connect(self.refresh)
        window.quit_action.triggered.connect(self.quit)
        window.workspace.caseload.open_requested.connect(self.open_client)

    @property
    def vault(self) -> Vault | None:
        return self.access.vault if self.access else None

    # -- starting -----------------------------------------------------------------------
    def start(self) -> None:
        """Look at the profile (header only) and show setup or the unlock screen."""
        self.window.show()
        self.runner.submit(
            lambda: access.profile_status(self.profile), self._status_known, self._status_failed
        )

    def _status_known(self, status: VaultStatus) -> None:
        self.passphrase_only = status.passphrase_only
        if status.exists:
            self.window.show_unlock(status.passphrase_only)
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
        self.window.unlock.failed(plain_message(error), wrong_passphrase=False)

    def start_unlocked(self, vault: Vault) -> None:
        """Show an already open vault (tests, demos)."""
        self.window.show()
        self._opened(vault)

    # -- setup and unlock ---------------------------------------------------------------
    def create(self, name: str, passphrase: str, use_keyring: bool) -> None:
        setup, profile = self.window.setup, self.profile
        setup.set_busy(True)
        self.runner.submit(
            lambda: access.create(profile, passphrase, name, use_keyring),
            self._created,
            lambda error: setup.show_error(plain_message(error)),
        )

    def _created(self, vault: Vault) -> None:
        self.window.setup.set_busy(False)
        self.window.setup.clear_secrets()
        self._opened(vault)

    def unlock(self, passphrase: str) -> None:
        profile = self.profile
        self.runner.submit(
            lambda: access.unlock(profile, passphrase), self._unlocked, self._refused
        )

    def _unlocked(self, vault: Vault) -> None:
        self.window.unlock.succeeded()
        self._opened(vault)

    def _refused(self, error: BaseException) -> None:
        self.window.unlock.failed(plain_message(error), isinstance(error, WrongPassphrase))

    def _opened(self, vault: Vault) -> None:
        self.access = opened = VaultAccess(vault)
        self.passphrase_only = vault.passphrase_only
        self.window.show_workspace(vault.passphrase_only)
        self.window.workspace.caseload.attach(opened)
        self.runner.submit(opened.worker_name, self.window.set_worker_name)
        self.idle.arm()

    # -- working ------------------------------------------------------------------------
    def open_client(self, client_id: str) -> None:
        opened, record = self.access, self.window.workspace.record
        if opened is None or record.client_id == client_id:
            return
        self.runner.submit(
            lambda: opened.client_record(client_id),
            lambda result: record.show_record(result) if self.access is opened else None,
            lambda _error: self._record_failed(opened),
        )

    def _record_failed(self, opened: VaultAccess) -> None:
        if self.access is opened:
            self.window.workspace.record.clear()
            self.window.statusBar().showMessage(RECORD_GONE, 8000)

    def refresh(self) -> None:
        workspace = self.window.workspace
        if self.access is None:
            return
        workspace.caseload.reload()
        if (shown := workspace.record.client_id) is not None:
            workspace.record.client_id = None  # force a fresh read
            self.open_client(shown)

    # -- locking ------------------------------------------------------------------------
    def lock(self, _reason: object = None) -> None:
        """Close dialogs, forget every client on screen, show the lock screen, drop the key."""
        opened = self.access
        if opened is None:
            return
        self.idle.disarm()
        self.runner.invalidate()  # nothing asked for before the lock may reach the screen
        self.access = None
        close_dialogs()
        clear_own_clipboard()
        self.window.workspace.clear()
        self.window.statusBar().clearMessage()
        self.window.show_unlock(self.passphrase_only)
        self.runner.submit(opened.lock, lambda _none: None)

    def quit(self) -> None:
        self.lock()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """At exit: stop the worker, then make sure the key is gone."""
        self.idle.detach()
        opened, self.access = self.access, None
        self.runner.shutdown()
        if opened is not None:
            opened.lock()


def close_dialogs() -> None:
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
        if QApplication.activePopupWidget() is popup:
            break
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
        elif isinstance(widget, QWidget) and widget.isWindow() and widget.isModal():
            widget.close()


def clear_own_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
        if (
            clipboard.ownsClipboard()
            if mode == QClipboard.Mode.Clipboard
            else clipboard.ownsSelection()
        ):
            clipboard.clear(mode)
