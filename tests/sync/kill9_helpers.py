"""Helpers for the sync kill -9 tests: `caseload sync` as a real subprocess that can be
killed at a chosen moment, the server's log read as a progress meter, and the records as the
device and the server hold them (a killed server restarts with server.launch.restart)."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.core.ids import uuid7
from app.models import Client, OutboxEntry, Task
from app.services.vaults import Vault, open_vault
from app.sync.protocol import client_scope
from server.config import Settings
from server.db import open_store
from server.models import ChangeLog, Conflict, Record
from tests.cli.helpers import caseload, popen
from tests.conftest import PASSPHRASE
from tests.server.live import LiveServer

POLL_S = 0.02
CHILD_TIMEOUT_S = 120.0
KILLED = -signal.SIGKILL
# A kill comes at most this long after the server answered a request, so it falls within the
# next step: storing that answer, building and sending the next batch (2,000 changes: about
# 0.25 s to build, 0.5-0.9 s at the server), or parsing and applying a pulled page (4,000
# changes: about 0.1 s and 0.7 s).
KILL_WINDOW_S = 1.0


# -- the device's records -------------------------------------------------------------------


@dataclass(frozen=True)
class Seeded:
    client_id: str
    titles: dict[str, str]  # task id -> title


def add_client(vault: Vault) -> str:
    with vault.session() as session:
        client = Client(legal_first_name="Kai", legal_last_name="Okafor")
        session.add(client)
    return client.id


def add_tasks(vault: Vault, client_id: str, count: int) -> dict[str, str]:
    """`count` tasks for the client, written in one transaction (through the outbox, as
    every write is); returns task id -> title."""
    tasks = [
        Task(id=uuid7(), title=f"task {n} {uuid7()[-8:]}", client_id=client_id)
        for n in range(count)
    ]
    with vault.session() as session:
        session.add_all(tasks)
    return {task.id: task.title for task in tasks}


def seed_tasks(vault: Vault, count: int) -> Seeded:
    """One client and `count` tasks."""
    client_id = add_client(vault)
    return Seeded(client_id, add_tasks(vault, client_id, count))


def vault_tasks(profile: Path) -> dict[str, str]:
    """Task id -> title as the (locked) vault at `profile` holds them."""
    vault = open_vault(profile, PASSPHRASE)
    try:
        with vault.session() as session:
            return dict(session.execute(select(Task.id, Task.title)).all())
    finally:
        vault.lock()


def unacknowledged(profile: Path, entity: str | None = None) -> int:
    """Outbox entries the server has not acknowledged (of `entity`, or of any kind)."""
    vault = open_vault(profile, PASSPHRASE)
    try:
        query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.acked_at.is_(None))
        if entity is not None:
            query = query.where(OutboxEntry.entity == entity)
        with vault.session() as session:
            return session.scalar(query) or 0
    finally:
        vault.lock()


def outbox_entries(profile: Path, entity: str) -> int:
    """Every outbox entry of `entity`, acknowledged or not."""
    vault = open_vault(profile, PASSPHRASE)
    try:
        query = select(func.count()).select_from(OutboxEntry).where(OutboxEntry.entity == entity)
        with vault.session() as session:
            return session.scalar(query) or 0
    finally:
        vault.lock()


def check_green(profile: Path) -> None:
    """`caseload check` as the worker runs it: exit 0 and "healthy"."""
    result = caseload("check", "--profile", str(profile), "--passphrase-stdin")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Vault is healthy." in result.stdout


# -- the server's records -------------------------------------------------------------------


@dataclass(frozen=True)
class ServerTask:
    title: str
    log_rows: int  # change-log rows for this record: 1 for a task inserted once
    conflicts: int


def server_tasks(settings: Settings, client_id: str) -> dict[str, ServerTask]:
    """The tasks of one client's scope as the server holds them, values decrypted."""
    store = open_store(settings, migrate_schema=False)
    try:
        with store.engine.connect() as connection:
            records = connection.execute(
                select(Record.record_id, Record.values_enc).where(
                    Record.entity == "task", Record.scope == client_scope(client_id)
                )
            ).all()
            logs = _count_by_record(connection, ChangeLog)
            conflicts = _count_by_record(connection, Conflict)
        return {
            record_id: ServerTask(
                store.sealer.open("record", "task", record_id, blob)["title"],
                logs.get(record_id, 0),
                conflicts.get(record_id, 0),
            )
            for record_id, blob in records
        }
    finally:
        store.close()


def _count_by_record(connection: Any, model: Any) -> dict[str, int]:
    query = (
        select(model.record_id, func.count())
        .where(model.entity == "task")
        .group_by(model.record_id)
    )
    return dict(connection.execute(query).all())


# -- `caseload sync` as a killable subprocess -----------------------------------------------


def start_sync(profile: Path) -> subprocess.Popen:
    child = popen("sync", "--profile", str(profile), "--passphrase-stdin")
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    child.stdin = None  # communicate() must not flush it again
    return child


def finish(child: subprocess.Popen) -> tuple[int, str, str]:
    stdout, stderr = child.communicate(timeout=CHILD_TIMEOUT_S)
    return child.returncode, stdout, stderr


def kill9(child: subprocess.Popen) -> None:
    if child.poll() is None:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)


def sync_until_done(profile: Path, attempts: int = 3) -> dict[str, Any]:
    """Run `caseload sync` until it exits 0; return its receipt."""
    failures = []
    for _ in range(attempts):
        result = caseload("sync", "--profile", str(profile), "--passphrase-stdin")
        if result.returncode == 0:
            return json.loads(result.stdout)
        failures.append(f"exit {result.returncode}: {result.stderr[-2000:]}")
    raise AssertionError("sync never finished:\n" + "\n".join(failures))


# -- the server's log as a progress meter ---------------------------------------------------


def log_size(server: LiveServer) -> int:
    return server.log_path.stat().st_size if server.log_path.exists() else 0


def requests_since(server: LiveServer, offset: int, path: str) -> int:
    """Answered POSTs to paths starting with `path` ("/v1/push"; "/v1/" for all) logged
    after byte `offset`."""
    with server.log_path.open("rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
    return text.count(f'"POST {path}')


def wait_for_requests(
    server: LiveServer, offset: int, path: str, count: int, child: subprocess.Popen
) -> float | None:
    """Wait until `count` requests to `path` were answered since `offset`; returns when (by
    time.monotonic()), or None when the child ended first."""
    deadline = time.monotonic() + CHILD_TIMEOUT_S
    while time.monotonic() < deadline:
        if requests_since(server, offset, path) >= count:
            return time.monotonic()
        if child.poll() is not None:
            return None
        time.sleep(POLL_S)
    raise AssertionError(f"no progress on {path} within {CHILD_TIMEOUT_S} s")
