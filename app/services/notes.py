"""Case notes as legal documents: drafts that autosave, signing that seals, addenda that
correct without rewriting.

A signed note is never changed again (the schema refuses it too). A correction or a late entry
is a new note pointing at the original, with a reason, signed in its own right.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.notes import CONTACT_TYPES, clean_sections, content_hash, template
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import utcnow
from app.models import CaseNote, Client
from app.services.fields import load
from app.store.audit import record_event

ADDENDUM_KINDS = ("addendum", "late_entry")
HASHED_FIELDS = (
    "id",
    "client_id",
    "case_id",
    "author_id",
    "template",
    "kind",
    "contact_type",
    "occurred_at",
    "duration_minutes",
    "location",
    "participants",
    "goals_addressed",
    "sections",
    "amends_id",
    "amendment_reason",
    "signed_by_id",
    "signed_at",
)


class NoteLocked(Refusal):
    """The note is signed: it can only be amended by an addendum."""


@dataclass(frozen=True)
class NoteFields:
    """What the editor can change on a draft."""

    contact_type: str | None = None
    occurred_at: datetime | None = None
    duration_minutes: int | None = None
    location: str | None = None
    participants: str | None = None
    goals_addressed: tuple[str, ...] = ()
    sections: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class NoteView:
    id: str
    client_id: str
    case_id: str | None
    author_id: str | None
    template: str
    kind: str
    contact_type: str | None
    occurred_at: datetime
    duration_minutes: int | None
    location: str | None
    participants: str | None
    goals_addressed: tuple[str, ...]
    sections: dict[str, str]
    status: str
    signed_at: datetime | None
    signed_by_id: str | None
    content_hash: str | None
    amends_id: str | None
    amendment_reason: str | None
    addenda: tuple[str, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.status == "signed"


def _addenda(session: Session, note: CaseNote) -> tuple[str, ...]:
    if note in session.new:
        return ()  # not written yet, so nothing amends it (and no query to autoflush it)
    statement = select(CaseNote.id).where(CaseNote.amends_id == note.id)
    return tuple(session.scalars(statement.order_by(CaseNote.occurred_at)))


def _view(session: Session, note: CaseNote) -> NoteView:
    addenda = _addenda(session, note)
    return NoteView(
        note.id,
        note.client_id,
        note.case_id,
        note.author_id,
        note.template,
        note.kind,
        note.contact_type,
        note.occurred_at,
        note.duration_minutes,
        note.location,
        note.participants,
        tuple(note.goals_addressed or ()),
        dict(note.sections or {}),
        note.status,
        note.signed_at,
        note.signed_by_id,
        note.content_hash,
        note.amends_id,
        note.amendment_reason,
        addenda,
    )


def _load(session: Session, note_id: str) -> CaseNote:
    return load(session, CaseNote, note_id, "note")


def _draft(session: Session, note_id: str) -> CaseNote:
    """The note, including one started in this unit of work and not flushed yet (which
    `session.get` does not see): its content then goes into the same INSERT."""
    for pending in session.new:
        if isinstance(pending, CaseNote) and pending.id == note_id:
            return pending
    return _load(session, note_id)


def start_note(
    session: Session,
    client_id: str,
    template_key: str,
    author_id: str,
    case_id: str | None = None,
    now: datetime | None = None,
) -> NoteView:
    """A new draft from a template, saved at once so a crash never loses it."""
    sections = {s.key: "" for s in template(template_key).sections}
    note = CaseNote(
        id=uuid7(),
        client_id=client_id,
        case_id=case_id,
        author_id=author_id,
        template=template_key,
        kind="note",  # set here, not left to the column default: the view is read unflushed
        occurred_at=(now or utcnow()).replace(microsecond=0),
        goals_addressed=[],
        sections=sections,
        status="draft",
    )
    session.add(note)
    record_event(session, "note.created", "case_note", note.id, template=template_key)
    return _view(session, note)


def save_draft(session: Session, note_id: str, fields: NoteFields) -> NoteView:
    """Autosave: write the editor's current content into the (encrypted) draft. Right after
    `start_note` in the same unit of work, the draft is written once, content included."""
    note = _draft(session, note_id)
    if note.status == "signed":
        raise NoteLocked(
            QT_TRANSLATE_NOOP(
                "Refusal", "This note is signed and cannot be changed. Add an addendum instead."
            )
        )
    if fields.contact_type is not None and fields.contact_type not in CONTACT_TYPES:
        raise ValueError("unknown contact type")  # the editor offers only CONTACT_TYPES
    note.sections = clean_sections(note.template, fields.sections)
    note.contact_type, note.location = fields.contact_type, fields.location
    note.duration_minutes, note.participants = fields.duration_minutes, fields.participants
    note.goals_addressed = list(fields.goals_addressed)
    if fields.occurred_at is not None:
        note.occurred_at = fields.occurred_at.replace(microsecond=0)
    return _view(session, note)


def _hash_fields(note: CaseNote) -> dict[str, object]:
    return {name: getattr(note, name) for name in HASHED_FIELDS}


def sign_note(session: Session, note_id: str, signer_id: str) -> NoteView:
    note = _load(session, note_id)
    if note.status == "signed":
        raise NoteLocked(QT_TRANSLATE_NOOP("Refusal", "This note is already signed."))
    if not any((text or "").strip() for text in (note.sections or {}).values()):
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "An empty note cannot be signed."))
    note.signed_by_id, note.signed_at = signer_id, utcnow().replace(microsecond=0)
    note.content_hash = content_hash(_hash_fields(note))
    note.status = "signed"
    record_event(session, "note.signed", "case_note", note.id, hash=note.content_hash[:16])
    return _view(session, note)


def verify_note(session: Session, note_id: str) -> bool:
    """Does the signed note still match the hash sealed at signing?"""
    note = _load(session, note_id)
    return note.status == "signed" and note.content_hash == content_hash(_hash_fields(note))


def add_addendum(
    session: Session,
    original_id: str,
    author_id: str,
    reason: str,
    kind: str = "addendum",
    now: datetime | None = None,
) -> NoteView:
    """A draft addendum (or late entry) pointing at a signed note."""
    original = _load(session, original_id)
    if original.status != "signed":
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "Only a signed note takes an addendum; edit the draft instead."
            )
        )
    if kind not in ADDENDUM_KINDS or not reason.strip():
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "An addendum needs a kind and a reason."))
    note = CaseNote(
        id=uuid7(),
        client_id=original.client_id,
        case_id=original.case_id,
        author_id=author_id,
        template="free",
        kind=kind,
        contact_type=original.contact_type,
        occurred_at=(now or utcnow()).replace(microsecond=0),
        sections={"text": ""},
        status="draft",
        amends_id=original.id,
        amendment_reason=reason.strip(),
    )
    session.add(note)
    record_event(session, "note.amended", "case_note", note.id, amends=original.id, kind=kind)
    return _view(session, note)


def get_note(session: Session, note_id: str) -> NoteView:
    note = _load(session, note_id)
    record_event(session, "note.viewed", "case_note", note.id)
    return _view(session, note)


def discard_draft(session: Session, note_id: str) -> None:
    note = _load(session, note_id)
    if note.status == "signed":
        raise NoteLocked(QT_TRANSLATE_NOOP("Refusal", "A signed note cannot be discarded."))
    note.deleted = True
    record_event(session, "note.discarded", "case_note", note.id)


def open_drafts(session: Session, author_id: str) -> list[NoteView]:
    """Drafts left open (after a crash or a lock), newest first, to resume them."""
    drafts = session.scalars(
        select(CaseNote)
        .where(
            CaseNote.author_id == author_id, CaseNote.status == "draft", CaseNote.deleted.is_(False)
        )
        .order_by(CaseNote.updated_at.desc())
    )
    return [_view(session, note) for note in drafts]


def has_content(note: NoteView) -> bool:
    """Anything the worker entered: a section's text, the contact's details, a goal, or (an
    addendum or late entry) the reason given for it. The time of the contact is set when the
    draft starts, so only the editor knows whether the worker changed it."""
    written = any(text.strip() for text in note.sections.values())
    details = (note.contact_type, note.duration_minutes, note.location, note.participants)
    return (
        written
        or any(value for value in details)
        or bool(note.goals_addressed)
        or (note.amends_id is not None)
    )


def discard_empty_draft(session: Session, note_id: str) -> bool:
    """Delete a draft the worker left empty (closing the editor right after Ctrl+N). Returns
    False, deleting nothing, for a signed note, a draft with content or one already gone."""
    note = session.get(CaseNote, note_id)
    if note is None or note.deleted or note.status != "draft":
        return False
    if has_content(_view(session, note)):
        return False
    note.deleted = True
    record_event(session, "note.discarded", "case_note", note.id, empty=True)
    return True


def client_names(session: Session, client_ids: set[str]) -> dict[str, str]:
    """Who each unfinished draft is about (the client's display name), to show beside it."""
    clients = (session.get(Client, client_id) for client_id in sorted(client_ids))
    return {client.id: client.display_name for client in clients if client is not None}
