"""Moves the app between its states (setup, locked, unlocked) and owns the open vault.

All vault work goes through the task runner; this class only reacts to results on the GUI
thread. Locking is immediate on screen: client data is cleared and the unlock page shown at
once, while the engine is disposed on the worker behind any job already running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.services.dto import ClientRecord
from app.services.vaults import Vault, VaultError, VaultStatus, WrongPassphrase
from app.ui import access
from app.ui.access import VaultAccess
from app.ui.intake.hooks import IntakeHooks
from app.ui.lock import (
    DEFAULT_IDLE_MS,
    IdleLock,
    SaveJob,
    clear_own_clipboard,
    close_dialogs,
    save_then_lock,
)
from app.ui.main_window import MainWindow
from app.ui.note_hooks import NoteHooks
from app.ui.sync.hooks import SyncHooks
from app.ui.sync.link import OfficeLink
from app.ui.tasks import TaskRunner
from app.ui.unlock.screen import Backoff

log = logging.getLogger(__name__)
UNEXPECTED = "Something went wrong opening the vault ({}). Nothing was changed; try again."
RECORD_GONE = "That client's record could not be opened. Press F5 to refresh the list."


def plain_message(error: BaseException) -> str:
    """VaultError messages are written for the worker; anything else is named, not quoted."""
    if isinstance(error, VaultError):
        return str(error)
    return UNEXPECTED.format(type(error).__name__)


class AppController(QObject):
    """The app's states and the work between screens and vault.

    Integration points for the note editor (app/ui/notes):
    - `new_note_requested(client_id, case_id or None)`: Ctrl+N / "New note" on an open record,
      or "Write the note now" after completing a visit (Tasks & visits tab).
    - `note_open_requested(client_id, note_id)`: a search hit in a note was opened (the record
      is already showing that note on its Timeline tab).
    - `save_collectors`: callables returning the saves open editors still owe the vault (for
      the note editor: `app.ui.notes.pending_note_saves`). `lock()` calls them first, on the
      GUI thread, before it drops queued jobs and clears the screen; the saves then run on the
      worker as one job, each failure logged by type only, and the vault is locked right
      after them in the same job. `shutdown()` runs them too, before the key is dropped.
    - `locked`: emitted by `lock()` once the workspace is cleared, for windows the workspace
      does not own (an open note editor) to forget what they show.
    - `window.workspace.today.drafts_slot`: the layout where the unfinished-drafts list goes.
    """

    new_note_requested = Signal(str, object)  # client id, case id (or None)
    note_open_requested = Signal(str, str)  # client id, note id
    locked = Signal()  # the screen was just cleared and locked
    unlocked = Signal()  # a vault was opened and the workspace shown

    def __init__(
        self,
        profile: Path,
        runner: TaskRunner,
        idle_ms: int = DEFAULT_IDLE_MS,
        backoff: Backoff | None = None,
        office: OfficeLink | None = None,
    ) -> None:
        super().__init__()
        self.profile = Path(profile)
        self.runner = runner
        self.access: VaultAccess | None = None
        self.save_collectors: list[Callable[[], list[SaveJob]]] = []
        self.passphrase_only = False
        self.window = MainWindow(runner, backoff)
        self.idle = IdleLock(idle_ms, self)
        self.idle.lock_requested.connect(self.lock)
        self.idle.quiet.connect(self._quiet)
        self._connect()
        self.notes = NoteHooks(self)
        self.sync = SyncHooks(self, office)  # `office`: how to reach the server (tests)
        self.intake = IntakeHooks(self)  # New client (Ctrl+Shift+N), Edit details (Ctrl+Shift+E)

    def _connect(self) -> None:
        window = self.window
        window.setup.create_requested.connect(self.create)
        window.unlock.unlock_requested.connect(self.unlock)
        window.lock_action.triggered.connect(self.lock)
        window.refresh_action.triggered.connect(self.refresh)
        window.quit_action.triggered.connect(self.quit)
        workspace = window.workspace
        workspace.caseload.open_requested.connect(self.open_client)
        workspace.caseload.hit_requested.connect(self.open_hit)
        workspace.today.open_requested.connect(self.open_client)
        workspace.record.changed.connect(self.refresh)
        workspace.record.activity.note_requested.connect(self.new_note_requested)  # visit done
        window.new_note_action.triggered.connect(self.request_new_note)

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
        workspace = self.window.workspace
        workspace.record.attach(opened)
        workspace.caseload.attach(opened)
        workspace.today.attach(opened)
        workspace.today.load()
        self.runner.submit(opened.worker_name, self.window.set_worker_name)
        self.idle.arm()
        self.unlocked.emit()

    # -- working ------------------------------------------------------------------------
    def open_client(
        self, client_id: str, tab: str = "", note_id: str | None = None, fresh: bool = False
    ) -> None:
        """Show a client's record (on `tab`, or with a note selected); read it again if `fresh`."""
        opened, record = self.access, self.window.workspace.record
        if opened is None:
            return
        if record.client_id == client_id and not fresh:
            self._focus(tab, note_id)
            return
        self.runner.submit(
            lambda: opened.client_record(client_id),
            lambda result: self._show_record(opened, result, tab, note_id),
            lambda _error: self._record_failed(opened),
        )

    def _show_record(
        self, opened: VaultAccess, result: ClientRecord, tab: str, note_id: str | None
    ) -> None:
        if self.access is opened:
            self.window.workspace.record.show_record(result)
            self._focus(tab, note_id)

    def _focus(self, tab: str, note_id: str | None) -> None:
        record = self.window.workspace.record
        if note_id:
            record.show_note(note_id)
        elif tab:
            record.show_tab(tab)

    def open_hit(self, kind: str, client_id: str, record_id: str) -> None:
        """A full-text match: the client's record; a note is shown on the Timeline (and handed
        to the note editor), a task on the Tasks & visits tab."""
        if kind == "note":
            self.open_client(client_id, note_id=record_id)
            self.note_open_requested.emit(client_id, record_id)
        else:
            self.open_client(client_id, "tasks" if kind == "task" else "")

    def request_new_note(self) -> None:
        record = self.window.workspace.record
        if self.access is not None and record.client_id is not None:
            self.new_note_requested.emit(record.client_id, record.case_id)

    def _record_failed(self, opened: VaultAccess) -> None:
        if self.access is opened:
            self.window.workspace.record.clear()
            self.window.statusBar().showMessage(RECORD_GONE, 8000)

    def refresh(self) -> None:
        """F5, or after a change: read the lists, the day and the open record again."""
        workspace = self.window.workspace
        if self.access is None:
            return
        workspace.caseload.refresh()
        workspace.today.load()
        if (shown := workspace.record.client_id) is not None:
            self.open_client(shown, fresh=True)

    def _quiet(self) -> None:
        """The worker paused: copy the WAL into the database now, so no save's commit has to."""
        if (opened := self.access) is not None:
            self.runner.submit(opened.checkpoint, lambda _result: None)

    # -- locking ------------------------------------------------------------------------
    def lock(self, _reason: object = None) -> None:
        """Close dialogs, forget every client on screen, show the lock screen, drop the key."""
        opened = self.access
        if opened is None:
            return
        saves = self._pending_saves()  # what editors show but the vault does not have yet
        self._clear_screen()
        self.window.show_unlock(self.passphrase_only)
        self.runner.submit(lambda: save_then_lock(saves, opened), lambda _none: None)

    def _clear_screen(self) -> None:
        self.idle.disarm()
        self.runner.invalidate()  # nothing asked for before the lock may reach the screen
        self.access = None
        close_dialogs()
        clear_own_clipboard()
        self.window.workspace.clear()
        self.window.statusBar().clearMessage()
        self.locked.emit()

    def wiped(self) -> None:
        """The office revoked this laptop and the sync engine crypto-erased the vault (it is
        already locked): clear the screen as a lock does and go back to first-run setup.
        Unsaved drafts are not collected: there is no vault left to save them into."""
        self._clear_screen()
        self._status_known(VaultStatus(exists=False))

    def _pending_saves(self) -> list[SaveJob]:
        saves: list[SaveJob] = []
        for collect in self.save_collectors:
            try:
                saves += collect()
            except Exception as exc:  # a broken editor must never stop the lock
                log.warning("Collecting unsaved work failed: %s", type(exc).__name__)
        return saves

    def quit(self) -> None:
        self.lock()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """At exit: stop the worker, then make sure the key is gone."""
        self.idle.detach()
        saves = self._pending_saves() if self.access is not None else []
        opened, self.access = self.access, None
        self.runner.shutdown()
        if opened is not None:
            save_then_lock(saves, opened)  # the worker has stopped: the last job runs here
