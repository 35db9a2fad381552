"""The SQLCipher engine: every connection keyed with the raw key, pinned and proven.

SQLAlchemy's `sqlite+pysqlcipher` dialect only passes a passphrase from the URL (and then
runs PBKDF2 on every connect). We need a raw key, pinned cipher settings and a proof read on
every connection, so we use the pysqlite dialect with sqlcipher3 as its DB-API module and a
`creator` that returns a connection already keyed and verified (see docs/decisions.md).

The key is handed to SQLCipher with its C function sqlite3_key, from a `SecretBytes`, at each
connect. `PRAGMA key = "x'...'"` would need the key's hex as a Python str, which cannot be
erased and which the statement cache and SQLite's prepared statement would keep copies of.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlalchemy import Engine, create_engine
from sqlalchemy.pool import QueuePool

from app.store.errors import CipherMismatch, DatabaseCorrupted, VaultLocked, WrongPassphrase
from app.store.header import CIPHER_SETTINGS
from app.store.secrets import SecretBytes, raw_key_spec

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
            row = run(f"PRAGMA wal_checkpoint({mode})").one()
            busy, frames, copied = cast("tuple[int, int, int]", tuple(row))
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


def _load_sqlcipher() -> ctypes.CDLL:
    """The sqlcipher3 extension links SQLCipher statically and exports its C API."""
    library = ctypes.CDLL(sqlcipher3._sqlite3.__file__)
    for name in ("sqlite3_key", "sqlite3_rekey"):
        function = getattr(library, name)
        function.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
        function.restype = ctypes.c_int
    library.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    library.sqlite3_db_filename.restype = ctypes.c_char_p
    return library


_SQLCIPHER = _load_sqlcipher()


def _db_handle(conn: sqlcipher3.Connection, path: Path) -> int:
    """The `sqlite3 *` inside a DB-API connection: pysqlite's connection object starts with
    PyObject_HEAD, then this pointer. Proven by asking SQLite for the file it has open, so
    a future layout change refuses instead of keying a stranger."""
    handle = ctypes.c_void_p.from_address(id(conn) + object.__basicsize__).value
    opened = _SQLCIPHER.sqlite3_db_filename(handle, b"main") if handle else None
    if handle is None or not opened or Path(os.fsdecode(opened)).resolve() != path.resolve():
        raise CipherMismatch("Cannot reach SQLCipher's key function; refusing to continue.")
    return handle


def _call_with_spec(
    function_name: str, conn: sqlcipher3.Connection, path: Path, key: SecretBytes
) -> None:
    if key.wiped:
        raise VaultLocked("The vault is locked.")
    with raw_key_spec(key) as spec:
        status = getattr(_SQLCIPHER, function_name)(_db_handle(conn, path), spec.address, len(spec))
    if status != 0:
        raise WrongPassphrase(f"SQLCipher refused the key (code {status}).")


def _apply_key(conn: sqlcipher3.Connection, path: Path, key: SecretBytes) -> None:
    _call_with_spec("sqlite3_key", conn, path, key)
    for name, value in CIPHER_SETTINGS.items():
        conn.execute(f"PRAGMA {name} = {value}")


def rekey_connection(conn: sqlcipher3.Connection, path: Path, new_key: SecretBytes) -> None:
    """Re-encrypt the open database under `new_key` (sqlite3_rekey, as `PRAGMA rekey` but
    without the key's hex in a Python string). The caller keeps and wipes `new_key`."""
    _call_with_spec("sqlite3_rekey", conn, path, new_key)


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
    path: Path, key: SecretBytes | bytes, pinned: dict[str, str] | None = None
) -> sqlcipher3.Connection:
    """One keyed, verified DB-API connection with the vault's runtime pragmas. A bytes key
    (tests, tools) is copied into a SecretBytes for the call; the app passes SecretBytes."""
    if not isinstance(key, SecretBytes):
        with SecretBytes.copy_of(key) as secret:
            return raw_connect(path, secret, pinned)
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    try:
        _apply_key(conn, path, key)
        _verify(conn, pinned or CIPHER_SETTINGS)
        for pragma in RUNTIME_PRAGMAS:
            conn.execute(pragma)
    except BaseException:
        conn.close()
        raise
    return conn


def create_database(path: Path, key: SecretBytes | bytes) -> None:
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


def make_engine(path: Path, key: SecretBytes, pinned: dict[str, str]) -> Engine:
    """Every new connection is keyed from `key`, which the caller owns: once it is wiped
    (at lock) a connection attempt raises VaultLocked, and no other copy of the key exists."""
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
