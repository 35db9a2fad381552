"""POST /v1/push: a batch of one replica's outbox entries and audit events, handled in one
transaction (all or nothing) and acknowledged per (replica, seq)."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import Connection, select, update

from app.core.hlc import Timestamp
from app.sync.protocol import Change, ChangeResult, PushRequest, PushResponse
from server.apply import Batch
from server.audit import append_audit
from server.db import Store, insert_or_ignore, run_write
from server.errors import ApiError
from server.merge import Incoming
from server.models import ReplicaMark
from server.scopes import Access, Principal
from server.state import observe_stamp, wall_ms


def handle_push(store: Store, principal: Principal, request: PushRequest) -> PushResponse:
    if request.replica_id != principal.replica_id:
        raise ApiError(409, "replica_mismatch", "this device is enrolled for another replica")
    check_skew(request.changes, store.settings.max_skew_ms)
    highest = max((c.hlc for c in request.changes), default=None)
    if not store.is_postgres:
        # SQLite serialises every write transaction anyway: observing the stamp inside the
        # push's own transaction costs no concurrency and saves a commit (an fsync).
        return run_write(store.engine, partial(_push, store, principal, request, observe=highest))
    response = run_write(store.engine, partial(_push, store, principal, request))
    if highest is not None:
        run_write(store.engine, lambda connection: observe_stamp(connection, highest))
    return response


def check_skew(changes: list[Change], max_skew_ms: int) -> None:
    """One stamp too far ahead refuses the whole push: the device's clock is wrong, and a
    future stamp once stored would win every later merge."""
    now = wall_ms()
    ahead = max((Timestamp.decode(c.hlc).wall_ms - now for c in changes), default=0)
    if ahead > max_skew_ms:
        raise ApiError(
            409,
            "clock_skew",
            f"change clocks are {ahead // 1000} s ahead of the server's clock",
            server_time_ms=now,
        )


def _push(
    store: Store,
    principal: Principal,
    request: PushRequest,
    connection: Connection,
    observe: str | None = None,
) -> PushResponse:
    mark = _lock_mark(connection, request.replica_id)
    batch = Batch(connection, store.sealer)
    results, acked, conflicts = _apply_changes(
        batch, principal, request, mark.acked_seq, store.settings.max_skew_ms
    )
    audit = append_audit(
        connection, request.replica_id, request.audit, mark.audit_acked_seq, mark.audit_last_hash
    )
    batch.flush()
    connection.execute(
        update(ReplicaMark)
        .where(ReplicaMark.replica_id == request.replica_id)
        .values(acked_seq=acked, audit_acked_seq=audit.acked_seq, audit_last_hash=audit.last_hash)
    )
    if observe is not None:
        observe_stamp(connection, observe)
    return PushResponse(
        acked_through=acked,
        audit_acked_through=audit.acked_seq,
        results=results + audit.rejected,
        conflicts=conflicts,
        server_time_ms=wall_ms(),
    )


def _apply_changes(
    batch: Batch, principal: Principal, request: PushRequest, acked: int, skew_ms: int
) -> tuple[list[ChangeResult], int, int]:
    """Each change in order: (results, new acknowledged seq, conflicts). A seq at or below the
    mark (or repeated within the batch) is a duplicate: handled before, never applied twice."""
    fresh = [c for c in request.changes if c.seq > acked]
    batch.load((c.entity, c.record_id) for c in fresh)  # one query for the whole batch
    access = Access(batch.connection, principal, skew_ms)
    access.prepare((c.entity, c.scope) for c in fresh)
    results, conflicts = [], 0
    for change in request.changes:
        if change.seq <= acked:
            results.append(ChangeResult(seq=change.seq, status="duplicate"))
            continue
        result, lost = _handle(batch, access, change, request.replica_id)
        results.append(result)
        conflicts, acked = conflicts + lost, change.seq
    return results, acked, conflicts


def _handle(batch: Batch, access: Access, change: Change, origin: str) -> tuple[ChangeResult, int]:
    key = (change.entity, change.record_id)
    held_scope = batch.scope_of(key)
    reason = access.check(change.entity, change.record_id, change.scope, held_scope, change.hlc)
    if reason is not None:
        return ChangeResult(seq=change.seq, status="rejected", reason=reason), 0
    incoming = Incoming(
        change.entity, change.record_id, change.scope, change.op, change.hlc,
        dict(change.fields), origin,
    )  # fmt: skip
    outcome = batch.apply(incoming)
    status = ChangeResult(seq=change.seq, status=outcome.status, reason=outcome.reason)  # type: ignore[arg-type]
    return status, len(outcome.losses)


def _lock_mark(connection: Connection, replica_id: str) -> Any:
    """The replica's acknowledgement mark, row-locked: two pushes of one replica serialise."""
    insert_or_ignore(
        connection, ReplicaMark, {"replica_id": replica_id, "acked_seq": 0, "audit_acked_seq": 0}
    )
    statement = select(ReplicaMark).where(ReplicaMark.replica_id == replica_id)
    if connection.dialect.name != "sqlite":
        statement = statement.with_for_update()
    return connection.execute(statement).one()
