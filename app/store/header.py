"""The vault header file: how to find and unwrap the database key. Never any client data.

The file carries a checksum so accidental damage is reported as such, and every field that
matters is bound into the AES-GCM associated data of the wrapped key, so a deliberate change
(say, lowering the Argon2 cost) makes unwrapping fail rather than weaken the vault.

A spare copy (`backups/vault.header.bak`) is written the same atomic way after every change,
so one damaged byte in vault.json costs nothing: reading falls back to the copy, and the
caller repairs the main file once the key is proven (`LoadedHeader.needs_repair`).

During a passphrase change the header is "pending": besides the current wrap it holds the
whole header that replaces it once the database has its new key (see app/store/rekey.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from app.store.crypto import KdfParams, RecoveryWrap
from app.store.errors import HeaderCorrupted, VaultNotFound

log = logging.getLogger(__name__)
FORMAT = "caseload-vault"
COPY_NAME = "vault.header.bak"  # in the profile's backups/ folder, apart from vault.json
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
    # Kept so a passphrase change can wrap the new key for the office (None in older vaults).
    recovery_public_key: bytes | None = None
    # The header that replaces this one once a passphrase change has rekeyed the database.
    pending: VaultHeader | None = None

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
            # Only when present, so the associated data of older vaults stays what it was.
            **(
                {"recovery_public_key": _b64(self.recovery_public_key)}
                if self.recovery_public_key is not None
                else {}
            ),
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
        if self.pending is not None:
            body["pending"] = self.pending.to_dict()
        body["checksum"] = _checksum(body)
        return body

    def with_wrapped_key(self, kdf: KdfParams, nonce: bytes, ciphertext: bytes) -> VaultHeader:
        return replace(self, kdf=kdf, wrapped_nonce=nonce, wrapped_key=ciphertext)

    def settled(self) -> VaultHeader:
        """This header without a pending change (what a rolled-back change leaves)."""
        return replace(self, pending=None)


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
        recovery_public_key=_optional_b64(body.get("recovery_public_key")),
        pending=None if body.get("pending") is None else parse(body["pending"]),
    )


def _optional_b64(text: str | None) -> bytes | None:
    return None if text is None else _unb64(text)


def copy_path(path: Path) -> Path:
    """Where the spare copy of the header at `path` lives."""
    return path.parent / "backups" / COPY_NAME


@dataclass(frozen=True)
class LoadedHeader:
    header: VaultHeader
    main_ok: bool  # False: vault.json was damaged and the copy was used
    copy_ok: bool  # False: the copy is missing, damaged or not the same as vault.json

    @property
    def needs_repair(self) -> bool:
        return not (self.main_ok and self.copy_ok)

    @property
    def flags(self) -> tuple[bool, bool]:
        return self.main_ok, self.copy_ok


def _read_one(path: Path) -> VaultHeader:
    try:
        return parse(json.loads(path.read_text("utf-8")))
    except HeaderCorrupted:
        raise
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise HeaderCorrupted("The vault header is unreadable (damaged or altered).") from exc


def _read_copy(path: Path) -> VaultHeader | None:
    try:
        return _read_one(copy_path(path))
    except HeaderCorrupted:
        return None


def load_header(path: Path) -> LoadedHeader:
    """vault.json, or its spare copy when vault.json is damaged; HeaderCorrupted if both are."""
    if not path.exists():
        raise VaultNotFound(f"No vault here: {path.parent} has no vault header.")
    spare = _read_copy(path)
    try:
        main = _read_one(path)
    except HeaderCorrupted as damage:
        if spare is None:
            raise HeaderCorrupted(
                "The vault header and its spare copy are both damaged, so the vault cannot be "
                "opened. Restore the profile folder from a backup; nothing was changed."
            ) from damage
        log.warning("Vault header damaged (%s); using its spare copy", type(damage).__name__)
        return LoadedHeader(spare, main_ok=False, copy_ok=True)
    return LoadedHeader(main, main_ok=True, copy_ok=spare == main)


def read_header(path: Path) -> VaultHeader:
    return load_header(path).header


def repair_header(path: Path, loaded: LoadedHeader) -> None:
    """Rewrite whichever of vault.json and its copy is damaged, missing or stale. Called only
    after the key was proven, so a wrong passphrase never writes a byte."""
    if loaded.needs_repair:
        write_header(path, loaded.header)
        log.warning("Vault header repaired (main ok: %s, copy ok: %s)", *loaded.flags)


def write_header(path: Path, header: VaultHeader) -> None:
    """Atomically replace the header, then its spare copy: a crash leaves, in each file, either
    the old or the new header, and vault.json is always written first."""
    data = json.dumps(header.to_dict(), indent=2).encode("utf-8")
    write_private_file(path, data)
    copy = copy_path(path)
    copy.parent.mkdir(mode=0o700, exist_ok=True)
    write_private_file(copy, data)


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
