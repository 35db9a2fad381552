"""The device secret: 256 random bits kept in the operating system's keyring.

Only real keyring backends are accepted. `keyrings.alt` and similar plaintext-file backends
would silently put the secret next to the data it protects, so they are refused by name.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
import os
from hashlib import sha256
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from app.store.errors import DeviceSecretMissing, KeyringUnavailable

SERVICE = "Caseload vault"
TRUSTED_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)


class SecretStore(Protocol):
    """Where device secrets live; the keyring in production."""

    name: str

    def get(self, account: str) -> bytes | None: ...

    def put(self, account: str, secret: bytes) -> None: ...

    def delete(self, account: str) -> None: ...


def _qualified(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def trusted_backend() -> KeyringBackend | None:
    """The active keyring backend if it is a real one (or a chain holding one)."""
    active = keyring.get_keyring()
    candidates: list[KeyringBackend] = getattr(active, "backends", None) or [active]
    for backend in candidates:
        if _qualified(backend) in TRUSTED_BACKENDS:
            return backend
    return None


class KeyringSecretStore:
    def __init__(self, backend: KeyringBackend) -> None:
        self._backend = backend
        self.name = _qualified(backend)

    def get(self, account: str) -> bytes | None:
        try:
            text = self._backend.get_password(SERVICE, account)
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                "The system keyring could not be read. Unlock your desktop keyring and try again."
            ) from exc
        return base64.b64decode(text) if text else None

    def put(self, account: str, secret: bytes) -> None:
        try:
            self._backend.set_password(SERVICE, account, base64.b64encode(secret).decode())
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(
                "The system keyring refused to store the device secret."
            ) from exc

    def delete(self, account: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self._backend.delete_password(SERVICE, account)


def system_secret_store() -> SecretStore | None:
    backend = trusted_backend()
    return KeyringSecretStore(backend) if backend is not None else None


def require_system_store() -> SecretStore:
    store = system_secret_store()
    if store is None:
        raise KeyringUnavailable(
            "No secure system keyring is available on this computer, so the device secret "
            "cannot be stored. Start your desktop's keyring (GNOME Keyring, KWallet, macOS "
            "Keychain, Windows Credential Locker), or create a passphrase-only vault with "
            "--no-keyring (weaker: a copied data folder is then protected by the passphrase alone)."
        )
    return store


def create_secret(store: SecretStore, account: str) -> bytes:
    secret = os.urandom(32)
    store.put(account, secret)
    if store.get(account) != secret:
        raise KeyringUnavailable("The system keyring did not keep the device secret.")
    return secret


def load_secret(store: SecretStore | None, account: str) -> bytes:
    secret = store.get(account) if store is not None else None
    if secret is None:
        raise DeviceSecretMissing(
            "This vault's device secret is not in this computer's keyring. The vault can only "
            "be opened on the laptop it was created on; ask the office to restore it with the "
            "recovery key."
        )
    return secret


def purpose_key(secret: bytes, purpose: bytes) -> bytes:
    """A key for one purpose (`purpose` names it), derived from the device secret so the
    secret itself is used only to wrap the database key."""
    return hmac.new(secret, purpose, sha256).digest()
