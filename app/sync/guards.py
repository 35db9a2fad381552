"""Lifting the append-only guards (app/models/triggers.py) for the sync engine, inside one
transaction.

Two sync steps must change rows the triggers protect: purging a scope no longer granted
removes its signed notes and stage history from this device (the server keeps them), and a
note signed concurrently on two devices is replaced by the copy the server kept (the local
one goes to the conflict log first). SQLite DDL is transactional: the triggers are dropped and
created again in the caller's transaction, so a crash or a rollback brings them back, and no
other connection ever sees the vault without them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.models.triggers import ALL_GUARDS

SUSPENDED_KEY = "caseload.guards_suspended"
# Never lifted: the audit log stays append-only even for the sync engine.
NEVER_LIFTED = frozenset({"audit_event"})


def _table(ddl: str) -> str:
    # "CREATE TRIGGER IF NOT EXISTS <name> BEFORE <VERB> ON <table> ..."
    return ddl.split()[9]


def _name(ddl: str) -> str:
    return ddl.split()[5]


def guarded_tables() -> frozenset[str]:
    return frozenset(_table(ddl) for ddl in ALL_GUARDS) - NEVER_LIFTED


def lift(session: Session, table: str) -> None:
    """Drop the guards of `table` until `restore` (once per transaction)."""
    if table not in guarded_tables():
        return
    suspended: set[str] = session.info.setdefault(SUSPENDED_KEY, set())
    if table in suspended:
        return
    # pysqlite opens its transaction only at the first data statement; DDL before that
    # would commit on its own, so make sure the transaction is open first.
    session.execute(text("UPDATE sync_state SET key = key WHERE 0"))
    for ddl in ALL_GUARDS:
        if _table(ddl) == table:
            session.execute(text(f"DROP TRIGGER IF EXISTS {_name(ddl)}"))
    suspended.add(table)


def restore(session: Session) -> None:
    """Create the lifted guards again (before the transaction commits)."""
    suspended: set[str] = session.info.pop(SUSPENDED_KEY, set())
    if not suspended:
        return
    session.flush()
    for ddl in ALL_GUARDS:
        if _table(ddl) in suspended:
            session.execute(text(ddl))
