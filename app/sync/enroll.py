"""Enrollment: turn a one-time code from the office into a pinned, credentialed link.

`CL1.<base64url JSON {"url", "fp", "secret"}>`: the server's address, the SHA-256 of its
certificate (or of the office CA's) and a one-time secret. The certificate is fetched and
refused unless its fingerprint matches; from then on it is what this device trusts (pins.py
adds the next one during a rotation). The device then adopts the server's id for its worker
(see adopt.py) before anything is pushed.

`repin` is the supervised way back for an enrolled vault the office's certificate stranded: a
fresh code re-pins it and keeps its device, outbox and cursors, so nothing unsent is lost.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from cryptography import x509

from app.store import audit
from app.store.vault import Vault
from app.sync import pins, state
from app.sync.adopt import adopt_worker
from app.sync.errors import EnrollRefused, NotEnrolled, ServerUnavailable
from app.sync.protocol import API_PREFIX, EnrollRequest, EnrollResponse, RepinRequest, ServerInfo
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


@dataclass(frozen=True)
class Repinned:
    device_id: str  # unchanged: the same device, outbox and cursors
    server_url: str
    fingerprint: str  # of the certificate (or office CA) now pinned


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


def fetch_office_ca(url: str) -> str | None:
    """The office CA's certificate from /v1/info, or None. Fetched without verification and
    nothing is sent: only a match with the code's fingerprint makes it trusted."""
    try:
        with httpx.Client(verify=False, timeout=10.0, trust_env=False) as client:  # noqa: S501
            response = client.get(url + API_PREFIX + "/info")
        return ServerInfo.model_validate_json(response.content).tls_anchor
    except (httpx.HTTPError, ValueError):
        return None


def trusted_anchor(code: EnrollCode, fetch: Callable[[str], str]) -> str:
    """The certificate to pin: the server's own if the code names it, else the office CA's.
    Refused if neither matches the code, or if it has expired."""
    pem = fetch(code.url)
    if certificate_fingerprint(pem) != code.fingerprint:
        pem = fetch_office_ca(code.url) or ""
    if not pem or certificate_fingerprint(pem) != code.fingerprint:
        raise EnrollRefused(
            "The server's certificate does not match the enrollment code. Someone may be "
            "intercepting the connection: nothing was sent. Tell the office."
        )
    expires = x509.load_pem_x509_certificate(pem.encode()).not_valid_after_utc
    if expires <= dt.datetime.now(dt.UTC):
        raise EnrollRefused(
            "The office server's certificate has expired. The office must renew it "
            "(caseload-server tls rotate --activate) and give you a new code."
        )
    return pem


def device_name() -> str:
    return (socket.gethostname() or "Caseload device")[:100]


def _check_not_enrolled(vault: Vault) -> None:
    with vault.session() as session:
        if state.get(session, state.DEVICE_ID) is not None:
            raise EnrollRefused(
                "This vault is already enrolled. A vault enrolls once; to move to another "
                "server, create a new vault. If the office's certificate changed, re-connect "
                "with a fresh code: caseload enroll --repin CODE."
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
    pem = trusted_anchor(parsed, fetch)
    transport = Transport(client) if client is not None else Transport.pinned(parsed.url, pem)
    request = EnrollRequest(
        code=parsed.secret, replica_id=vault.replica_id, device_name=device_name()
    )
    with transport:
        answer = transport.enroll(request)
    _store(vault, parsed, pem, answer)
    worker = answer.worker
    return Enrolled(answer.device_id, worker.id, worker.display_name, worker.role, parsed.url)


def repin(
    vault: Vault,
    code: str,
    client: httpx.Client | None = None,
    fetch: Callable[[str], str] = fetch_certificate,
) -> Repinned:
    """Re-pin an enrolled vault with a fresh code after the office's certificate changed or
    expired. The code's fingerprint is the trust anchor (checked before anything is sent);
    the server checks the code and the device token together, so only this worker's device,
    with the supervisor's code, re-pins. Device id, token, outbox and cursors are kept."""
    with vault.session() as session:
        enrolled = state.enrollment(session)
    if enrolled is None:
        raise NotEnrolled("This vault is not enrolled yet: use the code to enroll it.")
    parsed = parse_code(code)
    pem = trusted_anchor(parsed, fetch)
    transport = (
        Transport(client, enrolled.bearer)
        if client is not None
        else Transport.pinned(parsed.url, pem, enrolled.bearer)
    )
    with transport:
        answer = transport.repin(RepinRequest(code=parsed.secret))
    _store_repin(vault, parsed, [pem, *answer.pins])
    return Repinned(enrolled.device_id, parsed.url, parsed.fingerprint)


def _store_repin(vault: Vault, code: EnrollCode, pems: list[str]) -> None:
    with vault.session() as session:
        state.put(session, state.SERVER_URL, code.url)
        pins.store(session, pems, "sync.repinned")
