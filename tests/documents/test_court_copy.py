"""The court copy: signed notes with seals and addenda, a verification page that says which
seals verify now (a note tampered in the database does NOT), page numbers and the
certification line; encrypted like every export."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.documents.court_copy import sealed_court_copy
from app.services.exports import court_copy_data
from tests.documents.export_helpers import FIRST, LAST, check_encrypted, make_record
from tests.documents.helpers import flat


@pytest.fixture
def record(vault):
    return make_record(vault)


def _copy_text(vault, record, tmp_path, **which) -> str:
    with vault.session() as s:
        data = court_copy_data(s, record.client_id, **which)
    sealed = sealed_court_copy(data)
    return flat(check_encrypted(tmp_path, sealed.data, sealed.password))


def test_court_copy_of_one_note(vault, record, tmp_path):
    shown = _copy_text(vault, record, tmp_path, note_id=record.note_id)
    for expected in (f"Case note {record.note_id}", f"{FIRST} {LAST}", "Home visit with",
                     "Addendum", "The rent is due on Friday.", "Late detail", "Verification",
                     "Certified true copy of the record held in Caseload; prepared by Alex Rivera",
                     record.addendum_id):  # fmt: skip
        assert expected in shown, expected
    assert "does NOT verify" not in shown and shown.count("Seal verifies") == 2
    pages = int(shown.split("Page 1 of ")[1].split()[0])
    assert pages >= 2 and f"Page {pages} of {pages}" in shown


def test_tampered_note_does_not_verify(vault, record, tmp_path):
    with vault.session() as s:  # someone with the key rewrites the signed note behind the app
        s.execute(text("DROP TRIGGER case_note_no_update"))
        s.execute(
            text("UPDATE case_note SET sections = :v WHERE id = :i"),
            {"v": '{"data": "Rewritten.", "assessment": "", "plan": ""}', "i": record.note_id},
        )
    shown = _copy_text(vault, record, tmp_path, case_id=record.case_id)
    assert "Rewritten." in shown and "Case file C-2026-" in shown
    assert shown.count("does NOT verify") == 2  # on the note and on the verification page
    assert "Seal verifies" in shown  # the addendum is intact
    verification = shown.split("Verification", 1)[1]
    assert f"{record.note_id} " in verification and "does NOT verify" in verification
    assert "verifies" in verification.replace("does NOT verify", "")
