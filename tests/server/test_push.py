"""POST /v1/push through the app (TestClient), on SQLite and PostgreSQL."""

import pytest
from sqlalchemy import func, select

from app.core.ids import uuid7
from app.sync.protocol import client_scope, worker_scope
from server.db import open_store
from server.models import ChangeLog, Conflict, ReplicaMark
from tests.server.helpers import statuses


def test_push_applies_then_resend_is_duplicate(api):
    api.user("Ann")
    device = api.enroll("Ann")
    client_id, insert = device.new_client()
    update = device.change("client", client_id, client_scope(client_id), "update", phone="555")
    first = device.push_ok(insert, update)
    assert (first["acked_through"], statuses(first)) == (2, [("applied", None)] * 2)
    again = device.push_ok(insert, update)
    assert statuses(again) == [("duplicate", None)] * 2
    changes, _ = device.pull_all()
    assert [c["fields"].get("phone") for c in changes if c["entity"] == "client"] == [None, "555"]


def test_acks_are_per_replica(api):
    """A reinstalled device is a new replica: seq 1 again is new, not a duplicate."""
    api.user("Ann")
    old, new = api.enroll("Ann"), api.enroll("Ann")
    _, change = old.new_client()
    old.push_ok(change)
    _, change = new.new_client()
    assert statuses(new.push_ok(change)) == [("applied", None)]


def test_failed_push_applies_nothing(api, monkeypatch):
    """One transaction: a fault after writing leaves no trace, and the resend applies."""
    import server.apply

    api.user("Ann")
    device = api.enroll("Ann")
    client_id, insert = device.new_client()
    original = server.apply.Batch.flush

    def flush_then_fail(self):
        original(self)
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(server.apply.Batch, "flush", flush_then_fail)
    response = device.push(insert)
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal"
    assert "fire" not in response.text
    monkeypatch.setattr(server.apply.Batch, "flush", original)
    store = open_store(api.settings)
    with store.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ChangeLog)) == 1  # the profile
        assert connection.scalar(select(ReplicaMark.acked_seq)) in (None, 0)
    store.close()
    assert statuses(device.push_ok(insert)) == [("applied", None)]


def test_scope_rules(api):
    api.user("Ann")
    api.user("Bob")
    ann, bob = api.enroll("Ann"), api.enroll("Bob")
    client_id, insert = ann.new_client()
    ann.push_ok(insert)  # Ann claims the new client's scope
    scope = client_scope(client_id)
    note = bob.change("case_note", uuid7(), scope, status="draft", body="x", client_id=client_id)
    misplaced = ann.change("client", client_id, worker_scope(ann.worker_id), "update", phone="1")
    outcome = bob.push_ok(note)
    assert statuses(outcome) == [("rejected", "forbidden_scope")]
    assert statuses(ann.push_ok(misplaced)) == [("rejected", "scope_mismatch")]
    staff = bob.change("task", uuid7(), "staff", title="x")
    strange = bob.change("task", uuid7(), "elsewhere:1", title="x")
    others = bob.change("task", uuid7(), worker_scope(ann.worker_id), title="x")
    own = bob.change("task", uuid7(), worker_scope(bob.worker_id), title="x")
    assert statuses(bob.push_ok(staff, strange, others, own)) == [
        ("rejected", "forbidden_scope"), ("rejected", "forbidden_scope"),
        ("rejected", "forbidden_scope"), ("applied", None),
    ]  # fmt: skip


def test_profiles_and_unknown_entities(api):
    ann_id = api.user("Ann")
    bob_id = api.user("Bob")
    ann = api.enroll("Ann")
    own = ann.change("worker_profile", ann_id, "staff", "update", email="ann@example.org")
    other = ann.change("worker_profile", bob_id, "staff", "update", email="x")
    wrong_scope = ann.change("worker_profile", ann_id, worker_scope(ann_id), "update", email="y")
    unknown = ann.change("spaceship", uuid7(), worker_scope(ann_id), name="x")
    assert statuses(ann.push_ok(own, other, wrong_scope, unknown)) == [
        ("applied", None), ("rejected", "not_your_profile"),
        ("rejected", "scope_mismatch"), ("rejected", "unknown_entity"),
    ]  # fmt: skip


def test_supervisor_sees_and_writes_the_team(api):
    api.user("Sue", "supervisor")
    api.user("Ann", supervisor="Sue")
    api.user("Bob")
    ann, sue, bob = api.enroll("Ann"), api.enroll("Sue"), api.enroll("Bob")
    client_id, insert = ann.new_client(legal_last_name="Teamcase")
    ann.push_ok(insert)
    _, bobs = bob.new_client()
    bob.push_ok(bobs)
    changes, page = sue.pull_all()
    scope = client_scope(client_id)
    assert scope in page["scopes"] and worker_scope(ann.worker_id) in page["scopes"]
    assert [c["record_id"] for c in changes if c["entity"] == "client"] == [client_id]
    edit = sue.change("client", client_id, scope, "update", risk_level="high")
    assert statuses(sue.push_ok(edit)) == [("applied", None)]
    _, anns_page = ann.pull_all()
    assert scope in anns_page["scopes"] and worker_scope(sue.worker_id) not in anns_page["scopes"]


def test_sealed_and_append_only_refusals(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    client_id, insert = ann.new_client()
    scope = client_scope(client_id)
    note_id, stage_id = uuid7(), uuid7()
    signed = ann.change("case_note", note_id, scope, status="signed", body="final")
    edit = ann.change("case_note", note_id, scope, "update", body="sneaky edit")
    stage = ann.change("stage_change", stage_id, scope, to_stage="intake")
    restage = ann.change("stage_change", stage_id, scope, "update", to_stage="closed")
    result = ann.push_ok(insert, signed, edit, stage, restage)
    assert statuses(result) == [
        ("applied", None), ("applied", None), ("rejected", "sealed"),
        ("applied", None), ("rejected", "append_only"),
    ]  # fmt: skip
    assert result["conflicts"] == 2  # both refused values are kept
    store = open_store(api.settings)
    with store.engine.connect() as connection:
        kinds = sorted(connection.scalars(select(Conflict.kind)))
    store.close()
    assert kinds == ["append_only", "sealed"]


def test_concurrent_edits_are_counted_as_conflicts(api):
    api.user("Sue", "supervisor")
    api.user("Ann", supervisor="Sue")
    ann, sue = api.enroll("Ann"), api.enroll("Sue")
    client_id, insert = ann.new_client()
    ann.push_ok(insert)
    scope = client_scope(client_id)
    newer = sue.change("client", client_id, scope, "update", phone="2", hlc=sue.stamp(5000))
    older = ann.change("client", client_id, scope, "update", phone="1")
    assert sue.push_ok(newer)["conflicts"] == 0  # first writer of phone since the insert
    late = ann.push_ok(older)
    assert statuses(late) == [("stale", None)] and late["conflicts"] == 1


def test_clock_skew_refuses_the_whole_push(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    _, fine = ann.new_client()
    _, future = ann.new_client()
    future["hlc"] = ann.stamp(10 * 60 * 1000)
    response = ann.push(fine, future)
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "clock_skew" and error["server_time_ms"] > 0
    changes, _ = ann.pull_all()
    assert not [c for c in changes if c["entity"] == "client"]


def test_replica_mismatch(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    ann.replica_id = uuid7()
    response = ann.push()
    assert (response.status_code, response.json()["error"]["code"]) == (409, "replica_mismatch")


def test_audit_chain(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    first, second = ann.audit_event(), ann.audit_event("printed")
    result = ann.push_ok(audit=[first, second])
    assert result["audit_acked_through"] == 2 and result["results"] == []
    assert ann.push_ok(audit=[first, second])["audit_acked_through"] == 2  # duplicates
    forged = ann.audit_event("exported", hash="0" * 64)
    after = ann.audit_event("viewed")
    result = ann.push_ok(audit=[forged, after])
    assert result["audit_acked_through"] == 2
    assert statuses(result) == [("rejected", "audit_chain")]
    gap = {**ann.audit[-1], "seq": 9}
    assert statuses(ann.push_ok(audit=[gap])) == [("rejected", "audit_chain")]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_batch_of_500_changes(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    changes = [ann.new_client(phone=str(i))[1] for i in range(500)]
    result = ann.push_ok(*changes)
    assert result["acked_through"] == 500
    pulled, page = ann.pull_all(limit=300)
    assert len([c for c in pulled if c["entity"] == "client"]) == 500
    assert len(page["checksums"]) == 502
