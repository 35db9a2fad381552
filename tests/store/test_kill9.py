"""`kill -9` in the middle of saves or an import loses no committed record and leaves
`check` green."""

import random
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from app.models import Client
from app.services.check import check_vault
from app.store.vault import Vault
from tests.cli.helpers import ROOT, popen
from tests.conftest import PASSPHRASE

ROUNDS = 8


def _kill_after(process: subprocess.Popen, seconds: float) -> None:
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def _committed_ids(profile) -> set[str]:
    vault = Vault.open(profile, PASSPHRASE)
    report = check_vault(vault)
    assert report.ok, [i for i in report.items if not i.ok]
    with vault.session() as session:
        ids = set(session.scalars(select(Client.id)))
    vault.lock()
    return ids


@pytest.mark.slow
def test_kill_during_a_burst_of_saves(vault, profile):
    vault.lock()
    rng = random.Random(2026)
    confirmed: set[str] = set()
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/store/crash_writer.py"), str(profile)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        _kill_after(child, rng.uniform(0.05, 0.6))
        confirmed |= {line.strip() for line in child.stdout if len(line.strip()) == 36}
        on_disk = _committed_ids(profile)
        assert confirmed <= on_disk, f"lost {len(confirmed - on_disk)} committed records"
    assert len(confirmed) > ROUNDS  # the children really were writing


@pytest.mark.slow
def test_kill_during_an_import_is_all_or_nothing(vault, profile, tmp_path):
    vault.lock()
    rows = "\n".join(f"First{n},Last{n},1980-01-01,en" for n in range(8_000))
    csv_file = tmp_path / "big.csv"
    csv_file.write_text("first_name,last_name,date_of_birth,preferred_language\n" + rows + "\n")
    rng = random.Random(7)
    for _ in range(4):
        child = popen("import", str(csv_file), "--profile", str(profile), "--passphrase-stdin")
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        _kill_after(child, rng.uniform(0.8, 2.5))
        assert child.returncode == -signal.SIGKILL  # killed mid-import, not finished
        vault = Vault.open(profile, PASSPHRASE)
        with vault.session() as session:
            count = session.scalar(select(func.count()).select_from(Client))
        vault.lock()
        assert count % 8_000 == 0, f"partial import: {count} rows"
    assert _committed_ids(profile) is not None
