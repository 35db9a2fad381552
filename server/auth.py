"""Device authentication: a bearer token "<device id>.<secret>", checked on every request before
its body is read (server/guard.py), with failures rate limited (server/limits.py)."""

from __future__ import annotations

import hmac
import re
from typing import Any

from sqlalchemy import Connection, select, update

from server.crypto import secret_hash
from server.db import Store, read_tx, write_tx
from server.errors import ApiError
from server.limits import AuthLimits, credential_key
from server.models import Device, User
from server.scopes import Principal, team_of
from server.state import wall_ms

LAST_SEEN_EVERY_MS = 60_000  # last_seen is for `device list`: once a minute is plenty
_DUMMY_HASH = secret_hash("no such device")
# Device ids are UUIDs; anything else never reaches the database (nor its text rules).
DEVICE_ID = re.compile(r"[0-9A-Za-z-]{1,64}")


def parse_bearer(header: str | None) -> tuple[str, str]:
    scheme, _, token = (header or "").partition(" ")
    device_id, _, secret = token.strip().partition(".")
    if scheme.lower() != "bearer" or not DEVICE_ID.fullmatch(device_id) or not secret:
        raise ApiError(401, "unauthenticated", "a device token is required")
    return device_id, secret


def authenticate_request(
    store: Store, limits: AuthLimits, header: str | None, address: str
) -> Principal:
    """The device behind `header`, checked before any limit: a valid token is served however
    often others at its address failed. A failure answers 429 once the credential or the
    address is over its limit, else 401 and counts against both."""
    try:
        device_id, _ = parse_bearer(header)
    except ApiError:  # nothing that names a device: refused without touching the database
        limits.refuse_if_limited(address, None)
        limits.failed(address, None)
        raise
    try:
        return authenticate(store, header)
    except ApiError as exc:
        if exc.status == 401:
            credential = credential_key(device_id)
            limits.refuse_if_limited(address, credential)
            limits.failed(address, credential)
        raise


def authenticate(store: Store, header: str | None) -> Principal:
    """The device behind a bearer token; 401 if unknown, 403 device_revoked (wipe) if revoked."""
    device_id, secret = parse_bearer(header)
    with read_tx(store.engine) as connection:
        row = _device_row(connection, device_id)
        expected = row.token_hash if row is not None else _DUMMY_HASH
        if not hmac.compare_digest(secret_hash(secret), expected) or row is None:
            raise ApiError(401, "unauthenticated", "unknown device or wrong token")
        if row.revoked_ms is not None:
            raise ApiError(403, "device_revoked", "this device was revoked", wipe=True)
        principal = Principal(
            row.id, row.replica_id, row.user_id, row.name, row.role, row.supervisor_id,
            team_of(connection, row.user_id, row.role),
        )  # fmt: skip
    _touch(store, row)
    return principal


def _device_row(connection: Connection, device_id: str) -> Any:
    statement = (
        select(
            Device.id,
            Device.replica_id,
            Device.user_id,
            Device.token_hash,
            Device.revoked_ms,
            Device.last_seen_ms,
            User.name,
            User.role,
            User.supervisor_id,
        )  # fmt: skip
        .join(User, User.id == Device.user_id)
        .where(Device.id == device_id)
    )
    return connection.execute(statement).first()


def _touch(store: Store, row: Any) -> None:
    now = wall_ms()
    if row.last_seen_ms is not None and now - row.last_seen_ms < LAST_SEEN_EVERY_MS:
        return
    with write_tx(store.engine) as connection:
        connection.execute(update(Device).where(Device.id == row.id).values(last_seen_ms=now))
