"""The vault: create, unlock, use and lock the encrypted store of one worker's caseload.

Unlocking never writes a byte before the key is proven: a wrong passphrase, a missing device
secret or a damaged file is reported and leaves every file exactly as it was.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.core.duplicates import sound_key
from app.core.hlc import HybridClock
from app.models import VaultMeta, WorkerProfile
from app.store import audit, outbox, process_lock
from app.store.attempts import AttemptCounter, counted
from app.store.crypto import UnwrapFailed, kek_secret, unwrap_secret
from app.store.device_secret import SecretStore, load_secret, system_secret_store
from app.store.engine import (
    QUIET_CHECKPOINT_PAGES,
    Checkpoint,
    check_file_shape,
    checkpoint,
    make_engine,
)
from app.store.errors import DatabaseCorrupted, HeaderCorrupted, VaultLocked, WrongPassphrase
from app.store.header import VaultHeader, load_header
from app.store.migrate import migrate
from app.store.rekey import unlock_key
from app.store.secrets import SecretBytes

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


Passphrase = str | bytearray | SecretBytes


def unwrap_key(
    header: VaultHeader, passphrase: Passphrase, store: SecretStore | None
) -> SecretBytes:
    """Argon2id + device secret -> KEK -> database key, or a clear error. The passphrase is
    dropped as soon as it is stretched: a bytearray is wiped here, a SecretBytes stays the
    caller's to wipe, a str cannot be erased (only our UTF-8 copy of it is). The KEK is
    wiped after unwrapping; the key returned is the caller's to wipe (or to give a Vault)."""
    if not header.kdf.meets_floor():
        raise HeaderCorrupted("The vault header asks for a weakened key derivation; refusing.")
    device_secret = load_secret(store, header.vault_id) if header.uses_device_secret else None
    with SecretBytes.from_passphrase(passphrase) as utf8:
        kek = kek_secret(utf8, header.kdf, device_secret)
    with kek:
        try:
            return unwrap_secret(kek, header.wrapped_nonce, header.wrapped_key, header.context())
        except UnwrapFailed as exc:
            raise WrongPassphrase(
                "Wrong passphrase. Check the keyboard layout and Caps Lock, and try again."
            ) from exc


def unwrap_database_key(
    header: VaultHeader, passphrase: Passphrase, store: SecretStore | None
) -> bytes:
    """Deprecated: `unwrap_key` as an immutable bytes copy that cannot be erased. Kept only
    until every caller has moved to `unwrap_key`."""
    with unwrap_key(header, passphrase, store) as key:
        return bytes(key.view())


class Vault:
    """An unlocked vault. `lock()` disposes every connection and wipes the key.

    Given a SecretBytes key, the vault takes it over (and wipes it at lock); a bytes key is
    copied, and the caller's bytes cannot be erased."""

    def __init__(self, paths: ProfilePaths, header: VaultHeader, key: SecretBytes | bytes) -> None:
        self.paths = paths
        self.header = header
        self._key = _owned(key)
        # lock() may come from the worker's lock job and from the owner at exit at once.
        self._closing = threading.Lock()
        self._clock: HybridClock | None = None
        self.engine: Engine | None = make_engine(paths.database, self._key, header.cipher)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        outbox.register()
        try:
            self.last_backup = migrate(self.engine, paths.backups)
            self._meta = self._read_meta()
        except (WrongPassphrase, DBAPIError) as exc:
            # The key itself was proven by unwrapping: a failure now means damaged pages.
            self._close()
            raise DatabaseCorrupted(
                "The vault database is damaged or has been altered, so it cannot be opened. "
                "Restore it from a backup; nothing was changed."
            ) from exc
        self._check_identity()
        # One process at a time (app/store/process_lock.py); released by lock().
        self._hold = process_lock.acquire(paths.root)

    @classmethod
    def open(cls, root: Path, passphrase: Passphrase, store: SecretStore | None = None) -> Vault:
        """A bytearray passphrase is wiped once stretched; see `unwrap_key`."""
        paths = ProfilePaths(Path(root))
        loaded = load_header(paths.header)  # vault.json, or its copy when it is damaged
        check_file_shape(paths.database)
        store = store if store is not None else system_secret_store()
        # Another process's vault is refused before the passphrase is tried or counted.
        hold = process_lock.acquire(paths.root)
        try:
            # Wrong passphrases back off, persistently (app/store/attempts.py).
            counter = AttemptCounter(paths.root, loaded.header, store)
            # Also settles a passphrase change a crash interrupted (app/store/rekey.py).
            # One erasable copy for the (one or two) unwraps; a bytearray passphrase is wiped.
            with counted(counter), SecretBytes.from_passphrase(passphrase) as utf8:
                header, key = unlock_key(paths, loaded, utf8, store, unwrap_key)
            vault = cls(paths, header, key)
        finally:
            hold.release()
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

    def database_key(self) -> SecretBytes:
        """A copy of the raw key for maintenance inside the store (rekey, a second
        connection); the caller wipes it: `with vault.database_key() as key: ...`."""
        if self.engine is None:
            raise VaultLocked("The vault is locked.")
        return self._key.copy()

    def adopt_key(self, header: VaultHeader, key: SecretBytes | bytes) -> None:
        """After a passphrase change rekeyed the database (app/store/rekey.py): drop every
        connection and the old key; new connections use `key` and `header`."""
        self._close()
        self.header = header
        self._key = _owned(key)
        self.engine = make_engine(self.paths.database, self._key, header.cipher)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

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
        """Empty the WAL into the database, then dispose pooled (decrypted) connections
        and wipe the key (see app/store/secrets.py)."""
        with self._closing:
            if self.engine is not None:
                # SQLite does this itself when the last connection closes, but not while
                # another process (the CLI) has the file open; here it is explicit and
                # bounded in time.
                try:
                    checkpoint(self.engine, "TRUNCATE", wait_ms=LOCK_WAIT_MS)
                except Exception as exc:  # the pages are safe in the WAL; the key must go
                    log.warning("Checkpoint at lock failed: %s", type(exc).__name__)
            self._dispose_and_forget()
        self._hold.release()

    def claim_profile(self) -> process_lock.ProfileHold:
        """Another share of this process's hold on the profile, for a window that keeps the
        vault across a screen lock (it will unlock it again); release it when the window
        closes. Until then a second process is refused even while this vault is locked."""
        return process_lock.acquire(self.paths.root)

    def _close(self) -> None:
        """Dispose connections and forget the key; no checkpoint of ours (a failed open must
        leave the files as they were)."""
        with self._closing:
            self._dispose_and_forget()

    def _dispose_and_forget(self) -> None:
        if self.engine is not None:
            self.engine.dispose()
            # SQLAlchemy's statement cache keeps the values bound the first time each query
            # was compiled (a search text, a name): dropped with the engine, which the
            # session factory must not keep alive.
            self.engine.clear_compiled_cache()
            self.engine = None
            self._sessions = sessionmaker(expire_on_commit=False)
        self._key.wipe()
        sound_key.cache_clear()  # folded words of client names (duplicate checks)
        self._clock = None


def _owned(key: SecretBytes | bytes) -> SecretBytes:
    """The vault's own key buffer: a SecretBytes is taken over, bytes are copied."""
    return key if isinstance(key, SecretBytes) else SecretBytes.copy_of(key)
