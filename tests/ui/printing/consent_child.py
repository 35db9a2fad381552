"""The whole consent flow in a process of its own, for the leak test (test_consent_leaks.py).

Run as `python -m tests.ui.printing.consent_child PRINTER "FIRST LAST"` with HOME, the XDG
folders, TMPDIR and the working directory in a sandbox. It starts as app/ui/bootstrap.py does,
makes a vault in XDG_DATA_HOME, takes a consent from a client named with the canary (drawn
signature, a scan of the signed page attached), previews and prints the form through the app's
print code, audits the print, locks, and prints one JSON line: what it saw.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from app.ui.printing.spool import confine_temp_files, confined_dir, empty_temp_dir

PASSPHRASE = "orange tractor seventeen lanterns"
STROKES = [((100, 500), (300, 420), (500, 560)), ((600, 500), (900, 480))]


def _take_consent(vault: object, first: str, last: str) -> str:
    from app.core import signature
    from app.core.consent import Signer
    from app.services.consents import ConsentDraft, sign_consent, start_consent
    from app.services.records import ClientDraft, create_client

    draft = ConsentDraft(
        kind="release_of_information",
        purposes=("Coordinate care",),
        effective_on=date.today(),
        expires_on=date.today() + timedelta(days=90),
        method="signed_on_screen",
        language="fr",
        signer=Signer(f"{first} {last}", "self"),
        recipients=(f"Dr {last}",),
        categories=("health",),
        confidentiality_explained=True,
    )
    with vault.session() as session:  # type: ignore[attr-defined]
        client_id = create_client(session, ClientDraft(first, last), vault.owner_id)  # type: ignore[attr-defined]
        consent_id = start_consent(session, client_id, draft, vault.owner_id)  # type: ignore[attr-defined]
        sign_consent(session, consent_id, vault.owner_id, signature.encode(STROKES))  # type: ignore[attr-defined]
    return consent_id


def _scan_of(pdf: bytes) -> bytes:
    """The signed page as a phone would photograph it: rendered in memory (pipes only)."""
    result = subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return result.stdout


def _preview(pdf: bytes) -> int:
    from PySide6.QtWidgets import QApplication

    from app.ui.printing.preview import PrintPreview

    preview = PrintPreview(pdf)
    preview.show()
    QApplication.processEvents()
    preview.grab()
    pages = preview.page_count()
    preview.clear()
    preview.reject()
    return pages


def main(printer_name: str, canary: str) -> None:
    confine_temp_files()
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
    from PySide6.QtWidgets import QApplication

    from app.services.vaults import create_vault
    from app.ui.access import VaultAccess
    from app.ui.consent import calls
    from app.ui.printing.printer import print_pdf

    app = QApplication(sys.argv[:1])
    first, last = canary.split()
    vault = create_vault(Path(os.environ["XDG_DATA_HOME"]) / "profile", PASSPHRASE, "Alex Rivera")
    access = VaultAccess(vault)
    consent_id = _take_consent(vault, first, last)
    job = calls.print_job(access, consent_id)
    matched = calls.attach_scan(access, consent_id, _scan_of(job.pdf))
    pages = _preview(job.pdf)
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    copies = print_pdf(job.pdf, printer)
    calls.printed(access, job, copies)
    report = {
        "consent_id": consent_id,
        "matched": matched,
        "copy": job.copy_number,
        "preview_pages": pages,
        "left": sorted(os.listdir(confined_dir() or ".")),
    }
    vault.lock()
    print(json.dumps(report), flush=True)
    app.quit()
    empty_temp_dir()


if __name__ == "__main__":
    main(*sys.argv[1:3])
