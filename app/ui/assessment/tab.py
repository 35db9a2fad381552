"""The Assessment tab: when the case was last assessed, its risk level and when the next
re-assessment is due; the case's assessments (newest first), and the one selected in full
below (reading it is audited: it holds the client's words). New assessment (Ctrl+Shift+A
anywhere in the record) opens the structured form; saving it updates the client's risk level
and safety flags, and the record is read again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout

from app.core.timeutil import local_today
from app.services.assessment_views import AssessmentDetail, AssessmentSummary
from app.services.dto import ClientRecord
from app.ui.access import VaultAccess
from app.ui.assessment import calls, detail, words
from app.ui.assessment.calls import AssessmentList
from app.ui.assessment.form import AssessmentDialog, FormSetup
from app.ui.pane import (
    ALERT,
    VaultPane,
    button,
    item_list,
    list_item,
    muted_item,
    paint,
    selected_id,
    set_error,
)
from app.ui.safety.section import SafetySection
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day

NEW_KEYS = QKeySequence("Ctrl+Shift+A")
LATE_STYLE = "QLabel { color: #a4001d; font-weight: bold; }"


def summary_text(summaries: list[AssessmentSummary]) -> str:
    if not summaries:
        return QCoreApplication.translate(
            "AssessmentTab", "Not assessed yet. Assess the client's needs and strengths with them."
        )
    last = summaries[0]
    level = words.risk_levels().get(last.risk_level, last.risk_level)
    parts = [
        QCoreApplication.translate("AssessmentTab", "Last assessed {day}").format(
            day=long_day(last.assessed_on)
        ),
        QCoreApplication.translate("AssessmentTab", "risk {level}").format(level=level),
    ]
    if last.next_due_on is None:
        parts.append(QCoreApplication.translate("AssessmentTab", "no re-assessment date set"))
    elif last.next_due_on < local_today():
        parts.append(
            QCoreApplication.translate("AssessmentTab", "re-assessment OVERDUE since {day}").format(
                day=long_day(last.next_due_on)
            )
        )
    else:
        parts.append(
            QCoreApplication.translate("AssessmentTab", "re-assessment due {day}").format(
                day=long_day(last.next_due_on)
            )
        )
    return " · ".join(parts)


def row_texts(summary: AssessmentSummary) -> list[str]:
    kind = words.kinds().get(summary.kind, summary.kind)
    tool = summary.instrument_title or QCoreApplication.translate("AssessmentTab", "free text")
    due = long_day(summary.next_due_on) if summary.next_due_on else ""
    level = words.risk_levels().get(summary.risk_level, summary.risk_level)
    return [long_day(summary.assessed_on), f"{kind}\n{tool}", level, due]


class AssessmentTab(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(QCoreApplication.translate("AssessmentTab", "Assessment"))
        self.record: ClientRecord | None = None
        self.case_id: str | None = None
        self.shown: AssessmentList | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(
            QCoreApplication.translate("AssessmentTab", "Latest assessment")
        )
        self.summary.setWordWrap(True)
        self.new_button = button(
            QCoreApplication.translate("AssessmentTab", "Ne&w assessment…"),
            QCoreApplication.translate("AssessmentTab", "New assessment"),
            QCoreApplication.translate(
                "AssessmentTab", "Assess needs and strengths with the client ({keys})"
            ).format(keys=NEW_KEYS.toString(QKeySequence.SequenceFormat.NativeText)),
        )
        self.new_button.clicked.connect(lambda _checked=False: self.new_assessment())
        self.error = error_label(
            QCoreApplication.translate("AssessmentTab", "Problem with the assessment")
        )
        self.list = item_list(
            QCoreApplication.translate("AssessmentTab", "Assessments"),
            [
                QCoreApplication.translate("AssessmentTab", "Date"),
                QCoreApplication.translate("AssessmentTab", "Assessment"),
                QCoreApplication.translate("AssessmentTab", "Risk"),
                QCoreApplication.translate("AssessmentTab", "Next due"),
            ],
        )
        for column, width in enumerate((100, 230, 70)):
            self.list.setColumnWidth(column, width)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.details = QTextBrowser()
        self.details.setAccessibleName(
            QCoreApplication.translate("AssessmentTab", "Assessment details")
        )
        self.details.setOpenLinks(False)
        self.safety = SafetySection(runner)  # the client's safety plan and mandated reports
        self.safety.changed.connect(self.changed)
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setSizes([140, 260])
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.addWidget(split)
        parts.addWidget(self.safety)
        parts.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(parts, stretch=1)
        self._enable()

    # -- reading -----------------------------------------------------------------------
    def set_record(self, record: ClientRecord, case_id: str | None) -> None:
        if self.record is None or record.id != self.record.id:
            self.clear()
        self.record = record
        self.set_case(case_id)
        self.safety.set_client(record.id, case_id)

    def set_case(self, case_id: str | None) -> None:
        if case_id != self.case_id:
            self.forget()
            self.shown = None
            self.list.clear()
            self.details.clear()
        self.case_id = case_id
        self.safety.case_id = case_id
        self._enable()

    def attach(self, access: VaultAccess | None) -> None:
        super().attach(access)
        self.safety.attach(access)

    def load(self) -> None:
        self.safety.load()
        case_id = self.case_id
        if case_id is None:
            self.summary.setText(
                QCoreApplication.translate(
                    "AssessmentTab", "This client has no case, so there is nothing to assess."
                )
            )
            return
        language = words.worker_language()
        self.call(lambda a: calls.assessment_list(a, case_id, language), self.show_list)

    def show_list(self, shown: AssessmentList) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.summary.setText(summary_text(shown.summaries))
        self.list.clear()
        self.details.clear()
        for summary in shown.summaries:
            item = list_item(row_texts(summary), summary.id)
            if summary.risk_level == "high":
                paint(item, ALERT, bold=True)
            self.list.addTopLevelItem(item)
        if not shown.summaries:
            muted_item(
                self.list,
                QCoreApplication.translate("AssessmentTab", "No assessments of this case yet."),
            )
        due = shown.summaries[0].next_due_on if shown.summaries else None
        self.summary.setStyleSheet(LATE_STYLE if due and due < local_today() else "")
        self._enable()

    def _selected(self) -> None:
        chosen = selected_id(self.list)
        if chosen is None:
            self.details.clear()
            return
        language = words.worker_language()
        self.call(lambda a: calls.detail(a, chosen, language), self.show_detail)

    def show_detail(self, shown: AssessmentDetail) -> None:
        if selected_id(self.list) == shown.summary.id:
            self.details.setHtml(detail.detail_html(shown))

    def _enable(self) -> None:
        self.new_button.setEnabled(self.record is not None and self.case_id is not None)

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- a new assessment ---------------------------------------------------------------
    def new_assessment(self) -> None:
        """Open the form (the instruments and the case's assessments are read first)."""
        case_id = self.case_id
        if self.record is None or case_id is None:
            return
        language = words.worker_language()

        def opened(shown: AssessmentList) -> None:
            self.show_list(shown)
            self._open_form(shown)

        self.call(lambda a: calls.assessment_list(a, case_id, language), opened)

    def _open_form(self, shown: AssessmentList) -> None:
        if self.record is None or self.case_id is None:
            return
        if not shown.instruments:
            self.show_error(
                QCoreApplication.translate(
                    "AssessmentTab", "No assessment tools are installed: ask office IT."
                )
            )
            return
        setup = FormSetup(
            self.case_id,
            shown.instruments,
            words.worker_language(),
            self.record.risk_level,
            tuple(self.record.safety_flags),
            "reassessment" if shown.summaries else "assessment",
        )
        dialog = AssessmentDialog(setup, self.window())

        def submit() -> None:
            draft = dialog.draft()  # read on the GUI thread, saved on the worker
            self.call_form(lambda access: calls.record(access, draft), dialog)

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.safety.clear()
        self.record, self.case_id, self.shown = None, None, None
        self.summary.clear()
        self.summary.setStyleSheet("")
        self.list.clear()
        self.details.clear()
        set_error(self.error, "")
        self._enable()
