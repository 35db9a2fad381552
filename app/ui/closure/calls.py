"""Vault work for closing a case and its panel on the Case tab (app/ui/access.py does not
offer it). Like every `VaultAccess` method, each function runs on the worker thread through a
pane's `call()`, opens its own unit of work and returns plain data."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import assignment, casework, closure
from app.services.casework import Closing
from app.services.closure import ClosureReview, OutcomeSummary
from app.services.lookups import known_workers
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class CaseState:
    """What the panel shows: whether the team shares the case, the outcome summary of a
    closed case, and whether the worker using this device is a supervisor."""

    case_id: str
    shared: bool
    summary: OutcomeSummary | None
    supervisor: bool


def case_state(access: VaultAccess, case_id: str, closed: bool) -> CaseState:
    with access.vault.session() as session:
        shared = assignment.case_shared(session, case_id)
        summary = closure.outcome_summary(session, case_id) if closed else None
        roles = {worker.id: worker.role for worker in known_workers(session)}
    return CaseState(case_id, shared, summary, roles.get(access.owner_id) == "supervisor")


def closure_review(access: VaultAccess, case_id: str) -> ClosureReview:
    with access.vault.session() as session:
        return closure.closure_review(session, case_id)


def close_case(access: VaultAccess, case_id: str, closing: Closing) -> OutcomeSummary:
    with access.vault.session() as session:
        return casework.close_case(session, case_id, access.owner_id, closing)


def review_exception(access: VaultAccess, case_id: str) -> None:
    with access.vault.session() as session:
        closure.review_exception(session, case_id, access.owner_id)


def set_shared(access: VaultAccess, case_id: str, shared: bool) -> bool:
    with access.vault.session() as session:
        return assignment.set_case_shared(session, case_id, shared, access.owner_id)
