"""The people around a client: household members, and collaterals (other professionals,
family and other contacts) with whether the client allows the worker to contact them.

Every change goes through the ORM (the outbox records it field by field, so an edit on one
laptop and another edit on another laptop merge per field); the audit log gets ids, the kind
and field names, never a name.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Client, RelatedPerson
from app.services.fields import load, one_of, optional_text, required_text
from app.services.intake_rules import EMAIL, phone_number
from app.store.audit import record_event

KINDS = ("household", "collateral")


# The field names this module's checks put in a refusal ("Please fill in the {what}."),
# marked so lupdate collects them: the UI translates a refusal's word details in "Refusal"
# (app/ui/errors.py). Marking only: the checks keep passing the same English words.
REFUSAL_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Refusal", "email address"),
    QT_TRANSLATE_NOOP("Refusal", "kind of person"),
    QT_TRANSLATE_NOOP("Refusal", "name"),
    QT_TRANSLATE_NOOP("Refusal", "relationship to the client"),
    QT_TRANSLATE_NOOP("Refusal", "organisation"),
    QT_TRANSLATE_NOOP("Refusal", "phone number"),
    QT_TRANSLATE_NOOP("Refusal", "notes"),
)


@dataclass(frozen=True)
class PersonDetails:
    kind: str  # household | collateral
    name: str
    relationship: str  # to the client: "sister", "son", "GP", "landlord"
    organisation: str | None = None  # a professional's service or employer
    date_of_birth: date | None = None
    phone: str | None = None
    email: str | None = None
    aware_of_services: bool = False  # knows the client gets this service (else: never say)
    may_contact: bool = False  # the client allows the worker to contact them
    notes: str | None = None


@dataclass(frozen=True)
class PersonView:
    id: str
    client_id: str
    details: PersonDetails


DETAIL_FIELDS = tuple(f.name for f in fields(PersonDetails))


def clean_person(details: PersonDetails, today: date | None = None) -> PersonDetails:
    email = optional_text(details.email, "email address", 200)
    if email is not None and not EMAIL.match(email):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "The email address does not look right (name@example.org)."
            )
        )
    born = details.date_of_birth
    if born is not None and born > (today or date.today()):
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The date of birth cannot be in the future."))
    return replace(
        details,
        kind=one_of(details.kind, KINDS, "kind of person"),
        name=required_text(details.name, "name", 200),
        relationship=required_text(details.relationship, "relationship to the client", 100),
        organisation=optional_text(details.organisation, "organisation", 200),
        phone=phone_number(details.phone, "phone number"),
        email=email,
        notes=optional_text(details.notes, "notes", 2000),
    )


def _view(person: RelatedPerson) -> PersonView:
    values = {name: getattr(person, name) for name in DETAIL_FIELDS}
    return PersonView(person.id, person.client_id, PersonDetails(**values))


def list_people(session: Session, client_id: str) -> tuple[PersonView, ...]:
    """The client's household first, then collaterals, each by name."""
    load(session, Client, client_id, "client")
    people = session.scalars(
        select(RelatedPerson)
        .where(RelatedPerson.client_id == client_id, RelatedPerson.deleted.is_(False))
        .order_by(RelatedPerson.kind.desc(), RelatedPerson.name, RelatedPerson.id)
    )
    return tuple(_view(person) for person in people)


def add_person(session: Session, client_id: str, details: PersonDetails) -> str:
    load(session, Client, client_id, "client")
    cleaned = clean_person(details)
    person = RelatedPerson(id=uuid7(), client_id=client_id, **vars(cleaned))
    session.add(person)
    record_event(
        session, "person.added", "related_person", person.id, client=client_id, kind=cleaned.kind
    )
    return person.id


def update_person(session: Session, person_id: str, details: PersonDetails) -> tuple[str, ...]:
    """Change what differs and nothing else; returns the fields changed."""
    person = load(session, RelatedPerson, person_id, "person")
    cleaned = clean_person(details)
    changed = tuple(n for n in DETAIL_FIELDS if getattr(person, n) != getattr(cleaned, n))
    for name in changed:
        setattr(person, name, getattr(cleaned, name))
    if changed:
        record_event(
            session,
            "person.updated",
            "related_person",
            person_id,
            client=person.client_id,
            fields=list(changed),
        )
    return changed


def remove_person(session: Session, person_id: str) -> None:
    """Take someone off the client's list (a tombstone, synced like any change)."""
    person = load(session, RelatedPerson, person_id, "person")
    person.deleted = True
    record_event(session, "person.removed", "related_person", person_id, client=person.client_id)
