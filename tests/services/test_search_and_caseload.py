"""Search and the caseload list, on the demo caseload."""

import pytest

from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.demo import create_demo_caseload
from app.services.notes import NoteFields, save_draft, start_note
from app.services.records import ClientDraft, create_client, get_client_record
from app.services.search import HIT_END, HIT_START, fts_query, search_everything


@pytest.fixture
def demo(vault):
    with vault.session() as session:
        create_demo_caseload(session, vault.owner_id, clients=40)
    return vault


def test_search_finds_clients_by_name_prefix_and_ignores_accents(demo):
    with demo.session() as session:
        hits = search_everything(session, "hernan")
    assert any(h.kind == "client" and "Hernández" in h.snippet for h in hits)
    assert all(HIT_START in h.snippet and HIT_END in h.snippet for h in hits)


def test_search_finds_note_text_and_follows_edits(vault):
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ola", "Nordmann"), vault.owner_id)
        note = start_note(session, client, "free", vault.owner_id)
        save_draft(session, note.id, NoteFields(sections={"text": "Discussed the xylophone"}))
    with vault.session() as session:
        assert [h.record_id for h in search_everything(session, "xylo")] == [note.id]
        save_draft(session, note.id, NoteFields(sections={"text": "Discussed the budget"}))
    with vault.session() as session:
        assert search_everything(session, "xylo") == []
        assert search_everything(session, "budget")[0].client_id == client


def test_query_syntax_cannot_break_fts():
    assert fts_query('NEAR( "x" OR *') == '"NEAR"* "x"* "OR"*'
    assert fts_query("   ") is None


def test_caseload_sort_filter_and_search(demo):
    with demo.session() as session:
        ids = caseload_ids(session, CaseloadQuery())
        names = [r.display_name.lower() for r in caseload_rows(session, ids)]
        assert len(ids) == 40 and names == sorted(names)
        risky = caseload_rows(session, caseload_ids(session, CaseloadQuery(risk_level="high")))
        assert risky and all(r.risk_level == "high" for r in risky)
        flagged = caseload_ids(session, CaseloadQuery(safety_flagged_only=True))
        assert all(r.safety_flags for r in caseload_rows(session, flagged))
        found = caseload_rows(session, caseload_ids(session, CaseloadQuery(search="delg")))
        assert [r.legal_name for r in found] == ["Rosa Delgado"]


def test_viewing_a_record_is_audited(demo):
    from sqlalchemy import select

    from app.models import AuditEvent

    with demo.session() as session:
        client_id = caseload_ids(session, CaseloadQuery())[0]
        record = get_client_record(session, client_id)
        viewed = session.scalars(select(AuditEvent).where(AuditEvent.action == "client.viewed"))
        assert [e.record_id for e in viewed] == [client_id]
    assert record.cases and record.recent_notes


def test_consent_expiring_soon_shows_until_revoked(vault):
    from datetime import date, timedelta

    from app.models import Consent

    def consent(client_id, expires, **extra):
        return Consent(
            client_id=client_id,
            scope="release_of_information",
            purpose="p",
            effective_on=date.today(),
            expires_on=expires,
            signer_name="s",
            signer_authority="self",
            method="written",
            language="en",
            template_id="roi",
            template_version="1",
            **extra,
        )

    soon = date.today() + timedelta(days=10)
    with vault.session() as session:
        client = create_client(session, ClientDraft("Ema", "Quist"), vault.owner_id)
        original = consent(client, soon, status="active")
        session.add(original)
        session.add(consent(client, date.today() + timedelta(days=90), status="active"))
    with vault.session() as session:
        assert caseload_rows(session, [client])[0].consent_expires_on == soon
        session.add(consent(client, None, status="revoked", revokes_id=original.id))
    with vault.session() as session:
        assert caseload_rows(session, [client])[0].consent_expires_on is None
