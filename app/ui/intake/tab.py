"""The record's Intake tab: screening and eligibility (each screening's programme, decision,
whether the criteria are met, and the reason), and the people around the client: household
members and other contacts (professionals, family), with whether they know about the service
and whether the client allows the worker to contact them.

Read when the tab is first shown (the read is audited); every form saves through the intake
services, after which the record and the lists are read again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout

from app.services.dto import ClientRecord
from app.services.intake import IntakeView
from app.services.intake_people import PersonView
from app.ui.form_access import leaves_by_tab
from app.ui.intake import calls, words
from app.ui.intake.dialogs import PersonDialog
from app.ui.intake.fields import section
from app.ui.intake.lines import person_line, screening_line
from app.ui.intake.screening_dialog import ScreeningDialog
from app.ui.pane import (
    ALERT,
    VaultPane,
    button,
    group_item,
    item_list,
    list_item,
    muted_item,
    paint,
    selected_id,
    set_error,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label


class IntakeTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(QCoreApplication.translate("IntakeTab", "Intake"))
        self.client_id: str | None = None
        self.open_programs: set[str] = set()
        self.shown: IntakeView | None = None
        self._lists()
        self.error = error_label(QCoreApplication.translate("IntakeTab", "Problem with intake"))
        self._layout()
        self._enable()

    def _lists(self) -> None:
        self.screenings = leaves_by_tab(
            item_list(
                QCoreApplication.translate("IntakeTab", "Screenings"),
                [
                    QCoreApplication.translate("IntakeTab", "Date"),
                    QCoreApplication.translate("IntakeTab", "Programme"),
                    QCoreApplication.translate("IntakeTab", "Decision"),
                    QCoreApplication.translate("IntakeTab", "Reason"),
                ],
            ),
            QCoreApplication.translate(
                "IntakeTab", "The client's screenings, newest first. Arrow keys move in the list."
            ),
        )
        self.people = leaves_by_tab(
            item_list(
                QCoreApplication.translate("IntakeTab", "Household and other people"),
                [
                    QCoreApplication.translate("IntakeTab", "Name"),
                    QCoreApplication.translate("IntakeTab", "Relationship"),
                    QCoreApplication.translate("IntakeTab", "Knows about the service"),
                    QCoreApplication.translate("IntakeTab", "May contact"),
                ],
            ),
            QCoreApplication.translate(
                "IntakeTab", "Arrow keys choose a person; Enter opens their details to edit."
            ),
        )
        for tree, widths in ((self.screenings, (90, 140, 150)), (self.people, (160, 150, 170))):
            for column, width in enumerate(widths):
                tree.setColumnWidth(column, width)
        self.people.currentItemChanged.connect(lambda *_: self._enable())
        self.people.itemActivated.connect(lambda *_: self.edit_person())

    def _buttons(self) -> None:
        self.screen_button = self._button(
            QCoreApplication.translate("IntakeTab", "Record &screening…"),
            QCoreApplication.translate(
                "IntakeTab", "Record a programme's screening and its decision"
            ),
            self.record_screening,
        )
        self.household_button = self._button(
            QCoreApplication.translate("IntakeTab", "Add &household member…"),
            QCoreApplication.translate("IntakeTab", "Add someone who lives with the client"),
            lambda: self.add_person("household"),
        )
        self.contact_button = self._button(
            QCoreApplication.translate("IntakeTab", "Add another &contact…"),
            QCoreApplication.translate(
                "IntakeTab", "Add a professional, relative or other contact"
            ),
            lambda: self.add_person("collateral"),
        )
        self.edit_button = self._button(
            QCoreApplication.translate("IntakeTab", "E&dit person…"),
            QCoreApplication.translate("IntakeTab", "Edit the selected person"),
            self.edit_person,
        )
        self.remove_button = self._button(
            QCoreApplication.translate("IntakeTab", "Re&move person…"),
            QCoreApplication.translate(
                "IntakeTab", "Take the selected person off the list, after asking"
            ),
            self.remove_person,
        )

    def _layout(self) -> None:
        self._buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(
            section(
                QCoreApplication.translate("IntakeTab", "Screening and eligibility"),
                [self.screen_button],
            )
        )
        layout.addWidget(self.screenings, stretch=2)
        buttons = [self.household_button, self.contact_button, self.edit_button]
        people = section(
            QCoreApplication.translate("IntakeTab", "Household and other people"),
            buttons,
            self.remove_button,
        )
        layout.addLayout(people)
        layout.addWidget(self.people, stretch=3)
        # Tab follows the page from top to bottom (the lists were made before the buttons).
        order = (self.screen_button, self.screenings, *buttons, self.remove_button, self.people)
        for before, after in zip(order, order[1:], strict=False):
            self.setTabOrder(before, after)

    def _button(self, text: str, tip: str, action: Callable[[], None]) -> QPushButton:
        widget = button(text, text.replace("&", "").rstrip("…"), tip)
        widget.setAccessibleDescription(tip)
        widget.clicked.connect(lambda _checked=False: action())
        return widget

    # -- reading -----------------------------------------------------------------------
    def set_record(self, record: ClientRecord) -> None:
        if record.id != self.client_id:
            self.clear()
        self.client_id = record.id
        self.open_programs = {c.program for c in record.cases if c.closed_on is None}
        self._enable()

    def load(self) -> None:
        if self.client_id is not None:
            client_id = self.client_id
            self.call(lambda access: calls.intake_view(access, client_id), self.show_intake)

    def show_intake(self, shown: IntakeView) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.screenings.clear()
        for view in shown.screenings:
            item = list_item(screening_line(view), view.id)
            if view.decision != "eligible":
                paint(item, ALERT)
            self.screenings.addTopLevelItem(item)
        if not shown.screenings:
            muted_item(
                self.screenings,
                QCoreApplication.translate("IntakeTab", "No screening recorded yet."),
            )
        self._show_people(shown.people)
        self._enable()

    def _show_people(self, people: tuple[PersonView, ...]) -> None:
        self.people.clear()
        for kind, title in words.person_kinds().items():
            group_item(self.people, title)
            mine = [p for p in people if p.details.kind == kind]
            for person in mine:
                item = list_item(person_line(person), person.id)
                if not person.details.aware_of_services:
                    item.setForeground(2, ALERT)
                self.people.addTopLevelItem(item)
            if not mine:
                muted_item(self.people, QCoreApplication.translate("IntakeTab", "None recorded."))

    def selected_person(self) -> PersonView | None:
        chosen = selected_id(self.people)
        people = self.shown.people if self.shown else ()
        return next((p for p in people if p.id == chosen), None)

    def _enable(self) -> None:
        here = self.client_id is not None
        for widget in (self.screen_button, self.household_button, self.contact_button):
            widget.setEnabled(here)
        chosen = self.selected_person() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions -----------------------------------------------------------------------
    def record_screening(self) -> None:
        if self.client_id is not None:
            self.call(calls.programs, self._screening_form)

    def _screening_form(self, programs: list[str]) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        dialog = ScreeningDialog(programs, self.open_programs, self.window())

        def submit() -> None:
            draft = dialog.draft()
            self.call_form(lambda a: calls.record_screening(a, client_id, draft), dialog)

        self.open_form(dialog, submit)

    def add_person(self, kind: str) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        dialog = PersonDialog(kind, self.window())

        def submit() -> None:
            person = dialog.details()
            self.call_form(lambda a: calls.add_person(a, client_id, person), dialog)

        self.open_form(dialog, submit)

    def edit_person(self) -> None:
        view = self.selected_person()
        if view is None:
            return
        dialog = PersonDialog(view.details.kind, self.window(), view.details)

        def submit() -> None:
            person = dialog.details()
            self.call_form(lambda a: calls.update_person(a, view.id, person), dialog)

        self.open_form(dialog, submit)

    def remove_person(self) -> None:
        view = self.selected_person()
        if view is None:
            return
        box = QMessageBox(self.window())
        box.setWindowTitle(
            QCoreApplication.translate("IntakeTab", "Remove person")
        )  # never names anyone
        box.setText(
            QCoreApplication.translate("IntakeTab", "Take {name} off this client's list?").format(
                name=view.details.name
            )
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAccessibleName(QCoreApplication.translate("IntakeTab", "Remove person"))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = QMessageBox.StandardButton.Yes
        box.buttonClicked.connect(
            lambda clicked: self._remove(view.id) if box.standardButton(clicked) == yes else None
        )
        box.open()

    def _remove(self, person_id: str) -> None:
        self.call(lambda a: calls.remove_person(a, person_id), lambda _none: self.changed.emit())

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.client_id, self.shown, self.open_programs = None, None, set()
        self.screenings.clear()
        self.people.clear()
        set_error(self.error, "")
        self._enable()
