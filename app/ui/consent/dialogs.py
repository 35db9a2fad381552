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
from app.core.timeutil import to_utc
from app.services.consent_views import ConsentView
from app.ui.consent import words
from app.ui.consent.prepare_dialog import combo
from app.ui.consent.signature_pad import SignatureField
from app.ui.forms import FormDialog, text_box
from app.ui.widgets import notice

SCAN_FILTER = "Images (*.png *.jpg *.jpeg *.tif *.tiff *.webp)"


def _t(text: str) -> str:
    return QCoreApplication.translate("ConsentDialogs", text)


def choose_scan(parent: QWidget, chosen: Callable[[Path], None]) -> None:
    """Pick a photo or scan of the signed page; the caller reads it on the worker, into the
    vault. (The file dialog's history goes to the private temporary folder, not to settings
    on disk: see app/ui/printing/spool.py.)"""
    dialog = QFileDialog(parent, _t("Signed page"))
    dialog.setNameFilter(_t(SCAN_FILTER))
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    pictures = QStandardPaths.StandardLocation.PicturesLocation
    dialog.setDirectory(QStandardPaths.writableLocation(pictures))
    dialog.fileSelected.connect(lambda path: chosen(Path(path)))
    dialog.open()


class SignDialog(FormDialog):
    """The proof of consent the prepared form asked for."""

    def __init__(self, consent: ConsentView, parent: QWidget | None) -> None:
        super().__init__(
            _t("Sign consent"),
            _t("Read the form with the signer first. Signing seals it: it never changes again."),
            _t("&Sign"),
            parent,
        )
        self.consent = consent
        self.pad: SignatureField | None = None
        self.scan_path: Path | None = None
        self.witnessed: QCheckBox | None = None
        method = consent.method
        self.add_row(_t("Kind"), QLabel(words.kinds().get(consent.kind, consent.kind)))
        self.add_row(_t("Signed by"), QLabel(consent.signer_name))
        if method == "signed_on_screen":
            self._pad_row()
        elif method == "verbal_witnessed":
            self._witness_row()
        else:
            self._scan_row()

    def _pad_row(self) -> None:
        self.pad = self.add_row(_t("Signature"), SignatureField())
        self.pad.signer_label(self.consent.signer_name)
        self.resize(620, 420)

    def _witness_row(self) -> None:
        text = _t("{witness} heard the consent given and can confirm it").format(
            witness=self.consent.witness_name or ""
        )
        self.witnessed = self.add_row("", QCheckBox(text))
        self.witnessed.setAccessibleName(_t("Witness confirms"))

    def _scan_row(self) -> None:
        self.choose = QPushButton(_t("&Attach photo or scan…"))
        self.choose.setAccessibleName(_t("Attach a photo or scan of the signed page"))
        self.choose.clicked.connect(self._choose_scan)
        self.add_row(_t("Signed page"), self.choose)
        self.scan_note = self.add_row(
            "", notice(_t("No scan yet: you can attach it later."), _t("Scan"))
        )

    def _choose_scan(self) -> None:
        dialog = QFileDialog(self, _t("Signed page"))
        dialog.setNameFilter(SCAN_FILTER)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setDirectory(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        )
        dialog.fileSelected.connect(self._scan_chosen)
        dialog.open()

    def _scan_chosen(self, path: str) -> None:
        self.scan_path = Path(path)
        self.scan_note.setText(_t("A scan is chosen; it is kept inside the vault."))

    def strokes(self) -> bytes | None:
        if self.pad is None or self.pad.pad.is_empty():
            return None
        return signature.encode(self.pad.pad.strokes())

    def ready(self) -> str:
        """What is still missing before signing, in plain words ("" when ready)."""
        if self.witnessed is not None and not self.witnessed.isChecked():
            return _t("Tick the box once the witness has confirmed.")
        return ""

    def wipe(self) -> None:
        if self.pad is not None:
            self.pad.pad.wipe()


class RevokeDialog(FormDialog):
    """The client withdraws a consent: when, how they said it, and why if they said."""

    def __init__(self, consent: ConsentView, parent: QWidget | None) -> None:
        super().__init__(
            _t("Withdraw consent"),
            _t(
                "The client may withdraw consent at any time. The signed consent stays on "
                "record; a withdrawal is added that points at it, and sharing under it stops."
            ),
            _t("&Record withdrawal"),
            parent,
        )
        self.consent = consent
        self.when = self.add_row(_t("&When"), QDateTimeEdit(QDateTime.currentDateTime()))
        self.when.setAccessibleName(_t("When the client withdrew"))
        self.when.setCalendarPopup(True)
        self.method = self.add_row(
            _t("&How"), combo(_t("How the client withdrew"), words.revocation_methods())
        )
        self.reason = self.add_row(_t("&Reason"), text_box(_t("Reason, if the client gave one")))

    def values(self) -> tuple[datetime, str, str | None]:
        # cast: PySide6 types toPython() as object; a QDateTime gives a datetime.
        local = cast(datetime, self.when.dateTime().toPython()).replace(second=0, microsecond=0)
        return to_utc(local), self.method.currentData(), self.reason.toPlainText() or None
