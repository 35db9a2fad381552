"""The outbox: every change to a synced record is written, stamped by the hybrid logical
clock, in the same transaction as the change itself.

It hooks the Session's `before_flush`, so every ORM write path goes through it; a test checks
that every synced table is covered and `check` verifies each record's clock against the outbox.
"""

from __future__ import annotations

import time
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session

from app.core.hlc import HybridClock, Timestamp
from app.models import ClockState, OutboxEntry, Synced

CLOCK_KEY = "caseload.clock"


def wall_ms() -> int:
    return int(time.time() * 1000)


def to_wire(value: Any) -> Any:
    """A JSON-safe form of a column value (dates as ISO text, bytes as hex)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def load_clock(session: Session) -> HybridClock:
    state = session.get(ClockState, 1)
    if state is None:
        raise RuntimeError("clock_state row missing: vault not initialised")
    return HybridClock(node=state.node, wall_ms=state.wall_ms, counter=state.counter)


def _tick(session: Session) -> Timestamp:
    clock: HybridClock = session.info[CLOCK_KEY]
    stamp = clock.now(wall_ms())
    state = session.get(ClockState, 1)
    assert state is not None
    state.wall_ms, state.counter = clock.wall_ms, clock.counter
    return stamp


def _user_columns(record: Synced) -> list[str]:
    mapper = inspect(type(record))
    return [c.key for c in mapper.column_attrs if c.key not in Synced.SYSTEM_FIELDS]


def _changed_columns(record: Synced) -> dict[str, Any]:
    state = inspect(record)
    changed = {}
    for key in _user_columns(record):
        history = state.attrs[key].history
        if history.has_changes():
            changed[key] = to_wire(getattr(record, key))
    return changed


def _record(session: Session, record: Synced, op: str, changes: dict[str, Any]) -> None:
    stamp = _tick(session).encode()
    record.hlc = stamp
    if op == "insert":
        # "*" is the clock of every field not changed since the record was created.
        record.field_clocks = {"*": stamp}
    else:
        clocks = dict(record.field_clocks or {})
        clocks.update({name: stamp for name in changes})
        record.field_clocks = clocks
    entry = OutboxEntry(
        entity=type(record).__tablename__, record_id=record.id, op=op, changes=changes, hlc=stamp
    )
    session.add(entry)


def _apply_defaults(record: Synced) -> None:
    """Fill Python-side column defaults now (SQLAlchemy would only do so at INSERT), so the
    outbox row carries the values the database will hold."""
    for column in inspect(type(record)).columns:
        default = column.default
        if default is None or getattr(record, column.key) is not None:
            continue
        value = default.arg(None) if default.is_callable else default.arg
        setattr(record, column.key, value)


def _stamp_new(session: Session, record: Synced) -> None:
    _apply_defaults(record)
    values = {key: to_wire(getattr(record, key)) for key in _user_columns(record)}
    _record(session, record, "insert", values)


def before_flush(session: Session, _context: object, _instances: object) -> None:
    if CLOCK_KEY not in session.info:
        return
    for record in list(session.new):
        if isinstance(record, Synced):
            _stamp_new(session, record)
    for record in list(session.dirty):
        if isinstance(record, Synced) and session.is_modified(record, include_collections=False):
            changes = _changed_columns(record)
            if changes:
                _record(session, record, "update", changes)
    for record in list(session.deleted):
        if isinstance(record, Synced):
            _record(session, record, "delete", {})


def install(session: Session, clock: HybridClock) -> None:
    """Attach the clock to a session; the flush hook then records every change."""
    session.info[CLOCK_KEY] = clock


def register() -> None:
    if not event.contains(Session, "before_flush", before_flush):
        event.listen(Session, "before_flush", before_flush)


def pending_count(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        )
        or 0
    )
