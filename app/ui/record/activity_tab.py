"""The Tasks & visits tab: the client's tasks (add one with a due date, tick one off or reopen
it) and visits (schedule one). The lists come with the client's record; every change is one
service call, after which the record is read again."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.core.timeutil import local_today
from app.services.dto import ClientRecord, TaskSummary
from app.services.timeline import CONTACT_TITLES
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
from app.ui.record.dialogs import VisitDialog
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, long_day


def task_texts(task: TaskSummary) -> list[str]:
    due = long_day(task.due_on) if task.due_on else "No date"
    status = "Done" if task.done else "OVERDUE" if task.overdue else "To do"
    return [due, task.title, status]


class ActivityTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Tasks and visits")
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.task_rows: dict[str, TaskSummary] = {}
        self.new_task = line("New task", "New task, e.g. Call landlord about repairs (Enter adds)")
        self.new_task.returnPressed.connect(self.add_task)
        self.due = OptionalDate("Due date", local_today() + timedelta(days=7), checked=True)
        self.add_button = button("Add task", "Add task", "Add the task (Enter in the task box)")
        self.add_button.clicked.connect(self.add_task)
        self.tasks = item_list("Tasks", ["Due", "Task", "Status"])
        self.tasks.setColumnWidth(0, 110)
        self.tasks.setColumnWidth(1, 300)
        self.tasks.currentItemChanged.connect(lambda *_: self._enable())
        self.done_button = button("Mark &done", "Mark the selected task done")
        self.done_button.clicked.connect(self.toggle_done)
        self.visits = item_list("Visits", ["When", "Kind", "Status", "Where"])
        self.visits.setColumnWidth(0, 170)
        self.visits.setColumnWidth(1, 110)
        self.visits.setColumnWidth(2, 90)
        self.visit_button = button("Sc&hedule visit…", "Schedule a visit")
        self.visit_button.clicked.connect(self.schedule_visit)
        self.error = error_label("Problem with tasks or visits")
        self._layout()
        self._enable()

    def _layout(self) -> None:
        adding = QHBoxLayout()
        label = QLabel("Ne&w task:")
        label.setBuddy(self.new_task)
        label.setAccessibleName("New task label")
        due = QLabel("D&ue:")
        due.setBuddy(self.due)
        due.setAccessibleName("Due date label")
        for widget, stretch in ((label, 0), (self.new_task, 1), (due, 0), (self.due, 0)):
            adding.addWidget(widget, stretch=stretch)
        adding.addWidget(self.add_button)
        task_actions = QHBoxLayout()
        task_actions.addWidget(QLabel("Tasks"))
        task_actions.addStretch(1)
        task_actions.addWidget(self.done_button)
        visit_actions = QHBoxLayout()
        visit_actions.addWidget(QLabel("Visits, newest first"))
        visit_actions.addStretch(1)
        visit_actions.addWidget(self.visit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(adding)
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
            muted_item(self.tasks, "No tasks for this client.")
        self.visits.clear()
        for visit in record.visits:
            texts = [
                local_moment(visit.scheduled_at),
                CONTACT_TITLES.get(visit.contact_type, visit.contact_type),
                visit.status.replace("_", " "),
                visit.location or "",
            ]
            self.visits.addTopLevelItem(list_item(texts, visit.id))
        if not record.visits:
            muted_item(self.visits, "No visits booked.")
        self._enable()

    def selected_task(self) -> TaskSummary | None:
        return self.task_rows.get(selected_id(self.tasks) or "")

    def _enable(self) -> None:
        task = self.selected_task()
        self.done_button.setEnabled(task is not None)
        done = task is not None and task.done
        self.done_button.setText("&Reopen task" if done else "Mark &done")
        self.done_button.setAccessibleName(
            "Reopen the selected task" if done else "Mark the selected task done"
        )
        for widget in (self.add_button, self.new_task, self.visit_button):
            widget.setEnabled(self.client_id is not None)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def add_task(self) -> None:
        client_id, case_id = self.client_id, self.case_id
        title, due = self.new_task.text(), self.due.value()
        if client_id is None:
            return
        self.call(lambda access: access.add_task(client_id, case_id, title, due), self._added)

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
        dialog = VisitDialog(self.window())

        def submit() -> None:
            kind, at, minutes, location, purpose = dialog.values()
            self.call_form(
                lambda access: access.schedule_visit(
                    client_id, case_id, kind, at, minutes, location, purpose
                ),
                dialog,
            )

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.client_id = self.case_id = None
        self.task_rows = {}
        self.tasks.clear()
        self.visits.clear()
        self.new_task.clear()
        self.due.edit.setDate(self.due.edit.date().currentDate().addDays(7))
        set_error(self.error, "")
        self._enable()
