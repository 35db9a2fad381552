"""Record that (and when, and how) the client was told of a sharing: its own append-only
record (app.services.disclosures.record_client_told), never an edit of the disclosure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.timeutil import local_today
from app.ui.consent.prepare_dialog import combo
from app.ui.disclosure import words
from app.ui.forms import FormDialog, date_edit, date_value


def _t(text: str) -> str:
    return QCoreApplication.translate("ClientToldDialog", text)


class ClientToldDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            _t("Client told"),
            _t("Record when and how you told the client about this sharing."),
            _t("&Record"),
            parent,
        )
        self.when = self.add_row(
            _t("&When"), date_edit(_t("When the client was told"), local_today())
        )
        self.how = self.add_row(_t("&How"), combo(_t("How the client was told"), words.told_how()))

    def values(self) -> tuple[date, str]:
        return date_value(self.when), str(self.how.currentData())
