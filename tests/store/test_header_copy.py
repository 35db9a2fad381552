"""The header's spare copy (issue 10, finding: vault.json was a single point of failure, one
damaged byte and even office recovery failed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import lifecycle
from app.store.crypto import generate_recovery_keypair
from app.store.errors import HeaderCorrupted, WrongPassphrase
from app.store.header import copy_path, read_header
from app.store.vault import Vault
from tests.conftest import PASSPHRASE


def _damage_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = data.index(b'"wrapped_key"') + 40  # inside the wrapped key's nonce
    data[middle] = ord("A") if data[middle] != ord("A") else ord("B")
    path.write_bytes(bytes(data))


def _header(profile: Path) -> Path:
    return profile / "vault.json"


def test_every_header_change_writes_the_copy(vault, profile):
    vault.lock()
    assert copy_path(_header(profile)).read_bytes() == _header(profile).read_bytes()
    lifecycle.change_passphrase(profile, PASSPHRASE, "seven purple walruses dancing")
    assert copy_path(_header(profile)).read_bytes() == _header(profile).read_bytes()
    assert copy_path(_header(profile)).stat().st_mode & 0o777 == 0o600


def test_one_damaged_byte_opens_from_the_copy_and_is_repaired(vault, profile):
    vault.lock()
    good = _header(profile).read_bytes()
    _damage_one_byte(_header(profile))
    Vault.open(profile, PASSPHRASE).lock()
    assert _header(profile).read_bytes() == good


def test_a_wrong_passphrase_with_a_damaged_header_writes_nothing(vault, profile):
    vault.lock()
    _damage_one_byte(_header(profile))
    damaged = _header(profile).read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.open(profile, "not the passphrase at all")
    assert _header(profile).read_bytes() == damaged


def test_office_recovery_works_with_a_damaged_header(profile):
    private, public = generate_recovery_keypair()
    lifecycle.create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public).lock()
    _damage_one_byte(_header(profile))
    lifecycle.recover_vault(profile, private, "a recovered passphrase here")
    Vault.open(profile, "a recovered passphrase here").lock()
    assert read_header(_header(profile)) == read_header(copy_path(_header(profile)))


def test_both_damaged_is_a_clear_error(vault, profile):
    vault.lock()
    _damage_one_byte(_header(profile))
    _damage_one_byte(copy_path(_header(profile)))
    with pytest.raises(HeaderCorrupted, match="spare copy are both damaged"):
        Vault.open(profile, PASSPHRASE)


def test_a_missing_copy_is_made_at_the_next_unlock(vault, profile):
    """Vaults made before the copy existed get one the first time they are opened."""
    vault.lock()
    copy_path(_header(profile)).unlink()
    Vault.open(profile, PASSPHRASE).lock()
    assert copy_path(_header(profile)).read_bytes() == _header(profile).read_bytes()
