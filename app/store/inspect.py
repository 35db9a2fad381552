"""Low-level health checks of an unlocked vault (cipher, pages, outbox consistency).

A damaged page fails its HMAC; reading it raises a DBAPIError. These functions let the error
through, except where they can report it as a finding (record_counts); app/services/check.py
turns the rest into failed checks."""

from __future__ import annotations

import re

from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable

from app.models import Base, OutboxEntry, Synced


def cipher_settings_mismatches(session: Session, pinned: dict[str, str]) -> list[str]:
    problems = []
    for name, expected in pinned.items():
        actual = str(session.connection().exec_driver_sql(f"PRAGMA {name}").scalar())
        if actual != expected:
            problems.append(f"{name} is {actual}, expected {expected}")
    return problems


_FAILED_PAGE = re.compile(r"\bpage (\d+)\b")
MAX_INTEGRITY_LINES = 20  # SQLite lists every page a damaged one hides: the first few tell


def quiet_cipher_log(session: Session) -> None:
    """SQLCipher logs each failed page read to stderr, hundreds of lines for one damaged page;
    the check's report says it once, in words."""
    session.connection().exec_driver_sql("PRAGMA cipher_log_level = NONE")


def cipher_integrity_errors(session: Session) -> list[str]:
    """Pages whose HMAC does not verify (tampering or damage). Empty means all good."""
    rows = session.connection().exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    return [str(row[0]) for row in rows]


def damaged_pages(errors: list[str]) -> list[int]:
    """The page numbers in cipher_integrity_check's findings ("HMAC verification failed for
    page 222"), in order, each once."""
    pages = (int(match.group(1)) for error in errors for match in _FAILED_PAGE.finditer(error))
    return sorted(set(pages))


def sqlite_integrity(session: Session) -> list[str]:
    statement = f"PRAGMA integrity_check({MAX_INTEGRITY_LINES})"
    rows = session.connection().exec_driver_sql(statement).fetchall()
    results = [line for row in rows for line in str(row[0]).splitlines() if line.strip()]
    return [] if results == ["ok"] else results


def synced_models() -> list[type[Synced]]:
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, Synced)]


def outbox_gaps(session: Session, model: type[Synced], replica_id: str) -> int:
    """Records whose last change was made here but is not in the outbox (a write that
    bypassed it). A record last changed by a pulled change carries another replica's clock
    node and has no outbox entry here, rightly."""
    latest = (
        select(OutboxEntry.record_id, func.max(OutboxEntry.hlc).label("hlc"))
        .where(OutboxEntry.entity == model.__tablename__)
        .group_by(OutboxEntry.record_id)
        .subquery()
    )
    query = (
        select(func.count())
        .select_from(model)
        .outerjoin(latest, latest.c.record_id == model.id)
        .where((latest.c.hlc.is_(None)) | (latest.c.hlc != model.hlc))
        .where(model.hlc.endswith(f".{replica_id}", autoescape=True))
    )
    return session.scalar(query) or 0


def record_counts(session: Session) -> tuple[dict[str, int], list[str]]:
    """Live records per table, and the tables that could not be read (damaged pages)."""
    counts: dict[str, int] = {}
    unreadable: list[str] = []
    queries: dict[str, Executable] = {
        model.__tablename__: select(func.count()).select_from(model).where(model.deleted.is_(False))
        for model in synced_models()
    }
    queries |= {table: text(f"SELECT count(*) FROM {table}") for table in ("audit_event", "outbox")}
    for table, query in queries.items():
        try:
            counts[table] = session.execute(query).scalar_one()
        except DBAPIError:
            unreadable.append(table)
    return counts, unreadable
