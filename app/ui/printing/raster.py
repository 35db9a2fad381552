"""An in-memory PDF opened with QtPdf, and the raster fallback that paints it onto a QPrinter.

The document is read from a QBuffer that owns its bytes: QtPdf never sees a file. The raster
path is for systems without CUPS `lp` (Windows) and for "print to file" of blank forms; it
goes through Qt's print engine, whose temporary files app/ui/printing/spool.py confines.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# Rendering at the printer's full resolution costs ~140 MB per A4 page at 600 dpi and more at
# 1200; 300 dpi keeps text crisp and the QR code decodable, and is scaled up by the engine.
RASTER_MAX_DPI = 300


class PdfNotReadable(ValueError):
    """QtPdf could not open the bytes as a PDF."""


class PrintEngineNotStarted(OSError):
    """QPainter could not begin on the printer (the caller words it for the worker)."""


def open_pdf(pdf: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading from a QBuffer holding `pdf`. Keep both alive together; close
    with close_pdf()."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)  # a random-access device: loaded before load() returns
    if document.status() != QPdfDocument.Status.Ready:
        close_pdf(document, buffer)
        raise PdfNotReadable(document.error().name)
    return document, buffer


def close_pdf(document: QPdfDocument, buffer: QBuffer) -> None:
    """Release the document and drop the buffer's copy of the bytes."""
    document.close()
    buffer.close()
    buffer.setData(QByteArray())


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """Zero-based page numbers: the printer's page ranges (1-based), or every page."""
    ranges = printer.pageRanges()
    if ranges.isEmpty():
        return list(range(count))
    return [page for page in range(count) if ranges.contains(page + 1)]


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint each page as an image onto `printer`; returns the number of pages painted.

    The whole paper is the page (full-page mode): the PDF carries its own margins."""
    document, buffer = open_pdf(pdf)
    try:
        printer.setFullPage(True)
        pages = pages_to_print(printer, document.pageCount())
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintEngineNotStarted
        try:
            for index, page in enumerate(_repeated(pages, printer)):
                if index:
                    printer.newPage()
                _paint_page(painter, printer, document, page)
        finally:
            painter.end()  # hands the job over (Qt's engine spools and submits it here)
        return len(pages)
    finally:
        close_pdf(document, buffer)


def _repeated(pages: list[int], printer: QPrinter) -> Iterator[int]:
    """The pages once, or once per copy where the engine cannot make copies itself."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    for _ in range(copies):
        yield from pages


def _paint_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, page: int) -> None:
    target = _fitted(document.pagePointSize(page), printer.paperRect(QPrinter.Unit.DevicePixel))
    dpi = min(printer.resolution(), RASTER_MAX_DPI)
    scale = dpi / printer.resolution()
    size = QSize(round(target.width() * scale), round(target.height() * scale))
    painter.drawImage(target, _on_white(document.render(page, size)))


def _fitted(page: QSizeF, paper: QRectF) -> QRectF:
    """The largest rectangle of the page's proportions centred on the paper (device px,
    relative to the paper's corner)."""
    factor = min(paper.width() / page.width(), paper.height() / page.height())
    width, height = page.width() * factor, page.height() * factor
    return QRectF((paper.width() - width) / 2, (paper.height() - height) / 2, width, height)


def _on_white(rendered: QImage) -> QImage:
    """QtPdf renders onto transparency; paper is white, and an opaque image prints leaner."""
    sheet = QImage(rendered.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet


def page_count(pdf: bytes) -> int:
    """How many pages `pdf` has (0 when QtPdf cannot read it)."""
    try:
        document, buffer = open_pdf(pdf)
    except PdfNotReadable:
        return 0
    count = document.pageCount()
    close_pdf(document, buffer)
    return count
