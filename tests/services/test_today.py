"""The worker's day: visits, tasks, re-assessments, expiring consents, referral follow-ups."""

from datetime import date, datetime, timedelta

import pytest

from app.models import Consent, WorkerProfile
from app.services.activity import (
    add_task,
    cancel_visit,
    complete_task,
    make_referral,
    schedule_visit,
    update_referral_status,
)
from app.services.assessments import record_assessment
from app.services.casework import open_case
from app.services.records import ClientDraft, create_client
from app.services.today import today_view

TODAY = date(2025, 3, 10)
DAY = timedelta(days=1)


def at(hour, day=TODAY):
    return datetime(day.year, day.month, day.day, hour)


def _consent(session, client_id, expires_on, **fields):
    consent = Consent(
        client_id=client_id,
        scope="services",
        purpose="Support services",
        effective_on=date(2024, 4, 1),
        expires_on=expires_on,
        signer_name="R D",
        signer_authority="self",
        method="written",
        language="en",
        template_id="services",
        template_version="1",
        **{"status": "active", **fields},
    )
    session.add(consent)
    session.flush()
    return consent.id


@pytest.fixture
def world(vault):
    with vault.session() as session:
        other = WorkerProfile(display_name="Jordan Lee")
        session.add(other)
        session.flush()
        mine = create_client(
            session, ClientDraft("Rosa", "Delgado", preferred_name="Rosie"), vault.owner_id
        )
        theirs = create_client(session, ClientDraft("Ola", "Nordmann"), other.id)
        case_id = open_case(session, mine, "Housing stability", vault.owner_id)
        return mine, theirs, case_id, other.id


def test_todays_visits_in_time_order_with_the_preferred_name(vault, world):
    mine, theirs, _, other = world
    with vault.session() as session:
        afternoon = schedule_visit(session, mine, vault.owner_id, "home", at(14), 60, "Flat 3")
        morning = schedule_visit(session, mine, vault.owner_id, "phone", at(9))
        schedule_visit(session, mine, vault.owner_id, "office", at(9, TODAY + DAY))
        schedule_visit(session, theirs, other, "home", at(10))
        called_off = schedule_visit(session, mine, vault.owner_id, "video", at(11))
        cancel_visit(session, called_off, "Client unwell")
        view = today_view(session, vault.owner_id, TODAY)
    assert [v.id for v in view.visits] == [morning, afternoon]
    assert view.visits[0].client_name == "Rosie Delgado" and view.visits[0].client_id == mine
    assert view.visits[1].location == "Flat 3"


def test_overdue_task_is_listed_until_it_is_done(vault, world):
    mine, theirs, case_id, other = world
    with vault.session() as session:
        late = add_task(
            session,
            "Send rent letter",
            TODAY - 2 * DAY,
            case_id=case_id,
            assigned_to_id=vault.owner_id,
        )
        unassigned = add_task(session, "Return form", TODAY - DAY, client_id=mine)
        due = add_task(
            session,
            "Call landlord",
            TODAY,
            kind="follow_up",
            client_id=mine,
            assigned_to_id=vault.owner_id,
        )
        add_task(session, "Someone else's", TODAY - DAY, client_id=theirs)
        add_task(session, "Assigned elsewhere", TODAY, client_id=mine, assigned_to_id=other)
        add_task(session, "Next week", TODAY + 7 * DAY, client_id=mine)
        view = today_view(session, vault.owner_id, TODAY)
        assert [t.id for t in view.overdue_tasks] == [late, unassigned]
        assert [t.id for t in view.due_today] == [due]
        assert view.overdue_tasks[0].client_name == "Rosie Delgado"
        complete_task(session, late)
        after = today_view(session, vault.owner_id, TODAY)
    assert [t.id for t in after.overdue_tasks] == [unassigned]


def test_reassessments_coming_due_until_a_new_one_is_recorded(vault, world):
    mine, _, case_id, _ = world
    with vault.session() as session:
        later_case = open_case(session, mine, "Employment", vault.owner_id)
        record_assessment(
            session, case_id, "assessment", date(2024, 12, 1), next_due_on=TODAY - 2 * DAY
        )
        record_assessment(
            session, later_case, "assessment", date(2024, 12, 1), next_due_on=TODAY + 30 * DAY
        )
        view = today_view(session, vault.owner_id, TODAY)
        assert [(r.case_id, r.overdue) for r in view.reassessments_due] == [(case_id, True)]
        assert view.reassessments_due[0].client_name == "Rosie Delgado"
        record_assessment(session, case_id, "reassessment", TODAY, next_due_on=TODAY + 90 * DAY)
        assert today_view(session, vault.owner_id, TODAY).reassessments_due == ()


def test_consents_expiring_within_30_days(vault, world):
    mine, theirs, _, _ = world
    with vault.session() as session:
        soon = _consent(session, mine, TODAY + 10 * DAY)
        _consent(session, mine, TODAY + 60 * DAY)
        _consent(session, mine, TODAY - DAY)  # already expired
        _consent(session, mine, TODAY + 5 * DAY, status="draft")
        _consent(session, theirs, TODAY + 5 * DAY)
        withdrawn = _consent(session, mine, TODAY + 3 * DAY)
        _consent(
            session,
            mine,
            None,
            status="revoked",
            revokes_id=withdrawn,
            revocation_reason="Changed mind",
        )
        view = today_view(session, vault.owner_id, TODAY)
    assert [(c.id, c.days_left) for c in view.expiring_consents] == [(soon, 10)]
    assert view.expiring_consents[0].client_name == "Rosie Delgado"


def test_referral_waiting_for_follow_up_until_it_is_settled(vault, world):
    _, _, case_id, _ = world
    with vault.session() as session:
        referral = make_referral(
            session,
            case_id,
            "Legal aid",
            "Tenants Union",
            "Eviction notice",
            TODAY - 10 * DAY,
            TODAY - DAY,
        )
        make_referral(session, case_id, "Food bank", "Pantry", "No food", TODAY, TODAY + DAY)
        view = today_view(session, vault.owner_id, TODAY)
        assert [(r.id, r.overdue) for r in view.referral_follow_ups] == [(referral, True)]
        update_referral_status(session, referral, "completed")
        assert today_view(session, vault.owner_id, TODAY).referral_follow_ups == ()
