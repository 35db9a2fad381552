"""Opening, creating and locking vaults: the entry points the UI and CLI use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from app.store import lifecycle
from app.store.device_secret import system_secret_store
from app.store.errors import VaultError
from app.store.header import read_header
from app.store.vault import ProfilePaths, Vault

__all__ = [
    "Vault",
    "VaultError",
    "VaultStatus",
    "create_vault",
    "default_profile",
    "keyring_available",
    "open_vault",
    "vault_status",
]


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
    return lifecycle.create_vault(
        Path(root),
        passphrase,
        worker_name,
        use_keyring=use_keyring,
        recovery_public_key=recovery_public_key,
    )


def change_passphrase(root: Path, old: str, new: str) -> None:
    lifecycle.change_passphrase(Path(root), old, new)
