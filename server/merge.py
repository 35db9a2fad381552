"""Merge rules (docs/sync-protocol.md "Changes and merging"), as pure functions.

`merge(held, change)` returns what happens to one incoming change: which fields win, which
values lose (each becomes a row of the conflict table) and the record's new state. No I/O:
server/apply.py loads and stores, this module decides.

- Mutable records merge per field, last writer wins, comparing clock stamps as text (fixed
  width, so text order is time order; the node breaks ties).
- `field_clocks` holds a clock per field, "*" being the clock of every field not written since
  the insert. A tombstone is the field `deleted` = true, merged like any field.
- APPEND_ONLY_ENTITIES accept only inserts. A sealing change (is_sealing) wins as a whole; a
  sealed record refuses every later change (except SEAL_EXEMPT fields).
- Nothing is lost silently: a stale incoming value, a held value overwritten by a concurrent
  write, and every value of a refused change become `Loss`es.

"Concurrent" on the server is judged conservatively: a held value is reported as overwritten
when another origin wrote it (its clock's node differs from the pushing replica), or when a
sealing change overrides a newer clock. Without version vectors the server cannot tell whether
the pushing device had pulled that value first, so it may record a sequential edit by two
people as a conflict, but never misses a concurrent one. A loss is recorded even when both
writes set the same value: the log answers "which writes lost", not "which values differ".
A write superseded by a later write of the same replica is history (change_log), not a loss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from app.sync.protocol import APPEND_ONLY_ENTITIES, SEAL_EXEMPT, is_sealing

DEFAULT_CLOCK = "*"
NO_CLOCK = ""  # sorts before every stamp
Status = Literal["applied", "stale", "rejected"]


@dataclass
class Held:
    """A record as the server holds it, values opened."""

    scope: str
    clocks: dict[str, str]
    values: dict[str, Any]
    sealed: bool = False

    @property
    def hlc(self) -> str:
        return max(self.clocks.values(), default=NO_CLOCK)

    @property
    def deleted(self) -> bool:
        return bool(self.values.get("deleted", False))

    def clock(self, name: str) -> str:
        return self.clocks.get(name, self.clocks.get(DEFAULT_CLOCK, NO_CLOCK))


@dataclass(frozen=True)
class Incoming:
    """One change to merge: a device's outbox entry or a server-authored write."""

    entity: str
    record_id: str
    scope: str
    op: str  # insert | update | delete
    hlc: str
    fields: dict[str, Any]
    origin: str  # replica id, or "server"

    def effective_fields(self) -> dict[str, Any]:
        """A delete carries no fields: it sets the tombstone."""
        return {**self.fields, "deleted": True} if self.op == "delete" else dict(self.fields)


@dataclass(frozen=True)
class Loss:
    field: str
    kind: str  # stale | overwritten | sealed | append_only
    winner_hlc: str
    loser_hlc: str
    winner_origin: str
    loser_origin: str
    winner_value: Any
    loser_value: Any


@dataclass
class Outcome:
    status: Status
    reason: str | None = None
    applied: dict[str, Any] = field(default_factory=dict)  # the fields that won, at change.hlc
    losses: list[Loss] = field(default_factory=list)
    record: Held | None = None  # the new state; None when nothing changed


def origin_of(clock: str) -> str:
    """The node of a stamp (the replica id, or "server"); stamps are wall.counter.node."""
    return clock.split(".", 2)[2] if clock.count(".") >= 2 else ""


def merge(held: Held | None, change: Incoming) -> Outcome:
    fields = change.effective_fields()
    if change.entity in APPEND_ONLY_ENTITIES:
        return _append_only(held, change, fields)
    if held is not None and held.sealed and not _exempt(change.entity, fields):
        return _refuse(held, change, fields, "sealed")
    if (held is None or not held.sealed) and is_sealing(change.entity, fields):
        return _apply(held, change, fields, whole=True)
    return _apply(held, change, fields, whole=False)


def _exempt(entity: str, fields: dict[str, Any]) -> bool:
    return bool(fields) and set(fields) <= SEAL_EXEMPT.get(entity, frozenset())


def _append_only(held: Held | None, change: Incoming, fields: dict[str, Any]) -> Outcome:
    if change.op == "insert" and held is None:
        return _apply(None, change, fields, whole=True)
    if change.op == "insert" and held is not None and held.clocks == {DEFAULT_CLOCK: change.hlc}:
        return Outcome("stale")  # this very insert, seen before (same stamp = same event)
    return _refuse(held, change, fields, "append_only")


def _refuse(held: Held | None, change: Incoming, fields: dict[str, Any], reason: str) -> Outcome:
    """Every value of a refused change is kept as a loss against what the server holds."""
    losses = []
    for name, value in fields.items():
        held_clock = held.clock(name) if held else NO_CLOCK
        held_value = held.values.get(name) if held else None
        losses.append(_loss(name, reason, held_clock, held_value, change, value, winner=True))
    return Outcome("rejected", reason=reason, losses=losses)


def _apply(held: Held | None, change: Incoming, fields: dict[str, Any], whole: bool) -> Outcome:
    """Per-field LWW; with `whole` (a sealing change or a first insert) every field wins."""
    state = _start_state(held, change)
    outcome = Outcome("stale")
    for name, value in fields.items():
        held_clock = held.clock(name) if held else NO_CLOCK
        if whole or change.hlc > held_clock:
            _win(state, held, change, name, value, held_clock, outcome)
        elif change.hlc < held_clock:
            held_value = held.values.get(name) if held else None
            outcome.losses.append(
                _loss(name, "stale", held_clock, held_value, change, value, winner=True)
            )
    if outcome.applied:
        state.sealed = is_sealing(change.entity, state.values)
        outcome.status, outcome.record = "applied", state
    return outcome


def _start_state(held: Held | None, change: Incoming) -> Held:
    if held is None:
        # A first insert gets the "*" clock; an update or delete of a record the server never
        # saw (possible across replicas) starts with per-field clocks only.
        clocks = {DEFAULT_CLOCK: change.hlc} if change.op == "insert" else {}
        return Held(scope=change.scope, clocks=clocks, values={})
    return Held(held.scope, dict(held.clocks), dict(held.values), held.sealed)


def _win(
    state: Held,
    held: Held | None,
    change: Incoming,
    name: str,
    value: Any,
    held_clock: str,
    outcome: Outcome,
) -> None:
    if held is not None and name in held.values:
        concurrent = held_clock > change.hlc or origin_of(held_clock) != change.origin
        if concurrent:
            outcome.losses.append(
                _loss(name, "overwritten", held_clock, held.values[name], change, value, False)
            )
    state.values[name] = value
    if state.clocks.get(DEFAULT_CLOCK) != change.hlc:
        state.clocks[name] = change.hlc
    outcome.applied[name] = value


def _loss(
    name: str,
    kind: str,
    held_clock: str,
    held_value: Any,
    change: Incoming,
    value: Any,
    winner: bool,
) -> Loss:
    """`winner` True: the held value won and the incoming one lost; False: the reverse."""
    held_side = (held_clock, origin_of(held_clock), held_value)
    incoming_side = (change.hlc, change.origin, value)
    won, lost = (held_side, incoming_side) if winner else (incoming_side, held_side)
    return Loss(name, kind, won[0], lost[0], won[1], lost[1], won[2], lost[2])
