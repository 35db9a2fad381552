"""The one-time password of a sealed packet, shown once, and the two ways the packet leaves:
saved to a file the worker chooses (after a warning; the save is audited) or printed from
memory (the unencrypted bytes go to the print path of app/ui/printing, never to a file).

The dialog holds the packet only while it is open: closing it (Done, Escape, a lock, which
rejects every open dialog: app/ui/lock.py close_dialogs) drops the bytes and the password."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.refusal import QT_TRANSLATE_NOOP
from app.ui.disclosure.calls import SharedPacket
from app.ui.errors import user_message
from app.ui.widgets import error_label, notice, paragraph

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrintDialog

    from app.ui.printing.preview import PrintPreview

PDF_FILTER = QT_TRANSLATE_NOOP("PasswordDialog", "PDF files (*.pdf)")


def password_label(password: str) -> QLabel:
    """Large, monospaced, groups spaced apart, selectable (to read it out, not to keep it)."""
    label = QLabel(password)  # exactly as it must be typed, dashes included
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(22)
    font.setBold(True)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(QCoreApplication.translate("PasswordDialog", "One-time password"))
    label.setAccessibleDescription(" ".join(password.replace("-", "")))  # read one by one
    return label


class PasswordDialog(QDialog):
    def __init__(
        self, packet: SharedPacket, on_saved: Callable[[SharedPacket], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.packet: SharedPacket | None = packet
        self.on_saved = on_saved
        self.preview: PrintPreview | None = None
        self.setWindowTitle(
            QCoreApplication.translate("PasswordDialog", "Packet ready")
        )  # never names the client
        self.setAccessibleName(QCoreApplication.translate("PasswordDialog", "Packet ready"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self._build(packet.password)
        self._enable(packet.delivery)

    def _build(self, password: str) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                QCoreApplication.translate(
                    "PasswordDialog", "The packet is encrypted. Its password:"
                ),
                QCoreApplication.translate("PasswordDialog", "About"),
            )
        )
        self.password = password_label(password)
        layout.addWidget(self.password)
        layout.addWidget(
            notice(
                QCoreApplication.translate(
                    "PasswordDialog",
                    "Pass this password on separately from the packet, for example by phone. "
                    "It is typed exactly as shown, dashes included. "
                    "It is shown only now: it is not kept anywhere.",
                ),
                QCoreApplication.translate("PasswordDialog", "Pass the password on separately"),
            )
        )
        self.status = paragraph(
            "", QCoreApplication.translate("PasswordDialog", "What happened to the packet")
        )
        self.error = error_label(
            QCoreApplication.translate("PasswordDialog", "Problem with the packet")
        )
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self._buttons())

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox()
        self.save = self._button(
            box,
            QCoreApplication.translate("PasswordDialog", "&Save packet…"),
            QCoreApplication.translate("PasswordDialog", "Save the packet to a file"),
        )
        self.print = self._button(
            box,
            QCoreApplication.translate("PasswordDialog", "&Print…"),
            QCoreApplication.translate("PasswordDialog", "Print the packet"),
        )
        self.done_button = box.addButton(
            QCoreApplication.translate("PasswordDialog", "&Done"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.done_button.setAccessibleName(
            QCoreApplication.translate("PasswordDialog", "Done: forget the packet and its password")
        )
        self.save.setToolTip(
            QCoreApplication.translate(
                "PasswordDialog", "Save the encrypted packet where you choose"
            )
        )
        self.print.setToolTip(
            QCoreApplication.translate(
                "PasswordDialog", "Preview the packet, then print it on paper"
            )
        )
        self.done_button.setToolTip(
            QCoreApplication.translate("PasswordDialog", "Close: the password is not kept")
        )
        self.save.clicked.connect(self.warn_before_saving)
        self.print.clicked.connect(self.preview_print)
        box.accepted.connect(self.accept)
        return box

    @staticmethod
    def _button(box: QDialogButtonBox, text: str, accessible: str) -> QPushButton:
        widget = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        widget.setAccessibleName(accessible)
        widget.setAutoDefault(False)
        return widget

    def _enable(self, delivery: str) -> None:
        self.save.setVisible(delivery in ("saved", "both"))
        self.print.setVisible(delivery in ("printed", "both"))
        (self.save if delivery != "printed" else self.print).setFocus()

    # -- saving --------------------------------------------------------------------------
    def warn_before_saving(self) -> None:
        self.warning = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("PasswordDialog", "The packet leaves the vault"),
            QCoreApplication.translate(
                "PasswordDialog",
                "The file will be outside the vault: only its password protects it. Save it "
                "only where the recipient will collect it, and delete it once it is sent.",
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self,
        )
        self.warning.setAccessibleName(
            QCoreApplication.translate("PasswordDialog", "The packet leaves the vault")
        )
        self.warning.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning.finished.connect(self._warned)
        self.warning.open()

    def _warned(self, answer: int) -> None:
        if answer != QMessageBox.StandardButton.Save or self.packet is None:
            return
        self.file_dialog = QFileDialog(
            self, QCoreApplication.translate("PasswordDialog", "Save the packet")
        )
        self.file_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.file_dialog.setNameFilter(QCoreApplication.translate("PasswordDialog", PDF_FILTER))
        self.file_dialog.setDefaultSuffix("pdf")
        self.file_dialog.selectFile(QCoreApplication.translate("PasswordDialog", "packet.pdf"))
        self.file_dialog.fileSelected.connect(self.save_to)
        self.file_dialog.open()

    def save_to(self, path: str) -> None:
        packet = self.packet
        if packet is None or not path:
            return
        try:
            Path(path).write_bytes(packet.sealed)  # encrypted bytes only
        except OSError as error:
            self.error.setText(
                user_message(error, QCoreApplication.translate("PasswordDialog", "Saving"))
            )
            self.error.show()
            return
        self.on_saved(packet)
        self.status.setText(
            QCoreApplication.translate(
                "PasswordDialog", "Saved. Remember to send the password separately."
            )
        )

    # -- printing (from memory) ------------------------------------------------------------
    def preview_print(self) -> None:
        from app.ui.printing.preview import PrintPreview

        if self.packet is None:
            return
        self.preview = PrintPreview(self.packet.plain, self)
        self.preview.print_requested.connect(self._ask_printer)
        self.preview.open()

    def _ask_printer(self) -> None:
        from app.ui.printing.printer import print_dialog

        if self.packet is None or self.preview is None:
            return
        dialog = print_dialog(self.packet.plain, self.preview, client_document=True)
        dialog.accepted.connect(lambda: self._print(dialog))
        dialog.open()

    def _print(self, dialog: QPrintDialog) -> None:
        from app.ui.printing.printer import PrintRefused, print_pdf

        if self.packet is None:
            return
        try:
            print_pdf(self.packet.plain, dialog.printer(), client_document=True)
        except PrintRefused as refusal:
            self.error.setText(user_message(refusal))
            self.error.show()
            return
        self._close_preview()
        self.status.setText(QCoreApplication.translate("PasswordDialog", "Sent to the printer."))

    def _close_preview(self) -> None:
        if self.preview is not None:
            self.preview.clear()
            self.preview.reject()
        self.preview = None

    def done(self, result: int) -> None:
        """Closing forgets the packet, its unencrypted copy and the password."""
        self._close_preview()
        self.packet = None
        self.password.clear()
        super().done(result)
