"""Bad input gets a clear error and changes no byte of any file."""

import json

import pytest

from app.store import lifecycle
from app.store.device_secret import system_secret_store
from app.store.errors import (
    DatabaseCorrupted,
    DeviceSecretMissing,
    HeaderCorrupted,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
)
from app.store.vault import Vault
from tests.conftest import PASSPHRASE
from tests.files import snapshot


@pytest.fixture
def closed_vault(vault, profile):
    vault.lock()
    return profile


def _assert_refused(profile, error, passphrase=PASSPHRASE):
    before = snapshot(profile)
    with pytest.raises(error) as caught:
        Vault.open(profile, passphrase)
    # The count of wrong passphrases is the one file a refused unlock may write.
    after = snapshot(profile)
    after.pop("unlock-attempts.json", None)
    assert after == before
    assert str(caught.value)  # a message for a person
    return caught.value


def test_wrong_passphrase(closed_vault):
    error = _assert_refused(closed_vault, WrongPassphrase, "not the passphrase at all")
    assert "Wrong passphrase" in str(error)


def test_missing_vault_is_not_silently_created(tmp_path):
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "nothing", PASSPHRASE)
    assert not (tmp_path / "nothing").exists()


@pytest.mark.parametrize("cut", [1, 100, 4096])
def test_truncated_database(closed_vault, cut):
    db = closed_vault / "vault.db"
    db.write_bytes(db.read_bytes()[:-cut])
    _assert_refused(closed_vault, DatabaseCorrupted)


def test_database_replaced_by_empty_file(closed_vault):
    (closed_vault / "vault.db").write_bytes(b"")
    _assert_refused(closed_vault, DatabaseCorrupted)


def test_flipped_byte_in_database(closed_vault):
    db = closed_vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[100] ^= 0xFF  # inside page 1: its HMAC no longer verifies
    db.write_bytes(bytes(data))
    _assert_refused(closed_vault, DatabaseCorrupted)


def test_tampered_header_field(closed_vault):
    # Both vault.json and its spare copy: one damaged file alone is repaired from the other
    # (tests/store/test_header_copy.py).
    for header in (closed_vault / "vault.json", closed_vault / "backups" / "vault.header.bak"):
        body = json.loads(header.read_text())
        body["kdf"]["time_cost"] = 1
        header.write_text(json.dumps(body))
    _assert_refused(closed_vault, HeaderCorrupted)


def test_tampered_header_with_recomputed_checksum_still_fails(closed_vault):
    from app.store import header as header_module

    path = closed_vault / "vault.json"
    body = json.loads(path.read_text())
    body["created_at"] = "1999-01-01T00:00:00+00:00"
    body["checksum"] = header_module._checksum(body)
    path.write_text(json.dumps(body))
    # The checksum fits, but the field is bound into the wrapped key's associated data.
    _assert_refused(closed_vault, WrongPassphrase)


def test_garbage_header(closed_vault):
    (closed_vault / "vault.json").write_text("{not json")
    (closed_vault / "backups" / "vault.header.bak").write_text("{not json")  # and its copy
    _assert_refused(closed_vault, HeaderCorrupted)


def test_missing_keyring_secret(closed_vault):
    header = json.loads((closed_vault / "vault.json").read_text())
    store = system_secret_store()
    secret = store.get(header["vault_id"])
    store.delete(header["vault_id"])
    try:
        error = _assert_refused(closed_vault, DeviceSecretMissing)
        assert "recovery" in str(error)
    finally:
        store.put(header["vault_id"], secret)
    Vault.open(closed_vault, PASSPHRASE).lock()


def test_wrong_device_secret_is_a_wrong_key(closed_vault):
    header = json.loads((closed_vault / "vault.json").read_text())
    store = system_secret_store()
    secret = store.get(header["vault_id"])
    store.put(header["vault_id"], b"\x00" * 32)
    try:
        _assert_refused(closed_vault, WrongPassphrase)
    finally:
        store.put(header["vault_id"], secret)


def test_create_refuses_an_existing_vault(closed_vault):
    before = snapshot(closed_vault)
    with pytest.raises(VaultExists):
        lifecycle.create_vault(closed_vault, PASSPHRASE, "Someone")
    assert snapshot(closed_vault) == before
