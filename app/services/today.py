"""The worker's day: today's visits in time order, tasks due today, overdue tasks,
re-assessments coming due, consents about to expire, clients with an open case and no consent
to services in force, and referrals waiting for a follow-up.

"The worker's clients" are the clients assigned to them plus the clients of open cases
assigned to them. A task assigned to nobody counts as the worker's when it is about one of
their clients. Every item carries the client's id and display name (preferred name first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from sqlalchemy import ColumnElement, CompoundSelect, and_, func, or_, select, union
from sqlalchemy.orm import Session

from app.core.timeutil import to_local
from app.models import Case, CaseNote, Client, Consent, Disclosure, Referral, Task, Visit
from app.services.assessments import latest_per_case
from app.services.fields import consent_in_force, start_of
from app.services.referrals import OPEN_CODES, status_of

LIMIT = 200
REASSESSMENT_NOTICE_DAYS = 7
CONSENT_NOTICE_DAYS = 30
FLAG_DAYS = 30  # how long a disclosure without consent stays on Today for review


@dataclass(frozen=True)
class TodayVisit:
    id: str
    client_id: str
    client_name: str
    scheduled_at: datetime
    duration_minutes: int
    contact_type: str
    location: str | None
    status: str


@dataclass(frozen=True)
class TodayTask:
    id: str
    title: str
    kind: str
    due_on: date | None
    client_id: str | None
    client_name: str | None
    case_id: str | None


@dataclass(frozen=True)
class TodayReassessment:
    case_id: str
    case_number: str
    client_id: str
    client_name: str
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class TodayConsent:
    id: str
    client_id: str
    client_name: str
    scope: str
    expires_on: date
    days_left: int


@dataclass(frozen=True)
class TodayNoConsent:
    """A client with an open case of the worker's and no consent to services in force."""

    client_id: str
    client_name: str


@dataclass(frozen=True)
class TodayReferral:
    id: str
    client_id: str
    client_name: str
    service: str
    organisation: str
    follow_up_on: date
    overdue: bool
    status: str = "sent"  # app/services/referrals.py STATUSES


@dataclass(frozen=True)
class TodayFlag:
    """Information a colleague shared without consent, under a legal basis: for review."""

    disclosure_id: str
    client_id: str
    client_name: str
    legal_basis: str
    disclosed_on: date


@dataclass(frozen=True)
class TodayView:
    worker_id: str
    today: date
    visits: tuple[TodayVisit, ...]
    due_today: tuple[TodayTask, ...]
    overdue_tasks: tuple[TodayTask, ...]
    reassessments_due: tuple[TodayReassessment, ...]
    expiring_consents: tuple[TodayConsent, ...]
    referral_follow_ups: tuple[TodayReferral, ...]
    without_consent: tuple[TodayNoConsent, ...] = ()
    shared_without_consent: tuple[TodayFlag, ...] = ()
    unfinished_notes: int = 0  # the worker's notes still in draft (the drafts list names them)
    has_clients: bool = True  # False in a new, empty vault


def _my_clients(worker_id: str) -> CompoundSelect:
    return union(
        select(Client.id).where(Client.assigned_worker_id == worker_id, Client.deleted.is_(False)),
        select(Case.client_id).where(
            Case.assigned_worker_id == worker_id, Case.closed_on.is_(None), Case.deleted.is_(False)
        ),
    )


def _visits(session: Session, worker_id: str, today: date) -> tuple[TodayVisit, ...]:
    start = start_of(today)
    rows = session.execute(
        select(Visit, Client)
        .join(Client, Client.id == Visit.client_id)
        .where(
            Visit.worker_id == worker_id,
            Visit.scheduled_at >= start,
            Visit.scheduled_at < start + timedelta(days=1),
            Visit.status != "cancelled",
            Visit.deleted.is_(False),
            Client.deleted.is_(False),
        )
        .order_by(Visit.scheduled_at, Visit.id)
        .limit(LIMIT)
    )
    return tuple(
        TodayVisit(
            v.id,
            c.id,
            c.display_name,
            v.scheduled_at,
            v.duration_minutes,
            v.contact_type,
            v.location,
            v.status,
        )
        for v, c in rows
    )


def _tasks(session: Session, worker_id: str, due: ColumnElement[bool]) -> tuple[TodayTask, ...]:
    mine = or_(
        Task.assigned_to_id == worker_id,
        and_(Task.assigned_to_id.is_(None), Task.client_id.in_(_my_clients(worker_id))),
    )
    rows = session.execute(
        select(Task, Client)
        .outerjoin(Client, Client.id == Task.client_id)
        .where(mine, due, Task.done_at.is_(None), Task.deleted.is_(False))
        .order_by(Task.due_on, Task.created_at, Task.id)
        .limit(LIMIT)
    )
    return tuple(
        TodayTask(
            t.id,
            t.title,
            t.kind,
            t.due_on,
            c.id if c else None,
            c.display_name if c else None,
            t.case_id,
        )
        for t, c in rows
    )


def _reassessments(session: Session, worker_id: str, today: date) -> tuple[TodayReassessment, ...]:
    latest = latest_per_case().subquery()
    # The row type, which mypy does not read from a select() of a subquery's column.
    rows: Iterable[tuple[Case, Client, date]] = session.execute(
        select(Case, Client, latest.c.next_due_on)
        .join(latest, latest.c.case_id == Case.id)
        .join(Client, Client.id == Case.client_id)
        .where(
            latest.c.rank == 1,
            latest.c.next_due_on <= today + timedelta(days=REASSESSMENT_NOTICE_DAYS),
            Case.assigned_worker_id == worker_id,
            Case.closed_on.is_(None),
            Case.deleted.is_(False),
            Client.deleted.is_(False),
        )
        .order_by(latest.c.next_due_on, Case.id)
        .limit(LIMIT)
    )
    return tuple(
        TodayReassessment(case.id, case.case_number, c.id, c.display_name, due, due < today)
        for case, c, due in rows
    )


def _consents(session: Session, worker_id: str, today: date) -> tuple[TodayConsent, ...]:
    rows = session.execute(
        select(Consent, Client)
        .join(Client, Client.id == Consent.client_id)
        .where(
            consent_in_force(),
            Consent.expires_on >= today,
            Consent.expires_on <= today + timedelta(days=CONSENT_NOTICE_DAYS),
            Consent.client_id.in_(_my_clients(worker_id)),
        )
        .order_by(Consent.expires_on, Consent.id)
        .limit(LIMIT)
    )
    # Not None below: the query keeps only consents with an expiry date (and referrals with a
    # follow-up date), which SQL compares.
    return tuple(
        TodayConsent(k.id, c.id, c.display_name, k.scope, due, (due - today).days)
        for k, c in rows
        for due in (cast(date, k.expires_on),)
    )


def _without_consent(session: Session, worker_id: str, today: date) -> tuple[TodayNoConsent, ...]:
    services = (
        select(Consent.id)
        .where(Consent.client_id == Client.id, Consent.scope == "services", consent_in_force())
        .where(or_(Consent.expires_on.is_(None), Consent.expires_on >= today))
    )
    open_cases = select(Case.client_id).where(
        Case.assigned_worker_id == worker_id, Case.closed_on.is_(None), Case.deleted.is_(False)
    )
    clients = session.scalars(
        select(Client)
        .where(Client.id.in_(open_cases), Client.deleted.is_(False), ~services.exists())
        .order_by(Client.legal_last_name, Client.id)
        .limit(LIMIT)
    )
    return tuple(TodayNoConsent(c.id, c.display_name) for c in clients)


def _referrals(session: Session, worker_id: str, today: date) -> tuple[TodayReferral, ...]:
    rows = session.execute(
        select(Referral, Client)
        .join(Client, Client.id == Referral.client_id)
        .where(
            Referral.status.in_(OPEN_CODES),
            Referral.follow_up_on <= today,
            Referral.client_id.in_(_my_clients(worker_id)),
            Referral.deleted.is_(False),
        )
        .order_by(Referral.follow_up_on, Referral.id)
        .limit(LIMIT)
    )
    return tuple(
        TodayReferral(
            r.id,
            c.id,
            c.display_name,
            r.service,
            r.organisation,
            due,
            due < today,
            status_of(r.status),
        )
        for r, c in rows
        for due in (cast(date, r.follow_up_on),)  # not None: see _consents
    )


def _flags(session: Session, worker_id: str, today: date) -> tuple[TodayFlag, ...]:
    # Every flagged disclosure this device holds (a supervisor's laptop holds the team's),
    # but not the worker's own: they made it, the review is someone else's.
    since = start_of(today - timedelta(days=FLAG_DAYS))
    rows = session.execute(
        select(Disclosure, Client)
        .join(Client, Client.id == Disclosure.client_id)
        .where(
            Disclosure.flagged_for_supervisor.is_(True),
            Disclosure.deleted.is_(False),
            Disclosure.disclosed_at >= since,
            or_(Disclosure.disclosed_by_id.is_(None), Disclosure.disclosed_by_id != worker_id),
        )
        .order_by(Disclosure.disclosed_at.desc(), Disclosure.id)
        .limit(LIMIT)
    )
    return tuple(
        TodayFlag(d.id, c.id, c.display_name, d.legal_basis or "", to_local(d.disclosed_at).date())
        for d, c in rows
    )


def _draft_count(session: Session, worker_id: str) -> int:
    mine = (
        CaseNote.author_id == worker_id,
        CaseNote.status == "draft",
        CaseNote.deleted.is_(False),
    )
    return session.scalar(select(func.count()).select_from(CaseNote).where(*mine)) or 0


def _has_clients(session: Session) -> bool:
    return session.scalar(select(Client.id).where(Client.deleted.is_(False)).limit(1)) is not None


def today_view(session: Session, worker_id: str, today: date | None = None) -> TodayView:
    """Everything the worker needs to see first thing in the day."""
    today = today or date.today()
    return TodayView(
        worker_id=worker_id,
        today=today,
        visits=_visits(session, worker_id, today),
        due_today=_tasks(session, worker_id, Task.due_on == today),
        overdue_tasks=_tasks(session, worker_id, Task.due_on < today),
        reassessments_due=_reassessments(session, worker_id, today),
        expiring_consents=_consents(session, worker_id, today),
        referral_follow_ups=_referrals(session, worker_id, today),
        without_consent=_without_consent(session, worker_id, today),
        shared_without_consent=_flags(session, worker_id, today),
        unfinished_notes=_draft_count(session, worker_id),
        has_clients=_has_clients(session),
    )
