"""Reading the QR code of a photo or scan of a signed paper consent, so the page can be matched
to the consent it was printed for (app/core/consent.py, `qr_payload`).

Everything happens in memory: the scan is client data and never touches the disk unencrypted,
not even as a temporary file. The type is told from the bytes (never from a file name), and
only the decoders of the four accepted formats are tried, so a crafted file cannot reach the
others. Messages are fixed sentences: they never echo what the file contained.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import zxingcpp
from PIL import Image, UnidentifiedImageError

from app.core.consent import parse_qr_payload
from app.core.refusal import QT_TRANSLATE_NOOP, Refusal

SCAN_TYPES = {"image/png", "image/jpeg", "image/tiff", "image/webp"}
MAX_SCAN_BYTES = 15 * 1024 * 1024
# Below Pillow's own decompression-bomb threshold (about 89 million): a 15 MB file can still
# unpack to gigabytes, and a 200-megapixel phone photo is more than a page needs.
MAX_SCAN_PIXELS = 80_000_000
# A phone photo is often 4000 px or more across: the decoder is quicker and, for a QR code
# that fills little of the frame, often more reliable on a smaller copy.
SCALED_SIDES = (2000, 1200)
PILLOW_FORMATS = {
    "PNG": "image/png",
    "JPEG": "image/jpeg",
    "TIFF": "image/tiff",
    "WEBP": "image/webp",
}
# Many phone cameras write a JPEG with a second, smaller picture in it (Multi-Picture Format):
# Pillow's JPEG reader opens it and names it MPO. It is still a JPEG file.
MEDIA_TYPES = {**PILLOW_FORMATS, "MPO": "image/jpeg"}

NOT_AN_IMAGE = QT_TRANSLATE_NOOP(
    "Refusal", "This file is not a picture Caseload can read (PNG, JPEG, TIFF or WebP)."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Refusal", "This picture is damaged or incomplete; please scan or photograph the page again."
)
EMPTY = QT_TRANSLATE_NOOP("Refusal", "This file is empty.")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Refusal", "This file is too large (the limit is 15 MB); please scan at a lower resolution."
)
TOO_MANY_PIXELS = QT_TRANSLATE_NOOP(
    "Refusal", "This picture is too large to read; please scan at a lower resolution."
)


@dataclass(frozen=True)
class ScanCheck:
    """What a scan is, and the consent its QR code names (None when no Caseload QR code)."""

    media_type: str
    width: int
    height: int
    qr: tuple[str, str] | None  # (consent id, hash of the document text)


def check_scan(data: bytes) -> ScanCheck:
    """Identify a scanned page and read its Caseload QR code; Refusal if it is unusable."""
    if not data:
        raise Refusal(EMPTY)
    if len(data) > MAX_SCAN_BYTES:
        raise Refusal(TOO_LARGE)
    with _open_image(data) as image:
        media_type = MEDIA_TYPES[image.format or ""]
        width, height = image.size
        _load(image)
        qr = _find_consent_qr(image)
    return ScanCheck(media_type, width, height, qr)


def _open_image(data: bytes) -> Image.Image:
    """The image, its header read (no pixels yet), refused if foreign or too big."""
    try:
        with warnings.catch_warnings():
            # Pillow only warns below twice its threshold; a warning here is a refusal.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(PILLOW_FORMATS))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise Refusal(TOO_MANY_PIXELS) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise Refusal(NOT_AN_IMAGE) from None
    if image.format not in MEDIA_TYPES:
        image.close()
        raise Refusal(NOT_AN_IMAGE)
    if image.width * image.height > MAX_SCAN_PIXELS:
        image.close()
        raise Refusal(TOO_MANY_PIXELS)
    return image


def _load(image: Image.Image) -> None:
    """Decode the pixels now, so a truncated or corrupt file is refused as damaged."""
    try:
        image.load()
    except (OSError, SyntaxError, ValueError, EOFError, IndexError) as error:
        image.close()
        raise Refusal(DAMAGED) from error


def _find_consent_qr(image: Image.Image) -> tuple[str, str] | None:
    """The first QR code on the page that is one of ours, trying easier copies in turn."""
    for candidate in _candidates(image):
        for text in _qr_texts(candidate):
            parsed = parse_qr_payload(text)
            if parsed is not None:
                return parsed
    return None


def _candidates(image: Image.Image) -> Iterator[Image.Image]:
    """The image as is, then in grey on white, then smaller grey copies of a huge one."""
    yield image
    grey = _grey_on_white(image)
    yield grey
    for side in SCALED_SIDES:
        if max(grey.size) > side:
            smaller = grey.copy()
            smaller.thumbnail((side, side), Image.Resampling.LANCZOS)
            yield smaller


def _grey_on_white(image: Image.Image) -> Image.Image:
    # A transparent background would turn black in plain greyscale, hiding a black code.
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        white = Image.new("RGBA", image.size, "white")
        return Image.alpha_composite(white, image.convert("RGBA")).convert("L")
    return image.convert("L")


def _qr_texts(image: Image.Image) -> list[str]:
    try:
        qr_only = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        found = zxingcpp.read_barcodes(image, formats=qr_only)
    except (ValueError, TypeError, RuntimeError):
        return []  # a pixel layout the decoder does not take: the grey copy comes next
    return [barcode.text for barcode in found if barcode.valid]
