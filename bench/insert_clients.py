"""insert_clients: the same client inserts into the vault and into its plaintext twin.

Both databases are open at once and the batches are interleaved A-B-B-A (encrypted, plaintext,
plaintext, encrypted, ...), so a noisy neighbour or a CPU frequency change hits both sides
alike. Each repeat uses fresh databases; the reported figures are medians over repeats.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter
from types import ModuleType
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event, func, select

from app.models import Client, OutboxEntry
from app.store import lifecycle
from app.store.vault import Vault
from bench.harness import (
    PASSPHRASE,
    WORKER_NAME,
    MemorySecretStore,
    Metric,
    Params,
    benchmark,
    database_bytes,
    mb,
    median,
    progress,
    ratio,
    scratch_dir,
    secs,
)
from bench.workload import (
    PlaintextVault,
    client_rows,
    insert_batch,
    is_plaintext_file,
    storage_profile,
)


class _CursorTimer:
    """Accumulates the time spent inside DB-API execute/executemany calls of one engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.seconds = 0.0
        self._start = 0.0
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, *_args: Any) -> None:
        self._start = perf_counter()

    def _after(self, *_args: Any) -> None:
        self.seconds += perf_counter() - self._start

    def remove(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)


@dataclass(frozen=True)
class InsertRun:
    total_s: float
    db_s: float  # inside DB-API execute calls and commits (SQLite, the cipher, fsync)
    size_bytes: int
    counts: tuple[int, int]  # (clients, outbox rows): both sides must do identical work
    profile: dict[str, Any]  # pragmas and schema: must be identical on both sides


class Side:
    """One database of a paired run: a new vault, or a new plaintext twin."""

    def __init__(self, encrypted: bool, root: Path, module: ModuleType) -> None:
        self.encrypted = encrypted
        self.vault: Vault = (
            lifecycle.create_vault(root, PASSPHRASE, WORKER_NAME, store=MemorySecretStore())
            if encrypted
            else PlaintextVault.create(root, WORKER_NAME, module)
        )
        assert self.vault.engine is not None
        self.profile = storage_profile(self.vault.engine)
        self.timer = _CursorTimer(self.vault.engine)
        self.total_s = 0.0
        self.commit_s = 0.0

    def insert(self, rows: list[dict[str, Any]]) -> None:
        start = perf_counter()
        self.commit_s += insert_batch(self.vault, rows)
        self.total_s += perf_counter() - start

    def finish(self) -> InsertRun:
        self.timer.remove()
        with self.vault.session() as session:
            clients = session.scalar(select(func.count()).select_from(Client)) or 0
            entries = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        self.vault.lock()  # the last connection closes: SQLite checkpoints, removes the WAL
        database = self.vault.paths.database
        if is_plaintext_file(database) == self.encrypted:
            kind = "encrypted" if self.encrypted else "plaintext"
            raise RuntimeError(f"{database} should be {kind} and is not")
        db_s = self.timer.seconds + self.commit_s
        return InsertRun(
            self.total_s, db_s, database_bytes(database), (clients, entries), self.profile
        )


def paired_run(
    rows: list[dict[str, Any]], batch: int, module: ModuleType, encrypted_first: bool
) -> tuple[InsertRun, InsertRun]:
    """Insert `rows` into a fresh vault and a fresh plaintext twin, batch by batch (ABBA)."""
    with scratch_dir("insert") as scratch:
        sides = {
            flag: Side(flag, scratch / ("enc" if flag else "plain"), module)
            for flag in (True, False)
        }
        gc.collect()  # then the collector runs as it would in the app, on both sides alike
        try:
            for index, first in enumerate(range(0, len(rows), batch)):
                leader = encrypted_first if index % 2 == 0 else not encrypted_first
                for flag in (leader, not leader):
                    sides[flag].insert(rows[first : first + batch])
            return sides[True].finish(), sides[False].finish()
        finally:
            for side in sides.values():
                side.vault.lock()


def _check_identical(runs: list[InsertRun]) -> None:
    if any(run.counts != runs[0].counts for run in runs):
        raise RuntimeError(f"the sides did different work: {[run.counts for run in runs]}")
    if any(run.profile != runs[0].profile for run in runs):
        raise RuntimeError("encrypted and plaintext databases differ in schema or pragmas")


def insert_clients_vs(name: str, params: Params, module: ModuleType) -> Iterator[Metric]:
    rows, batch, repeats = client_rows(params["clients"]), params["batch"], params["repeats"]
    if params["warmup"]:
        progress(f"{name}: warm-up, {params['warmup']} clients per side")
        paired_run(rows[: params["warmup"]], batch, module, encrypted_first=True)
    encrypted: list[InsertRun] = []
    plaintext: list[InsertRun] = []
    for repeat in range(repeats):
        enc, plain = paired_run(rows, batch, module, encrypted_first=repeat % 2 == 0)
        encrypted.append(enc)
        plaintext.append(plain)
        progress(
            f"{name}: {repeat + 1}/{repeats} encrypted {secs(enc.total_s)} s, "
            f"plaintext {secs(plain.total_s)} s"
        )
    _check_identical(encrypted + plaintext)
    enc_s, plain_s = median(r.total_s for r in encrypted), median(r.total_s for r in plaintext)
    enc_db, plain_db = median(r.db_s for r in encrypted), median(r.db_s for r in plaintext)
    yield {
        "name": name,
        "clients": len(rows),
        "batch": batch,
        "repeats": repeats,
        "encrypted_s": secs(enc_s),
        "plaintext_s": secs(plain_s),
        "time_ratio": ratio(enc_s, plain_s),
        "encrypted_db_s": secs(enc_db),
        "plaintext_db_s": secs(plain_db),
        "db_time_ratio": ratio(enc_db, plain_db),
        "encrypted_mb": mb(encrypted[-1].size_bytes),
        "plaintext_mb": mb(plaintext[-1].size_bytes),
    }


INSERT_PARAMS = {"clients": 10_000, "batch": 500, "repeats": 3, "warmup": 500}
INSERT_SMOKE = {"clients": 200, "batch": 100, "repeats": 1, "warmup": 0}


@benchmark(
    "insert_clients",
    "10,000 clients (each with its outbox row), 500 per transaction, vault vs the same "
    "SQLite build without a key (sqlcipher3 unkeyed)",
    target="time_ratio <= 1.3",
    params=INSERT_PARAMS,
    smoke=INSERT_SMOKE,
    rank=20,
)
def insert_clients(params: Params) -> Iterator[Metric]:
    yield from insert_clients_vs("insert_clients", params, sqlcipher3.dbapi2)


@benchmark(
    "insert_clients_stdlib",
    "as insert_clients, but the plaintext side is Python's own sqlite3 module "
    "(a different SQLite build and compile options)",
    target="informational",
    params=INSERT_PARAMS,
    smoke=INSERT_SMOKE,
    quick=False,
    rank=30,
)
def insert_clients_stdlib(params: Params) -> Iterator[Metric]:
    yield from insert_clients_vs("insert_clients_stdlib", params, sqlite3)
