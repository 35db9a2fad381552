"""The synthetic office data set: workers, clients, cases, tasks, visits, consents, the case
plan (structured assessments, goals, objectives and their progress entries), referrals, safety
plans and case notes, as plain rows (attribute name -> Python value) ready for a bulk load.

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
from functools import cache
from typing import Any

from app.core.hlc import Timestamp
from app.core.notes import content_hash
from app.core.stages import STAGE_ORDER
from app.documents.instruments import load_instrument
from app.services import demo_data
from app.services.notes import HASHED_FIELDS
from bench.notes_text import PLACES, TEMPLATE_KEYS, TEMPLATE_WEIGHTS, TOPICS, note_sections
from bench.workload import FIRST, LAST, client_rows

GENERATOR_VERSION = 3  # 2: consents (caseload rows show the earliest expiring consent)
# 3: assessments, goals, objectives, progress entries, referrals, safety plans (own generator:
#    the rows of version 2 are unchanged)
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
    """Workers, then clients with one case, 1-5 tasks, 1-3 visits and 1-3 consents each, and
    the case's plan, referrals and safety plan (`case_records`); fills `summary` (what `notes`
    needs) on the way."""
    rng = random.Random(seed)
    more = random.Random(seed + 3)  # the plan tables: the rows drawn from `rng` stay as before
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
        extra: dict[str, list[Row]] = {table: [] for table in CASE_TABLES}
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
            signed = _consents(rng, client, case)
            consents += signed
            for table, rows in case_records(more, client, case, signed).items():
                extra[table] += rows
            summary.client_ids.append(client["id"])
            summary.case_ids.append(case["id"])
            summary.worker_of.append(worker)
            summary.since.append(created)
        yield from (("client", clients), ("case_file", cases), ("task", tasks))
        yield from (("visit", visits), ("consent", consents))
        yield from ((table, extra[table]) for table in CASE_TABLES)


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


CASE_TABLES = ("assessment", "goal", "objective", "objective_progress", "referral", "safety_plan")
INSTRUMENT = ("needs-strengths", "1")  # resources/assessments/needs-strengths.*.v1.txt
INSTRUMENT_LANGUAGES = ("en", "es", "fr")
DOMAIN_TOPICS = {
    "housing": "rent arrears and repairs",
    "income": "the benefits claim",
    "health": "getting to appointments",
    "mental_health": "sleep and worry",
    "substance_use": "drinking at weekends",
    "safety": "contact with a former partner",
    "family": "the children's school routine",
    "education_work": "finding part-time work",
    "legal": "the court date",
    "daily_living": "shopping and cooking",
}
NEEDS = (
    "Wants help with {t}.",
    "Things are getting harder with {t}; agreed to look at options.",
    "Needs a plan for {t} before the next review.",
    "Asked for information about {t}.",
)
STRENGTHS = (
    "Has handled {t} before.",
    "A sister helps with {t}.",
    "Knows who to call about {t}.",
    "Motivated to sort out {t}.",
)
WORDS = (
    "I can manage if I know what is coming.",
    "I just need someone to help me start.",
    "Some weeks are better than others.",
    "I don't want the children to worry.",
    "I'd rather do it myself, with a bit of help.",
    "It's been hard since the move.",
)
GOALS = (
    ("Keep the tenancy", "Rent paid on time", "months without arrears", "0", "6"),
    ("Stable income", "Benefits claim decided", "applications submitted", "0", "2"),
    ("Regular health care", "Appointments kept", "appointments kept per month", "0", "2"),
    ("Feel safer at home", "Safety plan in use", "safety checks completed", "0", "4"),
    ("Find work", "Job applications sent", "applications per month", "0", "5"),
    ("Children settled at school", "Attendance improved", "attendance %", "70", "95"),
    ("Manage money", "Weekly budget kept", "weeks on budget", "0", "8"),
    ("Less alcohol use", "Alcohol-free days", "alcohol-free days per week", "1", "5"),
)
SERVICES = {  # organisation named by the release of information -> service referred to
    "Eastside Clinic": "Primary care",
    "Lincoln Elementary": "School liaison",
    "City Housing Authority": "Housing assistance",
    "WorkStart": "Employment support",
}
REFERRAL_STATUSES = ("sent", "accepted", "declined", "started", "closed")
SAFETY_TEXT = {
    "warning_signs": ("Not sleeping, stops answering the phone.", "Partner's car outside."),
    "coping_steps": ("Walk to the park, call a friend.", "Go to sister's flat with the kids."),
    "contacts": ("Sister (555-0142); crisis line 988.", "Worker; crisis line; police 911."),
    "means_restriction": ("Medicines kept by sister.", "Spare key left with neighbour."),
    "client_words": ("I know the signs now.", "I want to stay here and be safe."),
}


def case_records(rng: random.Random, client: Row, case: Row, consents: list[Row]) -> dict:
    """The case's structured assessments (1-2), its plan once past assessment (1-3 goals, 1-2
    objectives each, 1-4 progress entries each), a referral for about one case in two (to the
    organisation its release of information names) and, for a high-risk client, a safety plan."""
    worker = case["assigned_worker_id"]
    opened = case["opened_on"]
    end = min(case["closed_on"] or NOW.date(), NOW.date())
    made: dict[str, list[Row]] = {table: [] for table in CASE_TABLES}
    made["assessment"] = _assessments(rng, client, case, opened, end)
    first = made["assessment"][0]["assessed_on"]
    if case["stage"] not in ("intake", "assessment"):
        for _ in range(rng.randint(1, 3)):
            _goal(rng, case, first, end, made)
    count = 1 if rng.random() < 0.42 else 0
    count += 1 if rng.random() < 0.08 else 0
    release = consents[1]
    for _ in range(count):
        made["referral"].append(_referral(rng, case, release, end))
    if client["risk_level"] == "high":
        made["safety_plan"].append(_safety_plan(rng, client, worker, first, end))
    return made


def _day_at(rng: random.Random, day: date) -> datetime:
    return min(datetime.combine(day, time(rng.randint(9, 16), rng.randint(0, 59))), NOW)


def _days_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


@cache
def _domain_codes() -> tuple[str, ...]:
    return tuple(d.code for d in load_instrument(INSTRUMENT[0], "en", INSTRUMENT[1]).domains)


def _assessments(rng: random.Random, client: Row, case: Row, opened: date, end: date) -> list:
    days = [min(opened + timedelta(days=rng.randint(0, 14)), end)]
    if (end - days[0]).days > 120 and rng.random() < 0.6:
        days.append(days[0] + timedelta(days=rng.randint(90, min(365, (end - days[0]).days))))
    language = client["preferred_language"]
    language = language if language in INSTRUMENT_LANGUAGES else "en"
    codes = _domain_codes()
    rows = []
    for k, day in enumerate(days):
        latest = k == len(days) - 1
        risk = (
            client["risk_level"] if latest else rng.choices(("low", "medium", "high"), (5, 3, 2))[0]
        )
        domains = {}
        for code in codes:
            topic = DOMAIN_TOPICS.get(code, code.replace("_", " "))
            rating = rng.choices((0, 1, 2, 3, 4), (30, 30, 25, 12, 3))[0]
            need = rng.choice(NEEDS).format(t=topic) if rating >= 2 else ""
            domains[code] = {
                "rating": rating,
                "needs": need,
                "strengths": rng.choice(STRENGTHS).format(t=topic),
                "client_words": rng.choice(WORDS) if rng.random() < 0.5 else "",
            }
        at = _day_at(rng, day)
        row = {
            "case_id": case["id"],
            "kind": "assessment" if k == 0 else "reassessment",
            "assessed_on": day,
            "needs": "",
            "strengths": "",
            "risks": "Discussed risks at home; see safety plan." if risk == "high" else "",
            "risk_level": risk,
            "next_due_on": day + timedelta(days=180),
            "instrument_id": INSTRUMENT[0],
            "instrument_version": INSTRUMENT[1],
            "instrument_language": language,
            "domains": domains,
            "flags_added": list(client["safety_flags"]) if k == 0 else [],
            "flags_removed": [],
            "assessed_by_id": case["assigned_worker_id"],
        }
        rows.append(synced(row, rng, at, at))
    return rows


def _goal(rng: random.Random, case: Row, start: date, end: date, made: dict) -> None:
    title, objective, measure, baseline, target = rng.choice(GOALS)
    closed = case["stage"] in ("closure", "follow_up")
    status = rng.choices(("met", "not_met", "dropped"), (6, 3, 1))[0] if closed else "active"
    outcome = {"met": "achieved", "not_met": "partly", "dropped": "not_achieved"}.get(status)
    set_on = _days_between(rng, start, min(end, start + timedelta(days=30)))
    created = _day_at(rng, set_on)
    goal = {
        "case_id": case["id"],
        "title": title,
        "description": f"Agreed with the client at the plan meeting: {title.lower()}.",
        "responsible_party": rng.choice(("client", "client", "client and worker")),
        "target_date": set_on + timedelta(days=rng.choice((90, 180, 365))),
        "status": status,
        "progress_percent": 100 if status == "met" else rng.randint(0, 90),
        "outcome": outcome,
    }
    made["goal"].append(synced(goal, rng, created, created))
    for _ in range(rng.randint(1, 2)):
        readings = sorted(_days_between(rng, set_on, end) for _ in range(rng.randint(1, 4)))
        low, high = int(baseline), int(target)
        values = sorted(rng.randint(low, high) for _ in readings)
        state = "met" if status == "met" else ("active" if status == "active" else "not_met")
        row = {
            "goal_id": goal["id"],
            "description": objective,
            "measure": measure,
            "baseline_value": baseline,
            "target_value": target,
            "current_value": str(values[-1]),
            "target_date": goal["target_date"],
            "status": state,
        }
        made["objective"].append(synced(row, rng, created, _day_at(rng, readings[-1])))
        for n, (day, value) in enumerate(zip(readings, values, strict=True)):
            at = _day_at(rng, day)
            entry = {
                "objective_id": row["id"],
                "client_id": case["client_id"],
                "case_id": case["id"],
                "recorded_on": day,
                "value": str(value),
                "status": state if n == len(readings) - 1 else "active",
                "note": rng.choice(WORDS) if rng.random() < 0.3 else None,
                "recorded_by_id": case["assigned_worker_id"],
            }
            made["objective_progress"].append(synced(entry, rng, at, at))


def _referral(rng: random.Random, case: Row, release: Row, end: date) -> Row:
    organisation = release["recipients"][0]
    contact = next(name for name, org, _ in demo_data.COLLATERALS if org == organisation)
    last = max(release["effective_on"], min(end, release["expires_on"]))
    made_on = _days_between(rng, release["effective_on"], last)
    status = rng.choices(REFERRAL_STATUSES, (20, 25, 10, 25, 20))[0]
    status_on = made_on if status == "sent" else _days_between(rng, made_on, NOW.date())
    waiting = status in ("sent", "accepted")
    row = {
        "case_id": case["id"],
        "client_id": case["client_id"],
        "service": SERVICES[organisation],
        "organisation": organisation,
        "reason": f"Client asked for help from {organisation}.",
        "status": status,
        "made_on": made_on,
        "follow_up_on": made_on + timedelta(days=rng.randint(7, 30)) if waiting else None,
        "consent_id": release["id"],
        "urgency": rng.choices(("routine", "soon", "urgent"), (7, 2, 1))[0],
        "contact": contact if rng.random() < 0.7 else None,
        "status_on": status_on,
        "status_note": "Appointment offered." if status in ("accepted", "started") else None,
    }
    return synced(row, rng, _day_at(rng, made_on), _day_at(rng, status_on))


def _safety_plan(rng: random.Random, client: Row, worker: str, start: date, end: date) -> Row:
    row: Row = {name: rng.choice(texts) for name, texts in SAFETY_TEXT.items()}
    reviewed = _days_between(rng, start, end)
    row.update(client_id=client["id"], reviewed_on=reviewed, updated_by_id=worker)
    return synced(row, rng, _day_at(rng, start), _day_at(rng, reviewed))


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
