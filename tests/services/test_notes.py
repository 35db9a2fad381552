"""Case notes: drafts, signing, addenda, and the schema refusing to rewrite a signed note."""

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.core.refusal import Refusal
from app.models import AuditEvent, CaseNote
from app.services.notes import (
    NoteFields,
    NoteLocked,
    add_addendum,
    get_note,
    open_drafts,
    save_draft,
    sign_note,
    start_note,
    verify_note,
)
from app.services.records import ClientDraft, create_client


@pytest.fixture
def client_id(vault):
    with vault.session() as session:
        return create_client(session, ClientDraft("Noor", "Haddad"), vault.owner_id)


def _dap(vault, client_id, **sections):
    with vault.session() as session:
        note = start_note(session, client_id, "dap", vault.owner_id)
        return save_draft(session, note.id, NoteFields(contact_type="home", sections=sections))


def test_draft_is_saved_and_resumable(vault, client_id):
    note = _dap(vault, client_id, data="Visited at home.")
    with vault.session() as session:
        drafts = open_drafts(session, vault.owner_id)
    assert [d.id for d in drafts] == [note.id]
    assert drafts[0].sections == {"data": "Visited at home.", "assessment": "", "plan": ""}


def test_unknown_section_is_refused(vault, client_id):
    with vault.session() as session:
        note = start_note(session, client_id, "soap", vault.owner_id)
        with pytest.raises(ValueError, match="not part of this template"):  # the editor's bug
            save_draft(session, note.id, NoteFields(sections={"data": "x"}))


def test_signing_seals_the_note(vault, client_id):
    note = _dap(vault, client_id, data="Visited.", plan="Call landlord.")
    with vault.session() as session:
        signed = sign_note(session, note.id, vault.owner_id)
    assert signed.is_signed and len(signed.content_hash) == 64
    with vault.session() as session:
        assert verify_note(session, note.id)
        with pytest.raises(NoteLocked):
            save_draft(session, note.id, NoteFields(sections={"data": "changed"}))
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"note.created", "note.signed"} <= actions


def test_schema_refuses_to_rewrite_a_signed_note(vault, client_id):
    note = _dap(vault, client_id, data="Original.")
    with vault.session() as session:
        sign_note(session, note.id, vault.owner_id)
    with pytest.raises(IntegrityError, match="append-only"), vault.session() as session:
        session.execute(text("UPDATE case_note SET sections = '{}' WHERE id = :i"), {"i": note.id})


def test_empty_note_cannot_be_signed(vault, client_id):
    note = _dap(vault, client_id)
    with vault.session() as session, pytest.raises(Refusal):
        sign_note(session, note.id, vault.owner_id)


def test_addendum_points_at_the_signed_original(vault, client_id):
    note = _dap(vault, client_id, data="Client said rent is paid.")
    with vault.session() as session:
        sign_note(session, note.id, vault.owner_id)
        with pytest.raises(Refusal):
            add_addendum(session, note.id, vault.owner_id, reason="   ")
        addendum = add_addendum(session, note.id, vault.owner_id, reason="Correction")
        save_draft(session, addendum.id, NoteFields(sections={"text": "Rent is two weeks late."}))
        sign_note(session, addendum.id, vault.owner_id)
    with vault.session() as session:
        original = get_note(session, note.id)
        stored = session.get(CaseNote, addendum.id)
    assert original.addenda == (addendum.id,)
    assert original.sections["data"] == "Client said rent is paid."  # untouched
    assert stored.amends_id == note.id and stored.kind == "addendum"
    assert stored.amendment_reason == "Correction"


def test_addendum_needs_a_signed_original(vault, client_id):
    note = _dap(vault, client_id, data="Draft")
    with vault.session() as session, pytest.raises(Refusal):
        add_addendum(session, note.id, vault.owner_id, reason="why")
