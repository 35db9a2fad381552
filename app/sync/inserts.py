"""Records a pulled page brings that this device does not hold yet (most of a first sync or
a restored scope): merged in plain dicts and written with multi-row INSERTs, without ORM
objects. Row triggers still run, so full-text search indexes them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache, partial
from typing import Any

from sqlalchemy import Column, ColumnDefault, Date, DateTime, Dialect, LargeBinary, insert
from sqlalchemy.orm import Session

from app.models import Synced
from app.models.base import table_of
from app.sync.protocol import PulledChange, is_sealing
from app.sync.records import LOCAL_ONLY, NOT_MERGED, from_wire


@cache
def _skipped(entity: str) -> frozenset[str]:
    """Fields of `entity` never merged from a pull (NOT_MERGED, and those that never travel)."""
    return NOT_MERGED | (LOCAL_ONLY.get(entity) or frozenset())


def merged_fields(
    entity: str, group: Sequence[PulledChange]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Per field, the value with the highest clock (a sealing change wins as a whole; once
    sealed, only another sealing change counts). Returns (values, clocks)."""
    skipped = _skipped(entity)
    if len(group) == 1:  # the usual case: every field is the change's own
        change = group[0]
        values = {k: v for k, v in change.fields.items() if k not in skipped}
        return values, dict.fromkeys(values, change.hlc)
    values = {}
    clocks: dict[str, str] = {}
    for change in group:
        whole = is_sealing(entity, change.fields)
        if not whole and is_sealing(entity, values):
            continue
        for name, value in change.fields.items():
            if name in skipped:
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
    convert: Callable[[Any], Any] | None  # records.from_wire for this column; None: as is


def _filler(column: Column[Any]) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    # Every default in these tables is a value or a callable (no Sequence, which has no arg).
    assert isinstance(default, ColumnDefault)
    if default.is_callable:
        # A fresh list or dict per row. SQLAlchemy wraps our zero-argument defaults in a
        # function of the execution context, which they ignore: None stands in for it.
        return lambda: default.arg(None)  # type: ignore[arg-type]
    return lambda: default.arg


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """from_wire for a column whose wire form differs from its value (times, dates, bytes)."""
    if isinstance(column.type, DateTime | Date | LargeBinary):
        return partial(from_wire, column)
    return None


@cache
def _plan(model: type[Synced]) -> tuple[ColumnPlan, ...]:
    """Per user column: how to fill it (worked out once per table, not once per row)."""
    return tuple(
        ColumnPlan(column.key, column, _filler(column), not column.nullable, _converter(column))
        for column in table_of(model).columns
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
        if plan.key in values:
            value = values[plan.key]
            if plan.convert is not None:
                value = plan.convert(value)
        else:
            value = plan.fill()
        if value is None and plan.required:
            return None
        row[plan.key] = value
    first = min(change.hlc for change in group)
    # "*": the clock of the fields the changes did not name (they hold column defaults).
    field_clocks = {"*": first, **{k: v for k, v in clocks.items() if v != first}}
    row["field_clocks"], row["hlc"] = field_clocks, max(field_clocks.values())
    return row


# Bound parameters per INSERT statement, well under SQLite's limit (32,766). Rows go in
# multi-row statements, not executemany: FTS5 writes its pending index terms out at the end
# of every statement, so the full-text triggers of row-at-a-time inserts cost 4x the rows.
MAX_PARAMS = 16_000


@dataclass(frozen=True)
class InsertPlan:
    """One table's INSERT as the database driver takes it: the statement's head, the row
    keys in column order, and each column's bind processor (what SQLAlchemy would apply,
    once per value)."""

    head: str  # INSERT INTO t (a, b, …) VALUES
    keys: tuple[str, ...]
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column index, processor)

    @property
    def rows_per_statement(self) -> int:
        return max(1, MAX_PARAMS // len(self.keys))

    def sql(self, rows: int) -> str:
        return _values_sql(self.head, len(self.keys), rows)

    def params(self, row: dict[str, Any]) -> list[Any]:
        values = [row[key] for key in self.keys]
        for index, process in self.processors:
            values[index] = process(values[index])
        return values


@cache
def _values_sql(head: str, width: int, rows: int) -> str:
    marks = "(" + ", ".join(["?"] * width) + ")"
    return f"{head} {', '.join([marks] * rows)}"


_insert_plans: dict[tuple[type[Synced], str], InsertPlan] = {}


def _insert_plan(model: type[Synced], dialect: Dialect) -> InsertPlan:
    plan = _insert_plans.get((model, dialect.name))
    if plan is None:
        table = table_of(model)
        columns = list(table.columns)
        preparer = dialect.identifier_preparer
        names = ", ".join(preparer.format_column(column) for column in columns)
        processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        plan = InsertPlan(
            f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES",
            tuple(column.key for column in columns),
            tuple((i, p) for i, p in enumerate(processors) if p is not None),
        )
        _insert_plans[(model, dialect.name)] = plan
    return plan


def insert_rows(session: Session, rows: dict[type[Synced], list[dict[str, Any]]]) -> None:
    """Multi-row INSERTs per table. Rows naming every column (new_row makes them so) go to
    the driver directly, skipping SQLAlchemy's per-row parameter handling; others through
    Core."""
    connection = session.connection()
    for model, model_rows in rows.items():
        if not model_rows:
            continue
        plan = _insert_plan(model, connection.dialect)
        complete = connection.dialect.paramstyle == "qmark" and all(
            row.keys() >= set(plan.keys) for row in model_rows
        )
        if not complete:
            session.execute(insert(table_of(model)), model_rows)
            continue
        step = plan.rows_per_statement
        for start in range(0, len(model_rows), step):
            chunk = model_rows[start : start + step]
            values = tuple(value for row in chunk for value in plan.params(row))
            connection.exec_driver_sql(plan.sql(len(chunk)), values)
