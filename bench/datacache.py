"""Generating the caseload data set once and keeping it outside the repository.

A data set is a directory holding an encrypted vault (`encrypted/`), its plaintext twin
(`plaintext/`), `secret.json` (the benchmark passphrase and the in-memory device secret, so
the vault can be reopened by later runs; synthetic data only) and `manifest.json` (sizes,
row counts, generation times). The cache lives in ~/.cache/caseload-bench (or
$CASELOAD_BENCH_CACHE), one directory per schema head revision, generator version, seed and
sizes. A directory is published by an atomic rename once complete; benchmarks work on a copy,
so the cached data set is never changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from time import perf_counter
from typing import Any

import sqlcipher3

from app.store import lifecycle
from app.store.migrate import head_revision
from app.store.vault import Vault
from bench.bulkload import LoadTarget, load
from bench.dataset import GENERATOR_VERSION, SEED, Chunk, People, Sizes, notes, people
from bench.harness import PASSPHRASE, WORKER_NAME, MemorySecretStore, database_bytes, progress
from bench.workload import PlaintextVault, is_plaintext_file, storage_profile

CACHE_ENV = "CASELOAD_BENCH_CACHE"
CLIENT_CHUNK, NOTE_CHUNK, COMMIT_EVERY = 2_000, 20_000, 50_000


def cache_root() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "caseload-bench")


def dataset_key(sizes: Sizes, seed: int = SEED) -> str:
    ident = f"{head_revision()}|{GENERATOR_VERSION}|{seed}|{sizes.clients}|{sizes.notes}"
    digest = hashlib.sha256(ident.encode()).hexdigest()[:12]
    return f"c{sizes.clients}-n{sizes.notes}-r{head_revision()}-g{GENERATOR_VERSION}-{digest}"


@dataclass(frozen=True)
class DataSet:
    root: Path

    @property
    def encrypted(self) -> Path:
        return self.root / "encrypted"

    @property
    def plaintext(self) -> Path:
        return self.root / "plaintext"

    @property
    def manifest(self) -> dict[str, Any]:
        return json.loads((self.root / "manifest.json").read_text())

    def store(self) -> MemorySecretStore:
        return MemorySecretStore.from_json((self.root / "secret.json").read_text())

    def open_encrypted(self) -> Vault:
        return Vault.open(self.encrypted, PASSPHRASE, self.store())

    def open_plaintext(self) -> PlaintextVault:
        return PlaintextVault(self.plaintext, sqlcipher3.dbapi2)

    def copy_to(self, target: Path) -> DataSet:
        """A working copy (the benchmark writes notes and unlock events)."""
        shutil.copytree(self.root, target)
        return DataSet(target)


def cached(sizes: Sizes, base: Path) -> DataSet:
    """The data set for `sizes` from the cache under `base`, generated first if missing."""
    final = base / dataset_key(sizes)
    if (final / "manifest.json").exists():
        progress(f"caseload: reusing the cached data set {final}")
        return DataSet(final)
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = base / f"{final.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    try:
        build(partial, sizes)
        try:
            partial.rename(final)
        except OSError:  # another run published the same data set first
            if not (final / "manifest.json").exists():
                raise
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return DataSet(final)


def _logged(chunks: Iterable[Chunk], notes_total: int, started: float) -> Iterator[Chunk]:
    done = 0
    for table, rows in chunks:
        yield table, rows
        if table == "case_note":
            done += len(rows)
            if done % 100_000 < len(rows) or done == notes_total:
                elapsed = perf_counter() - started
                progress(f"caseload: {done:,}/{notes_total:,} notes loaded, {elapsed:.0f} s")


def build(root: Path, sizes: Sizes, seed: int = SEED) -> DataSet:
    """Generate the data set into `root` (a new directory): both databases, same rows."""
    started = perf_counter()
    root.mkdir(mode=0o700, parents=True)
    store = MemorySecretStore()
    progress(f"caseload: generating {sizes.clients:,} clients and {sizes.notes:,} notes in {root}")
    encrypted = lifecycle.create_vault(root / "encrypted", PASSPHRASE, WORKER_NAME, store=store)
    plaintext = PlaintextVault.create(root / "plaintext", WORKER_NAME, sqlcipher3.dbapi2)
    (root / "secret.json").write_text(store.to_json())
    (root / "secret.json").chmod(0o600)
    targets = [LoadTarget(encrypted), LoadTarget(plaintext)]
    try:
        who = People()
        python_s = load(people(sizes, seed, CLIENT_CHUNK, who), targets, COMMIT_EVERY)
        progress(f"caseload: {sizes.clients:,} clients loaded, {perf_counter() - started:.0f} s")
        note_chunks = _logged(notes(sizes, who, seed, NOTE_CHUNK), sizes.notes, started)
        python_s += load(note_chunks, targets, COMMIT_EVERY)
        counts = [target.finish() for target in targets]
        if counts[0] != counts[1]:
            raise RuntimeError(f"the two databases differ: {counts}")
        manifest = _manifest(sizes, seed, counts[0], targets, python_s)
    finally:
        encrypted.lock()
        plaintext.lock()
    _check_files(root)
    manifest["encrypted_bytes"] = database_bytes(root / "encrypted" / "vault.db")
    manifest["plaintext_bytes"] = database_bytes(root / "plaintext" / "vault.db")
    manifest["generate_s"] = round(perf_counter() - started, 1)
    (root / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    progress(f"caseload: data set ready in {manifest['generate_s']} s")
    return DataSet(root)


def _manifest(
    sizes: Sizes, seed: int, counts: dict[str, int], targets: list[LoadTarget], python_s: float
) -> dict[str, Any]:
    encrypted, plaintext = (target.vault for target in targets)
    assert encrypted.engine is not None and plaintext.engine is not None
    if storage_profile(encrypted.engine) != storage_profile(plaintext.engine):
        raise RuntimeError("encrypted and plaintext databases differ in schema or pragmas")
    with encrypted.engine.connect() as connection:
        fts_bytes = connection.exec_driver_sql(
            "SELECT sum(length(block)) FROM note_fts_data"
        ).scalar()
        chars = connection.exec_driver_sql(
            "SELECT avg(length(body)) FROM note_fts"  # the indexed text of a note
        ).scalar()
    return {
        "synthetic": "invented people and texts; the secret below protects nothing real",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_revision": head_revision(),
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "clients": sizes.clients,
        "notes": sizes.notes,
        "counts": counts,
        "note_fts_bytes": fts_bytes or 0,
        "note_chars_avg": round(chars or 0.0, 1),
        "python_s": round(python_s, 1),
        "encrypted_load_s": round(targets[0].seconds, 1),
        "plaintext_load_s": round(targets[1].seconds, 1),
    }


def _check_files(root: Path) -> None:
    if is_plaintext_file(root / "encrypted" / "vault.db"):
        raise RuntimeError("the encrypted data set is not encrypted")
    if not is_plaintext_file(root / "plaintext" / "vault.db"):
        raise RuntimeError("the plaintext data set is not a plaintext SQLite file")
