"""Reading the QR code of a scanned or photographed paper consent (app/services/consent_scan.py).

The pages are made the way the real ones are: a PDF with reportlab's QR widget, rendered by
pdftoppm at scanner resolution, all in memory.
"""

from __future__ import annotations

import io
import subprocess
import zlib

import pytest
from PIL import Image, ImageDraw, ImageFilter
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from app.core.consent import document_hash, qr_payload
from app.core.refusal import Refusal
from app.services.consent_scan import MAX_SCAN_BYTES, ScanCheck, check_scan

CONSENT_ID = "0190a4c2-7b1e-7c55-9a1f-3e0d5c2b8a41"
TEXT_HASH = document_hash("I agree that my case worker may share my housing file.")


def page_pdf(payload: str | None) -> bytes:
    """An A4 consent page with some text and, if given, a 30 mm QR code at the top right."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(60, 760, "Consent to share information")
    for row in range(20):
        canvas.drawString(60, 700 - row * 18, "The worker explained what is shared and why. " * 2)
    if payload is not None:
        widget = QrCodeWidget(payload)
        left, bottom, right, top = widget.getBounds()
        size = 85  # points, about 30 mm
        drawing = Drawing(
            size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
        )
        drawing.add(widget)
        drawing.drawOn(canvas, A4[0] - size - 50, A4[1] - size - 40)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def render_png(pdf: bytes, dpi: int = 150) -> bytes:
    done = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout


def reencode(png: bytes, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    with Image.open(io.BytesIO(png)) as image:
        image.convert("RGB").save(out, fmt, **options)
    return out.getvalue()


def photo_like(png: bytes) -> bytes:
    """A page as a phone photographs it: on a desk, tilted, a little soft, larger, JPEG."""
    with Image.open(io.BytesIO(png)) as page:
        tilted = page.convert("RGB").rotate(7, expand=True, fillcolor=(92, 74, 60))
    desk = Image.new("RGB", (tilted.width + 400, tilted.height + 300), (92, 74, 60))
    desk.paste(tilted, (220, 140))
    blurred = desk.resize((desk.width * 3 // 2, desk.height * 3 // 2)).filter(
        ImageFilter.GaussianBlur(1.2)
    )
    out = io.BytesIO()
    blurred.save(out, "JPEG", quality=80)
    return out.getvalue()


@pytest.fixture(scope="module")
def scanned_page() -> bytes:
    return render_png(page_pdf(qr_payload(CONSENT_ID, TEXT_HASH)))


def test_finds_the_consent_on_a_rendered_page(scanned_page):
    with Image.open(io.BytesIO(scanned_page)) as page:
        size = page.size  # A4 at 150 dpi, about 1240 × 1754
    assert check_scan(scanned_page) == ScanCheck("image/png", *size, (CONSENT_ID, TEXT_HASH))


@pytest.mark.parametrize(
    ("fmt", "media_type", "options"),
    [
        ("JPEG", "image/jpeg", {"quality": 70}),
        ("TIFF", "image/tiff", {"compression": "tiff_lzw"}),
        ("WEBP", "image/webp", {"quality": 80}),
    ],
)
def test_finds_the_consent_in_other_formats(scanned_page, fmt, media_type, options):
    found = check_scan(reencode(scanned_page, fmt, **options))
    assert found.media_type == media_type
    assert found.qr == (CONSENT_ID, TEXT_HASH)


def test_finds_the_consent_on_a_photo_of_the_page(scanned_page):
    found = check_scan(photo_like(scanned_page))
    assert found.media_type == "image/jpeg"
    assert found.width > 2000
    assert found.qr == (CONSENT_ID, TEXT_HASH)


def test_finds_the_consent_on_a_small_rotated_scan(scanned_page):
    with Image.open(io.BytesIO(scanned_page)) as page:
        small = page.rotate(90, expand=True).reduce(2)  # sideways at 75 dpi
    out = io.BytesIO()
    small.save(out, "PNG")
    assert check_scan(out.getvalue()).qr == (CONSENT_ID, TEXT_HASH)


def test_finds_the_consent_on_a_transparent_background():
    code = Image.open(io.BytesIO(render_png(page_pdf(qr_payload(CONSENT_ID, TEXT_HASH)))))
    grey = code.convert("L")
    clear = Image.new("RGBA", grey.size, (0, 0, 0, 0))
    clear.putalpha(grey.point(lambda v: 255 - v))  # black ink where the page was dark
    out = io.BytesIO()
    clear.save(out, "PNG")
    assert check_scan(out.getvalue()).qr == (CONSENT_ID, TEXT_HASH)


def test_a_page_without_a_code_has_no_consent():
    found = check_scan(render_png(page_pdf(None)))
    assert found.media_type == "image/png"
    assert found.qr is None


def test_a_foreign_code_is_not_a_consent():
    assert check_scan(render_png(page_pdf("https://example.org"))).qr is None


def test_a_code_that_looks_like_ours_but_is_malformed_is_not_a_consent():
    assert check_scan(render_png(page_pdf("caseload:consent:abc:1234"))).qr is None


def test_the_first_of_our_codes_wins_over_a_foreign_one(scanned_page):
    foreign = Image.open(io.BytesIO(render_png(page_pdf("https://example.org"))))
    ours = Image.open(io.BytesIO(scanned_page))
    both = Image.new("L", (ours.width, ours.height * 2), 255)
    both.paste(foreign.convert("L"), (0, 0))
    both.paste(ours.convert("L"), (0, ours.height))
    out = io.BytesIO()
    both.save(out, "PNG")
    assert check_scan(out.getvalue()).qr == (CONSENT_ID, TEXT_HASH)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"%PDF-1.7 not a picture at all",
        b"\x89PNG\r\n\x1a\n" + b"\x13\x37" * 400,
        bytes(range(256)) * 8,
    ],
    ids=["empty", "pdf", "png-header-then-garbage", "junk"],
)
def test_unusable_input_is_refused_in_plain_words(data):
    with pytest.raises(Refusal) as refused:
        check_scan(data)
    message = str(refused.value)
    assert message.endswith(".")
    assert "\\x" not in message and "PDF" not in message and "\x13" not in message


def test_an_oversized_input_is_refused_before_it_is_read():
    with pytest.raises(Refusal, match="too large"):
        check_scan(b"\xff\xd8\xff" + b"\x00" * MAX_SCAN_BYTES)


def test_a_truncated_picture_is_refused_as_damaged(scanned_page):
    with pytest.raises(Refusal, match="damaged"):
        check_scan(scanned_page[: len(scanned_page) // 2])


def test_a_png_with_a_corrupt_image_stream_is_refused_as_damaged():
    header = b"\x89PNG\r\n\x1a\n"
    ihdr = (64).to_bytes(4, "big") * 2 + bytes([8, 0, 0, 0, 0])
    idat = b"\x78\x9c" + b"\xde\xad\xbe\xef" * 32

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    png = header + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")
    with pytest.raises(Refusal, match="damaged"):
        check_scan(png)


def test_a_picture_of_too_many_pixels_is_refused():
    out = io.BytesIO()
    Image.new("1", (10_000, 9_000)).save(out, "PNG")  # 90 million pixels, a few kB
    with pytest.raises(Refusal, match="too large"):
        check_scan(out.getvalue())


def test_a_phone_jpeg_with_a_second_picture_inside_is_a_jpeg(scanned_page):
    """Multi-Picture Format, as many phone cameras write it (Pillow calls it MPO)."""
    with Image.open(io.BytesIO(scanned_page)) as page:
        photo = page.convert("RGB")
    out = io.BytesIO()
    photo.save(out, "MPO", save_all=True, append_images=[photo.reduce(4)])
    assert out.getvalue()[:3] == b"\xff\xd8\xff"
    found = check_scan(out.getvalue())
    assert (found.media_type, found.qr) == ("image/jpeg", (CONSENT_ID, TEXT_HASH))


def test_other_picture_types_are_refused():
    out = io.BytesIO()
    image = Image.new("RGB", (40, 40), "white")
    ImageDraw.Draw(image).rectangle((5, 5, 30, 30), fill="black")
    image.save(out, "GIF")
    with pytest.raises(Refusal, match="PNG, JPEG, TIFF or WebP"):
        check_scan(out.getvalue())


def test_no_temporary_file_is_written(scanned_page, monkeypatch):
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("check_scan wrote a temporary file")

    for name in (
        "mkstemp",
        "mkdtemp",
        "NamedTemporaryFile",
        "TemporaryFile",
        "SpooledTemporaryFile",
    ):
        monkeypatch.setattr(tempfile, name, refuse)
    assert check_scan(reencode(scanned_page, "JPEG")).qr == (CONSENT_ID, TEXT_HASH)


def test_a_huge_photo_is_also_tried_smaller_in_grey(scanned_page, monkeypatch):
    """When the decoder misses the code at full size, a smaller grey copy is tried."""
    import zxingcpp

    real = zxingcpp.read_barcodes
    tried: list[tuple[str, int]] = []

    def only_small_grey(image: Image.Image, **options: object) -> list[object]:
        tried.append((image.mode, max(image.size)))
        return real(image, **options) if image.mode == "L" and max(image.size) <= 2000 else []

    monkeypatch.setattr(zxingcpp, "read_barcodes", only_small_grey)
    assert check_scan(photo_like(scanned_page)).qr == (CONSENT_ID, TEXT_HASH)
    assert [mode for mode, _ in tried] == ["RGB", "L", "L"]
    assert tried[-1][1] == 2000
