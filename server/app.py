"""The FastAPI application: `create_app(settings)` (docs/sync-protocol.md, "Endpoints")."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

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
    ServerInfo,
)
from server.auth import RateLimiter, authenticate
from server.config import Settings
from server.db import Store, open_store
from server.enroll import handle_enroll
from server.errors import ApiError
from server.guard import Guard
from server.handlers import install_handlers
from server.pull import handle_checksums, handle_pull
from server.push import handle_push
from server.scopes import Principal
from server.state import wall_ms

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse}
    for status in (400, 401, 403, 409, 410, 413, 422, 426, 429, 500)
}
_bearer = HTTPBearer(auto_error=False, description="device token: <device id>.<secret>")


def protocol_header(
    version: Annotated[str, Header(alias=PROTOCOL_HEADER, description="protocol version")],
) -> None:
    """Documents the header in the OpenAPI schema; server/guard.py enforces it first."""


VERSIONED: dict[str, Any] = {"responses": ERRORS, "dependencies": [Depends(protocol_header)]}


@dataclass
class Services:
    """What the routes need, kept on app.state (one per app: tests run several side by side)."""

    store: Store
    auth_failures: RateLimiter
    enrollments: RateLimiter


def services(request: Request) -> Services:
    return request.app.state.services


def current_device(
    request: Request,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The authenticated device; failed attempts count against the client's address."""
    app_services, ip = services(request), _client_ip(request)
    _refuse_if_limited(app_services.auth_failures, ip)
    try:
        return authenticate(app_services.store, request.headers.get("authorization"))
    except ApiError as exc:
        if exc.status == 401:
            app_services.auth_failures.hit(ip)  # only failures count: busy offices are fine
        raise


CurrentDevice = Annotated[Principal, Depends(current_device)]
Svc = Annotated[Services, Depends(services)]


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    store = store or open_store(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="Caseload office server",
        version=str(PROTOCOL_VERSION),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.services = Services(
        store,
        RateLimiter(settings.auth_rate_limit, settings.rate_window_s),
        RateLimiter(settings.enroll_rate_limit, settings.rate_window_s),
    )
    install_handlers(app)
    app.add_middleware(Guard)
    app.include_router(router)
    return app


router = APIRouter(prefix=API_PREFIX)


@router.get("/info", response_model=ServerInfo)
def info(svc: Svc) -> ServerInfo:
    return ServerInfo(
        protocol=PROTOCOL_VERSION,
        min_protocol=PROTOCOL_VERSION,
        server_time_ms=wall_ms(),
        daily_sync_time=svc.store.settings.daily_sync_time,
    )


@router.post("/enroll", response_model=EnrollResponse, **VERSIONED)
def enroll(body: EnrollRequest, request: Request, svc: Svc) -> EnrollResponse:
    ip = _client_ip(request)
    _refuse_if_limited(svc.enrollments, ip)
    svc.enrollments.hit(ip)  # every attempt counts: codes are guessable only by volume
    return handle_enroll(svc.store, body)


@router.post("/push", response_model=PushResponse, **VERSIONED)
def push(body: PushRequest, principal: CurrentDevice, svc: Svc) -> PushResponse:
    return handle_push(svc.store, principal, body)


@router.post("/pull", response_model=PullResponse, **VERSIONED)
def pull(body: PullRequest, principal: CurrentDevice, svc: Svc) -> PullResponse:
    return handle_pull(svc.store, principal, body)


@router.post("/checksums", response_model=ChecksumResponse, **VERSIONED)
def checksums(body: ChecksumRequest, principal: CurrentDevice, svc: Svc) -> ChecksumResponse:
    return handle_checksums(svc.store, principal, body)


def _client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _refuse_if_limited(limiter: RateLimiter, key: str) -> None:
    wait = limiter.retry_after(key)
    if wait is not None:
        raise ApiError(429, "rate_limited", "too many attempts; wait", retry_after_s=round(wait, 1))
