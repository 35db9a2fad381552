"""Opening, creating and locking vaults: the entry points the UI and CLI use."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_config_path, user_data_path

from app.store import lifecycle
from app.store.device_secret import system_secret_store
from app.store.errors import VaultError, WrongPassphrase
from app.store.header import read_header
from app.store.vault import ProfilePaths, Vault

__all__ = [
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


def vault_status(root: Path) -> VaultStatus:
    """Whether a vault lives here (reads only the header, never the database)."""
    paths = ProfilePaths(Path(root))
    if not paths.header.exists():
        return VaultStatus(exists=False)
    return VaultStatus(
        exists=True, passphrase_only=not read_header(paths.header).uses_device_secret
    )


def keyring_available() -> bool:
    return system_secret_store() is not None


def open_vault(root: Path, passphrase: str) -> Vault:
    return Vault.open(Path(root), passphrase)


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


def change_passphrase(root: Path, old: str, new: str) -> None:
    lifecycle.change_passphrase(Path(root), old, new)


def worker_name(vault: Vault) -> str:
    """The display name of the worker who owns this vault (plain text, no ORM object)."""
    return vault.owner().display_name
