"""rekey: `caseload passwd`, which re-encrypts the whole vault under a new random key.

Measured on one worker's caseload (50 clients, 1,000 notes, generated in the run) and on a
large office's data set (50,000 clients, 1,000,000 notes: bench/caseload.py's cached data
set, copied). Next to it, in the same run and on the same data, two baselines:
- `copy_s`: a plain copy of the encrypted file, fsynced (what the disk alone costs);
- `plaintext_rewrite_s`: `VACUUM INTO` of the plaintext twin, fsynced (rewriting every page
  of the same rows without any encryption).
`rekey_s` is the database rewrite itself (app.store.rekey.rekey_database); `passwd_s` the
whole change as the CLI runs it: unlock (Argon2id), pending header, rekey, final header, audit
event, lock. The difference is mostly the two deliberate Argon2id runs.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from time import perf_counter

import sqlcipher3

from app.store import lifecycle
from app.store import rekey as rekey_module
from app.store.secrets import SecretBytes
from app.store.vault import Vault
from bench.datacache import DataSet, build, cache_root, cached
from bench.dataset import Sizes
from bench.harness import PASSPHRASE, Metric, Params, benchmark, mb, progress, ratio, scratch_dir

NEW_PASSPHRASE = "benchmark meadow copper slowly"
PARAMS = {"small": 50, "large": 50_000, "notes_per_client": 20, "cache": 1}
SMOKE = {"small": 5, "large": 20, "notes_per_client": 2, "cache": 0}


class _RekeyTimer:
    """Times app.store.rekey.rekey_database while the whole change runs."""

    def __init__(self) -> None:
        self.seconds = 0.0

    @contextlib.contextmanager
    def installed(self) -> Iterator[_RekeyTimer]:
        original = rekey_module.rekey_database

        def timed(
            path: Path, old_key: SecretBytes, key: SecretBytes, cipher: dict[str, str]
        ) -> None:
            start = perf_counter()
            try:
                original(path, old_key, key, cipher)
            finally:
                self.seconds += perf_counter() - start

        rekey_module.rekey_database = timed
        try:
            yield self
        finally:
            rekey_module.rekey_database = original


@benchmark(
    "rekey",
    "caseload passwd (re-encryption under a new key) at 50 and 50,000 clients, against a "
    "plain copy and a plaintext rewrite of the same data",
    target="50 clients: passwd <= 2 s; 50,000 clients (2.9 GB): passwd <= 5 min",
    params=PARAMS,
    smoke=SMOKE,
    quick=False,
    rank=45,
)
def rekey(params: Params) -> Iterator[Metric]:
    with scratch_dir("rekey") as scratch:
        for clients in (params["small"], params["large"]):
            sizes = Sizes(clients, clients * params["notes_per_client"])
            use_cache = bool(params["cache"]) and clients == params["large"]
            data = _data(scratch / f"clients-{clients}", sizes, use_cache)
            yield measure(data, clients, scratch)
            shutil.rmtree(data.root)


def _data(target: Path, sizes: Sizes, use_cache: bool) -> DataSet:
    if not use_cache:
        return build(target, sizes)
    start = perf_counter()
    data = cached(sizes, cache_root()).copy_to(target)  # the cache itself is never changed
    progress(f"rekey: working copy made in {perf_counter() - start:.1f} s")
    return data


def measure(data: DataSet, clients: int, scratch: Path) -> Metric:
    database = data.encrypted / "vault.db"
    copy_s = _timed_copy(database, scratch / "copy.db")
    plain_s = _timed_plaintext_rewrite(data.plaintext / "vault.db", scratch / "rewrite.db")
    progress(f"rekey: {clients} clients, baselines {copy_s:.2f} s copy, {plain_s:.2f} s rewrite")
    store = data.store()
    with _RekeyTimer().installed() as timer:
        start = perf_counter()
        lifecycle.change_passphrase(data.encrypted, PASSPHRASE, NEW_PASSPHRASE, store)
        passwd_s = perf_counter() - start
    Vault.open(data.encrypted, NEW_PASSPHRASE, store).lock()  # it really opens, new key
    progress(f"rekey: {clients} clients, passwd {passwd_s:.2f} s (rekey {timer.seconds:.2f} s)")
    return {
        "name": f"rekey.clients_{clients}",
        "clients": clients,
        "database_mb": mb(database.stat().st_size),
        "passwd_s": round(passwd_s, 3),
        "rekey_s": round(timer.seconds, 3),
        "kdf_and_rest_s": round(passwd_s - timer.seconds, 3),
        "copy_s": round(copy_s, 3),
        "plaintext_rewrite_s": round(plain_s, 3),
        "rekey_vs_rewrite_ratio": ratio(timer.seconds, plain_s),
        "rekey_vs_copy_ratio": ratio(timer.seconds, copy_s),
    }


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _timed_copy(source: Path, target: Path) -> float:
    start = perf_counter()
    shutil.copyfile(source, target)
    _fsync(target)
    elapsed = perf_counter() - start
    target.unlink()
    return elapsed


def _timed_plaintext_rewrite(source: Path, target: Path) -> float:
    """VACUUM INTO with the vault's own SQLite build and no key: every page rewritten."""
    conn = sqlcipher3.connect(str(source))
    try:
        start = perf_counter()
        conn.execute("VACUUM INTO ?", (str(target),))
        _fsync(target)  # VACUUM INTO does not sync its output; the rekey does
        elapsed = perf_counter() - start
    finally:
        conn.close()
    target.unlink()
    return elapsed
