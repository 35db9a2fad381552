"""Opening, creating and locking vaults: the entry points the UI and CLI use."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from app.store import lifecycle
from app.store.attempts import AttemptCounter
from app.store.device_secret import system_secret_store
from app.store.errors import (
    DeviceSecretMissing,
    KeyringUnavailable,
    VaultError,
    WrongPassphrase,
)
from app.store.header import VaultHeader, read_header
from app.store.process_lock import ProfileHold
from app.store.secrets import scrub
from app.store.vault import ProfilePaths, Vault

__all__ = [
    "ProfileHold",
    "Vault",
    "VaultError",
    "VaultStatus",
    "WrongPassphrase",
    "create_vault",
    "default_profile",
    "keyring_available",
    "office_recovery_key",
    "open_vault",
    "vault_status",
    "worker_name",
]


# Where office IT puts the office recovery public key (from `caseload recovery-keygen`).
RECOVERY_KEY_NAME = "recovery-public.key"


def recovery_key_locations() -> list[Path]:
    return [
        Path("/etc/caseload") / RECOVERY_KEY_NAME,
        user_config_path("Caseload", appauthor=False) / RECOVERY_KEY_NAME,
    ]


def office_recovery_key() -> bytes | None:
    """The office's X25519 recovery public key installed on this laptop, if any."""
    for path in recovery_key_locations():
        if path.is_file():
            raw = base64.b64decode(path.read_text().strip())
            if len(raw) == 32:
                return raw
    return None


def default_profile() -> Path:
    return user_data_path("Caseload", appauthor=False) / "vault"


@dataclass(frozen=True)
class VaultStatus:
    exists: bool
    passphrase_only: bool = False
    unlock_wait: int = 0  # seconds before a passphrase may be tried (app/store/attempts.py)
    recovery_only: bool = False  # too many wrong passphrases: only office recovery helps


def vault_status(root: Path) -> VaultStatus:
    """Whether a vault lives here, and the back-off left from earlier wrong passphrases
    (reads the header and the attempt count, never the database)."""
    paths = ProfilePaths(Path(root))
    if not paths.header.exists():
        return VaultStatus(exists=False)
    header = read_header(paths.header)
    wait, recovery_only = _unlock_wait(paths, header)
    return VaultStatus(True, not header.uses_device_secret, wait, recovery_only)


def _unlock_wait(paths: ProfilePaths, header: VaultHeader) -> tuple[int, bool]:
    """Unknown (no wait) while the keyring cannot be read: the unlock itself then says why."""
    try:
        return AttemptCounter(paths.root, header, system_secret_store()).status()
    except (DeviceSecretMissing, KeyringUnavailable):
        return 0, False


def keyring_available() -> bool:
    return system_secret_store() is not None


def open_vault(root: Path, passphrase: str | bytearray) -> Vault:
    """A bytearray passphrase is wiped before this returns, even when the vault refused to
    try it (the back-off, another process holding the vault, a damaged header)."""
    try:
        return Vault.open(Path(root), passphrase)
    finally:
        _wipe(passphrase)


def create_vault(
    root: Path,
    passphrase: str,
    worker_name: str,
    *,
    use_keyring: bool = True,
    recovery_public_key: bytes | None = None,
) -> Vault:
    """A new vault; the key is also wrapped to the office recovery key when one is installed."""
    return lifecycle.create_vault(
        Path(root),
        passphrase,
        worker_name,
        use_keyring=use_keyring,
        recovery_public_key=recovery_public_key or office_recovery_key(),
    )


def change_passphrase(
    root: Path, old: str, new: str, recovery_public_key: bytes | None = None
) -> None:
    """Re-encrypts the vault under a new key (app/store/rekey.py). The office recovery key
    wraps the new key too: the vault's own copy, else the one given, else the installed one."""
    public = recovery_public_key or office_recovery_key()
    lifecycle.change_passphrase(Path(root), old, new, recovery_public_key=public)


def change_open_vault_passphrase(vault: Vault, old: str | bytearray, new: str | bytearray) -> None:
    """The same for the unlocked vault (Settings > Change passphrase); asks for `old` again.
    Bytearray passphrases are wiped before this returns, whatever happened."""
    try:
        lifecycle.change_open_vault_passphrase(
            vault, old, new, recovery_public_key=office_recovery_key()
        )
    finally:
        _wipe(old)
        _wipe(new)


def _wipe(passphrase: str | bytearray) -> None:
    """Zero a bytearray passphrase (a str cannot be erased; the caller chose it)."""
    if isinstance(passphrase, bytearray):
        scrub(passphrase)


def worker_name(vault: Vault) -> str:
    """The display name of the worker who owns this vault (plain text, no ORM object)."""
    return vault.owner().display_name
