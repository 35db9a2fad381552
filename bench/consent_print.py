"""The consent form printed to a PDF target through the app's print code (Qt's print engine:
each page rendered from the in-memory PDF with QtPdf and painted onto a QPrinter), the path a
laptop without CUPS takes, and the slower of the two (on CUPS the bytes go to `lp` as they
are). The baseline, in the same run: Qt's PDF engine writing the same number of empty pages,
so the ratio shows what rendering and painting the form costs over Qt's own output.

A PDF target stands in for the printer (no printer here); it writes to a scratch folder the
benchmark removes. Target: <= 500 ms.
"""

from __future__ import annotations

import os
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

from bench.harness import Metric, median, ms, percentile, progress, ratio, scratch_dir

if TYPE_CHECKING:  # Qt is imported when the benchmark runs, not when bench is imported
    from PySide6.QtPrintSupport import QPrinter


def _printer(target: Path) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def _blank_pages(target: Path, pages: int) -> None:
    from PySide6.QtGui import QPainter

    printer = _printer(target)
    painter = QPainter(printer)
    for _ in range(pages - 1):
        printer.newPage()
    painter.end()


def _application() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def print_metric(pdf: bytes, pages: int, runs: int) -> Metric:
    from app.ui.printing.printer import print_pdf

    app = _application()  # noqa: F841 - QPrinter and QtPdf need it alive
    printed, blank = [], []
    with scratch_dir("print") as folder:
        for run in range(runs):
            start = perf_counter()
            print_pdf(pdf, _printer(folder / f"f{run}.pdf"), client_document=False, route="raster")
            printed.append(perf_counter() - start)
            start = perf_counter()
            _blank_pages(folder / f"b{run}.pdf", pages)
            blank.append(perf_counter() - start)
            progress(f"consent_pdf print: {run + 1}/{runs}")
    return _summary(printed, blank, runs, pages)


def _summary(printed: list[float], blank: list[float], runs: int, pages: int) -> Metric:
    p50, base50 = median(printed), median(blank)
    return {
        "name": "consent_pdf.print",
        "p50_ms": ms(p50),
        "p95_ms": ms(percentile(printed, 0.95)),
        "baseline_p50_ms": ms(base50),
        "p50_ratio": ratio(p50, base50),
        "runs": runs,
        "pages": pages,
    }
