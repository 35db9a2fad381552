"""The audit writer: append an event to the hash chain, in the caller's transaction.

Events carry ids and short codes only. Free text (a name, a note) in `detail` is refused at
the writer, because the audit log is synced and shown to supervisors and auditors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.core.audit_chain import CHAINED_FIELDS, GENESIS, ChainReport, event_hash, verify_chain
from app.core.ids import is_uuid, uuid7
from app.models import AuditEvent

CODE = re.compile(r"^[a-z0-9_.:-]{1,40}$")
ACTOR_KEY = "caseload.actor"


def _safe_value(value: Any) -> bool:
    if isinstance(value, bool | int) or value is None:
        return True
    if isinstance(value, str):
        return is_uuid(value) or bool(CODE.match(value))
    if isinstance(value, list | tuple):
        return all(_safe_value(item) for item in value)
    return False


def check_detail(detail: Mapping[str, Any]) -> None:
    for key, value in detail.items():
        if not CODE.match(key) or not _safe_value(value):
            raise ValueError(f"audit detail {key!r} must be an id or a short code, not free text")


HEAD_KEY = "caseload.audit_head"


def _head(session: Session) -> tuple[int, str]:
    """The chain's last (seq, hash): read once per unit of work, then kept in the session
    (one writer per vault), so a bulk operation does not query and flush per event."""
    cached: tuple[int, str] | None = session.info.get(HEAD_KEY)
    if cached is not None:
        return cached
    with session.no_autoflush:
        row = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
    return (row[0], row[1]) if row else (0, GENESIS)


@event.listens_for(Session, "after_rollback")
def _forget_head(session: Session) -> None:
    session.info.pop(HEAD_KEY, None)


@event.listens_for(Session, "after_commit")
def _forget_head_after_commit(session: Session) -> None:
    session.info.pop(HEAD_KEY, None)


def record_event(
    session: Session,
    action: str,
    entity: str | None = None,
    record_id: str | None = None,
    **detail: Any,
) -> AuditEvent:
    """Append one event; it commits or rolls back with the caller's transaction."""
    check_detail(detail)
    seq, prev_hash = _head(session)
    fields = {
        "seq": seq + 1,
        "id": uuid7(),
        "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "actor": session.info.get(ACTOR_KEY),
        "action": action,
        "entity": entity,
        "record_id": record_id,
        "detail": dict(detail),
    }
    audit_event = AuditEvent(**fields, prev_hash=prev_hash, hash=event_hash(prev_hash, fields))
    session.add(audit_event)
    session.info[HEAD_KEY] = (audit_event.seq, audit_event.hash)
    return audit_event


CHAIN_COLUMNS = (*CHAINED_FIELDS, "prev_hash", "hash")


def _rows(session: Session) -> Iterator[dict[str, Any]]:
    query = select(AuditEvent).order_by(AuditEvent.seq).execution_options(yield_per=2000)
    for row in session.scalars(query):
        yield {name: getattr(row, name) for name in CHAIN_COLUMNS}


def verify(session: Session) -> ChainReport:
    return verify_chain(_rows(session))
