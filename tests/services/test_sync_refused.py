"""Changes the office refused, as the worker reviews them: which record, whose, why, newest
first; and dismissing a notice once dealt with. The refusals are real ones, from an office
server running in process: a note signed on the worker's other device, then edited here, and
a task edited here after its case was reassigned to a colleague."""

from __future__ import annotations

import time
import warnings

warnings.filterwarnings("ignore", message=".*httpx2.*")  # starlette's TestClient, at import

from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import select  # noqa: E402

from app.models import AuditEvent, CaseNote, SyncRejection, Task  # noqa: E402
from app.models.base import utcnow  # noqa: E402
from app.services import sync as sync_service  # noqa: E402
from app.services.records import NotFound  # noqa: E402
from app.services.vaults import Vault  # noqa: E402
from server import admin  # noqa: E402
from tests.sync.factory import add_caseload, write_note  # noqa: E402
from tests.sync.office import Office  # noqa: E402

# A case handed over stays writable for changes stamped up to this long after the handover
# (clock skew); kept short so an edit made a moment later is refused.
SKEW_MS = 100


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    made = Office.in_process(tmp_path / "office", max_skew_ms=SKEW_MS)
    yield made
    made.close()


@dataclass(frozen=True)
class Refusals:
    laptop: Vault
    rosa: str  # client whose signed note was edited here: still on the laptop
    note_id: str
    task_id: str  # Marisol's task, edited after her case was reassigned: she is purged


def refuse_a_sealed_note(office: Office, laptop: Vault, tablet: Vault) -> tuple[str, str]:
    """The note is signed on the tablet while the laptop still edits its draft."""
    rosa = add_caseload(laptop, "Rosa", "Delgado")
    write_note(laptop, rosa.note_id, "Draft, first visit.")
    office.sync(laptop)
    office.sync(tablet)
    write_note(tablet, rosa.note_id, "Signed on the tablet.", sign=True)
    office.sync(tablet)
    write_note(laptop, rosa.note_id, "Edited on the laptop, offline.")
    assert [r["reason"] for r in office.sync(laptop).rejected] == ["sealed"]
    return rosa.client_id, rosa.note_id


def refuse_a_reassigned_task(office: Office, laptop: Vault, colleague: str) -> str:
    marisol = add_caseload(laptop, "Marisol", "Quintero")
    office.sync(laptop)
    admin.assign_case(office.settings, marisol.case_id, colleague)
    time.sleep(3 * SKEW_MS / 1000)  # the laptop edits after the handover, not knowing of it
    with laptop.session() as session:
        session.get(Task, marisol.task_id).title = "Call the landlord again"
    receipt = office.sync(laptop)
    assert [r["reason"] for r in receipt.rejected] == ["forbidden_scope"]
    return marisol.task_id


@pytest.fixture
def refusals(office: Office, tmp_path: Path) -> Refusals:
    worker, colleague = office.user("alex"), office.user("ben")
    laptop = office.device(tmp_path / "laptop", worker)
    tablet = office.device(tmp_path / "tablet", worker)
    rosa, note_id = refuse_a_sealed_note(office, laptop, tablet)
    task_id = refuse_a_reassigned_task(office, laptop, colleague)
    return Refusals(laptop, rosa, note_id, task_id)


def test_refused_changes_say_which_record_whose_and_why_newest_first(refusals) -> None:
    with refusals.laptop.session() as session:
        task, note = sync_service.refused_changes(session)
        assert sync_service.count_refused(session) == 2
        assert sync_service.sync_status(session).rejected_changes == 2
    assert (note.entity, note.record_id, note.kind, note.reason) == (
        "case_note",
        refusals.note_id,
        "Case note",
        "sealed",
    )
    assert (note.client_id, note.client_name, note.on_device) == (
        refusals.rosa,
        "Rosa Delgado",
        True,
    )
    assert (task.kind, task.record_id, task.reason) == ("Task", refusals.task_id, "forbidden_scope")
    # Marisol went with her case: the notice stays, but names nobody and opens nothing.
    assert (task.client_id, task.client_name, task.on_device) == (None, None, False)
    assert task.at >= note.at and isinstance(task.at, datetime)


def test_dismissing_removes_the_notice_only_and_is_audited(refusals) -> None:
    with refusals.laptop.session() as session:
        _task, note = sync_service.refused_changes(session)
        sync_service.dismiss_refused(session, note.seq)
    with refusals.laptop.session() as session:
        assert [r.kind for r in sync_service.refused_changes(session)] == ["Task"]
        assert sync_service.count_refused(session) == 1
        assert session.get(CaseNote, refusals.note_id) is not None  # the record stays
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "sync.refusal_dismissed")
        ).one()
        assert (event.entity, event.record_id) == ("case_note", refusals.note_id)
        assert event.detail == {"seq": note.seq, "reason": "sealed"}  # ids and codes only
        with pytest.raises(NotFound):
            sync_service.dismiss_refused(session, note.seq)


def reject(session, seq: int, entity: str, record_id: str, reason: str, minutes: int) -> None:
    at = utcnow() - timedelta(minutes=minutes)
    session.add(SyncRejection(seq=seq, entity=entity, record_id=record_id, reason=reason, at=at))


def test_the_list_is_bounded_and_names_every_kind(vault) -> None:
    with vault.session() as session:
        reject(session, 1, "worker_profile", vault.owner_id, "not_your_profile", minutes=30)
        reject(session, 2, "", "", "audit_chain", minutes=20)  # the engine knew no record
        reject(session, 3, "goal", "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee", "sealed", minutes=10)
    with vault.session() as session:
        views = sync_service.refused_changes(session)
        assert [v.seq for v in sync_service.refused_changes(session, limit=2)] == [3, 2]
    assert [(v.kind, v.on_device, v.client_id) for v in views] == [
        ("Case plan goal", False, None),
        ("Change", False, None),
        ("Worker profile", True, None),  # the worker's own record: about no client
    ]
    assert sync_service.record_kind("new_kind_of_record") == "New kind of record"
    with vault.session() as session:
        sync_service.dismiss_refused(session, 2)  # a notice naming no record goes too
        assert sync_service.count_refused(session) == 2
