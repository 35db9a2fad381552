"""Pulled changes merge per field into the vault, without outbox entries."""

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.core.hlc import Timestamp
from app.core.ids import uuid7
from app.models import CaseNote, Client, ClockState, OutboxEntry, SyncConflict
from app.services.search import search_everything
from app.store.outbox import wall_ms
from app.sync import incoming, inserts, outgoing, state
from app.sync.errors import ClockSkew
from app.sync.protocol import PulledChange, client_scope
from tests.sync.factory import add_caseload, add_client, write_note

OTHER = "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee"  # another replica's clock node


def stamp(offset_ms=0, counter=0, node=OTHER):
    return Timestamp(wall_ms() + offset_ms, counter, node).encode()


def pulled(entity, record_id, client_id, hlc, **fields):
    return PulledChange(
        entity=entity,
        record_id=record_id,
        scope=client_scope(client_id),
        hlc=hlc,
        fields=fields,
        origin=OTHER,
    )


def apply(vault, *changes):
    with vault.session() as session:
        return incoming.apply_page(session, list(changes), wall_ms())


def outbox_count(vault):
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(OutboxEntry))


def client(vault, client_id):
    with vault.session() as session:
        return session.get(Client, client_id)


def conflicts(vault):
    with vault.session() as session:
        return session.scalars(select(SyncConflict).order_by(SyncConflict.created_at)).all()


def acknowledge_everything(vault, compared=True):
    """As after a push and (with `compared`) a completed pull."""
    with vault.session() as session:
        for entry in session.scalars(select(OutboxEntry)):
            entry.acked_at = entry.created_at
        if compared:
            state.put(session, state.COMPARED_THROUGH, str(outgoing.acked_through(session)))


def test_new_record_is_stored_searchable_and_not_sent_back(vault):
    before = outbox_count(vault)
    client_id, clock = uuid7(), stamp(-1000)
    insert = pulled(
        "client",
        client_id,
        client_id,
        clock,
        id=client_id,
        legal_first_name="Ingrid",
        legal_last_name="Halvorsen",
        date_of_birth="1990-04-02",
        created_at="2026-11-20T10:00:00",
        deleted=False,
    )
    outcome = apply(vault, insert)
    assert outcome.applied == 1 and outcome.conflicts == 0
    stored = client(vault, client_id)
    assert (
        stored.legal_last_name == "Halvorsen" and stored.date_of_birth.isoformat() == "1990-04-02"
    )
    assert stored.hlc == clock and stored.field_clocks == {"*": clock}
    assert outbox_count(vault) == before  # pulled writes are on the server already
    with vault.session() as session:
        assert [h.record_id for h in search_everything(session, "Halvorsen")] == [client_id]


def test_a_page_larger_than_one_statement_stores_and_indexes_every_record(vault, monkeypatch):
    # New records go in multi-row INSERTs of a bounded size: make it small, send more.
    monkeypatch.setattr(inserts, "MAX_PARAMS", 40)
    ids = [uuid7() for _ in range(23)]
    changes = [
        pulled(
            "client",
            client_id,
            client_id,
            stamp(-1000, n),
            id=client_id,
            legal_first_name=f"Ingrid{n}",
            legal_last_name="Halvorsen",
            created_at="2026-11-20T10:00:00",
            deleted=False,
        )  # fmt: skip
        for n, client_id in enumerate(ids)
    ]
    assert apply(vault, *changes).applied == len(ids)
    with vault.session() as session:
        assert sorted(h.record_id for h in search_everything(session, "Halvorsen")) == sorted(ids)
        assert [h.record_id for h in search_everything(session, "Ingrid17")] == [ids[17]]


def test_different_fields_are_both_kept(vault):
    client_id = add_client(vault)
    acknowledge_everything(vault)
    with vault.session() as session:
        session.get(Client, client_id).phone = "555-0199"  # unsynced local edit
    apply(vault, pulled("client", client_id, client_id, stamp(), pronouns="she/her"))
    stored = client(vault, client_id)
    assert (stored.phone, stored.pronouns) == ("555-0199", "she/her")
    assert conflicts(vault) == []


def test_same_field_higher_clock_wins_and_the_local_loser_is_logged(vault):
    client_id = add_client(vault)
    acknowledge_everything(vault)
    with vault.session() as session:
        session.get(Client, client_id).phone = "555-0199"
    local_clock = client(vault, client_id).field_clocks["phone"]
    remote_clock = stamp(1000)
    outcome = apply(vault, pulled("client", client_id, client_id, remote_clock, phone="555-0777"))
    assert outcome.conflicts == 1
    stored = client(vault, client_id)
    assert stored.phone == "555-0777" and stored.field_clocks["phone"] == remote_clock
    assert stored.hlc == remote_clock
    [logged] = conflicts(vault)
    assert (logged.field, logged.local_value, logged.remote_value) == (
        "phone",
        "555-0199",
        "555-0777",
    )
    assert (logged.local_hlc, logged.remote_hlc) == (local_clock, remote_clock)


def test_edit_pushed_but_not_yet_compared_with_a_pull_is_still_a_conflict(vault):
    client_id = add_client(vault)
    acknowledge_everything(vault)
    with vault.session() as session:
        session.get(Client, client_id).phone = "555-0199"
    acknowledge_everything(vault, compared=False)  # this sync pushed it a moment ago
    apply(vault, pulled("client", client_id, client_id, stamp(1000), phone="555-0777"))
    assert [(c.local_value, c.remote_value) for c in conflicts(vault)] == [("555-0199", "555-0777")]


def test_lower_clock_loses(vault):
    client_id = add_client(vault)
    apply(vault, pulled("client", client_id, client_id, stamp(-60_000), phone="555-0000"))
    assert client(vault, client_id).phone == "555-0101"
    assert conflicts(vault) == []  # the server keeps the loser; nothing of ours was lost


def test_overwriting_a_synced_value_is_not_a_conflict(vault):
    client_id = add_client(vault)
    acknowledge_everything(vault)
    apply(vault, pulled("client", client_id, client_id, stamp(1000), phone="555-0777"))
    assert client(vault, client_id).phone == "555-0777"
    assert conflicts(vault) == []


def test_stamps_are_observed_so_later_local_writes_order_after(vault):
    client_id = add_client(vault)
    ahead = stamp(120_000)  # within the skew bound
    apply(vault, pulled("client", client_id, client_id, ahead, pronouns="they/them"))
    with vault.session() as session:
        session.get(Client, client_id).phone = "555-0123"
    assert client(vault, client_id).field_clocks["phone"] > ahead


def test_clock_skew_fails_the_page_and_applies_nothing(vault):
    client_id = add_client(vault)
    with vault.session() as session:
        clock_before = session.get(ClockState, 1).wall_ms
    page = [
        pulled("client", client_id, client_id, stamp(1000), pronouns="she/her"),
        pulled("client", client_id, client_id, stamp(3_600_000), phone="555-9999"),
    ]
    with pytest.raises(ClockSkew, match="clock is wrong"):
        apply(vault, *page)
    stored = client(vault, client_id)
    assert (stored.pronouns, stored.phone) == (None, "555-0101")
    with vault.session() as session:
        assert session.get(ClockState, 1).wall_ms == clock_before


def test_tombstone_hides_the_record(vault):
    client_id = add_client(vault, "Ingrid", "Halvorsen")
    acknowledge_everything(vault)
    apply(vault, pulled("client", client_id, client_id, stamp(1000), deleted=True))
    assert client(vault, client_id).deleted is True
    with vault.session() as session:
        assert search_everything(session, "Halvorsen") == []


def test_sealing_change_wins_as_a_whole(vault):
    mine = add_caseload(vault)
    write_note(vault, mine.note_id, "My unsynced draft text.")
    with vault.session() as session:
        sealed = {
            c: getattr(session.get(CaseNote, mine.note_id), c)
            for c in ("client_id", "template", "occurred_at")
        }
    old_clock = stamp(-3_600_000)  # older than every local field clock: wins anyway
    sign = pulled(
        "case_note",
        mine.note_id,
        mine.client_id,
        old_clock,
        status="signed",
        sections={"data": "Signed elsewhere.", "assessment": "", "plan": ""},
        signed_by_id=vault.owner_id,
        signed_at="2026-11-24T09:00:00",
        content_hash="f" * 64,
        occurred_at=sealed["occurred_at"].isoformat(),
    )
    outcome = apply(vault, sign)
    assert outcome.applied == 1
    with vault.session() as session:
        note = session.get(CaseNote, mine.note_id)
        assert (note.status, note.sections["data"]) == ("signed", "Signed elsewhere.")
    assert {c.field for c in conflicts(vault)} >= {"sections", "status"}


def test_concurrent_signature_keeps_ours_in_the_log_and_guards_stay(vault):
    mine = add_caseload(vault)
    write_note(vault, mine.note_id, "Signed here.", sign=True)
    acknowledge_everything(vault)  # our signature was sent, but the server kept the other
    theirs = pulled(
        "case_note",
        mine.note_id,
        mine.client_id,
        stamp(1000),
        status="signed",
        sections={"data": "Signed there.", "assessment": "", "plan": ""},
        content_hash="e" * 64,
    )
    apply(vault, theirs)
    with vault.session() as session:
        assert session.get(CaseNote, mine.note_id).sections["data"] == "Signed there."
    logged = {c.field: c for c in conflicts(vault)}
    assert logged["sections"].local_value["data"] == "Signed here."
    # The append-only guard is back: nothing else may touch the signed note.
    with pytest.raises(IntegrityError, match="append-only"), vault.session() as session:
        session.get(CaseNote, mine.note_id).location = "Elsewhere"
        session.flush()


def test_later_plain_change_to_a_sealed_record_is_ignored(vault):
    mine = add_caseload(vault)
    write_note(vault, mine.note_id, "Signed here.", sign=True)
    outcome = apply(
        vault, pulled("case_note", mine.note_id, mine.client_id, stamp(1000), location="Cafe")
    )
    assert outcome.applied == 0


def test_partial_unknown_record_is_not_stored(vault):
    client_id = uuid7()
    outcome = apply(vault, pulled("client", client_id, client_id, stamp(), phone="555-0100"))
    assert outcome.applied == 0
    assert client(vault, client_id) is None


def test_local_checksum_matches_the_protocol_definition(vault):
    mine = add_caseload(vault)
    from app.sync.protocol import scope_checksum
    from app.sync.scopes import scope_records

    with vault.session() as session:
        scope = client_scope(mine.client_id)
        rows = list(scope_records(session, scope, vault.owner_id))
        assert incoming.local_checksum(session, scope, vault.owner_id) == scope_checksum(rows)
        assert ("client", mine.client_id, client(vault, mine.client_id).hlc) in rows
