"""Small read-only lookups the screens need for labels, never for content: the workers known on
this device (to name who did what and to choose whom to hand a case to), when a note was
written and when a task is due (to tell search matches apart). Nothing here reads a client's
words, so nothing here is audited."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CaseNote, Task, WorkerProfile


@dataclass(frozen=True)
class WorkerChoice:
    id: str
    display_name: str
    role: str  # worker | supervisor
    is_device_owner: bool


def known_workers(session: Session) -> list[WorkerChoice]:
    """Every worker profile on this device, the device owner first, then by name."""
    rows = session.scalars(
        select(WorkerProfile)
        .where(WorkerProfile.deleted.is_(False))
        .order_by(WorkerProfile.is_device_owner.desc(), WorkerProfile.display_name)
    )
    return [WorkerChoice(w.id, w.display_name, w.role, w.is_device_owner) for w in rows]


def note_times(session: Session, note_ids: Sequence[str]) -> dict[str, datetime]:
    """When each note happened (stored UTC), by note id."""
    if not note_ids:
        return {}
    rows = session.execute(
        select(CaseNote.id, CaseNote.occurred_at).where(CaseNote.id.in_(list(note_ids)))
    )
    return {note_id: at for note_id, at in rows}


def task_due_dates(session: Session, task_ids: Sequence[str]) -> dict[str, date | None]:
    """When each task is due (None: no date), by task id."""
    if not task_ids:
        return {}
    rows = session.execute(select(Task.id, Task.due_on).where(Task.id.in_(list(task_ids))))
    return {task_id: due for task_id, due in rows}
