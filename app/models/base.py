"""Declarative base and the columns every synced record carries.

Every synced record has a device-generated UUIDv7 id, the hybrid-logical-clock stamp of its
last change, per-field clocks (for field-level last-writer-wins merges) and a tombstone flag.
`APPEND_ONLY` records (legal documents, stage history) are never updated once written; the
schema enforces that with triggers (see app/models/triggers.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar, cast

from sqlalchemy import JSON, Boolean, DateTime, FromClause, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.core.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Stored time stamps are naive UTC (see app/core/timeutil.py)."""
    return datetime.now(UTC).replace(tzinfo=None)


def id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=uuid7)


def ref(target: str, nullable: bool = False, index: bool = True) -> Mapped[Any]:
    from sqlalchemy import ForeignKey

    # Deferred: checked at commit, so one unit of work may insert a note before the new
    # client it belongs to (the ORM does not order inserts across unrelated mappers).
    key = ForeignKey(f"{target}.id", deferrable=True, initially="DEFERRED")
    # index=False where the table declares a better one (composite or partial) itself.
    return mapped_column(String(36), key, nullable=nullable, index=index)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


# The explicit metaclass changes nothing at run time (`type` is every plain class's metaclass;
# the mapped subclasses get Base's), hence ruff's UP050. It is declared for mypy: without one,
# mypy checks a `type[Synced]` against Hashable with the *instances'* unbound `__hash__` and
# calls the class unhashable (python/mypy#11469, #11470), which breaks functools.cache over models.
class Synced(metaclass=type):  # noqa: UP050 - see above
    """Mixin for records that take part in sync and are written to the outbox."""

    APPEND_ONLY: ClassVar[bool] = False

    if TYPE_CHECKING:
        # Declared for the type checker only: every Synced class is also a Base subclass, whose
        # declarative machinery sets these. Defining them here at run time would change the
        # mapping.
        __tablename__: str
        __table__: ClassVar[FromClause]

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    hlc: Mapped[str] = mapped_column(String(64), default="", index=True)
    field_clocks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    # Columns that are bookkeeping, not user data: never sent as field changes.
    SYSTEM_FIELDS: ClassVar[frozenset[str]] = frozenset({"hlc", "field_clocks", "updated_at"})


def table_of(model: type[Synced]) -> Table:
    """The Table a synced model is mapped to. Declarative types `__table__` as any FromClause
    (a class may be mapped to a join or a subquery); every model here is declared with
    `__tablename__`, so it is a Table, with Columns."""
    return cast(Table, model.__table__)
