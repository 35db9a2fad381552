"""FastAPI exception handlers: validation problems, unknown routes and ApiError become
structured error responses (server/errors.py)."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.sync.protocol import ErrorCode
from server.errors import ApiError, error_body


def error_response(status: int, code: ErrorCode, message: str, **extra: Any) -> JSONResponse:
    headers = {}
    if extra.get("retry_after_s") is not None:
        headers["Retry-After"] = str(max(1, round(extra["retry_after_s"])))
    return JSONResponse(error_body(code, message, **extra), status_code=status, headers=headers)


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, exc.message, **exc.extra)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    """Where and what kind of problem, never the offending input (it may be client data)."""
    assert isinstance(exc, RequestValidationError)
    problems = [
        f"{'.'.join(str(part) for part in error.get('loc', ()))}: {error.get('type', 'invalid')}"
        for error in exc.errors()[:10]
    ]
    return error_response(422, "bad_request", "invalid request: " + "; ".join(problems))


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return error_response(exc.status_code, "bad_request", str(exc.detail)[:200])
