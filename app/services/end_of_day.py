"""End of the day: what is still open before a sync, and the automatic-sync setting.

`before_sync` lists what the worker may want to finish before their changes go to the office:
their unsigned draft notes, their visits whose time has passed but were never marked done,
missed or cancelled, and how many changes and activity-log entries wait to be sent. Client
names are included for the app's own window only (never a title or a notification).

The automatic-sync setting lives inside the vault, in the device's `sync_state` table (local
facts, never synced): whether the app syncs by itself, and the office's daily sync time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CaseNote, Client, SyncState, Visit
from app.models.base import utcnow
from app.services.sync import sync_status
from app.store.audit import record_event

LIST_LIMIT = 200
AUTO_SYNC = "auto_sync"  # "on" | "off"; missing: on
DAILY_TIME = "auto_sync_daily_time"  # "HH:MM" local time; missing: none


@dataclass(frozen=True)
class PendingDraft:
    note_id: str
    client_id: str
    client_name: str
    occurred_at: datetime  # naive UTC


@dataclass(frozen=True)
class PendingVisit:
    visit_id: str
    client_id: str
    client_name: str
    scheduled_at: datetime  # naive UTC
    contact_type: str


@dataclass(frozen=True)
class BeforeSync:
    drafts: tuple[PendingDraft, ...]
    visits: tuple[PendingVisit, ...]
    unsent_changes: int
    unsent_audit_events: int

    @property
    def anything(self) -> bool:
        """Something the worker should see before syncing (unsent changes alone are not:
        sending them is what a sync is for, so they are shown but do not stop it)."""
        return bool(self.drafts or self.visits)


@dataclass(frozen=True)
class AutoSyncSettings:
    enabled: bool
    daily_time: time | None  # local wall-clock time the office asks every laptop to sync


def _names(session: Session, client_ids: set[str]) -> dict[str, str]:
    if not client_ids:
        return {}
    rows = session.scalars(select(Client).where(Client.id.in_(client_ids)))
    return {row.id: row.display_name for row in rows}


def _drafts(session: Session, worker_id: str) -> list[CaseNote]:
    query = (
        select(CaseNote)
        .where(CaseNote.author_id == worker_id, CaseNote.status == "draft")
        .where(CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_at)
    )
    return list(session.scalars(query.limit(LIST_LIMIT)))


def _past_visits(session: Session, worker_id: str, now: datetime) -> list[Visit]:
    query = (
        select(Visit)
        .where(Visit.worker_id == worker_id, Visit.status == "scheduled")
        .where(Visit.scheduled_at <= now, Visit.deleted.is_(False))
        .order_by(Visit.scheduled_at)
    )
    return list(session.scalars(query.limit(LIST_LIMIT)))


def before_sync(session: Session, worker_id: str, now: datetime | None = None) -> BeforeSync:
    """What is still open for `worker_id` at `now` (naive UTC; default: the clock)."""
    notes = _drafts(session, worker_id)
    visits = _past_visits(session, worker_id, now or utcnow())
    names = _names(session, {n.client_id for n in notes} | {v.client_id for v in visits})
    status = sync_status(session)
    return BeforeSync(
        drafts=tuple(_draft(note, names.get(note.client_id, "")) for note in notes),
        visits=tuple(_visit(visit, names.get(visit.client_id, "")) for visit in visits),
        unsent_changes=status.pending_changes,
        unsent_audit_events=status.unsent_audit_events,
    )


def _draft(note: CaseNote, name: str) -> PendingDraft:
    return PendingDraft(note.id, note.client_id, name, note.occurred_at)


def _visit(visit: Visit, name: str) -> PendingVisit:
    return PendingVisit(visit.id, visit.client_id, name, visit.scheduled_at, visit.contact_type)


# -- the automatic-sync setting ---------------------------------------------------------------
def _get(session: Session, key: str) -> str | None:
    row = session.get(SyncState, key)
    return row.value if row is not None else None


def _put(session: Session, key: str, value: str | None) -> None:
    row = session.get(SyncState, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def parse_daily_time(text: str | None) -> time | None:
    """ "17:30" -> 17:30; empty or unreadable -> None (no daily sync)."""
    try:
        return time.fromisoformat(text.strip()).replace(second=0, microsecond=0) if text else None
    except ValueError:
        return None


def auto_sync_settings(session: Session) -> AutoSyncSettings:
    enabled = _get(session, AUTO_SYNC) != "off"
    return AutoSyncSettings(enabled, parse_daily_time(_get(session, DAILY_TIME)))


def set_auto_sync(session: Session, enabled: bool) -> AutoSyncSettings:
    _put(session, AUTO_SYNC, "on" if enabled else "off")
    record_event(session, "sync.auto_set", enabled=enabled)
    return auto_sync_settings(session)


def set_daily_time(session: Session, daily: time | None) -> AutoSyncSettings:
    _put(session, DAILY_TIME, daily.strftime("%H:%M") if daily is not None else None)
    record_event(session, "sync.daily_time_set", at=daily.strftime("%H:%M") if daily else None)
    return auto_sync_settings(session)
