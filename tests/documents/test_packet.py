"""The disclosure packet: a cover page (to whom, why, what, on what authority, prepared by,
"disclose no further"), only the selected items, AES-256 with a one-time password, and the
SHA-256 of the encrypted bytes."""

from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.core.refusal import Refusal
from app.documents.packet import build_packet, sealed_packet
from app.documents.record_layout import NO_FURTHER
from app.documents.sealed_pdf import encrypt_pdf
from app.models import AuditEvent
from app.services.exports import PacketItems, packet_data
from tests.documents.export_helpers import (
    FIRST,
    LAST,
    SISTER,
    check_encrypted,
    make_record,
    signed_note,
)
from tests.documents.helpers import flat, write

RECIPIENT = "Northside Housing Office"
PURPOSE = "Housing application"


@pytest.fixture
def record(vault):
    return make_record(vault)


CATEGORIES = ("identity", "case_notes", "case_plan", "assessments")


def _packet(vault, record, items: PacketItems, categories=CATEGORIES):
    with vault.session() as s:
        return packet_data(
            s, record.client_id, RECIPIENT, PURPOSE, categories, items,
            basis="Consent 0193a4b2, signed 2026-01-05",
        )  # fmt: skip


def test_packet_shows_cover_and_selected_items_only(vault, record, tmp_path):
    other = signed_note(vault, record.client_id, record.case_id, "Not for the housing office.")
    items = PacketItems(profile_fields=("legal_name",), note_ids=(record.note_id,))
    sealed = sealed_packet(_packet(vault, record, items))
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    for expected in (RECIPIENT, PURPOSE, ", ".join(CATEGORIES), "Consent 0193a4b2",
                     "Prepared by Alex Rivera", f"{FIRST} {LAST}", NO_FURTHER,
                     "Home visit with", "The rent is due on Friday.", "Seal (SHA-256)",
                     "Page 1 of 2"):  # fmt: skip
        assert expected in text, expected
    assert "Not for the housing office." not in text and other  # a note not selected
    assert "Stable housing" not in text and "Phone" not in text  # plan and contact not ticked
    assert sealed.sha256 == hashlib.sha256(sealed.data).hexdigest()


def test_plan_and_assessments_when_selected(vault, record, tmp_path):
    sealed = sealed_packet(_packet(vault, record, PacketItems(plan=True, assessments=True)))
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    assert "Stable housing" in text and "A flat." in text and "Home visit" not in text


def test_each_packet_has_its_own_password(vault, record):
    data = _packet(vault, record, PacketItems(note_ids=(record.note_id,)))
    first, second = sealed_packet(data), sealed_packet(data)
    assert first.password != second.password and first.sha256 != second.sha256


def test_encryption_is_aes_256(vault, record, tmp_path):
    pdf = build_packet(_packet(vault, record, PacketItems(note_ids=(record.note_id,))))
    reader = PdfReader(write(tmp_path, encrypt_pdf(pdf, "correct horse")))
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)  # AES-256, PDF 2.0's standard handler
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert not reader.decrypt("wrong")
    assert reader.decrypt("correct horse")
    assert SISTER in flat(" ".join(page.extract_text() for page in reader.pages))


def test_items_outside_the_categories_are_refused_and_exports_audited(vault, record):
    items = PacketItems(profile_fields=("legal_name", "phone"), plan=True)
    with pytest.raises(Refusal) as refused:
        _packet(vault, record, items, categories=("identity",))
    assert refused.value.details == {"missing": "case_plan, contact_details"}
    _packet(vault, record, PacketItems(note_ids=(record.note_id,)))
    with vault.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "export.prepared")).all()
    assert [(e.record_id, e.detail) for e in events] == [(record.client_id, {"kind": "packet"})]
