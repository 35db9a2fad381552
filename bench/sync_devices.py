"""Devices for the sync benchmark: real vaults, enrolled over HTTPS, holding tasks."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from datetime import timedelta
from functools import wraps
from pathlib import Path
from time import perf_counter
from typing import Any

from sqlalchemy import func, select

from app.core.ids import uuid7
from app.models import Client, Task
from app.store import lifecycle
from app.store.vault import Vault
from app.sync.engine import SyncRun, open_transport, sync
from app.sync.enroll import enroll
from app.sync.transport import Transport
from bench.harness import PASSPHRASE, WORKER_NAME, MemorySecretStore
from bench.workload import TODAY, client_rows
from server import admin

CLIENTS_PER_DEVICE = 100
BATCH = 1000


class Device:
    """One laptop: a vault and the pinned transport it enrolled with."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.transport: Transport = open_transport(vault)

    def add_tasks(self, count: int) -> list[tuple[Any, ...]]:
        """`count` tasks over 100 new clients (not timed); returns the task rows."""
        client_ids = self._add_clients()
        rows = task_rows(count, client_ids, self.vault.owner_id)
        for first in range(0, count, BATCH):
            with self.vault.session() as session:
                session.add_all([_task(row) for row in rows[first : first + BATCH]])
        return rows

    def _add_clients(self) -> list[str]:
        with self.vault.session() as session:
            clients = [Client(**row) for row in client_rows(CLIENTS_PER_DEVICE)]
            session.add_all(clients)
            session.flush()
            return [client.id for client in clients]

    def push(self) -> None:
        SyncRun(self.vault, self.transport, lambda _step, _count: None).push_all()

    def sync(self) -> None:
        sync(self.vault, self.transport)
        self.transport = open_transport(self.vault)  # sync() closes the one it was given

    def count_tasks(self) -> int:
        with self.vault.session() as session:
            return session.scalar(select(func.count()).select_from(Task)) or 0

    def time_requests(self, latencies: list[float], lock: threading.Lock) -> None:
        """Record the wall time of every push and pull request this device sends."""
        for name in ("push", "pull"):
            setattr(self.transport, name, _timed(getattr(self.transport, name), latencies, lock))

    def close(self) -> None:
        self.transport.close()
        self.vault.lock()


def enrolled_device(settings: Any, root: Path, name: str, store: MemorySecretStore) -> Device:
    vault = lifecycle.create_vault(root, PASSPHRASE, WORKER_NAME, store=store)
    enroll(vault, admin.make_enroll_code(settings, name))
    return Device(vault)


def task_rows(count: int, client_ids: list[str], worker_id: str) -> list[tuple[Any, ...]]:
    """(id, client_id, title, kind, due_on, assigned_to_id, notes): six user fields."""
    rng = random.Random(count)
    return [
        (
            uuid7(),
            rng.choice(client_ids),
            f"Follow up on housing application {n}",
            rng.choice(["task", "follow_up"]),
            (TODAY + timedelta(days=rng.randint(-30, 60))).isoformat(),
            worker_id,
            "Bring the signed release form" if rng.random() < 0.3 else None,
        )
        for n in range(count)
    ]


def _task(row: tuple[Any, ...]) -> Task:
    task_id, client_id, title, kind, due_on, assigned_to_id, notes = row
    due = TODAY.fromisoformat(due_on)
    return Task(
        id=task_id, client_id=client_id, title=title, kind=kind, due_on=due,
        assigned_to_id=assigned_to_id, notes=notes,
    )  # fmt: skip


def _timed(call: Callable[..., Any], latencies: list[float], lock: threading.Lock) -> Callable:
    @wraps(call)
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            with lock:
                latencies.append(perf_counter() - start)

    return timed
