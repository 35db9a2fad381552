"""The case's step bar (Intake → … → Follow-up, the current stage filled in) and the words
for stages, stage moves and a case's summary line that the Case tab uses (context "CaseTab";
one whole sentence per shape, so each language orders its own parts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.stages import STAGE_ORDER, CaseStage
from app.services.dto import CaseSummary
from app.ui.locale_format import NONE, long_day

STEP = "QLabel {{ background: {bg}; color: {fg}; border-radius: 3px; padding: 4px 2px; {extra} }}"
STEP_STYLES = {
    "done": STEP.format(bg="#dbe7f3", fg="#1f3a5a", extra=""),
    "current": STEP.format(bg="#1f4e79", fg="white", extra="font-weight: bold;"),
    "ahead": STEP.format(bg="#eeeeee", fg="#555555", extra=""),
}


# The stage names people read, translated at use (context "Stages").
STAGE_WORDS = {
    CaseStage.INTAKE: QT_TRANSLATE_NOOP("Stages", "Intake"),
    CaseStage.ASSESSMENT: QT_TRANSLATE_NOOP("Stages", "Assessment"),
    CaseStage.PLANNING: QT_TRANSLATE_NOOP("Stages", "Planning"),
    CaseStage.IMPLEMENTATION: QT_TRANSLATE_NOOP("Stages", "Implementation"),
    CaseStage.MONITORING: QT_TRANSLATE_NOOP("Stages", "Monitoring"),
    CaseStage.CLOSURE: QT_TRANSLATE_NOOP("Stages", "Closure"),
    CaseStage.FOLLOW_UP: QT_TRANSLATE_NOOP("Stages", "Follow-up"),
}


def stage_word(stage: CaseStage) -> str:
    return QCoreApplication.translate("Stages", STAGE_WORDS[stage])


def as_stage(value: str | None) -> CaseStage | None:
    try:
        return CaseStage(value or "")
    except ValueError:
        return None


def stage_name(value: str | None) -> str:
    stage = as_stage(value)
    return stage_word(stage) if stage is not None else NONE


def move_text(current: CaseStage, target: CaseStage) -> str:
    name = stage_word(target)
    if current in (CaseStage.CLOSURE, CaseStage.FOLLOW_UP) and target is not CaseStage.FOLLOW_UP:
        return QCoreApplication.translate("CaseTab", "Reopen at {stage}").format(stage=name)
    if STAGE_ORDER.index(target) < STAGE_ORDER.index(current):
        return QCoreApplication.translate("CaseTab", "← Back to {stage}").format(stage=name)
    return QCoreApplication.translate("CaseTab", "On to {stage} →").format(stage=name)


def choice_text(case: CaseSummary) -> str:
    if case.closed_on:
        text = QCoreApplication.translate("CaseTab", "{number} · {programme} (closed {day})")
        return text.format(
            number=case.case_number, programme=case.program, day=long_day(case.closed_on)
        )
    text = QCoreApplication.translate("CaseTab", "{number} · {programme} (open)")
    return text.format(number=case.case_number, programme=case.program)


def about_text(case: CaseSummary) -> str:
    """Number, programme, opened and closed days, the worker: one sentence per shape, so
    each language orders its own parts."""
    parts = {
        "number": case.case_number,
        "programme": case.program,
        "opened": long_day(case.opened_on),
        "closed": long_day(case.closed_on),
        "worker": case.assigned_worker or "",
    }
    if case.closed_on and case.assigned_worker:
        text = QCoreApplication.translate(
            "CaseTab",
            "{number} · {programme} · opened {opened} · closed {closed} · worker: {worker}",
        )
    elif case.closed_on:
        text = QCoreApplication.translate(
            "CaseTab", "{number} · {programme} · opened {opened} · closed {closed}"
        )
    elif case.assigned_worker:
        text = QCoreApplication.translate(
            "CaseTab", "{number} · {programme} · opened {opened} · worker: {worker}"
        )
    else:
        text = QCoreApplication.translate("CaseTab", "{number} · {programme} · opened {opened}")
    return text.format(**parts)


def move_words(from_stage: str | None, to_stage: str) -> str:
    if from_stage is None:
        return QCoreApplication.translate("CaseTab", "Opened at {stage}").format(
            stage=stage_name(to_stage)
        )
    text = QCoreApplication.translate("CaseTab", "{before} → {after}")
    return text.format(before=stage_name(from_stage), after=stage_name(to_stage))


class StepBar(QWidget):
    """Intake → … → Follow-up, with the current stage filled in."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(QCoreApplication.translate("CaseTab", "Case stage"))
        self.steps: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        for stage in STAGE_ORDER:
            word = stage_word(stage)
            step = QLabel(word)
            step.setAlignment(Qt.AlignmentFlag.AlignCenter)
            step.setAccessibleName(word)
            step.setMinimumWidth(40)
            self.steps.append(step)
            row.addWidget(step, stretch=len(word) + 3)

    def show_stage(self, stage: CaseStage | None) -> None:
        at = STAGE_ORDER.index(stage) if stage is not None else -1
        for number, step in enumerate(self.steps):
            state = "current" if number == at else "done" if number < at else "ahead"
            step.setStyleSheet(STEP_STYLES[state])
        total = len(STAGE_ORDER)
        if stage is None:
            described = QCoreApplication.translate("CaseTab", "No case")
        else:
            described = QCoreApplication.translate("CaseTab", "{stage}, step {number} of {total}")
            described = described.format(stage=stage_word(stage), number=at + 1, total=total)
        self.setAccessibleDescription(described)
        tip = QCoreApplication.translate("CaseTab", "Current stage: {stage}")
        self.setToolTip(tip.format(stage=described))
