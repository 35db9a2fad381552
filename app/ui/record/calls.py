"""Vault work for the record's tabs that app/ui/access.py does not offer (yet): opening a case,
the programmes to suggest for it, and a supervisor's conflict-of-interest review.

Like every `VaultAccess` method, each function here runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data, never an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services import casework, conflicts
from app.services.conflicts import ConflictView
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class ConflictsShown:
    """The declarations about one client, and whether the worker using this device may review
    them (a supervisor; never their own declaration)."""

    declared: list[ConflictView]
    may_review: bool
    me: str


def conflicts_shown(access: VaultAccess, client_id: str) -> ConflictsShown:
    with access.vault.session() as session:
        declared = conflicts.conflicts_for_client(session, client_id)
        may_review = conflicts.may_review_conflicts(session, access.owner_id)
    return ConflictsShown(declared, may_review, access.owner_id)


def review_conflict(
    access: VaultAccess, declaration_id: str, outcome: str, note: str
) -> ConflictView:
    with access.vault.session() as session:
        return conflicts.review_conflict(session, declaration_id, access.owner_id, note, outcome)


def programs(access: VaultAccess) -> list[str]:
    with access.vault.session() as session:
        return casework.known_programs(session)


def open_case(
    access: VaultAccess, client_id: str, program: str, opened_on: date, reason: str | None
) -> str:
    with access.vault.session() as session:
        return casework.open_case(session, client_id, program, access.owner_id, opened_on, reason)
