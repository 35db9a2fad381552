"""Key derivation and key wrapping.

KEK = HKDF-SHA256(Argon2id(passphrase, salt) || device_secret). The random database key is
stored only wrapped under the KEK (AES-256-GCM, header bound as associated data), and wrapped
a second time to the office's X25519 recovery public key so a supervisor can restore access.

Key hygiene: the `*_secret` functions keep every intermediate (the UTF-8 passphrase, the
Argon2 output, the KEK, the unwrapped key) in `SecretBytes` and wipe what they consume, so
nothing secret is left in a Python bytes object. The bytes-returning functions remain for
callers not yet moved over (and for keys that are public or short-lived by design).
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from argon2.exceptions import HashingError
from argon2.low_level import ARGON2_VERSION, Type, ffi, hash_secret_raw, lib
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.store.secrets import SecretBytes

Buffer = bytes | bytearray | memoryview

KEY_BYTES = 32
NONCE_BYTES = 12
# The floor (docs/decisions.md, "Vault"); a header asking for less is refused (no downgrade).
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3


class UnwrapFailed(Exception):
    """The wrapping key was wrong, or the wrapped data or its context was altered."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    time_cost: int = MIN_TIME_COST
    parallelism: int = 4

    @classmethod
    def fresh(cls) -> KdfParams:
        return cls(salt=os.urandom(16))

    def meets_floor(self) -> bool:
        return self.memory_kib >= MIN_MEMORY_KIB and self.time_cost >= MIN_TIME_COST


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def new_key_secret() -> SecretBytes:
    """A fresh random database key; the bytes os.urandom returns are erased at once."""
    return SecretBytes.adopt(os.urandom(KEY_BYTES))


def stretch_passphrase(passphrase: str, params: KdfParams) -> bytes:
    """The deliberate, slow step (~0.2–0.5 s): Argon2id over the passphrase."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        params.salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def stretch_secret(passphrase: SecretBytes, params: KdfParams) -> SecretBytes:
    """`stretch_passphrase` from and into erasable buffers: argon2's C function reads the
    passphrase and writes the hash in place (hash_secret_raw would copy both into memory
    that is freed without being erased)."""
    out = SecretBytes(KEY_BYTES)
    status = lib.argon2_hash(
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        ffi.from_buffer(passphrase.view()),
        len(passphrase),
        ffi.from_buffer(params.salt),
        len(params.salt),
        ffi.from_buffer(out.view()),
        KEY_BYTES,
        ffi.NULL,
        0,
        Type.ID.value,
        ARGON2_VERSION,
    )
    if status != lib.ARGON2_OK:
        out.wipe()
        raise HashingError(ffi.string(lib.argon2_error_message(status)).decode("ascii"))
    return out


def _kek_info(device_secret: Buffer | None) -> bytes:
    return b"caseload kek v1" + (b" +device" if device_secret else b" passphrase-only")


def derive_kek(stretched: bytes, device_secret: bytes | None, salt: bytes) -> bytes:
    """Combine the stretched passphrase with the device secret (when there is one)."""
    material = stretched + (device_secret or b"")
    return HKDF(hashes.SHA256(), KEY_BYTES, salt, _kek_info(device_secret)).derive(material)


def kek_secret(
    passphrase: SecretBytes, params: KdfParams, device_secret: bytes | None
) -> SecretBytes:
    """Argon2id + HKDF with the device secret, as `derive_kek(stretch_passphrase(...))`, with
    every intermediate wiped. The passphrase itself is the caller's to wipe."""
    extra = device_secret or b""
    with (
        stretch_secret(passphrase, params) as stretched,
        SecretBytes(KEY_BYTES + len(extra)) as material,
    ):
        material.view()[:KEY_BYTES] = stretched.view()
        material.view()[KEY_BYTES:] = extra
        kek = SecretBytes(KEY_BYTES)
        hkdf = HKDF(hashes.SHA256(), KEY_BYTES, params.salt, _kek_info(device_secret))
        hkdf.derive_into(material.view(), kek.view())
    return kek


def _raw(secret: Buffer | SecretBytes) -> Buffer:
    return secret.view() if isinstance(secret, SecretBytes) else secret


def wrap(
    kek: Buffer | SecretBytes, key: Buffer | SecretBytes, context: bytes
) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(_raw(kek)).encrypt(nonce, _raw(key), context)


def unwrap(kek: bytes, nonce: bytes, ciphertext: bytes, context: bytes) -> bytes:
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, context)
    except InvalidTag as exc:
        raise UnwrapFailed() from exc


def unwrap_secret(
    kek: SecretBytes | Buffer, nonce: bytes, ciphertext: bytes, context: bytes
) -> SecretBytes:
    """`unwrap`, decrypting straight into a SecretBytes."""
    key = SecretBytes(len(ciphertext) - 16)  # minus the GCM tag
    try:
        AESGCM(_raw(kek)).decrypt_into(nonce, ciphertext, context, key.view())
    except (InvalidTag, ValueError) as exc:
        key.wipe()
        raise UnwrapFailed() from exc
    return key


@dataclass(frozen=True)
class RecoveryWrap:
    ephemeral_public: bytes
    nonce: bytes
    ciphertext: bytes


def _recovery_kek(shared: bytes, ephemeral_public: bytes, context: bytes) -> bytes:
    info = b"caseload recovery v1|" + context
    return HKDF(hashes.SHA256(), KEY_BYTES, ephemeral_public, info).derive(shared)


def wrap_for_recovery(
    office_public: bytes, key: Buffer | SecretBytes, context: bytes
) -> RecoveryWrap:
    """ECIES: a fresh X25519 key agreement with the office's recovery public key."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(office_public))
    nonce, ciphertext = wrap(_recovery_kek(shared, eph_pub, context), key, context)
    return RecoveryWrap(eph_pub, nonce, ciphertext)


def unwrap_with_recovery(office_private: bytes, wrapped: RecoveryWrap, context: bytes) -> bytes:
    private = X25519PrivateKey.from_private_bytes(office_private)
    shared = private.exchange(X25519PublicKey.from_public_bytes(wrapped.ephemeral_public))
    kek = _recovery_kek(shared, wrapped.ephemeral_public, context)
    return unwrap(kek, wrapped.nonce, wrapped.ciphertext, context)


def generate_recovery_keypair() -> tuple[bytes, bytes]:
    """(private, public) raw bytes for the office's recovery key."""
    private = X25519PrivateKey.generate()
    raw_private = private.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    return raw_private, private.public_key().public_bytes_raw()
