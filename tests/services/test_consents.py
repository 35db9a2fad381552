"""Informed consent rules: who may sign, sealing, withdrawal and renewal chains, expiry."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from app.core import signature
from app.core.consent import ConsentRefused, Signer, document_hash
from app.core.timeutil import utcnow
from app.models import AuditEvent, Client, Consent
from app.services.check import check_vault
from app.services.consent_views import (
    consent_alerts,
    document_for_print,
    get_consent,
    list_consents,
    record_print,
    renewal_draft,
)
from app.services.consents import (
    ConsentDraft,
    discard_draft,
    revoke_consent,
    sign_consent,
    start_consent,
    update_draft,
)
from app.services.records import ClientDraft, create_client

TODAY = date.today()
STROKES = signature.encode([((100, 500), (300, 420), (500, 560)), ((600, 500), (900, 480))])


def services_draft(**changes) -> ConsentDraft:
    draft = ConsentDraft(
        kind="services",
        purposes=("Case management for housing stability",),
        effective_on=TODAY,
        expires_on=TODAY + timedelta(days=365),
        method="signed_on_screen",
        language="en",
        signer=Signer("Ana Pereira", "self"),
        confidentiality_explained=True,
    )
    return replace(draft, **changes)


@pytest.fixture
def client_id(vault):
    with vault.session() as session:
        return create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)


def signed_consent(vault, client_id, **changes) -> str:
    with vault.session() as session:
        consent_id = start_consent(session, client_id, services_draft(**changes), vault.owner_id)
        sign_consent(session, consent_id, vault.owner_id, STROKES)
    return consent_id


def status(vault, consent_id, today=TODAY) -> str:
    with vault.session() as session:
        return get_consent(session, consent_id, today).status


def test_signing_seals_the_text_shown_with_its_hash(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    with vault.session() as session:
        consent = session.get(Consent, consent_id)
        assert "Ana Pereira" in consent.document_text
        assert consent.document_hash == document_hash(consent.document_text)
        view = get_consent(session, consent_id, TODAY)
        document, copy = document_for_print(session, consent_id)
    assert view.status == "active" and view.verified is True
    assert document.qr == f"caseload:consent:{consent_id}:{consent.document_hash}"
    assert document.strokes is not None and len(document.strokes) == 2 and copy == 1


def test_a_signed_consent_cannot_change_in_the_service_or_the_database(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    with vault.session() as session, pytest.raises(ConsentRefused, match="signed"):
        update_draft(session, consent_id, services_draft(purposes=("Something else",)))
    with vault.session() as session, pytest.raises(ConsentRefused):
        discard_draft(session, consent_id)
    with vault.session() as session, pytest.raises(DatabaseError, match="append-only"):
        session.execute(text("UPDATE consent SET purpose = 'x' WHERE id = :i"), {"i": consent_id})
        session.flush()


def test_tampering_with_the_stored_text_fails_verification(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    with vault.session() as session:
        # The trigger stands in the way of every writer; drop it to play the attacker.
        session.execute(text("DROP TRIGGER consent_no_update"))
        session.execute(
            text("UPDATE consent SET recipients = '[\"Someone else\"]' WHERE id = :i"),
            {"i": consent_id},
        )
    with vault.session() as session:
        assert get_consent(session, consent_id, TODAY).verified is False
    report = check_vault(vault)
    [item] = [i for i in report.items if i.name == "consent seals"]
    assert not item.ok and consent_id in item.detail


def test_client_lacking_capacity_cannot_sign_alone(vault, client_id):
    with vault.session() as session:
        session.get(Client, client_id).lacks_capacity = True
    with vault.session() as session, pytest.raises(ConsentRefused, match="lacking capacity"):
        start_consent(session, client_id, services_draft(), vault.owner_id)
    guardian = Signer("Rosa Pereira", "guardian", "mother", None, "assented")
    with vault.session() as session, pytest.raises(ConsentRefused, match="document"):
        start_consent(session, client_id, services_draft(signer=guardian), vault.owner_id)
    no_assent = replace(guardian, authority_document="Guardianship order 2024-113")
    with vault.session() as session, pytest.raises(ConsentRefused, match="assent"):
        start_consent(
            session,
            client_id,
            services_draft(signer=replace(no_assent, client_assent=None)),
            vault.owner_id,
        )
    consent_id = signed_consent(vault, client_id, signer=no_assent)
    with vault.session() as session:
        consent = session.get(Consent, consent_id)
        assert consent.client_assent == "assented"
        assert "Guardianship order 2024-113" in consent.document_text
        assert "own view, when someone else signs: the client agreed" in consent.document_text


def test_each_method_needs_its_proof(vault, client_id):
    with vault.session() as session:
        consent_id = start_consent(session, client_id, services_draft(), vault.owner_id)
    with vault.session() as session, pytest.raises(ConsentRefused, match="pad"):
        sign_consent(session, consent_id, vault.owner_id, None)
    with vault.session() as session, pytest.raises(ConsentRefused, match="witness"):
        start_consent(session, client_id, services_draft(method="verbal_witnessed"), vault.owner_id)
    verbal = services_draft(method="verbal_witnessed", witness_name="Lee Chan")
    with vault.session() as session:
        verbal_id = start_consent(session, client_id, verbal, vault.owner_id)
        sign_consent(session, verbal_id, vault.owner_id, None)
    assert status(vault, verbal_id) == "active"


def test_confidentiality_must_be_explained_before_the_form_is_prepared(vault, client_id):
    unexplained = services_draft(confidentiality_explained=False)
    with vault.session() as session, pytest.raises(ConsentRefused, match="confidentiality"):
        start_consent(session, client_id, unexplained, vault.owner_id)
    with vault.session() as session:
        consent_id = start_consent(session, client_id, services_draft(), vault.owner_id)
        session.get(Consent, consent_id).confidentiality_explained = False  # an old draft
    with vault.session() as session, pytest.raises(ConsentRefused, match="confidentiality"):
        sign_consent(session, consent_id, vault.owner_id, STROKES)


def test_release_of_information_names_recipients_and_categories(vault, client_id):
    roi = services_draft(kind="release_of_information")
    with vault.session() as session, pytest.raises(ConsentRefused, match="recipient"):
        start_consent(session, client_id, roi, vault.owner_id)
    with vault.session() as session, pytest.raises(ConsentRefused, match="categories"):
        start_consent(session, client_id, replace(roi, recipients=("Dr Okafor",)), vault.owner_id)
    full = replace(roi, recipients=("Dr Okafor",), categories=("health", "case_plan"))
    consent_id = signed_consent(vault, client_id, **vars(full))
    with vault.session() as session:
        assert "Dr Okafor" in session.get(Consent, consent_id).document_text


def test_revoke_is_a_new_record_and_ends_the_consent(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    when = utcnow() - timedelta(minutes=5)
    with vault.session() as session:
        revocation = revoke_consent(session, consent_id, vault.owner_id, when, "phone", "Moved")
    with vault.session() as session:
        view = get_consent(session, consent_id, TODAY)
        assert view.status == "revoked" and view.withdrawal.id == revocation
        assert view.withdrawal.method == "phone" and view.verified is True
        assert [v.id for v in list_consents(session, client_id, TODAY)] == [consent_id]
        assert not consent_alerts(session, client_id, TODAY).has_services_consent
    future = datetime.combine(TODAY + timedelta(days=2), datetime.min.time())
    with vault.session() as session, pytest.raises(ConsentRefused, match="future"):
        revoke_consent(session, consent_id, vault.owner_id, future, "phone")


def test_renewal_supersedes_the_original_once_signed(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    with vault.session() as session:
        renewal = renewal_draft(session, consent_id, TODAY)
        renewed = start_consent(
            session, client_id, replace(renewal, confidentiality_explained=True), vault.owner_id
        )
    assert status(vault, consent_id) == "active"  # a draft renewal changes nothing yet
    with vault.session() as session:
        sign_consent(session, renewed, vault.owner_id, STROKES)
    assert status(vault, consent_id) == "superseded"
    with vault.session() as session:
        assert get_consent(session, renewed, TODAY).supersedes_id == consent_id


def test_expiry_turns_status_and_alerts(vault, client_id):
    consent_id = signed_consent(vault, client_id, expires_on=TODAY + timedelta(days=10))
    assert status(vault, consent_id) == "expiring"
    assert status(vault, consent_id, TODAY + timedelta(days=11)) == "expired"
    assert status(vault, consent_id, TODAY - timedelta(days=40)) == "active"
    with vault.session() as session:
        alerts = consent_alerts(session, client_id, TODAY)
        later = consent_alerts(session, client_id, TODAY + timedelta(days=11))
    assert alerts.has_services_consent and alerts.expiring == ((consent_id, TODAY + timedelta(10)),)
    assert not later.has_services_consent and later.expiring == ()


def test_dates_must_make_sense(vault, client_id):
    with vault.session() as session, pytest.raises(ConsentRefused, match="end after"):
        start_consent(session, client_id, services_draft(expires_on=TODAY), vault.owner_id)


def test_prints_are_audited_with_copy_numbers(vault, client_id):
    consent_id = signed_consent(vault, client_id)
    with vault.session() as session:
        record_print(session, consent_id, 1)
    with vault.session() as session:
        _, copy = document_for_print(session, consent_id)
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "consent.printed")
        ).all()
    assert copy == 2 and events[0].record_id == consent_id and events[0].detail["copy"] == 1
