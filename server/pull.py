"""POST /v1/pull and /v1/checksums.

Rows committed out of order are never skipped (docs/sync-protocol.md, "Pull"). PostgreSQL hands out
change-log positions in one order and commits them in another, so "everything after position
N" would skip a row whose transaction commits after a reader passed it. Rows therefore carry
the id of the transaction that wrote them; pulls order by (txid, pos) and serve only rows whose
txid lies below the xmin of the reader's snapshot (every transaction still running, or started
later, has an id at or above it, so whatever it commits sorts after the cursor). On SQLite the
txid is a counter taken under the write lock, so the same rule holds with fence = counter + 1.

Settings.cursor_mode "naive" (cursor = position, no fence) exists ONLY as the negative control
of tests/server/test_cursor_fence.py, which shows it losing rows on PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, or_, select, text

from app.sync.protocol import (
    ChecksumRequest,
    ChecksumResponse,
    PulledChange,
    PullRequest,
    PullResponse,
    scope_checksum,
)
from server.db import Store, read_tx
from server.errors import ApiError
from server.models import ChangeLog, Record
from server.scopes import Principal, granted_scopes
from server.state import get_state, sqlite_txid, wall_ms

MAX_POS = 2**63 - 1
MIN_CURSOR_KEY = "min_cursor"


@dataclass(frozen=True, order=True)
class Cursor:
    txid: int
    pos: int

    def encode(self, mode: str) -> str:
        # Fixed width, so cursors also compare correctly as text ('1000' after '985').
        return f"{self.pos:020d}" if mode == "naive" else f"{self.txid:020d}.{self.pos:020d}"

    @classmethod
    def decode(cls, text_form: str | None, mode: str) -> Cursor:
        if text_form is None:
            return START
        parts = text_form.split(".")
        wanted = 1 if mode == "naive" else 2
        if len(parts) != wanted or not all(p.isdigit() and len(p) == 20 for p in parts):
            raise ApiError(400, "bad_request", "malformed cursor")
        numbers = [int(p) for p in parts]
        if max(numbers) > MAX_POS:  # 20 digits reach past a 64-bit column
            raise ApiError(400, "bad_request", "cursor out of range")
        return cls(0, numbers[0]) if mode == "naive" else cls(numbers[0], numbers[1])


START = Cursor(0, 0)


def handle_pull(store: Store, principal: Principal, request: PullRequest) -> PullResponse:
    mode = store.settings.cursor_mode
    cursor = Cursor.decode(request.cursor, mode)
    with read_tx(store.engine) as connection:
        granted = granted_scopes(connection, principal)
        scopes = _restrict(request.scopes, granted)
        _check_not_expired(connection, request.cursor, cursor, mode)
        fence = _fence(connection) if mode == "fenced" else None
        rows = _page(connection, scopes, cursor, fence, mode, request.limit + 1)
        more = len(rows) > request.limit
        rows = rows[: request.limit]
        changes = [_pulled(store, row) for row in rows]
        after = _next_cursor(cursor, rows, fence, more)
        checksums = {} if more else scope_checksums(connection, granted)
    return PullResponse(
        changes=changes,
        cursor=after.encode(mode),
        more=more,
        scopes=granted,
        checksums=checksums,
        worker=principal.worker_info(),
        server_time_ms=wall_ms(),
    )


def _restrict(requested: list[str] | None, granted: list[str]) -> list[str]:
    if requested is None:
        return granted
    refused = sorted(set(requested) - set(granted))
    if refused:
        raise ApiError(403, "forbidden", f"{len(refused)} requested scope(s) are not granted")
    return sorted(set(requested))


def _check_not_expired(connection: Connection, raw: str | None, cursor: Cursor, mode: str) -> None:
    """After compaction dropped tombstones, a cursor older than the last dropped row would
    never learn of those deletions: the device must restore its scopes from the start."""
    stored = get_state(connection, MIN_CURSOR_KEY)
    if raw is None or stored is None:
        return
    txid, pos = (int(part) for part in stored.split("."))
    oldest = Cursor(0, pos) if mode == "naive" else Cursor(txid, pos)
    if cursor < oldest:
        raise ApiError(410, "cursor_expired", "cursor older than the tombstone horizon")


def _fence(connection: Connection) -> int:
    """Serve only rows of transactions below this id (see the module docstring)."""
    if connection.dialect.name == "postgresql":
        query = text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        xmin: int = connection.scalar(query)
        return xmin
    return sqlite_txid(connection) + 1


def _page(
    connection: Connection,
    scopes: list[str],
    cursor: Cursor,
    fence: int | None,
    mode: str,
    limit: int,
) -> list[Any]:
    log = ChangeLog
    statement = select(log).where(log.scope.in_(scopes))
    if mode == "naive":
        statement = statement.where(log.pos > cursor.pos).order_by(log.pos)
    else:
        after = or_(log.txid > cursor.txid, and_(log.txid == cursor.txid, log.pos > cursor.pos))
        statement = statement.where(after, log.txid < fence).order_by(log.txid, log.pos)
    return list(connection.execute(statement.limit(limit)))


def _next_cursor(cursor: Cursor, rows: list[Any], fence: int | None, more: bool) -> Cursor:
    """The last row served; on the last page of a fenced pull, everything below the fence is
    known to be served, so the cursor may jump there (later pulls skip the rows of other
    scopes instead of scanning them again)."""
    after = Cursor(rows[-1].txid, rows[-1].pos) if rows else cursor
    if fence is not None and not more and fence > 0:
        after = max(after, Cursor(fence - 1, MAX_POS))
    return after


def _pulled(store: Store, row: Any) -> PulledChange:
    fields = store.sealer.open("change", row.entity, row.record_id, row.fields_enc)
    return PulledChange(
        entity=row.entity,
        record_id=row.record_id,
        scope=row.scope,
        hlc=row.hlc,
        fields=fields,
        origin=row.origin,
    )


def scope_checksums(connection: Connection, scopes: list[str]) -> dict[str, str]:
    """protocol.scope_checksum per scope over (entity, record id, record clock) of the live
    records; a scope without any gets the checksum of nothing."""
    held: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    statement = select(Record.scope, Record.entity, Record.record_id, Record.hlc).where(
        Record.scope.in_(scopes), Record.deleted.is_(False)
    )
    for row in connection.execute(statement):
        held[row.scope].append((row.entity, row.record_id, row.hlc))
    return {scope: scope_checksum(held.get(scope, ())) for scope in scopes}


def handle_checksums(
    store: Store, principal: Principal, request: ChecksumRequest
) -> ChecksumResponse:
    with read_tx(store.engine) as connection:
        scopes = _restrict(request.scopes, granted_scopes(connection, principal))
        return ChecksumResponse(checksums=scope_checksums(connection, scopes))
