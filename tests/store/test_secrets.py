"""Erasable key buffers, and the key handed to SQLCipher from one (app/store/secrets.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlcipher3

from app.hardening import NO_TCACHE, REEXEC_MARK, scrubbing_allocator_env
from app.store.crypto import (
    KdfParams,
    derive_kek,
    kek_secret,
    stretch_passphrase,
    unwrap_secret,
    wrap,
)
from app.store.device_secret import system_secret_store
from app.store.engine import make_engine, raw_connect
from app.store.errors import VaultLocked, WrongPassphrase
from app.store.header import CIPHER_SETTINGS
from app.store.secrets import SecretBytes, raw_key_spec, scrub
from app.store.vault import Vault, unwrap_key
from tests.cli.helpers import ROOT
from tests.conftest import PASSPHRASE

KEY = bytes(range(32))


def _locked_kib() -> int:
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmLck")).split()[1])


def test_wipe_overwrites_the_secret_in_place() -> None:
    secret = SecretBytes.copy_of(KEY)
    view = secret.view()  # held on purpose: the page stays mapped, so it can be read back
    secret.wipe()
    assert bytes(view) == bytes(32)
    assert secret.wiped
    with pytest.raises(ValueError):
        secret.view()


@pytest.mark.skipif(sys.platform != "linux", reason="mlock through glibc")
def test_a_secret_is_locked_in_memory_until_wiped() -> None:
    before = _locked_kib()
    with SecretBytes.copy_of(KEY) as secret:
        assert secret.locked_in_memory
        assert _locked_kib() > before
    assert _locked_kib() == before


def test_a_bytearray_passphrase_is_wiped_once_copied() -> None:
    typed = bytearray("pässphrase".encode())
    with SecretBytes.from_passphrase(typed) as secret:
        assert bytes(secret.view()).decode() == "pässphrase"
    assert typed == bytearray(len(typed))


def test_scrub_erases_a_fresh_bytes_object() -> None:
    data = os.urandom(32)
    scrub(data)
    assert data == bytes(32)


def test_raw_key_spec_is_sqlciphers_raw_key_form() -> None:
    with SecretBytes.copy_of(KEY) as key, raw_key_spec(key) as spec:
        assert bytes(spec.view()) == f"x'{KEY.hex()}'".encode()


def test_erasable_derivation_matches_the_one_existing_vaults_use() -> None:
    params = KdfParams.fresh()
    expected = derive_kek(stretch_passphrase(PASSPHRASE, params), b"device", params.salt)
    with (
        SecretBytes.from_passphrase(PASSPHRASE) as typed,
        kek_secret(typed, params, b"device") as kek,
    ):
        assert bytes(kek.view()) == expected
        nonce, wrapped = wrap(kek, KEY, b"context")
        with unwrap_secret(kek, nonce, wrapped, b"context") as key:
            assert bytes(key.view()) == KEY


def test_a_database_keyed_by_pragma_opens_through_sqlite3_key(tmp_path: Path) -> None:
    """Vaults made before this change were keyed with `PRAGMA key = "x'..'"`."""
    path = tmp_path / "old.db"
    old = sqlcipher3.connect(str(path))
    old.execute(f"PRAGMA key = \"x'{KEY.hex()}'\"")
    for name, value in CIPHER_SETTINGS.items():
        old.execute(f"PRAGMA {name} = {value}")
    old.execute("CREATE TABLE t (x)")
    old.commit()
    old.close()
    with SecretBytes.copy_of(KEY) as key:
        assert raw_connect(path, key).execute("SELECT count(*) FROM t").fetchone() == (0,)
    with pytest.raises(WrongPassphrase):
        raw_connect(path, bytes(32))


def test_an_engine_whose_key_was_wiped_cannot_connect(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    raw_connect(path, KEY).close()
    key = SecretBytes.copy_of(KEY)
    engine = make_engine(path, key, CIPHER_SETTINGS)
    with engine.connect():
        pass
    engine.dispose()
    key.wipe()
    with pytest.raises(VaultLocked):
        engine.connect()


def test_unlocking_wipes_a_bytearray_passphrase_and_lock_wipes_the_key(
    vault: Vault, profile: Path
) -> None:
    vault.lock()
    typed = bytearray(PASSPHRASE.encode())
    reopened = Vault.open(profile, typed)
    assert typed == bytearray(len(typed))
    with reopened.database_key() as key:
        assert raw_connect(profile / "vault.db", key).execute("SELECT 1").fetchone() == (1,)
    reopened.lock()
    assert reopened._key.wiped
    with pytest.raises(VaultLocked):
        reopened.database_key()


def test_unwrap_key_refuses_a_wrong_passphrase(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        unwrap_key(vault.header, bytearray(b"not the passphrase"), system_secret_store())


# -- the scrubbing allocator (app/__main__.py restarts under it) -------------------------
def test_the_restart_environment_is_set_once_and_respects_a_chosen_allocator() -> None:
    env = scrubbing_allocator_env({"PATH": "/usr/bin", "GLIBC_TUNABLES": "a=1"})
    if env is None:
        pytest.skip("not glibc")
    assert env["PYTHONMALLOC"] == "malloc" and env["MALLOC_PERTURB_"]
    assert env["GLIBC_TUNABLES"] == f"a=1:{NO_TCACHE}"
    assert scrubbing_allocator_env(env) is None  # no second restart, ever
    assert scrubbing_allocator_env({"PYTHONMALLOC": "debug"}) is None


def test_the_entry_point_restarts_itself_under_the_scrubbing_allocator() -> None:
    probe = (
        "import os; from app.hardening import restart_with_scrubbing_allocator as r; r(); "
        "print(os.getpid(), os.environ.get('PYTHONMALLOC'), os.environ.get('GLIBC_TUNABLES'))"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONMALLOC", "MALLOC_PERTURB_")}
    env.pop(REEXEC_MARK, None)
    child = subprocess.Popen(
        [sys.executable, "-c", probe], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env
    )
    out, _ = child.communicate(timeout=60)
    if scrubbing_allocator_env(env) is None:
        pytest.skip("not glibc")
    pid, allocator, tunables = out.split()
    assert int(pid) == child.pid  # the same process, restarted in place
    assert allocator == "malloc" and NO_TCACHE in tunables


def _environ_once_restarted(pid: int, deadline: float) -> dict[str, str]:
    """The process's environment once it has restarted itself (or as it is at the deadline)."""
    while True:
        raw = Path(f"/proc/{pid}/environ").read_bytes()
        environ = dict(item.split("=", 1) for item in raw.decode().split("\0") if "=" in item)
        if environ.get(REEXEC_MARK) or time.monotonic() > deadline:
            return environ
        time.sleep(0.05)


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/PID/environ")
def test_the_caseload_command_restarts_itself_under_the_scrubbing_allocator(
    tmp_path: Path,
) -> None:
    """The installed `caseload` console script, not only `python -m app`, takes the restart."""
    script = Path(sys.executable).with_name("caseload")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONMALLOC", "MALLOC_PERTURB_")}
    env.pop(REEXEC_MARK, None)
    if not script.exists() or scrubbing_allocator_env(env) is None:
        pytest.skip("no installed console script, or not glibc")
    command = [str(script), "init", "--profile", str(tmp_path / "p"), "--passphrase-stdin"]
    # It waits on standard input for the passphrase: alive while its environment is read.
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        environ = _environ_once_restarted(child.pid, time.monotonic() + 20)
    finally:
        child.communicate(b"", timeout=60)  # no passphrase: it refuses and exits
    assert environ.get("PYTHONMALLOC") == "malloc" and environ.get("MALLOC_PERTURB_")
    assert NO_TCACHE in environ.get("GLIBC_TUNABLES", "")
