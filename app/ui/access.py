"""What the screens may ask of an unlocked vault.

Every method runs on the worker thread (through a task runner) and opens its own unit of work,
so no session, connection or ORM object ever outlives one call or reaches the GUI thread.
A read that needs a second service for names (search hits, the day, stage history) does both
in the same unit of work; every write is one unit of work of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.core.stages import CaseStage
from app.core.timeutil import local_today
from app.services import (
    activity,
    caseload,
    casework,
    conflicts,
    lookups,
    plan,
    records,
    search,
    timeline,
    today,
    vaults,
)
from app.services.caseload import CaseloadQuery
from app.services.casework import ClosureChecklist
from app.services.conflicts import ConflictView
from app.services.dto import ClientRecord, ClientRow
from app.services.lookups import WorkerChoice
from app.services.plan import CasePlan
from app.services.search import SearchHit
from app.services.timeline import TimelineEntry
from app.services.today import TodayView
from app.services.vaults import Vault, VaultStatus

SEARCH_LIMIT = 50


class _AboutAClient(Protocol):
    """Any of the day's items: each names its client, if it has one."""

    @property
    def client_id(self) -> str | None: ...


@dataclass(frozen=True)
class NamedHit:
    """A full-text hit with the caseload line of the client it belongs to (for the name) and,
    for a note or a task, its date (to tell several matches for one client apart)."""

    hit: SearchHit
    client: ClientRow | None
    when: datetime | date | None = None  # a note: when it happened (UTC); a task: due date


@dataclass(frozen=True)
class FirstPage:
    """The first screen of the caseload list: its ids and their rows, read in one unit."""

    ids: list[str]
    rows: list[ClientRow]


@dataclass(frozen=True)
class TodayData:
    view: TodayView
    clients: dict[str, ClientRow]  # by id: preferred name, pronouns and safety flags


@dataclass(frozen=True)
class HistoryLine:
    event: casework.StageEvent
    who: str


class VaultAccess:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def passphrase_only(self) -> bool:
        return self.vault.passphrase_only

    @property
    def owner_id(self) -> str:
        return self.vault.owner_id

    # -- caseload and search ------------------------------------------------------------
    def caseload_first_page(self, query: CaseloadQuery, limit: int) -> FirstPage:
        """The first `limit` ids and their rows: the name order reads them off an index, so
        this is quick even when the full list (`caseload_ids`) is 50,000 ids."""
        with self.vault.session() as session:
            ids = caseload.caseload_ids(session, query, limit=limit)
            return FirstPage(ids, caseload.caseload_rows(session, ids))

    def caseload_ids(self, query: CaseloadQuery) -> list[str]:
        with self.vault.session() as session:
            return caseload.caseload_ids(session, query)

    def caseload_rows(self, ids: Sequence[str]) -> list[ClientRow]:
        with self.vault.session() as session:
            return caseload.caseload_rows(session, ids)

    def search(self, text: str) -> list[NamedHit]:
        with self.vault.session() as session:
            hits = search.search_everything(session, text, SEARCH_LIMIT)
            ids = list(dict.fromkeys(h.client_id for h in hits if h.client_id))
            rows = {row.id: row for row in caseload.caseload_rows(session, ids)}
            of = {kind: [h.record_id for h in hits if h.kind == kind] for kind in ("note", "task")}
            dates: dict[str, datetime | date | None] = {
                **lookups.note_times(session, of["note"]),
                **lookups.task_due_dates(session, of["task"]),
            }
        return [NamedHit(h, rows.get(h.client_id or ""), dates.get(h.record_id)) for h in hits]

    def today(self) -> TodayData:
        with self.vault.session() as session:
            view = today.today_view(session, self.vault.owner_id, local_today())
            items: tuple[_AboutAClient, ...] = (
                *view.visits,
                *view.due_today,
                *view.overdue_tasks,
                *view.reassessments_due,
                *view.expiring_consents,
                *view.referral_follow_ups,
                *view.without_consent,
            )
            ids = list(dict.fromkeys(i.client_id for i in items if i.client_id))
            rows = caseload.caseload_rows(session, ids)
        return TodayData(view, {row.id: row for row in rows})

    # -- one client ---------------------------------------------------------------------
    def client_record(self, client_id: str) -> ClientRecord:
        with self.vault.session() as session:
            return records.get_client_record(session, client_id)

    def timeline(self, client_id: str) -> list[TimelineEntry]:
        with self.vault.session() as session:
            return timeline.client_timeline(session, client_id)

    def conflicts(self, client_id: str) -> list[ConflictView]:
        with self.vault.session() as session:
            return conflicts.conflicts_for_client(session, client_id)

    def declare_conflict(self, client_id: str, relationship: str, description: str) -> str:
        with self.vault.session() as session:
            return conflicts.declare_conflict(
                session, self.vault.owner_id, relationship, description, client_id=client_id
            )

    # -- the case process ---------------------------------------------------------------
    def stage_history(self, case_id: str) -> list[HistoryLine]:
        with self.vault.session() as session:
            names = {w.id: w.display_name for w in lookups.known_workers(session)}
            events = casework.stage_history(session, case_id)
        unknown = QCoreApplication.translate("VaultAccess", "another worker")  # thread-safe
        return [HistoryLine(e, names.get(e.changed_by or "", unknown)) for e in events]

    def move_stage(
        self,
        case_id: str,
        target: CaseStage,
        reason: str | None,
        checklist: ClosureChecklist | None = None,
    ) -> str:
        with self.vault.session() as session:
            return casework.move_stage(
                session, case_id, target, self.vault.owner_id, reason, checklist
            )

    def workers(self) -> list[WorkerChoice]:
        with self.vault.session() as session:
            return lookups.known_workers(session)

    def transfer_case(self, case_id: str, to_worker_id: str, reason: str, handover: str) -> str:
        with self.vault.session() as session:
            return casework.transfer_case(
                session, case_id, to_worker_id, self.vault.owner_id, reason, handover
            )

    # -- the plan -----------------------------------------------------------------------
    def case_plan(self, case_id: str) -> CasePlan:
        with self.vault.session() as session:
            return plan.case_plan(session, case_id, local_today())

    def add_goal(self, case_id: str, title: str, description: str, target: date | None) -> str:
        with self.vault.session() as session:
            return plan.add_goal(session, case_id, title, description, target_date=target)

    def add_objective(
        self,
        goal_id: str,
        description: str,
        measure: str,
        baseline: str | None,
        target_value: str,
        target: date | None,
    ) -> str:
        with self.vault.session() as session:
            return plan.add_objective(
                session, goal_id, description, measure, baseline, target_value, target
            )

    # -- tasks and visits ---------------------------------------------------------------
    def add_task(self, client_id: str, case_id: str | None, title: str, due: date | None) -> str:
        with self.vault.session() as session:
            return activity.add_task(
                session,
                title,
                due,
                case_id=case_id,
                client_id=client_id,
                assigned_to_id=self.vault.owner_id,
            )

    def set_task_done(self, task_id: str, done: bool) -> activity.TaskState:
        with self.vault.session() as session:
            if done:
                return activity.complete_task(session, task_id)
            return activity.reopen_task(session, task_id)

    def schedule_visit(
        self,
        client_id: str,
        case_id: str | None,
        contact_type: str,
        at_utc: datetime,
        minutes: int,
        location: str | None,
        purpose: str | None,
    ) -> str:
        with self.vault.session() as session:
            return activity.schedule_visit(
                session,
                client_id,
                self.vault.owner_id,
                contact_type,
                at_utc,
                minutes,
                location,
                purpose,
                case_id,
            )

    # -- the vault ----------------------------------------------------------------------
    def worker_name(self) -> str:
        return vaults.worker_name(self.vault)

    def checkpoint(self) -> int:
        """At a quiet moment: copy the WAL into the database. Returns the pages copied so far
        (0 when locked); see Vault.checkpoint."""
        done = self.vault.checkpoint()
        return 0 if done is None else done.copied

    def lock(self) -> None:
        self.vault.lock()


def profile_status(profile: Path) -> VaultStatus:
    return vaults.vault_status(profile)


def unlock(profile: Path, passphrase: bytearray) -> Vault:
    """The passphrase is wiped whatever happens (app/services/vaults.open_vault)."""
    return vaults.open_vault(profile, passphrase)


def create(profile: Path, passphrase: str, worker_name: str, use_keyring: bool) -> Vault:
    return vaults.create_vault(profile, passphrase, worker_name, use_keyring=use_keyring)


def recovery_configured() -> bool:
    return vaults.office_recovery_key() is not None


def keyring_available() -> bool:
    return vaults.keyring_available()
