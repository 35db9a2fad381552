"""Enrollment: turn a one-time code from the office into a pinned, credentialed link.

`CL1.<base64url JSON {"url", "fp", "secret"}>`: the server's address, the SHA-256 of its
certificate and a one-time secret. The certificate is fetched and refused unless its
fingerprint matches; from then on it is the only certificate this device trusts. The device
then adopts the server's id for its worker (see adopt.py) before anything is pushed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from app.store import audit
from app.store.vault import Vault
from app.sync import state
from app.sync.adopt import adopt_worker
from app.sync.errors import EnrollRefused, ServerUnavailable
from app.sync.protocol import EnrollRequest, EnrollResponse
from app.sync.transport import Transport

CODE_PREFIX = "CL1."


@dataclass(frozen=True)
class EnrollCode:
    url: str
    fingerprint: str  # SHA-256 of the certificate (DER), lowercase hex
    secret: str


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    worker_id: str
    worker_name: str
    role: str
    server_url: str


def parse_code(code: str) -> EnrollCode:
    text = code.strip()
    if not text.startswith(CODE_PREFIX):
        raise EnrollRefused("That is not a Caseload enrollment code (it starts with CL1.).")
    body = text[len(CODE_PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        fields = json.loads(raw)
        url, fingerprint, secret = fields["url"], fields["fp"], fields["secret"]
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise EnrollRefused("The enrollment code is damaged: copy it again.") from exc
    if urlsplit(url).scheme != "https":
        raise EnrollRefused("The enrollment code names a server without HTTPS; refusing it.")
    return EnrollCode(url.rstrip("/"), fingerprint.replace(":", "").lower(), secret)


def fetch_certificate(url: str, timeout: float = 10.0) -> str:
    """The certificate the server presents (PEM). Not trusted yet: only its fingerprint is."""
    parts = urlsplit(url)
    try:
        return ssl.get_server_certificate(
            (parts.hostname or "", parts.port or 443), timeout=timeout
        )
    except OSError as exc:
        raise ServerUnavailable(
            "The office server cannot be reached. Check the network and the code's address."
        ) from exc


def certificate_fingerprint(pem: str) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def device_name() -> str:
    return (socket.gethostname() or "Caseload device")[:100]


def _check_not_enrolled(vault: Vault) -> None:
    with vault.session() as session:
        if state.get(session, state.DEVICE_ID) is not None:
            raise EnrollRefused(
                "This vault is already enrolled. A vault enrolls once; to move to another "
                "server, create a new vault."
            )


def _store(vault: Vault, code: EnrollCode, pem: str, answer: EnrollResponse) -> None:
    """Credentials and the worker's server id, in one transaction."""
    with vault.session() as session:
        for key, value in (
            (state.SERVER_URL, code.url),
            (state.SERVER_CERT, pem),
            (state.DEVICE_ID, answer.device_id),
            (state.DEVICE_TOKEN, answer.token),
            (state.WORKER_ID, answer.worker.id),
        ):
            state.put(session, key, value)
        previous = vault.owner_id
        adopt_worker(session, previous, answer.worker)
        # Events written before this one name the previous id as their actor: the chain
        # is never rewritten, so the link between the two ids is kept here.
        audit.record_event(
            session, "sync.enrolled", "worker_profile", answer.worker.id, previous=previous
        )
    vault.reload_meta()


def enroll(
    vault: Vault,
    code: str,
    client: httpx.Client | None = None,
    fetch: Callable[[str], str] = fetch_certificate,
) -> Enrolled:
    """Enroll this vault with the office server named in `code`. `client` replaces the
    pinned HTTPS client (in-process tests); the fingerprint is checked either way."""
    _check_not_enrolled(vault)
    parsed = parse_code(code)
    pem = fetch(parsed.url)
    if certificate_fingerprint(pem) != parsed.fingerprint:
        raise EnrollRefused(
            "The server's certificate does not match the enrollment code. Someone may be "
            "intercepting the connection: nothing was sent. Tell the office."
        )
    transport = Transport(client) if client is not None else Transport.pinned(parsed.url, pem)
    request = EnrollRequest(
        code=parsed.secret, replica_id=vault.replica_id, device_name=device_name()
    )
    with transport:
        answer = transport.enroll(request)
    _store(vault, parsed, pem, answer)
    worker = answer.worker
    return Enrolled(answer.device_id, worker.id, worker.display_name, worker.role, parsed.url)
