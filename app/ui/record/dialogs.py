"""The record's forms: moving a case to another stage (with the reason), opening a case
(programme, intake date, why), transferring it (who, why, a handover note), and a
conflict-of-interest declaration and its review. (A goal's and an objective's forms are in
app/ui/record/plan_dialogs.py, the visit form in app/ui/record/visits.py.) Each one only
collects values; the tab that opened it does the service call (see app/ui/forms.py).

The forms have no subclasses, so `self.tr` finds their translations under the class name; the
texts given to FormDialog before the object exists use that same context explicitly.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QWidget

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.stages import CaseStage
from app.services.conflicts import OUTCOMES, ConflictView
from app.services.lookups import WorkerChoice
from app.ui.form_access import described
from app.ui.forms import FormDialog, OptionalDate, date_edit, date_value, line, tab_leaves, text_box
from app.ui.record.steps import stage_word
from app.ui.widgets import long_day, notice

W = TypeVar("W", bound=QWidget)
OUTCOME_WORDS = {
    "no_conflict": QT_TRANSLATE_NOOP("RecordDialogs", "No conflict of interest"),
    "safeguards": QT_TRANSLATE_NOOP("RecordDialogs", "Continue with safeguards"),
    "reassign": QT_TRANSLATE_NOOP("RecordDialogs", "Reassign the case"),
}


S = TypeVar("S", bound=QAbstractSpinBox)


def optional_date(name: str, description: str, initial: date) -> OptionalDate:
    """A date the worker may leave out, its tick box and its field both named and described."""
    chosen = OptionalDate(name, initial)
    tab_leaves(chosen.edit)
    chosen.enabled.setText(QCoreApplication.translate("RecordDialogs", "Set"))
    tick = QCoreApplication.translate("RecordDialogs", "Set a date: {what}").format(what=name)
    chosen.enabled.setAccessibleName(tick)
    for widget in (chosen.enabled, chosen.edit):
        widget.setAccessibleDescription(description)
    return chosen


def describe_buttons(dialog: FormDialog, what_ok_does: str) -> None:
    """The form's own buttons: what each one does, in the worker's language."""
    dialog.ok.setToolTip(what_ok_does)
    cancel = QCoreApplication.translate("RecordDialogs", "Cancel")
    dialog.cancel.setText(cancel)
    dialog.cancel.setAccessibleName(cancel)
    dialog.cancel.setToolTip(
        QCoreApplication.translate("RecordDialogs", "Close the form without saving (Esc)")
    )


def shown_text(text: str, accessible: str) -> QLabel:
    """A value the form shows but does not change (plain text, never markup)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


class StageMoveDialog(FormDialog):
    """Asks before a case moves stage: the move in plain words and the reason (required)."""

    def __init__(self, current: CaseStage, target: CaseStage, parent: QWidget | None) -> None:
        question = QCoreApplication.translate(
            "StageMoveDialog", "Move this case from {current} to {target}?"
        ).format(current=stage_word(current), target=stage_word(target))
        super().__init__(
            QCoreApplication.translate("StageMoveDialog", "Move the case"),
            question,
            QCoreApplication.translate("StageMoveDialog", "&Move"),
            parent,
        )
        self.current, self.target = current, target
        about = self.tr("Why the case moves; kept in the stage history with your name")
        self.reason = self.add_row(
            self.tr("&Reason (required):"), described(line(self.tr("Reason for the move")), about)
        )
        describe_buttons(self, self.tr("Move the case and record the reason"))
        self.reason.setFocus()

    def values(self) -> str:
        return self.reason.text().strip()


class OpenCaseDialog(FormDialog):
    def __init__(self, programs: list[str], suggested: str | None, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("OpenCaseDialog", "Open a case"),
            QCoreApplication.translate(
                "OpenCaseDialog",
                "A new case starts at intake, assigned to you. Say which programme it is in "
                "and, if you know it, why the client came or who referred them.",
            ),
            QCoreApplication.translate("OpenCaseDialog", "&Open case"),
            parent,
        )
        self.program = described(QComboBox(), self.tr("Choose a programme or type a new one"))
        self.program.setEditable(True)
        self.program.setAccessibleName(self.tr("Programme"))
        self.program.addItems(programs)
        self.program.setCurrentIndex(programs.index(suggested) if suggested in programs else -1)
        entry = self.program.lineEdit()
        assert entry is not None  # an editable combo box has one
        entry.setPlaceholderText(self.tr("e.g. Housing stability"))
        self.add_row(self.tr("&Programme:"), self.program)
        intake = tab_leaves(date_edit(self.tr("Intake date")))
        self.opened_on = self.add_row(
            self.tr("&Intake date:"), described(intake, self.tr("The day the client came"))
        )
        self.opened_on.setMaximumDate(self.opened_on.date())  # today: not in the future
        why = line(
            self.tr("Reason or referral source (optional)"),
            self.tr("e.g. referred by the GP; rent arrears"),
        )
        about = self.tr("Why the client came, or who referred them")
        self.reason = self.add_row(self.tr("&Why, or referred by:"), described(why, about))
        describe_buttons(self, self.tr("Open the case at intake, assigned to you"))

    def values(self) -> tuple[str, date, str | None]:
        reason = self.reason.text().strip() or None
        return self.program.currentText().strip(), date_value(self.opened_on), reason


class TransferDialog(FormDialog):
    def __init__(self, candidates: list[WorkerChoice], parent: QWidget | None) -> None:
        intro = QCoreApplication.translate(
            "TransferDialog",
            "The case and this client move to the worker you choose. Write what they need to "
            "know to carry on: open tasks, risks, what the client prefers.",
        )
        super().__init__(
            QCoreApplication.translate("TransferDialog", "Transfer case"),
            intro if candidates else "",
            QCoreApplication.translate("TransferDialog", "Trans&fer"),
            parent,
        )
        self.worker = described(QComboBox(), self.tr("The colleague who takes the case on"))
        self.worker.setAccessibleName(self.tr("Worker to take over the case"))
        for choice in candidates:
            name = choice.display_name
            if choice.role == "supervisor":
                name = self.tr("{name} (supervisor)").format(name=name)
            self.worker.addItem(name, choice.id)
        self.add_row(self.tr("&To:"), self.worker)
        reason = line(
            self.tr("Reason for the transfer"), self.tr("e.g. caseload rebalancing; leave")
        )
        self.reason = self.add_row(
            self.tr("&Reason:"), described(reason, self.tr("Why the case changes hands"))
        )
        handover = text_box(self.tr("Handover note"), self.tr("What the next worker needs to know"))
        self.handover = self.add_row(
            self.tr("&Handover note:"),
            described(handover, self.tr("Open tasks, risks and what the client prefers")),
        )
        describe_buttons(self, self.tr("Hand the case to the chosen worker"))
        if not candidates:
            self._no_colleague()

    def _no_colleague(self) -> None:
        why = self.tr(
            "A transfer needs the other worker on this device, and only you are known here. Sync "
            "with the office so your colleagues' profiles are copied to this laptop, then try "
            "again, or ask your supervisor to reassign the case from the office."
        )
        self.form.insertRow(0, notice(why, self.tr("Why a transfer is not possible")))
        for field in (self.worker, self.reason, self.handover):
            field.setEnabled(False)
        self.ok.setEnabled(False)
        self.cancel.setText(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))
        self.cancel.setFocus()

    def values(self) -> tuple[str, str, str]:
        return (
            self.worker.currentData() or "",
            self.reason.text().strip(),
            self.handover.toPlainText().strip(),
        )


class ConflictDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ConflictDialog", "Declare a conflict of interest"),
            QCoreApplication.translate(
                "ConflictDialog",
                "Declare any relationship with this client that could affect your judgement, "
                "or could be seen to. The declaration is flagged 'pending supervisor review' "
                "until your supervisor has reviewed it; keep working as agreed with them.",
            ),
            QCoreApplication.translate("ConflictDialog", "&Declare"),
            parent,
        )
        relation = line(
            self.tr("Relationship to the client"),
            self.tr("e.g. neighbour, relative, former colleague"),
        )
        self.relationship = self.add_row(
            self.tr("&Relationship:"), described(relation, self.tr("How you are connected"))
        )
        about = self.tr("How you know them and what could be affected")
        self.description = self.add_row(
            self.tr("D&escription:"),
            described(text_box(self.tr("Description of the conflict"), about), about),
        )
        describe_buttons(self, self.tr("Record the declaration for your supervisor"))

    def values(self) -> tuple[str, str]:
        return self.relationship.text(), self.description.toPlainText()


class ReviewConflictDialog(FormDialog):
    def __init__(self, conflict: ConflictView, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ReviewConflictDialog", "Review a conflict of interest"),
            QCoreApplication.translate(
                "ReviewConflictDialog",
                "Decide what happens next. Your name, today's date and the outcome are "
                "recorded with the declaration, and the worker who declared it sees them.",
            ),
            QCoreApplication.translate("ReviewConflictDialog", "&Record review"),
            parent,
        )
        who = conflict.worker_name or self.tr("another worker")
        declared = self.tr("{day} by {who}").format(day=long_day(conflict.disclosed_on), who=who)
        self.form.addRow(self.tr("Declared:"), shown_text(declared, self.tr("Declared on and by")))
        relationship = shown_text(conflict.relationship, self.tr("Relationship"))
        self.form.addRow(self.tr("Relationship:"), relationship)
        description = shown_text(conflict.description, self.tr("Description"))
        self.form.addRow(self.tr("Description:"), description)
        self.outcome = described(QComboBox(), self.tr("What you decided about the conflict"))
        self.outcome.setAccessibleName(self.tr("Outcome of the review"))
        for code in OUTCOMES:
            self.outcome.addItem(QCoreApplication.translate("RecordDialogs", OUTCOME_WORDS[code]))
        self.add_row(self.tr("&Outcome:"), self.outcome)
        note = text_box(
            self.tr("Review note"), self.tr("What was decided and why; any safeguards agreed")
        )
        self.note = self.add_row(
            self.tr("&Note:"), described(note, self.tr("What was decided and why"))
        )
        describe_buttons(self, self.tr("Record your review of the declaration"))

    def values(self) -> tuple[str, str]:
        return list(OUTCOMES)[self.outcome.currentIndex()], self.note.toPlainText()
