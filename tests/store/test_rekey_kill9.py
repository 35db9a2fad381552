"""`kill -9` at random moments of a passphrase change never leaves a vault that neither
passphrase opens, and never loses a record (issue 10: "the rekey kill -9 test")."""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.models import Client
from app.store.errors import WrongPassphrase
from app.store.header import read_header
from app.store.vault import Vault
from tests.cli.helpers import ROOT
from tests.conftest import PASSPHRASE

KILLS = 25
CLIENTS = 2_000
BALLAST_ROWS = 1_500  # 4 KiB each: about 6 MB more for the rekey to rewrite
OTHER = "seven purple walruses dancing"


def _fill(vault: Vault) -> None:
    with vault.session() as session:
        session.add(Client(legal_first_name="Canary", legal_last_name="Bird"))
        session.add_all(
            Client(legal_first_name=f"First{n}", legal_last_name="Filler")
            for n in range(CLIENTS - 1)
        )
        session.execute(text("CREATE TABLE ballast (filler BLOB)"))
        session.execute(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :rows)"
                " INSERT INTO ballast SELECT randomblob(4000) FROM n"
            ),
            {"rows": BALLAST_ROWS},
        )


def _salt(profile: Path) -> bytes:
    return read_header(profile / "vault.json").kdf.salt


def _open_either(profile: Path, old: str, new: str, old_salt: bytes) -> tuple[Vault, str]:
    """Open with whichever passphrase works, trying first the one the header suggests (each
    wrong try costs an Argon2 run, and the test has a time budget)."""
    first, second = (old, new) if _salt(profile) == old_salt else (new, old)
    try:
        return Vault.open(profile, first), first
    except WrongPassphrase:
        return Vault.open(profile, second), second


def _intact(vault: Vault) -> bool:
    with vault.session() as session:
        clients = session.scalar(select(func.count()).select_from(Client))
        canary = session.scalar(select(Client.id).where(Client.legal_first_name == "Canary"))
        ballast = session.scalar(text("SELECT count(*) FROM ballast"))
    return clients == CLIENTS and canary is not None and ballast == BALLAST_ROWS


@dataclass
class Timing:
    """When to kill: `after` seconds from the start, or from the pending header if `late`."""

    after: float | None
    late: bool = False
    rekeyed: bool = False  # kill at once when the database is re-encrypted (final header due)


class Changer:
    """The warm child process (tests/store/rekey_child.py)."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests/store/rekey_child.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        self.window = 0.0  # from the pending header to the end, measured by `change`

    def _line(self) -> tuple[str, str]:
        assert self.process.stdout
        word, _, value = self.process.stdout.readline().strip().partition(" ")
        return word, value

    def change(self, profile: Path, old: str, new: str, timing: Timing) -> int:
        """Run one change, killed as `timing` says; returns the worker's wait status."""
        assert self.process.stdin
        self.process.stdin.write(f"{profile}\t{old}\t{new}\n")
        self.process.stdin.flush()
        pid = int(self._line()[1])
        word, value = self._line() if timing.late or timing.after is None else ("", "")
        while timing.rekeyed and word not in ("rekeyed", "status"):
            word, value = self._line()
        pending_at = time.monotonic()
        if timing.after is not None:
            time.sleep(timing.after)
            with contextlib.suppress(ProcessLookupError):  # it may have finished already
                os.kill(pid, signal.SIGKILL)
        while word != "status":
            word, value = self._line()
        self.window = time.monotonic() - pending_at
        return int(value)

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.slow
def test_kill_9_during_passwd_leaves_a_vault_one_passphrase_opens(vault, profile):
    _fill(vault)
    vault.lock()
    changer, rng = Changer(), random.Random(1010)
    current, other = PASSPHRASE, OTHER
    outcomes: list[tuple[bool, bool]] = []  # (killed, the change took effect)
    try:
        started = time.monotonic()
        assert changer.change(profile, current, other, Timing(None)) == 0
        duration, window = time.monotonic() - started, changer.window
        current, other = other, current
        for round_number in range(KILLS):
            # A third of the kills anywhere in the change, a third while the database is
            # rekeyed, a third just after it (the new key in the file, the header not final).
            late, rekeyed = round_number % 3 == 1, round_number % 3 == 2
            after = 0.0 if rekeyed else rng.uniform(0, window if late else duration)
            timing = Timing(after, late, rekeyed)
            salt = _salt(profile)
            status = changer.change(profile, current, other, timing)
            opened, used = _open_either(profile, current, other, salt)
            assert _intact(opened), "a record was lost"
            opened.lock()
            outcomes.append((os.WIFSIGNALED(status), used == other))
            current, other = (other, current) if used == other else (current, other)
    finally:
        changer.close()
    killed = [took for was_killed, took in outcomes if was_killed]
    assert len(killed) >= KILLS // 2, "most rounds must really be cut short"
    assert not all(killed), "some kills came before the new key took effect"
    assert any(killed), "some kills came after the new key took effect"
