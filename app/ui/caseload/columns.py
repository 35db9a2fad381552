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


COLUMNS: tuple[Column, ...] = (
    Column("Name", "name", 205, "Preferred name and pronouns", name_text),
    Column("Stage", "stage", 108, "Stage of the current case", stage_text),
    Column("Risk", "risk", 62, "Risk level", risk_text),
    Column("Safety", None, 172, "Safety flags and do-not-call", safety_text),
    Column("Next visit", "next_visit", 128, "Next scheduled visit", visit_text),
    Column("Overdue", "overdue", 66, "Overdue tasks", overdue_text),
    Column("Language", None, 160, "Preferred language; interpreter needed", language_text),
)
NAME, STAGE, RISK, SAFETY, NEXT_VISIT, OVERDUE, LANGUAGE = range(len(COLUMNS))
