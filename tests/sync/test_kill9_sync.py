"""`kill -9` of `caseload sync` in the middle of a push and of a pull, against the real server
over HTTPS: after restarting the sync until it finishes, every record is on the server
exactly once, a device holds each record once with its values, `check` is green and the
receipt's checksums match.

Each sync is a real subprocess (`python -m app sync --passphrase-stdin`). The server's access
log is the progress meter: the child is killed at a random moment after the server answered
its n-th request, while it stores that answer or waits for the next one."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.vaults import Vault
from app.sync.protocol import MAX_BATCH, MAX_PAGE
from tests.server.live import LiveServer, live_server
from tests.sync.kill9_helpers import (
    KILL_WINDOW_S,
    KILLED,
    Seeded,
    add_client,
    add_tasks,
    check_green,
    finish,
    kill9,
    log_size,
    outbox_entries,
    seed_tasks,
    server_tasks,
    start_sync,
    sync_until_done,
    unacknowledged,
    vault_tasks,
    wait_for_requests,
)
from tests.sync.office import Office

# Enough that the push and the pull outlast a kill window even on a fast machine, whatever
# the protocol's sizes: at least 4 push batches and 3 pulled pages, never under 5,000 tasks.
PUSH_TASKS = max(5_000, MAX_BATCH * 7 // 2)
PULL_TASKS = max(5_000, MAX_PAGE * 9 // 4)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server of its own: its log counts only this test's requests."""
    with live_server(tmp_path / "srv", enroll_rate_limit=10_000) as live:
        yield live


@pytest.fixture
def office(server: LiveServer) -> Iterator[Office]:
    office = Office.over_https(server.settings)
    yield office
    office.close()


def _device_with_tasks(office: Office, root: Path, name: str, count: int) -> tuple[Vault, Seeded]:
    vault = office.device(root, name)
    seeded = seed_tasks(vault, count)
    vault.lock()
    return vault, seeded


def _kill_mid(
    server: LiveServer, profile: Path, path: str, answered: int, rng: random.Random
) -> bool:
    """Start a sync and kill it at a random moment after the server answered its
    `answered`-th request to `path`. Returns False when the sync finished first; fails when it
    ended on its own with an error (a kill must never leave a state the next sync cannot
    resume from)."""
    offset = log_size(server)
    child = start_sync(profile)
    if wait_for_requests(server, offset, path, answered, child) is not None:
        time.sleep(rng.uniform(0.0, KILL_WINDOW_S))
        kill9(child)
    code, _out, err = finish(child)
    assert code in (0, KILLED), f"sync failed on its own (exit {code}):\n{err[-3000:]}"
    return code == KILLED


def _receipt_is_clean(receipt: dict) -> None:
    assert receipt["rejected"] == [] and receipt["wiped"] is False, receipt
    assert receipt["checksums"], receipt
    assert all(entry["match"] for entry in receipt["checksums"].values()), receipt["checksums"]


@pytest.mark.slow
def test_sync_killed_mid_push_resumes_without_loss_or_duplicates(
    server: LiveServer, office: Office, tmp_path: Path
) -> None:
    name = office.user("kai")
    vault, seeded = _device_with_tasks(office, tmp_path / "laptop", name, PUSH_TASKS)
    profile = Path(vault.paths.root)
    rng = random.Random(4242)
    pending_after_kill = []
    # Two kills while pushing (after one answered batch each: the second sync resumes where
    # the first one stopped), then one after any answer, pushing or already pulling.
    schedule = [("/v1/push", 1), ("/v1/push", 1), ("/v1/", rng.randint(1, 2))]
    for path, answered in schedule:
        if not _kill_mid(server, profile, path, answered, rng):
            break
        pending_after_kill.append(unacknowledged(profile, "task"))
    assert any(pending > 0 for pending in pending_after_kill), (
        f"no kill landed in the middle of the push: {pending_after_kill}"
    )
    _receipt_is_clean(sync_until_done(profile))
    assert unacknowledged(profile) == 0

    on_server = server_tasks(server.settings, seeded.client_id)
    assert on_server.keys() == seeded.titles.keys()
    assert {k: t.title for k, t in on_server.items()} == seeded.titles
    assert {t.log_rows for t in on_server.values()} == {1}, "a task was applied twice"
    assert {t.conflicts for t in on_server.values()} == {0}, "a resent task became a conflict"
    assert vault_tasks(profile) == seeded.titles

    other = office.device(tmp_path / "second-laptop", name)
    _receipt_is_clean(office.sync(other).to_dict())
    other.lock()
    assert vault_tasks(Path(other.paths.root)) == seeded.titles
    check_green(profile)


def _reader_holding_the_client(office: Office, root: Path, name: str) -> tuple[Vault, Path, str]:
    """A writer device with a client, and a reader device that already synced that client's
    scope, so that what comes next arrives through its main pull cursor. Returns (writer,
    reader's profile, client id)."""
    writer = office.device(root / "writer", name)
    client_id = add_client(writer)
    _receipt_is_clean(office.sync(writer).to_dict())
    reader = office.device(root / "reader", name)
    _receipt_is_clean(office.sync(reader).to_dict())
    reader.lock()
    return writer, Path(reader.paths.root), client_id


@pytest.mark.slow
def test_sync_killed_mid_pull_resumes_and_holds_each_record_once(
    server: LiveServer, office: Office, tmp_path: Path
) -> None:
    writer, profile, client_id = _reader_holding_the_client(office, tmp_path, office.user("lee"))
    titles = add_tasks(writer, client_id, PULL_TASKS)
    _receipt_is_clean(office.sync(writer).to_dict())
    writer.lock()

    rng = random.Random(1717)
    held_after_kill = []
    for answered in (1, 2, rng.randint(1, 2)):  # in the first page, later on, anywhere
        if not _kill_mid(server, profile, "/v1/pull", answered, rng):
            break
        held = vault_tasks(profile)
        assert held.items() <= titles.items(), "a pulled task has wrong values"
        held_after_kill.append(len(held))
    assert any(n < PULL_TASKS for n in held_after_kill), (
        f"no kill landed in the middle of the pull: {held_after_kill}"
    )

    _receipt_is_clean(sync_until_done(profile))
    assert vault_tasks(profile) == titles
    assert outbox_entries(profile, "task") == 0, "pulled tasks went into the outbox"
    on_server = server_tasks(server.settings, client_id)
    assert {t.log_rows for t in on_server.values()} == {1}, "pulled tasks were pushed back"
    check_green(profile)
