"""The QtPdf raster fallback (for systems without `lp`), and what is refused for client
documents: a file as the destination, and "print to file" in the dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter

from app.ui.printing.printer import PrintRefused, choose_route, print_dialog, print_pdf
from app.ui.printing.raster import PdfNotReadable, open_pdf, page_count
from tests.ui.printing.helpers import PAYLOAD, build_pdf, qr_codes

PRINT_TO_FILE = QAbstractPrintDialog.PrintDialogOption.PrintToFile


def file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_raster_fallback_paints_every_page_with_a_decodable_qr(
    tmp_path: Path, confined: Path
) -> None:
    out = tmp_path / "blank-form.pdf"
    printer = file_printer(out)
    assert print_pdf(build_pdf(pages=3), printer, client_document=False, route="raster") == 1
    assert len(PdfReader(out).pages) == 3
    assert qr_codes(out, tmp_path) == [PAYLOAD]
    assert list(confined.iterdir()) == []


def test_raster_fallback_honours_page_ranges(tmp_path: Path, confined: Path) -> None:
    out = tmp_path / "pages.pdf"
    printer = file_printer(out)
    ranges = QPageRanges()
    ranges.addPage(2)
    ranges.addPage(3)
    printer.setPageRanges(ranges)
    print_pdf(build_pdf(pages=3), printer, client_document=False)
    assert len(PdfReader(out).pages) == 2
    assert qr_codes(out, tmp_path) == []  # the QR code is on page 1 only


def test_a_file_destination_always_takes_the_raster_route() -> None:
    printer = file_printer(Path("/nonexistent/never-written.pdf"))
    assert choose_route(printer, "/usr/bin/lp") == "raster"
    assert choose_route(QPrinter(), None) == "raster"


@pytest.mark.parametrize("output", ["pdf_format", "file_name"])
def test_client_documents_are_never_printed_to_a_file(tmp_path: Path, output: str) -> None:
    out = tmp_path / "client.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if output == "pdf_format":
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))  # also switches a native printer to a file
    with pytest.raises(PrintRefused, match="only be printed on paper"):
        print_pdf(build_pdf(), printer)
    assert not out.exists()


def test_the_dialog_offers_print_to_file_only_for_blank_forms(qtbot) -> None:
    client = print_dialog(build_pdf(), None, client_document=True)
    blank = print_dialog(build_pdf(), None, client_document=False)
    for dialog in (client, blank):
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Print"  # never the client's name
        assert dialog.printer().docName() == "Caseload document"
        assert dialog.minPage() == 1 and dialog.maxPage() == 2
    assert not client.testOption(PRINT_TO_FILE)
    assert blank.testOption(PRINT_TO_FILE)


def test_the_dialog_opens_without_a_nested_event_loop(qtbot) -> None:
    dialog = print_dialog(build_pdf(), None, client_document=True)
    qtbot.addWidget(dialog)
    dialog.open()  # returns at once; exec() would block here
    assert dialog.isVisible() and dialog.isModal()
    dialog.reject()


def test_unreadable_bytes_are_refused_cleanly(tmp_path: Path) -> None:
    with pytest.raises(PdfNotReadable):
        open_pdf(b"%PDF-1.4 this is not a PDF")
    assert page_count(b"garbage") == 0
    with pytest.raises(PrintRefused, match="could not be read"):
        print_pdf(b"garbage", file_printer(tmp_path / "x.pdf"), client_document=False)
