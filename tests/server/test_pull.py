"""POST /v1/pull and /v1/checksums, case assignment and compaction, on both databases."""

from sqlalchemy import update

from app.core.ids import uuid7
from app.sync.protocol import client_scope, scope_checksum, worker_scope
from server import admin
from server.db import open_store, write_tx
from server.models import ScopeHandover
from tests.server.helpers import statuses


def test_pages_in_order_with_fixed_width_cursors(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    for _ in range(3):  # three transactions, four clients each
        ann.push_ok(*[ann.new_client()[1] for _ in range(4)])
    seen, cursors, cursor = [], [], None
    while True:
        page = ann.pull(cursor, limit=5).json()
        seen += page["changes"]
        cursors.append(page["cursor"])
        cursor = page["cursor"]
        assert bool(page["checksums"]) == (not page["more"])
        if not page["more"]:
            break
    assert len(seen) == 13 and len(cursors) == 3  # 12 clients + Ann's profile
    assert cursors == sorted(cursors) and len({len(c) for c in cursors}) == 1
    assert ann.pull(cursor).json()["changes"] == []


def test_restricted_scopes_and_checksums(api):
    api.user("Ann")
    api.user("Bob")
    ann, bob = api.enroll("Ann"), api.enroll("Bob")
    client_id, insert = ann.new_client()
    scope = client_scope(client_id)
    case_id = uuid7()
    case = ann.change("case_file", case_id, scope, client_id=client_id, deleted=False)
    ann.push_ok(insert, case, ann.change("client", client_id, scope, "delete"))
    changes, page = ann.pull_all(scopes=[scope])
    assert {c["scope"] for c in changes} == {scope}
    held, deleted = {}, set()
    for c in changes:  # a record's clock is its highest field clock
        key = (c["entity"], c["record_id"])
        held[key] = max(held.get(key, ""), c["hlc"])
        if c["fields"].get("deleted"):
            deleted.add(key)
    assert deleted == {("client", client_id)}  # a tombstone: not in the checksum
    expected = scope_checksum((e, r, h) for (e, r), h in held.items() if (e, r) not in deleted)
    assert page["checksums"][scope] == expected
    answer = ann.api.http.post("/v1/checksums", json={"scopes": [scope]}, headers=ann.headers)
    assert answer.json() == {"checksums": {scope: expected}}
    refused = bob.pull(scopes=[scope])
    assert (refused.status_code, refused.json()["error"]["code"]) == (403, "forbidden")
    refused = bob.api.http.post("/v1/checksums", json={"scopes": [scope]}, headers=bob.headers)
    assert refused.status_code == 403


def test_case_assignment_moves_the_client_scope(api):
    api.user("Ann")
    bob_id = api.user("Bob")
    ann, bob = api.enroll("Ann"), api.enroll("Bob")
    client_id, insert = ann.new_client()
    scope, case_id = client_scope(client_id), uuid7()
    ann.push_ok(insert, ann.change("case_file", case_id, scope, client_id=client_id))
    _, bobs_page = bob.pull_all()
    assert scope not in bobs_page["scopes"]
    assert admin.assign_case(api.settings, case_id, "Bob") == scope
    _, anns_page = ann.pull_all()
    assert scope not in anns_page["scopes"]
    _, page = bob.pull_all(bobs_page["cursor"])
    assert scope in page["scopes"]
    restored, _ = bob.pull_all(scopes=[scope])  # a new scope is restored from the start
    assigned = [c for c in restored if c["fields"].get("assigned_worker_id") == bob_id]
    assert {c["entity"] for c in assigned} == {"client", "case_file"}
    assert all(c["origin"] == "server" for c in assigned)
    edit = bob.change("client", client_id, scope, "update", phone="9")
    assert bob.push_ok(edit)["results"][0]["status"] == "applied"


def test_former_owner_may_still_push_what_it_wrote_before_the_handover(api):
    """docs/sync-protocol.md: a case reassigned away is purged after its pending changes are pushed,
    so those are accepted; later ones (past the skew bound) are refused."""
    api.user("Ann")
    api.user("Bob")
    ann = api.enroll("Ann")
    client_id, insert = ann.new_client()
    scope, case_id = client_scope(client_id), uuid7()
    ann.push_ok(insert, ann.change("case_file", case_id, scope, client_id=client_id))
    pending = ann.change("case_note", uuid7(), scope, status="draft", client_id=client_id)
    admin.assign_case(api.settings, case_id, "Bob")
    assert statuses(ann.push_ok(pending)) == [("applied", None)]
    _age_handovers(api.settings, minutes=10)
    late = ann.change("client", client_id, scope, "update", phone="1")
    assert statuses(ann.push_ok(late)) == [("rejected", "forbidden_scope")]


def _age_handovers(settings, minutes: int) -> None:
    store = open_store(settings)
    with write_tx(store.engine) as connection:
        connection.execute(
            update(ScopeHandover).values(
                handed_over_ms=ScopeHandover.handed_over_ms - minutes * 60_000
            )
        )
    store.close()


def test_compaction_expires_old_cursors(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    client_id, insert = ann.new_client()
    ann.push_ok(insert)
    _, early = ann.pull_all()
    ann.push_ok(ann.change("client", client_id, client_scope(client_id), "delete"))
    _, late = ann.pull_all(early["cursor"])
    summary = admin.compact(api.settings, horizon_days=0)
    assert (summary["records"], summary["changes"]) == (1, 2)
    expired = ann.pull(early["cursor"])
    assert (expired.status_code, expired.json()["error"]["code"]) == (410, "cursor_expired")
    assert ann.pull(late["cursor"]).status_code == 200
    changes, page = ann.pull_all()  # from the start: the tombstoned client is gone
    assert not [c for c in changes if c["entity"] == "client"]
    assert client_scope(client_id) in page["scopes"]
    assert admin.compact(api.settings)["records"] == 0  # the 180-day horizon keeps the rest


def test_bad_cursor_and_limits(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    for cursor in ("x", "1.2", "985", "0" * 20):
        response = ann.pull(cursor)
        assert (response.status_code, response.json()["error"]["code"]) == (400, "bad_request")
    response = ann.pull(limit=5000)
    assert (response.status_code, response.json()["error"]["code"]) == (422, "bad_request")


def test_worker_scope_records(api):
    api.user("Ann")
    ann = api.enroll("Ann")
    task = ann.change("task", uuid7(), worker_scope(ann.worker_id), title="call office")
    ann.push_ok(task)
    changes, page = ann.pull_all(scopes=[worker_scope(ann.worker_id)])
    assert [c["fields"]["title"] for c in changes] == ["call office"]
    assert page["worker"]["display_name"] == "Ann"
