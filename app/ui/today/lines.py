"""The Today list as lines of plain text: one section per kind of work, each line saying when,
who (preferred name, pronouns, a safety marker) and what. Times are shown in local time, dates
and clocks in the worker's locale (app/ui/locale_format.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from app.core.timeutil import to_local
from app.services.dto import ClientRow
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
from app.ui.consent.words import kinds as consent_kinds
from app.ui.disclosure.words import legal_bases
from app.ui.locale_format import clock_range, short_day
from app.ui.record.timeline_words import contact_word, flag_word
from app.ui.referrals.words import status_word
from app.ui.today.sections import section_words


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
        return fallback or QCoreApplication.translate("Today", "(not about a client)"), ""
    name = f"{row.display_name} ({row.pronouns})" if row.pronouns else row.display_name
    call = [QCoreApplication.translate("Today", "Do not call")] if row.do_not_call else []
    notes = list(row.safety_flags) + call
    return (f"{WARNING_MARK} {name}" if notes else name), "\n".join(notes)


def visit_line(v: TodayVisit, clients: dict[str, ClientRow], today: date) -> Line:
    start = to_local(v.scheduled_at)
    end = start + timedelta(minutes=v.duration_minutes)
    name, safety = _who(v.client_id, v.client_name, clients)
    parts = (
        contact_word(v.contact_type),
        v.location or "",
        "" if v.status == "scheduled" else flag_word(v.status),
    )
    what = " · ".join(p for p in parts if p)
    return Line(clock_range(start, end), v.client_id, name, what, "tasks", safety=safety)


def task_line(t: TodayTask, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(t.client_id, t.client_name, clients)
    what = (
        QCoreApplication.translate("Today", "Follow-up: {title}").format(title=t.title)
        if t.kind == "follow_up"
        else t.title
    )
    if t.due_on is None or t.due_on >= today:
        due = QCoreApplication.translate("Today", "Due today")
        return Line(due, t.client_id, name, what, "tasks", safety=safety)
    late = QCoreApplication.translate("Today", "%n day(s) late", "", (today - t.due_on).days)
    when = QCoreApplication.translate("Today", "{day} ({late})").format(
        day=short_day(t.due_on, today), late=late
    )
    return Line(when, t.client_id, name, what, "tasks", late=True, safety=safety)


def reassessment_line(r: TodayReassessment, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(r.client_id, r.client_name, clients)
    day = short_day(r.due_on, today)
    when = (
        QCoreApplication.translate("Today", "Overdue since {day}").format(day=day)
        if r.overdue
        else QCoreApplication.translate("Today", "Due {day}").format(day=day)
    )
    what = QCoreApplication.translate("Today", "Re-assessment of case {case}").format(
        case=r.case_number
    )
    return Line(when, r.client_id, name, what, "plan", late=r.overdue, safety=safety)


def consent_line(k: TodayConsent, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(k.client_id, k.client_name, clients)
    day = short_day(k.expires_on, today)
    when = (
        QCoreApplication.translate("Today", "Expires {day} (today)").format(day=day)
        if k.days_left <= 0
        else QCoreApplication.translate("Today", "Expires {day} (in %n day(s))", "", k.days_left)
        .format(day=day)
    )  # fmt: skip
    scope = consent_kinds().get(k.scope, k.scope.replace("_", " "))
    what = QCoreApplication.translate("Today", "{consent}: renew it with the client").format(
        consent=scope
    )
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
    when = short_day(f.disclosed_on, today)
    return Line(when, f.client_id, name, what, "disclosures", late=True, safety=safety)


def referral_line(r: TodayReferral, clients: dict[str, ClientRow], today: date) -> Line:
    name, safety = _who(r.client_id, r.client_name, clients)
    day = short_day(r.follow_up_on, today)
    when = (
        QCoreApplication.translate("Today", "Follow-up was due {day}").format(day=day)
        if r.overdue
        else QCoreApplication.translate("Today", "Follow up {day}").format(day=day)
    )
    what = QCoreApplication.translate(
        "Today", "Referral ({status}): {service}, {organisation}"
    ).format(status=status_word(r.status), service=r.service, organisation=r.organisation)
    return Line(when, r.client_id, name, what, "referrals", late=r.overdue, safety=safety)


def _lines(
    items: Sequence[object], make: Callable, clients: dict[str, ClientRow], today: date
) -> tuple[Line, ...]:
    return tuple(make(item, clients, today) for item in items)


def sections(view: TodayView, clients: dict[str, ClientRow]) -> list[Section]:
    today = view.today
    groups: tuple[tuple[Sequence[object], Callable[..., Line]], ...] = (
        (view.visits, visit_line),
        (view.due_today, task_line),
        (view.overdue_tasks, task_line),
        (view.reassessments_due, reassessment_line),
        (view.expiring_consents, consent_line),
        (view.without_consent, no_consent_line),
        (view.shared_without_consent, flag_line),
        (view.referral_follow_ups, referral_line),
    )
    return [
        Section(title, empty, _lines(items, make, clients, today))
        for (title, empty), (items, make) in zip(section_words(), groups, strict=True)
    ]
