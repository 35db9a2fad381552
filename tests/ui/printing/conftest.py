"""Fixtures for the printing tests: the private CUPS scheduler (tests/cups.py) and a private
temporary directory per test, so parallel workers never empty each other's."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.ui.printing import spool
from tests.cups import CupsPdfPrinter, cups_pdf_printer  # noqa: F401 - a fixture


@pytest.fixture
def memory_base() -> Iterator[Path]:
    """A fresh folder on /dev/shm, standing in for $XDG_RUNTIME_DIR."""
    base = Path(tempfile.mkdtemp(prefix="caseload-test-", dir=spool.SHARED_MEMORY))
    yield base
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def confined(
    memory_base: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """confine_temp_files() into `memory_base`; TMPDIR, TEMP, TMP, tempfile and the module's
    choice are restored afterwards."""
    tmp_path_factory.getbasetemp()  # pytest's own folders stay where they were, not in here
    for name in spool.TEMP_VARIABLES:
        monkeypatch.setenv(name, os.environ.get(name, tempfile.gettempdir()))
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    monkeypatch.setattr(spool, "_confined", None)
    return spool.confine_temp_files(memory_base)


@pytest.fixture
def new_pdfs(cups_pdf_printer: CupsPdfPrinter):  # noqa: F811 - the fixture above
    """wait(count): the PDFs cups-pdf wrote since the test started, oldest first."""
    before = set(cups_pdf_printer.pdfs())

    def wait(count: int) -> list[Path]:
        printed = cups_pdf_printer.wait_for_pdfs(len(before) + count)
        return [path for path in printed if path not in before]

    return wait


@pytest.fixture(autouse=True)
def _application(qapp):  # noqa: ANN001 - pytest-qt's fixture
    """QPrinter and QtPdf need the QApplication (a QPrinter before it aborts the process)."""
    return qapp
