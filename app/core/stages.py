"""The stages of case management and the moves allowed between them.

The process is not linear: a case may go back (a monitoring review can send it back to
assessment), but a closed case only moves on to follow-up or is reopened at intake.
"""

from __future__ import annotations

from enum import StrEnum


class CaseStage(StrEnum):
    INTAKE = "intake"
    ASSESSMENT = "assessment"
    PLANNING = "planning"
    IMPLEMENTATION = "implementation"
    MONITORING = "monitoring"
    CLOSURE = "closure"
    FOLLOW_UP = "follow_up"

    @property
    def label(self) -> str:
        return self.value.replace("_", "-").capitalize()


STAGE_ORDER: tuple[CaseStage, ...] = tuple(CaseStage)
OPEN_STAGES = frozenset(STAGE_ORDER[:5])


def allowed_moves(current: CaseStage) -> frozenset[CaseStage]:
    """Stages a case in `current` may move to."""
    if current is CaseStage.CLOSURE:
        return frozenset({CaseStage.FOLLOW_UP, CaseStage.INTAKE, CaseStage.MONITORING})
    if current is CaseStage.FOLLOW_UP:
        return frozenset({CaseStage.INTAKE, CaseStage.CLOSURE})
    return frozenset(OPEN_STAGES | {CaseStage.CLOSURE}) - {current}


def can_move(current: CaseStage, target: CaseStage) -> bool:
    return target in allowed_moves(current)
