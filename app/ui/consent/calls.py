"""Vault work for the Consent tab. Each function runs on the worker thread (through a pane's
`call()`), opens its own unit of work and returns plain data; PDFs are built here too, in
memory, so the GUI thread never waits for reportlab. reportlab is imported on the first PDF,
not at start (~80 ms of launch time otherwise)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from app.core.timeutil import local_today
from app.services import consent_views, consents, vaults
from app.services.consent_text import ConsentDocument
from app.services.consent_views import ConsentAlerts, ConsentView
from app.services.consents import ConsentDraft
from app.ui.access import VaultAccess

if TYPE_CHECKING:
    from app.documents.consent_pdf import PrintMark


@dataclass(frozen=True)
class ConsentList:
    consents: list[ConsentView]
    alerts: ConsentAlerts


@dataclass(frozen=True)
class PrintJob:
    """A PDF ready for preview and printing, and what to audit once it is handed over."""

    consent_id: str
    pdf: bytes
    copy_number: int
    signed: bool


def consent_list(access: VaultAccess, client_id: str) -> ConsentList:
    with access.vault.session() as session:
        today = local_today()
        listed = consent_views.list_consents(session, client_id, today)
        alerts = consent_views.consent_alerts(session, client_id, today)
    return ConsentList(listed, alerts)


def prepare(access: VaultAccess, client_id: str, draft: ConsentDraft) -> str:
    with access.vault.session() as session:
        return consents.start_consent(session, client_id, draft, access.owner_id)


def sign(access: VaultAccess, consent_id: str, strokes: bytes | None, scan: bytes | None) -> str:
    """Sign a draft (with the scan of the paper, when signed on paper) in one unit of work."""
    with access.vault.session() as session:
        if scan is not None:
            consent_views.attach_scan(session, consent_id, scan)
        consents.sign_consent(session, consent_id, access.owner_id, strokes)
    return consent_id


def attach_scan(access: VaultAccess, consent_id: str, scan: bytes) -> str | None:
    with access.vault.session() as session:
        return consent_views.attach_scan(session, consent_id, scan)


def revoke(
    access: VaultAccess, consent_id: str, when: datetime, method: str, reason: str | None
) -> str:
    with access.vault.session() as session:
        return consents.revoke_consent(session, consent_id, access.owner_id, when, method, reason)


def discard(access: VaultAccess, consent_id: str) -> None:
    with access.vault.session() as session:
        consents.discard_draft(session, consent_id)


def renewal(access: VaultAccess, consent_id: str) -> ConsentDraft:
    with access.vault.session() as session:
        return consent_views.renewal_draft(session, consent_id, local_today())


def print_job(access: VaultAccess, consent_id: str) -> PrintJob:
    """The form with its footer (who prints, when, which copy), built in memory."""
    with access.vault.session() as session:
        document, copy = consent_views.document_for_print(session, consent_id)
    worker = vaults.worker_name(access.vault)
    from app.documents.consent_pdf import PrintMark

    mark = PrintMark(worker, local_today(), copy)
    return PrintJob(consent_id, render(document, mark), copy, document.signed)


def render(document: ConsentDocument, mark: PrintMark | None = None) -> bytes:
    from app.documents.consent_pdf import consent_pdf

    return consent_pdf(
        document.form,
        document.words,
        qr=document.qr,
        large_print=document.large_print,
        signature=document.strokes,
        mark=mark,
    )


def printed(access: VaultAccess, job: PrintJob, copies: int) -> None:
    with access.vault.session() as session:
        consent_views.record_print(session, job.consent_id, job.copy_number, copies)


def today() -> date:
    return local_today()
