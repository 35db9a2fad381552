"""Closure against the record: the checklist read from the data, closing with an exception
(flagged to the supervisor), the goals' outcomes, the client's feedback and follow-up."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.core.stages import CaseStage
from app.models import AuditEvent, Case, Consent, Goal, OutboxEntry, Referral, Task, WorkerProfile
from app.services.activity import (
    add_task,
    cancel_visit,
    complete_task,
    make_referral,
    schedule_visit,
)
from app.services.casework import (
    Closing,
    ClosureChecklist,
    StageMoveRefused,
    close_case,
    move_stage,
    open_case,
)
from app.services.closure import (
    closure_review,
    outcome_summary,
    record_feedback,
    review_exception,
)
from app.services.notes import start_note
from app.services.plan import add_goal
from app.services.records import ClientDraft, create_client

NEXT_MONTH = date.today() + timedelta(days=30)


@pytest.fixture
def case(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
        return client, open_case(session, client, "Housing stability", vault.owner_id)


def _consent(session, client_id, status):
    consent = Consent(
        client_id=client_id,
        scope="release_of_information",
        purpose="Referral to the food bank",
        effective_on=date(2025, 1, 1),
        signer_name="Ana Pereira",
        signer_authority="self",
        method="written",
        language="en",
        template_id="roi",
        template_version="1",
        status=status,
    )
    session.add(consent)
    session.flush()
    return consent.id


def _referral(session, case_id, service, status):
    referral_id = make_referral(
        session, case_id, service, "Eastside", "Needs support", date(2025, 3, 1)
    )
    session.get(Referral, referral_id).status = status  # statuses of the referral workflow
    return referral_id


def _busy_case(session, owner, client, case_id):
    """A case with something left on every point of the checklist."""
    add_task(session, "Call the landlord", date(2025, 3, 10), case_id=case_id)
    complete_task(session, add_task(session, "Send the form", case_id=case_id))
    for service, status in (
        ("Food bank", "made"),
        ("Debt advice", "sent"),
        ("Counselling", "service_started"),
        ("Legal aid", "closed"),
        ("Job club", "declined"),
        ("Benefits", "completed"),
    ):
        _referral(session, case_id, service, status)
    start_note(session, client, "free", owner, case_id)
    _consent(session, client, "draft")
    _consent(session, client, "active")
    return add_goal(session, case_id, "Keep the flat")


def test_the_checklist_is_read_from_the_record(vault, case):
    client, case_id = case
    with vault.session() as session:
        goal = _busy_case(session, vault.owner_id, client, case_id)
        review = closure_review(session, case_id)
    assert [t.label for t in review.open_tasks] == ["Call the landlord"]
    assert [r.label for r in review.open_referrals] == [
        "Food bank, Eastside",
        "Debt advice, Eastside",
        "Counselling, Eastside",
    ]
    assert len(review.unsigned_notes) == 1 and review.unsigned_notes[0].kind == "note"
    assert [c.label for c in review.draft_consents] == ["release_of_information"]
    assert [(g.id, g.outcome) for g in review.goals] == [(goal, None)]
    assert review.follow_up is None and review.follow_up_declined is None
    assert review.missing(informed=False) == (
        "informed",
        "tasks",
        "referrals",
        "notes",
        "consents",
        "goals",
        "follow_up",
    )


def test_closing_is_refused_with_what_is_missing_and_nothing_is_kept(vault, case):
    client, case_id = case
    with vault.session() as session:
        goal = _busy_case(session, vault.owner_id, client, case_id)
    closing = Closing(
        "Goals met",
        True,
        ((goal, "achieved"),),
        "It helped a lot",
        follow_up_on=NEXT_MONTH,
    )
    with pytest.raises(StageMoveRefused) as refused, vault.session() as session:
        close_case(session, case_id, vault.owner_id, closing)
    assert str(refused.value) == (
        "This case cannot close yet: 1 open task; 3 referrals without an outcome; 1 unsigned "
        "note; 1 consent still a draft. Resolve these, or close with an exception and say why "
        "(your supervisor is told)."
    )
    with vault.session() as session:  # the outcomes and the follow-up went with the refusal
        assert session.get(Goal, goal).outcome is None
        assert session.get(Case, case_id).client_feedback is None
        assert session.scalars(select(Task).where(Task.kind == "follow_up")).all() == []
        assert session.get(Case, case_id).stage == "intake"


def test_an_exception_closes_and_is_flagged_for_the_supervisor(vault, case):
    client, case_id = case
    with vault.session() as session:
        _busy_case(session, vault.owner_id, client, case_id)
    closing = Closing("Client moved abroad", exception="Lost contact; the client left the country")
    with vault.session() as session:
        summary = close_case(session, case_id, vault.owner_id, closing)
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "case.closure_exception")
        ).one()
        synced = session.scalars(
            select(OutboxEntry).where(OutboxEntry.record_id == case_id, OutboxEntry.op == "update")
        ).all()
    assert summary.exception == "Lost contact; the client left the country" and summary.flagged
    assert summary.not_recorded == ("Keep the flat",) and summary.closed_on == date.today()
    assert event.detail == {
        "missing": ["informed", "tasks", "referrals", "notes", "consents", "goals", "follow_up"]
    }
    assert any(e.changes.get("closure_flagged") is True for e in synced)  # it syncs


def test_a_clean_close_records_outcomes_feedback_and_the_follow_up(vault, case):
    _client, case_id = case
    with vault.session() as session:
        keep = add_goal(session, case_id, "Keep the flat")
        work = add_goal(session, case_id, "Find work")
        debts = add_goal(session, case_id, "Clear the debts")
    outcomes = ((keep, "achieved"), (work, "partly"), (debts, "not_achieved"))
    closing = Closing(
        "Goals met",
        True,
        outcomes,
        "  You listened to me.  ",
        follow_up_on=NEXT_MONTH,
        follow_up_title="Call in a month",
        exception="ignored: nothing is missing",
    )
    with vault.session() as session:
        summary = close_case(session, case_id, vault.owner_id, closing)
        review = closure_review(session, case_id)
    assert (summary.achieved, summary.partly, summary.not_achieved) == (
        ("Keep the flat",),
        ("Find work",),
        ("Clear the debts",),
    )
    assert summary.client_feedback == "You listened to me." and summary.reason == "Goals met"
    assert summary.exception is None and not summary.flagged
    assert review.follow_up.label == "Call in a month" and review.follow_up.on == NEXT_MONTH
    assert review.missing() == ()


def test_follow_up_counts_as_a_visit_booked_or_declined_with_a_reason(vault, case):
    client, case_id = case
    informed = ClosureChecklist(client_informed=True)
    with vault.session() as session:
        visit = schedule_visit(
            session, client, vault.owner_id, "phone", datetime.now() + timedelta(days=40)
        )
        assert closure_review(session, case_id).follow_up.id == visit
        cancel_visit(session, visit, "Client asked not to be called")
        add_task(session, "Old follow-up", date(2020, 1, 1), "follow_up", case_id)  # past
        assert closure_review(session, case_id).missing() == ("follow_up",)
        record_feedback(session, case_id, None, "Does not want more calls")
        assert closure_review(session, case_id).follow_up_declined == "Does not want more calls"
        move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Goals met", informed)


def test_closing_refuses_what_cannot_be_right(vault, case):
    client, case_id = case
    with vault.session() as session:
        other_case = open_case(session, client, "Employment", vault.owner_id)
        theirs = add_goal(session, other_case, "Find work")
        mine = add_goal(session, case_id, "Keep the flat")
    cases = (
        (Closing("Done", True, ((theirs, "achieved"),)), "another case"),
        (Closing("Done", True, ((mine, "mostly"),)), "partly achieved"),
        (Closing("Done", True, follow_up_on=date(2020, 1, 1)), "in the past"),
        (Closing(" ", True, follow_up_declined="No"), "reason for closing"),
    )
    for closing, message in cases:
        with pytest.raises(Refusal, match=message), vault.session() as session:
            close_case(session, case_id, vault.owner_id, closing)


def test_only_a_supervisor_takes_the_flag_down_and_reopening_clears_it(vault, case):
    _client, case_id = case
    with vault.session() as session:
        boss = WorkerProfile(display_name="Sam Okafor", role="supervisor")
        session.add(boss)
        session.flush()
        boss_id = boss.id
        close_case(session, case_id, vault.owner_id, Closing("Moved", exception="Lost contact"))
        with pytest.raises(Refusal, match="Only a supervisor"):
            review_exception(session, case_id, vault.owner_id)
        review_exception(session, case_id, boss_id)
        assert not outcome_summary(session, case_id).flagged
        assert outcome_summary(session, case_id).exception == "Lost contact"  # the reason stays
        with pytest.raises(Refusal, match="no closure exception waiting"):
            review_exception(session, case_id, boss_id)
        move_stage(session, case_id, CaseStage.FOLLOW_UP, vault.owner_id, "Follow-up")
        move_stage(session, case_id, CaseStage.INTAKE, vault.owner_id, "Back again")
        case = session.get(Case, case_id)
        assert case.closed_on is None and case.closure_exception is None


def test_ending_the_follow_up_does_not_ask_for_another(vault, case):
    _client, case_id = case
    informed = ClosureChecklist(client_informed=True)
    with vault.session() as session:
        task = add_task(session, "Check in", NEXT_MONTH, "follow_up", case_id)
        move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Goals met", informed)
        move_stage(session, case_id, CaseStage.FOLLOW_UP, vault.owner_id, "Follow-up")
        complete_task(session, task)
        move_stage(session, case_id, CaseStage.CLOSURE, vault.owner_id, "Follow-up done", informed)
        assert session.get(Case, case_id).closure_exception is None
