"""The Plan tab's monitoring forms: an intervention (who does what, how often, towards a goal
or one of its objectives), a progress entry on an objective (value, date, note), a goal's
status, and the client's agreement to the plan in their words. Each only collects values;
the tab does the service call (app/ui/forms.py)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QSpinBox, QWidget

from app.services.monitoring import PlanAgreement
from app.services.plan import GoalView, ObjectiveView
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box
from app.ui.record.dialogs import shown_text
from app.ui.record.plan_calls import InterventionInput, ProgressInput
from app.ui.record.plan_tree import agreements, statuses
from app.ui.widgets import long_day


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanDialogs", text)


def choices(accessible: str, words: dict[str, str], current: str | None = None) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(accessible)
    for code, word in words.items():
        box.addItem(word, code)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def up_to_today(accessible: str) -> QDateEdit:
    edit = date_edit(accessible)
    edit.setMaximumDate(edit.date())
    return edit


class InterventionDialog(FormDialog):
    def __init__(self, goal: GoalView, objective: ObjectiveView | None, parent: QWidget) -> None:
        super().__init__(
            _t("Add an intervention"),
            _t("An intervention is what someone does to reach the goal: who, what, how often."),
            _t("&Add intervention"),
            parent,
        )
        self.goal, self.objective = goal, objective
        self.add_row(_t("For goal:"), shown_text(goal.title, _t("Goal")))
        if objective is not None:
            self.add_row(_t("Objective:"), shown_text(objective.description, _t("Objective")))
        self.description = self.add_row(
            _t("&What:"), line(_t("Intervention"), _t("e.g. Budgeting sessions"))
        )
        self.responsible = self.add_row(
            _t("&Who:"), line(_t("Who does it"), _t("e.g. case worker; client; food bank"))
        )
        self.frequency = self.add_row(_t("How &often:"), line(_t("How often"), _t("e.g. weekly")))
        self.start = self.add_row(_t("&Starts:"), OptionalDate(_t("Start date"), date.today()))
        later = date.today() + timedelta(days=90)
        self.end = self.add_row(_t("&Ends:"), OptionalDate(_t("End date"), later))

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
            _t("Record progress"),
            _t("Write where the objective stands now, measured as planned. Entries are kept "
               "as its history; the newest one is where it stands."),
            _t("&Record progress"),
            parent,
        )  # fmt: skip
        self.objective = objective
        start = objective.baseline_value or "?"
        measure = f"{objective.measure}: {start} → {objective.target_value}"
        self.add_row(_t("Objective:"), shown_text(objective.description, _t("Objective")))
        self.add_row(_t("Measure:"), shown_text(measure, _t("Measure")))
        last = objective.progress[0] if objective.progress else None
        if last is not None:
            said = f"{last.value} ({long_day(last.recorded_on)})"
            self.add_row(_t("Last entry:"), shown_text(said, _t("Last entry")))
        self.value = self.add_row(_t("&Value now:"), line(_t("Value now"), _t("e.g. 2 of 3")))
        self.on = self.add_row(_t("&Date:"), up_to_today(_t("Date of the entry")))
        self.status = self.add_row(
            _t("&Objective is:"), choices(_t("Objective status"), statuses(), objective.status)
        )
        self.note = self.add_row(
            _t("&Note:"), text_box(_t("Note"), _t("Optional: what helped, what got in the way"), 70)
        )

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
            _t("Goal status"),
            _t("Say where the goal stands, with the client: still being worked on, met, not "
               "met, or dropped."),
            _t("&Save status"),
            parent,
        )  # fmt: skip
        self.goal = goal
        self.add_row(_t("Goal:"), shown_text(goal.title, _t("Goal")))
        self.status = self.add_row(
            _t("&Status:"), choices(_t("Goal status"), statuses(), goal.status)
        )
        self.percent = QSpinBox()
        self.percent.setAccessibleName(_t("How far along, per cent"))
        self.percent.setRange(0, 100)
        self.percent.setSingleStep(10)
        self.percent.setSuffix(" %")
        self.percent.setValue(goal.progress_percent)
        self.add_row(_t("&How far along:"), self.percent)
        self.status.currentIndexChanged.connect(self._met)

    def _met(self) -> None:
        if self.status.currentData() == "met":
            self.percent.setValue(100)

    def values(self) -> tuple[str, int]:
        return self.status.currentData(), self.percent.value()


class AgreementDialog(FormDialog):
    def __init__(self, agreement: PlanAgreement, parent: QWidget) -> None:
        super().__init__(
            _t("Client's agreement to the plan"),
            _t("Record whether the client agreed to this plan, in their own words. If they "
               "disagree, write what they said: the plan is theirs."),
            _t("&Record answer"),
            parent,
        )  # fmt: skip
        self.answer = self.add_row(
            _t("&Answer:"), choices(_t("Client's answer"), agreements(), agreement.answer)
        )
        self.words = self.add_row(
            _t("&Their words:"),
            text_box(_t("The client's words"), _t("What the client said, as they said it")),
        )
        self.words.setPlainText(agreement.words or "")
        self.on = self.add_row(_t("&Date:"), up_to_today(_t("Date of the answer")))

    def values(self) -> tuple[str, str | None, date]:
        words = self.words.toPlainText().strip() or None
        return self.answer.currentData(), words, date_value(self.on)
