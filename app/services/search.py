"""Full-text search over client names, case notes and tasks (FTS5 inside the vault).

Each word typed is a prefix match ("ros" finds Rosa and Rossi); hits come back with a short
snippet whose matched words are wrapped in HIT_START/HIT_END for highlighting.

Clients are ranked by relevance (bm25). Notes and tasks come newest first (by rowid: the
order they were stored in): ranking means scoring every match before the first row, and a
common word matches a quarter of a million notes in a large office (about 1 s, against
15 ms newest first; docs/benchmarks.md, caseload finding 3).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

HIT_START, HIT_END = "\x02", "\x03"
WORD = re.compile(r"\w+", re.UNICODE)
KINDS = {
    # kind: (fts table, base table, client id column, order)
    "client": ("client_fts", "client", "c.id", "rank"),
    "note": ("note_fts", "case_note", "c.client_id", "note_fts.rowid DESC"),
    "task": ("task_fts", "task", "c.client_id", "task_fts.rowid DESC"),
}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # client | note | task
    record_id: str
    client_id: str | None
    snippet: str


def fts_query(user_text: str) -> str | None:
    """A safe FTS5 query: every word quoted and prefix-matched, all words required."""
    words = WORD.findall(user_text)
    return " ".join(f'"{word}"*' for word in words) if words else None


def _search_kind(session: Session, kind: str, query: str, limit: int) -> list[SearchHit]:
    fts, table, client_column, order = KINDS[kind]
    # One statement, ordered in a way FTS5 itself serves (rank or rowid): a second pass
    # (a CTE joined back, or `rowid IN (...)` with MATCH) re-runs the prefix query.
    statement = text(
        f"SELECT c.id, {client_column}, snippet({fts}, 0, :a, :b, '…', 12) "
        f"FROM {fts} JOIN {table} c ON c.rowid = {fts}.rowid "
        f"WHERE {fts} MATCH :q AND c.deleted = 0 ORDER BY {order} LIMIT :n"
    )
    params = {"a": HIT_START, "b": HIT_END, "q": query, "n": limit}
    rows: Iterable[tuple[Any, ...]] = session.execute(statement, params)  # text(): untyped
    return [SearchHit(kind, rid, cid, snippet) for rid, cid, snippet in rows]


def search_everything(session: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    """Clients first (most relevant first), then notes, then tasks (newest first)."""
    query = fts_query(user_text)
    if query is None:
        return []
    hits: list[SearchHit] = []
    for kind in KINDS:
        hits += _search_kind(session, kind, query, limit)
    return hits[:limit]
