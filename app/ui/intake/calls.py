"""Vault work for the intake screens. Each function runs on the worker thread (through a
pane's `call()`), opens its own unit of work and returns plain data, never an ORM object."""

from __future__ import annotations

from collections.abc import Collection

from app.services import casework, intake, intake_people, intake_screening
from app.services.intake import ClientDetails, IntakeResult, IntakeView
from app.services.intake_people import PersonDetails
from app.services.intake_screening import ScreeningDraft
from app.ui.access import VaultAccess


def create_client(
    access: VaultAccess, details: ClientDetails, different_from: Collection[str]
) -> IntakeResult:
    """Saved (with the worker's answers), or the possible duplicates still to answer."""
    with access.vault.session() as session:
        return intake.create_client(session, details, access.owner_id, different_from)


def same_person(access: VaultAccess, client_id: str, matched_on: tuple[str, ...]) -> str:
    with access.vault.session() as session:
        return intake.same_person(session, client_id, matched_on, access.owner_id)


def client_details(access: VaultAccess, client_id: str) -> ClientDetails:
    with access.vault.session() as session:
        return intake.client_details(session, client_id)


def update_client(access: VaultAccess, client_id: str, details: ClientDetails) -> tuple[str, ...]:
    with access.vault.session() as session:
        return intake.update_client(session, client_id, details)


def intake_view(access: VaultAccess, client_id: str) -> IntakeView:
    with access.vault.session() as session:
        return intake.intake_view(session, client_id)


def add_person(access: VaultAccess, client_id: str, details: PersonDetails) -> str:
    with access.vault.session() as session:
        return intake_people.add_person(session, client_id, details)


def update_person(access: VaultAccess, person_id: str, details: PersonDetails) -> tuple[str, ...]:
    with access.vault.session() as session:
        return intake_people.update_person(session, person_id, details)


def remove_person(access: VaultAccess, person_id: str) -> None:
    with access.vault.session() as session:
        intake_people.remove_person(session, person_id)


def record_screening(access: VaultAccess, client_id: str, draft: ScreeningDraft) -> str:
    with access.vault.session() as session:
        return intake_screening.record_screening(session, client_id, draft, access.owner_id)


def programs(access: VaultAccess) -> list[str]:
    """The programmes cases on this device belong to (to suggest on a screening)."""
    with access.vault.session() as session:
        return casework.known_programs(session)
