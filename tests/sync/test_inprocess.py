"""The sync engine against the server application in process (no sockets, no TLS): fast, for
what needs server-side administration between steps (compaction)."""

from sqlalchemy import func, select

from app.models import Client, Task
from app.services import activity
from app.services.check import check_vault
from server import admin
from tests.sync.factory import add_caseload


def all_match(receipt):
    return all(c["match"] for c in receipt.checksums.values())


def test_round_trip_between_two_devices_of_one_worker(local_office, tmp_path):
    name = local_office.user("alex")
    laptop = local_office.device(tmp_path / "laptop", name)
    mine = add_caseload(laptop)
    first = local_office.sync(laptop)
    assert first.rejected == [] and first.pushed > 0 and all_match(first)
    tablet = local_office.device(tmp_path / "tablet", name)
    second = local_office.sync(tablet)
    assert second.pulled > 0 and all_match(second)
    with tablet.session() as session:
        assert session.get(Client, mine.client_id).legal_last_name == "Quintero"
    assert all_match(local_office.sync(laptop))
    # Pulled records have no outbox entries here, rightly: `check` stays green.
    outbox = {item.name: item for item in check_vault(tablet).items}["outbox"]
    assert outbox.ok, outbox.detail


def test_expired_cursor_resyncs_and_drops_what_the_server_forgot(local_office, tmp_path):
    name = local_office.user("alex")
    laptop = local_office.device(tmp_path / "laptop", name)
    tablet = local_office.device(tmp_path / "tablet", name)
    mine = add_caseload(laptop)
    local_office.sync(laptop)
    local_office.sync(tablet)
    with laptop.session() as session:
        session.get(Task, mine.task_id).deleted = True  # a tombstone...
    local_office.sync(laptop)
    admin.compact(local_office.settings, horizon_days=0)  # ...the server then forgets
    with tablet.session() as session:
        activity.add_task(session, "Written offline", client_id=mine.client_id)
    receipt = local_office.sync(tablet)
    assert receipt.pushed == 1  # pushed before the resync
    assert receipt.dropped == 1  # the task the server no longer has
    with tablet.session() as session:
        assert session.get(Task, mine.task_id) is None
        assert session.scalar(select(func.count()).select_from(Task)) == 1
    assert all_match(receipt)


def test_after_compaction_devices_holding_the_tombstone_still_match(local_office, tmp_path):
    name = local_office.user("alex")
    laptop = local_office.device(tmp_path / "laptop", name)
    tablet = local_office.device(tmp_path / "tablet", name)
    mine = add_caseload(laptop)
    with laptop.session() as session:
        session.get(Task, mine.task_id).deleted = True
    local_office.sync(laptop)
    local_office.sync(tablet)  # both now hold the tombstone
    admin.compact(local_office.settings, horizon_days=0)  # the server forgets it
    for device in (laptop, tablet):
        receipt = local_office.sync(device)
        assert receipt.dropped == 0 and all_match(receipt), receipt.checksums
