"""Exports leave no plaintext behind: with a canary in every exported item, the packet, the
client's own record and the court copy are built, redacted and encrypted in memory, saved to
a chosen path and deleted; no file under the test's profile, HOME or TMPDIR holds the canary
(in any encoding, compressed or as PDF text)."""

from __future__ import annotations

import tempfile
from datetime import date

import pytest

from app.documents.court_copy import sealed_court_copy
from app.documents.packet import build_packet, sealed_packet
from app.documents.record_pdf import sealed_record
from app.documents.redaction import find_redactions
from app.services.casework import open_case
from app.services.exports import PacketItems, client_record_export, court_copy_data, packet_data
from app.services.notes import NoteFields, add_addendum, save_draft, sign_note, start_note
from app.services.plan import add_goal, record_assessment
from app.services.records import ClientDraft, create_client
from app.services.vaults import create_vault
from tests.conftest import PASSPHRASE
from tests.leakscan import contains, scan

CANARY = "Qzxexportcanary"
EVERYTHING = ("identity", "case_notes", "case_plan", "assessments")


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """HOME, XDG dirs and TMPDIR under tmp_path, for this process and its temp files."""
    for name in ("home", "config", "cache", "tmp"):
        (tmp_path / name).mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    return tmp_path


def _client_with_canaries(vault) -> tuple[str, str, str]:
    with vault.session() as s:
        client_id = create_client(s, ClientDraft(CANARY, "Client"), vault.owner_id)
        case_id = open_case(s, client_id, "Housing", vault.owner_id, today=date(2026, 1, 5))
        add_goal(s, case_id, f"Goal {CANARY}", f"Plan {CANARY}")
        record_assessment(s, case_id, "assessment", date(2026, 1, 6), needs=f"Needs {CANARY}")
        note = start_note(s, client_id, "free", vault.owner_id, case_id=case_id)
        save_draft(s, note.id, NoteFields(sections={"text": f"Note {CANARY}"}))
    with vault.session() as s:
        sign_note(s, note.id, vault.owner_id)
        addendum = add_addendum(s, note.id, vault.owner_id, f"Reason {CANARY}")
        save_draft(s, addendum.id, NoteFields(sections={"text": f"Addendum {CANARY}"}))
    with vault.session() as s:
        sign_note(s, addendum.id, vault.owner_id)
    return client_id, case_id, note.id


def _every_export(vault, client_id: str, case_id: str, note_id: str) -> list:
    items = PacketItems(("legal_name",), (note_id,), plan=True, assessments=True)
    with vault.session() as s:
        packet = packet_data(s, client_id, f"To {CANARY}", f"For {CANARY}", EVERYTHING, items)
        record = client_record_export(s, client_id)
        court = court_copy_data(s, client_id, case_id=case_id)
    confirmed = {r.id for r in find_redactions(record)}
    assert build_packet(packet).count(b"%PDF") == 1  # built, in memory
    return [sealed_packet(packet), sealed_record(record, confirmed), sealed_court_copy(court)]


def test_exports_leave_no_canary_on_disk(sandbox):
    vault = create_vault(sandbox / "profile", PASSPHRASE, "Alex Rivera")
    try:
        sealed = _every_export(vault, *_client_with_canaries(vault))
    finally:
        vault.lock()
    chosen = sandbox / "home" / "Documents" / "export.pdf"
    chosen.parent.mkdir()
    for copy in sealed:
        chosen.write_bytes(copy.data)  # the save the worker chose: encrypted
        assert not contains(chosen.read_bytes(), CANARY)
        chosen.unlink()
    assert scan([sandbox], CANARY) == []


def test_the_scan_would_find_an_unencrypted_export(sandbox):
    """Negative control: the same scan finds the canary in the PDF before encryption."""
    vault = create_vault(sandbox / "profile", PASSPHRASE, "Alex Rivera")
    try:
        client_id, case_id, note_id = _client_with_canaries(vault)
        with vault.session() as s:
            data = packet_data(s, client_id, "Office", "Housing", ("case_notes",),
                               PacketItems(note_ids=(note_id,)))  # fmt: skip
    finally:
        vault.lock()
    (sandbox / "tmp" / "careless.pdf").write_bytes(build_packet(data))
    assert scan([sandbox], CANARY) == [sandbox / "tmp" / "careless.pdf"]
