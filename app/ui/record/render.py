"""The client record as text: banners (safety, contact) and the body sections, as escaped HTML.

Every value from the record goes through `esc`, so a name or note can never turn into markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from app.core.timeutil import local_today, to_local
from app.services.dto import ClientRecord, NoteSummary
from app.ui.caseload.columns import language_name
from app.ui.intake.words import person_kinds, representative_roles
from app.ui.locale_format import day_and_clock, long_day
from app.ui.record.timeline_words import contact_word, flag_word, risk_word, stage_word

OVERDUE = "#a4001d"
MUTED = "#555555"


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def day(value: date | None) -> str:
    return long_day(value)


def stage_label(stage: str) -> str:
    return stage_word(stage)


def age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def language_line(record: ClientRecord) -> str:
    language = language_name(record.preferred_language)
    if record.interpreter_needed:
        text = QCoreApplication.translate("RecordHeader", "Speaks {language} · Interpreter needed")
    else:
        text = QCoreApplication.translate("RecordHeader", "Speaks {language}")
    return text.format(language=language)


def identity_line(record: ClientRecord, today: date | None = None) -> str:
    legal = QCoreApplication.translate("RecordHeader", "Legal name: {name}")
    parts = [legal.format(name=record.legal_name)] if record.preferred_name else []
    if record.date_of_birth:
        years = age(record.date_of_birth, today or local_today())
        born = QCoreApplication.translate("RecordHeader", "Born {day} (%n year(s) old)", "", years)
        parts.append(born.format(day=day(record.date_of_birth)))
    return " · ".join(parts)


def status_line(record: ClientRecord) -> str:
    """Risk and the current case's stage: the two things a worker checks before a visit."""
    parts = [risk_word(record.risk_level)]
    if record.cases:
        current = next((c for c in record.cases if c.closed_on is None), record.cases[0])
        stage = QCoreApplication.translate("RecordHeader", "{stage} ({program})")
        parts.append(stage.format(stage=stage_label(current.stage), program=current.program))
    return " · ".join(parts)


def safety_lines(record: ClientRecord) -> list[str]:
    return list(record.safety_flags)


def contact_lines(record: ClientRecord) -> list[str]:
    call = QCoreApplication.translate("render", "Do not call this client.")
    lines = [call] if record.do_not_call else []
    refused = (
        (record.may_leave_message, QCoreApplication.translate("render", "Do not leave messages.")),
        (record.may_visit, QCoreApplication.translate("render", "Do not visit at home.")),
        (record.may_send_mail, QCoreApplication.translate("render", "Do not send mail.")),
    )
    lines += [text for allowed, text in refused if allowed is False]
    if record.contact_rules:
        rules = QCoreApplication.translate("render", "Contact: {rules}")
        lines.append(rules.format(rules=record.contact_rules))
    if record.safe_contact_times:
        times = QCoreApplication.translate("render", "Safe times: {times}")
        lines.append(times.format(times=record.safe_contact_times))
    return lines


def banner_html(title: str, lines: Iterable[str]) -> str:
    items = "".join(f"<li>{esc(line)}</li>" for line in lines)
    return f"<b>{esc(title)}</b><ul style='margin:2px 0 0 -20px'>{items}</ul>"


def _section(title: str, inner: str) -> str:
    return f"<h3 style='margin:14px 0 4px 0'>{esc(title)}</h3>{inner}"


def _table(rows: Iterable[Iterable[str]]) -> str:
    cells = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 12px 2px 0'>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table cellspacing='0' style='margin-bottom:6px'>{cells}</table>" if cells else _none()


def _none(text: str = "") -> str:
    text = text or QCoreApplication.translate("render", "None recorded.")
    return f"<p style='color:{MUTED}'>{esc(text)}</p>"


def representative(record: ClientRecord) -> str | None:
    """ "Inés Delgado (Guardian)": who decides for a client who lacks capacity."""
    if not record.representative_name:
        return None
    role = representative_roles().get(record.representative_role or "", "")
    return f"{record.representative_name} ({role})" if role else record.representative_name


def profile_html(record: ClientRecord) -> str:
    rows = [
        (QCoreApplication.translate("render", "Phone"), record.phone),
        (QCoreApplication.translate("render", "Email"), record.email),
        (QCoreApplication.translate("render", "Address"), record.address),
        (QCoreApplication.translate("render", "Cultural"), record.cultural_considerations),
        (QCoreApplication.translate("render", "Representative"), representative(record)),
    ]
    known = [(f"<b>{esc(label)}</b>", esc(value)) for label, value in rows if value]
    return _section(QCoreApplication.translate("render", "Profile"), _table(known))


def _case_dates(number_: str, opened: date, closed: date | None) -> str:
    if closed is None:
        text = QCoreApplication.translate("render", "{case}, opened {opened}")
    else:
        text = QCoreApplication.translate("render", "{case}, opened {opened}, closed {closed}")
    return text.format(case=number_, opened=day(opened), closed=day(closed))


def cases_html(record: ClientRecord) -> str:
    items = "".join(
        f"<p style='margin:2px 0'><b>{esc(stage_label(case.stage))}</b> · {esc(case.program)}"
        f"<br><span style='color:{MUTED}'>"
        f"{esc(_case_dates(case.case_number, case.opened_on, case.closed_on))}</span></p>"
        for case in record.cases
    )
    return _section(QCoreApplication.translate("render", "Cases"), items or _none())


def _task_row(due: str, title: str, done: bool, overdue: bool) -> tuple[str, str]:
    if done:
        marked = QCoreApplication.translate("render", "{task} (done)")
        return esc(due), marked.format(task=f"<s>{esc(title)}</s>")
    if overdue:
        style = "font-weight:bold; color:" + OVERDUE
        marked = QCoreApplication.translate("render", "{task} (OVERDUE)").format(task=title)
        return (
            f"<span style='{style}'>{esc(due)}</span>",
            f"<span style='{style}'>{esc(marked)}</span>",
        )
    return esc(due), esc(title)


def tasks_html(record: ClientRecord) -> str:
    no_date = QCoreApplication.translate("render", "no date")
    rows = [
        _task_row(day(task.due_on) if task.due_on else no_date, task.title, task.done, task.overdue)
        for task in record.tasks
    ]
    return _section(QCoreApplication.translate("render", "Tasks"), _table(rows))


def visits_html(record: ClientRecord) -> str:
    rows = [
        (
            esc(day_and_clock(to_local(visit.scheduled_at))),
            esc(contact_word(visit.contact_type)),
            esc(flag_word(visit.status)),
            esc(visit.location or ""),
        )
        for visit in record.visits
    ]
    return _section(QCoreApplication.translate("render", "Visits"), _table(rows))


def note_kind(kind: str, template: str) -> str:
    if kind == "addendum":
        return QCoreApplication.translate("render", "ADDENDUM")
    if kind == "late_entry":
        return QCoreApplication.translate("render", "LATE ENTRY")
    if template == "free":
        return QCoreApplication.translate("render", "Note")
    return template.upper()  # BIRP, DAP, SOAP: the same in every language


def _note_html(note: NoteSummary) -> str:
    when = esc(day(to_local(note.occurred_at).date()))
    parts = [note_kind(note.kind, note.template)]
    if note.contact_type:
        parts.append(contact_word(note.contact_type))
    parts.append(flag_word(note.status))
    return (
        f"<p style='margin:4px 0'><b>{when}</b> <span style='color:{MUTED}'>"
        f"{esc(' · '.join(parts))}</span><br>{esc(note.summary)}</p>"
    )


def notes_html(record: ClientRecord) -> str:
    title = QCoreApplication.translate("render", "Recent notes")
    if not record.recent_notes:
        return _section(title, _none(QCoreApplication.translate("render", "No notes yet.")))
    return _section(title, "".join(_note_html(note) for note in record.recent_notes))


def _awareness(aware: bool) -> str:
    if aware:
        return esc(QCoreApplication.translate("render", "knows about services"))
    warning = QCoreApplication.translate("render", "not aware of services: do not discuss")
    return f"<b style='color:{OVERDUE}'>{esc(warning)}</b>"


def people_html(record: ClientRecord) -> str:
    kinds = person_kinds()
    rows = [
        (
            f"<b>{esc(person.name)}</b>",
            esc(person.relationship),
            esc(kinds.get(person.kind, person.kind)),
            _awareness(person.aware_of_services),
        )
        for person in record.people
    ]
    return _section(QCoreApplication.translate("render", "Household and contacts"), _table(rows))


def body_html(record: ClientRecord) -> str:
    sections = (profile_html, cases_html, tasks_html, visits_html, notes_html, people_html)
    return "".join(section(record) for section in sections)
