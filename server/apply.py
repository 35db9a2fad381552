"""Applying merged changes to the database, a batch at a time.

A `Batch` loads every record a push touches in one query (locking them on PostgreSQL), runs
the merge rules of server/merge.py in memory, change by change, and writes the results at the
end with a few multi-row statements: new and changed records, the change-log rows of the
fields that won, the conflicts, and the case -> client scope facts learnt on the way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, insert, select, tuple_, update

from app.core.ids import uuid7
from app.sync.protocol import client_scope
from server.crypto import Sealer
from server.db import insert_many, upsert
from server.merge import Held, Incoming, Outcome, merge
from server.models import CaseScope, ChangeLog, Conflict, Record
from server.state import next_txid, server_stamp, wall_ms

Key = tuple[str, str]  # (entity, record id)
CHUNK = 400  # keys per SELECT: well under every database's bound-parameter limit
RECORD = cast(Table, Record.__table__)  # declared with __tablename__, so a Table


class Batch:
    def __init__(self, connection: Connection, sealer: Sealer) -> None:
        self.connection, self.sealer = connection, sealer
        self.held: dict[Key, Held | None] = {}
        self.created: set[Key] = set()
        self.changed: set[Key] = set()
        self.log_rows: list[dict[str, Any]] = []
        self.conflict_rows: list[dict[str, Any]] = []
        self.case_scopes: dict[str, str] = {}
        # Records first written by this batch whose values are exactly the fields logged for
        # them: the record blob reuses the change blob's plaintext (one JSON encoding).
        self.fresh_plain: dict[Key, bytes] = {}

    def load(self, keys: Iterable[Key]) -> None:
        missing = sorted({key for key in keys if key not in self.held})
        if not missing:
            return
        for chunk in _chunks(missing, CHUNK):
            for row in self.connection.execute(self._select(chunk)):
                values = self.sealer.open("record", row.entity, row.record_id, row.values_enc)
                held = Held(row.scope, dict(row.field_clocks), values, row.sealed)
                self.held[(row.entity, row.record_id)] = held
            for key in chunk:
                self.held.setdefault(key, None)

    def _select(self, chunk: list[Key]) -> Any:
        statement = (
            select(Record)
            .where(tuple_(Record.entity, Record.record_id).in_(chunk))
            .order_by(Record.entity, Record.record_id)
        )
        return (
            statement.with_for_update() if self.connection.dialect.name != "sqlite" else statement
        )

    def scope_of(self, key: Key) -> str | None:
        self.load([key])
        held = self.held[key]
        return held.scope if held else None

    def get(self, key: Key) -> Held | None:
        self.load([key])
        return self.held[key]

    def apply(self, change: Incoming) -> Outcome:
        key = (change.entity, change.record_id)
        self.load([key])
        held = self.held[key]
        outcome = merge(held, change)
        if outcome.record is not None:
            (self.changed if held is not None else self.created).add(key)
            self.held[key] = outcome.record
            plain = self._log(change, outcome.applied)
            if held is None and outcome.record.values == outcome.applied:
                self.fresh_plain[key] = plain
            else:
                self.fresh_plain.pop(key, None)
        self.conflict_rows.extend(self._conflict_row(change, loss) for loss in outcome.losses)
        return outcome

    def _log(self, change: Incoming, applied: dict[str, Any]) -> bytes:
        plain = self.sealer.encode(applied)
        fields_enc = self.sealer.seal_plain("change", change.entity, change.record_id, plain)
        self.log_rows.append(
            {
                "scope": change.scope,
                "entity": change.entity,
                "record_id": change.record_id,
                "hlc": change.hlc,
                "fields_enc": fields_enc,
                "origin": change.origin,
            }
        )
        if change.entity == "case_file" and isinstance(applied.get("client_id"), str):
            self.case_scopes[change.record_id] = client_scope(applied["client_id"])
        return plain

    def _conflict_row(self, change: Incoming, loss: Any) -> dict[str, Any]:
        values = {"winner": loss.winner_value, "loser": loss.loser_value}
        return {
            "id": uuid7(),
            "entity": change.entity,
            "record_id": change.record_id,
            "field": loss.field[:100],
            "kind": loss.kind,
            "winner_hlc": loss.winner_hlc,
            "loser_hlc": loss.loser_hlc,
            "winner_origin": loss.winner_origin,
            "loser_origin": loss.loser_origin,
            "values_enc": self.sealer.seal("conflict", change.entity, change.record_id, values),
            "created_ms": wall_ms(),
        }

    def flush(self) -> None:
        """Write everything; the change log gets this transaction's id (server/pull.py)."""
        created = [self._record_row(key) for key in sorted(self.created)]
        changed = [self._record_row(key) for key in sorted(self.changed - self.created)]
        if created:
            insert_many(self.connection, Record, created)
        if changed:
            self.connection.execute(_UPDATE_RECORD, [_keyed(row) for row in changed])
        if self.log_rows:
            txid = next_txid(self.connection)
            rows = [{**row, "txid": txid} for row in self.log_rows]
            insert_many(self.connection, ChangeLog, rows)
        if self.conflict_rows:
            self.connection.execute(insert(Conflict), self.conflict_rows)
        for case_id, scope in self.case_scopes.items():
            upsert(self.connection, CaseScope, {"case_id": case_id, "scope": scope}, ["case_id"])

    def _record_row(self, key: Key) -> dict[str, Any]:
        held = self.held[key]
        assert held is not None
        entity, record_id = key
        plain = self.fresh_plain.get(key)
        if plain is None:
            plain = self.sealer.encode(held.values)
        return {
            "entity": entity,
            "record_id": record_id,
            "scope": held.scope,
            "field_clocks": held.clocks,
            "values_enc": self.sealer.seal_plain("record", entity, record_id, plain),
            "hlc": held.hlc,
            "sealed": held.sealed,
            "deleted": held.deleted,
        }


_UPDATE_RECORD = (
    update(RECORD)
    .where(RECORD.c.entity == bindparam("k_entity"))
    .where(RECORD.c.record_id == bindparam("k_record_id"))
    .values(
        {
            name: bindparam(name)
            for name in ("field_clocks", "values_enc", "hlc", "sealed", "deleted")
        }
    )
)


def _keyed(row: dict[str, Any]) -> dict[str, Any]:
    """Bound names for the UPDATE: the keys under other names than the SET columns."""
    keyed = {k: v for k, v in row.items() if k not in ("entity", "record_id", "scope")}
    return {**keyed, "k_entity": row["entity"], "k_record_id": row["record_id"]}


def _chunks(items: list[Key], size: int) -> Iterator[list[Key]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_as_server(
    connection: Connection, store: Any, entity: str, record_id: str, scope: str, op: str,
    fields: dict[str, Any],
) -> Outcome:  # fmt: skip
    """A server-authored change (profiles, case assignment), stamped by the server's clock
    after the record's own clocks so that it wins, merged and logged like any other."""
    batch = Batch(connection, store.sealer)
    held = batch.get((entity, record_id))
    after = [held.hlc] if held is not None else []
    stamp = server_stamp(connection, store.settings.max_skew_ms, after)
    outcome = batch.apply(Incoming(entity, record_id, scope, op, stamp, fields, "server"))
    batch.flush()
    return outcome
