"""Creating a vault, changing its passphrase, recovery by the office, and crypto-erase."""

from __future__ import annotations

import hmac
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.core.ids import uuid7
from app.models import ClockState, VaultMeta, WorkerProfile
from app.store import audit, process_lock
from app.store.attempts import WITNESS_SUFFIX, AttemptCounter
from app.store.crypto import KdfParams, new_key_secret, wrap_for_recovery
from app.store.device_secret import (
    SecretStore,
    create_secret,
    require_system_store,
    system_secret_store,
)
from app.store.engine import create_database
from app.store.errors import VaultExists, WrongPassphrase
from app.store.header import VaultHeader, copy_path, read_header, write_header
from app.store.rekey import recovery_key_id, recovery_unwrap, rekey_open_vault, wrapped_header
from app.store.vault import ProfilePaths, Vault, unwrap_key

__all__ = ["change_passphrase", "create_vault", "crypto_erase", "recover_vault", "recovery_key_id"]


def _prepare_root(paths: ProfilePaths) -> None:
    paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    paths.root.chmod(0o700)
    if paths.header.exists() or paths.database.exists():
        raise VaultExists(
            f"There is already a vault (or part of one) in {paths.root}. "
            "Choose another folder; nothing was changed."
        )


def create_vault(
    root: Path,
    passphrase: str,
    worker_name: str,
    *,
    use_keyring: bool = True,
    store: SecretStore | None = None,
    recovery_public_key: bytes | None = None,
) -> Vault:
    """A new, empty vault. With `use_keyring`, refuses when no real keyring is available."""
    paths = ProfilePaths(Path(root))
    _prepare_root(paths)
    if use_keyring and store is None:
        store = require_system_store()
    vault_id, key = uuid7(), new_key_secret()  # the Vault below takes it over
    device_secret = create_secret(store, vault_id) if use_keyring and store else None
    recovery, recovery_id = None, None
    if recovery_public_key is not None:
        recovery = wrap_for_recovery(recovery_public_key, key, vault_id.encode())
        recovery_id = recovery_key_id(recovery_public_key)
    base = VaultHeader(
        vault_id=vault_id,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        kdf=KdfParams.fresh(),
        uses_device_secret=device_secret is not None,
        wrapped_nonce=b"",
        wrapped_key=b"",
        recovery=recovery,
        recovery_key_id=recovery_id,
        recovery_public_key=recovery_public_key,
    )
    header = wrapped_header(base, key, passphrase, device_secret)
    try:
        create_database(paths.database, key)
        vault = Vault(paths, header, key)
        _initialise(vault, worker_name)
    except BaseException:
        # Nothing usable exists yet (no header): take the half-made vault away, so that
        # trying again in the same folder works instead of meeting "part of a vault".
        _discard_unfinished(paths, store if device_secret is not None else None, vault_id)
        raise
    write_header(paths.header, header)  # last: a crash before this leaves no usable vault
    return vault


def _discard_unfinished(paths: ProfilePaths, store: SecretStore | None, vault_id: str) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
    if store is not None:
        store.delete(vault_id)


def _initialise(vault: Vault, worker_name: str) -> None:
    replica_id, owner_id = uuid7(), uuid7()
    with vault.session() as session:
        session.add_all(
            [
                VaultMeta(key="vault_id", value=vault.vault_id),
                VaultMeta(key="replica_id", value=replica_id),
                VaultMeta(key="owner_id", value=owner_id),
                ClockState(id=1, node=replica_id, wall_ms=0, counter=0),
            ]
        )
    vault.reload_meta()
    with vault.session() as session:
        session.add(WorkerProfile(id=owner_id, display_name=worker_name, is_device_owner=True))
        audit.record_event(session, "vault.created", "vault", vault.vault_id)


def change_passphrase(
    root: Path,
    old: str,
    new: str,
    store: SecretStore | None = None,
    recovery_public_key: bytes | None = None,
) -> None:
    """Change the passphrase of a closed vault, re-encrypting it under a new key."""
    store = store if store is not None else system_secret_store()
    vault = Vault.open(Path(root), old, store)  # proves `old`, settles an interrupted change
    try:
        _rekey_and_record(vault, new, store, recovery_public_key)
    finally:
        vault.lock()


def change_open_vault_passphrase(
    vault: Vault,
    old: str | bytearray,
    new: str | bytearray,
    store: SecretStore | None = None,
    recovery_public_key: bytes | None = None,
) -> None:
    """The same for an unlocked vault (the app's Settings). The current passphrase is asked
    again: someone at an unlocked laptop must not be able to take the vault over."""
    store = store if store is not None else system_secret_store()
    with unwrap_key(vault.header, old, store) as proven, vault.database_key() as current:
        if not hmac.compare_digest(proven.view(), current.view()):
            raise WrongPassphrase("The current passphrase is not the one this vault opens with.")
    _rekey_and_record(vault, new, store, recovery_public_key)


def _rekey_and_record(
    vault: Vault, new: str | bytearray, store: SecretStore | None, recovery_public_key: bytes | None
) -> None:
    rekey_open_vault(vault, new, store, recovery_public_key)
    with vault.session() as session:
        audit.record_event(session, "vault.passphrase_changed", "vault", vault.vault_id)


def recover_vault(
    root: Path, office_private_key: bytes, new_passphrase: str, store: SecretStore | None = None
) -> None:
    """Restore access after a forgotten passphrase using the office's recovery private key.
    Works from the header's spare copy when vault.json is damaged, and in the middle of an
    interrupted passphrase change. A fresh device secret is made when the old one is gone (a
    new laptop keyring)."""
    paths = ProfilePaths(Path(root))
    # Not while another process has the vault open: it would find a header it cannot use.
    hold = process_lock.acquire(paths.root)
    try:
        _recover(paths, office_private_key, new_passphrase, store)
    finally:
        hold.release()


def _recover(
    paths: ProfilePaths, office_private_key: bytes, new_passphrase: str, store: SecretStore | None
) -> None:
    header = read_header(paths.header)
    if header.recovery is None and (header.pending is None or header.pending.recovery is None):
        raise WrongPassphrase("This vault was created without an office recovery key.")
    base, key = recovery_unwrap(paths, header, office_private_key)
    with key:
        device_secret = None
        if base.uses_device_secret:
            store = store if store is not None else require_system_store()
            device_secret = store.get(base.vault_id) or create_secret(store, base.vault_id)
        write_header(paths.header, wrapped_header(base, key, new_passphrase, device_secret))
    # Recovery is what ends a lock-out after too many wrong passphrases: count from zero.
    AttemptCounter(paths.root, base, store).reset()
    vault = Vault.open(paths.root, new_passphrase, store)
    with vault.session() as session:
        audit.record_event(
            session,
            "vault.recovered",
            "vault",
            vault.vault_id,
            recovery_key_id=base.recovery_key_id,
        )
    vault.lock()


def crypto_erase(root: Path, store: SecretStore | None = None) -> None:
    """Destroy the wrapped keys and the device secret first (that alone makes the data
    unreadable), then remove the files."""
    paths = ProfilePaths(Path(root))
    header = read_header(paths.header)
    store = store if store is not None else system_secret_store()
    if store is not None:
        store.delete(header.vault_id)
        store.delete(header.vault_id + WITNESS_SUFFIX)  # the count of wrong passphrases
    for path in (paths.header, copy_path(paths.header)):
        if path.exists():
            _overwrite(path)
    shutil.rmtree(paths.root)


def _overwrite(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
