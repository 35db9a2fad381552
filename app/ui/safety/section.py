"""The "Safety plan and reports" part of the Assessment tab: the client's safety plan as
written, and the mandated reports made about them (newest first), each flagged until a
supervisor has reviewed it. Edit safety plan… and Record mandated report… open the forms;
a supervisor sees Mark reviewed on a flagged report. Reading both is audited."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTextBrowser, QVBoxLayout

from app.services.safety import ReportView, SafetyPlanView
from app.ui.form_access import leaves_by_tab, reading_pane
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
from app.ui.safety import calls
from app.ui.safety.calls import SafetyShown
from app.ui.safety.dialogs import ReportDialog, SafetyPlanDialog, report_kinds
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day


def plan_parts() -> tuple[tuple[str, str], ...]:
    return (
        ("warning_signs", QCoreApplication.translate("SafetySection", "Warning signs")),
        ("coping_steps", QCoreApplication.translate("SafetySection", "Coping steps")),
        ("contacts", QCoreApplication.translate("SafetySection", "People and services to call")),
        ("means_restriction", QCoreApplication.translate("SafetySection", "Means restriction")),
        ("client_words", QCoreApplication.translate("SafetySection", "In the client's own words")),
    )


def plan_html(shown: SafetyPlanView | None) -> str:
    if shown is None:
        return escape(
            QCoreApplication.translate(
                "SafetySection", "No safety plan yet. Write one with the client."
            )
        )
    plan = shown.plan
    reviewed = (
        long_day(plan.reviewed_on)
        if plan.reviewed_on
        else QCoreApplication.translate("SafetySection", "not recorded")
    )
    when = QCoreApplication.translate("SafetySection", "Reviewed with the client: {day}")
    parts = [f"<p><i>{escape(when.format(day=reviewed))}</i></p>"]
    for name, title in plan_parts():
        text = getattr(plan, name) or "—"
        body = escape(text).replace("\n", "<br>")
        parts.append(f"<p><b>{escape(title)}</b><br>{body}</p>")
    return "".join(parts)


def report_html(report: ReportView) -> str:
    rows = (
        (
            QCoreApplication.translate("SafetySection", "Kind"),
            report_kinds().get(report.kind, report.kind),
        ),
        (QCoreApplication.translate("SafetySection", "Reported on"), long_day(report.reported_on)),
        (QCoreApplication.translate("SafetySection", "Agency"), report.agency),
        (
            QCoreApplication.translate("SafetySection", "Reference"),
            report.reference or QCoreApplication.translate("SafetySection", "none given"),
        ),
        (QCoreApplication.translate("SafetySection", "What was disclosed"), report.disclosed),
        (QCoreApplication.translate("SafetySection", "Legal basis"), report.legal_basis),
        (
            QCoreApplication.translate("SafetySection", "Recorded by"),
            report.reported_by or QCoreApplication.translate("SafetySection", "unknown"),
        ),
    )
    return "".join(
        f"<p><b>{escape(k)}</b><br>{escape(v).replace(chr(10), '<br>')}</p>" for k, v in rows
    )


def status_text(report: ReportView) -> str:
    if report.flagged:
        status = QCoreApplication.translate("SafetySection", "Flagged for supervisor review")
    else:
        status = QCoreApplication.translate("SafetySection", "Reviewed by {name}").format(
            name=report.reviewed_by or QCoreApplication.translate("SafetySection", "a supervisor")
        )
    if not report.corrected:
        return status
    # A line of its own: a sentence fragment glued on would not translate.
    return status + "\n" + QCoreApplication.translate("SafetySection", "Corrected later")


class SafetySection(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Safety plan and reports")
        )
        self.client_id: str | None = None
        self.case_id: str | None = None
        self.shown: SafetyShown | None = None
        self.title = QLabel(QCoreApplication.translate("SafetySection", "Safety plan and reports"))
        self.title.setStyleSheet("QLabel { font-weight: bold; }")
        self.plan_button = button(
            QCoreApplication.translate("SafetySection", "Edit safety plan…"),
            QCoreApplication.translate("SafetySection", "Edit safety plan"),
            QCoreApplication.translate("SafetySection", "Write or change the client's safety plan"),
        )
        self.plan_button.clicked.connect(lambda _checked=False: self.edit_plan())
        self.report_button = button(
            QCoreApplication.translate("SafetySection", "Record mandated report…"),
            QCoreApplication.translate("SafetySection", "Record mandated report"),
            QCoreApplication.translate(
                "SafetySection", "Record a report the law required you to make"
            ),
        )
        self.report_button.clicked.connect(lambda _checked=False: self.new_report())
        self.review_button = button(
            QCoreApplication.translate("SafetySection", "Mark reviewed"),
            QCoreApplication.translate("SafetySection", "Mark the report reviewed"),
            QCoreApplication.translate(
                "SafetySection", "As the supervisor, mark the selected report reviewed"
            ),
        )
        self.review_button.clicked.connect(lambda _checked=False: self.review())
        self.error = error_label(
            QCoreApplication.translate("SafetySection", "Problem with the safety plan or a report")
        )
        self.plan = QTextBrowser()
        self.plan.setAccessibleName(QCoreApplication.translate("SafetySection", "Safety plan"))
        reading_pane(
            self.plan,
            QCoreApplication.translate("SafetySection", "The client's safety plan, as written."),
        )
        self.reports = item_list(
            QCoreApplication.translate("SafetySection", "Mandated reports"),
            [
                QCoreApplication.translate("SafetySection", "Date"),
                QCoreApplication.translate("SafetySection", "Report"),
                QCoreApplication.translate("SafetySection", "Status"),
            ],
        )
        self.reports.setColumnWidth(0, 100)
        self.reports.setColumnWidth(1, 200)
        self.reports.currentItemChanged.connect(lambda *_: self._selected())
        self.report = QTextBrowser()
        self.report.setAccessibleName(
            QCoreApplication.translate("SafetySection", "Mandated report details")
        )
        reading_pane(
            self.report,
            QCoreApplication.translate("SafetySection", "The selected report, in full."),
        )
        leaves_by_tab(
            self.reports,
            QCoreApplication.translate(
                "SafetySection", "Reports about the client, newest first. Arrow keys choose one."
            ),
        )
        self._layout()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for widget in (self.title, self.plan_button, self.report_button, self.review_button):
            buttons.addWidget(widget)
        buttons.insertStretch(1, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.reports)
        right.addWidget(self.report)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.plan)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(split, stretch=1)
        self._enable()

    def set_client(self, client_id: str | None, case_id: str | None) -> None:
        if client_id != self.client_id:
            self.clear()
        self.client_id, self.case_id = client_id, case_id
        self._enable()

    def load(self) -> None:
        client_id = self.client_id
        if client_id is not None:
            self.call(lambda access: calls.safety_shown(access, client_id), self.show_safety)

    def show_safety(self, shown: SafetyShown) -> None:
        set_error(self.error, "")
        self.shown = shown
        self.plan.setHtml(plan_html(shown.plan))
        self.reports.clear()
        self.report.clear()
        for report in shown.reports:
            kind = report_kinds().get(report.kind, report.kind)
            texts = [long_day(report.reported_on), f"{kind}\n{report.agency}", status_text(report)]
            item = list_item(texts, report.id)
            if report.flagged:
                paint(item, ALERT, bold=True)
            self.reports.addTopLevelItem(item)
        if not shown.reports:
            muted_item(
                self.reports,
                QCoreApplication.translate(
                    "SafetySection", "No mandated reports about this client."
                ),
            )
        self._enable()

    def chosen(self) -> ReportView | None:
        report_id = selected_id(self.reports)
        reports = self.shown.reports if self.shown else []
        return next((r for r in reports if r.id == report_id), None)

    def _selected(self) -> None:
        report = self.chosen()
        self.report.setHtml(report_html(report) if report else "")
        self._enable()

    def _enable(self) -> None:
        here = self.client_id is not None
        self.plan_button.setEnabled(here)
        self.report_button.setEnabled(here)
        report = self.chosen()
        supervisor = bool(self.shown and self.shown.supervisor)
        self.review_button.setVisible(supervisor)
        self.review_button.setEnabled(bool(report and report.flagged))

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- forms --------------------------------------------------------------------------
    def edit_plan(self) -> None:
        client_id = self.client_id
        if client_id is None:
            return
        current = self.shown.plan.plan if self.shown and self.shown.plan else None
        dialog = SafetyPlanDialog(current, self.window())

        def submit() -> None:
            draft = dialog.draft()
            self.call_form(lambda access: calls.save_plan(access, client_id, draft), dialog)

        self.open_form(dialog, submit)

    def new_report(self) -> None:
        if self.client_id is None:
            return
        dialog = ReportDialog(self.client_id, self.case_id, self.window())

        def submit() -> None:
            draft = dialog.draft()
            self.call_form(lambda access: calls.record_report(access, draft), dialog)

        self.open_form(dialog, submit)

    def review(self) -> None:
        report = self.chosen()
        if report is not None and report.flagged:
            self.call(lambda access: calls.review(access, report.id), lambda _: self.load())

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.client_id, self.case_id, self.shown = None, None, None
        self.plan.clear()
        self.reports.clear()
        self.report.clear()
        set_error(self.error, "")
        self._enable()
