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
    RepinRequest,
    ServerInfo,
    TlsPins,
)
from server.auth import authenticate_request
from server.config import Settings
from server.db import Store, open_store
from server.enroll import handle_enroll, handle_repin
from server.errors import ApiError
from server.guard import PRINCIPAL, Guard
from server.handlers import install_handlers
from server.limits import AuthLimits, RateLimiter, refuse_if_limited
from server.pull import handle_checksums, handle_pull
from server.push import handle_push
from server.rotation import announced_pins, office_ca, presented_anchor
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
    auth_failures: AuthLimits
    enrollments: RateLimiter

    def authenticate(self, header: str | None, address: str) -> Principal:
        """server/guard.py calls this for every authenticated path, before the body is read."""
        return authenticate_request(self.store, self.auth_failures, header, address)


def services(request: Request) -> Services:
    found: Services = request.app.state.services
    return found


def current_device(
    request: Request,
    _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """The device server/guard.py authenticated before the body was read. `_credentials` only
    documents the bearer scheme in the OpenAPI schema."""
    principal = request.scope.get(PRINCIPAL)
    if not isinstance(principal, Principal):  # unreachable behind the guard; refuse anyway
        raise ApiError(401, "unauthenticated", "a device token is required")
    return principal


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
        AuthLimits(settings.auth_rate_limit, settings.rate_window_s),
        RateLimiter(settings.enroll_rate_limit, settings.rate_window_s),
    )
    # What uvicorn presents from this start until the next (rotation announces it as current).
    app.state.tls_served = presented_anchor(settings)
    install_handlers(app)
    app.add_middleware(Guard, authenticator=app.state.services.authenticate)
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
        max_idle_lock_minutes=svc.store.settings.max_idle_lock_minutes,
        tls_anchor=office_ca(svc.store.settings),
    )


@router.post("/enroll", response_model=EnrollResponse, **VERSIONED)
def enroll(body: EnrollRequest, request: Request, svc: Svc) -> EnrollResponse:
    ip = _client_ip(request)
    refuse_if_limited(svc.enrollments, ip)
    svc.enrollments.hit(ip)  # every attempt counts: codes are guessable only by volume
    return handle_enroll(svc.store, body)


@router.get("/tls", response_model=TlsPins, **VERSIONED)
def tls(_principal: CurrentDevice, request: Request, svc: Svc) -> TlsPins:
    pins = announced_pins(request.app.state.tls_served, svc.store.settings)
    return TlsPins(pins=pins, server_time_ms=wall_ms())


@router.post("/repin", response_model=TlsPins, **VERSIONED)
def repin(body: RepinRequest, principal: CurrentDevice, request: Request, svc: Svc) -> TlsPins:
    pins = announced_pins(request.app.state.tls_served, svc.store.settings)
    return handle_repin(svc.store, principal, body, pins)


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
