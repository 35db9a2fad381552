"""Referrals and service linkage: referring a client to another service under the signed
release of information that names it, and following the referral until the service starts
or it ends.

A referral shares the client's information, so it is made only under a release of
information in force that names the receiving organisation. Its status moves on: sent ->
accepted -> service started -> closed, or declined (declined and closed are final; make a new
referral instead). A follow-up date puts it in the worker's Today while it is still open.
Referrals written before migration 0008 carry the codes `made` and `completed`; they read as
sent and closed (they are kept as written, on the server too).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.core.ids import uuid7
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.models import Case, Consent, Referral
from app.services.consent_views import consent_alerts
from app.services.fields import consent_in_force, load, one_of, optional_text, required_text
from app.store.audit import record_event

STATUSES = ("sent", "accepted", "declined", "started", "closed")
LEGACY = {"made": "sent", "completed": "closed"}  # codes stored before migration 0008
MOVES: dict[str, tuple[str, ...]] = {
    "sent": ("accepted", "declined", "closed"),
    "accepted": ("started", "declined", "closed"),
    "started": ("closed",),
    "declined": (),
    "closed": (),
}
# Stored codes of referrals still waiting for something (a follow-up matters).
OPEN_CODES = ("sent", "made", "accepted", "started")
URGENCIES = ("routine", "soon", "urgent")
ROI = "release_of_information"
WORDS = {  # a refusal's status words, translated by the UI in "Refusal"
    "sent": QT_TRANSLATE_NOOP("Refusal", "sent"),
    "accepted": QT_TRANSLATE_NOOP("Refusal", "accepted"),
    "declined": QT_TRANSLATE_NOOP("Refusal", "declined"),
    "started": QT_TRANSLATE_NOOP("Refusal", "service started"),
    "closed": QT_TRANSLATE_NOOP("Refusal", "closed"),
}


# The field names this module's checks put in a refusal ("Please fill in the {what}."),
# marked so lupdate collects them: the UI translates a refusal's word details in "Refusal"
# (app/ui/errors.py). Marking only: the checks keep passing the same English words.
REFUSAL_FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Refusal", "urgency"),
    QT_TRANSLATE_NOOP("Refusal", "service"),
    QT_TRANSLATE_NOOP("Refusal", "organisation"),
    QT_TRANSLATE_NOOP("Refusal", "contact"),
    QT_TRANSLATE_NOOP("Refusal", "reason for the referral"),
    QT_TRANSLATE_NOOP("Refusal", "referral status"),
    QT_TRANSLATE_NOOP("Refusal", "note"),
)


@dataclass(frozen=True)
class ReferralDraft:
    """What the worker fills in to make a referral."""

    case_id: str
    organisation: str
    service: str
    reason: str
    made_on: date
    urgency: str = "routine"
    contact: str | None = None
    follow_up_on: date | None = None
    consent_id: str | None = None


@dataclass(frozen=True)
class ReferralView:
    id: str
    case_id: str
    organisation: str
    service: str
    contact: str | None
    reason: str
    urgency: str
    status: str  # one of STATUSES
    status_on: date | None
    status_note: str | None
    made_on: date
    follow_up_on: date | None
    follow_up_due: bool  # open, and the follow-up date has come
    consent_id: str | None
    moves: tuple[str, ...]  # the statuses it may move to


@dataclass(frozen=True)
class CoveringConsent:
    """A release of information in force: whom it names, what for, until when."""

    id: str
    recipients: tuple[str, ...]
    purposes: tuple[str, ...]
    expires_on: date | None


@dataclass(frozen=True)
class ReferralContext:
    """What the referral form needs to know about the client's consents."""

    releases: tuple[CoveringConsent, ...]
    has_services_consent: bool  # no consent to services: the form warns (it does not block)


def status_of(code: str) -> str:
    return LEGACY.get(code, code)


def names(recipients: tuple[str, ...] | list[str], organisation: str) -> bool:
    """Whether a consent's recipients name the organisation (case and spacing aside)."""
    wanted = " ".join(organisation.split()).casefold()
    return any(" ".join(r.split()).casefold() == wanted for r in recipients)


def check_consent(session: Session, consent_id: str, client_id: str, made_on: date) -> Consent:
    """The consent, if it is this client's and in force on the day of the referral."""
    consent = load(session, Consent, consent_id, "consent")
    if consent.client_id != client_id:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That consent was given by another client."))
    in_force = session.scalar(select(consent_in_force()).where(Consent.id == consent_id))
    if not in_force:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "That consent is not in force (it is not signed, or was withdrawn)."
            )
        )
    if consent.expires_on is not None and consent.expires_on < made_on:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "That consent had expired by the date of the referral.")
        )
    return consent


def _covering(session: Session, draft: ReferralDraft, client_id: str, organisation: str) -> str:
    if draft.consent_id is None:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "A referral shares the client's information: choose the signed release of "
                "information that names this organisation, or prepare one with the client.",
            )
        )
    consent = check_consent(session, draft.consent_id, client_id, draft.made_on)
    if consent.scope != ROI:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "That consent is not a release of information."))
    if not names(consent.recipients or [], organisation):
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "That release of information does not name this organisation."
            )
        )
    return consent.id


def _new_referral(draft: ReferralDraft, client_id: str) -> Referral:
    one_of(draft.urgency, URGENCIES, "urgency")
    if draft.follow_up_on is not None and draft.follow_up_on < draft.made_on:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "The follow-up cannot be before the referral is made.")
        )
    return Referral(
        id=uuid7(),
        case_id=draft.case_id,
        client_id=client_id,
        service=required_text(draft.service, "service", 200),
        organisation=required_text(draft.organisation, "organisation", 200),
        contact=optional_text(draft.contact, "contact", 200),
        reason=required_text(draft.reason, "reason for the referral"),
        urgency=draft.urgency,
        status="sent",
        status_on=draft.made_on,
        made_on=draft.made_on,
        follow_up_on=draft.follow_up_on,
    )


def make_referral(session: Session, draft: ReferralDraft) -> str:
    """Refer the client of a case to another service, under the release of information that
    names the organisation (refused without one)."""
    client_id = load(session, Case, draft.case_id, "case").client_id
    referral = _new_referral(draft, client_id)
    referral.consent_id = _covering(session, draft, client_id, referral.organisation)
    session.add(referral)
    record_event(
        session, "referral.made", "referral", referral.id, case=draft.case_id,
        consent=referral.consent_id, urgency=draft.urgency,
    )  # fmt: skip
    return referral.id


def change_status(
    session: Session, referral_id: str, status: str, on: date, note: str | None = None
) -> str:
    """Move a referral on (see MOVES), on a day, with a note (why it was declined, say)."""
    referral = load(session, Referral, referral_id, "referral")
    current = status_of(referral.status)
    one_of(status, STATUSES, "referral status")
    if status not in MOVES.get(current, ()):
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "This referral is {current}: it cannot become {status}."),
            {"current": WORDS.get(current, current), "status": WORDS[status]},
        )
    if on < referral.made_on:
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal", "A referral's status cannot change before the referral was made."
            )
        )
    referral.status, referral.status_on = status, on
    referral.status_note = optional_text(note, "note", 2000)
    record_event(
        session, "referral.status", "referral", referral.id, from_status=current, to_status=status
    )
    return status


def set_follow_up(session: Session, referral_id: str, follow_up_on: date | None) -> None:
    """When to check on the referral (None: no follow-up). It shows in Today from that day
    while the referral is open."""
    referral = load(session, Referral, referral_id, "referral")
    if follow_up_on is not None and follow_up_on < referral.made_on:
        raise Refusal(
            QT_TRANSLATE_NOOP("Refusal", "The follow-up cannot be before the referral is made.")
        )
    referral.follow_up_on = follow_up_on
    record_event(session, "referral.follow_up", "referral", referral.id, set=bool(follow_up_on))


def _view(r: Referral, today: date) -> ReferralView:
    status = status_of(r.status)
    due = r.status in OPEN_CODES and r.follow_up_on is not None and r.follow_up_on <= today
    return ReferralView(
        r.id, r.case_id, r.organisation, r.service, r.contact, r.reason, r.urgency, status,
        r.status_on, r.status_note, r.made_on, r.follow_up_on, due, r.consent_id,
        MOVES.get(status, ()),
    )  # fmt: skip


def list_referrals(session: Session, client_id: str, today: date) -> list[ReferralView]:
    """Every referral of the client, newest first."""
    rows = session.scalars(
        select(Referral)
        .where(Referral.client_id == client_id, Referral.deleted.is_(False))
        .order_by(Referral.made_on.desc(), Referral.id.desc())
    )
    return [_view(r, today) for r in rows]


def referral_context(session: Session, client_id: str, today: date) -> ReferralContext:
    """The client's releases of information in force today, and whether they consented to
    services at all."""
    rows = session.scalars(
        select(Consent)
        .where(Consent.client_id == client_id, Consent.scope == ROI, consent_in_force())
        .where(or_(Consent.expires_on.is_(None), Consent.expires_on >= today))
        .order_by(Consent.effective_on.desc(), Consent.id.desc())
    )
    releases = tuple(
        CoveringConsent(
            c.id,
            tuple(c.recipients or ()),
            tuple(p for p in (c.purpose or "").splitlines() if p.strip()),
            c.expires_on,
        )
        for c in rows
    )
    return ReferralContext(releases, consent_alerts(session, client_id, today).has_services_consent)
