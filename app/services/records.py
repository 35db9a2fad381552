"""Reading one client's record (audited) and creating clients."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.timeutil import local_today
from app.models import Case, CaseNote, Client, RelatedPerson, Task, Visit, WorkerProfile
from app.services import dto
from app.services.consent_views import consent_alerts
from app.services.fields import NotFound
from app.services.safety import last_report_day

__all__ = ["ClientDraft", "NotFound", "create_client", "get_client_record"]
from app.store.audit import record_event

RECENT_NOTES = 10


@dataclass
class ClientDraft:
    legal_first_name: str
    legal_last_name: str
    preferred_name: str | None = None
    pronouns: str | None = None
    date_of_birth: date | None = None
    preferred_language: str = "en"
    interpreter_needed: bool = False
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    do_not_call: bool = False
    safe_contact_times: str | None = None
    contact_rules: str | None = None
    safety_flags: list[str] = field(default_factory=list)
    cultural_considerations: str | None = None
    risk_level: str = "low"


def create_client(session: Session, draft: ClientDraft, assigned_worker_id: str | None) -> str:
    client = Client(id=uuid7(), **vars(draft), assigned_worker_id=assigned_worker_id)
    session.add(client)
    record_event(session, "client.created", "client", client.id)
    return client.id


def _note_summary(note: CaseNote) -> dto.NoteSummary:
    first_section = next((str(v) for v in (note.sections or {}).values() if v), "")
    return dto.NoteSummary(
        id=note.id,
        occurred_at=note.occurred_at,
        template=note.template,
        kind=note.kind,
        status=note.status,
        contact_type=note.contact_type,
        summary=first_section[:200],
    )


def signed_notes(session: Session, client_id: str) -> tuple[dto.NoteSummary, ...]:
    """Every signed note of the client, newest first, without addenda (they travel with
    their note): what a packet or a court copy can carry."""
    notes = session.scalars(
        select(CaseNote)
        .where(
            CaseNote.client_id == client_id,
            CaseNote.deleted.is_(False),
            CaseNote.status == "signed",
            CaseNote.kind != "addendum",
        )
        .order_by(CaseNote.occurred_at.desc())
    )
    return tuple(_note_summary(note) for note in notes)


def _cases(session: Session, client_id: str) -> tuple[dto.CaseSummary, ...]:
    rows = session.execute(
        select(Case, WorkerProfile.display_name)
        .outerjoin(WorkerProfile, WorkerProfile.id == Case.assigned_worker_id)
        .where(Case.client_id == client_id, Case.deleted.is_(False))
        .order_by(Case.opened_on.desc())
    )
    return tuple(
        dto.CaseSummary(
            case.id,
            case.case_number,
            case.program,
            case.stage,
            case.opened_on,
            case.closed_on,
            worker,
        )
        for case, worker in rows
    )


def _notes(session: Session, client_id: str) -> tuple[dto.NoteSummary, ...]:
    notes = session.scalars(
        select(CaseNote)
        .where(CaseNote.client_id == client_id, CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_at.desc())
        .limit(RECENT_NOTES)
    )
    return tuple(_note_summary(note) for note in notes)


def _tasks(session: Session, client_id: str, today: date) -> tuple[dto.TaskSummary, ...]:
    tasks = session.scalars(
        select(Task)
        .where(Task.client_id == client_id, Task.deleted.is_(False))
        .order_by(Task.done_at.is_not(None), Task.due_on)
    )
    return tuple(
        dto.TaskSummary(
            t.id,
            t.title,
            t.due_on,
            t.done_at is not None,
            t.done_at is None and t.due_on is not None and t.due_on < today,
        )
        for t in tasks
    )


def _visits(session: Session, client_id: str) -> tuple[dto.VisitSummary, ...]:
    visits = session.scalars(
        select(Visit)
        .where(Visit.client_id == client_id, Visit.deleted.is_(False))
        .order_by(Visit.scheduled_at.desc())
        .limit(20)
    )
    return tuple(
        dto.VisitSummary(v.id, v.scheduled_at, v.contact_type, v.status, v.location) for v in visits
    )


def _people(session: Session, client_id: str) -> tuple[dto.PersonSummary, ...]:
    people = session.scalars(
        select(RelatedPerson)
        .where(RelatedPerson.client_id == client_id, RelatedPerson.deleted.is_(False))
        .order_by(RelatedPerson.kind, RelatedPerson.name)
    )
    return tuple(
        dto.PersonSummary(p.id, p.kind, p.name, p.relationship, p.aware_of_services) for p in people
    )


def get_client_record(
    session: Session, client_id: str, today: date | None = None
) -> dto.ClientRecord:
    """The whole read-only record; viewing it is written to the audit log."""
    client = session.get(Client, client_id)
    if client is None or client.deleted:
        raise NotFound("This client is not on this device.")
    record_event(session, "client.viewed", "client", client_id)
    today = today or local_today()
    alerts = consent_alerts(session, client_id, today)
    return dto.ClientRecord(
        id=client.id,
        display_name=client.display_name,
        legal_name=f"{client.legal_first_name} {client.legal_last_name}",
        preferred_name=client.preferred_name,
        pronouns=client.pronouns,
        date_of_birth=client.date_of_birth,
        preferred_language=client.preferred_language,
        interpreter_needed=client.interpreter_needed,
        phone=client.phone,
        email=client.email,
        address=client.address,
        do_not_call=client.do_not_call,
        safe_contact_times=client.safe_contact_times,
        contact_rules=client.contact_rules,
        safety_flags=tuple(client.safety_flags or ()),
        cultural_considerations=client.cultural_considerations,
        risk_level=client.risk_level,
        lacks_capacity=client.lacks_capacity,
        may_leave_message=client.may_leave_message,
        may_visit=client.may_visit,
        may_send_mail=client.may_send_mail,
        representative_name=client.representative_name,
        representative_role=client.representative_role,
        has_services_consent=alerts.has_services_consent,
        consent_expiring_on=min((day for _, day in alerts.expiring), default=None),
        mandated_report_on=last_report_day(session, client_id),
        cases=_cases(session, client_id),
        recent_notes=_notes(session, client_id),
        tasks=_tasks(session, client_id, today),
        visits=_visits(session, client_id),
        people=_people(session, client_id),
    )
