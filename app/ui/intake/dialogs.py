"""The Intake tab's person form: a household member or another person around the client (add
and edit). It only collects values (see app/ui/forms.py); the tab does the service call. The
screening form is in screening_dialog.py."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QWidget

from app.services.intake_people import PersonDetails
from app.ui.form_access import describe_optional_date, described, fit
from app.ui.forms import FormDialog, OptionalDate, line, text_box
from app.ui.intake.fields import tick

W = TypeVar("W", bound=QWidget)


def person_intro(kind: str) -> str:
    if kind == "household":
        return QCoreApplication.translate(
            "intake",
            "Someone who lives with the client. Say whether they know the client gets this "
            "service: if not, never mention it to them.",
        )
    return QCoreApplication.translate(
        "intake",
        "Another professional, family member or contact. Record whether the client allows "
        "you to contact them.",
    )


def person_title(kind: str, editing: bool) -> str:
    if kind == "household":
        if editing:
            return QCoreApplication.translate("intake", "Household member")
        return QCoreApplication.translate("intake", "Add a household member")
    if editing:
        return QCoreApplication.translate("intake", "Other contact")
    return QCoreApplication.translate("intake", "Add another contact")


class PersonDialog(FormDialog):
    def __init__(self, kind: str, parent: QWidget | None, person: PersonDetails | None = None):
        ok = (
            QCoreApplication.translate("intake", "&Save")
            if person
            else QCoreApplication.translate("intake", "&Add")
        )
        super().__init__(person_title(kind, person is not None), person_intro(kind), ok, parent)
        self.kind = kind
        self._who()
        self._born()
        self._contact()
        self._knows()
        self.organisation.setEnabled(kind == "collateral")
        if person is not None:
            self.prefill(person)
        fit(self, QCoreApplication.translate("intake", "Person's details"))

    def _field(self, label: str, widget: W, description: str) -> W:
        return self.add_row(label, described(widget, description))

    def _who(self) -> None:
        self.name = self._field(
            QCoreApplication.translate("intake", "&Name"),
            line(QCoreApplication.translate("intake", "Name")),
            QCoreApplication.translate("intake", "Required: the person's name."),
        )
        self.relationship = self._field(
            QCoreApplication.translate("intake", "&Relationship"),
            line(
                QCoreApplication.translate("intake", "Relationship to the client"),
                QCoreApplication.translate("intake", "e.g. son, sister, GP, landlord"),
            ),
            QCoreApplication.translate("intake", "Required: who they are to the client."),
        )
        self.organisation = self._field(
            QCoreApplication.translate("intake", "&Organisation"),
            line(
                QCoreApplication.translate("intake", "Organisation"),
                QCoreApplication.translate("intake", "for a professional"),
            ),
            QCoreApplication.translate("intake", "Optional: where a professional works."),
        )

    def _born(self) -> None:
        name = QCoreApplication.translate("intake", "Date of birth")
        self.born = self.add_row(
            QCoreApplication.translate("intake", "Date of &birth"), OptionalDate(name)
        )
        describe_optional_date(
            self.born,
            name,
            QCoreApplication.translate(
                "intake", "Tick to give the date of birth; leave it unticked if not known."
            ),
        )
        self.born.edit.setMaximumDate(QDate.currentDate())

    def _contact(self) -> None:
        self.phone = self._field(
            QCoreApplication.translate("intake", "&Phone"),
            line(QCoreApplication.translate("intake", "Phone number")),
            QCoreApplication.translate("intake", "Optional: a number, at least three digits."),
        )
        self.email = self._field(
            QCoreApplication.translate("intake", "&Email"),
            line(QCoreApplication.translate("intake", "Email address")),
            QCoreApplication.translate("intake", "Optional: such as name@example.org."),
        )

    def _knows(self) -> None:
        self.aware = self._field(
            "",
            tick(
                QCoreApplication.translate("intake", "&Knows the client gets this service"),
                QCoreApplication.translate("intake", "Knows about the service"),
            ),
            QCoreApplication.translate(
                "intake", "Leave unticked if they must never hear about the service."
            ),
        )
        self.may_contact = self._field(
            "",
            tick(
                QCoreApplication.translate("intake", "The client allows us to &contact them"),
                QCoreApplication.translate("intake", "May contact them"),
            ),
            QCoreApplication.translate("intake", "Tick only if the client has said yes."),
        )
        self.notes = self._field(
            QCoreApplication.translate("intake", "No&tes"),
            text_box(QCoreApplication.translate("intake", "Notes"), "", 60),
            QCoreApplication.translate("intake", "Optional: anything else worth knowing."),
        )

    def prefill(self, person: PersonDetails) -> None:
        self.name.setText(person.name)
        self.relationship.setText(person.relationship)
        self.organisation.setText(person.organisation or "")
        self.born.enabled.setChecked(person.date_of_birth is not None)
        if person.date_of_birth is not None:
            born = person.date_of_birth
            self.born.edit.setDate(QDate(born.year, born.month, born.day))
        self.phone.setText(person.phone or "")
        self.email.setText(person.email or "")
        self.aware.setChecked(person.aware_of_services)
        self.may_contact.setChecked(person.may_contact)
        self.notes.setPlainText(person.notes or "")

    def details(self) -> PersonDetails:
        return PersonDetails(
            kind=self.kind,
            name=self.name.text(),
            relationship=self.relationship.text(),
            organisation=self.organisation.text() if self.kind == "collateral" else None,
            date_of_birth=self.born.value(),
            phone=self.phone.text(),
            email=self.email.text(),
            aware_of_services=self.aware.isChecked(),
            may_contact=self.may_contact.isChecked(),
            notes=self.notes.toPlainText(),
        )
