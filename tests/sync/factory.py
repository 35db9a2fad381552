"""Records for sync tests, made through the services (so the outbox sees them as the app
would write them)."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import activity, casework, notes, plan, records
from app.services.vaults import Vault


@dataclass(frozen=True)
class Caseload:
    client_id: str
    case_id: str
    goal_id: str
    objective_id: str
    note_id: str
    task_id: str


def add_client(vault: Vault, first: str = "Marisol", last: str = "Quintero") -> str:
    with vault.session() as session:
        return records.create_client(
            session, records.ClientDraft(first, last, phone="555-0101"), vault.owner_id
        )


def add_caseload(vault: Vault, first: str = "Marisol", last: str = "Quintero") -> Caseload:
    client_id = add_client(vault, first, last)
    owner = vault.owner_id
    with vault.session() as session:
        case_id = casework.open_case(session, client_id, "Housing", owner)
        goal_id = plan.add_goal(session, case_id, "Stable housing")
        objective_id = plan.add_objective(session, goal_id, "Find a flat", "viewings", "0", "5")
        note = notes.start_note(session, client_id, "dap", owner, case_id=case_id)
        task_id = activity.add_task(session, "Call landlord", client_id=client_id)
    return Caseload(client_id, case_id, goal_id, objective_id, note.id, task_id)


def write_note(vault: Vault, note_id: str, text: str, sign: bool = False) -> None:
    with vault.session() as session:
        fields = notes.NoteFields(sections={"data": text, "assessment": "", "plan": ""})
        notes.save_draft(session, note_id, fields)
        if sign:
            notes.sign_note(session, note_id, vault.owner_id)
