"""Disclosures made under a legal basis instead of a consent, for a supervisor to review.

A laptop flags such a disclosure when it is recorded (app/services/disclosures.py); the flag
reaches the office with the next sync. Record values are sealed (server/crypto.py): they are
opened here in memory only, and the listing names the disclosure, client and worker by id and
the legal basis by code, never a recipient, a reason or a name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from server.config import Settings
from server.crypto import Sealer
from server.db import open_store
from server.models import Record

ENTITY = "disclosure"


@dataclass(frozen=True)
class FlaggedDisclosure:
    disclosure_id: str
    client_id: str
    worker_id: str | None  # who disclosed
    legal_basis: str | None  # a code of app.core.disclosure.LEGAL_BASES
    disclosed_at: str  # ISO time (UTC)


def flagged_disclosures(settings: Settings) -> list[FlaggedDisclosure]:
    store = open_store(settings, migrate_schema=False)
    try:
        with store.engine.connect() as connection:
            return _listing(connection, store.sealer)
    finally:
        store.close()


def _listing(connection: Connection, sealer: Sealer) -> list[FlaggedDisclosure]:
    query = select(Record).where(Record.entity == ENTITY, Record.deleted.is_(False))
    found = []
    for row in connection.execute(query):
        values: dict[str, Any] = sealer.open("record", row.entity, row.record_id, row.values_enc)
        if values.get("flagged_for_supervisor"):
            found.append(_flag(row.record_id, values))
    return sorted(found, key=lambda f: (f.disclosed_at, f.disclosure_id), reverse=True)


def _flag(record_id: str, values: dict[str, Any]) -> FlaggedDisclosure:
    return FlaggedDisclosure(
        disclosure_id=record_id,
        client_id=str(values.get("client_id") or ""),
        worker_id=values.get("disclosed_by_id"),
        legal_basis=values.get("legal_basis"),
        disclosed_at=str(values.get("disclosed_at") or ""),
    )
