"""Creating a vault, changing its passphrase, recovery by the office, and crypto-erase."""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.core.ids import uuid7
from app.models import ClockState, VaultMeta, WorkerProfile
from app.store import audit
from app.store.crypto import (
    KdfParams,
    RecoveryWrap,
    derive_kek,
    new_key,
    stretch_passphrase,
    unwrap_with_recovery,
    wrap,
    wrap_for_recovery,
)
from app.store.device_secret import (
    SecretStore,
    create_secret,
    require_system_store,
    system_secret_store,
)
from app.store.engine import create_database
from app.store.errors import VaultExists, WrongPassphrase
from app.store.header import VaultHeader, read_header, write_header
from app.store.vault import ProfilePaths, Vault, unwrap_database_key


def recovery_key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def _wrapped_header(
    base: VaultHeader, key: bytes, passphrase: str, device_secret: bytes | None
) -> VaultHeader:
    kdf = KdfParams.fresh()
    draft = base.with_wrapped_key(kdf, b"", b"")
    kek = derive_kek(stretch_passphrase(passphrase, kdf), device_secret, kdf.salt)
    nonce, ciphertext = wrap(kek, key, draft.context())
    return draft.with_wrapped_key(kdf, nonce, ciphertext)


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
    vault_id, key = uuid7(), new_key()
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
    )
    header = _wrapped_header(base, key, passphrase, device_secret)
    create_database(paths.database, key)
    vault = Vault(paths, header, key)
    _initialise(vault, worker_name)
    write_header(paths.header, header)  # last: a crash before this leaves no usable vault
    return vault


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


def change_passphrase(root: Path, old: str, new: str, store: SecretStore | None = None) -> None:
    """Re-wrap the database key under the new passphrase. The database is not touched."""
    paths = ProfilePaths(Path(root))
    header = read_header(paths.header)
    store = store if store is not None else system_secret_store()
    key = unwrap_database_key(header, old, store)
    device_secret = store.get(header.vault_id) if header.uses_device_secret and store else None
    write_header(paths.header, _wrapped_header(header, key, new, device_secret))
    vault = Vault.open(paths.root, new, store)
    with vault.session() as session:
        audit.record_event(session, "vault.passphrase_changed", "vault", vault.vault_id)
    vault.lock()


def recover_vault(
    root: Path, office_private_key: bytes, new_passphrase: str, store: SecretStore | None = None
) -> None:
    """Restore access after a forgotten passphrase using the office's recovery private key.

    A fresh device secret is made when the old one is gone (a new laptop keyring)."""
    paths = ProfilePaths(Path(root))
    header = read_header(paths.header)
    if header.recovery is None:
        raise WrongPassphrase("This vault was created without an office recovery key.")
    key = _recovery_unwrap(office_private_key, header.recovery, header.vault_id)
    device_secret = None
    if header.uses_device_secret:
        store = store if store is not None else require_system_store()
        device_secret = store.get(header.vault_id) or create_secret(store, header.vault_id)
    write_header(paths.header, _wrapped_header(header, key, new_passphrase, device_secret))
    vault = Vault.open(paths.root, new_passphrase, store)
    with vault.session() as session:
        audit.record_event(
            session,
            "vault.recovered",
            "vault",
            vault.vault_id,
            recovery_key_id=header.recovery_key_id,
        )
    vault.lock()


def _recovery_unwrap(private_key: bytes, wrapped: RecoveryWrap, vault_id: str) -> bytes:
    from app.store.crypto import UnwrapFailed

    try:
        return unwrap_with_recovery(private_key, wrapped, vault_id.encode())
    except (UnwrapFailed, ValueError) as exc:
        raise WrongPassphrase("That recovery key does not open this vault.") from exc


def crypto_erase(root: Path, store: SecretStore | None = None) -> None:
    """Destroy the wrapped keys and the device secret first (that alone makes the data
    unreadable), then remove the files."""
    paths = ProfilePaths(Path(root))
    header = read_header(paths.header)
    store = store if store is not None else system_secret_store()
    if store is not None:
        store.delete(header.vault_id)
    size = paths.header.stat().st_size
    with paths.header.open("r+b") as handle:
        handle.write(os.urandom(size))
        handle.flush()
        os.fsync(handle.fileno())
    shutil.rmtree(paths.root)
