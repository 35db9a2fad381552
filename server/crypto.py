"""Envelope encryption of client data at rest, and the hashing of secrets.

Every client value the server stores (record fields, change-log fields, conflict values) is
sealed with AES-256-GCM under the data key in DATA/keys/data.key, which lives outside the
database: a dump or backup of the database alone holds no client data. Ids, scopes and clocks
stay in the clear so the server can merge and authorise without decrypting. The associated
data binds each blob to its purpose, entity and record id, so a blob copied onto another
record, or from the conflict table into a record, fails to open.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT_V1 = b"\x01"  # first byte of every blob: lets a future key rotation tell formats apart
# One encoder for every seal (json.dumps with options builds a new encoder per call).
_ENCODE = json.JSONEncoder(separators=(",", ":"), sort_keys=True).encode
_DECODE = json.JSONDecoder().decode


class KeyFileError(RuntimeError):
    """The data key is missing, malformed or readable by others."""


def create_data_key(path: Path) -> None:
    """A fresh random key, written 0600 in a 0700 directory; never overwrites one."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.parent.chmod(0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(AESGCM.generate_key(bit_length=256))
        handle.flush()
        os.fsync(handle.fileno())


def load_data_key(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode
        key = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"data key {path} is missing") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"data key {path} is readable by others: chmod 600 it")
    if len(key) != KEY_BYTES:
        raise KeyFileError(f"data key {path} is not a 256-bit key")
    return key


class Sealer:
    """Seals and opens JSON values under the data key."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    @classmethod
    def from_file(cls, path: Path) -> Sealer:
        return cls(load_data_key(path))

    def seal(self, purpose: str, entity: str, record_id: str, value: Any) -> bytes:
        return self.seal_plain(purpose, entity, record_id, self.encode(value))

    @staticmethod
    def encode(value: Any) -> bytes:
        """The plaintext `seal` encrypts: canonical JSON (sorted keys, no spaces)."""
        return _ENCODE(value).encode()

    def seal_plain(self, purpose: str, entity: str, record_id: str, plain: bytes) -> bytes:
        """Seal a value already encoded with `encode` (one encoding, several blobs)."""
        nonce = os.urandom(NONCE_BYTES)
        aad = _aad(purpose, entity, record_id)
        return FORMAT_V1 + nonce + self._aead.encrypt(nonce, plain, aad)

    def open(self, purpose: str, entity: str, record_id: str, blob: bytes) -> Any:
        if blob[:1] != FORMAT_V1:
            raise ValueError("unknown sealed-value format")
        nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
        plain = self._aead.decrypt(nonce, body, _aad(purpose, entity, record_id))
        return _DECODE(plain.decode())


def _aad(purpose: str, entity: str, record_id: str) -> bytes:
    return f"caseload-server/v1\x1f{purpose}\x1f{entity}\x1f{record_id}".encode()


def secret_hash(secret: str) -> str:
    """Secrets (device tokens, enrollment codes) are 192+ random bits: one SHA-256 suffices;
    a slow KDF would only slow down every request."""
    return hashlib.sha256(secret.encode()).hexdigest()
