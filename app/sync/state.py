"""The device's sync facts (the `sync_state` table inside the vault) and its held scopes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import SyncScope, SyncState

SERVER_URL = SyncState.SERVER_URL
SERVER_CERT = SyncState.SERVER_CERT
DEVICE_ID = SyncState.DEVICE_ID
DEVICE_TOKEN = SyncState.DEVICE_TOKEN
WORKER_ID = SyncState.WORKER_ID
CURSOR = SyncState.CURSOR
AUDIT_ACKED = SyncState.AUDIT_ACKED
# Set while a full resync after `cursor_expired` runs: if it is interrupted, the next sync
# starts it again (records the server no longer has are dropped only at its end).
RESYNC = SyncState.RESYNC
LAST_SYNC = SyncState.LAST_SYNC
# Outbox entries after this seq hold local edits no completed pull has been compared with yet:
# a pulled value that overwrites one of their fields is a conflict the worker must see, even
# though the push that runs first has already acknowledged the entry (see incoming.py).
COMPARED_THROUGH = SyncState.COMPARED_THROUGH

RESTORING = "restoring"
ACTIVE = "active"


def get(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def get_int(session: Session, key: str) -> int:
    return int(get(session, key) or 0)


def put(session: Session, key: str, value: str | None) -> None:
    if value is None:
        session.execute(delete(SyncState).where(SyncState.key == key))
        return
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class Enrollment:
    """What the device needs to talk to its server (the token is a secret: never log it)."""

    server_url: str
    cert_pem: str
    device_id: str
    token: str
    worker_id: str

    @property
    def bearer(self) -> str:
        """ "<device id>.<token>". A token that already starts with the device id (the
        server's answer may carry it so) is used as it is."""
        if self.token.startswith(f"{self.device_id}."):
            return self.token
        return f"{self.device_id}.{self.token}"


def enrollment(session: Session) -> Enrollment | None:
    values = [get(session, key) for key in (SERVER_URL, SERVER_CERT, DEVICE_ID, DEVICE_TOKEN)]
    worker_id = get(session, WORKER_ID)
    if any(value is None for value in values) or worker_id is None:
        return None
    url, pem, device_id, token = (str(value) for value in values)
    return Enrollment(url, pem, device_id, token, worker_id)


def held_scopes(session: Session) -> dict[str, SyncScope]:
    return {row.scope: row for row in session.scalars(select(SyncScope))}


def hold_scope(session: Session, scope: str, status: str, cursor: str | None = None) -> None:
    row = session.get(SyncScope, scope)
    if row is None:
        session.add(SyncScope(scope=scope, state=status, cursor=cursor))
    else:
        row.state, row.cursor = status, cursor


def hold_new_scopes(session: Session, scopes: list[str]) -> None:
    """Hold these scopes as active, those not held already (one query, not one per scope)."""
    held = set(session.scalars(select(SyncScope.scope)))
    session.add_all(SyncScope(scope=s, state=ACTIVE) for s in scopes if s not in held)


def drop_scope(session: Session, scope: str) -> None:
    session.execute(delete(SyncScope).where(SyncScope.scope == scope))
