"""Wrong passphrases at the command line back off too, from one command to the next."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from app.store.attempts import AttemptCounter
from app.store.device_secret import system_secret_store
from app.store.errors import UnlockRefused, WrongPassphrase
from app.store.header import read_header
from tests.cli.helpers import caseload
from tests.conftest import PASSPHRASE


@pytest.fixture
def initialised(profile: Path) -> Path:
    result = caseload("init", "--profile", str(profile), "--passphrase-stdin", "--name", "Alex")
    assert result.returncode == 0, result.stderr
    return profile


def check(profile: Path, passphrase: str):
    return caseload(
        "check", "--profile", str(profile), "--passphrase-stdin", stdin=passphrase + "\n"
    )


def seed_old_failures(profile: Path, count: int) -> None:
    """`count` wrong passphrases an hour ago (their own waits are over)."""
    header = read_header(profile / "vault.json")
    counter = AttemptCounter(profile, header, system_secret_store(), now=lambda: time.time() - 3600)
    tally = counter.read()
    for _ in range(count):
        tally = counter.record_failure(tally)


def test_wrong_passphrases_in_separate_commands_add_up_to_a_wait(initialised):
    for _ in range(3):
        result = check(initialised, "definitely wrong words")
        assert result.returncode == WrongPassphrase.exit_code
        assert "Wrong passphrase" in result.stderr and "wait" not in result.stderr
    fourth = check(initialised, "definitely wrong words")
    assert fourth.returncode == WrongPassphrase.exit_code
    assert "wait 1 second before the next try" in fourth.stderr


def test_the_right_passphrase_is_refused_while_the_wait_runs(initialised):
    seed_old_failures(initialised, 8)
    wrong = check(initialised, "definitely wrong words")  # the 9th: 32 s to wait
    assert "wait 32 seconds" in wrong.stderr
    refused = check(initialised, PASSPHRASE)
    assert refused.returncode == UnlockRefused.exit_code == 13
    left = re.search(r"Too many wrong passphrases\. Wait (\d+) seconds", refused.stderr)
    assert left is not None and 0 < int(left.group(1)) <= 32, refused.stderr
    assert "Traceback" not in refused.stderr


def test_after_ten_wrong_passphrases_the_command_points_to_recovery(initialised):
    seed_old_failures(initialised, 10)
    refused = check(initialised, PASSPHRASE)
    assert refused.returncode == UnlockRefused.exit_code
    assert "caseload recover" in refused.stderr
