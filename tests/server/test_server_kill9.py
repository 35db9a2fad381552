"""`kill -9` of the server in the middle of a push batch: restarted on the same data directory
and port, the office loses nothing and applies nothing twice.

A device pushes 7,000 tasks (at least 4 batches) with `caseload sync`, a real subprocess over
HTTPS. Each round waits until the server has answered one more batch and is inside the next
batch's write transaction (it holds SQLite's write lock), waits a random moment more and kills
it, then starts it again; the device keeps retrying (or, if it gave up, syncs again).
Afterwards the server holds each task once, the device and the server agree, and a second
device converges with the same checksums.

`live_server` always starts on a new free port, but an enrolled device keeps its URL (with
the port): `server.launch.restart()` starts the server again on its port."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services.vaults import Vault
from app.sync.protocol import MAX_BATCH
from tests.server.live import LiveServer, live_server, restart
from tests.sync.kill9_helpers import (
    POLL_S,
    finish,
    log_size,
    requests_since,
    seed_tasks,
    server_tasks,
    start_sync,
    sync_until_done,
    unacknowledged,
    vault_tasks,
    wait_for_requests,
)
from tests.sync.office import Office

TASKS = max(5_000, MAX_BATCH * 7 // 2)  # at least 4 push batches: one per round, one after
ROUNDS = 3
IN_TRANSACTION_S = 0.25  # the kill comes up to this long after the batch's transaction began
UNREACHABLE = 7  # `caseload sync` exit code: the server could not be reached; nothing lost


@dataclass
class Pushing:
    """The device's `caseload sync` and where the server's log stood when it started."""

    child: subprocess.Popen
    offset: int


def _write_locked(database: Path) -> bool:
    """Whether another connection (the server, in a push transaction) holds the write lock.
    When nobody does, the probe holds it for an instant and lets go."""
    with closing(sqlite3.connect(database, timeout=0, isolation_level=None)) as connection:
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                return True
            raise
        connection.execute("ROLLBACK")
        return False


def _wait_for_transaction(database: Path, child: subprocess.Popen) -> bool:
    """Wait until the server is inside a write transaction; False when the device's sync
    ended first."""
    while child.poll() is None:
        if _write_locked(database):
            return True
        time.sleep(POLL_S / 4)
    return False


def _kill_server(server: LiveServer) -> None:
    server.process.send_signal(signal.SIGKILL)
    server.process.wait(timeout=30)


def _running_sync(current: Pushing | None, server: LiveServer, profile: Path) -> Pushing:
    """The device's sync: the one still running (retrying across the restart), or a new one."""
    if current is not None and current.child.poll() is None:
        return current
    if current is not None:
        _ended_as_allowed(current.child)
    return Pushing(start_sync(profile), log_size(server))


def _ended_as_allowed(child: subprocess.Popen) -> None:
    code, _out, err = finish(child)
    assert code in (0, UNREACHABLE), f"sync ended with exit {code}:\n{err[-3000:]}"


def _kill_mid_batch(
    server: LiveServer, device: Pushing, rng: random.Random
) -> tuple[LiveServer, bool] | None:
    """Once the server has answered one more push and is inside the next batch's
    transaction, kill it at a random moment and restart it. Returns the new server and
    whether the kill came while the device was pushing and the server was still inside the
    transaction; None (and no kill) when the device's sync ended first."""
    database = server.settings.data_dir / "server.db"
    if wait_for_requests(server, log_size(server), "/v1/push", 1, device.child) is None:
        return None
    if not _wait_for_transaction(database, device.child):
        return None
    time.sleep(rng.uniform(0.0, IN_TRANSACTION_S))
    inside = _write_locked(database)
    pushing = requests_since(server, device.offset, "/v1/pull") == 0
    _kill_server(server)
    return restart(server), inside and pushing


def _integrity(database: Path) -> str:
    with closing(sqlite3.connect(database)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


def _receipt_is_clean(receipt: dict) -> None:
    assert receipt["rejected"] == [] and receipt["wiped"] is False, receipt
    assert receipt["checksums"], receipt
    assert all(entry["match"] for entry in receipt["checksums"].values()), receipt["checksums"]


@pytest.mark.slow
def test_server_killed_mid_batch_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    rng = random.Random(9090)
    with live_server(tmp_path / "srv", enroll_rate_limit=10_000) as first:
        office = Office.over_https(first.settings)
        servers = [first]
        try:
            name = office.user("mo")
            laptop = office.device(tmp_path / "laptop", name)
            seeded = seed_tasks(laptop, TASKS)
            laptop.lock()
            profile = Path(laptop.paths.root)

            device, mid_batch = None, []
            for _ in range(ROUNDS):
                device = _running_sync(device, servers[-1], profile)
                killed = _kill_mid_batch(servers[-1], device, rng)
                if killed is None:
                    break
                servers.append(killed[0])
                mid_batch.append(killed[1])
            assert any(mid_batch), f"no kill inside a push transaction: {mid_batch}"
            if device is not None:
                _ended_as_allowed(device.child)

            assert _integrity(first.settings.data_dir / "server.db") == "ok"
            mine = sync_until_done(profile)
            _receipt_is_clean(mine)
            assert unacknowledged(profile) == 0
            assert vault_tasks(profile) == seeded.titles

            on_server = server_tasks(first.settings, seeded.client_id)
            assert len(on_server) == len(seeded.titles)
            assert {k: t.title for k, t in on_server.items()} == seeded.titles
            assert {t.log_rows for t in on_server.values()} == {1}, "a task was applied twice"
            assert {t.conflicts for t in on_server.values()} == {0}, "a resent task conflicted"

            _second_device_converges(office, tmp_path / "second", name, seeded.titles, mine)
        finally:
            office.close()
            for server in servers[1:]:
                server.stop()


def _second_device_converges(
    office: Office, root: Path, name: str, titles: dict[str, str], first_receipt: dict
) -> None:
    second: Vault = office.device(root, name)
    receipt = office.sync(second).to_dict()
    second.lock()
    _receipt_is_clean(receipt)
    assert vault_tasks(Path(second.paths.root)) == titles
    for scope, entry in first_receipt["checksums"].items():
        assert receipt["checksums"][scope]["local"] == entry["local"], scope
