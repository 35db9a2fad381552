"""The Today list as lines of plain text: one section per kind of work, each line saying when,
who (preferred name, pronouns, a safety marker) and what. Times are shown in local time."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from app.core.timeutil import to_local
from app.services.dto import ClientRow
from app.services.timeline import CONTACT_TITLES
from app.services.today import (
    TodayConsent,
    TodayFlag,
    TodayNoConsent,
    TodayReassessment,
    TodayReferral,
    TodayTask,
    TodayView,
    TodayVisit,
)
from app.ui.caseload.columns import WARNING_MARK
from app.ui.disclosure.words import legal_bases
from app.ui.referrals.words import status_word
from app.ui.widgets import short_day

NO_CLIENT = "(not about a client)"


@dataclass(frozen=True)
class Line:
    when: str
    client_id: str | None
    client_name: str
    what: str
    tab: str  # the record tab to show when the line is opened
    late: bool = False
    safety: str = ""  # the client's safety flags and do-not-call, one per line


@dataclass(frozen=True)
class Section:
    title: str
    empty: str
    lines: tuple[Line, ...]


def _who(
    client_id: str | None, fallback: str | None, clients: dict[str, ClientRow]
) -> tuple[str, str]:
    row = clients.get(client_id or "")
    if row is None:
        return fallback or NO_CLIENT, ""
    name = f"{row.display_name} ({row.pronouns})" if row.pronouns else row.display_name
    notes = list(row.safety_flags) + (["Do not call"] if row.do_not_call else [])
    return (f"{WARNING_MARK} {name}" if notes else name), "\n".join(notes)


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def visit_line(v: TodayVisit, clients: dict[str, ClientRow], today: date) -> Line:
    start = to_local(v.scheduled_at)
    end = start + timedelta(minutes=v.duration_minutes)
    name, safety = _who(v.client_id, v.client_name, clients)
    what = " · ".join(
        p
        for p in (
            CONTACT_TITLES.get(v.contact_type, "Contact"),
            v.location or "",
            "" if v.status == "scheduled" else v.status.replace("_", " "),
        )
        if p
    )
    return Line(f"{start:%H:%M}–{end:%H:%M}", v.client_id, name, what, "tasks", safety=safety)


def task_line(t: TodayTask, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(t.client_id, t.client_name, clients)
    what = ("Follow-up: " if t.kind == "follow_up" else "") + t.title
    if t.due_on is None or t.due_on >= today:
        return Line("Due today", t.client_id, name, what, "tasks", safety=safety)
    late = (today - t.due_on).days
    when = f"{t.due_on.day} {t.due_on:%b} ({_days(late)} late)"
    return Line(when, t.client_id, name, what, "tasks", late=True, safety=safety)


def reassessment_line(r: TodayReassessment, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(r.client_id, r.client_name, clients)
    when = ("Overdue since " if r.overdue else "Due ") + short_day(r.due_on, today)
    what = f"Re-assessment of case {r.case_number}"
    return Line(when, r.client_id, name, what, "plan", late=r.overdue, safety=safety)


def consent_line(k: TodayConsent, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(k.client_id, k.client_name, clients)
    left = "today" if k.days_left <= 0 else f"in {_days(k.days_left)}"
    when = f"Expires {short_day(k.expires_on, today)} ({left})"
    what = f"Consent: {k.scope.replace('_', ' ')}; renew it with the client"
    return Line(when, k.client_id, name, what, "consent", late=k.days_left <= 7, safety=safety)


def no_consent_line(k: TodayNoConsent, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(k.client_id, k.client_name, clients)
    what = QCoreApplication.translate("Today", "No consent to services: take it at the next visit")
    return Line("", k.client_id, name, what, "consent", late=True, safety=safety)


def flag_line(f: TodayFlag, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(f.client_id, f.client_name, clients)
    basis = legal_bases().get(f.legal_basis, f.legal_basis)
    what = QCoreApplication.translate(
        "Today", "Shared without consent by a colleague (%1): review it"
    ).replace("%1", basis)
    return Line(
        short_day(f.disclosed_on, today),
        f.client_id,
        name,
        what,
        "disclosures",
        late=True,
        safety=safety,
    )


def referral_line(r: TodayReferral, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(r.client_id, r.client_name, clients)
    when = ("Follow-up was due " if r.overdue else "Follow up ") + short_day(r.follow_up_on, today)
    status = status_word(r.status).lower()
    what = f"Referral ({status}): {r.service}, {r.organisation}"
    return Line(when, r.client_id, name, what, "referrals", late=r.overdue, safety=safety)


def _lines(
    items: Sequence[object], make: Callable, clients: dict[str, ClientRow], today: date
) -> tuple[Line, ...]:
    return tuple(make(item, clients, today) for item in items)


def sections(view: TodayView, clients: dict[str, ClientRow]) -> list[Section]:
    today = view.today
    return [
        Section(
            "Visits today",
            "No visits booked today.",
            _lines(view.visits, visit_line, clients, today),
        ),
        Section(
            "Tasks due today",
            "Nothing due today.",
            _lines(view.due_today, task_line, clients, today),
        ),
        Section(
            "Overdue tasks",
            "No overdue tasks.",
            _lines(view.overdue_tasks, task_line, clients, today),
        ),
        Section(
            "Re-assessments due",
            "No re-assessments due this week.",
            _lines(view.reassessments_due, reassessment_line, clients, today),
        ),
        Section(
            "Consents expiring within 30 days",
            "No consents expire in the next 30 days.",
            _lines(view.expiring_consents, consent_line, clients, today),
        ),
        Section(
            QCoreApplication.translate("Today", "Without consent to services"),
            QCoreApplication.translate("Today", "Every open case has a consent to services."),
            _lines(view.without_consent, no_consent_line, clients, today),
        ),
        Section(
            QCoreApplication.translate("Today", "Shared without consent (for review)"),
            QCoreApplication.translate("Today", "Nothing shared without consent recently."),
            _lines(view.shared_without_consent, flag_line, clients, today),
        ),
        Section(
            "Referral follow-ups",
            "No referral follow-ups due.",
            _lines(view.referral_follow_ups, referral_line, clients, today),
        ),
    ]
