"""The SQLCipher engine: every connection keyed with the raw key, pinned and proven.

SQLAlchemy's `sqlite+pysqlcipher` dialect only passes a passphrase from the URL (and then
runs PBKDF2 on every connect). We need a raw key, pinned cipher settings and a proof read on
every connection, so we use the pysqlite dialect with sqlcipher3 as its DB-API module and a
`creator` that returns a connection already keyed and verified (see docs/decisions.md).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool

from app.store.errors import CipherMismatch, DatabaseCorrupted, WrongPassphrase
from app.store.header import CIPHER_SETTINGS

PAGE_SIZE = int(CIPHER_SETTINGS["cipher_page_size"])
PLAINTEXT_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# WAL checkpoints (copying the WAL's pages back into the database file) stay off the save
# path. A commit that takes the WAL past WAL_CAP_PAGES checkpoints inside that commit (50-130
# ms, against 5 ms for a save); the vault checkpoints before that, at quiet moments, once
# QUIET_CHECKPOINT_PAGES are waiting (Vault.checkpoint; the UI calls it when the worker
# pauses), and empties the WAL at lock. Not at every quiet moment: each checkpoint makes the
# WAL start over, and the first commit after that syncs the WAL's header, a second fsync.
# The cap bounds the WAL when nobody calls (the CLI, a long sync, no pause).
QUIET_CHECKPOINT_PAGES = 1024  # 4 MiB: about 20 notes saved and signed
WAL_CAP_PAGES = 4 * QUIET_CHECKPOINT_PAGES  # 16 MiB
RUNTIME_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",  # NORMAL can lose the last commits on power loss
    f"PRAGMA wal_autocheckpoint = {WAL_CAP_PAGES}",
    # After one large unit of work (an import) the file shrinks back to this when reused.
    f"PRAGMA journal_size_limit = {WAL_CAP_PAGES * PAGE_SIZE}",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
)


@dataclass(frozen=True)
class Checkpoint:
    """What `PRAGMA wal_checkpoint` reports."""

    busy: bool  # a reader (another process) kept it from finishing; nothing is lost by that
    frames: int  # pages in the WAL
    copied: int  # of which are now in the database file too

    @property
    def waiting(self) -> int:
        """Pages only in the WAL."""
        return self.frames - self.copied


def checkpoint(engine: Engine, mode: str = "PASSIVE", wait_ms: int | None = None) -> Checkpoint:
    """Copy the WAL back into the database file. NOOP only reports (SQLite 3.51+; older ones
    would take it for PASSIVE); PASSIVE never waits; TRUNCATE waits up to `wait_ms` for
    another process's readers, then empties the file."""
    with engine.connect() as connection:
        run = connection.exec_driver_sql
        if wait_ms is not None:
            run(f"PRAGMA busy_timeout = {wait_ms}")
        try:
            busy, frames, copied = run(f"PRAGMA wal_checkpoint({mode})").one()
        finally:
            if wait_ms is not None:
                run(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return Checkpoint(bool(busy), frames, copied)


def check_file_shape(path: Path) -> None:
    """Cheap checks before SQLCipher touches the file: present, whole pages, not plaintext."""
    if not path.exists():
        raise DatabaseCorrupted("The vault database file is missing.")
    size = path.stat().st_size
    if size == 0 or size % PAGE_SIZE:
        raise DatabaseCorrupted(
            "The vault database file is damaged (it is truncated or padded). "
            "Restore it from a backup; nothing was changed."
        )
    with path.open("rb") as handle:
        if handle.read(len(PLAINTEXT_MAGIC)) == PLAINTEXT_MAGIC:
            raise DatabaseCorrupted("The vault database is not encrypted; refusing to use it.")


def _apply_key(conn: sqlcipher3.Connection, key: bytes) -> None:
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    for name, value in CIPHER_SETTINGS.items():
        conn.execute(f"PRAGMA {name} = {value}")


def _verify(conn: sqlcipher3.Connection, pinned: dict[str, str]) -> None:
    for name, expected in pinned.items():
        actual = str(conn.execute(f"PRAGMA {name}").fetchone()[0])
        if actual != expected:
            raise CipherMismatch(f"Cipher setting {name} is {actual}, expected {expected}.")
    try:
        # A wrong key still "succeeds" at PRAGMA key; only a read proves it.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        raise WrongPassphrase(
            "The vault could not be decrypted: the key is wrong or the database is damaged."
        ) from exc


def raw_connect(
    path: Path, key: bytes, pinned: dict[str, str] | None = None
) -> sqlcipher3.Connection:
    """One keyed, verified DB-API connection with the vault's runtime pragmas."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        _apply_key(conn, key)
        _verify(conn, pinned or CIPHER_SETTINGS)
        for pragma in RUNTIME_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def create_database(path: Path, key: bytes) -> None:
    """Create the encrypted database file; refuses to touch an existing one."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    conn = raw_connect(path, key)
    conn.execute("CREATE TABLE _vault_bootstrap (x INTEGER)")
    conn.execute("DROP TABLE _vault_bootstrap")
    conn.commit()
    conn.close()
    with path.open("rb") as handle:
        if handle.read(len(PLAINTEXT_MAGIC)) == PLAINTEXT_MAGIC:
            raise DatabaseCorrupted("SQLCipher wrote a plaintext database; refusing to continue.")


def make_engine(path: Path, key: bytes, pinned: dict[str, str]) -> Engine:
    connect: Callable[[], sqlcipher3.Connection] = lambda: raw_connect(path, key, pinned)  # noqa: E731
    return create_engine(
        "sqlite://",
        module=sqlcipher3.dbapi2,
        creator=connect,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        hide_parameters=True,  # bound parameters are client data: never in errors or logs
    )
