"""Vault entry points: the office recovery key installed by IT is used automatically."""

import base64

from app.services import vaults
from app.store import lifecycle
from app.store.crypto import generate_recovery_keypair
from app.store.vault import Vault
from tests.conftest import PASSPHRASE


def _install_office_key(monkeypatch, tmp_path) -> bytes:
    private, public = generate_recovery_keypair()
    config = tmp_path / "config"
    (config / "Caseload").mkdir(parents=True)
    (config / "Caseload" / vaults.RECOVERY_KEY_NAME).write_text(base64.b64encode(public).decode())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return private


def test_new_vault_is_wrapped_to_the_installed_office_key(monkeypatch, tmp_path, profile):
    private = _install_office_key(monkeypatch, tmp_path)
    vault = vaults.create_vault(profile, PASSPHRASE, "Alex")
    assert vault.header.recovery is not None
    assert vaults.worker_name(vault) == "Alex"
    vault.lock()
    lifecycle.recover_vault(profile, private, "a fresh passphrase after recovery")
    Vault.open(profile, "a fresh passphrase after recovery").lock()


def test_without_an_office_key_the_vault_says_so(monkeypatch, tmp_path, profile):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty"))
    monkeypatch.setattr(vaults, "recovery_key_locations", lambda: [tmp_path / "none.key"])
    vault = vaults.create_vault(profile, PASSPHRASE, "Alex")
    assert vault.header.recovery is None
    vault.lock()
