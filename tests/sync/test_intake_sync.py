"""Intake travels between two laptops of one worker through the office server over real
HTTPS: a client created and edited on one, a household member, the duplicate answer and a
screening all reach the other; concurrent edits of one client merge field by field (different
fields both kept; the same field: the later edit wins and the other is in the conflict log)."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.models import Client, DuplicateDecision, SyncConflict
from app.services import intake, intake_people, intake_screening
from app.services.intake import ClientDetails
from app.services.intake_people import PersonDetails
from app.services.intake_screening import ScreeningDraft
from app.services.records import get_client_record

BORN = date(1979, 12, 1)


@pytest.fixture
def two_laptops(https_office, tmp_path):
    """One worker's two enrolled laptops (the field laptop and the office desktop)."""
    name = https_office.user("rosa-worker")
    return (
        https_office.device(tmp_path / "field", name),
        https_office.device(tmp_path / "desk", name),
    )


def create(vault, details: ClientDetails, different_from=()) -> intake.IntakeResult:
    with vault.session() as session:
        return intake.create_client(session, details, vault.owner_id, different_from)


def edit(vault, client_id: str, **changes) -> tuple[str, ...]:
    with vault.session() as session:
        details = intake.client_details(session, client_id)
        return intake.update_client(session, client_id, replace(details, **changes))


def details_on(vault, client_id: str) -> ClientDetails:
    with vault.session() as session:
        return intake.client_details(session, client_id)


def test_a_new_client_edited_with_a_household_member_reaches_the_other_laptop(
    https_office, two_laptops
):
    field, desk = two_laptops
    rosa = create(field, ClientDetails("Rosa", "Delgado", date_of_birth=BORN)).client_id
    roza = ClientDetails("Roza", "Delgadoh", date_of_birth=BORN, preferred_language="es")
    assert create(field, roza).client_id is None  # a possible duplicate: asked first
    new_id = create(field, roza, different_from=[rosa]).client_id
    edit(field, new_id, pronouns="she/her", may_visit=False, safe_contact_times="Mornings")
    with field.session() as session:
        son = PersonDetails("household", "Mateo Delgadoh", "son", date_of_birth=date(2012, 3, 4))
        intake_people.add_person(session, new_id, son)
        draft = ScreeningDraft("Housing stability", True, "eligible", "At risk", open_case=True)
        intake_screening.record_screening(session, new_id, draft, field.owner_id)
    assert https_office.sync(field).rejected == []
    assert https_office.sync(desk).rejected == []

    arrived = details_on(desk, new_id)
    assert (arrived.legal_first_name, arrived.pronouns, arrived.may_visit) == (
        "Roza",
        "she/her",
        False,
    )
    assert arrived.safe_contact_times == "Mornings" and arrived.preferred_language == "es"
    with desk.session() as session:
        record = get_client_record(session, new_id)
        [screening] = intake_screening.list_screenings(session, new_id)
        [decision] = session.scalars(select(DuplicateDecision)).all()
    assert [(p.name, p.kind) for p in record.people] == [("Mateo Delgadoh", "household")]
    assert record.cases[0].stage == "intake" and screening.case_id == record.cases[0].id
    assert (decision.client_id, decision.other_client_id) == (new_id, rosa)

    with desk.session() as session:  # the desk now warns about the same person too
        found = intake.find_duplicates(
            session, ClientDetails("Rosa", "Delgado", date_of_birth=BORN)
        )
    assert {candidate.client_id for candidate in found} == {rosa, new_id}


def test_concurrent_edits_merge_field_by_field(https_office, two_laptops):
    field, desk = two_laptops
    client_id = create(field, ClientDetails("Rosa", "Delgado", phone="555-0101")).client_id
    https_office.sync(field)
    https_office.sync(desk)

    edit(field, client_id, pronouns="she/her", phone="555-0001")  # earlier
    edit(desk, client_id, safe_contact_times="After 3 pm", phone="555-0002")  # later
    assert https_office.sync(desk).rejected == []
    receipt = https_office.sync(field)
    assert receipt.rejected == [] and receipt.conflicts == 1
    https_office.sync(desk)

    for vault in two_laptops:
        merged = details_on(vault, client_id)
        assert (merged.pronouns, merged.safe_contact_times, merged.phone) == (
            "she/her",  # only the field laptop changed it: kept
            "After 3 pm",  # only the desk changed it: kept
            "555-0002",  # both changed it: the later edit wins
        )
    with field.session() as session:
        [logged] = session.scalars(select(SyncConflict)).all()
        assert session.get(Client, client_id).phone == "555-0002"
    assert (logged.entity, logged.field, logged.local_value, logged.remote_value) == (
        "client",
        "phone",
        "555-0001",
        "555-0002",
    )


def test_editing_a_household_member_on_both_laptops_merges_too(https_office, two_laptops):
    field, desk = two_laptops
    client_id = create(field, ClientDetails("Rosa", "Delgado")).client_id
    with field.session() as session:
        person_id = intake_people.add_person(
            session, client_id, PersonDetails("collateral", "Dr Okafor", "GP")
        )
    https_office.sync(field)
    https_office.sync(desk)
    with field.session() as session:
        [view] = intake_people.list_people(session, client_id)
        intake_people.update_person(session, person_id, replace(view.details, may_contact=True))
    with desk.session() as session:
        [view] = intake_people.list_people(session, client_id)
        changed = replace(view.details, organisation="Valley Clinic")
        intake_people.update_person(session, person_id, changed)
    https_office.sync(field)
    https_office.sync(desk)
    https_office.sync(field)
    for vault in two_laptops:
        with vault.session() as session:
            [view] = intake_people.list_people(session, client_id)
        assert (view.details.may_contact, view.details.organisation) == (True, "Valley Clinic")
