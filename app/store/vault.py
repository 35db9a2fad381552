"""The vault: create, unlock, use and lock the encrypted store of one worker's caseload.

Unlocking never writes a byte before the key is proven: a wrong passphrase, a missing device
secret or a damaged file is reported and leaves every file exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.core.hlc import HybridClock
from app.models import VaultMeta, WorkerProfile
from app.store import audit, outbox
from app.store.crypto import UnwrapFailed, derive_kek, stretch_passphrase, unwrap
from app.store.device_secret import SecretStore, load_secret, system_secret_store
from app.store.engine import (
    QUIET_CHECKPOINT_PAGES,
    Checkpoint,
    check_file_shape,
    checkpoint,
    make_engine,
)
from app.store.errors import DatabaseCorrupted, HeaderCorrupted, VaultLocked, WrongPassphrase
from app.store.header import VaultHeader, read_header
from app.store.migrate import migrate

log = logging.getLogger(__name__)
LOCK_WAIT_MS = 200  # at lock, for another process's reader to finish; the key must not wait


@dataclass(frozen=True)
class ProfilePaths:
    root: Path

    @property
    def header(self) -> Path:
        return self.root / "vault.json"

    @property
    def database(self) -> Path:
        return self.root / "vault.db"

    @property
    def backups(self) -> Path:
        return self.root / "backups"


def unwrap_database_key(header: VaultHeader, passphrase: str, store: SecretStore | None) -> bytes:
    """Argon2id + device secret -> KEK -> database key, or a clear error."""
    if not header.kdf.meets_floor():
        raise HeaderCorrupted("The vault header asks for a weakened key derivation; refusing.")
    device_secret = load_secret(store, header.vault_id) if header.uses_device_secret else None
    kek = derive_kek(stretch_passphrase(passphrase, header.kdf), device_secret, header.kdf.salt)
    try:
        return unwrap(kek, header.wrapped_nonce, header.wrapped_key, header.context())
    except UnwrapFailed as exc:
        raise WrongPassphrase(
            "Wrong passphrase. Check the keyboard layout and Caps Lock, and try again."
        ) from exc


class Vault:
    """An unlocked vault. `lock()` disposes every connection and forgets the key."""

    def __init__(self, paths: ProfilePaths, header: VaultHeader, key: bytes) -> None:
        self.paths = paths
        self.header = header
        self._key = bytearray(key)
        self._clock: HybridClock | None = None
        self.engine: Engine | None = make_engine(paths.database, key, header.cipher)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        outbox.register()
        try:
            self.last_backup = migrate(self.engine, key, paths.backups)
            self._meta = self._read_meta()
        except (WrongPassphrase, DBAPIError) as exc:
            # The key itself was proven by unwrapping: a failure now means damaged pages.
            self._close()
            raise DatabaseCorrupted(
                "The vault database is damaged or has been altered, so it cannot be opened. "
                "Restore it from a backup; nothing was changed."
            ) from exc
        self._check_identity()

    @classmethod
    def open(cls, root: Path, passphrase: str, store: SecretStore | None = None) -> Vault:
        paths = ProfilePaths(Path(root))
        header = read_header(paths.header)
        check_file_shape(paths.database)
        store = store if store is not None else system_secret_store()
        key = unwrap_database_key(header, passphrase, store)
        vault = cls(paths, header, key)
        with vault.session() as session:
            audit.record_event(session, "vault.unlocked")
        return vault

    # -- identity ---------------------------------------------------------------------
    def _read_meta(self) -> dict[str, str]:
        with self._sessions() as session:
            return {row.key: row.value for row in session.scalars(select(VaultMeta))}

    def _check_identity(self) -> None:
        stored = self._meta.get("vault_id")
        if stored is not None and stored != self.header.vault_id:
            self._close()
            raise HeaderCorrupted("The vault header belongs to a different vault database.")

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def replica_id(self) -> str:
        return self._meta["replica_id"]

    @property
    def owner_id(self) -> str:
        return self._meta["owner_id"]

    @property
    def passphrase_only(self) -> bool:
        return not self.header.uses_device_secret

    @property
    def is_locked(self) -> bool:
        return self.engine is None

    def owner(self) -> WorkerProfile:
        with self.session() as session:
            profile = session.get(WorkerProfile, self.owner_id)
            assert profile is not None
            session.expunge(profile)
            return profile

    # -- unit of work -----------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success (durably: synchronous=FULL), else rolls back."""
        if self.engine is None:
            raise VaultLocked("The vault is locked.")
        with self._sessions() as session:
            self._attach(session)
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def _attach(self, session: Session) -> None:
        if self._clock is None and "replica_id" in self._meta:
            self._clock = outbox.load_clock(session)
        if self._clock is not None:
            outbox.install(session, self._clock)
        session.info[audit.ACTOR_KEY] = self._meta.get("owner_id")

    def key_hex_for_maintenance(self) -> str:
        """The raw key, for vault maintenance inside the store (backups, rekey)."""
        if self.engine is None:
            raise VaultLocked("The vault is locked.")
        return bytes(self._key).hex()

    def reload_meta(self) -> None:
        self._meta = self._read_meta()
        self._clock = None

    # -- checkpoints and locking ------------------------------------------------------
    def checkpoint(self, min_pages: int | None = None) -> Checkpoint | None:
        """At a quiet moment (the UI calls this on its worker when the worker pauses): copy
        the WAL into the database once `min_pages` (QUIET_CHECKPOINT_PAGES) are waiting, so
        that no save's commit has to. Passive: it never waits for a reader. Durability is
        not involved: each commit was already fsynced to the WAL. None when locked."""
        if self.engine is None:
            return None
        state = checkpoint(self.engine, "NOOP")  # about 0.1 ms
        if state.waiting < (QUIET_CHECKPOINT_PAGES if min_pages is None else min_pages):
            return state
        return checkpoint(self.engine, "PASSIVE")

    def lock(self) -> None:
        """Empty the WAL into the database, then dispose pooled (decrypted) connections and
        overwrite the key in memory."""
        if self.engine is not None:
            # SQLite does this itself when the last connection closes, but not while another
            # process (the CLI) has the file open; here it is explicit and bounded in time.
            try:
                checkpoint(self.engine, "TRUNCATE", wait_ms=LOCK_WAIT_MS)
            except Exception as exc:  # the pages are safe in the WAL; the key must go anyway
                log.warning("Checkpoint at lock failed: %s", type(exc).__name__)
        self._close()

    def _close(self) -> None:
        """Dispose connections and forget the key; no checkpoint of ours (a failed open must
        leave the files as they were)."""
        if self.engine is not None:
            self.engine.dispose()
            self.engine = None
        for index in range(len(self._key)):
            self._key[index] = 0
        self._clock = None
