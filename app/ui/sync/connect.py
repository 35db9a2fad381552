"""Connect to the office: paste the one-time code from a supervisor.

The form only collects the code; SyncHooks runs the enrollment on the worker (it fetches the
server's certificate and talks to the server) and answers with `succeeded()` or
`show_error(message)`, the way every FormDialog works. The code is a secret until used, so
the field is emptied whenever the form closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.forms import FormDialog, line
from app.ui.widgets import busy_bar

TITLE = "Connect to the office"
INTRO = (
    "Your supervisor or office IT gives you a one-time code for this laptop (it starts with "
    "CL1. and works once, for 15 minutes). Paste it below. Caseload checks that it is talking "
    "to your office's own server before it sends anything."
)
EMPTY = "Paste the code first (it starts with CL1.)."


class ConnectDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(TITLE, INTRO, "&Connect", parent)
        self.setMinimumWidth(520)
        self.code = self.add_row("Code", line("Enrollment code", "CL1.…"))
        self.busy = busy_bar("Connecting to the office")
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.busy)  # above the buttons

    def code_text(self) -> str:
        """The code without the spaces and line breaks that pasting from mail adds."""
        return "".join(self.code.text().split())

    def _submit(self) -> None:
        if not self.code_text():
            self.show_error(EMPTY)
            return
        self.busy.show()
        self.code.setEnabled(False)
        super()._submit()

    def show_error(self, message: str) -> None:
        self.busy.hide()
        self.code.setEnabled(True)
        super().show_error(message)
        self.code.setFocus()
        self.code.selectAll()

    def done(self, result: int) -> None:
        self.code.clear()
        super().done(result)
