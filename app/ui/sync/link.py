"""What the sync screens may ask of an unlocked vault, and how the app reaches the office.

Every `SyncAccess` method runs on the worker thread (through the task runner), like
`app.ui.access.VaultAccess`: a sync is database and network work in one job, so nothing else
touches the vault while pages and their cursors are committed, and the screen lock's last job
(dropping the key) waits until the sync has finished. So the lock stops the sync first (the
`stop` event below): the wait is then for the one request in flight, not a whole sync.

The sync engine is called from here rather than from app/services: services sit below the
sync layer (docs/ARCHITECTURE.md, enforced by tests/test_layering.py), and ui -> sync is allowed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from app.services import sync as sync_service
from app.services.sync import ConflictView, RefusedView, SyncStatus
from app.services.vaults import Vault
from app.sync import engine
from app.sync.enroll import Enrolled, Repinned, enroll, fetch_certificate, repin
from app.sync.receipt import Receipt
from app.sync.transport import Transport

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class SyncOutcome:
    receipt: Receipt
    status: SyncStatus | None  # read right after the sync; None when the vault was wiped


class OfficeLink:
    """The road to the office server. By default the pinned HTTPS connection stored in the
    vault at enrollment; `client` replaces it with another httpx client (an in-process test
    server), with `fetch` standing in for reading the server's certificate."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        fetch: Callable[[str], str] = fetch_certificate,
        retry_sleep: Callable[[float], None] | None = None,
    ) -> None:
        self.client, self.fetch, self.retry_sleep = client, fetch, retry_sleep

    def enroll(self, vault: Vault, code: str) -> Enrolled:
        return enroll(vault, code, client=self.client, fetch=self.fetch)

    def repin(self, vault: Vault, code: str) -> Repinned:
        """An enrolled vault the office's certificate stranded: pinned again from a fresh
        code (checked against the certificate presented before anything is sent)."""
        return repin(vault, code, client=self.client, fetch=self.fetch)

    def transport(self, vault: Vault) -> Transport:
        """Raises NotEnrolled (a SyncError) when the vault has no office yet."""
        transport = engine.open_transport(vault, self.client)
        if self.retry_sleep is not None:
            transport.sleep = self.retry_sleep
        return transport

    def sync(
        self, vault: Vault, progress: Progress, stop: threading.Event | None = None
    ) -> Receipt:
        """Setting `stop` (from any thread) ends the sync with SyncStopped before its next
        request; what was acknowledged or applied by then is kept."""
        return engine.sync(vault, self.transport(vault), progress, stop=stop)


class SyncAccess:
    def __init__(self, vault: Vault, link: OfficeLink) -> None:
        self.vault, self.link = vault, link

    def status(self) -> SyncStatus:
        with self.vault.session() as session:
            return sync_service.sync_status(session)

    def conflicts(self) -> list[ConflictView]:
        with self.vault.session() as session:
            return sync_service.conflicts_to_review(session)

    def resolve(self, conflict_id: str) -> None:
        with self.vault.session() as session:
            sync_service.resolve_conflict(session, conflict_id)

    def refused(self) -> list[RefusedView]:
        with self.vault.session() as session:
            return sync_service.refused_changes(session)

    def dismiss_refused(self, seq: int) -> None:
        with self.vault.session() as session:
            sync_service.dismiss_refused(session, seq)

    def enroll(self, code: str) -> Enrolled:
        return self.link.enroll(self.vault, code)

    def repin(self, code: str) -> SyncStatus:
        """Re-connect with a fresh code; then the status, with the work still waiting to go."""
        self.link.repin(self.vault, code)
        return self.status()

    def sync(self, progress: Progress, stop: threading.Event | None = None) -> SyncOutcome:
        """One full sync, then the status it left (unless the office revoked the laptop and
        the engine erased the vault: there is nothing left to read). `stop`, set from the GUI
        thread (Stop sync, or the screen lock), ends it early with SyncStopped."""
        receipt = self.link.sync(self.vault, progress, stop)
        if receipt.wiped:
            return SyncOutcome(receipt, None)
        return SyncOutcome(receipt, self.status())
