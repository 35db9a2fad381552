"""Records a pulled page brings that this device does not hold yet (most of a first sync or
a restored scope): merged in plain dicts and written with one multi-row INSERT per table,
without ORM objects. Row triggers still run, so full-text search indexes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Column, insert
from sqlalchemy.orm import Session

from app.models import Synced
from app.sync.protocol import PulledChange, is_sealing
from app.sync.records import NOT_MERGED, from_wire, travels


def merged_fields(
    entity: str, group: Sequence[PulledChange]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Per field, the value with the highest clock (a sealing change wins as a whole; once
    sealed, only another sealing change counts). Returns (values, clocks)."""
    values: dict[str, Any] = {}
    clocks: dict[str, str] = {}
    for change in group:
        whole = is_sealing(entity, change.fields)
        if not whole and is_sealing(entity, values):
            continue
        for name, value in change.fields.items():
            if name in NOT_MERGED or not travels(entity, name):
                continue
            if whole or change.hlc > clocks.get(name, ""):
                values[name], clocks[name] = value, change.hlc
    return values, clocks


@dataclass(frozen=True)
class ColumnPlan:
    key: str
    column: Column[Any]
    fill: Callable[[], Any]  # the column default for a row that names no value
    required: bool


def _filler(column: Column[Any]) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    if default.is_callable:
        return lambda: default.arg(None)  # a fresh list or dict per row
    return lambda: default.arg


@cache
def _plan(model: type[Synced]) -> tuple[ColumnPlan, ...]:
    """Per user column: how to fill it (worked out once per table, not once per row)."""
    return tuple(
        ColumnPlan(column.key, column, _filler(column), not column.nullable)
        for column in model.__table__.columns
        if column.key not in NOT_MERGED
    )


def new_row(
    model: type[Synced], record_id: str, group: Sequence[PulledChange], now: datetime
) -> dict[str, Any] | None:
    """The row of a record first seen in this page, or None if the server sent only part of
    it (a required value missing): never half a record; the scope's checksum shows the gap."""
    values, clocks = merged_fields(model.__tablename__, group)
    row: dict[str, Any] = {"id": record_id, "updated_at": now}
    for plan in _plan(model):
        value = from_wire(plan.column, values[plan.key]) if plan.key in values else plan.fill()
        if value is None and plan.required:
            return None
        row[plan.key] = value
    first = min(change.hlc for change in group)
    # "*": the clock of the fields the changes did not name (they hold column defaults).
    field_clocks = {"*": first, **{k: v for k, v in clocks.items() if v != first}}
    row["field_clocks"], row["hlc"] = field_clocks, max(field_clocks.values())
    return row


def insert_rows(session: Session, rows: dict[type[Synced], list[dict[str, Any]]]) -> None:
    for model, model_rows in rows.items():
        if model_rows:
            session.execute(insert(model.__table__), model_rows)
