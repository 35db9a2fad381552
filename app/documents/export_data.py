"""What the documents that leave the vault show, as frozen plain data.

The services (app/services/exports.py) fill these from the vault in one unit of work; the
documents (packet.py, record_pdf.py, court_copy.py) lay them out. Redaction
(app/documents/redaction.py) rewrites the strings of a RecordExport before layout, so
everything a document prints is a field here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class NoteEntry:
    """A signed note (or addendum) as printed: its sections, who signed it and its seal."""

    id: str
    kind: str  # note | addendum | late_entry
    template: str  # the template's name
    occurred_at: datetime
    contact_type: str | None
    location: str | None
    participants: str | None
    sections: tuple[Field, ...]
    author: str
    signed_by: str
    signed_at: datetime | None
    content_hash: str | None
    verifies: bool
    amends_id: str | None = None
    amendment_reason: str | None = None
    addenda: tuple[NoteEntry, ...] = ()


@dataclass(frozen=True)
class GoalEntry:
    case_number: str
    title: str
    description: str
    status: str
    target_date: date | None
    objectives: tuple[str, ...]


@dataclass(frozen=True)
class AssessmentEntry:
    case_number: str
    kind: str
    assessed_on: date
    risk_level: str
    needs: str
    strengths: str
    risks: str


@dataclass(frozen=True)
class ConsentEntry:
    kind: str
    status: str
    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    effective_on: date
    expires_on: date | None
    signer_name: str


@dataclass(frozen=True)
class ViewEntry:
    """Someone who opened the record: the worker's name and when (from the audit log)."""

    worker: str
    at: str  # ISO timestamp, as the audit log keeps it
    what: str  # record | note | intake


@dataclass(frozen=True)
class DisclosureEntry:
    disclosed_at: str
    recipient: str
    purpose: str
    basis: str
    by: str
    told: str  # whether and when the client was told


@dataclass(frozen=True)
class PacketData:
    """A disclosure packet: the cover page's facts and the items selected for it."""

    client_name: str
    recipient: str
    purpose: str
    categories: tuple[str, ...]
    basis: str  # "Consent <id>, signed <date>" or the legal basis and its reason
    prepared_by: str
    prepared_on: date
    profile: tuple[Field, ...] = ()
    notes: tuple[NoteEntry, ...] = ()
    goals: tuple[GoalEntry, ...] = ()
    assessments: tuple[AssessmentEntry, ...] = ()


@dataclass(frozen=True)
class RecordExport:
    """A client's own record, as released to the client."""

    client_name: str
    prepared_by: str
    prepared_on: date
    profile: tuple[Field, ...]
    goals: tuple[GoalEntry, ...]
    assessments: tuple[AssessmentEntry, ...]
    notes: tuple[NoteEntry, ...]
    consents: tuple[ConsentEntry, ...]
    views: tuple[ViewEntry, ...]
    disclosures: tuple[DisclosureEntry, ...] | None  # None: this copy keeps no disclosures
    # Other people the record names (for redaction): (kind, name, phone, email)
    others: tuple[tuple[str, str, str | None, str | None], ...] = ()
    # What is not other people's: the client's names, phone and address, the workers' names
    own_details: tuple[str, ...] = ()
    # The language it is printed in: the client's (app/documents/client_words.py)
    language: str = "en"


@dataclass(frozen=True)
class CourtCopyData:
    client_name: str
    title: str  # "Case note <id>" or "Case file <number>"
    prepared_by: str
    prepared_on: date
    notes: tuple[NoteEntry, ...]
