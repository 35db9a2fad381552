"""Enrollment: one-time codes and POST /v1/enroll.

A code is "CL1." + base64url(JSON {"url", "fp", "secret"}): where the server is, the SHA-256
of its certificate (so the device can pin it before trusting anything), and a one-time secret.
The server keeps only the secret's hash, valid for Settings.enroll_code_ttl_s, single use.

The device sends the code's secret as EnrollRequest.code (the whole code also works while it
fits the field's 128 characters): the url and fingerprint are for the device only.

POST /v1/repin spends a fresh code of the same kind for an enrolled device whose pinned
certificate no longer matches (docs/sync-protocol.md, "Certificate rotation and re-pinning").
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from functools import partial
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.core.ids import uuid7
from app.sync.protocol import EnrollRequest, EnrollResponse, RepinRequest, TlsPins, WorkerInfo
from server.crypto import secret_hash
from server.db import Store, run_write
from server.errors import ApiError
from server.models import Device, EnrollCode, User
from server.scopes import Principal
from server.state import wall_ms

CODE_PREFIX = "CL1."


def encode_code(url: str, fingerprint: str, secret: str) -> str:
    payload = json.dumps({"url": url, "fp": fingerprint, "secret": secret}, separators=(",", ":"))
    return CODE_PREFIX + base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_code(code: str) -> dict[str, str]:
    """The code's fields; ValueError if it is not a CL1 code."""
    if not code.startswith(CODE_PREFIX):
        raise ValueError("not a Caseload enrollment code")
    body = code[len(CODE_PREFIX) :]
    try:
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (binascii.Error, ValueError):
        raise ValueError("damaged enrollment code") from None
    if not isinstance(data, dict) or not {"url", "fp", "secret"} <= data.keys():
        raise ValueError("damaged enrollment code")
    return data


def issue_code(connection: Connection, user_id: str, ttl_s: int) -> str:
    """A new one-time secret for `user_id`; only its hash is stored."""
    secret = secrets.token_urlsafe(24)
    now = wall_ms()
    connection.execute(
        insert(EnrollCode).values(
            hash=secret_hash(secret), user_id=user_id, created_ms=now, expires_ms=now + ttl_s * 1000
        )
    )
    return secret


def _secret_of(code: str) -> str:
    """The one-time secret: sent alone, or inside the whole code while it fits the field."""
    if not code.startswith(CODE_PREFIX):
        return code
    try:
        return decode_code(code)["secret"]
    except ValueError:
        raise ApiError(403, "enroll_code_invalid", "unknown, used or expired code") from None


def handle_enroll(store: Store, request: EnrollRequest) -> EnrollResponse:
    secret = _secret_of(request.code)
    return run_write(store.engine, partial(_enroll, request, secret))


def handle_repin(
    store: Store, principal: Principal, request: RepinRequest, pins: list[str]
) -> TlsPins:
    """A stranded device re-pins: the fresh code (the supervisor's word that this device may
    trust the server's new certificate) must be unused and issued for the device's own
    worker. The device keeps its id and token: nothing it has not sent is lost."""
    secret = _secret_of(request.code)
    run_write(store.engine, partial(_use_code_for, principal.user_id, secret))
    return TlsPins(pins=pins, server_time_ms=wall_ms())


def _use_code_for(user_id: str, secret: str, connection: Connection) -> None:
    now = wall_ms()
    code = _usable_code(connection, secret_hash(secret), now)
    if code.user_id != user_id:
        raise ApiError(403, "enroll_code_invalid", "this code is for another worker")
    connection.execute(update(EnrollCode).where(EnrollCode.hash == code.hash).values(used_ms=now))


def _enroll(request: EnrollRequest, secret: str, connection: Connection) -> EnrollResponse:
    now = wall_ms()
    code = _usable_code(connection, secret_hash(secret), now)
    user = connection.execute(select(User).where(User.id == code.user_id)).one()
    token_secret = secrets.token_urlsafe(32)
    device_id = _bind_device(connection, request, user.id, secret_hash(token_secret), now)
    connection.execute(update(EnrollCode).where(EnrollCode.hash == code.hash).values(used_ms=now))
    worker = WorkerInfo(
        id=user.id, display_name=user.name, role=user.role, supervisor_id=user.supervisor_id
    )
    token = f"{device_id}.{token_secret}"
    return EnrollResponse(device_id=device_id, token=token, worker=worker, server_time_ms=now)


def _usable_code(connection: Connection, code_hash: str, now: int) -> Any:
    statement = select(EnrollCode).where(EnrollCode.hash == code_hash)
    if connection.dialect.name != "sqlite":
        statement = statement.with_for_update()  # two devices racing for one code: one wins
    code = connection.execute(statement).first()
    if code is None or code.used_ms is not None or code.expires_ms <= now:
        raise ApiError(403, "enroll_code_invalid", "unknown, used or expired code")
    return code


def _bind_device(
    connection: Connection, request: EnrollRequest, user_id: str, token_hash: str, now: int
) -> str:
    """A device for this replica. A replica enrolling again for the same worker (say, the
    response to its first attempt was lost) keeps its device and gets a new token; a replica
    bound to another worker, or revoked, is refused."""
    existing = connection.execute(
        select(Device).where(Device.replica_id == request.replica_id)
    ).first()
    if existing is None:
        device_id = uuid7()
        connection.execute(
            insert(Device).values(
                id=device_id, user_id=user_id, replica_id=request.replica_id,
                name=request.device_name, token_hash=token_hash, enrolled_ms=now,
            )
        )  # fmt: skip
        return device_id
    if existing.revoked_ms is not None or existing.user_id != user_id:
        raise ApiError(403, "forbidden", "this replica is revoked or enrolled for someone else")
    connection.execute(
        update(Device)
        .where(Device.id == existing.id)
        .values(token_hash=token_hash, name=request.device_name, enrolled_ms=now)
    )
    return str(existing.id)
