"""The forms of the safety section: the client's safety plan, and a mandated report made.
Both open with `open()` (app/ui/forms.py) and never name the client in their title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.core.timeutil import local_today
from app.services.safety import ReportDraft, SafetyPlanDraft
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box

BOX_HEIGHT = 70


def _t(text: str) -> str:
    return QCoreApplication.translate("SafetyDialogs", text)


def report_kinds() -> dict[str, str]:
    return {
        "abuse_neglect": _t("Suspected abuse or neglect"),
        "duty_to_warn": _t("Duty to warn"),
    }


class SafetyPlanDialog(FormDialog):
    """Every part of the plan in one form; the parts left empty stay empty."""

    def __init__(self, plan: SafetyPlanDraft | None, parent: QWidget | None) -> None:
        super().__init__(
            _t("Safety plan"),
            _t("Write the plan with the client, in the words they will recognise in a crisis."),
            _t("&Save plan"),
            parent,
        )
        plan = plan or SafetyPlanDraft()
        self.warning_signs = self._box(_t("&Warning signs"), plan.warning_signs)
        self.coping_steps = self._box(_t("&Coping steps"), plan.coping_steps)
        self.contacts = self._box(_t("&People and services to call"), plan.contacts)
        self.means = self._box(_t("&Means restriction"), plan.means_restriction)
        self.words = self._box(_t("The client's o&wn words"), plan.client_words)
        self.reviewed = OptionalDate(
            _t("Review date"), plan.reviewed_on or local_today(), plan.reviewed_on is not None
        )
        self.add_row(_t("&Reviewed with the client on"), self.reviewed)
        self.resize(620, self.sizeHint().height())

    def _box(self, label: str, text: str) -> QPlainTextEdit:
        box = text_box(label.replace("&", ""), height=BOX_HEIGHT)
        box.setPlainText(text)
        return self.add_row(label, box)

    def draft(self) -> SafetyPlanDraft:
        return SafetyPlanDraft(
            warning_signs=self.warning_signs.toPlainText(),
            coping_steps=self.coping_steps.toPlainText(),
            contacts=self.contacts.toPlainText(),
            means_restriction=self.means.toPlainText(),
            client_words=self.words.toPlainText(),
            reviewed_on=self.reviewed.value(),
        )


class ReportDialog(FormDialog):
    """A report the law required, recorded after it was made. It cannot be edited later."""

    def __init__(self, client_id: str, case_id: str | None, parent: QWidget | None) -> None:
        super().__init__(
            _t("Record mandated report"),
            _t(
                "Record a report you have made. Take down the facts and the client's own words, "
                "not opinions. Once saved it cannot be changed, and your supervisor is told at "
                "the next sync."
            ),
            _t("&Record report"),
            parent,
        )
        self.client_id, self.case_id = client_id, case_id
        self.kind = QComboBox()
        self.kind.setAccessibleName(_t("Kind of report"))
        for code, text in report_kinds().items():
            self.kind.addItem(text, code)
        self.add_row(_t("&Kind"), self.kind)
        self.reported_on = self.add_row(_t("Reported &on"), date_edit(_t("Date reported")))
        self.agency = self.add_row(_t("&Agency"), line(_t("Agency reported to")))
        self.reference = self.add_row(_t("Re&ference"), line(_t("Reference number")))
        self.disclosed = self.add_row(
            _t("What was &disclosed"),
            text_box(_t("What was disclosed"), _t("The facts, and the client's own words")),
        )
        self.basis = self.add_row(_t("&Legal basis"), text_box(_t("Legal basis"), height=60))
        self.resize(620, self.sizeHint().height())

    def draft(self) -> ReportDraft:
        when: date = date_value(self.reported_on)
        return ReportDraft(
            client_id=self.client_id,
            case_id=self.case_id,
            kind=self.kind.currentData(),
            reported_on=when,
            agency=self.agency.text(),
            reference=self.reference.text(),
            disclosed=self.disclosed.toPlainText(),
            legal_basis=self.basis.toPlainText(),
        )
