"""Push and pull with one request in flight while the device works (app/sync/pipeline.py):
the overlap must never change what arrives, in which order, or what a failure leaves."""

import threading
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from app.models import Task
from app.services import activity
from app.sync import outgoing, state
from app.sync.engine import sync
from app.sync.errors import ProtocolError, ServerUnavailable, SyncStopped
from app.sync.protocol import PullRequest, PullResponse, PushRequest, PushResponse
from app.sync.transport import Transport
from tests.sync.factory import add_client

TASKS = 30


def _with_tasks(office, root, name: str):
    vault = office.device(root, name)
    client_id = add_client(vault)
    with vault.session() as session:
        for n in range(TASKS):
            activity.add_task(session, f"Visit {n}", client_id=client_id)
    return vault


def _tasks(vault) -> int:
    with vault.session() as session:
        return session.scalar(select(func.count()).select_from(Task)) or 0


def _all_match(receipt) -> bool:
    return bool(receipt.checksums) and all(c["match"] for c in receipt.checksums.values())


def _small_pages(
    transport: Transport, size: int, before: Callable[[int, PullRequest], None]
) -> None:
    """Pages of `size` changes; `before(n, request)` runs before the n-th request is sent."""
    send, count = transport.pull, iter(range(1, 10_000))

    def pull(request: PullRequest) -> PullResponse:
        before(next(count), request)
        return send(request.model_copy(update={"limit": size}))

    transport.pull = pull  # type: ignore[method-assign]


def test_a_server_taking_part_of_a_batch_gets_the_rest_next_and_nothing_twice(
    local_office, tmp_path
):
    name = local_office.user("alex")
    laptop = _with_tasks(local_office, tmp_path / "laptop", name)
    transport = local_office.transport(laptop)
    send, sent = transport.push, []

    def push_half(request: PushRequest) -> PushResponse:
        # An older server with a smaller batch limit: it handles (and acknowledges) the
        # first half; the batch built meanwhile, starting after the whole, must be dropped.
        half = request.changes[: max(1, len(request.changes) // 2)]
        sent.extend(change.seq for change in half)
        return send(request.model_copy(update={"changes": half}))

    transport.push = push_half  # type: ignore[method-assign]
    receipt = sync(laptop, transport)
    assert receipt.rejected == [] and _all_match(receipt)
    assert len(sent) == len(set(sent)) == receipt.pushed  # each change sent once
    with laptop.session() as session:
        assert outgoing.pending_changes(session) == 0
    tablet = local_office.device(tmp_path / "tablet", name)
    assert _all_match(local_office.sync(tablet)) and _tasks(tablet) == TASKS


def test_a_pull_failing_ahead_keeps_the_pages_applied_and_resumes_after_them(
    local_office, tmp_path
):
    name = local_office.user("alex")
    local_office.sync(_with_tasks(local_office, tmp_path / "laptop", name))
    tablet = local_office.device(tmp_path / "tablet", name)
    first = local_office.transport(tablet)

    def fail_fourth(n: int, _request: PullRequest) -> None:
        if n == 4:  # the request for page 4 is sent while page 3 is being applied
            raise ServerUnavailable("The office server cannot be reached.")

    _small_pages(first, 5, fail_fourth)
    with pytest.raises(ServerUnavailable):
        sync(tablet, first)
    held_after_three_pages = _tasks(tablet)
    assert 0 < held_after_three_pages < TASKS
    with tablet.session() as session:
        stored = state.get(session, state.CURSOR)
    second, cursors = local_office.transport(tablet), []
    _small_pages(second, 5, lambda _n, request: cursors.append(request.cursor))
    receipt = sync(tablet, second)
    assert _tasks(tablet) == TASKS and _all_match(receipt)
    # It resumed from the cursor of page 3, stored with it: only the rest came down.
    assert stored is not None and cursors[0] == stored
    assert receipt.pulled == TASKS - held_after_three_pages


def test_a_server_repeating_a_page_is_refused_without_applying_it_twice(local_office, tmp_path):
    name = local_office.user("alex")
    local_office.sync(_with_tasks(local_office, tmp_path / "laptop", name))
    tablet = local_office.device(tmp_path / "tablet", name)
    transport = local_office.transport(tablet)
    send = transport.pull

    def stuck(request: PullRequest) -> PullResponse:
        return send(request.model_copy(update={"limit": 5, "cursor": None}))

    transport.pull = stuck  # type: ignore[method-assign]
    with pytest.raises(ProtocolError, match="same page"):
        sync(tablet, transport)
    assert _tasks(tablet) <= 5  # the first page at most, once


def test_a_stopped_sync_keeps_what_the_server_acknowledged_and_the_next_one_finishes(
    local_office, tmp_path
):
    name = local_office.user("alex")
    laptop = _with_tasks(local_office, tmp_path / "laptop", name)
    transport, stop = local_office.transport(laptop), threading.Event()
    send = transport.push

    def push_then_stop(request: PushRequest) -> PushResponse:
        answer = send(request)
        stop.set()  # the worker pressed Stop while this batch was on its way
        return answer

    transport.push = push_then_stop  # type: ignore[method-assign]
    with pytest.raises(SyncStopped):
        sync(laptop, transport, stop=stop)
    with laptop.session() as session:
        assert outgoing.pending_changes(session) == 0  # the batch's acknowledgement is kept
        assert state.get(session, state.CURSOR) is None  # nothing pulled after the stop
    receipt = local_office.sync(laptop)
    assert receipt.pushed == 0 and _all_match(receipt)
