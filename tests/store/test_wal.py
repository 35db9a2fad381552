"""WAL checkpoints stay off the save path: the vault checkpoints at quiet moments and at lock,
the WAL stays bounded when nobody does, and durability settings are untouched."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.models import Client
from app.store.engine import PAGE_SIZE, QUIET_CHECKPOINT_PAGES, WAL_CAP_PAGES, raw_connect
from app.store.vault import Vault
from tests.conftest import PASSPHRASE

FRAME = PAGE_SIZE + 24  # a WAL frame: one page and its header
CAP_BYTES = WAL_CAP_PAGES * PAGE_SIZE
TEN_ROWS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT i FROM n"
)


def wal_size(profile: Path) -> int:
    wal = profile / "vault.db-wal"
    return wal.stat().st_size if wal.exists() else 0


def save_clients(vault: Vault, count: int, name: str = "Client", size: int = 7) -> None:
    """One unit of work, as a save is (`size`: the length of each client's last name)."""
    with vault.session() as session:
        session.add_all(
            Client(legal_first_name=f"{name}{n}", legal_last_name="x" * size) for n in range(count)
        )


def test_pragmas_cap_the_wal_and_keep_full_sync(vault) -> None:
    with vault.session() as session:
        pragma = session.connection().exec_driver_sql
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL: durability is unchanged
        assert pragma("PRAGMA wal_autocheckpoint").scalar() == WAL_CAP_PAGES
        assert pragma("PRAGMA journal_size_limit").scalar() == CAP_BYTES


def test_a_quiet_checkpoint_waits_for_enough_pages_then_copies_them_all(vault) -> None:
    vault.checkpoint(min_pages=0)
    save_clients(vault, 1)
    small = vault.checkpoint()  # a save or two: not worth starting the WAL over for
    assert small is not None and 0 < small.waiting < QUIET_CHECKPOINT_PAGES
    assert vault.checkpoint(min_pages=small.waiting + 1).copied == small.copied  # NOOP
    for _ in range(15):  # about 90 pages each
        save_clients(vault, 10, size=4000)
    done = vault.checkpoint()
    assert not done.busy and done.waiting == 0 and done.frames >= QUIET_CHECKPOINT_PAGES
    save_clients(vault, 1)  # the WAL starts over: the copied pages are not kept around
    assert vault.checkpoint().frames < small.frames * 2


def test_lock_empties_the_wal_even_while_another_process_has_it_open(vault, profile) -> None:
    save_clients(vault, 50)
    with vault.database_key() as key:
        other = raw_connect(profile / "vault.db", key)
    try:
        assert other.execute("SELECT count(*) FROM client").fetchone()[0] == 50
        save_clients(vault, 50, "Later")
        assert wal_size(profile) > 0
        vault.lock()
        # The other connection keeps the WAL file in place; our checkpoint emptied it.
        assert (profile / "vault.db-wal").exists() and wal_size(profile) == 0
    finally:
        other.close()
    reopened = Vault.open(profile, PASSPHRASE)
    with reopened.session() as session:
        assert session.scalar(select(func.count()).select_from(Client)) == 100
    reopened.lock()
    assert wal_size(profile) == 0


def test_a_long_run_of_saves_keeps_the_wal_bounded(vault, profile) -> None:
    largest = 0
    for _ in range(60):  # about 180 pages each: 2.6 times the cap in all, and no quiet moment
        save_clients(vault, 10, size=8000)
        largest = max(largest, wal_size(profile))
    one_save = 300 * FRAME  # generous
    assert CAP_BYTES < largest <= CAP_BYTES + one_save + 32


def test_the_wal_shrinks_back_after_one_large_unit_of_work(vault, profile) -> None:
    with vault.session() as session:  # like an import: one unit far larger than the cap
        run = session.connection().exec_driver_sql
        run("CREATE TABLE filler (b BLOB)")
        run(f"INSERT INTO filler SELECT randomblob({4 * 2**20}) FROM ({TEN_ROWS})")
    assert wal_size(profile) > 2 * CAP_BYTES
    save_clients(vault, 1)  # the next writer reuses the WAL and truncates it to the limit
    assert wal_size(profile) <= CAP_BYTES
