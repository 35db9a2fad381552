"""Vault work for the safety section. Each function runs on the worker thread (through a
pane's `call()`), opens its own unit of work and returns plain data."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import safety
from app.services.lookups import known_workers
from app.services.safety import ReportDraft, ReportView, SafetyPlanDraft, SafetyPlanView
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class SafetyShown:
    plan: SafetyPlanView | None
    reports: list[ReportView]  # newest first
    supervisor: bool  # the worker using this device may mark reports reviewed


def safety_shown(access: VaultAccess, client_id: str) -> SafetyShown:
    with access.vault.session() as session:
        plan = safety.get_safety_plan(session, client_id)
        reports = safety.list_mandated_reports(session, client_id)
        roles = {worker.id: worker.role for worker in known_workers(session)}
    return SafetyShown(plan, reports, roles.get(access.owner_id) == "supervisor")


def save_plan(access: VaultAccess, client_id: str, draft: SafetyPlanDraft) -> str:
    with access.vault.session() as session:
        return safety.save_safety_plan(session, client_id, draft, access.owner_id)


def record_report(access: VaultAccess, draft: ReportDraft) -> str:
    with access.vault.session() as session:
        return safety.record_mandated_report(session, draft, access.owner_id)


def review(access: VaultAccess, report_id: str) -> None:
    with access.vault.session() as session:
        safety.review_mandated_report(session, report_id, access.owner_id)
