"""The client record as text: banners (safety, contact) and the body sections, as escaped HTML.

Every value from the record goes through `esc`, so a name or note can never turn into markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from app.core.stages import CaseStage
from app.core.timeutil import local_today, to_local
from app.services.dto import ClientRecord
from app.ui.caseload.columns import language_name, when_text
from app.ui.intake.words import representative_roles

OVERDUE = "#a4001d"
MUTED = "#555555"


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def day(value: date | None) -> str:
    return value.strftime("%d %b %Y") if value else "—"


def stage_label(stage: str) -> str:
    try:
        return CaseStage(stage).label
    except ValueError:
        return stage


def age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def language_line(record: ClientRecord) -> str:
    speaks = f"Speaks {language_name(record.preferred_language)}"
    return f"{speaks} · Interpreter needed" if record.interpreter_needed else speaks


def identity_line(record: ClientRecord, today: date | None = None) -> str:
    parts = [f"Legal name: {record.legal_name}"] if record.preferred_name else []
    if record.date_of_birth:
        years = age(record.date_of_birth, today or local_today())
        parts.append(f"Born {day(record.date_of_birth)} ({years})")
    return " · ".join(parts)


def status_line(record: ClientRecord) -> str:
    """Risk and the current case's stage: the two things a worker checks before a visit."""
    parts = [f"{record.risk_level.capitalize()} risk"]
    if record.cases:
        current = next((c for c in record.cases if c.closed_on is None), record.cases[0])
        parts.append(f"{stage_label(current.stage)} ({current.program})")
    return " · ".join(parts)


def safety_lines(record: ClientRecord) -> list[str]:
    return list(record.safety_flags)


def contact_lines(record: ClientRecord) -> list[str]:
    lines = ["Do not call this client."] if record.do_not_call else []
    refused = (
        (record.may_leave_message, _t("Do not leave messages.")),
        (record.may_visit, _t("Do not visit at home.")),
        (record.may_send_mail, _t("Do not send mail.")),
    )
    lines += [text for allowed, text in refused if allowed is False]
    if record.contact_rules:
        lines.append(f"Contact: {record.contact_rules}")
    if record.safe_contact_times:
        lines.append(f"Safe times: {record.safe_contact_times}")
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


def _none(text: str = "None recorded.") -> str:
    return f"<p style='color:{MUTED}'>{esc(text)}</p>"


def _t(text: str) -> str:
    return QCoreApplication.translate("render", text)


def representative(record: ClientRecord) -> str | None:
    """ "Inés Delgado (Guardian)": who decides for a client who lacks capacity."""
    if not record.representative_name:
        return None
    role = representative_roles().get(record.representative_role or "", "")
    return f"{record.representative_name} ({role})" if role else record.representative_name


def profile_html(record: ClientRecord) -> str:
    rows = [
        ("Phone", record.phone),
        ("Email", record.email),
        ("Address", record.address),
        ("Cultural", record.cultural_considerations),
        (_t("Representative"), representative(record)),
    ]
    known = [(f"<b>{esc(label)}</b>", esc(value)) for label, value in rows if value]
    return _section("Profile", _table(known))


def cases_html(record: ClientRecord) -> str:
    items = "".join(
        f"<p style='margin:2px 0'><b>{esc(stage_label(case.stage))}</b> · {esc(case.program)}"
        f"<br><span style='color:{MUTED}'>{esc(case.case_number)}, opened {day(case.opened_on)}"
        + (f", closed {day(case.closed_on)}" if case.closed_on else "")
        + "</span></p>"
        for case in record.cases
    )
    return _section("Cases", items or _none())


def tasks_html(record: ClientRecord) -> str:
    rows = []
    for task in record.tasks:
        due = day(task.due_on) if task.due_on else "no date"
        if task.done:
            rows.append((esc(due), f"<s>{esc(task.title)}</s> (done)"))
        elif task.overdue:
            style = f"color:{OVERDUE}; font-weight:bold"
            rows.append(
                (
                    f"<span style='{style}'>{esc(due)}</span>",
                    f"<span style='{style}'>{esc(task.title)} (OVERDUE)</span>",
                )
            )
        else:
            rows.append((esc(due), esc(task.title)))
    return _section("Tasks", _table(rows))


def visits_html(record: ClientRecord) -> str:
    rows = [
        (
            esc(when_text(to_local(visit.scheduled_at))),
            esc(visit.contact_type.capitalize()),
            esc(visit.status),
            esc(visit.location or ""),
        )
        for visit in record.visits
    ]
    return _section("Visits", _table(rows))


NOTE_KINDS = {"addendum": "ADDENDUM", "late_entry": "LATE ENTRY"}


def notes_html(record: ClientRecord) -> str:
    if not record.recent_notes:
        return _section("Recent notes", _none("No notes yet."))
    items = "".join(
        f"<p style='margin:4px 0'><b>{esc(day(to_local(note.occurred_at).date()))}</b> "
        f"<span style='color:{MUTED}'>"
        f"{esc(NOTE_KINDS.get(note.kind, note.template.upper()))}"
        f"{' · ' + esc(note.contact_type) if note.contact_type else ''} · {esc(note.status)}</span>"
        f"<br>{esc(note.summary)}</p>"
        for note in record.recent_notes
    )
    return _section("Recent notes", items)


def people_html(record: ClientRecord) -> str:
    rows = [
        (
            f"<b>{esc(person.name)}</b>",
            esc(person.relationship),
            "household" if person.kind == "household" else esc(person.kind),
            "knows about services"
            if person.aware_of_services
            else f"<b style='color:{OVERDUE}'>not aware of services: do not discuss</b>",
        )
        for person in record.people
    ]
    return _section("Household and contacts", _table(rows))


def body_html(record: ClientRecord) -> str:
    sections = (profile_html, cases_html, tasks_html, visits_html, notes_html, people_html)
    return "".join(section(record) for section in sections)
