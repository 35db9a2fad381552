"""The closure part of the Case tab: for an open case, whether the team shares it (colleagues
may then be given its tasks); for a closed case, its outcome summary (goals achieved, partly,
not; the client's feedback in their words) and, when it was closed with items missing, the
exception and whether it still waits for the supervisor, who can mark it reviewed here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout

from app.services.closure import OutcomeSummary
from app.ui.closure import calls, words
from app.ui.closure.calls import CaseState
from app.ui.pane import VaultPane, button, set_error
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, long_day, notice, paragraph


def summary_text(summary: OutcomeSummary) -> str:
    names = words.outcomes()
    groups = (
        (names["achieved"], summary.achieved),
        (names["partly"], summary.partly),
        (names["not_achieved"], summary.not_achieved),
        (QCoreApplication.translate("Closure", "Not recorded"), summary.not_recorded),
    )
    goals = "; ".join(f"{name}: {', '.join(titles)}" for name, titles in groups if titles)
    closed = long_day(summary.closed_on) if summary.closed_on else ""
    lines = [
        QCoreApplication.translate("Closure", "Closed {day}: {reason}").format(
            day=closed, reason=summary.reason or ""
        )
    ]
    lines.append(
        QCoreApplication.translate("Closure", "Goals: {goals}").format(
            goals=goals or QCoreApplication.translate("Closure", "none in the plan")
        )
    )
    if summary.client_feedback:
        lines.append(
            QCoreApplication.translate("Closure", "The client said: “{words}”").format(
                words=summary.client_feedback
            )
        )
    return "\n".join(lines)


def exception_text(summary: OutcomeSummary) -> str:
    if summary.flagged:
        text = QCoreApplication.translate(
            "Closure", "Closed with items missing: flagged for supervisor review. Why: {reason}"
        )
    else:
        text = QCoreApplication.translate(
            "Closure", "Closed with items missing (reviewed by a supervisor). Why: {reason}"
        )
    return text.format(reason=summary.exception or "")


class ClosurePanel(VaultPane):
    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(QCoreApplication.translate("Closure", "Case sharing and outcome"))
        self.case_id: str | None = None
        self.closed = False
        self.state: CaseState | None = None
        self.shared = QCheckBox(
            QCoreApplication.translate(
                "Closure", "Shared with the team: colleagues may be &given its tasks"
            )
        )
        self.shared.setAccessibleName(
            QCoreApplication.translate("Closure", "Case shared with the team")
        )
        self.shared.clicked.connect(self._share)
        self.summary = paragraph("", QCoreApplication.translate("Closure", "Outcome of the case"))
        self.flag = notice("", QCoreApplication.translate("Closure", "Closure exception"))
        self.review_button = button(
            QCoreApplication.translate("Closure", "Mark e&xception reviewed"),
            QCoreApplication.translate("Closure", "Mark the closure exception reviewed"),
        )
        self.review_button.clicked.connect(self._review)
        self.error = error_label(QCoreApplication.translate("Closure", "Problem with the case"))
        row = QHBoxLayout()
        row.addWidget(self.flag, stretch=1)
        row.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.shared, self.summary):
            layout.addWidget(part)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.clear()

    def set_case(self, case_id: str | None, closed: bool) -> None:
        """The case shown (read by `load()`, when the Case tab is shown)."""
        if (case_id, closed) != (self.case_id, self.closed):
            self.clear()
        self.case_id, self.closed = case_id, closed

    def load(self) -> None:
        case_id, closed = self.case_id, self.closed
        if case_id is not None:
            self.call(lambda access: calls.case_state(access, case_id, closed), self._show)

    def _show(self, state: CaseState) -> None:
        if state.case_id != self.case_id:
            return
        self.state, summary = state, state.summary
        self.shared.setChecked(state.shared)
        self.shared.setVisible(not self.closed)
        self.summary.setText(summary_text(summary) if summary else "")
        self.summary.setVisible(summary is not None)
        has_exception = summary is not None and summary.exception is not None
        self.flag.setText(exception_text(summary) if summary and has_exception else "")
        self.flag.setVisible(has_exception)
        self.review_button.setVisible(bool(summary and summary.flagged and state.supervisor))

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    def _share(self, checked: bool) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.call(
                lambda access: calls.set_shared(access, case_id, checked),
                self._changed,
                self._refused,
            )

    def _review(self) -> None:
        case_id = self.case_id
        if case_id is not None:
            self.call(lambda access: calls.review_exception(access, case_id), self._changed)

    def _refused(self, message: str) -> None:
        self.show_error(message)
        self.load()  # the tick box shows what the vault holds again

    def _changed(self, _result: object) -> None:
        set_error(self.error, "")
        self.changed.emit()  # the record is read again (who may be given tasks, the flag)

    def clear(self) -> None:
        self.forget()
        self.state = None
        for part in (self.shared, self.summary, self.flag, self.review_button, self.error):
            part.hide()
        self.summary.clear()
        self.flag.clear()
