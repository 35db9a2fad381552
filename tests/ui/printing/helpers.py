"""Test documents and readers for printed output: a consent-like PDF built in memory with a
canary name and a QR code, text and QR extraction with poppler and zbar, and a watch on
folders that sees files created and removed again (which no scan afterwards can)."""

from __future__ import annotations

import ctypes
import io
import os
import struct
import subprocess
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

CANARY = "Zqxcanaryprint Vmwprintlast"
PAYLOAD = "caseload:consent:TESTID:" + "5e" * 32
ACCENTED = ("Consentement éclairé, élève, garçon", "Consentimiento de la señora Muñoz, niño")
QR_SIZE = 160  # points: ~2.2 inches, as on a consent form


def build_pdf(name: str = CANARY, payload: str = PAYLOAD, pages: int = 2) -> bytes:
    """A consent-like form: the client's name and a QR code on page 1, more pages after."""
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    sheet.setFont("Helvetica", 14)
    sheet.drawString(72, 770, f"Consent form for {name}")
    for line, text in enumerate(ACCENTED):
        sheet.drawString(72, 745 - 20 * line, text)
    renderPDF.draw(_qr_drawing(payload), sheet, 72, 500)
    for page in range(2, pages + 1):
        sheet.showPage()
        sheet.setFont("Helvetica", 14)
        sheet.drawString(72, 770, f"Page {page}")
    sheet.showPage()
    sheet.save()
    return out.getvalue()


def _qr_drawing(payload: str) -> Drawing:
    widget = QrCodeWidget(payload)
    left, bottom, right, top = widget.getBounds()
    scale = [QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0]
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=scale)
    drawing.add(widget)
    return drawing


def pdf_text(path: Path) -> str:
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return result.stdout.decode()


def qr_codes(path: Path, work: Path, page: int = 1) -> list[str]:
    """Render `page` at 150 dpi with pdftoppm and decode it with zbarimg."""
    stem = work / f"{path.stem}-p{page}"
    render = ["pdftoppm", "-r", "150", "-png", "-singlefile", "-f", str(page), "-l", str(page)]
    subprocess.run([*render, str(path), str(stem)], check=True, capture_output=True)
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", f"{stem}.png"], capture_output=True, text=True
    )
    return result.stdout.splitlines()


def qpdf_check(path: Path) -> bool:
    """qpdf --check: 0 is clean, 3 is warnings only (both readable)."""
    return subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode in (0, 3)


IN_CREATE, IN_MOVED_TO = 0x100, 0x80
EVENT_HEADER = struct.Struct("iIII")  # struct inotify_event: wd, mask, cookie, len


class CreationWatch:
    """Names of files created in some folders (not recursive) while the watch is open.

    Qt's print engine deletes its temporary file once the job is handed over, so a leak scan
    afterwards finds nothing either way; this sees where the file was made."""

    def __init__(self, folders: list[Path]) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self._folders: dict[int, Path] = {}
        for folder in folders:
            wd = self._libc.inotify_add_watch(self._fd, bytes(folder), IN_CREATE | IN_MOVED_TO)
            if wd < 0:
                raise OSError(ctypes.get_errno(), f"inotify_add_watch {folder}")
            self._folders[wd] = folder
        self.created: dict[Path, list[str]] = {folder: [] for folder in folders}

    def collect(self) -> dict[Path, list[str]]:
        """Read the pending events; returns every name seen so far, per folder."""
        while True:
            try:
                data = os.read(self._fd, 65536)
            except BlockingIOError:
                return self.created
            self._parse(data)

    def _parse(self, data: bytes) -> None:
        offset = 0
        while offset < len(data):
            wd, _mask, _cookie, length = EVENT_HEADER.unpack_from(data, offset)
            start = offset + EVENT_HEADER.size
            name = data[start : start + length].rstrip(b"\0").decode(errors="replace")
            folder = self._folders.get(wd)  # -1: the queue overflowed (never with a few files)
            if folder is not None and name:
                self.created[folder].append(name)
            offset = start + length

    def close(self) -> None:
        os.close(self._fd)
