"""HTTPS to the office server: TLS pinned to the certificates captured at enrollment (and
learned since, during a certificate rotation; or the office CA), the protocol header and
device credential on every request, structured errors as exceptions, and retries with
exponential back-off where a retry is safe (every endpoint is idempotent: a push is
acknowledged per replica and outbox seq, a pull only reads).
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from typing import TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from app.sync import errors
from app.sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ChecksumRequest,
    ChecksumResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    RepinRequest,
    ServerInfo,
    TlsPins,
)

Answer = TypeVar("Answer", bound=BaseModel)
RETRIED_STATUS = frozenset({429, 500, 502, 503, 504})
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


# OpenSSL's X509_V_ERR_CERT_HAS_EXPIRED: the presented certificate chains to a pin but is
# past its end date (the pinned certificate itself, or one the pinned office CA issued).
CERT_HAS_EXPIRED = 10


def pinned_context(cert_pem: str) -> ssl.SSLContext:
    """Trust exactly the certificates pinned (one or more PEM blocks: the current one, the
    next one during a rotation, or the office CA). They need not be CAs: the partial chain
    flag lets a pinned leaf itself be the trust anchor. Hostname still checked."""
    context = ssl.create_default_context(purpose=ssl.Purpose.SERVER_AUTH, cadata=cert_pem)
    context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def pinned_client(server_url: str, cert_pem: str) -> httpx.Client:
    return httpx.Client(
        base_url=server_url, verify=pinned_context(cert_pem), timeout=TIMEOUT, trust_env=False
    )


ERRORS: dict[str, type[errors.SyncError]] = {
    "unauthenticated": errors.Unauthenticated,
    "device_revoked": errors.DeviceRevoked,
    "forbidden": errors.Forbidden,
    "enroll_code_invalid": errors.EnrollRefused,
    "cursor_expired": errors.CursorExpired,
    "rate_limited": errors.ServerUnavailable,
    "internal": errors.ServerUnavailable,
    "protocol_unsupported": errors.ProtocolError,
}
MESSAGES = {
    "unauthenticated": "The office server does not know this device. Enroll it again.",
    "device_revoked": "The office has revoked this device.",
    "enroll_code_invalid": "The enrollment code is wrong, used or expired. Ask for a new one.",
    "protocol_unsupported": "The office server speaks another sync version: update Caseload.",
    "rate_limited": "The office server is busy; try again in a few minutes.",
}


def error_from(response: httpx.Response) -> errors.SyncError:
    """The exception for an error answer (its message is the server's, or ours)."""
    try:
        body = ErrorResponse.model_validate_json(response.content).error
    except ValidationError:
        return errors.ServerUnavailable(f"The office server answered HTTP {response.status_code}.")
    if body.code == "clock_skew":
        return errors.ClockSkew(errors.CLOCK_MESSAGE, body.server_time_ms)
    kind = ERRORS.get(body.code, errors.SyncError)
    message = MESSAGES.get(body.code, f"The office server refused the request: {body.message}")
    return kind(message, body.code, body.retry_after_s)


class Transport:
    """One server conversation. Pass `client` to use another httpx.Client (tests use an
    in-process FastAPI TestClient); it is then used as is, with its own base URL."""

    def __init__(
        self,
        client: httpx.Client,
        bearer: str | None = None,
        attempts: int = 5,
        backoff_s: float = 0.5,
        sleep: Callable[[float], None] | None = None,
        owns_client: bool = False,
    ) -> None:
        self.client, self.bearer = client, bearer
        self.attempts, self.backoff_s, self.sleep = attempts, backoff_s, sleep
        self.owns_client = owns_client
        # Set by whoever may stop the sync: the back-off between retries ends at once and no
        # further attempt is made (a request already on the wire runs to its timeout).
        self.stop = threading.Event()

    @classmethod
    def pinned(cls, server_url: str, cert_pem: str, bearer: str | None = None) -> Transport:
        return cls(pinned_client(server_url, cert_pem), bearer, owns_client=True)

    def close(self) -> None:
        if self.owns_client:
            self.client.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- endpoints ------------------------------------------------------------------------
    def info(self) -> ServerInfo:
        return self._call("GET", "/info", None, ServerInfo)

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        return self._call("POST", "/enroll", request, EnrollResponse)

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", "/push", request, PushResponse)

    def pull(self, request: PullRequest) -> PullResponse:
        return self._call("POST", "/pull", request, PullResponse)

    def checksums(self, request: ChecksumRequest) -> ChecksumResponse:
        return self._call("POST", "/checksums", request, ChecksumResponse)

    def tls_pins(self) -> TlsPins | None:
        """The certificates to trust from now on; None from an office older than rotation."""
        response = self._send_with_retries("GET", API_PREFIX + "/tls", None)
        if response.status_code == 404:
            return None
        return self._answer(response, TlsPins)

    def repin(self, request: RepinRequest) -> TlsPins:
        return self._call("POST", "/repin", request, TlsPins)

    # -- plumbing -------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self.bearer:
            headers["Authorization"] = f"Bearer {self.bearer}"
        return headers

    def _call(self, method: str, path: str, body: BaseModel | None, answer: type[Answer]) -> Answer:
        response = self._send_with_retries(method, API_PREFIX + path, body)
        return self._answer(response, answer)

    def _answer(self, response: httpx.Response, answer: type[Answer]) -> Answer:
        if response.status_code >= 400:
            raise error_from(response)
        try:
            return answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise errors.ProtocolError(
                "The office server sent an answer this version cannot read."
            ) from exc

    def _send_with_retries(self, method: str, path: str, body: BaseModel | None) -> httpx.Response:
        self.check_stop()
        for attempt in range(self.attempts):
            last = attempt == self.attempts - 1
            try:
                response = self._send(method, path, body)
            except ssl.SSLCertVerificationError as exc:
                raise _untrusted(exc) from exc
            except httpx.TransportError as exc:
                if _untrusted_cause(exc) is not None:
                    raise _untrusted(exc) from exc
                if last:
                    raise errors.ServerUnavailable(
                        "The office server cannot be reached. Check the network and try again."
                    ) from exc
                self._pause(self._delay(attempt, None))
                continue
            if response.status_code not in RETRIED_STATUS or last:
                return response
            self._pause(self._delay(attempt, _retry_after(response)))
        raise AssertionError("unreachable")

    def _pause(self, seconds: float) -> None:
        """The back-off before a retry, cut short when the sync is stopped."""
        if self.sleep is not None:
            self.sleep(seconds)
        else:
            self.stop.wait(seconds)
        self.check_stop()

    def check_stop(self) -> None:
        if self.stop.is_set():
            raise errors.SyncStopped(errors.STOPPED_MESSAGE, "stopped")

    def _send(self, method: str, path: str, body: BaseModel | None) -> httpx.Response:
        content = body.model_dump_json().encode() if body is not None else None
        headers = self._headers()
        if content is not None:
            headers["Content-Type"] = "application/json"
        return self.client.request(method, path, content=content, headers=headers)

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, 60.0)
        return min(self.backoff_s * 2.0**attempt, 30.0)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return ErrorResponse.model_validate_json(response.content).error.retry_after_s
    except ValidationError:
        header = response.headers.get("Retry-After")
        return float(header) if header and header.isdigit() else None


def _untrusted_cause(exc: BaseException) -> BaseException | None:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _untrusted(exc: BaseException) -> errors.SyncError:
    # Not retried: a certificate no pin accepts is a server change without overlap (or an
    # interception); the worker is told plainly and the office re-pins with a fresh code.
    cause = _untrusted_cause(exc)
    if getattr(cause, "verify_code", None) == CERT_HAS_EXPIRED:
        return errors.CertificateExpired()
    return errors.CertificateChanged()
