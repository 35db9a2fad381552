"""Sharing a client's information (app/services/disclosures.py): a covered disclosure is recorded
under its consent; an uncovered one is refused, naming what is missing, and leaves nothing unless
a legal basis and reason are recorded, which flags it for the supervisor. Records are
append-only; the history shows whether and when the client was told."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from app.core.refusal import Refusal
from app.core.timeutil import utcnow
from app.models import (
    AuditEvent,
    Disclosure,
    DisclosureNotice,
    OutboxEntry,
    RelatedPerson,
    WorkerProfile,
)
from app.services.consents import revoke_consent
from app.services.disclosures import (
    DisclosureDraft,
    check_disclosure,
    disclosure_history,
    record_client_told,
    record_disclosure,
    supervisor_flags,
)
from app.services.records import ClientDraft, create_client
from app.services.today import today_view
from app.sync import purge, state
from app.sync.protocol import client_scope
from tests.services.test_consents import TODAY, signed_consent
from tests.sync.test_purge import acknowledge_everything

CLINIC = "Clínica del Valle"
PURPOSE = "care_coordination"
PACKET = hashlib.sha256(b"the encrypted packet").hexdigest()
REASON = "Client said tonight she will end her life; the crisis team must know her plan."


@pytest.fixture
def client_id(vault):
    with vault.session() as session:
        return create_client(session, ClientDraft("Marisol", "Quintero"), vault.owner_id)


def consent(vault, client_id, **changes) -> str:
    values = {
        "kind": "release_of_information",
        "purposes": (PURPOSE,),
        "recipients": (CLINIC,),
        "categories": ("identity", "health", "case_plan"),
        **changes,
    }
    return signed_consent(vault, client_id, **values)


def draft(**changes) -> DisclosureDraft:
    values = {
        "recipient": CLINIC,
        "purpose": PURPOSE,
        "categories": ("identity", "health"),
        "items": (("profile_field", "date_of_birth"), ("plan", "p1")),
        "delivery": "printed",
        **changes,
    }
    return DisclosureDraft(**values)


def share(vault, client_id, today=TODAY, **kwargs):
    basis = {k: kwargs.pop(k) for k in ("legal_basis", "legal_reason") if k in kwargs}
    with vault.session() as session:
        return record_disclosure(
            session, client_id, draft(**kwargs), vault.owner_id, PACKET, today, **basis
        )


def count(vault, model) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_covered_disclosure_is_recorded_under_its_consent(vault, client_id):
    consent_id = consent(vault, client_id)
    with vault.session() as session:
        found = check_disclosure(session, client_id, CLINIC, PURPOSE, ("health",), TODAY)
    assert (found.allowed, found.consent_id) == (True, consent_id)
    assert found.default_categories == ("identity", "case_plan")
    made = share(vault, client_id)
    assert made.consent_id == consent_id and not made.flagged_for_supervisor
    assert made.items == (("profile_field", "date_of_birth"), ("plan", "p1"))
    with vault.session() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "disclosure.recorded")
        ).one()
        sent = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "disclosure")).one()
    assert event.record_id == made.id and CLINIC not in str(event.detail)
    assert sent.record_id == made.id


@pytest.mark.parametrize(
    ("changes", "missing"),
    [
        ({"recipient": "Banco de Alimentos"}, "recipient_not_covered"),
        ({"purpose": "Apply for housing"}, "purpose_not_covered"),
        ({"categories": ("health", "mental_health")}, "categories_not_covered"),
    ],
)
def test_an_uncovered_disclosure_is_refused_naming_what_is_missing(
    vault, client_id, changes, missing
):
    consent(vault, client_id)
    with pytest.raises(Refusal) as refused:
        share(vault, client_id, **changes)
    assert refused.value.details["missing"] == missing
    if missing == "categories_not_covered":
        assert refused.value.details["categories"] == "mental_health"
    assert CLINIC not in str(refused.value) and count(vault, Disclosure) == 0


def test_an_expired_or_revoked_consent_covers_nothing(vault, client_id):
    consent_id = consent(vault, client_id, expires_on=TODAY + timedelta(days=10))
    with pytest.raises(Refusal) as refused:
        share(vault, client_id, today=TODAY + timedelta(days=11))
    assert refused.value.details["missing"] == "consent_expired"
    with vault.session() as session:
        revoke_consent(session, consent_id, vault.owner_id, utcnow(), "phone", "Changed mind")
    with pytest.raises(Refusal) as refused:
        share(vault, client_id)
    assert refused.value.details["missing"] == "consent_revoked"
    assert count(vault, Disclosure) == 0


def test_without_a_release_consent_sharing_is_refused(vault, client_id):
    signed_consent(vault, client_id)  # a services consent covers no sharing
    with pytest.raises(Refusal) as refused:
        share(vault, client_id)
    assert refused.value.details["missing"] == "no_release_consent"


def test_a_legal_basis_needs_a_reason_and_flags_the_supervisor(vault, client_id):
    with pytest.raises(Refusal, match="reason"):
        share(vault, client_id, legal_basis="imminent_risk", legal_reason="   ")
    with pytest.raises(Refusal, match="legal basis"):
        share(vault, client_id, legal_basis="felt_right", legal_reason=REASON)
    assert count(vault, Disclosure) == 0
    made = share(
        vault, client_id, recipient="Crisis team", legal_basis="imminent_risk", legal_reason=REASON
    )
    assert made.flagged_for_supervisor and made.consent_id is None
    assert made.legal_reason == REASON
    with vault.session() as session:
        flags = supervisor_flags(session)
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "disclosure.recorded")
        ).one()
    assert [(f.disclosure_id, f.legal_basis) for f in flags] == [(made.id, "imminent_risk")]
    assert event.detail["legal_basis"] == "imminent_risk" and REASON not in str(event.detail)


def test_a_collateral_is_covered_by_its_organisation(vault, client_id):
    consent(vault, client_id)
    with vault.session() as session:
        doctor = RelatedPerson(
            client_id=client_id, kind="collateral", name="Dr. Ana Ruiz", relationship="doctor",
            organisation=CLINIC,
        )  # fmt: skip
        session.add(doctor)
        session.flush()
        doctor_id = doctor.id
    made = share(vault, client_id, recipient="Dr. Ana Ruiz", collateral_id=doctor_id)
    assert made.collateral_id == doctor_id and made.consent_id is not None


def test_history_shows_when_the_client_was_told_and_records_never_change(vault, client_id):
    consent(vault, client_id)
    first = share(vault, client_id)
    second = share(vault, client_id, delivery="saved")
    with vault.session() as session:
        record_client_told(session, first.id, date.today(), "in_person", vault.owner_id)
    with vault.session() as session, pytest.raises(Refusal):
        record_client_told(session, first.id, date.today() + timedelta(days=1), "phone", "x")
    with vault.session() as session:
        history = {d.id: d for d in disclosure_history(session, client_id)}
    assert history[first.id].client_told and history[first.id].notices[0].how == "in_person"
    assert not history[second.id].client_told
    for statement in (
        "UPDATE disclosure SET recipient_name = 'x'",
        "DELETE FROM disclosure_notice",
    ):
        with vault.session() as session, pytest.raises(DatabaseError, match="append-only"):
            session.execute(text(statement))
    assert count(vault, DisclosureNotice) == 1


def test_a_purged_scope_takes_its_disclosures_and_the_guards_come_back(vault, client_id):
    made = share(vault, client_id, legal_basis="court_order", legal_reason=REASON)
    with vault.session() as session:
        record_client_told(session, made.id, date.today(), "in_writing", vault.owner_id)
    acknowledge_everything(vault)
    scope = client_scope(client_id)
    with vault.session() as session:
        state.hold_scope(session, scope, state.ACTIVE)
        purge.purge_scope(session, scope, vault.owner_id)
    assert count(vault, Disclosure) == count(vault, DisclosureNotice) == 0
    with vault.session() as session:
        triggers = session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'discl%'")
        ).all()
    assert len(triggers) == 4


def test_a_colleagues_disclosure_without_consent_waits_on_today_for_review(vault, client_id):
    """The supervisor's laptop holds the team's records: a flagged disclosure made by someone
    else is listed on Today for 30 days; the worker's own is not (they made it)."""
    with vault.session() as session:
        colleague = WorkerProfile(display_name="Jo Colleague", role="worker")
        session.add(colleague)
        session.flush()
        colleague_id = colleague.id
    own = share(vault, client_id, recipient="Crisis team", legal_basis="imminent_risk",
                legal_reason=REASON)  # fmt: skip
    with vault.session() as session:
        theirs = record_disclosure(
            session, client_id, draft(recipient="Police"), colleague_id, PACKET, TODAY,
            legal_basis="court_order", legal_reason=REASON,
        )  # fmt: skip
        covered = today_view(session, vault.owner_id, TODAY).shared_without_consent
        later = today_view(session, vault.owner_id, TODAY + timedelta(days=40))
    assert [(f.disclosure_id, f.legal_basis, f.client_id) for f in covered] == [
        (theirs.id, "court_order", client_id)
    ]
    assert own.id not in {f.disclosure_id for f in covered}
    assert later.shared_without_consent == ()
