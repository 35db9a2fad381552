"""Server-wide state kept in the database: its hybrid logical clock, the transaction counter
(SQLite) and small facts such as the lowest cursor still served after compaction."""

from __future__ import annotations

import time
from collections.abc import Iterable

from sqlalchemy import Connection, select, text, update

from app.core.hlc import HybridClock, Timestamp
from server.db import insert_or_ignore, upsert
from server.models import ServerClock, ServerState

SERVER_NODE = "server"
CLOCK_ROW = 1
TXID_KEY = "sqlite_txid"


def wall_ms() -> int:
    return int(time.time() * 1000)


def load_clock(connection: Connection, max_skew_ms: int) -> HybridClock:
    row = connection.execute(
        select(ServerClock.wall_ms, ServerClock.counter).where(ServerClock.id == CLOCK_ROW)
    ).first()
    wall, counter = (row.wall_ms, row.counter) if row else (0, 0)
    return HybridClock(SERVER_NODE, wall, counter, max_skew_ms=max_skew_ms)


def save_clock(connection: Connection, clock: HybridClock) -> None:
    values = {"id": CLOCK_ROW, "node": SERVER_NODE, "wall_ms": clock.wall_ms}
    upsert(connection, ServerClock, {**values, "counter": clock.counter}, ["id"])


def observe_stamp(connection: Connection, stamp: str) -> None:
    """Move the server clock up to `stamp` if it is behind (an HLC observe, minus the tick
    that the next server_stamp makes anyway). Run it in a short transaction of its own after
    a push: it touches the one clock row, and holding that row's lock for the rest of a push
    would serialise every push. A lost observation costs nothing: server_stamp also observes
    the clocks of the records it writes."""
    remote = Timestamp.decode(stamp)
    insert_or_ignore(
        connection, ServerClock, {"id": CLOCK_ROW, "node": SERVER_NODE, "wall_ms": 0, "counter": 0}
    )
    behind = (ServerClock.wall_ms < remote.wall_ms) | (
        (ServerClock.wall_ms == remote.wall_ms) & (ServerClock.counter < remote.counter)
    )
    connection.execute(
        update(ServerClock)
        .where(ServerClock.id == CLOCK_ROW, behind)
        .values(wall_ms=remote.wall_ms, counter=remote.counter)
    )


def server_stamp(connection: Connection, max_skew_ms: int, after: Iterable[str] = ()) -> str:
    """A fresh server stamp, later than the server's history and every stamp in `after`."""
    clock = load_clock(connection, max_skew_ms)
    for stamp in after:
        if stamp:
            clock.observe(Timestamp.decode(stamp), wall_ms())
    stamp = clock.now(wall_ms()).encode()
    save_clock(connection, clock)
    return stamp


def next_txid(connection: Connection) -> int:
    """The id of this writing transaction, for ordering the change log (server/pull.py).

    PostgreSQL: the real transaction id (assigned now if not yet). SQLite: a counter bumped
    under the write lock (BEGIN IMMEDIATE), so ids increase in commit order."""
    if connection.dialect.name == "postgresql":
        txid: int = connection.scalar(text("SELECT pg_current_xact_id()::text::bigint"))
        return txid
    insert_or_ignore(connection, ServerState, {"key": TXID_KEY, "value": "0"})
    current = int(get_state(connection, TXID_KEY) or 0) + 1
    connection.execute(
        update(ServerState).where(ServerState.key == TXID_KEY).values(value=str(current))
    )
    return current


def sqlite_txid(connection: Connection) -> int:
    """The last committed SQLite transaction id, as seen by this transaction's snapshot."""
    return int(get_state(connection, TXID_KEY) or 0)


def get_state(connection: Connection, key: str) -> str | None:
    return connection.scalar(select(ServerState.value).where(ServerState.key == key))


def set_state(connection: Connection, key: str, value: str) -> None:
    upsert(connection, ServerState, {"key": key, "value": value}, ["key"])
