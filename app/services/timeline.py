"""One client's history on a single line of time, newest first: visits, case notes (with
addenda and late entries marked as such), tasks, stage changes, transfers, consents,
referrals and conflict-of-interest declarations.

Entries hold ids and short text only. Each source is read with its own bounded query (its
newest `limit` rows, ordered in SQL by the time the entry shows), then merged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.stages import CaseStage
from app.core.timeutil import utcnow
from app.models import (
    Case,
    CaseNote,
    CaseTransfer,
    Client,
    ConflictDeclaration,
    Consent,
    Referral,
    StageChange,
    Task,
    Visit,
    WorkerProfile,
)
from app.services.fields import load, start_of
from app.services.referrals import OPEN_CODES
from app.services.timeline_words import (
    CONTACT,
    CONTACT_TITLES,
    NOTE_TITLES,
    REASON,
    Words,
    amendment_title,
    by_words,
    consent_detail,
    note_title,
    stage_words,
    task_detail,
    words,
)
from app.store.audit import record_event

LIMIT = 200
SHORT = 120
EXPIRING_DAYS = 30


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # visit|note|task|stage|transfer|consent|referral|conflict
    at: datetime
    title: str  # English, for logs and tests; the screens word `title_words`
    detail: str
    record_id: str
    flags: tuple[str, ...] = ()  # codes, worded by the screens
    related_id: str | None = None  # the note an addendum amends, the consent a revocation ends
    title_words: Words | None = None  # None: `title` is the worker's own text, shown as is
    detail_words: Words | None = None  # None: `detail` is the worker's own text, shown as is


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def _stage(value: str) -> str:
    try:
        return CaseStage(value).label
    except ValueError:
        return value


def _visits(session: Session, client_id: str, now: datetime, limit: int) -> list[TimelineEntry]:
    rows = session.scalars(
        select(Visit)
        .where(Visit.client_id == client_id, Visit.deleted.is_(False))
        .order_by(Visit.scheduled_at.desc())
        .limit(limit)
    )
    entries = []
    for v in rows:
        flags = [v.status.replace("_", " ")]
        if v.status == "scheduled" and v.scheduled_at < now:
            flags.append("overdue")
        title = CONTACT_TITLES.get(v.contact_type, CONTACT)
        detail = _short(v.purpose or v.location)
        entries.append(
            TimelineEntry(
                "visit", v.scheduled_at, title, detail, v.id, tuple(flags), None, words(title)
            )
        )
    return entries


def _note_entry(note: CaseNote, amended_at: datetime | None) -> TimelineEntry:
    flags = [note.status]
    if note.cosigned_at is not None:
        flags.append("co-signed")
    if note.kind in NOTE_TITLES:
        flags.insert(0, NOTE_TITLES[note.kind].lower())
        title, title_words = amendment_title(note.kind, amended_at)
        reason = _short(note.amendment_reason)
        detail = _short(f"Reason: {note.amendment_reason or ''}")
        detail_words: Words | None = words(REASON, reason=reason)
    else:
        title, title_words = note_title(note.template)
        detail = _short(next((str(v) for v in (note.sections or {}).values() if v), ""))
        detail_words = None
    return TimelineEntry(
        "note", note.occurred_at, title, detail, note.id, tuple(flags), note.amends_id,
        title_words, detail_words,
    )  # fmt: skip


def _notes(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    original = aliased(CaseNote)
    rows = session.execute(
        select(CaseNote, original.occurred_at)
        .outerjoin(original, original.id == CaseNote.amends_id)
        .where(CaseNote.client_id == client_id, CaseNote.deleted.is_(False))
        .order_by(CaseNote.occurred_at.desc())
        .limit(limit)
    )
    return [_note_entry(note, amended_at) for note, amended_at in rows]


def _tasks(session: Session, client_id: str, today: date, limit: int) -> list[TimelineEntry]:
    rows = session.scalars(
        select(Task)
        .where(Task.client_id == client_id, Task.deleted.is_(False))
        .order_by(func.coalesce(Task.done_at, Task.due_on, Task.created_at).desc())
        .limit(limit)
    )
    entries = []
    for t in rows:
        flags = ["follow-up"] if t.kind == "follow_up" else []
        if t.done_at is not None:
            flags.append("done")
            at = t.done_at
        else:
            at = start_of(t.due_on) if t.due_on else t.created_at
            if t.due_on is not None and t.due_on < today:
                flags.append("overdue")
        detail, said = task_detail(t.done_at is not None, t.due_on)
        entries.append(
            TimelineEntry("task", at, _short(t.title), detail, t.id, tuple(flags), None, None, said)
        )
    return entries


def _stage_changes(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    rows = session.execute(
        select(StageChange, Case.case_number, WorkerProfile.display_name)
        .join(Case, Case.id == StageChange.case_id)
        .outerjoin(WorkerProfile, WorkerProfile.id == StageChange.changed_by)
        .where(Case.client_id == client_id, Case.deleted.is_(False))
        .order_by(StageChange.changed_at.desc())
        .limit(limit)
    )
    entries = []
    for change, number, who in rows:
        moved = f"{_stage(change.from_stage)} → " if change.from_stage else ""
        title = f"{number}: {moved}{_stage(change.to_stage)}"
        detail = _short(" · ".join(p for p in (change.reason, f"by {who}" if who else "") if p))
        entries.append(
            TimelineEntry(
                "stage", change.changed_at, title, detail, change.id, (), None,
                stage_words(number, change.from_stage, change.to_stage),
                by_words(_short(change.reason), who),
            )
        )  # fmt: skip
    return entries


def _transfers(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    giver, taker = aliased(WorkerProfile), aliased(WorkerProfile)
    rows = session.execute(
        select(CaseTransfer, Case.case_number, giver.display_name, taker.display_name)
        .join(Case, Case.id == CaseTransfer.case_id)
        .outerjoin(giver, giver.id == CaseTransfer.from_worker_id)
        .outerjoin(taker, taker.id == CaseTransfer.to_worker_id)
        .where(Case.client_id == client_id, Case.deleted.is_(False))
        .order_by(CaseTransfer.transferred_at.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            "transfer",
            t.transferred_at,
            f"{number}: transferred from {old or 'unassigned'} to {new or 'another worker'}",
            _short(f"Reason: {t.reason}"),
            t.id,
            title_words=words(
                QT_TRANSLATE_NOOP("Timeline", "{case}: transferred from {old} to {new}"),
                case=number,
                old=old or words(QT_TRANSLATE_NOOP("Timeline", "unassigned")),
                new=new or words(QT_TRANSLATE_NOOP("Timeline", "another worker")),
            ),
            detail_words=words(REASON, reason=_short(t.reason)),
        )
        for t, number, old, new in rows
    ]


def _consent_flags(c: Consent, revoked: bool, superseded: bool, today: date) -> list[str]:
    flags = ["signed" if c.status != "draft" else "draft"]
    flags += ["revoked"] * revoked + ["superseded"] * superseded
    if c.status == "active" and not (revoked or superseded) and c.expires_on is not None:
        if c.expires_on < today:
            flags.append("expired")
        elif c.expires_on <= today + timedelta(days=EXPIRING_DAYS):
            flags.append("expiring")
    return flags


def _consents(session: Session, client_id: str, today: date, limit: int) -> list[TimelineEntry]:
    later = aliased(Consent)
    signed_later = (later.status != "draft", later.deleted.is_(False))
    revoked = exists().where(later.revokes_id == Consent.id, *signed_later)
    superseded = exists().where(later.supersedes_id == Consent.id, *signed_later)
    rows = session.execute(
        select(Consent, revoked, superseded)
        .where(Consent.client_id == client_id, Consent.deleted.is_(False))
        .order_by(func.coalesce(Consent.signed_at, Consent.effective_on).desc())
        .limit(limit)
    )
    entries = []
    for c, was_revoked, was_superseded in rows:
        at = c.signed_at or start_of(c.effective_on)
        if c.revokes_id is not None:
            entries.append(
                TimelineEntry(
                    "consent",
                    c.revoked_at or at,
                    "Consent withdrawn",
                    _short(f"Reason: {c.revocation_reason or ''}"),
                    c.id,
                    ("revoked",),
                    c.revokes_id,
                    words(QT_TRANSLATE_NOOP("Timeline", "Consent withdrawn")),
                    words(REASON, reason=_short(c.revocation_reason)),
                )
            )
            continue
        flags = _consent_flags(c, was_revoked, was_superseded, today)
        scope = c.scope.replace("_", " ")
        until = f"until {c.expires_on}" if c.expires_on else "no end date"
        detail = _short(f"{scope}, {until}")
        title = "Consent renewed" if c.supersedes_id else "Consent"
        entries.append(
            TimelineEntry(
                "consent", at, title, detail, c.id, tuple(flags), None,
                words(QT_TRANSLATE_NOOP("Timeline", "Consent renewed") if c.supersedes_id
                      else QT_TRANSLATE_NOOP("Timeline", "Consent")),
                consent_detail(c.scope, c.expires_on),
            )
        )  # fmt: skip
    return entries


def _referrals(session: Session, client_id: str, today: date, limit: int) -> list[TimelineEntry]:
    rows = session.scalars(
        select(Referral)
        .where(Referral.client_id == client_id, Referral.deleted.is_(False))
        .order_by(Referral.made_on.desc())
        .limit(limit)
    )
    entries = []
    for r in rows:
        flags = [r.status]
        open_ = r.status in OPEN_CODES  # still waiting for an outcome (app/services/referrals)
        if open_ and r.follow_up_on is not None and r.follow_up_on <= today:
            flags.append("follow-up due")
        title = _short(f"Referral: {r.service}, {r.organisation}")
        detail = f"Follow up on {r.follow_up_on}" if r.follow_up_on else ""
        said = QT_TRANSLATE_NOOP("Timeline", "Referral: {service}, {organisation}")
        follow = QT_TRANSLATE_NOOP("Timeline", "Follow up on {day}")
        entries.append(
            TimelineEntry(
                "referral", start_of(r.made_on), title, detail, r.id, tuple(flags), None,
                words(said, service=_short(r.service), organisation=_short(r.organisation)),
                words(follow, day=r.follow_up_on) if r.follow_up_on else None,
            )
        )  # fmt: skip
    return entries


def _conflicts(session: Session, client_id: str, limit: int) -> list[TimelineEntry]:
    rows = session.scalars(
        select(ConflictDeclaration)
        .where(
            or_(
                ConflictDeclaration.client_id == client_id,
                ConflictDeclaration.case_id.in_(select(Case.id).where(Case.client_id == client_id)),
            ),
            ConflictDeclaration.deleted.is_(False),
        )
        .order_by(ConflictDeclaration.disclosed_on.desc())
        .limit(limit)
    )
    return [
        TimelineEntry(
            "conflict",
            start_of(d.disclosed_on),
            "Conflict of interest declared",
            _short(d.relationship),
            d.id,
            ("pending review",) if d.review_status == "pending" else ("reviewed",),
            title_words=words(QT_TRANSLATE_NOOP("Timeline", "Conflict of interest declared")),
        )
        for d in rows
    ]


def client_timeline(
    session: Session, client_id: str, now: datetime | None = None, limit: int = LIMIT
) -> list[TimelineEntry]:
    """The client's history, newest first (at most `limit` entries). Viewing it is audited."""
    load(session, Client, client_id, "client")
    now = now or utcnow()
    today = now.date()
    entries = [
        *_visits(session, client_id, now, limit),
        *_notes(session, client_id, limit),
        *_tasks(session, client_id, today, limit),
        *_stage_changes(session, client_id, limit),
        *_transfers(session, client_id, limit),
        *_consents(session, client_id, today, limit),
        *_referrals(session, client_id, today, limit),
        *_conflicts(session, client_id, limit),
    ]
    entries.sort(key=lambda e: (e.at, e.record_id), reverse=True)
    record_event(session, "client.timeline_viewed", "client", client_id)
    return entries[:limit]
