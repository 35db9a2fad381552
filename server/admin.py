"""Administration, as Python functions taking Settings (server/cli.py is a thin shell over
these; tests and tools call them directly)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import Connection, delete, insert, select, tuple_, update

from app.core.ids import uuid7
from app.sync.protocol import STAFF_SCOPE
from server.apply import write_as_server
from server.config import Settings
from server.crypto import create_data_key
from server.db import Store, open_store, run_write, upsert
from server.enroll import encode_code, issue_code
from server.models import (
    CaseScope,
    ChangeLog,
    Device,
    Record,
    ScopeHandover,
    ScopeOwner,
    User,
)
from server.pull import MIN_CURSOR_KEY
from server.rotation import anchor_fingerprint
from server.scopes import client_id_of
from server.state import get_state, set_state, wall_ms
from server.tls import create_self_signed, fingerprint

T = TypeVar("T")
DAY_MS = 86_400_000
ROLES = ("worker", "supervisor")


class AdminError(Exception):
    """A refused administrative request (unknown name, duplicate user, ...)."""


def initialise(settings: Settings, hostnames: Iterable[str] = (), force_tls: bool = True) -> str:
    """Create the data directory: server.json, keys/data.key, TLS certificate and key, the
    migrated database. Returns the certificate's SHA-256 fingerprint."""
    if settings.config_file.exists():
        raise AdminError(f"{settings.data_dir} is already initialised")
    settings.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    settings.data_dir.chmod(0o700)
    create_data_key(settings.data_key_file)
    fp = fingerprint(settings.cert_file) if settings.cert_file.exists() else ""
    if force_tls and not fp:
        fp = create_self_signed(settings.cert_file, settings.key_file, hostnames)
    settings.save()
    open_store(settings).close()  # creates and migrates the database
    db_file = settings.data_dir / "server.db"
    if settings.database_url is None and db_file.exists():
        db_file.chmod(0o600)
    return fp


def _run(settings: Settings, work: Callable[[Store, Connection], T]) -> T:
    store = open_store(settings)
    try:
        return run_write(store.engine, lambda connection: work(store, connection))
    finally:
        store.close()


def _user(connection: Connection, name: str) -> Any:
    user = connection.execute(select(User).where(User.name == name)).first()
    if user is None:
        raise AdminError(f"no user named {name!r}")
    return user


def add_user(settings: Settings, name: str, role: str, supervisor: str | None = None) -> str:
    """A new worker or supervisor; also writes their worker_profile into scope "staff"."""
    if role not in ROLES or not name.strip() or len(name) > 200:
        raise AdminError("role must be worker or supervisor, and the name 1-200 characters")

    def work(store: Store, connection: Connection) -> str:
        if connection.scalar(select(User.id).where(User.name == name)) is not None:
            raise AdminError(f"a user named {name!r} exists already")
        supervisor_id = _user(connection, supervisor).id if supervisor else None
        user_id = uuid7()
        connection.execute(
            insert(User).values(
                id=user_id, name=name, role=role, supervisor_id=supervisor_id, created_ms=wall_ms()
            )
        )
        profile = {
            "display_name": name, "role": role, "supervisor_id": supervisor_id,
            "email": None, "is_device_owner": False, "deleted": False,
        }  # fmt: skip
        write_as_server(
            connection, store, "worker_profile", user_id, STAFF_SCOPE, "insert", profile
        )
        return user_id

    return _run(settings, work)


def make_enroll_code(settings: Settings, name: str, url: str | None = None) -> str:
    """A one-time enrollment code for the user `name` (valid settings.enroll_code_ttl_s)."""
    fp = anchor_fingerprint(settings)  # the office CA's when there is one

    def work(_store: Store, connection: Connection) -> str:
        user = _user(connection, name)
        return issue_code(connection, user.id, settings.enroll_code_ttl_s)

    return encode_code(url or settings.url, fp, _run(settings, work))


def assign_case(settings: Settings, case_id: str, name: str) -> str:
    """Give the case's client scope to `name`; returns the scope. Writes assigned_worker_id
    on the case and the client as server-authored changes."""

    def work(store: Store, connection: Connection) -> str:
        user = _user(connection, name)
        scope = connection.scalar(select(CaseScope.scope).where(CaseScope.case_id == case_id))
        client_id = client_id_of(scope or "")
        if scope is None or client_id is None:
            raise AdminError(f"no case {case_id!r} known to the server")
        _hand_over(connection, scope, user.id)
        for entity, record_id in (("case_file", case_id), ("client", client_id)):
            if _exists(connection, entity, record_id):
                change = {"assigned_worker_id": user.id}
                write_as_server(connection, store, entity, record_id, scope, "update", change)
        return scope

    return _run(settings, work)


def _hand_over(connection: Connection, scope: str, worker_id: str) -> None:
    """The new owner; the former one is remembered with the time (server/scopes.py Access)."""
    former = connection.scalar(select(ScopeOwner.worker_id).where(ScopeOwner.scope == scope))
    if former is not None and former != worker_id:
        row = {"scope": scope, "worker_id": former, "handed_over_ms": wall_ms()}
        upsert(connection, ScopeHandover, row, ["scope", "worker_id"])
    upsert(connection, ScopeOwner, {"scope": scope, "worker_id": worker_id}, ["scope"])


def _exists(connection: Connection, entity: str, record_id: str) -> bool:
    key = (Record.entity == entity) & (Record.record_id == record_id)
    return connection.scalar(select(Record.record_id).where(key)) is not None


def list_devices(settings: Settings) -> list[dict[str, Any]]:
    def work(_store: Store, connection: Connection) -> list[dict[str, Any]]:
        rows = connection.execute(
            select(Device, User.name.label("worker"))
            .join(User, User.id == Device.user_id)
            .order_by(Device.enrolled_ms)
        )
        return [_device_dict(row) for row in rows]

    return _run(settings, work)


def _device_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "worker": row.worker,
        "name": row.name,
        "replica_id": row.replica_id,
        "enrolled_at": _iso(row.enrolled_ms),
        "last_seen_at": _iso(row.last_seen_ms),
        "revoked_at": _iso(row.revoked_ms),
    }


def _iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds")


def revoke_device(settings: Settings, device_id: str) -> None:
    """From the next request on, the device gets 403 device_revoked and wipes its vault."""

    def work(_store: Store, connection: Connection) -> None:
        revoked = connection.scalar(select(Device.revoked_ms).where(Device.id == device_id))
        if revoked is None and connection.scalar(select(Device.id).where(Device.id == device_id)):
            statement = update(Device).where(Device.id == device_id)
            connection.execute(statement.values(revoked_ms=wall_ms()))
        elif revoked is None:
            raise AdminError(f"no device {device_id!r}")

    _run(settings, work)


def compact(settings: Settings, horizon_days: int | None = None) -> dict[str, Any]:
    """Forget tombstones older than the horizon (records and their change-log rows); remember
    the newest dropped cursor, below which pulls now get 410 cursor_expired."""
    days = settings.horizon_days if horizon_days is None else horizon_days
    cutoff = f"{max(0, wall_ms() - days * DAY_MS):015d}"  # clocks compare as text

    def work(_store: Store, connection: Connection) -> dict[str, Any]:
        old = Record.deleted & (Record.hlc < cutoff)
        keys = [
            tuple(row)
            for row in connection.execute(select(Record.entity, Record.record_id).where(old))
        ]
        records = changes = 0
        for start in range(0, len(keys), 400):
            dropped = _drop(connection, keys[start : start + 400], old)
            records, changes = records + dropped[0], changes + dropped[1]
        summary = {"records": records, "changes": changes}
        return {**summary, "min_cursor": get_state(connection, MIN_CURSOR_KEY)}

    return _run(settings, work)


def _drop(connection: Connection, keys: list[Any], old: Any) -> tuple[int, int]:
    """Delete these records if still old tombstones (a concurrent push may have revived one:
    PostgreSQL re-checks the condition on the row it waited for), then their log rows."""
    in_records = tuple_(Record.entity, Record.record_id).in_(keys)
    statement = delete(Record).where(in_records, old).returning(Record.entity, Record.record_id)
    gone = [tuple(row) for row in connection.execute(statement)]
    if not gone:
        return 0, 0
    in_log = tuple_(ChangeLog.entity, ChangeLog.record_id).in_(gone)
    newest = connection.execute(
        select(ChangeLog.txid, ChangeLog.pos)
        .where(in_log)
        .order_by(ChangeLog.txid.desc(), ChangeLog.pos.desc())
        .limit(1)
    ).first()
    if newest is not None:
        _raise_min_cursor(connection, (newest.txid, newest.pos))
    return len(gone), connection.execute(delete(ChangeLog).where(in_log)).rowcount


def _raise_min_cursor(connection: Connection, cursor: tuple[int, int]) -> None:
    stored = get_state(connection, MIN_CURSOR_KEY)
    current = tuple(int(p) for p in stored.split(".")) if stored else (0, 0)
    newest = max(current, cursor)
    set_state(connection, MIN_CURSOR_KEY, f"{newest[0]:020d}.{newest[1]:020d}")
