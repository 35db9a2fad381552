"""Change passphrase…: the current passphrase, the new one twice, and how strong it is.

The form only collects and checks what was typed; SettingsHooks runs the change on the
worker (it re-encrypts the whole vault under a new key, which takes seconds on a big
caseload) and answers with `succeeded()` or `show_error(message)`. A busy bar shows
meanwhile, and every field is emptied when the form closes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.ui.forms import FormDialog
from app.ui.setup.screen import StrengthMeter
from app.ui.widgets import busy_bar


def _secret(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    return field


class ChangePassphraseDialog(FormDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(
            QCoreApplication.translate("ChangePassphraseDialog", "Change passphrase"),
            QCoreApplication.translate(
                "ChangePassphraseDialog",
                "The vault is re-encrypted under a new key, so an old copy of its files and "
                "your old passphrase no longer open it. This takes a few seconds for a usual "
                "caseload (minutes for a very large one); keep the laptop on until it is done.",
            ),
            QCoreApplication.translate("ChangePassphraseDialog", "C&hange"),
            parent,
        )
        self.current = self.add_row(self.tr("Current"), _secret(self.tr("Current passphrase")))
        self.new = self.add_row(self.tr("New"), _secret(self.tr("New passphrase")))
        self.confirm = self.add_row(self.tr("Again"), _secret(self.tr("New passphrase again")))
        self.meter = self.add_row("", StrengthMeter())
        self.new.textChanged.connect(self.meter.update_for)
        self.busy = busy_bar(self.tr("Re-encrypting the vault"))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.busy)  # above the buttons

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        return self.current, self.new, self.confirm

    def problem(self) -> str | None:
        """What is wrong with the form as typed, in plain words (never quoting it)."""
        current, new, confirm = (field.text() for field in self.fields())
        if not current:
            return self.tr("Type your current passphrase.")
        if not self.meter.update_for(new).acceptable:
            return self.tr("The new passphrase is too easy to guess; see the advice above.")
        if new != confirm:
            return self.tr("The two new passphrases are not the same.")
        if new == current:
            return self.tr("The new passphrase is the same as the current one.")
        return None

    def passphrases(self) -> tuple[bytearray, bytearray]:
        """(current, new) as UTF-8 buffers the vault wipes once used, read once the form
        passed `problem()` (the fields are emptied when the form closes)."""
        return bytearray(self.current.text(), "utf-8"), bytearray(self.new.text(), "utf-8")

    def _submit(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.busy.show()
        self._editable(False)
        super()._submit()

    def _editable(self, editable: bool) -> None:
        for field in self.fields():
            field.setEnabled(editable)
        self.cancel.setEnabled(editable)  # the change runs to its end once started

    def show_error(self, message: str) -> None:
        self.busy.hide()
        self._editable(True)
        super().show_error(message)
        self.current.setFocus()

    def done(self, result: int) -> None:
        for field in self.fields():
            field.clear()
        super().done(result)
