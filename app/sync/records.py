"""Synced records as the sync engine sees them: entity names, wire values, sealed state."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, Date, DateTime, LargeBinary

from app.models import Synced
from app.store.inspect import synced_models
from app.store.outbox import to_wire
from app.sync.protocol import is_sealing

# Columns that describe this device, not the record: never sent, never overwritten by a pull.
# (Which profile is this vault's owner is true on one device only.)
LOCAL_ONLY: dict[str, frozenset[str]] = {"worker_profile": frozenset({"is_device_owner"})}
# Never merged as fields: the key, and the bookkeeping columns (they never travel:
# docs/sync-protocol.md, "Changes and merging").
NOT_MERGED = frozenset({"id"}) | Synced.SYSTEM_FIELDS


@cache
def models_by_entity() -> dict[str, type[Synced]]:
    return {model.__tablename__: model for model in synced_models()}


def model_for(entity: str) -> type[Synced] | None:
    return models_by_entity().get(entity)


def travels(entity: str, name: str) -> bool:
    """Whether a field of `entity` is exchanged with the server at all."""
    return name not in Synced.SYSTEM_FIELDS and name not in LOCAL_ONLY.get(entity, ())


@cache
def _kept_home(entity: str) -> frozenset[str]:
    """The fields of `entity` that never travel (see travels)."""
    return Synced.SYSTEM_FIELDS | LOCAL_ONLY.get(entity, frozenset())


def wire_fields(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    home = _kept_home(entity)
    return {name: value for name, value in fields.items() if name not in home}


def record_values(record: Synced) -> dict[str, Any]:
    """Every user field of a record in wire form (what an insert carries)."""
    columns = type(record).__table__.columns.keys()
    return {c: to_wire(getattr(record, c)) for c in columns if c not in Synced.SYSTEM_FIELDS}


def from_wire(column: Column[Any], value: Any) -> Any:
    """The column value of a wire value (the inverse of app.store.outbox.to_wire)."""
    if value is None or not isinstance(value, str):
        return value
    if isinstance(column.type, DateTime):
        parsed = datetime.fromisoformat(value)
        offset = parsed.utcoffset()
        if offset is not None:  # stored times are naive UTC
            parsed = parsed.replace(tzinfo=None) - offset
        return parsed
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    if isinstance(column.type, LargeBinary):
        return bytes.fromhex(value)
    return value


def is_sealed(record: Synced) -> bool:
    """A signed note or a consent no longer a draft (protocol.SEALED_WHEN)."""
    return is_sealing(type(record).__tablename__, {"status": getattr(record, "status", None)})
