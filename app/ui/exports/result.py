"""The encrypted export, ready to leave: built on the worker while a busy bar shows, then its
one-time password shown once (large, in groups of four, never kept), Save… (after a warning
that the file leaves the vault and only the password protects it) and Print… (the
unencrypted document from memory through app/ui/printing, never a file).

Closing the dialog, or the lock rejecting it, forgets the PDF bytes and the password.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.exports.calls import Built
from app.ui.widgets import error_label, paragraph

PASSWORD_POINTS = 22
FILE_NAMES = {"record": "record.pdf", "court_copy": "court-copy.pdf"}  # never the client's


class ExportResult(QDialog):
    """`saved(built, to)` once the file is written (to="file") or printed (to="printer")."""

    left_vault = Signal(object, str)

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)  # the kind of document only: never the client
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(620)
        self.built: Built | None = None
        self.preview: QDialog | None = None
        self.warning: QMessageBox | None = None
        self.status = paragraph(self.tr("Building and encrypting the PDF…"), self.tr("Progress"))
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: reportlab lays out in one go
        self.busy.setAccessibleName(self.tr("Building the PDF"))
        self.password = self._password_label()
        self.advice = paragraph("", self.tr("About the password"))
        self.error = error_label(self.tr("Problem with this export"))
        layout = QVBoxLayout(self)
        for widget in (self.status, self.busy, self.password, self.advice, self.error):
            layout.addWidget(widget)
        layout.addWidget(self._buttons())
        self.password.hide()
        self.advice.hide()

    def _password_label(self) -> QLabel:
        label = QLabel(self)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(PASSWORD_POINTS)
        font.setWeight(QFont.Weight.Bold)
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setStyleSheet("QLabel { border: 2px solid #444; padding: 10px; }")
        label.setAccessibleName(self.tr("One-time password"))
        label.setMinimumHeight(label.fontMetrics().height() + 28)  # the border and padding
        return label

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        self.save = self._button(buttons, self.tr("&Save…"), self.tr("Save the encrypted file"))
        self.print = self._button(buttons, self.tr("&Print…"), self.tr("Print the document"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close: the document and its password are forgotten (Esc)"))
        self.save.setToolTip(self.tr("Save the encrypted file where you choose"))
        self.print.setToolTip(self.tr("Preview the document, then print it on paper"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        self.save.clicked.connect(self.warn_before_saving)
        self.print.clicked.connect(self.print_requested)
        return buttons

    def _button(self, box: QDialogButtonBox, text: str, accessible: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)  # Enter must not save or print by accident
        button.setEnabled(False)  # until the PDF is built
        return button

    # -- built ----------------------------------------------------------------------------
    def show_built(self, built: Built) -> None:
        """The one time the password is shown: it is not kept anywhere after this dialog."""
        self.built = built
        self.busy.hide()
        self.status.setText(self.tr("The PDF is encrypted. Its password:"))
        # Shown exactly as the PDF reader will want it typed (dashes included): a prettier
        # spacing here would be a password the recipient cannot use.
        self.password.setText(built.sealed.password)
        groups = built.sealed.password.split("-")
        self.password.setAccessibleDescription(" ".join(" ".join(g) for g in groups))
        self.advice.setText(
            self.tr(
                "Write it down or read it out now: it is shown only this once and it is not "
                "kept. Pass it on separately from the file (by phone or in person); without "
                "it the file cannot be opened. It is typed exactly as shown, dashes included; "
                "letters I, L, O and U are never used."
            )
        )
        for widget in (self.password, self.advice):
            widget.show()
        self.save.setEnabled(True)
        self.print.setEnabled(True)
        self.adjustSize()  # grow to hold the password and the advice (they were hidden)
        self.password.setFocus()

    def show_error(self, message: str) -> None:
        self.busy.hide()
        self.status.setText(self.tr("The PDF could not be built."))
        self.error.setText(message)
        self.error.show()

    # -- save -----------------------------------------------------------------------------
    def warn_before_saving(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Save outside the vault"), "", parent=self
        )
        box.setText(
            self.tr(
                "The file leaves the vault. Once saved, only its password protects it: keep "
                "the password apart from the file."
            )
        )
        box.setAccessibleName(self.tr("Save outside the vault"))
        go = box.addButton(self.tr("Choose where to save…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning = box
        box.finished.connect(lambda _r: self._warned(box.clickedButton() is go))
        box.open()

    def _warned(self, go_on: bool) -> None:
        self.warning = None
        if go_on:
            self.save_to_chosen_file()

    def save_to_chosen_file(self) -> None:
        built = self.built
        if built is None:
            return
        suggested = str(Path.home() / FILE_NAMES.get(built.kind, "export.pdf"))
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the encrypted PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name or self.built is not built:  # cancelled, or closed (a lock) meanwhile
            return
        try:
            Path(name).write_bytes(built.sealed.data)  # the encrypted bytes only
        except OSError as error:
            self.error.setText(
                self.tr("The file could not be saved ({problem}).").format(
                    problem=type(error).__name__
                )
            )
            self.error.show()
            return
        self.error.hide()
        self.status.setText(self.tr("Saved. The password:"))
        self.left_vault.emit(built, "file")

    # -- print ----------------------------------------------------------------------------
    def print_requested(self) -> None:
        """Preview the unencrypted document from memory, then the print dialog."""
        built = self.built
        if built is None:
            return
        from app.ui.printing.preview import PrintPreview

        preview = PrintPreview(built.plain, self)
        preview.print_requested.connect(lambda: self._ask_printer(preview, built))
        self.preview = preview
        preview.open()

    def _ask_printer(self, preview: QDialog, built: Built) -> None:
        from app.ui.printing.printer import PrintRefused, print_dialog, print_pdf

        dialog = print_dialog(built.plain, preview, client_document=True)

        def chosen() -> None:
            try:
                print_pdf(built.plain, dialog.printer(), client_document=True)
            except PrintRefused as refusal:
                self.error.setText(str(refusal))
                self.error.show()
                return
            self.left_vault.emit(built, "printer")
            preview.reject()

        dialog.accepted.connect(chosen)
        dialog.open()

    def done(self, result: int) -> None:
        """Forget the PDF and the password (closed, or rejected by the lock)."""
        if self.preview is not None:
            self.preview.reject()
        self.built, self.preview = None, None
        self.password.clear()
        super().done(result)
