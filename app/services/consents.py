"""Informed consent: prepare a consent with the client, sign it, withdraw or renew it.

A consent is prepared as a draft (what it covers, who signs on what authority, how), read
with the client (the filled form, app/services/consent_text.py), then signed: the text shown
is sealed with its hash and the record never changes again (the schema refuses it too).
Withdrawal and renewal are new records pointing at the original; what a consent is now
(active, expiring, expired, revoked, superseded) is derived (app/core/consent.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from app.core import signature
from app.core.consent import (
    INFORMATION_CATEGORIES,
    KINDS,
    REVOCATION,
    REVOCATION_METHODS,
    ConsentRefused,
    Signer,
    check_dates,
    check_method,
    check_signer,
    document_hash,
)
from app.core.consent_forms import ConsentTemplate, TemplateError
from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.timeutil import utcnow
from app.documents.templates import template_for
from app.models import Client, Consent
from app.services.consent_text import (
    attach,
    filled_form,
    language_of,
    legal_name,
    seal_of,
    signature_of,
    signer_of,
)
from app.services.fields import client_of_case, load, one_of, optional_text, required_text
from app.store.audit import record_event

NO_FORM_IN_LANGUAGE = QT_TRANSLATE_NOOP(
    "Refusal",
    "Caseload has no consent form of this kind in the chosen language: choose another language.",
)
FUTURE_SLACK = timedelta(minutes=5)  # the form's "now" was read a moment before saving


@dataclass(frozen=True)
class ConsentDraft:
    """What the worker fills in before the client signs (the form's text comes from it)."""

    kind: str
    purposes: tuple[str, ...]
    effective_on: date
    expires_on: date | None
    method: str
    language: str
    signer: Signer
    recipients: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    large_print: bool = False
    witness_name: str | None = None
    confidentiality_explained: bool = False
    case_id: str | None = None
    supersedes_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _checked_lists(draft: ConsentDraft) -> tuple[list[str], list[str], str]:
    one_of(draft.kind, KINDS, "kind of consent")
    purposes = [required_text(p, "purpose", 500) for p in draft.purposes if p.strip()]
    if not purposes:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Please say what the consent is for (at least one purpose)."
            )
        )
    recipients = [required_text(r, "recipient", 300) for r in draft.recipients if r.strip()]
    if draft.kind == "release_of_information" and not recipients:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "A release of information needs at least one named recipient."
            )
        )
    unknown = [c for c in draft.categories if c not in INFORMATION_CATEGORIES]
    if unknown or (draft.kind == "release_of_information" and not draft.categories):
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Please choose which categories of information may be shared."
            )
        )
    return recipients, list(dict.fromkeys(draft.categories)), "\n".join(purposes)


def _check_draft(draft: ConsentDraft, client: Client) -> None:
    if not draft.confidentiality_explained:  # the form's text says it was: say it first
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Explain the limits of confidentiality before preparing the form."
            )
        )
    check_signer(draft.signer, client.lacks_capacity)
    check_dates(draft.effective_on, draft.expires_on)
    if draft.method == "verbal_witnessed" and not (draft.witness_name or "").strip():
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "Verbal consent needs the name of a witness.")
        )
    check_method(draft.method, True, draft.witness_name)


def _template(draft: ConsentDraft) -> ConsentTemplate:
    try:
        return template_for(draft.kind, language_of(draft.language))
    except TemplateError:  # its message names resource files: for the form's author only
        raise ConsentRefused(NO_FORM_IN_LANGUAGE) from None


def _fields(session: Session, draft: ConsentDraft, client: Client) -> dict[str, object]:
    recipients, categories, purpose = _checked_lists(draft)
    _check_draft(draft, client)
    template = _template(draft)
    signer = draft.signer
    return {
        "scope": draft.kind,
        "purpose": purpose,
        "recipients": recipients,
        "information_categories": categories,
        "effective_on": draft.effective_on,
        "expires_on": draft.expires_on,
        "signer_name": required_text(signer.name, "signer's name", 200),
        "signer_authority": signer.authority,
        "signer_relationship": optional_text(signer.relationship, "relationship", 100),
        "authority_document": optional_text(signer.authority_document, "document", 300),
        "client_assent": signer.client_assent if client.lacks_capacity else None,
        "method": draft.method,
        "witness_name": optional_text(draft.witness_name, "witness's name", 200),
        "language": template.language,
        "large_print": draft.large_print,
        "template_id": template.id,
        "template_version": template.version,
        "confidentiality_explained": draft.confidentiality_explained,
    }


def start_consent(session: Session, client_id: str, draft: ConsentDraft, worker_id: str) -> str:
    """Prepare a consent as a draft (refused with ConsentRefused/Refusal in plain words)."""
    client = load(session, Client, client_id, "client")
    _, case_id = client_of_case(session, draft.case_id, client_id)
    if draft.supersedes_id is not None:
        _renewable(session, draft.supersedes_id, client_id)
    consent = Consent(
        id=uuid7(),
        client_id=client_id,
        case_id=case_id,
        supersedes_id=draft.supersedes_id,
        recorded_by_id=worker_id,
        status="draft",
        **_fields(session, draft, client),
    )
    session.add(consent)
    record_event(session, "consent.drafted", "consent", consent.id, kind=consent.scope)
    return consent.id


def update_draft(session: Session, consent_id: str, draft: ConsentDraft) -> None:
    consent = _draft(session, consent_id)
    client = load(session, Client, consent.client_id, "client")
    for name, value in _fields(session, draft, client).items():
        setattr(consent, name, value)


def discard_draft(session: Session, consent_id: str) -> None:
    consent = _draft(session, consent_id)
    consent.deleted = True
    record_event(session, "consent.discarded", "consent", consent_id)


def _draft(session: Session, consent_id: str) -> Consent:
    consent = load(session, Consent, consent_id, "consent")
    if consent.status != "draft":
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "This consent is signed and can no longer change.")
        )
    return consent


def sign_consent(
    session: Session, consent_id: str, worker_id: str, strokes: bytes | None = None
) -> str:
    """Seal a draft: store the exact text shown and its hash, and the drawn signature.
    Returns the hash (what the printed QR code carries)."""
    consent = _draft(session, consent_id)
    client = load(session, Client, consent.client_id, "client")
    if not consent.confidentiality_explained:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Explain the limits of confidentiality before the client signs."
            )
        )
    check_signer(signer_of(consent), client.lacks_capacity)
    check_method(consent.method, strokes is not None, consent.witness_name)
    drawn = _store_signature(session, consent, strokes) if strokes is not None else None
    consent.subject_name = legal_name(client)
    consent.recorded_by_id = worker_id
    text = filled_form(session, consent).text()
    consent.document_text, consent.document_hash = text, document_hash(text)
    consent.status, consent.signed_at = "active", utcnow()
    consent.seal_hash = seal_of(consent, drawn)
    record_event(session, "consent.signed", "consent", consent.id, method=consent.method)
    return consent.document_hash


def _store_signature(session: Session, consent: Consent, strokes: bytes) -> str:
    """Keep the drawn strokes as the consent's attachment; returns their SHA-256."""
    data = signature.encode(signature.decode(strokes))  # canonical form, checked
    old = signature_of(session, consent.id)
    if old is not None:  # signed again after "Clear": the earlier strokes are not the signature
        old.deleted = True
    return attach(session, consent.id, "signature.json", signature.MEDIA_TYPE, data)


def _renewable(session: Session, consent_id: str, client_id: str) -> Consent:
    original = load(session, Consent, consent_id, "consent")
    if original.client_id != client_id or original.status in ("draft", REVOCATION):
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Only a signed consent of this client can be renewed or withdrawn."
            )
        )
    return original


def revoke_consent(
    session: Session,
    consent_id: str,
    worker_id: str,
    revoked_at: datetime,
    method: str,
    reason: str | None = None,
) -> str:
    """Record that the client withdrew a consent: a new record pointing at the original."""
    original = load(session, Consent, consent_id, "consent")
    _renewable(session, consent_id, original.client_id)
    one_of(method, REVOCATION_METHODS, "way the client withdrew")
    if revoked_at > utcnow() + FUTURE_SLACK:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "A withdrawal cannot be dated in the future.")
        )
    revocation = Consent(
        id=uuid7(),
        client_id=original.client_id,
        case_id=original.case_id,
        scope=original.scope,
        purpose=original.purpose,
        recipients=list(original.recipients or ()),
        information_categories=list(original.information_categories or ()),
        effective_on=revoked_at.date(),
        signer_name=original.signer_name,
        signer_authority=original.signer_authority,
        method=original.method,
        language=original.language,
        template_id=original.template_id,
        template_version=original.template_version,
        status=REVOCATION,
        signed_at=utcnow(),
        revokes_id=original.id,
        revoked_at=revoked_at,
        revocation_method=method,
        revocation_reason=optional_text(reason, "reason", 2000),
        recorded_by_id=worker_id,
    )
    session.add(revocation)
    record_event(session, "consent.revoked", "consent", original.id, revocation=revocation.id)
    return revocation.id
