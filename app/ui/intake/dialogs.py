"""The Intake tab's forms: a household member or another person around the client (add and
edit), and a screening for a programme's eligibility. Each only collects values (see
app/ui/forms.py); the tab does the service call."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.intake_people import PersonDetails
from app.services.intake_screening import ScreeningDraft
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box
from app.ui.intake import words
from app.ui.intake.client_form import combo, tick


def _t(text: str) -> str:
    return QCoreApplication.translate("intake", text)


def person_intro(kind: str) -> str:
    if kind == "household":
        return _t(
            "Someone who lives with the client. Say whether they know the client gets this "
            "service: if not, never mention it to them."
        )
    return _t(
        "Another professional, family member or contact. Record whether the client allows "
        "you to contact them."
    )


class PersonDialog(FormDialog):
    def __init__(self, kind: str, parent: QWidget | None, person: PersonDetails | None = None):
        title = {
            "household": _t("Household member") if person else _t("Add a household member"),
            "collateral": _t("Other contact") if person else _t("Add another contact"),
        }[kind]
        ok = _t("&Save") if person else _t("&Add")
        super().__init__(title, person_intro(kind), ok, parent)
        self.kind = kind
        self._who()
        self._contact()
        self.organisation.setEnabled(kind == "collateral")
        if person is not None:
            self.prefill(person)

    def _who(self) -> None:
        self.name = self.add_row(_t("&Name"), line(_t("Name")))
        self.relationship = self.add_row(
            _t("&Relationship"),
            line(_t("Relationship to the client"), _t("e.g. son, sister, GP, landlord")),
        )
        self.organisation = self.add_row(
            _t("&Organisation"), line(_t("Organisation"), _t("for a professional"))
        )
        self.born = self.add_row(_t("Date of &birth"), OptionalDate(_t("Date of birth")))
        self.born.edit.setMaximumDate(QDate.currentDate())

    def _contact(self) -> None:
        self.phone = self.add_row(_t("&Phone"), line(_t("Phone number")))
        self.email = self.add_row(_t("&Email"), line(_t("Email address")))
        self.aware = self.add_row(
            "", tick(_t("&Knows the client gets this service"), _t("Knows about the service"))
        )
        self.may_contact = self.add_row(
            "", tick(_t("The client allows us to &contact them"), _t("May contact them"))
        )
        self.notes = self.add_row(_t("No&tes"), text_box(_t("Notes"), "", 60))

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


class ScreeningDialog(FormDialog):
    """Screening and eligibility: a step of the intake stage, recorded with its reason."""

    def __init__(self, programs: list[str], has_case: set[str], parent: QWidget | None) -> None:
        super().__init__(
            _t("Record a screening"),
            _t(
                "Check the programme's criteria with the client and record the decision with "
                "its reason. It is kept with the client's case at intake."
            ),
            _t("&Record screening"),
            parent,
        )
        self.has_case = has_case  # programmes the client has an open case in
        self.program = self.add_row(_t("&Programme"), self._programs(programs))
        self._decision_fields()
        self.decision.currentIndexChanged.connect(lambda _i: self._enable())
        self.program.currentTextChanged.connect(lambda _text: self._enable())
        self._enable()

    def _programs(self, programs: list[str]) -> QComboBox:
        """The programmes known here, those the client has a case in first."""
        box = QComboBox()
        box.setEditable(True)
        box.addItems(sorted(programs, key=lambda name: name not in self.has_case))
        box.setAccessibleName(_t("Programme"))
        if not self.has_case:  # nothing to suggest first: the worker names it
            box.setCurrentText("")
        entry = box.lineEdit()
        assert entry is not None  # an editable combo box has one
        entry.setPlaceholderText(_t("The programme's name"))
        return box

    def _decision_fields(self) -> None:
        self.screened_on = self.add_row(_t("&Date"), date_edit(_t("Screening date")))
        self.screened_on.setMaximumDate(QDate.currentDate())
        self.criteria = self.add_row(
            _t("&Criteria checked"), text_box(_t("Criteria checked"), _t("One per line"), 70)
        )
        self.met = self.add_row("", tick(_t("The client &meets the criteria"), _t("Criteria met")))
        self.decision = self.add_row(_t("D&ecision"), combo(_t("Decision"), words.decisions()))
        self.reason = self.add_row(_t("Rea&son"), text_box(_t("Reason for the decision"), "", 70))
        self.open_case = self.add_row(
            "", tick(_t("&Open a case in this programme now"), _t("Open a case now"))
        )
        self.open_case.setChecked(True)

    def _enable(self) -> None:
        """A case is opened only for an eligible client who has none in the programme."""
        eligible = self.decision.currentData() == "eligible"
        new = self.program.currentText().strip() not in self.has_case
        self.open_case.setEnabled(eligible and new)
        self.open_case.setToolTip("" if new else _t("The client has an open case in it already."))

    def draft(self) -> ScreeningDraft:
        return ScreeningDraft(
            program=self.program.currentText(),
            criteria_met=self.met.isChecked(),
            decision=self.decision.currentData(),
            reason=self.reason.toPlainText(),
            criteria=self.criteria.toPlainText(),
            screened_on=date_value(self.screened_on),
            open_case=self.open_case.isEnabled() and self.open_case.isChecked(),
        )
