"""Device authentication (bearer token "<device id>.<secret>", checked on every request) and
per-client-IP rate limiting of failed authentications and enrollment attempts."""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, select, update

from server.crypto import secret_hash
from server.db import Store, read_tx, write_tx
from server.errors import ApiError
from server.models import Device, User
from server.scopes import Principal, team_of
from server.state import wall_ms

LAST_SEEN_EVERY_MS = 60_000  # last_seen is for `device list`: once a minute is plenty
MAX_TRACKED_KEYS = 50_000  # bounds the limiter's memory under a flood of addresses
_DUMMY_HASH = secret_hash("no such device")


class RateLimiter:
    """At most `limit` hits per `window_s` seconds per key (sliding window)."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limit, self.window_s, self.clock = limit, window_s, clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, key: str) -> float | None:
        """Seconds until `key` may try again, or None if it may now."""
        with self._lock:
            hits = self._prune(key)
            if len(hits) < self.limit:
                return None
            return max(0.1, hits[0] + self.window_s - self.clock())

    def hit(self, key: str) -> None:
        with self._lock:
            if len(self._hits) >= MAX_TRACKED_KEYS:
                self._hits.clear()  # crude, but keeps memory bounded; limits reset
            self._prune(key).append(self.clock())

    def _prune(self, key: str) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        horizon = self.clock() - self.window_s
        while hits and hits[0] <= horizon:
            hits.popleft()
        return hits


def parse_bearer(header: str | None) -> tuple[str, str]:
    scheme, _, token = (header or "").partition(" ")
    device_id, _, secret = token.strip().partition(".")
    if scheme.lower() != "bearer" or not device_id or not secret:
        raise ApiError(401, "unauthenticated", "a device token is required")
    return device_id, secret


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
