"""Sharing a client's information: the consent check, the disclosure record, the client told.

A disclosure is recorded only when a signed release-of-information consent in force covers its
recipient, purpose and every category (app/core/disclosure.py), or when the worker records a
legal basis and a reason; the latter is flagged for the supervisor. Records are append-only and
synced; audit events carry ids and codes only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core import disclosure as rules
from app.core.consent import INFORMATION_CATEGORIES
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal
from app.core.timeutil import local_today, utcnow
from app.models import Client, Disclosure, DisclosureNotice, RelatedPerson
from app.services.consent_views import ConsentView, list_consents
from app.services.fields import client_of_case, load, one_of, required_text
from app.store.audit import record_event

DELIVERIES = ("printed", "saved", "both")
ITEM_KINDS = ("profile_field", "note", "plan", "assessment")
TOLD_HOW = ("in_person", "phone", "in_writing", "other")
TEXT_LIMIT = 2000


@dataclass(frozen=True)
class DisclosureCheck:
    allowed: bool
    consent_id: str | None
    missing: tuple[str, ...]  # codes of app.core.disclosure (what is not covered)
    uncovered_categories: tuple[str, ...]  # the requested categories the consent lacks
    default_categories: tuple[str, ...]  # the least the purpose needs within the consent


@dataclass(frozen=True)
class DisclosureDraft:
    recipient: str  # a name typed in; for a collateral, its name (collateral_id is checked)
    purpose: str
    categories: tuple[str, ...]
    items: tuple[tuple[str, str], ...]  # (kind, id): what the packet holds
    delivery: str  # one of DELIVERIES
    collateral_id: str | None = None
    case_id: str | None = None


@dataclass(frozen=True)
class NoticeView:
    id: str
    told_on: date
    how: str


@dataclass(frozen=True)
class DisclosureView:
    id: str
    client_id: str
    case_id: str | None
    recipient_name: str
    collateral_id: str | None
    purpose: str
    categories: tuple[str, ...]
    items: tuple[tuple[str, str], ...]
    consent_id: str | None
    legal_basis: str | None
    legal_reason: str | None
    disclosed_by_id: str | None
    disclosed_at: datetime
    packet_sha256: str
    delivery: str
    flagged_for_supervisor: bool
    notices: tuple[NoticeView, ...] = field(default=())

    @property
    def client_told(self) -> bool:
        return bool(self.notices)


def _facts(view: ConsentView) -> rules.ConsentFacts:
    stored = "draft" if view.status == "draft" else "active"
    return rules.ConsentFacts(
        view.id, view.kind, stored, view.recipients, view.purposes, view.categories,
        view.expires_on, view.status == "revoked", view.status == "superseded",
    )  # fmt: skip


def _recipient(
    session: Session, client_id: str, name: str, collateral_id: str | None
) -> rules.Recipient:
    if collateral_id is None:
        return rules.Recipient(name)
    person = load(session, RelatedPerson, collateral_id, "contact")
    if person.client_id != client_id:
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "This contact belongs to another client."))
    return rules.Recipient(name or person.name, person.id, person.organisation)


def _checked_categories(categories: Sequence[str]) -> tuple[str, ...]:
    for code in categories:
        one_of(code, INFORMATION_CATEGORIES, "category of information")
    return tuple(dict.fromkeys(categories))


def check_disclosure(
    session: Session,
    client_id: str,
    recipient: str,
    purpose: str,
    categories: Sequence[str],
    today: date,
    collateral_id: str | None = None,
) -> DisclosureCheck:
    """Whether a consent in force covers this sharing; what is missing; the default selection."""
    load(session, Client, client_id, "client")
    who = _recipient(session, client_id, recipient, collateral_id)
    facts = {v.id: _facts(v) for v in list_consents(session, client_id, today)}
    verdict = rules.check(who, purpose, _checked_categories(categories), today, facts.values())
    covering = facts.get(verdict.consent_id or "")
    if covering is None:  # the defaults still come from the consent for this recipient/purpose
        covering = _closest_for_defaults(who, purpose, today, facts.values())
    uncovered = [m.categories for m in verdict.missing if m.code == rules.CATEGORIES_NOT_COVERED]
    return DisclosureCheck(
        verdict.allowed,
        verdict.consent_id,
        verdict.codes(),
        uncovered[0] if uncovered else (),
        rules.minimum_categories(purpose, covering),
    )


def _closest_for_defaults(
    who: rules.Recipient, purpose: str, today: date, consents: Iterable[rules.ConsentFacts]
) -> rules.ConsentFacts | None:
    """A consent in force for this recipient and purpose, whatever its categories."""
    for consent in consents:
        if rules.check(who, purpose, (), today, (consent,)).allowed:
            return consent
    return None


def _refuse_uncovered(check: DisclosureCheck) -> None:
    raise Refusal(
        QT_TRANSLATE_NOOP(
            "Refusal",
            "No consent in force covers this sharing ({missing}). Share only what a consent "
            "covers, or record a legal basis and the reason.",
        ),
        {"missing": ", ".join(check.missing), "categories": ", ".join(check.uncovered_categories)},
    )


def _checked_basis(legal_basis: str | None, legal_reason: str | None) -> str | None:
    if legal_basis is None:
        return None
    one_of(legal_basis, rules.LEGAL_BASES, "legal basis")
    return required_text(legal_reason, "reason for sharing without consent", TEXT_LIMIT)


def _checked_items(items: Sequence[tuple[str, str]]) -> list[dict[str, str]]:
    for kind, _ in items:
        one_of(kind, ITEM_KINDS, "kind of item")
    return [{"kind": kind, "id": item_id} for kind, item_id in items]


def record_disclosure(
    session: Session,
    client_id: str,
    draft: DisclosureDraft,
    worker_id: str,
    packet_sha256: str,
    today: date,
    legal_basis: str | None = None,
    legal_reason: str | None = None,
) -> DisclosureView:
    """Record a disclosure covered by a consent, or made under a legal basis (flagged for the
    supervisor). Refuses before writing anything when neither holds."""
    _, case_id = client_of_case(session, draft.case_id, client_id)
    reason = _checked_basis(legal_basis, legal_reason)
    check = check_disclosure(
        session, client_id, draft.recipient, draft.purpose, draft.categories, today,
        draft.collateral_id,
    )  # fmt: skip
    if not check.allowed and legal_basis is None:
        _refuse_uncovered(check)
    row = Disclosure(
        client_id=client_id,
        case_id=case_id,
        recipient_name=required_text(draft.recipient, "recipient", 300),
        collateral_id=draft.collateral_id,
        purpose=required_text(draft.purpose, "purpose", TEXT_LIMIT),
        categories=list(_checked_categories(draft.categories)),
        items=_checked_items(draft.items),
        consent_id=check.consent_id,
        legal_basis=legal_basis,
        legal_reason=reason,
        disclosed_by_id=worker_id,
        disclosed_at=utcnow(),
        packet_sha256=_checked_hash(packet_sha256),
        delivery=one_of(draft.delivery, DELIVERIES, "delivery"),
        flagged_for_supervisor=legal_basis is not None,
    )
    session.add(row)
    session.flush()
    record_event(
        session, "disclosure.recorded", "disclosure", row.id, client=client_id,
        consent=check.consent_id, legal_basis=legal_basis, flagged=row.flagged_for_supervisor,
    )  # fmt: skip
    return _view(row, [])


def _checked_hash(value: str) -> str:
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise Refusal(QT_TRANSLATE_NOOP("Refusal", "The packet's fingerprint is not valid."))
    return value


def _view(row: Disclosure, notices: Sequence[DisclosureNotice]) -> DisclosureView:
    return DisclosureView(
        row.id, row.client_id, row.case_id, row.recipient_name, row.collateral_id, row.purpose,
        tuple(row.categories or ()), tuple((i["kind"], i["id"]) for i in row.items or ()),
        row.consent_id, row.legal_basis, row.legal_reason, row.disclosed_by_id,
        row.disclosed_at, row.packet_sha256, row.delivery, row.flagged_for_supervisor,
        tuple(NoticeView(n.id, n.told_on, n.how) for n in notices),
    )  # fmt: skip


def _notices(session: Session, client_id: str) -> dict[str, list[DisclosureNotice]]:
    rows = session.scalars(
        select(DisclosureNotice)
        .where(DisclosureNotice.client_id == client_id, DisclosureNotice.deleted.is_(False))
        .order_by(DisclosureNotice.told_on, DisclosureNotice.id)
    )
    found: dict[str, list[DisclosureNotice]] = {}
    for notice in rows:
        found.setdefault(notice.disclosure_id, []).append(notice)
    return found


def disclosure_history(session: Session, client_id: str) -> list[DisclosureView]:
    """Every disclosure about the client, newest first, with when the client was told."""
    load(session, Client, client_id, "client")
    notices = _notices(session, client_id)
    rows = session.scalars(
        select(Disclosure)
        .where(Disclosure.client_id == client_id, Disclosure.deleted.is_(False))
        .order_by(Disclosure.disclosed_at.desc(), Disclosure.id.desc())
    ).all()
    record_event(session, "disclosure.history_viewed", "client", client_id, count=len(rows))
    return [_view(row, notices.get(row.id, [])) for row in rows]


def record_client_told(
    session: Session, disclosure_id: str, told_on: date, how: str, worker_id: str
) -> str:
    """Record that (and when, and how) the client was told of a disclosure."""
    disclosure = load(session, Disclosure, disclosure_id, "disclosure")
    one_of(how, TOLD_HOW, "way the client was told")
    # disclosed_at is UTC: a day's slack so a local "today" behind UTC is not refused.
    if told_on < disclosure.disclosed_at.date() - timedelta(days=1) or told_on > local_today():
        raise Refusal(
            QT_TRANSLATE_NOOP(
                "Refusal",
                "The client can only have been told after the sharing, and not later than today.",
            )
        )
    notice = DisclosureNotice(
        client_id=disclosure.client_id, disclosure_id=disclosure.id, told_on=told_on, how=how,
        recorded_by_id=worker_id,
    )  # fmt: skip
    session.add(notice)
    session.flush()
    record_event(session, "disclosure.client_told", "disclosure", disclosure.id, how=how)
    return notice.id


@dataclass(frozen=True)
class SupervisorFlag:
    disclosure_id: str
    client_id: str
    disclosed_by_id: str | None
    legal_basis: str | None
    disclosed_at: datetime


def supervisor_flags(session: Session) -> list[SupervisorFlag]:
    """Disclosures made under a legal basis on this device's caseload, newest first."""
    rows = session.scalars(
        select(Disclosure)
        .where(Disclosure.flagged_for_supervisor.is_(True), Disclosure.deleted.is_(False))
        .order_by(Disclosure.disclosed_at.desc(), Disclosure.id.desc())
    )
    return [
        SupervisorFlag(r.id, r.client_id, r.disclosed_by_id, r.legal_basis, r.disclosed_at)
        for r in rows
    ]
