"""The sync engine: push everything pending, pull what changed, follow scope changes, and
prove with checksums that device and server agree. Every step commits as it goes (a batch
and its acknowledgement, a page and its cursor), so a sync killed at any moment resumes.

`sync(vault, transport)` returns a Receipt; a device the office revoked is crypto-erased and
the receipt says so (wiped, and how many unsent changes were lost).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import httpx
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.store.device_secret import SecretStore
from app.store.lifecycle import crypto_erase
from app.store.outbox import wall_ms
from app.store.vault import Vault
from app.sync import incoming, outgoing, pins, pipeline, purge, state
from app.sync.errors import CursorExpired, DeviceRevoked, NotEnrolled, ProtocolError
from app.sync.protocol import (
    MAX_SCOPES_PER_REQUEST,
    STAFF_SCOPE,
    ChecksumRequest,
    PulledChange,
    PullRequest,
    PullResponse,
    PushResponse,
    scope_checksum,
)
from app.sync.receipt import Receipt
from app.sync.scopes import records_by_scope
from app.sync.transport import Transport

Progress = Callable[[str, int], None]  # (step, how many so far)


def _quiet(_step: str, _count: int) -> None:
    return None


def open_transport(vault: Vault, client: httpx.Client | None = None) -> Transport:
    """The pinned HTTPS transport stored at enrollment (or `client`, such as an in-process
    test client, with this device's credential)."""
    with vault.session() as session:
        enrolled = state.enrollment(session)
    if enrolled is None:
        raise NotEnrolled("This vault is not enrolled with an office server yet: run enroll.")
    if client is not None:
        return Transport(client, enrolled.bearer)
    return Transport.pinned(enrolled.server_url, enrolled.cert_pem, enrolled.bearer)


class SyncRun:
    def __init__(self, vault: Vault, transport: Transport, progress: Progress) -> None:
        self.vault, self.transport, self.progress = vault, transport, progress
        self.receipt = Receipt()
        self.granted: list[str] = []
        self.server_checksums: dict[str, str] = {}
        self.seen: set[incoming.RecordKey] = set()

    # -- push -----------------------------------------------------------------------------
    def push_all(self) -> None:
        """Batches in order, one in flight: the next is read from the outbox while the
        server merges this one, and used if the server took the whole of this one."""
        with pipeline.in_flight() as flight:
            batch = self._next_batch(None)
            while not batch.empty:
                pending = flight.submit(self.transport.push, batch.request)
                upcoming = self._next_batch(batch)
                response = pending.result()
                with self.vault.session() as session:
                    rejected = outgoing.record_ack(session, batch, response)
                self._count_push(batch, response, rejected)
                if not self._progressed(batch, response):
                    raise ProtocolError("The office server did not acknowledge the changes sent.")
                batch = upcoming if batch.taken_whole(response) else self._next_batch(None)

    def _next_batch(self, after: outgoing.Batch | None) -> outgoing.Batch:
        with self.vault.session() as session:
            return outgoing.next_batch(
                session, self.vault.replica_id, self.vault.owner_id, after=after
            )

    def _count_push(
        self, batch: outgoing.Batch, response: PushResponse, rejected: list[outgoing.Rejection]
    ) -> None:
        accepted = [r for r in response.results if r.status != "rejected"]
        self.receipt.pushed += len(accepted)
        self.receipt.audit_pushed += len(batch.request.audit)
        self.receipt.server_conflicts += response.conflicts
        self.receipt.rejected += [vars(r) for r in rejected]
        self.progress("push", self.receipt.pushed)

    @staticmethod
    def _progressed(batch: outgoing.Batch, response: PushResponse) -> bool:
        changes, audit = batch.request.changes, batch.request.audit
        moved = bool(changes) and response.acked_through >= changes[0].seq
        return moved or (bool(audit) and response.audit_acked_through >= audit[0].seq)

    # -- pull -----------------------------------------------------------------------------
    def _apply(self, page: PullResponse, from_start: bool, scope: str | None) -> None:
        """One page and its cursor (the main one, or a restoring scope's), in one
        transaction. Pulling everything from the beginning makes every granted scope held."""
        try:
            with self.vault.session() as session:
                changes = page.changes if from_start or scope else _held_only(session, page)
                outcome = incoming.apply_page(session, changes, wall_ms())
                if scope is None:
                    state.put(session, state.CURSOR, page.cursor)
                else:
                    state.hold_scope(session, scope, state.RESTORING, page.cursor)
                if from_start:
                    state.hold_new_scopes(session, page.scopes)
        except IntegrityError as exc:
            raise ProtocolError("The office server sent records this device cannot store.") from exc
        self.receipt.pulled += outcome.applied
        self.receipt.conflicts += outcome.conflicts
        self.seen |= outcome.records
        self.progress("pull", self.receipt.pulled)

    def pull_all(self) -> None:
        with self.vault.session() as session:
            cursor = state.get(session, state.CURSOR)
        last = self._pull_pages(PullRequest(cursor=cursor), cursor is None, None)
        self.granted = last.scopes
        self.server_checksums.update(last.checksums)

    def _pull_pages(self, first: PullRequest, from_start: bool, scope: str | None) -> PullResponse:
        """Every page from `first` on, each applied with its cursor; returns the last."""
        with closing(pipeline.prefetched_pages(self.transport.pull, first)) as pages:
            for page in pages:
                self._apply(page, from_start, scope)
        return page

    def resync(self) -> None:
        """After cursor_expired: pull every scope again from the beginning, then drop what
        the server no longer has."""
        with self.vault.session() as session:
            state.put(session, state.RESYNC, "1")
            state.put(session, state.CURSOR, None)
        self.seen = set()
        self.pull_all()
        with self.vault.session() as session:
            held = [s for s in state.held_scopes(session) if s in self.granted]
            self.receipt.dropped += purge.drop_missing(
                session, held, self.seen, self.vault.owner_id
            )
            state.put(session, state.RESYNC, None)

    # -- scopes ---------------------------------------------------------------------------
    def restore(self, scope: str, cursor: str | None) -> None:
        try:
            page = self._restore_pages(scope, cursor)
        except CursorExpired:
            if cursor is None:
                raise
            page = self._restore_pages(scope, None)  # an interrupted restore waited too long
        if scope in page.checksums:
            self.server_checksums[scope] = page.checksums[scope]
        with self.vault.session() as session:
            state.hold_scope(session, scope, state.ACTIVE)
        self.receipt.scopes_restored.append(scope)
        self.progress("restore", len(self.receipt.scopes_restored))

    def _restore_pages(self, scope: str, cursor: str | None) -> PullResponse:
        return self._pull_pages(PullRequest(cursor=cursor, scopes=[scope]), False, scope)

    def restore_new_scopes(self) -> None:
        with self.vault.session() as session:
            held = {s: (row.state, row.cursor) for s, row in state.held_scopes(session).items()}
        for scope in self.granted:
            status, cursor = held.get(scope, (None, None))
            if status != state.ACTIVE:
                self.restore(scope, cursor)

    def purge_lost_scopes(self) -> None:
        owner = self.vault.owner_id
        with self.vault.session() as session:
            lost = [s for s in state.held_scopes(session) if s not in self.granted]
        for scope in lost:
            if scope == STAFF_SCOPE:
                continue
            with self.vault.session() as session:
                if purge.has_pending(session, scope, owner):
                    continue  # pushed and acknowledged first; purged on a later sync
                purge.purge_scope(session, scope, owner)
            self.receipt.scopes_purged.append(scope)
            self.progress("purge", len(self.receipt.scopes_purged))

    # -- checksums ------------------------------------------------------------------------
    def compare_checksums(self) -> None:
        missing = [s for s in self.granted if s not in self.server_checksums]
        for start in range(0, len(missing), MAX_SCOPES_PER_REQUEST):
            chunk = missing[start : start + MAX_SCOPES_PER_REQUEST]
            answer = self.transport.checksums(ChecksumRequest(scopes=chunk))
            self.server_checksums.update(answer.checksums)
        with self.vault.session() as session:
            held = records_by_scope(session, self.vault.owner_id, live=True)
            for scope in self.granted:
                local = scope_checksum(held.get(scope, ()))
                server = self.server_checksums.get(scope, "")
                self.receipt.checksums[scope] = {
                    "local": local,
                    "server": server,
                    "match": local == server,
                }

    # -- the whole run --------------------------------------------------------------------
    def run(self) -> Receipt:
        self.push_all()
        with self.vault.session() as session:
            resync_pending = state.get(session, state.RESYNC) is not None
            compared = outgoing.acked_through(session)  # what this pull compares against
        if resync_pending:
            self.resync()
        else:
            try:
                self.pull_all()
            except CursorExpired:
                self.push_all()
                self.resync()
        self.restore_new_scopes()
        with self.vault.session() as session:
            state.put(session, state.COMPARED_THROUGH, str(compared))
        self.purge_lost_scopes()
        self.compare_checksums()
        pins.learn(self.vault, self.transport)  # the office's next certificate, if rotating
        with self.vault.session() as session:
            state.put(session, state.LAST_SYNC, utcnow().isoformat(timespec="seconds"))
        return self.receipt


def _held_only(session: Session, page: PullResponse) -> list[PulledChange]:
    """The main pull's changes to scopes this device fully holds. A scope granted since the
    last sync is restored from its beginning instead: applying its newer changes first would
    make half records (an update without the insert it follows)."""
    active = {s for s, row in state.held_scopes(session).items() if row.state == state.ACTIVE}
    return [change for change in page.changes if change.scope in active]


def wipe(vault: Vault, store: SecretStore | None = None) -> int:
    """Crypto-erase a revoked device's vault; returns how many unsent changes were lost."""
    with vault.session() as session:
        lost = outgoing.pending_changes(session)
    root = Path(vault.paths.root)
    vault.lock()
    crypto_erase(root, store)
    return lost


def sync(
    vault: Vault,
    transport: Transport | None = None,
    progress: Progress = _quiet,
    secret_store: SecretStore | None = None,
    stop: threading.Event | None = None,
) -> Receipt:
    """One full sync. Raises a SyncError when it cannot finish (nothing is lost: what was
    not acknowledged stays in the outbox); a revoked device is wiped and reported. Setting
    `stop` (from any thread) ends it with SyncStopped before its next request."""
    started = time.monotonic()
    transport = transport or open_transport(vault)
    if stop is not None:
        transport.stop = stop
    run = SyncRun(vault, transport, progress)
    try:
        receipt = run.run()
    except DeviceRevoked:
        receipt = run.receipt
        receipt.wiped, receipt.unsent_lost = True, wipe(vault, secret_store)
    finally:
        transport.close()
    receipt.duration_ms = int((time.monotonic() - started) * 1000)
    return receipt
