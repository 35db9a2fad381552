"""Sync failures, each with a plain-words message for the worker and an exit code for the CLI.

They are VaultErrors, so the headless commands report them like every other failure.
Messages never carry client data (they name at most ids and codes).
"""

from __future__ import annotations

from app.store.errors import VaultError


class SyncError(VaultError):
    """The sync stopped; everything not acknowledged stays in the outbox for next time."""

    exit_code = 7

    def __init__(self, message: str, code: str = "", retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.retry_after_s = retry_after_s


class NotEnrolled(SyncError):
    exit_code = 8


class EnrollRefused(SyncError):
    """The enrollment code or the server's certificate was refused; nothing was stored."""

    exit_code = 8


class Unauthenticated(SyncError):
    exit_code = 8


class Forbidden(SyncError):
    exit_code = 8


class ClockSkew(SyncError):
    """This computer's clock (or a received stamp) is too far off; nothing was lost."""

    exit_code = 9

    def __init__(self, message: str, server_time_ms: int | None = None) -> None:
        super().__init__(message, "clock_skew")
        self.server_time_ms = server_time_ms


class DeviceRevoked(SyncError):
    """The office revoked this device: the vault is to be crypto-erased."""

    exit_code = 10


class CursorExpired(SyncError):
    """The pull cursor is older than the server's horizon: the scopes are pulled again."""


class ServerUnavailable(SyncError):
    """The server could not be reached or kept failing (after retries)."""


class SyncStopped(SyncError):
    """The worker (or the screen lock) stopped the sync at a safe point: every batch and page
    handled so far is committed, the rest goes next time."""


STOPPED_MESSAGE = (
    "Sync stopped. What was sent and received so far is kept; the rest goes next time."
)


class CertificateChanged(SyncError):
    """The office presents a certificate none of this device's pins accepts: replaced with no
    overlap, or an interception. Nothing is sent; a fresh code from the office re-pins the
    vault (`caseload enroll --repin`) and keeps everything not yet sent."""

    exit_code = 11

    def __init__(self, message: str = "", code: str = "certificate_changed") -> None:
        super().__init__(message or CERTIFICATE_CHANGED_MESSAGE, code)


class CertificateExpired(CertificateChanged):
    """The pinned certificate itself has expired: never accepted silently."""

    def __init__(self) -> None:
        super().__init__(CERTIFICATE_EXPIRED_MESSAGE, "certificate_expired")


CERTIFICATE_CHANGED_MESSAGE = (
    "The office's certificate changed. Ask your supervisor for a re-connection code; your "
    "unsent work is kept."
)
CERTIFICATE_EXPIRED_MESSAGE = (
    "The office's certificate has expired. Ask your supervisor for a re-connection code; "
    "your unsent work is kept."
)


class ProtocolError(SyncError):
    """The server answered something this version does not understand."""


CLOCK_MESSAGE = (
    "This computer's clock is wrong (more than 5 minutes off the office server's). Fix the "
    "date and time settings and sync again; nothing was lost."
)
