"""Plain result types returned by services."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class ClientRow:
    """One line of the caseload list."""

    id: str
    display_name: str
    legal_name: str
    pronouns: str | None
    preferred_language: str
    interpreter_needed: bool
    stage: str | None
    risk_level: str
    safety_flags: tuple[str, ...]
    do_not_call: bool
    next_visit: datetime | None
    overdue_tasks: int
    consent_expires_on: date | None = None  # earliest consent in force expiring within 30 days


@dataclass(frozen=True)
class CaseSummary:
    id: str
    case_number: str
    program: str
    stage: str
    opened_on: date
    closed_on: date | None
    assigned_worker: str | None


@dataclass(frozen=True)
class NoteSummary:
    id: str
    occurred_at: datetime
    template: str
    kind: str
    status: str
    contact_type: str | None
    summary: str


@dataclass(frozen=True)
class TaskSummary:
    id: str
    title: str
    due_on: date | None
    done: bool
    overdue: bool


@dataclass(frozen=True)
class VisitSummary:
    id: str
    scheduled_at: datetime
    contact_type: str
    status: str
    location: str | None


@dataclass(frozen=True)
class PersonSummary:
    id: str
    kind: str
    name: str
    relationship: str
    aware_of_services: bool


@dataclass(frozen=True)
class ClientRecord:
    """Everything the read-only record view shows about one client."""

    id: str
    display_name: str
    legal_name: str
    preferred_name: str | None
    pronouns: str | None
    date_of_birth: date | None
    preferred_language: str
    interpreter_needed: bool
    phone: str | None
    email: str | None
    address: str | None
    do_not_call: bool
    safe_contact_times: str | None
    contact_rules: str | None
    safety_flags: tuple[str, ...]
    cultural_considerations: str | None
    risk_level: str
    lacks_capacity: bool = False  # a guardian or legal representative consents
    # What the client allows (None: not asked yet) and who decides for them (intake).
    may_leave_message: bool | None = None
    may_visit: bool | None = None
    may_send_mail: bool | None = None
    representative_name: str | None = None
    representative_role: str | None = None  # guardian | parent | legal_representative | …
    has_services_consent: bool = True  # a consent to services is in force today
    consent_expiring_on: date | None = None  # the soonest end of a consent within 30 days
    mandated_report_on: date | None = None  # the latest mandated report about the client
    cases: tuple[CaseSummary, ...] = ()
    recent_notes: tuple[NoteSummary, ...] = ()
    tasks: tuple[TaskSummary, ...] = ()
    visits: tuple[VisitSummary, ...] = ()
    people: tuple[PersonSummary, ...] = ()


@dataclass(frozen=True)
class ImportResult:
    imported: int
    client_ids: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str
    warning: bool = False


@dataclass(frozen=True)
class CheckProblem:
    """A problem a script can act on: a fixed code ("damaged_page") and where (`page`)."""

    problem: str
    page: int | None = None


@dataclass(frozen=True)
class CheckReport:
    items: tuple[CheckItem, ...]
    counts: dict[str, int]
    problems: tuple[CheckProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return all(item.ok for item in self.items)
