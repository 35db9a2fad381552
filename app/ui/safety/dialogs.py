"""The forms of the safety section: the client's safety plan, and a mandated report made.
Both open with `open()` (app/ui/forms.py) and never name the client in their title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from app.core.timeutil import local_today
from app.services.safety import ReportDraft, SafetyPlanDraft
from app.ui.form_access import describe_date, describe_optional_date, described, fit
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, text_box

BOX_HEIGHT = 70


def report_kinds() -> dict[str, str]:
    return {
        "abuse_neglect": QCoreApplication.translate("SafetyDialogs", "Suspected abuse or neglect"),
        "duty_to_warn": QCoreApplication.translate("SafetyDialogs", "Duty to warn"),
    }


class SafetyPlanDialog(FormDialog):
    """Every part of the plan in one form; the parts left empty stay empty."""

    def __init__(self, plan: SafetyPlanDraft | None, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("SafetyDialogs", "Safety plan"),
            QCoreApplication.translate(
                "SafetyDialogs",
                "Write the plan with the client, in the words they will recognise in a crisis.",
            ),
            QCoreApplication.translate("SafetyDialogs", "&Save plan"),
            parent,
        )
        plan = plan or SafetyPlanDraft()
        self.warning_signs = self._box(
            QCoreApplication.translate("SafetyDialogs", "&Warning signs"),
            plan.warning_signs,
            QCoreApplication.translate(
                "SafetyDialogs", "What tells the client a crisis may be starting."
            ),
        )
        self.coping_steps = self._box(
            QCoreApplication.translate("SafetyDialogs", "&Coping steps"),
            plan.coping_steps,
            QCoreApplication.translate("SafetyDialogs", "What the client can do on their own."),
        )
        self.contacts = self._box(
            QCoreApplication.translate("SafetyDialogs", "&People and services to call"),
            plan.contacts,
            QCoreApplication.translate(
                "SafetyDialogs", "Who the client can call, with their numbers."
            ),
        )
        self.means = self._box(
            QCoreApplication.translate("SafetyDialogs", "&Means restriction"),
            plan.means_restriction,
            QCoreApplication.translate(
                "SafetyDialogs", "How the client's surroundings are made safer."
            ),
        )
        self.words = self._box(
            QCoreApplication.translate("SafetyDialogs", "The client's o&wn words"),
            plan.client_words,
            QCoreApplication.translate(
                "SafetyDialogs", "The plan as the client says it, in their words."
            ),
        )
        self.reviewed = OptionalDate(
            QCoreApplication.translate("SafetyDialogs", "Review date"),
            plan.reviewed_on or local_today(),
            plan.reviewed_on is not None,
        )
        self.add_row(
            QCoreApplication.translate("SafetyDialogs", "&Reviewed with the client on"),
            self.reviewed,
        )
        describe_optional_date(
            self.reviewed,
            QCoreApplication.translate("SafetyDialogs", "Review date"),
            QCoreApplication.translate(
                "SafetyDialogs", "Tick to give the day the plan was reviewed with the client."
            ),
        )
        fit(self, QCoreApplication.translate("SafetyDialogs", "Safety plan"))

    def _box(self, label: str, text: str, description: str) -> QPlainTextEdit:
        box = text_box(label.replace("&", ""), height=BOX_HEIGHT)
        box.setPlainText(text)
        return self.add_row(label, described(box, description))

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
            QCoreApplication.translate("SafetyDialogs", "Record mandated report"),
            QCoreApplication.translate(
                "SafetyDialogs",
                "Record a report you have made. Take down the facts and the client's own words, "
                "not opinions. Once saved it cannot be changed, and your supervisor is told at "
                "the next sync.",
            ),
            QCoreApplication.translate("SafetyDialogs", "&Record report"),
            parent,
        )
        self.client_id, self.case_id = client_id, case_id
        self.kind = QComboBox()
        self.kind.setAccessibleName(QCoreApplication.translate("SafetyDialogs", "Kind of report"))
        for code, text in report_kinds().items():
            self.kind.addItem(text, code)
        self.add_row(QCoreApplication.translate("SafetyDialogs", "&Kind"), self.kind)
        self.reported_on = self.add_row(
            QCoreApplication.translate("SafetyDialogs", "Reported &on"),
            date_edit(QCoreApplication.translate("SafetyDialogs", "Date reported")),
        )
        self.agency = self.add_row(
            QCoreApplication.translate("SafetyDialogs", "&Agency"),
            line(QCoreApplication.translate("SafetyDialogs", "Agency reported to")),
        )
        self.reference = self.add_row(
            QCoreApplication.translate("SafetyDialogs", "Re&ference"),
            line(QCoreApplication.translate("SafetyDialogs", "Reference number")),
        )
        self.disclosed = self.add_row(
            QCoreApplication.translate("SafetyDialogs", "What was &disclosed"),
            text_box(
                QCoreApplication.translate("SafetyDialogs", "What was disclosed"),
                QCoreApplication.translate(
                    "SafetyDialogs", "The facts, and the client's own words"
                ),
            ),
        )
        self.basis = self.add_row(
            QCoreApplication.translate("SafetyDialogs", "&Legal basis"),
            text_box(QCoreApplication.translate("SafetyDialogs", "Legal basis"), height=60),
        )
        self._describe()
        fit(self, QCoreApplication.translate("SafetyDialogs", "Mandated report"))

    def _describe(self) -> None:
        describe_date(self.reported_on)
        for widget, text in (
            (self.kind, QCoreApplication.translate("SafetyDialogs", "What the report was about.")),
            (
                self.agency,
                QCoreApplication.translate("SafetyDialogs", "Required: who the report went to."),
            ),
            (
                self.reference,
                QCoreApplication.translate(
                    "SafetyDialogs", "Optional: the number the agency gave."
                ),
            ),
            (
                self.disclosed,
                QCoreApplication.translate(
                    "SafetyDialogs", "Required: the facts and the client's own words."
                ),
            ),
            (
                self.basis,
                QCoreApplication.translate(
                    "SafetyDialogs", "Required: the law or duty that required the report."
                ),
            ),
        ):
            described(widget, text)

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
