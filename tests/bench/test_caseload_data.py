"""The bulk-loaded caseload data set is data the app can use as if it had synced it: rows the
ORM reads back, signed notes whose seal verifies, an intact audit chain, a clock ahead of
every loaded stamp, a full-text index in step, and the same rows on both sides. Tiny sizes,
built in a temporary directory (never in the real cache)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.core.hlc import Timestamp
from app.models import CaseNote, Client, OutboxEntry
from app.services.caseload import CaseloadQuery, caseload_ids, caseload_rows
from app.services.notes import NoteFields, save_draft, sign_note, start_note, verify_note
from app.services.search import search_everything
from app.store import audit
from app.store.vault import Vault
from bench import datacache
from bench.dataset import NOW, Sizes
from bench.notes_text import MAX_CHARS, MIN_CHARS

SIZES = Sizes(clients=120, notes=1_200)
TABLES = ("client", "case_file", "task", "visit", "consent", "case_note", "note_fts")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> datacache.DataSet:
    return datacache.build(tmp_path_factory.mktemp("caseload") / "data", SIZES)


def _digest(vault: Vault) -> list[tuple]:
    with vault.session() as session:
        counts = [session.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES]
        notes = session.execute(
            text("SELECT id, client_id, sections, hlc FROM case_note ORDER BY rowid")
        ).all()
    return [tuple(counts), *map(tuple, notes)]


def test_both_sides_hold_the_same_rows(data):
    manifest = data.manifest
    assert manifest["counts"]["client"] == SIZES.clients
    assert manifest["counts"]["case_note"] == SIZES.notes
    assert manifest["counts"]["note_fts"] <= SIZES.notes
    encrypted, plaintext = data.open_encrypted(), data.open_plaintext()
    try:
        assert _digest(encrypted) == _digest(plaintext)
    finally:
        encrypted.lock()
        plaintext.lock()


def test_loaded_rows_work_with_the_services(data):
    vault = data.open_encrypted()
    try:
        with vault.session() as session:
            assert audit.verify(session).ok
            # Nothing waits to be pushed but the owner's own profile (made by create_vault).
            assert session.scalars(select(OutboxEntry.record_id)).all() == [vault.owner_id]
            ids = caseload_ids(session, CaseloadQuery(), now=NOW)
            live = session.scalar(select(func.count()).where(Client.deleted.is_(False)))
            assert len(ids) == live
            rows = caseload_rows(session, ids[:20], now=NOW)
            assert [row.id for row in rows] == ids[:20]
            assert all(row.stage for row in rows)
            every = caseload_rows(session, ids, now=NOW)
            assert any(row.consent_expires_on for row in every)  # some consents expire soon
            signed = session.scalars(select(CaseNote).where(CaseNote.status == "signed")).all()
            assert signed and all(verify_note(session, note.id) for note in signed[:50])
            lengths = [sum(map(len, note.sections.values())) for note in signed]
            assert min(lengths) >= MIN_CHARS and max(lengths) <= MAX_CHARS
            assert Timestamp.decode(signed[0].hlc) and signed[0].field_clocks == {
                "*": signed[0].hlc
            }
            newest = max(session.scalars(select(CaseNote.hlc)))
            hits = search_everything(session, "landlord")
            assert any(hit.kind == "note" for hit in hits)
        with vault.session() as session:
            view = start_note(session, ids[0], "dap", vault.owner_id, now=NOW)
            save_draft(session, view.id, NoteFields(sections={"data": "Met client at home."}))
        with vault.session() as session:
            sign_note(session, view.id, vault.owner_id)
            saved = session.get(CaseNote, view.id)
            assert saved is not None and saved.hlc > newest  # the clock is past every load stamp
            assert audit.verify(session).ok
    finally:
        vault.lock()


def test_cache_is_reused_and_reopens_with_its_stored_secret(tmp_path, monkeypatch):
    sizes = Sizes(clients=20, notes=100)
    built: list[Path] = []
    real_build = datacache.build

    def counting_build(root: Path, sizes: Sizes) -> datacache.DataSet:
        built.append(root)
        return real_build(root, sizes)

    monkeypatch.setattr(datacache, "build", counting_build)
    first = datacache.cached(sizes, tmp_path)
    second = datacache.cached(sizes, tmp_path)
    assert first.root == second.root and len(built) == 1
    assert [p.name for p in tmp_path.iterdir()] == [first.root.name]  # no partial left over
    copy = second.copy_to(tmp_path / "copy")
    vault = copy.open_encrypted()  # the secret comes from the cache directory
    vault.lock()
