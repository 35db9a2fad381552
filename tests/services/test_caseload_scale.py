"""What the caseload benchmark's figures rest on (docs/benchmarks.md, caseload): query plans
that use migration 0003's indexes, notes found newest first, a new draft written once."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from app.models import CaseNote, OutboxEntry
from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.notes import NoteFields, open_drafts, save_draft, start_note
from app.services.records import ClientDraft, create_client
from app.services.search import search_everything

NAMES = [("Zoe", "Adams"), ("Ana", "Young"), ("Bo", "Min"), ("Cy", "Lee"), ("Di", "Ng")]


@pytest.fixture
def clients(vault) -> list[str]:
    with vault.session() as session:
        return [create_client(session, ClientDraft(*name), vault.owner_id) for name in NAMES]


@contextmanager
def statements(vault) -> Iterator[list[tuple[str, Any]]]:
    """Every SQL statement (and its parameters) the block sends to the database."""
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, sql, params, _context, _many) -> None:  # noqa: ANN001
        seen.append((sql, params))

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def plan_of(vault, run: Callable[[Any], object], table: str) -> str:
    """EXPLAIN QUERY PLAN of the first statement `run(session)` sends that reads `table`."""
    with statements(vault) as seen, vault.session() as session:
        run(session)
    sql, params = next((s, p) for s, p in seen if s.startswith("SELECT") and f"FROM {table}" in s)
    with vault.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return " | ".join(row[-1] for row in rows)


def test_first_page_of_the_name_order_is_read_off_the_sort_index(vault, clients):
    with vault.session() as session:
        every = caseload_ids(session, CaseloadQuery())
        assert caseload_ids(session, CaseloadQuery(), limit=2) == every[:2]
    plan = plan_of(vault, lambda s: caseload_ids(s, CaseloadQuery(), limit=2), "client")
    assert "USING INDEX ix_client_sort_name" in plan and "TEMP B-TREE" not in plan


def test_consents_and_drafts_are_found_by_their_indexes(vault, clients):
    plan = plan_of(vault, lambda s: caseload_rows(s, clients), "client")
    assert "ix_consent_client_id_expires_on" in plan
    plan = plan_of(vault, lambda s: open_drafts(s, vault.owner_id), "case_note")
    assert "USING INDEX ix_case_note_drafts" in plan


def test_notes_are_found_newest_first(vault, clients):
    with vault.session() as session:
        for text in ("xylophone lesson", "xylophone repair", "unrelated"):
            note = start_note(session, clients[0], "free", vault.owner_id)
            save_draft(session, note.id, NoteFields(sections={"text": text}))
    with vault.session() as session:
        hits = search_everything(session, "xylo")
    assert [hit.snippet.replace("\x02", "").replace("\x03", "") for hit in hits] == [
        "xylophone repair",
        "xylophone lesson",
    ]


def test_a_new_draft_is_written_once_with_its_content(vault, clients):
    fields = NoteFields(contact_type="home", sections={"data": "Met at home."})
    with statements(vault) as seen, vault.session() as session:
        started = start_note(session, clients[0], "dap", vault.owner_id)
        saved = save_draft(session, started.id, fields)
    writes = [sql.split("(")[0].strip() for sql, _ in seen if "case_note" in sql.split("(")[0]]
    assert writes == ["INSERT INTO case_note"]
    assert started.kind == saved.kind == "note" and saved.sections["data"] == "Met at home."
    with vault.session() as session:
        outbox = session.scalars(select(OutboxEntry).where(OutboxEntry.entity == "case_note"))
        [entry] = outbox.all()
        assert entry.op == "insert" and entry.changes["sections"]["data"] == "Met at home."
        assert session.get(CaseNote, started.id).contact_type == "home"
