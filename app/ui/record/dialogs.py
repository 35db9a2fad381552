"""The record's forms: opening a case (programme, intake date, why), transferring it (who,
why, a handover note), and the minimal forms for a goal, an objective, a visit, and a
conflict-of-interest declaration and its review.
Each one only collects values; the tab that opened it does the service call (see
app/ui/forms.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QSpinBox,
    QWidget,
)

from app.core.timeutil import to_utc
from app.services.conflicts import OUTCOMES, ConflictView
from app.services.lookups import WorkerChoice
from app.services.timeline import CONTACT_TITLES
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box
from app.ui.widgets import long_day, notice

OPEN_INTRO = (
    "A new case starts at intake, assigned to you. Say which programme it is in and, if you "
    "know it, why the client came or who referred them."
)
TRANSFER_INTRO = (
    "The case and this client move to the worker you choose. Write what they need to know "
    "to carry on: open tasks, risks, what the client prefers."
)
NO_COLLEAGUE = (
    "A transfer needs the other worker on this device, and only you are known here. Sync with "
    "the office so your colleagues' profiles are copied to this laptop, then try again, or ask "
    "your supervisor to reassign the case from the office."
)
GOAL_INTRO = "A goal says, in the client's words where possible, what they want to achieve."
OBJECTIVE_INTRO = (
    "An objective is a measurable step towards the goal: what is counted or checked, where it "
    "starts and the target."
)
VISIT_INTRO = "Book a visit or call with this client. It shows in Today on the day."
CONFLICT_INTRO = (
    "Declare any relationship with this client that could affect your judgement, or could be "
    "seen to. The declaration is flagged 'pending supervisor review' until your supervisor "
    "has reviewed it; keep working as agreed with them."
)


class OpenCaseDialog(FormDialog):
    def __init__(self, programs: list[str], suggested: str | None, parent: QWidget | None) -> None:
        super().__init__("Open a case", OPEN_INTRO, "&Open case", parent)
        self.program = QComboBox()
        self.program.setEditable(True)
        self.program.setAccessibleName("Programme")
        self.program.addItems(programs)
        self.program.setCurrentIndex(programs.index(suggested) if suggested in programs else -1)
        entry = self.program.lineEdit()
        assert entry is not None  # an editable combo box has one
        entry.setPlaceholderText("e.g. Housing stability")
        self.add_row("&Programme:", self.program)
        self.opened_on = self.add_row("&Intake date:", date_edit("Intake date"))
        self.opened_on.setMaximumDate(self.opened_on.date())  # today: not in the future
        self.reason = self.add_row(
            "&Why, or referred by:",
            line("Reason or referral source (optional)", "e.g. referred by the GP; rent arrears"),
        )

    def values(self) -> tuple[str, date, str | None]:
        reason = self.reason.text().strip() or None
        return self.program.currentText().strip(), date_value(self.opened_on), reason


REVIEW_INTRO = (
    "Decide what happens next. Your name, today's date and the outcome are recorded with the "
    "declaration, and the worker who declared it sees them."
)


def shown_text(text: str, accessible: str) -> QLabel:
    """A value the form shows but does not change (plain text, never markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


class TransferDialog(FormDialog):
    def __init__(self, candidates: list[WorkerChoice], parent: QWidget | None) -> None:
        intro = TRANSFER_INTRO if candidates else ""
        super().__init__("Transfer case", intro, "Trans&fer", parent)
        self.worker = QComboBox()
        self.worker.setAccessibleName("Worker to take over the case")
        for choice in candidates:
            role = " (supervisor)" if choice.role == "supervisor" else ""
            self.worker.addItem(choice.display_name + role, choice.id)
        self.add_row("&To:", self.worker)
        self.reason = self.add_row(
            "&Reason:", line("Reason for the transfer", "e.g. caseload rebalancing; leave")
        )
        self.handover = self.add_row(
            "&Handover note:", text_box("Handover note", "What the next worker needs to know")
        )
        if not candidates:
            self.form.insertRow(0, notice(NO_COLLEAGUE, "Why a transfer is not possible"))
            for field in (self.worker, self.reason, self.handover):
                field.setEnabled(False)
            self.ok.setEnabled(False)
            self.cancel.setText("Close")
            self.cancel.setAccessibleName("Close")
            self.cancel.setFocus()

    def values(self) -> tuple[str, str, str]:
        return (
            self.worker.currentData() or "",
            self.reason.text().strip(),
            self.handover.toPlainText().strip(),
        )


class GoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("Add a goal", GOAL_INTRO, "&Add goal", parent)
        self.title = self.add_row("&Goal:", line("Goal", "e.g. Keep the flat"))
        self.description = self.add_row(
            "&Description:", text_box("Goal description", "Optional detail", 70)
        )
        self.target = self.add_row(
            "&Target date:", OptionalDate("Target date", date.today() + timedelta(days=90))
        )

    def values(self) -> tuple[str, str, date | None]:
        return self.title.text(), self.description.toPlainText(), self.target.value()


class ObjectiveDialog(FormDialog):
    def __init__(self, goal_title: str, parent: QWidget | None) -> None:
        super().__init__("Add an objective", OBJECTIVE_INTRO, "&Add objective", parent)
        self.setAccessibleDescription("Objective for the selected goal")
        self.for_goal = QLabel(goal_title)
        self.for_goal.setTextFormat(Qt.TextFormat.PlainText)
        self.for_goal.setWordWrap(True)
        self.for_goal.setAccessibleName("Goal this objective is for")
        self.form.addRow("For goal:", self.for_goal)
        self.description = self.add_row(
            "&Objective:", line("Objective", "e.g. Pay rent on time each month")
        )
        self.measure = self.add_row(
            "&Measure:", line("Measure", "What is counted or checked, e.g. months paid on time")
        )
        self.baseline = self.add_row("&Starting value:", line("Starting value", "e.g. 0 of 3"))
        self.target_value = self.add_row("Target &value:", line("Target value", "e.g. 3 of 3"))
        self.target = self.add_row(
            "Target &date:", OptionalDate("Target date", date.today() + timedelta(days=90))
        )

    def values(self) -> tuple[str, str, str | None, str, date | None]:
        return (
            self.description.text(),
            self.measure.text(),
            self.baseline.text().strip() or None,
            self.target_value.text(),
            self.target.value(),
        )


class VisitDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("Schedule a visit", VISIT_INTRO, "&Schedule", parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName("Kind of contact")
        for value, title in CONTACT_TITLES.items():
            self.kind.addItem(title, value)
        self.add_row("&Kind:", self.kind)
        self.when = QDateTimeEdit()
        self.when.setAccessibleName("Date and time (local)")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        start = (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0, second=0)
        # PySide6 converts a datetime; its stub has no such overload.
        self.when.setDateTime(QDateTime(start))  # type: ignore[call-overload]
        self.add_row("&When:", self.when)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName("Duration in minutes")
        self.minutes.setRange(5, 12 * 60)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(" min")
        self.add_row("&Duration:", self.minutes)
        self.location = self.add_row("&Location:", line("Location", "e.g. Client's home"))
        self.purpose = self.add_row("&Purpose:", line("Purpose", "e.g. Monthly review"))

    def values(self) -> tuple[str, datetime, int, str | None, str | None]:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        local = cast(datetime, self.when.dateTime().toPython())
        return (
            self.kind.currentData(),
            to_utc(local.replace(second=0, microsecond=0)),
            self.minutes.value(),
            self.location.text().strip() or None,
            self.purpose.text().strip() or None,
        )


class ConflictDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("Declare a conflict of interest", CONFLICT_INTRO, "&Declare", parent)
        self.relationship = self.add_row(
            "&Relationship:",
            line("Relationship to the client", "e.g. neighbour, relative, former colleague"),
        )
        self.description = self.add_row(
            "D&escription:",
            text_box("Description of the conflict", "How you know them and what could be affected"),
        )

    def values(self) -> tuple[str, str]:
        return self.relationship.text(), self.description.toPlainText()


class ReviewConflictDialog(FormDialog):
    def __init__(self, conflict: ConflictView, parent: QWidget | None) -> None:
        super().__init__("Review a conflict of interest", REVIEW_INTRO, "&Record review", parent)
        who = conflict.worker_name or "another worker"
        declared = f"{long_day(conflict.disclosed_on)} by {who}"
        self.form.addRow("Declared:", shown_text(declared, "Declared on and by"))
        self.form.addRow("Relationship:", shown_text(conflict.relationship, "Relationship"))
        self.form.addRow("Description:", shown_text(conflict.description, "Description"))
        self.outcome = QComboBox()
        self.outcome.setAccessibleName("Outcome of the review")
        self.outcome.addItems(list(OUTCOMES.values()))
        self.add_row("&Outcome:", self.outcome)
        self.note = self.add_row(
            "&Note:", text_box("Review note", "What was decided and why; any safeguards agreed")
        )

    def values(self) -> tuple[str, str]:
        return list(OUTCOMES)[self.outcome.currentIndex()], self.note.toPlainText()
