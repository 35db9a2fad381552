"""The caseload list's columns: titles, SQL sort keys and how each cell reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from PySide6.QtCore import QLocale

from app.core.stages import CaseStage
from app.core.timeutil import local_today, to_local
from app.services.dto import ClientRow

WARNING_MARK = "⚠"
URGENT_DAYS = 7


@dataclass(frozen=True)
class Column:
    title: str
    sort_key: str | None
    width: int
    tooltip: str
    text: Callable[[ClientRow], str]


def name_text(row: ClientRow) -> str:
    return f"{row.display_name} ({row.pronouns})" if row.pronouns else row.display_name


def stage_text(row: ClientRow) -> str:
    if not row.stage:
        return "No open case"
    try:
        return CaseStage(row.stage).label
    except ValueError:
        return row.stage


def risk_text(row: ClientRow) -> str:
    return row.risk_level.capitalize()


def safety_text(row: ClientRow) -> str:
    notes = list(row.safety_flags) + (["Do not call"] if row.do_not_call else [])
    if not notes:
        return ""
    more = f" (+{len(notes) - 1})" if len(notes) > 1 else ""
    return f"{WARNING_MARK} {notes[0]}{more}"


def safety_tooltip(row: ClientRow) -> str:
    notes = list(row.safety_flags) + (["Do not call"] if row.do_not_call else [])
    return "\n".join(notes)


def visit_text(row: ClientRow, today: date | None = None) -> str:
    return when_text(to_local(row.next_visit), today) if row.next_visit else "None booked"


def when_text(moment: datetime, today: date | None = None) -> str:
    """A local wall-clock time, short: "Today 14:00", "Tomorrow 09:30", "Fri 14 Mar 14:00"."""
    today = today or local_today()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return f"Today {clock}"
    if moment.date() == today + timedelta(days=1):
        return f"Tomorrow {clock}"
    return f"{moment:%a} {moment.day} {moment:%b %H:%M}"


def consent_text(row: ClientRow, today: date | None = None) -> str:
    """Only a consent expiring soon is shown: "14 Jun (5 days)"."""
    if row.consent_expires_on is None:
        return ""
    left = (row.consent_expires_on - (today or local_today())).days
    when = f"{row.consent_expires_on.day} {row.consent_expires_on:%b}"
    if left <= 0:
        return f"{when} (today)"
    return f"{when} ({left} day{'s' if left != 1 else ''})"


def consent_urgent(row: ClientRow, today: date | None = None) -> bool:
    """A consent ending within a week (shown in bold as well as highlighted)."""
    end = row.consent_expires_on
    return end is not None and (end - (today or local_today())).days <= URGENT_DAYS


def overdue_text(row: ClientRow) -> str:
    return str(row.overdue_tasks) if row.overdue_tasks else ""


@cache
def language_name(code: str) -> str:
    """'es' -> 'Spanish', from Qt's locale data; the code itself when Qt does not know it."""
    locale = QLocale(code)
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(locale.language())


def language_text(row: ClientRow) -> str:
    name = language_name(row.preferred_language)
    return f"{name} + interpreter" if row.interpreter_needed else name


CONSENT_TIP = "A consent in force that expires within 30 days (renew it at the next visit)"
COLUMNS: tuple[Column, ...] = (
    Column("Name", "name", 170, "Preferred name and pronouns", name_text),
    Column("Stage", "stage", 104, "Stage of the current case", stage_text),
    Column("Risk", "risk", 62, "Risk level", risk_text),
    Column("Safety", None, 110, "Safety flags and do-not-call", safety_text),
    Column("Next visit", "next_visit", 118, "Next scheduled visit", visit_text),
    Column("Overdue", "overdue", 60, "Overdue tasks", overdue_text),
    Column("Consent ends", None, 118, CONSENT_TIP, consent_text),
    Column("Language", None, 150, "Preferred language; interpreter needed", language_text),
)
NAME, STAGE, RISK, SAFETY, NEXT_VISIT, OVERDUE, CONSENT, LANGUAGE = range(len(COLUMNS))
