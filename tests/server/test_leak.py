"""No client data at rest on the server: a canary pushed as record values, losing values
(conflicts) and refused values never appears in the data directory (SQLite database, WAL,
log) nor in a dump of the PostgreSQL database, in any encoding tests/leakscan.py knows."""

import pytest

from app.core.ids import uuid7
from app.sync.protocol import client_scope
from tests.leakscan import contains, scan
from tests.server.helpers import Api
from tests.server.live import live_server
from tests.server.pg import pg_dump

CANARY_FIRST, CANARY_LAST, CANARY_NOTE = "Zqxsrvfirst", "Vmwsrvlast", "Kjqsrvnotebody"


@pytest.mark.parametrize("storage", ["sqlite", "postgresql"])
def test_canary_never_stored_in_the_clear(tmp_path, storage, request):
    url = request.getfixturevalue("pg_url") if storage == "postgresql" else None
    with live_server(tmp_path / "srv", database_url=url) as server, server.client() as http:
        api = Api(server.settings, http)
        api.user("Ann")
        ann = api.enroll("Ann")
        _plant(ann)
        pulled, _ = ann.pull_all()
        assert any(c["fields"].get("legal_last_name") == CANARY_LAST for c in pulled)
        dump = pg_dump(url) if url else None
    for canary in (CANARY_FIRST, CANARY_LAST, CANARY_NOTE):
        assert scan([tmp_path / "srv"], canary) == [], canary
        if dump is not None:
            assert not contains(dump, canary), f"{canary} in pg_dump"
    if url is not None and dump is None:
        pytest.skip("no pg_dump: the data directory was checked, not the database")


def _plant(ann) -> None:
    """The canary as values, as a losing (stale) value, and as a refused edit of a signed note."""
    client_id, insert = ann.new_client(legal_first_name=CANARY_FIRST, legal_last_name=CANARY_LAST)
    scope = client_scope(client_id)
    older = ann.stamp()
    newer = ann.change("client", client_id, scope, "update", legal_last_name="Plain")
    stale = ann.change("client", client_id, scope, "update", hlc=older, legal_last_name=CANARY_LAST)
    note_id = uuid7()
    signed = ann.change("case_note", note_id, scope, status="signed", body=f"{CANARY_NOTE} signed")
    refused = ann.change("case_note", note_id, scope, "update", body=f"{CANARY_NOTE} edit")
    back = ann.change("client", client_id, scope, "update", legal_last_name=CANARY_LAST)
    result = ann.push_ok(insert, newer, stale, signed, refused, back)
    assert [r["status"] for r in result["results"]] == [
        "applied", "applied", "stale", "applied", "rejected", "applied",
    ]  # fmt: skip
