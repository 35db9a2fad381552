"""The leak scanner must find what it claims to find (else every leak test is hollow)."""

import base64
import zlib

from reportlab.pdfgen import canvas

from app.documents.consent_pdf import consent_pdf
from tests.documents.helpers import filled, payload
from tests.leakscan import _inflate_all, contains, scan

CANARY = "Qzxcanary Vortigaunt"


def test_finds_plain_utf16_and_base64():
    assert contains(b"..." + CANARY.encode() + b"...", CANARY)
    assert contains(CANARY.encode("utf-16-le"), CANARY)
    for prefix in (b"", b"a", b"ab"):
        assert contains(base64.b64encode(prefix + CANARY.encode() + b"tail"), CANARY)


def test_finds_inside_compressed_and_pdf_streams(tmp_path):
    assert contains(b"head" + zlib.compress(CANARY.encode() * 3), CANARY)
    pdf = tmp_path / "form.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, CANARY)
    page.save()
    assert CANARY.encode() not in pdf.read_bytes()  # compressed: a plain grep misses it
    assert scan([tmp_path], CANARY) == [pdf]


def test_clean_data_has_no_hits(tmp_path):
    (tmp_path / "a.bin").write_bytes(b"nothing to see" * 100)
    assert scan([tmp_path], CANARY) == []


def test_finds_a_name_in_a_consent_form_with_embedded_subset_fonts():
    """Our forms embed DejaVu Sans as a subset: a name beyond ASCII is glyph numbers in the
    content stream (and so is every name once Ghostscript has re-encoded a printed copy),
    found only through the text a reader extracts."""
    name = "Nguyễn Łucja Zqxcanary"
    form, words = filled("consent-services", "en", client_name=name)
    pdf = consent_pdf(form, words, qr=payload(form))
    streams = [pdf, *_inflate_all(pdf)]
    assert not any(name.encode() in blob for blob in streams)  # no byte pattern shows it
    assert contains(pdf, name)  # ... the extracted text does
