"""Bulk loading of the synthetic data set into a vault and its plaintext twin.

Rows go straight into the tables with one `executemany` per table and chunk on the vault's
own engine connection, converted exactly as the ORM would bind them (each column type's bind
processor for this dialect: date-times as text, JSON, booleans). Nothing goes through the
ORM, so no outbox rows and no audit events are written: the data stands for records already
synced from the office. The FTS5 triggers fire on every insert, as they would for synced
records; the deferred foreign keys are checked at every commit.

Load-time settings on the loading connection only (reset before it goes back to the pool):
a 512 MiB page cache and `synchronous = OFF`; the data set is only published once complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from time import perf_counter
from typing import Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.engine.interfaces import DBAPIConnection

from app.models import Base, ClockState
from app.store.engine import RUNTIME_PRAGMAS
from app.store.vault import Vault
from bench.dataset import NOW, Chunk, epoch_ms

LOAD_PRAGMAS = ("PRAGMA cache_size = -524288", "PRAGMA synchronous = OFF")
RESET_PRAGMAS = ("PRAGMA cache_size = -8000", *RUNTIME_PRAGMAS)
LOADED_TABLES = ("worker_profile", "client", "case_file", "task", "visit", "consent", "case_note")


class TableWriter:
    """INSERT statement and row converter for one table, built once."""

    def __init__(self, table: Table, dialect: Dialect) -> None:
        self.table = table
        columns = list(table.columns)
        self.names = [column.key for column in columns]
        names = ", ".join(column.name for column in columns)
        marks = ", ".join("?" for _ in columns)
        self.sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        self.processors: list[Callable[[Any], Any] | None] = [
            column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns
        ]
        self.defaults: dict[str, Any] = {}
        for column in columns:
            default = column.default
            if default is not None and column.key not in ("id", "created_at", "updated_at"):
                self.defaults[column.key] = default

    def _default(self, key: str) -> Any:
        default = self.defaults.get(key)
        if default is None:
            return None
        return default.arg(None) if default.is_callable else default.arg

    def tuples(self, rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
        pairs = list(zip(self.names, self.processors, strict=True))
        converted = []
        for row in rows:
            values = []
            for key, process in pairs:
                value = row[key] if key in row else self._default(key)
                values.append(
                    process(value) if process is not None and value is not None else value
                )
            converted.append(tuple(values))
        return converted


class LoadTarget:
    """One side of the load: a vault (or plaintext twin) and a connection held open."""

    def __init__(self, vault: Vault) -> None:
        assert vault.engine is not None
        self.vault = vault
        self.dialect = vault.engine.dialect
        self.connection: Connection = vault.engine.connect()
        raw = self.connection.connection.dbapi_connection
        assert raw is not None
        self.raw: DBAPIConnection = raw
        for pragma in LOAD_PRAGMAS:
            self.raw.execute(pragma)
        self.writers: dict[str, TableWriter] = {}
        self.seconds = 0.0  # inside executemany and commit

    def writer(self, table: str) -> TableWriter:
        if table not in self.writers:
            self.writers[table] = TableWriter(Base.metadata.tables[table], self.dialect)
        return self.writers[table]

    def insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        start = perf_counter()
        self.raw.executemany(self.writer(table).sql, rows)
        self.seconds += perf_counter() - start

    def commit(self) -> None:
        start = perf_counter()
        self.raw.commit()
        self.seconds += perf_counter() - start

    def finish(self) -> dict[str, int]:
        """Advance the replica's clock past the loaded stamps, count rows, reset pragmas."""
        self.commit()
        wall = epoch_ms(NOW) + 1
        self.connection.execute(
            update(ClockState)
            .where(ClockState.id == 1, ClockState.wall_ms < wall)
            .values(wall_ms=wall, counter=0)
        )
        self.connection.commit()
        start = perf_counter()
        self.raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.seconds += perf_counter() - start
        counts = {
            name: self.connection.scalar(
                select(func.count()).select_from(Base.metadata.tables[name])
            )
            or 0
            for name in LOADED_TABLES
        }
        counts["note_fts"] = (
            self.connection.exec_driver_sql("SELECT count(*) FROM note_fts").scalar() or 0
        )
        for pragma in RESET_PRAGMAS:
            self.raw.execute(pragma)
        self.connection.close()
        return counts


def load(chunks: Iterable[Chunk], targets: list[LoadTarget], commit_every: int) -> float:
    """Insert every chunk into every target (the same tuples); returns the seconds spent
    building rows in Python (generation and conversion), shared by both sides."""
    python_s, pending = 0.0, 0
    start = perf_counter()
    for table, rows in chunks:
        tuples = targets[0].writer(table).tuples(rows)
        python_s += perf_counter() - start
        for target in targets:
            target.insert(table, tuples)
        pending += len(rows)
        if pending >= commit_every:
            for target in targets:
                target.commit()
            pending = 0
        start = perf_counter()
    python_s += perf_counter() - start
    return python_s
