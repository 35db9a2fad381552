"""No plaintext at rest, for printing: a canary client name, previewed and printed (through
`lp` and through Qt's print engine), appears on no disk but the paper.

The app runs in a child process (tests/ui/printing/child.py) with HOME, the XDG folders,
TMPDIR and its working directory in a sandbox, as tests/test_leaks.py does. Afterwards every
sandbox folder is scanned for the canary (tests/leakscan.py, which also decodes PDF streams),
and so is the private CUPS scheduler's folder, where the canary may be only in cups-pdf's
output (the paper) and in CUPS's spool (the print spooler's copy: a residual risk,
docs/SECURITY.md). Qt's print engine deletes its temporary file itself once the job is
handed over, so no scan afterwards could tell where it was written: a watch on the folders
(inotify) sees it made in the private directory, and nowhere else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.ui.printing.printer import print_pdf
from app.ui.printing.spool import SHARED_MEMORY
from tests.cups import CupsPdfPrinter
from tests.leakscan import scan
from tests.ui.printing.helpers import (
    ACCENTED,
    CANARY,
    PAYLOAD,
    CreationWatch,
    build_pdf,
    pdf_text,
    qpdf_check,
    qr_codes,
)

ROOT = Path(__file__).resolve().parents[3]
PLACES = ("home", "config", "cache", "data", "tmp", "work")


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """Every place the app may write, `runtime` ($XDG_RUNTIME_DIR) on tmpfs with the private
    directory made beforehand, so that it can be watched from the start."""
    places = {name: tmp_path / name for name in PLACES}
    for path in places.values():
        path.mkdir()
    places["runtime"] = Path(tempfile.mkdtemp(prefix="caseload-run-", dir=SHARED_MEMORY))
    places["private"] = places["runtime"] / f"caseload-{os.getuid()}"
    places["private"].mkdir(mode=0o700)
    yield places
    shutil.rmtree(places["runtime"], ignore_errors=True)


def run_in_sandbox(module: str, places: dict[str, Path], *arguments: str) -> dict:
    """`python -m module arguments…` with every place it may write in the sandbox; returns the
    JSON line it prints last."""
    env = {
        **os.environ,
        "HOME": str(places["home"]),
        "XDG_CONFIG_HOME": str(places["config"]),
        "XDG_CACHE_HOME": str(places["cache"]),
        "XDG_DATA_HOME": str(places["data"]),
        "XDG_RUNTIME_DIR": str(places["runtime"]),
        "TMPDIR": str(places["tmp"]),
        "TEMP": str(places["tmp"]),
        "TMP": str(places["tmp"]),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", module, *arguments],
        capture_output=True,
        text=True,
        cwd=places["work"],
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def run_child(mode: str, places: dict[str, Path], printer: CupsPdfPrinter) -> dict:
    return run_in_sandbox("tests.ui.printing.child", places, mode, printer.name, CANARY)


def watched_run(mode: str, places: dict[str, Path], printer: CupsPdfPrinter) -> tuple:
    watch = CreationWatch([places[name] for name in ("private", "tmp", "home", "work")])
    try:
        report = run_child(mode, places, printer)
        return report, {folder.name: names for folder, names in watch.collect().items()}
    finally:
        watch.close()


def test_printing_leaves_the_canary_on_paper_only(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, sandbox: dict[str, Path], tmp_path: Path
) -> None:
    report, created = watched_run("confined", sandbox, cups_pdf_printer)
    private = sandbox["private"]
    assert report["tmpdir"] == report["qt_temp"] == report["private"] == str(private)
    assert report["copies"] == {"lp": 1, "raster": 1} and report["preview_pages"] == 2
    assert report["left"] == [] and list(private.iterdir()) == []
    assert created[private.name], "Qt's print engine made its temporary files in there"
    assert created["tmp"] == [] and created["work"] == []

    vector, raster = new_pdfs(2)  # job order: lp first, then Qt's print engine
    for paper in (vector, raster):
        assert qpdf_check(paper) and len(PdfReader(paper).pages) == 2
        assert qr_codes(paper, tmp_path) == [PAYLOAD]
    text = pdf_text(vector)
    assert CANARY in text and all(line in text for line in ACCENTED)

    assert scan([sandbox[name] for name in (*PLACES, "runtime")], CANARY) == []
    hits = scan([cups_pdf_printer.root], CANARY)
    assert vector in hits  # the scan does see the canary where it is
    paper, spool = cups_pdf_printer.paper, cups_pdf_printer.spool
    elsewhere = [
        hit for hit in hits if not (hit.is_relative_to(paper) or hit.is_relative_to(spool))
    ]
    assert elsewhere == []  # not in cups-pdf's spool, Ghostscript's temp dir or the logs


def test_the_spooler_keeps_a_copy_until_the_job_is_done(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, confined: Path
) -> None:
    """The residual risk of docs/SECURITY.md, shown: while a job waits (printer off, out of
    paper) CUPS's spool holds the document; with PreserveJobFiles No it goes once printed."""
    spool = cups_pdf_printer.spool
    cups_pdf_printer.admin("cupsdisable")  # the printer is off: the job waits in the spool
    try:
        print_pdf(build_pdf(), QPrinter(QPrinterInfo.printerInfo(cups_pdf_printer.name)))
        assert scan([spool], CANARY) != []
    finally:
        cups_pdf_printer.admin("cupsenable")
    new_pdfs(1)
    assert scan([spool], CANARY) == []


def test_without_confinement_qt_spools_into_tmpdir(
    cups_pdf_printer: CupsPdfPrinter, new_pdfs, sandbox: dict[str, Path]
) -> None:
    """Negative control: the watch catches Qt's temporary file where no scan could."""
    report, created = watched_run("unconfined", sandbox, cups_pdf_printer)
    assert report["tmpdir"] == report["qt_temp"] == str(sandbox["tmp"])
    assert created["tmp"], "Qt's print engine spools into TMPDIR"
    assert list(sandbox["tmp"].iterdir()) == []  # ... and removes it: a scan sees nothing
    assert created[sandbox["private"].name] == []
    new_pdfs(1)
