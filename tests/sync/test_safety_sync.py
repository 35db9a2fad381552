"""A mandated report made on a worker's laptop reaches their supervisor's device over real
HTTPS, flagged; the supervisor's review comes back to the worker. The safety plan travels
with the client's words."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.safety import (
    ReportDraft,
    SafetyPlanDraft,
    get_safety_plan,
    list_mandated_reports,
    record_mandated_report,
    review_mandated_report,
    save_safety_plan,
)
from tests.sync.factory import add_client

DISCLOSED = "Dijo: mi padrastro me pega cuando bebe."
WORDS = "Si vuelvo a sentirme así, llamo a mi tía."


@pytest.fixture
def team(https_office, tmp_path):
    """A supervisor's device and one of their workers' devices."""
    boss = https_office.user("sam", "supervisor")
    worker = https_office.user("wren", "worker", supervisor=boss)
    return (
        https_office.device(tmp_path / "worker", worker),
        https_office.device(tmp_path / "supervisor", boss),
    )


def test_a_mandated_report_reaches_the_supervisor_flagged(https_office, team):
    worker, supervisor = team
    client_id = add_client(worker)
    draft = ReportDraft(
        client_id, "abuse_neglect", date.today(), "Child protection", DISCLOSED, "Mandated"
    )
    with worker.session() as session:
        report_id = record_mandated_report(session, draft, worker.owner_id)
        save_safety_plan(session, client_id, SafetyPlanDraft(client_words=WORDS), worker.owner_id)
    assert https_office.sync(worker).rejected == []
    https_office.sync(supervisor)

    with supervisor.session() as session:
        (arrived,) = list_mandated_reports(session, client_id)
        plan = get_safety_plan(session, client_id)
        assert arrived.id == report_id and arrived.flagged and arrived.disclosed == DISCLOSED
        assert plan is not None and plan.plan.client_words == WORDS
        review_mandated_report(session, report_id, supervisor.owner_id)
    assert https_office.sync(supervisor).rejected == []
    https_office.sync(worker)
    with worker.session() as session:
        (back,) = list_mandated_reports(session, client_id)
    assert not back.flagged and back.reviewed_by is not None
