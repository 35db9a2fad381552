"""Structured errors: every failure answers {"error": {"code", "message", ...}} (protocol.py
ErrorResponse). The FastAPI side (validation problems, unknown routes) is server/handlers.py;
this module stays free of web imports so the admin commands start fast."""

from __future__ import annotations

from typing import Any

from app.sync.protocol import ErrorBody, ErrorCode, ErrorResponse


class ApiError(Exception):
    """Raised anywhere in request handling; becomes a structured error response."""

    def __init__(self, status: int, code: ErrorCode, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.extra = status, code, message, extra


def error_body(code: ErrorCode, message: str, **extra: Any) -> dict[str, Any]:
    body = ErrorBody(code=code, message=message, **extra)
    return ErrorResponse(error=body).model_dump(exclude_none=True)
