"""A passphrase change that gives the database a new key, safe against a kill at any moment.

Re-wrapping the old key is not enough: an old copy of vault.json and the old passphrase would
still open today's database. So the database is re-encrypted under a new random key with
SQLCipher's `PRAGMA rekey`, in three steps, each of which leaves a vault that opens:

1. vault.json (and its copy) becomes *pending*: the current wrap (old key, old passphrase)
   plus, whole, the header to come (new key under the new passphrase and the office key).
2. The database is rekeyed in one rollback-journal transaction: the WAL is emptied and
   switched off for it, because SQLCipher 4 rekeys a WAL database safely only when no other
   connection can see it. After a crash SQLite rolls a half-done rekey back from its journal,
   so the file is all old key or all new key.
3. vault.json becomes the new header alone.

At unlock a pending header is settled by which key really reads the database (`unlock_key`):
the change is completed (new key) or rolled back (old key), and the passphrase that matches
the file opens the vault. The other one is told plainly which passphrase to use.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from app.store.crypto import (
    KdfParams,
    UnwrapFailed,
    kek_secret,
    new_key_secret,
    unwrap_with_recovery,
    wrap,
    wrap_for_recovery,
)
from app.store.device_secret import SecretStore, load_secret
from app.store.engine import raw_connect, rekey_connection
from app.store.errors import DatabaseCorrupted, VaultError, WrongPassphrase
from app.store.header import LoadedHeader, VaultHeader, repair_header, write_header
from app.store.secrets import SecretBytes

if TYPE_CHECKING:
    from app.store.vault import ProfilePaths, Vault

log = logging.getLogger(__name__)
# How the vault unwraps a key from a passphrase (app.store.vault.unwrap_key).
Unwrap = Callable[[VaultHeader, SecretBytes, SecretStore | None], SecretBytes]
Candidate = tuple[VaultHeader, SecretBytes]  # a header and the key its wrap gave
IN_USE_WAIT_MS = 500  # for another connection to let go before the change is refused
USE_NEW = (
    "A passphrase change was interrupted after the vault was re-encrypted: use the new passphrase."
)
USE_OLD = (
    "A passphrase change was interrupted before it finished: your previous passphrase "
    "still opens the vault."
)
UNREADABLE = (
    "The vault database is damaged or has been altered, so it cannot be opened. "
    "Restore it from a backup."
)
IN_USE = (
    "The vault is in use by another window or program, so its passphrase cannot be changed "
    "now. Close it (or wait for the sync to finish) and try again; nothing was changed."
)
NO_RECOVERY_KEY = (
    "The office recovery public key is needed to change this vault's passphrase (install it, "
    "or give it with --recovery-public-key). Nothing was changed."
)


class RekeyRefused(VaultError):
    """The passphrase change could not start; the vault is exactly as it was."""


def wrapped_header(
    base: VaultHeader, key: SecretBytes, passphrase: str | bytearray, device_secret: bytes | None
) -> VaultHeader:
    """`base` with `key` wrapped under the passphrase (a fresh salt) and the device secret."""
    kdf = KdfParams.fresh()
    draft = base.with_wrapped_key(kdf, b"", b"")
    with (
        SecretBytes.from_passphrase(passphrase) as utf8,
        kek_secret(utf8, kdf, device_secret) as kek,
    ):
        nonce, ciphertext = wrap(kek, key, draft.context())
    return draft.with_wrapped_key(kdf, nonce, ciphertext)


def recovery_key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


# -- unlock: settle a change a crash interrupted ------------------------------------------
def unlock_key(
    paths: ProfilePaths,
    loaded: LoadedHeader,
    passphrase: SecretBytes,
    store: SecretStore | None,
    unwrap: Unwrap,
) -> Candidate:
    """The header to use and the database key, from the passphrase. A damaged vault.json (or
    copy) is repaired, and an interrupted change settled, only once the key is proven."""
    header = loaded.header
    if header.pending is None:
        key = unwrap(header, passphrase, store)
        repair_header(paths.header, loaded)
        return header, key
    candidates = _unwrapped(header, passphrase, store, unwrap)
    settled = settle(paths, header, candidates)
    if settled is None:
        # The new passphrase unwrapped the new key, but the file still has the old one (or
        # the reverse): only the other passphrase can open it now.
        typed_new = any(candidate == header.pending for candidate, _key in candidates)
        raise WrongPassphrase(USE_OLD if typed_new else USE_NEW)
    return settled


def _wipe_others(candidates: list[Candidate], kept: Candidate | None) -> None:
    for candidate in candidates:
        if candidate is not kept:
            candidate[1].wipe()


def _unwrapped(
    header: VaultHeader, passphrase: SecretBytes, store: SecretStore | None, unwrap: Unwrap
) -> list[Candidate]:
    """Each of the pending header's two headers whose wrap this passphrase opens."""
    opened: list[Candidate] = []
    refusal: WrongPassphrase | None = None
    for candidate in (header.pending, header.settled()):
        assert candidate is not None
        try:
            opened.append((candidate, unwrap(candidate, passphrase, store)))
        except WrongPassphrase as wrong:
            refusal = wrong
    if not opened and refusal is not None:
        raise refusal  # neither wrap: the usual wrong-passphrase message
    return opened


def settle(
    paths: ProfilePaths, pending: VaultHeader, candidates: list[Candidate]
) -> Candidate | None:
    """Keep the candidate whose key reads the database and write it as the only header;
    None when no candidate's key reads it. The other candidates' keys are wiped."""
    kept = next((c for c in candidates if opens(paths.database, c[1], c[0].cipher)), None)
    _wipe_others(candidates, kept)
    if kept is not None:
        write_header(paths.header, kept[0])
        outcome = "completed" if kept[0] == pending.pending else "rolled back"
        log.info("A pending passphrase change was %s", outcome)
    return kept


def opens(database: Path, key: SecretBytes, cipher: dict[str, str]) -> bool:
    """Whether `key` reads the database (a read proves it). SQLite first rolls back a rekey a
    crash cut short, from its journal, whatever the key."""
    try:
        raw_connect(database, key, cipher).close()
    except WrongPassphrase:
        return False
    return True


# -- recovery ----------------------------------------------------------------------------
def recovery_unwrap(
    paths: ProfilePaths, header: VaultHeader, office_private_key: bytes
) -> Candidate:
    """The database key from the office's recovery key; with a pending header, the one of its
    two headers whose key reads the database."""
    candidates: list[Candidate] = []
    for candidate in (header.settled(), header.pending):
        if candidate is not None and candidate.recovery is not None:
            try:
                wrapped, context = candidate.recovery, candidate.vault_id.encode()
                key = unwrap_with_recovery(office_private_key, wrapped, context)
            except (UnwrapFailed, ValueError):
                continue
            candidates.append((candidate, SecretBytes.adopt(key)))
    if not candidates:
        raise WrongPassphrase("That recovery key does not open this vault.")
    settled = candidates[0] if header.pending is None else settle(paths, header, candidates)
    if settled is None:
        raise DatabaseCorrupted(UNREADABLE)
    return settled


# -- the change itself -------------------------------------------------------------------
def rekey_open_vault(
    vault: Vault, new: str | bytearray, store: SecretStore | None, recovery_public_key: bytes | None
) -> None:
    """Steps 1-3 of the module docstring, then the vault goes on with the new key."""
    header, key = vault.header.settled(), new_key_secret()
    try:
        target = _target_header(header, key, new, store, recovery_public_key)
    except BaseException:
        key.wipe()
        raise
    pending = replace(header, pending=target)
    write_header(vault.paths.header, pending)
    old_key = vault.database_key()
    assert vault.engine is not None
    vault.engine.dispose()  # our own pooled connections; another one would block the switch
    failure = _attempt(vault.paths.database, old_key, key, header.cipher)
    settled = settle(vault.paths, pending, [(target, key), (header, old_key)])
    if settled is None:  # neither key reads the file: leave the pending header for later
        raise DatabaseCorrupted(UNREADABLE) from failure
    vault.adopt_key(*settled)
    if settled[0] is not target:
        raise failure or DatabaseCorrupted(UNREADABLE)


def _attempt(
    path: Path, old_key: SecretBytes, key: SecretBytes, cipher: dict[str, str]
) -> Exception | None:
    """Rekey; an error is returned, not raised: which key the file has afterwards decides
    what happens next, not where it failed."""
    try:
        rekey_database(path, old_key, key, cipher)
    except Exception as exc:
        log.warning("Rekey failed: %s", type(exc).__name__)
        return exc
    return None


def _target_header(
    header: VaultHeader,
    key: SecretBytes,
    passphrase: str | bytearray,
    store: SecretStore | None,
    recovery_public_key: bytes | None,
) -> VaultHeader:
    """The header after the change: `key` under the new passphrase and the office key."""
    base = header
    if header.recovery is not None:
        public = header.recovery_public_key or recovery_public_key
        if public is None or recovery_key_id(public) != header.recovery_key_id:
            raise RekeyRefused(NO_RECOVERY_KEY)
        recovery = wrap_for_recovery(public, key, header.vault_id.encode())
        base = replace(header, recovery=recovery, recovery_public_key=public)
    secret = load_secret(store, header.vault_id) if header.uses_device_secret else None
    return wrapped_header(base, key, passphrase, secret)


def rekey_database(
    path: Path, old_key: SecretBytes, key: SecretBytes, cipher: dict[str, str]
) -> None:
    """Re-encrypt every page under `key` in one rollback-journal transaction."""
    conn = raw_connect(path, old_key, cipher)
    try:
        _leave_wal(conn)
        rekey_connection(conn, path, key)  # PRAGMA rekey, without the key's hex as a str
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the new key reads
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def _leave_wal(conn: sqlcipher3.Connection) -> None:
    """Copy the WAL into the file and switch to a rollback journal; refuses (changing nothing)
    when another connection holds the database open."""
    conn.execute(f"PRAGMA busy_timeout = {IN_USE_WAIT_MS}")
    try:
        busy, _frames, _copied = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlcipher3.OperationalError as exc:  # "database is locked"
        raise RekeyRefused(IN_USE) from exc
    if busy or str(mode).lower() != "delete":
        raise RekeyRefused(IN_USE)
