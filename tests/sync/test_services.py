"""The sync services the UI calls: status and the conflict log."""

import pytest

from app.core.hlc import Timestamp
from app.models import Client
from app.services import sync as sync_service
from app.services.records import NotFound
from app.store.outbox import wall_ms
from app.sync import incoming
from app.sync.protocol import PulledChange, client_scope
from tests.sync.factory import add_client


def test_status_of_a_vault_never_enrolled(vault):
    with vault.session() as session:
        status = sync_service.sync_status(session)
    assert not status.enrolled and status.server_url is None and status.last_sync_at is None
    assert status.pending_changes >= 1  # the owner's profile, written at creation
    assert status.unsent_audit_events >= 1 and status.open_conflicts == 0


def test_status_after_a_sync(local_office, tmp_path):
    vault = local_office.device(tmp_path / "laptop", local_office.user("alex"))
    local_office.sync(vault)
    with vault.session() as session:
        status = sync_service.sync_status(session)
    assert status.enrolled and status.worker_id == vault.owner_id
    assert status.pending_changes == 0 and status.unsent_audit_events == 0
    assert status.last_sync_at is not None and status.scopes_held >= 2
    assert "token" not in repr(status).lower()


def test_conflicts_are_listed_and_resolved(vault):
    client_id = add_client(vault)
    with vault.session() as session:
        session.get(Client, client_id).phone = "555-0199"
    remote = Timestamp(wall_ms() + 1000, 0, "0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee").encode()
    change = PulledChange(
        entity="client",
        record_id=client_id,
        scope=client_scope(client_id),
        hlc=remote,
        fields={"phone": "555-0777"},
        origin="0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee",
    )
    with vault.session() as session:
        incoming.apply_page(session, [change], wall_ms())
    with vault.session() as session:
        [phone] = [c for c in sync_service.list_conflicts(session, client_id) if c.field == "phone"]
        assert (phone.local_value, phone.remote_value, phone.open) == ("555-0199", "555-0777", True)
        assert sync_service.resolve_conflict(session, phone.id).open is False
        assert phone.id not in {c.id for c in sync_service.list_conflicts(session)}
        assert phone.id in {
            c.id for c in sync_service.list_conflicts(session, include_resolved=True)
        }
        with pytest.raises(NotFound):
            sync_service.resolve_conflict(session, "no-such-conflict")
