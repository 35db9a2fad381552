"""Informed consent as rules: what a consent may cover, who may sign it, and what it is now.

A signed consent is never edited (docs/decisions.md, "Consent in force"): withdrawal and
renewal are new records pointing at the original, so the status a worker sees is derived
from the record, the records that point at it, and today's date.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from app.core.refusal import QT_TRANSLATE_NOOP, Refusal

EXPIRING_DAYS = 30  # "expiring" in the Consent tab, the record header and Today

# What a consent is for (stored in `consent.scope`).
KINDS = ("services", "release_of_information", "recording", "other")
# Categories of information a consent can cover: the one list the consent form, the sharing
# rules and the record packet use (codes are stored; each language names them in its
# vocabulary file under resources/consent_forms/).
INFORMATION_CATEGORIES = (
    "identity",
    "contact_details",
    "case_plan",
    "case_notes",
    "assessments",
    "health",
    "mental_health",
    "substance_use",
    "housing",
    "income",
    "family",
    "education_work",
    "legal",
)
METHODS = ("signed_on_screen", "signed_on_paper", "verbal_witnessed")
AUTHORITIES = ("self", "guardian", "parent", "legal_representative")
ASSENT = ("assented", "objected", "not_able")  # the client's own view when lacking capacity
REVOCATION_METHODS = ("in_person", "phone", "in_writing", "other")
STATUSES = ("draft", "active", "expiring", "expired", "revoked", "superseded")
# Stored status of a record that withdraws another (never "in force" itself).
REVOCATION = "revocation"


class ConsentRefused(Refusal):
    """A consent rule was not met; the message says what to do, in plain words."""


def consent_status(
    stored: str,
    expires_on: date | None,
    today: date,
    revoked: bool = False,
    superseded: bool = False,
) -> str:
    """What a consent is now: draft, revoked, superseded, expired, expiring or active."""
    if stored == "draft":
        return "draft"
    if revoked:
        return "revoked"
    if superseded:
        return "superseded"
    if expires_on is not None and expires_on < today:
        return "expired"
    if expires_on is not None and expires_on <= today + timedelta(days=EXPIRING_DAYS):
        return "expiring"
    return "active"


@dataclass(frozen=True)
class Signer:
    """Who signs, and on what authority."""

    name: str
    authority: str  # one of AUTHORITIES
    relationship: str | None = None  # guardian, mother, attorney, …
    authority_document: str | None = None  # the order or deed that gives the authority
    client_assent: str | None = None  # one of ASSENT, when the client lacks capacity


def check_signer(signer: Signer, lacks_capacity: bool) -> None:
    """Refuse a signer who may not consent for this client (ConsentRefused says why)."""
    if not signer.name.strip():
        raise ConsentRefused(QT_TRANSLATE_NOOP("Refusal", "Please fill in who signs the consent."))
    if signer.authority not in AUTHORITIES:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "Please choose on what authority the signer consents.")
        )
    if lacks_capacity and signer.authority == "self":
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "This client is recorded as lacking capacity: a guardian or legal representative "
                "must sign, and the client's own assent is recorded separately.",
            )
        )
    if signer.authority != "self" and not (signer.authority_document or "").strip():
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "Please record the document that gives the signer authority "
                "(for example a guardianship order or power of attorney).",
            )
        )
    if lacks_capacity and signer.client_assent not in ASSENT:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP(
                "Refusal", "Please record the client's own assent (agreed, objected, unable)."
            )
        )


def check_method(method: str, has_signature: bool, witness_name: str | None) -> None:
    """Each way of consenting needs its proof: strokes, a witness, or (later) the paper."""
    if method not in METHODS:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "Please choose how the consent was given.")
        )
    if method == "signed_on_screen" and not has_signature:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "Please have the signer sign on the pad first.")
        )
    if method == "verbal_witnessed" and not (witness_name or "").strip():
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "Verbal consent needs the name of a witness.")
        )


def check_dates(effective_on: date, expires_on: date | None) -> None:
    if expires_on is not None and expires_on <= effective_on:
        raise ConsentRefused(
            QT_TRANSLATE_NOOP("Refusal", "The consent must end after the day it starts.")
        )


def document_hash(text: str) -> str:
    """SHA-256 of the exact document text shown to the signer (what the QR code carries)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


QR_PREFIX = "caseload:consent:"


def qr_payload(consent_id: str, text_hash: str) -> str:
    """What a printed form's QR code says: the consent id and the hash of its text."""
    return f"{QR_PREFIX}{consent_id}:{text_hash}"


def parse_qr_payload(payload: str) -> tuple[str, str] | None:
    """(consent id, hash) from a scanned QR code, or None if it is not one of ours."""
    if not payload.startswith(QR_PREFIX):
        return None
    consent_id, _, text_hash = payload[len(QR_PREFIX) :].rpartition(":")
    if not consent_id or len(text_hash) != 64:
        return None
    return consent_id, text_hash
