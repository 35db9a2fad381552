"""Keeping device and server busy at once: one request in flight on a helper thread while
the device prepares the next batch (push) or applies the page before (pull).

A sync alternates between work on the device (reading the outbox, writing pulled rows into
the vault) and work on the server (merging, reading its change log). Done in turn, each side
waits for the other; overlapped, a sync takes about as long as the busier side. The order of
effects is unchanged: a push is acknowledged before the next one is sent, a page is applied
with its cursor before the next page is, and only reads run ahead.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from app.sync.errors import ProtocolError
from app.sync.protocol import PullRequest, PullResponse


@contextmanager
def in_flight() -> Iterator[ThreadPoolExecutor]:
    """One helper thread for the request a sync has in flight; the database is never touched
    from it (only HTTP and JSON run there). On the way out, also after an error, waits for a
    request still running: it is only ever a read or an idempotent push."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseload-sync") as executor:
        yield executor


def prefetched_pages(
    pull: Callable[[PullRequest], PullResponse], first: PullRequest
) -> Generator[PullResponse, None, None]:
    """Pull pages in order, asking for the next one as soon as a page arrives (the cursor
    is in the page), so the server reads it while the caller applies this one."""
    with in_flight() as flight:
        request, pending = first, flight.submit(pull, first)
        while True:
            page = pending.result()
            if page.more and page.cursor == request.cursor:
                raise ProtocolError(
                    "The office server keeps sending the same page; try again later."
                )
            if page.more:
                request = request.model_copy(update={"cursor": page.cursor})
                pending = flight.submit(pull, request)
            yield page
            if not page.more:
                return
