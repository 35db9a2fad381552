"""Assessments travel between two laptops through the office server over real HTTPS: the
answers per domain (the client's words included), who assessed, and the client's risk level and
safety flags the assessment changed; a re-assessment on the other laptop moves the due date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.core.assessment_forms import DomainAnswer
from app.models import Client
from app.services import casework
from app.services.assessment_views import get_assessment
from app.services.assessments import AssessmentDraft, record_structured_assessment
from app.services.plan import case_plan
from tests.sync.factory import add_client

WORDS = "Quiero que mis hijos sigan en la misma escuela."


@pytest.fixture
def two_laptops(https_office, tmp_path):
    """One worker's two enrolled laptops (the field laptop and the office desktop)."""
    name = https_office.user("noor")
    field = https_office.device(tmp_path / "field", name)
    return field, https_office.device(tmp_path / "desk", name)


def assess(vault, case_id: str, **changes) -> str:
    values = {
        "case_id": case_id,
        "instrument_id": "needs-strengths",
        "instrument_version": "1",
        "language": "es",
        "kind": "assessment",
        "assessed_on": date.today(),
        "answers": (
            DomainAnswer("housing", 3, "Dos meses de alquiler atrasados", "Su hermana", WORDS),
            DomainAnswer("safety", 2, "Vecino conflictivo"),
        ),
        "risk_level": "medium",
        "flags_added": ("Visit in pairs",),
        "next_due_on": date.today() + timedelta(days=60),
        **changes,
    }
    with vault.session() as session:
        return record_structured_assessment(session, AssessmentDraft(**values), vault.owner_id)


def client_state(vault, client_id: str) -> tuple[str, list[str]]:
    with vault.session() as session:
        client = session.get(Client, client_id)
        return client.risk_level, list(client.safety_flags)


def test_an_assessment_reaches_the_other_laptop_with_its_changes(https_office, two_laptops):
    field, desk = two_laptops
    client_id = add_client(field)
    with field.session() as session:
        case_id = casework.open_case(session, client_id, "Housing", field.owner_id)
    assessment_id = assess(field, case_id)
    assert https_office.sync(field).rejected == []
    https_office.sync(desk)

    with desk.session() as session:
        arrived = get_assessment(session, assessment_id, "es")
    assert [(d.title, d.rating, d.client_words) for d in arrived.domains] == [
        ("Vivienda", 3, WORDS),
        ("Seguridad", 2, ""),
    ]
    assert arrived.summary.assessed_by is not None and arrived.flags_added == ("Visit in pairs",)
    assert client_state(desk, client_id) == ("medium", ["Visit in pairs"])

    later = date.today() + timedelta(days=1)
    assess(
        desk,
        case_id,
        kind="reassessment",
        assessed_on=later,
        answers=(DomainAnswer("safety", 4, "Amenazas de la expareja"),),
        risk_level="high",
        flags_added=("Protective order in place",),
        flags_removed=("Visit in pairs",),
        next_due_on=later + timedelta(days=30),
    )
    assert https_office.sync(desk).rejected == []
    https_office.sync(field)
    assert client_state(field, client_id) == ("high", ["Protective order in place"])
    with field.session() as session:
        plan = case_plan(session, case_id)
    assert plan.last_assessed_on == later
    assert plan.reassessment_due_on == later + timedelta(days=30)
