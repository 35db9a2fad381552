"""Reading consents: a client's consents with what each is now, the alerts a worker must see,
a renewal prefilled from the original, and the records a print or a scan leaves.

Reads return frozen views (no ORM objects). Printing and attaching a scan are audited with
ids and numbers only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.consent import REVOCATION, consent_status
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Attachment, AuditEvent, Consent
from app.services.consent_text import (
    ConsentDocument,
    attach,
    consent_document,
    signer_of,
    verify_sealed,
)
from app.services.consents import ConsentDraft
from app.services.fields import consent_in_force, load
from app.store.audit import record_event

PRINTED = "consent.printed"


@dataclass(frozen=True)
class Withdrawal:
    id: str
    revoked_at: datetime | None
    method: str | None
    reason: str | None
    recorded_by_id: str | None


@dataclass(frozen=True)
class ConsentView:
    id: str
    client_id: str
    kind: str
    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    categories: tuple[str, ...]
    effective_on: date
    expires_on: date | None
    status: str  # app.core.consent.STATUSES
    signer_name: str
    signer_authority: str
    method: str
    witness_name: str | None
    language: str
    large_print: bool
    template: str  # "id v<version>"
    signed_at: datetime | None
    document_hash: str | None
    supersedes_id: str | None
    superseded_by_id: str | None
    withdrawal: Withdrawal | None
    scans: int
    verified: bool | None


@dataclass(frozen=True)
class ConsentAlerts:
    """What the record header and Today say about a client's consents."""

    has_services_consent: bool
    expiring: tuple[tuple[str, date], ...]  # (consent id, expires on), within 30 days


def _pointers(session: Session, client_id: str) -> tuple[dict[str, Consent], dict[str, str]]:
    """Signed records that revoke a consent (by original id), and renewals (original -> new)."""
    rows = session.scalars(
        select(Consent).where(
            Consent.client_id == client_id,
            Consent.deleted.is_(False),
            Consent.status != "draft",
        )
    ).all()
    revoked = {c.revokes_id: c for c in rows if c.revokes_id}
    renewed = {c.supersedes_id: c.id for c in rows if c.supersedes_id}
    return revoked, renewed


def _withdrawal(record: Consent | None) -> Withdrawal | None:
    if record is None:
        return None
    return Withdrawal(
        record.id,
        record.revoked_at,
        record.revocation_method,
        record.revocation_reason,
        record.recorded_by_id,
    )


def _scans(session: Session, consent_id: str) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Attachment.owner_entity == "consent",
                Attachment.owner_id == consent_id,
                Attachment.media_type.like("image/%"),
                Attachment.deleted.is_(False),
            )
        )
        or 0
    )


def list_consents(session: Session, client_id: str, today: date) -> list[ConsentView]:
    """Every consent of the client (withdrawals shown on the consent they withdraw), newest
    first."""
    revoked, renewed = _pointers(session, client_id)
    rows = session.scalars(
        select(Consent)
        .where(Consent.client_id == client_id, Consent.deleted.is_(False))
        .where(Consent.status != REVOCATION)
        .order_by(Consent.effective_on.desc(), Consent.id.desc())
    ).all()
    return [_view(session, c, revoked.get(c.id), renewed.get(c.id), today) for c in rows]


def _view(
    session: Session, c: Consent, revocation: Consent | None, renewal: str | None, today: date
) -> ConsentView:
    status = consent_status(c.status, c.expires_on, today, revocation is not None, bool(renewal))
    return ConsentView(
        id=c.id,
        client_id=c.client_id,
        kind=c.scope,
        purposes=tuple(p for p in (c.purpose or "").splitlines() if p.strip()),
        recipients=tuple(c.recipients or ()),
        categories=tuple(c.information_categories or ()),
        effective_on=c.effective_on,
        expires_on=c.expires_on,
        status=status,
        signer_name=c.signer_name,
        signer_authority=c.signer_authority,
        method=c.method,
        witness_name=c.witness_name,
        language=c.language,
        large_print=c.large_print,
        template=f"{c.template_id} v{c.template_version}",
        signed_at=c.signed_at,
        document_hash=c.document_hash,
        supersedes_id=c.supersedes_id,
        superseded_by_id=renewal,
        withdrawal=_withdrawal(revocation),
        scans=_scans(session, c.id),
        verified=verify_sealed(session, c),
    )


def get_consent(session: Session, consent_id: str, today: date) -> ConsentView:
    consent = load(session, Consent, consent_id, "consent")
    return next(v for v in list_consents(session, consent.client_id, today) if v.id == consent_id)


def consent_alerts(session: Session, client_id: str, today: date) -> ConsentAlerts:
    in_force = session.scalars(
        select(Consent).where(Consent.client_id == client_id, consent_in_force())
    ).all()
    live = [c for c in in_force if c.expires_on is None or c.expires_on >= today]
    horizon = date.fromordinal(today.toordinal() + 30)
    expiring = tuple(
        (c.id, c.expires_on) for c in live if c.expires_on is not None and c.expires_on <= horizon
    )
    return ConsentAlerts(any(c.scope == "services" for c in live), expiring)


def renewal_draft(session: Session, consent_id: str, today: date) -> ConsentDraft:
    """A new draft that renews a signed consent: the same scope, from today."""
    c = load(session, Consent, consent_id, "consent")
    return ConsentDraft(
        kind=c.scope,
        purposes=tuple((c.purpose or "").splitlines()),
        effective_on=today,
        expires_on=None,
        method=c.method,
        language=c.language,
        signer=signer_of(c),
        recipients=tuple(c.recipients or ()),
        categories=tuple(c.information_categories or ()),
        large_print=c.large_print,
        witness_name=c.witness_name,
        case_id=c.case_id,
        supersedes_id=c.id,
    )


def document_for_print(session: Session, consent_id: str) -> tuple[ConsentDocument, int]:
    """The form to print and the number this copy will carry (prints so far + 1)."""
    consent = load(session, Consent, consent_id, "consent")
    printed = session.scalar(
        select(func.count()).where(AuditEvent.action == PRINTED, AuditEvent.record_id == consent_id)
    )
    return consent_document(session, consent), (printed or 0) + 1


def record_print(session: Session, consent_id: str, copy_number: int, copies: int = 1) -> None:
    """Audit a print handed to the printer: which consent, which copy, how many sheets sets."""
    consent = load(session, Consent, consent_id, "consent")
    signed = consent.status != "draft"
    record_event(
        session, PRINTED, "consent", consent_id, copy=copy_number, copies=copies, signed=signed
    )


def attach_scan(session: Session, consent_id: str, data: bytes) -> str | None:
    """Keep a photo or scan of the signed paper inside the vault. Returns the consent id its
    QR code names (None when the scan shows none); a code naming another consent, or another
    version of the text, is refused."""
    from app.services.consent_scan import check_scan  # Pillow and zxing: not at start

    consent = load(session, Consent, consent_id, "consent")
    scan = check_scan(data)
    if scan.qr is not None:
        _match(consent, scan.qr, consent_document(session, consent).text_hash)
    attach(session, consent.id, f"scan.{scan.media_type.split('/')[1]}", scan.media_type, data)
    record_event(session, "consent.scan_attached", "consent", consent.id, matched=bool(scan.qr))
    return scan.qr[0] if scan.qr else None


def _match(consent: Consent, qr: tuple[str, str], text_hash: str) -> None:
    consent_id, scanned_hash = qr
    if consent_id != consent.id:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "This scan shows the code of another consent form.")
        )
    if scanned_hash != text_hash:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This paper form was printed before the consent was changed: print it again and "
                "have it signed.",
            )
        )
