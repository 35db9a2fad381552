"""The Case tab: where the case stands in the process (a step bar from intake to follow-up),
buttons to move it to any stage it may go to (forwards or back, with an optional reason),
closing against the checklist read from the record (app/ui/closure), transfer to another
worker, sharing with the team, a closed case's outcome, and the stage history (who, when, why).
A client with no open case (none yet, or all closed) gets "Open a case…" instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.core.stages import STAGE_ORDER, CaseStage, allowed_moves
from app.services.closure import ClosureReview
from app.services.dto import CaseSummary
from app.services.lookups import WorkerChoice
from app.ui.access import HistoryLine, VaultAccess
from app.ui.closure import calls as closure_calls
from app.ui.closure.dialog import CloseCaseDialog
from app.ui.closure.panel import ClosurePanel
from app.ui.forms import line
from app.ui.pane import VaultPane, button, item_list, list_item, muted_item, set_error
from app.ui.record import calls
from app.ui.record.dialogs import OpenCaseDialog, TransferDialog
from app.ui.record.steps import StepBar, as_stage, move_text, stage_name
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment, long_day

NO_CASE = "No case is recorded for this client on this device."
MOVES_HINT = "Move the case (saved at once, with your name and the reason below):"


class CaseTab(VaultPane):
    case_selected = Signal(str)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName("Case")
        self.cases: list[CaseSummary] = []
        self.case: CaseSummary | None = None
        self.move_buttons: dict[CaseStage, QPushButton] = {}
        self.client_id: str | None = None
        self.choose = QComboBox()
        self.choose.setAccessibleName("Case shown")
        self.choose.currentIndexChanged.connect(self._chosen)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAccessibleName("Case number, programme and worker")
        self.steps = StepBar()
        self.reason = line("Reason for the stage move (optional)", "Reason for the move (optional)")
        self.moves = QGridLayout()
        self.moves.setContentsMargins(0, 0, 0, 0)
        self.close_button = button("Close case…", "Close case", "Close the case (checklist)")
        self.close_button.clicked.connect(self.close_case)
        self.transfer_button = button("Transfer…", "Transfer case", "Hand the case to a colleague")
        self.transfer_button.clicked.connect(self.transfer)
        self.open_button = button(
            "Op&en a case…", "Open a case", "Open a new case for this client, starting at intake"
        )
        self.open_button.clicked.connect(self.open_case)
        self.history = item_list("Stage history", ["When", "Move", "By", "Why"])
        for column, width in enumerate((170, 190, 110)):
            self.history.setColumnWidth(column, width)
        self.error = error_label("Problem with the case")
        self.outcome = ClosurePanel(runner)
        self.outcome.changed.connect(self.changed)
        self._layout()

    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.reason, stretch=1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.transfer_button)
        self.heading = QLabel("Stage &history (newest first)")
        self.heading.setBuddy(self.history)
        self.heading.setAccessibleName("Stage history heading")
        self.moves_label = QLabel(MOVES_HINT)
        self.moves_label.setWordWrap(True)
        self.moves_label.setAccessibleName("About moving the case")
        top = QHBoxLayout()
        top.addWidget(self.about, stretch=1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose)
        layout.addLayout(top)
        for widget in (self.steps, self.moves_label):
            layout.addWidget(widget)
        layout.addLayout(self.moves)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.heading)
        layout.addWidget(self.history, stretch=1)

    # -- showing ------------------------------------------------------------------------
    def set_cases(
        self, cases: tuple[CaseSummary, ...], selected: str | None, client_id: str | None = None
    ) -> None:
        self.cases, self.client_id = list(cases), client_id
        self.choose.blockSignals(True)
        self.choose.clear()
        for case in self.cases:
            state = f"closed {long_day(case.closed_on)}" if case.closed_on else "open"
            self.choose.addItem(f"{case.case_number} · {case.program} ({state})", case.id)
        at = max(0, self.choose.findData(selected)) if selected else 0
        self.choose.setCurrentIndex(at)
        self.choose.blockSignals(False)
        self.choose.setVisible(len(self.cases) > 1)
        self._show(self.cases[at] if self.cases else None)

    def _chosen(self, index: int) -> None:
        if 0 <= index < len(self.cases):
            self._show(self.cases[index])
            self.case_selected.emit(self.cases[index].id)
            self.load()

    def _show(self, case: CaseSummary | None) -> None:
        self.case = case
        self.history.clear()
        set_error(self.error, "")
        stage = as_stage(case.stage) if case else None
        self.steps.show_stage(stage)
        if case is None:
            self.about.setText(NO_CASE)
        else:
            worker = f" · worker: {case.assigned_worker}" if case.assigned_worker else ""
            closed = f" · closed {long_day(case.closed_on)}" if case.closed_on else ""
            self.about.setText(
                f"{case.case_number} · {case.program} · opened {long_day(case.opened_on)}"
                f"{closed}{worker}"
            )
        self._build_moves(stage)
        self.outcome.set_case(case.id if case else None, bool(case and case.closed_on))
        for widget in (self.steps, self.reason, self.history, self.heading, self.moves_label):
            widget.setVisible(case is not None)

    def _build_moves(self, stage: CaseStage | None) -> None:
        had_focus = self.open_button.hasFocus() or any(
            old.hasFocus() for old in self.move_buttons.values()
        )
        for old in self.move_buttons.values():
            self.moves.removeWidget(old)
            old.deleteLater()
        self.move_buttons = {}
        allowed = allowed_moves(stage) if stage is not None else frozenset()
        targets = [s for s in STAGE_ORDER if s in allowed and s is not CaseStage.CLOSURE]
        for number, target in enumerate(targets):
            text = move_text(stage, target) if stage is not None else target.label
            widget = button(text, f"Move the case: {text.strip('←→ ')}")
            widget.clicked.connect(lambda _checked=False, t=target: self.move_stage(t))
            self.moves.addWidget(widget, number // 3, number % 3)
            self.move_buttons[target] = widget
        self.close_button.setVisible(CaseStage.CLOSURE in allowed)
        if had_focus and self.move_buttons:  # the keyboard stays on the move buttons
            next(iter(self.move_buttons.values())).setFocus(Qt.FocusReason.OtherFocusReason)
        self.transfer_button.setVisible(stage is not None and self.case is not None)
        self.transfer_button.setEnabled(bool(self.case and self.case.closed_on is None))
        none_open = all(case.closed_on is not None for case in self.cases)
        self.open_button.setVisible(self.client_id is not None and none_open)

    def attach(self, access: VaultAccess | None) -> None:
        super().attach(access)
        self.outcome.attach(access)

    def load(self) -> None:
        if self.case is not None:
            case_id = self.case.id
            self.call(lambda access: access.stage_history(case_id), self.show_history)
            self.outcome.load()

    def show_history(self, lines: list[HistoryLine]) -> None:
        self.history.clear()
        for entry in reversed(lines):
            event = entry.event
            moved = f"{stage_name(event.from_stage)} → " if event.from_stage else "Opened at "
            texts = [
                local_moment(event.changed_at),
                moved + stage_name(event.to_stage),
                entry.who,
                event.reason or "",
            ]
            self.history.addTopLevelItem(list_item(texts, event.id))
        if not lines:
            muted_item(self.history, "No stage changes recorded.")

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def move_stage(self, target: CaseStage) -> None:
        # Not `move`: that is QWidget's move(x, y).
        if self.case is None:
            return
        case_id, reason = self.case.id, self.reason.text().strip() or None
        self.call(lambda access: access.move_stage(case_id, target, reason), self._moved)

    def _moved(self, _stage: str) -> None:
        self.reason.clear()
        self.changed.emit()

    def open_case(self) -> None:
        self.call(calls.programs, self._ask_open)

    def _ask_open(self, programs: list[str]) -> None:
        client_id = self.client_id
        if client_id is None or self.dialog is not None:
            return
        latest = self.cases[0].program if self.cases else None
        dialog = OpenCaseDialog(programs, latest, self.window())

        def opened(case_id: str) -> None:
            dialog.succeeded()
            self._opened(case_id)

        def submit() -> None:
            program, opened_on, reason = dialog.values()
            self.call(
                lambda access: calls.open_case(access, client_id, program, opened_on, reason),
                opened,
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def _opened(self, case_id: str) -> None:
        self.case_selected.emit(case_id)  # the record shows the new case when it is read again
        self.changed.emit()

    def close_case(self) -> None:
        """Read the checklist from the record, then show the close-case form with it."""
        if self.case is not None and self.dialog is None:
            case_id = self.case.id
            self.call(lambda access: closure_calls.closure_review(access, case_id), self._ask_close)

    def _ask_close(self, review: ClosureReview) -> None:
        case = self.case
        if case is None or case.id != review.case_id or self.dialog is not None:
            return
        ending = case.stage == CaseStage.FOLLOW_UP.value
        dialog = CloseCaseDialog(case.case_number, review, self.window(), after_follow_up=ending)

        def closed(_summary: object) -> None:
            dialog.succeeded()
            self._moved(CaseStage.CLOSURE.value)

        def submit() -> None:
            closing = dialog.values()
            self.call(
                lambda access: closure_calls.close_case(access, case.id, closing),
                closed,
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def transfer(self) -> None:
        self.call(lambda access: access.workers(), self._ask_transfer)

    def _ask_transfer(self, workers: list[WorkerChoice]) -> None:
        if self.case is None:
            return
        dialog = TransferDialog([w for w in workers if not w.is_device_owner], self.window())
        case_id = self.case.id

        def transferred(stage: str) -> None:
            dialog.succeeded()
            self._moved(stage)

        def submit() -> None:
            worker, reason, handover = dialog.values()
            self.call(
                lambda access: access.transfer_case(case_id, worker, reason, handover),
                transferred,
                dialog.show_error,
            )

        self.open_form(dialog, submit)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.outcome.clear()
        self.reason.clear()
        self.set_cases((), None)
