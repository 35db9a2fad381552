"""The app's print path in a process of its own, for the leak tests (test_print_leaks.py).

Run as `python -m tests.ui.printing.child MODE PRINTER CANARY` with HOME, XDG dirs, TMPDIR and
the working directory pointed at a sandbox. It starts the way app/ui/bootstrap.py does
(confine_temp_files() before the QApplication), builds the PDF in memory, previews it,
prints it through `lp` and through Qt's print engine (the raster fallback), and prints one
JSON line: what it saw. MODE "unconfined" skips the confinement (the negative control).
"""

from __future__ import annotations

import json
import os
import sys

from app.ui.printing.spool import confine_temp_files, confined_dir, empty_temp_dir


def _preview(pdf: bytes) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.printing.preview import PrintPreview

    preview = PrintPreview(pdf)
    preview.show()
    pages = preview.page_count()
    for step in (preview.next_page, preview.zoom_in, preview.fit_width):
        step()
        QApplication.processEvents()
        preview.grab()  # paints: QtPdf renders the visible pages
    preview.reject()
    return pages


def _print(pdf: bytes, printer_name: str, mode: str) -> dict[str, int]:
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from app.ui.printing.printer import print_pdf

    def printer() -> QPrinter:
        return QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)

    copies = {}
    if mode != "unconfined":
        copies["lp"] = print_pdf(pdf, printer())
    copies["raster"] = print_pdf(pdf, printer(), route="raster")
    return copies


def main(mode: str, printer_name: str, canary: str) -> None:
    if mode != "unconfined":
        confine_temp_files()
    from PySide6.QtCore import QDir
    from PySide6.QtWidgets import QApplication

    from tests.ui.printing.helpers import build_pdf

    app = QApplication(sys.argv[:1])
    pdf = build_pdf(canary)
    report = {
        "preview_pages": _preview(pdf),
        "copies": _print(pdf, printer_name, mode),
        "tmpdir": os.environ.get("TMPDIR"),
        "qt_temp": QDir.tempPath(),
        "private": str(confined_dir()) if confined_dir() else None,
    }
    report["left"] = sorted(os.listdir(confined_dir())) if confined_dir() else []
    print(json.dumps(report), flush=True)
    app.quit()
    empty_temp_dir()  # at exit, as bootstrap does


if __name__ == "__main__":
    main(*sys.argv[1:4])
