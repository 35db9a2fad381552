"""Moves the app between its states (setup, locked, unlocked) and owns the open vault.

All vault work goes through the task runner; this class only reacts to results on the GUI
thread. Getting a vault open (first-run setup, the unlock screen) is app/ui/opening.py.
Locking is immediate on screen and runs one sequence (app/ui/lockdown/sequence.py), whose
parts are registered here, in order, in `_register_lock_parts`: client data is cleared and
the unlock page shown at once, while the vault is locked on the worker behind any job
already running.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.services.dto import ClientRecord
from app.services.vaults import ProfileHold, Vault, VaultStatus
from app.ui.access import VaultAccess
from app.ui.exports.hooks import ExportHooks
from app.ui.help.hooks import HelpHooks
from app.ui.intake.hooks import IntakeHooks
from app.ui.lock import (
    DEFAULT_IDLE_MS,
    Clock,
    IdleLock,
    boot_clock,
    clear_own_clipboard,
    close_at_exit,
    close_dialogs,
    close_on_worker,
)
from app.ui.lockdown.host import AppHost
from app.ui.lockdown.os_signals import OsLockSignals
from app.ui.lockdown.quick_hide import QuickHide, QuickHideSettings
from app.ui.lockdown.reasons import idle_words, open_place, system_words
from app.ui.lockdown.sequence import LockSequence, LockSteps
from app.ui.main_window import MainWindow
from app.ui.note_hooks import NoteHooks
from app.ui.opening import VaultOpening
from app.ui.settings.hooks import SettingsHooks
from app.ui.sync.hooks import SyncHooks
from app.ui.sync.link import OfficeLink
from app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)


class AppController(AppHost):
    """The app's states and the work between screens and vault.

    Its signals are declared on `AppHost`, the base the hooks depend on.
    Integration points for the note editor (app/ui/notes):
    - `new_note_requested(client_id, case_id or None)`: Ctrl+N / "New note" on an open record,
      or "Write the note now" after completing a visit (Tasks & visits tab).
    - `note_open_requested(client_id, note_id)`: a search hit in a note was opened (the record
      is already showing that note on its Timeline tab).
    - `lockdown`: the lock sequence; a part holding client data implements `Lockable` and is
      registered in `_register_lock_parts`. `locked` is emitted by its last part.
    - `window.workspace.today.drafts_slot`: the layout where the unfinished-drafts list goes.
    """

    def __init__(
        self,
        profile: Path,
        runner: TaskRunner,
        idle_ms: int = DEFAULT_IDLE_MS,
        office: OfficeLink | None = None,
        idle_clock: Clock = boot_clock,
        quick_hide: QuickHideSettings | None = None,
        desktop_bus: QDBusConnection | None = None,  # tests: one private bus for every signal
    ) -> None:
        super().__init__()
        self.profile = Path(profile)
        self.runner = runner
        self.access: VaultAccess | None = None
        self.window = MainWindow(runner)
        self.opening = VaultOpening(self.profile, runner, self.window)  # setup and unlock
        # Held from the first unlock to exit, across screen locks (app/store/process_lock.py).
        self._profile_hold: ProfileHold | None = None
        # The record open when the screen locked, reopened after unlock: in memory only.
        self._reopen: tuple[str, str] | None = None
        self.lockdown = LockSequence(runner.epoch)
        self.idle = IdleLock(idle_ms, self, idle_clock)
        self.os_signals = OsLockSignals(self, desktop_bus, desktop_bus)  # sleep, screensaver…
        self.os_signals.watch_window(self.window)
        self.quick_hide = QuickHide(quick_hide, self)
        self._connect()
        self.notes = NoteHooks(self, self)
        self.sync = SyncHooks(self, office, self)  # `office`: how to reach the server (tests)
        self.intake = IntakeHooks(self)  # New client (Ctrl+Shift+N), Edit details (Ctrl+Shift+E)
        self.settings = SettingsHooks(self, self.idle, self.sync.auto)  # and Preferences…, zoom
        self.help = HelpHooks(self)  # Help menu: User guide (F1), shortcuts, About
        self.exports = ExportHooks(self)  # Client's own record…, court copies (Caseload menu)
        self._register_lock_parts()

    def _connect(self) -> None:
        window = self.window
        self.opening.opened.connect(self._opened)
        window.lock_action.triggered.connect(self.lock)
        window.refresh_action.triggered.connect(self.refresh)
        window.quit_action.triggered.connect(self.quit)
        window.neutral.leave_requested.connect(self.opening.show_unlock)
        self.idle.lock_requested.connect(self._lock_from_idle_clock)
        self.idle.quiet.connect(self._quiet)
        self.os_signals.lock_requested.connect(self._lock_by_system)
        self.quick_hide.hide_requested.connect(self.hide_now)
        workspace = window.workspace
        workspace.caseload.open_requested.connect(self.open_client)
        workspace.caseload.hit_requested.connect(self.open_hit)
        workspace.today.open_requested.connect(self.open_client)
        workspace.record.changed.connect(self.refresh)
        workspace.record.activity.note_requested.connect(self.new_note_requested)  # visit done
        window.new_note_action.triggered.connect(self.request_new_note)

    # -- starting -------------------------------------------------------------------------
    def start(self) -> None:
        """Show setup or the unlock screen (app/ui/opening.py); the workspace once it opens."""
        self.window.show()
        self.opening.start()

    def start_unlocked(self, vault: Vault) -> None:
        """Show an already open vault (tests, demos)."""
        self.window.show()
        self._opened(vault)

    def _opened(self, vault: Vault) -> None:
        if self._profile_hold is None:  # no other process may open it while this screen locks
            self._profile_hold = vault.claim_profile()
        self.access = opened = VaultAccess(vault)
        self.opening.passphrase_only = vault.passphrase_only
        self.window.show_workspace(vault.passphrase_only)
        workspace = self.window.workspace
        workspace.record.attach(opened)
        workspace.caseload.attach(opened)
        workspace.today.attach(opened)
        workspace.today.load()
        self.runner.submit(opened.worker_name, self.window.set_worker_name)
        self.idle.arm()
        self._reopen_record()
        self.unlocked.emit()

    def _reopen_record(self) -> None:
        """Back to the record that was open when the screen locked, through the normal path."""
        if (reopen := self._reopen) is not None:
            self._reopen = None
            client_id, tab = reopen
            self.open_client(client_id, tab)

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
            lambda result: self._show_record(result, tab, note_id),
            lambda _error: self._record_failed(),
        )

    def _show_record(self, result: ClientRecord, tab: str, note_id: str | None) -> None:
        self.window.workspace.record.show_record(result)  # (a lock meanwhile drops the answer)
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

    def _record_failed(self) -> None:
        self.window.workspace.record.clear()
        gone = QCoreApplication.translate(
            "AppController",
            "That client's record could not be opened. Press F5 to refresh the list.",
        )
        self.window.statusBar().showMessage(gone, 8000)

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
    def _register_lock_parts(self) -> None:
        """The lock's parts, in the order each step of the sequence visits them."""
        register = self.lockdown.register
        register(self.notes)  # first: open editors' unsaved drafts are the first saves to run
        register(self.sync)  # stop: the sync is told to stop before the closing job is queued
        register(LockSteps("timers", stop=self.idle.disarm))
        register(LockSteps("dialogs", stop=close_dialogs))  # after their drafts were taken
        register(self.intake)  # its forms closed (with the dialogs), its vault dropped
        register(LockSteps("workspace", forget=self._forget_workspace))
        register(LockSteps("clipboard", forget=clear_own_clipboard))
        register(LockSteps("vault access", forget=self._forget_access))  # last: emits locked

    def lock(self, _reason: object = None, why: str = "") -> None:
        """Save drafts, stop, forget every client on screen, show the lock screen, drop the key.
        `why` tells the worker on the unlock screen that the app locked itself (empty after
        Ctrl+L); the open record is remembered (in memory) and reopened after unlock."""
        if (opened := self.access) is None:
            return
        self._reopen = open_place(self.window.workspace.record)
        self.lockdown.lock(close_on_worker(self.runner, opened))
        self.window.unlock.set_locked_reason(why)

    def _lock_from_idle_clock(self, reason: str) -> None:
        """The idle timeout ("idle"), or the lock key pressed anywhere ("key": a manual lock)."""
        self.lock(reason, idle_words(self.idle.timeout_ms) if reason == "idle" else "")

    def _lock_by_system(self, reason: str) -> None:
        """The laptop is going to sleep, the screen saver started or the session locked."""
        self.lock(reason, system_words())

    def hide_now(self) -> None:
        """Quick-hide: lock, then a neutral screen instead of the unlock page."""
        if self.access is not None:
            self.lock("quick-hide")
            self.window.show_neutral()

    def _forget_workspace(self) -> None:
        self.window.workspace.clear()
        self.window.statusBar().clearMessage()
        self.opening.show_unlock()

    def _forget_access(self) -> None:
        self.access = None
        self.locked.emit()

    def wiped(self) -> None:
        """The office revoked this laptop and the sync engine crypto-erased the vault (it is
        already locked): clear the screen as a lock does and go back to first-run setup.
        Unsaved drafts are not collected: there is no vault left to save them into."""
        self.lockdown.lock(close=None)
        self._reopen = None  # nothing left to return to
        self._release_profile()
        self.opening.show_status(VaultStatus(exists=False))

    def quit(self) -> None:
        self.lock()
        self.window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def shutdown(self) -> None:
        """At exit: the lock sequence, whose closing step stops the worker first, then runs
        the saves and drops the key here."""
        self.idle.detach()
        self.os_signals.detach()
        self.quick_hide.detach()
        opened = self.access
        if opened is None or not self.lockdown.lock(close_at_exit(self.runner, opened)):
            self.runner.shutdown()
        self._release_profile()

    def _release_profile(self) -> None:
        if self._profile_hold is not None:
            self._profile_hold.release()
            self._profile_hold = None
