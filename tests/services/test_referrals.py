"""Referrals: made only under a release of information that names the organisation, moved on
through their statuses, followed up in Today; consents to services warned about."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core import signature
from app.core.consent import Signer
from app.core.refusal import Refusal
from app.core.timeutil import utcnow
from app.models import AuditEvent
from app.services.activity import make_referral as legacy_referral
from app.services.activity import update_referral_status
from app.services.casework import open_case
from app.services.consents import ConsentDraft, revoke_consent, sign_consent, start_consent
from app.services.records import ClientDraft, create_client
from app.services.referrals import (
    ReferralDraft,
    change_status,
    list_referrals,
    make_referral,
    referral_context,
    set_follow_up,
)
from app.services.today import today_view

TODAY = date.today()
DAY = timedelta(days=1)
STROKES = signature.encode([((120, 400), (340, 610), (560, 380), (780, 600))])


@pytest.fixture
def case(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)
        case_id = open_case(session, client, "Family support", vault.owner_id)
    return client, case_id


def signed(vault, client, kind="release_of_information", recipients=("Eastside Pantry",)):
    draft = ConsentDraft(
        kind=kind,
        purposes=("Food parcels",),
        effective_on=TODAY,
        expires_on=TODAY + 180 * DAY,
        method="signed_on_screen",
        language="en",
        signer=Signer("Noor Haddad", "self"),
        recipients=recipients if kind == "release_of_information" else (),
        categories=("identity", "contact_details"),
        confidentiality_explained=True,
    )
    with vault.session() as session:
        consent = start_consent(session, client, draft, vault.owner_id)
        sign_consent(session, consent, vault.owner_id, STROKES)
    return consent


def food_bank(case_id, consent_id=None, **changes):
    draft = ReferralDraft(
        case_id=case_id,
        organisation="Eastside Pantry",
        service="Food bank",
        reason="No food at home",
        made_on=TODAY,
        urgency="urgent",
        contact="Intake desk",
        follow_up_on=TODAY + 7 * DAY,
        consent_id=consent_id,
    )
    return replace(draft, **changes)


def test_a_referral_needs_a_release_of_information_naming_the_organisation(vault, case):
    client, case_id = case
    services = signed(vault, client, kind="services")
    elsewhere = signed(vault, client, recipients=("Tenants Union",))
    pantry = signed(vault, client, recipients=("  eastside   PANTRY ",))
    with vault.session() as session:
        for consent, message in (
            (None, "prepare one with the client"),
            (services, "not a release of information"),
            (elsewhere, "does not name this organisation"),
        ):
            with pytest.raises(Refusal, match=message):
                make_referral(session, food_bank(case_id, consent))
        with pytest.raises(Refusal, match="urgency must be one of"):
            make_referral(session, food_bank(case_id, pantry, urgency="asap"))
        referral_id = make_referral(session, food_bank(case_id, pantry))
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "referral.made"))
        assert event.one().detail == {"case": case_id, "consent": pantry, "urgency": "urgent"}
    with vault.session() as session:
        (shown,) = list_referrals(session, client, TODAY)
    assert (shown.id, shown.status, shown.urgency, shown.contact) == (
        referral_id,
        "sent",
        "urgent",
        "Intake desk",
    )
    assert shown.consent_id == pantry and shown.moves == ("accepted", "declined", "closed")


def test_a_withdrawn_release_no_longer_covers_a_referral(vault, case):
    client, case_id = case
    pantry = signed(vault, client)
    with vault.session() as session:
        context = referral_context(session, client, TODAY)
        assert [c.id for c in context.releases] == [pantry]
        assert context.releases[0].recipients == ("Eastside Pantry",)
        revoke_consent(session, pantry, vault.owner_id, utcnow(), "phone")
    with vault.session() as session:
        assert referral_context(session, client, TODAY).releases == ()
        with pytest.raises(Refusal, match="not in force"):
            make_referral(session, food_bank(case_id, pantry))


def test_no_consent_to_services_is_told_to_the_form(vault, case):
    client, _case_id = case
    with vault.session() as session:
        assert referral_context(session, client, TODAY).has_services_consent is False
    signed(vault, client, kind="services")
    with vault.session() as session:
        assert referral_context(session, client, TODAY).has_services_consent is True


def test_statuses_move_on_until_closed_or_declined(vault, case):
    client, case_id = case
    pantry = signed(vault, client)
    with vault.session() as session:
        referral = make_referral(session, food_bank(case_id, pantry))
        with pytest.raises(Refusal, match="is sent: it cannot become service started"):
            change_status(session, referral, "started", TODAY)
        with pytest.raises(Refusal, match="before the referral was made"):
            change_status(session, referral, "accepted", TODAY - DAY)
        change_status(session, referral, "accepted", TODAY)
        change_status(session, referral, "started", TODAY, "First parcel collected")
        change_status(session, referral, "closed", TODAY)
        with pytest.raises(Refusal, match="is closed: it cannot become declined"):
            change_status(session, referral, "declined", TODAY)
        other = make_referral(session, food_bank(case_id, pantry, service="Cooking class"))
        change_status(session, other, "declined", TODAY, "Class is full until June")
    with vault.session() as session:
        shown = {r.service: r for r in list_referrals(session, client, TODAY)}
    assert (shown["Food bank"].status, shown["Food bank"].moves) == ("closed", ())
    declined = shown["Cooking class"]
    assert (declined.status, declined.status_on, declined.status_note) == (
        "declined",
        TODAY,
        "Class is full until June",
    )


def test_referrals_made_before_the_new_statuses_read_as_sent_and_closed(vault, case):
    client, case_id = case
    with vault.session() as session:
        old = legacy_referral(session, case_id, "Legal aid", "Tenants Union", "Eviction", TODAY)
        done = legacy_referral(session, case_id, "Food bank", "Pantry", "No food", TODAY)
        update_referral_status(session, done, "completed")
        change_status(session, old, "accepted", TODAY)
    with vault.session() as session:
        shown = {r.id: r.status for r in list_referrals(session, client, TODAY)}
    assert shown == {old: "accepted", done: "closed"}


def test_an_open_referral_is_followed_up_in_today(vault, case):
    client, case_id = case
    pantry = signed(vault, client)
    with vault.session() as session:
        referral = make_referral(session, food_bank(case_id, pantry))
        change_status(session, referral, "accepted", TODAY)
        change_status(session, referral, "started", TODAY)
        assert today_view(session, vault.owner_id, TODAY).referral_follow_ups == ()
        with pytest.raises(Refusal, match="before the referral is made"):
            set_follow_up(session, referral, TODAY - DAY)
        set_follow_up(session, referral, TODAY)
        (due,) = today_view(session, vault.owner_id, TODAY).referral_follow_ups
        assert (due.id, due.status, due.overdue) == (referral, "started", False)
        assert list_referrals(session, client, TODAY)[0].follow_up_due is True
        change_status(session, referral, "closed", TODAY)
        assert today_view(session, vault.owner_id, TODAY).referral_follow_ups == ()
