"""The Plan tab: the case plan's goals, each with its objectives (what is measured, from where
to where, where it stands now and the progress entries that got it there), the interventions
working towards an objective or the goal as a whole, and the case notes that addressed the
goal (Enter on one shows it on the timeline); the client's agreement to the plan in their
words; when the case was last assessed and when it must be re-assessed.

Goals, objectives, interventions and progress entries are added with short forms; a goal's
status is set with the client (app/ui/record/plan_dialogs.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout

from app.services.plan import CasePlan, GoalView, ObjectiveView
from app.ui.access import VaultAccess
from app.ui.pane import ID_ROLE, VaultPane, button, item_list, muted_item, set_error
from app.ui.record import plan_calls
from app.ui.record.plan_dialogs import (
    AgreementDialog,
    GoalDialog,
    GoalStatusDialog,
    InterventionDialog,
    ObjectiveDialog,
    ProgressDialog,
)
from app.ui.record.plan_tree import GOAL_ROLE, KIND_ROLE, OBJECTIVE_ROLE, agreement_text, fill
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day

PlanForm = (
    GoalDialog
    | ObjectiveDialog
    | InterventionDialog
    | ProgressDialog
    | GoalStatusDialog
    | AgreementDialog
)


def assessment_text(plan: CasePlan) -> str:
    last = QCoreApplication.translate("PlanTab", "Last assessed {day}").format(
        day=long_day(plan.last_assessed_on)
    )
    if plan.reassessment_due_on is None:
        due = QCoreApplication.translate("PlanTab", "no re-assessment date set")
    elif plan.reassessment_overdue:
        due = QCoreApplication.translate("PlanTab", "re-assessment OVERDUE since {day}").format(
            day=long_day(plan.reassessment_due_on)
        )
    else:
        due = QCoreApplication.translate("PlanTab", "re-assessment due {day}").format(
            day=long_day(plan.reassessment_due_on)
        )
    return " · ".join(
        (
            last
            if plan.last_assessed_on
            else QCoreApplication.translate("PlanTab", "Not assessed yet"),
            due,
        )
    )


class PlanTab(VaultPane):
    note_requested = Signal(str)  # a note that addressed a goal: show it (note id)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(self.tr("Plan"))
        self.case_id: str | None = None
        self.plan: CasePlan | None = None
        self.assessed = self._label(self.tr("Assessment dates"))
        self.agreement = self._label(self.tr("Client's agreement to the plan"))
        self.goals = item_list(
            self.tr("Goals, objectives, interventions and progress"),
            [
                self.tr("Plan"),
                self.tr("Progress"),
                self.tr("Date"),
            ],
        )
        self.goals.setAccessibleDescription(
            self.tr("Each goal with its objectives; arrows move, Enter opens a note")
        )
        self.goals.setTabKeyNavigation(False)  # Tab leaves the tree; arrows move inside
        self.goals.setRootIsDecorated(True)
        self.goals.setColumnWidth(0, 250)
        self.goals.setColumnWidth(1, 240)
        self.goals.currentItemChanged.connect(lambda *_: self._enable())
        self.goals.itemActivated.connect(self._activated)
        self.error = error_label(self.tr("Problem with the plan"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        layout.addWidget(self.agreement)  # alone on its row: a wrapped label gets its height
        layout.addLayout(self._buttons())
        layout.addWidget(self.error)
        layout.addWidget(self.goals, stretch=1)
        self._enable()

    @staticmethod
    def _label(accessible: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QPushButton:
        widget = button(text, text.replace("&", "").rstrip("…"), tip)
        widget.clicked.connect(lambda _checked=False: action())
        return widget

    def _top_row(self) -> QHBoxLayout:
        self.agreement_button = self._button(
            self.tr("Client's agreement…"),
            self.tr("Record whether the client agreed to the plan, in their words"),
            self.record_agreement,
        )
        row = QHBoxLayout()
        row.addWidget(self.assessed, stretch=1)
        row.addWidget(self.agreement_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        self.add_goal_button = self._button(
            self.tr("Add &goal…"),
            self.tr("Add a goal to the case plan"),
            self.add_goal,
        )
        self.add_objective_button = self._button(
            self.tr("Add o&bjective…"),
            self.tr("Add an objective to the selected goal"),
            self.add_objective,
        )
        self.add_intervention_button = self._button(
            self.tr("Add intervention…"),
            self.tr("Add an intervention to the selected goal or objective"),
            self.add_intervention,
        )
        self.progress_button = self._button(
            self.tr("Recor&d progress…"),
            self.tr("Record progress on the selected objective"),
            self.record_progress,
        )
        self.status_button = self._button(
            self.tr("Goal stat&us…"),
            self.tr("Set the selected goal's status"),
            self.goal_status,
        )
        row = QHBoxLayout()
        for widget in (
            self.add_goal_button,
            self.add_objective_button,
            self.add_intervention_button,
            self.progress_button,
            self.status_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- reading ------------------------------------------------------------------------
    def set_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.clear()
        self.case_id = case_id
        self.assessed.setText(
            "" if case_id else self.tr("This client has no case, so there is no plan.")
        )
        self._enable()

    def load(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.call(lambda access: access.case_plan(case_id), self.show_plan)

    def show_plan(self, plan: CasePlan) -> None:
        set_error(self.error, "")
        self.plan = plan
        self.assessed.setText(assessment_text(plan))
        self.agreement.setText(agreement_text(plan.agreement))
        fill(self.goals, plan, self.palette().text().color())
        if not plan.goals:
            muted_item(
                self.goals,
                self.tr("No goals yet. Add the first goal with the client."),
            )
        self._enable()

    def selected_goal(self) -> GoalView | None:
        item = self.goals.currentItem()
        goal_id = item.data(0, GOAL_ROLE) if item is not None else None
        goals = self.plan.goals if self.plan else ()
        return next((g for g in goals if g.id == goal_id), None)

    def selected_objective(self) -> ObjectiveView | None:
        item, goal = self.goals.currentItem(), self.selected_goal()
        objective_id = item.data(0, OBJECTIVE_ROLE) if item is not None else None
        objectives = goal.objectives if goal else ()
        return next((o for o in objectives if o.id == objective_id), None)

    def _enable(self) -> None:
        goal = self.selected_goal() is not None
        self.add_goal_button.setEnabled(self.case_id is not None)
        self.agreement_button.setEnabled(self.plan is not None)
        for widget in (self.add_objective_button, self.add_intervention_button, self.status_button):
            widget.setEnabled(goal)
        self.progress_button.setEnabled(self.selected_objective() is not None)

    def _activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == "note":
            self.note_requested.emit(item.data(0, ID_ROLE))

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def _form(self, dialog: PlanForm, work: Callable[[VaultAccess, Any], object]) -> None:
        """Open `dialog`; each submit reads its values here (the GUI thread) and runs
        `work(access, values)` on the worker; on success the form closes and the plan is
        read again, a refusal stays in the form."""

        def saved(_result: object) -> None:
            dialog.succeeded()
            self.load()

        def submit() -> None:
            values = dialog.values()
            self.call(lambda access: work(access, values), saved, dialog.show_error)

        self.open_form(dialog, submit)

    def add_goal(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self._form(GoalDialog(self.window()), lambda a, v: a.add_goal(case_id, *v))

    def add_objective(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            dialog = ObjectiveDialog(goal.title, self.window())
            self._form(dialog, lambda a, v: a.add_objective(goal.id, *v))

    def add_intervention(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            dialog = InterventionDialog(goal, self.selected_objective(), self.window())
            self._form(dialog, plan_calls.add_intervention)

    def record_progress(self) -> None:
        objective = self.selected_objective()
        if objective is not None:
            self._form(ProgressDialog(objective, self.window()), plan_calls.add_progress)

    def goal_status(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            dialog = GoalStatusDialog(goal, self.window())
            self._form(dialog, lambda a, v: plan_calls.set_goal_status(a, goal.id, *v))

    def record_agreement(self) -> None:
        plan = self.plan
        if plan is not None:
            dialog = AgreementDialog(plan.agreement, self.window())
            self._form(dialog, lambda a, v: plan_calls.record_agreement(a, plan.case_id, *v))

    def items(self) -> list[QTreeWidgetItem]:
        """Every item of the tree, depth first."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:  # Qt's answer past the end; never within the counts used here
                return
            found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.goals.topLevelItemCount()):
            walk(self.goals.topLevelItem(index))
        return found

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.case_id, self.plan = None, None
        self.goals.clear()
        self.assessed.clear()
        self.agreement.clear()
        set_error(self.error, "")
        self._enable()

    def selected_id(self) -> str | None:
        item = self.goals.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None
