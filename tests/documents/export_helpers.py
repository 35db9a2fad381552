"""A client whose record names other people, and reading encrypted PDFs with qpdf/pdftotext,
for the export tests (packet, client's own record, court copy, leaks)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.core.ids import uuid7
from app.models import RelatedPerson
from app.services.casework import open_case
from app.services.notes import NoteFields, add_addendum, save_draft, sign_note, start_note
from app.services.plan import add_goal, record_assessment
from app.services.records import ClientDraft, create_client
from tests.documents.helpers import pdf_text, tool, write

FIRST, LAST = "Łucja", "Шевченко"  # not Latin-1: must print through the embedded font
CLIENT_PHONE, CLIENT_ADDRESS = "555 010 9999", "7 Harbour View Road"
SISTER, SISTER_PHONE = "Marisol Kowalczyk", "07700 900123"
TEACHER = "Bartholomew Okonkwo"
STRANGER_ADDRESS = "14 Juniper Street"
STRANGER = "Ignatius Grünwald"  # in no list: found in the note's text
NOTE_TEXT = (
    f"Home visit with {FIRST}. {SISTER} was there; her phone is {SISTER_PHONE}. "
    f"Spoke to {TEACHER} from the school. The family may move to {STRANGER_ADDRESS}. "
    f"The landlord is {STRANGER}."
)


@dataclass(frozen=True)
class Record:
    client_id: str
    case_id: str
    note_id: str
    addendum_id: str


def make_record(vault, note_text: str = NOTE_TEXT, extra_notes: int = 0) -> Record:
    with vault.session() as s:
        draft = ClientDraft(FIRST, LAST, phone=CLIENT_PHONE, address=CLIENT_ADDRESS)
        client_id = create_client(s, draft, vault.owner_id)
        case_id = open_case(s, client_id, "Housing", vault.owner_id, today=date(2026, 1, 5))
        s.add(RelatedPerson(id=uuid7(), client_id=client_id, kind="household", name=SISTER,
                            relationship="sister", phone=SISTER_PHONE))  # fmt: skip
        s.add(RelatedPerson(id=uuid7(), client_id=client_id, kind="collateral", name=TEACHER,
                            relationship="teacher"))  # fmt: skip
        add_goal(s, case_id, "Stable housing", "Find a flat near the school.")
        record_assessment(s, case_id, "assessment", date(2026, 1, 6), needs="A flat.")
    note_id = signed_note(vault, client_id, case_id, note_text)
    for number in range(extra_notes):
        signed_note(vault, client_id, case_id, f"Follow-up {number}: {note_text}")
    with vault.session() as s:
        addendum = add_addendum(s, note_id, vault.owner_id, "Late detail")
        save_draft(s, addendum.id, NoteFields(sections={"text": "The rent is due on Friday."}))
    with vault.session() as s:
        sign_note(s, addendum.id, vault.owner_id)
    return Record(client_id, case_id, note_id, addendum.id)


def signed_note(vault, client_id: str, case_id: str, text: str) -> str:
    with vault.session() as s:
        note = start_note(s, client_id, "dap", vault.owner_id, case_id=case_id)
        save_draft(s, note.id, NoteFields(contact_type="home", sections={"data": text}))
    with vault.session() as s:
        sign_note(s, note.id, vault.owner_id)
    return note.id


def qpdf(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([tool("qpdf"), *args], capture_output=True, text=True, timeout=60)


def check_encrypted(tmp_path: Path, data: bytes, password: str, name: str = "out.pdf") -> str:
    """qpdf --check passes, a password is required, opening without it fails; returns the
    text pdftotext reads with the password."""
    path = write(tmp_path, data, name)
    assert qpdf("--requires-password", str(path)).returncode == 0
    checked = qpdf(f"--password={password}", "--check", str(path))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert qpdf("--check", str(path)).returncode != 0  # no password: cannot be opened
    assert decrypted_text(path, "not-the-password") is None
    text = decrypted_text(path, password)
    assert text is not None
    return text


def decrypted_text(path: Path, password: str) -> str | None:
    result = subprocess.run(
        [tool("pdftotext"), "-enc", "UTF-8", "-upw", password, str(path), "-"],
        capture_output=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8") if result.returncode == 0 else None


def decompressed_streams(tmp_path: Path, path: Path, password: str) -> bytes:
    """The decrypted PDF with every stream uncompressed (qpdf --qdf)."""
    out = tmp_path / f"{path.stem}-qdf.pdf"
    result = qpdf("--qdf", "--object-streams=disable", f"--password={password}",
                  "--decrypt", str(path), str(out))  # fmt: skip
    assert result.returncode in (0, 3), result.stderr
    return out.read_bytes()


__all__ = ["pdf_text"]
