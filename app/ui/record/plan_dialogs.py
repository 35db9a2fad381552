"""The Plan tab's forms: a goal, an objective (what is measured, from where to where), an
intervention (who does what, how often, towards a goal or one of its objectives), a progress
entry on an objective (value, date, note), a goal's status, and the client's agreement to the
plan in their words. Each only collects values; the tab does the service call
(app/ui/forms.py). The forms have no subclasses, so `self.tr` uses the class name as context.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QWidget

from app.services.monitoring import PlanAgreement
from app.services.plan import GoalView, ObjectiveView
from app.ui.forms import FormDialog, date_edit, date_value, line, text_box
from app.ui.record.dialogs import (
    describe_buttons,
    described,
    optional_date,
    shown_text,
    tab_leaves,
)
from app.ui.record.plan_calls import InterventionInput, ProgressInput
from app.ui.record.plan_tree import agreements, statuses
from app.ui.widgets import long_day


def choices(
    accessible: str, description: str, words: dict[str, str], current: str | None = None
) -> QComboBox:
    box = described(QComboBox(), description)
    box.setAccessibleName(accessible)
    for code, word in words.items():
        box.addItem(word, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def up_to_today(accessible: str, description: str) -> QDateEdit:
    edit = tab_leaves(described(date_edit(accessible), description))
    edit.setMaximumDate(edit.date())
    return edit


def in_90_days() -> date:
    return date.today() + timedelta(days=90)


class GoalDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("GoalDialog", "Add a goal"),
            QCoreApplication.translate(
                "GoalDialog",
                "A goal says, in the client's words where possible, what they want to achieve.",
            ),
            QCoreApplication.translate("GoalDialog", "&Add goal"),
            parent,
        )
        goal = line(self.tr("Goal"), self.tr("e.g. Keep the flat"))
        self.title = self.add_row(
            self.tr("&Goal:"), described(goal, self.tr("What the client wants to achieve"))
        )
        detail = text_box(self.tr("Goal description"), self.tr("Optional detail"), 70)
        self.description = self.add_row(
            self.tr("&Description:"), described(detail, self.tr("More about the goal, optional"))
        )
        later = in_90_days()
        about = self.tr("When the goal should be reached, if a date is agreed")
        self.target = self.add_row(
            self.tr("&Target date:"), optional_date(self.tr("Target date"), about, later)
        )
        describe_buttons(self, self.tr("Add the goal to the case plan"))

    def values(self) -> tuple[str, str, date | None]:
        return self.title.text(), self.description.toPlainText(), self.target.value()


class ObjectiveDialog(FormDialog):
    def __init__(self, goal_title: str, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ObjectiveDialog", "Add an objective"),
            QCoreApplication.translate(
                "ObjectiveDialog",
                "An objective is a measurable step towards the goal: what is counted or "
                "checked, where it starts and the target.",
            ),
            QCoreApplication.translate("ObjectiveDialog", "&Add objective"),
            parent,
        )
        self.setAccessibleDescription(self.tr("Objective for the selected goal"))
        self.for_goal = shown_text(goal_title, self.tr("Goal this objective is for"))
        self.form.addRow(self.tr("For goal:"), self.for_goal)
        self._fields()
        describe_buttons(self, self.tr("Add the objective to the goal"))

    def _fields(self) -> None:
        measure = self.tr("What is counted or checked, e.g. months paid on time")
        rows = (
            (self.tr("&Objective:"), self.tr("Objective"), self.tr("e.g. Pay rent on time")),
            (self.tr("&Measure:"), self.tr("Measure"), measure),
            (self.tr("&Starting value:"), self.tr("Starting value"), self.tr("e.g. 0 of 3")),
            (self.tr("Target &value:"), self.tr("Target value"), self.tr("e.g. 3 of 3")),
        )
        about = self.tr("Part of the objective: what is measured, from where, to where")
        fields = [
            self.add_row(label, described(line(name, hint), about)) for label, name, hint in rows
        ]
        self.description, self.measure, self.baseline, self.target_value = fields
        later = in_90_days()
        due = self.tr("When the target should be reached, if a date is agreed")
        self.target = self.add_row(
            self.tr("Target &date:"), optional_date(self.tr("Target date"), due, later)
        )

    def values(self) -> tuple[str, str, str | None, str, date | None]:
        return (
            self.description.text(),
            self.measure.text(),
            self.baseline.text().strip() or None,
            self.target_value.text(),
            self.target.value(),
        )


class InterventionDialog(FormDialog):
    def __init__(self, goal: GoalView, objective: ObjectiveView | None, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("InterventionDialog", "Add an intervention"),
            QCoreApplication.translate(
                "InterventionDialog",
                "An intervention is what someone does to reach the goal: who, what, how often.",
            ),
            QCoreApplication.translate("InterventionDialog", "&Add intervention"),
            parent,
        )
        self.goal, self.objective = goal, objective
        self.add_row(self.tr("For goal:"), shown_text(goal.title, self.tr("Goal")))
        if objective is not None:
            shown = shown_text(objective.description, self.tr("Objective"))
            self.add_row(self.tr("Objective:"), shown)
        about = self.tr("Part of the intervention: what is done, by whom, how often")
        rows = (
            (self.tr("&What:"), self.tr("Intervention"), self.tr("e.g. Budgeting sessions")),
            (self.tr("&Who:"), self.tr("Who does it"), self.tr("e.g. case worker; client")),
            (self.tr("How &often:"), self.tr("How often"), self.tr("e.g. weekly")),
        )
        fields = [self.add_row(row, described(line(name, hint), about)) for row, name, hint in rows]
        self.description, self.responsible, self.frequency = fields
        span = self.tr("When the intervention starts and ends, if agreed")
        self.start = self.add_row(
            self.tr("&Starts:"), optional_date(self.tr("Start date"), span, date.today())
        )
        self.end = self.add_row(
            self.tr("&Ends:"), optional_date(self.tr("End date"), span, in_90_days())
        )
        describe_buttons(self, self.tr("Add the intervention to the plan"))

    def values(self) -> InterventionInput:
        return InterventionInput(
            self.goal.id,
            self.objective.id if self.objective else None,
            self.description.text(),
            self.responsible.text(),
            self.frequency.text().strip() or None,
            self.start.value(),
            self.end.value(),
        )


class ProgressDialog(FormDialog):
    def __init__(self, objective: ObjectiveView, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("ProgressDialog", "Record progress"),
            QCoreApplication.translate(
                "ProgressDialog",
                "Write where the objective stands now, measured as planned. Entries are kept "
                "as its history; the newest one is where it stands.",
            ),
            QCoreApplication.translate("ProgressDialog", "&Record progress"),
            parent,
        )
        self.objective = objective
        self._shown(objective)
        value = line(self.tr("Value now"), self.tr("e.g. 2 of 3"))
        self.value = self.add_row(
            self.tr("&Value now:"), described(value, self.tr("Where the objective stands now"))
        )
        day = up_to_today(self.tr("Date of the entry"), self.tr("When it was measured"))
        self.on = self.add_row(self.tr("&Date:"), day)
        status = choices(
            self.tr("Objective status"), self.tr("Still active, met, not met or dropped"),
            statuses(), objective.status,
        )  # fmt: skip
        self.status = self.add_row(self.tr("&Objective is:"), status)
        hint = self.tr("Optional: what helped, what got in the way")
        note = described(text_box(self.tr("Note"), hint, 70), hint)
        self.note = self.add_row(self.tr("&Note:"), note)
        describe_buttons(self, self.tr("Save the progress entry"))

    def _shown(self, objective: ObjectiveView) -> None:
        start = objective.baseline_value or "?"
        measure = f"{objective.measure}: {start} → {objective.target_value}"
        shown = shown_text(objective.description, self.tr("Objective"))
        self.add_row(self.tr("Objective:"), shown)
        self.add_row(self.tr("Measure:"), shown_text(measure, self.tr("Measure")))
        last = objective.progress[0] if objective.progress else None
        if last is not None:
            said = self.tr("{value} ({day})").format(
                value=last.value, day=long_day(last.recorded_on)
            )
            self.add_row(self.tr("Last entry:"), shown_text(said, self.tr("Last entry")))

    def values(self) -> ProgressInput:
        return ProgressInput(
            self.objective.id,
            self.value.text(),
            date_value(self.on),
            self.status.currentData(),
            self.note.toPlainText().strip() or None,
        )


class GoalStatusDialog(FormDialog):
    def __init__(self, goal: GoalView, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("GoalStatusDialog", "Goal status"),
            QCoreApplication.translate(
                "GoalStatusDialog",
                "Say where the goal stands, with the client: still being worked on, met, not "
                "met, or dropped.",
            ),
            QCoreApplication.translate("GoalStatusDialog", "&Save status"),
            parent,
        )
        self.goal = goal
        self.add_row(self.tr("Goal:"), shown_text(goal.title, self.tr("Goal")))
        status = choices(
            self.tr("Goal status"), self.tr("Active, met, not met or dropped"),
            statuses(), goal.status,
        )  # fmt: skip
        self.status = self.add_row(self.tr("&Status:"), status)
        self.percent = described(QSpinBox(), self.tr("From 0 to 100 per cent"))
        self.percent.setAccessibleName(self.tr("How far along, per cent"))
        self.percent.setRange(0, 100)
        self.percent.setSingleStep(10)
        self.percent.setSuffix(self.tr(" %"))
        self.percent.setValue(goal.progress_percent)
        self.add_row(self.tr("&How far along:"), self.percent)
        self.status.currentIndexChanged.connect(self._met)
        describe_buttons(self, self.tr("Save the goal's status"))

    def _met(self) -> None:
        if self.status.currentData() == "met":
            self.percent.setValue(100)

    def values(self) -> tuple[str, int]:
        return self.status.currentData(), self.percent.value()


class AgreementDialog(FormDialog):
    def __init__(self, agreement: PlanAgreement, parent: QWidget) -> None:
        super().__init__(
            QCoreApplication.translate("AgreementDialog", "Client's agreement to the plan"),
            QCoreApplication.translate(
                "AgreementDialog",
                "Record whether the client agreed to this plan, in their own words. If they "
                "disagree, write what they said: the plan is theirs.",
            ),
            QCoreApplication.translate("AgreementDialog", "&Record answer"),
            parent,
        )
        answer = choices(
            self.tr("Client's answer"), self.tr("Agreed, disagreed or not asked"),
            agreements(), agreement.answer,
        )  # fmt: skip
        self.answer = self.add_row(self.tr("&Answer:"), answer)
        hint = self.tr("What the client said, as they said it")
        self.words = self.add_row(
            self.tr("&Their words:"), described(text_box(self.tr("The client's words"), hint), hint)
        )
        self.words.setPlainText(agreement.words or "")
        day = up_to_today(self.tr("Date of the answer"), self.tr("When the client answered"))
        self.on = self.add_row(self.tr("&Date:"), day)
        describe_buttons(self, self.tr("Save the client's answer"))

    def values(self) -> tuple[str, str | None, date]:
        words = self.words.toPlainText().strip() or None
        return self.answer.currentData(), words, date_value(self.on)
