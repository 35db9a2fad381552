"""The real print path: print_pdf() hands the in-memory PDF to a private CUPS scheduler, whose
cups-pdf queue writes what would have been paper; we read it back (text, QR code, pages)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.ui.printing.printer import (
    PrintRefused,
    cups_options,
    lp_arguments,
    print_dialog,
    print_on_accept,
    print_pdf,
)
from tests.cups import CupsPdfPrinter
from tests.ui.printing.helpers import ACCENTED, CANARY, PAYLOAD, build_pdf, pdf_text, qr_codes


def cups_printer(name: str) -> QPrinter:
    return QPrinter(QPrinterInfo.printerInfo(name), QPrinter.PrinterMode.HighResolution)


def test_the_pdf_reaches_the_paper_as_text_with_a_sharp_qr_code(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, confined: Path, tmp_path: Path
) -> None:
    printer = cups_printer(cups_pdf_printer.name)
    assert printer.printerName() == cups_pdf_printer.name
    assert print_pdf(build_pdf(), printer) == 1
    [paper] = new_pdfs(1)
    assert paper.name.startswith("Caseload_document")  # the neutral job title
    assert len(PdfReader(paper).pages) == 2
    text = pdf_text(paper)
    assert CANARY in text
    assert all(line in text for line in ACCENTED)  # es/fr accents survive Ghostscript
    assert qr_codes(paper, tmp_path) == [PAYLOAD]
    assert list(confined.iterdir()) == []


class DialogChoices:
    """What a QPrinter reports after the dialog, for a printer with a duplex unit (the test
    queue has none, and Qt drops a duplex choice the printer cannot do)."""

    def __init__(self, duplex: QPrinter.DuplexMode = QPrinter.DuplexMode.DuplexShortSide) -> None:
        self._duplex = duplex

    def printerName(self) -> str:  # noqa: N802 - QPrinter's names
        return "OfficeLaser"

    def copyCount(self) -> int:  # noqa: N802
        return 2

    def collateCopies(self) -> bool:  # noqa: N802
        return True

    def duplex(self) -> QPrinter.DuplexMode:
        return self._duplex

    def colorMode(self) -> QPrinter.ColorMode:  # noqa: N802
        return QPrinter.ColorMode.GrayScale

    def pageRanges(self) -> QPageRanges:  # noqa: N802
        ranges = QPageRanges()
        ranges.addRange(1, 2)
        ranges.addPage(4)
        return ranges


def test_dialog_choices_become_lp_options() -> None:
    choices = DialogChoices()
    assert cups_options(choices) == [  # type: ignore[arg-type]
        "sides=two-sided-short-edge",
        "collate=true",
        "print-color-mode=monochrome",
        "page-ranges=1-2,4",
    ]
    arguments = lp_arguments(choices, "Caseload document", "/usr/bin/lp")  # type: ignore[arg-type]
    assert arguments[:7] == [
        "/usr/bin/lp",
        "-d",
        "OfficeLaser",
        "-n",
        "2",
        "-t",
        "Caseload document",
    ]
    assert arguments[7:9] == ["-o", "sides=two-sided-short-edge"]


def test_the_printers_own_duplex_default_is_left_alone() -> None:
    auto = DialogChoices(QPrinter.DuplexMode.DuplexAuto)
    assert not any(option.startswith("sides=") for option in cups_options(auto))  # type: ignore[arg-type]
    one_sided = DialogChoices(QPrinter.DuplexMode.DuplexNone)
    assert cups_options(one_sided)[0] == "sides=one-sided"  # type: ignore[arg-type]


def test_copies_and_page_ranges_reach_the_printer(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, confined: Path, tmp_path: Path
) -> None:
    printer = cups_printer(cups_pdf_printer.name)
    printer.setCopyCount(2)
    ranges = QPageRanges()
    ranges.addRange(1, 1)
    printer.setPageRanges(ranges)
    assert print_pdf(build_pdf(pages=3), printer) == 2
    [paper] = new_pdfs(1)
    assert len(PdfReader(paper).pages) == 2  # page 1, twice
    assert pdf_text(paper).count(CANARY) == 2
    assert qr_codes(paper, tmp_path, page=2) == [PAYLOAD]


def test_a_refused_job_says_so_plainly_and_leaves_nothing(
    cups_pdf_printer: CupsPdfPrinter, confined: Path
) -> None:
    printer = cups_printer(cups_pdf_printer.name)
    (confined / "qt_leftover").write_bytes(b"x")
    cups_pdf_printer.admin("cupsreject", "-r", "out of paper")
    try:
        with pytest.raises(PrintRefused) as refused:
            print_pdf(build_pdf(), printer)
    finally:
        cups_pdf_printer.admin("cupsaccept")
    message = str(refused.value)
    assert message == (
        "The printer did not accept the job. "
        f'(Destination "{cups_pdf_printer.name}" is not accepting jobs.)'
    )
    assert CANARY not in message and "Zqx" not in message
    assert list(confined.iterdir()) == []


def test_the_print_dialog_prints_on_accept(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, confined: Path, qtbot
) -> None:
    dialog = print_dialog(build_pdf(), None, client_document=True)
    qtbot.addWidget(dialog)
    outcome: list[object] = []
    print_on_accept(
        dialog, build_pdf(), client_document=True, printed=outcome.append, refused=outcome.append
    )
    dialog.open()  # window-modal, no nested event loop
    assert dialog.isVisible()
    assert dialog.printer().printerName() == cups_pdf_printer.name  # the default printer
    dialog.accept()
    assert outcome == [1]
    [paper] = new_pdfs(1)
    assert CANARY in pdf_text(paper)
    assert list(confined.iterdir()) == []
