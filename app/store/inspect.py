"""Low-level health checks of an unlocked vault (cipher, pages, outbox consistency)."""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models import Base, OutboxEntry, Synced


def cipher_settings_mismatches(session: Session, pinned: dict[str, str]) -> list[str]:
    problems = []
    for name, expected in pinned.items():
        actual = str(session.connection().exec_driver_sql(f"PRAGMA {name}").scalar())
        if actual != expected:
            problems.append(f"{name} is {actual}, expected {expected}")
    return problems


def cipher_integrity_errors(session: Session) -> list[str]:
    """Pages whose HMAC does not verify (tampering or damage). Empty means all good."""
    rows = session.connection().exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    return [str(row[0]) for row in rows]


def sqlite_integrity(session: Session) -> list[str]:
    rows = session.connection().exec_driver_sql("PRAGMA integrity_check").fetchall()
    results = [str(row[0]) for row in rows]
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


def record_counts(session: Session) -> dict[str, int]:
    counts = {}
    for model in synced_models():
        query = select(func.count()).select_from(model).where(model.deleted.is_(False))
        counts[model.__tablename__] = session.scalar(query) or 0
    for table in ("audit_event", "outbox"):
        counts[table] = session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    return counts
