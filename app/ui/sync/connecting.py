"""Reaching the office with a one-time code from a supervisor: Connect to the office… (a
laptop not connected yet) and Re-connect with a code… (a connected laptop that the office's
certificate stranded: replaced with no overlap, or expired).

Both run on the worker like every vault job. The code names the certificate the office
presents, and it is checked before anything is sent (app/sync/enroll.py). A re-connection
keeps the laptop's identity, its outbox and its cursors: the banner then says how much work
is waiting and offers Sync now. A sync that fails with `CertificateChanged` (or `...Expired`)
offers the re-connection in its banner, also when AutoSync started it: otherwise a stranded
laptop that syncs by itself would fail quietly for ever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.services.sync import SyncStatus
from app.sync.enroll import Enrolled
from app.sync.errors import CertificateChanged
from app.ui.sync import summary
from app.ui.sync.connect import ConnectDialog, ReconnectDialog
from app.ui.sync.link import SyncAccess

if TYPE_CHECKING:
    from app.ui.sync.hooks import SyncHooks


def stranded(error: BaseException) -> bool:
    """The office's certificate changed or expired: only a fresh code helps."""
    return isinstance(error, CertificateChanged)  # CertificateExpired is one


class OfficeConnecting(QObject):
    def __init__(self, hooks: SyncHooks) -> None:
        super().__init__(hooks)
        self.hooks, self.window = hooks, hooks.window
        self.connect_dialog: ConnectDialog | None = None
        self.reconnect_dialog: ReconnectDialog | None = None
        self.window.connect_action.triggered.connect(self.open_connect)
        self.window.reconnect_action.triggered.connect(self.open_reconnect)

    # -- Connect to the office ------------------------------------------------------------
    def open_connect(self) -> None:
        if self.hooks.access is None or _raised(self.connect_dialog):
            return
        dialog = self.connect_dialog = ConnectDialog(self.window)
        dialog.submitted.connect(lambda: self._enroll(dialog))
        dialog.open()

    def _enroll(self, dialog: ConnectDialog) -> None:
        access, code = self.hooks.access, dialog.code_text()
        if access is None:
            return
        self.hooks.controller.runner.submit(
            lambda: access.enroll(code),
            lambda enrolled: self._enrolled(access, dialog, enrolled),
            lambda error: dialog.show_error(summary.enroll_failure(error)),
        )

    def _enrolled(self, access: SyncAccess, dialog: ConnectDialog, enrolled: Enrolled) -> None:
        """Connected: the first sync starts at once, since fetching the caseload is why the
        worker connected; the banner then says both."""
        dialog.succeeded()
        if self.hooks.access is access:
            self.hooks.first_sync(summary.connected_message(enrolled.worker_name))

    # -- Re-connect with a code -----------------------------------------------------------
    def open_reconnect(self) -> None:
        if self.hooks.access is None or self.hooks.running or _raised(self.reconnect_dialog):
            return
        dialog = self.reconnect_dialog = ReconnectDialog(self.window)
        dialog.submitted.connect(lambda: self._repin(dialog))
        dialog.open()

    def _repin(self, dialog: ReconnectDialog) -> None:
        access, code = self.hooks.access, dialog.code_text()
        if access is None:
            return
        self.hooks.controller.runner.submit(
            lambda: access.repin(code),
            lambda status: self._repinned(access, dialog, status),
            lambda error: dialog.show_error(summary.enroll_failure(error)),
        )

    def _repinned(self, access: SyncAccess, dialog: ReconnectDialog, status: SyncStatus) -> None:
        dialog.succeeded()
        if self.hooks.access is not access:
            return
        self.hooks.status_read(access, status)
        text = self.reconnected(status.pending_changes)
        self.window.banner.show_message(text, "info", offer=self.window.sync_action)

    def reconnected(self, waiting: int) -> str:
        if waiting == 0:
            return self.tr("Re-connected to the office. Nothing of yours is waiting to be sent.")
        if waiting == 1:
            return self.tr(
                "Re-connected to the office. %n change of yours waits to be sent.", "", 1
            )
        return self.tr(
            "Re-connected to the office. %n changes of yours wait to be sent.", "", waiting
        )


def _raised(dialog: ConnectDialog | None) -> bool:
    """True when the form is already open: it is brought forward instead of a second one."""
    if dialog is None or dialog.closed:
        return False
    dialog.raise_()
    return True
