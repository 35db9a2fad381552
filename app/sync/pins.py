"""The certificates this device trusts (docs/sync-protocol.md, "Certificate rotation").

They live in the vault's sync state under `server_cert` as one or more PEM blocks: the one in
use first, then the next one while the office rotates its certificate (or the office CA
alone). New pins are learned only from `GET /v1/tls` over a connection the current pins
already authenticated, or from a re-pin with a fresh code from the office (enroll.py).
"""

from __future__ import annotations

import hashlib
import re
import ssl
from collections.abc import Iterable

from sqlalchemy.orm import Session

from app.store import audit
from app.store.vault import Vault
from app.sync import state
from app.sync.errors import ProtocolError
from app.sync.transport import Transport, pinned_context

PEM_BLOCK = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


def split(bundle: str) -> list[str]:
    return [match.group(0) + "\n" for match in PEM_BLOCK.finditer(bundle)]


def fingerprint(pem: str) -> str:
    """SHA-256 of the certificate's DER encoding, lowercase hex (what codes carry)."""
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def bundle(pems: Iterable[str]) -> str:
    return "".join(dict.fromkeys(block for pem in pems for block in split(pem)))


def pinned_fingerprints(session: Session) -> list[str]:
    return [fingerprint(pem) for pem in split(state.get(session, state.SERVER_CERT) or "")]


def store(session: Session, pems: Iterable[str], reason: str) -> bool:
    """Pin exactly `pems`; True if that changed anything. Refuses a set that is empty or
    that OpenSSL cannot load, so a bad answer never leaves the device with no usable pin."""
    new = bundle(pems)
    _check_usable(new)
    if new == state.get(session, state.SERVER_CERT):
        return False
    before = _short(pinned_fingerprints(session))
    state.put(session, state.SERVER_CERT, new)
    # Fingerprints are public facts about the server, never client data: the audit log keeps
    # which certificates this device trusted and why (their first 64 bits: an audit code).
    after = _short(pinned_fingerprints(session))
    audit.record_event(session, reason, None, None, before=before, after=after)
    return True


def _check_usable(pems: str) -> None:
    try:
        usable = bool(pems) and pinned_context(pems) is not None
    except (ssl.SSLError, ValueError):
        usable = False
    if not usable:
        raise ProtocolError("The office server announced certificates this device cannot use.")


def _short(fingerprints: list[str]) -> list[str]:
    return [value[:16] for value in fingerprints]


def learn(vault: Vault, transport: Transport) -> bool:
    """After a sync: pin what the office announces (the next certificate joins during a
    rotation; a retired one is dropped once the office no longer presents it)."""
    announced = transport.tls_pins()
    if announced is None:
        return False  # an office older than rotation: keep the pins as they are
    with vault.session() as session:
        return store(session, announced.pins, "sync.pins_learned")
