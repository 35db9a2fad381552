"""End to end over real HTTPS: a server subprocess (tests/server/live.py), devices that are
real vaults, the certificate pinned at enrollment."""

from __future__ import annotations

import time

import httpx
import pytest
from sqlalchemy import func, select, text

from app.models import Case, CaseNote, Client, OutboxEntry, StageChange, SyncConflict, VaultMeta
from app.services import notes
from app.store.device_secret import system_secret_store
from app.store.outbox import wall_ms
from app.sync import engine, outgoing, state
from app.sync.errors import ClockSkew, EnrollRefused
from app.sync.protocol import STAFF_SCOPE, client_scope
from server import admin
from server.enroll import decode_code, encode_code
from tests.conftest import PASSPHRASE
from tests.sync.conftest import LIVE_MAX_SKEW_MS
from tests.sync.factory import add_caseload, write_note


def all_match(receipt):
    return receipt.checksums and all(c["match"] for c in receipt.checksums.values())


def get(vault, model, record_id):
    with vault.session() as session:
        return session.get(model, record_id)


def edit_client(vault, client_id, **values):
    with vault.session() as session:
        record = session.get(Client, client_id)
        for name, value in values.items():
            setattr(record, name, value)


# -- enrollment -----------------------------------------------------------------------------


def test_wrong_fingerprint_is_refused_and_nothing_is_sent(https_office, tmp_path):
    from app.services.vaults import create_vault
    from app.sync.enroll import enroll

    name = https_office.user("ines")
    code = https_office.code(name)
    fields = decode_code(code)
    forged = encode_code(fields["url"], "00" * 32, fields["secret"])
    vault = create_vault(tmp_path / "laptop", PASSPHRASE, name)
    https_office.vaults.append(vault)
    with pytest.raises(EnrollRefused, match="does not match"):
        enroll(vault, forged)
    with vault.session() as session:
        assert state.enrollment(session) is None
    enrolled = enroll(vault, code)  # the secret was never sent: the real code still works
    assert enrolled.worker_id == vault.owner_id


def test_enrollment_adopts_the_server_worker_id(https_office, tmp_path, live):
    name = https_office.user("jon")
    from app.services.vaults import create_vault

    vault = create_vault(tmp_path / "laptop", PASSPHRASE, name)
    https_office.vaults.append(vault)
    old_owner = vault.owner_id
    mine = add_caseload(vault)  # written offline, before enrollment
    enrolled = https_office.enroll(vault, name)
    assert vault.owner_id == enrolled.worker_id != old_owner
    assert get(vault, Case, mine.case_id).assigned_worker_id == enrolled.worker_id
    with vault.session() as session:
        assert session.get(VaultMeta, "owner_id").value == enrolled.worker_id
        pem = state.get(session, state.SERVER_CERT)
    assert pem.strip() == live.cert_path.read_text().strip()
    receipt = https_office.sync(vault)
    assert receipt.rejected == [] and all_match(receipt), receipt
    assert STAFF_SCOPE in receipt.checksums


# -- round trip and merging ---------------------------------------------------------------


@pytest.fixture
def team(https_office, tmp_path):
    """A supervisor's device and one of their workers' devices."""
    boss = https_office.user("sam", "supervisor")
    worker = https_office.user("wren", "worker", supervisor=boss)
    return (
        https_office.device(tmp_path / "worker", worker),
        https_office.device(tmp_path / "supervisor", boss),
    )


def test_push_pull_round_trip_between_two_workers(https_office, team):
    worker, supervisor = team
    mine = add_caseload(worker)
    pushed = https_office.sync(worker)
    assert pushed.pushed >= 7 and pushed.rejected == []
    pulled = https_office.sync(supervisor)
    assert pulled.pulled >= 7 and all_match(pulled), pulled
    assert get(supervisor, Client, mine.client_id).legal_last_name == "Quintero"
    assert get(supervisor, Case, mine.case_id).assigned_worker_id == worker.owner_id


def test_different_fields_edited_on_two_devices_are_both_kept(https_office, team):
    worker, supervisor = team
    mine = add_caseload(worker)
    https_office.sync(worker)
    https_office.sync(supervisor)
    edit_client(worker, mine.client_id, phone="555-0199")
    edit_client(supervisor, mine.client_id, pronouns="she/her")
    https_office.sync(worker)
    https_office.sync(supervisor)
    final = https_office.sync(worker)
    for vault in team:
        stored = get(vault, Client, mine.client_id)
        assert (stored.phone, stored.pronouns) == ("555-0199", "she/her")
    assert final.conflicts == 0 and all_match(final)


def test_same_field_higher_clock_wins_and_the_loser_is_in_the_conflict_log(https_office, team):
    worker, supervisor = team
    mine = add_caseload(worker)
    https_office.sync(worker)
    https_office.sync(supervisor)
    edit_client(worker, mine.client_id, phone="555-0001")  # earlier
    edit_client(supervisor, mine.client_id, phone="555-0002")  # later: higher clock
    https_office.sync(supervisor)
    receipt = https_office.sync(worker)
    assert receipt.conflicts == 1 and receipt.server_conflicts == 1
    assert get(worker, Client, mine.client_id).phone == "555-0002"
    with worker.session() as session:
        [logged] = session.scalars(select(SyncConflict)).all()
    assert (logged.field, logged.local_value, logged.remote_value) == (
        "phone",
        "555-0001",
        "555-0002",
    )
    assert logged.local_hlc < logged.remote_hlc
    assert all_match(https_office.sync(supervisor))


def test_signed_note_and_its_addendum_travel(https_office, team):
    worker, supervisor = team
    mine = add_caseload(worker)
    write_note(worker, mine.note_id, "Visited at home; rent arrears discussed.", sign=True)
    with worker.session() as session:
        addendum = notes.add_addendum(session, mine.note_id, worker.owner_id, "Late detail")
        notes.save_draft(session, addendum.id, notes.NoteFields(sections={"text": "Also: mould."}))
        notes.sign_note(session, addendum.id, worker.owner_id)
    assert https_office.sync(worker).rejected == []
    https_office.sync(supervisor)
    with supervisor.session() as session:
        assert notes.verify_note(session, mine.note_id)  # the signed content, hash intact
        copy = notes.get_note(session, addendum.id)
        assert copy.status == "signed" and copy.amends_id == mine.note_id
        assert session.get(CaseNote, addendum.id).sections == {"text": "Also: mould."}


# -- scopes follow assignments --------------------------------------------------------------


def test_reassigned_case_moves_to_the_new_workers_device(https_office, tmp_path, live):
    first, second = https_office.user("ana"), https_office.user("ben")
    old = https_office.device(tmp_path / "old", first)
    new = https_office.device(tmp_path / "new", second)
    mine = add_caseload(old)
    write_note(old, mine.note_id, "Signed before the transfer.", sign=True)
    https_office.sync(old)
    https_office.sync(new)
    edit_client(old, mine.client_id, phone="555-0300")  # pending when the case moves

    admin.assign_case(live.settings, mine.case_id, second)
    gained = https_office.sync(new)
    assert gained.scopes_restored == [client_scope(mine.client_id)]
    assert get(new, Case, mine.case_id).assigned_worker_id == new.owner_id
    assert get(new, CaseNote, mine.note_id).status == "signed"

    lost = https_office.sync(old)
    assert lost.rejected == [] and lost.pushed == 1  # made before the handover: kept
    assert lost.scopes_purged == [client_scope(mine.client_id)]
    assert get(old, Client, mine.client_id) is None
    with old.session() as session:
        assert session.scalar(select(func.count()).select_from(StageChange)) == 0
        assert outgoing.pending_changes(session) == 0
        triggers = session.execute(text("SELECT count(*) FROM sqlite_master WHERE type='trigger'"))
        assert triggers.scalar() >= 10  # the append-only guards are back after the purge
    assert all_match(lost) and all_match(https_office.sync(new))
    assert get(new, Client, mine.client_id).phone == "555-0300"  # the old worker's last edit


# -- failures -------------------------------------------------------------------------------


def test_revoked_device_is_wiped(https_office, tmp_path, live):
    name = https_office.user("rita")
    vault = https_office.device(tmp_path / "laptop", name)
    https_office.sync(vault)
    add_caseload(vault)  # unsent when the laptop is reported lost
    vault_id = vault.vault_id
    admin.revoke_device(live.settings, https_office.device_id(vault))
    receipt = https_office.sync(vault)
    assert receipt.wiped and receipt.unsent_lost >= 7
    assert vault.is_locked and not (tmp_path / "laptop").exists()
    assert system_secret_store().get(vault_id) is None


def test_clock_skew_refused_by_the_server_loses_nothing(https_office, tmp_path, monkeypatch):
    vault = https_office.device(tmp_path / "laptop", https_office.user("kim"))
    https_office.sync(vault)
    ahead = 2 * LIVE_MAX_SKEW_MS
    monkeypatch.setattr("app.store.outbox.wall_ms", lambda: int(time.time() * 1000) + ahead)
    mine = add_caseload(vault)
    with vault.session() as session:
        pending = outgoing.pending_changes(session)
    with pytest.raises(ClockSkew, match="clock is wrong"):
        https_office.sync(vault)
    with vault.session() as session:
        assert outgoing.pending_changes(session) == pending  # nothing lost
    monkeypatch.undo()  # the clock is fixed; wait until the stamps are no longer ahead
    time.sleep((ahead - LIVE_MAX_SKEW_MS) / 1000 + 0.5)
    receipt = https_office.sync(vault)
    assert receipt.pushed == pending and all_match(receipt)
    assert get(vault, Client, mine.client_id) is not None


def test_pulled_stamps_far_ahead_of_this_device_apply_nothing(https_office, team, monkeypatch):
    worker, supervisor = team
    add_caseload(worker)
    https_office.sync(worker)
    with supervisor.session() as session:
        cursor = state.get(session, state.CURSOR)
    monkeypatch.setattr(engine, "wall_ms", lambda: wall_ms() - 3_600_000)  # an hour behind
    with pytest.raises(ClockSkew):
        https_office.sync(supervisor)
    with supervisor.session() as session:
        assert state.get(session, state.CURSOR) == cursor
        assert session.scalar(select(func.count()).select_from(Client)) == 0


class DropFirstPushResponse(httpx.HTTPTransport):
    """Delivers the first push to the server, then loses its answer (as a dropped Wi-Fi
    connection does after the request went out)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.dropped = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path.endswith("/push") and not self.dropped:
            response.read()
            self.dropped += 1
            raise httpx.ReadError("connection reset by peer", request=request)
        return response


def test_dropped_connection_mid_push_is_retried_without_duplicates(https_office, tmp_path, live):
    from app.sync.transport import pinned_context

    vault = https_office.device(tmp_path / "laptop", https_office.user("dora"))
    mine = add_caseload(vault)
    with vault.session() as session:
        pending = outgoing.pending_changes(session)
        pem = state.get(session, state.SERVER_CERT)
    flaky = DropFirstPushResponse(verify=pinned_context(pem))
    client = httpx.Client(base_url=live.url, transport=flaky)
    receipt = https_office.sync(vault, client)
    client.close()
    assert flaky.dropped == 1
    assert receipt.pushed == pending and receipt.rejected == [] and receipt.server_conflicts == 0
    assert all_match(receipt)  # the server holds each record once, as the device does
    with vault.session() as session:
        assert session.scalar(select(func.count()).where(OutboxEntry.acked_at.is_(None))) == 0
    assert get(vault, Client, mine.client_id) is not None
