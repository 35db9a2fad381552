"""The vault header file: how to find and unwrap the database key. Never any client data.

The file carries a checksum so accidental damage is reported as such, and every field that
matters is bound into the AES-GCM associated data of the wrapped key, so a deliberate change
(say, lowering the Argon2 cost) makes unwrapping fail rather than weaken the vault.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.store.crypto import KdfParams, RecoveryWrap
from app.store.errors import HeaderCorrupted, VaultNotFound

FORMAT = "caseload-vault"
VERSION = 1
# SQLCipher 4 defaults, pinned: a library upgrade that changed them must not go unnoticed.
CIPHER_SETTINGS = {
    "cipher_page_size": "4096",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_plaintext_header_size": "0",
}


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    created_at: str
    kdf: KdfParams
    uses_device_secret: bool
    wrapped_nonce: bytes
    wrapped_key: bytes
    recovery: RecoveryWrap | None = None
    recovery_key_id: str | None = None
    cipher: dict[str, str] = field(default_factory=lambda: dict(CIPHER_SETTINGS))

    def context(self) -> bytes:
        """Associated data for the wrapped key: every field except the wraps themselves."""
        body = self._public_fields()
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def _public_fields(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "kdf": {**asdict(self.kdf), "salt": _b64(self.kdf.salt), "name": "argon2id"},
            "device_secret": "keyring" if self.uses_device_secret else None,
            "cipher": self.cipher,
            "recovery_key_id": self.recovery_key_id,
        }

    def to_dict(self) -> dict[str, Any]:
        body = self._public_fields()
        body["wrapped_key"] = {
            "alg": "AES-256-GCM",
            "nonce": _b64(self.wrapped_nonce),
            "ciphertext": _b64(self.wrapped_key),
        }
        body["recovery"] = (
            None
            if self.recovery is None
            else {
                "alg": "X25519-HKDF-SHA256-AES-256-GCM",
                "ephemeral_public": _b64(self.recovery.ephemeral_public),
                "nonce": _b64(self.recovery.nonce),
                "ciphertext": _b64(self.recovery.ciphertext),
            }
        )
        body["checksum"] = _checksum(body)
        return body

    def with_wrapped_key(self, kdf: KdfParams, nonce: bytes, ciphertext: bytes) -> VaultHeader:
        return replace(self, kdf=kdf, wrapped_nonce=nonce, wrapped_key=ciphertext)


def _checksum(body: dict[str, Any]) -> str:
    without = {k: v for k, v in body.items() if k != "checksum"}
    return hashlib.sha256(json.dumps(without, sort_keys=True).encode()).hexdigest()


def parse(body: dict[str, Any]) -> VaultHeader:
    if body.get("format") != FORMAT or body.get("version") != VERSION:
        raise HeaderCorrupted("The vault header is not a Caseload vault header of a known version.")
    if body.get("checksum") != _checksum(body):
        raise HeaderCorrupted("The vault header has been damaged or altered (checksum mismatch).")
    kdf, wrapped, recovery = body["kdf"], body["wrapped_key"], body.get("recovery")
    return VaultHeader(
        vault_id=body["vault_id"],
        created_at=body["created_at"],
        kdf=KdfParams(_unb64(kdf["salt"]), kdf["memory_kib"], kdf["time_cost"], kdf["parallelism"]),
        uses_device_secret=body["device_secret"] == "keyring",
        wrapped_nonce=_unb64(wrapped["nonce"]),
        wrapped_key=_unb64(wrapped["ciphertext"]),
        recovery=None
        if recovery is None
        else RecoveryWrap(
            _unb64(recovery["ephemeral_public"]),
            _unb64(recovery["nonce"]),
            _unb64(recovery["ciphertext"]),
        ),
        recovery_key_id=body.get("recovery_key_id"),
        cipher=dict(body["cipher"]),
    )


def read_header(path: Path) -> VaultHeader:
    if not path.exists():
        raise VaultNotFound(f"No vault here: {path.parent} has no vault header.")
    try:
        return parse(json.loads(path.read_text("utf-8")))
    except HeaderCorrupted:
        raise
    except (ValueError, KeyError, TypeError) as exc:
        raise HeaderCorrupted("The vault header is unreadable (damaged or altered).") from exc


def write_header(path: Path, header: VaultHeader) -> None:
    """Atomically replace the header: a crash leaves either the old or the new one."""
    write_private_file(path, json.dumps(header.to_dict(), indent=2).encode("utf-8"))


def write_private_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
