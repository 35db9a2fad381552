"""The case's step bar (Intake → … → Follow-up, the current stage filled in) and the words
for stages and stage moves that the Case tab uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.stages import STAGE_ORDER, CaseStage
from app.ui.widgets import NONE

STEP = "QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 4px 2px; {extra} }}"
STEP_STYLES = {
    "done": STEP.format(bg="#dbe7f3", fg="#1f3a5a", extra=""),
    "current": STEP.format(bg="#1f4e79", fg="white", extra="font-weight: bold;"),
    "ahead": STEP.format(bg="#eeeeee", fg="#555555", extra=""),
}


def as_stage(value: str | None) -> CaseStage | None:
    try:
        return CaseStage(value or "")
    except ValueError:
        return None


def stage_name(value: str | None) -> str:
    try:
        return CaseStage(value or "").label
    except ValueError:
        return value or NONE


def move_text(current: CaseStage, target: CaseStage) -> str:
    if current in (CaseStage.CLOSURE, CaseStage.FOLLOW_UP) and target is not CaseStage.FOLLOW_UP:
        return f"Reopen at {target.label}"
    if STAGE_ORDER.index(target) < STAGE_ORDER.index(current):
        return f"← Back to {target.label}"
    return f"On to {target.label} →"


class StepBar(QWidget):
    """Intake → … → Follow-up, with the current stage filled in."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Case stage")
        self.steps: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for stage in STAGE_ORDER:
            step = QLabel(stage.label)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            step.setAccessibleName(stage.label)
            step.setMinimumWidth(40)
            self.steps.append(step)
            row.addWidget(step, stretch=len(stage.label) + 3)

    def show_stage(self, stage: CaseStage | None) -> None:
        at = STAGE_ORDER.index(stage) if stage is not None else -1
        for number, step in enumerate(self.steps):
            state = "current" if number == at else "done" if number < at else "ahead"
            step.setStyleSheet(STEP_STYLES[state])
        total = len(STAGE_ORDER)
        described = f"{stage.label}, step {at + 1} of {total}" if stage else "No case"
        self.setAccessibleDescription(described)
        self.setToolTip(f"Current stage: {described}")
