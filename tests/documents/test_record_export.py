"""The client's own record: gathered from a real vault, other people's names, phones and
addresses proposed for redaction, confirmed ones gone from the PDF entirely (text and
streams), restored ones printed, encrypted with a one-time password."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from app.documents.export_data import Field, NoteEntry, RecordExport
from app.documents.record_pdf import build_record_pdf, sealed_record
from app.documents.redaction import find_redactions, redact
from app.documents.sealed_pdf import SYMBOLS, one_time_password
from app.services.disclosures import DisclosureDraft, record_disclosure
from app.services.exports import client_record_export
from app.services.records import get_client_record
from tests.documents.export_helpers import (
    CLIENT_ADDRESS,
    CLIENT_PHONE,
    FIRST,
    LAST,
    SISTER,
    SISTER_PHONE,
    STRANGER,
    STRANGER_ADDRESS,
    TEACHER,
    check_encrypted,
    decompressed_streams,
    make_record,
)
from tests.documents.helpers import flat
from tests.leakscan import contains


@pytest.fixture
def export(vault):
    record = make_record(vault)
    with vault.session() as s:
        get_client_record(s, record.client_id)  # a view the export must list
    with vault.session() as s:
        return client_record_export(s, record.client_id)


def _by_label(redactions):
    return {r.label_for_review: r for r in redactions}


def test_other_people_are_found_and_the_client_is_not(export):
    labels = " | ".join(_by_label(find_redactions(export)))
    for other in (SISTER, SISTER_PHONE, TEACHER, STRANGER_ADDRESS, STRANGER):
        assert other in labels
    for own in (FIRST, LAST, CLIENT_PHONE, CLIENT_ADDRESS, "Alex Rivera"):
        assert own not in labels
    sister = next(r for r in find_redactions(export) if r.kind == "household member")
    assert sister.occurrences == 1 and sister.placeholder == "[redacted: household member]"


def test_confirmed_redactions_leave_no_trace_and_restored_ones_print(export, tmp_path):
    redactions = find_redactions(export)
    teacher = next(r for r in redactions if r.kind == "collateral")
    confirmed = {r.id for r in redactions} - {teacher.id}  # the worker restores the teacher
    sealed = sealed_record(export, confirmed)
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    assert f"{FIRST} {LAST}" in text and "Alex Rivera" in text  # client and viewer
    assert "[redacted: household member]" in text and "[redacted: phone number]" in text
    assert "[redacted: address]" in text and "[redacted: name]" in text
    assert TEACHER in text
    streams = decompressed_streams(tmp_path, tmp_path / "out.pdf", sealed.password)
    gone_list = (SISTER, "Marisol", "Kowalczyk", SISTER_PHONE, "900123", STRANGER_ADDRESS, STRANGER)
    for gone in gone_list:
        assert gone not in text
        assert not contains(streams, gone)  # raw, inflated, or as a reader extracts it
    assert contains(streams, TEACHER)  # the same scan finds what was restored


def test_unconfirmed_record_prints_everything(export, tmp_path):
    sealed = sealed_record(export, set())
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    assert SISTER in text and SISTER_PHONE in text and STRANGER_ADDRESS in text


def test_record_sections_and_views(export, tmp_path):
    sealed = sealed_record(export, set())
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    for expected in (
        "Profile",
        "Stable housing",
        "A flat.",
        "The rent is due on Friday.",
        "Seal (SHA-256)",
        "Who viewed this record",
        "(record)",
        "Page 1 of",
    ):
        assert expected in text  # fmt: skip
    assert "Information shared" in text and "Nothing has been shared." in text


def test_unencrypted_bytes_hold_no_password_protection(export, tmp_path):
    pdf = build_record_pdf(export, set())
    assert pdf.startswith(b"%PDF") and b"/Encrypt" not in pdf


def test_one_time_password_reads_aloud():
    password = one_time_password()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){4}", password)
    assert set(password.replace("-", "")) <= set(SYMBOLS) and not set("ILOU") & set(password)
    assert len({one_time_password() for _ in range(50)}) == 50


def test_disclosure_history_is_in_the_record(vault, tmp_path):
    record = make_record(vault)
    draft = DisclosureDraft("Child Protection Line", "Report of concern", ("identity",),
                            (("profile_field", "legal_name"),), "printed")  # fmt: skip
    with vault.session() as s:
        record_disclosure(s, record.client_id, draft, vault.owner_id, "ab" * 32, date.today(),
                          legal_basis="duty_to_report", legal_reason="Statutory duty")  # fmt: skip
    with vault.session() as s:
        export = client_record_export(s, record.client_id)
    sealed = sealed_record(export, set())
    text = flat(check_encrypted(tmp_path, sealed.data, sealed.password))
    assert "to Child Protection Line, for Report of concern" in text
    assert "without consent, legal basis: duty to report" in text and "not yet told" in text


def _export_with(text: str, others=(("household", "Ana Shevchenko", "+44 20 7946 0018", None),)):
    note = NoteEntry("n1", "note", "Free text", datetime(2026, 1, 5, 10), None, None, None,
                     (Field("Note", text),), "Alex Rivera", "Alex Rivera", None, "ab" * 32,
                     True)  # fmt: skip
    return RecordExport(
        client_name="Olena Shevchenko", prepared_by="Alex Rivera", prepared_on=date(2026, 1, 6),
        profile=(), goals=(), assessments=(), notes=(note,), consents=(), views=(),
        disclosures=None, others=others,
        own_details=("Olena", "Shevchenko", "020 7946 0999", "3 Mill Lane", "Alex Rivera"),
    )  # fmt: skip


def test_a_shared_surname_alone_is_not_redacted_but_the_other_first_name_is():
    export = _export_with("Ana came with Olena Shevchenko. Ana Shevchenko signed.")
    (sister,) = [r for r in find_redactions(export) if r.kind == "household member"]
    shown = redact(export, [sister]).notes[0].sections[0].value
    sister_placeholder = "[redacted: household member]"
    expected = f"{sister_placeholder} came with Olena Shevchenko. {sister_placeholder} signed."
    assert shown == expected


def test_phones_match_by_digits_and_dates_and_own_details_are_left():
    text = "Ana's number (020) 7946-0018, mine 020 7946 0999, seen 2026-01-05 at 3 Mill Lane."
    found = find_redactions(_export_with(text))
    assert [(r.kind, r.occurrences) for r in found] == [
        ("household member", 1),
        ("phone number", 1),
    ]
    assert found[1].label_for_review.startswith("phone of Ana Shevchenko")
    shown = redact(_export_with(text), found).notes[0].sections[0].value
    assert shown == ("[redacted: household member]'s number [redacted: phone number], mine "
                     "020 7946 0999, seen 2026-01-05 at 3 Mill Lane.")  # fmt: skip


def test_seals_ids_and_workers_are_never_rewritten():
    export = _export_with(
        "Alex Rivera met Ana.", others=(("collateral", "Alex Rivera", None, None),)
    )
    redacted = redact(export, find_redactions(export))
    assert (
        redacted.notes[0].signed_by == "Alex Rivera" and redacted.notes[0].content_hash == "ab" * 32
    )
    assert redacted.others == () and redacted.own_details == ()
