"""Signing a prepared consent (on the pad, on paper with a scan, or verbally before a witness)
and recording its withdrawal. Each form only collects values (app/ui/forms.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QDateTime, QStandardPaths
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QFileDialog, QLabel, QPushButton, QWidget

from app.core import signature
from app.core.refusal import QT_TRANSLATE_NOOP
from app.core.timeutil import to_utc
from app.services.consent_views import ConsentView
from app.ui.consent import words
from app.ui.consent.accessible import describe, describe_all, describe_form
from app.ui.consent.prepare_dialog import combo
from app.ui.consent.signature_pad import SignatureField
from app.ui.forms import FormDialog, text_box
from app.ui.widgets import notice

SCAN_FILTER = QT_TRANSLATE_NOOP("ConsentDialogs", "Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)")


def choose_scan(parent: QWidget, chosen: Callable[[Path], None]) -> None:
    """Pick a photo or scan of the signed page; the caller reads it on the worker, into the
    vault. (The file dialog's history goes to the private temporary folder, not to settings
    on disk: see app/ui/printing/spool.py.)"""
    dialog = QFileDialog(parent, QCoreApplication.translate("ConsentDialogs", "Signed page"))
    dialog.setNameFilter(QCoreApplication.translate("ConsentDialogs", SCAN_FILTER))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    pictures = QStandardPaths.StandardLocation.PicturesLocation
    dialog.setDirectory(QStandardPaths.writableLocation(pictures))
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()


class SignDialog(FormDialog):
    """The proof of consent the prepared form asked for."""

    def __init__(self, consent: ConsentView, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ConsentDialogs", "Sign consent"),
            QCoreApplication.translate(
                "ConsentDialogs",
                "Read the form with the signer first. Signing seals it: it never changes again.",
            ),
            QCoreApplication.translate("ConsentDialogs", "&Sign"),
            parent,
        )
        self.consent = consent
        self.pad: SignatureField | None = None
        self.scan_path: Path | None = None
        self.witnessed: QCheckBox | None = None
        method = consent.method
        self.add_row(
            QCoreApplication.translate("ConsentDialogs", "Kind"),
            QLabel(words.kinds().get(consent.kind, consent.kind)),
        )
        self.add_row(
            QCoreApplication.translate("ConsentDialogs", "Signed by"), QLabel(consent.signer_name)
        )
        if method == "signed_on_screen":
            self._pad_row()
        elif method == "verbal_witnessed":
            self._witness_row()
        else:
            self._scan_row()
        describe_form(
            self, QCoreApplication.translate("ConsentDialogs", "Seal the signed consent for good")
        )

    def _pad_row(self) -> None:
        self.pad = self.add_row(
            QCoreApplication.translate("ConsentDialogs", "Signature"), SignatureField()
        )
        self.pad.signer_label(self.consent.signer_name)
        self.resize(620, 420)

    def _witness_row(self) -> None:
        text = QCoreApplication.translate(
            "ConsentDialogs", "{witness} heard the consent given and can confirm it"
        ).format(witness=self.consent.witness_name or "")
        self.witnessed = self.add_row("", QCheckBox(text))
        self.witnessed.setAccessibleName(
            QCoreApplication.translate("ConsentDialogs", "Witness confirms")
        )
        describe(
            self.witnessed,
            QCoreApplication.translate("ConsentDialogs", "Tick once the witness has confirmed"),
        )

    def _scan_row(self) -> None:
        self.choose = QPushButton(
            QCoreApplication.translate("ConsentDialogs", "&Attach photo or scan…")
        )
        self.choose.setAccessibleName(
            QCoreApplication.translate(
                "ConsentDialogs", "Attach a photo or scan of the signed page"
            )
        )
        describe(
            self.choose,
            QCoreApplication.translate(
                "ConsentDialogs", "Choose a picture of the signed page; it is kept in the vault"
            ),
        )
        self.choose.clicked.connect(self._choose_scan)
        self.add_row(QCoreApplication.translate("ConsentDialogs", "Signed page"), self.choose)
        self.scan_note = self.add_row(
            "",
            notice(
                QCoreApplication.translate(
                    "ConsentDialogs", "No scan yet: you can attach it later."
                ),
                QCoreApplication.translate("ConsentDialogs", "Scan"),
            ),
        )

    def _choose_scan(self) -> None:
        dialog = QFileDialog(self, QCoreApplication.translate("ConsentDialogs", "Signed page"))
        dialog.setNameFilter(QCoreApplication.translate("ConsentDialogs", SCAN_FILTER))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        )
        dialog.fileSelected.connect(self._scan_chosen)
        dialog.open()

    def _scan_chosen(self, path: str) -> None:
        self.scan_path = Path(path)
        self.scan_note.setText(
            QCoreApplication.translate(
                "ConsentDialogs", "A scan is chosen; it is kept inside the vault."
            )
        )

    def strokes(self) -> bytes | None:
        if self.pad is None or self.pad.pad.is_empty():
            return None
        return signature.encode(self.pad.pad.strokes())

    def ready(self) -> str:
        """What is still missing before signing, in plain words ("" when ready)."""
        if self.witnessed is not None and not self.witnessed.isChecked():
            return QCoreApplication.translate(
                "ConsentDialogs", "Tick the box once the witness has confirmed."
            )
        return ""

    def wipe(self) -> None:
        if self.pad is not None:
            self.pad.pad.wipe()


class RevokeDialog(FormDialog):
    """The client withdraws a consent: when, how they said it, and why if they said."""

    def __init__(self, consent: ConsentView, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ConsentDialogs", "Withdraw consent"),
            QCoreApplication.translate(
                "ConsentDialogs",
                "The client may withdraw consent at any time. The signed consent stays on "
                "record; a withdrawal is added that points at it, and sharing under it stops.",
            ),
            QCoreApplication.translate("ConsentDialogs", "&Record withdrawal"),
            parent,
        )
        self.consent = consent
        self.when = self.add_row(
            QCoreApplication.translate("ConsentDialogs", "&When"),
            QDateTimeEdit(QDateTime.currentDateTime()),
        )
        self.when.setAccessibleName(
            QCoreApplication.translate("ConsentDialogs", "When the client withdrew")
        )
        self.when.setCalendarPopup(True)
        self.method = self.add_row(
            QCoreApplication.translate("ConsentDialogs", "&How"),
            combo(
                QCoreApplication.translate("ConsentDialogs", "How the client withdrew"),
                words.revocation_methods(),
            ),
        )
        self.reason = self.add_row(
            QCoreApplication.translate("ConsentDialogs", "&Reason"),
            text_box(
                QCoreApplication.translate("ConsentDialogs", "Reason, if the client gave one")
            ),
        )
        describe_form(
            self,
            QCoreApplication.translate(
                "ConsentDialogs", "Add the withdrawal; sharing under it stops"
            ),
        )
        describe_all(
            [
                (
                    self.when,
                    QCoreApplication.translate(
                        "ConsentDialogs", "The day and time the client said so"
                    ),
                ),
                (
                    self.method,
                    QCoreApplication.translate(
                        "ConsentDialogs", "In person, by phone, in writing or another way"
                    ),
                ),
                (
                    self.reason,
                    QCoreApplication.translate(
                        "ConsentDialogs", "Optional: the client need not give a reason"
                    ),
                ),
            ]
        )

    def values(self) -> tuple[datetime, str, str | None]:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        local = cast(datetime, self.when.dateTime().toPython()).replace(second=0, microsecond=0)
        return to_utc(local), self.method.currentData(), self.reason.toPlainText() or None
