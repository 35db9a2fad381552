"""The visit forms of the Tasks & visits tab (complete a visit and start its note; record it as
cancelled or missed, with the reason) and the vault work behind that tab which app/ui/access.py
does not offer: why visits were cancelled or missed, whom a task may be given to, a task given
to a colleague.

Like every `VaultAccess` method, each function runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QRadioButton, QVBoxLayout, QWidget

from app.services import activity, assignment
from app.services.dto import VisitSummary
from app.services.lookups import WorkerChoice
from app.services.timeline import CONTACT_TITLES
from app.ui.access import VaultAccess
from app.ui.forms import FormDialog, line
from app.ui.record.dialogs import shown_text
from app.ui.widgets import local_moment


def _t(text: str) -> str:
    return QCoreApplication.translate("Visits", text)


@dataclass(frozen=True)
class ActivityExtras:
    """What the tab shows besides the record: reasons by visit id, and the workers this
    worker may give a task on the case to (themselves first)."""

    reasons: dict[str, str]
    assignees: list[WorkerChoice]


def activity_extras(access: VaultAccess, client_id: str, case_id: str | None) -> ActivityExtras:
    with access.vault.session() as session:
        reasons = activity.visit_reasons(session, client_id)
        choices = assignment.assignable_workers(session, access.owner_id, case_id)
    return ActivityExtras(reasons, choices)


def end_visit(
    access: VaultAccess, visit_id: str, outcome: str, reason: str | None
) -> activity.VisitState:
    with access.vault.session() as session:
        return activity.record_visit_outcome(session, visit_id, outcome, reason)


def add_task_for(
    access: VaultAccess,
    client_id: str,
    case_id: str | None,
    title: str,
    due: date | None,
    assignee_id: str | None,
) -> str:
    """A task for the worker, or for the colleague they chose (the team rules apply)."""
    with access.vault.session() as session:
        return activity.add_task(
            session,
            title,
            due,
            case_id=case_id,
            client_id=client_id,
            assigned_to_id=assignee_id or access.owner_id,
            assigned_by_id=access.owner_id,
        )


def visit_texts(visit: VisitSummary, reason: str | None) -> list[str]:
    status = {
        "scheduled": _t("Scheduled"),
        "done": _t("Done"),
        "cancelled": _t("Cancelled"),
        "no_show": _t("No-show"),
    }.get(visit.status, visit.status.replace("_", " "))
    return [
        local_moment(visit.scheduled_at),
        CONTACT_TITLES.get(visit.contact_type, visit.contact_type),
        status,
        reason or "",
        visit.location or "",
    ]


def visit_line(visit: VisitSummary) -> str:
    kind = CONTACT_TITLES.get(visit.contact_type, visit.contact_type)
    return f"{kind}, {local_moment(visit.scheduled_at)}"


class CompleteVisitDialog(FormDialog):
    """Mark a visit done; the note editor opens after it when the box stays ticked."""

    def __init__(self, visit: VisitSummary, parent: QWidget | None) -> None:
        intro = _t(
            "Mark this visit as done. What happened, what was agreed and what comes next go "
            "in the case note: start it now while you remember."
        )
        super().__init__(_t("Complete visit"), intro, _t("&Complete"), parent)
        self.form.addRow(_t("Visit:"), shown_text(visit_line(visit), _t("The visit")))
        self.write_note = QCheckBox(_t("&Write the note now"))
        self.write_note.setAccessibleName(_t("Write the note now"))
        self.write_note.setChecked(True)
        self.form.addRow(self.write_note)

    def values(self) -> bool:
        return self.write_note.isChecked()


class MissedVisitDialog(FormDialog):
    """A visit that did not happen: cancelled, or the client was not there (a no-show)."""

    def __init__(self, visit: VisitSummary, parent: QWidget | None) -> None:
        intro = _t(
            "Say what happened to this visit and why. The reason is kept with the visit; "
            "book a new one if it is still needed."
        )
        super().__init__(_t("Visit not held"), intro, _t("&Save"), parent)
        self.form.addRow(_t("Visit:"), shown_text(visit_line(visit), _t("The visit")))
        self.cancelled = QRadioButton(_t("C&ancelled before it took place"))
        self.no_show = QRadioButton(_t("&No-show: the client was not there"))
        self.group = QButtonGroup(self)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.cancelled, self.no_show):
            button.setAccessibleName(button.text().replace("&", ""))
            self.group.addButton(button)
            column.addWidget(button)
        self.cancelled.setChecked(True)
        self.form.addRow(_t("What happened:"), box)
        self.reason = self.add_row(
            _t("&Reason:"), line(_t("Reason"), _t("e.g. client in hospital; nobody answered"))
        )

    def values(self) -> tuple[str, str]:
        outcome = "no_show" if self.no_show.isChecked() else "cancelled"
        return outcome, self.reason.text().strip()
