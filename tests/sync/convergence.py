"""A world of replicas for the convergence property: an office server (in process), two
workers and their supervisor, 2–5 real vaults, and a log of every write ever made.

Each operation runs on one replica at that replica's (possibly skewed) clock. The log keeps,
for every field written, the clock stamp the vault gave it and the outbox seq that carries it,
so the final check can tell which write must win and which rejected writes never count.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select

from app.models import CaseNote, Client, OutboxEntry, Task
from app.services import activity, notes
from app.services.vaults import Vault
from app.store import outbox
from app.sync import engine
from app.sync.protocol import PushRequest
from tests.sync.factory import add_caseload, write_note
from tests.sync.office import Office

OWNERS = ("w1", "w1", "sup", "w2", "w1")  # replica i belongs to OWNERS[i]
CLIENT_FIELDS = ("phone", "pronouns", "address", "risk_level", "contact_rules")


@dataclass(frozen=True)
class Write:
    replica: int
    stamp: str
    value: Any
    seq: int


@dataclass
class Seed:
    client_id: str
    case_id: str


class LosingAck(httpx.Client):
    """Wraps the in-process client: the first push of a sync reaches the server, but its
    answer is lost on the way back, as when a connection drops."""

    def __init__(self, inner: httpx.Client) -> None:
        self.inner, self.dropped = inner, False

    def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        response = self.inner.request(method, url, **kwargs)
        if str(url).endswith("/push") and not self.dropped:
            self.dropped = True
            raise httpx.ReadError("connection dropped after the server answered")
        return response

    def close(self) -> None:
        return None


@dataclass
class World:
    office: Office
    root: Path
    replicas: list[Vault] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    skew_ms: dict[int, int] = field(default_factory=dict)
    seeds: list[Seed] = field(default_factory=list)
    writes: dict[tuple[str, str, str], list[Write]] = field(
        default_factory=lambda: defaultdict(list)
    )
    rejected: set[tuple[int, int]] = field(default_factory=set)  # (replica, outbox seq)
    sent: dict[int, list[PushRequest]] = field(default_factory=lambda: defaultdict(list))
    notes: set[str] = field(default_factory=set)
    deleted_tasks: set[str] = field(default_factory=set)

    # -- setup ----------------------------------------------------------------------------
    def populate(self, count: int) -> None:
        self.names["sup"] = self.office.user("sup", "supervisor")
        for worker in ("w1", "w2"):
            self.names[worker] = self.office.user(worker, "worker", self.names["sup"])
        for index in range(count):
            owner = self.names[OWNERS[index]]
            self.replicas.append(self.office.device(self.root / f"replica-{index}", owner))
        self._seed(0, "Quintero")
        self._seed(0, "Abara")
        if count > 3:
            self._seed(3, "Lindqvist")
        for _ in range(2):
            for index in range(count):
                self.sync(index)

    def _seed(self, index: int, last: str) -> None:
        made = add_caseload(self.replicas[index], "Ana", last)
        self.seeds.append(Seed(made.client_id, made.case_id))
        self.notes.add(made.note_id)

    # -- clocks ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def clock_of(self, index: int) -> Iterator[None]:
        """Run as replica `index`: its wall clock is off by its skew."""
        offset = self.skew_ms.get(index, 0)
        real = outbox.wall_ms

        def skewed() -> int:
            return real() + offset

        originals = (outbox.wall_ms, engine.wall_ms)
        outbox.wall_ms = engine.wall_ms = skewed
        try:
            yield
        finally:
            outbox.wall_ms, engine.wall_ms = originals

    # -- the log --------------------------------------------------------------------------
    def logged(self, index: int, entity: Any, record_id: str, names: dict[str, Any]) -> None:
        with self.replicas[index].session() as session:
            record = session.get(entity, record_id)
            seq = session.scalar(
                select(func.max(OutboxEntry.seq)).where(OutboxEntry.record_id == record_id)
            )
            for name, value in names.items():
                stamp = record.field_clocks.get(name, record.field_clocks["*"])
                key = (entity.__tablename__, record_id, name)
                self.writes[key].append(Write(index, stamp, value, seq))

    def holds(self, index: int, entity: Any, record_id: str) -> bool:
        with self.replicas[index].session() as session:
            record = session.get(entity, record_id)
            return record is not None and not record.deleted

    # -- operations -----------------------------------------------------------------------
    def edit_client(self, index: int, seed: int, name: str, value: Any) -> None:
        client_id = self.seeds[seed % len(self.seeds)].client_id
        if not self.holds(index, Client, client_id):
            return
        with self.clock_of(index), self.replicas[index].session() as session:
            setattr(session.get(Client, client_id), name, value)
        self.logged(index, Client, client_id, {name: value})

    def add_task(self, index: int, seed: int, title: str) -> None:
        client_id = self.seeds[seed % len(self.seeds)].client_id
        if not self.holds(index, Client, client_id):
            return
        with self.clock_of(index), self.replicas[index].session() as session:
            task_id = activity.add_task(session, title, client_id=client_id)
        self.logged(index, Task, task_id, {"title": title, "deleted": False})

    def _newest_task(self, index: int, seed: int) -> str | None:
        client_id = self.seeds[seed % len(self.seeds)].client_id
        with self.replicas[index].session() as session:
            return session.scalar(
                select(Task.id).where(Task.client_id == client_id, Task.deleted.is_(False))
                .order_by(Task.id.desc()).limit(1)
            )  # fmt: skip

    def retitle_task(self, index: int, seed: int, title: str) -> None:
        task_id = self._newest_task(index, seed)
        if task_id is None:
            return
        with self.clock_of(index), self.replicas[index].session() as session:
            session.get(Task, task_id).title = title
        self.logged(index, Task, task_id, {"title": title})

    def delete_task(self, index: int, seed: int) -> None:
        task_id = self._newest_task(index, seed)
        if task_id is None:
            return
        with self.clock_of(index), self.replicas[index].session() as session:
            session.get(Task, task_id).deleted = True
        self.logged(index, Task, task_id, {"deleted": True})
        self.deleted_tasks.add(task_id)

    def signed_note(self, index: int, seed: int, text: str) -> None:
        target = self.seeds[seed % len(self.seeds)]
        vault = self.replicas[index]
        if not self.holds(index, Client, target.client_id):
            return
        with self.clock_of(index):
            with vault.session() as session:
                note = notes.start_note(session, target.client_id, "dap", vault.owner_id)
            write_note(vault, note.id, text, sign=True)
        self.notes.add(note.id)

    def addendum(self, index: int, seed: int, reason: str) -> None:
        vault = self.replicas[index]
        client_id = self.seeds[seed % len(self.seeds)].client_id
        with vault.session() as session:
            original = session.scalar(
                select(CaseNote.id)
                .where(CaseNote.client_id == client_id, CaseNote.status == "signed")
                .order_by(CaseNote.id).limit(1)
            )  # fmt: skip
        if original is None:
            return
        with self.clock_of(index), vault.session() as session:
            note = notes.add_addendum(session, original, vault.owner_id, reason)
            fields = notes.NoteFields(sections=dict.fromkeys(note.sections, reason))
            notes.save_draft(session, note.id, fields)
            notes.sign_note(session, note.id, vault.owner_id)
        self.notes.add(note.id)

    def reassign(self, seed: int, worker: str) -> None:
        from server import admin

        admin.assign_case(self.office.settings, self.seeds[seed % len(self.seeds)].case_id,
                          self.names[worker])  # fmt: skip

    # -- sync -----------------------------------------------------------------------------
    def sync(self, index: int, mode: str = "normal") -> None:
        vault = self.replicas[index]
        client = LosingAck(self.office.client) if mode == "lose_ack" else None
        transport = self.office.transport(vault, client)
        self._record_pushes(index, transport)
        with self.clock_of(index):
            receipt = engine.sync(vault, transport)
        self.rejected |= {(index, item["seq"]) for item in receipt.rejected}
        if mode == "replay" and self.sent[index]:
            self._replay(index, self.sent[index][0])

    def _record_pushes(self, index: int, transport: Any) -> None:
        push = transport.push

        def recording(request: PushRequest) -> Any:
            self.sent[index].append(request)
            return push(request)

        transport.push = recording

    def _replay(self, index: int, request: PushRequest) -> None:
        """An old push arrives again, after newer ones: the server must ignore it."""
        transport = self.office.transport(self.replicas[index])
        answer = transport.push(request)
        assert {result.status for result in answer.results} <= {"duplicate"}
