"""Legal documents (case notes, consents), attachments and conflict-of-interest declarations.

A signed note is never edited: a correction or late entry is a new note whose `amends_id`
points at the original. A consent is never edited once signed: revocation, renewal or a
change of scope is a new consent record pointing at the one it revokes or supersedes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Synced, ref


class CaseNote(Synced, Base):
    __tablename__ = "case_note"
    # Every index costs page writes on each insert, so only what is searched: drafts by
    # author (open_drafts) and addenda by original, both partial (a signed note has no drafts
    # entry, a note amending nothing no amends entry). Signer, cosigner and status alone are
    # never searched. Migration 0003; docs/benchmarks.md, caseload finding 4.
    __table_args__ = (
        Index("ix_case_note_drafts", "author_id", sqlite_where=text("status = 'draft'")),
        Index("ix_case_note_amends_id", "amends_id", sqlite_where=text("amends_id IS NOT NULL")),
    )

    client_id: Mapped[str] = ref("client")
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    author_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)
    template: Mapped[str] = mapped_column(String(20), default="free")  # dap|soap|birp|free
    kind: Mapped[str] = mapped_column(String(20), default="note")  # note|addendum|late_entry
    contact_type: Mapped[str | None] = mapped_column(String(20))
    occurred_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    location: Mapped[str | None] = mapped_column(String(300))
    participants: Mapped[str | None] = mapped_column(Text)
    goals_addressed: Mapped[list[str]] = mapped_column(JSON, default=list)
    sections: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # e.g. {"data": …}
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft|signed
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    amends_id: Mapped[str | None] = ref("case_note", nullable=True, index=False)
    amendment_reason: Mapped[str | None] = mapped_column(Text)
    cosigned_by_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)
    cosigned_at: Mapped[datetime | None] = mapped_column(DateTime)


class Consent(Synced, Base):
    __tablename__ = "consent"
    # The caseload's "consent expiring" column looks up one client's consents by expiry; the
    # composite index also serves lookups by client alone (migration 0003).
    __table_args__ = (Index("ix_consent_client_id_expires_on", "client_id", "expires_on"),)

    client_id: Mapped[str] = ref("client", index=False)
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    scope: Mapped[str] = mapped_column(String(30))  # release_of_information|services|recording|…
    purpose: Mapped[str] = mapped_column(Text)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    information_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    effective_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, index=True)
    signer_name: Mapped[str] = mapped_column(String(200))
    signer_authority: Mapped[str] = mapped_column(String(30))  # self|guardian|parent|poa|…
    signer_relationship: Mapped[str | None] = mapped_column(String(100))
    method: Mapped[str] = mapped_column(String(20))  # app.core.consent.METHODS
    witnessed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    language: Mapped[str] = mapped_column(String(35))
    large_print: Mapped[bool] = mapped_column(default=False)
    template_id: Mapped[str] = mapped_column(String(100))
    template_version: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    # stored: draft | active | revocation (a record withdrawing another); what a worker sees
    # (expiring, expired, revoked, superseded) is derived: app.core.consent.consent_status
    signed_at: Mapped[datetime | None] = mapped_column(DateTime)
    document_hash: Mapped[str | None] = mapped_column(String(64))
    revokes_id: Mapped[str | None] = ref("consent", nullable=True)
    supersedes_id: Mapped[str | None] = ref("consent", nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    revocation_reason: Mapped[str | None] = mapped_column(Text)
    # Migration 0005: what the signed form said and who stood behind it (app/core/consent.py).
    authority_document: Mapped[str | None] = mapped_column(String(300))
    client_assent: Mapped[str | None] = mapped_column(String(20))  # assented|objected|not_able
    witness_name: Mapped[str | None] = mapped_column(String(200))
    confidentiality_explained: Mapped[bool] = mapped_column(default=False)
    revocation_method: Mapped[str | None] = mapped_column(String(20))
    recorded_by_id: Mapped[str | None] = ref("worker_profile", nullable=True, index=False)
    subject_name: Mapped[str | None] = mapped_column(String(200))  # the client's name as printed
    document_text: Mapped[str | None] = mapped_column(Text)  # the exact text shown; hashed
    seal_hash: Mapped[str | None] = mapped_column(String(64))  # over the fields and the text


class Attachment(Synced, Base):
    """A file kept inside the encrypted database (scanned consent, letter, photo)."""

    __tablename__ = "attachment"

    owner_entity: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ConflictDeclaration(Synced, Base):
    """A worker's declared conflict of interest with a client or case, for supervisor review."""

    __tablename__ = "conflict_declaration"

    worker_id: Mapped[str] = ref("worker_profile")
    client_id: Mapped[str | None] = ref("client", nullable=True)
    case_id: Mapped[str | None] = ref("case_file", nullable=True)
    relationship: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    disclosed_on: Mapped[date] = mapped_column(Date)
    review_status: Mapped[str] = mapped_column(String(20), default="pending")
    reviewed_by_id: Mapped[str | None] = ref("worker_profile", nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    review_note: Mapped[str | None] = mapped_column(Text)
