"""Intake services: a new client checked against the vault for duplicates first, the answer
recorded; edits field by field in the outbox and audited by field name; household members
and collaterals; screening and eligibility at intake."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.core.duplicates import DATE_OF_BIRTH, NAME_SOUND, PHONE
from app.core.refusal import Refusal
from app.core.stages import CaseStage
from app.models import AuditEvent, Case, Client, DuplicateDecision, OutboxEntry, Screening
from app.services import intake, intake_people, intake_screening
from app.services.casework import move_stage, open_case
from app.services.fields import NotFound
from app.services.intake import ClientDetails
from app.services.intake_people import PersonDetails
from app.services.intake_screening import ScreeningDraft
from app.services.records import get_client_record

BORN = date(1979, 12, 1)
ROSA = ClientDetails("Rosa", "Delgado", date_of_birth=BORN, phone="555-0101")


def create(vault, details: ClientDetails, different_from=()) -> intake.IntakeResult:
    with vault.session() as session:
        return intake.create_client(session, details, vault.owner_id, different_from)


def events(vault, action: str) -> list[AuditEvent]:
    with vault.session() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_new_client_with_no_likeness_is_saved_at_once(vault) -> None:
    details = ClientDetails(
        " Rosa ",
        "Delgado",
        preferred_name="Rosie",
        pronouns="she/her",
        preferred_language="es",
        interpreter_needed=True,
        may_leave_message=False,
        may_visit=True,
        safe_contact_times="Weekdays 9-12",
        cultural_considerations="",
    )
    result = create(vault, details)
    assert result.duplicates == () and result.client_id is not None
    with vault.session() as session:
        client = session.get(Client, result.client_id)
        assert (client.legal_first_name, client.preferred_language) == ("Rosa", "es")
        assert (client.may_leave_message, client.may_visit, client.may_send_mail) == (
            False,
            True,
            None,
        )
        assert client.cultural_considerations is None  # empty text is "not recorded"
        assert client.assigned_worker_id == vault.owner_id
        record = get_client_record(session, result.client_id)
    assert record.may_leave_message is False and record.interpreter_needed
    [created] = events(vault, "client.created")
    assert created.record_id == result.client_id and created.detail == {"different_from": []}


def test_a_sound_alike_with_the_same_birth_date_stops_the_save_until_answered(vault) -> None:
    existing = create(vault, ROSA).client_id
    new = ClientDetails("Roza", "Delgadoh", date_of_birth=BORN)
    first = create(vault, new)
    assert first.client_id is None  # nothing saved
    [candidate] = first.duplicates
    assert candidate.client_id == existing and candidate.legal_name == "Rosa Delgado"
    assert candidate.matched_on == (NAME_SOUND, DATE_OF_BIRTH)
    assert candidate.assigned_worker == "Alex Rivera"
    with vault.session() as session:
        assert session.query(Client).count() == 1

    second = create(vault, new, different_from=[existing])
    assert second.client_id is not None
    with vault.session() as session:
        [decision] = session.scalars(select(DuplicateDecision)).all()
        assert (decision.client_id, decision.other_client_id, decision.decision) == (
            second.client_id,
            existing,
            "different_person",
        )
        assert decision.matched_on == [NAME_SOUND, DATE_OF_BIRTH]
        assert decision.decided_by_id == vault.owner_id
        outbox = session.scalars(
            select(OutboxEntry.entity).where(OutboxEntry.record_id == decision.id)
        ).all()
    assert outbox == ["duplicate_decision"]  # synced like any record
    created = events(vault, "client.created")[-1]
    assert (created.record_id, created.detail) == (second.client_id, {"different_from": [existing]})


def test_same_person_saves_nothing_new_and_records_the_answer(vault) -> None:
    existing = create(vault, ROSA).client_id
    with vault.session() as session:
        assert intake.same_person(session, existing, [NAME_SOUND], vault.owner_id) == existing
        with pytest.raises(Refusal, match="reasons"):
            intake.same_person(session, existing, ["gut_feeling"], vault.owner_id)
    with vault.session() as session:
        assert session.query(Client).count() == 1
        [decision] = session.scalars(select(DuplicateDecision)).all()
    assert (decision.client_id, decision.other_client_id) == (existing, None)
    assert decision.decision == "same_person"
    assert [e.record_id for e in events(vault, "client.duplicate_same")] == [existing]


def test_a_shared_phone_number_is_a_possible_duplicate(vault) -> None:
    existing = create(vault, ROSA).client_id
    other = ClientDetails("Kwame", "Mensah", phone="(555) 0101")
    [candidate] = create(vault, other).duplicates
    assert candidate.client_id == existing and candidate.matched_on == (PHONE,)


def test_a_removed_client_is_not_a_duplicate(vault) -> None:
    existing = create(vault, ROSA).client_id
    with vault.session() as session:
        session.get(Client, existing).deleted = True
    assert create(vault, ROSA).client_id is not None


def test_the_duplicate_sieve_keeps_names_starting_with_accents_or_of_several_words(vault):
    one = create(vault, ClientDetails("Élodie", "de la Cruz")).client_id
    two = create(vault, ClientDetails("Ana", "Hernández")).client_id
    with vault.session() as session:
        found = intake.find_duplicates(session, ClientDetails("Elodie", "Cruz"))
        assert [c.client_id for c in found] == [one]
        found = intake.find_duplicates(session, ClientDetails("Anna", "Ernandes"))
        assert [c.client_id for c in found] == [two]


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (ClientDetails("", "Delgado"), "first name"),
        (ClientDetails("Rosa", "  "), "family name"),
        (ClientDetails("Rosa", "D", date_of_birth=date.today() + timedelta(1)), "future"),
        (ClientDetails("Rosa", "D", date_of_birth=date(1850, 1, 1)), "1900"),
        (ClientDetails("Rosa", "D", preferred_language="Spanish"), "language"),
        (ClientDetails("Rosa", "D", email="rosa at home"), "email"),
        (ClientDetails("Rosa", "D", phone="call me"), "digits"),
        (ClientDetails("Rosa", "D", lacks_capacity=True), "guardian or legal representative"),
        (
            ClientDetails("Rosa", "D", representative_name="Ines", representative_role="boss"),
            "role",
        ),
    ],
)
def test_details_are_refused_in_plain_words(vault, details, message) -> None:
    with vault.session() as session, pytest.raises(Refusal, match=message):
        intake.create_client(session, details, vault.owner_id)


def test_editing_changes_only_what_differs_field_by_field(vault) -> None:
    client_id = create(vault, ROSA).client_id
    with vault.session() as session:
        before = intake.client_details(session, client_id)
    assert (before.legal_first_name, before.phone, before.date_of_birth) == (
        "Rosa",
        "555-0101",
        BORN,
    )
    edited = replace(
        before,
        pronouns="she/her",
        lacks_capacity=True,
        representative_name="Ines Delgado",
        representative_role="guardian",
    )
    with vault.session() as session:
        changed = intake.update_client(session, client_id, edited)
        assert intake.update_client(session, client_id, edited) == ()  # nothing differs now
    assert changed == ("pronouns", "lacks_capacity", "representative_name", "representative_role")
    with vault.session() as session:
        update = session.scalars(
            select(OutboxEntry).where(
                OutboxEntry.record_id == client_id, OutboxEntry.op == "update"
            )
        ).one()
        record = get_client_record(session, client_id)
    assert set(update.changes) == set(changed)  # only these fields travel
    assert (record.representative_name, record.representative_role) == ("Ines Delgado", "guardian")
    assert record.pronouns == "she/her"
    [event] = events(vault, "client.updated")
    assert event.detail == {"fields": list(changed)}


def test_people_household_and_collaterals(vault) -> None:
    client_id = create(vault, ROSA).client_id
    son = PersonDetails("household", "Mateo Delgado", "son", date_of_birth=date(2012, 3, 4))
    gp = PersonDetails(
        "collateral", "Dr Okafor", "GP", organisation="Valley Clinic", may_contact=True
    )
    with vault.session() as session:
        son_id = intake_people.add_person(session, client_id, son)
        gp_id = intake_people.add_person(session, client_id, gp)
        people = intake_people.list_people(session, client_id)
    assert [p.id for p in people] == [son_id, gp_id]  # household first
    assert people[1].details.organisation == "Valley Clinic" and people[1].details.may_contact
    aware = PersonDetails(**{**vars(son), "aware_of_services": True})
    with vault.session() as session:
        assert intake_people.update_person(session, son_id, aware) == ("aware_of_services",)
        assert intake_people.update_person(session, son_id, aware) == ()
        intake_people.remove_person(session, gp_id)
        record = get_client_record(session, client_id)
    assert [(p.name, p.aware_of_services) for p in record.people] == [("Mateo Delgado", True)]
    actions = [e.action for e in events(vault, "person.added")]
    assert actions == ["person.added", "person.added"]
    [updated] = events(vault, "person.updated")
    assert updated.detail == {"client": client_id, "fields": ["aware_of_services"]}
    for event in (*events(vault, "person.added"), updated, *events(vault, "person.removed")):
        assert "Mateo" not in str(event.detail) and "Okafor" not in str(event.detail)


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (PersonDetails("neighbour", "Ann", "neighbour"), "kind"),
        (PersonDetails("household", " ", "son"), "name"),
        (PersonDetails("household", "Ann", ""), "relationship"),
        (PersonDetails("collateral", "Ann", "GP", email="ann@"), "email"),
    ],
)
def test_people_are_refused_in_plain_words(vault, details, message) -> None:
    client_id = create(vault, ROSA).client_id
    with vault.session() as session, pytest.raises(Refusal, match=message):
        intake_people.add_person(session, client_id, details)


def test_a_person_of_another_client_or_gone_is_not_found(vault) -> None:
    with vault.session() as session, pytest.raises(NotFound):
        intake_people.add_person(session, "no-such-client", PersonDetails("household", "A", "b"))


def screen(vault, client_id, **values) -> str:
    draft = ScreeningDraft(
        **{
            "program": "Housing stability",
            "criteria_met": True,
            "decision": "eligible",
            "reason": "Homeless within 56 days; lives in the area",
            "criteria": "Lives in the area\nHomeless or at risk",
            **values,
        }
    )
    with vault.session() as session:
        return intake_screening.record_screening(session, client_id, draft, vault.owner_id)


def test_screening_belongs_to_the_case_at_intake(vault) -> None:
    client_id = create(vault, ROSA).client_id
    with vault.session() as session:
        case_id = open_case(session, client_id, "Housing stability", vault.owner_id)
    screening_id = screen(vault, client_id)
    with vault.session() as session:
        [view] = intake_screening.list_screenings(session, client_id)
        assert (view.id, view.case_id, view.decision, view.criteria_met) == (
            screening_id,
            case_id,
            "eligible",
            True,
        )
        assert view.screened_by == "Alex Rivera" and view.screened_on == date.today()
        move_stage(session, case_id, CaseStage.ASSESSMENT, vault.owner_id, "assessed")
    with pytest.raises(Refusal, match="past intake"):
        screen(vault, client_id)
    [event] = events(vault, "intake.screened")
    assert event.detail == {"client": client_id, "case": case_id, "decision": "eligible"}


def test_an_eligible_screening_can_open_the_case(vault) -> None:
    client_id = create(vault, ROSA).client_id
    screen(vault, client_id, open_case=True, screened_on=date.today() - timedelta(days=1))
    with vault.session() as session:
        case = session.scalars(select(Case)).one()
        screening = session.scalars(select(Screening)).one()
    assert (case.stage, case.program, screening.case_id) == ("intake", "Housing stability", case.id)
    assert case.opened_on == date.today() - timedelta(days=1)


def test_not_eligible_with_its_reason_and_no_case(vault) -> None:
    client_id = create(vault, ROSA).client_id
    screen(vault, client_id, criteria_met=False, decision="referred", reason="Outside the area")
    with pytest.raises(Refusal, match="eligible"):
        screen(vault, client_id, criteria_met=False, decision="not_eligible", open_case=True)
    with pytest.raises(Refusal, match="reason"):
        screen(vault, client_id, reason=" ")
    with pytest.raises(Refusal, match="decision"):
        screen(vault, client_id, decision="maybe")
    with vault.session() as session:
        [view] = intake_screening.list_screenings(session, client_id)
        assert session.scalars(select(Case)).all() == []
    assert (view.decision, view.criteria_met, view.case_id) == ("referred", False, None)
