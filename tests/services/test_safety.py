"""The safety plan (one per client, only changed parts written) and mandated reports
(recorded once, flagged to the supervisor, reviewed only by a supervisor; audit without
what was disclosed)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.refusal import Refusal
from app.models import AuditEvent, MandatedReport, OutboxEntry, SafetyPlan, WorkerProfile
from app.services.casework import open_case
from app.services.records import ClientDraft, create_client, get_client_record
from app.services.safety import (
    ReportDraft,
    SafetyPlanDraft,
    get_safety_plan,
    list_mandated_reports,
    record_mandated_report,
    review_mandated_report,
    save_safety_plan,
)

WORDS = "When I hear the car outside I call my sister."
DISCLOSED = "Said her partner hit the youngest child last night."


@pytest.fixture
def client(vault):
    with vault.session() as session:
        client_id = create_client(session, ClientDraft("Ana", "Pereira"), vault.owner_id)
        return client_id, open_case(session, client_id, "Housing", vault.owner_id)


def report(client_id: str, case_id: str | None = None, **changes) -> ReportDraft:
    values = {
        "client_id": client_id,
        "case_id": case_id,
        "kind": "abuse_neglect",
        "reported_on": date.today(),
        "agency": "County child protection",
        "reference": "CP-2291",
        "disclosed": DISCLOSED,
        "legal_basis": "Mandated reporter of suspected child abuse",
        **changes,
    }
    return ReportDraft(**values)


def test_a_safety_plan_is_one_record_and_only_changed_parts_are_written(vault, client):
    client_id, _ = client
    draft = SafetyPlanDraft(warning_signs="Not sleeping", client_words=f"  {WORDS} ")
    with vault.session() as session:
        first = save_safety_plan(session, client_id, draft, vault.owner_id)
    with vault.session() as session:
        before = session.scalar(select(OutboxEntry.seq).order_by(OutboxEntry.seq.desc()).limit(1))
        again = SafetyPlanDraft(
            warning_signs="Not sleeping", coping_steps="Walk", client_words=WORDS
        )
        assert save_safety_plan(session, client_id, again, vault.owner_id) == first
    with vault.session() as session:
        changed = session.scalars(select(OutboxEntry).where(OutboxEntry.seq > before)).all()
        plan_changes = [e.changes for e in changed if e.entity == "safety_plan"]
        assert [set(c) - {"hlc", "updated_at"} for c in plan_changes] == [{"coping_steps"}]
        shown = get_safety_plan(session, client_id)
        assert session.scalar(select(SafetyPlan.id).where(SafetyPlan.id != first)) is None
    assert shown.plan.client_words == WORDS and shown.plan.coping_steps == "Walk"
    assert shown.updated_by is not None


def test_a_review_date_in_the_future_is_refused(vault, client):
    tomorrow = date.today() + timedelta(days=1)
    with vault.session() as session, pytest.raises(Refusal, match="future"):
        save_safety_plan(session, client[0], SafetyPlanDraft(reviewed_on=tomorrow), "x")


def test_a_report_is_flagged_and_shown_in_the_header(vault, client):
    client_id, case_id = client
    with vault.session() as session:
        report_id = record_mandated_report(session, report(client_id, case_id), vault.owner_id)
    with vault.session() as session:
        (shown,) = list_mandated_reports(session, client_id)
        record = get_client_record(session, client_id)
        details = [str(e.detail) for e in session.scalars(select(AuditEvent))]
    assert shown.id == report_id and shown.flagged and shown.disclosed == DISCLOSED
    assert record.mandated_report_on == date.today()
    assert not any("hit" in text or "CP-2291" in text for text in details)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"agency": " "}, "agency"),
        ({"disclosed": ""}, "what was disclosed"),
        ({"legal_basis": ""}, "legal basis"),
        ({"kind": "gossip"}, "kind of report"),
        ({"reported_on": date.today() + timedelta(days=2)}, "future"),
    ],
)
def test_an_incomplete_report_is_refused_in_plain_words(vault, client, changes, message):
    with vault.session() as session, pytest.raises(Refusal, match=message):
        record_mandated_report(session, report(client[0], **changes), vault.owner_id)


def test_only_a_supervisor_reviews_and_a_correction_points_at_the_original(vault, client):
    client_id, _ = client
    with vault.session() as session:
        original = record_mandated_report(session, report(client_id), vault.owner_id)
        fixed = report(client_id, reference="CP-2292", corrects_id=original)
        correction = record_mandated_report(session, fixed, vault.owner_id)
        boss = WorkerProfile(display_name="Sam Okafor", role="supervisor")
        session.add(boss)
        session.flush()
        boss_id = boss.id
    with vault.session() as session, pytest.raises(Refusal, match="Only a supervisor"):
        review_mandated_report(session, original, vault.owner_id)
    with vault.session() as session:
        review_mandated_report(session, original, boss_id)
    with vault.session() as session:
        row = session.get(MandatedReport, original)
        assert not row.supervisor_flagged and row.supervisor_reviewed_by_id == boss_id
        shown = {r.id: r for r in list_mandated_reports(session, client_id)}
        with pytest.raises(Refusal, match="already been reviewed"):
            review_mandated_report(session, original, boss_id)
    assert shown[original].corrected and shown[original].reviewed_by == "Sam Okafor"
    assert shown[correction].flagged and shown[correction].corrects_id == original
