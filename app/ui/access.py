"""What the screens may ask of an unlocked vault.

Every method runs on the worker thread (through a task runner) and opens its own unit of work,
so no session, connection or ORM object ever outlives one call or reaches the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.services import caseload, records, vaults
from app.services.caseload import CaseloadQuery
from app.services.dto import ClientRecord, ClientRow
from app.services.vaults import Vault, VaultStatus


class VaultAccess:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def passphrase_only(self) -> bool:
        return self.vault.passphrase_only

    def caseload_ids(self, query: CaseloadQuery) -> list[str]:
        with self.vault.session() as session:
            return caseload.caseload_ids(session, query)

    def caseload_rows(self, ids: Sequence[str]) -> list[ClientRow]:
        with self.vault.session() as session:
            return caseload.caseload_rows(session, ids)

    def client_record(self, client_id: str) -> ClientRecord:
        with self.vault.session() as session:
            return records.get_client_record(session, client_id)

    def worker_name(self) -> str:
        return vaults.worker_name(self.vault)

    def lock(self) -> None:
        self.vault.lock()


def profile_status(profile: Path) -> VaultStatus:
    return vaults.vault_status(profile)


def unlock(profile: Path, passphrase: str) -> Vault:
    return vaults.open_vault(profile, passphrase)


def create(profile: Path, passphrase: str, worker_name: str, use_keyring: bool) -> Vault:
    return vaults.create_vault(profile, passphrase, worker_name, use_keyring=use_keyring)


def recovery_configured() -> bool:
    return vaults.office_recovery_key() is not None


def keyring_available() -> bool:
    return vaults.keyring_available()
