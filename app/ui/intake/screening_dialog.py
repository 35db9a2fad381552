"""The Intake tab's screening form: a programme's criteria checked with the client, and the
decision with its reason. It only collects values (see app/ui/forms.py); the tab does the
service call."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QWidget

from app.services.intake_screening import ScreeningDraft
from app.ui.form_access import describe_date, described, fit
from app.ui.forms import FormDialog, date_edit, date_value, text_box
from app.ui.intake import words
from app.ui.intake.fields import combo, tick

W = TypeVar("W", bound=QWidget)


class ScreeningDialog(FormDialog):
    """Screening and eligibility: a step of the intake stage, recorded with its reason."""

    def __init__(self, programs: list[str], has_case: set[str], parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("intake", "Record a screening"),
            QCoreApplication.translate(
                "intake",
                "Check the programme's criteria with the client and record the decision with "
                "its reason. It is kept with the client's case at intake.",
            ),
            QCoreApplication.translate("intake", "&Record screening"),
            parent,
        )
        self.has_case = has_case  # programmes the client has an open case in
        self.program = self._field(
            QCoreApplication.translate("intake", "&Programme"),
            self._programs(programs),
            QCoreApplication.translate(
                "intake", "Required: choose the programme from the list or type its name."
            ),
        )
        self._criteria_fields()
        self._decision_fields()
        self.decision.currentIndexChanged.connect(lambda _i: self._enable())
        self.program.currentTextChanged.connect(lambda _text: self._enable())
        self._enable()
        fit(self, QCoreApplication.translate("intake", "Screening"))

    def _field(self, label: str, widget: W, description: str) -> W:
        return self.add_row(label, described(widget, description))

    def _programs(self, programs: list[str]) -> QComboBox:
        """The programmes known here, those the client has a case in first."""
        box = QComboBox()
        box.setEditable(True)
        box.addItems(sorted(programs, key=lambda name: name not in self.has_case))
        box.setAccessibleName(QCoreApplication.translate("intake", "Programme"))
        if not self.has_case:  # nothing to suggest first: the worker names it
            box.setCurrentText("")
        entry = box.lineEdit()
        assert entry is not None  # an editable combo box has one
        entry.setPlaceholderText(QCoreApplication.translate("intake", "The programme's name"))
        return box

    def _criteria_fields(self) -> None:
        self.screened_on = self.add_row(
            QCoreApplication.translate("intake", "&Date"),
            describe_date(date_edit(QCoreApplication.translate("intake", "Screening date"))),
        )
        self.screened_on.setMaximumDate(QDate.currentDate())
        self.criteria = self._field(
            QCoreApplication.translate("intake", "&Criteria checked"),
            text_box(
                QCoreApplication.translate("intake", "Criteria checked"),
                QCoreApplication.translate("intake", "One per line"),
                70,
            ),
            QCoreApplication.translate("intake", "Optional: the criteria checked, one per line."),
        )
        self.met = self._field(
            "",
            tick(
                QCoreApplication.translate("intake", "The client &meets the criteria"),
                QCoreApplication.translate("intake", "Criteria met"),
            ),
            QCoreApplication.translate("intake", "Tick when every criterion is met."),
        )

    def _decision_fields(self) -> None:
        self.decision = self._field(
            QCoreApplication.translate("intake", "D&ecision"),
            combo(QCoreApplication.translate("intake", "Decision"), words.decisions()),
            QCoreApplication.translate("intake", "What was decided about eligibility."),
        )
        self.reason = self._field(
            QCoreApplication.translate("intake", "Rea&son"),
            text_box(QCoreApplication.translate("intake", "Reason for the decision"), "", 70),
            QCoreApplication.translate("intake", "Required: why, in plain words."),
        )
        self.open_case = self._field(
            "",
            tick(
                QCoreApplication.translate("intake", "&Open a case in this programme now"),
                QCoreApplication.translate("intake", "Open a case now"),
            ),
            QCoreApplication.translate(
                "intake", "Only for an eligible client with no case in this programme yet."
            ),
        )
        self.open_case.setChecked(True)

    def _enable(self) -> None:
        """A case is opened only for an eligible client who has none in the programme."""
        eligible = self.decision.currentData() == "eligible"
        new = self.program.currentText().strip() not in self.has_case
        self.open_case.setEnabled(eligible and new)
        self.open_case.setToolTip(
            ""
            if new
            else QCoreApplication.translate("intake", "The client has an open case in it already.")
        )

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
