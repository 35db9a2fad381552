"""The Case tab: where the case stands in the process (a step bar from intake to follow-up),
buttons to move it to any stage it may go to (forwards or back: a small form asks "Move this
case from Assessment to Planning?" and the reason, which is required),
closing against the checklist read from the record (app/ui/closure), transfer to another
worker, sharing with the team, a closed case's outcome, and the stage history (who, when, why).
A client with no open case (none yet, or all closed) gets "Open a case…" instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.stages import STAGE_ORDER, CaseStage, allowed_moves
from app.services.closure import ClosureReview
from app.services.dto import CaseSummary
from app.services.lookups import WorkerChoice
from app.ui.access import HistoryLine, VaultAccess
from app.ui.closure import calls as closure_calls
from app.ui.closure.dialog import CloseCaseDialog
from app.ui.closure.panel import ClosurePanel
from app.ui.pane import VaultPane, button, item_list, list_item, muted_item, set_error
from app.ui.record import calls
from app.ui.record.dialogs import OpenCaseDialog, StageMoveDialog, TransferDialog
from app.ui.record.steps import (
    StepBar,
    about_text,
    as_stage,
    choice_text,
    move_text,
    move_words,
    stage_word,
)
from app.ui.tasks import TaskRunner
from app.ui.widgets import error_label, local_moment

T = TypeVar("T")
Form = StageMoveDialog | OpenCaseDialog | CloseCaseDialog | TransferDialog
NO_CASE = QT_TRANSLATE_NOOP("CaseTab", "No case is recorded for this client on this device.")


class CaseTab(VaultPane):
    case_selected = Signal(str)

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.setAccessibleName(self.tr("Case"))
        self.cases: list[CaseSummary] = []
        self.case: CaseSummary | None = None
        self.move_buttons: dict[CaseStage, QPushButton] = {}
        self.client_id: str | None = None
        self.choose = QComboBox()
        self.choose.setAccessibleName(self.tr("Case shown"))
        self.choose.setAccessibleDescription(self.tr("Which of the client's cases is shown"))
        self.choose.currentIndexChanged.connect(self._chosen)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("Case number, programme and worker"))
        self.steps = StepBar()
        self.moves = QGridLayout()
        self.moves.setContentsMargins(0, 0, 0, 0)
        self._buttons()
        self.history = item_list(
            self.tr("Stage history"),
            [self.tr("When"), self.tr("Move"), self.tr("By"), self.tr("Why")],
        )
        self.history.setAccessibleDescription(self.tr("Who moved the case, when and why"))
        self.history.setTabKeyNavigation(False)  # Tab leaves the list; arrows move inside
        for column, width in enumerate((170, 190, 110)):
            self.history.setColumnWidth(column, width)
        self.error = error_label(self.tr("Problem with the case"))
        self.outcome = ClosurePanel(runner)
        self.outcome.changed.connect(self.changed)
        self._layout()

    def _buttons(self) -> None:
        self.close_button = button(
            self.tr("Close case…"), self.tr("Close case"), self.tr("Close the case (checklist)")
        )
        self.close_button.clicked.connect(self.close_case)
        self.transfer_button = button(
            self.tr("Transfer…"), self.tr("Transfer case"), self.tr("Hand the case to a colleague")
        )
        self.transfer_button.clicked.connect(self.transfer)
        self.open_button = button(
            self.tr("Op&en a case…"),
            self.tr("Open a case"),
            self.tr("Open a new case for this client, starting at intake"),
        )
        self.open_button.clicked.connect(self.open_case)

    def _layout(self) -> None:
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        actions.addWidget(self.transfer_button)
        self.heading = QLabel(self.tr("Stage &history (newest first)"))
        self.heading.setBuddy(self.history)
        self.heading.setAccessibleName(self.tr("Stage history heading"))
        hint = self.tr("Move the case (you are asked to confirm, with the reason):")
        self.moves_label = QLabel(hint)
        self.moves_label.setWordWrap(True)
        self.moves_label.setAccessibleName(self.tr("About moving the case"))
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
            self.choose.addItem(choice_text(case), case.id)
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
            self.about.setText(QCoreApplication.translate("CaseTab", NO_CASE))
        else:
            self.about.setText(about_text(case))
        self._build_moves(stage)
        self.outcome.set_case(case.id if case else None, bool(case and case.closed_on))
        for widget in (self.steps, self.history, self.heading, self.moves_label):
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
            text = move_text(stage, target) if stage is not None else stage_word(target)
            tip = self.tr("Move the case to {stage}; you are asked for the reason first")
            widget = button(text, text.strip("←→ "), tip.format(stage=stage_word(target)))
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
            texts = [
                local_moment(event.changed_at),
                move_words(event.from_stage, event.to_stage),
                entry.who,
                event.reason or "",
            ]
            self.history.addTopLevelItem(list_item(texts, event.id))
        if not lines:
            muted_item(self.history, self.tr("No stage changes recorded."))

    def show_error(self, message: str) -> None:
        set_error(self.error, message)

    # -- actions ------------------------------------------------------------------------
    def move_stage(self, target: CaseStage) -> None:
        """Ask first: the move in plain words and the reason. Cancel changes nothing; the
        service refuses an empty reason, and the refusal stays in the form."""
        # Not `move`: that is QWidget's move(x, y).
        case = self.case
        current = as_stage(case.stage) if case else None
        if case is None or current is None or self.dialog is not None:
            return
        dialog = StageMoveDialog(current, target, self.window())
        self._form(dialog, lambda a, reason: a.move_stage(case.id, target, reason), self._moved)

    def _form(
        self, dialog: Form, work: Callable[[VaultAccess, Any], T], then: Callable[[T], None]
    ) -> None:
        """Open `dialog`; each submit reads its values here (the GUI thread) and runs
        `work(access, values)` on the worker; on success the form closes and `then` gets the
        result, a refusal stays in the form."""

        def done(result: T) -> None:
            dialog.succeeded()
            then(result)

        def submit() -> None:
            values = dialog.values()
            self.call(lambda access: work(access, values), done, dialog.show_error)

        self.open_form(dialog, submit)

    def _moved(self, _stage: str) -> None:
        self.changed.emit()

    def open_case(self) -> None:
        self.call(calls.programs, self._ask_open)

    def _ask_open(self, programs: list[str]) -> None:
        client_id = self.client_id
        if client_id is None or self.dialog is not None:
            return
        latest = self.cases[0].program if self.cases else None
        dialog = OpenCaseDialog(programs, latest, self.window())
        self._form(dialog, lambda a, values: calls.open_case(a, client_id, *values), self._opened)

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
        self._form(
            dialog,
            lambda a, closing: closure_calls.close_case(a, case.id, closing),
            lambda _summary: self._moved(CaseStage.CLOSURE.value),
        )

    def transfer(self) -> None:
        self.call(lambda access: access.workers(), self._ask_transfer)

    def _ask_transfer(self, workers: list[WorkerChoice]) -> None:
        if self.case is None:
            return
        dialog = TransferDialog([w for w in workers if not w.is_device_owner], self.window())
        case_id = self.case.id
        self._form(dialog, lambda a, values: a.transfer_case(case_id, *values), self._moved)

    def clear(self) -> None:
        self.forget()
        self.close_form()
        self.outcome.clear()
        self.set_cases((), None)
