"""The pull cursor cannot skip rows committed out of order (docs/sync-protocol.md, "Pull").

On PostgreSQL, transaction A takes its change-log position first but commits last; a reader
pulls between B's commit and A's. With the snapshot fence the reader gets A's row on its next
pull; with the naive position cursor (the negative control, cursor_mode="naive") it never
does. The naive mode exists only to prove this test can see the bug."""

import dataclasses

import pytest

from app.sync.protocol import PullRequest, PushRequest
from server.auth import authenticate
from server.db import open_store, write_tx
from server.pull import handle_pull
from server.push import _push


@pytest.fixture
def scene(pg_url, tmp_path):
    from server.admin import initialise
    from server.config import Settings
    from tests.server.helpers import Api

    settings = Settings(data_dir=tmp_path / "srv", database_url=pg_url)
    initialise(settings)
    with Api(settings) as api:
        api.user("Ann")
        yield api, [api.enroll("Ann") for _ in range(3)]


def _request(device) -> tuple[PushRequest, str]:
    client_id, change = device.new_client()
    return PushRequest(replica_id=device.replica_id, changes=[change]), client_id


def _pull(store, principal, cursor):
    page = handle_pull(store, principal, PullRequest(cursor=cursor))
    return {c.record_id for c in page.changes}, page.cursor


@pytest.mark.parametrize("mode", ["fenced", "naive"])
def test_out_of_order_commit(scene, mode):
    api, (writer_a, writer_b, reader) = scene
    store = open_store(dataclasses.replace(api.settings, cursor_mode=mode))
    principals = [authenticate(store, f"Bearer {d.token}") for d in (writer_a, writer_b, reader)]
    request_a, client_a = _request(writer_a)
    request_b, client_b = _request(writer_b)
    _, cursor = _pull(store, principals[2], None)
    try:
        with write_tx(store.engine) as first:
            _push(store, principals[0], request_a, first)  # takes its position first...
            with write_tx(store.engine) as second:
                _push(store, principals[1], request_b, second)  # ...B commits first
            seen_before, cursor = _pull(store, principals[2], cursor)
        seen_after, _ = _pull(store, principals[2], cursor)
    finally:
        store.close()
    seen = seen_before | seen_after
    if mode == "naive":
        assert client_b in seen_before and client_a not in seen, "the negative control must skip"
    else:
        assert seen_before == set(), "nothing past a running transaction is served"
        assert {client_a, client_b} <= seen_after
