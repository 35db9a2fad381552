"""Consents travel between two laptops through the office server over real HTTPS: the signed
consent arrives sealed and verifiable with its drawn signature, and a withdrawal recorded on
one laptop ends the consent on the other."""

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.core import signature
from app.core.consent import Signer
from app.core.timeutil import utcnow
from app.models import Consent
from app.services.consent_text import consent_document
from app.services.consent_views import get_consent
from app.services.consents import ConsentDraft, revoke_consent, sign_consent, start_consent
from tests.sync.factory import add_client

STROKES = signature.encode([((120, 400), (340, 610), (560, 380), (780, 600))])


@pytest.fixture
def two_laptops(https_office, tmp_path):
    """One worker's two enrolled laptops (the office desktop and the field laptop)."""
    name = https_office.user("ruth")
    return https_office.device(tmp_path / "field", name), https_office.device(
        tmp_path / "desk", name
    )


def take_consent(vault, client_id) -> str:
    draft = ConsentDraft(
        kind="release_of_information",
        purposes=("Coordinate care with the clinic",),
        effective_on=date.today(),
        expires_on=date.today() + timedelta(days=180),
        method="signed_on_screen",
        language="es",
        signer=Signer("Marisol Quintero", "self"),
        recipients=("Clínica del Valle",),
        categories=("health", "case_plan"),
        confidentiality_explained=True,
    )
    with vault.session() as session:
        consent_id = start_consent(session, client_id, draft, vault.owner_id)
        sign_consent(session, consent_id, vault.owner_id, STROKES)
    return consent_id


def view(vault, consent_id):
    with vault.session() as session:
        return get_consent(session, consent_id, date.today())


def test_signed_consent_and_its_withdrawal_reach_the_other_laptop(https_office, two_laptops):
    field, desk = two_laptops
    client_id = add_client(field)
    consent_id = take_consent(field, client_id)
    assert https_office.sync(field).rejected == []
    https_office.sync(desk)
    arrived = view(desk, consent_id)
    assert (arrived.status, arrived.verified, arrived.recipients) == (
        "active",
        True,
        ("Clínica del Valle",),
    )
    with field.session() as session, desk.session() as other:
        here = consent_document(session, session.get(Consent, consent_id))
        there = consent_document(other, other.get(Consent, consent_id))
    assert there.qr == here.qr and there.strokes == here.strokes is not None

    with desk.session() as session:
        revoke_consent(session, consent_id, desk.owner_id, utcnow(), "phone", "Changed clinic")
    assert https_office.sync(desk).rejected == []
    https_office.sync(field)
    withdrawn = view(field, consent_id)
    assert withdrawn.status == "revoked" and withdrawn.withdrawal.method == "phone"
    assert withdrawn.verified is True  # the original is untouched by its withdrawal


def test_a_signed_consent_changed_on_a_laptop_is_refused_by_the_office(https_office, two_laptops):
    field, desk = two_laptops
    client_id = add_client(field)
    consent_id = take_consent(field, client_id)
    https_office.sync(field)
    https_office.sync(desk)
    with desk.session() as session:
        session.execute(text("DROP TRIGGER consent_no_update"))
        session.get(Consent, consent_id).recipients = ["Somebody else"]
    receipt = https_office.sync(desk)
    assert [r["reason"] for r in receipt.rejected] == ["sealed"]
    https_office.sync(field)
    assert view(field, consent_id).recipients == ("Clínica del Valle",)
