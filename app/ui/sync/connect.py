"""Connect to the office, and Re-connect with a code: paste the one-time code from a
supervisor (app/ui/sync/connecting.py runs what follows).

The form only collects the code; SyncHooks runs the enrollment on the worker (it fetches the
server's certificate and talks to the server) and answers with `succeeded()` or
`show_error(message)`, the way every FormDialog works. The code is a secret until used, so
the field is emptied whenever the form closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.core.refusal import QT_TRANSLATE_NOOP
from app.ui.forms import FormDialog, line
from app.ui.widgets import busy_bar

TITLE = QT_TRANSLATE_NOOP("ConnectDialog", "Connect to the office")
INTRO = QT_TRANSLATE_NOOP(
    "ConnectDialog",
    "Your supervisor or office IT gives you a one-time code for this laptop (it starts with "
    "CL1. and works once, for 15 minutes). Paste it below. Caseload checks that it is talking "
    "to your office's own server before it sends anything.",
)
OK_TEXT = QT_TRANSLATE_NOOP("ConnectDialog", "&Connect")
EMPTY = QT_TRANSLATE_NOOP("ConnectDialog", "Paste the code first (it starts with CL1.).")
# Marked with a literal context so lupdate collects them; translated where they are used.
RECONNECT_TITLE = QT_TRANSLATE_NOOP("ReconnectDialog", "Re-connect to the office")
RECONNECT_INTRO = QT_TRANSLATE_NOOP(
    "ReconnectDialog",
    "The office's server no longer shows the certificate this laptop knows, so Caseload "
    "stopped before sending anything. Ask your supervisor for a re-connection code and paste "
    "it below. Your unsent work is kept on this laptop and goes with the next sync.",
)
RECONNECT_OK = QT_TRANSLATE_NOOP("ReconnectDialog", "&Re-connect")


class ConnectDialog(FormDialog):
    """Texts already translated (the re-connect form passes its own); None: Connect's."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str | None = None,
        intro: str | None = None,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(
            title or _tr_connect(TITLE),
            intro or _tr_connect(INTRO),
            ok_text or _tr_connect(OK_TEXT),
            parent,
        )
        self.setMinimumWidth(520)
        self._describe_buttons()
        code = line(
            QCoreApplication.translate("ConnectDialog", "Enrollment code"),
            QCoreApplication.translate("ConnectDialog", "CL1.…"),
        )
        code.setAccessibleDescription(
            QCoreApplication.translate(
                "ConnectDialog", "The one-time code from your supervisor; it starts with CL1."
            )
        )
        self.code = self.add_row(QCoreApplication.translate("ConnectDialog", "&Code"), code)
        self.busy = busy_bar(
            QCoreApplication.translate("ConnectDialog", "Connecting to the office")
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.busy)  # above the buttons

    def _describe_buttons(self) -> None:
        self.ok.setToolTip(
            QCoreApplication.translate(
                "ConnectDialog", "Check the code with the office and connect (Enter)"
            )
        )
        self.cancel.setToolTip(
            QCoreApplication.translate("ConnectDialog", "Close without connecting (Esc)")
        )

    def code_text(self) -> str:
        """The code without the spaces and line breaks that pasting from mail adds."""
        return "".join(self.code.text().split())

    def _submit(self) -> None:
        if not self.code_text():
            self.show_error(_tr_connect(EMPTY))
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


class ReconnectDialog(ConnectDialog):
    """The same form for a connected laptop the office's certificate stranded: the code
    re-pins the office's new certificate; the laptop keeps its identity and unsent work."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            parent,
            _tr_reconnect(RECONNECT_TITLE),
            _tr_reconnect(RECONNECT_INTRO),
            _tr_reconnect(RECONNECT_OK),
        )


def _tr_connect(text: str) -> str:
    """One of the Connect form's marked texts, translated (usable before the QObject exists)."""
    return QCoreApplication.translate("ConnectDialog", text)


def _tr_reconnect(text: str) -> str:
    """Translated in the re-connect form's context (usable before the QObject exists)."""
    return QCoreApplication.translate("ReconnectDialog", text)
