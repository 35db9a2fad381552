"""Record that (and when, and how) the client was told of a sharing: its own append-only
record (app.services.disclosures.record_client_told), never an edit of the disclosure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.core.timeutil import local_today
from app.ui.consent.accessible import describe_all, describe_form
from app.ui.consent.prepare_dialog import combo
from app.ui.disclosure import words
from app.ui.forms import FormDialog, date_edit, date_value


class ClientToldDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ClientToldDialog", "Client told"),
            QCoreApplication.translate(
                "ClientToldDialog", "Record when and how you told the client about this sharing."
            ),
            QCoreApplication.translate("ClientToldDialog", "&Record"),
            parent,
        )
        self.when = self.add_row(
            QCoreApplication.translate("ClientToldDialog", "&When"),
            date_edit(
                QCoreApplication.translate("ClientToldDialog", "When the client was told"),
                local_today(),
            ),
        )
        self.how = self.add_row(
            QCoreApplication.translate("ClientToldDialog", "&How"),
            combo(
                QCoreApplication.translate("ClientToldDialog", "How the client was told"),
                words.told_how(),
            ),
        )
        describe_form(
            self, QCoreApplication.translate("ClientToldDialog", "Add this to the sharing's record")
        )
        describe_all(
            [
                (
                    self.when,
                    QCoreApplication.translate("ClientToldDialog", "The day you told the client"),
                ),
                (
                    self.how,
                    QCoreApplication.translate(
                        "ClientToldDialog", "In person, by phone, in writing or another way"
                    ),
                ),
            ]
        )

    def values(self) -> tuple[date, str]:
        return date_value(self.when), str(self.how.currentData())
