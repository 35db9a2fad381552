"""Vault work for the Disclosures tab. Each function runs on the worker thread (through a
pane's `call()`), opens its own unit of work and returns plain data. The packet is built and
sealed here, in memory: the GUI thread never waits for reportlab, and no file is written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core.disclosure import IN_FORCE, RELEASE_KIND
from app.core.timeutil import local_today
from app.services import consent_views, disclosures, exports, lookups, records
from app.services.disclosures import DisclosureCheck, DisclosureDraft, DisclosureView
from app.services.dto import NoteSummary
from app.services.exports import PacketItems, packet_data
from app.ui.access import VaultAccess


@dataclass(frozen=True)
class History:
    disclosures: list[DisclosureView]
    workers: dict[str, str]  # worker id -> display name
    consents: dict[str, date]  # consent id -> the day it took effect


@dataclass(frozen=True)
class Choices:
    """What the share dialog offers: the purposes written on the client's release consents in
    force (so the worker picks rather than retypes), and their recipients."""

    purposes: tuple[str, ...]
    recipients: tuple[str, ...]
    notes: tuple[NoteSummary, ...] = ()  # every signed note, newest first (not only recent)


@dataclass(frozen=True)
class ShareRequest:
    client_id: str
    draft: DisclosureDraft
    items: PacketItems
    legal_basis: str | None
    legal_reason: str | None
    basis_text: str  # what the cover page says the authority is


@dataclass(frozen=True)
class SharedPacket:
    """The sealed packet (kept in memory only while the password dialog is open)."""

    disclosure_id: str
    client_id: str
    sealed: bytes
    plain: bytes  # unencrypted: for the print path only, never written
    password: str
    sha256: str
    delivery: str


def history(access: VaultAccess, client_id: str) -> History:
    with access.vault.session() as session:
        shown = disclosures.disclosure_history(session, client_id)
        workers = {w.id: w.display_name for w in lookups.known_workers(session)}
        listed = consent_views.list_consents(session, client_id, local_today())
    return History(shown, workers, {c.id: c.effective_on for c in listed})


def choices(access: VaultAccess, client_id: str) -> Choices:
    with access.vault.session() as session:
        listed = consent_views.list_consents(session, client_id, local_today())
        notes = records.signed_notes(session, client_id)
    usable = [c for c in listed if c.kind == RELEASE_KIND and c.status in IN_FORCE]
    purposes = tuple(dict.fromkeys(p for c in usable for p in c.purposes))
    recipients = tuple(dict.fromkeys(r for c in usable for r in c.recipients))
    return Choices(purposes, recipients, notes)


@dataclass(frozen=True)
class CheckAnswer:
    check: DisclosureCheck
    consent_on: date | None  # the day the covering consent took effect


def check(access: VaultAccess, client_id: str, draft: DisclosureDraft) -> CheckAnswer:
    with access.vault.session() as session:
        today = local_today()
        verdict = disclosures.check_disclosure(
            session, client_id, draft.recipient, draft.purpose, draft.categories, today,
            draft.collateral_id,
        )  # fmt: skip
        listed = consent_views.list_consents(session, client_id, today)
    day = next((c.effective_on for c in listed if c.id == verdict.consent_id), None)
    return CheckAnswer(verdict, day)


def share(access: VaultAccess, request: ShareRequest) -> SharedPacket:
    """Gather, build and seal the packet, then record the disclosure with its SHA-256, all in
    one unit of work: a refusal anywhere leaves no record and no packet."""
    from app.documents.packet import build_packet
    from app.documents.sealed_pdf import seal

    draft = request.draft
    with access.vault.session() as session:
        data = packet_data(
            session, request.client_id, draft.recipient, draft.purpose, draft.categories,
            request.items, request.basis_text,
        )  # fmt: skip
        plain = build_packet(data)
        sealed = seal(plain)
        view = disclosures.record_disclosure(
            session, request.client_id, draft, access.owner_id, sealed.sha256, local_today(),
            request.legal_basis, request.legal_reason,
        )  # fmt: skip
    return SharedPacket(
        view.id, request.client_id, sealed.data, plain, sealed.password, sealed.sha256,
        draft.delivery,
    )  # fmt: skip


def saved(access: VaultAccess, packet: SharedPacket) -> None:
    with access.vault.session() as session:
        exports.record_export_saved(
            session, "packet", ("disclosure", packet.disclosure_id), packet.sha256
        )


def client_told(access: VaultAccess, disclosure_id: str, told_on: date, how: str) -> str:
    with access.vault.session() as session:
        return disclosures.record_client_told(session, disclosure_id, told_on, how, access.owner_id)
