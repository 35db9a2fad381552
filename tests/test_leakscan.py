"""The leak scanner must find what it claims to find (else every leak test is hollow)."""

import base64
import zlib

from reportlab.pdfgen import canvas

from tests.leakscan import contains, scan

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
