"""What the note editor may ask of an unlocked vault.

Every method except `check_language` runs on the worker thread (through a task runner) and is
one unit of work of its own, so no session or ORM object outlives a call or reaches the GUI
thread. Results are plain frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from app.core.language import LanguageFinding
from app.core.notes import note_text
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.services import language, notes, plan, vaults
from app.services.notes import NoteFields, NoteView
from app.services.vaults import Vault

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FIRST_WORDS = 12
OTHER_WORKER = QT_TRANSLATE_NOOP("NoteEditor", "another worker")


@dataclass(frozen=True)
class NoteDetail:
    """A note as the editor shows it: the note, who signed it, and the notes around it."""

    note: NoteView
    signer_name: str | None = None
    verified: bool | None = None  # signed notes: does the content still match its hash?
    original: NoteView | None = None  # addenda: the signed note they amend
    addenda: tuple[NoteView, ...] = ()
    signers: Mapping[str, str] = field(default_factory=dict)  # note id -> who signed it


@dataclass(frozen=True)
class GoalChoice:
    id: str
    title: str
    status: str


@dataclass(frozen=True)
class DraftSummary:
    """One unfinished draft, for the "resume" list."""

    id: str
    client_id: str
    occurred_at: datetime  # stored UTC
    template: str
    kind: str
    first_words: str
    client_name: str = ""  # who the note is about (client data: never in a window title)


def first_words(note: NoteView, count: int = FIRST_WORDS) -> str:
    words = note_text(note.sections).split()
    text = " ".join(words[:count])
    return text + ("…" if len(words) > count else "")


class NotesAccess:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._owner: str | None = None  # the worker's display name, read once (worker thread)

    # -- drafts -------------------------------------------------------------------------
    def start(
        self, client_id: str, template: str, author_id: str, case_id: str | None = None
    ) -> NoteDetail:
        with self.vault.session() as session:
            note = notes.start_note(session, client_id, template, author_id, case_id)
        return NoteDetail(note)

    def save_draft(self, note_id: str, fields: NoteFields) -> NoteView:
        """Raises NoteLocked when the note was signed meanwhile."""
        with self.vault.session() as session:
            return notes.save_draft(session, note_id, fields)

    def change_template(
        self, note_id: str, template: str, author_id: str, fields: NoteFields
    ) -> NoteDetail:
        """Swap an empty draft for one from another template, keeping the other fields."""
        with self.vault.session() as session:
            old = notes.get_note(session, note_id)
            if any(text.strip() for text in old.sections.values()) or old.amends_id:
                raise Refusal(
                    QT_TRANSLATE_NOOP(
                        "Refusal", "The template can only be changed while the note is empty."
                    )
                )
            notes.discard_draft(session, note_id)
            new = notes.start_note(session, old.client_id, template, author_id, old.case_id)
            saved = notes.save_draft(session, new.id, replace(fields, sections={}))
        return NoteDetail(saved)

    def discard(self, note_id: str) -> None:
        with self.vault.session() as session:
            notes.discard_draft(session, note_id)

    def discard_if_empty(self, note_id: str, fields: NoteFields | None = None) -> bool:
        """Closing: write what is on screen, then delete the draft if nothing was entered (the
        service decides, and keeps a draft with content or a signed note). One unit of work,
        so an earlier autosave still queued cannot leave text behind in a deleted draft."""
        with self.vault.session() as session:
            if fields is not None:
                notes.save_draft(session, note_id, fields)
            return notes.discard_empty_draft(session, note_id)

    def open_drafts(self, author_id: str) -> list[DraftSummary]:
        with self.vault.session() as session:
            drafts = notes.open_drafts(session, author_id)
            names = notes.client_names(session, {d.client_id for d in drafts})
        return [
            DraftSummary(
                d.id,
                d.client_id,
                d.occurred_at,
                d.template,
                d.kind,
                first_words(d),
                names.get(d.client_id, ""),
            )
            for d in drafts
        ]

    # -- signing and addenda ------------------------------------------------------------
    def sign(self, note_id: str, signer_id: str, fields: NoteFields | None = None) -> NoteDetail:
        """Save what is on screen and sign it, in one unit of work."""
        with self.vault.session() as session:
            if fields is not None:
                notes.save_draft(session, note_id, fields)
            notes.sign_note(session, note_id, signer_id)
            detail = self._detail(session, note_id)
        return self._named(detail)

    def add_addendum(self, original_id: str, author_id: str, kind: str, reason: str) -> NoteDetail:
        """A new addendum (or late entry) draft pointing at the signed note."""
        with self.vault.session() as session:
            note = notes.add_addendum(session, original_id, author_id, reason, kind)
            detail = self._detail(session, note.id)
        return self._named(detail)

    def get(self, note_id: str) -> NoteDetail:
        with self.vault.session() as session:
            detail = self._detail(session, note_id)
        return self._named(detail)

    @staticmethod
    def _detail(session: Session, note_id: str) -> NoteDetail:
        note = notes.get_note(session, note_id)
        original = notes.get_note(session, note.amends_id) if note.amends_id else None
        addenda = tuple(notes.get_note(session, a) for a in note.addenda)
        verified = notes.verify_note(session, note_id) if note.is_signed else None
        return NoteDetail(note, None, verified, original, addenda)

    def _named(self, detail: NoteDetail) -> NoteDetail:
        """Who signed each note. This vault knows its own worker's name; other workers'
        profiles may not be on this device, so they are named generically."""
        shown = [detail.note, *detail.addenda, *([detail.original] if detail.original else [])]
        owner = self.vault.owner_id
        signers = {
            n.id: self._owner_name() if n.signed_by_id == owner else OTHER_WORKER
            for n in shown
            if n.signed_by_id
        }
        return replace(detail, signer_name=signers.get(detail.note.id), signers=signers)

    def _owner_name(self) -> str:
        if self._owner is None:
            self._owner = vaults.worker_name(self.vault)
        return self._owner

    # -- around the note ----------------------------------------------------------------
    def goals_for_case(self, case_id: str) -> list[GoalChoice]:
        with self.vault.session() as session:
            goals = plan.case_plan(session, case_id).goals
        return [GoalChoice(g.id, g.title, g.status) for g in goals]

    @staticmethod
    def check_language(text: str) -> list[LanguageFinding]:
        """Pure (no database): safe to call on the GUI thread."""
        return language.check_language(text)
