"""The ASGI layer in front of every route, in this order: protocol version, authentication,
body size, and last-resort error handling. Pure ASGI (no BaseHTTPMiddleware), so it sees raw
chunked bodies and every fault.

Authentication comes before the body is read: a client without a valid token learns nothing
from how its body is parsed, and costs no buffering. The principal is handed to the route in
the ASGI scope (server/app.py current_device)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from starlette.concurrency import run_in_threadpool

from app.sync.protocol import MAX_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.errors import ApiError
from server.handlers import error_response

log = logging.getLogger("caseload.server")
# Reachable without the protocol header: discovery and the schema.
OPEN_PATHS = frozenset({"/v1/info", "/openapi.json"})
# Reachable without a device token; every other path is authenticated first.
PUBLIC_PATHS = OPEN_PATHS | {"/v1/enroll"}
PRINCIPAL = "caseload.principal"  # where the authenticated device waits in the ASGI scope
_HEADER = PROTOCOL_HEADER.lower().encode()
Scope = dict[str, Any]
# (Authorization header, client address) -> the device; raises ApiError.
Authenticator = Callable[[str | None, str], Any]
Step = Callable[[Any], Awaitable[None]]  # a stage of the request, given the send to answer with


class _Disconnected(Exception):
    pass


class Guard:
    def __init__(
        self, app: Any, authenticator: Authenticator, max_body: int = MAX_BODY_BYTES
    ) -> None:
        self.app, self.authenticator, self.max_body = app, authenticator, max_body

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if (
            scope["path"] not in OPEN_PATHS
            and headers.get(_HEADER) != str(PROTOCOL_VERSION).encode()
        ):
            message = f"send the header {PROTOCOL_HEADER}: {PROTOCOL_VERSION}"
            await _reply(scope, send, 426, "protocol_unsupported", message)
            return
        await self._last_resort(scope, send, partial(self._admit, scope, headers, receive))

    async def _admit(
        self, scope: Scope, headers: dict[bytes, bytes], receive: Any, send: Any
    ) -> None:
        """Authentication, then the body (size-limited), then the route."""
        if scope["path"] not in PUBLIC_PATHS and not await self._authenticate(scope, headers, send):
            return
        try:
            body = await self._read_body(headers, receive)
        except _Disconnected:
            return  # the client went away mid-body: nobody to answer
        if body is None:
            await _reply(scope, send, 413, "too_large", f"request body over {self.max_body} bytes")
            return
        await self.app(scope, _replay(body, receive), send)

    async def _authenticate(self, scope: Scope, headers: dict[bytes, bytes], send: Any) -> bool:
        """Puts the device in the scope, or answers the refusal (401, 403, 429): False."""
        header = headers.get(b"authorization")
        client = scope.get("client")
        address = client[0] if client else "unknown"
        text = header.decode("latin-1") if header is not None else None
        try:
            scope[PRINCIPAL] = await run_in_threadpool(self.authenticator, text, address)
        except ApiError as exc:
            await _reply(scope, send, exc.status, exc.code, exc.message, **exc.extra)
            return False
        return True

    async def _read_body(self, headers: dict[bytes, bytes], receive: Any) -> bytes | None:
        """The whole body, or None once it exceeds the limit (declared or, for chunked
        bodies, counted as it arrives: nothing past the limit is buffered)."""
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.max_body:
            return None
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                raise _Disconnected
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks)

    async def _last_resort(self, scope: Scope, send: Any, step: Step) -> None:
        """An unexpected exception becomes 500 "internal". Only its type is logged: messages
        and tracebacks can carry values (client data) from deep inside a library."""
        started = False

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await step(tracking_send)
        except Exception as exc:  # noqa: BLE001 - the last line of defence, by design
            log.error("internal error handling %s: %s", scope["path"], type(exc).__name__)
            if not started:
                await _reply(scope, send, 500, "internal", "internal server error; retry later")


def _replay(body: bytes, receive: Any) -> Any:
    """A receive() that hands out the buffered body once, then defers to the real one."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> dict[str, Any]:
        return pending.pop() if pending else await receive()

    return replayed


async def _reply(
    scope: Scope, send: Any, status: int, code: Any, message: str, **extra: Any
) -> None:
    response = error_response(status, code, message, **extra)

    async def nothing() -> dict[str, Any]:  # the answer reads no body
        return {"type": "http.disconnect"}

    await response(scope, nothing, send)
