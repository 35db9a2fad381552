"""Concurrent pushes and pulls against one store (threads, real transactions): every applied
change reaches a reader that pulls all along, and the reader ends with the server's state
(its checksums match). Writers race on shared records, including inserting the same new
record, which on PostgreSQL exercises row locks and the retry of a losing transaction."""

import threading

from app.core.ids import uuid7
from app.sync.protocol import PullRequest, PushRequest, client_scope, scope_checksum
from server.auth import authenticate
from server.db import open_store
from server.pull import handle_pull
from server.push import handle_push

WRITERS, BATCHES, PER_BATCH = 4, 6, 10


def test_concurrent_pushes_reach_a_pulling_reader(api):
    api.user("Ann")
    devices = [api.enroll("Ann") for _ in range(WRITERS + 1)]
    shared_id, seed = devices[0].new_client()
    devices[0].push_ok(seed)
    racing_ids = [uuid7() for _ in range(BATCHES)]
    store = open_store(api.settings)
    principals = [authenticate(store, f"Bearer {d.token}") for d in devices]
    errors: list[BaseException] = []
    done = threading.Event()

    def write(index: int) -> None:
        device, principal = devices[index], principals[index]
        for batch in range(BATCHES):
            changes = [device.new_client(phone=str(n))[1] for n in range(PER_BATCH - 2)]
            scope = client_scope(shared_id)
            changes.append(device.change("client", shared_id, scope, "update", phone=f"w{index}"))
            changes.append(device.change("task", racing_ids[batch], scope, title=f"w{index}"))
            request = PushRequest(replica_id=device.replica_id, changes=changes)
            handle_push(store, principal, request)

    def guarded(index: int) -> None:
        try:
            write(index)
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)

    reader = Reader(store, principals[-1])
    threads = [threading.Thread(target=guarded, args=(i,)) for i in range(WRITERS)]
    pulling = threading.Thread(target=reader.pull_until, args=(done,))
    pulling.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    done.set()
    pulling.join(60)
    reader.pull_once()  # whatever committed last
    assert errors == [] and reader.errors == []
    assert reader.rows == _change_log_size(store)
    assert reader.checksums() == reader.last_page.checksums
    store.close()


class Reader:
    """A device that pulls in a loop and keeps per-field clocks of what it received."""

    def __init__(self, store, principal) -> None:
        self.store, self.principal = store, principal
        self.cursor, self.rows, self.last_page, self.errors = None, 0, None, []
        self.clocks: dict[tuple[str, str, str], str] = {}
        self.scopes: dict[tuple[str, str], str] = {}

    def pull_once(self) -> None:
        while True:
            page = handle_pull(self.store, self.principal, PullRequest(cursor=self.cursor))
            for change in page.changes:
                self.rows += 1
                self.scopes[(change.entity, change.record_id)] = change.scope
                for name in change.fields:
                    key = (change.entity, change.record_id, name)
                    self.clocks[key] = max(self.clocks.get(key, ""), change.hlc)
            self.cursor, self.last_page = page.cursor, page
            if not page.more:
                return

    def pull_until(self, done: threading.Event) -> None:
        try:
            while not done.is_set():
                self.pull_once()
        except BaseException as exc:  # noqa: BLE001
            self.errors.append(exc)

    def checksums(self) -> dict[str, str]:
        records: dict[tuple[str, str], str] = {}
        for (entity, record_id, _name), clock in self.clocks.items():
            records[(entity, record_id)] = max(records.get((entity, record_id), ""), clock)
        by_scope: dict[str, list[tuple[str, str, str]]] = {s: [] for s in self.last_page.scopes}
        for (entity, record_id), clock in records.items():
            by_scope[self.scopes[(entity, record_id)]].append((entity, record_id, clock))
        return {scope: scope_checksum(rows) for scope, rows in by_scope.items()}


def _change_log_size(store) -> int:
    from sqlalchemy import func, select

    from server.models import ChangeLog

    with store.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(ChangeLog))
