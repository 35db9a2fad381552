"""Intake: a new client, checked first against every client on this device for a possible
duplicate (app/core/duplicates.py), and editing a client's details afterwards.

`create_client` saves nothing while a possible duplicate has no answer: it returns the
candidates, and the worker says for each one that it is a different person (then the client
is saved, with those answers) or that it is the same person (`same_person`: nothing new is
saved and the answer is recorded on the existing client). Every write goes through the ORM,
so the outbox records it field by field; the audit log gets ids and field names only.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, or_, select
from sqlalchemy.orm import Session

from app.core import duplicates
from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import utcnow
from app.models import Client, DuplicateDecision, WorkerProfile
from app.models.people import CLIENT_LISTED
from app.services.fields import load
from app.services.intake_people import PersonView, list_people
from app.services.intake_rules import ClientDetails, clean_details
from app.services.intake_screening import ScreeningView, list_screenings
from app.store.audit import record_event

__all__ = [
    "ClientDetails",
    "IntakeResult",
    "IntakeView",
    "PossibleDuplicate",
    "client_details",
    "create_client",
    "find_duplicates",
    "intake_view",
    "same_person",
    "update_client",
]

DUPLICATES_SHOWN = 10
DETAIL_FIELDS = tuple(f.name for f in fields(ClientDetails))


@dataclass(frozen=True)
class PossibleDuplicate:
    """A client on this device who may be the person being taken in, and why."""

    client_id: str
    display_name: str
    legal_name: str
    date_of_birth: date | None
    phone: str | None
    matched_on: tuple[str, ...]  # codes of app.core.duplicates.REASONS
    assigned_worker: str | None


@dataclass(frozen=True)
class IntakeResult:
    """The new client's id, or None when nothing was saved because of `duplicates`."""

    client_id: str | None
    duplicates: tuple[PossibleDuplicate, ...] = ()


def _person(details: ClientDetails) -> duplicates.Person:
    return duplicates.Person(
        details.legal_first_name,
        details.legal_last_name,
        details.preferred_name,
        details.date_of_birth,
        details.phone,
    )


def _several_words(column: SQLColumnExpression[str]) -> ColumnElement[bool]:
    return or_(column.contains(" "), column.contains("-"))


def _phone_digits(column: SQLColumnExpression[str | None]) -> ColumnElement[str]:
    digits: ColumnElement[str] = func.replace(column, " ", "")
    for mark in ("-", "(", ")", ".", "/", "+"):
        digits = func.replace(digits, mark, "")
    return digits


def _names_may_sound_alike(new: duplicates.Keys) -> ColumnElement[bool]:
    """Given and family names starting with letters that can start a matching key (or of
    several words), in either order."""
    first_letters = sorted(duplicates.initial_letters(new.first))
    last_letters = sorted(duplicates.initial_letters(new.last))
    first = or_(
        func.substr(Client.legal_first_name, 1, 1).in_(first_letters),
        func.substr(Client.preferred_name, 1, 1).in_(first_letters),
        _several_words(Client.legal_first_name),
    )
    last = or_(
        func.substr(Client.legal_last_name, 1, 1).in_(last_letters),
        _several_words(Client.legal_last_name),
    )
    swapped = and_(
        func.substr(Client.legal_first_name, 1, 1).in_(last_letters),
        func.substr(Client.legal_last_name, 1, 1).in_(first_letters),
    )
    return or_(and_(first, last), swapped)


def _sieve(new: duplicates.Keys) -> ColumnElement[bool]:
    """A first pass in SQL over every client, which lets through at least every one
    `duplicates.compare` could match: by sound, date of birth or phone number."""
    either = [_names_may_sound_alike(new)]
    if new.born is not None:
        either.append(Client.date_of_birth == new.born)
    if new.phone:
        either.append(_phone_digits(Client.phone).endswith(new.phone))
    return or_(*either)


def _matches(session: Session, details: ClientDetails) -> dict[str, tuple[str, ...]]:
    """Every live client on this device that may be this person, with the reasons."""
    new = duplicates.Keys.of(_person(details))
    rows = session.execute(
        select(
            Client.id,
            Client.legal_first_name,
            Client.legal_last_name,
            Client.preferred_name,
            Client.date_of_birth,
            Client.phone,
        ).where(CLIENT_LISTED, _sieve(new))
    )
    found = {}
    for client_id, first, last, preferred, born, phone in rows:
        person = duplicates.Person(first, last, preferred, born, phone)
        reasons = duplicates.compare(new, duplicates.Keys.of(person))
        if reasons:
            found[client_id] = reasons
    return found


def find_duplicates(session: Session, details: ClientDetails) -> tuple[PossibleDuplicate, ...]:
    """The clients this person may be, the strongest likeness first (at most ten)."""
    found = _matches(session, clean_details(details))
    strongest = sorted(found, key=lambda client_id: -len(found[client_id]))[:DUPLICATES_SHOWN]
    rows = session.execute(
        select(Client, WorkerProfile.display_name)
        .outerjoin(WorkerProfile, WorkerProfile.id == Client.assigned_worker_id)
        .where(Client.id.in_(strongest))
    )
    by_id = {client.id: _candidate(client, worker, found[client.id]) for client, worker in rows}
    return tuple(by_id[client_id] for client_id in strongest if client_id in by_id)


def _candidate(client: Client, worker: str | None, reasons: tuple[str, ...]) -> PossibleDuplicate:
    legal = f"{client.legal_first_name} {client.legal_last_name}"
    return PossibleDuplicate(
        client.id, client.display_name, legal, client.date_of_birth, client.phone, reasons, worker
    )


def create_client(
    session: Session,
    details: ClientDetails,
    worker_id: str | None,
    different_from: Collection[str] = (),
) -> IntakeResult:
    """Save a new client assigned to `worker_id`, unless a possible duplicate is not among
    `different_from` (the ones the worker said are someone else): then nothing is saved."""
    cleaned = clean_details(details)
    found = find_duplicates(session, cleaned)
    if any(candidate.client_id not in different_from for candidate in found):
        return IntakeResult(None, found)
    client = Client(id=uuid7(), **vars(cleaned), assigned_worker_id=worker_id)
    session.add(client)
    for candidate in found:
        _decide(session, client.id, candidate, "different_person", worker_id)
    others = [candidate.client_id for candidate in found]
    record_event(session, "client.created", "client", client.id, different_from=others)
    return IntakeResult(client.id, found)


def same_person(
    session: Session, client_id: str, matched_on: Collection[str], worker_id: str | None
) -> str:
    """The worker said the person being taken in is this client: nothing new is saved; the
    answer is kept with the client (and synced). Returns the client's id."""
    load(session, Client, client_id, "client")
    unknown = set(matched_on) - set(duplicates.REASONS)
    if unknown:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "The reasons for a possible duplicate are not ones this app knows."
            )
        )
    candidate = PossibleDuplicate(client_id, "", "", None, None, tuple(matched_on), None)
    _decide(session, client_id, candidate, "same_person", worker_id)
    record_event(session, "client.duplicate_same", "client", client_id)
    return client_id


def _decide(
    session: Session,
    client_id: str,
    candidate: PossibleDuplicate,
    decision: str,
    worker_id: str | None,
) -> None:
    other = candidate.client_id if decision == "different_person" else None
    session.add(
        DuplicateDecision(
            client_id=client_id,
            other_client_id=other,
            decision=decision,
            matched_on=list(candidate.matched_on),
            decided_by_id=worker_id,
            decided_at=utcnow(),
        )
    )


def client_details(session: Session, client_id: str) -> ClientDetails:
    """What the intake form holds for this client (to edit it)."""
    client = load(session, Client, client_id, "client")
    return ClientDetails(**{name: getattr(client, name) for name in DETAIL_FIELDS})


def update_client(session: Session, client_id: str, details: ClientDetails) -> tuple[str, ...]:
    """Change what differs and nothing else, so the outbox sends only those fields and a
    concurrent edit of another field on another laptop is kept. Returns the fields changed."""
    client = load(session, Client, client_id, "client")
    cleaned = clean_details(details)
    changed = tuple(
        name for name in DETAIL_FIELDS if getattr(client, name) != getattr(cleaned, name)
    )
    for name in changed:
        setattr(client, name, getattr(cleaned, name))
    if changed:
        record_event(session, "client.updated", "client", client_id, fields=list(changed))
    return changed


@dataclass(frozen=True)
class IntakeView:
    """The record's Intake tab: screenings (newest first) and the people around the client."""

    screenings: tuple[ScreeningView, ...]
    people: tuple[PersonView, ...]


def intake_view(session: Session, client_id: str) -> IntakeView:
    """Read for the Intake tab; audited (screening reasons are the client's circumstances)."""
    people = list_people(session, client_id)
    record_event(session, "intake.viewed", "client", client_id)
    return IntakeView(list_screenings(session, client_id), people)
