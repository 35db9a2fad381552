"""One process at a time per vault: a second one is told so plainly, and a killed one's lock
does not outlive it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.store.attempts import FILE_NAME
from app.store.crypto import generate_recovery_keypair
from app.store.errors import VaultInUse
from app.store.lifecycle import create_vault, recover_vault
from app.store.process_lock import IN_USE, LOCK_NAME
from app.store.vault import Vault
from tests.cli.helpers import ROOT, caseload
from tests.conftest import PASSPHRASE

HOLD_OPEN = (
    "import sys, time\n"
    "from app.store.vault import Vault\n"
    "vault = Vault.open(sys.argv[1], sys.argv[2])\n"
    "print('open', flush=True)\n"
    "time.sleep(120)\n"
)


def check(profile: Path, passphrase: str = PASSPHRASE) -> subprocess.CompletedProcess:
    return caseload(
        "check", "--profile", str(profile), "--passphrase-stdin", stdin=passphrase + "\n"
    )


def test_a_second_process_gets_a_plain_message_and_its_own_exit_code(vault, profile):
    result = check(profile, "a wrong passphrase, not even tried")
    assert result.returncode == VaultInUse.exit_code == 14
    assert IN_USE in result.stderr
    assert "Traceback" not in result.stderr
    assert not (profile / FILE_NAME).exists()  # refused before the passphrase was counted


def test_the_lock_is_released_when_the_vault_is_locked(vault, profile):
    vault.lock()
    assert check(profile).returncode == 0
    Vault.open(profile, PASSPHRASE).lock()  # and this process can open it again


def test_a_screen_locked_window_keeps_the_vault_for_itself(vault, profile):
    window_hold = vault.claim_profile()  # what the GUI keeps while its lock screen shows
    vault.lock()
    assert check(profile).returncode == VaultInUse.exit_code
    again = Vault.open(profile, PASSPHRASE)  # the same window unlocks again
    again.lock()
    window_hold.release()
    assert check(profile).returncode == 0


def test_a_killed_holder_does_not_block_the_next_open(vault, profile):
    vault.lock()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(profile), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse) as in_use:
            Vault.open(profile, PASSPHRASE)
        assert str(in_use.value) == IN_USE
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert (profile / LOCK_NAME).exists()  # the stale file is there, and harmless
    Vault.open(profile, PASSPHRASE).lock()


def test_office_recovery_waits_for_the_process_that_has_the_vault_open(profile):
    """Recovery rewrites the header: never under a process that has the vault open, which
    would be left with a header it cannot use."""
    private, public = generate_recovery_keypair()
    create_vault(profile, PASSPHRASE, "Alex", recovery_public_key=public).lock()
    header_before = (profile / "vault.json").read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(profile), PASSPHRASE],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        with pytest.raises(VaultInUse):
            recover_vault(profile, private, "a brand new passphrase for the office")
        assert (profile / "vault.json").read_bytes() == header_before
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    recover_vault(profile, private, "a brand new passphrase for the office")
    Vault.open(profile, "a brand new passphrase for the office").lock()
