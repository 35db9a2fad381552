"""Find a canary in files in any of the encodings an app might write it in.

Looks for the raw text (UTF-8, UTF-16 LE/BE, Latin-1), base64 in all three alignments, hex,
URL-encoding, inside compressed streams (zlib/Flate, ASCII85+Flate as in PDF files), and in the
text a PDF shows (extracted with pypdf, so text in embedded subset fonts is found too).
"""

from __future__ import annotations

import base64
import io
import re
import urllib.parse
import zlib
from collections.abc import Iterable
from pathlib import Path

from pypdf import PdfReader

STREAM = re.compile(rb"stream\r?\n(.*?)\r?\n?endstream", re.S)


def needles(canary: str) -> list[bytes]:
    text = canary.encode("utf-8")
    found = [
        text,
        text.lower(),
        text.upper(),
        canary.encode("utf-16-le"),
        canary.encode("utf-16-be"),
        text.hex().encode(),
        urllib.parse.quote(canary).encode(),
    ]
    for shift in range(3):
        encoded = base64.b64encode(b"x" * shift + text)[4 * ((shift + 2) // 3) :]
        found.append(encoded[: max(len(encoded) - 4, 8)])
    return [n for n in found if n]


def _inflate_all(data: bytes) -> Iterable[bytes]:
    """Every zlib/Flate stream we can find, raw or ASCII85-wrapped (PDF)."""
    for match in STREAM.finditer(data):
        body = match.group(1)
        for candidate in (body, _a85(body)):
            if candidate:
                try:
                    yield zlib.decompress(candidate)
                except zlib.error:
                    yield candidate
    for offset in (m.start() for m in re.finditer(rb"\x78[\x01\x5e\x9c\xda]", data)):
        try:
            yield zlib.decompressobj().decompress(data[offset:])
        except zlib.error:
            continue


def _a85(body: bytes) -> bytes | None:
    text = body.strip()
    text = text[2:] if text.startswith(b"<~") else text
    text = text[:-2] if text.endswith(b"~>") else text
    try:
        return base64.a85decode(text, ignorechars=b" \t\n\r\v")
    except ValueError:
        return None


def _pdf_text(data: bytes) -> Iterable[bytes]:
    """The text a PDF shows, as a reader extracts it: fonts embedded as subsets (as in our
    forms) show text as glyph numbers that no byte pattern finds."""
    if b"%PDF" not in data[:1024]:
        return
    try:
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception:  # noqa: BLE001 - a damaged PDF is still scanned as bytes
        return
    yield text.encode("utf-8")
    yield " ".join(text.split()).encode("utf-8")  # a name broken over two lines


def contains(data: bytes, canary: str) -> bool:
    patterns = needles(canary)
    blobs = [data, *_inflate_all(data), *_pdf_text(data)]
    return any(p in blob for blob in blobs for p in patterns)


def scan(roots: Iterable[Path], canary: str) -> list[Path]:
    """Files under `roots` that contain the canary in any encoding."""
    hits = []
    for root in roots:
        if not root.exists():
            continue
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if contains(data, canary):
                hits.append(path)
    return hits
