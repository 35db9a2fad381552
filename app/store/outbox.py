"""The outbox: every change to a synced record is written, stamped by the hybrid logical
clock, in the same transaction as the change itself.

It hooks the Session's `before_flush`, so every ORM write path goes through it; a test checks
that every synced table is covered and `check` verifies each record's clock against the outbox.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from app.core.hlc import HybridClock
from app.models import ClockState, OutboxEntry, Synced
from app.models.base import utcnow

CLOCK_KEY = "caseload.clock"
# Set while the sync engine applies changes pulled from the server: they already are on the
# server, so they must not come back as this device's own changes (see remote_writes).
REMOTE_KEY = "caseload.remote_writes"


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


@cache
def _user_columns(model: type[Synced]) -> tuple[str, ...]:
    mapper = inspect(model)
    return tuple(c.key for c in mapper.column_attrs if c.key not in Synced.SYSTEM_FIELDS)


@cache
def _defaults(model: type[Synced]) -> tuple[tuple[str, Any], ...]:
    return tuple((c.key, c.default) for c in inspect(model).columns if c.default is not None)


def _changed_columns(record: Synced) -> dict[str, Any]:
    state = inspect(record)
    changed = {}
    for key in _user_columns(type(record)):
        if state.attrs[key].history.has_changes():
            changed[key] = to_wire(getattr(record, key))
    return changed


def _apply_defaults(record: Synced) -> None:
    """Fill Python-side column defaults now (SQLAlchemy would only do so at INSERT), so the
    outbox row carries the values the database will hold."""
    for key, default in _defaults(type(record)):
        if getattr(record, key) is None:
            setattr(record, key, default.arg(None) if default.is_callable else default.arg)


class _FlushRecorder:
    """Collects one flush's outbox rows and writes them with a single bulk INSERT."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.clock: HybridClock = session.info[CLOCK_KEY]
        self.rows: list[dict[str, Any]] = []

    def record(self, record: Synced, op: str, changes: dict[str, Any]) -> None:
        stamp = self.clock.now(wall_ms()).encode()
        record.hlc = stamp
        if op == "insert":
            # "*" is the clock of every field not changed since the record was created.
            record.field_clocks = {"*": stamp}
        else:
            record.field_clocks = {**(record.field_clocks or {}), **dict.fromkeys(changes, stamp)}
        self.rows.append(
            {
                "entity": type(record).__tablename__,
                "record_id": record.id,
                "op": op,
                "changes": changes,
                "hlc": stamp,
                "created_at": utcnow(),
            }
        )

    def write(self) -> None:
        if not self.rows:
            return
        connection = self.session.connection()
        connection.execute(insert(OutboxEntry), self.rows)
        connection.execute(
            update(ClockState)
            .where(ClockState.id == 1)
            .values(wall_ms=self.clock.wall_ms, counter=self.clock.counter)
        )


def before_flush(session: Session, _context: object, _instances: object) -> None:
    if CLOCK_KEY not in session.info or session.info.get(REMOTE_KEY):
        return
    recorder = _FlushRecorder(session)
    for record in list(session.new):
        if isinstance(record, Synced):
            _apply_defaults(record)
            values = {key: to_wire(getattr(record, key)) for key in _user_columns(type(record))}
            recorder.record(record, "insert", values)
    for record in list(session.dirty):
        if isinstance(record, Synced) and session.is_modified(record, include_collections=False):
            changes = _changed_columns(record)
            if changes:
                recorder.record(record, "update", changes)
    for record in list(session.deleted):
        if isinstance(record, Synced):
            recorder.record(record, "delete", {})
    recorder.write()


def install(session: Session, clock: HybridClock) -> None:
    """Attach the clock to a session; the flush hook then records every change."""
    session.info[CLOCK_KEY] = clock


@contextlib.contextmanager
def remote_writes(session: Session) -> Iterator[None]:
    """Writes made inside the block are not recorded in the outbox: for changes pulled from
    the server (the caller sets `hlc` and `field_clocks` itself). Local changes made before
    the block are flushed first, so they are recorded as usual."""
    session.flush()
    session.info[REMOTE_KEY] = True
    try:
        yield
        session.flush()
    finally:
        session.info.pop(REMOTE_KEY, None)


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
