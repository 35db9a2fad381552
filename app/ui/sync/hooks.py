"""Connects syncing to the app: Sync now (Ctrl+Shift+S), Stop sync (Ctrl+Shift+X), the sync
conflicts list, the status bar's sync corner and the banner, and what a revoked laptop does.
Connect to the office… and Re-connect with a code… are app/ui/sync/connecting.py.

A sync is one job on the worker thread (database and network together, see link.py). Its
progress comes back by signal, queued to the GUI thread. Revocation is reported by signal
too, not with the job's result: a lock during the sync drops every result, but the vault is
gone either way and the window must say so and go back to first-run setup.

Each run gets its own stop event. Stop sync sets it, and so does the screen lock (SyncHooks
is a `Lockable`, registered before the lock queues its closing job): that job waits behind the
sync on the worker, and a stopped sync ends before its next request instead of running to the
end. Results and progress asked for before a lock are dropped by the runner's lock epoch.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from app.services.end_of_day import BeforeSync
from app.services.sync import SyncStatus
from app.sync.errors import SyncStopped
from app.ui.lockdown.host import AppHost
from app.ui.lockdown.sequence import SaveJob
from app.ui.sync import summary
from app.ui.sync.auto import AutoSync
from app.ui.sync.before_sync import BeforeSyncDialog, read_before_sync
from app.ui.sync.conflicts import SyncConflictsDialog
from app.ui.sync.connecting import OfficeConnecting, stranded
from app.ui.sync.link import OfficeLink, SyncAccess, SyncOutcome


class Relay(QObject):
    """Lives on the GUI thread; the sync job emits from the worker (queued connections)."""

    progressed = Signal(int, str, int)  # lock epoch the sync started in, step, count so far
    wiped = Signal(int)  # unsent changes lost


class SyncHooks(QObject):
    name = "sync"  # as a Lockable

    def __init__(
        self, controller: AppHost, link: OfficeLink | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.link = controller, link or OfficeLink()
        self.window = controller.window
        self.access: SyncAccess | None = None
        self.status: SyncStatus | None = None
        self.running = False
        self.quiet = False  # the running sync was started by AutoSync: no banner unless needed
        self.stop_event: threading.Event | None = None  # the running sync's; set: it stops
        self._said_first = ""  # put before the next sync's summary ("Connected as …")
        self.relay = Relay(self)
        self.relay.progressed.connect(self._progressed)
        self.relay.wiped.connect(self._wiped)
        self.conflicts = SyncConflictsDialog(controller.runner, self.window)
        self.conflicts.changed.connect(self.refresh_status)
        self.conflicts.open_requested.connect(controller.open_client)
        self.connecting = OfficeConnecting(self)
        self.before: BeforeSyncDialog | None = None
        self.auto = AutoSync(self)
        self._connect_signals()
        self._enable()

    def _connect_signals(self) -> None:
        window, controller = self.window, self.controller
        window.sync_action.triggered.connect(self.sync_now)
        window.stop_sync_action.triggered.connect(self.stop_sync)
        window.conflicts_action.triggered.connect(self.conflicts.open_list)
        window.banner.review_requested.connect(self.conflicts.open_list)
        controller.unlocked.connect(self._unlocked)
        window.auto_sync_action.toggled.connect(self.auto.set_enabled)
        self.auto.settings_changed.connect(
            lambda settings: _check_quietly(window.auto_sync_action, settings.enabled)
        )

    # -- vault open or closed -------------------------------------------------------------
    def _unlocked(self) -> None:
        vault = self.controller.vault
        self.access = SyncAccess(vault, self.link) if vault is not None else None
        self.conflicts.attach(self.access)
        self.window.banner.clear()
        self.refresh_status()
        if self.access is not None:
            self.auto.start(self.access)

    # -- the lock (Lockable) ----------------------------------------------------------------
    def save_pending(self) -> list[SaveJob]:
        return []

    def stop(self) -> None:
        """Runs before the lock queues its closing job behind the sync's: stopping the sync
        here is what lets the lock finish promptly."""
        self._stop_running()
        self.auto.stop()

    def forget(self) -> None:
        self.access, self.status, self.running, self.stop_event = None, None, False, None
        self._said_first = ""
        self.conflicts.attach(None)
        self.window.sync_status.reset()
        self.window.banner.clear()
        self._enable()

    def _enable(self) -> None:
        window, open_ = self.window, self.access is not None
        window.sync_action.setEnabled(open_ and not self.running)
        window.stop_sync_action.setEnabled(open_ and self.running and not self.stopping)
        enrolled = self.status is not None and self.status.enrolled
        window.connect_action.setVisible(not enrolled)  # a vault enrolls once
        window.connect_action.setEnabled(open_ and not self.running and self.status is not None)
        window.reconnect_action.setVisible(enrolled)  # after the office changed certificates
        window.reconnect_action.setEnabled(open_ and not self.running and enrolled)
        window.conflicts_action.setEnabled(open_)
        window.auto_sync_action.setEnabled(open_)

    def refresh_status(self) -> None:
        access = self.access
        if access is not None:
            self.controller.runner.submit(access.status, lambda s: self.status_read(access, s))

    def status_read(self, access: SyncAccess, status: SyncStatus) -> None:
        if self.access is not access:
            return
        self.status = status
        if not self.running:
            self.window.sync_status.show_text(summary.status_line(status))
        self._enable()

    # -- Sync now -------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Ctrl+Shift+S: sync; a laptop not connected yet is offered the Connect form."""
        if self.access is None or self.running:
            return
        if self.status is not None and not self.status.enrolled:
            self.connecting.open_connect()
            return
        access = self.access
        self.controller.runner.submit(
            lambda: read_before_sync(access), lambda pending: self._before(access, pending)
        )

    def _before(self, access: SyncAccess, pending: BeforeSync) -> None:
        """Drafts or past visits still open: the worker sees them first (Before you sync)."""
        if self.access is not access or self.running:
            return
        if not pending.anything:
            self._start()
            return
        self.before = dialog = BeforeSyncDialog(pending, self.window)
        dialog.sync_requested.connect(self.sync_now_anyway)
        dialog.open_requested.connect(self._open_from_before)
        dialog.open()

    def sync_now_anyway(self) -> None:
        if self.access is not None and not self.running:
            self._start()

    def _open_from_before(self, client_id: str, tab: str, note_id: str) -> None:
        self.controller.open_client(client_id, tab, note_id or None)

    def start_quietly(self) -> None:
        """AutoSync decided: the same sync as Sync now, without the banner."""
        if self.access is not None and not self.running:
            self._start(quiet=True)

    def _start(self, quiet: bool = False) -> None:
        access, relay = self.access, self.relay
        if access is None:
            return
        self.auto.sync_started()
        self.quiet = quiet
        self.running, stop = True, threading.Event()
        epoch = self.controller.runner.epoch.current
        self.stop_event = stop
        self.window.banner.clear()
        self.window.sync_status.set_running(True, summary.said(summary.STARTING))
        self._enable()

        def job() -> SyncOutcome:
            outcome = access.sync(lambda step, n: relay.progressed.emit(epoch, step, n), stop)
            if outcome.receipt.wiped:
                relay.wiped.emit(outcome.receipt.unsent_lost)
            return outcome

        self.controller.runner.submit(job, self._synced, self._failed)

    @property
    def stopping(self) -> bool:
        return self.stop_event is not None and self.stop_event.is_set()

    def stop_sync(self) -> None:
        """Ctrl+Shift+X or the status bar's Stop: the sync ends before its next request (one
        already on its way still runs to its answer or its timeout)."""
        if not self.running or self.stopping:
            return
        self._stop_running()
        self.window.sync_status.set_running(True, summary.said(summary.STOPPING))
        self._enable()

    def _stop_running(self) -> None:
        if self.stop_event is not None:
            self.stop_event.set()

    def _progressed(self, epoch: int, step: str, count: int) -> None:
        current = self.controller.runner.epoch.is_current(epoch)  # not from before a lock
        if current and self.running and not self.stopping:
            self.window.sync_status.set_running(True, summary.progress_text(step, count))

    def _synced(self, outcome: SyncOutcome) -> None:
        if outcome.status is None:
            return  # wiped (handled by `_wiped`)
        self.running, self.status, self.stop_event = False, outcome.status, None
        open_conflicts = outcome.status.open_conflicts
        self.window.sync_status.set_running(False, summary.status_line(outcome.status))
        self.auto.sync_ended(None)
        if not self.quiet or open_conflicts or outcome.receipt.rejected:
            text = self._take_said_first() + summary.summary(outcome.receipt, open_conflicts)
            self.window.banner.show_message(text, "info", conflicts=open_conflicts > 0)
        self._enable()
        self._show_new_data()

    def _show_new_data(self) -> None:
        """Pulled records reach the lists, the open record and the worker's name (the
        office's spelling arrives with the first sync)."""
        self.controller.refresh()
        opened = self.controller.access
        if opened is not None:
            self.controller.runner.submit(opened.worker_name, self.window.set_worker_name)
        if self.conflicts.isVisible():
            self.conflicts.load()

    def _failed(self, error: BaseException) -> None:
        self.running, self.stop_event = False, None
        self.window.sync_status.reset()
        self.auto.sync_ended(error)
        # An automatic sync that failed says nothing (it tries again later), unless only the
        # worker can help: the office's certificate changed.
        if not self.quiet or stranded(error):
            text = self._take_said_first() + summary.sync_failure(error)
            offer = self.window.reconnect_action if stranded(error) else None
            self.window.banner.show_message(text, summary.failure_kind(error), offer=offer)
        self._enable()
        self.refresh_status()  # the status line comes back, with what still waits to go
        if isinstance(error, SyncStopped):
            self._show_new_data()  # pages applied before the stop are kept: show them

    def _take_said_first(self) -> str:
        said, self._said_first = self._said_first, ""
        return said

    def _wiped(self, lost: int) -> None:
        """The office revoked this laptop and the engine erased the vault."""
        self.controller.wiped()
        self.window.banner.show_message(summary.revoked_message(lost), "warning")

    def first_sync(self, said_first: str) -> None:
        """Just connected: sync at once; the banner says `said_first` before the summary."""
        self.status = None
        self._said_first = said_first + " "
        self._start()


def _check_quietly(action: QAction, checked: bool) -> None:
    """Show the stored setting without writing it back."""
    action.blockSignals(True)
    action.setChecked(checked)
    action.blockSignals(False)
