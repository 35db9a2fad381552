"""No plaintext at rest, for the whole consent flow: a client named with a canary takes a
consent (drawn signature, scan of the signed page attached), the form is previewed and printed
through the app's print code; the canary is on the paper and nowhere else on disk (the vault,
HOME, the XDG folders, TMPDIR, the private temporary folder, the working directory), apart from
the print spooler's copy, the residual risk docs/SECURITY.md names."""

from __future__ import annotations

from pathlib import Path

from tests.cups import CupsPdfPrinter
from tests.leakscan import scan
from tests.ui.printing.helpers import pdf_text, qpdf_check, qr_codes
from tests.ui.printing.test_print_leaks import PLACES, run_in_sandbox, sandbox  # noqa: F401

CANARY = "Zqxconsentfirst Vmwconsentlast"


def run_consent_child(places: dict[str, Path], printer: CupsPdfPrinter) -> dict:
    return run_in_sandbox("tests.ui.printing.consent_child", places, printer.name, CANARY)


def test_consent_form_signature_scan_and_print_leave_the_canary_on_paper_only(
    cups_pdf_printer: CupsPdfPrinter,
    new_pdfs,
    sandbox: dict[str, Path],  # noqa: F811 - the fixture imported above
    tmp_path: Path,
) -> None:
    report = run_consent_child(sandbox, cups_pdf_printer)
    assert report["matched"] == report["consent_id"]  # the scan's QR named this consent
    assert report["copy"] == 1 and report["preview_pages"] >= 1 and report["left"] == []
    [paper] = new_pdfs(1)
    assert qpdf_check(paper)
    text = pdf_text(paper)
    assert CANARY in text and "Autorisation de partager" in text  # the client's language
    assert "Alex Rivera" in text and "exemplaire 1" in text  # the footer: who, which copy
    [payload] = qr_codes(paper, tmp_path)
    assert payload.startswith(f"caseload:consent:{report['consent_id']}:")

    assert scan([sandbox[name] for name in (*PLACES, "runtime")], CANARY) == []
    hits = scan([cups_pdf_printer.root], CANARY)
    assert paper in hits  # the scan does see the canary where it is
    spool = cups_pdf_printer.spool
    assert [
        h for h in hits if not (h.is_relative_to(cups_pdf_printer.paper) or h.is_relative_to(spool))
    ] == []
