"""Preview and print a consent form from memory, and audit each copy handed to the printer.

The PDF is built on the worker (app/ui/consent/calls.print_job, with the footer naming who
prints, when, and the copy number), shown in the print preview, and printed through the
print dialog (app/ui/printing). A print is audited only once the printer has taken it.
QtPdf and Qt's print support are loaded with the first preview, not at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.consent import calls
from app.ui.consent.calls import PrintJob
from app.ui.errors import user_message
from app.ui.pane import VaultPane

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.printing.preview import PrintPreview


class PrintFlow:
    """One consent's preview and print dialog at a time, owned by the Consent tab."""

    def __init__(self, pane: VaultPane) -> None:
        self.pane = pane
        self.window: PrintPreview | None = None
        self.job: PrintJob | None = None

    def preview(self, consent_id: str) -> None:
        self.pane.call(lambda access: calls.print_job(access, consent_id), self._show)

    def _show(self, job: PrintJob) -> None:
        from app.ui.printing.preview import PrintPreview

        self.close()
        self.job = job
        self.window = PrintPreview(job.pdf, self.pane.window())
        self.window.print_requested.connect(self._ask_printer)
        self.window.open()

    def _ask_printer(self) -> None:
        job = self.job
        if job is None or self.window is None:
            return
        from app.ui.printing.printer import print_dialog

        dialog = print_dialog(job.pdf, self.window, client_document=True)
        dialog.accepted.connect(lambda: self._print(job, dialog))
        dialog.open()

    def _print(self, job: PrintJob, dialog: QPrintDialog) -> None:
        from app.ui.printing.printer import PrintRefused, print_pdf

        try:
            copies = print_pdf(job.pdf, dialog.printer(), client_document=True)
        except PrintRefused as refusal:
            self.pane.show_error(user_message(refusal))
            return
        self.pane.call(lambda access: calls.printed(access, job, copies), lambda _: None)
        self.close()

    def close(self) -> None:
        """Close the preview and forget the PDF (a lock, another client, a finished print)."""
        if self.window is not None:
            self.window.clear()
            self.window.reject()
        self.window, self.job = None, None
