"""A passphrase change re-encrypts the vault under a new key (issue 10, finding: `caseload
passwd` re-wrapped the same key, so an old copy of vault.json and the old passphrase still
opened today's database)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Client
from app.services.check import check_vault
from app.store import lifecycle, rekey
from app.store.crypto import generate_recovery_keypair
from app.store.device_secret import system_secret_store
from app.store.engine import raw_connect
from app.store.errors import VaultError, WrongPassphrase
from app.store.header import copy_path, read_header, write_header
from app.store.vault import Vault, unwrap_key
from tests.conftest import PASSPHRASE
from tests.files import snapshot

NEW = "seven purple walruses dancing"
REAL_REKEY = rekey.rekey_database


def _add_client(vault: Vault, first_name: str) -> None:
    with vault.session() as session:
        session.add(Client(legal_first_name=first_name, legal_last_name="Canary"))


def _names(vault: Vault) -> set[str]:
    with vault.session() as session:
        return set(session.scalars(select(Client.legal_first_name)))


def _old_files(profile: Path) -> bytes:
    return (profile / "vault.json").read_bytes()


def _put_back(profile: Path, header: bytes) -> None:
    """What an attacker with an old copy of vault.json does: both header files are the old."""
    (profile / "vault.json").write_bytes(header)
    copy_path(profile / "vault.json").write_bytes(header)


def test_old_header_and_old_passphrase_do_not_open_the_vault_after_passwd(vault, profile):
    _add_client(vault, "Before")
    vault.lock()
    old_header = _old_files(profile)
    lifecycle.change_passphrase(profile, PASSPHRASE, NEW)
    reopened = Vault.open(profile, NEW)
    _add_client(reopened, "After")
    reopened.lock()
    _put_back(profile, old_header)
    old_header_parsed = read_header(profile / "vault.json")
    store = system_secret_store()
    with (
        unwrap_key(old_header_parsed, PASSPHRASE, store) as old_key,
        pytest.raises(WrongPassphrase),  # the old key no longer reads a single page
    ):
        raw_connect(profile / "vault.db", old_key).close()
    with pytest.raises(VaultError):
        Vault.open(profile, PASSPHRASE)


def test_records_written_after_the_change_open_only_with_the_new_passphrase(vault, profile):
    _add_client(vault, "Before")
    vault.lock()
    lifecycle.change_passphrase(profile, PASSPHRASE, NEW)
    reopened = Vault.open(profile, NEW)
    _add_client(reopened, "After")
    reopened.lock()
    with pytest.raises(WrongPassphrase):
        Vault.open(profile, PASSPHRASE)
    again = Vault.open(profile, NEW)
    assert _names(again) == {"Before", "After"}
    assert check_vault(again).ok
    with again.session() as session:
        actions = list(session.scalars(select(AuditEvent.action)))
    again.lock()
    assert "vault.passphrase_changed" in actions


def _key_files(profile: Path) -> dict[str, bytes]:
    """The database and both header files (not the unlock back-off record)."""
    return {k: v for k, v in snapshot(profile).items() if k.startswith(("vault.", "backups/"))}


def test_a_wrong_current_passphrase_changes_nothing(vault, profile):
    vault.lock()
    before = _key_files(profile)
    with pytest.raises(WrongPassphrase):
        lifecycle.change_passphrase(profile, "not the passphrase at all", NEW)
    assert _key_files(profile) == before


def test_an_open_vault_changes_passphrase_and_keeps_working(vault, profile):
    _add_client(vault, "Before")
    with pytest.raises(WrongPassphrase):
        lifecycle.change_open_vault_passphrase(vault, "not the passphrase at all", NEW)
    lifecycle.change_open_vault_passphrase(vault, PASSPHRASE, NEW)
    _add_client(vault, "After")  # the same Vault object, now on the new key
    vault.lock()
    reopened = Vault.open(profile, NEW)
    assert _names(reopened) == {"Before", "After"}
    reopened.lock()


def test_office_recovery_opens_the_rekeyed_vault(profile):
    private, public = generate_recovery_keypair()
    vault = lifecycle.create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public)
    _add_client(vault, "Kept")
    vault.lock()
    lifecycle.change_passphrase(profile, PASSPHRASE, NEW)
    lifecycle.recover_vault(profile, private, "a recovered passphrase here")
    recovered = Vault.open(profile, "a recovered passphrase here")
    assert _names(recovered) == {"Kept"}
    recovered.lock()


def test_a_change_is_refused_while_another_connection_reads(vault, profile):
    _add_client(vault, "Kept")
    with vault.database_key() as key:
        other = raw_connect(profile / "vault.db", key)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM client").fetchone()  # holds a read snapshot
    try:
        with pytest.raises(rekey.RekeyRefused):
            lifecycle.change_open_vault_passphrase(vault, PASSPHRASE, NEW)
        _add_client(vault, "Still works")
    finally:
        other.close()
    vault.lock()
    assert read_header(profile / "vault.json").pending is None
    reopened = Vault.open(profile, PASSPHRASE)
    assert _names(reopened) == {"Kept", "Still works"}
    reopened.lock()


class Crash(BaseException):
    """Stands for a kill: nothing after it runs (not even `except Exception`)."""


def _crash_before_rekey(*_args: object) -> None:
    raise Crash


def _crash_after_rekey(path: Path, old_key: bytes, key: bytes, cipher: dict[str, str]) -> None:
    REAL_REKEY(path, old_key, key, cipher)
    raise Crash


def _interrupt(monkeypatch, profile: Path, step) -> None:
    vault = Vault.open(profile, PASSPHRASE)
    _add_client(vault, "Kept")
    monkeypatch.setattr(rekey, "rekey_database", step)
    with pytest.raises(Crash):
        lifecycle.change_open_vault_passphrase(vault, PASSPHRASE, NEW)
    monkeypatch.undo()
    vault.engine.dispose()  # what the kill would have done to its connections
    assert read_header(profile / "vault.json").pending is not None


def test_a_change_cut_short_before_the_rekey_rolls_back(monkeypatch, vault, profile):
    vault.lock()
    _interrupt(monkeypatch, profile, _crash_before_rekey)
    with pytest.raises(WrongPassphrase, match="Wrong passphrase"):
        Vault.open(profile, "neither of the two passphrases")
    with pytest.raises(WrongPassphrase, match="previous passphrase"):
        Vault.open(profile, NEW)
    reopened = Vault.open(profile, PASSPHRASE)
    assert _names(reopened) == {"Kept"}
    reopened.lock()
    assert read_header(profile / "vault.json").pending is None


def test_a_change_cut_short_after_the_rekey_completes(monkeypatch, vault, profile):
    vault.lock()
    _interrupt(monkeypatch, profile, _crash_after_rekey)
    with pytest.raises(WrongPassphrase, match="new passphrase"):
        Vault.open(profile, PASSPHRASE)
    reopened = Vault.open(profile, NEW)
    assert _names(reopened) == {"Kept"}
    reopened.lock()
    assert read_header(profile / "vault.json").pending is None
    with pytest.raises(WrongPassphrase):
        Vault.open(profile, PASSPHRASE)


def test_an_older_vault_needs_the_office_key_to_change(profile):
    """Vaults made before the header kept the office public key: the change wraps the new key
    for the office with the key given (or installed), and refuses without it."""
    private, public = generate_recovery_keypair()
    vault = lifecycle.create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public)
    secret = system_secret_store().get(vault.vault_id)
    older = replace(vault.header, recovery_public_key=None)
    with vault.database_key() as key:
        older = rekey.wrapped_header(older, key, PASSPHRASE, secret)
    vault.lock()
    write_header(profile / "vault.json", older)
    with pytest.raises(rekey.RekeyRefused):
        lifecycle.change_passphrase(profile, PASSPHRASE, NEW)
    lifecycle.change_passphrase(profile, PASSPHRASE, NEW, recovery_public_key=public)
    lifecycle.recover_vault(profile, private, "a recovered passphrase here")
    Vault.open(profile, "a recovered passphrase here").lock()
