"""Likely duplicate clients across the office, for an administrator or supervisor to review.

A laptop checks for duplicates against its own caseload before it saves a new client
(app/services/intake.py); two workers can still take in the same person on two laptops. The
office repeats the check over every client it holds, with the same rules
(app/core/duplicates.py), and lists the pairs; it never merges records itself. A pair that a
worker already answered "a different person" for is left out.

Record values are sealed (server/crypto.py): they are opened here in memory only, and the
listing names records by id, reasons by code, and the workers they belong to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from app.core.duplicates import Keys, Person, compare
from server.config import Settings
from server.crypto import Sealer
from server.db import open_store
from server.models import Record, User

DIFFERENT = "different_person"


@dataclass(frozen=True)
class LikelyDuplicate:
    first_id: str
    second_id: str
    reasons: tuple[str, ...]  # codes of app.core.duplicates.REASONS
    workers: tuple[str, ...]  # the names of the workers the two clients are assigned to


def _values(sealer: Sealer, rows: Iterable[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for row in rows:
        yield row.record_id, sealer.open("record", row.entity, row.record_id, row.values_enc)


def _person(values: dict[str, Any]) -> Person:
    born = values.get("date_of_birth")
    return Person(
        first=values.get("legal_first_name") or "",
        last=values.get("legal_last_name") or "",
        preferred=values.get("preferred_name"),
        born=date.fromisoformat(born) if born else None,
        phone=values.get("phone"),
    )


def _live(connection: Connection, entity: str) -> list[Any]:
    query = select(Record).where(Record.entity == entity, Record.deleted.is_(False))
    return list(connection.execute(query))


def _answered_different(connection: Connection, sealer: Sealer) -> set[frozenset[str | None]]:
    decisions = _values(sealer, _live(connection, "duplicate_decision"))
    return {
        frozenset((v.get("client_id"), v.get("other_client_id")))
        for _id, v in decisions
        if v.get("decision") == DIFFERENT
    }


def _blocks(keys: dict[str, Keys]) -> Iterator[list[str]]:
    """Groups worth comparing: a name that sounds the same, the same date of birth or the
    same phone, so that 50,000 clients are not compared pair by pair."""
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for client_id, k in keys.items():
        for sound in k.last | k.first:
            groups[("name", sound)].append(client_id)
        if k.born is not None:
            groups[("born", k.born.isoformat())].append(client_id)
        if k.phone:
            groups[("phone", k.phone)].append(client_id)
    return iter(groups.values())


def _pairs(
    keys: dict[str, Keys], skip: set[frozenset[str | None]]
) -> dict[tuple[str, str], tuple[str, ...]]:
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for block in _blocks(keys):
        for a, b in combinations(sorted(set(block)), 2):
            if (a, b) in found or frozenset((a, b)) in skip:
                continue
            reasons = compare(keys[a], keys[b])
            if reasons:
                found[(a, b)] = reasons
    return found


def likely_duplicates(settings: Settings) -> list[LikelyDuplicate]:
    store = open_store(settings, migrate_schema=False)
    try:
        with store.engine.connect() as connection:
            return _listing(connection, store.sealer)
    finally:
        store.close()


def _listing(connection: Connection, sealer: Sealer) -> list[LikelyDuplicate]:
    clients = dict(_values(sealer, _live(connection, "client")))
    keys = {client_id: Keys.of(_person(v)) for client_id, v in clients.items()}
    pairs = _pairs(keys, _answered_different(connection, sealer))
    names: dict[str, str] = {u.id: u.name for u in connection.execute(select(User.id, User.name))}

    def worker(client_id: str) -> str:
        return names.get(clients[client_id].get("assigned_worker_id") or "", "nobody")

    return [
        LikelyDuplicate(a, b, reasons, (worker(a), worker(b)))
        for (a, b), reasons in sorted(pairs.items())
    ]
