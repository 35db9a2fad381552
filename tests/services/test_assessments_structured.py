"""Structured assessments: an instrument's domains answered (rating, needs, strengths, the
client's own words), the client's risk level and safety flags updated in the same unit of
work, the re-assessment date on the plan and on Today, and reading them back (audited)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from app.core.assessment_forms import DomainAnswer
from app.core.refusal import Refusal
from app.models import Assessment, AuditEvent, Client, OutboxEntry
from app.services.assessment_views import assessment_summaries, get_assessment
from app.services.assessments import (
    AssessmentDraft,
    list_assessments,
    record_assessment,
    record_structured_assessment,
)
from app.services.casework import open_case
from app.services.plan import case_plan
from app.services.records import ClientDraft, create_client
from app.services.today import today_view

TODAY = date(2025, 3, 10)
WORDS = "I want my kids to stay in the same school."


@pytest.fixture
def case(vault):
    draft = ClientDraft("Ana", "Pereira", safety_flags=["Dog on premises", "Visit in pairs"])
    with vault.session() as session:
        client_id = create_client(session, draft, vault.owner_id)
        return client_id, open_case(session, client_id, "Housing stability", vault.owner_id)


def draft_for(case_id: str, **changes) -> AssessmentDraft:
    base = AssessmentDraft(
        case_id=case_id,
        instrument_id="needs-strengths",
        instrument_version="1",
        language="en",
        kind="assessment",
        assessed_on=TODAY,
        answers=(
            DomainAnswer("safety", 4, "Partner threatened her last week", "", ""),
            DomainAnswer("housing", 3, "Two months of arrears", "Sister can lend", WORDS),
            DomainAnswer("legal"),  # opened and left empty: not stored
        ),
        risk_level="high",
        risks="Partner may come to the flat.",
        flags_added=("Protective order in place", " visit  in pairs "),
        flags_removed=("Dog on premises",),
        next_due_on=TODAY + timedelta(days=90),
    )
    return replace(base, **changes)


def record(vault, draft: AssessmentDraft) -> str:
    with vault.session() as session:
        return record_structured_assessment(session, draft, vault.owner_id)


def test_recording_stores_the_answers_and_updates_the_client(vault, case):
    client_id, case_id = case
    assessment_id = record(vault, draft_for(case_id))
    with vault.session() as session:
        row = session.get(Assessment, assessment_id)
        client = session.get(Client, client_id)
        assert (row.instrument_id, row.instrument_version, row.instrument_language) == (
            "needs-strengths",
            "1",
            "en",
        )
        assert list(row.domains) == ["housing", "safety"]  # the instrument's order
        assert row.domains["housing"] == {
            "rating": 3,
            "needs": "Two months of arrears",
            "strengths": "Sister can lend",
            "client_words": WORDS,
        }
        assert row.risks == "Partner may come to the flat." and row.assessed_by_id == vault.owner_id
        # "visit in pairs" was there already (any case, any spacing): not added twice
        assert row.flags_added == ["Protective order in place"]
        assert row.flags_removed == ["Dog on premises"]
        assert client.risk_level == "high"
        assert client.safety_flags == ["Visit in pairs", "Protective order in place"]


def test_the_change_goes_to_the_outbox_and_the_audit_holds_codes_only(vault, case):
    client_id, case_id = case
    assessment_id = record(vault, draft_for(case_id))
    with vault.session() as session:
        entries = {
            (e.entity, e.op): e.changes
            for e in session.scalars(
                select(OutboxEntry).where(OutboxEntry.record_id.in_([assessment_id, client_id]))
            )
        }
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "assessment.recorded")
        ).one()
    assert entries[("assessment", "insert")]["domains"]["housing"]["client_words"] == WORDS
    assert set(entries[("client", "update")]) == {"risk_level", "safety_flags"}
    assert event.detail == {
        "case": case_id,
        "kind": "assessment",
        "instrument": "needs-strengths",
        "version": "1",
        "risk": "high",
        "flags_added": 1,
        "flags_removed": 1,
    }


def test_an_unchanged_risk_and_no_flags_leave_the_client_alone(vault, case):
    client_id, case_id = case
    draft = draft_for(case_id, risk_level="low", flags_added=(), flags_removed=("Gone",))
    record(vault, draft)
    with vault.session() as session:
        changes = list(session.scalars(select(OutboxEntry).where(OutboxEntry.op == "update")))
        assert session.get(Client, client_id).safety_flags == ["Dog on premises", "Visit in pairs"]
    assert [e.entity for e in changes] == []


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"answers": (DomainAnswer("legal"),)}, "at least one area"),
        ({"answers": (DomainAnswer("garden", 1),)}, "no such area"),
        ({"answers": (DomainAnswer("housing", 9),)}, "point of the scale"),
        ({"risk_level": "extreme"}, "risk level must be one of"),
        ({"kind": "chat"}, "kind of assessment"),
        ({"next_due_on": TODAY}, "after the assessment date"),
        ({"instrument_version": "7"}, "this version of it\\) is not in this copy"),
        ({"flags_added": ("x" * 201,)}, "safety flag is too long"),
        ({"risks": "x" * 5001}, "notes on risk is too long"),
    ],
)
def test_refusals_are_in_plain_words_and_write_nothing(vault, case, changes, message):
    client_id, case_id = case
    with pytest.raises(Refusal, match=message), vault.session() as session:
        record_structured_assessment(session, draft_for(case_id, **changes), vault.owner_id)
    with vault.session() as session:
        assert session.scalars(select(Assessment)).all() == []
        client = session.get(Client, client_id)
        assert client.risk_level == "low" and "Dog on premises" in client.safety_flags


def test_the_due_date_reaches_the_plan_and_today(vault, case):
    _client_id, case_id = case
    record(vault, draft_for(case_id, next_due_on=TODAY + timedelta(days=5)))
    with vault.session() as session:
        plan = case_plan(session, case_id, today=TODAY)
        due = today_view(session, vault.owner_id, TODAY).reassessments_due
        legacy = list_assessments(session, case_id)  # the older reading still works
    assert plan.last_assessed_on == TODAY and plan.reassessment_due_on == TODAY + timedelta(5)
    assert [(d.case_id, d.due_on) for d in due] == [(case_id, TODAY + timedelta(days=5))]
    assert legacy[0].risk_level == "high"


def test_summaries_are_labels_and_reading_one_is_audited(vault, case):
    _client_id, case_id = case
    with vault.session() as session:
        record_assessment(session, case_id, "screening", TODAY - timedelta(days=30), "Rent")
    assessment_id = record(vault, draft_for(case_id, kind="reassessment", language="es"))
    with vault.session() as session:
        summaries = assessment_summaries(session, case_id, "fr")
        assert session.scalars(select(AuditEvent.action)).all().count("assessment.viewed") == 0
        shown = get_assessment(session, assessment_id, "fr")
        viewed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "assessment.viewed")
        ).one()
    assert [(s.kind, s.instrument_title, s.areas) for s in summaries] == [
        ("reassessment", "Besoins et forces (général)", 2),
        ("screening", None, 0),
    ]
    assert summaries[0].assessed_by == "Alex Rivera" and summaries[1].assessed_by is None
    assert viewed.record_id == assessment_id and viewed.detail == {}
    assert [(d.title, d.rating, d.rating_label) for d in shown.domains] == [
        ("Logement", 3, "Difficulté sérieuse"),
        ("Sécurité", 4, "Crise"),
    ]
    assert shown.domains[0].client_words == WORDS and shown.suggested_risk == "high"
    assert shown.flags_added == ("Protective order in place",)


def test_an_instrument_no_longer_shipped_still_reads_back(vault, case):
    _client_id, case_id = case
    assessment_id = record(vault, draft_for(case_id))
    with vault.session() as session:
        session.get(Assessment, assessment_id).instrument_id = "retired-tool"
    with vault.session() as session:
        shown = get_assessment(session, assessment_id)
    assert shown.summary.instrument_title == "retired-tool" and shown.suggested_risk is None
    assert [(d.title, d.rating_label) for d in shown.domains] == [("housing", "3"), ("safety", "4")]


def test_migration_0007_made_the_columns(vault):
    with vault.session() as session:
        columns = {row[1] for row in session.execute(text("PRAGMA table_info(assessment)"))}
    assert {
        "instrument_id",
        "instrument_version",
        "instrument_language",
        "domains",
        "flags_added",
        "flags_removed",
        "assessed_by_id",
    } <= columns
