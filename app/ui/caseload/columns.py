"""The caseload list's columns: titles, SQL sort keys and how each cell reads.

Titles and tips are marked for translation here and translated when shown (`title_text()`,
`tip_text()`); codes (stage, risk, language) become words through app/ui/caseload/words.py,
and dates through app/ui/locale_format.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.timeutil import local_today, to_local
from app.services.dto import ClientRow
from app.ui.caseload.words import language_name, risk_word, stage_word
from app.ui.locale_format import clock, day_and_clock, day_month

WARNING_MARK = "⚠"
URGENT_DAYS = 7


@dataclass(frozen=True)
class Column:
    title: str  # marked for translation ("CaseloadColumns"); shown through title()
    sort_key: str | None
    tooltip: str  # likewise; shown through tip()
    text: Callable[[ClientRow], str]
    widest: int = 200  # the most this column asks for before the name column gets the rest

    def title_text(self) -> str:
        return QCoreApplication.translate("CaseloadColumns", self.title)

    def tip_text(self) -> str:
        return QCoreApplication.translate("CaseloadColumns", self.tooltip)


def name_text(row: ClientRow) -> str:
    return f"{row.display_name} ({row.pronouns})" if row.pronouns else row.display_name


def stage_text(row: ClientRow) -> str:
    if not row.stage:
        return QCoreApplication.translate("CaseloadColumns", "No open case")
    return stage_word(row.stage)


def risk_text(row: ClientRow) -> str:
    return risk_word(row.risk_level)


def safety_notes(row: ClientRow) -> list[str]:
    """The client's safety flags (the worker's own words), and do-not-call in ours."""
    do_not_call = (
        [QCoreApplication.translate("CaseloadColumns", "Do not call")] if row.do_not_call else []
    )
    return list(row.safety_flags) + do_not_call


def safety_text(row: ClientRow) -> str:
    notes = safety_notes(row)
    if not notes:
        return ""
    if len(notes) == 1:
        return f"{WARNING_MARK} {notes[0]}"
    more = QCoreApplication.translate("CaseloadColumns", "{first} (+{more})")
    return f"{WARNING_MARK} " + more.format(first=notes[0], more=len(notes) - 1)


def safety_tooltip(row: ClientRow) -> str:
    return "\n".join(safety_notes(row))


def visit_text(row: ClientRow, today: date | None = None) -> str:
    if not row.next_visit:
        return QCoreApplication.translate("CaseloadColumns", "None booked")
    return when_text(to_local(row.next_visit), today)


def when_text(moment: datetime, today: date | None = None) -> str:
    """A local wall-clock time, short: "Today 14:00", "Tomorrow 09:30", "Fri 14 Mar 14:00"."""
    today = today or local_today()
    if moment.date() == today:
        return QCoreApplication.translate("CaseloadColumns", "Today {time}").format(
            time=clock(moment)
        )
    if moment.date() == today + timedelta(days=1):
        return QCoreApplication.translate("CaseloadColumns", "Tomorrow {time}").format(
            time=clock(moment)
        )
    return day_and_clock(moment, today)


def consent_text(row: ClientRow, today: date | None = None) -> str:
    """Only a consent expiring soon is shown: "14 Jun (5 days)"."""
    if row.consent_expires_on is None:
        return ""
    left = (row.consent_expires_on - (today or local_today())).days
    day = day_month(row.consent_expires_on)
    if left <= 0:
        return QCoreApplication.translate("CaseloadColumns", "{day} (today)").format(day=day)
    if left == 1:
        return QCoreApplication.translate("CaseloadColumns", "{day} (%n day)", "", left).format(
            day=day
        )
    return QCoreApplication.translate("CaseloadColumns", "{day} (%n days)", "", left).format(
        day=day
    )


def consent_urgent(row: ClientRow, today: date | None = None) -> bool:
    """A consent ending within a week (shown in bold as well as highlighted)."""
    end = row.consent_expires_on
    return end is not None and (end - (today or local_today())).days <= URGENT_DAYS


def overdue_text(row: ClientRow) -> str:
    return str(row.overdue_tasks) if row.overdue_tasks else ""


def language_text(row: ClientRow) -> str:
    name = language_name(row.preferred_language)
    if not row.interpreter_needed:
        return name
    return QCoreApplication.translate("CaseloadColumns", "{language} + interpreter").format(
        language=name
    )


def consent_tip() -> str:
    return QCoreApplication.translate(
        "CaseloadColumns",
        "A consent in force that expires within 30 days (renew it at the next visit)",
    )


COLUMNS: tuple[Column, ...] = (
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Name"),
        "name",
        QT_TRANSLATE_NOOP("CaseloadColumns", "Preferred name and pronouns"),
        name_text,
        260,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Stage"),
        "stage",
        QT_TRANSLATE_NOOP("CaseloadColumns", "Stage of the current case"),
        stage_text,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Risk"),
        "risk",
        QT_TRANSLATE_NOOP("CaseloadColumns", "Risk level"),
        risk_text,
        90,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Safety"),
        None,
        QT_TRANSLATE_NOOP("CaseloadColumns", "Safety flags and do-not-call"),
        safety_text,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Next visit"),
        "next_visit",
        QT_TRANSLATE_NOOP("CaseloadColumns", "Next scheduled visit"),
        visit_text,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Overdue"),
        "overdue",
        QT_TRANSLATE_NOOP("CaseloadColumns", "Overdue tasks"),
        overdue_text,
        90,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Consent ends"),
        None,
        QT_TRANSLATE_NOOP("CaseloadColumns", "A consent in force that expires within 30 days"),
        consent_text,
    ),
    Column(
        QT_TRANSLATE_NOOP("CaseloadColumns", "Language"),
        None,
        QT_TRANSLATE_NOOP("CaseloadColumns", "Preferred language; interpreter needed"),
        language_text,
    ),
)
NAME, STAGE, RISK, SAFETY, NEXT_VISIT, OVERDUE, CONSENT, LANGUAGE = range(len(COLUMNS))
