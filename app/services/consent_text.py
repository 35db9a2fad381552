"""The text a consent form shows: its template filled from the record, the hash that seals it,
and checking later that a signed consent still says what was signed.

The text is filled in the client's language from the versioned template the consent names
(resources/consent_forms/), so the same record always gives the same text. At signing the
text is stored on the consent with its SHA-256 (`document_hash`), which the printed QR code
also carries: a paper copy can be matched to its record, and any later change shows.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.core import signature
from app.core.consent import Signer, document_hash, qr_payload
from app.core.consent_forms import ConsentFacts, FilledForm, TemplateError, fill, placeholders
from app.core.notes import content_hash
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.documents.templates import load_template, vocabulary
from app.models import Attachment, Client, Consent, WorkerProfile

# What a signed consent's seal covers besides its text: everything that makes it a legal
# record (who, about whom, what, to whom, when, how), as for a signed note.
FORM_MISSING = QT_TRANSLATE_NOOP(
    "Refusal", "This consent's form is not in this copy of Caseload: update Caseload to show it."
)
SEALED_FIELDS = (
    "id",
    "client_id",
    "case_id",
    "scope",
    "purpose",
    "recipients",
    "information_categories",
    "effective_on",
    "expires_on",
    "signer_name",
    "signer_authority",
    "signer_relationship",
    "authority_document",
    "client_assent",
    "method",
    "witness_name",
    "language",
    "large_print",
    "template_id",
    "template_version",
    "confidentiality_explained",
    "supersedes_id",
    "recorded_by_id",
    "subject_name",
    "signed_at",
    "document_hash",
)


@dataclass(frozen=True)
class ConsentDocument:
    """Everything a PDF of one consent needs, read in one unit of work (no ORM objects)."""

    consent_id: str
    form: FilledForm
    words: dict[str, str]
    qr: str
    large_print: bool
    signed: bool
    strokes: tuple[signature.Stroke, ...] | None
    text_hash: str


def language_of(tag: str) -> str:
    """The primary language of a BCP 47 tag ("es-MX" -> "es")."""
    return (tag or "en").split("-")[0].lower()


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def facts_of(consent: Consent, subject_name: str, worker_name: str, dob: object) -> ConsentFacts:
    return ConsentFacts(
        client_name=subject_name,
        date_of_birth=dob,  # type: ignore[arg-type]
        purposes=_lines(consent.purpose),
        recipients=tuple(consent.recipients or ()),
        categories=tuple(consent.information_categories or ()),
        effective_on=consent.effective_on,
        expires_on=consent.expires_on,
        signer_name=consent.signer_name,
        signer_authority=consent.signer_authority,
        signer_relationship=consent.signer_relationship,
        authority_document=consent.authority_document,
        method=consent.method,
        witness_name=consent.witness_name,
        worker_name=worker_name,
        confidentiality_explained=consent.confidentiality_explained,
        client_assent=consent.client_assent,
    )


def legal_name(client: Client) -> str:
    """The name a form prints: the legal name (a consent is a legal document)."""
    return f"{client.legal_first_name} {client.legal_last_name}"


def _worker_name(session: Session, worker_id: str | None) -> str:
    worker = session.get(WorkerProfile, worker_id) if worker_id else None
    return worker.display_name if worker is not None else ""


def filled_form(session: Session, consent: Consent) -> FilledForm:
    """The form as it reads now: from the record's own fields and its client's name."""
    client = session.get(Client, consent.client_id)
    name = consent.subject_name or (legal_name(client) if client is not None else "")
    dob = client.date_of_birth if client is not None else None
    worker = _worker_name(session, consent.recorded_by_id)
    language = language_of(consent.language)
    try:
        template = load_template(consent.template_id, language, consent.template_version)
        words = vocabulary(language)
    except TemplateError:  # a form from a newer copy of Caseload, say (synced)
        raise Refusal(FORM_MISSING) from None
    return fill(template, placeholders(facts_of(consent, name, worker, dob), words))


def attachments_of(consent_id: str) -> Select[Attachment]:
    """A consent's live attachments (its drawn signature, scans of the signed paper)."""
    return select(Attachment).where(
        Attachment.owner_entity == "consent",
        Attachment.owner_id == consent_id,
        Attachment.deleted.is_(False),
    )


def attach(session: Session, consent_id: str, filename: str, media_type: str, data: bytes) -> str:
    """Keep `data` inside the vault as an attachment of the consent; returns its SHA-256."""
    digest = hashlib.sha256(data).hexdigest()
    session.add(
        Attachment(
            owner_entity="consent",
            owner_id=consent_id,
            filename=filename,
            media_type=media_type,
            size_bytes=len(data),
            sha256=digest,
            content=data,
        )
    )
    return digest


def signature_of(session: Session, consent_id: str) -> Attachment | None:
    query = attachments_of(consent_id).where(Attachment.media_type == signature.MEDIA_TYPE)
    return session.scalars(query).first()


def signer_of(consent: Consent) -> Signer:
    return Signer(
        consent.signer_name,
        consent.signer_authority,
        consent.signer_relationship,
        consent.authority_document,
        consent.client_assent,
    )


def consent_document(session: Session, consent: Consent) -> ConsentDocument:
    """What to print: a signed consent's stored text, or a draft's text as it reads now."""
    form = filled_form(session, consent)
    text = consent.document_text if consent.status != "draft" else None
    text_hash = consent.document_hash if text else document_hash(form.text())
    stored = signature_of(session, consent.id)
    strokes = signature.decode(stored.content) if stored is not None else None
    return ConsentDocument(
        consent_id=consent.id,
        form=form,
        words=vocabulary(language_of(consent.language)),
        qr=qr_payload(consent.id, text_hash or ""),
        large_print=consent.large_print,
        signed=consent.status != "draft",
        strokes=strokes,
        text_hash=text_hash or "",
    )


def seal_of(consent: Consent, strokes_sha256: str | None) -> str:
    """The hash that seals a signed consent: its legal fields, its text's hash, and the drawn
    signature's hash (app/core/notes.content_hash, as for notes)."""
    fields = {name: getattr(consent, name) for name in SEALED_FIELDS}
    return content_hash({**fields, "signature_sha256": strokes_sha256})


def verify_sealed(session: Session, consent: Consent) -> bool | None:
    """Does a signed consent still match its seal? None when it was never sealed with a text
    (consents signed before forms were built, or a revocation record)."""
    if consent.status == "draft" or not consent.document_text or not consent.document_hash:
        return None
    if document_hash(consent.document_text) != consent.document_hash:
        return False
    if filled_form(session, consent).text() != consent.document_text:
        return False
    stored = signature_of(session, consent.id)
    strokes = hashlib.sha256(stored.content).hexdigest() if stored is not None else None
    return seal_of(consent, strokes) == consent.seal_hash


def broken_seals(session: Session) -> list[str]:
    """Ids of signed consents that no longer match their seal (for `caseload check`)."""
    sealed = session.scalars(
        select(Consent).where(Consent.seal_hash.is_not(None), Consent.deleted.is_(False))
    )
    return [c.id for c in sealed if verify_sealed(session, c) is False]
