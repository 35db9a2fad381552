"""Incoming: apply a page of pulled changes to the vault, merging per field.

The caller applies a page and stores the new cursor in one transaction. Every stamp is checked
against this device's clock before anything is written (a stamp too far ahead fails the
page, with nothing applied), then observed, so later local writes order after it. Pulled
writes make no outbox entries: they are on the server already.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.core.hlc import ClockSkewError, HybridClock, Timestamp
from app.models import ClockState, OutboxEntry, SyncConflict, Synced
from app.models.base import table_of, utcnow
from app.store.outbox import CLOCK_KEY, remote_writes, to_wire
from app.sync import guards, state
from app.sync.errors import CLOCK_MESSAGE, ClockSkew, ProtocolError
from app.sync.inserts import insert_rows, new_row
from app.sync.protocol import APPEND_ONLY_ENTITIES, PulledChange, is_sealing, scope_checksum
from app.sync.records import NOT_MERGED, from_wire, is_sealed, model_for, travels
from app.sync.scopes import scope_records

RecordKey = tuple[str, str]  # (entity, record id)


@dataclass
class PageOutcome:
    applied: int = 0  # changes of which at least one field won
    conflicts: int = 0  # unsynced local values overwritten (kept in sync_conflict)
    records: set[RecordKey] = field(default_factory=set)


def observe_stamps(clock: HybridClock, changes: Sequence[PulledChange], physical_ms: int) -> None:
    """Observe every stamp, or none: a stamp too far ahead leaves the clock untouched."""
    probe = HybridClock(clock.node, clock.wall_ms, clock.counter, clock.max_skew_ms)
    for change in changes:
        try:
            probe.observe(Timestamp.decode(change.hlc), physical_ms)
        except ClockSkewError as exc:
            raise ClockSkew(CLOCK_MESSAGE) from exc
        except ValueError as exc:
            raise ProtocolError("The server sent a malformed clock stamp.") from exc
    clock.wall_ms, clock.counter = probe.wall_ms, probe.counter


def persist_clock(session: Session, clock: HybridClock) -> None:
    session.execute(
        update(ClockState)
        .where(ClockState.id == 1)
        .values(wall_ms=clock.wall_ms, counter=clock.counter)
    )


CHUNK = 500  # ids per IN (...) query


def _ids_in_chunks(keys: Iterable[RecordKey]) -> Iterator[list[str]]:
    ids = sorted({record_id for _, record_id in keys})
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def unsynced_fields(session: Session, keys: Sequence[RecordKey]) -> dict[RecordKey, set[str]]:
    """Fields of these records that local edits touched since the last completed pull.

    A sync pushes before it pulls, so by the time a page arrives the server has usually
    acknowledged the local edits already; what matters is whether this device has seen the
    other side since making them. A pulled value that overwrites such a field was written
    without knowledge of the local edit: a conflict to show. (Unacknowledged entries are
    always after the mark.)"""
    touched: dict[RecordKey, set[str]] = {}
    after = state.get_int(session, state.COMPARED_THROUGH)
    for chunk in _ids_in_chunks(keys):
        query = select(
            OutboxEntry.entity, OutboxEntry.record_id, OutboxEntry.op, OutboxEntry.changes
        ).where(OutboxEntry.seq > after, OutboxEntry.record_id.in_(chunk))
        # The row type: mypy reads none from a select() with a JSON column.
        rows: Iterable[tuple[str, str, str, dict[str, Any]]] = session.execute(query)
        for entity, record_id, op, changes in rows:
            names = {"deleted"} if op == "delete" else set(changes)
            touched.setdefault((entity, record_id), set()).update(names)
    return touched


def removed_here(session: Session, keys: Sequence[RecordKey]) -> set[RecordKey]:
    """Records deleted from this database by a local delete (their tombstones are in the
    outbox): a pulled change must not bring them back as half records."""
    removed: set[RecordKey] = set()
    for chunk in _ids_in_chunks(keys):
        query = select(OutboxEntry.entity, OutboxEntry.record_id).where(
            OutboxEntry.op == "delete", OutboxEntry.record_id.in_(chunk)
        )
        removed |= {(entity, record_id) for entity, record_id in session.execute(query)}
    return removed


def _by_entity(keys: Iterable[RecordKey]) -> dict[str, list[RecordKey]]:
    grouped: dict[str, list[RecordKey]] = {}
    for key in keys:
        grouped.setdefault(key[0], []).append(key)
    return grouped


def held_records(session: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, Synced]:
    """The local records of a page, one query per entity and chunk (not one per record)."""
    held: dict[RecordKey, Synced] = {}
    for entity, entity_keys in _by_entity(keys).items():
        model = model_for(entity)
        if model is None:
            continue  # an entity this schema does not know
        for chunk in _ids_in_chunks(entity_keys):
            for record in session.scalars(select(model).where(model.id.in_(chunk))):
                held[(entity, record.id)] = record
    return held


def held_clocks(session: Session, keys: Iterable[RecordKey]) -> dict[RecordKey, dict[str, str]]:
    """The field clocks of the page's records this device holds (cheap: no ORM objects)."""
    clocks: dict[RecordKey, dict[str, str]] = {}
    for entity, entity_keys in _by_entity(keys).items():
        model = model_for(entity)
        if model is None:
            continue  # an entity this schema does not know
        for chunk in _ids_in_chunks(entity_keys):
            query = select(model.id, model.field_clocks).where(model.id.in_(chunk))
            rows: Iterable[tuple[str, dict[str, str] | None]] = session.execute(query)
            for record_id, field_clocks in rows:
                clocks[(entity, record_id)] = field_clocks or {}
    return clocks


def could_win(group: Sequence[PulledChange], clocks: dict[str, str]) -> bool:
    """Whether any change of the group may change the held record (most pulled changes are
    this device's own, coming back: nothing to do, and no need to load the record)."""
    default = clocks.get("*", "")
    return any(
        is_sealing(change.entity, change.fields)
        or any(change.hlc > clocks.get(name, default) for name in change.fields)
        for change in group
    )


@dataclass(frozen=True)
class PageRecords:
    """What the merge needs to know about the page's records, read up front."""

    known: set[RecordKey]  # held here (new records are the others)
    held: dict[RecordKey, Synced]  # loaded: those a change may alter
    removed: set[RecordKey]
    touched: dict[RecordKey, set[str]]

    @classmethod
    def read(cls, session: Session, groups: dict[RecordKey, list[PulledChange]]) -> PageRecords:
        keys = list(groups)
        clocks = held_clocks(session, keys)
        candidates = [key for key, held in clocks.items() if could_win(groups[key], held)]
        return cls(
            set(clocks),
            held_records(session, candidates),
            removed_here(session, keys),
            unsynced_fields(session, candidates),
        )


class RecordMerge:
    """Merges the pulled changes of one held record into it, field by field."""

    def __init__(self, session: Session, record: Synced, unsynced: set[str]) -> None:
        self.session, self.record, self.unsynced = session, record, unsynced
        self.entity = type(record).__tablename__
        self.columns = table_of(type(record)).columns
        self.clocks: dict[str, str] = dict(record.field_clocks or {})
        self.sealed_here = is_sealed(record)
        self.conflicts = 0

    def apply(self, change: PulledChange) -> bool:
        """Apply one change; whether any field won."""
        whole = is_sealing(self.entity, change.fields)
        if is_sealed(self.record) and not whole:
            return False  # a sealed record changes only by a sealing change (server rule)
        won = False
        for name, value in change.fields.items():
            if name in NOT_MERGED or name not in self.columns or not travels(self.entity, name):
                continue  # system columns never travel; unknown fields are a newer schema's
            won |= self._field(name, value, change.hlc, whole)
        return won

    def _field(self, name: str, value: Any, clock: str, whole: bool) -> bool:
        held = self.clocks.get(name, self.clocks.get("*", ""))
        if clock <= held and not whole:
            return False
        local = to_wire(getattr(self.record, name))
        if local == value and clock == held:
            return False
        if local != value and (name in self.unsynced or self.sealed_here):
            self._log_conflict(name, local, held, value, clock)
        if is_sealed(self.record) or self.entity in APPEND_ONLY_ENTITIES:
            guards.lift(self.session, self.entity)
        setattr(self.record, name, from_wire(self.columns[name], value))
        self.clocks[name] = clock
        return True

    def _log_conflict(self, name: str, local: Any, held: str, remote: Any, clock: str) -> None:
        self.session.add(
            SyncConflict(
                entity=self.entity,
                record_id=self.record.id,
                field=name,
                local_value=local,
                local_hlc=held,
                remote_value=remote,
                remote_hlc=clock,
            )
        )
        self.conflicts += 1

    def finish(self) -> None:
        self.record.field_clocks = self.clocks
        self.record.hlc = max(self.clocks.values())


def _merge_held(
    session: Session, record: Synced, group: list[PulledChange], unsynced: set[str]
) -> tuple[int, int]:
    merge = RecordMerge(session, record, unsynced)
    applied = sum(merge.apply(change) for change in group)
    if applied:
        merge.finish()
    return applied, merge.conflicts


def group_by_record(changes: Sequence[PulledChange]) -> dict[RecordKey, list[PulledChange]]:
    groups: dict[RecordKey, list[PulledChange]] = {}
    for change in changes:
        groups.setdefault((change.entity, change.record_id), []).append(change)
    return groups


@contextlib.contextmanager
def lifted_guards(session: Session) -> Iterator[None]:
    try:
        yield
        guards.restore(session)
    finally:
        session.info.pop(guards.SUSPENDED_KEY, None)


class PageMerge:
    """One page: held records merged through the ORM, new ones collected as rows."""

    def __init__(self, session: Session, page: PageRecords) -> None:
        self.session, self.page = session, page
        self.outcome = PageOutcome()
        self.fresh: dict[type[Synced], list[dict[str, Any]]] = {}
        self.now = utcnow()

    def merge(self, key: RecordKey, group: list[PulledChange]) -> None:
        model = model_for(key[0])
        if model is None or key in self.page.removed:
            return  # an entity of a newer schema, or a record deleted here
        record = self.page.held.get(key)
        if record is None and key in self.page.known:
            return  # held, and no change of the group can alter it
        if record is None:
            row = new_row(model, key[1], group, self.now)
            if row is not None:
                self.fresh.setdefault(model, []).append(row)
                self.outcome.applied += len(group)
            return
        unsynced = self.page.touched.get(key, set())
        applied, conflicts = _merge_held(self.session, record, group, unsynced)
        self.outcome.applied += applied
        self.outcome.conflicts += conflicts


def apply_page(session: Session, changes: Sequence[PulledChange], physical_ms: int) -> PageOutcome:
    """Merge one pulled page into the vault, in the caller's transaction."""
    clock: HybridClock = session.info[CLOCK_KEY]
    observe_stamps(clock, changes, physical_ms)
    persist_clock(session, clock)
    groups = group_by_record(changes)
    merge = PageMerge(session, PageRecords.read(session, groups))
    # One flush for the whole page (autoflush would write record by record).
    with remote_writes(session), lifted_guards(session), session.no_autoflush:
        for key, group in groups.items():
            merge.merge(key, group)
        insert_rows(session, merge.fresh)
    merge.outcome.records = set(groups)
    return merge.outcome


def local_checksum(session: Session, scope: str, owner_id: str) -> str:
    return scope_checksum(scope_records(session, scope, owner_id, live=True))
