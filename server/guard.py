"""The ASGI layer in front of every route: protocol version, body size, and last-resort error
handling. Pure ASGI (no BaseHTTPMiddleware), so it sees raw chunked bodies and every fault."""

from __future__ import annotations

import json
import logging
from typing import Any

from app.sync.protocol import MAX_BODY_BYTES, PROTOCOL_HEADER, PROTOCOL_VERSION
from server.errors import error_body

log = logging.getLogger("caseload.server")
# Reachable without the protocol header: discovery and the schema.
OPEN_PATHS = frozenset({"/v1/info", "/openapi.json"})
_HEADER = PROTOCOL_HEADER.lower().encode()
Scope = dict[str, Any]


class _Disconnected(Exception):
    pass


class Guard:
    def __init__(self, app: Any, max_body: int = MAX_BODY_BYTES) -> None:
        self.app, self.max_body = app, max_body

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
            await _reply(send, 426, "protocol_unsupported", message)
            return
        try:
            body = await self._read_body(headers, receive)
        except _Disconnected:
            return  # the client went away mid-body: nobody to answer
        if body is None:
            await _reply(send, 413, "too_large", f"request body over {self.max_body} bytes")
            return
        await self._run(scope, _replay(body, receive), send)

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

    async def _run(self, scope: Scope, receive: Any, send: Any) -> None:
        """An unexpected exception becomes 500 "internal". Only its type is logged: messages
        and tracebacks can carry values (client data) from deep inside a library."""
        started = False

        async def tracking_send(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:  # noqa: BLE001 - the last line of defence, by design
            log.error("internal error handling %s: %s", scope["path"], type(exc).__name__)
            if not started:
                await _reply(send, 500, "internal", "internal server error; retry later")


def _replay(body: bytes, receive: Any) -> Any:
    """A receive() that hands out the buffered body once, then defers to the real one."""
    pending = [{"type": "http.request", "body": body, "more_body": False}]

    async def replayed() -> dict[str, Any]:
        return pending.pop() if pending else await receive()

    return replayed


async def _reply(send: Any, status: int, code: Any, message: str) -> None:
    payload = json.dumps(error_body(code, message)).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
