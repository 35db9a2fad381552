"""The Plan tab: the case plan's goals, each with its objectives (what is measured, from where
to where, and where it stands now) and interventions (who does what, how often), with progress
and target dates; when the case was last assessed and when it must be re-assessed. A goal and
an objective can be added with short forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTreeWidgetItem, QVBoxLayout

from app.services.plan import CasePlan, GoalView, InterventionView, ObjectiveView
from app.ui.pane import (
    ALERT,
    ID_ROLE,
    VaultPane,
    button,
    item_list,
    list_item,
    muted_item,
    paint,
    set_error,
)
from app.ui.record.dialogs import GoalDialog, ObjectiveDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day

NO_CASE = "This client has no case, so there is no plan."
NO_GOALS = "No goals yet. Add the first goal with the client."
STATUS = {"active": "active", "met": "met", "not_met": "not met", "dropped": "dropped"}
GOAL_ROLE = Qt.ItemDataRole.UserRole + 1


def goal_texts(goal: GoalView) -> list[str]:
    due = f"target {long_day(goal.target_date)}" if goal.target_date else "no target date"
    late = " (overdue)" if goal.overdue else ""
    status = STATUS.get(goal.status, goal.status)
    return [f"Goal: {goal.title}", f"{goal.progress_percent}% · {status}", due + late]


def objective_texts(objective: ObjectiveView) -> list[str]:
    start = objective.baseline_value or "?"
    now = f", now {objective.current_value}" if objective.current_value else ""
    measure = f"{objective.measure}: {start} → {objective.target_value}{now}"
    due = f"target {long_day(objective.target_date)}" if objective.target_date else ""
    late = " (overdue)" if objective.overdue else ""
    status = STATUS.get(objective.status, objective.status)
    return [f"Objective: {objective.description}", f"{status}\n{measure}", due + late]


def intervention_texts(intervention: InterventionView) -> list[str]:
    how = f", {intervention.frequency}" if intervention.frequency else ""
    who = f"by {intervention.responsible_party}{how}"
    span = " – ".join(long_day(d) for d in (intervention.start_on, intervention.end_on) if d)
    return [f"Intervention: {intervention.description}", f"{intervention.status}\n{who}", span]


def assessment_text(plan: CasePlan) -> str:
    last = f"Last assessed {long_day(plan.last_assessed_on)}" if plan.last_assessed_on else ""
    if plan.reassessment_due_on is None:
        due = "no re-assessment date set"
    elif plan.reassessment_overdue:
        due = f"re-assessment OVERDUE since {long_day(plan.reassessment_due_on)}"
    else:
        due = f"re-assessment due {long_day(plan.reassessment_due_on)}"
    return " · ".join(p for p in (last or "Not assessed yet", due) if p)


class PlanTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Plan")
        self.case_id: str | None = None
        self.plan: CasePlan | None = None
        self.assessed = QLabel()
        self.assessed.setAccessibleName("Assessment dates")
        self.assessed.setWordWrap(True)
        self.goals = item_list("Goals, objectives and interventions", ["Plan", "Progress", "Due"])
        self.goals.setRootIsDecorated(True)
        self.goals.setColumnWidth(0, 280)
        self.goals.setColumnWidth(1, 170)
        self.goals.currentItemChanged.connect(lambda *_: self._enable())
        self.add_goal_button = button("Add &goal…", "Add a goal", "Add a goal to the case plan")
        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_objective_button = button(
            "Add o&bjective…", "Add an objective", "Add an objective to the selected goal"
        )
        self.add_objective_button.clicked.connect(self.add_objective)
        self.error = error_label("Problem with the plan")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.add_objective_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.assessed)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.goals, stretch=1)
        self._enable()

    def set_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.clear()
        self.case_id = case_id
        self.assessed.setText("" if case_id else NO_CASE)
        self._enable()

    def load(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.call(lambda access: access.case_plan(case_id), self.show_plan)

    def show_plan(self, plan: CasePlan) -> None:
        set_error(self.error, "")
        self.plan = plan
        self.assessed.setText(assessment_text(plan))
        self.goals.clear()
        for goal in plan.goals:
            item = list_item(goal_texts(goal), goal.id)
            item.setData(0, GOAL_ROLE, goal.id)
            paint(item, ALERT if goal.overdue else self.palette().text().color(), bold=True)
            self.goals.addTopLevelItem(item)
            for objective in goal.objectives:
                child = list_item(objective_texts(objective), objective.id)
                child.setData(0, GOAL_ROLE, goal.id)
                item.addChild(child)
            for intervention in goal.interventions:
                child = list_item(intervention_texts(intervention), intervention.id)
                child.setData(0, GOAL_ROLE, goal.id)
                item.addChild(child)
            item.setExpanded(True)
        if not plan.goals:
            muted_item(self.goals, NO_GOALS)
        self._enable()

    def selected_goal(self) -> GoalView | None:
        item = self.goals.currentItem()
        goal_id = item.data(0, GOAL_ROLE) if item is not None else None
        goals = self.plan.goals if self.plan else ()
        return next((g for g in goals if g.id == goal_id), None)

    def _enable(self) -> None:
        self.add_goal_button.setEnabled(self.case_id is not None)
        self.add_objective_button.setEnabled(self.selected_goal() is not None)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def add_goal(self) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        dialog = GoalDialog(self.window())

        def submit() -> None:
            title, description, target = dialog.values()
            self.call(
                lambda access: access.add_goal(case_id, title, description, target),
                lambda _id: self._added(dialog),
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def add_objective(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        dialog = ObjectiveDialog(goal.title, self.window())

        def submit() -> None:
            values = dialog.values()
            self.call(
                lambda access: access.add_objective(goal.id, *values),
                lambda _id: self._added(dialog),
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def _added(self, dialog: GoalDialog | ObjectiveDialog) -> None:
        dialog.succeeded()
        self.load()

    def items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for index in range(self.goals.topLevelItemCount()):
            top = self.goals.topLevelItem(index)
            found += [top, *(top.child(i) for i in range(top.childCount()))]
        return found

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.case_id, self.plan = None, None
        self.goals.clear()
        self.assessed.clear()
        set_error(self.error, "")
        self._enable()

    def selected_id(self) -> str | None:
        item = self.goals.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None
