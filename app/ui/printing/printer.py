"""Print an in-memory PDF on the printer the print dialog chose, and that dialog.

On CUPS systems (Linux, macOS) the PDF bytes go to `lp` on its standard input: the app writes
no file, and text stays text and the QR code stays sharp. Without `lp` (Windows), or when the
output is a file (blank forms only), each page is painted as an image onto the QPrinter
(app/ui/printing/raster.py). Job titles never name the client. A client document is never
printed to a file. After each job the private temporary directory is emptied
(app/ui/printing/spool.py). See docs/decisions.md, "Printing".

The dialog is opened with `open()`, never `exec()` (no nested event loop); on accept the
caller runs print_pdf() with `dialog.printer()`, or lets print_on_accept() do it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.ui.errors import ShownAsWritten, user_message
from app.ui.printing.raster import PdfNotReadable, page_count, paint_pdf
from app.ui.printing.spool import empty_temp_dir

Route = Literal["cups", "raster"]
LP_TIMEOUT_S = 60  # lp only hands the job to the local scheduler; a minute means it is stuck
LP_MESSAGE_LIMIT = 200
LP_PREFIX = re.compile(r"^\S*lp:\s*(Error - )?")  # "/usr/bin/lp: Error - ", "lp: "
SIDES = {  # DuplexAuto is absent: it means "the printer's default", i.e. no option
    QPrinter.DuplexMode.DuplexNone: "one-sided",
    QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
    QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
}


class PrintRefused(ShownAsWritten):
    """Printing did not happen; the message is plain words for the worker, with no
    document content in it."""


def neutral_title() -> str:
    """The job title every print job gets: the print queue is visible to anyone nearby."""
    return QCoreApplication.translate("Printing", "Caseload document")


def writes_to_file(printer: QPrinter) -> bool:
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or bool(
        printer.outputFileName()
    )


def check_allowed(printer: QPrinter, *, client_document: bool) -> None:
    """Refuse a file as the destination of a client document (no plaintext copy on disk)."""
    if client_document and writes_to_file(printer):
        raise PrintRefused(
            QCoreApplication.translate(
                "Printing", "Client documents can only be printed on paper, not saved to a file."
            )
        )


def choose_route(printer: QPrinter, lp_program: str | None) -> Route:
    """CUPS `lp` for a real printer where it exists; else Qt's print engine."""
    if lp_program is not None and not writes_to_file(printer):
        return "cups"
    return "raster"


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    *,
    client_document: bool = True,
    title: str | None = None,
    route: Route | None = None,
) -> int:
    """Print `pdf` on `printer`; returns the number of copies sent.

    `title` defaults to neutral_title(); `route` to choose_route() with the `lp` on PATH
    (tests choose "raster" to exercise the fallback). Raises PrintRefused."""
    check_allowed(printer, client_document=client_document)
    lp_program = shutil.which("lp")
    chosen = route or choose_route(printer, lp_program)
    try:
        if chosen == "cups" and lp_program is not None and not writes_to_file(printer):
            send_to_lp(lp_arguments(printer, title or neutral_title(), lp_program), pdf)
        else:
            _print_raster(pdf, printer, title or neutral_title())
    finally:
        empty_temp_dir()  # the job is handed over (or failed): nothing of it stays here
    return max(1, printer.copyCount())


def _print_raster(pdf: bytes, printer: QPrinter, title: str) -> None:
    printer.setDocName(title)
    try:
        paint_pdf(pdf, printer)
    except PdfNotReadable as error:
        raise PrintRefused(
            QCoreApplication.translate("Printing", "The document could not be read for printing.")
        ) from error
    except OSError as error:
        raise PrintRefused(
            QCoreApplication.translate("Printing", "The printer could not start the job.")
        ) from error


def lp_arguments(printer: QPrinter, title: str, lp_program: str = "lp") -> list[str]:
    """The `lp` command line for the dialog's choices (printer, copies, options)."""
    arguments = [lp_program, "-d", printer.printerName(), "-n", str(max(1, printer.copyCount()))]
    arguments += ["-t", title]
    for option in cups_options(printer):
        arguments += ["-o", option]
    return arguments


def cups_options(printer: QPrinter) -> list[str]:
    """IPP job attributes for the choices made in the print dialog. Paper size is left to
    the printer's default: CUPS scales the PDF's pages to fit it."""
    sides = SIDES.get(printer.duplex())
    options = [_ipp("sides", sides)] if sides else []
    if printer.copyCount() > 1:
        options.append(_ipp("collate", "true" if printer.collateCopies() else "false"))
    if printer.colorMode() == QPrinter.ColorMode.GrayScale:
        options.append(_ipp("print-color-mode", "monochrome"))
    if not printer.pageRanges().isEmpty():
        options.append(_ipp("page-ranges", printer.pageRanges().toString()))
    return options


def _ipp(name: str, value: str) -> str:
    """One `-o name=value` option of lp (IPP attribute names: code, not words)."""
    return "=".join((name, value))


def send_to_lp(arguments: list[str], pdf: bytes) -> None:
    """Run `lp` with the PDF on its standard input; raise PrintRefused when it refuses."""
    try:
        result = subprocess.run(
            arguments, input=pdf, capture_output=True, timeout=LP_TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise PrintRefused(
            QCoreApplication.translate("Printing", "The print system did not answer in time.")
        ) from error
    except OSError as error:
        raise PrintRefused(
            QCoreApplication.translate("Printing", "The print system could not be started.")
        ) from error
    if result.returncode != 0:
        raise PrintRefused(lp_failure_message(result.stderr))


def lp_failure_message(stderr: bytes) -> str:
    """A plain message from lp's last error line, which names at most the printer: lp never
    reads the document it forwards, so nothing of it can be in its messages."""
    lines = [line.strip() for line in stderr.decode(errors="replace").splitlines()]
    reason = next((line for line in reversed(lines) if line), "")
    reason = LP_PREFIX.sub("", reason)[:LP_MESSAGE_LIMIT]
    if not reason:
        return QCoreApplication.translate("Printing", "The printer did not accept the job.")
    return QCoreApplication.translate(
        "Printing", "The printer did not accept the job. ({reason})"
    ).format(reason=reason)


class PdfPrintDialog(QPrintDialog):
    """A QPrintDialog that owns its QPrinter (QPrinter is no QObject: nothing else would keep
    it alive as long as the dialog) and whose `open()` takes no arguments: PySide only
    exposes QPrintDialog's `open(receiver, member)` overload."""

    def __init__(self, printer: QPrinter, parent: QWidget | None) -> None:
        super().__init__(printer, parent)
        self._printer = printer

    def open(
        self, receiver: QObject | None = None, member: bytes | bytearray | memoryview | None = None
    ) -> None:
        if receiver is not None and member is not None:
            super().open(receiver, member)
        else:
            QDialog.open(self)


def print_dialog(pdf: bytes, parent: QWidget | None, *, client_document: bool) -> PdfPrintDialog:
    """The print dialog for `pdf`: printer, copies, pages, duplex. "Print to file" is offered
    only for blank forms (client_document=False). Open it with `open()`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(neutral_title())
    dialog = PdfPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    dialog.setAccessibleName(QCoreApplication.translate("Printing", "Print"))
    option = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(option.PrintToFile, not client_document)
    dialog.setOption(option.PrintSelection, False)
    dialog.setOption(option.PrintCurrentPage, False)
    dialog.setOption(option.PrintPageRange, True)
    dialog.setOption(option.PrintCollateCopies, True)
    pages = page_count(pdf)
    if pages:
        dialog.setMinMax(1, pages)
    return dialog


def print_on_accept(
    dialog: QPrintDialog,
    pdf: bytes,
    *,
    client_document: bool,
    printed: Callable[[int], object],
    refused: Callable[[str], object],
) -> None:
    """When the worker accepts `dialog`, print `pdf` with its printer; then `printed(copies)`
    or `refused(message)`."""

    def run(*_accepted_printer: object) -> None:
        try:
            copies = print_pdf(pdf, dialog.printer(), client_document=client_document)
        except PrintRefused as refusal:
            refused(user_message(refusal))
            return
        printed(copies)

    dialog.accepted.connect(run)
