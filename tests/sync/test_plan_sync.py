"""Plan monitoring and referrals travel between two laptops through the office server over
real HTTPS: a progress entry (with the objective it moved), an intervention under an
objective, the client's agreement to the plan, and a referral made under a release of
information, whose status the other laptop then moves on."""

from datetime import date

import pytest

from app.services.monitoring import add_progress_entry, record_plan_agreement
from app.services.plan import add_intervention, case_plan
from app.services.referrals import ReferralDraft, change_status, list_referrals, make_referral
from tests.services.test_referrals import signed
from tests.sync.factory import add_caseload

TODAY = date.today()


@pytest.fixture
def two_laptops(https_office, tmp_path):
    """One worker's two enrolled laptops (the field laptop and the office desktop)."""
    name = https_office.user("ruth")
    return https_office.device(tmp_path / "field", name), https_office.device(
        tmp_path / "desk", name
    )


def test_progress_and_agreement_reach_the_other_laptop(https_office, two_laptops):
    field, desk = two_laptops
    made = add_caseload(field)
    with field.session() as session:
        add_progress_entry(session, made.objective_id, "2", TODAY, "Two viewings booked")
        add_intervention(
            session, made.goal_id, "Flat search together", "worker", objective_id=made.objective_id
        )
        record_plan_agreement(session, made.case_id, "agreed", "Yes, near the school", TODAY)
    assert https_office.sync(field).rejected == []
    https_office.sync(desk)
    with desk.session() as session:
        arrived = case_plan(session, made.case_id, TODAY)
    objective = arrived.goals[0].objectives[0]
    assert objective.current_value == "2"
    assert [(p.value, p.note) for p in objective.progress] == [("2", "Two viewings booked")]
    assert [i.description for i in objective.interventions] == ["Flat search together"]
    assert (arrived.agreement.answer, arrived.agreement.words) == ("agreed", "Yes, near the school")


def test_a_referral_and_its_next_status_reach_both_laptops(https_office, two_laptops):
    field, desk = two_laptops
    made = add_caseload(field)
    release = signed(field, made.client_id, recipients=("Casa Abierta",))
    draft = ReferralDraft(
        made.case_id, "Casa Abierta", "Shelter", "Nowhere to sleep", TODAY, "urgent",
        follow_up_on=TODAY, consent_id=release,
    )  # fmt: skip
    with field.session() as session:
        referral = make_referral(session, draft)
    assert https_office.sync(field).rejected == []
    https_office.sync(desk)
    with desk.session() as session:
        (arrived,) = list_referrals(session, made.client_id, TODAY)
        assert (arrived.id, arrived.status, arrived.urgency) == (referral, "sent", "urgent")
        assert arrived.consent_id == release and arrived.follow_up_due
        change_status(session, referral, "accepted", TODAY, "Bed from Monday")
    assert https_office.sync(desk).rejected == []
    https_office.sync(field)
    with field.session() as session:
        (back,) = list_referrals(session, made.client_id, TODAY)
    assert (back.status, back.status_note) == ("accepted", "Bed from Monday")
