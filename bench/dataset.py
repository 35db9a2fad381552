"""The synthetic office data set: workers, clients, cases, tasks, visits and case notes, as
plain rows (attribute name -> Python value) ready for a bulk load.

Deterministic for a seed: ids are UUIDv7 built from synthetic times and the seeded generator,
so the encrypted and the plaintext database get exactly the same rows. Everything represents
data already synced from the office: every record carries a clock stamp (`hlc`) from the
office's replica and `field_clocks = {"*": hlc}`, and there are no outbox rows.

Notes are generated in time order across all clients, as an office's history accumulates: row
order (and id order) follows time, and one client's notes are spread over the whole table.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.core.hlc import Timestamp
from app.core.notes import content_hash
from app.core.stages import STAGE_ORDER
from app.services import demo_data
from app.services.notes import HASHED_FIELDS
from bench.notes_text import PLACES, TEMPLATE_KEYS, TEMPLATE_WEIGHTS, TOPICS, note_sections
from bench.workload import FIRST, LAST, client_rows

GENERATOR_VERSION = 2  # 2: consents (caseload rows show the earliest expiring consent)
SEED = 2026
NOW = datetime(2026, 11, 23, 12, 0, 0)  # "now" of the data set and of every query on it
EPOCH = datetime(1970, 1, 1)
OFFICE_NODE = "0190a1b2-c3d4-7e5f-8a9b-0aa1ce000001"  # the office replica the data came from
CLIENTS_PER_WORKER = 50
Row = dict[str, Any]
Chunk = tuple[str, list[Row]]  # (table name, rows)


@dataclass(frozen=True)
class Sizes:
    clients: int
    notes: int

    @property
    def workers(self) -> int:
        return max(1, self.clients // CLIENTS_PER_WORKER)


def epoch_ms(when: datetime) -> int:
    return int((when - EPOCH).total_seconds() * 1000)


def uuid7_at(when: datetime, rng: random.Random) -> str:
    """A UUIDv7 for a record created at `when`, random bits from the seeded generator."""
    rand = rng.getrandbits(74)
    value = (epoch_ms(when) & ((1 << 48) - 1)) << 80 | 0x7 << 76
    value |= (rand >> 62) << 64 | 0b10 << 62 | (rand & ((1 << 62) - 1))
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def synced(row: Row, rng: random.Random, created: datetime, updated: datetime) -> Row:
    """The system columns of a record last changed at `updated` on the office replica."""
    stamp = Timestamp(epoch_ms(updated), 0, OFFICE_NODE).encode()
    row.update(
        id=uuid7_at(created, rng),
        created_at=created,
        updated_at=updated,
        hlc=stamp,
        field_clocks={"*": stamp},
        deleted=False,
    )
    return row


def _between(rng: random.Random, start: datetime, end: datetime) -> datetime:
    seconds = max(0, int((end - start).total_seconds()))
    return start + timedelta(seconds=rng.randint(0, seconds))


@dataclass
class People:
    """What note generation needs to know about the clients loaded first."""

    client_ids: list[str] = field(default_factory=list)
    case_ids: list[str] = field(default_factory=list)
    worker_of: list[str] = field(default_factory=list)
    since: list[datetime] = field(default_factory=list)  # when each client was registered


def people(sizes: Sizes, seed: int, chunk: int, summary: People) -> Iterator[Chunk]:
    """Workers, then clients with one case, 1-5 tasks, 1-3 visits and 1-3 consents each;
    fills `summary` (what `notes` needs) on the way."""
    rng = random.Random(seed)
    start = NOW - timedelta(days=5 * 365)
    workers = []
    for n in range(sizes.workers):
        created = start + timedelta(hours=n)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        workers.append(synced({"display_name": name, "role": "worker"}, rng, created, created))
    yield "worker_profile", workers
    fields = client_rows(sizes.clients, seed)
    span = (NOW - timedelta(days=30) - start) / max(1, sizes.clients)
    for first in range(0, sizes.clients, chunk):
        clients, cases, tasks, visits, consents = [], [], [], [], []
        for n in range(first, min(first + chunk, sizes.clients)):
            created = start + span * n + timedelta(seconds=rng.randint(0, 3600))
            worker = workers[n % len(workers)]["id"]
            client = synced({**fields[n], "assigned_worker_id": worker}, rng, created, created)
            client["deleted"] = rng.random() < 0.003
            case = _case(rng, client, n, created)
            clients.append(client)
            cases.append(case)
            tasks += [_task(rng, case) for _ in range(rng.randint(1, 5))]
            visits += [_visit(rng, case) for _ in range(rng.randint(1, 3))]
            consents += _consents(rng, client, case)
            summary.client_ids.append(client["id"])
            summary.case_ids.append(case["id"])
            summary.worker_of.append(worker)
            summary.since.append(created)
        yield from (("client", clients), ("case_file", cases), ("task", tasks))
        yield from (("visit", visits), ("consent", consents))


def _case(rng: random.Random, client: Row, n: int, created: datetime) -> Row:
    stage = rng.choices(STAGE_ORDER, [2, 3, 3, 6, 5, 1, 1])[0].value
    opened = (created + timedelta(days=rng.randint(0, 10))).date()
    closed = (
        opened + timedelta(days=rng.randint(30, 700)) if stage in ("closure", "follow_up") else None
    )
    row = {
        "client_id": client["id"],
        "case_number": f"C-{opened.year}-{n + 1:06d}",
        "program": rng.choice(demo_data.PROGRAMS),
        "stage": stage,
        "assigned_worker_id": client["assigned_worker_id"],
        "opened_on": opened,
        "closed_on": min(closed, NOW.date()) if closed else None,
        "next_review_on": NOW.date() + timedelta(days=rng.randint(-10, 60)),
    }
    return synced(row, rng, created, created + timedelta(days=rng.randint(0, 30)))


def _task(rng: random.Random, case: Row) -> Row:
    due = NOW.date() + timedelta(days=rng.randint(-60, 30))
    created = min(datetime.combine(due, time(9)) - timedelta(days=rng.randint(1, 30)), NOW)
    done = due < NOW.date() and rng.random() < 0.7
    done_at = datetime.combine(due, time(rng.randint(9, 17))) if done else None
    row = {
        "case_id": case["id"],
        "client_id": case["client_id"],
        "title": rng.choice(demo_data.TASKS),
        "kind": rng.choice(("task", "task", "follow_up")),
        "due_on": due,
        "assigned_to_id": case["assigned_worker_id"],
        "done_at": done_at,
        "notes": f"About {rng.choice(TOPICS)}." if rng.random() < 0.3 else None,
    }
    return synced(row, rng, created, done_at or created)


def _visit(rng: random.Random, case: Row) -> Row:
    day = NOW.date() + timedelta(days=rng.randint(-90, 30))
    at = datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 30))))
    if at >= NOW:
        status = "scheduled"
    else:
        status = rng.choices(("done", "cancelled", "no_show", "scheduled"), (80, 8, 7, 5))[0]
    created = min(at - timedelta(days=rng.randint(1, 21)), NOW)
    row = {
        "case_id": case["id"],
        "client_id": case["client_id"],
        "contact_type": rng.choice(("home", "home", "phone", "office", "video")),
        "scheduled_at": at,
        "duration_minutes": rng.choice((30, 45, 60, 90)),
        "location": rng.choice(("Client's home", "Main office", None)),
        "purpose": rng.choice(demo_data.VISIT_PURPOSES),
        "status": status,
        "worker_id": case["assigned_worker_id"],
    }
    return synced(row, rng, created, min(at, NOW) if status != "scheduled" else created)


def _consents(rng: random.Random, client: Row, case: Row) -> list[Row]:
    """A services consent, a release of information that expires (about 5 % within the next
    30 days); some releases renewed (superseded) or revoked by a later signed record."""
    signer = f"{client['legal_first_name']} {client['legal_last_name']}"
    base = {"client_id": client["id"], "case_id": case["id"], "signer_name": signer}
    base.update(signer_authority="self", method="written", language=client["preferred_language"])
    base.update(template_version="1", recipients=[], information_categories=["case plan"])
    opened = datetime.combine(case["opened_on"], time(10))
    services = {**base, "scope": "services", "purpose": "Case management services"}
    services.update(template_id="services-standard", effective_on=case["opened_on"])
    made = [_signed(rng, services, opened, expires=None)]
    when = _between(rng, opened, NOW - timedelta(days=1))
    release = {**base, "scope": "release_of_information", "template_id": "roi-standard"}
    release.update(purpose="Coordinate services with partner agencies", effective_on=when.date())
    release["recipients"] = [rng.choice(demo_data.COLLATERALS)[1]]
    expires = (NOW + timedelta(days=rng.randint(-90, 600))).date()
    made.append(_signed(rng, release, when, expires=max(expires, when.date())))
    follow = rng.random()
    if follow < 0.15:  # renewed, or revoked by the client
        later = _between(rng, when, NOW)
        link = "supersedes_id" if follow < 0.1 else "revokes_id"
        again = {**release, link: made[-1]["id"], "effective_on": later.date()}
        made.append(_signed(rng, again, later, expires=(later + timedelta(days=365)).date()))
        if link == "revokes_id":
            made[-1].update(status="revoked", revoked_at=later, revocation_reason="Client request")
    return made


def _signed(rng: random.Random, fields: Row, when: datetime, expires: date | None) -> Row:
    row = {**fields, "expires_on": expires, "status": "active", "signed_at": when}
    row["document_hash"] = f"{rng.getrandbits(256):064x}"
    return synced(row, rng, when, when)


def note_schedule(sizes: Sizes, who: People, seed: int) -> list[int]:
    """(time, client) of every note, in time order, packed as ms << 20 | client index."""
    rng = random.Random(seed + 1)
    end = epoch_ms(NOW)
    packed = []
    for _ in range(sizes.notes):
        n = rng.randrange(len(who.client_ids))
        packed.append(rng.randint(epoch_ms(who.since[n]), end) << 20 | n)
    packed.sort()
    return packed


def notes(sizes: Sizes, who: People, seed: int, chunk: int) -> Iterator[Chunk]:
    """Case notes in time order: mostly signed DAP/SOAP/BIRP notes, recent ones often still
    drafts, about 1 % addenda pointing at the client's previous note."""
    rng = random.Random(seed + 2)
    last_note: dict[int, str] = {}
    recent = NOW - timedelta(days=7)
    rows: list[Row] = []
    for packed in note_schedule(sizes, who, seed):
        n = packed & 0xFFFFF
        occurred = EPOCH + timedelta(milliseconds=packed >> 20)
        rows.append(_note(rng, who, n, occurred.replace(microsecond=0), last_note, recent))
        last_note[n] = rows[-1]["id"]
        if len(rows) == chunk:
            yield "case_note", rows
            rows = []
    if rows:
        yield "case_note", rows


def _note(
    rng: random.Random,
    who: People,
    n: int,
    occurred: datetime,
    last_note: dict[int, str],
    recent: datetime,
) -> Row:
    amends = last_note.get(n) if rng.random() < 0.01 else None
    template = "free" if amends else rng.choices(TEMPLATE_KEYS, TEMPLATE_WEIGHTS)[0]
    author = who.worker_of[n]
    created = min(occurred + timedelta(minutes=rng.randint(5, 600)), NOW)
    draft = rng.random() < (0.4 if occurred > recent else 0.005)
    row: Row = {
        "client_id": who.client_ids[n],
        "case_id": who.case_ids[n],
        "author_id": author,
        "template": template,
        "kind": rng.choice(("addendum", "late_entry")) if amends else "note",
        "contact_type": rng.choice(("home", "home", "phone", "office", "video")),
        "occurred_at": occurred,
        "duration_minutes": rng.choice((15, 20, 30, 45, 60, 90)),
        "location": rng.choice(PLACES) if rng.random() < 0.5 else None,
        "participants": "Client and interpreter" if rng.random() < 0.1 else None,
        "goals_addressed": [],
        "sections": note_sections(rng, template),
        "amends_id": amends,
        "amendment_reason": "Information received after signing" if amends else None,
        "status": "draft",
        "signed_at": None,
        "signed_by_id": None,
        "content_hash": None,
    }
    updated = created
    if not draft:
        updated = min(created + timedelta(minutes=rng.randint(1, 240)), NOW)
        row.update(status="signed", signed_at=updated, signed_by_id=author)
    synced(row, rng, created, updated)
    if not draft:
        row["content_hash"] = content_hash({name: row[name] for name in HASHED_FIELDS})
    return row
