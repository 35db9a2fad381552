"""The Tasks & visits tab: the client's tasks (add one with a due date, for oneself or, where
the team rules allow, a colleague; tick one off or reopen it) and visits (schedule one; complete
it and start its note; record it as cancelled or a no-show with the reason). The lists come with
the client's record; every change is one service call, after which the record is read again."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.timeutil import local_today
from app.services.dto import ClientRecord, TaskSummary, VisitSummary
from app.ui.form_access import describe_date
from app.ui.forms import OptionalDate, line
from app.ui.pane import (
    ALERT,
    MUTED,
    VaultPane,
    button,
    item_list,
    list_item,
    muted_item,
    paint,
    selected_id,
    set_error,
)
from app.ui.record import visits
from app.ui.record.visits import (
    ActivityExtras,
    CompleteVisitDialog,
    MissedVisitDialog,
    visit_texts,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day


def task_texts(task: TaskSummary) -> list[str]:
    due = (
        long_day(task.due_on)
        if task.due_on
        else QCoreApplication.translate("ActivityTab", "No date")
    )
    if task.done:
        status = QCoreApplication.translate("ActivityTab", "Done")
    elif task.overdue:
        status = QCoreApplication.translate("ActivityTab", "OVERDUE")
    else:
        status = QCoreApplication.translate("ActivityTab", "To do")
    return [due, task.title, status]


class ActivityTab(VaultPane):
    note_requested = Signal(str, object)  # client id, case id (or None): start a case note

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(self.tr("Tasks and visits"))
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.task_rows: dict[str, TaskSummary] = {}
        self.visit_rows: dict[str, VisitSummary] = {}
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Give the new task to"))
        self.assignee.setToolTip(self.tr("Who the new task is for: you or a colleague"))
        self.assignee.setMinimumWidth(160)
        self.assigning = QWidget()
        self.new_task = line(
            self.tr("New task"), self.tr("New task, e.g. Call landlord about repairs (Enter adds)")
        )
        self.new_task.returnPressed.connect(self.add_task)
        self.due = OptionalDate(
            self.tr("Due date"), local_today() + timedelta(days=7), checked=True
        )
        self.due.edit.setToolTip(self.tr("The day the task is due (untick Set for no date)"))
        describe_date(self.due.edit)  # Tab leaves it; its description says how to type a date
        self.add_button = button(
            self.tr("Add task"),
            self.tr("Add task"),
            self.tr("Add the task (Enter in the task box)"),
        )
        self.add_button.clicked.connect(self.add_task)
        self.tasks = item_list(
            self.tr("Tasks"), [self.tr("Due"), self.tr("Task"), self.tr("Status")]
        )
        self.tasks.setAccessibleDescription(
            self.tr("The client's tasks; arrow keys move between them.")
        )
        self.tasks.setTabKeyNavigation(False)
        self.tasks.setColumnWidth(0, 110)
        self.tasks.setColumnWidth(1, 300)
        self.tasks.currentItemChanged.connect(lambda *_: self._enable())
        self.done_button = button(self.tr("Mark &done"), self.tr("Mark the selected task done"))
        self.done_button.clicked.connect(self.toggle_done)
        self.visits = item_list(
            self.tr("Visits"),
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Status"),
                self.tr("Why not held"),
                self.tr("Where"),
            ],
        )
        self.visits.setAccessibleDescription(
            self.tr("The client's visits, newest first; arrow keys move between them.")
        )
        self.visits.setTabKeyNavigation(False)
        for column, width in enumerate((160, 100, 80, 150)):
            self.visits.setColumnWidth(column, width)
        self.visits.currentItemChanged.connect(lambda *_: self._enable())
        self.visit_button = button(self.tr("Sc&hedule visit…"), self.tr("Schedule a visit"))
        self.visit_button.clicked.connect(self.schedule_visit)
        self.complete_button = button(
            self.tr("Comp&lete visit…"), self.tr("Complete the selected visit and write its note")
        )
        self.complete_button.clicked.connect(self.complete_visit)
        self.missed_button = button(
            self.tr("&Missed or cancelled…"),
            self.tr("Record the selected visit as cancelled or a no-show, with the reason"),
        )
        self.missed_button.clicked.connect(self.missed_visit)
        self.error = error_label(self.tr("Problem with tasks or visits"))
        self._layout()
        self._enable()

    def _layout(self) -> None:
        adding = QHBoxLayout()
        label = QLabel(self.tr("Ne&w task:"))
        label.setBuddy(self.new_task)
        label.setAccessibleName(self.tr("New task label"))
        due = QLabel(self.tr("D&ue:"))
        due.setBuddy(self.due)
        due.setAccessibleName(self.tr("Due date label"))
        for widget, stretch in ((label, 0), (self.new_task, 1), (due, 0), (self.due, 0)):
            adding.addWidget(widget, stretch=stretch)
        adding.addWidget(self.add_button)
        assigning = QHBoxLayout(self.assigning)  # shown when the task may go to a colleague
        assigning.setContentsMargins(0, 0, 0, 0)
        assigned = QLabel(self.tr("Assi&gn the new task to:"))
        assigned.setBuddy(self.assignee)
        for part in (assigned, self.assignee):
            assigning.addWidget(part)
        assigning.addStretch(1)
        task_actions = QHBoxLayout()
        task_actions.addWidget(QLabel(self.tr("Tasks")))
        task_actions.addStretch(1)
        task_actions.addWidget(self.done_button)
        visit_actions = QHBoxLayout()
        visit_actions.addWidget(QLabel(self.tr("Visits, newest first")))
        visit_actions.addStretch(1)
        for visit_button in (self.complete_button, self.missed_button, self.visit_button):
            visit_actions.addWidget(visit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
        layout.addWidget(self.assigning)
        layout.addWidget(self.error)
        layout.addLayout(task_actions)
        layout.addWidget(self.tasks, stretch=3)
        layout.addLayout(visit_actions)
        layout.addWidget(self.visits, stretch=2)

    # -- showing ------------------------------------------------------------------------
    def set_record(self, record: ClientRecord, case_id: str | None) -> None:
        if record.id != self.client_id:
            self.clear()
        self.client_id, self.case_id = record.id, case_id
        wanted = selected_id(self.tasks)
        self.tasks.clear()
        self.task_rows = {task.id: task for task in record.tasks}
        for task in record.tasks:
            item = list_item(task_texts(task), task.id)
            if task.done:
                paint(item, MUTED)
            elif task.overdue:
                paint(item, ALERT, bold=True)
            self.tasks.addTopLevelItem(item)
            if task.id == wanted:
                self.tasks.setCurrentItem(item)
        if not record.tasks:
            muted_item(self.tasks, self.tr("No tasks for this client."))
        self._show_visits(record.visits, {})
        self.call(
            lambda access: visits.activity_extras(access, record.id, case_id), self._show_extras
        )
        self._enable()

    def _show_visits(self, shown: tuple[VisitSummary, ...], reasons: dict[str, str]) -> None:
        wanted = selected_id(self.visits)
        self.visits.clear()
        self.visit_rows = {visit.id: visit for visit in shown}
        for visit in shown:
            item = list_item(visit_texts(visit, reasons.get(visit.id)), visit.id)
            if visit.status != "scheduled":
                paint(item, MUTED)
            self.visits.addTopLevelItem(item)
            if visit.id == wanted:
                self.visits.setCurrentItem(item)
        if not shown:
            muted_item(self.visits, self.tr("No visits booked."))

    def _show_extras(self, extras: ActivityExtras) -> None:
        if extras.reasons:
            self._show_visits(tuple(self.visit_rows.values()), extras.reasons)
        self.assignee.clear()
        for choice in extras.assignees:
            me = choice.is_device_owner
            self.assignee.addItem(self.tr("Me") if me else choice.display_name, choice.id)
        self.assigning.setVisible(len(extras.assignees) > 1)
        self._enable()

    def selected_task(self) -> TaskSummary | None:
        return self.task_rows.get(selected_id(self.tasks) or "")

    def selected_visit(self) -> VisitSummary | None:
        return self.visit_rows.get(selected_id(self.visits) or "")

    def _enable(self) -> None:
        task = self.selected_task()
        self.done_button.setEnabled(task is not None)
        done = task is not None and task.done
        self.done_button.setText(self.tr("&Reopen task") if done else self.tr("Mark &done"))
        self.done_button.setAccessibleName(
            self.tr("Reopen the selected task") if done else self.tr("Mark the selected task done")
        )
        for widget in (self.add_button, self.new_task, self.visit_button):
            widget.setEnabled(self.client_id is not None)
        visit = self.selected_visit()
        open_visit = visit is not None and visit.status == "scheduled"
        self.complete_button.setEnabled(open_visit)
        self.missed_button.setEnabled(open_visit)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def add_task(self) -> None:
        client_id, case_id = self.client_id, self.case_id
        title, due = self.new_task.text(), self.due.value()
        assignee = self.assignee.currentData() if self.assignee.count() > 1 else None
        if client_id is None:
            return
        self.call(
            lambda access: visits.add_task_for(access, client_id, case_id, title, due, assignee),
            self._added,
        )

    def _added(self, _task_id: str) -> None:
        self.new_task.clear()
        set_error(self.error, "")
        self.changed.emit()

    def toggle_done(self) -> None:
        task = self.selected_task()
        if task is not None:
            done = not task.done
            self.call(lambda access: access.set_task_done(task.id, done), self._toggled)

    def _toggled(self, _state: object) -> None:
        set_error(self.error, "")
        self.changed.emit()

    def schedule_visit(self) -> None:
        client_id, case_id = self.client_id, self.case_id
        if client_id is None:
            return
        dialog = visits.VisitDialog(self.window())  # checks safe times before it saves
        self.call(
            lambda access: visits.visit_facts(access, client_id, case_id),
            dialog.set_facts,
            dialog.show_error,
        )

        def submit() -> None:
            kind, at, minutes, location, purpose = dialog.values()
            self.call_form(
                lambda access: access.schedule_visit(
                    client_id, case_id, kind, at, minutes, location, purpose
                ),
                dialog,
            )

        self.open_form(dialog, submit)

    def complete_visit(self) -> None:
        visit, client_id, case_id = self.selected_visit(), self.client_id, self.case_id
        if visit is None or client_id is None:
            return
        dialog = CompleteVisitDialog(visit, self.window())

        def completed(write_note: bool) -> None:
            dialog.succeeded()
            self.changed.emit()
            if write_note:  # the editor opens over the record, for this client and case
                self.note_requested.emit(client_id, case_id)

        def submit() -> None:
            write_note = dialog.values()
            self.call(
                lambda access: visits.end_visit(access, visit.id, "done", None),
                lambda _state: completed(write_note),
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def missed_visit(self) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        dialog = MissedVisitDialog(visit, self.window())

        def submit() -> None:
            outcome, reason = dialog.values()
            self.call_form(
                lambda access: visits.end_visit(access, visit.id, outcome, reason), dialog
            )

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.client_id = self.case_id = None
        self.task_rows, self.visit_rows = {}, {}
        self.assignee.clear()
        self.assigning.hide()
        self.tasks.clear()
        self.visits.clear()
        self.new_task.clear()
        self.due.edit.setDate(self.due.edit.date().currentDate().addDays(7))
        set_error(self.error, "")
        self._enable()
