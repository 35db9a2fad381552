"""A client's history on one timeline, newest first."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Consent, Referral, WorkerProfile
from app.services.activity import (
    add_task,
    complete_task,
    make_referral,
    schedule_visit,
)
from app.services.casework import open_case, transfer_case
from app.services.conflicts import declare_conflict
from app.services.notes import NoteFields, add_addendum, save_draft, sign_note, start_note
from app.services.records import ClientDraft, NotFound, create_client
from app.services.timeline import client_timeline

NOW = datetime.now().replace(second=0, microsecond=0)
BASE = NOW - timedelta(days=10)
TODAY = NOW.date()


def _signed(session, note_id, owner, text):
    save_draft(session, note_id, NoteFields(contact_type="home", sections={"text": text}))
    return sign_note(session, note_id, owner)


def _consent(session, client_id, **fields):
    consent = Consent(
        client_id=client_id,
        scope="release_of_information",
        purpose="Share with housing office",
        effective_on=BASE.date(),
        signer_name="Rosa Delgado",
        signer_authority="self",
        method="written",
        language="es",
        template_id="roi",
        template_version="1",
        **fields,
    )
    session.add(consent)
    session.flush()
    return consent.id


@pytest.fixture
def history(vault):
    owner = vault.owner_id
    with vault.session() as session:
        client = create_client(session, ClientDraft("Rosa", "Delgado"), owner)
        case_id = open_case(session, client, "Housing stability", owner)
        note = start_note(session, client, "free", owner, case_id, now=BASE)
        _signed(session, note.id, owner, "Rent is paid up to March.")
        addendum = add_addendum(
            session,
            note.id,
            owner,
            "Wrong month: rent is paid to February",
            now=BASE + timedelta(hours=1),
        )
        _signed(session, addendum.id, owner, "Rent is paid up to February.")
        late = add_addendum(
            session,
            note.id,
            owner,
            "Phone call not recorded on the day",
            kind="late_entry",
            now=BASE + timedelta(days=1),
        )
        start_note(session, client, "dap", owner, case_id, now=BASE + timedelta(days=2))
        missed = schedule_visit(session, client, owner, "home", BASE + timedelta(days=3))
        upcoming = schedule_visit(session, client, owner, "phone", NOW + timedelta(days=1))
        overdue = add_task(session, "Send rent letter", TODAY - timedelta(days=2), client_id=client)
        done = add_task(
            session,
            "Book interpreter",
            TODAY - timedelta(days=3),
            kind="follow_up",
            client_id=client,
        )
        complete_task(session, done, now=BASE + timedelta(days=4))
        expiring = _consent(
            session,
            client,
            status="active",
            signed_at=BASE - timedelta(days=1),
            expires_on=TODAY + timedelta(days=20),
        )
        revoked = _consent(
            session,
            client,
            status="active",
            signed_at=BASE - timedelta(days=1),
            expires_on=TODAY + timedelta(days=200),
        )
        withdrawal = _consent(
            session,
            client,
            status="revoked",
            revokes_id=revoked,
            revoked_at=BASE + timedelta(days=5),
            revocation_reason="No longer wants the school told",
        )
        referral = make_referral(
            session,
            case_id,
            "Legal aid",
            "Tenants Union",
            "Eviction notice",
            BASE.date(),
            TODAY - timedelta(days=1),
        )
        conflict = declare_conflict(
            session,
            owner,
            "neighbour",
            "Lives on the same street",
            client_id=client,
            disclosed_on=BASE.date(),
        )
        other = WorkerProfile(display_name="Jordan Lee")
        session.add(other)
        session.flush()
        transfer_case(session, case_id, other.id, owner, "Caseload balancing", "Prefers calls")
        stranger = create_client(session, ClientDraft("Ola", "Nordmann"), owner)
        stranger_note = start_note(session, stranger, "free", owner, now=BASE).id
    names = "client note addendum late missed upcoming overdue done expiring revoked withdrawal"
    values = locals()
    return {
        name: values[name] for name in (*names.split(), "referral", "conflict", "stranger_note")
    }


def test_timeline_merges_every_kind_newest_first(vault, history):
    with vault.session() as session:
        entries = client_timeline(session, history["client"], now=NOW)
        viewed = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "client.timeline_viewed")
        ).one()
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    assert {e.kind for e in entries} == {
        "visit",
        "note",
        "task",
        "stage",
        "transfer",
        "consent",
        "referral",
        "conflict",
    }
    ids = {e.record_id for e in entries}
    assert history["note"].id in ids and history["conflict"] in ids
    assert viewed.record_id == history["client"]
    assert all(len(e.detail) <= 120 and len(e.title) <= 120 for e in entries)


def test_addendum_shows_its_reason_right_above_the_note_it_corrects(vault, history):
    with vault.session() as session:
        entries = client_timeline(session, history["client"], now=NOW)
    by_id = {e.record_id: i for i, e in enumerate(entries)}
    original, addendum = by_id[history["note"].id], by_id[history["addendum"].id]
    assert addendum == original - 1
    entry = entries[addendum]
    assert entry.title.startswith("Addendum to the note of")
    assert entry.detail == "Reason: Wrong month: rent is paid to February"
    assert entry.flags == ("addendum", "signed") and entry.related_id == history["note"].id
    late = entries[by_id[history["late"].id]]
    assert late.flags == ("late entry", "draft")
    assert late.detail == "Reason: Phone call not recorded on the day"
    assert entries[original].flags == ("signed",)
    assert history["stranger_note"] not in {e.record_id for e in entries}


def test_flags_show_what_needs_attention(vault, history):
    with vault.session() as session:
        entries = {e.record_id: e for e in client_timeline(session, history["client"], now=NOW)}
    assert "overdue" in entries[history["missed"]].flags
    assert entries[history["upcoming"]].flags == ("scheduled",)
    assert entries[history["overdue"]].flags == ("overdue",)
    assert entries[history["done"]].flags == ("follow-up", "done")
    assert "expiring" in entries[history["expiring"]].flags
    assert "revoked" in entries[history["revoked"]].flags
    assert "expiring" not in entries[history["revoked"]].flags
    withdrawal = entries[history["withdrawal"]]
    assert withdrawal.title == "Consent withdrawn" and "school" in withdrawal.detail
    assert withdrawal.related_id == history["revoked"]
    assert entries[history["referral"]].flags == ("made", "follow-up due")
    assert entries[history["conflict"]].flags == ("pending review",)
    transfer = next(e for e in entries.values() if e.kind == "transfer")
    assert "to Jordan Lee" in transfer.title and transfer.detail == "Reason: Caseload balancing"
    stages = [e for e in entries.values() if e.kind == "stage"]
    assert stages and stages[0].title.endswith("Intake") and "by Alex Rivera" in stages[0].detail


def test_timeline_is_bounded(vault, history):
    with vault.session() as session:
        full = client_timeline(session, history["client"], now=NOW)
        first = client_timeline(session, history["client"], now=NOW, limit=3)
        assert first == full[:3]
        with pytest.raises(NotFound):
            client_timeline(session, "0190f0e0-0000-7000-8000-000000000000")


def test_every_change_reached_the_outbox_and_the_audit_chain(vault, history):
    from app.services.check import check_vault

    items = {item.name: item for item in check_vault(vault).items}
    assert items["outbox"].ok and items["audit chain"].ok, items


def test_a_started_referral_past_its_follow_up_is_flagged(vault):
    """Every status that still waits for an outcome (sent, accepted, started) is followed up."""
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ines", "Mora"), vault.owner_id)
        case_id = open_case(session, client, "Housing stability", vault.owner_id)
        referral_id = make_referral(
            session, case_id, "Legal aid", "Tenants Union", "Eviction notice", TODAY, TODAY
        )
        session.get(Referral, referral_id).status = "started"
    with vault.session() as session:
        [entry] = [e for e in client_timeline(session, client) if e.kind == "referral"]
    assert "follow-up due" in entry.flags
