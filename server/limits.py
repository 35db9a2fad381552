"""Rate limits on failed authentications and enrollment attempts.

Failed authentications count twice: against the credential presented (its device id, hashed)
and against the client's address, with a threshold ADDRESS_FACTOR times higher. An office sits
behind one NAT address, so one laptop with a stale token must not lock its colleagues out: a
credential's own failures throttle only that credential, and a valid token is checked before
any limit and always served (server/auth.py authenticate_request). The address limit catches
a single client trying many made-up credentials. Device secrets are 192+ random bits, so the
limits are there to quiet noise and bound work, not to make guessing feasible-but-slow.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable

from server.errors import ApiError

MAX_TRACKED_KEYS = 50_000  # bounds a limiter's memory under a flood of keys
ADDRESS_FACTOR = 10  # an address may fail this many times more often than one credential


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


class AuthLimits:
    """Failed authentications per credential and per address. Two limiters, so a flood of
    made-up credentials (which may make one forget its keys) never resets the addresses."""

    def __init__(
        self, limit: int, window_s: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.credentials = RateLimiter(limit, window_s, clock)
        self.addresses = RateLimiter(limit * ADDRESS_FACTOR, window_s, clock)

    def refuse_if_limited(self, address: str, credential: str | None) -> None:
        """429 if the address, or the credential presented, has failed too often."""
        waits = [self.addresses.retry_after(address)]
        if credential is not None:
            waits.append(self.credentials.retry_after(credential))
        refused = [wait for wait in waits if wait is not None]
        if refused:
            raise rate_limited(max(refused))

    def failed(self, address: str, credential: str | None) -> None:
        self.addresses.hit(address)
        if credential is not None:
            self.credentials.hit(credential)


def credential_key(device_id: str) -> str:
    """The key a presented device id counts under: hashed, since anyone may send any text."""
    return hashlib.sha256(device_id.encode()).hexdigest()[:32]


def refuse_if_limited(limiter: RateLimiter, key: str) -> None:
    wait = limiter.retry_after(key)
    if wait is not None:
        raise rate_limited(wait)


def rate_limited(wait_s: float) -> ApiError:
    return ApiError(429, "rate_limited", "too many attempts; wait", retry_after_s=round(wait_s, 1))
