"""Engines, transactions and migrations, on SQLite (embedded default) or PostgreSQL.

SQLite: every writing transaction starts with BEGIN IMMEDIATE, so writers are serialised from
their first statement (no lock upgrades that deadlock) and the transaction counter taken under
that lock orders commits. PostgreSQL: READ COMMITTED with explicit row locks; a transaction that
loses a race (unique violation, deadlock, serialisation failure) is retried whole.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, insert, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

import server.migrations as migrations_package
from server.config import Settings
from server.crypto import Sealer
from server.migrations import SCHEMA_HEAD

log = logging.getLogger("caseload.server")
MIGRATIONS_DIR = Path(migrations_package.__file__).parent
WRITE = "caseload_write"
RETRY_SQLSTATES = {"40001", "40P01", "23505"}  # serialisation, deadlock, unique race
MIGRATION_LOCK_ID = 0x43A5E10AD  # PostgreSQL advisory lock: one migrating process at a time
T = TypeVar("T")


@dataclass
class Store:
    settings: Settings
    engine: Engine
    sealer: Sealer

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()


def open_store(settings: Settings, migrate_schema: bool = True) -> Store:
    engine = make_engine(settings.sqlalchemy_url)
    if migrate_schema:
        migrate(engine)
    return Store(settings, engine, Sealer.from_file(settings.data_key_file))


def make_engine(url: str) -> Engine:
    # hide_parameters: bound values are client data (sealed, but still) and never belong in
    # an exception message or a log line (docs/SECURITY.md, "What never reaches the disk").
    if url.startswith("sqlite"):
        engine = create_engine(
            url, hide_parameters=True, connect_args={"check_same_thread": False, "timeout": 30}
        )
        _sqlite_events(engine)
        return engine
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, pool_size=10)


def _sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, below
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@contextmanager
def write_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        connection.execution_options(**{WRITE: True})
        with connection.begin():
            yield connection


@contextmanager
def read_tx(engine: Engine) -> Iterator[Connection]:
    """One snapshot for every statement (PostgreSQL REPEATABLE READ; SQLite WAL read txn)."""
    with engine.connect() as connection:
        if engine.dialect.name == "postgresql":
            connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            yield connection


def run_write(engine: Engine, work: Callable[[Connection], T], attempts: int = 6) -> T:
    """Run `work` in one write transaction, retried whole when it loses a race."""
    for attempt in range(attempts):
        try:
            with write_tx(engine) as connection:
                return work(connection)
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts - 1 or not _retryable(exc):
                raise
            log.info("write transaction retried after %s", type(exc).__name__)
            time.sleep(0.01 * 2**attempt)
    raise AssertionError("unreachable")


def _retryable(exc: DBAPIError) -> bool:
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate is not None:
        return sqlstate in RETRY_SQLSTATES
    return "locked" in str(exc.orig) or "busy" in str(exc.orig)


def _dialect_insert(connection: Connection, model: type) -> Any:
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model)


def insert_or_ignore(
    connection: Connection, model: type, values: dict[str, Any] | list[dict[str, Any]]
) -> None:
    """INSERT … ON CONFLICT (primary key) DO NOTHING, on either database (one row or many)."""
    statement = _dialect_insert(connection, model).on_conflict_do_nothing()
    connection.execute(statement, values)


# None: that table and set of columns goes through Core.
_insert_plans: dict[tuple[Any, tuple[str, ...]], tuple[str, list[tuple[int, Any]]] | None] = {}


def insert_many(connection: Connection, model: type, rows: list[dict[str, Any]]) -> None:
    """INSERT many rows (all naming the same columns). On SQLite they go to the driver's
    executemany directly with each column's bind processor applied, skipping SQLAlchemy's
    per-row parameter handling; elsewhere (or if a column left out has a Python-side default
    that only Core would fill in) through Core."""
    if not rows:
        return
    keys = tuple(rows[0])
    plan = _insert_plan(connection, model, keys) if connection.dialect.name == "sqlite" else None
    if plan is None or any(len(row) != len(keys) for row in rows):
        connection.execute(insert(model), rows)
        return
    sql, processors = plan
    params = []
    for row in rows:
        values = [row[key] for key in keys]
        for index, process in processors:
            values[index] = process(values[index])
        params.append(tuple(values))
    connection.exec_driver_sql(sql, params)


def _insert_plan(
    connection: Connection, model: type, keys: tuple[str, ...]
) -> tuple[str, list[tuple[int, Any]]] | None:
    if (model, keys) in _insert_plans:
        return _insert_plans[(model, keys)]
    table = model.__table__  # type: ignore[attr-defined]
    dialect = connection.dialect
    columns = [table.columns[key] for key in keys]
    left_out = [column for column in table.columns if column.key not in keys]
    plan = None
    if all(column.default is None for column in left_out):
        preparer = dialect.identifier_preparer
        names = ", ".join(preparer.format_column(column) for column in columns)
        marks = ", ".join("?" for _ in columns)
        sql = f"INSERT INTO {preparer.format_table(table)} ({names}) VALUES ({marks})"
        processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
        plan = (sql, [(i, p) for i, p in enumerate(processors) if p is not None])
    _insert_plans[(model, keys)] = plan
    return plan


def upsert(connection: Connection, model: type, values: dict[str, Any], keys: list[str]) -> None:
    """INSERT, or UPDATE the non-key columns of the row with the same `keys`."""
    statement = _dialect_insert(connection, model).values(**values)
    changes = {name: statement.excluded[name] for name in values if name not in keys}
    connection.execute(statement.on_conflict_do_update(index_elements=keys, set_=changes))


def alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(connection: Connection) -> str | None:
    """The schema's revision, read without importing Alembic (admin commands start faster)."""
    if "alembic_version" not in _table_names(connection):
        return None
    revision: str | None = connection.scalar(text("SELECT version_num FROM alembic_version"))
    return revision


def _table_names(connection: Connection) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(connection).get_table_names())


def migrate(engine: Engine) -> None:
    """Bring the schema to head (a no-op when it is there already)."""
    with engine.connect() as connection:
        if current_revision(connection) == SCHEMA_HEAD:
            return
        connection.rollback()
        _upgrade(connection)


def _upgrade(connection: Connection) -> None:
    from alembic import command

    postgres = connection.dialect.name == "postgresql"
    if postgres:  # one migrating process at a time
        connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": MIGRATION_LOCK_ID})
        connection.commit()
    connection.execution_options(**{WRITE: True})
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    connection.commit()
    if postgres:
        connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": MIGRATION_LOCK_ID})
        connection.commit()
