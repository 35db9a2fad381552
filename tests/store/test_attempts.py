"""Wrong passphrases back off, across restarts, and the count cannot be edited or deleted away."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.store import lifecycle
from app.store.attempts import FILE_NAME, AttemptCounter, Tally
from app.store.crypto import generate_recovery_keypair
from app.store.device_secret import system_secret_store
from app.store.errors import UnlockRefused, WrongPassphrase
from app.store.header import read_header
from app.store.vault import Vault
from tests.cli.helpers import ROOT
from tests.conftest import PASSPHRASE

WRONG = "not the passphrase at all"
LONG_AGO = 3600.0  # seeded failures this old leave no wait of their own


def counter(profile: Path, ago: float = 0.0) -> AttemptCounter:
    """The vault's counter; its clock runs `ago` seconds behind (to seed old failures)."""
    header = read_header(profile / "vault.json")
    return AttemptCounter(profile, header, system_secret_store(), now=lambda: time.time() - ago)


def seed_failures(profile: Path, count: int, ago: float = LONG_AGO) -> Tally:
    """`count` wrong passphrases in a row, the last `ago` seconds ago (no Argon2 each time)."""
    seeded = counter(profile, ago)
    tally = seeded.read()
    for _ in range(count):
        tally = seeded.record_failure(tally)
    return tally


@pytest.fixture
def closed(vault, profile) -> Path:
    vault.lock()
    return profile


def test_free_attempts_then_a_wait_that_grows(closed):
    for _ in range(3):
        with pytest.raises(WrongPassphrase) as wrong:
            Vault.open(closed, WRONG)
        assert wrong.value.wait_seconds == 0 and "Wait" not in str(wrong.value)
    with pytest.raises(WrongPassphrase) as fourth:
        Vault.open(closed, WRONG)
    assert fourth.value.wait_seconds == 1
    assert "wait 1 second before" in str(fourth.value)
    with pytest.raises(UnlockRefused) as refused:  # even the right passphrase, too early
        Vault.open(closed, PASSPHRASE)
    assert refused.value.wait_seconds == 1 and "Wait 1 second" in str(refused.value)
    assert counter(closed).read().failures == 4  # a refused attempt is not tried or counted
    time.sleep(1.1)
    Vault.open(closed, PASSPHRASE).lock()


def test_backoff_persists_across_a_new_process(closed):
    seed_failures(closed, 7)
    script = (
        "import sys\n"
        "from app.store.vault import Vault\n"
        "try:\n"
        f"    Vault.open(sys.argv[1], {WRONG!r})\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error.wait_seconds)\n"
    )
    child = subprocess.run(
        [sys.executable, "-c", script, str(closed)], capture_output=True, text=True, cwd=ROOT
    )
    assert child.stdout.split() == ["WrongPassphrase", "16"], child.stderr
    with pytest.raises(UnlockRefused) as refused:  # this process never saw that failure
        Vault.open(closed, PASSPHRASE)
    assert 0 < refused.value.wait_seconds <= 16


def test_after_ten_in_a_row_only_recovery_opens(profile):
    private, public = generate_recovery_keypair()
    lifecycle.create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public).lock()
    seed_failures(profile, 9)
    with pytest.raises(WrongPassphrase) as tenth:
        Vault.open(profile, WRONG)
    assert tenth.value.recovery_only and "caseload recover" in str(tenth.value)
    with pytest.raises(UnlockRefused) as eleventh:
        Vault.open(profile, PASSPHRASE)  # the right one, and still refused
    assert eleventh.value.recovery_only and "recovery key" in str(eleventh.value)
    lifecycle.recover_vault(profile, private, "a fresh passphrase after recovery")
    assert counter(profile).read().failures == 0
    Vault.open(profile, "a fresh passphrase after recovery").lock()


def test_an_edited_counter_file_means_the_maximum(closed):
    seed_failures(closed, 5)
    path = closed / FILE_NAME
    body = json.loads(path.read_text())
    body["record"]["failures"] = 0
    path.write_text(json.dumps(body))
    with pytest.raises(UnlockRefused) as refused:
        Vault.open(closed, PASSPHRASE)
    assert refused.value.recovery_only and "altered" in str(refused.value)


def test_deleting_the_counter_file_does_not_reset_the_count(closed):
    seed_failures(closed, 8, ago=0.0)  # 16 s to wait
    (closed / FILE_NAME).unlink()
    with pytest.raises(UnlockRefused) as refused:
        Vault.open(closed, PASSPHRASE)
    assert refused.value.wait_seconds > 10


def test_an_older_copy_of_the_counter_file_does_not_reset_the_count(closed):
    seed_failures(closed, 1)
    old_copy = (closed / FILE_NAME).read_bytes()  # 1 failure, validly signed
    seed_failures(closed, 7, ago=0.0)
    (closed / FILE_NAME).write_bytes(old_copy)
    with pytest.raises(UnlockRefused):
        Vault.open(closed, PASSPHRASE)
    assert counter(closed).read().failures == 8


def test_success_resets_the_count(closed):
    seed_failures(closed, 6)
    Vault.open(closed, PASSPHRASE).lock()
    assert counter(closed).read().failures == 0
    with pytest.raises(WrongPassphrase) as wrong:
        Vault.open(closed, WRONG)
    assert wrong.value.wait_seconds == 0  # counting starts again from one


def test_passphrase_only_vault_still_backs_off(profile):
    lifecycle.create_vault(profile, PASSPHRASE, "Alex", use_keyring=False).lock()
    header = read_header(profile / "vault.json")
    seeded = AttemptCounter(profile, header, None, now=lambda: time.time())
    seeded.record_failure(Tally(failures=7))
    with pytest.raises(UnlockRefused) as refused:
        Vault.open(profile, PASSPHRASE)
    assert refused.value.wait_seconds > 10
